"""DD102 of the thirtieth session (rules30a): states that look like a passive. A test result
with the participle ("positief getest") gives the outcome, with "zijn" and with "worden"; a
person noun as the subject of "zijn" + a participle of health ("De kinderen zijn getest op
griep", "bewoners die besmet zijn"); "bezet" and "bewoond" after "zijn" with "door" (what fills
the place); "dan verwacht" after a comparative is a short comparison, not a passive with the
"is" of the main clause. Sentences written for these tests."""

import pytest

from conftest import codes


def spans(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text, word", [
    ("Het aantal bewoners van wie bekend is dat ze negatief getest zijn.", "getest"),
    ("Als veel leerlingen tegelijk positief getest worden, sluit de school.", "getest"),
    ("Het monster van vorige week is negatief getest.", "getest"),
    # the parse may hang the result on the participle as a clause of its own
    ("De scholen sluiten als veel leerlingen tegelijk ziek worden, thuis moeten blijven, of positief getest worden.",
     "getest"),
    ("In de tabel staat hoeveel kinderen getest zijn op griep.", "getest"),
    ("Vorige maand zijn de meeste bewoners getest op griep.", "getest"),
    ("Wij tellen de patiënten die besmet zijn met griep.", "besmet"),
    ("De kamer die is bezet door een gast, maken we later schoon.", "bezet"),
    ("Het huis is bewoond door een gezin met twee kinderen.", "bewoond"),
    ("Er is sprake van een tekort als meer mensen komen dan verwacht.", "verwacht"),
    ("De bouw is later klaar dan gepland.", "gepland"),
])
def test_states_are_no_passive(check, text, word):
    found = spans(check, text)
    assert not [s for s in found if word in s.split()], found


@pytest.mark.parametrize("text, word", [
    ("U bent getest door de GGD.", "getest"),  # the doer is named
    ("Uw kind wordt morgen getest.", "getest"),  # "worden" without a result: the act
    ("Er wordt getest in de sporthal.", "getest"),
    ("Het water is getest op bacteriën.", "getest"),  # a thing: someone tested it
    ("Wij zijn getest op corona.", "getest"),  # "wij" in a letter: the organisation
    ("Het pand werd bezet door krakers.", "bezet"),  # "worden": an act
    ("Uw aanvraag is afgewezen.", "afgewezen"),
    ("De zaak wordt dan voorgelegd aan de rechter.", "voorgelegd"),  # "dan" = then
    ("De brief is zoals afgesproken verstuurd.", "verstuurd"),  # the verb is after the comparison
])
def test_acts_stay_passive(check, text, word):
    found = spans(check, text)
    assert [s for s in found if word in s.split()], found
