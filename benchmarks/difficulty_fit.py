"""Fit the difficulty score (duidelijk/difficulty.py) on the Amsterdam dev pairs, with
cross-validation, and write its coefficients to duidelijk/difficulty.json.

    python benchmarks/difficulty_fit.py [--data DIR] [--folds 5] [--check] [--json FILE] [--select] [--spread N]

Model: for a pair (original, simplified) the chance that the original is the harder one is
``sigmoid(w . (z_original - z_simplified))``; ``z`` of a text is the word-weighted mean of
its sentences' standardised features. The weights are kept at zero or above (every feature
is oriented so that more means harder), with an L2 penalty. Fitted with scipy's L-BFGS-B.

Features: every feature, or with ``--select`` chosen by backward elimination inside each
training part (drop the feature whose removal most improves the inner grouped-CV agreement,
until none does), so the held-out figure is not tuned on its own fold. A dropped feature
keeps weight 0 in the model file. ``--select`` takes some minutes (about 7 on a busy
machine); 2026-12-01 it gave 0.831 (strict 0.813) against 0.821 (strict 0.811) with every
feature, so the shipped model is made with ``--select``.

Cross-validation: grouped k-fold. Pairs of one document stay in one fold, and so do pairs
whose originals are near-duplicates (same words, Jaccard >= 0.7) across documents. The
penalty is chosen inside each training part (inner grouped CV); the standardisation is
computed on the training part only. The figure that counts is the agreement on the held-out
folds: the share of pairs where the original scores higher (a tie counts half), as in
benchmarks/amsterdam.py.

``--check`` fits and reports without writing the model file. Needs numpy and scipy (spaCy
brings numpy; scipy is not a dependency of duidelijk). The data is read from
../shared/data/amsterdam-simplification at run time; nothing of its text is written.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from amsterdam import DEFAULT, analyse_texts, weighted, words_per_sentence  # noqa: E402

from duidelijk.difficulty import FEATURES, FINDING_FEATURES, MODEL_FILE  # noqa: E402

PENALTIES = (0.01, 0.1, 1.0, 3.0, 10.0)
WORD = re.compile(r"\w+")


def load_pairs(data: Path) -> list[dict]:
    with (data / "complex-simple-dev.csv").open(encoding="utf-8") as handle:
        return [r for r in csv.DictReader(handle) if r["Complex"].strip() != r["Simple"].strip()]


def groups_of(rows: list[dict]) -> np.ndarray:
    """A group per document, merged where originals are near-duplicates across documents."""
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    first: dict[str, int] = {}
    for i, r in enumerate(rows):
        union(i, first.setdefault(r["Document ID"], i))
    words = [set(WORD.findall(r["Complex"].lower())) for r in rows]
    for i in range(len(rows)):
        for j in range(i):
            a, b = words[i], words[j]
            if a and b and len(a & b) / len(a | b) >= 0.7:
                union(i, j)
    roots = {find(i) for i in range(len(rows))}
    index = {root: n for n, root in enumerate(sorted(roots))}
    return np.array([index[find(i)] for i in range(len(rows))])


def folds_of(groups: np.ndarray, k: int, seed: int | None = None) -> np.ndarray:
    """Assign whole groups to k folds, largest group first into the smallest fold. With a
    ``seed``, the groups go in a shuffled order instead (each still into the smallest fold):
    another assignment of the same kind, for the spread of the figure (``--spread``)."""
    sizes = np.bincount(groups)
    fold_of_group = np.zeros(len(sizes), dtype=int)
    load = np.zeros(k)
    order = (sorted(range(len(sizes)), key=lambda g: (-sizes[g], g)) if seed is None
             else [int(g) for g in np.random.default_rng(seed).permutation(len(sizes))])
    for g in order:
        f = int(np.argmin(load))
        fold_of_group[g] = f
        load[f] += sizes[g]
    return fold_of_group[groups]


def matrix(report) -> tuple[np.ndarray, np.ndarray]:
    """Sentence features (rows, NaN where missing) and sentence word counts of one report."""
    feats = report.sentence_features
    x = np.array([[np.nan if f[n] is None else f[n] for n in FEATURES] for f in feats], dtype=float)
    return x.reshape(len(feats), len(FEATURES)), np.array([s["words"] for s in report.sentences], dtype=float)


class Standardiser:
    """Mean and spread of the sentences of the training pairs (missing values left out)."""

    def __init__(self, sentences: np.ndarray):
        self.mean = np.nanmean(sentences, axis=0)
        self.scale = np.nanstd(sentences, axis=0)
        self.scale[self.scale == 0] = 1.0


class Texts:
    """Sums per text, so that the word-weighted mean of standardised sentences is one step:
    a missing value counts as the mean (0 after standardising)."""

    def __init__(self, mats: list[tuple[np.ndarray, np.ndarray]]):
        k = len(FEATURES)
        self.sums = np.zeros((len(mats), k))  # sum of words * value over sentences with a value
        self.weights = np.zeros((len(mats), k))  # sum of words over those sentences
        self.words = np.zeros(len(mats))
        for t, (x, words) in enumerate(mats):
            if len(x):
                known = ~np.isnan(x)
                self.sums[t] = (np.nan_to_num(x) * words[:, None]).sum(axis=0)
                self.weights[t] = (known * words[:, None]).sum(axis=0)
                self.words[t] = words.sum()

    def z(self, idx, std: Standardiser) -> np.ndarray:
        words = np.where(self.words[idx] > 0, self.words[idx], 1.0)[:, None]
        return (self.sums[idx] - std.mean * self.weights[idx]) / std.scale / words


def fit(diff: np.ndarray, penalty: float) -> np.ndarray:
    def loss(w):
        m = diff @ w
        value = np.logaddexp(0, -m).sum() + penalty * (w @ w)
        grad = -(diff * (1 / (1 + np.exp(m)))[:, None]).sum(axis=0) + 2 * penalty * w
        return value, grad

    res = minimize(loss, np.full(diff.shape[1], 0.1), jac=True, method="L-BFGS-B",
                   bounds=[(0, None)] * diff.shape[1])
    return res.x


def agreement(margins: np.ndarray) -> tuple[float, float]:
    wins = (margins > 1e-12).sum()
    ties = (np.abs(margins) <= 1e-12).sum()
    return float((wins + ties / 2) / len(margins)), float(wins / len(margins))


class Data:
    def __init__(self, rows):
        texts = [r["Complex"] for r in rows] + [r["Simple"] for r in rows]
        reports = analyse_texts(texts)
        n = len(rows)
        self.complex = [matrix(r) for r in reports[:n]]
        self.simple = [matrix(r) for r in reports[n:]]
        self.prepare()
        self.findings = np.array([weighted(c) - weighted(s) for c, s in zip(reports[:n], reports[n:])], dtype=float)
        self.wps = np.array([words_per_sentence(r["Complex"]) - words_per_sentence(r["Simple"]) for r in rows])

    def prepare(self) -> None:
        self.texts_complex, self.texts_simple = Texts(self.complex), Texts(self.simple)

    def standardiser(self, idx) -> Standardiser:
        rows = [m[0] for i in idx for m in (self.complex[i], self.simple[i]) if len(m[0])]
        return Standardiser(np.vstack(rows))

    def diffs(self, idx, std: Standardiser) -> np.ndarray:
        return self.texts_complex.z(idx, std) - self.texts_simple.z(idx, std)


def choose_penalty(data: Data, idx: np.ndarray, folds: np.ndarray) -> float:
    """The penalty with the best grouped-CV agreement within ``idx`` (log loss breaks ties)."""
    best = None
    for penalty in PENALTIES:
        margins = []
        for f in np.unique(folds):
            train, test = idx[folds != f], idx[folds == f]
            std = data.standardiser(train)
            w = fit(data.diffs(train, std), penalty)
            margins.append(data.diffs(test, std) @ w)
        m = np.concatenate(margins)
        key = (agreement(m)[0], -np.logaddexp(0, -m).mean())
        if best is None or key > best[0]:
            best = (key, penalty)
    return best[1]


# The findings of the rules always count: fixing what a rule reports must lower the score
# (the score ranks "the biggest improvements"); only the other features may be dropped.
KEEP = np.array([name in FINDING_FEATURES.values() for name in FEATURES])


def select_features(data: Data, idx: np.ndarray, folds: np.ndarray, penalty: float) -> np.ndarray:
    """Backward elimination inside ``idx``: drop, one at a time, the feature (not one of the
    rules' findings, ``KEEP``) whose removal most improves the grouped-CV agreement within
    ``idx`` (log loss breaks ties); stop when no removal improves it. Returns a mask over
    FEATURES."""
    parts = []
    for f in np.unique(folds):
        train, test = idx[folds != f], idx[folds == f]
        std = data.standardiser(train)
        parts.append((data.diffs(train, std), data.diffs(test, std)))

    def score(mask: np.ndarray) -> tuple[float, float]:
        margins = np.concatenate([test[:, mask] @ fit(train[:, mask], penalty) for train, test in parts])
        return agreement(margins)[0], -np.logaddexp(0, -margins).mean()

    mask = np.ones(len(FEATURES), dtype=bool)
    best = score(mask)
    while mask.sum() > 1:
        trials = []
        for j in np.flatnonzero(mask & ~KEEP):
            trial = mask.copy()
            trial[j] = False
            trials.append((score(trial), j))
        result, j = max(trials)
        if result <= best:
            break
        best, mask[j] = result, False
    return mask


def fit_masked(diff: np.ndarray, penalty: float, mask: np.ndarray | None) -> np.ndarray:
    if mask is None:
        return fit(diff, penalty)
    w = np.zeros(diff.shape[1])
    w[mask] = fit(diff[:, mask], penalty)
    return w


def cross_validate(data: Data, folds: np.ndarray, groups: np.ndarray, k: int, select: bool = False) -> dict:
    n = len(folds)
    margins = np.zeros(n)
    per_fold = []
    for f in range(k):
        train, test = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        inner = folds_of(groups[train], k - 1)
        penalty = choose_penalty(data, train, inner)
        mask = select_features(data, train, inner, penalty) if select else None
        std = data.standardiser(train)
        w = fit_masked(data.diffs(train, std), penalty, mask)
        margins[test] = data.diffs(test, std) @ w
        per_fold.append({"pairs": int(len(test)), "penalty": penalty,
                         "agreement": round(agreement(margins[test])[0], 3),
                         **({"dropped": [n for n, m in zip(FEATURES, mask) if not m]} if select else {})})
    cv, strict = agreement(margins)
    return {"agreement": cv, "strict": strict, "folds": per_fold}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="report only, do not write the model file")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--select", action="store_true",
                        help="choose features by backward elimination inside each training part (slow)")
    parser.add_argument("--spread", type=int, default=0, metavar="N",
                        help="also cross-validate on N other assignments of the groups to folds (shuffled, "
                             "seeds 1..N) and print the spread of the figure; the figure that counts stays "
                             "the one of the fixed assignment")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2
    rows = load_pairs(args.data)
    groups = groups_of(rows)
    folds = folds_of(groups, args.folds)
    data = Data(rows)
    select = args.select
    cv = cross_validate(data, folds, groups, args.folds, select)
    everything = np.arange(len(rows))
    penalty = choose_penalty(data, everything, folds)
    mask = select_features(data, everything, folds, penalty) if select else None
    std = data.standardiser(everything)
    w = fit_masked(data.diffs(everything, std), penalty, mask)
    in_sample = agreement(data.diffs(everything, std) @ w)[0]
    # the spread of the 0-100 scale: the dev sentences' median at 50, 95 % of them within 5-95
    sentences = np.vstack([m[0] for pair in zip(data.complex, data.simple) for m in pair if len(m[0])])
    linear = np.nan_to_num((sentences - std.mean) / std.scale) @ w
    centre = float(np.median(linear))
    temperature = float(np.percentile(np.abs(linear - centre), 95) / np.log(95 / 5))
    figures = {
        "pairs": len(rows),
        "documents": len({r["Document ID"] for r in rows}),
        "groups": int(groups.max() + 1),
        "folds": args.folds,
        "cv_agreement": round(cv["agreement"], 3),
        "cv_strict": round(cv["strict"], 3),
        "per_fold": cv["folds"],
        "in_sample_agreement": round(in_sample, 3),
        "baseline_words_per_sentence": round(agreement(data.wps)[0], 3),
        "baseline_weighted_findings": round(agreement(data.findings)[0], 3),
        "penalty": penalty,
        **({"features_dropped": [n for n, m in zip(FEATURES, mask) if not m]} if select else {}),
    }
    print(f"pairs {figures['pairs']} ({figures['documents']} documents, {figures['groups']} groups, "
          f"{args.folds} folds)")
    print(f"cross-validated pair agreement {cv['agreement']:.3f} (strict {cv['strict']:.3f}); "
          f"per fold {', '.join(str(f['agreement']) for f in cv['folds'])}")
    print(f"in-sample {in_sample:.3f}; baselines: words per sentence {figures['baseline_words_per_sentence']:.3f}, "
          f"weighted findings {figures['baseline_weighted_findings']:.3f}")
    print("weights (per standard deviation): " + ", ".join(f"{n} {v:.2f}" for n, v in zip(FEATURES, w) if v > 1e-6))
    if args.spread:
        other = [cross_validate(data, folds_of(groups, args.folds, seed), groups, args.folds, select)["agreement"]
                 for seed in range(1, args.spread + 1)]
        figures["spread"] = {"assignments": len(other), "mean": round(float(np.mean(other)), 3),
                             "min": round(min(other), 3), "max": round(max(other), 3),
                             "agreements": [round(a, 3) for a in other]}
        print(f"other assignments of the groups to folds ({len(other)}): mean {np.mean(other):.3f}, "
              f"min {min(other):.3f}, max {max(other):.3f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    if args.check:
        return 0
    model = {
        "about": "Difficulty score of duidelijk (duidelijk/difficulty.py). Fitted numbers only; "
                 "no text of the data is stored here.",
        "made": {
            "command": "python benchmarks/difficulty_fit.py" + (" --select" if select else ""),
            "date": dt.date.today().isoformat(),
            "data": "Amsterdam simplification pairs, development half "
                    "(Amsterdam-AI-Team/dutch-municipal-text-simplification, EUPL-1.2)",
            **{k: v for k, v in figures.items() if k != "per_fold"},
        },
        "features": list(FEATURES),
        "mean": {n: round(float(v), 6) for n, v in zip(FEATURES, std.mean)},
        "scale": {n: round(float(v), 6) for n, v in zip(FEATURES, std.scale)},
        "weights": {n: round(float(v), 6) for n, v in zip(FEATURES, w)},
        "intercept": round(-centre / temperature, 6),
        "temperature": round(temperature, 6),
        "fill": {},
    }
    MODEL_FILE.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
