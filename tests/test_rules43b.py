"""Forty-third session (rules43b helper): DD105 on short compounds of two everyday parts.

A compound of at most 19 letters whose first part is an everyday action ("betaling",
"aanmelding") and whose head is an everyday abstract noun that names no action or quality but
a frame the action fills ("proces", "contract", "plan") and is a word of speech is read by its
parts: the reader adds the two words up (``action_pair_letters``, ``action_pair_zipf``,
``action_pair_spoken_zipf``). A rare part, a quality as first part, an action head, a head that
names a person, a head of written Dutch ("status", "protocol"), three parts or a longer word
keep the compound long. And "gegevens" (data) is a noun of its own, not the stem of a verb: a compound
of "gegevens" and an everyday thing ("gegevenslijsten") is read by its parts. Own words and
sentences, both ways."""

import pytest
from conftest import codes

from duidelijk.rules.long_words import LongWord, action_or_quality


def long_verdict(word: str, **options) -> bool:
    rule = LongWord()
    rule.options = dict(LongWord.settings) | options
    return rule.word_verdict(word, word, "NOUN")


@pytest.mark.parametrize("word", [
    "betalingsproces", "aanmeldingsproces", "bestellingsproces", "begeleidingsplan",
    "ondersteuningsplan", "betalingscontract", "beoordelingsproces",
])
def test_short_pair_of_an_everyday_action_and_a_frame_reads_at_once(word):
    assert not long_verdict(word)


@pytest.mark.parametrize("word", [
    "declaratiegegevens",     # a rare part: the part is the obstacle
    "transplantatieproces",   # a rare part, and 20 letters
    "bemiddelingscontract",   # 20 letters: past the glance
    "omgevingsmanager",       # a person as head: who does what is left open
    "duurzaamheidsplan",      # a quality as first part
    "zekerheidscontract",     # a quality as first part
    "betalingsverwerking",    # an action head: two doings to relate
    "huuraanvraagproces",     # three parts
    "zorgaanmeldingsproces",  # three parts, 21 letters
    "aanmeldingsstatus",      # a head of written Dutch, no word of speech
    "betalingsprotocol",      # the same
    "begeleidingstraject",    # the same
    "aanmeldingsgegevens",    # "gegevens" is written Dutch ("gegeven" of speech is a participle)
])
def test_hard_part_quality_action_head_or_long_word_stays_long(word):
    assert long_verdict(word)


def test_the_setting_switches_the_pair_off():
    assert long_verdict("betalingsproces", action_pair_letters=0)
    assert long_verdict("begeleidingsplan", action_pair_zipf=6.0)
    assert long_verdict("betalingscontract", action_pair_spoken_zipf=5.5)
    assert not long_verdict("betalingsproces", action_pair_letters=19)


def test_frame_heads_setting_keeps_a_frame_head_long():
    # "systeem" is a word of speech, but with frame_heads on a frame head stays a long word
    assert not long_verdict("aanmeldingssysteem")
    assert long_verdict("aanmeldingssysteem", frame_heads=True)


@pytest.mark.parametrize("part, action", [
    ("gegevens", False),   # data: no verb stem, though "gegeven" is also a participle
    ("vermogens", False),  # wealth: the verb "vermogen" is the part itself, no stem
    ("verblijfs", True),   # the stem of "verblijven"
    ("registratie", True),
    ("betalings", True),
])
def test_a_part_that_is_a_whole_verb_form_is_no_action_stem(part, action):
    assert action_or_quality(part, first=True) is action


@pytest.mark.parametrize("word", ["gegevensdragers", "gegevenskaarten", "gegevenslijsten", "vermogensbronnen"])
def test_compound_of_gegevens_and_an_everyday_thing_reads_at_once(word):
    assert not long_verdict(word)


@pytest.mark.parametrize("text", [
    "Het betalingsproces duurt een paar dagen.",
    "Na het aanmeldingsproces krijgt u een brief van ons.",
    "Wij maken samen met u een begeleidingsplan.",
    "Het ondersteuningsplan staat in de bijlage.",
    "Stuur het betalingscontract voor 1 mei terug.",
    "De gegevenslijsten staan op onze website.",
    "Wij bewaren de gegevensdragers in een kast die op slot zit.",
])
def test_everyday_pairs_in_a_sentence_are_no_finding(check, text):
    assert not codes(check(text, select="DD105"), "DD105")


@pytest.mark.parametrize("text, word", [
    ("Controleer de declaratiegegevens voordat u ze opstuurt.", "declaratiegegevens"),
    ("Het transplantatieproces duurt lang.", "transplantatieproces"),
    ("Het bemiddelingscontract is klaar.", "bemiddelingscontract"),
    ("De betalingsverwerking duurt twee dagen.", "betalingsverwerking"),
    ("Lees het duurzaamheidsplan van de gemeente.", "duurzaamheidsplan"),
    ("Het zorgaanmeldingsproces is nieuw.", "zorgaanmeldingsproces"),
])
def test_hard_or_long_compounds_in_a_sentence_are_still_found(check, text, word):
    found = codes(check(text, select="DD105"), "DD105")
    assert [f.text for f in found] == [word]
    assert "lang woord" in found[0].message
