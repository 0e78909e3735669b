"""DD102 of the thirty-second session (rules32e): passives the parse hid from the rule.

One participle never has two passive auxiliaries: a "wordt" that the parse hung on a later
participle with its own "worden" belongs to the bare participle before it ("Ieder jaar wordt
bepaald hoeveel huizen worden gebouwd"). A separable verb whose first part is an adjective
("klaarzetten") has its participle's "ge" after that part ("klaargezet"), also when the
tagger calls it a present tense. "worden" with a participle of an act is a passive, also where
the parse made "worden" a main verb ("bevorderd te worden", "Voorkomen moet worden dat ...").
A "zijn" that the parse hung on a later word, right after a participle with its own subject,
ends that participle's clause ("Zodra het in gebruik genomen is bepaald ..."). An indirect
question after "is" + participle is the told thing, as a "dat"-clause is ("Verder is
afgewogen welke gegevens ..."). Sentences written for these tests."""

import pytest
from spacy.tokens import Doc

from conftest import codes
from duidelijk.rules.passive import _participle_tagged_finite, _stray_participle, _told


def spans(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text, found", [
    # two auxiliaries on one participle: the first one is the passive of "bepaald"
    ("Ieder jaar wordt opnieuw bepaald hoeveel huizen worden gebouwd in de wijk.", "wordt opnieuw bepaald"),
    # an adjective as the first part of a separable verb, tagged a present tense
    ("Uw pakket wordt dan klaargezet bij de balie.", "wordt dan klaargezet"),
    ("De stoelen worden morgen klaargezet in de zaal.", "worden morgen klaargezet"),
    # "worden" made a main verb by the parse
    ("De doelen dienen allemaal zoveel als mogelijk bevorderd te worden.", "bevorderd te worden"),
    ("Voorkomen moet worden dat de kosten stijgen.", "Voorkomen moet worden"),
    # "is" hung on a word of the main clause, after the subclause's participle
    ("Zodra het in gebruik genomen is bepaald het model van elke aanvraag het risico.", "genomen is"),
    # an indirect question or a "dat"-clause as the told thing
    ("Verder is bij het maken van de regeling samen met de wijkraad afgewogen welke straten wel en welke "
     "straten niet meegenomen konden worden.", "is bij het maken van de regeling samen met de wijkraad afgewogen"),
    ("Deze lijst laat zien van hoeveel kinderen er aan de school gemeld is dat ze ziek zijn.", "gemeld is"),
])
def test_passives_found(check, text, found):
    assert found in spans(check, text), spans(check, text)


@pytest.mark.parametrize("text", [
    "Het wordt koud.",
    "Ik word morgen 40.",
    "Hij wordt boos.",
    "Het wordt gezellig.",
    "Overleggen moet makkelijker worden.",  # an infinitive as subject, with a predicate
    "Reizen moet weer leuk worden.",
    "Voorkomen is beter dan genezen.",
    "Dat is gesloten.",
    "Hij is geïnteresseerd in de buurt.",
    "Zodra je getrouwd bent krijg je een boekje.",  # "trouwen" takes "zijn"
    # "gebruikt" is also the present tense: the relative clause's own verb, "is" the main verb
    "De data die het algoritme gebruikt is de data die het systeem zelf meet.",
    "Wij weten niet of hij de stoelen vergelijkt.",  # "vergelijken" has its own "ge"
    "Het is duidelijk welke straten dicht gaan.",  # an adjective, not a participle
    "Ik ben benieuwd hoe het gaat.",
    "Het is gebleken dat de kosten hoger zijn.",
])
def test_no_passive(check, text):
    assert spans(check, text) == []


@pytest.mark.parametrize("text, only", [
    # the first "wordt" is a copula with an adjective: only the clause's own passive
    ("Het wordt duidelijk welke bewoners worden uitgenodigd.", "worden uitgenodigd"),
    ("Het wordt spannend hoeveel mensen worden uitgenodigd.", "worden uitgenodigd"),
])
def test_copula_worden_before_a_question(check, text, only):
    assert spans(check, text) == [only]


def _doc(nlp, words, heads, deps, pos, morphs):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs,
               lemmas=[w.lower() for w in words])


def test_worden_as_main_verb_with_a_participle(nlp):
    # "De regels dienen nageleefd te worden", parsed with "worden" as a main verb
    words = ["De", "regels", "dienen", "nageleefd", "te", "worden", "."]
    doc = _doc(nlp, words, [1, 2, 2, 5, 5, 2, 2], ["det", "nsubj", "ROOT", "xcomp", "mark", "xcomp", "punct"],
               ["DET", "NOUN", "VERB", "VERB", "ADP", "VERB", "PUNCT"],
               ["", "", "VerbForm=Fin", "VerbForm=Part", "", "VerbForm=Inf", ""])
    assert _stray_participle(doc[5]).text == "nageleefd"


def test_worden_as_main_verb_with_an_adjective(nlp):
    # "De dagen dienen koud te worden": no participle, no passive
    words = ["De", "dagen", "dienen", "koud", "te", "worden", "."]
    doc = _doc(nlp, words, [1, 2, 2, 5, 5, 2, 2], ["det", "nsubj", "ROOT", "xcomp", "mark", "xcomp", "punct"],
               ["DET", "NOUN", "VERB", "ADJ", "ADP", "VERB", "PUNCT"],
               ["", "", "VerbForm=Fin", "Degree=Pos", "", "VerbForm=Inf", ""])
    assert _stray_participle(doc[5]) is None


def _zodra(nlp, participle, morph, subjects):
    # "Zodra het <participle> is stuurt het systeem ...": "is" hung on the main verb
    words = ["Zodra", "het", participle, "is", "stuurt", "het", "systeem", "."]
    deps = ["mark", "nsubj:pass" if subjects else "obj", "advcl", "cop", "ROOT", "det", "nsubj", "punct"]
    return _doc(nlp, words, [2, 2, 4, 4, 4, 6, 4, 4], deps,
                ["SCONJ", "PRON", "VERB", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
                ["", "", morph, "VerbForm=Fin", "VerbForm=Fin", "", "", ""])


def test_copula_after_a_participle_with_its_subject(nlp):
    doc = _zodra(nlp, "ingevoerd", "VerbForm=Part", True)
    assert _stray_participle(doc[3]).text == "ingevoerd"


def test_copula_after_a_present_form(nlp):
    # "gebruikt" is also "he uses": no repair
    doc = _zodra(nlp, "gebruikt", "VerbForm=Part", True)
    doc[2].lemma_ = "gebruiken"
    assert _stray_participle(doc[3]) is None


def test_participle_of_an_adjective_particle_verb(nlp):
    words = ["Het", "wordt", "klaargezet", "."]
    doc = _doc(nlp, words, [2, 2, 2, 2], ["nsubj:pass", "aux:pass", "ROOT", "punct"],
               ["PRON", "AUX", "VERB", "PUNCT"], ["", "VerbForm=Fin", "Tense=Pres|VerbForm=Fin", ""])
    assert _participle_tagged_finite(doc[2])
    doc = _doc(nlp, ["Het", "wordt", "vergelijkt", "."], [2, 2, 2, 2], ["nsubj:pass", "aux:pass", "ROOT", "punct"],
               ["PRON", "AUX", "VERB", "PUNCT"], ["", "VerbForm=Fin", "Tense=Pres|VerbForm=Fin", ""])
    assert not _participle_tagged_finite(doc[2])


def test_told_thing(nlp):
    # "Er is besproken welke straten dicht gaan" / "... is besproken de straten ..."
    words = ["Er", "is", "besproken", "welke", "straten", "."]
    doc = _doc(nlp, words, [2, 2, 2, 4, 2, 2], ["expl", "cop", "ROOT", "det", "nsubj", "punct"],
               ["ADV", "AUX", "VERB", "DET", "NOUN", "PUNCT"], ["", "", "VerbForm=Part", "", "", ""])
    assert _told(doc[4])
    words = ["Er", "is", "besproken", "de", "straten", "."]
    doc = _doc(nlp, words, [2, 2, 2, 4, 2, 2], ["expl", "cop", "ROOT", "det", "nsubj", "punct"],
               ["ADV", "AUX", "VERB", "DET", "NOUN", "PUNCT"], ["", "", "VerbForm=Part", "", "", ""])
    assert not _told(doc[4])
