"""The compound parts of wordfreq's Dutch words, worked out in advance and shipped.

Splitting a compound (``dictionary.compound_parts``) tries every substring of a word
against the word lists: about a millisecond the first time a process meets a word. For the
plain words of wordfreq's Dutch list of at least ``MIN_LENGTH`` letters (nine in ten of the
long words of a letter) the answer is in ``data/compound_parts.npz``, made by

    python3 -m duidelijk.compound_table

with the words sorted in one UTF-8 text (a line per word, only the words that split), their
parts in another (joined by spaces), and two fingerprints: of the data files the split reads
(the OpenTaal word list and wordfreq's Dutch list) and of the split's code (the modules in
``CODE``). A process whose files differ (another version of hunspell-nl or wordfreq, no word
list, ``DUIDELIJK_OPENTAAL``) or whose code differs does not use the table and splits every
word itself, so a stale table never gives other parts than the live split; it only makes
the words slower. tests/test_compound_table.py fails while the table was made by other code
(make it again), and compares the table with the live split on a sample of words (which also
catches a change in a module outside ``CODE`` that the split may come to read).

The same file holds the lemma sums (``LemmaSums``): the frequency of a lemma summed over its
forms, written (wordfreq, ``dictionary.live_lemma_zipf``) and spoken (SUBTLEX-NL,
``subtlex.live_spoken_lemma_zipf``), for every plain word of wordfreq's Dutch list as a noun,
a verb (words ending in n) and an adjective: a sum takes a look-up per form and, for a verb,
working out its forms and whether it is separable. Only the sums that count more than the
lemma's own form are stored (written ones exactly, spoken ones in hundredths, as rounded);
SUBTLEX-NL is part of the data fingerprint, ``subtlex.py`` of the code fingerprint.
"""

from __future__ import annotations

import hashlib
import math
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path

# imported here: an import statement in parts(), in_sum_domain() and the sums took about a
# microsecond at each of some 10,000 calls in a first pass over speed.py's varied texts
from duidelijk import lexicon, subtlex

PATH = Path(__file__).resolve().parent / "data" / "compound_parts.npz"
MIN_LENGTH = 6


# the split and the sums (dictionary.live_compound_parts, live_lemma_zipf; a verb's forms: verbs.verb_forms)
CODE = ("dictionary.py", "verbs.py", "lexicon.py", "subtlex.py")


def code_fingerprint() -> str:
    """The content of the split's code (``CODE``; line ends as in a Unix checkout)."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in CODE:
        h.update(name.encode() + b":" + hashlib.sha256((here / name).read_bytes().replace(b"\r\n", b"\n")).digest())
    return h.hexdigest()


def stored_fingerprints(path: Path | None = None) -> tuple[str, str] | None:
    """The (data, code) fingerprints the table at ``path`` (the shipped one) was made with,
    or None when it is missing, damaged or from before code fingerprints."""
    import numpy

    from duidelijk.datacache import DAMAGED

    try:
        with numpy.load(path or PATH, allow_pickle=False) as data:
            return str(data["fingerprint"]), str(data["code"])
    except DAMAGED:
        return None


def data_files(word_list: Path | None) -> tuple:
    """The data the tables read besides duidelijk's code: the word list, wordfreq's Dutch list,
    its English list (DD104's verdicts on English words: ``difficult_words.english_word``) and
    SUBTLEX-NL."""
    from duidelijk import subtlex
    from duidelijk.lexicon import _wordfreq_file

    return (word_list, _wordfreq_file("nl"), _wordfreq_file("en"), subtlex._path())


def fingerprint(word_list: Path | None) -> str:
    """The content of ``data_files``."""
    return _content_hash(data_files(word_list))


def _remembered_fingerprint(word_list: Path | None) -> str:
    """``fingerprint``, kept per user in the data cache (``datacache``: named after each
    file's path, size and modification time, as the word tables there): hashing the content of
    ``data_files`` takes about 7 ms at every start that opens the table."""
    from duidelijk import datacache

    paths = data_files(word_list)
    if None in paths:
        return fingerprint(word_list)
    sources = [*paths, Path(__file__)]
    stored = datacache.load_lists("compound-fingerprint", sources)
    found = stored.get("fingerprint") if stored is not None else None
    if found and len(found) == 1 and len(found[0]) == 64:
        return found[0]
    made = fingerprint(word_list)
    datacache.store_lists("compound-fingerprint", sources, {"fingerprint": [made]})
    return made


def _content_hash(paths) -> str:
    h = hashlib.sha256()
    for path in paths:
        if path is None:
            h.update(b"none;")
            continue
        try:
            h.update(hashlib.sha256(Path(path).read_bytes()).digest())
        except OSError:
            h.update(b"missing;")
    return h.hexdigest()


class CompoundTable:
    """Word -> parts for the words in the table's domain (see ``parts``)."""

    def __init__(self, index, values: bytes, ends: Sequence[int]):
        self._index = index  # word -> its place (``lexicon.FrequencyTable`` over range(n))
        self._values = values
        self._ends = ends  # the end of each word's parts in ``values``

    def parts(self, w: str) -> tuple[str, ...] | None:
        """The parts of the lower-case ``w``; () when it is no compound; None when the table
        does not know (not a plain word of wordfreq's list of ``MIN_LENGTH`` letters or more)."""
        if len(w) < MIN_LENGTH or not lexicon._PLAIN.fullmatch(w) or not lexicon.dutch_table().contains(w):
            return None
        i = self._index.get(w)
        if i is None:
            return ()
        return tuple(lexicon.unpacked(self._values, self._ends, i).split(" "))


@cache
def _expected(word_list: str | None) -> tuple[str, str]:
    """The (data, code) fingerprints of the files and the code this process reads: worked out
    once for both readers of the table (``table_for``, ``sums_for``), not hashed twice."""
    return _remembered_fingerprint(Path(word_list) if word_list else None), code_fingerprint()


def _open_if_current(word_list: str | None, read):
    """``read`` of the open shipped table if it was made from the files and the code this
    process reads, else None (also when it is cut off or damaged)."""
    from duidelijk.datacache import DAMAGED

    try:
        data = _arrays()
        if (str(data["fingerprint"]), str(data["code"])) != _expected(word_list):
            return None
        return read(data)
    except DAMAGED:
        return None


def _arrays() -> dict:
    """The arrays of the shipped table (``PATH``), read once and kept per user in the data
    cache (``datacache``: named after the table file's path, size and modification time and
    this module's), uncompressed there and mapped into memory: the shipped file is compressed
    (2 MB instead of 9), and unpacking the parts and the sums took about 25 ms at every start
    that opens them. The cached copy holds the same arrays, so the fingerprints are checked
    as before. Raises what reading a damaged file raises (``datacache.DAMAGED``). Once per
    process for both readers (``table_for``, ``sums_for``): per table file (its path, size and
    modification time) and data cache folder."""
    from duidelijk import datacache

    try:
        found = PATH.stat()
        key = (str(PATH), found.st_size, found.st_mtime_ns)
    except OSError:
        key = (str(PATH), None, None)  # missing: ``numpy.load`` says so (not kept: it raises)
    return _arrays_of(key, datacache.cache_dir())


@cache
def _arrays_of(file: tuple, cache_dir: Path | None) -> dict:
    """``_arrays`` for the table file that ``file`` names (path, size, modification time)
    and the data cache folder ``cache_dir``."""
    import numpy

    from duidelijk import datacache

    path = Path(file[0])
    sources = [path, Path(__file__)]
    found = datacache.load(CACHED, sources)
    if found is not None and CACHED_KEYS <= found.keys():
        return found
    with numpy.load(path, allow_pickle=False) as data:
        arrays = {key: data[key] for key in data.files}
    if SHIPPED_KEYS <= arrays.keys() and cache_dir is not None:  # else checked, not kept
        from duidelijk.lexicon import hash_index

        # with a hash index per word table (``lexicon.hash_index``), made once per user
        for prefix, count in [("", len(arrays["ends"]))] + [
                (f"sums_{kind}_", len(arrays.get(f"sums_{kind}_written", ()))) for kind in sorted(set(SUM_KINDS.values()))]:
            if prefix + "words" in arrays:
                arrays[prefix + INDEX_SLOTS], arrays[prefix + INDEX_ENDS] = hash_index(arrays[prefix + "words"].tobytes(), count)
        datacache.store(CACHED, sources, arrays)
    return arrays


CACHED = "compound-table"  # its name in the data cache
INDEX_SLOTS, INDEX_ENDS = "index_slots", "index_ends"  # the hash index of a word table in the cached copy
# the arrays every reader needs; a cached copy without them is read again from the file
SHIPPED_KEYS = frozenset({"fingerprint", "code", "words", "starts", "values", "ends"})
CACHED_KEYS = SHIPPED_KEYS | {INDEX_SLOTS, INDEX_ENDS}


def _word_table(data, prefix: str, count: int):
    """The ``FrequencyTable`` (word -> its place) of the words stored under ``prefix`` in
    ``data``, through their hash index where the cached copy has one (0.8 us a look-up
    against about 3 us by halves, and no block of words cut up at its first look-up)."""
    from duidelijk.lexicon import FrequencyTable

    stored = {"words": data[prefix + "words"], "starts": data[prefix + "starts"]}
    if prefix + INDEX_SLOTS in data and prefix + INDEX_ENDS in data:
        stored["slots"], stored["ends"] = data[prefix + INDEX_SLOTS], data[prefix + INDEX_ENDS]
    return FrequencyTable.from_stored(stored, range(count))


@cache
def table_for(word_list: str | None) -> CompoundTable | None:
    """The shipped table if it was made from the files and the code this process reads, else
    None: every word is split live."""
    def read(data) -> CompoundTable:
        ends = _items(data["ends"], "q")
        return CompoundTable(_word_table(data, "", len(ends)), data["values"].tobytes(), ends)

    return _open_if_current(word_list, read)


# Lemma sums (``dictionary.lemma_zipf``, ``subtlex.spoken_lemma_zipf``): the part of speech
# decides which forms are summed; these three kinds are stored, the others sum one form
SUM_KINDS = {"NOUN": "NOUN", "VERB": "VERB", "AUX": "VERB", "ADJ": "ADJ", "ADV": "ADJ"}
NO_VALUE = -1  # a spoken sum not stored: the lemma's own form alone (see ``LemmaSums``)


def one_form_sum(z: float) -> float:
    """``dictionary.live_lemma_zipf`` of a lemma of which only its own form is counted, with Zipf ``z``."""
    return math.log10(10 ** z) if z > 0 else 0.0


def one_form_spoken(z: float) -> float:
    """``subtlex.spoken_lemma_zipf`` of a lemma of which only its own form is said, with Zipf ``z``."""
    found = one_form_sum(z)
    return round(found, 2) if found > 0 else 0.0


def in_sum_domain(lemma: str, kind: str) -> bool:
    """Does the table answer for this lower-case lemma of this kind: a plain word of wordfreq's
    Dutch list (a verb: ending in n, as infinitives do)?"""
    return (kind != "VERB" or lemma.endswith("n")) and bool(lexicon._PLAIN.fullmatch(lemma)) and \
        lexicon.dutch_table().contains(lemma)


class LemmaSums:
    """Lemma -> its written and spoken Zipf summed over its forms, for the lemmas of the
    table's domain (``in_sum_domain``). Stored per kind only where the sum is not that of
    the lemma's own form alone (one in six nouns, one in three verbs): the others are
    worked out from that form's frequency, one look-up instead of one per form."""

    def __init__(self, kinds: dict[str, tuple]):
        self._kinds = kinds  # kind -> (index: word -> place, written sums (nan: not stored), spoken sums in hundredths)

    def written(self, lemma: str, pos: str) -> float | None:
        """``dictionary.live_lemma_zipf(lemma, pos)`` for a lower-case ``lemma``; None when the table does not know."""
        kind = SUM_KINDS.get(pos)
        if kind is None:
            return None
        index, written, _ = self._kinds[kind]
        i = index.get(lemma)  # only words of the domain are stored
        if i is not None and written[i] == written[i]:  # not nan
            return written[i]
        if i is None and not in_sum_domain(lemma, kind):
            return None
        return one_form_sum(lexicon.zipf(lemma))

    def spoken(self, lemma: str, pos: str) -> float | None:
        """``subtlex.spoken_lemma_zipf(lemma, pos)`` for a lower-case ``lemma``; None when the table does not know."""
        kind = SUM_KINDS.get(pos)
        if kind is None:
            return None
        index, _, spoken = self._kinds[kind]
        i = index.get(lemma)  # only words of the domain are stored
        if i is not None and spoken[i] != NO_VALUE:
            return spoken[i] / 100
        if i is None and not in_sum_domain(lemma, kind):
            return None
        return one_form_spoken(subtlex.spoken_zipf(lemma))


@cache
def sums_for(word_list: str | None) -> LemmaSums | None:
    """The shipped lemma sums if they were made from the files and the code this process
    reads, else None: every sum is worked out live."""
    def read(data) -> LemmaSums:
        kinds = {}
        for kind in sorted(set(SUM_KINDS.values())):
            written = _items(data[f"sums_{kind}_written"], "d")
            spoken = _items(data[f"sums_{kind}_spoken"], "h")
            if len(spoken) != len(written):
                raise ValueError("a damaged table")
            kinds[kind] = (_word_table(data, f"sums_{kind}_", len(written)), written, spoken)
        return LemmaSums(kinds)

    return _open_if_current(word_list, read)


def _items(values, kind: str) -> Sequence:
    """A 1-D numpy array as a sequence of Python numbers (``kind``: "d" float64, "h" int16,
    "q" int64), copied in one go (``array.array``, which pickle takes too), not item by item
    (``tolist`` of the sums took about 10 ms)."""
    from array import array

    import numpy

    dtype = {"d": numpy.float64, "h": numpy.int16, "q": numpy.int64}[kind]
    native = numpy.ascontiguousarray(values, dtype=dtype)  # in this machine's byte order
    if native.ndim != 1:
        raise ValueError("a damaged table")
    return array(kind, native.tobytes())


def domain() -> list[str]:
    """The words the table answers for, sorted: plain words of wordfreq's Dutch list with at
    least ``MIN_LENGTH`` letters."""
    from duidelijk.lexicon import _PLAIN, dutch_table

    return sorted(w for w in dutch_table() if len(w) >= MIN_LENGTH and _PLAIN.fullmatch(w))


def build(path: Path = PATH) -> int:
    """Split every word of the domain with the live split and store the compounds."""
    import numpy

    from duidelijk import dictionary
    from duidelijk.lexicon import FrequencyTable, packed

    word_list = dictionary.word_list_path()
    keys: list[str] = []
    values: list[str] = []
    for n, w in enumerate(domain()):
        parts = dictionary.live_compound_parts(w)
        if len(parts) > 1:
            keys.append(w)
            values.append(" ".join(parts))
        if n % 20_000 == 0:
            print(f"{n} words, {len(keys)} compounds", file=sys.stderr, flush=True)
    text, ends = packed(values)
    path.parent.mkdir(parents=True, exist_ok=True)
    numpy.savez_compressed(
        path, **FrequencyTable(keys, range(len(keys))).to_store(), **_sum_arrays(),
        values=numpy.frombuffer(text, dtype=numpy.uint8), ends=numpy.array(ends, dtype=numpy.int64),
        fingerprint=numpy.array(fingerprint(Path(word_list) if word_list else None)),
        code=numpy.array(code_fingerprint()))
    return len(keys)


def _sum_arrays() -> dict:
    """The lemma sums of every lemma of the domain of each kind that differ from its own
    form's (``LemmaSums``), as arrays."""
    import numpy

    from duidelijk import dictionary, subtlex
    from duidelijk.lexicon import _PLAIN, FrequencyTable, dutch_table

    words = sorted(w for w in dutch_table() if _PLAIN.fullmatch(w))
    arrays = {}
    for kind in sorted(set(SUM_KINDS.values())):
        keys, written, spoken = [], [], []
        for w in words:
            if kind == "VERB" and not w.endswith("n"):
                continue
            value = dictionary.live_lemma_zipf(w, kind)
            said = subtlex.live_spoken_lemma_zipf(w, kind)
            value_stored = value != one_form_sum(dictionary.zipf(w))
            said_stored = said != one_form_spoken(subtlex.spoken_zipf(w))
            if value_stored or said_stored:
                keys.append(w)
                written.append(value if value_stored else math.nan)
                spoken.append(round(said * 100) if said_stored else NO_VALUE)
        print(f"{kind}: {len(keys)} lemma sums", file=sys.stderr, flush=True)
        stored = FrequencyTable(keys, range(len(keys))).to_store()
        arrays[f"sums_{kind}_words"] = stored["words"]
        arrays[f"sums_{kind}_starts"] = stored["starts"]
        arrays[f"sums_{kind}_written"] = numpy.array(written, dtype=numpy.float64)
        arrays[f"sums_{kind}_spoken"] = numpy.array(spoken, dtype=numpy.int16)
    return arrays


if __name__ == "__main__":
    print(f"{build()} compounds written to {PATH}")
