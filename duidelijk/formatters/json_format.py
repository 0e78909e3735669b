"""The stable JSON output (schema in docs/json-schema.md)."""

from __future__ import annotations

import json

from duidelijk import __version__

METRIC_KEYS = ("words", "sentences", "mean_sentence_length", "flesch_douma", "lint_score", "lint_level", "b1")
FINDING_KEYS = ("code", "rule", "category", "severity", "message", "text", "start", "end", "line", "column", "suggestions", "group")


def report_dict(report) -> dict:
    metrics = {k: report.metrics.get(k) for k in METRIC_KEYS} if report.metrics else None
    if metrics is not None:
        metrics.update({k: v for k, v in report.metrics.items() if k not in metrics})
    return {
        "path": report.path,
        "error": report.error,
        "notes": list(report.notes),
        "metrics": metrics,
        "verdict": report.verdict or None,
        "coverage": report.coverage or None,
        "sentences": report.sentences,
        "findings": [_finding_dict(f) for f in report.findings],
        "groups": report.groups,
    }


def _finding_dict(finding) -> dict:
    data = finding.to_dict()  # once per finding, not once per key
    return {k: data[k] for k in FINDING_KEYS}


def render(reports, color: bool = False) -> str:
    data = {
        "tool": {"name": "duidelijk", "version": __version__},
        "files": [report_dict(r) for r in reports],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
