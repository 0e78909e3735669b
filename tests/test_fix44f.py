"""fix44f: DD103 senses and forms (a noun of the other gender after adjectives in a list, 'betreffend'
points back, a DigiD level's name, 'aanspraak maken op' as a claim, 'persoonsgegevens' without an
owner, 'registreren' of people) and DD102's span that reaches the last participle."""

import pytest

from duidelijk import check_text


def _findings(text, code):
    return [f for f in check_text(text).findings if f.code == code]


def _one(text, word, code="DD103"):
    hits = [f for f in _findings(text, code) if text[f.start:f.end].lower() == word.lower()]
    assert len(hits) == 1, [(text[f.start:f.end], f.message) for f in _findings(text, code)]
    return hits[0]


# 1. a het-word after "een" and adjectives without -e in a list: a de-word does not fit as it stands
@pytest.mark.parametrize("text", [
    "Wij kiezen een relevant en doorslaggevend criterium.",
    "Wij kiezen een relevant, helder en doorslaggevend criterium.",
    "Het is een goed en helder criterium.",
])
def test_listed_adjectives_without_e_keep_a_de_word_out(text):
    f = _one(text, "criterium")
    assert "eis" not in f.suggestions and "voorwaarde" not in f.suggestions


def test_the_article_swap_stays():
    # a determiner that shows the gender is swapped with the noun: "Dit criterium" -> "Deze eis"
    f = _one("Dit criterium geldt voor iedereen.", "dit criterium")
    assert f.suggestions == ["Deze eis"]


# 2. 'betreffend' points back: 'die'/'dat', not 'deze'/'dit'
@pytest.mark.parametrize("text, hint", [
    ("Het betreffende formulier stuurt u terug.", "'dat'"),
    ("U kunt contact opnemen met de betreffende afdeling.", "'die'"),
    ("Het desbetreffende besluit is genomen.", "'dat'"),
])
def test_betreffend_points_back(text, hint):
    word = "desbetreffende" if "desbetreffende" in text else "betreffende"
    f = _one(text, word)
    assert hint in f.message and "'dit'" not in f.message and "'deze'" not in f.message


# 3. a DigiD level's name
@pytest.mark.parametrize("text", [
    "U kunt inloggen op niveau substantieel.",
    "Voor deze dienst heeft u DigiD met niveau Substantieel nodig.",
    "U logt in met DigiD Substantieel en uw sms-code.",
    "Voor deze dienst geldt het betrouwbaarheidsniveau substantieel.",
])
def test_level_name_is_no_finding(text):
    assert not [f for f in _findings(text, "DD103") if text[f.start:f.end].lower() == "substantieel"]


@pytest.mark.parametrize("text", [
    "Er is een substantieel verschil tussen de twee bedragen.",
    "Wij willen het niveau substantieel verhogen.",
])
def test_substantieel_in_its_own_sense_stays(text):
    _one(text, "substantieel")


# 4. 'aanspraak maken op': a claim is asked for, a right is what one may get
@pytest.mark.parametrize("text", [
    "Het bedrag waarop u aanspraak maakt, is te hoog.",
    "De buurman maakte aanspraak op de grond.",
    "U heeft aanspraak gemaakt op een vergoeding.",
    "Wilt u aanspraak maken op de vergoeding?",
])
def test_a_claim_is_asked_for(text):
    f = [f for f in _findings(text, "DD103") if "aanspraak" in text[f.start:f.end]][0]
    assert "vragen om" in f.message and "recht hebben op" not in f.message


@pytest.mark.parametrize("text", [
    "U kunt aanspraak maken op een uitkering.",
    "De uitkering waarop u aanspraak kunt maken, is hoger.",
    "U mag geen aanspraak maken op bijstand.",
    "Om aanspraak te maken op de toeslag moet u hier wonen.",
])
def test_what_one_may_get_is_a_right(text):
    f = [f for f in _findings(text, "DD103") if "aanspraak" in text[f.start:f.end]][0]
    assert "recht hebben op" in f.message


# 5. 'persoonsgegevens' without an owner: nobody's data in particular
@pytest.mark.parametrize("text", ["Persoonsgegevens toevoegen", "Er staan geen persoonsgegevens in het bestand."])
def test_no_owner_no_gegevens_over_u(text):
    f = _one(text, "persoonsgegevens")
    assert "over u" not in f.message and "gegevens over mensen" in f.message


def test_with_an_owner_gegevens():
    f = _one("Wij bewaren uw persoonsgegevens veilig.", "persoonsgegevens")
    assert f.suggestions == ["gegevens"]


# 6. 'registreren' keeps 'vastleggen' (its sense for people, 'inschrijven', was tried and taken out: judge44d
# found it worse for patients recorded as cases)
@pytest.mark.parametrize("text", ["Wij registreren uw melding.", "Wij registreren de meldingen in ons systeem."])
def test_things_are_recorded(text):
    f = _one(text, "registreren")
    assert "vastleggen" in f.message


def test_plain_passive_span_unchanged():
    text = "De brief is gisteren verstuurd."
    assert [text[f.start:f.end] for f in _findings(text, "DD102")] == ["is gisteren verstuurd"]


def test_owner_named_after_with_over():
    f = _one("De gemeente legt persoonsgegevens over u vast.", "persoonsgegevens")
    assert f.suggestions == ["gegevens"]


def test_over_that_names_no_owner():
    f = _one("Wij praten over persoonsgegevens over het algemeen.", "persoonsgegevens")
    assert not f.suggestions and "gegevens over mensen" in f.message


def test_reader_in_the_sentence_keeps_over_u():
    # the sentence speaks of the reader: the reader's own data may be meant
    f = _one("Wilt u weten welke persoonsgegevens wij bewaren?", "persoonsgegevens")
    assert "gegevens over mensen" not in f.message


def test_a_number_of_people_is_recorded():
    f = _one("Het systeem registreert het aantal geteste mensen.", "registreert")
    assert "vastleggen" in f.message and "inschrij" not in f.message
