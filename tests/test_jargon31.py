"""Thirty-first session (rules31c): DD103 where a listed word has its ordinary sense in the
sentence, and officialese the rule missed. Own sentences, both ways."""

import pytest


def words(check, text):
    """The words of the text's DD103 findings, in lower case."""
    return [f.text.lower() for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


def flagged(check, text, word):
    return any(word in w for w in words(check, text))


# --- a listed verb in its ordinary sense, read from the sentence -----------------------------

@pytest.mark.parametrize("text, word, found", [
    # 'aangeven' said of a thing: what it shows, nobody tells anything
    ("De balk geeft aan dat 10% van de mensen ouder is dan 60.", "geeft", False),
    ("De groene pijl geeft aan dat het water stijgt.", "geeft", False),
    ("Het ministerie geeft aan dat de regels veranderen.", "geeft", True),     # an office tells
    ("De richtlijn geeft aan dat u een mondkapje draagt.", "geeft", True),   # a document tells
    ("Het bord geeft aan dat u hier niet mag parkeren.", "geeft", False),
    ("Wilt u aangeven welke dag u het beste past?", "aangeven", True),
    ("De aanvrager geeft aan dat hij geen inkomen heeft.", "geeft", True),
    ("Wij geven aan dat de weg dicht gaat.", "geven", True),
    # 'vaststellen' of an illness: a doctor or a test found it
    ("In het ziekenhuis is een besmetting vastgesteld.", "vastgesteld", False),
    ("Bij drie bewoners is een vastgestelde besmetting gemeld.", "vastgesteld", False),
    ("De huisarts heeft bij uw zoon een infectie vastgesteld.", "vastgesteld", False),
    ("De gemeente heeft de hoogte van de subsidie vastgesteld.", "vastgesteld", True),
    ("De vastgestelde huur is te hoog.", "vastgesteld", True),
    ("Wij hebben de waarde van uw woning vastgesteld.", "vastgesteld", True),
])
def test_ordinary_sense_from_the_sentence(check, text, word, found):
    assert flagged(check, text, word) == found, text


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
    ("De kosten zijn hoger. Daar staat tegenover dat u minder vaak betaalt.", "staat tegenover"),  # connective
])
def test_officialese_kinds_are_found(check, text, word):
    assert flagged(check, text, word), text


@pytest.mark.parametrize("text", [
    "Dit onderwerp kwam ter sprake in de vergadering.",   # 'ter sprake': no 'sprake zijn van'
    "De camera is op de deur gericht.",                   # aimed at a thing: no 'erop gericht zijn om'
    "Deze vergelijking met vorig jaar klopt niet.",       # the noun alone
    "Het functioneringsgesprek is op maandag.",
    "Hij komt uit Turkije.",
    "Daar staat een bank tegenover de deur.",            # a place: no connective
])
def test_plain_neighbours_are_not_found(check, text):
    assert words(check, text) == [], text


def test_suggestions_of_the_new_words(check):
    report = check("Tot nu toe zijn er 300 vaccins toegediend.", select=["DD103"])
    assert [f.suggestions[0] for f in report.findings if f.code == "DD103"] == ["gegeven"]
    report = check("Het aantal is gedaald in vergelijking met vorige week.", select=["DD103"])
    assert [f.suggestions[0] for f in report.findings if f.code == "DD103"] == ["vergeleken met"]


# --- a listed verb with its preposition in another order ------------------------------------

@pytest.mark.parametrize("text, word, found", [
    ("Dit is de aanvraag waarop deze brief betrekking heeft.", "betrekking", True),  # 'waar' + 'op'
    ("Elke week kijken wij welke scholen hieraan voldoen.", "voldoen", True),         # 'hier' + 'aan'
    ("Kijk naar de wijk waartoe uw straat behoort.", "behoort", True),              # 'waar' + 'toe' (tot)
    ("Op welke locatie heeft de melding betrekking?", "betrekking", True),           # a question
    ("Tot welke groep behoort u?", "behoort", True),
    ("Wij weten niet tot welke groep u behoort.", "behoort", True),                # a question inside
    ("Wij weten niet op welke dag u komt.", "komt", False),
    ("Dit is de brief waarop wij wachten.", "wachten", False),        # 'wachten op': no listed expression
    ("Dit is de aanvraag waarop wij beslissen.", "beslissen", True),
    ("Op de dag waarop wij beslissen, krijgt u bericht.", "beslissen", False),  # 'op die dag': time
    ("De kast waarop de lamp staat is oud.", "staat", False),
    ("Op welke dag heeft u tijd?", "heeft", False),
])
def test_expression_with_joined_or_fronted_preposition(check, text, word, found):
    assert flagged(check, text, word) == found, text


# --- a share against the whole it is part of: no 'tegenover' or 'vergeleken met' -----------

def test_share_of_all_gets_no_comparing_word(check):
    report = check("Het percentage laat zien hoeveel dit is ten opzichte van alle bezette bedden.", select=["DD103"])
    found = [f for f in report.findings if f.code == "DD103" and f.text == "ten opzichte van"]
    assert found and found[0].suggestions == []


def test_comparing_two_things_keeps_the_proposal(check):
    report = check("In onze stad wonen meer ouderen ten opzichte van het hele land.", select=["DD103"])
    found = [f for f in report.findings if f.code == "DD103" and f.text == "ten opzichte van"]
    assert found and found[0].suggestions[:1] == ["tegenover"]


# --- 'meerderjarige' before a noun is the adjective: no noun proposed ------------------------

@pytest.mark.parametrize("text, proposal", [
    ("Een meerderjarige bewoner van het adres vult dit formulier in.", None),   # the adjective
    ("Een minderjarige heeft toestemming nodig van een ouder.", "kind onder de 18"),  # the noun
])
def test_adjective_in_e_gets_no_noun(check, text, proposal):
    found = [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]
    assert found and (found[0].suggestions[:1] == [proposal] if proposal else found[0].suggestions == [])
