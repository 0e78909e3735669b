"""DD118 (verstopt-werkwoord) now that it is on by default (thirty-third session, rev33a): its
example sentence quotes a placeholder as the writer typed it, not the mask the rules read
("XXX"), and a light verb with a particle is named whole ("vindt plaats", not 'vindt').
Sentences written for these tests, both ways."""

import pytest

from conftest import codes


def dd118(check, text):
    return [(f.text, f.message) for f in codes(check(text, select="DD118"), "DD118")]


@pytest.mark.parametrize("text, example", [
    ("De behandeling van uw aanvraag door {{ afdeling }} duurt acht weken.",
     "'{{ afdeling }} behandelt uw aanvraag'"),
    ("De beoordeling van uw bezwaar door [naam commissie] duurt zes weken.",
     "'[naam commissie] beoordeelt uw bezwaar'"),
])
def test_placeholder_in_example_as_typed(check, text, example):
    (found,) = dd118(check, text)
    assert example in found[1] and "XXX" not in found[1]


def test_example_without_placeholder_as_before(check):
    (found,) = dd118(check, "De behandeling van uw aanvraag door de gemeente duurt acht weken.")
    assert "'De gemeente behandelt uw aanvraag'" in found[1]


@pytest.mark.parametrize("text, example", [
    # a title or a noun with its name after it: the name belongs to who acts
    ("De beoordeling van uw aanvraag door de heer Jansen duurt een week.", "'De heer Jansen beoordeelt uw aanvraag'"),
    ("De beoordeling van uw aanvraag door mevrouw De Vries duurt een week.",
     "'Mevrouw De Vries beoordeelt uw aanvraag'"),
    ("De behandeling van uw aanvraag door de afdeling Vergunningen duurt acht weken.",
     "'De afdeling Vergunningen behandelt uw aanvraag'"),
    ("De beoordeling van uw aanvraag door de heer [naam] duurt acht weken.", "'De heer [naam] beoordeelt uw aanvraag'"),
])
def test_name_after_who_acts_kept(check, text, example):
    (found,) = dd118(check, text)
    assert example in found[1]


def test_no_name_after_who_acts(check):
    # a word after the noun in small letters is no name
    (found,) = dd118(check, "De behandeling van uw bezwaar door de commissie bezwaarschriften duurt zes weken.")
    assert "'De commissie behandelt uw bezwaar'" in found[1]


@pytest.mark.parametrize("text, span, light", [
    ("De verbouwing van de school vindt plaats in 2027.", "verbouwing van de school vindt plaats", "vindt plaats"),
    ("De aanleg van het fietspad vond vorig jaar plaats.", "aanleg van het fietspad vond vorig jaar plaats",
     "vond plaats"),
])
def test_light_verb_named_with_its_particle(check, text, span, light):
    (found,) = dd118(check, text)
    # with a time or a place the message offers 'is' for it (mend33a): "in plaats van 'vindt plaats'."
    assert found[0] == span and f"'{light}'." in found[1]


@pytest.mark.parametrize("text, light", [
    # one word: no particle to add
    ("Wij verwachten dat de verbouwing van de school in 2027 plaatsvindt.", "plaatsvindt"),
    # a formal light verb without a particle
    ("Een bedrijf verzorgt de reiniging van de straten.", "verzorgt"),
])
def test_light_verb_without_particle_as_before(check, text, light):
    (found,) = dd118(check, text)
    assert f"'{light}'." in found[1] and f"{light} plaats" not in found[0]


def test_readme_lists_every_rule():
    """The README's table of rules names every DD1xx rule (DD117 was missing)."""
    from pathlib import Path

    from duidelijk.rules import all_rules

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [r.code for r in all_rules() if r.code.startswith("DD1") and f"| {r.code} | {r.name} |" not in readme]
    assert missing == []


@pytest.mark.parametrize("text, example", [
    # "door" on a verb that says only that the act happens: who acts is said already
    ("De afhandeling van uw klacht gebeurt door de ombudsman.", "'De ombudsman handelt uw klacht af'"),
    ("De beoordeling van uw aanvraag wordt gedaan door een arts.", "'Een arts beoordeelt uw aanvraag'"),
    ("De behandeling van uw bezwaar gebeurt door ons.", "'Wij behandelen uw bezwaar'"),
])
def test_who_acts_on_a_verb_of_happening(check, text, example):
    (found,) = dd118(check, text)
    assert example in found[1] and "Zeg daarin wie" not in found[1]


@pytest.mark.parametrize("text", [
    # a bare noun after "door": a cause, not who acts
    "De behandeling van uw aanvraag gebeurt door drukte later.",
    # another verb: "door de drukte" is the cause of the delay
    "De afhandeling van uw klacht duurt lang door de drukte.",
    # the means: an act, not who acts
    "De betaling van uw huur gebeurt door een automatische incasso.",
    "De beoordeling van uw aanvraag gebeurt door een gesprek met u.",
    "De betaling van uw toeslag gebeurt door de overschrijving van het geld.",
])
def test_door_not_who_acts(check, text):
    (found,) = dd118(check, text)
    assert "Zeg daarin wie" in found[1] and "bijvoorbeeld" not in found[1]


@pytest.mark.parametrize("text", [
    # "staan" with a place: the noun names the text that gives the result, not the act
    "De berekening van uw huurtoeslag staat in de bijlage.",
    "In de brief van 3 mei staat de beoordeling van uw aanvraag.",
])
def test_text_that_stands_somewhere_not_named(check, text):
    assert dd118(check, text) == []


@pytest.mark.parametrize("text, span", [
    # "stilstaan": the act itself halted
    ("De behandeling van uw aanvraag staat stil.", "De behandeling van uw aanvraag"),
    # a place phrase on another verb
    ("De beoordeling van uw aanvraag duurt in de zomer langer.", "De beoordeling van uw aanvraag"),
    # a place that is no text: the act is planned
    ("De behandeling van uw aanvraag staat op de planning voor mei.", "De behandeling van uw aanvraag"),
])
def test_act_with_staan_or_a_place_still_named(check, text, span):
    assert [f[0] for f in dd118(check, text)] == [span]
