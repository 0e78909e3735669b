"""Thirty-second session (rules32h): DD103 on real text. A definition that names the kinds a
term covers, joined by 'of' ("Een sanctie is een boete of een maatregel"), explains the term;
'volgens' is no plain word for 'op basis van' before a word for data, a model or a method (it
would make the data the speaker); a placeholder inside a quoted span shows in the message as
the writer typed it, not as the mask the rules read. Own sentences, both ways."""

import pytest


def found(check, text):
    """(text in lower case, suggestions) of each DD103 finding."""
    return [(f.text.lower(), list(f.suggestions)) for f in check(text, select=["DD103"]).findings
            if f.code == "DD103"]


# --- a definition by the kinds the term covers: "Een X is een Y of (een) Z"

@pytest.mark.parametrize("text", [
    "Een sanctie is een boete of een korting. Wij geven een sanctie als u iets niet doorgeeft.",
    "Een sanctie is een boete of maatregel. Wij geven een sanctie als u iets niet doorgeeft.",
    "Een sanctie is een boete of een lagere uitkering. U krijgt een sanctie als u te laat bent.",
])
def test_kinds_joined_by_of_explain_the_term(check, text):
    assert [t for t, _ in found(check, text)] == [], (text, found(check, text))


@pytest.mark.parametrize("text", [
    "Een sanctie is een probleem of een risico. Wij geven een sanctie als u iets niet doorgeeft.",  # judging words
    "Een sanctie is een maatregel. Wij geven een sanctie als u iets niet doorgeeft.",  # one bare noun: no description
    "Een sanctie is een boete of niet? Wij geven een sanctie als u iets niet doorgeeft.",  # no second kind
])
def test_no_definition_keeps_the_findings(check, text):
    assert [t for t, _ in found(check, text)] == ["sanctie", "sanctie"], (text, found(check, text))


def test_use_before_the_definition_keeps_its_finding(check):
    text = "Wij kunnen u een sanctie geven. Een sanctie is een boete of een korting."
    assert [t for t, _ in found(check, text)] == ["sanctie"], found(check, text)


# --- 'op basis van' + data: no 'volgens'

@pytest.mark.parametrize("text", [
    "Wij nodigen u uit op basis van het model.",
    "Op basis van deze gegevens kunnen wij een voorspelling doen.",
    "Dat meldt het bureau op basis van de voorlopige sterftecijfers.",
    "Wij kiezen de adressen op basis van welke informatie wij hebben.",
])
def test_op_basis_van_data_gets_no_volgens(check, text):
    findings = [(t, s) for t, s in found(check, text) if t == "op basis van"]
    assert findings and all("volgens" not in [a.lower() for a in s] for _, s in findings), (text, findings)


@pytest.mark.parametrize("text", [
    "De hoogte van de subsidie is bepaald op basis van artikel 5 van de regeling.",
    "Wij bepalen de bijdrage op basis van de Wet langdurige zorg.",
    "Wij kijken op basis van uw inkomen of u recht hebt op toeslag.",
])
def test_op_basis_van_a_rule_keeps_volgens(check, text):
    findings = [(t, s) for t, s in found(check, text) if t == "op basis van"]
    assert findings and findings[0][1][:1] == ["volgens"], (text, findings)


# --- a placeholder in the quoted span of a message

@pytest.mark.parametrize("text, quoted", [
    ("Wij zien {reden} aanleiding om het besluit te wijzigen.", "'zien {reden} aanleiding om'"),
    ("Wij nemen [zaak] in behandeling.", "'nemen [zaak] in behandeling'"),
])
def test_placeholder_in_message_as_written(check, text, quoted):
    messages = [f.message for f in check(text, select=["DD103"]).findings if f.code == "DD103"]
    assert any(quoted in m for m in messages) and not any("XXX" in m for m in messages), messages


def test_the_word_xxx_itself_stays(check):
    messages = [f.message for f in check("Wij nemen XXX in behandeling.", select=["DD103"]).findings
                if f.code == "DD103"]
    assert any("'nemen XXX in behandeling'" in m for m in messages), messages


# --- 'kenmerken' (plural) is 'characteristics'; a case has one reference number

@pytest.mark.parametrize("text", [
    "De kenmerken van deze aanpak zijn duidelijk.",
    "Wij zoeken geen mensen met specifieke kenmerken.",
])
def test_kenmerken_plural_is_characteristics(check, text):
    assert "kenmerken" not in [t for t, _ in found(check, text)], (text, found(check, text))


@pytest.mark.parametrize("text", [
    "Noem uw kenmerk als u belt.",
    "Uw aanvraag met kenmerk 2024-113 is ontvangen.",
])
def test_kenmerk_as_reference_number_stays(check, text):
    assert ("kenmerk", ["nummer"]) in found(check, text), (text, found(check, text))


# --- 'toetsen aan' a norm: no 'controleren' (it takes 'op' what is looked for)

@pytest.mark.parametrize("text, span", [
    ("Uw aanvraag is getoetst aan de voorwaarden en wordt afgewezen.", "getoetst"),
    ("Wij toetsen uw plan aan het bestemmingsplan.", "toetsen"),
])
def test_toetsen_aan_gets_no_controleren(check, text, span):
    assert (span, []) in found(check, text), (text, found(check, text))


@pytest.mark.parametrize("text, span", [
    ("Wij toetsen uw plan.", "toetsen"),
    ("Het besluit is getoetst door de rechter.", "getoetst"),
    ("Wij toetsen aan de hand van uw gegevens of u recht hebt op hulp.", "toetsen"),
])
def test_toetsen_without_a_norm_keeps_controleren(check, text, span):
    assert any(t == span and s[:1] and s[0].startswith(("controleren", "gecontroleerd")) for t, s in found(check, text)), \
        (text, found(check, text))
