"""DD102 lijdende-vorm: passive voice (worden/zijn + past participle), read from the parse.

Source: Direct Duidelijk schrijftips; Schrijfwijzer van Gebruiker Centraal ("Schrijf actief");
Onze Taal, "Lijdende vorm" (https://onzetaal.nl/taalloket/lijdende-vorm). A passive hides who
acts; readers at B1 want to know who does what.

Only a real passive counts: the parse must show a passive auxiliary (``aux:pass``) on a
participle. "Ik word morgen 40" and "Hij wordt boos" have no participle and are not passive.
A ``zijn`` passive ("De winkel is gesloten") often describes a state, so it is at most a
suggestion. A present participle ("Wees terughoudend") is no passive either.

The active rewrite is offered only when it reads well: the agent is a "door" phrase without
a clause of its own, at most six words go between the verbs, a clause after the participle
("om in te loggen") stays after it, and template placeholders are kept as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from duidelijk import wordlists
from duidelijk.dictionary import compound_parts, starts_with_prefix, strong_rows, verb_lemmas
from duidelijk.findings import Severity
from duidelijk.lexicon import zipf
from duidelijk.lines import line_end, line_start
from duidelijk.metrics import FactColumn, per_doc, token_table
from duidelijk.phrases import OWNER_WORDS, _adverbial_noun
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.clauses import (AUX_DEPS, NEGATIONS, READER_OWNERS, READER_POSSESSIVES, SUBJECT_DEPS, compound_of, label_set,
                                      opens_relative, written)
from duidelijk.rules.paragraphs import QUESTION_WORDS
from duidelijk.rules.vague import clause_head  # the first verb above a word
from duidelijk.structure import DAY_NAMES, MONTH_NAMES, PERSON_SUBJECTS, listed_person, person_word
from duidelijk.verbs import (INSEPARABLE, PARTICLES, PRESENT_FORMS, SINGULAR_AUX, _regular_participle, infinitive,
                             object_form, own_participle, past_participle, present_singular, separable, spelling_bases,
                             SUBJECT_FORMS, stem, stem_from_infinitive, t_form, weak_past)
# the list's strong participles under another name: ``_strong_participles`` below guesses forms
from duidelijk.verbs import _strong_participles as strong_verb_participles

DATE_WORDS = frozenset((*MONTH_NAMES, *DAY_NAMES))
CLOCK_WORDS = frozenset({"uur", "u"})  # "om 8 uur", "om 9.00 u"


@cache
def zijn_verbs() -> frozenset[str]:
    """Verbs that form their perfect tense with 'zijn' ("is verhuisd" is not passive)."""
    return wordlists.words("zijn_verbs", "verb", subject="")


@cache
def person_zijn_verbs() -> frozenset[str]:
    """Verbs that form their perfect tense with 'zijn' only with a person as the subject ("U
    bent vergeten wie ..."; not "Uw aanvraag is vergeten": someone forgot it)."""
    return wordlists.words("zijn_verbs", "verb", subject="person")


def _person_perfect(verb) -> bool:
    """"U bent vergeten het formulier te ondertekenen": "zijn" + the participle of a verb of
    ``person_zijn_verbs`` is its perfect tense with a person pronoun as the subject, or with any
    subject but "het" and what was forgotten as a clause after it ("De gemeente is vergeten uw
    aanvraag te behandelen", "Mijn moeder is vergeten wie er komt": a thing that is forgotten
    has no such clause; not "Uw aanvraag is vergeten, omdat ...")."""
    if not person_zijn_verbs() & {verb.lemma_.lower(), infinitive(verb.text, verb.lemma_)}:
        return False
    if _person_subject(verb):
        return True
    subjects = _subjects(verb, ("nsubj", "nsubj:pass"))
    return bool(subjects) and not any(s.lower_ in {"het", "dit", "dat", "er"} for s in subjects) and any(
        c.i > verb.i and c.pos_ in {"VERB", "AUX"} and (
            c.dep_ in {"ccomp", "xcomp"} or _told(c)
            or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "om" for m in c.children))
        for c in verb.children)


@cache
def state_participles() -> frozenset[str]:
    """Participles Dutch uses as adjectives after "zijn" ("U bent verplicht", "Het loket is
    gesloten"): a state, not a passive."""
    return wordlists.words("state_participles", "participle", preposition="")


@cache
def state_participles_with() -> dict[str, str]:
    """Participles that are a state after "zijn" only with a phrase with their preposition
    ("Wij zijn aangewezen op hulp", "De straat is genoemd naar ..."): participle -> preposition."""
    return {r["participle"]: r["preposition"] for r in wordlists.load("state_participles") if r["preposition"]}


@cache
def becoming_participles() -> frozenset[str]:
    """Participles of a state of mind that Dutch uses as adjectives, so that "worden" with them
    may say what someone becomes ("verslaafd", "gespannen"; column worden = become)."""
    return wordlists.words("state_participles", "participle", worden="become")


@cache
def person_state_participles() -> frozenset[str]:
    """Participles of ``state_participles_with`` that are a state with a person pronoun as the
    subject, or a person or body of people (``_person_as_subject``) with a phrase that names no
    amount, date or period (``_measure``; the list's column subject = person: "gesteld op")."""
    return wordlists.words("state_participles", "participle", subject="person")


def _person_subject(verb) -> bool:
    """Is the subject of the participle's clause a personal pronoun ("Ik ben gesteld op mijn
    buren", "Wij zijn gesteld op")? (LiNT-II's concrete nouns are no test of a person: it
    calls "termijn" concrete.)"""
    subjects = _subjects(verb, ("nsubj", "nsubj:pass"))
    return bool(subjects) and all(s.lower_ in PERSON_SUBJECTS | {"wij", "we", "zij", "ze"} for s in subjects)


@cache
def person_states() -> dict[str, dict[str, str]]:
    """Participles that give a person's state of health after "zijn" ("Zorg dat je getest
    bent", "als u hersteld bent"): participle -> its row (the state's preposition, the
    prepositions that must name an illness, the prepositions that make it an act)."""
    return {r["participle"]: r for r in wordlists.load("person_states")}


@cache
def illnesses() -> frozenset[str]:
    """Illnesses a person is tested for ("getest op corona"); also the end of a compound."""
    return wordlists.words("illnesses")


# the result of a test, said with the participle: "negatief getest"
TEST_RESULTS = frozenset({"negatief", "positief"})


def _prepositions(verb) -> dict[str, object]:
    """The prepositional phrases on the participle: preposition -> the phrase's noun."""
    return {c.lower_: child for child in verb.children if child.dep_.startswith(("obl", "nmod"))
            for c in child.children if c.dep_ == "case"}


def _person_state(verb) -> bool:
    """Does "zijn" + this participle say how a person is ("je bent getest", "iemand is
    gevaccineerd", "als u hersteld bent")? With a subject only when it is a person ("Het water
    is getest" stays a passive); without one (a row of states: "dat iemand gevaccineerd is,
    hersteld is van corona of negatief getest is") when a test result goes with the
    participle or its preposition follows it. Never with "door" in the clause ("getest op uw
    taalniveau door het taalbureau"), with a phrase that makes it an act ("hersteld in uw
    functie"), or when what a person is tested for is no illness ("getest op alcohol")."""
    row = person_states().get(verb.lower_)
    if row is None:
        return False
    doc = verb.doc
    if any(t.lower_ == "door" for t in doc[verb.left_edge.i : verb.right_edge.i + 1]):
        return False  # who did it is named
    phrases = _prepositions(verb)
    if any(p in phrases for p in wordlists.alternatives(row["act_with"])):
        return False  # "U bent hersteld in uw rechten": the organisation did it
    illness = False
    for preposition in wordlists.alternatives(row["illness_with"]):
        noun = phrases.get(preposition)
        if noun is None:
            continue
        if not any(w.endswith(i) for w in (noun.lower_, noun.lemma_.lower()) for i in illnesses()):
            return False  # "getest op alcohol", "getest voor de functie": a test of a thing
        illness = True
    if _test_result(verb):
        return True  # "dat ze positief getest zijn", "Het monster is negatief getest": the outcome
    subjects = _subjects(verb, ("nsubj", "nsubj:pass"))
    if subjects:
        return all(_person_or_antecedent(s, illness) for s in subjects)
    preposition = row["preposition"]
    after = verb.i + 1
    while after < len(doc) and doc[after].head == verb and doc[after].dep_.startswith("aux"):
        after += 1  # "hersteld is van": past the auxiliary
    return bool(preposition) and after < len(doc) and doc[after].lower_ == preposition


def _test_result(verb) -> bool:
    """Does a test result go with the participle ("positief getest", "negatief getest")? Then
    "zijn" or "worden" + participle gives the outcome of a test, how a person or a thing came out
    of it, not the act of testing: nobody is to be put in front ("als er veel mensen positief
    getest worden"; not "Er wordt getest", "U wordt getest door de GGD")."""
    return verb.lower_ in person_states() and any(  # (any label: the parse may call it a clause)
        c.lower_ in TEST_RESULTS for c in verb.children) and not any(
        t.lower_ == "door" for t in verb.doc[verb.left_edge.i : verb.right_edge.i + 1])


@cache
def _care_place_pattern():
    """One pattern for the places of care (wordlists/care_places.tsv), at the end of a noun: a
    compound names what its last part names ("streekziekenhuis", "ggz-kliniek"; not
    "ziekenhuis-app", "ic-registratie": an app, a register), and a ward of one is one too
    ("ic-afdeling", "intensive care-afdeling", "ziekenhuisafdeling"). A short word (an
    abbreviation: "ic") only as a word of its own, never as the end of a longer one ("topic")."""
    words = [r["word"] for r in wordlists.load("care_places")]
    long = "|".join(re.escape(w) for w in sorted((w for w in words if len(w) >= 4), key=len, reverse=True))
    short = "|".join(re.escape(w) for w in sorted((w for w in words if len(w) < 4), key=len, reverse=True))
    return re.compile(r"(?:\w*?(?:" + long + r")|(?<![^\W\d_])(?:" + short + r"))(?:-?afdeling)?$")


def _patient_subject(verb) -> bool:
    """Can the subject of "opgenomen" be a patient: a person (``person_word``), a relative pronoun
    whose noun is one, or the amount of one ("het aantal patiënten dat werd opgenomen")? Not a
    thing: "Het gesprek is in het ziekenhuis opgenomen" was recorded there, "De meterstand wordt in
    het verpleeghuis opgenomen" read there (someone did it). No subject, or a relative pronoun
    without its noun: nothing says otherwise. A relative pronoun next to a person subject: the parse
    gave the clause the person ("het aantal mensen met COVID-19 dat ... werd opgenomen")."""
    persons, things = 0, []
    for subject in _subjects(verb, ("nsubj", "nsubj:pass")):
        if subject.lower_ in {"wij", "we"}:
            return False  # in a letter the organisation
        noun = subject
        if subject.lower_ in RELATIVE_PRONOUNS:
            if not subject.head.dep_.startswith("acl"):
                continue  # the parse did not find its noun ("Aantal mensen uit deze gemeente dat
                # ... is opgenomen" read as one clause): it names no thing either
            noun = subject.head.head
        nouns = [noun]
        while subject is not noun and nouns[-1].dep_ == "nmod" and nouns[-1].head.pos_ in {"NOUN", "PROPN"}:
            # a relative clause on the last of a row of phrases may be about an earlier noun: the
            # verb decides ("Aantal kinderen uit deze regio met astma dat ... is opgenomen")
            nouns.append(nouns[-1].head)
        counted = [c for n in nouns for c in n.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > n.i
                   and not any(k.dep_ == "case" for k in c.children)]
        if any(person_word(n) for n in [*nouns, *counted]):
            persons += 1
        else:
            things.append(subject)
    return not things or bool(persons) and all(t.lower_ in RELATIVE_PRONOUNS for t in things)


def _admitted_for_care(verb) -> bool:
    """Is "opgenomen" the admission of a patient to a place of care ("Zij is in het ziekenhuis
    opgenomen", "als veel mensen op de intensive care worden opgenomen")? Dutch says a hospital
    stay so ('opname'): the place takes the patient in, and no doer is put in front. With "door"
    it stays a passive; any other place too ("Uw gegevens zijn opgenomen in het register"), and
    a subject that is no patient ("Het gesprek is in het ziekenhuis opgenomen": recorded)."""
    if verb.lower_ != "opgenomen":
        return False
    obliques = [child for child in verb.children if child.dep_.startswith("obl")]
    # also a phrase the parse hung on another phrase of the verb ("om een andere reden in het
    # ziekenhuis zijn opgenomen": "in het ziekenhuis" on "reden")
    obliques += [c for o in obliques for c in o.children if c.dep_ == "nmod"]
    phrases = [p for p in obliques if any(c.dep_ == "case" and c.lower_ in {"in", "op"} for c in p.children)]
    if not phrases or _agent(verb) is not None or not _patient_subject(verb):
        return False
    return any(_care_place(p) for p in phrases)


def _care_place(phrase) -> bool:
    """Does the phrase name a place of care (``_care_place_pattern``)? Its noun with the words
    before it ("op de intensive care") and a name's last words ("in het Antonius Ziekenhuis"),
    the place at its end: not a word before the noun ("in het door het ziekenhuis bijgehouden
    register")."""
    end = max([phrase.i] + [c.i for c in phrase.children if c.dep_ == "flat"]) + 1
    return _care_place_pattern().search(phrase.doc[phrase.left_edge.i : end].text.lower()) is not None


RELATIVE_PRONOUNS = frozenset({"die", "dat", "wie"})


def _person_or_antecedent(subject, illness: bool) -> bool:
    """Is the subject a person: a person word (``person_word``: "iemand", "ze", "mensen",
    "bewoners", "patiënten") or a relative pronoun whose noun is one ("personen die getest
    zijn")? Not "wij"/"we": in a letter that is the organisation. A noun that is a person only by
    its '-er' ending counts only with an illness (``illness``: "De bewoners zijn getest op
    griep"): Dutch makes a device the same way as a doer ("De rookmelders zijn getest", "De
    printers zijn getest": someone tested them)."""
    if subject.lower_ in {"wij", "we"}:
        return False
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "acl:relcl":
        subject = _agreeing_antecedent(subject.head.head, subject.head)
    if not person_word(subject):
        return False
    if illness or subject.pos_ != "NOUN":
        return True
    forms = {subject.lower_, subject.lemma_.lower()}
    return any(listed_person(f) for f in forms) or not any(f.endswith(("er", "ers")) for f in forms)


def _agreeing_antecedent(noun, clause):
    """The noun a relative clause is about. The parse hangs it on the first noun of "het aantal
    personen die ... zijn", "een groep kinderen die ... zijn"; but the finite verb of the clause
    agrees with its subject, the relative pronoun, and so with the noun the pronoun stands for: a
    plural verb after a singular noun goes with the plural noun after it ("personen",
    "kinderen"). "Het aantal monsters dat getest is": the singular verb goes with "aantal"."""
    plural = any("Plur" in c.morph.get("Number") and "Fin" in c.morph.get("VerbForm")
                 for c in clause.children if c.dep_ in {"aux", "aux:pass", "cop"})
    if not plural or "Sing" not in noun.morph.get("Number"):
        return noun
    counted = [c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > noun.i
               and "Plur" in c.morph.get("Number")]
    return counted[0] if counted else noun


STRONG_VOWELS = (("ij", "e"), ("ie", "o"), ("ui", "o"), ("i", "o"), ("e", "o"), ("", ""))


@cache
def zijn_participles() -> frozenset[str]:
    """Participles of the verbs that take "zijn", strong ones included ("verstreken",
    "gebleven", "verdwenen", "ontstaan"): the lemma of a strong participle is often the
    participle itself, so the verb cannot be read off the lemma."""
    out = set()
    for verb in zijn_verbs():
        if verb.endswith("n") and verb != "zijn":
            out |= _strong_participles(verb)
            if verb.startswith("mis") and verb != "mislukken":
                # "misgaan": "mis" stands apart as a particle does ("Het gaat mis"), "misgegaan"
                out |= {"mis" + p for p in _strong_participles(verb[3:])}
    # "slagen" is weak ("geslaagd"): "geslagen" is "slaan", which takes an object ("Hij is geslagen")
    return frozenset(out - {"geslagen"})


def _strong_participles(verb: str) -> set[str]:
    """The forms a strong participle of the verb may have: "vallen" -> "gevallen", "blijven"
    -> "gebleven", "treden" -> "getreden", "ontstaan" -> "ontstaan" (more than one is fine:
    only the real one occurs in text). Apart from ``verbs.own_participle`` on purpose: it
    guesses by vowel change, so it also serves a verb of "zijn" that ``wordlists/strong_verbs.tsv``
    lacks, and it reads a particle off the front itself ("overgegaan", "doorgeslagen")."""
    particle = next((p for p in sorted(PARTICLES, key=len, reverse=True)
                     if verb.startswith(p) and len(verb) > len(p) + 3), "")
    prefix = "" if verb[len(particle):].startswith(INSEPARABLE) else "ge"
    if verb.endswith("slaan"):  # "doorgeslagen": "slaan" is strong with a "g"
        return {particle + prefix + verb[len(particle):-3] + "agen"}
    if verb.endswith("aan"):  # "ontstaan", "overgegaan"
        return {particle + prefix + verb[len(particle):]}
    out = set()
    core = verb[len(particle):-2]
    for old, new in STRONG_VOWELS:
        pos = core.rfind(old) if old else len(core)
        if pos >= 0:
            out.add(particle + prefix + core[:pos] + new + core[pos + len(old):] + "en")
    return out


@cache
def _zijn_base_participles() -> frozenset[str]:
    """Strong participles of the verbs of change (zijn_bases()) ("getreden", "gevallen", "gekomen")."""
    return frozenset(p for verb in zijn_bases() for p in _strong_participles(verb))


def perfect_with_zijn(verb) -> bool:
    """Is the participle's verb one that forms its perfect with "zijn"? The lemma may be
    wrong ("ingelogd" -> "ingelgen"), so the infinitive is also read off the participle:
    in|ge|log|d -> inloggen."""
    known = zijn_verbs()
    if infinitive(verb.text, verb.lemma_) in known or verb.lemma_.lower() in known \
            or verb.lower_ in zijn_participles():
        return True  # the lemma too: "ontstaan" is its own participle
    word = verb.lower_
    if _moved_away(verb):
        return True  # "De prijs is omhooggegaan", "De hond is weggelopen"
    for particle in sorted(PARTICLES, key=len, reverse=True) + [""]:
        if word.startswith(particle + "ge") and len(word) > len(particle) + 4:
            stem = word[len(particle) + 2 :]
            break
    else:
        return _adverb_particle_perfect(word, known)
    if particle and "ge" + stem in _zijn_base_participles():
        # "opgetreden", "aangetreden": a strong participle of a verb of change (zijn_bases()), a perfect
        # with its subject ("Er is een fout opgetreden"); without one it is the passive of
        # "optreden tegen" (to act), which takes "hebben": "Er is streng opgetreden tegen ..."
        # A parse may give the subject no "nsubj" ("Er zijn bij de controle enkele fouten
        # opgetreden"): without "tegen", "door" or a word of manner it is the perfect too
        return _has_subject(verb) or not _acting(verb)
    full = stem  # "gebloed": the d belongs to the stem (bloeden)
    stem = stem[:-1] if stem[-1] in "dt" else stem
    candidates = {stem + "en", stem + stem[-1] + "en", stem[:-1] + {"f": "v", "s": "z"}.get(stem[-1], stem[-1]) + "en",
                  full + "en"}
    if particle and candidates & zijn_bases():
        return True  # "omgevallen", "teruggekomen": a particle does not change the auxiliary
    return any(particle + c in known for c in candidates)


def _adverb_particle_perfect(word: str, known: frozenset[str]) -> bool:
    """A participle of a verb with a separable part that is no particle of the list but an
    adverb or preposition ("langs|ge|gaan", "rond|ge|komen"), whose base takes "zijn" ("gaan",
    "komen"): such a part does not change the auxiliary. Only a strong participle in -en whose
    stem is the infinitive ("gegaan", "gekomen"), after a part that is a word of its own."""
    at = word.find("ge", 2)
    if at < 2 or not word.endswith("n") or len(word) < at + 5:
        return False
    base = word[at + 2:]
    return base in known and zipf(word[:at]) > 0 and word[:at].isalpha()


@cache
def _motion_verbs() -> tuple[dict[str, str], ...]:
    """Rows of wordlists/motion_verbs.tsv: verbs of moving and of change that take "zijn"."""
    return wordlists.load("motion_verbs")


@cache
def directions() -> tuple[str, ...]:
    """Words of direction (wordlists/directions.tsv), longest first, so that a word that starts
    another one, if the list ever gets one, does not cut the longer word short (none does now)."""
    return tuple(sorted((r["word"] for r in wordlists.load("directions")), key=len, reverse=True))


@cache
def motion_bases() -> tuple[str, ...]:
    """Verbs of moving without an object ("lopen", "rollen"): after a word of direction their
    perfect takes "zijn" ("is weggelopen")."""
    return tuple(r["verb"] for r in _motion_verbs() if r["kind"] == "beweging")


@cache
def transport_bases() -> frozenset[str]:
    """Verbs of moving that also carry something ("rijden": "Het afval is weggereden")."""
    return wordlists.words("motion_verbs", "verb", kind="beweging", carries="ja")


@cache
def breaking_bases() -> frozenset[str]:
    """Verbs of moving that take no object after "kapot" ("De machine is kapotgegaan")."""
    return wordlists.words("motion_verbs", "verb", kind="beweging", breaks="ja")


@cache
def zijn_bases() -> frozenset[str]:
    """Verbs of change whose particle verbs all take "zijn" ("omvallen", "terugkomen")."""
    return wordlists.words("motion_verbs", "verb", kind="verandering")


@cache
def _motion_participles() -> dict[str, str]:
    """The participles of the verbs of moving (motion_bases()), strong ("gegaan", "gelopen", "gevlogen") and weak
    ("gerold", "gereisd", "gestapt") -> the verb."""
    out = {}
    for verb in motion_bases():
        for participle in _strong_participles(verb):
            out[participle] = verb
        # the regular form of every verb, gerold, gereisd, gestapt (and of a strong one,
        # "geloopt", which text does not write); not ``verbs.own_participle``, which gives a
        # strong verb of the list only its strong form and would drop these
        out[_regular_participle("", verb)] = verb
    return out


@cache
def vehicles() -> frozenset[str]:
    """Vehicles and their drivers: things and people that drive, fly or sail themselves."""
    return wordlists.words("vehicles")


def _vehicle(token) -> bool:
    """Is the word a vehicle or its driver ("de auto", "de vuilniswagen", "de vliegtuigen")?"""
    return any(w.endswith(v) for w in (token.lower_, token.lemma_.lower()) for v in vehicles())


def _moved_away(verb) -> bool:
    """"omhooggegaan", "weggelopen", "kapotgegaan": a word of direction and a verb of moving
    without an object; "weggereden" only with a vehicle as subject, "kapot" only with "gaan"
    and "springen"."""
    word = verb.lower_
    for direction in directions():
        base = _motion_participles().get(word[len(direction):]) if word.startswith(direction + "ge") else None
        if base is None or (direction == "kapot" and base not in breaking_bases()):
            continue
        subjects = _subjects(verb, ("nsubj",))
        return base not in transport_bases() or bool(subjects) and all(_vehicle(s) for s in subjects)
    return False


def _acting(verb) -> bool:
    """Does the sentence of "opgetreden" read as acting against something: "tegen" or "door"
    in it, or an adjective of manner on the verb ("streng", "hard")?"""
    return any(t.lower_ in {"tegen", "door"} for t in verb.sent) or any(
        c.dep_ == "advmod" and c.pos_ == "ADJ" for c in verb.children)


def _has_subject(verb) -> bool:
    """Has the participle (or its auxiliary) a subject of its own ("een fout" in "Er is een
    fout opgetreden"), not only "er"?"""
    return any(c.lower_ != "er" for c in _subjects(verb))


def _subjects(verb, deps: tuple[str, ...] = ("nsubj", "csubj")) -> list:
    """The subjects of the participle and of its auxiliaries (the parse hangs them on either)."""
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    return [c for h in heads for c in h.children if c.dep_.startswith(deps)]


PLURAL_SUBJECTS = {"wij", "we", "zij", "ze", "jullie"}
YOU_MODALS = {"kunnen": "kunt", "willen": "wilt", "zullen": "zult"}
# finite auxiliaries of a past tense, also where the tagger gives no tense
PAST_AUX = {"werd", "werden", "was", "waren", "kon", "konden", "moest", "moesten", "zou", "zouden", "wilde",
            "wilden", "mocht", "mochten"}
# words that may stand in the agent phrase ("door de afdeling van de gemeente")
AGENT_PREPOSITIONS = {"door", "van"}
SKIP_DEPS = {"aux", "aux:pass", "nsubj:pass", "obl:agent", "punct", "compound:prt", "cop", "mark", "cc"}


def _infinitive_shape(stem: str) -> bool:
    """Can the word be an infinitive by its last letters? After a vowel, "-en" ends an
    infinitive only in "doen" and "zien" (and their compounds: "voldoen", "voorzien") or after
    a vowel + i ("bloeien", "draaien"). "verleen", "geleen", "gemeen", "verzoen" are a verb's
    stem with a long vowel ("verlenen", "lenen"), so "verleend" is a past participle, not an
    infinitive + d ("verlenend")."""
    before = stem[:-2]
    if not before or before[-1] not in "eio":
        return True
    if before[-1] == "e":
        return False  # no Dutch infinitive ends in "-een"
    if before[-1] == "o":
        return stem.endswith("doen")
    return stem.endswith("zien") or len(before) >= 2 and before[-2] in "aeiou"


def _present_participle(word: str) -> bool:
    """An infinitive + "d(e)": "terughoudend" (terughouden), not "ondertekend", "ingediend" or
    "verleend" (verlenen: "verleen" + d)."""
    stem = word[:-1] if word.endswith("end") else word[:-2] if word.endswith("ende") else ""
    if not stem.endswith("en") or zipf(stem) <= 0 or not _infinitive_shape(stem):
        return False
    verbs = [stem] + [stem[len(p):] for p in PARTICLES if stem.startswith(p)]  # terug|houden
    return any(zipf(present_singular("", v)[1] or "-") > 0 for v in verbs)


UNSTRESSED_PREFIXES = ("be", "ge", "her", "ont", "ver", "er")


def _spelled_as_participle(word: str) -> bool:
    """Is the word built like a past participle: (particle) + ge + stem + d/t/en
    ("afgesneden", "opgehaald"), or an unstressed prefix that takes no "ge" + stem + d/t/en
    ("verstuurd", "betaald", "ontvangen")?"""
    for particle in sorted(PARTICLES, key=len, reverse=True) + [""]:
        rest = word[len(particle):] if word.startswith(particle) else None
        if rest is None or len(rest) < 5 or not (rest.endswith(("d", "t", "en"))):
            continue
        if rest.startswith(UNSTRESSED_PREFIXES):
            return True
    return False


# prefixes that take no "ge": a strong participle may look like the infinitive
# ("voorkomen", "ontvangen", "vergeten", "onderhouden")
NO_GE_PREFIXES = UNSTRESSED_PREFIXES + ("onder", "over", "voor", "door", "om", "achter", "mis")


def _participle_like_infinitive(token) -> bool:
    """"Dit had kunnen worden voorkomen": the tagger calls "voorkomen" an infinitive, but
    after a passive "worden" it is the participle (a verb with a prefix that takes no "ge")."""
    return token.pos_ == "VERB" and _prefixed_like_infinitive(token.lower_)


def _prefixed_like_infinitive(word: str) -> bool:
    """Is the word built like a strong participle of a verb with a prefix that takes no "ge",
    which looks the same as the infinitive ("voorkomen", "ontvangen", "onderhouden")?"""
    return word.endswith("en") and word.startswith(NO_GE_PREFIXES) and len(word) > 7 and zipf(word) > 0


def _is_participle(token) -> bool:
    """A past participle: not a present one ("Wees terughoudend" is no passive). The tagger
    sometimes calls a participle a finite past form ("worden de aren afgesneden"): a verb
    built like a participle counts too."""
    if "Pres" in token.morph.get("Tense") or _present_participle(token.lower_):
        return False
    return "Part" in token.morph.get("VerbForm") or (
        token.pos_ in {"VERB", "ADJ"} and token.lower_.startswith("ge") and token.lower_[-1] in "dtn"
    ) or (token.pos_ == "VERB" and "Inf" not in token.morph.get("VerbForm") and _spelled_as_participle(token.lower_))


def _als_phrase_participle(cop):
    """The participle of a passive whose auxiliary the parse made the copula of an "als" phrase
    ("Het verslag is als bijlage bij deze brief gevoegd": "is" hangs on "bijlage", and
    "bijlage" on "gevoegd"): the participle, or None. Only when the participle has no
    passive auxiliary of its own and the auxiliary stands before the phrase."""
    # the first test on the token table: the head's children, their labels and words without a
    # Token each (DD102 asks it of every copula "zijn": 640 a pass of speed.py's varied text,
    # nearly all without an "als" phrase)
    table = token_table(cop.doc)
    deps, facts = table.deps, table.facts
    at = table.heads[cop.i]
    mark = label_set("mark")
    if at < cop.i or not any(deps[c] in mark and facts[c].lower == "als" and c < at for c in table.children(at)):
        return None
    head = cop.doc[at]
    verb = head.head
    if verb.i <= head.i:
        # or the parse made the phrase the head and hung the participle under it ("Het verslag
        # is als bijlage bij deze brief gevoegd": "gevoegd" a parataxis of "bijlage")
        verb = next((c for c in head.children if c.i > head.i and c.dep_ in {"parataxis", "conj", "acl"}
                     and c.pos_ == "VERB"), head)
    if verb.i <= head.i or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") \
            or any(c.dep_ in {"aux", "aux:pass"} for c in verb.children):
        return None
    return verb


def _participle_tagged_finite(token) -> bool:
    """A participle the tagger took for a finite form, seen by its passive "worden": "moet
    deze worden geprint" (tagged a present tense, lemma "geprinnen"), "dient onderzocht te
    worden" (the past tense "onderzocht" looks the same). A verb that has "worden" as its
    passive auxiliary is a participle when it ends like one, in -d or -t (not -dt: "vindt",
    "houdt" are only present forms; a weak past in -de/-te never does), and, if tagged a
    present tense, has the participle's "ge"."""
    word = token.lower_
    if token.pos_ != "VERB" or "Fin" not in token.morph.get("VerbForm") or len(word) <= 4 \
            or not word.endswith(("d", "t")) or word.endswith("dt"):
        return False
    if "Past" in token.morph.get("Tense"):
        return True  # "onderzocht", "verkocht": a strong past that the participle shares
    # a present tense only with the participle's "ge": "geprint", "opgehaald"; not "dient" in
    # "wat ondertekend dient te worden", where the parse hung "worden" on "dient"
    if any(word.startswith(p + "ge") and len(word) > len(p) + 4 for p in ("", *PARTICLES)):
        return True
    # or a separable verb whose first part is no particle but an adjective ("klaarzetten",
    # "schoonmaken"): the "ge" stands after that part, where the verb itself has none
    # ("klaargezet"; not "vergelijkt": "vergelijken" has its own "ge")
    at = word.find("ge", 3)
    return at > 0 and len(word) > at + 4 and any(
        v.startswith(word[:at]) and not v.startswith("ge", at) for v in verb_lemmas(word))


def _inflected_participle(token) -> bool:
    """A weak participle with the adjective's -e ("vastgestelde", "gemaakte"): it stands before
    a noun ("de door de raad vastgestelde visie"), never as the verb of a passive, which keeps
    the bare form ("is vastgesteld")."""
    word = token.lower_
    return len(word) > 5 and word.endswith(("de", "te")) and "Part" in token.morph.get("VerbForm")


def _agent(verb):
    """The "door ..." phrase that names who acts ("per woonboot" is none). Read from the
    token table: the children, their labels and words without a Token each (DD102 asks it
    about 2,700 times a pass of speed.py's varied text; made 17,000 Tokens a pass)."""
    # (the phrases with "door" are found once per Doc, ``_door_phrases``: most texts have
    # none, and the others a few; the first one that is an oblique child of the verb)
    doc = verb.doc
    at = verb.i
    for child, head, oblique in per_doc(doc, _DOOR_PHRASES, _door_phrases):
        if head == at and oblique and child != at:
            return doc[child]
        if not oblique and _as_phrase_of(doc[head], at):
            # "aangeleverd als open data door het RIVM": the parser hangs the phrase on the last
            # noun of the 'als' phrase, but a noun said of the subject with 'als' takes no doer
            return doc[child]
    for child, head, oblique in per_doc(doc, _DOOR_PHRASES, _door_phrases):
        if oblique and child > head > at and _bare_conjunct_participle(doc[head], at):
            # "wordt vastgesteld en geïnd door het CAK": a "door" phrase after the last of joined
            # participles that share one auxiliary belongs to each of them (the parse hangs it on
            # the last one)
            return doc[child]
        if not oblique and doc[head + 1].lower_ == "door" and doc[head + 1].head.i == child \
                and _bare_phrase_noun(doc[head], at):
            # "wordt geleverd in natura door zorgaanbieder X": the parse hangs the phrase on the
            # noun before it, but a noun of a fixed phrase without an article ("in natura", "per
            # post", "met spoed") takes no doer of its own
            return doc[child]
    return None


def _bare_conjunct_participle(tok, at: int) -> bool:
    """Is ``tok`` a participle joined to the verb at ``at`` ("vastgesteld en geïnd") without an
    auxiliary or subject of its own, so that it shares the verb's auxiliary?"""
    return tok.dep_ == "conj" and tok.head.i == at and tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") \
        and not any(c.dep_.startswith(("aux", "nsubj", "cop")) for c in tok.children) \
        and tok.lower_ != "gedeeld"  # "opgeteld en gedeeld door het aantal": "delen door" a number, no doer


def _bare_phrase_noun(tok, at: int) -> bool:
    """Is ``tok`` the one noun of a phrase of the verb at ``at`` with a preposition and no article,
    number, adjective or possessive ("in natura", "per post"), right after the verb?"""
    return tok.dep_ == "obl" and tok.head.i == at and tok.i > at and tok.pos_ in {"NOUN", "X"} \
        and tok.left_edge.i == tok.i - 1 and tok.doc[tok.i - 1].dep_ == "case"


def _as_phrase_of(tok, at: int) -> bool:
    """Is ``tok`` the noun of an 'als' phrase that says what the subject of the verb at ``at``
    is taken as ("worden aangeleverd als open data", "wordt gezien als bewijs")?"""
    return tok.head.i == at and tok.dep_ in ("xcomp", "obl", "advcl") and tok.i > at \
        and any(c.dep_ in ("mark", "case") and c.lower_ == "als" for c in tok.children)


_OBLIQUE: dict[int, bool] = {}  # dependency label id -> does the label start with "obl" (``_door_phrases``)
_DOOR_PHRASES = "duidelijk.passive.door_phrases"  # Doc.user_data key of ``_door_phrases``


def _door_phrases(doc) -> list[tuple[int, int, bool]]:
    """Per Doc, in token order: (token, the verb it belongs to, its label starts with "obl") for
    every token that has a child "door" labelled "case": the phrases ``_agent`` may give. The
    verb is the token's head, except where the parse hung the phrase on the wrong word
    (``_door_owner``)."""
    table = token_table(doc)
    deps, heads = table.deps, table.heads
    case = label_set("case")
    found, seen = [], set()
    for door in sorted(i for i in table.with_lower(doc.vocab.strings["door"]) if deps[i] in case and heads[i] != i):
        phrase = heads[door]
        if phrase in seen:
            continue  # "door de GGD en door jou": one phrase
        seen.add(phrase)
        oblique = _OBLIQUE.get(deps[phrase])
        if oblique is None:
            oblique = _OBLIQUE[deps[phrase]] = doc.vocab.strings[deps[phrase]].startswith("obl")
        owner = _door_owner(doc, door, phrase, oblique)
        found.append((phrase, heads[phrase] if owner is None else owner, oblique or owner is not None))
    return found


_RELATIVE_CLAUSES = frozenset({"acl:relcl", "acl", "advcl", "ccomp", "csubj", "csubj:pass"})


def _door_owner(doc, door: int, phrase: int, oblique: bool) -> int | None:
    """The verb a "door" phrase belongs to where the parse hung it elsewhere, or None.
    - Right after the participle of a clause of its own: "De plannen die zijn gekozen door
      bewoners en die binnen het budget passen, worden uitgevoerd": the parse may hang "door
      bewoners" on "uitgevoerd", but the phrase closes the relative clause, whose verb stands
      right before it ("die zijn gekozen door bewoners"); only "zijn"/"worden" may stand
      between ("die gekozen zijn door bewoners").
    - An agent ("obl:agent") on a word that is no verb: "worden aangeleverd als open data
      bestand door Stichting NICE": the parse hung the agent on a word of the "als" phrase;
      it belongs to the first verb above that word."""
    tok = doc[phrase]
    j = door - 1
    while j >= 0 and doc[j].pos_ == "AUX" and doc[j].lemma_.lower() in {"zijn", "worden"} and doc[j].head.i == j - 1:
        j -= 1  # "die gekozen zijn door": the auxiliary after the participle
    if oblique and j >= 0 and j != tok.head.i:
        before = doc[j]
        if before.pos_ == "VERB" and "Part" in before.morph.get("VerbForm") and before.dep_ in _RELATIVE_CLAUSES \
                and before.head.i != tok.head.i and tok.head.pos_ == "VERB" and j < tok.head.i \
                and any(c.dep_ in {"aux", "aux:pass"} and c.lemma_.lower() in {"zijn", "worden"} for c in before.children):
            return j
    if (oblique and tok.head.i < door and (tok.head.pos_ == "ADV" or tok.head.pos_ == "ADJ" and tok.head.dep_ == "advmod")) \
            or (tok.dep_ == "obl:agent" and tok.head.pos_ not in {"VERB", "AUX"}):
        # "dat deze taken evenmin door uw huisgenoten kunnen worden overgenomen": the parse hung
        # the phrase on the adverb before it, which takes no doer; an agent on a word of an "als"
        # phrase: either way it is the first verb above (vague.clause_head)
        head = clause_head(tok)
        return head.i if head.pos_ == "VERB" else None
    return None


def _obliged(verb) -> bool:
    """"Wij zijn gehouden uw inkomen te toetsen": 'gehouden zijn' + a te-infinitive means "must";
    its subject is who must act, no passive (not "De vergadering is gehouden in het stadhuis", "...
    is gehouden om de bezwaren te bespreken": the aim of an act)."""
    return verb.lower_ == "gehouden" and any(
        c.i > verb.i and c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm")
        and any(m.dep_ == "mark" and m.lower_ == "te" for m in c.children)
        and not any(m.dep_ == "mark" and m.lower_ == "om" for m in c.children) for c in verb.children)


def _expletive(tok) -> bool:
    """"Er wordt door de gemeente gecontroleerd": the "er" of a passive without a subject,
    which the active sentence drops ("De gemeente controleert")."""
    return tok.lower_ == "er" and tok.dep_ in {"expl", "expl:pv", "advmod"} and tok.head.pos_ in {"VERB", "AUX"}


# the message of a passive that does not say who does it
NO_DOER = "Deze zin is in de lijdende vorm. Er staat niet wie het doet. Schrijf wie het doet, bijvoorbeeld 'wij' of 'u'."
# the finite forms of 'zijn' of a passive without a subject: always singular ("Er is
# gekozen"; "zijn ... gekozen" has a plural subject, even where the parse does not show it)
IMPERSONAL_ZIJN = frozenset({"is", "was"})
# the labels of a word or clause that can be the subject in the parse: the parse often makes
# the subject of a passive an object ("is aan u een boete opgelegd") or a complement ("Er is
# besloten dat ...", "is besloten de plannen te herzien": a clause is the subject there)
SUBJECT_LIKE_DEPS = SUBJECT_DEPS | {"obj", "iobj", "ccomp", "xcomp"}
# a clause that hangs on a noun: its subject may be the noun or a relative pronoun ("de
# gevallen die gemeld zijn", "het aantal dat is gemeld")
NOUN_CLAUSE_DEPS = frozenset({"acl", "acl:relcl"})


def _impersonal_perfect(verb, aux) -> bool:
    """"Er is gekozen voor ...", "Verder is alleen gewerkt met ...": 'is' or 'was' with the
    participle of a verb that takes 'hebben' (the caller has ruled out 'zijn' verbs: "Wat is
    er gebeurd?") and no subject at all. Only a thing or a person can be in a state, so a
    clause without a subject is no state: it is the perfect of the passive without a subject
    ("Er werd gekozen"), and nothing in it says who did it. Not with a word or a clause that may
    be the subject (the parse often calls it an object: "is hierin een stap gezet"; "Er is
    besloten dat ...": the clause with 'dat' is the subject), not in a clause
    on a noun ("het aantal dat gemeld is": the subject is 'dat'; but "de aanpak waarvoor is
    gekozen" has none: ``_opened_by_adverb``), not on a participle joined
    to one before it without an 'er' of its own ("De brief is verstuurd en is gelezen": the
    first one's subject; "De brief is verstuurd en er is gebeld" has none). The
    subject may also hang on the word the parse hung 'zijn' on, when that was another
    participle ("De locatie is in de vastgestelde visie benoemd": 'locatie' on 'vastgestelde')."""
    if aux.lower_ not in IMPERSONAL_ZIJN or verb.dep_ in NOUN_CLAUSE_DEPS and not _opened_by_adverb(verb):
        return False
    if verb.dep_ == "conj" and not any(c.lower_ == "er" and c.i < verb.i for c in verb.children):
        return False  # (with its own 'er' it is a clause of its own: "..., en er is gekozen voor ...")
    er = any(c.lower_ == "er" and c.i < verb.i for head in (verb, aux, aux.head) for c in head.children)
    return not any(c.lower_ != "er" and (c.dep_ in SUBJECT_LIKE_DEPS or c.i < verb.i and _bare_noun(c)
                                         and not (er and _time_phrase(c)))
                   for head in (verb, aux.head) for c in head.children)


def _opened_by_adverb(verb) -> bool:
    """Does the clause on a noun open with a 'waar-' adverb ("De aanpak waarvoor is gekozen",
    "de straat waar is gewerkt")? Then the noun goes with the adverb's preposition ("voor de
    aanpak") and is not the clause's subject; whether the clause has one of its own ("waar een
    besmetting is gemeld"), the caller's other checks tell, as in any clause. A relative pronoun
    may be the subject ("het aantal dat is gemeld"): it is no adverb."""
    first = verb.left_edge
    return first.pos_ == "ADV" and opens_relative(first)


def _time_phrase(tok) -> bool:
    """Is ``tok`` the noun of a phrase of time without a preposition ("vorig jaar", "die avond",
    "maandag"), in a clause with the 'er' of an empty subject? 'er' takes no definite
    subject ("Er is de brief gestuurd" is no Dutch), so such a phrase says when, not who:
    "Er is vorig jaar gekozen voor ...". Not with 'een' ("Er is een dag gekozen": a subject)."""
    return tok.dep_ == "obl" and _adverbial_noun(tok) and not any(c.lower_ == "een" for c in tok.children)


NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
LOOSE_DEPS = frozenset({"conj", "parataxis", "appos", "flat", "list", "dislocated", "vocative"})


def _bare_noun(tok) -> bool:
    """A noun or pronoun without a preposition before the participle: a subject or object the
    parse gave another label ("Als een aanvraag ... is aangemerkt": 'aanvraag' as a clause of
    its own); not one that only stands beside the clause (a list, a part after a comma)."""
    return tok.pos_ in NOUN_POS and tok.dep_ not in LOOSE_DEPS and not any(c.dep_ == "case" for c in tok.children)


def _text(tokens, word=lambda t: t.text) -> str:
    # a line break of the source never goes into the middle of a rewrite ("door jou\n" at a
    # line's end): the words around a space token get one space
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    out = ""
    for i, tok in enumerate(tokens):
        out += word(tok)
        if i + 1 < len(tokens):
            out += " " if tok.whitespace_ or tokens[i + 1].i != tok.i + 1 else ""
    return out


# an object pronoun of the agent as the subject of the active sentence ("door hem en door jou" ->
# "hij en jij")
AGENT_SUBJECT_FORMS = {**SUBJECT_FORMS, "jou": "jij"}


# Before the verb at the end of the clause at most this many words, or the rewrite gets a tang
MAX_MIDDLE = 6


def _plural_agent(tok, text: str) -> bool:
    """Does the agent word take a plural verb? "hen", "hun", "ons", "jullie" and a plural noun
    do; "haar" is one woman ("door haar" -> "Zij heeft", while "door hen" -> "Zij hebben"), though
    both become "zij"."""
    if tok.lower_ == "haar":
        return False
    return text.lower() in PLURAL_SUBJECTS or "Plur" in tok.morph.get("Number")


# the past of the auxiliaries that neither the regular rule ("moette") nor the list of strong
# verbs (``wordlists/strong_verbs.tsv``, which has "kunnen": 'kon') makes: singular, plural
PAST_OF_AUXILIARIES = {"hebben": ("had", "hadden"), "zullen": ("zou", "zouden"), "mogen": ("mocht", "mochten"),
                       "moeten": ("moest", "moesten"), "willen": ("wilde", "wilden")}


def _past_form(verb: str, plural: bool) -> str:
    """The past tense of an infinitive, one form for every person in the singular ("ik, jij,
    zij ondertekende") and one in the plural ("ondertekenden"): an auxiliary's own, a strong
    verb's from the list ("schrijven": 'schreef', 'schreven'), also after a prefix that stays
    on ("beschrijven": 'beschreef', "ontvangen": 'ontving', "onderzoeken": 'onderzocht'), else the stem with "te"
    after a voiceless consonant ('t kofschip: "werkte") and "de" elsewhere ("ondertekende").
    The consonant is the infinitive's: "beloven", "verhuizen" have "beloofde", "verhuisde",
    though their stems end in f and s."""
    forms = PAST_OF_AUXILIARIES.get(verb) or strong_rows().get(verb)
    if forms:
        return forms[1] if plural else forms[0]
    for prefix in _PREFIXES_KEPT:
        rest = verb[len(prefix):]
        if verb.startswith(prefix) and rest in strong_rows():
            return prefix + strong_rows()[rest][1 if plural else 0]
    past = weak_past(verb)
    return past + "n" if plural else past


# prefixes that stay on the verb in its past: the inseparable ones, and the particles that may
# stay on ("onderzoeken": 'onderzocht'); a verb whose particle splits off ("doorgegeven": 'gaf
# door') reaches ``_past_form`` without it (``_split_verb``)
_PREFIXES_KEPT = (*INSEPARABLE, "onder", "over", "door", "achter", "voor", "om")


@cache
def _auxiliary_infinitives() -> dict[str, str]:
    """Finite form -> infinitive of the auxiliaries and modals: "kon" -> 'kunnen', "mocht" ->
    'mogen', "kan" -> 'kunnen', "moet" -> 'moeten', "kunnen" itself (their pasts from ``PAST_OF_AUXILIARIES`` and
    the list of strong verbs, their presents from ``PRESENT_FORMS`` and ``SINGULAR_AUX``)."""
    found = {form: verb for verb, form in SINGULAR_AUX.items()}
    found.update((verb, verb) for verb in (*SINGULAR_AUX, *PRESENT_FORMS, *PAST_OF_AUXILIARIES))
    found.update((form, verb) for verb, forms in PRESENT_FORMS.items() for form in forms)
    for verb, row in (*strong_rows().items(), *PAST_OF_AUXILIARIES.items()):
        found.update((form, verb) for form in row[:2])
    return found


def _modal_infinitive(modal) -> str:
    """The infinitive of a modal. The tagger may lemmatise a capitalised first word as itself
    ("Kon" -> 'kon', "Mocht" -> 'mocht'): a known form gives its own infinitive, so its past
    is "kon", not a made-up "kote"."""
    return _auxiliary_infinitives().get(modal.lower_) or infinitive(modal.text, modal.lemma_)


def _own_person_form(verb: str, person: str) -> str:
    """The present of an infinitive after "ik" or, with the subject first, after "jij"/"je":
    "ik heb", "jij hebt", "ik kan", "jij kunt", "ik onderteken", "jij ondertekent"."""
    if verb in PRESENT_FORMS:
        return PRESENT_FORMS[verb][0 if person == "ik" else 2]
    base = stem_from_infinitive(verb)
    return base if person == "ik" else t_form(base)


def active_sentence(verb, aux, word=lambda t: t.text, placeholder=lambda t: False) -> str | None:
    """Rewrite a simple main-clause passive with a named agent as an active sentence.

    ``word`` gives the text of a token as the user wrote it (a template placeholder stays
    ``{{ naam }}``). No rewrite when the agent has a clause of its own ("door iemand die
    ...") or when many words would stand between the verbs."""
    agent = _agent(verb)
    if agent is None or agent.head.i != verb.i:
        return None  # (a phrase the parse hangs inside an 'als' phrase: its words would be said twice)
    if any(t.pos_ in {"VERB", "AUX"} for t in agent.subtree):
        return None  # "door iemand die zich voordoet als ...": too long to put in front
    auxes = [c for c in verb.children if c.dep_ in {"aux", "aux:pass"}]
    finite = next((a for a in auxes if "Fin" in a.morph.get("VerbForm")), None)
    if finite is None or any(c.dep_ == "mark" for c in verb.children) or not (
            verb.dep_ == "ROOT" or verb.head.is_space):  # the parse may hang a sentence on a trailing newline
        return None  # not the main clause: "invaller X, die door Y was opgeroepen", "schat dat ..."
    words = [t for t in verb.sent if not t.is_space]
    if "?" in words[-1].text or (words[0].dep_ in {"aux", "aux:pass"} and words[0].head.i == verb.i):
        return None  # a question or a condition ("Werd het bedrag ... betaald?", "Mocht het ... worden
        # vergoed, dan ..."): the rewrite would be a statement
    if any(c.dep_ == "conj" and _is_participle(c) for c in verb.children):
        return None  # "ingevuld en ondertekend": the second participle would stand alone in the middle
    # "werd", "was", "kon": the active takes the past too ("ondertekende", "had", "kon")
    past = finite.lower_ in PAST_AUX or "Past" in finite.morph.get("Tense")
    if not past and "Pres" not in finite.morph.get("Tense"):
        return None  # a finite verb whose tense the tagger does not give
    if any(t.pos_ == "ADP" and t.lower_ not in AGENT_PREPOSITIONS for t in agent.subtree):
        return None  # "door enkele schrapnels gedurende de oorlog": the parse may hang a phrase on the agent
    agent_tokens = [t for t in agent.subtree if not (t.dep_ == "case" and t.lower_ == "door") and not t.is_space]
    if any(placeholder(a) and placeholder(b) and b.i == a.i + 1 for a, b in zip(agent_tokens, agent_tokens[1:])):
        return None  # "door :naam :bedrag": two template values side by side, where the agent ends is unknown
    joined = [t for t in agent_tokens if t.dep_ == "cc" and t.lower_ in {"en", "of"}]

    def agent_word(t):
        # each person of the agent as a subject: "door de GGD en door jou" -> "De GGD en jij"
        # (also where the parse hangs "jou" on a line break)
        # not a possessive ("door haar moeder", "door hun ouders"): it stays as it is
        if t.pos_ == "PRON" and "Prs" in t.morph.get("PronType") and "Yes" not in t.morph.get("Poss") \
                and t.dep_ != "nmod:poss" and (t.i == agent.i or t.dep_ == "conj" or (
                t.i > 0 and t.doc[t.i - 1].lower_ in {"door", "en", "of"})):
            return AGENT_SUBJECT_FORMS.get(word(t).lower(), word(t))
        return word(t)

    # "door jou" -> "jij", "door haar" -> "zij", also where the tagger does not call it a pronoun
    agent_text = AGENT_SUBJECT_FORMS.get(word(agent).lower(), word(agent)) if len(agent_tokens) == 1 \
        else _text(agent_tokens, agent_word)
    plural = (
        _plural_agent(agent, agent_text)
        or any(c.dep_ == "conj" for c in agent.children)
        or bool(joined)
    )
    if joined and joined[-1].lower_ == "of":
        # "de GGD of jij": with "of" the verb goes with the part nearest to it, and after "ik",
        # "jij" or "je" it takes a form not made here ("De GGD of jij hebt"): no rewrite then
        last = next((t for t in reversed(agent_tokens) if t.pos_ in {"NOUN", "PROPN", "PRON"}), agent)
        if agent_word(last).lower() in {"ik", "jij", "je"}:
            return None
        plural = _plural_agent(last, agent_word(last))
    subject = next((c for c in verb.children if c.dep_ in {"nsubj:pass", "nsubj"}), None)
    skip = {agent.i} | ({subject.i} if subject is not None else set())
    rest, after = [], []
    for child in verb.children:
        if child.i in skip or child.dep_ in SKIP_DEPS or _expletive(child):
            continue
        if child.dep_ in {"advcl", "xcomp", "ccomp"} and child.i > verb.i:
            after.extend(child.subtree)  # "om in te loggen op ...": after the verb, as before
            continue
        rest.extend(child.subtree)
    obj = ""
    if subject is not None:
        subj_tokens = list(subject.subtree)
        if len(subj_tokens) == 1:
            obj = word(subject) if subject.pos_ == "PROPN" else object_form(subject.lower_)
            if subject.lower_ in {"zij", "ze"} and "Sing" in finite.morph.get("Number"):
                obj = "haar"  # "Zij is ... voorgedragen": one woman, not "hen"
        else:
            first = subj_tokens[0]
            obj = _text(subj_tokens, word)
            if first.pos_ != "PROPN":
                obj = obj[0].lower() + obj[1:]
    if len(rest) + len(obj.split()) > MAX_MIDDLE:
        return None
    rest_text = _text(rest, word)
    if rest and min(rest, key=lambda t: t.i).is_sent_start and rest_text[:1].isupper():
        first = min(rest, key=lambda t: t.i)
        if first.pos_ != "PROPN":
            rest_text = rest_text[0].lower() + rest_text[1:]
    middle = " ".join(x for x in (obj, rest_text) if x)
    particle_tokens = [c for c in verb.children if c.dep_ == "compound:prt"]
    # "ik" and "jij" take their own forms: "Ik onderteken", "Jij hebt ... ondertekend"
    person = {"ik": "ik", "jij": "jij", "je": "jij"}.get(agent_text.lower(), "")
    lemma = infinitive(verb.text, verb.lemma_)
    if zipf(lemma) <= 0:
        lemma = infinitive(verb.text, verb.text)  # the lemma was no verb ("opgehalen"): from the participle
    # the parse may label the modal "aux:pass" too ("Het formulier moet door u worden ondertekend")
    modal = next((a for a in auxes if a.lemma_.lower() not in {"zijn", "worden", "hebben"}), None)
    if modal is not None:
        modal_verb = _modal_infinitive(modal)
        mod = modal_verb if plural else SINGULAR_AUX.get(modal_verb, modal.lower_)
        if person:
            mod = _own_person_form(modal_verb, person)  # "ik kan", "jij kunt"
        if agent_text.lower() == "u":
            mod = YOU_MODALS.get(modal_verb, mod)  # "u kunt", not "u kan"
        if past:
            mod = _past_form(modal_verb, plural)  # "zij kon", "wij konden"
        parts = [agent_text, mod, middle, lemma]
        made = [lemma, mod]
        if finite.lemma_.lower() == "hebben" and finite.i != modal.i:
            # "heeft/had door haar kunnen worden betaald": the perfect of the modal, "Zij heeft/had
            # het bedrag kunnen betalen", not "Zij kan/kon"
            have = _past_form("hebben", plural) if past else "hebben" if plural else \
                _own_person_form("hebben", person) if person else "heeft"
            parts = [agent_text, have, middle, modal_verb, lemma]
    elif finite.lemma_.lower() == "worden":
        # a separable verb splits in a main clause: "Wij stellen een onderzoek in", not "Wij
        # instellen een onderzoek"; "Het UWV betaalt de uitkering uit", not "uitbetaalt"
        split_off, base_verb = _split_verb(verb.lower_, lemma)
        if past:
            # "werd door haar ondertekend": "Zij ondertekende"; "Het UWV betaalde de uitkering uit"
            form = _past_form(base_verb if split_off else lemma, plural)
            parts = [agent_text, form, middle, split_off]
            made = [form, lemma]
        elif plural:
            parts = [agent_text, base_verb, middle, split_off] if split_off else [agent_text, lemma, middle]
            made = [base_verb, lemma]
        elif split_off:
            form = _own_person_form(base_verb, person) if person else present_singular("", base_verb)[1]
            parts = [agent_text, form, middle, split_off]
            made = [form, lemma]
        else:
            # "ik onderteken" (the stem), "jij ondertekent" (as after "hij")
            particle, form = stem(verb.text, lemma) if person == "ik" else present_singular(verb.text, lemma)
            parts = [agent_text, form, middle, particle]
            made = [form, lemma]
    else:
        have = "hebben" if plural else _own_person_form("hebben", person) if person else "heeft"
        if past:
            have = _past_form("hebben", plural)  # "was door haar ondertekend": "Zij had ... ondertekend"
        prt = "".join(t.lower_ for t in particle_tokens)
        parts = [agent_text, have, middle, prt + verb.lower_]
        made = []
    if any(zipf(w.replace(" ", "")) <= 0 for w in made):
        # a verb form Dutch text does not know ("gehaalt"), or forms made from a lemma that is no
        # word ("gedownload" -> 'downloaen': 'downloade' is a common misspelling): no rewrite
        return None
    parts.append(_text(after, word))
    used = {t.i for t in agent.subtree} | {t.i for t in rest} | {t.i for t in after} | {verb.i}
    used |= {t.i for t in particle_tokens} | ({t.i for t in subject.subtree} if subject is not None else set())
    if any(t.i not in used and not (t.is_punct or t.is_space or t.dep_ in {"aux", "aux:pass"} or _expletive(t))
           for t in verb.sent):
        return None  # a word of the sentence would be lost ("steeds meer" of another clause): no rewrite
    if any(t.is_space and "\n" in t.text for t in rest + after):
        return None  # the parse took words from the next line
    sentence = " ".join(p for p in parts if p).strip()
    if not sentence:
        return None
    return sentence[0].upper() + sentence[1:] + "."


def _zijn_passive_read_as_perfect(tok, act: bool | None = None) -> bool:
    """Did the parse call a "zijn" passive a perfect tense or a copula? "Mij is verteld dat
    ...", "Het is bewezen dat ...": "vertellen" and "bewijzen" form their perfect with
    "hebben", so "is" + their participle is a passive. Not for verbs that take "zijn"
    ("De prijzen zijn gestegen"), participles used as adjectives ("U bent verplicht"), or a
    participle with an object of its own ("Hij is de straat overgestoken"). ``act``: what
    ``_act_on_copula`` gave for a copula, if the caller asked it already."""
    if tok.lemma_.lower() != "zijn" or (tok.dep_ != "aux" and not (
            tok.dep_ == "cop" and (_act_on_copula(tok) if act is None else act))):
        return False
    verb = tok.head
    if verb.i == tok.i or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm"):
        return False
    if verb.lemma_.lower() in {"zijn", "hebben", "worden"}:
        return False
    if any(c.dep_ in {"obj", "aux:pass"} or (c.dep_ == "aux" and c.i != tok.i) for c in verb.children):
        return False
    return not perfect_with_zijn(verb) and not _adjectival(verb)


def _act_on_copula(cop) -> bool:
    """Does a copula "zijn" on a participle tell an act after all? (1) A clause of purpose
    with "om ... te" stands before "zijn" ("Om uw gegevens te beschermen, zijn deze
    verwijderd"): someone did it for that aim. Only before "zijn": after the participle an
    "om"-clause is often its complement ("U bent verplicht om ... te betalen", "Het formulier
    is bedoeld om ..."). (2) The clause has no subject but a "dat"- or "of"-clause or an
    indirect question after the participle ("van wie aan de school gemeld is dat ze ziek zijn",
    "Verder is afgewogen welke gegevens nodig zijn"): what was told or asked is the subject,
    and a told thing is no state. Not with "het" ("Het is verboden dat ...", "Het is
    niet gezegd dat ...": a state or a fixed phrase)."""
    table = token_table(cop.doc)  # most copulas stand on no verb: read without a Token each
    deps, facts = table.deps, table.facts
    at = table.heads[cop.i]
    if at == cop.i or facts[at].pos != "VERB":
        return False
    mark = label_set("mark")
    kids = table.children(at)
    subjects = label_set(*SUBJECT_DEPS)
    # (the parse hangs "om" on the clause's verb as a mark, or on its first noun as a case);
    # the "om" clause's head is a verb of an act, not a copula's word ("Om eerlijk te zijn,"
    # comments), and a person's "zijn" + participle stays a state ("Om de kosten te dekken,
    # zijn wij genoodzaakt ...")
    if at > cop.i and any(deps[c] in label_set("advcl") and c < cop.i and facts[c].pos == "VERB" and any(
            deps[m] in mark and facts[m].lower == "te" for m in table.children(c))
            and not any(deps[m] in label_set("cop") for m in table.children(c))
            and cop.doc[c].left_edge.lower_ == "om" for c in kids) \
            and not any(deps[c] in subjects and facts[c].lower in PERSON_SUBJECTS | {"wij", "we"}
                        for c in (*kids, *table.children(cop.i))):
        return True
    # the told or asked thing after the participle: a "dat"/"of" clause, an indirect question
    # ("afgewogen welke gegevens ... konden worden"), or the question's noun that the parse
    # took for the subject ("afgewogen welke variabelen ...")
    told = [c for c in kids if c > at and deps[c] in subjects | label_set("ccomp") and _told(cop.doc[c])]
    if any(deps[c] in subjects and facts[c].lower != "er" and c not in told for c in (*kids, *table.children(cop.i))):
        return False
    after = max(at, cop.i) + 1  # "gemeld is dat ...", also where the parse hung the clause elsewhere
    if told or after < len(deps) and deps[after] in mark and facts[after].lower in {"dat", "of"}:
        return True
    return at > cop.i and _impersonal_zijn(cop.doc[at], kids)


# the labels of a clause's own verb (no conjunct that shares the subject of the one before, no
# participle that goes with a noun)
_CLAUSE_HEADS = frozenset({"ROOT", "advcl", "ccomp", "parataxis"})


def _impersonal_zijn(verb, kids) -> bool:
    """(3) An impersonal passive: "zijn" + participle in a clause with no subject at all, no
    object and no bare noun that the parse may have taken for another part ("totdat op uw
    verzoek is beslist", "Er is over uw bezwaar beslist"): nothing is in a state, so someone
    acted. Not "Het is beslist waar" (a subject), "Ik ben langsgegaan" (a subject; and
    "langsgaan" takes "zijn"), "De brief is verstuurd en is aangekomen" (a conjunct shares
    the subject)."""
    if verb.dep_ not in _CLAUSE_HEADS or "Part" not in verb.morph.get("VerbForm") or _inflected_participle(verb):
        return False
    table = token_table(verb.doc)
    deps, facts = table.deps, table.facts
    subjects = label_set(*SUBJECT_DEPS)
    objects = label_set("obj", "iobj", "xcomp", "ccomp", "csubj")
    for c in kids:
        if deps[c] in subjects and facts[c].lower != "er" or deps[c] in objects:
            return False
        if facts[c].pos in {"NOUN", "PROPN", "PRON"} and facts[c].lower != "er" and not any(
                deps[g] in label_set("case") for g in table.children(c)):
            return False  # a bare noun or pronoun: the subject, whatever the parse says
    return True


def _participle_of_subject(cop):
    """The participle of a "zijn" passive whose subject the parse made the copula's word: "Op 6
    mei is bij ons een aanvraag om een vergunning ingediend": "is" hangs on "aanvraag", and
    "ingediend" on "aanvraag" as a clause of its own. The noun has no subject (it is the
    subject), the bare participle stands after it, with no auxiliary of its own, and ends the
    clause (only phrases with a preposition after it); else None. Not "Dit is een brief
    geschreven door de burgemeester" ("Dit" is the subject, "brief" the predicate)."""
    table = token_table(cop.doc)
    deps, facts = table.deps, table.facts
    at = table.heads[cop.i]
    if at <= cop.i or facts[at].pos not in {"NOUN", "PROPN"} or facts[cop.i].lemma.lower() != "zijn":
        return None
    kids = table.children(at)
    if any(deps[c] in label_set(*SUBJECT_DEPS) for c in kids):
        return None
    parts = [c for c in kids if c > at and deps[c] in label_set("acl") and facts[c].pos == "VERB"]
    if len(parts) != 1:
        return None
    verb = cop.doc[parts[0]]
    if "Part" not in verb.morph.get("VerbForm") or _inflected_participle(verb) or any(
            c.dep_ in {"aux", "aux:pass", "cop", "nsubj"} or c.dep_ == "mark" and c.lower_ != "om"
            or c.lower_ == "te" for c in verb.children):
        return None  # (an "om" without "te" is the noun's preposition: "een aanvraag om een vergunning")
    end = table.sentence_of(verb.i)[1]
    for t in cop.doc[verb.i + 1: end]:
        if t.is_punct and t.text in {",", ";", ":", ".", "!", "?"}:
            break
        if t.pos_ in {"SCONJ", "CCONJ"} or t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm"):
            return None  # another clause before this one ends
    return verb


def _told(part) -> bool:
    """Is a part after the participle a told or asked thing: a clause with "dat" or "of", or one
    that opens with a question word ("is besproken hoe ...", "is afgewogen welke gegevens ...")?
    In a statement a subject after "is" + participle with "welke" or "hoeveel" before it is the
    noun of an indirect question, not the clause's subject."""
    if any(c.dep_ == "mark" and c.lower_ in {"dat", "of"} for c in part.children):
        return True
    return part.left_edge.lower_ in QUESTION_WORDS and part.left_edge.i > part.head.i


def _first_participle(word, sent, fits, stop=None):
    """The first participle (``_is_participle``) after ``word`` in ``sent`` for which
    ``fits(t)`` holds; None when a word for which ``stop(t)`` holds comes first (no ``stop``:
    the rest of the sentence), or when there is none. The one scan for "the participle after
    this word" of DD102; each caller gives the words that end its stretch."""
    for t in word.doc[max(word.i + 1, sent.start) : sent.end]:
        if _is_participle(t) and fits(t):
            return t
        if stop is not None and stop(t):
            return None
    return None


def _without_passive_aux(t) -> bool:
    """Has the participle no passive auxiliary of its own (it may be another one's)?"""
    return not any(c.dep_ == "aux:pass" for c in t.children)


def _participle_after(aux, sent):
    """The bare participle after a passive "worden" in its clause: the first one before any
    other verb, comma or clause word, with no passive or perfect auxiliary of its own; else
    None."""
    t = _first_participle(aux, sent, lambda t: t.pos_ in {"VERB", "ADJ"}, lambda t: (
        t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or t.text in {",", ";", ":"} or t.lower_ in RELATIVE_PRONOUNS))
    if t is None or _inflected_participle(t) or any(
            c.dep_.startswith("aux") and c.i != aux.i and c.lemma_.lower() in {"worden", "zijn", "hebben"}
            for c in t.children):
        return None  # (a modal of its own may be: "kan ... worden gekeken")
    return t


def _main_clause_after_short_clause(verb, aux) -> bool:
    """Is the auxiliary after the participle of a clause with a subordinating word ("zoals",
    "als", "indien") in fact the verb of the main clause? A subordinate clause puts its finite
    verb last, after its subject; a subject of the participle after the auxiliary ("Zoals
    afgesproken is de vergadering op maandag") belongs to the main clause, which puts its finite
    verb first, right after the fronted clause."""
    if not any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i < verb.i for c in verb.children):
        return False
    after = aux.doc[aux.i + 1] if aux.i + 1 < len(aux.doc) else None
    if after is None or after.pos_ in {"PUNCT", "VERB", "AUX", "SCONJ"}:
        return False  # "Zoals afgesproken is, gaan wij ...": the clause ends in "is"
    if any(s.i < aux.i for s in _subjects(verb, ("nsubj", "nsubj:pass", "expl"))):
        return False  # "Ondanks dat het bewijs geleverd is ...": a clause with its own subject
    # (the parse hangs the main clause's subject on the participle or, with the short clause as
    # its adverbial clause, on the main clause's verb: "Zoals beschreven is het aantal gestegen")
    heads = [verb, verb.head] if verb.dep_ == "advcl" else [verb]
    return any(s.i > aux.i for h in heads for s in _subjects(h, ("nsubj", "nsubj:pass")))


def _own_final_auxiliary(verb, aux) -> bool:
    """Has the participle after this "worden" a passive or perfect auxiliary of its own right
    after it, in a clause that starts between them ("... worden wat besteld is")? A participle
    has one auxiliary of its clause. (Not "Als wordt besloten dat de straat een gewone straat
    wordt": the later "wordt" is no auxiliary next to "besloten".)"""
    if not any(t.lower_ in RELATIVE_PRONOUNS | {"wat"} or t.pos_ == "SCONJ" for t in aux.doc[aux.i + 1 : verb.i]):
        return False
    return any(c.dep_ in AUX_DEPS and c.i == verb.i + 1
               and c.lemma_.lower() in {"zijn", "worden", "hebben"} for c in verb.children)


def _participle_before(aux, sent):
    """The participle before a "worden" in its clause (fronted: "Ontvangen moet worden"), with
    no auxiliary of its own; None when a comma or another clause comes first."""
    for t in reversed(aux.doc[sent.start : aux.i]):
        if t.text in {",", ";", ":"} or t.pos_ in {"SCONJ", "CCONJ"}:
            return None
        if (_is_participle(t) or _participle_like_infinitive(t)) and not any(
                c.dep_ in AUX_DEPS and c.i != aux.i and c.lemma_.lower() in {"zijn", "worden", "hebben"}
                for c in t.children):
            return t
    return None


# the forms of a "worden" the parse may make a main verb, looked up by form in every text: the
# present and the infinitive ("moet worden", "te worden", "wordt"), as letters write them; each
# more form is one more pass over the text's tokens
WORDEN_FORMS = ("worden", "wordt")


def _stray_participle(tok):
    """The participle of a passive whose auxiliary the parse did not hang on it as one, or None.
    (1) A "worden" that the parse made a main verb, with a participle of its own clause as its
    complement ("... dienen zoveel mogelijk bevorderd te worden": "worden" + participle is the
    passive, as "worden" has no other sense with a participle of an act; "Het wordt koud", "Ik
    word 40" have none; a participle of a state of mind is what one becomes, as the parse read
    it: "Hij dreigt verslaafd te worden", ``becoming_participles``); also a fronted participle
    the parse took for an infinitive as its subject, with the told thing after it ("Voorkomen
    moet worden dat ...", like "Opgemerkt moet worden dat ..."), not where "worden" has a
    predicate of its own ("Overleggen wordt zo lastig dat ...": a copula). (2) A copula "zijn"
    that the parse hung on a word after it, right after a participle that has one subject or a
    clause word and no auxiliary of its own, and is no present form too ("Zodra het in gebruik
    genomen is bepaald het model ...": the subclause ends in "genomen is"; not "De data die het
    algoritme gebruikt is ...")."""
    doc = tok.doc
    if tok.dep_ == "cop":
        before = doc[tok.i - 1] if tok.i > 0 else None
        if tok.head.i <= tok.i or before is None or before.pos_ != "VERB" or not _is_participle(before) \
                or _inflected_participle(before) or before.head.i == tok.head.i and before.dep_ == "amod":
            return None
        kids = [c.dep_ for c in before.children]
        subjects = sum(d in {"nsubj", "nsubj:pass"} for d in kids)
        if any(d in AUX_DEPS for d in kids) or subjects > 1 or not subjects and "mark" not in kids:
            return None
        # without a subject the clause may be a short one of "zoals", "indien" or "als", and "zijn" the
        # main clause's verb with its subject after it ("Zoals gezegd is het bedrag te hoog", "Indien
        # gewenst is het mogelijk ..."); a clause that ends in "is" has the main clause's verb next
        # ("Zodra betaald is sturen wij ...")
        if not subjects and (tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ not in {"VERB", "AUX", "PUNCT"}):
            return None
        # not a form the present tense shares ("De data die het algoritme gebruikt is ...":
        # "gebruikt" is the relative clause's own verb, "is" the main clause's)
        if before.lower_ == t_form(stem_from_infinitive(before.lemma_.lower())):
            return None
        return before
    if tok.dep_ in AUX_DEPS or tok.lemma_.lower() != "worden":
        return None
    for child in tok.children:
        if child.i > tok.i or any(c.dep_ in AUX_DEPS for c in child.children) or _inflected_participle(child):
            continue
        if child.dep_ in {"xcomp", "obj"} and child.pos_ == "VERB" and _is_participle(child):
            if child.lower_ in becoming_participles():
                return None  # "Hij dreigt verslaafd te worden": what he becomes, as the parse read it
            return child  # "bevorderd te worden", "gecontroleerd worden"
        # (the first word of a sentence may be tagged a name: "Voorkomen" PROPN)
        # (not a "worden" with a predicate of its own: "Overleggen wordt zo lastig dat ...": a
        # copula, its fronted infinitive the subject)
        if child.dep_ in {"nsubj", "csubj"} and child.i == child.left_edge.i and child.pos_ in {"VERB", "PROPN"} \
                and (_is_participle(child) or _prefixed_like_infinitive(child.lower_)) \
                and not any(c.dep_ in {"xcomp", "obj"} for c in tok.children) and any(
                    c.dep_ in {"ccomp", "csubj", "advcl"} and c.i > tok.i
                    and any(m.dep_ == "mark" and m.lower_ in {"dat", "of"} for m in c.children)
                    for c in tok.children):
            return child  # "Voorkomen moet worden dat ..."
    return _participle_after_relative_clause(tok)


# the only labels of a main "worden" with no predicate of its own
BARE_WORDEN_DEPS = frozenset({"advmod", "nsubj", "nsubj:pass", "obl", "punct", "expl", "mark"})


def _participle_after_relative_clause(worden):
    """(3) The participle at the end of a main clause with "worden" and no predicate, after a
    relative clause that ends in its own finite verb ("Daarna wordt het bedrag dat u krijgt
    vastgesteld"): the parse made that verb the participle's auxiliary. A clause with a relative
    pronoun puts its finite verb last, so a participle after it is the main clause's; a "worden"
    with no predicate is the passive's auxiliary. None else (a perfect "hebben"/"zijn"/"worden" of
    the relative clause: "Het wordt het bedrag dat u hebt gekregen" is "become")."""
    if worden.dep_ != "ROOT" or "Fin" not in worden.morph.get("VerbForm") \
            or any(c.dep_ not in BARE_WORDEN_DEPS for c in worden.children):
        return None
    sent = worden.sent
    last = sent.end - 1
    while last > worden.i and (sent.doc[last].pos_ == "PUNCT" or sent.doc[last].is_space):  # (a line break after the sentence)
        last -= 1
    part = sent.doc[last]
    if last < worden.i + 4 or not _is_participle(part) or _inflected_participle(part):
        return None
    verb = sent.doc[last - 1]
    if verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm") \
            or verb.lemma_.lower() in {"zijn", "worden", "hebben"} or verb.head.i != part.i:
        return None
    if not any(t.lower_ in RELATIVE_PRONOUNS | {"wat"} for t in sent.doc[worden.i + 1 : verb.i]):
        return None
    return part


def _own_clause(participle) -> bool:
    """Does a participle joined by "en"/"of" have a verb or a subject of its own ("Het zwembad is
    gesloten en wordt verbouwd", "De winkel is gesloten en de eigenaar is vertrokken")? Then it
    is a clause of its own, not a second participle with the first one's "is"."""
    return any(c.dep_ in AUX_DEPS or c.dep_ in {"nsubj", "nsubj:pass", "expl", "expl:pv"} for c in participle.children)


def _split_verb(participle: str, lemma: str) -> tuple[str, str]:
    """(particle, verb without it) of a separable verb (``separable``); also when the participle
    itself shows it, with "ge" after the particle ("voorgeschoten": 'schiet ... voor'). A verb
    with two readings is the inseparable one when its participle lacks the "ge" that the verb
    without the particle takes ("doorlopen", not 'doorgelopen': "De gemeente doorloopt de
    procedure"; "overlegd", not 'overgelegd')."""
    split_off, base_verb = separable(lemma)
    if split_off:
        own = own_participle(base_verb)
        if own.startswith("ge") and participle == split_off + own[2:]:
            return "", lemma
        return split_off, base_verb
    for particle in sorted(PARTICLES, key=len, reverse=True):
        if not participle.startswith(particle + "ge"):
            continue
        tail = participle[len(particle):]  # "geschoten"
        # the verb without its particle, read off the participle (the lemma may be wrong:
        # "voorgeschoten" -> "voorschoten", a town)
        rest = _strong_infinitives().get(tail) or lemma[len(particle):]
        if own_participle(rest) == tail and zipf(rest) > 0:
            return particle, rest
        break
    return "", lemma


@cache
def _strong_infinitives() -> dict[str, str]:
    """Strong participle -> infinitive ("geschoten" -> "schieten")."""
    return {p: inf for inf, p in strong_verb_participles().items()}


def _adjectival(verb) -> bool:
    """Is a participle after "zijn" an adjective: listed ("U bent verplicht"), with a word of
    degree ("hoe onthutst waren de reacties"), joined to an adjective by "en" or "of" ("Is uw
    pas gestolen of kwijt?"), or of no verb Dutch uses ("onderontwikkeld")?"""
    event = any(c.lower_ == "er" for c in verb.children)  # "In 2003 is er een bibliotheek geopend"
    if verb.lower_ in state_participles() and not event and not any(
            c.dep_ == "conj" and _is_participle(c) and c.lower_ not in state_participles()
            and not perfect_with_zijn(c) and not _own_clause(c) for c in verb.children):
        # (not "gestolen en gebruikt": the second participle is an act, a passive itself; a verb
        # that takes "zijn" has no doer and no passive: "gesloten en verhuisd", "gestolen of
        # kwijtgeraakt", "gestolen of verloren gegaan" stay a state; a participle with its own
        # verb or subject is a clause of its own: "is gesloten en wordt verbouwd")
        return True
    preposition = state_participles_with().get(verb.lower_)
    phrases = [c for c in verb.children if _fixed_preposition(c, preposition)] if preposition and not event else []
    if phrases and (verb.lower_ not in person_state_participles() or _person_subject(verb)
                    or (_person_as_subject(verb) and not any(_measure(c) for c in phrases))):
        return True  # a state with its fixed preposition: "zijn aangewezen op hulp"; "gesteld op"
        # only of a person or a body of people ("Ik ben gesteld op mijn buren", "Het college is
        # gesteld op duidelijke afspraken"), not of a thing or an amount someone set ("De boete is
        # gesteld op 250 euro", "Deze vraag is gesteld op de informatieavond")
    if any(c.dep_ == "advmod"
           and (c.lower_ in degree_words() or (c.lower_ in state_grades() and verb.lower_ in graded_states()))
           and _next_to(c, verb) for c in verb.children):
        return True  # (also how badly or how plainly a thing is damaged: "zwaar beschadigd", "zichtbaar
        # beschadigd", "licht gewond"; not a change someone made: "De tarieven zijn flink verhoogd")
    if any(c.dep_ == "advmod" and c.lower_ in BY_ITSELF | FINAL for c in verb.children) \
            and not _decision(verb):
        return True  # "Deze pagina is automatisch bewaard": no person did it, there is nobody to name;
        # "Jullie keuzes zijn definitief vastgelegd": final now (not a decision: "Uw aanvraag is
        # automatisch afgewezen", "is definitief afgewezen" is the organisation deciding)
    if event:
        return False  # an event, not a state
    if completion_verbs() & {verb.lemma_.lower(), infinitive(verb.text, verb.lemma_)} and not _dated(verb, subject=True):
        return True  # "Uw aanvraag is afgerond", "Uw melding is afgesloten": the state that is left
        # (klaar, dicht), not who ended it (not with "er": "Er is een verzekering afgesloten"; not
        # with a date: "De besluitvorming is rond september 2022 afgerond" tells when it happens)
    if any(c.dep_ == "conj" and c.pos_ == "ADJ" and not _own_verb(c) for c in verb.children) or (
            verb.dep_ == "conj" and verb.head.pos_ == "ADJ" and not _own_verb(verb.head, subject=False)):
        return True  # joined with an adjective, it says how a thing is: "gestolen of kwijt", "kapot of gestolen"
    if verb.lower_.startswith("ge") or any(verb.lower_.startswith(p + "ge") for p in PARTICLES):
        return False  # "gepersifleerd": a participle of a rare verb, made as verbs make them
    return not _a_verb(verb)


def _next_to(degree, verb) -> bool:
    """Does a word of degree stand with the participle it grades: before it, with no other verb
    between ("zeer beschadigd", "hoe onthutst waren", "omdat het zo geregeld is")? The
    participle's own "is" may stand between, as it does in a subordinate clause ("omdat de auto
    zwaar is beschadigd") and a question ("Hoe zwaar is de auto beschadigd?"). A bare "zo" or
    "hoe" right before the finite verb of a main clause says how a thing was done, not how
    much: "Zo is berekend dat ...", "Hoe is dat geregeld?" are passives."""
    if degree.i > verb.i:
        return False
    own = {c.i for c in verb.children if c.dep_ in {"aux", "aux:pass", "cop"}}
    if any(t.pos_ in {"AUX", "VERB"} and t.i not in own for t in verb.doc[degree.i + 1:verb.i]):
        return False
    after = verb.doc[degree.i + 1]
    return not (degree.lower_ in {"zo", "hoe"} and after.i in own and "Fin" in after.morph.get("VerbForm")
                and not any(c.dep_ == "mark" for c in verb.children) and not any(True for _ in degree.children))


def _fixed_preposition(phrase, preposition: str) -> bool:
    """Is ``phrase`` (a child of the participle) led by the participle's own preposition
    ("aangewezen op hulp")? Not a longer preposition made with it ("op verzoek van", "naar
    aanleiding van": the parse marks its other words ``fixed``), nor a date or number
    ("op 1 januari", "op maandag", "om 8 uur": the number itself or a month, day or clock
    word leads the phrase). A counted thing is no date ("aangewezen op twee inkomens")."""
    if phrase.pos_ == "NUM" or phrase.lower_ in DATE_WORDS or phrase.lower_ in CLOCK_WORDS:
        return False
    return any(g.lower_ == preposition and g.dep_ == "case" and not any(f.dep_ == "fixed" for f in g.children)
               for g in phrase.children)


@cache
def amount_nouns() -> frozenset[str]:
    """Nouns of an amount, level or period something is set at (``wordlists/amount_nouns.tsv``:
    "gesteld op het maximum", "op een week")."""
    return wordlists.words("amount_nouns")


def _measure(phrase) -> bool:
    """Does a phrase of the participle name an amount, a number, a date or a period ("op 250
    euro", "op zes weken", "op het maximum")? Then "gesteld op" says that someone set it."""
    return phrase.lower_ in amount_nouns() or phrase.lemma_.lower() in amount_nouns() or any(
        c.dep_ in {"nummod", "det"} and c.pos_ == "NUM" or c.dep_ == "nummod" and c.like_num or c.lower_ in DATE_WORDS
        for c in phrase.children)


def _own_verb(adjective, subject: bool = True) -> bool:
    """Has an adjective a verb ("... is vastgesteld en duidelijk is wanneer") or, as the
    second of the two, a subject of its own: then it is another clause, not a second word for
    the same state. The first of the two holds the subject they share ("als uw fiets kapot
    of gestolen is")."""
    deps = {"cop", "aux", "aux:pass"} | ({"nsubj", "csubj"} if subject else set())
    return any(c.dep_ in deps for c in adjective.children)


def _a_verb(verb) -> bool:
    """Does Dutch have the verb of this participle? Read from the lemma, else rebuilt from a
    weak participle (the lemmatizer may say "verstuuren" for "verstuurd"). A strong one
    ("-en") cannot be rebuilt: it counts as a verb."""
    word = verb.lower_.translate(str.maketrans("ëïü", "eiu"))  # geïnformeerd -> informeren
    lemma = verb.lemma_.lower()
    # a lemma that is the weak participle itself says nothing: the lemmatizer leaves an
    # adjective as it is ("laaggeletterd", of no verb "laagletteren")
    own = lemma == verb.lower_ and word.endswith(("d", "t"))
    if zipf(infinitive(verb.text, verb.lemma_)) > 0 or (zipf(lemma) > 0 and not own):
        return True
    if not word.endswith(("d", "t")):
        return True
    for particle in sorted(PARTICLES, key=len, reverse=True) + [""]:
        if not word.startswith(particle):
            continue
        rest = word[len(particle):]
        rest = rest[2:] if rest.startswith("ge") else rest
        # the stem without the ending, or the whole word when the stem ends in d or t itself
        # ("verbreed" of "verbreden", "gezet" of "zetten": no second d or t is written)
        bases = set()
        for st in (rest[:-1], rest):
            bases |= {st, st[:-2] + st[-1:] if len(st) >= 3 and st[-2] == st[-3] else st}
        inflected = word + "en"  # "laaggeletterden" is the participle inflected, no verb
        for b in bases:
            for end in (b, b[:-1] + {"f": "v", "s": "z"}.get(b[-1:], b[-1:])):
                if any(zipf(particle + x) > 0 and particle + x != inflected
                       for x in (end + "en", end + end[-1:] + "en")):
                    return True
    return False


@cache
def _text_places() -> dict[str, dict[str, str]]:
    """wordlists/text_places.tsv by kind ('participle', 'noun', 'law', 'preposition', 'fixed',
    'adverb'): each word with its 'only' column."""
    out: dict[str, dict[str, str]] = {}
    for r in wordlists.load("text_places"):
        out.setdefault(r["kind"], {})[r["word"]] = r["only"]
    return out


def _text_noun(noun, prepositions: set[str], law: bool) -> bool:
    """Is this noun, with these prepositions on it, a place in a text ("in artikel 4", "in het
    bestemmingsplan", "onder punt 3"); with ``law``, in a text that lays down rules ("in
    artikel 4", "in de APV")? Not a fixed phrase that names no place ("in de regel": usually)."""
    places = _text_places()
    if " ".join(t.lower_ for t in noun.subtree) in places.get("fixed", {}):
        return False
    kinds = ("law",) if law else ("law", "noun")
    for kind in kinds:
        for word, only in places.get(kind, {}).items():
            if only == "word":
                if word not in {noun.lower_, noun.lemma_.lower()}:
                    continue
            elif not compound_of(noun, (word,)):
                continue
            if not only or only == "word" or only in prepositions:
                return True
    return not law and written(noun)


def _text_before(adverb, verb) -> bool:
    """Does "hierin"/"daarin" point back to a text: the last noun before it outside its own
    clause, in its sentence or the one before ("Wij sturen u een brief. Daarin is opgenomen
    ...")? "De prijs is 50 euro. De btw is daarin opgenomen" points to a price."""
    own = {t.i for t in verb.subtree}
    start = adverb.sent.start
    if start > 0:
        start = adverb.doc[start - 1].sent.start
    for t in reversed(adverb.doc[start:adverb.i]):
        if t.pos_ in {"NOUN", "PROPN"} and t.i not in own:
            return _text_noun(t, set(), False)
    return False


def _text_place(verb) -> bool:
    """Does "zijn" + this participle say what stands in a text: a participle of putting
    something into a text with a place in one ("In artikel 4 is opgenomen dat ...", "wat in
    deze beschikking is vastgelegd", "zoals hieronder is beschreven", "tenzij anders is
    aangegeven")? The plain verb is then "staan", not an active sentence with a doer. A place
    that is no text ("is opgenomen in het ziekenhuis") is no such place; "geregeld" says it
    only of a text of rules ("In artikel 4 is geregeld", not "Op de website is uw afspraak
    geregeld")."""
    places = _text_places()
    participles = places.get("participle", {})
    if verb.lower_ not in participles:
        return False
    law = participles[verb.lower_] == "law"
    adverbs = places.get("adverb", {})
    prepositions = places.get("preposition", {})
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in adverbs and not law:
            only = adverbs[child.lower_]
            if not only:
                return True
            if only == "back":
                if _text_before(child, verb):
                    return True
            elif any(c.dep_ == "mark" and c.lower_ == only for c in verb.children):
                return True
        if child.dep_.startswith("obl") and place_in_text(child, law):
            return True
    return False


def place_in_text(phrase, law: bool = False) -> bool:
    """Is this phrase with a preposition a place in a text ("in de bijlage", "op de website",
    "onder het kopje ...", "in deze brief"; with ``law``, in a text that lays down rules: "in
    artikel 4")? ``wordlists/text_places.tsv``."""
    prepositions = _text_places().get("preposition", {})
    cases = {c.lower_ for c in phrase.children if c.dep_ == "case" and c.lower_ in prepositions}
    # a name of several words ends in its noun: "in de Algemene Plaatselijke Verordening"
    heads = [phrase] + [c for c in phrase.children if c.dep_ == "flat"]
    return bool(cases) and any(_text_noun(h, cases, law) for h in heads)


def _label(verb, aux) -> bool:
    """"Is gemeld: ...": "zijn" and its participle alone before a colon, at the start of a
    line, is a label on a form or map that says how a thing stands (a state), not a sentence
    that hides who acts; a passive without a subject needs "er" or another word before it."""
    doc = verb.doc
    start = aux.i == 0 or doc[aux.i - 1].is_space or doc[aux.i - 1].is_sent_end or aux.is_sent_start
    return start and verb.i == aux.i + 1 and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":" \
        and not _subjects(verb, ("nsubj", "expl"))


# verbs with which a person says what they think or notice others do ("Denkt u dat er drugs
# worden verkocht?", "Ziet u dat er afval wordt gestort?"); not "verwachten" or "hopen": a writer
# also expects what they will do themselves ("Wij verwachten dat er in mei wordt besloten")
# (``wordlists/notice_verbs.tsv``, column ``writer``: "yes" for the verbs that tell of others also
# with the writer as subject)


@cache
def notice_verbs() -> frozenset[str]:
    """Verbs of thinking or noticing with the reader as subject ("Denkt u dat er ...")."""
    return wordlists.words("notice_verbs", "verb")


@cache
def writer_notice_verbs() -> frozenset[str]:
    """Verbs of noticing that tell of others with the writer as subject too: "Wij vermoeden dat
    er in de woning wordt gerookt" ("wij" does not suspect itself). Not "denken", "vrezen",
    "merken", "zien": in a letter "wij" is the organisation, and "Wij denken dat er meer geld wordt
    uitgetrokken" is about its own acts."""
    return wordlists.words("notice_verbs", "verb", writer="yes")


# the reader of a letter or a form, and its writer
READERS = frozenset({"u", "je", "jij", "jullie"})
WRITERS = frozenset({"ik", "wij", "we"})


def _answer(token) -> bool:
    """Does the sentence answer a question with "Ja," or "Nee,": an answer of a form, in the
    reader's words ("Nee, ik denk niet dat er hier wordt gedeald"), where "ik" is the reader?"""
    words = [t for t in token.sent if not t.is_punct and not t.is_space or t.text == ","]
    while words and words[0].text == ",":
        words.pop(0)  # (a list mark before the answer: "- Ja, ik denk dat ...")
    return len(words) > 1 and words[0].lower_ in {"ja", "nee"} and words[1].text == ","


def _noticed_by_speaker(verb, aux) -> bool:
    """"Denkt u dat er drugs worden verkocht?", "Wij vermoeden dat er in de woning wordt
    gerookt": a "worden" passive with "er" in a "dat" or "of" clause under a verb of thinking,
    knowing or noticing whose subject is the reader (or the writer, with a verb that only tells
    of others). They tell what unknown people do; "er ... worden" is how Dutch says that, and
    there is nobody to name ("wij" or "u" do not fit). With the reader as the subject an "of"
    clause needs no "er" ("Weet u of de woning op internet wordt aangeboden?"): the writer asks
    whether it happens at all, so it is not the writer's deed, and the reader is asked what they
    know of it, so not theirs. Not a "zijn" passive: it tells a result, often of the
    writer or the reader ("Ziet u dat er een fout is gemaakt in uw aanslag?")."""
    if aux.lemma_.lower() != "worden" or _agent(verb) is not None or verb.dep_ != "ccomp":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"} & {"dat", "of"}
    if not marks:
        return False
    # "er ... worden": unknown people do it; an "of" clause asks the reader whether it happens
    # ("Weet u of de woning wordt verhuurd?"), so neither the writer (who would know) nor the
    # reader (who is asked what they know of it) does it, also without "er"
    er = any(c.lower_ == "er" for h in (verb, aux) for c in h.children)
    if not er and marks != {"of"}:
        return False
    head = verb.head
    lemmas = {head.lemma_.lower()} | set(verb_lemmas(head.lower_))
    if head.lower_ in {"zie", "ziet"}:
        lemmas.add("zien")  # (the tagger may keep "Ziet" as its own lemma)
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    if not er and not _asked_whether(head):
        return False  # "Wilt u weten of uw aanvraag wordt goedgekeurd?", "Weet u niet of ...?": the
        # reader wants to know of a deed, often the writer's
    if all(c.lower_ in READERS or c.lower_ == "ik" and _answer(head) for c in subjects):
        return bool(lemmas & notice_verbs())
    if not er:
        return False  # ("Wij weten niet of uw aanvraag wordt behandeld": the writer's own deed)
    return all(c.lower_ in WRITERS for c in subjects) and bool(lemmas & writer_notice_verbs())


def _asked_whether(head) -> bool:
    """Does the verb of knowing or noticing open the sentence as a question to the reader, without
    "niet" ("Weet u of ...?", "Ziet u of ...?")? Not under a verb that wants to know ("Wilt u
    weten of ..."), not "Weet u niet of ...?" (someone who does not know asks the writer)."""
    first = next((t for t in head.sent if not t.is_punct and not t.is_space), None)
    return first is not None and first.i == head.i and not any(c.lower_ in NEGATIONS for c in head.children)


@cache
def relaying_verbs(kind: str) -> frozenset[str]:
    """Verbs of ``wordlists/relaying_verbs.tsv`` of one kind: 'tell' ("laten weten", "doorgeven":
    another tells the writer) or 'cause' ("zorgen": the subject brings it about)."""
    return wordlists.words("relaying_verbs", "verb", kind=kind)


# verbs of deciding: their subject chooses the outcome that the question under them asks about
# ("De medewerker besluit of uw aanvraag wordt toegekend"), when it is one that can act, a person
# or a body (``_decided_by_subject``): with "bepalen" the subject may be a cause ("Het inkomen
# bepaalt welke toeslag wordt uitgekeerd": nobody who decides)
DECIDING_VERBS = frozenset({"besluiten", "beslissen", "bepalen", "kiezen", "uitmaken"})
# the words that open such a question: "of", or a question word ("welke", "hoeveel")
# (and 'waar' joined to a preposition: "bepaalt waarvoor het geld wordt gebruikt")
QUESTION_OPENERS = frozenset({"of", "welke", "welk", "wie", "wat", "wanneer", "hoe", "hoeveel", "waar", "waarom",
                              "waarvoor", "waarmee", "waaraan", "waarover", "waarop", "waarin", "waarnaar",
                              "waaruit", "waardoor", "waarheen"})


def _decided_by_subject(verb) -> bool:
    """Is the passive, without "door", in a question clause ("of ...", "welke ...") under a verb
    of deciding whose subject is a person or a body that acts ("De medewerker besluit of de
    aanvraag wordt toegekend", "Wij beslissen binnen acht weken of uw aanvraag wordt toegekend",
    "Landen bepalen zelf welke bewijzen worden geaccepteerd")? The one who decides stands in
    front already; naming them again ("of hij de aanvraag toekent") adds nothing. Not with a
    subject that is a thing ("Het inkomen bepaalt welke toeslag wordt uitgekeerd", unless "zelf"
    says it acts), not without a subject ("Met het model wordt bepaald welke ... worden
    uitgenodigd", "Kies welke gegevens worden gedeeld"), not under "dat" ("De wet bepaalt dat
    ...") and not under another verb ("De medewerker weet niet of ...")."""
    if _agent(verb) is not None:
        return False
    clause = verb
    for _ in range(4):  # "of de aanvraag wordt toegekend of wordt afgewezen": the second one is joined
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    # (the parse may make the question an xcomp or, after "wanneer", an advcl)
    if clause.dep_ not in {"ccomp", "xcomp", "advcl"} or clause.left_edge.lower_ not in QUESTION_OPENERS:
        return False
    head = clause.head
    lemmas = {head.lemma_.lower(), infinitive(head.text, head.lemma_)}
    lemmas |= {c.lower_ + lemma for c in head.children if c.dep_ == "compound:prt" for lemma in list(lemmas)}
    if head.i > clause.i or not lemmas & DECIDING_VERBS:  # ("maakt uit": "uitmaken")
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    return all(person_word(s) for s in subjects) or any(c.lower_ == "zelf" for c in head.children)


# the writer as the one told: "heeft ons laten weten", "heeft aan mij doorgegeven"
WRITER_OBJECTS = frozenset({"ons", "mij", "me"})


def _doer_named_before(verb) -> bool:
    """Is the doer of this passive without "door" named, or out of the writer's reach, in the
    main clause over its "dat" clause?
    - "De leverancier heeft ons laten weten dat de rolstoel bij u is afgeleverd": another (not
      the writer) tells the writer ("ons", "mij") of a deed; the writer passes it on, and the doer
      is the teller or someone the writer cannot name. Not "Wij laten u weten dat uw aanvraag is
      afgewezen": the writer tells of its own deed, which it can say actively; not with the
      reader as the teller ("U schrijft ons dat uw bezwaar nog niet is behandeld": often of the
      writer's deed).
    - "De buurtdienst zorgt ervoor dat uw grofvuil wordt opgehaald": the subject of "zorgen"
      brings the deed about, and stands in front already. Not an order ("Zorg ervoor dat het
      formulier is ondertekend"): no subject is named. Not with the reader or the writer as the
      subject ("U moet ervoor zorgen dat het formulier wordt ingeleverd", "Wij zorgen ervoor dat
      uw aanvraag wordt behandeld"): the active says who acts ("Lever het formulier in").
    - The teller or the one who brings it about is a third party: not the writer's own
      organisation ("Onze afdeling heeft mij laten weten dat ...", "Mijn collega ...")."""
    if _agent(verb) is not None or verb.dep_ not in {"ccomp", "advcl"}:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "dat" for c in verb.children):
        return False
    head = verb.head
    if head.lower_ == "weten" and head.head.i != head.i and head.dep_ in {"compound:prt", "xcomp"}:
        head = head.head  # "liet ons weten dat ...": the parse hangs the clause on "weten"
    words = {c.lower_ for c in head.children if c.dep_ in {"compound:prt", "xcomp"}}
    lemmas = {head.lemma_.lower(), infinitive(head.text, head.lemma_)} | set(verb_lemmas(head.lower_))
    lemmas |= {f"{lemma} {w}" for lemma in list(lemmas) for w in words}
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects or head.i > verb.i:
        return False
    if any(_writer_or_reader(s) for s in subjects):
        return False  # "Wij zorgen ervoor dat uw aanvraag wordt behandeld", "U moet ervoor zorgen dat
        # het formulier wordt ingeleverd": the writer's own deed, or an order to the reader; "Onze
        # afdeling heeft mij laten weten dat ...": the writer's own organisation; the reader tells of
        # the writer's deeds too ("U schrijft ons dat uw bezwaar nog niet is behandeld")
    if lemmas & relaying_verbs("cause"):
        return True
    if not lemmas & relaying_verbs("tell"):
        return False
    told = [t for h in {head, verb.head} for c in h.children if c.dep_ in {"obj", "iobj", "expl:pv", "obl"}
            for t in [c] if t.lower_ in WRITER_OBJECTS]
    return bool(told)


# words that make a subject the writer's own: "onze afdeling", "mijn collega"
WRITER_OWNERS = frozenset({"ons", "onze", "mijn", "m'n"})


def _writer_or_reader(subject) -> bool:
    """Is this subject the writer or the reader: "wij", "ik", "u", or a subject the writer owns
    ("Onze afdeling", "Ons team", "Mijn collega": the writer's organisation, not another)?"""
    return subject.lower_ in WRITERS | READERS or any(
        c.dep_ in {"nmod:poss", "det"} and c.lower_ in WRITER_OWNERS for c in subject.children)


# verbs of asking: their subject asks another to act ("U vroeg ons uw aanvraag te beoordelen")
ASKING_VERBS = frozenset({"vragen", "verzoeken", "opdragen", "laten"})


@cache
def own_acts() -> frozenset[str]:
    """Acts a reader does alone, on their own thing (``wordlists/own_acts.tsv``): "annuleren",
    "intrekken", "wijzigen"; not what an organisation does for them ("verlengen", "beoordelen")."""
    return wordlists.words("own_acts", "verb")


# the reader as a subject (the words that make a thing the reader's own: clauses.READER_OWNERS)
READER_SUBJECTS = frozenset({"u", "je", "jij"})


def _readers_own_act(verb, aux) -> bool:
    """"Je staat op het punt je afspraak te annuleren. ... Je afspraak is geannuleerd": "zijn" +
    the participle of an act that the text, before it, gives to the reader as the subject ("je
    ... te annuleren", "Wilt u uw aanvraag intrekken?"), said of the reader's own thing ("je
    afspraak", "uw aanvraag"). It confirms what the reader did: naming the reader adds
    nothing. Not with "niet" ("Uw formulier is niet ondertekend": what the reader must still do)."""
    if _agent(verb) is not None or any(c.lower_ in NEGATIONS for h in (verb, aux) for c in h.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj:pass"]
    # the parse may make "Je" of "Je afspraak" a subject of its own: an owner word right before
    # the next subject is that subject's owner
    owners = {s.i + 1 for s in subjects if s.lower_ in READER_OWNERS and any(o.i == s.i + 1 for o in subjects)}
    subjects = [s for s in subjects if s.i + 1 not in owners]
    if not subjects or not all(s.i in owners or any(o.dep_ == "nmod:poss" and o.lower_ in READER_OWNERS
                                                    for o in s.children) for s in subjects):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in own_acts() and infinitive(verb.text, verb.lemma_) not in own_acts():
        return False  # "U wilt uw vergunning verlengen. Uw vergunning is verlengd": the organisation extends it
    doc = verb.doc
    for t in doc[: verb.sent.start]:
        if t.pos_ != "VERB" or t.lemma_.lower() != lemma or "Part" in t.morph.get("VerbForm"):
            continue
        # the subject of the act: its own, else that of the words it hangs on ("Wilt u ...
        # intrekken", "Je staat op het punt je afspraak ... te annuleren", where the parse may
        # hang "te annuleren" on "afspraak"), up to the first subject
        node = t
        for _ in range(4):
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if subjects:
                if all(c.lower_ in READER_SUBJECTS for c in subjects):
                    return True
                break
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ in {"VERB", "AUX"} and (node.lemma_.lower() in ASKING_VERBS or any(
                    c.dep_ == "iobj" or c.dep_ == "obj" and c.pos_ == "PRON" for c in node.children)):
                break  # "U heeft ons gevraagd uw aanslag te verminderen": the one asked ("ons") acts
                # (not a thing the parse hung on "wilt": "U wilt uw abonnement opzeggen")
    return False


# verbs of handing a thing in to an organisation: "in" says it goes from its owner to the office,
# so the one who does it is the one whose thing it is ("Uw aanvraag is ingediend": the reader)
HANDING_IN_VERBS = frozenset({"indienen", "inleveren", "insturen", "inzenden"})


def _handed_in_by_reader(verb, aux) -> bool:
    """"Uw aanvraag is ingediend", "Je formulier is ingeleverd": "zijn" + the participle of a verb
    of handing in (``HANDING_IN_VERBS``) said of the reader's own thing ("uw", "je", "jouw", "jullie"): the
    reader did it, a status of their own step that an active sentence ("U heeft uw aanvraag
    ingediend") makes no plainer. Not with "door" ("... is door uw werkgever ingediend"), not
    with "niet" ("Uw bezwaar is niet op tijd ingediend": what went wrong, or what the reader must
    still do), not of a thing that is not the reader's ("Het voorstel is ingediend bij de raad"),
    not with "worden" (``aux``: "Uw aanvraag wordt ingediend" tells a step still to come), and
    not of a verb of the organisation's step ("Uw aanvraag is ontvangen", "Uw pas is opgestuurd")."""
    if aux.lemma_.lower() != "zijn" or _agent(verb) is not None \
            or any(c.lower_ in NEGATIONS for h in (verb, aux) for c in h.children):
        return False
    if verb.lemma_.lower() not in HANDING_IN_VERBS and infinitive(verb.text, verb.lemma_) not in HANDING_IN_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj:pass"]
    return bool(subjects) and all(any(o.dep_ in {"nmod:poss", "det"} and o.lower_ in READER_POSSESSIVES for o in s.children)
                                  for s in subjects)


@cache
def reflexive_states() -> frozenset[str]:
    """Verbs with a particle that go with "zich" whose participle after "zijn" is the state the
    act left in the person who did it (``wordlists/reflexive_particle_verbs.tsv``, column state)."""
    return wordlists.words("reflexive_particle_verbs", "verb", state="yes")


def _reflexive_state(verb) -> bool:
    """"Om te reageren moet je eerst aangemeld zijn", "Als u bent ingeschreven, ...": "zijn" +
    the participle of a verb a person does on themselves ("zich aanmelden", "zich inschrijven")
    with a person pronoun as the subject says how that person stands (signed up, as "ingelogd
    zijn"), not what someone did to them. Not with a thing as the subject ("Uw kind is
    aangemeld bij de school", "Uw melding is aangemeld") and not of a verb that does not take
    "zich" ("U bent gebeld")."""
    # the subjects first: a thing as the subject (most passives) needs no look-up of the verb
    # in the dictionary (the same answer: both tests only read, and both must pass)
    subjects = _subjects(verb, ("nsubj", "nsubj:pass"))
    if not subjects or not all(s.lower_ in PERSON_SUBJECTS | {"wij", "we"} for s in subjects):
        return False
    states = reflexive_states()
    return bool(states & ({verb.lemma_.lower(), infinitive(verb.text, verb.lemma_)} | set(verb_lemmas(verb.lower_))))


@cache
def stored_states() -> dict[str, tuple[frozenset[str], bool]]:
    """wordlists/stored_states.tsv: participle -> (the prepositions of its place, whether only a
    thing can be in that state)."""
    return {r["participle"]: (frozenset(wordlists.alternatives(r["prepositions"])), r["subject"] == "thing")
            for r in wordlists.load("stored_states")}


@cache
def now_words() -> frozenset[str]:
    """Words that say "now" (``wordlists/now_words.tsv``: "nu", "momenteel", "inmiddels"; "Er
    zijn op dit moment drie scholen opgenomen"): with them "er" + "zijn" + participle tells how
    a thing is, not that somebody did something."""
    return wordlists.words("now_words")


# the nouns of "op dit moment", "op het ogenblik"
NOW_NOUNS = frozenset({"moment", "ogenblik"})
# conjunctions that place a deed at a moment ("zodra uw gegevens zijn opgenomen in ...")
MOMENT_MARKS = frozenset({"nadat", "zodra", "sinds", "sedert", "voordat", "totdat", "tot", "toen", "wanneer"})
PLACE_DEPS = frozenset({"obl", "obl:arg"})


def _now(verb, aux) -> bool:
    """Does a word of now go with the participle or its "zijn": "nu", "momenteel", "op dit
    moment", "nog steeds"?"""
    for c in (*verb.children, *aux.children):
        if c.dep_ == "advmod" and c.lower_ in now_words():
            return True
        if c.dep_.startswith("obl") and c.lower_ in NOW_NOUNS and any(d.lower_ in {"dit", "het"} for d in c.children):
            return True
    return False


def _stored_place(phrase, prepositions: frozenset[str]) -> bool:
    """Is this phrase of the participle the place where the thing is kept: led by one of the
    participle's prepositions (not a longer one made with it, "in het kader van", "op basis
    van"), a noun or pronoun that is no date, number or time ("op 3 mei", "in 2020"); with "bij",
    a body or a person that keeps it?"""
    if phrase.dep_ not in PLACE_DEPS or phrase.pos_ not in NOUN_POS:
        return False
    if phrase.lower_ in DATE_WORDS or phrase.lower_ in CLOCK_WORDS or phrase.lower_ in NOW_NOUNS:
        return False
    cases = {g.lower_ for g in phrase.children
             if g.dep_ == "case" and g.lower_ in prepositions and not any(f.dep_ == "fixed" for f in g.children)}
    if cases and _care_place(phrase):
        return False  # a place of care is where a deed is done, not a store: a patient admitted, a
        # talk recorded there ("Het gesprek is in het ziekenhuis opgenomen")
    if cases == {"bij"}:
        # "bij" names a keeper, a body or a person ("bij de gemeente", "bij ons"), not an
        # occasion ("bij de geboorte", "bij de aanvraag": the moment of a deed)
        return phrase.pos_ in {"PROPN", "PRON"} or person_word(phrase)
    return bool(cases)


def _kept_in_place(verb, aux) -> bool:
    """Does "zijn" + this participle say where a thing is kept or what it is joined to, a state
    ("De gegevens zijn opgeslagen in ons systeem", "Deze scholen zijn opgenomen in het overzicht",
    "De app is gekoppeld aan uw rekening"; ``stored_states``)? Not without the place ("Uw aanvraag
    is geregistreerd": news of a deed), not with a time or date outside the place ("is gisteren
    opgenomen in"), after "nadat", "zodra" and the like, with a modal or a te-infinitive ("moeten
    zijn opgenomen": somebody must do it), with "er" unless a word of now goes with it ("Er is een
    school opgenomen in het overzicht" tells of a deed), with a person as the subject of a
    participle of placing or with the reader's thing as the subject ("U bent opgenomen in het
    programma", "Uw naam is opgenomen in ..."), not in a place of care ("Het gesprek is in het
    ziekenhuis opgenomen": recorded there), not without any subject ("Er is al opgeslagen in ...":
    ``_impersonal``), and not in a text, which keeps its own tip ("staat": ``_text_place``)."""
    row = stored_states().get(verb.lower_)
    if row is None:
        return False
    prepositions, things_only = row
    places = [c for c in verb.children if _stored_place(c, prepositions)]
    if not places:
        return False
    if _text_place(verb) or _impersonal(verb):
        return False
    if any(c.dep_ in {"aux", "aux:pass"} and c.i != aux.i for c in verb.children):
        return False  # "moeten zijn opgenomen", "zal zijn opgeslagen"
    if any(c.dep_ == "mark" and (c.lower_ == "te" or c.lower_ in MOMENT_MARKS) for c in verb.children):
        return False
    if _dated(verb, skip={p.i for p in places}):  # a date in the place names it: "de rapportage van 2 mei"
        return False
    if any(c.lower_ == "er" for h in (verb, aux) for c in h.children) and not _now(verb, aux):
        return False
    if things_only and (_person_subject(verb) or _person_as_subject(verb) or _readers_thing(verb)):
        return False  # a person or the reader's thing placed somewhere: news of a decision
    return True


def _readers_thing(verb) -> bool:
    """Is a subject of the participle the reader's own thing ("Uw naam is opgenomen in ...")?"""
    return any(c.dep_ == "nmod:poss" and c.lower_ in READER_POSSESSIVES
               for s in _subjects(verb, ("nsubj", "nsubj:pass")) for c in s.children)


def _with_success(verb) -> bool:
    """"Uw aanvraag is met succes verstuurd", "Uw betaling is succesvol verwerkt": "met succes" or
    "succesvol" with "zijn" + a participle says that a step went well: the confirmation a
    screen or an e-mail shows after the reader's own act. It tells how the thing stands now;
    there is nobody to put in front. (With "worden" it is still a passive.)"""
    for c in verb.children:
        if c.lower_ == "succesvol" and c.dep_ in {"advmod", "xcomp", "obl"}:
            return True
        if c.lower_ == "succes" and any(g.dep_ == "case" and g.lower_ == "met" for g in c.children):
            return True
    return False


def _numbered_step(text: str, aux) -> bool:
    """"3. Uitvoeren van maatregelen / 4. Maatregelen zijn uitgevoerd": "zijn" + a participle on a
    line of a numbered list of steps (the line starts with a number one higher than that of an
    earlier line) with no full stop: the step a case has reached, as a status list shows it, not
    a sentence that hides who acts."""
    start = line_start(text, aux.idx)  # ``text``: ctx.text (doc.text is rebuilt on each call)
    line = text[start: line_end(text, aux.idx)].strip()
    number = re.match(r"(\d{1,2})[.)]\s", line)
    if number is None or line[-1:] in {".", "!", "?", ":", ";", ","}:
        return False
    n = int(number.group(1))
    return n > 1 and re.search(rf"(?m)^[ \t]*{n - 1}[.)]\s", text[:start]) is not None


SENTENCE_ENDS = frozenset({".", "!", "?"})


def _doer_named_after(verb) -> bool:
    """"Jullie aanvraag is goedgekeurd / De gemeente heeft jullie aanvraag goedgekeurd.": the
    next sentence (on the next line, or after the full stop) says the same act actively, with
    its subject: who did it is named right after, so the "zijn" line only gives the outcome,
    as a heading or status line does. Not when the next sentence has the verb in a passive
    itself, or without a subject ("Uw aanvraag is goedgekeurd. Dat betekent ...": no doer)."""
    doc = verb.doc
    lemmas = {verb.lemma_.lower(), infinitive(verb.text, verb.lemma_)}
    # (the words' texts, white space, part of speech and lemma read from the token table: a
    # Token only for a verb with the passive's lemma)
    table = token_table(doc)
    texts, is_space, facts = table.texts, table.is_space, table.facts
    n = len(texts)
    i = verb.i + 1
    while i < n and not (is_space[i] and "\n" in texts[i] or texts[i] in SENTENCE_ENDS):
        i += 1  # the end of the line or sentence of the passive
    while i < n and (is_space[i] or texts[i] in SENTENCE_ENDS):
        i += 1
    for j in range(i, n):
        if is_space[j] and "\n" in texts[j] or texts[j] in SENTENCE_ENDS:
            return False
        fact = facts[j]
        if fact.pos != "VERB" or not {fact.lemma.lower(), infinitive(texts[j], fact.lemma)} & lemmas:
            continue
        t = doc[j]
        if not any(c.dep_ == "aux:pass" for c in t.children) \
                and any(c.dep_ == "nsubj" and c.lower_ not in READERS for c in t.children) \
                and _same_thing(verb, t):
            return True
    return False


# an object that points back to the subject of the sentence before ("Wij hebben hem afgewezen")
POINTING_BACK = frozenset({"het", "hem", "haar", "ze", "die", "dat", "deze", "dit"})


def _same_thing(passive, active) -> bool:
    """Does the active verb act on what the passive's subject names: the same noun in the same
    number ("Uw aanvraag is afgewezen. Wij hebben uw aanvraag afgewezen.") or a word pointing
    back ("... Wij hebben hem afgewezen.")? Not other things ("Wij hebben ook andere aanvragen
    afgewezen") and not the verb in another sense with a clause ("Wij verklaren dat ...")."""
    subjects = [c for c in passive.children if c.dep_ in {"nsubj:pass", "nsubj"}]
    objects = [c for c in active.children if c.dep_ == "obj"]
    if not subjects or not objects:
        return False
    subject, obj = subjects[0], objects[0]
    if obj.pos_ == "PRON":
        return obj.lower_ in POINTING_BACK
    owner = _owner(obj)
    owned = owner is not None and owner == _owner(subject)
    return any(_same_noun(named, first, owned) for named, first in (
        (obj.lemma_.lower(), subject.lemma_.lower()), (obj.lower_, subject.lower_))) \
        and obj.morph.get("Number") == subject.morph.get("Number") \
        and not any(c.lower_ in {"ander", "andere"} for c in obj.children)


def _same_noun(named: str, first: str, owned: bool = False) -> bool:
    """Does the noun ``named`` name the thing ``first`` named: the same word, or the short head
    of the compound named first ("De subsidieaanvraag is goedgekeurd. De gemeente heeft de
    aanvraag goedgekeurd.")? The other way round, a compound after its head often names another
    one of that kind, its first part saying which ("de aanvraag" ... "de vervolgaanvraag", "het
    bedrag" ... "het restbedrag"); only when one owner has both ("jullie aanvraag" ... "jullie
    huwelijksaanvraag": ``owned``) is it the same thing told more fully. Not a word that only
    ends in the same letters ("vergadering" is no "ring")."""
    if named == first:
        return True
    return _compound_of(first, named) or (owned and _compound_of(named, first))


def _compound_of(compound: str, head: str) -> bool:
    """Is ``compound`` a compound of two parts with ``head`` as its head ("huwelijksaanvraag",
    "subsidie-aanvraag", "subsidieaanvragen" of "aanvragen"), not a prefix and a stem?"""
    if "-" in compound:
        return compound.rsplit("-", 1)[1] == head and len(compound) > len(head) + 1
    if not compound.endswith(head) or len(compound) - len(head) < 3:
        return False
    parts = compound_parts(compound)
    return len(parts) == 2 and parts[-1] == head and not starts_with_prefix(parts)


# possessives before a noun (phrases.OWNER_WORDS and "jullie"); the reader's own
# (clauses.READER_POSSESSIVES: "uw", "je", and "jullie") count as one owner
OWNERS = OWNER_WORDS | READER_POSSESSIVES


def _owner(noun) -> str | None:
    """The possessive right before ``noun`` ("uw aanvraag"), read off the words (the parse
    may take a possessive "jullie" for a subject); the reader's own as "reader"."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is None or before.lower_ not in OWNERS:
        return None
    return "reader" if before.lower_ in READER_POSSESSIVES else before.lower_


def _reader_status_line(text: str, aux, verb) -> bool:
    """"Je bent uitgenodigd", "U bent aangemeld!": a line of its own with only the reader as the
    subject, "zijn" and the participle (an adverb may go with it: "U bent van harte
    uitgenodigd" has a phrase, so not) and no full stop: a heading that tells the reader how
    they stand, as a status notice does; the text under it says who did what. A sentence with
    more in it ("Je bent uitgenodigd voor een gesprek.") stays a finding."""
    start, end = line_start(text, aux.idx), line_end(text, aux.idx)
    if not (start <= verb.idx < end):
        return False
    doc, table = aux.doc, token_table(aux.doc)
    # the line's tokens, found by bisection on the token table's offsets (which rise with the
    # tokens), not by a Token for every token of the Doc
    offsets, is_space, texts, facts = table.idx, table.is_space, table.texts, table.facts
    first = bisect_left(offsets, start)
    # (the line's words as indexes, their texts, forms and parts of speech from the table)
    tokens = [i for i in range(first, bisect_left(offsets, end, first)) if not is_space[i]]
    if tokens and texts[tokens[-1]] == "!":
        tokens = tokens[:-1]
    if not tokens or texts[tokens[-1]] in {".", "?", ":", ";", ","}:
        return False
    if _decision(verb):
        return False  # "U bent gekort", "Je bent afgewezen": the organisation decided, say who
    subject, rest = tokens[0], tokens[1:]
    return facts[subject].lower in READERS and doc[subject].dep_.startswith("nsubj") and all(
        t in {aux.i, verb.i} or facts[t].pos == "ADV" for t in rest) and aux.i in set(rest)


def _limit_reached(verb) -> bool:
    """"De limiet is bereikt", "Het maximum aantal inzendingen is bereikt": a limit that a
    number has reached. Nobody does it, so there is nobody to put in front: a state."""
    if verb.lemma_.lower() != "bereiken" and verb.lower_ != "bereikt":
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    return any(t.lower_.endswith(LIMIT_NOUNS) or t.lower_ in LIMIT_WORDS for s in subjects for t in s.subtree)


# nouns of a limit (also as the head of a compound: "leeftijdsgrens", "inzendlimiet"), and
# words that make a number a limit ("het maximale aantal", "het toegestane aantal")
LIMIT_NOUNS = ("limiet", "maximum", "minimum", "grens", "plafond")
LIMIT_WORDS = frozenset({"maximale", "minimale", "toegestane", "hoogst", "hoogste"})


# participles that say where something lies, also with "worden" and "door" ("De wijk wordt
# omringd door groen"): no one acts
PLACE_PARTICIPLES = frozenset({"omgeven", "omringd", "begrensd", "omsloten"})

# participles of a passive that has no active form in use: "Zij is in 1990 geboren", "de
# kinderen die dit jaar worden geboren" (no one can be put in front: "baren" says it only of
# the mother, and no letter means her)
NO_ACTIVE_PARTICIPLES = frozenset({"geboren"})

# participles that say what fills or holds a place: after "zijn" a state even with "door", which
# names what is in it, not a doer ("Het bed is bezet door een patiënt", "Het huis is bewoond
# door een gezin"; with "worden" an act: "Het pand werd bezet door krakers")
HOLDING_PARTICIPLES = frozenset({"bezet", "bewoond"})

# words that start a short comparison with a participle: "meer dan verwacht", "zoals gepland"
COMPARISON_WORDS = frozenset({"dan", "zoals"})
MORE_LESS = frozenset({"meer", "minder", "anders"})


def _compared(verb, aux) -> bool:
    """Is the participle a short comparison right after "dan" or "zoals" ("meer mensen dan
    verwacht", "later dan gepland", "zoals afgesproken"), with the auxiliary before that word?
    The auxiliary belongs to the main clause then; the participle has no clause of its own."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.lower_ not in COMPARISON_WORDS or aux.i > before.i:
        return False
    # "dan" compares only after a comparative ("meer", "later", "groter"); else it is "then":
    # "De zaak wordt dan voorgelegd"
    return before.lower_ == "zoals" or any(
        t.lower_ in MORE_LESS or "Degree=Cmp" in str(t.morph) for t in verb.doc[aux.i + 1 : before.i])


# the labels the parse gives an adjective that is the predicate of "zijn"/"worden" when it
# took a participle before it for the clause's verb ("... gemeld op 2 september veel hoger")
PREDICATE_ADJECTIVE_DEPS = frozenset({"csubj", "parataxis", "conj", "xcomp", "advcl", "ccomp"})
# an adjective with one of these is no bare adjective: it has a clause of its own ("zodat ze
# beschikbaar zijn", "waarvan de uitslag bekend is") or is the participle's own ("beoordeeld als
# uitvoerbaar")
OWN_CLAUSE_DEPS = frozenset({"case", "mark", "cop", "nsubj", "nsubj:pass", "aux", "expl"})
# marks after which a new part of the sentence starts ("is de regel vastgesteld: 40% sociaal")
CLAUSE_BREAKS = frozenset({":", ";", ",", "-", "–", "—"})


def _participle_after_noun(verb, aux) -> bool:
    """Is the participle a short clause on the noun right before it, and an adjective after it
    the predicate of "is"/"wordt" ("Daardoor is het aantal meldingen gemeld op maandag veel hoger
    dan op zondag": the verb is "is ... hoger")? In a Dutch clause the participle of the verb
    stands at the end; after it only a phrase with a preposition, a comparison or a clause can
    follow, never a bare adjective. So a bare adjective after the participle, with "is"/"wordt"
    before both, belongs to "is"; the participle says which things ("gemeld op maandag"). Not
    an adjective before the participle: "De prijs is hoger vastgesteld dan vorig jaar" is the
    passive; not one with "als" ("is beoordeeld als uitvoerbaar"), with a clause of its own
    ("worden bewaard, zodat ze beschikbaar zijn") or after a colon or comma ("is de regel
    vastgesteld: 40% sociaal en 60% duur")."""
    if aux.i > verb.i or verb.i == 0 or verb.doc[verb.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(c.i > verb.i and c.pos_ == "ADJ" and c.dep_ in PREDICATE_ADJECTIVE_DEPS
               and not any(g.dep_ in OWN_CLAUSE_DEPS for g in c.children) and not _as_possible(c)
               and not any(t.text in CLAUSE_BREAKS for t in verb.doc[verb.i + 1:c.i]) for c in verb.children)


def _as_possible(adjective) -> bool:
    """Is ``adjective`` "mogelijk" of "zo snel mogelijk", "zoveel mogelijk", or "mogelijk" as an
    adverb ("possibly")? "Zo ... mogelijk" says how fast or how much the act is done, and may
    follow the participle ("Uw aanvraag wordt behandeld zo snel mogelijk"); it is never what
    something "is", so it leaves the passive as it is."""
    return adjective.lower_ == "mogelijk" or any(c.lower_ == "mogelijk" for c in adjective.children)


def _participle_after_comparison(verb):
    """The participle after a short comparison ("later dan gepland uitgevoerd", "zoals afgesproken
    binnen zes weken behandeld") in the same clause: before a comma, a colon, a subclause or
    another finite verb. None when there is none ("meer mensen dan verwacht")."""
    def ends(t) -> bool:
        return t.text in {",", ":", ";", "(", ")"} or t.dep_ == "mark" or t.pos_ in {"SCONJ", "CCONJ"} \
            or (t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm"))

    # a word tagged finite ends the clause, also when it is built like a participle
    return _first_participle(verb, verb.sent, lambda t: not ends(t) and _without_passive_aux(t), ends)


# adverbs that make "zijn" + participle the state that a past act left ("Dit e-mailadres is al
# gebruikt" = al in gebruik, "De boom is reeds gemeld"): what matters is how the thing is now,
# not who did it ("nog" is left out: "Je account is nog niet gevalideerd" asks for an act)
ALREADY = frozenset({"al", "reeds"})


def _already(verb, aux) -> bool:
    """Does "al" or "reeds" go with this "zijn" + participle (on the participle or on "zijn",
    where the parse may hang it)? (What a text says, "Dit is hierboven al genoemd", keeps its
    own tip: "staat".)"""
    heads = (verb, aux)
    if not any(c.dep_ == "advmod" and c.lower_ in ALREADY for h in heads for c in h.children):
        return False
    if any(c.lower_ in NEGATIONS for h in heads for c in h.children):
        return False  # "is al maanden niet betaald": still to be done, as "nog niet"
    if any(c.dep_ == "mark" and c.lower_ == "zoals" for h in heads for c in h.children):
        return False  # "Zoals reeds is afgesproken": a past act, told as one
    if _impersonal(verb):
        return False  # "Met deze code is al gestemd": no thing that can be in a state; an act
    return not _dated(verb)


# labels of a participle whose subject stands elsewhere: in the clause it is joined to, in the
# noun it describes, or in the verb it is the complement of
SUBJECT_ELSEWHERE = frozenset({"conj", "acl", "acl:relcl", "xcomp", "amod", "parataxis"})


def _impersonal(verb) -> bool:
    """Is a "zijn" + participle an impersonal passive: a clause of its own with no subject at
    all, not even "het" ("Met deze code is al gestemd", "Er is al gebeld")? Only a thing can be
    in a state; without one, "is" + participle tells that people did something. A verb that
    takes "zijn" has no passive ("Er is al veel veranderd": a perfect). A clause that opens
    with its finite "is", with no "er", has dropped its subject, as notes and answers do ("Is
    al betaald.", "Nee, is al opgelost."): the thing is there, only not written."""
    if verb.dep_ in SUBJECT_ELSEWHERE or perfect_with_zijn(verb):
        return False
    subjects = _subjects(verb, ("nsubj", "csubj", "expl"))
    if any(c.lower_ != "er" for c in subjects):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "aux:pass", "cop"} and c.lemma_.lower() == "zijn"]
    return bool(subjects) or any(c.lower_ == "er" for h in (verb, *auxiliaries) for c in h.children) \
        or not any(_opens_clause(a, verb) for a in auxiliaries)  # "Is er al betaald?" asks of an act


def _opens_clause(aux, verb) -> bool:
    """Does the finite ``aux`` open the clause of ``verb``: first in the text, or after a
    punctuation mark or a lone "ja"/"nee" ("Is al betaald.", "De rekening? Is al betaald.",
    "Nee, is al opgelost.")? Not after a fronted word or phrase of the clause, also one with a
    comma after it ("Hier is al gestemd", "Met de pas die u kreeg, is al betaald").

    Not the question of ``clauses.opens_relative`` or ``broken._opens_clause`` (a word that opens
    a subclause): this one asks whether a finite verb stands first in its clause (health34)."""
    before = next((t for t in reversed(aux.doc[:aux.i]) if not t.is_space), None)
    if not (before is None or before.is_punct or (before.lower_ in {"ja", "nee"} and before.pos_ == "INTJ")):
        return False
    return not any(c.i < aux.i and not c.is_punct and c.pos_ != "INTJ" for h in (verb, aux) for c in h.children)


def _dated(verb, subject: bool = False, skip=frozenset()) -> bool:
    """Does a time or date go with the participle ("is al op 3 maart ontvangen", "al in 2020
    genomen", "is rond september 2022 afgerond")? Then it tells of an event at that time, not of
    how a thing is now. With ``subject`` also a date phrase the parse hung on the subject ("is de
    besluitvorming rond september 2022 afgerond"), but not one with "van", which says which thing
    it is ("Uw aanvraag van 3 maart is afgerond"). Not the phrases of the participle at the token
    numbers ``skip``."""
    phrases = [c for c in verb.children if c.dep_ in {"obl", "obl:tmod", "nmod", "advmod"} and c.i not in skip]
    if subject:
        phrases += [n for s in verb.children if s.dep_ in {"nsubj", "nsubj:pass"} for n in s.children
                    if n.dep_ == "nmod" and not any(g.dep_ == "case" and g.lower_ == "van" for g in n.children)]
    return any(any(t.pos_ == "NUM" or t.text.isdigit() or t.lower_ in DATE_WORDS or t.lower_ in time_adverbs()
                   for t in c.subtree) for c in phrases)


@cache
def time_adverbs() -> frozenset[str]:
    """Adverbs that place an act at a time (``wordlists/time_adverbs.tsv``: "gisteren", "vandaag";
    "is gisteren al ontvangen")."""
    return wordlists.words("time_adverbs")


@cache
def state_grades() -> frozenset[str]:
    """Adverbs that say how badly or how plainly a thing is in a state (``wordlists/state_grades.tsv``:
    "zwaar", "licht", "zichtbaar"): after "zijn", with a participle of damage or of the body
    (``graded_states``), they grade a state ("Het hek is zwaar beschadigd", "De auto is zichtbaar
    beschadigd", "Hij is licht gewond"), as words of degree grade an adjective."""
    return wordlists.words("state_grades")


@cache
def graded_states() -> frozenset[str]:
    """Participles of damage or of a bodily state (``wordlists/graded_states.tsv``): "beschadigd",
    "gewond", "vervuild"; with a grade ("zwaar", "licht") after "zijn" a state."""
    return wordlists.words("graded_states", "participle")


@cache
def completion_verbs() -> frozenset[str]:
    """Verbs that only say a thing was brought to its end (``wordlists/completion_verbs.tsv``):
    "afronden", "afsluiten"; after "zijn" their participle is the state that is left ("klaar",
    "dicht")."""
    return wordlists.words("completion_verbs", "verb")


def _decision(verb) -> bool:
    """Is the participle a verb of ``decision_verbs`` (by its lemma, its rebuilt infinitive, or
    its form: the parse may give "gekort" the lemma 'koren')? (Not cached: its argument is a
    Token, and a cache would keep every Doc it saw alive.)"""
    decisions = decision_verbs()
    return infinitive(verb.text, verb.lemma_) in decisions or verb.lemma_.lower() in decisions \
        or verb.lower_ in _decision_participles()


@cache
def _decision_participles() -> frozenset[str]:
    """The regular participles of ``decision_verbs`` ("korten" -> "gekort")."""
    return frozenset(p for v in decision_verbs() if (p := past_participle(v)))


@cache
def decision_verbs() -> frozenset[str]:
    """Verbs of a decision about the reader (``wordlists/decision_verbs.tsv``): "afwijzen",
    "toekennen"; "automatisch" does not make their participle a state."""
    return wordlists.words("decision_verbs", "verb")


# adverbs that say a thing happened without a person doing it ("automatisch", "vanzelf";
# "stilzwijgend": a contract renewed because nobody acted): after "zijn" the participle gives the
# state it left, and no doer can be put in front; after "worden" a system or the process itself
# does it ("Uw wijziging wordt automatisch verwerkt"), nobody a reader could name
BY_ITSELF = frozenset({"automatisch", "vanzelf", "stilzwijgend"})
# participles of the verbs that move a reader on the web from one page to another (doorsturen,
# doorverwijzen, omleiden, doorleiden: "U wordt doorgestuurd naar de website van DigiD"): the
# browser does it, there is no person to name (the forms, as the parse does not rebuild them all)
WEB_STEP_PARTICIPLES = frozenset({"doorgestuurd", "doorverwezen", "omgeleid", "doorgeleid"})


@cache
def web_places() -> frozenset[str]:
    """The places on the web such a step leads to (``wordlists/web_places.tsv``: "pagina",
    "website", "portaal"; also as the head of a compound: "betaalpagina")."""
    return wordlists.words("web_places")


def _web_place(noun) -> bool:
    """Is ``noun`` a page, site or screen ("de website van DigiD", "de betaalpagina")?"""
    return _word_of(noun.lower_, web_places())


def _word_of(word: str, heads) -> bool:
    """Is ``word`` one of ``heads`` or a compound of two parts with one of them as its head
    (``_compound_of``: "betaalpagina", "persoonsgegevens", "IC-bedden")?"""
    return word in heads or any(_compound_of(word, head) for head in heads)


def _runs_by_itself(verb, aux) -> bool:
    """Does a "worden" passive tell a step that a system or the process itself takes, with no
    doer to name: with an adverb of ``BY_ITSELF`` ("De gegevens worden automatisch ingevuld",
    "Het contract wordt stilzwijgend verlengd"; not a decision about the reader: "Uw aanvraag
    wordt automatisch afgewezen" is still the organisation deciding, ``decision_verbs``), or the
    reader sent on to a web page ("U wordt doorgestuurd naar de betaalpagina"; not to a person
    or a body: "U wordt doorverwezen naar een specialist")? Not with "door ..." (``_agent``), and
    not "niet automatisch": then someone has to do it."""
    if aux.lemma_.lower() != "worden" or _agent(verb) is not None:
        return False
    if any(c.dep_ == "conj" and _is_participle(c) and not any(g.lower_ in BY_ITSELF for g in c.children)
           for c in verb.children):
        return False  # "worden automatisch gemeld en binnen een week opgelost": someone solves them
    if any(c.lower_ in BY_ITSELF for c in verb.children):  # (the parse may make "stilzwijgend" an oblique)
        return not _decision(verb) and not any(c.lower_ in NEGATIONS for c in verb.children)
        # (not "wordt niet automatisch verlengd": then a person has to do it)
    if verb.lower_ not in WEB_STEP_PARTICIPLES:
        return False
    return any(c.dep_ == "nsubj:pass" and c.lower_ in READER_SUBJECTS for c in verb.children) and any(
        c.dep_.startswith("obl") and _web_place(c) and any(g.dep_ == "case" and g.lower_ == "naar" for g in c.children)
        for c in verb.children)


@cache
def update_participles() -> frozenset[str]:
    """Participles of the verbs that bring information up to date
    (``wordlists/update_participles.tsv``: "bijgewerkt", "geactualiseerd", "geüpdatet"): said of a
    page, a figure or a list, with how often, they tell how fresh it is."""
    return wordlists.words("update_participles", "participle")


@cache
def rhythm_adverbs() -> frozenset[str]:
    """Adverbs of a steady rhythm (``wordlists/rhythm_words.tsv``, kind "adverb": "continu",
    "regelmatig"); the adverbs in -lijks (dagelijks, wekelijks, tweejaarlijks) are read by their
    ending."""
    return wordlists.words("rhythm_words", kind="adverb")


@cache
def time_units() -> frozenset[str]:
    """The units of time a rhythm counts in (``wordlists/rhythm_words.tsv``, kind "unit": "elke
    dag", "om de vijf minuten", "twee keer per week")."""
    return wordlists.words("rhythm_words", kind="unit")


EVERY = frozenset({"elk", "elke", "ieder", "iedere"})
# the modal verbs that make the update a duty or a chance ("moet elke week worden bijgewerkt":
# someone must do it, and the reader may ask who)
DUTY_MODALS = frozenset({"moeten", "mogen", "kunnen", "hoeven", "dienen"})


def _rhythm(tok) -> bool:
    """Is ``tok`` (a dependent of the verb) a word or phrase of a steady rhythm: "dagelijks",
    "regelmatig", "elke dag", "iedere week", "om de tien minuten", "twee keer per maand"?"""
    word = tok.lower_
    if tok.pos_ in {"ADV", "ADJ"} and (word in rhythm_adverbs() or (word.endswith("lijks") and len(word) > 6)):
        return True
    if word in {"keer", "maal"}:  # "twee keer per week": the unit hangs on "keer"
        return any(_rhythm(c) for c in tok.children if c.lower_ in time_units())
    if word in DAY_NAMES:  # a day of the week is a rhythm only after "elke"/"iedere" ("Wordt
        # iedere maandag bijgewerkt"): "per maandag" is "from Monday on", a start, no rhythm
        return any(c.lower_ in EVERY for c in tok.children)
    if word not in time_units():
        return False
    return any(c.lower_ in EVERY or (c.dep_ == "case" and c.lower_ == "per")
               or (c.dep_ == "case" and c.lower_ == "om" and any(d.lower_ == "de" for d in tok.children))
               for c in tok.children)


def _routine_update(verb, aux) -> bool:
    """Is a "worden" passive a label that tells how often a page, a figure or a list is brought
    up to date ("Wordt dagelijks bijgewerkt." under a chart: no subject, the verb first)? What
    the reader needs is how fresh the figures are; who updates them is of no use, and "Wij
    werken dit dagelijks bij" only adds a 'wij' (the written stance: twijfel). Not with "door
    ...", "niet", a duty or a chance ("moet elke week worden bijgewerkt": someone has to do it),
    without a rhythm ("De lijst wordt bijgewerkt": when, by whom?), nor said of the reader's own
    thing ("Uw gegevens worden elk jaar bijgewerkt": the reader may want to know who handles
    them)."""
    if aux.lemma_.lower() != "worden" or verb.lower_ not in update_participles() or _agent(verb) is not None:
        return False
    children = list(verb.children)
    if any(c.lower_ in NEGATIONS for c in children):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() in DUTY_MODALS for c in children):
        return False
    if _readers_thing(verb):
        return False
    # only a label: the clause has no subject and starts the sentence ("Wordt dagelijks
    # bijgewerkt" under a chart). In running text ("De cijfers worden dagelijks bijgewerkt") a
    # blind judge (judge41) called 12 of 12 klopt: "We werken de cijfers elke dag bij" reads well
    # (a rhythm the parse took for the subject is none: "Wordt elk kwartaal bijgewerkt")
    if any(c.dep_ in {"nsubj", "nsubj:pass", "expl", "expl:pv"} and not _rhythm(c) for c in children) or \
            aux.i != aux.sent.start:
        return False
    return any(_rhythm(c) for c in children if c.dep_ in {"advmod", "obl", "obl:tmod", "nmod", "amod", "nsubj:pass"})


# the words of the reader and the writer: "u", "je", "wij", "uw", "ons", ...
SPEAKERS = READERS | WRITERS | READER_POSSESSIVES | WRITER_OWNERS | WRITER_OBJECTS | {"jou", "ik", "mij", "me"}


def _bare_relative(verb, aux) -> bool:
    """Is the passive a relative clause that holds nothing but its pronoun and its two verbs,
    and so only names the noun before it by what is done with it ("de data die worden gebruikt",
    "de maatregelen die worden genomen", "het aantal overlijdens dat wordt verwacht op basis
    van ...")? Such a clause works as an adjective ('de gebruikte data'); the doer is the one the
    text is about or of no use, and "die wij gebruiken" only adds a 'wij' (the written stance:
    twijfel). Words after the verbs may follow ("die gebruikt zijn bij de ontwikkeling"). Not
    with a word between the pronoun and the verbs ("die niet worden vergoed", "die de gemeente
    heeft"), a modal ("die moeten worden ingevuld": someone has to), "door ...", a decision
    ("de kosten die worden vergoed": who pays, ``decision_verbs``), a clause after a comma (it
    tells news, not which one), of a person or the reader's own thing ("de mensen die worden
    opgeroepen", "uw aanvraag die wordt behandeld"), nor in a sentence with the reader or the
    writer in it ("Het bedrag dat is betaald, krijgt u terug": who paid, the reader?)."""
    if verb.dep_ != "acl:relcl" or _agent(verb) is not None or _decision(verb):
        return False
    pronouns = [c for c in verb.children if c.dep_ in {"nsubj:pass", "nsubj"} and c.lower_ in {"die", "dat"}]
    if len(pronouns) != 1:
        return False
    pronoun = pronouns[0]
    first, last = min(aux.i, verb.i), max(aux.i, verb.i)
    if pronoun.i + 1 != first or last - first != 1:
        return False  # a word between: "die niet worden vergoed", "die moeten worden ingevuld"
    if any(c.dep_ == "aux" for c in verb.children if c.i != aux.i):
        return False
    doc = verb.doc
    if any(t.lower_ == "door" for t in verb.subtree) or (last + 1 < len(doc) and doc[last + 1].lower_ == "door"):
        return False  # "een programma dat gerealiseerd wordt door twee coöperaties": the parse
        # may hang the doer elsewhere; the active says it shorter
    noun = verb.head
    if pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text in CLAUSE_BREAKS:
        return False  # "Uw aanvraag, die wordt behandeld, ...": news about the noun
    if person_word(noun) or any(c.dep_ == "nmod:poss" and c.lower_ in READER_POSSESSIVES for c in noun.children):
        return False
    # a sentence that speaks to the reader or for the writer ("Het bedrag dat is betaald, krijgt u
    # terug"): the doer may well be one of the two, and naming them is the fix ("dat u hebt betaald")
    return not any(t.lower_ in SPEAKERS for t in verb.sent)


@cache
def machine_participles() -> frozenset[str]:
    """Participles that only a computer does to a file or a page
    (``wordlists/status_participles.tsv``, step "machine": "gedownload", "opgeslagen"): in a
    status line on its own there is nobody but the system to name."""
    return wordlists.words("status_participles", "participle", step="machine")


@cache
def data_participles() -> frozenset[str]:
    """Participles of a data step only with a data thing as the subject
    (``wordlists/status_participles.tsv``, step "data": "Het bestand kon niet worden geopend"; not
    "Het zwembad kan niet worden geopend", "Het grofvuil kon niet worden opgehaald": people do
    that, and say who)."""
    return wordlists.words("status_participles", "participle", step="data")


@cache
def data_nouns() -> frozenset[str]:
    """The data things such a status line is about (``wordlists/data_nouns.tsv``: "gegevens",
    "bestand"; also as a compound's head: "persoonsgegevens"), and the pages and screens of
    ``web_places``."""
    return wordlists.words("data_nouns") | web_places()


@cache
def saved_participles() -> frozenset[str]:
    """A confirmation with "zijn" and no negation: only the steps that keep or drop data
    (``wordlists/status_participles.tsv``, saved "yes": "Uw wijzigingen zijn opgeslagen", "Alle
    gegevens zijn verwijderd"), not the ones that hand a thing to someone ("Uw aanvraag is
    verzonden" tells what the organisation did)."""
    return wordlists.words("status_participles", "participle", saved="yes")


def _data_noun(noun) -> bool:
    """Is ``noun`` a file, data or a page ("het bestand", "de persoonsgegevens", "de webpagina")?"""
    return any(_word_of(form, data_nouns()) for form in {noun.lower_, noun.lemma_.lower()})


def _system_message(text: str, verb, aux) -> bool:
    """Is the passive a status line of a program, a sentence on a line of its own that tells how a
    step with data went: a search that found nothing ("De gevraagde pagina is niet gevonden", "Er
    zijn geen resultaten gevonden"), a step that failed ("Het bestand kon niet worden
    gedownload", "De gegevens konden niet worden opgehaald") or data kept or dropped ("Uw
    wijzigingen zijn opgeslagen")? The doer is the program itself; "Wij hebben de pagina niet
    gevonden" is no plainer. A failure has "niet" or "geen" and either "zijn" (the outcome) or
    "kunnen" with "worden"; "Uw gegevens worden niet opgeslagen" (without "kunnen") tells what
    the organisation does, and stays. Never with "door", a date, "nog" ("Er is nog geen
    oplossing gevonden": someone is still looking), a person as the subject ("De eigenaar is
    niet gevonden"), a clause with a conjunction ("... als u niet bent ingelogd") or more text on
    the line."""
    word = verb.lower_
    if word not in machine_participles() and word not in data_participles() and word != "gevonden":
        return False
    if verb.dep_ != "ROOT" or _agent(verb) is not None or _dated(verb):
        return False
    sent = verb.sent
    start, end = line_start(text, aux.idx), line_end(text, aux.idx)
    if text[start:sent.start_char].strip() or text[sent.end_char:end].strip():
        return False  # more on the line than this one sentence: running text
    if any(t.dep_ == "mark" and t.lower_ != "te" for t in sent):
        return False  # "... als u niet bent ingelogd": a condition, the text explains
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    if any(c.lower_ == "nog" for h in heads for c in h.children):
        return False
    subjects = [s for s in _subjects(verb, ("nsubj", "nsubj:pass")) if s.lower_ != "er"]
    if any(person_word(s) for s in subjects):
        return False
    if word in data_participles() and not any(_data_noun(s) for s in subjects):
        return False
    negated = any(c.lower_ in NEGATIONS for h in heads for c in h.children) or any(
        c.lower_ == "geen" for s in subjects for c in s.children)
    if aux.lemma_.lower() == "zijn":
        return negated or (word in saved_participles() and bool(subjects))
    return negated and any(c.dep_ == "aux" and c.lemma_.lower() == "kunnen" for c in verb.children)


@cache
def now_adverbs() -> frozenset[str]:
    """The words of ``now_words`` that tell a step is going on at this moment ("momenteel",
    "nu": "De betaling wordt momenteel verwerkt")."""
    return wordlists.words("now_words", progress="yes")


# what a program asks the reader while it works ("even geduld", "een ogenblik geduld")
WAIT_WORDS = frozenset({"geduld", "wachten"})


def _progress_line(text: str, verb, aux) -> bool:
    """Is the passive a program's progress line: a short sentence on a line of its own that tells
    a step is going on while the reader waits ("De betaling wordt momenteel verwerkt.", "Code
    wordt gecontroleerd, even geduld.", "De kaart wordt geladen...")? A status line of a program
    (the README: twijfel): the program is at work, and "We verwerken nu de betaling" only adds a
    'we' to a line that will be gone in a second. Only "worden" in the present, with a word of the
    moment ("momenteel", "nu", "op dit moment"), a word of waiting ("even geduld") or dots at the
    end. Not with "door", "niet", a modal, a person or the reader's own thing as the subject ("Uw
    aanvraag wordt nu behandeld": people do that, and the reader wants to know who), a clause
    with a conjunction, more text on the line, a decision (``decision_verbs``), nor in a sentence
    of more than eight words."""
    if aux.lemma_.lower() != "worden" or aux.lower_ not in {"wordt", "worden", "word"}:
        return False
    if verb.dep_ != "ROOT" or _agent(verb) is not None or _readers_thing(verb) or _decision(verb):
        return False  # "De toeslag wordt nu vastgesteld": a decision, someone takes it
    children = list(verb.children)
    if any(c.lower_ in NEGATIONS for c in children) or any(
            c.dep_ == "aux" and c.i != aux.i for c in children):
        return False  # "kan niet worden verwerkt", "moet worden gecontroleerd"
    sent = verb.sent
    start, end = line_start(text, aux.idx), line_end(text, aux.idx)
    if text[start:sent.start_char].strip() or text[sent.end_char:end].strip():
        return False  # more on the line than this one sentence: running text
    words = [t for t in sent if not t.is_punct]
    if len(words) > 8 or any(t.dep_ == "mark" for t in sent):
        return False
    subjects = [s for s in _subjects(verb, ("nsubj", "nsubj:pass")) if s.lower_ != "er"]
    if any(person_word(s) for s in subjects):
        return False
    now = any(c.lower_ in now_adverbs() for c in children) or any(
        t.lower_ == "moment" and t.i >= 2 and sent.doc[t.i - 2].lower_ == "op" and sent.doc[t.i - 1].lower_ == "dit"
        for t in sent)
    waiting = any(t.lower_ in WAIT_WORDS for t in sent) or sent.text.rstrip().endswith(("...", "…"))
    return now or waiting


# participles of catching an illness: with "worden" and a person as the subject they say what
# happens to the person, as "besmet raken" does ("Veel kinderen werden vorige week besmet");
# not of a thing, which someone pollutes ("Het water wordt besmet door de fabriek")
INFECTION_PARTICIPLES = frozenset({"besmet", "geïnfecteerd"})


def _infected_person(verb, aux) -> bool:
    """Does "worden" + "besmet" or "geïnfecteerd" say that a person catches an illness ("Veel
    kinderen werden besmet", "Mensen die besmet worden", "Je kunt besmet worden")? A change in
    the person, as "ziek worden". Not with a thing as the subject ("Het drinkwater werd
    besmet met bacteriën", "De computer wordt geïnfecteerd") and not with another verb of care
    ("getest worden", "gevaccineerd worden": someone does that), and not with "door": "Hoeveel mensen
    worden besmet door één patiënt?" has its active sentence ("Hoeveel mensen besmet één
    patiënt?"), and who passes it on is the point. With "zijn" the same participle tells the
    person's state ("hoeveel daarvan besmet zijn": how many of them have it), as "ziek zijn"."""
    if aux.lemma_.lower() not in {"worden", "zijn"} or verb.lower_ not in INFECTION_PARTICIPLES \
            or _agent(verb) is not None:
        return False
    # ("hoeveel" as the subject itself counts the group: "hoeveel ervan besmet zijn")
    subjects = [s for s in _subjects(verb, ("nsubj", "nsubj:pass")) if s.lower_ != "hoeveel"] or _counted_before(verb)
    return bool(subjects) and all(_person_or_antecedent(s, True) or _people_by_form(s) for s in subjects)


def _people_by_form(tok) -> bool:
    """Is the noun a group of people by how Dutch makes the word, where the tagger does not call
    it a person: an adjective used as a plural noun ("ouderen", "zieken", "jongeren": de + adjective
    + -en names the people who are so), or a number joined to a noun of a person by age ("70-plussers",
    "65-jarigen", "18-minners")? Only asked of the subject of catching an illness."""
    low = tok.lower_
    if tok.pos_ == "ADJ" and tok.dep_ in {"nsubj", "nsubj:pass"} and low.endswith("en") and len(low) > 4:
        return True  # "hoeveel ouderen besmet worden"
    number, dash, rest = low.partition("-")
    return bool(dash) and number.isdigit() and rest.endswith(("ers", "igen", "er", "ige")) and len(rest) > 4


def _counted_before(verb) -> list:
    """The noun after "hoeveel" right before the participle, where the parse gave the clause no
    subject ("geeft aan hoeveel mensen gemiddeld besmet worden": it hung "mensen" on "aan" of the
    main verb); only adverbs may stand between them. "hoeveel daarvan" and "hoeveel van hen" count
    part of a group named before: then the noun of the "hoeveel" before it in the sentence
    ("hoeveel mensen getest zijn en hoeveel daarvan besmet zijn"), or the pronoun ("hen")."""
    doc, i = verb.doc, verb.i - 1
    while i > 0 and doc[i].pos_ in {"ADV", "ADJ"} and doc[i].lower_ not in PARTITIVE_ADVERBS:
        i -= 1
    noun = doc[i]
    if noun.lower_ in PARTITIVE_ADVERBS and i > 0 and doc[i - 1].lower_ == "hoeveel":
        start = verb.sent.start
        earlier = [doc[j + 1] for j in range(i - 2, start - 1, -1)
                   if doc[j].lower_ == "hoeveel" and doc[j + 1].pos_ == "NOUN"]
        return earlier[:1]
    if noun.pos_ == "PRON" and i > 1 and doc[i - 1].lower_ == "van" and doc[i - 2].lower_ == "hoeveel":
        return [noun]  # "hoeveel van hen"
    return [noun] if noun.pos_ == "NOUN" and i > 0 and doc[i - 1].lower_ == "hoeveel" else []


# "hoeveel daarvan": the part of a group named before
PARTITIVE_ADVERBS = frozenset({"daarvan", "ervan", "hiervan"})


@cache
def seat_nouns() -> frozenset[str]:
    """The places one sits or lies on, which a person holds by being there
    (``wordlists/seat_nouns.tsv``: "IC-bedden", "parkeerplaatsen"): "bezet worden door
    patiënten" says they are in use, as "bezet zijn" does."""
    return wordlists.words("seat_nouns")


def _seat_noun(noun) -> bool:
    """Is ``noun`` a bed, seat or place ("IC-bedden", "de parkeerplaatsen")?"""
    if noun.lower_ in RELATIVE_PRONOUNS and noun.head.dep_ == "acl:relcl":
        noun = noun.head.head  # "de bedden die bezet worden"
    return any(_word_of(form, seat_nouns()) for form in {noun.lower_, noun.lemma_.lower()})


def _seat_taken(verb, aux) -> bool:
    """Does "worden bezet" say that beds or seats are in use ("hoeveel IC-bedden bezet worden
    door patiënten")? Who lies in them is named, and no one acts: a state over time, as "bezet
    zijn" (``HOLDING_PARTICIPLES``). Not of a building ("Het pand wordt bezet door krakers": an
    act), nor with a date ("De zetel werd in 2020 bezet door ...")."""
    if aux.lemma_.lower() != "worden" or verb.lower_ != "bezet" or _dated(verb):
        return False
    subjects = _subjects(verb, ("nsubj", "nsubj:pass"))
    return bool(subjects) and all(_seat_noun(s) for s in subjects)


# "definitief" with "zijn" + participle: the thing is final now and can no longer change ("Jullie
# keuzes zijn definitief vastgelegd", "Je afspraak is definitief geboekt"), a state as "vast" or
# "klaar" are; not a decision about the reader ("Uw aanvraag is definitief afgewezen": the
# organisation decides, ``decision_verbs``), and never with "worden" or "door"
FINAL = frozenset({"definitief"})


@cache
def degree_words() -> frozenset[str]:
    """Words of degree that go with adjectives, not with a passive
    (``wordlists/degree_words.tsv``: "zeer betrokken", "erg geschrokken")."""
    return wordlists.words("degree_words")


@cache
def _te_words(kind: str) -> dict[str, str]:
    """wordlists/te_infinitive_zijn.tsv, the words of one kind (see the file's header: 'governor',
    'fixed', 'amount', 'sense', 'sense_act', 'extraposed', 'aim', 'no_object', 'sense_place',
    'circumstance', 'clock', 'period', 'between', 'clause_preposition', 'enough', 'coordinator',
    'find', 'there_is') -> their preposition."""
    return {r["word"]: r["preposition"] for r in wordlists.load("te_infinitive_zijn") if r["kind"] == kind}


def _sense_place(phrase) -> bool:
    """"op de website", "in de tabel", "aan de cijfers": a place or medium where one looks
    (wordlists/te_infinitive_zijn.tsv kind sense_place); not "in het donker", "bij daglicht"
    (kind circumstance: when or how well a thing can be seen)."""
    return phrase.dep_.startswith("obl") and any(
        g.dep_ == "case" and g.lower_ in _te_words("sense_place") for g in phrase.children) \
        and phrase.lower_ not in _te_words("circumstance") and phrase.lemma_.lower() not in _te_words("circumstance")


# a time of the clock as written: "07:30", "7.30", "19u30"
CLOCK_TIME = re.compile(r"\d{1,2}[:.u]\d{2}")


def _time_of_day(om) -> bool:
    """"om 7.30 uur", "om 07:30", "om half acht", "om middernacht", "om de twee weken": "om" of a
    time (kind clock: a word of the time of day; kind period: a period after "om de"), not the
    "om" of "om te", whatever label the parse gives it. Read from the words right after "om", not
    from its phrase ("om 2 scholen te bouwen" is "om te")."""
    doc = om.doc
    after = doc[om.i + 1:om.i + 4]
    if not len(after):
        return False
    first = after[0]
    if first.lower_ in _te_words("clock") or CLOCK_TIME.fullmatch(first.text):
        return True
    if first.pos_ == "NUM" or first.like_num:
        nxt = after[1] if len(after) > 1 else None
        return nxt is None or nxt.lower_ in _te_words("clock") or nxt.lower_ in CLOCK_WORDS \
            or nxt.pos_ not in {"NOUN", "PROPN", "ADJ"}  # "om 7 aan de straat", not "om 2 scholen"
    if first.lower_ == "de":  # "om de week", "om de twee weken", "om de andere dag"
        rest = list(after[1:])
        if rest and (rest[0].pos_ == "NUM" or rest[0].like_num or rest[0].lower_ == "andere"):
            rest = rest[1:]
        return bool(rest) and rest[0].lower_ in _te_words("period")
    return False


def _extraposed(word: str) -> bool:
    """Is the word a form of a word of kind extraposed: as listed, its comparative or superlative
    ("raadzamer", "belangrijkste", "beste") or its "on-" form ("onverstandig",
    "ongebruikelijk")? (The lemma is asked by the caller.)"""
    words = _te_words("extraposed")
    forms = {word}
    for ending in ("ste", "st", "er", "e"):
        stem = word[:-len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        # "slimmer" -> "slim", "raadzamer" -> "raadzaam", "normaler" -> "normaal"
        forms.update(spelling_bases(stem, long_after_undone=False))
    forms |= {f[2:] for f in forms if f.startswith("on") and len(f) > 5}
    return any(f in words for f in forms)


def _extraposed_token(t) -> bool:
    """Is the token a form of a word of kind extraposed, by its own form (``_extraposed``) or its lemma?"""
    return _extraposed(t.lower_) or t.lemma_.lower() in _te_words("extraposed")


def _extraposed_before(doc, aux, first, verb) -> bool:
    """"Het is goed te weten dat ...", "Het is belangrijk tijdig te reageren", "Het is het beste
    eerst te bellen", "Het is onverstandig te wachten": a form of a word of kind extraposed
    (``_extraposed``) between "zijn" and the te-infinitive, as the predicate: right after "is"
    (or after "het" there: "het beste"), or hung on the verb or "is", or on an adverb or
    adjective that hangs there (the parse may hang it on the adverb after it: "belangrijk"
    on "tijdig"). Not a word inside a phrase of a noun ("op de goede website")."""
    for t in doc[aux.i + 1:first.i]:
        if not _extraposed_token(t):
            continue
        if t.i == aux.i + 1 or t.i == aux.i + 2 and doc[aux.i + 1].lower_ == "het":
            return True
        h = t
        while h.head not in (verb, aux, aux.head) and h.head.pos_ in {"ADJ", "ADV"} \
                and aux.i < h.head.i < first.i and h.dep_ in {"advmod", "amod"}:
            h = h.head
        if h.head in (verb, aux, aux.head) and h.pos_ in {"ADJ", "ADV", "NOUN"}:
            return True
    return False


def _person_as_subject(verb) -> bool:
    """Is every subject of the clause a person or a body of people (``person_word``)? ("U bent
    verplicht te betalen", "De aanvrager is verplicht ...", not "Dit formulier is verplicht in te
    vullen", "De bijdrage is verplicht te betalen"; "Het college is gesteld op ...", not "De
    schouder", "De computer"; '-er' only of a verb's doer)"""
    subjects = _subjects(verb, ("nsubj", "nsubj:pass"))
    return bool(subjects) and all(person_word(s) for s in subjects)


def _governed(doc, start: int, te, verb) -> bool:
    """Does a word between "zijn" and "te" take the te-infinitive itself (kind governor: "U bent
    in staat te werken", "Wij zijn bereid te helpen", "Dit is makkelijk te lezen")? Only as the
    predicate of the clause: not a word of degree before an adjective ("vrij snel aan te
    vragen": fairly), not one that a coordinator parts from the infinitive ("Uw pas is klaar en
    vanaf dinsdag op te halen"), and a word with 'person' in the list's column only with a
    person as the subject (``_person_as_subject``: "U bent verplicht te betalen", "U bent vrij te
    gaan"; not "De bijdrage is verplicht te betalen", "Dit formulier is verplicht in te vullen",
    "Het park is vrij te betreden"). "oud genoeg te stemmen": "genoeg" after an adjective takes
    it, with a person as the subject too ("Het formulier is snel genoeg in te vullen" is the
    passive)."""
    governors = _te_words("governor")
    tokens = list(doc[start:te.i])
    for k, t in enumerate(tokens):
        if t.lower_ in _te_words("enough") and k > 0 and tokens[k - 1].pos_ == "ADJ":
            if _person_as_subject(verb) or _person_subject(verb):
                return True
            continue  # "De aanvraag is vroeg genoeg in te dienen": the thing one submits
        two = k + 1 < len(tokens) and f"{t.lower_} {tokens[k + 1].lower_}" in governors
        if t.lower_ not in governors and not two:
            continue
        later = tokens[k + 1:]
        if any(x.lower_ in _te_words("coordinator") for x in later):
            continue
        if not two and t.lower_ in degree_words() and later and later[0].pos_ in {"ADJ", "ADV"}:
            continue
        if governors.get(t.lower_) == "person" and not (_person_subject(verb) or _person_as_subject(verb)):
            continue  # "De bijdrage is verplicht te betalen": the thing is what one must pay
        return True
    return False


def _own_complement(verb, children) -> bool:
    """Does the infinitive have an object or complement of its own ("mensen aan werk te helpen",
    "te zorgen voor", "te wachten op de brief"), or is it a verb that takes no object (kind
    no_object: "te reageren", "met de buren te praten"; or a verb with "zijn" in the perfect:
    "te beginnen", "te verhuizen")? Then its subject cannot be what one does something to."""
    if any(c.dep_ in {"obj", "iobj", "ccomp", "xcomp"} or c.dep_ == "obl:arg" and not _sense_place(c)
           for c in children):
        return True  # (an object with a preposition of a place, "in de inleiding", may be where one reads it)
    forms = {verb.lower_, verb.lemma_.lower()}
    particle = next((c for c in children if c.dep_ == "compound:prt"), None)
    if particle is not None:
        forms = {particle.lower_ + verb.lower_}  # "aan te vechten" is aanvechten, not vechten
    return any(f in _te_words("no_object") or f in zijn_verbs() for f in forms)


def _aim_subject(verb, aux, children) -> bool:
    """"Onze taak is te zorgen voor ...", "De bedoeling is volgend jaar te beginnen": the
    subject is a noun of aim or task (kind aim) and the te-infinitive says what it is. Decided by
    the infinitive (``_own_complement``): the aim when it has an object or complement of its own
    or takes none; the passive when a verb that takes an object lacks it, because the subject is
    that object ("Ons besluit is binnen zes weken aan te vechten", "De kunst in het park is vanaf
    juni te bezichtigen", "Het doel is te vinden in artikel 2"): after a noun of aim only, that
    needs a particle or a phrase of place, medium or time too ("Het doel is te leren" is the aim);
    after one that can also be a text or a thing one handles ("advies", "plan", "besluit") not,
    and never with a place where one finds it ("Ons advies is op de website te vinden")."""
    aims = _te_words("aim")
    heads = (verb, aux) if aux.head != verb else (verb,)
    for h in heads:
        for c in h.children:
            if c.dep_ not in {"nsubj", "nsubj:pass"}:
                continue
            for form in (c.lower_, c.lemma_.lower()):
                if form in aims:
                    if aims[form] == "text" and any(_sense_place(x) and x.dep_ != "obl:arg" for x in children):
                        # (not the object of the verb: "Ons advies is te wachten op de brief")
                        return False
                    if _own_complement(verb, children):
                        return True
                    # a verb that takes an object without one: with a noun of aim only, the aim
                    # still, unless a particle or a phrase of place, medium or time goes with
                    # the infinitive ("Het doel is te leren", "Onze taak is te controleren"; not
                    # "Het doel is te vinden in artikel 2", "Uw wens is via het formulier door te
                    # geven"); a noun that can be a text is the passive ("Ons besluit is niet
                    # meer te wijzigen")
                    return aims[form] != "text" and not any(
                        c.dep_ == "compound:prt" or c.dep_.startswith(("obl", "nmod")) for c in children)
    return False


def _up_to_whom(verb, aux, children, first) -> bool:
    """"Het is aan u te beslissen", "Het is aan de gemeente te bepalen waar ...", "Dat is aan de
    rechter te beslissen": "aan" + a person or body (``person_word``) before the te-infinitive
    says who decides; the subject is "het", "dat" or "dit" or a clause, not a thing ("De kosten
    zijn aan de gemeente te betalen", "Het is aan de achterkant te openen" stay the passive), and
    the verb is no verb of the senses ("Dat is aan de cijfers te zien": where one sees it)."""
    subjects = [c for h in {verb, aux} for c in h.children if c.dep_ in {"nsubj", "nsubj:pass", "expl"}]
    if any(s.lower_ not in {"het", "dat", "dit"} for s in subjects):
        return False
    if verb.lemma_.lower() in _te_words("sense") or verb.lower_ in _te_words("sense"):
        return False  # "Dat is aan de cijfers te zien": where one sees it
    return any(t.dep_.startswith("obl") and t.head in (verb, aux) and t.i < first.i and person_word(t)
               and any(c.dep_ == "case" and c.lower_ == "aan" for c in t.children) for t in children)


# the labels a te-infinitive has under "vallen" ("Dat valt niet te zeggen")
VALLEN_DEPS = frozenset({"ccomp", "xcomp", "advcl"})


def modal_passive(te):
    """"De openingstijden zijn te vinden op de website", "Het formulier is aan te vragen",
    "Dat valt niet te zeggen": "zijn" or "vallen" + te + an infinitive is a passive that says
    what can or must be done, without saying who does it. Returns ("zijn" or "vallen", the
    infinitive), or None. Not "te" before an adjective ("te laat", "te duur", no infinitive),
    not "om te", not "hebben te" (DD103), not a te-infinitive of another word ("Wij zijn bereid
    te helpen": the subject acts), not an infinitive with a meaning of its own ("Dat is te
    doen", "te wijten aan"), and not "er" with an amount ("Er is veel te zien", "Wat is er te
    doen?"): everyday phrases about what there is."""
    verb = te.head
    if te.dep_ != "mark" or verb.i != te.i + 1 or verb.pos_ != "VERB" or "Inf" not in verb.morph.get("VerbForm"):
        return None
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ == "om" and not _time_of_day(c) for c in children):
        return None  # "Het is belangrijk om dat te weten", "Ik ben hier om te helpen" (not "om de
        # twee weken", "om 07:30", which the parse may call the "om" of "om te")
    aux = next((c for c in children if c.dep_ in {"aux", "aux:pass", "cop"} and c.lemma_.lower() == "zijn"), None)
    if aux is None and verb.dep_ in VALLEN_DEPS and verb.head.lemma_.lower() == "vallen":
        edge = verb.left_edge
        clause = _te_words("clause_preposition")  # "zonder", "in plaats": a clause of their own
        if edge.lower_ in clause or edge.i + 1 < len(edge.doc) and \
                f"{edge.lower_} {edge.doc[edge.i + 1].lower_}" in clause or any(
                c.dep_ == "mark" and c.lower_ != "te" for c in children):
            return None  # "Hij viel in slaap zonder de lamp uit te zetten": a clause of its own
        aux = verb.head
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if aux is None and after is not None and after.pos_ == "AUX" and after.lemma_.lower() == "zijn" \
            and after.dep_ in {"aux", "cop"} and after.head.pos_ not in {"VERB", "AUX"}:
        aux = after  # "die in de verordening te lezen zijn": the parse may hang "zijn" on a noun
        # (not on a verb of its own: "De link om je wachtwoord te resetten is verlopen")
    if aux is None and verb.dep_ in {"xcomp", "ccomp"} and verb.head.i < verb.i:
        head = verb.head
        if head.lemma_.lower() == "zijn" and head.pos_ in {"AUX", "VERB"}:
            aux = head  # "Het plan is op het stadhuis in te zien": the parse made "is" the main verb
        elif head.lower_ in _te_words("governor"):
            # "Het nummer is verplicht in te vullen": the parse hung the infinitive on "verplicht";
            # only a governor of a person with a thing as the subject makes the passive ("U bent
            # verplicht te betalen", "Wij zijn bereid te helpen": the subject acts)
            if _te_words("governor")[head.lower_] != "person" or _person_subject(head) or _person_as_subject(head) \
                    or any(c.dep_ in {"obj", "ccomp", "xcomp"} for c in children):
                return None
            aux = next((c for c in head.children if c.dep_ in {"cop", "aux"} and c.lemma_.lower() == "zijn"), None)
    if aux is not None and verb.dep_.startswith("csubj"):
        return None  # the subject of another word: "of het nodig is direct actie te ondernemen"
    if aux is None:
        aux = _zijn_before(te, verb)  # (the parse may call it the subject of the noun "is" hangs on)
    om = next((c for c in children if c.dep_ == "mark" and c.lower_ == "om"), None)
    if aux is None and om is not None and om.i > 0 and om.doc[om.i - 1].lemma_.lower() == "zijn" \
            and om.doc[om.i - 1].pos_ in {"AUX", "VERB"} and om.doc[om.i - 1].sent == te.sent:
        aux = om.doc[om.i - 1]  # "De container is om de twee weken aan de straat te zetten": the
        # parse made "is" the main verb and the infinitive a phrase of the subject
    if aux is None:
        return None
    deps = {c.dep_ for c in children if not (c.dep_ == "xcomp" and _te_words("governor").get(c.lower_) == "person")}
    # (a governor only of a person, such as 'vrij', is asked by _governed: "De gegevens zijn vrij te gebruiken")
    if "xcomp" in deps or ("obj" in deps and {"nsubj", "nsubj:pass"} & deps):
        return None  # "Wij zijn bereid te helpen", "... de kosten te betalen": the subject acts
    doc = verb.doc
    start = aux.i + 1 if aux.i < te.i else verb.left_edge.i
    if any(t.lower_ == "om" and not _time_of_day(t) for t in doc[start:te.i]):
        return None  # "Het doel is om de school in hout te bouwen" (not "om 7.30 uur")
    if _governed(doc, start, te, verb):
        return None  # "U bent in staat te werken", "Ik ben van plan te verhuizen"; "Dit is
        # makkelijk te lezen": the adjective says how it is
    if _aim_subject(verb, aux, children):
        return None  # "Onze taak is te zorgen voor veilige straten"
    first = _particle(te, verb) or te
    pronouns = {c.lower_ for h in (verb, aux) for c in h.children
                if c.pos_ == "PRON" and c.dep_ in {"expl", "nsubj", "obj"}}
    if aux.i < te.i and ("het" in pronouns or doc[aux.i + 1].lower_ == "het") and _extraposed_before(doc, aux, first, verb):
        return None  # "Het is goed te weten dat ...", "Het is tijd te gaan", "Is het verstandig online te
        # betalen?": the te-infinitive is the subject of the adjective or noun, "het" stands in for
        # it; not "Het is online aan te vragen", "Het is op de nieuwe website te vinden" ("is het
        # verstandig ... te laten": the parse may call "het" a determiner)
    if aux.i < te.i and aux.i >= 2 and doc[aux.i - 2].lower_ == "het" and _extraposed_token(doc[aux.i - 1]):
        return None  # "zodat het raadzaam is tijdig na te gaan ...": the order of a subclause, the
        # adjective before "is" ("dat het goed is te weten"); not "dat het formulier online is in te vullen"
    if aux.i < te.i and pronouns & {"dit", "dat"} and first.i - 1 > aux.i and _extraposed_token(doc[first.i - 1]):
        return None  # "Dit is belangrijk te weten", "Dat is fijn te horen": the adjective right before
        # the infinitive takes it (not "Dat is beter via de website te regelen")
    if _up_to_whom(verb, aux, children, first):
        return None  # "Het is aan u te beslissen": "aan u" says who does it
    fixed = _te_words("fixed")
    for form in (verb.lower_, verb.lemma_.lower()):
        if form in fixed and (not fixed[form] or fixed[form] in _prepositions(verb)):
            return None  # "Dat is te doen", "Dit is te wijten aan", "niet te spreken over"
    particle = next((c for c in children if c.dep_ == "compound:prt"), None)
    act = particle is not None and particle.lower_ + verb.lower_ in _te_words("sense_act")
    if (verb.lemma_.lower() in _te_words("sense") or verb.lower_ in _te_words("sense")) and not act and not any(
            _sense_place(c) for c in children):
        return None  # "Als de graffiti te lezen is" (leesbaar), "De toren is van ver te zien" (zichtbaar);
        # not "De brief is op de website te lezen", "Dat is aan de cijfers te zien"; "Dat is in het
        # donker niet te zien" (zichtbaar) has no place where one looks; "De klok is van ver af te
        # lezen", "Dat is hem niet aan te zien" are of the senses too, but a particle verb of
        # consulting is not (kind sense_act: "Het bestemmingsplan is in te zien", inzien)
    if _there_is(verb, aux, children):
        return None  # "In het water is geen vuil te vinden": what there is (er zit geen vuil), not
        # what someone can do; not "De uitslag is op de website te vinden" (u vindt de uitslag)
    around = children + (list(aux.children) if aux.head != verb else [])
    amounts = [c for c in around if c.lower_ in _te_words("amount") and "Rel" not in c.morph.get("PronType")]
    others = [c for c in around if c.dep_ in {"nsubj", "nsubj:pass", "obj", "expl"} and c not in amounts]
    er = any(c.lower_ == "er" for c in around)
    fronted = [c for c in amounts if c.i < aux.i and c.dep_ in {"nsubj", "nsubj:pass"} and c.lower_ != "wat"]
    if amounts and (er or not others) and (er or not fronted):
        return None  # "Er is veel te zien", "Hier is niets te halen", "Er valt niets te kiezen",
        # "Wat is er te doen?" (not "alles wat op de website te vinden is"); not an amount as the
        # subject before "is": "Alles is online te regelen" is the thing one does
    return aux, verb


def _there_is(verb, aux, children) -> bool:
    """Does "zijn te" + a verb of finding or perceiving say what there is (kind find)? So when
    its subject has a word of no or of a vague amount in front (kind there_is): "In de tekst
    zijn geen fouten te vinden" = "De tekst heeft geen fouten", "daar is nauwelijks vuil te
    vinden", "In het park zijn weinig vogels te zien". Not with a definite subject ("De uitslag
    is op de website te vinden", "Alle informatie is te vinden op ..."), nor with "niet" on the
    verb ("Het formulier is niet te vinden": the reader cannot find a thing that is there)."""
    if verb.lemma_.lower() not in _te_words("find") and verb.lower_ not in _te_words("find"):
        return False
    if any(c.dep_ == "compound:prt" for c in children):
        return False  # "op te zoeken", "terug te zien": another verb
    amount = _te_words("there_is")
    around = children + (list(aux.children) if aux.head != verb else [])
    for subject in (c for c in around if c.dep_ in {"nsubj", "nsubj:pass", "obj"}):
        if subject.lower_ in amount and not any(c.dep_ == "nmod" for c in subject.children):
            return True  # "Niets is daar te vinden"; not "Geen van de formulieren is ...": a
            # part of things that are known
        if any(t.lower_ in amount for t in subject.subtree if t.i < subject.i):
            return True  # "geen (of nauwelijks menselijke) ontlasting", "weinig vogels"
    # "daar nauwelijks vuil te vinden is": the parse may hang the amount on the verb, with the
    # noun as its complement; only right before the noun
    return any(c.lower_ in amount and c.dep_ == "advmod" and c.i + 1 < verb.i
               and verb.doc[c.i + 1].head == verb and verb.doc[c.i + 1].dep_ in {"xcomp", "obj", "nsubj"}
               for c in children)


def _particle(te, verb):
    """The particle of a particle verb right before "te" ("aan" in "aan te vragen"); the parse
    may call it a preposition of the verb (``case``)."""
    before = te.doc[te.i - 1] if te.i > 0 else None
    if before is not None and before.head == verb and before.dep_ in {"compound:prt", "case"} \
            and before.pos_ in {"ADP", "ADV"}:
        return before
    return None


# a token whose lemma is "zijn" or "vallen": the verb of every passive ``modal_passive`` finds
_ZIJN_LEMMAS = frozenset({"zijn", "vallen"})
_ZIJN_OR_VALLEN = FactColumn(lambda fact, _: fact.lemma.lower() in _ZIJN_LEMMAS)


def _zijn_near(table, i: int) -> bool:
    """Can ``modal_passive`` find its "zijn" or "vallen" for the "te" at token ``i`` outside the
    sentence of "te"? It looks for it only in that sentence (``_zijn_before``, the word before
    "om") and among the tokens the parse links to the infinitive right after "te": its
    children, its head and the head's children, and the word after it. In a sentence without
    "zijn" or "vallen" (most sentences with "te": "Wij proberen u te helpen") only those can
    hold it; read on the token table, without a Token."""
    verb = i + 1
    heads, facts = table.heads, table.facts
    if verb >= len(facts) or heads[i] != verb:
        return False  # no infinitive right after "te" as its head: modal_passive says None
    head = heads[verb]
    near = [*table.children(verb), head, *table.children(head)]
    if verb + 1 < len(facts):
        near.append(verb + 1)
    return any(facts[k].lemma.lower() in _ZIJN_LEMMAS for k in near)


def _zijn_before(te, verb):
    """"bij beeld is het aan te raden om ...": the parse hung "is" on a noun before it (``cop``);
    a form of "zijn" that stands before the te-infinitive with only "het", "er" or a short
    adverb between, and that is no auxiliary of another verb, is its "zijn"."""
    doc = te.doc
    first = _particle(te, verb) or te
    j = first.i - 1
    while j >= 0 and doc[j].lower_ in _te_words("between"):  # words that may stand between
        j -= 1
    if j < 0 or j == first.i - 1 and first is te:
        return None  # nothing between: a parse that hangs "is te" apart is no case for this
    tok = doc[j]
    if tok.pos_ == "AUX" and tok.lemma_.lower() == "zijn" and tok.dep_ in {"aux", "cop"} \
            and tok.head.pos_ not in {"VERB", "AUX"} and tok.sent == te.sent:
        return tok
    return None


def _modal_phrase(aux, te, verb) -> str:
    """"is te vinden", "is ... aan te vragen", "te vinden zijn": the words of the finding's message."""
    particle = _particle(te, verb)
    phrase = " ".join(t.text for t in ([particle] if particle is not None else []) + [te, verb])
    if aux.i > verb.i:
        return f"{phrase} {aux.text.lower()}"
    first = particle if particle is not None else te
    return f"{aux.text.lower()} {'... ' if first.i > aux.i + 1 else ''}{phrase}"


@register
class Passive(Rule):
    code = "DD102"
    name = "lijdende-vorm"
    category = "passive"
    severity = Severity.WARNING
    # status_lines: a program's status line ("Het bestand is niet gevonden") is no finding
    # (``_system_message``); on since the fortieth session: a blind judge (judge40c) called all
    # 8 findings it takes away on the halves A 'klopt niet'
    # routine_updates: how often a page or figure is brought up to date ("Wordt dagelijks
    # bijgewerkt") is no finding (``_routine_update``; rules41e, the written stance calls it
    # twijfel); off gives those findings back
    # bare_relatives: a relative clause of only its pronoun and its two verbs ("de data die worden
    # gebruikt") is no finding (``_bare_relative``; rules41e). Off: a blind judge (judge41) called
    # such clauses klopt on the revised stance ("de data die we gebruiken" reads well)
    # progress_lines: a program's line while the reader waits ("De betaling wordt momenteel
    # verwerkt.", "Code wordt gecontroleerd, even geduld.") is no finding (``_progress_line``;
    # rules41i, the revised stance calls a program's status line twijfel); off gives them back
    settings = {"state_severity": "suggestion", "status_lines": True, "routine_updates": True,
                "bare_relatives": False, "progress_lines": True}
    doc = RuleDoc(
        what=(
            "Zoekt zinnen in de lijdende vorm, zoals 'wordt gecontroleerd' en 'is verstuurd'. Ook 'is te vinden' "
            "en 'valt niet te zeggen': dat betekent dat iemand iets kan of moet doen, maar niet wie. "
            "Zo'n zin is een tip. Hoe zwaar die tip telt, stelt u in met state_severity, net als bij een "
            "toestand met 'zijn'."
        ),
        why=(
            "In de lijdende vorm staat niet wie iets doet. De lezer moet dat zelf bedenken. "
            "Een actieve zin is korter en duidelijker: eerst wie het doet, dan wat er gebeurt."
        ),
        source="Direct Duidelijk (https://www.directduidelijk.nl); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Lijdende vorm'",
        bad="Het formulier wordt door de gemeente gecontroleerd.",
        good="De gemeente controleert het formulier.",
        exceptions=(
            "'Ik word morgen 40', 'Hij wordt boos' en 'Wees voorzichtig' zijn geen lijdende vorm. "
            "Ook 'U bent verplicht', 'Het loket is gesloten', 'Uw aanvraag is afgerond', 'Het hek is zwaar "
            "beschadigd' en 'Deze pagina is automatisch bewaard' niet: dat is een toestand. Maar 'De tarieven zijn flink "
            "verhoogd' wel: daar besliste iemand. Ook niet 'De gegevens zijn opgeslagen in ons systeem' en 'De "
            "app is gekoppeld aan uw rekening': dat zegt waar iets staat of zit. 'Uw aanvraag is geregistreerd' "
            "en 'U bent opgenomen in het programma' meldt duidelijk wel: daar deed iemand iets. 'Uw gegevens worden automatisch ingevuld' en 'U wordt doorgestuurd "
            "naar de website' meldt duidelijk ook niet: dat doet de computer. Maar 'Uw aanvraag wordt automatisch "
            "afgewezen' wel: daar beslist de organisatie. Ook niet 'Het bestand is niet gevonden' of "
            "'De pagina kon niet worden geladen' als een losse regel: dat meldt een computerprogramma over wat "
            "het zelf deed. Wilt u die toch zien? Zet dan de instelling status_lines uit. "
            "Ook niet 'Wordt elke dag bijgewerkt' als een losse regel onder een tabel. De lezer wil weten hoe nieuw "
            "de cijfers zijn, niet wie ze bijwerkt. Wilt u die toch zien? Zet dan de instelling routine_updates uit. "
            "Ook niet 'De betaling wordt op dit moment verwerkt' of 'Code wordt gecontroleerd, even geduld' als een losse "
            "regel: zo meldt een computerprogramma dat het bezig is. Wilt u die toch zien? Zet dan de instelling "
            "progress_lines uit. "
            "Zet u de instelling bare_relatives aan? Dan meldt de regel ook geen korte bijzin als 'de gegevens "
            "die worden gebruikt'. Zo'n bijzin zegt alleen welke gegevens het zijn. "
            "En niet 'Veel mensen worden besmet': dat betekent 'besmet raken'. Ook niet 'hoeveel bedden bezet "
            "worden door patiënten': de bedden zijn in gebruik. 'Denkt u dat er drugs worden "
            "verkocht?' ook niet: wie het doet, weet niemand. Dat geldt ook voor 'Weet u of de woning wordt verhuurd?'. En niet 'Uw afspraak is geannuleerd' na "
            "'Wilt u uw afspraak annuleren?': de lezer deed het zelf. Ook niet 'De buurtdienst zorgt ervoor dat "
            "uw vuil wordt opgehaald': wie het doet, staat al vooraan. Dat geldt ook voor 'De medewerker "
            "besluit of uw aanvraag wordt toegekend'. En niet 'Uw aanvraag is ingediend': dat deed de lezer zelf. En niet 'De leverancier heeft ons laten "
            "weten dat de rolstoel is afgeleverd': dat vertelt een ander aan ons. Een "
            "andere zin met 'zijn' die een toestand kan zijn, is hoogstens een tip. Maar 'Er is gekozen voor ...' en "
            "'Hier is hard gewerkt' zijn geen toestand: er is niets of niemand die in die toestand is. Dat is "
            "de lijdende vorm, net als 'Er werd gekozen'. Zegt de zin wat er in een "
            "tekst staat, zoals 'In artikel 4 is opgenomen dat ...'? Dan vraagt duidelijk om 'staat'. "
            "Een nieuwe zin stelt duidelijk alleen voor als die goed leest. 'Ik ben te laat', 'Het huis is te koop', "
            "'Wij zijn bereid te helpen' en 'Dit is makkelijk te lezen' meldt duidelijk niet. Vaste zinnen als "
            "'Dat is te doen', 'Er is veel te zien' en 'Onze taak is te helpen' ook niet."
        ),
    )

    def check(self, ctx: Context):
        doc = ctx.document

        def word(tok):  # a placeholder as written in the template, not its mask word
            return doc.written(tok.idx, tok.idx + len(tok))

        table = token_table(ctx.doc)  # the candidates, found without a Token per token
        facts, strings = table.facts, ctx.doc.vocab.strings
        aux, aux_pass = strings["aux"], strings["aux:pass"]
        deps = table.deps
        # only an auxiliary "worden" or "zijn" can start a finding (the two tests below): the
        # text's auxiliaries by their labels at once, then those of each sentence by halves
        yield from self._modal_passives(ctx, table)
        # (and a "worden" the parse made a main verb, with a verb before it that hangs on it:
        # ``_stray_participle``; read on the token table, as most "worden" are auxiliaries)
        cop = strings["cop"]
        root = strings["ROOT"]
        main_worden = [i for form in WORDEN_FORMS for i in table.with_lower(strings[form])
                       if deps[i] != aux and deps[i] != aux_pass and deps[i] != cop
                       and (deps[i] == root or any(c < i and facts[c].pos in {"VERB", "PROPN"} for c in table.children(i)))]
        auxiliaries = [i for i in sorted(table.with_dep(aux) + table.with_dep(aux_pass) + table.with_dep(cop) + main_worden)
                       if facts[i].lemma.lower() in {"worden", "zijn"}]
        if not auxiliaries:
            return
        reported: set[int] = set()  # the participles with a finding: one passive, one finding
        for sent in ctx.prose_sentences:
            for i in auxiliaries[bisect_left(auxiliaries, sent.start):bisect_left(auxiliaries, sent.end)]:
                tok = ctx.doc[i]
                recovered = None
                if tok.dep_ not in AUX_DEPS:
                    # a "worden" the parse made a main verb ("bevorderd te worden")
                    verb = recovered = _stray_participle(tok)
                    if verb is None:
                        continue
                    with_als = None
                else:
                    with_als = _als_phrase_participle(tok) if tok.dep_ == "cop" else None
                    # (first on the token table: a verb right before, the head after it)
                    stray = None
                    if tok.dep_ == "cop" and with_als is None:
                        if i > 0 and facts[i - 1].pos == "VERB" and table.heads[i] > i:
                            stray = _stray_participle(tok)
                        if stray is None:
                            stray = _participle_of_subject(tok)  # "Op 6 mei is een aanvraag ... ingediend"
                    if stray is not None:
                        verb = recovered = stray  # "Zodra het in gebruik genomen is bepaald ..."
                    else:
                        if tok.dep_ == "cop" and with_als is None and (
                                facts[i].lemma.lower() != "zijn" or not _act_on_copula(tok)):
                            continue  # a copula: "De winkel is open"
                        if with_als is None and (tok.dep_ != "aux:pass" or tok.lemma_.lower() not in {"worden", "zijn"}):
                            if not _zijn_passive_read_as_perfect(tok, act=True if tok.dep_ == "cop" else None):
                                continue
                        verb = with_als if with_als is not None else tok.head
                if verb.i == tok.i:
                    continue
                if tok.dep_ == "aux:pass" and verb.pos_ not in {"VERB", "AUX"} and not _is_participle(verb):
                    # "Het bestand wordt dagelijks om 10:00 online gezet": the parse hung the
                    # passive "wordt" on a word before its participle; the participle is the
                    # first one after it in the same clause (no rewrite from such a parse)
                    verb = recovered = _participle_after(tok, sent)
                    if verb is None:
                        continue
                if tok.i > verb.i and any(c.dep_ == "aux:pass" and c.i < verb.i for c in verb.children):
                    # "Nadat er een account is aangemaakt wordt van je verwacht": the second
                    # auxiliary belongs to the next participle
                    later = _first_participle(tok, sent, _without_passive_aux)
                    if later is None and tok.i != verb.i + 1:
                        continue
                    # no participle after it: "tijdens dewelke nieuwe leden opgenomen worden"
                    # ("is er een kapittelzitting" before it is no auxiliary)
                    verb = later if later is not None else verb
                if tok.i > verb.i and _main_clause_after_short_clause(verb, tok):
                    # "Zoals afgesproken is de vergadering op maandag": "is" is the main clause's
                    # verb; its passive participle, if any, is the next one ("... is de
                    # vergadering verplaatst"), else there is none
                    verb = _participle_after(tok, sent)
                    if verb is None:
                        continue
                if tok.i < verb.i and tok.lemma_.lower() == "worden" and _own_final_auxiliary(verb, tok):
                    # "Ontvangen moet worden wat besteld is": the parse hung "worden" on the
                    # participle of the next clause, which has its own auxiliary at its end; the
                    # passive's participle stands before "worden"
                    verb = recovered = _participle_before(tok, sent)
                    if verb is None:
                        continue
                if _inflected_participle(verb):
                    # "is in de door de raad vastgestelde 'Visie 2030' opgenomen": the parse hung
                    # "is" on the participle before a noun, which has the adjective's -e and so is
                    # never the verb of a passive; the passive's is the bare participle after it
                    verb = _first_participle(verb, sent, lambda t: not _inflected_participle(t) and _without_passive_aux(t))
                    if verb is None:
                        continue
                if tok.lemma_.lower() == "worden" and verb.lower_ in becoming_participles() and _agent(verb) is None \
                        and (_person_subject(verb) or any(c.dep_ == "advmod" and c.lower_ in degree_words()
                                                          and _next_to(c, verb) for c in verb.children)):
                    continue  # "Ik word opgewonden", "Je kunt gestrest worden": what a person becomes;
                    # graded, what a thing becomes: "De sfeer wordt erg gespannen" (not "De kabel
                    # wordt gespannen": a thing is acted on)
                if tok.lower_ in {"geworden", "geweest"}:
                    continue  # "saai zijn geworden": a perfect of "worden", no passive auxiliary
                if verb.lower_ in {"geworden", "geweest"} and tok.i > 0 and _is_participle(tok.doc[tok.i - 1]):
                    verb = tok.doc[tok.i - 1]  # "die getekend worden ... zijn geworden": the
                    # parse hung "worden" on "geworden"; its participle stands right before it
                if verb.lower_ in {"geworden", "geweest"}:
                    continue  # "zijn geworden": a perfect of "worden", never a passive
                if recovered is None and not _is_participle(verb) and not (tok.dep_ == "aux:pass" and (
                        _participle_like_infinitive(verb)
                        or tok.lemma_.lower() == "worden" and _participle_tagged_finite(verb))):
                    continue
                if tok.lemma_.lower() == "zijn" and any(
                        c.dep_ == "mark" and c.lower_ == "te" and c.i == verb.i - 1 for c in verb.children):
                    continue  # "is te ondertekenen": a te-infinitive, no participle (_modal_passives);
                    # not "uitgevoerd te worden", where "te" goes with "worden"
                # (the children's labels and lemmas read from the token table, no Token each)
                nearer = [c for c in table.children(verb.i) if c != tok.i and (deps[c] == aux or deps[c] == aux_pass)
                          and abs(c - verb.i) < abs(tok.i - verb.i) and facts[c].lemma.lower() == "worden"]
                if nearer:
                    # "Dieren die niet schoongemaakt worden kunnen het slachtoffer worden": the
                    # passive auxiliary is the "worden" next to the participle, not the later one
                    if deps[nearer[0]] == aux_pass:
                        # that one gives the finding; this "wordt" is the auxiliary of a bare
                        # participle before it ("Ieder jaar wordt bepaald welke wijken worden
                        # schoongemaakt": the parse hung both on "schoongemaakt"; one participle
                        # never has two passive auxiliaries)
                        between = _participle_after(tok, sent) if tok.i < verb.i else None
                        if between is None or between.i >= nearer[0]:
                            continue
                        verb = recovered = between
                    else:
                        tok = ctx.doc[nearer[0]]
                if _compared(verb, tok):
                    verb = _participle_after_comparison(verb)
                    if verb is None:
                        continue  # "Er is sprake van oversterfte als meer mensen overlijden dan
                        # verwacht": "dan verwacht" is a short comparison; "is" belongs to "sprake"
                    # "Het werk wordt later dan gepland uitgevoerd": the parse hung "wordt" on
                    # "gepland"; the passive's participle is the one after the comparison
                if _participle_after_noun(verb, tok):
                    continue  # "Daardoor is het aantal meldingen gemeld op maandag veel hoger": the
                    # verb is "is ... hoger"; the participle belongs to the noun before it
                if verb.lower_ in PLACE_PARTICIPLES or verb.lower_ in NO_ACTIVE_PARTICIPLES:
                    continue  # "Het park is omgeven door water": where it lies, nobody acts;
                    # "die worden geboren": no active form
                if _test_result(verb):
                    continue  # "als veel mensen positief getest worden": the outcome of a test
                if _admitted_for_care(verb):
                    continue  # "Zij is in het ziekenhuis opgenomen": a hospital stay, nobody to name
                if tok.lemma_.lower() == "zijn" and verb.lower_ in HOLDING_PARTICIPLES and not _dated(verb):
                    continue  # "het aantal bedden dat is bezet door patiënten": who fills it, a state
                    # (not with a time: "De woning is in 2020 bezet door krakers" tells an act)
                if _noticed_by_speaker(verb, tok):
                    continue  # "Denkt u dat er drugs worden verkocht?": unknown people do it
                if _doer_named_before(verb) or _decided_by_subject(verb):
                    continue  # "De leverancier heeft ons laten weten dat ... is afgeleverd": the
                    # doer is named in the main clause, or the writer only passes it on; "De
                    # medewerker besluit of de aanvraag wordt toegekend": the one who decides
                if _runs_by_itself(verb, tok) or (self.options["routine_updates"] and _routine_update(verb, tok)) \
                        or (self.options["bare_relatives"] and _bare_relative(verb, tok)):
                    continue  # "Uw wijziging wordt automatisch verwerkt", "U wordt doorgestuurd naar
                    # de website van DigiD": a system does it, nobody a reader could name; "Wordt
                    # dagelijks bijgewerkt": how fresh the figures are, not who updates them
                if self.options["status_lines"] and _system_message(ctx.text, verb, tok):
                    continue  # "De gevraagde pagina is niet gevonden", "Het bestand kon niet worden
                    # gedownload": a program's status line, no one else to name
                if self.options["progress_lines"] and _progress_line(ctx.text, verb, tok):
                    continue  # "De betaling wordt momenteel verwerkt.", "Code wordt gecontroleerd,
                    # even geduld.": a program at work while the reader waits
                if _infected_person(verb, tok) or _seat_taken(verb, tok):
                    continue  # "Veel kinderen werden besmet" (besmet raken),
                    # "hoeveel IC-bedden bezet worden door patiënten" (in use)
                state = tok.lemma_.lower() == "zijn"
                if state and _agent(verb) is None and (perfect_with_zijn(verb) or _adjectival(verb)
                                                        or _person_perfect(verb)  # "U bent vergeten wie ..."
                                                        or _limit_reached(verb) or _person_state(verb)
                                                        or _readers_own_act(verb, tok) or _handed_in_by_reader(verb, tok)
                                                        or _label(verb, tok) or (_already(verb, tok) and not _text_place(verb))
                                                        or _reflexive_state(verb) or _with_success(verb)
                                                        or _kept_in_place(verb, tok)
                                                        or _numbered_step(ctx.text, tok) or _doer_named_after(verb)
                                                        or _reader_status_line(ctx.text, tok, verb)
                                                        or _obliged(verb)):
                    continue  # "U bent verhuisd": a perfect tense, not a passive
                if verb.i in reported:
                    continue  # "wanneer de R-waarde is gepubliceerd is door het RIVM": a doubled
                    # auxiliary, or two joined ones ("is en wordt gebruikt"), on one participle
                reported.add(verb.i)
                level = Severity.parse(self.options["state_severity"]) if state else self.level
                # (no rewrite where the parse hung the auxiliary on an "als" phrase: its subject
                # and objects are not where active_sentence looks)
                rewrite = active_sentence(verb, tok, word, ctx.is_placeholder) \
                    if with_als is None and recovered is None else None
                start, end = min(tok.idx, verb.idx), max(tok.idx + len(tok), verb.idx + len(verb))
                if rewrite or _agent(verb) is not None:
                    # with "door ...": a real passive, also with "zijn"; the rewrite only when
                    # it reads well
                    msg = "Deze zin is in de lijdende vorm. Zet voorop wie het doet."
                    suggestions = [rewrite] if rewrite else []
                    level = self.level
                elif state and _text_place(verb):
                    msg = (  # nobody acts: the plain verb is "staan"
                        f"Deze zin zegt wat er in een tekst staat. Schrijf liever 'staat' of 'staan' in plaats "
                        f"van '{tok.lower_} {verb.text}', zoals: 'In de brief staat dat ...'."
                    )
                    suggestions = []
                elif state and _impersonal_perfect(verb, tok):
                    msg = NO_DOER  # no subject, so no state: the perfect of a passive ("Er werd gekozen")
                    suggestions = []
                    level = self.level
                elif state:
                    msg = (
                        "Mogelijk een lijdende vorm. Gaat het om iets wat iemand doet? "
                        "Schrijf dan wie het doet."
                    )
                    suggestions = []
                else:
                    msg = NO_DOER
                    suggestions = []
                yield self.finding(ctx, start, end, msg, suggestions, severity=level)

    def _modal_passives(self, ctx: Context, table):
        """"zijn"/"vallen" + te + infinitive (``modal_passive``): a tip, with an example."""
        tes = table.with_lower(ctx.doc.vocab.strings["te"])
        if not tes:
            return
        zijn_at = _ZIJN_OR_VALLEN.of(table).nonzero()[0].tolist()
        for sent in ctx.prose_sentences:
            here = tes[bisect_left(tes, sent.start):bisect_left(tes, sent.end)]
            if here and bisect_left(zijn_at, sent.start) == bisect_left(zijn_at, sent.end):
                here = [i for i in here if _zijn_near(table, i)]  # no "zijn" or "vallen" in the sentence
            for i in here:
                te = ctx.doc[i]
                found = modal_passive(te)
                if found is None:
                    continue
                aux, verb = found
                particle = _particle(te, verb) or te
                start, end = min(aux.idx, particle.idx), max(aux.idx + len(aux), verb.idx + len(verb))
                who = ("Zet voorop wie het doet." if _agent(verb) is not None  # "door beide partijen te ondertekenen"
                       else "Maar er staat niet wie. Schrijf wie het doet, bijvoorbeeld 'u' of 'wij'.")
                msg = (
                    f"'{_modal_phrase(aux, te, verb)}' betekent dat iemand iets kan of moet doen. {who} Dus niet: "
                    "'Het formulier is aan te vragen bij de balie', maar: 'U kunt het formulier aanvragen bij de balie'."
                )
                yield self.finding(ctx, start, end, msg, [], severity=Severity.parse(self.options["state_severity"]))
