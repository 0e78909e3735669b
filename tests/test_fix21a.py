"""Twenty-first session (fix21a helper): the review rev21a's bugs in DD103 ('inschakelen' of a
thing switched on; 'onderstaande'/'bovenstaande' with the adverb after its noun), DD105 (words
joined by a slash) and DD112 (an abbreviation before a noun). Own sentences, both ways."""

import pytest


def found(check, text, code="DD103"):
    return [f for f in check(text, select=[code]).findings if f.code == code]


def schakel(check, text):
    return [f.text for f in found(check, text) if "schakel" in f.text.lower()]


@pytest.mark.parametrize("text", [
    "Wij schakelen een zorginstelling in om u te helpen.",          # an institution, no setting
    "De gemeente heeft een onderwijsinstelling ingeschakeld voor de cursus.",
    "Wij hebben een financiële instelling ingeschakeld.",
    "Bij verzuim wordt leerplicht ingeschakeld.",                    # leer + plicht, no 'licht'
    "Bij verzuim schakelt de school leerplicht in.",
    "Het alarm heeft de politie ingeschakeld.",                      # the subject calls someone in
    "De zorginstelling heeft een advocaat ingeschakeld.",
    "De controle waarvoor wij een deskundige hebben ingeschakeld, is klaar.",  # called in for it
    "De functie waarvoor wij een wervingsbureau hebben ingeschakeld, is nog open.",
])
def test_inschakelen_of_a_person_or_organisation_is_calling_in(check, text):
    assert schakel(check, text), text


@pytest.mark.parametrize("text", [
    "De vloerverwarming is ingeschakeld.",
    "U kunt de pushmeldingen inschakelen.",
    "Het alarm wordt automatisch ingeschakeld.",
    "Wij hebben het alarm ingeschakeld.",
    "De verwarming die is ingeschakeld, brandt de hele nacht.",
    "De functie die wij hebben ingeschakeld, werkt nu.",
])
def test_inschakelen_of_a_thing_stays_switching_on(check, text):
    assert not schakel(check, text), text
