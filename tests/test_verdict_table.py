"""The shipped verdicts of DD104 (``duidelijk.verdict_table``) are the verdicts DD104 works out itself.

The table is made by ``python3 -m duidelijk.verdict_table`` and shipped; these tests fail when
it was made by other code or from other word lists than this checkout's (a process would
ignore it and judge every word itself, slower, without anyone noticing), and when the table
and the live verdict (``DifficultWord.word_score``) no longer agree on a sample of its words.
A process with other settings, another OpenTaal word list or other code does not use it.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from duidelijk import dictionary, verdict_table
from duidelijk.config import Config
from duidelijk.readers import text_document
from duidelijk.rules import difficult_words
from duidelijk.rules.difficult_words import DifficultWord

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
REMAKE = "make it again: python3 -m duidelijk.verdict_table"


def _default_key() -> str:
    config = Config()
    rule = DifficultWord(config.options_for("DD104"))
    return difficult_words.settings_key(rule.options, difficult_words.long_words_minimum(config))


@pytest.fixture(scope="module")
def shipped():
    stored = verdict_table.stored_fingerprints()
    if stored is None:
        pytest.fail(f"the shipped verdict table is missing or damaged; {REMAKE}")
    if stored[1] != verdict_table.code_fingerprint():
        pytest.fail(f"the shipped verdict table was made by other code ({', '.join(verdict_table.CODE)}, "
                    f"LiNT-II's noun list in metrics.py); {REMAKE}")
    if stored[2] != _default_key():
        pytest.fail(f"the shipped verdict table was made for other settings of DD104 or DD105; {REMAKE}")
    if dictionary.word_list_path() is None:
        pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
    found = verdict_table.verdicts_for(dictionary.word_list_path(), _default_key())
    if found is None:  # only the data differ
        pytest.fail(f"the shipped verdict table was made from other word lists (wordlists/b1_safe.tsv, "
                    f"concrete_nouns.tsv, subtlex_nl.tsv) or another OpenTaal or wordfreq list; {REMAKE}")
    return found


def _sample() -> list[tuple[str, str, str]]:
    """Every 40th word of the table."""
    _, table = verdict_table.read()
    keys = table._index  # FrequencyTable over the sorted keys
    return [tuple(k.split("\t")) for k in list(keys)[::40]]


def _same(a, b) -> bool:
    # a sum over a set of forms may differ in its last bit between processes (string hashing)
    return a is None and b is None or a is not None and b is not None and math.isclose(a, b, rel_tol=1e-12)


def _mismatches(table, words, rule, long_words_rule) -> list[tuple[str, str, str]]:
    missing = object()
    return [w for w in words if (found := table.get(w, missing)) is not missing
            and not _same(found, rule.word_score(*w, long_words_rule))]


def test_the_shipped_verdicts_are_the_live_verdicts(shipped):
    config = Config()
    rule = DifficultWord(config.options_for("DD104"))
    words = _sample()
    assert len(words) > 500
    hard = [w for w in words if shipped.get(w) is not None]
    assert 20 < len(hard) < len(words) - 200  # hard words and others both asked
    assert _mismatches(shipped, words, rule, difficult_words.long_words_minimum(config)) == []


def test_a_wrong_verdict_is_found(shipped):
    """The comparison above can fail: a table with one wrong verdict is caught."""
    from duidelijk.lexicon import FrequencyTable

    rule = DifficultWord(Config().options_for("DD104"))
    words = [("consequentie", "consequentie", "NOUN"), ("huis", "huis", "NOUN")]
    live = [rule.word_score(*w, 15) for w in words]
    assert live[0] is not None and live[1] is None  # a hard word and an easy one
    keys = verdict_table.keys(words)
    wrong = verdict_table.ShippedVerdicts(FrequencyTable(keys, range(2)), [math.nan, 3.0])  # both the other way
    assert wrong.get(words[0]) is None and wrong.get(words[1]) == 3.0
    assert wrong.get(("huizen", "huis", "NOUN"), "none") == "none"
    assert _mismatches(wrong, words, rule, 15) == words


def _current():
    """The table this process reads now (a test below opens it again)."""
    return verdict_table.verdicts_for(dictionary.word_list_path(), _default_key())


@pytest.fixture
def past_the_start(monkeypatch):
    """A process that has judged ``SHIPPED_AFTER`` words itself: it reads the table."""
    monkeypatch.setattr(difficult_words, "_judged", [difficult_words.SHIPPED_AFTER])


def test_the_first_words_of_a_process_are_judged_live(shipped, monkeypatch):
    """A one-page letter asks about a hundred words: judging them is quicker than opening the table."""
    opts = {**DifficultWord.settings, **Config().options_for("DD104")}
    monkeypatch.setattr(difficult_words, "_judged", [difficult_words.SHIPPED_AFTER - 1])
    assert difficult_words._verdicts_for(opts, 15)[1] is None
    monkeypatch.setattr(difficult_words, "_judged", [difficult_words.SHIPPED_AFTER])
    assert difficult_words._verdicts_for(opts, 15)[1] is _current()


def test_other_settings_do_not_use_the_table(shipped, past_the_start):
    opts = {**DifficultWord.settings, **Config().options_for("DD104")}
    assert difficult_words._verdicts_for(opts, 15)[1] is _current()
    assert difficult_words._verdicts_for({**opts, "min_zipf": 3.0}, 15)[1] is None
    assert difficult_words._verdicts_for(opts, None)[1] is None  # DD105 off: DD104 judges long words too
    assert verdict_table.verdicts_for(None, _default_key()) is None  # no OpenTaal list (DUIDELIJK_OPENTAAL="")


def test_a_table_of_other_code_is_not_used(shipped, tmp_path, monkeypatch):
    import numpy

    with numpy.load(verdict_table.PATH, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    other = tmp_path / "word_verdicts.npz"
    numpy.savez_compressed(other, **{**arrays, "code": numpy.array("other code")})
    monkeypatch.setattr(verdict_table, "PATH", other)
    verdict_table.verdicts_for.cache_clear()
    try:
        assert verdict_table.verdicts_for(dictionary.word_list_path(), _default_key()) is None
        numpy.savez_compressed(other, **arrays)
        verdict_table.verdicts_for.cache_clear()
        assert verdict_table.verdicts_for(dictionary.word_list_path(), _default_key()) is not None
    finally:
        verdict_table.verdicts_for.cache_clear()


def test_dd104_finds_the_same_with_and_without_the_table(shipped, nlp, monkeypatch, past_the_start):
    from duidelijk.analysis import analyse

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + [
        "De aanslag wordt geïnd na het verstrijken van de termijn. Wij implementeren dit structureel.",
        "Wij sturen u binnenkort een brief over uw aanvraag."]
    config = Config.from_dict({"select": ["DD104", "DD105"]})

    def findings():
        difficult_words._verdicts.clear()
        return [[(f.code, f.start, f.end, f.severity, f.message) for f in r.findings]
                for r in analyse([text_document(t) for t in texts], config, nlp)]

    asked: list = []
    live = DifficultWord.word_score
    monkeypatch.setattr(DifficultWord, "word_score", lambda self, *a: asked.append(a[:3]) or live(self, *a))
    with_table = findings()
    from_table = len(asked)
    monkeypatch.setattr(difficult_words, "_shipped_verdicts", lambda key: None)
    asked.clear()
    without = findings()
    assert with_table == without
    assert sum(f[0] == "DD104" for r in with_table for f in r) >= 5
    assert not with_table[-1]  # an everyday sentence: no finding
    assert from_table < len(asked) / 2  # the table answered for most words
    difficult_words._verdicts.clear()
