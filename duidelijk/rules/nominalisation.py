"""DD106 naamwoordstijl: nouns made from verbs where the verb itself is clearer.

Source: Schrijfwijzer van Gebruiker Centraal ("Schrijf met werkwoorden"); Onze Taal,
"Naamwoordstijl" (https://onzetaal.nl/taalloket/naamwoordstijl); Renkema, Schrijfwijzer.
Three patterns: "het + infinitive + van" ("het indienen van een bezwaar"); expressions from
``wordlists/nominalisations.tsv`` in any word order ("nemen uw aanvraag in behandeling");
and a light verb (``wordlists/light_verbs.tsv``: doen, geven, verzorgen, plaatsvinden ...)
with a noun of action made from a verb ("overgaan tot betaling", "de betaling vindt plaats",
"een aanvraag doen", "verzorgt de reiniging"; ``light_noun_verb``), not an everyday pair
(``wordlists/light_verbs_everyday.tsv``: "toestemming geven"). The listed expressions are
named by DD103 (officialese; ``named_by_jargon``), whether this rule is on or not: the list
is precise and this rule is off by default; so is "het + infinitive + van" as the subject of
its clause (``subject_het_van``). This rule still finds them, so that its
light-verb pattern does not name the same passage; the states with "zijn" ("is in
behandeling": a status, ``_a_state``) it names no more (thirty-first session).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import cache

from duidelijk import wordlists
from duidelijk.findings import Severity
from duidelijk.lexicon import zipf
from duidelijk.metrics import FactColumn, noun_class, token_table
from duidelijk.names import _time_noun  # a noun of time: 'tot het einde van het jaar' says when
from duidelijk.phrases import (OWNER_WORDS, conjunct_between, doc_keys, in_clause_of, in_relative_clause, span_keys,
                               token_keys)
from duidelijk.rules import base
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.broken import DEMONSTRATIVES
from duidelijk.rules.clauses import READER_OWNERS, SUBJECT_DEPS, is_finite
from duidelijk.rules.difficult_words import POINTERS
from duidelijk.rules.long_words import time_points
# verbs that take "zijn" in the perfect ("stijgen", "verhuizen") and so no object: "de stijging
# van uw huur" says what rises, not what is done
from duidelijk.rules.passive import (AGENT_SUBJECT_FORMS, _adjectival, _text_places, perfect_with_zijn, place_in_text,
                                     zijn_verbs)
from duidelijk.structure import person_word
from duidelijk.verbs import PARTICLES, _infinitives, present_singular, separable, stem_from_infinitive


@cache
def light_verbs() -> dict[str, tuple[str, bool]]:
    """``wordlists/light_verbs.tsv``: per light verb (infinitive) its frame ("object",
    "subject", "tot") and whether it is formal itself (carries a noun with "de" too)."""
    return {row["verb"]: (row["frame"], row["formal"] == "yes") for row in wordlists.load("light_verbs")}


@cache
def change_verbs() -> frozenset[str]:
    """``wordlists/change_verbs.tsv``: verbs that change what is there ("verlengen",
    "wijzigen"): the only nouns a light verb of asking ("aanvragen") carries as an action."""
    return wordlists.words("change_verbs", "verb")


@cache
def result_predicates() -> dict[str, str]:
    """``wordlists/result_predicates.tsv``: per predicate its kind: "result" (a verb whose
    subject is a thing or a result: "veranderen", "komen", "bedragen") or "measure" (what a
    copula says of an amount or an outcome: "hoog", "laag", "onjuist")."""
    return {row["predicate"]: row["kind"] for row in wordlists.load("result_predicates")}


@cache
def handling_verbs() -> frozenset[str]:
    """``wordlists/handling_verbs.tsv``: what an organisation does with the reader's case
    ("beoordelen", "afhandelen"): the writer is the one who does it."""
    return wordlists.words("handling_verbs", "verb")


@cache
def everyday_het_van_heads() -> frozenset[str]:
    """``wordlists/everyday_het_van_heads.tsv``: words whose phrase "het + infinitive + van"
    reads as everyday Dutch ("bezig met het invullen van")."""
    return wordlists.words("everyday_het_van_heads")


@cache
def everyday_pairs() -> frozenset[tuple[str, str]]:
    """``wordlists/light_verbs_everyday.tsv``: (noun, light verb) pairs that are everyday Dutch."""
    return frozenset((row["noun"], row["verb"]) for row in wordlists.load("light_verbs_everyday"))


# "vinden" alone is no light verb ("Wij vinden de regeling goed"); "plaatsvinden" is
LIGHT_VERBS = frozenset(light_verbs())
#: the frames of a light verb whose subject is the act: "plaatsvinden", "gebeuren" ("subject") and
#: "volgen" ("next": the act comes next, "Daarna volgt een behandeling"; only without an object)
SUBJECT_FRAMES = frozenset({"subject", "next"})
#: frames whose findings are DD106's only, not core (DD118), until judged on enough text: a new
#: on-by-default part needs >= 0.85 strict on >= 10 judged findings of the tunable sets
TRIAL_FRAMES = frozenset({"next"})
#: words that make "volgen" say what follows from something ("Hieruit volgt een verplichting")
_FROM_WORDS = frozenset({"uit", "hieruit", "daaruit", "waaruit", "eruit"})
#: the articles and the pointing words (``broken.DEMONSTRATIVES``) before a noun of a thing named
#: before ("de uitleg", "deze uitleg")
DEFINITE = {"de", "het", *DEMONSTRATIVES}
WINDOW = 10


def named_by_jargon(term: str) -> bool:
    """Is this expression of the list named by DD103 (officialese) rather than by this rule?
    All but the states with "zijn" ("in behandeling zijn"): the list is precise (on the
    discovery letters, UD and TUNE 6 of 6 findings held, against 2 of 8 for light verbs),
    so it counts while this rule is off by default. This rule still finds the passage, so
    that its light-verb pattern does not name it a second time, but says nothing."""
    return not term.endswith(" zijn")


@cache
def expressions() -> tuple[tuple[frozenset[str], tuple[str, ...], list[str], bool], ...]:
    out = []
    for row in wordlists.load("nominalisations"):
        words = wordlists.without_articles(row["term"].lower())
        out.append((frozenset(words), words, wordlists.alternatives(row["alternatives"]),
                    named_by_jargon(row["term"].lower())))
    out.sort(key=lambda e: -len(e[1]))
    return tuple(out)


@cache
def expressions_by_word() -> dict[str, tuple[int, ...]]:
    """For each word, the positions in ``expressions()`` of the expressions that hold it."""
    out: dict[str, list[int]] = {}
    for n, (bag, *_) in enumerate(expressions()):
        for word in bag:
            out.setdefault(word, []).append(n)
    return {word: tuple(ns) for word, ns in out.items()}


@cache
def _expressions_by_rarest() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """Each expression's position in ``expressions()`` under the one of its words that the
    fewest expressions share ("behandeling" for "in behandeling nemen", not "in"): a sentence
    holds all the words of an expression only if it holds that one. (An expression without
    words is under none, as in ``expressions_by_word``.)"""
    listed = expressions()
    shared = Counter(word for bag, *_ in listed for word in bag)
    out: dict[str, list[int]] = {}
    for n, (bag, *_) in enumerate(listed):
        if bag:
            out.setdefault(min(bag, key=lambda w: (shared[w], w)), []).append(n)
    return frozenset(out), {word: tuple(ns) for word, ns in out.items()}


def possible_expressions(present) -> list[int]:
    """The positions in ``expressions()``, in order, of the expressions all of whose words are
    among the keys ``present``: each found by its rarest word (``_expressions_by_rarest``), so
    a sentence with "in" and "van" does not test the dozens of expressions that hold them."""
    listed = expressions()
    rarest, by_rarest = _expressions_by_rarest()
    return sorted([n for key in present & rarest for n in by_rarest[key] if listed[n][0] <= present])


@cache
def jargon_anchors() -> frozenset[str]:
    """A noun of each expression that DD103 names (the longest word not in -en: "behandeling"
    for "in behandeling nemen"): a sentence without any of them has no such expression."""
    out = set()
    for bag, words, _, jargon in expressions():
        if jargon:
            nouns = [w for w in words if not w.endswith("en")]
            out.add(max(nouns, key=len) if nouns else words[0])
    return frozenset(out)


def token_keys_with_particles(tokens) -> list[set[str]]:
    """Match keys per token (``phrases.doc_keys``); a separated particle ("gaan ... over")
    adds "overgaan". ``tokens``: a sentence without spaces and punctuation."""
    if not tokens:
        return []
    doc = tokens[0].doc
    table, facts = doc_keys(doc), token_table(doc).facts  # facts: Token.pos_, lower_ without a Token
    at = [t.i for t in tokens]
    keys = [table[i] for i in at]
    particles = [(j, facts[i].lower) for j, i in enumerate(at) if facts[i].lower in _PARTICLE_WORDS]
    if not particles:
        return keys
    for n, i in enumerate(at):
        if facts[i].pos not in _VERB_POS:
            continue
        for j, particle in particles:  # in order, as the words after the verb within WINDOW
            if n < j < n + WINDOW:
                keys[n] = keys[n] | {particle + k for k in table[i]}
    return keys


def list_matches(tokens, keys, used: set[int], accepted=lambda text: False):
    """The expressions of ``wordlists/nominalisations.tsv`` in a sentence, in any word order
    ("nemen uw aanvraag in behandeling"), within ``WINDOW`` words or further as the verb's own
    object, not with a noun in a phrase of its own: (tokens in order, alternatives, whether
    DD103 names it). ``keys``: ``token_keys_with_particles(tokens)``; ``used``: tokens taken
    already (updated); ``accepted(text)``: an expression the writer's accept list holds, as
    listed ("gebruik maken van") or as written ("maken gebruik van"), is no match."""
    present = frozenset().union(*keys)  # an expression with a word that is not here cannot match
    listed = expressions()
    inserts = None  # the relative clauses of the sentence, once needed
    for n in possible_expressions(present):  # in the order of the list: longest first
        bag, words, alts, jargon = listed[n]
        if accepted(" ".join(words)):
            continue
        for i, first in enumerate(tokens):
            if first.i in used or not (keys[i] & bag):
                continue
            window = range(i, min(len(tokens), i + WINDOW))
            hit = {}
            verb_first = first.pos_ in {"VERB", "AUX"}
            for j in window:
                for w in words:
                    if w not in hit and w in keys[j] and tokens[j].i not in used and not (
                            verb_first and j > i and in_relative_clause(tokens[j], first)):
                        # not a word of a relative clause the verb is not in ("neemt de
                        # beslissing over de aanvraag die nog in behandeling is")
                        hit[w] = tokens[j]
                        break
            if len(hit) < len(words):
                # further away only as the verb's own object: "De burgemeester doet in de
                # vergadering van de raad van volgende week mededeling van het besluit"
                for j in range(i + WINDOW, len(tokens)):
                    # a missing word first (cheap), the clause only then: on a long sentence
                    # in_clause_of for every later token made this quadratic
                    wanted = [w for w in words if w not in hit and w in keys[j]]
                    if not wanted or tokens[j].i in used:
                        continue
                    # the verb's object, or a word in the verb's own clause ("onder" of "onder
                    # uw aandacht", also where the parse hangs it on a noun before it)
                    if tokens[j].head.i == first.i or first.head.i == tokens[j].i or (
                            verb_first and in_clause_of(tokens[j], first)):
                        hit[wanted[0]] = tokens[j]
            if len(hit) < len(words) and inserts is None:
                inserts = relative_clauses(tokens)
            if len(hit) < len(words) and inserts:
                # a relative clause in between is passed over, as the reader passes over it:
                # "Wij nemen de aanvraag die u op 3 maart via het loket hebt ingediend in
                # behandeling"; the expression's words stand outside it
                around = _window_around(tokens, i, words, keys, used, inserts)
                if around is not None:
                    hit = around
            if len(hit) == len(words):
                _tighten(words, hit, tokens, keys, used)
            if len(hit) == len(words) and not in_own_phrase(hit.values(), bag, hit, words) and \
                    sum(t.pos_ in {"VERB", "AUX"} for t in hit.values()) <= 1 and \
                    not _across_clauses(hit.values()) and not _loose_owner(words, hit) and \
                    not _resultative(hit.values()) and not _subject_with_object(hit.values()) and \
                    not _other_particle(hit) and not _preposition_apart(words, hit):
                # one verb: in "Ensor besluit afstand te nemen" the noun of "een besluit
                # nemen" is a verb itself
                found = sorted(hit.values(), key=lambda t: t.i)
                if accepted(" ".join(t.text for t in found)):
                    break
                used.update(t.i for t in found)
                yield found, alts, jargon
                break


def _a_state(found) -> bool:
    """Is a found expression a state with "zijn" ("Uw aanvraag is in behandeling", "Uw zoon
    is in behandeling bij de tandarts")? It is the fixed way Dutch names a status, which
    every reader of letters knows (also as the name of a status on a website: "Status: in
    behandeling"); the verb needs a person who acts that the sentence does not have ("Wij
    behandelen uw aanvraag"), and "in behandeling" is also medical care. Found, so that the
    light-verb pattern does not name the passage, but not named."""
    return any(t.lemma_.lower() == "zijn" or t.lower_ in {"is", "zijn", "was", "waren", "bent", "ben"}
               for t in found)


def _resultative(found) -> bool:
    """Does the expression's verb say what becomes of its noun, with an adjective of its own
    that the expression does not hold ("Wij maken de keuze bekend", "U kunt uw keuze ongedaan
    maken")? Then the noun is the thing the verb acts on, not the act said with a light verb:
    'bekendmaken' or 'ongedaan maken' is the verb, and "kiezen" says something else
    (forty-first session, rules41c)."""
    at = {t.i for t in found}
    nouns = [t.i for t in found if t.pos_ == "NOUN"]
    # after the noun, where Dutch puts such an adjective ("de keuze bekend", "uw keuze ongedaan
    # maken"): one before it is another phrase the parse hung on the verb ("doorslaggevend om een
    # beslissing te kunnen nemen")
    return bool(nouns) and any(c.dep_ in {"xcomp", "compound:prt"} and c.pos_ == "ADJ" and c.i not in at
                               and c.i > nouns[0] for t in found if t.pos_ in {"VERB", "AUX"} for c in t.children)


def _subject_with_object(found) -> bool:
    """Is the expression's noun the subject of its verb in the active, while the verb has an
    object of its own ("De verandering brengt veel onrust in de buurt", "De beschrijving geeft
    van elk huis de oppervlakte", "De oproep doet ons deugd")? In a support-verb expression the
    noun is the verb's object ("Wij brengen verandering in ...") or, with a verb that takes
    none, its subject ("Er vindt een beoordeling plaats"); a noun that acts on another object
    is a thing that does something, no act said with a light verb (rev41)."""
    at = {t.i for t in found}
    # only a finite verb: the parse also calls a noun before an infinitive its subject ("maar
    # willen een inschatting maken van ...", "1. Zorg dragen voor ...")
    verbs = [t for t in found if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")]
    return any(t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head in verbs
               and any(c.dep_ == "obj" and c.i not in at for c in t.head.children) for t in found)


def _opens_phrase(tok) -> bool:
    """Is a word the parse calls a particle followed by a phrase it opens, so that it is a
    preposition ("Zorg dragen voor ... op een veilige manier")? A separated particle ends its
    clause or stands before the verbs or a phrase of its own ("brengen ... aan in het formulier")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ in {"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"}


def _other_particle(hit) -> bool:
    """Does a separated particle make the expression's verb another verb ("Wij maken de
    analyse in maart af": 'afmaken', not 'maken')? Then the noun is what that verb acts on,
    as with an adjective (``_resultative``), and the expression is not there. A particle of
    the listed verb itself ("brengen ... aan" for 'aanbrengen') is the expression's (rev41)."""
    for word, tok in hit.items():
        if tok.pos_ not in {"VERB", "AUX"} or any(c.lower_ in POINTERS for c in tok.children):
            continue  # (the second half of "waar ... uit", "er ... van": "waar u een keuze uit kunt
            # maken"; a pointing word's preposition may stand apart, before the verb, where the
            # parse takes it for a particle)
        for c in tok.children:
            if c.dep_ == "compound:prt" and c.pos_ != "ADJ" and c.i not in {t.i for t in hit.values()} \
                    and not word.startswith(c.lower_) and not _opens_phrase(c):
                return True
    return False


# words that may stand between the preposition and the noun of an expression's fixed phrase
# ("op de hoogte", "tot een keuze", "onder uw aandacht")
_PHRASE_INSIDE = frozenset({"DET", "ADJ", "NUM", "PRON"})


def _preposition_apart(words, hit) -> bool:
    """Is the preposition of the expression's fixed phrase ('in' of "in behandeling nemen") a
    word of another phrase: it does not stand before the expression's noun, only a determiner,
    adjective or owner word between ("De behandeling van uw aanvraag neemt acht weken in beslag":
    'in beslag', not 'in behandeling')? A preposition that ends the expression ("gebruik maken
    van") takes any phrase after it (fix43c)."""
    for n, w in enumerate(words[:-1]):
        prep, noun = hit.get(w), hit.get(words[n + 1])
        if prep is None or noun is None or prep.pos_ != "ADP" or noun.pos_ in {"VERB", "AUX"}:
            continue
        doc = prep.doc
        if noun.i <= prep.i or any(t.pos_ not in _PHRASE_INSIDE for t in doc[prep.i + 1: noun.i]):
            return True
    return False


def _loose_owner(words, hit) -> bool:
    """Is an owner word of the expression ('uw' of "onder uw aandacht brengen") taken from
    another phrase: it does not hang on the expression's word right after it? "Wilt u de
    wijzigingen in uw situatie onder onze aandacht brengen": the 'uw' of 'uw situatie' is no
    part of it (then "onder de aandacht brengen" matches, as it did before)."""
    for n, w in enumerate(words[:-1]):
        if w in OWNER_WORDS and w in hit and hit[w].head.i != hit[words[n + 1]].i:
            return True
    return False


def _tighten(words, hit, tokens, keys, used) -> None:
    """Take each word of a found expression as close as it stands to the next word of the
    expression: "de kosten voor de lantaarnpaal in de straat in rekening mogen brengen" is
    'in rekening ... brengen', not the 'in' of 'in de straat'. Only moves a word to a later
    copy of itself before that next word. Changes ``hit`` in place."""
    place = {t.i: n for n, t in enumerate(tokens)}
    for w, nxt in zip(words, words[1:]):
        a, b = place.get(hit[w].i), place.get(hit[nxt].i)
        if a is None or b is None or a >= b:
            continue
        for j in range(b - 1, a, -1):
            if w in keys[j] and tokens[j].i not in used and tokens[j].i not in {t.i for t in hit.values()}:
                hit[w] = tokens[j]
                break


def _across_clauses(found) -> bool:
    """Do the words of a match stand in two joined clauses ("Wij nemen de tijd, want uw
    aanvraag is in behandeling": 'nemen' and 'in behandeling')? (``phrases.conjunct_between``)"""
    at = sorted(t.i for t in found)
    doc = next(iter(found)).doc
    return any(conjunct_between(doc, a, b) or _after_te_clause(doc, a, b) or _subclause_between(doc, a, b, at)
               for a, b in zip(at, at[1:]))


def _subclause_between(doc, a: int, b: int, own=()) -> bool:
    """Does a subordinate clause open between Doc indexes ``a`` and ``b`` that holds one of the
    two words and not the other: a subordinating conjunction ("voordat", "als", "omdat") that is
    no word of the expression (``own``), whose clause takes in only one of them? "U moet de
    aanpassing aanbrengen voordat de keuring plaatsvindt": 'aanpassing' is the object of the main
    clause, 'plaatsvindt' the verb of the clause with "voordat"; no expression 'aanpassing
    plaatsvinden' (fix41b). "Wij brengen, als dat nodig is, een aanpassing aan": the clause holds
    neither word."""
    for k in range(a + 1, b):
        tok = doc[k]
        if tok.pos_ != "SCONJ" or tok.dep_ != "mark" or k in own or tok.head.i == tok.i:
            continue
        clause = tok.head
        first, last = clause.left_edge.i, clause.right_edge.i
        if (first <= a <= last) != (first <= b <= last):
            return True
    return False


def _after_te_clause(doc, a: int, b: int) -> bool:
    """Is ``doc[a]`` an infinitive with "te" and a finite verb between it and ``doc[b]``? A clause
    with "te" ends with its infinitive (only a phrase moved to the end may follow it: "om melding
    te maken van de schade"); a finite verb after it opens the main clause, and what follows
    belongs there: "Om uw melding duidelijk te maken kan een foto van de situatie helpen" is no
    'melding maken van' (the "van" is a photo's)."""
    if not any(c.dep_ == "mark" and c.lower_ == "te" for c in doc[a].children):
        return False
    return any("Fin" in doc[k].morph.get("VerbForm") for k in range(a + 1, b))


def relative_clauses(tokens) -> list[tuple[int, int]]:
    """The relative clauses of a sentence as (first, last) Doc indexes: from the first word
    of the clause to its own verbs, which close a Dutch subclause ("die u ... hebt
    ingediend"). What the parse hangs on the clause's verb after that ("ingediend in
    behandeling") is not part of it. ``tokens``: the sentence without punctuation."""
    out = []
    for tok in tokens:
        if tok.dep_ != "acl:relcl" or tok.pos_ not in {"VERB", "AUX"}:
            continue
        first = min(t.i for t in tok.subtree)
        last = max([tok.i] + [c.i for c in tok.children if c.dep_ in {"aux", "aux:pass", "cop"}])
        if first < tok.head.i < last or first == tok.i:
            continue  # not a clause after its noun with the verb at the end
        out.append((first, last))
    return out


def _window_around(tokens, i, words, keys, used, inserts):
    """The words of an expression within ``WINDOW`` words from ``tokens[i]``, not counting
    the relative clauses in ``inserts`` (a clause that holds ``tokens[i]`` counts), or None.
    No word of the expression is taken inside such a clause."""
    start = tokens[i].i
    skip = [(a, b) for a, b in inserts if not a <= start <= b]
    hit = {}
    counted = 0
    for j in range(i, len(tokens)):
        at = tokens[j].i
        if any(a <= at <= b for a, b in skip):
            continue
        counted += 1
        if counted > WINDOW:
            break
        for w in words:
            if w not in hit and w in keys[j] and at not in used and not (
                    j > i and tokens[i].pos_ in {"VERB", "AUX"} and in_relative_clause(tokens[j], tokens[i])):
                hit[w] = tokens[j]
                break
    return hit if len(hit) == len(words) else None


def in_own_phrase(found, bag, hit=None, words=()) -> bool:
    """Does a noun of the expression stand in a phrase of its own, after a preposition the
    expression does not have? "De bij de aanvraag ingediende tekeningen": the drawings
    were sent with the application; nobody "dient een aanvraag in" there. The
    expression's own preposition is fine: "nemen uw aanvraag in behandeling".
    Given ``hit`` (word of the expression -> token) and ``words`` (the expression in order),
    the expression's preposition counts as the noun's own only where the expression puts it
    before that noun ("in behandeling"): in "gebruik maken van" the "van" opens the object,
    so "een inschatting maken van het gebruik" is a noun in a phrase of its own, no
    "gebruik maken van" (forty-first session, rules41f)."""
    before = {}  # token index of a noun -> the words the expression has before it
    if hit is not None and words:
        for w, t in hit.items():
            if w in words:
                before[t.i] = set(words[:words.index(w)])
    return any(
        c.dep_ == "case" and (c.lower_ not in bag or (t.i in before and c.lower_ not in before[t.i]))
        for t in found if t.pos_ in {"NOUN", "PROPN"} for c in t.children
    )


_VERB_POS = frozenset({"VERB", "AUX"})
_PARTICLE_WORDS = frozenset(PARTICLES)  # for "is this word a particle" (PARTICLES is a tuple, in order)
# a verb or a particle word: the tokens of a sentence that _may_match's light-verb test reads
_VERB_OR_PARTICLE = FactColumn(lambda fact, _: fact.pos in _VERB_POS or fact.lower in _PARTICLE_WORDS)
AUXILIARIES = {"hebben", "zijn", "worden", "kunnen", "moeten", "mogen", "willen", "zullen"}


def _may_match(indexes, facts, keys_of, by_word, particle_heads, skipped=None, keys=None, verbs=None,
               het_van_here=None, light_here=None) -> bool:
    """Can one of DD106's three patterns match in these tokens? Read from the token table
    and the match keys (``phrases.doc_keys``), without a Token: "het ... van" needs both
    words; an expression needs all its words among the keys; a light verb needs a verb whose
    keys hold one or that has a separated particle (``particle_heads``: the heads of the
    Doc's tokens labelled ``compound:prt``). A particle word after a verb adds keys ("gaan
    ... over" adds "overgaan"): here for every particle word after the verb in the sentence
    (``_keys`` only within ``WINDOW`` words), so the keys asked about are never fewer.
    ``keys``: every key of the tokens (``phrases.span_keys``), if at hand. ``skipped``: per token of the Doc, whether ``check`` leaves it out (punctuation or
    space); given, "het ... van" must be "het" + a word in -en + "van" in those words, as
    ``_het_van`` asks, not just both words somewhere in the sentence. ``verbs``: the tokens
    of ``indexes`` that are a verb or a particle word, in order (``_VERB_OR_PARTICLE``), if
    at hand: the only tokens the light-verb test reads.
    ``het_van_here``, ``light_here``: found for the whole Doc at once (``_het_van_places``,
    ``_light_verb_places``), if at hand: is there "het", a word in -en and "van" one after the
    other among the tokens, and is one of the verbs a light verb by its own keys or by its
    separated particle? (``het_van_may`` and the first two tests of the verb loop below.)"""
    # (a frozenset, not changed: joined keys make a new set below)
    present = frozenset(keys) if keys is not None else frozenset().union(*(keys_of[i] for i in indexes))
    if het_van_here is None:
        if het_van_may(present, indexes, facts, skipped):
            return True
    elif het_van_here and "het" in present and "van" in present:
        return True
    if light_here:
        return True
    indexes = indexes if verbs is None else verbs
    here = [facts[i] for i in indexes]
    particles = [(j, f.lower) for j, f in zip(indexes, here) if f.lower in _PARTICLE_WORDS]
    if light_here is not None and not particles:
        indexes = ()  # no verb is a light verb by itself, and no particle joins one
    for i, fact in zip(indexes, here):
        if fact.pos not in _VERB_POS:
            continue
        if i in particle_heads:
            return True
        keys = keys_of[i]
        if not keys.isdisjoint(LIGHT_VERBS):
            return True
        if particles:
            joined = {word + k for j, word in particles if j > i for k in keys}
            if not joined.isdisjoint(LIGHT_VERBS):
                return True
            present = present | joined
    return _expression_may(present)


def _expression_may(present) -> bool:
    """Are all the words of an expression of DD106's list among the keys ``present``? Only
    each expression's rarest word is looked up (``_expressions_by_rarest``): a sentence holds
    all the words of an expression only if it holds that one (an intersection in C, then few
    tests)."""
    listed = expressions()
    rarest, by_rarest = _expressions_by_rarest()
    return any(listed[n][0] <= present for key in present & rarest for n in by_rarest[key])


def _patterns_here(present, facts, keys_of, verbs, het_van_here: bool, light_here: bool) -> tuple[bool, bool, bool]:
    """``_may_match`` for each of DD106's three patterns apart, with the places found for the
    whole Doc (``het_van_here``, ``light_here``; ``verbs``: the sentence's verbs and particle
    words, ``_VERB_OR_PARTICLE``): can "het ... van" match, can an expression of the list
    match, can a light verb match? The same tests as ``_may_match``, which stops at the first
    yes; apart, ``_findings`` runs only the patterns that can match (most sentences where one
    can have only one of them) and reads the keys with particles only for the last two."""
    het_van = het_van_here and "het" in present and "van" in present
    light = light_here
    here = [facts[i] for i in verbs]
    particles = [(j, f.lower) for j, f in zip(verbs, here) if f.lower in _PARTICLE_WORDS]
    if particles:
        # (no verb here is a light verb by its own keys or particle, or light_here says so:
        # only a particle word after a verb can make one, "gaan ... over" -> "overgaan")
        # Only the joins that make a light verb or a word of the list's expressions are made
        # (``_particle_rests``): no other word can make ``light`` true or complete an
        # expression for ``_expression_may``, so the answers are those of every join
        rests = _particle_rests()
        joined: set[str] = set()
        for i, fact in zip(verbs, here):
            if fact.pos not in _VERB_POS:
                continue
            keys = keys_of[i]
            for j, word in particles:
                if j > i:
                    hit = keys & rests[word]
                    if hit:
                        joined.update(word + k for k in hit)
        if joined:
            light = light or not joined.isdisjoint(LIGHT_VERBS)
            present = present | joined
    return het_van, _expression_may(present), light


@cache
def _particle_rests() -> dict[str, frozenset[str]]:
    """Per particle word: what follows it in the light verbs and in the words of the list's
    expressions that start with it ("over" -> "gaan" of 'overgaan'; "" for the particle
    itself). A verb's key joined to a particle after it (``_patterns_here``) can only matter
    when it is one of these."""
    words = frozenset().union(LIGHT_VERBS, *(bag for bag, *_ in expressions()))
    return {p: frozenset(w[len(p):] for w in words if w.startswith(p)) for p in _PARTICLE_WORDS}


def _het_van_places(table, skipped, het: int) -> list[tuple[int, int]]:
    """(het, van) of every "het" (``het``: its string id), a word of letters in -en, "van",
    one after the other among the tokens of the Doc that are not punctuation or space
    (``skipped``), in order: within a sentence, what ``het_van_may`` looks for in the
    sentence's tokens."""
    facts = table.facts
    n = len(facts)
    found = []
    for a in table.with_lower(het):
        if skipped[a]:
            continue
        b = a + 1
        while b < n and skipped[b]:
            b += 1
        c = b + 1
        while c < n and skipped[c]:
            c += 1
        if c < n and facts[c].lower == "van" and facts[b].lower.endswith("en") and facts[b].alpha:
            found.append((a, c))
    return found


def _kept_before(skipped, i: int) -> int:
    """The last token before ``i`` that is not punctuation or space (``skipped``); below 0 if
    there is none (``_het_between_places``, ``_bare_infinitive_places``)."""
    i -= 1
    while i >= 0 and skipped[i]:
        i -= 1
    return i


def _het_between_places(table, skipped, strings) -> list[int]:
    """The "van" of every place where ``het_between_van`` may find "het" + words + an
    infinitive + "van", in order: "van" after a word of letters in -en (the tokens that are
    not punctuation or space, ``skipped``, one after the other) that has a child "het",
    labelled "det" or "obj", with one to ``BETWEEN_MAX`` words between them. What
    ``het_between_van`` asks first, read from the token table for the whole Doc, so a
    sentence with "het" and "van" elsewhere makes no Token for it."""
    facts, deps = table.facts, table.deps
    det, obj = strings["det"], strings["obj"]
    found = []
    for c in table.with_lower(strings["van"]):
        b = _kept_before(skipped, c)
        if b < 0 or not (facts[b].alpha and facts[b].lower.endswith("en")):
            continue
        if any((deps[h] == det or deps[h] == obj) and facts[h].lower == "het" and 0 <= b - h - 1 <= BETWEEN_MAX
               and h < b - 1 for h in table.children(b)):
            found.append(c)
    return found


def _bare_infinitive_places(table, skipped, strings) -> list[int]:
    """The "van" of every place where ``bare_infinitive_van`` may find a preposition that
    stands for a subclause (``CLAUSE_PREPOSITIONS``), a word of letters in -en and "van", one
    after the other among the tokens that are not punctuation or space (``skipped``), in order.
    Read from the token table for the whole Doc: one look at each "van"."""
    facts = table.facts
    found = []
    for c in table.with_lower(strings["van"]):
        b = _kept_before(skipped, c)
        a = _kept_before(skipped, b)
        if a >= 0 and facts[a].lower in CLAUSE_PREPOSITIONS and facts[b].alpha and facts[b].lower.endswith("en"):
            found.append(c)
    return found


def _light_verb_places(verbs, facts, keys_of, particle_heads) -> list[int]:
    """Of ``verbs`` (the Doc's verbs and particle words, ``_VERB_OR_PARTICLE``), the verbs that
    ``_may_match`` says yes for at once: a separated particle that makes a light verb
    (``particle_heads``), or a light verb among its keys."""
    return [i for i in verbs if facts[i].pos in _VERB_POS
            and (i in particle_heads or not keys_of[i].isdisjoint(LIGHT_VERBS))]


def _finite_verb(tokens) -> bool:
    """Has the sentence a finite verb ("krijgt", "is"), or is it a fragment: a heading, a
    button, a line of thanks ("Bedankt voor ...")? A subject of a word the parse took for a
    noun counts as a verb ("Het college besluit tot ...": 'besluit' is the verb). A finite
    verb is ``clauses.is_finite``: the parse gives the finite form only to a verb or auxiliary
    (and to white space, which ``tokens`` leaves out)."""
    return any(is_finite(t) or t.dep_ == "nsubj" and t.head.pos_ not in {"VERB", "AUX"} for t in tokens)


def _final_particle_verb(verb, light: str) -> bool:
    """Does a particle word after the light verb end its sentence, and make another verb with
    it that is no light verb ("Geef verhuizing door": 'doorgeven', where the parse of a
    heading read 'door' as a preposition)? A separated particle stands last in a Dutch main
    clause; a preposition there has no noun after it. Not when 'er', 'hier', 'daar' or 'waar'
    stands between them: the preposition at the end is theirs ("Wij doen hier een melding
    over": 'hierover', no 'overdoen')."""
    doc = verb.doc
    sent_end = verb.sent.end
    last = next((doc[k] for k in range(sent_end - 1, verb.i, -1) if not (doc[k].is_space or doc[k].is_punct)), None)
    if last is None or last.i - verb.i >= WINDOW or last.lower_ not in _PARTICLE_WORDS:
        last = _particle_before_preposition(verb)
        if last is None:
            return False
    if any(doc[k].lower_ in POINTERS for k in range(verb.i + 1, last.i)):
        return False
    other = last.lower_ + light
    return other not in LIGHT_VERBS and zipf(other) >= 3.0


def _particle_before_preposition(verb):
    """A particle word after the light verb and its noun with a preposition right after it
    ("U geeft uw verhuizing door vanaf 4 weken voor de datum", "Geef de schade aan bij de
    verzekeraar"): a preposition governs a noun, so a word of the particles with a preposition
    after it is the separated particle of the verb, which the parse may read as a preposition
    ('doorgeven', 'aangeven': the standard verbs for telling the organisation something, no
    light verb with a noun of action). Only after a noun of the verb's (the particle closes
    the middle of the clause), and within ``WINDOW`` words."""
    doc = verb.doc
    end = min(verb.sent.end - 1, verb.i + WINDOW)
    seen_noun = False
    for k in range(verb.i + 1, end):
        t = doc[k]
        if t.is_punct:
            return None
        if t.pos_ in {"NOUN", "PROPN"}:
            seen_noun = True
            continue
        if seen_noun and t.lower_ in _PARTICLE_WORDS and doc[k + 1].pos_ == "ADP" and doc[k + 1].dep_ == "case":
            return t
    return None


def _particle_verb(table, i: int, particle_dep: int) -> tuple[str, str]:
    """(particle, particle verb) of token ``i`` as ``_light_verbs`` reads them: the form of
    its first child labelled ``compound:prt`` and its lemma with that particle ("plaats",
    "plaatsvinden" for "vindt ... plaats"; a lemma that has it already stays as it is);
    ("", "") for a token without such a child."""
    facts, deps = table.facts, table.deps
    particle = next((facts[c].lower for c in table.children(i) if deps[c] == particle_dep), "")
    if not particle:
        return "", ""
    lemma = facts[i].lemma.lower()
    return particle, lemma if lemma.startswith(particle) else particle + lemma


def light_particle_heads(table, particle_dep: int) -> set[int]:
    """The heads of the tokens labelled ``compound:prt`` (``particle_dep``) whose particle
    makes them a light verb (``_particle_verb`` in ``LIGHT_VERBS``: "vindt ... plaats", "voert
    ... uit"): the only particle verbs ``_light_verbs`` looks at closer, so the only ones that
    make ``_may_match`` say yes for their particle alone ("geeft ... door", "belt ... op" do not)."""
    heads = {table.heads[j] for j in table.with_dep(particle_dep)}
    return {h for h in heads if _particle_verb(table, h, particle_dep)[1] in LIGHT_VERBS}


def het_van(tokens):
    """(het, infinitive, van) of each "het + infinitive + van" in a sentence's tokens
    (without punctuation): "het indienen van een bezwaar". Not "het hebben van", not a noun
    in -en ("het noorden", "het leven": ``noun_of_its_own``), not a phrase that only says
    which thing is meant ("uw aanvraag voor het terugvragen van kosten")."""
    facts = token_table(tokens[0].doc).facts if tokens else []  # Token.lower_, is_alpha without a str each
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        middle = facts[b.i]
        if facts[a.i].lower == "het" and facts[c.i].lower == "van" and middle.lower.endswith("en") and middle.alpha:
            if b.lower_ in AUXILIARIES or noun_of_its_own(b.lower_) or (
                    b.dep_ == "nmod" and b.head.pos_ in {"NOUN", "PROPN"}):
                continue  # "het hebben van"; "uw aanvraag voor het terugvragen van kosten":
                # the nominalisation only says which aanvraag, the sentence has its own verb
            if "Inf" in b.morph.get("VerbForm") or b.pos_ == "VERB" or b.pos_ == "NOUN" and _a_verb(b.lower_):
                yield a, b, c


# prepositions that with "het + infinitive" say 'while doing' ("bij het inloggen", "tijdens het
# eten")
WHILE_PREPOSITIONS = frozenset({"bij", "tijdens"})


def while_doing(infinitive) -> bool:
    """Is "het + infinitive" the phrase of "bij" or "tijdens" ("Er ging iets mis bij het opslaan
    van uw gegevens", "tijdens het bouwen van het model")? That is the everyday Dutch way to
    say 'while doing' (bij het oversteken, tijdens het eten); a clause needs a person and a
    tense ("toen wij uw gegevens opsloegen"): longer, not clearer."""
    return any(c.dep_ == "case" and c.lower_ in WHILE_PREPOSITIONS for c in infinitive.children)


# verbs that say an act starts or stops ("is gestart met het leveren van"): the act is the
# infinitive, and the verb of the sentence says only when ("levert sinds ...")
PHASE_VERBS = frozenset({"beginnen", "starten", "stoppen"})


def phase_het_van(infinitive) -> bool:
    """Is "het + infinitive + van" the phrase with "met" of a verb that says an act starts or
    stops ("Wij zijn gestart met het leveren van uw rolstoel": 'Wij leveren uw rolstoel')?"""
    head = infinitive.head
    return head.pos_ in {"VERB", "AUX"} and head.i < infinitive.i and head.lemma_.lower() in PHASE_VERBS and any(
        c.dep_ == "case" and c.lower_ == "met" for c in infinitive.children)


# the most words between "het" and its infinitive in ``het_between_van``
BETWEEN_MAX = 5


def het_between_van(tokens):
    """(het, infinitive, van) of each "het" + words that say how or when + an infinitive +
    "van" in a sentence's tokens (without punctuation): "het zonder uw toestemming doorgeven
    van", "het snel afhandelen van". The words between hang on the infinitive (its adverbs and
    phrases, none a verb), "het" is its article (which the parse sometimes calls its object,
    in a sentence without a finite verb), and "van" + a noun comes right after it: a verb with
    its whole clause made into a noun. Not a phrase that only says which thing is meant (as
    ``het_van``)."""
    facts = token_table(tokens[0].doc).facts if tokens else []
    for n, (b, c) in enumerate(zip(tokens, tokens[1:])):
        middle = facts[b.i]
        if facts[c.i].lower != "van" or not middle.lower.endswith("en") or not middle.alpha:
            continue
        het = next((t for t in b.children if t.dep_ in {"det", "obj"} and t.lower_ == "het" and t.i < b.i - 1), None)
        if het is None or b.i - het.i - 1 > BETWEEN_MAX:
            continue
        if het.dep_ == "obj" and any(t.dep_ in {"aux", "aux:pass", "nsubj", "mark"} for t in b.children):
            continue  # "U kunt het morgen ophalen van ...": "het" is the object of a verb with its own subject
        if any(t.dep_ == "case" and het.i < t.i < b.i for t in b.children):
            continue  # the infinitive's own preposition after "het": an article stands after the
            # preposition ("met het beheersen van"), so this "het" is another word's ("hoe het
            # ervoor staat met beheersen van": the subject of 'staat')
        if c.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue  # "ophalen van 9 tot 5": a time, no object
        if b.lower_ in AUXILIARIES or noun_of_its_own(b.lower_) or (
                b.dep_ == "nmod" and b.head.pos_ in {"NOUN", "PROPN"}):
            continue
        if not ("Inf" in b.morph.get("VerbForm") or b.pos_ == "VERB" or b.pos_ == "NOUN" and _a_verb(b.lower_)):
            continue
        between = [t for t in tokens[:n] if het.i < t.i]
        if between and between[0].lower_ == "niet":
            continue  # "het niet op tijd betalen van": DD103 names a negation made into a noun
        if not between or any(t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or not b.is_ancestor(t) for t in between):
            continue  # a word of another phrase or clause between
        if c.dep_ != "case" or c.head.head.i != b.i:
            continue  # "van" must open the infinitive's own phrase
        yield het, b, c


def bare_infinitive_van(tokens):
    """(preposition, infinitive, van) of each preposition that stands for a subclause
    (``CLAUSE_PREPOSITIONS``) with an infinitive right after it, without "het", and "van" + what
    is done ("bij beantwoorden van vragen", "met beheersen van de kosten", "na indienen van uw
    bezwaar"). Dutch gives an infinitive used as a noun the article "het" ("bij het beantwoorden
    van"); without it the phrase is the short style of notes and headings, which leaves out who
    acts and when. In a sentence with a finite verb a careful editor always writes the clause
    ("als wij vragen beantwoorden"). Not a plural noun in -en ("met voorspellingen van", "bij
    aanvragen van ondernemers": the parse makes those a noun), not an infinitive that is a noun of
    its own ("bij leven van": ``noun_of_its_own``), not "van" + a time."""
    if not _finite_verb(tokens):
        return  # a heading or a list line without a finite verb: short on purpose
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        if a.lower_ not in CLAUSE_PREPOSITIONS or c.lower_ != "van" or not b.is_alpha or not b.lower_.endswith("en"):
            continue
        if b.pos_ not in _VERB_POS or "Inf" not in b.morph.get("VerbForm") or b.lower_ in AUXILIARIES \
                or noun_of_its_own(b.lower_) or _plural_of_stem_noun(b.lower_):
            continue  # also the plural of a noun made from the verb's stem ("bij aanvragen van
            # ondernemers": 'aanvraag'), which without "het" is the likely reading. (A "het" the
            # parse hangs on the infinitive stands elsewhere: "hoe het ervoor staat met beheersen
            # van": the subject of 'staat'.)
        if c.head.pos_ not in {"NOUN", "PROPN", "PRON"} or _says_when(c.head):
            continue  # "van 9 tot 5", "van maandag": a time, not what is done
        yield a, b, c


def _plural_of_stem_noun(word: str) -> bool:
    """Is a word in -en also the plural of a common noun that is the verb's stem ("aanvragen":
    'aanvraag', "gebruiken": 'gebruik')? LiNT-II's list holds some stems that are rare as a
    noun ('beheers', a form of the verb): a noun this common (Zipf 3.5 or more) is read first."""
    stem = stem_from_infinitive(word)
    return noun_class(stem) is not None and zipf(stem) >= 3.5


def noun_of_its_own(word: str) -> bool:
    """Is an infinitive also a noun of its own, which Dutch uses as any other noun ("het
    leven", "het vertrouwen", "het eten", "het vermogen")? It is in LiNT-II's noun list, and
    not as the plural of a noun made from the verb's stem ("aanvragen": "aanvraag",
    "gebruiken": "gebruik"), which leaves "het aanvragen van" an infinitive."""
    return noun_class(word) is not None and noun_class(stem_from_infinitive(word)) is None


def subject_het_van(infinitive) -> bool:
    """Is "het + infinitive + van" the subject of its clause ("Het beantwoorden van vragen
    kan drie weken duren")? Then the sentence has no person who acts and a verb that says
    little: a careful editor rewrites it ("Wij beantwoorden uw vragen binnen drie weken").
    On the discovery letters, UD and TUNE 4 of 5 such findings held (the fifth: twijfel),
    against 5 of 14 after a preposition ("bij het verwerken van de melding" reads well), so
    DD103 names this one, in every configuration, and this rule the others."""
    return infinitive.dep_ in SUBJECT_DEPS  # (clauses.SUBJECT_DEPS: "er", "het" are never an infinitive)


def het_van_may(present, indexes, facts, skipped=None) -> bool:
    """Can "het ... van" match in the tokens ``indexes``: "het" and "van" among their match
    keys ``present``, and, given ``skipped`` (per token of the Doc: punctuation or space),
    "het", a word of letters in -en, "van", one after the other, among the tokens that are not
    skipped? (What ``Nominalisation._het_van`` needs before it looks closer.)"""
    if "het" not in present or "van" not in present:
        return False
    if skipped is None:
        return True
    kept = [i for i in indexes if not skipped[i]]
    return any(facts[a].lower == "het" and facts[c].lower == "van" and facts[b].lower.endswith("en")
               and facts[b].alpha for a, b, c in zip(kept, kept[1:], kept[2:]))


def named_expression_may(present, indexes, facts, keys_of) -> bool:
    """Can ``list_matches`` find an expression that DD103 names (``named_by_jargon``) in the
    tokens ``indexes``, whose match keys (``phrases.doc_keys``: ``keys_of``) are ``present``?
    All the words of such an expression must be among the keys, with a particle word after a
    verb joined to the verb's keys ("gaat ... over" adds "overgaan") as
    ``token_keys_with_particles`` joins it, here for every particle word after the verb in
    the tokens (there only within ``WINDOW`` words), so the keys asked about are never fewer."""
    listed = expressions()
    rarest, by_rarest = _expressions_by_rarest()
    if any(listed[n][3] and listed[n][0] <= present for key in present & rarest for n in by_rarest[key]):
        return True
    particles = [(i, facts[i].lower) for i in indexes if facts[i].lower in _PARTICLE_WORDS]
    if not particles:
        return False
    joined = {word + k for i in indexes if facts[i].pos in _VERB_POS for j, word in particles if j > i
              for k in keys_of[i]}
    if not joined:
        return False
    present = present | joined
    return any(listed[n][3] and listed[n][0] <= present for key in present & rarest for n in by_rarest[key])


def _a_verb(word: str) -> bool:
    """Is a word in -en that the tagger calls a noun an infinitive ("het indienen") and not a
    noun ("het noorden", "het teken", "het midden")? Its third-person form must be common."""
    if zipf(word) < 3.0:
        return False
    _, form = present_singular("", word)
    if form and zipf(form) >= 2.5:
        return True
    # a particle verb: its third-person form stands apart in a main clause ("maakt ... aan")
    particle = next((p for p in PARTICLES if word.startswith(p) and len(word) > len(p) + 4), "")
    if not particle or not form or zipf(form) <= 0:
        return False
    return zipf(present_singular("", word[len(particle):])[1] or "-") >= 3.0


def verb_of(noun: str) -> str | None:
    """The verb a noun in -ing comes from: "betaling" -> "betalen", if that verb is common,
    and not much rarer than the noun ("toestemming geven" is plainer than "toestemmen")."""
    from duidelijk.rules.long_words import action_noun_verbs

    if not noun.endswith("ing") or len(noun) < 7:
        return None
    verb = action_noun_verbs(noun)[0]
    return verb if zipf(verb) >= 3.0 and zipf(verb) >= zipf(noun) - 0.5 else None


@register
class Nominalisation(Rule):
    code = "DD106"
    name = "naamwoordstijl"
    category = "nominalisation"
    severity = Severity.SUGGESTION
    # off by default: on the discovery letters 6 of 11 findings held, on UD Dutch 5 of 11
    # (benchmarks/discovery.py, strict), below the 0.75 that a rule on by default needs
    default = False
    doc = RuleDoc(
        what="Zoekt zinnen waarin een zelfstandig naamwoord het werk van een werkwoord doet.",
        why=(
            "'Wij nemen uw aanvraag in behandeling' zegt hetzelfde als 'Wij behandelen uw "
            "aanvraag', maar met meer woorden. Met een werkwoord is een zin korter en "
            "levendiger, en de lezer ziet beter wie wat doet."
        ),
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Naamwoordstijl'",
        bad="Na het indienen van uw bezwaar gaan wij over tot behandeling ervan.",
        good="U maakt bezwaar. Daarna behandelen wij uw bezwaar.",
        exceptions=(
            "Vaste namen zoals 'de aanvraag' of 'de betaling' alleen zijn geen probleem. Ook niet "
            "een ding van iemand ('uw beperkingen'), een ding zelf ('een tekening geven') of een "
            "woord in een ander zinsdeel ('naar aanleiding van deze melding'). duidelijk noemt het werkwoord, maar schrijft de zin "
            "niet zelf om: daarvoor moet de hele zin anders. Vaste uitdrukkingen zoals 'in behandeling nemen' "
            "en 'gebruik maken van' meldt de regel ambtelijke taal (DD103). Die regel meldt ook 'Het ... van' "
            "als onderwerp van de zin. Deze regel meldt 'is in behandeling' niet: zo heet de stand van een "
            "zaak. Ook niet 'bij het ... van' of 'tijdens het ... van' ('bij het versturen van de brief'). En ook niet 'het ... van' "
            "in een kop of korte regel zonder werkwoord ('Bedankt voor het sturen van uw foto')."
        ),
    )

    def check(self, ctx: Context):
        """DD106's findings; the core ones (``_findings``) only where DD118 does not name them
        (``core_code``), which reads them from ``ctx.shared`` rather than look again."""
        to_core = core_code(ctx.config) == Obvious.code
        core = []
        for finding, is_core in self._findings(ctx):
            if is_core and to_core:
                core.append((finding.start, finding.end, finding.message))
            else:
                yield finding
        ctx.shared[CORE_FOUND] = core

    def _findings(self, ctx: Context):
        """(finding, core) for each passage of nominal style: core for the kinds a careful
        editor always marks (DD118: ``Obvious``), as each method below says."""
        doc = ctx.doc
        table = token_table(doc)
        facts, keys_of = table.facts, doc_keys(doc)
        by_word = expressions_by_word()
        particle_dep = ctx.doc.vocab.strings["compound:prt"]
        # the verbs with a separated particle that makes them a light verb ("vindt ... plaats"):
        # one whose particle makes another verb ("geeft ... door") has no light-verb finding
        # (``_light_verbs`` passes over it), so it does not make _may_match look closer
        particle_heads = light_particle_heads(table, particle_dep) if base.PREFILTER else \
            {table.heads[j] for j in table.with_dep(particle_dep)}
        skipped = table.punct_or_space()
        # the verbs and particle words of the Doc, found in one numpy step (a few per
        # sentence): _may_match's light-verb test reads only those, not every token
        verbs = _VERB_OR_PARTICLE.of(table).nonzero()[0].tolist() if base.PREFILTER else None
        # the places of "het ... van" and of the light verbs, found once for the Doc: each
        # sentence takes its own by bisection
        het_van_at = _het_van_places(table, skipped, doc.vocab.strings["het"]) if base.PREFILTER else None
        het_at = [a for a, _ in het_van_at] if base.PREFILTER else None
        light_at = _light_verb_places(verbs, facts, keys_of, particle_heads) if base.PREFILTER else None
        # the places where "het" + words + an infinitive + "van" may stand (``het_between_van``)
        between_at = _het_between_places(table, skipped, doc.vocab.strings) if base.PREFILTER else None
        # the nouns of action of the Doc (in -ing or of another shape: ``act_verb``) that
        # ``_action_nouns`` can take: only those with a phrase or "verdere"/"nadere" on them
        # (``_phrase_heads``), and of those the nouns of action (``_act_noun``), so that
        # ``act_verb`` is asked only about the few nouns with such a phrase
        act_at = [i for i in _phrase_heads(table, doc.vocab.strings) if _act_noun(facts[i], None)]
        # the places of a preposition + an infinitive without "het" + "van" (``bare_infinitive_van``)
        bare_at = _bare_infinitive_places(table, skipped, doc.vocab.strings)
        for sent in ctx.prose_sentences:
            start, end = sent.start, sent.end
            if het_van_at is None:
                het_van_here = light_here = None
            else:
                lo = bisect_left(het_at, start)
                het_van_here = any(c < end for _, c in het_van_at[lo:bisect_left(het_at, end, lo)])
                light_here = bisect_left(light_at, start) < bisect_left(light_at, end)
            act_here = act_at[bisect_left(act_at, start):bisect_left(act_at, end)]
            present = span_keys(ctx.doc, start, end)
            if het_van_at is None:
                may = _may_match(range(start, end), facts, keys_of, by_word, particle_heads, skipped, present,
                                 None if verbs is None else
                                 verbs[bisect_left(verbs, start):bisect_left(verbs, end)],
                                 het_van_here, light_here)
                het_van_may = expression_may = light_may = may
            else:
                verbs_here = verbs[bisect_left(verbs, start):bisect_left(verbs, end)]
                het_van_may, expression_may, light_may = _patterns_here(
                    present, facts, keys_of, verbs_here, het_van_here, light_here)
                if light_may:  # (and a noun that one of the sentence's verbs can make light)
                    light_may = _light_noun_near(table, verbs_here, start, end, skipped)
                may = het_van_may or expression_may or light_may
            # "het" + words + an infinitive + "van" (``het_between_van``): "het" and "van" apart
            if between_at is None:
                between = not may and "het" in present and "van" in present
            else:
                between = bisect_left(between_at, start) < bisect_left(between_at, end)
            bare = bisect_left(bare_at, start) < bisect_left(bare_at, end)
            if not may and not act_here and not between and not bare:
                continue  # none of the six patterns can match here: no Token made
            used: set[int] = set()
            if may or between or bare:
                tokens = [doc[i] for i in range(sent.start, sent.end) if not skipped[i]]  # as Token.is_space / is_punct
                if between or between_at is None:  # (only at a place of _het_between_places, also with may)
                    yield from self._het_between_van(ctx, tokens, used)
                if bare:
                    yield from self._bare_infinitive_van(ctx, tokens, used)
            if may:
                # only the patterns that can match here (each leaves ``used`` as it was where it
                # finds nothing)
                keys = token_keys_with_particles(tokens) if expression_may or light_may else None
                if het_van_may:
                    yield from self._het_van(ctx, tokens, used)
                if expression_may:
                    for finding in self._expressions(ctx, tokens, keys, used):
                        yield finding, False
                if light_may:
                    yield from self._light_verbs(ctx, tokens, keys, used)
            for finding in self._action_nouns(ctx, [doc[i] for i in act_here], used):
                yield finding, True  # a noun of action with what is done and who does it

    def _het_van(self, ctx, tokens, used):
        from duidelijk.rules.jargon import fronted_het_van, jargon_index  # (jargon imports this module)

        marked = ctx.shared.get("word_findings", ())  # DD103 marks "het" of the passages it names
        for a, b, c in het_van(tokens):
            used.update({a.i, b.i, c.i})
            if subject_het_van(b):
                continue  # DD103 names it: the subject of the sentence
            if while_doing(b):
                continue  # "Er ging iets mis bij het opslaan van uw gegevens" (``while_doing``)
            if any(c.dep_ == "case" for c in b.children) and not _finite_verb(tokens):
                continue  # a heading, a button or a line of thanks without a finite verb ("Na
                # het betalen van de rekening", "Bedankt voor het sturen van uw foto's"): short
                # on purpose; "a sentence with the verb" would add a person and a tense it left out
            if a.i in marked or fronted_het_van(tokens, a, b) and not any(
                    k in jargon_index().single for k in token_keys(b)):
                continue  # DD103 names it too: "Voor het aanvragen van een pas neemt u ..." opens
                # the sentence before its finite verb (one passage, one finding, one count);
                # not where DD103 names the verb itself as a word of its list ("indienen")
            if b.dep_ == "obl:arg" and b.head.i < a.i and any(
                    t.lemma_.lower() in everyday_het_van_heads() or t.lower_ in everyday_het_van_heads()
                    for t in (b.head, *b.head.children) if t.i < a.i) \
                    and not any(c.dep_ == "case" and c.lower_ == "tot" for c in b.children):
                continue  # the phrase an everyday word before it asks for, the verb or a word on
                # it ("moeite hebben met", "verder gaan met"): "bezig met het
                # beoordelen van", "verantwoordelijk voor", "helpen met"; not "besluiten tot",
                # "verplicht tot", "belast met" ("Aan het instellen van beroep zijn kosten
                # verbonden" stays: its word comes after)
            yield self.finding(
                ctx, a.idx, c.idx + len(c),
                f"Schrijf liever een zin met het werkwoord '{b.lower_}'. Dat leest makkelijker dan 'het {b.text} van'.",
            ), phase_het_van(b)

    def _het_between_van(self, ctx, tokens, used):
        """"het" + words that say how or when + an infinitive + "van" ("het zonder uw
        toestemming doorgeven van uw gegevens", "Het snel afhandelen van uw aanvraag"): a whole
        clause, with its adverbs, made into a noun (``het_between_van``). Core: an editor always
        writes the clause ("als wij uw gegevens zonder uw toestemming doorgeven"). Not a passage
        that DD103 names already ("het niet op tijd betalen van": its negation)."""
        marked = ctx.shared.get("word_findings", ())  # DD103 marks "het" of the passages it names
        for het, verb, van in het_between_van(tokens):
            if het.i in used or verb.i in used or het.i in marked:
                continue
            used.update(range(het.i, van.i + 1))
            if while_doing(verb):
                continue  # "Algoritmes helpen bij het snel uitvoeren van ons werk" (``while_doing``)
            span = ctx.text[het.idx:van.idx + len(van)]
            yield self.finding(
                ctx, het.idx, van.idx + len(van),
                f"'{span}' maakt van een hele zin een zelfstandig naamwoord. Schrijf liever wie wat doet, "
                f"met het werkwoord '{verb.lower_}'.",
            ), True

    def _bare_infinitive_van(self, ctx, tokens, used):
        """A preposition + an infinitive without "het" + "van" ("bij beantwoorden van vragen":
        ``bare_infinitive_van``). Core: an editor always writes the clause with who acts."""
        for prep, verb, van in bare_infinitive_van(tokens):
            if verb.i in used:
                continue
            used.update({prep.i, verb.i, van.i})
            span = ctx.text[prep.idx:van.idx + len(van)]
            # a verb without an object ("bij uitblijven van betaling": the payment stays away)
            # has no one who does it to what follows "van": that is its subject
            who = "" if verb.lower_ in zijn_verbs() or verb.lower_ in no_object_verbs() else ", en zeg wie het doet"
            yield self.finding(
                ctx, prep.idx, van.idx + len(van),
                f"Schrijf liever een zin met het werkwoord '{verb.lower_}'{who}. "
                f"Dat leest makkelijker dan '{span}'.",
            ), True

    def _expressions(self, ctx, tokens, keys, used):
        for found, alts, jargon in list_matches(tokens, keys, used, ctx.accepted):
            if jargon:
                continue  # DD103 names it (``named_by_jargon``)
            if _a_state(found):
                continue  # "Uw aanvraag is in behandeling": a status, not named (``_a_state``)
            text = " ".join(t.text for t in found)
            yield self.finding(
                ctx, found[0].idx, found[-1].idx + len(found[-1]),
                f"Schrijf liever een zin met '{alts[0]}'. Een gewoon werkwoord leest makkelijker dan '{text}'.",
            )

    def _light_verbs(self, ctx, tokens, keys, used):
        table = token_table(ctx.doc)  # Token.pos_, lower_, lemma_ and children, without a Token each
        facts = table.facts
        particle_dep = ctx.doc.vocab.strings["compound:prt"]
        frames = light_verbs()
        for tok, tok_keys in zip(tokens, keys):
            i = tok.i
            if facts[i].pos not in _VERB_POS or i in used:
                continue
            particle, light = _particle_verb(table, i, particle_dep)
            if particle and light not in LIGHT_VERBS:
                continue  # "geeft ... door" is "doorgeven", no light verb
            if not particle:
                # the match keys, not the lemma alone: "Doe een melding" has the lemma "dichtdoen"
                # ("vindt ... plaats" is "plaatsvinden": its particle joins the keys)
                light = next((v for v in sorted(tok_keys & LIGHT_VERBS, key=len, reverse=True)), "")
                if not light or _final_particle_verb(tok, light):
                    continue
            frame, formal = frames[light]
            # "overgaan tot betaling": overgaan's argument is a phrase with a preposition. With
            # other light verbs a noun in such a phrase makes a fixed expression ("in rekening
            # brengen", "in bewaring stellen") whose meaning is not the verb's: only the list
            # knows those. And a light verb with a prepositional object of its own ("invulling
            # geven aan", "ontheffing verlenen van") is a fixed frame as well; not "doen", whose
            # noun's own phrase the parse hangs on it ("een aanvraag doen voor aanpassing").
            over = frame == "tot" or "overgaan" in tok_keys
            # A verb whose subject is the act ("plaatsvinden", "gebeuren") has no such frame: the
            # parse's "obl:arg" there is a phrase of time or way ("gebeuren in twee delen").
            if not over and light != "doen" and frame not in SUBJECT_FRAMES \
                    and any(c.dep_ == "obl:arg" for c in tok.children):
                continue
            if frame == "next" and not _comes_next(tok):
                continue  # "U volgt een opleiding", "Hieruit volgt een verplichting" (``_comes_next``)
            # plaatsvinden has no object: an object is its subject parsed wrongly
            deps = {"obl"} if over else {"nsubj", "obj"} if frame in SUBJECT_FRAMES else {"obj", "nsubj:pass"}
            for child in [*tok.children, *_imperative_object(tok, tokens, frame)]:
                if child.pos_ != "NOUN" or child.i in used:
                    continue
                if (child.head.i == tok.i and child.dep_ not in deps) or not self._an_action(
                        child, tok, formal, plural_ok=light == "doen"):
                    continue
                noun = child.lemma_.lower()
                if child.dep_ == "nsubj:pass" and _known_thing(child):
                    continue  # "De operatie is uitgevoerd": a known event, reported done
                if noun_class(noun) is None and _known_thing(child):
                    continue  # "het energiebesparingsonderzoek uitvoeren": a named kind of thing
                if _across_clauses([tok, child]) or any(
                        facts[j].lower in {",", ";", ":"} for j in range(min(tok.i, child.i), max(tok.i, child.i))):
                    continue  # "geef ... input, dit is ook een oproep": another clause's noun
                if over and not any(c.dep_ == "case" and c.lower_ == "tot" for c in child.children):
                    continue
                if frame == "next" and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in child.children):
                    continue  # "Deze uitleg volgt nog": a thing named before, still to come
                if frame in SUBJECT_FRAMES and action_noun(child) is not None:
                    continue  # "De vaststelling van uw aanslag door de gemeente gebeurt in maart":
                    # the noun's own phrases say who does what ('De gemeente stelt uw aanslag vast')
                verb = light_noun_verb(noun, light, formal)
                if verb is None:
                    continue  # a thing ("een tekening geven", "de leiding"), not an action
                if frame == "request" and verb not in change_verbs():
                    continue  # "een vergunning aanvragen": a thing one asks for
                used.update({tok.i, child.i})
                # the light verb with its particle ("vindt ... plaats"), as the message names it
                # and the span ends: 'vindt' alone is not the verb the writer chose
                part = next((c for c in tok.children if c.dep_ == "compound:prt" and c.i > tok.i), None) \
                    if particle else None
                ends = sorted([tok, child] + ([part] if part is not None else []), key=lambda t: t.i)
                start, end = ends[0], ends[-1]
                light_text = f"{tok.text} {part.text}" if part is not None else tok.text
                if frame == "request":
                    # "een verlenging aanvragen": "vragen om ... te verlengen" ("aan te passen")
                    particle, rest = separable(verb)
                    say = (f"Schrijf liever een zin met het werkwoord '{verb}', bijvoorbeeld: "
                           f"'vragen om ... {particle + ' ' if particle else ''}te {rest}'.")
                elif light == "plaatsvinden" and (be := _plain_be(tok, part)) and _when_or_where(tok):
                    # "De opening van het zwembad vindt plaats op 1 juni": an event at a time or a
                    # place; Dutch says that with "zijn" ('De opening is op 1 juni')
                    say = (f"Schrijf liever {be} in plaats van '{light_text}'. Of schrijf een zin met "
                           f"het werkwoord '{verb}'.")
                else:
                    say = (f"Schrijf liever een zin met het werkwoord '{verb}'. Dat leest makkelijker dan "
                           f"'{child.text}' met '{light_text}'.")
                # core with a formal light verb ("verzorgt de reiniging", "de betaling vindt
                # plaats", "overgaan tot"): an everyday one ("een melding doen") reads well enough,
                # or with the noun's owner as the one who acts ("Uw melding doet u via het
                # formulier": 'U meldt het via het formulier')
                owner_acts = any(c.dep_ == "nmod:poss" and _owner_acts(c, tok) for c in child.children)
                # or "doen", the emptiest light verb (it says no giving or taking, so its noun is
                # the whole act), with a noun that carries what the plain verb would take as its
                # object ("een aanvraag gedaan voor aanpassing": 'aanpassing aangevraagd'); with
                # "geven" or "bieden" the noun may be a thing given ("een duiding geven voor")
                carries = light == "doen" and _carries_object(child, tok)
                form = ""
                if carries:
                    form = _form_like(tok, verb)
                    if form:
                        # "te" goes with it where the particle stands before it ('aan te melden')
                        light_named = f"te {light_text}" if " te " in form else light_text
                        say = (f"Schrijf liever '{form}' in plaats van '{child.text}' met '{light_named}'. "
                               f"Het werkwoord '{verb}' leest makkelijker.")
                # not core yet with "volgen" (frame "next"), nor a plural ("voorspellingen doen"):
                # DD106's (off by default) until enough judged findings show it holds (thirty-sixth
                # session: 1 on the tunable sets; thirty-eighth: 2). A plural with "doen" that
                # carries what the plain verb takes, with the plain verb in the light verb's form
                # (fortieth session, rules40d) may be core as the singular is: "Er worden
                # voorspellingen gedaan over de kosten" is 'De kosten worden voorspeld'; "doen"
                # says nothing else. Not where the noun's form is the verb's ("Wij doen voorstellen
                # voor nieuwe regels": 'voorstellen' in place of 'voorstellen' says nothing). Only
                # with DD118's setting plural_doen (off): one such finding on the tunable sets so
                # far, below the bar for a default part (see docs/judged.md, fortieth session).
                plural = "Plur" in child.morph.get("Number")
                plural_carries = plural and carries and form not in {"", child.lower_} and \
                    Obvious.options_in(ctx.config)["plural_doen"]
                core = (not plural and ((formal and frame not in TRIAL_FRAMES) or owner_acts or carries)) \
                    or plural_carries
                yield self.finding(ctx, start.idx, end.idx + len(end), say), core
                break

    def _action_nouns(self, ctx, nouns, used):
        """``nouns``: the sentence's nouns of action (``_act_noun``: in -ing, and since the fortieth
        session also of other shapes, ``act_verb``); ``action_noun`` for each."""
        for noun in nouns:
            if noun.i in used:
                continue
            # a placeholder in what or who as the writer typed it ("{{ afdeling }} behandelt
            # ..."), not the mask the rules read ("XXX"): the example must not make up a name
            found = action_noun(noun, lambda t: ctx.document.written(t.idx, t.idx + len(t)))
            if found is None:
                further = further_action(noun)
                if further is not None:
                    used.add(noun.i)
                    start = min(t.i for t in noun.children if t.dep_ in {"case", "amod"})
                    particle, rest = separable(further)
                    yield self.finding(
                        ctx, ctx.doc[start].idx, noun.idx + len(noun),
                        f"Schrijf liever een zin met het werkwoord '{further}', bijvoorbeeld: "
                        f"'om ... verder {particle + ' ' if particle else ''}te {rest}'.",
                    )
                continue
            verb, what, agent, plural = found
            used.add(noun.i)
            # the noun's phrase without a clause the parse hangs on it ("tot ik ... heb")
            last = max(t.i for t in noun.subtree if not t.is_punct and not t.is_space and _in_phrase(t, noun))
            if what is None and (by := _door_after(noun)) is not None:
                last = max(last, max(t.i for t in by.subtree))  # with who acts, as the parse left it on the verb
            first = min(t.i for t in noun.subtree if t.dep_ in {"det", "amod", "nmod:poss"} or t.i == noun.i)
            start, end = ctx.doc[first], ctx.doc[last]
            person = agent or _clause_person(noun, verb)
            if person:
                example = _main_clause(person, verb, what or "...", plural)
                say = f"Zeg wie wat doet, bijvoorbeeld: '{example[0].upper()}{example[1:]}'."
            else:
                say = f"Zeg daarin wie {what} {present_singular('', verb)[1]}."
            yield self.finding(
                ctx, start.idx, end.idx + len(end),
                f"Schrijf liever een zin met het werkwoord '{verb}'. {say}",
            )

    @staticmethod
    def _an_action(noun, verb=None, formal: bool = False, plural_ok: bool = False) -> bool:
        """Is the noun the action itself ("een melding doen", "overgaan tot betaling"), not a
        thing someone has ("uw beperkingen") or a phrase of its own ("naar aanleiding van
        deze melding")? With a formal light verb ``formal`` "de" is fine ("verzorgt de
        reiniging"); the owner may be the one who acts ("Uw melding doet u via ...").
        A plural only with ``plural_ok`` (the light verb "doen"): "voorspellingen doen" is
        'voorspellen', as "een voorspelling doen". "Doen" says no giving or taking, so its plural
        noun is still the act, done more than once; with another light verb a plural is often
        the things given ("De docent geeft beoordelingen": marks). "Ik doe boodschappen" has no
        verb in its noun (``light_noun_verb``); "de" and an owner are tested below, as for one."""
        if "Plur" in noun.morph.get("Number") and not plural_ok:
            return False
        if noun.dep_ != "nsubj" and not formal and any(
                c.dep_ == "det" and c.lower_ in DEFINITE and c.i < noun.i
                and not any(t.pos_ in {"NOUN", "PROPN"} for t in noun.doc[c.i + 1 : noun.i])
                for c in noun.children):
            return False  # "Wij geven u de rekening": a thing; "de betaling vindt plaats" stays
        for child in noun.children:
            if child.dep_ == "nmod:poss" and not _owner_acts(child, verb):
                return False
            if child.dep_ == "case" and child.lower_ not in {"tot", "in", "ter", "tot"}:
                return False
            if child.dep_ == "fixed" or (child.dep_ == "case" and any(g.dep_ == "fixed" for g in child.children)):
                return False
        return not any(c.dep_ == "case" and c.i < noun.i - 1 and noun.doc[c.i + 1].dep_ == "fixed"
                       for c in noun.children)


#: key in ``Context.shared``: the core findings DD106 made for DD118 (start, end, message), so
#: that DD118, which runs after it, does not look for them again
CORE_FOUND = "nominal_core"


def core_code(config) -> str:
    """The rule that names the core of nominal style (``Obvious``): DD118 when it is on, or when
    DD106 is off too (then hidden, for the score); DD106 when only DD106 is chosen ("--select
    DD106"). So each passage gets one finding, and the score does not change with the choice."""
    if config.enabled(Obvious.code, Obvious.category) or not config.enabled(
            Nominalisation.code, Nominalisation.category):
        return Obvious.code
    return Nominalisation.code


@register
class Obvious(Rule):
    code = "DD118"
    name = "verstopt-werkwoord"
    category = "nominalisation"
    severity = Severity.SUGGESTION
    #: plural_doen: also "doen" with a plural noun of action that carries what the plain verb
    #: takes ("Er worden voorspellingen gedaan over de kosten"); off until judged on more text
    settings = {"plural_doen": False}
    # on by default since the thirty-third session (rules33a): on the tunable sets pooled
    # (halves A of the eight harvest folders, the written letters, TUNE) 20 of its 22 judged
    # findings held (strict 0.909; every set with 5+ findings 0.80 or more), above the bar
    # fixed before (0.80 on 20+ findings). "--ignore DD118" turns it off; DD106
    # ("--select DD106") names these passages too.
    doc = RuleDoc(
        what=("Zoekt zinnen waarin een werkwoord duidelijk verstopt zit in een zelfstandig naamwoord, "
              "zodat niet te zien is wie iets doet."),
        why=(
            "'De verwerking van uw verhuizing kan 14 dagen duren' zegt niet wie iets doet. "
            "'Wij verwerken uw verhuizing binnen 14 dagen' zegt het wel, en is korter. Lezers op "
            "taalniveau B1 begrijpen een zin met een werkwoord en iemand die het doet beter. "
            "Deze regel meldt alleen de gevallen die een goede redacteur altijd aanpast. De andere "
            "vormen van naamwoordstijl meldt DD106 (staat standaard uit)."
        ),
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Naamwoordstijl'",
        bad="De behandeling van uw aanvraag door de gemeente duurt acht weken.",
        good="De gemeente behandelt uw aanvraag binnen acht weken.",
        exceptions=(
            "Deze regel meldt alleen vormen die een goede redacteur altijd aanpast. Dat is een naamwoord "
            "op -ing met 'van' en iets wat iemand doet. Het is dan het onderwerp van de zin of staat na 'na' "
            "of 'bij'. Of er staat 'door' bij, met wie het doet. Dat geldt ook voor een ander woord voor "
            "iets wat iemand doet, zoals 'selectie', 'verkoop' of 'inzet' ('de verkoop van uw huis door de "
            "makelaar'). Maar niet met 'uw' ervoor: 'uw aanvraag' is een ding. Ook niet een woord dat met 'van' "
            "meestal een ding of tekst is, zoals 'informatie' of 'specificatie'. Of het staat zonder 'de' na 'na' ('na "
            "uitvoering van het onderzoek'). Of het staat na 'bij', 'voor', 'met' of 'zonder' in een zin "
            "in de lijdende vorm. Staat daar geen 'door' bij, dan zegt de zin nergens wie iets doet ('De "
            "cijfers worden gebruikt bij de ontwikkeling van een nieuw plan'). Ook een werkwoord zonder "
            "'het' na zo'n woord, met 'van' erachter ('bij beantwoorden van vragen'). Verder: 'voor verdere beoordeling', 'het zonder toestemming "
            "doorgeven van', 'gestart met het leveren van' en een deftig werkwoord met zo'n naamwoord "
            "('verzorgt de reiniging', 'de uitvoering gebeurt'). Een naam voor een ding meldt deze regel "
            "niet, zoals 'de aanleg' of 'de behandeling' alleen. Ook niet een tekst die ergens staat ('De "
            "berekening van uw toeslag staat in de bijlage'). Ook niet een uitkomst: iets wat verandert, "
            "komt, hoger of lager wordt of een bedrag is ('De samenstelling van uw gezin is veranderd', "
            "'De aflossing is 50 euro per maand'). Ook niet 'uw verhuizing doorgeven' of 'de schade aangeven': "
            "dat zijn gewone werkwoorden. Ook 'een melding doen' niet. Die vindt u met DD106. Wel als erbij staat "
            "wat u meldt of vraagt: 'melding doen van schade' is 'schade melden', 'een aanvraag doen voor een "
            "vergunning' is 'een vergunning aanvragen'. "
            "Bij 'vindt plaats' met een tijd of plek is 'is' vaak genoeg: 'De opening is op 1 juni'. "
            "Met plural_doen = true meldt de regel ook 'meldingen' of 'voorspellingen' met 'doen'. "
            "Maar alleen als erbij staat wat u meldt of voorspelt ('voorspellingen doen over de kosten'). "
            "Dat deel staat uit, want het is nog niet genoeg getest."
        ),
    )

    def check(self, ctx: Context):
        if core_code(ctx.config) != self.code:
            return  # DD106 names them ("--select DD106")
        core = ctx.shared.get(CORE_FOUND)
        if core is None:  # DD106 has not run on this text (a rule run alone)
            finder = Nominalisation(ctx.config.options_for(Nominalisation.code))
            core = [(f.start, f.end, f.message) for f, is_core in finder._findings(ctx) if is_core]
        for start, end, message in core:
            yield self.finding(ctx, start, end, message)


def _act_noun(fact, _) -> bool:
    """A noun of action that ``action_noun`` or ``further_action`` can take: both return None
    for a noun that ``act_verb`` gives no verb for (a noun in -ing that is no abstract noun of
    LiNT-II's list or names no common verb; since the fortieth session also a loan noun in -tie
    or the stem of a verb: "selectie", "inzet"), whatever its place in the sentence. Decided
    once per token fact, so ``_action_nouns`` makes no Token for the other nouns ("woning",
    "regeling", "vergadering": about half of those in -ing on varied text)."""
    if fact.pos != "NOUN":
        return False
    return act_verb(fact.lemma.lower()) is not None


@cache  # of the lemma only
def act_verb(lemma: str) -> str | None:
    """The verb a noun of action is made from (``action_noun``), or None: a noun in -ing that
    LiNT-II calls abstract ("behandeling" -> 'behandelen': ``verb_of``); or (fortieth session,
    rules40d) a noun of another shape of word formation that ``_plain_verb`` reads as its verb: a
    loan noun in -tie or -sie ("selectie" -> 'selecteren') or a noun that is the stem of a verb
    with a particle or prefix ("inzet" -> 'inzetten', "gebruik" -> 'gebruiken'), abstract or of
    either kind in LiNT-II's list ("de inzet" is an act and an effort): in ``action_noun``'s
    frames, with what is done after "van" and who does it, it is the act ("De inzet van het
    algoritme door de Belastingdienst": 'De Belastingdienst zet het algoritme in'). Not a noun
    in -ing of the other kind ("de woning") and not the verbs ``_not_an_act_verb`` leaves out."""
    if lemma.endswith("ing"):
        return verb_of(lemma) if noun_class(lemma) == "a" else None
    if noun_class(lemma) not in {"a", "u"} or lemma in not_act_nouns():
        return None
    return _plain_verb(lemma)


@cache
def not_act_nouns() -> frozenset[str]:
    """Nouns that ``_plain_verb`` reads as a verb's stem or a loan noun's '-eren' verb but that,
    with "van", name a thing, a text, a job or a state rather than the act
    (``wordlists/not_act_nouns.tsv``: "het besluit van de raad", "de informatie van uw
    verzekeraar"): ``act_verb`` gives them no verb."""
    return wordlists.words("not_act_nouns", "noun")


def _phrase_heads(table, strings) -> list[int]:
    """The tokens that can head a phrase DD106 reads (``action_noun``, ``further_action``), whatever
    the token is, in order: a token with a child after it labelled "nmod", a child "amod"
    that is "verdere", "nadere" (or "verder", "nader"), or "door" right after it. Found from
    those children and from each "door" (a few per sentence), not token by token, so that
    ``_findings`` asks ``act_verb`` (per lemma, the first time: the verb of a noun, its
    participle and frequencies) only about the nouns with such a phrase, not about every
    noun of the text (about 3,000 lemmas on speed.py's varied texts, a quarter of DD106's
    time)."""
    heads, facts = table.heads, table.facts
    found = {heads[j] for j in table.with_dep(strings["nmod"]) if heads[j] < j}
    found.update(heads[j] for j in table.with_dep(strings["amod"]) if heads[j] != j and facts[j].lower in FURTHER)
    found.update(j - 1 for j in table.with_lower(strings["door"]) if j)
    return sorted(found)


@cache  # of the lemma only
def light_noun_may(noun: str) -> bool:
    """Can ``light_noun_verb`` give a verb for this noun (a lemma in lower case) with some light
    verb, formal or not? Its own tests without the everyday pairs, which only take more away:
    an abstract noun of LiNT-II's list or one of either kind (a formal light verb takes both),
    itself or as the last part of a compound, with a plain verb (``_plain_verb``)."""
    if noun_class(noun) is None:
        from duidelijk.dictionary import compound_parts

        parts = compound_parts(noun)
        if len(parts) < 2:
            return False
        noun = parts[-1]
    return noun_class(noun) in {"a", "u"} and _plain_verb(noun) is not None


def _light_noun_near(table, verbs: list[int], start: int, end: int, skipped) -> bool:
    """Can ``_light_verbs`` find a noun in the sentence ``start:end``? Its noun is a child of
    one of the sentence's verbs (``verbs``: its verbs and particle words, ``_VERB_OR_PARTICLE``)
    or, when a verb opens the sentence as a command, one of the four words after it
    (``_imperative_object``); and it is a noun for which ``light_noun_verb`` can give a verb
    (``light_noun_may``). Where no such noun is there, it finds nothing: most sentences with
    "geven", "doen" or "nemen" have none ("Wij geven u de sleutel")."""
    facts = table.facts

    def light_noun(j: int) -> bool:
        fact = facts[j]
        return fact.pos == "NOUN" and light_noun_may(fact.lemma.lower())

    if any(facts[i].pos in _VERB_POS and any(map(light_noun, table.children(i))) for i in verbs):
        return True
    words = []  # the sentence's first five words, as _findings' tokens (no punctuation, no white space)
    for k in range(start, end):
        if not skipped[k]:
            words.append(k)
            if len(words) == 5:
                break
    return bool(words) and facts[words[0]].pos in _VERB_POS and any(map(light_noun, words[1:]))
# a preposition that stands for a subclause ("na de beoordeling van uw aanvraag" = "nadat wij
# uw aanvraag hebben beoordeeld"), and "met" after "verder"/"bezig"
CLAUSE_PREPOSITIONS = {"na", "voor", "tijdens", "bij", "met", "door", "zonder", "ondanks", "sinds"}


FURTHER = {"verdere", "nadere", "verder", "nader"}


def further_action(noun) -> str | None:
    """The verb of a noun in -ing without an article after "voor", "ter", "na" or "tot", with
    "verdere" or "nadere" ("voor verdere beoordeling", "ter nadere behandeling"): a step of a
    procedure said as a noun, where "om ... verder te beoordelen" says it with the verb."""
    if noun.pos_ != "NOUN" or noun.dep_ not in _VERB_PHRASE | {"nmod"} or any(c.dep_ in {"det", "nmod:poss"} for c in noun.children):
        return None
    if not any(c.dep_ == "case" and c.lower_ in {"voor", "ter"} for c in noun.children):
        return None  # "om ... te" says a purpose: not after "na" (after) or "tot" (until)
    if not any(c.dep_ == "amod" and c.lower_ in FURTHER for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    verb = verb_of(lemma) if noun_class(lemma) == "a" else None
    # a step the writer takes with the case ("beoordeling"), not help the reader gets
    # ("ondersteuning") or a meeting ("ter kennismaking")
    return verb if verb in handling_verbs() else None


def _maybe_who(noun) -> bool:
    """May the noun after "van" be the one who acts rather than what is done: a person or a
    body ("de verklaring van uw arts", "de medewerking van uw werkgever": the doctor declares)?
    LiNT-II's list calls most persons concrete ("arts", "aanvrager"), so only a noun it calls
    abstract or both ("uw aanvraag", "uw toeslag", "uw aanslag") is taken as what is done, and
    not one that names a person by its ending ("werkgever"; "-aar" is left out of that test:
    "uw bezwaar"; nor "-ier", "-ent": "uw dossier", "uw abonnement")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "ORG"} or noun_class(lemma) not in {"a", "u"}:
        return True
    return lemma.endswith(_PERSON_ENDINGS) or _agent_noun(lemma)


# endings that make only persons ("directeur", "specialist", "directrice")
_PERSON_ENDINGS = ("eur", "eurs", "ist", "isten", "trice", "trices")


def _agent_noun(lemma: str) -> bool:
    """A noun in -er of a verb, one who does it ("werkgever": geven, "verhuurder": verhuren),
    not any noun in -er ("uw nummer")."""
    if not lemma.endswith("er"):
        return False
    for cut in range(len(lemma) - 5, -1, -1):  # the last part of a compound: at least 5 letters
        tail = lemma[cut:-2]
        for st in {tail, tail[:-1]} if tail.endswith("d") else {tail}:  # "verhuurd-er"
            if len(st) >= 3 and any(zipf(inf) > 2.5 for inf in _infinitives(st)):
                return True
    return False


def _token_text(token) -> str:
    return token.text


def _phrase_text(noun, quote=_token_text) -> str:
    """The noun with its article, owner and adjectives before it ("uw aanvraag"), each word as
    ``quote`` gives it (a placeholder as the writer typed it: ``Nominalisation._action_nouns``)."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "case"]
    if any(t.pos_ in {"VERB", "AUX", "PUNCT"} for t in words) or len(words) > 4:
        words = [t for t in noun.children if t.i < noun.i and t.dep_ in {"det", "nmod:poss"}] + [noun]
    return " ".join(quote(t) for t in words + _name_after(noun))


def _name_after(noun) -> list:
    """The name right after a noun, which belongs to it ("de heer Jansen", "mevrouw De Vries",
    "de afdeling Vergunningen", "de heer [naam]"): a title alone is no one ('De heer
    beoordeelt'). A phrase in apposition straight after the noun that begins with a capital;
    empty otherwise."""
    name = next((c for c in noun.children if c.dep_ == "appos" and c.i == noun.i + 1), None)
    if name is None or not name.text[:1].isupper():
        return []
    words = sorted(name.subtree, key=lambda t: t.i)
    if any(t.is_punct or t.is_space for t in words) or words[-1].i - words[0].i + 1 != len(words):
        return []
    return words


def _fronted_pronoun(noun, owned) -> tuple[str | None, bool]:
    """Who acts as a pronoun after "door" straight after the noun's phrase, all before the
    finite verb at the start of a main clause, which the parse hangs on the verb ("De
    beoordeling van uw aanvraag door hen duurt lang"): before the finite verb of a main clause
    stands one phrase, so "door hen" belongs to the noun. (None, False) otherwise."""
    doc = noun.doc
    after = max(t.i for t in owned.subtree) + 1
    if after + 2 > len(doc) or doc[after].lower_ != "door" or doc[after + 1].lower_ not in _BY_PRONOUNS:
        return None, False
    pronoun, verb = doc[after + 1], doc[after + 1].head
    first = min(t.i for t in noun.subtree)
    if not (noun.dep_ == "nsubj" and noun.head.i == verb.i and verb.i == after + 2 and "Fin" in verb.morph.get("VerbForm")
            and (first == noun.sent.start or doc[first - 1].is_punct)):
        return None, False
    return _BY_PRONOUNS[pronoun.lower_], pronoun.lower_ in _PLURAL_PRONOUNS


def _case(phrase) -> str:
    """The preposition of a phrase: the one right before its noun, as Dutch puts it ("via" in
    "U geeft de wijziging door via het formulier", where the parse hangs the separated
    particle 'door' on the same noun: a particle with a preposition after it is no
    preposition, ``_particle_before_preposition``); "" for none."""
    cases = [c for c in phrase.children if c.dep_ == "case" and c.i < phrase.i]
    return cases[-1].lower_ if cases else next((c.lower_ for c in phrase.children if c.dep_ == "case"), "")


def _by_agent(by, quote=_token_text) -> tuple[str | None, bool]:
    """Who acts, from the word after "door", and whether the verb takes the plural: a pronoun
    as the subject it stands for ("door ons": 'wij'; "door hen": 'zij', plural; None for a
    pronoun of no one who acts), else the noun's phrase (``_agent_text``)."""
    if by.pos_ == "PRON":
        return _BY_PRONOUNS.get(by.lower_), by.lower_ in _PLURAL_PRONOUNS
    return _agent_text(by, quote)


def _agent_text(phrase, quote=_token_text) -> tuple[str, bool]:
    """Who acts, from the noun after "door", and whether the verb takes the plural: a plural
    noun, or nouns joined by "en" ("door de gemeente en de provincie": 'de gemeente en de
    provincie beoordelen'; each joined noun with its own article); nouns joined by "of" take
    the verb of one ('de gemeente of de provincie beoordeelt')."""
    joined = [(c, g.lower_) for c in phrase.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
              for g in c.children if g.dep_ == "cc" and g.lower_ in {"en", "of"}]
    text = _phrase_text(phrase, quote) + "".join(
        f" {cc} " + " ".join(quote(t) for t in n.subtree if t.i <= n.i and t.dep_ not in {"case", "cc"})
        for n, cc in joined)
    return text, any(cc == "en" for _, cc in joined) or "Plur" in phrase.morph.get("Number")


def action_noun(noun, quote=_token_text):
    """A noun of action of a common verb (``act_verb``: "behandeling", "selectie", "inzet") that
    carries the verb's own phrases: what is done, the reader's thing ("de behandeling van uw
    aanvraag"), and who does it ("door de gemeente"). (verb, what, who, plural) or None: the
    sentence says with a noun what a verb says plainer ("Wij behandelen uw aanvraag"). ``what``
    is None for a noun with only a person after "door" ("de behandeling door medewerkers").
    ``quote``: the text of a word in what and who (``_phrase_text``)."""
    if noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number") or any(
            c.dep_ == "det" and c.lower_ not in {"de", "deze"} for c in noun.children):
        return None  # "een verwijzing van uw huisarts": a thing (a letter), not the act
    lemma = noun.lemma_.lower()
    verb = act_verb(lemma)
    if verb is None:
        return None
    if not lemma.endswith("ing") and (any(c.dep_ == "nmod:poss" for c in noun.children) or (
            noun.dep_ == "nmod" and noun.head.pos_ == "NOUN"
            and any(c.dep_ == "case" and c.lower_ == "van" for c in noun.children))):
        return None  # a noun of another shape (``act_verb``) with an owner is the owner's thing
        # ("uw aanvraag", "uw aankoop"), and after "van" on a noun it is what that noun is about
        # ("De beoordeling van uw aanvraag door ..."): not an act of its own
    if verb in zijn_verbs() or verb in no_object_verbs():
        return None  # "de stijging van uw huur": what rises, no object that is done; "de werking
        # van de pomp": the pump works (``no_object_verbs``)
    if _written_down(noun):
        return None  # "De berekening van uw huurtoeslag staat in de bijlage": a text, not the act
    if any(c.dep_ == "case" and c.lower_ == "bij" for c in noun.children) and _with_verb(noun.head):
        return None  # "Bij de aanvraag van uw vergunning zit een kopie": 'bij' says where the thing
        # is, with the form or letter the noun names, not when someone acts
    if _a_result(noun):
        return None  # "De samenstelling van uw gezin is veranderd": the make-up, not the act
    what = agent = owned = None
    plural = False
    readers = False  # is what is done the reader's thing ("uw aanvraag")?
    for child in noun.children:
        if child.dep_ != "nmod" or child.i < noun.i or child.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        case = _case(child)
        if child.pos_ == "PRON":
            if case == "door" and agent is None and child.lower_ in _BY_PRONOUNS:
                agent, plural = _by_agent(child)  # "door ons": 'wij behandelen'; "door hen": 'zij behandelen'
            continue
        if case == "van" and what is None and not any(t.is_punct for t in child.subtree) and \
                not _maybe_who(child) and any(
                c.dep_ in {"nmod:poss", "det"} and c.lower_ in READER_OWNERS | DEFINITE for c in child.children):
            what, owned = _phrase_text(child, quote), child
            readers = any(c.dep_ == "nmod:poss" and c.lower_ in READER_OWNERS for c in child.children)
        elif case == "door" and agent is None and not _fixed(child):
            agent, plural = _agent_text(child, quote)
    if what is None and not lemma.endswith("ing"):
        # a noun of another shape (``act_verb``) is an act with what is done after "van" (in a
        # clause where no one acts), or with a person who does it after "door" by
        # ``structure.person_word``, which takes no thing in "-ier" for a person: with any
        # "door" it is often the thing itself ("toevoegen aan uw aanvraag door het formulier te
        # openen": the application, and "door" says how)
        thing = _thing_done(noun)
        if thing is not None and _no_one_acts(noun):
            return verb, _phrase_text(thing, quote), None, False
        by = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and person_word(c)
                   and not _fixed(c) and _case(c) == "door"), None)
        if by is not None:
            agent, plural = _by_agent(by, quote)
            if agent is not None:
                return verb, None, agent, plural
        return None
    if what is None:
        # no thing done, but a person who does it: "De persoonlijke behandeling door
        # medewerkers" ('hoe medewerkers u behandelen'); not a cause ("de vertraging door de
        # drukte") nor a body that may be a place ("door de gemeente" needs what is done)
        by = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and _a_person(c)
                   and _case(c) == "door"), None)
        if by is None and agent is None:
            by = _door_after(noun)
            if by is not None:
                agent, plural = _by_agent(by, quote)
                if by.pos_ == "NOUN" and not plural and not any(c.dep_ in {"det", "nmod:poss"} for c in by.children):
                    agent = f"een {agent}"  # "door ambtenaar": 'een ambtenaar beoordeelt'
        if by is None or agent is None:
            thing = _thing_done(noun)
            if agent is None and thing is not None and _no_one_acts(noun):
                return verb, _phrase_text(thing, quote), None, False  # no one acts in the clause
            return None
        return verb, None, agent, plural
    if agent is None:  # "door de arts" that the parse hangs on the thing done
        by = next((c for c in owned.children if c.dep_ == "nmod" and c.i > owned.i and not _fixed(c)
                   and _case(c) == "door"), None)
        if by is not None:
            agent, plural = _by_agent(by, quote)
    if agent is None:
        agent, plural = _fronted_pronoun(noun, owned)
    if agent is None:
        agent, plural = _agent_of_happening(noun, quote)
    if not readers and agent is None and not _bare_step(noun) and not (
            _no_one_acts(noun) and _thing_done(noun) is not None):
        return None  # "de uitwerking van het plan": both who and what must be said to tell
    if agent is None:
        # the reader's thing alone: only where the noun stands for a clause, as the subject
        # of its sentence or after a preposition that stands for a subclause, on a verb: not
        # a phrase an adjective asks for ("tevreden met de afhandeling van uw melding")
        case = _case(noun)
        if not (noun.dep_ in {"nsubj", "nsubj:pass"} or (
                noun.dep_ in _VERB_PHRASE and case in CLAUSE_PREPOSITIONS and noun.head.pos_ in {"VERB", "AUX"})):
            return None
    return verb, what, agent, plural


@cache
def enclosing_verbs() -> frozenset[str]:
    """Verbs that with "bij" put a thing with another (``wordlists/enclosing_verbs.tsv``: "Bij de
    aanvraag zit een kopie", "hoort een bewijs", "voeg de bon toe", "stuur de foto mee"): the
    noun after "bij" is a form or a letter (rev40d, fortieth session)."""
    return wordlists.words("enclosing_verbs", "verb")


def _with_verb(verb) -> bool:
    """Is ``verb`` one of ``enclosing_verbs``, with its particle ("stuurt ... mee": meesturen;
    "stuurt" alone is not)?"""
    from duidelijk.verbs import separable, verb_forms

    particle = "".join(c.lower_ for c in verb.children if c.dep_ == "compound:prt")
    lemma, form = verb.lemma_.lower(), verb.lower_
    for word in enclosing_verbs():
        part, core = separable(word)
        if lemma == word or (part == particle and (lemma == core or form == core or form in verb_forms(core))):
            return True  # the parse may leave a finite form as its lemma ("stuurt")
    return False


# prepositions that make a noun of action stand for a subclause of its own: "bij de
# ontwikkeling van een model" ('als iemand een model ontwikkelt'), "voor", "met", "zonder";
# not "tijdens" (a period, often of a known event: "tijdens de verbouwing van de school"),
# nor "na" with "de" (a known event: "na de verbouwing van de school"; without it
# ``_bare_step``), nor "door" (on a passive the phrase of who acts)
_OWN_CLAUSE_PREPOSITIONS = frozenset({"bij", "voor", "met", "zonder"})


def _no_one_acts(noun) -> bool:
    """Does the noun of action stand, after a preposition that makes it a subclause
    (``_OWN_CLAUSE_PREPOSITIONS``), on a verb in the passive that says no one who acts ("Deze
    gegevens worden meegenomen bij de ontwikkeling van een nieuw model", "Met de verwerking van
    de gegevens wordt gewacht tot maart")? Then the sentence has two acts and names no one for
    either: the reader cannot tell who does what, and a careful editor always writes who
    ('Als wij een nieuw model ontwikkelen, nemen wij deze gegevens mee'). An active verb has a
    subject who may be the one who acts ("Voor de uitwerking van het plan hebben wij doelen
    opgesteld"): not taken."""
    verb = noun.head
    if noun.dep_ not in _VERB_PHRASE or verb.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "case" and c.lower_ in _OWN_CLAUSE_PREPOSITIONS for c in noun.children):
        return False
    auxiliaries = _passive_auxiliaries(verb)
    if not auxiliaries:
        return False  # not a passive
    if "worden" not in auxiliaries and (perfect_with_zijn(verb) or _adjectival(verb)):
        return False  # "zijn" + the participle of a verb that takes "zijn" ("Wij zijn met de
        # uitvoering van de werkzaamheden begonnen": a perfect tense) or of a state ("Deze
        # subsidie is bedoeld voor de verbetering van de woning"): no act that no one does
    return not any(c.dep_ == "obl:agent" or (c.dep_ in _VERB_PHRASE and any(
        g.dep_ == "case" and g.lower_ == "door" for g in c.children)) for c in verb.children)


def _passive_auxiliaries(verb) -> set[str]:
    """The lemmas of the verb's auxiliaries of the passive: one the parse labels "aux:pass", or
    "worden" or "zijn" on a participle ("wordt ... goedgekeurd", "is ... aangevuld"); empty
    when the verb is no passive (``_no_one_acts``, ``_door_after``)."""
    return {c.lemma_.lower() for c in verb.children if c.dep_ == "aux:pass" or (
        c.dep_ == "aux" and c.lemma_.lower() in {"worden", "zijn"} and "Part" in verb.morph.get("VerbForm"))}


@cache
def no_object_verbs() -> frozenset[str]:
    """``wordlists/no_object_verbs.tsv``: verbs without an object that take "hebben" ("werken"):
    after "van" their noun in -ing has who or what does it ("de werking van de pomp")."""
    return wordlists.words("no_object_verbs", "verb")


def _thing_done(noun):
    """The phrase with "van" after a noun of action that names a thing, not a person or a body
    ("de ontwikkeling van een nieuw model"; not "de beoordeling van de arts", "van de gemeente":
    they may be who acts); None otherwise."""
    for child in noun.children:
        if child.dep_ != "nmod" or child.i < noun.i or child.pos_ not in {"NOUN", "PROPN"}:
            continue
        if not any(c.dep_ == "case" and c.lower_ == "van" for c in child.children):
            continue
        # (``person_word``, not ``_a_person``: its test of the ending takes 'formulieren' for a person)
        if any(t.is_punct for t in child.subtree) or child.pos_ == "PROPN" or person_word(child) \
                or child.ent_type_ in {"PERSON", "ORG"}:
            return None
        return child
    return None


def _door_after(noun):
    """A person after "door" right after the noun's phrase that the parse hangs on the verb, not
    on the noun ("Het besluit volgt uit de beoordeling door een medewerker", "waardoor
    beoordeling door een ambtenaar nodig is"), when that verb has no passive: only a passive has
    a "door" of its own ("wordt na de beoordeling door een arts goedgekeurd": the doctor may
    approve it), so the person does what the noun says. None otherwise."""
    head = noun.head
    if noun.dep_ not in _VERB_PHRASE | {"nsubj", "obj"} or _passive_auxiliaries(head):
        return None  # a passive ("wordt ... goedgekeurd", "is ... aangevuld")
    after = max(t.i for t in noun.subtree) + 1
    for by in head.children:
        # (the parse labels it "obl:agent" at times where no passive is: "waardoor beoordeling
        # door een medewerker nodig is")
        if by.dep_ not in {"obl", "nmod", "obl:agent"} or min(t.i for t in by.subtree) != after or _fixed(by):
            continue
        if any(c.dep_ == "case" and c.lower_ == "door" and c.i == after for c in by.children) and _a_person(by):
            return by
    return None


def _written_down(noun) -> bool:
    """Is the noun the subject of "staan" with a place in a text (``passive.place_in_text``: "De
    berekening van uw huurtoeslag staat in de bijlage", "In de brief staat de beoordeling van uw
    aanvraag")? Then it names the text that says the result, not the act: an act does not stand
    in an appendix. Not another place ("staat op de planning": the act is planned) nor
    "stilstaan" (its particle: "De behandeling van uw aanvraag staat stil")."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_.lower() == "staan" and not any(
        c.dep_ == "compound:prt" for c in verb.children) and any(
        c.dep_ in _VERB_PHRASE and place_in_text(c) for c in verb.children)


def _a_result(noun) -> bool:
    """Does the predicate of the noun as subject say that it names a result or a thing, not an
    act (``result_predicates``)? A result changes, arrives, goes up or down ("De samenstelling
    van uw gezin is veranderd", "De afrekening van uw energie komt in maart"), or a form of
    "zijn"/"worden" says what it is: an amount, a date, high or low ("De aflossing van uw lening
    is 50 euro per maand"). An act lasts, happens, starts or is ready ("De behandeling van uw
    aanvraag duurt acht weken", "... is klaar", "... is te laat"): those stay named."""
    if noun.dep_ not in {"nsubj", "nsubj:pass"}:
        return False
    verb = noun.head
    kinds = result_predicates()
    if verb.lemma_.lower() in {"zijn", "worden"}:  # "wordt hoger": the parse's xcomp is the predicate
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ != "VERB"), verb)
    if verb.i != noun.head.i or any(c.dep_ == "cop" for c in verb.children):
        # an amount or a date ("is 50 euro per maand", "is op 1 maart"), or high or low: a thing;
        # any other word says how the act goes ("is te laat", "is makkelijk", "is klaar")
        return verb.pos_ == "NUM" or any(c.dep_ == "nummod" for c in verb.children) or (
            kinds.get(verb.lemma_.lower()) == "measure" or kinds.get(verb.lower_) == "measure")
    return verb.pos_ in {"VERB", "AUX"} and kinds.get(_with_particle(verb)) == "result"


def _with_particle(verb) -> str:
    """The verb's lemma in lower case with its separated particle in front, if the parse gives it
    one ("komt ... uit": 'uitkomen'; ``_a_result``, ``_agent_of_happening``); a lemma that has it
    already stays as it is ("vindt ... plaats": the parse gives 'plaatsvinden'), as in
    ``_particle_verb``."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")
    return lemma if lemma.startswith(particle) else particle + lemma


#: the form of "zijn" for a form of "plaatsvinden" ("vindt plaats": 'is'); not for the participle:
#: "heeft plaatsgevonden" is no plainer as 'is geweest' ("De selectie is in maart geweest")
_BE_FOR = {"vindt": "is", "vind": "is", "vinden": "zijn", "vond": "was", "vonden": "waren"}
#: prepositions of a phrase that says how or by whom, not when or where ("door de commissie")
_NOT_WHEN_OR_WHERE = frozenset({"door", "via", "met", "middels", "zonder", "aan", "van", "volgens"})


def _plain_be(verb, particle) -> str:
    """The plain form of "zijn" for the form of "plaatsvinden" (``_BE_FOR``), quoted: 'is' for
    "vindt (plaats)", 'was' for "vond", 'zijn' for "(zal) plaatsvinden"; "" for a participle."""
    form = verb.lower_ if particle is not None else verb.lower_.removeprefix("plaats")
    be = _BE_FOR.get(form)
    return f"'{be}'" if be else ""


def _when_or_where(verb) -> bool:
    """Does "plaatsvinden" carry a phrase of time or place ("op 1 juni", "volgende week", "in het
    stadhuis")? Then its subject is an event, and the plain verb is "zijn" ("De opening is op 1
    juni"); not a phrase of how or by whom ("door de commissie")."""
    return any(c.dep_ == "obl" and not any(g.dep_ == "case" and g.lower_ in _NOT_WHEN_OR_WHERE for g in c.children)
               for c in verb.children)


def _comes_next(verb) -> bool:
    """Does "volgen" (a light verb of frame "next") say only that its subject comes next
    ("Daarna volgt een behandeling van uw aanvraag", "In dat geval volgt een controle")? Not with
    an object: then its subject follows something or someone ("De uitvoering volgt het plan", "U
    volgt een opleiding"); not with "uit" or "hieruit": then it says what follows from something,
    a duty or a result ("Uit de wet volgt een verplichting tot betaling"); not with a place in the
    text: then a text comes there ("De uitleg volgt hieronder", "volgt in de bijlage"). The parse
    takes the noun for an object where "volgt" joins a clause with "en" and has no subject of its own
    ("vindt een controle plaats en volgt een behandeling"): that counts as its subject, unless
    the clause before has a person as subject, who then follows it ("Wij bellen u en volgen de
    behandeling van uw zaak")."""
    children = list(verb.children)
    for child in children:
        if child.dep_ in {"iobj", "ccomp", "xcomp"} or child.lower_ in _FROM_WORDS:
            return False
        if child.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "uit" for g in child.children):
            return False
        if _text_places().get("adverb", {}).get(child.lower_) == "" or (
                child.dep_.startswith("obl") and place_in_text(child)):
            return False
    if not any(c.dep_ == "obj" for c in children):
        return True
    if any(c.dep_ in SUBJECT_DEPS for c in children) or verb.dep_ != "conj":
        return False
    return not any(c.dep_ in SUBJECT_DEPS and person_word(c) for c in verb.head.children)


def _agent_of_happening(noun, quote=_token_text) -> tuple[str | None, bool]:
    """Who acts, from "door" on the verb whose subject the noun is, when that verb says only
    that the act happens (a light verb of frame "subject": "De afhandeling van uw klacht gebeurt
    door de ombudsman", "vindt plaats door de commissie") or is the passive of "doen" ("wordt
    gedaan door een arts"): 'de ombudsman handelt uw klacht af'. Only a phrase with an article or
    an owner, or a pronoun ("door ons"): a bare noun after "door" is a cause or a means ("gebeurt
    door drukte later"). (None, False) otherwise."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubj:pass"} or verb.pos_ not in {"VERB", "AUX"}:
        return None, False
    lemma = _with_particle(verb)
    if not (light_verbs().get(lemma, ("",))[0] in SUBJECT_FRAMES or (lemma == "doen" and noun.dep_ == "nsubj:pass")):
        return None, False
    for by in verb.children:
        if by.dep_ not in _VERB_PHRASE | {"obl:agent"} or by.i < verb.i or _fixed(by) or not any(
                c.dep_ == "case" and c.lower_ == "door" for c in by.children):
            continue
        if by.pos_ == "PRON":
            if by.lower_ in _BY_PRONOUNS:
                return _BY_PRONOUNS[by.lower_], by.lower_ in _PLURAL_PRONOUNS
        elif by.pos_ in {"NOUN", "PROPN"} and _one_who_acts(by):
            return _agent_text(by, quote)
    return None, False


def _one_who_acts(phrase) -> bool:
    """May the noun after "door" on a verb of happening be who acts, not the means ("gebeurt door
    een overschrijving", "door een gesprek met u", "door de controle van uw gegevens")? A name or
    a person ("door de heer Jansen", "door een medewerker"); a concrete noun with an article ("door
    een arts", "door de computer"); or a body with "de", "het" or an owner ("door de gemeente", "door
    ons systeem") that is no act itself (a noun in -ing of a verb). Not a bare noun ("door drukte")."""
    dets = [c for c in phrase.children if c.dep_ in {"det", "nmod:poss"}]
    if phrase.pos_ == "PROPN" or phrase.ent_type_ in {"PERSON", "ORG"} or _a_person(phrase):
        return True
    if not dets:
        return False
    lemma = phrase.lemma_.lower()
    if noun_class(lemma) not in {"a", "u"}:
        return True
    definite = any(c.dep_ == "nmod:poss" or c.lower_ in DEFINITE for c in dets)
    return definite and not (lemma.endswith("ing") and verb_of(lemma) is not None)


def _bare_step(noun) -> bool:
    """Is the noun a step of a procedure after "na" without an article or owner ("Na uitvoering
    van het onderzoek bepaalt de consulent ...", "na betaling van de rekening")? A bare noun of
    action after "na" stands for a whole subclause ("nadat iemand het onderzoek heeft
    uitgevoerd") with the person and the tense left out: the officialese form of "nadat", so the
    thing done need not be the reader's. With an article it is a known event ("na de
    verbouwing van de school")."""
    return noun.dep_ in _VERB_PHRASE and not any(c.dep_ in {"det", "nmod:poss"} for c in noun.children) and any(
        c.dep_ == "case" and c.lower_ == "na" for c in noun.children)


def _a_person(phrase) -> bool:
    """Is the noun after "door" a person who acts: a pronoun ("door ons"), a name, or a noun for
    a person by its ending ("medewerkers", "de behandelaar": ``structure.person_noun``)?"""
    from duidelijk.structure import person_noun

    if phrase.pos_ == "PRON":
        return phrase.lower_ in _BY_PRONOUNS
    return phrase.ent_type_ == "PERSON" or person_noun(phrase.lower_) or person_noun(phrase.lemma_.lower())


def _fixed(phrase) -> bool:
    """Is the phrase's preposition part of a fixed one ("door middel van", "door tussenkomst
    van"): no one who acts?"""
    return any(c.dep_ == "case" and any(g.dep_ == "fixed" for g in c.children) for c in phrase.children) \
        or any(c.dep_ == "fixed" for c in phrase.children)


# a clause the parse hangs on a noun
_CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "parataxis"}


def _in_phrase(token, noun) -> bool:
    """Is the token in the noun's phrase, not in a clause hung on it or on its phrases?"""
    while token.i != noun.i:
        if token.dep_ in _CLAUSE_DEPS or token.pos_ in {"VERB", "AUX"} or token.dep_ == "mark" or any(
                c.dep_ in {"mark", "nsubj"} for c in token.children):
            return False  # a clause, or a word the parse made the head of one ("tot ik ...")
        token = token.head
    return True


# who acts as a pronoun after "door", as the subject of the example ("door ons": "wij"): the
# subject forms of DD102's rewrite (``passive.AGENT_SUBJECT_FORMS``), and the pronouns that are
# the same as subject and object ("door u", "door jullie"), which only need to be known here
_BY_PRONOUNS = {**AGENT_SUBJECT_FORMS, "u": "u", "jullie": "jullie"}
# the pronouns of several people: the verb of the example takes the plural ("zij beoordelen")
_PLURAL_PRONOUNS = frozenset({"hen", "hun", "jullie"})
# a phrase on a verb (the parse labels some "nmod": "verder kunnen met de behandeling")
_VERB_PHRASE = {"obl", "obl:arg", "nmod"}
# the writer as the subject of the clause, who does what the noun says in a letter ("Na de
# beoordeling van uw aanvraag sturen wij u een brief": 'wij beoordelen'), and whether the verb
# takes the plural (the infinitive: "wij behandelen") or the stem ("ik behandel"). Not "u":
# "Tijdens de verbouwing van uw woning kunt u ..." ('u' does not rebuild it)
_PERSONS = {"wij": "plural", "we": "plural", "ik": "first"}


# verbs of waiting, going on or starting with an act ("wij wachten met de beoordeling": wij
# beoordelen); with any other verb the subject need not be the one who acts ("Na de indiening
# van uw bezwaar sturen wij ...": the reader lodges it)
_GOING_ON = {"wachten", "beginnen", "starten", "doorgaan"}


def _clause_person(noun, verb: str) -> str | None:
    """The personal pronoun that is the subject of the clause the noun stands in ("hoe eerder
    wij verder kunnen met de behandeling van uw aanvraag": 'wij'), when that clause is in the
    present tense and not in the perfect, and the subject is the one who does what the noun
    says: the clause waits, goes on or starts with it ("verder", "wachten met"), or the verb
    is what the writer does with a case (``handling_verbs``: "Na de beoordeling van uw
    aanvraag sturen wij ..."); else None."""
    head = noun.head
    if noun.dep_ not in _VERB_PHRASE or head.pos_ not in {"VERB", "AUX"}:
        return None
    if verb not in handling_verbs() and head.lemma_.lower() not in _GOING_ON and not any(
            c.lower_ in {"verder", "door"} and c.dep_ in {"advmod", "compound:prt"} for c in head.children):
        return None
    verbs = [head, *(c for c in head.children if c.dep_ in {"aux", "aux:pass", "cop"})]
    if any("Past" in v.morph.get("Tense") or v.lemma_ in {"hebben", "zijn", "worden"} for v in verbs):
        return None
    return next((c.lower_ for c in head.children if c.dep_ == "nsubj" and c.lower_ in _PERSONS), None)


def _main_clause(person: str, verb: str, what: str, plural: bool = False) -> str:
    """A main clause in the present tense: who, the verb in its form for that person (the
    plural for "wij" or a plural "door" phrase: "de ambtenaren stellen"), what, and a separable
    particle at the end ("de gemeente kent uw toeslag toe")."""
    particle, rest = separable(verb)
    kind = "plural" if plural else _PERSONS.get(person, "third")
    if kind == "plural":
        form = rest
    else:
        _, form = present_singular("", rest)
        if kind == "first" and form.endswith("t") and not rest.endswith(("ten", "tten")):
            form = form[:-1]
    return f"{person} {form} {what}" + (f" {particle}" if particle else "")


def _known_thing(noun) -> bool:
    """Does the noun have "de", "het", "deze" ... or an owner before it: a thing the reader
    knows already ("De aanpassing aan uw woning is uitgevoerd" reports it done)?"""
    return any(c.dep_ in {"det", "nmod:poss"} and (c.lower_ in DEFINITE or c.dep_ == "nmod:poss")
               for c in noun.children if c.i < noun.i)


def _imperative_object(verb, tokens, frame):
    """The noun right after a light verb that opens its sentence as a command, when the parse
    hangs it elsewhere ("Doe een melding als afval is blijven liggen": 'melding' as the
    object of 'liggen'): an article, adjectives, then the noun. Empty otherwise."""
    if frame != "object" or not tokens or tokens[0].i != verb.i or any(c.dep_ == "obj" for c in verb.children):
        return []
    for tok in tokens[1:5]:
        if tok.pos_ == "NOUN":
            return [tok] if tok.head.i != verb.i else []
        if tok.pos_ not in {"DET", "ADJ"}:
            return []
    return []


# prepositions of a phrase on a noun of action that names what its verb acts on: "een melding
# van schade" (schade melden), "een aanvraag voor aanpassing" (aanpassing aanvragen), "een
# aanvraag tot herstel", "een voorspelling over de kosten" (de kosten voorspellen)
_OBJECT_PREPOSITIONS = frozenset({"van", "voor", "tot", "over"})


def _carries_object(noun, verb) -> bool:
    """Does the noun of an everyday light verb carry, in a phrase of its own, what the plain
    verb would take as its object ("Het model doet een voorspelling over de kosten": 'Het model
    voorspelt de kosten'; "U heeft een aanvraag gedaan voor aanpassing": 'U heeft aanpassing
    aangevraagd')? Then the noun does the verb's whole work, object and all, and the light verb
    only carries it. The phrase hangs on the noun, or (as the parse often has it) on the light
    verb right after the noun: a light verb takes no such phrase of its own. Not a noun with
    "de", "het" or an owner (a thing the reader knows: ``_an_action``), and not a phrase that
    says for whom ("voor u", "voor uw kind"). A plural ("voorspellingen doen over de kosten")
    is taken for the message's form but stays DD106's (``_light_verbs``: not core)."""
    if any(c.dep_ == "det" and c.lower_ not in {"een", "geen"} for c in noun.children):
        return False
    last = max(t.i for t in noun.subtree if t.i >= noun.i)
    verb_words = {verb.i} | {c.i for c in verb.children if c.dep_ in {"aux", "aux:pass", "compound:prt"}}
    for phrase in [*noun.children, *verb.children]:
        if phrase.dep_ not in {"nmod", "obl", "obl:arg"} or phrase.i <= noun.i or phrase.pos_ not in {"NOUN", "PROPN"}:
            continue
        case = next((c for c in phrase.children if c.dep_ == "case"), None)
        if case is None or case.lower_ not in _OBJECT_PREPOSITIONS or any(c.dep_ == "fixed" for c in case.children):
            continue
        if phrase.head.i != noun.i and not all(k in verb_words for k in range(last + 1, case.i)):
            continue  # on the verb, not right after the noun (or after the noun and the verb's
            # words: "een aanvraag gedaan voor aanpassing", "een voorspelling worden gedaan over
            # de kosten"): the verb's own phrase
        if _a_person(phrase) or case.lower_ == "voor" and (person_word(phrase) or noun_class(
                phrase.lemma_.lower()) == "c" and any(c.dep_ == "nmod:poss" for c in phrase.children)):
            continue  # "een aanvraag doen voor uw zoon", "voor uw bedrijf", "voor de buurt": for whom
            # (a person or a body of people), not what; after "van" a person may be what is done
            # ("een aanmelding doen van uw kind": 'uw kind aanmelden')
        if _says_when(phrase) or case.lower_ == "tot" and any(
                c.dep_ == "det" and c.lower_ in DEFINITE for c in phrase.children):
            continue  # "een aanvraag doen tot het einde van het jaar", "tot uiterlijk 1 mei", "van
            # maandag tot vrijdag", "tot de zomervakantie" (what one asks for after "tot" is not
            # there yet and has no "de": "een aanvraag tot herstel"): when, not what
        return True
    return False


def _says_when(phrase) -> bool:
    """Does a phrase name a time: its noun, or a word of a date the parse hangs on it ("tot
    uiterlijk 1 mei": 'uiterlijk' with '1' and 'mei'), is a noun of time (``names._time_noun``:
    'einde', 'maandag', 'mei', 'wachttijd') or a point in time (``long_words.time_points``:
    'deadline', 'sluitingsdatum')?"""
    words, points = [phrase], time_points()
    for word in words:
        words.extend(c for c in word.children if c.dep_ in {"flat", "appos", "nummod"})
    return any(_time_noun(w) or w.endswith(points) for t in words for w in {t.lower_, t.lemma_.lower()})


def _form_like(verb, plain: str) -> str:
    """The plain verb in the form the light verb has in the sentence, so it can take its place:
    the participle for a participle ("gedaan": 'aangevraagd'), the infinitive for an infinitive
    ("kan melding doen": 'melden'), with "te" before it the particle of a separable verb and
    "te" ("om een aanmelding te doen": 'aan te melden', never 'te aanmelden'), the third person
    for "doet" ('voorspelt'), the plural for "doen" ("Wij doen een schatting": 'schatten'); "" for
    another form, or a separable verb in a finite form (its particle moves to the end). The participle is the one Dutch text knows (``jargon.participle``:
    'beschreven', 'ingeschreven'), never a form of the present ('vergelijkt', 'verzend') nor
    "ge" after a particle that does not split ('ondergezocht'): "" then."""
    from duidelijk.rules.jargon import participle

    form = verb.morph.get("VerbForm")
    if "Part" in form:
        done = participle(plain)
        particle, rest = separable(plain)
        stem = stem_from_infinitive(rest)
        if done in {particle + stem, particle + stem + "t"} or not particle and any(
                plain.startswith(p) and done.startswith(p + "ge") for p in PARTICLES):
            return ""
        return done
    if "Inf" in form:
        particle, rest = separable(plain)
        if particle and any(c.dep_ == "mark" and c.lower_ == "te" for c in verb.children):
            return f"{particle} te {rest}"
        return plain
    if "Fin" in form and "Pres" in verb.morph.get("Tense") and not separable(plain)[0]:
        if "Sing" in verb.morph.get("Number") and verb.lower_.endswith("t"):
            return present_singular("", plain)[1]
        if "Plur" in verb.morph.get("Number") and verb.lower_ == "doen":
            return plain  # "Wij doen een schatting": 'Wij schatten'
    return ""


# an owner word and the subjects that are the same person ("uw melding doet u")
_OWNER_SUBJECTS = {"uw": {"u"}, "onze": {"wij", "we"}, "ons": {"wij", "we"}, "je": {"je", "jij"},
                   "jouw": {"je", "jij"}}


def _owner_acts(owner, verb) -> bool:
    """Is the owner of a light verb's noun the one who acts: the verb's subject ("Uw melding
    doet u via het formulier": you report it)? Not another person's thing ("Wij geven uw
    aanvraag door")."""
    if verb is None:
        return False
    persons = _OWNER_SUBJECTS.get(owner.lower_)
    return bool(persons) and any(c.dep_ == "nsubj" and c.lower_ in persons for c in verb.children)


def light_noun_verb(noun: str, light: str = "", formal: bool = False) -> str | None:
    """The verb a light verb's noun is made from, when that verb says it plainer, else None:
    a noun in -ing ("melding" -> "melden", ``verb_of``), a loan noun in -tie or -sie
    ("inspectie" -> "inspecteren"), or a noun with a particle or prefix that is the stem of
    its verb ("aanvraag" -> "aanvragen", "onderhoud" -> "onderhouden"). The noun must be an
    action in LiNT-II's list (abstract; with a formal light verb also of either kind: "de
    reiniging"), or a compound whose last part is one ("bodemonderzoek"); not an everyday pair
    (``everyday_pairs``: "toestemming geven")."""
    from duidelijk.dictionary import compound_parts

    if (noun, light) in everyday_pairs():
        return None
    kinds = {"a", "u"} if formal else {"a"}
    if noun_class(noun) is None:
        parts = compound_parts(noun)
        if len(parts) < 2 or (parts[-1], light) in everyday_pairs():
            return None
        noun = parts[-1]
    if noun_class(noun) not in kinds:
        return None
    return _plain_verb(noun)


@cache
def _loan_formation(noun: str, verb: str) -> bool:
    """Is ``verb`` the '-eren' verb a loan noun in -tie or -sie is made from by Dutch word
    formation? "-ctie", "-ptie": the "t" stays ("inspectie": inspecteren, "adoptie": adopteren);
    "-sie": "s" ("revisie": reviseren); "-ctie" and "-utie" may also lose the "t" ("productie":
    produceren, "distributie": distribueren); "-atie", "-uctie", "-mptie" lose a letter more
    ("publicatie": publiceren, "constructie": construeren, "consumptie": consumeren).
    ``action_noun_verbs`` gives any noun all four cuts, which makes a verb of another sense out
    of some: "visie" is no 'vieren' or 'veren', "missie" no 'mieren', "sanctie" no 'saneren'
    (rev40d, fortieth session)."""
    base = noun[:-3]
    if verb in {base + "teren", base + "seren"}:
        return True
    if verb == base + "eren":
        return base.endswith(("c", "u"))
    return noun.endswith(("atie", "uctie", "mptie")) and verb == noun[:-4] + "eren"


def _plain_verb(noun: str) -> str | None:
    """``light_noun_verb`` without the pair and kind checks: the verb, if common enough."""
    from duidelijk.dictionary import PREFIXES, exists
    from duidelijk.rules.long_words import action_noun_verbs
    from duidelijk.verbs import _infinitives, past_participle

    if noun.endswith("ing"):
        return verb_of(noun)
    if noun.endswith(("tie", "sie")):
        verb = next((v for v in action_noun_verbs(noun) if zipf(v) >= 2.5 and _loan_formation(noun, v)), None)
        return verb if verb and zipf(verb) >= zipf(noun) - 1.5 else None
    if not any(noun.startswith(p) and len(noun) >= len(p) + 3 for p in PREFIXES):
        return None  # "werk doen", "plaats nemen", "deel nemen": no verb in disguise
    for verb in sorted(_infinitives(noun), key=zipf, reverse=True):
        if zipf(verb) < 3.0:
            break  # (the rest are no more common: most of the spellings made are no word at all)
        if exists(verb) and (participle := past_participle(verb)) != noun and zipf(participle) >= 2.5 \
                and _a_verb(verb):
            return verb
    return None
