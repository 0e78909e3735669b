"""The lead's mends of the thirty-seventh session. Sentences and words written for these tests.

``verbs.separable`` answers for infinitives. A word whose rest after a particle is a strong past
with no present of its own ("lagen", "spraken", "gaven") is no infinitive: "bijlagen",
"afspraken", "opgaven" are plurals of nouns (or pasts), never verbs to split. fix37s's one
``separable`` said yes to them; the parse sometimes tags such a plural as a verb, and DD104 then
read it by the rare verb "bijliggen" (endjudge37: 'bijlagen' three times on the held-out halves)."""

import pytest

from conftest import codes
from duidelijk import verbs


@pytest.mark.parametrize("word", ["bijlagen", "afspraken", "opgaven", "uitspraken", "toespraken", "aankwamen"])
def test_a_strong_past_after_a_particle_is_no_infinitive(word):
    assert verbs.separable(word) == ("", word)


@pytest.mark.parametrize("word, particle", [
    ("afspreken", "af"), ("bijliggen", "bij"), ("opgeven", "op"), ("aankomen", "aan"),
    ("meenemen", "mee"), ("uitgeven", "uit"), ("toekijken", "toe"), ("ingrijpen", "in"),
])
def test_particle_verbs_still_split(word, particle):
    assert verbs.separable(word)[0] == particle


@pytest.mark.parametrize("text", [
    "U kunt bijlagen meesturen die het duidelijker maken.",
    "Stuur de bijlagen mee met uw aanvraag.",
])
def test_a_plural_of_bijlage_is_no_hard_word(check, text):
    assert [f.text for f in codes(check(text, select="DD104"), "DD104")] == []


# The lead, thirty-eighth session: the present of a verb whose particle splits off is spelled like
# a participle without "ge" ("omzet", "inzet": also nouns); when text knows the participle with
# "ge" ("omgezet"), that is the participle. A verb with a prefix that stays on keeps its own.
@pytest.mark.parametrize("verb, participle", [
    ("omzetten", "omgezet"), ("inzetten", "ingezet"), ("opzetten", "opgezet"), ("aanzetten", "aangezet"),
])
def test_split_particle_participle_is_not_the_present(verb, participle):
    from duidelijk.verbs import past_participle
    assert past_participle(verb) == participle


@pytest.mark.parametrize("verb, participle", [
    ("ontmoeten", "ontmoet"), ("bezetten", "bezet"), ("overleggen", "overlegd"), ("ondersteunen", "ondersteund"),
    ("inloggen", "ingelogd"),
])
def test_prefix_participle_kept(verb, participle):
    from duidelijk.verbs import past_participle
    assert past_participle(verb) == participle
