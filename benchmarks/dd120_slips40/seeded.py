"""Seeded slips in UD train/dev sentences (gold annotation picks the place): recall of each setting."""
import random, re, sys
from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document

PLUR = {"is": "zijn", "wordt": "worden", "heeft": "hebben", "kan": "kunnen", "moet": "moeten", "gaat": "gaan",
        "komt": "komen", "zal": "zullen", "was": "waren", "werd": "werden", "had": "hadden", "staat": "staan",
        "krijgt": "krijgen", "blijft": "blijven", "mag": "mogen", "wil": "willen", "kwam": "kwamen", "ging": "gingen"}

def sents(path):
    cur, text = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# text = "): text = line[9:]
        elif not line:
            if cur and text: yield text, cur
            cur, text = [], None
        elif not line.startswith("#"):
            c = line.split("\t")
            if c[0].isdigit(): cur.append(c)

def sites(text, toks):
    """(kind, new text, start, wrong word) for each possible slip in the sentence (gold)."""
    out = []
    pos = 0; spans = []
    for c in toks:
        i = text.find(c[1], pos)
        if i < 0: return []
        spans.append((i, i + len(c[1]))); pos = i + len(c[1])
    byid = {int(c[0]): c for c in toks}
    for k, c in enumerate(toks):
        form, feats = c[1], c[5]
        a, b = spans[k]
        if "VerbForm=Part" in feats and form.islower() and "ge" in form and form[-1] in "dt" and len(form) > 6 and c[3] in ("VERB",):
            out.append(("no_ending", text[:b - 1] + text[b:], a, form[:-1]))
        if form.lower() == "het" and c[7] == "det":
            out.append(("het_twice", text[:b] + " het" + text[b:], a, form + " het"))
        if c[7] in ("nsubj", "nsubj:pass") and c[3] == "NOUN" and "Number=Sing" in c[5]:
            head = byid.get(int(c[6]))
            verbs = [x for x in toks if (x is head or (x[6] == c[6] and x[7] in ("aux", "aux:pass", "cop"))) and x[1] in PLUR]
            if len(verbs) == 1:
                v = verbs[0]; j = toks.index(v); va, vb = spans[j]
                out.append(("agreement", text[:va] + PLUR[v[1]] + text[vb:], va, PLUR[v[1]]))
    return out

random.seed(40)
pool = {"no_ending": [], "het_twice": [], "agreement": []}
for f in ("train", "dev"):
    for text, toks in sents(f"../shared/data/ud-dutch/{f}.conllu"):
        for s in sites(text, toks):
            pool[s[0]].append(s)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 200
for kind, items in pool.items():
    sample = random.sample(items, min(N, len(items)))
    cfg = Config.from_dict({"select": ["DD120"], "rules": {"DD120": {kind: True}}})
    docs = [text_document(s[1], None, cfg.placeholders) for s in sample]
    hit = other = 0
    for s, r in zip(sample, analyse(docs, cfg)):
        at = [f for f in r.findings if abs(f.start - s[2]) <= 5]
        hit += bool(at)
        other += len(r.findings) - len(at)
    print(f"{kind}: {len(items)} sites, {len(sample)} seeded, found {hit} ({hit/len(sample):.2f}), other findings {other}")
