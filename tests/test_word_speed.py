"""The faster ways of DD104, DD105 and duidelijk.dictionary give the answers of the old ways.

- ``FrequencyTable.contains`` answers as ``in`` (the OpenTaal word list, a ``FrequencyTable``
  since speed29, answers as the set of its words: tests/test_speed29.py);
- ``dictionary._split`` gives the parts the old loop gave (kept below as the reference), on
  the words of the example letters;
- DD104 and DD105 pass over tokens by the per-Doc token table: the table's part of speech,
  letters-only flag and length are the Token's, and ``explained`` / ``in_unit_name`` answer
  the same from the table as from Tokens.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk import dictionary
from duidelijk.lexicon import dutch_table, letter_count
from duidelijk.metrics import token_table
from duidelijk.rules.difficult_words import explained, in_unit_name

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXTS = sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def docs(nlp):
    out = [nlp(p.read_text(encoding="utf-8")) for p in TEXTS]
    out.append(nlp("Uw WOZ-waarde (dat is de waarde van uw huis) is 75 kubieke meter gas. Ook de "
                   "parkeervergunningaanvraag, namelijk"))
    return out


def _probe_words(docs) -> list[str]:
    """Real words of the letters, with their inflections and near misses (not words)."""
    words = sorted({t.lower_ for d in docs for t in d if t.is_alpha})
    return words + [w + "en" for w in words] + [w[:-1] for w in words if len(w) > 3] + ["xqzvkw", ""]


def test_frequency_table_contains_answers_as_in(docs):
    table = dutch_table()
    for w in _probe_words(docs)[:3000]:
        assert table.contains(w) == (table.get(w) is not None) == (w in table), w


def test_letter_count():
    for word in ("parkeervergunning", "WOZ-waarde", "auto's", "café", "2026", ""):
        assert letter_count(word) == sum(c.isalpha() for c in word)


def _old_split(w: str) -> tuple[str, ...]:
    """``dictionary._split`` as it was before it was made faster (the reference)."""
    n = len(w)
    best = {0: (0, -99.0, ())}
    for i in range(n):
        if i not in best:
            continue
        count, neg_min, parts = best[i]
        for j in range(i + 3, n + 1):
            if i == 0 and j == n:
                continue
            base = dictionary._part_ok(w[i:j], j == n)
            if j == n and base >= 0 and dictionary._in_ending(w, i):
                base = -1.0  # (not a matter of speed: the ending of an inflected word is no head; fix37p)
            if base < 0 and w[j:j + 1] != "e":
                continue
            for link in dictionary.LINKS:
                k = j + len(link)
                if link and (k >= n or w[j:k] != link):
                    continue
                score = base
                if score < 0 and link == "e":
                    score = dictionary._part_ok(w[i:k], False)
                if score < 0:
                    continue
                cand = (count + 1, max(neg_min, -score), parts + (w[i:k],))
                if k not in best or cand[:2] < best[k][:2]:
                    best[k] = cand
    if n in best and best[n][0] > 1:
        return best[n][2]
    return (w,)


def test_split_gives_the_parts_of_the_old_loop(docs):
    words = sorted({t.lower_ for d in docs for t in d if t.is_alpha and len(t) >= 6})
    words += ["onroerendezaakbelasting", "onroerendezaak", "vergunningverlening", "kinderopvangtoeslag", "belanghebbenden",
              "parkeervergunningaanvraag", "ziektekostenverzekering"]
    split = [dictionary._split(w) for w in words]
    assert split == [_old_split(w) for w in words]
    assert ("onroerende", "zaak") in [parts[:2] for parts in split]  # a part made a word by its "e"
    assert ("kinder", "opvang", "toeslag") in split
    assert sum(len(parts) > 1 for parts in split) > 20


def test_table_facts_select_the_tokens_the_token_way_did(docs):
    for doc in docs:
        table = token_table(doc)
        for tok in doc:
            fact = table.facts[tok.i]
            assert (fact.pos, fact.alpha, len(table.texts[tok.i])) == (tok.pos_, tok.is_alpha, len(tok))
            assert explained(tok, table.facts) == explained(tok)
            assert in_unit_name(tok, table.facts) == in_unit_name(tok)


def test_explained_and_unit_names_are_found(docs):
    doc = docs[-1]
    by_text = {t.text: t for t in doc}
    facts = token_table(doc).facts
    assert explained(by_text["WOZ-waarde"], facts) and not explained(by_text["gas"], facts)
    assert in_unit_name(by_text["kubieke"], facts) and not in_unit_name(by_text["gas"], facts)
    assert not explained(doc[-1], facts) and not in_unit_name(doc[-1], facts)  # the last word: nothing after it


def test_the_floor_never_exceeds_known_meaning_and_skips_no_compound(docs):
    """DD104 skips a word whose ``known_meaning_floor`` (no compound split) clears the bar:
    the floor is never above ``known_meaning``, and for a compound whose parts decide, the
    floor is lower ("parkeervergunningaanvraag" is known only through its parts)."""
    from duidelijk.dictionary import known_meaning, known_meaning_floor

    seen = {(t.lower_, t.lemma_, t.pos_) for d in docs for t in d if t.is_alpha}
    below = 0
    for form, lemma, pos in sorted(seen):
        floor, full = known_meaning_floor(form, lemma, pos), known_meaning(form, lemma, pos)
        assert floor <= full, form
        below += floor < full
    assert below > 0  # the compound parts raise some words
    assert known_meaning_floor("parkeervergunning", "parkeervergunning", "NOUN") < known_meaning(
        "parkeervergunning", "parkeervergunning", "NOUN")


def test_block_table_answers_as_a_dict_on_real_words(docs):
    """The frequency table cuts its UTF-8 text into blocks only when asked: every answer,
    at block edges too, is the dict's answer."""
    from duidelijk.lexicon import FrequencyTable

    full = dict(dutch_table()._as_dict())
    words = sorted(full)
    buckets = [full[w] for w in words]

    class Small(FrequencyTable):
        BLOCK = 7  # many block edges

    edges = [w for i in range(0, len(words), 997) for w in words[max(i - 1, 0):i + 2]]
    probes = _probe_words(docs) + edges + [w + "a" for w in edges] + ["", "\ud800", "zzzzzz", "aaa"]
    for table in (FrequencyTable(words, buckets), Small(words, buckets)):
        assert [table.get(w) for w in probes] == [full.get(w) for w in probes]
        assert table._blocks and len(table._blocks) < len(table._heads)  # only the blocks asked were cut
        assert len(table) == len(full)
    assert any(full.get(w) is None for w in probes) and any(full.get(w) is not None for w in probes)


def _scan_longest_prefix(words: list[str], word: str) -> int:
    best = 0
    for w in words:
        n = 0
        while n < min(len(w), len(word)) and w[n] == word[n]:
            n += 1
        best = max(best, n)
    return best


def test_longest_prefix_answers_as_a_scan(docs):
    """``longest_prefix`` (which bounds the parts ``dictionary._split`` looks up) gives the
    longest start a probe shares with any word, searched by halves, in the block table and
    after it became a dict, with accented words too."""
    from duidelijk.lexicon import FrequencyTable

    words = sorted(set(_probe_words(docs)[:1500] + ["café", "caféhouder", "één", "ééntje", "zz"]) - {""})
    probes = ["parkeerxq", "café", "cafés", "éénmaal", "a", "zzz", "", "xqzvkw"] + [w + "zq" for w in words[::7]]
    expected = [_scan_longest_prefix(words, p) for p in probes]
    table = FrequencyTable(words, range(len(words)))
    assert [table.longest_prefix(p) for p in probes] == expected
    table._as_dict()
    assert [table.longest_prefix(p) for p in probes] == expected
    assert expected[0] >= 7 and expected[2] == 4 and expected[7] <= 1  # "parkeer", "café", "xqzvkw"
