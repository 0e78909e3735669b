"""Eighteenth session, review fixes (fix18a): DD102's "staat" message only for a place in a
text, DD105's derivations only with an inseparable prefix. Own sentences, written from
knowledge of Dutch, both ways."""

import pytest

from conftest import codes

TEXT_PLACE = "Deze zin zegt wat er in een tekst staat"
OLD_TIP = "Mogelijk een lijdende vorm"


def passive(check, text):
    return codes(check(text, select="DD102"), "DD102")


@pytest.mark.parametrize("text", [
    # 'anders' alone is a change, no other part of a text
    "Het vervoer is anders geregeld.",
    "De kinderopvang is nu anders geregeld dan vorig jaar.",
    "Dat is bij ons anders geregeld.",
    # "in de regel" is "meestal", no line of a text
    "In de regel is alles binnen een week geregeld.",
    "In de regel is de datum een week vooraf bepaald.",
    "In de regel zijn de kosten in de prijs verwerkt.",  # (rules40e: "opgenomen in de prijs" is a
    # state now, "zitten in": wordlists/stored_states.tsv)
    # 'daarin'/'hierin' pointing to a price, to nothing, to a hospital
    "De prijs is 50 euro. De btw is daarin opgenomen.",
    "Het geld is hierin opgenomen.",
    "Hij ging naar het ziekenhuis. Daarin is hij opgenomen.",
    # 'geregeld' is arranged, not written, with a place that lays down no rules
    "Op de website is uw afspraak snel geregeld.",
    "Op de website is alles voor u geregeld.",
    # the head of a compound that is no text
    "Op het ooglid is een rode plek aangegeven.",
    "Het gesprek is opgenomen op de voicemail.",
])
def test_no_text_keeps_the_old_tip(check, text):
    found = passive(check, text)
    assert len(found) == 1
    assert found[0].message.startswith(OLD_TIP)


@pytest.mark.parametrize("text", [
    "Iedereen mag de foto's gebruiken, tenzij anders is vermeld.",
    "In regel 3 is vermeld hoeveel u betaalt.",
    "Wij sturen u een brief. Daarin is opgenomen wat u moet doen.",
    "U krijgt de regeling. Hierin is beschreven hoe u betaalt.",
    "In artikel 4 is geregeld dat u bezwaar kunt maken.",
    "In lid 2 is bepaald dat de termijn zes weken is.",
    "Op de website is vermeld wanneer het loket open is.",
    "In uw e-mail is vermeld dat u verhuist.",
    "In de beleidsregel is opgenomen wanneer u hulp krijgt.",
    # texts of rules and parts of a text the list lacked
    "In de Algemene Plaatselijke Verordening is vastgelegd dat u geen afval mag verbranden.",
    "In de APV is bepaald dat honden aan de lijn moeten.",
    "In de voorwaarden is opgenomen dat u op tijd moet betalen.",
    "In deze bepaling is vastgelegd wie de kosten betaalt.",
    "Onder punt 3 is aangegeven wat u moet doen.",
    "Onder het kopje Betalen is beschreven hoe u betaalt.",
    "Op het bord is aangegeven hoe hard u mag rijden.",
])
def test_a_place_in_a_text_asks_for_staat(check, text):
    found = passive(check, text)
    assert len(found) == 1
    assert found[0].message.startswith(TEXT_PLACE)
    assert "Schrijf liever 'staat' of 'staan'" in found[0].message


def test_written_things_are_shared_by_dd102_and_dd103():
    from duidelijk.rules import clauses, jargon, passive as passive_rule

    assert jargon.written is clauses.written and passive_rule.written is clauses.written


def test_text_place_prepositions_are_data():
    from duidelijk.rules.passive import _text_places

    assert set(_text_places()["preposition"]) == {"in", "op", "onder"}


# --- DD105: only an inseparable prefix makes a derivation -----------------------------------------
def long_word(check, text):
    return codes(check(text, select="DD105"), "DD105")


@pytest.mark.parametrize("text, named", [
    # 'weg' is the road here, a word of its own
    ("De wegafsluitingen duren een week.", "'weg' + 'afsluitingen'"),
    ("De wegreconstructie begint in mei.", "'weg' + 'reconstructie'"),
    ("De weginrichtingsplannen liggen ter inzage.", "'weg' + 'inrichtingsplannen'"),
    # a particle and the next part that are one word are named as that word
    ("De wegonderhoudsplanning is klaar.", "'wegonderhoud' + 'planning'"),
    ("De voorinvullingsgegevens ziet u op het scherm.", "'voor' + 'invulling' + 'gegevens'"),
])
def test_a_particle_that_is_a_word_keeps_the_parts(check, text, named):
    found = long_word(check, text)
    assert len(found) == 1 and f"Het bestaat uit {named}." in found[0].message


@pytest.mark.parametrize("text, word", [
    ("De herontwikkeling van het oude terrein begint in mei.", "herontwikkeling"),
    ("De verstedelijking van de regio gaat snel.", "verstedelijking"),
])
def test_an_inseparable_prefix_is_still_a_derivation(check, text, word):
    found = long_word(check, text)
    assert len(found) == 1 and "Het bestaat uit" not in found[0].message
    assert "Kies een korter woord of leg het uit." in found[0].message
