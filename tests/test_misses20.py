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


def test_a_word_before_a_date_is_still_an_adverb(check):
    # "uiterlijk op 1 maart": 'uiterlijk' a time adverb, no noun (appearance)
    found = [f for f in officialese(check, "U moet uiterlijk op 1 maart betalen.") if f.text == "uiterlijk"]
    assert all("uiterlijk" in f.message for f in found)
    assert texts(check, "Hij let op zijn uiterlijk.") == []


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
    ("De kentekenhouder krijgt de rekening.", "kentekenhouder", "eigenaar van de auto"),
    ("Heeft u een tijdelijk dienstverband?", "dienstverband", "baan"),
    ("Wij korten uw uitkering met vijftig euro.", "korten", "verlagen"),
    ("Uw toeslag wordt gekort.", "gekort", "verlaagd"),
    ("Wij laten een deel van uw inkomen vrij.", "laten", "niet meetellen"),
])
def test_benefit_and_tax_terms(check, sentence, span, plain):
    found = [f for f in officialese(check, sentence) if f.text == span]
    assert len(found) == 1
    assert plain in found[0].message


@pytest.mark.parametrize("sentence", [
    "De dagen korten in de herfst.",  # 'korten' without a benefit
    "De politie heeft de man vrijgelaten.",  # a prisoner set free
    "De gevangene wacht op zijn vrijlating.",
    "U ontvangt een overzicht van uw inkomen.",
    "Hij heeft een vaste baan.",
])
def test_other_senses_of_the_benefit_terms_stay(check, sentence):
    assert not [t for t in texts(check, sentence) if t.lower().startswith(("kort", "gekort", "vrij", "overzicht"))]
