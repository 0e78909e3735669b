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
