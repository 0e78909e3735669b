"""benchmarks/word_types.py: DD104's verdict per word type, compared between two dumps.

Checked on synthetic data (no ../shared needed): texts that hold a MEASURE sentence are left
out, and the comparison lists the word types that became hard or stopped being hard.
"""

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import word_types  # noqa: E402


def test_texts_with_a_measure_sentence_are_left_out():
    items = [
        ("a", SimpleNamespace(text="Wij sturen u een brief.\nDe termijn is  verstreken.")),
        ("b", SimpleNamespace(text="Wij sturen u een brief.")),
        ("c", "ReadError: kapot"),
    ]
    kept = word_types.measure_free(items, ["De termijn is verstreken."])
    assert [key for key, _ in kept] == ["b"]  # spaces and line breaks do not hide a sentence


def test_changes_lists_new_and_gone_hard_words_by_count():
    old = {
        "verkennende\tverkennen\tVERB": {"n": 2, "score": 4.1, "examples": ["Een verkennende fase."]},
        "bijbehorende\tbijbehorend\tADJ": {"n": 3, "score": None, "examples": ["De bijbehorende stukken."]},
        "omliggende\tomliggend\tADJ": {"n": 5, "score": None, "examples": ["De omliggende straten."]},
        "huis\thuis\tNOUN": {"n": 9, "score": None, "examples": ["Het huis."]},
    }
    new = {
        "verkennende\tverkennen\tVERB": {"n": 2, "score": None, "examples": ["Een verkennende fase."]},
        "bijbehorende\tbijbehorend\tADJ": {"n": 3, "score": 4.1, "examples": ["De bijbehorende stukken."]},
        "omliggende\tomliggend\tADJ": {"n": 5, "score": 4.12, "examples": ["De omliggende straten."]},
        "huis\thuis\tNOUN": {"n": 9, "score": None, "examples": ["Het huis."]},
    }
    became, left = word_types.changes(old, new)
    assert [r[1] for r in became] == ["omliggende", "bijbehorende"]  # most frequent first
    assert left == [(2, "verkennende", "verkennen", "VERB", "Een verkennende fase.")]
    assert word_types.changes(old, old) == ([], [])
