"""DD102 mend of rev32e's open points (mend32a). Sentences written for these tests.

A subordinate clause puts its finite verb last, after its subject. So in "Zoals afgesproken is
de bijeenkomst in het stadhuis" the subject after "is" shows that "is" is the main clause's verb,
not the auxiliary of the short clause "zoals afgesproken". With a person pronoun as the subject,
"worden" + a participle of a state of mind (``state_participles.tsv``, column worden = become)
says what someone becomes ("Wij worden gestrest van de drukte"), also after an auxiliary
"worden"; a thing stays acted on ("De draad wordt strak gespannen"). A fronted participle before
"moet worden" is the passive's participle when the parse hung "worden" on the participle of the
next clause, which has its own "is" at its end ("Betaald moet worden wat geleverd is")."""

import pytest

from conftest import codes


def spans(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text", [
    # a short "zoals" clause; "is" is the main clause's verb (subject after it)
    "Zoals afgesproken is de bijeenkomst in het stadhuis.",
    "Zoals hierboven beschreven is het aantal gestegen.",
    # a person becomes a state of mind
    "U wordt verbaasd.",
    "Zij worden verslaafd.",
    "Ik word opgewonden.",
    "Je kunt gestrest worden.",
    # graded: what a thing becomes
    "De sfeer wordt erg gespannen.",
    "De stemming in de wijk wordt nogal gespannen.",
])
def test_no_passive(check, text):
    assert spans(check, text) == []


@pytest.mark.parametrize("text, expected", [
    # the main clause's own passive after the short clause keeps its tip
    ("Zoals besproken is de termijn verlengd tot mei.", ["is de termijn verlengd"]),
    # a clause that really ends in "is" (a comma or a verb after it)
    ("Zoals eerder gemeld is, gaan wij verder.", ["gemeld is"]),
    ("Nadat besloten is gaan wij verder.", ["besloten is"]),
    # a thing is acted on; a person with "door" too
    ("De draad wordt strak gespannen.", ["wordt strak gespannen"]),
    ("De kabel wordt gespannen.", ["wordt gespannen"]),
    ("Zij worden door de buren gestrest.", ["worden door de buren gestrest"]),
    # the fronted participle is the one of "moet worden"
    ("Betaald moet worden wat geleverd is.", ["Betaald moet worden", "geleverd is"]),
    ("Verwijderd moet worden wat gebouwd is.", ["Verwijderd moet worden", "gebouwd is"]),
    ("De brief moet worden verstuurd wat lastig is.", ["worden verstuurd"]),
])
def test_passive(check, text, expected):
    assert spans(check, text) == expected


def test_later_copula_is_no_auxiliary(check):
    # the later "wordt" is the copula of the "dat" clause, not an auxiliary of "besloten"
    text = "Als later wordt besloten dat het plein een gewone straat wordt, passen wij het plan aan."
    assert spans(check, text) == ["wordt besloten"]



def test_full_clause_keeps_its_auxiliary(check):
    # the clause has its own subject before "is": "is" is its auxiliary, also when the main
    # clause's subject follows later
    text = "Hoewel het bewijs meermaals geleverd is dat de buurman niets deed, blijven sommigen hem beschuldigen."
    assert spans(check, text) == ["geleverd is"]


@pytest.mark.parametrize("text, expected", [
    # a relative clause ends in its own finite verb; the participle after it is the main clause's
    ("Daarna wordt de brief die u ontvangt verstuurd.", ["wordt de brief die u ontvangt verstuurd"]),
    # "worden" with a predicate, or a relative clause with its own perfect: no passive
    ("Het wordt het bedrag dat u hebt gekregen.", []),
    ("Het wordt een jaar dat u niet vergeet.", []),
])
def test_participle_after_relative_clause(check, text, expected):
    assert spans(check, text) == expected
