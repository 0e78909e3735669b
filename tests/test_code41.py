"""Code-shape mends of the forty-first session (code41), behaviour unchanged:

- ``Rule.options_in(config)``: a rule's settings as a config sets them, the one place for the
  merge of defaults and the user's own settings;
- vocabulary that was written as Python sets in rule modules is data in ``wordlists/``, loaded
  once per process by ``duidelijk.wordlists.load`` (code41b: also DD102's in passive.py, some of
  them as parts of one file: ``PARTS``);
- ``nominalisation._act_noun`` (was ``_ing_noun``): the nouns of action it takes are not only
  in -ing since the fortieth session.
"""

import re
from pathlib import Path

import pytest

from duidelijk import wordlists
from duidelijk.config import Config

ROOT = Path(__file__).resolve().parents[1]

#: (module, loader, file in wordlists/) of the lists moved out of the code
MOVED = [
    ("duidelijk.rules.nominalisation", "not_act_nouns", "not_act_nouns"),
    ("duidelijk.rules.nominalisation", "enclosing_verbs", "enclosing_verbs"),
    ("duidelijk.rules.address", "asking_verbs", "asking_verbs"),
    ("duidelijk.rules.jargon", "reckoning_words", "reckoning_words"),
    ("duidelijk.rules.jargon", "rising_falling_verbs", "rising_falling_verbs"),
    ("duidelijk.rules.jargon", "layout_words", "layout_words"),
    ("duidelijk.rules.jargon", "statement_data", "statement_data"),
    ("duidelijk.rules.reference", "find_verbs", "find_verbs"),
    ("duidelijk.rules.reference", "speech_act_verbs", "speech_act_verbs"),
    # code41b: DD102's (passive.py) and one more of DD111's
    ("duidelijk.rules.passive", "amount_nouns", "amount_nouns"),
    ("duidelijk.rules.passive", "web_places", "web_places"),
    ("duidelijk.rules.passive", "now_words", "now_words"),
    ("duidelijk.rules.passive", "update_participles", "update_participles"),
    ("duidelijk.rules.passive", "seat_nouns", "seat_nouns"),
    ("duidelijk.rules.passive", "degree_words", "degree_words"),
    ("duidelijk.rules.passive", "time_adverbs", "time_adverbs"),
    ("duidelijk.rules.passive", "state_grades", "state_grades"),
    ("duidelijk.rules.address", "saying_verbs", "saying_verbs"),
]

#: (loader in passive.py, file, column, value) of the lists read from part of a file
PARTS = [
    ("rhythm_adverbs", "rhythm_words", "kind", "adverb"),
    ("time_units", "rhythm_words", "kind", "unit"),
    ("now_adverbs", "now_words", "progress", "yes"),
    ("machine_participles", "status_participles", "step", "machine"),
    ("data_participles", "status_participles", "step", "data"),
    ("saved_participles", "status_participles", "saved", "yes"),
]


@pytest.mark.parametrize("module, loader, name", MOVED)
def test_moved_list_loads_once_and_is_not_empty(module, loader, name):
    import importlib

    load = getattr(importlib.import_module(module), loader)
    words = load()
    assert isinstance(words, frozenset) and len(words) >= 5, name
    assert load() is words  # kept once per process
    rows = wordlists.load(name)
    column = next(iter(rows[0]))
    listed = [r[column] for r in rows]
    assert len(listed) == len(set(listed)), "a word twice"
    assert all(w and w == w.strip().lower() and " " not in w for w in listed)
    assert frozenset(listed) == words


def test_moved_lists_hold_the_words_their_rules_need():
    from duidelijk.rules.address import asking_verbs
    from duidelijk.rules.jargon import layout_words, reckoning_words, rising_falling_verbs, statement_data
    from duidelijk.rules.nominalisation import enclosing_verbs, not_act_nouns
    from duidelijk.rules.reference import find_verbs, speech_act_verbs

    assert {"besluit", "informatie"} <= not_act_nouns() and "inzet" not in not_act_nouns()
    assert {"meesturen", "toevoegen"} <= enclosing_verbs() and "sturen" not in enclosing_verbs()
    assert "vragen" in asking_verbs() and "zeggen" not in asking_verbs()
    assert {"berekenen", "schatting"} <= reckoning_words() and "verwachten" not in reckoning_words()
    assert {"stijgen", "dalen"} <= rising_falling_verbs() and "verhogen" not in rising_falling_verbs()
    assert "netjes" in layout_words() and "snel" not in layout_words()
    assert {"inkomsten", "adres"} <= statement_data() and "stad" not in statement_data()
    assert {"downloaden", "staan"} <= find_verbs() and "rondkijken" not in find_verbs()
    assert "bedanken" in speech_act_verbs() and "helpen" not in speech_act_verbs()


@pytest.mark.parametrize("loader, name, column, value", PARTS)
def test_list_from_part_of_a_file_loads_once(loader, name, column, value):
    from duidelijk.rules import passive

    load = getattr(passive, loader)
    words = load()
    assert isinstance(words, frozenset) and len(words) >= 3 and load() is words
    rows = wordlists.load(name)
    first = next(iter(rows[0]))
    assert words == {r[first] for r in rows if r[column] == value}


def test_files_of_parts_hold_each_word_once_and_name_every_row():
    from duidelijk.rules import passive

    for name, column, kinds in (("rhythm_words", "kind", {"adverb", "unit"}),
                                ("status_participles", "step", {"machine", "data"}),
                                ("now_words", "progress", {"yes", ""}),
                                ("status_participles", "saved", {"yes", ""})):
        rows = wordlists.load(name)
        first = next(iter(rows[0]))
        listed = [r[first] for r in rows]
        assert len(listed) == len(set(listed)), name
        assert all(w and w == w.strip().lower() and " " not in w for w in listed)
        assert {r[column] for r in rows} == kinds, (name, column)
    assert passive.rhythm_adverbs().isdisjoint(passive.time_units())
    assert passive.machine_participles().isdisjoint(passive.data_participles())
    assert passive.saved_participles() <= passive.machine_participles() | passive.data_participles()
    assert passive.now_adverbs() < passive.now_words()
    # the data things of a status line are the data nouns and the places on the web
    data = {r["word"] for r in wordlists.load("data_nouns")}
    assert passive.data_nouns() == data | passive.web_places() and len(data) >= 10


def test_passive_lists_hold_the_words_their_rule_needs():
    from duidelijk.rules import passive
    from duidelijk.rules.address import saying_verbs

    assert {"maximum", "euro", "week"} <= passive.amount_nouns() and "informatieavond" not in passive.amount_nouns()
    assert {"website", "pagina"} <= passive.web_places() and "specialist" not in passive.web_places()
    assert {"bestand", "gegevens", "website"} <= passive.data_nouns() and "zwembad" not in passive.data_nouns()
    assert "gedownload" in passive.machine_participles() and "geopend" not in passive.machine_participles()
    assert "geopend" in passive.data_participles() and "verwerkt" not in passive.data_participles()
    assert {"opgeslagen", "verwijderd"} <= passive.saved_participles()
    assert "verzonden" not in passive.saved_participles()
    assert {"inmiddels", "momenteel"} <= passive.now_words() and "inmiddels" not in passive.now_adverbs()
    assert {"bijgewerkt", "geüpdatet"} <= passive.update_participles() and "verwerkt" not in passive.update_participles()
    assert "regelmatig" in passive.rhythm_adverbs() and "dagelijks" not in passive.rhythm_adverbs()  # (by its ending)
    assert {"dag", "minuten"} <= passive.time_units() and "keer" not in passive.time_units()
    assert {"bedden", "zitplaats"} <= passive.seat_nouns() and "pand" not in passive.seat_nouns()
    assert {"zeer", "erg"} <= passive.degree_words() and "snel" not in passive.degree_words()
    assert "gisteren" in passive.time_adverbs() and "morgen" not in passive.time_adverbs()
    assert {"zwaar", "licht"} <= passive.state_grades() and "snel" not in passive.state_grades()
    assert {"zeggen", "denken"} <= saying_verbs() and "vinden" not in saying_verbs()


@pytest.mark.parametrize("text, passive_found", [
    # a program's status line: the doer is the program (machine and data participles, data nouns)
    ("Het bestand kon niet worden gedownload.", False),
    ("Het bestand kon niet worden geopend.", False),
    ("Het zwembad kan niet worden geopend.", True),  # people open a swimming pool
    ("Uw wijzigingen zijn opgeslagen.", False),
    # a label of a routine update with a rhythm (a unit of time, an adverb of rhythm)
    ("Wordt elke week bijgewerkt.", False),
    ("Wordt om de vijf minuten ververst.", False),
    ("Wordt regelmatig bijgewerkt.", False),
    ("De lijst wordt bijgewerkt.", True),
    # "bezet worden" of seats, and of a building
    ("Hoeveel IC-bedden bezet worden door patiënten, verschilt per dag.", False),
    ("Het pand werd bezet door krakers.", True),
    # a word of degree before the participle: an adjective
    ("Wij zijn zeer betrokken bij de buurt.", False),
    # "gesteld op" an amount: someone set it
    ("De boete is gesteld op het maximum.", True),
])
def test_passive_reads_the_moved_lists_as_before(check, text, passive_found):
    from conftest import codes

    assert bool(codes(check(text), "DD102")) is passive_found, text


def test_act_verb_passes_over_the_nouns_of_a_thing():
    from duidelijk.rules.nominalisation import act_verb

    assert act_verb("besluit") is None  # "het besluit van de raad": the decision, not the act
    assert act_verb("informatie") is None
    assert act_verb("behandeling") == "behandelen"


def test_options_in_gives_defaults_with_the_users_settings_over_them():
    from duidelijk.rules.nominalisation import Obvious
    from duidelijk.rules.tang import LeadIn, Tang

    assert Tang.options_in(Config()) == Tang.settings
    config = Config.from_dict({"rules": {"DD107": {"max_verb_gap": Tang.settings["max_verb_gap"] + 3}}})
    assert Tang.options_in(config)["max_verb_gap"] == Tang.settings["max_verb_gap"] + 3
    assert LeadIn.options_in(config) == LeadIn.settings  # another rule's settings stay
    assert Obvious.options_in(Config.from_dict({"rules": {"DD118": {"plural_doen": True}}}))["plural_doen"] is True
    # what a rule made from the config holds
    assert Tang(config.options_for("DD107")).options == Tang.options_in(config)


def test_no_rule_module_merges_settings_by_hand():
    merged = re.compile(r"\{\*\*\w+\.settings, \*\*")
    found = [p.name for p in (ROOT / "duidelijk").rglob("*.py") if p.name != "base.py" and merged.search(p.read_text())]
    assert found == []
