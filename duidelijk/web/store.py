"""Results kept in memory for a short time, so the result page and its downloads work.

Nothing is written to disk. An entry is gone after ``ttl`` seconds, when the user deletes
it, or when the store is full (the oldest goes first). One store per process: run one
process with threads (waitress), or use sticky sessions with more processes.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass
class Entry:
    name: str
    report: object
    data: bytes | None  # the uploaded .docx (for the annotated download); None for other types
    format: str
    owner: str = ""  # the browser session that checked it (``results.session_owner``)
    extra: dict = field(default_factory=dict)  # what features add (e.g. the signed-in user)
    created: float = field(default_factory=time.monotonic)

    @property
    def size(self) -> int:
        text = getattr(getattr(self.report, "document", None), "source_text", "") or ""
        return len(self.data or b"") + 4 * len(text)


class ResultStore:
    def __init__(self, ttl: float = 1800, max_items: int = 200, max_bytes: int = 512 * 1024 * 1024):
        self.ttl = ttl
        self.max_items = max_items
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, Entry] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, entry: Entry) -> str:
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._expire()
            self._items[token] = entry
            while len(self._items) > self.max_items or (
                len(self._items) > 1 and sum(e.size for e in self._items.values()) > self.max_bytes
            ):
                self._items.popitem(last=False)
        return token

    def get(self, token: str) -> Entry | None:
        with self._lock:
            self._expire()
            return self._items.get(token)

    def delete(self, token: str) -> bool:
        with self._lock:
            return self._items.pop(token, None) is not None

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._items)

    def _expire(self) -> None:
        now = time.monotonic()
        for token in [t for t, e in self._items.items() if now - e.created > self.ttl]:
            del self._items[token]
