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
document sharing a sentence of five words or more with harvest-mun, harvest-gov, harvest-c or the
written letters) and, for DD104 in particular, the documents of the fifth session's fresh DD104 set
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

import hashlib
import json
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
    pool = base.pool_of(data, docs, skip, CODE)
    pool.sort(key=lambda r: h(f"{r['key']}|{r['start']}|{r['end']}"))
    print(f"{len(pool)} {CODE} findings in {len({r['doc'] for r in pool})} documents "
          f"({len(skip)} documents left out)", file=sys.stderr)
    chosen, size = base.draw(pool, docs, h, SIZE, PER_DOC)
    chosen.sort(key=lambda r: (r["half"], r["key"], r["start"]))
    write(chosen)
    print(f"{len(chosen)} findings: {dict(size)} -> {OUT}", file=sys.stderr)
    return 0


def read(path: Path = OUT) -> list[dict]:
    return base.read(path)


def write(rows: list[dict], path: Path = OUT) -> None:
    base.write(rows, path, f"DD104 fresh sample, twenty-second session (dd104w22). Seed {SEED!r}, at most {SIZE} "
                           f"findings, at most {PER_DOC} per document; see benchmarks/dd104_fresh22.py.")


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
    now = base.current({r["key"] for r in rows}, CODE)
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
    return base.main(argv, sys.modules[__name__])


if __name__ == "__main__":
    sys.exit(main())
