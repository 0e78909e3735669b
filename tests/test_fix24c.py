"""Fixes of review rev24b bugs 3-6 (fix24c): DD110 "u met uw" + a person, DD101 examples that
open with a possessive or a number, DD114 "anders ... later" decided by the verb, and the ways
Dutch says "otherwise". Each with an example it must leave and one it must keep. Own sentences
and the reviewer's."""

import pytest
from conftest import codes


def found(check, code, text):
    return codes(check(text), code)  # all rules on: the other findings count


# --- bug 3: DD110 "u met uw" + a noun with a person ending or a member is the reader and others ----
@pytest.mark.parametrize("text", [
    "Als u met uw mantelzorger komt, kunnen jullie samen het formulier invullen.",
    "Als u met uw begeleider komt, kunnen jullie samen het formulier invullen.",
    "Als u met uw familieleden komt, kunnen jullie samen spelen.",
    "Als u met uw gezinsleden verhuist, moeten jullie dat doorgeven.",
])
def test_u_with_a_person_noun_and_jullie_is_no_mix(check, text):
    assert not found(check, "DD110", text)


@pytest.mark.parametrize("text", [
    "Als u met uw DigiD inlogt, kunnen jullie het formulier invullen.",
    "Als u met uw auto komt, kunnen jullie samen parkeren.",
])
def test_u_with_a_thing_and_jullie_stays_a_mix(check, text):
    assert found(check, "DD110", text)


@pytest.mark.parametrize("form, person", [
    ("schoonmoeder", True), ("gemeenteraad", True), ("gezinsleden", True), ("ouder", True),
    ("schouder", False),  # 'sch' is no word: no compound of 'ouder'
    ("aanvraag", False),
])
def test_listed_person_needs_a_word_before_the_last_part(form, person):
    from duidelijk.rules.passive import listed_person
    assert listed_person(form) is person
