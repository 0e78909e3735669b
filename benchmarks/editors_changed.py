"""Did the Amsterdam editors change what duidelijk marks? (Amsterdam simplification data, dev half)

For every sentence pair whose simplified version differs from the original, duidelijk checks
the original with its default rules. A word-level finding counts as *changed by the editors*
when its span (lower case) no longer occurs in the simplified sentence: the editors replaced,
removed or rewrote it (a passive "wordt gebaggerd" that became "we baggeren" is changed; "is
vastgesteld" left as it was is kept). Per rule it prints how many findings the editors
changed and how many they kept.

This is a proxy, not a verdict: editors also rewrite words they would not have marked, and
keep hard words a text needs (a field term, a name). It shows which kinds of findings the
city's communication experts act on, which is how the judged set's stance on passives was
set (benchmarks/judged/README.md). Sentence-level rules (DD101, DD107, DD108, DD115, DD116,
DD117) are left out: a rewritten sentence changes their span whatever the reason.

    python benchmarks/editors_changed.py [--data DIR] [--show RULE]

The data is read from ../shared/data/amsterdam-simplification at run time.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "amsterdam-simplification"
SENTENCE_RULES = {"DD101", "DD107", "DD108", "DD115", "DD116", "DD117"}


def pairs(data: Path) -> list[tuple[str, str]]:
    with (data / "complex-simple-dev.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    return [(c, s) for _doc, c, s in rows if c.strip() != s.strip()]


def tally(rows: list[tuple[str, str]]) -> tuple[Counter, dict]:
    from duidelijk import check_text

    counts: Counter = Counter()
    spans = defaultdict(list)
    for original, simple in rows:
        simple_low = simple.lower()
        for f in check_text(original).findings:
            if f.code in SENTENCE_RULES:
                continue
            span = original[f.start:f.end]
            kept = span.lower() in simple_low
            counts[(f.code, kept)] += 1
            spans[(f.code, kept)].append(span)
    return counts, spans


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--show", metavar="RULE", help="print 20 kept and 20 changed spans of this rule")
    args = parser.parse_args(argv)
    if not (args.data / "complex-simple-dev.csv").exists():
        print(f"Geen Amsterdamse data gevonden in {args.data}.", file=sys.stderr)
        return 2
    rows = pairs(args.data)
    counts, spans = tally(rows)
    print(f"{len(rows)} changed sentence pairs; findings on the originals, default rules")
    print("| rule | findings | changed by the editors | kept | share changed |")
    print("|---|---|---|---|---|")
    for code in sorted({c for c, _ in counts}):
        changed, kept = counts[(code, False)], counts[(code, True)]
        print(f"| {code} | {changed + kept} | {changed} | {kept} | {changed / (changed + kept):.2f} |")
    if args.show:
        rnd = random.Random(0)
        for kept in (True, False):
            items = spans[(args.show, kept)]
            print(f"{args.show} {'kept' if kept else 'changed'}:", rnd.sample(items, min(20, len(items))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
