"""Word (.docx): paragraphs, headings, lists, tables, headers, footers and text boxes.

The zip is checked before anything is parsed (number of entries, total unpacked size,
compression ratio), so a zip bomb is refused without unpacking it. The text is read from the
XML, not from python-docx's ``.text``, so that tracked changes are read as accepted (text in
``w:ins`` kept, ``w:del``/``w:moveFrom`` dropped) and merge fields (MERGEFIELD field codes and
``«Veld»`` results) stay placeholders.

The source text of a Word file is its extracted text, one block per paragraph or table
cell, blocks joined by a blank line. Each block's location says where it is in the file:
``{"part": "body"|"header"|"footer"|"table"|"textbox", "paragraph": i, ...}`` and ``runs``:
``[[run_index, start_in_block, end_in_block], ...]`` where ``run_index`` counts the ``w:r``
elements of that paragraph in document order (``paragraph._p.iter(qn("w:r"))``).
"""

from __future__ import annotations

import io
import re
import zipfile

from duidelijk.config import PLACEHOLDER_SYNTAXES
from duidelijk.document import Document

MAX_ENTRIES = 2000
MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 100  # unpacked / packed, for the whole file
MAX_ENTRY_RATIO = 400  # for one large entry

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


HEADING_STYLE = re.compile(r"^(heading|kop|title|titel|subtitle|ondertitel)\b", re.I)
LIST_STYLE = re.compile(r"^(list|lijst)", re.I)
MERGEFIELD = re.compile(r"^\s*MERGEFIELD\s+(\"[^\"]+\"|\S+)", re.I)
SKIP_CONTAINERS = {q("del"), q("moveFrom"), f"{{{MC}}}Fallback", q("txbxContent")}


def _error(code: str, message: str):
    from duidelijk.readers import ReadError

    return ReadError(code, message)


CORRUPT = "Dit Word-bestand is kapot. Sla het in Word opnieuw op en probeer het nog eens."
# the main namespace of a .docx that Word saved as "Strict Open XML Document": python-docx
# reads only the usual ("Transitional") namespaces
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
STRICT_RELATIONSHIPS = b"http://purl.oclc.org/ooxml/officeDocument/relationships/"


def check_zip(data: bytes) -> None:
    """Refuse a broken zip or a zip bomb before anything is unpacked."""
    if not data:
        raise _error("empty", "Het bestand is leeg.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _error("corrupt", CORRUPT) from None
    bomb = _error(
        "zip-bomb",
        "Dit Word-bestand is te groot als het wordt uitgepakt. Het kan een gevaarlijk bestand zijn.",
    )
    if len(infos) > MAX_ENTRIES:
        raise bomb
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > MAX_UNPACKED:
        raise bomb
    if unpacked > 10 * 1024 * 1024 and unpacked / packed > MAX_RATIO:
        raise bomb
    for i in infos:
        if i.file_size > 1024 * 1024 and i.file_size / max(i.compress_size, 1) > MAX_ENTRY_RATIO:
            raise bomb
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise _error("unsupported", "Dit is geen Word-bestand (.docx). Kies een .docx, .pdf of tekstbestand.")


class _Collector:
    """Collects blocks as (kind, text, location) with the text built from the XML."""

    def __init__(self):
        self.blocks: list[tuple[str, str, dict]] = []
        self.textboxes: list = []
        # White space above the next paragraph: an empty paragraph, a table, a heading, or
        # spacing of at least 6 points. ``gap_before`` tells the letter structure where a
        # group of lines (an address block) ends, as a blank line does in a text file.
        self.gap = True

    # --- paragraphs --------------------------------------------------------------
    def paragraph(self, p, kind: str, location: dict, styles) -> None:
        text, runs = paragraph_text(p, self.textboxes)
        if not text.strip():
            self.gap = True
            return
        if kind == "paragraph":
            kind = paragraph_kind(p, styles)
        before, after = _spacing(p)
        gap = self.gap or before >= GAP_TWIPS or kind == "heading"
        self.blocks.append((kind, text, {**location, "runs": runs, "gap_before": gap}))
        self.gap = after >= GAP_TWIPS or kind == "heading"

    def container(self, element, part: str, base: dict, styles, kind: str = "paragraph") -> None:
        """Paragraphs and tables that are direct content of body, header, footer or a cell."""
        p_index = 0
        t_index = 0
        for child in _content(element):
            if child.tag == q("p"):
                self.paragraph(child, kind, {**base, "part": base.get("part", part), "paragraph": p_index}, styles)
                p_index += 1
            elif child.tag == q("tbl"):
                self.table(child, part, {**base, "table": t_index} if part == "body" else {**base, "table": t_index}, styles)
                t_index += 1

    def table(self, tbl, part: str, base: dict, styles) -> None:
        self.gap = True
        self._table(tbl, part, base, styles)
        self.gap = True

    def _table(self, tbl, part: str, base: dict, styles) -> None:
        for r, tr in enumerate(tbl.iterchildren(q("tr"))):
            for c, tc in enumerate(tr.iterchildren(q("tc"))):
                loc = {**base, "part": "table" if part == "body" else part, "row": r, "cell": c}
                kind = "table-cell" if part == "body" else part
                p_index = 0
                for child in _content(tc):
                    if child.tag == q("p"):
                        self.paragraph(child, kind, {**loc, "paragraph": p_index}, styles)
                        p_index += 1
                    elif child.tag == q("tbl"):
                        self._table(child, part, {**loc, "nested": True}, styles)


GAP_TWIPS = 120  # 6 points of paragraph spacing


def _spacing(p) -> tuple[int, int]:
    """Explicit spacing before and after a paragraph, in twips (0 when not set)."""
    ppr = p.find(q("pPr"))
    sp = ppr.find(q("spacing")) if ppr is not None else None
    if sp is None:
        return 0, 0

    def twips(name: str) -> int:
        value = sp.get(q(name))
        return int(value) if value and value.isdigit() else 0

    return twips("before"), twips("after")


def _content(element):
    """Direct block content, looking through w:sdt content controls and w:customXml."""
    for child in element.iterchildren():
        if child.tag in (q("sdt"),):
            inner = child.find(q("sdtContent"))
            if inner is not None:
                yield from _content(inner)
        elif child.tag == q("customXml"):
            yield from _content(child)
        else:
            yield child


def paragraph_kind(p, styles) -> str:
    ppr = p.find(q("pPr"))
    style_id = None
    if ppr is not None:
        if ppr.find(q("outlineLvl")) is not None:
            lvl = ppr.find(q("outlineLvl")).get(q("val"))
            if lvl is not None and lvl.isdigit() and int(lvl) < 9:
                return "heading"
        ps = ppr.find(q("pStyle"))
        if ps is not None:
            style_id = ps.get(q("val"))
        if ppr.find(q("numPr")) is not None:
            return "list-item"
    if style_id:
        name = styles.get(style_id, style_id)
        if HEADING_STYLE.match(name) or HEADING_STYLE.match(style_id):
            return "heading"
        if LIST_STYLE.match(name) or LIST_STYLE.match(style_id):
            return "list-item"
    return "paragraph"


def paragraph_text(p, textboxes: list) -> tuple[str, list[list[int]]]:
    """The visible text of a paragraph with tracked changes accepted, and its run map.

    Complex fields (``w:fldChar``): a MERGEFIELD shows as ``«Naam»``; other fields show
    their result. Text boxes met on the way are kept in ``textboxes`` for later.
    """
    out: list[str] = []
    runs: list[list[int]] = []
    length = 0
    # field state: stack of [instruction parts, in_result, is_merge, name]
    fields: list[list] = []
    run_index = -1

    def hidden(el) -> bool:
        parent = el.getparent()
        while parent is not None and parent is not p:
            if parent.tag in SKIP_CONTAINERS:
                return True
            parent = parent.getparent()
        return False

    def put(text: str, index: int) -> None:
        nonlocal length
        if not text:
            return
        if runs and runs[-1][0] == index and runs[-1][2] == length:
            runs[-1][2] += len(text)
        else:
            runs.append([index, length, length + len(text)])
        out.append(text)
        length += len(text)

    for el in p.iter():
        tag = el.tag
        if tag == q("txbxContent"):
            if not hidden(el):
                textboxes.append(el)
            continue
        if tag == q("r"):
            run_index += 1  # every w:r counts, also deleted ones: the index into p.iter(w:r)
            continue
        if tag == q("fldSimple"):
            if hidden(el):
                continue
            m = MERGEFIELD.match(el.get(q("instr")) or "")
            if m:
                put(f"«{m.group(1).strip(chr(34))}»", max(run_index, 0))
                fields.append(["simple", el])
            continue
        if tag not in (q("t"), q("tab"), q("br"), q("cr"), q("fldChar"), q("instrText"), q("noBreakHyphen"), q("softHyphen")):
            continue
        if hidden(el):
            continue
        # inside a simple merge field: its own result runs are replaced by «Naam»
        if fields and fields[-1][0] == "simple" and _inside(el, fields[-1][1]):
            continue
        if fields and fields[-1][0] == "simple":
            fields.pop()
        if tag == q("fldChar"):
            kind = el.get(q("fldCharType"))
            if kind == "begin":
                fields.append(["complex", [], False, None])
            elif kind == "separate" and fields and fields[-1][0] == "complex":
                f = fields[-1]
                f[2] = True
                m = MERGEFIELD.match("".join(f[1]))
                if m:
                    f[3] = m.group(1).strip('"')
                    put(f"«{f[3]}»", run_index)
            elif kind == "end" and fields and fields[-1][0] == "complex":
                f = fields.pop()
                if not f[2]:  # field without result: show a merge field anyway
                    m = MERGEFIELD.match("".join(f[1]))
                    if m:
                        put(f"«{m.group(1).strip(chr(34))}»", run_index)
            continue
        if tag == q("instrText"):
            if fields and fields[-1][0] == "complex" and not fields[-1][2]:
                fields[-1][1].append(el.text or "")
            continue
        if any(f[0] == "complex" and (not f[2] or f[3]) for f in fields):
            continue  # field code, or the result of a merge field (already shown)
        if tag == q("t"):
            put(el.text or "", run_index)
        elif tag == q("tab"):
            put("\t", run_index)
        elif tag in (q("br"), q("cr")):
            if el.get(q("type")) in (None, "textWrapping"):
                put("\n", run_index)
        elif tag == q("noBreakHyphen"):
            put("-", run_index)
    return "".join(out), runs


def _inside(el, ancestor) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False


def docx_document(data: bytes, path: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES) -> Document:
    from duidelijk.readers import ReadError

    check_zip(data)
    if _is_strict(data):
        raise _error(
            "strict",
            "Word heeft dit bestand opgeslagen als 'Strict Open XML'. Dat kan duidelijk niet lezen. "
            "Sla het in Word op als gewoon Word-document (.docx) en probeer het opnieuw.",
        )
    try:
        import docx

        word = docx.Document(io.BytesIO(data))
    except Exception:
        raise _error("corrupt", CORRUPT) from None
    try:
        return _read(word, path, syntaxes)
    except ReadError:
        raise
    except Exception:  # XML that python-docx parsed but does not understand (another root, ...)
        from duidelijk import debugging

        if debugging():
            raise
        raise _error("corrupt", CORRUPT) from None


def _is_strict(data: bytes) -> bool:
    """True for a .docx saved as Strict Open XML. Word writes Strict relationship types in the
    package's ``_rels/.rels``; a part written by another program may only have the Strict
    namespace on the root element of word/document.xml, so that start tag is read too, whole,
    however many namespaces it declares."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            try:
                if STRICT_RELATIONSHIPS in z.read("_rels/.rels"):
                    return True
            except KeyError:  # no package relationships: python-docx says so below
                pass
            with z.open("word/document.xml") as part:
                return STRICT_NAMESPACE in _root_start_tag(part)
    except Exception:  # a broken part: python-docx says so below
        return False


def _root_start_tag(part, chunk: int = 4096, limit: int = 1 << 20) -> bytes:
    """The XML declaration and the root element's start tag of a part (at most ``limit`` bytes)."""
    head = b""
    while len(head) < limit:
        more = part.read(chunk)
        head += more
        root = re.search(rb"<[^?!]", head)
        if root and head.find(b">", root.start()) >= 0:
            return head[: head.index(b">", root.start()) + 1]
        if not more:
            break
    return head


def _read(word, path: str | None, syntaxes) -> Document:
    from duidelijk.readers import document_from_blocks

    try:
        styles = {s.style_id: s.name or "" for s in word.styles}
    except Exception:
        styles = {}
    col = _Collector()
    seen_parts: set[int] = set()
    heads, foots = [], []
    for s_index, section in enumerate(word.sections):
        for kind, attr, label in (
            ("header", "first_page_header", "first"), ("header", "header", "default"),
            ("header", "even_page_header", "even"), ("footer", "first_page_footer", "first"),
            ("footer", "footer", "default"), ("footer", "even_page_footer", "even"),
        ):
            try:
                hf = getattr(section, attr)
                if hf.is_linked_to_previous:
                    continue
                element = hf._element
            except Exception:
                continue
            if id(hf.part) in seen_parts:
                continue
            seen_parts.add(id(hf.part))
            (heads if kind == "header" else foots).append((element, {"part": kind, "section": s_index, "type": label}))
    for element, base in heads:
        col.container(element, base["part"], base, styles, kind="header")
    col.container(word.element.body, "body", {"part": "body"}, styles)
    for element, base in foots:
        col.container(element, base["part"], base, styles, kind="footer")
    # text boxes: their paragraphs, after the body
    for t_index, box in enumerate(col.textboxes):
        for p_index, p in enumerate(box.iter(q("p"))):
            text, runs = paragraph_text(p, [])
            if text.strip():
                col.blocks.append(("paragraph", text, {"part": "textbox", "textbox": t_index,
                                                       "paragraph": p_index, "runs": runs}))
    return document_from_blocks(col.blocks, path, "docx", syntaxes)
