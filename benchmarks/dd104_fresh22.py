"""A fresh sample of DD104 findings (twenty-second session, dd104w22): up to 200 findings with
the default settings on the 1,565 real texts of ``benchmarks/findings.py``, from documents
outside every set that was tuned on or is held out, judged strictly by one helper, and split in
a half to tune on and a half to measure.

    python3 benchmarks/dd104_fresh22.py select DUMP.json   # draw the sample (once; needs a dump
                                                            # of main made with findings.py dump)
    python3 benchmarks/dd104_fresh22.py show [--half tune]  # the sampled findings in context
    python3 benchmarks/dd104_fresh22.py measure [--half measure]
                                                            # run DD104 now, precision per half

Documents left out before the draw: those of ``dd103_fresh21.excluded`` (the judged set's
documents, Amsterdam word-list sentences that are also sentences of such a document, any
document sharing a sentence of five words or more with harvest-mun, harvest-gov or the written
letters) and, for DD104 in particular, the documents of the fifth session's fresh DD104 set
(``benchmarks/dd104/sentences.jsonl``: part A was tuned on, part B is held out).

The draw and the halves work as in ``dd103_fresh21.py`` (another seed, DD104 findings): the
findings in the order of sha256(SEED + text key + start + end), at most PER_DOC per document,
no finding whose sentence and span an earlier pick already has; documents in the order of
sha256(SEED + 'half' + document), each to the half with fewer findings so far.

``benchmarks/dd104_fresh22.tsv`` keeps references only (text key and character offsets in the
text as ``findings.py`` reads it, the span) with the verdicts; the text is read from ../shared
at run time (some sources are MPL-2.0 or AGPL-3.0).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dd103_fresh21 as base  # noqa: E402

OUT = HERE / "dd104_fresh22.tsv"
SEED = "duidelijk-dd104-fresh-2026-12-04"
CODE = "DD104"
SIZE = 200
PER_DOC = 10
FIELDS = base.FIELDS


def h(text: str) -> str:
    return hashlib.sha256((SEED + "|" + text).encode("utf-8")).hexdigest()


def fresh_set_groups() -> set[str]:
    from judged import read_jsonl
    return {s["group"] for s in read_jsonl(HERE / "dd104" / "sentences.jsonl")}


def select(dump: Path) -> int:
    if OUT.exists():
        print(f"{OUT} exists: the sample is fixed", file=sys.stderr)
        return 2
    data = json.loads(dump.read_text(encoding="utf-8"))
    docs = base.documents()
    skip = base.excluded(docs) | {g for g, _ in docs.values() if g in fresh_set_groups()}
    pool = []
    for key, value in data.items():
        if key not in docs or docs[key][0] in skip:
            continue
        for code, _sev, start, end, span, _msg, suggestions in value.get("findings", ()):
            if code == CODE:
                pool.append({"key": key, "start": start, "end": end, "span": span,
                             "suggestion": suggestions[0] if suggestions else "", "doc": docs[key][0]})
    pool.sort(key=lambda r: h(f"{r['key']}|{r['start']}|{r['end']}"))
    print(f"{len(pool)} {CODE} findings in {len({r['doc'] for r in pool})} documents "
          f"({len(skip)} documents left out)", file=sys.stderr)
    chosen, per_doc, seen = [], Counter(), set()
    for row in pool:
        sentence = re.sub(r"\W+", " ", base._sentence_at(docs[row["key"]][1], row["start"], row["end"]).lower())
        if per_doc[row["doc"]] >= PER_DOC or (sentence, row["span"].lower()) in seen:
            continue
        chosen.append(row)
        per_doc[row["doc"]] += 1
        seen.add((sentence, row["span"].lower()))
        if len(chosen) == SIZE:
            break
    size = Counter()
    for doc in sorted({r["doc"] for r in chosen}, key=lambda d: h("half|" + d)):
        half = "tune" if size["tune"] <= size["measure"] else "measure"
        for row in chosen:
            if row["doc"] == doc:
                row["half"] = half
        size[half] += per_doc[doc]
    chosen.sort(key=lambda r: (r["half"], r["key"], r["start"]))
    write(chosen)
    print(f"{len(chosen)} findings: {dict(size)} -> {OUT}", file=sys.stderr)
    return 0


def read(path: Path = OUT) -> list[dict]:
    return base.read(path)


def write(rows: list[dict], path: Path = OUT) -> None:
    import csv
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# DD104 fresh sample, twenty-second session (dd104w22). Seed {SEED!r}, at most {SIZE} "
                     f"findings, at most {PER_DOC} per document; see benchmarks/dd104_fresh22.py.\n"
                     "# Text of the findings is read from ../shared/data at run time (references only). "
                     "Verdicts as benchmarks/judged/README.md.\n")
        writer = csv.DictWriter(handle, FIELDS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: r.get(k, "") for k in FIELDS})


def current(keys: set[str]) -> dict[str, list]:
    """DD104 findings of the current code on the texts ``keys``."""
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from findings import sources

    items = [(k, d) for k, d in sources() if k in keys and not isinstance(d, str)]
    out = {}
    for (key, _), report in zip(items, analyse([d for _, d in items], Config())):
        out[key] = [f for f in report.findings if f.code == CODE]
    return out


def show(half: str | None) -> int:
    docs = base.documents()
    for n, r in enumerate(read()):
        if half and r["half"] != half:
            continue
        text = docs[r["key"]][1]
        print(f"{n:3d} {r['half']:7s} {r['key']} {r['start']}-{r['end']} [{r['span']}] "
              f"| {r['verdict']} {r['kind']} {r['reason']}")
        print("    " + base._sentence_at(text, r["start"], r["end"]).replace("\n", " ")[:400])
    return 0


def measure(half: str | None) -> int:
    rows = [r for r in read() if not half or r["half"] == half]
    now = current({r["key"] for r in rows})
    kept = [r for r in rows if any((f.start, f.end) == (r["start"], r["end"]) for f in now.get(r["key"], ()))]
    verdicts = Counter(r["verdict"] for r in kept)
    n = len(kept)
    print(f"half {half or 'all'}: {len(rows)} sampled, {n} still found; strict {verdicts['klopt'] / max(n, 1):.3f}, "
          f"lenient {(verdicts['klopt'] + verdicts['twijfel']) / max(n, 1):.3f} ({dict(verdicts)})")
    for r in rows:
        if r not in kept:
            print(f"  gone: {r['key']} {r['start']}-{r['end']} [{r['span']}] {r['verdict']} {r['kind']}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("select").add_argument("dump", type=Path)
    for name in ("show", "measure"):
        sub.add_parser(name).add_argument("--half", choices=("tune", "measure"))
    args = parser.parse_args(argv)
    if args.cmd == "select":
        return select(args.dump)
    return show(args.half) if args.cmd == "show" else measure(args.half)


if __name__ == "__main__":
    sys.exit(main())
