"""PDF with pdfplumber: words in reading order, lines joined into paragraphs.

Per page the words are grouped into lines. When a page has two columns (a gutter in the
middle that many lines leave free), the left column is read before the right one, between
full-width lines (a title across both columns). Lines in the top and bottom margin that come
back on most pages (letterhead, footer, "Pagina 2 van 3") and page numbers are not prose:
they become ``header`` and ``footer`` blocks (letter parts, shown as set aside).
Lines are joined into paragraphs at a gap or a change of font size; a hyphen at the end of
a line is joined ("aan-" + "vraag" -> "aanvraag").

The source text of a PDF is that extracted text, paragraphs joined by a blank line. Each
block's location: ``{"page": n (1-based), "bbox": [x0, top, x1, bottom], "lines":
[[start_in_block, end_in_block, x0, top, x1, bottom], ...]}`` in PDF points from the top left.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from statistics import median

from duidelijk.config import PLACEHOLDER_SYNTAXES
from duidelijk.document import Document
from duidelijk.structure import PDF_LIST_ITEM, classify_line

MAX_PAGES = 500
MARGIN = 0.09  # share of the page height that counts as top or bottom margin
PAGE_NUMBER = re.compile(
    r"^(?:-\s*)?(?:(?:pagina|page|blz\.?|bladzijde|p\.)\s*)?\d{1,4}(?:\s*(?:van|/|of|uit)\s*\d{1,4})?(?:\s*-)?$",
    re.I,
)
NO_JOIN_AFTER_HYPHEN = {"en", "of", "tot", "t/m", "noch"}


def _error(code: str, message: str):
    from duidelijk.readers import ReadError

    return ReadError(code, message)


class Line:
    __slots__ = ("words", "x0", "x1", "top", "bottom", "size", "bold")

    def __init__(self, words: list[dict]):
        self.words = sorted(words, key=lambda w: w["x0"])
        self.x0 = min(w["x0"] for w in words)
        self.x1 = max(w["x1"] for w in words)
        self.top = min(w["top"] for w in words)
        self.bottom = max(w["bottom"] for w in words)
        self.size = median(w.get("size") or (w["bottom"] - w["top"]) for w in words)
        self.bold = all("bold" in (w.get("fontname") or "").lower() for w in words)

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    def split(self, x: float) -> tuple["Line | None", "Line | None"]:
        left = [w for w in self.words if w["x1"] <= x]
        right = [w for w in self.words if w["x0"] >= x]
        return (Line(left) if left else None), (Line(right) if right else None)


def group_lines(words: list[dict]) -> list[Line]:
    words = sorted(words, key=lambda w: (w["top"], w["x0"]))
    lines: list[list[dict]] = []
    for w in words:
        if lines:
            last = lines[-1]
            top = min(x["top"] for x in last)
            height = max(1.0, max(x["bottom"] - x["top"] for x in last))
            if abs(w["top"] - top) <= max(2.0, 0.4 * height):
                last.append(w)
                continue
        lines.append([w])
    return [Line(ws) for ws in lines]


def find_gutter(lines: list[Line], width: float) -> float | None:
    """The x of a gutter between two columns, or None for a one-column page."""
    if len(lines) < 6:
        return None
    best = None
    for step in range(int(width * 0.3), int(width * 0.7), 2):
        x = float(step)
        crossing = 0
        both = 0
        for line in lines:
            if any(w["x0"] < x < w["x1"] for w in line.words):
                crossing += 1
                continue
            left = [w["x1"] for w in line.words if w["x1"] <= x]
            right = [w["x0"] for w in line.words if w["x0"] >= x]
            if left and right and min(right) - max(left) >= 8:
                both += 1
        score = (crossing, -both)
        if best is None or score < best[0]:
            best = (score, x, crossing, both)
    if best is None:
        return None
    _, x, crossing, both = best
    if both >= 5 and crossing <= max(2, 0.25 * len(lines)) and both >= 0.3 * (len(lines) - crossing):
        return x
    return None


def reading_order(lines: list[Line], width: float) -> list[tuple[Line, str]]:
    """Lines in reading order, each with the stream it belongs to (full, left, right)."""
    gutter = find_gutter(lines, width)
    if gutter is None:
        return [(l, "full") for l in lines]
    out: list[tuple[Line, str]] = []
    left: list[Line] = []
    right: list[Line] = []

    def flush():
        out.extend((l, "left") for l in left)
        out.extend((l, "right") for l in right)
        left.clear()
        right.clear()

    for line in lines:
        if any(w["x0"] < gutter < w["x1"] for w in line.words):
            flush()
            out.append((line, "full"))
            continue
        a, b = line.split(gutter)
        if a:
            left.append(a)
        if b:
            right.append(b)
    flush()
    return out


def _margin_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def join_lines(lines: list[Line], right: float | None = None) -> tuple[str, list[list]]:
    """Join lines into one paragraph text; hyphenated line ends are joined.

    A short line keeps its line break (an address line, a reference line): a line is short
    when the first word of the next line would have fitted after it, before ``right`` (the
    right edge of the text on the page), and that word does not start with a small letter
    (unless the line is a letter part by its form: "Met vriendelijke groet,").
    A wrapped line is joined with a space.
    """
    text = ""
    spans: list[list] = []
    right = max((l.x1 for l in lines), default=0.0) if right is None else right
    for i, line in enumerate(lines):
        t = line.text
        if text:
            prev = lines[i - 1]
            first = t.split(" ", 1)[0]
            word = line.words[0]
            room = right - prev.x1
            if (len(text) >= 2 and text.endswith("-") and text[-2].isalpha()
                    and first[:1].islower() and first.lower() not in NO_JOIN_AFTER_HYPHEN):
                text = text[:-1]
                spans[-1][1] -= 1
            elif text.endswith("/"):
                pass
            elif room > (word["x1"] - word["x0"]) + 0.6 * line.size and (
                    not first[:1].islower() or classify_line(prev.text)):
                text += "\n"  # the next word would have fitted: a short line (address, reference)
            else:
                text += " "
        start = len(text)
        text += t
        spans.append([start, len(text), round(line.x0, 1), round(line.top, 1), round(line.x1, 1), round(line.bottom, 1)])
    return text, spans


def paragraphs(ordered: list[tuple[Line, str]], body_size: float):
    """Group lines (in reading order) into paragraphs: (kind, lines)."""
    out: list[tuple[str, list[Line]]] = []
    current: list[Line] = []
    stream = None

    def flush():
        if current:
            out.append((_kind(current, body_size), list(current)))
            current.clear()

    for line, where in ordered:
        if current:
            prev = current[-1]
            gap = line.top - prev.bottom
            height = max(prev.bottom - prev.top, 1.0)
            if (where != stream or gap > 0.75 * height or gap < -height
                    or abs(line.size - prev.size) > 0.15 * max(prev.size, 1)
                    or PDF_LIST_ITEM.match(line.text) or prev.bold != line.bold):
                flush()
        current.append(line)
        stream = where
    flush()
    return out


def _kind(lines: list[Line], body_size: float) -> str:
    text = " ".join(l.text for l in lines)
    if PDF_LIST_ITEM.match(lines[0].text):
        return "list-item"
    words = len(text.split())
    if words <= 14 and not text.rstrip().endswith((".", ",", ";", ":")):
        if lines[0].size > body_size * 1.15 or all(l.bold for l in lines):
            return "heading"
    return "paragraph"


def pdf_document(data: bytes, path: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES) -> Document:
    from duidelijk.readers import document_from_blocks

    pages = extract(data)
    # repeated header and footer lines
    n_pages = len(pages)
    keys = Counter()
    for _, height, _, lines, _ in pages:
        seen = set()
        for line in lines:
            if line.top < height * MARGIN or line.bottom > height * (1 - MARGIN):
                seen.add(_margin_key(line.text))
        keys.update(seen)
    repeated = {k for k, c in keys.items() if n_pages >= 2 and c >= max(2, 0.5 * n_pages)}
    blocks: list[tuple[str, str, dict]] = []
    removed = 0
    for number, height, width, lines, tables in pages:
        kept = []
        margins: dict[str, list[Line]] = {"header": [], "footer": []}
        for line in lines:
            in_margin = line.top < height * MARGIN or line.bottom > height * (1 - MARGIN)
            if in_margin and (_margin_key(line.text) in repeated or PAGE_NUMBER.match(line.text.strip())):
                # not read as prose, but kept as a part, so the writer sees it was set aside
                margins["header" if line.top < height / 2 else "footer"].append(line)
                removed += 1
                continue
            kept.append(line)
        if margins["header"]:
            blocks.append(_margin_block("header", margins["header"], number))
        if not kept and not tables:
            if margins["footer"]:
                blocks.append(_margin_block("footer", margins["footer"], number))
            continue
        body_size = median(l.size for l in kept) if kept else 0.0
        right = max(l.x1 for l in kept) if kept and find_gutter(kept, width) is None else None
        pending = sorted(tables, key=lambda t: t[0])
        for kind, plines in paragraphs(reading_order(kept, width), body_size):
            top = min(l.top for l in plines)
            while pending and pending[0][0] < top:
                blocks.extend(_table_blocks(pending.pop(0), number))
            text, spans = join_lines(plines, right)
            bbox = [round(min(l.x0 for l in plines), 1), round(top, 1),
                    round(max(l.x1 for l in plines), 1), round(max(l.bottom for l in plines), 1)]
            blocks.append((kind, text, {"page": number, "bbox": bbox, "lines": spans}))
        for table in pending:
            blocks.extend(_table_blocks(table, number))
        if margins["footer"]:
            blocks.append(_margin_block("footer", margins["footer"], number))
    return document_from_blocks(blocks, path, "pdf", syntaxes,
                                meta={"pages": n_pages, "removed_margin_lines": removed})


def _margin_block(kind: str, lines: list[Line], page: int):
    """The repeated header or footer lines (and page number) of one page, one per line."""
    lines = sorted(lines, key=lambda l: (l.top, l.x0))
    text, spans = "", []
    for line in lines:
        if text:
            text += "\n"
        spans.append([len(text), len(text) + len(line.text), round(line.x0, 1), round(line.top, 1),
                      round(line.x1, 1), round(line.bottom, 1)])
        text += line.text
    bbox = [round(min(l.x0 for l in lines), 1), round(min(l.top for l in lines), 1),
            round(max(l.x1 for l in lines), 1), round(max(l.bottom for l in lines), 1)]
    return (kind, text, {"page": page, "bbox": bbox, "lines": spans})


def _table_blocks(table, page: int):
    """One table-cell block per cell that has text, as the Word reader gives."""
    _, cells = table
    for text, bbox, spans, row, col in cells:
        yield ("table-cell", text, {"page": page, "bbox": bbox, "lines": spans, "row": row, "cell": col})


def find_tables(page, words: list[dict]) -> tuple[list, list[dict]]:
    """Tables with ruling lines (pdfplumber): (top, cells) per table, and the words outside
    every table. A cell is (text, bbox, line spans, row, column)."""
    try:
        found = page.find_tables()
    except Exception:  # pdfminer raises many kinds on odd drawings
        return [], words
    tables = []
    inside: set[int] = set()
    for table in found:
        cells = []
        for r, row in enumerate(table.rows):
            for c, box in enumerate(row.cells):
                if box is None:
                    continue
                x0, top, x1, bottom = box
                mine = [w for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom]
                if not mine:
                    continue
                inside.update(id(w) for w in mine)
                text, spans = join_lines(group_lines(mine), x1)
                cells.append((text, [round(v, 1) for v in box], spans, r, c))
        if cells:
            tables.append((table.bbox[1], cells))
    return tables, [w for w in words if id(w) not in inside]


def extract(data: bytes) -> list[tuple[int, float, float, list[Line], list]]:
    """(page number, height, width, lines, tables) per page; ReadError for scans and locked files."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as err:  # pdfminer raises many kinds
        raise _classify(err, data) from None
    pages = []
    any_image = False
    try:
        with pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise _error("too-large", f"Deze pdf heeft te veel pagina's. Het mogen er hoogstens {MAX_PAGES} zijn.")
            for i, page in enumerate(pdf.pages, start=1):
                words = page.extract_words(extra_attrs=["size", "fontname"])
                words = [w for w in words if w["text"].strip()]
                if not words and page.images:
                    any_image = True
                tables, words = find_tables(page, words) if words and (page.lines or page.rects) else ([], words)
                lines = group_lines(words) if words else []
                pages.append((i, float(page.height), float(page.width), lines, tables))
    except Exception as err:
        from duidelijk.readers import ReadError

        if isinstance(err, ReadError):
            raise
        raise _classify(err, data) from None
    if not any(lines or tables for *_, lines, tables in pages):
        if any_image:
            raise _error(
                "scan",
                "Deze pdf is een scan: er staat alleen een plaatje van de tekst in. "
                "duidelijk kan alleen pdf's lezen met echte tekst. Gebruik het originele bestand.",
            )
        raise _error("no-text", "Er staat geen tekst in deze pdf.")
    return pages


def _classify(err: Exception, data: bytes):
    names = " ".join(type(e).__name__ for e in _chain(err)).lower()
    if "password" in names or "encrypt" in names or (b"/Encrypt" in data[-4096:] or b"/Encrypt" in data[:4096]):
        return _error(
            "encrypted",
            "Deze pdf is beveiligd met een wachtwoord. Haal de beveiliging eraf en probeer het opnieuw.",
        )
    return _error("corrupt", "Deze pdf is kapot. Maak de pdf opnieuw en probeer het nog eens.")


def _chain(err: BaseException):
    seen = 0
    while err is not None and seen < 10:
        yield err
        err = err.__cause__ or err.__context__
        seen += 1
