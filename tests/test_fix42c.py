"""fix42c: two DD103 messages whose example did not fit (own sentences).

- 'voldoen aan' a duty, task, request or payment ("Wij voldoen aan een wettelijke verplichting")
  is doing what is asked: its example says so, not 'houdt zich aan de regels' or 'heeft alles
  wat nodig is'; criteria say who someone is or what he has ("Personen die voldoen aan de
  criteria"), which nobody keeps to as to rules; rules, demands and conditions keep their examples;
- 'deze' alone after a de-word the tagger took for an adjective ("Selecteer de link en kopieer
  deze zelf") gets 'hem', not the 'het' or 'dat' of a het-word in the sentence before.
"""

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document


def messages(text: str, span: str) -> list:
    config = Config()
    [report] = analyse([text_document(text, None, config.placeholders)], config)
    return [f.message for f in report.findings if f.code == "DD103" and text[f.start:f.end] == span]


@pytest.mark.parametrize("text, span, example", [
    ("Wij voldoen aan een wettelijke verplichting.", "voldoen aan", "'wij doen wat de wet vraagt'"),
    ("Wij hebben voldaan aan uw verzoek.", "voldaan aan", "'wij doen wat u ons vraagt'"),
    ("De werkgever voldoet aan zijn verplichtingen.", "voldoet aan", "'doet wat de wet vraagt'"),
    ("De aannemer voldoet aan de opdracht.", "voldoet aan", "'doet wat er gevraagd is'"),
    ("U voldoet aan de verplichting om uw inkomen door te geven.", "voldoet aan", "'u doet wat de wet vraagt'"),
    ("Je moet voldoen aan je verplichtingen.", "voldoen aan", "'je doet wat de wet vraagt'"),
    ("Er wordt niet voldaan aan de meldplicht.", "voldaan aan", "wie doet wat er gevraagd is"),
    # sentences that tests/test_jargon26.py had for rules met, before fix42c
    ("U lijkt te voldoen aan de energiebesparingsplicht.", "voldoen aan", "'u doet wat de wet vraagt'"),
    ("Wij verwerken uw gegevens om te voldoen aan een wettelijke verplichting.", "voldoen aan",
     "'wij doen wat de wet vraagt'"),
    ("- om te voldoen aan een wettelijke verplichting", "voldoen aan", "wie doet wat er gevraagd is"),
    ("Hiermee hebt u voldaan aan uw informatieplicht.", "voldaan aan", "'u doet wat er gevraagd is'"),
])
def test_meeting_a_duty_is_doing_what_is_asked(text, span, example):
    [message] = messages(text, span)
    assert example in message
    assert "regels" not in message and "nodig is" not in message


@pytest.mark.parametrize("text, span, example", [
    ("De aanvrager moet voldoen aan de voorwaarden.", "voldoen aan", "'heeft alles wat nodig is'"),
    ("U moet voldoen aan de eisen.", "voldoen aan", "'u houdt zich aan de regels'"),
    ("Wij voldoen aan de wet.", "voldoen aan", "'wij houden ons aan de regels'"),
    ("Het gebouw voldoet niet aan de eisen.", "voldoet niet aan", "'past binnen de regels'"),
])
def test_meeting_rules_keeps_its_examples(text, span, example):
    [message] = messages(text, span)
    assert example in message
    assert "gevraagd" not in message


@pytest.mark.parametrize("text, span, example", [
    ("Personen die voldoen aan de criteria krijgen een brief.", "voldoen aan", "'hoort bij de groep voor wie dit geldt'"),
    ("U moet voldoen aan de selectiecriteria.", "voldoen aan", "'u hoort bij de groep voor wie dit geldt'"),
    ("Een persoon stroomt uit als hij niet meer aan de criteria voldoet.", "aan de criteria voldoet",
     "'hoort bij de groep voor wie dit geldt'"),
])
def test_meeting_criteria_is_who_someone_is(text, span, example):
    [message] = messages(text, span)
    assert example in message and "houdt zich aan de regels" not in message


def test_a_thing_meeting_criteria_keeps_its_example():
    [message] = messages("Het plan voldoet aan de criteria.", "voldoet aan")
    assert "'past binnen de regels'" in message


def test_deze_after_a_de_word_tagged_as_adjective_is_hem():
    [message] = messages("Uw bericht is klaar. Selecteer de link en kopieer deze zelf.", "deze")
    assert "'hem', 'ze' of 'die'" in message and "'het'" not in message
    assert "staat hier alleen" in message and "zin ervoor" not in message


def test_deze_after_a_het_word_before_stays_het():
    [message] = messages("Het formulier is klaar. U kunt deze nu invullen.", "deze")
    assert "'het' of 'dat'" in message
