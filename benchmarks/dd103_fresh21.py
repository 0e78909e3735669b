"""A fresh sample of DD103 findings (twenty-first session, dd103w21): 200 findings with the
default settings on the 1,565 real texts of ``benchmarks/findings.py``, from documents outside
every set that was tuned on or is held out, judged strictly by one helper, and split in a half
to tune on and a half to measure.

    python3 benchmarks/dd103_fresh21.py select DUMP.json   # draw the sample (once; needs a dump
                                                            # of main made with findings.py dump)
    python3 benchmarks/dd103_fresh21.py show [--half tune]  # the sampled findings in context
    python3 benchmarks/dd103_fresh21.py measure [--half measure]
                                                            # run DD103 now, precision per half

Documents left out before the draw:
- the judged set's documents (``group`` of benchmarks/judged/sentences.jsonl: letter files by
  ``judged_select.letter_group``, Amsterdam dev documents by their Document ID), and every
  Amsterdam word-list sentence that is also a sentence of such a document;
- any document that shares a sentence of five words or more with the harvest-mun, harvest-gov
  or harvest-c letters (both halves) or the written letters
  (``harvest_overlap.kept_apart_sentences``);
  none does, the check is kept so that a later copy of the data cannot slip in.

The draw: DD103 findings in the order of sha256(SEED + text key + start + end), at most
PER_DOC per document and no finding whose sentence and span an earlier pick already has (the
simple side of an Amsterdam pair often repeats its complex side). The halves: documents in the
order of sha256(SEED + 'half' + document), each to the half with fewer findings so far, so a
document never straddles the split.

``benchmarks/dd103_fresh21.tsv`` keeps references only (text key and character offsets in the
text as ``findings.py`` reads it, the span, the first suggestion) with the verdicts; the
text is read from ../shared at run time (some sources are MPL-2.0 or AGPL-3.0).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

OUT = HERE / "dd103_fresh21.tsv"
SEED = "duidelijk-dd103-fresh-2026-12-03"
SIZE = 200
PER_DOC = 10
FIELDS = ["key", "start", "end", "span", "suggestion", "doc", "half", "verdict", "suggestion_verdict",
          "kind", "reason", "judged_by"]


def h(text: str) -> str:
    return hashlib.sha256((SEED + "|" + text).encode("utf-8")).hexdigest()


def _sentence_at(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    right = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left + 1:(min(right) + 1 if right else len(text))].strip()


def judged_groups() -> set[str]:
    from judged import read_jsonl
    return {s["group"] for s in read_jsonl(HERE / "judged" / "sentences.jsonl")}


def other_set_sentences() -> set[str]:
    """Sentences of the harvest sets and written letters (only to keep their documents out)."""
    from harvest_overlap import kept_apart_sentences
    return kept_apart_sentences()


def documents() -> dict[str, tuple[str, str]]:
    """text key -> (document, text as findings.py reads it), for every text of findings.py."""
    import amsterdam
    from findings import sources
    from judged_select import letter_group

    rows = amsterdam.pair_rows(amsterdam.DEFAULT)
    out = {}
    for key, doc in sources():
        if isinstance(doc, str):
            continue
        parts = key.split("/")
        if parts[0] == "letters":
            group = letter_group(parts[1], parts[-1])
        elif parts[1] == "pairs":
            group = f"ams-{rows[int(parts[2])]['Document ID']}"
        else:
            group = f"ams-lexical-{parts[2]}"
        out[key] = (group, doc.source_text)
    return out


def excluded(docs: dict[str, tuple[str, str]]) -> set[str]:
    """The documents left out (see the module's doc string)."""
    from harvest_overlap import sentences
    groups = judged_groups()
    out = {g for g, _ in docs.values() if g in groups}
    judged_text: set[str] = set()
    import amsterdam
    with (amsterdam.DEFAULT / "complex-simple-dev.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):  # every row of a judged document, changed or not
            if f"ams-{row['Document ID']}" in groups:
                judged_text |= sentences(row["Complex"]) | sentences(row["Simple"])
    for group, text in docs.values():
        if group in groups:
            judged_text |= sentences(text)
    others = other_set_sentences()
    for group, text in docs.values():
        mine = sentences(text)
        if group.startswith("ams-lexical-") and mine & judged_text:
            out.add(group)
        if mine & others:
            out.add(group)
    return out


def select(dump: Path) -> int:
    if OUT.exists():
        print(f"{OUT} exists: the sample is fixed", file=sys.stderr)
        return 2
    data = json.loads(dump.read_text(encoding="utf-8"))
    docs = documents()
    skip = excluded(docs)
    pool = pool_of(data, docs, skip, "DD103")
    pool.sort(key=lambda r: h(f"{r['key']}|{r['start']}|{r['end']}"))
    print(f"{len(pool)} DD103 findings in {len({r['doc'] for r in pool})} documents "
          f"({len(skip)} documents left out)", file=sys.stderr)
    chosen, size = draw(pool, docs, h, SIZE, PER_DOC)
    chosen.sort(key=lambda r: (r["half"], r["key"], r["start"]))
    write(chosen)
    print(f"{len(chosen)} findings: {dict(size)} -> {OUT}", file=sys.stderr)
    return 0


def pool_of(data: dict, docs: dict[str, tuple[str, str]], skip: set[str], rule: str) -> list[dict]:
    """The findings of rule ``rule`` in a ``findings.py dump`` (``data``) on the texts of
    ``docs`` outside the documents ``skip``, as rows of the sample."""
    pool = []
    for key, value in data.items():
        if key not in docs or docs[key][0] in skip:
            continue
        for code, _sev, start, end, span, _msg, suggestions in value.get("findings", ()):
            if code == rule:
                pool.append({"key": key, "start": start, "end": end, "span": span,
                             "suggestion": suggestions[0] if suggestions else "", "doc": docs[key][0]})
    return pool


def draw(pool: list[dict], docs: dict[str, tuple[str, str]], order, size: int, per_doc: int) -> tuple[list[dict], Counter]:
    """The sample from ``pool`` (in draw order): at most ``per_doc`` findings per document, no
    sentence and span twice, ``size`` at most; each document to the half with fewer findings
    so far, in the order of ``order('half|' + document)``. Also the size of each half."""
    chosen, counts, seen = [], Counter(), set()
    for row in pool:
        sentence = re.sub(r"\W+", " ", _sentence_at(docs[row["key"]][1], row["start"], row["end"]).lower())
        if counts[row["doc"]] >= per_doc or (sentence, row["span"].lower()) in seen:
            continue
        chosen.append(row)
        counts[row["doc"]] += 1
        seen.add((sentence, row["span"].lower()))
        if len(chosen) == size:
            break
    halves = Counter()
    for doc in sorted({r["doc"] for r in chosen}, key=lambda d: order("half|" + d)):
        half = "tune" if halves["tune"] <= halves["measure"] else "measure"
        for row in chosen:
            if row["doc"] == doc:
                row["half"] = half
        halves[half] += counts[doc]
    return chosen, halves


def read(path: Path = OUT) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader((line for line in handle if not line.startswith("#")),
                                          delimiter="\t")]
    for r in rows:
        r["start"], r["end"] = int(r["start"]), int(r["end"])
    return rows


def write(rows: list[dict], path: Path = OUT, title: str = "") -> None:
    """The sample as TSV; ``title``: the first comment line (this sample's by default)."""
    title = title or (f"DD103 fresh sample, twenty-first session (dd103w21). Seed {SEED!r}, {SIZE} findings, "
                      f"at most {PER_DOC} per document; see benchmarks/dd103_fresh21.py.")
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# {title}\n"
                     "# Text of the findings is read from ../shared/data at run time (references only). "
                     "Verdicts as benchmarks/judged/README.md.\n")
        writer = csv.DictWriter(handle, FIELDS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: r.get(k, "") for k in FIELDS})


def current(keys: set[str], code: str = "DD103") -> dict[str, list]:
    """The findings of rule ``code`` by the current code on the texts ``keys``."""
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from findings import sources

    items = [(k, d) for k, d in sources() if k in keys and not isinstance(d, str)]
    out = {}
    for (key, _), report in zip(items, analyse([d for _, d in items], Config())):
        out[key] = [f for f in report.findings if f.code == code]
    return out


def show(half: str | None) -> int:
    docs = documents()
    for n, r in enumerate(read()):
        if half and r["half"] != half:
            continue
        text = docs[r["key"]][1]
        print(f"{n:3d} {r['half']:7s} {r['key']} {r['start']}-{r['end']} [{r['span']}] -> {r['suggestion']!r} "
              f"| {r['verdict']} {r['suggestion_verdict']} {r['kind']}")
        print("    " + _sentence_at(text, r["start"], r["end"]).replace("\n", " ")[:400])
    return 0


def measure(half: str | None) -> int:
    rows = [r for r in read() if not half or r["half"] == half]
    now = current({r["key"] for r in rows})
    kept, changed = [], []
    for r in rows:
        same = [f for f in now.get(r["key"], ()) if (f.start, f.end) == (r["start"], r["end"])]
        if same:
            kept.append(r)
            first = same[0].suggestions[0] if same[0].suggestions else ""
            if first != r["suggestion"]:
                changed.append((r, first))
    verdicts = Counter(r["verdict"] for r in kept)
    n = len(kept)
    moved = {(r["key"], r["start"]) for r, _ in changed}
    goed = sum(r["suggestion_verdict"] == "goed" for r in kept if (r["key"], r["start"]) not in moved)
    print(f"half {half or 'all'}: {len(rows)} sampled, {n} still found; strict {verdicts['klopt'] / max(n, 1):.3f}, "
          f"lenient {(verdicts['klopt'] + verdicts['twijfel']) / max(n, 1):.3f} ({dict(verdicts)}); "
          f"first suggestion goed {goed} of {sum(bool(r['suggestion']) for r in kept)} with one")
    for r in rows:
        if r not in kept:
            print(f"  gone: {r['key']} {r['start']}-{r['end']} [{r['span']}] {r['verdict']}")
    for r, first in changed:
        print(f"  suggestion changed: {r['key']} [{r['span']}] {r['suggestion']!r} -> {first!r} (unjudged)")
    return 0


def main(argv=None, tool=None) -> int:
    """The command line of a fresh sample's ``tool`` (a module with select, show and measure;
    this one by default)."""
    tool = tool or sys.modules[__name__]
    parser = argparse.ArgumentParser(description=tool.__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("select").add_argument("dump", type=Path)
    for name in ("show", "measure"):
        sub.add_parser(name).add_argument("--half", choices=("tune", "measure"))
    args = parser.parse_args(argv)
    if args.cmd == "select":
        return tool.select(args.dump)
    return tool.show(args.half) if args.cmd == "show" else tool.measure(args.half)


if __name__ == "__main__":
    sys.exit(main())
