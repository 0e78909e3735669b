"""Readers turn a file into one ``Document`` with offsets back to the source.

Every reader reduces its format to a source text plus blocks; ``DocumentBuilder`` then masks
placeholders and joins the blocks into the analysed text, with a segment map back.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from duidelijk import placeholders
from duidelijk.config import PLACEHOLDER_SYNTAXES
from duidelijk.document import Block, Document, Segment
from duidelijk.lines import line_start

MAX_BYTES = 5 * 1024 * 1024  # text files (txt, md, html, po) larger than this are refused
MAX_BINARY_BYTES = 50 * 1024 * 1024  # docx and pdf files larger than this are refused
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Every suffix ``duidelijk check`` should collect from a folder. The reader itself sniffs the
# content, so a wrong suffix still gives the right reader (or a clear message).
SUPPORTED_SUFFIXES = frozenset(TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf", ".po"})
MB = 1024 * 1024
# The language model reads at most this many characters at once (spaCy's max_length). A
# longer text is refused with a message, never cut short without a word.
MAX_CHARS = 1_000_000


class ReadError(Exception):
    """A file could not be read. ``code`` is stable; ``message`` is plain Dutch."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


def check_failed(err: Exception) -> ReadError:
    """The ReadError ``check-failed``: an error in duidelijk, not in the file. It names the
    type of the error for the administrator, never its text (which may quote the letter)."""
    return ReadError(
        "check-failed",
        f"Bij dit bestand ging iets mis in duidelijk ({type(err).__name__}). Dat ligt niet aan u. "
        "Meld dit aan de beheerder.",
    )


class DocumentBuilder:
    """Collect blocks of a source text and build the analysed ``Document``.

    Every block's ``location`` gets ``source_start`` and ``source_end``: where the block
    begins and ends in ``source`` (used by ``Document.location_of``).
    """

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
        self.meta: dict = {}

    def add(self, kind: str, start: int, end: int, location: dict | None = None,
            skip: list[tuple] = ()) -> None:
        """Add source[start:end] as one block, leaving out the ``skip`` ranges (markup): (start,
        end) drops the range, (start, end, text) puts ``text`` in its place (a character
        reference such as "&nbsp;")."""
        pieces = []
        pos = start
        for item in sorted(skip):
            s, e = item[0], item[1]
            if s > pos:
                pieces.append((pos, s, None))
            if len(item) > 2 and s >= pos:
                pieces.append((s, e, item[2]))
            pos = max(pos, e)
        if pos < end:
            pieces.append((pos, end, None))
        self.add_pieces(kind, pieces, location)

    def add_pieces(self, kind: str, pieces, location: dict | None = None,
                   squeeze: bool = False) -> None:
        """Add one block made of ``pieces``: (start, end, None) copies source[start:end];
        (start, end, text) puts ``text`` in place of that source range (an entity, an escape).

        Placeholders are masked inside each copied piece. With ``squeeze`` runs of white
        space (as in HTML) become one space.
        """
        pieces = [p for p in pieces if p[1] > p[0] or p[2]]
        if not any((self.source[s:e] if t is None else t).strip() for s, e, t in pieces):
            return
        # trim white space at the block's edges, so blocks start and end with text
        while pieces and (self.source[pieces[0][0]:pieces[0][1]] if pieces[0][2] is None else pieces[0][2]).strip() == "":
            pieces.pop(0)
        while pieces and (self.source[pieces[-1][0]:pieces[-1][1]] if pieces[-1][2] is None else pieces[-1][2]).strip() == "":
            pieces.pop()
        s0, e0, t0 = pieces[0]
        if t0 is None:
            lead = len(self.source[s0:e0]) - len(self.source[s0:e0].lstrip())
            pieces[0] = (s0 + lead, e0, None)
        s1, e1, t1 = pieces[-1]
        if t1 is None:
            chunk = self.source[s1:e1]
            pieces[-1] = (s1, s1 + len(chunk.rstrip()), None)
        if self.parts:
            self._emit("\n\n", None)
        block_start = self.length
        for s, e, replacement in pieces:
            if replacement is not None:
                if replacement:
                    self.segments.append(Segment(self.length, len(replacement), s, e, False))
                    self.parts.append(replacement)
                    self.length += len(replacement)
                continue
            text, segs, phs = placeholders.mask(self.source[s:e], self.syntaxes, base=s)
            if squeeze:
                text, segs, phs = _squeeze(text, segs, phs)
            for seg in segs:
                seg.start += self.length
                self.segments.append(seg)
            self.placeholders.extend((a + self.length, b + self.length) for a, b in phs)
            self.parts.append(text)
            self.length += len(text)
        location = dict(location or {})
        location.setdefault("source_start", pieces[0][0])
        location.setdefault("source_end", pieces[-1][1])
        self.blocks.append(Block(kind, block_start, self.length, location))

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
            meta=dict(self.meta),
        )


_SPACE_RUN = re.compile(r"[ \t\r\n\f\u00a0]{2,}|[\t\r\n\f]")


def _squeeze(text: str, segs: list[Segment], phs: list[tuple[int, int]]):
    """Turn runs of white space into one space, keeping the segment map right."""
    if not _SPACE_RUN.search(text):
        return text, segs, phs
    out: list[str] = []
    new_segs: list[Segment] = []
    length = 0
    shift: list[tuple[int, int]] = []  # (old offset, new offset) at segment starts
    for seg in segs:
        chunk = text[seg.start : seg.start + seg.length]
        shift.append((seg.start, length))
        if not seg.exact:
            new_segs.append(Segment(length, seg.length, seg.source_start, seg.source_end, False))
            out.append(chunk)
            length += seg.length
            continue
        pos = 0
        for m in _SPACE_RUN.finditer(chunk):
            if m.start() > pos:
                n = m.start() - pos
                new_segs.append(Segment(length, n, seg.source_start + pos, seg.source_start + m.start()))
                out.append(chunk[pos : m.start()])
                length += n
            new_segs.append(Segment(length, 1, seg.source_start + m.start(), seg.source_start + m.end(), False))
            out.append(" ")
            length += 1
            pos = m.end()
        if pos < len(chunk):
            new_segs.append(Segment(length, len(chunk) - pos, seg.source_start + pos, seg.source_end))
            out.append(chunk[pos:])
            length += len(chunk) - pos
    starts = dict(shift)
    new_phs = [(starts[a], starts[a] + (b - a)) for a, b in phs if a in starts]
    return "".join(out), new_segs, new_phs


def document_from_blocks(blocks, path: str | None, fmt: str, syntaxes, meta: dict | None = None) -> Document:
    """Join extracted ``(kind, text, location)`` blocks into a source text (blank line between
    blocks) and build the ``Document``; each location gets its ``source_start``/``source_end``.
    Used by the readers whose source is not plain text (docx, pdf)."""
    parts: list[str] = []
    spans: list[tuple[str, int, int, dict]] = []
    pos = 0
    for kind, text, location in blocks:
        if parts:
            parts.append("\n\n")
            pos += 2
        spans.append((kind, pos, pos + len(text), {**location, "source_start": pos, "source_end": pos + len(text)}))
        parts.append(text)
        pos += len(text)
    builder = DocumentBuilder("".join(parts), path, fmt, syntaxes)
    builder.meta = dict(meta or {})
    for kind, start, end, location in spans:
        builder.add(kind, start, end, location)
    return builder.build()


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. A lone
    CR (the line end of old Macs, or mixed in) becomes a line feed, as editors show it."""
    text = _decode(data)
    return _LONE_CR.sub("\n", text) if "\r" in text else text


# one character for one: every offset stays right. A CR before more CRs and a LF stays as it
# is: CR CR LF (a CRLF file saved again in text mode on Windows) is one line end, as CRLF is;
# CR CR (old Macs) is still two.
_LONE_CR = re.compile(r"\r(?!\r*\n)")


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError("encoding", "De tekens in dit bestand zijn niet te lezen.") from None
    if looks_binary(data):
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise ReadError("binary", "Dit bestand is geen tekst. Kies een tekstbestand, Word-bestand of pdf.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > max(3, len(text) // 100):
            raise ReadError("encoding", "De tekens in dit bestand zijn niet te lezen.") from None
        return text


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 without a byte order mark (some exports write it), else None.

    Dutch text is almost all Latin letters (below U+0100): in UTF-16 every other byte is then
    NUL, the other bytes almost never. Binary data has no such pattern."""
    head = data[:8192]
    pairs = len(head) // 2
    if pairs < 8 or len(data) % 2:
        return None
    low_nul, high_nul = head[0::2][:pairs].count(0), head[1::2][:pairs].count(0)
    if high_nul >= 0.9 * pairs and low_nul <= 0.1 * pairs:
        encoding = "utf-16-le"
    elif low_nul >= 0.9 * pairs and high_nul <= 0.1 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if looks_binary(text[:8192].encode("utf-8")) else text


_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes, or many control characters."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _BINARY_BYTES))
    return controls > max(8, len(head) // 20)


_PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# HTML tags in a plain text (a template of an e-mail or a web page saved as .txt): markup, no
# words for the reader. Only tags of HTML's text elements, also spread over several lines
# (``<a\n  href=${url}\n  rel="noopener"\n>``), so that "a <b en c> d" in a sentence is
# left alone unless it is one of these tags
_HTML_TAG = re.compile(
    r"</?(?:a|abbr|b|br|div|em|h[1-6]|hr|i|img|li|ol|p|small|span|strong|sub|sup|table|tbody|td|th|"
    r"thead|tr|u|ul)(?=[\s>/])(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>", re.I)


_BREAK_TAG = re.compile(r"</?(?:br|div|h[1-6]|hr|li|ol|p|table|tr|ul)\b", re.I)


def _tags(text: str, s: int, e: int, syntaxes=PLACEHOLDER_SYNTAXES) -> list[tuple]:
    """The ranges of HTML tags in text[s:e] to leave out, each (start, end) or (start, end,
    "\n"). A tag that starts its line takes the white space after it along, so a tag on lines
    of its own leaves one line break, not an empty line (which would start a new paragraph).
    A tag inside a line keeps the line break after it ("Jansen, <br>\nHierbij"), and a tag
    that breaks a line between two words becomes a line break ("klikken.<br>Onderstaande"),
    once for tags in a row ("</p><p>"). Not a tag: one inside a placeholder ("{{ '<br>' if
    html }}") and an opening "<" right after a letter or digit ("a<b en b>c")."""
    if "<" not in text[s:e]:
        return []
    held = [(s + a, s + b) for a, b, _ in placeholders.find(text[s:e], syntaxes)]
    out: list[tuple] = []
    for t in _HTML_TAG.finditer(text, s, e):
        start, end = t.start(), t.end()
        if any(a <= start and end <= b for a, b in held):
            continue  # a piece of a placeholder; a placeholder inside a tag goes with the tag
        if start > s and text[start + 1] != "/" and text[start - 1].isalnum():
            continue
        if text[line_start(text, start, s):start].strip() == "":  # the tag starts its line
            while end < e and text[end].isspace():
                end += 1
            out.append((start, end))
            continue
        if text[start - 1] in " \t":  # "Naam <br> Adres": one space is enough
            while end < e and text[end] in " \t":
                end += 1
        joined = out and out[-1][1] == start  # right after another tag
        if end < e and not text[end].isspace() and _BREAK_TAG.match(t.group()) and not (
                joined and len(out[-1]) == 3):
            out.append((start, end, "\n"))
        elif joined and len(out[-1]) == 3 and end < e and text[end].isspace():
            out.append((start, end))  # "</p><p>" then white space: one break is enough
        else:
            out.append((start, end))
    return out


def text_document(text: str, path: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES) -> Document:
    """A plain text: paragraphs at blank lines."""
    builder = DocumentBuilder(text, path, "text", syntaxes)
    line, counted = 1, 0  # line numbers counted on the way (a long file stays fast)
    for m in _PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in "\r\n":
            e -= 1
        skip = [(c.start(), c.end()) for c in _CONTROL.finditer(text, s, e)]
        skip += _tags(text, s, e, syntaxes)
        line += text.count("\n", counted, s)
        counted = s
        builder.add("paragraph", s, e, {"line": line}, skip=skip)
    return builder.build()


def markdown_document(text: str, path: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES) -> Document:
    """Markdown: headings and list items as blocks; front matter and code blocks skipped."""
    from duidelijk.readers.markdown import markdown_blocks

    builder = DocumentBuilder(text, path, "markdown", syntaxes)
    for kind, start, end, skip in markdown_blocks(text):
        builder.add(kind, start, end, {"line": text.count("\n", 0, start) + 1}, skip=skip)
    return builder.build()


def sniff(data: bytes, name: str | None = None) -> str:
    """The format of ``data`` by its content: pdf, docx, zip, html, po, markdown or text.

    The name's suffix only decides between text formats that look alike (markdown).
    """
    head = data[:1024]
    if data[:5] == b"%PDF-" or b"%PDF-" in head:
        return "pdf"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "docx" if b"word/" in data[:65536] or _zip_has(data, "word/document.xml") else "zip"
    if data[:8] == COMPOUND_FILE:
        return "doc"
    if data[:5] == b"{\\rtf":
        return "rtf"
    suffix = Path(name or "").suffix.lower()
    try:
        text_head = data[:4096].decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    except Exception:  # pragma: no cover - decode with errors=ignore does not raise
        text_head = ""
    low = text_head.lower()
    if low.startswith(("<!doctype html", "<html", "<?xml")) and ("<html" in low or "<body" in low):
        return "html"
    if _PO_HINT.search(text_head) and (suffix in {".po", ".pot"} or _PO_STR.search(data[:65536].decode("utf-8", "ignore"))):
        return "po"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix not in TEXT_SUFFIXES and _HTML_HINT.search(text_head[:2048]):
        return "html"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    return "text"


_PO_HINT = re.compile(r'^msgid\s+"', re.M)
_PO_STR = re.compile(r'^msgstr(\[\d+\])?\s+"', re.M)
_HTML_HINT = re.compile(r"<(html|body|head|div|p|table|h[1-6]|ul|ol|br\s*/?|span|a\s+href)\b[^>]*>", re.I)


def _zip_has(data: bytes, member: str) -> bool:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return member in z.namelist()
    except Exception:
        return False


def read_path(path: str | Path, syntaxes=PLACEHOLDER_SYNTAXES, *, language_check: bool = True) -> Document:
    """Read any supported file into a ``Document``; raises ``ReadError`` in plain Dutch.

    The size is checked before the file is read, so a huge file never fills the memory.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        if str(path).endswith(("/", os.sep)):  # named as a folder ("brieven/")
            raise ReadError("not-found", f"De map '{p}' bestaat niet.") from None
        if not p.suffix:  # 'brieven' or Path("brieven/"): a folder or a file without an extension
            raise ReadError("not-found", f"Er is geen bestand of map met de naam '{p}'.") from None
        raise ReadError("not-found", f"Het bestand '{p}' bestaat niet.") from None
    except OSError:
        raise ReadError("unreadable", f"duidelijk kan het bestand '{p}' niet openen.") from None
    if p.is_dir():
        try:
            with os.scandir(p):
                pass
        except OSError:  # a folder of a check that cannot be opened (no permission)
            raise ReadError("unreadable", f"duidelijk kan de map '{p}' niet openen. Mag u die map lezen?") from None
        raise ReadError("directory", f"'{p}' is een map, geen bestand.")
    if size == 0:
        raise ReadError("empty", "Het bestand is leeg.")
    try:
        with p.open("rb") as fh:
            head = fh.read(8)
            limit = MAX_BINARY_BYTES if _binary_format(head) else MAX_BYTES
            _check_size(size, limit)
            fh.seek(0)
            data = fh.read(limit + 1)
    except OSError:
        raise ReadError("unreadable", f"duidelijk kan het bestand '{p}' niet openen.") from None
    return read_bytes(data, str(path), syntaxes, language_check=language_check)


def check_length(text: str) -> None:
    """ReadError ``too-long`` for a text longer than ``MAX_CHARS``: the whole text is checked,
    or the user hears why not."""
    if len(text) > MAX_CHARS:
        n, most = (f"{x:,}".replace(",", ".") for x in (len(text), MAX_CHARS))
        raise ReadError(
            "too-long",
            f"De tekst is te lang: {n} tekens. duidelijk leest hoogstens {most} tekens per bestand. "
            "Maak er kleinere bestanden van.",
        )


def _binary_format(head: bytes) -> bool:
    """True for a file with the size limit of Word files and pdfs: a pdf, a zip (.docx) or a
    compound file (an old .doc, or a .docx locked with a password)."""
    return head[:4] == b"%PDF" or head[:2] == b"PK" or head[:8] == COMPOUND_FILE


COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .doc files and locked .docx files


def _check_size(size: int, limit: int, cut_off: bool = False) -> None:
    """ReadError ``too-large`` for ``size`` over ``limit``. With ``cut_off`` only the first
    ``limit + 1`` bytes were read (a stream): the real size is not known, so it is not named."""
    if size > limit:
        kind = "Een Word-bestand of pdf" if limit == MAX_BINARY_BYTES else "Een tekstbestand"
        how_large = "" if cut_off else f" ({size / MB:.0f} megabyte)"
        raise ReadError(
            "too-large",
            f"Het bestand is te groot{how_large}. {kind} mag hoogstens {limit // MB} megabyte zijn.",
        )


def read_stream(stream, name: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES, *,
                language_check: bool = True) -> Document:
    """Read a binary stream (standard input) into a ``Document``: at most one byte more than
    a file of its kind may have (the text limit, unless it starts as a Word file or pdf), so a
    huge stream never fills the memory."""
    data = stream.read(MAX_BYTES + 1)
    limit = MAX_BINARY_BYTES if _binary_format(data[:8]) else MAX_BYTES
    if len(data) > MAX_BYTES and limit == MAX_BINARY_BYTES:
        data += stream.read(MAX_BINARY_BYTES + 1 - len(data))
    _check_size(len(data), limit, cut_off=True)
    return read_bytes(data, name, syntaxes, language_check=language_check)


def read_bytes(data: bytes, name: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES, *,
               language_check: bool = True) -> Document:
    """Read the bytes of a file into a ``Document``. The format is sniffed from the content."""
    if not data or not data.strip():
        raise ReadError("empty", "Het bestand is leeg.")
    fmt = sniff(data, name)
    _check_size(len(data), MAX_BINARY_BYTES if fmt in {"pdf", "docx", "zip", "doc"} else MAX_BYTES)
    suffix = Path(name or "").suffix.lower()
    if fmt == "pdf":
        from duidelijk.readers.pdf import pdf_document

        doc = pdf_document(data, name, syntaxes)
    elif fmt == "docx":
        from duidelijk.readers.docx import docx_document

        doc = docx_document(data, name, syntaxes)
    elif fmt == "zip":
        if suffix == ".docx":
            from duidelijk.readers.docx import docx_document

            docx_document(data, name, syntaxes)  # raises the right message (corrupt, bomb ...)
        raise ReadError("unsupported", "Dit is een zip-bestand, geen Word-bestand. Kies een .docx, .pdf of tekstbestand.")
    elif fmt == "doc" and _ENCRYPTED_PACKAGE in data:
        # Word keeps a .docx with a password inside a compound file, as old .doc files are
        raise ReadError(
            "encrypted",
            "Dit Word-bestand is beveiligd met een wachtwoord. Haal het wachtwoord eraf en probeer het opnieuw.",
        )
    elif fmt in {"doc", "rtf"}:
        raise ReadError(
            "unsupported",
            "Dit is een oud Word-bestand. Sla het in Word op als .docx en probeer het opnieuw.",
        )
    else:
        if suffix == ".docx":
            raise ReadError("corrupt", "Dit Word-bestand is kapot. Sla het in Word opnieuw op en probeer het nog eens.")
        if suffix == ".pdf":
            raise ReadError("corrupt", "Deze pdf is kapot. Maak de pdf opnieuw en probeer het nog eens.")
        text = decode(data)
        if fmt == "html":
            from duidelijk.readers.html import html_document

            doc = html_document(text, name, syntaxes)
        elif fmt == "po":
            from duidelijk.readers.po import po_document

            doc = po_document(text, name, syntaxes)
        elif fmt == "markdown":
            doc = markdown_document(text, name, syntaxes)
        else:
            doc = text_document(text, name, syntaxes)
    if suffix and suffix not in _SUFFIX_FORMATS.get(doc.format, {suffix}):
        doc.meta["suffix_mismatch"] = f"Dit bestand heet {suffix}, maar is een {doc.format}-bestand."
    if not any(ch.isalnum() for ch in doc.text):  # also a file of only zero-width spaces or emoji
        raise ReadError("no-text", "Er staat geen tekst in dit bestand.")
    check_length(doc.text)
    if language_check:
        from duidelijk.readers.language import check_dutch

        check_dutch(doc)
    return doc


# the stream that holds the locked .docx in a compound file (its name in the directory, UTF-16)
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

_SUFFIX_FORMATS = {
    "pdf": {".pdf"},
    "docx": {".docx", ".docm", ".dotx"},
    "html": HTML_SUFFIXES | {".txt"},
    "po": {".po", ".pot"},
}
