"""Per-text and per-sentence figures, and the B1 verdict with its main reasons."""

from __future__ import annotations

from duidelijk import difficulty
from duidelijk.findings import Finding, Severity
from duidelijk.metrics import count_syllables, flesch_douma, lint_sentence, lint_text, sentence_features
from duidelijk.rules.base import Context

# Limits for the B1 verdict (Direct Duidelijk: short sentences, common words, active voice).
B1_LIMITS = {
    "mean_sentence_length": 15.0,
    "long_sentence_share": 0.2,
    "passive_share": 0.2,
    "difficult_word_share": 0.04,
    "lint_level": 2,
}


def text_metrics(ctx: Context, findings: list[Finding]) -> tuple[dict, list[dict], dict]:
    with_words = [(s, w) for s in ctx.prose_sentences if (w := ctx.words(s))]
    sents = [s for s, _ in with_words]
    skip = ctx.is_placeholder
    per_sentence = []
    features = []  # each sentence is read once for its own score and the text's
    total_words = total_syll = 0
    starts = sorted((f.start, f.category) for f in findings)
    for sent, words in with_words:
        syllables = sum(1 if skip(t) else count_syllables(t.text) for t in words)
        total_words += len(words)
        total_syll += syllables
        features.append(sentence_features(sent, skip))
        lint = lint_sentence(sent, skip=skip, features=features[-1])
        start, end = ctx.bounds(sent)
        start, end = ctx.document.source_span(start, end)
        feats = difficulty.sentence_features(
            len(words), syllables, lint, features[-1].frequencies,
            [c for at, c in starts if start <= at < end], sent, skip,
        )
        per_sentence.append(
            {
                "start": start,
                "end": end,
                "words": len(words),
                "lint_score": _round(lint.score),
                "lint_level": lint.level,
                "difficulty": _round(difficulty.sentence_score(feats)),
                "features": feats,  # taken out by analysis.analyse (not in the JSON)
            }
        )
    n_sent = len(sents)
    lint = lint_text(sents, skip=skip, features=features) if sents else None
    by_cat: dict[str, int] = {}
    passive_sents = set()
    for f in findings:
        by_cat[f.category] = by_cat.get(f.category, 0) + 1
        if f.category == "passive":
            passive_sents.add(next((i for i, s in enumerate(per_sentence) if s["start"] <= f.start < s["end"]), -1))
    long_sents = sum(1 for s in per_sentence if s["words"] > 20)
    metrics = {
        "words": total_words,
        "sentences": n_sent,
        "mean_sentence_length": round(total_words / n_sent, 1) if n_sent else 0.0,
        "long_sentence_share": round(long_sents / n_sent, 3) if n_sent else 0.0,
        "passive_share": round(len(passive_sents) / n_sent, 3) if n_sent else 0.0,
        "difficult_word_share": round(by_cat.get("difficult-word", 0) / total_words, 3) if total_words else 0.0,
        "flesch_douma": round(flesch_douma(total_words, n_sent, total_syll), 1),
        "lint_score": _round(lint.score) if lint else None,
        "lint_level": lint.level if lint else None,
        "difficulty": _round(difficulty.text_score([(s["features"], s["words"]) for s in per_sentence])),
    }
    verdict = b1_verdict(metrics, findings)
    metrics["b1"] = verdict["b1"]
    return metrics, per_sentence, verdict


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def b1_verdict(metrics: dict, findings: list[Finding]) -> dict:
    """Does the text fit level B1? With the two or three reasons that weigh most."""
    if not metrics["sentences"]:
        return {"b1": None, "text": "Er is geen tekst om te beoordelen.", "reasons": []}
    reasons: list[tuple[float, str]] = []
    lim = B1_LIMITS
    level = metrics.get("lint_level")
    if level and level > lim["lint_level"]:
        reasons.append((level - lim["lint_level"] + 0.5, f"De tekst heeft LiNT-niveau {level}. Voor B1 is niveau 1 of 2 goed."))
    mean = metrics["mean_sentence_length"]
    if mean > lim["mean_sentence_length"]:
        reasons.append(((mean - 15) / 5, f"De zinnen zijn gemiddeld {mean:g} woorden lang. Voor B1 is 15 woorden of minder goed."))
    share = metrics["long_sentence_share"]
    if share > lim["long_sentence_share"]:
        reasons.append((share * 3, f"{round(share * 100)} procent van de zinnen heeft meer dan 20 woorden."))
    share = metrics["difficult_word_share"]
    if share > lim["difficult_word_share"]:
        reasons.append((share * 25, f"{round(share * 100)} procent van de woorden is moeilijk."))
    share = metrics["passive_share"]
    if share > lim["passive_share"]:
        reasons.append((share * 2, f"{round(share * 100)} procent van de zinnen is in de lijdende vorm."))
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    if errors:
        found = "Er is 1 ernstig punt gevonden." if errors == 1 else f"Er zijn {errors} ernstige punten gevonden."
        reasons.append((1.0 + errors / 3, found))
    jargon = sum(1 for f in findings if f.category == "jargon")
    if jargon >= 3:
        reasons.append((jargon / 5, f"De tekst heeft {jargon} ambtelijke woorden."))
    reasons.sort(key=lambda r: -r[0])
    b1 = not reasons
    text = "Deze tekst past bij taalniveau B1." if b1 else "Deze tekst is moeilijker dan taalniveau B1."
    return {"b1": b1, "text": text, "reasons": [r[1] for r in reasons[:3]]}
