"""Tests for duidelijk.metrics: syllables, Flesch-Douma and LiNT-II.

The LiNT-II tests use sentences built by hand as spaCy Docs (UD labels, absolute head
indices), so they need no trained Dutch pipeline.
"""

from __future__ import annotations

import statistics

import pytest
import spacy
from spacy.tokens import Doc

from duidelijk import metrics
from duidelijk.metrics import (
    LINT_VERSION,
    count_syllables,
    dependency_length,
    douma_label,
    flesch_douma,
    lint_from_features,
    lint_level,
    lint_level_description,
    lint_sentence,
    lint_text,
    noun_type,
    word_frequency,
)

VOCAB = spacy.blank("nl").vocab
FIN = "VerbForm=Fin"


def make(rows: list[tuple]) -> Doc:
    """Rows of (word, pos, head index, dep[, lemma[, morph]]) -> a parsed Doc."""
    rows = [r + (None,) * (6 - len(r)) for r in rows]
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        lemmas=[r[4] or r[0].lower() for r in rows],
        morphs=[r[5] or "" for r in rows],
    )


def easy_doc() -> Doc:
    # De hond loopt in de tuin.
    return make([
        ("De", "DET", 1, "det"),
        ("hond", "NOUN", 2, "nsubj"),
        ("loopt", "VERB", 2, "ROOT", "lopen", FIN),
        ("in", "ADP", 5, "case"),
        ("de", "DET", 5, "det"),
        ("tuin", "NOUN", 2, "obl"),
        (".", "PUNCT", 2, "punct"),
    ])


def hard_doc() -> Doc:
    # A long abstract sentence: the subject waits 18 words for its verb.
    return make([
        ("De", "DET", 1, "det"),
        ("gemeente", "NOUN", 22, "nsubj"),
        ("heeft", "AUX", 22, "aux", "hebben", FIN),
        (",", "PUNCT", 6, "punct"),
        ("na", "ADP", 6, "case"),
        ("zorgvuldige", "ADJ", 6, "amod", "zorgvuldig"),
        ("afweging", "NOUN", 22, "obl"),
        ("van", "ADP", 10, "case"),
        ("alle", "DET", 10, "det"),
        ("relevante", "ADJ", 10, "amod", "relevant"),
        ("belangen", "NOUN", 6, "nmod", "belang"),
        ("en", "CCONJ", 12, "cc"),
        ("beleidsoverwegingen", "NOUN", 10, "conj", "beleidsoverweging"),
        (",", "PUNCT", 6, "punct"),
        ("het", "DET", 15, "det"),
        ("voornemen", "NOUN", 22, "obj"),
        ("tot", "ADP", 17, "case"),
        ("heroverweging", "NOUN", 15, "nmod"),
        ("van", "ADP", 20, "case"),
        ("de", "DET", 20, "det"),
        ("subsidieverstrekking", "NOUN", 17, "nmod"),
        ("definitief", "ADJ", 22, "advmod"),
        ("ingetrokken", "VERB", 22, "ROOT", "intrekken", "VerbForm=Part"),
        (".", "PUNCT", 22, "punct"),
    ])


def conj_doc() -> Doc:
    # Dat geluid klinkt in het bedrijf en moet worden gehoord.
    return make([
        ("Dat", "DET", 1, "det"),
        ("geluid", "NOUN", 2, "nsubj"),
        ("klinkt", "VERB", 2, "ROOT", "klinken", FIN),
        ("in", "ADP", 5, "case"),
        ("het", "DET", 5, "det"),
        ("bedrijf", "NOUN", 2, "obl"),
        ("en", "CCONJ", 9, "cc"),
        ("moet", "AUX", 9, "aux", "moeten", FIN),
        ("worden", "AUX", 9, "aux:pass", "worden", "VerbForm=Inf"),
        ("gehoord", "VERB", 2, "conj", "horen", "VerbForm=Part"),
        (".", "PUNCT", 2, "punct"),
    ])


# --- syllables -------------------------------------------------------------------------

SYLLABLES = {
    # words from the brief (idee and familie have 2 and 3 syllables: i-dee, fa-mi-lie)
    "idee": 2, "België": 3, "bioscoop": 3, "ruïne": 3, "coöperatie": 5, "beëindigen": 4,
    "geïnteresseerd": 5, "theater": 3, "januari": 4, "politie": 3, "museum": 3,
    "familie": 3, "aanvraag": 2, "gemeente": 3, "uitkering": 3, "huis": 1, "eeuw": 1,
    "leeuw": 1, "mooi": 1, "nieuw": 1, "koe": 1, "duidelijk": 3,
    # vowel clusters and diphthongs
    "aanvragen": 3, "bijeenkomst": 3, "vrijwilliger": 4, "toeslag": 2, "belasting": 3,
    "zorgverzekering": 5, "vergunning": 3, "burgemeester": 4, "wethouder": 3,
    "identiteitsbewijs": 6, "draaien": 2, "groeien": 2, "koeien": 2, "eieren": 3,
    "luie": 2, "vrouwen": 2, "nieuws": 1, "fietsen": 2, "kinderen": 3, "zwembad": 2,
    "toekenning": 3, "maatregelen": 4, "informatie": 4, "situatie": 4, "IJssel": 2,
    # hiatus, loanwords and diaeresis
    "ideeën": 3, "zeeën": 2, "Italië": 4, "naïef": 2, "reünie": 3, "financieel": 4,
    "sociaal": 3, "actueel": 3, "radio": 3, "piano": 3, "video": 3, "beoordelen": 4,
    "beantwoorden": 4, "geopend": 3, "aquarium": 4, "niveau": 2, "bureau": 2,
    "cadeau": 2, "milieu": 2, "serieus": 3, "jubileum": 4, "museumkaart": 4,
    "geautomatiseerd": 6, "één": 1, "café": 2, "typisch": 2, "yoghurt": 2,
    "website": 2, "online": 2, "e-mail": 2, "e-mailadres": 4, "teams": 1, "auto's": 2,
    "'s-Hertogenbosch": 4,
}


@pytest.mark.parametrize("word,gold", sorted(SYLLABLES.items()))
def test_count_syllables(word, gold):
    assert count_syllables(word) == gold


@pytest.mark.parametrize("word,gold", [
    # a loanword of the table as the start or end of a compound (speed25: found through its
    # first or last four letters before the keys are tried)
    ("websitebeheer", 4), ("servicepunt", 3), ("bedrijfswebsite", 4), ("onlinedienst", 3),
    ("teamleider", 3), ("mailbox", 2),
    # the same four letters, but no loanword of the table: counted as Dutch
    ("servies", 2), ("onlinx", 2), ("stations", 2), ("teams", 1),
])
def test_count_syllables_loanword_in_a_compound(word, gold):
    assert count_syllables(word) == gold


def test_count_syllables_numbers_symbols_abbreviations():
    assert count_syllables("2024") == 1
    assert count_syllables("1.250,00") == 1
    assert count_syllables("%") == 2  # procent
    assert count_syllables(".") == 0
    assert count_syllables("") == 0
    assert count_syllables("BSN") == 3  # bee-es-en
    assert count_syllables("KvK") == 3


# --- Flesch-Douma ----------------------------------------------------------------------

def test_flesch_douma_formula():
    assert flesch_douma(100, 10, 150) == pytest.approx(206.835 - 9.3 - 115.5)
    assert flesch_douma(12, 1, 12) == pytest.approx(206.835 - 0.93 * 12 - 77)
    assert flesch_douma(0, 0, 0) == 0.0
    assert flesch_douma(10, 0, 15) == 0.0


def test_flesch_douma_is_lower_for_longer_words_and_sentences():
    assert flesch_douma(100, 10, 140) > flesch_douma(100, 10, 180)
    assert flesch_douma(100, 10, 140) > flesch_douma(100, 4, 140)


def test_douma_labels():
    assert douma_label(95) == "zeer makkelijk"
    assert douma_label(90) == "zeer makkelijk"
    assert douma_label(85) == "makkelijk"
    assert douma_label(75) == "vrij makkelijk"
    assert douma_label(65) == "normaal"
    assert douma_label(55) == "vrij moeilijk"
    assert douma_label(40) == "moeilijk"
    assert douma_label(29.9) == "zeer moeilijk"
    assert douma_label(-20) == "zeer moeilijk"


# --- LiNT-II: formula and levels ----------------------------------------------------------

def test_lint_version():
    assert LINT_VERSION == "LiNT-II 0.1.3"


def test_lint_formula_matches_the_wheel_example():
    # Example from lint_ii.core.lint_scorer.LintScorer's docstring.
    result = lint_from_features(5.2, 3, 4.5, 0.6)
    assert result.score == pytest.approx(21.010140322363895, abs=1e-9)
    assert result.level == 1


def test_lint_formula_clamps_and_needs_all_features():
    assert lint_from_features(7.5, 0, 0, 1.0).score == 0.0
    assert lint_from_features(1.36, 30, 15, 0.0).score == 100.0
    missing = lint_from_features(5.0, 3, None, 0.5)
    assert missing.score is None and missing.level is None


@pytest.mark.parametrize(
    "score,level",
    [(0, 1), (33.99, 1), (34, 2), (45.99, 2), (46, 3), (57.99, 3), (58, 4), (100, 4)],
)
def test_lint_levels_follow_published_bands(score, level):
    assert lint_level(score) == level


def test_lint_level_descriptions_are_dutch():
    texts = [lint_level_description(level) for level in (1, 2, 3, 4)]
    assert len(set(texts)) == 4
    for level, pct in zip((1, 2, 3, 4), ("14%", "29%", "53%", "78%")):
        assert pct in texts[level - 1]
    assert texts[0].startswith("makkelijk") and texts[3].startswith("zeer moeilijk")
    assert "niet te bepalen" in lint_level_description(None)


# --- LiNT-II: features -----------------------------------------------------------------

def test_dependency_lengths_on_hand_built_tree():
    doc = conj_doc()
    lengths = [dependency_length(t) for t in doc]
    # geluid also depends on the conjunct "gehoord" (7 words between); gehoord, a conjunct
    # of the root, is measured to the root "klinkt".
    assert lengths == [0, 7, 0, 1, 0, 2, 2, 1, 0, 6, 0]
    result = lint_sentence(doc[:])
    assert result.max_dependency_length == 7
    assert result.content_words_per_clause == 2.0  # geluid, klinkt, bedrijf, gehoord / 2


def test_punctuation_is_not_an_intervening_word():
    doc = hard_doc()
    assert dependency_length(doc[1]) == 18  # gemeente ... ingetrokken, two commas left out
    assert dependency_length(doc[3]) == 0  # punctuation itself
    assert dependency_length(doc[12]) == 5  # conjunct measured to the head of "belangen"


def test_easy_sentence_features_and_score():
    result = lint_sentence(easy_doc()[:])
    assert result.max_dependency_length == 2  # tuin -> loopt, over "in de"
    assert result.content_words_per_clause == 3.0
    assert result.proportion_concrete == 1.0
    expected = statistics.mean(word_frequency(w) for w in ("hond", "loopt", "tuin"))
    assert result.word_frequency == pytest.approx(expected)
    assert result.level == 1


def test_long_abstract_sentence_is_harder():
    easy = lint_sentence(easy_doc()[:])
    hard = lint_sentence(hard_doc()[:])
    assert hard.max_dependency_length == 18
    assert hard.content_words_per_clause == 11.0  # "heeft" is the only finite verb
    assert hard.proportion_concrete == 0.0
    assert hard.word_frequency < easy.word_frequency
    assert hard.score > easy.score + 40
    assert hard.level == 4


def test_compound_frequency_uses_head_noun_and_skiplist():
    hard = lint_sentence(hard_doc()[:])
    # gemeente and intrekken are on LiNT-II's skip list; listed compounds use their head.
    words = ["zorgvuldige", "afweging", "relevante", "belangen", "beleidsoverwegingen",
             "voornemen", "overweging", "verstrekking", "definitief"]
    assert hard.word_frequency == pytest.approx(statistics.mean(map(word_frequency, words)))


def test_text_pools_words_and_averages_sentence_features():
    text = lint_text([easy_doc()[:], hard_doc()[:]])
    assert text.sentences == 2
    assert text.max_dependency_length == 10  # mean of 2 and 18
    assert text.content_words_per_clause == 7  # mean of 3 and 11
    assert text.proportion_concrete == 0.25  # 2 concrete of 8 listed nouns, not (1 + 0) / 2
    words = ["hond", "loopt", "tuin", "zorgvuldige", "afweging", "relevante", "belangen",
             "beleidsoverwegingen", "voornemen", "overweging", "verstrekking", "definitief"]
    assert text.word_frequency == pytest.approx(statistics.mean(map(word_frequency, words)))
    assert lint_sentence(easy_doc()[:]).score < text.score < lint_sentence(hard_doc()[:]).score


def test_skip_keeps_placeholders_out_of_word_frequency():
    # U krijgt XXX euro per maand.   ("XXX" stands for a template placeholder)
    doc = make([
        ("U", "PRON", 1, "nsubj"),
        ("krijgt", "VERB", 1, "ROOT", "krijgen", FIN),
        ("XXX", "NOUN", 3, "nmod"),
        ("euro", "NOUN", 1, "obj"),
        ("per", "ADP", 5, "case"),
        ("maand", "NOUN", 3, "nmod"),
        (".", "PUNCT", 1, "punct"),
    ])
    plain = lint_sentence(doc[:])
    skipped = lint_sentence(doc[:], skip=lambda t: t.text == "XXX")
    expected = statistics.mean(word_frequency(w) for w in ("krijgt", "euro", "maand"))
    assert skipped.word_frequency == pytest.approx(expected)
    assert plain.word_frequency < skipped.word_frequency  # XXX counted as an unknown word
    assert skipped.content_words_per_clause == plain.content_words_per_clause == 4.0


def test_content_words_exclude_copula_and_numerals_include_manner_adverbs():
    # Het eerste huis is desgewenst groot.
    doc = make([
        ("Het", "DET", 2, "det"),
        ("eerste", "ADJ", 2, "amod"),
        ("huis", "NOUN", 5, "nsubj"),
        ("is", "AUX", 5, "cop", "zijn", FIN),
        ("desgewenst", "ADV", 5, "advmod"),
        ("groot", "ADJ", 5, "ROOT"),
        (".", "PUNCT", 5, "punct"),
    ])
    assert lint_sentence(doc[:]).content_words_per_clause == 3.0  # huis, desgewenst, groot


def test_no_finite_verb_gives_no_score():
    doc = make([("Geen", "DET", 1, "det"), ("toegang", "NOUN", 1, "ROOT"), (".", "PUNCT", 1, "punct")])
    result = lint_sentence(doc[:])
    assert result.content_words_per_clause is None
    assert result.score is None and result.level is None


def test_noun_types_and_frequency_floor():
    doc = make([
        ("huizen", "NOUN", 0, "ROOT", "huizen"),  # plural found even with a wrong lemma
        ("vrijheid", "NOUN", 0, "conj"),
        ("km", "SYM", 0, "nmod"),
        ("Qwzxtrl", "NOUN", 0, "conj"),
        ("snel", "ADJ", 0, "amod"),
    ])
    assert [noun_type(t) for t in doc] == ["c", "a", "c", "?", None]
    assert word_frequency("qwzxtrlvbn") == metrics.ZERO_COUNT_FREQUENCY
    assert word_frequency("huis") > word_frequency("bezwaarschrift") > metrics.ZERO_COUNT_FREQUENCY


def test_features_read_once_give_the_same_scores(nlp):
    from duidelijk.metrics import sentence_features

    doc = nlp("De gemeente heeft uw aanvraag voor een parkeervergunning ontvangen. Wij nemen "
              "binnen acht weken een besluit. U krijgt daarover een brief.")
    sents = list(doc.sents)
    feats = [sentence_features(s) for s in sents]
    for sent, f in zip(sents, feats):
        assert lint_sentence(sent, features=f) == lint_sentence(sent)
    assert lint_text(sents, features=feats) == lint_text(sents)
    assert lint_text(sents).score is not None


def test_float_mean_is_statistics_mean_to_the_last_bit():
    import random

    from duidelijk.metrics import _float_mean

    rnd = random.Random(14)
    for _ in range(2000):
        values = [rnd.choice([rnd.uniform(1.0, 8.0), round(rnd.uniform(1.0, 8.0), 2) - 0.34,
                              metrics.ZERO_COUNT_FREQUENCY]) for _ in range(rnd.randint(1, 40))]
        assert _float_mean(values) == statistics.mean(values)
    assert _float_mean([0.1, 0.2, 0.3]) == statistics.mean([0.1, 0.2, 0.3]) != (0.1 + 0.2 + 0.3) / 3
