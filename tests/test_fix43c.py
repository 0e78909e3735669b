"""fix43c: DD103 in the sense the sentence gives a listed word.

- 'in beslag nemen' and 'beslag leggen op' of time, room or effort are used up, not taken away:
  'kosten', 'duren', 'innemen' (not 'afpakken'); a thing that is seized keeps 'afpakken';
- 'input' of data for a model or a system is 'gegevens', input of people keeps 'mening';
- 'schriftelijk' before a noun (a thing in writing) is 'op papier'; how one reacts keeps 'per brief';
- 'afwegen' without two things weighed against each other is 'goed nadenken over'; "een afgewogen
  besluit" is 'goed doordacht'; weighing interests keeps 'kijken wat belangrijker is';
- 'zich realiseren', 'realiseren dat' is 'beseffen'; 'inzien dat' is 'begrijpen';
- 'volgen' does not take a question clause ('monitoren of ...' -> 'bijhouden');
- 'aspect' -> 'punt' first ('kant' reads as a side);
- 'vorderingen maken' is progress, no debt;
- the preposition of "in behandeling nemen" must stand before its noun ("neemt ... in beslag").

Taken out after the blind judgement (judge43c): the everyday light-verb phrases out of
nominalisations.tsv, 'op basis van' with verbs of making, 'criteria' as a guide.

All sentences are written for these tests.
"""

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document


def dd103(text: str) -> list:
    config = Config()
    [report] = list(analyse([text_document(text, None, config.placeholders)], config))
    return [f for f in report.findings if f.code == "DD103"]


def on(text: str, word: str):
    found = [f for f in dd103(text) if word in f.text]
    assert found, (text, [f.text for f in dd103(text)])
    return found[0]


@pytest.mark.parametrize("text, hint", [
    ("De behandeling van uw aanvraag neemt ongeveer acht weken in beslag.", "'kosten'"),
    ("Dit neemt even tijd in beslag.", "'kosten'"),
    ("Het onderzoek zal enkele maanden in beslag nemen.", "'kosten'"),
    ("De nieuwe kast neemt veel ruimte in beslag.", "'innemen'"),
    ("Er wordt veel tijd in beslag genomen door de controle.", "'kosten'"),
    ("Het project legt beslag op veel tijd van onze medewerkers.", "'kosten'"),
])
def test_time_or_room_is_used_up_not_taken_away(text, hint):
    f = on(text, "beslag")
    assert hint in f.message and "afpakken" not in f.message


@pytest.mark.parametrize("text", [
    "De politie heeft de fiets in beslag genomen.",
    "De douane nam twee koffers in beslag.",
    "Wij leggen beslag op uw loon.",
])
def test_a_thing_seized_keeps_afpakken(text):
    assert "afpakken" in on(text, "beslag").message


def test_no_in_behandeling_nemen_from_the_in_of_in_beslag():
    found = dd103("De behandeling van uw aanvraag neemt ongeveer acht weken in beslag.")
    assert not any("behandelen" in f.message for f in found)
    assert all("behandeling" not in f.text for f in found)


@pytest.mark.parametrize("text", [
    "Wij nemen uw aanvraag in behandeling.",
    "Wij stellen u op de hoogte van het besluit.",
    "Wij maken gebruik van uw gegevens.",
])
def test_fixed_phrases_of_light_verbs_still_found(text):
    assert any("maakt de zin stijf" in f.message for f in dd103(text))


def test_input_of_data_is_gegevens():
    f = on("De metingen dienen als input voor het rekenmodel.", "input")
    assert "'gegevens'" in f.message and "mening" not in f.message


def test_input_of_people_keeps_mening():
    assert "'mening'" in on("Wij willen graag uw input voor het nieuwe plan.", "input").message


def test_a_thing_in_writing_is_op_papier():
    f = on("Wij hebben uw schriftelijke toestemming nodig.", "schriftelijke")
    assert "'op papier'" in f.message and "per brief" not in f.message


def test_how_one_reacts_keeps_per_brief():
    f = on("U kunt ons schriftelijk laten weten wat u vindt.", "schriftelijk")
    assert "per brief" in f.message


@pytest.mark.parametrize("text, hint", [
    ("Wij hebben goed afgewogen welke gegevens wij gebruiken.", "'goed nadenken over'"),
    ("Het college heeft een afgewogen besluit genomen.", "'goed doordacht'"),
])
def test_afwegen_without_weighing_two_things(text, hint):
    f = on(text, "afgewogen")
    assert hint in f.message and "belangrijker" not in f.message


def test_weighing_pros_and_cons_keeps_its_hint():
    assert "'kijken wat belangrijker is'" in on("Wij moeten de voordelen en de nadelen afwegen.", "afwegen").message


@pytest.mark.parametrize("text, word, hint", [
    ("Ik realiseer me dat dit lastig is.", "realiseer", "beseffen"),
    ("Wij zien in dat dit vervelend voor u is.", "zien", "begrijpen"),
    ("Wij zien nu in dat dit vervelend voor u is.", "zien", "begrijpen"),
])
def test_realising_is_beseffen_or_begrijpen(text, word, hint):
    f = on(text, word)
    assert hint in f.message and "'maken'" not in f.message and "bekijken" not in f.message


@pytest.mark.parametrize("text, word, hint", [
    ("Wij realiseren tweehonderd nieuwe woningen.", "realiseren", "'maken'"),
    ("U kunt het dossier op het gemeentehuis inzien.", "inzien", "'bekijken'"),
])
def test_the_lists_own_sense_keeps_its_words(text, word, hint):
    assert hint in on(text, word).message


def test_monitoring_a_question_is_no_volgen():
    f = on("Met camera's wordt gemonitord of de brug open is.", "gemonitord")
    assert f.suggestions[:1] == ["bijgehouden"]


def test_monitoring_a_thing_keeps_volgen():
    assert on("Wij monitoren de luchtkwaliteit in de wijk.", "monitoren").suggestions[:1] == ["volgen"]


def test_aspect_is_punt_first():
    assert on("Bij de keuze kijken we naar een aantal aspecten.", "aspecten").suggestions[:1] == ["punten"]


def test_progress_is_no_debt():
    assert not [f for f in dd103("Het project maakt goede vorderingen.") if "vordering" in f.text]
    assert "schuld" in on("De deurwaarder stuurt u een brief over de vordering.", "vordering").message
