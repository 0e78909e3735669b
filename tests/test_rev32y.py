"""Thirty-second session (rev32y helper): review of rules32j's DD105 mend. After the stem of
an everyday verb, a head that is itself the noun of action of a verb with a prefix (a
derivation of a derivation: "verplichting", "bevestiging") or a first part that is the stem of
a particle verb (two words in one: "inschrijf") leaves the reader to work out how a doing
relates to a duty or an act: the word stays long. Own sentences, both ways."""

import pytest


def found(check, text, code="DD105"):
    return [f.text for f in check(text, select=[code]).findings if f.code == code]


@pytest.mark.parametrize("text, word", [
    ("U hebt nog betaalverplichtingen aan de gemeente.", "betaalverplichtingen"),
    ("Voor deze woning geldt een woonverplichting.", "woonverplichting"),
    ("Na uw betaling krijgt u een betaalbevestiging per post.", "betaalbevestiging"),
    ("Voor nieuwe bewoners geldt een inschrijfverplichting.", "inschrijfverplichting"),
])
def test_a_doing_before_a_prefixed_action_or_a_particle_verb_stays_a_long_word(check, text, word):
    assert found(check, text) == [word]


@pytest.mark.parametrize("text", [
    "In de vakantie zijn er zwemactiviteiten voor alle kinderen.",
    "De betaalregelingen van de gemeente staan op de website.",
    "Er is thuisbegeleiding voor ouderen.",
])
def test_an_everyday_action_after_a_simple_stem_or_a_place_is_still_no_long_word(check, text):
    assert not found(check, text)


def dd102(check, text):
    return [f.text for f in check(text, select=["DD102"]).findings if f.code == "DD102"]


@pytest.mark.parametrize("text, span", [
    # each sentence on its own line, as in a letter: the line break after the full stop is no
    # reason to miss the participle at the end of the main clause
    ("Morgen wordt het geld dat u krijgt overgemaakt.\nDaarna krijgt u een brief.",
     "wordt het geld dat u krijgt overgemaakt"),
    ("Daarna wordt de brief die u ontvangt verstuurd.\nDaarna krijgt u een brief.",
     "wordt de brief die u ontvangt verstuurd"),
])
def test_a_participle_after_a_relative_clause_before_a_line_break(check, text, span):
    assert span in dd102(check, text)


def test_become_after_a_relative_clause_before_a_line_break_stays_quiet(check):
    assert not dd102(check, "Het wordt het bedrag dat u hebt gekregen.\nDaarna krijgt u een brief.")
