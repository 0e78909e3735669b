"""gettext .po files: each msgstr is checked as its own text; findings point at its line.

polib checks that the file is a valid .po file and gives the entries; the offsets of each
msgstr in the file are found by reading its quoted lines, so that escapes (``\\n``, ``\\"``)
map back to the exact place. Empty, obsolete and header entries are skipped.
"""

from __future__ import annotations

import re

from duidelijk.config import PLACEHOLDER_SYNTAXES
from duidelijk.document import Document

_MSGSTR = re.compile(r'^msgstr(?:\[(\d+)\])?\s*"', re.M)
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "", "a": "", "b": "", "f": "", "v": ""}


def _error(code: str, message: str):
    from duidelijk.readers import ReadError

    return ReadError(code, message)


def msgstr_pieces(source: str, line_starts: list[int], linenum: int):
    """Find the msgstr lines of the entry that starts at ``linenum`` (1-based).

    Yields (plural index or None, line number, pieces) where pieces are builder pieces:
    (start, end, None) for plain text, (start, end, text) for an escape.
    """
    n_lines = len(line_starts)
    line = linenum
    current = None
    while line <= n_lines:
        start = line_starts[line - 1]
        end = line_starts[line] - 1 if line < n_lines else len(source)
        text = source[start:end].rstrip("\r")
        stripped = text.lstrip()
        if line > linenum and (not stripped or stripped.startswith(("#", "msgid", "msgctxt"))) and current:
            break
        m = _MSGSTR.match(text)
        if m:
            if current:
                yield current
            current = (int(m.group(1)) if m.group(1) is not None else None, line, [])
            q = _QUOTED.search(text, m.end() - 1)
            if q:
                current[2].extend(_unescape(source, start + q.start(1), start + q.end(1)))
        elif current and stripped.startswith('"'):
            q = _QUOTED.search(text)
            if q:
                current[2].extend(_unescape(source, start + q.start(1), start + q.end(1)))
        line += 1
    if current:
        yield current


def _unescape(source: str, start: int, end: int):
    pieces = []
    pos = start
    i = start
    while i < end:
        if source[i] == "\\" and i + 1 < end:
            if i > pos:
                pieces.append((pos, i, None))
            pieces.append((i, i + 2, _ESCAPES.get(source[i + 1], source[i + 1])))
            i += 2
            pos = i
        else:
            i += 1
    if pos < end:
        pieces.append((pos, end, None))
    return pieces


# an HTML tag: its name is followed by white space, "/" or ">" ("(x<y) is klein" holds none), and
# it ends on the line it starts on (a "\n" escape inside is a line break of the text, no tag)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?=[\s/>])[^<>\"\n]*(?:\"[^\"\n]*\"[^<>\"\n]*)*>")
_BREAK_TAG = re.compile(r"</?(p|br|div|li|ul|ol|h[1-6]|tr|table)\b", re.I)


def _drop_tags(source: str, pieces):
    """HTML tags inside a msgstr are markup, not text: leave them out of the analysed text.
    Gives the pieces and whether it found a tag.
    A tag is found in the msgstr as it reads, so also when its quotes are escapes or it runs
    over two quoted lines ('<a class=\\"link\\" "' + '"href=...>'): each such tag becomes one
    piece, from its first character in the file to its last."""
    chars: list[tuple[str, int, int]] = []  # the msgstr as it reads: (char, piece, offset in it)
    for n, (s, e, t) in enumerate(pieces):
        if t is None:
            chars.extend((source[s + k], n, k) for k in range(e - s))
        else:
            chars.extend((c, n, -1) for c in t)
    text = "".join(c for c, _, _ in chars)
    tags = list(_TAG.finditer(text))
    if not tags:
        return list(pieces), False

    def at(i: int, end: bool = False) -> int:  # the file offset of the i-th character (its end)
        _, n, k = chars[i]
        s, e, _ = pieces[n]
        return (e if end else s) if k < 0 else s + k + (1 if end else 0)

    out = []
    pos = 0  # the first character not yet given out
    for m in tags:
        out.extend(_keep(pieces, chars, pos, m.start(), at))
        out.append((at(m.start()), at(m.end() - 1, end=True), "\n" if _BREAK_TAG.match(m.group()) else ""))
        pos = m.end()
    out.extend(_keep(pieces, chars, pos, len(chars), at))
    return out, True


def _keep(pieces, chars, begin: int, end: int, at):
    """The pieces that give characters ``begin`` to ``end`` of the msgstr as they were."""
    out = []
    i = begin
    while i < end:
        n = chars[i][1]
        j = i
        while j < end and chars[j][1] == n:
            j += 1
        s, e, t = pieces[n]
        out.append((s, e, t) if t is not None else (at(i), at(j - 1, end=True), None))
        i = j
    return out


def po_document(text: str, path: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES) -> Document:
    import polib

    from duidelijk.readers import DocumentBuilder

    try:
        po = polib.pofile(text)
    except Exception:
        raise _error("corrupt", "Dit .po-bestand klopt niet. Controleer het met een vertaalprogramma.") from None
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    builder = DocumentBuilder(text, path, "po", syntaxes)
    for entry in po:
        if entry.obsolete or not entry.msgid:
            continue
        values = [entry.msgstr] if not entry.msgid_plural else [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
        if not any(v.strip() for v in values):
            continue
        found = list(msgstr_pieces(text, line_starts, entry.linenum)) if entry.linenum else []
        for plural, line, pieces in found:
            if not any((text[s:e] if t is None else t).strip() for s, e, t in pieces):
                continue
            location = {"line": line, "msgid": entry.msgid}
            if entry.msgctxt:
                location["msgctxt"] = entry.msgctxt
            if plural is not None:
                location["plural"] = plural
            if "fuzzy" in entry.flags:
                location["fuzzy"] = True
            # escapes such as \n inside one msgstr: a line break, as in the shown text
            kept, tagged = _drop_tags(text, pieces)  # squeeze the white space around the tags it found
            builder.add_pieces("paragraph", kept, location, squeeze=tagged)
    return builder.build(letter=False)
