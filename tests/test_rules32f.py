"""DD101 (rules32f): a sentence of 23 to 25 words that is one clause says one thing; it is long
through its phrases, and splitting it does not help. A list after a colon at the end is read
item by item. Own sentences, both ways."""

import pytest
from conftest import codes

from duidelijk.rules.sentence_length import _bracket_end, _colon_list, one_clause

BUILD = ("DD102", "DD106", "DD107", "DD108", "DD109", "DD118")  # a build finding keeps DD101's finding


def words_of(report):
    """The word count DD101 names in its message, or None without a finding."""
    found = codes(report, "DD101")
    return int(found[0].message.split()[3]) if found else None


def no_build(report):
    return not any(codes(report, code) for code in BUILD)


@pytest.mark.parametrize("text, words", [
    # one clause, long through a chain of phrases (23 words)
    ("De gemeente heeft een belangrijke taak bij het onderhoud van de wegen, de fietspaden en de bruggen in de "
     "wijken rond het centrum.", 23),
    # one clause and an 'om ... te' clause at the end (23 words; the parse takes 'om' for a preposition)
    ("Wij hebben extra medewerkers nodig om alle aanvragen voor een nieuwe parkeervergunning in de binnenstad voor "
     "het einde van het jaar te behandelen.", 23),
    # one clause with a copula, its predicate at the end (24 words)
    ("De balie voor paspoorten en rijbewijzen in het stadskantoor aan de Markt is vanaf maandag 3 maart elke "
     "ochtend open voor iedereen zonder afspraak.", 24),
    # one clause ending in a list after a colon (23 words)
    ("De nieuwe folder over de afvalpas in de wijk is er in acht talen: Nederlands, Engels, Duits, Frans, "
     "Spaans, Pools, Turks en Arabisch.", 23),
])
def test_one_clause_of_23_to_25_words_gets_no_length_finding(check, text, words):
    assert not codes(check(text), "DD101")
    # the same sentence with the band at its old width: found, with this many words (rules42a's
    # ``load_margin`` off as well: it lets a clause without load go too)
    old = check(text, rules={"DD101": {"single_clause_margin": 2, "load_margin": 0}})
    assert no_build(old) and words_of(old) == words


def test_a_list_after_a_colon_at_the_end_is_no_long_list_at_22_words(check):
    # 22 words: the one-main-line band, where a long list kept the finding
    text = "De folder over de afvalpas in de wijk is er in acht talen: Nederlands, Engels, Duits, Frans, Spaans, " \
           "Pools, Turks en Arabisch."
    assert not codes(check(text), "DD101")


@pytest.mark.parametrize("text, words", [
    # a long middle: the finite verb's other verb comes late ('kunt ... ophalen', 6 words between; 25 words)
    ("U kunt de nieuwe pas vanaf maandag 3 maart ophalen bij de balie van het stadskantoor aan de Markt in het "
     "centrum van de stad.", 25),
    # a long middle before the finite verb's own particle ('ligt ... klaar'; 23 words)
    ("Het nieuwe paspoort ligt vanaf de tweede week van maart klaar bij de balie van het stadskantoor aan de markt "
     "in het centrum.", 23),
    # a long part between two commas, the clause goes on after it (25 words)
    ("De balie voor paspoorten is, vanwege de verbouwing van het oude stadhuis aan de Markt, tot het einde van de "
     "maand op de eerste verdieping.", 25),
    # a list without a colon: the reader holds the verb until 'mee' (27 words: over the band)
    ("Neem uw paspoort, uw rijbewijs, een recente pasfoto, het ingevulde formulier, een bewijs van uw adres en uw "
     "oude pas mee naar de balie van het stadskantoor.", 27),
    # after a colon a clause with its own finite verb goes on: no list at the end (22 words)
    ("De folder over de afvalpas is er in acht talen: Nederlands, Engels, Duits en Frans staan voorin en de andere "
     "talen achterin.", 22),
])
def test_a_sentence_that_asks_more_keeps_its_length_finding(check, text, words):
    report = check(text)
    assert no_build(report)
    assert words_of(report) == words


def test_two_clauses_of_23_to_25_words_keep_their_finding(check):
    # a relative clause inside the subject (23 words), and one at the end (24 words): two clauses
    for text, words in (
            ("De nieuwe balie in de hal van het stadskantoor waar u uw paspoort kunt ophalen is open van maandag "
             "tot en met vrijdag.", 23),
            ("De gemeente stuurt u binnen drie weken een brief met de nieuwe regels voor het parkeren in de straten "
             "die rond het station liggen.", 24)):
        assert words_of(check(text)) == words


def sentence(nlp, text):
    return next(iter(nlp(text).sents))


def test_one_clause_asks_one_finite_verb_of_the_main_clause_and_nothing_long_to_hold(nlp):
    assert one_clause(sentence(nlp, "De gemeente heeft een belangrijke taak bij het onderhoud van de wegen, de "
                                    "fietspaden en de bruggen in de wijken rond het centrum."), 5)
    # a subclause at the end: two finite verbs
    assert not one_clause(sentence(nlp, "Wij sturen u de nieuwe pas met de post naar uw adres omdat de machine in "
                                        "het stadskantoor stuk is."), 5)
    # a long part in front that a comma closes before the verb
    assert not one_clause(sentence(nlp, "Na de verbouwing van het oude stadhuis aan de Markt, opent de balie voor "
                                        "paspoorten weer op maandag."), 5)
    # a short one is one thing to hold
    assert one_clause(sentence(nlp, "Na de verbouwing, opent de balie voor paspoorten weer op maandag om negen uur "
                                    "in de ochtend."), 5)
    # a long part between two commas inside the clause
    assert not one_clause(sentence(nlp, "De balie is, vanwege de verbouwing van het oude stadhuis aan de Markt, tot "
                                        "het einde van de maand dicht."), 5)
    # a short part between two commas
    assert one_clause(sentence(nlp, "De balie is, na de verbouwing, tot het einde van de maand dicht voor iedereen "
                                    "zonder afspraak."), 5)


def test_bracket_end_finds_the_late_verb_or_particle(nlp):
    def end(text):
        sent = sentence(nlp, text)
        finite = next(t for t in sent if t.lower_ in {"kunt", "ligt", "dient", "heeft", "hebben", "zoeken"})
        close = _bracket_end(finite, sent)
        return None if close is None else sent.doc[close].text
    assert end("U kunt de nieuwe pas vanaf maandag ophalen bij de balie.") == "ophalen"
    assert end("Het paspoort ligt vanaf maandag klaar bij de balie.") == "klaar"
    assert end("U dient dit bedrag binnen een maand over te maken.") == "over"
    assert end("De provincie heeft een belangrijke rol bij het onderhoud van de bruggen.") is None
    # the verb of an 'om ... te' clause at the end does not close the main clause ('nodig' does:
    # 'hebben ... nodig', rev32f)
    assert end("Wij hebben extra medewerkers nodig om alle aanvragen voor het einde van het jaar te behandelen.") == "nodig"
    assert end("Wij zoeken extra medewerkers om alle aanvragen voor het einde van het jaar te behandelen.") is None
    # "Om" of a time at the start opens no 'om ... te' clause after the verb
    assert end("Om tien uur kunt u de nieuwe pas bij de balie ophalen.") == "ophalen"


def test_colon_list_is_a_list_at_the_end_without_a_finite_verb(nlp):
    sent = sentence(nlp, "De folder is er in vier talen: Nederlands, Engels, Duits en Frans.")
    assert sent.doc[_colon_list(sent)].text == ":"
    sent = sentence(nlp, "De folder is er in vier talen: Nederlands en Engels staan voorin.")
    assert _colon_list(sent) == sent.end
