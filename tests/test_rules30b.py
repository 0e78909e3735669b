"""DD103 suggestions that must be usable as they stand, DD104 and DD112 on explanatory web
texts (rules30b). Own sentences, none from the judged or harvest sets."""
import pytest

from conftest import codes


def _suggestions(check, text, span, code="DD103"):
    """The suggestions of the finding on ``span`` (None when there is no such finding)."""
    for f in codes(check(text, select=code), code):
        if text[f.start:f.end] == span:
            return list(f.suggestions)
    return None


# 'maar' takes the normal word order: after "Echter is ..." it needs another sentence ---------------

def test_no_maar_for_echter_before_its_verb(check):
    assert _suggestions(check, "Echter blijft de weg dicht tot de zomer.", "Echter") == []


def test_maar_for_echter_before_a_comma(check):
    assert _suggestions(check, "Echter, de weg blijft dicht tot de zomer.", "Echter") == ["Maar"]


# 'krijgen' has no passive --------------------------------------------------------------------------

def test_no_gekregen_in_a_passive(check):
    sugg = _suggestions(check, "De cijfers worden elke week verkregen uit de kassa.", "verkregen")
    assert sugg is not None and "gekregen" not in sugg


def test_gekregen_after_hebben(check):
    assert _suggestions(check, "Wij hebben de cijfers verkregen uit de kassa.", "verkregen") == ["gekregen"]


# sending and giving take 'naar' or 'aan', not 'bij' -----------------------------------------------

def test_no_sturen_with_bij(check):
    sugg = _suggestions(check, "De school heeft de lijst aangeleverd bij de gemeente.", "aangeleverd")
    assert sugg is not None and not {"gestuurd", "gegeven"} & set(sugg)


def test_sturen_with_aan(check):
    sugg = _suggestions(check, "De school heeft de lijst aangeleverd aan de gemeente.", "aangeleverd")
    assert sugg and sugg[0] == "gestuurd"


# a part is not set against its own whole ----------------------------------------------------------

def test_no_tegenover_for_a_share_of_the_whole(check):
    text = "Het getal laat zien hoeveel scholen dat zijn ten opzichte van het totale aantal scholen in de stad."
    sugg = _suggestions(check, text, "ten opzichte van")
    assert sugg is not None and not {"tegenover", "vergeleken met"} & set(sugg)


def test_tegenover_for_two_things(check):
    text = "Het getal laat zien hoeveel scholen dat zijn ten opzichte van vorig jaar."
    assert _suggestions(check, text, "ten opzichte van")[:1] == ["tegenover"]


# 'volgens' names whose view it is; with reckoning 'op basis van' names the data -------------------

def test_no_volgens_with_a_verb_of_reckoning(check):
    text = "Wij berekenen op basis van de meterstand uw nieuwe voorschot."
    sugg = _suggestions(check, text, "op basis van")
    assert sugg is not None and "volgens" not in sugg


def test_no_volgens_with_a_noun_of_reckoning(check):
    text = "Dit bedrag is een schatting op basis van uw gegevens van vorig jaar."
    sugg = _suggestions(check, text, "op basis van")
    assert sugg is not None and "volgens" not in sugg


def test_volgens_where_it_names_a_norm(check):
    text = "U krijgt de toeslag op basis van uw inkomen."
    assert _suggestions(check, text, "op basis van")[:1] == ["volgens"]


# DD112: a name with a number that the text also writes joined ------------------------------------

def _abbreviations(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD112"), "DD112")]


def test_name_with_number_without_its_hyphen(check):
    text = "Het virus ZXV-12 is nieuw. Wie ZXV 12 heeft, blijft thuis."
    assert "ZXV" not in _abbreviations(check, text)


@pytest.mark.parametrize("text", [
    "Wie ZXV 12 heeft, blijft thuis.",  # the text never writes it joined
    "Het virus ZXV-12 is nieuw. Wie ZXV heeft, blijft thuis.",  # no number after it
])
def test_capitals_without_the_joined_form_still_found(check, text):
    assert "ZXV" in _abbreviations(check, text)


# DD104: a phrase of speech that Dutch writes as one word in compounds -----------------------------

def _hard(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD104"), "DD104")]


@pytest.mark.parametrize("text", [
    "Mijn oom lag twee weken op de intensive care.",
    "Het ziekenhuis heeft tien bedden op de intensive care-afdeling.",
    "Het aantal intensive care opnamen daalt.",
])
def test_intensive_care_is_a_term_of_dutch(check, text):
    assert not [s for s in _hard(check, text) if "intensive" in s.lower()]


@pytest.mark.parametrize("text, word", [
    ("Mijn oom kreeg een intensive behandeling.", "intensive"),  # not the term: the word alone
    ("De kosten worden in natura betaald.", "in natura"),  # a phrase of print, not of speech
])
def test_foreign_words_outside_a_spoken_term_stay_hard(check, text, word):
    assert word in _hard(check, text)


def test_starts_a_word():
    from duidelijk.dictionary import starts_a_word

    assert starts_a_word("intensivecare")  # "intensivecareafdeling"
    assert not starts_a_word("innatura")


# "Er is sprake van X als ...": the sentence says when the term applies ----------------------------

def test_sprake_van_with_its_condition_explains(check):
    text = "Er is sprake van ondersterfte als minder mensen overlijden dan verwacht."
    assert "ondersterfte" not in _hard(check, text)


@pytest.mark.parametrize("text", [
    "Er is sprake van ondersterfte in de winter.",  # no condition: nothing explained
    "Er is geen sprake van ondersterfte als het warm is.",  # out of the question, no definition
])
def test_sprake_van_without_a_definition(check, text):
    assert "ondersterfte" in _hard(check, text)


# a present participle before its noun, tagged as a verb: judged as the adjective ------------------

def test_participle_tagged_as_verb_read_as_adjective():
    from duidelijk.rules.difficult_words import DifficultWord

    rule = DifficultWord()
    # "thuis" + "wonend": the same verdict whichever tag the participle gets
    assert rule.word_score("thuiswonende", "thuiswonen", "VERB", None) is None
    assert rule.word_score("thuiswonende", "Thuiswonende", "VERB", None) is None  # first word: lemma = form
    assert rule.word_score("thuiswonende", "thuiswonend", "ADJ", None) is None
    # a participle of written Dutch stays hard under either tag
    assert rule.word_score("verkennende", "verkennen", "VERB", None) is not None


# 'staan' + participle says what is written or shown: no verb of saying aloud ----------------------

def test_no_gezegd_after_staat(check):
    sugg = _suggestions(check, "Op het bord staat aangegeven waar de ingang is.", "aangegeven")
    assert sugg is not None and not {"gezegd", "laten weten", "doorgegeven"} & set(sugg)


def test_gezegd_after_heeft(check):
    assert _suggestions(check, "De buurman heeft aangegeven dat hij later komt.", "aangegeven")[:1] == ["gezegd"]
