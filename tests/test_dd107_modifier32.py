"""DD107: an adjective with a phrase of its own between an article and its noun is a clause in
disguise just like a participle (issue 13, thirty-second session): "de bij ons bekende
adressen" is "de adressen die bij ons bekend zijn". An adjective alone, with only a degree
word, or with a fixed phrase stays free."""

import pytest


def tangs(check, text):
    return [f for f in check(text, select=["DD107"]).findings if f.code == "DD107"]


@pytest.mark.parametrize("text, span, hint", [
    ("De bij de gemeente bekende adressen kloppen niet altijd.",
     "De bij de gemeente bekende adressen", "'de adressen die bij de gemeente bekend zijn'"),
    ("Het voor deze regeling beschikbare bedrag is op.",
     "Het voor deze regeling beschikbare bedrag", "'het bedrag dat voor deze regeling beschikbaar is'"),
    ("Uw bij ons bekende adres is niet juist.", "Uw bij ons bekende adres", "'uw adres dat bij ons bekend is'"),
    ("De voor uw aanvraag benodigde stukken kunt u mailen.",
     "De voor uw aanvraag benodigde stukken", "'de stukken die voor uw aanvraag nodig zijn'"),
    # the parse hangs 'voor' on the noun, 'iedereen' on the adjective
    ("Een voor iedereen toegankelijke website is belangrijk.",
     "Een voor iedereen toegankelijke website", "'een website die voor iedereen toegankelijk is'"),
    ("Wij sturen de brief naar het bij ons bekende adres.",
     "het bij ons bekende adres", "'het adres dat bij ons bekend is'"),
    # plain adjectives between the modifier and the noun stay before the noun in the hint
    ("De voor 2025 geldende nieuwe tarieven staan in de bijlage.",
     "De voor 2025 geldende nieuwe tarieven", "'de nieuwe tarieven die ...'"),
    ("De voor u belangrijke nieuwe informatie staat in de bijlage.",
     "De voor u belangrijke nieuwe informatie", "'de nieuwe informatie die voor u belangrijk is'"),
    # read from the words ('het' parsed as a pronoun), over the adjective to the noun
    ("Het stadsdeel volgt het in 2005 vastgestelde stedenbouwkundig programma.",
     "het in 2005 vastgestelde stedenbouwkundig programma", "'het stedenbouwkundig programma dat ...'"),
])
def test_adjective_with_phrase_is_clause_in_disguise(check, text, span, hint):
    found = [f for f in tangs(check, text) if "stuk zin" in f.message]
    assert [f.text for f in found] == [span]
    assert hint in found[0].message


@pytest.mark.parametrize("text", [
    "De zeer hoge kosten betalen wij niet.",  # a degree word only
    "De tot nu toe bekende gegevens kloppen.",  # a fixed phrase
    "Dit is een in principe goede oplossing.",  # a fixed phrase
    "Wij maken het voor u makkelijker.",  # 'het' is no article here, no noun follows
    "Wij hebben het met u over nieuwe regels gehad.",
    "Het is voor ons belangrijk dat u komt.",
    "Een op de vijf nieuwe woningen is voor starters.",
    "De zeer hoge nieuwe kosten betalen wij niet.",
    "Wij hebben de oude grijze container opgehaald.",
])
def test_adjective_without_phrase_of_its_own(check, text):
    assert [f.text for f in tangs(check, text) if "stuk zin" in f.message] == []


def test_participle_keeps_short_hint(check):
    # a participle keeps the open hint: its verb form in the clause differs ('gelden')
    found = tangs(check, "De op 1 januari geldende regels staan op onze website.")
    assert [f.text for f in found] == ["De op 1 januari geldende regels"]
    assert found[0].message.endswith("'de regels die ...'.")



@pytest.mark.parametrize("text, span", [
    # a present participle the tagger calls an adjective: its plain form is no word for after
    # 'zijn' ("de formulieren die bij deze brief horen", not "... bijbehorend zijn")
    ("De bij deze brief bijbehorende formulieren vult u in.", "De bij deze brief bijbehorende formulieren"),
    ("De voor u dringende zaken regelen wij.", "De voor u dringende zaken"),
])
def test_present_participle_keeps_short_hint(check, text, span):
    found = [f for f in tangs(check, text) if "stuk zin" in f.message]
    assert [f.text for f in found] == [span]
    assert found[0].message.endswith(" die ...'.")


def test_het_before_a_de_word_is_no_article(check):
    # 'het' is the object and 'informatie' a de-word: "het informatie" is no noun phrase
    assert [f.text for f in tangs(check, "Wij vinden het voor ouders belangrijke informatie.")
            if "stuk zin" in f.message] == []
    assert [f.text for f in tangs(check, "Wij vinden het met name genoemde informatie belangrijk.")
            if "stuk zin" in f.message] == []
    # a het-word, read from the words, still is one ('het' parsed as a pronoun)
    assert [f.text for f in tangs(check, "Wij hebben het met u besproken plan uitgevoerd.")
            if "stuk zin" in f.message] == ["het met u besproken plan"]
