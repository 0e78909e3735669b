"""Thirty-seventh session (rev37c): review of rules37c's DD105 action heads and rules37b's
rarer-plain-word rule. Own words and sentences, both ways."""

import pytest
from conftest import codes

from duidelijk.rules.long_words import LongWord


def long_verdict(word: str) -> bool:
    rule = LongWord()
    rule.options = dict(LongWord.settings)
    return rule.word_verdict(word, word, "NOUN")


# DD105: an -ing head that names a thing as well ("vestiging": a branch; LiNT-II's class "u")
# has the thing's frequency; the action the compound needs is rarer and often of a field.
@pytest.mark.parametrize("word", ["hypotheekvestiging", "rechtsvestiging", "kapitaalvestiging", "beleidsinstelling"])
def test_action_head_that_also_names_a_thing_keeps_the_compound_long(word):
    assert long_verdict(word)


# DD105: a first part DD103 calls officialese is no noun the reader knows; the object reading
# ("het voorschrift wijzigen") does not make the compound plain
@pytest.mark.parametrize("word", ["voorschriftwijziging", "richtlijnaanpassing", "vonnisuitvoering", "trajectwijziging"])
def test_officialese_first_part_keeps_the_compound_long(word):
    assert long_verdict(word)


@pytest.mark.parametrize("word", ["contractwijziging", "subsidieaanpassing", "procedurewijziging", "afspraakbevestiging"])
def test_abstract_action_head_still_reads_at_once(word):
    assert not long_verdict(word)


def test_action_head_that_names_a_thing_in_a_sentence(check):
    found = codes(check("De notaris regelt de hypotheekvestiging op de dag van de overdracht."), "DD105")
    assert found and "hypotheekvestiging" in found[0].message
    assert not codes(check("De notaris regelt de contractwijziging op de dag van de overdracht."), "DD105")
    found = codes(check("Na de richtlijnaanpassing krijgt u een nieuwe brief."), "DD105")
    assert found and "richtlijnaanpassing" in found[0].message
