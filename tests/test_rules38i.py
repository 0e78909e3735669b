"""Thirty-eighth session (rules38i): DD103's wrong first suggestions, third round.

Two kinds of first suggestion that cannot stand in the sentence as it is, fixed by how Dutch
works. (1) A formal conjunction with a clause that has no verb of its own ("indien mogelijk",
"indien nodig", "mits op tijd aangevraagd"): 'als' wants the whole clause ("als het kan"), so
"als mogelijk" is no Dutch; the finding stays, without a replacement. (2) An alternative that
starts with a verb of its own ("klopt niet met elkaar", "werkt goed") cannot stand where an
adjective stands ("De cijfers zijn tegenstrijdig" is no "zijn klopt niet met elkaar"). Own
sentences, both ways."""

import pytest


def dd103(check, text, word):
    """DD103's findings on ``word`` in ``text``: (span, first suggestion or None)."""
    return [(f.text, f.suggestions[0] if f.suggestions else None)
            for f in check(text).findings if f.code == "DD103" and f.text.lower() == word]


@pytest.mark.parametrize("text, word", [
    ("Wij sturen u, indien mogelijk, nog deze maand een nieuwe pas.", "indien"),
    ("Indien nodig komt er een medewerker bij u thuis.", "indien"),
    ("Indien gewenst sturen wij u een kopie van het besluit.", "indien"),
    ("Indien van toepassing, stuur dan ook uw huurcontract mee.", "indien"),
    ("De korting geldt, mits op tijd aangevraagd, voor het hele jaar.", "mits"),
])
def test_a_conjunction_without_a_verb_of_its_own_is_found_without_als(check, text, word):
    found = dd103(check, text, word)
    assert len(found) == 1 and found[0][1] is None


@pytest.mark.parametrize("text, word, plain", [
    ("Indien u vragen heeft, kunt u ons bellen.", "indien", "Als"),
    ("Indien het nodig is, komt er een medewerker bij u thuis.", "indien", "Als"),
    ("De korting geldt alleen mits u op tijd betaalt.", "mits", "als"),
    # a note in brackets is written without verbs; the plain word may be too
    ("U kiest zelf een datum (mits beschikbaar).", "mits", "als"),
    # a "te" infinitive is a clause 'voordat' takes as it stands
    ("Lees de regels alvorens een reis te boeken.", "alvorens", "voordat"),
    # a long clause whose subject the parse cut off from its verb keeps 'als'
    ("Wij stoppen de hulp indien de buurman, de huisarts of de wijkagent daar een reden voor ziet.",
     "indien", "als"),
])
def test_a_conjunction_with_its_clause_keeps_its_plain_word(check, text, word, plain):
    assert dd103(check, text, word) == [(text.split()[0] if plain[0].isupper() else word, plain)]


@pytest.mark.parametrize("text, word", [
    ("De verhalen van de twee buren zijn tegenstrijdig.", "tegenstrijdig"),
    ("De cijfers in de tabel zijn onvolledig of tegenstrijdig.", "tegenstrijdig"),
    ("Deze nieuwe aanpak van de wijk is doeltreffend.", "doeltreffend"),
    ("Het middel werkt doeltreffend tegen luizen.", "doeltreffend"),
])
def test_an_adjective_gets_no_clause_with_a_verb_of_its_own(check, text, word):
    found = dd103(check, text, word)
    assert len(found) == 1 and found[0][1] is None
    assert "klopt niet" in check(text).findings[0].message or "werkt goed" in check(text).findings[0].message


@pytest.mark.parametrize("text, word, plain", [
    # an alternative without a verb of its own still replaces the word
    ("Het team werkt consistent aan betere brieven.", "consistent", "steeds hetzelfde"),
    ("Zo blijven de regels consistent voor iedereen.", "consistent", "steeds hetzelfde"),
])
def test_an_alternative_without_a_finite_verb_first_stays(check, text, word, plain):
    assert dd103(check, text, word) == [(word, plain)]


@pytest.mark.parametrize("text", [
    "De klachten over de bus waren veelvuldig en ernstig.",
    "Het gebruik van de nieuwe app is veelvuldig.",
])
def test_an_adverb_does_not_replace_a_predicate_of_zijn(check, text):
    # 'veelvuldig' fits as 'vaak' only as an adverb (the list's 'fits' column): "De klachten
    # waren vaak" says something else
    assert dd103(check, text, "veelvuldig") == [("veelvuldig", None)]


@pytest.mark.parametrize("text", [
    "Wij zijn veelvuldig aanwezig in de wijk.",
    "Wij gebruiken deze app veelvuldig.",
])
def test_an_adverb_keeps_its_adverb(check, text):
    assert dd103(check, text, "veelvuldig") == [("veelvuldig", "vaak")]


@pytest.mark.parametrize("text, phrase", [
    ("De wijkteams pakken problemen op het gebied van geld en wonen samen aan.", "op het gebied van"),
    ("Wij kopen software op het gebied van beveiliging.", "op het gebied van"),
    ("Dit zijn besluiten in het kader van de Omgevingswet.", "in het kader van"),
])
def test_a_frame_phrase_after_a_noun_gets_no_preposition(check, text, phrase):
    # "problemen voor geld en wonen", "besluiten voor de Omgevingswet" say something else
    assert dd103(check, text, phrase) == [(phrase, None)]


@pytest.mark.parametrize("text, phrase, plain", [
    ("Wij werken samen op het gebied van veiligheid.", "op het gebied van", "voor"),
    ("U heeft een melding gedaan in het kader van de Wmo.", "in het kader van", "voor"),
])
def test_a_frame_phrase_after_a_verb_keeps_its_preposition(check, text, phrase, plain):
    assert dd103(check, text, phrase) == [(phrase, plain)]


@pytest.mark.parametrize("text", [
    "In mijn brief van 3 mei heb ik u geïnformeerd dat uw aanvraag niet compleet is.",
    "Wij worden geïnformeerd of de vergunning klaar is.",
])
def test_op_de_hoogte_gebracht_takes_no_clause(check, text):
    # "op de hoogte gebracht dat ..." is no Dutch: "ervan op de hoogte gebracht dat ..."
    assert dd103(check, text, "geïnformeerd") == [("geïnformeerd", None)]


@pytest.mark.parametrize("text", [
    "Heeft u uw buren al geïnformeerd?",
    "Wij hebben de buren gisteren geïnformeerd.",
    "Wij hebben u geïnformeerd over de nieuwe regels voor afval.",
])
def test_op_de_hoogte_gebracht_stays_without_a_clause(check, text):
    assert dd103(check, text, "geïnformeerd") == [("geïnformeerd", "op de hoogte gebracht")]


@pytest.mark.parametrize("text", [
    "Ons doel is snel, eerlijk en consistent toeslagen betalen.",
    "Wij willen consistent regels toepassen.",
])
def test_an_adjective_without_its_e_before_a_de_word_gets_no_inflected_word(check, text):
    # before a de-word or a plural an adjective takes -e ("consistente regels"); without it the
    # word is an adverb here, and "logische regels toepassen" would change the sentence
    assert dd103(check, text, "consistent") == [("consistent", None)]


@pytest.mark.parametrize("text, word, plain", [
    ("Wij geven consistente antwoorden.", "consistente", "logische"),
    ("Wij voeren een consistent beleid.", "consistent", "logisch"),
    # after an article the -e was left out by a slip: still the noun's adjective
    ("Het cijfer ligt lager dan het feitelijk aantal.", "feitelijk", "echte"),
])
def test_an_adjective_of_its_noun_keeps_its_form(check, text, word, plain):
    assert dd103(check, text, word) == [(word, plain)]
