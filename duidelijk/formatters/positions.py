"""Start and end positions of a finding in the original file, for the CI formats.

``Finding.line``/``column`` point at the start (1-based, in characters); ``Finding.text`` is
the source text of the finding, so the end follows from it without the document. End
columns are exclusive: the column just after the last character.
"""

from __future__ import annotations

from pathlib import Path


def end_position(finding) -> tuple[int, int]:
    text = finding.text or ""
    if "\n" in text:
        return finding.line + text.count("\n"), len(text) - text.rfind("\n")
    return finding.line, finding.column + len(text)


def utf8_column(line_text: str, column: int) -> int:
    """A 1-based character column as a 1-based UTF-8 byte column (for reviewdog)."""
    return len(line_text[: column - 1].encode("utf-8")) + 1


def display_path(path: str | None) -> str:
    """The path relative to the current folder where possible, with '/' (as in a repository)."""
    if not path or path == "-":
        return "-"
    p = Path(path)
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return p.as_posix()


def finding_message(finding) -> str:
    msg = finding.message
    if finding.suggestions:
        msg += " Voorstel: " + " / ".join(finding.suggestions)
    return msg


def all_rule_classes():
    """Every rule, including the checks on suppression comments, sorted by code."""
    from duidelijk.rules import load_rules
    from duidelijk.suppress import META_RULES

    rules = {**load_rules(), **META_RULES}
    return [rules[c] for c in sorted(rules)]
