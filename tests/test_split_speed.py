"""The faster compound split gives the answers of the old one, on thousands of real words.

``dictionary._split`` now asks the word list and the frequency table itself whether a
substring could be a word at all (``_unlisted``) before it calls ``_part_ok``; most
substrings are no word, and that answer is quicker than the call and its cache.
``_old_split`` below is the split as it was before (every substring through ``_part_ok``):
both must give the same parts for every word, with and without the OpenTaal word list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk import dictionary
from duidelijk.dictionary import LINKS, _part_ok
from duidelijk.lexicon import dutch_table

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LETTERS = Path(__file__).resolve().parents[2] / "shared" / "data" / "letters"


def _old_split(w: str) -> tuple[str, ...]:
    """``dictionary._split`` before it was made faster (the reference)."""
    n = len(w)
    best: dict[int, tuple[int, float, tuple[str, ...]]] = {0: (0, -99.0, ())}
    part_ok = _part_ok
    for i in range(n):
        if i not in best:
            continue
        count, neg_min, parts = best[i]
        for j in range(i + 3, n + 1):
            if i == 0 and j == n:
                continue
            base = part_ok(w[i:j], j == n)
            if j == n and base >= 0 and dictionary._in_ending(w, i):
                base = -1.0  # (not a matter of speed: the ending of an inflected word is no head)
            if base < 0:
                if w[j:j + 1] != "e" or j + 1 >= n:
                    continue
                links: tuple[tuple[int, float], ...] = ((j + 1, part_ok(w[i:j + 1], False)),)
            else:
                links = tuple((j + len(link), base) for link in LINKS
                              if not link or (j + len(link) < n and w[j:j + len(link)] == link))
            for k, score in links:
                if score < 0:
                    continue
                cand = (count + 1, max(neg_min, -score), parts + (w[i:k],))
                if k not in best or cand[:2] < best[k][:2]:
                    best[k] = cand
    if n in best and best[n][0] > 1:
        return best[n][2]
    return (w,)


# the OpenTaal word list on and off, with every dictionary cache emptied: shared with test_dictionary
from test_dictionary import mode  # noqa: E402,F401


def _real_words() -> list[str]:
    """Every 40th word of six letters or more in wordfreq's Dutch list (all of the alphabet,
    common and rare, with hyphens, digits and apostrophes), the words of the example letters
    and, when ../shared is there, of the municipal letters."""
    table = sorted(w for w in dutch_table() if len(w) >= 6)
    words = set(table[::40])
    words |= set([w for w in table if "-" in w or "'" in w or any(c.isdigit() for c in w)][::10])
    texts = sorted(EXAMPLES.glob("*.txt")) + (sorted(LETTERS.rglob("*.txt")) if LETTERS.is_dir() else [])
    for path in texts:
        words |= {w.strip(".,;:!?()\"'").lower() for w in path.read_text(encoding="utf-8", errors="replace").split()}
    return sorted(w for w in words if len(w) >= 6)


def test_fast_split_gives_the_old_parts_on_real_words(mode):
    words = _real_words()
    assert len(words) > 5000
    differ = [(w, _old_split(w), dictionary._split(w)) for w in words if _old_split(w) != dictionary._split(w)]
    assert not differ, differ[:20]
    # the comparison means something: many of these words are compounds, many are not
    split = [w for w in words if len(dictionary._split(w)) > 1]
    assert len(split) > len(words) // 10 and len(words) - len(split) > len(words) // 10


@pytest.mark.parametrize("word, parts", [
    ("parkeervergunning", ("parkeer", "vergunning")),
    ("vergunningverlening", ("vergunning", "verlening")),
    ("begrijpelijkheid", ("begrijpelijkheid",)),  # a suffix, not a part
])
def test_fast_split_on_known_words(mode, word, parts):
    assert dictionary._split(word) == parts == _old_split(word)


@pytest.mark.parametrize("word", ["onroerendezaakbelasting", "gemeente", "covid-maatregelen", "auto's",
                                  "belanghebbenden", "wetenschappelijke", "kinderopvangtoeslag", "ĳsbaan"])
def test_fast_split_on_hard_words(mode, word):
    # links, a linking "e" of its own, hyphens, an apostrophe, a suffix head, three parts
    assert dictionary._split(word) == _old_split(word)


@pytest.mark.parametrize("word", ["uitkeringsspecificatie", "vergunningverlening", "meldformulier",
                                  "samenwerkingsplannen", "formulierinzending"])
def test_split_tries_parts_layer_by_layer(mode, monkeypatch, word):
    """The split looks for the fewest parts first: once a last part reaches the end from the
    positions that one part reaches, no other part from those positions is looked up. The old
    loop looked up every part from every position it reached."""
    asked: list[tuple[str, bool]] = []
    real_ok, real_unlisted = dictionary._plain_part_ok, dictionary._unlisted

    def part_ok(part, final):
        asked.append((part, final))
        return real_ok(part, final)

    def unlisted(part, final, *args, **kwargs):
        asked.append((part, final))
        return real_unlisted(part, final, *args, **kwargs)

    part_ok.cache_clear = real_ok.cache_clear  # (the fixture empties the caches after the test)
    monkeypatch.setattr(dictionary, "_plain_part_ok", part_ok)
    monkeypatch.setattr(dictionary, "_unlisted", unlisted)
    monkeypatch.setitem(globals(), "_part_ok", part_ok)  # the old loop's
    want = _old_split(word)
    old_asked, asked[:] = list(asked), []
    assert dictionary._split.__wrapped__(word) == want
    assert len(want) == 2, want  # two parts: from the second part's position only the last part
    second = len(want[0])
    assert not [part for part, final in asked if not final and word.find(part) == second]
    assert [part for part, final in old_asked if not final and word.find(part) == second]
    assert len(set(asked)) < len(set(old_asked))


def test_unlisted_with_a_start_no_word_has(mode):
    """``_unlisted`` skips the look-ups of strings that begin with a start no listed word has:
    the same answer as with every look-up, on parts beyond the longest start of real words."""
    table = dutch_table()
    words = dictionary._words()
    listed = words.contains if words is not None else dictionary._nowhere
    checked = 0
    for w in _real_words()[::3]:
        if not dictionary._PLAIN.fullmatch(w):
            continue
        for i in range(0, len(w) - 3):
            rest = w[i:]
            known = max(table.longest_prefix(rest), words.longest_prefix(rest) if words is not None else 0)
            for j in range(i + known + 1, min(len(w), i + known + 3) + 1):
                for final in (False, True):
                    part = w[i:j]
                    assert dictionary._unlisted(part, final, table.get, listed, w[i:i + known + 1]) == \
                        dictionary._unlisted(part, final, table.get, listed), (w, part, final)
                    checked += 1
    assert checked > 1000


def _old_likely_typo(word: str) -> bool:
    """``dictionary.likely_typo`` before it left out the neighbours that no word of the table
    can start like (the reference): every deletion, swap and insertion."""
    from duidelijk.lexicon import _PLAIN, zipf

    w = word.lower()
    if len(w) < 6 or not _PLAIN.fullmatch(w) or dictionary.exists_inflected(w):
        return False
    own = zipf(w)
    if own >= dictionary.SLIP_MAX_ZIPF:
        return False
    clear = own < dictionary.FALLBACK_ZIPF and len(dictionary.compound_parts(w)) == 1
    if not clear and (dictionary._verbal(w, w) or dictionary._real_build(w)):
        return False
    bar = dictionary.TYPO_NEIGHBOUR_ZIPF if clear else max(dictionary.TYPO_NEIGHBOUR_ZIPF, own + dictionary.SLIP_GAP)
    table = dutch_table()
    letters = dictionary._LETTERS
    candidates = {w[:i] + w[i + 1:] for i in range(len(w))}
    candidates |= {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(len(w) - 1)}
    candidates |= {w[:i] + c + w[i:] for i in range(1, len(w)) for c in letters}
    return any(c in table and zipf(c) >= bar for c in candidates)


def test_spelling_slips_as_before_on_made_slips_and_real_words(mode):
    """``likely_typo`` asks only the neighbours that keep a start some word of the table has;
    on every kind of slip of common words (a letter dropped, doubled, swapped or added, at
    the start, in the middle and at the end) and on real words it answers as before."""
    from duidelijk.lexicon import top_words

    common = [w for w in top_words("nl", 3000)[500:] if len(w) >= 7 and w.isalpha()][::6]
    slips = []
    for n, w in enumerate(common):
        i = (n * 7) % (len(w) - 1)
        slips += [w[:i] + w[i + 1:], w[:i] + w[i + 1] + w[i] + w[i + 2:], w[:i] + "q" + w[i:], w + "e", "x" + w]
    words = slips + _real_words()[::4]
    found = [dictionary.likely_typo(w) for w in words]
    assert found == [_old_likely_typo(w) for w in words]
    assert sum(found) > 50 and len(found) - sum(found) > 500  # slips found and real words passed over


def test_spelling_slips_with_the_table_of_insertions(mode, monkeypatch):
    """After ``INSERTIONS_AFTER`` searches a word with a letter too few is looked up once among
    the common words with an inner letter left out (``_insertions``) instead of with each letter
    at each place: the same answers on made slips (a letter dropped, swapped, added, at the start,
    in the middle, at the end) and on real words."""
    from duidelijk.lexicon import top_words

    monkeypatch.setattr(dictionary, "INSERTIONS_AFTER", 0)
    common = [w for w in top_words("nl", 3000)[500:] if len(w) >= 7 and w.isalpha()][::4]
    slips = []
    for n, w in enumerate(common):
        i = 1 + (n * 5) % (len(w) - 2)
        slips += [w[:i] + w[i + 1:], w[:i] + w[i + 1] + w[i] + w[i + 2:], w[:i] + "q" + w[i:], w[1:], w[:-1]]
    words = slips + _real_words()[::4]
    found = [dictionary.likely_typo(w) for w in words]
    assert found == [_old_likely_typo(w) for w in words]
    dropped = [dictionary.likely_typo(w[:i] + w[i + 1:]) for n, w in enumerate(common) for i in [1 + (n * 5) % (len(w) - 2)]]
    assert sum(dropped) > len(dropped) // 2  # a letter dropped inside a common word: found by the table
    assert sum(found) > 50 and len(found) - sum(found) > 500


def test_table_of_insertions():
    table = dictionary._insertions()
    assert table.get("wijzgen") is not None  # "wijzigen" without its second "i"
    assert table.get("gemeete") is not None  # "gemeente"
    assert table.get("emeente") is None  # not the first letter ("gemeente")
    assert table.get("gemeent") is None  # nor the last
    assert table.get("wijzigen") is None  # a word itself, with no letter left out
