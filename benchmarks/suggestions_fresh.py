"""First suggestions of DD103 and DD102 on fresh text (issue 13): are they usable as they stand?

The text: every letter in ../shared/data/letters outside the judged set and the discovery set
(same filters as benchmarks/judged_select.py: no .po, yml, subject lines or SMS texts), each
checked as a whole document, and the UD Dutch dev sentences outside the UD discovery third
(never test.conllu). Documents (a letter's group, a UD document) are split by a seeded hash
into half A (look and tune) and half B (judged before the rule changes of 2026-12-02, then only
measured). Only references are stored: document, finding offsets, the span and the first
suggestion with its verdict (goed / slecht, strictly by benchmarks/judged/README.md).

    python benchmarks/suggestions_fresh.py             # usable share of half B now
    python benchmarks/suggestions_fresh.py --half A    # half A (no judgements kept: prints them)

A finding whose suggestion has no judgement is printed, to be judged and added by hand to
benchmarks/suggestions/judgements.jsonl. Needs ../shared.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import judged_select as js  # noqa: E402

SHARED = HERE.parent.parent / "shared" / "data"
SEED = "sugg-fresh-2026-12-02"
JUDGEMENTS = HERE / "suggestions" / "judgements.jsonl"
CODES = {"DD103", "DD102"}


def half(group: str) -> str:
    return "A" if int(hashlib.sha256((SEED + "|" + group).encode()).hexdigest(), 16) % 2 == 0 else "B"


def texts() -> list[tuple[str, str, object]]:
    from duidelijk.readers import read_path, text_document

    judged = {json.loads(line)["group"] for line in js.OUT.open(encoding="utf-8")}
    seen = HERE / "discovery" / "sentences.jsonl"
    discovery = {json.loads(line)["group"] for line in seen.open(encoding="utf-8")}
    out = []
    with (SHARED / "letters" / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            name = row["file"]
            if name.endswith(".po") or "yml__" in name or ".onderwerp." in name or "/sms__" in name:
                continue
            group = js.letter_group(name.split("/")[0], name.split("/", 1)[1])
            if group not in judged and group not in discovery:
                out.append((group, name, read_path(SHARED / "letters" / name)))
    sent_id, n = None, -1
    with (SHARED / "ud-dutch" / "dev.conllu").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# sent_id = "):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text = "):
                n += 1
                if n % 3:  # the UD discovery set is every third sentence
                    out.append(("ud-" + sent_id.split("\\")[0], sent_id, text_document(line[9:].rstrip("\n"), None, ())))
    return out


def findings() -> list[dict]:
    from duidelijk.analysis import analyse
    from duidelijk.config import Config

    items = texts()
    rows = []
    for (group, name, doc), report in zip(items, analyse([d for _, _, d in items], Config())):
        for f in report.findings:
            if f.code in CODES and f.suggestions:
                rows.append({"half": half(group), "doc": name, "code": f.code, "start": f.start,
                             "span": doc.source_text[f.start:f.end], "suggestion": f.suggestions[0]})
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("A", "B"), default="B")
    args = parser.parse_args(argv)
    if not (SHARED / "letters").is_dir():
        print(f"../shared is not there ({SHARED})", file=sys.stderr)
        return 2
    verdicts = {}
    for line in JUDGEMENTS.open(encoding="utf-8"):
        j = json.loads(line)
        verdicts[(j["doc"], j["code"], j["start"], j["span"], j["suggestion"])] = j["verdict"]
    rows = [r for r in findings() if r["half"] == args.half]
    goed = slecht = 0
    for r in rows:
        verdict = verdicts.get((r["doc"], r["code"], r["start"], r["span"], r["suggestion"]))
        goed += verdict == "goed"
        slecht += verdict == "slecht"
        if verdict is None:
            print("UNJUDGED", json.dumps(r, ensure_ascii=False))
    judged = goed + slecht
    share = f"{goed / judged:.3f}" if judged else "-"
    print(f"half {args.half}: {len(rows)} first suggestions of DD102/DD103, {judged} judged: usable {goed} = {share}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
