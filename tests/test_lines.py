"""mend26: ``duidelijk.lines`` is the one place for the line of an offset (start, end, the line
above), shared by the rules, the readers, ``Document.line_col`` and the suppress directives."""

from __future__ import annotations

from duidelijk.document import Document
from duidelijk.lines import line_above, line_end, line_start
from duidelijk.rules.broken import _after_colon_or_mark

TEXT = "Voorwaarden:\nMoet 18 jaar zijn.\n\nU woont hier."


def test_line_start_is_just_after_the_last_line_break_before_the_offset():
    second = TEXT.index("Moet")
    assert line_start(TEXT, second + 5) == second  # inside the second line
    assert line_start(TEXT, second) == second  # its own first letter
    assert line_start(TEXT, 4) == 0  # the first line has no break before it
    assert line_start(TEXT, second - 1) == 0  # the break itself belongs to the line it ends


def test_line_start_does_not_go_before_the_lower_bound():
    second = TEXT.index("Moet")
    assert line_start(TEXT, second + 5, lo=3) == second  # a break after the bound counts
    assert line_start(TEXT, 8, lo=3) == 3  # no break between the bound and the offset
    assert line_start(TEXT, second + 5, lo=second + 2) == second + 2


def test_line_end_is_the_next_line_break_or_the_end_of_the_text():
    second = TEXT.index("Moet")
    assert line_end(TEXT, second) == TEXT.index("\n", second)
    assert line_end(TEXT, 0) == TEXT.index("\n")
    assert line_end(TEXT, TEXT.index("U woont")) == len(TEXT)  # the last line


def test_line_above_is_the_line_before_a_line_start():
    second = TEXT.index("Moet")
    assert line_above(TEXT, second) == (0, second - 1)
    assert TEXT[slice(*line_above(TEXT, second))] == "Voorwaarden:"
    last = TEXT.index("U woont")
    assert TEXT[slice(*line_above(TEXT, last))] == ""  # a blank line above
    assert line_above(TEXT, 0) == (0, 0)  # nothing above the first line


def test_line_col_and_list_items_read_the_lines():
    doc = Document(source_text=TEXT, text=TEXT, segments=[])
    assert doc.line_col(TEXT.index("18")) == (2, 6)
    assert doc.line_col(3) == (1, 4)
    # a line under "Voorwaarden:" goes on from it; after a blank line a new paragraph starts
    assert _after_colon_or_mark(TEXT, TEXT.index("Moet"))
    assert not _after_colon_or_mark(TEXT, TEXT.index("U woont"))
