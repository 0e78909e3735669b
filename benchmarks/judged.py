"""Do careful editors agree with duidelijk? Precision, usable suggestions and misses on the
judged set in benchmarks/judged/ (see benchmarks/judged/README.md for how it was judged).

Runs duidelijk on every sentence of the set (each sentence as its own text), matches each
finding to its judgement by (sentence id, rule code, start, end, span text) and prints per
part (TUNE, MEASURE) and per rule:

- precision strict (klopt / judged) and lenient ((klopt + twijfel) / judged);
- suggestion usability: goed / findings with a suggestion, and goed / all judged findings;
- non-word suggestions (judged as not a Dutch word or phrase);
- misses per sentence: obstacles an editor marked that no finding of a fitting rule covers;
- judgements whose finding is gone ("disappeared"), and findings without a judgement
  ("unjudged"; a finding whose first suggestion changed needs a new suggestion judgement);
- judged findings whose message changed since they were judged ("message changed": the
  judgement still counts, but the reader now sees another text, so it must be read again;
  ``--todo`` lists them with the old verdict filled in). Judgements store the message they
  were given for; older ones without it cannot be checked this way.

    python benchmarks/judged.py                       # figures for both parts
    python benchmarks/judged.py --todo to-judge.jsonl # write unjudged findings out
    python benchmarks/judged.py --strict              # exit 1 if anything is unjudged
    python benchmarks/judged.py --json result.json
    python benchmarks/judged.py --markdown            # tables for docs/judged.md
    python benchmarks/judged.py --part tune           # only TUNE (while changing rules)
    python benchmarks/judged.py --part tune --misses  # ... and list its missed obstacles
    python benchmarks/judged.py --part tune --select ALL  # also the rules that are off by default
    python benchmarks/judged.py --add to-judge.jsonl  # after filling in verdict, suggestion_verdict, reason

Only the TUNE part may be used to steer rule changes; MEASURE is for reporting.
The sentences are in the repository, so this runs without ../shared.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "judged"
PARTS = ("tune", "measure")
VERDICTS = ("klopt", "klopt niet", "twijfel")
SUGGESTION_VERDICTS = ("goed", "slecht", "geen")

# Which rules can cover an obstacle of each kind (an overlapping finding of one of them).
COVERS = {
    "hard-word": {"DD103", "DD104", "DD105"},
    "legal-term": {"DD103", "DD104", "DD105"},
    "officialese": {"DD103", "DD104"},
    "nominal": {"DD106", "DD118", "DD103"},  # DD118: the core of nominal style, shown apart
    "passive": {"DD102"},
    "structure": {"DD101", "DD107", "DD108", "DD117", "DD120"},  # DD117: a sentence without a subject, a subclause alone; DD120: a typing slip ("de de", "verbinden.De")
    "reference": {"DD103", "DD119"},  # DD103: "deze" alone for a thing named before; DD119: "hier" as a link, "hiervan" with more than one thing before it
    "abbreviation": {"DD112", "DD113"},
    "negation": {"DD109"},
    "vague": {"DD114"},
    # DD102: an impersonal construction that is a passive ("Er is gekozen voor ...", "Dat is niet
    # vast te stellen") is marked by DD102 with "say who does it", which is the editor's fix for an
    # impersonal obstacle there too; before the thirty-sixth session such an obstacle stayed a miss
    # under a right DD102 finding (rules36h's census: 7 of 13 on the halves A)
    "impersonal": {"DD111", "DD110", "DD102"},
}


@dataclass
class Tally:
    judged: int = 0
    klopt: int = 0
    twijfel: int = 0
    with_suggestion: int = 0
    goed: int = 0
    nonword: int = 0

    def add(self, judgement: dict) -> None:
        self.judged += 1
        self.klopt += judgement["verdict"] == "klopt"
        self.twijfel += judgement["verdict"] == "twijfel"
        if judgement["suggestion_verdict"] != "geen":
            self.with_suggestion += 1
            self.goed += judgement["suggestion_verdict"] == "goed"
            self.nonword += bool(judgement.get("nonword"))

    def figures(self) -> dict:
        def ratio(a, b):
            return round(a / b, 3) if b else None

        return {
            "findings": self.judged,
            "precision_strict": ratio(self.klopt, self.judged),
            "precision_strict_interval": wilson(self.klopt, self.judged),
            "precision_lenient": ratio(self.klopt + self.twijfel, self.judged),
            "with_suggestion": self.with_suggestion,
            "suggestion_goed_of_suggested": ratio(self.goed, self.with_suggestion),
            "suggestion_goed_of_findings": ratio(self.goed, self.judged),
            "nonword_suggestions": self.nonword,
        }


@dataclass
class PartResult:
    sentences: int = 0
    total: Tally = field(default_factory=Tally)
    rules: dict = field(default_factory=lambda: defaultdict(Tally))
    obstacles: int = 0
    misses: int = 0
    miss_kinds: Counter = field(default_factory=Counter)
    missed: list = field(default_factory=list)  # the obstacles no fitting finding covers
    unjudged: list = field(default_factory=list)
    disappeared: list = field(default_factory=list)
    message_changed: list = field(default_factory=list)
    message_unknown: list = field(default_factory=list)  # judged before messages were kept

    def to_dict(self) -> dict:
        return {
            "sentences": self.sentences,
            **self.total.figures(),
            "obstacles": self.obstacles,
            "misses": self.misses,
            "misses_per_sentence": round(self.misses / self.sentences, 3) if self.sentences else None,
            "miss_kinds": dict(self.miss_kinds.most_common()),
            "rules": {code: t.figures() for code, t in sorted(self.rules.items())},
            "unjudged": len(self.unjudged),
            "disappeared": len(self.disappeared),
            "message_changed": len(self.message_changed),
        }


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """The 95 % Wilson score interval of a share ``hits / n`` (None without any): how far a
    precision on 120 findings, or on 3 of one rule, can be trusted."""
    if not n:
        return None
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (round(max(0.0, centre - half), 3), round(min(1.0, centre + half), 3))


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def key(sentence: str, code: str, start: int, end: int, span: str) -> tuple:
    return (sentence, code, start, end, span)


def finding_rows(sentences: list[dict], config=None) -> list[dict]:
    """Run duidelijk on every sentence (each its own text); one row per finding."""
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import text_document

    config = config or Config()
    docs = [text_document(s["text"], None, config.placeholders) for s in sentences]
    rows = []
    for sentence, report in zip(sentences, analyse(docs, config)):
        for f in report.findings:
            rows.append({
                "sentence": sentence["id"],
                "code": f.code,
                "start": f.start,
                "end": f.end,
                "span": sentence["text"][f.start:f.end],
                "message": f.message,
                "suggestion": f.suggestions[0] if f.suggestions else None,
            })
    return rows


def selected_config(select: str | None):
    """The default configuration, or with ``select`` (codes with commas, or ALL) those rules."""
    from duidelijk.config import Config

    if not select:
        return Config()
    return Config.from_dict({"select": [c.strip() for c in select.split(",") if c.strip()]})


def off_rules(config) -> list[str]:
    """The codes of the rules that do not run with ``config``."""
    from duidelijk.rules import all_rules

    return [r.code for r in all_rules() if not config.enabled(r.code, r.category)]


def covered(obstacle: dict, findings: list[dict]) -> bool:
    codes = COVERS.get(obstacle["kind"], set())
    return any(f["code"] in codes and f["start"] < obstacle["end"] and obstacle["start"] < f["end"]
               for f in findings)


def evaluate(sentences: list[dict], findings: list[dict], judgements: list[dict],
             obstacles: list[dict]) -> dict[str, PartResult]:
    """Match findings to judgements and count, per part. Pure: no duidelijk needed.

    One key may have several judgements, one per first suggestion it was judged with (the
    same finding before and after a change of its suggestion); the one with the finding's
    current suggestion counts.
    """
    part_of = {s["id"]: s["part"] for s in sentences}
    judged = defaultdict(list)
    for j in judgements:
        judged[key(j["sentence"], j["code"], j["start"], j["end"], j["span"])].append(j)
    results = {part: PartResult() for part in PARTS}
    for s in sentences:
        results[s["part"]].sentences += 1
    seen = set()
    by_sentence = defaultdict(list)
    for f in findings:
        by_sentence[f["sentence"]].append(f)
        k = key(f["sentence"], f["code"], f["start"], f["end"], f["span"])
        result = results[part_of[f["sentence"]]]
        versions = judged.get(k)
        if not versions:
            result.unjudged.append({**f, "why": "new finding"})
            continue
        seen.add(k)
        j = next((v for v in versions if v.get("suggestion") == f["suggestion"]), None)
        if j is None:
            last = versions[-1]
            result.unjudged.append({**f, "why": "suggestion changed",
                                    "verdict": last["verdict"], "reason": last.get("reason", "")})
            continue
        result.total.add(j)
        result.rules[f["code"]].add(j)
        earlier = {"verdict": j["verdict"], "suggestion_verdict": j["suggestion_verdict"],
                   "reason": j.get("reason", "")}
        if j.get("message") is None:
            result.message_unknown.append({**f, "why": "read again: judged before messages were kept", **earlier})
        elif j["message"] != f["message"]:
            result.message_changed.append({**f, "why": "message changed", **earlier, "old_message": j["message"]})
    for k, versions in judged.items():
        if k not in seen and versions[-1]["sentence"] in part_of:
            results[part_of[versions[-1]["sentence"]]].disappeared.append(versions[-1])
    for o in obstacles:
        if o["sentence"] not in part_of:
            continue
        result = results[part_of[o["sentence"]]]
        result.obstacles += 1
        if not covered(o, by_sentence[o["sentence"]]):
            result.misses += 1
            result.miss_kinds[o["kind"]] += 1
            result.missed.append(o)
    return results


def pct(value) -> str:
    return "  -  " if value is None else f"{value:5.3f}"


def print_part(name: str, result: PartResult, show: int) -> None:
    d = result.to_dict()
    print(f"== {name.upper()}: {d['sentences']} sentences, {d['findings']} judged findings "
          f"({d['unjudged']} unjudged, {d['disappeared']} disappeared, "
          f"{d['message_changed']} with a changed message to read again)")
    interval = d["precision_strict_interval"]
    around = f" (95 % interval {interval[0]:.3f}-{interval[1]:.3f})" if interval else ""
    print(f"precision strict {pct(d['precision_strict'])}{around}  lenient {pct(d['precision_lenient'])}  "
          f"| suggestions goed {pct(d['suggestion_goed_of_suggested'])} of {d['with_suggestion']} "
          f"with one, {pct(d['suggestion_goed_of_findings'])} of all findings  "
          f"| non-word suggestions {d['nonword_suggestions']}")
    print(f"misses {d['misses']} of {d['obstacles']} obstacles = {pct(d['misses_per_sentence'])} per sentence "
          f"({', '.join(f'{k} {v}' for k, v in d['miss_kinds'].items())})")
    print(f"  {'rule':6} {'n':>4} {'strict':>6} {'lenient':>7} {'sugg':>5} {'goed/sugg':>9} {'goed/all':>8} {'nonword':>7}")
    for code, r in d["rules"].items():
        print(f"  {code:6} {r['findings']:4d} {pct(r['precision_strict']):>6} {pct(r['precision_lenient']):>7} "
              f"{r['with_suggestion']:5d} {pct(r['suggestion_goed_of_suggested']):>9} "
              f"{pct(r['suggestion_goed_of_findings']):>8} {r['nonword_suggestions']:7d}")
    if result.disappeared:
        gone = Counter((j["code"], j["verdict"]) for j in result.disappeared)
        print("  disappeared: " + ", ".join(f"{c} {v} {n}" for (c, v), n in sorted(gone.items())))
    for f in result.unjudged[:show]:
        print(f"  UNJUDGED ({f['why']}) {f['sentence']} {f['code']} {f['start']}-{f['end']} "
              f"'{f['span']}' -> {f['suggestion']!r}")
    if len(result.unjudged) > show:
        print(f"  ... {len(result.unjudged) - show} more unjudged (use --todo FILE)")
    for f in result.message_changed[:show]:
        print(f"  MESSAGE CHANGED {f['sentence']} {f['code']} {f['start']}-{f['end']} '{f['span']}' "
              f"(judged {f['verdict']})")


def markdown(results: dict[str, PartResult]) -> str:
    """The figures as Markdown tables (for docs/judged.md)."""

    def cell(value):
        return "–" if value is None else f"{value:.3f}"

    parts = {p: results[p].to_dict() for p in PARTS}
    lines = ["| | " + " | ".join(p.upper() for p in PARTS) + " |", "|---|" + "---|" * len(PARTS)]
    for label, name in (("sentences", "sentences"), ("judged findings", "findings"),
                        ("precision strict", "precision_strict"),
                        ("95 % interval of precision strict", "precision_strict_interval"),
                        ("precision lenient (with twijfel)", "precision_lenient"),
                        ("findings with a suggestion", "with_suggestion"),
                        ("suggestion goed / with a suggestion", "suggestion_goed_of_suggested"),
                        ("suggestion goed / all findings", "suggestion_goed_of_findings"),
                        ("non-word suggestions", "nonword_suggestions"),
                        ("obstacles", "obstacles"), ("misses", "misses"),
                        ("misses per sentence", "misses_per_sentence"),
                        ("unjudged findings", "unjudged")):
        values = [parts[p][name] for p in PARTS]
        lines.append(f"| {label} | " + " | ".join(
            f"{v[0]:.3f}–{v[1]:.3f}" if isinstance(v, tuple)
            else cell(v) if isinstance(v, float) or v is None else str(v) for v in values) + " |")
    lines += ["", "| rule | " + " | ".join(f"{p.upper()} n | strict | lenient | sugg. goed"
                                             for p in PARTS) + " |",
              "|---|" + "---|---|---|---|" * len(PARTS)]
    for code in sorted(set().union(*(parts[p]["rules"] for p in PARTS))):
        row = []
        for p in PARTS:
            r = parts[p]["rules"].get(code)
            row += ["0", "–", "–", "–"] if r is None else [
                str(r["findings"]), cell(r["precision_strict"]), cell(r["precision_lenient"]),
                f"{cell(r['suggestion_goed_of_suggested'])} of {r['with_suggestion']}"]
        lines.append(f"| {code} | " + " | ".join(row) + " |")
    return "\n".join(lines)


JUDGEMENT_FIELDS = ("sentence", "code", "start", "end", "span", "verdict", "suggestion",
                    "suggestion_verdict", "nonword", "reason", "judged_by", "message")


def add_judgements(data: Path, path: Path) -> int:
    """Put the judged rows of a --todo file into judgements.jsonl.

    A row replaces the judgement with the same key and the same first suggestion; a row for a
    known key with another suggestion is added next to the earlier one (both versions of the
    rules can then be measured).
    """
    text = {s["id"]: s["text"] for s in read_jsonl(data / "sentences.jsonl")}
    new, errors = [], []
    for n, row in enumerate(read_jsonl(path), start=1):
        if row.get("sentence") not in text or text[row["sentence"]][row["start"]:row["end"]] != row.get("span"):
            errors.append(f"line {n}: sentence or span does not match the set")
        elif row.get("verdict") not in VERDICTS:
            errors.append(f"line {n}: verdict must be one of {', '.join(VERDICTS)}")
        elif row.get("suggestion_verdict") not in SUGGESTION_VERDICTS or \
                (row.get("suggestion") is None) != (row["suggestion_verdict"] == "geen"):
            errors.append(f"line {n}: suggestion_verdict must be goed or slecht, or geen without a suggestion")
        elif not str(row.get("reason", "")).strip():
            errors.append(f"line {n}: a reason is needed")
        else:
            new.append({k: row[k] for k in JUDGEMENT_FIELDS if k in row and (k != "nonword" or row[k])})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 2
    def full_key(j):
        return key(j["sentence"], j["code"], j["start"], j["end"], j["span"]) + (j.get("suggestion"),)

    keys = {full_key(j) for j in new}
    kept = [j for j in read_jsonl(data / "judgements.jsonl") if full_key(j) not in keys]
    order = {sid: i for i, sid in enumerate(text)}
    rows = sorted(kept + new, key=lambda j: (order[j["sentence"]], j["start"], j["code"], j["end"]))
    with (data / "judgements.jsonl").open("w", encoding="utf-8") as handle:
        for j in rows:
            handle.write(json.dumps(j, ensure_ascii=False) + "\n")
    print(f"{len(new)} judgements added or replaced ({len(rows)} in all)")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--todo", type=Path, help="write unjudged findings to this JSON lines file")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a finding is unjudged")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    parser.add_argument("--show", type=int, default=20, help="unjudged findings to print per part")
    parser.add_argument("--markdown", action="store_true", help="also print Markdown tables")
    parser.add_argument("--part", choices=PARTS, help="show only this part (use tune while changing rules)")
    parser.add_argument("--misses", action="store_true",
                        help="with --part tune: also list TUNE's missed obstacles (never MEASURE's)")
    parser.add_argument("--add", type=Path, help="add the judged rows of a --todo file to judgements.jsonl")
    parser.add_argument("--select", metavar="CODES",
                        help="rules to run, as duidelijk's --select (ALL: also the rules that are off by "
                             "default); without it the default rules, the configuration the figures are about")
    parser.add_argument("--reread", default="", metavar="CODES",
                        help="with --todo: also list judged findings of these rules (e.g. DD101,DD103) "
                             "whose judgement has no message kept, to read them again")
    args = parser.parse_args(argv)
    if args.add:
        return add_judgements(args.data, args.add)
    if args.misses and args.part != "tune":
        print("--misses needs --part tune (only TUNE may be looked at while changing rules)", file=sys.stderr)
        return 2
    sentences = read_jsonl(args.data / "sentences.jsonl")
    if not sentences:
        print(f"no sentences in {args.data}", file=sys.stderr)
        return 2
    config = selected_config(args.select)
    findings = finding_rows(sentences, config)
    results = evaluate(sentences, findings, read_jsonl(args.data / "judgements.jsonl"),
                       read_jsonl(args.data / "obstacles.jsonl"))
    shown = (args.part,) if args.part else PARTS
    off = off_rules(config)
    if off:
        print(f"off in this configuration: {', '.join(off)} (their judgements show as disappeared; "
              "--select ALL runs every rule)\n")
    for part in shown:
        print_part(part, results[part], args.show)
        if args.misses:
            for o in results[part].missed:
                print(f"  MISSED {o['kind']:12} {o['sentence']} {o['start']}-{o['end']} '{o['span']}'")
        print()
    if args.markdown and not args.part:
        print(markdown(results))
        print()
    unjudged = [f for part in shown for f in results[part].unjudged]
    changed = [f for part in shown for f in results[part].message_changed]
    reread = {c.strip() for c in args.reread.split(",") if c.strip()}
    changed += [f for part in shown for f in results[part].message_unknown if f["code"] in reread]
    if args.todo:
        text = {s["id"]: s["text"] for s in sentences}
        with args.todo.open("w", encoding="utf-8") as handle:
            for f in unjudged + changed:
                row = {**f, "sentence_text": text[f["sentence"]], "verdict": f.get("verdict", ""),
                       "suggestion_verdict": f.get("suggestion_verdict", ""), "reason": f.get("reason", "")}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(unjudged)} unjudged findings and {len(changed)} with a changed message written to {args.todo}")
    if args.json:
        args.json.write_text(json.dumps({p: results[p].to_dict() for p in shown}, indent=2,
                                        ensure_ascii=False), encoding="utf-8")
    if args.strict and unjudged:
        print(f"{len(unjudged)} findings have no judgement", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
