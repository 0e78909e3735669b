"""DD112 and DD108 of the thirty-second session (rules32b). Sentences written for these tests.

DD112: an abbreviation in a heading that the text below explains where it first uses it; capitals
met earlier in a compound the rule leaves ("IC-afdeling"); the plural of a word for a scheme
with a long vowel written once ("aanvragen"); the full name earlier, with a letter from each part
of a compound ("Centraal Justitieel Incassobureau" is CJIB). DD108: a sentence without a finite verb, a
"verb" at the end without a subject, the main verb right after a subclause's verbs without a
comma, and an abbreviation in brackets right after a name (no insert)."""

import pytest

from conftest import codes


def spans(check, text, code):
    return [text[f.start:f.end] for f in codes(check(text, select=code), code)]


# --- DD112 ---------------------------------------------------------------------------------

def test_heading_explained_below(check):
    # the heading's abbreviation is written out where the text below first uses it
    assert not spans(check, "Hulp via de WMO\n\nDe Wet maatschappelijke ondersteuning (Wmo) regelt hulp thuis.", "DD112")
    assert not spans(check, "Melden bij het MOB\n\nU kunt een melding doen bij het MOB (Meldpunt Overlast Buurt). "
                            "Het MOB belt u terug.", "DD112")


def test_heading_not_explained_below(check):
    # the text below uses it again without its full name: the heading keeps the finding
    assert spans(check, "Hulp via de Wmo\n\nDe gemeente regelt hulp thuis via de Wmo.", "DD112") == ["Wmo"]
    assert spans(check, "Melden bij het MOB\n\nU kunt een melding doen bij het MOB. Het MOB belt u terug.",
                 "DD112") == ["MOB"]


def test_explained_in_the_body_only_for_a_heading(check):
    # in running text the reader meets it before the explanation: still found
    found = spans(check, "U kunt een melding doen bij het MOB. Het MOB (Meldpunt Overlast Buurt) belt u terug.",
                  "DD112")
    assert found == ["MOB"]


def test_capitals_met_in_a_compound_before(check):
    assert not spans(check, "Op de IC-afdeling liggen nu twaalf mensen. De IC heeft nog plek.", "DD112")


def test_capitals_alone_the_first_time(check):
    assert spans(check, "Er liggen nu twaalf mensen in het ziekenhuis. De IC heeft nog plek.", "DD112") == ["IC"]


def test_scheme_head_in_the_plural(check):
    # 'aanvragen' is the plural of 'aanvraag' (one 'a' before '-en')
    assert spans(check, "Er kwamen dit jaar veel KVB-aanvragen binnen.", "DD112") == ["KVB"]
    # no word for a scheme after the hyphen: left, as before
    assert not spans(check, "Er kwamen dit jaar veel LED-lampen binnen.", "DD112")


def test_full_name_earlier_from_the_parts_of_a_compound(check):
    # the short form takes a letter from each part of a compound in the name
    assert not spans(check, "Het Centraal Justitieel Incassobureau stuurt u een boete. Betaal het CJIB binnen "
                            "acht weken.", "DD112")
    assert not spans(check, "Het Regionaal Informatie- en Expertisecentrum helpt gemeenten. Het RIEC werkt samen "
                            "met de politie.", "DD112")


def test_full_name_earlier_other_letters(check):
    # the letters do not follow the name before: still found
    assert spans(check, "Het Centraal Justitieel Incassobureau stuurt u een boete. Betaal het CJBI binnen "
                        "acht weken.", "DD112") == ["CJBI"]
    assert spans(check, "U krijgt een boete. Betaal het CJIB binnen acht weken.", "DD112") == ["CJIB"]


# --- DD108 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the main verb 'wordt' right after the subclause's verbs, its subject 'hij' / 'het' after it
    "Als een aanvraag veel fouten bevat wordt hij door ons teruggestuurd, in de meeste gevallen wordt daarna "
    "binnen twee weken een nieuwe aanvraag gedaan.",
    "Als een formulier niet volledig is ingevuld wordt het teruggestuurd, in bijna alle gevallen krijgen wij het "
    "binnen een week weer terug.",
    # the short form of the name in brackets is no insert and no word
    "Het team Werk en Inkomen (W&I) van de gemeente Utrecht helpt u.",
    # no finite verb ('zijn' read as an owner word): the rule named 'verbonden'
    "In een goede brief aan de inwoners van de stad zijn tekst en plaatjes met elkaar verbonden.",
    # an item that goes on from the line before; 'huishoudens' tagged as a verb, without a subject
    "Het algoritme heeft als doel:\n- Snel, zorgvuldig en consistent subsidie verstrekken voor ongeveer één "
    "miljoen huishoudens.",
])
def test_no_lead_in(check, text):
    assert not spans(check, text, "DD108")


@pytest.mark.parametrize("text, verb", [
    # a long subclause before the main verb right after it: found, with that verb
    ("Als een aanvraag van een inwoner uit de gemeente veel fouten bevat wordt hij teruggestuurd, in de meeste "
     "gevallen wordt daarna binnen twee weken een nieuwe aanvraag gedaan.", "wordt"),
    # an insert that adds a thought is still an insert
    ("Het team Werk en Inkomen (voor iedereen met een uitkering) van de gemeente Utrecht helpt u.", "helpt"),
    # with its short form the lead-in is still too long
    ("Het team Werk en Inkomen (W&I) van de gemeente Utrecht in de wijk Overvecht helpt u.", "helpt"),
    # a verb at the end with its subject
    ("De kosten van de nieuwe fietsenstalling bij het station in het centrum van de stad stijgen.", "stijgen"),
])
def test_lead_in_stays(check, text, verb):
    found = spans(check, text, "DD108")
    assert len(found) == 1 and found[0].endswith(verb)
