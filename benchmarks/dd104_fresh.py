"""DD104 (difficult word) on fresh unseen text: precision and hard-word recall per part.

The sentences are benchmarks/dd104/sentences.jsonl (benchmarks/dd104_select.py): part A for
finding kinds of error, part B only for measuring. Every DD104 finding is judged klopt /
klopt niet / twijfel (benchmarks/judged/README.md), and the hard words a strict B1 editor
marks are in ``dd104/hard_words.jsonl`` (offsets only: the text stays in ../shared).

    python benchmarks/dd104_fresh.py                 # both parts
    python benchmarks/dd104_fresh.py --part A --todo FILE   # unjudged findings, with text
    python benchmarks/dd104_fresh.py --add FILE      # add judged rows (verdict, reason)
    python benchmarks/dd104_fresh.py --part A --show # every finding and hard word, with verdicts

Needs ../shared.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dd104_select  # noqa: E402
from judged import VERDICTS, finding_rows, read_jsonl  # noqa: E402

DATA = Path(__file__).resolve().parent / "dd104"
WORD_RULES = {"DD103", "DD104", "DD105"}


def key(sentence: str, code: str, start: int, end: int) -> tuple:
    return (sentence, code, start, end)


def overlaps(a: dict, b: dict) -> bool:
    return a["sentence"] == b["sentence"] and a["start"] < b["end"] and b["start"] < a["end"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("A", "B"))
    parser.add_argument("--todo", type=Path)
    parser.add_argument("--add", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    path = DATA / "judgements.jsonl"
    judged = {key(j["sentence"], j["code"], j["start"], j["end"]): j for j in read_jsonl(path)} if path.exists() else {}
    if args.add:
        ids = {json.loads(line)["id"] for line in dd104_select.OUT.open(encoding="utf-8")}
        for row in read_jsonl(args.add):
            if row.get("verdict") not in VERDICTS or not row.get("reason") or row.get("sentence") not in ids:
                print(f"bad row: {row}", file=sys.stderr)
                return 2
            keep = ("sentence", "code", "start", "end", "verdict", "reason", "judged_by")
            judged[key(row["sentence"], row["code"], row["start"], row["end"])] = {k: row[k] for k in keep if k in row}
        with path.open("w", encoding="utf-8") as handle:
            for j in sorted(judged.values(), key=lambda j: (j["sentence"], j["start"], j["code"])):
                handle.write(json.dumps(j, ensure_ascii=False) + "\n")
        print(f"{len(judged)} judgements")
        return 0
    sentences = dd104_select.load(part=args.part)
    text = {s["id"]: s["text"] for s in sentences}
    part_of = {s["id"]: s["part"] for s in sentences}
    rows = finding_rows(sentences)
    words = [f for f in rows if f["code"] in WORD_RULES]
    hard = [h for h in read_jsonl(DATA / "hard_words.jsonl") if h["sentence"] in text] \
        if (DATA / "hard_words.jsonl").exists() else []
    todo = []
    for part in sorted({s["part"] for s in sentences}):
        t = {"n": 0, "klopt": 0, "twijfel": 0}
        for f in words:
            if f["code"] != "DD104" or part_of[f["sentence"]] != part:
                continue
            j = judged.get(key(f["sentence"], f["code"], f["start"], f["end"]))
            if j is None:
                todo.append(f)
                continue
            t["n"] += 1
            t["klopt"] += j["verdict"] == "klopt"
            t["twijfel"] += j["verdict"] == "twijfel"
        n = max(t["n"], 1)
        mine = [h for h in hard if part_of[h["sentence"]] == part]
        by_dd104 = [h for h in mine if any(f["code"] == "DD104" and overlaps(f, h) for f in words)]
        by_words = [h for h in mine if any(overlaps(f, h) for f in words)]
        print(f"part {part}: {sum(p == part for p in part_of.values())} sentences; DD104 n {t['n']} strict "
              f"{t['klopt'] / n:.3f} lenient {(t['klopt'] + t['twijfel']) / n:.3f}; hard words {len(mine)}: "
              f"found by DD104 {len(by_dd104)} ({len(by_dd104) / max(len(mine), 1):.3f}), by DD103-105 "
              f"{len(by_words)} ({len(by_words) / max(len(mine), 1):.3f})")
    print(f"{len(todo)} DD104 findings unjudged")
    if args.show:
        for f in sorted(words, key=lambda f: (f["sentence"], f["start"])):
            if f["code"] != "DD104":
                continue
            j = judged.get(key(f["sentence"], f["code"], f["start"], f["end"]), {})
            print(f"  {j.get('verdict', '?'):10s} {f['span']:25s} {j.get('reason', '')}")
        for h in hard:
            found = ",".join(sorted({f["code"] for f in words if overlaps(f, h)})) or "MISSED"
            print(f"  hard {text[h['sentence']][h['start']:h['end']]:25s} {found}")
    if args.todo:
        with args.todo.open("w", encoding="utf-8") as handle:
            for row in todo:
                handle.write(json.dumps({**row, "text": text[row["sentence"]], "verdict": None, "reason": ""},
                                        ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
