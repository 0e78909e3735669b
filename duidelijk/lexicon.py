"""Word frequency (wordfreq, Zipf scale) for Dutch.

These are per-word facts that rules and metrics share. Each is worked out once per
distinct lower-case form per process (bounded caches), whichever rule or metric asks first.

A plain word (only lower-case letters, accents included: the bulk of a letter) is looked up in wordfreq's Dutch
list read straight from its data file, with the same numbers ``wordfreq.zipf_frequency``
gives (tests/test_lexicon_table.py compares them). Any other word ("heer/mevrouw",
"auto's", "bz/2026/04471") is cut into wordfreq's tokens here (``_tokens``, the rules of
wordfreq's tokenizer for the characters of Dutch text) and combined as wordfreq combines
them, numbers with wordfreq's own estimates (its ``numbers.py``, loaded from the file); only a
word with a character ``_tokens`` does not know goes to wordfreq's tokenizer, which imports
wordfreq (about half a second) then.
"""

from __future__ import annotations

import math
import bisect
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from pathlib import Path

_PLAIN = re.compile(r"[a-zà-öø-ÿ]+")
# how wordfreq's tokenizer (Unicode word boundaries, UAX #29) treats the characters of a
# lower-case word; tests/test_lexicon_table.py compares the result with wordfreq on real and
# mixed strings. Letters, digits and "_" make words; "." ":" "'" join two letters ("d.w.z",
# "auto's") and "." "," ";" "'" two digits ("3.000", "1,5"); the characters below and spaces
# end a word and are dropped; anything else goes to wordfreq itself.
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz" + "".join(map(chr, range(0xE0, 0x100)))) - {"\u00f7"}
_DIGITS = frozenset("0123456789")
_WORD_CHARS = _LETTERS | _DIGITS | {"_"}
# wordfreq splits "l'avis" and "d'heure" ("l'", "avis": one or two letters, "'", one of these)
_ELISION_VOWELS = frozenset("aehiouyáéíóúàèìòùâêîôûåïöœ")
_DROPPED = frozenset("/<>=\"|()[]{},;:.'!?*+&#%~^`$\\\u2013\u2014\u2026\u20ac-")


def _tokens(word: str) -> list[str] | None:
    """wordfreq's tokens of a lower-case word ("heer/mevrouw" -> "heer", "mevrouw"; "dat:</p"
    -> "dat", "p"; "bz/2026/04471" -> "bz", "2026", "04471"), or None for a word with a
    character this does not know, which goes to wordfreq itself."""
    tokens: list[str] = []
    start = -1  # where the current token starts
    last = len(word) - 1
    for k, c in enumerate(word):
        if c in _WORD_CHARS:
            if start < 0:
                start = k
            continue
        if start >= 0 and k < last:
            before, after = word[k - 1], word[k + 1]
            if c in ".:'" and before in _LETTERS and after in _LETTERS:
                if c == "'" and k - start <= 2 and after in _ELISION_VOWELS:
                    return None  # "l'avis": wordfreq splits off an elided article
                continue
            if c in ".,;'" and before in _DIGITS and after in _DIGITS:
                continue
        if c == "@":
            if k < last and word[k + 1] in _WORD_CHARS and word[k + 1] != "s":
                pass  # "naam@gemeente": ends the word
            else:
                return None  # "@" or "@s" may belong to the word before it
        elif c not in _DROPPED and not c.isspace():
            return None
        if start >= 0:
            tokens.append(word[start:k])
            start = -1
    if start >= 0:
        tokens.append(word[start:])
    return tokens


@cache
def _numbers():
    """wordfreq's estimates for numbers (``wordfreq/numbers.py``: ``smash_numbers``,
    ``digit_freq``), loaded from its file without importing wordfreq itself, whose start
    loads language data a check does not need (about half a second)."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    path = Path(next(iter(spec.submodule_search_locations or []))) / "numbers.py"
    module_spec = importlib.util.spec_from_file_location("duidelijk._wordfreq_numbers", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


@cache
def _ascii_numbers():
    """``_numbers`` for a token of ASCII characters only: wordfreq's ``numbers.py`` run with
    Python's own ``re`` in place of the ``regex`` module it imports. Its patterns (``\\d``,
    ``\\d[\\d.,]+``, ``\\d+``) match the same characters of such a token in both modules (they
    differ only in which other scripts' digits their Unicode tables hold), and importing
    ``regex`` took 20-35 ms, once per process: the largest single step of a first pass over
    speed.py's varied texts (tests/test_speed29.py compares both on numbers of all kinds).
    The module itself (``_numbers``) when the file no longer imports ``regex`` as expected."""
    import importlib.util
    import types

    spec = importlib.util.find_spec("wordfreq")
    path = Path(next(iter(spec.submodule_search_locations or []))) / "numbers.py"
    source = "\n" + path.read_text(encoding="utf-8")  # (its first line is the import)
    if source.count("\nimport regex\n") != 1:
        return _numbers()
    module = types.ModuleType("duidelijk._wordfreq_numbers_ascii")
    module.__file__ = str(path)
    exec(compile(source.replace("\nimport regex\n", "\nimport re as regex\n"), str(path), "exec"), module.__dict__)
    return module


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of a Dutch word (0 = unknown, 3 = rare, 5+ = very common)."""
    word = word.lower()
    if _PLAIN.fullmatch(word):
        index = dutch_table().get(word)
        return 0.0 if index is None else _bucket_zipf(index)
    tokens = _tokens(word)
    if tokens is None:
        from wordfreq.tokens import lossy_tokenize

        tokens = lossy_tokenize(word, "nl")
    return _combined_zipf(tokens)


def _combined_zipf(tokens: list[str]) -> float:
    """What ``wordfreq.zipf_frequency`` makes of a word with these tokens, with the words'
    frequencies from the table above (wordfreq would load its own copy of the list: about
    half a second): 0 when one is missing, else 1 / sum(1 / frequency), a number counted
    with the others of its length times wordfreq's estimate for that number."""
    if not tokens:
        return 0.0  # no word in it at all ("<", "|")
    table = dutch_table()
    if len(tokens) == 1 and tokens[0].isalpha():
        index = table.get(tokens[0])
        return 0.0 if index is None else _bucket_zipf(index)
    one_over = 0.0
    for token in tokens:
        smashed = token
        if any(c in _DIGITS for c in token):
            numbers = _ascii_numbers() if token.isascii() else _numbers()
            smashed = numbers.smash_numbers(token)  # "2024" -> "0000": one entry for all numbers of a length
        index = table.get(smashed)
        if index is None:
            return 0.0
        freq = _bucket_freq(index)
        if smashed != token:
            freq *= numbers.digit_freq(token)
        one_over += 1.0 / freq
    return _rounded_zipf(1.0 / one_over)


@lru_cache(maxsize=200_000)
def letter_count(word: str) -> int:
    """The letters in a word (``str.isalpha``), once per distinct word."""
    return sum(c.isalpha() for c in word)


def _wordfreq_file(lang: str) -> Path:
    """wordfreq's list for ``lang`` ("best": the large list if there is one), found without
    importing wordfreq (its import loads tokenizers that a check does not need)."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    data_dir = Path(next(iter(spec.submodule_search_locations or []))) / "data"
    path = data_dir / f"large_{lang}.msgpack.gz"
    return path if path.exists() else data_dir / f"small_{lang}.msgpack.gz"


def _buckets(lang: str) -> Iterator[list[str]]:
    """The word lists of wordfreq's "cBpack" file, most frequent first, read as needed."""
    import gzip

    import msgpack

    with gzip.open(_wordfreq_file(lang), "rb") as handle:
        unpacker = msgpack.Unpacker(handle, raw=False)
        count = unpacker.read_array_header()
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"unexpected wordfreq data header: {header!r}")
        for _ in range(count - 1):
            yield unpacker.unpack()


_MULTI_DIGIT = re.compile(r"\d[\d.,]+")


@lru_cache(maxsize=16)
def top_words(lang: str, n: int) -> tuple[str, ...]:
    """The ``n`` most frequent words of a language: ``wordfreq.top_n_list(lang, n)``, read
    from the start of its file only (not the whole list of every language)."""
    from duidelijk import datacache

    source = [_wordfreq_file(lang), Path(__file__)]  # this file: how the table is made
    stored = datacache.load_lists(f"wordfreq-top-{lang}-{n}", source)  # read before, per user
    if stored is not None:
        return tuple(stored["words"])
    out: list[str] = []
    for bucket in _buckets(lang):
        for word in bucket:
            if not _MULTI_DIGIT.match(word):
                out.append(word)
                if len(out) >= n:
                    break
        if len(out) >= n:
            break
    datacache.store_lists(f"wordfreq-top-{lang}-{n}", source, {"words": out})
    return tuple(out)


class FrequencyTable:
    """wordfreq's Dutch words, each with its bucket (a read-only mapping: ``get``, ``in``).

    A one-page letter looks up a few thousand words; a folder of letters millions. So the
    table starts as the sorted words in one UTF-8 text (as the per-user store keeps them,
    not cut into 300,000 strings at the start) with the first word of every ``BLOCK``
    words: a look-up finds its block by halves among those, cuts only that block into words
    (once) and searches it by halves. UTF-8 keeps the code point order, so this is the
    order of the words. After ``DICT_AFTER`` look-ups, or one for every ``DICT_SHARE`` words
    in the table if that is fewer, the table becomes a dict, which takes longer to make but
    answers faster. Making the dict costs about as much as one look-up by halves for every
    ten words in it (0.2 s for wordfreq's 311,000 words; a look-up by halves costs about
    7 microseconds more than one in a dict), so a smaller table switches sooner: SUBTLEX-NL's
    114,000 words after 11,400 look-ups. A one-page letter asks wordfreq's table about 3,600
    words and SUBTLEX-NL's about 300: it stays below both.

    A table kept per user (``cached_table``) also has a hash index stored with it
    (``hash_index``: the words' places in a hash table of ``zlib.crc32`` values, read as a
    view of the mapped file like the words): a look-up then costs about 0.8 microseconds
    instead of 3 by halves, needs no blocks cut into words, and no dict is made until one
    look-up per ``HASH_DICT_SHARE`` words (wordfreq's table: 155,000 look-ups; 500 varied
    letters ask it 73,000 words). Every process (each ``--jobs`` worker too) used to search
    31,000 words by halves and then make wordfreq's dict (0.3 s in all); the index is made
    once per user and shared by every process that maps the file."""

    DICT_AFTER = 50_000
    DICT_SHARE = 10
    HASH_DICT_SHARE = 2
    BLOCK = 64

    def __init__(self, words: list[str], buckets: Sequence[int]):
        data = "\n".join(words).encode("utf-8")  # words in code point order
        starts, offset = [], 0
        for i, word in enumerate(words):
            if i % self.BLOCK == 0:
                starts.append(offset)
            offset += len(word.encode("utf-8")) + 1
        self._start(data, buckets, starts)

    @classmethod
    def from_store(cls, data: bytes, buckets: Sequence[int], starts: list[int],
                   index: tuple[Sequence[int], Sequence[int]] | None = None) -> "FrequencyTable":
        """The table from its stored form: the words joined by newlines in UTF-8, their
        buckets, the byte offset of every ``BLOCK``-th word and, if there is one, the hash
        index (``hash_index``: slots and word ends)."""
        table = cls.__new__(cls)
        table._start(data, buckets, starts, index)
        return table

    @classmethod
    def from_stored(cls, arrays, buckets: Sequence[int]) -> "FrequencyTable":
        """The table from the arrays of ``to_store`` (a dict or an open ``.npz``) and its
        buckets; KeyError or ValueError when they are damaged or do not fit together. The
        hash index (``slots``, ``ends``), where stored, is read as it is (views of a mapped
        file stay views)."""
        data, starts = arrays["words"].tobytes(), arrays["starts"].tolist()
        if len(starts) != -(-len(buckets) // cls.BLOCK) or data.count(b"\n") + 1 != len(buckets):
            raise ValueError("a damaged table")
        index = None
        if "slots" in arrays:
            slots, ends = arrays["slots"], arrays["ends"]
            size = len(slots)
            if (str(slots.dtype) != "uint32" or str(ends.dtype) != "uint32" or size < 2 * len(buckets)
                    or size & (size - 1) or len(ends) != len(buckets) + 1
                    or (len(buckets) and (int(ends[0]) != 0 or int(ends[-1]) != len(data) + 1))):
                raise ValueError("a damaged hash index")
            index = (memoryview(slots).cast("B").cast("I"), memoryview(ends).cast("B").cast("I"))
        return cls.from_store(data, buckets, starts, index)

    def to_store(self, index: bool = False) -> dict:
        """The words and the block starts as arrays (``datacache.store``, ``numpy.savez``),
        with ``index`` the hash index too (``hash_index``); the buckets are stored by the
        caller, who knows their kind."""
        import numpy

        data = self._sorted[0] if self._sorted is not None else self._data
        arrays = {"words": numpy.frombuffer(data, dtype=numpy.uint8),
                  "starts": numpy.array(self._starts if self._sorted is None else self._sorted[1], dtype=numpy.int64)}
        if index:
            arrays["slots"], arrays["ends"] = hash_index(data, len(self))
        return arrays

    def _start(self, data: bytes, buckets: Sequence[int], starts: list[int],
               index: tuple[Sequence[int], Sequence[int]] | None = None) -> None:
        self._data = data
        self._buckets = buckets  # per word, in order
        self._starts = starts
        self._heads = [data[s:_line_end(data, s)] for s in starts]  # the first word of each block
        self._blocks: dict[int, list[bytes]] = {}
        self._dict: dict[str, int] | None = None
        self._lookups = 0
        self._sorted: tuple[bytes, list[int], list[bytes]] | None = None  # kept when the dict takes over
        self._index = index
        if index is not None:
            # from now on the index answers, without a method call per word
            get = self.get = self._hashed_get(*index)
            self.contains = lambda word: get(word) is not None

    def __reduce__(self):
        """Pickle the table by its stored form (``from_store``): the words, their buckets, the
        block starts and the hash index as bytes. Its look-up functions are closures and its
        index views of a mapped file, which pickle cannot take; a copy starts counting its
        look-ups again and gives the same answers."""
        if self._sorted is not None:  # the dict has taken over: its values are in word order
            data, starts, buckets = self._sorted[0], self._sorted[1], list(self._dict.values())
        else:
            data, starts, buckets = self._data, self._starts, self._buckets
        if isinstance(buckets, memoryview):
            buckets = buckets.tolist()
        index = None if self._index is None else tuple(memoryview(a).cast("B").tobytes() for a in self._index)
        return _unpickled_table, (type(self), data, buckets, starts, index)

    def _hashed_get(self, slots: Sequence[int], ends: Sequence[int]) -> Callable[..., int | None]:
        """``get`` through the hash index (``hash_index``): the slot of a word's crc32 and
        the next ones until an empty slot; a slot holds a word's place + 1, and the word
        itself is compared, so the answer is the one of the sorted words."""
        data, buckets, mask, crc32 = self._data, self._buckets, len(slots) - 1, zlib.crc32
        # switching to a dict pays from one look-up per HASH_DICT_SHARE words on
        limit = min(len(buckets) // self.HASH_DICT_SHARE, 4 * self.DICT_AFTER)
        lookups = 0

        def get(word: str, default: int | None = None) -> int | None:
            nonlocal lookups
            lookups += 1
            if lookups > limit:
                return self._as_dict().get(word, default)
            try:
                key = word.encode("utf-8")
            except UnicodeEncodeError:
                return default  # no stored word has a lone surrogate
            i = crc32(key) & mask
            while True:
                place = slots[i]
                if not place:
                    return default
                if data[ends[place - 1]:ends[place] - 1] == key:
                    return buckets[place - 1]
                i = (i + 1) & mask

        return get

    def _sorted_text(self) -> tuple[bytes, list[int], list[bytes], dict[int, list[bytes]] | None]:
        """The words in order as one UTF-8 text, the byte offset of every ``BLOCK``-th word, those
        words, and the blocks cut so far (None once the table is a dict: the text stays)."""
        sorted_ = self._sorted  # read once: another thread may switch the table to a dict meanwhile
        if sorted_ is None:
            data, starts, heads, blocks = self._data, self._starts, self._heads, self._blocks
            if not heads and self._sorted is not None:
                (data, starts, heads), blocks = self._sorted, None
            return data, starts, heads, blocks
        return (*sorted_, None)

    def words_starting(self, prefix: str) -> Iterator[str]:
        """The table's words that start with ``prefix``, in order: read as a run of the sorted
        text from the block where ``prefix`` would stand, not from a list of all the words."""
        try:
            key = prefix.encode("utf-8")
        except UnicodeEncodeError:
            return
        data, starts, heads, _ = self._sorted_text()
        if not heads:
            return
        pos = starts[max(0, bisect.bisect_right(heads, key) - 1)]
        while pos <= len(data):
            end = _line_end(data, pos)
            word = data[pos:end]
            if word.startswith(key):
                yield word.decode("utf-8")
            elif word > key:
                return
            pos = end + 1

    def longest_prefix(self, word: str) -> int:
        """The length of the longest start of ``word`` that is also the start of a word in
        the table ("parkeerxq" -> 7: "parkeer" starts "parkeren"). In a sorted list the word
        sharing the longest start with ``word`` stands next to where ``word`` would stand."""
        try:
            key = word.encode("utf-8")
        except UnicodeEncodeError:
            return 0
        data, starts, heads, blocks = self._sorted_text()
        if not heads:
            return 0
        k = bisect.bisect_right(heads, key) - 1
        if k < 0:
            return _char_count(key, _common(key, heads[0]))
        block = blocks.get(k) if blocks is not None else None
        if block is None:
            end = starts[k + 1] - 1 if k + 1 < len(starts) else len(data)
            block = data[starts[k]:end].split(b"\n")
            if blocks is not None:
                blocks[k] = block
        i = bisect.bisect_left(block, key)
        best = _common(key, block[i - 1]) if i > 0 else 0
        after = block[i] if i < len(block) else heads[k + 1] if k + 1 < len(heads) else b""
        return _char_count(key, max(best, _common(key, after)))

    def _as_dict(self) -> dict[str, int]:
        if self._dict is None:
            words = self._data.decode("utf-8").split("\n") if self._data or len(self._buckets) else []
            self._dict = dict(zip(words, self._buckets))
            # the sorted text stays for ``longest_prefix``; the blocks cut so far go
            self._sorted = (self._data, self._starts, self._heads)
            self._data, self._buckets, self._starts, self._heads, self._blocks = b"", [], [], [], {}
            # from now on the dict answers itself, without a Python method call per word
            self.get = self._dict.get
            self.contains = self._dict.__contains__
        return self._dict

    def contains(self, word: str) -> bool:
        """``word in table`` (for a ``str``), a plain dict look-up once the table is a dict."""
        return self.get(word) is not None

    def get(self, word: str, default: int | None = None) -> int | None:
        if self._dict is not None:
            return self._dict.get(word, default)
        self._lookups += 1
        if self._lookups > self.DICT_AFTER or self._lookups * self.DICT_SHARE > len(self._buckets):
            return self._as_dict().get(word, default)
        try:
            key = word.encode("utf-8")
        except UnicodeEncodeError:
            return default  # no stored word has a lone surrogate
        # read once: another thread may switch the table to a dict meanwhile
        data, starts, heads, blocks, buckets = self._data, self._starts, self._heads, self._blocks, self._buckets
        if not heads and self._dict is not None:
            return self._dict.get(word, default)  # switched just now
        k = bisect.bisect_right(heads, key) - 1
        if k < 0:
            return default
        block = blocks.get(k)
        if block is None:
            end = starts[k + 1] - 1 if k + 1 < len(starts) else len(data)
            block = blocks[k] = data[starts[k]:end].split(b"\n")
        i = bisect.bisect_left(block, key)
        if i < len(block) and block[i] == key:
            return buckets[k * self.BLOCK + i]
        return default

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._as_dict())

    def __len__(self) -> int:
        return len(self._dict) if self._dict is not None else len(self._buckets)


def hash_index(data: bytes, count: int):
    """The hash index of ``count`` sorted words joined by newlines in ``data`` (UTF-8), as
    two uint32 arrays: ``slots``, a power of two of at least twice as many slots as words,
    where a word's place + 1 stands at the crc32 of its bytes (modulo the size) or in the
    first empty slot after it, and ``ends``, the byte offset where each word starts, then
    one past the end of the text (word ``i`` is ``data[ends[i]:ends[i + 1] - 1]``)."""
    import numpy

    words = data.split(b"\n") if count else []
    if len(words) != count:
        raise ValueError("a damaged table")
    ends = numpy.zeros(count + 1, dtype=numpy.uint32)
    ends[1:] = numpy.cumsum(numpy.fromiter((len(word) + 1 for word in words), dtype=numpy.int64, count=count))
    size = 1 << max(4, (2 * count).bit_length())
    slots = numpy.zeros(size, dtype=numpy.uint32)
    filled = memoryview(slots).cast("B").cast("I")
    mask, crc32 = size - 1, zlib.crc32
    for place, word in enumerate(words, 1):
        i = crc32(word) & mask
        while filled[i]:
            i = (i + 1) & mask
        filled[i] = place
    return slots, ends


def _common(a: str | bytes, b: str | bytes) -> int:
    """How many items (characters or bytes) two strings share at their start."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _char_count(key: bytes, n: int) -> int:
    """The characters in the first ``n`` bytes of the UTF-8 ``key`` (a character cut in
    two does not count)."""
    return n if key.isascii() else len(key[:n].decode("utf-8", "ignore"))


def _line_end(data: bytes, start: int) -> int:
    end = data.find(b"\n", start)
    return len(data) if end < 0 else end


def _unpickled_table(cls: type, data: bytes, buckets: Sequence[int], starts: list[int],
                     index: tuple[bytes, bytes] | None) -> FrequencyTable:
    """A ``FrequencyTable`` again from what its ``__reduce__`` gave."""
    views = None if index is None else (memoryview(index[0]).cast("I"), memoryview(index[1]).cast("I"))
    return cls.from_store(data, buckets, starts, views)


@cache
def dutch_table() -> FrequencyTable:
    """Every word in wordfreq's Dutch list ("best" = the large list) with its bucket.

    The file is wordfreq's "cBpack": a header, then one list of words per centibel of
    frequency; bucket ``i`` holds the words at -i centibels.
    """
    source = [_wordfreq_file("nl"), Path(__file__)]  # this file: how the table is made
    return cached_table("wordfreq-nl-sorted", source, _sorted_buckets)


def _sorted_buckets(lang: str = "nl", last: int | None = None) -> tuple[list[str], list[int]]:
    """The words of wordfreq's list for ``lang``, sorted, and their buckets; only the buckets
    up to ``last`` when given (the rarer words left out)."""
    table: dict[str, int] = {}
    for index, bucket in enumerate(_buckets(lang)):
        if last is not None and index > last:
            break
        if bucket:
            table.update(dict.fromkeys(bucket, index))
    words = sorted(w for w in table if "\n" not in w)
    return words, [table[w] for w in words]


# the rarest English words ``english_zipf`` knows (Zipf 2.5, bucket -650 centibels): a word
# below it in English is no English word that Dutch text borrows
ENGLISH_LAST_BUCKET = 650


@cache
def english_table() -> FrequencyTable:
    """wordfreq's English list as ``dutch_table`` (words down to Zipf 2.5: ``ENGLISH_LAST_BUCKET``)."""
    source = [_wordfreq_file("en"), Path(__file__)]  # this file: how the table is made
    return cached_table("wordfreq-en-sorted", source, lambda: _sorted_buckets("en", ENGLISH_LAST_BUCKET))


@lru_cache(maxsize=20_000)
def english_zipf(word: str) -> float:
    """Zipf frequency of a plain lower-case word in English (wordfreq's list; 0 below Zipf
    2.5 and for a word with other characters than letters)."""
    if not _PLAIN.fullmatch(word):
        return 0.0
    index = english_table().get(word)
    return 0.0 if index is None else _bucket_zipf(index)


def cached_table(name: str, sources: Sequence[Path],
                 build: Callable[[], tuple[list[str], Sequence[int]]]) -> FrequencyTable:
    """A ``FrequencyTable`` of words with values below 65,536, kept per user
    (``duidelijk.datacache``) under ``name`` for these source files; ``build`` gives the sorted
    words and their values when no stored table fits."""
    from array import array

    import numpy

    from duidelijk import datacache

    stored = datacache.load(name, sources)  # the table made before, per user
    if stored is not None:
        try:
            return FrequencyTable.from_stored(stored, array("H", stored["values"].astype(numpy.uint16).tobytes()))
        except (KeyError, ValueError):
            pass  # damaged: made again
    words, values = build()
    buckets = array("H", values)
    made = FrequencyTable(words, buckets)
    datacache.store(name, sources, made.to_store(index=True) | {"values": numpy.frombuffer(buckets.tobytes(), dtype=numpy.uint16)})
    return made


def packed(texts: Sequence[str]) -> tuple[bytes, list[int]]:
    """Strings in one UTF-8 text, a line each, and the byte offset where each ends: stored as
    two arrays, not one string object per item (``unpacked`` cuts one out)."""
    ends, offset = [], -1
    for text in texts:
        offset += len(text.encode("utf-8")) + 1
        ends.append(offset)
    return "\n".join(texts).encode("utf-8"), ends


def unpacked(data: bytes, ends: Sequence[int], i: int) -> str:
    """The ``i``-th string of ``packed``'s text."""
    return data[ends[i - 1] + 1 if i else 0:ends[i]].decode("utf-8")


def _bucket_freq(index: int) -> float:
    return 10 ** (-index / 100)  # wordfreq's cB_to_freq


@lru_cache(maxsize=None)
def _bucket_zipf(index: int) -> float:
    return _rounded_zipf(_bucket_freq(index))


def _rounded_zipf(freq: float) -> float:
    """What ``zipf_frequency`` makes of a frequency: at least zipf_to_freq(0), rounded to
    3 significant digits, then on the Zipf scale rounded to 2 decimals."""
    freq = max(freq, 10**0.0 / 1e9)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)
