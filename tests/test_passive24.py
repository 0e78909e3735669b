"""DD102 of the twenty-fourth session (passive24): a passive in a "dat" clause whose doer the main
clause names (the subject of "zorgen") or whose news another passes on to the writer ("De
leverancier heeft ons laten weten dat ..."). Sentences written for these tests."""

import pytest

from conftest import codes


def found(check, text):
    return [f.text for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text", [
    # another tells the writer ("ons", "mij") of a deed: the writer passes it on
    "De leverancier heeft ons laten weten dat de rolstoel bij u is afgeleverd.",
    "De aannemer heeft aan ons doorgegeven dat de aanpassing aan uw woning is uitgevoerd.",
    "De aannemer liet ons weten dat het dak is gerepareerd.",
    "De verhuurder vertelde mij dat de kraan wordt vervangen.",
    # the subject of "zorgen" brings the deed about and is named in front
    "De buurtdienst zorgt ervoor dat uw grofvuil gratis wordt opgehaald.",
    "Het meldpunt zorgt dat de posters binnen een week worden weggehaald.",
    # a third party, also one of the reader's ("uw buurman"): not the writer's own
    "Uw buurman heeft ons verteld dat de schuur is gesloopt.",
])
def test_doer_named_in_main_clause(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, span", [
    # the writer tells of its own deed: it can say it actively ("Wij hebben uw aanvraag afgewezen")
    ("Wij laten u weten dat uw aanvraag is afgewezen.", "is afgewezen"),
    ("Ik deel u mee dat uw bezwaar is afgewezen.", "is afgewezen"),
    # another tells the reader, not the writer: the writer could name the doer
    ("De gemeente laat u weten dat uw uitkering wordt stopgezet.", "wordt stopgezet"),
    # the reader tells the writer, often of the writer's deed ("wij" can be put in front)
    ("U schrijft ons dat uw bezwaar nog niet is behandeld.", "is behandeld"),
    ("U heeft ons laten weten dat uw uitkering te laat wordt betaald.", "wordt betaald"),
    # the reader or the writer as the subject of "zorgen": the active says who acts ("Lever het
    # formulier in", "Wij behandelen uw aanvraag snel"), also with a modal verb
    ("U moet ervoor zorgen dat het formulier voor 1 mei wordt ingeleverd.", "wordt ingeleverd"),
    ("U moet ervoor zorgen dat de huur op tijd wordt betaald.", "wordt betaald"),
    ("U zorgt ervoor dat de stukken voor 1 mei worden ingeleverd.", "worden ingeleverd"),
    ("Wij zorgen ervoor dat uw aanvraag snel wordt behandeld.", "wordt behandeld"),
    ("Wij hebben ervoor gezorgd dat uw uitkering is stopgezet.", "is stopgezet"),
    # the writer's own organisation or colleague tells the writer: still the writer's deed
    ("Onze afdeling heeft mij laten weten dat uw aanvraag is goedgekeurd.", "is goedgekeurd"),
    ("Ons team heeft mij laten weten dat uw aanvraag is afgewezen.", "is afgewezen"),
    ("Mijn collega heeft mij verteld dat uw aanvraag is afgewezen.", "is afgewezen"),
    # an order: "zorg" has no subject, nobody is named
    ("Zorg ervoor dat het formulier is ondertekend.", "is ondertekend"),
    # a verb that is neither telling nor causing
    ("De leverancier hoopt dat de rolstoel snel wordt geleverd.", "wordt geleverd"),
    # not in a "dat" clause under the verb
    ("De leverancier heeft ons gebeld. De rolstoel is bij u afgeleverd.", "is bij u afgeleverd"),
])
def test_doer_not_named_keeps_passive(check, text, span):
    assert span in found(check, text)
