"""Build benchmarks/discovery/sentences.jsonl: DISCOVERY text for finding kinds of error.

The judged set (benchmarks/judged/) is for measuring. To find out what a rule gets wrong
without tuning on it, rule work reads other sentences from the same sources: every prose
sentence of ../shared whose source document (``group``) is NOT in the judged set, with the
same prose filter as benchmarks/judged_select.py. Sentences are ordered by a seeded hash and
at most PER_GROUP are taken from one document.

Text is stored only for sources under the project's own licence (EUPL-1.2). For the others
(amsterdam-signals and mijn-amsterdam, MPL-2.0; forus, AGPL-3.0 with additional terms) only
the reference is stored (file and character offsets in the read document); ``load()`` reads
the text from ../shared at run time.

    python benchmarks/discovery_select.py [--shared DIR] [--limit N] [--force]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import judged_select as js  # noqa: E402

OUT = js.ROOT / "benchmarks" / "discovery" / "sentences.jsonl"
SEED = "duidelijk-discovery-2026-12-01"
PER_GROUP = 12
OTHER_SOURCES = {  # read at run time, text not stored
    "amsterdam-signals": ("MPL-2.0", "Amsterdam/signals"),
    "mijn-amsterdam": ("MPL-2.0", "Amsterdam/mijn-amsterdam-frontend"),
    "forus": ("AGPL-3.0-or-later", "teamforus/forus-backend"),
}


def load_ud(shared: Path | None = None) -> list[dict]:
    """A second discovery set for the sentence rules: every third sentence of the UD Dutch dev
    treebank (newspaper and Wikipedia prose, CC BY-SA 4.0; ``dev`` is the part meant for
    tuning). Read from ../shared at run time; judgements (``discovery/ud_judgements.jsonl``)
    hold the sentence id and offsets only."""
    return ud_dev_sentences(shared or js.ROOT.parent / "shared" / "data")[::3]


def ud_dev_sentences(shared: Path) -> list[dict]:
    """Every UD Dutch dev sentence, in file order (id, text, licence)."""
    out, sent_id = [], None
    with (shared / "ud-dutch" / "dev.conllu").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# sent_id = "):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text = "):
                out.append({"id": f"ud-dev-{sent_id}", "text": line[9:].rstrip("\n"), "licence": "CC-BY-SA-4.0"})
    return out


def load(shared: Path | None = None) -> list[dict]:
    """The discovery sentences, with the text of reference-only items read from ../shared."""
    from duidelijk.readers import read_path

    shared = shared or js.ROOT.parent / "shared" / "data"
    out, docs = [], {}
    for line in OUT.open(encoding="utf-8"):
        item = json.loads(line)
        if item.get("text") is None:
            src = item["source"]
            if src["file"] not in docs:
                docs[src["file"]] = read_path(shared / "letters" / src["file"])
            doc = docs[src["file"]]
            item["text"] = " ".join(js.restore_placeholders(doc, src["start"], src["end"]).split())
        out.append(item)
    return out


def main() -> int:
    args = js.selection_args(OUT, shared=True,
                             more=lambda parser: parser.add_argument("--limit", type=int, default=300))
    if args is None:
        return 2
    judged = {json.loads(line)["group"] for line in js.OUT.open(encoding="utf-8")}
    from duidelijk.model import load_pipeline

    nlp = load_pipeline()
    js.LETTER_SOURCES = {**js.LETTER_SOURCES, **OTHER_SOURCES}
    every = lambda items, quota, per_group, by="group": items  # noqa: E731  (no quota here)
    js.pick, keep = every, js.pick
    try:
        items = js.amsterdam(args.shared, nlp) + js.letters(args.shared, nlp)
    finally:
        js.pick = keep
    items = [i for i in items if i["group"] not in judged]
    js.SEED = SEED
    chosen = js.pick(items, args.limit, PER_GROUP)
    documents = {item["group"] for item in chosen}
    chosen.sort(key=lambda i: (i["group"], i["id"]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for item in chosen:
            item["part"] = "discovery"
            if not item["licence"].startswith("EUPL"):
                item["text"] = None  # read from ../shared at run time (see load())
            handle.write(json.dumps({k: item[k] for k in ("id", "part", "group", "text", "licence",
                                                          "copyright", "source")},
                                    ensure_ascii=False) + "\n")
    print(f"{len(chosen)} discovery sentences from {len(documents)} documents "
          f"({len(items)} candidates outside the judged set)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
