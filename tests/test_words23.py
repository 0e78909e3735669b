"""Word findings on form and screen text (words23): kinds of wrong DD103, DD104 and DD112
findings seen on harvest-c half A, fixed by how Dutch forms words and sentences. Own sentences."""
import pytest

from conftest import codes


def _spans(check, text, code):
    return [text[x.start:x.end] for x in codes(check(text, select=code), code)]


def _needs_word_list():
    """Codes and slips are read against the OpenTaal word list (hunspell-nl); without it (a
    plain clone) nothing is a code or a slip this way, as the code says."""
    from duidelijk.dictionary import has_word_list

    if not has_word_list():
        pytest.skip("needs the OpenTaal word list (hunspell-nl)")


# DD103: a listed participle inside the name of a legal status ---------------------------------

@pytest.mark.parametrize("text", [
    "Wij gaan samen een geregistreerd partnerschap aan.",
    "Geregistreerd partnerschap omzetten in een huwelijk",
    "Bent u getrouwd of heeft u een geregistreerd partnerschap?",
    "Ook uw echtgenote of geregistreerd partner mag tekenen.",
    "Zij hebben nu een erkend ouderschap.",
])
def test_participle_in_the_name_of_a_status_is_no_officialese(check, text):
    assert not [s for s in _spans(check, text, "DD103") if s.lower().startswith(("geregistreerd", "erkend"))]


@pytest.mark.parametrize("text, word", [
    ("De geregistreerde gegevens kloppen niet.", "geregistreerde"),  # a thing recorded
    ("Wij hebben uw klacht geregistreerd.", "geregistreerd"),
    ("Het geregistreerd nummer klopt niet.", "geregistreerd"),  # no person, no status
    ("De waarnemend burgemeester opent de vergadering.", "waarnemend"),  # a present participle: for now
])
def test_participle_of_a_recorded_thing_stays_officialese(check, text, word):
    assert word in _spans(check, text, "DD103")


def test_status_name():
    from duidelijk.model import load_pipeline
    from duidelijk.rules.jargon import status_name

    nlp = load_pipeline()
    doc = nlp("Zij hebben een geregistreerd partnerschap en de geregistreerde gegevens.")
    words = {t.lower_: status_name(t) for t in doc if t.lower_.startswith("geregistreerd")}
    assert words == {"geregistreerd": True, "geregistreerde": False}


# DD103 and DD104: examples after ", zoals" explain a term ------------------------------------

@pytest.mark.parametrize("text", [
    "- Afval in de openbare ruimte, zoals een stoep of een plein",
    "Meld kapotte dingen in de openbare ruimte, zoals bankjes en lantaarnpalen.",
])
def test_examples_after_zoals_explain_the_term(check, text):
    assert "openbare ruimte" not in _spans(check, text, "DD103")


@pytest.mark.parametrize("text", [
    "Meld het afval in de openbare ruimte.",
    "Er ligt afval in de openbare ruimte, zoals afgesproken.",  # a comparison, no examples
    "Wij ruimen de openbare ruimte op, zoals de wet vraagt.",  # a clause with its own verb
    "- Afval in de openbare ruimte, zoals\nWij bellen u daarover.",  # the line ends
])
def test_zoals_without_examples_explains_nothing(check, text):
    assert "openbare ruimte" in _spans(check, text, "DD103")


def test_examples_explain_a_hard_word_for_dd104(check):
    text = "Zet een parafering, zoals een handtekening of stempel, onderaan de brief."
    assert "parafering" not in _spans(check, text, "DD104")
    assert "parafering" in _spans(check, "Zet een parafering onderaan de brief.", "DD104")


# DD103: 'openstaan' is unpaid only with money in the sentence --------------------------------

@pytest.mark.parametrize("text", [
    "Het raam van de keuken staat open.",
    "- Het hek van het park staat open",
    "Kijk of de kraan nog openstaat.",
])
def test_open_door_or_window_is_no_unpaid_bill(check, text):
    assert not _spans(check, text, "DD103")


@pytest.mark.parametrize("text", [
    "Uw rekening van maart staat nog open.",
    "Er staat nog een bedrag van 40 euro open.",
    "U heeft nog een openstaande factuur.",
])
def test_unpaid_bill_stays_officialese(check, text):
    assert _spans(check, text, "DD103")


# DD103: "deze" in the reader's own voice ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kies een kleur voor het boekje.\nDeze wil ik hebben",
    "Bekijk de drie pakketten. Ik kies deze.",
])
def test_deze_in_the_readers_voice_points_at_what_he_sees(check, text):
    assert not [s for s in _spans(check, text, "DD103") if s.lower() == "deze"]


@pytest.mark.parametrize("text", [
    "Wij hebben uw brief gelezen. Deze willen wij graag doorsturen.",
    "Uw pas is klaar. Deze kunt u ophalen bij het loket.",
])
def test_deze_pointing_back_stays_officialese(check, text):
    assert [s for s in _spans(check, text, "DD103") if s.lower() == "deze"]


# DD104: the date or page of an everyday act ---------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Geef de verhuisdatum op tijd door.", "verhuisdatum"),
    ("U gaat nu naar de inlogpagina.", "inlogpagina"),
    ("Kies zelf een betaalmoment.", "betaalmoment"),
])
def test_compound_of_a_verb_and_its_date_or_page_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    ("De inlogfunctie van uw account is geblokkeerd.", "inlogfunctie"),  # a head of manner
    ("Kies daarna een inlogmethode.", "inlogmethode"),
])
def test_compound_of_a_verb_and_an_abstract_head_stays_hard(check, text, word):
    assert word in _spans(check, text, "DD104")


def test_when_or_where_compound():
    from duidelijk.dictionary import verb_stem, when_or_where_compound

    assert when_or_where_compound("verhuisdatum", "datum") and when_or_where_compound("inlogpagina", "pagina")
    assert not when_or_where_compound("inlogfunctie", "functie")  # no time or text
    assert not when_or_where_compound("kentekendatum", "datum")  # 'kenteken' is no verb stem
    assert verb_stem("verhuis") and verb_stem("inlog")
    assert not verb_stem("jaar")  # 'jaren' is a plural, no verb: no "jaart"


# DD104: a noun of a status made of a person noun and "-schap" --------------------------------

@pytest.mark.parametrize("text, word", [
    ("Zij willen hun partnerschap laten vastleggen.", "partnerschap"),
    ("Het ouderschap begint bij de geboorte.", "ouderschap"),
])
def test_status_noun_of_a_known_person_noun_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


def test_status_noun_of_a_rare_person_noun_stays_hard(check):
    assert "curatorschap" in _spans(check, "De rechter spreekt het curatorschap uit.", "DD104")


def test_derived_schap():
    from duidelijk.dictionary import _derived_meaning

    assert _derived_meaning("partnerschap", "NOUN") >= 3.5
    assert _derived_meaning("zwangerschap", "NOUN") == -1.0  # 'zwanger' is no noun for a person
    assert _derived_meaning("wetenschap", "NOUN") == -1.0


# DD104: a verb of an everyday result and an everyday act -------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Wilt u de stoep voor uw huis schoonvegen?", "schoonvegen"),
    ("De kar is schoongeveegd.", "schoongeveegd"),
    ("U kunt de container daarna leeghalen.", "leeghalen"),
])
def test_resultative_verb_of_everyday_parts_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


def test_resultative_verb():
    from duidelijk.rules.difficult_words import resultative_verb

    assert resultative_verb("schoonvegen", "schoonvegen") >= 3.5
    assert resultative_verb("vaststellen", "vaststellen") == -1.0  # 'vast': no particle of a result
    assert resultative_verb("schoon", "schoon") == -1.0


# DD104: an adjective of a material --------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("- Zwart kunstlederen hoesje (€ 12,00)", "kunstlederen"),
    ("Het boekje heeft een lederen omslag.", "lederen"),
])
def test_material_adjective_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


def test_material_familiarity():
    from duidelijk.rules.difficult_words import DifficultWord, is_loanword, material_familiarity

    assert material_familiarity("houten") > 4 and material_familiarity("wollen") > 3.5
    assert material_familiarity("kunstlederen") >= 3.5
    assert material_familiarity("gebroken") == -1.0 and material_familiarity("verboden") == -1.0
    suffixes = DifficultWord.settings["loan_suffixes"]
    assert not is_loanword("kunstlederen", suffixes)  # no loan verb in '-eren'
    assert is_loanword("annuleren", suffixes)


# DD104: a code in a list of codes ---------------------------------------------------------

def test_file_type_in_a_list_of_file_types_is_no_hard_word(check):
    _needs_word_list()
    assert "jpeg" not in _spans(check, "- Bestandstypen die mogen: gif, jpg, jpeg, png.", "DD104")


@pytest.mark.parametrize("text", [
    "De fotograaf stuurde ons een jpeg.",  # alone
    "Wij vragen een foto, een kopie en een jpeg.",  # in a list of Dutch words
])
def test_code_outside_a_list_of_codes_stays(check, text):
    assert "jpeg" in _spans(check, text, "DD104")


# DD104: a slip of a word the text uses --------------------------------------------------------

def test_slip_of_a_word_of_the_text_is_named_a_slip(check):
    _needs_word_list()
    text = "U kunt een aanhanger lenen. Neem uw rijbewijs mee (alleen bij anhanger)."
    found = [x for x in codes(check(text, select="DD104"), "DD104") if text[x.start:x.end] == "anhanger"]
    assert found and "tikfout" in found[0].message and found[0].suggestions == ["aanhanger"]


def test_rare_word_without_a_neighbour_in_the_text_keeps_its_message(check):
    text = "Neem uw rijbewijs mee (alleen bij anhanger)."
    found = [x for x in codes(check(text, select="DD104"), "DD104") if text[x.start:x.end] == "anhanger"]
    assert found and "moeilijk woord" in found[0].message


def test_one_keystroke():
    from duidelijk.rules.difficult_words import _one_keystroke

    assert _one_keystroke("anhanger", "aanhanger") and _one_keystroke("wijzgien", "wijzigen")
    assert not _one_keystroke("aanhanger", "aanhangers2") and not _one_keystroke("hanger", "hangar")


# DD112: a part after a slash gets the exceptions of the capitals alone ----------------------

def test_slash_part_given_alone_before_is_no_new_abbreviation(check):
    text = "Neem mee:\n- Uw rijbewijs (B of BE).\nU mag de kar trekken met een B/BE rijbewijs."
    assert not _spans(check, text, "DD112")


def test_slash_part_not_given_before_stays(check):
    assert "BE" in _spans(check, "U mag de kar trekken met een B/BE rijbewijs.", "DD112")


def test_slash_part_of_an_office_stays(check):
    assert "IB" in _spans(check, "Neem contact op met de afdeling IB/Postzaken.", "DD112")
