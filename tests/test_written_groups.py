"""benchmarks/written.py counts a group of identical findings once, as the main view shows it
(its first place), besides counting every place."""

import sys

from conftest import BENCHMARKS, benchmark_script


def _written():
    sys.path.insert(0, str(BENCHMARKS))  # written.py imports judged.py from its own folder
    return benchmark_script("written.py", "written_for_groups")


def _row(file, start, span, code="DD103", message="m"):
    return {"file": file, "code": code, "start": start, "end": start + len(span), "span": span,
            "message": message, "suggestion": None}


def test_a_word_flagged_often_counts_once_per_group(capsys):
    written = _written()
    rows = [_row("a.txt", 10, "zorgaanbieder"), _row("a.txt", 50, "Zorgaanbieder"), _row("a.txt", 90, "zorgaanbieder"),
            _row("a.txt", 20, "indien"), _row("b.txt", 5, "zorgaanbieder")]
    verdicts = {10: "twijfel", 50: "klopt", 90: "klopt", 20: "klopt", 5: "klopt"}
    judged = {written.full_key(r): {"verdict": verdicts[r["start"]], "suggestion_verdict": "geen"} for r in rows}
    written.print_per_group(rows, judged)
    out = capsys.readouterr().out
    # three groups: a.txt zorgaanbieder (first place twijfel), a.txt indien, b.txt zorgaanbieder
    assert "per group (first place): n   3  strict 0.667" in out


def test_other_message_or_rule_is_another_group(capsys):
    written = _written()
    rows = [_row("a.txt", 10, "verzoek"), _row("a.txt", 40, "verzoek", message="other"),
            _row("a.txt", 70, "verzoek", code="DD104")]
    judged = {written.full_key(r): {"verdict": "klopt niet", "suggestion_verdict": "geen"} for r in rows}
    written.print_per_group(rows, judged)
    assert "n   3  strict 0.000" in capsys.readouterr().out


def test_changed_message_is_listed_to_read_again(tmp_path, monkeypatch, capsys):
    """A stored judgement whose finding now has another message still counts, but goes into
    --todo with "message changed" (endjudge42c, forty-second session)."""
    import json

    written = _written()
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "a.txt").write_text("x", encoding="utf-8")
    rows = [_row("a.txt", 0, "verzoek", message="new text"), _row("a.txt", 5, "indien", message="same")]
    stored = [{**rows[0], "message": "old text", "verdict": "klopt", "suggestion_verdict": "geen"},
              {**rows[1], "verdict": "klopt", "suggestion_verdict": "geen"}]
    (folder / "judgements.jsonl").write_text("".join(json.dumps(r) + "\n" for r in stored), encoding="utf-8")
    monkeypatch.setattr(written, "load", lambda d, half: [{"id": "a.txt", "text": "x"}])
    monkeypatch.setattr(written, "findings", lambda letters, config=None: rows)
    todo = tmp_path / "todo.jsonl"
    assert written.main(["--dir", str(folder), "--todo", str(todo)]) == 0
    out = capsys.readouterr().out
    assert "0 unjudged, 1 with a changed message to read again" in out
    listed = [json.loads(line) for line in todo.read_text(encoding="utf-8").splitlines()]
    assert [(r["span"], r["why"], r["old_message"]) for r in listed] == [("verzoek", "message changed", "old text")]
