"""Thirty-second session (rev32d): review of rules32d's DD103 work. A relative 'waar' clause
is a clause of its own (its preposition is no partner of the main clause's verb); 'de
aanleiding voor' is a cause, no 'aanleiding zien'; 'feitelijk' before a word for information
is 'about facts', no 'echt' ('feitelijke informatie'); 'pas' is no plain word for 'onlangs' ('only just').
Own sentences, both ways."""

import pytest


def found(check, text):
    """(text in lower case, suggestions) of each DD103 finding."""
    return [(f.text.lower(), list(f.suggestions)) for f in check(text, select=["DD103"]).findings
            if f.code == "DD103"]


# --- a preposition apart from 'waar' belongs to the verb of the 'waar' clause

@pytest.mark.parametrize("text, span", [
    ("U voldoet niet aan de eis waar wij aan denken.", "voldoet niet aan"),
    ("Het kind behoort tot de groep waar de regel toe leidt.", "behoort tot"),
])
def test_waar_clause_keeps_its_preposition(check, text, span):
    spans = [t for t, _ in found(check, text)]
    assert not any("waar" in t for t in spans), (text, spans)
    assert any(t.startswith(span.split()[0]) for t in spans), (text, spans)


@pytest.mark.parametrize("text, span", [
    ("Dit zijn de eisen waar u niet aan voldoet.", "aan voldoet"),   # the list's own match
    ("Waar voldoet u niet aan?", "waar voldoet u niet aan"),
    ("Wij voldoen daar niet aan.", "voldoen daar niet aan"),
])
def test_waar_clause_with_its_own_listed_verb(check, text, span):
    assert span in [t for t, _ in found(check, text)], (text, found(check, text))


def test_voldoen_aan_apart_gets_the_advice_of_its_subject(check):
    # the writers meet the rules: their own advice, not the reader's ('Schrijf wat de lezer ...')
    messages = [f.message for f in check("Wij voldoen daar niet aan.", select=["DD103"]).findings]
    assert any("wij houden ons aan de regels" in m for m in messages), messages
    messages = [f.message for f in check("Waar voldoet u niet aan?", select=["DD103"]).findings]
    assert any("u hebt alles wat nodig is" in m for m in messages), messages


# --- 'aanleiding zien' with a bare noun; 'de aanleiding' and 'feitelijke informatie' in another sense

@pytest.mark.parametrize("text", [
    "Wij zien geen aanleiding voor een nieuw besluit.",
    "Als u daar aanleiding voor ziet, belt u ons.",
    "Wij zien genoeg aanleiding om het plan te wijzigen.",
])
def test_bare_aanleiding_with_zien_is_found(check, text):
    assert any("aanleiding" in t for t, _ in found(check, text)), (text, found(check, text))


@pytest.mark.parametrize("text, word", [
    # 'de aanleiding voor': the cause of something, no 'aanleiding zien'
    ("U ziet hieronder wat de aanleiding voor deze brief is.", "aanleiding"),
    ("Wij zien in uw brief de aanleiding voor een gesprek.", "aanleiding"),
    ("U ziet de aanleiding tot dit besluit in de bijlage.", "aanleiding"),
    # 'feitelijk' before a word for information or a statement: 'about facts', no 'echt'
    ("Uw bezwaar bevat feitelijke informatie.", "feitelijk"),
    ("In de brief staat een feitelijke onjuistheid.", "feitelijk"),
    ("Wij kijken eerst naar de feitelijke gegevens.", "feitelijk"),
])
def test_other_sense_stays_free(check, text, word):
    assert not any(word in t for t, _ in found(check, text)), (text, found(check, text))


def test_feitelijk_as_actual_keeps_echt(check):
    assert ("feitelijke", ["echte"]) in found(check, "De feitelijke situatie is anders dan u schrijft.")


# --- 'onlangs': 'kort geleden', not 'pas' ("Wij hebben pas uw brief ontvangen" is 'only just')

def test_onlangs_offers_kort_geleden_only(check):
    assert found(check, "Wij hebben onlangs uw brief ontvangen.") == [("onlangs", ["kort geleden"])]
