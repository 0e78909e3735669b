"""The one document model every reader produces and every part of duidelijk consumes.

A reader turns a file into a ``Document``: the plain ``text`` that is analysed, split into
``blocks`` (heading, paragraph, list item, ...), plus a segment map that leads every offset
in ``text`` back to an offset in the source file. Placeholders from templates are replaced
in ``text`` by a short mask word and listed in ``placeholders`` (offsets in ``text``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from duidelijk.lines import line_start

# Kinds of block. Prose kinds are judged as running text; the others are letter parts
# (address, date, reference, subject, salutation, closing, signature, header, footer,
# letterhead) that are only checked where it matters (no sentence-length or passive
# findings on an address).
PROSE_KINDS = frozenset({"paragraph", "list-item", "heading", "table-cell", "quote"})
PLACEHOLDER_MASK = "XXX"


# keys of Document.meta that carry a note for the user
NOTE_KEYS = ("suffix_mismatch",)


@dataclass
class Block:
    kind: str
    start: int
    end: int
    location: dict = field(default_factory=dict)

    @property
    def is_prose(self) -> bool:
        return self.kind in PROSE_KINDS


@dataclass
class Segment:
    """``length`` characters of text at ``start`` come from ``source_start`` in the source.

    When ``exact`` is false, the text is a stand-in (a placeholder mask) for the source range
    ``source_start``..``source_end``.
    """

    start: int
    length: int
    source_start: int
    source_end: int
    exact: bool = True


@dataclass
class Document:
    text: str
    source_text: str | None = None
    path: str | None = None
    format: str = "text"
    blocks: list[Block] = field(default_factory=list)
    placeholders: list[tuple[int, int]] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.source_text is None:
            self.source_text = self.text
        if not self.blocks and self.text:
            self.blocks = paragraphs(self.text)
        self._seg_starts = [s.start for s in self.segments]
        self._ph_starts = [p[0] for p in self.placeholders]

    @property
    def notes(self) -> list[str]:
        """Plain-Dutch notes of the reader for the user ("Dit bestand heet .txt, maar ...")."""
        return [self.meta[key] for key in NOTE_KEYS if self.meta.get(key)]

    # --- offsets -------------------------------------------------------------------
    def to_source(self, offset: int, end: bool = False) -> int:
        """Map an offset in ``text`` to an offset in ``source_text``."""
        if not self.segments:
            return offset
        i = bisect.bisect_right(self._seg_starts, offset) - 1
        if end and i > 0 and self.segments[i].start == offset:
            i -= 1
        if i < 0:
            return self.segments[0].source_start
        seg = self.segments[i]
        if not seg.exact:
            return seg.source_end if end or offset > seg.start else seg.source_start
        return min(seg.source_start + (offset - seg.start), seg.source_end)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.to_source(start), self.to_source(end, end=True)

    def placeholder_texts(self):
        """Each placeholder as (start, end in ``text``, start, end in ``source_text``, its
        source text): "[NAAM]", "{{ datum }}", a field name written as code ("statusStep")."""
        source = self.source_text or ""
        for a, b in self.placeholders:
            start, end = self.source_span(a, b)
            yield a, b, start, end, source[start:end]

    def written(self, start: int, end: int) -> str:
        """The text from ``start`` to ``end`` (offsets in ``text``) as the writer typed it: each
        placeholder wholly inside it as in the source ("{reden}", "[NAAM]", "{{ naam }}"), not the
        mask the rules read ("XXX"); the text around them as analysed (no markup). What a message
        or a suggestion quotes of the text."""
        if not self.placeholders:
            return self.text[start:end]
        source = self.source_text or ""
        parts, at = [], start
        for a, b in self.placeholders[bisect.bisect_left(self._ph_starts, start):]:
            if b > end:
                break
            s, e = self.source_span(a, b)
            parts += [self.text[at:a], source[s:e]]
            at = b
        parts.append(self.text[at:end])
        return "".join(parts)

    def line_col(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column of an offset in the source text."""
        src = self.source_text or ""
        line = src.count("\n", 0, source_offset) + 1
        col = source_offset - line_start(src, source_offset) + 1
        return line, col

    # --- structure -----------------------------------------------------------------
    def is_placeholder(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._ph_starts, start) - 1
        return i >= 0 and self.placeholders[i][0] <= start and end <= self.placeholders[i][1]

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    def location_of(self, start: int, end: int, *, source: bool = False) -> dict:
        """Where a span is in the original file: the block's location plus the offsets
        inside the block.

        ``start``/``end`` are offsets in ``text`` (the analysed text), or with
        ``source=True`` offsets in ``source_text`` (as in a finished ``Finding``). The result
        holds the block's ``location`` (docx: part, paragraph, table, row, cell, runs; pdf:
        page, bbox, lines; html: element, path; po: line, msgid; text: line), ``kind``,
        ``start``/``end`` inside the block's source text, ``text`` (the source text of the
        span), and where known ``runs`` (docx: [run_index, start_in_run, end_in_run]) or
        ``lines`` (pdf: the line boxes the span touches). Empty when no block holds the span.
        """
        if source:
            src_start, src_end = start, end
            block = self._block_at_source(start)
        else:
            src_start, src_end = self.source_span(start, end)
            block = self.block_at(start)
            if block is None and end > start:
                block = self.block_at(end - 1)
        if block is None:
            return {}
        loc = dict(block.location)
        base = loc.get("source_start")
        if base is None:
            base = self.to_source(block.start)
        out = {**loc, "kind": block.kind, "start": src_start - base, "end": src_end - base,
               "text": (self.source_text or "")[src_start:src_end]}
        a, b = out["start"], out["end"]
        if "runs" in loc:
            out["runs"] = [[r, max(a, s) - s, min(b, e) - s] for r, s, e in loc["runs"] if s < b and a < e]
            out["block_runs"] = loc["runs"]
        if "lines" in loc:
            out["lines"] = [l for l in loc["lines"] if l[0] < b and a < l[1]]
            out["block_lines"] = loc["lines"]
        return out

    def _block_at_source(self, offset: int) -> Block | None:
        for block in self.blocks:
            s = block.location.get("source_start")
            e = block.location.get("source_end")
            if s is None or e is None:
                s, e = self.source_span(block.start, block.end)
            if s <= offset < e:
                return block
        return None


def paragraphs(text: str, base: int = 0) -> list[Block]:
    """Split plain text into paragraph blocks at blank lines (offsets relative to ``base``)."""
    blocks: list[Block] = []
    pos = 0
    for chunk in text.split("\n\n"):
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            start = pos + lead
            blocks.append(Block("paragraph", base + start, base + start + len(stripped)))
        pos += len(chunk) + 2
    return blocks
