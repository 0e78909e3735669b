"""DD108 of the thirtieth session (rules30a): a label or fragment that is a phrase with a
relative clause has no main clause and no verb to wait for; the first finite verb after one
phrase at the start is the main verb (a Dutch main clause puts it second), even where the parse
made a later verb the root. Sentences written for these tests."""

import pytest

from conftest import codes


def lead_ins(check, text):
    return codes(check(text, select="DD108"), "DD108")


@pytest.mark.parametrize("text", [
    # a label: a noun phrase with a relative clause, no main clause
    "Aantal mensen uit deze regio met COVID-19 dat per dag in een ziekenhuis is opgenomen.",
    "Aantal mensen uit deze veiligheidsregio met COVID-19 dat per week in een verpleeghuis is opgenomen.",
    "Aantal leerlingen van deze school met een beperking dat per jaar naar een andere school is gegaan.",
    # a fragment that goes on from the sentence before
    "Bijvoorbeeld met extra uren voor scholen in wijken waar veel kinderen een achterstand hebben.",
    # the verb second, after one phrase; the parse may make a later verb the root
    "Dit getal is een inschatting van het totaal aantal scholen waar in de afgelopen 28 dagen minstens één (nieuwe) besmetting op basis van een positieve test, is gemeld.",
    "Dit getal is een schatting van het totaal aantal verpleeghuizen waar in de afgelopen 14 dagen minstens één (nieuwe) griepgeval op basis van een test, is gemeld.",
])
def test_no_lead_in(check, text):
    assert not lead_ins(check, text)


@pytest.mark.parametrize("text", [
    # a long lead-in before the main verb, with a relative clause at the end
    "Naar aanleiding van uw brief van 3 maart over de kosten van de verbouwing sturen wij u de regels die gelden.",
    "Met ingang van 1 januari van het komende jaar voor alle inwoners van onze gemeente gelden de regels die wij noemen.",
    # more than one part before the first finite verb: no verb second ("die" is missing)
    "Oude paspoorten en rijbewijzen je al bij de gemeente ingeleverd hebt hoef je niet meer op te sturen.",
])
def test_lead_in_stays(check, text):
    assert lead_ins(check, text)
