"""rev37s: review of one place for verb forms. DD103's alternatives ask the one ``separable``
(``dictionary.separable``, the yes/no of ``verbs.separable``), not a third test of their own
that took every verb which begins like a particle for a separable one ("onderzoeken")."""

from __future__ import annotations

import pytest

from duidelijk.rules import jargon
from conftest import codes


@pytest.mark.parametrize("verb, split", [
    ("terugsturen", True), ("opschrijven", True), ("invullen", True), ("meesturen", True),
    ("onderzoeken", False), ("ondertekenen", False), ("overwegen", False), ("geven", False),
])
def test_jargon_asks_the_one_separable(verb, split):
    assert jargon.separable(verb) is split


@pytest.mark.parametrize("text, advice", [
    ("Wij analyseren uw aanvraag zorgvuldig.", "Schrijf liever 'onderzoeken'"),
    ("Analyseer de gegevens voor 1 mei.", "Schrijf liever 'Onderzoek'"),
])
def test_an_inseparable_alternative_is_written_in_the_form_of_the_sentence(check, text, advice):
    messages = [f.message for f in codes(check(text, select="DD103"), "DD103")]
    assert any(advice in m for m in messages), messages


@pytest.mark.parametrize("text, wrong", [
    ("Wij retourneren uw pakket zo snel mogelijk.", "Schrijf liever 'terugsturen'"),
    ("Retourneer het formulier voor 1 mei.", "Schrijf liever 'Terugstuur'"),
])
def test_a_separable_alternative_is_not_put_in_the_place_of_the_verb(check, text, wrong):
    messages = [f.message for f in codes(check(text, select="DD103"), "DD103")]
    assert messages and not any(wrong in m for m in messages), messages


@pytest.mark.parametrize("verb, parts", [
    # a stem in -t or -d is also the present ("dat u meepraat", "als zij uitscheldt"): a verb
    # of its own after the particle ('praten': 'praat', 'gepraat') still splits when text has
    # no count of the participle with "ge" ("meegepraat")
    ("meepraten", ("mee", "praten")), ("uitschelden", ("uit", "schelden")),
    ("uitmunten", ("uit", "munten")),
])
def test_a_particle_verb_with_a_stem_in_t_or_d_splits(verb, parts):
    from duidelijk import dictionary, verbs

    assert verbs.separable(verb) == parts
    assert dictionary.separable(verb)


@pytest.mark.parametrize("word", [
    "aanvaarden",  # 'vaarden' is no verb text writes: 'aanvaard' is the participle, "wij aanvaarden"
    "opdrachten", "inkomsten", "aanklachten",  # nouns' plurals
    "ondertekenen", "overleggen",  # inseparable
])
def test_no_particle_verb_for_a_stem_in_t_or_d_of_no_verb(word):
    from duidelijk import verbs

    assert verbs.separable(word) == ("", word)


@pytest.mark.parametrize("infinitive, stem, past, participle", [
    # an unstressed -em keeps one e, as -el, -er, -en do
    ("ademen", "adem", "ademde", "geademd"), ("inademen", "inadem", "inademde", "ingeademd"),
    # a stressed one-syllable or compound "nemen" doubles it
    ("nemen", "neem", "neemde", ""), ("overnemen", "overneem", "overneemde", ""),
])
def test_a_stem_in_em(infinitive, stem, past, participle):
    from duidelijk import verbs

    assert verbs.stem_from_infinitive(infinitive) == stem
    assert verbs.weak_past(infinitive) == past
    if participle:
        assert verbs.past_participle(infinitive) == participle


def _active(check, text):
    return [s for f in codes(check(text, select="DD102"), "DD102") for s in f.suggestions]


@pytest.mark.parametrize("text, active", [
    # "doorlopen" without "ge" after "door" is the inseparable verb ('doorgelopen' is the other)
    ("De procedure wordt door de gemeente doorlopen.", "De gemeente doorloopt de procedure."),
    ("De procedure werd door de gemeente doorlopen.", "De gemeente doorliep de procedure."),
])
def test_a_participle_without_ge_after_the_particle_keeps_the_verb_whole(check, text, active):
    assert active in _active(check, text)


@pytest.mark.parametrize("text, active", [
    ("Uw brief wordt door de gemeente doorgestuurd.", "De gemeente stuurt uw brief door."),
    ("De stukken worden door de aanvrager overgelegd.", "De aanvrager legt de stukken over."),
    ("De uitkering wordt door de gemeente doorbetaald.", "De gemeente betaalt de uitkering door."),
])
def test_a_participle_with_ge_after_the_particle_splits(check, text, active):
    assert active in _active(check, text)
