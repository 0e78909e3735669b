"""reviewdog diagnostic format, one JSON object per line (``reviewdog -f=rdjsonl``).

Columns are 1-based UTF-8 byte counts, as reviewdog wants; the end is exclusive.
"""

from __future__ import annotations

import json

from duidelijk.formatters.positions import display_path, end_position, finding_message, utf8_column

SEVERITY = {"error": "ERROR", "warning": "WARNING", "suggestion": "INFO"}
URL = "https://github.com/duidelijk/duidelijk"


def _lines(report) -> list[str]:
    doc = getattr(report, "document", None)
    src = getattr(doc, "source_text", None) if doc is not None else None
    if src is None and report.path and report.path != "-":
        try:
            with open(report.path, encoding="utf-8", errors="replace", newline="") as fh:
                src = fh.read()
        except OSError:
            src = ""
    return (src or "").split("\n")


def diagnostic(f, path: str, lines: list[str]) -> dict:
    end_line, end_col = end_position(f)

    def col(line: int, column: int) -> int:
        if 0 < line <= len(lines) and not lines[line - 1].isascii():
            return utf8_column(lines[line - 1], column)
        return column

    return {
        "message": finding_message(f),
        "location": {
            "path": path,
            "range": {
                "start": {"line": f.line, "column": col(f.line, f.column)},
                "end": {"line": end_line, "column": col(end_line, end_col)},
            },
        },
        "severity": SEVERITY[f.severity.value],
        "source": {"name": "duidelijk", "url": URL},
        "code": {"value": f.code, "url": f"{URL}/blob/main/docs/rules.md#{f.code.lower()}"},
    }


def render(reports, color: bool = False) -> str:
    out: list[str] = []
    for report in reports:
        path = display_path(report.path)
        if report.error:
            out.append(json.dumps({
                "message": report.error["message"],
                "location": {"path": path},
                "severity": "ERROR",
                "source": {"name": "duidelijk", "url": URL},
            }, ensure_ascii=False))
            continue
        lines = _lines(report) if report.findings else []
        for f in report.findings:
            out.append(json.dumps(diagnostic(f, path, lines), ensure_ascii=False))
    return "\n".join(out) + ("\n" if out else "")
