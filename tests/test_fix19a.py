"""Review fixes of the nineteenth session (fix19a) for miss19's DD111 and DD103 commits: each
bug's sentences both ways (the wrong finding gone, the right finding of the same kind kept).
Own sentences, written from knowledge of Dutch."""

import pytest

LETTER = "Geachte mevrouw De Vries,\n\n{}\n\nWij helpen u graag."


def impersonal(check, sentence):
    return [f for f in check(LETTER.format(sentence), select=["DD111"]).findings if f.code == "DD111"]


# --- DD111: a 'niet' in a clause before the predicate is no second negation (bug 1) ----------
@pytest.mark.parametrize("sentence, span, example", [
    ("Omdat de brug niet open is, is het onmogelijk om de stad in te rijden.", "is het onmogelijk",
     "'U kunt ... niet'"),
    ("Zolang de weg niet klaar is, is het onmogelijk om hier te parkeren.", "is het onmogelijk",
     "'U kunt ... niet'"),
    ("Zolang de weg niet klaar is, is het verboden om hier te parkeren.", "is het verboden", "'U mag ... niet'"),
])
def test_negation_of_an_earlier_clause_keeps_the_question(check, sentence, span, example):
    found = impersonal(check, sentence)
    assert [f.text for f in found] == [span]
    assert example in found[0].message


@pytest.mark.parametrize("sentence", [
    "Het is niet verboden om hier te parkeren.",
    "Het is niet onmogelijk om hier te parkeren.",
    "Het is nooit onmogelijk om ons te bellen.",
])
def test_own_negation_of_a_negative_predicate_stays_out(check, sentence):
    assert impersonal(check, sentence) == []


# --- DD111: the possessive 'zijn' is no verb (bug 2) ------------------------------------------
@pytest.mark.parametrize("sentence, example", [
    ("Als het bij zijn bezoek niet mogelijk is om te parkeren, kan hij de bus nemen.", "'als u ... niet kunt'"),
    ("Omdat er na zijn verhuizing meer gegevens nodig zijn, bellen wij hem.", "'omdat wij ... nodig hebben'"),
])
def test_possessive_zijn_keeps_the_subclause_form(check, sentence, example):
    found = impersonal(check, sentence)
    assert len(found) == 1 and example in found[0].message


def test_future_zal_still_gives_the_main_clause_form(check):
    found = impersonal(check, "Het zal niet mogelijk zijn om de afspraak te verzetten.")
    assert len(found) == 1 and "'U kunt ... niet'" in found[0].message


# --- DD111: 'verboden dat' names who in its own clause (bug 5) --------------------------------
def test_forbidden_with_dat_stays(check):
    assert impersonal(check, "Het is verboden dat honden los lopen in het park.") == []


def test_forbidden_with_om_is_found(check):
    found = impersonal(check, "Het is verboden om honden los te laten lopen in het park.")
    assert [f.text for f in found] == ["Het is verboden"]


# --- DD111: an adverb between verb and adjective (bug 6), the future of a participle (bug 7) ---
@pytest.mark.parametrize("sentence, span, ask", [
    ("Het blijft helaas onmogelijk om de weg open te houden.", "Het blijft helaas onmogelijk", "Wie kan dit niet?"),
    ("Het blijft helaas verboden om te parkeren op de stoep.", "Het blijft helaas verboden", "Wie mag dit niet?"),
    ("Het zal niet toegestaan zijn om hier te parkeren.", "Het zal niet toegestaan zijn", "Wie mag dit niet?"),
    ("Het zal verboden zijn om hier te parkeren.", "Het zal verboden zijn", "Wie mag dit niet?"),
])
def test_adverb_and_future_forms_ask_who(check, sentence, span, ask):
    found = impersonal(check, sentence)
    assert [f.text for f in found] == [span]
    assert ask in found[0].message


@pytest.mark.parametrize("sentence", [
    "Het blijft helaas voor u onmogelijk om hier te parkeren.",  # says who
    "Het zal voor bewoners niet toegestaan zijn om hier te parkeren.",  # says who
    "Honden zullen niet toegestaan zijn in het park.",  # a subject of its own
])
def test_adverb_and_future_forms_that_stay(check, sentence):
    assert impersonal(check, sentence) == []
