"""tidy38: one place for a verb's own participle (``verbs.own_participle``), behaviour unchanged.

The verbs are our own."""

import pytest

from duidelijk import verbs


@pytest.mark.parametrize("verb,participle", [
    ("vinden", "gevonden"),  # the strong list
    ("geven", "gegeven"),
    ("zetten", "gezet"),  # regular: no extra "t" after a stem in -t
    ("bellen", "gebeld"),  # "be" is no prefix here: text writes "gebeld"
    ("betalen", "betaald"),  # an inseparable prefix: no "ge"
    ("informeren", "geïnformeerd"),  # "ge" with a trema before a vowel
])
def test_own_participle(verb, participle):
    assert verbs.own_participle(verb) == participle


def test_own_participle_reads_no_particle():
    # the whole verb's own reading, "ge" before it: the particle is read by the callers
    assert verbs.own_participle("omzetten") == "geomzet"
    assert verbs.own_participle("aanbevelen") != verbs.past_participle("aanbevelen") == "aanbevolen"


def test_own_participle_whether_or_not_text_knows_it():
    # made of letters, unlike ``past_participle``, which gives "" for a form text lacks
    assert verbs.own_participle("vlorpen") == "gevlorpt"
    assert verbs.past_participle("vlorpen") == ""


@pytest.mark.parametrize("participle,lemma,split", [
    ("doorgelopen", "doorlopen", ("door", "lopen")),  # "ge" after the particle: it splits off
    ("doorlopen", "doorlopen", ("", "doorlopen")),  # no "ge": the inseparable verb
    ("voorgeschoten", "voorschoten", ("voor", "schieten")),  # read off the participle
    ("omgezet", "omzetten", ("om", "zetten")),
    ("overwogen", "overwegen", ("", "overwegen")),
])
def test_split_verb_with_own_participle(participle, lemma, split):
    from duidelijk.rules.passive import _split_verb

    assert _split_verb(participle, lemma) == split


def test_motion_participles_keep_the_regular_form_of_every_verb():
    from duidelijk.rules.passive import _motion_participles

    found = _motion_participles()
    assert found["gelopen"] == found["geloopt"] == "lopen"  # the strong form and the regular one, as before
    assert found["gewandeld"] == "wandelen"
    assert "gelopt" not in found and "gewandelt" not in found


@pytest.mark.parametrize("lemma,separable", [
    ("geven", True),  # "De tabel geeft de cijfers weer": 'weergegeven'
    ("keren", True),  # 'weergekeerd'
    ("bellen", False),  # "Wij bellen u weer": 'again'
    ("spreken", False),  # 'weersproken', not 'weergesproken'
    ("betalen", False),  # no "ge" in the participle
])
def test_weer_reads_the_own_participle(lemma, separable):
    from duidelijk.phrases import _weer_separable

    assert _weer_separable(lemma) is separable
