"""Per-text and per-sentence figures, and the B1 verdict with its main reasons."""

from __future__ import annotations

import bisect
import math
from itertools import compress

from duidelijk import difficulty
from duidelijk.findings import Finding, Severity
from duidelijk.metrics import FactColumn, TokenTable, flesch_douma, lint_from_features, token_table
# (the exact means of metrics: _SentenceColumns falls back on them and pools as lint_text does)
from duidelijk.metrics import _float_mean, _int_mean
from duidelijk.rules.base import Context

# Limits for the B1 verdict (Direct Duidelijk: short sentences, common words, active voice).
B1_LIMITS = {
    "mean_sentence_length": 15.0,
    "long_sentence_share": 0.2,
    "passive_share": 0.2,
    "difficult_word_share": 0.04,
    "lint_level": 2,
}


# When more than this share of the words is set aside as letter parts, the verdict says so.
LARGE_SET_ASIDE = 0.4


def text_metrics(ctx: Context, findings: list[Finding],
                 hidden: list[Finding] = ()) -> tuple[dict, list[dict], dict, dict]:
    """Metrics, per-sentence figures, the B1 verdict and the coverage of one text.

    ``hidden``: the findings of rules that are off, counted by the difficulty score only
    (``analysis.score_rules``), so that the score does not change with the chosen rules.

    Read from the Doc's token table (``duidelijk.metrics.token_table``), not from spaCy Token
    objects (tests/test_token_table.py holds the table to the Token way): the counts, sums
    and means of every sentence come from the table's columns in a few numpy steps per text
    (``_SentenceColumns``), the same numbers as ``range_features``, ``lint_sentence`` and
    ``difficulty.span_features`` per sentence (tests/test_metrics_fast.py holds them to it)."""
    table = token_table(ctx.doc)
    skipped = placeholder_tokens(ctx, table)  # the placeholders' tokens (most texts have none)
    syllables_of = table.syllables
    if skipped:  # a placeholder counts as one syllable
        syllables_of = list(syllables_of)
        for i in skipped:
            syllables_of[i] = 1
    kept = [(sent, words) for sent, _, words in sentence_words(ctx) if words]
    columns = _SentenceColumns(table, skipped, [sent.start for sent, _ in kept], [sent.end for sent, _ in kept])
    per_sentence = []
    total_words = total_syll = 0
    starts = sorted((f.start, f.category) for f in (*findings, *hidden) if f.scored)
    at_list = [at for at, _ in starts]
    source_span = ctx.document.source_span
    for (sent, words), (lo, hi, counts, max_sdl, mean, rarity, rarest, unfamiliar) in zip(kept, columns.rows()):
        punct, content_words, finite_verbs, concrete, abstract, both, _, rare, familiar, asides, commas = counts[:11]
        syllables = sum(map(syllables_of.__getitem__, words))
        total_words += len(words)
        total_syll += syllables
        known = concrete + abstract + both  # unknown nouns are left out (metrics._proportion_concrete)
        lint = lint_from_features(mean, max_sdl if hi - lo - punct >= 2 else None,
                                  content_words / finite_verbs if finite_verbs else None,
                                  concrete / known if known else None)
        start, end = source_span(*span_bounds(table, lo, hi))
        feats = difficulty.feature_dict(
            len(words), syllables, lint, rare, rarity, rarest, asides, commas, unfamiliar, familiar,
            [c for _, c in starts[bisect.bisect_left(at_list, start):bisect.bisect_left(at_list, end)]],
        )
        per_sentence.append(
            {
                "start": start,
                "end": end,
                "words": len(words),
                "lint_score": _round(lint.score),
                "lint_level": lint.level,
                "difficulty": None,  # below, for all sentences at once
                "features": feats,  # taken out by analysis.analyse (not in the JSON)
            }
        )
    n_sent = len(kept)
    sums: list[list[float]] = []  # each sentence's partial sums of the model, for the grouping's gains
    sentence_scores, text_score = difficulty.scores([(s["features"], s["words"]) for s in per_sentence], sums)
    for s, score, partial in zip(per_sentence, sentence_scores, sums):
        s["difficulty"] = _round(score)
        s["sums"] = partial  # taken out by analysis.analyse (not in the JSON)
    lint = columns.text_lint() if kept else None
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
        "difficulty": _round(text_score),
    }
    cover = coverage(ctx, total_words, table, skipped)
    verdict = b1_verdict(metrics, findings, cover)
    metrics["b1"] = verdict["b1"]
    return metrics, per_sentence, verdict, cover


# _SentenceColumns: the columns of the per-token counts (whole numbers), then of the floats
_PUNCT, _CONTENT, _FINITE, _CONCRETE, _ABSTRACT, _BOTH, _FREQUENCY, _RARE, _GAP, _ASIDE, _COMMA, _HIGH, _LOW, _ODD = \
    range(14)
_MANTISSA = 9007199254740992.0  # 2**53


def _fact_counts(fact, _) -> tuple:
    """What the metrics count of a token fact (``_SentenceColumns``), once per fact: its
    flags, and its LiNT-II frequency as a whole number (its 53-bit mantissa shifted by its
    power of two above 2**1, in two halves of 27 bits); ``_ODD`` when the frequency lies
    outside 0.5-1024 or is not finite (never: LiNT-II's frequencies lie within 1.36-8)."""
    frequency, noun, lower = fact.frequency, fact.noun, fact.lower
    if frequency is None:
        high = low = odd = 0
    else:
        # a few hundred distinct frequencies (wordfreq's buckets) among thousands of facts
        whole = _WHOLE.get(frequency)
        if whole is None:
            if len(_WHOLE) > 10_000:  # (never on LiNT-II's frequencies, rounded to 2 decimals)
                _WHOLE.clear()
            whole = _WHOLE[frequency] = _whole_number(frequency)
        high, low, odd = whole
    return (0, fact.content, fact.finite, noun == "c", noun == "a", noun == "u", frequency is not None,
            frequency is not None and frequency < difficulty.RARE_FREQUENCY, fact.gap is not None,
            lower in difficulty.ASIDES, lower == ",", high, low, odd)


_WHOLE: dict[float, tuple[int, int, int]] = {}  # frequency -> _whole_number(frequency)


def _whole_number(frequency: float) -> tuple[int, int, int]:
    """(high, low, odd) of ``_fact_counts`` for a frequency."""
    fraction, exponent = math.frexp(frequency)  # frequency = fraction * 2**exponent
    if math.isfinite(frequency) and 1 <= exponent <= 10:
        whole = int(fraction * _MANTISSA)  # exact: frequency = whole * 2**(exponent - 53)
        high = whole >> 27
        return high << (exponent - 1), (whole - (high << 27)) << (exponent - 1), 0
    return 0, 0, 1


def _fact_values(fact, _) -> tuple[float, float, float]:
    """The floats the metrics read of a token fact: its frequency (infinite without one), how
    far it lies below ``difficulty.RARITY_FROM`` and its familiarity gap (0.0 without one)."""
    frequency, gap = fact.frequency, fact.gap
    if frequency is None:
        return math.inf, 0.0, 0.0 if gap is None else gap
    return frequency, max(0.0, difficulty.RARITY_FROM - frequency), 0.0 if gap is None else gap


_COUNTS = FactColumn(_fact_counts, dtype="int64", width=14)
_VALUES = FactColumn(_fact_values, dtype="float64", width=3)
_SCALE = 52  # a frequency's whole number (_fact_counts) is in units of 2**-52


class _SentenceColumns:
    """What LiNT-II and the difficulty score read of each sentence of a text (``starts``,
    ``ends``: token indexes), from the token table's facts in a few numpy steps per text
    instead of Python per sentence: the numbers of each distinct fact are worked out once
    per process (``_fact_counts``, ``_fact_values``), a sentence's counts, its longest
    dependency and its rarest word come from ``reduceat`` over the sentences' ranges.

    The same numbers, to the bit, as ``metrics.range_features`` + ``lint_sentence`` and
    ``difficulty.span_features`` per sentence and ``metrics.lint_text`` over them:
    - counts are whole numbers (in any order the same);
    - a mean frequency is exact: the sum of the frequencies as whole numbers, divided by
      their count with one correct rounding (Python's int division), as
      ``metrics._float_mean``, which is exact too;
    - the sums of floats (rarity, unfamiliar) are Python's ``sum`` over the sentence's slice,
      in token order as before, with 0.0 for the tokens without a value (adding 0.0 to a sum
      of values >= 0 changes nothing; a sentence without any value keeps ``sum``'s int 0)."""

    def __init__(self, table: TokenTable, skipped: frozenset[int], starts: list[int], ends: list[int]):
        import numpy

        self.starts, self.ends = starts, ends
        self.counts: list[list[int]] = []
        if not starts:
            return
        n = len(table.facts)
        counts, values = _COUNTS.of(table), _VALUES.of(table)  # (copies, a row per token)
        punct = numpy.fromiter(table.is_punct, dtype=bool, count=n)
        counts[:, _PUNCT] = punct
        if skipped:  # placeholders: no word frequency, no familiarity (TokenTable.without)
            inside = [i for i in skipped if 0 <= i < n]
            counts[inside, _FREQUENCY:_GAP + 1] = 0
            counts[inside, _HIGH:] = 0
            values[inside] = (math.inf, 0.0, 0.0)
        # each sentence's counts, its longest dependency and its rarest word: reduceat over
        # (start, end) pairs, the even results (an end at n is left out: the last range then
        # runs to the end). A sentence has words, so no range is empty
        pairs = [k for pair in zip(starts, ends) for k in pair]
        if pairs[-1] == n:
            pairs.pop()
        self.counts = numpy.add.reduceat(counts, pairs, axis=0)[0::2].tolist()
        lengths = numpy.where(punct, -1, table.length_array())  # (TokenTable.sums)
        self.max_sdl = numpy.maximum.reduceat(lengths, pairs)[0::2].tolist()
        self.rarest = numpy.minimum.reduceat(values[:, 0], pairs)[0::2].tolist()
        self.rarity, self.gaps = values[:, 1].tolist(), values[:, 2].tolist()
        self.frequency = values[:, 0]

    def rows(self):
        """Per sentence: (start, end, its counts, longest dependency, mean frequency or None,
        rarity, rarest frequency or None, unfamiliar)."""
        rarity, gaps = self.rarity, self.gaps
        for k, (lo, hi) in enumerate(zip(self.starts, self.ends)):
            counts = self.counts[k]
            n_freq, n_gaps = counts[_FREQUENCY], counts[_GAP]
            yield (lo, hi, counts, self.max_sdl[k], self._mean(k, counts) if n_freq else None,
                   sum(rarity[lo:hi]) if n_freq else 0, self.rarest[k] if n_freq else None,
                   sum(gaps[lo:hi]) if n_gaps else 0)

    def _mean(self, k: int, counts: list[int]) -> float:
        if counts[_ODD]:  # a frequency the whole numbers cannot hold
            return _float_mean(self._frequencies(k))
        return ((counts[_HIGH] << 27) + counts[_LOW]) / (counts[_FREQUENCY] << _SCALE)

    def _frequencies(self, k: int) -> list[float]:
        found = self.frequency[self.starts[k]:self.ends[k]]
        return found[found != math.inf].tolist()

    def text_lint(self):
        """``metrics.lint_text`` of the sentences: frequencies and nouns pooled over the
        text, the longest dependency and content words per clause as means of the sentences."""
        counts = self.counts
        n_freq = sum(c[_FREQUENCY] for c in counts)
        if not n_freq:
            mean = None
        elif any(c[_ODD] for c in counts):
            mean = _float_mean([x for k in range(len(counts)) for x in self._frequencies(k)])
        else:
            mean = ((sum(c[_HIGH] for c in counts) << 27) + sum(c[_LOW] for c in counts)) / (n_freq << _SCALE)
        sdls = [sdl for sdl, c, lo, hi in zip(self.max_sdl, counts, self.starts, self.ends) if hi - lo - c[_PUNCT] >= 2]
        cwpc = [c[_CONTENT] / c[_FINITE] for c in counts if c[_FINITE]]
        concrete = sum(c[_CONCRETE] for c in counts)
        known = concrete + sum(c[_ABSTRACT] + c[_BOTH] for c in counts)
        return lint_from_features(mean, _int_mean(sdls) if sdls else None, _float_mean(cwpc) if cwpc else None,
                                  concrete / known if known else None, sentences=len(counts))


_WORDS = "duidelijk.sentence_words"  # Context.shared: the words of each prose sentence
_PLACEHOLDERS = "duidelijk.placeholder_tokens"


def placeholder_tokens(ctx: Context, table: TokenTable | None = None) -> frozenset[int]:
    """The indexes of the tokens that are template placeholders (``Context.is_placeholder``),
    worked out once per Context."""
    document = ctx.document
    if not document.placeholders:
        return frozenset()
    found = ctx.shared.get(_PLACEHOLDERS)
    if found is None:
        table = table or token_table(ctx.doc)
        found = ctx.shared[_PLACEHOLDERS] = frozenset(_tokens_inside(document.placeholders, table.idx, table.texts))
    return found


def _tokens_inside(marks: list[tuple[int, int]], idx: list[int], texts: list[str]) -> list[int]:
    """The tokens (offsets ``idx``, in order) that ``Document.is_placeholder`` calls a
    placeholder: inside the last mark (start, end) that starts at or before them. Found per
    mark by bisection instead of a call per token of the Doc."""
    found = []
    for k, (start, end) in enumerate(marks):
        # the tokens from this mark's start up to its end, and before the next mark's start
        hi = bisect.bisect_right(idx, end)
        if k + 1 < len(marks):
            hi = min(hi, bisect.bisect_left(idx, marks[k + 1][0]))
        found.extend(i for i in range(bisect.bisect_left(idx, start), hi) if idx[i] + len(texts[i]) <= end)
    return found


def sentence_words(ctx: Context) -> list[tuple]:
    """For each prose sentence (``Context.prose_sentences``): the sentence, the indexes of its
    words (``Context.words``: placeholders count as words) and of those of them that lie in
    prose (``Context.prose_words``, the one word count of duidelijk). Read from the token
    table once per Context, for the metrics and the rules that count words."""
    found = ctx.shared.get(_WORDS)
    if found is None:
        table = token_table(ctx.doc)
        skipped = placeholder_tokens(ctx, table)
        word, idx, in_prose = table.word, table.idx, ctx.in_prose
        # where Context.in_prose can say no: inside a block that is not prose
        aside = [(b.start, b.end) for b in ctx.document.blocks if not b.is_prose]
        found = []
        for sent in ctx.prose_sentences:
            if skipped:
                words = [i for i in range(sent.start, sent.end) if word[i] or i in skipped]
            else:  # (the indexes where the column says yes, picked in C)
                words = list(compress(range(sent.start, sent.end), word[sent.start:sent.end]))
            if words and any(start <= idx[words[-1]] and idx[words[0]] < end for start, end in aside):
                prose = [i for i in words if in_prose(idx[i])]
            else:
                prose = words[:]  # no block set aside touches the sentence's words
            found.append((sent, words, prose))
        ctx.shared[_WORDS] = found
    return found


def span_bounds(table: TokenTable, lo: int, hi: int) -> tuple[int, int]:
    """``Context.bounds`` of the tokens ``lo:hi``: character offsets without the whitespace
    tokens around them."""
    solid = table.solid()  # the tokens that are not white space, found by bisection
    k = bisect.bisect_left(solid, lo)
    if k == len(solid) or solid[k] >= hi:
        return table.idx[lo], table.idx[lo]
    first, last = solid[k], solid[bisect.bisect_left(solid, hi) - 1]
    return table.idx[first], table.idx[last] + len(table.texts[last])


def coverage(ctx: Context, prose_words: int, table: TokenTable | None = None,
             skipped: frozenset[int] | None = None) -> dict:
    """What was read as prose and what was set aside: every block that is not prose is a
    part with its kind, its span in the source and its words (counted as prose words are)."""
    from duidelijk.structure import part_label

    document = ctx.document
    table = table or token_table(ctx.doc)
    skipped = placeholder_tokens(ctx, table) if skipped is None else skipped
    starts, word = table.idx, table.word  # no Token object per token
    parts: list[dict] = []
    for block in sorted(document.blocks, key=lambda b: b.start):
        if block.is_prose:
            continue
        lo = bisect.bisect_left(starts, block.start)
        hi = bisect.bisect_left(starts, block.end)
        # (the column's bools summed in C when no placeholder can count)
        words = sum(1 for i in range(lo, hi) if word[i] or i in skipped) if skipped else sum(word[lo:hi])
        start, end = document.source_span(block.start, block.end)
        last = parts[-1] if parts else None
        if last and last["kind"] == block.kind and not ctx.text[last["_end"] : block.start].strip():
            last.update(end=end, words=last["words"] + words, _end=block.end)
            continue
        parts.append({"kind": block.kind, "label": part_label(block.kind), "start": start, "end": end,
                      "line": document.line_col(start)[0], "words": words, "_end": block.end})
    for part in parts:
        del part["_end"]
    aside = sum(p["words"] for p in parts)
    total = prose_words + aside
    return {
        "prose_words": prose_words,
        "set_aside_words": aside,
        "set_aside_share": round(aside / total, 3) if total else 0.0,
        "parts": parts,
        "fields": code_fields(document),
    }


def code_fields(document) -> list[dict]:
    """The field names written as code that were read as placeholders (syntax "code":
    "statusStep", "form_name"), each with its text and place in the source. Unlike "{{ naam }}"
    or "[NAAM]", which the writer marked, these are a guess: the user sees what was set aside."""
    from duidelijk.placeholders import code_field

    return [{"text": text, "start": start, "end": end, "line": document.line_col(start)[0]}
            for _, _, start, end, text in document.placeholder_texts() if code_field(text)]


def number(value) -> str:
    """A number as Dutch writes it: a decimal comma ("99,2"), "-" for none."""
    return "-" if value is None else f"{value:g}".replace(".", ",")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def b1_verdict(metrics: dict, findings: list[Finding], cover: dict | None = None) -> dict:
    """Does the prose fit level B1? With the two or three reasons that weigh most, and a
    note when a large share of the text was set aside as letter parts."""
    note = coverage_note(cover)
    if not metrics["sentences"] or not metrics.get("words", 1):
        return {"b1": None, "text": NO_PROSE, "reasons": [], "note": note}
    reasons: list[tuple[float, str]] = []
    lim = B1_LIMITS
    level = metrics.get("lint_level")
    if level and level > lim["lint_level"]:
        reasons.append((level - lim["lint_level"] + 0.5, f"De tekst heeft LiNT-niveau {level}. Voor B1 is niveau 1 of 2 goed."))
    mean = metrics["mean_sentence_length"]
    if mean > lim["mean_sentence_length"]:
        reasons.append(((mean - 15) / 5, f"De zinnen zijn gemiddeld {number(mean)} woorden lang. Voor B1 is 15 woorden of minder goed."))
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
    # DD103's tips for mild words (setting 'mild') are no officialese words: they do not make a
    # text fail. Marked on the finding, so a DD103 set to 'suggestion' still counts its words
    jargon = sum(1 for f in findings if f.category == "jargon" and not f.mild)
    if jargon >= 3:
        reasons.append((jargon / 5, f"De tekst heeft {jargon} ambtelijke woorden."))
    reasons.sort(key=lambda r: -r[0])
    b1 = not reasons
    text = "Deze tekst past bij taalniveau B1." if b1 else "Deze tekst is moeilijker dan taalniveau B1."
    if b1 and note:
        text = "De lopende tekst past bij taalniveau B1."
    return {"b1": b1, "text": text, "reasons": [r[1] for r in reasons[:3]], "note": note}


NO_PROSE = "Er is geen lopende tekst gevonden. Daarom is niet te zeggen of de tekst past bij taalniveau B1."


def coverage_note(cover: dict | None) -> str | None:
    """A plain-Dutch note when a large share of the words was not read as prose."""
    if not cover or not cover["set_aside_words"] or cover["set_aside_share"] <= LARGE_SET_ASIDE:
        return None
    share = round(cover["set_aside_share"] * 100)
    return (f"Let op: {share} procent van de woorden is geen lopende tekst, zoals het adres of de "
            "naam onder de brief. De uitkomst gaat alleen over de lopende tekst.")


def coverage_line(cover: dict | None) -> str | None:
    """One line that says what was not read as prose: "Niet gelezen als lopende tekst: ..."."""
    if not cover:
        return None
    out = []
    if cover.get("parts"):
        labels = list(dict.fromkeys(part["label"] for part in cover["parts"]))
        listed = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " en " + labels[-1]
        n = cover["set_aside_words"]
        out.append(f"Niet gelezen als lopende tekst: {n} {'woord' if n == 1 else 'woorden'}. Het gaat om: {listed}.")
    if cover.get("fields"):
        names = list(dict.fromkeys(f"'{field['text']}'" for field in cover["fields"]))
        shown = names[:FIELDS_SHOWN]
        more = len(names) - len(shown)
        listed = ", ".join(shown[:-1]) + " en " + shown[-1] if len(shown) > 1 else shown[0]
        if more:
            listed = ", ".join(shown) + f" en {more} {'ander' if more == 1 else 'andere'}"
        out.append(f"Gelezen als veld in plaats van als woord: {listed}.")
    return " ".join(out) or None


# the field names written as code that the line of ``coverage_line`` lists by name
FIELDS_SHOWN = 5
