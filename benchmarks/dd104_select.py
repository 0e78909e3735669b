"""Build benchmarks/dd104/sentences.jsonl: fresh unseen text for the difficult-word rule (DD104).

DD104 fitted TUNE and the discovery sets but held less well on other text. This set is new
text in two halves, split by document with a fixed seed BEFORE any finding was looked at:
part ``A`` is for finding kinds of error and tuning, part ``B`` only for measuring at the end.

- Letters: prose sentences (the filter of benchmarks/judged_select.py) from ../shared/data/letters
  documents that are in neither the judged set nor the discovery set (document = ``group``),
  at most PER_GROUP per document.
  Also the Amsterdam simplification dev half ("Complex" side); only one of its documents is
  in neither set. Too few documents are fresh, so part A also gets up to MORE_LIMIT sentences
  of discovery documents that are no discovery sentence (nor a near-duplicate of one), at
  most MORE_PER_GROUP per document; part B never does.
- UD Dutch dev: sentences NOT in the UD discovery set (that takes every third), 6-60 words,
  at most UD_PER_DOC per source document.

Only references are stored (letters: file and character offsets in the read document; UD:
the sentence id), never text: ``load()`` reads the text from ../shared at run time.

    python benchmarks/dd104_select.py [--shared DIR] [--force]
"""

from __future__ import annotations

import difflib
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import discovery_select as ds  # noqa: E402
import judged_select as js  # noqa: E402

OUT = js.ROOT / "benchmarks" / "dd104" / "sentences.jsonl"
SEED = "duidelijk-dd104-2026-12-02"
PER_GROUP = 12
LETTER_LIMIT = 110
MORE_PER_GROUP = 3
MORE_LIMIT = 60
UD_PER_DOC = 3
UD_LIMIT = 160


def h(text: str) -> str:
    return hashlib.sha256((SEED + "|" + text).encode("utf-8")).hexdigest()


def load(shared: Path | None = None, part: str | None = None) -> list[dict]:
    """The sentences (of one part, if given), with their text read from ../shared."""
    from duidelijk.readers import read_path

    shared = shared or js.ROOT.parent / "shared" / "data"
    ud = {s["id"]: s["text"] for s in ds.ud_dev_sentences(shared)}
    out, docs, ams = [], {}, None
    for line in OUT.open(encoding="utf-8"):
        item = json.loads(line)
        if part and item["part"] != part:
            continue
        src = item["source"]
        if src["dataset"] == "ud-dutch":
            item["text"] = ud[item["id"]]
        elif src["file"] == "complex-simple-dev.csv":
            if ams is None:
                import csv

                with (shared / "amsterdam-simplification" / src["file"]).open(encoding="utf-8") as handle:
                    ams = {n: " ".join(r["Complex"].split()) for n, r in enumerate(csv.DictReader(handle), start=2)}
            item["text"] = ams[src["line"]]
        else:
            if src["file"] not in docs:
                docs[src["file"]] = read_path(shared / "letters" / src["file"])
            doc = docs[src["file"]]
            item["text"] = " ".join(js.restore_placeholders(doc, src["start"], src["end"]).split())
        out.append(item)
    return out


def take(items: list[dict], per_group: int, limit: int) -> list[dict]:
    return js.pick(items, limit, per_group, hash_=h)


def split(items: list[dict]) -> None:
    """Whole documents to A or B, in seeded hash order, each to the smaller part so far."""
    js.split(items, ("A", "B"), hash_=h)


def main() -> int:
    args = js.selection_args(OUT, "; the set is fixed", shared=True)
    if args is None:
        return 2
    used = {json.loads(line)["group"] for line in js.OUT.open(encoding="utf-8")}  # judged: groups only
    used |= {json.loads(line)["group"] for line in ds.OUT.open(encoding="utf-8")}
    from duidelijk.model import load_pipeline

    nlp = load_pipeline()
    js.LETTER_SOURCES = {**js.LETTER_SOURCES, **ds.OTHER_SOURCES}
    keep = js.pick
    js.pick = lambda items, quota, per_group, by="group": items  # noqa: E731  (no quota here)
    try:
        candidates = js.letters(args.shared, nlp) + js.amsterdam(args.shared, nlp)
    finally:
        js.pick = keep
    letters = take([i for i in candidates if i["group"] not in used], PER_GROUP, LETTER_LIMIT)
    # too few letter documents are fresh: part A also gets sentences of discovery documents
    # that are no discovery sentence (nor a near-duplicate of one); B never does
    discovery = ds.load(args.shared)
    discovery_groups = {s["group"] for s in discovery}
    taken = {s["id"] for s in discovery}
    known = [js.normal(s["text"]) for s in discovery]
    more = [i for i in candidates if i["group"] in discovery_groups and i["id"] not in taken
            and not any(difflib.SequenceMatcher(None, js.normal(i["text"]), o).ratio() > 0.8 for o in known)]
    more = take(more, MORE_PER_GROUP, MORE_LIMIT)
    ud_all = ds.ud_dev_sentences(args.shared)
    in_discovery = {s["id"] for s in ud_all[::3]}
    ud = []
    for s in ud_all:
        words = js.WORD.findall(s["text"])
        if s["id"] in in_discovery or not 6 <= len(words) <= 60:
            continue
        doc = s["id"][len("ud-dev-"):].split("\\")[0]
        ud.append({"id": s["id"], "group": f"ud-{doc}", "text": s["text"], "licence": s["licence"],
                   "copyright": "UD Dutch LassySmall", "source": {"dataset": "ud-dutch", "file": "dev.conllu",
                                                                 "sent_id": s["id"][len("ud-dev-"):]}})
    ud = take(ud, UD_PER_DOC, UD_LIMIT)
    items = letters + ud
    split(items)
    for item in more:
        item["part"] = "A"
    items += more
    items.sort(key=lambda i: (i["part"], i["group"], i["id"]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps({k: item[k] for k in ("id", "part", "group", "licence", "copyright", "source")},
                                    ensure_ascii=False) + "\n")
    parts = {p: sum(i["part"] == p for i in items) for p in "AB"}
    print(f"{len(items)} sentences ({len(letters)} letters, {len(ud)} UD, {len(more)} more for A) from "
          f"{len({i['group'] for i in items})} documents: A {parts['A']}, B {parts['B']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
