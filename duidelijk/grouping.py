"""Fewer, better marks: identical findings grouped, groups ranked by importance.

Findings stay one per place (SARIF, GitHub, rdjsonl and Word comments need every place);
each gets the number of its group. A group holds the findings of one rule with the same
words and the same message in one text. Groups are ranked: severity first, then the
difficulty the fix removes (``gain``: points of the sentence's difficulty score, see
``duidelijk.difficulty.gain``), then how often it occurs, then where it first occurs.

The main view marks only the first place of a group and, per sentence, the most important
group of each kind, at most ``MAX_PER_SENTENCE`` (errors always; a tip only when its fix
weighs ``MIN_TIP_GAIN``); the rest is one click away ("alle punten").
"""

from __future__ import annotations

import bisect

from duidelijk import difficulty

MAX_PER_SENTENCE = 3  # marks per sentence in the main view, besides errors; one per category
TEXT_LEVEL = {"paragraph", "structure"}  # about a whole part of the text: one mark in the main view
MAX_TEXT_LEVEL = 1
MIN_TIP_GAIN = 0.5  # a tip is in the main view only when its fix lowers the difficulty this much


def key(f) -> tuple:
    return (f.code, " ".join(f.text.lower().split()), f.message.lower())


def sentence_of(starts: list[int], sentences: list[dict], offset: int) -> int | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < sentences[i]["end"]:
        return i
    return None


def group_findings(findings, sentences: list[dict], features: list[dict],
                   sums: list[list[float]] | None = None) -> list[dict]:
    """Groups in importance order; sets ``finding.group`` (1 = most important) on every finding.

    ``sentences`` are the report's sentences (source offsets), ``features`` their difficulty
    features (may be empty, for example for a report read back from the cache), ``sums`` their
    ``difficulty.Model.partial_sums`` when the caller has them (``difficulty.scores``).
    """
    starts = [s["start"] for s in sentences]
    places = [sentence_of(starts, sentences, f.start) for f in findings]
    asked = [(n, f.category) for n, f in zip(places, findings)
             if n is not None and n < len(features) and f.category not in TEXT_LEVEL]
    gains = difficulty.gains(features, asked, sums)  # once per sentence and kind of finding
    # per group (by ``key``): [its first finding, the places of its findings, its gain], the
    # gains added in the order of the findings; the group's dict is made once, at the end
    by_key: dict[tuple, list] = {}
    for i, (f, n) in enumerate(zip(findings, places)):
        gain = gains.get((n, f.category), 0.0) if f.scored else 0.0
        k = key(f)
        g = by_key.get(k)
        if g is None:
            by_key[k] = [i, [i], 0.0 + gain]
        else:
            g[1].append(i)
            g[2] += gain
    # severity first, then the gain, how often, where first (the first place breaks every tie)
    ranked = sorted(((findings[first].severity.rank, gain, members, first, places[first])
                     for first, members, gain in by_key.values()),
                    key=lambda g: (-g[0], -g[1], -len(g[2]), g[3]))
    per_sentence: dict[int | None, set[str]] = {}
    text_level = 0
    out = []
    for number, (rank, gain, members, first, n) in enumerate(ranked, start=1):
        for i in members:
            findings[i].group = number
        f = findings[first]
        category = f.category
        if category in TEXT_LEVEL:
            main = text_level < MAX_TEXT_LEVEL
            text_level += main
        elif rank == 3:
            main = True
        else:
            shown = per_sentence.setdefault(n, set())
            main = (len(shown) < MAX_PER_SENTENCE and category not in shown
                    and (rank > 1 or gain >= MIN_TIP_GAIN))
            if main:
                shown.add(category)
        out.append({"group": number, "code": f.code, "category": category, "severity": f.severity._value_,
                    "message": f.message, "text": f.text, "count": len(members), "findings": members,
                    "gain": round(gain, 2), "main": main})
    return out


def reindex(groups: list[dict], findings) -> list[dict]:
    """The groups again after findings were taken out (baseline): places by ``finding.group``."""
    members: dict[int, list[int]] = {}
    for i, f in enumerate(findings):
        members.setdefault(f.group, []).append(i)
    return [{**g, "findings": members[g["group"]], "count": len(members[g["group"]])}
            for g in groups if g["group"] in members]
