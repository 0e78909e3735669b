"""Review of rules32a (thirty-second session, rev32a): DD111 and DD114 pass less than rules32a
let them pass, where the writer does speak to a reader or does know the date.

DD111 (``address.describes``): a text without 'u' or a salutation is still written to someone
when it has another part of a letter (a subject line, a closing), gives its reader orders, or
tells one person's case in the past tense ("De aanvrager heeft op ... aangevraagd"): a decision
pasted without its head.

DD114: 'binnenkort' in a question that is a polite request ("Wilt u binnenkort ...?"), in a
condition that names the writers ("Als u binnenkort een brief van ons krijgt") or is passive
("Als uw aanvraag binnenkort wordt goedgekeurd"); and an order joined to a clause of the writers
("Wij hebben ..., maar stuur ... zo snel mogelijk na") does not share their subject.
"""

import pytest

from duidelijk import check_text


def _found(text: str, code: str) -> list[str]:
    return [f.text for f in check_text(text).findings if f.code == code]


# the body of a decision that calls its reader "de aanvrager" throughout
DECISION = ("De aanvrager heeft op 12 januari 2026 bijzondere bijstand aangevraagd. De aanvrager wil een bijdrage "
            "voor een nieuwe wasmachine. Wij hebben de aanvraag bekeken. De aanvrager heeft genoeg geld om de "
            "wasmachine zelf te betalen. Daarom krijgt de aanvrager geen bijdrage. Het is niet mogelijk om de "
            "aanvraag opnieuw in te dienen.")
# a page about a scheme, for everyone, in the present tense
PAGE = ("De gemeente helpt inwoners met een laag inkomen. Zij kunnen een bijdrage krijgen voor sport. "
        "De aanvrager vult daarvoor een formulier in. Een medewerker bekijkt het formulier. "
        "Het is nog niet mogelijk om het formulier online in te vullen. Wij werken daaraan.")


@pytest.mark.parametrize("text", [
    "Betreft: besluit bijzondere bijstand\n\n" + DECISION + "\n\nMet vriendelijke groet,\nTeam Inkomen",
    DECISION,  # pasted without its head: one person's case in the past tense
    "Aanvraagformulier\n\nVul dit formulier volledig in. " + PAGE + " Stuur het formulier op naar de gemeente.",
])
def test_text_written_to_someone_is_still_asked(text):
    assert "aanvrager" in _found(text, "DD111")


@pytest.mark.parametrize("text", [
    PAGE,
    PAGE + " Kijk voor meer informatie op de website.",  # one pointer: any page has one
    "De gemeente heeft de regeling in 2020 ingevoerd. " + PAGE,  # the past, but not of the role
])
def test_page_for_everyone_still_asks_nobody(text):
    assert _found(text, "DD111") == []


@pytest.mark.parametrize("text", [
    "Wilt u binnenkort contact met ons opnemen?",  # a polite request, no question about plans
    "Wilt u op korte termijn de ontbrekende stukken opsturen?",
    "Als u binnenkort een brief van ons krijgt, lees die dan goed.",  # the writers send it
    "Als u ons binnenkort belt, kunnen wij een afspraak maken.",
    "Als uw aanvraag binnenkort wordt goedgekeurd, krijgt u een brief.",  # someone else acts
    "Wij hebben uw brief ontvangen, maar stuur de bijlage zo snel mogelijk na.",  # an order to the reader
])
def test_still_vague(text):
    assert _found(text, "DD114")


@pytest.mark.parametrize("text", [
    "Als u binnenkort verhuist, geef dat dan aan ons door.",  # 'ons' outside the condition
    "Gaat u binnenkort verhuizen? Geef dan uw nieuwe adres door.",
    "De gemeente bekijkt uw melding en zet het zo snel mogelijk recht.",  # 'zet' is also the 'hij' form
    "Ik bekijk uw melding en los het probleem zo snel mogelijk op.",  # the stem is the form of 'ik'
])
def test_no_date_to_name(text):
    assert _found(text, "DD114") == []
