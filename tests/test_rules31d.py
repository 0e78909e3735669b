"""DD101 (rules31d): a sentence of 21 or 22 words is hard through what a reader must hold,
not through its word count. Own sentences, both ways."""

import pytest
from conftest import codes

from duidelijk.rules.sentence_length import _apart, _aside, _second_main_clause, held_clause


def length(check, text, **settings):
    return codes(check(text, **settings), "DD101")  # all rules on: the other findings count


@pytest.mark.parametrize("text", [
    # a relative clause at the end, after the whole main clause (21 words)
    "De nieuwe pas ligt vanaf maandag klaar bij de balie in het stadskantoor waar u nu ook uw paspoort kunt "
    "ophalen.",
    # an 'omdat' clause at the end (22 words)
    "Wij sturen u de nieuwe pas helaas een week later met de post omdat de oude machine in het stadskantoor "
    "stuk is.",
    # two orders that share their subject, each read in turn (21 words)
    "Vul het formulier voor de aanvraag van uw nieuwe paspoort helemaal in en geef het aan de medewerker bij "
    "de balie.",
    # a short condition in front is one thing to hold (22 words)
    "Als dat zo is, sturen wij u de nieuwe pas binnen drie weken met de post naar uw huisadres in Utrecht.",
    # a short aside in brackets (21 words)
    "U kunt de nieuwe pas vanaf maandag ophalen bij de balie in het stadskantoor (op de eerste verdieping) "
    "met uw oude pas.",
    # a list of three after a comma, no verb left out to hold (22 words)
    "De eerste betaling krijgt u in maart, de tweede betaling in april en de laatste betaling in mei van dit jaar.",
])
def test_one_main_line_of_21_or_22_words_gets_no_length_finding(check, text):
    assert not length(check, text)


@pytest.mark.parametrize("text", [
    # a subclause inside a subclause (22 words)
    "Wij laten u weten dat u de pas kunt ophalen zodra de gemeente het geld van uw betaling op haar rekening heeft.",
    # a relative clause inside the object: the main clause goes on after it (21 words)
    "Wij geven de mensen die in de wijk rond het oude station wonen in maart een nieuwe pas voor het parkeren.",
    # a relative clause apart from its noun, the verb between them (21 words)
    "Wij hebben een lijst met regels voor het parkeren in de wijk bijgevoegd die vanaf 1 maart voor alle straten gelden.",
    # a long aside in brackets inside the sentence (22 words)
    "U kunt uw nieuwe rijbewijs (dat las u vast al in de krant van vorige week) vanaf dinsdag ophalen bij het loket.",
])
def test_a_clause_to_hold_keeps_the_length_finding(check, text):
    # no build finding (DD107 tang, DD108 lead-in) that keeps the finding before one_main_line is asked
    report = check(text)
    assert not codes(report, "DD107") and not codes(report, "DD108")
    assert codes(report, "DD101")
    assert int(codes(report, "DD101")[0].message.split()[3]) in (21, 22)


def sentence(nlp, text):
    return next(iter(nlp(text).sents))


def test_held_clause_reads_a_subclause_before_the_main_verb_not_after_it(nlp):
    assert held_clause(sentence(nlp, "Wij geven de mensen die in de wijk rond het oude station wonen in maart een nieuwe "
                                     "pas voor het parkeren."), 5)
    assert not held_clause(sentence(nlp, "Wij sturen u de nieuwe pas helaas een week later met de post omdat de oude "
                                         "machine in het stadskantoor stuk is."), 5)


def test_apart_needs_a_word_outside_the_noun_phrase_between_noun_and_relative_clause(nlp):
    def relative(text):
        return next(t for t in nlp(text) if t.dep_ == "acl:relcl")
    assert _apart(relative("Wij hebben een lijst met regels voor het parkeren in de wijk bijgevoegd die vanaf 1 "
                           "maart voor alle straten gelden."))
    assert not _apart(relative("Wij hebben een lijst bijgevoegd met regels voor het parkeren die vanaf 1 maart voor "
                               "alle straten gelden."))


def test_aside_is_long_and_inside_the_sentence(nlp):
    def aside(text):
        sent = sentence(nlp, text)
        last = [t for t in sent if not (t.is_punct or t.is_space)][-1].i
        return _aside(sent, 5, last)
    assert aside("U kunt uw nieuwe rijbewijs (dat las u vast al in de krant) vanaf dinsdag ophalen bij het loket.")
    assert not aside("U kunt uw nieuwe rijbewijs (de roze kaart) vanaf dinsdag ophalen bij het loket.")
    assert not aside("U kunt uw nieuwe rijbewijs vanaf dinsdag ophalen bij het loket (dat las u vast al in de krant).")


def test_second_main_clause_needs_its_verb_second(nlp):
    assert _second_main_clause(sentence(nlp, "Het zwembad aan de Dorpsstraat blijft tot 1 juni dicht Daarna krijgt u "
                                             "van ons een brief met de nieuwe datum."))
    assert not _second_main_clause(sentence(nlp, "Het zwembad aan de Dorpsstraat blijft tot 1 juni dicht omdat de "
                                                 "pompen van het bad stuk zijn."))


def test_the_same_main_line_over_22_words_keeps_its_finding(check):
    # the first sentence above with three words more (24): the exception is only for 21 and 22
    assert length(check, "De nieuwe pas ligt vanaf maandag klaar bij de balie in het grote stadskantoor aan de "
                         "markt waar u ook uw paspoort kunt ophalen.")


def test_held_words_is_a_setting(check):
    # 'Als dat zo is' has 4 words: held with held_words = 4, not with the default 5
    text = "Als dat zo is, sturen wij u de nieuwe pas binnen drie weken met de post naar uw huisadres in Utrecht."
    assert not length(check, text)
    assert length(check, text, rules={"DD101": {"held_words": 4}})
