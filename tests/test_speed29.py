"""Speed29's faster first sight of a word gives the answers of the old ways.

- ``dictionary._words``, the OpenTaal word list, is a ``lexicon.FrequencyTable`` kept per user
  with a hash index (``lexicon.cached_table``) instead of a sorted list of strings (the
  ``WordSet`` of before, gone since open30): ``contains``, ``in``, ``len`` and
  ``longest_prefix`` answer as the set of the list's words and a sorted list searched by
  halves (the references, made here), with the data cache on (the index) and off (searched
  by halves, then a dict);
- ``lexicon._ascii_numbers`` (wordfreq's ``numbers.py`` with Python's ``re``) gives
  ``smash_numbers`` and ``digit_freq`` of the ``regex`` version (``_numbers``) on tokens of
  ASCII characters; ``zipf`` asks it only for those, and a process that looks up an ASCII
  number no longer imports ``regex``.
"""

from __future__ import annotations

import bisect
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from duidelijk import dictionary, lexicon

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _old_read(path: Path) -> list[str]:
    """The word list as ``dictionary._words`` read it before speed29 (the reference)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    out = {line.split("/", 1)[0].strip().lower().replace("ĳ", "ij")
           for line in lines if line and not line[0].isupper()}
    out.discard("")
    return sorted(out)


def _list_words() -> list[str]:
    """The words of the list, as read before (checked against ``_read_word_list``)."""
    path = dictionary.word_list_path()
    if path is None:
        pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
    words = _old_read(Path(path))
    assert dictionary._read_word_list(Path(path)) == (words, [0] * len(words))
    return words


def _longest_prefix(words: list[str], word: str) -> int:
    """The reference ``longest_prefix``: the longest start ``word`` shares with a word of the
    sorted list ``words``, which one of its two neighbours in sort order has."""
    i = bisect.bisect_left(words, word)
    return max((len(os.path.commonprefix([word, w])) for w in words[max(i - 1, 0): i + 1]), default=0)


def _probes(words: list[str]) -> list[str]:
    """Words of the example letters, their inflections and near misses, every 97th word of the
    list with a letter too many or too few, and strings no list holds."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))).lower()
    seen = sorted({w.strip(".,:;()'\"!?") for w in text.split()} - {""})
    probes = seen + [w + "en" for w in seen] + [w[:-1] for w in seen if len(w) > 3]
    probes += [w for w in words[::97]] + [w + "x" for w in words[::97]] + [w[:-1] for w in words[::97]]
    return probes + ["xqzvkw", "", "parkeervergunningaanvraag", "één", "ĳs", "zzzzzz", "aaaa"]


@pytest.fixture
def fresh_words(monkeypatch, tmp_path):
    """``dictionary._words`` read again, with the data cache in an empty folder (``on``) or
    off; the process's own list afterwards."""
    monkeypatch.delenv("DUIDELIJK_OPENTAAL", raising=False)

    def read(cache: str):
        monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path) if cache == "on" else "")
        dictionary._words.cache_clear()
        return dictionary._words()

    yield read
    monkeypatch.undo()
    dictionary._words.cache_clear()


def test_the_word_list_answers_as_the_set_of_its_words(fresh_words):
    words = _list_words()
    reference = frozenset(words)
    probes = _probes(words)
    answers = [w in reference for w in probes]
    assert any(answers) and not all(answers)  # words and non-words both asked
    # made and stored (searched by halves in this process), then read from the store (with its
    # hash index); without a store
    for cache, indexed in (("on", False), ("on", True), ("off", False)):
        table = fresh_words(cache)
        assert isinstance(table, lexicon.FrequencyTable)
        assert (table._index is not None) == indexed
        assert [table.contains(w) for w in probes] == answers
        assert [w in table for w in probes] == answers
        assert [table.longest_prefix(w) for w in probes] == [_longest_prefix(words, w) for w in probes]
        assert len(table) == len(reference) and 42 not in table


def test_the_stored_word_list_is_read_again_not_made_again(fresh_words, monkeypatch):
    _list_words()
    fresh_words("on")  # made and stored
    made = []
    monkeypatch.setattr(dictionary, "_read_word_list", lambda path: made.append(path) or ([], []))
    table = fresh_words("on")
    assert made == [] and len(table) > 100_000 and table.contains("gemeente")
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", "")
    dictionary._words.cache_clear()
    assert dictionary._words() is not None and len(made) == 1  # without the store: made each time


def _number_tokens() -> list[str]:
    rnd = random.Random(29)
    tokens = ["2024", "1985", "2019", "2039", "2040", "2100", "007", "0", "12,50", "3.000.000", "1e", "a1b22",
              "9", "10-12", "1/2", "0,5", "12.3.4", "x99y", "06-12345678", "1.234,56", "2.", ",5"]
    tokens += ["".join(rnd.choice("0123456789.,ab-") for _ in range(rnd.randint(1, 12))) for _ in range(20_000)]
    return tokens


def test_ascii_numbers_are_estimated_as_wordfreq_does():
    fast, real = lexicon._ascii_numbers(), lexicon._numbers()
    assert fast is not real and fast.DIGIT_RE.__class__.__module__ == "re"
    assert real.DIGIT_RE.__class__.__module__ != "re"  # the reference: wordfreq's own, with regex
    changed = 0
    for token in _number_tokens():
        assert fast.smash_numbers(token) == real.smash_numbers(token), token
        assert fast.digit_freq(token) == real.digit_freq(token), token
        changed += fast.smash_numbers(token) != token
    assert changed > 10_000  # most tokens have a number to smash


def test_zipf_asks_the_re_version_only_for_ascii_tokens(monkeypatch):
    asked = []
    for name in ("_ascii_numbers", "_numbers"):
        module = getattr(lexicon, name)()
        monkeypatch.setattr(lexicon, name, lambda module=module, name=name: asked.append(name) or module)
    assert lexicon._combined_zipf(["2024"]) > 0 and asked == ["_ascii_numbers"]
    asked.clear()
    lexicon._combined_zipf(["٢٠٢٤"])  # Arabic-Indic digits: not ASCII
    lexicon._combined_zipf(["２０２４"])  # full-width digits
    assert asked == []  # (no ASCII digit in them: no number to smash, as before)
    lexicon._combined_zipf(["café12"])  # a token with a letter outside ASCII: the regex version
    assert asked == ["_numbers"]


def _imports_regex(word: str) -> bool:
    code = ("import sys; from duidelijk import lexicon; lexicon.zipf(sys.argv[1]); "
            "print('regex' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", code, word], capture_output=True, text=True, env=env, cwd=ROOT,
                         check=True)
    return out.stdout.strip() == "True"


def test_an_ascii_number_no_longer_imports_regex():
    assert not _imports_regex("2024-2025")
    assert _imports_regex("café12")  # a token with a letter outside ASCII still reads wordfreq's own module


def test_a_garbled_lemma_is_told_by_its_use_first(monkeypatch):
    """``phrases._garbled`` answers as ``not exists(lemma) and zipf(lemma) == 0`` did, and asks
    the word list only about a lemma that Dutch text does not use."""
    from duidelijk import phrases

    if dictionary.word_list_path() is None:
        pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
    cases = {"jaaropgaav": True, "terugvorer": True,  # no word at all
             "jaaropgave": False, "gemeente": False,  # used in Dutch text
             "aanbaksel": False, "aandijking": False}  # in the word list only (Zipf 0)
    asked = []
    real = phrases.exists
    monkeypatch.setattr(phrases, "exists", lambda word: asked.append(word) or real(word))
    for lemma, garbled in cases.items():
        assert phrases._garbled(lemma) is garbled, lemma
        assert garbled == (not real(lemma) and lexicon.zipf(lemma) == 0), lemma
    assert asked == ["jaaropgaav", "terugvorer", "aanbaksel", "aandijking"]  # not the used ones
