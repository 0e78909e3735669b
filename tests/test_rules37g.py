"""rules37g: particle verbs of an adjective or adverb (thirty-seventh session).

Dutch writes some adjectives and adverbs together with a verb as its separable first part
("klaarleggen": 'legt ... klaar', 'klaargelegd'). ``verbs.separable`` did not know them, so the
lemma sum of DD104 missed the split uses and the participle. The verbs and sentences are our own."""

import math

import pytest

from conftest import codes
from duidelijk import dictionary, verbs

# the participle with "ge" after the adjective or adverb is what Dutch text writes
SEPARABLE = {
    "klaarleggen": ("klaar", "klaargelegd"), "schoonvegen": ("schoon", "schoongeveegd"),
    "leeghalen": ("leeg", "leeggehaald"), "stilzetten": ("stil", "stilgezet"),
    "goedpraten": ("goed", "goedgepraat"), "kapotmaken": ("kapot", "kapotgemaakt"),
    "veiligstellen": ("veilig", "veiliggesteld"), "gelijkstellen": ("gelijk", "gelijkgesteld"),
    "grootbrengen": ("groot", "grootgebracht"), "bijeenroepen": ("bijeen", "bijeengeroepen"),
    "misgaan": ("mis", "misgegaan"), "weergeven": ("weer", "weergegeven"),
}


@pytest.mark.parametrize("verb,expected", sorted(SEPARABLE.items()))
def test_adjective_particle_splits(verb, expected):
    particle, participle = expected
    assert verbs.separable(verb) == (particle, verb[len(particle):])
    assert dictionary.separable(verb)
    assert verbs.past_participle(verb) == participle


def test_strong_verb_after_an_adjective():
    assert verbs.past_participle("doodschieten") == "doodgeschoten"
    assert verbs.past_participle("tegemoetkomen") == "tegemoetgekomen"


# nouns that begin like such a word, and verbs whose first part stays on ('hij misleidt',
# 'hij weerhoudt', 'het mislukt': no "ge" after it in text)
@pytest.mark.parametrize("word", ["goederen", "kortingen", "misleiden", "mislukken", "weerhouden",
                                  "weerspreken", "misbruiken"])
def test_not_separable(word):
    assert verbs.separable(word) == ("", word)
    assert not dictionary.separable(word)


def test_split_uses_counted():
    """The lemma sum of such a verb is raised for its split uses, as for "ophalen"."""
    forms = [f for f in dictionary._forms("leeghalen", "VERB") if dictionary.zipf(f) > 0]
    plain = sum(10 ** dictionary.zipf(f) for f in forms)
    assert "leeggehaald" in forms
    assert dictionary.live_lemma_zipf("leeghalen", "VERB") == pytest.approx(
        math.log10(plain / (1 - dictionary.SPLIT_SHARE)))


def dd104(check, text):
    return [f.text for f in codes(check(text, select="DD104"), "DD104")]


def test_everyday_particle_verb_is_no_hard_word(check):
    # "stilleggen": 'legt ... stil' is counted with it now (Zipf 2.6 -> 3.8)
    assert "stilleggen" not in dd104(check, "De vakbond gaat de haven morgen stilleggen.")


@pytest.mark.parametrize("text,word", [
    ("De directeur heeft de aanvraag gefiatteerd.", "gefiatteerd"),  # no particle verb
    ("Wij willen het terrein eerst veiligstellen.", "veiligstellen"),  # with its split uses still rare
])
def test_rare_verb_stays_hard(check, text, word):
    assert word in dd104(check, text)
