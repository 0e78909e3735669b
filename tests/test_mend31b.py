"""DD101 (mend31b): the one-main-line exception for 21-22 words (rules31d) mended after review
rev31b. Own sentences, both ways; every sentence that must keep its finding has no build finding
(DD107, DD108) that would keep it anyway, so each test reaches ``one_main_line``."""

import pytest
from conftest import codes

from duidelijk.rules import sentence_length as sl

BUILD = ("DD107", "DD108")  # tang and lead-in: STRUCTURE findings keep DD101 before one_main_line


def length(check, text, **settings):
    """DD101's findings (all rules on), after asserting that no build finding keeps it."""
    report = check(text, **settings)
    assert not any(codes(report, code) for code in BUILD), [f.code for f in report.findings]
    return codes(report, "DD101")


def words(report):
    return int(codes(report, "DD101")[0].message.split()[3])


def sentence(nlp, text):
    return next(iter(nlp(text).sents))


# bug 1: a long subclause in front that the parse made the root of the sentence
FRONTED = [
    # 22 words; the parse: 'heeft' the root, 'mail' parataxis
    "Als u vragen heeft over de nieuwe regels voor het afval of over de containers in de straat, mail ons dan even.",
    # 21 words; the parse: 'zoekt' the root, 'belt' parataxis
    "Wanneer u hulp zoekt bij het invullen van het formulier voor de toeslag van uw kinderen, belt u dan met ons.",
]


@pytest.mark.parametrize("text", [
    # a short subclause in front is one thing to hold (22 words)
    "Als dat zo is, sturen wij u de nieuwe pas binnen drie weken met de post naar uw huisadres in Utrecht.",
    # 'Dat' a demonstrative, the subject of a main clause: no subclause in front (22 words)
    "Dat geldt ook voor de kosten van de opvang van uw kinderen in dit jaar, zegt de wethouder van de stad.",
])
def test_no_subclause_in_front_to_hold(nlp, text):
    assert not sl.held_clause(sentence(nlp, text), 5)


# bug 2: a second main clause after a missing full stop, its verb second after one part of one
# word or more, whichever clause the parse made the root
MISSING_STOP = [
    # 21 words; one part of three words before the verb; 'hoort' an xcomp of 'blijft'
    "Het zwembad aan de Dorpsstraat in het centrum blijft tot 1 juni dicht Een nieuwe datum hoort u later van ons.",
    # 21 and 22 words; the parse made 'krijgt' the root and 'blijft' a parataxis before it
    "Het zwembad aan de Dorpsstraat blijft tot 1 juni dicht Daarna krijgt u van ons een brief met de nieuwe datum.",
    "Het zwembad aan de Dorpsstraat in Zuid blijft tot 1 juni dicht Daarna krijgt u van ons een brief met de datum.",
]


@pytest.mark.parametrize("text", [
    # a label without a verb before the colon: one clause after it (22 words)
    "Technisch gezien: de nieuwe pompen in het gemaal aan de rivier werken beter en sneller dan de oude pompen van vroeger.",
    # a relative clause after the comma, its verb last (21 words)
    "U kunt het formulier voor de nieuwe pas afgeven bij de balie in het gemeentehuis, die op elke werkdag open is.",
])
def test_no_second_main_clause(check, nlp, text):
    assert not sl._second_main_clause(sentence(nlp, text))
    assert not length(check, text)


# bug 3: a separable verb's particle far after its finite verb
PARTICLE_FAR = [
    # 'sturen' ... 'op': 18 words between (22 words)
    "Wij sturen de brief over de nieuwe regels voor het parkeren van fietsen bij het station in de wijk volgende week op.",
    # 'nemen' ... 'op': 19 words between (22 words)
    "Wij nemen na de vakantie over uw vraag over de kosten van de nieuwe container voor het afval contact met u op.",
]


def test_a_particle_near_its_verb_is_read_as_it_comes(check, nlp):
    # 'vult' ... 'in': 7 words between; two verbs that share their subject (22 words)
    text = ("U vult het formulier voor de nieuwe pas vandaag in en geeft het aan de medewerker bij de balie "
            "in het stadskantoor.")
    assert not sl.held_clause(sentence(nlp, text), 5)
    assert not length(check, text)


def test_the_particle_gap_is_that_of_dd107(check, nlp):
    text = PARTICLE_FAR[0]
    assert not sl.held_clause(sentence(nlp, text), 5, gap=20)
    assert not length(check, text, rules={"DD107": {"max_verb_gap": 20}})


# bug 4: an aside in square brackets or between dashes, inside the sentence
ASIDES = [
    "U kunt uw nieuwe rijbewijs – dat las u vast al in de krant van vorige week – vanaf dinsdag ophalen bij het loket.",
    "U kunt uw nieuwe rijbewijs - dat las u vast al in de krant van vorige week - vanaf dinsdag ophalen bij het loket.",
    "U kunt uw nieuwe rijbewijs [dat las u vast al in de krant van vorige week] vanaf dinsdag ophalen bij het loket.",
]


@pytest.mark.parametrize("text", [
    # a short aside is read in passing
    "De balie in het stadskantoor [Zuid] is vanaf maandag weer open voor iedereen die een afspraak heeft gemaakt bij ons.",
    "De balie in het stadskantoor – Zuid – is vanaf maandag weer open voor iedereen die een afspraak heeft gemaakt bij ons.",
    # hyphens inside words and a range are no dashes
    "De balie in het stadskantoor in Noord-Holland is van 9-12 uur weer open voor iedereen die een afspraak heeft gemaakt.",
    # one dash before a tail at the end: nothing after it to wait for
    "De balie in het stadskantoor aan de markt is vanaf maandag weer open voor iedereen die een afspraak heeft – ook op zaterdag.",
])
def test_no_aside_to_hold(nlp, text):
    assert not sl.held_clause(sentence(nlp, text), 5)


@pytest.mark.parametrize("text", FRONTED + MISSING_STOP + PARTICLE_FAR + ASIDES)
def test_what_a_reader_must_hold_keeps_the_finding(check, nlp, text):
    """Bugs 1-4: a sentence of 21 or 22 words without a build finding keeps its length finding
    through ``one_main_line`` alone: a clause to hold or a second main clause."""
    sent = sentence(nlp, text)
    assert sl.held_clause(sent, 5) or sl._second_main_clause(sent)
    assert not sl.one_main_line(sent, 5)
    assert 21 <= words(check(text)) <= 22
    assert length(check, text)
