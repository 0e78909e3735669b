"""One difficulty score per sentence and per text, 0-100 (higher is harder).

The score is a small logistic model over features that the metrics and the rules already
compute: the LiNT-II features of the sentence (word frequency, longest dependency, content
words per clause, share of abstract nouns), its length in words and syllables, how many of
its content words are rare (the LiNT-II frequencies), and the findings of the rules in it
(passive, nominal style, split constructions, officialese, difficult and long words, ...).
Those findings do not depend on the rules a user chooses: a rule the score reads that is off
(by default, like DD106, or by the settings) still runs, for the score only
(``analysis.score_rules``), so turning a rule on or off never changes a score.

The weights are fitted on the editors' sentence pairs of the Amsterdam development half
(``benchmarks/difficulty_fit.py``): for a pair, the chance that the original is the harder
one is ``sigmoid(w . (x_original - x_simplified))``. Only the fitted numbers are shipped
(``duidelijk/difficulty.json``, with how they were made), never the text.

A sentence scores ``100 * sigmoid(b + w . z / t)``, with ``z`` the features standardised by
the mean and spread of the dev sentences; ``b`` and ``t`` put the median dev sentence (before
or after editing) at 50 and 95 % of them between 5 and 95. A text scores the same with the
word-weighted mean of its sentences' ``w . z``. The order of two scores is the model's
judgement of which is harder; ``b`` and ``t`` do not change it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "difficulty.json"
RARE_FREQUENCY = 3.0  # LiNT-II frequency (SUBTLEX-like Zipf) below which a content word is rare
FAMILIAR = 5.5  # "unfamiliar": how far each word (form or lemma) lies below this frequency
RARITY_FROM = 4.5  # "rarity": how far each content word lies below this frequency, summed
# Rule categories counted per sentence (a finding counts in the sentence where it starts).
FINDING_FEATURES = {
    "passive": "passive",
    "nominalisation": "nominal",
    "tang": "split",
    "lead-in": "lead_in",
    "jargon": "jargon",
    "difficult-word": "difficult_words",
    "long-word": "long_words",
    "abbreviation": "abbreviations",
    "negation": "negation",
}
FEATURES = (
    "words", "long_sentence", "syllables_per_word", "low_frequency", "rare_words", "rarity",
    "rarest_word", "dependency_length", "content_per_clause", "abstract_nouns", "asides",
    "clauses", "unfamiliar", "unfamiliar_share", *FINDING_FEATURES.values(),
)
ASIDES = frozenset("();:/[]")
LONG_SENTENCE = 15  # words beyond this count again


@dataclass(frozen=True)
class Model:
    features: tuple[str, ...]
    mean: dict[str, float]
    scale: dict[str, float]
    weights: dict[str, float]
    intercept: float
    temperature: float  # spreads the scale: most sentences of the dev half lie in 5-95
    fill: dict[str, float]  # the value of a feature LiNT-II cannot compute (no verb, ...)

    @cached_property
    def _terms(self) -> tuple[tuple[str, float, float, float, float], ...]:
        """(name, weight, mean, scale, value when missing) of each feature, looked up once."""
        return tuple((name, self.weights[name], self.mean[name], self.scale[name],
                      self.fill.get(name, self.mean[name])) for name in self.features)

    def linear(self, feats: dict[str, float | None]) -> float:
        return self.linear_from(feats, 0, (0.0,))

    def partial_sums(self, feats: dict[str, float | None]) -> list[float]:
        """``linear(feats)`` term by term: element k is the sum of the first k terms, in the
        order ``linear`` adds them (so the last element is ``linear(feats)``, to the bit)."""
        total = 0.0
        out = [total]
        for name, weight, mean, scale, missing in self._terms:
            value = feats.get(name)
            if value is None:
                value = missing
            total += weight * (value - mean) / scale
            out.append(total)
        return out

    def linear_from(self, feats: dict[str, float | None], start: int, partial) -> float:
        """``linear(feats)`` for features whose first ``start`` terms equal those of the
        features ``partial`` was made of (``partial_sums``): the sum goes on from there, in
        the same order, so the result is the same to the bit."""
        return self._sum_on(feats, start, partial[start])

    def _sum_on(self, feats: dict[str, float | None], start: int, total: float) -> float:
        """``total`` plus the terms of ``feats`` from term ``start`` on, added in order."""
        for name, weight, mean, scale, missing in self._terms[start:]:
            value = feats.get(name)
            if value is None:
                value = missing
            total += weight * (value - mean) / scale
        return total

    def fixed_linear(self, feats: dict[str, float | None], category: str, partial) -> float:
        """``linear_from(_fixed(feats, category), first_changed(category), partial)`` for a
        category ``_fixed`` knows, without the copy of ``feats`` that ``_fixed`` makes: the
        changed features' values as ``_changes`` gives them, the others read from ``feats``,
        term by term in the same order (so the same number, to the bit)."""
        start = self.first_changed(category)
        terms = self._terms
        if category in FINDING_FEATURES and start < len(terms):
            # one count changes, and it is the first term that changes: its term with the
            # count one lower (``_one_fewer``, as ``_changes``), then the later terms as they were
            name, weight, mean, scale, _ = terms[start]
            return self._sum_on(feats, start + 1, partial[start] + weight * (_one_fewer(feats, name) - mean) / scale)
        changes = _changes(feats, category)
        total = partial[start]
        for name, weight, mean, scale, missing in terms[start:]:
            value = changes.get(name)  # (never None for a changed feature)
            if value is None:
                value = feats.get(name)
                if value is None:
                    value = missing
            total += weight * (value - mean) / scale
        return total

    def first_changed(self, category: str) -> int:
        """The first term of ``linear`` that fixing a finding of ``category`` (``_fixed``) can
        change: the terms before it stay as they were (``len(features)`` when none changes; 0
        for a category ``_fixed`` does not know, whose effect is unknown)."""
        found = self._first_changed.get(category)
        if found is None:
            names = _CHANGED.get(category)
            if names is None:
                return 0
            found = self._first_changed[category] = min(
                (k for k, name in enumerate(self.features) if name in names), default=len(self.features))
        return found

    @cached_property
    def _first_changed(self) -> dict[str, int]:
        return {}

    def score(self, linear: float) -> float:
        x = self.intercept + linear / self.temperature
        return 100.0 / (1.0 + math.exp(-max(-700.0, min(700.0, x))))


@cache
def model(path: Path = MODEL_FILE) -> Model:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(
        features=tuple(data["features"]),
        mean=data["mean"],
        scale=data["scale"],
        weights=data["weights"],
        intercept=data["intercept"],
        temperature=data.get("temperature", 1.0),
        fill=data.get("fill", {}),
    )


def sentence_features(words: int, syllables: int, lint, frequencies: Sequence[float],
                      categories: Iterable[str], tokens: Iterable = (),
                      skip=None) -> dict[str, float | None]:
    """The model's features of one sentence, from what the metrics and rules computed.

    ``lint`` is the sentence's ``LintScore``, ``frequencies`` the LiNT-II frequencies of its
    content words, ``categories`` the categories of the findings that start in it, ``tokens``
    its spaCy tokens (for the familiarity of every word, brackets, colons and commas) and
    ``skip`` the test for tokens such as placeholders that are not words.
    """
    tokens = list(tokens)
    gaps = [_gap(t.lower_, t.lemma_) for t in tokens
            if t.is_alpha and t.pos_ != "PROPN" and not (skip is not None and skip(t))]
    return _features(words, syllables, lint, frequencies, categories, [t.text for t in tokens], gaps)


# ``duidelijk.metrics``, which imports this module: bound at the first ``span_features`` and read
# at call time (an import statement there cost about 1.3 us at each of ~3,200 sentences a pass)
_metrics = None


def span_features(words: int, syllables: int, lint, frequencies: Sequence[float],
                  categories: Iterable[str], span, skipped: Collection[int] = ()) -> dict[str, float | None]:
    """``sentence_features`` of the sentence ``span``, read from the Doc's token table
    (``duidelijk.metrics.token_table``: the facts of each distinct word worked out once);
    ``skipped`` holds the indexes of the tokens that are not words (placeholders)."""
    global _metrics
    if _metrics is None:
        from duidelijk import metrics as _metrics
    table = _metrics.token_table(span.doc)
    start, end = span.start, span.end
    sums = table.sums()
    if isinstance(skipped, frozenset) and skipped:  # placeholder_tokens: one set per text
        gaps = [g for g in table.without(skipped)[1][start:end] if g is not None]
    elif skipped:
        gaps = [g for i, g in enumerate(sums.gaps[start:end], start) if g is not None and i not in skipped]
    else:
        gaps = [g for g in sums.gaps[start:end] if g is not None]  # _gap, kept in the facts
    return _features(words, syllables, lint, frequencies, categories, table.texts[start:end], gaps)


def _features(words: int, syllables: int, lint, frequencies: Sequence[float],
              categories: Iterable[str], texts: list[str], gaps: Sequence[float]) -> dict[str, float | None]:
    """The model's features; ``texts``: the sentence's token texts, for its brackets, colons
    and the like (``ASIDES``) and its commas (counted in C, no Python code per token)."""
    return feature_dict(
        words, syllables, lint,
        sum(1 for f in frequencies if f < RARE_FREQUENCY),
        sum(max(0.0, RARITY_FROM - f) for f in frequencies),
        min(frequencies) if frequencies else None,
        sum(map(ASIDES.__contains__, texts)), texts.count(","), sum(gaps), len(gaps), categories)


def feature_dict(words: int, syllables: int, lint, rare: int, rarity: float, rarest: float | None,
                 asides: int, commas: int, unfamiliar: float, familiar_words: int,
                 categories: Iterable[str]) -> dict[str, float | None]:
    """The model's features of a sentence from its counts and sums: ``rare`` content words
    below ``RARE_FREQUENCY``, their ``rarity`` (the sum, in their order, of how far each lies
    below ``RARITY_FROM``), the ``rarest`` frequency (None without content words), the
    ``asides`` and ``commas``, the sum of the familiarity gaps (``unfamiliar``) of its
    ``familiar_words`` words, and the categories of its findings (``_features`` works them
    out from the sentence's lists; ``metrics_report.text_metrics`` from a text's columns)."""
    counts = dict.fromkeys(FINDING_FEATURES.values(), 0.0)
    for category in categories:
        if category in FINDING_FEATURES:
            counts[FINDING_FEATURES[category]] += 1
    concrete = lint.proportion_concrete
    return {
        "words": float(words),
        "long_sentence": float(max(0, words - LONG_SENTENCE)),
        "syllables_per_word": syllables / words if words else None,
        "low_frequency": -lint.word_frequency if lint.word_frequency is not None else None,
        "rare_words": float(rare),
        "rarity": rarity,
        "rarest_word": -rarest if rarest is not None else None,
        "dependency_length": lint.max_dependency_length,
        "content_per_clause": lint.content_words_per_clause,
        "abstract_nouns": 1.0 - concrete if concrete is not None else None,
        "asides": float(asides),
        "clauses": float(commas),
        "unfamiliar": unfamiliar,
        "unfamiliar_share": unfamiliar / familiar_words if familiar_words else None,
        **counts,
    }


@lru_cache(maxsize=100_000)
def _gap(form: str, lemma: str) -> float:
    """How far a word (its form or lemma, whichever is more familiar) lies below FAMILIAR."""
    from duidelijk.metrics import word_frequency

    return max(0.0, FAMILIAR - max(word_frequency(form), word_frequency(lemma.lower())))


def sentence_score(feats: dict[str, float | None]) -> float:
    """0-100 difficulty of one sentence."""
    m = model()
    return m.score(m.linear(feats))


def text_score(sentences: Sequence[tuple[dict[str, float | None], int]]) -> float | None:
    """0-100 difficulty of a text: its sentences (features, words), weighted by words."""
    total = sum(w for _, w in sentences)
    if not total:
        return None
    m = model()
    return m.score(sum(m.linear(f) * w for f, w in sentences) / total)


def scores(sentences: Sequence[tuple[dict[str, float | None], int]],
           sums: list | None = None) -> tuple[list[float], float | None]:
    """``sentence_score`` of each sentence (features, words) and the ``text_score`` of them
    all, with the model's sum worked out once per sentence. (One ``Model.linear`` per sentence:
    numpy over a letter's dozen sentences at once took twice as long.)

    ``sums``: a list that gets each sentence's ``Model.partial_sums`` (whose last element is
    its ``linear``, to the bit), for ``gains`` to go on from: the grouping then does not add
    up the sentences with findings a second time."""
    m = model()
    if sums is None:
        linears = [m.linear(f) for f, _ in sentences]
    else:
        sums.extend(m.partial_sums(f) for f, _ in sentences)
        linears = [partial[-1] for partial in sums[len(sums) - len(sentences):]]
    total = sum(w for _, w in sentences)
    text = m.score(sum(x * w for x, (_, w) in zip(linears, sentences)) / total) if total else None
    return [m.score(x) for x in linears], text


def gain(feats: dict[str, float | None], category: str, before: float | None = None) -> float:
    """How much fixing one finding of ``category`` lowers the sentence's difficulty.

    In the model's own units (the logit before the 0-100 scale, so that a sentence already
    near 100 still ranks its fixes): a word or construction finding lowers its own count by
    one; a long sentence is taken back to ``LONG_SENTENCE`` words. Categories the model
    does not read give 0. ``before``: ``linear(feats)``, when the caller has it already.
    """
    after = _fixed(feats, category)
    if after is None:
        return 0.0
    m = model()
    if before is None:
        before = m.linear(feats)
    return max(0.0, (before - m.linear(after)) / m.temperature)


# the features that fixing one finding of a category changes (``_fixed``, ``first_changed``):
# its count, or a long sentence's length
_CHANGED = {**{category: (name,) for category, name in FINDING_FEATURES.items()},
            "sentence-length": ("words", "long_sentence")}


def _changes(feats: dict[str, float | None], category: str) -> dict[str, float] | None:
    """The features that fixing one finding of ``category`` changes (``_CHANGED``), with their
    values after the fix (see ``gain``); None for a category the model does not read."""
    names = _CHANGED.get(category)
    if names is None:
        return None
    if category == "sentence-length":
        return {"words": min(feats.get("words") or 0.0, float(LONG_SENTENCE)), "long_sentence": 0.0}
    (name,) = names
    return {name: _one_fewer(feats, name)}


def _one_fewer(feats: dict[str, float | None], name: str) -> float:
    """The count ``name`` of ``feats`` after one finding is fixed: one lower, not below 0."""
    return max(0.0, (feats.get(name) or 0.0) - 1)


def _fixed(feats: dict[str, float | None], category: str) -> dict[str, float | None] | None:
    """The features after one finding of ``category`` is fixed (see ``gain``); None for a
    category the model does not read."""
    changes = _changes(feats, category)
    return None if changes is None else {**feats, **changes}


def gains(features: Sequence[dict[str, float | None]], asked: Iterable[tuple[int, str]],
          sums: Sequence[list[float]] | None = None) -> dict[tuple[int, str], float]:
    """``gain(features[n], category)`` for each distinct (n, category) of ``asked``, with the
    model's sum of each sentence worked out once (the grouping asks one per finding, and
    some findings share a sentence and a kind). ``sums``: the sentences' ``Model.partial_sums``
    when the caller has them (``scores``)."""
    m = model()
    before: dict[int, list[float]] = {}  # per sentence: its partial sums (the last one is linear)
    out: dict[tuple[int, str], float] = {}
    for n, category in asked:
        if (n, category) in out:
            continue
        if category not in _CHANGED:
            out[n, category] = 0.0
            continue
        if sums is not None:
            partial = sums[n]
        else:
            partial = before.get(n)
            if partial is None:
                partial = before[n] = m.partial_sums(features[n])
        # the fixed sentence's sum goes on from the first term the fix changes (the findings'
        # counts are the model's last terms): the same number as m.linear(_fixed(...)), in fewer steps
        fixed = m.fixed_linear(features[n], category, partial)
        out[n, category] = max(0.0, (partial[-1] - fixed) / m.temperature)
    return out
