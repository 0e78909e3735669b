"""Forty-second session (rules42c): DD104 on metric units of the school ladder and on an
imperative the tagger reads as a noun; the words the issue names stay hard or easy. All
sentences written for these tests."""

import pytest

from duidelijk.analysis import analyse
from duidelijk.document import Document
from duidelijk.rules.difficult_words import metric_unit_familiarity


def _codes(text: str, span: str) -> set[str]:
    """The codes of the word findings (DD103, DD104, DD105) whose span holds ``span``."""
    report = next(analyse([Document(text=text)]))
    return {f.code for f in report.findings
            if f.code in {"DD103", "DD104", "DD105"} and span.lower() in text[f.start:f.end].lower()}


# --- metric units ---------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["milliliter", "milliliters", "deciliter", "centiliter", "kilogrammen",
                                  "milligram", "decimeter", "millimeters"])
def test_metric_unit_of_the_ladder_is_as_familiar_as_its_base(word):
    assert metric_unit_familiarity(word) >= 3.5


@pytest.mark.parametrize("word", ["hectoliter", "microgram", "millibar", "kilojoule", "milliseconde",
                                  "megabyte", "decigram", "kilometerheffing", "milieu", "decimaal"])
def test_other_units_and_words_are_no_metric_unit(word):
    assert metric_unit_familiarity(word) == -1.0


@pytest.mark.parametrize("text, word", [
    ("De dokter schrijft op hoeveel milliliter siroop het kind krijgt.", "milliliter"),
    ("Voor de soep is room nodig, per deciliter betaalt u een euro.", "deciliter"),
    ("Het glas bevat een paar centiliter sap.", "centiliter"),
])
def test_metric_unit_in_a_sentence_is_no_hard_word(text, word):
    assert "DD104" not in _codes(text, word)


@pytest.mark.parametrize("text, word", [
    ("Het weerbericht geeft de luchtdruk in millibar.", "millibar"),
    ("De brouwerij verkoopt het bier per hectoliter.", "hectoliter"),
])
def test_other_units_stay_hard(text, word):
    assert "DD104" in _codes(text, word)


# --- an imperative tagged as a noun ----------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Er ontbreken gegevens, ververs de pagina en probeer het opnieuw.", "ververs"),
    ("Ververs de pagina als de kaart niet goed laadt.", "ververs"),
])
def test_imperative_read_as_noun_is_judged_as_its_verb(text, word):
    assert "DD104" not in _codes(text, word)


def test_noun_with_its_article_stays_a_noun():
    # the same form as a noun (the plural of 'verver'), with its own article: no imperative
    assert "DD104" in _codes("De ververs van de firma kwamen op maandag.", "ververs")


# --- the words the issue names ----------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Wij willen de betaling van uw uitkering opschorten.", "opschorten"),
    ("Wij willen het contract met de huurder prolongeren.", "prolongeren"),
    ("De tekst van het besluit wordt onverkort gepubliceerd.", "onverkort"),
])
def test_hard_words_of_the_issue_stay_flagged(text, word):
    assert _codes(text, word) & {"DD103", "DD104"}


@pytest.mark.parametrize("text, word", [
    ("U kunt inloggen met uw DigiD.", "inloggen"),
    ("U kunt uw auto hier gratis parkeren.", "parkeren"),
])
def test_easy_words_of_the_issue_stay_unflagged(text, word):
    assert not _codes(text, word)


# --- a noun with a light verb in brackets names the act described before it ------------------

@pytest.mark.parametrize("text, word", [
    ("Ziet u een fout? Kijk op de pagina Fout in de registratie melden (terugmelding doen).", "terugmelding"),
    ("U kunt een fout in uw gegevens melden (terugmelding).", "terugmelding"),
])
def test_term_in_brackets_after_its_plain_words_is_explained(text, word):
    assert "DD104" not in _codes(text, word)


@pytest.mark.parametrize("text, word", [
    ("De terugmelding doen wij (voor u).", "terugmelding"),  # the term outside the bracket
    ("Er is een fout gevonden (terugmelding maakt) in de registratie.", "terugmelding"),  # no light verb's infinitive
])
def test_other_brackets_explain_nothing(text, word):
    assert "DD104" in _codes(text, word)
