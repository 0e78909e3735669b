"""Helpers shared by rules that look at clauses (not a rule module: it registers nothing)."""

from __future__ import annotations

from functools import cache

from duidelijk import wordlists
from duidelijk.metrics import token_table

CLAUSE_DEPS = {"ROOT", "advcl", "ccomp", "xcomp", "acl", "acl:relcl", "csubj", "parataxis", "conj"}


def clause_head(token):
    """The head of the clause a token belongs to."""
    cur = token
    while cur.dep_ not in CLAUSE_DEPS and cur.head.i != cur.i:
        cur = cur.head
    return cur


# the labels of a verb that belongs to another verb of its clause: an auxiliary or a copula
AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})
# the words that deny a verb or a predicate in its clause ("niet mogelijk", "nooit nodig",
# "geen actie"): DD103's flipped expressions and DD111's advice read the same three
NEGATIONS = frozenset({"niet", "nooit", "geen"})
# the personal pronouns that can be the subject of a finite verb ("en dat doet u", "Kan ik ...")
PERSONAL_SUBJECTS = frozenset({"ik", "je", "jij", "u", "hij", "zij", "ze", "wij", "we", "jullie", "men"})
# the conjunctions that open a condition ("Als u binnenkort verhuist, ...", "indien nodig"): the
# one list; explanations adds "zodra" (a moment as the term's condition), broken.SUBORDINATORS
# and tang.FRONT_OPENERS hold them among all conjunctions that open a subclause in front
CONDITION_WORDS = frozenset({"als", "wanneer", "indien"})
# the words that make a thing the one reader's own ("uw aanvraag", "je baan"); phrases.OWNER_WORDS
# holds everyone's ("zijn", "haar", "onze") for expressions
READER_OWNERS = frozenset({"uw", "je", "jouw"})
# the same with "jullie" (several readers: "jullie kind"), as DD102 and DD114 read them
READER_POSSESSIVES = READER_OWNERS | {"jullie"}
# the pronouns that open a relative clause ("de plannen die ...", "wat u ... heeft", formal
# "de regels, welke ..."); every 'waar-' word does so too ("waarin", "waarover"): ``opens_relative``
RELATIVE_STARTS = frozenset({"die", "dat", "wat", "wie", "welke"})


def opens_relative(tok) -> bool:
    """Can ``tok`` open a relative clause: a word of ``RELATIVE_STARTS`` or a 'waar-' word?

    Read from the form alone, whatever the tagger says: the callers ask it where the place
    already rules out a determiner (a subject with a verb after it, the word after "en", a
    pronoun or adverb of an ``acl:relcl``). Two near-copies ask other questions and stay apart
    (health34 ran all three over the 37,008 tokens of the findings dump's 1,565 texts; no two
    gave the same answer on every token, so one piece would change findings):
    ``tang._relative_word`` says no to a determiner ("die brief", "welke stukken": 49 tokens),
    to a 'waar-' word that is not 'waar' + a preposition ("waarde", "waarheid": 13; also
    "waarbinnen": 2) and to 'welke' not tagged relative (1); ``broken._opens_clause`` asks
    whether any subclause opens (also "als", "omdat": 234 tokens more) and takes only a pronoun
    the tagger calls relative (not a pointing "dat", "wat", "die": 147 fewer, nor "dat" as a
    conjunction the parse hangs on no verb: 23). This one says yes to a noun such as "waarde"
    too (its callers then ask for a relative clause's verb); left as it is, a change of findings."""
    return tok.lower_ in RELATIVE_STARTS or tok.lower_.startswith("waar")


# the labels of a clause's subject: a noun or pronoun, a clause ("Het beantwoorden van vragen
# kan drie weken duren") or the empty "er"/"het" ("Er wordt gebeld"). Two rules keep their own, smaller set:
# broken.SUBJECT_DEPS (no "csubj:pass") and sentence_length.SUBJECT_DEPS (only "nsubj", "nsubj:pass", "expl")
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl", "expl:pv", "csubj", "csubj:pass"})


def sentence_root(sent):
    """The root of a sentence as the reader has it. Before a blank line the parse may make the
    line break the root and hang the sentence's own root on it under any label ("Als de
    melding is verwerkt, ontvangen wij graag een bericht.\n\n": "ontvangen" as "amod" of the
    break); then that word is the root."""
    root = sent.root
    if not root.is_space:
        return root
    return next((c for c in root.children if not c.is_space and not c.is_punct), root)


def clause_verb(tok):
    """The verb an auxiliary or copula belongs to ("moet" in "... gemaakt moet worden" ->
    "gemaakt"), or the token itself: the verb whose clause it is."""
    return tok.head if tok.dep_ in AUX_DEPS else tok


def about_the_past(tok) -> bool:
    """Is the clause of this word in a past tense ("heeft ... betaald", "betaalde")?"""
    head = tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    verbs = [head] + [c for c in head.children if c.dep_ in {"aux", "aux:pass", "cop"}]
    if any("Past" in v.morph.get("Tense") and "Fin" in v.morph.get("VerbForm") for v in verbs):
        return True
    perfect = any(c.lemma_.lower() in {"hebben", "zijn"} and c.dep_ == "aux" for c in head.children)
    return perfect and "Part" in head.morph.get("VerbForm")


def is_finite(tok) -> bool:
    """Is the token a finite verb (a verb or auxiliary in a finite form: "Fin" in
    ``Token.morph``'s VerbForm, ``Token.pos_`` VERB or AUX)? Read from the Doc's token table
    (``finite_at``): ``Token.morph.get`` makes a MorphAnalysis and a list at every call."""
    return finite_at(token_table(tok.doc).facts, tok.i)


def finite_at(facts, i: int) -> bool:
    """``is_finite`` of token ``i``, read from the token table's facts (``metrics.token_table``)."""
    fact = facts[i]
    return fact.finite_form and fact.pos in {"VERB", "AUX"}


def finite_verb(head):
    """The finite verb of a clause: the head itself or one of its auxiliaries / copulas.

    Read from the Doc's token table (no Token per child); tests/test_rule_speed.py holds it
    to the same question asked of Token objects."""
    doc = head.doc
    table = token_table(doc)
    labels = label_set("aux", "aux:pass", "cop")
    deps, facts = table.deps, table.facts
    cands = [head.i] + [c for c in table.children(head.i) if deps[c] in labels]
    found = [i for i in cands if facts[i].finite_form] or [i for i in cands if facts[i].pos in {"VERB", "AUX"}]
    if not found:
        return None
    first = min(found)
    return head if first == head.i else doc[first]  # the head itself, as the Token way (callers ask "is")


# the labels of an infinitive that is used as a noun ("Het indienen kost geld", "bij het
# indienen"): then "het" before it is its article
NOUN_USE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:agent", "nmod", "appos"})


_HET_IS_PRONOUN = "duidelijk.het_is_pronoun"  # Doc.user_data: token index -> het_is_pronoun


def _next_word(doc, i: int):
    """The first token after ``doc[i]`` that is no space, or None."""
    for j in range(i + 1, len(doc)):
        if not doc[j].is_space:
            return doc[j]
    return None


def het_is_pronoun(het) -> bool:
    """Is this "het" a pronoun, the thing a verb is about ("U kunt het online regelen", "Wij
    sturen het naar u", "U kunt het indienen", "Wij hebben het gedaan."), not an article? The
    tagger calls "het" before an infinitive or participle an article ("det"); it is one only
    where that verb is used as a noun: after a preposition ("bij het indienen"), before "van"
    ("het indienen van een bezwaar"), or as subject or object ("Het aanvragen gaat online").
    It is a pronoun at the end of a clause ("Wij sturen het.") and before the verb of its
    clause: a verb with an auxiliary ("kunt ... indienen") or after a verb ("gaan ... verstrekken").

    Kept per token with its Doc: DD103 asks it of the same "het" up to four times."""
    if het.lower_ != "het":
        return False
    known = het.doc.user_data.setdefault(_HET_IS_PRONOUN, {})
    answer = known.get(het.i)
    if answer is None:
        answer = known[het.i] = _het_is_pronoun(het)
    return answer


def _het_is_pronoun(het) -> bool:
    """``het_is_pronoun`` for a "het", worked out."""
    if het.dep_ == "det" and het.head.i > het.i and het.head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
        return False  # "Het verstreken jaar", tagged a pronoun all the same
    doc = het.doc
    nxt = _next_word(doc, het.i)
    if het.pos_ == "PRON":
        return not _article_of_infinitive(nxt)
    if nxt is None or nxt.is_punct:
        return True
    if nxt.pos_ not in {"VERB", "AUX"} or nxt.dep_ in NOUN_USE_DEPS:
        return False
    if het.i > 0 and doc[het.i - 1].pos_ == "ADP":
        return False  # "voor het indienen"
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "van":
        return False  # "het verstrekken van de gegevens"
    return nxt.dep_ == "xcomp" or any(c.dep_ in {"aux", "aux:pass"} for c in nxt.children)


# verbs that take a bare infinitive with its object before it ("Wij gaan het bijstellen", "U
# kunt het indienen"): with another verb "het" before an infinitive is its article
INFINITIVE_TAKERS = frozenset({"gaan", "blijven", "laten", "komen", "kunnen", "zullen", "willen", "mogen", "moeten",
                               "hoeven", "durven"})
# words that start the next clause: an infinitive before them ends its own clause
NEXT_CLAUSE_WORDS = frozenset({"en", "of", "maar", "als", "want", "omdat", "zodat", "wanneer", "nadat", "voordat",
                               "zodra", "dan"})


def _article_of_infinitive(nxt) -> bool:
    """Is a "het" that the tagger calls a pronoun the article of the infinitive right after it,
    used as a noun ("Volgens ons duurt het bijstellen te lang", "Hoe lang duurt het
    bijstellen?", "Dan gaat het bijstellen sneller")? Yes, unless the infinitive has an
    auxiliary ("Kunt u het bijstellen?") or hangs on a verb that takes a bare infinitive and
    ends its clause ("Wij gaan het bijstellen.", "Wij willen het bijstellen als dat nodig is").
    ``nxt``: the word after "het" (``_next_word``)."""
    if nxt is None or nxt.pos_ != "VERB" or "Inf" not in nxt.morph.get("VerbForm"):
        return False
    if any(c.dep_ in {"aux", "aux:pass"} for c in nxt.children):
        return False
    if nxt.dep_ == "xcomp" and nxt.head.lemma_.lower() in INFINITIVE_TAKERS:
        after = _next_word(nxt.doc, nxt.i)
        return not (after is None or after.is_punct or after.lower_ in NEXT_CLAUSE_WORDS)
    return True


@cache
def label_ids(*labels: str) -> tuple[int, ...]:
    """The string ids of these dependency labels, in their order (hashes of the strings: the
    same in every vocabulary), worked out once, so that rules compare a token table's label
    ids with ints. spaCy is imported here, at the first check, not when the rule modules are
    imported (tests/test_startup.py: importing spaCy early pulls in its command line)."""
    from spacy.strings import get_string_id

    return tuple(get_string_id(label) for label in labels)


@cache
def label_set(*labels: str) -> frozenset[int]:
    """``label_ids`` as a set, for "is this label one of them"."""
    return frozenset(label_ids(*labels))


# Quotation marks, one table for the rules that read quoted words (DD111's 'men' in a quote,
# jargon's quoted names on a page, the lead-in's quote marks): each opening mark, as the
# tokenizer gives it, with the marks that close it. "“" opens (“...”) and also closes „...“
# (Dutch and German); the straight double quote closes itself; ",," ... "''" is the typewriter
# style. The straight single quote is in QUOTE_MARKS only: the same sign is the apostrophe of
# "'s" and "zo'n", so it opens and closes nothing.
QUOTE_PAIRS = {'"': ('"',), "“": ("”",), "„": ("”", "“"), "‘": ("’",), "«": ("»",), ",,": ("''",)}
QUOTE_CLOSERS = frozenset(c for closers in QUOTE_PAIRS.values() for c in closers)
PAIRED_QUOTES = frozenset(QUOTE_PAIRS) | QUOTE_CLOSERS  # the marks that open or close
QUOTE_MARKS = PAIRED_QUOTES | {"'"}
# the double marks: a quoted title or someone else's words; single ones (‘...’) are also
# used for a word the writer only names
DOUBLE_QUOTES = frozenset(m for m in QUOTE_MARKS if m not in {"‘", "’", "'"})


def closes_quote(opening: str, mark: str) -> bool:
    """Does ``mark`` close a quote that ``opening`` opened ("”" after "„", "''" after ",,")?"""
    return mark in QUOTE_PAIRS.get(opening, ())


def inside_double_quotes(doc, start: int, i: int) -> bool:
    """Is token ``i`` between double quotation marks opened since token ``start`` (the
    sentence's start): « ... », “ ... ”, „ ... ” or „ ... “, " ... ", ,, ... ''? A mark glued to
    a word ('"Wat') counts as well. A quote closed before the token is over ("In de folder
    „Afval scheiden“ staat hoe men ...": 'men' is the writer's own)."""
    opened: list[str] = []
    for t in doc[start:i]:
        text = t.text
        for mark in (text,) if text in {",,", "''"} else text:
            if mark not in DOUBLE_QUOTES:
                continue
            if opened and closes_quote(opened[-1], mark):
                opened.pop()
            elif mark in QUOTE_PAIRS:
                opened.append(mark)
            elif mark in QUOTE_CLOSERS and opened:
                opened.pop()
    return bool(opened)


@cache
def written_things() -> frozenset[str]:
    """The nouns of ``wordlists/written_things.tsv``: what one writes ("brief", "beschikking")."""
    return wordlists.words("written_things", "noun")


def compound_of(tok, nouns, forms=()) -> bool:
    """Is this noun one of ``nouns`` or a compound with one of them as its head: the part
    before it a word ("jaarverslag", "beleidsregel", "huurcontract", "APV-artikel"), not only
    the same last letters ("voicemail" is no mail)? Its form or its lemma ("voorwaarden"), or
    one of ``forms`` (a singular the lemmatizer missed)."""
    from duidelijk.dictionary import exists, part_word

    for w in {tok.lower_, tok.lemma_.lower(), *forms}:
        for n in nouns:
            if w.endswith(n):
                front = w[: -len(n)]
                if not front or front.endswith("-") or len(front) >= 3 and (exists(part_word(front)) or exists(front)):
                    return True
    return False


def written(tok) -> bool:
    """Is this noun a written thing ("brief", "formulier", "jaarverslag": one of
    ``wordlists/written_things.tsv`` or a compound with one as its head)? DD103 reads
    "opstellen" with it as "schrijven", DD102 a place in it as a place in a text."""
    return compound_of(tok, written_things())
