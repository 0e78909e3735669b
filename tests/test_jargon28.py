"""Twenty-eighth session (jargon28): DD103 where the word is not officialese there. Own
sentences, both ways."""

import pytest


def words(check, text):
    """The words of the text's DD103 findings, in lower case."""
    return [f.text.lower() for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


# --- 'zich registreren' in the perfect: signing up, as the infinitive --------------------------

@pytest.mark.parametrize("text", [
    "Heb je je al geregistreerd? Log dan in met je e-mailadres.",
    "Hebben jullie je al geregistreerd?",
    "U heeft zich nog niet geregistreerd voor de cursus.",
    "Je moet je eerst registreren.",  # the infinitive, as before
])
def test_reflexive_registreren_is_signing_up(check, text):
    assert "geregistreerd" not in words(check, text) and "registreren" not in words(check, text), text


@pytest.mark.parametrize("text", [
    "Wij hebben uw melding geregistreerd.",    # a thing written down
    "Wij hebben u geregistreerd als woningzoekende.",  # another person put on a list
    "Uw melding is geregistreerd.",            # no 'hebben'
    "Wij hebben het geregistreerd.",
])
def test_registreren_with_an_object_stays(check, text):
    assert "geregistreerd" in words(check, text), text


# --- a term the sentence (or the next one) explains ------------------------------------------

@pytest.mark.parametrize("text, term", [
    ("Werkt u in de openbare ruimte, zoals op straat of in een park?", "openbare ruimte"),
    ("Wij zorgen voor de openbare ruimte (straten, stoepen en parken).", "openbare ruimte"),
    ("Wij zorgen voor de openbare ruimte (bijvoorbeeld een park).", "openbare ruimte"),
    ("Vul hier uw persoonsgegevens (naam, adres en geboortedatum) in.", "persoonsgegevens"),
    ("U krijgt een beschikking: een brief met ons besluit.", "beschikking"),
    ("Wij geven u een ontheffing. Dat is toestemming om een regel niet te volgen.", "ontheffing"),
    ("Wij zorgen voor de openbare ruimte, bijvoorbeeld parken en pleinen.", "openbare ruimte"),
    ("Wij zorgen voor de openbare ruimte, oftewel de straten en parken.", "openbare ruimte"),
    ("Wij zorgen voor de openbare ruimte: straten, stoepen en parken.", "openbare ruimte"),
    ("U krijgt een beschikking, dat is een brief met ons besluit.", "beschikking"),
    ("U krijgt een beschikking (een brief met ons besluit).", "beschikking"),
])
def test_explained_term_is_not_flagged(check, text, term):
    assert term not in words(check, text), (text, words(check, text))


@pytest.mark.parametrize("text, term", [
    ("Wij zorgen voor de openbare ruimte (zie bijlage 2).", "openbare ruimte"),           # a reference
    ("Wij zorgen voor de openbare ruimte (gegevens onder aan deze pagina).", "openbare ruimte"),
    ("Werkt u in de openbare ruimte, zoals afgesproken?", "openbare ruimte"),             # a comparison
    ("Wij zorgen voor de openbare ruimte, zoals de wet vraagt.", "openbare ruimte"),
    ("U krijgt een beschikking: wij sturen die binnen een week.", "beschikking"),          # no definition
    ("Beschikking: een brief met ons besluit", "beschikking"),                             # a field's label
    ("Wij geven u een ontheffing. Dat is een groot probleem.", "ontheffing"),              # a judgement
    ("Wij geven u een ontheffing. Dat is fijn voor u.", "ontheffing"),
    ("Wij geven u een ontheffing voor het feest. Dat is toestemming om te schenken.", "ontheffing"),  # not last
    ("Wij zorgen voor de openbare ruimte, bijvoorbeeld door te vegen.", "openbare ruimte"),  # how, no example
    ("Wij zorgen voor de openbare ruimte: wij vegen elke week.", "openbare ruimte"),
    ("U krijgt een beschikking, dat is belangrijk voor u.", "beschikking"),
    ("U krijgt een beschikking (artikel 4 van de wet).", "beschikking"),
])
def test_unexplained_term_stays(check, text, term):
    assert term in words(check, text), (text, words(check, text))


# --- a preposition before its noun phrase is no particle of a listed verb ----------------------

@pytest.mark.parametrize("text", [
    "Volg de route op de kaart.",
    "Volg de borden op het terrein.",
    "Volg de pijlen op uw scherm.",
])
def test_preposition_before_its_noun_is_no_particle(check, text):
    assert not any(w.startswith("volg") for w in words(check, text)), (text, words(check, text))


@pytest.mark.parametrize("text", [
    "Volg de instructies op.",
    "Volg het advies op uw scherm op.",   # 'op uw scherm' a phrase, the last 'op' the particle
    "U moet het advies van de arts opvolgen.",
])
def test_particle_of_opvolgen_stays(check, text):
    assert any(w.startswith("volg") or w == "opvolgen" for w in words(check, text)), (text, words(check, text))


# --- 'openstaan': what stands open must be money ----------------------------------------------

@pytest.mark.parametrize("text", [
    "De vraag over uw huur staat nog open.",
    "Het bezwaar tegen de aanslag staat nog open.",
])
def test_open_question_about_money_is_not_unpaid(check, text):
    assert not any(w.startswith("sta") for w in words(check, text)), (text, words(check, text))


@pytest.mark.parametrize("text", [
    "De rekening staat nog open.",
    "Er staat nog een bedrag van 50 euro open.",
    "Uw aanslag is verstuurd. Deze staat nog open.",
    "Uw huur van maart staat nog open.",
])
def test_unpaid_money_stays(check, text):
    assert any(w.startswith("sta") for w in words(check, text)), (text, words(check, text))


# --- a name on a page or a screen in straight single quotes, and a quoted button ----------------

@pytest.mark.parametrize("text, word", [
    ("Klik op 'Verstrekte voorzieningen' om ze te zien.", "voorzieningen"),
    ("Ga naar 'Mijn persoonsgegevens'.", "persoonsgegevens"),
    ("Klik op de knop 'Aanvraag indienen'.", "aanvraag indienen"),
    ("Klik op de knop “Aanvraag indienen”.", "aanvraag indienen"),
])
def test_quoted_name_of_a_place_on_the_screen(check, text, word):
    assert word not in words(check, text), (text, words(check, text))


@pytest.mark.parametrize("text, word", [
    ("Wij sturen u een 'beschikking'.", "beschikking"),          # a term in quotes, no place
    ("U krijgt een 'Beschikking'.", "beschikking"),
    ("Kies 'Stopzetten' als u wilt stoppen.", "stopzetten"),      # 'kies' points to no place
    ("Klik op ' Verstrekte voorzieningen ' om ze te zien.", "voorzieningen"),  # no quote's shape
    ("Ik wil de aanvraag indienen.", "aanvraag indienen"),
])
def test_term_in_quotes_or_without_stays(check, text, word):
    assert word in words(check, text), (text, words(check, text))


# --- 'draagkracht' of a thing: what it can carry ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Wij kijken eerst naar de draagkracht van de zoldervloer.",
    "De draagkracht van het plafond is te laag voor deze kast.",
])
def test_draagkracht_of_a_thing(check, text):
    assert "draagkracht" not in words(check, text), text


@pytest.mark.parametrize("text", [
    "Wij berekenen uw draagkracht.",
    "Wij kijken naar de draagkracht van uw gezin.",
    "Wij kijken naar de draagkracht van de aanvrager.",
    "De draagkracht van uw ouders bepaalt de bijdrage.",
])
def test_draagkracht_of_people_stays(check, text):
    assert "draagkracht" in words(check, text), text


# --- a listed verb in its everyday sense, told by the words it takes ---------------------------

@pytest.mark.parametrize("text, word", [
    ("De buschauffeurs staken morgen de hele dag.", "staken"),     # a strike: no object
    ("De klokken luiden om twaalf uur.", "luiden"),                # ringing: nothing said
    ("Dat meen je niet!", "meen"),                                 # meaning it: no clause
    ("Ik meen het echt.", "meen"),
    ("Zij schikt de bloemen in een vaas.", "schikt"),              # arranging a thing
])
def test_everyday_sense_by_its_arguments(check, text, word):
    assert word not in words(check, text), (text, words(check, text))


@pytest.mark.parametrize("text, word", [
    ("Wij staken de betaling van uw uitkering.", "staken"),
    ("De betaling wordt gestaakt.", "gestaakt"),
    ("Hij staakte zijn pogingen.", "staakte"),
    ("Het besluit luidt als volgt.", "luidt"),
    ("De brief luidt: u krijgt geen uitkering.", "luidt"),
    ("Wij menen dat u recht heeft op hulp.", "menen"),
    ("Wij menen het goed te hebben gedaan.", "menen"),
    ("Laat het ons weten als dit u niet schikt.", "schikt"),
    ("U heeft aangegeven dat u wilt verhuizen.", "aangegeven"),
])
def test_listed_sense_stays(check, text, word):
    assert word in words(check, text), (text, words(check, text))
