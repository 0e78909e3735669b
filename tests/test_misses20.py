"""Misses of the twentieth session (miss20): DD103 on causal 'daar' after a comma, on a
number written out inside a listed phrase ("op twee vlakken"), on the forms of 'innen'
("int", "geïnd"), on a listed noun before a preposition ("aanspraak op"), and entries by
class (formal adverbials with 'naar', legal tests, duties and decisions, formal verbs).
Own sentences, each kind with sentences that must stay."""

import pytest

LETTER = "Geachte mevrouw De Vries,\n\n{}\n\nWij helpen u graag."


def officialese(check, sentence):
    return [f for f in check(LETTER.format(sentence), select=["DD103"]).findings if f.code == "DD103"]


def texts(check, sentence):
    return [f.text for f in officialese(check, sentence)]


# --- 'daar' (because) after a comma -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "U krijgt een boete, daar u niet op tijd heeft betaald.",
    "Uw aanvraag is afgewezen, daar uw inkomen te hoog is.",
    "Wij kunnen u niet helpen, daar wij geen gegevens van u hebben.",
    "Het pakket ligt bij de buren, daar u niet thuis was.",
])
def test_daar_after_a_comma_is_because(check, sentence):
    found = [f for f in officialese(check, sentence) if f.text == "daar"]
    assert len(found) == 1
    assert "'omdat'" in found[0].message


@pytest.mark.parametrize("sentence", [
    "Wij hebben het huis bekeken, daar woont nu een ander gezin.",  # a place: the verb comes second
    "U kunt naar het loket gaan, daar helpen wij u verder.",
    "Wij waren bij de school, daar was het heel druk.",
    "Wij hebben het huis daar gezien.",
    "Daar staat de container.",
])
def test_daar_as_a_place_stays(check, sentence):
    assert "daar" not in [t.lower() for t in texts(check, sentence)]


@pytest.mark.parametrize("sentence", [
    "Wij helpen u, daar waar het nodig is.",  # 'daar waar': the place where, no reason
    "U kunt de zak buiten zetten, daar waar de andere zakken staan.",
    "U kunt de container zetten bij de stoep, daar waar u hem altijd zet.",
])
def test_daar_waar_after_a_comma_is_a_place(check, sentence):
    assert "daar" not in [t.lower() for t in texts(check, sentence)]


# --- a number written out inside a listed phrase ----------------------------------------

@pytest.mark.parametrize("sentence, span", [
    ("Het plan helpt op twee vlakken.", "op twee vlakken"),
    ("Op drie vlakken is verbetering nodig.", "Op drie vlakken"),
    ("De buurt gaat er op vier vlakken op vooruit.", "op vier vlakken"),
])
def test_vlakken_after_a_number(check, sentence, span):
    assert span in texts(check, sentence)


@pytest.mark.parametrize("sentence", [
    "Wij slaan acht pallets op in de loods.",  # 'acht' the number, no form of 'achten'
    "Het plan heeft twee vlakke daken.",
    "De kamer heeft twee vlakken van drie meter.",  # surfaces, no 'op'
])
def test_numbers_outside_a_listed_phrase_stay(check, sentence):
    assert not any("vlak" in t or t == "acht" for t in texts(check, sentence))


# --- the forms of 'innen' (a stem of two letters) ---------------------------------------

@pytest.mark.parametrize("sentence, span", [
    ("De gemeente int de belasting in twee delen.", "int"),
    ("Wij hebben het bedrag al geïnd.", "geïnd"),
    ("De gemeente inde vorig jaar te veel.", "inde"),
])
def test_forms_of_innen(check, sentence, span):
    assert span in texts(check, sentence)


def test_verb_forms_of_a_two_letter_stem():
    from duidelijk.verbs import verb_forms

    assert {"int", "inde", "geïnd"} <= verb_forms("innen")
    assert "in" not in verb_forms("innen")  # far more common: another word
    assert verb_forms("eten") == set()  # no stem 'et'
    assert verb_forms("appen") == set()  # a loan: the stem is 'app'


# --- a listed noun before a preposition -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "U heeft aanspraak op een vergoeding van de kosten.",
    "Uw partner heeft aanspraak op een deel van het geld.",
])
def test_aanspraak_as_object_before_op(check, sentence):
    assert "aanspraak" in texts(check, sentence)


@pytest.mark.parametrize("sentence", [
    "U moet uiterlijk op 1 maart betalen.",
    "Uiterlijk op 1 maart moet u betalen.",  # the tagger calls it a noun, the object
    "Uiterlijk op vrijdag 3 mei moet het formulier bij ons zijn.",
    "Uiterlijk binnen zes weken hoort u van ons.",
    "Uiterlijk in maart krijgt u bericht.",
    "Wij verzoeken u uiterlijk op 1 maart te betalen.",
    "Stuurt u ons uiterlijk op 1 maart het formulier?",
    "Wij verwachten uw reactie uiterlijk op 1 maart.",
    "Wij moeten uw bezwaar uiterlijk op 3 mei hebben ontvangen.",
    "U moet het formulier uiterlijk aan het eind van de maand terugsturen.",
])
def test_a_word_before_a_date_is_still_an_adverb(check, sentence):
    # "uiterlijk op 1 maart": 'uiterlijk' a time adverb, no noun (appearance)
    found = [f for f in officialese(check, sentence) if f.text.lower() == "uiterlijk"]
    assert len(found) == 1
    assert "op zijn laatst" in found[0].message.lower()


@pytest.mark.parametrize("sentence", [
    "Hij let op zijn uiterlijk.",
    "Zijn uiterlijk op de foto is anders.",
])
def test_uiterlijk_as_appearance_stays(check, sentence):
    assert texts(check, sentence) == []


# --- entries by class -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, plain", [
    ("De kosten worden naar evenredigheid verdeeld.", "naar evenredigheid", "naar verhouding"),
    ("Wij beslissen naar redelijkheid en billijkheid.", "naar redelijkheid en billijkheid", "eerlijk"),
    ("Naar het oordeel van de arts kunt u werken.", "Naar het oordeel van", "Volgens"),
    ("Naar analogie van de oude regeling geldt dit ook.", "Naar analogie van", "net als"),
    ("Voor deze regeling geldt een vermogenstoets.", "vermogenstoets", "spaargeld"),
    ("Er geldt ook een inkomenstoets.", "inkomenstoets", "inkomen"),
    ("Voor deze uitkering geldt een meldingsplicht.", "meldingsplicht", "melden"),
    ("U krijgt binnen een week een herzieningsbesluit.", "herzieningsbesluit", "nieuw besluit"),
    ("Het terugvorderingsbesluit sturen wij u apart.", "terugvorderingsbesluit", "terugbetalen"),
    ("Tijdens de afkoelingsperiode mag niemand uw spullen afpakken.", "afkoelingsperiode", "niemand geld of spullen van u mag afpakken"),
    ("Een medewerker komt uw woning schouwen.", "schouwen", "bekijken"),
    ("Wij zijn genegen u uitstel te geven.", "genegen", "bereid"),
])
def test_entries_by_class(check, sentence, span, plain):
    found = [f for f in officialese(check, sentence) if f.text == span]
    assert len(found) == 1
    assert plain in found[0].message


@pytest.mark.parametrize("sentence", [
    "Wij luisteren naar het oordeel van de commissie.",  # 'luisteren naar': what one listens to
    "Wij vragen naar het oordeel van uw arts.",
    "Wij kijken ook naar het oordeel van de wijkagent.",
    "Wij willen weten waarom u naar het oordeel van uw arts vraagt.",
    "Naar het oordeel van de commissie kijken wij niet.",
    "Wij kijken naar billijkheid en redelijkheid.",
])
def test_naar_phrase_of_a_verb_that_takes_naar_stays(check, sentence):
    assert not [t for t in texts(check, sentence) if t.lower().startswith("naar")]


@pytest.mark.parametrize("sentence, span", [
    ("Naar het oordeel van de arts moet u meer rusten.", "Naar het oordeel van"),
    ("Wij beslissen naar billijkheid.", "naar billijkheid"),
])
def test_naar_phrase_of_the_whole_sentence_is_found(check, sentence, span):
    assert span in texts(check, sentence)


@pytest.mark.parametrize("sentence", [
    "Wij zijn genegen om u te helpen.",
    "Wij zijn niet genegen de kosten te betalen.",
])
def test_genegen_before_te_is_found(check, sentence):
    assert "genegen" in texts(check, sentence)


@pytest.mark.parametrize("sentence", [
    "Hij is haar zeer genegen.",  # fond of her, no 'bereid'
    "De wethouder is uw plan genegen.",
    "Hij was haar genegen, maar zei niets om haar te sparen.",
])
def test_genegen_as_fond_of_stays(check, sentence):
    assert "genegen" not in texts(check, sentence)


@pytest.mark.parametrize("sentence", [
    "Wij vertellen u de waarheid.",  # 'waarheid' without 'naar'
    "Naar onze mening is dit goed geregeld.",  # 'naar' + an everyday noun
    "U kunt bellen of mailen.",
    "De tafel heeft een glad vlak.",
    "Wij hebben een besluit genomen over uw aanvraag.",
    "De toets van uw rijbewijs is op 3 mei.",
    "U moet de verandering melden.",
    "Wij kijken naar uw inkomen.",
])
def test_ordinary_dutch_near_the_entries_stays(check, sentence):
    assert texts(check, sentence) == []


# --- second round: papers and terms of benefit and tax letters; 'korten', 'vrijlaten' ----

@pytest.mark.parametrize("sentence, span, plain", [
    ("U ontvangt in januari een jaaropgave van ons.", "jaaropgave", "jaaroverzicht"),
    ("Stuur ons een kopie van uw inkomensverklaring.", "inkomensverklaring", "overzicht van uw inkomen"),
    ("Het bedrag staat op de uitkeringsspecificatie.", "uitkeringsspecificatie", "overzicht van uw uitkering"),
    ("Onderteken het machtigingsformulier.", "machtigingsformulier", "toestemming"),
    ("Wij kijken naar het inkomen in het peiljaar.", "peiljaar", "jaar waarnaar we kijken"),
    ("De kentekenhouder krijgt de rekening.", "kentekenhouder", "kenteken op zijn naam"),
    ("Heeft u een tijdelijk dienstverband?", "dienstverband", "baan"),
    ("Wij korten uw uitkering met vijftig euro.", "korten", "verlagen"),
    ("Uw toeslag wordt gekort.", "gekort", "verlagen"),
    ("Wij korten vijftig euro op uw bijstand.", "korten", "verlagen"),
    ("Wij laten een deel van uw inkomen vrij.", "laten", "niet meetellen"),
    ("Wij laten 25 procent van uw inkomsten vrij.", "laten", "niet meetellen"),
    ("Er geldt een vrijlating van 25 procent van uw inkomsten.", "vrijlating", "deel dat niet meetelt"),
    ("De vrijlating van inkomsten uit vrijwilligerswerk is hoger.", "vrijlating", "deel dat niet meetelt"),
])
def test_benefit_and_tax_terms(check, sentence, span, plain):
    found = [f for f in officialese(check, sentence) if f.text == span]
    assert len(found) == 1
    assert plain in found[0].message


@pytest.mark.parametrize("sentence", [
    "De dagen korten in de herfst.",  # 'korten' without a benefit
    "De politie heeft de man vrijgelaten.",  # a prisoner set free
    "De gevangene wacht op zijn vrijlating.",
    "Na uw vrijlating kunt u bij ons een uitkering aanvragen.",  # a benefit noun in the sentence only
    "Als u uit de gevangenis wordt vrijgelaten, kunt u bijstand aanvragen.",
    "De rechter heeft hem vrijgelaten, maar zijn uitkering is gestopt.",
    "U ontvangt een overzicht van uw inkomen.",
    "Hij heeft een vaste baan.",
])
def test_other_senses_of_the_benefit_terms_stay(check, sentence):
    assert not [t for t in texts(check, sentence) if t.lower().startswith(("kort", "gekort", "vrij", "overzicht"))]


def test_kentekenhouder_is_not_called_the_owner(check):
    # the registered keeper is often not the owner (a lease car), the vehicle not always a car
    found = officialese(check, "De kentekenhouder van de scooter krijgt de boete.")
    assert [f.text for f in found] == ["kentekenhouder"]
    assert "eigenaar" not in found[0].message and "auto" not in found[0].message


def test_korten_is_explained_not_swapped(check):
    # "Wij korten vijftig euro op uw bijstand" is no "Wij verlagen vijftig euro op uw bijstand"
    found = [f for f in check(LETTER.format("Wij korten vijftig euro op uw bijstand."), select=["DD103"]).findings
             if f.code == "DD103" and f.text == "korten"]
    assert len(found) == 1 and not found[0].suggestions


def test_middelentoets_is_listed_once():
    from duidelijk import wordlists

    rows = [r for r in wordlists.load("jargon") if r["term"] == "middelentoets"]
    assert len(rows) == 1


@pytest.mark.parametrize("sentence", [
    "Wij laten uw inkomen vrij.",  # the parse calls 'vrij' a predicate of the object, no particle
    "Wij laten uw inkomsten vrij.",
    "Wij laten uw vermogen tot 7.000 euro vrij.",
])
def test_vrijlaten_with_its_particle_as_a_predicate(check, sentence):
    assert "laten" in texts(check, sentence)


@pytest.mark.parametrize("sentence", [
    "Wij laten u vrij.",  # free to choose: no income
    "Wij laten de keuze vrij.",
    "De politie laat de man vrij.",
    "Wij houden de deur open.",
])
def test_a_predicate_adjective_without_a_listed_sense_stays(check, sentence):
    assert texts(check, sentence) == []
