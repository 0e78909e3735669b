"""Human-readable output: ``path:line:col: CODE message`` plus a summary per file.

Identical findings are one line with their other places; the most important come first
(the main view of ``duidelijk.grouping``), then the other points under "Meer punten".
"""

from __future__ import annotations

import click

from duidelijk.metrics import lint_level_description
from duidelijk.metrics_report import NO_PROSE, coverage_line, number

COLORS = {"error": "red", "warning": "yellow", "suggestion": "cyan"}
LABELS = {"error": "fout", "warning": "waarschuwing", "suggestion": "tip"}
PLURALS = {"error": "fouten", "warning": "waarschuwingen", "suggestion": "tips"}


def count_label(n: int, severity: str) -> str:
    """"1 fout", "2 fouten", "0 tips"."""
    return f"{n} {LABELS[severity] if n == 1 else PLURALS[severity]}"


def ranked(report) -> list[dict]:
    """The report's groups, or one group per finding for a report without them."""
    if getattr(report, "groups", None):
        return report.groups
    return [{"findings": [i], "main": True} for i in range(len(report.findings))]


def render(reports, color: bool = False) -> str:
    lines: list[str] = []

    def style(text: str, **kw) -> str:
        return click.style(text, **kw) if color else text

    for report in reports:
        name = report.path or "-"
        if report.error:
            # read, but the check failed (an error in duidelijk): not "kan niet gelezen worden"
            what = "controle mislukt" if report.error.get("code") == "check-failed" else "kan niet gelezen worden"
            lines.append(f"{name}: {style(what, fg='red', bold=True)}: {report.error['message']}")
            continue
        for note in report.notes:
            lines.append(f"{name}: {style('let op', bold=True)}: {note}")
        groups = ranked(report)
        main = [g for g in groups if g["main"]]
        for n, g in enumerate(main + [g for g in groups if not g["main"]]):
            if n == len(main) and main:
                lines.append(f"{name}: meer punten ({len(groups) - len(main)}):")
            places = [report.findings[i] for i in g["findings"]]
            f = places[0]
            sev = style(LABELS[f.severity.value], fg=COLORS[f.severity.value])
            lines.append(f"{name}:{f.line}:{f.column}: {style(f.code, bold=True)} [{sev}] {f.message}")
            if len(places) > 1:
                others = ", ".join(f"{p.line}:{p.column}" for p in places[1:])
                lines.append(f"    {len(places)} keer; ook op {others}")
            for s in f.suggestions:
                lines.append(f"    -> {s}")
        m = report.metrics
        if m and m.get("sentences"):
            verdict = report.verdict
            lines.append(style(f"{name}: {verdict['text']}", bold=True))
            for reason in verdict.get("reasons", []):
                lines.append(f"    - {reason}")
            level = m.get("lint_level")
            if m.get("difficulty") is not None:
                lines.append(f"    Moeilijkheid: {number(m['difficulty'])} van 100 (hoe hoger, hoe moeilijker).")
            lines.append(
                f"    {m['words']} {'woord' if m['words'] == 1 else 'woorden'}, "
                f"{m['sentences']} {'zin' if m['sentences'] == 1 else 'zinnen'}, gemiddeld "
                f"{number(m['mean_sentence_length'])} woorden per zin. Flesch-Douma: {number(m['flesch_douma'])}. "
                f"LiNT-II: {number(m['lint_score'])} "
                f"(niveau {level or '-'}: {lint_level_description(level)})"
            )
            counts = {}
            for f in report.findings:
                counts[f.severity.value] = counts.get(f.severity.value, 0) + 1
            summary = ", ".join(count_label(counts.get(k, 0), k) for k in ("error", "warning", "suggestion"))
            lines.append(f"    Gevonden: {summary}.")
        elif m is not None:
            lines.append(style(f"{name}: {(report.verdict or {}).get('text') or NO_PROSE}", bold=True))
        if m is not None:
            if (report.verdict or {}).get("note"):
                lines.append(f"    {report.verdict['note']}")
            if (line := coverage_line(report.coverage)):
                lines.append(f"    {line}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
