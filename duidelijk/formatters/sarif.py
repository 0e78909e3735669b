"""SARIF 2.1.0 for GitHub code scanning and other tools, as plain dictionaries.

Rule metadata (name, short and full description, help text and default level) comes from
each rule's ``RuleDoc``, the one source of the rule documentation. Columns count Unicode
code points (``columnKind``); end columns are exclusive, as SARIF wants.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from duidelijk import __version__
from duidelijk.formatters.positions import all_rule_classes, display_path, end_position, finding_message

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "suggestion": "note"}
URL = "https://github.com/duidelijk/duidelijk"


def sarif_text(text: str) -> str:
    """A message as SARIF writes it: a curly brace outside a placeholder ``{0}`` is doubled
    (SARIF 2.1.0, 3.11.5), so a template field in a quoted span ("'zien {reden} aanleiding
    om'") is shown as typed, not read as a placeholder for an argument."""
    return text.replace("{", "{{").replace("}", "}}")


def rule_descriptor(rule) -> dict:
    from duidelijk.docs import default_text, rule_text

    d = rule.doc
    help_md = (
        f"**Wat het controleert:** {d.what}\n\n**Waarom:** {d.why}\n\n"
        f"**Voorbeeld:** {d.bad}\n\n**Beter:** {d.good}\n\n**Bron:** {d.source}"
    )
    if d.exceptions:
        help_md += f"\n\n**Uitzonderingen:** {d.exceptions}"
    help_md += f"\n\n{default_text(rule)}"
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": d.what},
        "fullDescription": {"text": f"{d.what} {d.why}"},
        "help": {"text": rule_text(rule), "markdown": help_md},
        "helpUri": f"{URL}/blob/main/docs/rules.md#{rule.code.lower()}",
        "defaultConfiguration": {"level": LEVELS[rule.severity.value], "enabled": rule.default},
        "properties": {"category": rule.category, "tags": ["duidelijk", rule.category]},
    }


def _uri(path: str) -> str:
    return quote(path, safe="/:")


def result(f, path: str, rule_index: dict[str, int], fingerprint: str | None = None) -> dict:
    end_line, end_col = end_position(f)
    region = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": end_line,
        "endColumn": end_col,
        "charOffset": f.start,
        "charLength": max(0, f.end - f.start),
    }
    if f.text:
        region["snippet"] = {"text": f.text}
    out = {
        "ruleId": f.code,
        "level": LEVELS[f.severity.value],
        "message": {"text": sarif_text(finding_message(f))},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(path), "uriBaseId": "%SRCROOT%"},
                "region": region,
            }
        }],
        "properties": {"category": f.category, "severity": f.severity.value},
    }
    if f.code in rule_index:
        out["ruleIndex"] = rule_index[f.code]
    if fingerprint:
        out["partialFingerprints"] = {"duidelijk/v1": fingerprint}
    return out


def build(reports) -> dict:
    rules = all_rule_classes()
    rule_index = {r.code: i for i, r in enumerate(rules)}
    results, notifications = [], []
    for report in reports:
        path = display_path(report.path)
        if report.error:
            notifications.append({
                "level": "error",
                "message": {"text": sarif_text(f"{path}: {report.error['message']}")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(path), "uriBaseId": "%SRCROOT%"}}}],
                "descriptor": {"id": report.error.get("code", "read-error")},
            })
            continue
        prints = getattr(report, "fingerprints", None) or []
        for i, f in enumerate(report.findings):
            results.append(result(f, path, rule_index, prints[i] if i < len(prints) else None))
    root = Path.cwd().resolve().as_uri() + "/"
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "duidelijk",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": URL,
                "language": "nl",
                "rules": [rule_descriptor(r) for r in rules],
            }},
            "invocations": [{
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }],
            "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(reports, color: bool = False) -> str:
    # no indent: the C encoder is many times faster on large runs
    return json.dumps(build(reports), ensure_ascii=False, separators=(",", ":")) + "\n"
