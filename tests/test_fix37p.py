"""The compound splitter reads no ending of an inflected word as a word (fix37p, issue 13).

A Dutch compound inflects on its head: "fietsenmakers" is the plural of "fietsenmaker", whose
head "maker" takes the "-s". So a word that is an inflected form of a word the word list has
("fietsers" of "fietser", "factoren" of "factor", "kloppen" of "klop") has no head that starts
less than three letters before the end of that word: "fiets" + "ers" made a word of the plural
ending and a scrap of "fietser" ("ers" passed as a rare word of its own). The rest of that
word is no head either when it has three letters, is a rare word and is rarer than the whole:
a compound is rarer than its head ("spie" + "gels": "spiegel" is more common than "gel").
Such a word is one part; a true compound keeps its parts, also with a rare head or a short one.
"""

from __future__ import annotations

import pytest

from duidelijk import dictionary

# the shared fixture: the OpenTaal word list on and off, every dictionary cache emptied
from test_dictionary import mode  # noqa: F401

# words made with a suffix or an ending, which the splitter cut into a word and the ending
# ("fiets" + "ers", "facto" + "ren", "klop" + "pen", "mee" + "ster", "get" + "allen")
NO_COMPOUNDS = [
    "fietsers", "stickers", "factoren", "burgers", "rechters", "verdedigers", "opvolgers",
    "kloppen", "inpakken", "zeggen", "meester", "motoren", "sponsoren", "directeuren",
    "crediteuren", "getallen", "aantallen", "vriendinnen", "koninginnen", "prinsessen",
    "bestellen", "instellen", "analyseren", "luieren", "lachers", "pesters", "skaters",
    "werpers", "kraters",
    # the rest of the lemma has three letters, is a rare word and rarer than the whole:
    # "spie" + "gels" ("spiegel": "gel"), "wet" + "tel" + "ijke" ("wettelijk": "ijk")
    "profielen", "spiegels", "operators", "wettelijke", "gemeentelijke", "gesprekken",
    "kennissen", "momenten", "talenten", "druppels", "stapels",
]

# true compounds, with a rare head ("canon", "peil"), a head of three letters in the plural
# ("buien", "bessen", "riffen", "doppen") and heads in "-en" and "-s"
COMPOUNDS = [
    ("erfpachtcanon", ("erfpacht", "canon")),
    ("grondwaterpeil", ("grondwater", "peil")),
    ("zeepaardjes", ("zee", "paardjes")),
    ("fietsenmakers", ("fietsen", "makers")),
    ("rechtszaken", ("rechts", "zaken")),
    ("vergunningverlening", ("vergunning", "verlening")),
    ("parkeervergunningen", ("parkeer", "vergunningen")),
    ("huisartsen", ("huis", "artsen")),
    ("voorbeeldbrieven", ("voorbeeld", "brieven")),
    ("regenbuien", ("regen", "buien")),
    ("bosbessen", ("bos", "bessen")),
    ("koraalriffen", ("koraal", "riffen")),
    ("oordoppen", ("oor", "doppen")),
    ("huisdieren", ("huis", "dieren")),
    ("snelwegen", ("snel", "wegen")),
    ("werkuren", ("werk", "uren")),
    ("ijsberen", ("ijs", "beren")),
    ("buurtgenoten", ("buurt", "genoten")),
    ("teamgenoten", ("team", "genoten")),
    ("boekhouders", ("boek", "houders")),
    ("kinderopvang", ("kinder", "opvang")),
    ("afvalcontainers", ("afval", "containers")),
    ("belastingaangiften", ("belasting", "aangiften")),
    ("zorgverzekeraars", ("zorg", "verzekeraars")),
    ("parkeerplaatsen", ("parkeer", "plaatsen")),
    ("wachttijden", ("wacht", "tijden")),
    ("bouwvergunningen", ("bouw", "vergunningen")),
    ("zonnepanelen", ("zonne", "panelen")),
    ("huurtoeslagen", ("huur", "toeslagen")),
    ("vuilniszakken", ("vuilnis", "zakken")),
    ("waterleidingen", ("water", "leidingen")),
    ("tandartsen", ("tand", "artsen")),
    ("brievenbussen", ("brieven", "bussen")),
    ("speeltuinen", ("speel", "tuinen")),
    ("fietspaden", ("fiets", "paden")),
    # a head of three letters in the plural, rarer as a word than the part of three letters
    # may be, but more common than the compound: a compound is rarer than its head
    ("schaamlippen", ("schaam", "lippen")),
    ("webcammen", ("web", "cammen")),
    ("steekmuggen", ("steek", "muggen")),
]


@pytest.fixture
def word_list(mode):
    if mode != "word list":
        pytest.skip("the ending is known by the word's form in the word list")
    return mode


@pytest.mark.parametrize("word", NO_COMPOUNDS)
def test_an_inflected_word_is_not_cut_in_its_ending(word_list, word):
    assert dictionary.live_compound_parts(word) == (word,)
    assert dictionary._split(word) == (word,)


@pytest.mark.parametrize("word, parts", COMPOUNDS)
def test_a_true_compound_keeps_its_parts(mode, word, parts):
    assert dictionary.live_compound_parts(word) == parts


def test_the_head_of_a_plural_is_found_past_a_false_piece(word_list):
    """"geldsommen" is the plural of "geldsom": "gelds" + "ommen" read the ending of "som"
    as a word; the head starts three letters before the end of "geldsom"."""
    assert dictionary.live_compound_parts("geldsommen") == ("geld", "sommen")


@pytest.mark.parametrize("word, start, cut", [
    ("fietsers", 5, True),  # "fietser": "er" is left of it
    ("factoren", 5, True),  # "factor": "r"
    ("kloppen", 4, True),  # "klop": nothing
    ("fietsenmakers", 7, False),  # "fietsenmaker": "maker"
    ("rechtszaken", 6, False),  # "rechtszaak": "zaak"
    ("vergunningverlening", 10, False),  # no inflected form: nothing is barred
    ("spiegels", 4, True),  # "spiegel": "gel" is rare, rarer than "spiegel"
    ("regenbuien", 5, False),  # "regenbui": "bui" is rare, but more common than "regenbui"
])
def test_in_ending(word_list, word, start, cut):
    assert dictionary._in_ending(word, start) is cut


def test_the_quick_no_of_in_ending_holds_for_every_lemma(mode):
    """``_in_ending`` answers at once for a head that starts more than ``_MIN_HEAD`` +
    ``_LEMMA_SHORTER`` letters before the end: no form of ``lemma_candidates`` is shorter than
    the word by more than ``_LEMMA_SHORTER`` letters (here on every 10th word of wordfreq's list)."""
    from duidelijk.lexicon import dutch_table

    words = sorted(w for w in dutch_table() if len(w) >= 6)[::10]
    assert not [(w, c) for w in words for c in dictionary.lemma_candidates(w)[1:]
                if len(c) < len(w) - dictionary._LEMMA_SHORTER]
