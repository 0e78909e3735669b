"""DD104's signals combined: does a small logistic model over the signals DD104 already
computes separate hard words from words a B1 reader knows better than today's chain of bars,
out of fold?

The labelled words come only from the sets that may be tuned on (``dd104_sweep.corpora``:
harvest-mun and harvest-gov half A, the written letters, the judged set's TUNE part, DD104
fresh part A, the discovery hard words; never MEASURE, half B or fresh part B):
- hard (1): a DD104 finding judged klopt, or a noted hard-word / legal-term obstacle;
- plain (0): a DD104 finding judged klopt niet, or a content word of the same texts that no
  word rule flagged and nobody noted (sampled: ``--plain-share``; only in sets whose
  misses were noted, so not the discovery hard-word sentences).
Findings judged twijfel, unjudged DD104 findings and words another word rule (DD103, DD105)
covers are left out. Words of the 1,480 letters are not used.

Each word gets the signals of ``duidelijk.rules.difficult_words`` (form, lemma and family
Zipf, spoken form and lemma, the spoken gap, compound parts and head, letters, syllables, the
loan ending, Latin noun, old form, LiNT-II noun class, the word list) and today's verdict
(``word_score``). The model is fitted by Newton's method with an L2 penalty; folds are whole
texts (all sentences of one letter in one fold), so no fold shares a text with its training
data. Its bar is chosen in the training folds to keep today's number of hard words found, so
the comparison asks whether it buys precision at the same recall.

    python benchmarks/dd104_signals.py                 # the table (parses the sets: a few minutes)
    python benchmarks/dd104_signals.py --words FILE    # also write the labelled words (JSON lines)

Needs ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dd104_sweep  # noqa: E402

FOLDS = 5
SEED = 19
PLAIN_SHARE = 0.15  # of the unflagged, unnoted content words, this share is kept as plain
MAX_ZIPF = 4.6  # a word this common is plain by any signal: not a candidate
VOWELS = re.compile(r"[aeiouyáéíóúëïöüè]+")


def group_of(set_name: str, text_id: str) -> str:
    """The text a sentence comes from: sentences of one letter share a fold."""
    if set_name in ("mun-A", "gov-A", "written"):
        return f"{set_name}:{text_id}"
    return f"{set_name}:" + re.sub(r"-\d+$", "", str(text_id))


def signals(low: str, lemma_: str, pos: str, rule) -> dict:
    """The signals DD104 computes for a word, as numbers."""
    from duidelijk.dictionary import compound_parts, exists, lemma_zipf
    from duidelijk.lexicon import zipf
    from duidelijk.metrics import noun_class
    from duidelijk.rules import difficult_words as dw
    from duidelijk.subtlex import spoken_lemma_zipf, spoken_zipf

    opts = rule.options
    lemma = dw._plain_lemma(lemma_)
    tok = dw._Word(low, lemma_, pos)
    own, lem = zipf(low), lemma_zipf(lemma, pos)
    family = dw.derived_familiarity(tok, low, lemma)
    said, said_lemma = spoken_zipf(low), spoken_lemma_zipf(lemma, pos)
    parts = compound_parts(low)
    score = rule.word_score(low, lemma_, pos, None)
    nclass = noun_class(lemma) or noun_class(low)
    return {
        "zipf": own, "lemma_zipf": lem, "family": family, "spoken": said, "spoken_lemma": said_lemma,
        "no_spoken": float(max(said, said_lemma) == 0),
        "gap": dw.spoken_gap(low, lemma, pos),
        "parts": float(len(parts)), "head_zipf": zipf(parts[-1]) if len(parts) > 1 else own,
        "min_part": min(zipf(p) for p in parts) if len(parts) > 1 else own,
        "letters": float(len(low)), "syllables": float(len(VOWELS.findall(low))),
        "loan": float(dw.formal_word(tok, low, lemma, opts, dw.b1_safe())),
        "latin": float(dw.latinate_noun(low, lemma, pos)),
        "old": float(pos in dw._OLD_POS and dw.old_form(tok, low, opts)),
        "abstract": float(nclass == "a"), "concrete": float(nclass == "c"),
        "listed": float(exists(low) or exists(lemma)),
        "noun": float(pos == "NOUN"), "verb": float(pos == "VERB"), "adj": float(pos == "ADJ"),
        "adv": float(pos == "ADV"),
        "today_hard": float(score is not None),
        "today_score": score if score is not None else 4.0,
    }


def overlaps(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def collect(plain_share: float = PLAIN_SHARE) -> list[dict]:
    """The labelled words of the tunable sets with their signals."""
    from duidelijk.config import Config
    from duidelijk.model import load_pipeline
    from duidelijk.rules.difficult_words import CONTENT_POS, DifficultWord

    rng = random.Random(SEED)
    sets = dd104_sweep.corpora()
    config = Config()
    nlp = dd104_sweep.CachedNlp(load_pipeline(config.model))
    from duidelijk.readers import text_document

    rule = DifficultWord()
    rows = []
    skipped = 0
    for name, data in sets.items():
        findings = dd104_sweep.run(data["texts"], config, nlp)
        by_text: dict = {}
        for f in findings:
            by_text.setdefault(f["id"], []).append(f)
        hard_by: dict = {}
        for i, s, e in data["hard"]:
            hard_by.setdefault(i, []).append((s, e))
        noted = name != "hard"  # the discovery sentences were picked for their hard words
        for t in data["texts"]:
            document = text_document(t["text"], None, config.placeholders)
            doc = nlp.docs.get(document.text)
            if doc is None:
                skipped += 1
                continue
            found = by_text.get(t["id"], [])
            dd104 = [(f["start"], f["end"]) for f in found if f["code"] == "DD104"]
            other = [(f["start"], f["end"]) for f in found if f["code"] in ("DD103", "DD105")]
            hard = hard_by.get(t["id"], [])
            for tok in doc:
                if tok.pos_ not in CONTENT_POS or not tok.is_alpha or len(tok) < 4:
                    continue
                start, end = document.source_span(tok.idx, tok.idx + len(tok))  # (the judged spans' offsets)
                if overlaps(other, start, end):
                    continue
                flagged = overlaps(dd104, start, end)
                verdict = None
                if flagged:
                    verdict = next((v for (i, s, e), v in data["judged"].items()
                                    if i == t["id"] and s < end and start < e), None)
                if overlaps(hard, start, end) or verdict == "klopt":
                    label, kind = 1, "noted" if not flagged else "klopt"
                elif verdict == "klopt niet":
                    label, kind = 0, "klopt niet"
                elif flagged or not noted:
                    continue  # unjudged or twijfel; or a sentence whose plain words nobody checked
                else:
                    from duidelijk.lexicon import zipf

                    if zipf(tok.lower_) >= MAX_ZIPF or rng.random() >= plain_share:
                        continue
                    label, kind = 0, "unnoted"
                rows.append({"set": name, "group": group_of(name, t["id"]), "id": t["id"], "word": tok.text,
                             "lemma": tok.lemma_, "pos": tok.pos_, "label": label, "kind": kind,
                             "flagged": flagged, **signals(tok.lower_, tok.lemma_, tok.pos_, rule)})
    if skipped:
        print(f"{skipped} texts left out: not parsed", file=sys.stderr)
    return rows


FEATURES = ("zipf", "lemma_zipf", "family", "spoken", "spoken_lemma", "no_spoken", "gap", "parts", "head_zipf",
            "min_part", "letters", "syllables", "loan", "latin", "old", "abstract", "concrete", "listed", "noun",
            "verb", "adj", "adv", "today_hard", "today_score")


def fit(x, y, l2: float = 1.0, steps: int = 25):
    """Logistic regression by Newton's method with an L2 penalty (not on the intercept);
    ``x`` standardised by the caller."""
    import numpy as np

    n, d = x.shape
    xb = np.hstack([np.ones((n, 1)), x])
    w = np.zeros(d + 1)
    reg = np.eye(d + 1) * l2
    reg[0, 0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + reg @ w
        hess = xb.T @ (xb * (p * (1 - p))[:, None]) + reg
        w -= np.linalg.solve(hess, grad)
    return w


def predict(w, x):
    import numpy as np

    return 1 / (1 + np.exp(-(np.hstack([np.ones((len(x), 1)), x]) @ w)))


def standardise(train, *others):
    mean, std = train.mean(0), train.std(0)
    std[std == 0] = 1.0
    return [(a - mean) / std for a in (train, *others)], mean, std


def score_of(rows, flags) -> dict:
    """Strict precision over judged findings, hard words found, and flags on unnoted words."""
    judged = [(r, f) for r, f in zip(rows, flags) if f and r["kind"] in ("klopt", "klopt niet")]
    klopt = sum(r["kind"] == "klopt" for r, _ in judged)
    hard = [f for r, f in zip(rows, flags) if r["label"] == 1]
    unnoted = sum(f for r, f in zip(rows, flags) if r["kind"] == "unnoted")
    new_hard = sum(f for r, f in zip(rows, flags) if r["kind"] == "noted" and not r["flagged"])
    return {"judged": len(judged), "klopt": klopt, "precision": klopt / max(len(judged), 1),
            "hard_found": sum(hard), "hard": len(hard), "unnoted_flags": unnoted, "new_hard": new_hard,
            "plain_flags": sum(f for r, f in zip(rows, flags) if r["label"] == 0)}


def cross_validate(rows, features=FEATURES, l2: float = 1.0) -> tuple[list[bool], list[float]]:
    """Out-of-fold flags: per fold, fit on the other texts and flag as many of the training
    folds' words as today's rule flags there (the bar that keeps today's count)."""
    import numpy as np

    groups = sorted({r["group"] for r in rows})
    random.Random(SEED).shuffle(groups)
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    x = np.array([[r[f] for f in features] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows], dtype=float)
    flags, probs = [False] * len(rows), [0.0] * len(rows)
    for k in range(FOLDS):
        train = np.array([fold_of[r["group"]] != k for r in rows])
        (xt, xv), _, _ = standardise(x[train], x[~train])
        w = fit(xt, y[train], l2)
        pt, pv = predict(w, xt), predict(w, xv)
        today = sum(r["flagged"] for r, t in zip(rows, train) if t)
        bar = sorted(pt, reverse=True)[max(today - 1, 0)]
        for j, p in zip(np.flatnonzero(~train), pv):
            flags[j] = bool(p >= bar)
            probs[j] = float(p)
    return flags, probs


def cross_validate_filter(rows, features=FEATURES, l2: float = 1.0) -> list[bool]:
    """Out-of-fold flags of a model that may only take findings away: fitted on today's judged
    findings (klopt against klopt niet) of the other texts, it keeps a finding unless its
    probability falls below that of every klopt finding of the training folds (so it would
    have lost no right finding there)."""
    import numpy as np

    groups = sorted({r["group"] for r in rows})
    random.Random(SEED).shuffle(groups)
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    judged = [r["kind"] in ("klopt", "klopt niet") and r["flagged"] for r in rows]
    x = np.array([[r[f] for f in features] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows], dtype=float)
    flags = [r["flagged"] for r in rows]
    for k in range(FOLDS):
        train = np.array([fold_of[r["group"]] != k and j for r, j in zip(rows, judged)])
        test = np.array([fold_of[r["group"]] == k and r["flagged"] for r in rows])
        (xt, xv), _, _ = standardise(x[train], x[test])
        w = fit(xt, y[train], l2)
        pt = predict(w, xt)
        bar = min(p for p, label in zip(pt, y[train]) if label == 1)
        for j, p in zip(np.flatnonzero(test), predict(w, xv)):
            flags[j] = bool(p >= bar)
    return flags


def read_off(r, low: float = 3.3, gap: float = 0.6, nouns_only: bool = False) -> bool:
    """A rule read off the table (the eighteenth session's open point): the plain bar at
    ``low`` instead of 3.5, with a word of the band 3.3-3.5 still hard when speech uses it
    ``gap`` or more below print, or when subtitles lack it (no evidence that it is said)."""
    if not r["flagged"]:
        return False
    band = low <= r["today_score"] < 3.5 and not (r["loan"] or r["old"] or r["latin"])
    if not band or (nouns_only and not r["noun"]):
        return True
    return r["gap"] >= gap or r["no_spoken"] == 1.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=Path, help="write the labelled words here (JSON lines)")
    parser.add_argument("--read", type=Path, help="read the labelled words from here instead of parsing")
    parser.add_argument("--plain-share", type=float, default=PLAIN_SHARE)
    args = parser.parse_args(argv)
    if args.read:
        rows = [json.loads(line) for line in args.read.open(encoding="utf-8")]
    else:
        rows = collect(args.plain_share)
    if args.words:
        with args.words.open("w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds: dict = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"{len(rows)} words in {len({r['group'] for r in rows})} texts: "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("| model | judged flagged | precision | hard found | unnoted words flagged | noted misses found |")
    print("|---|---|---|---|---|---|")
    today = score_of(rows, [r["flagged"] for r in rows])
    lines = [("today's chain", today)]
    signal_only = tuple(f for f in FEATURES if not f.startswith("today"))
    for name, feats, l2 in (("logistic, all signals + today", FEATURES, 1.0),
                            ("logistic, signals only", signal_only, 1.0),
                            ("logistic, all, L2 10", FEATURES, 10.0)):
        flags, _ = cross_validate(rows, feats, l2)
        lines.append((name + " (out of fold)", score_of(rows, flags)))
    for name, feats in (("logistic filter of today's findings, all signals", signal_only),
                        ("logistic filter, signals + today's score", FEATURES)):
        lines.append((name + " (out of fold)", score_of(rows, cross_validate_filter(rows, feats))))
    for low, gap, nouns in ((3.3, 0.6, False), (3.4, 0.6, False), (3.3, 0.9, False), (3.3, 0.6, True)):
        lines.append((f"read off: bar {low}, band held by gap >= {gap} or no spoken count"
                      + (", nouns only" if nouns else ""), score_of(rows, [read_off(r, low, gap, nouns) for r in rows])))
    for name, s in lines:
        print(f"| {name} | {s['judged']} | {s['precision']:.3f} ({s['klopt']}) | {s['hard_found']} of {s['hard']} "
              f"| {s['unnoted_flags']} | {s['new_hard']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
