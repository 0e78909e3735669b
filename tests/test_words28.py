"""Word findings on real municipal text (words28): new compounds with an abstract head that
say what they mean by how Dutch builds them. Own sentences, none from the judged or harvest
sets."""
import pytest

from conftest import codes


def _spans(check, text, code):
    return [text[x.start:x.end] for x in codes(check(text, select=code), code)]


# a first part that says where in a course the head comes ("begin", "tussen", "eind") --------

@pytest.mark.parametrize("text, word", [
    ("De beginstage duurt kort.", "beginstage"),
    ("Na de tussenstage volgt meer.", "tussenstage"),
    ("Wij doen een startmeting.", "startmeting"),
    ("Wij doen een tussenmeting.", "tussenmeting"),
])
def test_head_at_a_place_in_a_course_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    ("Er komt een eindevaluatie.", "eindevaluatie"),  # the head keeps its own bar ('-atie')
    ("Wij meten het kavelniveau.", "kavelniveau"),  # no part of a course: a relation to work out
    ("De klankbordgroep komt samen.", "klankbordgroep"),
])
def test_other_new_compounds_with_an_abstract_head_stay_hard(check, text, word):
    assert word in _spans(check, text, "DD104")


def test_novel_abstract_reads_sequence_parts():
    from duidelijk.dictionary import novel_abstract

    assert not novel_abstract("beginstage", "beginstage", "stage")
    assert not novel_abstract("tussenmeting", "tussenmeting", "meting")
    # the same head after a part that says no place in a course: a relation to work out
    assert novel_abstract("kavelstage", "kavelstage", "stage")
    assert novel_abstract("kavelniveau", "kavelniveau", "niveau")


# a link or a button is a place on a screen where one does the act, as a page is --------------

@pytest.mark.parametrize("text, word", [
    ("Gebruik de aanmeldlink.", "aanmeldlink"),
    ("Wij sturen u een loginlink.", "loginlink"),  # read as 'inloglink' (words26)
])
def test_verb_stem_and_link_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    ("Klik op de activatielink.", "activatielink"),  # no verb stem first: a formal noun
    ("Gebruik de loginfunctie van de app.", "loginfunctie"),  # a quality of the act, no place
])
def test_link_after_no_verb_stem_or_other_head_stays_hard(check, text, word):
    assert word in _spans(check, text, "DD104")


def test_when_or_where_compound_reads_screen_parts():
    from duidelijk.dictionary import when_or_where_compound

    assert when_or_where_compound("aanmeldlink", "link")
    assert when_or_where_compound("verzendknop", "knop")
    assert not when_or_where_compound("activatielink", "link")  # "activatie" is no verb stem
    assert not when_or_where_compound("aanmeldfunctie", "functie")
