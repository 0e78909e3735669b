"""Names of schemes, benefits, permits, taxes and rules, shared by the word rules.

A Dutch name of a scheme starts with a noun for its kind, written with a capital, and goes on in
lower case without an article or a preposition: 'Tegemoetkoming aanvullend openbaar vervoer',
'Regeling aanvullende tegemoetkoming', 'Wet kinderopvang'. In running Dutch a noun takes another
noun phrase only with a preposition ('een tegemoetkoming in de kosten'), so a bare noun phrase
straight after such a capitalised noun shows a name. A name cannot be rewritten: 'Bijdrage
aanvullend openbaar vervoer' is no scheme. DD103 (ambtelijke taal) asks ``heads_a_name`` for
a listed word; only DD103 reads this module so far.

Why other lists of heads stay apart: ``rules.abbreviations.scheme_heads`` (DD112) reads the
words after capitals and a hyphen ('TONK-regeling', 'BIG-register': registers too, matched by
a word's start or end); ``rules.difficult_words.name_heads`` (DD104's ``in_name``) and DD105's
``regulation_heads``/``name_heads`` hold heads of names of organisations, places and rules
('Adviesraad', 'straat', 'team'), which take lower-case words after them in a name but are no
scheme. A head at the start of a sentence: ``in_name`` asks for a finite verb after the name
(else a subject line); this module takes a heading without a verb as a name ('Tegemoetkoming
eigen risico'), as letters list their schemes that way. Neither test can tell a telegraphic
subject line ('Heffing afval stijgt') from a name.
"""

from __future__ import annotations

from functools import cache

from duidelijk import wordlists
from duidelijk.dictionary import compound_parts
from duidelijk.lexicon import zipf
from duidelijk.metrics import token_table
from duidelijk.verbs import PARTICLES, past_participle

# the words of a name after its head: lower-case adjectives and nouns ("aanvullend openbaar vervoer")
_NAME_WORD_POS = frozenset({"ADJ", "NOUN"})
_HEAD_POS = frozenset({"NOUN", "PROPN"})
# at most this many words after the head belong to the name's bare noun phrase: a name such as
# 'Tegemoetkoming aanvullend openbaar vervoer' has three; the words after them are the sentence's
REACH = 4
# parts of a word the compound splitter may give that are a prefix, no word of their own
# ('ver' + 'lening' is 'verlening', 'over' + 'belasting'): no compound of a scheme's head
_PREFIXES = frozenset(PARTICLES) | {"ver", "be", "ont", "her", "ge", "er", "mis"}


@cache
def scheme_name_heads() -> frozenset[str]:
    """The nouns that start the name of a scheme, a benefit, a permit, a tax or a rule
    (``wordlists/scheme_heads.tsv``): 'regeling', 'tegemoetkoming', 'toeslag', 'wet'. Not the
    same list as ``rules.abbreviations.scheme_heads`` (see the module's note)."""
    return wordlists.words("scheme_heads")


@cache
def _compound_heads() -> frozenset[str]:
    """The heads of ``scheme_name_heads`` that head a name also as a compound's last part."""
    return wordlists.words("scheme_heads", in_compound="yes")


@cache
def _tax_names() -> frozenset[str]:
    """DD105's long names of taxes ('precariobelasting'): a compound in 'belasting' that is one."""
    from duidelijk.rules.long_words import LongWord

    return frozenset(LongWord.settings["tax_names"])


@cache
def _time_nouns() -> frozenset[str]:
    """Nouns of time (and a place in a text) that make a bare noun phrase an adverbial ('volgend
    jaar', 'komend weekend'): ``wordlists/adverbial_nouns.tsv``, which DD103 reads for phrases too."""
    return wordlists.words("adverbial_nouns", "noun")


def is_scheme_head(word: str) -> bool:
    """Is the word (lower case) one of ``scheme_name_heads``, or a compound whose last part
    (by the compound splitter) is one that heads a name also in a compound ('zorgtoeslag',
    'studielening'), after parts that are words, no prefixes? Not 'dienstverlening' ('dienst'
    + 'verlening'), 'verkorting' ('ver' + 'korting'), 'groenvoorziening' (a facility) or
    'geluidsbelasting' (a load; a listed tax name is one: 'precariobelasting')."""
    if word in scheme_name_heads() or word in _tax_names():
        return True
    return _compound_of_head(word)


def _compound_of_head(word: str) -> bool:
    """Is the word a compound whose last part heads a name also in a compound, after parts
    that are words? The last part may be such a compound itself, as the splitter cuts it
    ('reiskostenvergoeding': 'reis' + 'kostenvergoeding')."""
    parts = compound_parts(word)
    if len(parts) < 2 or not all(len(p) >= 3 and p not in _PREFIXES for p in parts[:-1]):
        return False
    return parts[-1] in _compound_heads() or (len(parts[-1]) < len(word) and _compound_of_head(parts[-1]))


def heads_a_name(tok, table=None) -> bool:
    """Is the word the capitalised head of the name of a scheme: a noun of ``scheme_name_heads``
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
    for j in range(i + 1, min(end, i + 1 + REACH)):
        if not (facts[j].alpha and texts[j].islower() and (facts[j].pos in _NAME_WORD_POS or _present_participle(facts[j]))):
            break
        if facts[j].pos == "NOUN":
            if last_noun is None and _time_noun(facts[j].lower):
                return False  # "Kwijtschelding volgend jaar opnieuw aanvragen": when, not which
            last_noun = j
    if last_noun is None:
        return False
    return not _infinitive(facts[last_noun].lower)


def _time_noun(word: str) -> bool:
    """A noun of time, or a compound whose last part is one ('wachttijd'): a bare noun phrase
    with it is an adverbial of the sentence, no part of a name."""
    if word in _time_nouns():
        return True
    parts = compound_parts(word)
    return len(parts) > 1 and parts[-1] in _time_nouns()


def _present_participle(fact) -> bool:
    """A present participle before a noun, which the tagger calls a verb: 'aanvullend(e)'."""
    return fact.pos == "VERB" and fact.lower.endswith(("end", "ende"))


# a participle Dutch text uses at least this often shows a verb ('aangevraagd' 3.9; 'meerkost' 1.2)
PARTICIPLE_ZIPF = 2.0


def _infinitive(word: str) -> bool:
    """Is a word the tagger calls a noun an infinitive of a verb ('aanvragen', 'indienen': their
    participles 'aangevraagd', 'ingediend' are common), not a plural ('ouderen', 'meerkosten')?"""
    if not word.endswith("en"):
        return False
    participle = past_participle(word)
    return bool(participle) and zipf(participle) >= PARTICIPLE_ZIPF
