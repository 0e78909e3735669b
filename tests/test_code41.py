"""Code-shape mends of the forty-first session (code41), behaviour unchanged:

- ``Rule.options_in(config)``: a rule's settings as a config sets them, the one place for the
  merge of defaults and the user's own settings;
- vocabulary that was written as Python sets in rule modules is data in ``wordlists/``, loaded
  once per process by ``duidelijk.wordlists.load``;
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
