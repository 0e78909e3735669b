"""DD117 halve-zin (a sentence without a subject, a subclause cut off by a full stop) and
DD103's 'deze' alone whose verb shows it cannot mean the noun before it (seventeenth
session, structure17 helper). Positive and negative examples for each."""

import pytest

from conftest import codes


def found(check, code, text, **kw):
    return codes(check(text, select=code, **kw), code)


# --- DD117: a software message without a subject -------------------------------------------
@pytest.mark.parametrize("text", [
    "Kan het eigendom van de afspraak niet verifiëren.",
    "Er is iets fout gegaan. Kon uw persoonsgegevens niet laden.",
    "Moest de betaling helaas afbreken.",
])
def test_modal_without_subject_is_found(check, text):
    f = found(check, "DD117", text)
    assert len(f) == 1 and "geen onderwerp" in f[0].message


def test_modal_without_subject_offers_the_form_with_wij(check):
    f = found(check, "DD117", "Kon uw persoonsgegevens niet laden.")
    assert "'Wij konden ...'" in f[0].message


@pytest.mark.parametrize("text", [
    "Kunt u het formulier opsturen.",          # a polite request: 'u' is the subject
    "Kan de gemeente dat betalen.",            # a subject after the verb
    "Mocht u vragen hebben, bel ons dan.",     # a condition with its own subject
    "Kan het niet laden.",                     # 'het' may be the subject
    "Kan het eigendom niet verifiëren?",       # a question
    "Kan dat niet, dan bellen wij u.",         # a condition, with a comma
    "Vul het formulier in.",                   # an order needs no subject
    "Wij kunnen het eigendom van de afspraak niet verifiëren.",
])
def test_sentences_with_a_subject_or_orders_are_not_found(check, text):
    assert not found(check, "DD117", text)


@pytest.mark.parametrize("text", [
    "Voorwaarden voor de aanvrager:\n\n- Moet 18 jaar of ouder zijn.\n- Moet in de gemeente wonen.\n",
    "De aanvrager: Moet 18 jaar of ouder zijn.",
])
def test_a_point_after_a_colon_takes_its_subject_from_above(check, text):
    assert not found(check, "DD117", text)


def test_a_heading_without_subject_is_not_found(nlp):
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import markdown_document

    config = Config.from_dict({"select": ["DD117"]})
    text = "# Kan het formulier niet openen.\n\nKan het formulier niet openen.\n"
    report = next(analyse([markdown_document(text, None, config.placeholders)], config, nlp))
    # the heading names a problem and is passed over; the same words in a paragraph are found
    assert [f.start for f in codes(report, "DD117")] == [text.index("\n\n") + 2]


# --- DD117: a subclause cut off from its main clause ---------------------------------------
def test_subclause_alone_before_a_verb_first_sentence_is_found(check):
    text = "Als de graffiti te lezen is. Doet het Meldpunt Graffiti, namens u, aangifte bij de politie."
    f = found(check, "DD117", text)
    assert len(f) == 1
    assert f[0].text == "Als de graffiti te lezen is. Doet"
    assert "bijzin" in f[0].message and "'..., doet ...'" in f[0].message


def test_subclause_alone_with_a_pronoun_subject_after_the_verb_is_found(check):
    text = "Omdat wij uw aanvraag te laat kregen. Kunnen wij er nu niet over beslissen."
    assert len(found(check, "DD117", text)) == 1


@pytest.mark.parametrize("text", [
    "Waarom doen we dit? Omdat de wet het vraagt.",                 # an answer: no verb-first sentence after it
    "Als de graffiti te lezen is, doet het Meldpunt aangifte.",     # one whole sentence
    "Als u dat wilt. Wij komen graag langs.",                       # the next sentence has its own order
    "Als u vragen heeft. Heeft u hulp nodig?",                      # a question after it
    "Wanneer krijgt u het geld? Dat hoort u binnen vier weken.",    # a question word
])
def test_no_cut_subclause_is_not_found(check, text):
    assert not found(check, "DD117", text)


def test_subclause_before_a_new_paragraph_is_not_joined(check):
    text = "Als de graffiti te lezen is.\n\nDoet het Meldpunt aangifte bij de politie?\n"
    assert not found(check, "DD117", text)


# --- DD103: 'deze' alone, whose verb shows which noun it can mean -------------------------------
def test_plural_deze_after_a_singular_name_points_back(check):
    # 'worden' is plural: 'deze' cannot be 'Meldpunt Graffiti'; it means the things of the
    # sentence before
    text = ("Heeft u overlast van graffiti, posters of stickers op uw huis? Meldpunt Graffiti zorgt "
            "ervoor dat deze gratis worden verwijderd.")
    f = [x for x in found(check, "DD103", text) if x.text == "deze"]
    assert len(f) == 1 and "wijst terug" in f[0].message


@pytest.mark.parametrize("text", [
    "Wij hebben uw gegevens ontvangen en deze worden nu verwerkt.",   # plural noun, plural verb
    "Wij hebben uw verzoek ontvangen en deze geregistreerd.",         # an object: no number to read
    "Meldpunt Graffiti zorgt ervoor dat deze gratis wordt verwijderd.",  # singular name, singular verb
    "Wij hebben uw brief en uw foto ontvangen en deze worden nu bekeken.",  # nouns joined by 'en'
])
def test_deze_that_can_mean_a_noun_before_it_is_not_found(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text == "deze"]
