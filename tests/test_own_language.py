"""Everything duidelijk says to a user passes duidelijk's own check without warnings.

Quoted words ('middels') are the user's own words that a message points at; they are
masked as placeholders. The deliberate bad examples in the rule documentation are skipped.
"""

import re
from pathlib import Path

import pytest

from duidelijk.findings import Severity

ROOT = Path(__file__).resolve().parents[1]
# (an apostrophe inside a word opens no quote: "komma's", "cao's")
QUOTED = re.compile(r"(?<![^\W\d_])'[^']*'")


def masked(text: str) -> str:
    return QUOTED.sub("[woord]", text)


def user_texts(check):
    from duidelijk.metrics import lint_level_description
    from duidelijk.metrics_report import b1_verdict
    from duidelijk.rules import all_rules

    texts = {}
    rewrites = []
    from click.testing import CliRunner

    from duidelijk.cli import cli
    from duidelijk.docs import default_text

    for rule in all_rules():
        d = rule.doc
        for field in ("what", "why", "good", "exceptions"):
            if getattr(d, field):
                texts[f"{rule.code}.{field}"] = getattr(d, field)
        texts[f"{rule.code}.default"] = default_text(rule)  # on or off by default, how to turn it on
    # the line under 'duidelijk rules' on the rules that are off by default
    texts["rules-off"] = CliRunner().invoke(cli, ["rules"]).output.strip().splitlines()[-1]
    assert "standaard uit" in texts["rules-off"]
    for level in (None, 1, 2, 3, 4):
        texts[f"lint-level-{level}"] = lint_level_description(level)
    # messages and suggestions as the rules produce them on the example letters
    for path in sorted((ROOT / "examples").glob("*.txt")):
        source = path.read_text(encoding="utf-8")
        report = check(source, select="ALL")  # also the rules that are off by default
        for f in report.findings:
            texts[f"{path.name}:{f.code}:{f.start}"] = f.message
            for suggestion in f.suggestions:
                if suggestion.endswith("."):  # a rewritten sentence, not a single word
                    sent = next(x for x in report.sentences if x["start"] <= f.start < x["end"])
                    original = source[sent["start"]:sent["end"]]
                    rewrites.append((f"{path.name}:{f.code}:{f.start}", f.code, original, suggestion))
        texts[f"{path.name}:verdict"] = " ".join([report.verdict["text"], *report.verdict["reasons"]])
        # the text output's own lines (grouped places, "meer punten", the difficulty score)
        from duidelijk.formatters.text import render

        for n, line in enumerate(render([report]).splitlines()):
            line = line.split(": ", 1)[-1] if line.startswith(path.name) else line.strip()
            if line.startswith(("meer punten", "Moeilijkheid")) or " keer; ook op " in line:
                texts[f"{path.name}:text-output:{n}"] = line
    texts["verdict-b1"] = b1_verdict({"sentences": 3, "mean_sentence_length": 9, "long_sentence_share": 0,
                                      "difficult_word_share": 0, "passive_share": 0, "lint_level": 1}, [])["text"]
    # coverage: the verdict without prose, the note on a large part set aside, the one line
    from duidelijk.metrics_report import NO_PROSE, coverage_line, coverage_note
    from duidelijk.structure import PART_LABELS

    cover = {"prose_words": 10, "set_aside_words": 30, "set_aside_share": 0.75,
             "parts": [{"label": label, "words": 3} for label in list(PART_LABELS.values())[:8]]}
    texts["verdict-no-prose"] = NO_PROSE
    texts["verdict-share-note"] = coverage_note(cover)
    texts["verdict-b1-with-note"] = b1_verdict({"sentences": 3, "words": 27, "mean_sentence_length": 9,
                                               "long_sentence_share": 0, "difficult_word_share": 0,
                                               "passive_share": 0, "lint_level": 1}, [], cover)["text"]
    texts["coverage-line"] = coverage_line(cover)
    for kind, label in PART_LABELS.items():
        texts[f"part-label-{kind}"] = f"Dit deel is niet gelezen: {label}."
    return texts, rewrites


def message_literals():
    """Plain-Dutch messages in the code: ReadError, ConfigError, ModelError and fail() calls.

    Parts filled in at run time (f-string fields) become a placeholder word.
    """
    import ast

    names = {"ReadError", "ConfigError", "ModelError", "fail", "SettingsError", "ApiError", "SystemExit"}
    out = {}
    for path in sorted((ROOT / "duidelijk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if func not in names:
                continue
            for arg in node.args:
                text = _literal(arg)
                if text and " " in text:
                    out[f"{path.name}:{node.lineno}"] = text
    return out


def _literal(node) -> str | None:
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "[woord]" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def api_messages() -> dict[str, str]:
    """The HTTP API's error messages (duidelijk/web/api.py), with their fields filled in."""
    from duidelijk.web.api import MESSAGES

    return {f"api:{code}": text.format(field="naam", max="100.000", seconds=30) for code, text in MESSAGES.items()}


def web_messages() -> dict[str, str]:
    """The web page's own error messages (duidelijk/web/__init__.py MESSAGES)."""
    from duidelijk.web import MESSAGES

    return {f"web:{code}": text.format(max="100.000") for code, text in MESSAGES.items()}


def test_error_messages_pass_own_check(check):
    messages = message_literals()
    messages.update(api_messages())
    messages.update(web_messages())
    assert "web:check-error" in messages
    assert len(api_messages()) >= 10
    assert len(messages) > 20
    problems = []
    for key, text in messages.items():
        report = check(masked(text), ignore=["DD116", "DD115"])
        bad = [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]
        if bad:
            problems.append(f"{key}: {text!r} -> " + "; ".join(f"{f.code} {f.text!r}" for f in bad))
    assert not problems, "\n".join(problems)


def test_messages_pass_own_check(check):
    problems = []
    texts, rewrites = user_texts(check)
    # a rewritten sentence keeps the writer's own words, but must fix what it was made for
    for key, code, original, text in rewrites:
        before = len(check(original, select=code).findings)
        after = len(check(text, select=code).findings)
        if after >= before:
            problems.append(f"{key}: the rewrite {text!r} does not remove {code} from {original!r}")
    for key, text in texts.items():
        report = check(masked(text), ignore=["DD116", "DD115"])
        bad = [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]
        if bad:
            problems.append(f"{key}: {text!r} -> " + "; ".join(f"{f.code} {f.text!r}" for f in bad))
    assert not problems, "\n".join(problems)
