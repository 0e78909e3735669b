"""Review of DD105's heads with two senses (rules36a) and DD113's other spellings (rules36f),
thirty-sixth session (rev36a). Sentences written for these tests.

DD105: a long new compound whose head has a concrete and an abstract sense ("instrument",
"verlichting", "opening") is read in the abstract sense only when its first part is no thing:
a thing as first part makes the head a thing too ("de speeltuinverlichting" is the lamps of the
playground), an idea makes it an idea ("een beoordelingsinstrument").

DD113: an unlisted short form is another spelling of a listed one only when it drops letters of
that listed form ("bv." of "bijv.", "zg." of "zgn.") or cuts the word itself elsewhere ("circ."
of "circa"); other short forms with the same first letter are other words ("bijl." is
"bijlage", "vr." is "vrijdag", "voorl." is "voorlopig")."""
import pytest

from conftest import codes


def _long(check, text):
    return [text[x.start:x.end] for x in codes(check(text, select=["DD104", "DD105"]))]


@pytest.mark.parametrize("text, word", [
    ("De speeltuinverlichting gaat om tien uur uit.", "speeltuinverlichting"),
    ("Leg het pakket in de brievenbusopening.", "brievenbusopening"),
    ("De voetgangerskruising bij de school is veiliger gemaakt.", "voetgangerskruising"),
    ("De kinderboerderijingang is verplaatst naar de Parklaan.", "kinderboerderijingang"),
])
def test_head_of_two_senses_after_a_thing_is_a_thing(check, text, word):
    assert word not in _long(check, text)


@pytest.mark.parametrize("text, word", [
    # the other way: an idea as first part keeps the head's abstract sense
    ("Wij werken met een nieuw beoordelingsinstrument.", "beoordelingsinstrument"),
    ("Er komt een duurzaamheidsplatform voor ondernemers.", "duurzaamheidsplatform"),
    ("De gemeente maakt een nieuwe uitvoeringsagenda.", "uitvoeringsagenda"),
])
def test_head_of_two_senses_after_an_idea_stays_a_finding(check, text, word):
    assert word in _long(check, text)


def _official(check, text):
    return [text[x.start:x.end] for x in codes(check(text, select="DD113"), "DD113")]


@pytest.mark.parametrize("text, form", [
    ("Wij zijn open van maandag tot en met vr. van 9 tot 17 uur.", "vr."),  # vrijdag
    ("U krijgt eerst een voorl. aanslag en later de echte.", "voorl."),  # voorlopig
    ("Zie bijl. voor de lijst met namen.", "bijl."),  # bijlage
    ("Voor meer inf. kunt u ons bellen.", "inf."),  # informatie
    ("Het staat op bl. vijf van het boekje.", "bl."),  # blad
])
def test_other_short_form_with_the_same_first_letter_is_no_spelling(check, text, form):
    assert form not in _official(check, text)


@pytest.mark.parametrize("text, form, word", [
    ("Neem bv. een pen mee naar de afspraak.", "bv.", "bijvoorbeeld"),  # letters of "bijv."
    ("Dit geldt ook voor de zg. statushouders.", "zg.", "die ... heet"),  # letters of "zgn."
    ("Het kost circ. tien euro per maand.", "circ.", "ongeveer"),  # the word cut elsewhere
])
def test_other_spelling_of_a_listed_short_form_is_found(check, text, form, word):
    found = codes(check(text, select="DD113"), "DD113")
    assert [(text[x.start:x.end], x.suggestions[0]) for x in found] == [(form, word)]
