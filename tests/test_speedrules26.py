"""speedrules26: DD103's per-match helpers that are worked out once per entry or read the token
table give the same answers as the plain reading (both ways)."""
from duidelijk.rules.jargon import _status_nouns, _term_particle


def test_term_particle_is_the_first_separable_particle_with_four_letters_after_it():
    assert _term_particle("opvolgen") == "op"
    assert _term_particle("afhandelen") == "af"
    assert _term_particle("verstrekken") is None  # no particle
    assert _term_particle("opzet") is None  # "zet" leaves three letters: no particle verb


def test_status_nouns_hold_the_person_noun_and_its_status_forms():
    partner = _status_nouns()["geregistreerd"]
    assert {"partner", "partners", "partnerschap", "partnerschappen"} <= partner
    assert "gebruiker" not in partner  # "de geregistreerd gebruiker" is a slip, no status
    assert "gecertificeerd" not in _status_nouns()  # not a listed status participle


def test_status_name_from_the_token_table():
    from duidelijk.model import load_pipeline
    from duidelijk.rules.jargon import status_name

    nlp = load_pipeline()
    doc = nlp("Uw geregistreerd partner en de geregistreerd gebruiker tekenen. Wij registreren uw partnerschap.")
    words = {t.lower_: status_name(t) for t in doc if t.lower_ in {"geregistreerd", "registreren"}}
    assert words["registreren"] is True  # the act that makes the status, its "-schap" noun as object
    said = [status_name(t) for t in doc if t.lower_ == "geregistreerd"]
    assert said == [True, False]  # before "partner" the status; before "gebruiker" a description
