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


# --- DD104: spoken Dutch as a second opinion on how familiar a word is ----------------------

def _dd104(check, text, **options):
    settings = {"rules": {"DD104": options}} if options else {}
    return [f.text for f in check(text, select="DD104", **settings).findings if f.code == "DD104"]


def _score(low, lemma, pos, **options):
    from duidelijk.rules.difficult_words import DifficultWord

    rule = DifficultWord()
    rule.options = {**DifficultWord.settings, **options}
    return rule.word_score(low, lemma, pos, None)


@pytest.mark.parametrize("low, lemma, pos", [
    ("zogenoemde", "zogenoemd", "ADJ"), ("naleving", "naleving", "NOUN"),
    ("toekenning", "toekenning", "NOUN"), ("bestuurlijk", "bestuurlijk", "ADJ"),
])
def test_words_of_written_dutch_without_a_telltale_form_are_difficult(low, lemma, pos):
    """Common in print (wordfreq 3.9-4.6), far rarer in speech (subtitles): the gap makes them
    difficult, where their written frequency alone would not."""
    assert _score(low, lemma, pos) is not None
    assert _score(low, lemma, pos, spoken_gap_weight=0.0) is None


def test_written_register_word_found_in_a_sentence(check):
    assert "zogenoemde" in _dd104(check, "U betaalt de zogenoemde eigen bijdrage.")
    assert "zogenoemde" not in _dd104(check, "U betaalt de zogenoemde eigen bijdrage.", spoken_gap_weight=0.0)


def test_everyday_words_that_subtitles_lack_are_not_difficult(check):
    """Subtitles are older than the internet and hardly show the words of forms and counters:
    "inloggen", "gemeente", "website" are much rarer there than in wordfreq, "webshop" is
    missing, yet every reader knows them."""
    text = ("U kunt inloggen op de website van de gemeente. Als u inlogt, ziet u uw account. "
            "U kunt ook bestellen in de webshop. Stuur het formulier met de bijlage terug.")
    assert _dd104(check, text) == []
    from duidelijk.rules.difficult_words import spoken_gap

    assert spoken_gap("webshop", "webshop", "NOUN") == 0.0  # missing from subtitles: no evidence
    assert spoken_gap("gemeente", "gemeente", "NOUN") > 1.0  # a big gap, but common enough in print


def test_compounds_of_everyday_words_are_not_made_difficult_by_subtitles(check):
    """Each compound is rare in a small corpus of subtitles ("mondkapje": written 3.8, spoken
    2.1; "zorgverzekering"): its gap says nothing about its register."""
    assert _dd104(check, "Draag in de bus een mondkapje. Heeft u een zorgverzekering?") == []
    assert _score("mondkapje", "mondkapje", "NOUN") is None


def test_formal_looking_words_that_speech_uses_are_not_difficult(check):
    """"kwartier" ends like "-ier", "uitproberen" like "-eren": formal by their form, but
    spoken Dutch uses them as often as the loanword bar asks, so they get the bar of other
    words."""
    text = "Het duurt een kwartier. U kunt het eerst uitproberen."
    assert _dd104(check, text) == []
    # (rules35e's everyday loan head freed 'uitproberen' here; rev35e keeps that for nouns only)
    assert {"kwartier", "uitproberen"} <= set(_dd104(check, text, spoken_common=False))


def test_formal_words_rare_in_speech_stay_difficult(check):
    """Also formal words that subtitles keep (their translators write "bemachtigen"): the
    spoken bar is as high as the loanword bar."""
    assert "implementeren" in _dd104(check, "Wij gaan de nieuwe regels implementeren.")
    assert "bemachtigen" in _dd104(check, "Zij wilden een kaartje bemachtigen voor het concert.")
    assert "tweemaal" in _dd104(check, "Wij hebben u tweemaal een brief gestuurd.")
    assert "hervatten" in _dd104(check, "Wij hervatten het werk na de vakantie.")


@pytest.mark.parametrize("lemma, pos", [("parkeren", "VERB"), ("aanvragen", "VERB"), ("huis", "NOUN"),
                                        ("woonachtig", "ADJ"), ("xqzvw", "NOUN"), ("gemeente", "")])
def test_spoken_lemma_frequency_is_the_written_sum_with_spoken_forms(lemma, pos):
    """``spoken_lemma_zipf`` sums the forms ``dictionary.lemma_zipf`` sums, rounded to two
    decimals as SUBTLEX values are: the same figure as summing them here."""
    import math

    from duidelijk.dictionary import SPLIT_SHARE, _forms, lemma_zipf, separable

    total = sum(10 ** subtlex.spoken_zipf(f) for f in _forms(lemma, pos) if subtlex.spoken_zipf(f) > 0)
    if total > 0 and pos == "VERB" and separable(lemma):
        total /= 1 - SPLIT_SHARE
    assert subtlex.spoken_lemma_zipf(lemma, pos) == (round(math.log10(total), 2) if total > 0 else subtlex.ABSENT)
    assert lemma_zipf(lemma, pos, subtlex.spoken_zipf) == (math.log10(total) if total > 0 else 0.0)
