"""Review fixes of DD104 (rev23 on fix22b and band22, helper fix23b). The reviewer's sentences and
own ones, both ways: the wrong finding gone, the right one of the same kind kept."""
import pytest

from conftest import codes


def _words(check, text):
    return [x.text for x in codes(check(text, select="DD104"), "DD104")]


# bug 10: a compound whose known rare part is the head is a kind of what the head names
@pytest.mark.parametrize("text, word", [
    ("De pakketbezorging is vertraagd.", "pakketbezorging"),
    ("De salarisuitbetaling is op de 25e.", "salarisuitbetaling"),
    ("De belastingterugbetaling komt later.", "belastingterugbetaling"),
    ("De hotelovernachting betaalt u zelf.", "hotelovernachting"),
    ("De maandincasso gaat op 1 mei.", "maandincasso"),
    ("De schoolbieb is open op woensdag.", "schoolbieb"),
    ("De wijkbieb sluit om vijf uur.", "wijkbieb"),
    ("Uw kind kan naar de bedrijfscrèche.", "bedrijfscrèche"),
    ("De buurtdrogist is dicht.", "buurtdrogist"),
    ("De kinderfysio komt langs.", "kinderfysio"),
    ("De zolderopruiming is zaterdag.", "zolderopruiming"),
    # own sentences
    ("De krantenbezorging is elke ochtend voor zeven uur.", "krantenbezorging"),
    ("Wij regelen de maaltijdbezorging voor ouderen.", "maaltijdbezorging"),
    ("De jaarincasso gaat in januari.", "jaarincasso"),
    ("Na de tuinopruiming brengen wij het afval weg.", "tuinopruiming"),
    ("Mijn dochter wil een zwarte sportlegging.", "sportlegging"),
])
def test_compound_with_a_known_head_is_not_difficult(check, text, word):
    assert word not in _words(check, text)


# ... but not the noun of a word that the first part makes with the head's verb
@pytest.mark.parametrize("text, word", [
    ("Na de stillegging van het werk is de straat weer open.", "stillegging"),
    ("De blootlegging van de oude muur duurde lang.", "blootlegging"),
    ("Dit besluit is de grondlegging van ons nieuwe beleid.", "grondlegging"),
    ("De vastlegging van de afspraken volgt later.", "vastlegging"),
])
def test_noun_of_a_joined_verb_stays_difficult(check, text, word):
    assert word in _words(check, text)


def test_joined_verb_noun():
    from duidelijk.rules.difficult_words import joined_verb_noun, known_part_compound

    assert joined_verb_noun("stil", {"legging"})  # "stilleggen" is a verb
    assert joined_verb_noun("weer", {"legging", "leggingen"})
    assert joined_verb_noun("grond", {"legging"})  # the thing "legging", and "grondlegger"
    assert not joined_verb_noun("pakket", {"bezorging"})
    assert not joined_verb_noun("kranten", {"bezorging"})  # "krantenbezorger", but "bezorging" is an action
    assert not joined_verb_noun("sport", {"legging"})
    assert known_part_compound("pakketbezorging", "NOUN", 3.5)
    assert known_part_compound("coronabewijs", "NOUN", 3.5)
    assert not known_part_compound("stillegging", "NOUN", 3.5)
    assert not known_part_compound("grondlegging", "NOUN", 3.5)


# bug 11: a listed compound of a noun and 'vrij', 'vriendelijk' ... that the tagger calls a verb is
# an adjective known by its parts; a term of the adjective_terms list is not
@pytest.mark.parametrize("text, word", [
    ("Het nieuwe park wordt gezinsvriendelijk.", "gezinsvriendelijk"),
    ("Wij maken het centrum gezinsvriendelijk.", "gezinsvriendelijk"),
    ("De wijk wordt gasvrij.", "gasvrij"),
])
def test_listed_adjective_compound_tagged_as_verb_is_not_difficult(check, text, word):
    assert word not in _words(check, text)


@pytest.mark.parametrize("text, word", [
    ("De nieuwe regeling wordt kostenneutraal.", "kostenneutraal"),
    ("U kunt uw zienswijze vormvrij indienen.", "vormvrij"),
])
def test_adjective_term_tagged_as_verb_stays_difficult(check, text, word):
    assert word in _words(check, text)


def test_adjective_compound_reads_listed_words_by_their_parts():
    from duidelijk.rules.difficult_words import DifficultWord, adjective_compound

    for word in ("gezinsvriendelijk", "gasvrij", "zoutarm", "geluiddicht", "prijsbewust", "uitstootvrij"):
        assert adjective_compound(word), word
        assert DifficultWord().word_score(word, word, "VERB", None) is None, word
    for word in ("vormvrij", "kostenneutraal", "budgetneutraal", "beleidsarm"):
        assert not adjective_compound(word), word


# bug 12: a list verb with a noun beside it ('grillen') frees its forms; 'inkomen' (income) does not
@pytest.mark.parametrize("text", [
    "Het vlees is gegrild.",
    "De kip is gegrild.",
    "Wij hebben gisteren gegrild.",
])
def test_form_of_a_list_verb_with_a_noun_reading_is_not_difficult(check, text):
    assert "gegrild" not in _words(check, text)


def test_list_verb_form_with_a_noun_reading():
    from duidelijk.rules.difficult_words import b1_safe, list_verb_form

    safe = b1_safe()
    assert list_verb_form("gegrild", "VERB", safe)
    assert list_verb_form("gedownload", "VERB", safe)
    assert not list_verb_form("ingekomen", "VERB", safe)  # 'inkomen' on the list is income


# bug 13: 'afslaan' in its formal sense (refuse) is not freed by the blind reading.
# fix38v: the lemma sum of "afslaan" now counts its forms ('afslaat', 'afsloeg', 'afgeslagen'),
# mostly of turning ('links afslaan'): 3.7 Zipf, so DD104 frees it by frequency in every sense.
# Kept as the project's judgement, for the lead to decide (docs/judged.md, fix38v)
_SENSE = pytest.mark.xfail(strict=True, reason="fix38v: 'afslaan' is 3.7 Zipf with its forms")


@pytest.mark.parametrize("text", [
    pytest.param("Uw verzoek is afgeslagen.", marks=_SENSE),
    pytest.param("Wij hebben uw verzoek afgeslagen.", marks=_SENSE),
    pytest.param("De gemeente heeft het aanbod afgeslagen.", marks=_SENSE),
])
def test_afslaan_of_a_request_stays_difficult(check, text):
    assert "afgeslagen" in _words(check, text)


def test_afslaan_as_turning_is_not_difficult(check):
    assert _words(check, "Bij het stoplicht slaat u links af.") == []


# bug 13: the present participle of a verb of state keeps its sense; of other verbs it does not
@pytest.mark.parametrize("text, word", [
    ("De leegstaande woning wordt verkocht.", "leegstaande"),
    ("Wij kopen leegstaande winkels op.", "leegstaande"),
    ("De leegstaande kantoren worden woningen.", "leegstaande"),
    ("De invaliden krijgen hulp.", "invaliden"),
    ("Er is een parkeerplaats voor invaliden.", "invaliden"),
])
def test_form_of_a_listed_word_is_not_difficult(check, text, word):
    assert word not in _words(check, text)


@pytest.mark.parametrize("text, word", [
    ("De bijkomende kosten zijn voor u.", "bijkomende"),
])
def test_present_participle_in_another_sense_stays_difficult(check, text, word):
    assert word in _words(check, text)


@pytest.mark.parametrize("text, word", [
    ("U heeft nog een openstaande rekening.", "openstaande"),
    ("Het openstaande bedrag moet u voor 1 mei betalen.", "openstaande"),
])
def test_open_bill_is_found(check, text, word):
    # fix38v: "openstaan" counts its forms now ('openstaat', 'openstond'): 3.7 Zipf, no DD104
    # finding by frequency; DD103 finds the sense of a bill ('nog niet betaald')
    assert any(f.text == word for f in check(text).findings if f.code in {"DD103", "DD104"})


def test_state_verb():
    from duidelijk.rules.difficult_words import state_verb

    assert state_verb("leegstaan") and state_verb("klaarstaan") and state_verb("klaarliggen")
    assert not state_verb("openstaan")  # a particle: 'een openstaand bedrag' is unpaid
    assert not state_verb("bekendstaan") and not state_verb("aanstaan") and not state_verb("bijkomen")


# note N7: a list verb's "hij" form that the tagger took for a noun
def test_third_person_tagged_as_noun_is_not_difficult(check):
    assert "herstart" not in _words(check, "De computer herstart vanzelf.")


def test_list_verb_form_of_a_noun_tag():
    from duidelijk.rules.difficult_words import b1_safe, list_verb_form

    safe = b1_safe()
    assert list_verb_form("herstart", "NOUN", safe) and list_verb_form("inlogt", "NOUN", safe)
    assert not list_verb_form("herstart", "ADJ", safe)  # only a participle of an adjective
    assert not list_verb_form("tuinier", "NOUN", safe)  # a noun of its own, no "hij" form
    assert not list_verb_form("inkomt", "NOUN", safe)  # 'inkomen' on the list is income
