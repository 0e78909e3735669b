"""CI output formats: SARIF 2.1.0 (checked against the official schema), GitHub, reviewdog."""

import json
import re

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, SHARED
from duidelijk.cli import cli
from duidelijk.findings import Finding, Severity
from duidelijk.formatters import github, rdjsonl
from duidelijk.formatters.positions import end_position

SCHEMA = FIXTURES / "schemas" / "sarif-schema-2.1.0.json"  # OASIS; see fixtures/schemas/README.md
TEXT = (
    "# Uw aanvraag\n\nGeachte {{ naam }},\n\n"
    "Wij verzoeken u middels dit formulier de gegevens te verstrekken.\n"
    "U krijgt van ons een beschikking inzake uw aanvraag voor een parkeervergunning.\n"
)
GITHUB_LINE = re.compile(
    r"^::(error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+),"
    r"endLine=(?P<endLine>\d+),endColumn=(?P<endColumn>\d+),title=(?P<title>[^:]+)::(?P<msg>.+)$"
)


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


SHARED_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


@pytest.mark.skipif(not SHARED_SCHEMA.exists(), reason="../shared/data/schemas is absent (a plain clone)")
def test_sarif_schema_fixture_is_the_shared_copy():
    assert SCHEMA.read_bytes() == SHARED_SCHEMA.read_bytes()
    assert json.loads(SCHEMA.read_text(encoding="utf-8"))["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")


def at(text, line, col):
    return text.split("\n")[line - 1][col - 1 :]


@pytest.fixture
def letter(tmp_path):
    (tmp_path / "brief.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "weg.txt").write_bytes(b"")
    return tmp_path / "brief.md"


def test_sarif_is_valid_with_rule_metadata(letter):
    res = run("check", "--format", "sarif", "brief.md")
    data = json.loads(res.output)
    sarif_validator().validate(data)
    run_ = data["runs"][0]
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    assert {"DD101", "DD103", "DD900", "DD901"} <= set(rules)
    assert "Waarom" in rules["DD103"]["help"]["markdown"] and rules["DD103"]["help"]["text"]
    assert run_["columnKind"] == "unicodeCodePoints"
    results = run_["results"]
    assert results and all(r["partialFingerprints"]["duidelijk/v1"] for r in results)
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "brief.md"
        reg = loc["region"]
        assert at(TEXT, reg["startLine"], reg["startColumn"]).startswith(reg["snippet"]["text"])
        assert run_["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]


def test_sarif_reports_unreadable_file(letter):
    res = run("check", "--format", "sarif", "brief.md", "weg.txt")
    assert res.exit_code == 2
    data = json.loads(res.output)
    sarif_validator().validate(data)
    notes = data["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes and "leeg" in notes[0]["message"]["text"]


def test_github_lines(letter):
    res = run("check", "--format", "github", "brief.md")
    lines = res.output.splitlines()
    assert lines
    for line in lines:
        m = GITHUB_LINE.match(line)
        assert m, line
        assert m["file"] == "brief.md" and m["title"].startswith("DD")
        assert int(m["endLine"]) >= int(m["line"])
    m = next(GITHUB_LINE.match(x) for x in lines if "middels" in x)
    assert at(TEXT, int(m["line"]), int(m["col"])).startswith("middels")
    assert int(m["endColumn"]) - int(m["col"]) == len("middels")


def test_github_escaping():
    assert github.escape_data("100%\nklaar") == "100%25%0Aklaar"
    assert github.escape_property("a,b:c") == "a%2Cb%3Ac"


def test_rdjsonl_lines_and_utf8_columns(tmp_path):
    text = "Één café: wij verzoeken u middels dit formulier te betalen.\n"
    (tmp_path / "brief.txt").write_text(text, encoding="utf-8")
    res = run("check", "--format", "rdjsonl", "brief.txt")
    diags = [json.loads(x) for x in res.output.splitlines()]
    assert diags
    for d in diags:
        assert set(d) >= {"message", "location", "severity", "source", "code"}
        assert d["severity"] in {"ERROR", "WARNING", "INFO"}
        assert d["location"]["path"] == "brief.txt"
    d = next(d for d in diags if d["code"]["value"] == "DD103" and "middels" in d["message"])
    start = d["location"]["range"]["start"]
    raw = text.encode("utf-8").split(b"\n")[start["line"] - 1]
    assert raw[start["column"] - 1 :].startswith("middels".encode())
    end = d["location"]["range"]["end"]
    assert raw[start["column"] - 1 : end["column"] - 1] == b"middels"


def test_end_position_over_lines():
    f = Finding("DD101", "lange-zin", "sentence-length", Severity.WARNING, "m", 0, 0,
                text="een\ntwee drie", line=3, column=5)
    assert end_position(f) == (4, 10)
    f.text = "abc"
    assert end_position(f) == (3, 8)


def test_rdjsonl_error_line(tmp_path):
    (tmp_path / "leeg.txt").write_bytes(b"")
    out = rdjsonl.render([type("R", (), {"path": "leeg.txt", "error": {"message": "Het bestand is leeg."},
                                         "findings": []})()])
    assert json.loads(out)["severity"] == "ERROR"


def test_text_and_json_still_work(letter):
    assert run("check", "brief.md").output.startswith("brief.md:")
    assert json.loads(run("check", "--format", "json", "brief.md").output)["files"][0]["findings"]


def test_rules_lists_meta_rules_and_explain():
    assert "DD900" in run("rules").output
    res = run("explain", "DD901")
    assert res.exit_code == 0 and "Waarom" in res.output


def test_text_summary_counts_in_plain_dutch():
    from duidelijk.formatters.text import count_label, render

    assert count_label(1, "error") == "1 fout"
    assert count_label(2, "error") == "2 fouten"
    assert count_label(0, "warning") == "0 waarschuwingen"
    assert count_label(1, "warning") == "1 waarschuwing"
    assert count_label(24, "suggestion") == "24 tips"
    from duidelijk import check_text

    report = check_text("Uw aanvraag wordt door ons middels dit formulier in behandeling genomen.")
    line = next(x for x in render([report]).splitlines() if "Gevonden:" in x)
    counts = {s: sum(f.severity.value == s for f in report.findings) for s in ("error", "warning", "suggestion")}
    assert line.strip() == "Gevonden: " + ", ".join(count_label(n, s) for s, n in counts.items()) + "."
    assert counts["warning"] > 1 and "waarschuwingen" in line


def test_text_output_writes_numbers_with_a_decimal_comma():
    """Dutch writes 99,2, not 99.2: the difficulty, mean sentence length and scores."""
    from dataclasses import replace

    from duidelijk import check_text
    from duidelijk.formatters.text import render

    report = check_text("Uw aanvraag wordt door ons middels dit formulier in behandeling genomen.")
    metrics = {**report.metrics, "difficulty": 99.2, "mean_sentence_length": 12.5,
               "flesch_douma": 61.3, "lint_score": 40.7}
    out = render([replace(report, metrics=metrics)])
    assert "Moeilijkheid: 99,2 van 100" in out
    assert "gemiddeld 12,5 woorden per zin" in out and "Flesch-Douma: 61,3" in out
    assert "LiNT-II: 40,7" in out
    whole = render([replace(report, metrics={**metrics, "difficulty": 40.0})])
    assert "Moeilijkheid: 40 van 100" in whole


def test_text_output_says_one_sentence_not_one_sentences():
    from duidelijk import check_text
    from duidelijk.formatters.text import render

    assert "1 zin, gemiddeld" in render([check_text("Wij sturen u de stukken.")])
    assert "2 zinnen, gemiddeld" in render([check_text("Wij sturen u de stukken. Bel ons gerust.")])
