"""The fresh-sample drawers keep every discovery set's documents out, the held-out harvest-c too."""

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import harvest_overlap  # noqa: E402


def test_every_discovery_folder_with_letters_is_kept_apart():
    discovery = BENCHMARKS / "discovery"
    with_letters = {p.name for p in discovery.iterdir() if p.is_dir() and any(p.glob("*.txt"))}
    assert with_letters == set(harvest_overlap.KEPT_APART)


def test_a_sentence_of_harvest_c_is_kept_apart_and_a_short_one_is_not():
    text = next((BENCHMARKS / "discovery" / "harvest-c").glob("*.txt")).read_text(encoding="utf-8")
    own = harvest_overlap.sentences(text)
    assert own and own <= harvest_overlap.kept_apart_sentences()
    assert not harvest_overlap.sentences("Dit is kort.") & harvest_overlap.kept_apart_sentences()


def test_a_folder_is_not_compared_with_itself_but_with_the_others():
    text = next((BENCHMARKS / "discovery" / "harvest-c").glob("*.txt")).read_text(encoding="utf-8")
    own = harvest_overlap.sentences(text)
    assert own <= harvest_overlap.kept_apart_sentences(exclude={"harvest-d"})
    assert not own & harvest_overlap.kept_apart_sentences(exclude={"harvest-c"})
