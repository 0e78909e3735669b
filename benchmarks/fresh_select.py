"""Build benchmarks/discovery/fresh_sentences.jsonl: a fresh random sample of DD101-DD104
findings (tenth session, issue 13), for finding kinds of wrong finding on text the rules were
not tuned on, and for measuring the same sample again after a change
(``python3 benchmarks/discovery.py --set fresh``).

Sources, each document outside the judged set (its ``group`` field only) and outside every
B half that is only measured (words_select, suggestions_fresh, dd104_select part B); only 7
letter files are outside the letters discovery documents as well, so letters come mostly from
those documents, but never a discovery sentence or a near-duplicate of one (difflib ratio > 0.8
after masking placeholders, as benchmarks/judged_select.py):
- letters: prose sentences (the filter of benchmarks/judged_select.py) of
  ../shared/data/letters (.po, yml, subject lines and SMS texts left out);
- the Amsterdam simplification dev half, the "Complex" side;
- UD Dutch train sentences of 6-60 words (never test.conllu).

Sentences are taken in seeded SHA-256 order (at most PER_DOC per document), each checked as its
own text; a sentence is kept when it has a DD101-DD104 finding, until each source has its
quota of findings. Every DD101-DD104 finding of a kept sentence is in the sample, so it is a
random sample of sentences with such findings, not of findings one by one. Only references are
stored (letters: file and character offsets; Amsterdam: the CSV line; UD: the sentence id);
``load()`` reads the text from ../shared at run time.

    python benchmarks/fresh_select.py [--force]
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import judged_select as js  # noqa: E402
import suggestions_fresh  # noqa: E402
import words_select  # noqa: E402

OUT = js.ROOT / "benchmarks" / "discovery" / "fresh_sentences.jsonl"
SHARED = js.ROOT.parent / "shared" / "data"
SEED = "duidelijk-fresh-2026-12-02"
PER_DOC = {"letters": 2, "amsterdam": 5, "ud-dutch": 2}  # sentences per document
CODES = ("DD101", "DD102", "DD103", "DD104")
# findings per source (the letters run out at 6: few fresh sentences are left); the Amsterdam
# dev sentences outside the judged set are all in the
# letters discovery set, so that source gives none
QUOTA = {"letters": 50, "amsterdam": 0, "ud-dutch": 80}


def h(text: str) -> str:
    return hashlib.sha256((SEED + "|" + text).encode("utf-8")).hexdigest()


def excluded_groups() -> set[str]:
    """Documents of the judged set (both parts) and of part B of the DD104 set."""
    out = {json.loads(line)["group"] for line in js.OUT.open(encoding="utf-8")}
    out.discard("")
    for line in (js.ROOT / "benchmarks" / "dd104" / "sentences.jsonl").open(encoding="utf-8"):
        item = json.loads(line)
        if item["part"] == "B":
            out.add(item["group"])
    return out


DISCOVERY = js.ROOT / "benchmarks" / "discovery" / "sentences.jsonl"


def discovery_groups() -> set[str]:
    return {json.loads(line)["group"] for line in DISCOVERY.open(encoding="utf-8")}


def fresh(group: str, excluded: set[str], discovery: set[str], ud_train: bool = False) -> bool:
    """Not in the judged set nor in a B half. The words and suggestions sets left out the
    letters discovery documents (so their halves do not apply there); the suggestions set holds
    no UD train text."""
    if group in excluded:
        return False
    if group in discovery:
        return True
    return words_select.half(group) == "A" and (ud_train or suggestions_fresh.half(group) == "A")


def candidates(nlp) -> list[dict]:
    excluded, discovery = excluded_groups(), discovery_groups()
    out = []

    def skip(folder: str, name: str) -> bool:
        return (not fresh(js.letter_group(folder, name), excluded, discovery) or name.endswith(".po")
                or "yml__" in name or ".onderwerp." in name or name.startswith("sms__"))

    for row, folder, name, sent, text in js.manifest_sentences(SHARED, nlp, skip):
        if not js.is_prose(text) or "<" in text or ">" in text:
            continue
        out.append({"id": js.letter_id(folder, name, sent.start_char),
                    "group": js.letter_group(folder, name), "text": text, "kind": "letters",
                    "source": {"dataset": "letters", "file": row["file"], "start": sent.start_char,
                               "end": sent.end_char, "licence": row["licence"]}})
    with (SHARED / "amsterdam-simplification" / "complex-simple-dev.csv").open(encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            text = " ".join(row["Complex"].split())
            group = f"ams-{row['Document ID']}"
            if fresh(group, excluded, discovery) and js.is_prose(text):
                out.append({"id": f"ams-{row['Document ID']}-{line}", "group": group, "text": text,
                            "kind": "amsterdam",
                            "source": {"dataset": "amsterdam-simplification (dev half)",
                                       "file": "complex-simple-dev.csv", "line": line, "licence": "EUPL-1.2"}})
    for item in words_select.ud_sentences("train.conllu"):
        if fresh(item["group"], excluded, discovery, ud_train=True) and 6 <= len(js.WORD.findall(item["text"])) <= 60:
            out.append({**item, "kind": "ud-dutch",
                        "source": {**item["source"], "licence": "CC-BY-SA-4.0"}})
    return out


def load() -> list[dict]:
    """The sentences, with their text read from ../shared."""
    return words_select.load_references(OUT)


def main() -> int:
    if js.selection_args(OUT, "; the sample is fixed") is None:
        return 2
    from judged import finding_rows
    from duidelijk.model import load_pipeline

    import difflib

    import discovery_select

    known = [js.normal(s["text"]) for s in discovery_select.load()]  # no sentence twice
    def new(text: str) -> bool:
        return not any(difflib.SequenceMatcher(None, js.normal(text), k).ratio() > 0.8 for k in known)

    items = sorted((i for i in candidates(load_pipeline()) if i["kind"] == "ud-dutch" or new(i["text"])),
                   key=lambda i: h(i["id"]))
    print(f"{len(items)} candidate sentences", file=sys.stderr)
    chosen, per_doc, found = [], {}, dict.fromkeys(QUOTA, 0)
    for kind in QUOTA:
        pool = [i for i in items if i["kind"] == kind]
        for start in range(0, len(pool), 50):
            if found[kind] >= QUOTA[kind]:
                break
            batch = [i for i in pool[start:start + 50] if per_doc.get(i["group"], 0) < PER_DOC[kind]]
            rows = finding_rows(batch)
            for item in batch:
                n = sum(r["sentence"] == item["id"] and r["code"] in CODES for r in rows)
                if not n or found[kind] >= QUOTA[kind] or per_doc.get(item["group"], 0) >= PER_DOC[kind]:
                    continue
                if kind != "ud-dutch" and not new(item["text"]):
                    continue  # the .txt and .html version of one e-mail, the u and je version
                per_doc[item["group"]] = per_doc.get(item["group"], 0) + 1
                found[kind] += n
                chosen.append(item)
                known.append(js.normal(item["text"]))
    with OUT.open("w", encoding="utf-8") as handle:
        for item in sorted(chosen, key=lambda i: (i["kind"], i["group"], i["id"])):
            handle.write(json.dumps({k: item[k] for k in ("id", "group", "source")}, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} sentences, findings per source: {found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
