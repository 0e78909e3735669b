"""DD120 with its three settings on (rules40f) over UD train/dev, Alpino train and the tunable sets; lists the findings of the settings.

    python benchmarks/dd120_slips40/sweep.py ud|tune|alpino|alpino2[,...] OUT.json   (from the checkout root)
"""
import json, re, sys, time
from pathlib import Path
sys.path.insert(0, "benchmarks")  # run from the checkout root
from judged import read_jsonl
from written import load, half_of
from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document
from duidelijk.rules.slips import participle_without_ending, participle_slip

def conllu_sents(path):
    """Sentences of a CoNLL-U file: the # text line, or the forms joined (SpaceAfter=No kept)."""
    out, text, forms, skip = [], None, [], -1
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# text = "):
            text = line[9:].strip()
        elif not line:
            if text is None and forms:
                s = "".join(f + ("" if no else " ") for f, no in forms).strip()
                s = re.sub(r" ([.,:;?!)])", r"\1", s); s = re.sub(r"\( ", "(", s)
                text = s
            if text: out.append(text)
            text, forms, skip = None, [], -1
        elif not line.startswith("#"):
            c = line.split("\t")
            if "." in c[0]: continue
            if "-" in c[0]:
                a, b = map(int, c[0].split("-")); skip = b
                forms.append((c[1], "SpaceAfter=No" in c[9])); continue
            if int(c[0]) <= skip: continue
            forms.append((c[1], "SpaceAfter=No" in c[9]))
    return out

def join(sents):
    out = sents[0]
    for a, b in zip(sents, sents[1:]):
        out += (" " if a.rstrip()[-1:] in ".!?\"'”’)" else "\n\n") + b
    return out

def ud(name):
    path = f"../shared/data/ud-dutch/{name}.conllu"
    sents = conllu_sents(path)
    texts, cur, n = [], [], 0
    for s in sents:
        cur.append(s); n += len(s.split())
        if n >= 400:
            texts.append(join(cur)); cur, n = [], 0
    if cur: texts.append(join(cur))
    return [{"id": f"{name}-{i}", "text": t} for i, t in enumerate(texts)]

def sources(which):
    out = {}
    if "ud" in which:
        out["ud-train"] = ud("train"); out["ud-dev"] = ud("dev")
    if "alpino2" in which:
        for x in ("alpino-eans-train", "alpino-g_suite-train", "alpino-cgn_exs-train"):
            out[x] = ud("alpino-train/" + x)
    if "alpino" in which:
        for x in ("alpino-cdb-train.part1", "alpino-cdb-train.part2", "alpino-cdb-train.part3"):
            out[x] = ud("alpino-train/" + x)
    if "tune" in which:
        out["tune"] = [s for s in read_jsonl(Path("benchmarks/judged/sentences.jsonl")) if s["part"] == "tune"]
        for x in "mun gov c d e f g h".split():
            out[f"harvest-{x}-A"] = load(Path(f"benchmarks/discovery/harvest-{x}"), "A")
        out["written"] = load()
    return out

def kind(f, span):
    if f.message.startswith("Het onderwerp"): return "agreement"
    if "'het' twee keer" in f.message: return "het_twice"
    w = span.lower()
    if participle_without_ending(w) and not participle_slip(w): return "no_ending"
    return None

cfg = Config.from_dict({"select": ["DD120"], "rules": {"DD120": {"no_ending": True, "agreement": True, "het_twice": True}}})
rows = []
for src, texts in sources(sys.argv[1].split(",")).items():
    t0 = time.time()
    words = sum(len(t["text"].split()) for t in texts)
    docs = [text_document(t["text"], None, cfg.placeholders) for t in texts]
    n = 0
    for t, report in zip(texts, analyse(docs, cfg)):
        for f in report.findings:
            span = t["text"][f.start:f.end]
            k = kind(f, span)
            if k is None: continue
            a = t["text"].rfind(". ", 0, f.start); b = t["text"].find(". ", f.end)
            ctx = t["text"][max(a, f.start - 250, 0): (b + 1 if b != -1 and b < f.end + 250 else f.end + 150)]
            rows.append({"source": src, "id": t["id"], "kind": k, "span": span, "start": f.start,
                         "message": f.message, "suggestion": f.suggestions[:1], "context": ctx})
            n += 1
    print(f"{src}: {len(texts)} texts, {words} words, {n} new findings, {time.time()-t0:.0f}s", flush=True)
    rows.append({"source": src, "words": words, "texts": len(texts)})
json.dump(rows, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
