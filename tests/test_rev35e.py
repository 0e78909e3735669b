"""Review of the thirty-fifth session's narrowing of DD104, DD103 and DD102 (rev35e helper).
Sentences written for these tests, both ways.

DD104 (rules35e): the noun in "-ing" of a particle verb of speech has its verb's familiarity.
Not for a verb that only looks like a particle verb ("aanvaarden", "naderen": "wij aanvaarden",
not "wij vaarden aan"), and not for a noun that speech does not use at all ("opwekking",
"omkering"): the noun itself must be said. A compound with an everyday loan head is as plain as
that head, for nouns; an adjective with a loan ending after a prefix of written Dutch
("transnationaal") keeps the loanword bar.

DD103 (rules35f): a capital after a relative 'die'/'dat' marks a name only where 'die'/'dat'
stands right after the noun it is about, and the capitalised word is a noun of the clause.

DD102 (rules35g): "zo snel mogelijk", "zoveel mogelijk" after the participle say how the act is
done; they are no predicate of "wordt"/"is", so the passive stays."""

import pytest

from conftest import codes
from duidelijk.rules.difficult_words import action_familiarity


def found(check, text, code):
    return [f.text for f in codes(check(text, select=code), code)]


@pytest.mark.parametrize("text, word", [
    # not particle verbs: "wij aanvaarden", "wij naderen" (the rest has no participle of its own)
    ("De aanvaarding van de erfenis kan alleen schriftelijk.", "aanvaarding"),
    ("Bij nadering van de datum sturen wij u een brief.", "nadering"),
    # particle verbs of speech whose noun speech does not use
    ("De opwekking van stroom met zonnepanelen kost geld.", "opwekking"),
    ("De omkering van de bewijslast geldt hier niet.", "omkering"),
    # formal nouns of particle verbs: hard before rules35e too, and still
    ("De indiening van uw bezwaar moet binnen zes weken.", "indiening"),
    ("De opschorting van de betaling duurt drie maanden.", "opschorting"),
    ("De aanwending van de middelen is niet juist.", "aanwending"),
    # an adjective with a loan ending after a prefix of written Dutch
    ("Het gaat om transnationale samenwerking.", "transnationale"),
    ("Wij werken aan transculturele zorg.", "transculturele"),
])
def test_dd104_stays_hard(check, text, word):
    assert found(check, text, "DD104") == [word]


@pytest.mark.parametrize("text", [
    "De afhandeling van uw klacht duurt twee weken.",
    "De inschatting van de kosten is lastig.",
    "De partnerrelatie telt mee voor de toeslag.",
    "Uw geldsituatie is veranderd.",
])
def test_dd104_still_known(check, text):
    assert found(check, text, "DD104") == []


def test_action_familiarity_needs_a_particle_verb_and_a_said_noun():
    assert action_familiarity("aanvaarding", "aanvaarden") < 0
    assert action_familiarity("nadering", "naderen") < 0
    assert action_familiarity("opwekking", "opwekken") < 0
    assert action_familiarity("inschatting", "inschatten") >= 3.5


@pytest.mark.parametrize("text, word", [
    # "die" as the article after another word than its noun, though the parse hangs it on the verb
    ("Lees goed wat die Verordening zegt.", "Verordening"),
    # a pronoun "dat"/"dit" that is no relative pronoun, before a preposition with a capital slip
    ("U kunt dat Middels de app regelen.", "Middels"),
    ("U kunt dit Middels de app regelen.", "Middels"),
])
def test_dd103_capital_after_a_pronoun_stays_a_finding(check, text, word):
    assert word in found(check, text, "DD103")


@pytest.mark.parametrize("text", [
    "De gegevens die Uitkeren WW op het formulier vraagt, zijn nodig.",
    "Het bedrag dat Uitkeren overmaakt, staat op uw rekening.",
    "Dit is de brief die Uitkeren WW heeft gestuurd.",
])
def test_dd103_name_after_a_relative_pronoun(check, text):
    assert "Uitkeren" not in found(check, text, "DD103")


@pytest.mark.parametrize("text, word", [
    ("Daarom wordt uw aanvraag behandeld zo snel mogelijk.", "behandeld"),
    ("Daarom wordt het afval gescheiden zoveel mogelijk.", "gescheiden"),
    ("Daarom worden de kosten vergoed zo veel mogelijk.", "vergoed"),
])
def test_dd102_as_possible_after_the_participle_is_no_predicate(check, text, word):
    assert [s for s in found(check, text, "DD102") if word in s.split()]


@pytest.mark.parametrize("text, word", [
    ("Daardoor zijn de kosten gemaakt in mei veel hoger.", "gemaakt"),
    ("Daardoor is het aantal meldingen gemeld op maandag veel hoger dan op zondag.", "gemeld"),
])
def test_dd102_predicate_after_the_participle_still_no_passive(check, text, word):
    assert not [s for s in found(check, text, "DD102") if word in s.split()]
