"""DD104 on real text (rules32g): everyday words called hard. An adverb of "hoe" and an everyday
adjective ("hoelang"), the ending of a word written in brackets ("zorg(elijke)") and a noun of a
present participle ("de werkzoekende"). Own sentences, none from the judged or harvest sets."""
import pytest

from conftest import codes


def _spans(check, text, code="DD104"):
    return [text[x.start:x.end] for x in codes(check(text, select=code), code)]


# "hoe" and an everyday adjective: a question of degree, not an adverb of written Dutch -------------

@pytest.mark.parametrize("text, word", [
    ("Wij weten nog niet hoelang de bouw van de school duurt.", "hoelang"),
    ("Hoelang moet ik wachten op mijn nieuwe pas?", "Hoelang"),
])
def test_hoe_and_an_everyday_adjective_is_known(check, text, word):
    assert word not in _spans(check, text)


@pytest.mark.parametrize("text, word", [
    ("Wij begrijpen hoezeer deze keuze u raakt.", "hoezeer"),  # no adjective forms: formal
    ("Wij kijken in hoeverre u recht heeft op hulp.", "hoeverre"),  # an inflected form
])
def test_other_hoe_adverbs_stay_formal(check, text, word):
    assert word in _spans(check, text)


def test_question_adverb_parts():
    from duidelijk.rules.difficult_words import question_adverb_parts

    assert question_adverb_parts("hoelang") == ("hoe", "lang")
    assert question_adverb_parts("hoezeer") is None
    assert question_adverb_parts("hoeverre") is None
    assert question_adverb_parts("langzaam") is None


# the ending of a word in brackets straight after it: no word of its own ---------------------------

def test_ending_in_brackets_is_no_word(check):
    text = "Wij zien soms zorg(elijke) situaties bij oudere bewoners in de wijk."
    assert "elijke" not in _spans(check, text)


def test_word_in_brackets_after_a_space_stays(check):
    text = "Wij sturen u een brief (met een specificatie van de kosten)."
    assert "specificatie" in _spans(check, text)
    text = "Wij sturen u de brief (specificatie) later."
    assert "specificatie" in _spans(check, text)


# a noun of a present participle ("de werkzoekende"): read by its own forms as a noun ------------

@pytest.mark.parametrize("text, word", [
    ("De werkzoekende krijgt elke week hulp van een coach van de gemeente.", "werkzoekende"),
    ("Wij kijken of de uitkering van de werkzoekende nog klopt.", "werkzoekende"),
    # tagged as an adjective: the noun list knows the word
    ("Wij bekijken of het geld van de werkzoekende terecht of onterecht is betaald.", "werkzoekende"),
    ("Wij helpen werkzoekende mensen in de wijk.", "werkzoekende"),
])
def test_participle_noun_is_read_as_a_noun(check, text, word):
    assert word not in _spans(check, text)


def test_rare_participle_noun_stays_hard(check):
    text = "De rechtzoekende kan altijd bij het loket terecht met vragen."
    assert "rechtzoekende" in _spans(check, text)


def test_participle_noun_lemma():
    from duidelijk.rules.difficult_words import participle_noun_lemma

    assert participle_noun_lemma("werkzoekende", "werkzoeken") == "werkzoekende"
    assert participle_noun_lemma("werkzoekenden", "werkzoekend") == "werkzoekende"
    assert participle_noun_lemma("regelingen", "regeling") == ""
    assert participle_noun_lemma("wegen", "weg") == ""
