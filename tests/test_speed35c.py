"""Shortcuts of the speed35c helper (thirty-fifth session) in DD103's loop over its matches
(``Jargon._check``) and in ``PhraseIndex.matches``: the form, lemma, tag and text of a matched
word and whether a verb is finite are read from the token table's columns, not from a spaCy
Token's attributes (``Token.lower_`` is a look-up in the string store each time it is asked,
``Token.morph`` makes a morphology). The columns are the attributes (first test); each read
that changed has a sentence here where it decides the finding, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk.metrics import token_table
from duidelijk.phrases import PhraseIndex

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

OWN = [
    "Hij is bij het ongeluk gewond geraakt. Wij sturen u de stukken met kenmerken 2024-113 en 2024-114.",
    "De kenmerken van deze aanpak zijn duidelijk. De waarnemend burgemeester opent de vergadering.",
    "Het schip heeft daar jaren gelegen. Het huis is gelegen aan de rand van de stad.",
    "Wij gingen over tot betaling van het bedrag. Onderstaande gegevens kloppen niet.",
    "Onderstaande tekst is belangrijk.",
    "De regels die van toepassing zijn op uw aanvraag, staan hieronder.",
    "In dit stadium van de aanvraag weten wij het niet. In dit stadium weten wij het niet.",
    "Teneinde de kosten te dekken, vragen wij geld. Wij vragen geld teneinde de kosten te dekken.",
    "Wij nemen uw aanvraag morgen in behandeling. Wij zullen uw aanvraag in behandeling nemen.",
]


def test_the_columns_are_the_token_attributes(nlp):
    """What ``_check`` and ``matches`` now read from the table is what the Token said."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + OWN
    n = 0
    for doc in nlp.pipe(texts):
        table = token_table(doc)
        for tok in doc:
            fact = table.facts[tok.i]
            assert (fact.lower, fact.lemma, fact.pos, table.texts[tok.i]) == (
                tok.lower_, tok.lemma_, tok.pos_, tok.text), tok.text
            assert fact.finite_form == ("Fin" in tok.morph.get("VerbForm")), tok.text
            n += 1
    assert n > 1000


def _dd103(check, text):
    return [(f.message, f.suggestions) for f in check(text, select="DD103").findings]


@pytest.mark.parametrize("text, shown, suggestions", [
    # OTHER_WORD_FORMS (the form of the first word): "geraakt" is "raken", no "geraken"; the
    # plural "kenmerken" is 'characteristics', unless a number follows
    ("Hij is bij het ongeluk gewond geraakt.", None, None),
    ("De kenmerken van deze aanpak zijn duidelijk.", None, None),
    ("Wij sturen u de stukken met kenmerken 2024-113 en 2024-114.", "'kenmerken'", ["nummers"]),
    # a listed form ("gelegen") in the perfect of an unlisted verb (its lemma "liggen", with "hebben")
    ("Het schip heeft daar jaren gelegen.", None, None),
    ("Het huis is gelegen aan de rand van de stad.", "'gelegen'", []),
    # NOUN_AFTER, by the lemmas of the match ("gingen" is "gaan")
    ("Wij gingen over tot betaling van het bedrag.", "'gingen over tot betaling'", []),
    # "volgende" only before a plural after "onderstaand" (the first word's form)
    ("Onderstaande gegevens kloppen niet.", "'Onderstaande'", ["Volgende"]),
    ("Onderstaande tekst is belangrijk.", "'de tekst hieronder'", []),
    # "zijn" last in a subclause, with the predicate's preposition after it: no replacement
    ("De regels die van toepassing zijn op uw aanvraag, staan hieronder.", "'gelden'", []),
    # a noun last with a 'van' part after it: no replacement
    ("In dit stadium van de aanvraag weten wij het niet.", "'nu'", []),
    ("In dit stadium weten wij het niet.", "'In dit stadium'", ["Nu"]),
    # the capital of the alternative follows the text's first letter
    # (fix44a: no "Om te" before a clause with its own "te": "Om te de kosten te dekken")
    ("Teneinde de kosten te dekken, vragen wij geld.", "'Teneinde'", ["Om"]),
    ("Wij vragen geld teneinde de kosten te dekken.", "'teneinde'", ["om"]),
    # an expression whose finite verb a main clause puts first (PhraseIndex.matches), and as listed
    ("Wij nemen uw aanvraag morgen in behandeling.", "'nemen ... in behandeling'", []),
    ("Wij zullen uw aanvraag in behandeling nemen.", "'in behandeling nemen'", []),
])
def test_findings_both_ways(check, text, shown, suggestions):
    found = _dd103(check, text)
    if shown is None:
        assert found == [], found
        return
    assert len(found) == 1 and shown in found[0][0] and found[0][1] == suggestions, found


def test_moved_verb_only_when_finite(nlp):
    """``matches`` tries an expression with its verb first only at a finite verb (the table's
    ``finite_form``): "nemen" in "Wij nemen ... in behandeling", not the infinitive after "te"."""
    index = PhraseIndex([("in behandeling nemen", "x")])
    doc = nlp("Wij nemen uw aanvraag morgen in behandeling.")
    assert [([t.text for t in f], p) for f, p in index.matches(list(doc))] == [(["nemen", "in", "behandeling"], "x")]
    doc = nlp("Wij vragen u om uw aanvraag te nemen en in behandeling te geven.")
    assert list(index.matches(list(doc))) == []
