"""Which words does DD104 call hard, per word type? Dump a verdict for every content word on
real text, then compare two dumps: the word types a change newly calls hard, and the ones it
no longer calls hard, each with its count and a sentence to read it in.

    python3 benchmarks/word_types.py dump before.json     # with the code as it is now
    python3 benchmarks/word_types.py compare before.json after.json [--limit N]

``benchmarks/findings.py`` shows findings, once per word per text; this shows what DD104's
word verdict (``DifficultWord.word_score``: the word by itself, before what its place in the
text decides) does to every word of the text, so that a class of words (a suffix, a bar, a
register test) can be measured on all its members before it becomes a rule. The text: the
texts of ``findings.py`` (the letters in ../shared and the Amsterdam dev half) less every
text that holds a sentence of the judged set's MEASURE part, which may not be looked at
while rules change (found by comparing texts, never printed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONTENT = {"NOUN", "VERB", "ADJ", "ADV"}
EXAMPLES = 2  # sentences kept per word type


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def measure_free(items: list[tuple[str, object]], measure: list[str]) -> list[tuple[str, str]]:
    """(key, text) of the readable texts that hold none of the ``measure`` sentences."""
    hidden = [_plain(m) for m in measure]
    out = []
    for key, doc in items:
        if isinstance(doc, str):
            continue  # a read error
        text = _plain(doc.text)
        if not any(m in text for m in hidden):
            out.append((key, doc.text))
    return out


def dump(path: Path) -> int:
    sys.path.insert(0, str(HERE))
    import findings
    from judged import read_jsonl

    from duidelijk.model import load_pipeline
    from duidelijk.rules.difficult_words import DifficultWord
    from duidelijk.rules.long_words import LongWord

    measure = [s["text"] for s in read_jsonl(HERE / "judged" / "sentences.jsonl") if s["part"] == "measure"]
    texts = measure_free(findings.sources(), measure)
    nlp, rule = load_pipeline(), DifficultWord()
    long_word = LongWord.settings["min_letters"]  # DD105 is on by default: its words are its own
    types: dict[str, dict] = {}
    for _, text in texts:
        for tok in nlp(text):
            if tok.pos_ not in CONTENT or not tok.is_alpha or len(tok.text) < rule.options["min_length"]:
                continue
            key = "\t".join((tok.lower_, tok.lemma_.lower().replace("_", ""), tok.pos_))
            row = types.get(key)
            if row is None:
                score = rule.word_score(tok.lower_, tok.lemma_, tok.pos_, long_word)
                row = types[key] = {"n": 0, "score": None if score is None else round(score, 3), "examples": []}
            row["n"] += 1
            if len(row["examples"]) < EXAMPLES:
                row["examples"].append(_plain(tok.sent.text)[:240])
    path.write_text(json.dumps(types, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    hard = sum(1 for r in types.values() if r["score"] is not None)
    print(f"{len(texts)} texts, {len(types)} word types, {hard} hard by themselves -> {path}")
    return 0


def changes(old: dict, new: dict) -> tuple[list, list]:
    """(newly hard, no longer hard): (count, form, lemma, part of speech, example) per word
    type that both dumps hold, most frequent first."""
    became, left = [], []
    for key in old.keys() & new.keys():
        was, now = old[key]["score"] is not None, new[key]["score"] is not None
        if was != now:
            row = (new[key]["n"], *key.split("\t"), (new[key]["examples"] or [""])[0])
            (became if now else left).append(row)
    order = lambda r: (-r[0], r[1])  # noqa: E731
    return sorted(became, key=order), sorted(left, key=order)


def compare(old_path: Path, new_path: Path, limit: int) -> int:
    old = json.loads(old_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    became, left = changes(old, new)
    for sign, rows in (("+", became), ("-", left)):
        for n, form, lemma, pos, example in rows[:limit or None]:
            print(f"{sign} {n:4d} {form:22s} {lemma:20s} {pos:4s} | {example}")
    print(f"newly hard: {len(became)} word types ({sum(r[0] for r in became)} words); "
          f"no longer hard: {len(left)} ({sum(r[0] for r in left)})")
    return 0 if not became and not left else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("path", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--limit", type=int, default=0, help="word types to print per side (0: all)")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.path)
    return compare(args.old, args.new, args.limit)


if __name__ == "__main__":
    sys.exit(main())
