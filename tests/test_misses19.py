"""Misses of the nineteenth session (miss19): DD111 (onpersoonlijk) in the future and with
'zou' ("Het zal niet mogelijk zijn om ...", "Er zullen meer gegevens nodig zijn"), and
"Er waren ... nodig om ..." that the parse reads with the verb as head. Own sentences, each
kind with sentences that must stay."""

import pytest

LETTER = "Geachte mevrouw De Vries,\n\n{}\n\nWij helpen u graag."


def impersonal(check, sentence):
    return [f for f in check(LETTER.format(sentence), select=["DD111"]).findings if f.code == "DD111"]


@pytest.mark.parametrize("sentence, span, example", [
    ("Het zal niet mogelijk zijn om de afspraak te verzetten.", "Het zal niet mogelijk zijn", "'U kunt ... niet'"),
    ("Helaas zal het niet mogelijk zijn om langs te komen.", "zal het niet mogelijk zijn", "'U kunt ... niet'"),
    ("Het zal niet nodig zijn om het formulier op te sturen.", "Het zal niet nodig zijn", "'U hoeft ... niet'"),
    ("Het zal verplicht zijn om een vergunning aan te vragen.", "Het zal verplicht zijn", "'U moet ...'"),
    ("Er zal meer informatie nodig zijn.", "Er zal meer informatie nodig zijn", "'Wij hebben ... nodig'"),
    ("Er zullen nog twee bewijsstukken nodig zijn.", "Er zullen nog twee bewijsstukken nodig zijn",
     "'Wij hebben ... nodig'"),
    ("Als het niet mogelijk zal zijn om te komen, bel ons dan.", "het niet mogelijk zal zijn",
     "'als u ... niet kunt'"),
    ("Er waren meer documenten nodig om uw aanvraag te beoordelen.", "Er waren meer documenten nodig",
     "'Wij hadden ... nodig'"),
])
def test_future_and_past_forms_ask_who(check, sentence, span, example):
    found = impersonal(check, sentence)
    assert [f.text for f in found] == [span]
    assert example in found[0].message


def test_would_asks_who_without_an_example(check):
    # 'zou' says what would be: no plain 'U kunt ... niet' as an example
    found = impersonal(check, "Het zou niet mogelijk zijn om alle klachten tegelijk te behandelen.")
    assert [f.text for f in found] == ["Het zou niet mogelijk zijn"]
    assert "bijvoorbeeld" not in found[0].message


@pytest.mark.parametrize("sentence", [
    "Het zal voor u niet mogelijk zijn om te komen.",  # says who
    "Zal het mogelijk zijn om de afspraak te verzetten?",  # a question
    "Wij denken niet dat het nodig zal zijn om langs te komen.",  # denied
    "Het zal mogelijk zijn dat u een tweede brief krijgt.",  # 'misschien'
    "Het zal nodig zijn om het formulier te ondertekenen.",  # 'nodig' without 'niet': 'het' may be a paper
    "De aannemer zei dat er meer tijd nodig was om het werk af te maken.",  # someone else's view
    "Er was geen actie nodig om het probleem op te lossen.",  # something to be done
    "Het zal een mooie dag zijn.",  # no predicate of the list
    "De zaal zal niet nodig zijn.",  # a subject of its own
])
def test_future_and_past_forms_that_stay(check, sentence):
    assert impersonal(check, sentence) == []


def officialese(check, text):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


# --- DD103: formal adverbials with 'naar', 'vlakken' after a quantity word, 'be-' verbs ------
@pytest.mark.parametrize("text, span", [
    ("U kunt het geld naar eigen inzicht besteden.", "naar eigen inzicht"),
    ("U mag de stoelen naar believen neerzetten.", "naar believen"),
    ("U heeft de vragen naar beste weten beantwoord.", "naar beste weten"),
    ("U verklaart naar eer en geweten dat dit klopt.", "naar eer en geweten"),
    ("Naarmate u langer wacht, wordt de boete hoger.", "Naarmate"),
    ("Deze regeling helpt op veel vlakken.", "op veel vlakken"),
    ("Wij zoeken op diverse vlakken naar een oplossing.", "op diverse vlakken"),
    ("Wie de woning langdurig bewoont, krijgt een vergunning.", "bewoont"),
    ("U bewoont het pand sinds 2020.", "bewoont"),
    ("De gemeente bestempelt het gebouw als monument.", "bestempelt het gebouw als"),
    ("Het vonnis heeft kracht van gewijsde.", "kracht van gewijsde"),
])
def test_formal_classes_are_found(check, text, span):
    assert span in [f.text for f in officialese(check, text)]


@pytest.mark.parametrize("text, word", [
    ("Naar mijn idee is dat goed.", "naar"),
    ("De schilder verft de twee vlakken van de deur.", "vlakken"),
    ("Het eiland is niet bewoond door mensen.", "bewoond"),  # not a dwelling: everyday Dutch
    ("Dieren bewonen dit bos al eeuwen.", "bewonen"),
    ("Wij hebben het geld naar uw rekening gestuurd.", "naar"),
    ("Hij heeft veel kracht in zijn armen.", "kracht"),
])
def test_formal_classes_stay_away_from_everyday_use(check, text, word):
    assert not [f for f in officialese(check, text) if word in f.text.lower()]


# --- DD103: a conjunction that the parse reads as an adverb ----------------------------------
@pytest.mark.parametrize("text", [
    "Hallo.\n\nDaar u niet op tijd heeft betaald, krijgt u een herinnering.",
    "Hallo.\n\nDaar u niet betaalde, krijgt u een boete.",
    "Hallo.\n\nDaar de termijn voorbij is, sluiten wij uw dossier.",
])
def test_daar_opening_a_clause_is_the_formal_because(check, text):
    found = [f for f in officialese(check, text) if f.text == "Daar"]
    assert len(found) == 1 and found[0].suggestions == ["Omdat"]


@pytest.mark.parametrize("text", [
    "Hallo.\n\nDaar woont u al lang, zegt u.",
    "Hallo.\n\nAls u daar woont, krijgt u een brief.",
    "Hallo.\n\nDaar staat de container, zodat u uw afval kwijt kunt.",
    "Hallo.\n\nDaar aangekomen, meldt u zich bij de balie.",
    "Hallo.\n\nDaar kunt u parkeren als u een vergunning heeft.",
])
def test_daar_as_a_place_stays(check, text):
    assert not [f for f in officialese(check, text) if f.text.lower() == "daar"]


# --- DD111: 'verboden', the other side of 'toegestaan' ----------------------------------------
@pytest.mark.parametrize("sentence, span, example", [
    ("Het is verboden om afval naast de container te zetten.", "Het is verboden", "'U mag ... niet'"),
    ("Het was verboden om vuurwerk af te steken.", "Het was verboden", "'U mocht ... niet'"),
    ("Het is streng verboden om in de hal te roken.", "Het is streng verboden", "'U mag ... niet'"),
    ("Als het verboden is om te parkeren, ziet u een bord.", "het verboden is", "'als u ... niet mag'"),
])
def test_forbidden_asks_who_may_not(check, sentence, span, example):
    found = impersonal(check, sentence)
    assert [f.text for f in found] == [span]
    assert "Wie mag" in found[0].message or "Wie mocht" in found[0].message
    assert example in found[0].message


@pytest.mark.parametrize("sentence", [
    "Het is voor bewoners verboden om hier te parkeren.",  # says who
    "Is het verboden om hier te parkeren?",  # a question
    "De politie zegt dat het verboden is om hier te parkeren.",  # someone else's words
    "Roken is verboden.",  # a subject of its own
    "Het is verboden terrein.",  # no clause with 'om'
    "Het is niet verboden om hier te parkeren.",  # two negations: 'may' (DD109 names them)
    "Het is niet onmogelijk om morgen te komen.",  # the same: 'can', not 'Wie kan dit niet?'
])
def test_forbidden_that_stays(check, sentence):
    assert impersonal(check, sentence) == []


# --- DD111: what stays or becomes so ('blijven', 'worden') -----------------------------------
@pytest.mark.parametrize("sentence, span, example", [
    ("Het blijft mogelijk om bezwaar te maken.", "Het blijft mogelijk", "'U kunt ...'"),
    ("Het wordt niet mogelijk om contant te betalen.", "Het wordt niet mogelijk", "'U kunt ... niet'"),
    ("Het werd niet mogelijk om de afspraak te verzetten.", "Het werd niet mogelijk", "'U kon ... niet'"),
])
def test_stays_or_becomes_asks_who(check, sentence, span, example):
    found = impersonal(check, sentence)
    assert [f.text for f in found] == [span]
    assert example in found[0].message


@pytest.mark.parametrize("sentence", [
    "Het wordt voor u mogelijk om online te betalen.",  # says who
    "Het blijft mogelijk dat u nog een brief krijgt.",  # 'misschien'
    "Wordt het mogelijk om online te betalen?",  # a question
    "Het wordt steeds moeilijker om een huis te vinden.",  # no word of the list
])
def test_stays_or_becomes_that_stays(check, sentence):
    assert impersonal(check, sentence) == []


# --- DD111: 'gelukt', what could or could not be done -----------------------------------------
@pytest.mark.parametrize("sentence, span, example", [
    ("Het is niet gelukt om u telefonisch te bereiken.", "Het is niet gelukt", "'Wij konden ... niet'"),
    ("Het is helaas niet gelukt om uw betaling te verwerken.", "Het is helaas niet gelukt", "'Wij konden ... niet'"),
    ("Als het niet gelukt is om te betalen, bel ons dan.", "het niet gelukt is", "'als u ... niet kon'"),
])
def test_did_not_succeed_asks_who(check, sentence, span, example):
    found = impersonal(check, sentence)
    assert [f.text for f in found] == [span]
    assert "Wie kon dit niet?" in found[0].message and example in found[0].message


@pytest.mark.parametrize("sentence", [
    "Het is ons niet gelukt om u te bereiken.",  # says who
    "Is het gelukt om in te loggen?",  # a question
    "De operatie is gelukt.",  # a subject of its own
    "Het is niet gelukt.",  # no clause with 'om': 'het' is something named before
])
def test_did_not_succeed_that_stays(check, sentence):
    assert impersonal(check, sentence) == []
