"""GitHub Actions workflow commands: one ``::warning file=...,line=...::message`` per finding.

GitHub shows them as annotations on the pull request. Levels: error -> ``error``,
warning -> ``warning``, suggestion -> ``notice``.
"""

from __future__ import annotations

from duidelijk.formatters.positions import display_path, end_position, finding_message

LEVELS = {"error": "error", "warning": "warning", "suggestion": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(reports, color: bool = False) -> str:
    lines: list[str] = []
    for report in reports:
        path = escape_property(display_path(report.path))
        if report.error:
            lines.append(f"::error file={path},title=duidelijk::{escape_data(report.error['message'])}")
            continue
        for f in report.findings:
            end_line, end_col = end_position(f)
            props = f"file={path},line={f.line},col={f.column},endLine={end_line},endColumn={end_col}"
            props += f",title={escape_property(f.code + ' ' + f.rule)}"
            lines.append(f"::{LEVELS[f.severity.value]} {props}::{escape_data(finding_message(f))}")
    return "\n".join(lines) + ("\n" if lines else "")
