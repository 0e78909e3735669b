"""Small Dutch verb morphology (duidelijk/verbs.py) and the verb forms used to match word lists."""

import pytest

from duidelijk.verbs import verb_forms
from duidelijk.verbs import stem_from_infinitive


@pytest.mark.parametrize("infinitive,stem", [
    ("spelen", "speel"), ("betalen", "betaal"), ("geven", "geef"), ("vertellen", "vertel"),
    # an unstressed last syllable -el, -er, -en keeps one e
    ("schakelen", "schakel"), ("vorderen", "vorder"), ("handelen", "handel"), ("tekenen", "teken"),
    ("verbeteren", "verbeter"), ("openen", "open"),
    # ... but not after a prefix: the e after it is stressed
    ("bevelen", "beveel"), ("beheren", "beheer"), ("meedelen", "meedeel"), ("mededelen", "mededeel"),
    ("aanbevelen", "aanbeveel"), ("aanleren", "aanleer"), ("veren", "veer"), ("wenen", "ween"),
    # loan verbs in -eren have a stressed e: "informeert", "controleert"
    ("informeren", "informeer"), ("controleren", "controleer"), ("indexeren", "indexeer"),
    ("registreren", "registreer"), ("hanteren", "hanteer"), ("constateren", "constateer"),
])
def test_stem(infinitive, stem):
    assert stem_from_infinitive(infinitive) == stem


@pytest.mark.parametrize("infinitive,form", [
    ("inschakelen", "ingeschakeld"), ("aanvragen", "aangevraagd"), ("verstrekken", "verstrekt"),
    ("meedelen", "meegedeeld"), ("vorderen", "gevorderd"), ("opvragen", "opgevraagd"),
    ("ondersteunen", "ondersteund"), ("voorspellen", "voorspeld"), ("invullen", "ingevuld"),
    ("informeren", "geïnformeerd"), ("exporteren", "geëxporteerd"),
])
def test_past_participle_among_the_forms(infinitive, form):
    assert form in verb_forms(infinitive)


def test_no_wrong_lengthened_forms():
    forms = verb_forms("inschakelen")
    assert "inschakeel" not in forms and "ingeschakeeld" not in forms
    assert "inschakel" in forms and "inschakelt" in forms


def test_no_verb_forms_for_an_adjective_in_en():
    # "gelegen" is on the jargon list as an adjective; "geleegd" (emptied) is another word
    assert verb_forms("gelegen") == set()


def test_no_wrong_participles_for_inseparable_prefixes():
    assert "ondergesteund" not in verb_forms("ondersteunen")
    assert "ingeformeerd" not in verb_forms("informeren")


@pytest.mark.parametrize("stem, bases", [
    ("ganz", ("ganz", "gans")), ("duiv", ("duiv", "duif")), ("briev", ("briev", "brief")),
    ("katt", ("katt", "kat")), ("brugg", ("brugg", "brug")),
    ("bom", ("bom", "boom")), ("weg", ("weg", "weeg")),
    ("haz", ("haz", "has", "haaz", "haas")),
    ("meeuw", ("meeuw",)), ("duin", ("duin",)),
    ("riv", ("riv",)),  # a lone "i" stays short: "rif" -> "riffen", no "v"
])
def test_spelling_bases(stem, bases):
    from duidelijk.verbs import spelling_bases

    assert spelling_bases(stem) == bases


def test_spelling_bases_options():
    from duidelijk.verbs import spelling_bases

    # a comparative's "d" after an "r": only when asked
    assert "duur" in spelling_bases("duurd", d_after_r=True)
    assert "duur" not in spelling_bases("duurd")
    # a stem of three letters is read as an open syllable only from min_length 3
    assert "hoog" in spelling_bases("hog")
    assert spelling_bases("hog", min_length=4) == ("hog",)
    assert "groot" in spelling_bases("grot", min_length=4)
    # a long vowel before an undone "z"/"v": the plural "hazen" is "haas", "verdreven" no "verdreef"
    assert "haas" in spelling_bases("haz")
    assert spelling_bases("haz", long_after_undone=False) == ("haz", "has", "haaz")
    assert "verdreef" not in spelling_bases("verdrev", min_length=4, long_after_undone=False)


@pytest.mark.parametrize("stem, written", [
    ("huur", "hur"), ("controleer", "controler"), ("stroom", "strom"), ("haal", "hal"),
    ("voer", "voer"), ("bak", "bak"), ("duin", "duin"), ("meeuw", "meeuw"), ("zie", "zie"),
])
def test_open_syllable_spelling_is_the_way_back_of_the_long_vowel_reading(stem, written):
    """mend26: a long vowel written double before the last letter is written once before a
    vowel ending ("huur": huren); a short vowel ("bak"), "oe" ("voer") and "ui" stay."""
    from duidelijk.verbs import open_syllable_spelling, spelling_bases

    assert open_syllable_spelling(stem) == written
    if written != stem:
        assert stem in spelling_bases(written)  # the reading that ``spelling_bases`` undoes


def test_agent_nouns_in_der_read_the_infinitive_with_one_vowel():
    """mend26: structure._agent_verb reads 'huurder' as huren (``open_syllable_spelling``); a
    noun in '-rder' without a common verb stays out."""
    from duidelijk.structure import _agent_verb
    from duidelijk.verbs import _infinitives, infinitive

    assert _agent_verb("huurd") and _agent_verb("bestuurd") and _agent_verb("voerd")
    assert not _agent_verb("woord") and not _agent_verb("bord")  # "woren", "bort" are rare
    assert "controleren" in _infinitives("controleer") and "huren" in _infinitives("huur")
    assert infinitive("gehuurd", "gehuurd") == "huren"
    assert infinitive("gebakt", "gebakt") == "bakken"  # a short vowel: the consonant doubles


def test_t_form_and_regular_third_person():
    from duidelijk.verbs import regular_third_person, t_form

    assert t_form("werk") == "werkt"
    assert t_form("zet") == "zet"  # a stem in "t" takes no second one
    assert regular_third_person("inloggen") == "inlogt"
    assert regular_third_person("herstarten") == "herstart"
    assert regular_third_person("regelen") == "regelt"  # the stem of an "-elen" verb keeps its "el"
