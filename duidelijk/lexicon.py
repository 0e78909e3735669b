"""Word frequency (wordfreq, Zipf scale) and compound splitting for Dutch."""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

LINKS = ("", "s", "e", "en")
MIN_PART = 3


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of a Dutch word (0 = unknown, 3 = rare, 5+ = very common)."""
    return zipf_frequency(word.lower(), "nl")


@lru_cache(maxsize=200_000)
def part_zipf(part: str) -> float:
    """How well-known a compound part is: as a word, without a plural ending, or as a verb stem."""
    p = part.lower()
    scores = [zipf(p)]
    if p.endswith("s"):
        scores.append(zipf(p[:-1]))
    if p.endswith("en"):
        scores.append(zipf(p[:-2]))
    if len(p) >= 4 and p[-1] not in "aeiou":  # a verb stem: "invul" (invullen), "parkeer"
        verbs = [p + "en", p + p[-1] + "en"]
        if p[-2] == p[-3] and p[-2] in "aeou":
            verbs.append(p[:-2] + p[-1] + "en")
        scores.append(max(zipf(v) for v in verbs) - 0.2)
    return max(scores)


@lru_cache(maxsize=50_000)
def split_compound(word: str, min_zipf: float = 3.0, force: bool = False) -> tuple[str, ...]:
    """Split a compound into known parts ("bestemmingsplan" -> ("bestemming", "plan")).

    Linking sounds (-s-, -e-, -en-) stay with the part before them in the output so the
    parts glue back to the word. Returns ``(word,)`` when no split into known parts exists.
    """
    w = word.lower()
    n = len(w)
    # best[i] = (parts count, -min zipf, parts) for the prefix w[:i]
    best: dict[int, tuple[int, float, tuple[str, ...]]] = {0: (0, -99.0, ())}
    for i in range(n):
        if i not in best:
            continue
        count, neg_min, parts = best[i]
        for j in range(i + MIN_PART, n + 1):
            stem = w[i:j]
            if force and i == 0 and j == n:
                continue
            z = part_zipf(stem) if j - i >= 4 or j == n else zipf(stem)
            if z < min_zipf:
                continue
            for link in LINKS:
                k = j + len(link)
                if k > n or w[j:k] != link:
                    continue
                if link and k == n:
                    continue
                cand = (count + 1, max(neg_min, -z), parts + (w[i:k],))
                if k not in best or cand[:2] < best[k][:2]:
                    best[k] = cand
    if n in best and best[n][0] > 1:
        return best[n][2]
    return (word,)
