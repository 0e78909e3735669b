"""Thirty-second session (rev32h): review of rules32h. A list of kinds after "Een X is een"
explains X only when the list closes the clause (not "een straf of een waarschuwing waard", not
a question, not the term among its own kinds), and it may be joined by commas; 'op basis van'
+ data keeps 'volgens' where the clause states a fact the data show, or where the 'code' is a
code of conduct, or the noun is a method; a placeholder that a message now shows as typed has
its braces doubled in SARIF. Own sentences, both ways."""

import json

import pytest
from click.testing import CliRunner

from duidelijk.cli import cli


def found(check, text):
    """(text in lower case, suggestions) of each DD103 finding."""
    return [(f.text.lower(), list(f.suggestions)) for f in check(text, select=["DD103"]).findings
            if f.code == "DD103"]


# --- a list of kinds explains the term only when it closes the clause

@pytest.mark.parametrize("text", [
    "Een sanctie is een boete, een korting of een waarschuwing. Wij geven een sanctie als u iets niet doorgeeft.",
    "Een sanctie is een boete, korting of waarschuwing. Wij geven een sanctie als u iets niet doorgeeft.",
    "Een sanctie is een boete of een korting op uw uitkering. Wij geven een sanctie als u iets niet doorgeeft.",
])
def test_a_closed_list_of_kinds_explains_the_term(check, text):
    assert [t for t, _ in found(check, text)] == [], (text, found(check, text))


@pytest.mark.parametrize("text", [
    # the clause goes on after the second noun: "worth a punishment or a warning"
    "Een sanctie is een straf of een waarschuwing waard. Wij geven een sanctie als u iets niet doorgeeft.",
    # a question, no statement
    "Een sanctie is een boete of een waarschuwing? Wij geven een sanctie als u iets niet doorgeeft.",
    # the term among its own kinds says no more
    "Een sanctie is een boete of een andere sanctie. Wij geven een sanctie als u iets niet doorgeeft.",
    # two kinds without 'of' are no list of what it may be
    "Een sanctie is een boete, een korting. Wij geven een sanctie als u iets niet doorgeeft.",
])
def test_no_closed_list_keeps_the_findings(check, text):
    assert [t for t, _ in found(check, text) if t == "sanctie"] == ["sanctie"] * text.count("sanctie"), \
        (text, found(check, text))


# --- 'op basis van' + data: 'volgens' where the data show a fact, not where someone acts

def first_for_op_basis_van(check, text):
    findings = [s for t, s in found(check, text) if t == "op basis van"]
    assert findings, (text, found(check, text))
    return [a.lower() for a in findings[0][:1]]


@pytest.mark.parametrize("text", [
    "Op basis van onze gegevens woont u niet meer op dit adres.",
    "Op basis van de metingen is de luchtkwaliteit goed.",
    "Op basis van de cijfers is het aantal aanvragen gestegen.",
    "Wij handelen op basis van de gedragscode.",
    "Wij werken op basis van een nieuwe methode.",
])
def test_a_fact_the_data_show_keeps_volgens(check, text):
    assert first_for_op_basis_van(check, text) == ["volgens"], (text, found(check, text))


@pytest.mark.parametrize("text", [
    "Op basis van de cijfers zijn wij gestart met een nieuw plan.",
    "Op basis van deze informatie nemen wij een besluit.",
    "Voor die gevallen is op basis van de gegevens gekeken naar de kaart.",
    "Op basis van de code krijgt u toegang.",
])
def test_an_act_that_starts_from_data_gets_no_volgens(check, text):
    assert first_for_op_basis_van(check, text) != ["volgens"], (text, found(check, text))


# --- SARIF: a placeholder in a message is text, not a SARIF placeholder

@pytest.mark.parametrize("line, shown", [
    ("Wij zien {reden} aanleiding om het besluit te wijzigen.", "'zien {{reden}} aanleiding om'"),
    ("Wij zien {{ reden }} aanleiding om het besluit te wijzigen.", "'zien {{{{ reden }}}} aanleiding om'"),
])
def test_sarif_doubles_the_braces_of_a_message(tmp_path, monkeypatch, line, shown):
    monkeypatch.setenv("DUIDELIJK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.txt").write_text(line + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--isolated", "--select", "DD103", "--format", "sarif", "brief.txt"],
                             catch_exceptions=False)
    messages = [r["message"]["text"] for r in json.loads(res.output)["runs"][0]["results"]]
    assert any(shown in m for m in messages), messages


# --- 'kenmerken' with numbers names reference numbers; the everyday plural stays free

@pytest.mark.parametrize("text", [
    "Uw aanvragen met kenmerken 2024-113 en 2024-114 zijn ontvangen.",
    "Noem de kenmerken 2024-1 en 2024-2 als u belt.",
])
def test_kenmerken_with_numbers_stays(check, text):
    assert "kenmerken" in [t for t, _ in found(check, text)], (text, found(check, text))


@pytest.mark.parametrize("text", [
    "De kenmerken van deze aanpak zijn duidelijk.",
    "Wij zoeken mensen met 2 kenmerken: geduld en tijd.",
])
def test_kenmerken_as_characteristics_stays_free(check, text):
    assert "kenmerken" not in [t for t, _ in found(check, text)], (text, found(check, text))


# --- 'toetsen' with a fixed 'aan het eind van' (time) keeps 'controleren'; a norm with 'aan' does not

@pytest.mark.parametrize("text, norm", [
    ("Wij toetsen aan het eind van het jaar uw plan.", False),
    ("Wij toetsen uw plan aan het begin van de maand.", False),
    ("Wij toetsen uw plan aan de regels van de gemeente.", True),
])
def test_toetsen_aan_a_time_is_no_norm(check, text, norm):
    firsts = [s[:1] for t, s in found(check, text) if t == "toetsen"]
    assert firsts and (firsts[0] == []) == norm, (text, found(check, text))


def test_of_as_whether_is_no_list_of_kinds(check):
    text = "Een sanctie is een besluit of een gemeente u straft. Wij geven een sanctie."
    assert [t for t, _ in found(check, text)] == ["sanctie", "sanctie"], found(check, text)
