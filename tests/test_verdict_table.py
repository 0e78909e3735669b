"""The shipped DD104 verdicts (``duidelijk.verdict_table``) are ``DifficultWord.word_score``'s.

The table is made once by ``python3 -m duidelijk.verdict_table`` and shipped; these tests
fail while it was made by other code or word lists than this checkout's (its code
fingerprint differs: a process would ignore it and judge every word live), and when
``word_score`` and the table no longer agree on a sample of its words. A process with other
data (another OpenTaal word list or wordfreq) does not use the table at all (the tests that
read it skip there). Whatever the table holds, findings are those of the live verdicts.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy
import pytest

from duidelijk import dictionary, verdict_table
from duidelijk.lexicon import unpacked
from duidelijk.rules import difficult_words, long_words as long_words_rule

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
REMAKE = "make it again: python3 -m duidelijk.verdict_table"


@pytest.fixture(scope="module")
def arrays():
    found = verdict_table.stored()
    if found is None:
        pytest.fail(f"the shipped verdict table is missing or damaged; {REMAKE}")
    files = str(found["files"]).split("\n")
    if str(found["code"]) != verdict_table.content_fingerprint(files):
        pytest.fail(f"the shipped verdict table was made by other code or word lists than these ({', '.join(files)}); {REMAKE}")
    if dictionary.word_list_path() is None:
        pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
    if not verdict_table.is_current(found):  # only the data differ
        pytest.skip(f"the shipped verdict table was made from other versions of the OpenTaal word list, wordfreq or SUBTLEX-NL; {REMAKE}")
    return found


def _entries(arrays, step: int = 1):
    """(form, lemma, part of speech, score) of every ``step``-th entry of the table."""
    forms = arrays["words"].tobytes().decode("utf-8").split("\n")
    lemmas, ends = arrays["lemmas"].tobytes(), arrays["lemma_ends"].tolist()
    for i in range(0, len(forms), step):
        score = float(arrays["scores"][i])
        yield (forms[i], unpacked(lemmas, ends, i) or forms[i], verdict_table.POS_CODES[arrays["pos"][i]],
               None if math.isnan(score) else score)


def _mismatches(entries) -> list[tuple]:
    rule, long_words = verdict_table._rule()
    out = []
    for form, lemma, pos, score in entries:
        live = rule.word_score(form, lemma, pos, long_words)
        if (live is None) != (score is None) or live is not None and abs(live - score) > 1e-12:
            out.append((form, lemma, pos, score, live))
    return out


def test_the_shipped_verdicts_are_those_of_word_score(arrays):
    entries = list(_entries(arrays, 57))
    assert len(entries) > 3000
    assert sum(score is not None for *_, score in entries) > 500  # hard words among them, and easy ones
    assert sum(score is None for *_, score in entries) > 500
    assert _mismatches(entries) == []


def _long_entries(arrays, step: int = 1):
    """(form, lemma, part of speech, long) of every ``step``-th entry that holds DD105's verdict."""
    forms = arrays["words"].tobytes().decode("utf-8").split("\n")
    lemmas, ends = arrays["lemmas"].tobytes(), arrays["lemma_ends"].tolist()
    asked = numpy.flatnonzero(arrays["long"] != verdict_table.NOT_ASKED)
    for i in asked[::step].tolist():
        yield (forms[i], unpacked(lemmas, ends, i) or forms[i], verdict_table.POS_CODES[arrays["pos"][i]],
               bool(arrays["long"][i]))


def _long_mismatches(entries) -> list[tuple]:
    rule = verdict_table._long_rule()
    return [(form, lemma, pos, long) for form, lemma, pos, long in entries
            if rule.word_verdict(form, lemma, pos) != long]


def test_the_shipped_long_word_verdicts_are_those_of_dd105(arrays):
    entries = list(_long_entries(arrays, 7))
    assert len(entries) > 2000
    assert sum(long for *_, long in entries) > 300  # long words among them, and everyday ones
    assert sum(not long for *_, long in entries) > 300
    assert all(len(form) >= long_words_rule.LongWord.settings["min_letters"] for form, *_ in entries)
    assert _long_mismatches(entries) == []
    wrong = next(_long_entries(arrays, 101))
    assert _long_mismatches([(*wrong[:3], not wrong[3])]) != []  # a wrong verdict is found


def test_the_table_holds_the_rare_words_of_the_list_too(arrays):
    # from the bottom of wordfreq's list (Zipf 1) up, not only DD105's long words there: a
    # first pass over varied text met some 230 such words, each judged live before
    from duidelijk.lexicon import zipf

    assert verdict_table.MIN_ZIPF == 1.0
    long_min = long_words_rule.LongWord.settings["min_letters"]
    forms = arrays["words"].tobytes().decode("utf-8").split("\n")[::50]
    rare = [f for f in forms if zipf(f) < 2.0 and len(f) < long_min]
    assert len(rare) > 1000
    assert _mismatches(e for e in _entries(arrays, 997) if zipf(e[0]) < 2.0) == []


def test_a_wrong_verdict_is_found(arrays):
    form, lemma, pos, score = next(e for e in _entries(arrays, 101) if e[3] is not None)
    assert _mismatches([(form, lemma, pos, None)]) == [(form, lemma, pos, None, score)]
    easy = next(e for e in _entries(arrays, 101) if e[3] is None)
    assert _mismatches([(*easy[:3], 1.0)]) != []


def test_the_table_holds_the_default_settings_and_the_files_the_verdicts_read(arrays):
    rule, long_words = verdict_table._rule()
    assert str(arrays["settings"]) == verdict_table.settings_key(rule.options, long_words)
    files = str(arrays["files"]).split("\n")
    for name in ("duidelijk/rules/difficult_words.py", "duidelijk/dictionary.py", "duidelijk/lexicon.py",
                 "duidelijk/subtlex.py", "duidelijk/metrics.py", "wordlists/b1_safe.tsv"):
        assert name in files
    assert verdict_table.verdicts_for(str(arrays["settings"])) is not None
    assert verdict_table.verdicts_for(verdict_table.settings_key({**rule.options, "min_zipf": 3.6}, long_words)) is None
    assert verdict_table.verdicts_for(verdict_table.settings_key(rule.options, None)) is None  # DD105 off
    # DD105's verdicts: for its default settings only; its word lists are read, not DD103's
    # code (whose changes would otherwise make the table stale)
    assert "wordlists/thing_nouns_ing.tsv" in files and "duidelijk/rules/jargon.py" not in files
    options = verdict_table._long_rule().options
    assert str(arrays["long_settings"]) == verdict_table.long_words_key(options)
    assert verdict_table.long_verdicts_for(str(arrays["long_settings"])) is not None
    assert verdict_table.long_verdicts_for(verdict_table.long_words_key({**options, "familiar_zipf": 3.5})) is None


def test_the_table_answers_only_for_its_own_reading_of_a_word(arrays):
    table = verdict_table._read(arrays)
    form, lemma, pos, score = next(e for e in _entries(arrays, 97) if e[3] is not None)
    assert table.get(form, lemma, pos) == score
    other = next(p for p in verdict_table.POS_CODES if p != pos)
    assert table.get(form, lemma, other) is verdict_table.MISSING
    assert table.get(form, lemma + "x", pos) is verdict_table.MISSING
    assert table.get("qqqxyzzy", "qqqxyzzy", pos) is verdict_table.MISSING
    form, lemma, pos, long = next(_long_entries(arrays, 97))
    assert table.long(form, lemma, pos) is long
    assert table.long(form, lemma + "x", pos) is verdict_table.MISSING
    short = next(e for e in _entries(arrays, 97) if len(e[0]) < 8)
    assert table.long(*short[:3]) is verdict_table.MISSING  # shorter than DD105's minimum: not asked


def test_a_row_answers_for_its_lemma_in_other_capitals(arrays):
    # DD104's verdict reads the lemma in lower case without "_", DD105's in lower case: the
    # row of "wonen" answers for "Wonen" at the start of a sentence, as the live verdict does
    table = verdict_table._read(arrays)
    rule, long_words = verdict_table._rule()
    long_rule = verdict_table._long_rule()
    entries = [e for e in _entries(arrays, 521) if e[1].isalpha()]
    assert sum(score is not None for *_, score in entries) > 50 and sum(score is None for *_, score in entries) > 50
    for form, lemma, pos, score in entries:
        for other in (lemma.capitalize(), lemma.upper()):
            assert table.get(form, other, pos) == score
            live = rule.word_score(form, other, pos, long_words)
            assert (live is None) == (score is None) and (live is None or abs(live - score) <= 1e-12)
    for form, lemma, pos, long in list(_long_entries(arrays, 211))[:200]:
        assert table.long(form, lemma.capitalize(), pos) is long
        assert long_rule.word_verdict(form, lemma.capitalize(), pos) is long
    # not another lemma, nor another part of speech
    form, lemma, pos, score = next(e for e in entries if e[3] is not None)
    assert table.get(form, lemma.capitalize() + "x", pos) is verdict_table.MISSING
    assert table.get(form, lemma.capitalize(), next(p for p in verdict_table.POS_CODES if p != pos)) is verdict_table.MISSING


def test_dd104_and_dd105_judge_a_word_once_for_its_lemmas_in_other_capitals(check, monkeypatch):
    # with the table out of play (the first words of a process): "Mandaat" at the start of a
    # sentence gets the lemma "Mandaat", "het mandaat" the lemma "mandaat"; the verdicts read
    # the lemma in lower case, so the second reading is not judged again
    def fresh():
        difficult_words._verdicts.clear()
        long_words_rule._verdicts.clear()

    fresh()
    monkeypatch.setattr(difficult_words, "_judged", 0)
    monkeypatch.setattr(verdict_table, "SHIPPED_AFTER", 10**9)
    asked = []
    score, verdict = difficult_words.DifficultWord.word_score, long_words_rule.LongWord.word_verdict
    monkeypatch.setattr(difficult_words.DifficultWord, "word_score",
                        lambda self, *key: asked.append(("DD104", *key[:3])) or score(self, *key))
    monkeypatch.setattr(long_words_rule.LongWord, "word_verdict",
                        lambda self, *key: asked.append(("DD105", *key[:3])) or verdict(self, *key))
    text = ("Mandaat is geregeld. Wij regelen het mandaat. Verkeersveiligheidsmaatregelen zijn nodig. "
            "Wij nemen verkeersveiligheidsmaatregelen.")
    report = check(text)
    lemmas = {(rule, lemma) for rule, low, lemma, pos in asked
              if low in ("mandaat", "verkeersveiligheidsmaatregelen") and pos == "NOUN"}
    assert ("DD104", "Mandaat") in lemmas or ("DD104", "mandaat") in lemmas
    assert len([k for k in lemmas if k[0] == "DD104" and k[1].lower() == "mandaat"]) == 1
    assert len([k for k in lemmas if k[0] == "DD105"]) == 1
    # each reading alone, in a fresh process: the same findings
    found = [(f.code, f.message) for f in report.findings]
    alone = []
    for sentence in ("Mandaat is geregeld.", "Wij regelen het mandaat.", "Verkeersveiligheidsmaatregelen zijn nodig.",
                     "Wij nemen verkeersveiligheidsmaatregelen."):
        fresh()
        alone += [(f.code, f.message) for f in check(sentence).findings if f.code in ("DD104", "DD105")]
    assert sorted(set(f for f in found if f[0] in ("DD104", "DD105"))) == sorted(set(alone))
    fresh()


def _store(path: Path, arrays: dict, **changed) -> None:
    numpy.savez_compressed(path, **{**arrays, **{k: numpy.array(v) for k, v in changed.items()}})


def test_a_table_made_from_other_code_is_not_used(arrays, tmp_path, monkeypatch):
    code = tmp_path / "code.py"
    code.write_text("LIMIT = 1\n", encoding="utf-8")
    files = [*str(arrays["files"]).split("\n"), str(code)]  # (a name from the package's parent, or a whole path)
    path = tmp_path / "verdicts.npz"
    _store(path, arrays, files="\n".join(files), code=verdict_table.content_fingerprint(files))
    monkeypatch.setattr(verdict_table, "PATH", path)
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    verdict_table.forget()
    try:
        assert verdict_table.verdicts_for(str(arrays["settings"])) is not None
        verdict_table.forget()
        assert verdict_table.verdicts_for(str(arrays["settings"])) is not None  # (read back from the data cache)
        assert any((tmp_path / "cache").glob("verdict-table-*"))
        code.write_text("LIMIT = 22\n", encoding="utf-8")  # a file the verdicts read changed
        verdict_table.forget()
        assert verdict_table.verdicts_for(str(arrays["settings"])) is None
        code.unlink()  # or is gone
        verdict_table.forget()
        assert verdict_table.verdicts_for(str(arrays["settings"])) is None
        _store(path, arrays, fingerprint="other data")
        verdict_table.forget()
        assert verdict_table.verdicts_for(str(arrays["settings"])) is None
        path.write_bytes(b"damaged")
        verdict_table.forget()
        assert verdict_table.verdicts_for(str(arrays["settings"])) is None
    finally:
        verdict_table.forget()


def _asked(monkeypatch, rule_class, name: str) -> list[str]:
    """The words the rule's live verdict ``name`` is asked for from now on, in a process
    that has judged no word yet."""
    asked = []
    live = getattr(rule_class, name)

    def recorded(self, *key):
        asked.append(key[0])
        return live(self, *key)

    monkeypatch.setattr(rule_class, name, recorded)
    monkeypatch.setattr(difficult_words, "_judged", 0)
    return asked


def test_first_verdict_reads_the_table_only_after_the_first_words(arrays, monkeypatch):
    rule, long_words = verdict_table._rule()
    settings = difficult_words._verdicts_for(rule.options, long_words).settings
    assert settings == str(arrays["settings"])
    form, lemma, pos, score = next(e for e in _entries(arrays, 89) if e[3] is not None)
    live = difficult_words.DifficultWord.word_score
    asked = _asked(monkeypatch, difficult_words.DifficultWord, "word_score")
    assert rule.first_verdict(form, lemma, pos, long_words, settings) == score
    assert asked == [form]  # the first words of a process: judged live
    monkeypatch.setattr(difficult_words, "_judged", verdict_table.SHIPPED_AFTER)
    assert rule.first_verdict(form, lemma, pos, long_words, settings) == score
    assert asked == [form]  # then read from the table
    assert rule.first_verdict("qqqxyzzy", "qqqxyzzy", "NOUN", long_words, settings) == live(rule, "qqqxyzzy", "qqqxyzzy", "NOUN", long_words)
    assert asked == [form, "qqqxyzzy"]  # a word the table lacks: judged live
    other = difficult_words._verdicts_for({**rule.options, "min_zipf": 3.6}, long_words).settings
    rule.first_verdict(form, lemma, pos, long_words, other)
    assert asked == [form, "qqqxyzzy", form]  # other settings: judged live


def test_dd105_reads_the_table_only_after_the_first_words(arrays, monkeypatch):
    rule = verdict_table._long_rule()
    form, lemma, pos, long = next(e for e in _long_entries(arrays, 13) if e[3])
    live = long_words_rule.LongWord.word_verdict
    asked = _asked(monkeypatch, long_words_rule.LongWord, "word_verdict")
    assert rule.first_verdict(form, lemma, pos) is long
    assert asked == [form]  # the first words of a process: judged live
    monkeypatch.setattr(difficult_words, "_judged", verdict_table.SHIPPED_AFTER)
    assert rule.first_verdict(form, lemma, pos) is long
    assert asked == [form]  # then read from the table
    word = "qqqxyzzyqqqxyzzy"
    assert rule.first_verdict(word, word, "NOUN") == live(rule, word, word, "NOUN")
    assert asked == [form, word]  # a word the table lacks: judged live
    other = long_words_rule.LongWord({**rule.options, "familiar_zipf": 3.5})
    other.first_verdict(form, lemma, pos)
    assert asked == [form, word, form]  # other settings: judged live


def _obstacle_entries(arrays, step: int = 1):
    """(form, part of speech, obstacle) of every ``step``-th entry that holds DD104's obstacle,
    read through ``Verdicts.obstacle``."""
    forms = arrays["words"].tobytes().decode("utf-8").split("\n")
    shipped = verdict_table._read(arrays)
    asked = numpy.flatnonzero(arrays["obstacle"] != verdict_table.OBSTACLE_NOT_ASKED)
    for i in asked[::step].tolist():
        pos = verdict_table.POS_CODES[arrays["pos"][i]]
        yield forms[i], pos, shipped.obstacle(forms[i], pos)


def _obstacle_mismatches(entries) -> list[tuple]:
    rule, _ = verdict_table._rule()
    parts: dict[str, bool] = {}
    return [(form, pos, found) for form, pos, found in entries if rule.obstacle(form, pos, parts) != found]


def test_the_shipped_obstacles_are_those_of_hard_part(arrays):
    # every hard word of the table has its obstacle (``DifficultWord.obstacle``), an easy one none
    codes = arrays["obstacle"]
    scores = arrays["scores"]
    assert ((codes == verdict_table.OBSTACLE_NOT_ASKED) == numpy.isnan(scores)).all()
    entries = list(_obstacle_entries(arrays, 31))
    assert len(entries) > 2000
    assert all(found is not verdict_table.MISSING for *_, found in entries)
    assert _obstacle_mismatches(entries) == []
    # the words with an obstacle: every one, a few hundred at least
    with_one = numpy.flatnonzero(codes == verdict_table.AN_OBSTACLE)
    assert len(with_one) > 300 and len(with_one) == len(arrays["obstacle_rows"])
    forms = arrays["words"].tobytes().decode("utf-8").split("\n")
    shipped = verdict_table._read(arrays)
    some = [(forms[i], verdict_table.POS_CODES[arrays["pos"][i]]) for i in with_one[::3].tolist()]
    entries = [(form, pos, shipped.obstacle(form, pos)) for form, pos in some]
    assert all(found for *_, found in entries)
    assert _obstacle_mismatches(entries) == []
    form, pos, found = entries[0]
    assert _obstacle_mismatches([(form, pos, frozenset())]) != []  # a wrong obstacle is found
    assert shipped.obstacle(form, "X" if pos != "X" else "NOUN") is verdict_table.MISSING  # another part of speech
    assert shipped.obstacle("qqqxyzzy", pos) is verdict_table.MISSING


def test_first_obstacle_reads_the_table_once_it_is_open(arrays, monkeypatch):
    rule, long_words = verdict_table._rule()
    verdicts = difficult_words._Verdicts(difficult_words._verdicts_for(rule.options, long_words).settings)
    forms = arrays["words"].tobytes().decode("utf-8").split("\n")
    i = int(numpy.flatnonzero(arrays["obstacle"] == verdict_table.AN_OBSTACLE)[7])
    form, pos = forms[i], verdict_table.POS_CODES[arrays["pos"][i]]
    asked = []
    live = difficult_words.hard_part

    def spy(low, *args):
        asked.append(low)
        return live(low, *args)

    monkeypatch.setattr(difficult_words, "hard_part", spy)
    monkeypatch.setattr(difficult_words, "_judged", 0)
    found = rule.first_obstacle(form, pos, verdicts)
    assert found and asked == [form]  # the first words of a process: worked out
    monkeypatch.setattr(difficult_words, "_judged", verdict_table.SHIPPED_AFTER)
    assert rule.first_obstacle(form, pos, verdicts) == found
    assert asked == [form]  # then read from the table
    other = "X" if pos != "X" else "NOUN"
    rule.first_obstacle(form, other, verdicts)
    assert asked == [form, form]  # another part of speech than the table's: worked out
    settings = difficult_words._verdicts_for({**rule.options, "min_zipf": 3.6}, long_words).settings
    rule.first_obstacle(form, pos, difficult_words._Verdicts(settings))
    assert asked == [form, form, form]  # other settings: worked out


def test_findings_are_the_same_with_and_without_the_table(arrays, check, monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    assert texts

    def findings(shipped: bool):
        difficult_words._verdicts.clear()
        long_words_rule._verdicts.clear()
        monkeypatch.setattr(difficult_words, "_judged", verdict_table.SHIPPED_AFTER if shipped else 0)
        monkeypatch.setattr(verdict_table, "SHIPPED_AFTER", verdict_table.SHIPPED_AFTER if shipped else 10**9)
        return [[(f.code, f.start, f.end, f.message, f.severity) for f in check(text).findings] for text in texts]

    def answers(name: str) -> list[bool]:  # whether each question to ``Verdicts.<name>`` was answered
        out = []
        asked = getattr(verdict_table.Verdicts, name)

        def counted(self, *key):
            found = asked(self, *key)
            out.append(found is not verdict_table.MISSING)
            return found

        monkeypatch.setattr(verdict_table.Verdicts, name, counted)
        return out

    read, long_read, obstacle_read = answers("get"), answers("long"), answers("obstacle")
    with_table = findings(True)
    assert sum(read) > 50  # the table answered for many words
    assert sum(long_read) >= 3  # and for DD105's long words
    assert sum(obstacle_read) >= 4  # and for the obstacles of DD104's hard words (4 since formal44: 'ongewijzigd' in adreswijziging.txt is now DD103's, with 'onveranderd')
    count, long_count, obstacle_count = len(read), len(long_read), len(obstacle_read)
    without = findings(False)
    assert (len(read), len(long_read), len(obstacle_read)) == (count, long_count, obstacle_count)  # (not read at all)
    assert with_table == without
    difficult_words._verdicts.clear()
    long_words_rule._verdicts.clear()
