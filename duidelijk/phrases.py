"""Match word-list entries (single words and expressions) on lemmas, as data from wordlists/.

"verstrekt" matches "verstrekken"; "stuurt ... toe" matches "toesturen"; an expression that
starts with a verb ("zorg dragen voor" also as "draagt zorg voor"), or that ends in "te"
("dienen te"), may have a few words in between.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from duidelijk.model import import_spacy

import_spacy()  # before any other spaCy import: without spaCy's command-line part (cold start)
import numpy  # noqa: E402
from spacy.attrs import DEP, LEMMA, LOWER, POS  # noqa: E402
from spacy.symbols import ADJ, NOUN, VERB  # noqa: E402

from duidelijk.dictionary import noun_lemmas
from duidelijk.lexicon import zipf
from duidelijk.metrics import row_keys, token_table
from duidelijk.verbs import PARTICLES, is_soft, past_participle, stem_from_infinitive

MAX_GAP = 6


_KEYS = "duidelijk.token_keys"  # Doc.user_data: the match keys of every token, made once per Doc
# particles longest first, grouped by first letter (a lemma can only start with those)
_PARTICLES_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _p in sorted(PARTICLES, key=len, reverse=True):
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
# (The key is the three as one bytes object: no tuple per token to make and hash.)
_FORMS: dict[bytes, tuple[str, str, frozenset[str], bool, bool]] = {}
_PARTICIPLE_LIKE, _NOUN = 1, 2  # the word class column of the key
_FORMS_MAX = 50_000  # about 30 MB when full (580 bytes a form); a letter has a few hundred


def _form_facts(strings, key: bytes, lower: int, lemma_id: int, word_class: int):
    word = strings[lower]
    lemma = strings[lemma_id].lower().replace("_", "")
    if len(lemma) > len(word) + 4 and lemma[:2] != word[:2]:
        lemma = word  # a wild guess of the lemmatizer
    # an inflected participle: "onderstaande" -> "onderstaand"
    inflected = word_class == _PARTICIPLE_LIKE and len(word) > 6 and word.endswith(("nde", "de", "te"))
    keys = {word, lemma, word[:-1]} if inflected else {word, lemma}
    if word_class == _NOUN:
        # a plural the lemmatizer left as it was matches its singular: "randvoorwaarden" is
        # "randvoorwaarde" (the rule then proposes the plural of the alternative)
        keys |= noun_lemmas(word, lemma)
    keys = frozenset(keys)
    may_strip = lemma != word and lemma[:1] in _PARTICLES_BY_LETTER
    if len(_FORMS) >= _FORMS_MAX:
        _FORMS.clear()
    facts = _FORMS[key] = (word, lemma, keys, inflected, may_strip)
    return facts


def _make_keys(doc) -> list[frozenset[str]]:
    if not len(doc):
        return []
    strings = doc.vocab.strings
    prt = strings.as_int("compound:prt")
    particles: list[tuple[int, str]] = []  # (head, particle) of every "compound:prt" token
    rows = doc.to_array([LOWER, LEMMA, POS, DEP])
    cols = rows[:, :3].copy(order="C")
    # may be an inflected participle (1), a noun that may be a plural (2), or neither (0)
    cols[:, 2] = ((rows[:, 2] == ADJ) | (rows[:, 2] == VERB)) * _PARTICIPLE_LIKE + (rows[:, 2] == NOUN) * _NOUN
    packed = row_keys(cols)
    facts = list(map(_FORMS.get, packed))
    for i in [i for i, fact in enumerate(facts) if fact is None]:
        lower, lemma_id, word_class = cols[i].tolist()
        facts[i] = _FORMS.get(packed[i]) or _form_facts(strings, packed[i], lower, lemma_id, word_class)
    for i in numpy.flatnonzero(rows[:, 3] == prt).tolist():  # "compound:prt" tokens
        head = doc[i].head.i
        if head != i:
            particles.append((head, facts[i][0]))
    table = [fact[2] for fact in facts]
    changed: dict[int, str] = {}  # token -> its lemma, where the sentence changes the lemma
    strip = [i for i, fact in enumerate(facts) if fact[4]]  # a lemma that may lose a particle
    if strip:
        bounds = token_table(doc).sent_bounds  # as Doc.sents, without a Span per sentence
        starts = [start for start, _ in bounds]
        sentence_words: dict[int, set[str]] = {}  # the sentence's words, made when a particle needs them
        for i in strip:
            k = bisect.bisect_right(starts, i) - 1
            words = sentence_words.get(k)
            if words is None:
                start, end = bounds[k]
                words = sentence_words[k] = {f[0] for f in facts[start:end]}
            word, lemma = facts[i][0], facts[i][1]
            stripped = _strip_particle(words, word, lemma)
            if stripped != lemma:
                changed[i] = stripped
    if not changed and not particles:
        return table
    with_particles: dict[int, list[str]] = {}
    for head, particle in particles:
        with_particles.setdefault(head, []).append(particle)
    for i in changed.keys() | with_particles.keys():
        word, lemma, _, inflected, _ = facts[i]
        lemma = changed.get(i, lemma)
        keys = {word, lemma, word[:-1]} if inflected else {word, lemma}
        for particle in with_particles.get(i, ()):
            keys.add(particle + lemma)
        table[i] = frozenset(keys)
    return table


def _strip_particle(sentence_words: set[str], word: str, lemma: str) -> str:
    for particle in _PARTICLES_BY_LETTER.get(lemma[:1], ()):
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


def verb_forms(infinitive: str) -> set[str]:
    """Inflected forms of a verb, so matching does not depend on the lemmatizer alone.

    Present and past forms ("verstrekt", "verstrekte") and the past participle
    ("ingeschakeld" for "inschakelen", "verstrekt" for "verstrekken"): regular forms only,
    and only for a word that Dutch text uses as a verb ("gelegen" is not one).
    """
    if not infinitive.endswith("en") or len(infinitive) < 5:
        return set()
    stem = stem_from_infinitive(infinitive)
    if len(stem) < 3:
        return set()
    third = stem + "t" if not stem.endswith("t") else stem
    if infinitive.startswith("ge") and zipf(third) == 0:
        return set()  # an adjective or noun such as "gelegen", not a verb
    soft = is_soft(infinitive, stem)
    past = stem + ("te" if soft else "de")
    forms = {stem, third, past, past + "n"}
    if zipf(third) > 0:
        forms.add(past_participle(infinitive))
    # a form far more common than the verb is another word ("acht" from "achten", "uit")
    limit = zipf(infinitive) + 1.0
    return {f for f in forms if f and f != infinitive and zipf(f) <= limit}


@lru_cache(maxsize=32)
def compiled(entries: tuple[tuple[str, tuple[str, ...]], ...]) -> "PhraseIndex":
    """The index of these (term, payload) entries, built once per distinct list.

    For lists that come from a configuration (such as the organisation's reject list):
    every text checked with that configuration reuses the index."""
    return PhraseIndex((term, list(payload)) for term, payload in entries)


class PhraseIndex:
    def __init__(self, entries: Iterable[tuple[str, Any]]):
        self.single: dict[str, Any] = {}
        self.multi: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
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
                # a verb expression may also start with its noun: "zorg dragen" ~ "draagt zorg"
        for entries_ in self.multi.values():
            entries_.sort(key=lambda e: -len(e[0]))
        # per first word: the other words of each expression, to see at once if all are there
        self._rests = {key: [frozenset(words[1:]) for words, _ in entries_] for key, entries_ in self.multi.items()}
        self.single_keys = frozenset(self.single)
        self.multi_keys = frozenset(self.multi)
        # the keys a match can start with: a token with none of them is passed over at once
        self.starts = self.single_keys | self.multi_keys

    def matches(self, tokens: list, skip=lambda t: False) -> Iterator[tuple[list, Any]]:
        """Yield (matched tokens, payload), longest expression first, no overlaps."""
        if not tokens:
            return
        table = doc_keys(tokens[0].doc)
        starts = self.starts
        used: set[int] = set()
        present: set[str] | None = None  # every key of these tokens, made when an expression needs it
        for pos, tok in enumerate(tokens):
            keys = table[tok.i]
            if keys.isdisjoint(starts) or tok.i in used or skip(tok):
                continue
            hit = None
            for key in keys:
                for (words, payload), rest in zip(self.multi.get(key, ()), self._rests.get(key, ())):
                    if present is None:
                        present = set().union(*(table[t.i] for t in tokens))
                    if not rest <= present:
                        continue  # a word of the expression is missing altogether
                    found = self._match(tokens, pos, words, table)
                    if found and not any(t.i in used for t in found):
                        hit = (found, payload)
                        break
                if hit:
                    break
            if hit is None:
                known = [key for key in keys if key in self.single]
                if known:
                    hit = ([tok], self.single[min(known)])
            if hit:
                used.update(t.i for t in hit[0])
                yield hit

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
        return any(rest <= present for key in present & self.multi_keys for rest in self._rests[key])

    @staticmethod
    def _match(tokens, pos, words, table):
        first = tokens[pos]
        gappy = first.pos_ in {"VERB", "AUX"} or words[-1] == "te"
        found = [first]
        j = pos + 1
        for word in words[1:]:
            limit = j + (MAX_GAP if gappy else 0)
            while j < len(tokens) and j <= limit and word not in table[tokens[j].i]:
                j += 1
            if j >= len(tokens) or j > limit:
                return None
            found.append(tokens[j])
            j += 1
        return found
