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
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path

PATH = Path(__file__).resolve().parent / "data" / "compound_parts.npz"
MIN_LENGTH = 6


CODE = ("dictionary.py", "verbs.py", "lexicon.py")  # the modules of the split (dictionary.live_compound_parts)


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


def fingerprint(word_list: Path | None) -> str:
    """What the split reads besides duidelijk's code: the word list and wordfreq's list."""
    from duidelijk.lexicon import _wordfreq_file

    h = hashlib.sha256()
    for path in (word_list, _wordfreq_file("nl")):
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
        from duidelijk.lexicon import _PLAIN, dutch_table, unpacked

        if len(w) < MIN_LENGTH or not _PLAIN.fullmatch(w) or not dutch_table().contains(w):
            return None
        i = self._index.get(w)
        if i is None:
            return ()
        return tuple(unpacked(self._values, self._ends, i).split(" "))


@cache
def table_for(word_list: str | None) -> CompoundTable | None:
    """The shipped table if it was made from the files and the code this process reads, else None."""
    from array import array

    import numpy

    from duidelijk.datacache import DAMAGED
    from duidelijk.lexicon import FrequencyTable

    try:
        with numpy.load(PATH, allow_pickle=False) as data:
            if (str(data["fingerprint"]) != fingerprint(Path(word_list) if word_list else None)
                    or str(data["code"]) != code_fingerprint()):
                return None
            ends = array("q", data["ends"].astype(numpy.int64).tobytes())
            return CompoundTable(FrequencyTable.from_stored(data, range(len(ends))), data["values"].tobytes(), ends)
    except DAMAGED:
        return None  # cut off or damaged: every word is split live


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
        path, **FrequencyTable(keys, range(len(keys))).to_store(),
        values=numpy.frombuffer(text, dtype=numpy.uint8), ends=numpy.array(ends, dtype=numpy.int64),
        fingerprint=numpy.array(fingerprint(Path(word_list) if word_list else None)),
        code=numpy.array(code_fingerprint()))
    return len(keys)


if __name__ == "__main__":
    print(f"{build()} compounds written to {PATH}")
