"""Everyday words that DD104 called hard, and compounds that DD105 split wrongly in its message
(fix44c, forty-fourth session). Both ways for each kind.

1. DD104: a compound noun that the tagger calls a verb is read as a noun, also when the only
   verb its spelling gives is the word's own plural ("het fietswrak": 'fietswrakken' is no verb,
   text never writes "fietswrakt"); a real verb stays a verb.
2. DD104: a plural compound noun in "-s" that the tagger calls an adjective ("- matrassen en
   bedbodems") is read as a noun; an adjective of a material ("eikenhouten") is not.
3. DD104: a verb stem as the first part of a compound ("snoei" of "snoeihout") counts as its
   verb, all forms summed, as a plural first part counts as its noun; a noun first part
   ("wens") keeps its own forms, and a new compound with an abstract head stays hard
   ("aanmeldfunctie").
4. DD105: the parts a message names are the ones a reader sees: a linking s after "-ing",
   "-heid" ... belongs to the first part ("begroeiings" + "laag", not "begroeiing" + "slaag"),
   and a verb stem belongs to the noun right after it ("draagkracht" + "meting", not "dragen" +
   "krachtmeting").
5. DD104: an adjective in "-iaal", "-ionaal" that means "of the" + a concrete noun that readers
   know well ("provinciaal": of the provincie, "regionaal") gets the bar of other words, not the
   loanword bar; "structureel", "functioneel", "ministerieel" keep it.

Hard words stay hard: tested below on sentences with formal words and long compounds.
All sentences are written for these tests.
"""

import pytest

from conftest import codes
from duidelijk import dictionary
from duidelijk.rules import difficult_words as dw
from duidelijk.rules.long_words import reader_grouping, reader_parts


def spans(check, text: str, code: str) -> set[str]:
    report = check(text)
    return {text[f.start:f.end].lower() for f in codes(report, code)}


# --- 1. a compound noun tagged as a verb ----------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Het fietswrak staat al weken bij het station.", "fietswrak"),
    ("Een fietswrak aan het hek van de school halen wij weg.", "fietswrak"),
])
def test_compound_noun_tagged_verb_with_its_own_plural(check, text, word):
    assert word not in spans(check, text, "DD104")


def test_own_plural_is_no_verb():
    assert dw.own_plural("fietswrak", "fietswrakken")
    # a verb that text uses in its "hij" form stays a verb
    assert not dw.own_plural("inlog", "inloggen")
    # not a plural spelling of the word at all
    assert not dw.own_plural("fietswrak", "wrakken")


# --- 2. a plural compound noun tagged as an adjective -----------------------------------------

def test_plural_compound_noun_in_a_list(check):
    text = "Dit mag mee met het grofvuil:\n- matrassen en bedbodems\n- kasten en stoelen"
    assert "bedbodems" not in spans(check, text, "DD104")


@pytest.mark.parametrize("word, plural_noun", [
    ("bedbodems", True),
    ("eikenhouten", False),   # an adjective of a material has the plural's spelling
    ("dagelijks", False),     # an adjective in "s" that text uses
    ("bedbodem", False),      # no plural
])
def test_plural_compound_of_nouns(word, plural_noun):
    assert dw.plural_compound_of_nouns(word) is plural_noun


# --- 3. a verb stem as the first part ----------------------------------------------------------

def test_verb_stem_part_counts_as_its_verb():
    assert dictionary.stem_verb_familiarity("snoei") >= dictionary.lemma_zipf("snoeien", "VERB") - 1e-9
    assert dictionary.stem_verb_familiarity("snoei") > dictionary._part_ok("snoei", False)
    # a noun as first part is known by its own forms, not a verb's that count its plural
    assert dictionary.stem_verb_familiarity("wens") == -1.0
    assert dictionary.stem_verb_familiarity("fiets") == -1.0


def test_compound_of_an_everyday_verb_and_noun(check):
    text = "Snoeihout en tuinafval mogen in de groene container."
    assert "snoeihout" not in spans(check, text, "DD104")


def test_new_compound_of_a_verb_stem_and_an_abstract_head_stays_hard(check):
    # the penalty of a new compound with an abstract head is measured on the stem's infinitive
    text = "De aanmeldfunctie staat op de website."
    assert "aanmeldfunctie" in spans(check, text, "DD104")


# --- 5. an adjective in "-iaal", "-ionaal" of a concrete everyday noun ---------------------------

@pytest.mark.parametrize("text, word", [
    ("Voor een kapot verkeerslicht op een provinciale weg belt u de provincie.", "provinciale"),
    ("De regionale omroep meldt de afsluiting van de brug.", "regionale"),
])
def test_adjective_of_an_everyday_place_noun(check, text, word):
    assert word not in spans(check, text, "DD104")


@pytest.mark.parametrize("lemma, everyday", [
    ("provinciaal", True),
    ("provinciale", True),
    ("regionaal", True),
    ("structureel", False),     # no "of the structuur": more than the noun
    ("functioneel", False),     # "functie" is an abstract noun
    ("traditioneel", False),
    ("ministerieel", False),
    ("koloniaal", False),       # "kolonie" is no everyday noun
])
def test_everyday_noun_adjective(lemma, everyday):
    assert dw.everyday_noun_adjective(lemma, dw.DifficultWord({}).options) is everyday


@pytest.mark.parametrize("text, word", [
    ("Het tekort is een structureel probleem van de gemeente.", "structureel"),
    ("De ministeriële regeling geldt vanaf januari.", "ministeriële"),
])
def test_formal_adjectives_keep_the_loanword_bar(check, text, word):
    assert word in spans(check, text, "DD104")


# --- 4. the parts that DD105 names ---------------------------------------------------------------

@pytest.mark.parametrize("text, word, parts", [
    ("De draagkrachtmeting duurt ongeveer vier weken.", "draagkrachtmeting", "'draagkracht' + 'meting'"),
    ("De begroeiingslaag op het dak is te dik.", "begroeiingslaag", "'begroeiing' + 'laag'"),
    ("De parkeervergunningaanvraag is binnen.", "parkeervergunningaanvraag", "'parkeervergunning' + 'aanvraag'"),
])
def test_dd105_names_the_parts_a_reader_sees(check, text, word, parts):
    [f] = [f for f in codes(check(text), "DD105") if text[f.start:f.end].lower() == word]
    assert parts in f.message
    assert "'dragen'" not in f.message and "'slaag'" not in f.message


@pytest.mark.parametrize("parts, grouped", [
    (("begroeiing", "slaag"), ("begroeiings", "laag")),
    (("draag", "krachtmeting"), ("draagkracht", "meting")),
    # "tof" is rarer than "stof": the s stays with the head
    (("oefening", "stof"), ("oefening", "stof")),
    # no linking s after "bed"
    (("bed", "sprei"), ("bed", "sprei")),
    # a noun first part keeps its head whole
    (("bed", "bodems"), ("bed", "bodems")),
    # a head that is no compound
    (("parkeer", "vergunning"), ("parkeer", "vergunning")),
])
def test_reader_grouping(parts, grouped):
    assert reader_grouping("".join(parts), parts) == grouped


def test_reader_parts_without_the_linking_s():
    assert reader_parts("begroeiingslaag", ("begroeiing", "slaag")) == ["begroeiing", "laag"]


# --- hard words stay hard -----------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Wij gaan over tot tenuitvoerlegging van het besluit.", "tenuitvoerlegging"),
    ("U ontvangt een ingebrekestelling van de gemeente.", "ingebrekestelling"),
    ("Het bestemmingsplan staat dat niet toe.", "bestemmingsplan"),
    ("Het voorliggende voorstel is besproken.", "voorliggende"),
    ("De regels blijven onverkort van kracht.", "onverkort"),
    ("Wij kunnen de betaling opschorten.", "opschorten"),
    ("Wij prolongeren de regeling tot januari.", "prolongeren"),
])
def test_hard_words_stay_hard(check, text, word):
    # DD104 for a rare word, DD105 for a long one, DD103 for officialese it has a plainer word for
    assert word in spans(check, text, "DD104") | spans(check, text, "DD105") | spans(check, text, "DD103")
