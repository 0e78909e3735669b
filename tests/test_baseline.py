"""Baseline: only new findings, robust to lines moving; mistakes give a plain Dutch error."""

import json

import pytest
from click.testing import CliRunner

from duidelijk.cli import cli

HARD = "Wij verzoeken u middels dit formulier de gegevens te verstrekken."
OTHER = "Graag ontvangen wij de stukken inzake uw aanvraag."


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def findings(output):
    return [f for file in json.loads(output)["files"] for f in file["findings"]]


def test_baseline_hides_old_findings_and_shows_new(tmp_path):
    brief = tmp_path / "brieven" / "brief.txt"
    brief.parent.mkdir()
    brief.write_text(f"{HARD}\n", encoding="utf-8")
    res = run("baseline", "brieven", "--output", "baseline.json")
    assert res.exit_code == 0 and "bewaard" in res.output
    data = json.loads((tmp_path / "baseline.json").read_text())
    assert data["findings"] and data["findings"][0]["path"] == "brieven/brief.txt"
    assert all("fingerprint" in e for e in data["findings"])

    res = run("check", "--format", "json", "--baseline", "baseline.json", "--fail-on", "suggestion", "brieven")
    assert findings(res.output) == [] and res.exit_code == 0

    # lines move: new text above, the old sentence re-wrapped further down
    brief.write_text(f"Hallo.\n\nU leest dit.\n\n{HARD.replace(' de gegevens', chr(10) + 'de gegevens')}\n\n{OTHER}\n",
                     encoding="utf-8")
    res = run("check", "--format", "json", "--baseline", "baseline.json", "brieven")
    new = findings(res.output)
    assert new, "the new sentence has findings"
    assert all(f["line"] >= 7 for f in new)
    assert not any(f["text"] in {"middels", "verzoeken", "verstrekken"} for f in new)


def test_copy_of_old_sentence_is_new(tmp_path):
    (tmp_path / "brief.txt").write_text(f"{HARD}\n", encoding="utf-8")
    run("baseline", "brief.txt")
    assert (tmp_path / "duidelijk-baseline.json").exists()
    (tmp_path / "brief.txt").write_text(f"{HARD}\n\nEn nog eens. {HARD}\n", encoding="utf-8")
    new = findings(run("check", "--format", "json", "--baseline", "duidelijk-baseline.json", "brief.txt").output)
    assert any(f["text"] == "middels" and f["line"] == 3 for f in new)


def test_missing_or_broken_baseline(tmp_path):
    (tmp_path / "brief.txt").write_text(f"{HARD}\n", encoding="utf-8")
    res = run("check", "--baseline", "geen.json", "brief.txt")
    assert res.exit_code == 2 and "bestaat niet" in res.output and "duidelijk baseline" in res.output
    (tmp_path / "kapot.json").write_text("{niet goed", encoding="utf-8")
    res = run("check", "--baseline", "kapot.json", "brief.txt")
    assert res.exit_code == 2 and "niet goed" in res.output


def test_baseline_works_with_cache(tmp_path):
    (tmp_path / "brief.txt").write_text(f"{HARD}\n", encoding="utf-8")
    run("check", "brief.txt")  # fills the cache
    run("baseline", "brief.txt")
    res = run("check", "--format", "json", "--baseline", "duidelijk-baseline.json", "brief.txt")
    assert findings(res.output) == []
