"""benchmarks/dd118_judge.py: the letters' findings in a judged-set sentence are skipped, and
each finding is shown with the sentence around it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import dd118_judge  # noqa: E402

TEXT = "Wij helpen u graag. De behandeling van uw aanvraag duurt lang. Bel ons gerust."


def test_a_finding_inside_a_judged_sentence_is_recognised():
    start = TEXT.index("behandeling")
    assert dd118_judge.in_judged_set(TEXT, start, start + 11, ["De behandeling van uw aanvraag duurt lang."])


def test_a_finding_outside_the_judged_sentences_is_kept():
    start = TEXT.index("behandeling")
    assert not dd118_judge.in_judged_set(TEXT, start, start + 11, ["Bel ons gerust.", "Iets anders."])


def test_the_sentence_around_a_finding():
    start = TEXT.index("behandeling")
    assert dd118_judge.sentence_around(TEXT, start, start + 11) == "De behandeling van uw aanvraag duurt lang."
    assert dd118_judge.sentence_around(TEXT, 0, 3) == "Wij helpen u graag."


def test_count_tallies_verdicts_and_first_suggestions_in_each_group():
    from collections import defaultdict

    from written import count

    tally = defaultdict(lambda: defaultdict(int))
    count(tally, ("DD103", "all"), {"suggestion": "vragen"}, {"verdict": "klopt", "suggestion_verdict": "goed"})
    count(tally, ("DD103", "all"), {"suggestion": "met"}, {"verdict": "twijfel", "suggestion_verdict": "fout",
                                                          "nonword": True})
    count(tally, ("all",), {"suggestion": None}, {"verdict": "klopt niet", "suggestion_verdict": None})
    assert dict(tally["DD103"]) == {"n": 2, "klopt": 1, "twijfel": 1, "with": 2, "goed": 1, "nonword": 1}
    assert tally["all"]["n"] == 3 and tally["all"]["klopt niet"] == 1
    assert tally["all"]["with"] == 2  # a finding without a suggestion counts no suggestion
