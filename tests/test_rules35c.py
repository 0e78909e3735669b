"""rules35c: an adjective that Dutch text never writes before a noun with its -e is an adverb
of the sentence ("momenteel": hardly ever "de momentele stand"). The 'mild' rule of DD103's
list (benchmarks/dd103_entries.py) keeps adverbs out, as they carry the sentence's formal
register ('thans', 'heden'); the tagger called the word alone ADJ. So 'momenteel' is a finding
again, with 'nu' in its place. Adjectives with a form before a noun ('telefonisch', 'relevant')
stay mild. Sentences written for these tests."""

import sys
from pathlib import Path

import pytest

from conftest import benchmark_script, codes

ROOT = Path(__file__).resolve().parents[1]


def entries_script():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return benchmark_script("dd103_entries.py", "dd103_entries")


def dd103(report):
    return {f.text.lower(): f for f in codes(report, "DD103")}


def test_an_adjective_without_a_form_before_a_noun_counts_as_an_adverb():
    script = entries_script()
    assert script.word_class_of({"term": "momenteel"}) == "ADV"
    # with 'telefonische', 'relevante', 'efficiënte' before a noun: adjectives, as before
    for word in ("telefonisch", "relevant", "efficiënt", "schriftelijk"):
        assert script.word_class_of({"term": word}) == "ADJ", word
    # the column 'pos' still decides where it is filled in
    assert script.word_class_of({"term": "momenteel", "pos": "NOUN"}) == "NOUN"


def test_the_adverb_is_no_mild_candidate_the_adjectives_stay():
    script = entries_script()
    mild = script.mild_terms()
    assert "momenteel" not in mild
    assert {"telefonisch", "relevant", "aanstaande", "locatie"} <= mild


@pytest.mark.parametrize("text, suggestion", [
    ("Wij bekijken uw aanvraag momenteel nog.", "nu"),
    ("Momenteel is het loket aan de Markt gesloten.", "Nu"),
    ("Er zijn momenteel geen plaatsen vrij in de opvang.", "nu"),
])
def test_momenteel_is_found_with_nu_in_its_place(check, text, suggestion):
    found = dd103(check(text))
    assert "momenteel" in found
    assert found["momenteel"].suggestions[0] == suggestion
    assert "ambtelijke taal" in found["momenteel"].message


@pytest.mark.parametrize("text, mild_word", [
    ("U kunt ons momenteel alleen telefonisch bereiken.", "telefonisch"),
    ("Momenteel zoeken wij de relevante stukken op.", "relevante"),
])
def test_adjectives_beside_it_stay_mild(check, text, mild_word):
    found = dd103(check(text))
    assert "momenteel" in found
    assert mild_word not in found



@pytest.mark.parametrize("text", [
    "De momentele situatie op de weg is lastig.",
    "Wij kijken naar de momentele wachttijden bij het loket.",
])
def test_the_rare_form_before_a_noun_gets_no_adverb(check, text):
    # rev35b: "de momentele situatie" became "de nu situatie". The word is an adverb of the
    # sentence, and so are its alternatives: none can stand before the noun
    found = dd103(check(text))
    assert "momentele" in found
    assert "nu" not in found["momentele"].suggestions
    assert not found["momentele"].suggestions


@pytest.mark.parametrize("text, word, suggestion", [
    ("U krijgt een afzonderlijke brief over de kosten.", "afzonderlijke", "aparte"),
    ("Wij sturen de benodigde formulieren mee.", "benodigde", "nodige"),
])
def test_an_adjective_with_a_form_before_a_noun_keeps_its_inflected_alternative(check, text, word, suggestion):
    found = dd103(check(text))
    assert word in found
    assert found[word].suggestions[0] == suggestion
