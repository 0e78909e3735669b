"""Faster ways of the word rules give the findings of the old ways, on real letters.

DD104 judges each distinct word (form, lemma, part of speech) once per process and makes a
Token only for words that are hard by themselves; ``_old_dd104_check`` below is the rule's
check as it was before (the reference: a Token and every test per candidate token). Both
run on the example letters and on sentences that exercise each test that depends on the
place of a word in the text (a name, an explanation, a unit of measure, the accept list,
DD111's terms, a word met twice), with DD105 on and off, and must give the same findings.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.findings import Severity
from duidelijk.lexicon import letter_count, zipf
from duidelijk.metrics import token_table
from duidelijk.dictionary import lemma_zipf, likely_typo
from duidelijk.readers import text_document
from duidelijk.rules import difficult_words
from duidelijk.rules.address import impersonal_terms, means_the_reader
from duidelijk.rules.difficult_words import (CONTENT_POS, OWN_SLACK, POINTERS, DifficultWord, _Word, b1_safe, safe_word,
                                             everyday_word,
                                             foreign_phrases, foreign_word, label_explained, listed_adverb_unknown, starts_list_item,
                                             derived_familiarity, explained, formal_word, hard_part, in_name, in_unit_name,
                                             old_form, plain_adverb_parts, spoken_common,
                                             spoken_penalty, word_difficulty, adjective_compound, known_part_compound,
                                             list_verb_form)
from duidelijk.rules.long_words import LongWord, camel_case

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SENTENCES = (
    "Wij hebben het bedrag gesaldeerd met de vordering. Het saldo wordt gesaldeerd.",
    "Uw WOZ-waarde (dat is de waarde van uw huis) is hoog. De WOZ-waarde daalt.",
    "De Weesper raad besluit. In Weesp wonen mensen. Weesp is klein.",
    "U verbruikte 75 kubieke meter gas. Dat is een kubieke meter meer.",
    "De aanvrager moet het formulier invullen. Als aanvrager krijgt u bericht.",
    "Wij implementeren de consequentie structureel. Destijds was het desondanks anders.",
    "Wij hervatten de voortzetting van de parkeervergunningaanvraag. De ingebrekestelling volgt.",
    "Het college heeft de zienswijze derhalve nagenoeg ongewijzigd overgenomen. Zienswijzen zijn welkom.",
    "De wijzingen gelden per direct. De gladheid en de gesteldheid van de weg zijn slecht.",
    "Het bedrag is gesaldeerd (dat wil zeggen: verrekend). Later wordt het weer gesaldeerd.",
    "Ik werk bij Saldo Groep. Het saldo is laag. Saldo blijft een moeilijk woord.",
    "U verbruikte 75 kubieke meter gas. Dat is kubieke inhoud.",
    "De belanghebbende mag bezwaar maken. Belanghebbenden krijgen een brief. De derdebelanghebbende en de "
    "rechthebbende tekenen.",
    "De hulp wordt verstrekt in natura. U kunt dit doen via de self service portal. Wij doen dit mutatis mutandis. "
    "De opvang is full time open. Wij zetten uw aanvraag on hold.",
    "Plaatsen:\n- Wormerveer en omgeving\n- Krommenie\n\nU kunt kiezen:\n- Schuldsanering via de gemeente\n",
)


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + list(SENTENCES)


def _findings(nlp, texts, settings):
    config = Config.from_dict(settings)
    docs = [text_document(t, None, config.placeholders) for t in texts]
    return [[(f.code, f.start, f.end, f.severity, f.message) for f in r.findings]
            for r in analyse(docs, config, nlp)]


@pytest.mark.parametrize("settings", [
    {},
    {"select": ["DD104"]},  # DD105 off: long words are DD104's too
    {"select": ["DD104", "DD105", "DD111"], "accept": ["gesaldeerd", "zienswijze"]},
    {"severity": {"DD104": "warning"}, "rules": {"DD104": {"min_zipf": 4.0}}},
])
def test_dd104_gives_the_findings_of_the_old_check(nlp, monkeypatch, settings):
    texts = _texts()
    difficult_words._verdicts.clear()
    new = _findings(nlp, texts, settings)
    monkeypatch.setattr(DifficultWord, "check", _old_dd104_check)
    old = _findings(nlp, texts, settings)
    assert new == old
    flagged = [f for report in new for f in report if f[0] == "DD104"]
    assert len(flagged) >= 5  # the rule finds words here, so the comparison means something
    assert {f[3] for f in flagged} == ({Severity.WARNING} if settings.get("severity") else
                                       {Severity.SUGGESTION, Severity.WARNING})


def test_dd104_judges_a_word_once(nlp):
    """The second text with the same words asks no word function again."""
    difficult_words._verdicts.clear()
    text = "Wij implementeren de consequentie structureel. De zienswijze volgt."
    first = _findings(nlp, [text], {"select": ["DD104"]})
    cached = sum(len(v) for v in difficult_words._verdicts.values())
    assert cached > 0
    second = _findings(nlp, [text], {"select": ["DD104"]})
    assert first == second and first[0]
    assert sum(len(v) for v in difficult_words._verdicts.values()) == cached


def _old_dd104_check(self, ctx):
    opts = self.options
    safe = b1_safe()
    seen: set[str] = set()
    candidates = []
    explained_lemmas: set[str] = set()
    doc = ctx.doc
    table = token_table(doc)  # passes over the many words that cannot be candidates without a Token
    texts, facts = table.texts, table.facts
    min_length = opts["min_length"]
    maybe = [i for sent in ctx.prose_sentences for i in range(sent.start, sent.end)
             if len(texts[i]) >= min_length and facts[i].alpha and (
                 facts[i].pos in CONTENT_POS or facts[i].pos == "X" and foreign_word(table, i, sent.start))]
    for i in maybe:
        tok = doc[i]
        if ctx.is_placeholder(tok) or in_unit_name(tok, facts):
            continue
        if tok.text[:1].isupper() and not (tok.is_sent_start or starts_list_item(doc, i)) and not tok.text.isupper():
            continue  # a capital inside a sentence marks a name ("Weesp")
        if camel_case(tok.text):
            continue  # so does a capital inside the word ("eHerkenning")
        if in_name(tok):
            continue
        if tok.pos_ == "ADV" and starts_list_item(doc, i) and listed_adverb_unknown(tok.text):
            continue  # a place name read as an adverb: "- Wormerveer en omgeving"
        lemma = tok.lemma_.lower().replace("_", "")
        if explained(tok, facts):
            explained_lemmas.add(lemma)
        candidates.append((tok, lemma))
    for t in doc:  # a label its line explains in brackets, wherever it stands
        if label_explained(doc, t.i):
            explained_lemmas.add(t.lemma_.lower().replace("_", ""))
    marked = ctx.shared.setdefault("word_findings", set())
    long_words_rule = None
    if ctx.config.enabled("DD105", "long-word"):
        long_words_rule = {**LongWord.settings, **ctx.config.options_for("DD105")}["min_letters"]
    address_rule = ctx.config.enabled("DD111", "address")

    def score_of(tok):
        """The word's familiarity if it is hard by itself, else None (the tests of the word alone)."""
        low = tok.lower_
        lemma = tok.lemma_.lower().replace("_", "")
        foreign = tok.pos_ == "X"  # a foreign word: read as a noun with the loanword bar
        w = _Word(tok.lower_, tok.lemma_, "NOUN") if foreign else tok  # what the word functions read
        if tok.pos_ == "VERB" and adjective_compound(low):
            w = _Word(tok.lower_, tok.lemma_, "ADJ")  # an adjective the tagger took for a verb
        if safe_word(low, lemma, safe):
            return None
        if list_verb_form(low, w.pos_, safe):
            return None  # a form of a verb on the B1 list, lemmatized wrongly
        if long_words_rule and letter_count(low) >= long_words_rule:
            return None  # long words are DD105's job; one finding per word
        old = old_form(w, low, opts)
        top_bar = opts["old_zipf"] if old else max(opts["loan_zipf"], opts["min_zipf"])
        penalty = spoken_penalty(low, lemma, w.pos_, opts)
        if penalty and (old or foreign or formal_word(w, low, lemma, opts, safe)):
            penalty = 0.0
        if zipf(low) - penalty >= top_bar:
            return None  # the form alone is common enough (familiarity is never lower)
        if word_difficulty(w, floor=True) - penalty >= max(top_bar, opts["min_zipf"]):
            return None  # familiar enough without splitting it into compound parts (the full score is never lower)
        score = derived_familiarity(w, low, lemma)
        parts = plain_adverb_parts(low) if w.pos_ == "ADV" else None
        if parts and parts[0] not in POINTERS:
            score = max(score, min(zipf(p) for p in parts))
        if penalty and score <= max(zipf(low), lemma_zipf(lemma, w.pos_)) + OWN_SLACK:
            score -= penalty
        if score < opts["min_zipf"] and likely_typo(low):
            return None  # a spelling slip ("wijzingen"), not a word readers do not know
        if score >= top_bar:
            return None  # familiar enough under either bar: no need to ask whether it is formal
        if score >= opts["min_zipf"] and not old and (
                not (foreign or formal_word(w, low, lemma, opts, safe)) or spoken_common(w, low, lemma, opts)):
            return None
        if w.pos_ == "NOUN" and score >= opts["min_zipf"] - opts["everyday_margin"] and not old and not (
                foreign or formal_word(w, low, lemma, opts, safe)) and everyday_word(low, lemma, w.pos_, score, opts):
            return None
        if known_part_compound(low, w.pos_, opts["min_zipf"]):
            return None  # rare only by a part on the B1 list
        return score

    hard = {i: s for i in maybe if (s := score_of(doc[i])) is not None}
    phrases = foreign_phrases(table, hard)
    done: set[tuple[int, int]] = set()
    for tok, lemma in candidates:
        low = tok.lower_
        if tok.i not in hard:
            continue
        if tok.i - 1 in hard and doc[tok.i - 1].pos_ == "X":
            continue  # one finding per foreign phrase
        if tok.i in marked:
            continue
        phrase = phrases.get(tok.i)
        if phrase is not None and phrase[1] - phrase[0] > 1:
            if phrase in done or any(m in marked for m in range(*phrase)) or \
                    zipf("".join(texts[phrase[0]:phrase[1]])) >= opts["min_zipf"]:
                continue
        else:
            phrase = None
        if difficult_words.spoken_phrase(table, tok.i):
            continue  # a phrase of speech that Dutch writes as one word ("intensive care", "self service")
        if lemma in seen or lemma in explained_lemmas:
            continue
        # a compound's one hard part: freed when explained or accepted, once per text after the
        # suppressions (difficult_words.once_per_obstacle)
        obstacle = hard_part(low, tok.pos_, opts["min_zipf"],
                             lambda w: self.word_score(w, w, "NOUN", None) is not None)
        if obstacle & explained_lemmas or any(ctx.accepted(w) for w in obstacle):
            continue
        if ctx.accepted(low) or ctx.accepted(lemma):
            continue
        if address_rule and lemma in impersonal_terms() and means_the_reader(tok):
            continue  # DD111 says this about the word ("de aanvrager": write "u")
        score = hard[tok.i]
        seen.add(lemma)
        marked.add(tok.i)
        level = Severity.WARNING if score < opts["warning_zipf"] and self.level == self.severity else self.level
        if phrase is not None:
            done.add(phrase)
            span = doc[phrase[0]:phrase[1]]
            yield self.span_finding(
                ctx, span, f"'{span.text}' zijn moeilijke woorden uit een andere taal: weinig mensen kennen ze. "
                "Kies gewone Nederlandse woorden of leg uit wat ze betekenen.", severity=level)
            continue
        finding = self.span_finding(
            ctx,
            tok,
            f"'{tok.text}' is een moeilijk woord: weinig mensen gebruiken het. "
            "Kies een gewoner woord of leg het uit.",
            severity=level,
        )
        finding.obstacle = obstacle | {lemma}
        yield finding


PASSIVE_SENTENCES = (
    "Het formulier wordt door de gemeente gecontroleerd. Mij is verteld dat het klopt. "
    "Het is bewezen dat hij er was. De prijzen zijn gestegen. U bent verplicht te komen. "
    "Nadat er een account is aangemaakt wordt van je verwacht dat je inlogt. "
    "Dieren die niet schoongemaakt worden kunnen het slachtoffer worden. Het loket is gesloten."
)


def test_dd102_candidates_hold_every_token_the_old_walk_went_on_with(nlp):
    """DD102 makes a Token only for an auxiliary "worden" or "zijn" (label and lemma from the
    token table); every token that passed the first tests of the old walk over all tokens
    is among them."""
    from duidelijk.rules.passive import _zijn_passive_read_as_perfect

    docs = [nlp(t) for t in _texts()] + [nlp(PASSIVE_SENTENCES)]
    went_on = 0
    for doc in docs:
        table = token_table(doc)
        for tok in doc:
            old = (tok.dep_ == "aux:pass" and tok.lemma_.lower() in {"worden", "zijn"}) or _zijn_passive_read_as_perfect(tok)
            new = table.deps[tok.i] in {doc.vocab.strings["aux"], doc.vocab.strings["aux:pass"]} and \
                table.facts[tok.i].lemma.lower() in {"worden", "zijn"}
            assert new or not old, tok.text
            went_on += old
    assert went_on > 10


def test_dd102_finds_passives(check):
    found = [f.text for f in check(PASSIVE_SENTENCES, select="DD102").findings]
    assert "wordt door de gemeente gecontroleerd" in " ".join(found) or any("gecontroleerd" in f for f in found)
    assert not any("gestegen" in f for f in found)  # a perfect tense with "zijn", no passive


def _old_noun_of(det, end: int):
    """``tang._noun_of`` as it was, walking Tokens (the reference)."""
    if det.head.i > det.i and det.head.pos_ == "VERB" and "Inf" in det.head.morph.get("VerbForm"):
        return det.head
    head = det.head if det.head.i > det.i and det.head.pos_ not in {"VERB", "AUX"} else None
    for tok in det.doc[det.i + 1 : end]:
        if head is not None and tok.i >= head.i:
            break
        if tok.is_punct or "Fin" in tok.morph.get("VerbForm"):
            break
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"flat", "compound"} and not any(
            c.dep_ == "case" for c in tok.children
        ):
            return tok
    return head


def test_dd107_finds_the_noun_of_each_article_as_the_token_walk_did(nlp):
    from duidelijk.rules.tang import _noun_of

    docs = [nlp(t) for t in _texts()] + [nlp("De door de gemeenteraad op 12 maart vastgestelde regels gelden "
                                             "vanaf 1 april. Het gebundeld uitvoeren van taken helpt.")]
    found = 0
    for doc in docs:
        for sent in doc.sents:
            for tok in sent:
                if tok.dep_ == "det":
                    assert _noun_of(tok, sent.end) == _old_noun_of(tok, sent.end), tok.text
                    found += _noun_of(tok, sent.end) is not None
    assert found > 50


def test_dd108_heading_test_asked_of_every_word_it_can_be_true_for(nlp):
    """DD108 asks ``_glued_heading_end`` only where the next word is one of the ``STARTERS``;
    everywhere else it is false."""
    from duidelijk.rules.tang import STARTERS, _glued_heading_end

    docs = [nlp(t) for t in _texts()] + [nlp("Parkeren in de binnenstad Vanaf 1 januari betaalt u meer.")]
    true = 0
    for doc in docs:
        for i in range(len(doc)):
            if _glued_heading_end(doc, i, 0):
                true += 1
                assert i + 1 < len(doc) and doc[i + 1].lower_ in STARTERS
    assert true >= 1


NOMINAL_SENTENCES = (
    "Op 3 februari heeft u bij de gemeente een melding gedaan. Het indienen van een bezwaar kan altijd.",
    "De gemeente doet op korte termijn van dit besluit mededeling aan de buren.",
    "Wij nemen uw aanvraag in behandeling. Na uw bezwaar gaan wij over tot behandeling ervan.",
    "Wij hebben de keuze gemaakt om te stoppen. De betaling vindt volgende week plaats.",
    "Wij gaan tot uitbetaling over. Neem dan contact op met de servicedesk. Het noorden van de stad.",
    "De burgemeester doet in de vergadering van de raad van volgende week mededeling van het besluit.",
    "Het huis van de buren is groot. Het is een kwestie van tijd. Het wonen van ouderen kost geld.",
    "Het Indienen van een bezwaar kan. Het, zoals gezegd, indienen van bezwaar kan ook.",
    "Na het indienen van uw bezwaar krijgt u een brief. Wij helpen bij het invullen van het formulier.",
)


def test_dd106_skips_only_sentences_without_a_finding(nlp, monkeypatch):
    """DD106 passes over a sentence in which none of its patterns can match, judged from the
    token table and the match keys (``nominalisation._may_match``); with that test switched
    off it gives the same findings."""
    from duidelijk.rules import nominalisation

    texts = _texts() + list(NOMINAL_SENTENCES)
    fast = _findings(nlp, texts, {"select": ["DD106"]})
    monkeypatch.setattr(nominalisation, "_may_match", lambda *args: True)
    assert fast == _findings(nlp, texts, {"select": ["DD106"]})
    assert sum(len(r) for r in fast) >= 6

    # and it does pass over sentences: most sentences of a letter have no nominal style
    monkeypatch.undo()
    from duidelijk.phrases import doc_keys

    doc = nlp(" ".join(_texts()[:3]))
    table = token_table(doc)
    heads = {h for h, d in zip(table.heads, table.deps) if d == doc.vocab.strings["compound:prt"]}
    may = [nominalisation._may_match(range(s.start, s.end), table.facts, doc_keys(doc),
                                     nominalisation.expressions_by_word(), heads) for s in doc.sents]
    assert any(may) and not all(may)

    # "het" and "van" in a sentence are not enough: "het" + a word in -en + "van" must stand
    # together (punctuation aside), as ``_het_van`` asks
    doc = nlp("Het huis van de buren is groot. Het, zoals gezegd, indienen van bezwaar kan. "
              "Het indienen, van bezwaar.")
    table = token_table(doc)
    skipped = [p or s for p, s in zip(table.is_punct, table.is_space)]
    args = (table.facts, doc_keys(doc), nominalisation.expressions_by_word(), set())
    sents = list(doc.sents)
    assert [nominalisation._may_match(range(s.start, s.end), *args) for s in sents] == [True, True, True]
    assert [nominalisation._may_match(range(s.start, s.end), *args, skipped) for s in sents] == [False, False, True]


def test_dd106_light_verbs_read_from_the_verbs_and_particles_only(nlp):
    """DD106's check gives ``_may_match`` the sentence's verbs and particle words, found per
    Doc by a fact column (``_VERB_OR_PARTICLE``): the same answer as reading every token, on
    the example letters and sentences with light verbs, separated particles and expressions;
    without the verbs the light-verb test finds nothing (so the list is what it reads)."""
    from bisect import bisect_left

    from duidelijk.phrases import doc_keys, span_keys
    from duidelijk.rules import nominalisation

    light = ("Wij nemen morgen een besluit.", "Wij gaan daarna tot betaling over.",
             "Hij doet aangifte bij de politie.", "Zij stelt de vraag opnieuw aan hem.")
    answers = []
    for text in [*_texts(), *NOMINAL_SENTENCES, *light]:
        doc = nlp(text)
        table = token_table(doc)
        verbs = nominalisation._VERB_OR_PARTICLE.of(table).nonzero()[0].tolist()
        assert verbs == [i for i, f in enumerate(table.facts)
                         if f.pos in {"VERB", "AUX"} or f.lower in nominalisation._PARTICLE_WORDS]
        heads = {table.heads[j] for j in table.with_dep(doc.vocab.strings["compound:prt"])}
        assert heads == {h for h, d in zip(table.heads, table.deps) if d == doc.vocab.strings["compound:prt"]}
        args = (table.facts, doc_keys(doc), nominalisation.expressions_by_word(), heads, table.punct_or_space())
        for s in doc.sents:
            keys = span_keys(doc, s.start, s.end)
            here = verbs[bisect_left(verbs, s.start):bisect_left(verbs, s.end)]
            may = nominalisation._may_match(range(s.start, s.end), *args, keys)
            assert nominalisation._may_match(range(s.start, s.end), *args, keys, here) == may
            answers.append(may)
            if text in light:
                assert may and not nominalisation._may_match(range(s.start, s.end), *args, keys, [])
    assert any(answers) and not all(answers)


def test_dd106_looks_closer_only_at_particle_verbs_that_are_light_verbs(nlp, monkeypatch):
    """A separated particle makes ``_may_match`` say yes only when the particle verb is a light
    verb ("vindt ... plaats", "voert ... uit"), the only particle verbs ``_light_verbs`` reads;
    with every particle verb let through (as before), DD106 gives the same findings."""
    from duidelijk.rules import nominalisation

    particle_dep = nlp.vocab.strings["compound:prt"]
    light = ("De controle vindt volgende week plaats.", "Wij voeren de controle morgen uit.")
    other = ("Wij geven uw brief morgen door.", "Wij bellen u morgen op.", "Zij komen volgende week terug.")
    for text in light + other:
        doc = nlp(text)
        table = token_table(doc)
        every = {table.heads[j] for j in table.with_dep(particle_dep)}
        assert every, text  # the parse has the separated particle
        assert bool(nominalisation.light_particle_heads(table, particle_dep)) == (text in light), text
    texts = _texts() + list(NOMINAL_SENTENCES) + list(light + other) + [
        "De betaling van de kosten vindt plaats na de uitvoering. Wij geven de betaling van uw kosten door.",
        "Wij voeren een controle uit op het terrein. Wij komen de controle van de woning na."]
    fast = _findings(nlp, texts, {"select": ["DD106"]})
    monkeypatch.setattr(nominalisation, "light_particle_heads",
                        lambda table, dep: {table.heads[j] for j in table.with_dep(dep)})
    assert fast == _findings(nlp, texts, {"select": ["DD106"]})


def test_dd103_looks_for_its_nominal_expressions_only_where_all_their_words_are(nlp, monkeypatch):
    """DD103's half of the nominal-style list runs in a sentence only when all the words of an
    expression it names are among the match keys, with a particle joined to the verb before it
    ("voeren ... uit" is "uitvoeren"); a noun of one alone ("Het onderzoek is klaar") is not
    enough. With the test switched off (only the noun asked, as before), the same findings."""
    from duidelijk.phrases import doc_keys, span_keys
    from duidelijk.rules import jargon, nominalisation

    expected = {"Wij voeren volgende week een onderzoek uit.": True, "Wij nemen uw aanvraag in behandeling.": True,
                "Het onderzoek is klaar.": False, "Wij nemen de behandeling van uw zaak over.": False}
    for text, may in expected.items():
        doc = nlp(text)
        table = token_table(doc)
        present = span_keys(doc, 0, len(doc))
        assert not present.isdisjoint(nominalisation.jargon_anchors()), text
        assert nominalisation.named_expression_may(present, range(len(doc)), table.facts, doc_keys(doc)) == may, text
    texts = _texts() + list(NOMINAL_SENTENCES) + list(expected) + [
        "De uitbetaling vindt plaats na de controle. De controle vindt morgen plaats. Wij stellen een onderzoek in.",
        "Wij brengen de kosten in mindering. Wij brengen de kosten van de reparatie in rekening."]
    fast = _findings(nlp, texts, {"select": ["DD103"]})
    first = len(_texts()) + len(NOMINAL_SENTENCES)
    assert fast[first] and fast[first + 1]  # "voeren ... onderzoek uit", "nemen ... in behandeling" are found
    monkeypatch.setattr(jargon, "named_expression_may", lambda *args: True)
    assert fast == _findings(nlp, texts, {"select": ["DD103"]})


def test_dd104_keeps_the_verdicts_of_a_few_settings_only():
    difficult_words._verdicts.clear()
    for n in range(difficult_words._SETTINGS_LIMIT * 2 + 3):
        difficult_words._verdicts_for({**DifficultWord.settings, "min_zipf": 3.0 + n / 100}, 15)
        assert 1 <= len(difficult_words._verdicts) <= difficult_words._SETTINGS_LIMIT
    same = difficult_words._verdicts_for(dict(DifficultWord.settings), 15)
    assert difficult_words._verdicts_for(dict(DifficultWord.settings), 15) is same
    assert difficult_words._verdicts_for(dict(DifficultWord.settings), None) is not same


def test_dd104_finds_the_verdicts_of_its_settings_by_value():
    """The key of the settings asked last is kept (``_last_settings``), compared by value: the
    same settings in another dict find the same verdicts, a list changed in place others."""
    difficult_words._verdicts.clear()
    settings = {**DifficultWord.settings, "loan_suffixes": list(DifficultWord.settings["loan_suffixes"])}
    first = difficult_words._verdicts_for(settings, 15)
    assert difficult_words._verdicts_for(copy.deepcopy(settings), 15) is first
    settings["loan_suffixes"].append("oos")  # changed in place: other settings
    other = difficult_words._verdicts_for(settings, 15)
    assert other is not first
    assert difficult_words._verdicts_for(settings, 15) is other
    settings["loan_suffixes"].pop()
    assert difficult_words._verdicts_for(settings, 15) is first
    assert difficult_words._verdicts_for({**settings, "min_zipf": 3.6}, 15) is not first


@pytest.mark.parametrize("text", [
    "Geachte heer,\r\n\r\nUw aanvraag is binnen.\tWij  bellen u.\n\n\n",
    "  Begint met spaties. Eindigt\u00a0met een harde spatie\u00a0",
    "t.a.v. mevr. drs. J. de Vries - (0)53-4812345 - € 1.000,- per 1-1-2026 😊\n",
    "",
])
def test_analysis_reads_the_text_the_doc_was_made_from(nlp, text):
    """``analyse`` gives each Context the Document's text instead of ``Doc.text`` (which
    spaCy rebuilds from every token): spaCy keeps a text as it is, so both are the same,
    also for the example letters and odd white space."""
    texts = [text] + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for doc, source in zip(nlp.pipe(texts), texts):
        assert doc.text == source
    report = next(analyse([text_document(text)], Config(), nlp))
    assert all(f.text == text[f.start:f.end] for f in report.findings)


LEAD_IN_SENTENCES = (
    "Naar aanleiding van uw aanvraag van 3 februari voor een bijdrage in de kosten hebben wij besloten.",
    "Op basis van de informatie die wij van u kregen, besluiten wij het volgende.",
    "U krijgt het geld binnen twee weken. Wij bellen u.",
    "Met ingang van 1 januari 2027 en tot nader order (zie bijlage) geldt een nieuwe regel.",
)


def test_dd108_skips_only_sentences_too_short_for_a_long_lead_in(nlp, monkeypatch):
    """DD108 passes over a sentence with no more words than ``max_words`` (``tang._few_words``);
    with that test switched off it gives the same findings, with the default and a lower limit."""
    from duidelijk.rules import tang

    texts = _texts() + list(LEAD_IN_SENTENCES)
    fast_default = None  # the findings with the default settings, for the last test below
    for settings in ({"select": ["DD108"]}, {"select": ["DD108"], "rules": {"DD108": {"max_words": 4}}}):
        fast = _findings(nlp, texts, settings)
        if "rules" not in settings:
            fast_default = fast
        monkeypatch.setattr(tang, "_few_words", lambda *args: False)
        assert fast == _findings(nlp, texts, settings)
        monkeypatch.undo()
        assert sum(len(r) for r in fast) >= 2

    # and it does pass over sentences: many sentences of a letter are short
    doc = nlp(" ".join(_texts()[:3]))
    table = token_table(doc)
    few = [tang._few_words(table.word, s.start, s.end, 8) for s in doc.sents]
    assert any(few) and not all(few)

    # once the verb is known, a sentence with few words before it is passed over too: fewer
    # sentences reach the lead-in's own tests, with the same findings (above)
    reached = []
    real = tang._continues_sentence_before

    def counted(*args):
        reached.append(args[1].start)
        return real(*args)

    monkeypatch.setattr(tang, "_continues_sentence_before", counted)
    _findings(nlp, texts, {"select": ["DD108"]})
    skipping = len(reached)
    reached.clear()
    words, asked = tang._few_words, set()

    def sentence_only(word, start, end, limit):  # the old way: the test of the whole sentence only
        if (id(word), start) in asked:
            return False  # the second question of a sentence: the words before its verb
        asked.add((id(word), start))
        return words(word, start, end, limit)

    monkeypatch.setattr(tang, "_few_words", sentence_only)
    assert fast_default == _findings(nlp, texts, {"select": ["DD108"]})
    assert 0 < skipping < len(reached)


JARGON_SENTENCES = (
    "Gelieve het formulier terug te sturen. Gelieve te betalen voor 1 maart.",
    "U dient het formulier in te dienen. Hij wenst te vertrekken. U dient dit te doen.",
    "Wij gaan tot uitbetaling over. Daarna zullen wij tot betaling overgaan.",
    "Wij verstrekken u de gegevens teneinde uw aanvraag te behandelen. Het nieuwe huis staat er.",
    "Wij sturen u de factuur toe. Wij zullen zorg dragen voor de betaling.",
)


def test_phrase_index_tries_only_expressions_whose_words_are_all_there(nlp, monkeypatch):
    """``PhraseIndex.matches`` tries an expression of several words (first word or moved verb)
    only when all its words are among the tokens' keys (``_possible``, found by the rarest
    word): the same matches as trying every expression of a word, on the example letters and
    made sentences, for DD103's and DD114's lists. Without the expressions (an empty set) the
    multi-word matches are lost, so the set is what decides."""
    from duidelijk.phrases import PhraseIndex, doc_keys
    from duidelijk.rules.jargon import jargon_index
    from duidelijk.rules.vague import vague_index

    sentences = []
    for text in [*_texts(), *JARGON_SENTENCES, "Wij nemen uw aanvraag in behandeling.",
                 "Dit is niet van toepassing op u. Wij maken gebruik van uw gegevens zo spoedig mogelijk.",
                 "Nadat wij op uw aanvraag hebben beslist, weet u het. Wij weten dat de gemeente op de naleving toeziet.",
                 "Het kan zijn dat de deurwaarder op uw loon beslag legt. Op dit moment berust de zaak bij de rechter."]:
        doc = nlp(text)
        table = token_table(doc)
        sentences += [[doc[i] for i in range(s.start, s.end) if not table.is_space[i]] for s in doc.sents]

    def every_expression(index, present):
        return {bag for bags in [*index._bags.values(), *index._moved_bags.values()] for bag in bags}

    real = PhraseIndex._possible
    for index in (jargon_index(), vague_index()):
        for tokens in sentences:
            present = set().union(*(doc_keys(tokens[0].doc)[t.i] for t in tokens))
            assert real(index, present) == {bag for bag in every_expression(index, present) if bag <= present}
        fast = [[([t.i for t in f], p) for f, p in index.matches(tokens)] for tokens in sentences]
        # the same with every key of the tokens given (DD103 passes its span_keys)
        assert fast == [[([t.i for t in f], p) for f, p in index.matches(
            tokens, present=frozenset().union(*(doc_keys(tokens[0].doc)[t.i] for t in tokens)))]
            for tokens in sentences]
        monkeypatch.setattr(PhraseIndex, "_possible", every_expression)
        assert fast == [[([t.i for t in f], p) for f, p in index.matches(tokens)] for tokens in sentences]
        monkeypatch.setattr(PhraseIndex, "_possible", lambda index, present: set())
        fewer = [[([t.i for t in f], p) for f, p in index.matches(tokens)] for tokens in sentences]
        monkeypatch.undo()
        if index is jargon_index():
            assert sum(len(f) > 1 for m in fast for f, _ in m) > sum(len(f) > 1 for m in fewer for f, _ in m)


@pytest.mark.parametrize("settings", [{}, {"reject": {"factuur": "rekening", "huis": "woning"}}])
def test_dd103_runs_only_the_parts_that_can_find_something(nlp, monkeypatch, settings):
    """DD103 runs each part of its check ("dient ... te", "gelieve", "tot ... overgaan", the
    reject list, the word list) only in a sentence that has its words
    (``jargon._parts_to_run``); with every part run in every such sentence the findings are
    the same."""
    from duidelijk.rules import jargon

    texts = _texts() + list(JARGON_SENTENCES)
    fast = _findings(nlp, texts, {"select": ["DD103"], **settings})
    monkeypatch.setattr(jargon, "_parts_to_run", lambda index, reject, present: (True,) * 7)
    assert fast == _findings(nlp, texts, {"select": ["DD103"], **settings})
    found = [f for report in fast for f in report]
    assert len(found) >= 10
    assert any("Gelieve" in f[4] for f in found) and any("overgaan" in f[4] or "tot uitbetaling" in f[4]
                                                           for f in found)
    if settings:
        assert any("liever 'rekening'" in f[4] for f in found)

    # and it does leave parts out: a sentence with a listed word only runs the word list
    monkeypatch.undo()
    index = jargon.jargon_index()
    reject = jargon.compiled(())
    assert jargon._parts_to_run(index, reject, {"wij", "verstrekken", "u"}) == (True, False, False, False, False, False, False)
    assert jargon._parts_to_run(index, reject, {"gelieve", "te", "betalen"})[3]
    assert jargon._parts_to_run(index, reject, {"wij", "nemen", "in", "behandeling"})[5]  # the nominal-style list


def _finite_verb_tokens(head):
    """``clauses.finite_verb`` read from Token objects: the reference for the table way."""
    cands = [head] + [c for c in head.children if c.dep_ in {"aux", "aux:pass", "cop"}]
    fin = [t for t in cands if "Fin" in t.morph.get("VerbForm")]
    if fin:
        return min(fin, key=lambda t: t.i)
    verbs = [t for t in cands if t.pos_ in {"VERB", "AUX"}]
    return min(verbs, key=lambda t: t.i) if verbs else None


def test_finite_verb_reads_the_table_as_the_tokens(nlp):
    """``clauses.finite_verb`` reads a clause's auxiliaries from the token table; on every
    token of the example letters it gives what the Token way gives, the table's children
    are ``Token.children`` and its sentence bounds (DD103's ``_sentence``) ``Token.sent``'s."""
    from duidelijk.rules.clauses import finite_verb

    seen = set()
    for doc in nlp.pipe(_texts() + list(NOMINAL_SENTENCES) + list(JARGON_SENTENCES)):
        table = token_table(doc)
        for tok in doc:
            assert table.children(tok.i) == [c.i for c in tok.children]
            assert table.sentence_of(tok.i) == (tok.sent.start, tok.sent.end)
            fast, slow = finite_verb(tok), _finite_verb_tokens(tok)
            assert (fast.i if fast is not None else None) == (slow.i if slow is not None else None)
            assert (fast is tok) == (slow is tok)  # DD108 asks whether the verb "is" the root
            seen.add("none" if fast is None else "self" if fast.i == tok.i else "aux")
    assert seen == {"none", "self", "aux"}  # each way out of the function was taken


def _old_spoken_penalty(low, lemma, pos, opts):
    """``spoken_penalty`` as written before it passed over words whose form alone is said
    often enough (without the sum over the lemma's spoken forms)."""
    from duidelijk.dictionary import compound_parts
    from duidelijk.rules.difficult_words import spoken_gap

    weight = opts.get("spoken_gap_weight", 0.0)
    if not weight:
        return 0.0
    gap = spoken_gap(low, lemma, pos) - opts["spoken_gap_free"]
    if gap <= 0 or len(compound_parts(low)) > 1:
        return 0.0
    return min(opts["spoken_gap_max"], weight * gap)


@pytest.mark.parametrize("changed", [{}, {"spoken_gap_free": 0.0}, {"spoken_gap_free": 1.2},
                                     {"spoken_gap_weight": 0.5, "spoken_gap_max": 0.3}])
def test_spoken_penalty_is_the_old_one_for_every_word_of_the_examples(nlp, changed):
    """The quick answer of ``spoken_penalty`` (the form alone is said often enough) gives
    the penalty of the full sum over the lemma's spoken forms, for every content word of
    the example letters and the sentences above, under several settings."""
    from duidelijk.subtlex import spoken_zipf

    opts = {**DifficultWord.settings, **changed}
    words = {(t.lower_, t.lemma_.lower().replace("_", ""), t.pos_) for doc in nlp.pipe(_texts()) for t in doc
             if t.is_alpha and t.pos_ in CONTENT_POS}
    new = {w: spoken_penalty(*w, opts) for w in words}
    assert new == {w: _old_spoken_penalty(*w, opts) for w in words}
    assert any(p > 0 for p in new.values())  # some words get a penalty ...
    # ... and many take the quick answer, so the comparison covers it
    quick = [w for w in words if spoken_zipf(w[0]) > 0 and max(zipf(w[0]), lemma_zipf(w[1], w[2])) -
             spoken_zipf(w[0]) <= opts["spoken_gap_free"]]
    assert len(quick) > 20


ABBREVIATION_SENTENCES = (
    "Het CJIB en de GGD sturen een brief. Neem contact op met de KvK/RDW of bel 010/123 45 67. "
    "De Wmo en de AOW zijn wetten. Wij zijn een BV. LET OP: de M&O-afdeling. Zie art. 4. Het IBAN NL12 staat erin. "
    "De boa's, zzp'ers en AOW'ers, de TONK-regeling, de QR-code, DUS-I en de pgb-houder."
)


def test_table_reads_give_what_the_token_way_gives(nlp):
    """DD106 and DD103 take a sentence's tokens, DD101 its finite verbs and DD112 its
    candidate words from the token table, without a Token per token; on the example letters
    each is what the Token way gives (the reference: the old walks over ``Token`` objects)."""
    from duidelijk.rules.abbreviations import JOINED, UNKNOWN_ABBR, abbreviations, attached_part, candidates
    from duidelijk.rules.clauses import finite_at, is_finite

    listed = abbreviations()
    seen = {"finite": 0, "not finite": 0, "candidate": 0, "no candidate": 0, "punct": 0}
    for doc in nlp.pipe(_texts() + list(JARGON_SENTENCES) + [ABBREVIATION_SENTENCES]):
        table = token_table(doc)
        for sent in doc.sents:
            skipped = [table.is_punct[i] or table.is_space[i] for i in range(len(doc))]
            assert [doc[i].i for i in range(sent.start, sent.end) if not skipped[i]] == \
                [t.i for t in sent if not t.is_space and not t.is_punct]  # DD106
            assert [doc[i].i for i in range(sent.start, sent.end) if not table.is_space[i]] == \
                [t.i for t in sent if not t.is_space]  # DD103
            old = [t.i for t in sent if "/" in t.text or t.lower_ in listed or UNKNOWN_ABBR.match(t.text)
                   or JOINED.search(t.text) and attached_part(t.text, listed)]
            assert candidates(table, listed, sent.start, sent.end) == old  # DD112
            seen["candidate"] += len(old)
            seen["no candidate"] += len(sent) - len(old)
            seen["punct"] += sum(t.is_punct for t in sent)
        for tok in doc:
            token_way = "Fin" in tok.morph.get("VerbForm") and tok.pos_ in {"VERB", "AUX"}
            assert finite_at(table.facts, tok.i) == is_finite(tok) == token_way, tok.text
            seen["finite" if token_way else "not finite"] += 1
    assert min(seen.values()) > 10, seen  # each way was taken


def test_dd103_looks_for_each_half_of_nominal_style_only_where_it_can_match(nlp, monkeypatch):
    """DD103 looks for "het ... van" as a subject only in a sentence where "het", a word in
    -en and "van" stand side by side, and for the expressions of the nominal-style list only
    in a sentence with a word of one it names (``jargon_anchors``); looking for both in every
    sentence with either gives the same findings."""
    from duidelijk.rules import jargon

    texts = _texts() + list(JARGON_SENTENCES) + list(NOMINAL_SENTENCES) + [
        "Het beantwoorden van vragen kan drie weken duren. Het huis van de buren wordt in behandeling genomen.",
        "Wij maken gebruik van uw gegevens. Het gebruik van de weg is gratis. Het, zoals gezegd, beantwoorden van vragen duurt lang.",
    ]
    fast = _findings(nlp, texts, {"select": ["DD103"]})
    original = jargon.Jargon._nominal
    monkeypatch.setattr(jargon.Jargon, "_nominal",
                        lambda self, ctx, tokens, marked, *here: original(self, ctx, tokens, marked))
    assert fast == _findings(nlp, texts, {"select": ["DD103"]})
    messages = [f[4] for report in fast for f in report]
    assert any("niemand doet iets" in m for m in messages)  # "het ... van" as the subject
    assert any("maakt de zin stijf. Schrijf liever" in m for m in messages)  # an expression of the list


def test_explained_reads_the_sentence_start_from_the_table_as_from_the_token(nlp):
    """``explained`` with the token table's facts (the sentence's first token from the table)
    and without (``Token.sent``) gives the same answer for every word, explained or not."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + list(SENTENCES) + [
        "Geld terug (restitutie) krijgt u snel. Een mantelzorger is iemand die zorgt. "
        "Met een zienswijze bedoelen wij uw mening. Onder mantelzorg valt ook hulp."]
    answers = []
    for doc in nlp.pipe(texts):
        facts = token_table(doc).facts
        for tok in doc:
            answer = explained(tok, facts)
            assert answer == explained(tok)
            answers.append(answer)
    assert sum(answers) >= 4 and not all(answers)


def _old_second(head, own) -> bool:
    """``tang._second`` as it read ``Token.children`` (the reference)."""
    first = [c for c in head.children if c.i < own.i and c.dep_ not in {"punct", "cc"} and c.pos_ != "CCONJ"]
    return len(first) <= 1


def _old_earlier_main_clause_verb(root, verb):
    """``tang._earlier_main_clause_verb`` as it read ``Token.children`` (the reference)."""
    from duidelijk.rules.clauses import finite_verb

    if verb is None:
        return None
    for head in root.children:
        if head.dep_ not in {"conj", "parataxis"} or head.i > root.i:
            continue
        if any(c.dep_ == "mark" and c.lower_ != "te" and c.pos_ != "CCONJ" for c in head.children):
            continue
        own = finite_verb(head)
        if own is None or "Fin" not in own.morph.get("VerbForm") or own.i > verb.i:
            continue
        if _old_second(head, own):
            return own
    return None


def test_dd108_reads_children_from_the_table_as_from_the_tokens(nlp):
    """DD108's clause tests (``_second``, ``_earlier_main_clause_verb``, the auxiliaries and
    subject of the root) read the children's labels from the token table; on every pair of
    words of the example letters and sentences with an earlier main clause they give what the
    Token way gives."""
    from duidelijk.rules.clauses import finite_verb
    from duidelijk.rules.tang import _earlier_main_clause_verb, _second

    texts = _texts() + list(NOMINAL_SENTENCES) + list(JARGON_SENTENCES) + [
        "Gevaarlijke situaties zullen wij verhelpen, andere situaties kunnen langer duren.",
        "Wat u moet doen, staat in de brief. Maar de trein staat stil, en de bus rijdt niet.",
    ]
    seen = {"second": 0, "not second": 0, "earlier": 0, "none": 0}
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            root = sent.root
            verb = finite_verb(root)
            old = _old_earlier_main_clause_verb(root, verb)
            new = _earlier_main_clause_verb(root, verb)
            assert (old.i if old is not None else None) == (new.i if new is not None else None), sent.text
            seen["earlier" if old is not None else "none"] += 1
            for tok in sent:
                for own in sent:
                    second = _old_second(tok, own)
                    assert _second(tok, own) == second, (tok.text, own.text)
                    seen["second" if second else "not second"] += 1
    assert min(seen.values()) >= 1, seen


def _old_no_form_fits(found: list) -> bool:
    """``jargon._no_form_fits`` as it read ``Token.children`` (the reference)."""
    from duidelijk.rules.jargon import FIXED_BEFORE, REFLEXIVE, _is_its_particle, _particle_apart, _sentence

    found_at = {t.i for t in found}
    if any(c.lower_ in REFLEXIVE and c.i not in found_at
           for t in found if t.pos_ in {"VERB", "AUX"} for c in t.children):
        return True
    if len(found) == 1 and any(c.dep_ == "compound:prt" and c.i != found[0].i and _is_its_particle(found[0], c)
                               for c in found[0].children):
        return True
    if len(found) == 1 and _particle_apart(found[0]):
        return True
    first = found[0]
    sent_start = _sentence(first)[0]
    prev = first.doc[first.i - 1] if first.i > sent_start else None
    before = prev.doc[prev.i - 1] if prev is not None and prev.lower_ == "te" and prev.i > sent_start else prev
    return before is not None and before.lower_ in FIXED_BEFORE


def _old_main_clause_joint(sent):
    """``sentence_length.main_clause_joint`` as it read ``Token.children`` (the reference)."""
    from duidelijk.rules.clauses import finite_at, finite_verb
    from duidelijk.rules.sentence_length import COORDINATORS, verb_comes_last

    root = sent.root
    first = finite_verb(root)
    table = token_table(sent.doc)
    facts = table.facts
    if first is None or not finite_at(facts, first.i):
        return None
    fronted = any(c.dep_ == "mark" for c in root.children)
    for head in sent:
        if head.dep_ not in {"conj", "parataxis"} or head.head.i != root.i or head.i < root.i:
            continue
        if any(c.dep_ == "mark" for c in head.children):
            continue
        verb = finite_verb(head)
        if verb is None or not finite_at(facts, verb.i) or verb.i < first.i:
            continue
        if not any(c.dep_ in {"nsubj", "nsubj:pass", "expl"} for c in head.children):
            continue
        joints = [c for c in head.children if c.i < verb.i and c.i > first.i and (
            (c.dep_ == "cc" and c.lower_ in COORDINATORS) or (c.dep_ == "punct" and c.text in {",", ";"}))]
        if fronted:
            joints = [c for c in joints if c.dep_ == "cc"]
        if joints and verb_comes_last(head, joints[-1], verb):
            continue
        if joints:
            return next((c for c in joints if c.dep_ == "cc"), joints[0])
    return None


def test_dd103_and_dd101_read_children_from_the_table_as_from_the_tokens(nlp):
    """DD103's ``_no_form_fits`` (a reflexive or a particle of the matched verb) and DD101's
    ``main_clause_joint`` read the children's forms and labels from the token table; on every
    word (and pair of neighbours) and every sentence of the example letters and sentences with
    a reflexive, a particle apart and two main clauses they give what the Token way gives."""
    from duidelijk.rules.jargon import _no_form_fits
    from duidelijk.rules.sentence_length import main_clause_joint

    texts = _texts() + list(NOMINAL_SENTENCES) + list(JARGON_SENTENCES) + [
        "U moet zich legitimeren. Wij schorten de betaling op. U hoeft niets af te handelen.",
        "Wij behandelen uw aanvraag, maar wij kunnen nog niet beslissen. Als u vragen heeft, belt u ons.",
        "De gemeente betaalt de kosten en u krijgt het geld binnen een week; wij sturen u een brief.",
    ]
    seen = {"fits": 0, "no form fits": 0, "joint": 0, "no joint": 0}
    for doc in nlp.pipe(texts):
        for tok in doc:
            for found in ([tok], list(doc[tok.i: tok.i + 2])):
                old = _old_no_form_fits(found)
                assert _no_form_fits(found) == old, [t.text for t in found]
                seen["no form fits" if old else "fits"] += 1
        for sent in doc.sents:
            old, new = _old_main_clause_joint(sent), main_clause_joint(sent)
            assert (old.i if old is not None else None) == (new.i if new is not None else None), sent.text
            seen["joint" if old is not None else "no joint"] += 1
    assert min(seen.values()) >= 1, seen


def test_dd103_finds_the_same_words_in_a_text_with_and_without_placeholders(nlp):
    """DD103 passes over placeholders only in a text that has them (``Context.is_placeholder``
    says no to every word of a text without); a placeholder changes none of the listed words
    it finds elsewhere, and a text without jargon has no finding either way."""
    texts = ["Wij verzoeken u de gegevens te verstrekken teneinde uw aanvraag te behandelen. U heet {{ naam }}.",
             "Wij verzoeken u de gegevens te verstrekken teneinde uw aanvraag te behandelen. U heet Jan.",
             "Wij sturen u de gegevens. U heet {{ naam }}.", "Wij sturen u de gegevens. U heet Jan."]
    found = [[(f.message, f.text) for f in r.findings if f.code == "DD103"]
             for r in analyse([text_document(t) for t in texts], Config.from_dict({"select": ["DD103"]}), nlp)]
    assert found[0] == found[1] and len(found[0]) >= 2
    assert found[2] == found[3] == []


def test_dd112_looks_for_letter_pairs_only_in_sentences_with_en(nlp):
    """DD112 looks for two capitals joined by "en" ("B en W") only in a sentence where "en"
    stands; a pair is found there, and capitals with "en" in another sentence are none."""
    texts = ["Het college van B en W besluit vandaag. Wij sturen u een brief.",
             "Het college van B of W besluit vandaag. Wij en zij sturen u een brief.",
             "Wij sturen u een brief."]
    found = [[f.text for f in r.findings if f.code == "DD112"]
             for r in analyse([text_document(t) for t in texts], Config.from_dict({"select": ["DD112"]}), nlp)]
    assert "B en W" in found[0]
    assert not any(" en " in text for text in found[1]) and found[2] == []


def test_nominal_expression_far_away_asks_the_clause_only_of_its_own_words(nlp, monkeypatch):
    """Beyond the window ``list_matches`` asks whether a token stands in the verb's clause
    (``in_clause_of``) only for a token that holds a missing word of the expression: on one
    long sentence asking it of every later token made the search quadratic. The far
    expression is still found."""
    from duidelijk.rules import nominalisation

    calls = []
    real = nominalisation.in_clause_of

    def counted(token, verb):
        calls.append(token.i)
        return real(token, verb)

    monkeypatch.setattr(nominalisation, "in_clause_of", counted)
    text = "Daarom " + "ik breng de regels van de gemeente over de straat bij de school " * 20 + \
        "onder uw aandacht."
    findings = _findings(nlp, [text], {"select": ["DD103", "DD106"]})[0]
    assert any(text[start:end].split()[0] == "breng" and text[start:end].endswith("aandacht")
               for _, start, end, _, _ in findings), findings
    words = len(text.split())
    assert 0 < len(calls) < words  # before: thousands (the 'breng' tokens times the later tokens)
    assert all(nlp(text)[i].text in {"onder", "uw", "aandacht"} for i in set(calls))


def test_nominal_list_tries_only_expressions_whose_words_are_all_there(nlp):
    """``nominalisation.list_matches`` (DD103's nominal half, DD106) tries only the expressions
    all of whose words are among the sentence's keys, found by the rarest word of each
    (``possible_expressions``): the same positions, in the same order, as testing every
    expression that shares a word with the sentence (``expressions_by_word``), as before."""
    from duidelijk.phrases import span_keys
    from duidelijk.rules import nominalisation

    listed = nominalisation.expressions()
    by_word = nominalisation.expressions_by_word()

    def every_sharing_a_word(present):
        candidates = {n for key in by_word.keys() & present for n in by_word[key]}
        return sorted(n for n in candidates if listed[n][0] <= present)

    presents = [bag for bag, *_ in listed] + [bag - {min(bag)} for bag, *_ in listed if len(bag) > 1]
    for text in [*_texts(), *JARGON_SENTENCES, "Wij nemen uw aanvraag in behandeling en maken gebruik van uw recht."]:
        doc = nlp(text)
        presents += [span_keys(doc, s.start, s.end) for s in doc.sents]
    found = [nominalisation.possible_expressions(frozenset(p)) for p in presents]
    assert found == [every_sharing_a_word(frozenset(p)) for p in presents]
    assert all(n in found[n] for n in range(len(listed)))  # each expression's own words find it
    # and a word less does not
    assert not any(n in nominalisation.possible_expressions(bag - {min(bag)})
                   for n, (bag, *_) in enumerate(listed) if len(bag) > 1)
