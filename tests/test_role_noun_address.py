"""DD111's advice for a role noun ('de aanvrager') names the reader as the text speaks to it:
'u' in a 'u' text, 'je' in a 'je' text and 'jullie' in a text to a group, with the verb that
goes with it; advice with 'u' in a 'je' text would bring in the mix that DD110 marks."""

import pytest

from duidelijk import check_text


def _role_messages(text: str) -> list[str]:
    return [f.message for f in check_text(text).findings if f.code == "DD111" and f.text == "aanvrager"]


@pytest.mark.parametrize("text, expected", [
    ("Hoi! Je kunt je pas ophalen. De aanvrager heeft een brief nodig. Je krijgt bericht.",
     "Schrijf dan 'je', met 'hebt' in plaats van 'heeft'."),
    ("Hoi! Je kunt je pas ophalen. Heeft de aanvrager een brief? Je krijgt bericht.",
     "Schrijf dan 'je', met 'heb' in plaats van 'Heeft'."),
    ("Hoi! Je kunt je pas ophalen. Werkt de aanvrager? Je krijgt bericht.",
     "Schrijf dan 'je', met 'werk' in plaats van 'Werkt'."),
    ("Hoi! Je kunt je pas ophalen. Is de aanvrager ziek? Je krijgt bericht.",
     "Schrijf dan 'je', met 'ben' in plaats van 'Is'."),
    ("Hallo allemaal! Jullie kunnen de zaal huren. De aanvrager moet een formulier invullen. "
     "Jullie krijgen bericht.", "Schrijf dan 'jullie', met 'moeten' in plaats van 'moet'."),
    ("Hallo allemaal! Jullie kunnen de zaal huren. De handtekening van de aanvrager staat onderaan. "
     "Jullie krijgen bericht.", "Schrijf dan 'jullie handtekening'."),
])
def test_role_noun_advice_speaks_as_the_text_does(text, expected):
    messages = _role_messages(text)
    assert messages and messages[0].endswith(expected)
    assert not any("'u'" in m or "'uw " in m for m in messages)


@pytest.mark.parametrize("text, expected", [
    ("Geachte heer, U kunt uw pas ophalen. De aanvrager heeft een brief nodig. U krijgt bericht.",
     "Schrijf dan 'u'."),
    ("Geachte heer, U kunt uw pas ophalen. De aanvrager kan een brief krijgen. U krijgt bericht.",
     "Schrijf dan 'u', met 'kunt' in plaats van 'kan'."),
    ("Geachte heer, U kunt uw pas ophalen. De handtekening van de aanvrager staat onderaan. U krijgt bericht.",
     "Schrijf dan 'uw handtekening'."),
])
def test_role_noun_advice_keeps_u_in_a_u_text(text, expected):
    messages = _role_messages(text)
    assert messages and messages[0].endswith(expected)
    assert not any("'je'" in m or "'jullie" in m for m in messages)
