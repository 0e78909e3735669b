"""DD104's operating point: precision and hard-word recall of the difficult-word rule at
several settings, on the sets that may be tuned on. Each text is parsed once; the rules run
again for each setting.

Sets (all tunable; never MEASURE, never half B):
- precision (DD104 findings judged klopt / judged; unjudged ones are counted apart):
  harvest-mun and harvest-gov half A, the written letters, the judged set's TUNE part, the
  DD104 fresh set part A;
- hard-word recall (a word-rule finding, DD103-DD105, overlapping the word): the discovery
  hard words, the DD104 fresh set part A's hard words, the hard-word misses noted in TUNE,
  written and harvest half A (as far as their sentences are in the sets), and the Amsterdam
  word list (dev half: recall and other flags per sentence, in sample, as ``amsterdam.py``).

    python benchmarks/dd104_sweep.py                       # the default settings
    python benchmarks/dd104_sweep.py --grid min_zipf=3.3,3.5,3.7 loan_zipf=4.0,4.2
    python benchmarks/dd104_sweep.py --dump FILE           # DD104 findings at the first setting, with verdicts

Needs ../shared.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import amsterdam  # noqa: E402
import dd104_select  # noqa: E402
import discovery_select  # noqa: E402
import written  # noqa: E402
from judged import DATA as JUDGED, read_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DISCOVERY = ROOT / "benchmarks" / "discovery"
WORD_RULES = {"DD103", "DD104", "DD105"}


class CachedNlp:
    """``nlp`` for ``analyse`` that parses each text once and hands out the same Doc again."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.docs: dict[str, object] = {}

    def pipe(self, texts, batch_size=32):
        texts = list(texts)
        new = [t for t in dict.fromkeys(texts) if t not in self.docs]
        for text, doc in zip(new, self.nlp.pipe(new, batch_size=batch_size)):
            self.docs[text] = doc
        return (self.docs[t] for t in texts)


def corpora() -> dict[str, dict]:
    """name -> {"texts": [{id, text}], "judged": {(id, start, end): verdict}, "hard": [(id, start, end)]}."""
    out = {}
    for name, folder, half in (("mun-A", DISCOVERY / "harvest-mun", "A"), ("gov-A", DISCOVERY / "harvest-gov", "A"),
                               ("written", DISCOVERY / "written", None)):
        letters = written.load(folder, half)
        ids = {x["id"] for x in letters}
        judged = {(j["file"], j["start"], j["end"]): j["verdict"] for j in read_jsonl(folder / "judgements.jsonl")
                  if j["code"] == "DD104" and j["file"] in ids}
        hard = [(m["file"], m["start"], m["end"]) for m in read_jsonl(folder / "misses.jsonl")
                if m["file"] in ids and m.get("kind") in ("hard-word", "legal-term")]
        out[name] = {"texts": letters, "judged": judged, "hard": hard}
    tune = [s for s in read_jsonl(JUDGED / "sentences.jsonl") if s["part"] == "tune"]
    ids = {s["id"] for s in tune}
    out["tune"] = {
        "texts": [{"id": s["id"], "text": s["text"]} for s in tune],
        "judged": {(j["sentence"], j["start"], j["end"]): j["verdict"] for j in read_jsonl(JUDGED / "judgements.jsonl")
                   if j["code"] == "DD104" and j["sentence"] in ids},
        "hard": [(o["sentence"], o["start"], o["end"]) for o in read_jsonl(JUDGED / "obstacles.jsonl")
                 if o["sentence"] in ids and o.get("kind") in ("hard-word", "legal-term")],
    }
    fresh = dd104_select.load(part="A")
    ids = {s["id"] for s in fresh}
    out["fresh-A"] = {
        "texts": [{"id": s["id"], "text": s["text"]} for s in fresh],
        "judged": {(j["sentence"], j["start"], j["end"]): j["verdict"]
                   for j in read_jsonl(ROOT / "benchmarks" / "dd104" / "judgements.jsonl")
                   if j["code"] == "DD104" and j["sentence"] in ids},
        "hard": [(h["sentence"], h["start"], h["end"]) for h in read_jsonl(ROOT / "benchmarks" / "dd104" / "hard_words.jsonl")
                 if h["sentence"] in ids],
    }
    hard = read_jsonl(DISCOVERY / "hard_words.jsonl")
    wanted = {h["sentence"] for h in hard}
    sentences = [s for s in discovery_select.load() if s["id"] in wanted]
    out["hard"] = {"texts": [{"id": s["id"], "text": s["text"]} for s in sentences], "judged": {},
                   "hard": [(h["sentence"], h["start"], h["end"]) for h in hard]}
    return out


def run(texts: list[dict], config, nlp) -> list[dict]:
    from duidelijk.analysis import analyse
    from duidelijk.readers import text_document

    docs = [text_document(t["text"], None, config.placeholders) for t in texts]
    rows = []
    for t, report in zip(texts, analyse(docs, config, nlp=nlp)):
        for f in report.findings:
            rows.append({"id": t["id"], "code": f.code, "category": f.category, "start": f.start, "end": f.end,
                         "span": t["text"][f.start:f.end]})
    return rows


def measure(sets: dict, ams_rows, config, nlp) -> dict:
    out = {}
    for name, data in sets.items():
        rows = run(data["texts"], config, nlp)
        dd104 = [r for r in rows if r["code"] == "DD104"]
        verdicts = [data["judged"].get((r["id"], r["start"], r["end"])) for r in dd104]
        words = [r for r in rows if r["code"] in WORD_RULES]
        found = sum(any(w["id"] == i and w["start"] < e and s < w["end"] for w in words) for i, s, e in data["hard"])
        out[name] = {"n": len(dd104), "judged": sum(v is not None for v in verdicts),
                     "klopt": sum(v == "klopt" for v in verdicts), "hard": len(data["hard"]), "found": found,
                     "rows": [{**r, "verdict": v} for r, v in zip(dd104, verdicts)]}
    from duidelijk.analysis import analyse
    from duidelijk.readers import text_document

    reports = list(analyse([text_document(s, None, config.placeholders) for s, _ in ams_rows], config, nlp=nlp))
    items = amsterdam.lexical_items(ams_rows, reports)
    n = len(items)
    out["ams"] = {"recall": sum(h for h, _ in items) / n, "other": sum(o for _, o in items) / n}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", nargs="*", default=[], metavar="OPTION=V1,V2",
                        help="DD104 options and the values to try (every combination)")
    parser.add_argument("--dump", type=Path, help="write the DD104 findings of each setting here (JSON lines)")
    args = parser.parse_args(argv)
    from duidelijk.config import Config
    from duidelijk.model import load_pipeline

    names, values = [], []
    for item in args.grid:
        option, _, vals = item.partition("=")
        names.append(option)
        values.append([json.loads(v) if re.fullmatch(r"[-\d.]+|true|false", v) else v for v in vals.split(",")])
    sets = corpora()
    ams_rows = amsterdam.lexical_rows(amsterdam.DEFAULT)
    nlp = CachedNlp(load_pipeline(Config().model))
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    print("setting | " + " | ".join(f"{n} n/judged/klopt prec" for n in sets if sets[n]["judged"]) + " | hard found "
          + " ".join(n for n in sets if sets[n]["hard"]) + " | ams recall/other")
    for combo in itertools.product(*values):
        options = dict(zip(names, combo))
        config = Config(rules={"DD104": options}) if options else Config()
        res = measure(sets, ams_rows, config, nlp)
        cells = []
        for n in sets:
            r = res[n]
            if sets[n]["judged"]:
                cells.append(f"{r['n']}/{r['judged']}/{r['klopt']} {r['klopt'] / max(r['judged'], 1):.3f}")
        hard = " ".join(f"{res[n]['found']}/{res[n]['hard']}" for n in sets if sets[n]["hard"])
        print(f"{options or 'default'} | " + " | ".join(cells) + f" | {hard} | {res['ams']['recall']:.3f}/{res['ams']['other']:.2f}",
              flush=True)
        if dump:
            for n in sets:
                for r in res[n]["rows"]:
                    dump.write(json.dumps({"setting": options, "set": n, **r}, ensure_ascii=False) + "\n")
    if dump:
        dump.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
