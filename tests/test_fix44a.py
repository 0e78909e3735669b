"""fix44a: DD103's first suggestion in the form the sentence needs (own sentences).

- 'alvorens' with "te" and an infinitive: 'voordat' wants a finite clause, so no replacement
  (a hint); with a finite clause 'voordat' stays. 'teneinde' likewise with 'om' the other way.
- a pointing word for 'bovengenoemd', 'bovenstaand', 'voornoemd' ... before a noun agrees with
  it: 'dit' for a singular het-word, 'deze' for a de-word and a plural.
- 'ons verzoek' -> 'onze vraag' (the possessive in the new noun's gender), also over a line break.
- a bare stem after ';' or ':' or joined to an order is an imperative: 'noem', not 'genoemd'.
- 'wenst te' stops at its own infinitive: a subject of another clause ends the search.
- 'in strijd met' as the predicate of 'zijn': no 'tegen' ("is tegen" is an opinion), a hint.
- 'dagtekening' with a date after it: 'datum', not 'datum van de brief'.
"""

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document


def dd103(text: str, span: str):
    """(message, suggestions) of the DD103 finding on ``span``, or None."""
    config = Config()
    [report] = analyse([text_document(text, None, config.placeholders)], config)
    found = [(f.message, list(f.suggestions or [])) for f in report.findings
             if f.code == "DD103" and text[f.start:f.end] == span]
    return found[0] if found else None


@pytest.mark.parametrize("text, span, first", [
    # a clause with "te": no replacement
    ("Alvorens een besluit over uw verzoek te nemen, willen wij met u praten.", "Alvorens", None),
    ("Wij bellen u alvorens langs te komen.", "alvorens", None),
    # a finite clause: 'voordat' fits
    ("Alvorens wij een besluit nemen, willen wij met u praten.", "Alvorens", "Voordat"),
    ("Lees de brief goed alvorens u tekent.", "alvorens", "voordat"),
    # 'om' takes the "te" clause, not a finite one
    ("Teneinde een boete te voorkomen, moet u op tijd betalen.", "Teneinde", "Om"),
    ("Teneinde wij u goed kunnen helpen, vragen wij uw gegevens.", "Teneinde", None),
    # a clause inside the clause ("om ... te komen") does not make it a "te" clause
    ("Indien u door ziekte niet in staat bent om naar het loket te komen, kunnen wij langskomen.",
     "Indien", "Als"),
])
def test_conjunction_and_its_clause(text, span, first):
    message, suggestions = dd103(text, span)
    assert (suggestions[0] if suggestions else None) == first
    if first is None:
        assert "Misschien moet de zin dan anders" in message


@pytest.mark.parametrize("text, span, first", [
    ("Stuur uw reactie naar bovenstaand postadres.", "bovenstaand", "dit"),
    ("Vermeld dan altijd bovengenoemd kenmerk.", "bovengenoemd", "dit"),
    ("Voornoemd perceel is verkocht.", "Voornoemd", "Dit"),
    ("Stuur het naar bovengenoemde adres.", "bovengenoemde", "dit"),
    ("Zie bovenstaande tabel.", "bovenstaande", "deze"),
    ("Eerdergenoemde punten zijn belangrijk.", "Eerdergenoemde", "Deze"),
    ("Laatstgenoemde regeling geldt niet meer.", "Laatstgenoemde", "Deze"),
    ("Bovenvermeld bedrag moet u binnen een maand betalen.", "Bovenvermeld", "Dit"),
])
def test_pointing_word_agrees_with_its_noun(text, span, first):
    message, suggestions = dd103(text, span)
    assert suggestions[0] == first
    assert len(suggestions) == 1  # no 'deze' next to 'dit'


def test_pointing_word_over_a_line_break():
    _, suggestions = dd103("U kunt bellen of mailen; vermeld bovengenoemd\nkenmerk altijd.", "bovengenoemd")
    assert suggestions == ["dit"]


def test_pointing_word_hint_after_an_article():
    # after 'het' no pointing word can stand in its place ("het dit adres"); the hint names the right one
    message, suggestions = dd103("Stuur het naar het bovengenoemde adres.", "bovengenoemde")
    assert suggestions == [] and "'dit'" in message and "'deze'" not in message


@pytest.mark.parametrize("text, span, first", [
    ("Op ons verzoek heeft hij de stukken gestuurd.", "ons verzoek", "onze vraag"),
    ("Ons verzoek is afgewezen.", "Ons verzoek", "Onze vraag"),
    ("Elk verzoek wordt bekeken.", "Elk verzoek", "Elke vraag"),
    ("U moet ons op ons\nverzoek alle feiten melden.", "ons\nverzoek", "onze vraag"),
    ("Wij hebben het verzoek ontvangen.", "het verzoek", "de vraag"),
])
def test_possessive_agrees_with_the_new_noun(text, span, first):
    message, suggestions = dd103(text, span)
    assert suggestions == [first]
    assert "\n" not in message


def test_plural_possessive_stays():
    assert dd103("Onze verzoeken zijn afgewezen.", "verzoeken")[1] == ["vragen"]


@pytest.mark.parametrize("text, span, first", [
    ("U kunt de stukken ook per post sturen; vermeld dan altijd uw naam.", "vermeld", "noem"),
    ("Let op: vermeld altijd uw naam.", "vermeld", "noem"),
    ("Vul het formulier in en vermeld uw naam.", "vermeld", "noem"),
    ("Vermeld uw naam op het formulier.", "Vermeld", "Noem"),
    # a participle stays a participle
    ("Het bedrag is vermeld op de rekening.", "vermeld", "genoemd"),
    ("Zoals vermeld in de brief is de termijn voorbij.", "vermeld", "genoemd"),
])
def test_imperative_takes_an_imperative(text, span, first):
    assert dd103(text, span)[1][0] == first


def test_wensen_te_stops_at_its_own_infinitive():
    text = ("Indien u gebruik wenst te maken van de regeling, verzoeken wij u dit uiterlijk 1 mei "
            "aan ons kenbaar te maken.")
    assert dd103(text, "wenst te maken") is not None
    assert dd103(text, "wenst te maken, verzoeken wij u dit uiterlijk 1 mei aan ons kenbaar te maken") is None
    text = "Indien u dit wenst, verzoeken wij u het formulier te sturen."
    assert dd103(text, "wenst, verzoeken wij u het formulier te sturen") is None


@pytest.mark.parametrize("text", [
    "U dient het formulier in te vullen en op te sturen.",
    "Dient hij of zij het formulier te tekenen?",
])
def test_modal_te_keeps_its_own_infinitives(text):
    span = text.rstrip(".?")[text.index("ient") - 1:]
    assert dd103(text, span) is not None


@pytest.mark.parametrize("text, first", [
    ("Het bouwplan is in strijd met het omgevingsplan.", None),
    ("Het bouwplan is niet in strijd met het omgevingsplan.", None),
    ("Het bouwplan lijkt in strijd met de regels.", None),
    ("Wie in strijd met de regels handelt, krijgt een boete.", "tegen"),
    ("Het is in strijd met de regels gebouwd.", "tegen"),
    # no double 'niet'
    ("Wie niet in strijd met de regels handelt, krijgt geen boete.", "tegen"),
])
def test_in_strijd_met(text, first):
    message, suggestions = dd103(text, "in strijd met")
    assert (suggestions[0] if suggestions else None) == first
    if first is None:
        assert "past niet bij" in message and "'tegen'" not in message
    assert "niet volgens" not in suggestions or "niet in strijd" not in text


@pytest.mark.parametrize("text, first", [
    ("De aanslag met dagtekening 28 februari 2025 is niet betaald.", "datum"),
    ("De dagtekening van de brief staat bovenaan.", "datum"),
])
def test_dagtekening_before_a_date(text, first):
    assert dd103(text, "dagtekening")[1] == [first]
