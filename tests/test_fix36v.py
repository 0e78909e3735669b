"""fix36v: 't kofschip on the sound of the infinitive's stem, and "ge" after letters that look
like an inseparable prefix but are none, in ``duidelijk/verbs.py``.

Dutch spells the ending of a weak verb's past tense and participle by the sound at the end of
the infinitive's stem: "leven" has a voiced v, so 'leefde', 'geleefd', though the written stem
"leef" ends in f; "faxen" has x (ks), voiceless: 'faxte', 'gefaxt'. And "be", "ver", "er" at the
start of "bellen", "verven", "erven" are no prefix: 'gebeld', 'geverfd', 'geërfd'; in "beloven",
"herhalen", "gebruiken" they are one: 'beloofd', 'herhaald', 'gebruikt'."""

from __future__ import annotations

import pytest

from duidelijk import verbs
from conftest import codes


@pytest.mark.parametrize("infinitive, participle", [
    # the stem ends in f or s, the infinitive has v or z: voiced, so -d
    ("leven", "geleefd"), ("reizen", "gereisd"), ("verhuizen", "verhuisd"), ("geloven", "geloofd"),
    ("beloven", "beloofd"), ("overleven", "overleefd"), ("naleven", "nageleefd"), ("bonzen", "gebonsd"),
    ("razen", "geraasd"), ("verslaven", "verslaafd"),
    # x is two sounds, ks: voiceless, and it closes the syllable ("fax", not 'faax')
    ("faxen", "gefaxt"), ("relaxen", "gerelaxt"), ("mixen", "gemixt"),
    # letters like a prefix that are none: "ge" stays
    ("bellen", "gebeld"), ("opbellen", "opgebeld"), ("verven", "geverfd"), ("erven", "geërfd"),
    ("beuken", "gebeukt"), ("ergeren", "geërgerd"), ("herbergen", "geherbergd"),
    # a strong verb: not its regular reading with -d (was the present "verwijst"); since fix37v
    # its strong participle from the list
    ("verwijzen", "verwezen"), ("bevriezen", "bevroren"),
])
def test_participle_by_the_sound_and_the_real_prefix(infinitive, participle):
    assert verbs.past_participle(infinitive) == participle


@pytest.mark.parametrize("infinitive, participle", [
    # guards: what was right stays right
    ("verbeteren", "verbeterd"), ("herhalen", "herhaald"), ("fietsen", "gefietst"), ("lachen", "gelacht"),
    ("mailen", "gemaild"), ("beseffen", "beseft"), ("gebruiken", "gebruikt"), ("herinneren", "herinnerd"),
    ("bedanken", "bedankt"), ("verduurzamen", "verduurzaamd"), ("behandelen", "behandeld"),
    ("crashen", "gecrasht"), ("leggen", "gelegd"), ("geleiden", "geleid"), ("uitbetalen", "uitbetaald"),
    ("missen", "gemist"), ("blaffen", "geblaft"), ("checken", "gecheckt"), ("gebeuren", "gebeurd"),
    # a strong verb has no regular participle Dutch writes: not a non-word; since fix37v its
    # strong participle (the infinitive's own form here)
    ("ontvangen", "ontvangen"),
])
def test_participles_that_were_right_stay(infinitive, participle):
    assert verbs.past_participle(infinitive) == participle


@pytest.mark.parametrize("infinitive, soft", [
    ("leven", False), ("reizen", False), ("verven", False), ("bonzen", False), ("mailen", False),
    ("faxen", True), ("relaxen", True), ("fietsen", True), ("lachen", True), ("crashen", True), ("blaffen", True),
])
def test_kofschip_reads_the_infinitive(infinitive, soft):
    assert verbs.is_soft(infinitive, verbs.stem_from_infinitive(infinitive)) is soft


@pytest.mark.parametrize("infinitive, past", [
    ("leven", "leefde"), ("reizen", "reisde"), ("verven", "verfde"), ("faxen", "faxte"), ("relaxen", "relaxte"),
    ("mixen", "mixte"), ("fietsen", "fietste"), ("lachen", "lachte"), ("mailen", "mailde"),
])
def test_past_tense_of_the_passive_rewrite(infinitive, past):
    from duidelijk.rules.passive import _past_form

    assert _past_form(infinitive, False) == past and _past_form(infinitive, True) == past + "n"


def test_verb_forms_have_the_right_endings():
    assert {"leefde", "leefden", "geleefd"} <= verbs.verb_forms("leven")
    assert not {"leefte", "geleeft"} & verbs.verb_forms("leven")
    assert "gebeld" in verbs.verb_forms("bellen") and "beld" not in verbs.verb_forms("bellen")
    assert {"faxt", "faxte", "gefaxt"} <= verbs.verb_forms("faxen")
    assert verbs.stem_from_infinitive("faxen") == "fax" and verbs.stem_from_infinitive("relaxen") == "relax"
    assert verbs.stem_from_infinitive("maken") == "maak"  # an open syllable still writes its vowel double


def test_participle_offered_for_a_verb_of_the_lists_is_a_word():
    from duidelijk.rules.jargon import participle

    assert participle("bellen") == "gebeld" and participle("reizen") == "gereisd"
    assert participle("verhuizen") == "verhuisd" and participle("verven") == "geverfd"


def test_separable_verb_with_a_voiced_stem(check):
    # "naleven" splits ("leeft ... na"): text writes 'nageleefd', which the participle now is
    assert verbs.separable("naleven") == ("na", "leven")
    report = check("De regels worden door de bewoners goed nageleefd.")
    passive = codes(report, "DD102")
    assert passive and passive[0].suggestions == ["De bewoners leven de regels goed na."]
    assert codes(report, "DD103")  # a form of the officialese "naleven"


def test_everyday_verb_with_a_voiced_stem_is_no_officialese(check):
    report = check("Mijn opa heeft lang in deze wijk geleefd. Wij hebben hem gisteren gebeld.")
    assert not codes(report, "DD103") and not codes(report, "DD104")
