"""DD106 nouns of action that carry their verb's phrases (twentieth session): a noun in -ing
of a common verb with the reader's thing as "van uw ..." ("de behandeling van uw aanvraag") or
with who does it as "door ..." ("de berekening van uw toeslag door de Belastingdienst"), where
the noun stands for a clause: the subject of its sentence, or after a preposition that stands
for a subclause on a verb. The message names the verb and, where the clause says who acts
("wij") or the noun has "door ...", gives a main clause with the verb in its form.
Sentences written for these tests."""

import pytest

from conftest import codes
from duidelijk.rules.nominalisation import _main_clause, change_verbs, light_verbs
from duidelijk.verbs import separable as _split_particle


def found(check, text):
    return codes(check(text, select="DD106"), "DD106")


@pytest.mark.parametrize("text, span, message", [
    # the subject of its sentence
    ("De beoordeling van uw bezwaar kan drie maanden duren.", "De beoordeling van uw bezwaar",
     "Zeg daarin wie uw bezwaar beoordeelt."),
    ("De betaling van uw huur is te laat.", "De betaling van uw huur", "Zeg daarin wie uw huur betaalt."),
    # after a preposition that stands for a subclause; 'wij' of the clause acts
    ("Na de beoordeling van uw aanvraag sturen wij u een brief.", "de beoordeling van uw aanvraag",
     "'Wij beoordelen uw aanvraag'"),
    ("We wachten met de toekenning van uw toeslag tot we uw loonstrook hebben.", "de toekenning van uw toeslag",
     "'We kennen uw toeslag toe'"),
    ("Hoe sneller u de papieren stuurt, hoe sneller wij verder kunnen met de behandeling van uw verzoek.",
     "de behandeling van uw verzoek", "'Wij behandelen uw verzoek'"),
    # who does it, as "door"
    ("De vaststelling van uw aanslag door de gemeente gebeurt in maart.",
     "De vaststelling van uw aanslag door de gemeente", "'De gemeente stelt uw aanslag vast'"),
])
def test_action_noun_with_its_verbs_phrases(check, text, span, message):
    f = found(check, text)
    assert [x.text for x in f] == [span] and message in f[0].message


@pytest.mark.parametrize("text", [
    # a phrase an adjective asks for, or a phrase that says which thing is meant
    "Bent u tevreden met de afhandeling van uw klacht?",
    "Wij sturen u een brief over de behandeling van uw aanvraag.",
    # a thing (a letter), not the act
    "Uw afspraak gaat door als u een verwijzing van uw huisarts hebt.",
    # nobody said and not the reader's thing: naming who and what would make it longer
    "Voor de uitwerking van het plan zijn er veel ideeën.",
    # no phrase of the verb at all
    "De behandeling duurt drie weken.",
    # after "van" the one who acts, a person or a body: the doctor declares
    "De verklaring van uw arts is nodig voor de aanvraag.",
    "Na de verklaring van uw werkgever sturen wij u een brief.",
    "De medewerking van uw verhuurder is nodig.",
    # an -ing noun that names a thing, or of no common verb
    "Wij kijken naar de regeling van uw werkgever.",
])
def test_no_action_noun(check, text):
    assert found(check, text) == []


def test_no_present_example_in_the_perfect(check):
    # "Wij hebben ... gemaakt": an example in the present tense would not fit; say who acts
    f = found(check, "Wij hebben bij de berekening van uw toeslag een fout gemaakt.")
    assert [x.text for x in f] == ["de berekening van uw toeslag"]
    assert "Zeg daarin wie uw toeslag berekent." in f[0].message


def test_main_clause_forms():
    assert _split_particle("toekennen") == ("toe", "kennen")
    assert _split_particle("onderzoeken") == ("", "onderzoeken")
    assert _split_particle("behandelen") == ("", "behandelen")
    assert _main_clause("wij", "vaststellen", "uw aanslag") == "wij stellen uw aanslag vast"
    assert _main_clause("ik", "beoordelen", "uw bezwaar") == "ik beoordeel uw bezwaar"
    assert _main_clause("de gemeente", "betalen", "uw toeslag") == "de gemeente betaalt uw toeslag"


@pytest.mark.parametrize("text, span, verb", [
    # a verb of asking with a noun of a verb that changes what the reader has
    ("U moet op tijd een verlenging aanvragen.", "verlenging aanvragen", "'vragen om ... te verlengen'"),
    ("Vraag voor 1 maart een verhoging van uw budget aan.", "Vraag voor 1 maart een verhoging", "'vragen om ... te verhogen'"),
    ("U kunt online een aanpassing aanvragen.", "aanpassing aanvragen", "'vragen om ... aan te passen'"),
])
def test_asking_for_a_change(check, text, span, verb):
    f = found(check, text)
    assert [x.text for x in f] == [span] and verb in f[0].message


@pytest.mark.parametrize("text", [
    # asking for a thing one receives: a permit, a scheme, a document, money
    "U kunt een vergunning aanvragen.",
    "U kunt een betalingsregeling aanvragen.",
    "U kunt een verklaring omtrent het gedrag aanvragen.",
    "U kunt een uitnodiging aanvragen voor de bijeenkomst.",
    "U kunt een verzekering aanvragen.",
    "U kunt een inschrijving aanvragen.",
])
def test_asking_for_a_thing(check, text):
    assert found(check, text) == []


def test_change_verbs_are_data():
    assert {"verlengen", "wijzigen", "aanpassen"} <= change_verbs()
    assert light_verbs()["aanvragen"] == ("request", False)


@pytest.mark.parametrize("text, span, verb", [
    # a step of a procedure as a noun without an article, with "verdere"/"nadere"
    ("De gegevens zijn niet genoeg voor verdere beoordeling.", "voor verdere beoordeling",
     "'om ... verder te beoordelen'"),
    ("Wij sturen de stukken voor verdere afhandeling naar de rechtbank.", "voor verdere afhandeling",
     "'om ... verder af te handelen'"),
])
def test_further_step_as_a_noun(check, text, span, verb):
    f = found(check, text)
    assert [x.text for x in f] == [span] and verb in f[0].message


@pytest.mark.parametrize("text", [
    "Voor verdere informatie kunt u ons bellen.",  # a thing, no action
    "Wij sturen u de verdere regeling.",  # an article: a thing
    "Voor de beoordeling kijken wij naar uw inkomen.",  # no 'verdere'
])
def test_no_further_step(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text", [
    # "het + infinitive + van" as the phrase a word before it asks for: everyday Dutch
    "De eigenaar is verantwoordelijk voor het reinigen van de gevel.",
    "Wij helpen u graag met het invullen van het formulier.",
    "Bedankt voor het invullen van de vragenlijst.",
    "Het geld is bestemd voor het organiseren van een buurtfeest.",
])
def test_het_van_asked_for_by_a_word_before_it(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, span", [
    # a preposition that stands for a subclause, or a phrase whose word comes after it; at the
    # start of the sentence DD103 names it (twenty-sixth session: DD106 no longer a second
    # time), unless DD103 names the verb as a word of its list ('indienen')
    ("Na het indienen van uw aanvraag krijgt u een brief.", "het indienen van"),
    ("Aan het instellen van beroep zijn kosten verbonden.", "Aan het instellen van"),
])
def test_het_van_still_found(check, text, span):
    report = check(text, select=["DD103", "DD106"])
    assert [x.text for x in report.findings if x.category == "nominalisation"] == [span]
