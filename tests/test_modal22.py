"""Twenty-second session (modal22 helper): DD102 on "zijn"/"vallen" + te + infinitive, the
passive of "can" or "must" ("Het formulier is aan te vragen" = "U kunt het formulier
aanvragen"). Own sentences, both ways."""

import pytest


def found(check, text):
    return [f for f in check(text, select=["DD102"]).findings if f.code == "DD102"]


@pytest.mark.parametrize("text, span", [
    ("De uitslag is vanaf maandag op onze website te vinden.", "is vanaf maandag op onze website te vinden"),
    ("Een parkeervergunning is aan te vragen via het digitale loket.", "is aan te vragen"),
    ("Deze kosten zijn helaas niet terug te krijgen.", "zijn helaas niet terug te krijgen"),
    ("Hoe lang het werk duurt, valt nu nog niet te zeggen.", "valt nu nog niet te zeggen"),
    ("De nieuwe buurman is niet te vertrouwen.", "is niet te vertrouwen"),
    ("De regels die in de verordening te lezen zijn, gelden voor iedereen.", "te lezen zijn"),
    ("Is de vergunning ook per post aan te vragen?", "Is de vergunning ook per post aan te vragen"),
    ("Het bezwaarschrift is binnen zes weken in te dienen.", "is binnen zes weken in te dienen"),
])
def test_zijn_te_infinitive_is_found(check, text, span):
    findings = found(check, text)
    assert [text[f.start:f.end] for f in findings] == [span]
    assert "kan of moet" in findings[0].message and "U kunt" in findings[0].message
    assert findings[0].severity.name.lower() == "suggestion" and not findings[0].suggestions


@pytest.mark.parametrize("text", [
    "Wij zijn vandaag te laat met de post.",  # te + adjective
    "De huur van deze woning is te hoog.",
    "Er staan te veel auto's in de straat.",
    "Het pand aan de Markt is te koop.",  # te + noun
    "Dit appartement is te huur vanaf juni.",
    "Het is goed om uw post op tijd te openen.",  # om te
    "De medewerkers zijn hier om u te helpen.",
    "Ik ben aan het werk tot vijf uur.",  # aan het
    "Wij zijn nooit te laat bij een afspraak.",
    "Met een goede planning is dat best te doen.",  # te doen: feasible
    "In het museum is veel te zien voor kinderen.",  # er + an amount
    "Er is in het dorp weinig te beleven.",
    "Wat is er zaterdag te doen in het park?",
    "Er valt over deze keuze weinig te zeggen.",
    "U hebt de rekening binnen een maand te betalen.",  # hebben te (DD103)
    "De gemeente is bereid u te helpen met de aanvraag.",  # governed by another word
    "Onze medewerkers zijn in staat de klus snel te klaren.",
    "Wij zijn van plan de weg volgend jaar te verbreden.",
    "De vertraging is te wijten aan het slechte weer.",  # a meaning of its own
    "De bewoners zijn niet te spreken over de nieuwe parkeerregels.",
])
def test_no_modal_passive(check, text):
    assert not found(check, text)


@pytest.mark.parametrize("text", [
    "Het doel van het plan is om alle daken groen te maken.",  # "is om te": the aim
    "De inspecteur kijkt of het nodig is meteen maatregelen te nemen.",  # the subject of "nodig"
    "Deze folder is makkelijk te lezen.",  # an adjective of ease
    "Voor ouderen is een groot lettertype het meest eenvoudig te lezen.",
])
def test_no_modal_passive_with_another_word_in_charge(check, text):
    assert not found(check, text)


def test_zijn_of_another_verb_after_the_infinitive(check):
    assert not found(check, "De code om je account te openen is verlopen.")


def test_sense_verb_without_a_place_is_a_property(check):
    assert not found(check, "Als het kenteken niet te lezen is, krijgt u geen boete.")  # leesbaar
    assert not found(check, "Het geluid van de machine is bijna niet te horen.")
    findings = found(check, "Het verslag van de vergadering is te lezen op onze website.")
    assert [f.text for f in findings] == ["is te lezen"]


@pytest.mark.parametrize("text, span", [
    ("Het is aan te raden om uw paspoort op tijd te verlengen.", "is aan te raden"),
    ("Voor een grote verbouwing is het aan te raden om eerst met de buren te praten.", "is het aan te raden"),
])
def test_het_is_aan_te_raden(check, text, span):
    assert [f.text for f in found(check, text)] == [span]


def test_parse_with_a_passive_label(check):
    # the parse may call "is" the passive auxiliary of the infinitive: one finding, this one
    findings = found(check, "Het verzoek is vóór 1 maart in te dienen.")
    assert [f.text for f in findings] == ["is vóór 1 maart in te dienen"] and "kan of moet" in findings[0].message
    findings = found(check, "Het contract is door beide partijen te ondertekenen.")
    assert len(findings) == 1 and "kan of moet" in findings[0].message
    assert "Zet voorop wie het doet" in findings[0].message and "niet wie" not in findings[0].message  # "door ..."


def test_het_is_te_hopen(check):
    assert not found(check, "Het is te hopen dat het morgen droog blijft.")


def test_te_worden_passive_stays(check):
    findings = found(check, "Het plan dient eerst goedgekeurd te worden.")
    assert [f.text for f in findings] == ["goedgekeurd te worden"] and "lijdende vorm" in findings[0].message


@pytest.mark.parametrize("text", [
    "Het is goed te weten dat de balie op maandag dicht is.",  # "het" stands in for the te-infinitive
    "Het is tijd te vertrekken.",
    "De kerktoren is van ver te zien.",  # zichtbaar: no place where the reader looks
])
def test_no_modal_passive_extraposed_or_a_property(check, text):
    assert not found(check, text)


def test_sense_verb_with_a_medium(check):
    assert [f.text for f in found(check, "Dat is aan de cijfers te zien.")] == ["is aan de cijfers te zien"]
