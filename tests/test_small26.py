"""Small rules on real text (small26): kinds of doubtful finding of DD101 on the tunable sets,
each with an example it must leave and one it must keep. Own sentences."""

import pytest
from conftest import codes

from duidelijk.metrics import token_table
from duidelijk.metrics_report import sentence_words
from duidelijk.rules.sentence_length import label_words, number_groups


def found(check, code, text):
    return codes(check(text), code)  # all rules on: the other findings count


def _words(nlp, text):
    doc = nlp(text)
    sent = next(doc.sents)
    return doc, sent, [t.i for t in sent if not (t.is_punct or t.is_space)]


# --- DD101: a label before a colon ("Let op:") is no part of the sentence ----------------------
@pytest.mark.parametrize("text, n", [
    ("Let op: u moet de sleutel van de berging altijd op tijd terugbrengen bij de balie waar u deze hebt opgehaald.", 2),
    ("Belangrijk: wij sturen u de nieuwe pas pas toe als wij uw betaling hebben ontvangen.", 1),
    ("Tip: bel ons eerst voordat u naar het stadskantoor komt.", 1),
    # a subject before the colon: the sentence goes on after it
    ("Dit betekent: u moet de sleutel van de berging op tijd terugbrengen bij de balie.", 0),
    ("U krijgt: een nieuwe pas en een brief met uw pincode.", 0),
    # no sentence after the colon, only what the label names
    ("Neem mee: uw paspoort, een foto en een bewijs van uw adres.", 0),
    # the colon comes too late for a label
    ("Bel dan gratis de helpdesk van de gemeente: u krijgt meteen antwoord op uw vragen.", 0),
])
def test_label_words(nlp, text, n):
    doc, sent, words = _words(nlp, text)
    assert label_words(sent, words) == n


def test_a_label_before_the_colon_does_not_count_as_words_of_the_sentence(check):
    # 21 words with 'Let op', 19 without: one main clause with a 'waar' clause, nowhere to split
    assert not found(check, "DD101", "Let op: u moet de sleutel van de berging altijd op tijd terugbrengen bij de "
                                     "balie waar u deze hebt opgehaald.")


def test_words_before_a_colon_that_start_the_sentence_still_count(check):
    # 'Dit betekent' has a subject: the sentence runs on after the colon, 21 words (19 without
    # the two words before the colon); a condition in front keeps a sentence of 21 words
    assert found(check, "DD101", "Dit betekent: als u de sleutel van de berging niet op tijd terugbrengt, moet u bij "
                                 "de balie een boete betalen.")
    assert not found(check, "DD101", "Let op: als u de sleutel van de berging niet op tijd terugbrengt, moet u bij "
                                     "de balie een boete betalen.")


def test_a_long_sentence_after_a_label_keeps_its_finding(check):
    assert found(check, "DD101", "Let op: u moet de sleutel van de berging op tijd terugbrengen bij de balie van "
                                 "het stadskantoor waar u deze vorige week samen met uw buurman hebt opgehaald.")


# --- DD101: a number in groups of digits is one word -------------------------------------------
@pytest.mark.parametrize("text, n", [
    ("Bel ons op 020 626 2121 als u vragen heeft.", 2),
    ("Bel gratis 0800 0643 als u vragen heeft.", 1),
    ("Kom op 3 of 4 mei naar het loket.", 0),
    ("Dat kost 12, 15 of 20 euro per maand.", 0),
    ("U betaalt 25 euro voor 2 dagen.", 0),
])
def test_number_groups(nlp, text, n):
    doc, sent, words = _words(nlp, text)
    assert number_groups(token_table(doc), words) == n


def test_a_phone_number_in_groups_counts_as_one_word(check):
    # 21 words if the number is three, 19 if it is one: a subclause, no second main clause
    assert not found(check, "DD101", "U kunt ons bellen op 020 626 2121 als u vragen heeft over de brief die u van "
                                     "ons hebt gekregen.")


def test_numbers_apart_still_count_one_by_one(check):
    # the same length with numbers that are no one number: 21 words
    assert found(check, "DD101", "U kunt ons bellen op dag 2 of 3 als u vragen heeft over de brief die u van ons "
                                 "hebt gekregen.")


# --- DD101: a hard word does not keep a plain one-clause sentence of 21-22 words -----------------
def test_one_plain_clause_with_only_a_hard_word_gets_no_length_finding(check):
    # 21 words, one clause; 'bijbehorende' is officialese and gets its own finding; splitting
    # the sentence does not help it
    report = check("U krijgt uw nieuwe parkeervergunning met het bijbehorende legitimatiebewijs vanaf volgende week "
                   "maandag ook gewoon aan de balie in het stadskantoor.")
    assert codes(report, "DD103") and not codes(report, "DD101")


def test_one_clause_that_is_built_hard_keeps_the_length_finding(check):
    # the same sentence in the passive, its verb at the end: the build is hard too
    assert found(check, "DD101", "Uw nieuwe parkeervergunning wordt met het bijbehorende legitimatiebewijs vanaf "
                                 "volgende week maandag ook gewoon aan de balie in het stadskantoor uitgereikt.")


# --- DD117: a 'zodat' clause on its own has lost its main clause ----------------------------------
@pytest.mark.parametrize("text", [
    "Vul uw telefoonnummer in. Zodat wij u kunnen bellen.",
    "Telefoonnummer toevoegen\nZodat wij u berichten per telefoon kunnen sturen.",
])
def test_a_zodat_clause_alone_is_a_half_sentence(check, text):
    spans = [text[f.start:f.end] for f in found(check, "DD117", text)]
    assert spans and spans[0].startswith("Zodat")


@pytest.mark.parametrize("text", [
    "Vul uw telefoonnummer in, zodat wij u kunnen bellen.",  # after its main clause
    "Waarom vragen wij dit? Zodat wij u kunnen bellen.",  # an answer to the question before it
    "Wij vragen twee dingen:\n- Zodat wij u kunnen bellen.",  # a point of a list after a colon
    "Vul uw nummer in. Zodat.",  # no clause: no verb, no subject
])
def test_a_zodat_clause_with_its_main_clause_or_as_an_answer_is_no_finding(check, text):
    assert not found(check, "DD117", text)


# --- DD111: 'Het is niet nodig ... te ...' without 'om' ------------------------------------------
@pytest.mark.parametrize("text", [
    "U hoeft maar één lamp aan te klikken. Het is niet nodig alle kapotte lampen aan te klikken.",
    "Wij vragen u het formulier te sturen. Het is niet toegestaan hier uw fiets te parkeren.",
])
def test_an_impersonal_predicate_with_te_and_without_om_is_found(check, text):
    assert found(check, "DD111", text)


@pytest.mark.parametrize("text", [
    # who is named: the reader
    "U kunt ons bellen. Het is voor u niet nodig alle kapotte lampen aan te klikken.",
    # no negation: 'het' may be a thing that is needed (as with 'om')
    "U kunt ons bellen. Het is nodig alle kapotte lampen aan te klikken.",
    # no clause with 'te' at all
    "U kunt ons bellen. Het is niet nodig.",
])
def test_an_impersonal_predicate_with_te_that_names_who_or_needs_a_thing_is_left(check, text):
    assert not found(check, "DD111", text)
