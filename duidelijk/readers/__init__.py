"""Readers turn a file into one ``Document`` with offsets back to the source.

Every reader reduces its format to a source text plus blocks; ``DocumentBuilder`` then masks
placeholders and joins the blocks into the analysed text, with a segment map back.
"""

from __future__ import annotations

import re
from pathlib import Path

from duidelijk import placeholders
from duidelijk.config import PLACEHOLDER_SYNTAXES
from duidelijk.document import Block, Document, Segment

MAX_BYTES = 5 * 1024 * 1024  # text files larger than this are refused
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


class ReadError(Exception):
    """A file could not be read. ``code`` is stable; ``message`` is plain Dutch."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


class DocumentBuilder:
    """Collect blocks of a source text and build the analysed ``Document``."""

    def __init__(self, source: str, path: str | None, fmt: str, syntaxes=PLACEHOLDER_SYNTAXES):
        self.source = source
        self.path = path
        self.format = fmt
        self.syntaxes = tuple(syntaxes)
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.segments: list[Segment] = []
        self.placeholders: list[tuple[int, int]] = []

    def add(self, kind: str, start: int, end: int, location: dict | None = None,
            skip: list[tuple[int, int]] = ()) -> None:
        """Add source[start:end] as one block, leaving out the ``skip`` ranges (markup)."""
        pieces = []
        pos = start
        for s, e in sorted(skip):
            if s > pos:
                pieces.append((pos, s))
            pos = max(pos, e)
        if pos < end:
            pieces.append((pos, end))
        if not any(self.source[s:e].strip() for s, e in pieces):
            return
        if self.parts:
            self._emit("\n\n", None)
        block_start = self.length
        for s, e in pieces:
            text, segs, phs = placeholders.mask(self.source[s:e], self.syntaxes, base=s)
            for seg in segs:
                seg.start += self.length
                self.segments.append(seg)
            self.placeholders.extend((a + self.length, b + self.length) for a, b in phs)
            self.parts.append(text)
            self.length += len(text)
        self.blocks.append(Block(kind, block_start, self.length, location or {}))

    def _emit(self, text: str, src: int | None) -> None:
        at = self.segments[-1].source_end if self.segments else 0
        self.segments.append(Segment(self.length, len(text), at, at, False))
        self.parts.append(text)
        self.length += len(text)

    def build(self, letter: bool = True) -> Document:
        from duidelijk.structure import letter_blocks

        text = "".join(self.parts)
        blocks = letter_blocks(text, self.blocks) if letter else self.blocks
        return Document(
            text=text,
            source_text=self.source,
            path=self.path,
            format=self.format,
            blocks=blocks,
            placeholders=self.placeholders,
            segments=self.segments,
        )


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise ReadError("binary", "Dit bestand is geen tekst. Kies een tekstbestand, Word-bestand of pdf.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > max(3, len(text) // 100):
            raise ReadError("encoding", "De tekens in dit bestand zijn niet te lezen.") from None
        return text


_PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text_document(text: str, path: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES) -> Document:
    """A plain text: paragraphs at blank lines."""
    builder = DocumentBuilder(text, path, "text", syntaxes)
    for m in _PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in "\r\n":
            e -= 1
        skip = [(c.start(), c.end()) for c in _CONTROL.finditer(text, s, e)]
        builder.add("paragraph", s, e, {"line": text.count("\n", 0, s) + 1}, skip=skip)
    return builder.build()


def markdown_document(text: str, path: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES) -> Document:
    """Markdown: headings and list items as blocks; front matter and code blocks skipped."""
    from duidelijk.readers.markdown import markdown_blocks

    builder = DocumentBuilder(text, path, "markdown", syntaxes)
    for kind, start, end, skip in markdown_blocks(text):
        builder.add(kind, start, end, {"line": text.count("\n", 0, start) + 1}, skip=skip)
    return builder.build()


def read_path(path: str | Path, syntaxes=PLACEHOLDER_SYNTAXES) -> Document:
    """Read any supported file into a ``Document``; raises ``ReadError`` in plain Dutch."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ReadError("not-found", f"Het bestand '{p}' bestaat niet.") from None
    except OSError:
        raise ReadError("unreadable", f"Het bestand '{p}' kan niet worden geopend.") from None
    if p.is_dir():
        raise ReadError("directory", f"'{p}' is een map, geen bestand.")
    if size == 0:
        raise ReadError("empty", "Het bestand is leeg.")
    if size > MAX_BYTES:
        raise ReadError("too-large", f"Het bestand is te groot. Het mag hoogstens {MAX_BYTES // (1024 * 1024)} MB zijn.")
    try:
        data = p.read_bytes()
    except OSError:
        raise ReadError("unreadable", f"Het bestand '{p}' kan niet worden geopend.") from None
    return read_bytes(data, str(path), syntaxes)


def read_bytes(data: bytes, name: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES) -> Document:
    if not data.strip():
        raise ReadError("empty", "Het bestand is leeg.")
    if data[:4] == b"%PDF" or data[:4] == b"PK\x03\x04":
        raise ReadError("unsupported", "Dit soort bestand kan duidelijk nog niet lezen.")
    text = decode(data)
    suffix = Path(name or "").suffix.lower()
    if suffix in {".md", ".markdown"}:
        return markdown_document(text, name, syntaxes)
    return text_document(text, name, syntaxes)
