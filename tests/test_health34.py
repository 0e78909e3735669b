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


# --- 3. DD103's apposition_explains reads on in DD112's match ----------------------------------
def _ctx(nlp, text):
    from duidelijk.config import Config
    from duidelijk.readers import text_document
    from duidelijk.rules.base import Context

    document = text_document(text)
    ctx = Context(doc=nlp(text), document=document, config=Config())
    ctx.text = document.text
    return ctx


def _old_apposition_explains(ctx, tok) -> bool:
    from duidelijk.rules.abbreviations import APPOSITION, explained_after
    from duidelijk.rules.clauses import is_finite

    if not explained_after(ctx, tok):
        return False
    start = tok.idx + len(tok)
    match = APPOSITION.match(ctx.text[start: start + 160])
    if match.group().rstrip().endswith((",", "–", "-")):
        return True
    span = ctx.doc.char_span(start + match.start(1), start + match.end(1), alignment_mode="expand") or ()
    return not any(is_finite(t) for t in span)


APPOSITIONS = [
    "U betaalt de canon, het bedrag voor het gebruik van de grond, elk jaar.",
    "Dit staat in het bestemmingsplan – de regels voor het bouwen in uw wijk – van 2020.",
    "Het gaat om de erfpacht, de huur voor de grond onder uw huis.",
    "Wij werken met een omgevingsplan, de software daarvoor is nog niet klaar.",
    "Bel de GGD, de VVD en de PvdA over de leges.",
    "Wij sturen de KVS, de Koninklijke Vlaamse Schouwburg, een brief.",
    "Bel het CJIB, de website staat hieronder.",
    "U betaalt de canon, het bedrag dat u voor de grond betaalt.",  # a finite verb, no comma after: no
]


def test_apposition_explains_gives_the_old_answer(nlp):
    from duidelijk.rules import jargon
    from duidelijk.rules.abbreviations import explained_after

    answers = []
    for text in APPOSITIONS:
        ctx = _ctx(nlp, text)
        for tok in ctx.doc:
            if explained_after(ctx, tok) is None:
                assert not jargon.apposition_explains(ctx, tok) and not _old_apposition_explains(ctx, tok)
                continue
            new, old = jargon.apposition_explains(ctx, tok), _old_apposition_explains(ctx, tok)
            assert new == old, (text, tok.text)
            answers.append(new)
    assert sum(answers) == 4 and len(answers) == 5  # the last: DD112 says yes, DD103 no


# --- 4. DD103 field_term_names reads the name guards' answer from _kept_as_written -------------
def _old_field_term_names(found: list) -> bool:
    from duidelijk.metrics import token_table
    from duidelijk.names import heads_a_name
    from duidelijk.rules import jargon

    first = found[0]
    if not first.text[:1].isupper() or first.is_upper or jargon.quoted_name(found) or jargon.explained_here(found):
        return False
    if first.i > 0 and first.doc[first.i - 1].lower_ in jargon.ORGANISATION_WORDS:
        return False
    return jargon.written_as_name(found) or jargon.starts_a_title(found) or (
        len(found) == 1 and heads_a_name(first, token_table(first.doc)))


FIELD_NAMES = [
    "Lees het Bestemmingsplan Oost-Zuid op onze site.",
    "De Welstandscommissie Leiden kijkt naar uw plan.",
    "U vraagt de Bijzondere Bijstand aan bij ons loket.",
    'Klik op "Erfpacht" en vul het formulier in.',
    "Bel de afdeling Erfpacht als u vragen heeft.",
    "Erfpacht betaalt u elk jaar. Het Erfpacht Bureau helpt u.",
    "Dit staat in de Regeling Tegemoetkoming Woonkosten van de gemeente.",
    "De Omgevingsvergunning, de toestemming om te bouwen, krijgt u van ons.",
    "De Vergoeding reiskosten voor scholieren is er ook.",  # the head of a scheme's name (SCHEME_NAME)
]


def test_field_term_names_gives_the_old_answer(nlp):
    from duidelijk.rules import jargon

    answers = []
    for doc in nlp.pipe(FIELD_NAMES):
        for sent in doc.sents:
            tokens = [t for t in sent if not t.is_space]
            for n in range(len(tokens)):
                for found in (tokens[n:n + size] for size in (1, 2, 3) if n + size <= len(tokens)):
                    kept = jargon._kept_as_written(found)
                    if not kept:
                        continue  # (the caller asks only then)
                    old = _old_field_term_names(found)
                    assert jargon.field_term_names(found, kept) == old, [t.text for t in found]
                    answers.append(old)
    assert 5 <= sum(answers) < len(answers)  # yes somewhere, no elsewhere


# --- 5. DD112: capitals first met in a compound go through check's own tail ------------------
def _dd112(check, text):
    return [(text[f.start:f.end], f.start, f.message) for f in check(text, select="DD112").findings if f.code == "DD112"]


WBK = "Is 'WBK' in 'WBK-overleg' een afkorting? Schrijf die de eerste keer voluit."


@pytest.mark.parametrize("text, expected", [
    # the compound in a title above, the capitals alone below and nowhere written out: at the compound, once
    ("Over het WBK-overleg\n\nHet WBK komt in juni bij elkaar. Het WBK is open voor iedereen.", [("WBK", 9, WBK)]),
    ("Over het WBK-overleg\n\nHet WBK komt in juni bij elkaar. Ook de TVL is er.",
     [("WBK", 9, WBK), ("TVL", 62, "Is 'TVL' een afkorting? Schrijf die de eerste keer voluit.")]),
    # written out later, explained where it stands alone, or in running text: none
    ("Over het WBK-overleg\n\nHet WBK komt in juni bij elkaar. WBK staat voor Wijkberaad Kanaalzone.", []),
    ("Over het WBK-overleg\n\nHet WBK (Wijkberaad Kanaalzone) geldt vanaf juni.", []),
    ("Over het WBK-overleg\n\nU leest hier meer over het Wijkberaad Kanaalzone. Het WBK komt in juni bij elkaar.", []),
    ("Het WBK-overleg is nieuw. Het WBK komt in juni bij elkaar.", []),
])
def test_capitals_first_met_in_a_compound_as_before(check, text, expected):
    assert _dd112(check, text) == expected


# --- 6. jargon.tsv: each term once; the row the index used is the one kept --------------------
def test_jargon_list_has_each_term_once():
    from collections import Counter

    from duidelijk import wordlists

    terms = Counter(row["term"] for row in wordlists.load("jargon"))
    assert [term for term, n in terms.items() if n > 1] == []


@pytest.mark.parametrize("text, expected", [
    ("Wij gaan navraag doen bij de bank.",
     [("navraag doen", "'navraag doen' is ambtelijke taal. Schrijf liever 'vragen' of 'uitzoeken'.",
       ["vragen", "uitzoeken"])]),
    ("Wij hebben navraag gedaan bij de school.",
     [("navraag gedaan", "'navraag gedaan' is ambtelijke taal. Kies een gewoon woord, bijvoorbeeld een vorm van "
                         "'vragen'. Misschien moet de zin dan anders.", [])]),
    ("U heeft dit bedrag onverschuldigd betaald.",
     [("onverschuldigd betaald", "'onverschuldigd betaald' is ambtelijke taal. Schrijf liever 'te veel betaald'.",
       ["te veel betaald"])]),
    ("Wij vragen het na bij de bank. U heeft te veel betaald.", []),
])
def test_the_kept_rows_give_the_findings_as_before(check, text, expected):
    found = [(f.text, f.message, list(f.suggestions)) for f in check(text, select="DD103").findings if f.code == "DD103"]
    assert found == expected
