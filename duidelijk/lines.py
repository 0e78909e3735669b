"""The line of an offset in a text: where it starts, where it ends, the line above it.

One place for the line arithmetic that rules, readers and the suppress directives share
(``text.rfind("\\n", 0, i) + 1`` and its kin). A line ends at its "\\n" (not part of it) or at
the end of the text. Offsets are string indices; nothing here reads a Doc, so ``document``
and the readers can use it too.
"""

from __future__ import annotations


def line_start(text: str, i: int, lo: int = 0) -> int:
    """The offset where the line that holds offset ``i`` starts: just after the last "\\n"
    before ``i``; ``lo`` when there is none from ``lo`` on (the start of a block inside
    ``text``)."""
    return max(text.rfind("\n", lo, i) + 1, lo)


def line_end(text: str, i: int) -> int:
    """The offset of the "\\n" that ends the line holding offset ``i``, or ``len(text)`` for
    the last line."""
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def line_above(text: str, start: int) -> tuple[int, int]:
    """(start, end) of the line above the line that starts at ``start`` (``start`` must be
    such a start, after a "\\n"); ``end`` is that "\\n". (0, 0) at the top of the text."""
    if start <= 0:
        return 0, 0
    return line_start(text, start - 1), start - 1
