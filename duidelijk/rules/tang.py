"""DD107 tangconstructie and DD108 lange-aanloop, read from the parse.

Source: LiNT (Pander Maat et al.): long dependencies are a main cause of sentence
difficulty; Schrijfwijzer van Gebruiker Centraal ("Houd bij elkaar wat bij elkaar hoort");
Onze Taal, "Tangconstructie". Readers must keep words in memory until the sentence
closes the gap ("de door de gemeente in 2025 vastgestelde regels").
"""

from __future__ import annotations

import bisect
from functools import cache

from duidelijk import structure, wordlists
from duidelijk.dictionary import verb_lemmas
from duidelijk.findings import Severity
from duidelijk.lines import line_start
from duidelijk.metrics import token_table
from duidelijk.phrases import SUBJECT_PRONOUNS
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.address import NO_ORDER_FORMS, NO_ORDER_VERBS, U_FORMS, is_verb_stem
from duidelijk.rules.clauses import (CONDITION_WORDS, PERSONAL_SUBJECTS, QUOTE_MARKS, SUBJECT_DEPS, clause_verb, finite_at,
                                     finite_verb, is_finite, label_ids, label_set, opens_relative)
from duidelijk.rules.difficult_words import POINTERS, participle_verb
from duidelijk.rules.long_words import LongWord
from duidelijk.rules.nominalisation import het_between_van, het_van, verb_of
from duidelijk.verbs import SINGULAR_AUX, past_participle


def _noun_of(det, end: int):
    """The noun an article belongs to: the nearest of its head and the first noun to the
    right that is not inside a prepositional phrase (the parse may attach it too far).
    ``end``: the end of the article's sentence."""
    own = det.head  # one Token for the head (each ``Token.head`` makes a new one)
    doc = det.doc
    table = token_table(doc)  # the words after the article, read without a Token each
    is_punct, facts, deps = table.is_punct, table.facts, table.deps
    own_pos = facts[own.i].pos  # Token.pos_
    if own.i > det.i and own_pos == "VERB" and "Inf" in own.morph.get("VerbForm"):
        if doc[own.i - 1].lower_ != "te" and not any(c.lower_ == "te" for c in own.children):
            return own  # "het gebundeld uitvoeren van ...": the article goes with the infinitive
        # an infinitive with "te" takes no article: "is het verstandig ... te laten beoordelen
        # of de draagkracht ..." ('het' is the dummy subject, which the parse may hang on
        # "laten"); only a noun right after it is the article's ("het door u te betalen bedrag")
        nxt = own.i + 1
        return doc[nxt] if nxt < end and facts[nxt].pos in {"NOUN", "PROPN"} else None
    head = own if own.i > det.i and own_pos not in {"VERB", "AUX"} else None
    flat, compound, case = label_ids("flat", "compound", "case")
    for j in range(det.i + 1, max(end, det.i + 1)):
        if head is not None and j >= head.i:
            break
        if is_punct[j] or facts[j].finite_form:
            break
        if facts[j].pos in {"NOUN", "PROPN"} and deps[j] != flat and deps[j] != compound:
            if not any(deps[c] == case for c in table.children(j)):
                return doc[j]
    return head



def _may_span(table, det: int, aux: set[int], noun_gap: int, verb_gap: int, poss: int = -1,
              mods: tuple[int, ...] = (), openers: bool = False):
    """Per token (a numpy array): can ``Tang.check`` find a tang that starts here? An article
    (label ``det``) unless its head stands after it, at most ``noun_gap`` tokens away and is
    no verb: ``_noun_of`` then gives the head or a word before it. An auxiliary (``aux``)
    whose head stands more than ``verb_gap`` tokens after it. An article or a possessive
    (label ``poss``) whose head stands at least ``PHRASE_GAP`` tokens after it, or one fewer
    with an adverb right after it (``_phrase_gap``), for a clause in disguise
    (``_participle_phrase``). A modifier (labels ``mods``) with its noun at most two
    tokens after it and at least ``PHRASE_GAP`` - 1 tokens of its own before it: a clause in
    disguise with no article (``_bare_phrase``). With ``openers``: a conjunction, pronoun or adverb
    whose head stands more than ``verb_gap`` tokens after it, for a long subclause middle
    (``_subclause_verbs``). (Words between are never more than tokens between.)"""
    import numpy
    from spacy.symbols import ADP, ADV, AUX, DET, PRON, SCONJ, VERB

    counts, heads, deps = table._arrays
    n = len(heads)
    after = heads - numpy.arange(n) - 1  # tokens between a token and its head (-1 or less: before it)
    pos = table.pos_ids()
    head_pos = pos[heads]
    near_noun = (after >= 0) & (after <= noun_gap) & (head_pos != VERB) & (head_pos != AUX)
    is_aux = numpy.zeros(n, dtype=bool)
    for label in aux:
        is_aux |= deps == label
    article = (deps == det) | (deps == poss)
    phrase = article & (after >= PHRASE_GAP)
    # one token fewer where an adverb follows: it may be a preposition phrase in one word ("de
    # daarbij behorende formulieren", ``_phrase_gap``)
    after_adv = numpy.zeros(n, dtype=bool)
    after_adv[:-1] = pos[1:] == ADV
    phrase |= article & (after == PHRASE_GAP - 1) & after_adv
    # an article or owner word that the parse gave another role, right before a preposition
    # ("Wij hebben de onder punt 2 genoemde voorwaarden bekeken": 'de' is 'obj'): the clause
    # in disguise is read from the words (``_surface_phrase``)
    before_adp = numpy.zeros(n, dtype=bool)
    before_adp[:-1] = pos[1:] == ADP
    loose = before_adp & ((pos == DET) | (pos == PRON)) & (deps != det) & (deps != poss)
    # an auxiliary whose head hangs on a verb far after it: the parse may have hung the auxiliary
    # on the verb of a subclause in its middle (``_verb_past_subclause``)
    far_above = (after >= 0) & (heads[heads] - numpy.arange(n) - 1 > verb_gap)
    bare = numpy.zeros(n, dtype=bool)
    if mods:
        is_mod = numpy.zeros(n, dtype=bool)
        for label in mods:
            is_mod |= deps == label
        # the first token of its subtree lies before it (``Token.left_edge`` without a Token: a
        # child before it at all is enough here; ``_bare_phrase`` reads the rest)
        has_left = numpy.zeros(n, dtype=bool)
        has_left[heads[after >= 0]] = True  # the heads of the tokens before their head
        bare = is_mod & (after >= 0) & (after <= 2) & has_left
    held = numpy.zeros(n, dtype=bool)
    if openers:
        clause = numpy.zeros(n, dtype=bool)  # the token's head is the verb of a subclause
        for label in label_ids(*SUBCLAUSE_LABELS):
            clause |= deps[heads] == label
        held = (after > verb_gap) & clause & ((pos == SCONJ) | (pos == PRON) | (pos == ADV))
    return ((deps == det) & ~near_noun) | (is_aux & ((after > verb_gap) | far_above)) | phrase | loose | bare | held


# the fewest words between an article and its noun that make a clause in disguise ("het door u
# ingevulde formulier": a preposition, its word and the participle)
PHRASE_GAP = 3

# Dutch joins a preposition to 'hier', 'daar' or 'er' instead of 'dit', 'dat' or 'het' ("daarbij"
# is "bij dat", "hieruit" is "uit dit"; 'met' becomes 'mee', 'tot' becomes 'toe'): one word that is
# a preposition phrase, so it and a participle make the same clause in disguise as "het door u
# ingevulde formulier" ("de daarbij behorende formulieren": "de formulieren die daarbij horen").
_POINTER_STARTS = tuple(p for p in POINTERS if p != "waar")  # 'waar' + preposition opens a clause
_JOINED_PREPOSITIONS = frozenset({
    "aan", "achter", "bij", "binnen", "boven", "buiten", "door", "in", "langs", "mee", "naar", "naast",
    "om", "onder", "op", "over", "tegen", "toe", "tussen", "uit", "van", "voor", "zonder"})
# joined words that say a place in the text or an order in time, as 'eerder' does ("de hieronder
# genoemde documenten", "de hiervoor genoemde datum", "de daarna volgende stap"), or a reason or an
# addition ("daarom", "daarnaast"): no phrase of the participle's own that a reader must hold
# ("hierna", "daarna", "erna" only say so: 'na' is no word of ``_JOINED_PREPOSITIONS``, so
# ``pronominal_phrase`` never takes them)
_ORDER_WORDS = frozenset({"hierboven", "hieronder", "hierna", "hiervoor", "daarna", "erna", "daarom",
                          "daarnaast", "hiernaast", "ernaast"})


def _phrase_gap(doc, det: int, gap: int) -> bool:
    """Are the ``gap`` words between an article (or owner word) ``det`` and its noun enough for a
    clause in disguise: ``PHRASE_GAP``, or one fewer when the first of them is a preposition
    phrase in one word ("de daarbij behorende formulieren": ``pronominal_phrase``)?"""
    return gap >= PHRASE_GAP or (gap == PHRASE_GAP - 1 and pronominal_phrase(doc[det + 1]))


def pronominal_phrase(tok) -> bool:
    """Is ``tok`` a preposition joined to 'hier', 'daar' or 'er' ("daarbij", "hieruit", "ermee"),
    a preposition phrase in one word, and not one of the joined words that say a place in the
    text or an order in time (``_ORDER_WORDS``: "hieronder", "daarna")?"""
    low = tok.lower_
    if tok.pos_ not in {"ADV", "ADP"} or low in _ORDER_WORDS:
        return False
    start = next((p for p in _POINTER_STARTS if low.startswith(p)), "")
    return bool(start) and low[len(start):] in _JOINED_PREPOSITIONS


@cache
def fixed_adverbials() -> frozenset[str]:
    """Fixed adverbial phrases every reader takes in as one unit (``wordlists/fixed_adverbials.tsv``:
    "op tijd", "tot nu toe", "op zich"): as the whole phrase of a participle they make no clause
    in disguise."""
    return wordlists.words("fixed_adverbials", "phrase")


def _modifier_head(doc, det: int, noun: int):
    """The participle or adjective that may carry a phrase of its own before ``noun``: the word
    right before the noun, or the first of the plain adjectives there ("het in 2005 vastgestelde
    stedenbouwkundig programma": 'vastgestelde')."""
    part = doc[noun - 1]
    while part.i - 1 > det + 1 and part.pos_ == "ADJ" and part.head.i == noun and next(part.children, None) is None \
            and doc[part.i - 1].head.i == noun and (doc[part.i - 1].pos_ == "ADJ" or _participle_form(doc[part.i - 1])):
        part = doc[part.i - 1]
    return part


def _noun_after(doc, k: int, end: int):
    """The noun right after token ``k``, over at most two plain adjectives ("vastgestelde
    stedenbouwkundig programma"); None when no noun follows."""
    for j in range(k + 1, min(end, k + 4)):
        if doc[j].pos_ == "NOUN":
            return doc[j]
        if doc[j].pos_ != "ADJ":
            return None
    return None


def _participle_phrase(doc, det: int, noun: int) -> bool:
    """Is there a clause in disguise between the article ``det`` and its ``noun``: a participle
    or an adjective right before the noun, with a phrase of its own that starts with a
    preposition, and every word between the article and the noun part of that phrase ("het door
    u ingevulde formulier", "de in de brief genoemde datum", "de bij ons bekende gegevens": "de
    gegevens die bij ons bekend zijn")? Not a participle or adjective alone ("de gestelde
    termijn") nor with an adverb only ("de eerder genoemde datum", "de zeer hoge kosten")."""
    part = _modifier_head(doc, det, noun)
    if part.i <= det + 1 or part.head.i != noun or not (part.pos_ == "ADJ" or _participle_form(part)):
        return False
    inside = {t.i for t in part.subtree}
    # the parse may hang the opening preposition on the noun ("een voor iedereen toegankelijke
    # website": 'voor' on 'website', 'iedereen' on 'toegankelijke'); it still opens the phrase
    first = doc[det + 1]
    hung = first.pos_ == "ADP" and first.dep_ == "case" and first.head.i == noun and det + 2 in inside
    # the same for a preposition joined to 'daar' right before the participle ("de daarop volgende
    # maand": 'daarop' on 'maand'): it is the participle's phrase, never the noun's
    hung = hung or (part.i == det + 2 and first.head.i == noun and pronominal_phrase(first))
    if any(k not in inside and not (hung and k == det + 1) for k in range(det + 1, part.i)):
        return False
    if doc[det + 1:part.i].text.lower() in fixed_adverbials():
        return False  # "de op tijd betaalde rekening", "een op zich staand geval": one unit
    return hung or any(c.i < part.i and (any(g.dep_ == "case" and g.pos_ == "ADP" for g in c.children)
                                         or pronominal_phrase(c))
                       for c in part.children)


def _bare_phrase(doc, mod: int):
    """The first word of a clause in disguise with no article before it: a participle or
    adjective right before its noun (plain adjectives between may stay), with a phrase of its
    own before it that opens with a preposition ("met andere bij de overheid bekende gegevens",
    "wij gebruiken alleen door u zelf gegeven informatie", "stuur door de huisarts ingevulde
    formulieren"): Dutch says the same with a clause after the noun ("gegevens die bij de
    overheid bekend zijn"). Every word from that preposition to the modifier is the modifier's
    own, at least ``PHRASE_GAP`` words up to the noun; before it the noun's own preposition or
    adjective, or 'en' (an article before it is ``_participle_phrase``'s). None when it is not there."""
    part = doc[mod]
    noun = part.head
    if noun.pos_ != "NOUN" or noun.i <= mod or not (part.pos_ == "ADJ" or _participle_form(part)):
        return None
    if any(not (t.pos_ == "ADJ" and t.head.i == noun.i) for t in doc[mod + 1:noun.i]):
        return None  # only plain adjectives of the noun between ("bekende nieuwe regels")
    start = part.left_edge.i
    first = doc[start]
    if first.pos_ != "ADP" or first.dep_ != "case" or noun.i - start < PHRASE_GAP:
        return None  # the phrase opens with a preposition ("bij de overheid"), not with an adverb
    if any(t.pos_ == "ADJ" and t.text[:1].isupper() for t in doc[start + 1:mod]):
        return None  # a name ("in de Algemene wet inkomensafhankelijke regelingen")
    before = doc[start - 1] if start > 0 else None
    if before is None or not (before.pos_ == "CCONJ" or (before.pos_ in {"ADP", "ADJ"} and before.head.i == noun.i)):
        return None  # the noun's own preposition or adjective before the phrase ("met andere bij de
        # overheid bekende gegevens"), or 'en' after a first modifier ("het ingevulde en met pen
        # ondertekende formulier"): then the preposition inside opens the modifier's phrase. Else it
        # may be the whole phrase's own ("hebben geleid tot grote aantallen geparkeerde fietsen":
        # the parse hung 'aantallen' on 'geparkeerde')
    if doc[start:mod].text.lower() in fixed_adverbials():
        return None  # "op tijd betaalde rekeningen": one unit
    return first


# the words that open a noun phrase with a clause in disguise after them, read from the words
# alone where the parse missed it (``_surface_phrase``)
_PHRASE_OPENERS = frozenset({"de", "het", "uw", "onze"})
# the words that open a noun phrase inside the phrase: the participle right after one of them is
# that phrase's own ("als dit op een aangepaste manier kan": 'aangepaste' belongs to 'een')
_INNER_OPENERS = frozenset({"de", "het", "een", "uw", "zijn", "haar", "hun", "mijn", "onze", "jouw", "je",
                            "deze", "dit", "die", "dat", "elke", "ieder", "iedere", "geen"})


def _surface_phrase(doc, det: int, end: int):
    """The noun of a clause in disguise read from the words, where the parse gave the
    article, the preposition or the participle another role ("Wij hebben de onder punt 2
    genoemde voorwaarden bekeken": 'onder punt 2' hangs on the noun; "Wij lezen uw aan ons
    gestuurde brief": 'uw' is an object): an article or owner word, a preposition right
    after it, then only words of a phrase (no verb, conjunction or punctuation), then a
    participle with its ending before a noun ('genoemde', 'ontvangen'), from 3 words between.
    Dutch puts no preposition right after an article otherwise. None when it is not there."""
    if doc[det].lower_ not in _PHRASE_OPENERS or det + 1 >= end or doc[det + 1].pos_ != "ADP":
        return None
    for k in range(det + 2, min(end - 1, det + 2 + PHRASE_GAP + 2)):
        tok, nxt = doc[k], _noun_after(doc, k, end)
        if tok.is_punct or tok.pos_ in {"AUX", "SCONJ", "CCONJ"}:
            return None
        participle = _participle_form(tok)
        if tok.pos_ == "ADJ" and not participle:
            # an adjective that closes the phrase ("de bij ons bekende gegevens"); one right
            # after a preposition, an article or another adjective is the phrase's own ("de voor
            # nieuwe woningen geldende regels")
            if nxt is not None and k - det - 1 >= PHRASE_GAP - 1 and tok.lower_.endswith("e") \
                    and doc[k - 1].pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and doc[k - 1].lower_ not in _INNER_OPENERS \
                    and doc[det + 1:k].text.lower() not in fixed_adverbials() and not _nested_phrase(doc, det + 2, k) \
                    and (doc[det].lower_ != "het" or _het_noun(nxt)):
                return nxt
            continue
        if tok.pos_ == "VERB" or participle:
            if nxt is None or k - det - 1 < PHRASE_GAP - 1 or not tok.lower_.endswith(("e", "en")) \
                    or not participle:
                return None
            if doc[det + 1:k].text.lower() in fixed_adverbials() or doc[k - 1].lower_ in _INNER_OPENERS:
                return None
            if doc[k - 1].pos_ == "ADP" or _nested_phrase(doc, det + 2, k):
                return None  # 'het' is a pronoun: "Wij hebben het met u over ingediende bezwaren gehad"
            if doc[det].lower_ == "het" and not _het_noun(nxt):
                return None  # "het ... bezwaren": a plural noun is never the noun of 'het'
            return nxt
    return None


def _het_noun(noun) -> bool:
    """Can ``noun`` be the noun of 'het'? Not a plural ("het ... bezwaren") nor a plain de-word
    ("Wij vinden het voor ouders belangrijke informatie": 'het' is the object). The parse's
    gender is trusted only for a word that is no compound, as in ``_relative`` ("het
    bezwaarschrift": the parse says Com)."""
    if "Plur" in noun.morph.get("Number"):
        return False
    from duidelijk.rules.jargon import _compound_head

    return noun.morph.get("Gender") != ["Com"] or bool(_compound_head(noun.lower_))


def _nested_phrase(doc, start: int, part: int) -> bool:
    """Does a noun phrase inside the words ``start:part`` before the participle have the
    participle as its own: an inner article or owner word followed by a preposition ("het naar
    de door u opgegeven adressen": 'de' opens its own clause in disguise) or by no noun before
    the participle ("het voor aan de speciaal opgeleide medewerkers")? Then the opener outside
    ('het' as a pronoun) has no clause in disguise of its own."""
    for k in range(start, part):
        if doc[k].lower_ in _INNER_OPENERS and doc[k].pos_ in {"DET", "PRON"}:
            if doc[k + 1].pos_ == "ADP" or not any(t.pos_ in {"NOUN", "PROPN", "NUM"} for t in doc[k + 1:part]):
                return True
    return False


def _participle_form(tok) -> bool:
    """Is ``tok`` a past participle: the tagger says so, or it calls a verb before a noun a
    finite form ("door het door u ingevulde aanvraagformulier te heropenen": 'ingevulde'
    Fin) whose spelling is the regular participle of its verb, with or without '-e'
    ('ingevuld' of 'invullen')? Some past tenses are spelled the same ('betaalde'), but no
    finite verb stands between an article and its noun, where the caller asks."""
    if "Part" in tok.morph.get("VerbForm"):
        return True
    if tok.pos_ != "VERB":
        return False
    low = tok.lower_
    return any(past_participle(v) in {low, low[:-1] if low.endswith("e") else low} for v in verb_lemmas(low))


def _relative(det, noun) -> str:
    """The relative pronoun of ``noun``: 'dat' after 'het' or for a neuter noun in the
    singular ("het aanbod dat", "uw aanbod dat"), else 'die'; "" when the sentence cannot
    tell. The parse's gender is reliable for a plain noun but not for a compound whose last
    part it mistakes ("uw bezwaarschrift": Com), so a compound it calls Com after a word that
    shows no gender ('uw', 'een') gets no pronoun, unless the text shows the gender itself:
    the same noun with 'het'/'dit' or 'de'/'deze' elsewhere, or a participle after 'een'
    without '-e' ("een in Nederland erkend diploma")."""
    from duidelijk.rules.jargon import GENDER_OF_WORD, _compound_head

    word = det.lower_
    if word == "het":
        return "dat"
    if word in {"de", "deze", "die"} or "Plur" in noun.morph.get("Number"):
        return "die"
    if word in GENDER_OF_WORD:  # "ons verzoek", "elke aanvraag", "dit bericht"
        return "dat" if GENDER_OF_WORD[word] == "Neut" else "die"
    shown = _gender_in_text(noun)
    if not shown and word in {"een", "geen", "zo'n"}:  # elk/ieder: GENDER_OF_WORD above
        before = noun.doc[noun.i - 1]
        if before.is_alpha and before.pos_ in {"ADJ", "VERB"} and before.lower_.endswith(("e", "d", "t")):
            # 'erkend' / 'erkende'; a participle in -en never takes '-e' ("een aangewezen arts")
            shown = "Com" if before.lower_.endswith("e") else "Neut"
    if shown:
        return "dat" if shown == "Neut" else "die"
    gender = "".join(noun.morph.get("Gender"))
    if gender == "Neut":
        return "dat"
    if gender == "Com" and not _compound_head(noun.lower_):
        return "die"
    return ""


_SHOWS = {"het": "Neut", "dit": "Neut", "de": "Com", "deze": "Com"}


def _gender_in_text(noun) -> str:
    """The gender the text shows for ``noun`` elsewhere: the same word in the singular right
    after 'het'/'dit' (Neut) or 'de'/'deze' (Com); "" when it shows none or both."""
    seen = set()
    doc = noun.doc
    for tok in doc:
        if tok.lower_ == noun.lower_ and tok.i > 0 and "Plur" not in tok.morph.get("Number"):
            before = doc[tok.i - 1].lower_
            if before in _SHOWS:
                seen.add(_SHOWS[before])
    return seen.pop() if len(seen) == 1 else ""


def _quoted(ctx: Context, first: int, last: int | None = None) -> str:
    """Tokens ``first`` .. ``last`` - 1 (only ``first`` without ``last``) as a message quotes them: as
    the writer typed them, a placeholder as "{{ naam }}" and not the mask "XXX" (``Document.written``)."""
    doc = ctx.doc
    last = first + 1 if last is None else last
    return ctx.document.written(doc[first].idx, doc[last - 1].idx + len(doc[last - 1])) if last > first else ""


def _joined_end(noun):
    """The last noun of a joined compound whose first part ends in a hyphen ("registratie- en
    informatiesysteem": 'informatiesysteem'), or ``noun`` itself. The hyphen stands for the head
    the two share: the reader takes the whole as the noun, and a message names it whole."""
    if not noun.text.endswith("-"):
        return noun
    return next((c for c in noun.children if c.dep_ == "conj" and c.i > noun.i
                 and any(g.dep_ == "cc" for g in c.children)), noun)


# the words of an item of a list of things: nouns with their articles, numbers and adjectives
# ("één kleine letter", "uw paspoort"); also DD101's surface lists (``sentence_length``)
LIST_WORDS = frozenset({"NOUN", "PROPN", "DET", "NUM", "ADJ", "PRON"})


def _list_between(doc, a: int, b: int, item_words: int) -> bool:
    """Is all that stands between two verbs a list of things: two or more short noun phrases
    joined by commas and 'en' or 'of', with no preposition, verb or clause among them ("moet
    minimaal één kleine letter, één hoofdletter, één cijfer en één speciaal teken bevatten")?
    That is the verb's object (or subject) and nothing else, read one short item at a time: the
    reader holds no open phrase over it. Each item has at most ``item_words`` words + 1. A list
    with a phrase of its own in an item ("op basis van onvolledige gegevens, foutieve
    interpretatie van gegevens of ontbrekende documenten") is a phrase between the verbs: still
    a tang."""
    items, count, joined = [], 0, False
    for k in range(a + 1, b):
        tok = doc[k]
        if tok.text == "," or tok.pos_ == "CCONJ" and tok.lower_ in {"en", "of"}:
            joined |= tok.pos_ == "CCONJ"
            items.append(count)
            count = 0
            continue
        if tok.pos_ == "ADV" and not items and count == 0:
            continue  # "minimaal", "ook", "niet" before the list
        if tok.pos_ not in LIST_WORDS or tok.is_punct:
            return False
        count += 1
    items.append(count)
    return joined and len(items) >= 2 and all(0 < n <= item_words + 1 for n in items)


def _words_between(word: list[bool], a: int, b: int) -> int:
    """Words (``Context.is_word``) between tokens a and b; ``word``: the token table's column."""
    return sum(word[a + 1 : b])


@register
class Tang(Rule):
    code = "DD107"
    name = "tangconstructie"
    category = "tang"
    severity = Severity.WARNING
    # ``bare_phrase``: also a clause in disguise with no article ("met andere bij de overheid bekende
    # gegevens", ``_bare_phrase``); off until it has ten judged findings (3 of 3 klopt on the
    # tunable sets, none in the 1,565 texts of findings.py: docs/judged.md, rules36d)
    # ``subclause_gap``: also a subclause whose verbs stand more than ``max_verb_gap`` words after
    # its first word ("..., waarop zij volgens ... op het moment van de aanvraag zijn
    # ingeschreven", ``_subclause_verbs``; docs/judged.md, rules38f)
    settings = {"max_noun_gap": 4, "max_verb_gap": 10, "bare_phrase": False, "subclause_gap": False}
    doc = RuleDoc(
        what="Zoekt woorden die bij elkaar horen, maar ver van elkaar staan. Bijvoorbeeld 'heeft' en 'ontvangen'.",
        why=(
            "De lezer moet het begin onthouden tot het einde komt. Bij veel woorden ertussen "
            "raakt de lezer de draad kwijt. Zet wat bij elkaar hoort dicht bij elkaar."
        ),
        source="LiNT (Pander Maat e.a.) (https://github.com/vanboefer/lint_ii); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Tangconstructie'",
        bad="De door de gemeenteraad op 12 maart vastgestelde regels gelden vanaf 1 april.",
        good="De gemeenteraad heeft de regels op 12 maart goedgekeurd. Ze gelden vanaf 1 april.",
        exceptions=("Korte afstanden ('de nieuwe grijze container') tellen niet. Een kort stuk zin "
                    "tussen 'de', 'het', 'een' of 'uw' en het woord erna telt wel. Dus 'het door u ingevulde "
                    "formulier' wordt 'het formulier dat u heeft ingevuld'. En 'de bij ons bekende "
                    "gegevens' wordt 'de gegevens die bij ons bekend zijn'. Een woord als 'daarbij' of 'hierin' "
                    "telt ook: 'de daarbij horende kosten' wordt 'de kosten die daarbij horen'. Alleen een woord als 'zeer' "
                    "ervoor telt niet: 'de zeer hoge kosten'. Ook 'hieronder', 'hiervoor' en 'daarna' tellen niet: "
                    "'de hieronder genoemde punten'. Vaste woorden als 'op tijd', 'tot nu toe' "
                    "en 'in principe' tellen ook niet: 'de op tijd betaalde rekening'."),
    )

    def check(self, ctx: Context):
        doc = ctx.doc
        table = token_table(doc)
        word, deps = table.word, table.deps
        strings = doc.vocab.strings
        det = strings["det"]
        aux = {strings["aux"], strings["aux:pass"], strings["cop"]}
        # only articles and auxiliaries can start a tang, and only those whose noun or verb
        # can stand far enough away: the others are passed over in one numpy step per Doc
        # (``_may_span``), without a Token object
        poss = strings["nmod:poss"]
        mods = (strings["amod"], strings["acl"]) if self.options["bare_phrase"] else ()
        held = self.options["subclause_gap"]
        gap_limit = self.options["max_verb_gap"]
        for sent, indexes in ctx.by_prose_sentence(ctx.prose_candidates(
                _may_span(table, det, aux, self.options["max_noun_gap"], gap_limit, poss, mods, held))):
            opened: set[int] = set()  # subclause openers with a finding already: the verb tang from
            # the same opener (``_clause_border_between``) is not given again
            for i in indexes:
                if held and (verbs := _subclause_verbs(doc[i], sent, word, gap_limit)) is not None:
                    first, last, gap = verbs
                    opened.add(i)
                    yield self.finding(
                        ctx, doc[i].idx, last.idx + len(last),
                        f"Tussen '{doc[i].text}' en '{_quoted(ctx, first.i, last.i + 1)}' staan {gap} woorden. "
                        f"Maak het stuk na '{doc[i].text}' korter, of maak twee zinnen.",
                    )
                if mods and deps[i] in mods:
                    # "met andere bij de overheid bekende gegevens", "door u zelf gegeven
                    # informatie": the same clause in disguise with no article before it
                    if (start := _bare_phrase(doc, i)) is not None:
                        yield self._clause_in_disguise(ctx, start, doc[i].head, bare=True)
                    continue
                if deps[i] == det:
                    tok = doc[i]
                    if tok.pos_ in {"VERB", "AUX"}:
                        continue  # a verb is no article: a broken parse gave it the label ("Het gaat
                        # om gegevens over de competenties en kwaliteiten"), and the noun it would
                        # pair with is the verb's object
                    noun = _noun_of(tok, sent.end)
                    if noun is not None and word[noun.i]:
                        gap = _words_between(word, tok.i, noun.i)
                        if gap > self.options["max_noun_gap"]:
                            end = _joined_end(noun)
                            yield self.finding(
                                ctx, tok.idx, end.idx + len(end),
                                f"Tussen '{tok.text}' en '{_quoted(ctx, noun.i, end.i + 1)}' staan {gap} woorden. Zet ze dichter bij elkaar.",
                            )
                        elif _phrase_gap(doc, tok.i, gap) and _participle_phrase(doc, tok.i, noun.i):
                            yield self._clause_in_disguise(ctx, tok, noun)
                        elif (surface := _surface_phrase(doc, i, sent.end)) is not None and surface.i <= noun.i:
                            yield self._clause_in_disguise(ctx, tok, surface)
                    continue
                if deps[i] == poss:
                    # "uw op 3 maart ingediende aanvraag": a possessive before the same clause
                    # in disguise (only that: the long gaps start at an article)
                    tok = doc[i]
                    if not _possessive_form(tok):
                        continue  # "Je bent ingelogt met DigiD inlog niveau laag": the parse took a
                        # misspelt participle for an owner; a common noun owns only with "-s"
                    noun = tok.head
                    if noun.i > i and noun.pos_ == "NOUN" and _phrase_gap(doc, i, _words_between(word, i, noun.i)) \
                            and _participle_phrase(doc, i, noun.i):
                        yield self._clause_in_disguise(ctx, tok, noun)
                    elif (surface := _surface_phrase(doc, i, sent.end)) is not None:
                        yield self._clause_in_disguise(ctx, tok, surface)
                    continue
                if deps[i] not in aux:
                    if (surface := _surface_phrase(doc, i, sent.end)) is not None:
                        yield self._clause_in_disguise(ctx, doc[i], surface)
                    continue
                tok = doc[i]
                head = _verb_past_subclause(tok, sent) or tok.head
                if (head.i > tok.i and "Fin" in tok.morph.get("VerbForm")
                        and (head.pos_ in {"VERB", "AUX"} if tok.dep_ != "cop" else head.pos_ == "ADJ")
                        and word[head.i]):
                    # (a copula and its adjective make a tang too: "Het is, omdat de wet dat
                    # sinds vorig jaar zo bepaalt, niet meer mogelijk om ...")
                    gap = _words_between(word, tok.i, head.i)
                    first = tok
                    if gap > gap_limit and (opener := _clause_border_between(tok, head)) is not None:
                        # "Het doel is dat [long subject ...] kunnen krijgen": the main clause's
                        # verb ends before "dat"; the tang is that of the subclause, from its
                        # conjunction to its verb ("kan alleen nadat ... heeft doorgegeven": short)
                        first, gap = opener, _words_between(word, opener.i, head.i)
                    if gap > gap_limit and not _new_clause_between(doc, first.i, head.i) \
                            and not _other_finite_between(first, head) and first.i not in opened \
                            and not _list_between(doc, first.i, head.i, self.options["max_noun_gap"]):
                        # "or make two sentences" only where another finite verb gives the
                        # second sentence its own verb
                        finite = sum(1 for t in sent if is_finite(t))
                        advice = ("Zet de werkwoorden dichter bij elkaar of maak twee zinnen." if finite > 1
                                  else "Zet de werkwoorden dichter bij elkaar.")
                        if first is not tok:
                            advice = f"Maak het stuk na '{first.text}' korter, of maak twee zinnen."
                        elif tok.dep_ == "cop":
                            advice = (f"Zet '{tok.text}' en '{_quoted(ctx, head.i)}' dichter bij elkaar"
                                      + (" of maak twee zinnen." if finite > 1 else "."))
                        yield self.finding(
                            ctx, first.idx, head.idx + len(head),
                            f"Tussen '{first.text}' en '{_quoted(ctx, head.i)}' staan {gap} woorden. {advice}",
                        )

    def _clause_in_disguise(self, ctx: Context, det, noun, bare: bool = False):
        """A participle or adjective with a phrase of its own between an article and its noun
        (``_participle_phrase``): "het door u ingevulde formulier" is "het formulier dat u
        heeft ingevuld", "de bij ons bekende gegevens" is "de gegevens die bij ons bekend zijn".
        With ``bare`` there is no article (``_bare_phrase``): ``det`` is the phrase's first word,
        and the phrase itself is quoted and moved ("bij ons bekende gegevens": "gegevens die bij
        ons bekend zijn")."""
        doc = det.doc
        lead = det.i - 1 if bare else det.i  # the phrase starts after this token (the article's)
        head = _modifier_head(doc, lead, noun.i)
        end = _joined_end(noun)  # "registratie- en informatiesysteem": named whole
        if not (head.pos_ == "ADJ" or _participle_form(head)):
            head = doc[noun.i - 1]
        # plain adjectives after the modifier stay before the noun ("de voor 2025 geldende nieuwe
        # tarieven": "de nieuwe tarieven die ...")
        # (a placeholder quoted as typed: "voor {{ naam }} bekende", not "voor XXX bekende")
        named = " ".join(_quoted(ctx, t.i) for t in doc[head.i + 1:end.i + 1])
        middle = _quoted(ctx, lead + 1, head.i + 1)
        relative = ("die" if "Plur" in end.morph.get("Number") else "") if bare else _relative(det, end)
        clause = "..."
        if head.pos_ == "ADJ" and not _participle_form(head) and head.morph.get("Degree") == ["Pos"] \
                and head.lemma_.isalpha() and head.lemma_ != head.lower_ \
                and not participle_verb(head, head.lower_, head.lemma_):
            # "de bij ons bekende gegevens": "de gegevens die bij ons bekend zijn" (the plain
            # form of the adjective, its own words before it, and 'is' or 'zijn'); not a present
            # participle the tagger calls an adjective, whose clause has its verb ("de bij deze
            # brief bijbehorende formulieren": "die bij deze brief horen", not "bijbehorend zijn")
            verb = "zijn" if "Plur" in end.morph.get("Number") else SINGULAR_AUX["zijn"]
            clause = f"{_quoted(ctx, lead + 1, head.i)} {PREDICATIVE.get(head.lemma_, head.lemma_)} {verb}"
        noun_text = _quoted(ctx, noun.i, end.i + 1)
        # with ``bare`` no article to say 'die' or 'dat' by (only a plural says 'die' for sure),
        # and none to name: the phrase is said to stand before the noun
        where = f"Voor '{noun_text}'" if bare else f"Tussen '{det.text}' en '{noun_text}'"
        article = "" if bare else f"{det.text.lower()} "
        finding = self.finding(
            ctx, det.idx, end.idx + len(end),
            f"{where} staat een stuk zin: '{middle}'. "
            + (f"Zet dat achter '{noun_text}': '{article}{named} {relative} {clause}'." if relative
               else f"Zet dat achter '{noun_text}' en begin met 'die' of 'dat'."),
        )
        # not counted by the difficulty score (``Finding.scored``): the editors' pairs hold too
        # few of these to show their weight, and counted as a tang one of them moved the fit's
        # choice of features (docs/judged.md, fourteenth session)
        finding.scored = False
        return finding


# adjectives whose word after "zijn" is not their plain form: "andere regels" are "regels die
# anders zijn" (not "ander zijn"); "benodigd" is said "nodig" ("de gegevens die nodig zijn")
PREDICATIVE = {"ander": "anders", "benodigd": "nodig"}


INSERTS = {"(", ")", "-", "–", "—"}
# words that begin a sentence; with a capital in the middle of a "sentence" right after a word
# they show a heading without a full stop glued to it ("Parkeren in de binnenstad Vanaf 1
# januari betaalt u meer")
STARTERS = {"de", "het", "een", "wij", "we", "vanaf", "in", "op", "bij", "als", "voor", "na",
            "met", "om", "er", "dit", "deze", "wilt", "heeft", "hebt", "kunt", "wat", "hoe", "waarom"}


MONTH_NAMES = frozenset(structure.MONTH_NAMES)
DAY_NAMES = frozenset(structure.DAY_NAMES)


def _possessive_form(tok) -> bool:
    """Can this word own the noun after it? A possessive pronoun ("uw", "haar"), a name ("Jans",
    "Gemeente Utrecht"), or a common noun with the genitive "-s" ("vaders fiets"): in Dutch a
    common noun without "-s" never stands before a noun as its owner, so a parse that calls such a
    word (often a misspelt verb: "ingelogt") a possessive is wrong."""
    if tok.pos_ != "NOUN":
        return True
    return tok.lower_.endswith(("s", "'", "’"))


def _inside_date(texts, i: int) -> bool:
    """Is token i a piece of a date or time that the reader takes in as one unit with the word
    next to it: the day and year around a month ("maandag 3 juni 2024" is read as one date),
    "uur" after a time ("19.30 uur")? Such pieces are not counted as words of their own."""
    low = texts[i].lower()
    prev = texts[i - 1].lower() if i > 0 else ""
    nxt = texts[i + 1].lower() if i + 1 < len(texts) else ""
    if low.isdigit():
        return nxt in MONTH_NAMES or prev in MONTH_NAMES
    if low in DAY_NAMES:
        return nxt.isdigit()
    return low == "uur" and any(c.isdigit() for c in prev)


# small words inside a name of several capitalised words ("Centrum voor Jeugd",
# "J. de Vries-van den Berg") and the heads of a street name that a house number belongs to
# ("en" joins two names as often as it stands inside one: "uit Amstelveen en Duiven")
NAME_LINKS = {"de", "van", "den", "der", "voor", "'t", "op", "aan", "ter", "te", "la", "le", "du"}
# the heads of a name that a number belongs to: DD105's heads of names ("Vlugtlaan 125")
STREET_HEADS = tuple(LongWord.settings["name_heads"])


def _inside_name(texts, i: int, start: int) -> bool:
    """Is token i a piece of a name of several words that the reader takes in as one unit with
    the capitalised word before it: "Centrum voor Jeugd", "Amsterdam Nieuw-West",
    "J. de Vries-van den Berg", the number of a street ("Vlugtlaan 125")? The name's first word
    counts as a word; the first word of the sentence starts no name (every first word has a
    capital)."""
    def capital(k: int) -> bool:  # the polite "U" and "Uw" have a capital but are no name
        return start < k and texts[k][:1].isupper() and texts[k].lower() not in U_FORMS

    def name_before(k: int) -> bool:  # a capitalised word before k, over small words and hyphens
        while k > start and (texts[k].lower() in NAME_LINKS or texts[k] == "-"):
            k -= 1
        return capital(k)

    text = texts[i]
    if text[:1].isupper():
        return capital(i) and name_before(i - 1)
    if text.lower() in NAME_LINKS or text == "-":
        return i + 1 < len(texts) and capital(i + 1) and name_before(i - 1)
    return text.isdigit() and len(text) <= 4 and capital(i - 1) and texts[i - 1].lower().endswith(STREET_HEADS)


def _short_forms(texts, start: int, end: int) -> set[int]:
    """The tokens from ``start`` to ``end`` of an abbreviation alone in brackets right after a
    word: "Werk & Inkomen (W&I)", "de Wet maatschappelijke ondersteuning (Wmo)". The brackets give
    the name before them its short form; the reader takes it in with the name and holds nothing
    new, unlike an insert that adds a thought ("Door deze context (het beeld vervangt de tekst)
    wordt"). The indexes of the brackets and the abbreviation; an empty set when there is none."""
    from duidelijk.rules.abbreviations import UNKNOWN_ABBR, abbreviations

    found: set[int] = set()
    for i in range(start + 1, end - 2):
        if texts[i] == "(" and texts[i + 2] == ")" and texts[i - 1][-1:].isalnum() and (
                UNKNOWN_ABBR.match(texts[i + 1]) or texts[i + 1].lower() in abbreviations()):
            found.update((i, i + 1, i + 2))
    return found


def _glued_heading_end(doc, i: int, start: int) -> bool:
    """Is token i the last word of a heading glued to the sentence (the next word starts the
    sentence with a capital)?"""
    if i + 1 >= len(doc) or i < start:
        return False
    nxt, tok = doc[i + 1], doc[i]
    after = doc[i + 2] if i + 2 < len(doc) else None
    return (nxt.text[:1].isupper() and nxt.text[1:].islower() and nxt.lower_ in STARTERS
            and nxt.pos_ != "PROPN" and tok.is_alpha and tok.is_lower and tok.pos_ in {"NOUN", "VERB", "ADJ"}
            and not (after is not None and after.text[:1].isupper()))  # "dat De Sjiem": a name


def _in_brackets(doc, start: int, i: int) -> bool:
    """Does token i stand inside brackets opened after ``start``?"""
    depth = 0
    for t in doc[start:i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _new_clause_between(doc, a: int, b: int) -> bool:
    """Does a new main clause with its own subject start between two verbs ("Zelf heeft ze
    geen roeping, maar haar zussen zou die kans geboden moeten worden")? Then the first verb
    is the main verb of its own clause, and the parse hung it on the wrong participle."""
    for i in range(a + 1, b - 1):
        if doc[i].text in {",", ";"} and doc[i + 1].lower_ in {"maar", "en", "want", "of", "dus"} and any(
                t.dep_ in {"nsubj", "nsubj:pass"} and t.head.i == b for t in doc[i + 2 : b]):
            return True
    return False


def _other_finite_between(aux, head) -> bool:
    """Does another finite verb of the same verb stand between an auxiliary and its verb? A
    clause has one finite verb, so the first belongs to a clause of its own that the parse hung
    on the wrong verb: "Wanneer u het niet eens bent met het besluit ..., kunt u bezwaar
    maken" (no tang from "bent" to "maken"). Not an auxiliary in the verb cluster at the end
    ("zullen ... worden verhuurd": the tagger may call "worden" finite): other words must
    stand between it and the verb."""
    doc = aux.doc
    return any(c.dep_ in {"aux", "aux:pass", "cop"} and aux.i < c.i < head.i and is_finite(c)
               and any(t.pos_ not in {"VERB", "AUX"} and not t.is_punct for t in doc[c.i + 1 : head.i])
               for c in head.children)


def _verb_past_subclause(aux, sent):
    """The verb of a finite auxiliary's own clause when the parse hung the auxiliary on the verb
    of a subclause inside its middle ("Daarom worden bewoners bij wie de kans ... klein wordt
    geacht, minder vaak ... uitgenodigd": 'worden' on 'geacht'). That subclause has its own
    finite verb ('wordt geacht'), and a clause has one, so 'worden' belongs
    to the verb that subclause hangs on, after it: a full verb that is no finite form and has
    no finite auxiliary of its own ('uitgenodigd'; ``_other_finite_between``: one in the verb
    cluster at its end does not count, "zullen ... worden uitgenodigd"). None otherwise (also for an auxiliary that is
    not the first verb of its clause: a clause after a subclause in front, "Wanneer u ... bent
    ..., kunt u ... maken", keeps its own reading)."""
    head = aux.head
    if head.i <= aux.i or aux.dep_ not in {"aux", "aux:pass"}:
        return None
    if not any(c.dep_ in {"aux", "aux:pass", "cop"} and aux.i < c.i < head.i and is_finite(c) for c in head.children):
        return None  # no finite verb of the head's own between: the auxiliary may well be its own
    verb = head.head
    if verb.i <= head.i or verb.i >= sent.end or verb.pos_ != "VERB" or is_finite(verb):
        return None
    if _other_finite_between(aux, verb):
        return None  # that verb has a finite verb of its own; not one in the verb cluster at its
        # end, which the tagger may call finite ("zullen ... worden uitgenodigd")
    if any(is_finite(t) for t in aux.doc[sent.start:aux.i]):
        return None  # a finite verb before the auxiliary: the main clause is elsewhere
    return verb


def _clause_border_between(aux, head):
    """Does a subclause open between an auxiliary and its verb, with a finite verb of the same
    verb after the opener ("Het toevoegen kan alleen nadat de persoon een sleutel heeft
    doorgegeven": "nadat" opens the clause of "heeft doorgegeven"; "kan" is the main clause's
    own verb, which the parse hung on the participle)? A clause has one finite verb, so the two
    ends belong to different clauses: no tang from the auxiliary. A subclause inside the tang
    keeps its own verb ("U kunt, als u dat wilt, het formulier ... opsturen": "wilt" is no
    auxiliary of "opsturen"). Returns the opener (the subclause's own tang runs from it to its
    verb), else None."""
    doc = aux.doc
    # (only a word tagged as a conjunction: "dat" is a determiner too, "in dat segment worden verhuurd")
    opener = next((t for t in doc[aux.i + 1 : head.i] if t.pos_ == "SCONJ" and t.lower_ not in {"te", "om"}), None)
    if opener is not None and any(
            c.dep_ in {"aux", "aux:pass", "cop"} and opener.i < c.i < head.i and is_finite(c) for c in head.children):
        return opener
    return None


def _subclause_verbs(tok, sent, word: list[bool], limit: int):
    """A subclause that opens at ``tok`` and has its verbs more than ``limit`` words later: the
    reader holds the clause open until its verbs come, and in a Dutch subclause all of them come
    last ("..., waarop zij volgens de Basisregistratie Personen op het moment van de aanvraag zijn
    ingeschreven"). Returns (the first verb, the last verb, the words between ``tok`` and the
    first verb), else None. ``tok`` opens the clause (``_opens_subclause`` or a 'waar-' adverb)
    and is its first word (a preposition before it aside: "met wie"); the clause has a finite verb
    (no "om ... te"); no other finite verb between (a clause inside the clause: the parse is less
    sure there). (A bracket right before the opener is the clause's first word: an aside in
    brackets is left to DD101.)"""
    if tok.pos_ not in {"SCONJ", "PRON", "ADV"} or tok.lower_ in {"om", "te"} \
            or not (_opens_subclause(tok) or tok.lower_.startswith("waar")):
        return None  # (the word classes of ``_may_span``'s mask: the same with and without it)
    head = tok.head
    if head.i <= tok.i or head.i >= sent.end or head.dep_ not in SUBCLAUSE_LABELS:
        return None
    edge = head.left_edge.i
    if edge != tok.i and not (edge == tok.i - 1 and tok.doc[edge].pos_ == "ADP"):
        return None
    verbs = [c for c in head.children if c.dep_ in {"aux", "aux:pass", "cop"} and c.i > tok.i]
    if head.pos_ in {"VERB", "AUX"}:
        verbs.append(head)
    if not verbs or not any(is_finite(v) for v in verbs):
        return None
    first, last = min(verbs, key=lambda v: v.i), max(verbs, key=lambda v: v.i)
    gap = _words_between(word, tok.i, first.i)
    if gap <= limit or _finite_between(tok.doc, tok.i + 1, first.i):
        return None
    return first, last, gap


# the labels of a clause that a conjunction or relative word opens
SUBCLAUSE_LABELS = frozenset({"advcl", "ccomp", "csubj", "acl", "acl:relcl"})


def _opens_subclause(tok) -> bool:
    """Does a subclause open at this word (a conjunction or a relative pronoun)?"""
    return tok.lower_ in SUBCLAUSE_OPENERS or tok.pos_ == "SCONJ" or "Rel" in tok.morph.get("PronType")


def _earlier_main_clause_verb(root, verb):
    """The finite verb of a main clause that comes before the root's own ("Gevaarlijke
    situaties zullen wij verhelpen, andere situaties kunnen langer duren": the parse makes
    the second clause the root, but the reader has the verb "zullen" at the third word)."""
    if verb is None:
        return None
    doc = root.doc
    table = token_table(doc)  # the children's labels and words, without a Token each
    deps, facts = table.deps, table.facts
    conj, parataxis, mark = label_ids("conj", "parataxis", "mark")
    for h in table.children(root.i):
        if (deps[h] != conj and deps[h] != parataxis) or h > root.i:
            continue
        if any(deps[c] == mark and facts[c].lower != "te" and facts[c].pos != "CCONJ" for c in table.children(h)):
            continue  # a subclause, not a main clause ("te pakken" is no subclause; "Maar de
            # trein staat ...": a conjunction that joins main clauses, which the parse may call a mark)
        head = doc[h]
        own = finite_verb(head)
        if own is None or not facts[own.i].finite_form or own.i > verb.i:
            continue
        if own.i == root.sent.start and own.i + 1 < root.sent.end and _subject_right_after(own, doc[own.i + 1]):
            continue  # "Heeft u ... nog vragen, mail dan": a condition, not a main clause
        if _second(head, own):
            return own
    return None


# words that open a subclause whose verb comes last: relative and question words ("wat het
# land nodig heeft", "wie dat betaalt", "waar u woont") and subordinating conjunctions
SUBCLAUSE_OPENERS = {"wat", "wie", "waar", "waarom", "waarmee", "waarvoor", "waarover", "waarop", "hoe",
                     "welke", "die", "dat", "of", "als", "omdat", "zodat", "wanneer", "toen"}


def _verb_before_final_subclause(doc, sent, verb):
    """The finite verb of the main clause when the parse made a verb-final subclause the
    root: "Een paar weken voetbalfeest is net wat het land nodig heeft". In Dutch the verb of
    a main clause stands second and the verb of a subclause last; a finite verb at the end of
    the sentence with a subclause opener ("wat", "die", "omdat") before it and another finite
    verb earlier, with no opener before that one, is the subclause's. Not "De man die bij ons
    kwam, belde": there the earlier verb is in a relative clause."""
    if verb is None:
        return None
    table = token_table(doc)  # Token.morph's VerbForm and Token.is_punct, without a Token each
    if not table.facts[verb.i].finite_form:
        return None
    if not all(table.is_punct[verb.i + 1 : sent.end]):
        return None  # words after the verb: no verb-final clause
    for t in doc[sent.start : verb.i]:
        if _opens_subclause(t):
            return None  # a subclause opens before any other finite verb
        if is_finite(t):
            between = doc[t.i + 1 : verb.i]
            return t if any(b.lower_ in SUBCLAUSE_OPENERS or b.pos_ == "SCONJ" for b in between) else None
    return None


# conjunctions that open a subclause in front of the main clause ("Als u vragen heeft, belt
# u ons"); the tagger calls "wanneer" an adverb, so the word, not the tag, decides
FRONT_OPENERS = CONDITION_WORDS | frozenset({"omdat", "nadat", "voordat", "zodra", "hoewel", "terwijl", "doordat",
                                             "tenzij", "mits", "zolang", "sinds", "aangezien", "ofschoon", "zoals"})


def _main_verb_after_fronted_subclause(doc, sent, verb):
    """The finite verb of the main clause when the sentence opens with a subclause and the
    parse took that subclause's verb for the main one: "Als u nog vragen heeft over deze brief
    of over de regels, kunt u bellen": the parse hangs "heeft" on "bellen" as an auxiliary.
    A subclause in front is followed by the main clause's finite verb, right after the comma
    that closes the subclause (", kunt u", ", dan kunt u") or, without that comma, right before
    its subject ("... van uw aanslag kunt u contact opnemen"): the main clause puts its verb
    first there. A finite verb of a clause inside the subclause ("die wij stuurden") is passed
    over; any other finite verb ends the search (None: the parse's verb stays)."""
    if verb is None or not is_finite(verb) or verb.dep_ not in {"aux", "aux:pass", "cop"}:
        return None  # only a verb the parse hung on another verb (a subclause made the root of
        # the sentence is another misparse: "Als iemand moeite heeft ..., kun je")
    opener = next((t for t in doc[sent.start : verb.i] if not t.is_punct), None)
    if opener is None or opener.lower_ not in FRONT_OPENERS or opener.dep_ != "mark":
        return None
    prev = doc[verb.i - 1]
    if prev.text == "," or is_finite(prev) or prev.lower_ == "dan":
        return None  # the verb after the subclause already ("Als ..., kunt u", "..., dan kunt u")
    inner = False
    for t in doc[opener.i + 1 : verb.i]:
        if t.dep_ == "mark" and t.pos_ == "SCONJ" and t.lower_ != "te":
            inner = True  # a subclause inside the subclause ("Indien u, nadat u ... heeft ingevuld, ...")
            continue
        if not is_finite(t) or _in_relative_clause(t):
            continue
        if inner:
            inner = False  # the inner subclause's verb closes it: the outer one's comes later
            continue
        return None  # the subclause's verb came before: this is the main verb ("Nadat men dijken
        # ging aanleggen hoefde het steenhuis ..."); a verb of a clause with "die" inside it
        # is not ("Omdat de informatie die voortkomt uit ... gescheiden moeten worden ...")
    nested = False
    for i in range(verb.i + 1, sent.end):
        tok = doc[i]
        if tok.text in {":", ";"}:
            return None
        if _opens_subclause(tok):
            nested = True  # a clause inside the subclause: its verb is not the main verb
            continue
        if not is_finite(tok):
            continue
        before = doc[i - 1]
        if before.lower_ == "dan" and i - 2 > verb.i:
            before = doc[i - 2]
        if before.text == "," or _pronoun_subject_after(tok, sent.end):
            return tok
        if not nested:
            return None
        nested = False
    return None


def _pronoun_subject_after(verb, end: int) -> bool:
    """Does a personal pronoun right after the finite verb stand as its subject ("kunt u",
    "wordt het", also "is het belangrijk")? Then the verb opens a main clause after a subclause.
    ``end``: the end of the sentence."""
    if verb.i + 1 >= end:
        return False
    after = verb.doc[verb.i + 1]
    return after.pos_ == "PRON" and "Prs" in after.morph.get("PronType") and after.dep_ in {"nsubj", "nsubj:pass", "expl"}


def _first_word(table, start: int, end: int) -> int | None:
    """The index of the first token from ``start`` to ``end`` that is no punctuation or white
    space (read from the token table, without a Token); None when there is none."""
    return next((i for i in range(start, end) if not table.is_punct[i] and not table.is_space[i]), None)


def _main_verb_right_after_subclause(doc, sent, verb):
    """The finite verb of the main clause right after the verbs of a subclause in front, with
    no comma between and its subject pronoun after it: "Als een formulier niet volledig is
    ingevuld wordt het teruggestuurd, in de meeste gevallen krijgen wij ...". A subclause puts
    its verbs last and the main clause after it starts with its own finite verb ("Als ..., wordt
    het"), so the reader has the main verb there; the parse may hang it on a verb of the next
    clause and take that clause's verb for the main one. None when the sentence does not open
    with a subclause, when a clause opens inside it (its verbs are harder to tell apart), or
    when no such verb stands before ``verb``."""
    if verb is None:
        return None
    table = token_table(doc)  # the first word read without a Token: most sentences open otherwise
    first = _first_word(table, sent.start, verb.i)
    if first is None or table.facts[first].lower not in FRONT_OPENERS or table.deps[first] != label_ids("mark")[0]:
        return None
    for t in doc[first + 1 : verb.i]:
        if t.is_punct or _opens_subclause(t) and t.pos_ != "DET":
            return None  # a comma (the search after it is ``_main_verb_after_fronted_subclause``'s)
            # or a clause inside the subclause
        if is_finite(t):
            k = t.i + 1
            while k < verb.i and doc[k].pos_ in {"VERB", "AUX"} and not is_finite(doc[k]):
                k += 1  # the rest of the subclause's verbs: "is ingevuld"
            if k < verb.i and is_finite(doc[k]) and _pronoun_subject_after(doc[k], sent.end):
                return doc[k]
            return None
    return None


# how to split a condition that opens with its verb: "Bent u het niet eens met dit besluit?
# Dan kunt u bezwaar maken."
CONDITION_ADVICE = ("Maak twee zinnen: zet een vraagteken waar nu de komma voor 'dan' staat, en begin de nieuwe "
                    "zin met 'Dan'.")
# the subject right after the verb of a condition that opens with its verb ("Bent u", "Heeft
# hij", "Mocht het")
SUBJECT_AFTER_VERB = frozenset({"u", "je", "jij", "hij", "zij", "ze", "het", "men", "we", "wij", "jullie", "ik", "er"})
# the first word of a noun subject right after the verb ("Is de aanvraag niet compleet ..., dan")
NOUN_SUBJECT_START = frozenset({"de", "een", "uw", "jouw", "mijn", "zijn", "haar", "onze", "hun", "deze", "dit", "dat",
                                "die", "geen"})
# of these, the ones that are only a subject: after them the first verb gives no order
NOMINATIVE_ONLY = frozenset({"hij", "zij", "men", "we", "wij", "ik"})


def _order_form(verb, nxt) -> bool:
    """Is the first word of the sentence the form of an order, so that "het", "je", "er", "ze"
    or "u" after it is its object, its owner word or its reflexive, not its subject ("Vul het
    formulier in", "Geef het ons door", "Neem je paspoort mee", "Zorg er voor", "Stuur ze terug",
    "Meld u aan")? An order has the bare stem: not "Bent", "Is", "Ontvangt", "Vinden", "Mocht"
    (a condition: "Bent u het niet eens ..., dan"), and never a modal or "hebben", "zijn",
    "worden" ("Heb je vragen, dan", "Wil je meer weten, dan"). A stem that ends in "t" is also
    the form before "u" ("Weet u het niet zeker, dan")."""
    low = verb.lower_
    if nxt.lower_ in NOMINATIVE_ONLY or "Past" in verb.morph.get("Tense") \
            or verb.lemma_.lower() in NO_ORDER_VERBS or low in NO_ORDER_FORMS:
        return False
    if nxt.lower_ == "u" and low.endswith("t"):
        return False
    return is_verb_stem(low)


def _subject_right_after(verb, second) -> bool:
    """Does the subject stand right after the verb that opens the sentence ("Bent u", "Heeft
    u", "Is de aanvraag")? Then the verb opens a condition or a question, not a main clause.
    Not an order whose next word is its object ("Vul het formulier in", "Meld u aan")."""
    if second.lower_ not in SUBJECT_AFTER_VERB and not (
            second.lower_ in NOUN_SUBJECT_START and second.head.dep_ in {"nsubj", "nsubj:pass"}):
        return False
    return not _order_form(verb, second)  # an order with its object: the reader has its verb first


def _main_verb_after_verb_first_condition(doc, sent, verb):
    """The finite verb of the main clause after a condition that opens with its verb and ends
    in ", dan": "Bent u het niet eens met dit besluit van de gemeente over uw aanvraag, dan kunt
    u bezwaar maken" (the parse makes the condition's "Bent" the sentence's verb, at the first
    word). Dutch says "als ..., dan" this way too; the reader waits for "kunt" as after "Als u het
    niet eens bent ...,". Only a sentence that starts with the finite verb and its subject and
    does not ask ('?'); "dan" right after a comma, and a finite verb right after it."""
    if verb is None or not is_finite(verb):
        return None
    table = token_table(doc)
    is_space = table.is_space
    words = [i for i in range(sent.start, sent.end) if not is_space[i]]  # (indexes: no Token per word)
    if len(words) < 4 or words[0] > verb.i or table.texts[words[-1]] == "?":
        return None
    verb = doc[words[0]]  # (the parse may make the main clause's verb the root: the condition's
    # verb is the first word all the same)
    if not is_finite(verb):
        return None
    if not _subject_right_after(verb, doc[words[1]]):
        return None
    for i in range(verb.i + 2, sent.end - 2):
        if doc[i].text in {":", ";"}:
            return None
        if doc[i].text == "," and doc[i + 1].lower_ == "dan" and is_finite(doc[i + 2]):
            return doc[i + 2]
    return None


# the prepositions that make a relative adverb with "waar" ("waarin", "waarvan", "waarop")
WAAR_PREPOSITIONS = frozenset({"aan", "achter", "bij", "door", "in", "langs", "mee", "na", "naar", "om", "onder",
                               "op", "over", "tegen", "toe", "uit", "van", "voor"})


def _relative_word(tok) -> bool:
    """Does a relative clause open at this word: a relative pronoun ("die", "dat", "wat", "wie")
    or "waar" and its compounds ("waar het virus ...", "waarin", "waarvan")? Not "die" or "dat"
    before a noun ("Dat kind ..."): a determiner.

    Not ``clauses.opens_relative``, which reads the form alone: this one uses the tag to leave
    out a determiner, takes any pronoun tagged relative, and only 'waar' + a preposition of
    ``WAAR_PREPOSITIONS`` (not "waarde", "waarheid"; "waarbinnen" neither). On the real texts'
    tokens the two differ (65 tokens: see ``clauses.opens_relative``): kept apart (health34)."""
    low = tok.lower_
    if tok.pos_ == "DET":
        return False
    return ("Rel" in tok.morph.get("PronType") or low in {"die", "dat", "wat", "wie", "waar"}
            or (low.startswith("waar") and low[4:] in WAAR_PREPOSITIONS))


def _relative_fragment(doc, sent, verb) -> bool:
    """Is the sentence a phrase with a relative clause and no main clause: a chart label or a
    fragment ("Aantal mensen met COVID-19 dat per dag in een ziekenhuis is opgenomen.",
    "Bijvoorbeeld met maatregelen voor regio's waar het virus de kop opsteekt.")? Its only finite
    verb stands last, in the relative clause, with words before the relative word that it
    belongs to. A Dutch main clause puts its finite verb second, so there is no verb for the
    reader to wait for: DD108 has nothing to say. Not when a finite verb comes before the
    relative word ("Dit zijn de mensen die ..."), words follow the verb, or the verb is not the
    relative clause's own ("De man die hier woont, belt ons")."""
    if verb is None or not is_finite(verb):
        return False
    if any(t.pos_ not in {"VERB", "AUX", "PUNCT", "SPACE"} or is_finite(t) for t in doc[verb.i + 1 : sent.end]):
        return False  # words after the verb: it is not the last one
    clause = clause_verb(verb)
    relative = next((t for t in doc[sent.start : verb.i] if _relative_word(t)), None)
    if relative is None or relative.head.i != clause.i \
            or not any(not t.is_punct and not t.is_space for t in doc[sent.start : relative.i]):
        return False  # no relative word, one of another clause ("De medewerker die bij u kwam,
        # belde"), or it is the first word ("Wie dit leest, ...")
    return not any(is_finite(t) or (t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "acl", "compound:prt"})
                   for t in doc[sent.start : relative.i])  # (also a verb the tagger did not call
    # finite: "duiding van experts ... bepalen de maatregelen die worden genomen")


def _finite_between(doc, start: int, end: int) -> bool:
    """Is one of the tokens ``start:end`` a finite verb (``is_finite``)? Read from the token
    table's facts, no Token object: ``_first_finite_in_main_order`` has nothing to give without."""
    facts = token_table(doc).facts
    return any(finite_at(facts, i) for i in range(start, end))


def _first_finite_in_main_order(doc, sent, verb):
    """The first finite verb of the sentence when nothing before it opens a subclause, a
    comma, an insert or a colon: in a Dutch main clause the finite verb stands second, so the
    reader has it there ("Dit getal is een inschatting van het aantal locaties waar ..., is
    gemeld": the verb is "is", the third word, though the parse made "gemeld" the root).
    None when ``verb`` is that verb or comes before it."""
    if verb is None or not _finite_between(doc, sent.start, verb.i):
        return None
    for t in doc[sent.start : verb.i]:
        if t.text in {",", ":", ";", "(", "[", "–", "—", "-"} or (_opens_subclause(t) and t.pos_ != "DET"):
            return None
        if is_finite(t):
            tops = [w for w in doc[sent.start : t.i] if not sent.start <= w.head.i < t.i and not w.is_punct]
            if not tops:
                after = next((w for w in doc[t.i + 1 : sent.end] if not w.is_space), None)
                last = next((w for w in reversed(doc[t.i : sent.end]) if not w.is_space), t)
                if after is not None and last.text != "?" and _subject_right_after(t, after):
                    return None  # the verb first and its subject after it: a condition or a
                    # question ("Heeft u ... nog vragen, bel dan ons"), not the main clause
            return t if len(tops) <= 1 else None  # one phrase before it: the verb is second ("Dit
            # getal is"); more parts before it are a clause of their own, a relative clause whose
            # pronoun is missing ("Bewijzen je al uitgeprint hebt hoef je niet te gebruiken")
    return None


def _in_relative_clause(tok) -> bool:
    """Is the verb (or the verb its auxiliary belongs to) the verb of a relative clause ("de
    informatie die voortkomt uit ...")?"""
    clause = clause_verb(tok)
    return clause.dep_ == "acl:relcl"


def _second(head, own) -> bool:
    """Does the finite verb stand second in its clause, as in a main clause: one part before
    it ("Gevaarlijke situaties zullen ...")? "Wat u moet doen ..." has two: a subclause
    without a conjunction."""
    table = token_table(head.doc)  # Token.children's labels, without a Token each
    deps, facts = table.deps, table.facts
    punct, cc = label_ids("punct", "cc")
    first = [c for c in table.children(head.i) if c < own.i and deps[c] != punct and deps[c] != cc
             and facts[c].pos != "CCONJ"]
    return len(first) <= 1


def _early_verb_of_its_own(root, finite, word: list[bool], start: int, limit: int) -> bool:
    """Is the main verb of the sentence a verb that is not finite, early in the sentence, with
    every finite verb after it in a clause of its own? "Vermeld op de informatie ook het
    zaaknummer van uw zaak, dit is: ..." (an order: the tagger calls "Vermeld" a participle;
    "is" is the verb of a second clause), "- melding maken van een document waar ... gemaakt
    moet worden" (a list item that goes on from "U kunt hier terecht voor:"; "moet" is in the
    relative clause). The reader has the verb at the first or second word and waits for
    nothing. Not when a finite verb after it is the root's own auxiliary ("... aangevraagd
    heeft": a verb at the end of its clause)."""
    if root.pos_ != "VERB" or not finite or finite[0].i < root.i:
        return False
    if sum(word[start : root.i]) > limit:
        return False
    return not any(t.head.i == root.i and t.dep_ in {"aux", "aux:pass", "cop"} for t in finite)


def _plural_read_as_infinitive(table, sent, root, verb) -> bool:
    """Is the clause's verb (``verb``: the root or its auxiliary) an "infinitive" whose subject
    opens the sentence, before the verb and before its participle? A Dutch verb in the plural of
    the present is spelled as its infinitive ("De medewerkers van ... helpen u", "Alle
    ouders ... betalen", "De bewoners van ... worden gebeld"), and the tagger may take it for
    one; an infinitive has no subject of its own, so with one in front, as a main clause puts
    it, it is the finite verb of the main clause, and the words before it are its lead-in. Not
    a subject further on, after words of a subclause ("..., bijvoorbeeld waarin de woonboten ...
    moeten"), nor an auxiliary after its participle ("Deze bestaan uit het ... opgenomen
    worden"), the order of a subclause, not of a main clause."""
    if verb is None or verb.i > root.i or "Inf" not in verb.morph.get("VerbForm"):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "te" for c in verb.children):
        return False  # "Ten behoeve van ... verzoeken wij u ... te verstrekken": an infinitive with
        # "te" is never a finite verb; its "subject" is the main clause's own verb the tagger
        # took for a noun ("verzoeken"), which stands early
    first = _first_word(table, sent.start, verb.i)
    subjects = label_set("nsubj", "nsubj:pass")
    return first is not None and any(table.deps[c] in subjects and c < verb.i and root.doc[c].left_edge.i <= first
                                     for c in table.children(root.i))


def _plural_after_its_subject(table, sent, root, verb, earlier) -> bool:
    """Is the clause's verb a plural read as an infinitive (``_plural_read_as_infinitive``)
    whose subject in front holds every finite verb before it (``earlier``): the verbs of
    relative clauses inside the subject ("De plannen die ... zijn gekozen en die ... passen
    worden uitgevoerd")? Then the plural is the finite verb of the main clause, and the whole
    subject, with its clauses, is what the reader holds before it; the finite verb of a
    relative clause ends no lead-in."""
    if not _plural_read_as_infinitive(table, sent, root, verb):
        return False
    subjects = label_set("nsubj", "nsubj:pass")
    doc = root.doc
    spans = [(doc[c].left_edge.i, doc[c].right_edge.i) for c in table.children(root.i)
             if table.deps[c] in subjects and c < verb.i]
    return all(any(a <= t.i <= b for a, b in spans) for t in earlier)


def _relative_advice(doc, before: list[int], verb) -> str | None:
    """The advice for a lead-in that is the subject of the main clause with a relative clause
    in it ("De plannen die ... en die ... worden uitgevoerd"): names the word that opens the
    first one ('die', 'dat', 'waarin' ...; ``clauses.opens_relative``, not another pronoun of
    that clause: 'men' in "groepensex, waar men ... over hoort praten"): a pronoun or adverb in the lead-in whose clause
    (``acl:relcl``) hangs on a subject of the main verb's clause, also in the lead-in. None for
    another lead-in, and when a subject follows the finite verb (a main clause has one subject;
    after the verb, the part in front is not it)."""
    inside = set(before)
    labelled = [c.i for c in clause_verb(verb).children if c.dep_ in {"nsubj", "nsubj:pass"}]
    if any(i > verb.i for i in labelled):
        return None  # the subject after the finite verb ("Boten die ..., mogen we ..."): the part in
        # front is an object or another part, whatever label the parse gave it
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in PERSONAL_SUBJECTS:
        return None  # a pronoun right after the finite verb may be its subject whatever its label
        # ("De brief die ... kunt u weggooien": 'u' labelled an object); the general advice holds
    subjects = {i for i in labelled if i in inside}
    word = next((doc[i].lower_ for i in before if doc[i].pos_ in {"PRON", "ADV"} and opens_relative(doc[i])
                 and doc[i].head.dep_ == "acl:relcl"
                 and i < doc[i].head.i < verb.i and doc[i].head.head.i in subjects), None)
    if word is None:
        return None
    return f"Het onderwerp heeft een bijzin met '{word}'. Maak van die bijzin een eigen zin, of zet het werkwoord eerder."


def _last_without_subject(table, sent, verb) -> bool:
    """Is the finite verb a full verb that ends the sentence (only punctuation after it) and
    has no subject? A Dutch main clause puts its finite verb second and gives it a subject, so
    a "verb" last, with no subject, closes no lead-in the reader holds: a word the tagger took
    for a verb ("- Snel huurtoeslag verstrekken voor een miljoen huishoudens.": a plural noun)
    or the end of a clause that goes on from the line before. An auxiliary may go without a
    subject ("..., wordt er gekeken" has 'er'; "Vandaag wordt gewerkt"), so only a full verb."""
    if table.facts[verb.i].pos != "VERB" or not all(p or w for p, w in zip(table.is_punct[verb.i + 1 : sent.end], table.is_space[verb.i + 1 : sent.end])):
        return False
    # a finite verb of a main clause has a subject (clauses.SUBJECT_DEPS; "Er wordt gebeld": 'er')
    deps, labels = table.deps, label_set(*SUBJECT_DEPS)
    # (white space after the verb: a list item ends in a line break)
    return not any(deps[c] in labels for c in table.children(verb.i))


def _continues_sentence_before(text: str, sent, verb) -> bool:
    """Is the sentence an item of a list that goes on from the sentence before it: its first
    word in small letters, at the start of a line (after a dash or a bullet), and its finite
    verb at the end of the clause, with more than one part before it? "Dan kan het zijn dat:
    - iemand anders de deblokkeringscode voor uw DigiD heeft aangevraagd." The item is the rest
    of the "dat"-clause; a clause like that puts its verb last, and the main verb ("kan") is in
    the sentence before. Not a sentence in small letters that is a main clause of its own
    ("- u krijgt binnen twee weken ..."): there the finite verb comes second."""
    first = next((t for t in sent if t.is_alpha or any(c.isalnum() for c in t.text)), None)
    if first is None or not first.is_alpha or not first.text[:1].islower():
        return False
    # ``text``: ctx.text (doc.text is rebuilt on each call)
    if text[line_start(text, first.idx): first.idx].strip(" \t-\u2022*\u2013"):
        return False  # not at the start of a line
    clause = clause_verb(verb)
    return not _second(clause, verb)


def _fronted_opener(doc, start, verb, after_subclause: bool = False):
    """The conjunction that opens the lead-in, when the lead-in is one subclause with the main
    verb right after it: "Als u vragen heeft over uw aanvraag of over de regels, kunt u ...",
    "Om de melding snel op te kunnen lossen hebben we ...". Such a lead-in can go to the end
    ("U kunt ... als u vragen heeft"); "Zet het werkwoord eerder" does not say how. None for
    another lead-in (a long subject, a list, a phrase with "Voor"). ``after_subclause``: the
    main verb was found after the subclause (``_main_verb_after_fronted_subclause``)."""
    if start.lower_ not in FRONT_OPENERS | {"om"} or start.dep_ not in {"mark", "case"} and start.pos_ != "SCONJ":
        return None
    if after_subclause:
        return start
    prev = doc[verb.i - 1]
    if prev.lower_ in {"dan", "toen"}:
        prev = doc[verb.i - 2]
    main = clause_verb(verb)
    if prev.text == "," or (start.head.dep_ == "advcl" and start.head.head.i == main.i):
        return start  # (the subclause hangs on the main verb: "Als u een aanbod afneemt met een
        # bedrag lager dan 20 euro blijft ...")
    if start.lower_ == "om":  # "Om ... op te kunnen lossen hebben we": the verb after the infinitive
        return start if any(t.lower_ == "te" for t in doc[start.i : verb.i]) and prev.pos_ in {"VERB", "AUX"} else None
    return start if is_finite(prev) or prev.pos_ in {"VERB", "AUX"} else None


# subjects after a verb that opens a question ("Woon je ...?", "Heeft u ...?", "Komen jullie ...?")
QUESTION_SUBJECTS = SUBJECT_PRONOUNS | {"jullie"}
# what the first word of a sentence is not when it is the sentence's verb, whatever verb it may
# spell: in a question ("Door", "Met", "Op"), in an order (an auxiliary there is a question or a
# condition: "Kan", "Wordt")
_NO_VERB_POS = frozenset({"ADP", "DET", "PRON", "SCONJ", "CCONJ", "NUM", "ADV"})
_NO_ORDER_POS = frozenset({"ADP", "DET", "PRON", "SCONJ", "CCONJ", "NUM", "AUX"})


def _verb_at_first(first, question: bool) -> bool:
    """Can the first word of a sentence be its verb, whatever the tagger calls it ("Beschrijf"
    and "Verblijf" as nouns)? A word with a capital, not a preposition, article, pronoun,
    conjunction or number. In an order (``question`` False): the bare stem of a verb the word
    list knows, not in the past, and not a modal or "hebben", "zijn", "worden" ("Kan", "Heb":
    a question or a condition). In a question also a finite form and those verbs ("Heeft u
    ...?", "Kun je ...?")."""
    if not first.is_alpha or not first.text[:1].isupper():
        return False
    low = first.lower_
    if question:
        return first.pos_ not in _NO_VERB_POS and (is_finite(first) or low in NO_ORDER_FORMS or is_verb_stem(low))
    return (first.pos_ not in _NO_ORDER_POS and low not in NO_ORDER_FORMS and "Past" not in first.morph.get("Tense")
            and is_verb_stem(low))


def _order_first(doc, sent) -> bool:
    """Does the sentence open with an order whose verb the tagger took for a noun ("Beschrijf
    hier wat er aan de hand is en wat er aan gedaan kan worden": "Beschrijf" as a noun, the
    parse's verb "kan" in the "wat"-clause)? The first word is the stem of a verb the word list
    knows, not a modal or "hebben", "zijn", "worden", and every finite verb after it stands
    last in a clause that a conjunction or a question word opens: the reader has the main verb
    at the first word. Not a noun that is the subject ("Werk aan de weg dat de gemeente
    uitvoert, kan hinder geven": "kan" stands before its words, a main clause's verb)."""
    # the first word first: most sentences do not open with a verb's stem, and then no Token
    # is made for the rest of the sentence (the same answer: both tests only read)
    first = next((t for t in sent if not (t.is_punct or t.is_space or t.text in structure.LIST_MARKS)), None)
    if first is None or not _verb_at_first(first, question=False):
        return False
    words = [t for t in sent if not (t.is_punct or t.is_space or t.text in structure.LIST_MARKS)]
    if len(words) < 3:
        return False
    opened = False
    for k, tok in enumerate(words[1:], 1):
        if _opens_subclause(tok):
            opened = True
        if not is_finite(tok):
            continue
        if not opened:
            return False  # a finite verb before any subclause: a main clause of its own
        rest = words[k + 1:]
        while rest and rest[0].pos_ in {"VERB", "AUX"} and not is_finite(rest[0]):
            rest = rest[1:]
        if rest and rest[0].pos_ != "CCONJ" and not _opens_subclause(rest[0]):
            return False  # words after the finite verb: not the end of a subclause
        opened = False  # the subclause ends with its verb
    return True




def _verb_first_question(sent) -> bool:
    """Is the sentence a yes/no question that opens with its verb and its subject, also with
    more questions joined by "maar", "of" or "en" ("Logeer je in Enschede, maar heb je nog geen
    woning of dreig je ...?")? The reader has the verb at the first word, and each joined
    question opens with its own verb. The tagger may take such a first verb for a noun
    ("Verblijf", "Werk") and give the sentence's root to a later verb. Not a condition before a
    main clause ("Woont u ... in het buitenland, dan moet u ...", "Bent u 18 of ouder, wilt u
    dan ...?"): there a verb follows the comma, and the condition is a lead-in."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 3 or toks[-1].text != "?":
        return False
    if toks[1].lower_ not in QUESTION_SUBJECTS or not _verb_at_first(toks[0], question=True):
        return False  # "Door je ziekte en ... kon je niet werken?": a preposition, not "doren"
    return not any(a.text == "," and (is_finite(b) or b.lower_ in {"dan", "toen"})
                   for a, b in zip(toks, toks[1:]))


# the labels of what a verb has in its own clause: a verb with one of them before the main
# verb is a clause, or a clause in disguise ("de door u op 3 maart ingevulde formulieren")
CLAUSE_LABELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "advmod", "aux", "aux:pass",
                           "cop", "mark", "xcomp", "ccomp", "expl", "compound:prt"})


# the labels of the subject and the object: a lead-in that is one of them names who or what the
# sentence is about ("Begin met wie wat doet"); an adverbial lead-in ("Naar aanleiding van ...",
# "In verband met ...") only delays them
ARGUMENT_LABELS = frozenset({"nsubj", "nsubj:pass", "obj"})


def _argument_phrase(doc, start: int, end: int) -> bool:
    """Is the lead-in from token ``start`` to ``end`` (the main verb) one subject or one object
    of the main verb, without a clause in it (``_clause_in``)? Its words form one phrase: each
    word whose head lies outside the lead-in is a subject or an object (two, joined by "en"
    or "of", are one phrase too)."""
    tops = [t for t in doc[start:end] if not start <= t.head.i < end and not t.is_punct]
    return bool(tops) and all(t.dep_ in ARGUMENT_LABELS for t in tops) and not _clause_in(doc, start, end)


def _clause_in(doc, start: int, end: int) -> bool:
    """Does a clause stand between tokens ``start`` and ``end``: a finite verb, a conjunction
    that opens a subclause, a verb with a subject, object or adverbial of its own, or a verb
    made into a noun with its object ("Het geven van namen aan ...", "De plaatsing van nieuwe
    bomen ...": who gives, who places?, as DD106 reads them)? Not a verb form used as a noun or
    an adjective ("kapotte fietsen", "de gevraagde gegevens"): the tagger may call such a word a
    verb, but it has no clause around it."""
    words = [t for t in doc[start:end] if not t.is_punct]
    if next(het_van(words), None) or next(het_between_van(words), None):
        return True
    if any(a.pos_ == "NOUN" and b.lower_ == "van" and verb_of(a.lower_) for a, b in zip(words, words[1:])):
        return True  # a noun of action in -ing and "van" + what it acts on
    for tok in doc[start:end]:
        if is_finite(tok) or tok.pos_ == "SCONJ":  # (also a subclause without its verb: "indien
            return True  # nodig", "zoals afgesproken")
        if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in CLAUSE_LABELS for c in tok.children):
            return True
    return False


def _few_words(word: list[bool], start: int, end: int, limit: int) -> bool:
    """Has the sentence ``start:end`` at most ``limit`` words (``word``: ``TokenTable.word``)?
    The words before its verb are some of them, so DD108 has nothing to say about it. (Asked
    again of the tokens before the verb, once the verb is known.)"""
    return sum(word[start:end]) <= limit


@register
class LeadIn(Rule):
    code = "DD108"
    name = "lange-aanloop"
    category = "lead-in"
    severity = Severity.SUGGESTION
    # max_phrase_words: a lead-in that is one phrase, without a verb, a comma or an insert in
    # brackets or dashes ("Dode of zieke dieren in de openbare ruimte kunt u ..."), is one thing
    # for the reader to hold, not a clause or a condition: it may have this many words
    settings = {"max_words": 8, "max_phrase_words": 12}
    doc = RuleDoc(
        what="Zoekt zinnen met veel woorden voor de persoonsvorm (het eerste werkwoord van de hoofdzin).",
        why=(
            "Lezers begrijpen een zin pas als ze het werkwoord hebben gelezen. Komt dat pas "
            "laat, dan moeten ze alles ervoor onthouden. Begin met wie wat doet."
        ),
        source="LiNT (Pander Maat e.a.) (https://github.com/vanboefer/lint_ii); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl)",
        bad="Naar aanleiding van uw aanvraag van 3 februari voor een bijdrage in de kosten van de verhuizing hebben wij besloten...",
        good="U vroeg op 3 februari om geld voor uw verhuizing. Wij hebben besloten...",
        exceptions=(
            "Een aanhef, kopjes en opsommingen. Staan er negen woorden voor het werkwoord? Dan "
            "alleen als er iets tussen haakjes of streepjes bij staat. Is het stuk voor het werkwoord "
            "het onderwerp of het voorwerp van de zin, zonder eigen werkwoord, komma of haakjes? Zoals "
            "'De nieuwe regels voor het parkeren van fietsen bij het station gelden ...'. Dan zegt het "
            "waar de zin over gaat, en mag het tot "
            f"{settings['max_phrase_words']} woorden hebben. Wat voor een dubbele punt "
            "staat, telt niet mee. Een datum, zoals 'maandag 3 juni 2024', telt als één woord. Een naam, "
            "zoals 'Burgemeester de Vlugtlaan 125', ook, behalve in een zin met komma's of haakjes. Niet als "
            "het werkwoord vooraan staat, zoals in een opdracht of een vraag ('Vermeld ... uw zaaknummer, "
            "dit is: ...'). Niet in een zin zonder persoonsvorm, zoals een punt van een lijst: '- Snel en eerlijk "
            "de toeslag betalen aan alle huishoudens'. Een afkorting tussen haakjes direct na een naam telt niet mee, "
            "zoals '(W&I)' in 'Het team Werk en Inkomen (W&I) van de gemeente Utrecht helpt u'. En niet in een punt van "
            "een lijst dat verder gaat op de zin ervoor ('dat: - iemand anders de code ... heeft "
            "aangevraagd')."
        ),
    )

    def check(self, ctx: Context):
        table = token_table(ctx.doc)
        word, texts, facts = table.word, table.texts, table.facts  # Context.is_word, Token.text, ...
        n = len(texts)
        limit = self.options["max_words"]
        deps = table.deps
        (mark,) = label_ids("mark")
        nsubj, aux, aux_pass, cop = label_ids("nsubj", "aux", "aux:pass", "cop")
        # The verb found below is a VERB or AUX of the sentence itself whenever the parse's trees
        # stay inside their sentences (it is the root, a token of the root's tree, or a token
        # found by index within the sentence), and at most ``limit`` words before it are no
        # finding. So a sentence whose last VERB or AUX has at most ``limit`` words before it
        # (about a third of the long sentences) has nothing to find: it is passed over before
        # the verb is looked for. A Doc with a tree across sentences is read in full.
        from spacy.symbols import AUX, VERB

        verbs = table.with_pos(VERB, AUX) if table.sentences_closed() else None
        for sent in ctx.prose_sentences:
            if _few_words(word, sent.start, sent.end, limit):
                continue  # a short sentence: no lead-in can be too long (most sentences of a letter)
            if verbs is not None:
                k = bisect.bisect_left(verbs, sent.end) - 1  # the sentence's last VERB or AUX
                if k < 0 or verbs[k] < sent.start or _few_words(word, sent.start, verbs[k], limit):
                    continue
            root = sent.root
            verb = finite_verb(root)
            if verb is root and facts[root.i].pos == "VERB" and "Inf" not in root.morph.get("VerbForm") and not any(
                    deps[c] == aux or deps[c] == aux_pass or deps[c] == cop for c in table.children(root.i)) \
                    and _second(root, root) and not any(
                    facts[i].finite_form for i in range(sent.start, min(root.i, sent.end))) and any(
                    deps[c] == nsubj for c in table.children(root.i)):
                pass  # "Geleidelijk verzwakt de bodem": tagged as a participle, but it has a
                # subject, no auxiliary and stands second: the finite verb of the main clause
            elif verb is not None and not facts[verb.i].finite_form:  # "Fin" not in Token.morph.get("VerbForm")
                # the parse gave the finite verb to another clause ("Nadat er een account is
                # aangemaakt wordt van je verwacht"): the last finite verb before the main verb,
                # else the first after it
                finite = [ctx.doc[i] for i in range(sent.start, sent.end) if finite_at(facts, i)]
                if not finite and not _plural_read_as_infinitive(table, sent, root, verb):
                    continue  # no finite verb in the whole sentence: no main clause whose verb the
                    # reader waits for (a list item that goes on from a line before, "- Snel en
                    # zorgvuldig een uitkering betalen aan ..."), or one whose verb the tagger took for
                    # another word ("Deze bestaan uit ...": 'bestaan' a noun); the participle or
                    # infinitive it would name ends no lead-in
                earlier = [t for t in finite if t.i < root.i]
                if not earlier and _early_verb_of_its_own(root, finite, word, sent.start, limit):
                    continue  # the reader has the main verb early: an order whose verb the tagger
                    # calls a participle ("Vermeld ... het zaaknummer van uw zaak, dit is: ..."), an
                    # item of a list that goes on from the sentence before ("- melding maken van een
                    # document waar ... gemaakt moet worden"); the finite verbs come later, in
                    # clauses of their own
                if not (earlier and _plural_after_its_subject(table, sent, root, verb, earlier)):
                    verb = earlier[-1] if earlier else (finite[0] if finite else verb)
            earlier = (_earlier_main_clause_verb(root, verb) or _verb_before_final_subclause(ctx.doc, sent, verb)
                       or _first_finite_in_main_order(ctx.doc, sent, verb))
            verb = earlier if earlier is not None else verb
            main = _main_verb_right_after_subclause(ctx.doc, sent, verb) \
                or _main_verb_after_fronted_subclause(ctx.doc, sent, verb)
            condition = main is None and _main_verb_after_verb_first_condition(ctx.doc, sent, verb)
            main = main or condition or None
            verb = main if main is not None else verb
            if verb is None or verb.pos_ not in {"VERB", "AUX"} or not word[verb.i]:
                continue
            if _few_words(word, sent.start, min(verb.i, sent.end), limit):
                continue  # at most ``limit`` words before the verb at all: the lead-in counted
                # below (from a colon on, dates and names as one word) has no more (most sentences)
            if _relative_fragment(ctx.doc, sent, verb):
                continue  # "Aantal mensen ... dat per dag in een ziekenhuis is opgenomen.": a label
                # with a relative clause, no main clause
            if _last_without_subject(table, sent, verb):
                continue  # "- Snel en goed huurtoeslag verstrekken voor ongeveer een miljoen
                # huishoudens.": 'huishoudens' tagged as the finite verb
            if _continues_sentence_before(ctx.text, sent, verb):
                continue  # "Dan kan het zijn dat: - iemand anders de code ... heeft aangevraagd"
            if _order_first(ctx.doc, sent):
                continue  # "Beschrijf hier wat ...": an order, its verb the first word
            if _verb_first_question(sent):
                continue  # "Logeer je in Enschede, maar heb je ... of dreig je ...?": the verb first
            clause = clause_verb(verb)
            prev = ctx.doc[verb.i - 1] if verb.i > sent.start else None
            if prev is not None and prev.lower_ in {"dan", "toen"} and verb.i - 1 > sent.start:
                prev = ctx.doc[verb.i - 2]
            after_clause = main is not None or (prev is not None and (prev.text == "," or is_finite(prev)))
            if not after_clause and any(
                    deps[c] == mark and facts[c].pos == "SCONJ" and facts[c].lower != "te" and c < verb.i
                    and not _in_brackets(ctx.doc, sent.start, c)
                    for c in table.children(clause.i)):
                continue  # no main clause: a subclause on its own ("Zoals ... deed", "Dat A en B
                # ... beschrijven"), a fragment whose main verb the parse did not find. A verb
                # right after the comma or after the subclause's own verb is the main verb after a
                # subclause ("Hoewel ..., was", "Voordat hij ... trad is Doelman")
            # a colon or semicolon closes what comes before it ("Parkeren: ...", "...; het
            # inzicht ontstaat"): the lead-in starts after it
            stop = min(verb.i, sent.end)
            stops = [i for i in range(sent.start, stop) if texts[i] in {":", ";", "''", "”"}
                     or (i + 1 < n and facts[i + 1].lower in STARTERS and _glued_heading_end(ctx.doc, i, sent.start))]
            # (a closing quote too: ",,Dat ik zo populair ben, vind ik grandioos'', lachte hij")
            start_i = stops[-1] if stops else sent.start - 1
            # (a date counts as one word: "maandag 3 juni 2024" is one thing to read; so does a
            # name: "het Centrum voor Jeugd en Gezin", "Burgemeester de Vlugtlaan 125")
            # (only in a lead-in of one piece, without an insert, a quote or a comma: there the
            # names add to the insert, "(zoals Buiten Beter en Verbeter de Buurt)", "Darco, het
            # paard waar Ludo Philippaerts ...")
            first = max(start_i + 1, sent.start)
            # (a short form in brackets right after a name is neither a word nor an insert: "Het
            # cluster Werk & Inkomen (W&I) van ..." gives the name its abbreviation, as DD112 asks)
            short = _short_forms(texts, first, stop)
            plain = not any(texts[i] in INSERTS or texts[i] in QUOTE_MARKS or texts[i] == ","
                            for i in range(first, stop) if i not in short)
            before = [i for i in range(first, stop) if word[i] and not _inside_date(texts, i) and i not in short
                      and not (plain and _inside_name(texts, i, sent.start))]
            if not before:
                continue
            if len(before) == limit + 1 and not any(texts[i] in INSERTS for i in range(before[0], stop) if i not in short):
                continue  # one word over: only with an insert in brackets or dashes ("Door deze
                # context (het beeld vervangt de tekst) wordt"); a plain subclause of nine words
                # before the verb ("Als u vragen heeft over uw aanvraag, belt u") is usual Dutch
            if plain and len(before) <= self.options["max_phrase_words"] and _argument_phrase(ctx.doc, first, stop):
                continue  # the subject or the object, one phrase without a clause: "Oude kranten
                # en lege flessen uit de keuken of de schuur kunt u ..." names what the sentence is
                # about, unlike "Als u ... heeft, kunt u" or "Naar aanleiding van uw brief ..."
            if len(before) > limit:
                start = ctx.doc[before[0]]
                opener = _fronted_opener(ctx.doc, start, verb, main is not None)
                advice = (f"Zet het stuk met '{opener.lower_}' aan het eind van de zin, of maak twee zinnen."
                          if opener is not None else CONDITION_ADVICE if condition
                          else _relative_advice(ctx.doc, before, verb)
                          or "Zet het werkwoord eerder in de zin, of maak twee zinnen.")
                yield self.finding(
                    ctx, start.idx, verb.idx + len(verb),
                    f"Er staan {len(before)} woorden voor het werkwoord '{verb.text}'. {advice}",
                )
