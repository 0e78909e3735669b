"""Review fixes of DD104 on fresh text (rev22b on dd104w22, fix22b). Sentences of the review,
both ways: the wrong finding gone, the right one of the same kind kept."""
import pytest

from conftest import codes


def _words(check, text):
    return [x.text for x in codes(check(text, select="DD104"), "DD104")]


# bug 1: a known word as the head of a rare compound ('legging' on the B1 list) does not make
# the whole known: '-legging' nouns come from 'leggen', not the trousers
@pytest.mark.parametrize("text, word", [
    ("Wij kondigen de stillegging van de bouw aan.", "stillegging"),
    ("Dit besluit is de grondlegging van ons nieuwe beleid.", "grondlegging"),
    ("Na de blootlegging van de fundering kijken wij verder.", "blootlegging"),
    ("De openlegging van de stukken gebeurt in het stadhuis.", "openlegging"),
    ("Wij hebben uw weerleggingen gelezen.", "weerleggingen"),
])
def test_compound_with_a_known_head_in_another_sense_stays_difficult(check, text, word):
    assert word in _words(check, text)


def test_known_part_compound_only_with_the_known_part_first():
    from duidelijk.rules.difficult_words import known_part_compound

    assert known_part_compound("coronabewijs", "NOUN", 3.5)  # the known part first: kept
    assert not known_part_compound("stillegging", "NOUN", 3.5)
    # (fix23b: 'zwangerschapsvergiftiging' is known again: its head 'vergiftiging' is its verb's
    # action, and no word joins 'zwangerschap' and 'vergiftigen'; it is the everyday name of
    # what doctors call 'pre-eclampsie'. Only the head's sense decides: rev23 bug 10)
    assert known_part_compound("zwangerschapsvergiftiging", "NOUN", 3.5)


# bug 2: an adjective compound the dictionary lists is a word of its own (often a term): the
# tagger's verb reading keeps the verdict on the whole; one made on the spot is read by its parts
@pytest.mark.parametrize("text", [
    "U kunt uw zienswijze vormvrij indienen.",
    "U mag het bezwaar vormvrij sturen.",
])
def test_listed_adjective_compound_tagged_as_verb_stays_difficult(check, text):
    assert "vormvrij" in _words(check, text)


def test_listed_adjective_compounds_keep_their_verdict_as_verb():
    from duidelijk.rules.difficult_words import DifficultWord

    rule = DifficultWord()
    for word in ("vormvrij", "kostenneutraal", "budgetneutraal", "beleidsarm"):
        assert rule.word_score(word, word, "VERB", None) is not None, word
    assert rule.word_score("uitstootvrij", "uitstootvrij", "VERB", None) is None


# bug 3: a past participle of a verb on the B1 list, tagged as an adjective or noun
@pytest.mark.parametrize("text, word", [
    ("U bent automatisch uitgelogd.", "uitgelogd"),
    ("Na tien minuten wordt u uitgelogd.", "uitgelogd"),
    ("Stuur ons het ingescande formulier.", "ingescande"),
    ("U heeft te snel gescrold.", "gescrold"),
    ("Neem de uitgeprinte brief mee naar het loket.", "uitgeprinte"),
])
def test_participle_of_a_list_verb_is_not_difficult(check, text, word):
    assert word not in _words(check, text)


def test_list_verb_form_only_past_participles_outside_verbs():
    from duidelijk.rules.difficult_words import b1_safe, list_verb_form

    safe = b1_safe()
    for pos in ("VERB", "ADJ", "NOUN"):
        assert list_verb_form("uitgelogd", pos, safe) and list_verb_form("uitgeprinte", pos, safe)
    assert list_verb_form("uitlogt", "VERB", safe)
    assert not list_verb_form("uitlogt", "ADJ", safe)  # no participle: the tagger's noun or adjective
    assert not list_verb_form("gedeblokkeerd", "ADJ", safe)  # no verb of the list


# bug 5: a list entry that is also a noun ('inkomen': income) frees no verb form
@pytest.mark.parametrize("text", [
    "Er zijn veel bezwaren ingekomen.",
    "Alle ingekomen brieven staan op de lijst.",
])
def test_participle_of_a_list_noun_stays_difficult(check, text):
    assert "ingekomen" in _words(check, text)


def test_list_noun_is_no_verb():
    from duidelijk.rules.difficult_words import b1_safe, list_verb_form

    safe = b1_safe()
    assert not list_verb_form("ingekomen", "VERB", safe) and not list_verb_form("ingekomen", "ADJ", safe)
    assert list_verb_form("ingelogd", "VERB", safe)


# bug 4: the forms of 'uitzoomen' and 'swipen', which the spelling rules cannot find (the word
# list lacks both verbs), are on the B1 list with their verb
@pytest.mark.parametrize("text, word", [
    ("Wij hebben de foto uitgezoomd.", "uitgezoomd"),
    ("U swipet naar links om verder te gaan.", "swipet"),
    ("Heeft u al naar links geswipet?", "geswipet"),
])
def test_forms_of_list_verbs_the_word_list_lacks_are_not_difficult(check, text, word):
    assert word not in _words(check, text)
