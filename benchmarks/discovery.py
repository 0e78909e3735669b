"""Discovery precision of the sentence rules: findings on benchmarks/discovery/ sentences,
judged by hand, per rule. These sentences are NOT in the judged set (other source documents,
see benchmarks/discovery_select.py); they are for finding kinds of error while changing rules,
so that the judged set's MEASURE part stays unseen. Judging rules: benchmarks/judged/README.md.

    python benchmarks/discovery.py                     # precision per rule
    python benchmarks/discovery.py --todo FILE         # write unjudged findings out
    python benchmarks/discovery.py --add FILE          # add judged rows (verdict, reason)
    python benchmarks/discovery.py --rules DD102,DD108 # only these rules
    python benchmarks/discovery.py --set ud            # every third UD Dutch dev sentence
    python benchmarks/discovery.py --select ALL        # also the rules that are off by default
                                                       # (DD106); without it: the default rules
    python benchmarks/discovery.py --set words-a       # DD105/DD112 text, half A (tune on it);
        # --set words-b: half B, only measured (benchmarks/words_select.py)
    python benchmarks/discovery.py --set small         # DD105/DD108/DD111/DD112 sample
        # (benchmarks/small_select.py), looked at and tuned on
    python benchmarks/discovery.py --rules DD103,DD113,DD114  # officialese and vague words; their
        # judgements also hold the first suggestion and its verdict (goed / slecht / geen)
    python benchmarks/discovery.py --set fresh         # DD101-DD104 on a fresh random sample of
        # letters and UD train (benchmarks/fresh_select.py, tenth session); first suggestions judged

Hard words (``discovery/hard_words.jsonl``: the words a strict B1 editor marks as hard, found
or not) give the share that a word rule (DD103, DD104, DD105) finds.

Needs ../shared (part of the text is read from there at run time).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import discovery_select  # noqa: E402
import fresh_select  # noqa: E402
import small_select  # noqa: E402
import words_select  # noqa: E402
from judged import VERDICTS, finding_rows, off_rules, read_jsonl, selected_config  # noqa: E402

DATA = Path(__file__).resolve().parent / "discovery"


def key(sentence: str, code: str, start: int, end: int) -> tuple:
    """A finding's key. No span text: for sources whose licence does not allow copying into
    the repository (see discovery_select.py) judgements hold offsets only."""
    return (sentence, code, start, end)


RULES = ("DD101", "DD102", "DD104", "DD105", "DD106", "DD107", "DD108", "DD109", "DD111", "DD112")
# hard words a strict B1 editor marks (discovery/hard_words.jsonl), found or not: a word
# rule's finding that overlaps one finds it
WORD_RULES = {"DD103", "DD104", "DD105"}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--todo", type=Path)
    parser.add_argument("--add", type=Path)
    parser.add_argument("--rules")
    parser.add_argument("--select", metavar="CODES",
                        help="rules duidelijk runs, as its --select (ALL: also the rules that are off by "
                             "default); without it the default rules")
    parser.add_argument("--set", choices=("letters", "ud", "words-a", "words-b", "fresh", "small"),
                        default="letters",
                        help="letters: ../shared letters outside the judged set; ud: UD Dutch dev; "
                             "words-a / words-b: the two halves of the DD105/DD112 set; fresh: the "
                             "DD101-DD104 sample of benchmarks/fresh_select.py; small: the "
                             "DD105/DD108/DD111/DD112 sample of benchmarks/small_select.py")
    args = parser.parse_args(argv)
    ud = args.set == "ud"
    fresh = args.set == "fresh"
    small = args.set == "small"
    words = args.set.startswith("words") or fresh or small  # sentences of a set that holds references only
    args.rules = args.rules or ",".join(fresh_select.CODES if fresh else small_select.CODES if small
                                        else sorted(words_select.CODES) if words else RULES)
    judgements_path = DATA / ("ud_judgements.jsonl" if ud else "fresh_judgements.jsonl" if fresh
                              else "small_judgements.jsonl" if small
                              else "words_judgements.jsonl" if words else "judgements.jsonl")
    if fresh:
        sentences = fresh_select.load()
    elif small:
        sentences = small_select.load()
    elif words:
        sentences = [s for s in words_select.load() if s["half"] == args.set[-1].upper()]
    judged = {key(j["sentence"], j["code"], j["start"], j["end"]): j
              for j in read_jsonl(judgements_path)}
    if args.add:
        licence = {s["id"]: s["licence"] for s in sentences} if words else \
            {s["id"]: s["licence"] for s in discovery_select.load_ud()} if ud else {
            json.loads(line)["id"]: json.loads(line)["licence"]
            for line in discovery_select.OUT.open(encoding="utf-8")}
        for row in read_jsonl(args.add):
            if row.get("verdict") not in VERDICTS or not row.get("reason") or row.get("sentence") not in licence:
                print(f"bad row: {row}", file=sys.stderr)
                return 2
            keep = ("sentence", "code", "start", "end", "verdict", "reason", "judged_by", "suggestion",
                    "suggestion_verdict")
            if licence[row["sentence"]].startswith("EUPL"):
                keep += ("span",)
            judged[key(row["sentence"], row["code"], row["start"], row["end"])] = \
                {k: row[k] for k in keep if k in row}
        with judgements_path.open("w", encoding="utf-8") as handle:
            for j in sorted(judged.values(), key=lambda j: (j["sentence"], j["start"], j["code"])):
                handle.write(json.dumps(j, ensure_ascii=False) + "\n")
        print(f"{len(judged)} judgements")
        return 0
    rules = set(args.rules.split(","))
    if not words:
        sentences = discovery_select.load_ud() if ud else discovery_select.load()
    config = selected_config(args.select)
    all_findings = finding_rows(sentences, config)
    findings = [f for f in all_findings if f["code"] in rules]
    tally = defaultdict(lambda: {"n": 0, "klopt": 0, "twijfel": 0, "with": 0, "goed": 0})
    todo, seen = [], set()
    for f in findings:
        k = key(f["sentence"], f["code"], f["start"], f["end"])
        j = judged.get(k)
        if j is None or ("suggestion_verdict" in j and j.get("suggestion") != f["suggestion"]):
            # a new finding, or one whose first suggestion changed since it was judged
            todo.append({**f, "verdict": j["verdict"] if j else None, "reason": j["reason"] if j else ""})
            continue
        seen.add(k)
        t = tally[f["code"]]
        t["n"] += 1
        t["klopt"] += j["verdict"] == "klopt"
        t["twijfel"] += j["verdict"] == "twijfel"
        if f["suggestion"] is not None:  # judged only for the rules that give suggestions
            t["with"] += 1
            t["goed"] += j.get("suggestion_verdict") == "goed"
    ids = {s["id"] for s in sentences}
    gone = [j for k, j in judged.items() if k not in seen and j["code"] in rules and j["sentence"] in ids]
    print(f"{len(sentences)} discovery sentences, {len(findings)} findings of {', '.join(sorted(rules))} "
          f"({len(todo)} unjudged)")
    off = [c for c in off_rules(config) if c in rules]
    if off:
        print(f"  off in this configuration: {', '.join(off)} (their judgements show as gone; "
              "--select ALL runs every rule)")
    for code in sorted(tally):
        t = tally[code]
        print(f"  {code} n {t['n']:3d}  strict {t['klopt'] / t['n']:.3f}  "
              f"lenient {(t['klopt'] + t['twijfel']) / t['n']:.3f}"
              + (f"  first suggestion goed {t['goed']} of {t['with']}" if t["with"] else ""))
    gone_by = defaultdict(lambda: defaultdict(int))
    for j in gone:
        gone_by[j["code"]][j["verdict"]] += 1
    for code, verdicts in sorted(gone_by.items()):
        print(f"  gone {code}: " + ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items())))
    hard = [] if ud or words else read_jsonl(DATA / "hard_words.jsonl")
    if hard and rules & WORD_RULES:
        words = [f for f in all_findings if f["code"] in WORD_RULES]
        found = [h for h in hard if any(f["sentence"] == h["sentence"] and f["start"] < h["end"]
                                        and h["start"] < f["end"] for f in words)]
        print(f"  hard words found by {', '.join(sorted(WORD_RULES))}: {len(found)} of {len(hard)} "
              f"({len(found) / len(hard):.3f})")
    if args.todo:
        text = {s["id"]: s["text"] for s in sentences}
        with args.todo.open("w", encoding="utf-8") as handle:
            for row in todo:
                handle.write(json.dumps({**row, "text": text[row["sentence"]]}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
