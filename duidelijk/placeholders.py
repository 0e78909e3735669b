"""Template placeholders: find them and build the analysed text with a map back to the source.

A placeholder (``{{ naam }}``, ``[NAAM]``, ``«Voornaam»`` ...) becomes one mask word in the
analysed text, so it counts as one word and is never a difficult word. Control blocks
(``{% if %}``, ``{# comment #}``, ``{{#each}}``) are removed. Every finding still points
into the original template through the document's segment map.

A field name written as code in running text is a placeholder too (syntax "code",
``code_spans``): a name in snake_case ("notify_geblokkeerd_wid"), in camelCase with a small
first part ("statusStep", "aanvraagUrl"), or a CamelCase field with a sum of days after it
("DatumVraagbrief+14", "DocumentDatum+14dagen") or between asterisks ("*DatumVraagbrief*").
A writer fills these in; they are no words of the letter. A CamelCase name on its own
("MijnOverheid", "DigiD", "eHerkenning") stays a word: it is the name the reader sees.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duidelijk.document import PLACEHOLDER_MASK, Segment

# name -> (pattern, is_control). Order matters: earlier syntaxes win on overlap.
SYNTAXES: dict[str, list[tuple[str, bool]]] = {
    "jinja": [
        (r"\{#.*?#\}", True),
        (r"\{%-?.*?-?%\}", True),
    ],
    "mustache": [
        (r"\{\{\{.*?\}\}\}", False),
        (r"\{\{[#^/!>].*?\}\}", True),
        (r"\{\{.*?\}\}", False),
    ],
    "dollar": [(r"\$\{[^{}\n]*\}", False)],
    "printf": [
        # Django's blocktrans in .po files: %(tt_openvariable)s x %(tt_closevariable)s = {{ x }}
        (r"%\(tt_openblock\)s.*?%\(tt_closeblock\)s", True),
        (r"%\(tt_openvariable\)s.*?%\(tt_closevariable\)s", False),
        (r"%\([A-Za-z_][\w.]*\)[sdifr]", False),
        (r"%[sd](?!\w)", False),
    ],
    "percent-brace": [(r"%\{[^{}\n]*\}", False)],
    "brace": [(r"\{[Vv]ul [^{}\n]{1,60}\}", False), (r"\{[A-Za-z_][\w.]*(?:\s*,\s*(?:plural|select|number|date)[^{}]*(?:\{[^{}]*\}[^{}]*)*)?\}", False)],
    "laravel": [(r"(?<![\w:/]):[a-z_][a-z0-9_]*\b", False)],
    "square": [(r"\[(?:[A-Z][A-Z0-9 _.-]{1,40}|vul [^\[\]\n]{1,40}|[a-z]+(?: [a-z]+){0,4})\](?!\()", False)],
    "guillemets": [(r"«[^»\n]{1,60}»", False)],
    "angle": [(r"<<[^<>\n]{1,60}>>", False)],
}


# Every syntax's match starts with one of these characters (tests/test_placeholders.py checks
# each pattern). The combined pattern looks for one of them first: Python's regular expressions
# would otherwise try each of the alternatives at every position of the text (a one-page
# letter: 1.15 -> 0.1 ms), with the same matches.
STARTS = "{$%:[«<"


def _compile(enabled: list[str] | tuple[str, ...]) -> re.Pattern | None:
    parts = []
    for name in SYNTAXES:
        if name in enabled:
            for i, (pattern, control) in enumerate(SYNTAXES[name]):
                parts.append(f"(?P<{'c' if control else 'p'}_{name.replace('-', '_')}_{i}>{pattern})")
    # "mustache" also covers the {{ x }} placeholders of Jinja, Django and Twig
    if "jinja" in enabled and "mustache" not in enabled:
        parts.append(r"(?P<p_jinja_var>\{\{.*?\}\})")
    return re.compile(f"(?=[{re.escape(STARTS)}])(?:" + "|".join(parts) + ")", re.DOTALL) if parts else None


_cache: dict[tuple[str, ...], re.Pattern | None] = {}


def find(text: str, enabled) -> list[tuple[int, int, bool]]:
    """(start, end, is_control) of every placeholder in ``text``."""
    key = tuple(sorted(enabled))
    if key not in _cache:
        _cache[key] = _compile(key)
    pattern = _cache[key]
    found = [] if pattern is None else \
        [(m.start(), m.end(), (m.lastgroup or "").startswith("c_")) for m in pattern.finditer(text)]
    if "dollar" in enabled and "${" in text:
        found = _merge(found, dollar_spans(text))
    if "code" in enabled:
        found = _merge(code_spans(text), found)  # a code name inside a placeholder is part of it
    return found


# A field name written as code (see the module text). Not inside a word, an address, a path or
# the query of a link: no letter, digit, "_", ".", "@", "/", "\\", "-" or one of "=#?&%:~" right
# before it; after it no letter, digit, "_", "@", "/", "\\" or "-", and none of ".=&#?%" with
# more text (a full stop or question mark may end the sentence). A camelCase name needs a small
# first part of two letters or more ("eHerkenning", "iPhone" are names); between asterisks or
# with "+14" each part of a CamelCase field has two letters or more ("DigiD" ends in one).
_CAMEL_FIELD = r"(?:[A-Z][a-z]+|[a-z]{2,})(?:[A-Z][a-z0-9]+)+"
CODE = re.compile(
    r"(?<![\w.@/\\=#?&%:~-])(?:"
    rf"\*{_CAMEL_FIELD}(?:\+\d+[a-z]*)?\*"  # *DatumVraagbrief*, *DocumentDatum+14dagen*
    rf"|{_CAMEL_FIELD}\+\d+[a-z]*"  # DatumIncompleetbrief+14
    r"|[a-z]{2,}(?:[A-Z][a-z0-9]+)+"  # statusStep, defaultDateFormat (not "situatieU": a space left out)
    r"|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+"  # notify_geblokkeerd_wid
    r")(?![\w@/\\-]|[.=&#?%]\w)")
# every field name above has a capital after a small letter or a "_" between two letters or
# digits: found first, by a pattern that starts with a character class (Python's regular
# expressions skip to such a character at C speed; a page: 0.02 ms), and only there is CODE tried
_CODE_HINT = re.compile(r"[A-Z_](?<=[a-z][A-Z]|[A-Za-z0-9]_)")
_CODE_WORD = frozenset("_*+")


def code_spans(text: str) -> list[tuple[int, int, bool]]:
    """Field names written as code in ``text`` (syntax "code", see the module text)."""
    out: list[tuple[int, int, bool]] = []
    done = 0
    for hint in _CODE_HINT.finditer(text):
        start = hint.start()
        if start < done:
            continue  # inside the field name found last
        while start > done and (text[start - 1].isalnum() or text[start - 1] in _CODE_WORD):
            start -= 1  # back to the start of the word (with an asterisk before it)
        m = CODE.match(text, start)
        if m and not _dutch_name(m.group()):
            out.append((m.start(), m.end(), False))
            done = m.end()
        elif m:
            done = m.end()
        else:
            done = hint.end()
    return out


_CAMEL_PARTS = re.compile(r"[A-Z]?[a-z]+")


def _dutch_name(span: str) -> bool:
    """Is a camelCase or CamelCase span (without "_", digits or "+14") a name or words of
    Dutch text rather than a field: a name that Dutch text uses as a whole ("mijnOverheid",
    "deVries", "vanHarte", "mmHg"; between asterisks, as plain text writes emphasis:
    "*MijnOverheid*", "*eHerkenning*"), a name whose small first part is a small Dutch word
    ("jouwZaak": an article, a pronoun, a preposition), or words with a left-out space before
    a small word that starts a sentence ("ontvangenWij nemen")? A field made for one template
    ("statusStep", "aanvraagUrl", "*DatumVraagbrief*") is in no text."""
    core = span.strip("*")
    if "_" in core or "+" in core or any(c.isdigit() for c in core):
        return False
    from duidelijk.lexicon import zipf
    from spacy.lang.nl.stop_words import STOP_WORDS

    parts = _CAMEL_PARTS.findall(core)
    return zipf(core) > 0 or any((p[0].isupper() or p is parts[0]) and p.lower() in STOP_WORDS for p in parts)


@lru_cache(maxsize=4096)
def code_field(text: str) -> bool:
    """Is ``text`` as a whole a field name written as code (``code_spans``)? Kept per text
    (bounded): the coverage (``metrics_report.code_fields``) and DD115 ask it of every
    placeholder of a text, and templates share their placeholders ("[NAAM]", "{{ datum }}")."""
    return code_spans(text) == [(0, len(text), False)]


def dollar_spans(text: str) -> list[tuple[int, int, bool]]:
    """``${...}`` of JavaScript template literals, over several lines and with nested braces,
    strings and template literals (``${url ? `<a href="${url}">hier</a>` : ''}``)."""
    out = []
    i = text.find("${")
    while i != -1:
        end = _balanced(text, i + 1)
        if end is None:
            i = text.find("${", i + 2)
            continue
        out.append((i, end, False))
        i = text.find("${", end)
    return out


def _balanced(text: str, i: int, limit: int = 2000) -> int | None:
    """End (exclusive) of the brace group that opens at text[i] == '{', or None."""
    depth = 0
    quote = None
    j = i
    stop = min(len(text), i + limit)
    while j < stop:
        c = text[j]
        if quote:
            if c == "\\":
                j += 2
                continue
            if c == quote:
                quote = None
            elif quote == "`" and c == "$" and text[j + 1 : j + 2] == "{":
                inner = _balanced(text, j + 1, stop - j)
                if inner is None:
                    return None
                j = inner
                continue
        elif c in "'\"`":
            quote = c
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return None


def _merge(found, extra):
    """``extra`` spans win over overlapping ones in ``found``; result sorted, no overlap."""
    out = [f for f in found if not any(f[0] < e and s < f[1] for s, e, _ in extra)]
    out.extend(extra)
    out.sort()
    return out


def mask(source: str, enabled, base: int = 0) -> tuple[str, list[Segment], list[tuple[int, int]]]:
    """Analysed text, segment map and placeholder spans for ``source``.

    ``base`` is the offset of ``source`` inside the whole source file.
    """
    out: list[str] = []
    segments: list[Segment] = []
    placeholders: list[tuple[int, int]] = []
    pos = 0
    length = 0

    def emit(text: str, src_start: int, src_end: int, exact: bool) -> None:
        nonlocal length
        if not text:
            return
        segments.append(Segment(length, len(text), base + src_start, base + src_end, exact))
        out.append(text)
        length += len(text)

    for start, end, control in find(source, enabled):
        emit(source[pos:start], pos, start, True)
        if control:
            before = out[-1][-1:] if out else ""
            after = source[end : end + 1]
            if before and after and before.isalnum() and after.isalnum():
                emit(" ", start, end, False)
        else:
            placeholders.append((length, length + len(PLACEHOLDER_MASK)))
            emit(PLACEHOLDER_MASK, start, end, False)
        pos = end
    emit(source[pos:], pos, len(source), True)
    return "".join(out), segments, placeholders
