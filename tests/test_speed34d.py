"""Speed34d's DD101 and DD102 helpers read the token table (labels, heads, forms, texts) and
make a Token only for a candidate; they give the answers of the old ways (the old functions
copied here as the reference, run in a copy of their module's namespace), on the example
letters and on sentences written for these tests.

- DD101: ``sentence_length.one_main_line``, ``held_clause``, ``_fronted``, ``_particle_apart``
  (words as indexes), ``_second_main_clause`` and ``split_point`` (the Doc's words where a
  sentence may split, found once);
- DD102: ``passive._agent`` (the Doc's "door" phrases found once), ``_doer_named_after`` and
  ``_reader_status_line``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk.config import Config
from duidelijk.metrics import token_table
from duidelijk.readers import text_document
from duidelijk.rules import passive, sentence_length
from duidelijk.rules.base import Context

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))

# sentences written for these tests: long sentences with a subclause in front, at the end or
# inside, a particle far from its verb, lists, two main clauses, an aside; passives with and
# without "door", a status line, the same act told actively in the next sentence
TEXTS = [
    "Wij sturen u de nieuwe pas voor het zwembad en de sporthal aan de rand van het park in de wijk Noord snel toe.",
    "Wij sturen u de nieuwe pas voor het zwembad en de sporthal aan de rand van het park in de wijk Noord vandaag.",
    "Als u na het lezen van deze brief nog vragen heeft over de nieuwe stoep in uw straat, kunt u ons bellen.",
    "U kunt ons bellen als u na het lezen van deze brief nog vragen heeft over de nieuwe stoep in uw straat.",
    "Of u de toeslag voor het hele jaar krijgt als u in de zomer verhuist, hangt af van uw inkomen.",
    "Wij hebben uw brief over de nieuwe stoep in de straat achter het station goed ontvangen en wij lezen hem deze week.",
    "Wij lezen de brieven, de mails, de kaarten, de folders en de plannen van de buren in de wijk Noord snel.",
    "De mensen die in de straat achter het station wonen en een auto hebben, krijgen een nieuwe vergunning.",
    "Uw aanvraag (voor de kosten van de verhuizing naar een nieuw huis in de wijk) is bij ons binnengekomen.",
    "Dit bewijs is geldig tot 1 mei Daarna kan je een nieuw bewijs maken op de website van de gemeente.",
    "Neem deze dingen mee naar de balie in het stadhuis: uw paspoort en uw pas en uw brief en uw foto.",
    "Neem deze dingen mee naar de balie in het stadhuis: uw paspoort, uw pas, uw brief en uw foto van nu.",
    "Let op: de balie in het stadhuis is op maandag en dinsdag de hele dag gesloten voor alle bezoekers.",
    "Wij hebben uw brief over de nieuwe stoep in de straat goed ontvangen, en wij bellen.",
    "Wij hebben uw brief over de nieuwe stoep in de straat goed ontvangen omdat wij bellen.",
    "Het formulier wordt door de gemeente gecontroleerd. Het formulier wordt gecontroleerd.",
    "Uw aanvraag is goedgekeurd. De gemeente heeft uw aanvraag goedgekeurd.",
    "Uw aanvraag is goedgekeurd. Dat betekent dat u geld krijgt.",
    "Uw aanvraag is afgewezen.\nWij hebben hem afgewezen omdat uw inkomen te hoog is.",
    "Je bent uitgenodigd!\nWe zien je graag op maandag in de bibliotheek.",
    "Je bent uitgenodigd voor een gesprek. U bent van harte uitgenodigd\nDe brief wordt door ons en door de wijkagent verstuurd.",
    "Uw aanvraag is goedgekeurd. Wij hebben uw aanvraag ontvangen.",
    "Wij zijn verhuisd!\nOns nieuwe adres staat hieronder.",
    "Het huis wordt per woonboot verhuurd. Door de regen wordt de weg door de gemeente afgesloten.",
    # (final read) "en", then a word, then the verb, and no subject of the verb's own: split_point
    # reads the two words after the "en" at its place among the words (found by bisection)
    "U heeft de brief over de stoep gelezen en daar staat in wat u moet doen met het formulier.",
    # a "door" that is no "case" ("door en door": an oblique and a "fixed" word): no agent
    "Het huis is door en door nat geworden.",
]


def _context(nlp, text):
    return Context(doc=nlp(text), document=text_document(text), config=Config())


@pytest.fixture(scope="module")
def contexts(nlp):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] + TEXTS
    return [_context(nlp, text) for text in texts]


def _old(module, source: str) -> dict:
    """The old functions, defined in a copy of ``module``'s namespace (so that they call each
    other, and the module's other helpers as they are)."""
    namespace = dict(vars(module))
    exec(source, namespace)
    return namespace


OLD_SENTENCE_LENGTH = 'def held_clause(sent, least: int, gap: int = Tang.settings["max_verb_gap"]) -> bool:\n    """Must a reader hold a clause in mind to read the sentence? Dutch puts the verb of a\n    subclause last, so a reader carries its words until that verb comes, and the main clause\n    waits too when the subclause stands before it or inside it. That is so when:\n\n    - a subclause of ``least`` words or more stands before or inside the clause it belongs to,\n      which goes on after it ("Als u geen bericht van ons ontvangt, kunt u ...", "De mensen die\n      ... hebben, krijgen ..."); a short one is one thing to hold ("Als dat zo is, ...");\n    - a subclause with a finite verb stands inside another subclause ("Dit getal laat zien van\n      hoeveel mensen gemeld is dat ze ...");\n    - an aside in brackets of ``least`` words or more stands inside the sentence ("Uw aanvraag\n      (voor de kosten van de verhuizing naar ...) is ... binnengekomen");\n    - the particle of a separable verb stands more than ``gap`` words (DD107\'s ``max_verb_gap``)\n      after its finite verb ("Wij nemen binnen ... met u op": the reader holds \'nemen\' until \'op\'\n      gives it its meaning; DD107 measures a finite verb and its other verbs, not its particle).\n\n    A subclause at the end, after a whole main clause, is read as it comes ("U kunt hier lezen\n    hoe u ... aanvraagt", "... meten omdat die via de wc in het rioolwater komen"): the main\n    clause has been read, and nothing is left to wait for."""\n    table = token_table(sent.doc)\n    facts, is_space = table.facts, table.is_space\n    words = [t for t in sent if not (t.is_punct or is_space[t.i])]\n    if not words:\n        return False\n    last = words[-1].i\n    if _aside(sent, least, last) or _fronted(sent, least, words):\n        return True\n    for tok in words:\n        if tok.dep_ == "compound:prt" and _particle_apart(tok, gap, words):\n            return True\n        if tok.dep_ not in HELD_DEPS:\n            continue\n        edge = tok.right_edge.i\n        if edge < last and _goes_on(tok, edge, last) and sum(\n                1 for t in tok.subtree if not (t.is_punct or is_space[t.i])) >= least:\n            return True  # the clause it belongs to goes on after the subclause\n        verb = finite_verb(tok)\n        if verb is not None and finite_at(facts, verb.i) and any(a.dep_ in HELD_DEPS for a in tok.ancestors):\n            return True  # a subclause inside a subclause\n        if tok.dep_ == "acl:relcl" and tok.head.i < tok.left_edge.i and _apart(tok):\n            return True  # "heb ik de lijst met maatregelen toegevoegd die op uw bedrijf ...": the\n            # verb stands between the noun and its relative clause, the reader holds the noun\n    return False\n\n\ndef _particle_apart(particle, gap: int, words) -> bool:\n    """Do more than ``gap`` words stand between a separable verb\'s particle and the finite verb\n    of its clause before it ("U vult het formulier ... helemaal in": \'vult\' ... \'in\')?"""\n    verb = finite_verb(particle.head)\n    if verb is None or verb.i > particle.i or not finite_at(token_table(particle.doc).facts, verb.i):\n        return False\n    return sum(1 for w in words if verb.i < w.i < particle.i) > gap\n\n\ndef _fronted(sent, least: int, words) -> bool:\n    """Does a subclause of ``least`` words or more open the sentence, the main clause after its\n    comma ("Als u vragen heeft over ..., belt u ons", "Of u ... krijgt, hangt af van ...")? Read\n    from the words, not the parse: the parse often makes such a subclause the root, or hangs its\n    verb on the main verb, and then no clause of it carries a subclause\'s label. A subordinator\n    first, a finite verb before the first comma after ``least`` words or more, and a finite verb\n    right after it (or after "dan"): the main clause puts its verb first after a subclause in\n    front."""\n    first = words[0]\n    low = first.lower_\n    if low not in FRONT_OPENERS and not (low in {"of", "dat"} and first.dep_ == "mark"):\n        return False  # ("Dat kunt u ...": a demonstrative, no subclause)\n    doc = sent.doc\n    comma = next((t.i for t in sent if t.text == ","), None)\n    if comma is None or sum(1 for w in words if w.i < comma) < least:\n        return False\n    facts = token_table(doc).facts\n    after = [w for w in words if w.i > comma][:2]\n    if after and after[0].lower_ == "dan":\n        after = after[1:]\n    # a subclause has a finite verb of its own; \'als\', \'sinds\' and \'zoals\' also open a phrase\n    # without one ("Zoals elk jaar in de zomer, is ...", "Sinds de verhuizing van ..., is ...")\n    return bool(after) and finite_at(facts, after[0].i) and any(\n        finite_at(facts, w.i) for w in words if first.i < w.i < comma)\n\n\ndef one_main_line(sent, least: int, gap: int = Tang.settings["max_verb_gap"]) -> bool:\n    """Is the sentence one main line a reader takes as it comes: no clause to hold\n    (``held_clause``) and no list of ``LONG_LIST`` or more things? It may have a subclause at\n    its end ("... een testbewijs dat u ... kunt gebruiken") or two verbs that share their\n    subject ("Vul het formulier in en geef het mee"), or a list after a colon at its end\n    (``_colon_list``): a sentence of 21 or 22 words like that reads clearly; its difficulty,\n    if any, is in its words."""\n    colon = _colon_list(sent)\n    if sum(1 for tok in sent if tok.dep_ == "cc" and tok.i < colon) + 1 >= LONG_LIST:\n        return False\n    items: dict[int, int] = {}\n    for tok in sent:\n        if tok.dep_ in {"conj", "appos"}:\n            first = tok.head\n            while first.dep_ in {"conj", "appos"} and first.head.i != first.i:\n                first = first.head\n            if first.i > colon:\n                continue  # an item of the list after the colon\n            items[first.i] = items.get(first.i, 0) + 1\n            if items[first.i] + 1 >= LONG_LIST:\n                return False\n    return not held_clause(sent, least, gap) and not _second_main_clause(sent)\n\n\ndef _second_main_clause(sent) -> bool:\n    """Does a second main clause follow the first without a joint the parse saw ("Dit bewijs\n    is geldig tot {datum} Daarna kan je een nieuw bewijs maken": a full stop missing; "...\n    ophalen bij de balie, de balie is open ...": a comma where a full stop belongs)? A clause\n    with its own subject and no word like "als" or "dat" before it, its finite verb in second\n    place: after one part of the clause, of one word or more ("Een nieuwe datum krijgt u ..."),\n    the order of a main clause, a sentence of its own. The first clause has a finite verb of\n    its own ("Technisch gezien: de pompen werken ...": a label, no clause). (A clause with its\n    verb first is a question or condition of a row: "Moeten we ..., is de situatie ...?")"""\n    table = token_table(sent.doc)\n    facts, is_space = table.facts, table.is_space\n    root = sentence_root(sent)\n    first = finite_verb(root)\n    if first is None or not finite_at(facts, first.i):\n        return False\n    for tok in sent:\n        if tok.dep_ not in {"advcl", "parataxis", "conj", "xcomp"} or tok.head.i != root.i:\n            continue\n        if tok.i > root.i:  # the second clause hangs on the first, the root\n            if _verb_second(tok, first.i, table) and not any(c.dep_ == "mark" for c in tok.children):\n                return True\n        elif tok.dep_ == "parataxis" and tok.right_edge.i < first.i:\n            # the parse made the second clause the root, the first hangs on it ("Het zwembad\n            # blijft tot juni dicht Daarna krijgt u ...": \'blijft\' a parataxis of \'krijgt\')\n            verb = finite_verb(tok)\n            if verb is not None and finite_at(facts, verb.i) and any(\n                    c.dep_ in SUBJECT_DEPS for c in itertools.chain(tok.children, verb.children)) and _verb_second(\n                    root, tok.right_edge.i, table):\n                return True\n    return False\n\n\ndef split_point(ctx: Context, sent):\n    """The first word where the sentence can become two sentences, or None."""\n    doc = sent.doc\n    table = token_table(doc)\n    facts, is_space = table.facts, table.is_space\n    words = [i for i in range(sent.start, sent.end) if not is_space[i]]\n    begin = 3  # not in the first three words nor in the last three\n    if base.PREFILTER:\n        # a split point needs a finite verb before it (the last test below): the words up to\n        # the first finite verb are passed over at once, without a Token for any of them\n        first = next((pos for pos, i in enumerate(words) if finite_at(facts, i)), None)\n        if first is None:\n            return None\n        begin = max(begin, first + 1)\n    for pos in range(begin, len(words) - 3):\n        i = words[pos]\n        low = facts[i].lower\n        if low not in COORDINATORS and low not in SUBORDINATORS:\n            continue\n        tok = doc[i]\n        if low in COORDINATORS and tok.dep_ == "cc":\n            clause = tok.head\n            if any(c.dep_ == "mark" and not (c.lower_ == "te" and connective_main_clause(doc, tok, sent.end))\n                   for c in clause.children):\n                continue  # "... en dat alle stukken compleet zijn": no sentence on its own ("te"\n                # is no subclause after a joining adverb: "en daardoor is ... op te geven")\n            if not _in_main_clause(clause):\n                continue  # "het akkoord dat ... was gesloten, en waarvan ...": two subclauses\n            if _second_relative(doc, tok, sent.start):\n                continue  # "een behandeling die ... strekt tot ... en die voldoet aan ..."\n        elif low in SUBORDINATORS and tok.dep_ == "mark":\n            clause = tok.head\n        else:\n            continue\n        if clause.i < tok.i or not clause.sent == sent:\n            continue\n        verb = finite_verb(clause)\n        if verb is None or not finite_at(facts, verb.i) or verb.i < tok.i:\n            continue\n        head = clause_verb(clause)\n        if tok.dep_ == "cc" and verb_comes_last(head, tok, verb):\n            continue  # "..., en van wat de rest betekent": no main clause\n        if tok.dep_ == "cc" and verb.i > words[pos + 1] and not any(\n                c.dep_ in {"nsubj", "nsubj:pass", "expl"} for c in head.children) and not (\n                verb.i == words[pos + 2] and connective_main_clause(doc, tok, sent.end)):\n            # a second part with the subject of the first starts with its verb ("... en wordt\n            # daarom ..."); a word before the verb and no subject of its own make a verb-final\n            # clause: "die naar Wallers en Cysoing afzakken" (the parse joined it to the root)\n            continue\n        if any(finite_at(facts, j) for j in words[:pos]):\n            return tok\n    return None\n'

OLD_PASSIVE = 'def _agent(verb):\n    """The "door ..." phrase that names who acts ("per woonboot" is none). Read from the\n    token table: the children, their labels and words without a Token each (DD102 asks it\n    about 2,700 times a pass of speed.py\'s varied text; made 17,000 Tokens a pass)."""\n    doc = verb.doc\n    table = token_table(doc)\n    deps, facts = table.deps, table.facts\n    case = label_set("case")\n    for child in table.children(verb.i):\n        oblique = _OBLIQUE.get(deps[child])\n        if oblique is None:\n            oblique = _OBLIQUE[deps[child]] = doc.vocab.strings[deps[child]].startswith("obl")\n        if oblique and any(deps[c] in case and facts[c].lower == "door" for c in table.children(child)):\n            return doc[child]\n    return None\n\n\ndef _doer_named_after(verb) -> bool:\n    """"Jullie aanvraag is goedgekeurd / De gemeente heeft jullie aanvraag goedgekeurd.": the\n    next sentence (on the next line, or after the full stop) says the same act actively, with\n    its subject: who did it is named right after, so the "zijn" line only gives the outcome,\n    as a heading or status line does. Not when the next sentence has the verb in a passive\n    itself, or without a subject ("Uw aanvraag is goedgekeurd. Dat betekent ...": no doer)."""\n    doc = verb.doc\n    lemmas = {verb.lemma_.lower(), infinitive(verb.text, verb.lemma_)}\n    i = verb.i + 1\n    while i < len(doc) and not (doc[i].is_space and "\\n" in doc[i].text or doc[i].text in SENTENCE_ENDS):\n        i += 1  # the end of the line or sentence of the passive\n    while i < len(doc) and (doc[i].is_space or doc[i].text in SENTENCE_ENDS):\n        i += 1\n    for t in doc[i:]:\n        if t.is_space and "\\n" in t.text or t.text in SENTENCE_ENDS:\n            return False\n        if t.pos_ == "VERB" and {t.lemma_.lower(), infinitive(t.text, t.lemma_)} & lemmas \\\n                and not any(c.dep_ == "aux:pass" for c in t.children) \\\n                and any(c.dep_ == "nsubj" and c.lower_ not in READERS for c in t.children) \\\n                and _same_thing(verb, t):\n            return True\n    return False\n\n\ndef _reader_status_line(text: str, aux, verb) -> bool:\n    """"Je bent uitgenodigd", "U bent aangemeld!": a line of its own with only the reader as the\n    subject, "zijn" and the participle (an adverb may go with it: "U bent van harte\n    uitgenodigd" has a phrase, so not) and no full stop: a heading that tells the reader how\n    they stand, as a status notice does; the text under it says who did what. A sentence with\n    more in it ("Je bent uitgenodigd voor een gesprek.") stays a finding."""\n    start, end = line_start(text, aux.idx), line_end(text, aux.idx)\n    if not (start <= verb.idx < end):\n        return False\n    doc, table = aux.doc, token_table(aux.doc)\n    # the line\'s tokens, found by bisection on the token table\'s offsets (which rise with the\n    # tokens), not by a Token for every token of the Doc\n    offsets, is_space = table.idx, table.is_space\n    first = bisect_left(offsets, start)\n    tokens = [doc[i] for i in range(first, bisect_left(offsets, end, first)) if not is_space[i]]\n    if tokens and tokens[-1].text == "!":\n        tokens = tokens[:-1]\n    if not tokens or tokens[-1].text in {".", "?", ":", ";", ","}:\n        return False\n    if _decision(verb):\n        return False  # "U bent gekort", "Je bent afgewezen": the organisation decided, say who\n    subject, rest = tokens[0], tokens[1:]\n    return subject.lower_ in READERS and subject.dep_.startswith("nsubj") and all(\n        t.i in {aux.i, verb.i} or t.pos_ == "ADV" for t in rest) and aux.i in {t.i for t in rest}\n'


# DD101 ----------------------------------------------------------------------------------------

def _spans(ctx):
    """Every prose sentence, and the same without its first word (as DD101 judges the clause
    after a label)."""
    for sent in ctx.prose_sentences:
        yield sent
        if len(sent) > 2:
            yield ctx.doc[sent.start + 1 : sent.end]


def test_sentence_helpers_give_the_old_answers(contexts):
    old = _old(sentence_length, OLD_SENTENCE_LENGTH)
    answers = {"one_main_line": [], "held_clause": [], "_second_main_clause": [], "_fronted": []}
    for ctx in contexts:
        table = token_table(ctx.doc)
        for span in _spans(ctx):
            assert sentence_length._second_main_clause(span) == old["_second_main_clause"](span)
            answers["_second_main_clause"].append(old["_second_main_clause"](span))
            tokens = [t for t in span if not (t.is_punct or t.is_space)]
            indexes = [i for i in range(span.start, span.end) if not (table.is_punct[i] or table.is_space[i])]
            assert indexes == [t.i for t in tokens]
            for least in (3, 5, 8):
                for gap in (2, 4, 6):
                    want = old["held_clause"](span, least, gap)
                    assert sentence_length.held_clause(span, least, gap) == want, (span.text, least, gap)
                    answers["held_clause"].append(want)
                    want = old["one_main_line"](span, least, gap)
                    assert sentence_length.one_main_line(span, least, gap) == want, (span.text, least, gap)
                    answers["one_main_line"].append(want)
                if tokens:
                    want = old["_fronted"](span, least, tokens)
                    assert sentence_length._fronted(span, least, indexes) == want, (span.text, least)
                    answers["_fronted"].append(want)
                for tok in tokens:
                    if tok.dep_ == "compound:prt":
                        assert sentence_length._particle_apart(tok, least, indexes) == \
                            old["_particle_apart"](tok, least, tokens)
    for name, found in answers.items():  # both answers seen
        assert True in found and False in found, name


@pytest.mark.parametrize("prefilter", [True, False])
def test_split_point_gives_the_old_answer(contexts, monkeypatch, prefilter):
    monkeypatch.setattr(sentence_length.base, "PREFILTER", prefilter)
    old = _old(sentence_length, OLD_SENTENCE_LENGTH)
    found = []
    for ctx in contexts:
        for span in _spans(ctx):
            want = old["split_point"](ctx, span)
            got = sentence_length.split_point(ctx, span)
            assert (got.i if got is not None else None) == (want.i if want is not None else None), span.text
            found.append(want is not None)
    assert True in found and False in found


def _parsed(nlp, words, heads, deps, pos, morphs=None):
    """A Doc with the parse given (the words' heads as indexes): a structure the tagger may
    or may not give, for a branch of the helpers."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs or [""] * len(words))


def test_list_after_colon_and_clause_on_a_subclause(nlp):
    old = _old(sentence_length, OLD_SENTENCE_LENGTH)
    # "Neem mee: a, b, c en d.": the items hang on the first one after the colon; a list at the
    # end after a colon is no long list
    doc = _parsed(nlp, ["Neem", "mee", ":", "pen", ",", "pas", ",", "brief", "en", "foto", "."],
                  [0, 0, 0, 0, 5, 3, 7, 3, 9, 3, 0],
                  ["ROOT", "compound:prt", "punct", "obj", "punct", "conj", "punct", "conj", "cc", "conj", "punct"],
                  ["VERB", "ADP", "PUNCT", "NOUN", "PUNCT", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "PUNCT"])
    assert sentence_length.one_main_line(doc[:], 5, 4) is True is old["one_main_line"](doc[:], 5, 4)
    # "Wij weten dat het kan, daarna komt u.": 'komt' hangs on the subclause's 'kan', not on the
    # root: no second main clause of the sentence
    fin = "VerbForm=Fin"
    doc = _parsed(nlp, ["Wij", "weten", "dat", "het", "kan", ",", "daarna", "komt", "u", "."],
                  [1, 1, 4, 4, 1, 7, 7, 4, 7, 1],
                  ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "advmod", "parataxis", "nsubj", "punct"],
                  ["PRON", "VERB", "SCONJ", "PRON", "AUX", "PUNCT", "ADV", "VERB", "PRON", "PUNCT"],
                  ["", fin, "", "", fin, "", "", fin, "", ""])
    assert sentence_length._second_main_clause(doc[:]) is False is old["_second_main_clause"](doc[:])


def test_long_sentence_findings_both_ways(nlp):
    # a particle far from its verb is held (21 words): a finding; without it, one main line: none
    assert _dd101(nlp, TEXTS[0]) == 1
    assert _dd101(nlp, TEXTS[1]) == 0
    assert _dd101(nlp, TEXTS[2]) == 1  # a long subclause in front
    assert _dd101(nlp, TEXTS[6]) == 1  # a list of five things


def _dd101(nlp, text):
    from duidelijk.analysis import analyse

    report = next(iter(analyse([text_document(text)], Config(), nlp)))
    return sum(1 for f in report.findings if f.code == "DD101")


# DD102 ----------------------------------------------------------------------------------------

def test_passive_helpers_give_the_old_answers(contexts):
    old = _old(passive, OLD_PASSIVE)
    agents, named, status = [], [], []
    for ctx in contexts:
        for tok in ctx.doc:
            want = old["_agent"](tok)
            got = passive._agent(tok)
            assert (got.i if got is not None else None) == (want.i if want is not None else None), tok.text
            agents.append(want is not None)
            if tok.pos_ == "VERB":
                want = old["_doer_named_after"](tok)
                assert passive._doer_named_after(tok) == want, tok.text
                named.append(want)
            if tok.dep_ in {"aux", "aux:pass", "cop"} and tok.head.i != tok.i:
                want = old["_reader_status_line"](ctx.text, tok, tok.head)
                assert passive._reader_status_line(ctx.text, tok, tok.head) == want, tok.text
                status.append(want)
    for found in (agents, named, status):
        assert True in found and False in found


def _dd102(nlp, text):
    from duidelijk.analysis import analyse

    report = next(iter(analyse([text_document(text)], Config(), nlp)))
    return [(f.text, list(f.suggestions)) for f in report.findings if f.code == "DD102"]


def test_passive_findings_both_ways(nlp):
    # "door ...": the rewrite puts the doer first
    assert _dd102(nlp, "Het formulier wordt door de gemeente gecontroleerd.") == [
        ("wordt door de gemeente gecontroleerd", ["De gemeente controleert het formulier."])]
    assert _dd102(nlp, "Het formulier wordt gecontroleerd.") == [("wordt gecontroleerd", [])]
    # the next sentence names who did it: no finding; a sentence without a doer: a tip
    assert _dd102(nlp, "Uw aanvraag is goedgekeurd. De gemeente heeft uw aanvraag goedgekeurd.") == []
    assert _dd102(nlp, "Uw aanvraag is goedgekeurd. Dat betekent dat u geld krijgt.") == [("is goedgekeurd", [])]
    # a status line of its own: no finding; the same words in a sentence: a tip
    assert _dd102(nlp, "Je bent uitgenodigd!\nWe zien je graag op maandag in de bibliotheek.") == []
    assert _dd102(nlp, "Je bent uitgenodigd voor een gesprek.") == [("bent uitgenodigd", [])]
