"""DD112 afkorting-uitleggen and DD113 ambtelijke-afkorting.

Source: Schrijfwijzer van Gebruiker Centraal ("Schrijf afkortingen voluit"); Direct
Duidelijk; Onze Taal, "Afkortingen". A reader who does not know "Wmo" or "WOZ" is stuck;
write the full name the first time. Abbreviations like "c.q.", "i.v.m." and "z.s.m." save
the writer a few letters and cost every reader time: write the words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache

from duidelijk import wordlists
from duidelijk.findings import Severity
from duidelijk.metrics import FactColumn, noun_class, token_table, unit_symbols
from duidelijk.dictionary import compound_parts, exists, plural_candidates
from duidelijk.lexicon import zipf
from duidelijk.lines import line_start
from duidelijk.rules import base
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.clauses import _next_word, is_finite

# capitals ("WOZ"), "X&Y", and capitals with the "v" of "van" between them ("VvE": Vereniging
# van Eigenaars, "PvE": programma van eisen, "RvS": Raad van State). Not "IJ" alone: Dutch
# writes the letter ij as one capital IJ, so "het IJ" (the water in Amsterdam) is a name of
# one letter, no abbreviation of two
# Also capitals with one capital letter after a hyphen: the name of an office or a service
# ("DUS-I", Dienst Uitvoering Subsidies aan Instellingen), not a code with a number ("COVID-19")
# nor two letters ("BY-SA")
UNKNOWN_ABBR = re.compile(r"^(?!IJs?$)(?:[A-Z]{2,5}s?$|[A-Z]{1,3}&[A-Z]{1,3}$|[A-Z]{1,2}v[A-Z]{1,2}$|[A-Z]{2,5}-[A-Z]$)")
# abbreviations everyone knows, which need no explanation
COMMON = {"OK", "TV", "PDF", "BTW", "NL", "XXX", "EU", "NV", "BV", "AM", "PM", "CV", "II", "III", "IV", "VI",
          "BSN", "DIGID", "ID", "OV", "NS", "AOW", "APK", "EHBO", "WC", "SMS", "PIN", "USB", "WIFI", "KM", "GPS", "EUR", "ICT", "IBAN",
          "WWW"}
# letters of ``COMMON`` that fail its criterion (rules38a, docs/judged.md). Letters need no
# full name when both hold: (a) they are better known than their full form, which people do not
# say ("wc", "pdf", "DigiD", "btw"), and (b) they name a thing of most adults' daily life, not a
# law, a benefit, a scheme or a government body (what the rule is for), nor a field of work.
# "BSN" fails (a): "burgerservicenummer" is an everyday word, and so is "openbaar vervoer"
# ("OV"); "AOW" fails (b): a benefit under a law; "ICT" fails (b): a field of work. They are
# asked about only with the setting ``strict_everyday`` (off: too few findings to measure)
NOT_EVERYDAY = frozenset({"BSN", "OV", "AOW", "ICT"})
# a Roman number ("XXIV", "Les XX"), no abbreviation
ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")


# the two consonants a Dutch word can start with: a word in the dictionary that starts with
# two other consonants ("hbo", "vmbo") is a word of letters
DUTCH_ONSETS = ("bl", "br", "ch", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr", "kw", "pl", "pr", "ps",
                "sc", "sf", "sj", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tj", "tr", "ts", "tw", "vl", "vr",
                "wr", "zw")


def letter_word(low: str) -> bool:
    """Is a word of three letters or more made of the names of its letters, not one read as a
    word: no vowel ("dvd", "gps") or a start no Dutch word has ("hbo", "vmbo")? "bank" and
    "zin" are ordinary words. Two letters may be many things: "DB" is no "dB" (decibel), "MM"
    in "HH:MM" no millimetre."""
    if len(low) < 3:
        return False
    if not any(c in "aeiouy" for c in low):
        return True
    return low[0] not in "aeiouy" and low[1] not in "aeiouy" and not low.startswith(DUTCH_ONSETS)


def everyday(low: str, bar: float) -> bool:
    """An abbreviation as common as an everyday word ("wk", "vs": Zipf ``bar`` or more); not an
    ordinary word in capitals ("BANK"), which may stand for something else, but a word of letters
    that the dictionary spells as a word of its own ("DVD" is the "dvd", "HBO" the "hbo"; see
    ``letter_word``). Not
    "az&pc": wordfreq counts the words on both sides of "&" together."""
    return low.isalpha() and zipf(low) >= bar and (not exists(low) or letter_word(low))


# a short name in quotes that starts with a capital: the title of a form or a page ("uw formulier
# 'Bbz: informatie doorgeven'", "het formulier “Wmo-melding”"); no line break, no full stop inside
QUOTED_NAME = re.compile(r"""(?:(?<=\s)|(?<=^)|(?<=\())['‘"“„«]([A-Z][^'‘’"“”„«».!?\n]{0,60}?)['’"”“»](?=[\s,.;:)]|$)""")


def in_quoted_name(ctx: Context, tok) -> bool:
    """Does the abbreviation stand inside a short quoted name that starts with a capital
    ("Wij hebben uw formulier 'Bbz: informatie doorgeven' ontvangen")? Then its full name
    cannot be written in its place. Not the abbreviation alone in quotes ("de 'Wmo' zegt"): the
    full name fits there. An apostrophe inside a word ("zzp'er") opens no quote."""
    sent = tok.sent
    base = sent.start_char
    start, end = tok.idx - base, tok.idx + len(tok) - base
    return any(m.start(1) <= start and end <= m.end(1) and " " in m.group(1).strip()
               for m in QUOTED_NAME.finditer(sent.text))  # (a name of more words than the abbreviation)


# an IBAN ("NL91 ABNA 0417 1643 00"), with or without spaces: its letters are no abbreviation
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


@cache
def abbreviations() -> dict[str, dict[str, str]]:
    return {r["abbreviation"].lower(): r for r in wordlists.load("abbreviations")}


@cache
def known_services() -> frozenset[str]:
    """Public services every adult knows by their letters, better than by their full name
    ("de GGD", "het UWV"): kind 'known' in ``wordlists/abbreviations.tsv``. Unlike ``COMMON``
    they say nothing of capitals listed next to them ("de GGD en JGZ": JGZ is still
    explained, ``listed_with_known``)."""
    return frozenset(r["abbreviation"] for r in abbreviations().values() if r.get("kind") == "known")


@cache
def everyday_abbreviations() -> frozenset[str]:
    """Letters most adults in the Netherlands know without explanation because the letters
    themselves are spoken in daily life and on the national news, and the full name seldom is
    ("het RIVM", "in de WW", "de WOZ-waarde", "naar de havo"): ``wordlists/everyday_abbreviations.tsv``,
    whose criterion is written at its top. In capitals ("havo" is "HAVO" too)."""
    return frozenset(r["abbreviation"].upper() for r in wordlists.load("everyday_abbreviations"))


def everyone_knows(part: str, strict: bool = False) -> bool:
    """Capitals that need no full name: ``COMMON``, a service in ``known_services`` or letters of
    ``everyday_abbreviations``. ``strict``: not the letters of ``NOT_EVERYDAY``, and not the
    everyday list (the strict reader asks about the letters of every body, law or benefit)."""
    return part in COMMON and not (strict and part in NOT_EVERYDAY) or part in known_services() \
        or not strict and part.upper() in everyday_abbreviations()


def small_letter_form(text: str, abbreviation: str) -> bool:
    """Is ``text`` a listed abbreviation of capitals written in small letters ("bsn" for
    "BSN", "wmo" for "Wmo"), as writers often do? Only a word of letters (``letter_word``: no
    vowel, or a start no Dutch word has) that is no Dutch word itself: "om" is no "OM", "zin"
    no "ZIN", "bag" no "BAG"."""
    return (text.islower() and not abbreviation.islower() and text == abbreviation.lower()
            and letter_word(text) and not exists(text))


def may_be_abbreviations(ctx: Context, tokens, table: dict) -> list[int]:
    """The tokens of the prose sentences that ``candidates`` can keep, found in one numpy
    step per Doc: a "/" or the lower-case form on the list ``table`` (a column per token
    fact), or a text that is not its own lower case (``ORTH`` is not ``LOWER``: a text that
    starts with a capital A-Z has a capital)."""
    return ctx.prose_candidates(_SLASH_OR_LISTED.of(tokens, table) | tokens.text_differs_from_lower())


# a group of words written as the first letters of its words, each with a dot ("a.u.b.", "i.c.m.",
# the last dot may be split off) or two with a slash ("t/m"): how Dutch shortens a group of
# ordinary words. In small letters only: capitals with dots are the initials of a name ("J.P.")
WORD_GROUP_ABBR = re.compile(r"^(?:[a-z]\.){1,4}[a-z]\.?$|^[a-z]/[a-z]$")


def word_group_letters(doc, i: int, text: str) -> bool:
    """Is token ``i`` (its ``text``) a word group's letters (``WORD_GROUP_ABBR``)? At the start
    of a sentence its first letter may be a capital ("A.u.b. stuurt u ...", "T/m vrijdag ...");
    with more capitals it is the initials of a name ("J.P. de Vries belt ...")."""
    if WORD_GROUP_ABBR.match(text):
        return True
    return text[:1].isupper() and doc[i].is_sent_start and WORD_GROUP_ABBR.match(text[:1].lower() + text[1:]) is not None


# a short form of one word in small letters with its dot: "bv.", "bijv.", "evt."
SHORT_WORD = re.compile(r"^[a-z]{2,5}\.$")


@cache
def _one_word_short_forms() -> tuple[tuple[str, dict], ...]:
    """The listed ambtelijke short forms of one word with a dot ("bijv." for "bijvoorbeeld",
    "evt." for "eventueel"), each with the word it stands for (its first meaning)."""
    found = []
    for low, entry in abbreviations().items():
        word = entry.get("expansion", "").split(";")[0].strip().lower()
        if entry.get("kind") == "ambtelijk" and SHORT_WORD.match(low) and word.isalpha():
            found.append((word, entry))
    return tuple(found)


@lru_cache(maxsize=4096)
def short_form_of(low: str) -> dict | None:
    """The listed entry of which the unlisted ``low`` is another spelling of the same short form:
    Dutch shortens one word by its first letter and some of its later letters, with a dot, and
    writers choose different letters: they drop letters of the usual short form ("bv." of
    "bijv." for "bijvoorbeeld", "ev." of "evt.", "zg." of "zgn.") or cut the word at another
    consonant ("circ." for "circa"; a cut ends before a vowel, as "bijv." and "incl." do). Not
    any letters of the word in order: other words with the same first letter have short forms
    of their own ("bijl." is "bijlage", not "bijvoorbeeld"; "vr." is "vrijdag" and "voorl."
    "voorlopig", not "voornamelijk"; "inf." is "informatie"). Only a form with its dot
    (``SHORT_WORD``: without it, "bv" is also the company, a "bv"); the caller asks that a small
    letter follows, so the dot is no full stop ("Hij kocht een bijl. Daarna ..."). Else None."""
    if not SHORT_WORD.match(low) or low in abbreviations():
        return None
    letters = low[:-1]
    for word, entry in _one_word_short_forms():
        if len(letters) < len(word) and ((word.startswith(letters) and letters[-1] not in "aeiouy") or (
                letters[0] == word[0] and _in_order(letters, entry["abbreviation"].lower()))):
            return entry
    return None


def _in_order(letters: str, word: str) -> bool:
    """Do ``letters`` occur in ``word`` in this order (not necessarily side by side)?"""
    rest = iter(word)
    return all(c in rest for c in letters)


# per token fact: is its lower-case form on the list given (``abbreviations()``), another spelling
# of a listed short form (``short_form_of``), or of the look of a word group's letters in small
# letters (``word_group_letters`` reads the case)? Once per fact
_LISTED = FactColumn(lambda fact, table: fact.lower in table or WORD_GROUP_ABBR.match(fact.lower) is not None
                     or short_form_of(fact.lower) is not None)
_EN = FactColumn(lambda fact, _: fact.lower == "en")
_SLASH_OR_LISTED = FactColumn(lambda fact, table: "/" in fact.lower or fact.lower in table
                               or JOINED.split(fact.lower, 1)[0] in table)


def candidates(tokens, table: dict, start: int, end: int, among: list[int] | None = None,
               small: bool = False) -> list[int]:
    """The tokens ``start:end`` that DD112 looks at closer, read from the token table
    (``metrics.token_table``): a "/" in the text, the lower-case form on the list ``table``
    (``abbreviations()``), or the look of an unknown abbreviation (``UNKNOWN_ABBR``, which
    starts with a capital A-Z: the regular expression only for words that do), also as the
    first part of a compound with a hyphen ("WIA-uitkering", ``abbreviation_part``).
    ``among``: the indexes to test (in order, ``may_be_abbreviations``) instead of all.
    ``small``: also a listed abbreviation in small letters before a hyphen ("bsn-nummer",
    ``small_letter_form``)."""
    texts, facts = tokens.texts, tokens.facts
    indexes = range(start, end) if among is None else among[bisect_left(among, start):bisect_left(among, end)]
    return [i for i in indexes
            if "/" in texts[i] or facts[i].lower in table
            or "A" <= texts[i][:1] <= "Z" and UNKNOWN_ABBR.match(texts[i])
            or JOINED.search(texts[i]) and attached_part(texts[i], table, small)]


# a hyphen or an apostrophe, which join an abbreviation to a word or an ending
JOINED = re.compile(r"[-'’]")
# an ending after an apostrophe that the parse may split off the abbreviation ("boa’s")
ENDING_AFTER = re.compile(r"['’](?:s|ers?|ertjes?|(?:t|et)?jes?)\b")
# an abbreviation with a hyphen before a word: "WIA-uitkering", "WOZ-beschikking", "Wob-besluiten",
# also in small letters as the list spells it ("pgb-houder", "ggz-instelling")
HYPHEN_COMPOUND = re.compile(r"^([A-Za-z][A-Za-z&]{1,5})-([a-zà-ÿ]{3,}(?:-[a-zà-ÿ]+)*)$")
# an abbreviation with an ending after an apostrophe, as Dutch writes a plural or a person of
# a short word: "boa's", "zzp'er", "zzp'ers", "ZZP'ertje", "WAO'ers", "pgb'tje"
APOSTROPHE_FORM = re.compile(r"^([A-Za-z][A-Za-z&]{1,5})['’](s|ers?|ertjes?|(?:t|et)?jes?)$")


def attached_part(text: str, table: dict, small: bool = False) -> str:
    """The abbreviation joined to a word or an ending: a listed one before a hyphen
    (``abbreviation_part``: "WIA-uitkering"), unlisted capitals before a hyphen and a word for a
    scheme, a register or a payment (``scheme_part``: "TONK-regeling", "BIG-geregistreerde"), or
    an abbreviation with an ending after an apostrophe ("boa's", "zzp'er", "RIEC's"): listed, in
    its own spelling, or capitals that look like one (``UNKNOWN_ABBR``); else "". ``small``:
    a listed one in small letters too (``small_letter_form``: "bsn-nummer", "bsn'en")."""
    if "-" in text:
        return abbreviation_part(text, table, small) or scheme_part(text, table)
    match = APOSTROPHE_FORM.match(text)
    if not match:
        return ""
    part = match.group(1)
    entry = table.get(part.lower())
    if entry is not None:
        return part if same_case(part, entry["abbreviation"], small) else ""
    return part if UNKNOWN_ABBR.match(part) and not part.endswith("s") else ""


@cache
def scheme_heads() -> tuple[str, ...]:
    """Words for a scheme, a law, a register, a payment or a decision
    (``wordlists/abbreviation_heads.tsv``): capitals before a hyphen and one of them are its
    short name ("TONK-regeling", "BIG-register")."""
    return tuple(r["word"] for r in wordlists.load("abbreviation_heads"))


SCHEME_COMPOUND = re.compile(r"^([A-Z]{2,5})-([a-zà-ÿ]{3,})$")


def scheme_part(text: str, table: dict) -> str:
    """Unlisted capitals before a hyphen and a word that names a scheme, a law, a register, a
    payment or a decision ("TONK-regeling", "BIG-register", "BIG-geregistreerde",
    "VWS-subsidies"): the short name of that scheme or of the body behind it, which the reader
    must be told as much as the capitals alone. The word after the hyphen starts or ends with a
    word of ``scheme_heads`` ("subsidieaanvraag", "zorgregeling"), with an ending or not. Before
    other words capitals are as often a technique or a product the reader knows ("QR-code",
    "PCR-test", "LED-verlichting", "CD-speler"): left, as before. Not listed ones (their own
    entry decides, ``abbreviation_part``), nor capitals everyone knows (``COMMON``)."""
    match = SCHEME_COMPOUND.match(text)
    if not match:
        return ""
    part, word = match.groups()
    if part.lower() in table or part in COMMON or ROMAN.match(part):
        return ""
    stem = re.sub(r"(?:en|s|e|n)$", "", word)
    for head, plurals in scheme_head_plurals():
        # a short head only as the whole word or its end: "wet" is no "wetenschappers"
        if word.endswith(head) or stem.endswith(head) or word.endswith(plurals) \
                or len(head) >= 5 and word.startswith(head):
            return part
    return ""


@cache
def scheme_head_plurals() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each word of ``scheme_heads`` with every plural form ``dictionary.plural_candidates``
    makes of it: with "-s" or "-en" ("subsidieën"), with a long vowel written once before "-en" ("aanvraag",
    "TVL-aanvragen") or with the last consonant doubled ("wet", "Wob-wetten"). The last two are
    the ones ``scheme_part`` needs them for: cutting the ending off does not give the word back
    ("aanvrag", "wett"); "-s" and "-en" it finds without them."""
    return tuple((head, tuple(sorted(plural_candidates(head)))) for head in scheme_heads())


def abbreviation_part(text: str, table: dict, small: bool = False) -> str:
    """The listed abbreviation in front of a compound written with a hyphen ("WIA" in
    "WIA-uitkering", "Wob" in "Wob-besluiten"), in its own spelling, before a word of small
    letters. Dutch writes an abbreviation and a word together with a hyphen, so the reader
    meets the abbreviation there as much as alone. Only listed ones: unlisted capitals before
    a hyphen are as often a technique or a product the reader knows ("LED-verlichting",
    "PCR-test", "COVID-pandemie"). Not a name or a code with a number or a letter after the
    hyphen ("COVID-19", "DUS-I"), nor a word with a capital ("Noord-Holland"); else ""."""
    match = HYPHEN_COMPOUND.match(text)
    if not match:
        return ""
    part = match.group(1)
    entry = table.get(part.lower())
    return part if entry is not None and same_case(part, entry["abbreviation"], small) else ""


def same_case(text: str, abbreviation: str, small: bool = False) -> bool:
    """'Wmo' matches 'Wmo' and 'WMO', but 'zin' does not match 'ZIN' and 'om' not 'OM'.
    ``small``: a listed abbreviation in small letters matches too (``small_letter_form``: 'bsn')."""
    return text == abbreviation or (text.isupper() and len(text) > 1 and text == abbreviation.upper()) \
        or small and small_letter_form(text, abbreviation)


def glued_to_placeholder(ctx: Context, tok) -> bool:
    """Is the word a placeholder with letters glued to it, no space or hyphen between
    ("{gemeente}ID", "{naam}Pas")? The placeholder fills in a name, and the capitals after it
    make a product name of it, as "DigiD" and "MijnOverheid" are written: an abbreviation
    is not glued to a word in Dutch (it takes a hyphen: "WOZ-waarde"). The mask's capitals
    are no abbreviation either."""
    placeholders = ctx.document.placeholders
    if not placeholders:
        return False
    start, end = tok.idx, tok.idx + len(tok)
    return any(a < end and start < b and not (a <= start and end <= b) for a, b in placeholders)


def name_with_number(ctx: Context, tok) -> bool:
    """Capitals and a number that the text also writes as one word, with or without a hyphen
    ("COVID 19" in a text with "COVID-19"): the same name with its hyphen left out, not an
    abbreviation of its own. Only for letters the abbreviation list does not have: the
    joined form ("Wmo-2015") is one word that the rule does not read, so a listed abbreviation
    is explained where it stands apart ("de Wmo 2015")."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is None or not after.text.isdigit() or tok.whitespace_ != " ":
        return False
    return re.search(rf"(?<!\w){re.escape(tok.text)}-?{after.text}(?!\w)", ctx.text) is not None


def in_code(ctx: Context, tok) -> bool:
    """Part of an IBAN, or of a code between numbers ("2024 ZK 001")."""
    for match in IBAN.finditer(ctx.text, max(0, tok.idx - 40), tok.idx + len(tok) + 40):
        if match.start() <= tok.idx < match.end():
            return True
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return bool(before is not None and after is not None and any(c.isdigit() for c in before.text)
                and any(c.isdigit() for c in after.text))


# a mask that shows how to write a date or a time: "HH:MM", "DD-MM-JJJJ", "MM/JJ", "uu:mm"
# (each part one letter, two to four times)
FORMAT_MASK = re.compile(r"(?<![\w])(?:([DMJYHUS])\1{1,3}[:\-/.])+([DMJYHUS])\2{1,3}(?![\w])", re.IGNORECASE)


def format_mask(ctx: Context, tok) -> bool:
    """Are the capitals part of a mask for a date or a time ("Tijdstip (HH:MM)", "geboortedatum
    (DD-MM-JJJJ)")? They show the form the reader fills in, no abbreviation to write out."""
    for match in FORMAT_MASK.finditer(ctx.text, max(0, tok.idx - 15), tok.idx + len(tok) + 15):
        if match.start() <= tok.idx < match.end():
            return True
    return False


def initials_before(ctx: Context, tok, letters: str) -> bool:
    """Are the letters the first letters of words just before: "Centrum voor Jeugd en Gezin (CJG)"?"""
    words = re.findall(r"\w+", ctx.text[max(0, tok.idx - 200) : tok.idx])
    caps = [w[0] for w in words if w[0].isupper()]
    return len(letters) >= 2 and "".join(caps).endswith(letters)


# small words inside a name that give no capital: "Centrum voor Jeugd en Gezin" is CJG
# ("s" is what the word pattern below leaves of "'s": "Stichting 's Heeren Loo")
NAME_LINKS = {"voor", "van", "en", "de", "het", "der", "den", "op", "in", "tot", "aan", "te", "ter", "s"}


# a word of a name or a mark that ends one (``named_earlier``)
NAME_WORD_OR_MARK = re.compile(r"[^\W\d_]+'?[^\W\d_]*|[.!?;:()\n]")
# a word in small letters this common ("hebben", "is", "kan", "wordt") is a verb or a function
# word, not a word of a name ("Tegemoetkoming vaste lasten"): it ends the name
FUNCTION_WORD_ZIPF = 6.0


def named_earlier(text: str, letters: str) -> bool:
    """Is there a name earlier in the text whose capitals are these letters, with only small
    words in between: "Het Centrum voor Jeugd en Gezin helpt u. Het CJG zit in het
    stadhuis."? The reader has read the full name, also without brackets. Three letters or
    more: two capitals in a row are too often there by chance. The end of a sentence or a line
    ends a name: three headings one below the other are no name. A comma does not ("het
    Ministerie van Volksgezondheid, Welzijn en Sport ... VWS"). Dutch also writes a name with
    a capital on its first word only ("de Tegemoetkoming vaste lasten", "het Meldpunt zorg en
    overlast"), and so a heading ("Tegemoetkoming vaste lasten" above "De TVL is voor
    ondernemers"): words in small letters after a capital count too, as long as the name starts
    with the capital (``_spelled_by``) and they are no verbs or function words ("Wij hebben uw
    aanvraag", ``FUNCTION_WORD_ZIPF``)."""
    if len(letters) < 3:
        return False
    run: list[str] = []
    at_start = True  # the run opens a sentence or a line: its first capital may be the position's
    words = NAME_WORD_OR_MARK.findall(text)
    for n, word in enumerate(words):
        if word[0].isupper() and not word.isupper() or run and word[0].islower() and word not in NAME_LINKS \
                and zipf(word) < FUNCTION_WORD_ZIPF:
            run.append(word)
            # (a word in small letters takes part only by its first letter: a quick test first)
            line = n + 1 == len(words) or words[n + 1] == "\n"
            if (word[0].isupper() or word[0].upper() in letters) and _spelled_by(
                    run, letters, at_start, line=line, group=line and adjective_and_noun(run)):
                return True
        elif word.lower() not in NAME_LINKS:
            run, at_start = [], not word[0].isalpha()
    return False


def _spelled_by(words: list[str], letters: str, at_start: bool = False, parts: bool = False, used: int = 0,
                line: bool = False, small: bool = False, capital: bool = True, group: bool = False) -> bool:
    """Do the last words of a name spell ``letters``, each word by its first letter or by the
    first letters of its parts, as Dutch makes the short form of a compound in a name ("Centraal
    Justitieel Incasso|bureau" is CJIB, "Rijks|instituut voor Volksgezondheid en Milieu" RIVM,
    "Centrum voor Jeugd en Gezin" CJG)? The last word must take part: the name ends where the
    caller has read to. ``at_start``: the first of ``words`` opens a sentence or a line, so its
    capital may be the place's, not a name's: two words that spell the letters with the parts
    of a compound are then no name ("Aanvraag Parkeervergunning" is no APV, the Algemene
    Plaatselijke Verordening); a word before them ("Het Centraal ...") or three words of a name
    are. ``parts``, ``used``: a later word gave the letters of its parts; the words used so far.
    A name with words in small letters (``small``) starts with a capital (``capital``: that of
    the word used last): "hebben uw aanvraag" is no name. At the start of a sentence or a line
    its first capital is the position's, so there it is a name only as a line of its own
    (``line``: a heading, "Tegemoetkoming vaste lasten"), or with a word before it ("De
    Tegemoetkoming vaste lasten"): "Wij hebben uw aanvraag ontvangen" is no name. Two words
    with the parts of a compound at the start are a name after all when they are a heading
    of an adjective and a noun (``group``, ``adjective_and_noun``: "Buitenschoolse opvang"
    above "de BSO"), the form of the name of a thing; two nouns side by side are a heading's
    short style ("Aanvraag parkeervergunning" is no APV)."""
    if not letters:
        if not capital or small and at_start and not words and not line:
            return False
        return bool(words) or not (at_start and parts) or used >= 3 or group
    if not words:
        return False
    word = words[-1]
    for initials in _initials(word):
        if letters.endswith(initials) and _spelled_by(words[:-1], letters[: -len(initials)], at_start,
                                                      parts or len(initials) > 1, used + 1, line,
                                                      small or word[0].islower(), word[0].isupper(), group):
            return True
    return False


def adjective_and_noun(words: list[str]) -> bool:
    """Are ``words`` an adjective and a noun, the form of the name of a thing ("Buitenschoolse
    opvang", "Openbare verlichting")? The first word has the -e of an adjective before a noun
    and no noun reading (LiNT-II's noun list: not "Bijlage", "Aangifte"), the second is a noun.
    Two nouns side by side ("Aanvraag parkeervergunning") or a verb ("Aanvragen
    parkeervergunning") are a heading's short style, no name."""
    if len(words) != 2:
        return False
    first, second = words[0].lower(), words[1].lower()
    return (first.endswith("e") and first.isalpha() and noun_class(first) is None
            and noun_class(second) is not None)


@lru_cache(maxsize=50_000)  # (every capitalized word of every text read: bounded, as dictionary.py's)
def _initials(word: str) -> tuple[str, ...]:
    """The ways a word of a name gives letters to its short form: its first letter, and the
    first letters of its parts if it is a compound ("Incassobureau": I or IB), split once
    (``compound_parts``) or once more (``_parts``: "asiel|zoekers|centrum")."""
    low = word.lower()
    found = [word[0].upper()]
    for parts in (compound_parts(low), _parts(low)):
        initials = "".join(p[0] for p in parts).upper()
        if len(parts) > 1 and initials not in found:
            found.append(initials)
    return tuple(found)


_DETERMINERS = frozenset("de het een deze die dit dat onze ons uw".split())


def loose_compound(tok) -> bool:
    """Is the abbreviation the first part of a compound written as two words, between an
    article or "uw" and a noun ("uw Bbz uitkering", "de AVG wet", "een WIA uitkering")? The full
    name does not go in front of the noun ("uw Besluit bijstandverlening zelfstandigen (Bbz)
    uitkering"), as it does not in front of a hyphen."""
    sent = tok.sent
    if tok.i == sent.start or tok.i + 1 >= sent.end:
        return False
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if not (tok.whitespace_ and before.lower_ in _DETERMINERS and after.is_alpha and after.is_lower
            and after.pos_ == "NOUN"):
        return False
    return not _article_of_its_own(before.lower_, after.lower_)


def _article_of_its_own(article: str, noun: str) -> bool:
    """Is "de" or "het" before the abbreviation one the noun after it cannot take, so that
    the article is the abbreviation's own and the noun a word apart ("van de SVB bericht",
    "het CAK opdracht geven", "het CAK brieven sturen")? A compound takes the article of
    its last part ("de WOZ waarde", "het WOZ nummer")."""
    if article not in {"de", "het"}:
        return False
    from duidelijk.rules.jargon import noun_forms  # the nouns' genders, from jargon's table

    gender, number = noun_forms(None, noun)
    if article == "het":
        return gender == "Com" or number == "Plur"
    return gender == "Neut" and number == "Sing"


def loose_product(tok, text: str) -> bool:
    """Unlisted capitals as the first part of a compound written as two words, between an
    article or "uw" and a noun (``loose_compound``: "een HDMI kabel", "de LED lamp", "uw QR
    code"): the same word as the compound with its hyphen ("HDMI-kabel"), which Dutch often
    writes without it. The rule reads it as it reads that compound (``attached_part``): the
    capitals of a technique or a product before an ordinary noun are left, the short name of
    a scheme, a register or a payment ("de TONK regeling", "een VEOA vergunning",
    ``scheme_part``) is still asked about. Only for the token itself, not for capitals joined to
    a word (``text``: "TONK" in "TONK-regeling")."""
    if text != tok.text or not loose_compound(tok):
        return False
    return not scheme_part(f"{text}-{tok.doc[tok.i + 1].lower_}", abbreviations())


def in_name(tok) -> bool:
    """Capitals next to a capitalised word of a name ("Decos JOIN", "Stichting ABC"), or after
    "Mijn" inside a sentence ("Log in op Mijn DUS-I"): part of the name of a product, a portal
    or an organisation, which the reader does not need spelled out. "Mijn" at the start of a
    sentence or a line is the ordinary word ("Mijn BBL is bijna klaar.")."""
    sent = tok.sent
    if tok.i - 1 > sent.start and tok.doc[tok.i - 1].text == "Mijn" and not _opens(tok.doc[tok.i - 2]):
        return True  # the name of a portal to log in to: "Log in op Mijn DUS-I", "via Mijn RVO"
    for other in (tok.doc[tok.i - 1] if tok.i > sent.start else None,
                  tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None):
        if other is None or not other.is_alpha or not other.is_title or other.is_upper:
            continue
        if other.i == sent.start and (other.pos_ != "PROPN" or other.lower_ in _DETERMINERS):
            continue  # "Stuur ..." at the start of the sentence is no name; nor "De" (tagged PROPN there)
        if other.pos_ in {"PROPN", "NOUN"}:
            return True
    return False


def _opens(tok) -> bool:
    """Does a sentence or a line start right after this token (white space, a quote mark, a
    colon, a dash or a bullet)?"""
    return tok.is_space or "\n" in tok.whitespace_ or tok.text in {'"', "'", "‘", "“", "„", ":", "-", "–", "•", "*", "("}


def named_by_noun(tok, units=()) -> bool:
    """Capitals right after a noun that says what they name, as its apposition ("de
    sportvereniging WCR", "de omroep RANO", "bij station RAI"): the name of a club or organisation, and the
    reader is told what kind of thing it is. Not for listed abbreviations ("het formulier WOZ"),
    nor after one of ``units``, the parts of an organisation ("afdeling", "team"): "bel afdeling
    BOR" is an office's own short name, which the reader cannot work out."""
    if tok.i == 0 or tok.dep_ not in {"appos", "flat"}:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.lower_ in units:
        return False
    # with its article, as names are introduced ("de omroep RANO"), or right after a
    # preposition, as Dutch names a stop or a place ("bij station RAI", "naar halte VU"); not a
    # note like "(debat UFSIA, 1992)"
    return tok.head.i == prev.i and prev.pos_ == "NOUN" and prev.is_lower and (any(
        c.dep_ == "det" and c.i < prev.i for c in prev.children) or (
            prev.i > 0 and tok.doc[prev.i - 1].pos_ == "ADP" and tok.doc[prev.i - 1].is_lower))


# a list of examples after the noun that names their kind: "vervoersbedrijven (zoals de HTM en de
# NS)", "partners, zoals de ABC": up to the abbreviation only names (capitals), articles and links
EXAMPLE_OF_KIND = re.compile(
    r"([^\W\d_]{3,})\s*[,(]?\s*(?:zoals|bijvoorbeeld|waaronder)\s+"
    r"(?:(?:de|het)\s+)?(?:[A-Z][\w&]*(?:\s*,\s*|\s+(?:en|of)\s+)(?:(?:de|het)\s+)?)*$")


def example_of_kind(ctx: Context, tok) -> bool:
    """Capitals given as an example after a noun that names their kind ("openbaar
    vervoersbedrijven (zoals de HTM en de NS)", "bedrijven zoals de ABC of de XYZ"): the reader
    is told what they are, as with "de omroep RANO" (``named_by_noun``). The word before
    "zoals" must be a noun, not a name or a verb ("Zoals de RUD schreef", "Bel Amsterdam (zoals
    de RUD zegt)"), nor a noun that names no kind ("partijen", "organisaties", "instanties")."""
    start = max(0, tok.idx - 120)
    match = EXAMPLE_OF_KIND.search(ctx.text[start : tok.idx])
    if not match or not match.group(1)[1:].islower():
        return False
    kind = tok.doc.char_span(start + match.start(1), start + match.end(1))
    return kind is not None and len(kind) == 1 and kind[0].pos_ == "NOUN" and kind[0].lower_ not in general_kinds()


@cache
def general_kinds() -> frozenset[str]:
    """Nouns that name no kind a reader can picture (``wordlists/general_kinds.tsv``):
    "partijen zoals de RUD" does not say what a RUD is, "vervoersbedrijven zoals de HTM" and
    "zorginstellingen zoals ..." do."""
    return wordlists.words("general_kinds")


# verbs that take the word to send or type as their object: "Stuur STOP naar 4422", "Sms
# START naar ...", "Typ JA", "Antwoord NEE", "Antwoord met JA of NEE"
SEND_WORD_VERBS = frozenset({"stuur", "verstuur", "sms", "sms'", "typ", "tik", "antwoord", "app", "whatsapp", "zeg"})
# a word of the language in capitals that the sentence uses as that word ("GRATIS parkeren",
# "Parkeren is GRATIS"): a common word (Zipf), read by the parse as an adjective or adverb
WORD_IN_CAPITALS_ZIPF = 4.5
WORD_POS = frozenset({"ADJ", "ADV"})


def as_word(tok) -> bool:
    """Is the word in capitals ``tok`` a word of the language used as that word, not letters
    that stand for a name: a word the dictionary knows and that is read as a word, not letter
    by letter (``letter_word``), and either the word to send or type after a verb of sending
    ("Stuur STOP naar 4422", "Antwoord met JA"), or a common adjective or adverb in the
    sentence ("GRATIS parkeren", "Het loket is GESLOTEN")? An abbreviation names a thing: it
    is not an adjective, and no one texts one as a keyword."""
    low = tok.lower_
    if not tok.is_alpha or not exists(low) or letter_word(low):
        return False
    k = tok.i - 1
    if k >= tok.sent.start and tok.doc[k].lower_ in {"met", "of", "en"}:
        k -= 1  # "Antwoord met JA", "Stuur JA of NEE"
    if k >= tok.sent.start and tok.doc[k].lower_ in SEND_WORD_VERBS:
        return True
    if k >= tok.sent.start and tok.doc[k].text.isupper() and tok.doc[k].is_alpha and k - 1 >= tok.sent.start \
            and tok.doc[k - 1].lower_ in {"met", "of", "en"} | SEND_WORD_VERBS:
        return True  # the second of two: "Antwoord met JA of NEE"
    return tok.pos_ in WORD_POS and zipf(low) >= WORD_IN_CAPITALS_ZIPF


def shouted(tok, text: str = "") -> bool:
    """An ordinary word in capitals for emphasis ("LET OP", "NIET vergeten"), no abbreviation:
    a very common word, or common words next to each other in capitals, or a word used as a
    word (``as_word``: "Stuur STOP naar 4422", "GRATIS parkeren"). ``text``: the
    abbreviation in a joined form ("TONK" in "TONK-regeling")."""
    low = (text or tok.text).lower()
    if zipf(low) >= 5.5:
        return True
    if (not text or text == tok.text) and as_word(tok):
        return True
    sent = tok.sent
    for other in (tok.doc[tok.i - 1] if tok.i > sent.start else None,
                  tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None):
        if other is None or not other.text.replace("'", "").isalpha() or not other.text.isupper():
            continue
        if len(other) > 1 and zipf(low) >= 4.5 and zipf(other.lower_) >= 4.5:
            return True
        if len(other.text.replace("'", "")) > 5:
            return True  # next to a longer word in capitals: a name or a heading in capitals
            # ("KFAR SJOEBA", "CAPO D'ORLANDO"), no abbreviation
    return False


# words before a number that make it a place in a text, not an amount: "artikel 7.1, lid 4 PGA"
# cites a law, whose short name is still explained
REFERENCE_WORDS = {"artikel", "art.", "art", "lid", "bijlage", "hoofdstuk", "paragraaf", "sub", "onder"}


# currency codes (ISO 4217) a reader meets on a bill or a website; our own selection
CURRENCY_CODES = frozenset({"EUR", "USD", "GBP", "CHF", "JPY", "CNY", "SEK", "NOK", "DKK", "PLN",
                            "TRY", "CAD", "AUD", "SRD", "ANG", "AWG", "MAD"})


def after_number(tok, text: str = "") -> bool:
    """A unit or a currency right after an amount ("3500 KWH", "10 MB", "100 USD"), or after
    "per" ("de prijs per KWH", "kosten per GB"): the number explains it, no abbreviation to write
    out; "per" asks for an amount of something, so the word after it is a measure as much as
    after a number, and its full name ("kilowattuur") is no plainer. Only units and currencies:
    "4 AED" or "40 BSO plekken" count things whose name the reader still needs, and "per" before
    other capitals is the way ("per DUO" is not a measure). Not after the number of an
    article or a paragraph ("lid 4 KWH" does not occur, but "lid 4 PGA" cites a law)."""
    text = text or tok.text
    if text.lower() not in unit_symbols() and text not in CURRENCY_CODES:
        return False
    sent, doc = tok.sent, tok.doc
    if tok.i <= sent.start:
        return False
    if doc[tok.i - 1].lower_ == "per":
        return True
    if not any(c.isdigit() for c in doc[tok.i - 1].text):
        return False
    # (the word before the number with what is glued to its front: "7.1,lid")
    return tok.i - 1 == sent.start or re.sub(r"^[\W\d_]+", "", doc[tok.i - 2].lower_) not in REFERENCE_WORDS


LIST_LINKS = {",", "en", "of", "/"}


def listed_with_known(tok) -> bool:
    """Capitals in a list with one of the abbreviations everyone knows (``COMMON``: "JPG,
    PNG of PDF"): the same kind of thing, a file type or a technique, whose full name nobody
    uses. The whole list counts, not only the next item ("JPG, PNG of PDF": JPG too). Not in a
    list with a name that is merely common in the news: "SP, PFF en ..." lists parties, and a
    party the reader does not know is still explained."""
    doc, sent = tok.doc, tok.sent
    for step in (-2, 2):
        j = tok.i
        while sent.start <= j + step < sent.end and doc[j + step // 2].lower_ in LIST_LINKS:
            j += step
            other = doc[j].text
            if (joined := APOSTROPHE_FORM.match(other)) is not None:
                other = joined.group(1)  # a plural: "JPG's of PDF's"
            if not (other.isupper() and len(other) > 1):
                break  # the list goes on with other words: stop there
            if other in COMMON:
                return True
    return False


def _name_word(text: str) -> bool:
    """A word written as a name: a capital, then small letters, maybe a capital inside
    ("Putten", "Omnia", "deltaWonen"); not an abbreviation of capitals ("PvdA", "GGD")."""
    letters = text.replace("-", "")
    return letters.isalpha() and len(letters) >= 3 and sum(c.isupper() for c in letters) == 1


def listed_with_names(tok, text: str = "") -> bool:
    """"Dit zijn deltaWonen, Omnia Wonen, Woningstichting Putten en UWOON": capitals that read as
    a word (four letters or more, not a word of letters: ``letter_word``) in a list whose other
    items (two or more) end or start with a word written as a name: the same kind of thing, a
    name written in capitals as the owner chose, not a short form to write out. Not in a list of
    other capitals or ordinary words ("GGD, UWV en gemeente"), and not a word of letters."""
    text = text or tok.text
    low = text.lower()
    if len(low) < 4 or not low.isalpha() or letter_word(low):
        return False
    doc, sent = tok.doc, tok.sent
    names = 0
    for step in (-1, 1):
        j = tok.i
        while sent.start <= j + 2 * step < sent.end and doc[j + step].lower_ in LIST_LINKS:
            j += 2 * step
            if not _name_word(doc[j].text) or doc[j].i == sent.start:
                break
            names += 1
            # (an item of more words: "Woningstichting Putten"; its other words are passed over)
            while sent.start <= j + step < sent.end and _name_word(doc[j + step].text):
                j += step
    return names >= 2


# an apposition right after the abbreviation that says what it is: "KFOR, de NAVO-vredesmacht
# voor Kosovo, ..." (the noun phrase after a comma or a dash with its article, up to the next
# comma or dash or the end of the sentence; a dash between spaces, not the hyphen of a compound)
APPOSITION = re.compile(r"^\s*(?:,|–|-(?=\s))\s+(?:de|het|een)\s+([^,.;:()–]+?)\s*(?:[,.;:)–]|-(?=\s)|$)")
# after such a phrase and its comma, more phrases with an article up to one joined by "en" or "of":
# "het COA, het Leger des Heils, de Tussenvoorziening of het Kamer Train": a list of names
LIST_GOES_ON = re.compile(r"\s*(?:(?:de|het|een)\s+[^,.;:()]+?,\s*)*(?:de|het|een)\s+[^,.;:()]+?\s(?:en|of)\s+"
                          r"(?:de|het|een)\s")


def explained_after(ctx: Context, tok) -> re.Match | None:
    """Does an apposition right after the abbreviation say what it is ("aan KFOR, de
    NAVO-vredesmacht voor Kosovo.", "de KVS, de Koninklijke Vlaamse Schouwburg")? Not a list of names ("de GGD, de VVD en de PvdA"), nor
    a phrase that names the abbreviation again ("de UCI, de UCI Europe Tour"). Gives the
    ``APPOSITION`` match on the text from the token's end (at most 160 characters), else None:
    DD103's ``apposition_explains`` reads on in it."""
    start = tok.idx + len(tok)
    match = APPOSITION.match(ctx.text[start : start + 160])
    if not match:
        return None
    words = match.group(1).split()
    if words[0].isupper() or tok.text in words or any(w.isupper() and len(w) > 1 for w in words):
        return None  # another abbreviation or a name in capitals: a list ("de VVD")
    if len(words) < 3 and not letters_in_order(tok.text, words):
        return None  # "de GRZ, een nieuwe afdeling": says what kind, not what it is; the
        # full name ("de KVS, de Koninklijke Vlaamse Schouwburg", "het WSP, het
        # Werkgeversservicepunt") is enough
    if re.search(r"\s(?:en|of)\s+(?:de|het|een)\s", " " + match.group(1) + " "):
        return None
    if match.group().endswith(",") and not letters_in_order(tok.text, words) \
            and LIST_GOES_ON.match(ctx.text, start + match.end()):
        return None  # the phrase is one of a list of names that goes on after it (unless it
        # spells the letters: "het COA, het Centraal Orgaan opvang asielzoekers, de gemeente en ...")
    return None if _main_verb_in(tok.doc, start + match.start(1), start + match.end(1)) else match


def letters_in_order(abbreviation: str, words: list[str]) -> bool:
    """Do the letters of the abbreviation start, in order, words or parts of compounds, the
    first one the first word ("SVB" in "Sociale Verzekerings|bank", "WSP" in
    "Werkgevers|service|punt", "AZC" in "asiel|zoekers|centrum")? A letter inside a part does
    not count: "VNG" is not "vereniging", "BAG" not "basis|registratie"."""
    letters = [c for c in abbreviation.lower() if c.isalpha()]
    starts = [part for word in words for piece in re.findall(r"[^\W\d_]+", word.lower())
              for part in _parts(piece)]
    if not letters or not starts or not starts[0].startswith(letters[0]):
        return False
    at = 0
    for c in letters:
        while at < len(starts) and not starts[at].startswith(c):
            at += 1
        if at == len(starts):
            return False
        at += 1
    return True


def _parts(word: str, again: bool = True) -> list[str]:
    """The parts of a compound, each split once more ("asielzoekers|centrum" -> asiel, zoekers,
    centrum): the splitter keeps a compound that is a word of its own whole. A split into short
    pieces stays one word ("ver|zeke|ring", "gemeen|tel|ijke"): every part four letters or more,
    the last three ("stads|pas")."""
    parts = compound_parts(word)
    if len(parts) < 2 or min(map(len, parts[:-1])) < 4 or len(parts[-1]) < 3:
        return [word]
    return [p for part in parts for p in (_parts(part, False) if again else [part])]


def _main_verb_in(doc, start: int, end: int) -> bool:
    """Is there a finite verb between characters ``start`` and ``end`` outside a relative
    clause? Then the words after the comma are a sentence of their own ("Bel het CJIB, de
    website staat hieronder"), no explanation ("de RUD, de dienst die ... controleert")."""
    for t in doc.char_span(start, end, alignment_mode="expand") or ():
        if is_finite(t):
            clause = t if t.dep_ not in {"aux", "aux:pass", "cop"} else t.head
            if not (clause.dep_ == "acl:relcl" or any(a.dep_ == "acl:relcl" and start <= a.idx < end
                                                       for a in clause.ancestors)):
                return True
    return False


# what may stand between a compound and its abbreviation in brackets right after it: the
# bracket and other capitals before it ("politieassistent (HINP PA)"); or a comma and a word
# that says it is the short form ("de hoofdgroenstructuur, afgekort HGS", ", kortweg HGS")
BRACKETED_AFTER_WORD = re.compile(r"^\s*(?:\(|,\s*(?:afgekort(?: als| tot)?|kortweg|hierna(?: te noemen)?:?)\s)"
                                  r"\s*(?:[A-Z][\w&]*\s+){0,2}$")


def spelled_by_word_nearby(text: str, tok, letters: str) -> bool:
    """Is the abbreviation put in brackets right after a compound whose parts start with its
    letters, all of them and in order ("specialiteit politieassistent (HINP PA)"), or after
    ", afgekort" or ", kortweg" ("de hoofdgroenstructuur, afgekort HGS")? The brackets after a
    word are how Dutch gives a short form: the reader is told that the two are the same. One word, split into its parts (``compound_parts``, or each part split once more,
    as ``_parts`` does): "politie|assistent" is PA. Exactly as many parts as letters, so a long
    compound does not explain a short abbreviation by chance. Elsewhere in the sentence a
    compound with the same first letters explains nothing: mostly chance ("De GR heeft de
    gemeenteraad ...", "Het AB heeft het afvalbeleid ..."), and also a label before a colon
    ("HGS: het plangebied ligt in de hoofdgroenstructuur") leaves the reader to match the
    capitals to the parts of a word that comes later, which a B1 reader does not do: nothing
    says they are the same. For unlisted abbreviations only; a listed one is explained by its
    own full name (``written_out``)."""
    if len(letters) < 2:
        return False
    want = letters.lower()
    sent = tok.sent  # ``text``: ctx.text (doc.text is rebuilt on each call)
    for other in sent:
        low = other.lower_
        if other.i >= tok.i or not other.is_alpha or len(low) < 2 * len(want) or low[0] != want[0]:
            continue
        if not BRACKETED_AFTER_WORD.match(text[other.idx + len(other) : tok.idx]):
            continue
        for parts in (compound_parts(low), _parts(low)):
            if len(parts) == len(want) and "".join(p[0] for p in parts) == want:
                return True
    return False


# words that say the abbreviation and a full name after it are the same: "de Wmo, ofwel de Wet
# maatschappelijke ondersteuning", "het OM (voluit: Openbaar Ministerie)". Only right after the
# abbreviation or right before the name: elsewhere "hierna" ('after this') and "staat voor"
# ('stands ready') are ordinary words ("De Wmo besluit hierna over de Wet ...", "Het CJG staat
# voor u klaar, net als het Centrum voor Jeugd en Gezin"). "staat voor" right after the
# abbreviation only with "dat"/"wat"/"dit" ("CJG: dat staat voor"); "hierna" only before the name.
_LINK_WORDS = r"ofwel|oftewel|voluit|dat wil zeggen|afgekort|zogenaamde?|zogeheten"
LINK_AFTER_ABBREVIATION = re.compile(r"\s*[,(:]?\s*(?:(?:dat|wat|dit) staat voor|" + _LINK_WORDS + r")\b")
LINK_BEFORE_NAME = re.compile(r"\b(?:staat voor|hierna|" + _LINK_WORDS + r")\s*:?\s*(?:de |het |een )?$")


def named_later_and_linked(text: str, tok, abbreviation: str, expansion: str) -> bool:
    """Does the full name come later in the same sentence, linked to the abbreviation? The
    reader meets the short form first and must be told that the name after it is the same
    thing: the abbreviation comes again after the name ("... in het kader van de Wet open
    overheid, zogenaamde Woo-verzoeken", "de Wet open overheid (Woo)"), or a word links the two
    ("de Wmo, ofwel de Wet maatschappelijke ondersteuning"). A name that only comes later ("De
    GR voert de taken uit ... in een gemeenschappelijke regeling") explains nothing. The name
    as a word of its own, after the abbreviation's own word ("Ziektewet" is not in
    "Ziektewet-uitkering"); the abbreviation again in its own spelling ("om" is no "OM")."""
    start, end = tok.idx + len(tok), tok.sent.end_char
    low = text[start:end].lower()
    match = re.search(r"(?<![\w-])" + re.escape(expansion.lower()) + r"(?![\w-])", low)
    if match is None:
        return False
    again = re.compile(r"(?<!\w)" + re.escape(abbreviation) + r"(?![^\W_])")
    between = low[: match.start()]
    return bool(again_after_name(text, again, start + match.end(), end) or LINK_AFTER_ABBREVIATION.match(between)
                or LINK_BEFORE_NAME.search(between))


def again_after_name(text: str, again, start: int, end: int) -> bool:
    """Does the abbreviation (the pattern ``again``) follow the full name that ends at
    ``start`` closely, in brackets or after at most two words ("de Wet open overheid (Woo)",
    "de Wet open overheid, zogenaamde Woo-verzoeken")? Only there does it read as the name's
    short form. Further on it is only used again ("De Wmo helpt u. ... de Wet maatschappelijke
    ondersteuning regelt ook dat de Wmo ..."): nothing tells the reader they are the same.
    Words that say it is the short form do not count ("in het vervolg Wmo genoemd", "ook wel
    kortweg de Woo", "hierna te noemen: Wmo")."""
    found = again.search(text, start, end)
    if found is None:
        return False
    between = SHORT_FORM_BETWEEN.sub(" ", text[start : found.start()].lower())
    return len(re.findall(r"[^\W\d_]+", between)) <= 2


# words between a full name and its abbreviation that say it is the short form: "de Wet
# maatschappelijke ondersteuning, in het vervolg Wmo genoemd", "ook wel kortweg de Woo"
SHORT_FORM_BETWEEN = re.compile(r"\b(?:in het vervolg|hierna te noemen|hierna|verder|ook wel|kortweg|afgekort(?: als| tot)?"
                                r"|ofwel|oftewel|zogenaamde?|zogeheten)\b")


# a label line that gives the full name: "Wmo: Wet maatschappelijke ondersteuning", "RIEC =
# Regionaal Informatie- en Expertisecentrum", "- AVG – Algemene verordening gegevensbescherming"
LABEL_SEPARATOR = re.compile(r"[ \t]*(?::|=|[ \t][-–][ \t])[ \t]*")
# links that say outright that what follows is the full form, not only what the thing is ("is"):
# after them the full form may be written in small letters ("BSO betekent buitenschoolse opvang")
_SPELLING_LINK = r"sta(?:at|an) voor|betekent|is (?:de |een )?afkorting van"
# the links between an abbreviation and what it stands for: those, and "is" or "zijn"
_LINK = _SPELLING_LINK + r"|is|zijn"
# the next sentence that says what the abbreviation stands for: "Wmo staat voor ...", "De Wmo is
# de ...", "Dat is de ...", "Deze afkorting betekent ..."
NEXT_SENTENCE_LINK = re.compile(r"(?:(?:de|het)\s+)?(?P<subject>\S+|deze afkorting)\s+"
                                rf"(?P<link>{_LINK})\s+", re.IGNORECASE)
# the next sentence that says what the writers mean by the letters: "Met KBR bedoelen wij de
# Kleine Bouw Regeling", "Met de KBR bedoelen we ..."
NEXT_SENTENCE_MEANT = re.compile(r"met\s+(?:(?:de|het)\s+)?(?P<subject>\S+)\s+bedoel(?:en|t)?\s+(?:wij|we|ik|u|je)\s+",
                                 re.IGNORECASE)
# a link of the first kind (``_SPELLING_LINK``), asked of the link that a pattern above matched
SPELLING_LINKS = re.compile(_SPELLING_LINK, re.IGNORECASE)
# the same right after the abbreviation, in its own sentence: "De KBR, dat staat voor Kleine Bouw
# Regeling, geldt ...", "de KBR, ofwel de kleine bouwregeling"
LINK_TO_FULL_FORM = re.compile(r"\s*[,(:]?\s*(?:(?:dat|wat|dit) staat voor|ofwel|oftewel|voluit:?|dat wil zeggen:?)\s+",
                               re.IGNORECASE)


def glossed(ctx: Context, tok, expansion: str, abbreviation: str) -> bool:
    """Is the abbreviation explained right after it by its full name, in one of two ways Dutch
    texts use: a label line that starts with it ("Wmo: Wet maatschappelijke ondersteuning",
    "RIEC = Regionaal Informatie- en Expertisecentrum"), or the next sentence, which says what
    it stands for ("U kunt hulp krijgen via de Wmo. Dat is de Wet maatschappelijke
    ondersteuning.", "Het RIEC helpt. RIEC staat voor Regionaal Informatie- en
    Expertisecentrum.") or what the writers mean by the letters ("Met KBR bedoelen wij de Kleine
    Bouw Regeling.")? The name must follow the link at once: the listed full name, or for
    unlisted capitals words without a verb whose first letters (or those of their parts) spell
    them ("HGS: het plangebied ligt in de hoofdgroenstructuur" is a sentence, no name); in small
    letters only after a link that says a full form follows ("BSO betekent buitenschoolse
    opvang": ``SPELLING_LINKS``)."""
    text = ctx.text
    end = tok.idx + len(tok)
    if not text[line_start(text, tok.idx) : tok.idx].strip(" \t-*•·"):
        sep = LABEL_SEPARATOR.match(text, end)
        if sep and sep.end() > end and _name_at(ctx, tok, sep.end(), expansion, abbreviation):
            return True
    sent = tok.sent
    nxt = tok.doc[sent.end] if sent.end < len(tok.doc) else None
    if nxt is None:
        return False
    start = nxt.sent.start_char
    if text[end : start].count("\n") > 1:
        return False  # a new paragraph: no longer "right after"
    link = NEXT_SENTENCE_LINK.match(text, start)
    meant = None if link else NEXT_SENTENCE_MEANT.match(text, start)
    if not link and not meant:
        return False
    subject = (link or meant).group("subject").lower()
    # (the plural of a plural: "De boa's zijn er. Dat zijn buitengewoon opsporingsambtenaren.")
    if subject not in {abbreviation.lower(), tok.lower_, "dat", "dit", "die", "deze", "deze afkorting"}:
        return False
    if meant is not None and subject != abbreviation.lower() and subject != tok.lower_:
        return False  # "Met dat bedoelen wij ..." refers to more than the letters
    spelled = meant is not None or SPELLING_LINKS.fullmatch(link.group("link")) is not None
    return _name_at(ctx, tok, (link or meant).end(), expansion, abbreviation, spelled)


def linked_full_form(ctx: Context, tok, expansion: str, abbreviation: str) -> bool:
    """Do words right after the abbreviation say that its full form follows, and does it
    ("De KBR, dat staat voor Kleine Bouw Regeling, geldt vanaf mei", "de KBR, ofwel de kleine
    bouwregeling")? ``named_later_and_linked`` reads the same links for a listed full name
    further on in the sentence; here the words right after the link must be the full form,
    listed or spelling the letters, in capitals or not (the link says what they are)."""
    link = LINK_TO_FULL_FORM.match(ctx.text, tok.idx + len(tok))
    if link is not None:
        return _name_at(ctx, tok, link.end(), expansion, abbreviation, True)
    # the abbreviation as the subject of a sentence that says what it stands for, the first
    # time it is used ("BSO betekent buitenschoolse opvang. ...", "Het KCC is ons
    # klantcontactcentrum."): the same links as in a next sentence (``glossed``), with the
    # same demands on the name after them (rev41)
    own = OWN_SENTENCE_LINK.match(ctx.text, tok.idx + len(tok))
    return own is not None and _name_at(ctx, tok, own.end(), expansion, abbreviation,
                                        SPELLING_LINKS.fullmatch(own.group("link")) is not None)


# the links of NEXT_SENTENCE_LINK right after the abbreviation in its own sentence
OWN_SENTENCE_LINK = re.compile(rf"\s+(?P<link>{_LINK})\s+", re.IGNORECASE)


def name_shape(words: list[str]) -> bool:
    """Are the words written as a name whose short form is its capitals: every word a capital
    at its start, apart from the small words that link the parts of a name ("Regionaal
    Informatie- en Expertisecentrum", "Dienst Uitvoering Subsidies aan Instellingen")? Ordinary
    words in small letters only say where, when or how ("maandag open", "op de hoek van de
    straat", "boven in het zijgebouw"), also after a capital at the start of a line ("Boven in
    het zijgebouw")."""
    return all(w[:1].isupper() or w.lower() in NAME_LINKS for w in words) and words[0][:1].isupper()


def _name_at(ctx: Context, tok, start: int, expansion: str, abbreviation: str, spelled: bool = False) -> bool:
    """Does the full name of the abbreviation start at character ``start`` (an article or the
    writers' or reader's "ons", "onze", "uw" before it aside: "Het KCC is ons klantcontactcentrum"):
    the listed one, or words without a finite verb whose first letters or parts spell the
    capitals in order ("Regionaal Informatie- en Expertisecentrum" is RIEC), not many more of
    them than the letters. The name may be followed by words that say more of it, up to the end
    of the line or a mark ("het Meldpunt Overlast Buurt van de gemeente"): the shortest run of
    words from the start that spells the letters is the name. ``spelled``: a link before it
    says outright that a full form follows ("staat voor", "betekent"), so it may be written in
    small letters ("BSO betekent buitenschoolse opvang"); after "is" or a label only words
    written as a name count ("Bel de MO. Dat is maandag open.")."""
    text = ctx.text
    rest = re.sub(r"^(?:de|het|een|ons|onze|uw|je|jouw)\s+", "", text[start : start + 160], flags=re.IGNORECASE)
    if expansion:
        low, full = rest.lower(), expansion.lower()
        if low.startswith(full):
            return True
        # the plural of the full name: "Dat zijn buitengewoon opsporingsambtenaren." (boa's)
        head, _, last = full.rpartition(" ")
        if head and not low.startswith(head + " "):
            return False
        word = re.match(r"[^\W\d_]*", low[len(head) + 1 if head else 0 :]).group()
        return word in plural_candidates(last)
    letters = "".join(c for c in abbreviation if c.isupper())
    stretch = re.split(r"[\n.;:()]|,\s", rest, maxsplit=1)[0]
    words = stretch.split()
    if len(letters) < 2 or not words:
        return False
    # the shortest run of words from the start that spells the letters: the name, with words
    # after it that say more ("het Meldpunt Overlast Buurt van de gemeente")
    name = next((words[:n] for n in range(1, min(len(words), len(letters) + 3) + 1)
                 if letters_in_order(letters, words[:n])), None)
    if name is None:
        return False
    if not (name_shape(name) or spelled and all(w[:1].isalpha() for w in name)):
        return False  # ordinary words whose first letters happen to spell it: "Bel de MO. Dat is
        # maandag open.", "ODH: op de hoek van de straat"
    offset = start + text[start:].find(stretch)
    length = len(" ".join(name)) if stretch.startswith(" ".join(name)) else len(stretch)
    return not _main_verb_in(tok.doc, offset, offset + length)


# the word with a hyphen that starts at a place in the text: "IC-afdeling", "TVL-aanvragen"
COMPOUND_AT = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def met_in_compound(ctx: Context, tok, text: str) -> int:
    """Where the unlisted capitals ``text`` stood earlier in the text as the first part of a
    compound with a hyphen that the rule leaves ("Dit zijn de IC-bedden. ... de IC capaciteit";
    ``attached_part`` flags unlisted capitals only before a scheme, a register or a payment):
    the offset of the first such compound, or -1. There, not at the capitals alone later, the
    reader first met them: the rule lets the capitals alone pass and, where that compound is in
    a heading and the text writes them out nowhere, flags them at that first place
    (``UnexplainedAbbreviation.check``)."""
    source, joined = ctx.text, text + "-"
    at = source.find(joined, 0, tok.idx)  # (a plain search first: most texts have no such compound)
    while at >= 0:
        before, after = source[at - 1 : at], source[at + len(joined) : at + len(joined) + 1]
        if not (before.isalnum() or before in {"&", "-", "_"} and before) and after.isalpha() and after.islower() \
                and not scheme_part(COMPOUND_AT.match(source, at).group(), abbreviations()):
            return at  # (not one the rule flags where it reads it: "BSO-toeslag" in a heading)
        at = source.find(joined, at + 1, tok.idx)
    return -1


def in_heading(ctx: Context, offset: int) -> bool:
    """Does the character at ``offset`` lie in a heading (``Block.kind``)?"""
    block = ctx.document.block_at(offset)
    return block is not None and block.kind == "heading"


def explained_below(ctx: Context, tok, part: str, expansion: str, listed: str = "") -> bool:
    """Does the abbreviation ``part`` stand in a heading, and does the text below explain it
    where it first uses it ("Rechtsfeiten KIK" above "De notaris gebruikt KIK (Keten Inschrijven
    Kadaster)")? A heading is a title: the reader reads on, and the text under it says what the
    title's short words mean. Where the text does not explain them there, or never uses them
    again, the heading keeps the finding. ``listed``: the listed spelling ("Wmo" is "WMO" too,
    ``same_case``); an unlisted one only in the same spelling."""
    if not in_heading(ctx, tok.idx):
        return False
    text = ctx.text
    for match in re.finditer(rf"(?<![\w&]){re.escape(part)}(?![\w&])", text[tok.idx + len(tok) :], re.IGNORECASE):
        start = tok.idx + len(tok) + match.start()
        found = match.group()
        if not (found == part or listed and same_case(found, listed)) or in_heading(ctx, start):
            continue
        span = tok.doc.char_span(start, start + len(found), alignment_mode="expand")
        return bool(span) and written_out(ctx, span[0], expansion, part)
    return False


SHORT_FORM = re.compile(r"\b(afgekort|afkorting|kortweg|hierna|ook wel|oftewel|ofwel)\b")
SLASH_NAME = re.compile(r"^[^\W\d_]+(?:[-/][^\W\d_]+)*$")


def written_out(ctx: Context, tok, expansion: str, abbreviation: str = "") -> bool:
    """Is the abbreviation (``abbreviation``, or the token's text) explained: its expansion
    before it, or later in the same sentence and linked to it (``named_later_and_linked``), its
    full name earlier in the text (``named_earlier``), or in brackets right after?"""
    text = ctx.text.lower()
    if expansion and expansion.lower() in text[: tok.idx]:
        return True
    letters = "".join(c for c in tok.text if c.isupper())
    if expansion and named_later_and_linked(ctx.text, tok, abbreviation or tok.text, expansion):
        return True  # the full name later in the same sentence, linked: "alle Woo-besluiten over
        # verzoeken in het kader van de Wet open overheid, zogenaamde Woo-verzoeken"
    if ctx.text[max(0, tok.idx - 2) : tok.idx].strip() == "(" and initials_before(ctx, tok, letters):
        return True
    if named_earlier(ctx.text[: tok.idx], letters):
        return True
    end = tok.idx + len(tok)
    if ending := ENDING_AFTER.match(text, end):
        end = ending.end()  # past an ending the parse split off: "boa’s (buitengewoon ...)"
    after = text[end : end + 120]
    if after.lstrip().startswith("(") and (not expansion or expansion.lower()[:12] in after):
        return True
    if explained_after(ctx, tok) or not expansion and spelled_by_word_nearby(ctx.text, tok, letters):
        return True
    if glossed(ctx, tok, expansion, abbreviation or tok.text) or linked_full_form(ctx, tok, expansion,
                                                                                  abbreviation or tok.text):
        return True
    before = text[max(0, tok.idx - 120) : tok.idx]
    if before.rstrip().endswith("("):
        return True
    # the short form given in brackets after the full name: "Kuurne-Brussel-Kuurne (vaak
    # afgekort tot KBK)", "(hierna: de KBK)", "(kortweg KBK)"
    inside = before[before.rfind("(") + 1 :] if "(" in before else ""
    return bool(inside) and ")" not in inside and len(inside.split()) <= 4 and bool(SHORT_FORM.search(inside))


def _after_open_bracket(text: str, start: int) -> bool:
    """Does the text at ``start`` stand right after "(" (white space between aside): the short
    form given after its full name ("Werk en Inkomen (W en I)")?"""
    return text[max(0, start - 120) : start].rstrip().endswith("(")


def _letter_and_stop(texts, i: int, end: int) -> bool:
    """Is token ``i`` one capital with the full stop of its sentence glued to it ("Bel de afdeling
    W en I.": the tokenizer keeps "I." as an initial)? Only where the sentence ends there, or a
    new line or a capitalised word follows: an initial goes on with its name ("B. de Vries")."""
    if len(texts[i]) != 2 or texts[i][1] != "." or not texts[i][0].isupper():
        return False
    after = texts[i + 1] if i + 1 < end else ""
    return not after or after.isspace() or after[:1].isupper() and len(after) > 1 and after[1:].islower()


@register
class UnexplainedAbbreviation(Rule):
    code = "DD112"
    name = "afkorting-uitleggen"
    category = "abbreviation"
    severity = Severity.WARNING
    # everyday_zipf: an abbreviation that is not on the list but as common in Dutch text as an
    # everyday word is known to the reader ("het WK", "de VS", "de VVD"): Dutch text uses it
    # about three times in a million words or more (Zipf 3.5; "de VRT", "het NK"); the
    # abbreviations that readers do not know are rarer ("de KBVB" 3.2, "de UCI" 3.3). No bar
    # separates what readers know from the news: "RIVM" (3.44) is, "VWS" (3.39) is not, and
    # "URL" (3.61) is not (rules36f, docs/judged.md). Listed terms ("Wmo", "CIZ") are
    # always explained; listed services everyone knows ("GGD", "UWV") never, nor the letters of
    # ``everyday_abbreviations`` ("RIVM", "WW", "WOZ", "havo": spoken as such in daily life and on
    # the national news; rules42b, docs/judged.md)
    # organisation_units: nouns for a part of an organisation; capitals after them are an
    # office's own short name ("afdeling BOR", "team WIZ") and are still explained
    # strict_everyday: also ask about the letters of ``NOT_EVERYDAY`` ("BSN", "AOW") and of
    # ``everyday_abbreviations`` ("RIVM", "WW"), and read a listed abbreviation in small letters
    # ("bsn", ``small_letter_form``); off: on the tunable sets too few findings to show it holds
    # (rules38a, docs/judged.md)
    settings = {"everyday_zipf": 3.5, "strict_everyday": False,
                "organisation_units": ["afdeling", "team", "sector", "cluster", "bureau", "dienst",
                                       "directie", "unit", "domein", "werkgroep", "programma"]}
    doc = RuleDoc(
        what=("Zoekt afkortingen die de eerste keer niet voluit staan, zoals 'Wmo' en 'WOZ'. "
              "Ook met een streepje of met iets erachter, zoals in 'WIA-uitkering', 'TONK-regeling' en 'zzp'er'."),
        why=(
            "Veel lezers kennen afkortingen van de overheid niet. Schrijf de eerste keer de "
            "hele naam, met de afkorting erachter tussen haakjes. Daarna mag de afkorting."
        ),
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Afkortingen'",
        bad="U kunt hulp krijgen via de Wmo.",
        good="U kunt hulp krijgen via de Wet maatschappelijke ondersteuning (Wmo).",
        exceptions=(
            "Afkortingen die iedereen kent, zoals btw, pdf, dvd, hbo, DigiD, BSN, de GGD, het UWV en het WK. "
            "Ook afkortingen die iedereen kent van het nieuws, zoals het RIVM, de WW en de WOZ. Wilt u dat de regel "
            "ook vraagt naar BSN, AOW, OV, RIVM en WW? En naar een "
            "afkorting in kleine letters, zoals 'bsn'? Zet dan de instelling "
            "'strict_everyday' aan. Afkortingen die de "
            "tekst zelf uitlegt, ook direct erna, zoals 'KFOR, de vredesmacht van de NAVO in Kosovo'. Of met het hele woord er direct voor, zoals 'politieassistent (PA)' en 'hoofdgroenstructuur, afgekort HGS'. Of met de hele naam direct erna: op een regel als 'Wmo: Wet maatschappelijke ondersteuning', of in de volgende zin, zoals 'Dat is de Wet maatschappelijke ondersteuning', 'BSO betekent buitenschoolse opvang' of 'Met KBR bedoelen wij de Kleine Bouw Regeling'. Of direct erna staat 'dat staat voor' met de hele naam, zoals 'de KBR, dat staat voor Kleine Bouw Regeling'. Of met de hele naam later in de zin, als een woord zegt dat het om hetzelfde gaat, zoals 'de Wmo, ofwel de Wet maatschappelijke ondersteuning'. Of de afkorting stond al eerder in de zin en staat direct na de naam weer, zoals 'Een Woo-verzoek doet u op grond van de Wet open overheid (Woo)'. Of met de hele naam eerder in de tekst, zoals 'het Centraal Justitieel Incassobureau' en later 'het CJIB'. Ook als alleen het eerste woord van de naam een hoofdletter heeft, zoals 'de Tegemoetkoming vaste lasten' en later 'de TVL'. Een afkorting in een kopje, als de tekst eronder haar uitlegt. Bijvoorbeeld het kopje 'Melden bij het MOB', met eronder 'het MOB (Meldpunt Overlast Buurt)'. Letters die al eerder in de tekst stonden, in een woord met een streepje. Zoals 'de IC' na 'de IC-afdeling'. Letters voor een gewoon woord, met of zonder streepje, zoals 'een HDMI kabel'. Maar wel bij een regeling of vergunning, zoals 'de TONK regeling'. Letters in een rekeningnummer of een code, of in een patroon voor een datum of tijd, zoals 'HH:MM'. Hoofdletters in een "
            "naam, zoals 'Decos JOIN', 'de sportvereniging WCR' en 'bij station RAI'. Maar staan die letters later "
            "alleen, zonder uitleg? Dan wijst de regel de plek aan waar de lezer ze het eerst zag. Een voorbeeld na een woord dat zegt wat het is, "
            "zoals 'vervoerders (zoals de HTM)'. Een eenheid na "
            "een getal of na 'per', zoals '3500 KWH' en 'de prijs per KWH'. Een soort bestand naast een bekende, zoals 'PNG of PDF'. Maar de korte naam van een afdeling of team, zoals 'afdeling BOR', legt u wel uit. Gewone woorden in hoofdletters, zoals 'LET OP', 'De bak is VOL' en het woord dat u stuurt of typt: 'Stuur STOP naar 4422'. En "
            "woorden die u zelf toestaat."
        ),
    )

    def check(self, ctx: Context):
        table = abbreviations()
        units = frozenset(self.options["organisation_units"])
        strict = self.options["strict_everyday"]
        seen: set[str] = set()
        left: set[str] = set()  # unlisted capitals let pass where they stood alone
        named_at: dict = {}  # unlisted capitals let pass in a name or after a noun, first place (``_first_met``)
        doc = ctx.doc
        tokens = token_table(doc)
        # where "en" stands: a pair of capitals ("B en W") needs it, most sentences have none
        facts = tokens.facts
        joins = [i for i in ctx.candidates(_EN.of(tokens)) if facts[i].lower == "en"]
        # the tokens to look at closer, tested once for the whole Doc (the test is per token);
        # each sentence takes its own by bisection
        found = candidates(tokens, table, 0, len(doc), may_be_abbreviations(ctx, tokens, table), strict)
        for sent in self._sentences_with(ctx, joins, found):  # (most sentences hold neither)
            lo, hi = bisect_left(joins, sent.start), bisect_left(joins, sent.end)
            if lo < hi:
                yield from self._letter_pairs(ctx, sent, table, seen, tokens, joins[lo:hi] if base.PREFILTER else None)
            for i in found[bisect_left(found, sent.start):bisect_left(found, sent.end)]:  # no Token object for most words
                tok = doc[i]
                if "/" in tok.text:
                    yield from self._slash_parts(ctx, tok, seen, left)
                    continue
                key = tok.lower_
                if JOINED.search(tok.text) and key not in table and (part := attached_part(tok.text, table, strict)):
                    yield from self._compound_part(ctx, tok, part, table, seen, units, named_at)
                    continue
                entry = table.get(key)
                if entry is not None and (entry.get("kind") != "term"
                                          or not same_case(tok.text, entry["abbreviation"], strict)):
                    entry = None
                    if key in table:
                        continue
                if entry is None and not (UNKNOWN_ABBR.match(tok.text) and not everyone_knows(tok.text.rstrip("s"), strict)):
                    continue
                if key in seen or ctx.is_placeholder(tok) or ctx.accepted(tok.text) or glued_to_placeholder(ctx, tok):
                    continue
                if ctx.is_postcode_letters(tok) or in_code(ctx, tok) or everyone_knows(tok.text.upper(), strict) \
                        or ROMAN.match(tok.text) or format_mask(ctx, tok) \
                        or (entry is None and name_with_number(ctx, tok)):
                    continue  # (a listed abbreviation is read here: the joined "Wmo-2015" is one
                    # word that the rule does not read)
                if entry is None and self._unlisted_left(ctx, tok, tok.text, units):
                    left.add(key)  # (a later part after a slash with these letters: ``_slash_parts``)
                    if key not in named_at and (in_name(tok) or named_by_noun(tok, units)):
                        named_at[key] = tok
                    continue
                # unlisted capitals alone that the reader met first in a compound the rule
                # leaves ("Nieuwe KBR-regels" above "De KBR geldt vanaf mei"): in running text the
                # compound introduces the thing ("De PCR-test is gratis. Doe een PCR bij de GGD."),
                # and the capitals alone later stand for it: left, as the compound is. In a heading
                # (a title: its capitals are explained in the text below, or the heading keeps the
                # finding, as ``explained_below`` asks of capitals alone in a heading) they are asked
                # as below, and where the text writes them out nowhere, the finding goes to that
                # first place. As for capitals alone, only the first use alone is asked (a later one
                # is not where the reader learns them: "De KBR geldt. KBR staat voor ... De KBR is nieuw.")
                compound_at = met_in_compound(ctx, tok, tok.text) if entry is None else -1
                if compound_at >= 0:
                    left.add(key)
                    if not in_heading(ctx, compound_at):
                        continue
                expansion = entry.get("expansion", "") if entry else ""
                if explained_below(ctx, tok, tok.text, expansion, entry["abbreviation"] if entry else ""):
                    continue  # (not seen: the use below is read in its turn, and explained)
                seen.add(key)
                if written_out(ctx, tok, expansion):
                    continue
                if compound_at >= 0:
                    compound = COMPOUND_AT.match(ctx.text, compound_at).group()
                    yield self.finding(ctx, compound_at, compound_at + len(tok.text),
                                       f"Is '{tok.text}' in '{compound}' een afkorting? Schrijf die de eerste keer voluit.")
                    continue
                if expansion and in_quoted_name(ctx, tok):
                    # the name of a form or a page, as the reader will find it: the full name
                    # cannot go inside it ("uw formulier 'Bbz: informatie doorgeven'")
                    # (or a quoted sentence: "De Wmo is er voor iedereen", not a name)
                    msg = (f"'{tok.text}' staat tussen aanhalingstekens, in een naam of in wat iemand zegt. "
                           f"Zeg de eerste keer buiten de aanhalingstekens wat het is: {expansion} ({tok.text}).")
                    sugg = []
                elif expansion:
                    msg = f"Schrijf '{tok.text}' de eerste keer voluit: {expansion} ({tok.text})."
                    # not before an ending the parse split off ("boa’s", "zzp’er"): the full
                    # name does not go in front of it
                    sugg = [] if ENDING_AFTER.match(ctx.text, tok.idx + len(tok)) or loose_compound(tok) \
                        else [f"{expansion} ({tok.text})"]
                else:
                    if (first := self._first_met(ctx, named_at, key)) is not None:
                        yield first
                        continue
                    msg = f"Is '{tok.text}' een afkorting? Schrijf die de eerste keer voluit."
                    sugg = []
                yield self.span_finding(ctx, tok, msg, suggestions=sugg)

    def _first_met(self, ctx, named_at: dict, key: str):
        """The finding for unlisted capitals at the place where the reader first met them, if
        that was in a name or after a noun that says what kind of thing they are ("het
        landelijk datapunt UDAP", the heading "UDAP Monitor") and the rule asks about a later
        use ("Het UDAP bewaart de data."): Dutch writes an abbreviation out the first time the
        reader meets it, and a name or a kind there does not say what the letters stand for, as
        the later finding shows. None if there is no such place, or the capitals are explained
        right there ("datapunt UDAP (een ...)")."""
        first = named_at.get(key)
        if first is None or written_out(ctx, first, ""):
            return None
        return self.span_finding(ctx, first, f"Is '{first.text}' een afkorting? Schrijf die de eerste keer voluit.")

    @staticmethod
    def _sentences_with(ctx: Context, *indexes: list[int]) -> list:
        """The prose sentences, in order, that hold at least one of the token indexes of the
        lists ``indexes`` (each in order): the only sentences in which ``check`` can find
        something, found by bisection per index instead of a visit to every sentence. An
        index outside every prose sentence (an "en" in an address) takes none."""
        sents, starts = ctx.prose_sentences, ctx._prose_starts
        held: set[int] = set()
        for found in indexes:
            for i in found:
                n = bisect_right(starts, i) - 1
                if n >= 0 and i < sents[n].end:
                    held.add(n)
        return [sents[n] for n in sorted(held)]

    def _compound_part(self, ctx, tok, part: str, table: dict, seen: set, units=frozenset(), named_at=None):
        """The abbreviation in front of a compound with a hyphen ("WIA-uitkering",
        "TONK-regeling") or before an ending after an apostrophe ("boa's", "zzp'er"), the first
        time the text uses it, alone or joined: found as the abbreviation alone would be, with
        the same exceptions. No replacement: the full name does not go in front of the hyphen
        ("Wet werk en inkomen naar arbeidsvermogen (WIA)-uitkering") or the ending."""
        key = part.lower()
        entry = table.get(key)
        if entry is not None and entry.get("kind") != "term":
            return
        if key in seen or everyone_knows(part.rstrip("s").upper(), self.options["strict_everyday"]) or ROMAN.match(part) or ctx.is_placeholder(tok) \
                or ctx.accepted(part) or ctx.accepted(tok.text):
            return
        if entry is None and (in_code(ctx, tok) or self._unlisted_left(ctx, tok, part, units)):
            return  # unlisted capitals: the exceptions of capitals alone ("de regeling TONK",
            # "JPG's of PDF's", "3500 KWH's")
        expansion = entry.get("expansion", "") if entry else ""
        if explained_below(ctx, tok, part, expansion, entry["abbreviation"] if entry else ""):
            return
        seen.add(key)
        if written_out(ctx, tok, expansion, part):
            return
        if expansion:
            msg = (f"'{part}' in '{tok.text}' is een afkorting. Schrijf de eerste keer voluit wat het is: "
                   f"{expansion} ({part}).")
        elif entry is None:
            if named_at and (first := self._first_met(ctx, named_at, key)) is not None:
                yield first  # (met first alone, in a name: "TVL Monitor" above "de TVL-aanvragen")
                return
            msg = f"Is '{part}' in '{tok.text}' een afkorting? Schrijf die de eerste keer voluit."
        else:
            msg = f"'{part}' in '{tok.text}' is een afkorting. Schrijf die de eerste keer voluit."
        yield self.finding(ctx, tok.idx, tok.idx + len(part), msg)

    def _unlisted_left(self, ctx, tok, text: str, units) -> bool:
        """Unlisted capitals ``text`` (the token, or its part before a hyphen or an ending:
        "TONK" in "TONK-regeling", "JPG" in "JPG's") that are no abbreviation to explain: in a
        name, named by a noun or as an example of a kind, a word in capitals, an everyday word, a
        unit after a number, in a list with one everyone knows, or before a noun as a product
        ("een HDMI kabel", ``loose_product``). Alone or joined, the same."""
        return (in_name(tok) or named_by_noun(tok, units) or example_of_kind(ctx, tok) or shouted(tok, text)
                or everyday(text.lower(), self.options["everyday_zipf"]) or after_number(tok, text)
                or listed_with_known(tok) or listed_with_names(tok, text) or loose_product(tok, text))

    def _slash_parts(self, ctx, tok, seen, left=frozenset()):
        """Capitals in a name with a slash: "de afdeling IB/Postzaken". Not a part that stood
        alone earlier in the text and was no abbreviation to explain there (``left``: the
        capitals ``_unlisted_left`` let pass): "met een B/BE rijbewijs" after "Uw rijbewijs (B of
        BE)". The text has given it already; the same letters are the same thing."""
        if not SLASH_NAME.match(tok.text) or ctx.is_placeholder(tok) or ctx.accepted(tok.text) \
                or format_mask(ctx, tok):
            return  # (a mask for a date: "(MM/JJ)")
        offset = tok.idx
        for part in tok.text.split("/"):
            start = offset
            offset += len(part) + 1
            if not UNKNOWN_ABBR.match(part) or everyone_knows(part.rstrip("s")) or part.lower() in seen:
                continue
            if ctx.accepted(part):
                continue  # a listed meaning may not be the one in a name: no expansion here
            if part.lower() in left:
                continue  # the capitals stood alone before, and were no abbreviation to explain there
            seen.add(part.lower())
            if _after_open_bracket(ctx.text, start) or ctx.text[offset - 1 : offset + 120].lstrip("/ ").startswith("("):
                continue
            yield self.finding(ctx, start, start + len(part),
                               f"Is '{part}' een afkorting? Schrijf die de eerste keer voluit.")

    def _letter_pairs(self, ctx, sent, table, seen, tokens, joins=None):
        """"B en W", "O en O": two capital letters joined by "en" are one abbreviation.
        ``joins``: the tokens "en" of the sentence, in order, if at hand: each with the words
        (no white space) right before and after it in the sentence, instead of every three
        words side by side."""
        texts, facts, doc = tokens.texts, tokens.facts, ctx.doc
        if joins is None:
            words = [i for i in range(sent.start, sent.end) if not tokens.is_space[i]]
            triples = zip(words, words[1:], words[2:])
        else:
            is_space, triples = tokens.is_space, []
            for imid in joins:
                ia, ib = imid - 1, imid + 1
                while ia >= sent.start and is_space[ia]:
                    ia -= 1
                while ib < sent.end and is_space[ib]:
                    ib += 1
                if ia >= sent.start and ib < sent.end:
                    triples.append((ia, imid, ib))
        for ia, imid, ib in triples:
            if not (len(texts[ia]) == 1 and texts[ia].isupper() and facts[imid].lower == "en"
                    and (len(texts[ib]) == 1 and texts[ib].isupper() or _letter_and_stop(texts, ib, sent.end))):
                continue
            a, b = doc[ia], doc[ib]
            text = ctx.text[a.idx : b.idx + 1]
            key = f"{a.text}&{b.text}".lower()
            if key in seen or ctx.accepted(text) or a.i == sent.start and b.i == sent.end - 1:
                continue
            seen.add(key)
            entry = table.get(key)
            expansion = entry.get("expansion", "") if entry else ""
            if (expansion and expansion.lower() in ctx.text[: a.idx].lower()) or ctx.text[b.idx + 1 :].lstrip().startswith("(") \
                    or _after_open_bracket(ctx.text, a.idx):
                continue  # explained: the full name before, or the pair in brackets after it
            if expansion:
                msg = f"Schrijf '{text}' de eerste keer voluit: {expansion} ({text})."
                sugg = [f"{expansion} ({text})"]
            else:
                msg = f"Is '{text}' een afkorting? Schrijf die de eerste keer voluit."
                sugg = []
            yield self.finding(ctx, a.idx, b.idx + 1, msg, suggestions=sugg)  # (not the full stop)


@register
class OfficialAbbreviation(Rule):
    code = "DD113"
    name = "ambtelijke-afkorting"
    category = "abbreviation"
    severity = Severity.WARNING
    doc = RuleDoc(
        what=("Zoekt afkortingen die alleen ambtenaren gebruiken, zoals 'c.q.' en 'i.v.m.'. Ook andere afkortingen "
              "van een paar gewone woorden, zoals 't/m' en 'a.u.b.'. En een andere spelling van zo'n afkorting, "
              "zoals 'bv.' voor 'bijv.'."),
        why="Deze afkortingen sparen de schrijver een paar letters, maar de lezer moet ze ontcijferen. Schrijf de woorden.",
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Direct Duidelijk (https://www.directduidelijk.nl)",
        bad="Neem i.v.m. uw verhuizing z.s.m. contact op.",
        good="U gaat verhuizen. Bel ons daarom voor 1 mei.",
        exceptions="Woorden die uw organisatie toestaat.",
    )

    def check(self, ctx: Context):
        table = abbreviations()
        doc = ctx.doc
        tokens = token_table(doc)
        facts = tokens.facts
        texts = tokens.texts
        # only the words on the list or of the look of a word group's letters, found in one numpy
        # step: no Token object for the others
        for i in ctx.prose_candidates(_LISTED.of(tokens, table)):
            listed = facts[i].lower in table
            variant = None if listed else short_form_of(facts[i].lower)
            if variant is not None and texts[i].islower() and self._small_letter_after(doc, i):
                listed = True  # "(bv. minder boetes)": the dot is no full stop, a small letter follows
            elif not listed and not word_group_letters(doc, i, texts[i]):
                continue
            tok = doc[i]
            if not listed:
                if not (ctx.accepted(tok.text) or ctx.is_placeholder(tok)):
                    # not on the list: the words are not known here, the reader must guess them
                    # too; with its last dot where the parse split it off ("i.c.m" "."), never a
                    # full stop after letters with a slash ("p/m.")
                    end = tok.idx + len(tok) + (ctx.text[tok.idx + len(tok) : tok.idx + len(tok) + 1] == "."
                                                and "." in tok.text and not tok.text.endswith("."))
                    yield self.finding(ctx, tok.idx, end, f"'{ctx.text[tok.idx:end]}' is een afkorting van een "
                                                          "paar woorden. Schrijf de woorden voluit.")
                continue
            entry = table.get(tok.lower_) or variant
            if entry is None or entry.get("kind") != "ambtelijk" or ctx.accepted(tok.text):
                continue
            alts = wordlists.alternatives(entry.get("alternatives", "")) or [entry.get("expansion", "")]
            alts = [a for a in alts if a]
            # "noem de datum" is advice for the writer, no words to put in its place
            advice = [a for a in alts if a.split()[0] == "noem"]
            words = [a for a in alts if a not in advice]
            msg = f"'{tok.text}' is een ambtelijke afkorting."
            if words:
                msg += f" Schrijf liever '{words[0]}'."
            if advice:
                msg += f" {'Of n' if words else 'N'}{advice[0][1:]}."
            if not alts:
                msg += " Schrijf de woorden voluit."
            yield self.span_finding(ctx, tok, msg, suggestions=words)

    @staticmethod
    def _small_letter_after(doc, i: int) -> bool:
        """Does the next word in the sentence start with a small letter ("bv. minder")?"""
        nxt = _next_word(doc, i)
        return nxt is not None and nxt.i < doc[i].sent.end and nxt.text[:1].islower()
