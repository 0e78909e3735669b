"""The metrics read from running counts and the difficulty model's sums for all sentences at
once (issue 14) give the numbers of the old per-token loops, to the last bit, on real texts."""

from collections import Counter
from pathlib import Path

import pytest

from duidelijk import difficulty, metrics, metrics_report
from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.metrics import _Features, token_table
from duidelijk.readers import ReadError, read_path, text_document

from conftest import SHARED

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LETTERS = SHARED / "letters"


# --- the old path, as it was before the running counts ----------------------------------

def _old_range_features(table, start, end, skipped=None):
    content, finite, frequency, noun = table.content()
    if skipped:
        freqs = [f for i, f in enumerate(frequency[start:end], start) if f is not None and i not in skipped]
    else:
        freqs = [f for f in frequency[start:end] if f is not None]
    lengths = [n for n, p in zip(table.dependency_lengths()[start:end], table.is_punct[start:end]) if not p]
    return _Features(
        frequencies=freqs,
        max_sdl=max(lengths) if len(lengths) >= 2 else None,
        content_words=sum(content[start:end]),
        finite_verbs=sum(finite[start:end]),
        nouns=Counter(n for n in noun[start:end] if n is not None),
    )


def _old_span_features(words, syllables, lint, frequencies, categories, span, skipped=()):
    table = token_table(span.doc)
    facts = table.facts
    gaps = [f.gap for i in range(span.start, span.end) if (f := facts[i]).gap is not None and i not in skipped]
    return difficulty._features(words, syllables, lint, frequencies, categories,
                                table.texts[span.start:span.end], gaps)


def _old_float_mean(values):
    ratios = [(v.as_integer_ratio(), k) for v, k in Counter(values).items()]
    den = max(d for (_, d), _ in ratios)
    return sum(n * k * (den // d) for (n, d), k in ratios) / (den * len(values))


def _old_lint_text(sents, skip=None, features=None):
    import statistics

    feats = features
    freqs = [x for f in feats for x in f.frequencies]
    sdls = [f.max_sdl for f in feats if f.max_sdl is not None]
    cwpc = [f.content_words / f.finite_verbs for f in feats if f.finite_verbs]
    return metrics.lint_from_features(
        _old_float_mean(freqs) if freqs else None,
        statistics.mean(sdls) if sdls else None,
        _old_float_mean(cwpc) if cwpc else None,
        metrics._proportion_concrete(sum((f.nouns for f in feats), Counter())),
        sentences=len(feats),
    )


def _old_linear(feats):
    m = difficulty.model()
    total = 0.0
    for name in m.features:
        value = feats.get(name)
        if value is None:
            value = m.fill.get(name, m.mean[name])
        total += m.weights[name] * (value - m.mean[name]) / m.scale[name]
    return total


def _old_scores(sentences):
    m = difficulty.model()
    total = sum(w for _, w in sentences)
    text = m.score(sum(_old_linear(f) * w for f, w in sentences) / total) if total else None
    return [m.score(_old_linear(f)) for f, _ in sentences], text


def _old_text_metrics(ctx, findings, hidden=()):
    """``metrics_report.text_metrics`` as it was before its per-text columns (issue 14,
    nineteenth session): range_features, lint_sentence and span_features per sentence."""
    import bisect

    table = token_table(ctx.doc)
    skipped = metrics_report.placeholder_tokens(ctx, table)
    syllables_of = table.syllables
    per_sentence, features, sents = [], [], []
    total_words = total_syll = 0
    starts = sorted((f.start, f.category) for f in (*findings, *hidden) if f.scored)
    at_list = [at for at, _ in starts]
    for sent, _, words in metrics_report.sentence_words(ctx):
        lo, hi = sent.start, sent.end
        if not words:
            continue
        sents.append(sent)
        syllables = sum(1 if i in skipped else syllables_of[i] for i in words)
        total_words += len(words)
        total_syll += syllables
        features.append(_old_range_features(table, lo, hi, skipped))
        f = features[-1]
        lint = metrics.lint_from_features(
            _old_float_mean(f.frequencies) if f.frequencies else None, f.max_sdl,
            f.content_words / f.finite_verbs if f.finite_verbs else None, metrics._proportion_concrete(f.nouns))
        start, end = ctx.document.source_span(*metrics_report.span_bounds(table, lo, hi))
        feats = _old_span_features(
            len(words), syllables, lint, f.frequencies,
            [c for _, c in starts[bisect.bisect_left(at_list, start):bisect.bisect_left(at_list, end)]],
            sent, skipped)
        per_sentence.append({"start": start, "end": end, "words": len(words),
                             "lint_score": metrics_report._round(lint.score), "lint_level": lint.level,
                             "difficulty": None, "features": feats})
    n_sent = len(sents)
    sentence_scores, text_score = _old_scores([(s["features"], s["words"]) for s in per_sentence])
    for s, score in zip(per_sentence, sentence_scores):
        s["difficulty"] = metrics_report._round(score)
    lint = _old_lint_text(sents, features=features) if sents else None
    by_cat, passive_sents = {}, set()
    for f in findings:
        by_cat[f.category] = by_cat.get(f.category, 0) + 1
        if f.category == "passive":
            passive_sents.add(next((i for i, s in enumerate(per_sentence) if s["start"] <= f.start < s["end"]), -1))
    long_sents = sum(1 for s in per_sentence if s["words"] > 20)
    result = {
        "words": total_words,
        "sentences": n_sent,
        "mean_sentence_length": round(total_words / n_sent, 1) if n_sent else 0.0,
        "long_sentence_share": round(long_sents / n_sent, 3) if n_sent else 0.0,
        "passive_share": round(len(passive_sents) / n_sent, 3) if n_sent else 0.0,
        "difficult_word_share": round(by_cat.get("difficult-word", 0) / total_words, 3) if total_words else 0.0,
        "flesch_douma": round(metrics.flesch_douma(total_words, n_sent, total_syll), 1),
        "lint_score": metrics_report._round(lint.score) if lint else None,
        "lint_level": lint.level if lint else None,
        "difficulty": metrics_report._round(text_score),
    }
    cover = metrics_report.coverage(ctx, total_words, table, skipped)
    verdict = metrics_report.b1_verdict(result, findings, cover)
    result["b1"] = verdict["b1"]
    return result, per_sentence, verdict, cover


def _exact(reports):
    """The reports with every float as its exact bits (``float.hex``) and every number's
    type kept: 0 and 0.0 differ."""
    import json

    def bits(value):
        if isinstance(value, float):
            return ["float", value.hex()]
        if isinstance(value, dict):
            return {k: bits(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [bits(v) for v in value]
        return value

    return [json.dumps(bits(report), sort_keys=True, default=str) for report in reports]


def _differ(new, old) -> list[int]:
    """The reports that differ (a short list for pytest to show, not two long texts)."""
    assert len(new) == len(old)
    return [k for k, (a, b) in enumerate(zip(_exact(new), _exact(old))) if a != b]


# --- real texts ---------------------------------------------------------------------------

def _documents(config):
    docs = [read_path(p, language_check=False) for p in sorted(EXAMPLES.glob("*.txt"))]
    docs.append(text_document((EXAMPLES / "template-brief.md").read_text(encoding="utf-8"), None,
                              config.placeholders))  # placeholders: tokens without a frequency
    if LETTERS.is_dir():
        for path in sorted(LETTERS.rglob("*.txt"))[:60]:
            try:
                docs.append(read_path(path, language_check=False))
            except ReadError:
                continue
    return docs


def _reports(nlp, config, docs):
    return [(r.metrics, r.sentences, r.sentence_features, r.verdict, r.groups)
            for r in analyse(docs, config, nlp)]


def test_metrics_are_those_of_the_old_loops_on_real_texts(nlp, monkeypatch):
    config = Config()
    docs = _documents(config)
    new = _reports(nlp, config, docs)
    # many sentences, with scores (the example letters alone have 134; ../shared adds more)
    assert sum(len(m[1]) for m in new) > (200 if LETTERS.is_dir() else 100)
    assert any(m[0]["difficulty"] is not None and m[0]["lint_score"] is not None for m in new)
    assert any(any(f["rarity"] == 0 and type(f["rarity"]) is int for f in m[2]) for m in new)  # sum() of nothing
    monkeypatch.setattr(metrics_report, "text_metrics", _old_text_metrics)
    old = _reports(nlp, config, docs)
    assert _differ(new, old) == []


def test_sentence_columns_fall_back_on_odd_frequencies(nlp, monkeypatch):
    """A frequency the whole-number sums cannot hold (``_ODD``) takes the sentence and the
    text the way of ``metrics._float_mean``: the same numbers."""
    config = Config()
    docs = _documents(config)[:4]
    new = _reports(nlp, config, docs)

    def odd(fact, source):
        return (*metrics_report._fact_counts(fact, source)[:-1], int(fact.frequency is not None))

    monkeypatch.setattr(metrics_report, "_COUNTS", metrics.FactColumn(odd, dtype="int64", width=14))
    assert _differ(_reports(nlp, config, docs), new) == []


def test_fact_counts_hold_a_frequency_as_a_whole_number():
    class Fact:
        content = finite = True
        noun, lower, gap = "c", "huis", 0.5

    for frequency in (1.359228547196266, 2.0, 3.999, 4.5, 7.25, 511.9):
        fact = Fact()
        fact.frequency = frequency
        row = metrics_report._fact_counts(fact, None)
        assert metrics_report._fact_counts(fact, None) == row  # again: the same (kept per frequency)
        assert not row[metrics_report._ODD]
        whole = (row[metrics_report._HIGH] << 27) + row[metrics_report._LOW]
        assert whole / 2 ** metrics_report._SCALE == frequency
    for frequency in (0.25, 1500.0, float("inf")):
        fact = Fact()
        fact.frequency = frequency
        assert metrics_report._fact_counts(fact, None)[metrics_report._ODD] == 1


def test_range_features_match_the_old_loop_on_every_sentence(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    seen = 0
    for doc in nlp.pipe(texts):
        table = token_table(doc)
        for lo, hi in table.sent_bounds:
            skipped = frozenset(range(lo, hi, 3))  # as placeholders would
            for skip in (None, skipped):
                new = metrics.range_features(table, lo, hi, skip)
                assert new == _old_range_features(table, lo, hi, skip)
            seen += 1
        # a part of a sentence, and a range with one word (no longest dependency)
        assert metrics.range_features(table, 0, 1).max_sdl is None
        assert metrics.range_features(table, 1, 9) == _old_range_features(table, 1, 9)
    assert seen > 50


def test_skipped_tokens_lose_their_frequency(nlp):
    doc = nlp("De gemeente verstuurt morgen een aanslag voor de afvalstoffenheffing.")
    table = token_table(doc)
    whole = metrics.range_features(table, 0, len(doc))
    skipped = metrics.range_features(table, 0, len(doc), frozenset(range(len(doc))))
    assert whole.frequencies and not skipped.frequencies
    assert whole.content_words == skipped.content_words > 0


def test_linear_is_the_old_sum_to_the_last_bit(nlp, check):
    rows = check((EXAMPLES / "wmo-besluit.txt").read_text(encoding="utf-8")).sentence_features
    rows = rows + [{**rows[0], "dependency_length": None, "unfamiliar_share": None}, {}]  # missing values
    m = difficulty.model()
    assert [m.linear(r) for r in rows] == [_old_linear(r) for r in rows]
    # a change in one feature changes the sum (the test can fail)
    name = next(n for n in m.features if m.weights[n])
    assert m.linear({**rows[0], name: (rows[0][name] or 0.0) + 5}) != m.linear(rows[0])


def test_gains_are_gain_to_the_last_bit(nlp, check):
    """The grouping's gains, worked out for all findings at once, are ``gain`` of each."""
    report = check((EXAMPLES / "herinnering-voor.txt").read_text(encoding="utf-8"))
    rows = report.sentence_features
    categories = sorted({f.category for f in report.findings}) + ["sentence-length", "no-such-kind"]
    asked = [(n, c) for n in range(len(rows)) for c in categories] + [(0, categories[0])]  # one twice
    found = difficulty.gains(rows, asked)
    assert set(found) == set(asked)
    assert found == {(n, c): difficulty.gain(rows[n], c) for n, c in asked}
    assert any(v > 0 for v in found.values()) and found[(0, "no-such-kind")] == 0.0
    assert difficulty.gains(rows, []) == {} and difficulty.gains(rows, [(0, "no-such-kind")]) == {(0, "no-such-kind"): 0.0}


@pytest.mark.parametrize("words", [[10, 20, 5], [0, 0]])
def test_scores_are_sentence_and_text_score(check, words):
    rows = check((EXAMPLES / "adreswijziging.txt").read_text(encoding="utf-8")).sentence_features[:len(words)]
    pairs = list(zip(rows, words))
    sentence, text = difficulty.scores(pairs)
    assert sentence == [difficulty.sentence_score(f) for f in rows]
    assert text == difficulty.text_score(pairs)
    assert (text is None) == (sum(words) == 0)


def test_float_mean_is_statistics_mean_for_short_and_long_lists():
    import random
    import statistics

    rng = random.Random(14)
    for n in (1, 2, 3, 15, 16, 17, 40, 300):
        values = [rng.choice((1.359228547196266, 0.1 * rng.randint(10, 70), rng.uniform(1, 7))) for _ in range(n)]
        assert metrics._float_mean(values) == statistics.mean(values)
    assert metrics._float_mean([0.1, 0.2, 0.3]) == statistics.mean([0.1, 0.2, 0.3]) != (0.1 + 0.2 + 0.3) / 3


def test_exact_mean_in_numpy_is_statistics_mean_to_the_last_bit():
    """The whole-number sum in numpy (``_exact_mean``, lists of ``_NUMPY_MEAN`` values or
    more) against ``statistics.mean``: frequencies, ratios, negative values, zeros, lists
    whose plain float sum rounds otherwise; values too far apart are left to the other way."""
    import random
    import statistics

    rng = random.Random(9)
    kinds = [lambda: max(1.359228547196266, round(rng.uniform(1, 7), 2) - 0.34),  # LiNT-II frequencies
             lambda: rng.randint(0, 30) / rng.randint(1, 7),  # content words per clause
             lambda: rng.uniform(0.5, 5) * rng.choice((1, -1)), lambda: rng.choice((0.0, 1.5, 2.25, 0.1, 3.3, 7.9))]
    checked = 0
    for k in range(400):
        values = [kinds[k % 4]() for _ in range(rng.randint(metrics._NUMPY_MEAN, 700))]
        mean = metrics._exact_mean(values)
        assert mean is not None
        assert mean == statistics.mean(values) == metrics._float_mean(values) == _old_float_mean(values)
        checked += mean != sum(values) / len(values)  # where a plain sum is off in the last bit
    assert checked > 10
    assert metrics._exact_mean([0.001] * 20 + [3.3] * 20) is None  # 2**-10 and 2**1: too far apart
    assert metrics._float_mean([0.001] * 20 + [3.3] * 20) == statistics.mean([0.001] * 20 + [3.3] * 20)
    assert metrics._exact_mean([1.5] * 40 + [float("inf")]) is None


def test_without_skipped_is_the_per_token_test(nlp):
    """``TokenTable.without``: the frequencies and gaps with None for the skipped tokens, kept
    per frozenset; ``range_features`` with a plain set takes the old loop, with the same result."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for doc in nlp.pipe(texts[:3]):
        table = token_table(doc)
        skipped = frozenset(range(0, len(doc), 4))
        frequency, gaps = table.without(skipped)
        assert frequency == [None if i in skipped else f for i, f in enumerate(table.content()[2])]
        assert gaps == [None if i in skipped else g for i, g in enumerate(table.sums().gaps)]
        assert any(f is not None for f in frequency) and any(g is not None for g in gaps)
        assert table.without(skipped)[0] is frequency  # kept for the same set
        other = frozenset(range(1, len(doc), 4))
        assert table.without(other)[0] != frequency
        for lo, hi in table.sent_bounds:
            old = _old_range_features(table, lo, hi, skipped)
            assert metrics.range_features(table, lo, hi, skipped) == old
            assert metrics.range_features(table, lo, hi, set(skipped)) == old


@pytest.mark.parametrize("values", [[2, 2], [1, 2], [3], [7, 0, 4], [1, 1, 2], list(range(1, 40))])
def test_int_mean_is_statistics_mean_with_its_type(values):
    import statistics

    mean = metrics._int_mean(values)
    assert mean == statistics.mean(values) and type(mean) is type(statistics.mean(values))


def test_noun_table_answers_as_the_list_when_made_and_when_read_back(tmp_path, monkeypatch):
    """The LiNT-II noun table (kept per user as one sorted text, a byte per type and the heads
    in one text) gives every form the type and head ``_read_nouns`` gives, made afresh and
    read back from the per-user store; words not in the list give None."""
    from duidelijk import metrics
    from duidelijk.wordlists import wordlist_dir

    reference = metrics._read_nouns(wordlist_dir() / "concrete_nouns.tsv")
    forms = sorted(reference)[::40] + ["parkeervergunning", "huis", "gladheid"]
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path))
    metrics._nouns.cache_clear()
    try:
        made = metrics._nouns()
        assert list(tmp_path.glob("lint-nouns-table-*.npz"))
        metrics._nouns.cache_clear()
        read_back = metrics._nouns()
        assert read_back is not made and len(read_back) == len(made) == len(reference)
        # made: searched by halves; read back: through the hash index stored with it
        assert "get" not in vars(made._forms) and "get" in vars(read_back._forms)
        for table in (made, read_back):
            assert [table.get(w) for w in forms] == [reference[w] for w in forms]
            assert table.get("xqzvkw") is None and table.get("") is None
        assert made.get("parkeervergunning") == ("a", "vergunning") and made.get("huis")[0] == "c"
    finally:
        metrics._nouns.cache_clear()


def test_dependency_lengths_are_each_tokens_dependency_length(nlp):
    """The lengths of a Doc's tokens at once (``TokenTable.dependency_lengths``: one token at a
    time only for conjuncts and for subjects of a verb with conjuncts) are the lengths of the
    one-token way (``TokenTable.dependency_length``, LiNT-II's heads) for every token."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += ["Jan en Piet komen morgen en gaan dan weer weg.",
              "De gemeente heeft uw aanvraag ontvangen, bekeken en goedgekeurd, en stuurt u een brief."]
    seen = Counter()
    for doc in nlp.pipe(texts):
        table = token_table(doc)
        lengths = table.dependency_lengths()
        assert lengths == [table.dependency_length(i) for i in range(len(doc))]
        for tok in doc:
            head = table.heads[tok.i]
            if tok.dep_ == "nsubj" and table.has_conjuncts(head):
                seen["subject of a verb with conjuncts"] += 1
                seen["other head"] += table.heads_of(tok.i) != [head]
            seen["conjunct"] += tok.dep_ == "conj"
    assert min(seen.values()) > 3, seen  # each way was taken


def test_token_table_is_made_once_per_doc_and_keeps_no_doc_alive(nlp):
    """The table of the Doc asked last comes back at once; another Doc gets its own; a Doc
    that changed length gets a new table; and the table kept for the last Doc does not keep
    that Doc alive."""
    import gc
    import weakref

    from duidelijk import metrics

    first = nlp("Wij sturen u binnenkort een brief over uw aanvraag.")
    second = nlp("Dat is fijn.")
    table = metrics.token_table(first)
    assert metrics.token_table(first) is table  # the Doc asked last
    other = metrics.token_table(second)
    assert other is not table and len(other.facts) == len(second)
    assert metrics.token_table(first) is table  # found again through the weak dict
    with first.retokenize() as retokenizer:
        retokenizer.merge(first[0:2])
    changed = metrics.token_table(first)
    assert changed is not table and len(changed.facts) == len(first) == len(table.facts) - 1
    assert metrics.token_table(first) is changed

    def asked_last() -> weakref.ref:
        doc = nlp("Dat is fijn.")
        metrics.token_table(doc)
        return weakref.ref(doc)

    gone = asked_last()
    gc.collect()
    assert gone() is None  # the table kept for the Doc asked last does not hold the Doc


def test_lint_scores_are_the_frozen_dataclass_as_its_init_makes_it():
    """``lint_from_features`` makes its LintScore without the frozen dataclass's __init__
    (``metrics._lint_score``) and its level by bisection: the same objects and levels."""
    import dataclasses
    import pickle

    from duidelijk.metrics import LEVEL_BOUNDS, LintScore, lint_from_features, lint_level

    for score in [0.0, 12.5, *LEVEL_BOUNDS, *(b - 1e-9 for b in LEVEL_BOUNDS), 57.99, 58.5, 100.0]:
        assert lint_level(score) == 1 + sum(1 for bound in LEVEL_BOUNDS if score >= bound), score
    for feats in [(3.2, 4, 1.5, 0.4), (4.9, 2.5, 3.0, 1.0), (2.0, 12, 6.0, 0.0), (3.0, None, 1.0, 0.5)]:
        made = lint_from_features(*feats, sentences=3)
        score = None if None in feats else made.score
        level = None if score is None else lint_level(score)
        expected = LintScore(score, level, *feats, sentences=3)
        assert made == expected and repr(made) == repr(expected) and hash(made) == hash(expected)
        assert dataclasses.asdict(made) == dataclasses.asdict(expected)
        assert pickle.loads(pickle.dumps(made)) == expected
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.score = 1.0
