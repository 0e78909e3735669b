"""DD104 of the thirty-eighth session (rules38d): verbs of "klaar" and "stil" and a common verb.
Sentences written for these tests, both ways. Also "on-" and a participle that the tagger calls a
verb ("onbedoelde"): an adjective (``negated_participle``), judged as one.

"klaar" and "stil" are adjectives of a state, as "open", "dicht" and "vrij": "klaarzetten" is to
set a thing so that it is ready, "stilzetten" to make it stand still. Such a verb is the sum of
its parts, and speech uses it at least as often as print, so ``spoken_prefix_verb`` now reads them
as it reads "opendoen" and "vrijlaten". The parse keeps some participles as their own lemma
("klaargezet"); ``spoken_prefix_verb`` now also reads the verbs the form's spelling gives
("klaarzetten"), whose sums count all their forms. "goed", "plat" and "dood" stay out: their
verbs often mean more than their parts ("goedvinden" is to approve, "platleggen" to bring to a
halt)."""

import pytest

from conftest import codes
from duidelijk.rules.difficult_words import spoken_prefix_verb


def words(check, text):
    return [f.text for f in codes(check(text, select="DD104"), "DD104")]


@pytest.mark.parametrize("text", [
    "De stoelen worden vooraf klaargezet door de conciërge.",
    "De lopende band wordt 's nachts stilgezet.",
])
def test_verb_of_a_state_particle_is_known(check, text):
    assert words(check, text) == []


@pytest.mark.parametrize("text, word", [
    # particles whose verbs mean more than their parts are not read this way
    ("Als u het goedvindt, bellen wij u morgen.", "goedvindt"),
    ("De staking heeft de haven platgelegd.", "platgelegd"),
    # a rest that is no common verb ("stomen"): the verb is no sum of everyday words
    ("De trainer heeft het team voor de finale klaargestoomd.", "klaargestoomd"),
])
def test_verb_of_other_particles_stays_hard(check, text, word):
    assert word in words(check, text)


def test_spoken_prefix_verb_of_a_state_particle():
    assert spoken_prefix_verb("klaargezet", "klaarzetten") >= 3.5
    assert spoken_prefix_verb("stilzetten", "stilzetten") >= 3.5
    assert spoken_prefix_verb("goedvinden", "goedvinden") < 0


def test_spoken_prefix_verb_reads_a_participle_kept_as_lemma():
    # the parse keeps the participle as its lemma: the verb's sums come from its spelling
    assert spoken_prefix_verb("klaargezet", "klaargezet") >= 3.5
    assert spoken_prefix_verb("teruggedaan", "teruggedaan") >= 3.5


# "on-" and a participle, which the tagger may call a verb: an adjective, judged as one
@pytest.mark.parametrize("text", [
    "Dit kan leiden tot onbedoelde gevolgen voor de huurders.",
    "Het was een onbedoeld gevolg van de nieuwe regel.",  # tagged as an adjective: already so
])
def test_negated_participle_is_judged_as_adjective(check, text):
    assert words(check, text) == []


def test_negated_participle():
    from duidelijk.rules.difficult_words import negated_participle

    assert negated_participle("onbedoelde") and negated_participle("onverwachte")
    assert negated_participle("ongevraagd")
    # verbs of "ont-" and "onder-", words with no participle after "on", nouns
    assert not negated_participle("ontvangen") and not negated_participle("onderhouden")
    assert not negated_participle("onmogelijk") and not negated_participle("ongeveer")
    assert not negated_participle("onverlaten")
