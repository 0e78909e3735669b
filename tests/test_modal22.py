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
    ("De betaling is helaas niet meer te stoppen.", "is helaas niet meer te stoppen"),
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


# fix22a (review rev22a): each bug both ways, the wrong finding gone and the right one kept


@pytest.mark.parametrize("text", [  # bug 3: "het" is the thing, an adverbial phrase stands between
    "Het is op de nieuwe website te vinden.",
    "Het is bij de nieuwe balie op te halen.",
    "Het is via het digitale loket aan te vragen.",
    "Het is online aan te vragen.",
    "Het is ook telefonisch aan te vragen.",
    "Het is schriftelijk in te dienen.",
    "Het is elke dag te bezoeken.",
    "Het is deze week nog aan te vragen.",
])
def test_het_is_the_thing_with_words_between(check, text):
    assert len(found(check, text)) == 1


@pytest.mark.parametrize("text", [  # bug 1: the te-infinitive says what the aim or task is
    "Onze taak is te zorgen voor veilige straten.",
    "Ons advies is eerst met de buren te praten.",
    "De bedoeling is volgend jaar te beginnen.",
    "Mijn wens is ooit in Spanje te wonen.",
    "Het doel van de regeling is mensen aan werk te helpen.",
])
def test_aim_noun_with_its_content(check, text):
    assert not found(check, text)


@pytest.mark.parametrize("text", [  # ... a noun that is also a text, with a place where one finds it
    "Het advies is te vinden op de website.",
    "Het plan is in te zien bij de balie.",
    "Het plan is in te zien.",
    "Het besluit is niet meer terug te draaien.",
    "Ons advies is op de website te vinden.",
])
def test_aim_noun_that_is_a_text_with_a_place(check, text):
    assert len(found(check, text)) == 1


@pytest.mark.parametrize("text", [  # bug 2: an "om" of time or place is no "om te"
    "De container is om 7.30 uur aan de straat te zetten.",
    "Het afval is op maandag om 7 uur buiten te zetten.",
    "Het afval is om half acht aan de straat te zetten.",
])
def test_om_of_a_time(check, text):
    assert len(found(check, text)) == 1


@pytest.mark.parametrize("text", [  # bugs 4 and 6: fixed phrases and idioms of a property
    "Het is te verwachten dat de werkzaamheden langer duren.",
    "Het is te vrezen dat de kosten stijgen.",
    "Het valt te vrezen dat de kosten stijgen.",
    "Het is te duchten dat de kosten stijgen.",
    "De prijs viel lager uit dan te verwachten was.",
    "Dat is niet te geloven.",
    "De pijn was niet te harden.",
    "Er was geen mens te bekennen.",
    "Er was niemand te bekennen.",
    "Dat valt te begrijpen.",
    "De nieuwe buurman is niet te vertrouwen.",
])
def test_fixed_phrases_of_a_property(check, text):
    assert not found(check, text)


def test_om_te_read_as_a_preposition(check):
    # the parse may call the "om" of "om te" a preposition of the noun after it
    assert not found(check, "Een belangrijk deel van ons plan is om de school helemaal in hout te bouwen.")


def test_vallen_with_a_clause_of_its_own(check):  # bug 5
    assert not found(check, "Hij viel in slaap zonder de lamp uit te zetten.")
    assert not found(check, "Zij viel in slaap in plaats van de film af te kijken.")
    assert len(found(check, "Hoe lang het werk duurt, valt nu nog niet te zeggen.")) == 1


@pytest.mark.parametrize("text, hits", [  # bug 7: a governor only as the predicate
    ("Het formulier is gewoon via de website in te vullen.", 1),  # gewoon = simply
    ("Het afval is gewoon op maandag aan de straat te zetten.", 1),
    ("Deze vergunning is vrij snel aan te vragen.", 1),  # vrij = fairly
    ("Wij zijn gewend vroeg op te staan.", 0),
    ("U bent vrij te gaan.", 0),
    ("Wij zijn bereid snel te helpen.", 0),
    ("De bijdrage is verplicht te betalen.", 1),  # the thing one must pay
    ("U bent verplicht te betalen.", 0),
    ("De huurder is verplicht te betalen.", 0),
])
def test_governor_only_as_the_predicate(check, text, hits):
    assert len(found(check, text)) == hits


def test_aan_u_names_who_does_it(check):  # bug 8
    assert not found(check, "Het is aan u te beslissen of u meedoet.")
    assert len(found(check, "Het is aan te raden om uw paspoort op tijd te verlengen.")) == 1


@pytest.mark.parametrize("text, hits", [  # bug 9: a circumstance is no place where one looks
    ("Dat is in het donker niet te zien.", 0),
    ("Het verschil is bij daglicht goed te zien.", 0),
    ("De uitslag is in de tabel te zien.", 1),
    ("Het verslag is bij de balie te lezen.", 1),
    ("Het bestemmingsplan is in te zien.", 1),  # inzien: no verb of the senses
])
def test_sense_verb_circumstance(check, text, hits):
    assert len(found(check, text)) == hits


def test_old_enough(check):  # bug 10: "genoeg" after an adjective takes the te-infinitive
    assert not found(check, "Zij is oud genoeg te stemmen.")
    # changed by fix23a (review rev23 bug 9): "genoeg" takes the te-infinitive only with a person as
    # the subject; "Het formulier is snel genoeg in te vullen" is the passive ("U kunt het formulier
    # snel genoeg invullen"), the form is what one fills in
    assert len(found(check, "Het formulier is snel genoeg in te vullen.")) == 1
    assert len(found(check, "Het formulier is snel in te vullen.")) == 1


@pytest.mark.parametrize("text, hits", [  # note N1: an amount as the subject before "is"
    ("Alles is online te regelen.", 1),
    ("Veel van de formulieren zijn online in te vullen.", 1),
    ("Hier is niets te halen.", 0),  # what there is: "er" or a place first
    ("In de stad is genoeg te doen.", 0),
    ("Over deze keuze valt weinig te zeggen.", 0),
])
def test_amount_as_the_subject(check, text, hits):
    assert len(found(check, text)) == hits
