"""DD103, thirteenth session (misses2 helper): a separable particle the parse did not call
one, a negation made into a noun, and nominal expressions and officialese written from
knowledge of Dutch letters. Each kind with sentences that must be found and sentences that
must not (Dutch traps). Examples written for these tests."""

import pytest


def dd103(check, text):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


def spans(check, text):
    return [f.text for f in dd103(check, text)]


# --- a separable particle that the parse hangs on the verb as a preposition or an adverb ---

@pytest.mark.parametrize("text, verb, whole", [
    ("Wij kennen u een vergoeding toe.", "kennen", "toekennen"),
    ("Wij zeggen u de vergoeding toe.", "zeggen", "toezeggen"),
])
def test_loose_particle_makes_the_listed_verb(check, text, verb, whole):
    found = [f for f in dd103(check, text) if f.text == verb]
    assert found, spans(check, text)
    assert f"'{verb} ... toe'" in found[0].message and f"'{whole}'" in found[0].message
    assert found[0].suggestions == []  # the particle stays behind: no replacement for the verb alone


def test_loose_particle_before_a_preposition(check):
    assert "vloeien voort uit" in spans(check, "De kosten vloeien voort uit de wet.")


@pytest.mark.parametrize("text", [
    "Wij komen naar u toe.",  # "naar ... toe" is one preposition in two parts
    "Hij liep op de deur af.",
    "Wij kennen de regels goed.",  # no particle at all
    "Wij geven u een vergoeding voor de kosten.",  # 'voor' opens a phrase of its own
])
def test_no_particle_no_particle_verb(check, text):
    assert not any(f.text in {"komen", "liep", "kennen", "geven"} for f in dd103(check, text)), spans(check, text)


def test_loose_particles_only_after_the_verb(nlp):
    from duidelijk.phrases import loose_particles

    doc = nlp("Wij kennen u een vergoeding toe.")
    assert {doc[i].text for i in loose_particles(doc)} == {"toe"}
    doc = nlp("Wij komen naar u toe.")
    assert not loose_particles(doc)


# --- a negation made into a noun ---

@pytest.mark.parametrize("text, span, verb", [
    # ("Het niet voldoen aan ...": 'voldoen aan' has its own finding since jargon25, so the advice
    # names no verb; tests/test_jargon25.py holds it)
    ("Bij het niet op tijd betalen van de huur volgt een boete.", "het niet op tijd betalen", "betalen"),
    ("Door het niet versturen van de stukken loopt uw aanvraag vertraging op.", "het niet versturen",
     "versturen"),
    ("Bij niet-naleving van de regels volgt een boete.", "niet-naleving", "zich houden aan"),
    ("Bij niet-tijdige betaling sturen wij een aanmaning.", "niet-tijdige betaling", "betalen"),
    ("Bij niet-tijdige melding vervalt uw recht.", "niet-tijdige melding", "melden"),
    ("Het niet ontvangen van de brief is geen reden om niet te betalen.", "Het niet ontvangen", "ontvangen"),
])
def test_negated_action_is_nominal_style(check, text, span, verb):
    found = [f for f in dd103(check, text) if f.text == span]
    assert found, spans(check, text)
    assert found[0].category == "nominalisation"
    assert (f"het werkwoord '{verb}'" in found[0].message or f"een vorm van '{verb}'" in found[0].message) \
        and found[0].suggestions == []


@pytest.mark.parametrize("text, flagged, plain", [
    # read-through 13 item 3: the advice named a verb that the same rule calls officialese
    ("Het niet naleven van de regels kost geld.", "naleven", "zich houden aan"),
    ("Bij niet-naleving van de regels volgt een boete.", "naleven", "zich houden aan"),
    ("Het niet verrichten van de activiteiten kost u geld.", "verrichten", "doen"),
])
def test_negated_action_advises_the_plain_verb(check, text, flagged, plain):
    found = [f for f in dd103(check, text) if "zelfstandig naamwoord gemaakt" in f.message]
    assert found, spans(check, text)
    assert f"een vorm van '{plain}'" in found[0].message
    assert f"het werkwoord '{flagged}'" not in found[0].message


@pytest.mark.parametrize("text, verb", [
    ("Het niet ontvangen van de brief kost u geld.", "ontvangen"),  # not on the list: its own verb
    ("Het niet reageren op de brief kost u geld.", "reageren"),  # not on the list either
    # ("Het niet voldoen aan ...": no longer, 'voldoen aan' is listed since jargon25; tests/test_jargon25.py)
])
def test_negated_action_keeps_a_plain_verb(check, text, verb):
    found = [f for f in dd103(check, text) if "zelfstandig naamwoord gemaakt" in f.message]
    assert found and f"het werkwoord '{verb}'" in found[0].message, spans(check, text)


@pytest.mark.parametrize("text", [
    "Sancties bij niet-naleving\n\nU krijgt een brief.",  # a heading with no full stop
    "Er volgt een boete bij niet-naleving",  # the last word of the text
    "Boete bij niet-tijdige betaling",
])
def test_negated_noun_at_the_end_of_a_sentence_without_full_stop(check, text):
    # read-through 13 item 1: this crashed the whole check (IndexError past the sentence's end)
    assert any("zelfstandig naamwoord gemaakt" in f.message for f in dd103(check, text)), spans(check, text)


def test_negated_noun_does_not_take_the_next_word(check):
    # read-through 13 item 1: the word after "niet-naleving" was marked as taken, so a finding
    # that starts there dropped this one (and the other way round)
    found = spans(check, "Bij niet-naleving dient u de subsidie terug te betalen.")
    assert "niet-naleving" in found and "dient u de subsidie terug te betalen" in found, found


@pytest.mark.parametrize("text, denied", [
    # REVIEW5-miss 1: late payment is no non-payment (this test said 'niet betalen' before)
    ("Bij niet-tijdige betaling sturen wij een aanmaning.", "'niet op tijd betalen'"),
    ("Bij niet-naleving van de regels volgt een boete.", "'niet naleven'"),
])
def test_negated_action_names_what_is_denied(check, text, denied):
    assert any(denied in f.message for f in dd103(check, text)), spans(check, text)


@pytest.mark.parametrize("text", [
    "U mag het niet in de weg zetten.",  # 'het' is the object of 'zetten'
    "Bent u het niet eens met dit besluit?",  # 'eens' is no verb
    "Ik weet het niet.",
    "Als u het niet weet, kunt u bellen.",
    "Wij vinden het niet leuk om te wachten.",
    "Het is niet verstandig om te wachten.",
    "Wij gebruiken de foto voor niet-commerciële doelen.",  # no action
    "Het niet kunnen betalen van de huur is een groot probleem.",  # a verb cluster, left alone
    # REVIEW5-miss 1: "niet-" denies the adjective, not an act ('niet rekenen', 'niet verbouwen')
    "Een niet-betaalde rekening sturen wij naar de deurwaarder.",
    "Een niet-urgente melding kunt u online doen.",
    "Een niet-gemelde verbouwing kan een boete opleveren.",
    "Een niet-geldige betaling storten wij terug.",
    "Voor een niet-medische behandeling betaalt u zelf.",
    "Een niet-verplichte inschrijving is gratis.",
    # REVIEW5-miss 2: a participle before its noun, no verb made a noun
    "Over het niet ontvangen pakket kunt u contact opnemen.",
    "Voor het niet ontvangen bedrag sturen wij een nieuwe brief.",
    "Het niet ontvangen bedrag betalen wij alsnog.",
    "Het niet behouden deel van de uitkering vervalt.",
    "Bij het niet vergeten formulier zit een kopie.",
])
def test_negation_that_is_no_noun_is_not_found(check, text):
    assert not any("zelfstandig naamwoord gemaakt" in f.message for f in dd103(check, text)), spans(check, text)


# --- nominal expressions and officialese written from knowledge ---

@pytest.mark.parametrize("text, span", [
    ("Wij voeren een onderzoek uit naar uw inkomen.", "voeren een onderzoek uit"),
    ("Wij hebben onderzoek verricht naar uw inkomen.", "onderzoek verricht"),
    ("De gemeente oefent controle uit op de bouw.", "oefent controle uit"),
    ("De rechter zal een oordeel vellen over de zaak.", "oordeel vellen"),
    ("De wethouder heeft goedkeuring verleend aan het plan.", "goedkeuring verleend"),
    ("U kunt uiting geven aan uw mening.", "uiting geven aan"),
    ("Wij geven bekendheid aan het besluit.", "geven bekendheid aan"),
    ("Wij zijn tot overeenstemming gekomen.", "tot overeenstemming gekomen"),
    ("Wij maken een beoordeling van uw situatie.", "maken een beoordeling"),
    ("Wij spreken de hoop uit dat u tevreden bent.", "spreken de hoop uit"),
    ("Wij brengen dit graag onder uw aandacht.", "brengen dit graag onder uw aandacht"),
    ("De commissie brengt advies uit aan de burgemeester.", "brengt advies uit"),
    ("De raad heeft goedkeuring gehecht aan het plan.", "goedkeuring gehecht aan"),
    ("Uw brief geeft aanleiding tot nieuw onderzoek.", "geeft aanleiding tot"),
])
def test_nominal_expressions_are_found(check, text, span):
    assert span in spans(check, text)


@pytest.mark.parametrize("text", [
    "De medewerker geeft u uitleg over de regels.",  # everyday: not listed
    "Wij hebben hoge verwachtingen van u.",
    "De stad biedt genoeg mogelijkheden om te sporten.",  # 'mogelijkheden' are chances here
    "Het onderzoek naar uw inkomen is klaar.",  # the noun alone
    "De aandacht van de lezer is kort.",
    # REVIEW5-miss 3: "in bewaring nemen" of a person is detention, no 'bewaren' (entry dropped)
    "De vreemdeling wordt in bewaring genomen.",
    "De politie heeft de verdachte in bewaring genomen.",
])
def test_everyday_nouns_are_not_nominal_style(check, text):
    assert not any(f.category == "nominalisation" for f in dd103(check, text)), spans(check, text)


def test_no_aanleiding_is_no_leiden_tot(check):
    # REVIEW5-miss note 4: "Dit leidt niet tot zorg" is not "there is no reason to worry"
    found = [f for f in dd103(check, "Dit geeft geen aanleiding tot zorg.") if "aanleiding" in f.text]
    assert found and "'reden zijn voor'" in found[0].message, spans(check, "Dit geeft geen aanleiding tot zorg.")


@pytest.mark.parametrize("text, span, proposal", [
    ("Uit oogpunt van veiligheid is de weg dicht.", "Uit oogpunt van", "Voor"),
    ("Vanuit het oogpunt van de bewoner is dit een goed plan.", "Vanuit het oogpunt van", "Voor"),
])
def test_officialese_prepositions(check, text, span, proposal):
    found = [f for f in dd103(check, text) if f.text == span]
    assert found and found[0].suggestions[0] == proposal


def test_na_afloop_van_only_for_a_term(check):
    # REVIEW5-miss note 6: everyday after an event; stiff after a date or term (harvest-gov A, judged klopt)
    text = "Na afloop van de termijn sturen wij u een brief."
    found = [f for f in dd103(check, text) if f.text == "Na afloop van"]
    assert found and found[0].suggestions[0] == "Na", spans(check, text)


def test_a_perspective_is_no_cause(check):
    # REVIEW5-miss note 5: "Vanwege de bewoner is dit een goed plan" changes the meaning
    text = "Vanuit het oogpunt van de bewoner is dit een goed plan."
    assert not any("Vanwege" in f.suggestions for f in dd103(check, text)), spans(check, text)


def test_vooraleer_is_found(check):
    assert "Vooraleer" in spans(check, "Vooraleer u het formulier opstuurt, moet u het tekenen.")


@pytest.mark.parametrize("text", [
    "De wedstrijd liep na afloop nog lang door.",  # 'na afloop' without 'van'
    "Het oogpunt is laag.",
    # REVIEW5-miss note 6: "na afloop van" is everyday Dutch (entry dropped)
    "Na afloop van de vergadering is er koffie.",
    "Na afloop van het gesprek krijgt u een formulier.",
])
def test_officialese_prepositions_not_without_their_words(check, text):
    assert not any("afloop" in f.text or "oogpunt" in f.text for f in dd103(check, text)), spans(check, text)


def test_zich_voordoen_in_a_main_clause_is_still_found_once(check):
    # 'voor' hangs on 'doet' as a particle or a preposition, by the parse: one finding either way
    found = [f for f in dd103(check, "Er doet zich een fout voor.") if "doet" in f.text]
    assert len(found) == 1


# --- a split "erop": "er" and its preposition with adverbs between ---

@pytest.mark.parametrize("text, span", [
    ("Wij wijzen u er nogmaals op dat u moet betalen.", "wijzen u er nogmaals op"),
    ("Wij wijzen er ook op dat de termijn verloopt.", "wijzen er ook op"),
    ("Wij wijzen u erop dat u moet betalen.", "wijzen u erop"),  # not split: as before
])
def test_split_erop_is_found_with_its_preposition(check, text, span):
    assert span in spans(check, text)


@pytest.mark.parametrize("text", [
    "De borden wijzen er de weg op.",  # 'op' has no 'er' of its own: 'de weg' stands between
    "Er wijzen twee pijlen op de kaart.",
    "Wij wijzen u op de regels.",
])
def test_no_split_erop_where_op_has_its_own_noun(check, text):
    assert not any("wijzen" in f.text for f in dd103(check, text)), spans(check, text)


def test_split_er_keys(nlp):
    from duidelijk.phrases import split_er

    doc = nlp("Wij wijzen u er nogmaals op dat u moet betalen.")
    assert {doc[i].text: (prep, doc[j].text) for i, (prep, j) in split_er(doc).items()} == {"er": ("op", "op")}
    doc = nlp("Er staat nog veel op de lijst.")  # 'op' with a noun of its own
    assert not split_er(doc)


def test_a_verb_taken_for_a_noun_keeps_its_loose_particle(check):
    # the tagger reads 'licht' as the noun; the subject 'ik' right after it shows it is the verb
    found = [f for f in dd103(check, "De reden(en) licht ik hieronder toe.") if f.text == "licht"]
    assert found and "'licht ... toe'" in found[0].message and found[0].suggestions == []


@pytest.mark.parametrize("text", [
    "Het licht gaat aan.",  # the noun, no subject pronoun after it
    "Doe het licht uit als u weggaat.",
])
def test_the_noun_licht_is_not_toelichten(check, text):
    assert not any(f.text.lower() == "licht" for f in dd103(check, text)), spans(check, text)


def test_bijschrijven_only_for_money(check):
    # the loose particle made "Schrijf er een beter woord bij" the banking 'bijschrijven'
    assert not any(f.text == "Schrijf" for f in dd103(check, "Schrijf er een beter woord bij."))
    assert not any(f.text == "Schrijf" for f in dd103(
        check, "Keurt u het goed? Dan meldt duidelijk het woord voortaan wel. Schrijf er een beter woord bij."))
    assert any(f.text == "schrijven" for f in dd103(check, "Wij schrijven het bedrag bij op uw rekening."))


@pytest.mark.parametrize("text", [
    # REVIEW5-miss 12: the unsplit "erop vertrouwen" is never negated; 'hopen' would flip the
    # meaning. Since the fourteenth session DD103 holds back that entry itself (read-through 13b
    # item 4: "Wij wijzen u er niet op" is still 'laten weten', tests/test_constructions.py)
    "Wij vertrouwen er niet op dat u betaalt.",
    "Ik vertrouw er niet op dat het lukt.",
    "Wij vertrouwen er helemaal niet op.",
    "Wij rekenen er nooit op dat het lukt.",
])
def test_a_negation_stops_the_split_erop(check, text):
    assert not any(" er " in f" {f.text} " and "op" in f.text.split() for f in dd103(check, text)), spans(check, text)


def test_a_negation_keeps_the_split_er_keys(nlp):
    from duidelijk.phrases import split_er

    assert split_er(nlp("Wij wijzen u er niet nogmaals op dat u moet betalen."))
    assert split_er(nlp("Wij vertrouwen er graag op dat u betaalt."))


@pytest.mark.parametrize("text", [
    # REVIEW5-miss 13: with a thing as subject "erop wijzen" means 'indicate', no 'laten weten'
    "Alles wijst er nu op dat de kosten stijgen.",
    "Alles wijst er helaas op dat de kosten stijgen.",
    "De cijfers wijzen er duidelijk op dat het beter gaat.",
    "De pijlen wijzen er duidelijk op.",
    "Alles wijst erop dat de kosten stijgen.",  # the unsplit form too
])
def test_erop_wijzen_as_indicate_is_not_found(check, text):
    assert not any("wij" in f.text.lower() for f in dd103(check, text)), spans(check, text)


@pytest.mark.parametrize("text, span", [
    ("De gemeente wijst u er nogmaals op dat u moet betalen.", "wijst u er nogmaals op"),
    ("Wij willen u erop wijzen dat de termijn verloopt.", "erop wijzen"),
])
def test_erop_wijzen_with_a_person_is_still_found(check, text, span):
    assert span in spans(check, text)


@pytest.mark.parametrize("text", [
    # REVIEW5-miss 17: on a form, 'write next to it', no money paid in
    "Schrijf er het bedrag bij.",
    "Schrijf er ook het bedrag bij, dan kunnen wij het controleren.",
    "Schrijf het bedrag erbij.",
])
def test_bijschrijven_on_a_form_is_not_banking(check, text):
    assert not any("storten" in f.message for f in dd103(check, text)), spans(check, text)


def test_bijschrijven_by_the_office_is_still_banking(check):
    text = "Wij schrijven het bedrag binnen vijf dagen bij."
    assert any("storten" in f.message for f in dd103(check, text)), spans(check, text)


@pytest.mark.parametrize("text", [
    # REVIEW5-miss 18: "dit" points back to the money in the sentence before
    "U krijgt 120 euro terug. Wij schrijven dit binnen vijf dagen bij.",
    "Wij schrijven € 120 bij.",
])
def test_bijschrijven_money_before_or_as_a_sign(check, text):
    assert any("storten" in f.message for f in dd103(check, text)), spans(check, text)


def test_bijschrijven_no_money_before_is_no_banking(check):
    text = "U woont hier. Wij schrijven dit bij in het register."
    assert not any("storten" in f.message for f in dd103(check, text)), spans(check, text)


def test_het_niet_tijdig_says_what_is_denied(check):
    text = "Door het niet tijdig betalen loopt u een boete op."
    assert any("'niet tijdig betalen'" in f.message for f in dd103(check, text)), spans(check, text)


@pytest.mark.parametrize("text, found", [
    # read-through 13, seen on the way: 'om niet' + 'te' + an infinitive is a purpose clause
    # denied, not 'gratis'
    ("Het niet ontvangen van de brief is geen reden om niet te betalen.", False),
    ("Wij vragen u om niet meer te bellen.", False),
    ("U krijgt de folder om niet.", True),
    ("De stukken worden om niet verstrekt.", True),
])
def test_om_niet_is_gratis_only_without_te(check, text, found):
    assert ("om niet" in spans(check, text)) is found, spans(check, text)
