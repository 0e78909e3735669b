"""Issue 13: findings a careful B1 editor agrees with. Every case listed in the issue under
"Cases seen", with a positive and a negative example."""

import pytest

from conftest import codes


def found(check, code, text, **kw):
    return codes(check(text, select=code, **kw), code)


def texts(findings):
    return {f.text for f in findings}


# --- long words: real parts, no nonsense paraphrase, everyday compounds pass -------------------
@pytest.mark.parametrize("word, parts, nonsense", [
    ("vergunningverlening", "'vergunning' + 'verlening'", "'lening'"),
    ("klimaatadaptatie", "'klimaat' + 'adaptatie'", "'tie'"),
    ("onroerendezaakbelasting", "'onroerende' + 'zaakbelasting'", "onroerendezaak'"),
])
def test_long_word_names_real_parts_and_proposes_no_nonsense(check, word, parts, nonsense):
    f = [x for x in found(check, "DD105", f"Het gaat om de {word} in de gemeente.") if x.text == word]
    assert f, word
    assert parts in f[0].message
    assert nonsense not in f[0].message
    assert f[0].suggestions == []  # "lening voor vergunningver" and the like are gone


def test_inflected_long_word_is_not_cut_into_nonsense(check):
    report = check("Belanghebbenden kunnen bezwaar maken tegen dit besluit.")
    messages = " ".join(f.message for f in report.findings)
    assert "'den'" not in messages and "belanghebben'" not in messages
    assert all("den voor" not in s for f in report.findings for s in f.suggestions)


@pytest.mark.parametrize("word", ["parkeervergunning", "voorbeeldbrieven", "afvalcontainer"])
def test_everyday_compound_is_no_long_word(check, word):
    assert not [x for x in found(check, "DD105", f"Kijk bij de {word} van de gemeente.") if x.text == word]
    assert not [x for x in found(check, "DD104", f"Kijk bij de {word} van de gemeente.") if x.text == word]


def test_long_compound_with_three_parts_is_still_found(check):
    f = found(check, "DD105", "Uw parkeervergunningaanvraag is binnen.")
    assert f and f[0].text == "parkeervergunningaanvraag"


# --- word difficulty: lemma frequency over all forms, particle verbs as one unit --------------
@pytest.mark.parametrize("text, word", [
    ("U kunt parkeren in de garage.", "parkeren"),
    ("Wie in de straat parkeert, betaalt.", "parkeert"),
    ("U kunt inloggen met DigiD. Als u inlogt, ziet u uw gegevens.", "inlogt"),
    ("U kunt inloggen met DigiD. Als u inlogt, ziet u uw gegevens.", "inloggen"),
])
def test_everyday_verbs_are_not_difficult(check, text, word):
    assert word not in texts(check(text).findings)


@pytest.mark.parametrize("text, word", [
    ("Wij prolongeren uw vergunning.", "prolongeren"),
    ("De regels gelden onverkort.", "onverkort"),
    ("Wij schorten de betaling op.", "schorten"),
    ("Wij moeten de kosten doorberekenen aan de huurder.", "doorberekenen"),
])
def test_hard_words_are_found(check, text, word):
    """"doorberekenen": both parts are common, the verb as a whole is not."""
    f = [x for x in check(text, select=["DD103", "DD104"]).findings if x.text == word]
    assert f, word


# --- dienen ... te: the right span, the right form, also with words in between ----------------
def test_dient_te_with_ten_minste_in_between(check):
    f = found(check, "DD103", "Om uw aanvraag te behandelen dient u ten minste drie documenten op te sturen.")
    modal = [x for x in f if x.text.startswith("dient")]
    assert modal and modal[0].text.endswith("op te sturen")
    assert "'dient ten'" not in " ".join(x.message for x in f)
    assert modal[0].suggestions == ["moet u ten minste drie documenten opsturen"]


@pytest.mark.parametrize("text, proposal", [
    ("U dient uw grofvuil op de dag van ophalen voor 7.30 uur aan de straat te zetten.",
     "moet uw grofvuil op de dag van ophalen voor 7.30 uur aan de straat zetten"),
    ("Bewoners dienen het afval in de grijze container met het deksel dicht aan de straat te zetten, "
     "zodat de wagen het kan meenemen.",
     "moeten het afval in de grijze container met het deksel dicht aan de straat zetten"),
])
def test_dienen_te_far_apart(check, text, proposal):
    f = [x for x in found(check, "DD103", text) if x.text.lower().startswith("dien")]
    assert f and f[0].suggestions == [proposal]


@pytest.mark.parametrize("text", [
    "Dit formulier dient als bewijs van uw aanvraag.",
    "Wij dienen het plan in bij de raad.",
])
def test_dienen_without_te_is_not_moeten(check, text):
    assert not [x for x in found(check, "DD103", text) if "'moet" in x.message]


# --- jargon alternatives in the form the sentence needs ------------------------------------------
@pytest.mark.parametrize("text, word, proposal", [
    ("Wij hebben vastgesteld dat het klopt.", "vastgesteld", "bepaald"),
    ("De gemeente verstrekt de pas.", "verstrekt", "geeft"),
    ("Wij verstrekken de gegevens.", "verstrekken", "geven"),
    ("Wij hebben de betaling opgeschort.", "opgeschort", "uitgesteld"),
])
def test_jargon_alternative_in_the_right_form(check, text, word, proposal):
    f = [x for x in found(check, "DD103", text) if x.text == word]
    assert f and f[0].suggestions[0] == proposal
    assert "bepalen" not in f[0].suggestions and "uitstellen" not in f[0].suggestions


def test_separated_particle_verb_gets_no_replacement(check):
    """"Wij schorten de betaling op": 'uitstellen' cannot stand in for 'schorten'."""
    f = [x for x in found(check, "DD103", "Wij schorten de betaling op.") if x.text == "schorten"]
    assert f and f[0].suggestions == []
    assert "uitstellen" in f[0].message
