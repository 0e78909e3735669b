"""DD102 of the thirty-first session (rules31b): passives the rule passed.

An impersonal "zijn" passive has no thing that can be in a state ("Met deze pas is al
betaald"), so "al" does not make it one; "zo" before "is" says how a thing was done, not how
much ("Zo is besloten dat ..."); a clause of purpose before a copula "zijn" on a participle
tells an act ("Om uw privacy te beschermen, zijn deze foto's gewist"), and so does one with no
subject but a "dat"-clause, the thing told ("van wie aan de GGD gemeld is dat ..."); a passive
"worden" the parse hung on a word before its participle finds the participle after it. A
status line is no finding when the next line names the doer and the same thing by a compound
with the same head ("uw aanvraag" ... "uw subsidieaanvraag"). Sentences written
for these tests."""

import pytest
from spacy.tokens import Doc

from conftest import codes
from duidelijk.rules.passive import _participle_after


def spans(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text, word", [
    ("Met deze pas is al betaald in de winkel.", "betaald"),  # impersonal: nothing is in a state
    ("In deze zaal is al gestemd.", "gestemd"),
    ("Zo is besloten dat de school dicht gaat.", "besloten"),  # "zo" is no degree here
    ("Om uw privacy te beschermen, zijn deze foto's gewist.", "gewist"),  # an aim: an act
    # no subject but the told thing, a "dat"-clause after the participle
    ("Wij tellen de mensen van wie aan de GGD gemeld is dat ze ziek zijn.", "gemeld"),
    ("Dit zijn de kosten waarvan aan ons gemeld is dat ze te hoog zijn.", "gemeld"),
])
def test_passives_found(check, text, word):
    assert any(word in s.split() for s in spans(check, text)), spans(check, text)


@pytest.mark.parametrize("text", [
    "Uw aanvraag is al verwerkt.",  # a thing in a state: "al" keeps it one
    "Er is al veel veranderd in de wijk.",  # "veranderen" takes "zijn": a perfect
    "Het is al bekend dat u komt.",
    "Zo is gebleken dat het werkt.",  # "blijken" takes "zijn"
    "Het hek is zo beschadigd dat het omvalt.",  # "zo" next to the participle: a degree
    "Om te stemmen bent u verplicht een pas mee te nemen.",  # "verplicht" is an adjective
    "Het formulier is bedoeld om u te helpen.",  # an "om" clause after it: its complement
    "Het is verboden dat honden hier lopen.",  # "het": a state with its clause
    "Het is niet gezegd dat het lukt.",  # a fixed phrase
    "Omdat gebleken is dat het werkt, gaan we door.",  # "blijken" takes "zijn"
    "Ik ben verbaasd dat u belt.",
    "De winkel is gesloten.",
    "Ik word morgen 40.",
])
def test_states_stay_states(check, text):
    assert spans(check, text) == []


def _doc(nlp, words, heads, deps, pos, morphs):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)


def test_participle_after_a_misparsed_worden(nlp):
    # "Het bestand wordt dagelijks online gezet": a parse that hung "wordt" on "dagelijks"
    words = ["Het", "bestand", "wordt", "dagelijks", "online", "gezet", "."]
    doc = _doc(nlp, words, [1, 3, 3, 3, 5, 3, 3], ["det", "nsubj:pass", "aux:pass", "ROOT", "advmod", "advcl", "punct"],
               ["DET", "NOUN", "AUX", "ADJ", "ADJ", "VERB", "PUNCT"],
               ["", "", "VerbForm=Fin", "", "", "VerbForm=Part", ""])
    assert _participle_after(doc[2], doc[:]).text == "gezet"


def test_no_participle_after_another_verb(nlp):
    # "Het plan wordt beter telt gemaakt": a finite verb comes first, with no comma or
    # conjunction before it to stop the scan; the participle after it is of another clause
    words = ["Het", "plan", "wordt", "beter", "telt", "gemaakt", "."]
    doc = _doc(nlp, words, [1, 3, 3, 3, 3, 4, 3], ["det", "nsubj", "aux:pass", "ROOT", "conj", "obj", "punct"],
               ["DET", "NOUN", "AUX", "ADJ", "VERB", "VERB", "PUNCT"],
               ["", "", "VerbForm=Fin", "", "VerbForm=Fin", "VerbForm=Part", ""])
    assert _participle_after(doc[2], doc[:]) is None


def test_misparsed_worden_found_without_a_rewrite(check):
    # the bundled parse hangs "wordt" on a word before "gezet": a finding, but no rewrite
    text = "Het bestand wordt dagelijks om 10:00 online gezet."
    found = codes(check(text, select="DD102"), "DD102")
    assert [text[f.start:f.end].split()[-1] for f in found] == ["gezet"]
    assert found[0].suggestions == []


def test_status_line_with_a_compound_of_the_same_noun(check):
    # the next line names the doer and the same thing by a compound with the same head
    text = "Uw aanvraag is goedgekeurd\nDe gemeente heeft uw subsidieaanvraag goedgekeurd."
    assert spans(check, text) == []


@pytest.mark.parametrize("text", [
    "Uw aanvraag is goedgekeurd\nDe gemeente heeft ook andere aanvragen goedgekeurd.",
    "De ring is gevonden\nDe gemeente heeft de vergadering gevonden.",  # no compound of "ring"
])
def test_status_line_with_another_thing(check, text):
    assert spans(check, text) == ["is " + text.split("\n")[0].split(" is ")[1]]
