"""DD102 mends of review rev31a (mend31a). Sentences written for these tests.

A word of degree grades the participle also with the participle's own "is" between ("omdat de
auto zwaar is beschadigd"); a fronted "om ... te" is an aim only with a verb of an act, and
never makes a person's state an act ("Om de kosten te dekken, zijn wij genoodzaakt ...");
a clause that opens with its finite "is" has a dropped subject, no impersonal passive ("Is al
betaald."); a status line is the same thing as the next line's short head of its compound, but
a compound after its head names another one of that kind unless one owner has both."""

import pytest

from conftest import codes


def spans(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text", [
    # bug 1: a degree with the participle's own "is" between
    "Doordat het dak ernstig is beschadigd, lekt het bij ons binnen.",
    "Wij zien dat de fiets zeer is beschadigd.",
    "Hoe zwaar is de bus beschadigd?",
    "Omdat de fietser ernstig is gewond, is de weg dicht.",
    "Wij zijn blij dat het zo is geregeld.",
    # bug 2: a person's "zijn" + participle is a state, also after an aim
    "Om de kosten te dekken, zijn wij genoodzaakt de huur te verhogen.",
    "Om de zaal te vullen, zijn wij gedwongen meer kaartjes te verkopen.",
    # a comment ("om eerlijk te zijn") states no aim: its head is no verb of an act
    "Om eerlijk te zijn, zijn ze er niet van overtuigd.",
    "Om zeker te zijn, zijn de buren er niet van overtuigd.",
    # bug 3: a clause that opens with its "is" has dropped its subject: "al" keeps the state
    "Wij kregen uw brief. Is al doorgestuurd naar de afdeling.",
    "Nee, is al opgelost.",
    "De huur? Is al betaald.",
    "- Is al betaald\n- Is al verstuurd",
    # bug 4: the short head after the compound points back to it (also hyphenated, plural)
    "Je parkeervergunning is verlengd\nDe gemeente heeft je vergunning verlengd.",
    "Uw subsidie-aanvraag is goedgekeurd\nDe gemeente heeft uw aanvraag goedgekeurd.",
    "De subsidieaanvragen zijn goedgekeurd\nDe gemeente heeft de aanvragen goedgekeurd.",
    # one owner's thing, told more fully
    "Jullie aanvraag is goedgekeurd\nDe gemeente heeft jullie huwelijksaanvraag goedgekeurd.",
])
def test_states_stay_states(check, text):
    assert spans(check, text) == []


@pytest.mark.parametrize("text, word", [
    ("Zo is afgesproken dat u ons belt.", "afgesproken"),  # "zo" before the main clause's "is": how
    ("Hoe is dat betaald?", "betaald"),
    ("Omdat het dak zwaar is en de deur is beschadigd, komen wij langs.", "beschadigd"),  # another "is"
    ("Om de weg te verbreden, zijn de bomen gekapt.", "gekapt"),  # an aim, a thing: an act
    ("Is er al betaald?", "betaald"),  # "er": an impersonal passive, asked
    ("Hier is al gestemd.", "gestemd"),  # a fronted word: nothing is dropped
    ("Voor de cursus die u volgt, is al betaald.", "betaald"),  # a fronted phrase with a comma
])
def test_passives_found(check, text, word):
    assert any(word in s.split() for s in spans(check, text)), spans(check, text)


@pytest.mark.parametrize("text", [
    # a compound after its head, with an article, may name another one of that kind
    "De aanvraag is afgewezen\nDe gemeente heeft de vervolgaanvraag afgewezen.",
    "Het bedrag is betaald\nWij hebben het restbedrag betaald.",
    "De brief is verstuurd\nWij hebben de herinneringsbrief verstuurd.",
])
def test_status_line_and_another_one_of_its_kind(check, text):
    assert spans(check, text) == [text.split("\n")[0].split(" ", 2)[2]]
