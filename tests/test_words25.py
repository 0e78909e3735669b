"""Word findings on real municipal text (words25): kinds of wrong DD104 findings seen on the
tunable discovery sets, fixed by how Dutch forms words. Own sentences."""
import pytest

from conftest import codes


def _spans(check, text, code):
    return [text[x.start:x.end] for x in codes(check(text, select=code), code)]


# DD104: an adverb of an everyday adjective and a place or time word ---------------------------

@pytest.mark.parametrize("text, word", [
    ("Wij hebben u kortgeleden een brief gestuurd.", "kortgeleden"),
    ("Het bewijs heet kortweg de QR-code.", "kortweg"),
    ("U mag vrijuit praten over uw situatie.", "vrijuit"),
])
def test_adverb_of_an_everyday_adjective_and_a_place_or_time_word_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    ("Wij hebben dat evenmin gedaan.", "evenmin"),  # "even" is no adjective: no "evener"
    ("Zij komt dikwijls te laat.", "dikwijls"),  # "wijls" is no place or time word
    ("Wij hebben u tweemaal gebeld.", "tweemaal"),  # a number, no adjective
])
def test_old_adverb_of_common_parts_stays_hard(check, text, word):
    assert word in _spans(check, text, "DD104")


def test_adjective_adverb_parts():
    from duidelijk.rules.difficult_words import adjective_adverb_parts, plain_adverb

    assert adjective_adverb_parts("kortgeleden") == ("kort", "geleden")
    assert adjective_adverb_parts("kortom") == ("kort", "om")
    assert adjective_adverb_parts("hooguit") == ("hoog", "uit")  # "hoge", "hoger": spelling undone
    assert plain_adverb("rechtdoor") and plain_adverb("kortweg")
    # function words and numbers have no inflected form and comparative; "schoots", "deels"
    # and "huids" are no place or time words
    assert not any(adjective_adverb_parts(w) for w in (
        "evenmin", "welhaast", "veeleer", "evenzeer", "eerlang", "tweemaal", "ruimschoots", "goeddeels",
        "heelhuids", "nagenoeg", "voordien", "dikwijls"))


# DD104: an English noun of a verb and its particle ------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Uw login werkt niet meer.", "login"),
    ("Na de checkin krijgt u een sleutel.", "checkin"),
])
def test_english_noun_of_an_everyday_dutch_particle_verb_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    ("Na de logout ziet u het beginscherm.", "logout"),  # "uitloggen" is not common enough
    ("De markgravin woonde in het kasteel.", "markgravin"),  # a Dutch noun in "-in"
])
def test_noun_in_a_particle_without_an_everyday_dutch_verb_stays_hard(check, text, word):
    assert word in _spans(check, text, "DD104")


def test_phrasal_noun_familiarity():
    from duidelijk.dictionary import lemma_zipf
    from duidelijk.rules.difficult_words import phrasal_noun_familiarity

    assert phrasal_noun_familiarity("login") == lemma_zipf("inloggen", "VERB")
    assert phrasal_noun_familiarity("logins") == lemma_zipf("inloggen", "VERB")
    assert phrasal_noun_familiarity("startup") == lemma_zipf("opstarten", "VERB")
    # no Dutch verb of the two words: "inkoningen", "inlogen"; too short a stem: "fout"
    assert phrasal_noun_familiarity("koningin") < 0
    assert phrasal_noun_familiarity("fout") < 0
    assert phrasal_noun_familiarity("cashout") < 0


# DD104: "-loos" adjectives are not read through the noun before "-loos" ----------------------
# (words25 tried it; rev25a showed look-alikes: "weerloos" is not "without weather", "radeloos",
# "sprakeloos", "mateloos" come from no noun the reader knows in that sense: the part before
# "-loos" does not tell the meaning, so these stay judged as words of their own)

@pytest.mark.parametrize("text, word", [
    ("Hij reed achteloos door rood.", "achteloos"),  # "achte" is no noun ("roekeloos": known by the word readings)
    ("Hij werkt feilloos.", "feilloos"),  # speech does not use "feil"
    ("Dat is een achteloze fout.", "achteloze"),  # "achte" is no noun
    ("De dieren zijn weerloos tegen de kou.", "weerloos"),  # not "without weather"
    ("Hij liep radeloos door de stad.", "radeloos"),
    ("Zij keek wezenloos voor zich uit.", "wezenloos"),
])
def test_adjective_in_loos_stays_judged_as_a_word_of_its_own(check, text, word):
    assert word in _spans(check, text, "DD104")


# DD104: a noun in "-ing" without its "g" is a slip, not an English particle noun -------------

@pytest.mark.parametrize("text, word, meant", [
    ("Ga in de richting van het station. Die richtin is goed.", "richtin", "richting"),
    ("Zijn houding was goed, maar haar houdin was niet goed.", "houdin", "houding"),
])
def test_noun_in_ing_without_g_is_not_a_particle_noun(check, text, word, meant):
    from duidelijk.rules.difficult_words import phrasal_noun_familiarity

    assert phrasal_noun_familiarity(word) < 0  # not "inrichten", "inhouden"
    assert word in _spans(check, text, "DD104")
    assert phrasal_noun_familiarity("login") > 0  # "loging" is no word: "inloggen"


# DD104: an English spelling with doubled letters of a word the text uses ----------------------

def test_doubled_letters_of_a_text_word_read_as_a_slip(check):
    text = "Geef uw nieuwe adres door. Staat er iemand anders op uw address ingeschreven? Bel ons dan."
    found = [x for x in codes(check(text, select="DD104"), "DD104") if text[x.start:x.end] == "address"]
    assert len(found) == 1
    assert found[0].suggestions == ["adres"] and "tikfout" in found[0].message


def test_doubled_letters_without_the_word_in_the_text_stay_a_hard_word(check):
    text = "Staat er iemand anders op uw address ingeschreven? Bel ons dan."
    found = [x for x in codes(check(text, select="DD104"), "DD104") if text[x.start:x.end] == "address"]
    assert len(found) == 1
    assert not found[0].suggestions and "moeilijk woord" in found[0].message
