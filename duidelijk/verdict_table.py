"""DD104's verdicts on the words of wordfreq's Dutch list, worked out in advance and shipped.

DD104 judges each distinct word (form, lemma, part of speech) once per process
(``DifficultWord.word_score``, kept by ``difficult_words._verdicts_for``); on varied text
most words are new to the process, and a new word costs tens of microseconds of the rule's
own Python (its frequency, spoken form, lemma sums, compound parts, the words it is made
from). This table holds that verdict, with the default settings, for the plain words of
wordfreq's Dutch list of at least ``MIN_LETTERS`` letters and a Zipf frequency from
``MIN_ZIPF`` up to ``MAX_ZIPF`` (rarer words are rarely met; more common ones are passed
over by the verdict's first test), each with the lemma and part of speech that the
pipeline gives the word on its own. It answers only when the word in the text has exactly
that lemma and part of speech (nine in ten of those words); any other word is judged live.
The verdicts are made by ``word_score`` itself, so the logic stays in one place:

    python3 -m duidelijk.verdict_table

(about a minute: the pipeline reads each word once, in a separate process, then the verdicts).
The table is used only with the settings it was made for (``settings``: DD104's options and
DD105's minimum, the key of ``_verdicts_for``), the data it was made from (the OpenTaal word
list, wordfreq's list and SUBTLEX-NL: ``compound_table``'s data fingerprint) and the code and
word lists the verdicts read (``files``: every file of duidelijk whose code ran while the
verdicts were made, and every file they opened, recorded at the build; their content is
the code fingerprint). A process where any differs judges every word live, so a stale
table never changes a finding; it only makes the first sight of words slower.
tests/test_verdict_table.py fails while the table is stale (make it again) and compares
the table with ``word_score`` on a sample of its words.

A process reads the table only after it has judged ``SHIPPED_AFTER`` new words itself:
opening it costs more than the verdicts of a one-page letter.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent  # the package: the recorded files are named from its parent
PATH = ROOT / "data" / "word_verdicts.npz"
MIN_LETTERS = 4  # DD104's default ``min_length``
MIN_ZIPF, MAX_ZIPF = 2.0, 5.2  # (5.2: the loanword bar plus the largest spoken penalty, ``word_score``'s first pass-over)
SHIPPED_AFTER = 300  # new words a process judges itself before it opens the table
POS_CODES = ("NOUN", "VERB", "ADJ", "ADV", "X")  # the parts of speech DD104 judges (``CONTENT_POS`` and foreign words)
MISSING = object()  # ``Verdicts.get``: the table does not know this word


class Verdicts:
    """(form, lemma, part of speech) -> DD104's verdict, for the words the table holds."""

    def __init__(self, index, lemmas: bytes, lemma_ends, pos, scores):
        self._index = index  # form -> its place (``lexicon.FrequencyTable`` over range(n))
        self._lemmas, self._lemma_ends = lemmas, lemma_ends  # the lemma where it is not the form itself
        self._pos, self._scores = pos, scores

    def get(self, low: str, lemma: str, pos: str):
        """The score (None: not hard by itself) or ``MISSING``."""
        i = self._index.get(low)
        if i is None or POS_CODES[self._pos[i]] != pos:
            return MISSING
        from duidelijk.lexicon import unpacked

        stored = unpacked(self._lemmas, self._lemma_ends, i)
        if (stored or low) != lemma:
            return MISSING
        score = self._scores[i]
        return None if math.isnan(score) else score


def _rule():
    """DD104 with the settings of a default check, and DD105's minimum when it is on."""
    from duidelijk.config import Config
    from duidelijk.rules.difficult_words import DifficultWord
    from duidelijk.rules.long_words import LongWord

    config = Config()
    rule = DifficultWord(config.options_for("DD104"))
    long_words = None
    if config.enabled("DD105", "long-word"):
        long_words = {**LongWord.settings, **config.options_for("DD105")}["min_letters"]
    return rule, long_words


def settings_key(options: dict, long_words_rule) -> str:
    """The key of these settings, as ``difficult_words._verdicts_for`` makes it."""
    return repr((sorted(options.items()), long_words_rule))


WORDLISTS = "wordlists/"  # the start of a recorded word list's name, wherever the folder is


def located(name: str) -> Path:
    """The file of a recorded name: a word list in the word list folder (``wordlists/`` of
    the repository, ``duidelijk/wordlists/`` of an installed package), else named from the
    package's parent."""
    if name.startswith(WORDLISTS):
        from duidelijk.wordlists import wordlist_dir

        return wordlist_dir() / name[len(WORDLISTS):]
    return ROOT.parent / name


def content_fingerprint(files) -> str:
    """The content of the recorded files (``located``; line ends as in a Unix checkout); a
    missing file counts as such."""
    h = hashlib.sha256()
    for name in files:
        h.update(name.encode() + b":")
        try:
            h.update(hashlib.sha256(located(name).read_bytes().replace(b"\r\n", b"\n")).digest())
        except OSError:
            h.update(b"missing;")
    return h.hexdigest()


def domain() -> list[str]:
    """The words the table is made for, sorted (see the module text)."""
    from duidelijk.lexicon import _PLAIN, dutch_table, zipf

    return sorted(w for w in dutch_table() if len(w) >= MIN_LETTERS and w.isalpha() and _PLAIN.fullmatch(w)
                  and MIN_ZIPF <= zipf(w) < MAX_ZIPF)


def readings(words: list[str]) -> list[tuple[str, str, str]]:
    """(form, lemma, part of speech) of each word as the pipeline reads it on its own; words
    it cuts in two or reads as no part of speech DD104 judges are left out."""
    from duidelijk.config import Config
    from duidelijk.model import load_pipeline

    nlp = load_pipeline(Config().model)
    out = []
    for word, doc in zip(words, nlp.pipe(words, batch_size=512)):
        if len(doc) == 1 and doc[0].pos_ in POS_CODES and doc[0].lower_ == word:
            out.append((word, doc[0].lemma_, doc[0].pos_))
    return out


def _relative(path: str) -> str | None:
    """The recorded name of a file (``located``): a word list by the word list folder, a
    file of the package by the package's parent; else None."""
    from duidelijk.wordlists import wordlist_dir

    for folder, start in ((wordlist_dir(), WORDLISTS), (ROOT, ROOT.name + "/")):
        try:
            return start + Path(path).resolve().relative_to(folder.resolve()).as_posix()
        except (ValueError, OSError):
            continue
    return None


def build(path: Path = PATH) -> int:
    """Judge every reading of the domain with ``word_score`` and store the verdicts."""
    with tempfile.TemporaryDirectory() as folder:
        # the readings in a process of their own: this one must meet the word lists and
        # tables for the first time while the verdicts are made, so that it sees what they
        # read (with an empty data cache: the files themselves, not a copy kept from them)
        found = Path(folder) / "readings.json"
        subprocess.run([sys.executable, "-m", "duidelijk.verdict_table", "--readings", str(found)], check=True)
        rows = json.loads(found.read_text(encoding="utf-8"))
        os.environ["DUIDELIJK_DATA_CACHE"] = str(Path(folder) / "cache")
        try:
            return _build(rows, path)
        finally:
            del os.environ["DUIDELIJK_DATA_CACHE"]


def _build(rows: list, path: Path) -> int:
    import numpy

    from duidelijk import compound_table, dictionary
    from duidelijk.lexicon import FrequencyTable, packed

    rule, long_words = _rule()
    ran: set[str] = set()
    opened: set[str] = set()

    def calls(frame, event, arg):
        if event == "call":
            ran.add(frame.f_code.co_filename)

    def opens(event, args):
        if event == "open" and isinstance(args[0], (str, Path)):
            opened.add(str(args[0]))

    sys.addaudithook(opens)  # (cannot be taken away again: the build ends the process)
    sys.setprofile(calls)
    try:
        scores = [rule.word_score(form, lemma, pos, long_words) for form, lemma, pos in rows]
    finally:
        sys.setprofile(None)
    # the code that ran (this module's own loop aside: it only chose the words) and the files
    # opened, in the package and its word lists (the data beside them: ``compound_table.fingerprint``)
    recorded = {_relative(f) for f in ran | opened} - {_relative(__file__)}
    files = sorted(f for f in recorded if f and "__pycache__" not in f and not f.endswith(".npz"))
    word_list = dictionary.word_list_path()
    forms = [form for form, _, _ in rows]
    lemmas, lemma_ends = packed([lemma if lemma != form else "" for form, lemma, _ in rows])
    path.parent.mkdir(parents=True, exist_ok=True)
    numpy.savez_compressed(
        path, **FrequencyTable(forms, range(len(forms))).to_store(),
        lemmas=numpy.frombuffer(lemmas, dtype=numpy.uint8), lemma_ends=numpy.array(lemma_ends, dtype=numpy.int64),
        pos=numpy.array([POS_CODES.index(pos) for _, _, pos in rows], dtype=numpy.uint8),
        scores=numpy.array([math.nan if s is None else s for s in scores], dtype=numpy.float64),
        settings=numpy.array(settings_key(rule.options, long_words)),
        fingerprint=numpy.array(compound_table.fingerprint(Path(word_list) if word_list else None)),
        files=numpy.array("\n".join(files)), code=numpy.array(content_fingerprint(files)))
    return len(rows)


def stored(path: Path | None = None) -> dict | None:
    """The shipped table's arrays, or None when it is missing or damaged."""
    import numpy

    from duidelijk.datacache import DAMAGED

    try:
        with numpy.load(path or PATH, allow_pickle=False) as data:
            return {key: data[key] for key in data.files}
    except DAMAGED:
        return None


def is_current(arrays: dict) -> bool:
    """Was the table made from the data and the code (the recorded files) this process reads?"""
    from duidelijk import dictionary
    from duidelijk.compound_table import _remembered_fingerprint

    word_list = dictionary.word_list_path()
    return (str(arrays["code"]) == _remembered_code(str(arrays["files"]))
            and str(arrays["fingerprint"]) == _remembered_fingerprint(Path(word_list) if word_list else None))


def _remembered_code(files: str) -> str:
    """``content_fingerprint`` of the recorded files (one name a line), kept per user in the
    data cache (named after each file's path, size and modification time): hashing them
    (3 MB, most of it LiNT-II's nouns and SUBTLEX-NL) takes about 8 ms."""
    from duidelijk import datacache

    names = files.split("\n") if files else []
    sources = [located(name) for name in names] + [Path(__file__)]
    stored = datacache.load_lists("verdict-code-fingerprint", sources)  # (None when a file is missing)
    found = stored.get(files) if stored is not None else None
    if found and len(found) == 1 and len(found[0]) == 64:
        return found[0]
    made = content_fingerprint(names)
    datacache.store_lists("verdict-code-fingerprint", sources, {files: [made]})
    return made


CACHED = "verdict-table"  # its name in the data cache
SHIPPED_KEYS = frozenset({"words", "starts", "lemmas", "lemma_ends", "pos", "scores", "settings", "fingerprint",
                          "files", "code"})


def _arrays() -> dict | None:
    """The shipped table's arrays, kept per user in the data cache (``datacache``: named
    after the table file's path, size and modification time and this module's),
    uncompressed there with a hash index of its words and mapped into memory: unpacking the
    shipped file takes about 12 ms, a look-up by halves 3 us against 0.8 through the index.
    None when the table is missing or damaged."""
    from duidelijk import datacache
    from duidelijk.compound_table import INDEX_ENDS, INDEX_SLOTS
    from duidelijk.lexicon import hash_index

    sources = [PATH, Path(__file__)]
    found = datacache.load(CACHED, sources)
    if found is not None and SHIPPED_KEYS | {INDEX_SLOTS, INDEX_ENDS} <= found.keys():
        return found
    arrays = stored()
    if arrays is not None and SHIPPED_KEYS <= arrays.keys() and datacache.cache_dir() is not None:
        arrays[INDEX_SLOTS], arrays[INDEX_ENDS] = hash_index(arrays["words"].tobytes(), len(arrays["scores"]))
        datacache.store(CACHED, sources, arrays)
    return arrays


def _read(arrays: dict) -> Verdicts:
    from duidelijk.compound_table import _items, _word_table

    scores = _items(arrays["scores"], "d")
    pos = arrays["pos"].tobytes()
    lemma_ends = _items(arrays["lemma_ends"], "q")
    if not (len(pos) == len(lemma_ends) == len(scores)):
        raise ValueError("a damaged table")
    return Verdicts(_word_table(arrays, "", len(scores)), arrays["lemmas"].tobytes(), lemma_ends, pos, scores)


@cache
def verdicts_for(settings: str) -> Verdicts | None:
    """The shipped verdicts if they were made with these settings (``settings_key``) and
    from the data and code of this process, else None: every word is judged live."""
    from duidelijk.datacache import DAMAGED

    try:
        arrays = _arrays()
        if arrays is None or str(arrays["settings"]) != settings or not is_current(arrays):
            return None
        return _read(arrays)
    except DAMAGED:
        return None


if __name__ == "__main__":
    if sys.argv[1:2] == ["--readings"]:
        Path(sys.argv[2]).write_text(json.dumps(readings(domain())), encoding="utf-8")
    else:
        print(f"{build()} verdicts written to {PATH}")
