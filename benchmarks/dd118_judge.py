"""An independent judgement of DD118 (verstopt-werkwoord) on tunable text, before it is turned on.

Runs duidelijk with DD118 switched on (``extend_select = ["DD118"]``, default settings otherwise)
on every tunable text set and collects every DD118 finding:

- ``letters``: every letter in ``../shared/data/letters``, read as the command line reads it
  (``duidelijk.readers.read_path``), skipping findings whose sentence also occurs in
  ``benchmarks/judged/sentences.jsonl`` (those sentences belong to the judged set);
- ``harvest-mun``, ``harvest-gov``, ``harvest-c``, ``harvest-d``: half A only
  (``written.load(folder, "A")``); half B is held out and never read here;
- ``written``: all of ``benchmarks/discovery/written``;
- ``tune``: the TUNE part of ``benchmarks/judged/sentences.jsonl`` (never MEASURE).

    python benchmarks/dd118_judge.py                # precision per text set and in total
    python benchmarks/dd118_judge.py --todo FILE    # write the findings not yet judged (with the
                                                    # sentence around them, to judge by hand)
    python benchmarks/dd118_judge.py --show         # also list every finding with its verdict

Judgements: ``benchmarks/discovery/dd118_judgements.jsonl``, one per finding, keyed by text
set, file (or sentence id), code, start, end, span and first suggestion, as in
``benchmarks/written.py`` (verdicts as in ``benchmarks/judged/README.md``). A finding whose first
suggestion changed is unjudged again.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from judged import read_jsonl  # noqa: E402
from written import count, load  # noqa: E402

JUDGEMENTS = HERE / "discovery" / "dd118_judgements.jsonl"
SENTENCES = HERE / "judged" / "sentences.jsonl"
LETTERS = HERE.parent.parent / "shared" / "data" / "letters"
SUFFIXES = {".txt", ".md", ".html", ".po"}
HARVESTS = ("harvest-mun", "harvest-gov", "harvest-c", "harvest-d")
CODE = "DD118"
_END = re.compile(r"[.!?]\s|\n\s*\n")


def config():
    from duidelijk.config import Config

    return Config.from_dict({"extend_select": [CODE]})


def documents() -> list[tuple[str, str, object]]:
    """(text set, file or sentence id, Document) for every tunable text."""
    from duidelijk.readers import ReadError, read_path, text_document

    placeholders = config().placeholders
    out = []
    if LETTERS.is_dir():
        for path in sorted(LETTERS.rglob("*")):
            if path.suffix not in SUFFIXES or "LICENSES" in path.parts or path.name == "README.md":
                continue
            try:
                out.append(("letters", path.relative_to(LETTERS).as_posix(), read_path(path, placeholders)))
            except ReadError:
                continue
    for name in HARVESTS:
        for letter in load(HERE / "discovery" / name, "A"):
            out.append((name, letter["id"], text_document(letter["text"], None, placeholders)))
    for letter in load(HERE / "discovery" / "written"):
        out.append(("written", letter["id"], text_document(letter["text"], None, placeholders)))
    for s in read_jsonl(SENTENCES):
        if s["part"] == "tune":
            out.append(("tune", s["id"], text_document(s["text"], None, placeholders)))
    return out


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (roughly: from the previous full stop to the next) around a finding."""
    begin = 0
    for m in _END.finditer(text, 0, start):
        begin = m.end()
    m = _END.search(text, end)
    stop = m.start() + 1 if m else len(text)
    return " ".join(text[begin:stop].split())


def in_judged_set(text: str, start: int, end: int, judged: list[str]) -> bool:
    """Does a sentence of the judged set occur in ``text`` over this finding?"""
    for sentence in judged:
        at = text.find(sentence)
        while at >= 0:
            if at < end and start < at + len(sentence):
                return True
            at = text.find(sentence, at + 1)
    return False


def findings() -> tuple[list[dict], int]:
    """The DD118 findings, and how many findings in the letters were skipped (judged set)."""
    from duidelijk.analysis import analyse

    items = documents()
    judged = [s["text"] for s in read_jsonl(SENTENCES)]
    rows, skipped = [], 0
    for (group, name, doc), report in zip(items, analyse([d for _, _, d in items], config())):
        for f in report.findings:
            if f.code != CODE:
                continue
            text = doc.source_text or doc.text  # a finished finding's offsets are in the source
            if group == "letters" and in_judged_set(text, f.start, f.end, judged):
                skipped += 1
                continue
            rows.append({
                "set": group, "file": name, "code": f.code, "start": f.start, "end": f.end,
                "span": text[f.start:f.end], "message": f.message,
                "suggestion": f.suggestions[0] if f.suggestions else None,
                "sentence": sentence_around(text, f.start, f.end),
            })
    return rows, skipped


def full_key(row: dict) -> tuple:
    return (row["set"], row["file"], row["code"], row["start"], row["end"], row["span"], row.get("suggestion"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--todo", type=Path, help="write the findings not yet judged to this file")
    parser.add_argument("--show", action="store_true", help="list every finding with its verdict")
    args = parser.parse_args(argv)
    judged = {full_key(j): j for j in read_jsonl(JUDGEMENTS)}
    rows, skipped = findings()
    tally = defaultdict(lambda: defaultdict(int))
    todo = []
    for f in rows:
        j = judged.get(full_key(f))
        if j is None:
            todo.append({**f, "verdict": None, "suggestion_verdict": None, "reason": None})
            continue
        count(tally, (f["set"], "total"), f, j)
        if args.show:
            print(f"  {j['verdict']:10s} {f['set']}/{f['file']} {f['span']!r} -> {f['suggestion']!r} "
                  f"({j['suggestion_verdict']})")
    print(f"{len(rows)} {CODE} findings ({len(todo)} unjudged); {skipped} in letters skipped "
          "(their sentence is in the judged set)")
    for group in sorted(tally, key=lambda g: (g == "total", g)):
        t = tally[group]
        print(f"  {group:12s} n {t['n']:3d}  klopt {t['klopt']:3d}  twijfel {t['twijfel']:3d}  "
              f"klopt niet {t['klopt niet']:3d}  strict {t['klopt'] / t['n']:.3f}  "
              f"lenient {(t['klopt'] + t['twijfel']) / t['n']:.3f}"
              + (f"  first suggestion goed {t['goed']} of {t['with']}" if t["with"] else "")
              + (f", {t['nonword']} non-words" if t["nonword"] else ""))
    if args.todo:
        with args.todo.open("w", encoding="utf-8") as handle:
            for row in todo:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
