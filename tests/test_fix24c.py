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
    from duidelijk.structure import listed_person
    assert listed_person(form) is person


# --- bug 4: DD101 an example at the end may open with a possessive, "alle" or a number -----------
@pytest.mark.parametrize("text", [
    "U kunt ook langskomen bij de balie van het stadskantoor met uw paspoort en een bewijs van uw adres, "
    "bijvoorbeeld uw huurcontract.",
    "U kunt ook langskomen bij de balie van het stadskantoor met uw paspoort en een bewijs van uw adres, "
    "zoals uw huurcontract.",
    "U kunt ook langskomen bij de balie van het stadskantoor met uw paspoort en een bewijs van uw adres, "
    "bijvoorbeeld twee brieven.",
    "U kunt ook langskomen bij de balie van het stadskantoor met uw paspoort en een bewijs van uw adres, "
    "bijvoorbeeld alle brieven.",
])
def test_an_example_with_a_possessive_or_number_at_the_end_gets_no_length_finding(check, text):
    assert not found(check, "DD101", text)


@pytest.mark.parametrize("text", [
    # "zoals" before a clause: it compares, it names no example
    "U kunt ook langskomen bij de balie van het stadskantoor met uw paspoort en een bewijs van uw adres, "
    "zoals uw buurman deed.",
])
def test_zoals_with_a_possessive_before_a_clause_keeps_the_length_finding(check, text):
    assert found(check, "DD101", text)


# --- bug 5: DD114 "anders ... later": the verb decides between a delay and a new task -------------
@pytest.mark.parametrize("text", [
    # what the reader gets later is the handling of their case: the same wait as "uw geld later"
    "Stuur het formulier zo snel mogelijk terug, anders krijgt u later antwoord.",
    "Stuur het formulier zo snel mogelijk terug, anders krijgt u later een besluit.",
    "Stuur het formulier zo snel mogelijk terug, anders krijgt u later een beslissing.",
    "Stuur het formulier zo snel mogelijk terug, anders krijgt u later uitsluitsel over uw aanvraag.",
])
def test_else_later_with_the_answer_the_reader_waits_for_is_a_delay(check, text):
    assert not found(check, "DD114", text)


@pytest.mark.parametrize("text", [
    # "moeten ... opnieuw": a new task for the reader, a consequence a deadline can prevent
    "Stuur het formulier zo snel mogelijk terug, anders moet u het formulier later opnieuw invullen.",
    "Stuur het formulier zo snel mogelijk terug, anders krijgt u later een boete.",
])
def test_else_later_with_a_new_task_or_cost_stays_vague(check, text):
    assert found(check, "DD114", text)


# --- bug 6: DD114 other ways to say "otherwise": "of anders", "en anders", a dash, "anders, als ..," -
@pytest.mark.parametrize("text", [
    "Stuur het formulier zo snel mogelijk terug, of anders duurt het langer.",
    "Stuur het formulier zo snel mogelijk terug en anders duurt het langer.",
    "Stuur het formulier zo snel mogelijk terug - anders duurt het langer.",
    "Stuur het formulier zo snel mogelijk terug, anders, als u te laat bent, duurt het langer.",
])
def test_otherwise_said_in_other_ways_with_longer_is_not_vague(check, text):
    assert not found(check, "DD114", text)


@pytest.mark.parametrize("text", [
    # "anders" with a consequence, no delay: a deadline is missing
    "Stuur het formulier zo snel mogelijk terug, anders, als u te laat bent, vervalt uw aanvraag.",
    "Stuur het formulier zo snel mogelijk terug of anders vervalt uw aanvraag.",
    # "anders" as "else, different": no "otherwise"
    "Stuur het formulier zo snel mogelijk terug en zet er iets anders bij, dat duurt langer.",
])
def test_otherwise_with_a_consequence_or_anders_as_different_stays_vague(check, text):
    assert found(check, "DD114", text)
