"""Issue 13, part 2: DD103 offers a replacement only when it fits the sentence as it stands
(form, number, gender, word class, word order, meaning); otherwise it explains without one."""

import pytest

from conftest import codes


# the setting 'mild' on: the proposals of the list's mild words ("telefonisch", "locatie")
# must fit as well when a user asks for them (tests/test_jargon_mild.py: off by default)
MILD = {"DD103": {"mild": True}}


def jargon(check, text, word):
    return [f for f in codes(check(text, select="DD103", rules=MILD), "DD103") if f.text == word]


# --- a plural the lemmatizer left as it was matches its singular entry ---------------------
@pytest.mark.parametrize("text, word, proposals", [
    ("U kunt de randvoorwaarden lezen op onze website.", "randvoorwaarden", ["voorwaarden"]),
    ("De randvoorwaarde is dat u in de gemeente woont.", "randvoorwaarde", ["voorwaarde"]),
])
def test_plural_matches_its_singular_entry_and_gets_the_plural(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


def test_plural_key_only_for_nouns(check):
    # "voorwaarden" is an everyday plural: no list entry, no finding
    assert not codes(check("U leest de voorwaarden op onze website.", select="DD103"), "DD103")


def test_plural_of_an_alternative():
    from duidelijk.rules.jargon import _tag_plural

    assert _tag_plural(None, "voorwaarde") == "voorwaarden"
    assert _tag_plural(None, "contactpersoon") == "contactpersonen"  # the plural of its head
    assert _tag_plural(None, "mogelijkheid") == "mogelijkheden"
    assert _tag_plural(None, "steun") == ""  # "steunen" is a verb
    assert _tag_plural(None, "hulp") == ""  # "hulpen" nobody writes


# --- gender: the words around the noun must fit the alternative ------------------------------
@pytest.mark.parametrize("text, word", [
    ("Een belangrijke toepassing is de bouw van huizen.", "toepassing"),  # no "een belangrijke gebruik"
    ("Dit is een belangrijk verzoek.", "verzoek"),  # no "een belangrijk vraag"
    ("Wij hebben uw schriftelijk verzoek ontvangen.", "verzoek"),  # no "uw schriftelijk vraag"
    ("Het schriftelijke verzoek is ontvangen.", "verzoek"),  # no article swap over an adjective
    ("Het verzoek dat u ons stuurde, is afgewezen.", "verzoek"),  # no "de vraag dat"
    ("U krijgt een nieuwe beschikking.", "beschikking"),  # no "een nieuwe besluit"
])
def test_no_replacement_when_the_gender_around_it_does_not_fit(check, text, word):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == []
    assert "Kies een gewoon woord" in f[0].message


@pytest.mark.parametrize("text, word, proposals", [
    ("Wij hebben uw verzoek ontvangen.", "verzoek", ["vraag"]),
    ("U krijgt een beschikking.", "beschikking", ["besluit"]),
    ("Het verzoek is binnen.", "Het verzoek", ["De vraag"]),
    ("U krijgt de beschikking per post.", "de beschikking", ["het besluit"]),
    # fix44a: no "ons vraag" or "elk vraag", the word before in the new noun's gender
    ("Wij hebben ons verzoek aan de provincie gestuurd.", "ons verzoek", ["onze vraag"]),
    ("Elk verzoek wordt apart bekeken.", "Elk verzoek", ["Elke vraag"]),
])
def test_replacement_when_the_gender_fits_or_the_article_changes_with_it(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


def test_adjective_before_a_noun_after_a_determiner_is_no_noun(check):
    # "uw per brief verzoek" is no Dutch
    f = jargon(check, "Wij hebben uw schriftelijk verzoek ontvangen.", "schriftelijk")
    assert f and f[0].suggestions == []
    f = jargon(check, "U kunt schriftelijk reageren.", "schriftelijk")
    assert f and f[0].suggestions and f[0].suggestions[0] == "per brief"


# --- "Gelieve ... te <verb>" becomes an instruction ------------------------------------------
@pytest.mark.parametrize("text, span, proposal", [
    ("Gelieve het formulier vóór 1 mei terug te sturen.", "Gelieve het formulier vóór 1 mei terug te sturen",
     "Stuur het formulier vóór 1 mei terug"),
    ("Gelieve contact op te nemen met de afdeling Burgerzaken.", "Gelieve contact op te nemen", "Neem contact op"),
    ("Gelieve niet te roken in het gebouw.", "Gelieve niet te roken", "Rook niet"),
    ("Gelieve u te melden bij de balie.", "Gelieve u te melden", "Meld u"),
    ("Gelieve te betalen bij de kassa.", "Gelieve te betalen", "Betaal"),
    ("Gelieve geduld te hebben.", "Gelieve geduld te hebben", "Heb geduld"),
    ("Gelieve er zorg voor te dragen dat alles klopt.", "Gelieve er zorg voor te dragen", "Draag er zorg voor"),
    ("Gelieve er voor te zorgen dat alles klopt.", "Gelieve er voor te zorgen", "Zorg er voor"),  # no "Voorzorg"
])
def test_gelieve_becomes_an_instruction(check, text, span, proposal):
    f = jargon(check, text, span)
    assert f and f[0].suggestions == [proposal]
    assert "Gelieve" in f[0].message and proposal.split()[0] in f[0].message


@pytest.mark.parametrize("text", [
    "Voor vragen gelieve contact op te nemen met ons.",  # not at the start: the sentence must change
    "Gelieve.",  # no verb
])
def test_gelieve_without_a_rewrite(check, text):
    f = [f for f in codes(check(text, select="DD103"), "DD103") if f.text.lower().startswith("gelieve")]
    assert f and f[0].suggestions == []


def test_imperative():
    from duidelijk.rules.jargon import imperative

    assert imperative("sturen") == "stuur"
    assert imperative("melden") == "meld"
    assert imperative("zijn") == "wees"
    assert imperative("kunnen") == ""  # no instruction with a modal verb


# --- word class, word order and sense: explain instead of a wrong replacement ----------------
@pytest.mark.parametrize("text, word", [
    ("U bent woonachtig in Amsterdam.", "woonachtig"),  # no "U bent die woont in", no "U bent wonen"
    ("Personen woonachtig in de gemeente kunnen meedoen.", "woonachtig"),  # no "Personen die woont in"
    ("Uw aanvraag is toegekend.", "toegekend"),  # a request is granted, not given
    ("Wij hebben uw verzoek toegekend.", "toegekend"),
    ("Ook weigerde men deel te nemen aan de nota bene door Wilson zelf opgerichte Volkenbond.", "nota bene"),
    ("Het college mag een last onder dwangsom opleggen aan de eigenaar.", "last onder dwangsom"),
    ("Wij handhaven ons besluit.", "handhaven"),  # uphold, not "controleren"
    ("De procedure duurt acht weken.", "procedure"),  # the legal procedure is no "manier"
    ("Het college is bevoegd om een boete op te leggen.", "bevoegd"),
    ("De gemeenteraad heeft het bestemmingsplan vastgesteld.", "vastgesteld"),  # adopt, not "bepaald"
    ("Er zijn goede voorzieningen in de wijk.", "voorzieningen"),  # facilities, not "regelingen"
    ("Lees de richtlijnen voor het gebruik van foto's.", "richtlijnen"),  # guidelines are no rules
    ("Het duurde gedurende enkele kwartieren.", "gedurende"),  # a length of time: no "tijdens"
])
def test_explained_without_a_replacement_that_does_not_fit(check, text, word):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == []


@pytest.mark.parametrize("text, word, proposals", [
    ("Het perceel gelegen aan de Dorpsstraat is verkocht.", "gelegen", ["die ligt"]),  # after a singular noun
    ("Wij hebben u een uitkering toegekend.", "toegekend", ["gegeven"]),
    ("Nota bene: het loket is dicht.", "Nota bene", ["Let op"]),
    ("U krijgt een last onder dwangsom.", "last onder dwangsom", ["opdracht met een boete als u het niet doet"]),
    ("Gedurende de verbouwing is het loket gesloten.", "Gedurende", ["Tijdens", "In"]),
    ("De weg is wegens werkzaamheden afgesloten.", "wegens", ["vanwege", "door"]),  # "door" reads as the agent
    ("Wij komen, alhoewel het laat is.", "alhoewel", ["hoewel", "ook al"]),  # the same word order
    ("Dit is primair bedoeld voor ouderen.", "primair", ["vooral", "eerst"]),
    ("In principe krijgt u binnen acht weken een besluit.", "In principe", ["Normaal gesproken", "Meestal"]),
])
def test_replacement_where_it_fits_as_it_stands(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


def test_aldus_after_a_quotation_means_says(check):
    f = jargon(check, "De kosten worden vergoed, aldus de wethouder.", "aldus")
    assert f and f[0].suggestions == [] and "'zegt'" in f[0].message
    f = jargon(check, "Aldus besloten in de vergadering van het college.", "Aldus")
    assert f and f[0].suggestions == ["Zo", "Dus"]


def test_length_of_time_gets_the_worked_example(check):
    f = jargon(check, "Gedurende drie weken kunt u bezwaar maken.", "Gedurende")
    assert f and f[0].suggestions == [] and "een week lang" in f[0].message


def test_particle_verb_without_replacement_when_the_list_says_so(check):
    f = jargon(check, "Zij vragen ons de reden aan te geven.", "aan te geven")
    assert f and f[0].suggestions == [] and "zeggen" in f[0].message
    f = jargon(check, "Hij probeert uw gegevens na te gaan.", "na te gaan")
    assert f and f[0].suggestions  # an entry without '-' still gets its proposal


@pytest.mark.parametrize("text, word, proposal", [
    ("Uw leidinggevende heeft aangegeven dat u ziek bent.", "aangegeven", "gezegd"),
    ("U kunt op het formulier aangeven of u mee wilt doen.", "aangeven", "zeggen"),
])
def test_aangeven_is_zeggen_only_before_what_is_said(check, text, word, proposal):
    f = jargon(check, text, word)
    assert f and (f[0].suggestions[:1] == [proposal] if proposal else f[0].suggestions == [])


def test_aangeven_of_a_thing_is_no_finding(check):
    # what a thing shows is ordinary Dutch (rules31c; as 'erop wijzen' with a thing as subject)
    assert not jargon(check, "De klok moet de juiste tijd aangeven.", "aangeven")


@pytest.mark.parametrize("text, word", [
    ("Dit is een integrale aanpak van de problemen.", "integrale aanpak"),  # a noun is no "alles samen aanpakken"
    ("De houder is verantwoordelijk voor de naleving van de voorschriften.", "naleving"),  # no "de zich houden aan"
    ("Ondernemers kunnen een ontheffing aanvragen voor de venstertijden.", "ontheffing"),  # "... te volgen aanvragen"
    ("De gemeente stimuleert het gebruik van de fiets.", "stimuleert"),  # no "helpt het gebruik"
    ("Wij realiseren 500 nieuwe woningen in Noord.", "realiseren"),  # build, achieve, make: it depends
])
def test_no_replacement_that_needs_the_sentence_rewritten(check, text, word):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == []


def test_conjunction_never_replaces_a_preposition_before_a_noun(check):
    # (not 'Gelet op het bovenstaande': that whole phrase is listed, 'Daarom', rules33e)
    f = jargon(check, "Gelet op uw inkomen wijzen wij uw aanvraag af.", "Gelet op")
    assert f and "Omdat" not in f[0].suggestions and f[0].suggestions[0] == "Door"
    f = jargon(check, "Indien u vragen heeft, belt u ons.", "Indien")
    assert f and f[0].suggestions == ["Als"]  # a conjunction for a conjunction


def test_nota_is_a_bill_only_where_it_is_about_paying(check):
    assert not jargon(check, "De nota bevat de kaders voor het nieuwe beleid.", "nota")
    f = jargon(check, "U kunt de nota betalen binnen dertig dagen.", "nota")
    assert f and f[0].suggestions == ["rekening"]


def test_als_as_a_preposition_still_replaces_one(check):
    text = "U ontvangt deze e-mail ter bevestiging van uw aanvraag."
    f = jargon(check, text, "ter bevestiging van")
    assert f and f[0].suggestions == ["als bevestiging van"]


def test_plural_alternative_that_is_also_a_verb_form(check):
    f = jargon(check, "Gedeeltes van de weg zijn dicht.", "Gedeeltes")
    assert f and f[0].suggestions == ["Delen"]  # "delen" is also a verb, here the plural of "deel"


@pytest.mark.parametrize("text, word, proposals", [
    ("Dit geldt voor de gehele gemeente.", "gehele", ["hele"]),  # never the non-word "heele"
    # "verblijven" is also a short stay ("in het buitenland verblijft"): "woont" is no replacement
    ("U verblijft in de opvang.", "verblijft", []),
    ("Het verblijf in de opvang duurt kort.", "verblijf", []),  # the noun is no "het wonen"
    ("U moet de benodigde bescheiden meesturen.", "bescheiden", ["papieren", "documenten"]),
])
def test_form_and_word_class_of_the_alternative(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


@pytest.mark.parametrize("text, word", [
    ("Ukawa is de nummer acht.", "acht"),  # a number, no form of "achten"
    ("Het was een bescheiden bijdrage.", "bescheiden"),  # the adjective: modest
    ("Het publiek klapte luid.", "luid"),  # loud, no form of "luiden"
])
def test_other_word_class_is_no_match(check, text, word):
    assert not jargon(check, text, word)


def test_acht_as_a_verb_is_still_found(check):
    f = jargon(check, "De gemeente acht het niet nodig.", "acht")
    assert f and f[0].suggestions == ["vindt"]  # not "denkt": "De gemeente denkt het niet nodig" is no Dutch


def test_first_person_gets_the_stem_not_the_third_person(check):
    # "Dit vind ik", not "Dit vindt ik"
    f = jargon(check, "Dit acht ik niet nodig.", "acht")
    assert f and f[0].suggestions[:1] == ["vind"]


def test_achten_with_what_it_deems_gets_vinden_only(check):
    # "Ik denk het niet nodig" is no Dutch: "achten" is "vinden" (REVIEW1 #10)
    f = jargon(check, "Ik acht het niet nodig om u te horen.", "acht")
    assert f and f[0].suggestions == ["vind"]


# --- a bare stem gets the stem of the alternative: the form of "ik" and the imperative --------
@pytest.mark.parametrize("text, word, proposal", [
    # the tagger calls "verleen" a plural (it ends in "-en"): it is the stem of "verlenen"
    ("Namens het kabinet verleen ik u hierbij de financiële ondersteuning.", "verleen", "geef"),
    # the tagger calls "Vermeld" a participle: at the start without a subject it is the imperative
    ("Vermeld in de melding uw zaaknummer.", "Vermeld", "Noem"),
    ("Vermeld uw naam en adres.", "Vermeld", "Noem"),
    ("Verstrek ons uw gegevens.", "Verstrek", "Geef"),
    ("Ik verzoek u om de gegevens te sturen.", "verzoek", "vraag"),
    # an order in a list item: the bullet or number is no subject (REVIEW1 #10)
    ("- Vermeld uw naam en adres.", "Vermeld", "Noem"),
    ("1. Vermeld uw naam en adres.", "Vermeld", "Noem"),
    ("- Ik verstrek de gegevens.", "verstrek", "geef"),
    # after a bullet, a letter or a number in brackets too, and at the start of a paragraph
    # where the tagger reads the verb as a name (REVIEW3 #11)
    ("Stuur ons de volgende stukken:\n• Verstrek een kopie van uw paspoort.", "Verstrek", "Geef"),
    ("Stuur ons de volgende stukken:\na) Verstrek een kopie van uw paspoort.", "Verstrek", "Geef"),
    ("Stuur ons de volgende stukken:\n(1) Verstrek een kopie van uw paspoort.", "Verstrek", "Geef"),
    ("Wij hebben uw brief ontvangen.\n\nVerstrek een kopie van uw paspoort.", "Verstrek", "Geef"),
    ("Stuur ons de volgende stukken:\n• Wij verstrekken de gegevens.", "verstrekken", "geven"),
])
def test_bare_stem_gets_the_stem_of_the_alternative(check, text, word, proposal):
    f = jargon(check, text, word)
    assert f and f[0].suggestions[:1] == [proposal]


@pytest.mark.parametrize("text, word, proposal", [
    ("Wij verlenen u de subsidie.", "verlenen", "geven"),  # plural: the infinitive form
    ("De gemeente verleent u de subsidie.", "verleent", "geeft"),  # third person
    ("Wij hebben uw naam vermeld.", "vermeld", "genoemd"),  # participle with its auxiliary
    ("Hierbij deel ik u mede dat de vergunning is verleend.", "verleend", "gegeven"),
])
def test_other_forms_keep_their_own_form(check, text, word, proposal):
    f = jargon(check, text, word)
    assert f and f[0].suggestions[:1] == [proposal]


def test_list_mark_does_not_make_a_third_person_an_order(check):
    f = jargon(check, "- Verstrekt de gemeente de gegevens?", "Verstrekt")
    assert f and f[0].suggestions[:1] == ["Geeft"]


def test_no_stem_of_a_particle_verb(check):
    # "opschrijven" has no imperative "Opschrijf": its particle goes to the end of the clause
    f = jargon(check, "Vermeld uw naam en adres.", "Vermeld")
    assert f and "Opschrijf" not in f[0].suggestions and all(" " not in s for s in f[0].suggestions)


def test_stem_form():
    from duidelijk.rules.jargon import stem_form

    assert stem_form("verleen") and stem_form("vermeld") and stem_form("acht")
    assert not stem_form("verstrekt")  # the third person of "verstrekken"
    assert not stem_form("verlenen") and not stem_form("geeft")  # the infinitive; the third person of "geven"


def test_participle_phrase_only_after_a_noun(check):
    # "ten laste komen van", its verb first in a main clause: explained, no replacement
    f = jargon(check, "De kosten komen ten laste van de aanvrager.", "komen ten laste van")
    assert f and f[0].suggestions == []
    f = jargon(check, "Alle kosten ten laste van de aanvrager staan in de bijlage.", "ten laste van")
    assert f and f[0].suggestions[:1] == ["betaald door"]


# --- audit of the list (2026-12-02): a replacement only where it is right in every sense ------
def first(check, text, word):
    f = jargon(check, text, word)
    assert f, f"no finding on {word!r}"
    return f[0].suggestions[0] if f[0].suggestions else None


@pytest.mark.parametrize("text, word, proposal", [
    # "slechts" at the start is "alleen"; "Maar Barros kwam ..." would mean "but"
    ("Slechts Barros kwam bij hen in de buurt.", "Slechts", "Alleen"),
    ("U kunt het bedrag voldoen via de bank.", "voldoen", "betalen"),  # a payment: "voldoen" is "betalen"
    ("U wordt opgeroepen voor een gesprek.", "opgeroepen", "uitgenodigd"),
    ("Wij bezien uw aanvraag opnieuw.", "bezien", "bekijken"),
    ("De kosten bedragen 50 euro.", "bedragen", "zijn"),
    ("De hoogte wordt vastgesteld op 40 euro.", "vastgesteld", "bepaald"),
    ("U kunt telefonisch reageren.", "telefonisch", "per telefoon"),  # an adverb: the phrase fits
    # an alternative with a preposition still replaces an expression that ends in one
    ("Wij refereren aan uw brief van 3 mei.", "refereren aan", "verwijzen naar"),
    ("Deze zaak moet uiterlijk morgen zijn afgehandeld.", "afgehandeld", "geregeld"),  # a task is done
    # a capital after a bracket or quote starts a title: the alternative keeps it
    ('Zijn lezing ("Aangaande de wiskunde") is bekend.', "Aangaande", "Over"),
    ("Het gaat om de strekking van de brief.", "strekking", "bedoeling"),
])
def test_replacement_kept_where_it_is_right(check, text, word, proposal):
    assert first(check, text, word) == proposal


@pytest.mark.parametrize("text, word", [
    # another sense: "vastgesteld" is not always "bepaald" (a fact found, not a measure set)
    ("De schade is vastgesteld door een deskundige.", "vastgesteld"),
    # the object stands before the verb: "het beleid doorgaan met" is no Dutch
    ("Wij willen het beleid voortzetten.", "voortzetten"),
    ("U moet de regels in acht nemen.", "in acht nemen"),
    # a request "afgehandeld" is decided, also when refused: "geregeld" says it went well
    ("Uw aanvraag is afgehandeld.", "afgehandeld"),
    ("Wij vragen u om uw bezwaar snel af te handelen.", "af te handelen"),
    # an adjective before the noun: "de gemeentelijke nieuwe indeling" is no Dutch
    ("Na de gemeentelijke herinrichting gaat alles anders.", "herinrichting"),
    # "Dit is geldt niet" and "Wij laten u weten over" are no Dutch
    ("Dit is niet van toepassing.", "niet van toepassing"),
    ("Wij informeren u over de uitkomst.", "informeren"),
    # "u" is not always the reader: "De appellant heeft" is no "De u heeft"
    ("De appellant heeft beroep ingesteld.", "appellant"),
    # an adjective before a noun: "uw per brief reactie" is no Dutch
    ("Wij hebben uw schriftelijke reactie ontvangen.", "schriftelijke"),
    ("Het veelvuldig gebruik van de bus helpt.", "veelvuldig"),
    # "de akte" is no "de officieel papier"
    ("U krijgt de akte van de notaris.", "akte"),
    ("Een dergelijke aanvraag duurt lang.", "dergelijke"),
])
def test_explained_without_replacement_where_it_can_be_wrong(check, text, word):
    assert first(check, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("Door blikseminslag zijn veertien mensen gewond geraakt.", "geraakt"),  # "raken", no "geraken"
    ("Hij is zijn sleutels kwijtgeraakt.", "kwijtgeraakt"),
    ("Het systeem voldoet niet.", "voldoet"),  # "voldoen" without a payment: "is goed genoeg"
    ("Mochten zij niet aan de voorwaarden voor de organisatie kunnen voldoen, dan stopt het.", "voldoen"),
    ("Dat valt nog te bezien.", "bezien"),  # "remains to be seen"
    ("Wij roepen iedereen op tot kalmte.", "roepen"),
    ("Wij overleggen met de buren.", "overleggen"),  # to consult, not to hand over
    ("De melk gaat naar een fabriek voor verdere verwerking.", "verwerking"),
    ("De bedragen staan op de rekening.", "bedragen"),  # the noun, not the verb
    ("Hij schreef iets van die strekking.", "strekking"),  # "to that effect", no "bedoeling"
])
def test_other_sense_is_no_finding(check, text, word):
    assert not jargon(check, text, word)


def test_infinitive_geraken_still_found(check):
    assert jargon(check, "Zo kan hij in moeilijkheden geraken.", "geraken")


@pytest.mark.parametrize("text, word, shown", [
    # the worked example only where it fits: the same voice and the words that give its sense
    ("Wij laten uw aanvraag buiten behandeling.", "laten uw aanvraag buiten behandeling", True),
    ("Uw aanvraag wordt buiten behandeling gelaten.", "buiten behandeling gelaten", False),
    ("Het betreft een maatregel van de gemeente.", "betreft", True),
    ("Het betreft uw aanvraag.", "betreft", False),
    ("Wij handhaven ons besluit.", "handhaven", True),
    ("De politie handhaaft de regels in de wijk.", "handhaaft", False),
])
def test_worked_example_only_where_it_fits(check, text, word, shown):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == [] and ("Voorbeeld:" in f[0].message) == shown


@pytest.mark.parametrize("text, word, other", [
    ("Uw aanvraag is toegekend.", "toegekend", "geven"),  # approved, not given
    ("De schade is vastgesteld door een deskundige.", "vastgesteld", "bepalen"),  # found, not set
    ("Uw aanvraag is afgehandeld.", "afgehandeld", "regelen"),
])
def test_no_hint_in_the_other_sense(check, text, word, other):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == [] and other not in f[0].message


def test_advice_of_the_list_in_every_sentence(check):
    f = jargon(check, "Hierbij sturen wij u de brief.", "Hierbij")
    assert f and "Vaak kunt u het weglaten" in f[0].message


@pytest.mark.parametrize("text, word, proposal", [
    # with "krijgen" the giving is said already: "krijgt een woning gegeven" is no plain Dutch
    ("U krijgt een woning toegewezen.", "toegewezen", None),
    ("U krijgt de pas verstrekt.", "verstrekt", None),
    ("Wij hebben u een woning toegewezen.", "toegewezen", "gegeven"),
    ("Wij verstrekken u de pas.", "verstrekken", "geven"),
])
def test_no_geven_after_krijgen(check, text, word, proposal):
    assert first(check, text, word) == proposal


# --- a participle without -e right before its noun: the alternative takes the -e the noun needs
@pytest.mark.parametrize("text, word, proposals", [
    ("Wij hebben de door u verzonden formulieren bekeken.", "verzonden", ["gestuurde", "verstuurde"]),  # plural
    ("Dit is een door de bank verzonden bericht.", "verzonden", ["gestuurd", "verstuurd"]),  # een + het-word
    ("Het eerder verzonden bericht kunt u vergeten.", "verzonden", ["gestuurde", "verstuurde"]),  # het + het-word
    ("Wij hebben het formulier gisteren verzonden.", "verzonden", ["gestuurd", "verstuurd"]),  # no noun after it
    ("De nog te verzenden formulieren liggen klaar.", "verzenden", ["sturen", "versturen"]),  # an infinitive
])
def test_strong_participle_before_a_noun_gets_the_alternatives_form(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


def test_expression_ending_in_its_own_word_keeps_that_words_form(check):
    f = jargon(check, "Wij betalen het onverschuldigd betaalde geld terug.", "onverschuldigd betaalde")
    assert f and f[0].suggestions == ["te veel betaalde"]
    f = jargon(check, "Het bedrag is onverschuldigd betaald.", "onverschuldigd betaald")
    assert f and f[0].suggestions == ["te veel betaald"]


# --- an adjective + noun entry: its alternatives take the determiner's gender, or their own --
def test_adjective_noun_entry_brings_its_own_determiner(check):
    text = "De taxateur heeft de onroerende zaak aan de Kerkweg bekeken."
    f = [f for f in codes(check(text, select="DD103"), "DD103") if "zaak" in f.text]
    assert f and f[0].text == "de onroerende zaak"
    assert f[0].suggestions == ["het huis", "het gebouw", "de grond"]  # no "de huis"


@pytest.mark.parametrize("text, word, proposals", [
    ("Dit is een onroerende zaak.", "onroerende zaak", ["huis", "gebouw", "grond"]),  # "een": both genders
    ("Wij bekijken de onroerende zaak die u verhuurt.", "onroerende zaak", ["grond"]),  # "die" stays
])
def test_adjective_noun_entry_without_a_determiner_to_change(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


def test_te_infinitive_of_an_expression_gets_te_in_its_alternative(check):
    f = jargon(check, "De regel lijkt van toepassing te zijn.", "van toepassing te zijn")
    assert f and f[0].suggestions[:1] == ["te gelden"]


@pytest.mark.parametrize("text, span, first", [
    ("Wij zijn van plan u in gebreke te stellen.", "in gebreke te stellen", "een laatste waarschuwing te sturen"),
    ("U krijgt de mogelijkheid de kosten in termijnen te betalen.", "in termijnen te betalen", "in delen te betalen"),
    ("Wij vragen u de gevolgen in ogenschouw te nemen.", "in ogenschouw te nemen", "te bekijken"),
])
def test_te_infinitive_alternative_has_te_before_its_last_verb(check, text, span, first):
    f = jargon(check, text, span)
    assert f and f[0].suggestions[:1] == [first]


def test_te_infinitive_of_an_expression_without_a_fitting_alternative_is_found_without_one(check):
    # "in aanmerking komen voor" has no alternative that fits as it stands ("-" in the list)
    f = jargon(check, "Om in aanmerking te komen voor bijzondere bijstand, vult u het formulier in.",
               "in aanmerking te komen voor")
    assert f and f[0].suggestions == []


def test_te_phrase():
    from duidelijk.rules.jargon import _te_phrase

    assert _te_phrase("recht hebben op") == "recht te hebben op"
    assert _te_phrase("kunnen krijgen") == "te kunnen krijgen"
    assert _te_phrase("uitvoeren") == ""  # "uit te voeren": the particle splits the word
    assert _te_phrase("voor") == ""
    # "te" goes before the infinitive that closes the group, not before a word in "-en" (REVIEW1 #8)
    assert _te_phrase("een laatste waarschuwing sturen") == "een laatste waarschuwing te sturen"
    assert _te_phrase("in delen betalen") == "in delen te betalen"
    assert _te_phrase("de kosten betalen") == "de kosten te betalen"
    assert _te_phrase("laten weten") == "te laten weten"
    # only the part before a clause or an infinitive with its own "te" (REVIEW3 #12)
    assert _te_phrase("laten weten dat we het hebben gekregen") == "te laten weten dat we het hebben gekregen"
    assert _te_phrase("vragen te komen") == "te vragen te komen"
    assert _te_phrase("vragen mee te denken") == "te vragen mee te denken"
    assert _te_phrase("we verwachten dat") == ""  # a subject of its own


@pytest.mark.parametrize("text, word, proposal", [
    # a verb with its auxiliary gets no word of another class ("heeft ... behalve")
    ("Het kabinet heeft de steun tijdelijk uitgezonderd voor deze toets.", "uitgezonderd", None),
    ("Deze kosten worden uitgezonderd.", "uitgezonderd", None),
    # the preposition sense keeps its alternative; a participle alternative fits a participle
    ("Alle dagen uitgezonderd de zondag is de winkel open.", "uitgezonderd", "behalve"),
    ("Wij hebben u daarover geïnformeerd.", "geïnformeerd", "op de hoogte gebracht"),
])
def test_no_other_word_class_for_a_verb_with_its_auxiliary(check, text, word, proposal):
    f = jargon(check, text, word)
    assert f and (f[0].suggestions[:1] or [None]) == [proposal]
