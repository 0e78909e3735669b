"""Quicker reads of the token table and of work several rules share give what the old ways
gave (issue 14, tenth session): each function below is held to a copy of its old way (a
Token per token, or the whole sum), on the example letters and on sentences made to reach
each branch."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from duidelijk import difficulty, metrics, phrases
from duidelijk.metrics import token_table
from duidelijk.phrases import doc_keys
from duidelijk.rules import jargon, nominalisation

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SENTENCES = (
    "Wij nemen uw aanvraag in behandeling. Het indienen van een bezwaar kan. Het huis van de buren is groot.",
    "De burgemeester gaat over tot betaling. Wij geven u de rekening door. Zij doet afstand van het recht.",
    "Het, zoals gezegd, indienen van bezwaar kan. Het Indienen van een bezwaar mag. Het leven van de buren.",
    "Het museum is serieus geautomatiseerd; het bureau en de jubileumviering. Geachte heer, deelt u het mede?",
    "Wij verzoeken u de gegevens te verstrekken. Uw verzoeken zijn ontvangen. Gezien uw inkomen betaalt u niets.",
)


@pytest.fixture(scope="module")
def docs(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + list(SENTENCES)
    return list(nlp.pipe(texts))


# --- the old ways -------------------------------------------------------------------------

def _old_count_part(part: str) -> int:
    word = metrics._prepare(part)
    if word in metrics.SYLLABLE_EXCEPTIONS:
        return metrics.SYLLABLE_EXCEPTIONS[word]
    if word.startswith(metrics._EXCEPTION_KEYS) or word.endswith(metrics._EXCEPTION_KEYS):
        for key, value in metrics._EXCEPTION_PARTS:
            if len(word) > len(key):
                if word.startswith(key):
                    return value + _old_count_part(word[len(key):])
                if word.endswith(key):
                    return _old_count_part(word[: -len(key)]) + value
    count = sum(map(metrics._nuclei, metrics._VOWEL_RUN.findall(word)))
    return count + sum(delta for rule, delta in metrics._HIATUS_RULES if rule.search(word))


def _old_keys_with_particles(tokens):
    table = doc_keys(tokens[0].doc) if tokens else []
    keys = [table[t.i] for t in tokens]
    for i, tok in enumerate(tokens):
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        for j in range(i + 1, min(len(tokens), i + nominalisation.WINDOW)):
            if tokens[j].lower_ in nominalisation._PARTICLE_WORDS:
                keys[i] = keys[i] | {tokens[j].lower_ + k for k in table[tok.i]}
    return keys


def _old_het_van_candidates(tokens):
    return [(a.i, b.i, c.i) for a, b, c in zip(tokens, tokens[1:], tokens[2:])
            if a.lower_ == "het" and c.lower_ == "van" and b.lower_.endswith("en") and b.is_alpha]


# --- syllables ------------------------------------------------------------------------------

def test_syllables_skip_the_hiatus_rules_only_where_none_can_match(docs):
    words = {t.text for doc in docs for t in doc if t.is_alpha}
    words |= {"museum", "jubileum", "serieus", "religieuze", "geautomatiseerd", "beautycase", "bureau",
              "leeuw", "europa", "museumjaarkaart", "milieu"}
    for word in sorted(words):
        assert metrics._count_part(word) == _old_count_part(word), word
    # every rule needs "eu" or "eau" in the word: the quick test passes over no word it matches
    for rule, _ in metrics._HIATUS_RULES:
        assert re.search(r"eu|eau", rule.pattern.replace("[gb]", "").replace("^", ""))
    assert metrics._count_part("museum") == 3 and metrics._count_part("bureau") == 2  # the rules still apply


# --- token table: columns read once for the rules --------------------------------------------

def test_key_columns_and_punct_or_space_equal_the_doc(docs):
    from spacy.attrs import DEP, LEMMA, LOWER, POS

    for doc in docs:
        table = token_table(doc)
        assert table.key_columns().tolist() == doc.to_array([LOWER, LEMMA, POS, DEP]).tolist()
        assert table.punct_or_space() == [t.is_punct or t.is_space for t in doc]
        assert table.punct_or_space() is table.punct_or_space()  # made once per Doc
        assert any(table.punct_or_space()) and not all(table.punct_or_space())


def test_facts_hold_their_ten_fields_only(docs):
    fact = token_table(docs[0]).facts[0]
    with pytest.raises(AttributeError):
        fact.something_else = 1  # no __dict__: a fact holds its ten fields only
    assert "lower=" in repr(fact)


# --- DD103 and DD106: the words of a sentence read from the token table ----------------------

def test_keys_with_particles_and_het_van_are_the_token_walks(docs):
    separated = het_vans = 0
    for doc in docs:
        for sent in doc.sents:
            tokens = [t for t in sent if not t.is_punct and not t.is_space]
            new = nominalisation.token_keys_with_particles(tokens)
            old = _old_keys_with_particles(tokens)
            assert new == old
            assert [list(k) for k in new] == [list(k) for k in old]  # the same sets, in the same order
            separated += sum(a != doc_keys(doc)[t.i] for a, t in zip(new, tokens))
            found = [(a.i, b.i, c.i) for a, b, c in nominalisation.het_van(tokens)]
            assert set(found) <= set(_old_het_van_candidates(tokens))
            het_vans += len(_old_het_van_candidates(tokens))
    assert nominalisation.token_keys_with_particles([]) == [] and list(nominalisation.het_van([])) == []
    assert separated and het_vans >= 3  # the sentences have separated particles and "het ... van"


def test_het_van_finds_what_the_token_walk_found(nlp):
    doc = nlp("Het indienen van een bezwaar kan. Het huis van de buren is groot. Het hebben van een auto.")
    tokens = [t for t in doc if not t.is_punct]
    assert [b.text for _, b, _ in nominalisation.het_van(tokens)] == ["indienen"]  # not "huis", not "hebben"


def test_word_class_is_kept_per_doc_and_is_the_word_class(docs, nlp):
    asked = 0
    for doc in docs:
        for tok in doc:
            if tok.is_alpha:
                assert jargon.word_class(tok) == jargon._word_class(tok)
                asked += 1
        assert len(doc.user_data[jargon._WORD_CLASSES]) > 10
    assert asked > 500
    # "verzoeken" after "uw" is a noun, after "wij" a verb: the answer of one Doc is not another's
    one, two = nlp("Uw verzoeken zijn ontvangen."), nlp("Wij verzoeken u te betalen.")
    assert jargon.word_class(one[1]) == "NOUN" and jargon.word_class(two[1]) == "VERB"


def _old_may_match(indexes, facts, keys_of, by_word, particle_heads, skipped=None, keys=None) -> bool:
    present = set(keys) if keys is not None else set().union(*(keys_of[i] for i in indexes))
    if nominalisation.het_van_may(present, indexes, facts, skipped):
        return True
    particles = [(j, facts[j].lower) for j in indexes if facts[j].lower in nominalisation._PARTICLE_WORDS]
    for i in indexes:
        if facts[i].pos not in {"VERB", "AUX"}:
            continue
        if i in particle_heads:
            return True
        keys = keys_of[i]
        if keys & nominalisation.LIGHT_VERBS:
            return True
        if particles:
            joined = {word + k for j, word in particles if j > i for k in keys}
            if joined & nominalisation.LIGHT_VERBS:
                return True
            present |= joined
    listed = nominalisation.expressions()
    return any(listed[n][0] <= present for key in present for n in by_word.get(key, ()))


def test_nominal_prefilter_is_the_old_one(docs):
    """``_may_match`` with the keys as a frozenset and the expressions found by intersection
    says what it said with a set and a look-up per key, with and without the skipped tokens."""
    by_word = nominalisation.expressions_by_word()
    said = []
    for doc in docs:
        table = token_table(doc)
        heads = {h for h, d in zip(table.heads, table.deps) if d == doc.vocab.strings["compound:prt"]}
        for sent in doc.sents:
            indexes = range(sent.start, sent.end)
            for extra in ((), (table.punct_or_space(),),
                          (table.punct_or_space(), phrases.span_keys(doc, sent.start, sent.end))):
                args = (indexes, table.facts, doc_keys(doc), by_word, heads, *extra)
                may = nominalisation._may_match(*args)
                assert may == _old_may_match(*args)
                said.append(may)
    assert any(said) and not all(said)


# --- grouping: the sum of a fixed sentence from where the fix changes it ---------------------

def test_linear_from_the_first_changed_term_is_linear(check):
    report = check((EXAMPLES / "herinnering-voor.txt").read_text(encoding="utf-8"))
    m = difficulty.model()
    categories = [*difficulty.FINDING_FEATURES, "sentence-length"]
    for feats in report.sentence_features:
        partial = m.partial_sums(feats)
        assert partial[-1] == m.linear(feats) and len(partial) == len(m.features) + 1
        for category in categories:
            after = difficulty._fixed(feats, category)
            assert m.linear_from(after, m.first_changed(category), partial) == m.linear(after)
    assert m.first_changed("sentence-length") == 0
    assert m.first_changed("jargon") == m.features.index("jargon") > 0
    assert m.first_changed("no-such-category") == 0  # unknown effect: every term may change
    assert difficulty._fixed(report.sentence_features[0], "paragraph") is None  # the model does not read it
    # from a term after the change the sum is another (the test can fail)
    feats = {**report.sentence_features[0], "words": 40.0, "long_sentence": 25.0}
    after = difficulty._fixed(feats, "sentence-length")
    assert m.linear_from(after, 2, m.partial_sums(feats)) != m.linear(after)


def test_match_keys_are_kept_with_the_token_facts(nlp):
    """``phrases._make_keys`` takes each word's match facts from its token facts once they
    are made: the same keys as made from the columns, the same shared entry for the same
    word in another text, and a key that depends on the sentence still made per sentence."""
    first = nlp("Wij verstrekken de pas. Wij delen hem met niemand.")
    keys = phrases._make_keys(first)
    facts = token_table(first).facts
    assert facts[1].match_form is not None and facts[1].match_form[2] is keys[1]
    second = nlp("Zij verstrekken ons niets. Wij delen u mede dat het klaar is.")
    again = phrases._make_keys(second)
    assert again[1] is keys[1] and "verstrekken" in keys[1]
    assert "meedelen" not in keys[6] and "delen" in keys[6]  # no particle in that sentence
    assert token_table(second).facts[6].lower == "delen"


def test_match_forms_are_let_go_when_the_form_table_starts_over(nlp, monkeypatch):
    """When ``phrases._FORMS`` is full and starts over, the token facts drop the match facts
    they keep (else up to one per token fact would stay in memory), and get them again."""
    doc = nlp("Wij verstrekken de pas aan de burger.")
    phrases._make_keys(doc)
    facts = token_table(doc).facts
    assert facts[1].match_form is not None
    monkeypatch.setattr(phrases, "_FORMS_MAX", len(phrases._FORMS))  # full: the next new form clears it
    other = nlp("Zwaluwstaartvormige kantelramen glinsteren.")
    phrases._make_keys(other)
    assert facts[1].match_form is None
    again = phrases._make_keys(nlp("Wij verstrekken de pas aan de burger."))
    assert "verstrekken" in again[1] and facts[1].match_form is not None


@pytest.mark.parametrize("text, word, stuck", [
    ("Wij schorten de betaling op.", "schorten", True),  # the particle stays behind
    ("U moet zich legitimeren bij de balie.", "legitimeren", True),  # a reflexive verb
    ("Wij verstrekken u de pas.", "verstrekken", False),
    ("De gemeente verstrekt de pas.", "verstrekt", False),
])
def test_the_tests_of_a_match_are_asked_once_for_all_alternatives(nlp, text, word, stuck):
    """``_no_form_fits`` holds the tests of ``fitting_form`` that do not depend on the
    alternative: asked once per match, it says what each alternative's call would say."""
    doc = nlp(text)
    found = [next(t for t in doc if t.text == word)]
    assert jargon._no_form_fits(found) is stuck
    for alternative in ("geven", "uitstellen", "laten zien wie u bent", "we kunnen het geven"):
        expected = "" if stuck else jargon._form_for(found, alternative)
        assert jargon.fitting_form(found, alternative) == expected
    if not stuck:
        assert jargon.fitting_form(found, "geven") in {"geven", "geeft"}
