"""Match keys are made once per Doc and shared by every rule and word list (issue 14)."""

from __future__ import annotations

import pytest

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


def test_can_match_is_a_listed_word_or_every_word_of_an_expression():
    """``can_match`` finds an expression by its word that the fewest expressions share: the
    answer is the plain definition's, on the real lists, for sets of keys made of their words
    and of common words (a function word such as "in" or "van" is in hundreds of them)."""
    import random

    from duidelijk.rules.jargon import jargon_index
    from duidelijk.rules.vague import vague_index

    common = ["in", "van", "de", "het", "te", "op", "met", "voor", "aan", "een", "u", "wij", "zijn", "worden"]
    for index in (jargon_index(), vague_index()):
        expressions = [frozenset(words) for entries in index.multi.values() for words, _ in entries]
        assert len(expressions) > 20
        vocabulary = sorted({w for words in expressions for w in words} | set(common))

        def defined(present: frozenset) -> bool:
            return not present.isdisjoint(index.single_keys) or any(words <= present for words in expressions)

        rng = random.Random(14)
        asked = [frozenset(rng.sample(vocabulary, rng.randint(1, 12))) for _ in range(3000)]
        asked += [words | frozenset(rng.sample(common, 3)) for words in expressions]  # each expression whole
        asked += [words - {min(words)} | frozenset(common[:5]) for words in expressions]  # one word short
        answers = [index.can_match(present) for present in asked]
        assert answers == [defined(present) for present in asked]
        assert True in answers and False in answers


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


def _old_strip_particle(sentence_words: set[str], word: str, lemma: str) -> str:
    """The particle test as it ran per sentence before ``phrases._strip_plan`` (the reference)."""
    from duidelijk import phrases

    for particle in phrases._PARTICLES_BY_LETTER.get(lemma[:1], ()):
        rest = lemma[len(particle):]
        if not lemma.startswith(particle) or word.startswith(particle) or len(rest) < 3:
            continue
        # the rest must be the word's own lemma: "delen" for "delen"/"deelt", "delen" for "gedeeld"
        stem = word[2:] if word.startswith("ge") and not rest.startswith("ge") else word
        if stem[:2] != rest[:2]:
            return lemma
        spellings = {particle, "mede"} if particle == "mee" else {particle}  # "delen u mede"
        if not spellings.isdisjoint(sentence_words):
            return lemma
        return rest
    return lemma


def _old_make_keys(doc) -> list[frozenset[str]]:
    """``phrases._make_keys`` as it was before the particle test was worked out once per form
    (``_strip_plan``): the reference for the test below."""
    import bisect

    import numpy
    from spacy.attrs import DEP, LEMMA, LOWER, POS
    from spacy.symbols import ADJ, NOUN, VERB

    from duidelijk import phrases
    from duidelijk.metrics import row_keys, token_table

    strings = doc.vocab.strings
    prt = strings.as_int("compound:prt")
    rows = doc.to_array([LOWER, LEMMA, POS, DEP])
    cols = rows[:, :3].copy(order="C")
    # a verb has a class of its own since the fourteenth session (``_one_infinitive``; added
    # after this reference was written)
    cols[:, 2] = (rows[:, 2] == ADJ) * phrases._PARTICIPLE_LIKE + (rows[:, 2] == VERB) * phrases._VERB + \
        (rows[:, 2] == NOUN) * phrases._NOUN
    facts = []
    for key, (lower, lemma_id, word_class) in zip(row_keys(cols), cols.tolist()):
        facts.append(phrases._FORMS.get(key) or phrases._form_facts(strings, key, lower, lemma_id, word_class))
    particles = [(doc[i].head.i, facts[i][0]) for i in numpy.flatnonzero(rows[:, 3] == prt).tolist()
                 if doc[i].head.i != i]
    # a particle the parse hung on its verb as 'case' or 'advmod' (added after this reference was written)
    particles += [(head, word) for head, word, _ in phrases._loose_particles(token_table(doc), facts, strings)]
    split_er = phrases._split_er(doc, facts)  # a split "er ... op" (added after this reference was written)
    table = [fact[2] for fact in facts]
    for i, (prep, _) in split_er.items():
        table[i] = table[i] | {"er" + prep}
    changed = {}
    bounds = token_table(doc).sent_bounds
    starts = [start for start, _ in bounds]
    for i, (word, lemma, _, _, _) in enumerate(facts):
        if lemma != word and lemma[:1] in phrases._PARTICLES_BY_LETTER:
            start, end = bounds[bisect.bisect_right(starts, i) - 1]
            stripped = _old_strip_particle({f[0] for f in facts[start:end]}, word, lemma)
            if stripped != lemma:
                changed[i] = stripped
    with_particles: dict[int, list[str]] = {}
    for head, particle in particles:
        with_particles.setdefault(head, []).append(particle)
    for i in changed.keys() | with_particles.keys():
        word, lemma, _, inflected, _ = facts[i]
        lemma = changed.get(i, lemma)
        keys = {word, lemma, word[:-1]} if inflected else {word, lemma}
        infinitives = set()
        if lemma == word and doc[i].pos_ == "VERB":
            # the infinitive of a form the lemmatizer left as it was, kept with a particle too
            # (added after this reference was written: "Ik wijs u er verder op")
            infinitives = phrases._one_infinitive(word)
            keys |= infinitives
        for particle in with_particles.get(i, ()):
            keys.add(particle + lemma)
            # that infinitive with its particle apart (added after this reference was written,
            # twenty-first session: "Ik vorder het bedrag terug" is 'terugvorderen')
            keys.update(particle + v for v in infinitives)
        table[i] = frozenset(keys)
    return table


STRIP_SENTENCES = (
    "Wij delen hem met niemand. Wij delen u mede dat het klaar is. Wij delen u mee dat het klaar is.",
    "Wij sturen u de stukken toe. De stukken zijn toegestuurd. Wij hebben het gedeeld.",
    "Het vindt plaats op maandag. Vindt u dat goed? Wij vullen het formulier in en sturen het op.",
    "De gemeente stelt vast dat u recht heeft. Zij stelde het vast. Het is vastgesteld.",
    "Er doet zich een fout voor. Wij nemen uw aanvraag in behandeling. Hij geeft het op.",
)


def test_keys_are_the_old_keys_on_the_examples(nlp):
    """The particle test worked out once per form (``_strip_plan``) and the heads read from
    the token table give every token the keys the old way gave it."""
    from pathlib import Path

    from duidelijk.phrases import _make_keys

    examples = Path(__file__).resolve().parents[1] / "examples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))] + list(STRIP_SENTENCES)
    changed = compounds = 0
    for doc in nlp.pipe(texts):
        old, new = _old_make_keys(doc), _make_keys(doc)
        assert new == old
        changed += sum(1 for tok, keys in zip(doc, new) if tok.lower_ not in keys or len(keys) > 2)
        compounds += sum(1 for keys in new if any(k.startswith(("toe", "mee", "vast", "op")) for k in keys))
    assert changed > 10 and compounds > 5  # the ways that change keys were taken


def test_strip_plan_is_strip_particle():
    """``_strip_plan`` says for every word and lemma what the per-sentence test said in any sentence."""
    from duidelijk.phrases import PARTICLES, _strip_plan

    pairs = [("deelt", "meedelen"), ("delen", "meedelen"), ("gedeeld", "meedelen"), ("stuurt", "toesturen"),
             ("vindt", "plaatsvinden"), ("stelt", "vaststellen"), ("meedelen", "meedelen"),
             ("opgegeven", "opgeven"), ("geeft", "opgeven"), ("uit", "uitgaan"), ("doet", "voordoen"),
             ("is", "zijn"), ("gaat", "aangaan"), ("aan", "aan"), ("ops", "opsx"), ("neemt", "innemen")]
    pairs += [(w, p + w) for p in sorted(PARTICLES) for w in ("gaan", "ziet", "geven", "ge")]
    plans = 0
    for word, lemma in pairs:
        plan = _strip_plan(word, lemma)
        plans += plan is not None
        for words in ({word}, {word, "mee"}, {word, "mede"}, {word, "toe"}, {word, "op", "in"},
                      {word, *PARTICLES}):
            expected = _old_strip_particle(words, word, lemma)
            got = lemma if plan is None or not plan[1].isdisjoint(words) else plan[0]
            assert got == expected, (word, lemma, words)
    assert 10 < plans < len(pairs)


def test_expression_matches_its_infinitive_with_te(nlp):
    """An expression with a verb after its first word also matches with "te" before that verb:
    "om in aanmerking te komen voor" is "in aanmerking komen voor"."""
    index = PhraseIndex([("in aanmerking komen voor", "a"), ("in behandeling nemen", "b")])
    doc = nlp("Om in aanmerking te komen voor de subsidie, stuurt u de stukken.")
    found = [([t.text for t in toks], p) for toks, p in index.matches(list(doc))]
    assert found == [(["in", "aanmerking", "te", "komen", "voor"], "a")]
    doc = nlp("Wij proberen de aanvraag in behandeling te nemen.")
    assert [p for _, p in index.matches(list(doc))] == ["b"]


def test_te_only_before_the_listed_verb(nlp):
    # "te" must stand right before the expression's verb, and only a verb takes it
    index = PhraseIndex([("in aanmerking komen voor", "a"), ("op de hoogte", "h")])
    assert not list(index.matches(list(nlp("Ik ben in aanmerking en te laat gekomen."))))
    assert not list(index.matches(list(nlp("Hij hoopt op de te hoge kermis te komen."))))


def test_reflexive_expression_with_words_between_zich_and_its_verb(nlp):
    """"zich voordoen" also where the subject stands between "zich" and its verb at the end of
    the clause ("kunnen zich verschillende situaties voordoen"), when the parse links them."""
    index = PhraseIndex([("zich voordoen", "a"), ("zich bevinden", "b"), ("zich beroepen op", "c")])
    doc = nlp("Na uw aanvraag kunnen zich verschillende situaties voordoen.")
    assert [([t.text for t in toks], p) for toks, p in index.matches(list(doc))] == [
        (["zich", "voordoen"], "a")]
    doc = nlp("Vrouwen die zich in een medisch traject bevinden, kunnen een aanvraag doen.")
    assert [p for _, p in index.matches(list(doc))] == ["b"]
    doc = nlp("U kunt zich niet beroepen op eerder ingediende documenten.")
    assert [p for _, p in index.matches(list(doc))] == ["c"]


def test_reflexive_gap_stops_at_a_comma_or_another_verb(nlp):
    index = PhraseIndex([("zich voordoen", "a")])
    # "zich" belongs to "melden"; "voordoen" belongs to another clause
    assert not list(index.matches(list(nlp("U kunt zich melden, en wij doen het voor."))))
    assert not list(index.matches(list(nlp("Zij kan zich goed voorstellen dat u het wilt voordoen."))))


def test_words_that_give_zich_another_sense_are_read_from_their_list():
    """wordlists/zich_other_sense.tsv: adverbs of manner and nouns after "in"; an unknown kind
    is an error, not an empty set that would silently find every expression again."""
    from duidelijk.phrases import _other_sense_words

    assert {"anders", "beter"} <= _other_sense_words("manner") and "vaak" not in _other_sense_words("manner")
    assert {"gevaar", "acht"} <= _other_sense_words("in_noun") and "armoede" not in _other_sense_words("in_noun")
    with pytest.raises(KeyError):
        _other_sense_words("manners")


def test_split_er_read_from_the_tokens_whose_form_is_er(nlp):
    """``_make_keys`` gives ``_split_er`` the tokens whose lower-case form is "er", found in one
    numpy step (``TokenTable.with_lower``): the same split "er ... op" as reading every token,
    also for "Er" that opens a sentence and "er" among the last two tokens."""
    from duidelijk import phrases
    from duidelijk.metrics import token_table

    texts = ("Wij wijzen u er nogmaals op dat de termijn loopt. Er is geen tijd.",
             "Er wordt graag op gelet. Wij maken u er graag op attent, want het is er",
             "Wij rekenen erop. Dat staat er niet op.")
    found = 0
    for text in texts:
        doc = nlp(text)
        doc_keys(doc)
        table = token_table(doc)
        facts = [fact.match_form for fact in table.facts]
        at = table.with_lower(nlp.vocab.strings["er"])
        assert at == [t.i for t in doc if t.lower_ == "er"]
        assert phrases._split_er(doc, facts, at) == phrases._split_er(doc, facts)
        found += len(phrases._split_er(doc, facts))
    assert found >= 2  # "er nogmaals op", "er graag op"


def test_form_facts_read_the_form_and_lemma_from_the_token_facts(nlp):
    """``_make_keys`` gives ``_form_facts`` a new word's form and lemma as its token fact holds
    them (no look-up in the string store): they are the strings of its LOWER and LEMMA, and
    the match facts are those the look-up gives."""
    from spacy.attrs import LEMMA, LOWER

    from duidelijk import phrases
    from duidelijk.metrics import token_table

    doc = nlp("Wij delen u mede dat de Gemeente uw aanvraag heeft afgehandeld. Dit doet niets af aan "
              "het onderstaande besluit over de randvoorwaarden.")
    strings = doc.vocab.strings
    rows = doc.to_array([LOWER, LEMMA]).tolist()
    for n, (fact, (lower, lemma_id)) in enumerate(zip(token_table(doc).facts, rows)):
        assert (fact.lower, fact.lemma) == (strings[lower], strings[lemma_id])
        for word_class in (0, phrases._PARTICIPLE_LIKE, phrases._NOUN, phrases._VERB):
            key = b"test_form_facts %d %d" % (n, word_class)
            try:
                given = phrases._form_facts(strings, key, lower, lemma_id, word_class, fact.lower, fact.lemma)
                looked_up = phrases._form_facts(strings, key, lower, lemma_id, word_class)
            finally:
                phrases._FORMS.pop(key, None)
            assert given == looked_up


def _noun_keys(word: str, lemma: str) -> frozenset[str]:
    """The match keys ``_form_facts`` gives a noun with this form and lemma (made anew)."""
    from duidelijk import phrases

    key = f"test-noun:{word}:{lemma}".encode()
    phrases._FORMS.pop(key, None)
    return phrases._form_facts(None, key, 0, 0, phrases._NOUN, word, lemma)[2]


def test_a_plural_noun_with_a_garbled_lemma_matches_its_singular():
    """"jaaropgaven" whose lemma the lemmatizer garbled ('jaaropgaav', no word) matches the
    singular; with a lemma that is a word, the lemma alone says what it is."""
    assert "jaaropgave" in _noun_keys("jaaropgaven", "jaaropgaav")
    assert _noun_keys("jaaropgaven", "jaaropgave") == {"jaaropgaven", "jaaropgave"}


def test_a_garbled_lemma_is_asked_of_a_noun_only_where_it_changes_the_keys(monkeypatch):
    """Whether a noun's lemma is garbled matters only for a form that ``noun_lemmas`` reads (six
    letters or more, in -en or -s): a shorter form or another ending is not looked up."""
    from duidelijk import phrases

    asked = []
    real = phrases._garbled
    monkeypatch.setattr(phrases, "_garbled", lambda lemma: asked.append(lemma) or real(lemma))
    assert _noun_keys("brieven", "brievx") >= {"brieven", "brievx"}
    assert asked == ["brievx"]
    asked.clear()
    assert _noun_keys("kopje", "kopjx") == {"kopje", "kopjx"}  # no -en or -s: no singular either way
    assert _noun_keys("bonen", "bonex") == {"bonen", "bonex"}  # five letters: too short
    assert asked == []


def test_a_quoted_single_word_shows_its_particle_where_it_stands(nlp):
    """``jargon.quoted`` of a verb with its particle apart: the particle after it, with "..."
    where other words stand between; a verb without one is shown alone."""
    from duidelijk.rules.jargon import quoted

    doc = nlp("Wij handelen uw melding binnen twee weken af.")
    verb = next(t for t in doc if t.lower_ == "handelen")
    assert quoted([verb]) == "handelen ... af"
    doc = nlp("Wij handelen uw melding binnen twee weken.")
    verb = next(t for t in doc if t.lower_ == "handelen")
    assert quoted([verb]) == "handelen"
