"""DD103 after the fifteenth session's review (REVIEW15-offi): the new readings of f50c060 and
6542fdd narrowed so that what was right before is right again. Each reviewer's sentence is a
test; the other side of each is in tests/test_jargon_kinds15.py or here."""
import pytest

from test_jargon_kinds15 import dd103, spans, suggestion  # noqa: F401  (the same helpers)


# --- f50c060-1: a sentence's own verb before a name in brackets ------------------------------

@pytest.mark.parametrize("text, word", [
    ("Wij verstrekken u een uitkering volgens de Werkloosheidswet (WW).", "verstrekken"),
    ("Wij verstrekken een uitkering op basis van de Werkloosheidswet (WW).", "verstrekken"),
    ("Wij verstrekken hulp volgens de Wet langdurige zorg (Wlz).", "verstrekken"),
    ("Wij kennen u een vergoeding toe uit de Wet maatschappelijke ondersteuning (Wmo).", "kennen"),
])
def test_a_finite_verb_or_wij_is_no_part_of_a_name(check, text, word):
    assert any(word in s for s in spans(check, text))


def test_a_name_spelled_out_before_its_abbreviation_is_still_no_finding(check):
    assert "gedeeltelijk" not in " ".join(spans(check, "U krijgt een uitkering op grond van de Inkomensvoorziening "
                                                       "oudere en gedeeltelijk arbeidsongeschikte gewezen "
                                                       "zelfstandigen (IOAZ)."))


# --- f50c060-2: 'zijn' + a preposition that is not the expression's own ------------------------

@pytest.mark.parametrize("text, word, first", [
    ("Dit zijn de regels die van kracht zijn in de gemeente Utrecht.", "van kracht", "gelden"),
    ("Wij weten niet of de stukken van belang zijn voor uw bezwaar.", "van belang", "belangrijk zijn"),
    ("De afspraken die van toepassing zijn in uw situatie staan in de bijlage.", "van toepassing", "gelden"),
])
def test_zijn_with_a_preposition_of_the_clause_keeps_its_replacement(check, text, word, first):
    assert suggestion(check, text, word) == first


def test_van_toepassing_zijn_op_still_gets_no_replacement(check):
    assert suggestion(check, "De regels die van toepassing zijn op uw situatie staan hieronder.",
                      "van toepassing") is None


# --- f50c060-3: a fixed expression of nouns and adjectives stands together --------------------

@pytest.mark.parametrize("text, word", [
    ("Door de gewijzigde omstandigheden hebben wij uw uitkering aangepast.", "omstandigheden"),
    ("Door uw persoonlijke omstandigheden krijgt u meer tijd.", "omstandigheden"),
    ("Door deze omstandigheid kunnen wij uw aanvraag niet behandelen.", "omstandigheid"),
    ("U kunt een aanvullende vergoeding voor openbaar vervoer krijgen.", "aanvullende"),
    ("Wij berekenen de draagkracht van u op grond van uw inkomen.", "draagkracht"),
])
def test_the_listed_word_with_other_words_between_is_still_found(check, text, word):
    assert word in spans(check, text)


def test_the_second_omstandigheden_after_door_die_is_found(check):
    found = spans(check, "Wij hebben gekeken naar uw omstandigheden. Door die omstandigheden krijgt u uitstel.")
    assert found.count("omstandigheden") == 2


@pytest.mark.parametrize("text", [
    "Als dit door omstandigheden niet mogelijk is, belt u ons.",
    "Er rijdt aanvullend openbaar vervoer in het weekend.",
    "Wij onderzoeken de draagkracht van de grond.",
    "Voor hem is een plek in beschermd verblijf gevonden.",
])
def test_the_fixed_expression_itself_is_no_finding(check, text):
    assert not any(w in " ".join(spans(check, text))
                   for w in ("omstandigheden", "aanvullend", "draagkracht", "verblijf"))


# --- f50c060-4: 'sessie' as a meeting --------------------------------------------------------

def test_a_session_that_goes_in_two_parts_is_a_meeting(check):
    assert suggestion(check, "De sessie verloopt in twee delen.", "sessie") == "bijeenkomst"


@pytest.mark.parametrize("text", ["Uw sessie is verlopen. Log opnieuw in.", "De sessie verloopt over tien minuten."])
def test_a_website_session_is_no_finding(check, text):
    assert "sessie" not in spans(check, text)


# --- f50c060-5: "uw best" is no thing that "deze" can be ----------------------------------------

@pytest.mark.parametrize("text", [
    "Wij hebben uw formulier ontvangen. U heeft uw best gedaan, maar wij kunnen deze niet gebruiken.",
    "Wij hebben uw formulier ontvangen. U deed uw best, maar wij kunnen deze niet gebruiken.",
])
def test_deze_after_uw_best_is_found(check, text):
    assert "deze" in spans(check, text)


# --- 6542fdd-1: a capital after "de" is a title only with a title's cue -------------------------

@pytest.mark.parametrize("text, word, first", [
    ("Tegen de Beschikking kunt u bezwaar maken.", "Beschikking", "het besluit"),
    ("Wij sturen de Beschikking naar uw nieuwe adres.", "Beschikking", "het besluit"),
    ("In de Beschikking leest u hoeveel u krijgt.", "Beschikking", "het besluit"),
    ("U heeft de Kennisgeving ontvangen.", "Kennisgeving", "brief"),
])
def test_a_capitalised_document_type_keeps_its_replacement(check, text, word, first):
    assert first in (suggestion(check, text, word) or "")


@pytest.mark.parametrize("text", [
    "Dit staat in de Beleidsregel 2024.",
    "Dit staat in artikel 4 van de Beleidsregel.",
    "Dit is de Beleidsregel Bijzondere bijstand (hierna: de Beleidsregel).",
])
def test_a_title_with_a_cue_gets_no_replacement(check, text):
    found = [f for f in dd103(check, text) if f.text in {"Verordening", "Beleidsregel"}]
    assert found and all(f.suggestions == [] for f in found)


# --- 6542fdd-2: a one-word label after "op" in running text ---------------------------------------

def test_recht_op_voorzieningen_is_found_although_the_label_is_quoted(check):
    text = ('Als u gebruik wilt maken van voorzieningen, klik dan op "Voorzieningen". '
            'U heeft misschien recht op voorzieningen van de gemeente.')
    assert spans(check, text).count("voorzieningen") >= 2


def test_a_one_word_label_named_again_after_klik_op_is_no_finding(check):
    text = 'Klik op "Voorzieningen". Daarna klikt u nog een keer op voorzieningen.'
    assert spans(check, text).count("voorzieningen") == 0


# --- 6542fdd-3: the article earlier in the phrase ---------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Stuur ons de voor uw aanvraag noodzakelijke informatie.", "noodzakelijke"),
    ("Stuur ons de voor uw aanvraag benodigde documenten.", "benodigde"),
    ("Stuur ons alle voor de aanvraag benodigde stukken.", "benodigde"),
])
def test_nodige_after_the_article_of_its_phrase(check, text, word):
    assert suggestion(check, text, word) == "nodige"


def test_nodige_without_any_article_stays_out(check):
    assert suggestion(check, "Benodigde bestanden voor uw aanvraag staan hieronder.", "benodigde") != "nodige"


# --- f50c060-6: a question is no status line ------------------------------------------------

def test_a_bezig_met_question_to_the_reader_is_found(check):
    assert any(s.startswith("bezig met het invullen")
               for s in [f.text.lower() for f in check("Bezig met het invullen van het formulier? Sla het "
                                                       "tussendoor op.").findings])


def test_a_bezig_met_status_line_is_still_no_finding(check):
    assert not any(f.text.lower().startswith("bezig") for f in check("Bezig met het blokkeren van de pas...").findings)


# --- f50c060-7: a request granted or withdrawn gets a hint for its own sense ----------------------

@pytest.mark.parametrize("text, word, hint", [
    ("Wij hebben uw aanvraag toegewezen.", "toegewezen", "goedkeuren"),
    ("U kunt uw aanvraag intrekken door ons te bellen.", "intrekken", "stoppen met"),
])
def test_a_request_gets_a_hint_of_its_own_sense(check, text, word, hint):
    found = [f for f in dd103(check, text) if f.text == word]
    assert found and found[0].suggestions == [] and f"'{hint}'" in found[0].message


def test_a_bezwaar_toegewezen_gets_no_goedkeuren(check):
    found = [f for f in dd103(check, "Wij hebben uw bezwaar toegewezen.") if f.text == "toegewezen"]
    assert found and "goedkeuren" not in found[0].message and found[0].suggestions == []


def test_a_short_title_the_text_introduced_with_hierna_is_a_title_later_too(check):
    text = ("U vraagt subsidie op grond van de subsidieregeling prothesen (hierna: de Beleidsregel). "
            "Het doel van de Beleidsregel is dat mensen hulp krijgen.")
    found = [f for f in dd103(check, text) if f.text == "Beleidsregel"]
    assert len(found) == 2 and all(f.suggestions == [] for f in found)


def test_a_capitalised_compound_whose_replacement_is_its_head_is_a_title(check):
    found = [f for f in dd103(check, "In de Beleidsregel staat hoe wij het bedrag berekenen.") if f.text == "Beleidsregel"]
    assert found and found[0].suggestions == []
