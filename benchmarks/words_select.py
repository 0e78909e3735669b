"""Build benchmarks/discovery/words_sentences.jsonl: fresh unseen text for the word rules
DD105 (long words) and DD112 (abbreviations), split into half A (look and tune) and half B
(only measured at the end).

Sources, all outside the judged set (benchmarks/judged_select.py) and the discovery sets
(benchmarks/discovery_select.py):
- the letters in ../shared/data/letters whose document (``group``) is in neither set;
- UD Dutch dev sentences that are not in the UD discovery set (every third dev sentence),
  and UD Dutch train sentences (never test.conllu).

Every document (a letter's group; a UD document = the sent_id before ".p.") goes to half A
or B by a seeded SHA-256 hash, BEFORE any finding is looked at. Then the sentences with at
least one DD105 or DD112 finding of the code as it was when the set was made are kept
(at most PER_DOC per document, chosen by hash). Only references are stored (UD sent_id;
letter file and character offsets): ``load()`` reads the text from ../shared at run time.

    python benchmarks/words_select.py [--force]
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import discovery_select as ds  # noqa: E402
import judged_select as js  # noqa: E402

OUT = js.ROOT / "benchmarks" / "discovery" / "words_sentences.jsonl"
SHARED = js.ROOT.parent / "shared" / "data"
SEED = "duidelijk-words-2026-12-01"
PER_DOC = 3
CODES = {"DD105", "DD112"}
# a cheap filter before the analysis: a word of 15+ letters, capitals, a slash or "X en Y"
CANDIDATE = re.compile(r"[^\W\d_]{15,}|\b[A-Z][A-Za-z]*[A-Z]|\b[A-Z] en [A-Z]\b|\w/\w")


def candidate(text: str, terms: set[str]) -> bool:
    return bool(CANDIDATE.search(text)) or any(w.lower() in terms for w in re.findall(r"\w+", text))


def h(text: str) -> str:
    return hashlib.sha256((SEED + "|" + text).encode("utf-8")).hexdigest()


def half(group: str) -> str:
    return "A" if int(h("half|" + group), 16) % 2 == 0 else "B"


def ud_sentences(name: str) -> list[dict]:
    """(id, group, text) of a UD file; the 2017 sentences have no text line: their tokens are
    joined, with punctuation attached to the word before."""
    out, sent_id, text, tokens = [], None, None, []
    with (SHARED / "ud-dutch" / name).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id, text, tokens = line.split("=", 1)[1].strip(), None, []
            elif line.startswith("# text = "):
                text = line[9:]
            elif line and not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    tokens.append(cols[1])
            elif not line and sent_id:
                if text is None:
                    text = re.sub(r" ([.,;:!?)])", r"\1", " ".join(tokens)).replace("( ", "(")
                part = name.split(".")[0]
                doc = sent_id.split("\\")[0].split(".p.")[0]
                out.append({"id": f"ud-{part}-{sent_id}", "group": f"ud-{doc}", "text": text,
                            "source": {"dataset": "ud-dutch", "file": name, "sent_id": sent_id}})
                sent_id = None
    return out


def letter_sentences(nlp) -> list[dict]:
    used = {json.loads(line)["group"] for line in js.OUT.open(encoding="utf-8")}  # judged
    used |= {json.loads(line)["group"] for line in ds.OUT.open(encoding="utf-8")}  # discovery

    def skip(folder: str, name: str) -> bool:
        return js.letter_group(folder, name) in used or ".onderwerp." in name or name.startswith("sms__")

    out = []
    for row, folder, name, sent, text in js.manifest_sentences(SHARED, nlp, skip):
        if not js.is_prose(text) or "<" in text or ">" in text:
            continue
        out.append({"id": js.letter_id(folder, name, sent.start_char),
                    "group": js.letter_group(folder, name), "text": text,
                    "source": {"dataset": "letters", "file": row["file"], "start": sent.start_char,
                               "end": sent.end_char, "licence": row["licence"]}})
    return out


def load() -> list[dict]:
    """The sentences, with their text read from ../shared."""
    return load_references(OUT)


def load_references(path: Path) -> list[dict]:
    """The sentences of a file of references (UD sent_id; letter file and character offsets;
    Amsterdam dev line), with their text read from ../shared."""
    from duidelijk.readers import read_path

    ud: dict[str, dict[str, str]] = {}
    docs = {}
    ams: list[dict] | None = None
    out = []
    for line in path.open(encoding="utf-8"):
        item = json.loads(line)
        src = item["source"]
        if src["dataset"] == "ud-dutch":
            if src["file"] not in ud:
                ud[src["file"]] = {s["source"]["sent_id"]: s["text"] for s in ud_sentences(src["file"])}
            item["text"] = ud[src["file"]][src["sent_id"]]
        elif src["dataset"] == "letters":
            if src["file"] not in docs:
                docs[src["file"]] = read_path(SHARED / "letters" / src["file"])
            item["text"] = " ".join(js.restore_placeholders(docs[src["file"]], src["start"], src["end"]).split())
        else:  # the Amsterdam dev half: the "Complex" side of a line
            if ams is None:
                with (SHARED / "amsterdam-simplification" / src["file"]).open(encoding="utf-8") as handle:
                    ams = list(csv.DictReader(handle))
            item["text"] = " ".join(ams[src["line"] - 2]["Complex"].split())
        item["licence"] = src.get("licence", "CC-BY-SA-4.0")
        out.append(item)
    return out


def main() -> int:
    if js.selection_args(OUT) is None:
        return 2
    from judged import finding_rows
    from duidelijk.model import load_pipeline

    nlp = load_pipeline()
    in_discovery = {s["id"] for s in ds.load_ud()}
    items = [s for s in ud_sentences("dev.conllu") if s["id"] not in in_discovery]
    items += ud_sentences("train.conllu")
    items += letter_sentences(nlp)
    from duidelijk.rules.abbreviations import abbreviations

    terms = {k for k, r in abbreviations().items() if r.get("kind") == "term"}
    items = [i for i in items if candidate(i["text"], terms)]
    for item in items:
        item["half"] = half(item["group"])  # fixed before any finding is computed
    print(f"{len(items)} candidate sentences", file=sys.stderr)
    rows = finding_rows(items)
    flagged = {r["sentence"] for r in rows if r["code"] in CODES}
    chosen, count = [], {}
    for item in sorted(items, key=lambda i: h(i["id"])):
        if item["id"] not in flagged or count.get(item["group"], 0) >= PER_DOC:
            continue
        count[item["group"]] = count.get(item["group"], 0) + 1
        chosen.append(item)
    chosen.sort(key=lambda i: (i["half"], i["group"], i["id"]))
    with OUT.open("w", encoding="utf-8") as handle:
        for item in chosen:
            handle.write(json.dumps({k: item[k] for k in ("id", "half", "group", "source")},
                                    ensure_ascii=False) + "\n")
    print(f"{len(chosen)} sentences: A {sum(i['half'] == 'A' for i in chosen)}, "
          f"B {sum(i['half'] == 'B' for i in chosen)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
