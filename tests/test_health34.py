"""health34: one place for each thing. The near-copies that ask other questions stay apart (their
differences held here, so that a merge must face them); the ones that moved give the old answer.
Own sentences."""

import pytest

from duidelijk.rules import broken, clauses, tang


# --- 1. "does a relative clause open here": three questions, three answers ---------------------
# (sentence, word, (clauses.opens_relative, tang._relative_word, broken._opens_clause))
RELATIVE = [
    ("De man die hier woont belt ons.", "die", (True, True, True)),        # all three: a relative pronoun
    ("Het huis waarin u woont is oud.", "waarin", (True, True, True)),
    ("Die brief is van ons.", "Die", (True, False, False)),                # a determiner: only the form says yes
    ("Welke stukken stuurt u mee?", "Welke", (True, False, False)),
    ("De waarde van het huis stijgt.", "waarde", (True, False, False)),    # a noun that starts with 'waar'
    ("De regels waarbinnen u werkt zijn streng.", "waarbinnen", (True, False, True)),  # 'binnen' is not listed
    ("Dat kan morgen.", "Dat", (True, True, False)),                       # a pointing pronoun: not tagged relative
    ("Als u verhuist, moet u dat melden.", "Als", (False, False, True)),   # a conjunction: any subclause
]


@pytest.mark.parametrize("text, word, answers", RELATIVE)
def test_the_three_relative_questions_differ_as_their_docstrings_say(nlp, text, word, answers):
    tok = next(t for t in nlp(text) if t.text == word)
    assert (clauses.opens_relative(tok), tang._relative_word(tok), broken._opens_clause(tok)) == answers


# --- 2. DD117: one test of "a main clause's order right after, in the same paragraph" ------------
def _dd117(check, text):
    return [f.message for f in check(text, select="DD117").findings if f.code == "DD117"]


@pytest.mark.parametrize("text", [
    "Wij sturen de brief later. Omdat de post druk is. Kunt u ons later bellen.",
    "Wij sturen de brief later. Omdat de post druk is.\nKunt u ons later bellen.",  # one line break: one paragraph
])
def test_subclause_before_a_main_clause_in_its_paragraph_is_told_once_as_before(check, text):
    assert _dd117(check, text) == ["Deze zin is niet af: het stuk met 'Omdat' is een bijzin. Dit stuk hoort bij de "
                                   "zin erna. Zet er een komma tussen, geen punt: '..., kunt ...'."]


def test_subclause_alone_before_a_blank_line_is_found_as_a_lead_clause(check):
    # the blank line is a space token inside the subclause's sentence: measured from its last
    # word, as _opening_findings measures, the next sentence is another paragraph; before, the
    # lead-clause half counted from the sentence's end, left it to the opening half, and neither spoke
    assert _dd117(check, "Wij sturen de brief later. Omdat de post druk is.\n\nKunt u ons later bellen.") == [
        "Deze zin is niet af: 'Omdat ...' is een bijzin zonder hoofdzin. Zet het met een komma achter de zin ervoor. "
        "Of maak er een hele zin van, bijvoorbeeld: 'Dat komt doordat ...'."]
