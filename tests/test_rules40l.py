"""DD105 of the fortieth session (rules40l): findings that should not be there and messages that
name the wrong parts.

- A compound of two parts whose first part is a word of daily life since 2020 (the list of
  rules40h: 'vaccinatie', 'corona', 'lockdown') and whose head is one everyday word for a thing
  or a kind is an everyday compound ('vaccinatiecijfers'), as DD104 already reads
  'coronacijfers' (setting ``recent_words``). An action or quality head, a measured quantity or
  a head that is a compound itself stays a long word.
- The noun of one adjective is no compound: an affixoid that makes the adjective ('-matig',
  '-kundig': 'onrechtmatigheid', 'verkeerskundigen') or a particle that belongs to the verb of
  the adjective ('vooringenomenheid') gives no parts to write loose, so the message names none.
- 'gegevens' as a first part keeps its s: it is the plural (data), not 'gegeven' (a fact).
- A long word in a name written out in brackets after its short form is part of that name, as
  in the other order.

Sentences written for these tests."""

import pytest

from conftest import codes


def long_words(check, text, **settings):
    return codes(check(text, select="DD105", **settings), "DD105")


# a word of the news since 2020 and an everyday thing: a finding on main, none now
RECENT_EVERYDAY = [
    ("De vaccinatiecijfers van deze week staan op de website.", "vaccinatiecijfers"),
    ("Uw vaccinatiegegevens staan in de app.", "vaccinatiegegevens"),
    ("De lockdownmaatregelen gelden tot maandag.", "lockdownmaatregelen"),
    ("Maak een vaccinatieafspraak bij de GGD.", "vaccinatieafspraak"),
]


@pytest.mark.parametrize("text,word", RECENT_EVERYDAY)
def test_recent_word_and_everyday_thing_is_no_long_word(check, text, word):
    assert not any(f.text == word for f in long_words(check, text))


@pytest.mark.parametrize("text,word", RECENT_EVERYDAY[:2])
def test_recent_words_can_be_switched_off(check, text, word):
    found = long_words(check, text, rules={"DD105": {"recent_words": False}})
    assert [f.text for f in found] == [word]


# a recent word with an action, a quality, a measure or a compound head stays a long word
RECENT_STAYS = [
    ("De coronabestrijding kostte veel geld.", "coronabestrijding"),
    ("De vaccinatiebereidheid in de stad is hoog.", "vaccinatiebereidheid"),
    ("De vaccinatiegraad in de wijk is laag.", "vaccinatiegraad"),
    ("Toon uw coronatoegangsbewijs bij de deur.", "coronatoegangsbewijs"),
    ("De vaccinatieuitnodiging ligt in uw brievenbus.", "vaccinatieuitnodiging"),
]


@pytest.mark.parametrize("text,word", RECENT_STAYS)
def test_recent_word_with_hard_head_stays(check, text, word):
    assert [f.text for f in long_words(check, text)] == [word]


# the noun of one adjective: the message names no parts
DERIVED = [
    ("De kans op vooringenomenheid is klein.", "vooringenomenheid"),
    ("Wij kijken of er sprake is van onrechtmatigheid.", "onrechtmatigheid"),
    ("De verkeerskundigen hebben het kruispunt bekeken.", "verkeerskundigen"),
]


@pytest.mark.parametrize("text,word", DERIVED)
def test_noun_of_one_adjective_names_no_parts(check, text, word):
    found = long_words(check, text)
    assert [f.text for f in found] == [word]
    assert "bestaat uit" not in found[0].message
    assert "Kies een korter woord of leg het uit." in found[0].message


# 'gegevens' as a first part is named with its s
@pytest.mark.parametrize("text,word,named", [
    # (rules43b: "gegevensbronnen" is no long word any more: "gegevens" is no verb stem, and
    # sources of data are read at once; the part is still named with its s in a long one)
    ("Wij regelen de gegevensuitwisseling met andere gemeenten.", "gegevensuitwisseling",
     "'gegevens' + 'uitwisseling'"),
    ("De gegevensverwerking gebeurt in Nederland.", "gegevensverwerking", "'gegevens' + 'verwerking'"),
])
def test_data_keeps_its_s(check, text, word, named):
    found = long_words(check, text)
    assert [f.text for f in found] == [word]
    assert named in found[0].message
    assert "'gegeven'" not in found[0].message


# compounds whose parts are still named as before
@pytest.mark.parametrize("text,word,named", [
    ("Je kunt per dag drie wachtwoordherstelaanvragen doen.", "wachtwoordherstelaanvragen",
     "'wachtwoord' + 'herstel' + 'aanvragen'"),
    ("Lees de toegankelijkheidsverklaring van deze website.", "toegankelijkheidsverklaring",
     "'toegankelijkheid' + 'verklaring'"),
    ("Vraag uw vaccinatiebereidheid niet na.", "vaccinatiebereidheid", "'vaccinatie' + 'bereidheid'"),
])
def test_compound_parts_still_named(check, text, word, named):
    found = long_words(check, text)
    assert [f.text for f in found] == [word]
    assert named in found[0].message


def test_quality_of_particle_adjective_names_no_parts(check):
    # 'tegen' + 'strijdigheid' on main: 'tegenstrijdig' is one adjective
    found = long_words(check, "De tegenstrijdigheid in de regels is groot.")
    assert [f.text for f in found] == ["tegenstrijdigheid"]
    assert "bestaat uit" not in found[0].message


# a name written out in brackets after its short form
@pytest.mark.parametrize("text", [
    "Vraag de vergoeding aan via de LKP (Leerlingenvervoerskostenregeling kleine plaatsen).",
    "Hiervoor is er de BVK (Bewonersparticipatieverkenning voor kinderen).",
    "U kreeg geld uit de Tozo (Tijdelijke overbruggingsregeling zelfstandig ondernemers).",
])
def test_name_after_its_short_form_is_no_finding(check, text):
    assert long_words(check, text) == []


@pytest.mark.parametrize("text", [
    # the letters do not make the short form
    "U vraagt het geld aan via het SAP (subsidieaanvraagportaal voor projecten).",
    # a short form, but no name in brackets after it
    "Via het SAP vraagt u het geld aan in het subsidieaanvraagportaal.",
    # a bracket with more than the name
    "Het SAP (dat is het subsidieaanvraagportaal) helpt u verder.",
])
def test_long_word_without_short_form_before_its_name_stays(check, text):
    assert [f.text.lower() for f in long_words(check, text)] == ["subsidieaanvraagportaal"]
