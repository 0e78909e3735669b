"""Regular expressions compiled once per user and Python, not at every start.

The tokenizer's suffix and infix expressions (spaCy's Dutch punctuation rules: 48,000
characters, with character classes of thousands of letters) take Python's ``re`` 50-90 ms
to compile at every start, most of it spent turning each class into a table of code points.
What ``re`` makes of an expression is a list of numbers (its code) that CPython's ``_sre``
turns into a pattern object. ``compile_all`` keeps that list in ``duidelijk.datacache``,
under a name made from the expressions and the Python version, and builds the pattern from
it directly the next time: the same pattern object as ``re.compile`` gives (equal in pattern,
flags and code, which ``Pattern.__eq__`` compares; tests/test_tokenizer.py checks it). A code
list is only kept after the pattern built from it has compared equal to ``re.compile``'s.
Anything unexpected (another Python, no cache folder, a damaged file) means ``re.compile``.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path


def _key(expressions: list[str]) -> str | None:
    try:
        import _sre
    except ImportError:  # pragma: no cover - not CPython
        return None
    h = hashlib.sha256(f"{sys.implementation.name}:{sys.version}:{_sre.MAGIC}:{_sre.CODESIZE}".encode())
    for expression in expressions:
        h.update(b"\0" + expression.encode("utf-8", "surrogatepass"))
    return "regex-" + h.hexdigest()[:16]


def compile_all(expressions: list[str]) -> list[re.Pattern]:
    """``[re.compile(e) for e in expressions]``, from the stored code where there is some."""
    try:
        key = _key(expressions)
        if key is not None:
            found = _load(key, expressions)
            if found is not None:
                return found
    except Exception:  # noqa: BLE001 - the cache is only a shortcut
        key = None
    patterns = [re.compile(e) for e in expressions]
    if key is not None:
        try:
            _store(key, expressions, patterns)
        except Exception:  # noqa: BLE001
            pass
    return patterns


def _sources() -> list[Path]:
    return [Path(__file__)]


def _load(key: str, expressions: list[str]) -> list[re.Pattern] | None:
    import _sre

    from duidelijk import datacache

    stored = datacache.load(key, _sources())
    if stored is None:
        return None
    out = []
    for n, expression in enumerate(expressions):
        if stored[f"text{n}"].tobytes().decode("utf-8", "surrogatepass") != expression:
            return None
        flags, groups = (int(x) for x in stored[f"meta{n}"])
        code = stored[f"code{n}"].tolist()
        out.append(_sre.compile(expression, flags, code, groups, {}, (None,) * (groups + 1)))
    return out


def _code(expression: str) -> list[int]:
    """The code ``re.compile(expression)`` makes (CPython's ``re._compiler.compile``)."""
    from re import _compiler, _parser

    return _compiler._code(_parser.parse(expression, 0), 0)


def _store(key: str, expressions: list[str], patterns: list[re.Pattern]) -> None:
    import _sre

    import numpy

    from duidelijk import datacache

    arrays = {}
    for n, (expression, pattern) in enumerate(zip(expressions, patterns)):
        if pattern.groupindex:  # named groups: not kept (none in the tokenizer's expressions)
            return
        code = _code(expression)
        again = _sre.compile(expression, pattern.flags, code, pattern.groups, {}, (None,) * (pattern.groups + 1))
        if again != pattern:  # not what re.compile makes: keep nothing
            return
        arrays[f"text{n}"] = numpy.frombuffer(expression.encode("utf-8", "surrogatepass"), dtype=numpy.uint8)
        arrays[f"code{n}"] = numpy.array(code, dtype=numpy.uint32)
        arrays[f"meta{n}"] = numpy.array([pattern.flags, pattern.groups], dtype=numpy.int64)
    datacache.store(key, _sources(), arrays)
