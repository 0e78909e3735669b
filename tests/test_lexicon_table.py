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
