"""Human-readable output: ``path:line:col: CODE message`` plus a summary per file."""

from __future__ import annotations

import click

from duidelijk.metrics import lint_level_description

COLORS = {"error": "red", "warning": "yellow", "suggestion": "cyan"}
LABELS = {"error": "fout", "warning": "waarschuwing", "suggestion": "tip"}
PLURALS = {"error": "fouten", "warning": "waarschuwingen", "suggestion": "tips"}


def count_label(n: int, severity: str) -> str:
    """"1 fout", "2 fouten", "0 tips"."""
    return f"{n} {LABELS[severity] if n == 1 else PLURALS[severity]}"


def render(reports, color: bool = False) -> str:
    lines: list[str] = []

    def style(text: str, **kw) -> str:
        return click.style(text, **kw) if color else text

    for report in reports:
        name = report.path or "-"
        if report.error:
            lines.append(f"{name}: {style('kan niet gelezen worden', fg='red', bold=True)}: {report.error['message']}")
            continue
        for note in report.notes:
            lines.append(f"{name}: {style('let op', bold=True)}: {note}")
        for f in report.findings:
            sev = style(LABELS[f.severity.value], fg=COLORS[f.severity.value])
            lines.append(f"{name}:{f.line}:{f.column}: {style(f.code, bold=True)} [{sev}] {f.message}")
            for s in f.suggestions:
                lines.append(f"    -> {s}")
        m = report.metrics
        if m and m.get("sentences"):
            verdict = report.verdict
            lines.append(style(f"{name}: {verdict['text']}", bold=True))
            for reason in verdict.get("reasons", []):
                lines.append(f"    - {reason}")
            level = m.get("lint_level")
            lines.append(
                f"    {m['words']} woorden, {m['sentences']} zinnen, gemiddeld "
                f"{m['mean_sentence_length']:g} woorden per zin. Flesch-Douma: {m['flesch_douma']:g}. "
                f"LiNT-II: {m['lint_score'] if m['lint_score'] is not None else '-'} "
                f"(niveau {level or '-'}: {lint_level_description(level)})"
            )
            counts = {}
            for f in report.findings:
                counts[f.severity.value] = counts.get(f.severity.value, 0) + 1
            summary = ", ".join(count_label(counts.get(k, 0), k) for k in ("error", "warning", "suggestion"))
            lines.append(f"    Gevonden: {summary}.")
        elif m is not None:
            lines.append(f"{name}: er is geen tekst om te beoordelen.")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
