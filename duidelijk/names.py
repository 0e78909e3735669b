"""Names of schemes, benefits, permits, taxes and rules, shared by the word rules.

A Dutch name of a scheme starts with a noun for its kind, written with a capital, and goes on in
lower case without an article or a preposition: 'Tegemoetkoming aanvullend openbaar vervoer',
'Regeling aanvullende tegemoetkoming', 'Wet kinderopvang'. In running Dutch a noun takes another
noun phrase only with a preposition ('een tegemoetkoming in de kosten'), so a bare noun phrase
straight after such a capitalised noun shows a name. A name cannot be rewritten: 'Bijdrage
aanvullend openbaar vervoer' is no scheme. DD103 (ambtelijke taal) asks ``heads_a_name`` for
a listed word; DD104 and DD105 meet the same names (their own ``in_name`` reads the words after a
capitalised head) and can ask ``scheme_heads`` for the kinds of head.
"""

from __future__ import annotations

from functools import cache

from duidelijk import wordlists
from duidelijk.lexicon import zipf
from duidelijk.metrics import token_table
from duidelijk.verbs import past_participle

# the words of a name after its head: lower-case adjectives and nouns ("aanvullend openbaar vervoer")
_NAME_WORD_POS = frozenset({"ADJ", "NOUN"})
_HEAD_POS = frozenset({"NOUN", "PROPN"})
# at most this many words after the head belong to the name's bare noun phrase
_REACH = 4


@cache
def scheme_heads() -> frozenset[str]:
    """The nouns that start the name of a scheme, a benefit, a permit, a tax or a rule
    (``wordlists/scheme_heads.tsv``): 'regeling', 'tegemoetkoming', 'toeslag', 'wet'."""
    return frozenset(r["word"] for r in wordlists.load("scheme_heads"))


def is_scheme_head(word: str) -> bool:
    """Is the word (lower case) one of ``scheme_heads``, or a compound that ends in one with at
    least three letters before it ('inkomensvoorziening', 'zorgtoeslag')?"""
    if word in scheme_heads():
        return True
    return any(word.endswith(h) and len(word) - len(h) >= 3 for h in scheme_heads())


def heads_a_name(tok, table=None) -> bool:
    """Is the word the capitalised head of the name of a scheme: a noun of ``scheme_heads``
    written with a capital (not in capitals only), followed straight away by a bare noun phrase
    in lower case, adjectives (a present participle too) and nouns that end in a noun ('Tegemoetkoming aanvullend openbaar
    vervoer voor ouderen', 'Vraag de Tegemoetkoming kinderopvang aan')? Not with an article or a
    preposition after it ('Tegemoetkoming in de kosten': a word, rewritable), nor when the next
    word is an infinitive the tagger read as a plural noun ('Ontheffing aanvragen'). ``table``:
    the Doc's token table, if at hand."""
    if table is None:
        table = token_table(tok.doc)
    facts, texts = table.facts, table.texts
    i = tok.i
    text = texts[i]
    if facts[i].pos not in _HEAD_POS or not facts[i].alpha or not (text[:1].isupper() and text[1:].islower()):
        return False
    if not is_scheme_head(facts[i].lower):
        return False
    end = table.sentence_of(i)[1]
    last_noun = None
    for j in range(i + 1, min(end, i + 1 + _REACH)):
        if not (facts[j].alpha and texts[j].islower() and (facts[j].pos in _NAME_WORD_POS or _present_participle(facts[j]))):
            break
        if facts[j].pos == "NOUN":
            last_noun = j
    if last_noun is None:
        return False
    return not _infinitive(facts[last_noun].lower)


def _present_participle(fact) -> bool:
    """A present participle before a noun, which the tagger calls a verb: 'aanvullend(e)'."""
    return fact.pos == "VERB" and fact.lower.endswith(("end", "ende"))


# a participle Dutch text uses at least this often shows a verb ('aangevraagd' 3.9; 'meerkost' 1.2)
_PARTICIPLE_ZIPF = 2.0


def _infinitive(word: str) -> bool:
    """Is a word the tagger calls a noun an infinitive of a verb ('aanvragen', 'indienen': their
    participles 'aangevraagd', 'ingediend' are common), not a plural ('ouderen', 'meerkosten')?"""
    if not word.endswith("en"):
        return False
    participle = past_participle(word)
    return bool(participle) and zipf(participle) >= _PARTICIPLE_ZIPF
