"""SUBTLEX-NL subtitle frequency (duidelijk.subtlex, wordlists/subtlex_nl.tsv)."""

from pathlib import Path

import pytest

from duidelijk import subtlex
from duidelijk.training import subtlex as convert

ROOT = Path(__file__).resolve().parents[1]


def test_list_names_its_source_and_licence():
    head = (ROOT / "wordlists" / "subtlex_nl.tsv").read_text(encoding="utf-8")[:1500]
    for part in ("lint-ii", "EUPL-1.2", "Jenia Kim", "Henk Pander Maat", "Keuleers", "SUBTLEX-NL"):
        assert part in head, part
    assert (ROOT / "wordlists" / "subtlex_nl.tsv").stat().st_size < 2_000_000


def test_spoken_frequency_of_forms():
    # everyday words are as common in subtitles as in wordfreq; formal words far less
    assert subtlex.spoken_zipf("huis") > 5.5
    assert subtlex.spoken_zipf("Huis") == subtlex.spoken_zipf("huis")
    assert 3.5 < subtlex.spoken_zipf("tevens") < 3.8
    assert subtlex.spoken_zipf("alsmede") < 3.0
    # a word subtitles (almost) never use, and no word at all
    assert subtlex.spoken_zipf("prolongeren") == subtlex.ABSENT
    assert subtlex.spoken_zipf("xqzvw") == subtlex.ABSENT


def test_spoken_lemma_frequency_sums_the_forms():
    one = subtlex.spoken_zipf("parkeren")
    summed = subtlex.spoken_lemma_zipf("parkeren", "VERB")
    assert summed > one + 0.2  # "parkeert", "geparkeerd", "parkeer" ... count too
    assert subtlex.spoken_lemma_zipf("huis", "NOUN") >= subtlex.spoken_zipf("huis")
    assert subtlex.spoken_lemma_zipf("xqzvw", "NOUN") == subtlex.ABSENT


def test_table_is_the_same_read_from_the_list_or_the_store(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path))
    subtlex.table.cache_clear()
    try:
        first = subtlex.table()  # read from the list, then stored
        assert list(tmp_path.glob("subtlex-nl-sorted-*.npz"))
        subtlex.table.cache_clear()
        second = subtlex.table()  # read from the store
        for word in ("huis", "tevens", "woonachtig", "zzzz"):
            assert first.get(word) == second.get(word)
        assert len(first) == len(second) > 100_000
    finally:
        subtlex.table.cache_clear()


def test_converter_keeps_plain_words_above_the_bar(tmp_path):
    pa = pytest.importorskip("pyarrow", reason="pyarrow converts the lint-ii wheel; not needed at run time")
    import pyarrow.parquet as pq

    source = tmp_path / "subtlex_wordfreq.parquet"
    pq.write_table(pa.table({"word_count": [6.12345, 3.618, 3.62, 1.66, 4.0, 4.0, 5.0],
                             "word": ["huis", "tevens", "alsmede", "zeldzaam", "aan_de_hand", "foto's", "Jan"]}),
                   source)
    out = tmp_path / "out.tsv"
    assert convert.convert(source, out, date="2026-12-02") == 3
    text = out.read_text(encoding="utf-8")
    assert "EUPL-1.2" in text and "2026-12-02" in text
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert rows[0] == ["zipf", "words"]
    assert rows[1:] == [["6.12", "huis"], ["3.62", "alsmede tevens"]]
