"""Word findings on real municipal text (words26): kinds of wrong DD104 findings seen on the
tunable discovery sets, fixed by how Dutch forms words. Own sentences."""
import pytest

from conftest import codes


def _spans(check, text, code):
    return [text[x.start:x.end] for x in codes(check(text, select=code), code)]


# DD104: a compound whose first part is an English noun of a verb and its particle -------------

@pytest.mark.parametrize("text, word", [
    ("Ga naar de loginpagina van de gemeente.", "loginpagina"),
    ("U krijgt de logincode per sms.", "logincode"),
    ("Vul uw logingegevens in.", "logingegevens"),
])
def test_compound_of_an_english_particle_noun_reads_as_the_dutch_stem_compound(check, text, word):
    assert word not in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    # a head that names a manner or a quality of the act: as hard as the Dutch
    # "inlogmethode", "inlogfunctie" (``dictionary.novel_abstract``). words28: no longer
    # "loginlink": a link is a place on a screen where one does the act, as a page is
    # ("inloglink" as "inlogpagina", ``wordlists/act_places.tsv``)
    ("Kies een loginmethode die bij u past.", "loginmethode"),
    ("Gebruik de loginfunctie van de app.", "loginfunctie"),
])
def test_compound_of_an_english_particle_noun_is_as_hard_as_the_dutch_one(check, text, word):
    assert word in _spans(check, text, "DD104")


def test_phrasal_compound_familiarity():
    from duidelijk.dictionary import known_meaning
    from duidelijk.rules.difficult_words import phrasal_compound_familiarity

    assert phrasal_compound_familiarity("loginpagina", "loginpagina") == known_meaning("inlogpagina", "inlogpagina", "NOUN")
    assert phrasal_compound_familiarity("loginmethode", "loginmethode") == known_meaning("inlogmethode", "inlogmethode", "NOUN")
    # no English particle noun first: a Dutch noun in "-ing" without its "g" ("richtin"), a
    # part that ends in "in" but is no verb's noun ("margarine" + "pot"), one part only
    for word in ("richtinpagina", "margarinepot", "loginpagina"[:5]):
        assert phrasal_compound_familiarity(word, word) == -1.0


# DD104: a compound whose first part is an everyday compound for a thing or a person -----------

@pytest.mark.parametrize("text, word", [
    ("De woonboothaven ligt achter het station.", "woonboothaven"),
    ("Er is plaats in de woonbotenhaven.", "woonbotenhaven"),
    ("Wilt u stembureaulid worden?", "stembureaulid"),
    ("In de grofvuilkalender staan de dagen.", "grofvuilkalender"),
])
def test_compound_with_an_everyday_compound_as_first_part_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    ("De klankbordgroep komt elke maand samen.", "klankbordgroep"),  # 'klankbord' is figurative (abstract)
    ("De grondwaternorm is streng.", "grondwaternorm"),  # a new compound with an abstract head
])
def test_compound_with_a_figurative_first_part_or_a_new_abstract_head_stays_hard(check, text, word):
    assert word in _spans(check, text, "DD104")


def test_nested_compound_familiarity():
    from duidelijk.dictionary import known_meaning
    from duidelijk.rules.difficult_words import nested_compound_familiarity

    assert nested_compound_familiarity("stembureaulid", "stembureaulid") == pytest.approx(
        min(known_meaning("stembureau", "stembureau", "NOUN"), known_meaning("lid", "lid", "NOUN")))
    # its first part no compound ("boot" + "haven"), an abstract one ("klankbord"), or an
    # abstract head of a new compound ("grondwater" + "norm"): no such reading
    for word in ("boothaven", "klankbordgroep", "grondwaternorm"):
        assert nested_compound_familiarity(word, word) == -1.0


# DD105: a first part with the linking '-en-' is the plural of its noun -------------------------

def test_first_part_with_linking_en_reads_as_its_noun(check):
    text = "Bewaar de brievenbestanden op uw computer."
    assert "brievenbestanden" not in _spans(check, text, "DD105")  # files of letters: 'brief' + 'bestand'


@pytest.mark.parametrize("text, word", [
    ("De brievenverwerking duurt lang.", "brievenverwerking"),  # an action head: who handles what
    ("Wij betalen de ganzenbestrijding.", "ganzenbestrijding"),
])
def test_linking_en_before_an_action_head_stays_long(check, text, word):
    assert word in _spans(check, text, "DD105")


def test_word_zipf_of_a_linked_plural():
    from duidelijk.dictionary import lemma_zipf
    from duidelijk.rules.long_words import word_zipf

    assert word_zipf("brieven") == pytest.approx(lemma_zipf("brief", "NOUN"))
    assert word_zipf("brieven", head=True) >= word_zipf("brieven")  # the head read its plural before
    assert word_zipf("betalen") == word_zipf("zwemmen") == 0.0  # infinitives, no plurals of a noun


def test_nested_compound_needs_a_first_part_the_noun_list_names_a_head_of():
    from duidelijk.rules.difficult_words import nested_compound_familiarity

    # the splitter cuts these simple words in two ("hen" + "nep", "pa" + "trijs"); LiNT-II's
    # noun list names no head for them, so they are no compounds to read by their parts
    for word in ("hennepvezel", "patrijspoort", "pendeldienst"):
        assert nested_compound_familiarity(word, word) == -1.0
    assert nested_compound_familiarity("grofvuilkalender", "grofvuilkalender") > 3.5
