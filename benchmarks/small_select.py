"""Build benchmarks/discovery/small_sentences.jsonl: a fresh discovery sample for the small
rules DD105 (long word), DD108 (lead-in), DD111 (impersonal address) and DD112 (abbreviation),
to find the kinds of wrong finding they make on text that the judged set does not hold
(tenth session, issue 13).

The pool, all read at run time from ../shared:
- the texts that ``benchmarks/findings.py`` checks: every letter in ../shared/data/letters and
  the "Complex" sentences of the Amsterdam simplification dev half, split into sentences
  (every line of four words or more: headings and list items hold long words too; the
  Amsterdam sentences prose only, as ``judged_select.is_prose``);
- UD Dutch train sentences (``train.conllu``; never test).

Left out: every document that is a source of the judged set (its ``group``: only that field of
``benchmarks/judged/sentences.jsonl`` is read) and every document of words half B
(``benchmarks/discovery/words_sentences.jsonl``, which is only measured). Each sentence is
checked as its own text with the code of the day the sample was drawn; of every finding of the
four rules a seeded hash gives an order, and per rule the first ``QUOTA`` findings are taken,
at most one per document and rule. Only references are stored (letter file and character
offsets, Amsterdam line, UD sent_id); ``load()`` reads the text back.

    python benchmarks/small_select.py [--force]
    python benchmarks/discovery.py --set small        # precision of the four rules on it
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import judged_select as js  # noqa: E402
import words_select as ws  # noqa: E402

OUT = js.ROOT / "benchmarks" / "discovery" / "small_sentences.jsonl"
SHARED = js.ROOT.parent / "shared" / "data"
SEED = "duidelijk-small-2026-12-02"
CODES = ("DD105", "DD108", "DD111", "DD112")
# findings per rule and pool: municipal text (letters, Amsterdam) counts most, as MEASURE is
# municipal text; UD news and Wikipedia prose shows other kinds
QUOTA = {"municipal": {"DD105": 25, "DD108": 20, "DD111": 30, "DD112": 25},
         "ud": {"DD105": 20, "DD108": 12, "DD111": 12, "DD112": 20}}
SUFFIXES = {".txt", ".md", ".html", ".po"}


def h(text: str) -> str:
    return hashlib.sha256((SEED + "|" + text).encode("utf-8")).hexdigest()


def excluded_groups() -> set[str]:
    judged = {json.loads(line)["group"] for line in js.OUT.open(encoding="utf-8")}
    words_b = {json.loads(line)["group"] for line in ws.OUT.open(encoding="utf-8")
               if json.loads(line)["half"] == "B"}
    return judged | words_b


def letter_sentences(nlp, skip: set[str]) -> list[dict]:
    from duidelijk.readers import ReadError, read_path

    base = SHARED / "letters"
    licences = {row["file"]: row["licence"] for row in js.manifest(SHARED)}
    out = []
    for path in sorted(base.rglob("*")):
        if path.suffix not in SUFFIXES or "LICENSES" in path.parts or path.name == "README.md":
            continue
        file = path.relative_to(base).as_posix()
        folder, name = file.split("/", 1)
        group = js.letter_group(folder, name)
        if group in skip:
            continue
        try:
            doc = read_path(path)
        except ReadError:
            continue
        for sent in nlp(doc.text).sents:
            text = " ".join(js.restore_placeholders(doc, sent.start_char, sent.end_char).split())
            if len(js.WORD.findall(text)) < 4 or "<" in text or ">" in text:
                continue  # (also headings and list items: long words and abbreviations stand there too)
            out.append({"id": js.letter_id(folder, name, sent.start_char),
                        "group": group, "text": text, "pool": "municipal",
                        "source": {"dataset": "letters", "file": file, "start": sent.start_char,
                                   "end": sent.end_char, "licence": licences.get(file, "unknown")}})
    return out


def amsterdam_sentences(skip: set[str]) -> list[dict]:
    with (SHARED / "amsterdam-simplification" / "complex-simple-dev.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for line, row in enumerate(rows, start=2):
        group = f"ams-{row['Document ID']}"
        text = " ".join(row["Complex"].split())
        if group in skip or not js.is_prose(text):
            continue
        out.append({"id": f"ams-{row['Document ID']}-{line}", "group": group, "text": text, "pool": "municipal",
                    "source": {"dataset": "amsterdam-simplification (dev half)", "file": "complex-simple-dev.csv",
                               "line": line, "licence": "EUPL-1.2"}})
    return out


def load() -> list[dict]:
    """The sentences, with their text read from ../shared."""
    return ws.load_references(OUT)


def main() -> int:
    if js.selection_args(OUT) is None:
        return 2
    from judged import finding_rows
    from duidelijk.model import load_pipeline

    skip = excluded_groups()
    nlp = load_pipeline()
    items = letter_sentences(nlp, skip) + amsterdam_sentences(skip)
    items += [{**s, "pool": "ud"} for s in ws.ud_sentences("train.conllu") if s["group"] not in skip]
    seen_text, unique = set(), []
    for item in items:  # the .txt and .html version of one letter: one sentence
        if item["text"] not in seen_text:
            seen_text.add(item["text"])
            unique.append(item)
    print(f"{len(unique)} sentences in the pool", file=sys.stderr)
    by_id = {i["id"]: i for i in unique}
    rows = [r for r in finding_rows(unique) if r["code"] in CODES]
    chosen: dict[str, dict] = {}
    for pool, quota in QUOTA.items():
        for code, n in quota.items():
            found = sorted((r for r in rows if r["code"] == code and by_id[r["sentence"]]["pool"] == pool),
                           key=lambda r: h(f"{r['sentence']}|{r['code']}|{r['start']}"))
            groups: set[str] = set()
            for r in found:
                item = by_id[r["sentence"]]
                if len(groups) >= n:
                    break
                if item["group"] in groups:
                    continue
                groups.add(item["group"])
                chosen.setdefault(item["id"], {**item, "sampled": []})["sampled"].append(code)
            print(f"{pool} {code}: {len(groups)} of {len(found)} findings", file=sys.stderr)
    with OUT.open("w", encoding="utf-8") as handle:
        for item in sorted(chosen.values(), key=lambda i: (i["pool"], i["group"], i["id"])):
            handle.write(json.dumps({k: item[k] for k in ("id", "pool", "group", "sampled", "source")},
                                    ensure_ascii=False) + "\n")
    print(f"{len(chosen)} sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
