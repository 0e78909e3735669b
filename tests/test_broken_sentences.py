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


# review 17 (revC) item 4: 'Wij ...' only for a software message that could not do something;
# a passive, a state, a note about a person or a dropped 'het' get no 'Wij', but still a finding
@pytest.mark.parametrize("text", [
    "Uw vergunning is verlopen. Moet opnieuw worden aangevraagd.",   # passive: a thing is missing
    "Kan worden betaald met pin of contant.",
    "Zal worden verstuurd na ontvangst van de betaling.",
    "Let op! Kan niet ongedaan worden gemaakt.",                      # 'niet', but a passive
    "Mevrouw Jansen belde op 3 maart. Wil graag een afspraak maken over haar uitkering.",
    "Hij heeft o.a. geen inkomen. Kan daarom geen huur betalen.",   # the person named before
    "Zou mooi zijn.",                                                  # a dropped 'het'
])
def test_modal_without_subject_gives_no_wij_where_it_does_not_fit(check, text):
    f = found(check, "DD117", text)
    assert len(f) == 1
    assert "Wij" not in f[0].message and "over wie of wat het gaat" in f[0].message


def test_software_message_keeps_its_wij_and_who_does_it(check):
    f = found(check, "DD117", "Er is iets fout gegaan. Kan het eigendom van de afspraak niet verifiëren.")
    assert len(f) == 1 and "'Wij kunnen ...'" in f[0].message and "wie het doet" in f[0].message


@pytest.mark.parametrize("text", [
    "Kunt u het formulier opsturen.",          # a polite request: 'u' is the subject
    "Kan de gemeente dat betalen.",            # a subject after the verb
    "Mocht u vragen hebben, bel ons dan.",     # a condition with its own subject
    "Kan het niet laden.",                     # 'het' may be the subject
    "Kan het eigendom niet verifiëren?",       # a question
    "Kan dat niet, dan bellen wij u.",         # a condition, with a comma
    "Vul het formulier in.",                   # an order needs no subject
    "Wij kunnen het eigendom van de afspraak niet verifiëren.",
    "Mocht betaling uitblijven. Dan sturen wij een aanmaning.",   # a cut condition with its subject
    "Mochten er vragen zijn. Dan helpen wij u graag.",
])
def test_sentences_with_a_subject_or_orders_are_not_found(check, text):
    assert not found(check, "DD117", text)


@pytest.mark.parametrize("text", [
    "Voorwaarden voor de aanvrager:\n\n- Moet 18 jaar of ouder zijn.\n- Moet in de gemeente wonen.\n",
    "De aanvrager: Moet 18 jaar of ouder zijn.",
])
def test_a_point_after_a_colon_takes_its_subject_from_above(check, text):
    assert not found(check, "DD117", text)


# review 17 item 5: every line of a list without marks after a colon is a point of it
@pytest.mark.parametrize("text", [
    "Voorwaarden:\nMoet 18 jaar of ouder zijn.\nMoet in de gemeente wonen.\n",
    "Voorwaarden:\nMoet 18 jaar of ouder zijn.\nMoet in de gemeente wonen.\nMag geen schulden hebben.\n",
])
def test_later_lines_of_an_unmarked_list_after_a_colon_are_points(check, text):
    assert not found(check, "DD117", text)


def test_a_line_after_a_blank_line_under_a_list_is_no_point(check):
    # a blank line ends the list: the line after it stands on its own again
    text = "Voorwaarden:\nMoet 18 jaar of ouder zijn.\n\nKon uw gegevens niet laden.\n"
    f = found(check, "DD117", text)
    assert [x.text for x in f] == ["Kon uw gegevens niet laden."]


# review 17 item 6: a list mark is a mark, a number or one letter; a short word is no mark
@pytest.mark.parametrize("text", [
    "Ja. Kan ook via e-mail worden aangevraagd.",
    "Oké. Kan ook via e-mail worden aangevraagd.",
    "Nee. Kon uw gegevens niet laden.",
])
def test_a_short_word_with_a_full_stop_is_no_list_mark(check, text):
    assert len(found(check, "DD117", text)) == 1


@pytest.mark.parametrize("text", [
    "1. Moet 18 jaar of ouder zijn.",
    "a) Moet 18 jaar of ouder zijn.",
    "12. Kan ook via e-mail worden aangevraagd.",
])
def test_a_number_or_letter_mark_starts_a_point(check, text):
    assert not found(check, "DD117", text)


# review 17 item 13: a Markdown quote gives someone else's words: no finding (code and docs agree)
def test_a_markdown_quote_is_passed_over(nlp):
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import markdown_document

    config = Config.from_dict({"select": ["DD117"]})
    text = "Er is iets fout gegaan.\n\n> Kon uw persoonsgegevens niet laden.\n\nKon uw persoonsgegevens niet laden.\n"
    report = next(analyse([markdown_document(text, None, config.placeholders)], config, nlp))
    assert [f.start for f in codes(report, "DD117")] == [text.rindex("Kon")]


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


# review 17 items 1-3: a verb-first condition with its own main clause, a list of 'Als ...'
# points, and an answer to a question, each with a verb-first sentence after it
@pytest.mark.parametrize("text", [
    "Als u een uitkering heeft. Heeft u nog vragen, bel ons dan.",
    "Als u een uitkering heeft. Doet u dat niet, dan stoppen wij uw uitkering.",
    "Als u een uitkering heeft. Betaalt u te laat, dan sturen wij een herinnering.",
    ("U moet een wijziging binnen een week aan ons doorgeven. Bijvoorbeeld:\n- Als u verhuist.\n"
     "- Als u gaat samenwonen.\n- Als u meer gaat verdienen.\nDoet u dat niet, dan moet u misschien geld terugbetalen."),
    ("Wanneer kunt u bijzondere bijstand krijgen? Bijvoorbeeld:\n- Als uw wasmachine kapot is.\n"
     "- Als u een bril nodig heeft.\nVraagt u de bijstand aan voordat u iets koopt."),
    "Dit geldt in deze gevallen:\nAls u verhuist.\nAls u meer gaat verdienen.\nGeeft u dat aan ons door.",
    "Waarom krijgt u deze brief? Omdat u een aanvraag heeft gedaan. Stuurt u ons binnen twee weken uw loonstroken.",
    "Waarom krijgt u deze brief? Omdat u een aanvraag heeft gedaan. Wilt u ons uw loonstroken sturen.",
    # review 17 item 9: 'als' before a noun, without a verb, is no subclause (and no comma fits)
    "Als bijlage bij deze brief. Vindt u het besluit.",
])
def test_conditions_list_points_and_answers_are_not_cut_subclauses(check, text):
    assert not found(check, "DD117", text)


@pytest.mark.parametrize("text", [
    "Als u een uitkering heeft. Moet u dat aan ons doorgeven.",                      # no comma in the next one
    "Als u het niet eens bent. Kunt u bezwaar maken, ook per e-mail.",              # a comma, no 'dan' or verb
    "Wij vragen dit. Omdat u een aanvraag heeft gedaan. Stuurt u ons uw loonstroken.",  # no question before
    "Lees dit goed.\nAls u verhuist. Geeft u dat aan ons door.",    # a line under a line with no colon or mark
])
def test_real_cuts_next_to_those_are_still_found(check, text):
    f = found(check, "DD117", text)
    assert len(f) == 1 and "Dit stuk hoort bij de zin erna" in f[0].message


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
    # review 17 item 7: a group of people takes a plural verb by its meaning
    "U heeft ons een brief gestuurd. Wij hebben het echtpaar De Vries gesproken en deze zijn het eens met het plan.",
    "U heeft ons een brief gestuurd. Het personeel van de balie helpt u graag, omdat deze de regels goed kennen.",
])
def test_deze_that_can_mean_a_noun_before_it_is_not_found(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text == "deze"]
    # with the setting 'deze_near' (rules35d): found as stiff written Dutch ('hij', 'ze', 'die'),
    # and the message does not send the reader back to an earlier sentence
    report = check(text, select="DD103", rules={"DD103": {"deze_near": True}})
    f = [x for x in report.findings if x.text == "deze"]
    assert len(f) == 1 and "stijve schrijftaal" in f[0].message and "wijst terug" not in f[0].message
