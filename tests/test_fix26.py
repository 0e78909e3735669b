"""Mends after the review rev26a (fix26): DD101 labels and number groups. The reviewer's
sentences and own ones, both ways."""

import pytest
from conftest import codes

from duidelijk.metrics import token_table
from duidelijk.rules.sentence_length import label_words, number_groups

PLAIN = ("u kunt de pas vanaf maandag ophalen bij de balie in het stadskantoor met een bewijs van uw adres, "
         "zoals een huurcontract.")


def found(check, code, text):
    return codes(check(text), code)


def _words(nlp, text):
    doc = nlp(text)
    sent = next(doc.sents)
    return doc, sent, [t.i for t in sent if not (t.is_punct or t.is_space)]


# --- a label taken off the count does not block the one-plain-clause exception -----------------
@pytest.mark.parametrize("label", ["Let op: ", "Tip: ", "Antwoord: "])
def test_one_plain_clause_after_a_label_gets_no_length_finding(check, label):
    # 22 words without the label: one plain clause, the same as without a label
    assert not found(check, "DD101", label + PLAIN)


def test_one_plain_clause_without_label_gets_no_length_finding_either(check):
    assert not found(check, "DD101", PLAIN[0].upper() + PLAIN[1:])


def test_a_clause_after_a_label_that_is_not_plain_keeps_its_finding(check):
    # a subclause after the label: the exception does not hold, label or not
    assert found(check, "DD101", "Let op: als u een bewijs van uw adres hebt, zoals een huurcontract, kunt u de pas "
                                 "ophalen bij de balie in het stadskantoor.")


# --- the subject after the colon may hang on the finite verb itself ----------------------------
@pytest.mark.parametrize("text, n", [
    ("Tip: " + PLAIN, 1),            # 'u' hangs on 'kunt' in the parse
    ("Antwoord: " + PLAIN, 1),       # 'u' hangs on 'ophalen'
    ("Let op: " + PLAIN, 2),
    # a verb in second place before the colon: the clause after it is its subject, no label
    ("Belangrijk is: u betaalt het bedrag voor de vergunning binnen twee weken aan ons.", 0),
    ("Het gevolg is: u betaalt het bedrag voor de vergunning binnen twee weken aan ons.", 0),
    # a time written with spaces is no label
    ("Om 10 : 30 gaat de vergadering van de gemeenteraad over de plannen in de grote zaal beginnen.", 0),
    ("Belangrijk: u betaalt het bedrag voor de vergunning binnen twee weken aan ons.", 1),
])
def test_label_words_reads_the_subject_on_the_finite_verb_too(nlp, text, n):
    doc, sent, words = _words(nlp, text)
    assert label_words(sent, words) == n, text


# --- number groups: only a phone number or an amount, with one space between ------------------
@pytest.mark.parametrize("text, n", [
    ("Bel ons op 020 626 2121 als u vragen heeft.", 2),
    ("Bel gratis 0800 0643 als u vragen heeft.", 1),
    ("Bel ons op 14 020 als u vragen heeft.", 1),
    ("Bel ons op +31 20 624 1111 als u vragen heeft.", 3),
    ("Het kost 1 250 euro per jaar.", 1),
    ("Bel ons op 088 - 123 65 55 als u vragen heeft.", 2),  # an area code with a dash before the groups
    ("Het gaat om 12 - 123 65 55 als u vragen heeft.", 0),
    # years and small numbers in a row are a list, no one number
    ("U betaalt in 2025 2026 en 2027 elk jaar een bedrag.", 0),
    ("De kinderen in de groepen 3 4 en 5 krijgen een les.", 0),
    ("Dat gebeurt in 2025 2026 of later.", 0),
])
def test_number_groups_only_phone_numbers_and_amounts(nlp, text, n):
    doc, sent, words = _words(nlp, text)
    assert number_groups(token_table(doc), words, doc) == n, text


def test_number_groups_need_a_single_space_between(nlp):
    # two spaces (or a line break) between the digits: no one number
    doc, sent, words = _words(nlp, "Bel ons op 020  626 als u vragen heeft.")
    assert number_groups(token_table(doc), words, doc) == 0
    doc, sent, words = _words(nlp, "Bel ons op 020 626 als u vragen heeft.")
    assert number_groups(token_table(doc), words, doc) == 1


# --- DD111: the bare te-clause gets the same advice as the one with 'om' -----------------------
def dd111(check, text):
    hits = codes(check(text, select=["DD111"]), "DD111")
    assert len(hits) == 1, (text, hits)
    return check(text, select=["DD111"]).findings[0].message


@pytest.mark.parametrize("text, advice", [
    ("Het is niet nodig u af te melden.", "'U hoeft ... niet'"),       # the reflexive: the reader acts
    ("Het is niet nodig om u af te melden.", "'U hoeft ... niet'"),
    ("Het is niet nodig je af te melden.", "'Je hoeft ... niet'"),
    ("Het is niet nodig u in te schrijven.", "'U hoeft ... niet'"),
    # 'u' beside an object is the one it is done to: the writers act
    ("Het is niet mogelijk om u een nieuwe pas aan te bieden.", "'Wij kunnen ... niet'"),
])
def test_bare_te_clause_gets_the_same_advice_as_with_om(check, text, advice):
    assert advice in dd111(check, text), text


def test_reflexive_reader_as_indirect_object_only_without_another_object(nlp):
    from duidelijk.rules.address import _reflexive_object

    doc = nlp("Het is niet nodig u af te melden.")
    u = next(t for t in doc if t.lower_ == "u")
    assert u.dep_ in {"obj", "iobj"} and _reflexive_object(u)
    doc = nlp("Het is niet mogelijk om u een nieuwe pas aan te bieden.")
    u = next(t for t in doc if t.lower_ == "u")
    assert not _reflexive_object(u)


# --- DD117 / DD113: one helper for a subclause on its own ---------------------------------------
@pytest.mark.parametrize("text, sub, result", [
    ("Zodat wij u meldingen kunnen sturen.", False, True),   # 'zodat' only after its main clause (AFTER_MAIN)
    ("Omdat wij u meldingen willen sturen.", True, False),   # 'omdat' may open a sentence's subclause
    ("Zodat u weet wat u moet doen, sturen wij u een brief.", False, False),  # a comma: a main clause after it
    ("Als bijlage bij deze brief.", False, False),           # no verb of its own
])
def test_clause_alone(nlp, text, sub, result):
    from duidelijk.rules.broken import result_clause_alone, subclause_alone

    sent = next(nlp(text).sents)
    assert subclause_alone(sent) is sub and result_clause_alone(sent) is result, text
