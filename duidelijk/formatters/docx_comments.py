"""The uploaded Word file back, with a Word comment on every flagged passage.

The file is changed as little as possible: a run is split at the start and end of a finding
(the copy keeps the run's formatting), and comment marks are put around the runs. The comment
text is the finding's message, the suggestions and the rule's code.

Word allows comments only in the main text (not in headers and footers), so findings there
are left out; ``annotate`` says how many comments it placed.
"""

from __future__ import annotations

import copy
import io

from docx.oxml.ns import qn

AUTHOR = "duidelijk"
INITIALS = "DD"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def comment_text(finding) -> str:
    lines = [finding.message]
    if finding.suggestions:
        lines.append("Voorstel: " + " of ".join(f"'{s}'" for s in finding.suggestions))
    lines.append(f"({finding.code} {finding.rule})")
    return "\n".join(lines)


def locate(document, start: int, end: int) -> dict:
    """Where a finding (source offsets) is in the Word file; uses ``Document.location_of``
    when the document model has it, else the block's own location."""
    if hasattr(document, "location_of"):
        try:
            return document.location_of(start, end, source=True)
        except Exception:  # pragma: no cover - fall back to the blocks below
            pass
    for block in document.blocks:
        loc = block.location or {}
        s, e = loc.get("source_start"), loc.get("source_end")
        if s is None or e is None:
            s, e = document.source_span(block.start, block.end)
        if s <= start < e or (start == e and s < e == start):
            return {**loc, "kind": block.kind, "start": start - s, "end": min(end, e) - s,
                    "block_runs": loc.get("runs")}
    return {}


def _content(element):
    from duidelijk.readers.docx import _content as content

    return content(element)


def find_paragraph(word, loc: dict):
    """The ``w:p`` element a location points at, or None (header, footer, text box...)."""
    part = loc.get("part")
    try:
        if part == "body":
            ps = [c for c in _content(word.element.body) if c.tag == qn("w:p")]
            return ps[loc["paragraph"]]
        if part == "table" and not loc.get("nested"):
            tables = [c for c in _content(word.element.body) if c.tag == qn("w:tbl")]
            tbl = tables[loc["table"]]
            tr = list(tbl.iterchildren(qn("w:tr")))[loc["row"]]
            tc = list(tr.iterchildren(qn("w:tc")))[loc["cell"]]
            ps = [c for c in _content(tc) if c.tag == qn("w:p")]
            return ps[loc["paragraph"]]
    except (KeyError, IndexError, TypeError):
        return None
    return None


def _run_text_parts(r):
    return [c for c in r if c.tag in (qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"),
                                       qn("w:instrText"), qn("w:fldChar"), qn("w:sym"))]


def _splittable(r, length: int) -> bool:
    parts = _run_text_parts(r)
    return len(parts) == 1 and parts[0].tag == qn("w:t") and len(parts[0].text or "") == length


def _split(r, k: int):
    """Split run ``r`` after ``k`` characters; returns the new second run."""
    t = r.find(qn("w:t"))
    text = t.text or ""
    second = copy.deepcopy(r)
    t.text = text[:k]
    t.set(XML_SPACE, "preserve")
    t2 = second.find(qn("w:t"))
    t2.text = text[k:]
    t2.set(XML_SPACE, "preserve")
    r.addnext(second)
    return second


def _pieces(p, block_runs, cuts: set[int]):
    """(run element, start, end) in paragraph offsets, with runs split at the cuts."""
    runs = list(p.iter(qn("w:r")))
    seen: dict[int, int] = {}
    for ri, _, _ in block_runs:
        seen[ri] = seen.get(ri, 0) + 1
    pieces = []
    for ri, s, e in block_runs:
        if ri >= len(runs):
            continue
        el = runs[ri]
        inner = sorted(c for c in cuts if s < c < e)
        if inner and seen[ri] == 1 and _splittable(el, e - s):
            pos = s
            for c in inner:
                second = _split(el, c - pos)
                pieces.append((el, pos, c))
                el, pos = second, c
            pieces.append((el, pos, e))
        else:
            pieces.append((el, s, e))
    return pieces


def annotate(data: bytes, report, author: str = AUTHOR, initials: str = INITIALS) -> bytes:
    """The .docx ``data`` with one comment per finding of ``report``."""
    out, _ = annotate_count(data, report, author, initials)
    return out


def annotate_count(data: bytes, report, author: str = AUTHOR, initials: str = INITIALS) -> tuple[bytes, int]:
    import docx
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    word = docx.Document(io.BytesIO(data))
    document = report.document
    by_paragraph: dict[int, tuple] = {}
    for f in report.findings:
        loc = locate(document, f.start, f.end)
        block_runs = loc.get("block_runs") or loc.get("runs")
        if not loc or not block_runs:
            continue
        p = find_paragraph(word, loc)
        if p is None:
            continue
        a, b = max(0, loc["start"]), loc["end"]
        end_of_block = max(e for _, _, e in block_runs)
        b = min(max(b, a + 1), end_of_block)
        entry = by_paragraph.setdefault(id(p), (p, block_runs, []))
        entry[2].append((f, a, b))
    placed = 0
    for p, block_runs, items in by_paragraph.values():
        cuts = {a for _, a, _ in items} | {b for _, _, b in items}
        pieces = _pieces(p, block_runs, cuts)
        paragraph = Paragraph(p, word._body)
        for f, a, b in items:
            covered = [el for el, s, e in pieces if s < b and e > a]
            if not covered:
                continue
            first, last = Run(covered[0], paragraph), Run(covered[-1], paragraph)
            word.add_comment([first, last], text=comment_text(f), author=author, initials=initials)
            placed += 1
    buf = io.BytesIO()
    word.save(buf)
    return buf.getvalue(), placed


def comments_with_text(data: bytes) -> list[dict]:
    """Every comment of a .docx with the text it is anchored to (for tests and checks)."""
    import docx

    word = docx.Document(io.BytesIO(data))
    body = word.element.body
    anchored: dict[str, list[str]] = {}
    open_ids: set[str] = set()
    for el in body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ids.add(el.get(qn("w:id")))
            anchored.setdefault(el.get(qn("w:id")), [])
        elif el.tag == qn("w:commentRangeEnd"):
            open_ids.discard(el.get(qn("w:id")))
        elif el.tag == qn("w:t") and open_ids:
            for cid in open_ids:
                anchored[cid].append(el.text or "")
    out = []
    for c in word.comments:
        out.append({"id": str(c.comment_id), "author": c.author, "initials": c.initials, "text": c.text,
                    "anchor": "".join(anchored.get(str(c.comment_id), []))})
    return out
