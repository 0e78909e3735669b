"""benchmarks/dd103_register.py: how a property of a DD103 entry's word splits the judged
findings (klopt against twijfel / klopt niet), per part of the judged sets. Rows and words
made up for these tests."""

import sys
from pathlib import Path

from conftest import benchmark_script

ROOT = Path(__file__).resolve().parents[1]


def register():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return benchmark_script("dd103_register.py", "dd103_register")


def row(name, verdict, gap):
    return {"set": name, "verdict": verdict, "facts": {"gap": gap}}


def test_split_counts_each_part_inside_and_outside_the_region():
    module = register()
    rows = [row("a", "klopt", 2.0), row("a", "twijfel", 0.1), row("a", "klopt", 0.2),
            row("b", "klopt niet", 0.3), row("c", "klopt", 0.0)]  # set c is in no part
    got = module.split(rows, lambda f: f["gap"] < 0.5, {"X": ("a",), "Y": ("b",)})
    assert got == {"X": (2, 1, 1, 1), "Y": (1, 0, 0, 0)}


def test_split_counts_only_klopt_as_right():
    module = register()
    rows = [row("a", "twijfel", 0.1), row("a", "klopt niet", 0.1)]
    assert module.split(rows, lambda f: True, {"X": ("a",)}) == {"X": (2, 0, 0, 0)}


def test_loan_ending_marks_words_from_latin_french_english_only():
    module = register()
    for word in ("registratie", "objectief", "prioriteit", "elektronisch", "factuur"):
        assert module.LOAN_ENDING.search(word), word
    for word in ("verzoek", "aanvraag", "noodzakelijk", "gedeelte"):
        assert not module.LOAN_ENDING.search(word), word


def test_every_signal_has_its_own_name():
    names = [name for name, _ in register().SIGNALS]
    assert len(names) == len(set(names))
