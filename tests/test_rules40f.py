"""DD120's three slip settings (fortieth session, rules40f): each setting alone, on slips it must
find and on good Dutch with the traps that must stay silent. The guards added this session: a
noun group after the verb that may be the subject ("Het formulier vullen de ouders in"), a
possessive as the determiner of the subject ("Uw vraag ... worden"), no subject with a
preposition; a noun of an action made of "ge" and a stem ("het gewerk"); 'het het' that the
parse reads as one group or puts before the verb of a main clause. Sentences written for these
tests. The settings stay off by default (too few findings on the sets to measure them)."""

import pytest

from conftest import codes


def on(setting):
    return {"rules": {"DD120": {setting: True}}}


def found(check, text, setting):
    return [f.text for f in codes(check(text, select="DD120", **on(setting)), "DD120")]


# --- no_ending: a participle without its last letter --------------------------------------------
NO_ENDING_SLIPS = [
    ("Wij hebben uw aanvraag op de website geplaats.", "geplaats"),
    ("Uw aanvraag is bij de gemeente aangemel.", "aangemel"),
    ("Heeft u het formulier al ingevul?", "ingevul"),
    ("De regels zijn vorig jaar aangepas.", "aangepas"),
    ("De beslissing is vorige week gemaak.", "gemaak"),
    ("Het bedrag is op uw rekening gestor.", "gestor"),
    ("De rekening is door ons gecontroleer.", "gecontroleer"),
    ("De container wordt morgen geleeg.", "geleeg"),
    ("De stoep is vorige week gerepareer.", "gerepareer"),
    ("Uw gegevens zijn gewijzig.", "gewijzig"),
    ("Het plan is door de raad goedgekeur.", "goedgekeur"),
    ("Wij hebben het geplaats.", "geplaats"),  # 'het' is the object: 'hebben' makes the perfect
    ("Het bericht dat op de website geplaats is, klopt niet.", "geplaats"),
]

NO_ENDING_GOOD = [
    "Dat is niet gepast.", "Het gebied rond het station wordt groter.", "Het gezin krijgt een nieuwe woning.",
    "De gemeenschap in de wijk is sterk.", "Ik verhuis volgende maand en betaal de huur op tijd.",
    "Het gesprek duurt een uur.", "Het gebel en geregel rond de verhuizing kost veel tijd.",
    "Dat doen wij met gemak.", "Het gedrag van de hond is een probleem.", "Meneer Geerlings woont in Wageningen.",
    "In dat geval belt u ons.", "Ik geloof dat u gelijk heeft.", "Het gezeur over parkeren houdt op.",
    "Er is veel geklaag over de stank.", "Onze manager leest de agenda.", "De garage van Geert is dicht.",
    "Het gezag van de burgemeester is groot.", "Het gevolg is dat u later betaalt.",
    # a noun of an action, made of "ge" and the stem of 'werken'
    "Het gewerk aan de weg duurt lang.", "Ik heb het gewerk aan de weg gezien.",
    "Dat gewerk in de tuin stoort de buren.",
]


@pytest.mark.parametrize("text, word", NO_ENDING_SLIPS)
def test_no_ending_finds_the_slip(check, text, word):
    assert found(check, text, "no_ending") == [word]


@pytest.mark.parametrize("text", NO_ENDING_GOOD)
def test_no_ending_is_silent_on_good_dutch(check, text):
    assert found(check, text, "no_ending") == []


# --- het_twice ------------------------------------------------------------------------------------
HET_TWICE_SLIPS = [
    "Zet het formulier in het het vak.", "Dit is de dag waarop het het pakket is bezorgd.",
    "Het het formulier is weg.", "Lees het het reglement goed door.", "In het het gebouw is een lift.",
    "Volgens het het plan begint de bouw in mei.", "Op het het adres woont niemand.",
    "De datum waarop het het geld is overgemaakt, staat in de brief.", "Met het het geld betaalt u de huur.",
    "Het het college heeft besloten.",
    # after a preposition 'het' is an article (a pronoun there is 'er': "erin")
    "Uit het het gebouw komt rook.", "Wij praten over het het plan van de buren.",
    "De bus rijdt door het het centrum.",
]

HET_TWICE_GOOD = [
    "Is het het juiste formulier?", "Wij vinden het het beste als u belt.", "Wij denken dat het het beste is.",
    "U kunt het het beste online regelen.", "Was het het formulier van vorig jaar?", "Is het het geld waard?",
    "Wordt het het nieuwe stadhuis?", "Wij vinden het het belangrijkst dat u op tijd betaalt.",
    "Waarom is het het duurst in de stad?", "Dan lijkt het het beste om te wachten.",
    "Of het het juiste adres is, weten wij niet.", "Ik denk dat het het werk van de buren is.",
    "Doet het het nog?", "Zij noemen het het Huis van de Stad.",
    "Het is duidelijk dat het het geld van de gemeente is.", "Misschien is het het handigst om te bellen.",
    "Omdat het het hele jaar regent, blijft het gras groen.", "Hoe noemen wij het het best?",
    "Om het het beste te doen, belt u ons eerst.", "Wij vragen u om het het snelst te regelen.",
]


@pytest.mark.parametrize("text", HET_TWICE_SLIPS)
def test_het_twice_finds_the_slip(check, text):
    assert [t.lower() for t in found(check, text, "het_twice")] == ["het het"]


@pytest.mark.parametrize("text", HET_TWICE_GOOD)
def test_het_twice_is_silent_on_good_dutch(check, text):
    assert found(check, text, "het_twice") == []


# --- agreement ------------------------------------------------------------------------------------
AGREEMENT_SLIPS = [
    ("De brief van de gemeente zijn gisteren verstuurd.", "zijn"),
    ("Het formulier voor de aanvraag worden volgende week gestuurd.", "worden"),
    ("De informatie over de regels worden elk jaar aangepast.", "worden"),
    ("De gemeente hebben uw bezwaar ontvangen.", "hebben"),
    ("Het college hebben besloten om de weg te verbreden.", "hebben"),
    ("De afvalcontainer in uw straat worden op maandag geleegd.", "worden"),
    ("Uw vraag over de huurtoeslag worden binnen twee weken beantwoord.", "worden"),  # a possessive
    ("Het bedrag voor de huur gaan per 1 juli omhoog.", "gaan"),
    ("De uitkering van uw partner stoppen op 1 januari.", "stoppen"),
    ("Het team werken hard.", "werken"),  # a collective noun takes the singular
    ("Mijn buurman hebben een hond.", "hebben"),
    ("Deze regel gelden voor iedereen.", "gelden"),
]

AGREEMENT_GOOD = [
    "Een aantal bewoners hebben bezwaar gemaakt.", "De oorzaak zijn de hoge kosten.",
    "Het college en de raad hebben een besluit genomen.", "De meeste bewoners zijn tevreden.",
    "Een paar buren komen morgen helpen.", "Het merendeel van de klachten gaan over afval.",
    "Die brief hebben wij gisteren gestuurd.", "Het kind en zijn moeder wonen in Utrecht.",
    "Morgen komen de medewerkers langs.", "De brieven van de gemeente zijn verstuurd.",
    "De helft van de woningen staan leeg.", "Het probleem van de bewoners zijn de hoge huren.",
    "Dit soort klachten komen vaak voor.", "Een groot aantal mensen hebben gereageerd.",
    "Een groep kinderen spelen in het park.", "Deze regel moeten alle bewoners kennen.",
    "De winnaar zijn wij.", "Het resultaat zijn twee nieuwe scholen.", "Het rapport lezen veel mensen niet.",
    "De jongen en het meisje gaan naar school.", "Een stuk of tien mensen komen naar de avond.",
    # the object first, the subject after the verb: the verb agrees with the subject
    "Het boek lezen de leerlingen volgende week.", "De huur betalen de meeste huurders op tijd.",
    "Het formulier vullen de ouders samen met het kind in.", "Het boek lezen drie leerlingen.",
    # a noun with a preposition is no subject
    "Gistermiddag tijdens de feestelijke opening in het theater hebben honderden kinderen genoten.",
]


@pytest.mark.parametrize("text, verb", AGREEMENT_SLIPS)
def test_agreement_finds_the_slip(check, text, verb):
    assert found(check, text, "agreement") == [verb]


@pytest.mark.parametrize("text", AGREEMENT_GOOD)
def test_agreement_is_silent_on_good_dutch(check, text):
    assert found(check, text, "agreement") == []


def test_the_settings_are_on_by_default(check):
    # on since the fortieth session (the lead, on this file's sweep): off again only when asked
    text = "Het het formulier is geplaats. De brief van de gemeente zijn gisteren verstuurd."
    assert len(codes(check(text, select="DD120"), "DD120")) == 3
    assert codes(check(text, select="DD120", rules={"DD120": {
        "no_ending": False, "het_twice": False, "agreement": False}}), "DD120") == []
