"""DD104's verdicts on the words of wordfreq's Dutch list, worked out in advance and shipped.

DD104 judges each distinct word (form, lemma, part of speech) once per process
(``DifficultWord.word_score``, kept by ``difficult_words._verdicts_for``); on varied text
most words are new to the process, and a new word costs tens of microseconds of the rule's
own Python (its frequency, spoken form, lemma sums, compound parts, the words it is made
from). This table holds that verdict, with the default settings, for the plain words of
wordfreq's Dutch list of at least ``MIN_LETTERS`` letters and a Zipf frequency from
``MIN_ZIPF`` (the bottom of the list) up to ``MAX_ZIPF`` (more common words are passed
over by the verdict's first test), each with the
lemma and part of speech that the pipeline gives the word on its own. It answers only when
the word in the text has exactly that lemma and part of speech (nine in ten of those
words); any other word is judged live. For the words of DD105's length it holds DD105's
verdict on the word by itself too (``LongWord.word_verdict``: a long word or an everyday
word or compound; ``Verdicts.long``), with DD105's default settings. For the words DD104 calls
hard it holds their obstacle too (``difficult_words.hard_part``: the one rare part of a
compound that is the reader's obstacle, or none; ``Verdicts.obstacle``), which depends on the
form and the part of speech only. For a word whose lemma there is not the form itself it
holds DD104's verdict with the form as its lemma too (``Verdicts.get``; ``form_code``): a word
at the start of a sentence or in a heading often gets itself as its lemma ("Gegevens",
"Losse"), and such readings were judged live, about 170 words a pass over speed.py's varied
texts.
The verdicts are made by ``word_score`` and ``word_verdict`` themselves, so the logic stays
in one place:

    python3 -m duidelijk.verdict_table

(two to four minutes: the pipeline reads each word once, in a separate process, then the
verdicts). The table is used only with the settings it was made for (``settings``: DD104's
options and DD105's minimum, the key of ``_verdicts_for``; ``long_settings``: DD105's
options, for its verdicts), the data it was made from (the OpenTaal word
list, wordfreq's list and SUBTLEX-NL: ``compound_table``'s data fingerprint) and the code and
word lists the verdicts read (``files``: every file of duidelijk whose code ran while the
verdicts were made, and every file they opened, recorded at the build; their content is
the code fingerprint). A process where any differs judges every word live, so a stale
table never changes a finding; it only makes the first sight of words slower.
tests/test_verdict_table.py fails while the table is stale (make it again) and compares
the table with ``word_score`` and ``word_verdict`` on a sample of its words.

A process reads the table only after DD104 has judged ``SHIPPED_AFTER`` new words itself:
opening it costs more than the verdicts of a one-page letter.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from duidelijk.lexicon import unpacked

ROOT = Path(__file__).resolve().parent  # the package: the recorded files are named from its parent
PATH = ROOT / "data" / "word_verdicts.npz"
MIN_LETTERS = 4  # DD104's default ``min_length``
# (1.0: every word of the list; from 2.0 up, as before the thirtieth session, a first pass over
# speed.py's varied texts judged 271 words live for their Zipf under 2, about 30 ms, of which the
# wider table answers 232; it opens in about as little time, 6-10 ms in a pass. 5.2: the
# loanword bar plus the largest spoken penalty, ``word_score``'s first pass-over)
MIN_ZIPF, MAX_ZIPF = 1.0, 5.2
# new words a process judges itself before it opens the table: a one-page letter judges
# about a hundred (examples/wmo-besluit.txt 91) and stays live; opening takes about 20 ms, the
# verdicts of a hundred new words about as long (300 made a folder of letters judge 200 more
# words live than it needed: about 0.1 s of DD104's 0.8 s on speed.py's varied texts)
SHIPPED_AFTER = 120
POS_CODES = ("NOUN", "VERB", "ADJ", "ADV", "X")  # the parts of speech DD104 judges (``CONTENT_POS`` and foreign words)
MISSING = object()  # ``Verdicts.get``: the table does not know this word
NOT_ASKED = 2  # DD105's verdict (0 everyday, 1 long) of a word shorter than its minimum: not asked
# ``Verdicts.obstacle`` per place: not asked (a word DD104 does not call hard by itself), no
# obstacle, or one (in ``obstacle_rows`` / ``obstacle_words``)
OBSTACLE_NOT_ASKED, NO_OBSTACLE, AN_OBSTACLE = 0, 1, 2
# ``Verdicts.get`` of a word read with its form as its lemma, per place (``form_code``): not
# held (the row's lemma is the form, or a table without this column), the row's own score, or
# another one (in ``form_rows`` / ``form_scores``)
FORM_NOT_HELD, FORM_SAME, FORM_OTHER = 0, 1, 2


class Verdicts:
    """(form, lemma, part of speech) -> DD104's verdict (and DD105's, ``long``), for the
    words the table holds."""

    def __init__(self, index, lemmas: bytes, lemma_ends, pos, scores, long: bytes = b"",
                 obstacles: tuple[bytes, Sequence[int], bytes, Sequence[int]] = (b"", (), b"", ()),
                 form_scores: tuple[bytes, Sequence[int], Sequence[float]] = (b"", (), ())):
        self._index = index  # form -> its place (``lexicon.FrequencyTable`` over range(n))
        self._lemmas, self._lemma_ends = lemmas, lemma_ends  # the lemma where it is not the form itself
        self._pos, self._scores = pos, scores
        self._long = long  # DD105's verdict per place: ``LONG_CODES``
        # DD104's obstacle per place (``OBSTACLE_NOT_ASKED`` ...), and for the places with one,
        # in order, the place and the obstacle's words (packed: one line each, "," between words)
        self._obstacle, self._obstacle_rows, self._obstacle_words, self._obstacle_ends = obstacles
        # DD104's score with the form as the lemma per place (``FORM_NOT_HELD`` ...), and for the
        # places where it differs from the row's own, in order, the place and the score
        self._form_code, self._form_rows, self._form_scores = form_scores

    def _place(self, low: str, lemma: str, pos: str, same) -> int | None:
        """The place of this reading of a word, or None: the form and part of speech as
        stored, and a lemma that ``same`` (of the lemma in the text) gives as of the stored
        lemma. ``same``: what of the lemma the verdict reads (``lemma_key``)."""
        i = self._index.get(low)
        if i is None or POS_CODES[self._pos[i]] != pos:
            return None
        # (``unpacked`` imported with the module: an import statement here cost about half a
        # microsecond at each of some 6,000 words DD104 and DD105 look up a pass)
        stored = unpacked(self._lemmas, self._lemma_ends, i) or low
        return i if stored == lemma or same(stored) == same(lemma) else None

    def get(self, low: str, lemma: str, pos: str):
        """The score (None: not hard by itself) or ``MISSING``. The row of a word answers for
        every lemma that is its lemma in lower case without "_" ("Wonen", "wonen"): that is
        all of the lemma ``word_score`` reads (``difficult_words._plain_lemma``), except in a
        lemma with "_" ("aan_grenzen"), which ``word_score``'s test of a present participle
        reads as it is ("aangrenzende"): such a word is judged live."""
        if "_" in lemma:
            return MISSING
        i = self._place(low, lemma, pos, _plain_lemma())
        if i is None:
            return self._form_lemma_score(low, lemma, pos)
        score = self._scores[i]
        return None if math.isnan(score) else score

    def _form_lemma_score(self, low: str, lemma: str, pos: str):
        """``get`` of a reading with the form itself as its lemma, in any capitals ("Gegevens"
        of "gegevens"), where the row's lemma is another: the score held for that reading, or
        ``MISSING``. Not a lemma with "_" ("aan_vallende"), which ``_plain_lemma`` drops but
        ``word_score``'s test of a present participle reads."""
        i = self._index.get(low)
        if i is None or i >= len(self._form_code) or POS_CODES[self._pos[i]] != pos or lemma.lower() != low:
            return MISSING
        code = self._form_code[i]
        if code == FORM_SAME:
            score = self._scores[i]
        elif code == FORM_OTHER:
            k = _row_place(self._form_rows, i)
            if k is None:
                return MISSING  # (a damaged table: judged live)
            score = self._form_scores[k]
        else:
            return MISSING
        return None if math.isnan(score) else score

    def long(self, low: str, lemma: str, pos: str):
        """DD105's ``LongWord.word_verdict`` (True: a long word by itself) or ``MISSING``; the
        row answers for every lemma that is its lemma in lower case (all of the lemma
        ``word_verdict`` reads)."""
        i = self._place(low, lemma, pos, str.lower)
        if i is None or i >= len(self._long) or self._long[i] == NOT_ASKED:
            return MISSING
        return self._long[i] == 1

    def obstacle(self, low: str, pos: str):
        """DD104's ``hard_part`` of a hard word (the form and part of speech as stored, for
        every lemma: ``hard_part`` reads none) as a frozenset, or ``MISSING``."""
        i = self._index.get(low)
        if i is None or i >= len(self._obstacle) or POS_CODES[self._pos[i]] != pos:
            return MISSING
        code = self._obstacle[i]
        if code == NO_OBSTACLE:
            return frozenset()
        if code != AN_OBSTACLE:
            return MISSING
        k = _row_place(self._obstacle_rows, i)
        if k is None:
            return MISSING  # (a damaged table: judged live)
        return frozenset(unpacked(self._obstacle_words, self._obstacle_ends, k).split(","))


def _row_place(rows: Sequence[int], i: int) -> int | None:
    """The place of row ``i`` among ``rows`` (in order: the rows a sparse column holds), or None."""
    k = bisect.bisect_left(rows, i)
    return k if k < len(rows) and rows[k] == i else None


@cache
def _plain_lemma():
    """``difficult_words._plain_lemma``: a lemma in lower case without "_" (imported at the
    first look-up: the rule imports this module)."""
    from duidelijk.rules.difficult_words import _plain_lemma as plain

    return plain


def _rule():
    """DD104 with the settings of a default check, and DD105's minimum when it is on."""
    from duidelijk.config import Config
    from duidelijk.rules.difficult_words import DifficultWord
    from duidelijk.rules.long_words import LongWord

    config = Config()
    rule = DifficultWord(config.options_for("DD104"))
    long_words = None
    if config.enabled("DD105", "long-word"):
        long_words = LongWord.options_in(config)["min_letters"]
    return rule, long_words


def _long_rule():
    """DD105 with the settings of a default check, or None when it is off."""
    from duidelijk.config import Config
    from duidelijk.rules.long_words import LongWord

    config = Config()
    return LongWord(config.options_for("DD105")) if config.enabled("DD105", "long-word") else None


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
    """The words the table is made for, sorted (see the module text): with DD105's
    default minimum of letters, from the bottom of the list."""
    from duidelijk.lexicon import _PLAIN, dutch_table, zipf
    from duidelijk.rules.long_words import LongWord

    long = LongWord.settings["min_letters"]
    return sorted(w for w in dutch_table() if len(w) >= MIN_LETTERS and w.isalpha() and _PLAIN.fullmatch(w)
                  and (MIN_ZIPF <= zipf(w) or len(w) >= long) and zipf(w) < MAX_ZIPF)


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

    from duidelijk.lexicon import letter_count

    rule, long_words = _rule()
    long_rule = _long_rule()
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
        # DD104's obstacle of each hard word, as its check asks it (``DifficultWord.obstacle``;
        # one that a line of the table cannot hold is left to the check)
        part_verdicts: dict[str, bool] = {}
        obstacles = [None if score is None else rule.obstacle(form, pos, part_verdicts)
                     for (form, _, pos), score in zip(rows, scores)]
        obstacles = [None if found is None or any("," in w or "\n" in w or not w for w in found) else found
                     for found in obstacles]
        form_scores = _form_lemma_scores(rule, long_words, rows, scores)
        # DD105's verdict on the words it asks about (as long as its minimum; not foreign
        # words, which it passes over)
        long = [NOT_ASKED if long_rule is None or pos == "X" or letter_count(form) < long_rule.options["min_letters"]
                else int(long_rule.word_verdict(form, lemma, pos)) for form, lemma, pos in rows]
    finally:
        sys.setprofile(None)
    # the code that ran (this module's own loop aside: it only chose the words) and the files
    # opened, in the package and its word lists (the data beside them: ``compound_table.fingerprint``)
    recorded = {_relative(f) for f in ran | opened} - {_relative(__file__)}
    files = sorted(f for f in recorded if f and "__pycache__" not in f and not f.endswith(".npz"))
    word_list = dictionary.word_list_path()
    forms = [form for form, _, _ in rows]
    lemmas, lemma_ends = packed([lemma if lemma != form else "" for form, lemma, _ in rows])
    obstacle_rows = [i for i, found in enumerate(obstacles) if found]
    obstacle_words, obstacle_ends = packed([",".join(sorted(obstacles[i])) for i in obstacle_rows])
    path.parent.mkdir(parents=True, exist_ok=True)
    numpy.savez_compressed(
        path, **FrequencyTable(forms, range(len(forms))).to_store(),
        lemmas=numpy.frombuffer(lemmas, dtype=numpy.uint8), lemma_ends=numpy.array(lemma_ends, dtype=numpy.int64),
        pos=numpy.array([POS_CODES.index(pos) for _, _, pos in rows], dtype=numpy.uint8),
        scores=numpy.array([math.nan if s is None else s for s in scores], dtype=numpy.float64),
        long=numpy.array(long, dtype=numpy.uint8),
        obstacle=numpy.array([OBSTACLE_NOT_ASKED if found is None else AN_OBSTACLE if found else NO_OBSTACLE
                              for found in obstacles], dtype=numpy.uint8),
        obstacle_rows=numpy.array(obstacle_rows, dtype=numpy.int64),
        obstacle_words=numpy.frombuffer(obstacle_words, dtype=numpy.uint8),
        obstacle_ends=numpy.array(obstacle_ends, dtype=numpy.int64),
        **_form_arrays(form_scores, scores),
        settings=numpy.array(settings_key(rule.options, long_words)),
        long_settings=numpy.array(long_words_key(long_rule.options) if long_rule else ""),
        fingerprint=numpy.array(compound_table.fingerprint(Path(word_list) if word_list else None)),
        files=numpy.array("\n".join(files)), code=numpy.array(content_fingerprint(files)))
    return len(rows)


def _form_lemma_scores(rule, long_words, rows: list, scores: list) -> list:
    """DD104's score of each reading with its form as its lemma, where its lemma is another
    (``NOT_HELD`` where it is the form: ``scores`` holds that reading)."""
    plain = _plain_lemma()
    return [NOT_HELD if plain(lemma) == form else rule.word_score(form, form, pos, long_words)
            for form, lemma, pos in rows]


NOT_HELD = object()  # ``_form_lemma_scores``: the row's own reading has the form as its lemma


def _form_arrays(form_scores: list, scores: list) -> dict:
    """The arrays of ``Verdicts._form_lemma_score``: a code per row (``FORM_NOT_HELD`` ...), and
    the rows whose score differs from their own with that score (NaN: not hard)."""
    import numpy

    codes, rows, other = [], [], []
    for i, (found, own) in enumerate(zip(form_scores, scores)):
        if found is NOT_HELD:
            codes.append(FORM_NOT_HELD)
        elif found == own:  # (None for None: not hard either way)
            codes.append(FORM_SAME)
        else:
            codes.append(FORM_OTHER)
            rows.append(i)
            other.append(math.nan if found is None else found)
    return {"form_code": numpy.array(codes, dtype=numpy.uint8), "form_rows": numpy.array(rows, dtype=numpy.int64),
            "form_scores": numpy.array(other, dtype=numpy.float64)}


FORM_KEYS = frozenset({"form_code", "form_rows", "form_scores"})  # (a table made before them has none)


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
SHIPPED_KEYS = frozenset({"words", "starts", "lemmas", "lemma_ends", "pos", "scores", "long", "obstacle",
                          "obstacle_rows", "obstacle_words", "obstacle_ends", "settings",
                          "long_settings", "fingerprint", "files", "code"})


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


def _numbers(values, kind: str):
    """A 1-D array as a sequence of Python numbers: a view of it where it is in this
    machine's byte order (the mapped copy in the data cache: nothing copied), else a copy
    (``compound_table._items``)."""
    import numpy

    from duidelijk.compound_table import _items

    if values.ndim == 1 and values.dtype == {"d": numpy.float64, "q": numpy.int64}[kind] and values.dtype.isnative \
            and values.flags.c_contiguous:
        return memoryview(values).cast("B").cast(kind)
    return _items(values, kind)


def _read(arrays: dict) -> Verdicts:
    from duidelijk.compound_table import _word_table

    scores = _numbers(arrays["scores"], "d")
    pos = arrays["pos"].tobytes()
    lemma_ends = _numbers(arrays["lemma_ends"], "q")
    long = arrays["long"].tobytes()
    obstacle = arrays["obstacle"].tobytes()
    obstacle_rows, obstacle_ends = _numbers(arrays["obstacle_rows"], "q"), _numbers(arrays["obstacle_ends"], "q")
    if not (len(pos) == len(lemma_ends) == len(scores) == len(long) == len(obstacle)) \
            or len(obstacle_rows) != len(obstacle_ends):
        raise ValueError("a damaged table")
    form = (b"", (), ())
    if FORM_KEYS <= arrays.keys():
        form = (arrays["form_code"].tobytes(), _numbers(arrays["form_rows"], "q"), _numbers(arrays["form_scores"], "d"))
        if len(form[0]) != len(scores) or len(form[1]) != len(form[2]):
            raise ValueError("a damaged table")
    return Verdicts(_word_table(arrays, "", len(scores)), arrays["lemmas"].tobytes(), lemma_ends, pos, scores, long,
                    (obstacle, obstacle_rows, arrays["obstacle_words"].tobytes(), obstacle_ends), form)


@cache
def _table() -> tuple[str, str, Verdicts] | None:
    """The shipped table, opened once per process: (DD104's settings, DD105's settings, its
    verdicts) if it was made from the data and code of this process, else None."""
    from duidelijk.datacache import DAMAGED

    try:
        arrays = _arrays()
        if arrays is None or not SHIPPED_KEYS <= arrays.keys() or not is_current(arrays):
            return None
        return str(arrays["settings"]), str(arrays["long_settings"]), _read(arrays)
    except DAMAGED:
        return None


@cache
def verdicts_for(settings: str) -> Verdicts | None:
    """The shipped verdicts if they were made with these settings (``settings_key``) and
    from the data and code of this process, else None: every word is judged live."""
    table = _table()
    return table[2] if table is not None and table[0] == settings else None


@cache
def long_verdicts_for(settings: str) -> Verdicts | None:
    """The same for DD105's verdicts (``Verdicts.long``), by DD105's settings
    (``long_words_key``)."""
    table = _table()
    return table[2] if table is not None and table[1] == settings else None


def long_words_key(options: dict) -> str:
    """The key of DD105's settings (``long_words.settings_key``)."""
    from duidelijk.rules.long_words import settings_key

    return settings_key(options)


def forget() -> None:
    """Open the table again at the next question (tests: after a change of the file)."""
    for cached in (_table, verdicts_for, long_verdicts_for):
        cached.cache_clear()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--readings"]:
        Path(sys.argv[2]).write_text(json.dumps(readings(domain())), encoding="utf-8")
    else:
        print(f"{build()} verdicts written to {PATH}")
