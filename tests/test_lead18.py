"""The lead's fixes of the eighteenth session. 'opheffen' is officialese for ending a rule, a
ban or a payment ('afschaffen'), not for lifting a glass or a hand: the word it is said of must
be its own object or subject, also as the head of a compound ('parkeervergunning'). Every
sentence written for these tests."""

import pytest

from conftest import codes


def found(check, text, word):
    return [f for f in codes(check(text), "DD103") if word in f.text.lower()]


@pytest.mark.parametrize("text, word", [
    ("De gemeente heft de regel op.", "heft"),
    ("De gemeente heft de parkeervergunning voor uw straat op.", "heft"),
    ("Het parkeerverbod wordt volgend jaar opgeheven.", "opgeheven"),
    ("Wij heffen de maatregel op zodra het kan.", "heffen"),
])
def test_opheffen_of_a_rule_is_officialese(check, text, word):
    assert found(check, text, word)


@pytest.mark.parametrize("text, word", [
    ("Hij heft zijn glas op.", "heft"),
    ("Zij hief haar hand op en zei dat de regeling goed was.", "hief"),
    ("De sporter heft de beker op, want de regels waren eerlijk.", "heft"),
])
def test_opheffen_of_a_thing_is_no_finding(check, text, word):
    assert not found(check, text, word)


def test_lopende_with_a_compound_of_its_noun(check):
    """'lopende' goes with a procedure noun, also as the head of a compound; not with another
    noun in the sentence."""
    assert found(check, "Uw lopende bouwaanvraag blijft gewoon staan.", "lopende")
    assert not found(check, "De lopende kosten van uw aanvraag betaalt u zelf.", "lopende")


def test_dd105_names_the_verb_whose_stem_the_part_is(check):
    """A first part that is a verb stem is named as its verb: 'stook' is the stem of 'stoken',
    not of 'stokken' (stem 'stok'), though both are spellings the part could come from; 'beweeg'
    stays 'bewegen' (review bug 14 of the eighteenth session)."""
    long_words = [f for f in codes(check("Het stookseizoensoverzicht is klaar."), "DD105")]
    assert long_words and "'stoken'" in long_words[0].message and "stokken" not in long_words[0].message
    moving = [f for f in codes(check("De beweegactiviteitenkalender is klaar."), "DD105")]
    assert moving and "'bewegen'" in moving[0].message


@pytest.mark.parametrize("text, word", [
    ("De gemeente heft belasting op honden.", "heft"),
    ("Wij heffen leges voor een paspoort.", "heffen"),
    ("De gemeente heft een afvalstoffenheffing.", "heft"),
    ("Over dit bedrag heffen wij geen btw.", "heffen"),
])
def test_heffen_of_a_charge_is_officialese(check, text, word):
    """'heffen' is officialese for charging money ('laten betalen', 'vragen'): what is charged
    is its own object, also as a compound head ('afvalstoffenheffing')."""
    assert found(check, text, word)


@pytest.mark.parametrize("text, word", [
    ("Hij heft zijn glas op het nieuwe jaar.", "heft"),
    ("De sporters heffen de armen in de lucht.", "heffen"),
])
def test_heffen_of_a_thing_is_lifting(check, text, word):
    """Lifting a glass or arms is no charge: no 'vragen'."""
    assert not found(check, text, word)
