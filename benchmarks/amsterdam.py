"""How well does duidelijk agree with real editors? (Amsterdam simplification data, dev half)

1. Pairs: the share of (original, simplified) sentence pairs where duidelijk judges the
   original harder: a higher weighted finding score (error 3, warning 2, suggestion 1).
   A tie counts as half a hit (as a coin toss would); the strict share (ties as misses) is
   printed too. Baseline: a higher mean number of words per sentence, scored the same way.
2. Words: the share of the gold difficult words that duidelijk flags (a word-level
   finding covering the word), and how many other words it flags per sentence.
   Baseline: Zipf < 4 (wordfreq) for every content word.

    python benchmarks/amsterdam.py [--data DIR] [--json FILE] [--cv K]

``--cv K`` chooses the thresholds of the word rules (``GRID``) by K-fold cross-validation on
the word list and reports the held-out figure (the one that counts; the thresholds are never
chosen on the items they are scored on).

The data is read from ../shared/data/amsterdam-simplification at run time.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "amsterdam-simplification"
WORD_CATEGORIES = {"jargon", "difficult-word", "long-word", "abbreviation", "vague"}
WEIGHT = {"error": 3, "warning": 2, "suggestion": 1}
WORD = re.compile(r"\w+", re.UNICODE)


def weighted(report) -> int:
    return sum(WEIGHT[f.severity.value] for f in report.findings)


def analyse_texts(texts, config=None):
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import text_document

    config = config or Config()
    docs = [text_document(t, None, config.placeholders) for t in texts]
    return list(analyse(docs, config))


def pair_rows(data: Path) -> list[dict]:
    """The (Complex, Simple) sentence pairs of the dev half where the editors changed something."""
    with (data / "complex-simple-dev.csv").open(encoding="utf-8") as handle:
        return [r for r in csv.DictReader(handle) if r["Complex"].strip() != r["Simple"].strip()]


def lexical_rows(data: Path) -> list[tuple[str, str]]:
    """(sentence, gold difficult word) rows of the dev half."""
    rows = []
    with (data / "lexical-dev.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0].strip():
                rows.append((cols[0], cols[1].strip()))
    return rows


def pairs_score(data: Path) -> dict:
    rows = pair_rows(data)
    complex_reports = analyse_texts([r["Complex"] for r in rows])
    simple_reports = analyse_texts([r["Simple"] for r in rows])

    def share(pairs):
        pairs = list(pairs)
        wins = sum(a > b for a, b in pairs)
        ties = sum(a == b for a, b in pairs)
        return (wins + ties / 2) / len(pairs), wins / len(pairs)

    ours, ours_strict = share((weighted(c), weighted(s)) for c, s in zip(complex_reports, simple_reports))
    base, base_strict = share(
        (words_per_sentence(r["Complex"]), words_per_sentence(r["Simple"])) for r in rows
    )
    return {"pairs": len(rows), "duidelijk": ours, "duidelijk_strict": ours_strict,
            "baseline_words_per_sentence": base, "baseline_strict": base_strict}


SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


def words_per_sentence(text: str) -> float:
    sentences = [s for s in SENTENCE_END.split(text) if WORD.search(s)] or [text]
    return len(WORD.findall(text)) / len(sentences)


def lexical_score(data: Path) -> dict:
    from wordfreq import zipf_frequency

    rows = lexical_rows(data)
    items = lexical_items(rows, analyse_texts([s for s, _ in rows]))
    hits = sum(h for h, _ in items)
    others = sum(o for _, o in items)
    base_hits = base_others = 0
    for sentence, word in rows:
        words = WORD.findall(sentence)
        flagged = {w for w in words if not w.isdigit() and zipf_frequency(w.lower(), "nl") < 4}
        base_hits += word in flagged
        base_others += len(flagged - {word})
    n = len(rows)
    return {
        "sentences": n,
        "duidelijk_recall": hits / n,
        "duidelijk_other_flags": others / n,
        "baseline_recall": base_hits / n,
        "baseline_other_flags": base_others / n,
    }


# Thresholds of the word rules tried by --cv (every combination); the defaults are among them.
GRID = {
    ("DD104", "min_zipf"): (3.3, 3.5, 3.7, 3.9),
    ("DD104", "loan_zipf"): (3.8, 4.0, 4.2, 4.4),
    ("DD105", "familiar_zipf"): (3.0, 3.3, 3.6),
}
MAX_OTHER_FLAGS = 1.0  # the target: at most this many other flags per sentence


def lexical_items(rows, reports) -> list[tuple[bool, int]]:
    """(gold word flagged, other flags) per (sentence, word) row."""
    out = []
    for (sentence, word), report in zip(rows, reports):
        at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)]
        spans = sorted({(f.start, f.end) for f in report.findings if f.category in WORD_CATEGORIES})
        out.append((any(s <= a < e for a in at for s, e in spans),
                    sum(1 for s, e in spans if not any(s <= a < e for a in at))))
    return out


def choose(results: dict, idx) -> tuple:
    """The setting with the highest recall at most MAX_OTHER_FLAGS other flags per sentence on
    the items ``idx`` (fewer other flags on a tie); if none keeps to that, the fewest flags."""
    def figures(setting):
        items = [results[setting][i] for i in idx]
        return sum(h for h, _ in items) / len(items), sum(o for _, o in items) / len(items)

    ok = [s for s in results if figures(s)[1] <= MAX_OTHER_FLAGS]
    if ok:
        return max(ok, key=lambda s: (figures(s)[0], -figures(s)[1]))
    return min(results, key=lambda s: figures(s)[1])


def lexical_cv(data: Path, k: int) -> dict:
    """Choose the word-rule thresholds by k-fold cross-validation on the word list: on each
    training part the best setting (``choose``), scored on the held-out part. Sentences that
    occur more than once stay in one fold."""
    import itertools

    from duidelijk.config import Config

    rows = lexical_rows(data)
    keys = list(GRID)
    results = {}
    for values in itertools.product(*GRID.values()):
        rules: dict = {}
        for (code, option), value in zip(keys, values):
            rules.setdefault(code, {})[option] = value
        results[values] = lexical_items(rows, analyse_texts([s for s, _ in rows], Config(rules=rules)))
    sentences = sorted({s for s, _ in rows})
    fold_of = {s: i % k for i, s in enumerate(sentences)}
    hits = others = 0
    chosen = []
    for fold in range(k):
        train = [i for i, (s, _) in enumerate(rows) if fold_of[s] != fold]
        test = [i for i, (s, _) in enumerate(rows) if fold_of[s] == fold]
        setting = choose(results, train)
        chosen.append(dict(zip([f"{c}.{o}" for c, o in keys], setting)))
        hits += sum(results[setting][i][0] for i in test)
        others += sum(results[setting][i][1] for i in test)
    final = choose(results, range(len(rows)))
    n = len(rows)
    return {"folds": k, "cv_recall": hits / n, "cv_other_flags": others / n, "chosen_per_fold": chosen,
            "chosen_on_all": dict(zip([f"{c}.{o}" for c, o in keys], final)),
            "in_sample_recall": sum(h for h, _ in results[final]) / n,
            "in_sample_other_flags": sum(o for _, o in results[final]) / n}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--cv", type=int, metavar="K",
                        help="also choose the word-rule thresholds by K-fold cross-validation on the word list")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2
    result = {"pairs": pairs_score(args.data), "words": lexical_score(args.data)}
    p, w = result["pairs"], result["words"]
    print(f"pairs judged harder: duidelijk {p['duidelijk']:.3f} (strict {p['duidelijk_strict']:.3f}), "
          f"baseline words/sentence {p['baseline_words_per_sentence']:.3f} (strict {p['baseline_strict']:.3f}) (n={p['pairs']})")
    print(f"difficult words: duidelijk recall {w['duidelijk_recall']:.3f} at {w['duidelijk_other_flags']:.2f} other flags/sentence; "
          f"baseline Zipf<4 recall {w['baseline_recall']:.3f} at {w['baseline_other_flags']:.2f} (n={w['sentences']})")
    if args.cv:
        cv = result["words_cv"] = lexical_cv(args.data, args.cv)
        print(f"difficult words, thresholds chosen by {cv['folds']}-fold CV: held-out recall {cv['cv_recall']:.3f} "
              f"at {cv['cv_other_flags']:.2f} other flags/sentence; chosen on all items: {cv['chosen_on_all']} "
              f"(in-sample {cv['in_sample_recall']:.3f} at {cv['in_sample_other_flags']:.2f})")
        for i, setting in enumerate(cv["chosen_per_fold"]):
            print(f"  fold {i}: {setting}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
