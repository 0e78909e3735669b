"""Sentence rules of the forty-fourth session (fix44d): DD102's far doer and three cases that are no
passive, DD101's sentence end after a firm's legal form ("B.V."), DD108's lead-in where the
tagger read the main verb as a noun. Sentences written for these tests."""

import pytest

from conftest import codes

NAMED = "Zet voorop wie het doet."
UNNAMED = "Er staat niet wie het doet."


def passives(check, text):
    return {f.text: f for f in codes(check(text, select="DD102"), "DD102")}


# --- 1. DD102: a doer the parse hung on another word

@pytest.mark.parametrize("text, span", [
    # joined participles that share one auxiliary: the "door" phrase after the last one
    ("Het bedrag wordt berekend en betaald door de Belastingdienst.", "wordt berekend"),
    ("De aanvraag wordt beoordeeld en daarna goedgekeurd door de consulent.", "wordt beoordeeld"),
    # a bare noun of a fixed phrase between the participle and "door"
    ("De maaltijden worden geleverd in natura door de thuiszorg van de gemeente.", "worden geleverd"),
    # an adverb before the "door" phrase, the verb cluster at the end
    ("Wij weten dat deze taken evenmin door uw buren kunnen worden overgenomen.", "worden overgenomen"),
])
def test_far_doer_is_named(check, text, span):
    assert NAMED in passives(check, text)[span].message


@pytest.mark.parametrize("text, span", [
    # "delen door" a number: the divisor, no doer
    ("Alle bedragen worden bij elkaar opgeteld en gedeeld door het aantal maanden.", "worden bij elkaar opgeteld"),
    # a noun with an article takes the "door" phrase itself: left as it was
    ("Het dak wordt gecontroleerd na de storm door de aannemer.", "wordt gecontroleerd"),
    ("De brief wordt verstuurd naar het adres door de gemeente.", "wordt verstuurd"),
])
def test_no_far_doer(check, text, span):
    assert UNNAMED in passives(check, text)[span].message


# --- 2. DD102: no passive

@pytest.mark.parametrize("text", [
    "Op grond van de wet zijn wij gehouden uw inkomen te toetsen.",  # gehouden zijn te = must
    "U bent gehouden de schade binnen een maand te melden.",
    "Voordat u gaat verbouwen, is het verstandig door een aannemer te laten bekijken of de vloer sterk genoeg is.",
    "Dit heeft gevolgen voor uw toeslag, zodat het raadzaam is tijdig na te gaan wat u moet doen.",
    "Wij weten dat het verstandig is eerst te bellen.",
])
def test_no_passive(check, text):
    assert passives(check, text) == {}


@pytest.mark.parametrize("text, span", [
    ("De vergadering is gehouden in het stadhuis.", "is gehouden"),
    ("De hoorzitting is gehouden om de bezwaren te bespreken.", "is gehouden"),  # the aim, not "must"
    ("Wij weten dat het formulier online is in te vullen.", "is in te vullen"),  # a noun subject: passive
    ("Het is op de nieuwe website te vinden.", "is op de nieuwe website te vinden"),
])
def test_still_passive(check, text, span):
    assert span in passives(check, text)


# --- 3. sentences: a firm's legal form may end a sentence

@pytest.mark.parametrize("text, count", [
    ("De hulp wordt gegeven door Thuiszorg West B.V. De aanbieder belt u binnen een week.", 2),
    ("Het werk wordt gedaan door Bouwbedrijf Jansen B.V. Wij houden toezicht op het werk.", 2),
    ("Het contract is getekend door Bouwbedrijf Jansen B.V. Amsterdam heeft daar niets mee te maken.", 1),
    ("Het werk wordt gedaan door Bouwbedrijf Jansen B.V. De Jong uit Zwolle is de eigenaar.", 1),
    ("De klacht is o.a. De Jong bekend, want hij heeft er vaak over geschreven.", 1),
    ("Dit is bekend bij dhr. De Vries van de afdeling.", 1),
])
def test_sentence_end_after_legal_form(nlp, text, count):
    assert len(list(nlp(text).sents)) == count


def test_sentence_length_counts_two_sentences(check):
    text = ("De ondersteuning wordt gegeven in natura door zorgaanbieder Thuiszorg West B.V. De aanbieder neemt "
            "binnen tien werkdagen na de datum van deze brief contact met u op voor het maken van afspraken.")
    # (the second sentence may be long enough of its own; no finding spans both)
    assert not any("B.V. De" in f.text for f in codes(check(text, select="DD101"), "DD101"))


# --- 4. DD108: an infinitive with "te" is never the finite verb

@pytest.mark.parametrize("text", [
    "Ten behoeve van het onderzoek verzoeken wij u de volgende stukken uiterlijk 1 mei 2025 aan ons te sturen.",
    "Wij verzoeken u de gevraagde stukken uiterlijk 8 mei 2025 in te leveren, bij voorkeur via het formulier.",
])
def test_te_infinitive_ends_no_lead_in(check, text):
    assert codes(check(text, select="DD108"), "DD108") == []


def test_plural_verb_still_ends_lead_in(check):
    text = "Alle bewoners van de straten rond het nieuwe park aan de westkant van de oude stad betalen niets."
    found = codes(check(text, select="DD108"), "DD108")
    assert len(found) == 1 and "'betalen'" in found[0].message
