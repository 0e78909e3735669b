"""DD112 of the thirty-eighth session (rules38a). Sentences written for these tests.

Letters need no full name when both hold: they are better known than their full form, and they
name a thing of most adults' daily life, not a law, a benefit or a government body. "BSN" fails
the first ("burgerservicenummer" is an everyday word), "AOW" the second (a benefit under a law).
With the setting ``strict_everyday`` the rule asks about them, and reads a listed abbreviation
written in small letters ("bsn", "wmo") as the abbreviation. Off by default: on the tunable sets
too few findings to show that it holds (docs/judged.md)."""

from conftest import codes

STRICT = {"DD112": {"strict_everyday": True}}


def spans(check, text, **settings):
    return [text[f.start:f.end] for f in codes(check(text, select="DD112", **settings), "DD112")]


def test_bsn_and_aow_asked_with_the_setting(check):
    text = "Neem uw BSN mee naar de balie. Vanaf uw 67e krijgt u AOW."
    assert spans(check, text, rules=STRICT) == ["BSN", "AOW"]


def test_bsn_and_aow_left_by_default(check):
    text = "Neem uw BSN mee naar de balie. Vanaf uw 67e krijgt u AOW."
    assert spans(check, text) == []


def test_aow_before_a_hyphen_with_the_setting(check):
    text = "Vanaf uw AOW-leeftijd betaalt u minder premie."
    assert spans(check, text, rules=STRICT) == ["AOW"]
    assert spans(check, text) == []


def test_everyday_letters_stay_left_with_the_setting(check):
    # the letters are the thing's own name in daily life: no full name, also when strict
    text = "Log in met uw DigiD en betaal de btw. Stuur de pdf naar uw IBAN."
    assert spans(check, text, rules=STRICT) == []


def test_small_letters_read_as_the_abbreviation_with_the_setting(check):
    text = "Vul uw bsn in op het formulier."
    assert spans(check, text, rules=STRICT) == ["bsn"]
    assert spans(check, text) == []


def test_small_letters_that_are_a_word_are_no_abbreviation(check):
    # "om" (OM, Openbaar Ministerie), "zin" (ZIN), "bag" (BAG): Dutch or a word with a vowel
    text = "Wij bellen u om tien uur. Dat heeft geen zin. Zij nam een bag mee naar de markt."
    assert spans(check, text, rules=STRICT) == []


def test_small_letters_explained_later_in_capitals_counts_once(check):
    # one finding for the letters, at their first use, whatever the case
    text = "Geef uw bsn door. Uw BSN staat op uw paspoort."
    assert spans(check, text, rules=STRICT) == ["bsn"]


def test_small_letters_before_a_hyphen_with_the_setting(check):
    text = "Vul uw bsn-nummer in op het formulier."
    assert spans(check, text, rules=STRICT) == ["bsn"]
    assert spans(check, text) == []
