"""Discovery precision on letters the project wrote itself (benchmarks/discovery/written/):
15 short municipal letters, e-mails and form texts, each checked as one text with the default
rules. Every finding is judged by hand (benchmarks/judged/README.md); the obstacles a careful
B1 editor would mark that duidelijk missed are kept beside them. For finding kinds of error
while changing rules; the judged set's MEASURE part stays unseen.

    python benchmarks/written.py                  # precision per rule, first suggestions, misses
    python benchmarks/written.py --todo FILE      # write unjudged findings out (fill in verdict,
                                                  # suggestion_verdict, reason)
    python benchmarks/written.py --add FILE       # add judged rows
    python benchmarks/written.py --show           # also list every finding with its verdict
    python benchmarks/written.py --select ALL     # also the rules that are off by default (DD106)
    python benchmarks/written.py --dir benchmarks/discovery/harvest --half A
                                                  # another folder of letters in the same layout
                                                  # (here: texts collected from public government
                                                  # repositories); --half A / B keeps half of its
                                                  # letters, split by a hash of the file name

judgements.jsonl: one line per finding, keyed by file, code, start, end, span and its first
suggestion; a finding whose first suggestion changed is unjudged again, and its earlier
judgement stays (it counts again if the earlier suggestion comes back). misses.jsonl: obstacles (file, start, end, span,
kind; kinds as in benchmarks/judged/README.md) that no finding of a fitting rule covered when
they were written down; the report says which are covered now.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judged import COVERS, SUGGESTION_VERDICTS, VERDICTS, finding_rows, read_jsonl, selected_config  # noqa: E402

DATA = Path(__file__).resolve().parent / "discovery" / "written"


def half_of(name: str) -> str:
    """"A" or "B": a fixed split of a folder's letters by their file name, so that one half
    can be tuned on and the other only measured."""
    return "A" if hashlib.sha256(f"written-half|{name}".encode()).digest()[0] % 2 == 0 else "B"


def load(data: Path = DATA, half: str | None = None) -> list[dict]:
    """The letters: id is the file name, text the whole file."""
    return [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(data.glob("*.txt"))
            if half is None or half_of(p.name) == half]


def key(row: dict) -> tuple:
    return (row["file"], row["code"], row["start"], row["end"], row["span"])


def full_key(row: dict) -> tuple:
    """A judgement holds for a finding with this key and this first suggestion: after a
    change of the suggestion the earlier judgement stays, so both versions can be measured."""
    return key(row) + (row.get("suggestion"),)


def findings(letters: list[dict], config=None) -> list[dict]:
    rows = finding_rows(letters, config)
    for row in rows:
        row["file"] = row.pop("sentence")
    return rows


def count(tally, groups, finding: dict, judgement: dict) -> None:
    """Count a judged finding in each of ``groups`` of ``tally``: its verdict, and the verdict
    on its first suggestion (and whether that is a non-word)."""
    for group in groups:
        t = tally[group]
        t["n"] += 1
        t[judgement["verdict"]] += 1
        if finding["suggestion"] is not None:
            t["with"] += 1
            t["goed"] += judgement["suggestion_verdict"] == "goed"
            t["nonword"] += bool(judgement.get("nonword"))


def print_per_group(rows: list[dict], judged: dict) -> None:
    """The same figures counted per group, as a reader of the report meets them: the findings of
    one rule with the same words and message in one text are one group (``duidelijk.grouping``),
    and the main view marks a group at its first place. Each group counts once, with the verdict
    of that first place. (The lines above count every place: a word flagged 22 times in a text
    counts 22 times there.)"""
    from types import SimpleNamespace

    from duidelijk.grouping import key as group_key

    first: dict[tuple, dict] = {}
    for f in sorted(rows, key=lambda f: (f["file"], f["start"])):
        g = (f["file"],) + group_key(SimpleNamespace(code=f["code"], text=f["span"], message=f["message"]))
        first.setdefault(g, f)
    tally = defaultdict(lambda: defaultdict(int))
    for f in first.values():
        j = judged.get(full_key(f))
        if j is not None:
            count(tally, (f["code"], "all"), f, j)
    if tally:
        t = tally["all"]
        print(f"  per group (first place): n {t['n']:3d}  strict {t['klopt'] / t['n']:.3f}  "
              f"lenient {(t['klopt'] + t['twijfel']) / t['n']:.3f}  ("
              + ", ".join(f"{c} {tally[c]['klopt'] / tally[c]['n']:.2f} of {tally[c]['n']}"
                          for c in sorted(tally) if c != "all") + ")")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--todo", type=Path)
    parser.add_argument("--add", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--uncovered", action="store_true", help="list the noted misses that no finding covers now")
    parser.add_argument("--dir", type=Path, default=DATA,
                        help="folder with the letters (*.txt), judgements.jsonl and misses.jsonl")
    parser.add_argument("--half", choices=("A", "B"), help="only this half of the folder's letters")
    parser.add_argument("--select", metavar="CODES",
                        help="rules to run, as duidelijk's --select (ALL: also the rules that are off by "
                             "default, such as DD106); without it the default rules")
    args = parser.parse_args(argv)
    letters = load(args.dir, args.half)
    names = {s["id"] for s in letters}
    judgements_file, misses_file = args.dir / "judgements.jsonl", args.dir / "misses.jsonl"
    judged = {full_key(j): j for j in read_jsonl(judgements_file) if j["file"] in names}
    every = {full_key(j): j for j in read_jsonl(judgements_file)}
    keys = {key(j) for j in judged.values()}
    if args.add:
        for row in read_jsonl(args.add):
            if (row.get("verdict") not in VERDICTS or not row.get("reason") or row.get("file") not in names
                    or row.get("suggestion_verdict") not in SUGGESTION_VERDICTS):
                print(f"bad row: {row}", file=sys.stderr)
                return 2
            keep = ("file", "code", "start", "end", "span", "message", "suggestion", "verdict",
                    "suggestion_verdict", "nonword", "reason", "judged_by")
            every[full_key(row)] = {k: row[k] for k in keep if k in row}
        with judgements_file.open("w", encoding="utf-8") as handle:
            for j in sorted(every.values(), key=lambda j: (j["file"], j["start"], j["code"], str(j.get("suggestion")))):
                handle.write(json.dumps(j, ensure_ascii=False) + "\n")
        print(f"{len(every)} judgements")
        return 0
    rows = findings(letters, selected_config(args.select))
    tally = defaultdict(lambda: defaultdict(int))
    todo, changed, seen = [], [], set()
    for f in rows:
        j = judged.get(full_key(f))
        if j is None:
            todo.append({**f, "verdict": None,
                         "why": "suggestion changed" if key(f) in keys else "new finding"})
            continue
        seen.add(full_key(f))
        count(tally, (f["code"], "all"), f, j)
        if j.get("message") is not None and j["message"] != f["message"]:
            # the judgement still counts, but the reader now sees another text: read it again
            # (as judged.py does; endjudge42c found such changes only by comparing two commits)
            changed.append({**f, "verdict": None, "why": "message changed", "old_message": j["message"]})
        if args.show:
            print(f"  {j['verdict']:10s} {f['code']} {f['file']} {f['span']!r} -> {f['suggestion']!r} "
                  f"({j['suggestion_verdict']})")
    print(f"{len(letters)} letters, {len(rows)} findings ({len(todo)} unjudged, "
          f"{len(changed)} with a changed message to read again)")
    for code in sorted(tally, key=lambda c: (c == "all", c)):
        t = tally[code]
        print(f"  {code:5s} n {t['n']:3d}  strict {t['klopt'] / t['n']:.3f}  "
              f"lenient {(t['klopt'] + t['twijfel']) / t['n']:.3f}"
              + (f"  first suggestion goed {t['goed']} of {t['with']}" if t["with"] else "")
              + (f", {t['nonword']} non-words" if t["nonword"] else ""))
    print_per_group(rows, judged)
    present = {key(f) for f in rows}
    gone = [j for k, j in judged.items() if k[:-1] not in present]
    gone_by = defaultdict(lambda: defaultdict(int))
    for j in gone:
        gone_by[j["code"]][j["verdict"]] += 1
    for code, verdicts in sorted(gone_by.items()):
        print(f"  gone {code}: " + ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items())))
    misses = [m for m in read_jsonl(misses_file) if m["file"] in names]
    if misses:
        by_file = defaultdict(list)
        for f in rows:
            by_file[f["file"]].append(f)
        now = [m for m in misses if any(f["code"] in COVERS.get(m["kind"], set()) and f["start"] < m["end"]
                                        and m["start"] < f["end"] for f in by_file[m["file"]])]
        kinds = defaultdict(int)
        for m in misses:
            kinds[m["kind"]] += 1
        print(f"  misses noted: {len(misses)} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
              f"covered now: {len(now)}")
        if args.uncovered:
            for m in misses:
                if m not in now:
                    print(f"  uncovered {m['kind']:12s} {m['file']} {m['start']}-{m['end']} {m['span']!r}")
    for row in todo:
        print(f"  unjudged ({row['why']}): {row['code']} {row['file']} {row['start']}-{row['end']} "
              f"{row['span']!r} -> {row['suggestion']!r}")
    if args.todo:
        with args.todo.open("w", encoding="utf-8") as handle:
            for row in todo + changed:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
