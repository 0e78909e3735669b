"""explain29 (issue 13): one place for "the text explains this term" (duidelijk/explanations.py).
DD103 (a listed term) and DD104 (a hard word) ask the same question and get the same answer:
each shape of an explanation both ways (a real explanation: no finding; a look-alike that
explains nothing: the finding stays), for both rules. Own sentences."""

import pytest

from duidelijk.explanations import explains
from duidelijk.metrics import token_table


def words(check, text, code):
    """The words of the text's findings of rule ``code``, in lower case."""
    return [f.text.lower() for f in check(text).findings if f.code == code]


# DD104: 'subrogatie', 'convenant', 'parafering' are hard words no list names;
# DD103: 'dwangsom', 'beschikking', 'bewindvoerder', 'openbare ruimte', 'kadastrale' are listed terms

EXPLAINED = [
    # the next sentence defines the term that ends its own: "Dat is" + a kind + a clause
    ("DD104", "subrogatie", "Wij regelen de subrogatie. Dat is een afspraak die uw vordering aan ons geeft."),
    ("DD103", "dwangsom", "Wij betalen u een dwangsom. Dat is geld dat wij betalen als wij te laat zijn."),
    # a bracket of plain words
    ("DD104", "parafering", "Zet uw parafering (handtekening of stempel) onderaan de brief."),
    ("DD103", "bewindvoerder", "De bewindvoerder (een persoon of een bureau) beheert uw geld."),
    # examples after ', zoals'
    ("DD104", "convenant", "Wij sluiten een convenant, zoals een afspraak of een contract, met de school."),
    ("DD103", "openbare ruimte", "Wij maaien het gras in de openbare ruimte, zoals in parken en op pleinen."),
    # ', dat is' and a definition
    ("DD104", "subrogatie", "Wij regelen de subrogatie, dat is een overdracht van uw vordering aan ons."),
    ("DD103", "dwangsom", "U krijgt een dwangsom, dat is geld van ons als wij te laat zijn."),
    # a colon in running text and a definition
    ("DD104", "subrogatie", "Wij regelen de subrogatie: een overdracht van uw vordering aan ons."),
    ("DD103", "dwangsom", "Wij betalen u een dwangsom: een bedrag voor elke dag dat wij te laat zijn."),
    # a bracket that starts with what explains ('dat wil zeggen', 'dat is')
    ("DD104", "subrogatie", "Wij regelen de subrogatie (dat wil zeggen: wij nemen uw vordering over)."),
    ("DD103", "beschikking", "Wij sturen u de beschikking (dat is de brief met ons besluit)."),
    # a bracket with examples, or with plain adjectives for an adjective
    ("DD104", "convenant", "Wij sluiten een convenant (bijvoorbeeld een afspraak met de school)."),
    ("DD103", "bewindvoerder", "De bewindvoerder (bijvoorbeeld een bureau of een advocaat) beheert uw geld."),
    ("DD103", "kadastrale", "Wij bekijken de kadastrale (officiële en geregistreerde) grenzen."),
    # one plain noun in brackets after a noun
    ("DD104", "subrogatie", "Wij regelen de subrogatie (overdracht) voor u."),
    ("DD103", "dwangsom", "Wij bewaren de dwangsom (vergoeding) voor u."),
    # a definition with a word in brackets before the kind
    ("DD104", "convenant", "Wij sluiten een convenant: een (schriftelijke) afspraak tussen twee partijen."),
    ("DD103", "dwangsom", "U krijgt een dwangsom: een (klein) bedrag voor elke dag dat wij te laat zijn."),
    # a label that its line explains in brackets, a quoted term with a bracket that explains it
    ("DD104", "subrogatie", "Subrogatie: ja (Dit is de overdracht van uw vordering)"),
    ("DD103", "dwangsom", "Dwangsom: 50 euro (Dit is het bedrag dat wij per dag betalen)"),
    ("DD103", "openbare ruimte", "Openbare ruimte: het Stadspark (Dit is de ruimte die van iedereen is)"),
    ("DD104", "subrogatie", "Wij regelen de ‘subrogatie’ (dat wil zeggen: wij nemen uw schuld over)."),
    ("DD103", "dwangsom", "Wij betalen de ‘dwangsom’ (dat wil zeggen: geld voor elke dag te laat)."),
    # what DD104 read before and still reads: "betekent", 'oftewel'
    ("DD104", "subrogatie", "Subrogatie betekent dat wij uw vordering overnemen."),
    ("DD103", "dwangsom", "Een dwangsom betekent dat wij u geld betalen als wij te laat zijn."),
]

NOT_EXPLAINED = [
    # 'Dat is' that judges the sentence before, or a kind without a clause
    ("DD104", "subrogatie", "Wij regelen de subrogatie. Dat is een recht van iedere inwoner."),
    ("DD104", "subrogatie", "Wij regelen de subrogatie. Dat is een groot probleem."),
    ("DD103", "dwangsom", "Wij betalen u een dwangsom. Dat is een recht van iedere inwoner."),
    ("DD103", "dwangsom", "Wij betalen u een dwangsom. Dat is een groot probleem."),
    # a bracket with a reference, an abbreviation, a date or one harder word
    ("DD104", "subrogatie", "Wij regelen de subrogatie (zie bijlage 2)."),
    ("DD104", "subrogatie", "Wij regelen de subrogatie (pgb)."),
    ("DD104", "subrogatie", "Wij regelen de subrogatie (dat is dinsdag 3 mei)."),
    ("DD104", "subrogatie", "Wij regelen de subrogatie (verplicht) voor u."),
    ("DD103", "bewindvoerder", "De bewindvoerder (zie bijlage 2) beheert uw geld."),
    ("DD103", "dwangsom", "Wij bewaren de dwangsom (wmo) voor u."),
    ("DD103", "beschikking", "Wij sturen u de beschikking (dat is voor 14 mei)."),
    # 'zoals' that compares, or that opens a clause
    ("DD104", "convenant", "Wij sluiten een convenant, zoals de wet vraagt."),
    ("DD103", "openbare ruimte", "Wij maaien het gras in de openbare ruimte, zoals u weet."),
    # ', dat is' and a judgement
    ("DD104", "subrogatie", "Wij regelen de subrogatie, dat is belangrijk voor u."),
    ("DD103", "dwangsom", "U krijgt een dwangsom, dat is fijn voor u."),
    # a colon after a label, or before a sentence of its own
    ("DD104", "subrogatie", "Subrogatie: Stationsplein"),
    ("DD104", "subrogatie", "Wij regelen de subrogatie: wij sturen u daarover een brief."),
    ("DD103", "dwangsom", "Dwangsom: Stationsplein"),
    ("DD103", "dwangsom", "Wij betalen u een dwangsom: wij doen dat binnen een week."),
    # a label line without a bracket that explains, a quoted term with a reference
    ("DD104", "subrogatie", "Subrogatie: ja (zie bijlage 2)"),
    ("DD103", "dwangsom", "Dwangsom: 50 euro (dat is op 3 mei)"),
    ("DD103", "openbare ruimte", "Openbare ruimte: het Stadspark"),
    ("DD104", "subrogatie", "Wij regelen de ‘subrogatie’ (zie bijlage 2)."),
    ("DD103", "dwangsom", "Wij betalen de ‘dwangsom’ (zie bijlage 2)."),
    # examples after 'bijvoorbeeld' that say when, not what
    ("DD104", "subrogatie", "Wij regelen de subrogatie (bijvoorbeeld bij schade)."),
    ("DD103", "bewindvoerder", "De bewindvoerder beheert uw geld (bijvoorbeeld als u schulden heeft)."),
    # DD104 read these as explanations: 'namelijk' is an adverb here, 'dat is' opens a relative clause
    ("DD104", "subrogatie", "Wij hebben de subrogatie namelijk al geregeld."),
    ("DD104", "convenant", "Het convenant dat is getekend, geldt twee jaar."),
]


@pytest.mark.parametrize("code, term, text", EXPLAINED)
def test_an_explained_term_is_no_finding(check, code, term, text):
    assert not any(term in w for w in words(check, text, code)), (text, words(check, text, code))


@pytest.mark.parametrize("code, term, text", NOT_EXPLAINED)
def test_a_look_alike_explains_nothing(check, code, term, text):
    assert any(term in w for w in words(check, text, code)), (text, words(check, text, code))


# --- the same explanation frees the term for both rules -------------------------------------

def test_a_definition_in_the_next_sentence_frees_the_term_for_dd103_and_dd104(check):
    text = "U krijgt een ontheffing. Dat is toestemming om een regel niet te volgen."
    report = check(text)
    assert not [f for f in report.findings if f.text.lower() == "ontheffing"], [(f.code, f.text) for f in report.findings]
    unexplained = check("U krijgt een ontheffing. Dat is een groot probleem.")
    assert [f.code for f in unexplained.findings if f.text.lower() == "ontheffing"] == ["DD103"]


@pytest.mark.parametrize("text, explained", [
    ("Wij regelen de subrogatie. Dat is een afspraak die uw vordering aan ons geeft.", True),
    ("Wij regelen de subrogatie (handtekening of stempel).", True),
    ("Wij regelen de subrogatie, dat is een overdracht van uw vordering.", True),
    ("Wij regelen de subrogatie. Dat is een recht van iedere inwoner.", False),
    ("Wij regelen de subrogatie (pgb).", False),
    ("Wij regelen de subrogatie: wij sturen u een brief.", False),
])
def test_one_answer_for_a_word_and_for_a_span_that_ends_with_it(nlp, text, explained):
    doc = nlp(text)
    word = next(t for t in doc if t.lower_ == "subrogatie")
    table = token_table(doc)
    assert explains(word) is explained
    assert explains(word, word, table) is explained
    assert explains(doc[word.i - 1], word, table) is explained  # "de subrogatie": the span ends where the word does


# --- once explained, always ------------------------------------------------------------------
# DD103 frees a term in the rest of the text; a use before the explanation keeps its finding
# (tests/test_jargon25.py): DD103 reports each use, and there the reader meets the term
# unexplained. DD104 reports a word once per text, so an explanation anywhere answers it.

def test_dd103_frees_a_term_after_its_explanation(check):
    text = "Een dwangsom is een bedrag dat wij betalen als wij te laat zijn. Wij betalen u de dwangsom snel."
    assert "dwangsom" not in " ".join(words(check, text, "DD103"))
    text = "Wij betalen u de dwangsom snel. Een dwangsom is een bedrag dat wij betalen als wij te laat zijn."
    assert "dwangsom" in " ".join(words(check, text, "DD103"))  # the use before the explanation


def test_dd104_frees_a_word_explained_anywhere(check):
    text = "Wij regelen de subrogatie voor u. Subrogatie betekent dat wij uw vordering overnemen."
    assert "subrogatie" not in words(check, text, "DD104")
    text = "Wij regelen de subrogatie voor u. De subrogatie duurt een week."
    assert words(check, text, "DD104") == ["subrogatie"]


# --- DD104: the key of a template line is no word of the text --------------------------------

def test_template_keys_are_no_hard_words(check):
    text = "nl:\n  mailer:\n    subject: Uw aanvraag is klaar\n    signature: |\n      Met vriendelijke groet\n"
    found = words(check, text, "DD104")
    assert "mailer" not in found and "subject" not in found and "signature" not in found, found


@pytest.mark.parametrize("text, word", [
    ("Wij sturen de mailer vandaag.", "mailer"),   # the same word in running text
    ("Subrogatie: ja", "subrogatie"),             # a label the reader reads, with its capital
])
def test_words_before_a_colon_in_the_text_stay_hard(check, text, word):
    assert word in words(check, text, "DD104")
