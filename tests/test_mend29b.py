"""Mends of review rev29 (mend29b): DD117 two verbs sharing the subject after the second
("Wilt of kunt u"), a second 'door' before 'te' + infinitive, the order of verbs in a clause
("U ziet ... zodra bent"); DD103 one noun in brackets that names a document or its state; DD104
a capital after an article. Own sentences, each with a case that must still be found."""

import pytest

from conftest import codes


def found(check, text, code):
    return [f.text for f in codes(check(text, select=code), code)]


# --- DD117: two verbs joined by 'of'/'en' share the subject after the second ---------------
@pytest.mark.parametrize("text", ["Wilt of kunt u niet komen? Bel ons.", "Kunt en wilt u dat doen?"])
def test_two_verbs_share_the_subject_after_the_second(check, text):
    assert found(check, text, "DD117") == []


def test_two_verbs_without_any_subject_are_still_found(check):
    assert "Wilt" in found(check, "Wilt of kunt niet komen? Bel ons.", "DD117")


# --- DD117: the second 'door' opens a word group with 'te' + infinitive ---------------------
def test_second_particle_before_te_infinitive_is_a_preposition(check):
    assert found(check, "Geef het door door op de knop te drukken.", "DD117") == []


def test_particle_twice_without_te_infinitive_is_still_found(check):
    assert found(check, "Geef het door door op de knop.", "DD117") == ["door door"]
    assert found(check, "Kom langs en doe mee mee met de cursus.", "DD117") == ["mee mee"]


# --- DD117: a verb closes only a subclause that opened before it ----------------------------
def test_own_verb_before_the_subclause_does_not_close_it(check):
    assert found(check, "U ziet uw gegevens zodra bent ingelogd.", "DD117") == ["bent"]


@pytest.mark.parametrize("text", [
    "U ziet uw gegevens zodra u bent ingelogd.",
    "Als u de brief die wij stuurden hebt gelezen, bel ons.",
    "U kunt ons bellen of bent welkom aan de balie.",
])
def test_subject_in_its_own_clause_still_counts(check, text):
    assert found(check, text, "DD117") == []


# --- DD103: a noun in brackets that labels the document is no explanation -------------------
@pytest.mark.parametrize("text, term", [
    ("De ingebrekestelling (kopie) sturen wij mee.", "ingebrekestelling"),
    ("De zienswijze (concept) staat in de bijlage.", "zienswijze"),
    ("Uw restitutie (aanvraag) is binnen.", "restitutie"),
])
def test_document_label_in_brackets_explains_nothing(check, text, term):
    assert term in found(check, text, "DD103")


def test_plain_noun_in_brackets_still_explains(check):
    assert found(check, "Uw restitutie (terugbetaling) is binnen.", "DD103") == []
    assert found(check, "De laatste twee octetten (cijfergroepen) zijn anders.", "DD104") == []


# --- DD104: a capital after an article is no proof of a name --------------------------------
def test_capital_after_an_article_is_no_name(check):
    text = "Subrogatie is mogelijk. Wij passen de Subrogatie toe bij uw schade."
    assert found(check, text, "DD104") == ["Subrogatie"]


def test_capital_without_an_article_still_marks_a_name(check):
    text = "Subrogatie is mogelijk. Wij passen Subrogatie toe bij uw schade."
    assert found(check, text, "DD104") == []
