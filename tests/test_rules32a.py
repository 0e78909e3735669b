"""DD111 and DD114 on text that is not a letter to one reader, and on what the reader cannot be
given a date for (thirty-second session, rules32a; issue 13).

DD111: a text of several sentences that never speaks to its reader (no 'u' or 'je', no
salutation) describes things for a general public: a role noun there is everyone in that role,
and "Het is niet mogelijk om ..." asks no reader who. One sentence alone may come from a letter.

DD114: a verb without a subject of its own shares it with the verb it is joined to ("Wij
bekijken ... en lossen het ... op": the writers promise speed); "binnenkort" in a condition or a
question about the reader's own plans ("Als u binnenkort verhuist") has no date the writer knows.
"""

import pytest

from duidelijk import check_text


def _found(text: str, code: str) -> list[str]:
    return [f.text for f in check_text(text).findings if f.code == code]


# a page about a scheme, for everyone: no 'u', no 'je', no salutation (the writers say 'wij')
DESCRIPTION = ("De gemeente helpt inwoners met een laag inkomen. Zij kunnen een bijdrage krijgen voor sport. "
               "De aanvrager vult daarvoor een formulier in. Een medewerker bekijkt het formulier. "
               "Het is nog niet mogelijk om het formulier online in te vullen. Wij werken daaraan.")


def test_description_for_everyone_asks_nobody():
    assert _found(DESCRIPTION, "DD111") == []


@pytest.mark.parametrize("text", [
    DESCRIPTION + " U kunt ons bellen met vragen.",  # the text speaks to its reader
    "Geachte heer Jansen, " + DESCRIPTION,  # a letter: it greets its reader
    # too short to tell: it may come from a letter
    "De aanvrager vult daarvoor een formulier in. Het is nog niet mogelijk om het formulier online in "
    "te vullen. Wij werken daaraan.",
])
def test_text_that_may_speak_to_its_reader_is_still_asked(text):
    found = _found(text, "DD111")
    assert "aanvrager" in found and "Het is nog niet mogelijk" in found


def test_one_sentence_with_a_role_noun_is_still_asked():
    assert _found("De aanvrager dient het formulier binnen zes weken te retourneren.", "DD111") == ["aanvrager"]


@pytest.mark.parametrize("text", [
    "Wij bekijken uw melding en lossen het probleem zo snel mogelijk op.",
    "Wij willen uw aanvraag zo snel mogelijk kunnen afronden.",
    "Als u binnenkort verhuist, geef dan uw nieuwe adres aan ons door.",
    "Als u ziek bent of binnenkort een operatie krijgt, kunt u hulp vragen.",
    "Wanneer uw kind binnenkort naar de basisschool gaat, kunt u het aanmelden.",
    "Gaat u binnenkort verhuizen? Geef dan uw nieuwe adres door.",
    "Krijgt uw kind binnenkort een nieuwe school? Meld dat dan.",
])
def test_no_date_to_name(text):
    assert _found(text, "DD114") == []


@pytest.mark.parametrize("text", [
    "Vul het formulier in en stuur het zo snel mogelijk terug.",  # joined to an order: the reader acts
    "U vult het formulier in en stuurt het zo snel mogelijk terug.",
    "Wij vragen u het formulier zo snel mogelijk terug te sturen.",  # the reader sends it back
    "Als u niet binnenkort betaalt, sturen wij een aanmaning.",  # a deadline the writer can name
    "Als wij binnenkort een besluit nemen, krijgt u een brief.",  # the writers know when
    "Krijgen wij binnenkort uw formulier? Dan helpen wij u.",
    "Neemt u binnenkort contact met ons op.",  # an order, no question
    "Uw vergunning loopt binnenkort af.",
])
def test_still_vague(text):
    assert _found(text, "DD114")
