"""DD104 of the thirty-sixth session (rules36j): a compound of a thing and the noun in "-ing"
of an everyday verb. Sentences written for these tests, both ways.

A new compound with an abstract head loses a point (``dictionary.novel_abstract``): the reader
must work out how its parts relate ("inlogmethode"). A head in "-ing" of an everyday verb fixes
that relation: the first part is what the act is done to ("brugbediening" is "de brug
bedienen"). Such a compound now has the familiarity of its parts
(``difficult_words.object_action_familiarity``). A verb of written Dutch ("toewijzen") or an
abstract first part ("risico") keeps the compound hard.

Change 2: a verb of "ver-" and a common plain adjective means "make it so" ("verdunnen": make
thin). When speech uses it about as often as print, it now has its spoken familiarity
(``difficult_words.adjective_verb``). Verbs of print ("vergrijzen", "verdichten") and verbs of a
rarer adjective ("verduisteren") stay hard."""

import pytest

from conftest import codes
from duidelijk.rules.difficult_words import adjective_verb, object_action_familiarity


def words(check, text):
    return [f.text for f in codes(check(text, select="DD104"), "DD104")]


@pytest.mark.parametrize("text", [
    "De pompbediening zit naast de deur.",  # bedienen: the pump is what is worked
    "De fotoverwerking duurt een dag.",  # verwerken: the photos are processed
    "De lampvervanging doen wij gratis.",  # vervangen: the lamp is replaced
])
def test_thing_and_act_of_everyday_verb_is_known(check, text):
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    # a verb of written Dutch: its noun stays a word of written Dutch
    ("De huurtoewijzing volgt na de zomer.", "huurtoewijzing"),
    # an abstract first part: nothing one acts on by hand
    ("De risicobeheersing is een taak van de gemeente.", "risicobeheersing"),
])
def test_other_compounds_in_ing_stay_hard(check, text, word):
    assert word in words(check, text)


def test_familiarity_of_thing_and_act():
    assert object_action_familiarity("pompbediening") >= 3.5
    assert object_action_familiarity("huurtoewijzing") == -1.0
    assert object_action_familiarity("deurbel") == -1.0  # no noun in "-ing"


# Change 2: a verb of "ver-" and a common plain adjective that speech uses ("make it so")

@pytest.mark.parametrize("text", [
    "U kunt de verf verdunnen met een beetje water.",  # verdunnen: make thin
    "De kleur van het gordijn verbleekt in de zon.",  # verbleken: grow pale
])
def test_verb_of_ver_and_plain_adjective_is_known(check, text):
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    # a verb of print: subtitles hardly say it
    ("De bevolking van het dorp vergrijst snel.", "vergrijst"),
    ("In de oude wijk wordt de bebouwing verdicht.", "verdicht"),
    # an adjective too rare to be read at once inside the verb ("duister")
    ("De penningmeester heeft geld verduisterd.", "verduisterd"),
])
def test_other_verbs_of_ver_stay_hard(check, text, word):
    assert word in words(check, text)


def test_familiarity_of_verb_and_adjective():
    assert adjective_verb("verdunnen", "verdunnen") >= 3.5
    assert adjective_verb("verduidelijkt", "verduidelijken") == -1.0  # a derived adjective: formal
    assert adjective_verb("vergrijst", "vergrijzen") == -1.0
