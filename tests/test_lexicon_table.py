"""The Dutch frequency table read straight from wordfreq's data gives wordfreq's own numbers."""

from __future__ import annotations

import pytest

wordfreq = pytest.importorskip("wordfreq")

from duidelijk.lexicon import _PLAIN, dutch_table, zipf  # noqa: E402


def test_table_equals_zipf_frequency_for_plain_words():
    freqs = wordfreq.get_frequency_dict("nl")
    plain = sorted(w for w in freqs if _PLAIN.fullmatch(w))
    assert len(plain) > 200_000
    assert set(plain) <= set(dutch_table())
    for word in plain[::97] + ["de", "gemeente", "één", "geïnd", "café", "ruïne"]:
        assert zipf(word) == wordfreq.zipf_frequency(word, "nl"), word


def test_hyphenated_words_equal_zipf_frequency():
    freqs = wordfreq.get_frequency_dict("nl")
    plain = sorted(w for w in freqs if _PLAIN.fullmatch(w))
    words = [f"{a}-{b}" for a, b in zip(plain[::1001], plain[500::997])]
    words += ["re-integreren", "e-mail", "sms-controle", "xqz-mail", "oud-wethouder", "a-b-c"]
    for word in words:
        assert zipf(word) == wordfreq.zipf_frequency(word, "nl"), word


@pytest.mark.parametrize("word", [
    "xqzvkw", "bezwaarschriftje", "gemeentee",  # not in the list: 0
    "Gemeente", "GEMEENTE",  # capitals are lowered
    "covid-19", "e-mail", "re-integreren", "'s", "2026", "wmo-", "a.u.b.",  # not plain: wordfreq itself
])
def test_zipf_equals_wordfreq(word):
    assert zipf(word) == wordfreq.zipf_frequency(word.lower(), "nl")


def test_zipf_orders_common_and_rare_words():
    assert zipf("gemeente") > 5 > zipf("bezwaarschrift") > 0 == zipf("xqzvkw")


@pytest.mark.parametrize("lang", ["nl", "en", "de", "fr", "es"])
def test_top_words_equal_top_n_list(lang):
    from duidelijk.lexicon import top_words

    assert list(top_words(lang, 400)) == wordfreq.top_n_list(lang, 400)
    assert list(top_words(lang, 5)) == wordfreq.top_n_list(lang, 5)


def test_table_answers_the_same_before_and_after_it_becomes_a_dict():
    from duidelijk.lexicon import FrequencyTable

    by_word = {"aanvraag": 400, "de": 150, "gemeente": 300, "één": 250, "zee": 350}
    words = sorted(by_word)  # code point order, as the table keeps them: "één" after "zee"
    buckets = [by_word[w] for w in words]
    searched = FrequencyTable(words, buckets)
    asked = ["de", "gemeente", "één", "aa", "zz", "", "gemeent", "zee", "aanvraag"]
    before = [searched.get(w) for w in asked] + [w in searched for w in asked]
    assert before[:9] == [150, 300, 250, None, None, None, None, 350, 400]
    as_dict = FrequencyTable(words, buckets)
    as_dict.DICT_AFTER = 0  # every lookup goes to the dict
    assert [as_dict.get(w) for w in asked] + [w in as_dict for w in asked] == before
    assert sorted(as_dict) == words and len(as_dict) == len(searched) == 5


def test_stored_table_equals_the_table_read_from_wordfreq(tmp_path, monkeypatch):
    from duidelijk import lexicon

    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path))
    lexicon.dutch_table.cache_clear()
    try:
        read = lexicon.dutch_table()  # from wordfreq's file, then stored
        assert list(tmp_path.glob("wordfreq-nl-sorted-*.npz"))
        lexicon.dutch_table.cache_clear()
        stored = lexicon.dutch_table()  # from the store
        assert len(stored) == len(read) > 200_000
        for word in ["de", "gemeente", "één", "café", "xqzvkw", "aanvraag", "zwembad"]:
            assert stored.get(word) == read.get(word)
    finally:
        lexicon.dutch_table.cache_clear()
