"""Small Dutch verb morphology: enough to turn a passive sentence into an active one and to
match the verbs of the word lists in their regular forms.

The functions that read word frequencies or make sets are kept per argument (``lru_cache``):
the rules ask them of the same verbs in every text."""

from __future__ import annotations

from functools import lru_cache

from duidelijk.lexicon import zipf

VOWELS = set("aeiouy")
INSEPARABLE = ("be", "ge", "her", "ont", "ver", "er")
SINGULAR_AUX = {"moeten": "moet", "kunnen": "kan", "zullen": "zal", "mogen": "mag", "willen": "wil",
                "hoeven": "hoeft", "gaan": "gaat", "hebben": "heeft", "zijn": "is"}
# the present tense of the verbs whose forms are not a stem with and without "t": the form
# after "ik", before "je"/"jij" in a question or an inversion, with "u", and after "hij" or a
# noun ("ik kan", "kun je", "kunt u", "hij kan"); DD110 and DD111 change these forms
PRESENT_FORMS = {"zijn": ("ben", "ben", "bent", "is"), "hebben": ("heb", "heb", "hebt", "heeft"),
                 "kunnen": ("kan", "kun", "kunt", "kan"), "zullen": ("zal", "zul", "zult", "zal"),
                 "willen": ("wil", "wil", "wilt", "wil"), "mogen": ("mag", "mag", "mag", "mag"),
                 "gaan": ("ga", "ga", "gaat", "gaat"), "staan": ("sta", "sta", "staat", "staat"),
                 "slaan": ("sla", "sla", "slaat", "slaat"), "doen": ("doe", "doe", "doet", "doet"),
                 "zien": ("zie", "zie", "ziet", "ziet")}
IRREGULAR_STEMS = {**{verb: forms[0] for verb, forms in PRESENT_FORMS.items()}, "komen": "kom"}
OBJECT_FORMS = {"ik": "mij", "wij": "ons", "we": "ons", "hij": "hem", "zij": "hen", "ze": "ze",
                "jij": "jou", "je": "je", "u": "u", "het": "het", "dit": "dit", "dat": "dat"}


PARTICLES = ("aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "terug",
             "toe", "uit", "voor", "weg", "vast", "los", "thuis", "samen", "tegen", "achter", "neer",
             "binnen", "buiten", "rond", "open", "dicht", "vrij", "bekend", "kwijt", "terecht", "stop",
             "vol")


# the longest particle first ("onder" before "on"...), in PARTICLES' order among equals
_LONGEST_FIRST = tuple(sorted(PARTICLES, key=len, reverse=True))

# adjectives and adverbs that Dutch writes together with a verb as its separable first part
# ("klaarzetten": 'zet ... klaar', 'klaargezet'; "goedkeuren", "schoonmaken", "tegemoetkomen",
# "uiteenzetten", "weergeven"). ``separable`` reads them (so that a lemma sum counts the split
# uses) and so do ``past_participle`` and ``_strong_compound`` ("klaargezet", "doodgeschoten");
# the other callers of PARTICLES (``split_particle``, ``infinitive``, the rules) do not. As
# they are words of their own, a verb is read as one of them only when Dutch text writes its
# participle with "ge" after the adjective or adverb, and more than without it: no count says
# nothing here ("goederen" is no 'goed' + 'eren')
ADJECTIVE_PARTICLES = ("goed", "schoon", "klaar", "leeg", "stil", "kapot", "dood", "groot", "bloot",
                       "droog", "gelijk", "hoog", "kort", "lam", "plat", "stuk", "glad", "veilig",
                       "zeker", "tegemoet", "mis", "uiteen", "bijeen", "teweeg", "tekort", "vooruit",
                       "achteruit", "voorbij", "omhoog", "omlaag", "heen", "weer")
_SEPARABLE_FIRST = tuple(sorted(PARTICLES + ADJECTIVE_PARTICLES, key=len, reverse=True))
_NEW_PARTICLES = frozenset(ADJECTIVE_PARTICLES)


def split_particle(participle: str, lemma: str) -> tuple[str, str]:
    """('toe', 'gestuurd') for 'toegestuurd'/'toesturen'; ('', participle) otherwise."""
    p, lem = participle.lower(), lemma.lower()
    if not p.startswith(PARTICLES):
        return "", p  # (one test for all particles: most words start with none)
    for particle in _LONGEST_FIRST:
        if p.startswith(particle) and lem.startswith(particle):
            rest = p[len(particle):]
            if rest.startswith("ge") and len(rest) > 3:
                return particle, rest
    return "", p


def t_form(stem: str) -> str:
    """The "hij" form of a verb's stem: the stem + "t", which a stem that ends in "t" has
    already ("werk" -> "werkt", "kun" -> "kunt", "zet" -> "zet", "herstart" -> "herstart")."""
    return stem if stem.endswith("t") else stem + "t"


def regular_third_person(infinitive: str) -> str:
    """The "hij" form of a regular infinitive ("herstarten": "herstart", "inloggen": "inlogt")."""
    return t_form(stem_from_infinitive(infinitive))


def _hiatus_ue(base: str) -> bool:
    """Are "u" and "e" before the last consonant two syllables ("evalu-eren", "constru-eren",
    "distribu-eren")? Then the "e" is an open syllable that doubles in the stem as any other:
    'evalueer', 'hij evalueert', not 'evaluert' (rev40d, fortieth session). Not "eue", "oue",
    "aue" or "que", where "u" belongs to the vowel or consonant before it."""
    return base[-3] == "u" and base[-2] == "e" and (len(base) < 4 or base[-4] not in "aeoq")


@lru_cache(maxsize=100_000)
def stem_from_infinitive(inf: str) -> str:
    inf = inf.lower()
    if inf in IRREGULAR_STEMS:
        return IRREGULAR_STEMS[inf]
    if not inf.endswith("en"):
        return inf[:-1] if inf.endswith("n") else inf
    base = inf[:-2]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in VOWELS:
        base = base[:-1]
    elif (
        len(base) >= 3
        and base[-1] not in VOWELS and base[-1] != "x"  # x is two sounds, ks: "faxen", "relaxen"
        and base[-2] in "aeou"
        and (base[-3] not in VOWELS or _hiatus_ue(base))
        and not _schwa_syllable(base)
    ):
        base = base[:-1] + base[-2] + base[-1]
    if base.endswith("v"):
        base = base[:-1] + "f"
    elif base.endswith("z"):
        base = base[:-1] + "s"
    return base


def spelling_bases(stem: str, d_after_r: bool = False, min_length: int = 3,
                   long_after_undone: bool = True) -> tuple[str, ...]:
    """The words a stem before an ending that starts with a vowel ("-en", "-e", "-er") may be
    spelled from, Dutch spelling undone: the stem itself ("meeuw": meeuwen), a doubled consonant
    single again ("katt" -> "kat", "brugg" -> "brug"), a "z" or "v" before the ending back to
    "s" or "f" ("ganz" -> "gans", "duiv" -> "duif"), a long vowel of an open syllable written
    double again ("bom" -> "boom", with "z"/"v" undone too: "haz" -> "haas", "graz" -> "graas").
    A short vowel that became long ("weg": wegen, "glas": glazen) keeps the stem as it is, so
    both readings are given; which one is a word the caller asks. With ``d_after_r`` (a
    comparative: "duurder", "verder") also the "d" that "-er" takes after an "r" left out
    ("duurd" -> "duur"). A caller that would find other words than the one spelled may ask
    for fewer readings: ``min_length``, the shortest stem whose doubled consonant or open
    syllable is undone (at 4, "zom" of "zomer" is not read as "zoom", nor "bet" of "beter"
    as "beet"), and without ``long_after_undone`` no long vowel before an undone "z"/"v"
    ("verdrev" of "verdreven" is not read as "verdreef"). The stem first, then the others in
    the order above, each once."""
    out = [stem]
    if len(stem) >= max(3, min_length) and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        out.append(stem[:-1])  # a doubled consonant: a short vowel, no other change
        return tuple(out)
    if stem[-1:] in ("z", "v") and not (stem[-2:-1] in ("i", "y") and stem[-3:-2] not in VOWELS):
        # (never after a lone "i", which stays short: "gif", "rif" make "giffen", "riffen")
        out.append(stem[:-1] + ("s" if stem[-1] == "z" else "f"))
    if len(stem) >= max(3, min_length) and stem[-2] in "aeou" and stem[-3] not in VOWELS and stem[-1] not in VOWELS:
        out += [b[:-1] + b[-2] + b[-1] for b in (out[:] if long_after_undone else out[:1])]
    if d_after_r and stem.endswith("rd"):
        out.append(stem[:-1])
    return tuple(out)


def open_syllable_spelling(stem: str) -> str:
    """The stem as Dutch writes it before an ending that starts with a vowel when its long
    vowel is written double before the last letter: one vowel then, the syllable is open
    ("huur" -> "hur": huren, "controleer" -> "controler": controleren, "stroom" -> "strom");
    the stem itself otherwise ("voer": voeren, "bak"). The way back of ``spelling_bases``'
    long-vowel reading ("hur" -> "huur")."""
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        return stem[:-2] + stem[-1]
    return stem


def _schwa_syllable(base: str) -> bool:
    """An unstressed last syllable -el, -er, -en, -em keeps one e: "schakel", "vorder", "handel",
    "adem" ("ademen": 'ademt', 'ademde'; not "adeem").

    Spelling does not show the stress ("vorderen" -> "vordert", "informeren" -> "informeert",
    "bevelen" -> "beveelt"), so the form that Dutch text uses more often decides; when neither
    is known, the e is taken as stressed (the loan verbs in -eren of official letters).
    """
    if base[-2:] not in {"el", "er", "en", "em"} or not any(ch in VOWELS for ch in base[:-2]):
        return False  # one syllable ("spel", "veer") is stressed
    short = zipf(base + "t")
    return short > 0 and short > zipf(base[:-1] + base[-2] + base[-1] + "t")


_VOICELESS = frozenset("tkfschpx")  # 't kofschip, "ch" and "sh" by their h, and x (ks)


def is_soft(infinitive: str, stem: str) -> bool:
    """'t kofschip: the past tense and participle end in t ("werkte", "gefietst", "gefaxt")
    after a voiceless consonant, in d elsewhere. Dutch spells by the sound at the end of the
    infinitive's stem, not by the written stem: "leven", "reizen", "verhuizen" have a v or z,
    voiced, and make "leefde", "gereisd", "verhuisd" though their stems end in f and s. The
    stem decides only for an infinitive that does not end in -en ("skiën")."""
    sound = infinitive[:-2] if infinitive.endswith("en") else stem
    return sound[-1:] in _VOICELESS


def weak_past(infinitive: str, stem: str | None = None) -> str:
    """The past singular of a weak verb ("werkte", "ondertekende", "leefde"): its stem (given,
    or ``stem_from_infinitive``'s) with "te" after a voiceless sound, "de" elsewhere
    ('t kofschip, ``is_soft``). The one place for that ending; the plural adds "n"."""
    st = stem_from_infinitive(infinitive) if stem is None else stem
    return st + ("te" if is_soft(infinitive, st) else "de")


def participle_ending(infinitive: str, stem: str) -> str:
    """The letter a weak verb's past participle adds to its stem: none after a stem in -t or
    -d ("geantwoord", "gezet"), "t" after a voiceless sound ("gewerkt", "gefaxt"), "d"
    elsewhere ("gebeld", "geleefd": 'leven' has a v). The one place for that ending
    (``_regular_participle``, ``dictionary._weak_reading``)."""
    if stem.endswith(("t", "d")):
        return ""
    return "t" if is_soft(infinitive, stem) else "d"


@lru_cache(maxsize=50_000)
def past_participle(infinitive: str) -> str:
    """The regular past participle, as Dutch text spells it; "" when text does not know it.

    Spelling cannot tell "ondersteund" from "ondergedoken" or "geïnformeerd" (in- is part of
    the verb) from "ingevuld" (in- is a particle), so every regular candidate is made and the
    one that Dutch text uses most wins. A candidate without "ge" that is spelled as the verb's
    present ("onderschept", "beantwoord": 'hij onderschept', 'ik beantwoord') does not count
    when text knows no weak past of the verb ("onderschepte") and the verb after its particle
    or prefix is strong (``_strong_rest``): the count of "inkrimpt" is that of the present. A particle or inseparable prefix before a strong verb of
    ``wordlists/strong_verbs.tsv`` takes that verb's participle (``_strong_compound``):
    "afgesproken", "onderzocht", "besproken", not "afspreekt", "onderzoekt", "bespreekt".
    """
    strong = _strong_compound(infinitive)
    if strong and zipf(strong) > 0:
        return strong  # (a weak verb that ends like one, "onderscheppen", has no "onderschapen")
    candidates = {_regular_participle("", infinitive)}
    if infinitive.startswith(ADJECTIVE_PARTICLES):
        first, rest = separable(infinitive)
        if first in _NEW_PARTICLES:
            candidates.add(first + _regular_participle("", rest))  # "klaargezet", "goedgekeurd"
    split_known = False  # text knows the participle with "ge" after the particle ("omgezet")
    for particle in PARTICLES if infinitive.startswith(PARTICLES) else ():
        if not infinitive.startswith(particle):
            continue
        core = infinitive[len(particle):]
        if len(core) >= 5:
            candidates.add(split := _regular_participle(particle, core))
            candidates.add(particle + _regular_participle("", core, prefix=""))
            split_known = split_known or zipf(split) > 0
    candidates.discard("")
    stem = stem_from_infinitive(infinitive)
    if split_known or zipf(weak_past(infinitive, stem)) <= 0 and _strong_rest(infinitive):
        # the present of a strong verb: "inkrimpt", "verzuipt"; and the present of a verb whose
        # particle splits off, spelled like a participle without "ge", when text knows the one
        # with "ge": "omzet", "inzet" are nouns ('de omzet') or 'als hij het omzet', and the
        # participle is "omgezet", "ingezet"
        candidates -= {stem, t_form(stem)}
    best = max(sorted(candidates), key=zipf, default="")
    return best if best and zipf(best) > 0 else ""


# the inseparable prefixes a strong verb may follow ("be-spreken", "ver-lopen", "ont-bijten");
# not "ge", whose strong verbs are whole words ("geven", "genezen")
_STRONG_PREFIXES = tuple(p for p in INSEPARABLE if p != "ge")


@lru_cache(maxsize=20_000)
def _strong_compound(infinitive: str) -> str | None:
    """The participle of a strong verb of the list after a particle, an inseparable prefix or
    both; None for any other verb (the list's own verbs too). The caller asks text whether it
    is a word: "onderscheppen" ends like "scheppen" but is weak ('onderschept'). Dutch puts "ge" after a particle
    that splits off ("afgesproken", "aangeboden", "tegengehouden") and no "ge" after an
    inseparable prefix ("besproken", "ontbeten", "aanbevolen") or a particle that stays on
    ("onderzocht", "overleden", "voorkomen"); ``separable`` tells the particles apart."""
    strong = _strong_participles()
    if infinitive in strong:
        return None
    if infinitive.startswith(ADJECTIVE_PARTICLES):
        first, rest = separable(infinitive)
        if first in _NEW_PARTICLES and rest in strong:
            return first + strong[rest]  # "doodgeschoten", "tegemoetgekomen"
    for particle in ("",) + tuple(p for p in _LONGEST_FIRST if infinitive.startswith(p)):
        rest = infinitive[len(particle):]
        for prefix in ("",) + tuple(p for p in _STRONG_PREFIXES if rest.startswith(p)):
            if not (particle or prefix):
                continue
            core = rest[len(prefix):]
            participle = strong.get(core) if len(core) >= 4 else None
            if not participle:
                continue
            if not participle.startswith("ge"):
                return particle + participle  # the list's verb has its own prefix: "aanbevolen"
            if particle and not prefix and separable(infinitive)[0] == particle:
                return particle + participle  # "afgesproken", "doorgelopen"
            return particle + prefix + participle[2:]  # "onderzocht", "besproken", "aanbevolen"
    return None


def _strong_rest(infinitive: str) -> bool:
    """Does the verb after a particle or inseparable prefix look strong: text knows its present
    but not its weak participle ("krimpen": 'krimpt', no 'gekrimpt'; "zuipen")? Then the form
    without "ge" spelled as the present ("inkrimpt", "verzuipt") is no participle. A rare weak
    verb whose past text lacks keeps it ("vergokt": 'gegokt'; "verkwikt": no 'kwikken')."""
    for front in _LONGEST_FIRST + _STRONG_PREFIXES:
        rest = infinitive[len(front):]
        if infinitive.startswith(front) and len(rest) >= 4 and rest.endswith("en") \
                and zipf(regular_third_person(rest)) > 0 and zipf(_regular_participle("", rest)) <= 0:
            return True
    return False


def _regular_participle(particle: str, verb: str, prefix: str | None = None) -> str:
    stem = stem_from_infinitive(verb)
    if len(stem) < 2:
        return ""
    ending = participle_ending(verb, stem)
    if prefix is None:
        prefix = "" if verb.startswith(INSEPARABLE) and not _keeps_ge(particle, verb, stem + ending) else "ge"
    if prefix and stem[0] in "eiu" and not particle:
        prefix = "ge" + {"e": "ë", "i": "ï", "u": "ü"}[stem[0]]
        stem = stem[1:]
    return particle + prefix + stem + ending


@lru_cache(maxsize=20_000)
def _keeps_ge(particle: str, verb: str, bare: str) -> bool:
    """Whether a verb that begins like an inseparable prefix still takes "ge" in its
    participle: the letters are no prefix there ("bellen": 'gebeld', "verven": 'geverfd',
    "erven": 'geërfd', "beuken": 'gebeukt'). ``bare`` is the participle without "ge"
    ("beld"). The prefix is one, and "ge" stays off, when the participle with "ge" is not
    what Dutch text writes ("gebeloofd", "gegebruikt", "geverduidelijkt"), or when what
    follows the prefix is a verb of its own ("be-loven", "her-halen", "ont-dekken") and text
    writes the participle without "ge" at least as often. The form without "ge" of a verb in
    -t is also its present ("beukt", "beseft"), so its count alone cannot decide."""
    counted = zipf(_regular_participle(particle, verb, prefix="ge"))
    if counted <= 0:
        return False
    if counted > zipf(particle + bare):
        return True
    rest = verb[len(next(p for p in INSEPARABLE if verb.startswith(p))):]
    return not (len(stem_from_infinitive(rest)) >= 2 and zipf(rest) > 0)


# particles that also begin inseparable verbs ("ondersteunen", "overwegen", "omschrijven",
# "voorkomen", "achterhalen", "voldoen", "volbrengen", "misleiden", "weerhouden"); with them no
# verb is taken as separable without the participle Dutch text writes with "ge" ("omgezet", "overgeschreven", "volgehouden")
_BOTH_WAYS = frozenset({"door", "om", "onder", "over", "voor", "achter", "vol", "mis", "weer"})


@lru_cache(maxsize=1)
def _strong_participles() -> dict[str, str]:
    """infinitive -> participle of ``wordlists/strong_verbs.tsv`` ("trekken": "getrokken"), read
    from ``strong_rows``."""
    return {infinitive: forms[2] for infinitive, forms in strong_rows().items()}


def own_participle(verb: str) -> str:
    """The participle a verb makes by itself, spelled out, whether or not text knows it: the
    one of ``wordlists/strong_verbs.tsv`` ("geven": "gegeven", "vinden": "gevonden"), else the
    regular one (``_regular_participle``: "zetten": "gezet", "betalen": "betaald"). No particle
    is read off its front. ``separable`` and ``passive._split_verb`` weigh the readings of a
    verb with it: the particle before the participle of the verb after it, with its "ge"
    ("omgezet") or without ("overwogen"), and the whole verb's own participle ("geïnformeerd").
    Not ``past_participle``, which makes the readings with a particle itself, picks the one
    text uses most and gives "" when text knows none."""
    return _strong_participles().get(verb) or _regular_participle("", verb)


@lru_cache(maxsize=1)
def _strong_pasts() -> frozenset[str]:
    """The past forms, singular and plural, of ``wordlists/strong_verbs.tsv`` ("keek", "keken")."""
    from duidelijk import wordlists

    return frozenset(row[key] for row in wordlists.load("strong_verbs") for key in ("past", "past_plural"))


# the verbs of one syllable in "-aan", which have no "-en" ("doorgaan", "opstaan", "overslaan")
LONG_VOWEL_VERBS = ("gaan", "staan", "slaan")
# the verbs of one syllable whose present no spelling rule makes from the infinitive ("ik doe",
# "hij gaat"; ``PRESENT_FORMS``), alone or after a particle or prefix ("afdoen", "bestaan")
SHORT_VERBS = LONG_VOWEL_VERBS + ("doen", "zien")
# a verb whose particle also begins inseparable verbs (``_BOTH_WAYS``) is read as separable only
# when text writes its participle with "ge" at most this much less often than the verb itself
# (Zipf): "doorgegaan" 3.3 against "doorgaan" 4.6; not "ondergegaan" 2.0 against "ondergaan" 4.2
PARTICIPLE_GAP = 1.5


@lru_cache(maxsize=20_000)
def separable(infinitive: str) -> tuple[str, str]:
    """(particle, verb without it) of a separable verb, whose particle stands at the end of a
    main clause and before "te" ("uitbetalen": 'betaalt ... uit', 'uit te betalen'; "omzetten":
    'om te zetten'); ("", infinitive) for any other verb ("ondersteunen", "aanvaarden").
    ``dictionary.separable`` is its yes/no.

    A particle before a verb is separable when Dutch text writes the participle with "ge"
    after the particle ("ingetrokken", "omgezet", "doorgegaan") more than without it
    ("ondersteund", "overwogen") or "ge" before the whole ("geinformeerd"). A verb that has its
    own inseparable prefix makes no "ge" either way ("uitbetaald", "voorbereid") and splits; a
    form without "ge" that is also the stem, the present or a strong past ("omzet", "intrekt",
    "toekeken") counts only against a verb whose form with "ge" text does not know
    ("aanvaard", not "aangevaard"). A particle that also begins inseparable verbs ("voorkomen":
    'het komt voor' and 'wij voorkomen schade') splits only when its participle with "ge" is
    not far rarer than the verb (``PARTICIPLE_GAP``). "voort" is no particle here: it belongs
    to written Dutch ("voortzetten", "voortduren": "doorgaan", "duren" in speech)."""
    inf = infinitive.lower()
    if not inf.startswith(_SEPARABLE_FIRST):
        return "", inf  # (one test for all particles: most verbs start with none)
    for particle in _SEPARABLE_FIRST:
        rest = inf[len(particle):]
        if not inf.startswith(particle):
            continue
        if rest not in LONG_VOWEL_VERBS and (len(rest) < 4 or not rest.endswith("en") or zipf(rest) <= 0):
            continue
        if rest in _strong_pasts() and zipf(t_form(stem_from_infinitive(rest))) <= 0:
            continue  # a strong past, no infinitive ("lagen", "spraken": "bijlagen", "afspraken" are plurals)
        if rest.startswith(INSEPARABLE) and not (rest.startswith("ge") and rest in _strong_participles()):
            if particle in _NEW_PARTICLES and (
                    rest.startswith("ge") or zipf(regular_third_person(rest)) <= 0
                    or zipf(joined := particle + _regular_participle("", rest)) <= 0 or _noun(joined)):
                # "vooruitbetalen": 'betaalt', 'vooruitbetaald'; not a noun or adjective
                # ("goederen", "misverstanden": no 'verstandt'; "weerberichten": 'weerbericht'
                # is a noun; "hooggeplaatsten")
                continue
            return particle, rest  # "uitbetalen", "voorbereiden", "doorverwijzen"; not "geven"
        participle = own_participle(rest)
        if not participle.startswith("ge"):
            continue
        with_ge = zipf(particle + participle)
        stem = stem_from_infinitive(rest)
        without = particle + participle[2:]
        finite = (without in {inf, particle + stem, particle + stem + "t"}  # "omzet", "aanvaard"
                  or without[len(particle):] in _strong_pasts())  # "toekeken", "ingrepen"
        # a form without "ge" that is a noun ("toeslagen", "aanslagen") says nothing of the verb
        plain = 0.0 if finite or _noun(without) else zipf(without)
        whole = zipf(own_participle(inf))
        if particle in _NEW_PARTICLES:
            if with_ge > max(plain, whole) and not (particle in _BOTH_WAYS and with_ge < zipf(inf) - PARTICIPLE_GAP):
                return particle, rest
            continue  # the verb as the other particles read it ("vooruitkijken", "misleiden")
        if particle in _BOTH_WAYS and with_ge < zipf(inf) - PARTICIPLE_GAP:
            return "", inf  # "ondergaan", "voorkomen", "omgeven": the inseparable verb is the common one
        # no count either way: a particle that always splits off splits, unless the form without
        # "ge" is the participle of an inseparable weak verb in -d or -t ("aanvaard"); the
        # infinitive ("opzien": 'gezien'), a present ("inkrimpt") or a strong past ("opwogen")
        # says nothing; nor does it for a verb whose participle text does not know, though it
        # knows the verb's present: a strong verb the list lacks ("inspuiten": 'gespoten'), not
        # a noun's plural ("inkomsten": 'komst' is no present)
        # a stem in -t or -d is also the present ("dat u meepraat"): it counts against the verb
        # only when the rest is no verb of its own that text writes ("vaarden": no 'vaardt',
        # no 'gevaard'), not when it is one ("praten": 'praat', 'gepraat')
        verb_rest = zipf(participle) > 0 and zipf(t_form(stem)) > 0 and rest not in _strong_pasts()
        silent = (zipf(without) == 0 or (finite and without != particle + stem)
                  or (finite and verb_rest and not _noun(inf))
                  or zipf(participle) == 0 and zipf(t_form(stem)) > 0 and not _noun(inf))
        if with_ge > max(plain, whole) or (with_ge == plain == whole == 0 and silent and particle not in _BOTH_WAYS):
            return particle, rest
        return "", inf
    return "", inf


def _noun(word: str) -> bool:
    """Is ``word`` a noun of LiNT-II's list ("toeslagen", "aanslagen")?"""
    from duidelijk.metrics import noun_class

    return noun_class(word) is not None


@lru_cache(maxsize=100_000)
def _infinitives(st: str) -> frozenset[str]:
    """Infinitives that a weak stem can come from ("controleer" -> "controleren"). Kept per
    stem (the rules ask it of the same words in every text)."""
    bases = {st, open_syllable_spelling(st)}
    out = set()
    for b in bases:
        for end in (b, b[:-1] + {"f": "v", "s": "z"}.get(b[-1], b[-1])):
            out.update({end + "en", end + end[-1] + "en"})
    return frozenset(out)


def stem(participle: str, lemma: str) -> tuple[str, str]:
    """(particle, stem) of a verb, from its participle where that is regular."""
    particle, rest = split_particle(participle, lemma)
    core_lemma = lemma.lower()[len(particle):]
    if rest.startswith("ge") and not core_lemma.startswith("ge"):
        rest = rest[2:]
    if rest.endswith(("d", "t")) and not rest.endswith("en"):
        weak = rest[:-1]
        if core_lemma in _infinitives(weak):
            return particle, weak
    return particle, stem_from_infinitive(core_lemma)


@lru_cache(maxsize=50_000)
def present_singular(participle: str, lemma: str) -> tuple[str, str]:
    """(particle, third person singular present) e.g. ('', 'controleert'), ('toe', 'stuurt').
    Kept per (participle, lemma): DD103, DD114 and the passive rule ask it of the same verbs
    in every text."""
    particle, st = stem(participle, lemma)
    if st in {"ga", "sta", "doe", "zie", "sla"}:
        return particle, st + "at" if len(st) == 2 else st + "t"
    if st.endswith("t") or not st:
        return particle, st
    return particle, st + "t"


def object_form(word: str) -> str:
    return OBJECT_FORMS.get(word.lower(), word)


SUBJECT_FORMS = {"mij": "ik", "me": "ik", "ons": "wij", "hem": "hij", "haar": "zij", "hen": "zij", "hun": "zij"}


def subject_form(word: str) -> str:
    return SUBJECT_FORMS.get(word.lower(), word)


@lru_cache(maxsize=50_000)
def infinitive(participle: str, lemma: str) -> str:
    """The infinitive of a verb; rebuilt from a weak participle when the lemma is not one."""
    lem = lemma.lower()
    if lem.endswith("en") or lem in IRREGULAR_STEMS or lem in {"gaan", "staan", "doen", "zien", "slaan"}:
        if lem != participle.lower():
            return lem
    p = participle.lower()
    particle = next((x for x in PARTICLES if p.startswith(x + "ge") and len(p) > len(x) + 4), "")
    rest = p[len(particle):]
    if rest.startswith("ge"):
        rest = rest[2:]
    if rest.endswith("en"):
        return particle + rest  # strong participle: best guess
    st = rest[:-1] if rest.endswith(("d", "t")) else rest
    if (opened := open_syllable_spelling(st)) != st:
        base = opened
    elif len(st) >= 2 and st[-1] not in VOWELS and st[-2] in "aeiou" and (len(st) < 3 or st[-3] not in VOWELS):
        base = st + st[-1]
    else:
        base = st
    base = base[:-1] + {"f": "v", "s": "z"}.get(base[-1], base[-1]) if base[-1:] in ("f", "s") and base[-2:-1] in VOWELS else base
    return particle + base + "en"


def verb_forms(infinitive: str) -> set[str]:
    """Inflected forms of a verb, so matching does not depend on the lemmatizer alone, and
    DD104's familiarity (``dictionary.lemma_zipf``) sums what Dutch writes of the verb.

    Present and past forms ("verstrekt", "verstrekte") and the past participle ("ingeschakeld"
    for "inschakelen", "verstrekt" for "verstrekken"), only for a word that Dutch text uses as a
    verb ("gelegen" is not one). A strong verb (``wordlists/strong_verbs.tsv``) has the list's
    past and participle instead of weak ones ("meten": 'mat', 'maten', 'gemeten', not 'meette',
    'gemeet'), and so has the same verb after a particle or prefix (``strong_forms``:
    "afmeten": 'afgemeten', "bespreken": 'besprak'). A separable verb has its participle even
    when text lacks its joined present: a main clause splits that ('vinkt ... aan'), and the
    participle shows that Dutch uses the verb ("aangevinkt" of "aanvinken").
    """
    short = next((v for v in SHORT_VERBS if infinitive.endswith(v)), "")
    if short:
        # "gaan", "doen", "zien" and their compounds: no stem from the spelling rule ("afdoen":
        # 'doet ... af', 'dat het afdoet'; "doorgaan": 'doorgaat'), only strong forms
        front = infinitive[:-len(short)]
        stem, third = front + PRESENT_FORMS[short][0], front + PRESENT_FORMS[short][3]
    elif not infinitive.endswith("en") or len(infinitive) < 5:
        return set()
    else:
        stem = stem_from_infinitive(infinitive)
        third = t_form(stem)
    if not short and (len(stem) < 2 or len(stem) == 2 and not (infinitive == stem + stem[-1] + "en" and stem[-1] in "lmnr")):
        return set()  # a stem of two letters only with a short vowel whose consonant (l, m, n,
        # r) the infinitive doubles ("innen": 'int', 'inde', 'geïnd'); "eten" is no stem 'et',
        # and "appen" keeps the loan's 'app'
    if infinitive.startswith("ge") and zipf(third) == 0:
        return set()  # an adjective or noun such as "gelegen", not a verb
    strong = strong_forms(infinitive)
    past = weak_past(infinitive, stem)
    if short:
        finite, participle = {stem, third, *strong[:2]}, strong[2] if strong else ""
    elif strong:
        finite, participle = {stem, third, *strong[:2]}, strong[2]
        if infinitive not in strong_rows() and _weak_participle_used(infinitive, third):
            finite |= {past, past + "n"}  # weak in this compound too: "bevraagde", "toezegde"
    else:
        finite = {stem, third, past, past + "n"}
        participle = past_participle(infinitive) if zipf(third) > 0 or separable(infinitive)[0] else ""
    # a form far more common than the verb is another word ("acht" from "achten", "uit"), and
    # so is a strong past that is a noun ("maten", "reden", "uitgaven")
    limit = zipf(infinitive) + 1.0
    forms = {f for f in finite if f and f != infinitive and zipf(f) <= limit and not (f in strong[:2] and _noun(f))}
    if participle and participle != infinitive and zipf(participle) <= limit \
            and not (strong and _adjective_participle(infinitive, participle, finite)):
        forms.add(participle)
    return forms


def _weak_participle_used(infinitive: str, third: str) -> bool:
    """Does text write the weak participle of a particle or prefix verb whose verb is strong
    ("bevraagd", "toegezegd", "ondervraagd"; not "besteeld" of "bestelen"): then its weak past
    is Dutch too ("bevraagde", "zegde ... toe")? A form spelled as the present ("herroept")
    says nothing."""
    particle, rest = separable(infinitive)
    weak = {particle + _regular_participle("", rest)} if particle else {
        _regular_participle("", infinitive), _regular_participle("", infinitive, prefix="")}
    return any(zipf(w) > 0 for w in weak - {third, ""})


def _adjective_participle(infinitive: str, participle: str, finite: set[str]) -> bool:
    """Is a strong participle in text mostly another word, an adjective ("onderworpen aan",
    "verheven")? So when the infinitive is far more common than the verb's finite forms that
    are no noun (it is mostly a noun: "onderwerpen", the plural of "onderwerp"), and the
    participle is far more common than those forms too. Not for a separable verb, whose finite
    forms stand joined only in a subclause ("dat het afspreekt"), while its participle is joined
    in every clause. The regular participles of weak verbs are counted as before: a verb of the
    news has its participle far above its finite forms ("geschorst", "gesloopt")."""
    if not _noun(infinitive):
        return False
    own = max((zipf(f) for f in finite if zipf(f) > 0 and not _noun(f)), default=0.0)
    return own > 0 and min(zipf(infinitive), zipf(participle)) > own + 1.0 and not separable(infinitive)[0]


@lru_cache(maxsize=20_000)
def strong_forms(infinitive: str) -> tuple[str, ...]:
    """(past, past plural, participle) of a strong verb of ``wordlists/strong_verbs.tsv``
    ("meten": 'mat', 'maten', 'gemeten') or of such a verb after a particle or an inseparable
    prefix, as Dutch text writes them ("afmeten": 'afmat', 'afmaten', 'afgemeten'; "bespreken":
    'besprak', 'bespraken', 'besproken'); () for any other verb. The participle is
    ``_strong_compound``'s, and text must know it: "onderscheppen" ends like "scheppen" but is
    weak ('onderschept')."""
    rows = strong_rows()
    if infinitive in rows:
        return rows[infinitive]
    participle = _strong_compound(infinitive)
    if not participle or zipf(participle) <= 0:
        return ()
    core = max((c for c in rows if infinitive.endswith(c)), key=len, default="")
    if not core:
        return ()
    front = infinitive[:-len(core)]
    past, plural, _ = rows[core]
    return front + past, front + plural, participle


@lru_cache(maxsize=1)
def strong_rows() -> dict[str, tuple[str, str, str]]:
    """Each strong or irregular verb's past tense, past plural and participle, by infinitive
    (``wordlists/strong_verbs.tsv``)."""
    from duidelijk import wordlists

    return {row["infinitive"]: (row["past"], row["past_plural"], row["participle"])
            for row in wordlists.load("strong_verbs")}
