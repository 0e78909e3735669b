"""Results kept in memory for a short time, so the result page and its downloads work.

Nothing is written to disk. An entry is gone after ``ttl`` seconds, when the user deletes
it, or when the store is full (the oldest goes first). One store per process: run one
process with threads (waitress), or use sticky sessions with more processes.
"""

from __future__ import annotations

import pickle
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass
class Entry:
    name: str
    report: object  # kept packed, see _set_report
    data: bytes | None  # the uploaded .docx (for the annotated download); None for other types
    format: str
    owner: str = ""  # the browser session that checked it (``results.session_owner``)
    extra: dict = field(default_factory=dict)  # what features add (e.g. the signed-in user)
    created: float = field(default_factory=time.monotonic)

    @property
    def size(self) -> int:
        """Bytes this result keeps: the upload and the packed report (an estimate for a report
        that could not be packed: 4 bytes per character of its text)."""
        packed, value = self.__dict__["_report"]
        return len(self.data or b"") + (len(value) if packed else 4 * self._text_chars)


def source_chars(report) -> int:
    """The length of the text a report was made from (0 without a document)."""
    return len(getattr(getattr(report, "document", None), "source_text", "") or "")


class PackedReport:
    """A report pickled where it was made (in a check worker), as the store keeps it.

    The worker pickles the report to send it back anyway; sending these bytes instead spares
    the web process an unpickle and a pickle per upload (about 1 ms for a one-page letter).
    ``text_chars`` and ``format`` are what the upload page needs before storing it; ``path``
    is the name shown for the result, set by the web page (not part of the bytes)."""

    __slots__ = ("data", "text_chars", "format", "path")

    def __init__(self, report):
        self.data = pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)
        document = getattr(report, "document", None)
        self.text_chars = source_chars(report)
        self.format = document.format if document else "text"
        self.path = report.path

    def unpack(self):
        report = pickle.loads(self.data)
        report.path = self.path
        return report


def _set_report(entry: Entry, report) -> None:
    """Keep the report as one pickled bytes object, in memory as before.

    A stored report is some 400 Python objects (findings, sentences, the document). With a full
    store (200 results) Python's cyclic garbage collector walked all of them in each full
    collection: about 75 ms, once every 60 uploads or so, with the web process standing still
    meanwhile. A bytes object is not walked. Reading ``entry.report`` unpacks a fresh copy
    (about 0.3 ms for a one-page letter); nothing changes a report after it is stored. A report
    that cannot be pickled is kept as it is. A PackedReport is kept as it came."""
    if isinstance(report, PackedReport):
        entry.__dict__["_text_chars"] = report.text_chars
        entry.__dict__["_report"] = (report, report.data)
        return
    entry.__dict__["_text_chars"] = source_chars(report)
    try:
        entry.__dict__["_report"] = (True, pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception:  # noqa: BLE001 - e.g. a test's stand-in object: keep it unpacked
        entry.__dict__["_report"] = (False, report)


def _get_report(entry: Entry):
    packed, value = entry.__dict__["_report"]
    if isinstance(packed, PackedReport):
        return packed.unpack()
    return pickle.loads(value) if packed else value


Entry.report = property(_get_report, _set_report)  # type: ignore[assignment]


class ResultStore:
    """Results in memory, oldest first: each for ``ttl`` seconds, at most ``max_items`` and
    ``max_bytes`` (the oldest goes first). Putting and getting cost the same however many
    results there are: the sizes are added up as results come and go, and only the oldest
    results are looked at for their age (a result also says it is gone when it is too old)."""

    def __init__(self, ttl: float = 1800, max_items: int = 200, max_bytes: int = 512 * 1024 * 1024):
        self.ttl = ttl
        self.max_items = max_items
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, Entry] = OrderedDict()
        self._sizes: dict[str, int] = {}  # Entry.size of each result when it was put
        self._bytes = 0
        self._lock = threading.Lock()

    def put(self, entry: Entry) -> str:
        token = secrets.token_urlsafe(24)
        size = entry.size
        with self._lock:
            self._expire()
            self._items[token] = entry
            self._sizes[token] = size
            self._bytes += size
            while len(self._items) > self.max_items or (len(self._items) > 1 and self._bytes > self.max_bytes):
                self._drop(next(iter(self._items)))
        return token

    def get(self, token: str) -> Entry | None:
        with self._lock:
            self._expire()
            entry = self._items.get(token)
            if entry is not None and self._old(entry, time.monotonic()):
                self._drop(token)  # made long before it was put, so not among the oldest
                return None
            return entry

    def delete(self, token: str) -> bool:
        with self._lock:
            return self._drop(token)

    def __len__(self) -> int:
        with self._lock:
            now = time.monotonic()
            for token in [t for t, e in self._items.items() if self._old(e, now)]:
                self._drop(token)
            return len(self._items)

    def _old(self, entry: Entry, now: float) -> bool:
        return now - entry.created > self.ttl

    def _drop(self, token: str) -> bool:
        if self._items.pop(token, None) is None:
            return False
        self._bytes -= self._sizes.pop(token)
        return True

    def _expire(self) -> None:
        """Drop the results that are too old, from the oldest put on, up to the first that is
        not (results are made just before they are put, so in that order)."""
        now = time.monotonic()
        while self._items:
            token, entry = next(iter(self._items.items()))
            if not self._old(entry, now):
                return
            self._drop(token)
