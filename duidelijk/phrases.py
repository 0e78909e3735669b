"""Match word-list entries (single words and expressions) on lemmas, as data from wordlists/.

"verstrekt" matches "verstrekken"; "stuurt ... toe" matches "toesturen"; an expression that
starts with a verb, or that ends in "te" ("dienen te"), may have a few words in between.

An expression is listed in the order of a subclause, with its verb last ("in behandeling
nemen", "dat wij uw aanvraag in behandeling nemen"). A main clause puts the finite verb second
and the rest after it: "Wij nemen uw aanvraag in behandeling", "Er doet zich een fout voor",
"Deze regel is van toepassing". So an expression with a verb after its first word also matches
with that verb first, when the verb is finite, the other words stand together after it in the
same clause, and the parse links them to the verb.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import attrgetter, is_, itemgetter
from typing import Any

from duidelijk.model import import_spacy

import_spacy()  # before any other spaCy import: without spaCy's command-line part (cold start)
from spacy.strings import hash_string  # noqa: E402
from spacy.symbols import ADJ, NOUN, VERB  # noqa: E402

from duidelijk import wordlists
from duidelijk.dictionary import exists, noun_lemmas, verb_lemmas
from duidelijk.lexicon import zipf
from duidelijk.metrics import row_keys, token_table
from duidelijk.rules.clauses import is_finite
from duidelijk.verbs import PARTICLES, own_participle, present_singular, verb_forms

MAX_GAP = 6
# words that may follow the verb of a listed expression: its preposition ("ten grondslag
# liggen aan", "in het bezit zijn van")
_PREPOSITIONS = frozenset("aan van op voor met tot naar over in om bij uit tegen".split())
# words that make the words before a verb a noun phrase ("het voornemen", "uw schrijven")
_DETERMINERS = frozenset("de het een uw zijn haar hun ons onze mijn dit dat deze die".split())
# short verbs and their third person ("gaan": "gaat"), which the rules for "-en" miss
_SHORT_THIRD = {"doen": "doet", "gaan": "gaat", "staan": "staat", "slaan": "slaat", "zien": "ziet"}
_SHORT_VERBS = frozenset(_SHORT_THIRD) | {"zijn"}


_KEYS = "duidelijk.token_keys"  # Doc.user_data: the match keys of every token, made once per Doc
_LOOSE = "duidelijk.loose_particles"  # Doc.user_data: the particles _loose_particles found
_SPLIT_ER = "duidelijk.split_er"  # Doc.user_data: {"er" token: (preposition, its token)} of a split "erop"
# particles longest first, grouped by first letter (a lemma can only start with those); with
# "voort" (_LOOSE_PARTICLES), which the lemmatizer may put before a verb ("Daaruit vloeit voort":
# 'voortvloeien', where after "Hieruit" it gives 'vloeien')
_PARTICLES_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _p in sorted({*PARTICLES, "voort"}, key=len, reverse=True):
    _PARTICLES_BY_LETTER[_p[0]] = _PARTICLES_BY_LETTER.get(_p[0], ()) + (_p,)


def token_keys(token) -> frozenset[str]:
    """The forms a token can match: its text, its lemma, and the lemma with its particle.

    A lemma much longer than the word that does not start like it ("Vindt" -> "plaatsvinden")
    is a guess of the lemmatizer and is not used. So is a separable particle that the lemma adds
    but the sentence lacks: "Wij delen hem met niemand" is not "meedelen".

    The keys of all tokens of a Doc are made once, the first time one is asked for, and kept
    with the Doc: every rule and every word list reads the same table.
    """
    return doc_keys(token.doc)[token.i]


def doc_keys(doc) -> list[frozenset[str]]:
    """The match keys of every token of ``doc`` (see ``token_keys``), made once per Doc."""
    table = doc.user_data.get(_KEYS)
    if table is None or len(table) != len(doc):
        table = _make_keys(doc)
        doc.user_data[_KEYS] = table
    return table


_SPANS = "duidelijk.span_keys"  # Doc.user_data: (the keys table, {(start, end): every key of those tokens})


def span_keys(doc, start: int, end: int) -> frozenset[str]:
    """Every match key of the tokens ``start:end`` of ``doc`` (the union of their
    ``doc_keys``), made once per range per Doc: DD103, DD106 and DD114 each ask it of every
    sentence before they look closer."""
    table = doc_keys(doc)
    spans = doc.user_data.get(_SPANS)
    if spans is None or spans[0] is not table:
        spans = doc.user_data[_SPANS] = (table, {})
    found = spans[1].get((start, end))
    if found is None:
        found = spans[1][(start, end)] = frozenset().union(*table[start:end])
    return found


# Per distinct (lower-case form, lemma, participle-like word class): the form, the lemma as
# matching uses it, and the keys of a token that needs nothing from its sentence. Worked out
# once per process (bounded) and shared by every Doc: most tokens of a text are common words.
# (The key is the three as one bytes object: no tuple per token to make and hash.) The last
# fact is ``_strip_plan(word, lemma)``: None for most words, whose lemma no sentence changes.
_FORMS: dict[bytes, tuple[str, str, frozenset[str], bool, tuple[str, frozenset[str]] | None]] = {}
_PARTICIPLE_LIKE, _NOUN, _VERB = 1, 2, 3  # the word class column of the key (_VERB: a participle-like verb)
_FORMS_MAX = 50_000  # about 30 MB when full (580 bytes a form); a letter has a few hundred


def _form_facts(strings, key: bytes, lower: int, lemma_id: int, word_class: int, word: str | None = None,
                lemma: str | None = None):
    """The match facts of a form (``_FORMS``). ``word`` and ``lemma``: the strings of ``lower``
    and ``lemma_id`` when the caller has them (a token fact holds both), else read from ``strings``."""
    if word is None:
        word, lemma = strings[lower], strings[lemma_id]
    lemma = lemma.lower().replace("_", "")
    if len(lemma) > len(word) + 4 and lemma[:2] != word[:2] and not _particle_first(lemma, word):
        lemma = word  # a wild guess of the lemmatizer
    # an inflected participle: "onderstaande" -> "onderstaand"
    inflected = word_class in (_PARTICIPLE_LIKE, _VERB) and len(word) > 6 and word.endswith(("nde", "de", "te"))
    keys = {word, lemma, word[:-1]} if inflected else {word, lemma}
    if word_class in (_PARTICIPLE_LIKE, _VERB):
        keys |= _particle_verb(word, lemma)
    if word_class == _VERB and _lemma_says_nothing(word, lemma):
        # a verb only: the adjective "bezig" is no "bezigen"; a lemma that is no word
        # ("terugvorder" -> 'terugvorer') says as little as none
        keys |= _one_infinitive(word) | _strong_participle(word)
    if word_class in (_PARTICIPLE_LIKE, _VERB) and "iee" in word:
        keys |= _trema_infinitives(keys)  # "varieert": 'variëren'
    if word_class == _NOUN:
        # a plural the lemmatizer left as it was matches its singular: "randvoorwaarden" is
        # "randvoorwaarde" (the rule then proposes the plural of the alternative); so does one
        # whose lemma it garbled ("jaaropgaven" -> 'jaaropgaav'). noun_lemmas reads only a form
        # of six letters or more in -en or -s that is its own lemma: only for such a form is it
        # asked whether the lemma is garbled (a look-up in the word list for a new lemma)
        garbled = lemma != word and len(word) >= 6 and word.endswith(("en", "s")) and _garbled(lemma)
        keys |= noun_lemmas(word, word if garbled else lemma)
    keys = frozenset(keys)
    plan = _strip_plan(word, lemma) if lemma != word and lemma[:1] in _PARTICLES_BY_LETTER else None
    if len(_FORMS) >= _FORMS_MAX:
        _FORMS.clear()
        _forget_match_forms()
    facts = _FORMS[key] = (word, lemma, keys, inflected, plan)
    return facts


def _trema_infinitives(keys) -> set[str]:
    """The infinitive with a trema of a loan verb in "-iëren" ("variëren", "definiëren",
    "initiëren"), whose other forms Dutch spells without one ("varieert", "definieer",
    "initieerde": "ie" and "ee" cannot be read wrong, "ie" + "en" can). The lemmatizer and
    the spelling rules of ``verb_lemmas`` give the infinitive without it ('varieren'): a list
    that holds the verb ("variëren") would miss its forms. A key ending in "ieren" after a
    consonant gets the spelling with "ë" as well; a native verb ("vieren", "versieren") only
    gets a key no list holds."""
    return {k[:-5] + "iëren" for k in keys
            if len(k) > 7 and k.endswith("ieren") and k[-6] not in "aeiou"}


def _garbled(lemma: str) -> bool:
    """Is the lemmatizer's lemma no word at all: not in the word list, never used? (Its use
    asked first: one look-up, where the word list's ``exists`` tries the word's stems too, and
    most lemmas are used.)"""
    return zipf(lemma) == 0 and not exists(lemma)


def _lemma_says_nothing(word: str, lemma: str) -> bool:
    """Did the lemmatizer leave the word as it was, or give a lemma that is no word ("deel" ->
    'deelen', "terugvorder" -> 'terugvorer')? Then the word's own forms decide."""
    return lemma == word or _garbled(lemma)


def _strong_participle(word: str) -> set[str]:
    """The infinitive of the strong participle of a particle verb that the lemmatizer left as
    it was ("toegezonden": 'toezenden', "opgeheven": 'opheffen'): particle, 'ge', and a form
    the dictionary reads as exactly one verb with that particle; none for other words."""
    if len(word) < 8 or not word.endswith("en"):
        return set()
    for particle in _PARTICLES_BY_LETTER.get(word[:1], ()):
        if word.startswith(particle + "ge"):
            found = {v for v in verb_lemmas(word) if v != word and v.startswith(particle) and exists(v)}
            return found if len(found) == 1 else set()
    return set()


def _particle_first(lemma: str, word: str) -> bool:
    """Is ``lemma`` a particle before the word's own verb ('voortvloeien' for "vloeit"), not a
    wild guess of the lemmatizer?"""
    return any(lemma.startswith(p) and lemma[len(p):len(p) + 2] == word[:2]
               for p in _PARTICLES_BY_LETTER.get(lemma[:1], ()))


def _one_infinitive(word: str) -> set[str]:
    """The infinitive of a verb form the lemmatizer left as it was ("Ik beslis op uw
    aanvraag": 'beslis'), when the dictionary knows exactly one ('beslissen'); none when it
    knows two ('stel': 'stellen' and 'stelen'), which only the sentence could tell apart.
    A candidate that Dutch text hardly uses next to a common one is a spelling the stem
    allows but the language does not: 'wijs' is 'wijzen' (zipf 4.6), not the old or made
    spelling 'wijsen' (1.2), as 'kies' is 'kiezen'; two real verbs stay two ('stel')."""
    if len(word) < 4 or word.endswith("en"):
        return set()
    found = {v for v in verb_lemmas(word) if exists(v)} or _short_compound_verb(word)
    if len(found) > 1:
        best = max(zipf(v) for v in found)
        found = {v for v in found if zipf(v) > best - _RARE_SPELLING_GAP}
    return found if len(found) == 1 else set()


def _short_compound_verb(word: str) -> set[str]:
    """The infinitive of a verb that ends in a short verb ("voldoet", "voldoe": 'voldoen';
    "ontstaat": 'ontstaan'), whose forms the dictionary's rules for "-en" miss: the lemmatizer
    leaves such a form as it is when it opens a sentence with a capital ("Voldoet u aan de
    voorwaarden?"), where the same form in lower case gets its infinitive."""
    found = set()
    for verb, third in _SHORT_THIRD.items():
        for form in (third, verb[:-1]):
            if word.endswith(form) and len(word) - len(form) >= 2 and exists(word[:-len(form)] + verb):
                found.add(word[:-len(form)] + verb)
    return found


# how much less often (zipf) than the common infinitive a candidate must be used to count as a
# spelling no one writes ('wijsen' 1.2 against 'wijzen' 4.6) rather than a verb of its own
# ('stelen' 4.2 against 'stellen' 5.2, 'verstreken' against 'verstrekken')
_RARE_SPELLING_GAP = 1.5


def _particle_verb(word: str, lemma: str) -> set[str]:
    """The infinitive of a particle verb written as one word whose lemma the lemmatizer got
    wrong and whose form the dictionary cannot read ("dat dit niets afdoet aan": 'afdoeten',
    no word): the particle and the verb's own lemma ('af' + 'doen'). Empty for other words."""
    for particle in _PARTICLES_BY_LETTER.get(word[:1], ()):
        if not word.startswith(particle):
            continue
        rest = word[len(particle):]
        if len(rest) >= 3:
            if exists(lemma) or verb_lemmas(word):
                return set()  # the lemma, or the dictionary's reading of the form, is right
            verbs = verb_lemmas(rest) or {v for v, third in _SHORT_THIRD.items() if rest in {third, v[:-1]}}
            return {particle + v for v in verbs}
    return set()


def _forget_match_forms() -> None:
    """The token facts (``metrics._facts``, up to four times as many as ``_FORMS`` holds) let
    go of the match facts they keep, so that no more than ``_FORMS_MAX`` forms stay in memory
    when ``_FORMS`` starts over (a web worker checks text after text)."""
    from duidelijk.metrics import forget_match_forms

    forget_match_forms()


_MATCH_FORM = attrgetter("match_form")  # of a token fact (metrics._Facts): its _FORMS entry, or None
_KEYS, _PLAN = itemgetter(2), itemgetter(4)  # of a _FORMS entry: its keys, its _strip_plan
_ER_ID = hash_string("er")  # the string id of "er" (LOWER), the same in every vocabulary
PARTICLE_LABEL = hash_string("compound:prt")  # the string id of the label (DEP) of a separable particle


def _make_keys(doc) -> list[frozenset[str]]:
    if not len(doc):
        return []
    strings = doc.vocab.strings
    tokens = token_table(doc)  # the heads and sentences, as Token.head and Doc.sents
    # The match facts of a token depend on its form, lemma and part of speech only, which its
    # token facts (metrics._Facts) hold: each token fact keeps them once they are made, so a
    # Doc of words seen before needs one attribute read per token.
    token_facts = tokens.facts
    facts = list(map(_MATCH_FORM, token_facts))  # (a loop in C: no Python step per token)
    # the tokens whose fact has no match facts yet (a new word), picked in C
    missing = list(compress(range(len(facts)), map(is_, facts, repeat(None)))) if None in facts else []
    if missing:
        rows = tokens.key_columns()[missing]  # LOWER, LEMMA, POS, DEP, read with the table's other columns
        cols = rows[:, :3].copy(order="C")
        # may be an inflected participle (1, an adjective; 3, a verb), a noun that may be a
        # plural (2), or neither (0)
        cols[:, 2] = (rows[:, 2] == ADJ) * _PARTICIPLE_LIKE + (rows[:, 2] == VERB) * _VERB + (rows[:, 2] == NOUN) * _NOUN
        packed = row_keys(cols)
        for n, (i, (lower, lemma_id, word_class)) in enumerate(zip(missing, cols.tolist())):
            fact = token_facts[i]
            form = _FORMS.get(packed[n])
            if form is None:  # its form and lemma as the token fact holds them: no look-up in the string store
                form = _form_facts(strings, packed[n], lower, lemma_id, word_class, fact.lower, fact.lemma)
            facts[i] = fact.match_form = form
    table = list(map(_KEYS, facts))
    at_prt = tokens.with_dep(strings.as_int("compound:prt"))  # "compound:prt" tokens
    loose = _loose_particles(tokens, facts, strings)
    doc.user_data[_LOOSE] = frozenset(i for _, _, i in loose)
    split_er = _split_er(doc, facts, tokens.with_lower(_ER_ID))
    doc.user_data[_SPLIT_ER] = split_er
    # a lemma that may lose its particle, when the sentence lacks that particle (_strip_plan)
    # (a plan is a tuple, never empty: the tokens whose plan is not None, picked in C)
    strip = list(compress(range(len(facts)), map(_PLAN, facts)))
    for i, (prep, _) in split_er.items():
        table[i] = table[i] | {"er" + prep}
    if not strip and not at_prt and not loose:
        return table
    heads = tokens.heads
    particles = [(heads[i], facts[i][0]) for i in at_prt if heads[i] != i]  # (head, particle)
    particles += [(head, word) for head, word, _ in loose]
    changed: dict[int, str] = {}  # token -> its lemma, where the sentence changes the lemma
    also: dict[int, str] = {}  # token -> the verb without its particle, as a key of its own
    if strip:
        bounds = tokens.sent_bounds
        starts = [start for start, _ in bounds]
        sentence_words: dict[int, set[str]] = {}  # the sentence's words, made when a particle needs them
        for i in strip:
            k = bisect.bisect_right(starts, i) - 1
            words = sentence_words.get(k)
            if words is None:
                start, end = bounds[k]
                words = sentence_words[k] = {f[0] for f in facts[start:end]}
                if "mede" in words and all(_mede_as_also(token_facts, facts, m)
                                           for m in range(start, end) if facts[m][0] == "mede"):
                    words.discard("mede")  # no 'mededelen' in "Wij delen uw zorgen, mede omdat ..."
            rest, spellings = facts[i][4]
            if spellings.isdisjoint(words):
                changed[i] = rest
            else:
                # the particle stands apart in the sentence ("Daaruit vloeit voort"): the verb
                # without it matches too, as when the lemmatizer leaves the particle off
                # ('vloeien' after "Hieruit"), so "daaruit vloeien voort" is found either way
                also[i] = rest
    if not changed and not particles and not also:
        return table
    with_particles: dict[int, list[str]] = {}
    for head, particle in particles:
        with_particles.setdefault(head, []).append(particle)
    for i in changed.keys() | with_particles.keys() | also.keys():
        word, lemma, _, inflected, _ = facts[i]
        lemma = changed.get(i, lemma)
        keys = {word, lemma, word[:-1]} if inflected else {word, lemma}
        if token_facts[i].pos == "VERB" and _lemma_says_nothing(word, lemma):
            # the infinitive _form_facts gave it ("Ik wijs u er verder op": 'wijs' is
            # 'wijzen', also when the parse calls 'op' its particle)
            infinitives = _one_infinitive(word)
            keys |= infinitives
            # with its particle apart: "Ik vorder het bedrag terug" is 'terugvorderen'
            keys.update(particle + v for particle in with_particles.get(i, ()) for v in infinitives)
        if i in also:
            keys.add(also[i])
        for particle in with_particles.get(i, ()):
            keys.add(particle + lemma)
            if token_facts[i].pos == "NOUN":  # a verb taken for a noun ("licht ... toe"): its infinitive
                keys.update(v for v in verb_lemmas(particle + word) if exists(v))
        table[i] = frozenset(keys)
    return table


# A particle that ends a main clause but that the parse did not call one: it hangs the word on
# the verb as a preposition or an adverb ("Wij kennen u een vergoeding toe": 'toe' is 'case';
# "De kosten vloeien voort uit de wet": 'voort' is 'advmod'). 'voort' is no particle of
# verbs.PARTICLES (which the lemma splitter uses), but is one of 'voortvloeien', 'voortzetten';
# 'mede' is the written 'mee' of 'mededelen' ("Met deze brief delen wij u mede dat ...", where
# the lemmatizer leaves 'delen' as it is).
_LOOSE_PARTICLES = frozenset(PARTICLES) | {"voort", "mede"}
# a preposition before the word that makes it the second half of a circumposition ("naar u
# toe", "tot vandaag toe", "op de deur af", "van jongs af", "van binnen uit"): no particle then
_CIRCUMPOSITION = {"toe": {"naar", "tot"}, "af": {"op", "van"}, "uit": {"van"}, "door": {"tussen"},
                   "in": {"naar"}, "op": {"naar"}, "over": {"onder"}}
_LOOSE_DEPS = ("case", "advmod", "xcomp")
# the particles that are adjectives: only these may be a loose particle that the parse calls a
# predicate of the object ('xcomp': "Wij laten uw inkomen vrij", "Wij stellen de datum vast")
_ADJECTIVE_PARTICLES = frozenset({"vrij", "vast", "los", "open", "dicht", "kwijt", "bekend", "terecht"})


# the prepositions that make one word with "er" ("erop", "ervan"), as that word spells them
_ER_PREPOSITIONS = {"op": "op", "van": "van", "over": "over", "aan": "aan", "in": "in", "voor": "voor",
                    "om": "om", "uit": "uit", "met": "mee", "mee": "mee", "tot": "toe", "toe": "toe"}
# what may stand between "er" and its preposition: "er nogmaals op", "er al eerder op", "er graag
# op", "er niet op" (a negation keeps the split: "Wij wijzen u er niet nogmaals op" is still
# 'laten weten'; the entry whose alternative a negation flips, "erop vertrouwen" -> 'hopen', is
# held back by DD103 itself)
_ER_BETWEEN = frozenset({"ADV", "ADJ"})


def _split_er(doc, facts, at: Iterable[int] | None = None) -> dict[int, tuple[str, int]]:
    """{"er": (preposition, its token)} where Dutch splits "erop" with adverbs between ("Wij
    wijzen u er nogmaals op dat ...", "Wij maken u er graag op attent"): the preposition has
    no noun of its own after it (a conjunction, punctuation, a verb or an adjective follows),
    and at most three adverbs stand between. The "er" token then also matches "erop", so the
    listed "erop wijzen" is found as it is in its unsplit form. ``at``: the tokens whose
    form is "er" (``TokenTable.with_lower``), if at hand."""
    out: dict[int, tuple[str, int]] = {}
    n = len(facts)
    for i in range(n - 2) if at is None else at:
        if i >= n - 2 or facts[i][0] != "er":
            continue
        j = i + 1
        while j < n and j - i <= 4 and doc[j].pos_ in _ER_BETWEEN and facts[j][0] not in _ER_PREPOSITIONS:
            j += 1
        if j == i + 1 or j >= n or j - i > 4:
            continue  # "erop" written apart without words between is matched as it is
        prep = _ER_PREPOSITIONS.get(facts[j][0])
        if prep is None:
            continue
        after = doc[j + 1] if j + 1 < n else None
        if after is not None and not (after.is_punct or after.pos_ in {"SCONJ", "VERB", "AUX", "ADJ"}):
            continue  # "er nog op de kaart": 'op' has a noun of its own
        out[i] = (prep, j)
    return out


def _with_split_er(found: list) -> list:
    """The matched tokens with the preposition of a split "er ... op" among them ("wijzen u er
    nogmaals op" for "erop wijzen"), in the order of the text; the same list (or Moved) kind."""
    if not found:
        return found
    split = split_er(found[0].doc)
    if not split:
        return found
    extra = [found[0].doc[split[t.i][1]] for t in found if t.i in split]
    extra = [t for t in extra if t not in found]
    if not extra:
        return found
    out = type(found)([*found, *extra])
    out.sort(key=lambda t: t.i)
    return out


def split_er(doc) -> dict[int, tuple[str, int]]:
    """The split "er ... op" of ``doc`` (``_split_er``), made with its match keys."""
    doc_keys(doc)
    return doc.user_data.get(_SPLIT_ER, {})


def loose_particles(doc) -> frozenset[int]:
    """The tokens of ``doc`` that ``_loose_particles`` takes as a particle of their verb."""
    doc_keys(doc)
    return doc.user_data.get(_LOOSE, frozenset())


def _mede_as_also(token_facts, facts, i: int) -> bool:
    """Is 'mede' at ``i`` the adverb 'also' before a phrase or a clause ("mede omdat ...", "mede
    door de huur", "mede namens de wethouder"), not the written 'mee' of 'mededelen' ("delen u
    mede dat ...")?"""
    after = i + 1
    return after < len(facts) and (token_facts[after].pos == "ADP" or (
        token_facts[after].pos == "SCONJ" and facts[after][0] != "dat"))


def _loose_particles(tokens, facts, strings) -> list[tuple[int, str, int]]:
    """(verb, particle, its token) for a separable particle that stands apart after its finite verb and
    that the parse hangs on the verb as 'case' or 'advmod' instead of 'compound:prt'. Only at
    the end of the clause (before punctuation, the end, a preposition or a conjunction: "vloeien
    voort uit de wet", "zeggen u toe dat ...") and not as the second half of a circumposition.
    The key it adds (particle + lemma) matches only a listed verb."""
    found: list[tuple[int, str, int]] = []
    heads, token_facts = tokens.heads, tokens.facts
    for label in _LOOSE_DEPS:
        if label not in strings:
            continue
        for i in tokens.with_dep(strings.as_int(label)):
            word = facts[i][0]
            head = heads[i]
            if word == "weer":
                if label != "advmod" or head >= i or not _weer_separable(facts[head][1]):
                    continue  # 'weer' is 'again' after every other verb ("Wij bellen u weer")
            elif word not in _LOOSE_PARTICLES or head >= i or label == "xcomp" and word not in _ADJECTIVE_PARTICLES:
                continue
            if token_facts[head].pos != "VERB" and not _verb_taken_for_noun(tokens, token_facts, head, strings):
                continue
            if facts[head][1].startswith(word) or facts[head][0].startswith(word):
                continue  # "opschorten ... op" has its particle already
            after = i + 1
            if after < len(facts) and not tokens.is_punct[after] and token_facts[after].pos not in {"ADP", "SCONJ"}:
                continue
            if after < len(facts) and token_facts[after].pos == "ADP" and heads[after] == i:
                continue
            if word == "mede" and _mede_as_also(token_facts, facts, i):
                continue
            partners = _CIRCUMPOSITION.get(word, ())
            if partners and any(facts[k][0] in partners for k in range(head + 1, i)):
                continue
            found.append((head, word, i))
    return found


@lru_cache(maxsize=2048)
def _weer_separable(lemma: str) -> bool:
    """Is 'weer' + ``lemma`` a separable verb, whose 'weer' stands apart at the end of the
    clause ("De tabel geeft de cijfers weer": 'weergeven'), not one that keeps it
    ('weerspreken', 'weerhouden') or no verb at all ("Wij bellen u weer": 'again')? Dutch text
    writes its participle with 'ge' after 'weer' ('weergegeven', 'weergekeerd'; as often as a
    known word, zipf 2), and more than the participle without it ('weersproken').
    (The participle as ``separable`` reads it, ``verbs.own_participle``; 'weer' is no particle
    of ``verbs.PARTICLES``.)"""
    participle = own_participle(lemma)
    if not participle.startswith("ge"):
        return False
    with_ge = zipf("weer" + participle)
    return with_ge >= 2.0 and with_ge > zipf("weer" + participle[2:])


# the personal pronouns that can be a subject (also jargon.READER_SUBJECTS)
SUBJECT_PRONOUNS = frozenset({"ik", "wij", "we", "u", "jij", "je", "hij", "zij", "ze"})
# the words that say whose a thing is ("uw", "onze"): before a noun of an expression
OWNER_WORDS = frozenset({"uw", "je", "jouw", "zijn", "haar", "hun", "mijn", "ons", "onze"})


def ends_clause(tok) -> bool:
    """Does the token end the stretch a verb's expression can reach: a punctuation mark, a
    conjunction or a finite verb (the verb of another clause)?"""
    return tok.is_punct or tok.pos_ in {"SCONJ", "CCONJ"} or is_finite(tok)


def _verb_taken_for_noun(tokens, token_facts, head: int, strings) -> bool:
    """Is ``head``, which the tagger calls a noun, the finite verb of a main clause with its
    subject after it ("De redenen licht ik hieronder toe": 'licht' read as the noun)? A
    subject pronoun right after it that the parse hangs on it says so."""
    if token_facts[head].pos != "NOUN" or head + 1 >= len(token_facts):
        return False
    after = head + 1
    return (token_facts[after].lower in SUBJECT_PRONOUNS and tokens.heads[after] == head
            and tokens.deps[after] == strings.as_int("nsubj"))


def _strip_plan(word: str, lemma: str) -> tuple[str, frozenset[str]] | None:
    """Whether a sentence takes the particle off this lemma, worked out once per form: None
    when it keeps the lemma in every sentence, else (the lemma without its particle, the
    spellings of that particle): the lemma loses the particle when the sentence has none of
    those spellings. (tests/test_phrases.py holds it to the per-sentence test it replaced.)"""
    for particle in _PARTICLES_BY_LETTER.get(lemma[:1], ()):
        rest = lemma[len(particle):]
        if not lemma.startswith(particle) or word.startswith(particle) or len(rest) < 3:
            continue
        # the rest must be the word's own lemma: "delen" for "delen"/"deelt", "delen" for "gedeeld"
        stem = word[2:] if word.startswith("ge") and not rest.startswith("ge") else word
        if stem[:2] != rest[:2]:
            return None
        return rest, frozenset({particle, "mede"} if particle == "mee" else {particle})  # "delen u mede"
    return None


@lru_cache(maxsize=32)
def compiled(entries: tuple[tuple[str, tuple[str, ...]], ...]) -> "PhraseIndex":
    """The index of these (term, payload) entries, built once per distinct list.

    For lists that come from a configuration (such as the organisation's reject list):
    every text checked with that configuration reuses the index."""
    return PhraseIndex((term, list(payload)) for term, payload in entries)


class Moved(list):
    """The tokens of an expression matched with its finite verb first ("nemen ... in
    behandeling" for "in behandeling nemen"): a list, marked so that a rule can tell."""


class VerbLast(list):
    """The tokens of an expression of a verb and its preposition matched with the verb last
    ("op uw aanvraag hebben beslist"): a list, marked so that the quote can leave out the words
    of the reader between them ("'op ... beslist'", not "'op uw aanvraag hebben beslist'")."""


def moved_verb(words: tuple[str, ...]) -> int:
    """The place of the verb that a main clause puts first, in an expression listed with its
    verb after its first word ("in behandeling nemen" -> 2, "ten grondslag liggen aan" -> 2,
    "zich voordoen" -> 1), or 0 when there is none: the verb must be an infinitive that Dutch
    text uses as a verb, with at most a preposition after it, and the words before it must be
    more than a determiner ("het voornemen", "uw schrijven" are nouns)."""
    for i in range(len(words) - 1, 0, -1):
        word = words[i]
        if word in _PREPOSITIONS and i == len(words) - 1:
            continue
        if not _infinitive(word):
            return 0
        if all(w in _DETERMINERS for w in words[:i]):
            return 0
        return i
    return 0



REFLEXIVES = frozenset({"zich"})


def _block_at(tokens, start: int, words: tuple[str, ...], table) -> bool:
    """Do ``words`` stand together from ``tokens[start]`` on?"""
    return all(start + k < len(tokens) and word in table[tokens[start + k].i] for k, word in enumerate(words))


def _tied_block(tokens, pos: int, words: tuple[str, ...], table) -> int | None:
    """Where ``words`` stand together after the finite verb ``tokens[pos]``, past the words a
    moved expression may have between (``MAX_GAP``), as a phrase of that verb's own clause:
    one of the words belongs to it in the parse (``in_clause_of``), and no other clause lies between, only
    parts of the verb's own clause, or a clause inside one of them ("de regels die voor u
    gelden"). None when there is none."""
    verb = tokens[pos]
    for start in range(pos + 2 + MAX_GAP, len(tokens)):
        if not _block_at(tokens, start, words, table):
            continue
        block = tokens[start: start + len(words)]
        if not any(in_clause_of(t, verb) for t in block):
            return None
        return None if _other_clause_between(verb, tokens[start].i) else start
    return None


def in_clause_of(tok, verb, limit: int = 8) -> bool:
    """Does ``tok`` belong to the clause of ``verb``: does its chain of heads reach the verb
    through words that are no verbs (the head of another clause)? The parse may hang a
    phrase of the verb on a noun before it ("breng ik de bepalingen uit de regelgeving onder
    uw aandacht": 'aandacht' on 'regelgeving'); the phrase is still in the verb's clause."""
    for _ in range(limit):
        if tok.dep_ in _CLAUSE_LABELS:
            return False  # the head of a clause of its own ("die nog in behandeling is")
        head = tok.head
        if head.i == verb.i:
            return True
        if head.i == tok.i or head.pos_ in {"VERB", "AUX"}:
            return False
        tok = head
    return False


# the labels of a word that heads a clause of its own, also a noun with its copula ("de
# aanvraag die nog in behandeling is": 'behandeling' is 'acl:relcl')
_CLAUSE_LABELS = frozenset({"acl:relcl", "acl", "advcl", "ccomp", "csubj", "xcomp", "parataxis"})


def in_relative_clause(tok, verb, limit: int = 8) -> bool:
    """Does ``tok`` stand in a relative clause that ``verb`` is not in: on its way up to the
    verb, a word that heads such a clause (also a noun with its copula: "de aanvraag die nog in
    behandeling is")? Then it is no word of an expression of that verb. The clause ends at its
    own verbs: what the parse hangs on them after that is not in it ("de aanvraag die u hebt
    ingediend in behandeling", as ``nominalisation.relative_clauses`` reads it)."""
    at = tok.i
    for _ in range(limit):
        if tok.i == verb.i:
            return False
        if tok.dep_ == "acl:relcl":
            last = max([tok.i] + [c.i for c in tok.children if c.dep_ in {"aux", "aux:pass", "cop"}])
            return at <= last
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# the labels of a clause that stands inside another one, which a reader passes over ("de
# stukken die u stuurde", "als het nodig is"): a clause of its own, but not one set beside it
_EMBEDDED = _CLAUSE_LABELS - {"parataxis"}


def conjunct_between(doc, a: int, b: int) -> bool:
    """Does a clause of its own begin between Doc indexes ``a`` and ``b`` (either order): a
    conjunction ('en', 'maar', 'want', 'of') and after it a finite verb that is not in a
    clause inside another one, or a finite verb whose clause the parse joins as a conjunct
    ('conj', 'parataxis'), however it hangs the conjunction? "Wij stellen een regeling op en u
    bent daarvan op de hoogte", "Wij nemen de tijd, want uw aanvraag is in behandeling": no
    expression takes words from both clauses. A copula's clause is headed by its noun or
    adjective ('behandeling', 'compleet'), so that head's label counts."""
    lo, hi = (a, b) if a < b else (b, a)
    conj = False
    for k in range(lo + 1, hi):
        tok = doc[k]
        if tok.pos_ == "CCONJ":
            conj = True
        elif is_finite(tok):
            head = tok.head if tok.dep_ in {"cop", "aux", "aux:pass"} else tok
            if head.dep_ in {"conj", "parataxis"} or (conj and head.dep_ not in _EMBEDDED):
                return True
    return False


def _other_clause_between(verb, end: int) -> bool:
    """Does another clause than the verb's own stand between ``verb`` and Doc index ``end``: a
    finite verb whose phrase reaches outside that stretch (a clause next to the verb's own),
    or a conjunction that joins two verbs ("... en u brengt")?"""
    doc = verb.doc
    if conjunct_between(doc, verb.i, end):
        return True
    for k in range(verb.i + 1, end):
        tok = doc[k]
        if tok.pos_ == "CCONJ" and tok.head.pos_ in {"VERB", "AUX"}:
            return True
        if is_finite(tok):
            lo = tok.left_edge.i
            hi = tok.right_edge.i
            if lo <= verb.i or hi >= end:
                return True
    return False


def _reflexive_verb(tokens, pos: int, word: str, table) -> int | None:
    """The place of the verb that ``zich`` (``tokens[pos]``) belongs to, a few words on, when
    it is ``word`` (a listed verb): the parse links the two, and no comma, conjunction or
    other finite verb stands between them. None when it stands right after "zich" (the plain
    match finds it) or is not there."""
    me = tokens[pos]
    for k in range(pos + 2, min(len(tokens), pos + 2 + MAX_GAP)):
        tok = tokens[k]
        if word in table[tok.i]:
            if _other_sense_between(tokens[pos + 1: k]):
                return None
            return k if me.head.i == tok.i and tok.pos_ in {"VERB", "AUX"} else None
        if ends_clause(tok):
            return None
    return None


@cache
def _other_sense_words(kind: str) -> frozenset[str]:
    """The words of ``wordlists/zich_other_sense.tsv`` of one kind: "manner", adverbs of
    manner that make "zich voordoen" pretend ("dat hij zich anders/beter voordoet") or "zich
    houden/gedragen" a way of behaving; "in_noun", nouns that make a fixed expression of their
    own with "in" and no article ("zich in gevaar begeven", "zich in acht nemen"). Other words
    between "zich" and its verb (how often, when, how: "vaak", "plotseling", "later",
    "schriftelijk"; "zich in armoede/nood bevinden") keep the listed sense."""
    words = wordlists.words("zich_other_sense", kind=kind)
    if not words:
        raise KeyError(kind)
    return words


def _other_sense_between(gap) -> bool:
    """Do the words between "zich" and its verb make it another verb than the listed one? An
    adverb of manner ("dat hij zich anders/beter voordoet": pretends, not happens), or "in" with
    a noun of a fixed expression of its own ("zich in gevaar begeven"). Not how often, when or
    by which means ("zich plotseling/later voordoen", "zich schriftelijk wenden tot"), nor "in"
    with another noun ("zich in armoede bevinden")."""
    for n, t in enumerate(gap):
        if t.lower_ in _other_sense_words("manner"):
            return True
        if t.lower_ == "in" and n + 1 < len(gap) and gap[n + 1].lower_ in _other_sense_words("in_noun"):
            return True
    return False


_CLUSTER_POS = frozenset({"VERB", "AUX"})


def _past_cluster(tokens, j: int, words: tuple[str, ...], k: int, table) -> int:
    """Where the listed ``words[k]`` stands after the verbs of a clause's closing cluster that
    start at ``tokens[j]``, or ``j``. A subclause ends in its verbs, and an expression of a noun,
    a verb and its preposition takes the others in: a modal before the listed verb ("dat er
    sprake kan zijn van", "sprake blijkt te zijn van") or the listed verb's participle after its
    auxiliary ("dat er sprake is geweest van", "betrekking heeft gehad op"). At most three such
    words; only for the verb of such an expression, or the preposition right after it."""
    verb_here = k + 1 < len(words) and words[k + 1] in _PREPOSITIONS and _infinitive(words[k])
    after_verb = words[k] in _PREPOSITIONS and _infinitive(words[k - 1])
    if not (verb_here or after_verb):
        return j
    word = words[k]
    g = j
    while g < len(tokens) and g - j < 3 and word not in table[tokens[g].i] and (
            tokens[g].pos_ in _CLUSTER_POS or (tokens[g].lower_ == "te" and g > j)):
        g += 1
    return g if g < len(tokens) and word in table[tokens[g].i] else j


@cache
def _infinitive(word: str) -> bool:
    """Is this listed word an infinitive ("komen", "nemen", "zijn"), that "te" may go before?"""
    return word in _SHORT_VERBS or (word.endswith("en") and len(word) > 4 and _verb_like(word))


def _verb_like(word: str) -> bool:
    """Is this an infinitive that Dutch text uses as a verb ("nemen": "neemt", "voordoen":
    "voordoet")?"""
    short = next((v for v in _SHORT_THIRD if word.endswith(v)), "")
    if short:
        return zipf(word[:-len(short)] + _SHORT_THIRD[short]) > 1.0
    third = present_singular("", word)[1]
    return bool(third) and third != word and zipf(third) > 1.0


# what may follow the verb that ends its clause (``PhraseIndex._match_verb_last``): its particle,
# a clause of its own, a conjunct, punctuation
_AFTER_LAST_VERB = frozenset({"punct", "compound:prt", "ccomp", "advcl", "xcomp", "conj", "parataxis",
                              "mark", "cc"})


@cache
def _adverbial_nouns() -> frozenset[str]:
    """Nouns of time and place in a text ("jaar", "moment", "zaterdag", "geval", "bijlage"):
    ``wordlists/adverbial_nouns.tsv``."""
    return wordlists.words("adverbial_nouns", "noun")


def _adverbial_noun(noun) -> bool:
    """Is ``noun`` the noun of a phrase of time or place ("tot vorig jaar", "op dat moment",
    "in deze brief"), or a number ("tot 2024")?"""
    return noun.like_num or noun.pos_ == "NUM" or noun.lower_ in _adverbial_nouns() \
        or noun.lemma_.lower() in _adverbial_nouns()


def _head_in_other_clause(aux) -> bool:
    """Is the verb the parse hangs an auxiliary on in another clause: a conjunction or a
    punctuation mark between them ("Er is sprake van oversterfte indien meer mensen overlijden
    dan verwacht": 'is' taken for the auxiliary of 'verwacht')? Then the auxiliary is the
    parse's error and may be the finite verb of its own clause."""
    head = aux.head
    if head.i <= aux.i:
        return False
    return any(t.is_punct or t.pos_ in {"SCONJ", "CCONJ"} for t in aux.doc[aux.i + 1: head.i])


def _close_after(tokens, pos: int, start: int) -> bool:
    """Do the expression's words start right after the verb, with at most two adverbs or
    'geen' between ("is geen sprake", "is er nu sprake")?"""
    between = tokens[pos + 1: start]
    return len(between) <= 2 and all(t.pos_ == "ADV" or t.lower_ == "geen" for t in between)


class PhraseIndex:
    def __init__(self, entries: Iterable[tuple[str, Any]]):
        self.single: dict[str, Any] = {}
        self.multi: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        # per verb: (the words before it, the words after it, payload) of an expression whose
        # verb a main clause puts first ("nemen" -> ("in", "behandeling"), ())
        self.moved: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], Any]]] = {}
        listed = []
        for term, payload in entries:
            words = tuple(term.lower().split())
            if not words:
                continue
            if len(words) == 1:
                self.single[words[0]] = payload
                for form in verb_forms(words[0]):
                    self.single.setdefault(form, payload)
            else:
                self.multi.setdefault(words[0], []).append((words, payload))
                listed.append((words, payload))
        known = {words for words, _ in listed}
        for words, payload in listed:
            i = moved_verb(words)
            rest = words[:i] + words[i + 1:]
            if len(rest) == 1 and rest[0] in self.single:
                continue  # "is voornemens": the word's own entry says it ("van plan")
            if i and (words[i],) + rest not in known:
                self.moved.setdefault(words[i], []).append((words[:i], words[i + 1:], payload))
        # per preposition: (verb, payload) of an expression of a verb and its preposition
        # ("beslissen op", "toezien op"), for the order of a clause whose verb comes last:
        # "nadat wij op uw aanvraag hebben beslist" (``_match_verb_last``)
        # (with the words before the verb: "beslag leggen op" -> 'op' ... 'beslag' 'legt')
        self.verb_last: dict[str, list[tuple[str, tuple[str, ...], Any]]] = {}
        for words, payload in listed:
            if len(words) >= 2 and words[-1] in _PREPOSITIONS and _infinitive(words[-2]) \
                    and (len(words) == 2 or moved_verb(words[:-1]) == len(words) - 2):
                self.verb_last.setdefault(words[-1], []).append((words[-2], words[:-2], payload))
        for entries_ in self.verb_last.values():
            entries_.sort(key=lambda e: -len(e[1]))
        self.verb_last_keys = frozenset(self.verb_last)
        for entries_ in self.multi.values():
            entries_.sort(key=lambda e: -len(e[0]))
        for moved in self.moved.values():
            moved.sort(key=lambda e: -len(e[0]) - len(e[1]))
        # per verb: the other words of each moved expression (``_listed_within``)
        self._moved_rests = {key: [frozenset(before + after) for before, after, _ in moved]
                             for key, moved in self.moved.items()}
        # per first word (per verb): all the words of each expression (the same sets as
        # ``_by_rarest`` holds): ``matches`` tries an expression only when its words are among
        # those all of whose words the tokens have (``_possible``)
        self._bags = {key: [frozenset(words) for words, _ in entries_] for key, entries_ in self.multi.items()}
        self._moved_bags = {key: [frozenset((*before, key, *after)) for before, after, _ in moved]
                            for key, moved in self.moved.items()}
        # the words of each expression as one set, for the same test per sentence; found by
        # the word of it that the fewest expressions share: a word such as "in", "van" or "te"
        # is in hundreds of them, which each sentence with that word would test (``can_match``)
        sets = list(dict.fromkeys(frozenset(words) for words, _ in listed))
        shared = Counter(word for words in sets for word in words)
        self._by_rarest: dict[str, list[frozenset[str]]] = {}
        for words in sets:
            self._by_rarest.setdefault(min(words, key=lambda w: (shared[w], w)), []).append(words)
        self.rarest_keys = frozenset(self._by_rarest)
        self.single_keys = frozenset(self.single)
        self.multi_keys = frozenset(self.multi)
        self.moved_keys = frozenset(self.moved)
        # the keys a match can start with: a token with none of them is passed over at once
        self.starts = self.single_keys | self.multi_keys | self.moved_keys
        # and the preposition of an expression whose verb comes last (``_match_verb_last``):
        # only ``matches`` starts there; the expression's words are the listed ones, so a
        # sentence without a start above cannot hold one (``can_match``)
        self._match_starts = self.starts | self.verb_last_keys
        # where each set of words (``_bags``, ``_moved_bags``) stands: (first word or verb, its
        # place in ``multi`` or ``moved``), for ``_tried``; and the keys a match can start with
        # in a sentence where no expression of several words is possible
        self._multi_places: dict[frozenset[str], list[tuple[str, int]]] = {}
        for key, bags_ in self._bags.items():
            for n, bag in enumerate(bags_):
                self._multi_places.setdefault(bag, []).append((key, n))
        self._moved_places: dict[frozenset[str], list[tuple[str, int]]] = {}
        for key, bags_ in self._moved_bags.items():
            for n, bag in enumerate(bags_):
                self._moved_places.setdefault(bag, []).append((key, n))
        self._lone_starts = self.single_keys | self.verb_last_keys

    def matches(self, tokens: list, skip=lambda t: False, veto=None,
                present: frozenset[str] | None = None) -> Iterator[tuple[list, Any]]:
        """Yield (matched tokens, payload), longest expression first, no overlaps. ``veto(found,
        payload)``: True for a match that is no use here; its words stay free for another
        expression ("beslissen op basis van": 'op basis van', not 'beslissen op').

        First, once per call, the expressions of several words all of whose words are among
        the tokens' keys (``_possible``, by the word of each that the fewest share, as
        ``can_match``): an expression with a word missing altogether is not tried. Most
        sentences have none: then only a listed word or a verb and its preposition
        (``_match_verb_last``) can start a match, and a token that starts only an expression
        ("in", "van", "te") is passed over at once. Else the entries that can be tried,
        per first word and per moved verb, in their order (``_tried``). ``present``: every
        key of ``tokens`` (``set().union`` of their ``doc_keys``), when the caller has it."""
        if not tokens:
            return
        doc = tokens[0].doc
        table = doc_keys(doc)
        single, single_keys, moved_keys = self.single, self.single_keys, self.moved_keys
        if present is None:
            present = set().union(*(table[t.i] for t in tokens))
        possible = self._possible(present)
        if possible:
            starts = self._match_starts
            tried, tried_moved = self._tried(possible)
        else:
            starts, tried, tried_moved = self._lone_starts, {}, {}
        # a verb's preposition read from the token table's columns, not a Token's attributes
        columns = token_table(doc)
        facts, deps, heads = columns.facts, columns.deps, columns.heads
        case = doc.vocab.strings["case"]
        used: set[int] = set()
        for pos, tok in enumerate(tokens):
            i = tok.i
            keys = table[i]
            if keys.isdisjoint(starts) or i in used or skip(tok):
                continue
            hit = None
            for key in keys:
                entries = tried.get(key)
                if entries is None:
                    continue
                for words, payload in entries:
                    found = self._match(tokens, pos, words, table)
                    if found and not any(t.i in used for t in found):
                        found = _with_split_er(found)
                        if veto is not None and veto(found, payload):
                            continue
                        hit = (found, payload)
                        break
                if hit:
                    break
            if hit is None and tried_moved and not keys.isdisjoint(moved_keys) and facts[i].pos in _CLUSTER_POS \
                    and facts[i].finite_form:  # Token.pos_ and "Fin" in Token.morph.get("VerbForm")
                for key in sorted(keys & moved_keys):
                    for before, after, payload, rest in tried_moved.get(key, ()):
                        found = self._match_moved(tokens, pos, before, after, table)
                        if found and not any(t.i in used for t in found) and \
                                not self._listed_within(tokens, pos, found[1], table, rest) and \
                                not (veto is not None and veto(found, payload)):
                            hit = (found, payload)
                            break
                    if hit:
                        break
            if hit is None and deps[i] == case and facts[i].lower in self.verb_last_keys \
                    and heads[heads[i]] > heads[i]:
                # only the entries of the verb the preposition's phrase hangs on: _match_verb_last
                # answers None for every other (tens per preposition), in the same order
                verb_words = table[heads[heads[i]]]
                for verb_word, before, payload in self.verb_last[facts[i].lower]:
                    if verb_word not in verb_words:
                        continue
                    found = self._match_verb_last(tok, verb_word, before, table, self._verb_last_rival)
                    if found and not any(t.i in used for t in found) and \
                            not (veto is not None and veto(found, payload)):
                        hit = (found, payload)
                        break
            if hit is None and not keys.isdisjoint(single_keys):
                hit = ([tok], single[min(keys & single_keys)])
            if hit:
                used.update(t.i for t in hit[0])
                yield hit

    def _possible(self, present: set[str]) -> set[frozenset[str]]:
        """The words of each expression of several words all of whose words are in
        ``present`` (each found by its rarest word, as ``can_match`` finds them)."""
        by_rarest = self._by_rarest
        return {words for key in present & self.rarest_keys for words in by_rarest[key] if words <= present}

    def _tried(self, possible: set[frozenset[str]]) -> tuple[dict, dict]:
        """The entries ``matches`` tries, given the sets of words of the expressions that are
        ``possible``: per first word, (words, payload) of each expression of several words;
        per moved verb, (before, after, payload, the other words) of each; each in the order
        of ``multi`` and ``moved`` (longest first), only those whose words are all there."""
        tried: dict[str, list] = {}
        tried_moved: dict[str, list] = {}
        for bag in possible:
            for key, n in self._multi_places.get(bag, ()):
                tried.setdefault(key, []).append(n)
            for key, n in self._moved_places.get(bag, ()):
                tried_moved.setdefault(key, []).append(n)
        multi, moved, rests = self.multi, self.moved, self._moved_rests
        return ({key: [multi[key][n] for n in sorted(ns)] for key, ns in tried.items()},
                {key: [(*moved[key][n], rests[key][n]) for n in sorted(ns)] for key, ns in tried_moved.items()})

    def has_candidates(self, table: list[frozenset[str]], start: int, end: int) -> bool:
        """Can anything match in tokens ``start:end`` of a Doc whose ``doc_keys`` are ``table``:
        a listed word, or an expression all of whose words are there?"""
        return self.can_match(set().union(*table[start:end]))

    def can_match(self, present: set[str]) -> bool:
        """The same, given every key of those tokens (``set().union(*table[start:end])``)."""
        if present.isdisjoint(self.starts):
            return False
        if not present.isdisjoint(self.single_keys):
            return True
        # every word of an expression (a moved verb's expression has the same words)
        by_rarest = self._by_rarest
        return any(words <= present for key in present & self.rarest_keys for words in by_rarest[key])

    def _listed_within(self, tokens, pos, first, table, own: frozenset[str]) -> bool:
        """Does another listed expression start between the moved verb and the words it was
        matched with ("Dit is niet van toepassing": "niet van toepassing" is listed)? Then
        that expression is the match, not the verb's. One made of the verb's own words ("ter
        inzage" in "ligt ter inzage") is not another."""
        for n in range(pos + 1, tokens.index(first, pos) + 1):
            for key in table[tokens[n].i] & self.multi_keys:
                if any(not set(words) <= own and self._match(tokens, n, words, table)
                       for words, _ in self.multi[key]):
                    return True
        return False

    @staticmethod
    def _match_moved(tokens, pos, before, after, table):
        """The tokens of an expression whose finite verb (``tokens[pos]``) stands first: the
        words ``before`` together, a few words after the verb in the same clause (no comma,
        conjunction or other finite verb between), then the words ``after`` a little later;
        one of the words ``before`` must be linked to the verb in the parse ("nemen" ->
        "behandeling"; "is" is the copula of "toepassing"). None when they are not there."""
        verb = tokens[pos]
        # "Er is rekening gehouden met": "is" is the auxiliary of another verb; but not of a
        # verb beyond a conjunction or comma ("Er is sprake van oversterfte indien ... verwacht":
        # the parse's error), where the expression's words must then follow it tightly
        loose_aux = verb.dep_ in {"aux", "aux:pass"}
        if loose_aux and not _head_in_other_clause(verb):
            return None
        block = None
        tight = False  # only the words right after the verb (below)
        for start in range(pos + 1, min(len(tokens), pos + 2 + MAX_GAP)):
            tok = tokens[start]
            if _block_at(tokens, start, before, table):
                block = tokens[start: start + len(before)]
                break
            if ends_clause(tok):
                return None
        if block is None:
            # further away only as a phrase of the verb's own clause (``in_clause_of``):
            # "Daarom breng ik in het bijzonder de volgende bepalingen uit de wet onder uw
            # aandacht", "De stage brengt voor studenten uit het buitenland hoge kosten met
            # zich mee" (however long the middle part is)
            start = _tied_block(tokens, pos, before, table)
            if start is None or loose_aux:
                return None
            block = tokens[start: start + len(before)]
        elif loose_aux or not any(t.head.i == verb.i or t.head.head.i == verb.i or verb.head.i == t.i for t in block):
            # "ten grondslag" hangs from the noun after it, that noun from the verb; without that
            # link only the words right after the verb, with its preposition right after them
            # ("en er is geen sprake van ...", where the parse hangs 'sprake' on a later noun)
            if not after or not _close_after(tokens, pos, start):
                return None
            tight = True
        elif any(in_relative_clause(t, verb) for t in block):
            return None  # "neemt de beslissing over de aanvraag die nog in behandeling is"
        found = Moved([verb, *block])
        j = start + len(before)
        for word in after:
            limit = j + 1 if tight else j + 3
            while j < len(tokens) and j < limit and word not in table[tokens[j].i]:
                j += 1
            if j >= len(tokens) or j >= limit:
                return None
            found.append(tokens[j])
            j += 1
        # the verb's particle closes the clause: "doet zich een fout voor" ("zich voordoen")
        found = _with_split_er(found)
        loose = loose_particles(verb.doc)
        particle = next((t for t in tokens[start + len(before):] if t.head.i == verb.i
                         and (t.dep_ == "compound:prt" or t.i in loose) and t not in found), None)
        if particle is not None and (particle.i - verb.i <= 2 * MAX_GAP or particle.i - found[-1].i <= MAX_GAP):
            found.append(particle)
        found.sort(key=lambda t: t.i)
        return found

    def _verb_last_rival(self, noun, verb, verb_word: str) -> bool:
        """Is another phrase of ``verb`` the object of one of its listed prepositions rather
        than ``noun``'s: one the parse calls the verb's prepositional object ('obl:arg') where
        ``noun``'s is not, or, with the same label, the one nearest the verb ("dat de gemeente
        op zaterdag op de naleving toeziet": 'op de naleving', not 'op zaterdag')?"""
        own = noun.dep_ == "obl:arg"
        for child in verb.children:
            if child.i == noun.i or child.i > verb.i or child.dep_.split(":")[0] not in {"obl", "obj", "nmod"} \
                    or _adverbial_noun(child):
                continue
            if not any(p.dep_ == "case" and any(e[0] == verb_word for e in self.verb_last.get(p.lower_, ()))
                       for p in child.children):
                continue
            arg = child.dep_ == "obl:arg"
            if (arg and not own) or (arg == own and child.i > noun.i):
                return True
        return False

    @staticmethod
    def _match_verb_last(prep, verb_word: str, before: tuple[str, ...], table, rival=None):
        """[preposition, verb] of an expression of a verb and its preposition in the order of
        a clause whose verb comes last ("nadat wij op uw aanvraag hebben beslist", "dat de
        gemeente op de naleving toeziet"): the preposition heads a phrase that the parse hangs
        on that verb, after it in the text, in the verb's own clause, and the verb ends its
        clause: nothing of its own follows it but its particle, a clause or a mark ("Op dit
        moment berust de zaak bij de rechter" is no 'berusten op'). Not a preposition of its
        own ("op basis van"). The words ``before`` the verb in the entry ('beslag' of "beslag
        leggen op") stand together between that phrase and the verb, in the verb's clause:
        "dat de deurwaarder op uw loon beslag legt" -> [op, beslag, legt]. Not a phrase of time
        or place ("die tot vorig jaar bij het huis behoorde", "dat wij op zaterdag toezicht
        houden": ``_adverbial_noun``), nor one where another phrase of the verb is its object
        (``rival``: ``_verb_last_rival``). None otherwise."""
        if prep.dep_ != "case" or any(c.dep_ == "fixed" for c in prep.children):
            return None
        noun = prep.head
        verb = noun.head
        if verb.i <= noun.i or verb.pos_ not in {"VERB", "AUX"} or verb_word not in table[verb.i] \
                or noun.dep_.split(":")[0] not in {"obl", "obj", "nmod"} or not in_clause_of(noun, verb):
            return None
        if _adverbial_noun(noun) or (rival is not None and rival(noun, verb, verb_word)):
            return None
        if any(c.i > verb.i and c.dep_ not in _AFTER_LAST_VERB for c in verb.children):
            return None
        if conjunct_between(verb.doc, prep.i, verb.i):
            return None
        reflexive = None
        if before and before[0] in REFLEXIVES:
            # Dutch puts 'zich' before the phrase: "dat u zich tot de gemeente wendt", "dat u zich
            # met ons in verbinding stelt"
            reflexive = next((c for c in verb.children if c.lower_ == before[0] and c.i < prep.i), None)
            if reflexive is None:
                return None
            before = before[1:]
        if not before:
            return VerbLast([prep, verb] if reflexive is None else [reflexive, prep, verb])
        doc = verb.doc
        for start in range(noun.i + 1, verb.i - len(before) + 1):
            block = doc[start:start + len(before)]
            if all(word in table[t.i] for word, t in zip(before, block)) \
                    and any(t.head.i == verb.i or in_clause_of(t, verb) for t in block):
                return VerbLast(([] if reflexive is None else [reflexive]) + [prep, *block, verb])
        return None

    @staticmethod
    def _match(tokens, pos, words, table):
        first = tokens[pos]
        gappy = first.pos_ in {"VERB", "AUX"} or words[-1] == "te"
        found = [first]
        j = pos + 1
        if words[0] in REFLEXIVES and len(words) > 1 and not gappy:
            verb = _reflexive_verb(tokens, pos, words[1], table)
            if verb is not None:
                # the verb of "zich" closes the clause, with words between them: "kunnen zich
                # verschillende situaties voordoen", "die zich in een traject bevinden"
                found.append(tokens[verb])
                j = verb + 1
                words = words[1:]
        for k, word in enumerate(words[1:], 1):
            if not gappy and j + 1 < len(tokens) and tokens[j].lower_ == "te" \
                    and word not in table[tokens[j].i] and word in table[tokens[j + 1].i] and _infinitive(word):
                # the infinitive with "te" of an expression with a verb after its first word:
                # "om in aanmerking te komen voor" is "in aanmerking komen voor"
                found.append(tokens[j])
                j += 1
            elif not gappy and j < len(tokens) and tokens[j].pos_ in _CLUSTER_POS and word not in table[tokens[j].i]:
                j = _past_cluster(tokens, j, words, k, table)
            limit = j + (MAX_GAP if gappy else 0)
            while j < len(tokens) and j <= limit and word not in table[tokens[j].i]:
                j += 1
            if j >= len(tokens) or j > limit:
                return None
            found.append(tokens[j])
            j += 1
        return found
