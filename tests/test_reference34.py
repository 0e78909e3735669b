"""DD119 onduidelijke-verwijzing (thirty-fourth session, rules34b): 'hier' or 'deze link' as
the text of a link, and a pointer 'hier' + preposition ("hiervan", "hiermee") when more than one
thing stands before it. Sentences written for these tests."""

import pytest

from conftest import codes


POINTERS_ON = {"DD119": {"pointers": True}}  # the pointer part is a setting, off by default


def found(check, text):
    return [f.text for f in codes(check(text, select=["DD119"], rules=POINTERS_ON), "DD119")]


@pytest.mark.parametrize("text, span", [
    # 'hier' with a verb of clicking: always a link
    ("Klik hier om uw afspraak te verzetten.", "hier"),
    ("Wilt u uw gegevens zien? Klik dan hier.", "hier"),
    # 'hier' at the end of the sentence, with a verb of reading or finding
    ("Meer informatie over de afvalpas vindt u hier.", "hier"),
    ("Het formulier voor de vergunning kunt u hier downloaden.", "hier"),
    ("De regels voor uw parkeervergunning staan hier.", "hier"),
    # a command: the verb first, 'hier' right after it
    ("Lees hier hoe u bezwaar maakt.", "hier"),
    ("Kijk hier voor de openingstijden van het stadhuis.", "hier"),
    # 'deze link' as a link text
    ("Klik op deze link om uw e-mailadres te bevestigen.", "deze link"),
    ("De voorwaarden leest u via deze link.", "deze link"),
    # a pointer with more than one thing before it
    ("Wij hebben uw aanvraag en de bijlagen ontvangen. Hiervan maken wij een kopie.", "Hiervan"),
    ("De tool kiest een boete of een waarschuwing. Hierbij kijken wij naar uw inkomen.", "Hierbij"),
    ("Het programma combineert de gegevens van de bank. Hiermee berekenen wij uw toeslag.", "Hiermee"),
    # on a noun, 'hiervoor' stands for a thing too
    ("De wijk krijgt een nieuw plein en een park. Een reden hiervoor is de drukte.", "hiervoor"),
])
def test_found(check, text, span):
    assert found(check, text) == [span]


@pytest.mark.parametrize("text", [
    # 'hier' as a place, in the letter or in the world
    "Hier kunt u parkeren.",
    "U vindt hier in de wijk drie scholen.",
    "Hier vindt u de openingstijden van het stadhuis.",
    "Woont u hier al lang?",
    "Uw paspoort is klaar. U kunt het hier ophalen.",
    # the text follows the colon: 'hier' points forward, in the letter
    "Lees hier: u moet voor 1 mei betalen.",
    "Kijk hier op de kaart waar de containers staan.",
    # a person is found in a place; an opinion with 'vinden'
    "U vindt ons hier.",
    "Veel bewoners vinden het te druk hier.",
    # a command with a verb that is no reading: 'hier' is a place or a moment
    "Staat hier een fout in uw naam, dan passen wij die aan.",
    # 'deze' before a noun that is no link text, and a link named by where it is
    "Deze link is zeven dagen geldig.",
    "Klik op de link in de e-mail die wij u stuurden.",
    "Heeft u deze brief niet van ons gekregen? Bel ons dan.",
    # one thing before the pointer: the reader knows what it means
    "U heeft geld ontvangen. Hiervan moet u ons een bewijs sturen.",
    # "hierbij" for the letter itself
    "U vroeg op 3 mei een uitkering aan bij de gemeente. Hierbij ontvangt u ons besluit.",
    "Namens het college van burgemeester en wethouders verleen ik u hierbij een vergunning.",
    # right after the clause it stands for
    "Als uw recht op de regeling stopt, krijgt u hiervan op tijd bericht.",
    "Wie in de gemeente een huis koopt, laat hiervan een akte maken bij de notaris.",
    # "hiervoor" on a verb: the action just named
    "U kunt uw verhuizing ook aan de balie doorgeven. Maak hiervoor een afspraak.",
    # "hierover": a topic, all that was just said
    "Uw aanvraag voor een wijziging van de regeling is klaar. In de brief leest u meer hierover.",
    # the sentence names the thing itself
    "De subsidie is voor de kosten van de reis en het verblijf. Het gaat hierbij om de trein en het hotel.",
    "De gemeente neemt extra maatregelen voor de wijk. Denk hierbij aan meer licht op straat.",
    # "hieronder", "hierna", "hierdoor": a place in the text, a time, a cause
    "Het bedrag en de datum staan in de brief. Hieronder leest u wat u moet doen.",
    "De weg en de brug zijn dicht. Hierdoor duurt uw reis langer.",
])
def test_not_found(check, text):
    assert found(check, text) == []


def test_on_by_default(check):
    """The link part is on without settings; the pointer part only with ``pointers = true``
    (its findings held 3 of 14 on the reviewer's plain letter sentences: docs/judged.md)."""
    text = "Meer informatie over de afvalpas vindt u hier."
    assert [f.text for f in codes(check(text), "DD119")] == ["hier"]
    assert codes(check(text, ignore=["DD119"]), "DD119") == []
    # in the middle of its sentence, on a verb: only with 'pointers' (first in the sentence it is
    # the setting 'written', on by default since rules38e: tests/test_rules38e.py)
    pointer = "Uw aanvraag en de bijlagen zijn binnen. Wij maken hiervan een kopie."
    assert codes(check(pointer), "DD119") == []
    assert codes(check(pointer, select=["DD119"]), "DD119") == []
    assert [f.text for f in codes(check(pointer, rules=POINTERS_ON), "DD119")] == ["hiervan"]


def test_message_says_what_to_do(check):
    link = codes(check("Meer informatie over de afvalpas vindt u hier.", select=["DD119"]), "DD119")[0]
    assert "Zeg wat de lezer daar vindt" in link.message
    pointer = codes(check("Uw aanvraag en de bijlagen zijn binnen. Wij maken hiervan een kopie.",
                          select=["DD119"], rules=POINTERS_ON), "DD119")[0]
    assert "'van'" in pointer.message and "meer dingen" in pointer.message  # the preposition the reader writes with the thing itself


# --- review of DD119 (rev34b): sentences written for these tests --------------------------

@pytest.mark.parametrize("text", [
    # a partitive 'hiervan' after a number or a word of quantity stands for the whole set
    "Het plan heeft 12 woningen en 4 winkels, hiervan zijn er 3 nog leeg.",
    "Er staan 40 fietsen en scooters. Hiervan zijn er 12 kapot.",
    "Er staan fietsen en scooters. Negen hiervan zijn kapot.",
    "U kunt kiezen uit een fiets, een scooter of een combinatie hiervan.",
    "De gemeente bouwt woningen en winkels. Een groot deel hiervan is al verkocht.",
    "Er staan fietsen en scooters. De helft hiervan is kapot.",
    "Er staan fietsen en scooters. Hiervan is de helft kapot.",
    "Er staan fietsen en scooters. Veel hiervan zijn kapot.",
    "Er staan fietsen en scooters. De meeste hiervan zijn kapot.",
    # a person is no thing: 'hier' + a preposition never points to a person
    "Uw buurman heeft bezwaar gemaakt. Hierop reageren wij in deze brief.",
    # a noun of time says when: no thing to point to
    "U krijgt binnen twee weken een brief. Hierin staat wanneer u moet betalen.",
    "Elke maandag komt er een container. Hierin mag u uw grofvuil doen.",
    # the pointer's own subject is no thing it can point to
    "De nieuwe regels voor de markt hebben hieraan bijgedragen.",
    # 'tikken' with 'in' is typing: 'hier' is a field on the screen
    "Tik hier uw wachtwoord in.",
    # 'hier ... op' is 'hierop', split: it points back, it is no link text
    "Klik hier niet op als u de mail niet herkent.",
    # 'deze link' that is not what one clicks, or in a question about a link the reader saw
    "Deze link werkt niet meer als u op de knop klikt.",
    "Heeft u niet op deze link geklikt? Bel ons dan.",
    # the address of the link follows it: the reader sees where the link leads
    "Klik hier: https://www.gemeente.nl/afvalpas",
    "Klik hier om in te loggen: {{ link }}",
    "U kunt inloggen via deze link.\nhttps://www.gemeente.nl/inloggen",
])
def test_not_found_review(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, span", [
    # a number with its own noun is no partitive: the reader must still choose
    ("Wij hebben uw aanvraag en de bijlagen ontvangen. Hiervan maken wij 2 kopieën.", "Hiervan"),
    # a date after the pointer is no quantity of the set
    ("Wij hebben uw aanvraag en de bijlagen ontvangen. Hiervan krijgt u op 3 mei bericht.", "Hiervan"),
    # 'iets' or 'niets' is no part of the set ("merken van")
    ("De regels voor de markt en de kermis veranderen. Hiervan merkt u niets.", "Hiervan"),
    # 'tikken' without 'in' is tapping
    ("Tik hier om de app te openen.", "hier"),
    # 'klikken op' with its noun: 'hier' is the link
    ("Klik hier op de blauwe knop om verder te gaan.", "hier"),
    # things besides a time still count
    ("U krijgt binnen twee weken een brief en een folder. Hierin staat wanneer u moet betalen.", "Hierin"),
    # things besides a person still count
    ("Uw buurman stuurde een brief en een tekening. Hierop reageren wij in deze brief.", "Hierop"),
    # a placeholder that is no address, and a sentence after the link that is no address
    ("Klik hier om uw gegevens in {naam} te laden.", "hier"),
    ("Klik hier om in te loggen.\nDaarna ziet u uw gegevens.", "hier"),
])
def test_found_review(check, text, span):
    assert found(check, text) == [span]


def test_own_category(check):
    """A reference is no vague word: its own category, heading and advice in the HTML report,
    and a "disagree" in the review app proposes no word for the team's list (rev34b)."""
    from duidelijk.formatters.html import CATEGORY_ADVICE, CATEGORY_ICONS, CATEGORY_LABELS, render
    from duidelijk.review.service import WORD_CATEGORIES

    report = check("Klik hier om uw afspraak te verzetten.", select=["DD119"])
    (finding,) = codes(report, "DD119")
    assert finding.category == "reference" and finding.category not in WORD_CATEGORIES
    assert {"reference"} <= CATEGORY_LABELS.keys() & CATEGORY_ICONS.keys() & CATEGORY_ADVICE.keys()
    page = render(report)
    assert CATEGORY_LABELS["reference"] in page and CATEGORY_LABELS["vague"] not in page


def test_messages_and_advice_pass_own_check(check):
    """The example letters hold only DD119's pointer message, so tests/test_own_language.py
    never reads its link messages nor the category's advice: they pass the own check here (rev34b)."""
    from test_own_language import masked

    from duidelijk.findings import Severity
    from duidelijk.formatters.html import CATEGORY_ADVICE

    texts = [CATEGORY_ADVICE["reference"]]
    for text in ("Klik hier om uw afspraak te verzetten.", "Klik op deze link om uw e-mailadres te bevestigen.",
                 "Uw aanvraag en de bijlagen zijn binnen. Wij maken hiervan een kopie."):
        texts += [f.message for f in codes(check(text, select=["DD119"], rules=POINTERS_ON), "DD119")]
    assert len(texts) == 4
    for text in texts:
        bad = [f for f in check(masked(text), ignore=["DD116", "DD115"]).findings if f.severity.rank >= Severity.WARNING.rank]
        assert bad == [], text


# --- 'hier' as a place where a thing is (mend34b): sentences written for these tests ------

@pytest.mark.parametrize("text", [
    # 'vinden' or 'staan' of a thing one can touch that no screen shows: 'hier' is where it is
    "De wachtkamer vindt u hier.",
    "Een parkeerplaats vindt u hier.",
    "De container voor glas staat hier.",
    "De toiletten vindt u hier.",
    "Het gemeentehuis staat hier.",
    "De pinautomaat vindt u hier.",
    # a phrase that says what the thing is for, whose it is, or when, is no other place
    "De toiletten voor bezoekers vindt u hier.",
    "Een bankje van de gemeente staat hier.",
    "In mei staat de container hier.",
    # 'staan' with another verb is rest, or a rule about a place; a link's sentence says 'niet'
    # to nothing
    "Uw auto mag niet blijven staan hier.",
    "Uw fiets moet hier staan.",
    "De containers blijven staan hier.",
    "Uw aanhanger mag niet hier staan.",
    # the same with a noun LiNT-II does not know: the verb alone tells it
    "De kluisjes moeten hier staan.",
    "De kluisjes blijven staan hier.",
    "De kluisjes staan niet hier.",
    "Meer informatie vindt u niet hier.",
    # a text on the paper the reader holds: the words after 'hier' say how it lies on the page
    "De regels staan hier onder elkaar.",
    "De bedragen staan hier per maand.",
])
def test_not_found_place(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text", [
    # a text, a picture, a time, an address or an amount: what a link leads to, though LiNT-II
    # calls the noun concrete
    "Het aanvraagformulier vindt u hier.",
    "Foto's van de opening van het zwembad vindt u hier.",
    "De openingstijden van de balie staan hier.",
    "De ophaaldagen voor uw straat vindt u hier.",
    "De folder over de afvalpas vindt u hier.",
    "Het adres van de milieustraat vindt u hier.",
    "De route naar het stembureau vindt u hier.",
    "De stemlocaties vindt u hier.",
    "De vergunningen die wij gaven vindt u hier.",
    "De brief van de burgemeester vindt u hier.",
    # a thing on a screen
    "Het digitale loket vindt u hier.",
    # the head of the phrase is the text, not the thing it is about
    "Een overzicht van alle containers vindt u hier.",
    # a verb of looking or reading takes what a screen shows, whatever thing it is of
    "Het nieuwe zwembad kunt u hier bekijken.",
    # 'staan' in the plain present, 'vinden' with 'kunnen'
    "De kluisjes staan hier.",
    "Meer informatie kunt u hier vinden.",
    # 'hier' cannot be where the thing is: the sentence names its place, or it is one of a set
    # spread over an area (all of them, the nearest): a link to a map or a list
    "De containers in uw wijk vindt u hier.",
    "De containers vindt u bij u in de buurt hier.",
    "Alle speeltuinen vindt u hier.",
    "Het dichtstbijzijnde stembureau vindt u hier.",
])
def test_found_text_not_place(check, text):
    assert found(check, text) == ["hier"]


# --- more link texts (mend34c): sentences written for these tests ---------------------------

@pytest.mark.parametrize("text, span", [
    # 'zijn' with a te-infinitive of finding or reading: "can be found here", the text of a link
    ("Meer informatie is hier te vinden.", "hier"),
    ("Het aanvraagformulier is hier te downloaden.", "hier"),
    ("Het verslag van de raadsvergadering is hier na te lezen.", "hier"),
    ("De nieuwe regels voor het parkeren zijn hier terug te vinden.", "hier"),
    ("De plannen voor het nieuwe plein zijn hier te bekijken.", "hier"),
    ("Het besluit is hier door te lezen.", "hier"),
    # a command to read on: 'verder' says "more of the text", no opinion
    ("Lees hier verder.", "hier"),
    ("Lees hier verder over de nieuwe afvalpas.", "hier"),
    ("Lees hier verder, dan weet u wat u moet doen.", "hier"),
    # an adverb between the command and 'hier'
    ("Wilt u weten wat er verandert? Lees dan hier verder.", "hier"),
    # 'alles' as the object is what the page holds, no person
    ("Lees hier alles over de nieuwe regels.", "hier"),
    # watching a meeting again: 'terugkijken', split or not
    ("Kijk hier de vergadering van de gemeenteraad terug.", "hier"),
    ("De vergadering kunt u hier terugkijken.", "hier"),
    # 'via deze pagina' at the end: a way to another page, as 'via deze link'
    ("Meer informatie over de afvalpas leest u via deze pagina.", "deze pagina"),
    ("Het formulier vindt u via deze webpagina.", "deze webpagina"),
])
def test_found_more_link_texts(check, text, span):
    assert found(check, text) == [span]


@pytest.mark.parametrize("text", [
    # a te-infinitive with 'zijn' of a thing one can touch: where it is
    "De wachtkamer is hier te vinden.",
    "De toiletten zijn hier te vinden.",
    # a te-infinitive of purpose or after an adjective is no "can be found"
    "Het is verboden hier te staan.",
    "De bibliotheek is een fijne plek om hier te lezen.",
    # 'niet', and a question
    "Meer informatie is hier niet te vinden.",
    "Is meer informatie hier te vinden?",
    "Leest u hier verder?",
    # 'verder' without 'hier', and an opinion with 'verder'
    "Lees verder op de achterkant van deze brief.",
    "Wij vinden het hier verder prima.",
    # a particle that makes a verb of no reading: 'rondkijken', 'uitkijken'
    "Kijk hier rond.",
    "Kijk hier verder rond.",
    "Kijk hier goed uit als u oversteekt.",
    # a command with its object before 'hier': 'hier' is where the reader stands
    "Bekijk de stad hier eens vanaf de toren.",
    # the page or site itself, and a link the text shows below
    "Alle informatie over de afvalpas vindt u op deze pagina.",
    "Op deze pagina klikt u op de knop Aanmelden.",
    "Via deze pagina kunt u een afspraak maken.",
    "U kunt de vergunning aanvragen via deze website.",
    "Klik op de link hieronder om in te loggen.",
])
def test_not_found_more_link_texts(check, text):
    assert found(check, text) == []
