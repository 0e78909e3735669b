"""DD101 (rules37c): a passive whose own verbs are the only verbs of a sentence of 21 to 25
words of one main line does not keep the sentence's length finding: the sentence says one
thing about one act; DD102 asks who does it, and that rewrite, not a split, helps. A passive
beside another verb, or a modal, keeps it. Own sentences, both ways."""

import pytest
from conftest import codes

from duidelijk.rules.long_words import LongWord


def words_of(report):
    """The word count DD101 names in its message, or None without a finding."""
    found = codes(report, "DD101")
    return int(found[0].message.split()[3]) if found else None


@pytest.mark.parametrize("text", [
    # one passive, nothing else to do in the sentence (21 words)
    "Het eerste deel van de subsidie wordt gestort binnen zes weken na uw aanvraag op de rekening van uw nieuwe vereniging.",
    # a participle before a noun is an adjective, no second verb (21 words)
    "De afvalpassen van de komende twee jaar worden gestuurd naar alle bewoners van de wijk in een envelop van de gemeente.",
    # a passive with 'door' and a chain of phrases (23 words)
    "Voor elke straat in de wijk wordt een eigen plan gemaakt door de gemeente op basis van de wensen van de bewoners daar.",
])
def test_lone_passive_in_one_main_line_gets_no_length_finding(check, text):
    report = check(text)
    assert codes(report, "DD102"), "the passive keeps its own finding"
    assert not codes(report, "DD101")


@pytest.mark.parametrize("text", [
    # the passive beside an infinitive clause (22 words)
    "Het bedrag voor uw huishouden wordt berekend door de kosten van het afval van het hele jaar te delen door het aantal bewoners.",
    # two participles, each with its own phrases (23 words)
    "Uw nieuwe pas wordt volgende week in het stadskantoor klaargelegd en daarna met een brief van de gemeente naar uw huis verstuurd.",
    # the passive's verbs far apart: a tang too, two build findings (21 words)
    "De nieuwe afvalpassen worden in de loop van de komende twee weken per post naar alle bewoners van de wijk gestuurd.",
    # a modal beside the passive (22 words)
    "Het geld van deze regeling mag niet worden gebruikt voor de aankoop van een nieuwe auto of een andere grote uitgave thuis.",
])
def test_passive_beside_another_verb_keeps_length_finding(check, text):
    report = check(text)
    assert codes(report, "DD102")
    assert words_of(report) and 21 <= words_of(report) <= 25


# DD105 (rules37c): an everyday abstract noun before an everyday noun of action in -ing names
# what the action is done to ("de afspraak wijzigen"): the reader knows the verb and its object.


def long_verdict(word: str) -> bool:
    rule = LongWord()
    rule.options = dict(LongWord.settings)
    return rule.word_verdict(word, word, "NOUN")


@pytest.mark.parametrize("word", [
    "afspraakwijziging", "systeemaanpassing", "bezwaarbehandeling", "beleidsaanpassing", "subsidiewijziging",
    "budgetverdeling", "systeemwijziging", "contractwijziging", "datumbevestiging",
])
def test_abstract_noun_and_everyday_action_in_ing_is_no_long_word(word):
    assert not long_verdict(word)


@pytest.mark.parametrize("word", [
    # the first part an action or quality itself: two abstractions to relate
    "regelgevingsaanpassing", "doelstellingswijziging", "begrotingswijziging", "vergunningverlening",
    "identiteitsvaststelling", "aansprakelijkheidsstelling",
    # a quality or a Latin noun as head
    "contactmogelijkheid", "onderhoudsinspectie", "procesoptimalisering",
    # no action head, or a head that is no everyday word
    "kwaliteitsinstrument", "belangenafweging", "termijnoverschrijding", "abonnementsopzegging",
    "contractbeëindiging", "accountverwijdering",
])
def test_hard_compounds_stay_long_words(word):
    assert long_verdict(word)


def test_everyday_action_compound_in_a_sentence(check):
    assert not codes(check("U krijgt binnen een week een brief over de contractwijziging."), "DD105")
    assert not codes(check("Na de systeemwijziging kunt u weer inloggen."), "DD105")


def test_hard_compound_in_a_sentence_keeps_its_finding(check):
    found = codes(check("De regelgevingsaanpassing gaat in op 1 januari."), "DD105")
    assert found and "regelgevingsaanpassing" in found[0].message
