"""Faults that a judge of held-out text saw, reproduced on sentences and small texts written for
these tests and mended (fix41b, forty-first session). Both ways for each.

1. DD115: an overview of short lines with no mark that ends a sentence anywhere (headings and
   points of a few words, some in small letters) is no long paragraph; wrapped prose is.
2. DD103: 'vereiste' before its noun gets the plain adjective in its own form ('nodige').
3. DD103: 'een bestelling plaatsen' is no 'bestellen' where the parcel is put somewhere.
4. DD103/DD106: the noun and the verb of a nominal pair stand in one clause: not across a
   subclause with "voordat", "als", "omdat".
"""

import pytest

from conftest import codes
from duidelijk.rules.paragraphs import parts

# --- 1. DD115 --------------------------------------------------------------------------------
OVERVIEW = (
    "Uitgebreid trouwen\n"
    "Op een dag en tijd die u zelf kiest\n"
    "In het stadhuis of op een andere plek\n"
    "met een trouwambtenaar die u zelf kiest\n"
    "maximaal 100 gasten in de grote zaal\n"
    "Kosten volgens de prijzen van dit jaar\n"
    "Eenvoudig trouwen\n"
    "Alleen op maandag en dinsdag om 9 uur\n"
    "in een kleine zaal van het stadhuis\n"
    "Met een trouwambtenaar van de gemeente\n"
    "maximaal 2 getuigen en 10 gasten\n"
    "Zonder toespraak en zonder muziek\n"
    "Gratis trouwen\n"
    "Alleen op maandag om 9 uur\n"
    "in de kleine spreekkamer\n"
    "Met 2 getuigen en zonder gasten\n"
    "Geen kosten voor het bruidspaar\n"
    "Trouwen op een plek buiten het stadhuis\n"
    "Op een plek die u zelf kiest in de gemeente\n"
    "extra kosten voor de trouwambtenaar\n"
)  # 118 words, no full stop

WRAPPED = (
    "Wij hebben uw aanvraag voor een parkeervergunning ontvangen op 3 maart. Wij bekijken nu\n"
    "of u aan de voorwaarden voldoet. Daarvoor kijken wij naar uw adres, uw kenteken en de auto\n"
    "die u gebruikt. Als wij meer informatie nodig hebben, nemen wij contact met u op. U krijgt\n"
    "binnen acht weken een besluit van ons. Dit besluit sturen wij per post naar uw adres. Bent\n"
    "u het niet eens met het besluit? Dan kunt u bezwaar maken. Hoe u dat doet, leest u in de\n"
    "brief met het besluit. Heeft u nog vragen over uw aanvraag? Bel ons dan op een werkdag\n"
    "tussen 9 en 17 uur.\n"
)  # over 90 words


def letter(block: str) -> str:
    return "Beste mevrouw De Vries,\n\n" + block + "\nMet vriendelijke groet,\n"


def test_overview_of_short_lines_is_no_paragraph(check):
    assert not codes(check(letter(OVERVIEW), select="DD115"), "DD115")
    assert max(len(text.split()) for _, text in parts(OVERVIEW)) < 12


def test_wrapped_prose_with_full_stops_stays_one_paragraph(check):
    assert codes(check(letter(WRAPPED), select="DD115"), "DD115")


def test_wrapped_prose_without_its_last_full_stop_stays_one_paragraph():
    # one mark anywhere in the run is enough: the lines in small letters run on
    text = WRAPPED.rstrip().rstrip(".")
    assert len(parts(text)) == 1


def test_two_unmarked_lines_keep_the_old_reading():
    # a run of two lines: a sentence wrapped once ("met ... \nin het stadhuis") is not cut
    text = "Wij trouwen u op de dag en het tijdstip dat u zelf kiest\nin het stadhuis of op een andere plek"
    assert len(parts(text)) == 1


# --- 2. DD103 'vereiste' -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Wij vragen u de vereiste documenten mee te nemen.",
    "Neem alle vereiste papieren mee naar de balie.",
])
def test_vereiste_before_its_noun_gets_nodige(check, sentence):
    found = [f for f in codes(check(sentence, select="DD103"), "DD103") if sentence[f.start:f.end] == "vereiste"]
    assert found and found[0].suggestions[0] == "nodige"


@pytest.mark.parametrize("sentence", [
    "Een vereiste is dat u in de gemeente woont.",
    "Een belangrijke vereiste voor de vergunning is een tekening.",
])
def test_vereiste_as_a_noun_keeps_eis(check, sentence):
    found = [f for f in codes(check(sentence, select="DD103"), "DD103") if sentence[f.start:f.end] == "vereiste"]
    assert found and "eis" in found[0].suggestions and "nodige" not in found[0].suggestions


# --- 3. DD103 'een bestelling plaatsen' ----------------------------------------------------------
def _ordering(report) -> bool:
    return any("bestellen" in f.message for f in codes(report, "DD103"))


@pytest.mark.parametrize("sentence", [
    "De bezorger kan de bestelling op de stoep plaatsen.",
    "De bezorger plaatst de bestelling naast de voordeur.",
    "De bezorger plaatst de bestelling in de brievenbus.",
    "Wij zetten de bestelling neer bij de voordeur.",
])
def test_bestelling_put_somewhere_is_no_ordering(check, sentence):
    assert not _ordering(check(sentence, select="DD103"))


@pytest.mark.parametrize("sentence", [
    "U kunt de bestelling online plaatsen.",
    "U kunt uw bestelling op onze website plaatsen.",
    "U kunt uw bestelling in de webwinkel plaatsen.",
    "U moet uw bestelling op tijd plaatsen.",
    "U kunt uw bestelling op maandag plaatsen.",
    "U kunt uw bestelling bij de balie plaatsen.",
])
def test_bestelling_plaatsen_as_ordering_is_found(check, sentence):
    assert _ordering(check(sentence, select="DD103"))


# --- 4. a nominal pair in one clause -------------------------------------------------------------
def _pairs(report) -> list[str]:
    return [f.message for f in codes(report) if "maakt de zin stijf" in f.message]


def test_pair_not_across_a_subclause(check):
    sentence = "U moet de aanpassing aanbrengen voordat de keuring plaatsvindt."
    messages = _pairs(check(sentence, select=["DD103", "DD106", "DD118"]))
    assert not any("aanpassing ... plaatsvindt" in m for m in messages)
    assert any("'aanpassing aanbrengen'" in m for m in messages)  # the pair of the main clause


@pytest.mark.parametrize("sentence", [
    "Als de aanpassing plaatsvindt, krijgt u bericht.",  # both in the subclause
    "Wij zorgen dat de aanpassing plaatsvindt.",
    "Wij brengen, als dat nodig is, een aanpassing aan.",  # the subclause holds neither word
])
def test_pair_inside_one_clause_is_still_found(check, sentence):
    assert any("aanpassen" in m for m in _pairs(check(sentence, select="DD103")))


def test_pair_with_om_of_its_own_is_still_found(check):
    sentence = "U heeft de mogelijkheid om bezwaar te maken."
    assert any("'heeft de mogelijkheid om'" in m for m in _pairs(check(sentence, select="DD103")))
