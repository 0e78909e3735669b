"""Seeded stratified sample of half-B findings (no stored verdicts written), for the end judges
scale39a and scale39b (thirty-ninth session; docs/judged.md). Reads the held-out halves B: for end
judges only, never while changing rules.

    python benchmarks/judged/scale39/sample.py
"""
import json, random, sys
from collections import Counter
from pathlib import Path
BENCH = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BENCH))
import agree39
from judged import read_jsonl
from written import findings, full_key, half_of, load

agree39.TOTAL = 150
rows = []
for x in agree39.FOLDERS:
    folder = agree39.HERE / "discovery" / f"harvest-{x}"
    letters = load(folder, "B")
    texts = {s["id"]: s["text"] for s in letters}
    stored = {full_key(j) for j in read_jsonl(folder / "judgements.jsonl") if half_of(j["file"]) == "B"}
    for f in findings(letters):
        f["folder"] = f"harvest-{x}"
        f["judged"] = full_key(f) in stored
        f["sentence"] = agree39.sentence_around(texts[f["file"]], f["start"], f["end"])
        rows.append(f)
judged = [r for r in rows if r["judged"]]
counts = Counter(r["code"] for r in judged)
share = agree39.allocate(counts)
rng = random.Random("scale39-2026-12-06")
picked = []
for code in sorted(counts):
    pool = sorted((r for r in judged if r["code"] == code), key=lambda r: (r["folder"], r["file"], r["start"]))
    picked += rng.sample(pool, share[code])
rng.shuffle(picked)
with open(Path(__file__).with_name("sample-halvesB.jsonl"), "w", encoding="utf-8") as h:
    for i, r in enumerate(picked, 1):
        h.write(json.dumps({"n": i, "folder": r["folder"], "file": r["file"], "code": r["code"], "start": r["start"],
                            "end": r["end"], "span": r["span"], "message": r["message"],
                            "suggestion": r["suggestion"], "sentence": r["sentence"]}, ensure_ascii=False) + "\n")
print(len(rows), "findings on halves B;", len(judged), "judged;", len(picked), "sampled;", dict(Counter(r["code"] for r in picked)))
