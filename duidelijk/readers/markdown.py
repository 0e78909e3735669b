"""Markdown blocks: headings, list items and paragraphs; front matter and code skipped."""

from __future__ import annotations

import re

from duidelijk.readers.html import reference_text

HEADING = re.compile(r"^ {0,3}(#{1,6})\s+")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
INLINE = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`|!?\[(?=[^\]]*\]\()|\]\([^)]*\)|<[^>\n]+>"
                    # an HTML character reference ("&nbsp;", "&#160;"): Markdown allows them; the
                    # character takes its place, the name is no word of the text
                    r"|&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def markdown_blocks(text: str):
    """Yield (kind, start, end, skip ranges) per block of a Markdown text."""
    lines = text.splitlines(keepends=True)
    pos = 0
    i = 0
    para: list[tuple[int, int, list]] = []

    def flush():
        if para:
            start, end = para[0][0], para[-1][1]
            skip = [r for _, _, rs in para for r in rs]
            para.clear()
            return ("paragraph", start, end, skip)
        return None

    if lines and lines[0].strip() == "---":
        pos += len(lines[0])
        i = 1
        while i < len(lines) and lines[i].strip() not in {"---", "..."}:
            pos += len(lines[i])
            i += 1
        if i < len(lines):
            pos += len(lines[i])
            i += 1
    in_code = False
    while i < len(lines):
        line = lines[i]
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        i += 1
        if FENCE.match(line):
            in_code = not in_code
            if (b := flush()):
                yield b
            continue
        if in_code or line.startswith("    ") and not para:
            continue
        if not line.strip():
            if (b := flush()):
                yield b
            continue
        inline = [(start + m.start(), start + m.end()) if m.group()[0] != "&" else
                  (start + m.start(), start + m.end(), reference_text(m.group()))
                  for m in INLINE.finditer(line.rstrip("\r\n"))
                  if m.group()[0] != "&" or reference_text(m.group()) is not None]
        m = HEADING.match(line) or LIST_ITEM.match(line)
        if m:
            if (b := flush()):
                yield b
            kind = "heading" if HEADING.match(line) else "list-item"
            yield (kind, start, end, [(start, start + m.end())] + inline)
            continue
        para.append((start, end, inline))
    if (b := flush()):
        yield b
