"""Thirty-first session (rules31c): DD103 where a listed word has its ordinary sense in the
sentence, and officialese the rule missed. Own sentences, both ways."""

import pytest


def words(check, text):
    """The words of the text's DD103 findings, in lower case."""
    return [f.text.lower() for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


def flagged(check, text, word):
    return any(word in w for w in words(check, text))


# --- 'aangeven' said of a thing: what it shows, nobody tells anything -------------------------

@pytest.mark.parametrize("text", [
    "De balk geeft aan dat 10% van de mensen ouder is dan 60.",
    "De groene lijn geeft aan dat het water stijgt.",
    "Het bord geeft aan dat u hier niet mag parkeren.",
])
def test_aangeven_of_a_thing_is_ordinary(check, text):
    assert not flagged(check, text, "geeft"), text


@pytest.mark.parametrize("text", [
    "Wilt u aangeven welke dag u het beste past?",
    "De aanvrager geeft aan dat hij geen inkomen heeft.",
    "Wij geven aan dat de weg dicht gaat.",
])
def test_aangeven_of_a_person_stays(check, text):
    assert flagged(check, text, "aangeven") or flagged(check, text, "geeft") or flagged(check, text, "geven"), text


# --- 'vaststellen' of an illness: a doctor or a test found it -------------------------------

@pytest.mark.parametrize("text", [
    "In het ziekenhuis is een besmetting vastgesteld.",
    "Bij drie bewoners is een vastgestelde besmetting gemeld.",
    "De huisarts heeft bij uw zoon een infectie vastgesteld.",
])
def test_vaststellen_of_an_illness_is_ordinary(check, text):
    assert not flagged(check, text, "vastgesteld"), text


@pytest.mark.parametrize("text", [
    "De gemeente heeft de hoogte van de subsidie vastgesteld.",
    "De vastgestelde huur is te hoog.",
    "Wij hebben de waarde van uw woning vastgesteld.",
])
def test_vaststellen_of_an_amount_stays(check, text):
    assert flagged(check, text, "vastgesteld"), text


# --- 'Door te <infinitive>' opening a sentence: 'by', no 'doorberekenen' ---------------------

def test_door_te_opening_a_clause_is_a_preposition(check):
    text = "Door te berekenen welke kosten u heeft, kunt u beter sparen."
    assert not flagged(check, text, "berekenen"), text


def test_door_te_as_particle_stays(check):
    text = "Wij zijn van plan de kosten aan u door te berekenen."
    assert flagged(check, text, "berekenen"), text


# --- officialese kinds added to the list (own sentences) ------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Er is sprake van een fout in uw aanslag.", "sprake"),                  # a noun as predicate
    ("Als er sprake is van schade, bellen wij u.", "sprake"),
    ("De maatregelen zijn erop gericht om drukte te voorkomen.", "gericht"),
    ("Uw partner heeft zojuist ingelogd.", "zojuist"),                       # formal adverb of time
    ("Wij willen weten of u het geld daadwerkelijk heeft ontvangen.", "daadwerkelijk"),
    ("Het daadwerkelijke aantal is hoger.", "daadwerkelijke"),
    ("De gegevens zijn afkomstig van het RIVM.", "afkomstig"),               # formal adjective of origin
    ("Het aantal is gedaald in vergelijking met vorige week.", "in vergelijking met"),
    ("De lift functioneert niet.", "functioneert"),                          # Latin verb beside 'werken'
    ("Op het dashboard wordt de waarde 0 gepresenteerd.", "gepresenteerd"),
    ("Tot nu toe zijn er 300 vaccins toegediend.", "toegediend"),
])
def test_officialese_kinds_are_found(check, text, word):
    assert flagged(check, text, word), text


@pytest.mark.parametrize("text", [
    "Dit onderwerp kwam ter sprake in de vergadering.",   # 'ter sprake': no 'sprake zijn van'
    "De camera is op de deur gericht.",                   # aimed at a thing: no 'erop gericht zijn om'
    "Deze vergelijking met vorig jaar klopt niet.",       # the noun alone
    "Het functioneringsgesprek is op maandag.",
    "Hij komt uit Turkije.",
])
def test_plain_neighbours_are_not_found(check, text):
    assert words(check, text) == [], text


def test_suggestions_of_the_new_words(check):
    report = check("Tot nu toe zijn er 300 vaccins toegediend.", select=["DD103"])
    assert [f.suggestions[0] for f in report.findings if f.code == "DD103"] == ["gegeven"]
    report = check("Het aantal is gedaald in vergelijking met vorige week.", select=["DD103"])
    assert [f.suggestions[0] for f in report.findings if f.code == "DD103"] == ["vergeleken met"]
