"""DD102 and DD110 of the twenty-fifth session (forms25). Sentences written for these tests.

- "zijn" + the participle of a verb that only says a thing was brought to its end ("afronden",
  "afsluiten", "voltooien": wordlists/completion_verbs.tsv) is the state that is left (klaar,
  dicht), no passive; with "worden", "door" or "er" + a new thing it stays one.
- A "worden" passive in an "of" clause under "Weet u"/"Ziet u" at the head of a question asks
  the reader as a witness whether others do it: nobody to name, also without "er".
- DD110 "u met uw ... jullie": a noun in '-er' is a person only when Dutch made it from a verb
  for its doer (structure.agent_noun: 'begeleider', 'huurder'), not 'schouder' or 'computer';
  roles without a person ending ('advocaat', 'tolk') are listed people (feeling_subjects.tsv).
"""

import pytest

from conftest import codes


def found(check, text):
    return [f.text for f in codes(check(text, select="DD102"), "DD102")]


@pytest.mark.parametrize("text", [
    "Uw sessie is afgesloten. U kunt deze pagina sluiten.",
    "Uw melding is afgesloten.",
    "De weg is afgesloten voor auto's.",
    "Uw aanvraag is afgerond.",
    "Zodra het onderzoek is afgerond, krijgt u een brief.",
    "Het werk aan de brug is voltooid.",
    "Als de verbouwing is afgemaakt, kunt u weer naar binnen.",
])
def test_completion_state_no_passive(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, span", [
    # "worden": the act itself, someone does it
    ("Uw aanvraag wordt volgende week afgerond.", "wordt volgende week afgerond"),
    ("De weg wordt morgen afgesloten.", "wordt morgen afgesloten"),
    # with "door": the doer is there to put in front
    ("Het onderzoek is door de gemeente afgerond.", "is door de gemeente afgerond"),
    # "er" and a new thing: an event, not the state of a known thing
    ("Er is een nieuwe verzekering afgesloten voor de bus.", "is een nieuwe verzekering afgesloten"),
    # a decision that ends a right, and what was done with a case, stay passives
    ("Uw uitkering is beëindigd.", "is beëindigd"),
    ("Uw aanvraag is afgehandeld.", "is afgehandeld"),
    ("Uw aanvraag is goedgekeurd.", "is goedgekeurd"),
])
def test_completion_verbs_keep_real_passives(check, text, span):
    assert span in found(check, text)


@pytest.mark.parametrize("text", [
    "Weet u of de woning op internet wordt aangeboden voor verhuur?",
    "Weet u of de auto vaak wordt gebruikt?",
    "Ziet u of het afval in de nacht wordt gestort?",
    # with "er" a "dat" clause under "weten" as before under "denken"
    "Weet u dat er in de woning wordt gerookt?",
])
def test_reader_asked_whether_others_do_it(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, span", [
    # the reader wants to know, or does not know: often of the writer's own deed
    ("Wilt u weten of uw aanvraag wordt goedgekeurd?", "wordt goedgekeurd"),
    ("Weet u niet of uw aanvraag wordt behandeld? Bel ons dan.", "wordt behandeld"),
    ("Als u wilt weten of uw aanvraag wordt behandeld, kijk dan op de website.", "wordt behandeld"),
    # "dat" without "er": a known thing, someone can be named
    ("Weet u dat uw aanvraag wordt behandeld?", "wordt behandeld"),
    # the writer does not ask: its own deed
    ("Wij weten nog niet of uw aanvraag wordt goedgekeurd.", "wordt goedgekeurd"),
])
def test_whether_clause_keeps_passive(check, text, span):
    assert span in found(check, text)


@pytest.mark.parametrize("text, span", [
    # a date or time: when the end happens, an event
    ("Naar verwachting is de besluitvorming rond september 2027 afgerond.", "afgerond"),
    ("De verbouwing is in 2026 voltooid.", "voltooid"),
])
def test_completion_with_date_stays(check, text, span):
    assert any(span in f for f in found(check, text))


def test_completion_date_naming_the_thing_is_a_state(check):
    # "van 3 maart" says which request it is, not when it was ended
    assert found(check, "Uw aanvraag van 3 maart is afgerond.") == []


@pytest.mark.parametrize("word", [
    "begeleider", "mantelzorger", "bewoners", "inwoner", "huurder", "bestuurder", "bewindvoerder",
    "werkgever", "zorgverlener", "kentekenhouder", "verkoper",
])
def test_agent_noun_of_a_verb(word):
    from duidelijk.structure import agent_noun
    assert agent_noun(word)


@pytest.mark.parametrize("word", [
    "schouder", "schouders", "computer", "nummer", "kamer", "water", "winter", "vinger", "zomer",
    "folder", "formulier", "moeder",
])
def test_no_agent_noun_without_a_verb(word):
    from duidelijk.structure import agent_noun
    assert not agent_noun(word)


def mix(check, text):
    return codes(check(text, select="DD110"), "DD110")


@pytest.mark.parametrize("text", [
    "Als u met uw schouder problemen heeft, kunnen jullie bellen.",
    "Als u met uw computer problemen heeft, kunnen jullie bellen.",
    "Als u met uw nummer belt, kunnen jullie verder.",
])
def test_u_with_a_thing_in_er_and_jullie_is_a_mix(check, text):
    assert mix(check, text)


@pytest.mark.parametrize("text", [
    "Als u met uw begeleider komt, kunnen jullie samen naar binnen.",
    "Als u met uw huurder praat, kunnen jullie samen een afspraak maken.",
    "Als u met uw werkgever praat, kunnen jullie samen een plan maken.",
    "Als u met uw advocaat komt, kunnen jullie samen naar binnen.",
    "Als u met uw tolk komt, kunnen jullie samen naar binnen.",
    "Als u met uw huisarts praat, kunnen jullie samen een plan maken.",
])
def test_u_with_a_person_and_jullie_is_no_mix(check, text):
    assert not mix(check, text)


# --- 'neven-' is a prefix of its own, not the plural of 'neef' (wordlists/bound_first_parts.tsv) ----
@pytest.mark.parametrize("word", ["nevenfuncties", "neveneffecten", "nevenactiviteiten", "nevenvestiging"])
def test_neven_compound_not_split_as_nephews(word):
    from duidelijk.dictionary import live_compound_parts
    assert live_compound_parts(word)[0] != "neven"


@pytest.mark.parametrize("word, first", [("ganzenbord", "ganzen"), ("boekenkast", "boeken")])
def test_plural_first_part_still_splits(word, first):
    from duidelijk.dictionary import live_compound_parts
    assert live_compound_parts(word)[0] == first


def test_neven_compound_is_a_hard_word(check):
    text = "U moet uw nevenfuncties aan ons melden."
    assert [f.text for f in check(text).findings if f.code in {"DD104", "DD105"}] == ["nevenfuncties"]


def test_neven_alone_is_no_hard_word(check):
    assert not [f for f in check("Uw neven en nichten zijn welkom.").findings if f.code in {"DD104", "DD105"}]
