"""Letter structure: find the address block, date, subject, salutation, closing and signature.

These parts are not judged as running text (no long-sentence or passive findings on an
address), but rules that look at the whole letter (form of address) can still read them.
"""

from __future__ import annotations

import re

from duidelijk.document import PLACEHOLDER_MASK, Block

MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("salutation", re.compile(r"^(geachte|beste|hallo|dag|lieve|aan)\b.{0,80}$", re.I)),
    ("closing", re.compile(r"^(met )?(vriendelijke|hartelijke) groet(en)?\b.{0,40}$|^hoogachtend\b.{0,40}$", re.I)),
    ("reference", re.compile(r"^(ons|uw) (kenmerk|nummer|brief)\b|^(zaaknummer|kenmerk|dossiernummer|bsn|datum|bijlage[n]?|telefoon|e-mail|contactpersoon|behandeld door)\s*:", re.I)),
    ("subject", re.compile(r"^(onderwerp|betreft)\s*:", re.I)),
    ("date", re.compile(rf"^([a-z]+,? )?\d{{1,2}} ({MONTHS}) \d{{4}}$|^(datum\s*:\s*)?\d{{1,2}}[-/]\d{{1,2}}[-/]\d{{2,4}}$", re.I)),
    ("address", re.compile(r"^\d{4} ?[A-Z]{2}\b|^(postbus|antwoordnummer)\b", re.I)),
]
MAX_ADDRESS_LINES = 6
# Lines of the sender's letterhead, above or beside the address of the reader.
LETTERHEAD = re.compile(
    r"^(gemeente|afdeling|team|cluster|directie|postbus|antwoordnummer|bezoekadres|postadres)\b"
    r"|www\.|@|^(tel(efoon)?|fax|iban|kvk|bank)\b", re.I)


def classify_line(line: str) -> str | None:
    text = line.strip()
    for kind, pattern in PATTERNS:
        if pattern.search(text):
            return kind
    return None


def letter_blocks(text: str, blocks: list[Block]) -> list[Block]:
    """Re-label blocks of a plain-text letter; a block of short lines may be split per line."""
    out: list[Block] = []
    after_closing = False
    seen_salutation = False
    for index, block in enumerate(blocks):
        if block.kind not in {"paragraph"}:
            out.append(block)
            continue
        chunk = text[block.start : block.end]
        lines = chunk.split("\n")
        kinds = [classify_line(l) for l in lines]
        if after_closing:
            out.append(Block("signature", block.start, block.end, block.location))
            continue
        short = all(len(l.strip()) <= 60 and not l.rstrip().endswith((".", "?", "!")) for l in lines)
        if any(kinds) or (not seen_salutation and short and len(lines) <= MAX_ADDRESS_LINES and _looks_like_address(lines)):
            pos = block.start
            for line, kind in zip(lines, kinds):
                if line.strip():
                    start = pos + (len(line) - len(line.lstrip()))
                    if kind is None:
                        kind = "address" if not seen_salutation and short else "paragraph"
                    if kind == "address" and not seen_salutation and LETTERHEAD.search(line.strip()):
                        kind = "letterhead"
                    out.append(Block(kind, start, start + len(line.strip()), block.location))
                    if kind == "salutation":
                        seen_salutation = True
                    if kind == "closing":
                        after_closing = True
                    elif after_closing and kind == "paragraph":
                        out[-1].kind = "signature"
                pos += len(line) + 1
            continue
        if len(lines) == 1 and _heading_like(chunk) and index + 1 < len(blocks):
            out.append(Block("heading", block.start, block.end, block.location))
            continue
        if len(lines) > 1 and _heading_like(lines[0]) and len(lines[0].split()) <= 6 and lines[1][:1].isupper():
            # "Bezwaar\nIndien u ...": a heading on the first line of a paragraph
            head_end = block.start + len(lines[0].rstrip())
            out.append(Block("heading", block.start, head_end, block.location))
            out.append(Block("paragraph", block.start + len(lines[0]) + 1, block.end, block.location))
            continue
        out.append(block)
    return out


def _heading_like(line: str) -> bool:
    text = line.strip()
    if not re.sub(rf"\b{PLACEHOLDER_MASK}\b|[\W_]", "", text):  # only placeholders ("XXX, XXX"): no heading
        return False
    return 0 < len(text.split()) <= 8 and not text.endswith((".", ",", ";")) and text[:1].isupper()


def _looks_like_address(lines: list[str]) -> bool:
    return any(PATTERNS[-1][1].search(l.strip()) for l in lines) or any(
        re.search(r"\b\d+\s?[a-zA-Z]?$", l.strip()) for l in lines[:3]
    ) and len(lines) >= 2
