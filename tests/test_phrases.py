"""Match keys are made once per Doc and shared by every rule and word list (issue 14)."""

from __future__ import annotations

from duidelijk.phrases import PhraseIndex, doc_keys, span_keys, token_keys


def test_keys_are_made_once_per_doc_and_shared(nlp):
    doc = nlp("Wij sturen u de stukken zo snel mogelijk toe. Wij delen hem met niemand.")
    table = doc_keys(doc)
    assert len(table) == len(doc)
    assert doc_keys(doc) is table  # the second rule reads the same table
    assert token_keys(doc[1]) is table[1]
    other = nlp("Wij sturen u de stukken toe.")
    assert doc_keys(other) is not table


def test_span_keys_are_every_key_of_a_sentence_made_once(nlp):
    """DD103, DD106 and DD114 read each sentence's keys from one place (``span_keys``)."""
    doc = nlp("Wij sturen u de stukken zo snel mogelijk toe. Wij delen hem met niemand.")
    table = doc_keys(doc)
    for sent in doc.sents:
        keys = span_keys(doc, sent.start, sent.end)
        assert keys == set().union(*table[sent.start:sent.end])
        assert span_keys(doc, sent.start, sent.end) is keys  # made once
    first, second = list(doc.sents)
    assert "toesturen" in span_keys(doc, first.start, first.end)
    assert "toesturen" not in span_keys(doc, second.start, second.end)
    assert span_keys(doc, 0, 0) == frozenset()
    other = nlp("Wij delen hem met niemand.")
    assert span_keys(other, 0, len(other)) == span_keys(doc, second.start, second.end)


def test_keys_hold_the_separable_verb_only_with_its_particle(nlp):
    doc = nlp("Wij sturen u de stukken zo snel mogelijk toe.")
    assert "toesturen" in token_keys(doc[1])
    assert "sturen" in token_keys(doc[1])
    doc = nlp("Wij delen hem met niemand.")
    assert "meedelen" not in token_keys(doc[1])  # the particle guard
    assert "delen" in token_keys(doc[1])


def test_keys_of_an_inflected_participle(nlp):
    doc = nlp("Laat onderstaande code zien.")
    keys = token_keys(doc[1])
    assert "onderstaande" in keys and "onderstaand" in keys
    assert "onderstaan" not in token_keys(nlp("Laat de code zien.")[1])


def test_index_matches_a_verb_expression_with_words_between(nlp):
    index = PhraseIndex([("dienen te", ["moeten"]), ("teneinde", ["om"])])
    doc = nlp("U dient het formulier voor 1 mei te sturen teneinde een besluit te krijgen.")
    hits = [(" ".join(t.text for t in found), alts) for found, alts in index.matches(list(doc))]
    assert hits == [("dient te", ["moeten"]), ("teneinde", ["om"])]
    assert list(index.matches(list(nlp("U moet het formulier voor 1 mei sturen.")))) == []


def test_index_skips_tokens_and_expressions_that_cannot_match(nlp):
    index = PhraseIndex([("zorg dragen voor", ["zorgen voor"]), ("teneinde", ["om"])])
    assert {"zorg", "teneinde"} <= index.starts and "voor" not in index.starts
    # "voor" is missing: the expression is not tried, the single word still matches
    doc = nlp("Wij dragen zorg teneinde alles goed te doen.")
    hits = [(" ".join(t.text for t in found), alts) for found, alts in index.matches(list(doc))]
    assert hits == [("teneinde", ["om"])]
    doc = nlp("Wij dragen zorg voor een goede afhandeling.")
    table = doc_keys(doc)
    assert index.has_candidates(table, 0, len(doc))
    assert not index.has_candidates(table, 4, len(doc))  # "een goede afhandeling."


def test_particle_key_goes_to_the_verb_the_particle_belongs_to(nlp):
    doc = nlp("Wij sturen u de stukken morgen toe en wij bellen u daarna op.")
    table = doc_keys(doc)
    assert {t.head.i for t in doc if t.dep_ == "compound:prt"} == {1, 9}  # the parse this test needs
    assert "toesturen" in table[1] and "opbellen" in table[9]
    assert not any("toebellen" in keys or "opsturen" in keys for keys in table)


def test_keys_of_a_form_are_worked_out_once_per_process(nlp):
    first = doc_keys(nlp("Wij verstrekken de pas."))
    second = doc_keys(nlp("Zij verstrekken ons niets."))
    assert first[1] is second[1]  # "verstrekken" as a verb: one table entry for both texts
    assert "verstrekken" in first[1]
    # a key that depends on the sentence is not taken from the shared table
    shared = doc_keys(nlp("Wij delen hem met niemand."))[1]
    assert "delen" in shared and "meedelen" not in shared


def test_context_words_are_counted_once_per_sentence_and_not_shared_as_a_list(nlp):
    from duidelijk.config import Config
    from duidelijk.readers import text_document
    from duidelijk.rules.base import Context

    document = text_document("Wij sturen u [NAAM] een brief. Dat is alles.\n")
    ctx = Context(doc=nlp(document.text), document=document, config=Config())
    sent = ctx.sentences[0]
    words = ctx.words(sent)
    assert [t.text for t in words] == ["Wij", "sturen", "u", "XXX", "een", "brief"]  # the placeholder counts
    words.clear()  # a caller may change its list
    assert ctx.words(sent) == ctx.words(sent) != []
    assert ctx.prose_words(sent) == ctx.words(sent)
    assert ctx.words(ctx.sentences[1]) != ctx.words(sent)


def test_a_sentence_has_candidates_only_with_a_word_or_a_whole_expression(nlp):
    index = PhraseIndex([("op grond van", ["door"]), ("teneinde", ["om"])])
    table = doc_keys(nlp("Wij wonen op de grond. Op grond van de wet mag dat. Dat is teneinde."))
    sentences = [(0, 6), (6, 14), (14, len(table))]
    assert [index.has_candidates(table, a, b) for a, b in sentences] == [False, True, True]
    assert not PhraseIndex([]).has_candidates(table, 0, len(table))


def test_moved_verb_is_the_verb_a_main_clause_puts_first():
    from duidelijk.phrases import moved_verb

    assert moved_verb(("in", "behandeling", "nemen")) == 2
    assert moved_verb(("ten", "grondslag", "liggen", "aan")) == 2  # a preposition may follow
    assert moved_verb(("zich", "voordoen")) == 1  # "doet zich ... voor"
    assert moved_verb(("van", "toepassing", "zijn")) == 2
    assert moved_verb(("het", "voornemen")) == 0  # a noun after its article
    assert moved_verb(("uw", "schrijven")) == 0
    assert moved_verb(("ten", "behoeve", "van")) == 0  # no verb
    assert moved_verb(("overgaan", "tot")) == 0  # the verb is first already


def test_expression_matches_with_its_finite_verb_first(nlp):
    index = PhraseIndex([("in behandeling nemen", "x"), ("niet van toepassing", "y"),
                         ("van toepassing zijn", "z")])
    doc = nlp("Wij nemen uw aanvraag morgen in behandeling.")
    assert [([t.text for t in f], p) for f, p in index.matches(list(doc))] == \
        [(["nemen", "in", "behandeling"], "x")]
    doc = nlp("Dit is niet van toepassing.")  # the expression that is listed wins
    assert [p for _, p in index.matches(list(doc))] == ["y"]
    doc = nlp("Dit is wel van toepassing.")
    assert [p for _, p in index.matches(list(doc))] == ["z"]
    for text in ("Wij nemen aan dat u in behandeling bent.",  # a subclause between
                 "Zij nemen de bus, in behandeling is het project."):
        assert not list(index.matches(list(nlp(text))))
