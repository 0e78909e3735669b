import os

import pytest
import spacy

from duidelijk.sentences import COMPONENT, add_letter_components


@pytest.fixture(scope="module")
def parsed_nlp():
    """The real pipeline, for tests that need the parser (to become load_pipeline())."""
    path = os.environ.get("DUIDELIJK_TEST_MODEL") or "/work/train/run1/model-best"
    if not os.path.exists(path):
        pytest.skip(f"no trained pipeline at {path}")
    nlp = spacy.load(path)
    add_letter_components(nlp)
    return nlp


@pytest.fixture(scope="module")
def blank_nlp():
    nlp = spacy.blank("nl")
    add_letter_components(nlp)
    return nlp


def starts(doc):
    """Texts of the tokens preset to start a sentence."""
    return [t.text for t in doc if t.is_sent_start]


def token(doc, text, nth=0):
    return [t for t in doc if t.text == text][nth]


def sentences(doc):
    return [s.text.strip() for s in doc.sents]


LETTER = """Gemeente Enschede
Postbus 20
7500 AA Enschede

Mevrouw A. de Vries
Hengelosestraat 12A
7511 AB Enschede

Datum: 12 januari 2026
Ons kenmerk: Z-2026-001234

Uw aanvraag bijzondere bijstand

Geachte mevrouw De Vries,

Wij hebben uw aanvraag van 2 januari 2026 ontvangen. U krijgt o.a. een brief van dhr. Jansen over art. 4 van de Wmo. Neem z.s.m. contact op.
Wij hebben besloten dat u recht heeft op een vergoeding van € 1.250,- voor de
aanschaf van een wasmachine. Wij maken het bedrag binnen 14 dagen over.

Stuur ons de volgende stukken:
- een kopie van uw paspoort
- uw bankafschriften
* uw huurcontract
• uw loonstrook

Wat moet u doen?
1. Vul het formulier in
2. Stuur het formulier op
a) per post
b) per e-mail

Met vriendelijke groet,

J. Jansen
teamleider Werk en Inkomen
"""

LETTER_SENTENCES = [
    "Gemeente Enschede",
    "Postbus 20",
    "7500 AA Enschede",
    "Mevrouw A. de Vries",
    "Hengelosestraat 12A",
    "7511 AB Enschede",
    "Datum: 12 januari 2026",
    "Ons kenmerk: Z-2026-001234",
    "Uw aanvraag bijzondere bijstand",
    "Geachte mevrouw De Vries,",
    "Wij hebben uw aanvraag van 2 januari 2026 ontvangen.",
    "U krijgt o.a. een brief van dhr. Jansen over art. 4 van de Wmo.",
    "Neem z.s.m. contact op.",
    "Wij hebben besloten dat u recht heeft op een vergoeding van € 1.250,- voor de\n"
    "aanschaf van een wasmachine.",
    "Wij maken het bedrag binnen 14 dagen over.",
    "Stuur ons de volgende stukken:",
    "- een kopie van uw paspoort",
    "- uw bankafschriften",
    "* uw huurcontract",
    "• uw loonstrook",
    "Wat moet u doen?",
    "1. Vul het formulier in",
    "2. Stuur het formulier op",
    "a) per post",
    "b) per e-mail",
    "Met vriendelijke groet,",
    "J. Jansen",
    "teamleider Werk en Inkomen",
]


# --- presets only (no parser needed) ---------------------------------------------------


def test_component_added_before_parser_or_first(blank_nlp):
    assert blank_nlp.pipe_names == [COMPONENT]
    nlp = spacy.blank("nl")
    nlp.add_pipe("parser")
    add_letter_components(nlp)
    add_letter_components(nlp)
    assert nlp.pipe_names == [COMPONENT, "parser"]
    nlp = spacy.blank("nl")
    nlp.add_pipe("senter")
    add_letter_components(nlp)
    assert nlp.pipe_names == [COMPONENT, "senter"]


def test_letter_presets(blank_nlp):
    # Without a parser the presets are the whole answer: every sentence start is preset.
    assert sentences(blank_nlp(LETTER)) == LETTER_SENTENCES


def test_address_lines_and_heading(blank_nlp):
    doc = blank_nlp("Gemeente Enschede\nPostbus 20\n7500 AA Enschede\n\nUw aanvraag\nWij hebben")
    assert starts(doc) == ["Gemeente", "Postbus", "7500", "Uw", "Wij"]
    assert token(doc, "20").is_sent_start is False
    assert token(doc, "AA").is_sent_start is False


def test_salutation_and_closing(blank_nlp):
    doc = blank_nlp("Geachte mevrouw De Vries,\nWij schrijven u.\n\nMet vriendelijke groet,\n"
                    "J. Jansen\nteamleider Werk en Inkomen")
    assert starts(doc) == ["Geachte", "Wij", "Met", "J.", "teamleider"]
    assert token(doc, "De").is_sent_start is False


def test_list_markers(blank_nlp):
    doc = blank_nlp("U heeft nodig:\n- een paspoort\n* een foto\n• een pas\n1. Lees dit\n"
                    "2) Vul in\na) per post\nb) Per e-mail")
    assert starts(doc) == ["U", "-", "*", "•", "1", "2", "a", "b"]
    for text in [".", "Lees", ")", "Vul", "Per"]:
        assert token(doc, text).is_sent_start is False


@pytest.mark.parametrize("text", ["1. Vul het formulier in", "- Een paspoort", "a) Per post"])
def test_list_item_on_its_own(blank_nlp, text):
    # Readers may hand over one list item at a time.
    assert starts(blank_nlp(text)) == [text[0]]


def test_hard_wrapped_paragraph_is_not_split(blank_nlp):
    doc = blank_nlp("Wij hebben besloten dat u recht heeft op een vergoeding voor de\n"
                    "aanschaf van een wasmachine. Wij hebben uw aanvraag ontvangen op\n"
                    "12 januari 2026 en met de afdeling Werk en Inkomen van de gemeente\n"
                    "Enschede besproken.")
    assert token(doc, "aanschaf").is_sent_start is False
    assert token(doc, "12").is_sent_start is False
    assert token(doc, "Enschede").is_sent_start is None  # long line: the parser decides
    assert starts(doc) == ["Wij", "Wij"]


def test_dash_at_start_of_wrapped_line_is_no_list_marker(blank_nlp):
    doc = blank_nlp("Het college heeft op 12 januari 2026 besloten om de kosten van 2026\n"
                    "- het jaar van de nieuwe regeling - volledig te vergoeden.")
    assert starts(doc) == ["Het"]


def test_blank_line_always_splits(blank_nlp):
    doc = blank_nlp("Uw aanvraag voor de\n\nbijzondere bijstand")
    assert token(doc, "bijzondere").is_sent_start is True


@pytest.mark.parametrize("text,follower", [
    ("U krijgt o.a. een brief.", "een"),
    ("Bel dhr. Jansen op.", "Jansen"),
    ("Zie art. 4 van de wet.", "4"),
    ("Neem z.s.m. contact op.", "contact"),
    ("Dat geldt i.v.m. de regels.", "de"),
    ("Dit is nr. 12.", "12"),
    ("Mevrouw A.B. de Vries komt.", "de"),
    ("Bijv. een paspoort of rijbewijs.", "een"),
    ("T.a.v. mevrouw Jansen", "mevrouw"),
    ("Dat kost ca. 5 euro.", "5"),
])
def test_no_sentence_start_after_abbreviation(blank_nlp, text, follower):
    doc = blank_nlp(text)
    assert token(doc, follower).is_sent_start is False
    assert starts(doc) == [doc[0].text]


def test_sentence_punctuation_mid_line(blank_nlp):
    doc = blank_nlp("Wij hebben uw brief ontvangen. Heeft u vragen? Bel ons! Dank u.")
    assert starts(doc) == ["Wij", "Heeft", "Bel", "Dank"]
    assert all(t.is_sent_start is False for t in doc if t.text in {"hebben", "vragen", "ons"})


def test_whitespace_attaches_to_previous_sentence(blank_nlp):
    doc = blank_nlp("\n\nGeachte heer,\n\nDank u.  Tot ziens.\n")
    assert [t.is_sent_start for t in doc if t.is_space][1:] == [False] * 3
    assert sentences(doc) == ["Geachte heer,", "Dank u.", "Tot ziens."]
    assert doc[-1].is_space and doc[-1].is_sent_start is False


# --- with the real parser --------------------------------------------------------------


def test_letter_with_parser(parsed_nlp):
    assert sentences(parsed_nlp(LETTER)) == LETTER_SENTENCES


@pytest.mark.parametrize("text", [
    "U krijgt o.a. een brief van dhr. Jansen over art. 4 van de Wmo.",
    "Neem z.s.m. contact op.",
    "Wij sturen u t.z.t. een brief m.b.t. uw aanvraag i.v.m. de Wmo.",
    "Bel ons op tel. 053-4812345 of mail naar info@enschede.nl.",
    "U krijgt € 1.250,- op 1 januari 2026 om 14.30 uur.",
])
def test_one_sentence_with_parser(parsed_nlp, text):
    assert sentences(parsed_nlp(text)) == [text]


def test_hard_wrap_with_parser(parsed_nlp):
    text = ("Wij hebben besloten dat u recht heeft op een vergoeding van € 1.250,- voor de\n"
            "aanschaf van een wasmachine. Dit bedrag maken wij binnen veertien dagen over\n"
            "naar uw rekening.")
    assert sentences(parsed_nlp(text)) == [
        "Wij hebben besloten dat u recht heeft op een vergoeding van € 1.250,- voor de\n"
        "aanschaf van een wasmachine.",
        "Dit bedrag maken wij binnen veertien dagen over\nnaar uw rekening.",
    ]


def test_salutation_heading_and_list_with_parser(parsed_nlp):
    text = ("Uw aanvraag\n\nGeachte mevrouw De Vries,\nWij hebben uw aanvraag ontvangen. "
            "Stuur ons:\n- een kopie van uw paspoort\n- uw bankafschriften\n")
    assert sentences(parsed_nlp(text)) == [
        "Uw aanvraag", "Geachte mevrouw De Vries,", "Wij hebben uw aanvraag ontvangen.",
        "Stuur ons:", "- een kopie van uw paspoort", "- uw bankafschriften"]


def test_closing_quote_after_full_stop_stays_with_its_sentence():
    import spacy

    from duidelijk.sentences import add_letter_components

    nlp = spacy.blank("nl")
    add_letter_components(nlp)
    doc = nlp("Dat was mijn geluk . '' De Rooij gaf de bal af .")
    quote = next(t for t in doc if t.text == "''")
    assert quote.is_sent_start is False
    assert doc[quote.i + 1].is_sent_start is True


def test_split_off_initial_does_not_end_a_sentence():
    import spacy

    from duidelijk.sentences import add_letter_components

    nlp = spacy.blank("nl")
    add_letter_components(nlp)
    doc = nlp("Het onderzoek van psycholoog F . Buschman begon in mei .")
    assert next(t for t in doc if t.text == "Buschman").is_sent_start is False
