"""Word findings on new real text (words28b): a compound noun the tagger calls an adverb.
Own words, none from the judged or harvest sets."""
import pytest


def _score(low, pos):
    from duidelijk.rules.difficult_words import DifficultWord

    return DifficultWord().word_score(low, low, pos, None)


# a compound of two nouns that text does use, tagged as an adverb, is still a noun ----------

@pytest.mark.parametrize("word", ["contactgegevens", "jaarrekening", "stadsdeel", "zondagmiddag"])
def test_used_compound_of_two_nouns_is_a_noun(word):
    from duidelijk.rules.difficult_words import mistagged_compound_noun

    assert mistagged_compound_noun(word)


@pytest.mark.parametrize("word", ["contactgegevens", "jaarrekening", "stadsdeel"])
def test_used_compound_of_two_nouns_tagged_as_adverb_is_known(word):
    # read as an adverb it had the loanword bar of adverbs (4.2): hard by its tag only
    assert _score(word, "ADV") is None
    assert _score(word, "NOUN") is None


@pytest.mark.parametrize("word", ["kortweg", "overdag", "tegelijkertijd", "tussentijds", "huiswaarts",
                                  "stapsgewijs", "grotendeels", "bovendien"])
def test_adverbs_made_of_parts_stay_adverbs(word):
    from duidelijk.rules.difficult_words import mistagged_compound_noun

    assert not mistagged_compound_noun(word)


@pytest.mark.parametrize("word", ["tussentijds", "huiswaarts"])
def test_formal_adverbs_made_of_parts_stay_hard(word):
    assert _score(word, "ADV") is not None


# a participle with its last '-t' or '-d' left out or swapped is a slip, not a hard word -------

def _messages(check, text):
    from conftest import codes

    return {text[f.start:f.end]: (f.message, f.suggestions) for f in codes(check(text, select="DD104"), "DD104")}


@pytest.mark.parametrize("text, word, meant", [
    ("Je bent nu aangemelt voor de cursus.", "aangemelt", "aangemeld"),
    ("Je foto is aan het verslag toegevoeg.", "toegevoeg", "toegevoegd"),
    ("Alle buren zijn uitgenodig voor het feest.", "uitgenodig", "uitgenodigd"),
])
def test_participle_slip_asks_for_the_participle(check, text, word, meant):
    message, suggestions = _messages(check, text)[word]
    assert "verkeerd geschreven" in message and "tikfout" not in message and meant in message
    assert suggestions == [meant]


@pytest.mark.parametrize("word, meant", [
    ("gemaak", "gemaakt"), ("gewijzigt", "gewijzigd"), ("opgestuurt", "opgestuurd"), ("opgehaal", "opgehaald"), ("gewerkd", "gewerkt"),
])
def test_participle_slip_finds_the_participle(word, meant):
    from duidelijk.rules.difficult_words import participle_slip

    assert participle_slip(word) == meant


@pytest.mark.parametrize("word", ["verhuist", "geplaatst", "gebeurt", "bestemming", "gelezen", "vergunning"])
def test_real_words_are_no_participle_slip(word):
    from duidelijk.rules.difficult_words import participle_slip

    assert participle_slip(word) == ""


def test_hard_word_keeps_its_message(check):
    text = "De gemeente voert een restrictief beleid."
    message, suggestions = _messages(check, text)["restrictief"]
    assert "moeilijk woord" in message and not suggestions
