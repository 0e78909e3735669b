"""DD105 on a long compound the tagger calls a name, thirty-second session (rules32c helper).
Own sentences, both ways."""

import pytest

import duidelijk
from duidelijk.dictionary import has_word_list, listed_name
from duidelijk.rules.long_words import compound_noun_named

needs_word_list = pytest.mark.skipif(not has_word_list(), reason="needs the OpenTaal word list")


def _dd105(text: str) -> list[str]:
    return [text[f.start:f.end] for f in duidelijk.check_text(text).findings if f.code == "DD105"]


@needs_word_list
@pytest.mark.parametrize("text, word", [
    # a heading and a word inside a sentence that the tagger calls a name (PROPN)
    ("Betalingsherinneringsbrief\nWij sturen u deze brief omdat u nog niet betaald heeft.",
     "Betalingsherinneringsbrief"),
    ("Lees de Klachtenrapportage van de gemeente.", "Klachtenrapportage"),
    ("Klachtenrapportage\nHier leest u wat er met uw klacht gebeurt.", "Klachtenrapportage"),
])
def test_a_long_compound_the_tagger_calls_a_name_is_judged_as_a_noun(text, word):
    assert compound_noun_named(word)
    assert word in _dd105(text)


@needs_word_list
def test_a_name_of_the_word_list_stays_a_name():
    # 'Schiermonnikoog' splits into 'schier' + 'monnik' + 'oog', but the word list holds it as a name
    assert listed_name("Schiermonnikoog")
    assert not compound_noun_named("Schiermonnikoog")
    assert _dd105("Schiermonnikoog is een mooi eiland.") == []


@needs_word_list
@pytest.mark.parametrize("text", [
    "Staatsbosbeheer beheert het bos.",  # a known name: no long word for the reader
    "Toestemmingsformulier\nVul dit formulier in.",  # the everyday name of a thing
    "Wij werken samen met Natuurmonumenten en de Kinderbescherming.",
])
def test_a_known_compound_tagged_as_a_name_is_no_finding(text):
    assert _dd105(text) == []


@pytest.mark.parametrize("word", ["MijnOverheidZakelijk", "BELASTINGDIENST", "Rotterdam", "betalingsherinnering"])
def test_no_compound_noun_named(word):
    # a capital inside the word, only capitals, one part, no capital: not this reading
    assert not compound_noun_named(word)


@needs_word_list
def test_a_word_in_a_name_does_not_hide_the_same_word_later():
    # 'Klachtenrapportage' belongs to the name "Bureau Klachtenrapportage" (no finding there); the
    # same word in small letters later in the text is the reader's word
    text = "Het Bureau Klachtenrapportage leest uw brief. In de klachtenrapportage staat wat er met uw klacht gebeurt."
    assert _dd105(text) == ["klachtenrapportage"]
