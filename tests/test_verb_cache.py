"""The verb functions kept per argument (issue 14, fourteenth session) answer as they did.

``verbs.split_particle`` no longer sorts the particles at each call, ``verb_lemmas`` and
``verbs._infinitives`` give a frozenset from a cache, and ``present_singular``,
``stem_from_infinitive``, ``past_participle`` and ``infinitive`` are kept per argument; the
rules ask them of the same words in every text. ``dictionary._part_ok`` scores a plain part
through ``_plain_part_ok`` (the quick no of ``_unlisted`` once, not twice). The references
below are the functions as they were; both must answer the same on thousands of real words,
with and without the OpenTaal word list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk import dictionary, verbs
from duidelijk.dictionary import FALLBACK_ZIPF, exists
from duidelijk.lexicon import top_words, zipf

from test_dictionary import mode  # noqa: F401  (the OpenTaal word list on and off, caches emptied)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _old_split_particle(participle: str, lemma: str) -> tuple[str, str]:
    p, lem = participle.lower(), lemma.lower()
    for particle in sorted(verbs.PARTICLES, key=len, reverse=True):
        rest = p[len(particle):]
        if p.startswith(particle) and lem.startswith(particle) and rest.startswith("ge") and len(rest) > 3:
            return particle, p[len(particle):]
    return "", p


def _old_infinitives(st: str) -> set[str]:
    bases = {st}
    if len(st) >= 3 and st[-2] == st[-3] and st[-2] in "aeou":
        bases.add(st[:-2] + st[-1])
    out = set()
    for b in bases:
        for end in (b, b[:-1] + {"f": "v", "s": "z"}.get(b[-1], b[-1])):
            out.update({end + "en", end + end[-1] + "en"})
    return out


def _old_verb_lemmas(form: str) -> set[str]:
    w = form.lower()
    stems = set()
    if w.endswith("en"):
        out = {w}
        if w.endswith(("den", "ten")) and len(w) >= 7:
            out |= {v for v in _old_infinitives(w[:-3]) if v != w and (exists(v) or zipf(v) >= FALLBACK_ZIPF)}
        # (hardfix16: strong participles in "-en" and past plurals, "afgeweken", "doorgaven",
        # have their particle verb too)
        return out | dictionary.particle_strong_verbs(w)
    for end in ("t", "d", "de", "te", "den", "ten"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            stems.add(w[: -len(end)])
    stems.add(w)
    for st in list(stems):
        if st.startswith("ge") and len(st) > 5:
            stems.add(st[2:])
        for p in range(2, min(7, len(st) - 4)):
            if st[p : p + 2] == "ge":
                stems.add(st[:p] + st[p + 2 :])
    out = set()
    for st in stems:
        out |= _old_infinitives(st)
    # (sixteenth session: a strong verb's form with its particle, "terugkreeg" -> "terugkrijgen",
    # is a new answer of ``verb_lemmas``, not a change of the cache)
    return {v for v in out if exists(v) or zipf(v) >= FALLBACK_ZIPF} | dictionary.particle_strong_verbs(w)


def _words() -> list[str]:
    """Words of the example letters and a slice of wordfreq's common words, with verb-like
    variants (a "t" added, "ge...d" around, the last letter off)."""
    words = set(top_words("nl", 20000)[::7])
    for path in sorted(EXAMPLES.glob("*.txt")):
        words |= {w.strip(".,;:!?()\"'").lower() for w in path.read_text(encoding="utf-8").split()}
    words = {w for w in words if len(w) >= 3 and w.isalpha()}
    return sorted(words | {w + "t" for w in words} | {"ge" + w + "d" for w in words} | {w[:-1] for w in words})


def test_verb_functions_answer_as_before(mode):
    words = _words()
    assert len(words) > 5000
    for w in words:
        assert verbs.split_particle(w, w) == _old_split_particle(w, w)
        assert verbs.split_particle("toe" + w, "toe" + w) == _old_split_particle("toe" + w, "toe" + w)
        assert verbs._infinitives(w) == _old_infinitives(w)
        assert dictionary.verb_lemmas(w) == _old_verb_lemmas(w), w
    found = [w for w in words if dictionary.verb_lemmas(w)]
    assert len(found) > 1000 and len(words) - len(found) > 1000  # verbs and other words


@pytest.mark.parametrize("name", ["present_singular", "infinitive"])
def test_kept_verb_forms_of_two_words_as_their_function_gives_them(name):
    kept = getattr(verbs, name)
    words = [w for w in _words()[::3] if len(w) >= 4]
    pairs = [(w, w) for w in words] + [("", w) for w in words] + [("toege" + w + "d", "toe" + w + "en") for w in words]
    assert [kept(*p) for p in pairs] == [kept.__wrapped__(*p) for p in pairs]
    assert verbs.present_singular("toegestuurd", "toesturen") == ("toe", "stuurt")
    assert verbs.present_singular("", "controleren") == ("", "controleert")


@pytest.mark.parametrize("name", ["stem_from_infinitive", "past_participle"])
def test_kept_verb_forms_as_their_function_gives_them(name):
    kept = getattr(verbs, name)
    words = [w for w in _words() if w.endswith("en")]
    assert len(words) > 500
    assert [kept(w) for w in words] == [kept.__wrapped__(w) for w in words]
    assert verbs.past_participle("inschakelen") == "ingeschakeld" and verbs.stem_from_infinitive("parkeren") == "parkeer"


def test_cached_verb_sets_cannot_be_changed_by_a_caller():
    # a caller that changed a kept set would change the answer for every later caller
    assert isinstance(dictionary.verb_lemmas("inlogt"), frozenset) and "inloggen" in dictionary.verb_lemmas("inlogt")
    assert isinstance(verbs._infinitives("controleer"), frozenset) and "controleren" in verbs._infinitives("controleer")


def test_part_scores_as_before(mode):
    """``_part_ok`` as it was: no for a short part, a function word, a suffix as the last part
    and a part no list knows (``_unknown``), else the part's score."""
    def old(part: str, final: bool) -> float:
        if (len(part) < 3 or part in dictionary.FUNCTION_WORDS or (final and part in dictionary.SUFFIX_HEADS)
                or dictionary._unknown(part, final)):
            return -1.0
        return dictionary._part_score(part, final)

    words = ["parkeervergunningaanvraag", "onroerendezaakbelasting", "wetenschappelijkheid", "covid-maatregelen",
             "inschrijfformulier", "auto's", "zeefdruk", "leefstijl", "ĳsbaan", "mede-ondertekenverzoek"]
    parts = {(w[i:j], final) for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1)
             for final in (False, True)}
    assert [dictionary._part_ok(*p) for p in sorted(parts)] == [old(*p) for p in sorted(parts)]
    assert sum(dictionary._part_ok(*p) > 0 for p in parts) > 50


def _old_lemma_candidates(word: str) -> list[str]:
    w = word.lower()
    out = [w]
    if w.endswith("'s"):
        out.append(w[:-2])
    if w.endswith("en") and len(w) > 4:
        out.append(verbs.stem_from_infinitive(w))
        out.append(w[:-2])
    if w.endswith(("s", "n", "e")) and len(w) > 4:
        out.append(w[:-1])
    if w.endswith("er") and len(w) > 5:
        out.append(w[:-2])
    return out


def _old_noun_lemmas(form: str, lemma: str) -> set[str]:
    if lemma != form or not form.endswith(("en", "s")) or len(form) < 6:
        return set()
    return {c for c in _old_lemma_candidates(form)[1:]
            if len(c) >= 4 and zipf(c) > 0 and form in dictionary._forms(c, "NOUN")}


def test_lemma_candidates_and_noun_lemmas_as_before(mode):
    """Both are kept per word now (a tuple and a frozenset: no caller can change them)."""
    words = _words() + ["auto's", "brieven", "zaken", "randvoorwaarden", "belanghebbenden", "Voorwaarden"]
    for w in words:
        assert list(dictionary.lemma_candidates(w)) == _old_lemma_candidates(w), w
        assert dictionary.noun_lemmas(w, w) == _old_noun_lemmas(w, w), w
        assert dictionary.noun_lemmas(w + "en", w) == _old_noun_lemmas(w + "en", w) == set()
    assert isinstance(dictionary.lemma_candidates("brieven"), tuple) and "brief" in dictionary.lemma_candidates("brieven")
    assert dictionary.noun_lemmas("randvoorwaarden", "randvoorwaarden") == {"randvoorwaarde"}
    assert isinstance(dictionary.noun_lemmas("brieven", "brieven"), frozenset)
    assert sum(bool(dictionary.noun_lemmas(w, w)) for w in words) > 200
