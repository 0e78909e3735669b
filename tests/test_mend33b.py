"""mend33b: DD117's open points after rules33b and rev33b (lead_clause_alone). Own sentences,
both ways."""

import pytest

from conftest import codes


def found(check, text, code="DD117"):
    return codes(check(text, select=code), code)


# --- 1. no sentence before: only the advice to make a whole sentence -------------------------
@pytest.mark.parametrize("text", [
    "Dit omdat de post in december veel drukker is.",                   # start of the text
    "Reden\n\nDit omdat de post in december veel drukker is.",          # under a title without a mark
    "# Reden\n\nDit omdat de post in december veel drukker is.",        # under a heading
])
def test_no_sentence_before_gets_only_the_whole_sentence_advice(check, text):
    f = found(check, text)
    assert len(f) == 1 and "achter de zin ervoor" not in f[0].message
    assert "Maak er een hele zin van, bijvoorbeeld: 'Dat komt doordat ...'." in f[0].message


def test_sentence_before_keeps_the_advice_to_put_it_behind(check):
    f = found(check, "Wij sturen de brief later.\n\nDit omdat de post in december veel drukker is.")
    assert len(f) == 1 and "Laat 'Dit' weg en zet ', omdat ...' achter de zin ervoor" in f[0].message


# --- 2. a main clause after 'maar', 'en' or 'want' counts --------------------------------------
@pytest.mark.parametrize("text", [
    "Wij sturen de brief later. Dit omdat de post druk is, maar wij doen ons best.",
    "Wij sturen de brief later. Dit omdat de post druk is, want iedereen stuurt kaarten.",
    "Wij sturen de brief later. Dit omdat de post druk is en de bezorgers zijn vaak ziek.",
])
def test_main_clause_after_a_joining_word_is_not_found(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text", [
    "Wij sturen de brief later. Dit omdat de post druk is en wij weinig mensen hebben.",  # verb at the end
    "Wij sturen de brief later. Dit omdat de post druk is en de bezorgers ziek zijn.",
])
def test_second_subclause_after_en_is_still_found(check, text):
    assert len(found(check, text)) == 1


# --- 3. a line break after the lead; 'Of' tagged as a subclause word -------------------------
@pytest.mark.parametrize("text, start", [
    ("Wij sturen de brief later. Dit\nomdat de post in december veel drukker is.", "Dit\nomdat"),
    ("U betaalt de belasting elk jaar. Of als u ondernemer bent met een eigen bedrijf.", "Of als"),
])
def test_lead_on_its_own_line_or_of_is_found(check, text, start):
    f = found(check, text)
    assert len(f) == 1 and f[0].text.startswith(start)


@pytest.mark.parametrize("text", [
    "Wij sturen de brief later. Dit\n\nomdat de post in december veel drukker is.",  # a new paragraph
    "Wij sturen de brief later. Of als u ondernemer bent, belt u de Kamer van Koophandel.",
])
def test_lead_in_another_paragraph_or_with_main_clause_is_not_found(check, text):
    assert found(check, text) == []


# --- 4. a subclause alone after its sentence: with or without 'Ook' the same ------------------
@pytest.mark.parametrize("text, start", [
    ("U krijgt een toeslag. Ook als u geen inkomen heeft.", "Ook als"),
    ("U krijgt een toeslag. Als u geen inkomen heeft.", "Als u"),
    ("Wij sturen de brief later. Omdat de post in december veel drukker is.", "Omdat"),
])
def test_subclause_alone_after_a_sentence_is_found(check, text, start):
    f = found(check, text)
    assert len(f) == 1 and f[0].text.startswith(start)
    assert "Zet het met een komma achter de zin ervoor" in f[0].message


@pytest.mark.parametrize("text", [
    "Als u geen inkomen heeft.\n\nU krijgt een toeslag.",               # no sentence before: a title
    "Als u geen inkomen heeft.",
    "Kijk op de website.\n\nAls u geen inkomen heeft.",                  # a new paragraph
    "U krijgt een toeslag. Als u geen inkomen heeft, krijgt u meer.",   # a main clause after a comma
    "Waarom krijg ik dit? Omdat u geen inkomen heeft.",                  # an answer
    "U krijgt een toeslag. Niet als u een eigen huis heeft.",           # an exception in short form
    "U kunt bezwaar maken. Als u verhuist meld dat dan bij ons.",         # an order after it, no comma
    "U kunt bezwaar maken. Wanneer u verhuist geeft u dat door.",
    "U kunt bezwaar maken. Als u dat wilt kan dat.",                      # 'dat' the subject of 'kan'
    "U kunt bezwaar maken. Ook als u dat wilt kan dat.",
])
def test_subclause_without_sentence_before_or_with_main_clause_is_not_found(check, text):
    assert found(check, text) == []


def test_cut_subclause_gets_only_the_cut_finding(check):
    f = found(check, "Wij helpen u graag. Als de graffiti te lezen is. Doet het Meldpunt aangifte.")
    assert len(f) == 1 and "hoort bij de zin erna" in f[0].message


# --- 5. one list of relative pronouns -----------------------------------------------------------
# ``clauses.opens_relative`` now serves broken.py too; formal 'welke' is one of its words: its
# sentences are cases of ``test_structure33.test_inverted_subject_after_the_subclause``
