"""DD112 and DD111 of the forty-first session (rules41a). Sentences written for these tests.

DD112: a unit symbol after "per" ("de prijs per KWH") is a measure, as it is after a number
("3500 KWH"): no abbreviation to write out. Other capitals after "per" and a unit without
"per" or a number are still asked about.

DD112 also sees more ways in which Dutch explains letters right after their first use: the
next sentence with "staat voor" or "betekent" and the full form in small letters ("BSO betekent
buitenschoolse opvang"), "Met KBR bedoelen wij ...", a full name followed by more words ("het
Meldpunt Overlast Buurt van de gemeente"), "ons" before the listed full name ("Het KCC is ons
klantcontactcentrum"), and "dat staat voor" right after the letters in their own sentence. A
sentence that only says what kind of thing it is ("Een VOG is een verklaring dat ...") is no
full form, as before.

DD111: "men" that reports what people in general say or think, or calls a thing by a name
("Men zegt wel dat ...", "Zoals men zegt", "Men noemt dit ...") is never the reader who is told
it: the advice offers 'mensen' first and no 'u'. Other "men" keeps its advice."""

from conftest import codes

LETTER = "Geachte heer Jansen,\n\n{}\n\nMet vriendelijke groet,\n\nDe gemeente"


def spans(check, text, code):
    return [text[f.start:f.end] for f in codes(check(text, select=code), code)]


def messages(check, text, code):
    return [f.message for f in codes(check(text, select=code), code)]


# --- DD112: a unit after "per" -------------------------------------------------------------

def test_unit_after_per_is_left(check):
    assert spans(check, "De prijs per KWH is dit jaar gestegen.", "DD112") == []
    assert spans(check, "U betaalt een vast bedrag per GB aan data.", "DD112") == []


def test_unit_after_number_still_left(check):
    assert spans(check, "Uw verbruik was 3500 KWH in een jaar.", "DD112") == []


def test_unit_without_per_or_number_still_asked(check):
    # "in KWH": no amount is asked for; the rule still asks, as before
    assert spans(check, "Het verbruik staat in KWH op uw rekening.", "DD112") == ["KWH"]


def test_other_capitals_after_per_still_asked(check):
    # "per" before capitals that are no unit: the way something goes, not a measure
    assert spans(check, "Wij sturen de stukken per SVZ naar uw adres.", "DD112") == ["SVZ"]


def test_listed_abbreviation_after_per_still_explained(check):
    text = "Wij betalen de kosten per Wmo-aanvraag. U krijgt het geld per CAK."
    assert "CAK" in spans(check, text, "DD112")


# --- DD112: explanations the rule now sees --------------------------------------------------

def test_next_sentence_betekent_small_letters(check):
    assert spans(check, "U krijgt een plek op de BSO. BSO betekent buitenschoolse opvang.", "DD112") == []


def test_next_sentence_met_bedoelen_wij(check):
    assert spans(check, "De KBR geldt vanaf mei. Met KBR bedoelen wij de Kleine Bouw Regeling.", "DD112") == []


def test_full_name_with_words_after_it(check):
    text = "Meld het bij het MOB. Het MOB is het Meldpunt Overlast Buurt van de gemeente."
    assert spans(check, text, "DD112") == []


def test_listed_full_name_after_ons(check):
    assert spans(check, "Bel het KCC. Het KCC is ons klantcontactcentrum.", "DD112") == []


def test_what_kind_in_next_sentence_still_asked(check):
    # a definition says what kind of thing it is, not what the letters stand for (as before)
    text = "U hebt een VOG nodig. Een VOG is een verklaring dat u geen strafblad hebt."
    assert spans(check, text, "DD112") == ["VOG"]


def test_dat_staat_voor_right_after(check):
    assert spans(check, "De KBR, dat staat voor Kleine Bouw Regeling, geldt vanaf mei.", "DD112") == []


def test_is_with_no_definition_still_asked(check):
    # 'dicht' is what the sentence says, not what the LCPS is; "een groot succes" says too little
    assert spans(check, "Bel het LCPS. Het LCPS is een dag dicht.", "DD112") == ["LCPS"]
    assert spans(check, "Vraag de TVL aan. De TVL is een groot succes.", "DD112") == ["TVL"]


def test_ordinary_words_after_is_still_asked(check):
    # small letters after "is" only count as a name when a link says so ("staat voor", "betekent")
    assert spans(check, "Bel de MO. Dat is maandag open.", "DD112") == ["MO"]


def test_staat_voor_as_stands_ready_still_asked(check):
    text = "Het CJG helpt u. Het CJG staat voor u klaar op maandag."
    assert spans(check, text, "DD112") == ["CJG"]


def test_ofwel_with_words_that_do_not_spell_it_still_asked(check):
    text = "De KBR, ofwel de regeling voor kleine bouw, geldt vanaf mei."
    assert spans(check, text, "DD112") == ["KBR"]


# --- DD111: "men" that says, thinks or calls ------------------------------------------------

def test_men_says_gets_mensen_not_u(check):
    text = LETTER.format("U kunt ons bellen. Men zegt wel dat de wachttijd lang is, maar dat valt mee.")
    (message,) = messages(check, text, "DD111")
    assert "'mensen'" in message and "'u'" not in message


def test_zoals_men_zegt(check):
    text = LETTER.format("Zoals men zegt: beter laat dan nooit. U kunt ons altijd bellen.")
    (message,) = messages(check, text, "DD111")
    assert message.endswith("'mensen', 'wij' of 'iemand'.")


def test_men_calls_a_thing_in_a_letter(check):
    text = LETTER.format("Men noemt dit ook wel een maatwerkvoorziening. U krijgt deze hulp thuis.")
    (message,) = messages(check, text, "DD111")
    assert "'mensen'" in message and "'u'" not in message


def test_men_thinks_with_a_clause(check):
    text = LETTER.format("Wij hebben uw brief gelezen. Men denkt vaak dat een vergunning duur is.")
    (message,) = messages(check, text, "DD111")
    assert "'u'" not in message


def test_men_who_acts_keeps_the_reader(check):
    # "men" who picks up a form is the reader: 'u' stays the first advice
    text = LETTER.format("Men kan het formulier ophalen bij de balie.")
    (message,) = messages(check, text, "DD111")
    assert message.endswith("'u', 'wij' of 'iemand'.")


def test_men_expects_keeps_the_writers_and_reader(check):
    # 'verwachten' is mostly the writers' own view in a letter: no 'mensen'
    text = LETTER.format("Men verwacht dat de nieuwe brug in 2027 klaar is. Wij houden u op de hoogte.")
    (message,) = messages(check, text, "DD111")
    assert "'mensen'" not in message and "'wij'" in message


def test_men_said_to_someone_is_someone_in_particular(check):
    text = LETTER.format("Aan de balie zei men tegen u dat de pas klaar was. Dat klopt niet.")
    (message,) = messages(check, text, "DD111")
    assert "'mensen'" not in message


def test_men_thinks_about_with_particle_keeps_the_reader(check):
    text = LETTER.format("Men denkt na over een nieuwe regeling voor parkeren.")
    (message,) = messages(check, text, "DD111")
    assert "'mensen'" not in message and "'u'" in message


def test_men_says_in_a_text_without_reader(check):
    # no reader and no writers: 'mensen' or 'iemand', no new voice
    text = "Het dorp ligt aan een rivier. Men zegt dat er vroeger een kasteel stond."
    (message,) = messages(check, text, "DD111")
    assert message.endswith("'mensen' of 'iemand'.")
