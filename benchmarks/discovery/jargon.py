"""Officialese and vague words on DISCOVERY text: are DD103, DD113 and DD114 right there?

The judged set's MEASURE part is only measured; to find the kinds of error these rules make,
the jargon helper of 2026-12-01 judged their findings on other sentences of the same sources
(``pick.py``: documents the judged set does not use). Judgements are in ``jargon.jsonl``, keyed
like benchmarks/judged.py (sentence id, code, start, end, span), judged by the rules of
benchmarks/judged/README.md. The sentence text is stored only for sources under the
project's own licence (EUPL-1.2); the others are read from ../shared at run time.

    python benchmarks/discovery/pick.py > /tmp/discovery.jsonl
    python benchmarks/discovery/jargon.py /tmp/discovery.jsonl [--todo FILE] [--add FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from judged import finding_rows, key, read_jsonl  # noqa: E402

JUDGEMENTS = HERE / "jargon.jsonl"
CODES = {"DD103", "DD113", "DD114"}
KEEP_TEXT = {"EUPL-1.2", "EUPL-1.2-or-later"}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sentences", type=Path, help="output of pick.py")
    parser.add_argument("--todo", type=Path, help="write unjudged findings to this file")
    parser.add_argument("--add", type=Path, help="add judged rows of a --todo file")
    args = parser.parse_args(argv)
    sentences = read_jsonl(args.sentences)
    by_id = {s["id"]: s for s in sentences}
    judgements = read_jsonl(JUDGEMENTS)
    if args.add:
        new = [j for j in read_jsonl(args.add) if j.get("verdict")]
        keys = {(key(j["sentence"], j["code"], j["start"], j["end"], j["span"]), j.get("suggestion")) for j in new}
        kept = [j for j in judgements
                if (key(j["sentence"], j["code"], j["start"], j["end"], j["span"]), j.get("suggestion")) not in keys]
        with JUDGEMENTS.open("w", encoding="utf-8") as handle:
            for j in kept + new:
                s = by_id.get(j["sentence"], {})
                row = {k: j[k] for k in ("sentence", "code", "start", "end", "span", "suggestion", "verdict",
                                         "suggestion_verdict", "reason") if k in j}
                row.update({k: s[k] for k in ("licence", "copyright", "source") if k in s})
                if s.get("licence") in KEEP_TEXT:
                    row["text"] = s["text"]
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(new)} judgements added")
        return 0
    judged = {}
    for j in judgements:
        judged.setdefault(key(j["sentence"], j["code"], j["start"], j["end"], j["span"]), []).append(j)
    rows = [r for r in finding_rows(sentences) if r["code"] in CODES]
    counts, todo = Counter(), []
    for r in rows:
        versions = judged.get(key(r["sentence"], r["code"], r["start"], r["end"], r["span"]), [])
        j = next((v for v in versions if v.get("suggestion") == r["suggestion"]), None)
        if j is None:
            todo.append({**r, "text": by_id[r["sentence"]]["text"],
                         "why": "suggestion changed" if versions else "new finding"})
            continue
        counts["n"] += 1
        counts[j["verdict"]] += 1
        counts[(r["code"], j["verdict"])] += 1
        if r["suggestion"] is not None:
            counts["with"] += 1
            counts["goed"] += j["suggestion_verdict"] == "goed"
    n = counts["n"] or 1
    print(f"{len(sentences)} sentences, {len(rows)} findings of {', '.join(sorted(CODES))}, "
          f"{counts['n']} judged, {len(todo)} unjudged")
    print(f"precision strict {counts['klopt'] / n:.3f}  lenient {(counts['klopt'] + counts['twijfel']) / n:.3f}  "
          f"| first suggestion goed {counts['goed']} of {counts['with']} with one"
          + (f" = {counts['goed'] / counts['with']:.3f}" if counts["with"] else ""))
    for code in sorted(CODES):
        print(f"  {code}: " + ", ".join(f"{v} {counts[(code, v)]}" for v in ("klopt", "twijfel", "klopt niet")))
    if args.todo:
        with args.todo.open("w", encoding="utf-8") as handle:
            for t in todo:
                handle.write(json.dumps(t, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
