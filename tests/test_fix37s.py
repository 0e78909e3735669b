"""fix37s: one place for verb forms. 't kofschip's weak past and participle ending live in
``verbs.weak_past`` and ``verbs.participle_ending``; ``dictionary._weak_reading``,
``verbs.verb_forms``, ``passive._past_form``, ``passive._motion_participles`` and
``slips._participle_of`` ask them. The plural forms of ``abbreviations`` are
``dictionary.plural_candidates``; nominalisation's pointing words are ``broken.DEMONSTRATIVES``.
The tests hold each function to the answers it gave before, both ways."""

from __future__ import annotations

import pytest

from duidelijk import verbs


@pytest.mark.parametrize("infinitive, past", [
    ("werken", "werkte"), ("fietsen", "fietste"), ("faxen", "faxte"), ("stoppen", "stopte"),
    ("lachen", "lachte"), ("zetten", "zette"), ("ondertekenen", "ondertekende"), ("bellen", "belde"),
    ("leven", "leefde"), ("reizen", "reisde"), ("verhuizen", "verhuisde"), ("antwoorden", "antwoordde"),
    ("controleren", "controleerde"), ("beloven", "beloofde"), ("horen", "hoorde"), ("maken", "maakte"),
])
def test_weak_past_by_the_sound_at_the_end_of_the_stem(infinitive, past):
    assert verbs.weak_past(infinitive) == past
    assert past in verbs.verb_forms(infinitive) or verbs.zipf(past) > verbs.zipf(infinitive) + 1.0


@pytest.mark.parametrize("infinitive, ending", [
    ("werken", "t"), ("fietsen", "t"), ("faxen", "t"), ("lachen", "t"), ("stoppen", "t"),
    ("bellen", "d"), ("leven", "d"), ("reizen", "d"), ("horen", "d"), ("controleren", "d"),
    ("antwoorden", ""), ("zetten", ""), ("praten", ""), ("branden", ""),
])
def test_participle_ending(infinitive, ending):
    assert verbs.participle_ending(infinitive, verbs.stem_from_infinitive(infinitive)) == ending


def _old_weak_past(infinitive: str) -> str:
    st = verbs.stem_from_infinitive(infinitive)
    return st + ("te" if verbs.is_soft(infinitive, st) else "de")


def _verbs_of_text(count: int) -> list[str]:
    import wordfreq

    return [w for w in wordfreq.top_n_list("nl", count) if w.isalpha() and w.endswith("en") and len(w) >= 5]


def test_weak_past_and_ending_as_before_on_many_verbs():
    for infinitive in _verbs_of_text(60_000):
        st = verbs.stem_from_infinitive(infinitive)
        assert verbs.weak_past(infinitive) == _old_weak_past(infinitive), infinitive
        old = "" if st[-1] in "td" else "t" if verbs.is_soft(infinitive, st) else "d"
        assert verbs.participle_ending(infinitive, st) == old, infinitive


@pytest.mark.parametrize("verb, singular, plural", [
    ("ondertekenen", "ondertekende", "ondertekenden"), ("werken", "werkte", "werkten"),
    ("verhuizen", "verhuisde", "verhuisden"), ("schrijven", "schreef", "schreven"),
    ("beschrijven", "beschreef", "beschreven"), ("onderzoeken", "onderzocht", "onderzochten"),
    ("hebben", "had", "hadden"), ("fietsen", "fietste", "fietsten"),
])
def test_passive_past_form(verb, singular, plural):
    from duidelijk.rules.passive import _past_form

    assert _past_form(verb, False) == singular
    assert _past_form(verb, True) == plural


def test_motion_participles_of_weak_verbs():
    from duidelijk.rules.passive import _motion_participles

    found = _motion_participles()
    for participle in ("gereisd", "gerold", "gestapt", "gefietst", "gewandeld", "gezakt", "gelopen"):
        assert participle in found
    for slip in ("gereist", "gerolt", "gestapd", "gefietsd"):
        assert slip not in found


@pytest.mark.parametrize("form, weak", [
    ("voeren", True), ("voer", True), ("zagen", True), ("roken", True), ("staken", True),
    ("zag", False), ("gingen", False), ("lagen", False), ("bleven", False), ("wont", False),
])
def test_weak_reading_of_a_strong_form(form, weak):
    from duidelijk.dictionary import _weak_reading

    assert _weak_reading(form) is weak


@pytest.mark.parametrize("right, verb, meant", [
    ("gewerkt", "werken", True), ("gewerkd", "werken", False), ("gebeld", "bellen", True),
    ("gebelt", "bellen", False), ("geleefd", "leven", True), ("geleeft", "leven", False),
    ("gereisd", "reizen", True), ("gereist", "reizen", False), ("geantwoord", "antwoorden", True),
    ("geantwoordt", "antwoorden", False), ("ingelogd", "inloggen", True), ("ingelogt", "inloggen", False),
    ("aangemeld", "aanmelden", True), ("geschreven", "schrijven", True), ("geschrijfd", "schrijven", False),
])
def test_participle_of(right, verb, meant):
    from duidelijk.rules.slips import _participle_of

    assert _participle_of(right, verb, verbs._strong_participles()) is meant


def _old_participle_of(right: str, verb: str, strong: dict[str, str]) -> bool:
    """``slips._participle_of`` as it was, with its own 't kofschip."""
    stem = verbs.stem_from_infinitive(verb)
    if verb in strong:
        return strong[verb] == right
    participle = verbs.past_participle(verb)
    if not participle or right[:-1] not in (participle[:-1], "ge" + participle[:-1]):
        return False
    if stem[-1] in "td":
        return right[-1] == stem[-1]
    return right[-1] == ("t" if verbs.is_soft(verb, stem) else "d")


def test_participle_of_as_before_on_many_verbs():
    from duidelijk.rules.slips import _participle_of

    strong = verbs._strong_participles()
    seen = 0
    for verb in _verbs_of_text(40_000):
        participle = verbs.past_participle(verb)
        if not participle or participle == verbs._strong_compound(verb):
            continue  # (fix37v: a strong verb after a particle or prefix now has its strong participle)
        for base in (participle, participle[2:] if participle.startswith("ge") else "ge" + participle):
            for right in {base, base[:-1] + "t", base[:-1] + "d", base + "t", base[:-1]}:
                seen += 1
                assert _participle_of(right, verb, strong) == _old_participle_of(right, verb, strong), (right, verb)
    assert seen > 5_000


def test_scheme_plurals_are_dutch_plurals():
    from duidelijk.rules.abbreviations import scheme_head_plurals

    plurals = dict(scheme_head_plurals())
    assert "subsidieën" in plurals["subsidie"] and "subsidieeen" not in plurals["subsidie"]
    assert "bijdragen" in plurals["bijdrage"] and "bijdrageen" not in plurals["bijdrage"]
    assert "aanvragen" in plurals["aanvraag"]
    assert "wetten" in plurals["wet"]


def test_plural_of_the_full_name_explains_the_abbreviation(check):
    explained = check("De boa's lopen in de wijk. Dat zijn buitengewoon opsporingsambtenaren.", select="DD112")
    assert not [f for f in explained.findings if f.code == "DD112"]
    alone = check("De boa's lopen in de wijk. Zij letten op afval.", select="DD112")
    assert [f for f in alone.findings if f.code == "DD112"]


def test_pointing_words_are_one_set():
    from duidelijk.rules import nominalisation
    from duidelijk.rules.broken import DEMONSTRATIVES

    assert DEMONSTRATIVES == {"deze", "dit", "die", "dat"}
    assert nominalisation.DEFINITE == {"de", "het", "deze", "dit", "die", "dat"}
    assert not hasattr(nominalisation, "_POINTING")


# --- one separable: ``verbs.separable`` gives particle and rest, ``dictionary.separable`` its yes/no --------
@pytest.mark.parametrize("verb, particle", [
    # weak and strong verbs whose particle splits off ("wij zetten het in", "het gaat door")
    ("inzetten", "in"), ("uitmaken", "uit"), ("opzetten", "op"), ("aanzetten", "aan"), ("inplannen", "in"),
    ("overmaken", "over"), ("afschrijven", "af"), ("doorgeven", "door"), ("omzetten", "om"),
    # the verbs of one syllable in -aan ("hij staat op", "wij gaan door")
    ("doorgaan", "door"), ("opstaan", "op"), ("overslaan", "over"), ("nagaan", "na"), ("toestaan", "toe"),
    # a strong past or a noun without "ge" is no inseparable participle ("toekeken", "toeslagen")
    ("toekijken", "toe"), ("ingrijpen", "in"), ("toeslaan", "toe"), ("aanslaan", "aan"),
    # particles outside the old yes/no list ("hij loopt rond", "wij maken het bekend")
    ("rondlopen", "rond"), ("kwijtraken", "kwijt"), ("vrijgeven", "vrij"), ("bekendmaken", "bekend"),
    ("stopzetten", "stop"),
    # a verb with its own inseparable prefix after the particle ("wij bereiden het voor")
    ("voorbereiden", "voor"), ("uitbetalen", "uit"), ("doorverwijzen", "door"),
    # a strong verb that the list lacks, its present known ("het smelt samen")
    ("inspuiten", "in"), ("samensmelten", "samen"), ("opzien", "op"), ("samenhangen", "samen"),
])
def test_separable_verbs(verb, particle):
    from duidelijk import dictionary

    assert verbs.separable(verb) == (particle, verb[len(particle):])
    assert dictionary.separable(verb) is True


@pytest.mark.parametrize("verb", [
    # the particle word's own verb: no "aangevaard", "genaderd" before the whole
    "aanvaarden", "naderen", "openen", "informeren", "ondertekenen", "ondersteunen", "overwegen",
    # two readings, the inseparable one by far the more common ("wij voorkomen schade")
    "voorkomen", "ondergaan", "omgeven", "onderhouden",
    # "voort" belongs to written Dutch
    "voortzetten", "voortduren",
    # no particle
    "werken", "betalen", "verhuizen",
    # the plural of a noun, no verb ("de inkomsten": no present 'komst')
    "inkomsten", "opdrachten", "uitkomsten",
])
def test_inseparable_verbs(verb):
    from duidelijk import dictionary

    assert verbs.separable(verb) == ("", verb)
    assert dictionary.separable(verb) is False


def test_dictionary_separable_is_the_yes_no_of_verbs_separable():
    from duidelijk import dictionary

    starts = tuple(verbs.PARTICLES)
    words = [w for w in _verbs_of_text(100_000) if w.startswith(starts)]
    assert len(words) > 1_000
    for word in words:
        assert dictionary.separable(word) is bool(verbs.separable(word)[0]), word
