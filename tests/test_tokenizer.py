from pathlib import Path

import pytest
import spacy

from duidelijk.tokenizer import ABBREVIATIONS, NOT_ABBREVIATIONS, customize_tokenizer

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("nl")
    customize_tokenizer(nlp)
    return nlp


def tokens(nlp, text):
    return [t.text for t in nlp(text)]


CASES = [
    # dates
    ("1 januari 2026", ["1", "januari", "2026"]),
    ("01-02-2026", ["01-02-2026"]),
    ("1-2-2026", ["1-2-2026"]),
    ("01/02/2026", ["01/02/2026"]),
    ("op 1-2-2026.", ["op", "1-2-2026", "."]),
    ("sinds 01/02/2026,", ["sinds", "01/02/2026", ","]),
    ("vóór 1 januari 2026.", ["vóór", "1", "januari", "2026", "."]),
    # amounts
    ("€ 78,50", ["€", "78,50"]),
    ("€78,50", ["€", "78,50"]),
    ("€ 1.250,-", ["€", "1.250,-"]),
    ("€1.250,-", ["€", "1.250,-"]),
    ("€ 1.250,00", ["€", "1.250,00"]),
    ("€ 15", ["€", "15"]),
    ("1.250,-", ["1.250,-"]),
    ("U krijgt € 1.250,-.", ["U", "krijgt", "€", "1.250,-", "."]),
    ("Dat kost €78,50.", ["Dat", "kost", "€", "78,50", "."]),
    ("Het is € 15.", ["Het", "is", "€", "15", "."]),
    # times
    ("14.30 uur", ["14.30", "uur"]),
    ("9:00", ["9:00"]),
    ("14.30-16.00 uur", ["14.30", "-", "16.00", "uur"]),
    ("9:00-12:00.", ["9:00", "-", "12:00", "."]),
    ("om 14.30.", ["om", "14.30", "."]),
    # postcodes
    ("7511 AB", ["7511", "AB"]),
    ("7511AB", ["7511AB"]),
    ("7511 AB Enschede", ["7511", "AB", "Enschede"]),
    ("in 7511AB.", ["in", "7511AB", "."]),
    # phone numbers
    ("053-4812345", ["053-4812345"]),
    ("06-12345678", ["06-12345678"]),
    ("(053) 481 23 45", ["(", "053", ")", "481", "23", "45"]),
    ("+31 53 481 2345", ["+31", "53", "481", "2345"]),
    ("+31 (0)53 481 2345", ["+31", "(0)53", "481", "2345"]),
    ("Bel 053-4812345.", ["Bel", "053-4812345", "."]),
    ("Bel 06-12345678!", ["Bel", "06-12345678", "!"]),
    # e-mail addresses and URLs
    ("info@enschede.nl", ["info@enschede.nl"]),
    ("j.jansen@hengelo.nl", ["j.jansen@hengelo.nl"]),
    ("Mail naar j.jansen@hengelo.nl.", ["Mail", "naar", "j.jansen@hengelo.nl", "."]),
    ("www.enschede.nl/afval", ["www.enschede.nl/afval"]),
    ("https://www.twente.nl/wmo?x=1", ["https://www.twente.nl/wmo?x=1"]),
    ("Kijk op www.enschede.nl.", ["Kijk", "op", "www.enschede.nl", "."]),
    ("Zie https://www.twente.nl/wmo?x=1.", ["Zie", "https://www.twente.nl/wmo?x=1", "."]),
    ("(zie www.enschede.nl/afval)", ["(", "zie", "www.enschede.nl/afval", ")"]),
    # case numbers
    ("Z-2026-001234", ["Z-2026-001234"]),
    ("ZK2026-00012", ["ZK2026-00012"]),
    ("2026/12345", ["2026/12345"]),
    ("Kenmerk: Z-2026-001234.", ["Kenmerk", ":", "Z-2026-001234", "."]),
    ("zaak 2026/12345?", ["zaak", "2026/12345", "?"]),
    # house numbers
    ("12a", ["12a"]),
    ("12-3", ["12-3"]),
    ("Hengelosestraat 12A", ["Hengelosestraat", "12A"]),
    ("Ik woon op Hengelosestraat 12A.", ["Ik", "woon", "op", "Hengelosestraat", "12A", "."]),
    ("Markt 12a,", ["Markt", "12a", ","]),
    ("Oldenzaalsestraat 12-3.", ["Oldenzaalsestraat", "12-3", "."]),
    # an abbreviation with the "v" of "van" ends a sentence; an ordinary abbreviation keeps its dot
    ("Dit staat in het PvE.", ["Dit", "staat", "in", "het", "PvE", "."]),
    ("Bel de KvK.", ["Bel", "de", "KvK", "."]),
    ("Mw. Jansen", ["Mw.", "Jansen"]),
    # abbreviations in a sentence
    ("U krijgt o.a. een brief van dhr. Jansen over art. 4 van de Wmo.",
     ["U", "krijgt", "o.a.", "een", "brief", "van", "dhr.", "Jansen", "over", "art.", "4",
      "van", "de", "Wmo", "."]),
    ("Bijv. een paspoort.", ["Bijv.", "een", "paspoort", "."]),
    ("O.a. de gemeente.", ["O.a.", "de", "gemeente", "."]),
    ("Dhr. Jansen en Mevr. De Vries", ["Dhr.", "Jansen", "en", "Mevr.", "De", "Vries"]),
    ("tel.: 14 053", ["tel.", ":", "14", "053"]),
]

NEGATIVES = [
    ("Het is 5 uur.", ["Het", "is", "5", "uur", "."]),
    ("Dat is een goed idee.", ["Dat", "is", "een", "goed", "idee", "."]),
    ("Ik kom om 3 uur.", ["Ik", "kom", "om", "3", "uur", "."]),
    ("Dat heeft u al.", ["Dat", "heeft", "u", "al", "."]),
    ("Dit is voor u.", ["Dit", "is", "voor", "u", "."]),
    ("Neem uw pas mee, of uw pas.", ["Neem", "uw", "pas", "mee", ",", "of", "uw", "pas", "."]),
    ("Download de app.", ["Download", "de", "app", "."]),
    ("U krijgt een WW.", ["U", "krijgt", "een", "WW", "."]),
    ("Het mag maximaal 25 kg.", ["Het", "mag", "maximaal", "25", "kg", "."]),
    ("Wat vindt u ervan?", ["Wat", "vindt", "u", "ervan", "?"]),
    ("Ja, dat klopt!", ["Ja", ",", "dat", "klopt", "!"]),
    ("Het kost 1.250 euro.", ["Het", "kost", "1.250", "euro", "."]),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES)
def test_tokens(nlp, text, expected):
    assert tokens(nlp, text) == expected


@pytest.mark.parametrize("abbr", ABBREVIATIONS)
def test_abbreviation_is_one_token(nlp, abbr):
    capitalised = abbr[0].upper() + abbr[1:]
    assert tokens(nlp, f"zie {abbr} hier") == ["zie", abbr, "hier"]
    assert tokens(nlp, f"{capitalised} hier") == [capitalised, "hier"]


@pytest.mark.parametrize("word", NOT_ABBREVIATIONS)
def test_word_gives_up_sentence_period(nlp, word):
    assert tokens(nlp, f"Het is {word}.") == ["Het", "is", word, "."]


def test_customize_is_idempotent():
    nlp = spacy.blank("nl")
    customize_tokenizer(nlp)
    customize_tokenizer(nlp)
    assert tokens(nlp, "Kijk op www.enschede.nl. Bel 14.30-16.00 uur.") == [
        "Kijk", "op", "www.enschede.nl", ".", "Bel", "14.30", "-", "16.00", "uur", "."]


def test_trailing_punctuation_split_after_everything(nlp):
    for item in ["01-02-2026", "1.250,-", "9:00", "7511AB", "053-4812345",
                 "info@enschede.nl", "www.enschede.nl/afval", "Z-2026-001234", "12A", "12-3"]:
        for punct in [".", ",", "!", "?", ";", ":", ")"]:
            assert tokens(nlp, f"{item}{punct}") == [item, punct], (item, punct)


def _both():
    """The letter tokenizer (special cases added on first sight) and spaCy's plain Tokenizer
    with all the same special cases and patterns."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_prefix_regex

    from duidelijk.tokenizer import LetterTokenizer, letter_tokenizer

    blank = spacy.blank("nl")
    lazy = letter_tokenizer(blank, blank.Defaults.tokenizer_exceptions,
                            compile_prefix_regex(blank.Defaults.prefixes).search, blank.Defaults.url_match)
    assert isinstance(lazy, LetterTokenizer) and lazy._pending
    rules = {**lazy._pending, **Tokenizer.rules.__get__(lazy)}
    full = Tokenizer(blank.vocab, rules=rules, prefix_search=lazy.prefix_search,
                     suffix_search=lazy.suffix_search, infix_finditer=lazy.infix_finditer,
                     token_match=lazy.token_match, url_match=lazy.url_match)
    return lazy, full, rules


LAZY_TEXTS = [
    "Wij sturen u a.d.h.v. uw aanvraag een brief.",
    "Zie (bijv. art. 4) en m.b.t. de Wmo, o.a. Dhr. Jansen en mevr. De Vries z.s.m. :-)",
    "Bel ons a.u.b.(tel. 14 053) of mail: info@enschede.nl. Ma. t/m vr. van 9.00-17.00 uur.",
    "Het kind z'n fiets, 's ochtends, d'r boek en A.A. Jansen jr. e.d.",
    "a . d . h . v . en a.d .h.v. en bijv.bijv. en t.a.v.m.b.t.",  # spaced and glued forms
    "Een gewone zin zonder afkortingen.\n\nNog een\tzin.",
]


@pytest.mark.parametrize("text", LAZY_TEXTS)
def test_special_cases_added_on_first_sight_give_the_same_tokens(text):
    lazy, full, _ = _both()

    def seen(tok):
        return [(t.text, t.whitespace_, t.norm_) for t in tok(text)]

    assert seen(lazy) == seen(full)


def test_only_the_special_cases_a_text_contains_are_added():
    lazy, full, rules = _both()
    before = len(lazy._pending)
    lazy("Een gewone zin zonder afkortingen.")
    added = before - len(lazy._pending)
    lazy("Dat gaat o.a. over art. 4.")
    assert "o.a." not in lazy._pending and "art." not in lazy._pending
    assert before - len(lazy._pending) > added and len(lazy._pending) > 3000
    # asking for the rules, saving or pickling gives all of them
    assert set(lazy.rules) == set(rules) and not lazy._pending
    import pickle

    again = pickle.loads(pickle.dumps(lazy))
    assert set(again.rules) == set(rules)
    assert [t.text for t in again("Zie o.a. bijv. art. 4.")] == [t.text for t in full("Zie o.a. bijv. art. 4.")]


def test_add_pending_adds_every_special_case_at_once_with_the_same_tokens():
    lazy, full, rules = _both()
    assert len(lazy._pending) > 3000
    lazy.add_pending()
    assert not lazy._pending
    assert set(_added_rules(lazy)) == set(rules)
    for text in LAZY_TEXTS:
        assert [(t.text, t.norm_) for t in lazy(text)] == [(t.text, t.norm_) for t in full(text)]


def _added_rules(tok):
    from spacy.tokenizer import Tokenizer

    return Tokenizer.rules.__get__(tok)  # what is really added, without adding the rest


def test_web_warm_up_leaves_no_special_case_pending():
    from duidelijk.config import Config
    from duidelijk.model import load_pipeline
    from duidelijk.web import warm_up

    nlp = load_pipeline()
    warm_up(Config())
    assert not getattr(nlp.tokenizer, "_pending", {})


def _counting(tok):
    """Count the calls of ``tok``'s prefix search: spaCy makes them only for a chunk (a piece
    between spaces) that is not in its cache."""
    calls = [0]
    search = tok.prefix_search

    def counted(text):
        calls[0] += 1
        return search(text)

    tok.prefix_search = counted  # spaCy empties its cache here
    return calls


CACHE_TEXT = "Wij sturen u o.a. uw aanvraag een brief over de (nieuwe) regels."


def test_without_cache_chunks_spacy_caches_nothing_after_a_special_case():
    # explosion/spaCy#13950: once a text has had a special case, no later chunk is cached
    lazy, _, _ = _both()
    lazy.add_pending()
    calls = _counting(lazy)
    lazy(CACHE_TEXT)
    first = calls[0]
    lazy(CACHE_TEXT)
    assert first > 0 and calls[0] - first > 0  # "uw", "aanvraag", "(nieuwe)", ... split again


def test_cache_chunks_splits_each_chunk_once_with_the_same_tokens():
    lazy, full, _ = _both()
    lazy.add_pending()
    lazy.cache_chunks()
    calls = _counting(lazy)
    texts = [*LAZY_TEXTS, CACHE_TEXT, *(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")))]

    def seen(tok, text):
        return [(t.text, t.whitespace_, t.norm_, t.lower_) for t in tok(text)]

    for text in texts:
        assert seen(lazy, text) == seen(full, text)
    before = calls[0]
    lazy(CACHE_TEXT)
    assert calls[0] == before  # every chunk came from the cache
    # a chunk that holds a special case is not cached (spaCy keeps its own attributes for it)
    lazy("(bijv.")
    again = calls[0]
    lazy("(bijv.")
    assert calls[0] > again
    for text in texts:  # and from the cache, the tokens are still the same
        assert seen(lazy, text) == seen(full, text)


def test_new_special_cases_start_the_chunk_cache_again():
    lazy, _, _ = _both()
    calls = _counting(lazy)
    lazy.cache_chunks()
    text = "Zie art. 4 voor een gewone zin."
    lazy(text)
    lazy("Zie o.a. de brief.")  # adds "o.a.": spaCy empties its cache, so the chunks go in again
    assert "o.a." not in lazy._pending
    lazy(text)
    before = calls[0]
    lazy(text)
    assert calls[0] == before


def test_web_warm_up_caches_chunks():
    from duidelijk.config import Config
    from duidelijk.model import load_pipeline
    from duidelijk.web import warm_up

    nlp = load_pipeline()
    warm_up(Config())
    assert nlp.tokenizer._chunks is not None


def test_bundled_tokenizer_patterns_are_spacys_compiled_expressions():
    """The letter tokenizer compiles its prefix, suffix and infix expressions through
    duidelijk.regexcache: the same patterns (expression, flags and code) as spaCy's own
    compile_*_regex of the same entries."""
    from spacy.lang.nl import Dutch
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from duidelijk.model import load_pipeline
    from duidelijk.tokenizer import _EXTRA_INFIXES, _EXTRA_SUFFIXES, _apostrophe_within_words

    tok = load_pipeline().tokenizer
    defaults = Dutch.Defaults
    assert tok.prefix_search.__self__ == compile_prefix_regex(defaults.prefixes)
    assert tok.suffix_search.__self__ == compile_suffix_regex([*_EXTRA_SUFFIXES, *defaults.suffixes])
    assert tok.infix_finditer.__self__ == compile_infix_regex([*_EXTRA_INFIXES, *_apostrophe_within_words(defaults.infixes)])
