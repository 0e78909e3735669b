"""The judged evaluation set (benchmarks/judged/) and its script benchmarks/judged.py.

The set is in the repository, so these tests need no ../shared. The arithmetic is checked on
a tiny synthetic set; the committed data is checked for consistency (spans, verdicts,
licences, a split that never puts one document in both parts).
"""

import json
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import benchmark_script

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "judged"

judged = benchmark_script("judged.py", "judged_bench")


def rows(name):
    return judged.read_jsonl(DATA / name)


# --- arithmetic on a tiny synthetic set ------------------------------------------------------

SENTENCES = [
    {"id": "a", "part": "tune", "text": "Wij verzoeken u het formulier te retourneren."},
    {"id": "b", "part": "measure", "text": "Uw aanvraag wordt behandeld."},
]


def finding(sentence, code, start, end, suggestion=None):
    text = {s["id"]: s["text"] for s in SENTENCES}[sentence]
    return {"sentence": sentence, "code": code, "start": start, "end": end,
            "span": text[start:end], "message": "", "suggestion": suggestion}


def judgement(f, verdict, suggestion_verdict, nonword=False):
    j = {k: f[k] for k in ("sentence", "code", "start", "end", "span", "suggestion")}
    j.update(verdict=verdict, suggestion_verdict=suggestion_verdict, reason="test")
    if nonword:
        j["nonword"] = True
    return j


def test_precision_suggestions_and_unjudged_are_counted_per_part_and_rule():
    verzoeken = finding("a", "DD103", 4, 13, "vragen")
    retour = finding("a", "DD104", 33, 44)
    lang = finding("a", "DD101", 0, 45)
    passief = finding("b", "DD102", 12, 27)
    findings = [verzoeken, retour, lang, passief]
    judgements = [
        judgement(verzoeken, "klopt", "goed"),
        judgement(retour, "twijfel", "geen"),
        judgement(lang, "klopt niet", "geen"),
        # judged with another suggestion: the finding needs a new suggestion judgement
        {**judgement(passief, "klopt", "slecht"), "suggestion": "Wij behandelen uw aanvraag."},
    ]
    result = judged.evaluate(SENTENCES, findings, judgements, [])
    tune, measure = result["tune"].to_dict(), result["measure"].to_dict()
    assert tune["findings"] == 3
    assert tune["precision_strict"] == pytest.approx(1 / 3, abs=0.001)
    assert tune["precision_lenient"] == pytest.approx(2 / 3, abs=0.001)
    assert tune["with_suggestion"] == 1
    assert tune["suggestion_goed_of_suggested"] == 1.0
    assert tune["suggestion_goed_of_findings"] == pytest.approx(1 / 3, abs=0.001)
    assert tune["rules"]["DD103"]["precision_strict"] == 1.0
    assert tune["rules"]["DD101"]["precision_strict"] == 0.0
    assert tune["unjudged"] == 0
    assert measure["findings"] == 0
    assert measure["precision_strict"] is None
    assert [u["why"] for u in result["measure"].unjudged] == ["suggestion changed"]


def test_a_key_judged_with_two_suggestions_counts_the_current_one():
    f = finding("a", "DD103", 4, 13, "vraag")
    old = judgement(f, "klopt", "slecht")
    new = {**judgement({**f, "suggestion": "vragen"}, "klopt", "goed")}
    for current, verdict in (("vraag", "slecht"), ("vragen", "goed")):
        result = judged.evaluate(SENTENCES, [{**f, "suggestion": current}], [old, new], [])
        assert result["tune"].total.goed == (verdict == "goed")
        assert not result["tune"].unjudged and not result["tune"].disappeared
    result = judged.evaluate(SENTENCES, [{**f, "suggestion": None}], [old, new], [])
    assert [u["why"] for u in result["tune"].unjudged] == ["suggestion changed"]


def test_new_and_disappeared_findings_are_reported():
    old = finding("a", "DD103", 4, 13, "vragen")
    moved = finding("a", "DD103", 3, 13, "vragen")  # another span: a new key
    result = judged.evaluate(SENTENCES, [moved], [judgement(old, "klopt", "goed")], [])
    assert [u["why"] for u in result["tune"].unjudged] == ["new finding"]
    assert [d["span"] for d in result["tune"].disappeared] == ["verzoeken"]
    assert result["tune"].total.judged == 0


def test_nonword_suggestions_are_counted():
    f = finding("a", "DD105", 20, 29, "mulier voor for")
    result = judged.evaluate(SENTENCES, [f], [judgement(f, "klopt niet", "slecht", nonword=True)], [])
    d = result["tune"].to_dict()
    assert d["nonword_suggestions"] == 1
    assert d["suggestion_goed_of_suggested"] == 0.0


def test_misses_are_obstacles_that_no_fitting_finding_covers():
    text = SENTENCES[0]["text"]
    hard = {"sentence": "a", "start": text.index("retourneren"), "end": 44,
            "span": "retourneren", "kind": "hard-word"}
    formal = {"sentence": "a", "start": 4, "end": 13, "span": "verzoeken", "kind": "officialese"}
    passive = {"sentence": "b", "start": 12, "end": 27, "span": "wordt behandeld", "kind": "passive"}
    # a sentence-length finding over the whole sentence does not cover a hard word
    findings = [finding("a", "DD101", 0, 45), finding("a", "DD103", 4, 13, "vragen")]
    result = judged.evaluate(SENTENCES, findings, [], [hard, formal, passive])
    assert result["tune"].obstacles == 2
    assert result["tune"].misses == 1
    assert dict(result["tune"].miss_kinds) == {"hard-word": 1}
    assert result["tune"].to_dict()["misses_per_sentence"] == 1.0
    assert result["measure"].misses == 1
    # a finding of a fitting rule over the word covers it
    findings.append(finding("a", "DD104", 33, 44))
    assert judged.evaluate(SENTENCES, findings, [], [hard, formal, passive])["tune"].misses == 0


def test_an_impersonal_passive_is_covered_by_the_passive_rule_but_not_by_a_word_rule():
    text = SENTENCES[1]["text"]
    impersonal = {"sentence": "b", "start": 12, "end": 27, "span": text[12:27], "kind": "impersonal"}
    # a hard-word finding inside the span does not cover it
    assert judged.evaluate(SENTENCES, [finding("b", "DD104", 18, 27)], [], [impersonal])["measure"].misses == 1
    # DD102 ("say who does it") over the same words does
    assert judged.evaluate(SENTENCES, [finding("b", "DD102", 12, 27)], [], [impersonal])["measure"].misses == 0


def test_strict_fails_on_unjudged_findings_and_todo_lists_them(tmp_path):
    (tmp_path / "sentences.jsonl").write_text(json.dumps(
        {"id": "x", "part": "tune", "text": "Uw aanvraag wordt door ons in behandeling genomen."}) + "\n",
        encoding="utf-8")
    todo = tmp_path / "todo.jsonl"
    assert judged.main(["--data", str(tmp_path), "--strict", "--todo", str(todo), "--show", "0"]) == 1
    listed = judged.read_jsonl(todo)
    assert listed and all(r["sentence"] == "x" and r["why"] == "new finding" for r in listed)
    assert {"DD102"} <= {r["code"] for r in listed}
    # a todo file with a verdict missing is refused and nothing is written
    assert judged.main(["--data", str(tmp_path), "--add", str(todo)]) == 2
    assert not (tmp_path / "judgements.jsonl").exists()
    # judge them all and add them: --strict passes
    todo.write_text("".join(json.dumps({**r, "verdict": "klopt", "reason": "test",
                                        "suggestion_verdict": "geen" if r["suggestion"] is None else "goed"})
                            + "\n" for r in listed), encoding="utf-8")
    assert judged.main(["--data", str(tmp_path), "--add", str(todo)]) == 0
    added = judged.read_jsonl(tmp_path / "judgements.jsonl")
    assert len(added) == len(listed) and "why" not in added[0]
    assert all(a["message"] for a in added)  # the text the judge read is kept with the verdict
    assert judged.main(["--data", str(tmp_path), "--strict", "--show", "0"]) == 0
    # adding the same key with the same suggestion again replaces it; another suggestion is added
    assert judged.main(["--data", str(tmp_path), "--add", str(todo)]) == 0
    assert len(judged.read_jsonl(tmp_path / "judgements.jsonl")) == len(listed)
    other = {**listed[0], "suggestion": "iets anders", "suggestion_verdict": "slecht", "verdict": "klopt",
             "reason": "test"}
    todo.write_text(json.dumps(other) + "\n", encoding="utf-8")
    assert judged.main(["--data", str(tmp_path), "--add", str(todo)]) == 0
    assert len(judged.read_jsonl(tmp_path / "judgements.jsonl")) == len(listed) + 1
    assert judged.main(["--data", str(tmp_path), "--strict", "--show", "0"]) == 0


def test_a_changed_message_is_counted_but_listed_to_read_again(tmp_path):
    lang = finding("a", "DD101", 0, 45)
    old = {**judgement(lang, "klopt", "geen"), "message": "Maak er twee zinnen van, bij 'en'."}
    now = {**lang, "message": "Maak er twee zinnen van, bij 'om'."}
    result = judged.evaluate(SENTENCES, [now], [old], [])
    assert result["tune"].total.judged == 1 and result["tune"].total.klopt == 1  # still counted
    assert [f["why"] for f in result["tune"].message_changed] == ["message changed"]
    assert result["tune"].message_changed[0]["old_message"] == old["message"]
    assert result["tune"].to_dict()["message_changed"] == 1
    # the same message, or a judgement from before messages were kept: nothing to read again
    for j in ({**old, "message": now["message"]}, judgement(lang, "klopt", "geen")):
        assert judged.evaluate(SENTENCES, [now], [j], [])["tune"].message_changed == []
    # an older judgement without a message can be listed to read again (--reread)
    older = judged.evaluate(SENTENCES, [now], [judgement(lang, "klopt", "geen")], [])["tune"]
    assert [f["code"] for f in older.message_unknown] == ["DD101"]


# --- the committed set ---------------------------------------------------------------------

def test_committed_set_is_consistent():
    sentences = rows("sentences.jsonl")
    text = {s["id"]: s["text"] for s in sentences}
    assert len(sentences) >= 150 and len(text) == len(sentences)
    parts = defaultdict(set)
    for s in sentences:
        assert s["part"] in judged.PARTS
        assert s["licence"] in ("EUPL-1.2", "EUPL-1.2-or-later"), s["id"]
        assert s["source"]["dataset"] and s["copyright"]
        parts[s["group"]].add(s["part"])
    assert all(len(p) == 1 for p in parts.values()), "a document straddles TUNE and MEASURE"
    sizes = [sum(s["part"] == p for s in sentences) for p in judged.PARTS]
    assert min(sizes) >= 0.4 * len(sentences)
    keys = set()
    for j in rows("judgements.jsonl"):
        assert text[j["sentence"]][j["start"]:j["end"]] == j["span"]
        assert j["verdict"] in judged.VERDICTS and j["suggestion_verdict"] in judged.SUGGESTION_VERDICTS
        assert (j["suggestion"] is None) == (j["suggestion_verdict"] == "geen")
        assert j["reason"].strip()
        key = judged.key(j["sentence"], j["code"], j["start"], j["end"], j["span"]) + (j["suggestion"],)
        assert key not in keys
        keys.add(key)
    obstacles = rows("obstacles.jsonl")
    for o in obstacles:
        assert text[o["sentence"]][o["start"]:o["end"]] == o["span"]
        assert o["kind"] in judged.COVERS
    # every finding judged "klopt" stands on an obstacle that its rule can cover
    for j in rows("judgements.jsonl"):
        if j["verdict"] == "klopt":
            assert any(o["sentence"] == j["sentence"] and judged.covered(o, [j]) for o in obstacles), j


def test_script_runs_on_the_committed_set(tmp_path):
    out = tmp_path / "result.json"
    assert judged.main(["--json", str(out), "--show", "0", "--markdown"]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    for part in judged.PARTS:
        figures = result[part]
        assert figures["sentences"] >= 75
        assert figures["findings"] > 50  # most findings still match a judgement
        assert 0 <= figures["precision_strict"] <= figures["precision_lenient"] <= 1
        assert figures["obstacles"] > 50


def test_part_option_shows_only_that_part(tmp_path, capsys):
    (tmp_path / "sentences.jsonl").write_text("".join(json.dumps(s) + "\n" for s in SENTENCES),
                                              encoding="utf-8")
    out, todo = tmp_path / "r.json", tmp_path / "todo.jsonl"
    assert judged.main(["--data", str(tmp_path), "--part", "tune", "--json", str(out),
                        "--todo", str(todo), "--show", "5"]) == 0
    assert list(json.loads(out.read_text(encoding="utf-8"))) == ["tune"]
    assert "MEASURE" not in capsys.readouterr().out
    assert {r["sentence"] for r in judged.read_jsonl(todo)} == {"a"}


def test_misses_option_lists_the_misses_of_the_part_shown_only(tmp_path, capsys):
    (tmp_path / "sentences.jsonl").write_text("".join(json.dumps(s) + "\n" for s in SENTENCES),
                                              encoding="utf-8")
    obstacles = [{"sentence": "a", "start": 4, "end": 13, "span": "verzoeken", "kind": "officialese"},
                 {"sentence": "b", "start": 12, "end": 27, "span": "wordt behandeld", "kind": "passive"}]
    (tmp_path / "obstacles.jsonl").write_text("".join(json.dumps(o) + "\n" for o in obstacles),
                                              encoding="utf-8")
    # without --part it would show MEASURE's misses too: refused
    assert judged.main(["--data", str(tmp_path), "--misses"]) == 2
    assert judged.main(["--data", str(tmp_path), "--part", "measure", "--misses"]) == 2  # nor MEASURE's
    capsys.readouterr()
    assert judged.main(["--data", str(tmp_path), "--part", "tune", "--misses", "--show", "0",
                        "--select", "DD101"]) == 0
    out = capsys.readouterr().out
    assert "MISSED officialese" in out and "'verzoeken'" in out
    assert "wordt behandeld" not in out


def test_wilson_interval():
    assert judged.wilson(0, 0) is None
    low, high = judged.wilson(91, 120)  # 0.758
    assert 0.66 < low < 0.69 and 0.82 < high < 0.84
    # a tiny count says little: 2 of 3 spans most of the range
    low, high = judged.wilson(2, 3)
    assert low < 0.25 and high > 0.9
    assert judged.wilson(5, 5)[1] == 1.0 and judged.wilson(0, 5)[0] == 0.0
