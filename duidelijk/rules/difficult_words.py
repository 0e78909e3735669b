"""DD104 moeilijk-woord: content words that few readers know.

Source: word frequency in Dutch from ``wordfreq`` (Speer et al., Zipf scale), as LiNT
(Pander Maat et al.) uses frequency as its strongest word-level predictor of difficulty.
The B1 advice follows Direct Duidelijk: use words that readers know, or explain them.

A word counts as difficult when it is not familiar (``duidelijk.dictionary.familiarity``):
the frequency of its lemma summed over all its forms ("parkeren", "parkeert" ... together),
verbs with a particle or prefix as one unit ("inloggen" is easy, "doorberekenen" hard, even
though "door" and "berekenen" are easy). A compound of two easy real words ("afvalcontainer")
is not difficult, and a noun of quality is known through its adjective ("gladheid":
``dictionary.known_meaning``) and an English noun of a verb and its particle through the Dutch
particle verb ("login": "inloggen", ``phrasal_noun_familiarity``; in a compound "loginpagina"
as "inlogpagina", ``phrasal_compound_familiarity``); a compound whose first part is an everyday
compound for a thing reads that part by its own parts ("woonboot" + "haven",
``nested_compound_familiarity``), and so does a compound of three parts whose group of two
text seldom writes ("stadspas" + "jaar": ``grouped_by_parts_familiarity``). A new compound
whose two easy parts the same text writes as a phrase ("ganzen overlast", then
"ganzenoverlast") is known in that text (``parts_in_text``). Formal words get a higher
bar than other words, as they are common in print but rare in speech: loanwords by their
ending ("structureel"; a compound only when its head is one: "actieformulier" is not; a verb
in "-eren" only when it says "-eert": "annuleert", not "levert"; adjectives also in "-ent",
"-ant", "-isch", "-aat": "equivalent", "farmaceutisch"), abstract nouns with Latin spelling
and no loan ending that speech uses clearly less than writing ("context", "infrastructuur";
not "contract", nor English loans such as "account"), old genitive adverbs ("destijds"; not
an adverb of an everyday adjective and a place or time word, "kortgeleden", "kortweg":
``adjective_adverb_parts``), verbs with "her-", "voort-" or "ont-" ("hervatten",
"voortduren", "ontlenen"), verbs made of "ver-" or "be-" and an adjective ("bemachtigen",
"verduurzamen") and present participles before a noun ("een verkennende fase"). Spoken Dutch
(SUBTLEX-NL subtitle frequency, ``duidelijk.subtlex``) gives a second opinion: a word that
written Dutch uses much more than speech ("zogenoemde", "naleving", "toekenning") counts as
less familiar, and a word that only looks formal but that speech uses often ("kwartier",
"reparatie") gets the bar of other words. Subtitles lack the words of forms and counters
("inloggen", "webshop") and count compounds too rarely, so they never decide alone; a verb
made of a particle, "her-" or "mis-" and one of the most common verbs that speech uses as
often as writing ("heropenen", "misgegaan") is known through speech. A spelling slip of a
common word ("wijzingen", "blokeren") is no difficult word; a no-word one keystroke or its
doubled letters away from a word of the same text ("address": "adres") is reported as a slip
of it, and so is a past participle with its last "-t" or "-d" left out or swapped ("aangemelt":
"aangemeld", ``participle_slip``). Words on the B1 list in ``wordlists/b1_safe.tsv``, names, numbers, placeholders, words
the text explains ("... (dat betekent ...)") or names after describing what they mean ("U
krijgt geld terug. Dit heet restitutie."), a heading of one word that the sentence under it
explains ("Sterfte" / "Deze cijfers laten zien hoeveel mensen zijn overleden":
``explanations.heading_explained``) and words on the organisation's accept list are
never flagged; capitals that are no word are an abbreviation, DD112's ("UDAP"). A word the tagger reads as foreign ("in natura", "user agents") gets the
loanword bar, once per phrase. A word joined with a hyphen ("niet-ingezetene", "antigeen- of
PCR-test") is read by its head, the last piece, as a word of its own (``hyphen_verdict``).
A word the tagger reads with a part of speech no form of it can have is read as what it is: a
plural of people in "-e" ("de overledenen": ``plural_person_noun``) and a new compound noun
("het weekgemiddelde": ``noun_headed_compound``) read as verbs, a particle verb's stem read as
an adjective ("als ik het optel": ``particle_verb_stem``); a noun of a present participle whose
lemma is its verb or its participle ("de werkzoekende": ``participle_noun_lemma``) is read by
its own forms as a noun. The end of a word in brackets ("zorg(elijke)": ``bracketed_tail``) is no
word; an adverb of "hoe" and an everyday adjective ("hoelang": ``question_adverb_parts``) is no
adverb of written Dutch. A capitalised word that opens a quote
("de code ‘Influenza’") has the capital of a quote, not of a name (``quoted_start``). The noun
of quality of an adjective on the B1 list is known ("benauwdheid": ``safe_quality_noun``).
Each word is reported once per text, and so is the one hard
part of compounds ("corona" in "coronabewijs" and "coronaregels": ``hard_part``), after the
'duidelijk: negeer' comments (``once_per_obstacle``).
"""

from __future__ import annotations

import bisect
import copy
import math
import re
from functools import cache, lru_cache
from typing import NamedTuple

from duidelijk import dictionary as _dictionary, verbs as _verbs, verdict_table as _verdict_table, wordlists  # _verbs: read at call time (no import statement per word)
from duidelijk.findings import Severity
from duidelijk.lexicon import english_zipf, letter_count, zipf
from duidelijk.metrics import FactColumn, _nouns, noun_class, per_doc, token_table  # _nouns: LiNT-II's noun list
from duidelijk.dictionary import (compound_parts, everyday_head, exists, exists_inflected, has_word_list, known_meaning,
                                  known_meaning_floor, lemma_candidates, lemma_zipf, likely_typo, part_word, plural_candidates,
                                  separable, starts_a_word, starts_with_prefix)
from duidelijk.explanations import _BRACKET_EXPLAINER, explained, heading_explained, label_explained  # does the text explain the word?
from duidelijk.rules.address import impersonal_terms, means_the_reader
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.long_words import LongWord, action_noun_verbs, camel_case, named_thing, number_rest
from duidelijk.structure import LIST_MARKS
from duidelijk.subtlex import spoken_lemma_zipf, spoken_zipf

CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV"}
# per token fact: a word of letters only (``Token.is_alpha``) that the rule judges by its part
# of speech, a content word or one tagged foreign (``DifficultWord.check``)
_JUDGED = FactColumn(lambda fact, _: fact.alpha and (fact.pos in CONTENT_POS or fact.pos in ("X", "PROPN")))
_HYPHEN_POS = frozenset({"NOUN", "ADJ", "X"})  # the words joined with a hyphen that DD104 reads by their pieces
# per token fact: a word joined with a hyphen that DD104 reads by its pieces (not letters only,
# a part of speech of _HYPHEN_POS, a "-" in it; the length the rule asks is its option, tested
# per token): one numpy step per Doc instead of a look at every token of the prose
_HYPHENED = FactColumn(lambda fact, _: not fact.alpha and fact.pos in _HYPHEN_POS and "-" in fact.lower)
# personal pronouns that take "zelf" ("mezelf", "uzelf", "zichzelf"): no content words
SELF_PRONOUNS = frozenset("me mij je jij jou u zich hem haar ons hen hun jullie".split())


READ_NOTE = "twee lezers"  # b1_safe.tsv's lines from the blind reading (benchmarks/known_words.py)


# "e-" before a noun: the digital form of a thing ("e-mail", "e-ticket", "e-mandaat")
_DIGITAL_PREFIXES = frozenset({"e"})
# the familiarity a noun needs so that its digital form ("e-" + noun) says itself what it is
_DIGITAL_HEAD_ZIPF = 4.0


def known_digital_form(whole: str) -> bool:
    """Is the digital form of a thing ("e-mail", "e-book", "e-bike") a word of the dictionary, or
    does it start with one ("e-mailadres", "e-mailmeldingen")? Then the reader knows it as a
    word of its own, whatever its head alone is ("book", an English word: ``english_word``)."""
    return any(exists(whole[:end]) for end in range(len(whole), 4, -1))


@lru_cache(maxsize=4096)
def _digital_form_score(whole: str, head: str, lemma: str) -> float | None:
    """The familiarity of the digital form of a thing ("e-mandaat", "e-herkenning"), or None
    when it is known: "e-" names the online version of a thing, which tells the reader only
    what the thing is when the thing is an everyday word (familiarity ``_DIGITAL_HEAD_ZIPF``:
    "e-formulier", "e-dossier") or the whole is a word of the dictionary ("e-mail", "e-book",
    "e-ticket", "e-bike") or starts with one ("e-mailmeldingen"). Else the reader meets a new
    kind of thing named after a thing of the office ("mandaat", "nota", "depot")."""
    if known_digital_form(whole):
        return None  # a word of the dictionary, or a compound of one: "e-mailadres", "e-mailmeldingen"
    familiar = max(_dictionary.familiarity(head, lemma, "NOUN"), _dictionary.familiarity(head, head, "NOUN"))
    return familiar if familiar < _DIGITAL_HEAD_ZIPF else None


@cache
def b1_safe() -> frozenset[str]:
    """The B1 list, less the words the blind reading frees in an everyday sense only
    (``wordlists/read_one_sense.tsv``: 'bestek' of a contractor)."""
    one_sense = {r["word"] for r in wordlists.load("read_one_sense")}
    return frozenset(w for r in wordlists.load("b1_safe")
                     if not ((w := r["word"].lower()) in one_sense and r["note"] == READ_NOTE))


@cache
def b1_read() -> frozenset[str]:
    """The words of the B1 list by the blind reading alone (note ``READ_NOTE``)."""
    return frozenset(r["word"].lower() for r in wordlists.load("b1_safe") if r["note"] == READ_NOTE)


@cache
def recent_words() -> frozenset[str]:
    """Words of daily life and the news since 2020 (``wordlists/recent_words.tsv``: "lockdown",
    "vaccineren", "teststraat"), which the frequency lists rate rare: their text is older."""
    return frozenset(r["word"].lower() for r in wordlists.load("recent_words"))


def recent_forms(word: str) -> bool:
    """Is ``word`` (lower case) a word of ``recent_words`` or an inflected form of one
    ("lockdowns", "teststraten", "gevaccineerd" through its lemma elsewhere)?"""
    recent = recent_words()
    return any(c in recent for c in lemma_candidates(word))


def recent_compound(low: str, pos: str, head_known) -> bool:
    """Is a noun a compound of two parts whose first part is a word of daily life since 2020
    (``recent_forms``: "corona", "vaccinatie", "lockdown") and whose head readers know
    (``head_known``: the rule's own verdict on the head alone), as in "coronacijfers",
    "coronavariant", "lockdownregels"? Dutch made such compounds daily in the news of those
    years; the frequency lists, gathered from older text, lack them, so their count says
    nothing. The whole says what it is: figures about corona, a kind of corona. Not a compound
    with a hard head ("coronadashboard") or a head that names a measured quantity
    ("vaccinatiegraad": the reader must know the measurement, ``dictionary.measure_compound``),
    nor one of three parts or more (DD105's long words)."""
    if pos != "NOUN":
        return False
    parts = compound_parts(low)
    if len(parts) != 2 or starts_with_prefix(parts) or len(parts[1]) < 3:
        return False
    first, head = parts
    if not (recent_forms(first) or recent_forms(part_word(first))):
        return False
    if _dictionary.measure_compound(low, low):
        return False  # a measurement to know: "vaccinatiegraad" (``measure_heads``)
    return any(head_known(c) for c in lemma_candidates(head) if c == head or exists(c))


def safe_word(low: str, lemma: str, safe) -> bool:
    """Whether a word is on the B1 list as its form or its lemma. A verb the blind reading
    freed (``b1_read``) does not free its present participle: the readers read the verb in its
    everyday sense, the '-end(e)' adjective is another, formal word ('bijkomen', but
    'bijkomende kosten'; 'opkomen', but 'opkomende kosten'), whatever the tagger calls it.
    Except a verb of a state (``state_verb``): its '-end(e)' says that state ('leegstaan',
    'de leegstaande woning'). A word in '-e' on the list frees its form in '-en', the plural
    of a noun or an adjective used as a noun ('invalide': 'de invaliden')."""
    if low in safe or low.endswith("en") and low[:-1] in safe:
        return True
    if lemma not in safe:
        return False
    return not (lemma.endswith("n") and low.removesuffix("e") == lemma + "d" and lemma in b1_read()
                and not state_verb(lemma))


# the verbs of position that make a verb of a state with an adjective before them
POSITION_VERBS = ("staan", "liggen", "zitten", "hangen")


def state_verb(verb: str) -> bool:
    """Is ``verb`` a plain adjective and a verb of position ('leegstaan', 'klaarstaan',
    'klaarliggen'), which says where or how something is: its present participle keeps that
    sense ('een leegstaand huis': it stands empty)? Not with one of the particles of
    ``verbs.PARTICLES``, though some are adjectives too: their verbs have senses of their own
    ('openstaan' of a bill: unpaid, 'een openstaand bedrag'; 'bekendstaan als'; 'aanstaande'),
    nor with a noun (LiNT-II's list: 'borgstaan'), nor for a whole verb the word list knows as
    a word of its own (``own_sense_position_verb``: 'volstaan', 'dwarsliggen')."""
    for position in POSITION_VERBS:
        first = verb[:-len(position)]
        if verb.endswith(position) and len(first) >= 3:
            return first not in _verbs.PARTICLES and exists(first) and _nouns().get(first) is None \
                and not own_sense_position_verb(first, position)
    return False


@cache
def _participle_and_doer(position: str) -> tuple[str, str]:
    """The past participle of a verb of position, as ``wordlists/strong_verbs.tsv`` gives it
    with its other strong forms (``_position_forms``: "gestaan", "gelegen"), and its doer
    noun in "-er": the infinitive without "-en" ("ligger", "zitter", "hanger"), with a "d"
    after the "n" of a verb of one syllable ("staander", as "gaander")."""
    doer = position[:-2] + "er" if position.endswith("en") else position + "der"
    return _verbs._strong_participles()[position], doer


def own_sense_position_verb(first: str, position: str) -> bool:
    """Does the word list know ``first`` + ``position`` as a verb with a sense of its own, not
    the sum of an adjective and a verb of position? A verb of a state is separable ("het huis
    staat leeg", "heeft leeggestaan"): the list knows the whole verb, then also its participle
    with "ge" after the adjective. Where it does not, "vol" is a prefix ("het volstaat", "heeft
    volstaan": enough). And a state makes no doer: the list has no "leegstaander" or
    "klaarligger"; a noun of the whole verb in "-er" ("dwarsligger": one who obstructs) shows
    a verb of its own ("dwarsliggen": to obstruct). A verb the list does not know ("scheefliggen")
    is read as its two words."""
    participle, doer = _participle_and_doer(position)
    if not exists(first + position):
        return False
    return not exists(first + participle) or exists(first + doer)


@cache
def _unit_name_list() -> tuple[str, ...]:
    """The names of the units of measure in LiNT-II's list, lower case, without what stands
    in brackets ("centiare (vierkante meter)" -> "centiare")."""
    names = (row["unit"].split("(")[0].strip().lower() for row in wordlists.load("lint_measurement_units"))
    return tuple(name for name in names if name)


@cache
def unit_names() -> frozenset[str]:
    """Names of units of measure ("kubieke meter", "vierkante meter") from LiNT-II's list:
    exact terms, needed where they stand (the quantity on a gas bill)."""
    return frozenset(name for name in _unit_name_list() if " " in name)


@cache
def unit_words() -> frozenset[str]:
    """Names of units of measure that are one word ("milliliter", "kilowattuur") from
    LiNT-II's list: as exact as "kubieke meter", and needed where they stand."""
    return frozenset(name for name in _unit_name_list() if " " not in name and len(name) > 3)


# the metric ladder as school teaches it (rekenen: "kilo, hecto, deca, -, deci, centi, milli"
# over the three base units of length, volume and mass); the steps daily life uses ("kilometer",
# "centimeter", "milliliter", the "deciliter" of a recipe): not "hecto-" or "deca-" (taught, but
# hardly used: "hectoliter", "decagram"), nor the prefixes of science and computers ("micro-",
# "mega-"), nor other units ("millibar", "kilojoule", "milliseconde": a unit of its own to know)
METRIC_PREFIXES = ("kilo", "centi", "milli", "deci")
METRIC_BASES = ("meter", "liter", "gram")


def metric_unit_familiarity(low: str) -> float:
    """For a unit of the metric ladder, a ``METRIC_PREFIXES`` step and a ``METRIC_BASES`` unit
    ("milli" + "liter", "deci" + "liter", "kilo" + "gram"), in the singular or plural
    ("milliliters", "kilogrammen"): the familiarity of the base unit; else -1. The prefix says
    how many of the unit (a thousandth, a hundredth, a tenth, a thousand), the same for each
    unit, so a reader who knows "liter" and the ladder of school knows "milliliter", however
    seldom print names it. The whole must be a word Dutch text uses ("decigram" is not). The
    unit is still an exact term where a number stands before it (``unit_after_number``); this
    says only that it is no hard word."""
    if not low.startswith(METRIC_PREFIXES):
        return -1.0  # (one cheap test first: most words start otherwise)
    for whole in (low, low[:-1] if low.endswith("s") else "", low[:-3] if low.endswith("mmen") else ""):
        if not whole or zipf(whole) <= 0:
            continue
        for prefix in METRIC_PREFIXES:
            base = whole[len(prefix):]
            if whole.startswith(prefix) and base in METRIC_BASES:
                return lemma_zipf(base, "NOUN")
    return -1.0


def unit_after_number(tok, lemma: str) -> bool:
    """Is the word a unit of one word after its number ("200 kilowattuur", "5 milliliter",
    "200.000 kilowatt uur")? The quantity needs its exact unit."""
    if lemma not in unit_words() and tok.lower_ not in unit_words():
        return False
    doc = tok.doc
    return any(doc[j].like_num for j in range(max(0, tok.i - 2), tok.i))


def in_unit_name(tok, facts=None) -> bool:
    """Is the word the first word of a unit name ("kubieke" in "75 kubieke meter")?
    ``facts``: the token table's facts of the Doc (``metrics.token_table``), if at hand."""
    if tok.i + 1 >= len(tok.doc):
        return False
    after = facts[tok.i + 1].lower if facts is not None else tok.doc[tok.i + 1].lower_
    names = unit_names()
    return f"{tok.lower_} {after}" in names or f"{tok.lower_.rstrip('e')} {after}" in names


def is_loanword(lemma: str, suffixes, safe=frozenset()) -> bool:
    """A formal loanword by its ending: -eel, -atie, -iteit, -eren ... (not short native words,
    and not a compound whose head is a short native word: "stadsdeel" ends in "deel", not in
    the "-eel" of "structureel"). A compound is as formal as its head: "actieformulier" ends
    in "-ier", but "formulier" is an everyday word (on the B1 list), so the compound is no
    formal loanword."""
    if len(lemma) < 7 or not lemma.endswith(tuple(suffixes)) or native_verb(lemma):
        return False
    if lemma.endswith("eren") and material_familiarity(lemma) >= 0:
        return False  # an adjective of a material ("lederen", "kunstlederen", "zilveren"), no "-eren" loan verb
    parts = compound_parts(lemma)
    if len(parts) == 1 or parts[-1] in {"ren", "eren"} and loan_verb(lemma):
        return True  # (a loan verb the splitter cuts before its ending: "importe" + "ren")
    head = parts[-1]
    return len(head) >= 7 and head.endswith(tuple(suffixes)) and head not in safe


def loan_verb(lemma: str) -> bool:
    """Is the word a verb in "-eren" that says "-eert" ("importeren": "importeert")? Not a
    native word that only ends in "-eren": "lederen" ("ledeert" is no word), "kinderen"."""
    return lemma.endswith("eren") and zipf(lemma[:-4] + "eert") > 0


def native_verb(lemma: str) -> bool:
    """A Dutch verb that only looks like a loanword by its "-eren" ("leveren", "inleveren",
    "weigeren", "veranderen"): its stem ends in "er" ("hij levert"), where a loan verb has the
    stressed "-eer" ("hij annuleert", "hij controleert"). Text shows which of the two forms
    Dutch uses."""
    if not lemma.endswith("eren") or len(lemma) < 7:
        return False
    native, loan = zipf(lemma[:-2] + "t"), zipf(lemma[:-4] + "eert")
    return native > 0 and native > loan


# "er", "hier", "daar", "waar" + a preposition: "daaruit", "hierom", "waartoe"
POINTERS = ("er", "hier", "daar", "waar")
# prepositions and place words: "onder" + "aan", "op" + "zij", "om" + "laag"
PLACE_WORDS = frozenset("aan af achter bij binnen boven buiten door in langs mee na naast om onder op over tegen "
                        "toe tussen uit voor weg zij laag hoog heen terug".split())
# (with "gister", the spoken form of "gisteren": "gistermiddag")
TIME_WORDS = frozenset("morgen avond ochtend middag nacht gisteren gister over eer van vandaag".split())


def plain_adverb(word: str) -> bool:
    """An adverb made of everyday parts whose meaning is their sum: a pointer with a
    preposition ("daaruit", "ermee"), two place words ("onderaan", "achterin", "omlaag"), two
    time words ("morgenavond", "vanmiddag") or an everyday adjective with a place or time word
    (``adjective_adverb_parts``: "kortom", "kortweg", "kortgeleden", "rechtdoor"). Old adverbs
    made of common parts with a meaning of their own ("nagenoeg", "voordien", "evenwel") are
    none of these."""
    return bool(plain_adverb_parts(word))


def plain_adverb_parts(word: str) -> tuple[str, str] | None:
    """The two parts of a ``plain_adverb`` ("gister", "middag"), or None."""
    for pointer in POINTERS:
        if word.startswith(pointer) and word[len(pointer):] in PLACE_WORDS | {"toe", "mee", "van", "voor", "naar", "om"}:
            return pointer, word[len(pointer):]
    for i in range(2, len(word) - 1):
        first, rest = word[:i], word[i:]
        if first in PLACE_WORDS and rest in PLACE_WORDS or first in TIME_WORDS and rest in TIME_WORDS:
            return first, rest
    return adjective_adverb_parts(word) or question_adverb_parts(word)


QUESTION_WORD = "hoe"  # the question word of degree that Dutch writes as one word with an adjective


def question_adverb_parts(word: str) -> tuple[str, str] | None:
    """An adverb made of the question word "hoe" and an everyday adjective ("hoelang",
    "hoelaat"): it asks how long, how late, and the reader knows both words; speech says it
    more often than print. The adjective as ``adjective_adverb_parts`` asks it (one of the most
    common words, with its inflected form and comparative), so "hoezeer" and "hoeverre" (no
    forms "zere", "zeerder"; "verre" is already inflected) stay formal. Returns the parts, or
    None."""
    if not word.startswith(QUESTION_WORD):
        return None
    rest = word[len(QUESTION_WORD):]
    if len(rest) >= 3 and zipf(rest) >= ADVERB_ADJECTIVE_ZIPF and _adjective_forms(rest):
        return QUESTION_WORD, rest
    return None


# the second part of an adverb of an adjective and a place or time word (``adjective_adverb_parts``):
# a place word, a time word or "geleden" (ago: "kort geleden", "lang geleden")
_AFTER_ADJECTIVE = PLACE_WORDS | TIME_WORDS | {"geleden"}
# the adjective of such an adverb is one of the most common words (Zipf, its form), and Dutch
# text uses its inflected form and its comparative ("korte", "korter") at least this much
ADVERB_ADJECTIVE_ZIPF = 4.5
ADJECTIVE_FORM_ZIPF = 3.0


def adjective_adverb_parts(word: str) -> tuple[str, str] | None:
    """An adverb made of an everyday adjective and a place or time word, written as one word
    ("kortom", "kortweg", "kortaf", "kortgeleden", "rechtdoor", "vrijuit", "hardop"): the
    adjective says how, the other word where to or when, and the reader knows both. Returns
    the two parts, or None. The first part is an adjective by its forms: Dutch text uses its
    inflected form and its comparative, spelling undone ("korte", "korter"; "hoog": "hoge",
    "hoger"). Function words ("al", "even", "wel", "of") have no such forms, so old adverbs
    of written Dutch ("evenmin", "welhaast", "veeleer", "voorheen") are none, and neither is
    one whose second part is no place or time word ("ruimschoots", "goeddeels")."""
    for i in range(3, len(word) - 1):
        first, rest = word[:i], word[i:]
        if rest in _AFTER_ADJECTIVE and zipf(first) >= ADVERB_ADJECTIVE_ZIPF and _adjective_forms(first):
            return first, rest
    return None


def _adjective_forms(word: str, compared: bool = True) -> bool:
    """Does Dutch text use ``word`` as an adjective: its inflected form and its comparative
    ("kort": "korte", "korter"; "hoog": "hoge", "hoger"; "dik": "dikke", "dikker"), each at
    least ``ADJECTIVE_FORM_ZIPF``? With ``compared`` off the inflected form is enough (text
    seldom compares some: "verse", not "verser"). The word is spelled before the ending as a
    verb's stem is before "-en" (``verbs._infinitives`` gives every spelling: "hog", "dikk");
    text decides which one is used."""
    for infinitive in _verbs._infinitives(word):
        inflected = infinitive[:-1]  # "hogen" -> "hoge"
        if zipf(inflected) >= ADJECTIVE_FORM_ZIPF and (not compared or zipf(inflected + "r") >= ADJECTIVE_FORM_ZIPF):
            return True
    return False


def formal_word(tok, low: str, lemma: str, opts, safe) -> bool:
    """Does the word belong to written Dutch (and so get the loanword bar)? A compound whose
    head has a loan ending but clears the loanword bar by itself is as plain as that head
    (``everyday_loan_head``)."""
    return (is_loanword(lemma, opts["loan_suffixes"], safe) and not (tok.pos_ == "NOUN" and everyday_loan_head(lemma, opts))
            and not (tok.pos_ == "ADJ" and everyday_noun_adjective(lemma, opts))) or (
        tok.pos_ == "ADJ" and is_loanword(lemma, opts["loan_adjective_suffixes"], safe)) or (
        tok.pos_ == "VERB" and (formal_prefix(lemma, opts["formal_prefixes"]) or
                                deadjectival_verb(lemma, opts["adjective_verb_prefixes"]))) or (
        opts["formal_adverbs"] and tok.pos_ == "ADV" and not plain_adverb(low) and not particle_participle(low)) or (
        opts["participle_adjectives"] and participle_adjective(tok, low, lemma)
        and not state_verb(participle_verb(tok, low, lemma))) or (  # "de leegstaande woning": it stands empty
        # the past participle of a verb of a written prefix, whatever the tag: "de ontleende woorden"
        low.endswith("ende") and formal_prefix(en_participle_verb(tok, low, lemma), opts["formal_prefixes"])) or (
        opts.get("english_words", False) and english_word(low, lemma))


def matig_adjective(low: str, lemma: str, pos: str, bar: float) -> bool:
    """Is the word an adjective in "-matig" made from a noun ("handmatig", "rechtmatig",
    "stelselmatig") that speech does not use at the plain bar ``bar`` (SUBTLEX-NL, form or
    lemma)? The suffix makes written Dutch: 'in the way of' or 'by the rule of' the noun;
    speech says "met de hand", "volgens de wet". One that speech uses as a word of its own
    keeps the plain bar ("kunstmatig"). Not "matig" itself, nor "gematigd"."""
    if pos not in {"ADJ", "ADV"}:
        return False
    word = lemma if lemma.endswith("matig") else low[:-1] if low.endswith("matige") else low
    return word.endswith("matig") and len(word) >= 9 and exists(word[:-5].removesuffix("s") or "-") \
        and spoken(low, word, "ADJ") < bar


# the parts of speech the tagger gives a compound adjective of a relational head: an adjective
# or adverb, a participle ("persoonsgebonden", "werkgerelateerd"), and a number for "handmatig"
_RELATIONAL_POS = frozenset({"ADJ", "ADV", "VERB", "NUM"})


@cache
def relational_heads() -> tuple[str, ...]:
    """Heads of compound adjectives of written Dutch (``wordlists/relational_heads.tsv``)."""
    return tuple(r["head"] for r in wordlists.load("relational_heads"))


@cache
def _heads_said_alone() -> frozenset[str]:
    """The relational heads that mean alone what they mean in the compound (column same_alone of
    ``wordlists/relational_heads.tsv``: "afhankelijk", "gebonden"; not "matig", "rechtelijk")."""
    return wordlists.words("relational_heads", "head", same_alone="yes")


def relational_parts(low: str, pos: str) -> tuple[str, str, str] | None:
    """(uninflected form, noun, head) of a compound adjective of a noun and a relational head
    (``relational_heads``: "hand" + "matig", "persoon" + "gebonden", "inkomen" +
    "afhankelijk"), or None. The part before the head, without a hyphen or a linking "s", is a
    noun of LiNT-II's list of at least four letters: not an article or a short prefix ("des" +
    "kundig", "on" + "gericht"), and not a particle, preposition or adjective that no noun list
    holds: "vastgebonden" and "dichtgebonden" are participles of "vastbinden" and "dichtbinden",
    "overmatig" says 'too much' and "sociaaleconomisch" 'social and economic', none 'by way of'
    a noun. The head alone ("matig", "gericht") is no such compound."""
    if pos not in _RELATIONAL_POS:
        return None
    word = low[:-1] if low.endswith("e") and not low.endswith("ee") else low
    for head in relational_heads():
        if word.endswith(head) and len(word) >= len(head) + 4:
            first = word[:-len(head)].removesuffix("-")
            if first.endswith(("ens", "els", "ers")) and noun_class(first[:-1]) is not None:
                return word, first[:-1], head  # a plural "-s" or a linking "s" after "-en": "inkomens" is 'inkomen'
            if len(first) >= 4 and exists(first) and noun_class(first) is not None:
                return word, first, head
            if first.endswith("s") and len(first) >= 5 and exists(first[:-1]) and noun_class(first[:-1]) is not None:
                return word, first[:-1], head
    return None


def relational_whole(low: str, pos: str) -> str:
    """The uninflected form of a compound adjective of a noun and a relational head
    (``relational_parts``: "handmatig", "persoonsgebonden", "inkomensafhankelijk"), or ""."""
    parts = relational_parts(low, pos)
    return parts[0] if parts else ""


def relational_adjective(low: str, pos: str, bar: float) -> str:
    """``relational_whole`` of a compound adjective that speech does not use at the plain bar
    ``bar`` (SUBTLEX-NL, form or uninflected form), or "": written Dutch, where speech says
    "met de hand", "volgens het strafrecht", "voor één persoon". One that speech uses as a
    word of its own keeps the plain bar ("regelmatig", "kunstmatig")."""
    word = relational_whole(low, pos)
    return word if word and spoken(low, word, "ADJ") < bar else ""


def relational_message_parts(low: str, pos: str, opts: dict) -> tuple[str, str, str] | None:
    """``relational_parts`` of a hard word that the setting ``relational_adjectives`` reads as
    a compound adjective of written Dutch (``relational_adjective``), for its message; else None.
    The parts are left empty ("") where the head alone does not mean what it means in the
    compound (``_heads_said_alone``): "inkomen" + "afhankelijk" helps a reader, "hand" +
    "matig" ('moderate') or "straf" + "rechtelijk" (no word) would mislead."""
    if not opts["relational_adjectives"] or not relational_adjective(low, pos, opts["min_zipf"]):
        return None
    word, noun, head = relational_parts(low, pos)  # (``relational_adjective`` found them)
    return (word, noun, head) if head in _heads_said_alone() else (word, "", "")


# how much more often English text uses an English word than Dutch text does (Zipf: ten times)
ENGLISH_MARGIN = 1.0
# how often Dutch text uses the word with a Dutch ending for it to be a Dutch word (``english_word``)
DUTCH_FORM_ZIPF = 3.0


def english_word(low: str, lemma: str) -> bool:
    """Is the word an English word in Dutch text ("features", "meeting", "performance")? English
    text (wordfreq's English list) uses it at least ``ENGLISH_MARGIN`` more than Dutch text
    (ten times as often), as its form and as its lemma. Dutch text borrows many English words
    from the web, and wordfreq's Dutch list counts them; a Dutch word spelled as an English one
    ("room", "worst", "offer") is far more common in English too; one that Dutch text writes with
    a Dutch ending ("giften", "waken") is no English word. ``formal_word`` gives such a
    word the loanword bar, and ``spoken_common`` lets through the ones that Dutch speech uses
    every day: the Dutch words ("room") and the English words that Dutch has taken in ("job").
    The everyday loans ("team", "computer", "website", "laptop") are about as common in Dutch
    text as in English, and stay under the margin."""
    if zipf(low) + ENGLISH_MARGIN > english_zipf(low):
        return False
    if lemma != low and zipf(lemma) + ENGLISH_MARGIN > english_zipf(lemma):
        return False
    if low[:1] in _DIGITAL_PREFIXES and zipf(f"{low[0]}-{low[1:]}") + ENGLISH_MARGIN > english_zipf(low):
        # the digital form of a thing that Dutch text writes with a hyphen ("e-mails"), here
        # without it ("emails"): the same Dutch word (``_digital_form_score``), not an English one
        return False
    if low.endswith("ies") and exists(low[:-1]):
        # the plural of a Dutch noun in "-ie" ("ceremonie": "ceremonies", "categorie"), which
        # English spells the same for its nouns in "-y" ("ceremony")
        return False
    # a Dutch ending that Dutch text puts on the word, a plural or an infinitive in "-en" that
    # English does not have ("gift": "giften", "wake": "waken"), shows a Dutch word; spelled
    # the Dutch way, with a doubled consonant after a short vowel ("drop": "droppen") or "z",
    # "v" for "s", "f" ("grief": "grieven")
    return not any(zipf(dutch) >= DUTCH_FORM_ZIPF and english_zipf(dutch) < zipf(dutch)
                   for dutch in plural_candidates(lemma) if dutch.endswith("n"))


def everyday_loan_head(lemma: str, opts) -> bool:
    """Is ``lemma`` a compound whose head, a word with a loan ending, is common enough to clear
    the loanword bar by itself ("partnerrelatie", "geldsituatie": "relatie", "situatie")? A
    compound is as formal as its head (``is_loanword``): an everyday head makes no word of
    written Dutch, as a head on the B1 list does not. "vloerisolatie" keeps the bar
    ("isolatie" is below it). ``formal_word`` asks it of nouns only: Dutch makes compounds of
    nouns; before an adjective with a loan ending stands a prefix of written Dutch
    ("transnationaal", "paranormaal", "transcultureel"), not a word of its own."""
    parts = compound_parts(lemma)
    return len(parts) > 1 and zipf(parts[-1]) >= opts["loan_zipf"]


# the endings of an adjective that means "of the ..." of a noun in "-ie" or "-io", with the
# noun's ending: "provinciaal" (provincie), "ministerieel" (ministerie), "regionaal" (regio)
RELATIONAL_LOAN_ENDINGS = (("iaal", "ie"), ("ieel", "ie"), ("ionaal", "io"), ("ionaal", "ie"), ("ioneel", "ie"))


def everyday_noun_adjective(lemma: str, opts) -> bool:
    """Is an adjective with a loan ending the adjective of a thing or place that readers know
    well ("provinciaal": of the provincie, "regionaal": of the regio)? Its loan ending shows
    no written Dutch: it says "of the" + that noun, and the noun is a concrete noun of
    LiNT-II's list (a thing or place, not an abstract noun: "traditioneel", "functioneel" and
    "structureel" mean more than "of the traditie, functie, structuur") that is common
    whatever speech says (its lemma at least the loanword bar plus the most that a spoken
    penalty takes off). Such an adjective gets the bar of other words, not the loanword bar."""
    lemma = lemma.replace("ië", "ie")
    if lemma.endswith(("ale", "ele")):
        lemma = lemma[:-3] + lemma[-3] * 2 + "l"  # an inflected form: "provinciale", "ministeriële"
    for end, noun_end in RELATIONAL_LOAN_ENDINGS:
        if lemma.endswith(end) and len(lemma) > len(end) + 2:
            noun = lemma[:-len(end)] + noun_end
            if noun_class(noun) == "c" and lemma_zipf(noun, "NOUN") >= opts["loan_zipf"] + opts["spoken_gap_max"]:
                return True
    return False


# Latin spelling kept in Dutch: a "c" said as k (before a, o, u, l, r, t: "context", "traject",
# "criterium", "structuur") or an "x". English loans share it, but show English spelling too
# ("account", "cartoon", "scouting", "conference")
LATIN_SPELLING = re.compile(r"c[aoulrt]|x")
ENGLISH_SPELLING = re.compile(r"ou|oo|ea|ee|sh|ck|w|y|ing$|ce$")


def latinate_noun(low: str, lemma: str, pos: str) -> bool:
    """An abstract noun taken from Latin without a loan ending ("context", "traject",
    "infrastructuur", "criterium"): spelled the Latin way, not the English way ("account",
    "cartoon"), abstract in LiNT-II's noun list, at least 7 letters (as ``is_loanword``
    asks), and one word: no compound, or one that Dutch text uses more often than the less
    common of its parts ("context" is no "con" + "text"; "bouwcontract" is a compound).
    Such a word belongs to written Dutch only when speech uses it clearly less
    (``latinate_penalty``): "procedure" and "structuur" are said as often as written."""
    if pos != "NOUN" or len(lemma) < 7 or "a" not in (noun_class(lemma), noun_class(low)):
        return False
    if not LATIN_SPELLING.search(lemma) or ENGLISH_SPELLING.search(lemma):
        return False
    parts = compound_parts(lemma)
    return len(parts) == 1 or zipf(lemma) > min(zipf(p) for p in parts)


def latinate_penalty(low: str, lemma: str, pos: str, opts) -> float:
    """What the written register of a ``latinate_noun`` takes off its familiarity: as
    ``spoken_penalty``, also when the word splitter reads it as a compound ("context");
    0 for any other word. A word it hits gets the loanword bar: it is Latin by its spelling
    and written Dutch by its use ("context": 4.34 in wordfreq, 3.23 in subtitles). Its form
    alone does not make it formal ("contract", "locatie" and "procedure" are said often)."""
    weight = opts.get("spoken_gap_weight", 0.0)
    if not weight or not opts.get("latinate_nouns") or not latinate_noun(low, lemma, pos):
        return 0.0
    gap = spoken_gap(low, lemma, pos) - opts["spoken_gap_free"]
    return min(opts["spoken_gap_max"], weight * gap) if gap > 0 else 0.0


def particle_participle(low: str) -> bool:
    """A past participle of a particle verb ("meegesprongen", "achtergebleven": particle +
    "ge" + a participle that Dutch text uses by itself, "gesprongen"), which the tagger
    sometimes takes for an adverb ("Hij was meegesprongen"). It is a verb form, no
    connective or stance word of written Dutch: the bar of formal adverbs is not for it."""
    for particle in _verbs.PARTICLES:
        rest = low[len(particle):]
        if low.startswith(particle + "ge") and len(rest) >= 6 and rest.endswith(("en", "d", "t")) and zipf(rest) > 0:
            return True
    return False


ADJECTIVE_ENDINGS = ("lijk", "ig", "zaam", "baar")


def deadjectival_verb(lemma: str, prefixes) -> bool:
    """A verb made of "ver-" or "be-" and an adjective ("verduidelijken", "vergemakkelijken",
    "bemachtigen", "verduurzamen"): speech says "duidelijker maken", "makkelijker maken". The
    adjective is known by its ending and must be a word ("beschadigen" has no "schadig")."""
    for prefix in prefixes:
        if not lemma.startswith(prefix) or not lemma.endswith("en"):
            continue
        middle = lemma[len(prefix):-2].replace("ë", "e")
        if middle.endswith(("zam", "bar")):
            middle = middle[:-2] + middle[-2] + middle[-2:]  # "duurzam" -> "duurzaam"
        if len(middle) >= 5 and middle.endswith(ADJECTIVE_ENDINGS) and exists(middle):
            return True
    return False


def participle_adjective(tok, low: str, lemma: str) -> bool:
    """A present participle before a noun ("een verkennende fase", "de resterende
    termijn"): speech says "een fase waarin we ... verkennen". The inflected form of a verb
    ("verkennen" + "de"; tagged as an adjective: "verkennend" + "e") stands before its noun
    (a noun made from it, "de belanghebbende", is tagged as a noun), so the word alone tells.
    Not a participle that Dutch uses as a noun for a person (LiNT-II's noun list:
    "uw leidinggevende", "de werkende"), which the tagger may take for an adjective."""
    return bool(participle_verb(tok, low, lemma))


def participle_verb(tok, low: str, lemma: str) -> str:
    """The verb of a ``participle_adjective`` ("verkennen" for "verkennende", "bijbehoren" for
    "bijbehorende"), or "". The lemma is the verb or, whatever the tag, the participle
    ("bijbehorend", "omliggend": the verb less its "d"). Not the past participle of a verb
    whose stem ends in "-en" ("getekende", ``en_participle_verb``)."""
    verb = _present_reading(tok, low, lemma)
    return "" if verb and en_verb_participle(low[:-1], verb) else verb


def en_participle_verb(tok, low: str, lemma: str) -> str:
    """The verb of a word in "-ende" that is the past participle of a verb whose stem ends in
    "-en" ("ontlenen" for "ontleende", whatever the tag), or "" (``en_verb_participle``)."""
    verb = _present_reading(tok, low, lemma)
    return en_verb_participle(low[:-1], verb) if verb else ""


def _present_reading(tok, low: str, lemma: str) -> str:
    """The infinitive that a word in "-ende" would have as a present participle: the lemma,
    or the lemma less its "d" ("verkennend" -> "verkennen"), or ""."""
    if tok.pos_ not in {"VERB", "ADJ"} or not low.endswith("ende") or len(low) < 8:
        return ""
    verb = lemma[:-1] if lemma.endswith("end") else lemma
    if verb.endswith("tien"):
        return ""  # an ordinal number: "zestiende", "negentiende"
    return verb if verb.endswith("en") and low == verb + "de" and _nouns().get(low) is None else ""


def en_verb_participle(form: str, verb: str) -> str:
    """The verb whose past participle ``form`` is ("getekend": "tekenen", "verdiend":
    "verdienen", "toegediend": "toedienen"), where it ends in "-end" as a present participle
    does; or "". Dutch makes the present participle of the infinitive and "d" ("liggen" ->
    "liggend"), the past participle of the stem and "d" ("teken" -> "getekend"), so "de
    getekende overeenkomst" has no verb "geteken" and is no present participle. The verb that
    the stem gives (after a particle and "ge", after "ge", or whole after "ver-", "be-") must
    be one Dutch text uses more than ``verb``, the infinitive the present participle would
    have ("geven" stays the verb of "gevende", not "vennen")."""
    starts = [("", form)] + [(particle, form[len(particle) + 2:]) for particle in _verbs.PARTICLES
                             if form.startswith(particle + "ge")]
    if form.startswith("ge"):
        starts.append(("", form[2:]))
    present = zipf(verb)
    for particle, rest in starts:
        stem = rest[:-1]
        if len(stem) < 3:
            continue
        for infinitive in sorted(_verbs._infinitives(stem)):
            if _verbs.stem_from_infinitive(infinitive) == stem and zipf(particle + infinitive) > present:
                return particle + infinitive
    return ""


_OLD_POS = frozenset({"ADV", "ADJ"})  # the parts of speech of ``old_form``


def old_form(tok, low: str, opts) -> bool:
    """An old genitive adverb: an ending such as "-tijds", "-waarts", "-shalve", or "des" + a
    word ("desondanks", "desnoods": the old genitive article), not a loanword ("dessert",
    "deskundige" is no adverb)."""
    if tok.pos_ not in _OLD_POS:
        return False
    if low.endswith(tuple(opts["formal_endings"])) and len(low) > 7:
        return True
    for prefix in opts["old_prefixes"]:
        rest = low[len(prefix):]
        if low.startswith(prefix) and len(rest) >= 4 and (exists(rest) or rest.endswith("s") and exists(rest[:-1])):
            return tok.pos_ == "ADV" or low.endswith("s")
    return False


def formal_prefix(lemma: str, prefixes) -> bool:
    """A verb made with a prefix or particle of written Dutch from a verb: "hervatten"
    (her + vatten), "voortduren" (voort + duren); not "herfsten" or "herbergen"."""
    for prefix in prefixes:
        rest = lemma[len(prefix):]
        if lemma.startswith(prefix) and len(rest) >= 4 and rest.endswith("en") and lemma_zipf(rest, "VERB") >= 3.0:
            return True
    return False




# an adjective in "-baar" is this much less familiar than its verb (in writing and in speech,
# the lower): a step further from the verb, and some drift in sense ("verwijtbaar")
DERIVED_ABLE = 0.6


def able_meaning(word: str) -> float:
    """For an adjective "verb stem + -baar" ("eetbaar", "afsluitbaar", "onleesbaar": can be
    eaten, closed, not read): the familiarity of its verb, in writing and in speech (the
    lower), less ``DERIVED_ABLE``; else -1. Readers know such a word through an everyday verb
    ("eten", "afsluiten"); the legal ones come from verbs speech seldom uses ("invorderbaar",
    "opeisbaar", "aantoonbaar"). "on-" before it says "not". The word itself must occur in
    Dutch text (wordfreq): "verhaalbaar" does not, and "verhalen" is mostly the plural of
    "verhaal"."""
    base = word[:-4] + "baar" if word.endswith("bare") else word  # "eetbare" -> "eetbaar"
    if not base.endswith("baar") or len(base) < 7 or zipf(word) <= 0:
        return -1.0
    stem = base[:-4]
    if stem.startswith("on") and len(stem) > 4:
        stem = stem[2:]
    stem_from_infinitive = _verbs.stem_from_infinitive
    verbs = {v for v in _verbs._infinitives(stem) if stem_from_infinitive(v) == stem}
    if stem.endswith(("aan", "ien", "oen")):
        verbs.add(stem)  # the infinitive of a verb of one syllable: "verslaanbaar", "verstaanbaar"
    if len(stem) >= 3 and stem[-3] == stem[-2] and stem[-2] in "aeou":  # "eet" -> "eten", "lees" -> "lezen"
        verbs.add(stem[:-2] + {"s": "z", "f": "v"}.get(stem[-1], stem[-1]) + "en")
    best = -1.0
    for verb in verbs:
        if exists(verb):
            best = max(best, min(lemma_zipf(verb, "VERB"), spoken_lemma_zipf(verb, "VERB")) - DERIVED_ABLE)
    return best


def action_verb(word: str) -> str:
    """The verb a noun in "-ing" is made from ("verstrekking", "vaststellingen": "verstrekken",
    "vaststellen"), or "". The verb must be one that Dutch text uses as a verb: its "hij"
    form occurs ("verstrekt", "vaststelt"), so a compound with a plural noun before "-en"
    ("stadsplanning": "stadsplannen" is no verb) is none."""
    singular = word[:-2] if word.endswith("ingen") else word if word.endswith("ing") else ""
    if len(singular) < 6:  # a stem of at least three letters
        return ""
    verb = action_noun_verbs(singular)[0]
    stem = _verbs.stem_from_infinitive(verb)
    third = _verbs.t_form(stem)
    return verb if len(stem) >= 3 and zipf(third) > 0 and exists(verb) else ""


# the prefixes that make a verb whose noun in "-ing" is its plain action noun: "vergroten",
# "beantwoorden", "herkennen", "onthouden", "gedragen". A simple verb's noun in "-ing" is often
# an old word with a meaning of its own ("lichting", "wording", "sturing", "speling", "gunning")
# or an English word ("making", "testing")
ACTION_PREFIXES = ("ver", "be", "her", "ont", "ge")


@cache
def ing_own_meaning() -> frozenset[str]:
    """Nouns in "-ing" whose usual meaning is not their verb's action
    (wordlists/ing_own_meaning.tsv: "bedenking" is an objection)."""
    return wordlists.words("ing_own_meaning", "noun")


def action_familiarity(low: str, verb: str) -> float:
    """For a noun in "-ing" (``low``) and the verb it is made from (``action_verb``): the
    verb's familiarity when it is an everyday verb with a prefix, in writing and in speech, by
    the loanword bar (``loan_zipf``: the bar a formal word must clear; speech on the scale of
    written Dutch, ``SPOKEN_OFFSET``, as in ``spoken_common``); else -1. "vergroting" means
    "vergroten" and a reader who says "vergroten" knows it; if it is stiff, that is nominal
    style (DD106), not an unknown word. A verb of written Dutch keeps its noun hard:
    "verstrekken", "toekennen" and "verlengen" are common in print but speech uses them less.
    So does a particle verb of written Dutch: speech splits it ("hij legt een boete op", "wij
    stellen het bedrag vast"), and the noun that joins it again is written Dutch ("oplegging",
    "vaststelling", "indiening"). A particle verb that speech uses at least as often as print
    ("inschatten", "afhandelen") gives its noun its familiarity by ``min_zipf``, the bar of a
    word that is not formal, when the noun itself is said too. The noun itself must be in use, within ``spoken_gap_max``
    of ``min_zipf``: a rare one is no longer the verb's plain noun ("betekening" of a writ,
    "verkoping"). Not a noun whose usual meaning is not the verb's action
    (``ing_own_meaning``: "bedenking" is an objection)."""
    settings = DifficultWord.settings
    singular = low[:-2] if low.endswith("ingen") else low
    if singular in ing_own_meaning() or zipf(low) < settings["min_zipf"] - settings["spoken_gap_max"]:
        return -1.0
    # a particle verb that Dutch splits ("afhandelen": 'handelt ... af'); not "aanvaarden" or
    # "naderen" ("wij aanvaarden", "wij naderen"): ``dictionary.separable``, the yes/no of
    # ``verbs.separable``, reads the participle text uses ("aanvaard", not "aangevaard")
    split = separable(verb)
    if not split and not any(verb.startswith(p) and len(verb) - len(p) >= 6 for p in ACTION_PREFIXES):
        return -1.0
    written = lemma_zipf(verb, "VERB")
    said = spoken_lemma_zipf(verb, "VERB")
    if said <= 0:
        return -1.0
    familiar = min(written, said + SPOKEN_OFFSET)
    if split:
        # a particle verb of speech: speech uses it at least as often as print, on print's
        # scale ("inschatten", "afhandelen", "opzeggen"; not "opleggen", "vaststellen",
        # "indienen"). A reader says its joined noun too ("een inschatting maken"): the noun
        # has the verb's familiarity by the bar of any word that is not of written Dutch,
        # unless the noun itself is said far less than written (more than ``spoken_gap_free``:
        # "intrekking" of a permit, though "intrekken" is said often)
        # (``spoken_gap`` is 0 for a noun subtitles lack: "opwekking", "omkering" are then not said)
        if said + SPOKEN_OFFSET < written or spoken(low, singular, "NOUN") <= 0 \
                or spoken_gap(low, singular, "NOUN") > settings["spoken_gap_free"]:
            return -1.0
        return familiar if familiar >= settings["min_zipf"] else -1.0
    return familiar if familiar >= settings["loan_zipf"] else -1.0


# what an agent noun costs against its verb (``agent_familiarity``): as much as "-baar" does
# (``DERIVED_ABLE``): a reader must make the step from the act to the one who does it
DERIVED_AGENT = DERIVED_ABLE


def agent_verbs(word: str) -> tuple[str, ...]:
    """The verbs whose doer a noun in "-aar" names by Dutch word formation (singular or plural in
    "-s"): "-aar" after a verb's stem that ends in an unstressed "-el", "-er" or "-en"
    ("beoordelaar": 'beoordelen', "bedienaar": 'bedienen', "wandelaar": 'wandelen', "leraar":
    'leren'). Dutch makes such a noun for the doer only, and only from a verb; after other
    letters the word ends in a noun of its own ("bezwaar", "gevaar"). Not the nouns in "-er":
    that ending is the doer's too ("bezoeker"), but many of them have a meaning of their own, an
    office ("de bewaarder" of the Kadaster's register), a tool or a device ("zender", "teller"),
    or no verb at all ("winter", "nummer"). Only verbs of the word list whose "hij" form Dutch
    text uses; the noun is not asked to be one (``agent_familiarity`` asks)."""
    w = word[:-1] if word.endswith("aars") else word
    if not (w.endswith("aar") and w[-4:-3] in {"l", "r", "n"} and w[-5:-4] == "e"):
        return ()
    stem = w[:-3]  # "beoordel", "bedien"
    if len(stem) < 3:
        return ()
    verbs = [verb for verb in dict.fromkeys((stem + "en", _verbs.open_syllable_spelling(stem) + "en"))
             if exists(verb) and zipf(_verbs.t_form(_verbs.stem_from_infinitive(verb))) > 0]
    return tuple(verbs)


def agent_familiarity(low: str) -> float:
    """For a noun in "-aar" for the one who does an everyday act ("beoordelaar", "bedienaar": who
    judges, who operates; ``agent_verbs``): the verb's familiarity, in print and in speech (the
    lower, speech on print's scale: ``SPOKEN_OFFSET``), less ``DERIVED_AGENT``; else -1. A reader
    who says "beoordelen" knows who "de beoordelaar" is, as "eetbaar" is known through "eten"
    (``able_meaning``). The verb must be as everyday as ``action_familiarity`` asks of the verb
    of a noun in "-ing": a verb with a prefix or of one piece clears the loanword bar
    (``loan_zipf``): not "bemiddelen" (its doer "bemiddelaar" stays as hard as its own frequency
    says); a particle verb is one that speech uses at least as often as print (speech splits the
    particle verbs of written Dutch: "hij handelt het af"). Dutch text must use the noun itself
    (wordfreq): a made-up one is no known doer. And LiNT-II's noun list must call it concrete (a
    person): a noun it calls abstract names no doer."""
    if not low.endswith(("aar", "aars")) or zipf(low) <= 0:
        return -1.0  # (one cheap test first)
    if noun_class(low[:-1] if low.endswith("aars") else low) != "c":
        return -1.0  # no doer: an abstract noun, or one LiNT-II lacks
    settings = DifficultWord.settings
    best = -1.0
    for verb in agent_verbs(low):
        written = lemma_zipf(verb, "VERB")
        said = spoken_lemma_zipf(verb, "VERB")
        if said <= 0:
            continue
        familiar = min(written, said + SPOKEN_OFFSET)
        if separable(verb):
            if said + SPOKEN_OFFSET < written or familiar < settings["min_zipf"]:
                continue  # a particle verb of written Dutch: speech splits it, its doer is print's
        elif familiar < settings["loan_zipf"]:
            continue
        best = max(best, familiar - DERIVED_AGENT)
    return best


def thing_agent_familiarity(low: str) -> float:
    """For a compound of a thing and the doer of an everyday act on it ("brugbedienaar": who
    operates the bridge; "boekbeoordelaar"): the familiarity of its two parts, the less familiar
    of the two (the head's by ``agent_familiarity``); else -1. As in ``object_action_familiarity``
    the verb fixes how the parts relate: the first part is what the doer acts on, so the whole
    says what it means by its parts. The first part must be a noun with a concrete sense in
    LiNT-II's list (``noun_class``), not an abstract one: "risicobeoordelaar" stays hard."""
    if not low.endswith(("aar", "aars")):
        return -1.0  # (one cheap test first)
    # the head is read at each place, not from ``compound_parts``: without the word list the
    # splitter may cut the doer ("bedie" + "naar"), and the doer's own test is strict enough
    best = -1.0
    for i in range(3, len(low) - 6):
        doer = agent_familiarity(low[i:])
        if doer < 0:
            continue
        first = part_word(low[:i])
        if noun_class(first) in {"c", "u"}:
            best = max(best, min(max(zipf(first), lemma_zipf(first, "NOUN")), doer))
    return best


PLURAL_ENDINGS = ("s", "en", "n", "'s")  # a noun's plural after its singular (``derived_familiarity``)


def derived_familiarity(tok, low: str, lemma: str) -> float:
    """The familiarity of a word (``word_difficulty``), also through the word it is made from:
    an adjective in "-baar" through its verb (``able_meaning``), a noun in "-ing" through an
    everyday verb (``action_familiarity``), a place word and a thing
    through the thing (``place_compound``). A noun in "-ing" made from a verb is a word of its
    own, known by its own forms, not a compound of pieces of its verb: "verstrekking" is no
    "verstrek" + "king", "oplegging" no "opleg" + "ging", "vaststelling" no "vast" +
    "stelling" (a particle verb is one word, and so is the noun made from it). Speech shows
    the everyday ones ("reservering" is said as often as written): their spoken frequency
    counts, on the scale of written Dutch (``SPOKEN_OFFSET``). ``low``: the form in lower
    case; ``lemma``: in lower case without "_"."""
    verb = action_verb(low) if tok.pos_ == "NOUN" else ""
    if verb:
        said = spoken_zipf(low)
        score = max(word_difficulty(tok, floor=True), said + SPOKEN_OFFSET if said > 0 else -1.0,
                    action_familiarity(low, verb))
    else:
        score = word_difficulty(tok)
    if tok.pos_ in {"ADJ", "ADV", "VERB"}:
        score = max(score, able_meaning(low))
    if tok.pos_ == "VERB":
        score = max(score, spoken_prefix_verb(low, lemma), resultative_verb(low, lemma), adjective_verb(low, lemma))
    if tok.pos_ in {"VERB", "ADJ"}:
        score = max(score, state_familiarity(low))
    if tok.pos_ == "VERB" and lemma and not exists(lemma) and separable(lemma):
        # a particle verb that the word list lacks ("doorgeven", "aangeven": hunspell makes
        # them by rule), which the tagger named: as familiar as its forms ("doorgaf")
        score = max(score, lemma_zipf(lemma, "VERB"))
    if tok.pos_ in {"ADJ", "ADV"}:
        score = max(score, degree_familiarity(low), negated_familiarity(low))
    if tok.pos_ == "ADJ":
        score = max(score, material_familiarity(low), noun_adjective_familiarity(lemma))
    if tok.pos_ == "ADJ" and lemma.endswith("end"):
        # a present participle tagged as an adjective is as familiar as its verb, as when it
        # is tagged as a verb ("boeiende", "beginnende": "boeien", "beginnen"); "omliggende"
        # and "bijbehorende" have no verb that Dutch uses
        verb = participle_verb(tok, low, lemma)
        if verb:
            score = max(score, lemma_zipf(verb, "VERB"))
    if tok.pos_ == "NOUN" and lemma != low and len(lemma) >= 4 and any(
            low == lemma + end for end in PLURAL_ENDINGS):
        # a plural is as familiar as its singular: a reader who knows "rookmelder" knows
        # "rookmelders", though the splitter may read the plural's head apart ("melders": 'meld'
        # + 'ers') and so lose the compound reading the singular has
        score = max(score, derived_familiarity(_Word(lemma, lemma, "NOUN"), lemma, lemma))
    if tok.pos_ == "NOUN":
        score = max(score, place_compound(low, lemma), diminutive_familiarity(low), trema_plural_familiarity(low),
                    female_familiarity(low), phrasal_noun_familiarity(low), phrasal_compound_familiarity(low, lemma),
                    nested_compound_familiarity(low, lemma), grouped_by_parts_familiarity(low),
                    object_action_familiarity(low), metric_unit_familiarity(low), agent_familiarity(low),
                    thing_agent_familiarity(low))
    return score


# an English particle at the end of a noun and the Dutch particle of the same verb before it
# (``phrasal_noun_familiarity``): "login" / "inloggen", "checkout" / "uitchecken", "startup" /
# "opstarten"
PHRASAL_PARTICLES = (("in", "in"), ("out", "uit"), ("up", "op"))


def phrasal_noun_familiarity(low: str) -> float:
    """For an English noun of a verb and its particle ("login", "logins", "checkin",
    "startup"): the familiarity of the Dutch particle verb of the same two words, the particle
    in front ("inloggen", "inchecken", "opstarten"); else -1. Dutch has taken the verb with
    its particle as a verb of its own, and the English noun names the same act; a reader who
    logs in with DigiD knows "login" through "inloggen", however seldom text writes the noun.
    The verb is spelled as Dutch spells it ("log" -> "loggen"), and Dutch text must use it
    (``lemma_zipf``): a Dutch noun in "-in" ("gravin") makes no such verb that readers use
    ("ingraven")."""
    word = low[:-1] if low.endswith("s") else low
    return max((lemma_zipf(verb, "VERB") for verb in phrasal_verbs(word)), default=-1.0)


def phrasal_verbs(word: str) -> list[str]:
    """The Dutch particle verbs of the word list that an English noun of a verb and its
    particle names ("login": "inloggen", "checkout": "uitchecken"; ``PHRASAL_PARTICLES``),
    spelled as Dutch spells the verb ("log" -> "loggen"); none for a Dutch noun in "-ing"
    without its "g" ("richtin", "houdin": a slip, not "inrichten")."""
    found = []
    for english, dutch in PHRASAL_PARTICLES:
        stem = word[: -len(english)]
        if not word.endswith(english) or len(stem) < 3:
            continue
        if english == "in" and exists(word + "g"):
            continue  # a Dutch noun in "-ing" without its "g" ("richtin", "houdin") is a slip, not "inrichten"
        found += [verb for verb in (dutch + stem + "en", dutch + stem + stem[-1] + "en") if exists(verb)]
    return found


def phrasal_compound_familiarity(low: str, lemma: str) -> float:
    """For a compound whose first part is an English noun of a verb and its particle
    ("loginpagina", "logincode", "logingegevens"): the familiarity of the same compound with
    the stem of the Dutch particle verb in front ("inlogpagina", "inlogcode",
    "inloggegevens"); else -1. Dutch makes compounds of a verb's stem and a noun
    ("inlogpagina": the page where one logs in), and the English noun names the same act
    (``phrasal_noun_familiarity``), so the reader reads the one as the other. The Dutch
    compound is judged as it would be in the text: "loginmethode" is as hard as
    "inlogmethode" (a head that names a manner: ``dictionary.novel_abstract``). ``lemma``: in
    lower case without "_"."""
    parts = compound_parts(low)
    if len(parts) != 2 or not parts[0].endswith(_PHRASAL_ENDINGS):
        return -1.0  # (one test for all particles first: most compounds end their first part in none)
    first = parts[0]
    best = -1.0
    for verb in phrasal_verbs(first):
        stem = _verbs.stem_from_infinitive(verb)
        form = stem + low[len(first):]
        base = stem + lemma[len(first):] if lemma.startswith(first) else form
        best = max(best, known_meaning(form, base, "NOUN"))
    return best


_PHRASAL_ENDINGS = tuple(english for english, _ in PHRASAL_PARTICLES)


def nested_compound_familiarity(low: str, lemma: str) -> float:
    """For a compound whose first part is itself an everyday compound that names a thing or a
    person ("woonboot" + "haven", "woonboten" + "haven", "stembureau" + "lid"): the
    familiarity of the less familiar of that first part, read by its own parts
    (``known_meaning``: "woon" + "boot"), and the head; else -1. The splitter keeps such a
    first part whole, as a word of the list, and then goes by how often text writes it as a
    word; a reader reads it as the two words it is made of, as when it stands alone. The
    first part must be a compound that LiNT-II's noun list holds as a concrete thing or
    person with its head named (``long_words.named_thing``: "woonboot": "boot"), so a word
    the splitter cuts wrongly is no such part ("hennep" is no "hen" + "nep", "patrijs" in
    "patrijspoort" no "pa" + "trijs": the list names no head), nor is a figurative compound
    ("klankbord" in "klankbordgroep" is abstract), and Dutch text must use it as a word. A new compound with an abstract head keeps its reading
    (``dictionary.novel_abstract``: "grondwater" + "norm"), nor a unit of measure: its
    meaning is no sum of its parts ("kilowattuur" is an amount of energy, not an hour of a
    kilowatt), and a reader needs to know it (``unit_words``). ``lemma``: in lower case without
    "_"."""
    if low in unit_words() or lemma in unit_words():
        return -1.0
    parts = compound_parts(low)
    if len(parts) != 2 or starts_with_prefix(parts):
        return -1.0
    first, head = parts
    firsts = [c for c in dict.fromkeys((first, part_word(first), *lemma_candidates(first)[1:]))
              if named_thing(c, c) and zipf(c) > 0 and len(compound_parts(c)) == 2]
    if not firsts or _dictionary.novel_abstract(low, lemma, head):
        return -1.0
    head_score = max([zipf(head)] + [lemma_zipf(c, "NOUN") for c in lemma_candidates(head)])
    return min(max(known_meaning(c, c, "NOUN") for c in firsts), head_score)


# the prefixes and particles of ``spoken_prefix_verb``: "her-" (again), and the particles
# that keep their own meaning of a place or state ("terugkomen", "opendoen", "wegbrengen").
# Not "af", "aan", "door", "na", "om", "over", "uit" and the like: their verbs often mean
# more than their parts ("afdoen aan", "afgedaan als", "nalaten", "doorzien"). "mis-" only
# before "gaan" ("het is misgegaan"): its other verbs are no sum ("zich misdragen"). "klaar"
# and "stil" are adjectives of a state, as "open", "dicht" and "vrij": "klaarzetten" is to
# set a thing so that it is ready, "stilzetten" to make it stand still (``verbs``' ADJECTIVE_PARTICLES
# lets their split uses count); not "goed", "plat", "dood": "goedvinden" is to approve,
# "platvoeten" are feet, "doodvallen" a curse
VERB_PREFIXES = ("her", "mis", "terug", "weg", "mee", "vast", "los", "thuis", "samen", "neer",
                 "binnen", "buiten", "rond", "open", "dicht", "vrij", "kwijt", "stop", "klaar", "stil")
_GAAN = ("gaan", "gaat", "ging", "gingen", "gegaan")
# the verb after the prefix is one of the most common of Dutch: in writing (wordfreq, its
# form) and in speech (SUBTLEX-NL, its form), at least these (Zipf)
COMMON_BASE_WRITTEN = 4.5
COMMON_BASE_SPOKEN = 4.0


def grouped_by_parts_familiarity(low: str) -> float:
    """For a compound of three parts with a group of two that text seldom writes as a word
    ("stads" + "pas" + "jaar": "stadspas" is no word of wordfreq's list in any number): the
    familiarity of the group read by its own two parts (``dictionary``'s two-part reading:
    "stad" + "pas", as when the group stands alone) and of the other part, the less familiar
    of the two; else -1. ``dictionary``'s reading of three parts asks that the group be a word
    that text uses ("ziektekosten" + "verzekering"), and so gives a new group nothing. The whole
    is then a new compound: with an abstract head (``dictionary.novel_abstract``) such a reading
    gives no lift ("stadspasniveau", "afvalpasbeleid" stay hard; "stadspasjaar" is known).
    Only DD104's words: a long word of three
    parts (DD105's) stays long however well its parts are known."""
    parts = compound_parts(low)
    if len(parts) != 3 or starts_with_prefix(parts) or zipf(low) > 0 or not all(map(exists, parts)):
        return -1.0  # written Dutch knows the whole ("indicatoren": its own frequency decides, and
        # the split 'indi' + 'cat' + 'oren' is no compound), or a piece is no word of its own

    def abstract(head: str) -> bool:
        return _dictionary.novel_abstract(low, low, head) and not everyday_head(list(lemma_candidates(head)))

    if abstract(parts[2]):
        return -1.0  # the whole's head, in either grouping: "stads" + "pasniveau" is "niveau" too
    best = -1.0
    for left, right in (("".join(parts[:2]), parts[2]), (parts[0], "".join(parts[1:]))):
        sides = []
        for side in (part_word(left), right):
            used = max([zipf(side)] + [lemma_zipf(c, "NOUN") for c in lemma_candidates(side)])
            if used < _dictionary.FALLBACK_ZIPF and len(compound_parts(side)) == 2:
                used = max(used, known_meaning(side, side, "NOUN"))
            sides.append(used)
        if abstract(right):
            continue  # a new compound with an abstract head: this reading gives no lift. Less the
            # penalty it would still stand above an attested compound ("wijkteamniveau") when its
            # parts are common words ("stad", "pas": "stadspasniveau")
        best = max(best, min(sides))
    return best


def object_action_familiarity(low: str) -> float:
    """For a compound of a thing and the noun in "-ing" of an everyday verb ("brugbediening",
    "meterverwisseling"): the familiarity of its two parts, the less familiar of the two; else
    -1. Such a head names the act of its verb, and the first part is what the act is done to:
    "brugbediening" is "de brug bedienen", "pakketbezorging" is "pakketten bezorgen". The
    relation between the parts is fixed by the verb, so a new compound of this kind says what
    it means by its parts, and ``dictionary.novel_abstract``'s penalty for an abstract head
    (the reader must work out how the parts relate: "inlogmethode", "reiscomfort") does not
    hold for it. The verb must be an everyday one, in print and in speech, by the loanword bar
    (``loan_zipf``, speech on print's scale by ``SPOKEN_OFFSET``, as ``action_familiarity``
    asks of a prefixed verb): "bedienen", "bezorgen"; not "toewijzen" or "verlengen", whose
    nouns are words of written Dutch ("huurtoewijzing"). The first part must be a noun with a
    concrete sense in LiNT-II's list (a thing one acts on: "brug", "meter", "akte"), not an
    abstract one ("risicobeheersing" stays hard). Not a head whose usual meaning is not its
    verb's act (``ing_own_meaning``). The noun in "-ing" must be one speech uses too: a verb
    of speech may have a noun of print only, in another sense ("toetsen": keying in, said;
    "toetsing": an assessment against rules, never said), and "grondtoetsing" is hard."""
    if not low.endswith(("ing", "ingen")):
        return -1.0  # (one cheap test first: most nouns end otherwise)
    parts = compound_parts(low)
    if len(parts) != 2 or starts_with_prefix(parts):
        return -1.0
    first, head = part_word(parts[0]), parts[1]
    singular = head[:-2] if head.endswith("ingen") else head
    if singular in ing_own_meaning() or noun_class(first) not in {"c", "u"}:
        return -1.0
    if spoken_lemma_zipf(singular, "NOUN") <= 0:
        return -1.0  # a noun of print only ("toetsing": speech's "toetsen" is keying in)
    verb = action_verb(head)
    if not verb:
        return -1.0
    said = spoken_lemma_zipf(verb, "VERB")
    if said <= 0 or min(lemma_zipf(verb, "VERB"), said + SPOKEN_OFFSET) < DifficultWord.settings["loan_zipf"]:
        return -1.0
    return min(max(zipf(first), lemma_zipf(first, "NOUN")),
               max([zipf(head)] + [lemma_zipf(c, "NOUN") for c in lemma_candidates(head)]))


def spoken_prefix_verb(low: str, lemma: str) -> float:
    """For a verb made of "her-" or a particle of place or state and one of the most common
    verbs ("heropenen": "her" + "openen"; "opengedaan"; "misgegaan": "mis" + "gegaan") that
    speech uses at least as often as writing: its spoken frequency on the scale of written
    Dutch (``SPOKEN_OFFSET``); else -1. Such a verb is the sum of its parts and a word of
    speech, however seldom text writes it ("de school heropenen", "het is misgegaan"). Not a
    verb that writing uses more ("herzien", "herleiden", "inpassen": written Dutch, and not
    the sum of their parts), nor one whose rest is a less common verb ("hervatten",
    "verstrijken": "ver-" makes no sum), nor a particle whose verbs often mean more than
    their parts ("afdoen", "zich misdragen")."""
    if not low.startswith(VERB_PREFIXES):
        return -1.0  # (one test for all prefixes: most verbs start with none of them)
    for prefix in VERB_PREFIXES:
        rest = low[len(prefix):]
        if not low.startswith(prefix) or len(rest) < 4 or (prefix == "mis" and rest not in _GAAN):
            continue
        if zipf(rest) < COMMON_BASE_WRITTEN or spoken_zipf(rest) < COMMON_BASE_SPOKEN:
            continue
        # the tagger's lemma, and the verbs the form's spelling gives: the parse keeps some
        # participles as their own lemma ("klaargezet"), whose sums miss the verb's other forms
        best = -1.0
        for verb in {lemma} | {v for v in _dictionary.verb_lemmas(low) if v.startswith(prefix)}:
            said = spoken(low, verb, "VERB")
            written = max(zipf(low), lemma_zipf(verb, "VERB") if verb else 0.0)
            if said > 0 and said >= written:
                best = max(best, said + SPOKEN_OFFSET)
        if best >= 0:
            return best
    return -1.0


# an adjective that ``adjective_verb`` reads inside a verb of "ver-" must be this common: a word
# the reader knows at once ("dun" 4.1, "vers" 4.3; not "duister" 3.6 of "verduisteren", to embezzle)
MADE_ADJECTIVE_ZIPF = 4.0


def adjective_verb(low: str, lemma: str) -> float:
    """For a verb of "ver-" and a common plain adjective, which means "make it so"
    ("verdunnen": make thin, "verversen": make fresh, "verbleken": grow pale), that speech
    uses about as often as print: the verb's spoken frequency on the scale of written Dutch
    (``SPOKEN_OFFSET``); else -1. Its meaning is the sum of its parts, as "dunner maken", and
    speech shows that readers use it ("de verf verdunnen", "de pagina verversen"). The
    adjective must be a plain one (``_adjective_forms``: text inflects it), at
    least ``MADE_ADJECTIVE_ZIPF``, without an ending of a derived adjective: "verduidelijken",
    "verduurzamen" are written Dutch (``deadjectival_verb`` makes them formal). A verb that
    print uses more than speech (more than the usual ``SPOKEN_OFFSET``) stays a word of print
    ("vergrijzen", "verdichten": subtitles hardly say them; "verzwaren" falls short of the bar
    by its spoken frequency). ``lemma``: the tagger's, in lower case; a participle is read
    through the verbs its spelling gives ("verdund": 'verdunnen', ``verb_lemmas``)."""
    if not low.startswith("ver"):
        return -1.0  # (one cheap test first: most verbs start otherwise)
    best = -1.0
    for verb in {lemma} | set(_dictionary.verb_lemmas(low)):
        if not verb.startswith("ver") or not verb.endswith("en") or len(verb) < 8:
            continue
        adjective = _verbs.stem_from_infinitive(verb[3:])  # "dunnen" -> "dun", "bleken" -> "bleek"
        if len(adjective) < 3 or adjective.endswith(ADJECTIVE_ENDINGS):
            continue
        said = spoken_lemma_zipf(verb, "VERB")
        if said <= 0 or said + SPOKEN_OFFSET < lemma_zipf(verb, "VERB"):
            continue
        if zipf(adjective) >= MADE_ADJECTIVE_ZIPF and _adjective_forms(adjective, compared=False):
            best = max(best, said + SPOKEN_OFFSET)
    return best


@cache
def result_particles() -> tuple[str, ...]:
    """Adjectives of the state a thing is left in, joined to a verb of handling it
    (``wordlists/result_particles.tsv``: "schoon", "leeg")."""
    return tuple(r["particle"] for r in wordlists.load("result_particles"))


@cache
def _moving_verbs() -> frozenset[str]:
    """Verbs of moving (``wordlists/motion_verbs.tsv``, kind 'beweging'): with a particle of a
    result they are figurative ("droogzwemmen", "stuklopen")."""
    return wordlists.words("motion_verbs", "verb", kind="beweging")


def resultative_verb(low: str, lemma: str) -> float:
    """For a verb of a ``result_particles`` adjective and a verb ("schoonvegen",
    "schoongeveegd", "leeghalen"): the familiarity of the less familiar of the two, the
    adjective's form and the verb over its forms; else -1. The verb is the sum of the act and
    the state it leaves, however seldom text writes the whole. ``lemma``: the tagger's, in lower
    case; a participle is read through the verbs its spelling gives ("schoongeveegd":
    'schoonvegen', ``verb_lemmas``). Not with a verb of moving: "droogzwemmen", "stuklopen" are
    figurative."""
    particles = result_particles()
    if not low.startswith(particles):
        return -1.0
    best = -1.0
    words = {low, lemma} | set(_dictionary.verb_lemmas(low))  # "schoongeveegd": 'schoonvegen' by its spelling
    moving = _moving_verbs()
    if any(w.startswith(p) and w[len(p):] in moving for p in particles for w in words):
        return -1.0  # "drooggelopen": 'drooglopen', a verb of moving (figurative: failed)
    for particle in particles:
        for word in words:
            rest = word[len(particle):]
            if word.startswith(particle) and len(rest) >= 4 and rest.endswith("en") and exists(rest):
                best = max(best, min(zipf(particle), lemma_zipf(rest, "VERB")))
    return best


@cache
def _position_forms() -> tuple[tuple[str, str], ...]:
    """Every form of the verbs of position (``POSITION_VERBS``) with its verb, longest first:
    the present ("ligt", "staat"), the past and past participle (``wordlists/strong_verbs.tsv``:
    "lag", "stonden", "gezeten"), the infinitive and the present participle ("liggend",
    "staande")."""
    forms: dict[str, str] = {}
    strong = _dictionary._strong_forms()
    for verb in POSITION_VERBS:
        stem = _verbs.stem_from_infinitive(verb)
        third = verb[:-1] + "t" if verb.endswith("aan") else _verbs.regular_third_person(verb)  # "staat"
        found = {verb, stem, third, verb + "d", verb + "de",
                 *(form for form, infinitive in strong.items() if infinitive == verb)}
        for form in found:
            forms.setdefault(form, verb)
    return tuple(sorted(forms.items(), key=lambda item: -len(item[0])))


def state_familiarity(low: str) -> float:
    """For a form of a verb of a state (``state_verb``: an adjective and a verb of position,
    "klaarligt", "leegstaande", "scheefliggende", "stilgestaan"): the familiarity of the less
    familiar of the two, the adjective's form and the verb of position over its forms; else
    -1. Such a verb says where or how a thing is, the sum of its two words ("het pakket ligt
    klaar", "het huis staat leeg"), however seldom text writes them as one word; the tagger
    often gets its lemma wrong ("klaarligt": 'klaarligen'). Not after a prefix of a verb of
    its own ("verstaan", "ontstaan", "bezitten": "ver" is no adjective there), nor a particle
    or a noun (``state_verb``: "openstaan", "borgstaan")."""
    if len(low) < 7:
        return -1.0
    for form, verb in _position_forms():
        first = low[: -len(form)]
        if low.endswith(form) and len(first) >= 3 and first not in _verbs.INSEPARABLE and state_verb(first + verb):
            return min(zipf(first), lemma_zipf(verb, "VERB"))
    return -1.0


def _adjective_bases(stem: str) -> tuple[str, ...]:
    """The adjectives a comparative's stem may come from, Dutch spelling undone
    (``verbs.spelling_bases``): "serieuz" (serieuzer) -> "serieus", "liev" -> "lief", "dikk" ->
    "dik", "grot" -> "groot", "duurd" (duurder) -> "duur". Not a stem of three letters as an
    open syllable ("zomer", "beter" are no "zoom" + "er", "beet" + "er") nor a long vowel
    before an undone "z"/"v" (the same readings as ``material_familiarity``)."""
    return _verbs.spelling_bases(stem, d_after_r=True, min_length=4, long_after_undone=False)


def degree_familiarity(low: str) -> float:
    """For a comparative or superlative ("serieuzere", "grootste", "allergrootsten"): the
    familiarity of its adjective ("serieus", "groot"); else -1. Every Dutch adjective has
    these forms and their meaning is the adjective's (more, most), so a reader who knows
    "serieus" knows "serieuzer", however seldom text writes it; the lemmatizer often leaves
    them as they are. "aller-" only makes a superlative stronger. Not for a formal loanword
    ("inclusiever"): it keeps the higher bar of its adjective. A comparative must have
    the adjective's inflected form in Dutch text ("serieuze" for "serieuzer"), so a word that
    only ends in "-er" ("mager": "mage") is none."""
    word = low[5:] if low.startswith("aller") and len(low) > 9 else low
    best = -1.0
    if not word.endswith(_DEGREE_ENDINGS):
        return best  # (one test for all endings below)
    for ending in _DEGREE_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        if ending.startswith("s"):
            bases = {stem, stem + "s"}  # "grootst" -> "groot", "serieust" -> "serieus"
        elif zipf(stem + "e") > 0 or stem.endswith("rd"):
            bases = _adjective_bases(stem)
        else:
            continue
        for base in bases:
            if len(base) >= 3 and exists(base) and not (
                    is_loanword(base, _DEGREE_FORMAL) or base.endswith(_DEGREE_FORMAL)):
                # not its lemma sum, which holds the "-er" form itself; not a loanword, whose
                # bar is higher ("inclusief", "inclusiever")
                best = max(best, zipf(base))
        if best >= 0:
            break
    return best


# the endings Dutch puts on a noun to make an adjective of it, longest first ("zorg" + "e" +
# "lijk", "twijfel" + "achtig", "behoefte" - "e" + "ig"). Not "-loos": its look-alikes
# ("weerloos", "radeloos", "wezenloos") come from no noun the reader knows in that sense, and
# test_words25 holds them as words of their own
NOUN_ADJECTIVE_ENDINGS = ("elijk", "achtig", "lijk", "zaam", "ig")


def noun_adjective_familiarity(lemma: str) -> float:
    """For an adjective made of an everyday noun with a Dutch ending ("zorgelijk" of "zorg",
    "twijfelachtig" of "twijfel"): the noun's familiarity (its lemma,
    in print and in speech on print's scale), when speech uses the adjective at least as often
    as print (SUBTLEX-NL + ``SPOKEN_OFFSET`` against wordfreq); else -1. A reader who says "ik
    maak me zorgen" knows what "zorgelijk" means. The noun (LiNT-II's list) must clear the
    loanword bar in both, and the adjective must be a word of speech: the adjectives of
    written Dutch on the same nouns are said less than written ("raadzaam", "werkzaam",
    "ambtelijk", "hoofdelijk") and stay as hard as their own frequency says. ``lemma``: in
    lower case."""
    if not lemma.endswith(NOUN_ADJECTIVE_ENDINGS):
        return -1.0
    bar = DifficultWord.settings["loan_zipf"]
    nouns = [stem + e for ending in NOUN_ADJECTIVE_ENDINGS if lemma.endswith(ending)
             and len(stem := lemma[: -len(ending)]) >= 3 for e in ("", "e")]  # "behoeftig": "behoefte"
    nouns = [n for n in nouns if _nouns().get(n) is not None]
    if not nouns:
        return -1.0
    said = spoken(lemma, lemma, "ADJ")
    if said <= 0 or said + SPOKEN_OFFSET < _written(lemma, lemma, "ADJ"):
        return -1.0  # a word of written Dutch (or one subtitles lack: nothing shows it is said)
    familiar = max(min(lemma_zipf(n, "NOUN"), spoken_lemma_zipf(n, "NOUN") + SPOKEN_OFFSET) for n in nouns)
    return familiar if familiar >= bar else -1.0


def material_familiarity(low: str) -> float:
    """For an adjective of what a thing is made of ("houten", "stalen", "wollen", "lederen",
    "kunstlederen": of wood, steel, wool, leather, imitation leather): the familiarity of that
    material; else -1. Dutch makes such an adjective of a material noun with "-en", spelling
    undone ("stal" -> "staal", "woll" -> "wol", "glaz" -> "glas"), and it means just "made of"
    that material. The noun must name a thing (concrete in LiNT-II's list, or a compound with
    such a head: "kunstleder"), so a participle ("gebroken", "verboden") is none."""
    if not low.endswith("en") or len(low) < 6:
        return -1.0
    best = -1.0
    # "wollen" -> "wol", "glazen" -> "glas", "stalen" -> "staal"; not "verdreven" -> "verdreef"
    for base in _verbs.spelling_bases(low[:-2], min_length=4, long_after_undone=False):
        parts = compound_parts(base) if len(base) >= 3 else ()
        if not parts or not (exists(base) or len(parts) > 1):
            continue  # a word, or a compound of words the word list lacks ("kunstleder")
        if noun_class(base) == "c" or len(parts) > 1 and noun_class(parts[-1]) == "c":
            best = max(best, known_meaning(base, base, "NOUN"))
    return best


def negated_familiarity(low: str) -> float:
    """For "on-" + an adjective ("onpopulair", "onvolledige": not popular, not complete): the
    familiarity of that adjective, in writing and in speech (the lower), less
    ``DERIVED_ABLE``; else -1. Only a very common adjective makes the word plain this way:
    "onbevoegd", "ongehuwd", "onverminderd" keep their own, lower familiarity. Not a formal
    loanword ("onconventioneel"), whose bar is higher."""
    if not low.startswith("on") or len(low) < 7:
        return -1.0
    formal = DifficultWord.settings["loan_suffixes"] + DifficultWord.settings["loan_adjective_suffixes"]
    best = -1.0
    for base in {low[2:], low[2:-1] if low.endswith("e") else low[2:]}:
        if len(base) >= 5 and exists(base) and not is_loanword(base, formal):
            best = max(best, min(lemma_zipf(base, "ADJ"), spoken_lemma_zipf(base, "ADJ")) - DERIVED_ABLE)
    return best


# every ending ``female_familiarity`` reads, with the plural endings it takes off first
_FEMALE_ENDINGS = ("ster", "sters", "eres", "essen", "ente", "entes", "ante", "antes")
_DEGREE_ENDINGS = ("sten", "ste", "st", "eren", "ere", "er")


def female_familiarity(low: str) -> float:
    """For the female form of a noun for a person ("voorzitster", "verpleegster",
    "zangeres", "studente"): the familiarity of the noun it is made from ("voorzitter",
    "verpleger", "zanger", "student"); else -1. The meaning is the same, only the reader is
    a woman; text writes the female form less often."""
    if not low.endswith(_FEMALE_ENDINGS):
        return -1.0  # (one test for all endings below: most nouns have none of them)
    word = low[:-3] if low.endswith("essen") else low[:-1] if low.endswith(("sters", "entes", "antes")) else low
    bases: set[str] = set()
    if word.endswith("ster") and len(word) > 7:
        stem = word[:-4]
        bases = {stem + "er", stem + stem[-1] + "er", stem + "der"}
        if len(stem) > 3 and stem[-2] == stem[-3] and stem[-2] in "aeou" and stem[-1] not in "aeiou":
            bases.add(stem[:-2] + stem[-1] + "er")  # "verpleeg" -> "verpleger"
    elif word.endswith("eres") and len(word) > 6:
        bases = {word[:-2]}  # "zangeres" -> "zanger"
    elif word.endswith(("ente", "ante")) and len(word) > 6:
        bases = {word[:-1]}  # "studente" -> "student"
    return max((lemma_zipf(b, "NOUN") for b in bases if exists(b)), default=-1.0)


def capital_inside(doc, tok) -> bool:
    """Does the text write this word, first in its sentence, also with a capital inside a
    sentence ("Bluetooth werkt ..." and "via Bluetooth")? Then the capital is the word's own:
    a name (of a product, a technique, a place), as a capital inside a sentence marks one. Not
    after an article or another determiner ("Wij passen de Subrogatie toe"): official letters
    write their defined terms so ("de Verordening", "de Aanvrager"), and such a name takes none
    ("via Bluetooth")."""
    for i in _places_of_texts(doc).get(tok.text, ()):
        if i != tok.i and not doc[i].is_sent_start and not starts_list_item(doc, i) \
                and not doc[i - 1].is_punct and not _determiner(doc[i - 1]):
            return True
    return False


_TEXT_PLACES = "duidelijk.text_places"


def _places_of_texts(doc) -> dict[str, list[int]]:
    """Where each word of the text stands, by its text as written: made once per Doc from the
    token table's texts (``capital_inside`` asks it for each candidate word, and a walk over all
    Tokens of the Doc each time cost a Token per word)."""
    return per_doc(doc, _TEXT_PLACES, _make_places_of_texts)


def _make_places_of_texts(doc) -> dict[str, list[int]]:
    places: dict[str, list[int]] = {}
    for i, text in enumerate(token_table(doc).texts):
        places.setdefault(text, []).append(i)
    return places


def _determiner(tok) -> bool:
    """Is ``tok`` an article or another determiner ("de", "het", "een", "deze", "uw")?"""
    return tok.lower_ in {"de", "het", "een"} or tok.pos_ == "DET"


def loan_verb_lemma(low: str, lemma: str, pos: str) -> str:
    """The lemma of a loan verb's form in "-eert" ("detecteert", "reflecteert") that the
    lemmatizer got wrong ('detecteeren', which Dutch text does not use, or the form itself): the
    "-eren" of the loan verb ("detecteren"), when Dutch text uses that. Else the lemma as it is."""
    if pos != "VERB" or not low.endswith("eert") or len(low) < 8:
        return lemma
    verb, given = low[:-4] + "eren", lemma.lower()
    wrong = given == low or zipf(given) <= 0  # (a form in "-eert" is no infinitive)
    return verb if given != verb and wrong and zipf(verb) > 0 else lemma


def trema_lemma(lemma: str, pos: str) -> str:
    """A verb's lemma with the trema the lemmatizer left out: "kopieer" and "kopieert" get
    'kopieren', but the verb is "kopiëren" (kopie + eren: a trema where two vowels would run
    together; so "creëren", "variëren"). The spelling with the trema when Dutch text uses it more
    than the one without; else the lemma as it is ("financieren": no "financiëren"). A lemma in
    capitals (a heading: 'VERIFIEREN') is read in lower case, as the rest of the verdict reads it."""
    if pos != "VERB" or len(lemma) < 7:
        return lemma
    low = lemma.lower()
    if not low.endswith("eren") or low[-5] not in "ieo":
        return lemma
    with_trema = low[:-4] + "ëren"
    return with_trema if zipf(with_trema) > zipf(low) else lemma


def trema_plural_familiarity(low: str) -> float:
    """For a plural in "-ën" ("oliën", "zeeën", "industrieën": "olie", "zee", "industrie" +
    "en", with a trema where two vowels would run together): the familiarity of its
    singular; else -1. The lemmatizer often leaves these as they are."""
    if not low.endswith("ën") or len(low) < 5:
        return -1.0
    bases = [b for b in (low[:-2], low[:-2] + "e") if len(b) >= 3 and exists(b)]
    return max((lemma_zipf(b, "NOUN") for b in bases), default=-1.0)


# diminutive endings, longest first: "ster" + "retjes", "boom" + "pje", "koning" + "kje"
DIMINUTIVE_ENDINGS = ("etjes", "etje", "tjes", "tje", "pjes", "pje", "kjes", "kje", "jes", "je")


def diminutive_familiarity(low: str) -> float:
    """For a diminutive ("tuintjes", "sterretjes", "boompje"): the familiarity of the noun it
    is made from ("tuin", "ster", "boom"); else -1. Every Dutch noun has a diminutive and its
    meaning is the noun's (small, or dear), so a reader who knows "tuin" knows "tuintje",
    however seldom text writes it; the lemmatizer often gets these wrong ("tuintjes" ->
    "tuint"). A diminutive with a meaning of its own is common by itself ("meisje",
    "kaartje")."""
    best = -1.0
    if not low.endswith(DIMINUTIVE_ENDINGS):
        return best  # (one test for all endings: most nouns have none of them)
    for ending in DIMINUTIVE_ENDINGS:
        if not low.endswith(ending) or len(low) - len(ending) < 3:
            continue
        stem = low[: -len(ending)]
        bases = {stem}
        if ending.startswith("etje") and len(stem) > 3 and stem[-1] == stem[-2]:
            bases.add(stem[:-1])  # "sterretje" -> "ster", "balletje" -> "bal"
        if ending.startswith("kje") and stem.endswith("in"):
            bases.add(stem + "g")  # "koninkje" -> "koning"
        for base in bases:
            if len(base) >= 3 and exists(base):
                # a compound as its parts make it known ("landweggetjes": "land" + "weg")
                best = max(best, lemma_zipf(base, "NOUN"), known_meaning(base, base, "NOUN"))
        if best >= 0:
            break  # the longest ending that leaves a noun
    return best


# place words that name a side or part of a thing as the first part of a noun: "achter" +
# "gevel" is the back wall. Not "onder", "over", "op", "in", "uit", "af": as first parts
# they mostly come from a particle verb ("onderhoud", "uitslag") or have a meaning of their
# own ("onderpand", "overleg")
PLACE_PARTS = ("voor", "achter", "zij", "boven", "beneden", "binnen", "buiten", "midden")


def place_compound(low: str, lemma: str) -> float:
    """For a noun made of a place word and a noun for a thing ("achtergevel", "zijdeur",
    "voortuin", "zijrivier": the back wall, the side door ...): the familiarity of that noun;
    else -1. The word splitter leaves these whole, as the place words are also particles and
    prefixes ("voorzien", "achterhalen"); a head that names a concrete thing (LiNT-II's noun
    list) shows that this is a place and a thing, and no word made from a verb. Not a head
    that is also abstract ("stand", "post"): "middenstand", "voorpost" mean more than their
    parts. ``lemma``: the singular, as the tagger gives it."""
    if not lemma.startswith(PLACE_PARTS):
        return -1.0  # (one test for all place words: most nouns start with none of them)
    for part in PLACE_PARTS:
        head = lemma[len(part):]
        if lemma.startswith(part) and len(head) >= 3 and noun_class(head) == "c":
            return lemma_zipf(head, "NOUN")
    return -1.0


@cache
def name_heads() -> frozenset[str]:
    """Words that start the name of an organisation, a place or a rule with a capital, the
    rest in lower case ("Adviesraad naamgeving openbare ruimten", "Wet maatschappelijke
    ondersteuning", "Team handhaving"): DD105's heads of names and rules, and a few more.
    Not "hof" and "pad": a court or a path takes no lower-case words in its name, and the
    word after "het Gerechtshof" is no part of it ("het Gerechtshof cassatie instellen")."""
    return (frozenset(LongWord.settings["name_heads"]) - {"hof", "pad"}) | frozenset(
        LongWord.settings["regulation_heads"]) | {
        "afdeling", "directie", "sector", "cluster", "regio", "platform", "netwerk", "overleg"}


def in_name(tok, table=None) -> bool:
    """Is the word (a noun or adjective in lower case) part of a name that a capitalised head
    starts: "naamgeving" and "ruimten" in "de Adviesraad naamgeving openbare ruimten",
    "maatschappelijke" in "de Wet maatschappelijke ondersteuning"? The words between are
    lower-case nouns and adjectives (at most three). The head is a word that ends in a name
    head ("Adviesraad"). The first word of a sentence has a capital anyway: there it must be
    the head itself, in a sentence with a finite verb after the name ("Wet kenbaarheid
    publiekrechtelijke beperkingen geldt ook"); without one it is a subject line ("Besluit
    ontheffing voor uw bedrijf"), not a name. The writer cannot change a name. Read from the
    Doc's token table (``metrics.token_table``; ``table``: that table, if at hand): parts of
    speech, letters only and finite verbs from its facts, texts from its texts, the sentence
    from its bounds."""
    if table is None:
        table = token_table(tok.doc)
    i = tok.i
    facts, texts = table.facts, table.texts
    if facts[i].pos not in _NAME_POS or not texts[i].islower():
        return False
    start, end = table.sentence_of(i)
    j = i - 1
    while j >= start and i - j <= 3 and texts[j].islower() and facts[j].alpha and facts[j].pos in _NAME_POS:
        j -= 1
    if j < start or j == i:
        return False
    text = texts[j]
    if text in NAME_LINKS and j - 1 > start and facts[j - 1].pos in _NAME_HEAD_POS and facts[j - 1].alpha \
            and texts[j - 1][:1].isupper() and texts[j - 1][1:].islower() and texts[j - 2] not in _STARTING_MARKS \
            and _common_noun(texts[j - 1].lower()):
        # a capitalised noun inside a sentence and a preposition: the title of a form or a
        # body ("het formulier Verklaring van inwoning", "de Raad van toezicht"); the head is a
        # common noun with a capital. A name itself before the preposition is no title's head:
        # "Neem contact op met Woonbron voor herhuisvesting" (rev41)
        return True
    if not (facts[j].alpha and text[:1].isupper() and text[1:].islower()):
        return False
    head = facts[j].lower
    if facts[j].pos == "ADJ" and j + 1 < i and facts[j + 1].lower in name_heads():
        # a name whose capital is on its adjective, before a name head in small letters:
        # "de Algemene wet inkomensafhankelijke regelingen", "de Tijdelijke regeling ..."
        head = facts[j + 1].lower
    if j == start:
        return head in name_heads() and any(facts[t].finite_form for t in range(i + 1, end))
    if any(head.endswith(h) for h in name_heads()):
        return True
    return facts[j].pos == "ADJ" and name_adjective(text, texts[j - 1])


def _common_noun(low: str) -> bool:
    """Is a word (lower case) a common Dutch word, not only a name: in the Dutch word list, or
    without it (a plain clone) common in written Dutch."""
    return exists(low) if has_word_list() else zipf(low) >= 3.5


_NAME_POS = frozenset({"NOUN", "ADJ"})
# the prepositions inside a name after its capitalised head ("Verklaring van inwoning")
NAME_LINKS = frozenset({"van", "voor", "op", "tot"})
_NAME_HEAD_POS = frozenset({"NOUN", "PROPN"})  # a capitalised head may be tagged a name
# the endings of an adjective made from a name of a country, region or town, which Dutch
# writes with a capital anywhere ("de Nederlandse overheid", "Engels", "Belgische"): no sign of a name
_PLACE_ADJECTIVE_ENDINGS = ("se", "sche", "s")
# what may come before a word whose capital is that of a new start, not of a name
_STARTING_MARKS = frozenset(":;•·*-–—(\"'‘“„") | frozenset(LIST_MARKS)


def name_adjective(text: str, before: str) -> bool:
    """Is a capitalised adjective inside a sentence the start of a name ("de Nationale
    ombudsman", "de Centrale raad van beroep", "de Sociale verzekeringsbank")? Dutch writes an
    adjective with a capital inside a sentence only at the start of a name, or when it is made
    from a place name ("de Nederlandse overheid": ``_PLACE_ADJECTIVE_ENDINGS``), so the nouns
    after it are that name's words, which the writer cannot change. Not after a colon, a
    bracket, a quote or a list mark, where a new start takes a capital anyway ("Let op: Nieuwe
    regels")."""
    low = text.lower()
    return not low.endswith(_PLACE_ADJECTIVE_ENDINGS) and before not in _STARTING_MARKS and zipf(low) > 0


# the heads of a scheme that Dutch names by a bare noun after it, without an article or a
# preposition ("de subsidieregeling borstprothesen", "uw aanvraag subsidie geluidisolatie"):
# DD105's heads of rules and of permits and allowances, and a subsidy
def scheme_heads() -> tuple[str, ...]:
    return tuple(LongWord.settings["regulation_heads"]) + tuple(LongWord.settings["product_heads"]) + ("subsidie",)


def scheme_topic(texts, facts, i: int, start: int) -> bool:
    """Is a lower-case noun the topic in the name of a scheme: right after the scheme's head,
    a lower-case noun with no article or preposition between ("subsidieregeling
    borstprothesen", "aanvraag subsidie geluidisolatie"), or after an application for one
    ("uw subsidieaanvraag borstprothesen")? Dutch names a scheme so, as it names a team ("Team
    handhaving"): the noun is the name of what the reader applied for, which the letter must
    use. ``texts``, ``facts``: a token table's; ``start``: the sentence's first token."""
    j = i - 1
    if j < start or not texts[i].islower() or not (
            facts[i].pos == "NOUN" or facts[i].pos == "VERB" and plural_compound_noun(texts[i])):
        return False  # (a plural compound noun the tagger may take for a verb: "borstprothesen")
    before = texts[j]
    if not (before.isalpha() and before[1:].islower() and facts[j].pos in _NAME_HEAD_POS):
        return False  # (the head may have the capital of a line's start: "- Subsidieregeling borstprothesen")
    before = before.lower()
    if before == "besluit":
        return False  # the bare word is a decision ("Besluit ontheffing voor uw bedrijf": the
        # decision on an exemption); only as a compound's head does it name a rule ("Bouwbesluit")
    heads = scheme_heads()
    if before.endswith("aanvraag") and before != "aanvraag":
        before = before[:-len("aanvraag")]  # an application for the scheme: "subsidieaanvraag"
    return before.endswith(heads)


def unlisted_name(text: str, lemma: str) -> bool:
    """Is a capitalised word a name by the word lists: a word that written Dutch uses
    (wordfreq) but that the Dutch word list does not hold in any form, not even as a compound
    of its words ("Schreuders", a surname)? Inside a sentence the capital shows a name; the
    first word of a sentence has one anyway, so there the word list must tell. Without the
    word list (a plain clone) nothing is a name this way. ``lemma``: lower case, no "_"."""
    low = text.lower()
    if not (text[:1].isupper() and text[1:].islower()) or not has_word_list() or zipf(low) <= 0:
        return False
    if exists(low) or exists(lemma) or exists_inflected(low):
        return False
    if low.endswith(("ve", "ze")) and exists(low[:-2] + {"v": "f", "z": "s"}[low[-2]]):
        return False  # an inflected adjective the lemmatizer left as it is: "innovatieve"
    return len(compound_parts(low)) == 1


def listed_adverb_unknown(text: str) -> bool:
    """Is a capitalised word that the tagger calls an adverb no Dutch word in any form (the
    word list does not hold it: "Wormerveer", a place)? Dutch adverbs are in the word list.
    Without the word list (a plain clone) this says nothing."""
    low = text.lower()
    return text[:1].isupper() and text[1:].islower() and has_word_list() and not (
        exists(low) or exists_inflected(low))


def mistagged_compound_noun(low: str) -> bool:
    """Is a word that the tagger calls an adverb a compound noun ("betaalgegevens": "betaal"
    + "gegevens")? Text never uses it (wordfreq; Dutch adverbs made of parts are fixed words
    that text does use: "tussentijds", "kortweg", "tegelijkertijd"), and it splits into two
    parts whose head is a noun of LiNT-II's list. Read as a noun, it is known through its parts.
    A word that text does use is such a noun when its first part is a noun of that list too
    (with or without the linking "s": "adresgegevens", "stadsdeel"): the adverbs made of parts
    start with an adjective, an adverb or a preposition ("kortweg", "overdag", "tegelijkertijd")
    or end in no noun ("huiswaarts", "stapsgewijs")."""
    if len(low) < 8:
        return False
    parts = compound_parts(low)
    if len(parts) != 2 or noun_class(parts[-1]) is None:
        return False
    first = parts[0]
    return zipf(low) <= 0 or noun_class(first) is not None or (
        first.endswith("s") and noun_class(first[:-1]) is not None)


_COMPOUND_POS = frozenset({"NOUN", "ADJ", "PROPN", "X"})
# a compound is a kind of what its parts name, so text uses it far less often than its rare
# part ("armprothese" 1.1, "prothese" 3.0); a word that text uses nearly as often as that part
# is a word of its own that the splitter cut ("prothese" 3.0 is no "pro" + "these" 3.3)
PART_MARGIN = 1.0


def degree_form(low: str) -> bool:
    """Is ``low`` a comparative or superlative of an adjective the word list holds
    ("inclusiever", "inclusievere": "inclusief" + "er", not "inclusie" + "ver")? Read as
    ``degree_familiarity`` reads it (spelling undone: ``_adjective_bases``), loanwords too."""
    for ending in _DEGREE_ENDINGS:
        stem = low[: -len(ending)]
        if not low.endswith(ending) or len(stem) < 3:
            continue
        if ending.startswith("s"):
            bases = {stem, stem + "s"}
        elif zipf(stem + "e") > 0 or stem.endswith("rd"):
            bases = _adjective_bases(stem)
        else:
            continue
        if any(len(base) >= 3 and exists(base) for base in bases):
            return True
    return False


def hard_part(low: str, pos: str, bar: float, is_hard=None) -> frozenset[str]:
    """The one part that makes a compound hard, as the words a reader may know it by: "corona"
    in "coronabewijs" and "coronaregels" ({"corona"}), "prothesen" in "borstprothesen" (its
    singular "prothese" among them). The reader meets one unknown word there, not two: once
    "corona" is reported or explained, "coronaregels" adds no new one. Only when the compound
    says what it is by its parts, as Dutch builds most compounds (a kind of what the head
    names): the other part is an everyday word (familiar in writing and in speech, not hard
    by ``is_hard``, the rule's own verdict on a word), and where that part is the head, one of
    the everyday heads of speech (``everyday_head``: "regels", "bewijs"), whose literal sense
    the whole keeps. Empty otherwise: a term with a head in another sense ("kavelpaspoort",
    "erfpachtcanon": hard as a whole, besides its part), a compound whose parts are both
    familiar (hard as a whole: "inlogfunctie") or both unfamiliar, a hard part the B1 list or
    ``is_hard`` calls familiar ("grofvuil" in "grofvuilroute"; ``known_part_compound`` asks
    whether the whole is then known), a comparative ("inclusiever" is
    "inclusief" + "er": ``degree_form``) and a verb or a word made from one ("uitgeprint": a
    particle is no part)."""
    return _part_obstacle(low, pos, bar, is_hard, False)


def _part_obstacle(low: str, pos: str, bar: float, is_hard, known: bool) -> frozenset[str]:
    """``hard_part``; ``known``: also when the part is on the B1 list (for ``known_part_compound``)."""
    if pos not in _COMPOUND_POS and not (pos == "VERB" and plural_compound_noun(low)) and not (
            pos == "ADV" and mistagged_compound_noun(low)):
        return frozenset()
    parts = compound_parts(low)
    if len(parts) != 2 or starts_with_prefix(parts) or len(parts[1]) < 3:
        return frozenset()
    if degree_form(low):
        return frozenset()  # (whatever the tagger calls it: "inclusiever maken" may be an adverb)
    first, head = parts
    firsts = {first, part_word(first)} | ({first[:-1]} if first.endswith("s") and len(first) > 4 else set())
    firsts |= {c for c in lemma_candidates(first)[1:] if exists(c)}  # "woonboten": "woonboot"
    heads = {head} | {c for c in lemma_candidates(head)[1:] if exists(c)}  # words, not stems ("prothes")
    scores = [max(max(zipf(w), lemma_zipf(w, "NOUN")) for w in words) for words in (firsts, heads)]
    if (scores[0] >= bar) == (scores[1] >= bar):
        return frozenset()
    hard = 1 if scores[0] >= bar else 0
    if max(zipf(low), lemma_zipf(low, "NOUN")) > scores[hard] - PART_MARGIN:
        return frozenset()  # about as common as its "part": one word split wrongly ("prothese": "pro" + "these")
    obstacle, other = (heads, firsts) if hard else (firsts, heads)
    safe = b1_safe()
    if not known and any(w in safe for w in obstacle):
        return frozenset()  # a word the B1 list calls familiar is no obstacle
    if is_hard is not None and not is_hard(head if hard else part_word(first)):
        return frozenset()
    if max(spoken_lemma_zipf(w, "NOUN") for w in other) < bar or (
            is_hard is not None and is_hard(part_word(first) if hard else head)):
        return frozenset()  # the other part is no everyday word
    if not hard and not everyday_head(sorted(heads)):
        return frozenset()  # a familiar head in another sense: "kavelpaspoort", "erfpachtcanon"
    return frozenset(obstacle)


def _part_forms(part: str) -> set[str]:
    """The words a compound's part may stand for: itself, without a linking s, and the forms
    it may be inflected from ("ganzen": "gans"), of at least three letters."""
    forms = {part, part_word(part), *lemma_candidates(part)}
    if part.endswith("s"):
        forms.add(part[:-1])
    return {f for f in forms if len(f) >= 3}


class _TextWords:
    """The words of the text's prose (form and lemma, lower case), each with where it stands
    (the sentence's number among the prose sentences, the token's): what ``parts_in_text``
    reads, through ``get`` as from a dict of such lists. Kept as the token's index for a
    word met once and a list of indexes for a word met more often; the sentence of an index
    is looked up when a compound asks for the word (a few words a text). So no pair, set or
    list is made per token: those kept until the check ended were about 30,000 objects a
    pass over speed.py's varied texts, and the garbage collector's young collections (a few
    ms each in such a pass) come after every 10,000 new objects that stay.

    The words are read on the first ``get`` (``_at``): DD104 makes the object when a compound
    may be freed by its parts, and ``parts_in_text`` asks for words only for a compound of two
    parts without a prefix (about two texts of three that make one)."""

    __slots__ = ("_words", "_table", "_sentences", "_starts")

    def __init__(self, table, sentences):
        self._words: dict[str, int | list[int]] | None = None
        self._table, self._sentences = table, sentences

    @property
    def _at(self) -> dict[str, int | list[int]]:
        """The token indexes of each word (an index for a word met once), read once."""
        if self._words is None:
            self._words = self._read()
            self._starts = [sent.start for sent in self._sentences]
            self._table = self._sentences = None
        return self._words

    def _read(self) -> dict[str, int | list[int]]:
        facts = self._table.facts
        plain = _plain_lemma
        at: dict[str, int | list[int]] = {}
        found_at = at.get
        for sent in self._sentences:
            for i in range(sent.start, sent.end):
                fact = facts[i]
                if fact.alpha:
                    low, lemma = fact.lower, plain(fact.lemma)
                    for word in (low,) if lemma == low else (low, lemma):
                        found = found_at(word)
                        if found is None:
                            at[word] = i
                        elif found.__class__ is int:
                            at[word] = [found, i]
                        else:
                            found.append(i)
        return at

    def get(self, word: str, default=None):
        """(the sentence's number, the token's index) of each token with ``word`` as its form
        or lemma, in order; ``default`` when there is none."""
        found = self._at.get(word)
        if found is None:
            return default
        starts = self._starts
        if found.__class__ is int:
            return [(bisect.bisect_right(starts, found) - 1, found)]
        return [(bisect.bisect_right(starts, i) - 1, i) for i in found]


# how far apart the two parts of a compound may stand in one sentence for ``parts_in_text``:
# "ganzen overlast" (1), "overlast van de ganzen" (3), "de norm voor het grondwater" (3)
PARTS_NEAR = 4


def parts_in_text(low: str, words, is_hard) -> bool:
    """Does the text itself write both parts of a compound as words of their own, near each
    other in one sentence ("Waar veroorzaken ganzen overlast?" and then "ganzenoverlast", "de
    norm voor het grondwater" and "grondwaternorm")? A new compound is hard when the reader has
    to work out how its two easy parts relate (``dictionary.novel_abstract``); a text that
    writes them together as a phrase has shown it, as a text that explains a word does. Only a
    compound of two parts that are no hard words by themselves (``is_hard``: the rule's own
    verdict; a hard part is its own finding), both found among ``words`` (``_TextWords``, or a
    dict of the same lists) in some form ("ganzen" / "gans", a linking s), at most ``PARTS_NEAR`` tokens apart in one
    sentence: two words used apart in a text ("het plan" here, "uw omgeving" there) show no
    relation. Not a compound with a prefix ("onder" + ...)."""
    parts = compound_parts(low)
    if len(parts) != 2 or starts_with_prefix(parts):
        return False
    first, head = parts
    firsts = [at for form in _part_forms(first) for at in words.get(form, ())]
    heads = [at for form in _part_forms(head) for at in words.get(form, ())]
    if not any(n == m and 0 < abs(i - j) <= PARTS_NEAR for n, i in firsts for m, j in heads):
        return False
    return not is_hard(part_word(first)) and not is_hard(head)


def known_part_compound(low: str, pos: str, bar: float) -> bool:
    """Is ``low`` a compound that says what it is by its parts (as ``hard_part`` reads it: an
    everyday other part and, where the rare part comes first, an everyday head of speech)
    whose one rare part is a word B1 readers know (``b1_safe``: "corona" in "coronaregels",
    "coronabewijs"; "bezorging" in "pakketbezorging")? Then no part is an obstacle and the
    whole says what it is: rules about corona, a kind of delivery. Frequency lists rate the
    part rare (wordfreq and SUBTLEX are older than 2020: "corona" 3.42), the B1 list says
    readers know it. Not a compound whose head has another sense or whose parts are both rare
    (``hard_part`` gives nothing), nor one that is the noun of a word its first part makes
    with the verb of its head in "-ing" (``joined_verb_noun``: "stillegging" of "stilleggen",
    "grondlegging" of "grondlegger", not a kind of the trousers "legging")."""
    if pos not in _COMPOUND_POS:
        return False
    safe = b1_safe()
    obstacle = _part_obstacle(low, pos, bar, None, True)
    if not obstacle or not any(w in safe for w in obstacle):
        return False
    parts = compound_parts(low)
    return parts[-1] not in obstacle or not joined_verb_noun(parts[0], obstacle)


def joined_verb_noun(first: str, heads) -> bool:
    """Is a compound of the part ``first`` and a head in "-ing" (``heads``: its forms) the
    noun of a word that the first part makes with the head's verb (``action_verb``), rather
    than a kind of what the head names? So when the first part and the verb make a verb of
    their own ("stilleggen", "blootleggen", "weerleggen": "stillegging", "weerleggingen"), or
    when the head names a thing, not its verb's action (LiNT-II's class of concrete nouns, or
    ``ing_own_meaning``: "legging" is trousers), and the first part and the verb make the
    doer's noun ("grondlegger": "grondlegging"). A head that is its verb's action keeps that
    sense in a compound: "pakketbezorging" is a kind of "bezorging", also beside
    "pakketbezorger"; and "sportlegging" stays a kind of legging."""
    firsts = {first, part_word(first)}
    for head in heads:
        verb = action_verb(head)
        if not verb:
            continue
        if any(exists(f + verb) for f in firsts):
            return True
        singular = head[:-2] if head.endswith("ingen") else head
        if (noun_class(singular) == "c" or singular in ing_own_meaning()) and verb.endswith("en") and any(
                exists(f + verb[:-2] + "er") for f in firsts):
            return True
    return False


def list_verb_form(low: str, pos: str, safe) -> bool:
    """Is ``low`` a form of a verb on the B1 list (``safe``) that the lemmatizer got wrong
    ("uitgeprint": 'uitgeprinnen'), by the verbs its spelling may come from (``verb_lemmas``)?
    Each verb is asked as the word's lemma (``safe_word``), so the present participle of a
    verb the blind reading freed stays out, as there ("bijkomende kosten"). Any form of a word
    tagged as a verb; of one tagged as an adjective or a noun only a past participle, with or
    without the adjective's "-e" ("u bent uitgelogd", "het ingescande formulier", "de
    uitgeprinte brief": ``_participle_shape``). Not a list entry that the list means as a
    noun, although a verb is spelled the same (``b1_nouns``: "inkomen" is income, so
    "ingekomen brieven", office language, is not freed by it); a verb on the list with a
    noun beside it is a verb ("grillen", "stemmen": "het vlees is gegrild"). Of a word
    tagged as a noun also the verb's "hij" form ("de computer herstart vanzelf")."""
    if pos not in ("VERB", "ADJ", "NOUN"):
        return False
    forms = {f for f in {low, low.removesuffix("e")} if _participle_shape(f)}
    if pos == "VERB":
        forms.add(low)

    def listed(verb: str) -> bool:
        return verb in safe and safe_word(low, verb, safe) and verb not in b1_nouns()

    # (only a verb of the list can free the word: ``verb_lemmas_among`` asks whether Dutch uses
    # a spelling only for those, the same verbs as ``verb_lemmas`` & ``safe``)
    among = _dictionary.verb_lemmas_among
    if any(listed(v) for form in forms for v in among(form, safe)):
        return True
    # a "hij" form ends in "t" (``verbs.t_form``): a noun that does not is none, and its verbs
    # need not be spelled (most words DD104 judges are such nouns)
    return pos == "NOUN" and low.endswith("t") and any(
        listed(v) and _verbs.regular_third_person(v) == low for v in among(low, safe))


@cache
def safe_quality_noun(low: str, safe) -> bool:
    """Is ``low`` the noun of quality in "-heid" ("-heden") of an adjective on the B1 list
    (``safe``): "benauwdheid" of "benauwd", "duizeligheid" of "duizelig"? "-heid" makes the
    quality of being what the adjective says, the most regular word formation of Dutch: a
    reader who knows the adjective knows the noun. ``dictionary.known_meaning`` reads such a
    noun by the adjective's frequency, a little less; the B1 list says readers know the
    adjective whatever its frequency. Not from a participle ("betrokkenheid", "gesteldheid"
    mean more than "betrokken", "gesteld"), as there."""
    for end in ("heid", "heden"):
        if low.endswith(end):
            base = low[:-len(end)]
            return len(base) >= 3 and base in safe and not (base.startswith("ge") and base[-1:] in {"d", "t", "n"})
    return False


def b1_nouns() -> frozenset[str]:
    """Entries of the B1 list that it means as a noun, though a verb is spelled the same
    ("inkomen": income, not the verb of "ingekomen brieven"): ``wordlists/b1_nouns.tsv``."""
    return wordlists.words("b1_nouns")


def _participle_shape(form: str) -> bool:
    """Is ``form`` spelled as a past participle: "ge" ("gescrold") or a particle and "ge"
    ("uitgelogd") in front, a stem of at least two letters, "-d", "-t" or "-en" at the end?"""
    if not form.endswith(("d", "t", "en")) or not form.startswith(_GE_STARTS):
        return False  # (one test for all starts: most words have none)
    return any(form.startswith(start) and len(form) - len(start) >= 4 for start in _GE_STARTS)


_GE_STARTS = tuple(p + "ge" for p in ("",) + _verbs.PARTICLES)  # ``_participle_shape``


def once_per_obstacle(findings: list) -> list:
    """The findings without DD104's later ones on a hard part already reported ("corona" in
    "coronabewijs", then "coronaregels": ``hard_part``). Done after the 'duidelijk: negeer'
    comments have had their say, so that switching off one place neither hides another
    nor leaves a comment that switches nothing off."""
    seen: set[str] = set()
    out = []
    for f in findings:
        keys = f.obstacle
        if keys:
            if keys & seen:
                continue
            seen |= keys
        out.append(f)
    return out


@cache
def adjective_heads() -> frozenset[str]:
    """Heads that make an adjective of a noun: without ("rookvrij", "uitstootvrij"), with little
    or much ("zoutarm", "vitaminerijk"), proof against ("waterdicht"), good for
    ("milieuvriendelijk"), aware of ("kostenbewust"): ``wordlists/adjective_heads.tsv``."""
    return wordlists.words("adjective_heads", "head")


@cache
def adjective_terms() -> frozenset[str]:
    """Adjectives of a noun and one of the ``adjective_heads`` whose sense their parts do not
    give, terms of administration or finance ("vormvrij", "kostenneutraal", "beleidsarm"):
    ``wordlists/adjective_terms.tsv``."""
    return wordlists.words("adjective_terms")


def adjective_compound(low: str) -> bool:
    """Is a word that the tagger calls a verb an adjective made of a noun and one of the
    ``adjective_heads`` ("uitstootvrij": "uitstoot" + "vrij")? No verb form can be one: the
    spelling rules find no verb it comes from (``verb_lemmas``: no "uitstootvrijen"), and it
    does not start with a prefix or particle. Read as an adjective, it is known through its
    parts, as when the tagger tags it so ("de stad wordt autovrij"), whether the dictionary
    lists it ("gezinsvriendelijk", "gasvrij": most everyday compounds are listed) or not
    ("uitstootvrij"). Not a term whose sense its parts do not give (``adjective_terms``:
    "vormvrij" is in any form, in administrative law; "kostenneutraal", "beleidsarm"): it
    keeps the verdict on the whole word."""
    if not _may_end_in_head(low):
        return False  # (no split needed: no last part can be a head)
    parts = compound_parts(low)
    return len(parts) >= 2 and parts[-1] in adjective_heads() and not starts_with_prefix(parts) \
        and not _dictionary.verb_lemmas(low) and low not in adjective_terms()


# the inseparable prefixes a participle may start with instead of "ge" ("bedoeld", "verwacht")
_PARTICIPLE_PREFIXES = ("ge",) + _verbs.INSEPARABLE


def negated_participle(low: str) -> bool:
    """Is a word that the tagger calls a verb "on-" and a past participle ("onbedoelde",
    "onverwacht", "ongevraagd": not meant, not expected, not asked)? Dutch has no verbs of
    "on-" (those of "ont-" and "onder-" are others: "ontvangen", "onderhouden"), so such a word
    is an adjective, and is judged as one: as the tagger's adjectives "onbetaalde",
    "ongewijzigde" are. The rest must be a participle Dutch text writes, of a verb its
    spelling gives; not a noun of LiNT-II's list ("onverlaten": scoundrels)."""
    if not low.startswith("on") or low.startswith(("ont", "onder")) or len(low) < 8:
        return False  # (one cheap test first: most verbs start otherwise)
    rest = low[2:-1] if low.endswith(("de", "te")) else low[2:]
    return rest.startswith(_PARTICIPLE_PREFIXES) and rest.endswith(("d", "t", "en")) and zipf(rest) > 0 \
        and any(_verbs.past_participle(v) == rest for v in _dictionary.verb_lemmas(rest)) and _nouns().get(low) is None


def _may_end_in_head(low: str) -> bool:
    """Can the last part of ``compound_parts(low)`` be one of the ``adjective_heads``? The
    last part ends the word, or, for a word split as one of its ``lemma_candidates``, that
    candidate with the rest of the word after it ("kosteloze": "kosteloos"); so one of these
    must end in a head. DD104 asks ``adjective_compound`` of every new word tagged as a verb,
    nearly none of which ends in a head: this spares their split."""
    heads = _head_ends()
    return low.endswith(heads) or any((c + low[len(c):]).endswith(heads) for c in lemma_candidates(low)[1:])


@cache
def _head_ends() -> tuple[str, ...]:
    """``adjective_heads`` as a tuple, for ``str.endswith``."""
    return tuple(adjective_heads())


def plural_compound_noun(low: str) -> bool:
    """Is a word in "-en" that the tagger calls a verb a plural compound noun
    ("transvrouwen", "geloofsgroepen": "trans" + "vrouwen", "geloof" + "groepen")? LiNT-II's
    noun list holds the form with its head (its makers read it as a compound noun), and it is
    no verb: text never writes its "hij" form ("transvrouwt") and it is no particle verb, whose
    "hij" form stands apart in a main clause ("navragen": "hij vraagt na"). Read as a noun, it
    is known through its parts."""
    if not low.endswith("en") or len(low) < 8:
        return False
    listed = _nouns().get(low)
    if not listed or not listed[1]:
        return False
    return zipf(_verbs.regular_third_person(low)) <= 0 and not separable(low)


def plural_person_noun(low: str) -> bool:
    """Is a word in "-en" that the tagger calls a verb the plural of a noun in "-e"
    ("overledenen": "de overledene", "betrokkenen", "gewonden")? An adjective or a participle
    used as a noun names people and takes "-n" in the plural; LiNT-II's noun list holds both
    forms. No verb: text never writes its "hij" form ("overledent") and it is no particle verb.
    Read as a noun, it is as known as its singular and its adjective ("overleden")."""
    if not low.endswith("en") or len(low) < 8:
        return False
    nouns = _nouns()
    return nouns.get(low) is not None and nouns.get(low[:-1]) is not None \
        and zipf(_verbs.regular_third_person(low)) <= 0 and not separable(low)


_PERSON_NOUN_POS = frozenset({"NOUN", "ADJ"})  # the tags of a ``participle_noun_lemma`` noun


def participle_noun_lemma(low: str, lemma: str) -> str:
    """The lemma of a noun made from a present participle ("de werkzoekende", "de
    werkzoekenden", "de belanghebbende"), which the lemmatizer gives as the verb ('werkzoeken')
    or as the participle ('werkzoekend'): the form in "-ende", or "". Such a noun names a person
    and has forms of its own, "-ende" and "-enden"; read as a noun, its familiarity sums those
    (``lemma_zipf``), not the forms of a verb or an adjective it is not here ("werkzoekt",
    "werkzoekender")."""
    participle = lemma + "d" if lemma.endswith("en") else lemma if lemma.endswith("end") else ""
    return participle + "e" if participle and low in (participle + "e", participle + "en") else ""


def noun_headed_compound(low: str) -> bool:
    """Is a word that the tagger calls a verb a compound noun whose head is a noun of LiNT-II's
    list ("weekgemiddelde": "week" + "gemiddelde", "dagtotaal")? No verb form can be one: the
    spelling rules find no verb it comes from (``verb_lemmas``), and it does not start with a
    prefix. Only a compound that text never uses (wordfreq), which the tagger has not seen and
    so reads as a verb: read as a noun, it is known through its parts, as when the tagger tags
    it so. A compound text does use as a whole ("naamgebruik", a term of the civil registry)
    keeps the verdict by its own frequency, as ``mistagged_compound_noun`` reads one; a
    compound with a rare part keeps that part's verdict ("ozonwaarde"). Not with a head that
    also makes an adjective of a noun (``adjective_heads``: "beleidsarm" and "uitstootvrij" are
    adjectives, read by ``adjective_compound`` and ``adjective_terms``)."""
    if len(low) < 8 or zipf(low) > 0 or any(not own_plural(low, verb) for verb in _dictionary.verb_lemmas(low)):
        return False
    parts = compound_parts(low)
    return len(parts) >= 2 and noun_class(parts[-1]) is not None and parts[-1] not in adjective_heads() \
        and not starts_with_prefix(parts)


def own_plural(low: str, verb: str) -> bool:
    """Is a spelled infinitive of a word (``verb_lemmas``) only the word's own plural as a noun
    ("fietswrak": 'fietswrakken', the plural the word list holds, not a verb "fietswrakken")?
    The infinitive has the spelling of the word's plural ("-en" after the stem), and text never
    writes its "hij" form ("fietswrakt"), which a verb has; a particle verb, whose "hij" form
    stands apart ("hij vraagt na"), stays a verb."""
    return verb in _dictionary.plural_candidates(low) and zipf(_verbs.regular_third_person(verb)) <= 0 \
        and not separable(verb)


def plural_compound_of_nouns(low: str) -> bool:
    """Is a word that the tagger calls an adjective the plural of a compound noun in "-s"
    ("bedbodems": "bed" + "bodems", in a list "- matrassen en bedbodems")? Text never uses it,
    and it is a compound whose head is the plural of a noun (``noun_headed_compound``,
    ``plural_noun``). No Dutch adjective takes "-s" as an ending: the ones that end in "s" are
    fixed words that text uses ("dagelijks", "Engels"). Not "-en": an adjective of a material
    has the plural's spelling ("papieren", "houten")."""
    if not low.endswith("s") or low.endswith("'s") or not noun_headed_compound(low):
        return False
    head = compound_parts(low)[-1]
    return head.endswith("s") and _dictionary.plural_noun(head)


def particle_verb_stem(low: str) -> str:
    """The particle verb whose stem a word is, when the tagger calls it an adjective: "optel"
    in "als ik de getallen bij elkaar optel" ("optellen"), "invul" ("invullen"). In a clause
    with the verb last, "ik" takes the bare stem, with the particle before it. An adjective
    has a form in "-e" ("groot", "grote"); such a stem has none in the word list, and the
    verb it comes from is a separable verb that Dutch uses. Empty when it is no such stem."""
    if len(low) < 5 or low.endswith("e") or not low.startswith(_verbs.PARTICLES):
        return ""
    if exists(low + "e") or exists(low + low[-1] + "e"):
        return ""  # it has an adjective's form ("openbaar", "openbare")
    verbs = [v for v in _dictionary.verb_lemmas(low)
             if low in verb_stems(v) and separable(v) and lemma_zipf(v, "VERB") > zipf(low)]
    return max(verbs, key=lambda v: lemma_zipf(v, "VERB")) if verbs else ""


_STEM_END = {"v": "f", "z": "s"}  # "schrijven": "schrijf", "lezen": "lees"
_VOWELS = "aeiou"


def verb_stems(verb: str) -> tuple[str, ...]:
    """The stem of an infinitive, the "ik" form, by the spelling rules: without "-en", one
    of a doubled consonant ("tellen": "tel"), "v" and "z" as "f" and "s" ("schrijven":
    "schrijf"), and with its vowel written twice in a closed syllable ("lopen": "loop"); both
    spellings when the rules leave it open ("bomen": "boom"; "rekenen": "reken")."""
    if not verb.endswith("en") or len(verb) < 4:
        return ()
    stem = verb[:-2]
    if stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        return (stem[:-1],)
    stem = stem[:-1] + _STEM_END.get(stem[-1], stem[-1])
    if len(stem) >= 3 and stem[-2] in _VOWELS and stem[-3] not in _VOWELS and stem[-1] not in _VOWELS:
        return stem, stem[:-1] + stem[-2] + stem[-1]
    return (stem,)


class _QuotedNoun(NamedTuple):
    """What DD104's first verdict reads of a quoted term the tagger calls a name (``quoted_start``)."""
    lower: str
    lemma: str
    pos: str = "NOUN"


def quoted_start(doc, i: int) -> bool:
    """Does the word open a quote ("de codes ‘Influenza’ en ‘Pneumonie’", "de knop “Verzenden”")?
    A quote starts with a capital as a sentence does, so there the capital marks no name: the
    word is read as the first word of a sentence is (the word list tells a name), whatever the
    tagger calls it. Typographic opening marks (‘ “ „) always open; a straight mark only when it
    sticks to the word and not to the word before it."""
    if i == 0 or not doc[i].text[:1].isupper():
        return False
    mark = doc[i - 1]
    if mark.text in _QUOTE_OPENERS[:3]:
        return True
    return mark.text in _QUOTE_OPENERS and not mark.whitespace_ and (i == 1 or bool(doc[i - 2].whitespace_))


_QUOTE_OPENERS = ("‘", "“", "„", "'", '"')  # the typographic opening marks first (``quoted_start``)


def starts_list_item(doc, i: int) -> bool:
    """Is the token the first word of a list item ("- Gewaarmerkt verzekeringsbericht",
    "1. Declaratie van kosten"): a bullet, or a number or letter with "." or ")", at the start
    of a line before it? Its capital is that of the item, as at the start of a sentence, not
    that of a name; the sentence splitter often keeps the items of a list in one sentence.
    Not when the next word has a capital too: title case marks a name or a title ("- Kindtegoed
    Voorschool", "- Gemeente Amsterdam")."""
    j = i - 1
    if j >= 0 and doc[j].text in {".", ")"} and j >= 1 and (doc[j - 1].is_digit and len(doc[j - 1]) <= 2 or
                                                             len(doc[j - 1]) == 1 and doc[j - 1].is_alpha):
        j -= 2  # "1." or "a)"
    elif j >= 0 and doc[j].text in LIST_MARKS:
        j -= 1
    else:
        return False
    if not (j < 0 or "\n" in doc[j].text or "\n" in doc[j].whitespace_):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return not (nxt is not None and nxt.is_alpha and nxt.text[:1].isupper())  # title case marks a
    # name or a title: "- Kindtegoed Voorschool", "- Gemeente Amsterdam"


def _no_word(text: str) -> bool:
    """A lower-case token that the Dutch word list does not hold in any form ("jpg", "png")."""
    low = text.lower()
    return text.isalpha() and not (exists(low) or exists_inflected(low))


def _one_keystroke(a: str, b: str) -> bool:
    """Are two words one keystroke apart: a letter too many or too few, or two letters next
    to each other swapped (as ``dictionary.likely_typo`` reads a slip)?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


SLIP_MIN_LETTERS = 5  # a shorter word is one keystroke from too many others
_DOUBLED = re.compile(r"([a-z])\1")  # a letter typed twice (``slip_of_text_word``)


def slip_of_text_word(doc, tok) -> str:
    """The word of the same text that a hard word is a slip of, one keystroke away ("alleen
    bij anhanger" in a text that says "aanhanger" six times) or with its doubled letters
    written once (English spelling: "op uw address" in a text that says "adres"), or "". The
    hard word is no word of the Dutch word list in any form; the other is, and the text uses
    it, so the writer knows it. Such a word is no word the reader does not know: the message
    asks whether it is a slip. Without the word list (a plain clone) nothing is a slip this
    way."""
    low = tok.lower_
    if len(low) < SLIP_MIN_LETTERS or not has_word_list() or not _no_word(tok.text):
        return ""
    forms = _text_forms(doc)
    found = [(first, word) for size in (len(low) - 1, len(low), len(low) + 1)
             for word, first in forms.get(_form_group(low[:1], size), {}).items() if _one_keystroke(low, word)]
    single = _DOUBLED.sub(r"\1", low)  # "address" -> "adres"
    if single != low and len(single) >= SLIP_MIN_LETTERS - 1:
        first = forms.get(_form_group(single[:1], len(single)), {}).get(single)
        if first is not None:
            found.append((first, single))
    for _, word in sorted(found):  # the first in the text, as a reader meets them
        if exists(word) or exists_inflected(word):
            return word
    return ""


# a word that a doubled consonant left single makes a slip of is this common (Zipf: "kunnen" 6.3,
# "hebben" 6.4, "moeten" 6.1 ...): one of the common words of Dutch, which a writer knows how to spell
DOUBLED_SLIP_ZIPF = 5.0
# consonants that Dutch doubles after a short vowel ("kunnen", "zitten"); not "w", "j" (parts of
# "uw", "ij"), "h", "x", "y", "q"
_DOUBLING = "bdfgklmnprstvz"


def doubled_consonant_slip(low: str) -> str:
    """The very common word that a word in small letters is a slip of, with a consonant written
    once where Dutch spelling doubles it after a short vowel ("kunen" for "kunnen", "hebt" is no
    such slip), or "". Dutch writes a short vowel in an open syllable with the consonant after it
    doubled ("kun" -> "kunnen", "zit" -> "zitten"); with one consonant the vowel reads long, so
    "kunen" is no form of 'kunnen' (``dictionary.exists`` finds the stem "kun" in it all the
    same). The word must not be in OpenTaal's list as written, must be rare in Dutch text
    (below ``dictionary.SLIP_MAX_ZIPF``), and the word with the consonant doubled must be a word
    of the list that Dutch text uses very often (``DOUBLED_SLIP_ZIPF``) and far more often
    (``dictionary.SLIP_GAP``). Only one vowel letter before the consonant: "aa", "ee", "oo",
    "uu" and "ie" are long and need no doubling ("lopen", "spelen"). Without the word list (a
    plain clone) nothing is a slip this way."""
    if len(low) < SLIP_MIN_LETTERS or not low.isalpha() or not has_word_list():
        return ""
    own = zipf(low)
    if own >= _dictionary.SLIP_MAX_ZIPF or _dictionary._words().contains(low):
        return ""
    best, best_zipf = "", 0.0
    for i in range(1, len(low) - 1):
        if low[i] not in _DOUBLING or low[i - 1] not in _VOWELS or low[i + 1] not in _VOWELS \
                or (i >= 2 and low[i - 2] in _VOWELS):
            continue
        meant = low[: i + 1] + low[i:]
        found = zipf(meant)
        if found >= max(DOUBLED_SLIP_ZIPF, own + _dictionary.SLIP_GAP) and found > best_zipf and exists(meant):
            best, best_zipf = meant, found
    return best


# short words that a missed space bar glues to the word before them ("vorig jaarin behandeling",
# "de brief dagvan") or after them ("hetbesluit", "uwaanvraag"). Not the endings of Dutch words
# ("-en", "-de", "-te", "-er", "-s"), and not 'de', 'voor', 'met', 'over', 'door' first: those
# open words of their own ("deregulering", "voorgesprek")
_GLUED_AFTER = ("in", "op", "aan", "van", "om", "uit", "met", "tot", "voor", "naar", "door", "over",
                "het", "een")
_GLUED_BEFORE = ("het", "een", "uw", "van")
# the other part is a common word (Zipf: "jaar" 5.6), so the two words are what the writer meant
RUN_TOGETHER_ZIPF = 4.0


@lru_cache(maxsize=4096)
def run_together(low: str) -> tuple[str, str] | None:
    """The two words that a word in small letters is made of with no space between them, a
    common word and a short function word ("jaarin": 'jaar' + 'in', "uwaanvraag": 'uw' +
    'aanvraag'), or None. The word is no word of the Dutch word list in any form, nor common
    in Dutch or English text ("login", "checkin"), nor a noun in "-ing" without its "g"
    ("richtin"). Dutch writes a compound as one word, but no compound ends in 'in' or 'op'
    or starts with 'uw' or 'het': such a word is a slip of the space bar, no word readers do
    not know. Without the word list (a plain clone) nothing is found this way."""
    if len(low) < 5 or not low.isalpha() or not low.islower() or not has_word_list() or exists(low) \
            or exists_inflected(low) or zipf(low) >= _dictionary.FALLBACK_ZIPF \
            or english_zipf(low) >= _dictionary.FALLBACK_ZIPF or exists(low + "g") or phrasal_verbs(low):
        return None
    for short in _GLUED_AFTER:
        word = low[: -len(short)]
        if low.endswith(short) and len(word) >= 3 and exists(word) and zipf(word) >= RUN_TOGETHER_ZIPF:
            return word, short
    for short in _GLUED_BEFORE:
        word = low[len(short):]
        if low.startswith(short) and len(word) >= 3 and exists(word) and zipf(word) >= RUN_TOGETHER_ZIPF:
            return short, word
    return None


def participle_slip(text: str) -> str:
    """The past participle that a hard word is a slip of, with its last "-t" or "-d" left out
    or written as the other ("geplaats" for "geplaatst", "aangemelt" for "aangemeld": the
    most common spelling slip of Dutch), or "". The hard word is no word of the Dutch word list
    in any form; the participle is spelled as one (``_participle_shape``), is a word of that
    list or common in text (the list lacks some participles of particle verbs: "aangemeld"),
    and text uses it far more often (``dictionary.SLIP_GAP``), so the writer meant it. The message asks whether
    it is a slip, as for a slip of a word of the same text (``slip_of_text_word``)."""
    low = text.lower()
    if len(low) < SLIP_MIN_LETTERS or not has_word_list() or not _no_word(text):
        return ""
    options = [low + "t", low + "d"]
    if low.endswith(("t", "d")):
        options.append(low[:-1] + ("d" if low.endswith("t") else "t"))
    bar = zipf(low) + _dictionary.SLIP_GAP
    found = [(zipf(c), c) for c in options
             if _participle_shape(c) and (exists(c) or exists_inflected(c)
                                          or zipf(c) >= _dictionary.TYPO_NEIGHBOUR_ZIPF)]
    found = [(z, c) for z, c in found if z >= bar]
    return max(found)[1] if found else ""


_TEXT_FORMS = "duidelijk.text_forms"


def _text_forms(doc) -> dict[int, dict[str, int]]:
    """The text's words in lower case, by first letter and length (``_form_group``), each
    with the index of its first use: made once per Doc, so a text with many hard non-words is
    not read again for each (``slip_of_text_word``)."""
    return per_doc(doc, _TEXT_FORMS, _make_text_forms)


def _form_group(first: str, size: int) -> int:
    """The key of the words with this first letter (or "") and length in ``_text_forms``: a
    number, not a pair (a pair kept per group is one more object for the garbage collector's
    young collections to count and visit)."""
    return size * 0x110000 + (ord(first) if first else 0)


def _make_text_forms(doc) -> dict[int, dict[str, int]]:
    forms: dict[int, dict[str, int]] = {}
    # read from the token table (``lower``: Token.lower_, ``alpha``: Token.is_alpha), not
    # from a Token per word of the text: a Token made for each of them cost about as much
    # as all the rest of DD104's work on a text with a hard non-word
    for i, facts in enumerate(token_table(doc).facts):
        if facts.alpha:
            word = facts.lower
            group = len(word) * 0x110000 + (ord(word[0]) if word else 0)  # (``_form_group``, inline)
            found = forms.get(group)
            if found is None:
                forms[group] = {word: i}
            elif word not in found:
                found[word] = i
    return forms


def bracketed_tail(doc, i: int) -> bool:
    """Is the word at ``i`` the end of a word in brackets, straight after a word ("zorg(elijke)
    signalen", "medewerker(s)")? The writer gives two words at once: the bracket holds an ending
    ("-elijke") that the tokenizer splits off, no word of its own; the reader reads "zorgelijke".
    Not a word in brackets after a space ("de wet (Participatiewet)")."""
    return i >= 2 and doc[i - 1].text == "(" and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha


def in_code_list(doc, i: int) -> bool:
    """Is the word one of a list of codes or names, written with commas ("Toegestane
    bestandstypen: gif, jpg, jpeg, png", "formaat: pdf, docx of odt"): itself no word of the
    Dutch word list, in a list of at least three items of one word each on one line ("," between
    them, "en" or "of" before the last), at least two of the others no Dutch word either? Such
    a list names things by their codes (file types, formats), which the reader recognises on the
    screen; there is no plainer word for one of them. A code is short (``CODE_LENGTH``): the
    word itself and at least two of the others, one of which no Dutch word ("pdf, jpg of
    jpeg": 'pdf' is in the word list). Longer non-words are jargon ("placemaking, kanban,
    storyboarding"). Without the word list (a plain clone) nothing is a code this way."""
    if not has_word_list() or len(doc[i].text) > CODE_LENGTH or not _no_word(doc[i].text):
        return False  # a long non-word is a word of another language, no code ("placemaking")

    def joined(a: int, b: int) -> bool:  # tokens a < b on one line
        return all("\n" not in doc[k].whitespace_ and "\n" not in doc[k].text for k in range(a, b))

    items = [i]
    j = i
    while j - 2 >= 0 and doc[j - 1].text in {",", "en", "of"} and doc[j - 2].is_alpha and joined(j - 2, j):
        j -= 2
        items.append(j)
    j = i
    while j + 2 < len(doc) and doc[j + 1].text in {",", "en", "of"} and doc[j + 2].is_alpha and joined(j, j + 2):
        j += 2
        items.append(j)
    short = [k for k in items if k != i and len(doc[k].text) <= CODE_LENGTH]
    return len(items) >= 3 and len(short) >= 2 and any(_no_word(doc[k].text) for k in short)


def template_key(doc, i: int) -> bool:
    """Is the word the key of a line in a template or settings file ("mailer:", "  subject:
    Uw aanvraag", "signature: |"): in lower case, alone at the start of its line (after spaces
    only), with a colon right after it? A key is code that the reader of the letter never sees.
    A label that the reader sees starts with a capital ("Locatie: Stationsplein"): it is a word
    of the text, and a colon after it explains nothing (``explanations.explains``)."""
    tok = doc[i]
    if i + 1 >= len(doc) or tok.whitespace_ or doc[i + 1].text != ":" or not tok.text.islower():
        return False
    if i == 0:
        return True
    before = doc[i - 1]
    return "\n" in before.whitespace_ or before.is_space and "\n" in before.text and not before.text.strip()


# a code of a list of codes is short: file types and formats ("jpeg", "docx", "pdf"); a longer
# non-word in a list is jargon of another language ("placemaking, kanban, storyboarding")
CODE_LENGTH = 5


def foreign_word(table, i: int, start: int) -> bool:
    """Is the token a word of another language that the reader must know: one the tagger
    reads as foreign (X) in a Dutch sentence, in lower case, the first of its run ("in
    natura", "a contrario", "user agents", "sub judice": Latin of the law and English of
    computers)? Such a word gets the loanword bar: it is not Dutch even when text in other
    languages makes it common ("natura" 3.7 in wordfreq, 2.5 in subtitles). Not a capitalised
    one (a name or a title: "Services"), and not one joined to another by "&" ("bed &
    breakfast", "Services & Data": a name or a fixed pair). ``start``: the sentence's first
    token."""
    text = table.texts[i]
    if not text.islower():
        return False
    if i > 0 and table.texts[i - 1].endswith(("<", "</")):
        return False  # the name of an HTML tag: "<strong>", "</strong>" (markup, no word)
    if i > start and table.facts[i - 1].pos == "X" and table.facts[i - 1].alpha and len(table.texts[i - 1]) >= 4:
        return False  # one finding per foreign phrase: its first word ("user agents")
    near = table.texts[max(start, i - 1): i + 2]
    return "&" not in near


def foreign_phrases(table, hard) -> dict[int, tuple[int, int]]:
    """The foreign phrases of the text: each token of one, mapped to the phrase's (start, end).
    A phrase starts at a lower-case word the tagger reads as foreign (X) and goes on over
    foreign words and nouns ("self service portal", "mutatis mutandis", "user agents"), but
    ends with a foreign or hard word; before it, a hard word or a short preposition belongs to
    it ("in natura", "à la carte", "on hold": the tagger reads "on" as a symbol). ``hard``: the indexes of the hard words."""
    texts, facts = table.texts, table.facts
    spans: dict[int, tuple[int, int]] = {}
    for k, f in enumerate(facts):
        if k in spans or f.pos != "X" or not (texts[k].isalpha() and texts[k].islower()):
            continue
        sent_start, sent_end = table.sentence_of(k)
        end = k + 1
        while end < min(sent_end, k + 4) and texts[end].isalpha() and texts[end].islower() and facts[end].pos in {"X", "NOUN"}:
            end += 1
        while end - 1 > k and facts[end - 1].pos != "X" and end - 1 not in hard:
            end -= 1
        if end - k == 1 and len(texts[k]) < 2:
            continue  # a letter alone: "zijkanaal I", "bijlage a"
        start = k
        before = k - 1
        if before >= sent_start and texts[before].isalpha() and texts[before].islower() and (
                before in hard or facts[before].pos in {"ADP", "SYM"} and len(texts[before]) <= 2):
            start = before
        for m in range(start, end):
            spans[m] = (start, end)
    return spans


# both words of a phrase that Dutch speech uses: at least this often in subtitles (Zipf)
SPOKEN_PHRASE_ZIPF = 3.0
SPOKEN_PHRASE_LETTERS = 4  # and of at least this many letters each ("care")


def spoken_phrase(table, i: int) -> bool:
    """Is token ``i`` one of two words that Dutch uses as one term ("intensive care")? Dutch
    writes such a phrase as one word inside a compound: the word list has "intensivecareafdeling",
    so "intensive care" is a term of Dutch, whatever its words are alone ("intensive": 3.2 in
    print). Both words must be words of speech too (subtitles use each about as often as
    "morgenochtend"), for a term of print only ("in natura", "user agent") stays hard."""
    texts = table.texts
    start, end = table.sentence_of(i)
    for a in (i - 1, i):
        b = a + 1
        if a < start or b >= end:
            continue
        if spoken_pair(texts[a], texts[b]):
            return True
    return False


@lru_cache(maxsize=20_000)
def spoken_pair(first: str, second: str) -> bool:
    """Are the token texts ``first`` and ``second``, one after the other, a term of speech that
    Dutch writes as one word (``spoken_phrase``)? The answer depends on the two texts alone:
    kept per pair (the word list's search for words that start with both, ``starts_a_word``,
    is the costly part, once per pair per process)."""
    # (the second word may head a compound with a hyphen: "intensive care-afdeling")
    first, second = first.lower(), second.lower().split("-")[0]
    if not (first.isalpha() and second.isalpha()) or min(len(first), len(second)) < SPOKEN_PHRASE_LETTERS:
        return False  # (no little word: "schommel in")
    return min(spoken_zipf(first), spoken_zipf(second)) >= SPOKEN_PHRASE_ZIPF and starts_a_word(first + second)


def long_word_of_one_part(low: str, lemma: str, pos: str, min_letters: int = 15) -> bool:
    """Is a word of DD105's length one that DD105 leaves alone and that is no compound: a
    derived or inflected word of one part ("representatieve", "geïnterpreteerd") that Dutch
    text uses, which DD105 (with ``min_letters`` and its other default settings) does not
    call long? DD105 asks whether a long word reads as loose parts ("parkeervergunning") and
    lets a long word of one part pass when it is familiar enough for its length (3.3); it
    says nothing of the loanword bar or the written register, which DD104 asks of every
    other word. So such a word is judged by DD104 as any word, not left to DD105 (which
    would say nothing). A compound of real parts stays DD105's, and so does a word that text
    never writes: a slip of an everyday compound ("electriciteitskabels") or a new compound
    the splitter cannot read."""
    if len(compound_parts(low)) > 1 or number_rest(low) or (zipf(low) <= 0 and zipf(lemma.lower()) <= 0):
        return False  # (a number and a compound, "eengezinswoning", is DD105's too: ``number_rest``)
    return not _long_rule(min_letters).word_verdict(low, lemma, pos)


@cache
def _long_rule(min_letters: int) -> LongWord:
    """DD105 with this minimum of letters and its other default settings (``long_word_of_one_part``)."""
    return LongWord({"min_letters": min_letters})


def word_difficulty(tok, floor: bool = False) -> float:
    """The familiarity of a word on the Zipf scale (higher is easier). ``floor``: a lower
    bound that does not split the word into compound parts (``known_meaning_floor``)."""
    lemma = _plain_lemma(tok.lemma_)
    if len(lemma) > len(tok.lower_) + 4 and lemma[:2] != tok.lower_[:2]:
        lemma = tok.lower_  # a wild guess of the lemmatizer
    return (known_meaning_floor if floor else known_meaning)(tok.lower_, lemma, tok.pos_)


@register
class DifficultWord(Rule):
    code = "DD104"
    name = "moeilijk-woord"
    category = "difficult-word"
    severity = Severity.SUGGESTION
    settings = {
        # summed over its forms a lemma scores about 0.3 higher than one form (measured on the
        # letters in ../shared), so the bar is 0.3 higher than the old 3.2 for single forms
        "min_zipf": 3.5,
        "warning_zipf": 2.0,
        "min_length": 4,
        # formal loanwords ("structureel", "consequentie", "implementeren") are hard even
        # when fairly common: they get a higher frequency bar
        "loan_zipf": 4.2,
        "loan_suffixes": ["eel", "aal", "ief", "ieve", "iteit", "atie", "itie", "entie", "antie",
                          "isme", "eren", "eerd", "eerde", "ier", "iek", "ueel", "ele", "ale",
                          "ëntie", "ïtie"],
        # adjectives of Latin and Greek origin that have no telltale ending as nouns or
        # verbs do: "-ent"/"-ant" ("equivalent", "urgent", "transparant") and "-isch"
        # ("farmaceutisch", "symbolisch"), "-aat" ("adequaat"). Only adjectives: nouns in
        # "-ent"/"-ant" are mostly everyday names for people ("docent", "klant")
        "loan_adjective_suffixes": ["ent", "ente", "ant", "ante", "isch", "ische", "aat", "ate"],
        # old genitive adverbs ("destijds", "tussentijds", "anderzijds", "zijdelings",
        # "huiswaarts", "stapsgewijs", "gemakshalve"; "des" + a word: "desondanks",
        # "desnoods") are fossils of written Dutch, however common in print; each has a plain
        # alternative ("toen", "stap voor stap"). They get the bar of old forms
        "formal_endings": ["tijds", "zijds", "lings", "waarts", "gewijs", "gewijze", "shalve"],
        "old_prefixes": ["des"],
        "old_zipf": 5.0,
        # verbs with a prefix or particle of written Dutch: "her-" (again: "hervatten",
        # "herzien"; speech says "opnieuw", "weer"), "voort-" (on: "voortduren",
        # "voortzetten"; speech says "door", "verder") and "ont-" (away, un-: "ontdoen",
        # "ontlenen", "ontnemen"; speech says "afpakken", "kwijtraken"; common ones such as
        # "ontvangen", "ontdekken" clear the bar). They get the loanword bar
        "formal_prefixes": ["her", "voort", "ont"],
        # verbs made of "ver-" or "be-" and an adjective ("verduidelijken",
        # "vergemakkelijken", "bemachtigen"): speech says "duidelijker maken". They get the
        # loanword bar
        "adjective_verb_prefixes": ["ver", "be"],
        # adverbs are a small word class: readers know the common ones ("vaak", "meestal",
        # "achteraf"); a less common one is mostly a connective or stance word of written
        # Dutch ("derhalve", "nagenoeg", "voordien", "dikwijls", "evenwel"), so adverbs get
        # the loanword bar, except words made of a pointer and a preposition ("daaruit",
        # "hierom") and of two place or time words ("onderaan", "opzij", "morgenavond")
        "formal_adverbs": True,
        # a present participle before its noun ("een verkennende fase", "de resterende
        # termijn") is written Dutch: speech uses a clause ("de tijd die over is"). Common
        # ones ("volgende", "komende") clear the bar by their own frequency
        "participle_adjectives": True,
        # written register (SUBTLEX-NL, duidelijk.subtlex): a word that written Dutch uses
        # much more than spoken Dutch ("tevens", "woonachtig", "middels") is less familiar
        # than its wordfreq frequency says. The gap between the two beyond
        # ``spoken_gap_free`` is taken off its familiarity, times ``spoken_gap_weight`` and at
        # most ``spoken_gap_max``. 0 switches it off
        "spoken_gap_weight": 1.0,
        "spoken_gap_free": 0.9,
        "spoken_gap_max": 1.0,
        # a word that looks formal by its ending or prefix but that spoken Dutch uses as
        # often as the loanword bar asks of written Dutch (SUBTLEX-NL Zipf of form or lemma
        # at least ``loan_zipf`` minus ``SPOKEN_OFFSET``: "kwartier", "uitproberen") gets the
        # bar of other words. Not for old genitive adverbs: subtitles keep some of those
        # ("destijds", "desnoods"). False switches it off
        "spoken_common": True,
        # an abstract noun with Latin spelling and no loan ending ("context", "traject",
        # "infrastructuur") that speech uses clearly less than writing (the gap beyond
        # ``spoken_gap_free``) gets the loanword bar, less that gap (``latinate_penalty``).
        # False switches it off
        "latinate_nouns": True,
        # a concrete noun (a thing you can touch or see: LiNT-II's noun list) that speech uses
        # about as often as print (SUBTLEX-NL at most ``everyday_gap`` below wordfreq, form or
        # lemma) is a word of daily life ("bezem", "pleister", "afzender"): its bar is
        # ``everyday_margin`` below ``min_zipf`` (it follows a stricter ``min_zipf``). Not an
        # abstract noun or an adjective: subtitles are full of court and crime drama, and
        # "voogdij", "fiscus", "clausule" and "nietig" are said as often as written there.
        # Only by its own frequency, not through the word it is made from or its compound
        # parts. Measured with benchmarks/dd104_sweep.py (docs/judged.md, eighteenth
        # session). 0 switches it off
        "everyday_margin": 0.2,
        "everyday_gap": 0.5,
        # scheme_names: a lower-case noun right after the head of a scheme, with no article
        # between, is the topic in the scheme's name ("de subsidieregeling borstprothesen",
        # "aanvraag subsidie geluidisolatie": ``scheme_topic``), which the letter must use: no
        # hard word (docs/judged.md, forty-first session, rules41d). False switches it off
        "scheme_names": True,
        # an English word in a Dutch letter ("features", "meeting", "performance": English text
        # uses it ten times as often as Dutch text, ``english_word``) gets the loanword bar:
        # Direct Duidelijk asks for the Dutch word. Dutch speech keeps the ones it uses every
        # day ("job"; ``spoken_common``). False switches it off
        "english_words": True,
        # an adjective in "-matig" made from a noun ("handmatig", "rechtmatig") that speech does
        # not use at the plain bar gets the loanword bar (``matig_adjective``). Off: on the
        # tunable sets it made 9 new findings (all klopt), fewer than the 10 that the
        # thirty-seventh session asked, and the Amsterdam editors kept "handmatige" in two
        # simple versions (docs/judged.md, thirty-seventh session, rules37d). True switches it on
        "matig_adjectives": False,
        # a compound adjective of a noun and a relational head ("handmatig", "strafrechtelijk",
        # "persoonsgebonden", "inkomensafhankelijk": ``wordlists/relational_heads.tsv``) that
        # speech does not use at the plain bar is written Dutch (``relational_adjective``): it
        # gets the loanword bar, and it is as familiar as the whole word, not as its parts. It
        # includes the "-matig" adjectives above. On the tunable sets 12 new findings, 11 klopt
        # (docs/judged.md, thirty-ninth session, rules39e). False switches it off
        "relational_adjectives": True,
        # a compound of two parts that Dutch text seldom writes, whose head names a measured
        # quantity ("signaalwaarde", "vaccinatiegraad": ``dictionary.measure_compound``), loses
        # ``dictionary.NOVEL_ABSTRACT`` of its familiarity: the reader must know the measurement.
        # On the tunable sets, with DD105's setting, 10 new findings, 9 klopt (docs/judged.md,
        # thirty-eighth session, rules38g); 9 of 9 after rev38g's review. False switches it off
        "measure_heads": True,
        # a compound of two parts that Dutch text seldom writes, whose head names a frame, not a
        # thing or an act: a kind, a system, a stage, a standing ("zorgcategorie", "kwaliteitsset",
        # "toetsingsfase": ``dictionary.frame_compound``, ``wordlists/frame_heads.tsv``), is known as a whole or
        # not at all, not through its parts: it is as familiar as the whole word. Not after a
        # thing ("boomsoort") or a rank ("hoofdcategorie"). Off: on the halves A 13 new findings,
        # 11 klopt (all noted misses; strict 0.85, 15 new in all with 0.80), but too few to judge
        # it on (40 asked), and it also marks everyday words ("pakketstatus", "testfase",
        # "puntensysteem": docs/judged.md, forty-first session, rules41b). True switches it on
        "frame_heads": False,
        # a word of daily life and the news since 2020 (``wordlists/recent_words.tsv``:
        # "lockdown", "vaccineren", "teststraat"), which the frequency lists rate rare because
        # their text is older, is no hard word; nor a compound of two parts of one and a head
        # readers know ("coronacijfers", "coronavariant": ``recent_compound``). False switches it off
        "recent_words": True,
    }
    doc = RuleDoc(
        what="Zoekt woorden die weinig mensen kennen.",
        why=(
            "Een woord dat lezers zelden zien, moeten ze raden. Dat kost tijd en soms raden ze "
            "verkeerd. Kies een woord dat veel mensen gebruiken, of leg het woord uit. "
            "duidelijk kijkt ook naar gesproken taal. Een woord dat mensen vooral schrijven en "
            "bijna nooit zeggen, zoals 'tevens', is voor veel lezers moeilijker. Een ding dat "
            "mensen even vaak zeggen als schrijven, zoals 'bezem', mag iets minder vaak "
            "voorkomen (de instelling everyday_margin). Woorden die iedereen sinds 2020 elke dag "
            "hoort, zoals 'lockdown' en 'vaccineren', zijn niet moeilijk (de instelling recent_words)."
        ),
        source="Woordfrequentie uit wordfreq (https://github.com/rspeer/wordfreq) en uit ondertitels: SUBTLEX-NL (Keuleers e.a. 2010), via LiNT (Pander Maat e.a.) (https://github.com/vanboefer/lint_ii); Direct Duidelijk (https://www.directduidelijk.nl)",
        bad="De aanslag wordt geïnd na het verstrijken van de termijn.",
        good="U betaalt de aanslag na de laatste dag van de termijn.",
        exceptions=(
            "Namen, getallen, maten (zoals 'kubieke meter'), invulvelden, woorden die de tekst zelf uitlegt en woorden op de "
            "lijst van uw organisatie. Een samengesteld woord van makkelijke delen telt niet "
            "als moeilijk. Een tikfout in een bekend woord ook niet, en twee woorden zonder spatie ertussen ook "
            "niet (zoals 'jaarin' voor 'jaar in'). Elk woord staat maar één keer in de lijst. "
            "Staan er meer woorden in de tekst met hetzelfde moeilijke deel, zoals 'armprothese' en 'beenprothese'? "
            "Dan ziet u alleen het eerste. Legt de tekst 'prothese' uit? Dan meldt duidelijk deze woorden niet. "
            "Een woord met 'e-' ervoor, zoals 'e-mail' of 'e-formulier', is makkelijk als het woord erachter "
            "bekend is. Is dat woord niet bekend, zoals in 'e-mandaat'? Dan meldt duidelijk het hele woord. "
            "Ook geen woord in een naam: na een woord met een hoofdletter midden in de zin, zoals 'de Nationale "
            "ombudsman'. Of in de titel van een formulier, zoals 'het formulier Verklaring van inwoning'. "
            "En niet het onderwerp van een regeling of subsidie, zoals 'subsidieregeling geluidisolatie' "
            "(de instelling scheme_names). Die naam moet de brief gebruiken."
        ),
    )

    def check(self, ctx: Context):
        opts = self.options
        seen: set[str] = set()
        candidates = []
        explained_lemmas: set[str] = set()
        scheme_forms: set[str] = set()  # the words that are a scheme's topic in this text (``scheme_topic``)
        doc = ctx.doc
        table = token_table(doc)  # passes over the many words that cannot be candidates without a Token
        texts, facts = table.texts, table.facts
        min_length = opts["min_length"]
        # the words of letters only with a part of speech the rule judges, long enough, a name
        # only where it opens a quote (``quoted_start``), and a
        # word tagged foreign only when it is one (``foreign_word``: it reads the sentence's
        # start); visited only where ``_JUDGED`` lets a token through (one numpy step per Doc)
        maybe = []
        for i in ctx.prose_candidates(_JUDGED.of(table)):
            f = facts[i]
            if len(texts[i]) >= min_length and f.alpha:
                if f.pos in CONTENT_POS:
                    maybe.append(i)
                elif f.pos == "X":
                    starts = ctx._prose_starts  # (the prose sentence of token i starts here)
                    if foreign_word(table, i, starts[bisect.bisect_right(starts, i) - 1]):
                        maybe.append(i)
                elif f.pos == "PROPN" and i and texts[i - 1] in _QUOTE_OPENERS and quoted_start(doc, i):
                    maybe.append(i)
        long_words_rule = None
        if ctx.config.enabled("DD105", "long-word"):
            long_words_rule = LongWord.options_in(ctx.config)["min_letters"]
        # first the verdict on each word by itself (form, lemma, part of speech), once per
        # distinct word per process: most candidates are easy words, passed over without a
        # Token. What the place in the text decides (a name, an explanation, the accept
        # list ...) is asked only of words that are hard by themselves
        verdicts = _verdicts_for(opts, long_words_rule)
        if verdicts.fact_generation != table._generation:
            # the facts started over (``metrics._generation``): the old ones are no keys any more,
            # and would be kept alive by ``by_fact`` until it fills up
            verdicts.by_fact.clear()
            verdicts.fact_generation = table._generation
        hard, lemmas = self._judged_candidates(maybe, facts, verdicts, long_words_rule)
        hyphen_pieces: dict[int, frozenset[str]] = {}  # a hyphened word's hard pieces: its obstacle
        for i in (i for i in ctx.prose_candidates(_HYPHENED.of(table))  # (the test again: PREFILTER off)
                  if not facts[i].alpha and facts[i].pos in _HYPHEN_POS and "-" in texts[i]
                  and len(texts[i]) > min_length):
            # a word joined with a hyphen ("niet-ingezetene", "antigeen-", "plastisch-chirurgische"):
            # read by its head, judged as a word of its own (the tagger gives the whole no lemma
            # Dutch text uses)
            score, pieces = self.hyphen_verdict(texts[i], facts[i].lemma, facts[i].pos, verdicts, long_words_rule)
            if score is not None:
                hard[i] = score
                hyphen_pieces[i] = pieces
                maybe.append(i)
                lemmas.append(_plain_lemma(facts[i].lemma))
        if not hard:
            return
        # an explained word counts for its lemma: only the lemmas of hard words need asking
        plain = _plain_lemma
        hard_lemmas = {plain(facts[i].lemma) for i in hard}
        for i, lemma in zip(maybe, lemmas):
            if lemma not in hard_lemmas:
                continue
            tok = doc[i]
            if ctx.is_placeholder(tok) or in_unit_name(tok, facts) or unit_after_number(tok, lemma):
                continue  # a unit of measure: "75 kubieke meter", "200 kilowattuur"
            first = tok.is_sent_start or starts_list_item(doc, i) or quoted_start(doc, i)
            # a capital letter before a hyphen marks no name: "het E-mandaat" is "het e-mandaat"
            lettered = hyphen_pieces.get(i) == frozenset({tok.lower_}) and tok.text[1:2] == "-"
            if tok.text[:1].isupper() and not first and not tok.text.isupper() and not lettered:
                continue  # a capital inside a sentence marks a name ("Weesp")
            if tok.text.isupper() and _no_word(tok.text):
                continue  # capitals that are no word are an abbreviation ("via het landelijke UDAP"): DD112's
            if camel_case(tok.text):
                continue  # so does a capital inside the word ("eHerkenning")
            if bracketed_tail(doc, i):
                continue  # "zorg(elijke)": the end of a word written two ways, no word of its own
            if in_name(tok, table):
                continue  # the rest of a name: "de Adviesraad naamgeving openbare ruimten"
            if opts["scheme_names"] and scheme_topic(texts, facts, i, table.sentence_of(i)[0]):
                # the topic in a scheme's name ("de subsidieregeling borstprothesen"): the
                # letter is about what the reader applied for, so the word is known in the
                # whole text, as an explained word is
                explained_lemmas.add(lemma)
                scheme_forms.add(tok.lower_)  # (the tagger may give its other uses another lemma)
                continue
            if first and tok.pos_ in {"PROPN", "NOUN"} and not lettered and unlisted_name(tok.text, lemma):
                continue  # a name as the first word: "Schreuders scoorde twee keer"
            if first and tok.text[:1].isupper() and not tok.text.isupper() and capital_inside(doc, tok):
                continue  # "Bluetooth is ..." where the text also writes "via Bluetooth": a name
            if tok.pos_ == "ADV" and starts_list_item(doc, i) and listed_adverb_unknown(tok.text):
                continue  # a place name the tagger reads as an adverb: "- Wormerveer en omgeving"
            if tok.pos_ == "NOUN" and misread_past(tok):
                continue  # a verb's past the tagger reads as a noun: "De kinderen schoven dichter"
            if tok.pos_ == "NOUN" and (verb := misread_imperative(tok)) \
                    and self.word_score(tok.lower_, verb, "VERB", long_words_rule) is None:
                continue  # an imperative the tagger reads as a noun: "ververs de pagina" ('verversen')
            if in_code_list(doc, i):
                continue  # "Toegestane bestandstypen: gif, jpg, jpeg, png": one of a list of codes
            if i + 1 < len(texts) and texts[i + 1] == ":" and template_key(doc, i):
                continue  # "mailer:", "subject:": the key of a line in a template file, no word of the text
            if lemma not in explained_lemmas and (explained(tok, facts) or heading_explained(doc, i, table)):
                explained_lemmas.add(lemma)  # once explained, always
            if i in hard and not (i - 1 in hard and facts[i - 1].pos == "X"):
                candidates.append((tok, lemma))  # (one finding per foreign phrase: "mutatis mutandis")
        if _BRACKET_EXPLAINER.search(ctx.text):  # (Doc.text would join every token again: ctx.text is the same text)
            for i in range(len(doc)):  # a label that its line explains: read wherever it stands
                lemma = plain(facts[i].lemma)
                if lemma in hard_lemmas and lemma not in explained_lemmas and label_explained(doc, i):
                    explained_lemmas.add(lemma)
        marked = ctx.shared.setdefault("word_findings", set())

        part_verdicts, obstacles = verdicts.parts, verdicts.obstacles

        def part_hard(word: str) -> bool:  # (``part_hard``, with this process's verdicts on parts)
            return self.part_hard(word, part_verdicts)

        text_words = None  # the words of the text, read when a compound asks (``parts_in_text``)
        address_rule = ctx.config.enabled("DD111", "address")
        slip_rule = ctx.config.enabled("DD120", "slip")
        # DD120's d/t slip of a participle, and whether DD120 marks it there; imported here, not at
        # the top: slips.py imports the tokenizer and so spaCy, which must come after
        # ``model.import_spacy`` has put its stand-in for spaCy's command line (tests/test_startup.py)
        from duidelijk.rules.slips import marks_edit_slip, marks_missing_ending, marks_participle_slip, participle_slip as d_t_slip
        phrases = foreign_phrases(table, hard) if any(
            facts[m].pos == "X" for i in hard for m in range(max(0, i - 1), min(len(facts), i + 2))) else {}
        phrases_done: set[tuple[int, int]] = set()
        for tok, lemma in candidates:
            low = tok.lower_
            if tok.i in marked:
                continue
            phrase = phrases.get(tok.i)
            if phrase is not None and phrase[1] - phrase[0] > 1:
                # one finding per foreign phrase, named whole ("in natura", "self service portal");
                # none when another rule has a word of it ("à" of "à la carte") or when the
                # phrase written as one word is common Dutch ("full time": "fulltime")
                if phrase in phrases_done or any(m in marked for m in range(*phrase)) or \
                        zipf("".join(texts[phrase[0]:phrase[1]])) >= opts["min_zipf"]:
                    continue
            else:
                phrase = None
            # a compound hard by one part only is that part's obstacle: reported once, with
            # the part as a word or in another compound ("corona", "coronabewijs", "coronaregels")
            # the part of a compound hard by that part only: freed where the text explains the
            # part or the organisation accepts it; reported once per text (``once_per_obstacle``,
            # after the 'duidelijk: negeer' comments: each compound has its finding until then)
            if lemma in seen or lemma in explained_lemmas or low in scheme_forms:
                continue  # (asked before ``spoken_phrase``: the same answer, two set look-ups)
            if spoken_phrase(table, tok.i):
                continue  # "op de intensive care": a phrase of speech that Dutch writes as one word
            pos = "NOUN" if tok.pos_ == "PROPN" else tok.pos_  # a name here is a quoted term, judged as a noun (_QuotedNoun)
            obstacle = obstacles.get((low, pos)) if tok.i not in hyphen_pieces else hyphen_pieces[tok.i]
            if obstacle is None:  # (of the word alone: once per process)
                if len(obstacles) > _VERDICTS_LIMIT:
                    obstacles.clear()
                obstacle = obstacles[(low, pos)] = self.first_obstacle(low, pos, verdicts)
            if obstacle & explained_lemmas or any(ctx.accepted(w) for w in obstacle):
                continue
            if not obstacle and pos in _COMPOUND_POS:
                if text_words is None:
                    text_words = _TextWords(table, ctx.prose_sentences)
                if parts_in_text(low, text_words, part_hard):
                    continue  # "Waar veroorzaken ganzen overlast?" ... "ganzenoverlast"
            if ctx.accepted(low) or ctx.accepted(lemma):
                continue
            if address_rule and lemma in impersonal_terms() and means_the_reader(tok):
                continue  # DD111 says this about the word ("de aanvrager": write "u")
            if (slip_rule and tok.text.islower() and d_t_slip(tok.text)
                    and marks_participle_slip(ctx, tok.idx, tok.idx + len(tok))):
                continue  # DD120 says this about the word ("aangemelt": write "aangemeld"); not in quotes
            if slip_rule and marks_missing_ending(ctx, tok):
                continue  # the same for a participle without its last letter ("geplaats": "geplaatst")
            if slip_rule and marks_edit_slip(ctx, tok):
                continue  # and for a slip of one keystroke ("kunen": "kunnen"), DD120's to say
            score = hard[tok.i]
            seen.add(lemma)
            marked.add(tok.i)
            level = Severity.WARNING if score < opts["warning_zipf"] and self.level == self.severity else self.level
            if phrase is not None:
                phrases_done.add(phrase)
                span = doc[phrase[0]:phrase[1]]
                yield self.span_finding(
                    ctx,
                    span,
                    f"'{span.text}' zijn moeilijke woorden uit een andere taal: weinig mensen kennen ze. "
                    "Kies gewone Nederlandse woorden of leg uit wat ze betekenen.",
                    severity=level,
                )
                continue
            slip = slip_of_text_word(doc, tok) or (doubled_consonant_slip(low) if tok.text.islower() else "")
            meant = slip or participle_slip(tok.text)
            if meant:
                # a key pressed wrong is a typo; a participle with the wrong last letter ("aangemelt")
                # is a spelling mistake, so the message does not call it a typo
                what = "een tikfout" if slip else "verkeerd geschreven"
                finding = self.span_finding(
                    ctx, tok, f"'{tok.text}' is misschien {what}. Bedoelt u '{meant}'?",
                    suggestions=[meant], severity=level)
            elif parts := relational_message_parts(tok.lower_, tok.pos_, opts):
                # a compound adjective of written Dutch: speech says it with the noun and a few
                # words ("met de hand", "hangt af van uw inkomen"), not with another word
                made_of = f" Het bestaat uit '{parts[1]}' + '{parts[2]}'." if parts[1] else ""
                finding = self.span_finding(
                    ctx,
                    tok,
                    f"'{tok.text}' is een moeilijk woord.{made_of} "
                    "Zeg het met een paar losse woorden, of leg het uit.",
                    severity=level,
                )
            else:
                finding = self.span_finding(
                    ctx,
                    tok,
                    f"'{tok.text}' is een moeilijk woord: weinig mensen gebruiken het. "
                    "Kies een gewoner woord of leg het uit.",
                    severity=level,
                )
            finding.obstacle = obstacle | {lemma}  # (``once_per_obstacle``)
            yield finding

    def _judged_candidates(self, maybe: list[int], facts: list, verdicts: "_Verdicts",
                           long_words_rule: int | None) -> tuple[dict[int, float], list[str]]:
        """The verdict on each candidate word by itself (``maybe``: token indexes; ``facts``: the
        token table's facts), and its lemma in lower case without "_" (``_plain_lemma``), in
        the order of ``maybe``: (token index -> score of the hard ones, the lemmas). Both depend
        on the token's fact alone (its form, lemma and part of speech), so they are kept per fact
        object in ``verdicts.by_fact`` (``_fact_verdict``): a word met before costs one dict
        look-up by identity, not a key of three strings to make and hash and a second call for
        its lemma."""
        by_fact = verdicts.by_fact
        known = by_fact.get
        hard: dict[int, float] = {}
        lemmas = []
        add_lemma = lemmas.append
        for i in maybe:
            f = facts[i]
            found = known(f)
            if found is None:
                found = self._fact_verdict(f, verdicts, long_words_rule)
            score, lemma = found
            add_lemma(lemma)
            if score is not None:
                hard[i] = score
        return hard, lemmas

    def _fact_verdict(self, f, verdicts: "_Verdicts", long_words_rule: int | None) -> tuple[float | None, str]:
        """(score or None, plain lemma) of a token fact ``f`` that ``verdicts.by_fact`` lacks:
        the verdict on its (lower, lemma, part of speech), once per distinct word per process
        (``first_verdict``), kept in ``verdicts`` under that key as well."""
        fact = f
        if f.pos == "PROPN":  # a quoted term the tagger calls a name (``quoted_start``): read as a noun
            f = _QuotedNoun(f.lower, f.lower)
        key = (f.lower, f.lemma, f.pos)
        score = verdicts.get(key, _UNKNOWN)
        if score is _UNKNOWN:
            # the verdict reads the lemma in lower case only: a word met before with another
            # such lemma ("Wonen" at the start of a sentence, "wonen") has it. Not across a "_"
            # ('thuis_wonen', 'thuiswonen'), which the test of a present participle reads
            plain_key = (f.lower, f.lemma.lower(), f.pos)
            score = verdicts.get(plain_key, _UNKNOWN)
            if score is _UNKNOWN:
                score = verdicts[plain_key] = self.first_verdict(f.lower, f.lemma, f.pos, long_words_rule,
                                                                 verdicts.settings)
            verdicts[key] = score
        by_fact = verdicts.by_fact
        if len(by_fact) > _VERDICTS_LIMIT:
            by_fact.clear()
        found = by_fact[fact] = (score, _plain_lemma(fact.lemma))
        return found

    def hyphen_verdict(self, text: str, lemma_: str, pos: str, verdicts,
                       long_words_rule: int | None) -> tuple[float | None, frozenset[str]]:
        """The verdict on a word joined with a hyphen ("niet-ingezetene", "antigeen-" in "antigeen-
        of PCR-test", "plastisch-chirurgische"): the score of its head, the last piece of letters,
        judged as a word of its own, or None when that is not hard; and the head as the word's
        obstacle (so "7-polige" and then "13-polige" is one finding, ``once_per_obstacle``). The
        hyphen shows the parts: the reader meets the head as a word, and it says what the thing
        is. The piece before it is mostly a name, a code or the topic of the text ("tuberculose-
        onderzoek", "PCR-test"), or stands before a vowel ("diepte-inmeting"), and adds no
        unknown kind of thing. Only a head of letters, in small letters (a capital marks a name:
        "Amsterdam-Noord"), of at least ``min_length`` letters; it gets the word's part of speech
        (a noun for a piece before a dropped head, "antigeen-", which the tagger calls foreign)
        and the last piece of its lemma. "e-" + a noun is judged as a whole
        (``_digital_form_score``; its obstacle is the whole word)."""
        pieces = [p for p in text.split("-") if p]
        head = pieces[-1] if pieces else ""
        if len(head) < self.options["min_length"] or not head.isalpha() or (
                head != head.lower() and (len(pieces) > 1 or head[1:] != head[1:].lower())):
            return None, frozenset()
        low = head.lower()
        lemma_pieces = [p for p in lemma_.lower().split("-") if p]
        lemma = lemma_pieces[-1] if lemma_pieces else low
        piece_pos = "NOUN" if pos == "X" else pos
        key = (low, lemma, piece_pos)
        score = verdicts.get(key, _UNKNOWN)
        if score is _UNKNOWN:
            score = verdicts[key] = self.first_verdict(low, lemma, piece_pos, long_words_rule, verdicts.settings)
        if len(pieces) == 2 and pieces[0].lower() in _DIGITAL_PREFIXES and piece_pos == "NOUN":
            whole = text.lower()
            if score is not None:
                # a head hard alone ("book", "bike": English words) in a digital form the
                # dictionary holds ("e-book", "e-bike") that Dutch text uses as a word: known
                known = known_digital_form(whole) and zipf(whole) >= self.options["min_zipf"]
                return (None, frozenset()) if known else (score, frozenset({low}))
            score = _digital_form_score(whole, low, lemma)
            return score, (frozenset({whole}) if score is not None else frozenset())
        return score, (frozenset({low}) if score is not None else frozenset())

    def first_verdict(self, low: str, lemma_: str, pos: str, long_words_rule: int | None,
                      settings: str) -> float | None:
        """``word_score`` of a word this process meets for the first time with these
        settings (their key: ``_Verdicts.settings``): from the shipped table of verdicts
        (``verdict_table``) when it holds the word and was made for these settings, data and
        code, after the process has judged ``verdict_table.SHIPPED_AFTER`` words itself;
        else worked out."""
        global _judged
        if _judged >= _verdict_table.SHIPPED_AFTER:
            shipped = _verdict_table.verdicts_for(settings)
            if shipped is not None:
                score = shipped.get(low, lemma_, pos)
                if score is not _verdict_table.MISSING:
                    return score
        else:
            _judged += 1
        return self.word_score(low, lemma_, pos, long_words_rule)

    def part_hard(self, word: str, part_verdicts: dict[str, bool]) -> bool:
        """The rule's own verdict on a part of a compound: hard as a noun by itself (with the
        lower bar of words of daily life too: a part the rule passes alone is known in a
        compound, "bezemsteel"), without DD105's minimum; kept in ``part_verdicts`` (asked
        once per part per process)."""
        found = part_verdicts.get(word)
        if found is None:
            if len(part_verdicts) > _VERDICTS_LIMIT:
                part_verdicts.clear()
            found = part_verdicts[word] = self.word_score(word, word, "NOUN", None) is not None
        return found

    def obstacle(self, low: str, pos: str, part_verdicts: dict[str, bool]) -> frozenset[str]:
        """``hard_part`` of a hard word (``low``, ``pos``: the token's ``lower_`` and ``pos_``)
        with the rule's own verdict on the parts (``part_hard``, kept in ``part_verdicts``)."""
        return hard_part(low, pos, self.options["min_zipf"], lambda word: self.part_hard(word, part_verdicts))

    def first_obstacle(self, low: str, pos: str, verdicts: "_Verdicts") -> frozenset[str]:
        """``obstacle`` of a word this process asks for the first time with these settings:
        from the shipped table (``verdict_table``, ``Verdicts.obstacle``) when the process has
        opened it (as ``first_verdict`` does) and it holds the word with this part of speech;
        else worked out (``verdicts.parts``: the verdicts on parts)."""
        if _judged >= _verdict_table.SHIPPED_AFTER:
            shipped = _verdict_table.verdicts_for(verdicts.settings)
            if shipped is not None:
                found = shipped.obstacle(low, pos)
                if found is not _verdict_table.MISSING:
                    return found
        return self.obstacle(low, pos, verdicts.parts)

    def word_score(self, low: str, lemma_: str, pos: str, long_words_rule: int | None) -> float | None:
        """The familiarity of a hard word, or None for a word that is not hard by itself
        (wherever it stands): on the B1 list, long (DD105's job; not a long word of one part
        that DD105 lets pass: ``long_word_of_one_part``), familiar enough, a spelling
        slip, or fairly familiar and not formal. ``low``, ``lemma_`` and ``pos``: the token's
        ``lower_``, ``lemma_`` and ``pos_``; ``long_words_rule``: DD105's minimum of letters
        when DD105 is on."""
        opts = self.options
        safe = b1_safe()
        foreign = pos == "X"  # (``foreign_word``) read as a noun, with the loanword bar
        if foreign:
            pos = "NOUN"
        elif pos == "ADV" and mistagged_compound_noun(low):
            pos = "NOUN"  # a compound noun the tagger took for an adverb: "uw betaalgegevens"
        elif pos == "VERB" and plural_compound_noun(low):
            pos = "NOUN"  # a plural compound noun the tagger took for a verb: "transvrouwen"
        elif pos == "VERB" and adjective_compound(low):
            pos = "ADJ"  # an adjective the tagger took for a verb: "schepen moeten uitstootvrij varen"
        elif pos == "ADJ" and plural_compound_of_nouns(low):
            pos = "NOUN"  # a plural compound noun the tagger took for an adjective: "matrassen en bedbodems"
        elif pos == "VERB" and (plural_person_noun(low) or noun_headed_compound(low)):
            pos = "NOUN"  # a noun the tagger took for a verb: "de overledenen", "het weekgemiddelde"
        elif pos == "VERB" and negated_participle(low):
            # "on-" and a participle: an adjective ("onbedoelde gevolgen"), as when tagged so
            pos, lemma_ = "ADJ", low[:-1] if low.endswith("e") else low
        elif pos == "ADJ" and (verb := particle_verb_stem(low)):
            pos, lemma_ = "VERB", verb  # a verb's stem the tagger took for an adjective: "als ik ... optel"
        elif pos == "VERB" and low.endswith("ende") and lemma_.lower() in {low[:-2], low}:
            # a present participle before its noun: the tagger calls it a verb or an adjective
            # at random ("thuiswonende ouderen"); judged as the adjective either way
            pos, lemma_ = "ADJ", low[:-1]
        elif pos in _PERSON_NOUN_POS and (noun := participle_noun_lemma(low, lemma_.lower())) and (
                pos == "NOUN" or _nouns().get(noun) is not None):
            # "de werkzoekende": a noun of its own, not the verb 'werkzoeken'; the tagger may
            # call it an adjective ("van de werkzoekende rechtmatig is"): LiNT-II's noun list knows it
            pos, lemma_ = "NOUN", noun
        lemma_ = trema_lemma(loan_verb_lemma(low, lemma_, pos), pos)  # "kopieer": 'kopiëren', not 'kopieren'
        tok = _Word(low, lemma_, pos)  # what the word functions read of a token
        lemma = _plain_lemma(lemma_)
        if safe_word(low, lemma, safe):
            return None
        if opts.get("recent_words", True) and (recent_forms(low) or lemma in recent_words() or recent_compound(
                low, pos, lambda head: self.word_score(head, head, "NOUN", None) is None)):
            # a word of daily life since 2020, which the older frequency lists rate rare
            # ("lockdowns", "gevaccineerd"), or a compound of one and a known head ("coronacijfers")
            return None
        if list_verb_form(low, pos, safe):
            return None  # a form of a verb on the B1 list, lemmatized wrongly: "uitgeprint" ('uitgeprinnen')
        if pos == "NOUN" and safe_quality_noun(low, safe):
            return None  # the quality of an adjective on the B1 list: "benauwdheid" ('benauwd')
        if low.endswith("zelf") and low[:-4] in SELF_PRONOUNS:
            return None  # a pronoun with "zelf" ("uzelf", "zichzelf"), however the tagger calls it
        if long_words_rule and len(low) >= long_words_rule and letter_count(low) >= long_words_rule \
                and not long_word_of_one_part(low, lemma_, pos, long_words_rule) \
                and not (opts["relational_adjectives"] and relational_adjective(low, pos, opts["min_zipf"])
                         and not _long_rule(long_words_rule).word_verdict(low, lemma_, pos)):
            # long words are DD105's job; one finding per word. Not a compound adjective of
            # written Dutch that DD105 lets pass ("persoonsgebonden": ``relational_adjective``)
            return None
        old = pos in _OLD_POS and old_form(tok, low, opts)  # (asked only where it can hold)
        top_bar = opts["old_zipf"] if old else max(opts["loan_zipf"], opts["min_zipf"])
        # written register: how much less spoken Dutch uses the word than written Dutch
        # (``spoken_penalty``) counts against its familiarity
        own = zipf(low)
        most = opts["spoken_gap_max"] if opts["spoken_gap_weight"] else 0.0  # the most a penalty takes off
        if own >= top_bar + most:
            return None  # common enough whatever speech says (most words: no need to ask)
        formal = True if foreign else None  # ``formal_word``, asked once when needed

        def is_formal() -> bool:
            nonlocal formal
            if formal is None:
                formal = formal_word(tok, low, lemma, opts, safe) or (
                    opts.get("matig_adjectives", False) and matig_adjective(low, lemma, pos, opts["min_zipf"])) or bool(
                    opts["relational_adjectives"] and relational_adjective(low, pos, opts["min_zipf"]))
            return formal

        if FLOOR_SHORTCUT and not old and own - (most if most > 0 else 0.0) >= opts["min_zipf"] and not is_formal() \
                and not (pos == "NOUN" and opts["spoken_gap_weight"] and opts.get("latinate_nouns")
                         and latinate_noun(low, lemma, pos)):
            # common, and neither formal nor a Latin noun: whatever speech says (a penalty of at
            # most ``spoken_gap_max``), its score at the last test below is at least the form's
            # frequency less that penalty, so it passes there as fairly familiar and not of
            # written Dutch (no spoken frequency, lemma sum or familiarity to ask)
            return None
        penalty = spoken_penalty(low, lemma, pos, opts)
        if penalty and (old or is_formal()):
            penalty = 0.0  # its form already gives it a higher bar: the same evidence twice
        latin = latinate_penalty(low, lemma, pos, opts) if pos == "NOUN" else 0.0  # (only nouns are Latin nouns)
        if latin and not old and not is_formal():
            # a Latin noun of written Dutch ("context"): the loanword bar (below), less its register
            penalty = max(penalty, latin)
        else:
            latin = 0.0
        if own - penalty >= top_bar:
            return None  # the form alone is common enough (familiarity is never lower)
        if FLOOR_SHORTCUT and not old and own - max(penalty, 0.0) >= opts["min_zipf"] and not (latin or is_formal()):
            return None  # the shortcut below, by the form's own frequency (the floor is never lower)
        floor = word_difficulty(tok, floor=True)
        if floor - penalty >= max(top_bar, opts["min_zipf"]):
            return None  # familiar enough without splitting it into compound parts (the full score is never lower)
        if FLOOR_SHORTCUT and not old and floor - max(penalty, 0.0) >= opts["min_zipf"] and (
                not (latin or is_formal()) or spoken_common(tok, low, lemma, opts)):
            # fairly familiar and not of written Dutch, as the last test below says: the score
            # there is never below this floor less the penalty, so its compound parts and the
            # words it is made from (``derived_familiarity``, most of a verdict's time) need
            # not be asked
            return None
        score = derived_familiarity(tok, low, lemma)
        if pos in _RELATIONAL_POS and opts["relational_adjectives"] \
                and (whole := relational_adjective(low, pos, opts["min_zipf"])):
            # known as a whole or not, not through its parts: "persoonsgebonden" is no person
            # and no 'bound' to a reader who does not know the term
            score = min(score, max(zipf(low), lemma_zipf(whole, "ADJ")))
        if pos == "NOUN" and opts["measure_heads"] and score >= opts["min_zipf"] \
                and _dictionary.measure_compound(low, lemma):
            score -= _dictionary.NOVEL_ABSTRACT  # a measurement to know: "signaalwaarde" (setting, on)
        if pos == "NOUN" and opts.get("frame_heads", False) and score >= opts["min_zipf"] \
                and _dictionary.frame_compound(low, lemma):
            # a frame to know as a whole: "zorgcategorie" (setting); no warning by this alone
            score = min(score, max(floor, opts["warning_zipf"]))
        parts = plain_adverb_parts(low) if pos == "ADV" else None
        if parts and parts[0] not in POINTERS:
            # two place or time words: as familiar as its parts ("gistermiddag"); not a
            # pointer ("hiernaar"), whose reader must find what it points to
            score = max(score, min(zipf(p) for p in parts))
        if penalty and score <= max(zipf(low), lemma_zipf(lemma, pos)) + OWN_SLACK:
            # only when its own frequency makes it familiar; not through its parts or the
            # word it is made from ("gladheid": "glad"), where its own register says less
            score -= penalty
        if score < opts["min_zipf"] and (likely_typo(low) or run_together(low)):
            return None  # a spelling slip ("wijzingen") or two words with no space between them
            # ("jaarin"), not a word readers do not know
        if score >= top_bar:
            return None  # familiar enough under either bar: no need to ask whether it is formal
        if score >= opts["min_zipf"] and not old and (
                not (latin or is_formal()) or spoken_common(tok, low, lemma, opts)):
            return None  # fairly familiar, and not of written Dutch (by its form, or in speech too)
        if pos == "NOUN" and score >= opts["min_zipf"] - opts.get("everyday_margin", 0.0) and not old \
                and not (latin or is_formal()) and everyday_word(low, lemma, pos, score, opts):
            return None  # a word of daily life that print seldom names: speech uses it as often
        if known_part_compound(low, pos, opts["min_zipf"]):
            return None  # rare only by a part B1 readers know, and saying what it is: "coronaregels"
        return score


# the endings of a formal word, whose comparative keeps its own bar (``degree_familiarity``):
# made once, not at each call
_DEGREE_FORMAL = tuple(DifficultWord.settings["loan_suffixes"] + DifficultWord.settings["loan_adjective_suffixes"]
                       + DifficultWord.settings["formal_endings"])


def spoken_gap(low: str, lemma: str, pos: str) -> float:
    """How much more written Dutch (wordfreq) uses a word than spoken Dutch (SUBTLEX-NL
    subtitles), on the Zipf scale: the form or the lemma summed over its forms, whichever is
    higher, in each. "tevens" 4.96 against 3.62, "woonachtig" 3.82 against 2.61; "huis" and
    "formulier" are as common in both. 0 when subtitles lack the word: they are older than
    the internet and hardly show the words of forms and counters ("webshop"), so a missing
    word says nothing. ``lemma`` in lower case without "_"."""
    said = spoken(low, lemma, pos)
    if said <= 0:
        return 0.0
    return max(0.0, _written(low, lemma, pos) - said)


def _written(low: str, lemma: str, pos: str) -> float:
    """wordfreq Zipf of a word: its form or its lemma summed over its forms, whichever is
    higher (the written side of ``spoken_gap``)."""
    return max(zipf(low), lemma_zipf(lemma, pos) if lemma else 0.0)


def spoken_penalty(low: str, lemma: str, pos: str, opts) -> float:
    """What the written register of a word takes off its familiarity: the part of
    ``spoken_gap`` above ``spoken_gap_free`` (written Dutch uses most words a little more than
    subtitles: 0.36 on average, 0.9 for one word in six), times ``spoken_gap_weight``, at
    most ``spoken_gap_max``. Not for a compound of real words: subtitles are too small a
    corpus to count each compound. ``word_score`` leaves it out for a word whose form already
    gives it a higher bar (a loanword, an old form ...)."""
    weight = opts.get("spoken_gap_weight", 0.0)
    if not weight:
        return 0.0
    free = opts["spoken_gap_free"]
    said = spoken_zipf(low)
    written = None
    if said > 0 and free >= 0:
        written = _written(low, lemma, pos)
        if written - said <= free:
            return 0.0  # the form alone is said often enough: ``spoken_gap`` is at most this (no need to sum the lemma's spoken forms)
    # ``spoken_gap`` (the same sums: ``spoken`` and ``_written``), with what is known already
    said = max(said, spoken_lemma_zipf(lemma, pos) if lemma else 0.0)
    if said > 0:
        gap = max(0.0, (_written(low, lemma, pos) if written is None else written) - said) - free
    else:
        gap = -free
    if gap <= 0 or len(compound_parts(low)) > 1:
        return 0.0  # each compound is rare in 44 million words of subtitles ("mondkapje")
    return min(opts["spoken_gap_max"], weight * gap)


def everyday_word(low: str, lemma: str, pos: str, score: float, opts) -> bool:
    """Is a noun that falls short of the bar a word of daily life: a concrete noun in
    LiNT-II's noun list (a thing: "bezem", "pleister"; not an abstract noun, "voogdij",
    "clausule", "saldo"), that speech uses about as often as print
    (``spoken`` at most ``everyday_gap`` below ``_written``), whose familiarity ``score`` comes
    from its own frequency (not from the word it is made from or its compound parts, of which
    the spoken count says nothing)? Written Dutch uses the average word 0.36 more than
    subtitles (``SPOKEN_OFFSET``); "pleister" and "bezem" are said more often than written,
    "afzender" a little less. Abstract words are left out because subtitles, mostly court and
    crime drama, say legal words as often as print ("voogdij", "fiscus"). A word that
    subtitles lack shows nothing."""
    if pos != "NOUN" or {noun_class(lemma), noun_class(low)} - {None} != {"c"}:
        return False  # (so never a ``latinate_noun``: that is abstract in the same list)
    written = _written(low, lemma, pos)
    # ``score`` counts every form, a verb's past among them: so its own sum does too
    if score > written + OWN_SLACK:
        return False
    forms = [f for f in noun_forms(low, lemma) if zipf(f) > 0 or spoken_zipf(f) > 0]
    if any(verb_past(f) for f in forms):
        # a form that is also a verb's past ("dreven", "schoof": "drijven", "schuiven"): text
        # and subtitles count the verb's uses in it, which say nothing of the noun. The parse
        # says noun: speech and print compare only the noun's other forms
        forms = [f for f in forms if not verb_past(f)]
        written = _sum_zipf(forms, zipf)
        said = _sum_zipf(forms, spoken_zipf)
    else:
        said = spoken(low, lemma, pos)
    return said > 0 and written - said <= opts["everyday_gap"]


def noun_forms(low: str, lemma: str) -> list[str]:
    """The forms of a noun that ``_written`` and ``spoken`` read: the word as it stands and
    the forms its lemma's sum counts (``dictionary.lemma_zipf``)."""
    return sorted({low, *(_dictionary._forms(lemma, "NOUN") if lemma else ())})


def _sum_zipf(forms, frequency) -> float:
    """Zipf of the forms together (0 when none is counted)."""
    total = sum(10 ** frequency(f) for f in forms if frequency(f) > 0)
    return math.log10(total) if total > 0 else 0.0


@lru_cache(maxsize=20_000)
def verb_past(form: str) -> bool:
    """Is a word form also a past tense or past participle of a verb: of a strong verb
    (``wordlists/strong_verbs.tsv``: "dreef", "dreven" of "drijven"; "schoof", "schoven" of
    "schuiven") or a regular past of a verb that Dutch uses, which ``verbs.verb_forms`` makes
    (it leaves out a form far more common than the verb: that is another word)? Whether Dutch
    uses the verb says its past participle ("gespeld" of "spellen"), no form of a noun: the
    infinitive's spelling is often a noun's plural ("koren", "latten", "vlakken"), whose
    counts show nothing of a verb ("gekoord", "gelat" text does not know)."""
    if form in _dictionary._strong_forms():
        return True
    if not form.endswith(("de", "te", "den", "ten")):
        return False
    return any(verb != form and form in _verbs.verb_forms(verb) and weak_verb_used(verb)
               for verb in _dictionary.spelled_verb_lemmas(form))


def misread_past(tok) -> bool:
    """Is a word tagged as a noun really a verb's past ("De kinderen schoven dichter bij
    elkaar": 'schoven' of "schuiven", not the plural of "schoof")? It is a past form
    (``verb_past``) with a subject of its own and nothing only a noun has: no copula (a noun
    has a subject as the predicate of "zijn", "Dat zijn dreven"), no article, adjective, number,
    possessive or preposition of its own ("Langs diverse dreven is ruimte": the parse may hang
    the clause on the noun). "Wij wandelen langs de dreven" keeps its noun."""
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and not deps & _NOUN_ONLY_DEPS and verb_past(tok.lower_)


# dependents only a noun has (a verb has none of these)
_NOUN_ONLY_DEPS = frozenset({"cop", "det", "amod", "nummod", "case", "nmod:poss"})


# the words that open an object right after a verb put first: articles, possessives, pointers
_OBJECT_OPENERS = frozenset({"de", "het", "een", "uw", "je", "jouw", "dit", "deze", "die", "dat", "alle"})
# marks after which a new clause (and so an imperative) may start
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "-", "–"})
# adverbs an imperative takes before its object ("ververs dan de pagina", "ververs eerst de pagina")
_IMPERATIVE_ADVERBS = frozenset({"dan", "eerst", "nu", "even", "nog", "daarna", "opnieuw"})


def _second_order(tok) -> bool:
    """Does the word follow "en" or "of" after an order, as a second order does ("Sluit de
    browser en ververs de pagina", "..., sluit dan de browser of ververs de pagina")? The order
    before it opens its sentence or clause with a verb in its bare form (no "-en", "-de", "-te").
    Two nouns joined stay nouns: "In de fabriek werkten schilders en ververs de hele dag"."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or prev.lower_ not in {"en", "of"} or prev.is_sent_start:
        return False
    return any(t.pos_ in {"VERB", "AUX"} and (t.is_sent_start or doc[t.i - 1].text in _CLAUSE_BREAKS)
               and not t.lower_.endswith(("en", "de", "te")) for t in doc[tok.sent.start: prev.i])


def misread_imperative(tok) -> str:
    """The verb of a word tagged as a noun that is really an imperative ("Er missen gegevens,
    ververs de pagina": 'ververs' of "verversen", not the plural of "verver"), or "". Dutch
    puts the imperative first in its clause as the bare stem, with its object after it: the
    word opens its sentence or follows a mark that starts a clause, the next word opens a noun
    phrase (an article, possessive or pointer), and the word has no article, adjective or
    preposition of its own. The form must be the stem of a verb that text uses more than the
    form itself ("ververs": "verversen"), so a plain noun in a heading ("Wijzigingen de ...")
    stays a noun."""
    doc = tok.doc
    i = tok.i
    nxt = i + 1
    if nxt < len(doc) and doc[nxt].lower_ in _IMPERATIVE_ADVERBS:
        nxt += 1  # "Lukt het niet? Ververs dan de pagina."
    if nxt >= len(doc) or doc[nxt].lower_ not in _OBJECT_OPENERS:
        return ""
    if not (tok.is_sent_start or doc[i - 1].text in _CLAUSE_BREAKS or _second_order(tok)):
        return ""
    if {c.dep_ for c in tok.children} & (_NOUN_ONLY_DEPS - {"det"}) or any(
            c.dep_ == "det" and c.i < i for c in tok.children):
        return ""
    low = tok.lower_
    best, used = "", zipf(low)
    for verb in _dictionary.verb_lemmas(low):
        if _verbs.stem_from_infinitive(verb) == low and (known := lemma_zipf(verb, "VERB")) > used:
            best, used = verb, known
    return best


def weak_verb_used(verb: str) -> bool:
    """Does Dutch text use a weak verb: its past participle at least ``WEAK_PAST_VERB_ZIPF``
    ("gespeld" 3.6; "gevlakt" 1.6, "gepist" 1.7 below)?"""
    participle = _verbs.past_participle(verb)
    return bool(participle) and zipf(participle) >= WEAK_PAST_VERB_ZIPF


# a regular past form is a verb's when text uses the verb's past participle at least this
# often (Zipf); below it are chance spellings and rare verbs
WEAK_PAST_VERB_ZIPF = 2.0


def spoken(low: str, lemma: str, pos: str) -> float:
    """SUBTLEX-NL Zipf of a word: its form or its lemma summed over its forms, whichever is
    higher (0 when subtitles lack both). ``lemma`` in lower case without "_"."""
    return max(spoken_zipf(low), spoken_lemma_zipf(lemma, pos) if lemma else 0.0)


# written Dutch (wordfreq) uses a word 0.36 more than subtitles on average (Zipf; words of
# wordfreq 3.5-5 that both lists hold; spread 0.53)
SPOKEN_OFFSET = 0.36
# an adverb that speech uses this much more often than print (Zipf) is no word of written
# Dutch, whatever its class ("ziens": 5.1 spoken, 3.6 written; "echter": 4.3 and 5.5)
SPOKEN_ADVERB_MARGIN = 1.0


def spoken_common(tok, low: str, lemma: str, opts) -> bool:
    """Does spoken Dutch use a word that looks formal ("kwartier" ends like "-ier") so often
    that it is no word of written Dutch only: as often as the loanword bar asks of written
    Dutch, less the usual difference between the two (``SPOKEN_OFFSET``)? A present
    participle before a noun ("een verkennende fase") is written Dutch by its use, not by its
    verb, so only its own form counts. Adverbs are formal by their class: subtitle
    translators keep many connectives of written Dutch ("tweemaal", "echter", "reeds"), but
    those are said less often than they are written; an adverb that speech uses much more
    than print is a word of speech ("tot ziens")."""
    if not opts.get("spoken_common"):
        return False
    bar = max(opts["loan_zipf"], opts["min_zipf"]) - SPOKEN_OFFSET
    if tok.pos_ == "ADV":
        return spoken_zipf(low) >= max(bar, zipf(low) + SPOKEN_ADVERB_MARGIN)
    if opts["participle_adjectives"] and participle_adjective(tok, low, lemma):
        if tok.pos_ == "ADJ" and lemma.endswith("end") and spoken(low, lemma, "ADJ") >= opts["min_zipf"]:
            return True  # an adjective of its own that speech uses ("woedend", "spannend")
        if spoken_lemma_zipf(participle_verb(tok, low, lemma), "VERB") >= bar + SPOKEN_OFFSET:
            return True  # a verb of speech, which says "een stinkende hond" as well (not "verkennen")
        return spoken_zipf(low) >= bar
    if tok.pos_ == "VERB" and spoken_prefix_verb(low, lemma) >= 0:
        return True  # a verb of speech made of a prefix and a common verb ("heropenen")
    return spoken(low, lemma, tok.pos_) >= bar


class _Word(NamedTuple):
    """The word of a token, as ``word_difficulty``, ``old_form`` and ``formal_word`` read it."""

    lower_: str
    lemma_: str
    pos_: str


# ``word_score`` passes over a fairly familiar word that is not formal by the lower bound of
# its familiarity without compound parts (the same verdict, sooner); False: the long way
# (tests compare the two)
FLOOR_SHORTCUT = True
OWN_SLACK = 0.05  # familiarity this much above the word's own frequency comes from elsewhere
_UNKNOWN = object()


@lru_cache(maxsize=200_000)
def _plain_lemma(lemma: str) -> str:
    """A lemma in lower case without "_", once per distinct lemma (asked for every candidate word)."""
    return lemma.lower().replace("_", "")
_VERDICTS_LIMIT = 200_000  # distinct words kept per setting before the cache starts over
_SETTINGS_LIMIT = 16  # settings kept at a time


class _Verdicts(dict):
    """(lower, lemma, part of speech) -> score or None, for the settings whose key is ``settings``;
    ``parts``: a compound part -> hard or not (``hard_part``'s ``is_hard``: ``word_score`` of
    the part as a noun, without DD105's minimum); ``obstacles``: (lower, part of speech) ->
    ``hard_part`` of a hard word (what it reads: the word, its part of speech, the settings);
    ``by_fact``: a token fact -> (score or None, plain lemma), the same verdicts found by the
    fact (``DifficultWord._judged_candidates``)."""

    __slots__ = ("settings", "parts", "obstacles", "by_fact", "fact_generation")

    def __init__(self, settings: str):
        super().__init__()
        self.settings = settings
        self.parts: dict[str, bool] = {}
        self.obstacles: dict[tuple[str, str], frozenset[str]] = {}
        # (``metrics._Facts`` compare by identity: a fact of the table made after the facts
        # started over is another key. The dict starts over with the facts, at a table of
        # another ``fact_generation``, and at ``_VERDICTS_LIMIT``)
        self.by_fact: dict = {}
        self.fact_generation = -1


_verdicts: dict[str, _Verdicts] = {}


_last_settings: tuple = (None, None)  # (the settings asked last, as compared; their key in _verdicts)
_judged = 0  # new words judged live before the shipped verdicts are read (``first_verdict``)


def _verdicts_for(opts: dict, long_words_rule: int | None) -> _Verdicts:
    """The per-process cache of ``DifficultWord.word_score`` for these settings:
    (lower, lemma, part of speech) -> score or None. The settings' key (a ``repr`` of about
    40 us, asked for every text) is kept for the settings asked last, compared by value."""
    global _last_settings
    settings = (list(opts.items()), long_words_rule)
    last, key = _last_settings
    if settings != last:
        key = _verdict_table.settings_key(opts, long_words_rule)
        _last_settings = (copy.deepcopy(settings), key)  # a copy: a list in the settings may change
    found = _verdicts.get(key)
    if found is None or len(found) > _VERDICTS_LIMIT:
        if found is None and len(_verdicts) >= _SETTINGS_LIMIT:
            _verdicts.clear()  # a server that checks with many settings keeps only the latest few
        found = _verdicts[key] = _Verdicts(key)
    return found
