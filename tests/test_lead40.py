"""The lead's changes of the fortieth session (2026-12-06)."""

import pytest

from duidelijk.structure import person_noun, person_word


# --- '-aar' is a person ending only after l, r, n or d ---------------------------------------
@pytest.mark.parametrize("word", ["behandelaar", "ambtenaar", "eigenaar", "leraar", "zondaar", "bedelaar",
                                  "ambtenaren", "eigenaars", "luisteraars", "handelaren"])
def test_a_person_in_aar(word):
    assert person_noun(word)


@pytest.mark.parametrize("word", ["bezwaar", "bezwaren", "gevaar", "gevaren", "koopwaar", "voorjaar",
                                  "boekjaar", "belastingjaar", "najaar"])
def test_a_thing_that_ends_in_aar(word):
    assert not person_noun(word)


def test_person_word_reads_the_parse(nlp):
    doc = nlp("De behandelaar las het bezwaar van de eigenaar.")
    by_word = {t.lower_: person_word(t) for t in doc}
    assert by_word["behandelaar"] and by_word["eigenaar"]
    assert not by_word["bezwaar"]


# --- DD119: a bare object and its verb are one act --------------------------------------------
def _dd119(check, text):
    return [text[f.start:f.end] for f in check(text).findings if f.code == "DD119"]


@pytest.mark.parametrize("text", [
    "U heeft bezwaar gemaakt tegen de hoogte van uw aanslag. Hierop hebben wij nog niet beslist.",
    "U heeft beroep ingesteld tegen het besluit over uw uitkering. Hierop beslist de rechter.",
])
def test_the_phrase_of_a_bare_object_is_part_of_the_act(check, text):
    assert _dd119(check, text) == []


@pytest.mark.parametrize("text", [
    # an object with an article is a thing of its own, and so is the noun of the phrase
    "U heeft het formulier ingevuld met een pen. Hierop ontbreekt uw handtekening.",
])
def test_an_object_with_an_article_is_not_joined(check, text):
    assert _dd119(check, text) == ["Hierop"]


# --- DD102: a 'door' phrase after an 'als' phrase names the doer ----------------------------
def _dd102(check, text):
    return [(f.message, f.suggestions) for f in check(text).findings if f.code == "DD102"]


@pytest.mark.parametrize("text", [
    "Deze gegevens worden elke week aangeleverd als bestand door de GGD.",
    "Het plan wordt gezien als een goed begin door de raad.",
])
def test_the_doer_after_an_als_phrase_is_named(check, text):
    (message, suggestions), = _dd102(check, text)
    assert "Er staat niet wie het doet" not in message
    assert suggestions == []  # no rewrite: the parse puts the doer inside the 'als' phrase


def test_an_als_phrase_without_door_names_no_doer(check):
    (message, _), = _dd102(check, "Deze gegevens worden elke week aangeleverd als bestand van de GGD.")
    assert "Er staat niet wie het doet" in message


def test_the_doer_before_the_als_phrase_keeps_its_rewrite(check):
    (message, suggestions), = _dd102(check, "Het plan wordt door de raad gezien als een goed begin.")
    assert suggestions == ["De raad ziet het plan als een goed begin."]


# --- DD104 leaves a participle without its last letter to DD120 --------------------------------
def test_a_missing_ending_is_said_once(check):
    text = "Wij hebben uw aanvraag op de website geplaats."
    codes = [f.code for f in check(text).findings if text[f.start:f.end] == "geplaats"]
    assert codes == ["DD120"]
    off = check(text, rules={"DD120": {"no_ending": False}})
    assert [f.code for f in off.findings if text[f.start:f.end] == "geplaats"] == ["DD104"]


# --- DD107 names a joined compound whole --------------------------------------------------------
def _dd107(check, text):
    return [(text[f.start:f.end], f.message) for f in check(text).findings if f.code == "DD107"]


def test_a_joined_compound_is_named_whole(check):
    text = "Wij gebruiken het door de gemeente gebouwde registratie- en meldsysteem."
    (span, message), = _dd107(check, text)
    assert span.endswith("registratie- en meldsysteem")
    assert "'het registratie- en meldsysteem dat ...'" in message


def test_a_long_tang_before_a_joined_compound(check):
    text = "Wij gebruiken een door de gemeente zelf gebouwd registratie- en meldsysteem."
    (span, message), = _dd107(check, text)
    assert span.endswith("registratie- en meldsysteem") and "'registratie- en meldsysteem'" in message


def test_a_plain_noun_is_named_as_before(check):
    (span, message), = _dd107(check, "Wij gebruiken het door de gemeente gebouwde meldsysteem.")
    assert span.endswith("gebouwde meldsysteem") and "'het meldsysteem dat ...'" in message


# --- DD102: a question with 'waar' + a preposition under a verb of deciding ----------------------
@pytest.mark.parametrize("text", ["De medewerker bepaalt waarvoor het geld wordt gebruikt.",
                                  "Wij beslissen waarover de raad wordt gevraagd."])
def test_the_decider_is_named_before_a_waar_question(check, text):
    assert _dd102(check, text) == []


def test_a_thing_that_decides_keeps_the_finding(check):
    assert len(_dd102(check, "Het inkomen bepaalt waarvoor het geld wordt gebruikt.")) == 1
