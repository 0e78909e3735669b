"""Which Dutch words exist, how familiar a word is, and how a compound splits into real parts.

Existence: the Dutch word list of OpenTaal (https://opentaal.org), as Debian's package
``hunspell-nl`` installs it (``/usr/share/hunspell/nl.dic``). Licence: Revised BSD or
CC BY 3.0, at the user's choice; © OpenTaal (Simon Brouwer, Sander van Geloven), Simon
Brouwer and others, Nederlandstalige TeX Gebruikersgroep. duidelijk does not copy the list:
it reads the file at run time (another path: environment variable ``DUIDELIJK_OPENTAAL``;
an empty value switches it off). Without the file, wordfreq decides: a word that Dutch text
uses often enough (Zipf >= ``FALLBACK_ZIPF``) counts as a word. That fallback knows fewer
rare words and lets a few names through, so results can differ a little.

Familiarity: wordfreq's frequency of the lemma summed over its forms ("parkeren", "parkeert",
"geparkeerd" ...; "voorwaarde", "voorwaarden"; a plural the lemmatizer left as it was counts
with its singular), because readers know a word, not one spelling of it. A separable verb
("inplannen", "overmaken") also gets the main-clause uses that text counts of its joined forms
miss ("Wij plannen het in": ``SPLIT_SHARE``). A verb with a
particle or prefix ("inloggen", "opschorten", "doorberekenen") is judged as one unit, never
by its parts, unless the particle keeps its own meaning ("terugbellen" is "bellen" + back); a noun compound ("parkeervergunning") is as familiar as its least familiar
part, when both parts are real words and its head is familiar. In a compound Dutch has made
its own (LiNT-II's noun list names its head) the first part may be a little less familiar
(``MODIFIER_SLACK``: "coronavirus"); three parts count as two when two of them form a
compound that text uses ("kinderopvang" + "toeslag"). A word one keystroke from a common
word and no word itself is a spelling slip (``likely_typo``).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from duidelijk import metrics as _metrics, verbs as _verbs
from duidelijk.lexicon import _PLAIN, FrequencyTable, _bucket_zipf, dutch_table, zipf
from duidelijk.verbs import IRREGULAR_STEMS, strong_rows

# ``_verbs`` and ``_metrics`` are read at call time (``_verbs.stem_from_infinitive``, as an
# import statement in the function would, so a patched function is still seen): an import
# statement in a function asked of every new word cost about 1.3 us a call, some 15,000 calls
# a first pass

DIC_PATHS = ("/usr/share/hunspell/nl.dic", "/usr/share/hunspell/nl_NL.dic", "/usr/share/myspell/dicts/nl.dic")
FALLBACK_ZIPF = 2.5
LINKS = ("", "s", "e", "en")
# a part of three letters ("bus", "pin") must be a common word; "tie" (3.5) is not a part
SHORT_PART_ZIPF = 3.7
# words that are never a part of a compound: articles, pronouns, prepositions, and "geen" (a
# determiner: the "-geen" of Greek loans, "antigeen", "homogeen", "halogeen", is no "geen")
FUNCTION_WORDS = frozenset("den der des het een die dat wat ten ter van hun ons wij zij men als dan nog wel "
                           "ook maar dus tot met bij per geen".split())
# the first part of a verb or a word made from one: particles and prefixes belong to the verb
# particles whose meaning stays the same in the verb (back, along, away, together ...)
TRANSPARENT_PARTICLES = ("terug", "mee", "weg", "samen", "thuis", "binnen", "buiten", "heen", "rond",
                         "vooruit", "achteruit")
# a new compound with an abstract head is this much less familiar than its parts
NOVEL_ABSTRACT = 1.0
# ... unless its head is one of the everyday abstract words of speech: SUBTLEX-NL Zipf of the
# lemma at least this (about the 130 most common abstract nouns of LiNT-II's list: "vraag",
# "probleem", "regel", "plan", "gebruik", "afspraak"; not "functie" 4.1, "methode" 4.2,
# "norm" 3.9, "niveau" 4.4)
EVERYDAY_HEAD_SPOKEN = 5.0
# the first part of an established compound (LiNT-II's noun list names its head) may be
# this much less familiar than the bar for the whole
MODIFIER_SLACK = 0.5
# a noun in -heid is this much less familiar than the adjective it is made from
DERIVED_NOUN = 0.5
# derivational suffixes that the word list also has as words ("heid", "lijk", "tal"): as the
# last part they make a derived word, not a compound ("begrijpelijkheid" is no "begrijpelijk"
# + "heid", "viertal" no "vier" + "tal", "huishoudelijk" no "huishoude" + "lijk")
SUFFIX_HEADS = frozenset("heid heden lijk lijke lijker lijks baar bare schap schappen dom zaam zame loos loze "
                         "achtig achtige ing ingen isch ische tal tallen ling lingen erij erijen "
                         # -elijk after a noun in -schap: "wetenschappelijk" is "wetenschap" +
                         # -elijk, not "weten" + "schappelijk" (reasonable)
                         "schappelijk schappelijke schappelijker "
                         # half suffixes of written Dutch: "-matig" (by way of, as regards:
                         # "planmatig", "beleidsmatig", "doelmatig") and "-gericht" (aimed at:
                         # "klantgericht", "oplossingsgericht") make an adjective of a noun whose
                         # meaning is not "moderate" or "aimed" plus that noun; readers know it as a
                         # whole or not ("regelmatig", "doelgericht" are common as words)
                         "matig matige matiger gericht gerichte".split())
PREFIXES = ("aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "terug",
            "toe", "uit", "voor", "weg", "achter", "tegen", "be", "ge", "her", "ont", "ver", "on", "er")


def word_list_path() -> str | None:
    """The OpenTaal word list this process reads, or None."""
    env = os.environ.get("DUIDELIJK_OPENTAAL")
    for name in (env,) if env is not None else DIC_PATHS:
        if name and Path(name).is_file():
            return name
    return None


@cache
def _words() -> FrequencyTable | None:
    """The OpenTaal word list this process reads (``word_list_path``), or None: a read-only set
    of its words (``contains``, ``in``, ``longest_prefix``), kept per user as a table with a
    hash index (``lexicon.cached_table``; the values say nothing). The stored table is mapped,
    not cut into 137,000 strings at each start (about 20 ms, as a sorted list did), and a
    look-up through its index costs about a microsecond from the first one (a list searched by
    halves cost about three, and after 10,000 of them a frozenset was made: about 25 ms of
    speed.py's first pass)."""
    name = word_list_path()
    if name is not None:
        path = Path(name)
        from duidelijk import lexicon

        return lexicon.cached_table("opentaal-words", [path, Path(__file__), Path(lexicon.__file__)],
                                    lambda: _read_word_list(path))
    return None


def _read_word_list(path: Path) -> tuple[list[str], list[int]]:
    """The words of the OpenTaal word list at ``path``, sorted, each with the value 0."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]  # first: a count
    # names ("Ada") are no compound parts. OpenTaal spells "ij" as the one letter "ĳ"
    # (U+0133: "termĳn", "tĳdig"); text has two letters, so the list is read that way
    out = {line.split("/", 1)[0].strip().lower().replace("ĳ", "ij")
           for line in lines if line and not line[0].isupper()}
    out.discard("")
    words = sorted(out)
    return words, [0] * len(words)


def has_word_list() -> bool:
    return _words() is not None


# endings the word list adds by its affix rules: diminutives, plurals, inflection
SUFFIXES = ("etje", "tje", "pje", "je", "jes", "tjes", "pjes", "etjes", "s", "en", "e", "er", "ste", "t", "d",
            "de", "te", "den", "ten")


@lru_cache(maxsize=200_000)
def exists(word: str) -> bool:
    """Is this a Dutch word (in the form given)? The word list holds stems; an inflected
    form or a diminutive ("kopjes", "huisje") counts when Dutch text uses it and its stem
    is in the list."""
    words = _words()
    w = word.lower()
    if words is None:
        return zipf(w) >= FALLBACK_ZIPF
    listed = words.contains
    if listed(w):
        return True
    if zipf(w) <= 0 or not w.endswith(SUFFIXES):
        return False
    for suffix in SUFFIXES:
        if not w.endswith(suffix):
            continue  # (tested before the stem is cut: most words end in few of them)
        stem = w[: -len(suffix)]
        if len(stem) < 2:
            continue
        if listed(stem) or (len(stem) > 2 and stem[-1] == stem[-2] and listed(stem[:-1])):
            return True
        if len(stem) > 2 and stem[-2] not in "aeiou" or len(stem) < 3:
            continue
        long_vowel = stem[:-1] + stem[-2] + stem[-1]  # "zaken" -> "zaak", "kopen" -> "koop"
        if listed(long_vowel):
            return True
    return False


@lru_cache(maxsize=200_000)
def lemma_candidates(word: str) -> tuple[str, ...]:
    """The word and the forms it may be inflected from: brieven -> brief, zaken -> zaak,
    belanghebbenden -> belanghebbende, onroerende -> onroerend, auto's -> auto. Kept per word
    (splits, familiarity, DD105 and the noun lemmas ask it of the same words again)."""
    w = word.lower()
    out = [w]
    if w.endswith("'s"):
        out.append(w[:-2])
    if w.endswith("en") and len(w) > 4:
        out.append(_verbs.stem_from_infinitive(w))  # the same spelling rules as verb stems
        out.append(w[:-2])
    if w.endswith(("s", "n", "e")) and len(w) > 4:
        out.append(w[:-1])
    if w.endswith("er") and len(w) > 5:
        out.append(w[:-2])
    return tuple(out)


# the shortest head after a joined phrase in a compound that counts ("intensivecare" + "afdeling")
_HEAD_LETTERS = 4


def starts_a_word(prefix: str) -> bool:
    """Is ``prefix`` a word of the word list, or the first part of one whose rest is a word of
    its own ("intensivecare" + "afdeling")? A phrase of two words that Dutch writes as one
    inside a compound is a term of Dutch. Not a word that only begins with the letters
    ("schommel" + "in": "schommelingen", whose rest "gen" is no head)."""
    words = _words()
    for word in words.words_starting(prefix) if words is not None else ():
        rest = word[len(prefix):]
        if not rest or len(rest) >= _HEAD_LETTERS and exists(rest):
            return True
    return False


@lru_cache(maxsize=200_000)
def exists_inflected(word: str) -> bool:
    return any(exists(c) for c in lemma_candidates(word))


@lru_cache(maxsize=100_000)
def _forms(lemma: str, pos: str) -> tuple[str, ...]:
    """The forms of a lemma that ``lemma_zipf`` sums (asked twice per lemma: written and
    spoken Dutch), sorted: a float sum in the order of a set of strings would differ in its
    last bit between processes (string hashes are salted per process), and so would DD104's
    scores."""
    from duidelijk.verbs import verb_forms

    forms = {lemma}
    if pos in {"VERB", "AUX"}:
        forms |= verb_forms(lemma)
    elif pos == "NOUN":
        forms |= {lemma + "s", lemma + "en", lemma + lemma[-1:] + "en"}
        if lemma.endswith("e"):
            forms.add(lemma + "n")  # voorwaarde -> voorwaarden
        if len(lemma) > 3 and lemma[-2] == lemma[-3] and lemma[-2] in "aeou":
            forms.add(lemma[:-2] + lemma[-1] + "en")  # zaak -> zaken
        if lemma.endswith("f"):
            forms.add(lemma[:-1] + "ven")
    elif pos in {"ADJ", "ADV"}:
        forms |= {lemma + "e", lemma + "er", lemma + "ste"}
    return tuple(sorted(forms))


# about a third of the uses of a verb are finite forms in a main clause, where a separable
# particle stands apart from the verb ("Wij plannen de werkzaamheden in"): text counts of
# the joined forms miss that third, so they are raised by 1 / (1 - SPLIT_SHARE)
SPLIT_SHARE = 1 / 3


def separable(verb: str) -> bool:
    """Is ``verb`` (an infinitive) a separable particle verb: "inplannen", "overmaken",
    "afschrijven", "doorgaan"; not "informeren" (no "ingeformeerd"), "overwegen",
    "ondertekenen" or "aanvaarden"? The yes/no of ``verbs.separable``, which also gives the
    particle and the verb without it."""
    return bool(_verbs.separable(verb.lower())[0])


_NO_LEMMAS: frozenset[str] = frozenset()


@lru_cache(maxsize=100_000)
def noun_lemmas(form: str, lemma: str) -> frozenset[str]:
    """The singular of a plural noun the lemmatizer left as it was ("randvoorwaarden" ->
    "randvoorwaarde", "brieven" -> "brief"), so that its frequency counts all its forms. Kept
    per (form, lemma): DD104's familiarity and the phrase keys of DD103 ask it of the same words."""
    if lemma != form or not form.endswith(("en", "s")) or len(form) < 6:
        return _NO_LEMMAS
    # a singular that Dutch text uses and whose plural is this form (the word list lacks many
    # compounds: "randvoorwaarde")
    return frozenset(c for c in lemma_candidates(form)[1:] if len(c) >= 4 and zipf(c) > 0 and form in _forms(c, "NOUN"))


@lru_cache(maxsize=200_000)
def lemma_zipf(lemma: str, pos: str = "", frequency: Callable[[str], float] | None = None) -> float:
    """``live_lemma_zipf``, for wordfreq read from the shipped table of lemma sums
    (``compound_table.LemmaSums``) for the lemmas it holds, once the process has summed
    ``SUMS_AFTER`` lemmas itself."""
    if frequency is None:
        sums = lemma_sums()
        if sums is not None:
            found = sums.written(lemma.lower(), pos)
            if found is not None:
                return found
    return live_lemma_zipf(lemma, pos, frequency)


def lemma_sums():
    """The shipped lemma sums (``compound_table.sums_for``) for the word list this process
    reads, or None: during the first ``SUMS_AFTER`` asks of a process (reading the table
    takes longer than a one-page letter's sums) or when the table is not for these files."""
    return _shipped(_sums, _sum_count, SUMS_AFTER, "sums_for")


def _shipped(opened: dict, asked: list[int], after: int, reader: str):
    """A part of the shipped table (``compound_table.<reader>``) for the word list this process
    reads (the table is made for one word list), or None: during the first ``after`` asks of
    the process (``asked`` counts them), and when the table is not for these files. Kept in
    ``opened`` with the word list it was opened for (``_words``, cached per process: the list
    that ``exists`` reads), so that a call asks no environment variable (about a microsecond,
    10,000 times in speed.py's varied texts); a new word list (``_words.cache_clear`` after
    ``DUIDELIJK_OPENTAAL`` changed) opens the table again."""
    if asked[0] < after:
        asked[0] += 1
        return None
    words = _words()
    current = opened.get("current")  # (the word list, its table), set as one item
    if current is not None and current[0] is words:
        return current[1]
    from duidelijk import compound_table

    found = getattr(compound_table, reader)(word_list_path())
    opened["current"] = (words, found)
    return found


# the table's lemma sums are read through the data cache (about 2 ms once the compound table
# is open, which shares its arrays; 4-5 ms without) and a live sum takes about 20 us: a
# one-page letter asks about a hundred sums and stays live, a longer text opens the table
SUMS_AFTER = 300
_sum_count = [0]  # lemma sums asked before the table is read
_sums: dict = {}  # "current": (the word list, the shipped lemma sums for it or None)


def live_lemma_zipf(lemma: str, pos: str = "", frequency: Callable[[str], float] | None = None) -> float:
    """Zipf frequency of a lemma summed over its forms (for a separable verb, with the uses
    in which its particle stands apart added: ``SPLIT_SHARE``). ``frequency`` gives the Zipf
    value of a form: wordfreq's (``lexicon.zipf``) unless another list's is given
    (``subtlex.spoken_zipf``)."""
    frequency = frequency or zipf
    total = sum(10 ** frequency(f) for f in _forms(lemma.lower(), pos) if frequency(f) > 0)
    if total > 0 and pos in {"VERB", "AUX"} and separable(lemma):
        total /= 1 - SPLIT_SHARE
    return math.log10(total) if total > 0 else 0.0


# a verb stem in f or s is read from an infinitive with v or z only when text uses its third
# person at least this often (Zipf): "leeft", "verhuist", "inschrijft"; not "zeeft", "staaft"
VERB_USE_ZIPF = 2.0


@lru_cache(maxsize=100_000)
def _part_ok(part: str, final: bool) -> float:
    """The familiarity of a compound part if it is a real word, else -1."""
    if _PLAIN.fullmatch(part):
        return _plain_part_ok(part, final)  # (the same, kept with the parts ``_split`` tried)
    return _part_score(part, final)  # (a part with other characters is never ``_unknown``)


@cache
def bound_first_parts() -> frozenset[str]:
    """First parts that Dutch uses as a prefix of their own, spelled as a form of another word
    (``wordlists/bound_first_parts.tsv``: "neven" of "nevenfunctie" is not the plural of "neef")."""
    from duidelijk import wordlists

    return wordlists.words("bound_first_parts", "part")


def _part_score(part: str, final: bool) -> float:
    """``_part_ok`` of a part that is not surely unknown (``_unknown``): -1 for a part of fewer
    than three letters, a function word, (last) a suffix or (first) a prefix of its own that is
    spelled as another word (``bound_first_parts``: "neven" of "nevenfuncties" lends no meaning
    of "neef", so the compound is not split there)."""
    if len(part) < 3 or part in FUNCTION_WORDS or (final and part in SUFFIX_HEADS):
        return -1.0
    if not final and part in bound_first_parts():
        return -1.0
    if final:
        known = exists_inflected(part)
        score = max(zipf(part), max((zipf(c) for c in lemma_candidates(part)[1:]), default=0.0))
    else:
        known = exists(part)
        score = zipf(part)
        if len(part) >= 4:
            # a verb stem as first part: "parkeer" (parkeren), "invul" (invullen); a stem in f
            # or s may have v or z in the infinitive: "inschrijf" (inschrijven), "verhuis"
            # (verhuizen), "leef" (leven)
            ends = [part[-1:]] + [{"f": "v", "s": "z"}[part[-1]]] if part[-1] in "fs" else [part[-1:]]
            # (v or z only for a verb that text uses as one: its third person is in text,
            # "zeeft" no, so the numeral "zeven" lends "zeef" nothing)
            if len(ends) > 1 and zipf(part + "t") < VERB_USE_ZIPF:
                ends = ends[:1]
            verbs = [part + "en", part + part[-1:] + "en"] + [part[:-1] + e + "en" for e in ends[1:]]
            if len(part) > 3 and part[-2] == part[-3] and part[-2] in "aeou":
                verbs += [part[:-2] + e + "en" for e in ends]
            verb = max(verbs, key=zipf)
            if zipf(verb) > score and exists(verb) and _verbs.stem_from_infinitive(verb) == part:
                known, score = True, zipf(verb)
        if not known and score > 0 and part.endswith("en"):
            known = plural_noun(part)  # "ganzen" (gans), "duiven" (duif): the word list lacks them
    if not known or score <= 0:
        return -1.0
    if len(part) == 3 and score < SHORT_PART_ZIPF:
        return -1.0
    return score


@lru_cache(maxsize=20_000)
def plural_singulars(form: str) -> tuple[str, ...]:
    """The singulars a regular Dutch noun plural may have, by spelling alone: "-en" with the
    spelling undone (``verbs.spelling_bases``: "ganzen" -> "gans", "duiven" -> "duif", "bomen"
    -> "boom", "katten" -> "kat", "wegen" -> "weg" or "weeg"), "-s" or "-'s" cut off ("tafels"
    -> "tafel", "auto's" -> "auto"). Candidates of three letters or more, the form's own stem
    first; whether one is a noun, the caller asks (``plural_noun``)."""
    if form.endswith("en") and len(form) >= 5:
        stem = form[:-2]
        if stem[-3:-2] == stem[-2:-1] and stem[-2:-1] in ("a", "e", "o", "u") and stem[-1] not in _verbs.VOWELS:
            return ()  # a double vowel before one consonant and "-en" is no Dutch spelling ("haazen")
        out = _verbs.spelling_bases(stem)
    elif form.endswith("'s"):
        out = (form[:-2],)
    elif form.endswith("s") and not form.endswith("ss"):
        out = (form[:-1],)
    else:
        out = ()
    return tuple(c for c in out if len(c) >= 3)


def plural_candidates(word: str) -> list[str]:
    """The regular plural forms a noun may have ("voorwaarden", "afspraken", "mogelijkheden",
    "droppen", "grieven"): Dutch spelling done, the way back of ``plural_singulars``."""
    stem = word[:-1] + {"f": "v", "s": "z"}.get(word[-1], word[-1])
    if word.endswith(("ee", "ie")):
        return [word + "ën", word + "s"]  # idee -> ideeën, not "ideeen"
    if word[-1] in "aiouy":
        return [word + "'s"]  # auto -> auto's
    if word.endswith("heid"):
        return [word[:-4] + "heden"]  # mogelijkheid -> mogelijkheden
    if word.endswith("e"):
        return [word + "n", word + "s"]  # voorwaarde -> voorwaarden, bijdrage -> bijdragen
    candidates = [word + "s", word + "en", word + word[-1] + "en", stem + "en"]
    if len(word) > 3 and word[-3] == word[-2] and word[-3] in "aeou":
        candidates.append(word[:-2] + stem[-1] + "en")  # afspraak -> afspraken, contactpersoon -> -personen
    return list(dict.fromkeys(candidates))


def plural_noun(form: str) -> bool:
    """Is ``form`` the regular plural of a noun: one of its ``plural_singulars`` is in the word
    list itself (a stem, not a form it lets pass: ``exists``) and in LiNT-II's noun list
    ("ganzen": gans, "duiven": duif, "hazen": haas)? Spelling alone: whether text uses the
    form, the caller asks."""
    words = _words()
    listed = words.contains if words is not None else exists
    return any(_metrics.noun_class(c) is not None and listed(c) for c in plural_singulars(form))


def _unknown(part: str, final: bool) -> bool:
    """Is ``part`` surely no word: a plain string that neither the word list nor the
    frequency list holds, nor any form it may come from? A quick answer for most of the
    substrings that splitting a compound tries; ``_part_ok`` gives -1 for them anyway."""
    if not _PLAIN.fullmatch(part):
        return False
    words = _words()
    return _unlisted(part, final, dutch_table().get, words.contains if words is not None else _nowhere)


def _unlisted(part: str, final: bool, in_table, listed, start: str = "") -> bool:
    """``_unknown`` for a plain ``part``, with the two look-ups given: ``in_table``, the ``get``
    of wordfreq's table (None for a word it lacks: no call of ``contains`` on top of it) and
    ``listed``, the word list's ``contains``. ``start``, if given, is a start that no word of
    either list has (``_split`` knows it from the longest start a listed word shares with the
    rest of the word): a string that begins with it is not looked up, as it cannot be listed
    (the part itself and its forms with "-en", beyond that longest start)."""
    if not (start and part.startswith(start)) and (in_table(part) is not None or listed(part)):
        return False
    if final:
        forms = lemma_candidates(part)[1:]
    elif len(part) >= 4:
        forms = [part + "en", part + part[-1] + "en", part[:-2] + part[-1] + "en"]
    else:
        return True
    for form in forms:
        if start and form.startswith(start):
            continue
        if in_table(form) is not None or listed(form):
            return False
    return True


def _nowhere(word: str) -> bool:
    return False


@lru_cache(maxsize=200_000)
def _plain_part_ok(part: str, final: bool) -> float:
    """``_part_ok`` of a plain ``part`` (``_split`` asks it of every substring): most
    substrings are no word at all, and ``_unlisted`` says so at once; a part it passes is
    scored without asking it again. Kept per part: the words a text splits share about half
    their substrings ("ondertekenverzoek", "mede-ondertekenverzoek")."""
    words = _words()
    if _unlisted(part, final, dutch_table().get, words.contains if words is not None else _nowhere):
        return -1.0
    return _part_score(part, final)


@lru_cache(maxsize=50_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """``live_compound_parts``, read from the shipped table (``duidelijk.compound_table``)
    for the words it holds, once the process has split ``TABLE_AFTER`` words itself: reading
    the table (about 5 ms through the data cache) takes about as long as splitting forty
    words, more than a one-page letter asks (10 to 30)."""
    table = _shipped(_tables, _split_count, TABLE_AFTER, "table_for")
    if table is not None:
        parts = table.parts(word.lower())
        if parts is not None:
            return parts or (word,)
    return live_compound_parts(word)


TABLE_AFTER = 50
_split_count = [0]  # words split live so far in this process
_tables: dict = {}  # "current": (the word list, the shipped table for it or None)


def live_compound_parts(word: str) -> tuple[str, ...]:
    """Split a compound into real words, in order, linking sounds kept with the part before
    ("vergunningverlening" -> ("vergunning", "verlening"), "onroerendezaakbelasting" ->
    ("onroerende", "zaak", "belasting")). A word that is no compound gives ``(word,)``.
    Fewest parts win; among those, the split whose rarest part is most common. An inflected
    word whose lemma is in the word list is split as that lemma ("belanghebbenden" is
    "belanghebbende" + n, and so no "belang + heb + benden")."""
    w = word.lower()
    if len(w) < MIN_COMPOUND:
        return (word,)  # (asked of every short verb form DD104 meets: "geeft", "staat")
    for cand in lemma_candidates(w)[1:]:
        if exists(cand) and not exists(w):
            parts = _split(cand)
            if len(parts) == 1:
                return (word,)
            return parts[:-1] + (parts[-1] + w[len(cand):],)
    return _split(w) if len(_split(w)) > 1 else (word,)


# the shortest compound: two parts of at least three letters (``_split`` tries no shorter
# part); the forms a shorter word is split as (``lemma_candidates``) are shorter still
MIN_COMPOUND = 6
# how many letters at its end a part may differ from the listed word it is known by (see
# ``_unlisted``: not final, "-en" added or "zaak" -> "zaken"; final, ``lemma_candidates``)
_PREFIX_SLACK = 2
_FINAL_PREFIX_SLACK = 4


# the shortest head of a compound: a part has three letters or more (``_split``)
_MIN_HEAD = 3
# the most letters a form of ``lemma_candidates`` is shorter than the word ("stoppen" -> "stop")
_LEMMA_SHORTER = 3
# ``_in_ending`` holds a last part to its lemma only when the part has at most this many
# letters plus ``_LEMMA_SHORTER`` (the scraps it finds are short: "chappen", "agers", "araten");
# a part that starts earlier is let pass at once, without a look-up
_SCRAP_HEAD = 4


@lru_cache(maxsize=50_000)
def _inflected_from(w: str) -> tuple[tuple[int, str], ...]:
    """(letters shared with ``w``, the word) for each word of the word list that ``w`` may be
    an inflected form of (``lemma_candidates``: "fietsers" of "fietser", "factoren" of "factor")."""
    words = _words()
    listed = words.contains if words is not None else exists
    return tuple((len(os.path.commonprefix((lemma, w))), lemma) for lemma in lemma_candidates(w)[1:]
                 if lemma != w and listed(lemma))


def _in_ending(w: str, i: int) -> bool:
    """Would a last part from ``i`` make a word of the ending of an inflected word? A Dutch
    compound inflects on its head: "fietsenmakers" is the plural of "fietsenmaker", whose head
    "maker" takes the "-s". So when ``w`` is an inflected form of a word the word list has
    (``_inflected_from``), its head is that word's head plus the ending: the rest of that word
    from ``i`` must be a head itself. Not when it has fewer than ``_MIN_HEAD`` letters: the
    part reads the ending as a word, with a scrap of the stem: "fiets" + "ers" ("er" of
    "fietser"), "facto" + "ren" ("factor"), "burg" + "ers", "prik" + "ken", "mee" + "ster"
    ("meest"), "hert" + "ogen" ("hertog"). Nor when it has three letters and is too rare for a
    part of three letters as a word (``SHORT_PART_ZIPF``) and rarer than the whole word: a
    compound names a kind of what its head names, and is rarer than its head ("regenbui" is
    rarer than "bui"), so such a rest is a scrap of a word made with a suffix: "spie" + "gels"
    ("spiegel": "gel"), "opera" + "tors" ("tor"), "wet" + "tel" + "ijke" ("wettelijk": "ijk"),
    "prof" + "ielen" ("profiel": "iel"). Only the words that share the letters before ``i``
    count ("rechtszaken": "rechtszaak" shares "rechts"); when several do, the longest decides.
    Nor, for a noun, when the rest is longer and is no part at all: the plural of a noun that
    is no compound is none either ("boodschappen" of "boodschap": "boods" + "chappen",
    "eigenschappen", "apparaten" of "apparaat": "app" + "araten", "managers"; the linking
    form "veiligheids" of "veiligheid": "veilig" + "heids").
    Not for verb forms: a participle is known by its verb, not as a word ("verteld")."""
    if i + _SCRAP_HEAD + _LEMMA_SHORTER < len(w):
        return False  # (at once: a head that starts this early is the head of every lemma)
    lemmas = [lemma for shared, lemma in _inflected_from(w) if shared >= i]
    if not lemmas:
        return False
    lemma = max(lemmas, key=len)
    rest = lemma[i:]
    if len(rest) < _MIN_HEAD:
        return True
    if len(rest) == _MIN_HEAD:
        return zipf(rest) < min(SHORT_PART_ZIPF, zipf(lemma))
    return _plain_part_ok(rest, True) < 0 and _metrics.noun_class(lemma) is not None


@lru_cache(maxsize=50_000)
def _split(w: str) -> tuple[str, ...]:
    n = len(w)
    best: dict[int, tuple[int, float, tuple[str, ...]]] = {0: (0, -99.0, ())}
    if _PLAIN.fullmatch(w):
        # most substrings are no word at all: ``_unlisted`` says so without the call and the
        # cache of ``_part_ok`` (every substring of a plain word is plain)
        words = _words()
        table = dutch_table()
        part_ok = _plain_part_ok

        in_table = table.get
        listed = words.contains if words is not None else _nowhere

        def reach(i: int) -> tuple[int, bool, int]:
            # ``_unlisted`` passes a part only when a listed word starts with all of it but
            # its last 2 letters (not final: "parkeer" -> "parkeren", "zaak" -> "zaken") or 4
            # (final: ``lemma_candidates``, "jazzen" -> "jas"; an irregular verb is listed
            # itself). So the parts from ``i`` end at most that far after the longest start
            # of w[i:] that a listed word has: no longer part needs a look-up
            rest = w[i:]
            known = max(table.longest_prefix(rest), words.longest_prefix(rest) if words is not None else 0)
            return i + known + _PREFIX_SLACK, n - i - known <= _FINAL_PREFIX_SLACK or rest in IRREGULAR_STEMS, known

        def beyond_ok(i: int, j: int, known: int) -> float:
            # a part longer than the longest start a listed word shares with w[i:]: no listed
            # word starts with w[i:i + known + 1], so neither the part nor its forms with
            # "-en" need a look-up; only a form that changes its end ("zaak" -> "zaken") or a
            # shorter final form may be listed. Most such parts are no word: -1 at once,
            # without the cache of ``_plain_part_ok`` (the same answer)
            part = w[i:j]
            if _unlisted(part, j == n, in_table, listed, w[i:i + known + 1]):
                return -1.0
            return part_ok(part, j == n)
    else:
        part_ok = _part_ok

        def reach(i: int) -> tuple[int, bool, int]:
            return n, True, n

        def beyond_ok(i: int, j: int, known: int) -> float:
            return part_ok(w[i:j], j == n)
    # Fewest parts first: the positions reached with one part more than the last layer, one
    # layer at a time (each in the order of the text). From each position of a layer the last
    # part (up to the end of the word) is tried first; once one reaches the end, no position
    # needs more parts than this layer gives, so the other parts from this layer (and every
    # later layer) are not looked up at all. The answer is the one of a loop over all positions
    # in order (``tests/test_split_speed.py``): the parts that reach a position with the
    # fewest parts come from the layer before it, in the same order.
    layer = [0]
    reached: dict[int, tuple[int, bool, int]] = {}
    while layer:
        for i in layer:
            reached[i] = last, final_ok, known = reach(i)
            if final_ok and i > 0 and n >= i + 3:
                base = part_ok(w[i:], True) if n - i <= known else beyond_ok(i, n, known)
                if base >= 0 and _in_ending(w, i):
                    base = -1.0  # the ending of an inflected word, read as a word ("fiets" + "ers")
                if base >= 0:
                    count, neg_min, parts = best[i]
                    cand = (count + 1, max(neg_min, -base), parts + (w[i:],))
                    if n not in best or cand[:2] < best[n][:2]:
                        best[n] = cand
        if n in best:
            break
        after: list[int] = []  # the positions reached with one part more
        for i in layer:
            count, neg_min, parts = best[i]
            last, final_ok, known = reached[i]
            for j in range(i + 3, min(last, n - 1) + 1):  # parts that may be words (see ``reach``)
                # the part w[i:j] is the same for every link: looked up once (a linking
                # sound never ends the word, so only the part without one can be final)
                base = part_ok(w[i:j], False) if j - i <= known else beyond_ok(i, j, known)
                if base < 0:
                    # no link can help, but "e" may make a word of its own ("onroerende"); the
                    # links "", "s" and "en" keep the score of the part without them
                    if w[j:j + 1] != "e" or j + 1 >= n:
                        continue
                    links: tuple[tuple[int, float], ...] = (
                        (j + 1, part_ok(w[i:j + 1], False) if j + 1 - i <= known else beyond_ok(i, j + 1, known)),)
                else:
                    links = tuple((j + len(link), base) for link in LINKS
                                  if not link or (j + len(link) < n and w[j:j + len(link)] == link))
                for k, score in links:
                    if score < 0:
                        continue
                    cand = (count + 1, max(neg_min, -score), parts + (w[i:k],))
                    if k not in best:
                        best[k] = cand
                        after.append(k)
                    elif cand[:2] < best[k][:2]:
                        best[k] = cand
        layer = sorted(after)
    if n in best and best[n][0] > 1:
        return best[n][2]
    return (w,)


def part_word(part: str) -> str:
    """A part as readers know it: without a linking s ("vergunnings" -> "vergunning")."""
    if not part.endswith("s") or len(part) < 5:
        return part
    words = _words()
    if words is not None:
        return part[:-1] if part not in words and part[:-1] in words else part
    return part[:-1] if zipf(part[:-1]) > zipf(part) + 1 else part


def starts_with_prefix(parts: tuple[str, ...]) -> bool:
    return len(parts) > 1 and parts[0] in PREFIXES


@lru_cache(maxsize=100_000)
def verb_lemmas(form: str) -> frozenset[str]:
    """Infinitives a verb form may come from, by regular spelling ("inlogt" -> "inloggen",
    "parkeert" -> "parkeren", "ingelogd" -> "inloggen"), for when the lemmatizer errs. Kept
    per form: DD103, DD104, DD105 and the word keys of the phrase lists ask it of the same
    words in every text (about 40 microseconds a form). With the particle verbs of strong
    forms (``particle_strong_verbs``)."""
    return spelled_verb_lemmas(form) | particle_strong_verbs(form.lower())


@lru_cache(maxsize=100_000)
def spelled_verb_lemmas(form: str) -> frozenset[str]:
    """``verb_lemmas`` by spelling rules only, without the particle verbs of strong forms."""
    sure, spelled = _verb_spellings(form.lower())
    # the word list lacks many particle verbs ("overmaken"): then Dutch text must use the verb
    return sure | frozenset(v for v in spelled if _used_verb(v))


def _verb_spellings(w: str) -> tuple[frozenset[str], frozenset[str]]:
    """The infinitives a lower-case verb form may come from by regular spelling, before any
    look-up: (those ``spelled_verb_lemmas`` keeps as they are, those it keeps only when Dutch
    uses them: ``_used_verb``)."""
    if w.endswith("en"):
        # an infinitive ("antwoorden", "praten"), or a past plural ("mislukten",
        # "naspeelden") that the lemmatizer kept as its own lemma: its weak stem's verbs too
        if w.endswith(("den", "ten")) and len(w) >= 7:
            return frozenset((w,)), _verbs._infinitives(w[:-3]) - {w}
        return frozenset((w,)), _NO_LEMMAS
    stems = set()
    for end in ("t", "d", "de", "te", "den", "ten"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            stems.add(w[: -len(end)])
    stems.add(w)
    for st in list(stems):
        if st.startswith("ge") and len(st) > 5:
            stems.add(st[2:])
        for p in range(2, min(7, len(st) - 4)):  # a particle before "ge": "ingelogd", "goedgekeurd"
            if st[p : p + 2] == "ge":
                stems.add(st[:p] + st[p + 2 :])
    out = set()
    for st in stems:
        out |= _verbs._infinitives(st)
    return _NO_LEMMAS, frozenset(out)


def _used_verb(verb: str) -> bool:
    """Is a spelled infinitive a verb: in the word list, or used in Dutch text?"""
    return exists(verb) or zipf(verb) >= FALLBACK_ZIPF


def verb_lemmas_among(form: str, words) -> set[str]:
    """``verb_lemmas(form) & words``, for a caller that asks only about the verbs of a set
    (DD104: the verbs of the B1 list). The spellings are made as for ``verb_lemmas`` and
    looked up in ``words`` first; only those in it are asked whether Dutch uses them, the
    table look-ups that are most of a new form's ``verb_lemmas`` (DD104 asks this of every
    word it judges, most of which come from no verb of the set)."""
    w = form.lower()
    sure, spelled = _verb_spellings(w)
    found = {v for v in sure if v in words}
    found.update(v for v in spelled if v in words and _used_verb(v))
    if w.startswith(_verbs.PARTICLES):
        found.update(v for v in _particle_strong_spellings(w) if v in words and _used_verb(v))
    return found


@cache
def _strong_forms() -> dict[str, str]:
    """The past tenses and past participles of the strong and irregular verbs
    (``wordlists/strong_verbs.tsv``, read by ``strong_rows``), each with its infinitive
    ("kreeg" -> "krijgen"); a form of two verbs goes with the first in the list."""
    found: dict[str, str] = {}
    for infinitive, forms in strong_rows().items():
        for form in forms:
            found.setdefault(form, infinitive)
    return found


@lru_cache(maxsize=50_000)
def particle_strong_verbs(form: str) -> frozenset[str]:
    """The particle verb of a strong verb's form with its particle in front ("terugkreeg",
    "doorgaf", "meenam" in a subclause; "ingebracht", "doorgeschoven"): particle + the
    infinitive ("terugkrijgen", "doorgeven", "inbrengen"), which no spelling rule of
    ``verb_lemmas`` finds and the lemmatizer often misses. The rest must be a past tense or
    participle of ``wordlists/strong_verbs.tsv`` of at least three letters, and Dutch must use
    the particle verb (the word list holds it, or text does); else empty."""
    w = form.lower()
    if not w.startswith(_verbs.PARTICLES):
        return _NO_LEMMAS  # (one test for all particles: most words start with none)
    out = {verb for verb in _particle_strong_spellings(w) if _used_verb(verb)}
    return frozenset(out) if out else _NO_LEMMAS


def _particle_strong_spellings(w: str) -> list[str]:
    """The particle verbs ``particle_strong_verbs`` reads a lower-case form as, before it asks
    whether Dutch uses them."""
    strong = _strong_forms()
    out = []
    for particle in _verbs.PARTICLES:
        rest = w[len(particle):]
        if w.startswith(particle) and len(rest) >= 3 and rest in strong and not _weak_reading(rest):
            out.append(particle + strong[rest])
    return out


# a strong past form is also a weak verb ("voeren", "voer", "zagen", "roken", "staken") when
# text uses that verb's present, past and participle at least this often (Zipf, each):
# "voert", "voerde", "gevoerd". Below it are chance spellings ("wont", "wonde", "gewond")
WEAK_READING_ZIPF = 1.8


@cache
def _weak_reading(rest: str) -> bool:
    """Whether a past form of ``wordlists/strong_verbs.tsv`` is also an infinitive or a first
    person of another, weak verb ("voeren" past plural of "varen" and the verb "voeren";
    "voer"; "zagen" of "zien" and "zagen"): then particle + the form ("uitvoeren", "uitvoer",
    "afzagen") is not read as the strong verb's particle verb ("uitvaren", "afzien").
    Participles ("gezien") are left: a weak verb writes its own with -d or -t."""
    from duidelijk.verbs import stem_from_infinitive

    strong = _strong_forms()
    if rest.startswith("ge"):
        return False
    infinitive = rest if rest.endswith("en") else rest + "en"
    if infinitive == strong.get(rest):
        return False
    st = stem_from_infinitive(infinitive)
    if not rest.endswith("en") and st != rest:
        return False  # "zag" is no form of "zagen" ("zaag")
    # 't kofschip: "te", "-t" after a voiceless sound
    forms = (_verbs.t_form(st), _verbs.weak_past(infinitive, st), "ge" + st + _verbs.participle_ending(infinitive, st))
    return not any(f in strong for f in forms) and min(zipf(f) for f in forms) >= WEAK_READING_ZIPF


def noun_reading(word: str) -> bool:
    """Whether a verb form is also a noun form of LiNT-II's list ("toedoen": "door uw
    toedoen"; "voorvallen", "onderwerpen", "treden": plurals of "voorval", "onderwerp",
    "trede"): then text counts of the form are not the verb's."""
    return _metrics.noun_class(word) is not None


@lru_cache(maxsize=20_000)
def strong_reading_zipf(verb: str) -> float:
    """The frequency of a particle verb read from a strong form (``particle_strong_verbs``):
    its lemma sum, but when a form is also a noun ("toedoen", "voorvallen" as the plural of
    "voorval", "onderwerpen") only the forms that are no noun, with the strong forms that
    the particle verb writes ("toegedaan", "voorviel", "onderwierp"); a separable verb raised
    by ``SPLIT_SHARE``. A noun's frequency does not vouch for the verb: "Wij zijn de mening
    toegedaan" or "wat er voorviel" stay hard."""
    forms = _forms(verb, "VERB")  # (with the strong forms: ``verbs.strong_forms``)
    if not any(noun_reading(f) for f in forms if zipf(f) > 0):
        return lemma_zipf(verb, "VERB")
    total = sum(10 ** zipf(f) for f in sorted(forms) if zipf(f) > 0 and not noun_reading(f))
    if total > 0 and separable(verb):
        total /= 1 - SPLIT_SHARE
    return math.log10(total) if total > 0 else 0.0


@lru_cache(maxsize=100_000)
def familiarity(form: str, lemma: str, pos: str) -> float:
    """How familiar a word is, on the Zipf scale (see the module text)."""
    form, lemma = form.lower(), lemma.lower().replace("_", "")
    return max(_form_familiarity(form, lemma, pos), _compound_familiarity(form, lemma, pos))


@lru_cache(maxsize=100_000)
def _form_familiarity(form: str, lemma: str, pos: str) -> float:
    """``familiarity`` from the word's own forms, lemmas and verbs, without splitting it
    into compound parts (which takes longer): never more than ``familiarity``. ``form``
    and ``lemma`` in lower case, the lemma without "_"."""
    lemmas = {lemma} if lemma and (exists(lemma) or not has_word_list()) else set()
    if pos == "NOUN":
        # a lemma that is no word ("vitamian" for "vitaminen"): read the form as the lemmatizer would
        lemmas |= noun_lemmas(form, lemma if lemmas or not has_word_list() else form)
    if pos in {"ADJ", "ADV"} and lemma == form and form.endswith(("er", "ere", "st", "ste")):
        # a comparative or superlative the lemmatizer left as it was: "gezelliger" is "gezellig"
        lemmas |= {c for c in (form[:-2], form[:-3], form[:-2].rstrip("s")) if len(c) > 3 and exists(c)}
    participle = "ge" in form[:8] and form.rstrip("e")[-1:] in {"d", "t", "n"}
    if pos in {"VERB", "AUX"} or (pos in {"ADJ", "ADV"} and participle) or (
            pos == "NOUN" and participle and lemma == form):
        # a participle, also one the tagger took for a noun in a line without a verb ("Uw
        # melding is ingepland" as a heading) or for an adverb ("was meegesprongen"): read as its verb
        stem = form[:-1] if form.endswith("de") or form.endswith("te") else form
        verbs = verb_lemmas(stem) - lemmas
        if stem.startswith("ge") and stem in _strong_forms():
            # the participle of a strong verb that the lemmatizer left as it was ("gedoken",
            # "gemeten"): no spelling rule gives its infinitive, the list of strong verbs does
            verbs |= {_strong_forms()[stem]} - lemmas
        # verbs read only from a strong form with its particle: without the frequency of a noun
        strong = (verbs & particle_strong_verbs(stem)) - spelled_verb_lemmas(stem)
    elif pos == "NOUN" and lemma == form:
        # a particle verb's past tense that the tagger took for a noun and left as it was
        # ("het geld dat u terugkreeg"): read as its verb
        verbs = strong = particle_strong_verbs(form) - lemmas
    else:
        verbs = strong = set()
    # a verb read from a participle counts with the forms of a verb
    score = max([zipf(form)] + [lemma_zipf(lem, pos) for lem in lemmas]
                + [strong_reading_zipf(v) if v in strong else lemma_zipf(v, "VERB") for v in verbs])
    lemmas |= verbs
    for lem in lemmas if not form.endswith(("end", "ende")) else ():
        # a particle that keeps its own meaning ("terug", "mee", "weg"): "terugbellen" is
        # "bellen" + back, as familiar as "bellen"; "opschorten", "doorberekenen" are not.
        # A present participle is often an adjective with a meaning of its own ("terughoudend")
        if not lem.startswith(TRANSPARENT_PARTICLES):
            continue  # (one test for all particles first: most lemmas start with none)
        particle = next((p for p in TRANSPARENT_PARTICLES if lem.startswith(p)), "")
        rest = lem[len(particle):]
        if lem in strong and noun_reading(rest):
            continue  # "binnentrad": "treden" is also the plural of "trede"
        if particle and len(rest) >= 4 and (rest.endswith("en") or rest in strong_rows()) and exists(rest):
            # (an infinitive of one syllable in "-aan" ends in no "-en": "samengaan", "rondgaan",
            # "terugslaan" are "gaan", "slaan" + together, around, back)
            score = max(score, lemma_zipf(rest, "VERB"))
    particle = next((p for p in TRANSPARENT_PARTICLES if form.startswith(p + "ge")), "") if participle else ""
    if participle and particle and len(form) - len(particle) >= 6:
        # the participle of such a verb, strong ones too ("meegesprongen", "teruggegeven"):
        # as familiar as the participle without the particle
        score = max(score, zipf(form[len(particle):]))
    if pos in {"ADJ", "VERB"} and form.endswith("e") and len(form) > 5:
        # an inflected participle or adjective: "toegestane" is "toegestaan", "gesloten" + e
        bare = form[:-1]
        score = max(score, zipf(bare), zipf(bare[:-1] + bare[-2] + bare[-1]))
    return score


def _compound_familiarity(form: str, lemma: str, pos: str) -> float:
    """``familiarity`` from the compound parts of a noun or adjective (-1 when it has none
    to go by)."""
    score = -1.0
    if pos in {"NOUN", "ADJ"}:
        parts = compound_parts(form)
        if len(parts) == 2 and not starts_with_prefix(parts) and not _verbal(form, lemma):
            head = parts[-1]
            # a noun head may be plural ("brieven" -> "brief"); an adjective or adverb head is
            # itself an adjective, perhaps inflected ("tijds" in "tussentijds" is no "tijd")
            heads = lemma_candidates(head) if pos == "NOUN" else [head, head[:-1]] if head.endswith("e") else [head]
            head_score = max(zipf(head), max(lemma_zipf(c, pos) for c in heads))
            # a linking s ("stads" in "stadsdeel") even where the list also has the word with s
            first = max(_part_ok(parts[0], False), _part_ok(part_word(parts[0]), False),
                        _part_ok(parts[0][:-1], False) if parts[0].endswith("s") else -1.0,
                        linked_plural(parts[0]) if pos == "NOUN" else -1.0)
            if pos == "NOUN" and established_compound(form, lemma, head):
                # readers lean on the head of a compound Dutch has made its own ("coronavirus"
                # is a virus): its first part need not be quite as familiar
                first += MODIFIER_SLACK
            parts_score = min(first, head_score)
            if pos == "NOUN" and novel_abstract(form, lemma, head) and not everyday_head(heads):
                parts_score -= NOVEL_ABSTRACT
            elif pos == "NOUN":
                # a verb stem as first part counts as its verb ("snoeihout"); not in a new compound
                # with an abstract head, whose ``NOVEL_ABSTRACT`` is measured on the stem's infinitive
                # ("aanmeldfunctie" stays hard)
                parts_score = max(parts_score, min(stem_verb_familiarity(parts[0]), head_score))
            score = max(score, parts_score)
        elif len(parts) == 3 and pos == "NOUN" and not starts_with_prefix(parts):
            score = max(score, _grouped(parts))
    return score


def linked_plural(part: str) -> float:
    """For a first part with the linking "-en-" of Dutch compounds, the plural of a noun
    ("grassen" in "grassenfamilie", "boeken" in "boekenkast"): the familiarity of that noun,
    its forms summed; else -1. Readers know the noun, not how often text writes its plural.
    The noun must be one of LiNT-II's noun list ("gras"), and the part a word of its own."""
    if not part.endswith("en") or len(part) < 5 or _part_ok(part, False) < 0:
        return -1.0
    return max((lemma_zipf(c, "NOUN") for c in lemma_candidates(part)[1:]
                if len(c) >= 3 and _metrics.noun_class(c) is not None and exists(c)), default=-1.0)


def stem_verb_familiarity(part: str) -> float:
    """For a first part that is the stem of a verb ("snoei" in "snoeihout", "parkeer" in
    "parkeerplaats"): the familiarity of that verb, its forms summed; else -1. Readers know the
    verb, not how often text writes its infinitive (which is all that ``_part_ok`` counts of
    it), as ``linked_plural`` reads a plural by its noun. The verb must be one the word list
    has, whose stem by the spelling rules is the part, and the part must be a word of its own
    as a first part (``_part_ok``). Not a noun ("wens", "fiets": the verb's forms count the
    noun's plural, "wensen"; the noun is known by its own forms)."""
    if len(part) < 4 or _metrics.noun_class(part) is not None or _part_ok(part, False) < 0:
        return -1.0
    return max((lemma_zipf(v, "VERB") for v in _verbs._infinitives(part)
                if _verbs.stem_from_infinitive(v) == part and exists(v)), default=-1.0)


def _grouped(parts: tuple[str, ...]) -> float:
    """A compound of three parts read as two: a compound that Dutch text uses and a head
    ("ziektekosten" + "verzekering", "kinderopvang" + "toeslag"). Its familiarity is that of
    the less familiar of the two; 0 when no such grouping exists."""
    best = 0.0
    for left, right in (("".join(parts[:2]), parts[2]), (parts[0], "".join(parts[1:]))):
        left_word = part_word(left)
        left_score = max(lemma_zipf(left_word, "NOUN"), lemma_zipf(left, "NOUN"))
        right_score = max([zipf(right)] + [lemma_zipf(c, "NOUN") for c in lemma_candidates(right)])
        if min(left_score, right_score) >= FALLBACK_ZIPF:  # both words that text uses
            best = max(best, min(left_score, right_score))
    return best


@lru_cache(maxsize=50_000)
def known_meaning(form: str, lemma: str, pos: str) -> float:
    """How well readers know what a word means: its familiarity, or for a noun of quality
    made from an adjective ("gladheid", "veiligheid") that of the adjective, a little less
    (``DERIVED_NOUN``). Not for a word's length: "begrijpelijkheid" is known but long."""
    return max(familiarity(form, lemma, pos), _derived_meaning(form.lower(), pos))


def known_meaning_floor(form: str, lemma: str, pos: str) -> float:
    """A lower bound of ``known_meaning`` that skips splitting the word into compound parts:
    when it already clears a bar, so does ``known_meaning`` (which is never lower)."""
    return max(_form_familiarity(form.lower(), lemma.lower().replace("_", ""), pos), _derived_meaning(form.lower(), pos))


def _derived_meaning(form: str, pos: str) -> float:
    """For a noun of quality ("gladheid"): the familiarity of its adjective less
    ``DERIVED_NOUN``; for a noun of the state of being a person of some kind ("partnerschap",
    "ouderschap", "voorzitterschap": a person noun and "-schap") that of the person noun, less
    the same; else -1. Its meaning is then that person's role ("partnerschap": being partners).
    Only the person nouns of kinship and law of ``wordlists/status_persons.tsv``: policy
    language makes figurative nouns of others ("eigenaarschap", "regisseurschap",
    "burgerschap"), and "zwangerschap" and "wetenschap" come from no person."""
    score = -1.0
    if pos == "NOUN" and form.endswith(("schap", "schappen")):
        base = form[: form.rindex("schap")]
        if len(base) >= 4 and base in _status_persons() and exists(base):
            score = lemma_zipf(base, "NOUN") - DERIVED_NOUN
    if pos == "NOUN" and form.endswith(("heid", "heden")):
        base = form[: form.rindex("he")]
        # not from a participle: "gesteldheid", "betrokkenheid" mean more than "gesteld"
        if len(base) >= 3 and exists(base) and not (base.startswith("ge") and base[-1:] in {"d", "t", "n"}):
            score = lemma_zipf(base, "ADJ") - DERIVED_NOUN
    return score


@cache
def _status_persons() -> frozenset[str]:
    """Person nouns whose "-schap" noun plainly means being that person
    (``wordlists/status_persons.tsv``: "partner", "ouder")."""
    from duidelijk import wordlists

    return wordlists.words("status_persons")


@lru_cache(maxsize=50_000)
def established_compound(form: str, lemma: str, head: str) -> bool:
    """Is this a compound that Dutch has made its own: in LiNT-II's noun list (its makers
    named the head, as LiNT-II reads a compound by its head) with the head found here?"""
    nouns = _metrics._nouns()  # LiNT-II's noun list: form -> (class, head)
    listed = (nouns.get(form) or nouns.get(lemma) or ("", ""))[1]
    return bool(listed) and (head.startswith(listed) or any(c == listed for c in lemma_candidates(head)))


@lru_cache(maxsize=50_000)
def novel_abstract(form: str, lemma: str, head: str, sequence: bool = True, either_sense: bool = False) -> bool:
    """A compound that Dutch text does not use (not in wordfreq's list in any form) with an
    abstract head ("inlogfunctie", "contactmogelijkheid", "onderhoudsinspectie"): the reader
    has to work out what it means, unlike a new compound with a concrete head
    ("voorbeeldbrieven": letters that are examples). Abstract: LiNT-II's noun list. Not a
    compound of a verb stem and the time or place of its act (``when_or_where_compound``), nor
    one whose first part says where in a course the head comes (``sequence_parts``:
    "eindstage", "tussenmeting"), nor one whose head is an amount of money (``_money_heads``:
    "kindtegoed" is credit for a child); with ``sequence`` off (DD105's long words) neither
    lifts anything: "vervolgbeschikking" is still a long new word, and its head is the hard part.
    With ``either_sense`` (DD105's long words) a head that LiNT-II's list gives a concrete and an
    abstract sense ('u': "instrument", "object", "gesprek", "register") counts as abstract too: a
    long new word is read in pieces, and "kwaliteitsinstrument", "informatieobject" name no thing
    the reader can picture, only an idea to work out (which sense, and how the parts relate). A
    short one is read at once in its concrete sense ("geluidsbox", "parkeergebied"), so DD104's
    familiarity keeps the head's abstract sense only; and after a thing as first part the head
    is a thing too ("speeltuinverlichting"), so DD105 does not ask it then (``thing_first``)."""
    if zipf(form) > 0 or zipf(lemma) > 0 or any(zipf(c) > 0 for c in lemma_candidates(form)[1:]):
        return False
    if when_or_where_compound(form, head):
        return False  # the date or the page of an everyday act: "verhuisdatum", "inlogpagina"
    if sequence and head and form.endswith(head) and form[: -len(head)] in sequence_parts():
        return False  # the head at a place in a course: "eindstage" is the last internship
    if sequence and any(c in _money_heads() for c in (head, *lemma_candidates(head)[1:])):
        return False  # money for or of the first part: "kindtegoed" is credit for a child
    noun_class = _metrics.noun_class
    senses = ("a", "u") if either_sense else ("a",)
    listed = noun_class(head)
    if listed is not None:
        return listed in senses  # the head as it stands decides: "haven" is a harbour, not a "have"
    return any(noun_class(c) in senses for c in lemma_candidates(head)[1:])


# below this wordfreq Zipf a compound with a measure head is one that text seldom writes as a
# whole (``measure_compound``): about once in ten million words
MEASURE_WHOLE_ZIPF = 3.0


def measure_compound(form: str, lemma: str) -> bool:
    """Is the word a compound of two parts whose head names a measured quantity
    (``wordlists/measure_heads.tsv``: "waarde", "marge", "graad", "factor") and that Dutch
    text seldom writes as a whole (under ``MEASURE_WHOLE_ZIPF``, read by lemma: all its forms,
    as ``_form_familiarity`` reads them)? The first part
    then names what is measured or how ("signaalwaarde", "vaccinatiegraad", "omrekenfactor"),
    and the reader must know the measurement to know the word. Not a compound that
    ``novel_abstract`` already counts as new with a head of written Dutch (one penalty for one
    reason). Asked only by the settings ``measure_heads`` of DD104 and DD105 (thirty-eighth
    session), which take ``NOVEL_ABSTRACT`` off the familiarity of its parts: "risiconiveau"
    stays familiar even so; "marktwaarde" is no such word (text writes it often). A head that
    also names a thing ("drempel", "plafond") is that thing after a thing (``thing_first``)."""
    form, lemma = form.lower(), lemma.lower().replace("_", "")
    if zipf(form) >= MEASURE_WHOLE_ZIPF:
        return False
    parts = compound_parts(form)
    if len(parts) != 2 or starts_with_prefix(parts):
        return False
    heads = lemma_candidates(parts[-1])
    measures = [h for h in heads if h in _measure_heads()]
    if not measures:
        return False
    if _form_familiarity(form, lemma, "NOUN") >= MEASURE_WHOLE_ZIPF:
        return False  # the whole read by lemma, all its forms summed, also a plural whose
        # lemma the tagger got wrong ("kernwaarden": 'kernwaard'; rev38g)
    if any(_metrics.noun_class(h) in {"c", "u"} for h in measures) and thing_first(parts[0]) \
            and not verb_stem(parts[0]):
        return False  # a head that also names a thing, after a thing, is that thing:
        # "deurdrempel", "keukenplafond"; not after a verb's stem, an act ("meetmarge": meten; rev38g)
    return not (novel_abstract(form, lemma, parts[-1]) and not everyday_head(list(heads)))


def thing_first(part: str) -> bool:
    """Is the first part of a compound a thing or a person in LiNT-II's noun list ("speeltuin",
    "brievenbus", "voetgangers"; the part as it stands decides, else without its linking s)?
    Then a head with a concrete and an abstract sense is the thing: "speeltuinverlichting" is
    the lamps in the playground, "brievenbusopening" the slot in the door, "deurdrempel" the
    sill of a door; after an idea it is an idea ("beoordelingsinstrument": ``novel_abstract``'s
    ``either_sense``; "armoededrempel": ``measure_compound``)."""
    listed = _metrics.noun_class(part)
    return listed == "c" if listed is not None else _metrics.noun_class(part_word(part)) == "c"


# first parts that rank a frame among frames of its kind (``frame_compound``): main, under, beside
RANK_PARTS = ("hoofd", "sub", "neven")


@cache
def frame_heads() -> frozenset[str]:
    """Nouns that name a frame, not a thing or an act (``wordlists/frame_heads.tsv``: "soort",
    "categorie", "systeem", "model", "fase", "status", "set"); see ``frame_compound``."""
    from duidelijk import wordlists

    return wordlists.words("frame_heads", "noun")


def frame_compound(low: str, lemma: str) -> bool:
    """Is the noun ``low`` (lemma ``lemma``, lower case) a compound of two parts whose head names
    a frame (``frame_heads``: a kind, a system, a stage, a standing) and that Dutch text seldom
    writes as a whole (under ``MEASURE_WHOLE_ZIPF``, its form and by lemma)? Such a
    head adds no picture of its own: "zorgcategorie", "kwaliteitsset", "toetsingsfase" and
    "zorgmodel" are terms of a field, known as a whole or not at all, whatever their parts.
    Not when the first part is a thing (``thing_first``: "fietstype" is a kind of bike,
    "boomsoort" a kind of tree, which the reader can picture), nor when it says where in a
    course the head comes (``sequence_parts``: "beginfase" is the first stage)
    or where among frames of its kind (``RANK_PARTS``: "hoofdcategorie", "subcategorie" are a
    category above or under another: they mean no more than their head). Asked only by the
    settings ``frame_heads`` of DD104 and DD105 (forty-first session, rules41b; both off)."""
    if zipf(low) >= MEASURE_WHOLE_ZIPF:
        return False
    parts = compound_parts(low)
    if len(parts) != 2 or starts_with_prefix(parts) or len(parts[1]) < 3:
        return False
    first, head = parts
    heads = frame_heads()
    if not any(c in heads for c in lemma_candidates(head)):
        return False
    if _form_familiarity(low, lemma, "NOUN") >= MEASURE_WHOLE_ZIPF:
        return False  # text writes the whole often enough, in some form: a word of its own
    if thing_first(first):
        return False  # the frame of a thing: "fietstype", "boomsoort"
    if first in RANK_PARTS:
        return False  # a frame above or under another: "hoofdcategorie", "subcategorie"
    sequence = sequence_parts()
    return first not in sequence and part_word(first) not in sequence


@cache
def _measure_heads() -> frozenset[str]:
    """Nouns that name a measured quantity (``wordlists/measure_heads.tsv``: "waarde",
    "marge", "niveau", "capaciteit"); see ``measure_compound``."""
    from duidelijk import wordlists

    return wordlists.words("measure_heads", "noun")


@cache
def sequence_parts() -> frozenset[str]:
    """First parts that say where in a course or series the head comes
    (``wordlists/sequence_parts.tsv``: "begin", "tussen", "eind", "vervolg"): "eindstage" is
    the last internship, whatever "stage" is. A new compound of one of them and an abstract
    head means no more than its head (``novel_abstract``)."""
    from duidelijk import wordlists

    return wordlists.words("sequence_parts", "part")


@cache
def _money_heads() -> frozenset[str]:
    """Nouns for an amount of money that someone gets, pays or has (``wordlists/money_heads.tsv``:
    "tegoed", "budget", "toeslag", "boete"): a new compound of a noun and one of them is that
    money for or of the noun ("kindtegoed", "reisbudget"), the same relation each time, so it
    means no more than its parts (``novel_abstract``). The head keeps its own familiarity."""
    from duidelijk import wordlists

    return wordlists.words("money_heads", "noun")


@cache
def _when_where_heads() -> frozenset[str]:
    """Nouns that name a point in time (``wordlists/time_points.tsv``: "datum", "moment") or a
    text or screen where one does an act (``wordlists/act_places.tsv``: "pagina", "website",
    "bericht", "formulier", and the link or button one clicks: "link", "knop"; no "regel",
    "punt", "register")."""
    from duidelijk import wordlists

    times = {r["noun"] for r in wordlists.load("time_points")}
    places = {r["noun"] for r in wordlists.load("act_places")}
    return frozenset(times | places)


def verb_stem(part: str) -> bool:
    """Is a compound's first part the stem of a verb Dutch uses ("inlog": inloggen, "verhuis":
    verhuizen, "betaal": betalen)? The verb's "hij" form must occur in text ("inlogt",
    "verhuist"), so the singular of a noun whose plural looks like an infinitive is none
    ("jaar": "jaren", but no "jaart")."""
    if len(part) < 3:
        return False
    for verb in verb_lemmas(part):
        if _verbs.stem_from_infinitive(verb) == part and exists(verb):
            third = _verbs.t_form(part)
            if zipf(third) > 0:
                return True
    return False


def when_or_where_compound(form: str, head: str) -> bool:
    """Is a compound the stem of a verb and a noun for when or where one does it: a point in
    time, or a text or screen one reads ("verhuisdatum": the date one moves, "inlogpagina": the
    page where one logs in, "betaalmoment")? Dutch makes such compounds of a verb and the time or
    place of its act, and their meaning is that sum; a head that names the act's manner or
    quality ("inlogfunctie", "inlogmethode") leaves the reader to work out what the whole
    means (``novel_abstract``)."""
    first = form[: -len(head)] if head and form.endswith(head) else ""
    if not first or not any(c in _when_where_heads() for c in (head, *lemma_candidates(head)[1:])):
        return False
    return verb_stem(first)


def everyday_head(heads: list[str]) -> bool:
    """Is the head of a compound (``heads``: its form and the singulars it may have, as
    ``lemma_candidates`` gives them) one of the everyday abstract words of speech
    (``EVERYDAY_HEAD_SPOKEN``: "regels", "gebruik", "bewijs")? A new compound with such a
    head says what it is by its parts, as one with a concrete head does: "afvalregels" are
    rules about waste, "scootergebruik" is the use of scooters. A head of written Dutch
    ("inlogfunctie", "parkeernorm", "kavelniveau") leaves the reader to work out what the
    whole means (``novel_abstract``)."""
    from duidelijk.subtlex import spoken_lemma_zipf

    return max(spoken_lemma_zipf(c, "NOUN") for c in heads) >= EVERYDAY_HEAD_SPOKEN


def _verbal(form: str, lemma: str) -> bool:
    """A participle or a word made from a particle verb ("doorberekend", "ingebrekestelling")."""
    return form.startswith(PREFIXES) and any(form.startswith(p) and form[len(p):].startswith("ge") for p in PREFIXES)


def _real_build(w: str) -> bool:
    """Is ``w`` built from real words by Dutch rules, though the word list lacks it: a
    compound of listed words ("vluchthaven", "sluitring"), a prefix or particle before a word
    or verb form ("overtrokken": "over" + "trokken", "voorgaf", "overplaatst"), or the present
    participle of a verb ("doorgaand": "doorgaan" + "d", "afsluitend", "uitsluitende")? Such a
    word is no spelling slip, however close it is to a more common one ("vertrokken").
    ``likely_typo`` asks this only of a word that text uses now and then or that splits into
    parts; a word that does neither is judged by its neighbours alone."""
    bases = {w}
    for ending in ("d", "de", "den"):  # a present participle: an infinitive and "d"
        if w.endswith("n" + ending) and len(w) - len(ending) >= 5:
            bases.add(w[: -len(ending)])
    for base in bases:
        if base != w and _known_word(base):
            return True
        if any(base.startswith(p) and _known_word(base[len(p):]) for p in PREFIXES):
            return True
    parts = compound_parts(w)
    return len(parts) > 1 and all(_known_word(p, i == len(parts) - 1) for i, p in enumerate(parts))


def _known_word(w: str, inflected: bool = True) -> bool:
    """A word that the word list holds (``inflected``: or an inflected form of one that text
    uses) or that Dutch text uses often enough. A compound's first parts must be words as
    they stand: "bloke" (of "blokeren") is no word, though "blokje" is."""
    if len(w) < 3:
        return False
    if zipf(w) >= FALLBACK_ZIPF:
        return True
    if inflected:
        return exists(w)
    words = _words()
    return words.contains(w) if words is not None else False


TYPO_NEIGHBOUR_ZIPF = 4.0
# a word that Dutch text uses now and then, or that splits into parts, is still a slip when a
# word one keystroke away is this much more common (Zipf: 30 times as often) and the word
# itself is rarer than SLIP_MAX_ZIPF
SLIP_GAP = 1.5
SLIP_MAX_ZIPF = 3.0
_LETTERS = "abcdefghijklmnopqrstuvwxyzëïé"


def keystroke_slips(word: str, places: int | None = None, c_as_k: bool = False) -> list[str]:
    """The words a slip of one keystroke may have made ``word`` from, each once: a letter too
    many left out ("hoormoontherapie": "hormoontherapie") and two letters next to each other
    swapped back ("oorsponkelijke"), at the first ``places`` places of the word (all when
    None: ``likely_typo`` asks only where a word of its table can start with the letters
    before the slip); with ``c_as_k`` also a "c" said as k where Dutch spells a "k" (before
    a, o, u, l, r, t or at the end: "electriciteit": "elektriciteit"). Whether one of them is
    a word is for the caller to ask."""
    n = len(word) if places is None else min(len(word), places)
    found = [word[:i] + word[i + 1:] for i in range(n)]
    found += [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(min(len(word) - 1, n))
              if word[i] != word[i + 1]]
    if c_as_k:
        found += [word[:i] + "k" + word[i + 1:] for i, c in enumerate(word) if c == "c" and word[i + 1:i + 2] in _SAID_AS_K]
    return list(dict.fromkeys(found))


_SAID_AS_K = frozenset({"a", "o", "u", "l", "r", "t", ""})  # after a "c" said as k (``keystroke_slips``)


@lru_cache(maxsize=20_000)
def likely_typo(word: str) -> bool:
    """Is ``word`` no Dutch word but one keystroke away from a common one: a letter too many,
    too few or two letters swapped ("wijzingen" for "wijzigen", "oorsponkelijke" for
    "oorspronkelijke")? Such a word is a spelling slip, not a word readers do not know.
    Writers repeat some slips, so that text holds them now and then ("orginele": 2.8), and
    the word splitter reads others as a compound of odd parts ("blokeren": "bloke" + "ren"):
    those are slips when the word one keystroke away is far more common ("originele" 4.6, "blokkeren" 4.0; ``SLIP_GAP``). Not a form of
    a particle verb ("aangeplakt" is "aan" + "geplakt", though one letter from "aangepakt")."""
    w = word.lower()
    if len(w) < 6 or not _PLAIN.fullmatch(w) or exists_inflected(w):
        return False
    own = zipf(w)
    if own >= SLIP_MAX_ZIPF:
        return False
    clear = own < FALLBACK_ZIPF and len(compound_parts(w)) == 1
    if not clear and (_verbal(w, w) or _real_build(w)):
        return False  # a real word the word list lacks: "aangeplakt", "overtrokken", "doorgaand"
    bar = TYPO_NEIGHBOUR_ZIPF if clear else max(TYPO_NEIGHBOUR_ZIPF, own + SLIP_GAP)
    table = dutch_table()
    # a neighbour keeps the letters before its slip, w[:i]: where no word of the table starts
    # with them (i past the longest start of w that one has), no neighbour is in the table
    last = table.longest_prefix(w)
    candidates = set(keystroke_slips(w, last + 1))
    listed = table.get  # (``c in table`` without the method call of ``__contains__``)
    if _neighbour_searches[0] < INSERTIONS_AFTER:
        _neighbour_searches[0] += 1
        # a letter too few: the word with one letter more at each place, 29 look-ups a place
        candidates |= {w[:i] + c + w[i:] for i in range(1, min(len(w), last + 1)) for c in _LETTERS}
        return any(listed(c) is not None and zipf(c) >= bar for c in candidates)
    if any(listed(c) is not None and zipf(c) >= bar for c in candidates):
        return True
    # a letter too few: one look-up of the word among the common words with an inner letter
    # left out (the bucket of the most common of them, or None)
    found = _insertions().get(w)
    return found is not None and _bucket_zipf(found) >= bar


# after this many searches for a slip's neighbours in a process, the word with a letter too
# few is looked up in ``_insertions`` (read through the data cache in about a millisecond, made
# in about 0.1 s when the cache is off) instead of with each of 29 letters at each place (about
# 200 look-ups a word): a one-page letter searches a few words, the varied texts of speed.py 101
INSERTIONS_AFTER = 20
_neighbour_searches = [0]


@cache
def _insertions():
    """The words of wordfreq's Dutch list that are at least ``TYPO_NEIGHBOUR_ZIPF`` (about 6,300),
    each with one of its inner letters (of ``_LETTERS``; not the first or the last) left out,
    with the bucket of the most common word it comes from ("wijzgen" from "wijzigen"): a word
    is one letter short of a common word, with a letter added inside it as ``likely_typo``
    adds one, exactly when it is here. Kept per user (``lexicon.cached_table``)."""
    from duidelijk import lexicon
    from duidelijk.lexicon import _wordfreq_file, cached_table

    # the keys are made here from lexicon's buckets: both modules' code is in the fingerprint
    return cached_table("wordfreq-nl-insertions", [_wordfreq_file("nl"), Path(__file__), Path(lexicon.__file__)],
                        _insertion_keys)


def _insertion_keys() -> tuple[list[str], list[int]]:
    from duidelijk.lexicon import _buckets

    table = dutch_table()
    found: dict[str, int] = {}
    for index, bucket in enumerate(_buckets("nl")):  # most common first
        if _bucket_zipf(index) < TYPO_NEIGHBOUR_ZIPF:
            break  # (a word's bucket in the table is the last one that lists it: none after this)
        for word in bucket:
            place = table.get(word)
            if place is None or _bucket_zipf(place) < TYPO_NEIGHBOUR_ZIPF:
                continue
            for i in range(1, len(word) - 1):
                if word[i] in _LETTERS:
                    key = word[:i] + word[i + 1:]
                    if found.get(key, place + 1) > place:
                        found[key] = place
    keys = sorted(k for k in found if "\n" not in k)
    return keys, [found[k] for k in keys]

