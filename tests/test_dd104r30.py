"""DD104 on real text (dd104r30): a new compound whose head is an amount of money, and a compound
whose two parts the text itself writes as words. Own sentences, none from the judged or harvest
sets."""
import pytest

from conftest import codes


def _spans(check, text, code="DD104"):
    return [text[x.start:x.end] for x in codes(check(text, select=code), code)]


# a head that names an amount of money: money for or of the first part ---------------------------

@pytest.mark.parametrize("text, word", [
    ("Elke inwoner krijgt een fietstegoed van de gemeente.", "fietstegoed"),
    ("Wij geven u een schoenenbudget voor het nieuwe jaar.", "schoenenbudget"),
    ("U betaalt een hondenboete als uw hond los loopt.", "hondenboete"),
])
def test_new_compound_with_a_money_head_is_known(check, text, word):
    assert word not in _spans(check, text)


@pytest.mark.parametrize("text, word", [
    ("U krijgt een reistoelage.", "reistoelage"),  # the head keeps its own bar: 'toelage' is rare
    ("Wij meten het kavelniveau.", "kavelniveau"),  # no money: a relation to work out
    ("De vossenoverlast neemt toe.", "vossenoverlast"),
])
def test_other_new_compounds_with_an_abstract_head_stay_hard(check, text, word):
    assert word in _spans(check, text)


def test_novel_abstract_reads_money_heads():
    from duidelijk.dictionary import novel_abstract

    assert not novel_abstract("fietstegoed", "fietstegoed", "tegoed")
    assert not novel_abstract("fietstoeslagen", "fietstoeslag", "toeslagen")  # a plural head
    assert novel_abstract("kavelniveau", "kavelniveau", "niveau")
    # DD105's long words (``sequence`` off): a money head lifts nothing there
    assert novel_abstract("fietstegoed", "fietstegoed", "tegoed", sequence=False)


# the text writes both parts as words of their own --------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Hebben vossen overlast veroorzaakt? Meld de vossenoverlast bij ons.", "vossenoverlast"),
    ("Het grondwater moet aan een norm voldoen. Die grondwaternorm is streng.", "grondwaternorm"),
    ("Wij letten op de kwaliteit van de fietsen. Die fietskwaliteit is goed.", "fietskwaliteit"),
])
def test_compound_whose_parts_the_text_writes_is_known(check, text, word):
    assert word not in _spans(check, text)


@pytest.mark.parametrize("text, word", [
    # 'last' is not 'overlast': the head is not in the text
    ("Hebben vossen last veroorzaakt? Meld de vossenoverlast bij ons.", "vossenoverlast"),
    # only the first part in the text
    ("Er zijn veel vossen. Meld de vossenoverlast bij ons.", "vossenoverlast"),
    # both parts, but apart: no phrase that shows how they relate
    ("In uw straat wonen vossen. Heeft u daar last van? Dan is er overlast. Meld de vossenoverlast.",
     "vossenoverlast"),
    # a part that is hard by itself stays the reader's obstacle ('kavel' has its own finding)
    ("Wij meten het niveau van de kavel. Daarna kennen we het kavelniveau.", "kavelniveau"),
])
def test_compound_whose_parts_the_text_does_not_write_stays_hard(check, text, word):
    assert word in _spans(check, text)


def test_parts_in_text():
    from duidelijk.rules.difficult_words import parts_in_text

    def never(word):
        return False

    near = {"vossen": [(0, 3)], "vos": [(0, 3)], "overlast": [(0, 4)]}
    assert parts_in_text("vossenoverlast", near, never)
    assert not parts_in_text("vossenoverlast", {"vossen": [(0, 3)], "last": [(0, 4)]}, never)
    assert not parts_in_text("vossenoverlast", near, lambda w: w == "overlast")
    # far apart, or in two sentences: no phrase
    assert not parts_in_text("vossenoverlast", {"vossen": [(0, 3)], "overlast": [(0, 12)]}, never)
    assert not parts_in_text("vossenoverlast", {"vossen": [(0, 3)], "overlast": [(1, 5)]}, never)


# three parts, with a group of two that text seldom writes as a word: read by its own parts ----

@pytest.mark.parametrize("text, word", [
    ("Het museumpasjaar eindigt op 1 juli.", "museumpasjaar"),
])
def test_three_parts_with_a_new_group_of_easy_parts_is_known(check, text, word):
    assert word not in _spans(check, text)


@pytest.mark.parametrize("text, word", [
    ("Het kavelpasjaar eindigt op 1 juli.", "kavelpasjaar"),  # 'kavel' is hard
    ("De museumpasnorm is streng.", "museumpasnorm"),  # a new compound with an abstract head
])
def test_three_parts_with_a_hard_part_or_a_relation_to_work_out_stay_hard(check, text, word):
    assert word in _spans(check, text)


def test_grouped_by_parts_familiarity():
    from duidelijk.rules.difficult_words import grouped_by_parts_familiarity

    assert grouped_by_parts_familiarity("museumpasjaar") >= 4.0  # "museum" + "pas", "jaar"
    assert grouped_by_parts_familiarity("museumpasnorm") < 3.5  # 'norm' abstract: the relation
    assert grouped_by_parts_familiarity("fietspad") == -1.0  # two parts: not this reading
