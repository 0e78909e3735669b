"""DD102 of the thirty-ninth session (rules39h): passives with no doer to name.

A "worden" passive with an adverb that says the process runs by itself ("automatisch",
"vanzelf", "stilzwijgend") has a system or the process as its doer, nobody a reader could name;
so has the reader sent on to a web page ("U wordt doorgestuurd naar de betaalpagina"). Not a
decision about the reader ("wordt automatisch afgewezen"), not with "door ...", not the reader
sent on to a person or a body. Sentences written for these tests."""

import pytest

from conftest import codes


def spans(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text", [
    "De aanvraag wordt automatisch verwerkt.",
    "Na het inloggen worden uw naam en adres automatisch ingevuld.",
    "De huur wordt elke maand vanzelf van uw rekening afgeschreven.",
    "Het abonnement wordt na een jaar stilzwijgend verlengd.",
    "Als u op de knop klikt, wordt u doorgestuurd naar de website van de bank.",
    "U wordt daarna doorverwezen naar de betaalpagina.",
    "Ik word morgen 40.",
])
def test_no_doer_to_name(check, text):
    assert spans(check, text) == []


@pytest.mark.parametrize("text, found", [
    ("Uw aanvraag is goedgekeurd.", "is goedgekeurd"),
    # a decision about the reader: the organisation decides
    ("Uw aanvraag wordt automatisch afgewezen als het formulier niet compleet is.", "wordt automatisch afgewezen"),
    # not by itself: then someone has to do it
    ("Uw vergunning wordt niet automatisch verlengd.", "wordt niet automatisch verlengd"),
    # a second participle with the same "worden" that a person does
    ("Storingen worden automatisch gemeld en binnen een week verholpen.", "worden automatisch gemeld"),
    # a named doer
    ("De aanvraag wordt automatisch door de computer van de gemeente verwerkt.",
     "wordt automatisch door de computer van de gemeente verwerkt"),
    # sent on to a person or a body, not a page
    ("U wordt doorverwezen naar een specialist in het ziekenhuis.", "wordt doorverwezen"),
    ("Uw melding wordt doorgestuurd naar de politie.", "wordt doorgestuurd"),
    # no adverb of its own: someone handles it
    ("De aanvraag wordt binnen twee weken verwerkt.", "wordt binnen twee weken verwerkt"),
])
def test_still_found(check, text, found):
    assert found in spans(check, text)
