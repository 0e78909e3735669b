"""DD105 lang-woord: long words and compounds.

Source: Schrijfwijzer van Gebruiker Centraal ("Vermijd lange samenstellingen"); Onze Taal,
"Lange samenstellingen". Long compounds are read slowly by readers at B1; splitting them
into a phrase ("de aanvraag voor een parkeervergunning") helps.

An everyday compound ("parkeervergunning", "voorbeeldbrieven": two familiar parts; also three
parts read as a compound Dutch text uses and a head: "kinderopvang" + "toeslag") and a
long but familiar word ("maatschappelijke") are no finding. A compound that Dutch text does
not use, with an abstract head ("contactmogelijkheid", "onderhoudsinspectie") or a head with
a concrete and an abstract sense after a first part that is no thing ("kwaliteitsinstrument":
``dictionary.novel_abstract``; not "speeltuinverlichting"), is no everyday compound, however
common its parts. The parts come from ``duidelijk.dictionary`` (real words only). No rewrite
is proposed: which words join the parts ("voor", "van", "over") depends on the meaning, so the
message names the parts.
"""

from __future__ import annotations

import re
from functools import cache

from duidelijk import wordlists
from duidelijk.findings import Severity
from duidelijk.lexicon import letter_count, zipf
from duidelijk.lines import line_end, line_start
from duidelijk.metrics import _nouns, noun_class, token_table
from duidelijk.dictionary import (FALLBACK_ZIPF, TRANSPARENT_PARTICLES, compound_parts, everyday_head, exists, familiarity,
                                  frame_compound, keystroke_slips, lemma_candidates, lemma_zipf, linked_plural,
                                  measure_compound, novel_abstract, part_word,
                                  separable, sequence_parts, starts_with_prefix, thing_first, verb_lemmas)
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.verbs import INSEPARABLE, PARTICLES, stem_from_infinitive


NUMBERS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
           "honderd", "duizend")
# endings of adjectives (also their -e form): a noun made of such an adjective is read as it
ADJECTIVE_ENDINGS = ("ig", "ige", "lijk", "lijke", "isch", "ische", "baar", "bare", "loos", "loze", "ief", "ieve")
DIMINUTIVE_ENDINGS = ("etjes", "etje", "tjes", "tje", "pjes", "pje", "kjes", "kje", "jes", "je")


_CAMEL = re.compile(r"[a-zà-ÿ][A-Z]")


def camel_case(text: str) -> bool:
    """Is this word written with a capital after a small letter inside it ("eHerkenning",
    "MijnOverheid", "CoronaCheck")? Dutch words are not: such a word is a name, that stays as
    it is. (A field name written as code, "DatumVraagbrief+14", "statusStep", is a placeholder
    already: ``duidelijk.placeholders.code_spans``.)"""
    return _CAMEL.search(text) is not None


def diminutive_base(word: str) -> str:
    """The word a diminutive is made from, if that is a real word: "slachtoffertjes" ->
    "slachtoffer", "balletje" -> "bal", "raampjes" -> "raam"; else ""."""
    for ending in DIMINUTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)]
            candidates = [base] + ([base[:-1]] if len(base) > 3 and base[-1] == base[-2] else [])
            for cand in candidates:
                if exists(cand):
                    return cand
    return ""


def number_rest(word: str) -> str:
    """The rest of a compound that starts with a number ("een" + "gezinswoningen", "twee" +
    "persoonshuishoudens", "een" + "dagswedstrijd"), when the rest starts with a real word;
    else "". A number is no obstacle for the reader. Not "achterstand" or "eenzaamheid": their
    rest starts with no word. Nor a word whose own first part is a word Dutch text uses that
    only starts with a number ("eenwording", "drieluik", "vierkant", "achterstand"): that
    number is no number."""
    first = compound_parts(word)[0]
    inner = part_word(first)
    own = {first, inner, compound_parts(inner)[0], part_word(compound_parts(inner)[0])}
    for number in NUMBERS:
        rest = word[len(number):]
        if not word.startswith(number) or len(rest) < 6:
            continue
        if any(w.startswith(number) and _no_number(w[len(number):]) and exists(w) and zipf(w) >= 3.0
               for w in own):
            return ""
        piece = compound_parts(rest)[0]
        words = {piece, part_word(piece)} | ({piece[:-1]} if piece.endswith("s") else set())  # "dags": "dag"
        if any(len(w) >= 3 and exists(w) and zipf(w) >= 3.0 for w in words) and not starts_with_prefix((piece, rest)):
            return rest
    return ""


def _no_number(tail: str) -> bool:
    """After a number, does ``tail`` make a word in which the number is no count ("luik" in
    "drieluik", "kant" in "vierkant", "er" in "achter")? Not a bare "s" ("dries") nor a
    counted thing: a plural or a linking s ("driesterren", "eenpersoons", "driekwarts")."""
    if len(tail) < 2:
        return False
    stems = ([tail[:-1]] if tail.endswith("s") else []) + ([tail[:-2], tail[:-3]] if tail.endswith("en") else [])
    return not any(len(x) >= 3 and exists(x) for x in stems)


def named_thing(word: str, lemma: str) -> bool:
    """Is a compound the name Dutch has made its own for a concrete thing or a person: in
    LiNT-II's noun list as concrete, with its head named ("bankafschrift": "afschrift",
    "toestemmingsformulier", "vaccinatiebewijs", "zorgmedewerker", "eikenprocessierups")?
    Readers meet the thing by that name; writing it as loose words ("een afschrift van de
    bank") makes it longer, not plainer. An abstract compound of the list keeps its reading
    by its parts ("loondoorbetaling", "volksraadpleging" can be hard)."""
    nouns = _nouns()
    kind, head = nouns.get(word) or nouns.get(lemma) or ("", "")
    return kind == "c" and bool(head) and word != head and not _abstract_head(head) and not _role_head(head)


# endings of a noun made from a verb or an adjective, an action or a quality ("wijziging",
# "accommodatie", "beschikbaarheid", "identiteit")
ABSTRACT_ENDINGS = ("ing", "tie", "heid", "teit")


@cache
def thing_nouns_ing() -> frozenset[str]:
    """Nouns in -ing that name a thing, not an action (wordlists/thing_nouns_ing.tsv: "woning")."""
    return wordlists.words("thing_nouns_ing", "noun")


@cache
def time_points() -> tuple[str, ...]:
    """Nouns that name a point in time (wordlists/time_points.tsv: "datum")."""
    return tuple(r["noun"] for r in wordlists.load("time_points"))


@cache
def officialese_words() -> frozenset[str]:
    """One-word terms DD103's list (wordlists/jargon.tsv) names officialese as a noun ("vonnis",
    "voorschrift", "traject", "richtlijn"): not mild, no 'with' words the term needs around
    it, no other word class only. An 'unless' phrase ("op voorschrift van") is a context of
    the loose word and says nothing of it inside a compound."""
    return frozenset(r["term"].lower() for r in wordlists.load("jargon")
                     if " " not in r["term"]
                     and not (r.get("with") or "").strip() and (r.get("mild") or "").strip() != "ja"
                     and (not (r.get("pos") or "").strip() or "NOUN" in r["pos"]))


def _abstract_derivation(noun: str) -> bool:
    """Is a noun an action or a quality by its ending ("handhaving", "verantwoordelijkheid",
    "wijziging", "accommodatie")? Not an -ing noun that names a thing ("woning":
    wordlists/thing_nouns_ing.tsv)."""
    return noun.endswith(ABSTRACT_ENDINGS) and noun not in thing_nouns_ing()


def _abstract_head(head: str) -> bool:
    """Is the head of a compound that LiNT-II's noun list calls concrete abstract in that same
    list, as an action, a quality or a point in time ("begrotingswijziging": "wijziging",
    "inschrijvingsdatum": "datum", "welzijnsaccommodatie")? Then the compound names no thing
    the reader can see. An everyday word of speech as head ("vaccinatiebewijs") or a head
    that names a paper ("bankafschrift": "afschrift") is no such head."""
    if noun_class(head) != "a" or everyday_head(list(lemma_candidates(head))):
        return False
    return _abstract_derivation(head) or head.endswith(time_points())


def _role_head(head: str) -> bool:
    """Is the head a participle or an adjective used as a noun for a person ("zoekende",
    "rechthebbende", "gedupeerde", "plichtige")? Such a role name ("arbeidszoekende",
    "bevingsgedupeerde", "auteursrechthebbende") is the language of rules, not the everyday
    name of a person, as "belastingplichtige" is."""
    last = compound_parts(head)[-1]
    return any((h.endswith(("ende", "ige")) and exists(h[:-1]))
               or (h.startswith("ge") and h.endswith(("de", "te", "ene")) and zipf(h[:-1]) >= ROLE_PARTICIPLE_ZIPF)
               for h in {head, last})


# a word in ge-...-de/-te/-ene is a past participle used as a noun ("gedupeerde",
# "getroffene") when text uses the participle itself at least this much ("gedupeerd"); not
# "gemeente" or "gebergte", whose "gemeent", "gebergt" text hardly uses
ROLE_PARTICIPLE_ZIPF = 2.0


def word_zipf(part: str, head: bool = False) -> float:
    """How familiar a compound part is as a noun of its own, over its forms: the first part
    without its linking s ("zondags" -> "zondag") and with the linking "-en-" as the plural
    of its noun ("brieven" in "brievenbestanden" -> "brief": ``linked_plural``), the head
    also from its plural ("kwaliteiten" -> "kwaliteit")."""
    forms = {part, part_word(part), *(lemma_candidates(part)[1:] if head else
                                      [part[:-1]] if part.endswith("s") and len(part) > 4 else [])}
    # a noun in LiNT-II's list, not a verb stem ("onderteken" in "ondertekenverzoek")
    score = max([lemma_zipf(c, "NOUN") for c in forms if exists(c) and noun_class(c)] + [0.0])
    return score if head or not part.endswith("en") else max(score, linked_plural(part))


def abstract(part: str) -> bool:
    """Is a compound head an abstract noun in LiNT-II's noun list ("structuren", "verslag")?"""
    return any(noun_class(c) == "a" for c in {part, part_word(part), *lemma_candidates(part)[1:]})


def action_or_quality(part: str, first: bool = False) -> bool:
    """Does a compound part name an action or a quality: a noun made from a verb ("verkiezing",
    "inspectie", "kolonisatie"; as the first part also a verb stem with a prefix: "verblijf"
    in "verblijfskwaliteit") or from an adjective ("mogelijkheid", "identiteit")? Such a part
    carries a hidden sentence ("inspectie van het onderhoud": who inspects what), unlike a
    thing or a kind ("traditie", "achtergrond", "kampioenschap")."""
    words = {part, part_word(part)} | ({part[:-1]} if part.endswith("s") and len(part) > 4 else set())
    if first and any(h.startswith(("be", "ver", "ont", "ge", "her")) and len(h) >= 6 and any(
            v.startswith(h[:-1]) and v not in {h, h + "n", h + "en"} and exists(v) for v in verb_lemmas(h)) for h in words):
        return True  # (a verb other than the part itself: a part that is a whole verb form,
        # "gegeven" (a participle) in "gegevens", "vermogen", is a noun of its own, no stem)
    for h in words | set(lemma_candidates(part)[1:]):  # (with a linking s: "snelheids")
        if h.endswith(("heid", "heden", "iteit", "iteiten")):
            return True
        if h.endswith("ing") and len(h) > 6:
            if any(exists(v) or zipf(v) >= FALLBACK_ZIPF for v in action_noun_verbs(h)):
                return True
        if h.endswith(("tie", "sie")) and len(h) > 6:
            if any(exists(v) for v in action_noun_verbs(h)):
                return True
    return False


def action_noun_verbs(noun: str) -> tuple[str, ...]:
    """The infinitives a noun of action may be made from by regular spelling, the likeliest
    first, whether Dutch has them or not (the caller asks that, as it needs): a noun in -ing
    from a verb in -en ("betaling": betalen; "planning": plannen, "zetting": zetten), a loan
    noun in -tie or -sie from a verb in -eren ("publicatie": publiceren, "inspectie":
    inspecteren, "emissie": emitteren). The one place that spells a noun back to its verb:
    DD103 (``nominalisation.verb_of``, ``jargon.ter_verb``), DD104 (``action_verb``) and
    this rule use it."""
    if noun.endswith("ing"):
        stem = noun[:-3]
        return stem + "en", stem + stem[-1:] + "en", stem[:-2] + stem[-1:] + "en"
    if noun.endswith(("tie", "sie")):
        return noun[:-4] + "eren", noun[:-3] + "teren", noun[:-3] + "eren", noun[:-3] + "seren"
    return ()


# a concrete name with a rare part is known as a whole when Dutch text uses the whole at least
# this much more often than that part, and at least FALLBACK_ZIPF less this (``_named_thing``)
NAMED_WHOLE_SLACK = 0.5

# the most words a name with its short form in brackets has ("(Tozo)": four)
MAX_NAME_WORDS = 8


@cache
def official_short_forms() -> dict[str, tuple[str, str]]:
    """One-word official names that have a short form of their first letters in
    wordlists/abbreviations.tsv (kind 'term' or 'known'): "burgerservicenummer" -> ("BSN",
    "uw persoonlijke nummer bij de overheid"). A letter keeps such a name as it is: the reader
    meets it on forms and on the passport, and a split ("burger servicenummer") is no Dutch."""
    out = {}
    for r in wordlists.load("abbreviations"):
        long = r["expansion"]
        if r["kind"] in {"term", "known"} and ";" not in long and " " not in long.strip():
            out[long.lower()] = (r["abbreviation"], r["alternatives"].split(" | ")[0] if r["alternatives"] else "")
    return out


# the prefixes written with a hyphen before an everyday word ("niet-roker", "ex-partner",
# "oud-directeur"): the word after them is judged as a word of its own
_HYPHEN_PREFIXES = frozenset({"niet", "ex", "oud", "anti", "pro", "non", "co", "vice", "semi", "pre", "post",
                              "mede", "zelf", "half", "extra", "super", "hoofd", "sub", "inter", "multi"})
_CHAIN_PIECE = 12  # the letters of a piece after a hyphen that is a long compound of its own
# the words that join two pieces of a chain into words of a phrase ("wijk-en-buurtteam" is
# "wijk- en buurtteam", "op-en-afrit"): the reader reads short words, no long one
_CHAIN_JOINERS = frozenset({"en", "of"})
# what may stand between a name and its short form: "uw burgerservicenummer (BSN)", "uw
# burgerservicenummer, of BSN,", "uw BSN, oftewel burgerservicenummer"
_BETWEEN_NAME_AND_SHORT = frozenset({"(", ")", ",", "-", ":", "of", "ofwel", "oftewel", "ook", "wel", "de", "het", "uw"})


def official_short_form(tok) -> tuple[str, str] | None:
    """``official_short_forms`` of the word, its lemma or its singular ("burgerservicenummers")."""
    forms = official_short_forms()
    word = tok.lower_
    return forms.get(word) or forms.get(tok.lemma_.lower()) or (forms.get(word[:-1]) if word.endswith("s") else None)


def short_form_beside(tok, short: str) -> bool:
    """Does the short form stand beside the name, in any case and with only brackets, a comma
    or 'of' between ("uw burgerservicenummer (BSN)", "(bsn)", "uw burgerservicenummer, of
    BSN,", "uw BSN-nummer (burgerservicenummer)")? Then the text already gives both, as
    Dutch letters do, and DD112 looks after the short form."""
    doc, short = tok.doc, short.lower()
    sent = tok.sent
    for step in (1, -1):
        i = tok.i + step
        while sent.start <= i < sent.end and abs(i - tok.i) <= 4:
            word = doc[i].lower_
            if word == short or word.startswith(short + "-"):
                return True
            if word not in _BETWEEN_NAME_AND_SHORT:
                break
            i += step
    return False

# a suffix that the splitter may cut off as a word of its own ("heden" = today): it belongs to
# the part before it ("werkzaam" + "heden" is "werkzaamheden")
SUFFIX_PARTS = ("heden", "heid")
# two neighbouring parts that Dutch text uses together at least this often are one unit for the
# reader ("omgevings" + "vergunning", "bezwaar" + "schriften")
UNIT_ZIPF = 2.0


def _in_label_row(text: str, tok) -> bool:
    """Is the word one label in a row of labels: its line is three or more items joined by
    commas, each one or two words that start with a capital, and nothing else ("Voornamen,
    Achternaam, Geslacht, Burgerservicenummer, Geboortedatum")? Such a row names the fields a
    page shows the reader's own data in; the value beside the label says what it is, and an
    explanation has no place in it. ``text``: the check's text, as the token's offsets are."""
    line = text[line_start(text, tok.idx): line_end(text, tok.idx)]
    items = [item.strip() for item in line.strip().rstrip(".").split(",")]
    if len(items) < 3:
        return False
    return all(1 <= len(item.split()) <= 2 and item[:1].isupper() and item.replace(" ", "").replace("-", "").isalpha()
               for item in items)


def named_parts(parts: tuple[str, ...]) -> list[str]:
    """The parts of a long compound as the message names them (without a linking s): the
    units a reader sees, not every piece. A suffix part joins the part before it ("bouw" +
    "werkzaamheden" + "rooster",
    not "werkzaam" + "heden"), and of more than two pieces the two neighbours that Dutch text
    uses most as a word join first ("omgevingsvergunning" + "plicht", "bezwaarschriften" +
    "commissie"), as long as Dutch text uses them as a word at all. Two parts stay as the
    splitter found them ("parkeervergunning" + "aanvraag")."""
    pieces: list[str] = []
    for part in parts:
        if pieces and part in SUFFIX_PARTS:
            pieces[-1] += part
        else:
            pieces.append(part)
    shown = [p if p in PLURAL_PARTS else part_word(p) for p in pieces[:-1]] + [pieces[-1]]
    # as readers know them: no linking s (the head has none: its s is a plural, "gegevens"; nor
    # has a part of ``PLURAL_PARTS``: "gegevens" + "bronnen")

    def unit(i: int) -> float:  # the two as a word ("gebiedsontwikkeling")
        return zipf(pieces[i] + shown[i + 1])

    while len(pieces) > 2:
        best = max(range(len(pieces) - 1), key=unit)
        if unit(best) < UNIT_ZIPF:
            break
        shown[best : best + 2] = [pieces[best] + shown[best + 1]]
        pieces[best : best + 2] = [pieces[best] + pieces[best + 1]]
    return shown if len(shown) > 1 else [part_word(p) for p in parts]


# first parts whose final s is the plural of a noun in a sense only the plural has, no linking
# s: "gegevensbronnen" are sources of "gegevens" (data); "gegeven" (a fact, a given) is another word
PLURAL_PARTS = frozenset({"gegevens"})

# the starts of heads that are a bound element forming an adjective from the part before it
# (an affixoid): "rechtmatig" (lawful), "doelmatig", "verkeerskundig" (expert in traffic),
# "taalkundig". The adjective and its nouns ("onrechtmatigheid", "verkeerskundigen") are
# derivations of one word: "matigheid" (temperance) and "kundigen" are no parts to write loose
ADJECTIVE_AFFIXOIDS = ("matig", "kundig")

# prefixes that are no word of their own and make a derivation of the word after them, read
# whole ("herontwikkeling", "ontwatering", "onveiligheid"); a particle that is also a word
# ("weg", "tegen", "voor") may be the first part of a compound ("wegafsluiting", "tegenprestatie")
INSEPARABLE_PREFIXES = frozenset(INSEPARABLE) | {"on"}  # the verbs' prefixes, and "on" of "onveiligheid"


def reader_parts(word: str, parts: tuple[str, ...]) -> list[str] | None:
    """The parts a message names for a long word, or None when they cannot all be named as
    real words in the word's own order. The head keeps the letters it has in the word: the
    splitter reads an inflected word through its lemma and may join the lemma's head to the
    word's ending ("vaccinatiebewijzen" -> "bewijs" + "en"), and a head in the plural has no
    linking s to drop ("erfpachtgegevens": 'gegevens', not the other word 'gegeven'). A
    derivation has no parts to name: a word that starts with a prefix ("herontwikkeling") or
    a noun of action of a verb the dictionary has ("verstedelijking": "verstedelijken")."""
    parts = reader_grouping(word, parts)
    joined = "".join(parts[:-1])
    if len(parts) < 2 or not word.startswith(joined) or len(word) - len(joined) < 3:
        return None
    if starts_with_prefix(parts) and len(parts) > 2 and _real_part(part_word(parts[0] + parts[1])):
        parts = (parts[0] + parts[1],) + parts[2:]  # the prefix and the next part are one word:
        # "voorinvulling" + "gegevens", "weginrichting" + "plannen"
    if _derived_quality(word, parts):
        return None  # the noun of one adjective, no compound: "vooringenomenheid",
        # "onrechtmatigheid", "verkeerskundigen" (``_derived_quality``)
    if parts[0] in INSEPARABLE_PREFIXES or _verb_noun(word):
        return None  # no compound but a derivation, read whole: "her" + "ontwikkeling" is
        # "herontwikkelen" + -ing, "verstedelijking" is "verstedelijken" + -ing (not "verste" +
        # "del" + "ijking"); its pieces are no words to write loose. A particle that is a word
        # of its own stays a part: "weg" + "afsluitingen", "tegen" + "prestatie"
    pieces = parts[:-1] + (word[len(joined):],)
    if not all(_real_part(part_word(p) if i < len(pieces) - 1 else p) for i, p in enumerate(pieces)):
        return None
    shown = named_parts(pieces)
    return [stem_verb(p) or p for p in shown[:-1]] + shown[-1:]


# endings of a first part after which Dutch puts a linking s in a compound ("begroeiingslaag",
# "gezondheidszorg", "vriendschapsband", "universiteitsgebouw", "informatiebalie" has none: -ie
# is not among them)
LINKING_S_ENDINGS = ("ing", "heid", "schap", "teit", "dom")


def reader_grouping(word: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    """The two parts of a compound as a reader groups them, where the splitter found another
    split of the same letters that is as good by its own measure (the rarest part). Two kinds:

    - a linking s given to the head: after an ending that takes a linking s
      (``LINKING_S_ENDINGS``), a head that starts with "s" is read without it when the rest is a
      word that Dutch text uses at least as often ("begroeiing" + "slaag" is "begroeiings" +
      "laag"; "oefening" + "stof" stays, "tof" is rarer);
    - a verb stem as the first part, before a head that is a compound itself, where the stem and
      the head's first part make a word that Dutch text uses more than the head: the stem
      belongs to the noun right after it ("draag" + "krachtmeting" is "draagkracht" + "meting").
    Other splits stay as they are."""
    if len(parts) != 2:
        return parts
    first, head = parts
    if (first.endswith(LINKING_S_ENDINGS) and head.startswith("s") and len(head) > 4
            and _real_part(head[1:]) and zipf(head[1:]) >= zipf(head)):
        return (first + "s", head[1:])
    if stem_verb(first):
        pieces = compound_parts(head)
        if len(pieces) == 2 and "".join(pieces) == head:
            unit = first + pieces[0]
            if zipf(unit) >= max(UNIT_ZIPF, zipf(head)) and _real_part(pieces[1]):
                return (unit, pieces[1])
    return parts


def _derived_quality(word: str, parts: tuple[str, ...]) -> bool:
    """Is a long word the noun of one adjective rather than a compound whose parts a message
    can name: a head that starts with an affixoid that makes the adjective
    (``ADJECTIVE_AFFIXOIDS``: "onrecht" + "matigheid" is "onrechtmatig" + -heid, "verkeer" +
    "kundigen" the people who are "verkeerskundig"), or a particle before a quality in -heid
    whose adjective is one word with the particle ("voor" + "ingenomenheid" is
    "vooringenomen" + -heid: the particle belongs to the verb "innemen", no word to write
    loose)? Such a word can only be replaced or explained, not written as loose words."""
    head = parts[-1]
    if len(parts) > 1 and head.startswith(ADJECTIVE_AFFIXOIDS):
        return True
    if len(parts) == 2 and parts[0] in PARTICLES:
        for ending in ("heid", "heden"):
            if word.endswith(ending) and head.endswith(ending) and exists(word[:-len(ending)]):
                return True
    return False


def _verb_noun(word: str) -> bool:
    """Is a word, or its singular, the noun of action of a verb the dictionary has
    ("verstedelijking": "verstedelijken"; "terugvorderingen": "terugvorderen")? The plural
    is as much a derivation as the singular: "terug" + "vorderingen" are no parts to write
    loose."""
    return any(exists(v) for w in {word, *lemma_candidates(word)[1:]} for v in action_noun_verbs(w))


def _prefixed_action(head: str) -> bool:
    """Is a compound head, or its singular, the noun of action of a verb with an inseparable
    prefix ("verplichting": "verplichten"; "bevestigingen": "bevestigen")?"""
    return any(v.startswith(INSEPARABLE) and exists(v) for h in {head, part_word(head), *lemma_candidates(head)[1:]}
               if h.endswith("ing") for v in action_noun_verbs(h))


def stem_verb(part: str) -> str:
    """The verb whose stem a compound's first part is ("beweeg" in "beweegactiviteiten":
    "bewegen"; "parkeer": "parkeren"; "breng": "brengen"), or "". A message names the verb:
    the stem is no word to write loose ("beweeg activiteiten" is a spelling error), the verb is
    the word the reader knows ("activiteiten om te bewegen"). Not a noun ("wens", "leer") nor a
    word Dutch uses more often than the verb it could be a stem of ("veel": "velen")."""
    if noun_class(part):
        return ""
    # only a verb whose stem the part really is: "stook" is the stem of "stoken", not of
    # "stokken" (whose stem is "stok"), though both spellings are candidates
    verbs = [v for v in verb_lemmas(part) if v != part and stem_from_infinitive(v) == part
             and exists(v) and zipf(v) > zipf(part)]
    return max(verbs, key=zipf, default="")


def _real_part(part: str) -> bool:
    """Is a named part a word readers know: in the word list (also inflected), or a word
    Dutch text uses ("wachtwoord")?"""
    return exists(part) or any(exists(c) for c in lemma_candidates(part)[1:]) or zipf(part) >= FALLBACK_ZIPF


# the endings of a word's inflected forms that ``word_forms`` takes off: a noun's plural, an
# adjective's or a participle's -e
INFLECTION_ENDINGS = ("en", "'s", "s", "n", "e")


def word_forms(low: str) -> frozenset[str]:
    """A long word (lower case) and what it is without an ending of inflection: two forms of
    one word share one ("dubbelinschrijvingen" and "dubbelinschrijving", "geautomatiseerde"
    and "geautomatiseerd"). The lemmatizer leaves most long compounds as they stand, so DD105
    tells the forms of one word apart by their endings: one finding per word in a text.
    A plural in -en may change the stem's spelling: -zen/-ven after s/f ("bewijzen":
    "bewijs"), a doubled consonant ("lidmaatschappen"), a doubled vowel ("resultaten":
    "resultaat"), -heden for -heid."""
    forms = {low}
    for ending in INFLECTION_ENDINGS:
        if not low.endswith(ending):
            continue
        stem = low[:-len(ending)]
        forms.add(stem)
        if ending != "en" or len(stem) < 3:
            continue
        if stem.endswith("hed"):
            forms.add(stem[:-3] + "heid")
        if stem[-1] in "zv":
            forms.add(stem[:-1] + {"z": "s", "v": "f"}[stem[-1]])
        if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            forms.add(stem[:-1])
        elif stem[-2] in "aeou" and stem[-1] not in "aeiou" and stem[-3] not in "aeiou":
            forms.add(stem[:-1] + stem[-2] + stem[-1])  # an open syllable: "resultaten"
    return frozenset(forms)



def _parts(low: str) -> tuple[str, ...]:
    """``compound_parts`` of a word, also with the typographic apostrophe: the parts of the word
    with the straight one ("programma’s" as "programma's"), shown with the mark the text has."""
    if "’" not in low:
        return compound_parts(low)
    return tuple(part.replace("'", "’") for part in compound_parts(low.replace("’", "'")))


def plural_compound(low: str) -> bool:
    """Is a word (lower case) a compound whose head is a plural noun: the head less "-en" or
    "-s" is a word of the dictionary ("jeugdhulp" + "voorzieningen": "voorziening")?"""
    parts = _parts(low)
    if len(parts) < 2:
        return False
    head = parts[-1]
    return any(head.endswith(e) and len(head) > len(e) + 2 and exists(head[:-len(e)]) for e in ("en", "s"))

@register
class LongWord(Rule):
    code = "DD105"
    name = "lang-woord"
    category = "long-word"
    severity = Severity.SUGGESTION
    # familiar_zipf: a long word (or a compound of two parts) at least this familiar is no finding
    # novel_abstract: a compound Dutch text does not use, with an abstract head (or a head with a
    # concrete and an abstract sense after a first part that is no thing: "kwaliteitsinstrument",
    # not "speeltuinverlichting", ``thing_first``), is no everyday compound
    # regulation_heads: a capitalised compound inside a sentence with one of these heads is the
    # name of a law or rule ("de Afvalstoffenverordening"): a name cannot be split, only explained
    # whole_zipf: a compound of two or three everyday words that Dutch text uses at least this
    # often as a whole is known as one word ("ziektekostenverzekering")
    # transparent_zipf: a compound of two nouns that are each at least this familiar, whose head
    # names a thing or a kind (no action or quality), is read by its parts ("kloostertraditie",
    # "kleurenachtergrond"), however rarely Dutch text uses it as a whole; also a compound of
    # three parts read as a noun and an everyday compound ("provincie" + "hoofdplaats")
    # inner_zipf: the parts of such an everyday compound inside a compound must be this familiar
    # action_head_zipf: a head that names an action or quality ("verkiezing", "kwaliteiten")
    # this familiar is read at once after a first part that names a thing or a person (as
    # familiar as transparent_zipf: "voorzittersverkiezing"); after an abstract first part it
    # is not ("contactmogelijkheid"). The head says what happens to the thing, and the reader
    # reads "de aansluiting op de stroom", "de bevestiging aan de gevel", as soon as the action
    # is a word of everyday speech ("regeling", "aansluiting", "bevestiging", "wijziging")
    # action_first_zipf: an action as the first part before an abstract head stacks two
    # abstractions ("registratie" + "proces", "identiteits" + "factoren"); only a very common
    # one is read at once ("samenwerkings" + "afspraken", "beveiligings" + "redenen")
    # named_things: a compound that LiNT-II's noun list holds as concrete, with its head, is the
    # everyday name of a thing or a person ("bankafschriften", "toestemmingsformulier"), when
    # each of its parts is at least named_part_zipf familiar (or the whole is known as a name),
    # and it has two parts and at most named_max_letters letters
    settings = {"min_letters": 15, "familiar_zipf": 3.3, "novel_abstract": True, "named_things": True,
                "named_part_zipf": 3.0, "named_max_letters": 21, "whole_zipf": 3.0,
                # measure_heads: a compound of two parts that Dutch text seldom writes, whose head
                # names a measured quantity ("onzekerheidsmarge": ``dictionary.measure_compound``),
                # is no everyday compound, as DD104's setting of the same name (docs/judged.md,
                # thirty-eighth session, rules38g). False switches it off
                "measure_heads": True,
                # frame_heads: a compound of two parts that Dutch text seldom writes, whose head
                # names a frame, not a thing or an act ("beoordelingsfase", "registratiesysteem":
                # ``dictionary.frame_compound``), is no everyday compound, as DD104's setting of the
                # same name (docs/judged.md, forty-first session, rules41b). Off; True switches it on
                "frame_heads": False,
                # recent_words: a compound of two parts whose first part is a word of daily life
                # since 2020 (``difficult_words.recent_words``: "vaccinatie", "corona", "lockdown")
                # and whose head is one everyday word for a thing or a kind ("cijfers", "gegevens",
                # "maatregelen") is an everyday compound ("vaccinatiecijfers"), as DD104's setting
                # of the same name reads "coronacijfers" (docs/judged.md, fortieth session,
                # rules40h, rules40l). Not an action or quality head ("coronabestrijding",
                # "vaccinatiebereidheid"), a measured quantity ("vaccinatiegraad"), nor a head that
                # is a compound itself ("corona" + "toegangsbewijs"). False switches it off
                "recent_words": True,
                "transparent_zipf": 3.8, "inner_zipf": 4.0, "action_head_zipf": 4.2, "action_first_zipf": 4.5,
                # action_pair_letters, action_pair_zipf: a short compound (at most action_pair_letters
                # letters) of two parts that are each one everyday noun (at least action_pair_zipf
                # familiar, each one unit for the reader), an action as the first part and an
                # abstract head that names no action or quality, is read by its parts ("registratieproces",
                # "verzorgingscontract": the contract of the care, the process of registering),
                # as action_first_zipf reads a very common action; a hard part
                # ("facturatiegegevens"), a quality as first part ("kwaliteitsinstrument"), an
                # action head ("gegevensverwerking"), three parts or a longer word stay long words
                # (docs/judged.md, forty-third session, rules43b). 0 letters switches it off
                # action_pair_spoken_zipf: the head must be a word of speech as well, at least this
                # familiar in spoken Dutch (SUBTLEX-NL: "proces", "contract", "plan"); a head of
                # written Dutch ("status", "datum", "gegevens", "protocol") leaves the reader to work
                # out the whole, as ``dictionary.everyday_head`` reads it. With frame_heads on, a
                # frame head ("registratiesysteem") stays a long word
                # action_pair_first_spoken_zipf: the action must be a word of speech too
                # (SUBTLEX-NL lemma: "registratie" 3.4, "inschrijving" 3.2, "aanmelding" 2.8);
                # an action of written Dutch that government texts make common in print
                # ("aanbesteding" 0, "heffing" 2.3, "toekenning" 2.4) is no everyday part
                # (rev43: "aanbestedingsproces"). 0 switches the test off
                "action_pair_letters": 19, "action_pair_zipf": 3.8, "action_pair_spoken_zipf": 4.5,
                "action_pair_first_spoken_zipf": 2.5,
                "regulation_heads": ["wet", "wetboek", "besluit", "regeling", "verordening", "reglement",
                                     "richtlijn", "beleidsregel", "beleidsregels"],
                # product_heads: a compound with one of these heads is the name of a permit, an
                # allowance, a tax or a benefit that the reader meets on forms and websites
                # ("omgevingsvergunning", "afvalstoffenheffing", "inkomenstoeslag"): splitting it
                # makes the name unrecognisable, so the message asks to explain it, not to split it
                "product_heads": {"vergunning": "een vergunning", "ontheffing": "een ontheffing",
                                  "toeslag": "een toeslag", "uitkering": "een uitkering",
                                  "heffing": "een belasting"},
                # tax_names: long names of taxes a resident meets; "belasting" alone is no sign
                # of one ("geluidsbelasting", "stikstofbelasting" are a load, not a tax)
                "tax_names": ["onroerendezaakbelasting", "motorrijtuigenbelasting", "inkomstenbelasting",
                              "vennootschapsbelasting", "toeristenbelasting", "forensenbelasting",
                              "precariobelasting", "hondenbelasting", "overdrachtsbelasting",
                              "schenkbelasting", "dividendbelasting", "energiebelasting",
                              "parkeerbelasting", "reclamebelasting", "rioolbelasting",
                              "zuiveringsbelasting", "watersysteembelasting"],
                # name_heads: a capitalised compound inside a sentence with one of these heads is the
                # name of a place, an organisation or a programme ("bij het Omgevingsloket", "in de
                # Vlaanderenstraat"): the writer cannot split or rename it, so it is no finding
                "name_heads": ["straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dijk", "park",
                               "markt", "haven", "brug", "dreef", "steeg", "wijk", "buurt", "polder",
                               "loket", "fonds", "centrum", "dienst", "stichting", "vereniging", "huis",
                               "school", "theater", "museum", "bibliotheek", "kliniek", "ziekenhuis",
                               "bureau", "winkel", "raad", "commissie", "team", "bank", "academie",
                               "college", "instituut", "omroep", "krant", "toernooi", "festival",
                               "programma", "project", "pas", "punt", "plaza", "hal", "bad", "pad", "hof"]}
    doc = RuleDoc(
        what="Zoekt lange woorden, vaak samengestelde woorden.",
        why=(
            "Een lang woord leest langzaam. Lezers moeten het eerst in stukken hakken. "
            "Schrijf het woord als een paar losse woorden als dat kan."
        ),
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Lange samenstellingen'",
        bad="Uw parkeervergunningaanvraag is ontvangen.",
        good="Wij hebben uw aanvraag voor een parkeervergunning ontvangen.",
        exceptions=(
            "Namen, zoals 'het Omgevingsloket', invulvelden, adressen, internetadressen en "
            "e-mailadressen. Ook geen gewone samenstellingen van twee bekende woorden, zoals "
            "'parkeervergunning' en 'samenwerkingsafspraken', en mensen die iets gewoons doen, "
            "zoals 'verkeersregelaars'. "
            "Ook geen korte woorden van een gewone handeling met 'proces' of 'plan', zoals "
            "'betalingsproces'. "
            "Ook geen gewone namen van dingen en mensen, zoals 'bankafschrift', "
            "'toestemmingsformulier' en 'zorgmedewerker'. "
            "Ook geen gewone woorden als 'Nederlandstaligen'. "
            "Ook geen woord uit een naam met de afkorting erachter, zoals 'Tijdelijke "
            "overbruggingsregeling zelfstandig ondernemers (Tozo)', of met de afkorting ervoor, "
            "zoals 'de Tozo (Tijdelijke overbruggingsregeling zelfstandig ondernemers)'. "
            "Ook geen woord uit het nieuws sinds 2020 met een gewoon woord voor een ding erachter, "
            "zoals 'vaccinatiecijfers' (de instelling recent_words). "
            "Heeft een lang woord midden in de zin een hoofdletter, zoals 'de Scholierenvergoeding'? "
            "Dan is het een naam. Dan vraagt duidelijk om uit te leggen wat het is. "
            "Een streepje laat de delen al zien, zoals in 'natuurkunde-olympiade'. "
            "Maar een woord van drie of meer delen blijft lang, ook met streepjes ertussen, zoals "
            "'water-kwaliteits-meetnet'. "
            "Woorden met een schuine streep ertussen, zoals 'onvolledig/onjuist', zijn losse woorden. "
            "Is het woord de naam van een wet of regeling? Dan vraagt duidelijk om uit te "
            "leggen waar de regels over gaan. Is het de naam van een vergunning, toeslag, "
            "uitkering of belasting, zoals 'omgevingsvergunning'? Dan vraagt duidelijk om uit "
            "te leggen wat het is. De naam blijft zoals hij is."
        ),
    )

    def check(self, ctx: Context):
        seen: set[str] = set()
        flagged: set[str] = set()  # ``word_forms`` of the words flagged so far
        marked = ctx.shared.setdefault("word_findings", set())  # already flagged as jargon
        min_letters = self.options["min_letters"]
        doc = ctx.doc
        texts = token_table(doc).texts  # the token texts, read without a Token per token
        verdicts = self._verdicts()
        for sent in ctx.prose_sentences:
            for i in range(sent.start, sent.end):
                if len(texts[i]) < min_letters:
                    continue  # too short, whatever its letters
                tok = doc[i]
                letters = letter_count(tok.text)
                if letters < self.options["min_letters"] or tok.pos_ in {"PROPN", "X", "SYM"}:
                    continue
                if tok.like_url or tok.like_email or ctx.is_placeholder(tok) or tok.lower_ in seen:
                    continue
                forms = word_forms(tok.lower_)
                if not forms.isdisjoint(flagged):
                    continue  # another form of a word flagged before in the text: "dubbelinschrijvingen"
                    # and later "dubbelinschrijving" (one finding per word, as DD104 gives)
                if camel_case(tok.text):
                    continue  # a name: "MijnOverheidZakelijk", "CoronaCheck"
                if ctx.accepted(tok.text) or tok.i in marked:
                    continue
                seen.add(tok.lower_)
                if "/" in tok.text.strip("/"):
                    yield from self._slash_parts(ctx, tok, sent, seen, marked)
                    continue  # words joined by a slash are loose words ("onvolledig/onjuist")
                if "-" in tok.text.strip("-") and not any(self._long_part(p, tok.pos_) for p in tok.text.split("-")
                                                          if not p[:1].isupper() or p == tok.text.split("-")[0] == sent[0].text) \
                        and not self._hyphened_chain(verdicts, tok.lower_, tok.pos_, tok.text[1:] == tok.lower_[1:] and (tok.i == sent.start or tok.text[:1].islower())):
                    continue  # the hyphen already shows the parts ("FARC-woordvoerder",
                    # "natuurkunde-olympiade"), and none is a long word of its own; a part with
                    # a capital is a name ("Bankgiroloterij-ploeg")
                if self._place_name(tok.text, tok.i > sent.start):
                    continue  # the name of a place or an organisation ("het Omgevingsloket",
                    # "de Vlaanderenstraat": the first part may be a name the word list lacks)
                if self._named_with_short_form(tok, sent):
                    continue  # a word of a name the text gives its short form for: "Tijdelijke
                    # overbruggingsregeling zelfstandig ondernemers (Tozo)"
                if self._in_name(tok, sent):
                    continue  # part of a name of several capitalised words ("de Spaanse
                    # Successieoorlog", "Belgische Sportpersoonlijkheid van het Jaar")
                # the verdict on the word by itself (form, lemma, part of speech), once per
                # distinct word per process (``word_verdict``)
                key = (tok.lower_, tok.lemma_, tok.pos_)
                long = verdicts.get(key)
                if long is None:
                    # the verdict reads the lemma in lower case only: a word met before with
                    # another such lemma ("Verkeersveiligheid", "verkeersveiligheid") has it
                    lower_key = (key[0], key[1].lower(), key[2])
                    long = verdicts.get(lower_key)
                    if long is None:
                        long = verdicts[lower_key] = self.first_verdict(*key)
                    verdicts[key] = long
                if not long:
                    continue  # an everyday word or compound
                official = official_short_form(tok)
                if official and short_form_beside(tok, official[0]):
                    continue  # "burgerservicenummer (BSN)": the name with its short form
                if official and _in_label_row(ctx.text, tok):
                    continue  # "Voornamen, Achternaam, Burgerservicenummer, Geboortedatum": a label
                parts = _parts(tok.lower_)
                marked.add(tok.i)
                before = tok.doc[tok.i - 1].text if tok.i > sent.start else ""
                msg = self._message(tok.text, letters, tok.pos_, parts, sent, before, official)
                flagged.update(forms)
                yield self.span_finding(ctx, tok, msg)

    def _message(self, text: str, letters: int, pos: str, parts: tuple[str, ...], sent, before: str,
                 official: tuple | None = None) -> str:
        """What DD105 says of a long word ``text`` (a token, or a part of words joined by a
        slash): a law or rule, a product or tax, a fixed name with a short form, a name by its
        capital, a compound to write as loose words, or else a shorter word. ``before`` is the
        text of the token before it ("/" for a part after a slash), "" at the start of the
        sentence."""
        low = text.lower()
        if self._regulation_name(text, before, sent, parts):
            return (
                f"'{text}' is de naam van een wet of regeling. Die naam blijft zoals hij is. "
                f"Zeg er in gewone woorden bij waar de regels over gaan."
            )
        if kind := self._product(low):
            shown = reader_parts(low, parts)
            named = ": '" + "' + '".join(shown) + "'" if shown else ""
            return (
                f"'{text}' is een lang woord ({letters} letters{named}). Het is de naam van "
                f"{kind}. Die naam blijft zoals hij is. Zeg er in gewone woorden bij wat het is."
            )
        if official:
            short, plain = official
            return (
                f"'{text}' is een lang woord ({letters} letters). Het is een vaste naam, met de korte "
                f"vorm '{short}'. Die naam blijft zoals hij is." + (
                    f" Zeg er de eerste keer bij wat het is: {plain}." if plain else
                    " Zeg er de eerste keer bij wat het is.")
            )
        if self._capitalised_inside(text, before):
            return (
                f"'{text}' is een lang woord ({letters} letters). Met de hoofdletter is het "
                f"een naam. Die naam blijft zoals hij is. Zeg er in gewone woorden bij wat het is."
            )
        if (shown := reader_parts(low, parts)) and not self._function_word(pos, parts):
            named = "' + '".join(shown)
            return (
                f"'{text}' is een lang woord ({letters} letters). Het bestaat uit "
                f"'{named}'. Schrijf het met een paar losse woorden, of leg het uit."
            )
        return f"'{text}' is een lang woord ({letters} letters). Kies een korter woord of leg het uit."

    def _slash_parts(self, ctx: Context, tok, sent, seen: set[str], marked: set[int]):
        """Words joined by a slash ("onvolledig/onjuist", "illustraties/tekenstijl",
        "oprichtingsakte/statuten") are loose words, each read by itself: their letters
        together make no long word. A part that is a long word of its own is one, on that
        part alone, and DD105 says of it what it says of that word alone (``_message``: the
        name of a permit or tax, a law, a name by its capital); a name the word ends in
        ("Wijkbeheer/Stadsreiniging") is let be, as alone."""
        offset = tok.idx
        pos = tok.pos_ if tok.pos_ in {"NOUN", "ADJ"} else "NOUN"
        for n, part in enumerate(tok.text.split("/")):
            start, offset = offset, offset + len(part) + 1
            low = part.lower()
            if letter_count(part) < self.options["min_letters"] or not part.isalpha() or low in seen:
                continue
            if ctx.accepted(part):
                continue
            before = "/" if n else (tok.doc[tok.i - 1].text if tok.i > sent.start else "")
            if self._place_name(part, bool(before)):
                continue  # the name of a place or an organisation, as in the main loop
            seen.add(low)
            if not self._long_part(low, pos):
                continue
            marked.add(tok.i)
            yield self.finding(ctx, start, start + len(part),
                               self._message(part, letter_count(part), pos, compound_parts(low), sent, before))

    def _hyphened_chain(self, verdicts: dict, low: str, pos: str, small: bool) -> bool:
        """Is a noun joined with hyphens ("risico-inschattingsgetal", "veiligheids-controle-
        algoritme") a long chain all the same? A hyphen between two vowels or in a long compound
        is only spelling: the reader still reads one word of several parts. It is, when the
        word is in small letters (``small``: no capital after the first letter), of letters
        only, with no piece of one letter ("e-mandaat") or a prefix ("niet-", "ex-") and no "en",
        "of" between pieces ("wijk-en-buurtteam": ``_CHAIN_JOINERS``), and
        written as one word it is a long word (``word_verdict``), with three pieces or more,
        or a piece of ``_CHAIN_PIECE`` letters or more that is itself a compound the reader
        splits ("inschattingsgetal": no ``_one_unit``). Two everyday words stay quiet
        ("natuurkunde-olympiade", "ziekte-uitkering"), and so does a short piece after two
        words of equal rank ("ouder-kindrelatie": the bond of parent and child). Kept in
        ``verdicts`` (``_verdicts``) under the key (word, "-", part of speech)."""
        if pos != "NOUN" or not small:
            return False
        key = (low, "-", pos)
        found = verdicts.get(key)
        if found is None:
            found = verdicts[key] = self._chain_verdict(low, pos)
        return found

    def _chain_verdict(self, low: str, pos: str) -> bool:
        """``_hyphened_chain`` of a noun in small letters, worked out."""
        pieces = low.split("-")
        if len(pieces) < 2 or any(
                len(p) < 2 or not p.isalpha() or p in _HYPHEN_PREFIXES or p in _CHAIN_JOINERS for p in pieces[:-1]) \
                or not pieces[-1].isalpha():
            return False
        joined = "".join(pieces)
        if letter_count(joined) < self.options["min_letters"] or not self.word_verdict(joined, joined, pos):
            return False
        return len(pieces) > 2 or any(len(p) >= _CHAIN_PIECE and not self._one_unit(p) for p in pieces)

    def _place_name(self, text: str, inside: bool) -> bool:
        """Is a word with one capital, inside a sentence (``inside``), the name of a place or an
        organisation: a compound with a head of ``name_heads`` after at least three letters?"""
        low = text.lower()
        return inside and text[:1].isupper() and text[1:].islower() and any(
            low.endswith(head) and len(low) - len(head) >= 3 for head in self.options["name_heads"])

    def word_verdict(self, low: str, lemma_: str, pos: str) -> bool:
        """Is a word of at least ``min_letters`` letters a long word for the reader by itself,
        wherever it stands: no everyday word or compound (``_long_part``)? What only the word
        decides (``low``, ``lemma_``, ``pos``: the token's ``lower_``, ``lemma_`` and ``pos_``);
        the check asks its place in the text (a name, a hyphen ...) apart. A word with the
        typographic apostrophe has the verdict of the word with the straight one
        ("jeugdprogramma’s" as "jeugdprogramma's")."""
        if "’" in low:
            low, lemma_ = low.replace("’", "'"), lemma_.replace("’", "'")
        parts = _parts(low)
        if pos == "VERB" and lemma_.lower() == low and not exists(low) and len(parts) > 1:
            pos = "NOUN"  # a plural compound noun the tagger took for a verb ("brandtechnieken")
        elif pos == "ADV" and self._noun_compound(parts):
            pos = "NOUN"  # a compound noun the tagger took for an adverb ("het
            # toestemmingsformulier", "Regeling zorgmedewerkers")
        long = self._long_part(low, pos, lemma_.lower().replace("_", ""), parts)
        if long and len(parts) == 1 and low.isalpha() and zipf(low) <= 0 and not exists(low):
            # a word of letters only that Dutch text does not use and the splitter cannot read (a
            # hyphen is no slip: "mede-ondertekenverzoek" keeps its verdict): a slip of an
            # everyday compound is no long word ("electriciteitskabels", "hoormoontherapie"),
            # as DD104 lets a slip of a common word be; writing it as loose words is no help
            pos = pos if pos in {"NOUN", "ADJ"} else "NOUN"
            return not any(len(found := compound_parts(v)) > 1 and not self._long_part(v, pos, v, found)
                           for v in keystroke_slips(low, c_as_k=True))
        return long

    def first_verdict(self, low: str, lemma_: str, pos: str) -> bool:
        """``word_verdict`` of a word this process meets for the first time with these
        settings: from the shipped table of verdicts (``verdict_table``) once the process has
        opened it for DD104 (after ``verdict_table.SHIPPED_AFTER`` new words) and when it holds
        the word and was made for these settings, data and code; else worked out."""
        from duidelijk import verdict_table
        from duidelijk.rules import difficult_words

        if "’" in low:  # the verdict of the word with the straight apostrophe (``word_verdict``)
            low, lemma_ = low.replace("’", "'"), lemma_.replace("’", "'")
        if difficult_words._judged >= verdict_table.SHIPPED_AFTER:
            shipped = verdict_table.long_verdicts_for(self._settings())
            if shipped is not None:
                found = shipped.long(low, lemma_, pos)
                if found is not verdict_table.MISSING:
                    return found
        return self.word_verdict(low, lemma_, pos)

    def _settings(self) -> str:
        """The key of these settings (``settings_key``), made once per rule object."""
        key = self.__dict__.get("_settings_key")
        if key is None:
            key = self._settings_key = settings_key(self.options)
        return key

    def _verdicts(self) -> dict:
        """The per-process cache of ``word_verdict`` for these settings: (lower, lemma, part
        of speech) -> long or not."""
        key = self._settings()
        found = _verdicts.get(key)
        if found is None or len(found) > _VERDICTS_LIMIT:
            if found is None and len(_verdicts) >= _SETTINGS_LIMIT:
                _verdicts.clear()  # a server that checks with many settings keeps only the latest few
            found = _verdicts[key] = {}
        return found

    def _one_unit(self, part: str) -> bool:
        """Is a compound part one unit for the reader: no compound itself ("vaccinatie"), or an
        everyday word of its own ("huisarts", "ziekenhuis": ``transparent_zipf``)? Not a
        compound that text rarely uses as a word ("energiebesparings"): the reader splits it
        too, and reads a chain of three."""
        return len(compound_parts(part_word(part))) == 1 or word_zipf(part) >= self.options["transparent_zipf"]

    def _plain_first(self, word: str, part: str) -> bool:
        """May a compound with an everyday abstract head ("gegevens", "informatie") be read
        by its parts: at most ``named_max_letters`` letters, and a first part that is no
        action or quality ("huisarts", "ziekenhuis", "vaccinatie" as a thing)? Not
        "handhavingsgegevens", "uitkeringsgegevens", "beschikbaarheidsgegevens",
        "verantwoordelijkheidsinformatie": "informatie over de toegankelijkheid" is the plain
        version. (-atie is an action too: "vaccinatiegegevens" stays; "vaccinatiebewijs" is a
        named thing.)"""
        if letter_count(word) > self.options["named_max_letters"]:
            return False
        first = part_word(part)
        return not any(_abstract_derivation(f) for f in {first, part.removesuffix("s")})

    @staticmethod
    def _noun_compound(parts: tuple[str, ...]) -> bool:
        """Do the parts make a compound noun: two or more, with a head in LiNT-II's noun list
        ("formulier", "medewerkers")? Not an adverb made of pieces ("achtereen" + "volgens")."""
        return len(parts) > 1 and not starts_with_prefix(parts) and any(
            noun_class(c) for c in {parts[-1], *lemma_candidates(parts[-1])[1:]})

    @staticmethod
    def _function_word(pos: str, parts: tuple[str, ...]) -> bool:
        """An adverb or other function word made of pieces, with a function word as its last
        piece ("achtereen" + "volgens"): no compound of loose words, so it needs another word,
        not a split. The tag alone is not enough: the tagger calls some nouns adverbs."""
        head = part_word(parts[-1])
        return pos in {"ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET"} and zipf(head) >= 5.0 \
            and not noun_class(head)

    def _long_part(self, word: str, pos: str, lemma: str = "", parts: tuple[str, ...] | None = None) -> bool:
        """Is ``word`` (lower case) a long word for the reader: long enough, and no everyday word
        or compound? A diminutive ("slachtoffertjes") is as familiar as its base word."""
        word = word.lower().replace("’", "'")  # "programma’s" is "programma's"
        if letter_count(word) < self.options["min_letters"]:
            return False
        lemma = lemma or word
        parts = parts if parts is not None else compound_parts(word)
        if pos == "NOUN" and self._named_thing(word, lemma, parts):
            return False  # the everyday name of a thing or a person: "bankafschriften"
        familiar = self.options["familiar_zipf"]
        if pos in {"VERB", "ADJ"} and lemma != word and lemma.endswith("n"):  # an infinitive
            particle = next((p for p in TRANSPARENT_PARTICLES if lemma.startswith(p) and len(lemma) > len(p) + 3), "")
            if max(lemma_zipf(lemma, "VERB"), lemma_zipf(lemma[len(particle):], "VERB") if particle else 0.0) >= familiar:
                return False  # a form of a verb Dutch text uses often, also one the word list
                # lacks ("achterblijvende": "achterblijven"), or of a common verb with a particle
                # that keeps its meaning ("achteruitgegaan": "gaan" + back)
        if pos in {"ADJ", "NOUN"} and word.endswith(("e", "en")) and any(
                c.endswith(ADJECTIVE_ENDINGS) and zipf(c) >= familiar for c in lemma_candidates(word)[1:]):
            return False  # an everyday adjective used as a noun ("Nederlandstaligen": de
            # "nederlandstalige" mensen), also when the word list lacks its base form
        pair = parts[1:] if len(parts) == 3 and parts[0] in NUMBERS else parts
        # a number is no obstacle: "vierlandentoernooi" is read as "landen" + "toernooi"
        if (len(parts) <= 3 and familiarity(word, lemma, pos) >= familiar
                and not (self.options["novel_abstract"] and len(parts) == 2 and pos == "NOUN"
                         and novel_abstract(word, lemma, parts[-1], sequence=False,
                                            either_sense=not thing_first(parts[0]))
                         and not (everyday_head(list(lemma_candidates(parts[-1])))
                                  and self._one_unit(parts[0]) and self._plain_first(word, parts[0])))
                and not (pos == "NOUN" and self.options["measure_heads"] and measure_compound(word, lemma))
                and not (pos == "NOUN" and self.options.get("frame_heads", False) and frame_compound(word, lemma))):
            return False  # (a new compound of two words whose head is an everyday abstract word
            # of speech, "bewijs", "regels", "gegevens", says what it is by its parts, as
            # ``familiarity`` reads it: "vaccinatiebewijs", "huisartsgegevens"; not a chain of
            # three, "energiebesparings" + "onderzoek")
        if pos == "NOUN" and 2 <= len(parts) <= 3 and zipf(word) >= self.options["whole_zipf"] \
                and not starts_with_prefix(parts):
            # a compound of everyday words that Dutch text often uses as a whole, known as one
            # name of a thing ("ziektekostenverzekering", "kinderdagverblijf" = "kinder" + "dag" +
            # "verblijf")
            words = [q for p in parts for q in (compound_parts(p) if familiarity(p, p, pos) < familiar else (p,))]
            if len(words) <= 3 and all(familiarity(part_word(q), part_word(q), "NOUN") >= familiar for q in words):
                return False
        if pos == "NOUN" and self.options["recent_words"] and self._recent_compound(word, lemma):
            return False  # a word of the news since 2020 and an everyday thing: "vaccinatiecijfers"
        if pos == "NOUN" and self._transparent(pair):
            return False  # two everyday words for things or kinds: "kloostertraditie", also when
            # one of them is an everyday compound itself ("provincie" + "hoofdplaats")
        if pos == "NOUN" and len(parts) == 2 and self._action_pair(word, parts):
            return False  # a short compound of two everyday nouns, an action and a thing or a
            # frame it happens in: "registratieproces", "verzorgingscontract"
        if pos == "NOUN" and len(parts) == 2 and self._everyday_agent(*parts):
            return False  # a person named by an everyday verb and what it is about:
            # "verkeersregelaars" (they regulate traffic), "parkeercontroleurs"
        base = diminutive_base(word) if pos == "NOUN" else ""
        if base and familiarity(base, base, "NOUN") >= familiar:
            return False
        rest = number_rest(word) if pos == "NOUN" else ""
        # read without its number: "eengezinswoningen" is "gezinswoningen" with "een" before it
        # (last: a word whose first part is a word with a number in it, "driehoek" +
        # "verhoudingen", is judged above as it stands)
        return not rest or self._long_part(rest, pos, rest)

    def _recent_compound(self, word: str, lemma: str) -> bool:
        """Is a noun a compound of two parts, a word of daily life since 2020 and one everyday
        word for a thing or a kind (``recent_words``)? The frequency lists were gathered
        before 2020: they rate "vaccinatie" and "corona" rare and lack their compounds, while
        the news made such compounds daily ("vaccinatiecijfers", "lockdownmaatregelen"). The
        head must be one unit (``_one_unit``) that readers know as well as the parts of a
        transparent compound (``transparent_zipf``) and name no action or quality: with an
        action the reader must still relate two doings ("coronabestrijding")."""
        from duidelijk.rules.difficult_words import recent_compound

        bar = self.options["transparent_zipf"]
        return recent_compound(word, "NOUN", lambda head: self._one_unit(head) and not action_or_quality(head)
                               and familiarity(head, head, "NOUN") >= bar)

    def _named_thing(self, word: str, lemma: str, parts: tuple[str, ...]) -> bool:
        """Is a compound the everyday name of a thing or a person (``named_thing``) that
        readers can know: each part a word Dutch text uses (``named_part_zipf``: "bank" +
        "afschriften", "vaccinatie" + "bewijs"), or a rare part that Dutch text mostly uses in
        this very name, the whole clearly more common than that part ("eiken" +
        "processierups": the name of the caterpillar)? A rare part in a name that is rare
        too ("procuratiehouder", "aardlekschakelaar") or not clearly more common than its part
        ("zedendelinquent", "bijstandsgerechtigde") stays a long word: its part is the
        obstacle. A name of more than two parts or more than ``named_max_letters`` letters is
        long all the same ("afvalverbrandingsinstallatie", "hoogwaardigheidsbekleder")."""
        if not (self.options["named_things"] and len(parts) <= 2
                and letter_count(word) <= self.options["named_max_letters"] and named_thing(word, lemma)):
            return False
        rarest = min(max(word_zipf(p, i == len(parts) - 1), zipf(part_word(p)), zipf(p)) for i, p in enumerate(parts))
        if rarest >= self.options["named_part_zipf"]:
            return True
        whole = max(zipf(word), zipf(lemma))
        return whole >= FALLBACK_ZIPF - NAMED_WHOLE_SLACK and whole >= rarest + NAMED_WHOLE_SLACK

    def _transparent(self, parts: tuple[str, ...]) -> bool:
        """Is a compound read at once from two everyday words for things or kinds (no action
        or quality)? The two words are its two parts, or for three parts a part and a
        compound of the other two that Dutch text uses ("provincie" + "hoofdplaats", "wereld"
        + "marktleider"). A word that is itself a compound adds reading work: its own parts
        must be more familiar (``inner_zipf``), and the head must name a concrete thing or a
        person: three parts with an abstract head ("autoverkeersstructuren",
        "basispolitiezorg") ask too much."""
        if len(parts) == 2:
            # the split may have joined the wrong two: "tennis" + "clubvoorzitter" is also
            # "tennisclub" + "voorzitter"
            groupings = [(parts, False)] + [
                (g, True) for flat in ((parts[0], *compound_parts(parts[1])), (*compound_parts(parts[0]), parts[1]))
                if len(flat) == 3 for g in self._groupings(flat)]
        elif len(parts) == 3:
            groupings = [(g, True) for g in self._groupings(parts)]
        else:
            return False
        bar = self.options["transparent_zipf"]
        for (first, head), three in groupings:
            if starts_with_prefix((first, head)):
                continue
            if action_or_quality(first, first=True) and (
                    three or word_zipf(first) < self.options["action_first_zipf"] or action_or_quality(head)
                    or not abstract(head)):
                continue  # an action as the first part asks the reader to work out who does
                # what ("verblijfskwaliteit", "omgevingsmanager"), unless it is a very common
                # word of its own (``action_first_zipf``), before an abstract noun that
                # names no action: "samenwerkings" + "afspraken" (afspraken over samenwerking),
                # "beveiligings" + "redenen"
            if action_or_quality(head):
                if three or not self._everyday_action(first, head):
                    continue
                if self._doing_or_place(first):
                    return True  # an everyday action for a doing or in a place: "beweegactiviteiten"
            (first_zipf, first_inner), (head_zipf, head_inner) = self._unit_zipf(first, False), self._unit_zipf(head, True)
            if min(first_zipf, head_zipf) >= bar and not ((three or first_inner or head_inner) and abstract(head)):
                return True
        return False

    def _action_pair(self, word: str, parts: tuple[str, ...]) -> bool:
        """Is a compound of two parts read at once although its first part names an action
        (``action_or_quality``: "registratie", "verzorging", "inschrijving"), below the
        ``action_first_zipf`` of a very common one? It is when the word is short (at most
        ``action_pair_letters`` letters: the reader takes it in at a glance), both parts are
        everyday nouns (``action_pair_zipf``), each one unit (``_one_unit``), and the head is
        an abstract noun that names no action or quality but a frame the action fills
        ("proces", "contract", "besluit", "gegevens"): the reader adds the two words up, "het
        proces van de registratie". The head is a word of speech too (``action_pair_spoken_zipf``):
        a head of written Dutch ("status", "datum", "gegevens") leaves the reader to work out
        the whole ("registratiestatus", "uitkeringsgegevens"). Not a head that names a thing or a person ("omgevings" +
        "manager": who does what is left open), a quality as the first
        part ("kwaliteits" + "instrument", "veiligheids": a quality to relate, no doing), a
        rare part ("facturatie" + "gegevens": the part is the obstacle), an action head
        ("gegevens" + "verwerking", "risico" + "classificatie": two doings or a Latin action
        to relate), nor three parts or a longer word ("uitkerings" + "specificatie")."""
        if len(parts) != 2 or letter_count(word) > self.options["action_pair_letters"] or starts_with_prefix(parts):
            return False
        first, head = parts
        if not action_or_quality(first, first=True) or action_or_quality(head) or not abstract(head):
            return False  # (a thing or a person as head leaves open who does what:
            # "omgevingsmanager", as for ``action_first_zipf``)
        if any(f.endswith(("heid", "heden", "iteit", "iteiten")) for f in {first, part_word(first), first[:-1]}):
            return False  # a quality, made from an adjective: "kwaliteits", "veiligheids"
        bar = self.options["action_pair_zipf"]
        if not (word_zipf(first) >= bar and word_zipf(head, True) >= bar and all(self._one_unit(p) for p in parts)):
            return False  # (a part that is a compound the reader splits too makes a chain of
            # three: ``_one_unit``)
        from duidelijk.subtlex import spoken_lemma_zipf

        heads = [head] if head in PLURAL_PARTS else lemma_candidates(head)  # "gegevens" (data) is no
        # plural of "gegeven", which speech uses as a participle
        if max(spoken_lemma_zipf(c, "NOUN") for c in heads) < self.options["action_pair_spoken_zipf"]:
            return False  # a head of written Dutch: "registratiestatus", "inschrijvingsdatum"
        firsts = {first, part_word(first), *lemma_candidates(part_word(first))}
        if max(spoken_lemma_zipf(c, "NOUN") for c in firsts) < self.options.get("action_pair_first_spoken_zipf", 0):
            return False  # an action of written Dutch: "aanbestedingsproces", "heffingsbesluit"
        return not (self.options.get("frame_heads", False) and frame_compound(word, word))

    def _everyday_action(self, first: str, head: str) -> bool:
        """Is a compound with an action or quality head read at once because the head is an
        everyday word and the first part a thing or a person it is about ("voorzitter" +
        "verkiezing": the chair is elected; "teken" + "kwaliteiten", "zetel" + "meerderheid")?
        With an abstract first part the reader must work out two abstractions and how they
        relate ("onderhoud" + "inspectie", "contact" + "mogelijkheid"), except when the head is
        a noun of action in -ing and the first part is what it is done to ("afspraak" +
        "bevestiging": de afspraak bevestigen)."""
        if word_zipf(head, True) < self.options["action_head_zipf"]:
            return False
        if self._doing_or_place(first):
            # not a Latin action noun (as below), nor a quality made from an adjective: a
            # doing and a quality must be related by the reader ("aanmeldmogelijkheid": the
            # possibility to sign up)
            return not any(h.endswith(("tie", "ties", "sie", "sies", "heid", "heden")) for h in {head, part_word(head)}) \
                and not (first not in TRANSPARENT_PARTICLES and (separable(stem_verb(first)) or _prefixed_action(head)))
            # nor, after a verb stem, a stem of a particle verb, two words in one ("inschrijf"
            # + "verplichting"), or a noun of action of a verb with a prefix, a derivation of a
            # derivation: the reader must work out how a doing relates to the duty or the act
            # ("betaalverplichtingen": the duty to pay; "betaalbevestiging")
        if word_zipf(first) < self.options["transparent_zipf"]:
            return False
        if any(h.endswith(("tie", "ties", "sie", "sies")) for h in {head, part_word(head)}):
            return False  # a Latin action noun is of written Dutch: "woningproductie" (building
            # homes), "bewonersparticipatie"
        if part_word(first) in sequence_parts():
            return False  # a part that says where in a course the action comes names nothing it
            # is about: "vervolgbeschikking" is the next decision, no decision about a "vervolg"
        firsts = {first, part_word(first)} | ({first[:-1]} if first.endswith("s") and len(first) > 4 else set())
        if any(noun_class(c) in {"c", "u"} for c in firsts):
            return True
        # an everyday abstract noun before a noun of action in -ing names what the action is
        # done to: "kentekenwijziging" is "het kenteken wijzigen", "afspraakbevestiging" "de
        # afspraak bevestigen", a verb and its object the reader knows. Not a noun that is an
        # action or a quality itself ("regelgevings" + "aanpassing", "doelstellings" +
        # "wijziging": two abstractions to relate), nor a quality or a Latin noun as head
        # ("contactmogelijkheid", "onderhoudsinspectie": above). Nor a head that names a thing
        # as well (LiNT-II's class "u": "vestiging" a branch, "instelling"): its frequency is
        # the thing's, and the reader must find the rarer action, often of a field
        # ("hypotheekvestiging": een hypotheek vestigen)
        return head.endswith(("ing", "ingen")) and _verb_noun(head) \
            and all(noun_class(h) in {"a", None} for h in {head, part_word(head), *lemma_candidates(head)[1:]}) \
            and any(noun_class(c) == "a" and not _abstract_derivation(c) for c in firsts) \
            and not firsts & officialese_words()
        # (nor a first part DD103 calls officialese: "voorschriftwijziging", "vonnisuitvoering"
        # ask the reader for the hard word first)

    def _doing_or_place(self, first: str) -> bool:
        """Is the first part of a compound with an everyday action head the stem of an
        everyday verb ("beweeg" in "beweegactiviteiten": activities to move; "betaal" in
        "betaalmogelijkheden") or a particle of place ("binnen" in "binnenactiviteiten",
        "buiten", "thuis")? It says what the action is for or where it is, as plainly as a
        thing would: no abstract noun the reader must relate to the head. A noun is not read
        as a stem ("wens"); a stem with a prefix of its own ("verblijf") is an action
        (``action_or_quality``)."""
        if first in TRANSPARENT_PARTICLES:
            return True
        verb = stem_verb(first)
        return bool(verb) and not action_or_quality(first, first=True) \
            and lemma_zipf(verb, "VERB") >= self.options["action_head_zipf"]

    def _everyday_agent(self, first: str, head: str) -> bool:
        """Is the head a person named after an everyday verb ("regelaar": regelen,
        "controleur": controleren, "zoekende": zoeken; the verb at least ``action_head_zipf``)
        and the first part an everyday noun or the stem of an everyday verb ("verkeer",
        "parkeer")? The reader reads it as "who does what": "verkeersregelaars",
        "parkeercontroleurs", "woningzoekenden". An abstract first part ("contact",
        "onderhoud") makes it no everyday word, as for an action head."""
        bar = self.options["action_head_zipf"]
        verbs = set()
        for w in {head, part_word(head), *lemma_candidates(head)[1:]}:
            if w.endswith("aar") and w[:-3].endswith(("el", "er", "en", "ig")):
                verbs.add(w[:-3] + "en")  # "regelaar", "luisteraar", "tekenaar"; not "gevaar"
            elif w.endswith("eur") and len(w) >= 7:
                verbs.add(w[:-3] + "eren")  # "controleur"; not "deur", "kleur"
            elif w.endswith("er") and len(w) > 4:
                verbs |= {w[:-2] + "en", w[:-3] + "en"}  # "gebruiker", "bezoeker" (and, alas,
                # "letter" of "letten": no form tells a thing from a person here)
            elif w.endswith("ende") and len(w) > 6:
                verbs.add(w[:-4] + "en")
        if not any(exists(v) and lemma_zipf(v, "VERB") >= bar for v in verbs):
            return False
        if action_or_quality(first, first=True) or starts_with_prefix((first, head)):
            return False
        if any(noun_class(c) == "a" for c in {first, part_word(first)}):
            return False
        stem_verbs = verb_lemmas(first) if not noun_class(part_word(first)) else set()
        familiar = self.options["transparent_zipf"]
        return word_zipf(first) >= familiar or any(lemma_zipf(v, "VERB") >= familiar for v in stem_verbs if exists(v))

    @staticmethod
    def _groupings(parts: tuple[str, ...]) -> list[tuple[str, str]]:
        """The two ways to read three parts as two words."""
        return [(parts[0] + parts[1], parts[2]), (parts[0], parts[1] + parts[2])]

    def _unit_zipf(self, unit: str, head: bool) -> tuple[float, bool]:
        """How familiar one of the two words of a compound is: as a noun of its own, or as a
        compound of two parts that Dutch text uses ("hoofdplaats", "zaalvoetbal"), by the less
        familiar of its parts; and whether it was read as such a compound."""
        score = word_zipf(unit, head)
        word = part_word(unit)
        if verb_lemmas(word) and not noun_class(word):
            return score, False  # a verb stem ("parkeer" in "parkeerbehoefte" is no "park" + "eer")
        inner = compound_parts(word)
        if len(inner) == 2 and not starts_with_prefix(inner) and max(
                [zipf(unit), zipf(word)] + [zipf(c) for c in lemma_candidates(unit)[1:]]) >= FALLBACK_ZIPF \
                and not action_or_quality(inner[0], first=True):
            # the head as it stands: "buiter" is no "buit"
            parts_zipf = min(word_zipf(inner[0]), word_zipf(inner[1]))
            if parts_zipf >= self.options["inner_zipf"] and parts_zipf > score:
                return parts_zipf, True
        return score, False

    @staticmethod
    def _capitalised_inside(text: str, before: str) -> bool:
        """A word with a capital inside a sentence, not after a colon, a quote or a bracket:
        the name of a programme, a product or a plan ("de Scholierenvergoeding", "een
        Energiebespaarlening"). The writer cannot split a name into loose words, only say
        what it is. Not a word the dictionary has. ``before``: the text of the token before
        ("" at the start of the sentence)."""
        if not before or not (text[:1].isupper() and text[1:].islower()):
            return False
        if exists(text.lower()):
            return False  # a word of the dictionary with a capital, as letters often write
            # ordinary nouns ("de Bijstandsgerechtigden"): no name
        if plural_compound(text.lower()):
            return False  # a name is of one thing: a compound in the plural is an ordinary noun
            # with a capital ("de gebruikers van Jeugdhulpvoorzieningen")
        return before not in {":", ".", "!", "?", "\"", "'", "(", ")", "«", "-", "–", "•", "*", "“", "‘"} and not before.isspace()

    @staticmethod
    def _named_with_short_form(tok, sent) -> bool:
        """Is the word part of a name whose short form follows in brackets, made of the first
        letters of the name's words ("Tijdelijke overbruggingsregeling zelfstandig ondernemers
        (Tozo 1, 2, 3 en 4)", "Wet maatschappelijke ondersteuning (Wmo)")? The reader knows
        the thing by that name and its short form; the writer cannot split it, and the long
        word in it is no obstacle of its own."""
        doc = tok.doc
        if LongWord._name_after_short_form(tok, sent):
            return True
        bracket = next((j for j in range(tok.i + 1, min(sent.end, tok.i + MAX_NAME_WORDS + 1)) if doc[j].text == "("), None)
        if bracket is None or bracket + 1 >= sent.end:
            return False
        short = doc[bracket + 1].text
        if not (short.isalpha() and 2 <= len(short) <= MAX_NAME_WORDS and short[:1].isupper()):
            return False
        words = [t for t in doc[tok.i : bracket] if not t.is_punct]
        if any(t.is_punct for t in doc[tok.i : bracket]) or len(words) > len(short):
            return False  # no comma or other mark inside a name
        first = bracket - len(short)
        if first < sent.start or first > tok.i:
            return False
        named = [t for t in doc[first:bracket]]
        return all(t.is_alpha for t in named) and "".join(t.text[0] for t in named).lower() == short.lower()

    @staticmethod
    def _name_after_short_form(tok, sent) -> bool:
        """Is the word part of a name written out in brackets right after its short form, the
        other order of ``_named_with_short_form`` ("KIK (Ketenintegratie Inschrijving
        Kadaster)"): the bracket holds only the name, whose words' first letters make the short
        form before it? The bracket already explains the short form by the name it stands for."""
        doc = tok.doc
        opening = next((j for j in range(tok.i - 1, max(sent.start, tok.i - MAX_NAME_WORDS) - 1, -1)
                        if doc[j].text in {"(", ")"}), None)
        if opening is None or doc[opening].text != "(" or opening - 1 < sent.start:
            return False
        closing = next((j for j in range(tok.i + 1, min(sent.end, opening + MAX_NAME_WORDS + 2)) if doc[j].text == ")"), None)
        if closing is None:
            return False
        short, named = doc[opening - 1].text, list(doc[opening + 1 : closing])
        if not (short.isalpha() and short[:1].isupper() and len(short) == len(named) >= 2):
            return False
        return all(t.is_alpha for t in named) and "".join(t.text[0] for t in named).lower() == short.lower()

    @staticmethod
    def _in_name(tok, sent) -> bool:
        """A capitalised word inside a sentence right after another capitalised word that is
        no first word: together the name of an event, a prize or a title."""
        if not (tok.text[:1].isupper() and tok.text[1:].islower()) or tok.i < sent.start + 2:
            return False
        prev = tok.doc[tok.i - 1]
        return prev.is_alpha and prev.text[:1].isupper() and prev.text[1:].islower() and \
            tok.doc[tok.i - 2].text not in {":", ".", "\"", "'", "(", "«", "-"}

    def _product(self, word: str) -> str:
        """What a long word names: "een belasting" for one of ``tax_names``
        ("onroerendezaakbelasting"), else the kind of its head when it ends in one of
        ``product_heads`` ("omgevings" + "vergunning": "een vergunning"; also a plural,
        "toeslagen"), else ""."""
        heads = self.options["product_heads"]
        taxes = self.options["tax_names"]
        for form in (word, *lemma_candidates(word)[1:]):
            if form in taxes:
                return "een belasting"
            for head, kind in heads.items():
                if form.endswith(head) and len(form) - len(head) >= 3:
                    return kind
        return ""

    def _regulation_name(self, text: str, before: str, sent, parts: tuple[str, ...]) -> bool:
        """A compound whose head names a law or rule, used as a name: with a capital inside a
        sentence ("volgens de Afvalstoffenverordening"), after "de"/"het" ("van het
        activiteitenbesluit") or in a sentence that cites an article ("artikel 2.15 lid 5
        activiteitenbesluit"). A name cannot be split; "een nieuwe afvalstoffenverordening"
        is a common noun and can."""
        if len(parts) < 2 or part_word(parts[-1]) not in set(self.options["regulation_heads"]):
            return False
        if not before:
            return False  # every first word has a capital ("" before it: the start of the sentence)
        if text[:1].isupper() and text[1:].islower():
            return True
        return before.lower() in {"de", "het"} or any(t.lower_ in {"artikel", "art."} for t in sent) or any(
            t.lower_ == "lid" and t.i + 1 < sent.end and t.nbor().like_num for t in sent)
        # ("15 lid 1 activiteitenbesluit": a citation whose "artikel 2." the sentence split
        # took away; "lid" before a number is the paragraph of an article)


def settings_key(options: dict) -> str:
    """The key of DD105's settings, as the verdict cache and the shipped table
    (``verdict_table``) name them."""
    return repr(sorted(options.items()))


_VERDICTS_LIMIT = 50_000  # distinct words kept per setting before the cache starts over
_SETTINGS_LIMIT = 16  # settings kept at a time
_verdicts: dict[str, dict] = {}  # ``LongWord._verdicts``
