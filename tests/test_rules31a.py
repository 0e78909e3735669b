"""DD104 on real text, thirty-first session (rules31a helper): words the tagger reads with the
wrong part of speech or the wrong capital, and nouns of quality of a B1 adjective. Own sentences, both ways."""

import pytest

import duidelijk
from duidelijk.rules.difficult_words import (DifficultWord, b1_safe, noun_headed_compound, particle_verb_stem,
                                             plural_person_noun, safe_quality_noun, verb_stems)


def _dd104(text: str) -> set[str]:
    return {text[f.start:f.end].lower() for f in duidelijk.check_text(text).findings if f.code == "DD104"}


# a plural of a noun in "-e" that the tagger reads as a verb ----------------------------------

@pytest.mark.parametrize("text, word", [
    ("Vorige week vielen er veel overledenen bij het ongeluk.", "overledenen"),
    ("De overledenen worden morgen begraven.", "overledenen"),
])
def test_a_plural_of_people_read_as_a_verb_is_read_as_its_noun(text, word):
    assert plural_person_noun(word)
    assert word not in _dd104(text)


def test_a_rare_plural_of_people_stays_hard():
    # read as a noun too, 'gedetineerden' is a word of prisons and courts
    assert plural_person_noun("gedetineerden")
    assert "gedetineerden" in _dd104("De gedetineerden krijgen morgen bezoek.")


@pytest.mark.parametrize("verb", ["bewaren", "vergaderen", "aanvragen", "ondernemen", "overnemen"])
def test_a_verb_is_no_plural_of_people(verb):
    assert not plural_person_noun(verb)


# a new compound noun that the tagger reads as a verb -----------------------------------------

@pytest.mark.parametrize("text", [
    "Het weekgemiddelde wordt berekend door het gemiddelde van zeven dagen te nemen.",
    "Het weekgemiddelde van de metingen staat onderaan.",
])
def test_a_new_compound_noun_read_as_a_verb_is_known_by_its_parts(text):
    assert noun_headed_compound("weekgemiddelde")
    assert "weekgemiddelde" not in _dd104(text)


def test_a_compound_noun_read_as_a_verb_keeps_its_hard_part():
    assert noun_headed_compound("ozongemiddelde")
    assert DifficultWord().word_score("ozongemiddelde", "ozongemiddelde", "VERB", 15) is not None


@pytest.mark.parametrize("word", [
    "naamgebruik",  # text uses it as a whole: a term, judged by its own frequency
    "aanvullen",  # a verb
    "betrokkenen",  # a verb form ('betrekken')
])
def test_no_new_compound_noun(word):
    assert not noun_headed_compound(word)


# a particle verb's stem that the tagger reads as an adjective --------------------------------

def test_a_particle_verb_stem_read_as_an_adjective_is_read_as_its_verb():
    text = "Als ik de kosten bij elkaar optel, betaalt u meer."
    assert particle_verb_stem("optel") == "optellen"
    assert "optel" not in _dd104(text)


@pytest.mark.parametrize("word", ["openbaar", "aanwezig", "ingewikkeld", "bijgewerkt", "aangepast", "klein"])
def test_an_adjective_or_participle_is_no_verb_stem(word):
    assert particle_verb_stem(word) == ""


@pytest.mark.parametrize("verb, stems", [
    ("optellen", ("optel",)), ("inschrijven", ("inschrijf",)), ("aanvinken", ("aanvink",)),
    ("doorlezen", ("doorles", "doorlees")),
])
def test_verb_stems(verb, stems):
    assert verb_stems(verb) == stems


# a capitalised word that opens a quote --------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("De huisarts kiest de code ‘Influenza’ of de code ‘Pneumonie’ in het systeem.", "influenza"),
    ("De huisarts kiest de code ‘Influenza’ of de code ‘Pneumonie’ in het systeem.", "pneumonie"),
    ("De huisarts kiest de code 'Influenza' in het systeem.", "influenza"),
])
def test_a_quoted_term_with_a_capital_is_no_name(text, word):
    assert word in _dd104(text)


@pytest.mark.parametrize("text", [
    "De huisarts meldt Influenza bij de GGD.",  # a capital inside the sentence, no quote
    "Wij werken samen met ‘Stedin’ en ‘Ziggo’ aan de straat.",  # names: not in the word list
    "Klik op de knop “Verzenden” onderaan de pagina.",  # a quoted everyday word
])
def test_no_quoted_hard_word(text):
    assert not _dd104(text)


# the noun of quality of an adjective on the B1 list ------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Bij benauwdheid belt u de huisarts.", "benauwdheid"),
    ("Duizeligheid komt vaak voor bij ouderen.", "duizeligheid"),
])
def test_the_quality_of_a_b1_adjective_is_known(text, word):
    assert safe_quality_noun(word, b1_safe())
    assert word not in _dd104(text)


@pytest.mark.parametrize("word", ["betrokkenheid", "gesteldheid", "aansprakelijkheid", "benauwd"])
def test_no_quality_of_a_b1_adjective(word):
    assert not safe_quality_noun(word, b1_safe())
