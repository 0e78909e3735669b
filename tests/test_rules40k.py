"""DD101 and two finite verbs joined (rules40k; its first part taken back by the lead).

Two finite verbs joined by "en" or "of" ("De gemeente onderzoekt en beoordeelt of ...") share their
subject and what follows: the first verb alone is no sentence, so DD101 gives no split hint there.

rules40k also left out the tip for 16 to 19 words where the part after "maar" opens with its finite
verb and shares the subject ("Je codes staan niet op de lijst, maar worden 14 dagen bewaard"). A blind
judge (judge40d) called the one tip that took away on the tunable sets klopt: two main clauses joined
by "maar", as the judged README says, also when the second shares the first one's subject. So that
tip stays. Own sentences."""

import pytest


def dd101(check, text):
    return [f.message for f in check(text).findings if f.code == "DD101"]


@pytest.mark.parametrize("text", [
    "Uw aanvraag voor een parkeervergunning is nog niet compleet, maar wordt de komende week door ons bekeken.",
    "De tekeningen van uw bouwplan staan niet op onze website, maar worden zes weken in het stadhuis bewaard.",
    "Uw oude paspoort is niet meer geldig, maar wordt de komende weken nog door ons bewaard.",
])
def test_a_tip_when_the_part_after_maar_shares_the_subject(check, text):
    found = dd101(check, text)
    assert len(found) == 1 and "'maar'" in found[0], found


@pytest.mark.parametrize("text, verb", [
    ("De afdeling Werk en Inkomen van de gemeente onderzoekt en beoordeelt elk jaar of de uitkering die u "
     "krijgt nog past bij de situatie waarin u woont.", "onderzoekt"),
    ("De gemeente verzamelt en bewaart de gegevens over uw inkomen en uw woning die wij nodig hebben om te "
     "bepalen of u recht heeft op bijzondere bijstand.", "verzamelt"),
    ("De wijkagent bezoekt of belt alle bewoners van de straat die de afgelopen maanden een melding hebben "
     "gedaan over overlast van de buren op het plein.", "bezoekt"),
    ("Een medewerker van de afdeling Vergunningen ontvangt en controleert alle stukken die u bij uw aanvraag "
     "voor een omgevingsvergunning voor de nieuwe dakkapel stuurt.", "ontvangt"),
    ("De gemeente controleert en betaalt elke maand de rekeningen die de zorgaanbieder voor de hulp bij het "
     "huishouden aan ons stuurt voor de inwoners van de wijk.", "controleert"),
    ("Het team Leerplicht bekijkt en bespreekt elke melding over een leerling die vaak zonder reden niet op "
     "school is geweest met de ouders en de school.", "bekijkt"),
    ("De commissie leest en weegt alle bezwaren die inwoners van de wijk tegen het plan voor de nieuwe weg "
     "hebben ingediend voordat de raad een besluit neemt.", "leest"),
])
def test_no_split_hint_between_two_verbs(check, text, verb):
    found = dd101(check, text)
    assert len(found) == 1, found
    assert found[0].endswith("Maak er twee of meer korte zinnen van."), found
    assert verb not in found[0]


@pytest.mark.parametrize("text, hint", [
    # a subject of its own after the joint
    ("Uw oude pas is vanaf vandaag niet meer geldig, maar u kunt hem nog drie maanden gebruiken als reisdocument.",
     "bij 'maar'"),
    ("Dit is niet verplicht, maar het is belangrijk dat deze persoon weet dat je besmet bent.", "bij 'maar'"),
    # the clause before opens with another part: the part after the joint has its own subject
    ("Daarna krijgt u van ons een brief met de uitslag en kunt u binnen zes weken bezwaar maken tegen ons "
     "besluit over uw aanvraag.", "bij 'en'"),
    ("In de app ziet u al uw afspraken bij de gemeente, maar kunt u ze helaas nog niet zelf wijzigen.",
     "bij 'maar'"),
    # another clause stands between: its first part is shared, not the subject of the first
    ("Categorie 1 wordt automatisch toegekend, van Categorie 2 valt 10% uit naar handmatig en wordt de rest "
     "automatisch toegekend.", "bij 'en'"),
    # a participle before "en": the first clause is whole
    ("Wij hebben uw brief over de overlast van de bouw aan de Dorpsstraat ontvangen en sturen u binnen twee "
     "weken een antwoord met wat wij gaan doen.", "bij 'en'"),
    # the first verb has its own object before "en": the writer repeats the subject
    ("Het Meldpunt Graffiti van de gemeente coördineert het schoonmaken van de gevels en werkt samen met "
     "verschillende organisaties om de stad zoveel mogelijk schoon te houden.", "bij 'en'"),
    # a finite verb before "en", a subject of its own after it
    ("De gemeente betaalt de kosten van de reparatie en u krijgt binnen vier weken na de reparatie een brief "
     "met het bedrag dat wij voor u hebben betaald.", "bij 'en'"),
    ("Wij hebben uw aanvraag voor bijzondere bijstand voor de kosten van uw nieuwe bril ontvangen en wij nemen "
     "binnen acht weken een besluit over uw aanvraag.", "bij 'en'"),
    # two main clauses with a comma
    ("De regels voor het parkeren in de binnenstad zijn veranderd, de nieuwe tarieven gelden vanaf 1 januari.",
     "bij de komma na 'veranderd'"),
])
def test_two_main_clauses_keep_finding_and_hint(check, text, hint):
    found = dd101(check, text)
    assert len(found) == 1, found
    assert hint in found[0]
