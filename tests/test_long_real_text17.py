"""Seventeenth session: long words and long sentences on real text. Kinds of finding a careful
editor would not give, with a positive and a negative example each (own sentences)."""

import pytest

from conftest import codes
from duidelijk.dictionary import compound_parts
from duidelijk.rules.long_words import reader_parts


def found(check, code, text, **kw):
    return codes(check(text, select=code, **kw), code)


def length(check, text):
    return codes(check(text), "DD101")  # all rules on: the other findings count


# --- DD101: one clause just over the limit has nowhere to split --------------------------------
@pytest.mark.parametrize("text", [
    # 21 words, one clause, a chain of phrases that each hang on the verb
    # (review 17: "... na de datum van deze brief ..." gets a DD107 finding, so it keeps DD101 now)
    "Wij sturen u de nieuwe pas binnen drie weken na vandaag met de post naar uw huisadres in de gemeente Utrecht.",
    # 22 words, one clause, a list of two things
    "U kunt ook langskomen bij de balie van het stadskantoor met uw paspoort en een bewijs van uw adres in de stad.",
])
def test_one_clause_of_21_or_22_words_gets_no_length_finding(check, text):
    assert not length(check, text)


@pytest.mark.parametrize("text", [
    # the same length with a subclause: a second sentence can start at "zodat"
    "Wij sturen u de nieuwe pas binnen drie weken na de datum van deze brief, zodat u hem op tijd heeft.",
    # a list of five things
    "Neem uw paspoort, uw rijbewijs, een recente pasfoto, het ingevulde formulier en een bewijs van uw adres mee naar de balie.",
    # one clause, but 23 words
    "Het nieuwe paspoort ligt vanaf de tweede week van maart klaar bij de balie van het stadskantoor aan de markt in het centrum.",
])
def test_long_sentence_that_can_be_split_keeps_its_finding(check, text):
    assert length(check, text)


def test_no_split_hint_between_two_relative_clauses(check):
    text = ("Deze vergoeding wordt verstrekt ten behoeve van een behandeling van medische aard - die "
            "strekt tot herstel van de rug en die voldoet aan de stand van de wetenschap - en de kosten "
            "die daarbij horen.")  # the parse makes the second "die" a main clause's subject
    f = found(check, "DD101", text)
    assert f and "bij 'en'" not in f[0].message


def test_split_hint_at_en_before_a_main_clause_with_dat_as_object(check):
    text = ("U krijgt een brief die u moet ondertekenen voor de eerste dag van de maand en dat doet u "
            "bij voorkeur met een blauwe pen.")
    f = found(check, "DD101", text)
    assert f and "bij 'en'" in f[0].message


# --- DD105: the parts a message names are real words in the word's order -----------------------
@pytest.mark.parametrize("word, shown", [
    ("identiteitsbewijzen", ["identiteit", "bewijzen"]),  # not the lemma's head + "en": "bewijsen"
    ("erfpachtgegevens", ["erfpacht", "gegevens"]),  # a plural head keeps its s: not "gegeven"
    ("bezwaarschriftencommissie", ["bezwaarschriften", "commissie"]),
])
def test_reader_parts_are_real_words(word, shown):
    assert reader_parts(word, compound_parts(word)) == shown


def test_reader_parts_none_for_a_word_without_parts():
    assert reader_parts("hoormoontherapie", ("hoormoontherapie",)) is None


def test_long_word_message_names_the_plural_head(check):
    f = [x for x in found(check, "DD105", "Hier ziet u een overzicht van uw erfpachtgegevens.")
         if x.text == "erfpachtgegevens"]
    assert f and "'erfpacht' + 'gegevens'" in f[0].message and "'gegeven'" not in f[0].message


# --- DD105: a word of a name whose short form follows in brackets ------------------------------
@pytest.mark.parametrize("text", [
    "Uw aanvraag voor de Tijdelijke overbruggingsregeling zelfstandig ondernemers (Tozo) is binnen.",
    "U kunt hulp krijgen via de Regeling schuldhulpverleningstrajecten ondernemers (RSO) van de gemeente.",
])
def test_long_word_in_a_name_with_its_short_form_is_no_finding(check, text):
    assert not [f for f in found(check, "DD105", text) if f.text[:1].islower()]


@pytest.mark.parametrize("text, word", [
    ("Uw aanvraag voor de tijdelijke overbruggingsregeling voor ondernemers is binnen.", "overbruggingsregeling"),
    # the letters in brackets are no short form of the words before them
    ("Uw aanvraag voor de Tijdelijke overbruggingsregeling zelfstandig ondernemers (TOR) is binnen.",
     "overbruggingsregeling"),
])
def test_long_word_without_a_matching_short_form_keeps_its_finding(check, text, word):
    assert word in {f.text for f in found(check, "DD105", text)}


# --- DD102: a loss by a doer nobody knows is a state ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Uw pas is gestolen of u bent deze kwijt.",
    "Is uw fiets gestolen? Doe dan aangifte bij de politie.",
    "Sinds gisteren is de hond van de buren vermist.",
])
def test_stolen_or_missing_with_zijn_is_no_passive(check, text):
    assert not found(check, "DD102", text)


@pytest.mark.parametrize("text", [
    "Er worden in deze straat veel fietsen gestolen.",  # with "worden": still a passive
    "Uw pas is door een medewerker gestolen.",  # the doer is named
    "Uw pas is verstuurd.",  # any other act
])
def test_other_zijn_and_worden_passives_stay(check, text):
    assert found(check, "DD102", text)


# --- DD102: a state joined to a participle (review 17, revD items 1, 2, 5) -----------------------
@pytest.mark.parametrize("text", [
    # the second participle takes "zijn" (verhuizen, verouderen, kwijtraken, verdwijnen, verloren
    # gaan): it has no doer, so no passive; the first one is a state
    "Het stadskantoor is gesloten en verhuisd naar de Markt.",
    "Het zwembad is gesloten en verouderd.",
    "Uw pas is gestolen of kwijtgeraakt.",
    "Is uw fiets gestolen en verdwenen?",
    "Is uw rijbewijs gestolen of verloren gegaan?",
    "Uw paspoort is gestolen of vermist.",  # two states
])
def test_state_joined_to_a_zijn_verb_is_no_passive(check, text):
    assert not found(check, "DD102", text)


@pytest.mark.parametrize("text", [
    # the second participle is an act someone did: a passive
    "Is uw bankpas gestolen en gebruikt?",
    "Uw fiets is gestolen en vernield.",
])
def test_state_joined_to_an_act_stays_a_passive(check, text):
    assert found(check, "DD102", text)


# --- DD102: a state with a clause of its own after "en" (lead, end of the seventeenth session) -----
@pytest.mark.parametrize("text", [
    # the joined participle has its own verb or subject: the state keeps no finding of its own
    "De winkel is gesloten en de eigenaar is vertrokken.",
    "Het museum is gesloten en de kunstenaar is overleden.",
])
def test_state_before_a_clause_of_its_own_is_no_passive(check, text):
    assert not found(check, "DD102", text)


@pytest.mark.parametrize("text", [
    "Het zwembad is gesloten en wordt dit jaar verbouwd.",
    "Het gebouw is gesloten en de vloer wordt vervangen.",
])
def test_state_before_a_passive_of_its_own_marks_only_that_passive(check, text):
    spans = [text[f.start:f.end] for f in found(check, "DD102", text)]
    assert spans and all("gesloten" not in s for s in spans)  # 'wordt ... verbouwd' only


# --- DD101: one clause of 21-22 words with other difficulty keeps its finding (revD items 6-8) ----
@pytest.mark.parametrize("text", [
    # other findings in the sentence: a participle phrase before the noun, officialese, a passive
    "Het in het kader van de uitvoering van de Participatiewet door de gemeente aan u toegekende bedrag "
    "wordt maandelijks aan u overgemaakt.",
    # a chain of phrases on nouns ("de aanvraag tot vergoeding van de kosten van het vervoer ...")
    "De aanvraag tot vergoeding van de kosten van het vervoer naar de dagbesteding van uw kind wordt "
    "door ons in behandeling genomen.",
    # a phrase in brackets: a part of its own
    "Uw aanvraag voor bijzondere bijstand (voor de kosten van de verhuizing naar de nieuwe woning in Zuid) "
    "is op 3 maart binnengekomen.",
    # kept before the review too
    "Op grond van het door het college van burgemeester en wethouders vastgestelde beleid met betrekking "
    "tot de handhaving ontvangt u een boete.",
])
def test_one_clause_of_21_or_22_words_with_other_difficulty_keeps_its_finding(check, text):
    assert length(check, text)


def test_the_same_clause_without_brackets_gets_no_length_finding(check):
    assert not length(check, "U kunt de nieuwe pas vanaf maandag ophalen bij de balie in het stadskantoor op de "
                             "eerste verdieping met uw oude pas.")
