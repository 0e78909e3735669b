"""HTML: the visible text only, in blocks from the tags; offsets lead back into the HTML.

Built on the standard library's ``html.parser``, which reads broken HTML too (an e-mail
template with ``<p>`` where ``</p>`` was meant). Scripts, styles, the ``<head>``, and hidden
elements (``hidden``, ``aria-hidden="true"``, ``display:none`` or ``visibility:hidden`` in an
inline style) are skipped. Entities (``&nbsp;``, ``&eacute;``) are read as the character they
stand for; runs of white space become one space; ``<br>`` becomes a line break.
"""

from __future__ import annotations

import bisect
import html
import html.entities
import re
from html.parser import HTMLParser

from duidelijk.config import PLACEHOLDER_SYNTAXES
from duidelijk.document import Document

BLOCK_KINDS = {
    **{f"h{i}": "heading" for i in range(1, 7)},
    "p": "paragraph", "li": "list-item", "dt": "paragraph", "dd": "paragraph",
    "td": "table-cell", "th": "table-cell", "caption": "paragraph", "blockquote": "quote",
    "figcaption": "paragraph", "address": "address", "pre": "paragraph",
    "header": "paragraph", "footer": "paragraph",
}
# tags that end the running block without being a block of their own
BREAKING = {
    "div", "section", "article", "main", "nav", "aside", "table", "tr", "tbody", "thead",
    "tfoot", "ul", "ol", "dl", "form", "fieldset", "hr", "center", "body", "html", "figure",
    "details", "summary", "label", "option", "button",
}
SKIPPED = {"script", "style", "head", "title", "template", "noscript", "svg", "math",
           "iframe", "object", "select", "textarea", "meta", "link"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}
# a start tag of these closes an open element of the same kind (<p> ... <p>, <li> ... <li>)
IMPLIED_CLOSE = {"p": {"p"}, "li": {"li"}, "td": {"td", "th"}, "th": {"td", "th"},
                 "tr": {"tr", "td", "th"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


# what a character reference stands for as a reader sees the words: a no-break space is a
# space, a zero-width space and a soft hyphen are nothing ("aanvraag&shy;formulier" is one word)
SEEN_AS = {"\u00a0": " ", "\u200b": "", "\u00ad": ""}


def reference_text(raw: str) -> str | None:
    """The text of an HTML character reference ("&nbsp;", "&#173;") as a reader sees it, or
    None when ``raw`` names no character (CommonMark: a full name with its ";")."""
    if raw[1:2] != "#" and raw[1:] not in html.entities.html5:
        return None
    text = html.unescape(raw)
    return SEEN_AS.get(text, text)


class _Element:
    __slots__ = ("tag", "hidden", "children", "path")

    def __init__(self, tag: str, hidden: bool, path: str):
        self.tag = tag
        self.hidden = hidden
        self.children: dict[str, int] = {}
        self.path = path


class _Parser(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        root = _Element("#root", False, "")
        self.stack: list[_Element] = [root]
        self.hidden_depth = 0
        self.blocks: list[tuple[str, list, dict]] = []
        self.pieces: list[tuple[int, int, str | None]] = []
        self.block_kind = "paragraph"
        self.block_loc: dict = {}

    # --- positions ---------------------------------------------------------------
    def pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # --- blocks ------------------------------------------------------------------
    def flush(self) -> None:
        if self.pieces:
            self.blocks.append((self.block_kind, self.pieces, self.block_loc))
        self.pieces = []
        self.block_kind = "paragraph"
        self.block_loc = {}

    def visible(self) -> bool:
        return not any(e.hidden for e in self.stack)

    def current_block_element(self) -> _Element | None:
        for e in reversed(self.stack):
            if e.tag in BLOCK_KINDS:
                return e
        return None

    def start_piece(self) -> None:
        if not self.pieces:
            el = self.current_block_element() or self.stack[-1]
            self.block_kind = BLOCK_KINDS.get(el.tag, "paragraph")
            if el.tag == "pre":
                self.block_kind = "paragraph"
            line = bisect.bisect_right(self.line_starts, self.pos())
            self.block_loc = {"element": el.tag if el.tag != "#root" else "body",
                              "path": el.path or "body", "line": line}

    # --- tags --------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag == "br":
            if self.visible() and self.pieces:
                at = self.pos()
                end = at + len(self.get_starttag_text() or "")
                self.pieces.append((at, end, "\n"))
            return
        closes = IMPLIED_CLOSE.get(tag)
        if closes:
            for i in range(len(self.stack) - 1, 0, -1):
                t = self.stack[i].tag
                if t in closes:
                    del self.stack[i:]
                    break
                if t in {"table", "ul", "ol", "dl", "div", "body"}:
                    break
        if tag in BLOCK_KINDS or tag in BREAKING:
            self.flush()
        if tag in VOID:
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        hidden = (
            tag in SKIPPED
            or "hidden" in a
            or a.get("aria-hidden", "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(a.get("style", "")))
            or a.get("type", "").lower() == "hidden"
        )
        parent = self.stack[-1]
        parent.children[tag] = parent.children.get(tag, 0) + 1
        n = parent.children[tag]
        path = f"{parent.path} > {tag}" if parent.path else tag
        if n > 1 or tag not in {"html", "body"}:
            path += f":nth-of-type({n})" if n > 1 else ""
        self.stack.append(_Element(tag, hidden, path))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag.lower() not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                if tag in BLOCK_KINDS or tag in BREAKING or any(
                    e.tag in BLOCK_KINDS or e.tag in BREAKING for e in self.stack[i + 1 :]
                ):
                    self.flush()
                del self.stack[i:]
                return

    # --- text --------------------------------------------------------------------
    def handle_data(self, data):
        if not self.visible():
            return
        if not self.pieces and not data.strip():
            return
        self.start_piece()
        at = self.pos()
        self.pieces.append((at, at + len(data), None))

    def handle_entityref(self, name):
        self._ref(f"&{name};", html.unescape(f"&{name};"))

    def handle_charref(self, name):
        self._ref(f"&#{name};", html.unescape(f"&#{name};"))

    def _ref(self, raw: str, text: str):
        if not self.visible():
            return
        at = self.pos()
        if not self.source.startswith(raw, at):  # "&amp" without ";"
            raw = raw[:-1]
        text = SEEN_AS.get(text, text)
        if not self.pieces and not text.strip():
            return
        self.start_piece()
        self.pieces.append((at, at + len(raw), text))


def html_document(text: str, path: str | None = None, syntaxes=PLACEHOLDER_SYNTAXES) -> Document:
    from duidelijk.readers import DocumentBuilder

    parser = _Parser(text)
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # html.parser is lenient; this is a last resort for odd input
        pass
    parser.flush()
    builder = DocumentBuilder(text, path, "html", syntaxes)
    for kind, pieces, location in parser.blocks:
        builder.add_pieces(kind, pieces, location, squeeze=True)
    return builder.build()
