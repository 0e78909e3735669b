"""DD104 of the thirty-sixth session (rules36j): a compound of a thing and the noun in "-ing"
of an everyday verb. Sentences written for these tests, both ways.

A new compound with an abstract head loses a point (``dictionary.novel_abstract``): the reader
must work out how its parts relate ("inlogmethode"). A head in "-ing" of an everyday verb fixes
that relation: the first part is what the act is done to ("brugbediening" is "de brug
bedienen"). Such a compound now has the familiarity of its parts
(``difficult_words.object_action_familiarity``). A verb of written Dutch ("toewijzen") or an
abstract first part ("risico") keeps the compound hard."""

import pytest

from conftest import codes
from duidelijk.rules.difficult_words import object_action_familiarity


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
