"""Twenty-eighth session, round 2 (rules28b): states that are no passive (DD102), a nominal
expression across a 'te' clause (DD103), a misparsed owner (DD107). Own sentences, both ways."""

import pytest


def spans(check, text, code):
    """The texts of the text's findings of one rule, in lower case."""
    return [f.text.lower() for f in check(text, select=[code]).findings if f.code == code]


# --- DD102: 'zijn' + the participle of a verb a person does on themselves ---------------------

@pytest.mark.parametrize("text", [
    "Om een bericht te plaatsen, moet je eerst aangemeld zijn.",
    "Je bent aangemeld voor de cursus.",
    "Als u bent afgemeld, krijgt u geen post meer.",
    "Wij zijn goed voorbereid op het gesprek.",
])
def test_signed_up_person_is_a_state(check, text):
    assert spans(check, text, "DD102") == [], text


@pytest.mark.parametrize("text", [
    "Uw kind is aangemeld bij de school.",          # a thing or another person: someone did it
    "U bent aangemeld door uw werkgever.",          # the doer is named
    "U bent voorgesteld als voorzitter.",           # no state: another proposed you
    "U bent gebeld door de wijkagent.",
    "Je wordt aangemeld voor de cursus.",           # 'worden': an act
])
def test_signed_up_stays_a_passive_otherwise(check, text):
    assert spans(check, text, "DD102") != [], text


# --- DD102: a confirmation that a step went well ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Uw bericht is met succes verstuurd",
    "Je betaling is succesvol verwerkt.",
])
def test_success_confirmation_is_a_state(check, text):
    assert spans(check, text, "DD102") == [], text


@pytest.mark.parametrize("text", [
    "Uw bericht is verstuurd naar de afdeling.",
    "Uw bericht wordt met succes verstuurd.",       # 'worden': an act
    "Je betaling is verwerkt.",
])
def test_without_success_stays(check, text):
    assert spans(check, text, "DD102") != [], text


# --- DD102: a step of a numbered status list ----------------------------------------------------

def test_numbered_step_is_a_state(check):
    text = "Voortgang\n1. Aanvraag ontvangen\n2. Onderzoek naar de schade\n3. Herstel van de schade\n4. Schade is hersteld\nDetails"
    assert spans(check, text, "DD102") == []


@pytest.mark.parametrize("text", [
    "4. Schade is hersteld",                                    # no earlier step: no list
    "1. Bel ons.\n2. De schade is hersteld door de aannemer.",   # a sentence with a full stop
    "Voortgang\n- Aanvraag ontvangen\n- De schade is hersteld",  # no numbers
])
def test_not_a_numbered_step_stays(check, text):
    assert spans(check, text, "DD102") != [], text


# --- DD103: a nominal expression does not reach past the end of a 'te' clause --------------------

def test_nominal_not_across_te_clause(check):
    text = "Om uw melding duidelijk te maken kan een foto van de situatie helpen."
    assert not any("melding" in s for s in spans(check, text, "DD103"))


@pytest.mark.parametrize("text", [
    "Om melding te maken van de schade kunt u ons bellen.",  # 'van' right after the infinitive
    "U kunt melding maken van de schade.",
    "Wij vragen u om melding te maken van elke verandering.",
])
def test_nominal_within_its_clause_stays(check, text):
    assert any("melding" in s for s in spans(check, text, "DD103")), text


# --- DD107: a common noun without '-s' owns nothing -----------------------------------------------

def test_misparsed_owner_opens_no_tang(check):
    assert spans(check, "Je bent ingelogt met DigiD inlog niveau laag.", "DD107") == []


@pytest.mark.parametrize("text", [
    "Dit is uw op 3 maart bij ons ingediende aanvraag.",
    "Wij hebben de op 3 maart bij ons ingediende aanvraag bekeken.",
])
def test_owner_before_clause_in_disguise_stays(check, text):
    assert spans(check, text, "DD107") != [], text


# --- DD103: the prompt of a drop-down list ---------------------------------------------------------

def test_choice_prompt_above_options(check):
    text = "Soort klacht:\n- Maak een keuze\n- Geluid\n- Stank van afval\n- Iets anders"
    assert spans(check, text, "DD103") == []


@pytest.mark.parametrize("text", [
    "Wat moet u doen?\n- Maak een keuze uit de lijst.\n- U krijgt daarna een brief.",  # more words
    "- Maak een keuze\n- U krijgt daarna een brief",          # the next item is a sentence
    "Soort klacht:\n- Geluid\n- Maak een keuze\n- Iets anders",  # not the first item
    "U moet een keuze maken tussen de twee.",
])
def test_choice_in_a_sentence_stays(check, text):
    assert spans(check, text, "DD103") != [], text


# --- DD112: a word in capitals in a list of names ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wij werken samen met Woonstad, Havensteder en TALMO.",
    "Dit zijn Woonstad, TALMO en Havensteder.",
])
def test_capital_name_among_names(check, text):
    assert "talmo" not in spans(check, text, "DD112"), text


@pytest.mark.parametrize("text, word", [
    ("Wij werken samen met de gemeente en TALMO.", "talmo"),      # no names beside it
    ("Wij werken samen met Rotterdam en TALMO.", "talmo"),        # one name is no list of names
    ("Wij werken samen met Woonstad, Havensteder en het CJIB.", "cjib"),  # a word of letters
])
def test_capitals_not_among_names_stay(check, text, word):
    assert word in spans(check, text, "DD112"), text


# --- DD105: an official name as one label in a row of labels ---------------------------------------

def test_official_name_in_label_row(check):
    text = "Uw gegevens\nNaam, Adres, Woonplaats, Burgerservicenummer, Telefoonnummer\nKlopt er iets niet? Bel ons."
    assert spans(check, text, "DD105") == []


@pytest.mark.parametrize("text", [
    "Vul uw burgerservicenummer in op het formulier.",     # in a sentence
    "Naam, adres en Burgerservicenummer",                   # 'en': a phrase, not a row of labels
    "Naam, Burgerservicenummer",                             # two items are no row
])
def test_official_name_elsewhere_stays(check, text):
    assert spans(check, text, "DD105") != [], text
