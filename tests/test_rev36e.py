"""DD103: review of the officialese entries of the thirty-sixth session (rev36e helper).
Each mend has sentences where the word must still be found (with the right suggestion) and
sentences where it is ordinary Dutch or where the suggestion would break the sentence.
Sentences written for these tests."""

import pytest


def dd103(check, text):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


def spans(check, text):
    return [f.text.lower() for f in dd103(check, text)]


def suggestions_of(check, text, span):
    hits = [f for f in dd103(check, text) if f.text.lower() == span]
    assert hits, (text, spans(check, text))
    return hits[0].suggestions


@pytest.mark.parametrize("text, span, first", [
    ("U betaalt een bedrag ad € 50.", "ad", "van"),
    ("De kosten ad 125 euro moet u binnen een maand betalen.", "ad", "van"),
    ("Wij nemen zo nodig contact met u op.", "zo nodig", "als het nodig is"),
    ("Zo nodig krijgt u een tolk.", "zo nodig", "Als het nodig is"),
    ("Wij passen het plan zo nodig aan.", "zo nodig", "als het nodig is"),
    ("Dat is evenmin de bedoeling.", "evenmin", "ook niet"),
    ("Menigeen heeft daar last van.", "menigeen", "Veel mensen"),
    ("Hij heeft het evenmin begrepen.", "evenmin", "ook niet"),
    ("Wij verwerken uw gegevens volgens de wet.", "verwerken", "gebruiken"),
    ("Wij passen uw voorschot tussentijds aan als uw inkomen verandert.", "tussentijds", "tussendoor"),
    # 'in grote mate' is 'to a large extent': "De wijk is vooral veranderd" says something else
    ("De wijk is in grote mate veranderd.", "in grote mate", "grotendeels"),
    ("Dit hangt in grote mate af van uw inkomen.", "in grote mate", "grotendeels"),
])
def test_still_found_with_first_suggestion(check, text, span, first):
    assert suggestions_of(check, text, span)[:1] == [first]


@pytest.mark.parametrize("text, span", [
    ("Evenmin kunt u bezwaar maken tegen dit besluit.", "evenmin"),  # "Ook niet kunt u" is no Dutch order
    ("Maar evenmin is het zeker dat u iets moet betalen.", "evenmin"),
    ("Menige bewoner klaagt over het lawaai.", "menige"),  # not "Veel mensen bewoner"
    ("Uw gegevens worden verwerkt door de gemeente.", "verwerkt"),  # not "bewaard": another meaning
    ("Wij hebben uw gegevens verwerkt.", "verwerkt"),
])
def test_no_wrong_replacement(check, text, span):
    assert span in spans(check, text), (text, spans(check, text))
    assert suggestions_of(check, text, span) == []


@pytest.mark.parametrize("text, span", [
    ("De rechter vernietigt het besluit.", "vernietigt"),
    ("Het besluit wordt vernietigd.", "vernietigd"),
    ("De rechtbank heeft de beslissing op bezwaar vernietigd.", "vernietigd"),
    ("De vernietiging van het besluit betekent dat u opnieuw moet aanvragen.", "vernietiging"),
    ("Uw gegevens worden verwerkt door de gemeente.", "verwerkt"),
    ("Wij controleren de volledigheid van uw aanvraag.", "volledigheid"),
])
def test_found(check, text, span):
    assert span in spans(check, text), (text, spans(check, text))


@pytest.mark.parametrize("text, span", [
    # 'Ad' as a name or a point of a list, not 'van' before an amount
    ("Ad de Vries is onze nieuwe wijkagent.", "ad"),
    ("Ad 1: de kosten van de vergunning.", "ad"),
    # 'zo nodig' as 'so much needed', not 'if needed'
    ("Het is niet zo nodig om te bellen.", "zo nodig"),
    ("Dat hoeft niet zo nodig.", "zo nodig"),
    ("Het is zo nodig dat er iets gebeurt.", "zo nodig"),
    ("Hij moest zo nodig naar de wc.", "zo nodig"),
    ("Hij heeft het geld zo nodig.", "zo nodig"),
    ("Wij hebben uw hulp zo nodig gehad.", "zo nodig"),
    # 'naar onze mening' as the object of a verb with 'naar'
    ("Hij vroeg naar onze mening over het plan.", "naar onze mening"),
    ("De wethouder luistert naar onze mening.", "naar onze mening"),
    # 'voor de volledigheid' is the list's own plain form of 'volledigheidshalve'
    ("Voor de volledigheid sturen wij u ook de folder.", "volledigheid"),
    # data elsewhere in the sentence: processing a request, waste, a payment
    ("De gemeente verwerkt uw aanvraag binnen acht weken; wij gebruiken daarvoor uw gegevens.", "verwerkt"),
    ("Het afval wordt verwerkt; de gegevens daarover vindt u op de website.", "verwerkt"),
    ("Wij verwerken uw betaling en sturen u daarna de gegevens van uw vergunning.", "verwerken"),
    # a decision elsewhere in the sentence: papers destroyed
    ("Wij vernietigen de papieren na het besluit over uw aanvraag.", "vernietigen"),
    ("Na het besluit vernietigen wij uw dossier.", "vernietigen"),
    # 'onkosten' is everyday Dutch, no officialese
    ("Wij vergoeden uw onkosten.", "onkosten"),
    # 'tussentijds' before a noun: 'tussendoor' cannot stand there
    ("Wij houden in juni een tussentijdse evaluatie.", "tussentijdse"),
    ("Er komen tussentijdse verkiezingen.", "tussentijdse"),
])
def test_quiet(check, text, span):
    assert span not in spans(check, text), (text, spans(check, text))


def test_tussentijds_no_alvast(check):
    # 'alvast' (in advance) is another meaning: "U kunt het contract alvast opzeggen"
    assert "alvast" not in suggestions_of(check, "U kunt het contract tussentijds opzeggen.", "tussentijds")
