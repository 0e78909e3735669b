"""DD104 of the thirty-sixth session (rules36b). Sentences written for these tests.

An English word in a Dutch letter ("features", "meeting", "performance": English text uses it
ten times as often as Dutch text) gets the loanword bar; the everyday loans that Dutch text uses
about as often as English ("team", "website", "laptop") and the Dutch words spelled like English
ones that Dutch speech uses ("room", "worst") stay quiet. A loan verb's form in "-eert" whose
lemma the lemmatizer got wrong ("detecteert": 'detecteeren') is judged by its "-eren" verb."""

import pytest

from conftest import codes

from duidelijk.rules.difficult_words import english_word, loan_verb_lemma


def found(check, text, code="DD104"):
    return [text[f.start:f.end] for f in codes(check(text, select=code), code)]


# --- English words -------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Wij kijken welke features het model gebruikt.", "features"),
    ("Gebruik voor uw bewijsstukken de juiste formats.", "formats"),
    ("Wij nodigen u uit voor een meeting met de wijkagent.", "meeting"),
    ("De performance van het loket is in het afgelopen jaar beter geworden.", "performance"),
])
def test_english_word_is_hard(check, text, word):
    assert found(check, text) == [word]


# everyday loans: Dutch text uses them about as often as English text does (or more)
EVERYDAY_LOANS = [
    "Download de app op uw telefoon.",
    "Kijk op onze website voor de openingstijden.",
    "U kunt het formulier ook online invullen.",
    "Stuur ons een e-mail met uw vraag.",
    "Neem uw computer mee naar de balie.",
    "Het team van de buurtzorg komt bij u langs.",
    "Heeft u thuis internet?",
    "U kunt een laptop lenen bij de bibliotheek.",
    "De printer in de hal is kapot.",
    "Laat uw smartphone aan de medewerker zien.",
    "In de bibliotheek is gratis wifi.",
    "Op de tablet ziet u uw afspraken.",
    "In het weekend is het loket dicht.",
    "Is uw baby jonger dan een jaar?",
    "Klik op de link in de brief.",
    "De nieuwe software staat op uw computer.",
    "Wij sturen u een update als er iets verandert.",
    "Maak een account aan op de website.",
    "Stel uw vraag in de chat.",
    "De deadline voor uw aanvraag is 1 mei.",
    "Heeft u een job naast uw uitkering?",
    "Uw coach helpt u bij het zoeken naar werk.",
    "Wat is het budget voor uw verbouwing?",
    "Koop een ticket voor de bus.",
    "Heeft u last van stress door uw schulden?",
    "Kijk de video over het nieuwe afvalsysteem.",
]


@pytest.mark.parametrize("text", EVERYDAY_LOANS)
def test_everyday_loan_stays_quiet(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text", [
    "Wilt u koffie met room?",  # the Dutch "room" (cream), far more common in English
    "Bij de markt staat een kraam met worst en kaas.",  # the Dutch "worst" (sausage)
    "Krijgt u een gift van uw familie? Geef dat aan ons door.",  # Dutch: its plural "giften"
    "Bij het graf hielden de buren een stille wake.",  # Dutch: "waken"
])
def test_dutch_word_spelled_as_english_stays_quiet(check, text):
    assert found(check, text) == []


def test_english_word_needs_the_margin():
    assert english_word("features", "feature")
    assert not english_word("computer", "computer")  # about as common in Dutch text
    assert not english_word("website", "website")  # more common in Dutch text
    assert not english_word("huis", "huis")  # no English word
    assert not english_word("gift", "gift")  # Dutch text writes "giften"
    assert english_word("list", "list")  # "listen" is English too


# --- the lemma of a loan verb's form in "-eert" --------------------------------------------

def test_loan_verb_form_with_a_wrong_lemma_is_hard(check):
    assert found(check, "De camera detecteert elke auto die door rood rijdt.") == ["detecteert"]


def test_loan_verb_form_with_a_wrong_lemma_that_is_common_stays_quiet(check):
    assert found(check, "De medewerker controleert uw gegevens.") == []
    assert found(check, "Mijn dochter studeert in Utrecht.") == []


def test_loan_verb_lemma():
    assert loan_verb_lemma("detecteert", "detecteeren", "VERB") == "detecteren"
    assert loan_verb_lemma("reflecteert", "reflecteert", "VERB") == "reflecteren"
    assert loan_verb_lemma("controleert", "controleren", "VERB") == "controleren"  # right already
    assert loan_verb_lemma("detecteert", "detecteeren", "NOUN") == "detecteeren"  # only verbs
    assert loan_verb_lemma("leert", "leren", "VERB") == "leren"  # too short to be a loan verb
