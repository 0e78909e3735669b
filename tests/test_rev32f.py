"""DD101 (rev32f): review of rules32f's one clause of 23 to 25 words. A sentence the rule drops
must be one clause in fact, not only in a parse that missed a subclause's verb, a plural verb or
a separable verb's particle. Own sentences, both ways."""

import pytest
from conftest import codes

from duidelijk.rules.sentence_length import _bracket_end, one_clause

BUILD = ("DD102", "DD106", "DD107", "DD108", "DD109", "DD118")  # a build finding keeps DD101's finding


def words_of(report):
    """The word count DD101 names in its message, or None without a finding."""
    found = codes(report, "DD101")
    return int(found[0].message.split()[3]) if found else None


def sentence(nlp, text):
    return next(iter(nlp(text).sents))


@pytest.mark.parametrize("text, words", [
    # a subclause at the end whose plural verb the parse takes for a participle ('ontvangen'):
    # two clauses, as with 'ontvangt' (25 words each)
    ("U krijgt de nieuwe pas met de post op uw adres in de wijk Oost zodra wij alle gegevens over uw aanvraag van u "
     "ontvangen.", 25),
    ("U krijgt de nieuwe pas met de post op uw adres in de wijk Oost als wij alle gegevens over de aanvraag van u "
     "ontvangen.", 25),
    # a question word opens it (24 words)
    ("Wij weten nog niet wanneer wij de gegevens over het inkomen van u en uw partner in het jaar 2025 van de "
     "Belastingdienst ontvangen.", 24),
    # the finite verb's particle 'op' after a long middle; the parse also took 'na' for one (24 words)
    ("De medewerkers van het team Werk en Inkomen nemen na ontvangst van het formulier snel contact met u op over uw "
     "aanvraag voor bijstand.", 24),
    # 'klaar' closes 'ligt ... klaar' after 11 words, where the parse took it for a predicate (23 words)
    ("Het nieuwe paspoort van uw zoon ligt vanaf dinsdag 4 maart tot en met vrijdag 28 maart voor u klaar bij de "
     "balie.", 23),
])
def test_a_sentence_the_parse_reads_as_one_clause_keeps_its_finding(check, text, words):
    report = check(text)
    assert not any(codes(report, code) for code in BUILD)
    assert words_of(report) == words


@pytest.mark.parametrize("text", [
    # 'als' before a noun opens no subclause (25 words)
    "Daarin noemt de gemeente het terrein aan de oostkant van het park als een van de twaalf beste plekken voor "
    "nieuwe woningen in de stad.",
    # an 'om ... te' clause at the end has no subject of its own (23 words)
    "Wij hebben extra medewerkers nodig om alle aanvragen voor een nieuwe parkeervergunning in de binnenstad voor het "
    "einde van het jaar te behandelen.",
    # a particle right after a short middle ('ligt ... klaar', 3 words; 23 words)
    "Het nieuwe paspoort ligt vanaf dinsdag klaar bij de balie van het stadskantoor aan de Markt in het centrum van "
    "de stad Utrecht.",
    # a plural subject and its verb, then the phrases: one clause (24 words)
    "De medewerkers van het team Werk en Inkomen helpen u graag bij het invullen van het formulier voor de bijzondere "
    "bijstand.",
])
def test_one_clause_of_23_to_25_words_stays_without_finding(check, text):
    assert not codes(check(text), "DD101")


def test_a_subclause_with_a_verb_the_parse_missed_is_no_one_clause(nlp):
    assert not one_clause(sentence(nlp, "U krijgt de nieuwe pas met de post op uw adres in de wijk Oost zodra wij "
                                        "alle gegevens over uw aanvraag van u ontvangen."), 5)
    # a phrase with 'als' is no clause
    assert one_clause(sentence(nlp, "Daarin noemt de gemeente het terrein aan de oostkant van het park als een van de "
                                    "twaalf beste plekken voor nieuwe woningen in de stad."), 5)


def test_a_plural_verb_read_as_an_infinitive_has_its_middle(check, nlp):
    # 'vragen' tagged as an infinitive: with its subject in front it is the finite verb of the main
    # clause, and 'aan' closes a middle of 14 words (25 words)
    text = ("De bewoners van de straten rond het station vragen na de verbouwing van het plein binnen een week een "
            "nieuwe vergunning voor hun auto aan.")
    assert not one_clause(sentence(nlp, text), 5)
    assert words_of(check(text)) == 25
    # the same plural with a short middle ('vragen ... aan', 3 words): one clause
    assert one_clause(sentence(nlp, "De bewoners van de straten rond het station vragen een nieuwe vergunning "
                                    "aan voor het parkeren van hun auto in de wijk Oost."), 5)


def test_bracket_end_takes_the_last_particle_and_a_predicate_of_a_full_verb(nlp):
    def end(text, verb):
        sent = sentence(nlp, text)
        finite = next(t for t in sent if t.lower_ == verb)
        close = _bracket_end(finite, sent)
        return None if close is None else sent.doc[close].text
    assert end("Wij nemen na ontvangst van het formulier snel contact met u op.", "nemen") == "op"
    assert end("Het paspoort ligt vanaf dinsdag 4 maart voor u klaar bij de balie.", "ligt") == "klaar"
    # a copula's predicate is the clause itself, no bracket ("De balie is ... open")
    assert end("De balie is vanaf maandag elke ochtend open voor iedereen.", "is") is None


def test_a_long_part_in_front_without_a_comma_keeps_the_finding(check, nlp):
    # 15 words before 'betalen'; the parse makes 'acht' of "groep acht" the root, and DD108 does
    # not see the lead-in (25 words)
    text = ("De ouders van alle kinderen in groep acht van de scholen in de wijk Oost betalen dit jaar geen bijdrage voor "
            "het schoolreisje naar Parijs.")
    report = check(text)
    assert not codes(report, "DD108")
    assert words_of(report) == 25
    # with DD108's limit set higher, the part in front may be that long
    assert not codes(check(text, rules={"DD108": {"max_phrase_words": 15}}), "DD101")
    # a subject of 11 words: under DD108's limit, one clause
    assert one_clause(sentence(nlp, "De balie voor paspoorten en rijbewijzen in het stadskantoor aan de Markt is vanaf "
                                    "maandag elke ochtend open voor iedereen zonder afspraak."), 5)
