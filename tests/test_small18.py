"""Eighteenth session: DD102 (lijdende vorm) and DD105 (lang woord) on real text. Kinds of
finding a careful editor would give another way, with positive and negative examples (own
sentences, written from knowledge of Dutch)."""

import pytest

from conftest import codes
from duidelijk.findings import Severity


def passive(check, text):
    return codes(check(text, select="DD102"), "DD102")


TEXT_PLACE = "Deze zin zegt wat er in een tekst staat"


# --- DD102: "zijn" + a participle of putting into a text, with a place in a text ---------------
@pytest.mark.parametrize("text, words", [
    ("In artikel 4 van de regeling is opgenomen dat u een bewijs moet sturen.", "is opgenomen"),
    ("U moet zich houden aan alles wat in deze beschikking is vastgelegd.", "is vastgelegd"),
    ("Iedereen mag de foto's gebruiken, tenzij anders is vermeld.", "is vermeld"),
    ("Zoals hieronder is beschreven, krijgt u het geld in maart.", "is beschreven"),
    ("In het bestemmingsplan is vastgelegd hoe hoog u mag bouwen.", "is vastgelegd"),
    ("Uw gegevens zijn opgenomen in het register.", "zijn opgenomen"),
    ("In de wet is bepaald dat u bezwaar kunt maken.", "is bepaald"),
])
def test_what_stands_in_a_text_asks_for_staat(check, text, words):
    found = passive(check, text)
    assert len(found) == 1
    f = found[0]
    assert f.message.startswith(TEXT_PLACE)
    assert f"in plaats van '{words}'" in f.message and "'staat'" in f.message
    assert f.severity == Severity.SUGGESTION  # still a tip, as every "zijn" finding without "door"
    assert not f.suggestions


@pytest.mark.parametrize("text", [
    # a place that is no text: the club took him in (a hospital stay is no passive at all:
    # test_rules39c)
    "Uw vader is opgenomen in het bestuur.",
    # a date, no place in a text
    "Uw melding is op 3 mei opgenomen.",
    # a means, no place: "het teken laat zien dat ..."
    "Via het teken is aangegeven dat er copyright op zit.",
    # a participle of no writing, with a place in a text
    "In de brief is het bedrag verhoogd.",
])
def test_other_zijn_passives_keep_their_message(check, text):
    found = passive(check, text)
    assert len(found) == 1
    assert found[0].message.startswith("Mogelijk een lijdende vorm")


@pytest.mark.parametrize("text", [
    # with "worden" it is an act: someone puts the data in
    "Uw gegevens worden opgenomen in het register.",
    "In artikel 4 wordt opgenomen dat u een bewijs moet sturen.",
])
def test_worden_stays_a_passive_with_a_doer_to_name(check, text):
    found = passive(check, text)
    assert len(found) == 1
    assert found[0].severity == Severity.WARNING
    assert TEXT_PLACE not in found[0].message


def test_a_named_doer_keeps_the_active_rewrite(check):
    found = passive(check, "De datum is in de brief door ons genoemd.")
    assert len(found) == 1
    assert found[0].suggestions == ["Wij hebben de datum in de brief genoemd."]


# --- DD105: a derivation has no parts to write loose --------------------------------------------
def long_word(check, text):
    return codes(check(text, select="DD105"), "DD105")


@pytest.mark.parametrize("text, word", [
    # a prefix is no word: "her" + "ontwikkeling" is "herontwikkelen" + -ing
    ("De herontwikkeling van het oude terrein begint in mei.", "herontwikkeling"),
    # a noun of action of one verb ("verstedelijken"), not "verste" + "del" + "ijking"
    ("De verstedelijking van de regio gaat snel.", "verstedelijking"),
])
def test_a_derivation_gets_no_parts_named(check, text, word):
    found = long_word(check, text)
    assert len(found) == 1 and found[0].message.startswith(f"'{word}' is een lang woord")
    assert "Het bestaat uit" not in found[0].message
    assert "Kies een korter woord of leg het uit." in found[0].message


@pytest.mark.parametrize("text, named", [
    # compounds keep their parts, also with a derivation as head
    ("Na de onderhoudsinspectie krijgt u een rapport.", "'onderhoud' + 'inspectie'"),
    ("Bij ziekte krijgt u loondoorbetaling van uw werkgever.", "'loon' + 'doorbetaling'"),
])
def test_a_compound_keeps_its_parts(check, text, named):
    found = long_word(check, text)
    assert len(found) == 1 and f"Het bestaat uit {named}." in found[0].message


# --- DD105: a verb stem is named as its verb ---------------------------------------------------
def test_a_verb_stem_is_named_as_its_verb(check):
    # "inzamel" is no word to write loose ("inzamel voorziening"); the reader knows "inzamelen"
    found = long_word(check, "Er komt een nieuwe inzamelvoorziening.")
    assert len(found) == 1
    assert "Het bestaat uit 'inzamelen' + 'voorziening'." in found[0].message


@pytest.mark.parametrize("text, named", [
    # a word Dutch uses far more than the verb it could be a stem of ("velen")
    ("Er zijn veelvoorkomende klachten over de buren.", "'veel' + 'voorkomende'"),
    # a noun stays a noun
    ("Wij maken een nieuw zwemlesprogramma.", "'zwemles' + 'programma'"),
])
def test_other_first_parts_stay_as_written(check, text, named):
    found = long_word(check, text)
    assert len(found) == 1 and f"Het bestaat uit {named}." in found[0].message
