"""DD118 verstopt-werkwoord (twenty-sixth session): the part of nominal style that a careful
editor always rewrites, under its own code; DD106 names the rest, and names this part too when
only DD106 is chosen. New patterns: "het" + adverbs + an infinitive + "van", "gestart met het
... van", "gebeuren" as a light verb like "plaatsvinden", a noun in -ing with only a person
after "door", a light verb whose noun's owner acts. Sentences written for these tests."""

import pytest

from conftest import codes
from duidelijk.rules.nominalisation import core_code


def core(check, text, **settings):
    return codes(check(text, select=["DD118"], **settings), "DD118")


def nominal(check, text):
    """Every nominal-style finding with DD106 and DD118 both on, by code."""
    report = check(text, select=["DD106", "DD118"])
    return sorted((f.code, f.text) for f in report.findings if f.code in {"DD106", "DD118"})


@pytest.mark.parametrize("text, span", [
    # a noun of action with the reader's thing: the subject, or with "door" + who acts
    ("Door drukte kan de verwerking van uw verhuizing twee weken duren.", "de verwerking van uw verhuizing"),
    ("De beoordeling van uw aanvraag door de gemeente duurt acht weken.",
     "De beoordeling van uw aanvraag door de gemeente"),
    # a noun of action with only a person after "door"
    ("U kunt klagen over de onbeleefde behandeling door onze medewerkers.",
     "de onbeleefde behandeling door onze medewerkers"),
    # "het" + words that say how + an infinitive + "van"
    ("Wij zijn tegen het zonder overleg verplaatsen van de bushalte.", "het zonder overleg verplaatsen van"),
    ("Het snel afhandelen van uw vragen is belangrijk voor ons.", "Het snel afhandelen van"),
    # a verb that says an act starts, with "met het ... van"
    ("De leverancier is gestart met het leveren van uw rolstoel.", "het leveren van"),
    # a formal light verb, "gebeuren" as "plaatsvinden"
    ("Na de zomer zal de uitvoering gebeuren in twee delen.", "uitvoering gebeuren"),
    ("De woningcorporatie verzorgt zelf de reiniging van de gevels.", "verzorgt zelf de reiniging"),
    # an everyday light verb whose noun's owner is the one who acts
    ("Uw melding doet u via het formulier op de website.", "melding doet"),
    # a step of the procedure after "voor"
    ("Wij sturen uw brief door voor verdere beoordeling.", "voor verdere beoordeling"),
])
def test_core_found(check, text, span):
    assert [f.text for f in core(check, text)] == [span]


@pytest.mark.parametrize("text", [
    # a plain noun: the thing, not the act (no "van" + what is done, no person who acts)
    "De aanleg van de nieuwe weg is klaar.",
    "Uw behandeling in het ziekenhuis begint om negen uur.",
    "De behandeling door de tandarts kost vijftig euro.",
    # a cause after "door", no person who acts
    "De vertraging door de drukte is vervelend.",
    # "vindt plaats" with a noun of action: the nominal-style list, DD103's
    "De uitbetaling vindt plaats op 1 mei.",
    # an everyday light verb: DD106's, not always rewritten
    "Doe een melding als afval op straat ligt.",
    "Wilt u een aanvraag doen? Dat kan online.",
    # "het" + an infinitive + "van" side by side after a preposition: DD106's
    "Wij helpen u bij het invullen van het formulier.",
    # "het" as the object of a verb with its own subject; "van" with a time
    "U kunt het morgen ophalen van 9 tot 5 uur.",
    # a negation made into a noun: DD103 names it
    "Door het niet op tijd betalen van de huur krijgt u een boete.",
    # a heading: a noun of action without what is done
    "Behandeling van bezwaren",
])
def test_core_not_found(check, text):
    assert core(check, text) == []


def test_shown_by_default_and_counted_when_off(check):
    """DD118 is on by default (thirty-third session; DD106 stays off): shown; turned off, it is
    not shown, but the difficulty score still counts it, so the score does not change."""
    text = "Door drukte kan de verwerking van uw verhuizing twee weken duren."
    default = check(text)
    assert [f.text for f in codes(default, "DD118")] == ["de verwerking van uw verhuizing"]
    assert codes(default, "DD106") == []
    off = check(text, ignore=["DD118"])
    assert codes(off, "DD118") == []
    assert default.metrics == off.metrics and default.verdict == off.verdict


@pytest.mark.parametrize("text", [
    "Door drukte kan de verwerking van uw verhuizing twee weken duren.",
    "Wij zijn tegen het zonder overleg verplaatsen van de bushalte.",
])
def test_one_finding_per_passage(check, text):
    """With DD106 and DD118 both on, DD118 names the core and DD106 stays silent on it; with
    only DD106 chosen, or DD118 ignored, DD106 names it (DD106 is all nominal style); with the
    category ignored, neither."""
    both = nominal(check, text)
    assert [code for code, _ in both] == ["DD118"]
    only = codes(check(text, select=["DD106"]), "DD106")
    assert [f.text for f in only] == [both[0][1]]
    assert codes(check(text, select=["DD106"]), "DD118") == []
    ignored = check(text, select=["DD106", "DD118"], ignore=["DD118"])
    assert [f.code for f in ignored.findings if f.category == "nominalisation"] == ["DD106"]
    none = check(text, select=["DD106", "DD118"], ignore=["nominalisation"])
    assert [f for f in none.findings if f.category == "nominalisation"] == []


def test_core_code():
    from duidelijk.config import Config

    assert core_code(Config()) == "DD118"  # DD118 on, DD106 off: DD118 names them
    assert core_code(Config.from_dict({"select": ["DD106"]})) == "DD106"
    assert core_code(Config.from_dict({"select": ["ALL"]})) == "DD118"
    assert core_code(Config.from_dict({"extend_select": ["DD118"]})) == "DD118"


def test_rest_stays_with_dd106(check):
    """What is not core stays DD106's: an everyday light verb, "het ... van" after a preposition."""
    text = ("Doe een melding als afval op straat ligt. Wij laten u na het doorgeven van uw klacht weten "
            "dat wij deze hebben gekregen.")  # not "bij het ...": everyday Dutch (thirty-first session)
    assert [code for code, _ in nominal(check, text)] == ["DD106", "DD106"]


def test_dd106_leaves_fronted_het_van_to_dd103(check):
    """"Aan het instellen van beroep zijn kosten verbonden": DD103 names the fronted phrase;
    DD106 no longer names it a second time (one passage, one count in the score)."""
    text = "Aan het instellen van beroep zijn kosten verbonden."
    report = check(text, select=["DD103", "DD106"])
    assert [f.code for f in report.findings if f.category == "nominalisation"] == ["DD103"]
    later = "Er zijn kosten verbonden aan het instellen van beroep."
    assert [f.text for f in codes(check(later, select=["DD106"]), "DD106")] == ["het instellen van"]
