"""A fresh sample of DD105 (long word), DD111 (impersonal address) and DD112 (abbreviation)
findings on real text, judged by hand (twenty-first session, dd105r21 helper; issue 13).

The pool: the texts ``benchmarks/findings.py`` checks (every letter in ../shared/data/letters
and the Amsterdam dev pairs, both sides), without
- every document that is a source of the judged set's MEASURE part (its ``group``: a document
  holds near-duplicates of its own sentences), and every document of words half B
  (``benchmarks/discovery/words_sentences.jsonl``, which is only measured);
- every text that is a sentence of the judged set's TUNE part (its findings are judged there);
- every text that shares a sentence of five words or more with the harvest sets (harvest-c
  included) or the written letters (``harvest_overlap.kept_apart_sentences``), whose findings are judged (half A) or held out (half B);
- the Amsterdam word-list sentences (``amsterdam/lexical/...``): they carry no document, so
  they cannot be kept apart from the judged set's sentences.

Every finding of the three rules with the default settings on the day of the draw is ordered
by a seeded hash; a finding whose rule, word and sentence text repeat one already taken (the
.txt and .html version of one letter, the two sides of an Amsterdam pair) is skipped, and at
most ``PER_GROUP`` findings per rule come from one document. Per rule the first ``QUOTA`` are
taken. The pool turned out small (43 DD105, 7 DD111 and 22 DD112 findings), so there are no
halves: the sample is both what the dd105r21 helper tuned on and what it measured.

Only references are stored in ``small_fresh21.tsv`` (text key, character offsets, the word):
``show`` reads the sentence back from ../shared.

    python3 benchmarks/small_fresh21.py draw [--force]   # write the sample (verdicts empty)
    python3 benchmarks/small_fresh21.py show             # each finding in its sentence
    python3 benchmarks/small_fresh21.py score            # precision per rule, now
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import harvest_overlap  # noqa: E402
import judged_select as js  # noqa: E402
import words_select as ws  # noqa: E402

OUT = HERE / "small_fresh21.tsv"
SEED = "duidelijk-small-fresh-2026-12-03"
CODES = ("DD105", "DD111", "DD112")
QUOTA = {"DD105": 80, "DD111": 10_000, "DD112": 60}  # DD111: all of them
PER_GROUP = 100  # the pool is small: no cap in effect
FIELDS = ("key", "group", "code", "start", "end", "span", "suggestion", "verdict",
          "suggestion_verdict", "reason", "judged_by")


def h(text: str) -> str:
    return hashlib.sha256((SEED + "|" + text).encode("utf-8")).hexdigest()


def excluded_groups() -> set[str]:
    judged = {json.loads(line)["group"] for line in js.OUT.open(encoding="utf-8")
              if json.loads(line)["part"] == "measure"}
    words_b = {json.loads(line)["group"] for line in ws.OUT.open(encoding="utf-8")
               if json.loads(line)["half"] == "B"}
    return judged | words_b


def texts() -> dict[str, tuple[str, object]]:
    """key -> (group, Document) for every text of the pool."""
    import amsterdam
    import findings

    ams_groups = [f"ams-{r['Document ID']}" for r in amsterdam.pair_rows(amsterdam.DEFAULT)]
    skip = excluded_groups()
    judged_texts = {" ".join(json.loads(line)["text"].split()) for line in js.OUT.open(encoding="utf-8")}
    kept_apart = harvest_overlap.kept_apart_sentences()
    out = {}
    for key, doc in findings.sources():
        if isinstance(doc, str):
            continue
        parts = key.split("/")
        if parts[0] == "letters":
            group = js.letter_group(parts[1], parts[-1])
        elif parts[1] == "pairs":
            group = ams_groups[int(parts[2])]
        else:
            continue
        if group not in skip and " ".join(doc.text.split()) not in judged_texts \
                and not harvest_overlap.sentences(doc.source_text) & kept_apart:
            out[key] = (group, doc)
    return out


def sentence_of(doc, start: int, end: int) -> str:
    """The sentence around a finding (its offsets are in the text as read, ``source_text``)."""
    text = doc.source_text
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    right = min([i for i in (text.find(c, end) for c in ".!?\n") if i >= 0] + [len(text)])
    return " ".join(text[left : right + 1].split())


def run(pool: dict) -> dict[str, list]:
    from duidelijk.analysis import analyse
    from duidelijk.config import Config

    keys = sorted(pool)
    out = {}
    for key, report in zip(keys, analyse([pool[k][1] for k in keys], Config())):
        out[key] = [f for f in report.findings if f.code in CODES]
    return out


def draw(force: bool) -> int:
    if OUT.exists() and not force:
        print(f"{OUT} exists (--force to draw again)", file=sys.stderr)
        return 2
    pool = texts()
    found = run(pool)
    rows = []
    for key, fs in found.items():
        group, doc = pool[key]
        for f in fs:
            rows.append({"key": key, "group": group, "code": f.code, "start": f.start, "end": f.end,
                         "span": f.text, "suggestion": f.suggestions[0] if f.suggestions else "",
                         "sentence": sentence_of(doc, f.start, f.end)})
    chosen = []
    for code in CODES:
        seen, per_group, n = set(), Counter(), 0
        candidates = sorted((r for r in rows if r["code"] == code), key=lambda r: h(f"{r['key']}|{r['code']}|{r['start']}"))
        for r in candidates:
            same = (r["span"].lower(), r["sentence"])
            if n >= QUOTA[code] or same in seen or per_group[r["group"]] >= PER_GROUP:
                continue
            seen.add(same)
            per_group[r["group"]] += 1
            n += 1
            chosen.append(r)
        print(f"{code}: {n} of {len(candidates)} findings", file=sys.stderr)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# seed {SEED}; drawn with benchmarks/small_fresh21.py (see its docstring)\n")
        writer = csv.DictWriter(handle, FIELDS, delimiter="\t", extrasaction="ignore")
        writer.writeheader()
        for r in chosen:
            writer.writerow({**{f: "" for f in FIELDS}, **r})
    return 0


def read() -> list[dict]:
    with OUT.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [{**r, "start": int(r["start"]), "end": int(r["end"])} for r in csv.DictReader(lines, delimiter="\t")]


def show() -> int:
    pool = texts()
    for n, r in enumerate(read()):
        _, doc = pool[r["key"]]
        print(f"{n}\t{r['code']}\t{r['span']}\t-> {r['suggestion']}\t[{r['verdict']}]\n"
              f"\t{sentence_of(doc, r['start'], r['end'])}")
    return 0


def score() -> int:
    rows = read()
    pool = texts()
    keys = {r["key"] for r in rows}
    now = run({k: pool[k] for k in keys})
    present = {(k, f.code, f.start, f.end, f.text): (f.suggestions[0] if f.suggestions else "")
               for k, fs in now.items() for f in fs}
    table = defaultdict(Counter)
    for r in rows:
        k = (r["key"], r["code"], r["start"], r["end"], r["span"])
        table[r["code"]]["drawn"] += 1
        table[r["code"]]["drawn " + r["verdict"]] += 1
        if k in present:
            table[r["code"]]["suggestion changed"] += present[k] != r["suggestion"]
            table[r["code"]]["now"] += 1
            table[r["code"]]["now " + r["verdict"]] += 1
    print("rule   drawn  strict   now  strict  (klopt/twijfel/klopt niet now)")
    for code, c in sorted(table.items()):
        def p(prefix):
            n = c[prefix]
            return f"{c[prefix + ' klopt'] / n:.3f}" if n else "  -  "
        print(f"{code} {c['drawn']:6d}  {p('drawn')}  {c['now']:5d}  {p('now')}  "
              f"({c['now klopt']}/{c['now twijfel']}/{c['now klopt niet']})"
              + (f"; first suggestion changed: {c['suggestion changed']}" if c["suggestion changed"] else ""))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("draw", "show", "score"))
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    return {"draw": lambda: draw(args.force), "show": show, "score": score}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
