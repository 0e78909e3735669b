"""DD110 u-en-je and DD111 onpersoonlijk: how the letter addresses its reader.

Source: Direct Duidelijk; Schrijfwijzer van Gebruiker Centraal ("Spreek de lezer aan met u
of je, en houd dat vast"); Onze Taal, "U of je". Mixing "u" and "je" confuses; calling the
reader "de aanvrager" or "men" makes a letter distant. The salutation counts too: "Geachte"
with "je" in the text is a mix.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from duidelijk import dictionary, wordlists
from duidelijk.findings import Severity
from duidelijk.metrics import FactColumn, per_doc, token_table
from duidelijk.rules import base as rules_base
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.clauses import NEGATIONS, QUOTE_PAIRS, READER_POSSESSIVES, about_the_past, inside_double_quotes
from duidelijk.structure import LIST_MARKS, person_word
from duidelijk.verbs import PRESENT_FORMS, past_participle, regular_third_person, stem_from_infinitive, t_form

U_FORMS = {"u", "uw"}
JE_FORMS = {"je", "jij", "jou", "jouw", "jullie"}
ONE_READER_FORMS = frozenset({"jij", "jou", "jouw"})  # 'je' forms only one reader is spoken to with
READER_FORMS = U_FORMS | JE_FORMS  # every word that speaks to the reader
WRITER_FORMS = {"wij", "we", "ons", "onze"}  # the writers as a group
CLAUSE_DEPS = {"ccomp", "advcl", "acl", "acl:relcl", "xcomp", "csubj", "parataxis", "conj"}


# a clock time or a span of hours: "7.30", "19:00", "9-17", "9.00-17.00"
CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d{2}(?:-\d{1,2}(?:[.:]\d{2})?)?|\d{1,2}-\d{1,2}(?:[.:]\d{2})?")
# the words before a bare hour ("om 10 u", "tot 17 u", "voor 8 u")
HOUR_PREPOSITIONS = frozenset({"om", "tot", "van", "vanaf", "voor", "vóór", "na", "tussen", "rond", "omstreeks",
                               "en", "-"})


def hour_unit(doc, i: int) -> bool:
    """Is the 'u' at ``i`` the unit 'uur' after a clock time, not the reader: "voor 7.30 u",
    "van 9.00 tot 17.00 u", "om 10 u"? Dutch writes 'u' for 'uur' right after the hour; the
    pronoun never stands there (a subject 'u' follows its verb or opens the clause, an object
    stands after the subject). A bare number counts only as an hour up to 24 and after a word
    that goes with a time ("om 10 u", "tot 17 u"): "In artikel 7 u ..." is no Dutch either, but
    a number alone says less."""
    if i < 1 or doc[i].lower_ != "u":
        return False
    before = doc[i - 1].text
    if CLOCK_TIME.fullmatch(before):
        return True
    if not before.isdigit() or int(before) > 24 or i < 2:
        return False
    return doc[i - 2].lower_ in HOUR_PREPOSITIONS


def _clause_verb(tok):
    """The verb (or the top of the sentence) that ``tok`` belongs to: "u" in "Men verzoekt u"
    belongs to "verzoekt". The climb stops at the top of a clause without a verb of its own
    ("dat de stoep voor uw huis kapot is": "kapot", not the verb of the clause above)."""
    head = tok.head
    while (head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i
           and head.dep_ not in CLAUSE_DEPS and not any(c.dep_ == "cop" for c in head.children)):
        head = head.head
    return head


@register
class MixedAddress(Rule):
    code = "DD110"
    name = "u-en-je"
    category = "address"
    severity = Severity.WARNING
    doc = RuleDoc(
        what="Zoekt teksten die de lezer soms met 'u' en soms met 'je' aanspreken.",
        why="Wisselen tussen 'u' en 'je' verwart de lezer: is dit voor mij? Kies één vorm en houd die vast.",
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'U of je'",
        bad="Geachte mevrouw Smit, je kunt het formulier online invullen.",
        good="Geachte mevrouw Smit, u kunt het formulier online invullen.",
        exceptions=(
            "'je' in een citaat of vaste uitdrukking kan een keer goed zijn; markeer dat met een uitzondering. Een 'u' na een tijd telt niet. "
            "Dat is 'uur', zoals in 'voor 7.30 u'. "
            "'Jullie' mag in een tekst met 'u' als het gaat om de lezer en iemand anders samen: 'Zo "
            "bevestigt u met uw partner dat jullie willen trouwen.'"
        ),
    )

    def check(self, ctx: Context):
        u, je = [], []
        doc = ctx.doc
        table = token_table(doc)
        facts = table.facts
        readers = ctx.candidates(_READER.of(table, READER_FORMS))  # one numpy step: no Token for most words
        if rules_base.PREFILTER and not any(facts[i].lower in JE_FORMS for i in readers):
            return  # no "je" form at all: nothing to find (most texts say only "u")
        for i in readers:
            low = facts[i].lower
            if low not in READER_FORMS:
                continue
            tok = doc[i]
            if low in U_FORMS and tok.pos_ in {"PRON", "DET"}:
                if not hour_unit(doc, i):  # "voor 7.30 u": 'uur', not the reader
                    u.append(tok)
            elif (low in JE_FORMS and tok.pos_ in {"PRON", "DET"} and tok.dep_ not in {"expl:pv"}
                  and not ctx.is_postcode_letters(tok) and not (low == "jullie" and _reader_and_others(tok))):
                je.append(tok)
        formal = any(ctx.text[b.start : b.end].lower().startswith("geachte")
                     for b in ctx.document.blocks if b.kind == "salutation")
        if not je or not (u or formal):
            return
        minority, other = (je, "u") if len(u) >= len(je) or formal else (u, "je")
        if other == "je" and addressed_as(doc) == "jullie":
            other = "jullie"  # a text that speaks to a group: 'u' becomes 'jullie', not 'je'
        # why the other form is the text's own: it says it most (or as often: then 'u'), or the
        # letter opens with "Geachte", which goes with 'u' also where 'je' is said more often
        # (or 'u' nowhere: "Geachte mevrouw Smit, je kunt ..."): the message names that reason
        salutation = other == "u" and len(u) < len(je)
        for tok in minority:
            elsewhere = "de brief begint met 'Geachte'. Daarbij past 'u'" if salutation else f"elders '{other}'"
            message = f"Hier staat '{tok.text}', maar {elsewhere}. Spreek de lezer steeds op dezelfde manier aan."
            if tok.lower_ == "jullie" and other == "u":
                yield self._jullie(ctx, tok, message)
                continue
            if other == "jullie":
                yield self._to_jullie(ctx, tok, message)
                continue
            command = other == "u" and _imperative_object(tok)
            verb = None if command else _inverted_verb(tok)
            if verb is not None and other == "u" and _owner_after_t_form(tok, verb):
                verb = None  # "Klopt je adres?": "je" is "your", the verb keeps its form
            if verb is not None:
                # "kun je" is "kunt u", "gaat u" is "ga je": the verb before its subject changes too
                after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
                reflexive = other == "je" and after is not None and after.lower_ == "zich"
                form = u_form(verb) if other == "u" else je_form(verb, reflexive)
                if _person_is_object(verb, tok):
                    # "Zal je dat lukken?" is "Zal u dat lukken?", "Kun je dat lukken?" is "Kan u dat
                    # lukken?": "dat" is the subject, so the verb takes the form after "hij"
                    form = THIRD_PERSON_FORMS.get(verb.lower_, verb.lower_)
                if form:
                    form = form[:1].upper() + form[1:] if verb.text[:1].isupper() else form
                    end, alt = tok.idx + len(tok), f"{form} {other}"
                    if reflexive:
                        # "Bereidt u zich voor?" is "Bereid je je voor?"; "Meldt u zich aan." is "Meld je aan."
                        end = after.idx + len(after)
                        alt += "" if _command_form(verb) or _order_then(verb) else " je"
                    yield self.finding(ctx, verb.idx, end, message, suggestions=[alt])
                    continue
            verb = _verb_after_u(tok) if other == "je" else None
            if verb is not None:
                # "U heeft" is "Je hebt", "U kan" is "Je kunt": after "je" the verb keeps its "t" form
                form = _as_first(tok, "je") + " " + SUBJECT_FIRST_JE_FORMS[verb.lower_]
                yield self.finding(ctx, tok.idx, verb.idx + len(verb), message, suggestions=[form])
                continue
            if command:
                # "Meld je aan." is "Meld u aan.", "Neem je pas mee." is "Neem uw pas mee."
                possessive = _before_noun(tok)
            else:
                possessive = tok.lower_ in {"jouw"} or (tok.lower_ == "je" and (
                    tok.pos_ == "DET" or "Yes" in tok.morph.get("Poss") or tok.dep_ == "nmod:poss")
                    and not _after_verb_of_giving(tok))
            yield self.span_finding(
                ctx, tok, message,
                suggestions=[_as_first(tok, other if other == "je" else ("uw" if possessive else "u"))],
            )


    def _to_jullie(self, ctx: Context, tok, message: str):
        """'u' or 'uw' in a text that says 'jullie' to its readers: 'jullie' in its place ("uw
        aanvraag" -> "jullie aanvraag", "Wij bellen u" -> "Wij bellen jullie"). As the subject
        the verb changes too ("kunt u" -> "kunnen jullie", "U kunt" -> "Jullie kunnen"): only
        the message."""
        if tok.dep_.startswith("nsubj") or _inverted_verb(tok) is not None:
            return self.span_finding(ctx, tok, message, suggestions=[])
        if _one_readers_own(tok):
            message += " Is het van één lezer, zoals 'je partner'? Schrijf dan 'je'."
            return self.span_finding(ctx, tok, message, suggestions=[_as_first(tok, "je")])
        return self.span_finding(ctx, tok, message, suggestions=[_as_first(tok, "jullie")])

    def _jullie(self, ctx: Context, tok, message: str):
        """"jullie" in a text that says "u": "u" goes with the verb's form for one person
        ("Kunnen jullie" -> "Kunt u"; "u" can be more people too). As the subject after its
        verb, the proposal has both; as the subject elsewhere ("of jullie dit kunnen doen")
        the verb stands apart, so only the message ("u kunnen" is no Dutch); before a noun it
        is "uw" ("jullie aanvraag")."""
        if tok.dep_.startswith("nsubj"):
            verb = tok.doc[tok.i - 1] if tok.i > 0 else None
            if verb is None or verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm") \
                    or "Past" in verb.morph.get("Tense") or not verb.is_alpha or verb.i != tok.head.i and verb.head.i != tok.head.i:
                return self.span_finding(ctx, tok, message, suggestions=[])
            lemma = verb.lemma_.lower()
            form = PRESENT_FORMS[lemma][2] if lemma in PRESENT_FORMS else regular_third_person(lemma)
            form = form[:1].upper() + form[1:] if verb.text[:1].isupper() else form
            return self.finding(ctx, verb.idx, tok.idx + len(tok), message, suggestions=[f"{form} u"])
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        possessive = (tok.dep_ == "nmod:poss" or tok.pos_ == "DET" or _before_noun(tok)) \
            and not (nxt is not None and nxt.lower_ in PLURAL_STRESS)
        return self.span_finding(ctx, tok, message, suggestions=[_as_first(tok, "uw" if possessive else "u")])


# what joins the reader to other people: "u en uw partner", "u met uw kinderen", "u samen met uw gezin"
WITH_OTHERS = frozenset({"en", "met"})


def _reader_and_others(tok) -> bool:
    """Does "jullie" stand for a group the sentence made of the reader and people of the
    reader's before it ("Zo bevestigt u met uw partner dat jullie het huwelijk willen
    regelen", "Als u en uw kinderen verhuizen, krijgen jullie ...", "U kunt samen met uw
    partner komen, dan ...")? Then it is the plural of that group, not the reader spoken to
    with "je": "u" alone would leave out the others. "u en uw ..." joins two subjects;
    "u met uw ..." only with people after "uw" (``_people_after``), for "met" also names what
    the reader uses or brings ("Als u met uw DigiD inlogt, kunnen jullie ...": a mix)."""
    doc = tok.doc
    sent = tok.sent
    reader = False  # "u" stood before in the sentence
    for i in range(sent.start, tok.i - 2):
        low = doc[i].lower_
        if low == "u":
            reader = True
            joint = doc[i + 1].lower_
            if doc[i + 2].lower_ == "uw" and (joint == "en" or joint == "met" and _people_after(doc[i + 2])):
                return True  # "u en uw partner", "u met uw partner"
        elif reader and low == "samen" and i + 3 < tok.i and doc[i + 1].lower_ == "met" and doc[i + 2].lower_ == "uw":
            return True  # "U kunt ook samen met uw partner komen"
    return False


def _owned_noun(uw):
    """The noun that "uw" stands before: its head in the parse, else the first noun in the next
    three words; None without one."""
    doc = uw.doc
    if uw.dep_ == "nmod:poss" and uw.head.pos_ == "NOUN":
        return uw.head
    return next((t for t in doc[uw.i + 1 : min(len(doc), uw.i + 4)] if t.pos_ == "NOUN"), None)


@cache
def one_readers_people() -> frozenset[str]:
    """People of one reader, not of a group (``wordlists/one_readers_people.tsv``): "partner"."""
    return wordlists.words("one_readers_people", "noun")


def _one_readers_person(noun) -> bool:
    """Is the noun a person one reader of a group has alone ("partner", "echtgenote", also as the
    last part of a compound: "levenspartner"), not one the group shares ("kind", "familie",
    "huisarts")?"""
    people = one_readers_people()
    return any(w in people or any(w.endswith(p) for p in people if len(p) >= 6)
               for w in {noun.lower_, noun.lemma_.lower()})


def _one_readers_own(tok) -> bool:
    """In a text that speaks to a group with 'jullie' (a couple, a family), does "uw" name what
    belongs to one reader, so that the owner word for one reader, 'je', takes its place and not
    'jullie'? So for a person one reader has alone (``one_readers_people``: "uw partner", "de telefoon van uw partner": the partner of the
    one who reads, not of the couple; also "u partner", "u" for "uw" right before a person),
    and for a noun the text itself owns with 'je' or 'jouw' elsewhere and never with 'jullie'
    ("Kies je achternaam. Kies hier uw nieuwe achternaam.": each reader has one). A thing the
    group shares stays 'jullie' ("uw aanvraag", "uw keuzes"), and so do shared people ("uw kinderen", "uw huisarts")."""
    doc = tok.doc
    if tok.lower_ == "u":
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return nxt is not None and nxt.pos_ == "NOUN" and _one_readers_person(nxt) \
            and not any(c.dep_ == "det" for c in nxt.children)
    noun = _owned_noun(tok)
    if noun is None:
        return False
    if _one_readers_person(noun):
        return True
    owners = {word for i, word in _owners_by_noun(doc).get(noun.lemma_.lower(), ()) if i != tok.i}
    return bool(owners & {"je", "jouw"}) and "jullie" not in owners


_OWNERS = "duidelijk.address_owners"
_OWNER_WORDS = frozenset({"je", "jouw", "jullie"})


def _owners_by_noun(doc) -> dict[str, list[tuple[int, str]]]:
    """The nouns the text owns with 'je', 'jouw' or 'jullie' (``_owned_noun``), by lemma, each
    with where and by which word: made once per Doc (``_one_readers_own`` asks it for each
    "uw" of a text that says 'jullie'), from the token table's words, no Token for the others."""
    return per_doc(doc, _OWNERS, _make_owners_by_noun)


def _make_owners_by_noun(doc) -> dict[str, list[tuple[int, str]]]:
    owners: dict[str, list[tuple[int, str]]] = {}
    for i, facts in enumerate(token_table(doc).facts):
        if facts.lower in _OWNER_WORDS and (noun := _owned_noun(doc[i])) is not None:
            owners.setdefault(noun.lemma_.lower(), []).append((i, facts.lower))
    return owners


def _people_after(uw) -> bool:
    """Is the noun of "uw" a person or a body of people (``structure.person_word``: a noun of
    ``feeling_subjects``, also as a compound's last part, or with a person ending: "uw
    partner", "uw eigen kinderen", "uw gezin", "uw schoonmoeder", "uw mantelzorger"), not a
    thing ("uw aanvraag", "uw DigiD", "uw klachten")? The noun is the head of "uw" in the
    parse, else the first noun in the next three words."""
    doc = uw.doc
    noun = uw.head if uw.dep_ == "nmod:poss" and uw.head.pos_ == "NOUN" else next(
        (t for t in doc[uw.i + 1 : min(len(doc), uw.i + 4)] if t.pos_ == "NOUN"), None)
    return noun is not None and noun.pos_ == "NOUN" and person_word(noun)


QUOTE_MARKS = frozenset({"'", '"', "‘", "“", "„"})
# what may stand before the first word of a sentence on its line: a bullet, a quote or a bracket
OPENING_MARKS = LIST_MARKS | {"("} | QUOTE_MARKS


def _as_first(tok, word: str) -> str:
    """The word that takes the place of ``tok``, with a capital when ``tok`` is the first word
    of its sentence ("U kunt ..." -> "Je kunt ...", "Je kunt ..." -> "U kunt ..."). A capital
    "U" inside a sentence is the old polite capital: "je" then has none."""
    if not tok.text[:1].isupper():
        return word
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and (doc[k].text in OPENING_MARKS or doc[k].is_space and "\n" not in doc[k].text):
        k -= 1
    first = tok.is_sent_start or k < 0 or doc[k].is_space or doc[k].text in {".", "!", "?", ":"}
    # a quoted label or title opens with a capital, also inside a sentence: "Klik op de knop 'Uw
    # gegevens opslaan'" -> "'Je gegevens opslaan'"
    quoted = any(doc[j].text in QUOTE_MARKS for j in range(k + 1, tok.i))
    return word[:1].upper() + word[1:] if first or quoted else word


# words after "jullie" that stress the many, no noun it owns ("Jullie beiden krijgen een
# brief" is "U beiden", not "Uw beiden")
PLURAL_STRESS = frozenset({"beiden", "allebei", "allen", "allemaal", "samen", "zelf", "twee", "drie"})


# The forms with "u" and with "je" after the verb ("Kunt u", "Kun je") where they are not the
# stem with and without "t" (verbs.PRESENT_FORMS); the form after "hij" goes with either ("Kan
# je" -> "Kunt u", "Heeft u" -> "Heb je"). "u" or "je" after "is" and "zal" is mostly no
# subject but the person something happens to ("Is u iets opgevallen?", "Is u bekend dat",
# "Zal u dat lukken?"), and "zal je" is as good as "zul je". So before "je" both keep their
# form (KEEP_BEFORE_PERSON: "Is u" -> "Is je", "Zal u" -> "Zal je"). Before "u" "is" does
# ("Is je iets opgevallen?" -> "Is u"); "zal" becomes "zult" ("Zal je" -> "Zult u"), except
# with a verb whose person is no subject and a thing after it: then the verb takes the form
# after "hij" ("Zal je dat lukken?" -> "Zal u", "Kunt u dat lukken?" -> "Kan je": _person_is_object)
KEEP_BEFORE_PERSON = {"is", "zal"}
# the verb right after a subject "u" that takes another form after "je" ("U heeft" -> "Je hebt",
# "U kan" -> "Je kunt"): the form after "hij" goes with "u", the form with "t" with "je"
SUBJECT_FIRST_JE_FORMS = {third: u for _, _, u, third in PRESENT_FORMS.values() if third != u}
INVERTED_U_FORMS = {**{third: u for _, _, u, third in PRESENT_FORMS.values() if third != u},
                    **{je: u for _, je, u, _ in PRESENT_FORMS.values()}, "is": "is"}
INVERTED_JE_FORMS = {**{third: je for _, je, _, third in PRESENT_FORMS.values() if third not in KEEP_BEFORE_PERSON},
                     **{u: je for _, je, u, _ in PRESENT_FORMS.values()}}


@cache
def person_object_verbs() -> frozenset[str]:
    """Verbs whose person is the one something happens to (``wordlists/person_object_verbs.tsv``:
    "lukken", "bevallen", "opvallen")."""
    return wordlists.words("person_object_verbs", "verb")


# every present form of an irregular verb -> its form after "hij" ("kun", "kunt" -> "kan")
THIRD_PERSON_FORMS = {form: forms[3] for forms in PRESENT_FORMS.values() for form in forms}
# what may be the subject of such a verb after the person: "Zal je dat lukken?", "Is je iets opgevallen?"
THING_DEPS = frozenset({"nsubj", "obj", "expl", "nsubj:pass"})


def _person_is_object(verb, tok) -> bool:
    """Is ``verb`` the auxiliary of one of ``person_object_verbs`` with a thing after the
    person ``tok`` that can be its subject ("Zal je dat lukken?", "Is je iets opgevallen?")?
    Then "je" is the person it happens to, not the subject. Without such a thing the person
    is the subject ("Ben je opgevallen bij de keuring?" -> "Bent u")."""
    head = verb.head
    return verb.dep_ == "aux" and head.lemma_.lower() in person_object_verbs() and any(
        c.dep_ in THING_DEPS and c.i > tok.i and c.pos_ in {"PRON", "NOUN", "PROPN"} for c in head.children)


def _verb_after_u(tok):
    """The finite verb right after a subject "u" whose form after "je" differs ("U heeft",
    "u kan"; not "U hebt", "u kunt", "u werkt", which "je" takes as they are); else None."""
    doc = tok.doc
    if tok.lower_ != "u" or not tok.dep_.startswith("nsubj") or tok.i + 1 >= len(doc):
        return None
    verb = doc[tok.i + 1]
    if verb.lower_ not in SUBJECT_FIRST_JE_FORMS or verb.pos_ not in {"VERB", "AUX"} \
            or "Fin" not in verb.morph.get("VerbForm"):
        return None
    return verb if verb.i == tok.head.i or verb.head.i == tok.head.i else None


def _inverted_verb(tok):
    """The finite verb right before a subject "je"/"u" ("Kun je", "ga je", "Kunt u"): with the
    subject after it, "je" takes the verb without "t" and "u" the verb with "t"."""
    if tok.i == 0 or tok.lower_ not in {"je", "jij", "u"}:
        return None
    verb = tok.doc[tok.i - 1]
    if _question_stem(verb, tok):
        return verb  # "Verhuis je binnenkort?": the tagger calls "Verhuis" a name
    if not tok.dep_.startswith("nsubj") and not _stem_question(tok, verb) and not _stem_after_topic(tok, verb):
        return None
    if verb.i > 0 and verb.doc[verb.i - 1].lower_ in SUBJECT_PRONOUNS:
        return None  # "Wij leren je de regels": the subject is before the verb, "je" is its object
    if verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm") \
            or "Past" in verb.morph.get("Tense") or not verb.is_alpha:
        return None
    return verb


@cache
def giving_verbs() -> frozenset[str]:
    """Verbs with a person and a thing after them (``wordlists/giving_verbs.tsv``: "Dit geeft
    je recht op", "Dat kost je geld"): a "je" right after them is that person ("u"), even
    before a noun without an article."""
    return wordlists.words("giving_verbs", "verb")


def _opens_sentence(verb, after_marks: bool = False) -> str | None:
    """The last token of the sentence that ``verb`` is the first word of (spaces aside; with
    ``after_marks`` also marks before it: a bullet, a quote): "?", ".", "!" or another; None
    when the verb is not its first word. The one scan of the sentence that the questions,
    orders and conditions below read."""
    words = [t for t in verb.sent if not t.is_space]
    first = next((t for t in words if not t.is_punct), None) if after_marks else words[0]
    return words[-1].text if first is not None and first.i == verb.i else None


def _stem_question(tok, verb) -> bool:
    """A question that starts with the bare stem of a verb and "je" after it ("Vraag je
    bijstand aan?"): the question needs a subject, and the stem without "t" is the form
    before "je", so "je" is the subject, whatever the tagger says ("your"). Also a heading
    that asks without its "?" (``_heading_question``)."""
    return (tok.lower_ == "je" and verb.pos_ in {"VERB", "AUX"} and verb.is_alpha
            and (_opens_sentence(verb) == "?" or _heading_question(tok, verb))
            and not verb.lower_.endswith("t") and "Past" not in verb.morph.get("Tense")
            and is_verb_stem(verb.lower_))  # not "Is je aanvraag klaar?"


# the forms after "hij" that are also the stem ("kan", "zal", "wil", "mag"): "Dan kan je
# moeder bellen" may be "your mother can call", so the stem says nothing there and the tagger
# decides (it calls this "je" the subject: "kunt u", which is one of the two readings)
THIRD_PERSON_STEMS = frozenset(third for _, _, _, third in PRESENT_FORMS.values())


def _stem_after_topic(tok, verb) -> bool:
    """A main clause with a word or clause before its verb, the bare stem of that verb and "je"
    after it ("Dan heb je recht op geld", "Als je verhuist, krijg je een brief"): without "ik"
    before it, the stem without "t" needs "je" as its subject, whatever the tagger says
    ("your"). Not a stem that is also the form after "hij" ("Dan kan je moeder bellen": the
    tagger decides), nor
    the first word of a sentence ("Geef je formulier af.": an order), nor the first word of a
    clause after a label, "en" or "ja," unless the sentence asks ("Let op: neem je paspoort
    mee", "Bel ons en geef je adres door" are orders; "En heb je een vraag?" is no order)."""
    low = verb.lower_
    if tok.lower_ != "je" or verb.pos_ not in {"VERB", "AUX"} or not verb.is_alpha or low.endswith("t") \
            or low in THIRD_PERSON_STEMS or "Past" in verb.morph.get("Tense"):
        return False
    before = [t for t in verb.sent if t.i < verb.i and not t.is_space and not t.is_punct]
    if not before or before[-1].lower_ in SUBJECT_PRONOUNS:
        return False  # "Geef je formulier af.", "Ik heb je brief"
    # after "dus" the verb comes before its subject, as after "dan"; a verb that gives no
    # order there ("Dus heb je recht op geld", "Dus ben je te laat") has "je" as its subject.
    # Another verb may give an order ("Dus neem je paspoort mee."): the tagger decides.
    statement = before[-1].lower_ == "dus" and (low in NO_ORDER_FORMS or verb.lemma_.lower() in NO_ORDER_VERBS)
    if _clause_opens_at(verb) and not statement and [t for t in verb.sent if not t.is_space][-1].text != "?":
        return False  # "Let op: neem je paspoort mee.", "Bel ons en geef je adres door.": an order
    return is_verb_stem(low)


# words that join two main clauses or only answer: the verb after them starts its clause, so
# a bare stem there is an order ("Bel ons en geef je adres door", "Ja, stuur je formulier op")
CLAUSE_JOINERS = frozenset({"en", "maar", "of", "dus"})
INTERJECTIONS = frozenset({"ja", "nee", "oké", "ok", "o", "oh", "nou", "goed"})


def _clause_opens_at(verb) -> bool:
    """Does ``verb`` start its clause although words stand before it in the sentence: after a
    new line, a label with ":" or ";" ("Let op: neem", "Stap 1: vul"), a joining word ("en",
    "maar", "of", "dus") or only an answer word with a comma ("Ja, stuur")?"""
    sent_start = verb.sent.start
    for i in range(verb.i - 1, sent_start - 1, -1):
        t = verb.doc[i]
        if t.is_space:
            if "\n" in t.text:
                return True
            continue
        if t.text in {":", ";"} or t.lower_ in CLAUSE_JOINERS:
            return True
        if t.text == ",":
            words = [w for w in verb.doc[sent_start:i] if not w.is_space and not w.is_punct]
            return bool(words) and all(w.lower_ in INTERJECTIONS for w in words)
        return False
    return False


def _owner_after_t_form(tok, verb) -> bool:
    """Is "je" after a verb with the "t" that "je" as its subject would drop, and before a noun
    ("Klopt je adres?", not "Klop je"): then it is "your", as the noun says."""
    low = verb.lower_
    return tok.lower_ == "je" and low.endswith("t") and je_form(verb) == low[:-1] and _before_noun(tok) \
        and tok.doc[tok.i + 1].pos_ == "NOUN"


def _after_verb_of_giving(tok) -> bool:
    """Is this "je" right after a verb of giving ("geeft je recht op", "kost je geld",
    "bieden je hulp aan")? Then it is the person, not "your": the tagger calls it possessive.
    Not when the verb has its person already ("Wij geven je dossier aan de rechter", "biedt je
    verzoek aan de raad aan"), nor with an infinitive after the noun ("Wij leren je kind
    zwemmen"): then "je" is "your"."""
    if tok.i == 0:
        return False
    verb = tok.doc[tok.i - 1]
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    rest = [t for t in tok.sent if t.i > tok.i + 1]
    if any(t.lower_ == "aan" and t.dep_ == "case" and t.head.pos_ in {"NOUN", "PROPN", "PRON"} for t in rest):
        return False  # "aan de rechter": the person who gets it
    if any(t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm") and t.doc[t.i - 1].lower_ != "te"
           and t.i > tok.i + 1 and t.doc[t.i - 1].pos_ in {"NOUN", "PROPN"} for t in rest):
        return False  # "leren je kind zwemmen"
    particles = [c.lower_ for c in verb.children if c.dep_ == "compound:prt"]
    lemma = verb.lemma_.lower()
    if particles:  # "Wij geven je aanvraag door": "doorgeven" is no verb of giving
        return particles[0] + lemma in giving_verbs()
    return lemma in giving_verbs() or verb.lower_ in {"geef", "geeft", "kost", "bied", "biedt", "wens", "wenst"}


# modals and auxiliaries: a sentence that starts with them is a question or a condition, also
# with a full stop ("Wil je dit formulier invullen.", "Kun je ons even bellen."), never an order
NO_ORDER_VERBS = frozenset({"willen", "kunnen", "mogen", "zullen", "moeten", "hebben", "zijn", "worden"})
NO_ORDER_FORMS = frozenset({"wil", "wilt", "kun", "kunt", "kan", "mag", "zal", "zul", "zult", "moet", "heb", "hebt",
                            "ben", "bent", "word", "wordt"})
# subject pronouns: a "je" after "Wij leren" is the object, not an inverted subject
SUBJECT_PRONOUNS = frozenset({"ik", "wij", "we", "hij", "zij", "ze", "men"})


def _command_form(verb) -> bool:
    """Is the verb the first word of a sentence that ends in "." or "!" with no comma after
    the verb ("Meld je aan via de website.", "Meldt u zich aan.")? Then it gives an order:
    "je"/"u" after it is no subject that changes the verb ("Word je ziek, bel dan" is one)."""
    return _opens_sentence(verb, after_marks=True) is not None and _order_end(verb) is not None


def _order_end(verb) -> str | None:
    """The test that ``_command_form`` and ``_order_after_label`` share: the mark that ends the
    sentence of the verb, "." or "!", with no ",", ";" or ":" after the verb, and the verb no
    modal or auxiliary ("Wil je dit formulier invullen.": a question with a full stop); None
    when it is no order."""
    if verb.lemma_.lower() in NO_ORDER_VERBS or verb.lower_ in NO_ORDER_FORMS:
        return None
    rest = [t for t in verb.sent if t.i > verb.i and not t.is_space]
    if not rest or rest[-1].text not in {".", "!"} or any(t.text in {",", ";", ":"} for t in rest):
        return None
    return rest[-1].text


def _order_then(verb) -> bool:
    """An order at the start of a sentence, with a comma and "dan" after it ("Meldt u zich voor
    1 maart bij de balie, dan krijgt u een pas.")? Not a question, and not "Vergist u zich, bel
    dan" (there the part after the comma is the order)."""
    if _opens_sentence(verb) in {None, "?"}:
        return False
    comma = next((t for t in verb.sent if t.i > verb.i and t.text == ","), None)
    return comma is not None and comma.i + 1 < len(verb.doc) and verb.doc[comma.i + 1].lower_ == "dan"


def _imperative_object(tok) -> bool:
    """"je" right after the verb of an order ("Meld je aan.", "Neem je pas mee."): the
    reflexive or "your", not the subject (the tagger calls it a subject)."""
    return tok.lower_ == "je" and tok.i > 0 and (_command_form(tok.doc[tok.i - 1])
                                                 or _order_after_label(tok.doc[tok.i - 1])
                                                 or _list_step(tok))


# what may stand before the verb of a list step on its line: a bullet or a number with "." or
# ")" ("- vul", "1. Vul", "2) Stuur"); a label with ":" is read by ``_clause_opens_at``
LIST_MARKERS = LIST_MARKS | {".", ")"}


def _line_of(tok) -> tuple[list, list]:
    """The words of ``tok``'s line before it and after it, spaces left out."""
    doc, before, after = tok.doc, [], []
    for i in range(tok.i - 1, -1, -1):
        if doc[i].is_space and "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            break
        if not doc[i].is_space:
            before.append(doc[i])
    for i in range(tok.i + 1, len(doc)):
        if doc[i].is_space and "\n" in doc[i].text:
            break
        if not doc[i].is_space:
            after.append(doc[i])
        if "\n" in doc[i].whitespace_:
            break
    return before[::-1], after


def _list_step(tok) -> bool:
    """Is "je" right after the bare stem of a verb that starts a line of its own, with no mark
    at the end of the line: a step in a list ("Stap 1: vul je gegevens in", "- vul je gegevens
    in", "1. Stuur je formulier op")? Lists often have no full stop, and such a line gives an
    order, like a sentence with "." (``_command_form``). "je" must be "your" before a noun ("vul
    je gegevens in", only after a bullet, a number or a label: "Krijg je bijstand" alone may
    ask) or the reflexive before the last particle of a verb that goes with "zich" ("meld je
    aan", "meld je snel aan"; not "Kom je langs"): a heading that asks without its "?" has "je" as its subject
    before other words ("Verhuis je binnenkort", "Ga je verhuizen"), and so does a modal,
    "hebben" or a verb of getting ("Heb je vragen", "krijg je toeslagen"): those stay with the
    tagger. Before the verb only a bullet, a number or a label with ":"."""
    verb = tok.doc[tok.i - 1]
    if verb.pos_ not in {"VERB", "AUX"} or not verb.is_alpha or "Past" in verb.morph.get("Tense") \
            or verb.lemma_.lower() in NO_ORDER_VERBS | RECEIVING_VERBS or verb.lower_ in NO_ORDER_FORMS:
        return False
    before, after = _line_of(verb)
    if before and not (all(t.is_punct or t.text in LIST_MARKERS for t in before)
                       or len(before) == 2 and before[0].like_num and before[1].text in {".", ")"}
                       or before[-1].text == ":"):
        return False
    if len(after) < 2 or any(t.is_punct and t.text not in INSERT_MARKS for t in after) \
            or after[-1].is_punct and after[-1].text != ")":
        return False  # a mark at the end or inside: a sentence, read by the rules above (not
        # brackets or a dash: an insert, "3. Laat je pas (en je kaartje) zien bij de ingang")
    nxt = after[1] if after[0].i == tok.i else None
    if nxt is None:
        return False
    # "your" only on a line with a bullet, a number or a label: a bare line "Krijg je bijstand"
    # is a heading that asks as often as a step
    your = bool(before) and _before_noun(tok)
    last = after[-1]  # "meld je aan", "meld je snel aan", "geef je vandaag nog op"
    reflexive = (last.dep_ == "compound:prt" or last.pos_ == "ADP") and _reflexive_with(verb, last)
    return (your or reflexive) and is_verb_stem(verb.lower_)


# marks of an insert inside a line: no sentence mark ("- neem je pas (of je rijbewijs) mee")
INSERT_MARKS = frozenset({"-", "(", ")"})


# verbs of getting: they give no order, so "je" after their stem is the subject ("Vraag 2:
# krijg je toeslagen" asks)
RECEIVING_VERBS = frozenset({"krijgen", "ontvangen"})


@cache
def reflexive_particle_verbs() -> frozenset[str]:
    """Verbs with a particle that go with "zich" (``wordlists/reflexive_particle_verbs.tsv``:
    "aanmelden", "inschrijven", "voorbereiden")."""
    return wordlists.words("reflexive_particle_verbs", "verb")


def _reflexive_with(verb, particle) -> bool:
    """Does the verb with this particle go with "zich" ("meld ... aan": "zich aanmelden"), so
    that "je" between them is the reflexive? Not "Kom je langs", "Loop je vast": there "je"
    is the subject."""
    lemmas = set(dictionary.verb_lemmas(verb.lower_)) | {verb.lemma_.lower()}
    return any(particle.lower_ + lemma in reflexive_particle_verbs() for lemma in lemmas)


def _order_after_label(verb) -> bool:
    """The bare stem of a verb that starts its clause after a label, a new line, "en" or
    "maar", in a sentence that ends in "." or "!" with no comma after the verb ("Let op:
    neem je paspoort mee.", "Daarna: stuur je formulier naar ons."): an order, as at the start
    of a sentence, although the tagger calls "je" its subject. After "dus" only with "!" ("Dus
    krijg je geld terug." tells), never a modal ("Let op: kun je niet komen, bel dan."). The
    clause opens as ``_clause_opens_at`` says (also after "of", ";" and "ja,")."""
    if verb.pos_ != "VERB" or not verb.is_alpha or "Past" in verb.morph.get("Tense"):
        return False
    end = _order_end(verb)
    if end is None:
        return False
    prev = next((t for t in reversed(verb.doc[verb.sent.start : verb.i]) if not t.is_space), None)
    if prev is None or not _clause_opens_at(verb):
        return False
    if prev.lower_ == "dus" and end != "!":
        return False  # "Dus krijg je geld terug." tells; "Dus vergeet je afspraak niet!" orders
    return is_verb_stem(verb.lower_)


def _before_noun(tok) -> bool:
    """Does a noun follow, maybe after an adjective ("je pas", "je nieuwe pas")? An adjective
    in "-e" stands before a noun ("nieuwe"); "goed" in "Bereid je goed voor" does not."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return False
    return nxt.pos_ in {"NOUN", "PROPN"} or (nxt.pos_ == "ADJ" and nxt.lower_.endswith("e") and len(nxt) > 3)


def _heading_question(tok, verb) -> bool:
    """A line of its own with no mark at all that starts with the verb, and "je" after it
    before no noun and no last particle ("Verhuis je binnenkort", "Woon je in Utrecht"): a
    heading that asks, with its "?" left out. "je" is the subject there; before a noun ("Zoek
    je werk") it may be an order with "your", which the tagger decides, and a line that ends
    in a particle, right after "je" or further on, gives an order ("Meld je aan", "Meld je
    snel aan": ``_list_step`` and the tagger decide)."""
    before, after = _line_of(verb)
    if before or len(after) < 2 or any(t.is_punct for t in after) or after[0].i != tok.i:
        return False
    last = after[-1]
    return not _before_noun(tok) and not (last.i > tok.i and (last.dep_ == "compound:prt" or last.pos_ == "ADP"))


def _question_stem(verb, tok) -> bool:
    """Is this the first word of a question and the stem of a verb the word list knows
    ("Verhuis je binnenkort?", or a heading without its "?": ``_heading_question``),
    whatever the tagger calls it?"""
    if verb.pos_ in {"VERB", "AUX"} or not verb.is_alpha or not verb.text[:1].isupper():
        return False
    if _opens_sentence(verb) != "?" and not (tok.lower_ == "je" and _heading_question(tok, verb)):
        return False
    low = verb.lower_
    return is_verb_stem(low)


def _verb_stems(word: str) -> set[str]:
    """The stems of the verbs of the word list that ``word`` may be a form of."""
    words = dictionary._words()  # the word list's own entries: "werkten" is a form, not a verb
    listed = words.contains if words is not None else dictionary.exists
    return {stem_from_infinitive(v) for v in dictionary.verb_lemmas(word) if listed(v)}


def is_verb_stem(word: str) -> bool:
    """Is ``word`` (lower case) the bare stem of a verb the word list knows ("meld", "vul",
    "beschrijf"), the form of an order or of a verb before "je"?"""
    return word in _verb_stems(word)


def u_form(verb) -> str:
    """"kun" -> "kunt", "ga" -> "gaat", "werk" -> "werkt", "moet" -> "moet"."""
    word = verb.text.lower()
    if word in INVERTED_U_FORMS:
        return INVERTED_U_FORMS[word]
    return t_form(word)


def je_form(verb, reflexive: bool = False) -> str:
    """"kunt" -> "kun", "gaat" -> "ga", "werkt" -> "werk", "moet" -> "moet", "zet" -> "zet";
    with "zich" after it the verb without "t" wins where the word list has both ("Vergist u
    zich" is "vergissen", not "vergisten": "Vergis je je")."""
    word = verb.text.lower()
    if word in INVERTED_JE_FORMS:
        return INVERTED_JE_FORMS[word]
    if not word.endswith("t"):
        return word
    if reflexive and word[:-1] in _verb_stems(word):
        return word[:-1]
    # the stem of the verb the word list knows: "moet" (moeten), "let" (letten), "praat"
    # (praten) keep their "t", "werkt" (werken) loses it; at the start of a sentence the
    # tagger often gives "Moet" as its own lemma, so the lemma alone cannot tell
    stems = _verb_stems(word)
    if word in stems:
        return word
    if word[:-1] in stems:
        return word[:-1]
    for long_form, short in INVERTED_JE_FORMS.items():
        if len(long_form) >= 4 and word.endswith(long_form):  # "ontstaat" -> "ontsta", "voldoet" -> "voldoe"
            return word[: -len(long_form)] + short
    lemma = verb.lemma_.lower()
    if lemma == word or not lemma.endswith("en"):
        return word  # not sure: the verb as it stands ("Eet u" -> "Eet je")
    return word if lemma.endswith("ten") else word[:-1]


@cache
def impersonal_terms() -> dict[str, list[str]]:
    return {r["term"]: wordlists.alternatives(r["suggestion"]) for r in wordlists.load("impersonal")}


def _is_term(fact, terms) -> bool:
    """Is the form or the lemma of a token with these facts (``metrics._Facts``) one of ``terms``?"""
    return fact.lower in terms or fact.lemma.lower().replace("_", "") in terms


# per token fact: is its form or lemma on the list given (``impersonal_terms``)? / a word that
# speaks to the reader (``READER_FORMS``)? Worked out once per fact per process
_TERM = FactColumn(_is_term)
_READER = FactColumn(lambda fact, forms: fact.lower in forms)
_COUNTED = frozenset(READER_FORMS | WRITER_FORMS)  # what DD111 counts in a text
_COUNT = FactColumn(lambda fact, forms: fact.lower in forms)  # a column per list: a new list starts it over
_ADDRESSED_AS = "duidelijk.addressed_as"  # Doc.user_data: the answer of ``addressed_as``


def addressed_as(doc) -> str:
    """How the text speaks to its reader, for the examples in a rule's advice: 'je' when it
    says a 'je' form ('je', 'jij', 'jou', 'jouw', 'jullie') more often than 'u' or 'uw', and
    'jullie' when it then speaks to a group: 'jullie' more often than a 'je' form that can only
    be one reader ('jij', 'jou', 'jouw', and 'je' as the subject: "je kunt"; the 'je' of "jullie
    melden je aan" and of "jullie kunnen je pas ophalen" goes with 'jullie' too); else 'u' (also
    in a text that speaks to no reader). Every word of the Doc counts, prose or not (DD111's
    'men' and 'Het is niet mogelijk', DD103's 'voldoen aan' ask it); worked out once per Doc."""
    said = doc.user_data.get(_ADDRESSED_AS)
    if said is None:
        table = token_table(doc)
        facts = table.facts
        readers = _READER.of(table, READER_FORMS).nonzero()[0].tolist()
        words = Counter(facts[i].lower for i in readers if not (facts[i].lower == "u" and hour_unit(doc, i)))
        said = "u"
        if sum(words[w] for w in JE_FORMS) > sum(words[w] for w in U_FORMS):
            one = sum(1 for i in readers if facts[i].lower in ONE_READER_FORMS
                      or facts[i].lower == "je" and doc[i].dep_.startswith("nsubj"))
            said = "jullie" if words["jullie"] > one else "je"
        doc.user_data[_ADDRESSED_AS] = said
    return said


def means_the_reader(tok) -> bool:
    """Does a role noun point at the one reader of the letter? Only in the singular, with
    "de" or no article, and not as someone else's ("uw cliënt", "een aanvrager", "de
    aanvragers" are other people or people in general)."""
    if "Plur" in tok.morph.get("Number") or tok.lower_.endswith(("en", "s")) and tok.lower_ != tok.lemma_.lower():
        return False
    for child in tok.children:
        if child.dep_ == "nmod:poss" or (child.dep_ == "det" and child.lower_ not in {"de", "het"}):
            return False
        if child.dep_ in {"nmod", "acl", "acl:relcl", "amod"} and child.pos_ != "ADJ" or child.dep_ == "acl:relcl":
            return False  # "de aanvrager van de vergunning", "de aanvrager die ...": a third person
    return tok.dep_ in {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod"}


def done_by_another(tok) -> bool:
    """Does the text before the role noun say that someone else did the deed the noun is named
    after ("Uw buurman heeft een vergunning aangevraagd. De aanvrager wil in mei beginnen.",
    "Zij hebben een verzoek ingediend. De indiener ...")? Dutch makes 'aanvrager', 'indiener'
    and 'verzoeker' from 'aanvragen', 'indienen' and 'verzoeken'; the text has told who did that,
    and it is not the reader: 'u' would change the meaning. Not when the reader did it too ("U
    heeft een vergunning aangevraagd"): then the role noun may be the reader. Nor when someone
    did it on the reader's behalf ("Uw adviseur heeft namens u een vergunning aangevraagd", "in
    uw naam"): then the reader is the one who asked, in law and in the letter."""
    noun = tok.lemma_.lower().replace("_", "")
    if not noun.endswith("er") or len(noun) < 6:
        return False
    deed = noun[:-2] + "en"  # "aanvrager" -> "aanvragen"
    done = past_participle(deed)  # (the parse keeps a participle as its own lemma: "aangevraagd")
    other = False
    for t in tok.doc[: tok.i]:
        if t.pos_ != "VERB":
            continue
        lemma = t.lemma_.lower().replace("_", "")
        if deed != lemma and t.lower_ != done \
                and deed != "".join(c.lower_ for c in t.children if c.dep_ == "compound:prt") + lemma:
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.lower_ in READER_FORMS or _for_the_reader(t.sent):
            return False
        other = other or subject.pos_ in {"NOUN", "PROPN"} or subject.lower_ in OTHER_PERSONS
    return other


def _owner_word(t) -> bool:
    """Is ``t`` a word that makes a thing the reader's: "uw", "je", "jouw", "jullie" as a possessive
    (clauses.READER_POSSESSIVES)?"""
    return t.lower_ in READER_POSSESSIVES and (t.dep_ == "nmod:poss" or t.pos_ == "DET")


def _readers_own(noun) -> bool:
    """Is ``noun`` said to be the reader's: "uw aanvraag", "je verzoek", "een aanvraag van u"?"""
    for c in noun.children:
        if _owner_word(c):
            return True
        if c.dep_ == "nmod" and c.lower_ in READER_FORMS:
            return True  # "een aanvraag van u"
    return False


def deed_not_the_readers(tok) -> bool:
    """Does the text tell the reader about the deed that the role noun is named after as
    someone else's ("Wij informeren u over een aanvraag voor een vergunning ... Wij hebben de
    aanvrager gevraagd ...")? Dutch makes 'aanvrager' from 'aanvragen', whose stem is the noun
    of the deed: 'aanvraag' ('verzoeker': 'verzoek'). A letter to the one who did it calls
    the deed theirs: "uw aanvraag", "je verzoek", "U heeft een aanvraag ingediend". So when the
    text speaks to its reader as an owner ("uw woning", "uw mening") but never calls the deed
    the reader's, and brings it in as new ("een aanvraag") with no reader as the one who did
    it, someone else did it: the role noun is that other person, and 'u' would change the
    meaning. Not when the reader did it ("U heeft een aanvraag ingediend", "een aanvraag van
    u"), nor when the text says "uw aanvraag" anywhere."""
    noun = tok.lemma_.lower().replace("_", "")
    if not noun.endswith("er") or len(noun) < 6:
        return False
    deed = stem_from_infinitive(noun[:-2] + "en")  # "aanvrager" -> "aanvragen" -> "aanvraag"
    owner = False  # the text calls something the reader's
    brought_in = False  # "een aanvraag" that the reader did not do
    for t in tok.doc:
        if _owner_word(t):
            owner = True
        if t.pos_ != "NOUN":
            continue
        lemma = t.lemma_.lower().replace("_", "")
        if not lemma.endswith(deed):
            continue
        if _readers_own(t):
            return False  # "uw aanvraag": the reader did it (or may have)
        if lemma != deed or not any(c.dep_ == "det" and c.lower_ == "een" for c in t.children):
            continue
        verb = _clause_verb(t)
        if any(c.dep_.startswith("nsubj") and c.lower_ in READER_FORMS for c in verb.children):
            return False  # "U heeft een aanvraag ingediend"
        brought_in = True
    return owner and brought_in


def _for_the_reader(sent) -> bool:
    """Does this sentence say a deed was done in the reader's name: "namens u", "namens jou",
    "in uw naam"?"""
    words = [t.lower_ for t in sent]
    return any(w == "namens" and words[k + 1: k + 2] and words[k + 1] in READER_FORMS
               or w == "in" and words[k + 1: k + 2] and words[k + 1] in READER_FORMS and words[k + 2: k + 3] == ["naam"]
               for k, w in enumerate(words))


# the number of sentences from which a text that never speaks to its reader counts as a
# description for a general public (``describes``); a shorter text, such as one sentence, says
# too little about whom it is for
DESCRIPTION_SENTENCES = 5
# the parts that a letter to one reader has and a page for everyone has not: a greeting, a
# closing and the name under it, the reader's address, a date, reference or subject line, and
# a line the system fills in per reader ("{{ aanhef }}")
LETTER_PARTS = frozenset({"salutation", "closing", "signature", "address", "date", "reference", "subject",
                          "placeholder"})
# the orders from which a text is written to its reader ("Vul het formulier in. ... Stuur het
# terug."); one "Kijk voor meer informatie op ..." is a pointer that any page has
READER_ORDERS = 2


def describes(ctx, speaks: bool) -> bool:
    """Is the text a description for a general public rather than a letter to one reader: it
    has ``DESCRIPTION_SENTENCES`` sentences of prose or more and never speaks to its reader (no
    'u' or 'je', no salutation; ``speaks``)? An explanation page, a register of algorithms or a
    regulation speaks about people in the third person ("De aanvrager kan bezwaar maken", "Het
    bedrag waarop de aanvrager recht heeft"): the role noun is everyone in that role, and 'u'
    would bring in a way of speaking to the reader that the text does not have. Nor does "Het is
    nog niet gelukt om de code te publiceren" there ask who: no reader is spoken to. A writer
    who says 'wij' does not make the text a letter: "Wij controleren de akte" tells the public
    what the organisation does. One sentence alone ("De aanvrager dient het formulier terug te
    sturen") may come from a letter: it is still asked about. So is a text that is written to
    someone all the same: it has a part of a letter (``LETTER_PARTS``: a decision with "Betreft:"
    and "Met vriendelijke groet" that calls its reader "de aanvrager" throughout), or that gives
    its reader orders (``READER_ORDERS``: "Vul dit formulier in. ... Stuur het formulier op.")."""
    if speaks or len(ctx.prose_sentences) < DESCRIPTION_SENTENCES:
        return False
    if any(b.kind in LETTER_PARTS for b in ctx.document.blocks):
        return False
    return sum(gives_order(sent) for sent in ctx.prose_sentences) < READER_ORDERS


def tells_a_case(doc, found) -> bool:
    """Does a role noun that may be the reader (``means_the_reader``; ``found``: the sentences
    and the indexes of the listed words in them) stand in a clause about the past ("De aanvrager
    heeft op 12 januari een aanvraag ingediend")? Then the text tells what one person did: a
    decision that calls its reader "de aanvrager" throughout, pasted without its head and its
    greeting. A page for everyone says what the people in a role do ("De aanvrager vult een
    formulier in")."""
    return any(doc[i].pos_ == "NOUN" and means_the_reader(doc[i]) and about_the_past(doc[i])
               for _, indexes in found for i in indexes)


def gives_order(sent) -> bool:
    """Does the sentence open with an order ("Vul het formulier in.", "Stuur ons een kopie van
    uw pas."): the bare stem of a verb first (``_command_form``), not a question?"""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.pos_ == "VERB" and is_verb_stem(first.lower_) and _command_form(first)


# a term defined in the sentence: "Onder aanvrager wordt verstaan ...", "Met belanghebbende
# wordt bedoeld ..."; the term is named, nobody is spoken about
DEFINING_VERBS = {"verstaan", "bedoelen", "definiëren"}
# predicates that define a role: "De aanvrager is degene die ..."
DEFINING_NOUNS = {"degene", "diegene", "persoon", "iemand", "eenieder", "ieder"}
# the form of a verb after "u" where it differs from the form after a noun ("de aanvrager kan"
# -> "u kunt"); other verbs keep their form ("u krijgt", "u moet"), and so does "heeft": "u
# heeft" is as right as "u hebt", and more usual
U_VERB_FORMS = {third: u for verb, (_, _, u, third) in PRESENT_FORMS.items() if third != u and verb != "hebben"}


def defines_term(tok, sent) -> bool:
    """Does the sentence define the role rather than speak about a person: "Onder aanvrager
    wordt verstaan: ...", "Belanghebbende is degene wiens belang ...", "Aanvrager: de persoon
    die ..."? A definition names the role; "u" cannot take its place."""
    if any(c.dep_ == "case" and c.lower_ in {"onder", "met"} for c in tok.children) and (
            tok.head.lemma_.lower() in DEFINING_VERBS):
        return True  # the phrase belongs to the defining verb ("Met X wordt bedoeld"), not
        # to another verb of the sentence ("We overleggen met de aanvrager wat hij bedoelt")
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if tok.i == sent.start and nxt is not None and nxt.text == ":":
        return True  # a glossary line: "Aanvrager: de persoon die de aanvraag doet"
    head = tok.head
    if tok.dep_ == "nsubj" and head.pos_ in {"NOUN", "PRON"} and any(c.dep_ == "cop" for c in head.children):
        # "De aanvrager is de persoon die ...": the predicate defines who the role is
        return head.lemma_.lower() in DEFINING_NOUNS or any(c.dep_ == "acl:relcl" for c in head.children)
    return False


def one_of_parties(tok, terms) -> bool:
    """Is the role noun one of several parties named side by side ("naar de aanvrager en de
    belanghebbenden")? Then the sentence describes a procedure between parties, and "u" would
    stand for only one of them. Not for the reader with someone of their own ("de aanvrager
    en zijn partner": "u en uw partner")."""
    partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    # (a plural the tagger took for a participle: "belanghebbenden")
    return any({p.lower_, p.lemma_.lower().replace("_", ""), p.lower_[:-1], p.lower_[:-2]} & terms.keys()
               for p in partners)


# the form of a verb after "ik" where it is not the form after a noun ("is" -> "ben", "heeft"
# -> "heb", "gaat" -> "ga")
IK_VERB_FORMS = {third: ik for ik, _, _, third in PRESENT_FORMS.values() if third != ik}
# "van de aanvrager" -> "uw", "van ondergetekende" -> "mijn"; after a preposition or as an
# object: "u" / "mij"
POSSESSIVE = {"u": "uw", "ik": "mijn", "je": "je", "jullie": "jullie"}
OBJECT_FORM = {"u": "u", "ik": "mij", "je": "je", "jullie": "jullie"}
# the verb before 'je' where it differs from the one after a noun: as before 'u', and "je hebt"
# where "u heeft" may stay ("de aanvrager heeft" -> "je hebt")
JE_VERB_FORMS = {**U_VERB_FORMS, "heeft": "hebt"}


def _bare_head(head, tok) -> bool:
    """Is the noun before "van de aanvrager" only "de/het + noun"? Then "uw + noun" can take
    the place of the whole phrase; with more words ("een brief", "de nieuwe woning", "twee
    kinderen") it would lose or garble them."""
    return all(c.i == tok.i or (c.dep_ == "det" and c.lower_ in {"de", "het"}) for c in head.children)


def ik_form(finite) -> str:
    """The verb after "ik" for the verb after a noun: "verklaart" -> "verklaar", "heeft" ->
    "heb", "is" -> "ben"; the past tense, modal verbs and verbs whose stem ends in t ("moet",
    "laat", "weet") keep their form."""
    low = finite.lower_
    if low in IK_VERB_FORMS:
        return IK_VERB_FORMS[low]
    if "Pres" not in finite.morph.get("Tense") or not low.endswith("t") or len(low) < 3:
        return low
    lemma = finite.lemma_.lower().replace("_", "")
    if lemma.endswith("ten"):
        return low  # "moeten", "laten", "weten", "zetten": the stem ends in t
    if low.endswith("aat") and lemma.endswith("aan"):
        return low[:-2]  # "gaat" -> "ga", "staat" -> "sta", "bestaat" -> "besta"
    return low[:-1]  # "verklaart" -> "verklaar", "wordt" -> "word", "doet" -> "doe"


def reader_form(tok, alt: str) -> str:
    """How to write the reader (or the writer) in place of the role noun, as the message gives
    it: "uw handtekening" for "de handtekening van de aanvrager"; "u" with the verb form that
    goes with it ("de aanvrager kan" -> "u, met 'kunt'"); 'je' or 'jullie' in a text that
    speaks to its reader so ("je, met 'hebt'", "jullie, met 'kunnen'"); "ik" with the verb form after "ik"
    ("Ondergetekende verklaart" -> "ik, met 'verklaar'"); "mij" after a preposition."""
    head = tok.head
    if tok.dep_ == "nmod" and head.pos_ == "NOUN" and head.i < tok.i and any(
            c.dep_ == "case" and c.lower_ == "van" for c in tok.children):
        if _bare_head(head, tok) and alt in POSSESSIVE:
            return f"'{POSSESSIVE[alt]} {head.lower_}'"  # "de handtekening van de aanvrager": "uw handtekening"
        return f"'{OBJECT_FORM.get(alt, alt)}'"  # "een brief van de aanvrager": "een brief van u"
    if tok.dep_ not in {"nsubj", "nsubj:pass"}:
        return f"'{OBJECT_FORM.get(alt, alt)}'"
    verbs = [c for c in head.children if c.dep_ in {"aux", "aux:pass", "cop"}] + [head]
    finite = next((v for v in verbs if "Fin" in v.morph.get("VerbForm") and v.pos_ in {"VERB", "AUX"}), None)
    if finite is None:
        return f"'{alt}'"
    form = (U_VERB_FORMS.get(finite.lower_) if alt == "u" else ik_form(finite) if alt == "ik"
            else _je_form(finite, tok) if alt == "je" else _plural_present(finite) if alt == "jullie"
            else None)
    if form and form != finite.lower_:
        return f"'{alt}', met '{form}' in plaats van '{finite.text}'"
    return f"'{alt}'"


def _je_form(finite, subject) -> str | None:
    """The verb with 'je' in the place of ``subject``: "de aanvrager heeft" -> "je hebt"; after
    the verb the form DD110 gives for 'je' (``je_form``: "Heeft de aanvrager" -> "Heb je",
    "Werkt de aanvrager" -> "Werk je"). The role noun is the subject, so 'is' becomes 'ben'
    ("Is de aanvrager ...?" -> "Ben je ...?"), where ``je_form`` keeps 'is' for a person
    something happens to ("Is je iets opgevallen?")."""
    if subject.i < finite.i:
        return JE_VERB_FORMS.get(finite.lower_)
    form = je_form(finite)
    return "ben" if form == "is" else form


def _plural_present(finite) -> str | None:
    """The verb after 'jullie' for a finite verb in the present tense: the infinitive ("de
    aanvragers kan" -> "jullie kunnen", "moet" -> "moeten"); None for the past tense or a verb
    without a known infinitive (the message then names only 'jullie')."""
    if "Pres" not in finite.morph.get("Tense"):
        return None
    lemma = finite.lemma_.lower()
    return lemma if lemma.endswith("n") and lemma.isalpha() else None


def _quoted(tok, sent) -> bool:
    """Does the word stand between quotation marks in its sentence ("« De landman van Chicago,
    of hoe men uitgever wordt »", "de folder "Wat men moet weten""): a title or someone
    else's words, which the writer of the letter does not change. Single quotes do not count:
    the same sign is the apostrophe of "'s" and "zo'n" (``clauses.inside_double_quotes``)."""
    return inside_double_quotes(tok.doc, sent.start, tok.i)


# verbs with which "men" says what a thing is called: "Dat noemt men wannen" (that is called)
NAMING_VERBS = frozenset({"noemen"})
# verbs with which "men" says a thing is often met, in a relative clause about the thing:
# "uitdrukkingen die men thans regelmatig hoort" (that are heard)
MEETING_VERBS = frozenset({"zien", "horen", "tegenkomen"})
RELATIVE_OBJECTS = frozenset({"die", "dat", "wat", "welke"})


def _naming_or_meeting(tok) -> bool:
    """Is "men" the subject of a verb that names a thing ("Dat noemt men wannen", "dat men het
    gebied de Nederlanden ging noemen"), or of 'zien', 'horen' or 'tegenkomen' in a relative
    clause about the thing ("uitdrukkingen die men thans regelmatig hoort")? Then "men" hides
    nobody: the sentence is about the thing, and it says the same without people ("Dat heet
    wannen", "die vaak te horen zijn"). Only in a text that speaks to no reader and not for its
    writers. Not where "men" sees or hears something happen ("Men ziet vaak dat ...", "Men
    hoort regelmatig klachten": who?), nor 'toezien' ("Men ziet erop toe dat ..."), nor
    'vinden': "Op de website vindt men de stukken" means the reader in a notice or on a web
    page without 'u', and the word order does not tell it from "In het centrum vindt men
    muurschilderingen"; "Men vindt het belangrijk dat ..." hides who thinks so."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubj:pass"}:
        return False
    lemmas = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp"}
    if verb.dep_ == "xcomp":
        lemmas.add(verb.head.lemma_.lower())
    if lemmas & NAMING_VERBS:
        return True
    return (verb.lemma_.lower() in MEETING_VERBS and verb.dep_ == "acl:relcl"
            and not any(c.dep_ in {"compound:prt", "ccomp"} for c in verb.children)
            and any(c.dep_ == "obj" and c.lower_ in RELATIVE_OBJECTS and c.i < tok.i for c in verb.children))


# words after "het is" or "er is" that say what can, may, must or is needed, without saying who:
# "Het is niet mogelijk om ...", "Het is niet toegestaan om ...", "Het is verplicht om ...",
# "Het is niet nodig om ...", "Er is meer informatie nodig"
IMPERSONAL_PREDICATES = frozenset({"mogelijk", "onmogelijk", "toegestaan", "verboden", "nodig", "verplicht",
                                   "gelukt"})
# what did or did not succeed: "Het is niet gelukt om u te bereiken" ('Wij konden u niet bereiken')
DONE_PREDICATES = frozenset({"gelukt"})
# the words that say what someone may (not): "Het is (niet) toegestaan om ...", "Het is verboden om ..."
MAY_PREDICATES = frozenset({"toegestaan", "verboden"})
# the words that say 'not' themselves: "Het is onmogelijk om ..." ('U kunt ... niet'), "Het is
# verboden om ..." ('U mag ... niet')
NEGATIVE_PREDICATES = frozenset({"onmogelijk", "verboden"})
# the finite forms of 'zijn' that take 'nodig' as a complement in the parse ("Er waren ... nodig om")
FINITE_ZIJN = frozenset({"is", "was", "zijn", "waren"})
# the same with 'blijven' and 'worden' (what stays or becomes so: "Het blijft mogelijk om ...",
# "Het wordt niet mogelijk om ...")
PAST_COPULAS = frozenset({"was", "waren", "werd", "werden", "bleef", "bleven"})
FINITE_COPULAS = FINITE_ZIJN | PAST_COPULAS | {"blijft", "blijven", "wordt", "worden"}
# the finite verbs of the future and of 'would' with 'zijn' ("Het zal niet mogelijk zijn om ...",
# "Het zou niet nodig zijn"); 'zou' only guesses (see ``_hedged``)
FUTURE_AUX = frozenset({"zal", "zullen", "zou", "zouden"})
WOULD_AUX = frozenset({"zou", "zouden"})
# the words that say someone must (or, with a negation, need not): "U moet ...", "U hoeft ... niet"
MUST_PREDICATES = frozenset({"nodig", "verplicht"})
_PREDICATE = FactColumn(lambda fact, words: fact.lower in words)
# the people a sentence can name as the one who can, may or needs ("voor u", "van ons")
PERSONS = frozenset({"u", "je", "jij", "jou", "jullie", "wij", "we", "ons", "ik", "mij", "me"})
# others who can be named as the one who ("voor iedereen", "voor niemand", "voor hem", "Het is
# hen niet toegestaan"): only in the clause of the predicate itself, not in a clause in front
# ("Omdat niemand thuis was, was het niet mogelijk om de meter op te nemen": who could not?)
OTHER_PERSONS = frozenset({"iedereen", "niemand", "iemand", "hij", "hem", "zij", "ze", "haar", "hen", "hun"})
# the dependencies of a clause inside the predicate's own clause
SUBCLAUSE_DEPS = frozenset({"advcl", "ccomp", "csubj", "acl", "acl:relcl", "parataxis"})
# words right after 'niet' that make it no negation of the whole: "Het is niet alleen verplicht
# om ..., maar ook om ..." says that it is required
NOT_ONLY = frozenset({"alleen", "enkel", "slechts", "zomaar"})
# words that make the sentence a guess: "Misschien is het niet nodig om te komen", "Wij
# verwachten dat het niet nodig is": advice that states it as certain would say more
HEDGES = frozenset({"misschien", "waarschijnlijk", "wellicht", "vermoedelijk", "eventueel", "mogelijk"})
HEDGE_VERBS = frozenset({"verwachten", "denken", "vermoeden", "hopen", "lijken", "schijnen", "aannemen"})


@cache
def asking_verbs() -> frozenset[str]:
    """Verbs of asking or finding out (``wordlists/asking_verbs.tsv``: "vragen", "nagaan"): a
    clause with 'wanneer' after them is an indirect question ("U vraagt wanneer het mogelijk is
    om ...")."""
    return wordlists.words("asking_verbs", "verb")


# words that open an indirect question in a clause with the verb last ("U leest hier hoe het
# mogelijk is om ...", "U vraagt waarom het verplicht is om ...")
QUESTION_MARKS = frozenset({"of", "waarom", "hoe", "waar", "wat", "wie", "welke", "hoeveel", "hoelang",
                            "waarvoor", "waarmee", "waarover"})


@cache
def needed_deeds() -> frozenset[str]:
    """Nouns for something to be done (``wordlists/needed_deeds.tsv``: "actie", "maatregel"):
    "Er is geen actie nodig" says that something must happen, not who needs a thing."""
    return wordlists.words("needed_deeds", "noun")


def _empty_subject(tok, verb, beside, word: str):
    """The empty 'het' or 'er' of the predicate ``tok``: right before or after its verb ("Het
    is", "is het"), or, in a clause with the verb last, right after the word that opens the
    clause ("Als het niet mogelijk is om ...", "omdat er meer informatie nodig is"). The parse
    hangs 'er' on different words, so only its place counts for 'er'."""
    found = next((t for t in beside if t.lower_ == word), None)
    if found is not None or verb.i < tok.i:
        return found
    doc = tok.doc
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i < tok.i), None)
    if mark is None or mark.i + 1 >= tok.i or doc[mark.i + 1].lower_ != word:
        return None
    return doc[mark.i + 1]


# the clause with 'te' and without 'om' that says what can, may or must be done ("Het is niet
# nodig alle lampen aan te klikken"): the same words as with 'om'
BARE_TE = "te"


def _deed_clause(c, tok) -> bool:
    """Is ``c``, a word hung on ``tok``, the clause after it that says what can, may or must be
    done? With 'om' ("om u aan te melden") the parse makes it a subject, an adverbial clause or
    (in a clause with the verb last) a complement; Dutch may leave 'om' out ("Het is niet nodig
    alle lampen aan te klikken", "Het is niet toegestaan hier te parkeren" say the same), and
    the parse then makes the clause with 'te' alone (``BARE_TE``) an open complement. Who acts
    in it is the one the sentence does not name: ``impersonal_predicate`` looks for a named
    person outside it, ``_who_message`` reads a reader or writers in it as the one done to."""
    return c.i > tok.i and (c.dep_ in {"csubj", "advcl", "ccomp"} or c.dep_ == "xcomp" and any(
        m.dep_ == "mark" and m.lower_ == BARE_TE for m in c.children))


def _with_om(tok, marks) -> bool:
    """Does a clause with 'om' (or one of ``marks``, with 'te' alone for a bare te-clause)
    after ``tok`` say what can, may or must be done (``_deed_clause``)?"""
    return any(_deed_clause(c, tok) and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in tok.children)


def impersonal_predicate(tok):
    """The words of "Het is (niet) mogelijk om ...", "Is het niet toegestaan om/dat ...", "Het
    is verplicht om ...", "Het is niet nodig om ...", "Er is meer informatie nodig", also in a
    clause with the verb last ("Als het niet mogelijk is om ..."): from the first word ('het'
    or 'er', or the verb before it) to the last (the adjective, or the verb after it), as
    (first index, last index); else None. The sentence says what can, may, must or is needed,
    not who: in a letter that is the reader or the writers ("U kunt ... niet", "U moet ...",
    "Wij hebben meer informatie nodig"). Only with the empty 'het' and a clause with 'om' ("Het
    is mogelijk dat u ..." means 'maybe': left), or with 'er' and a subject for 'nodig'; "Het is
    nodig om ..." only with a negation ("Het is nodig om uw aanvraag te beoordelen" may say
    what a paper is needed for: 'het' is then the paper); not when a person is named ("Het is
    voor u niet mogelijk", "Er is van u een handtekening nodig")."""
    kids = list(tok.children)
    # (a participle takes 'zijn' as an auxiliary in the parse: "Het zal niet toegestaan zijn om ...")
    be = {"cop", "aux", "aux:pass"} if tok.lower_ in MAY_PREDICATES else {"cop"}
    verb = next((c for c in kids if c.dep_ in {"cop", "aux", "aux:pass"} and c.lower_ in {"is", "was"}
                 or c.dep_ in be and c.lower_ in {"zijn", "waren"}), None)
    clause = tok  # the word the clause hangs on: the adjective, or the verb it is a complement of
    if verb is None and tok.dep_ == "xcomp" and tok.head.lower_ in FINITE_COPULAS:
        # "Er waren meer documenten nodig om ...", "Het blijft mogelijk om ...", "Het wordt niet
        # mogelijk om ...": the parse makes the verb the head, with the subject and the clause
        # with 'om' on it
        verb = clause = tok.head
        kids += [c for c in verb.children if c.i != tok.i]
    if verb is None:
        return None
    last = max(tok.i, verb.i)
    # the future or 'would' of 'zijn' ("Het zal niet mogelijk zijn om ...", "Er zullen meer
    # gegevens nodig zijn"): 'het' or 'er' stands beside the finite verb 'zal', not 'zijn'
    will = next((c for c in kids if c.dep_ == "aux" and c.lower_ in FUTURE_AUX), None) \
        if verb.lower_ == "zijn" and verb.dep_ in be else None
    if will is not None:
        verb = will
    doc = tok.doc
    # 'het' or 'er' right before or after the verb ("Het is", "is het", "Er is", "is er")
    beside = [doc[j] for j in (verb.i - 1, verb.i + 1) if 0 <= j < len(doc) and doc[j].sent == tok.sent]
    opener = None
    if tok.lower_ == "nodig":
        opener = _empty_subject(tok, verb, beside, "er")
        # the parse hangs the subject on 'nodig' or on the verb ("Er zijn aanvullende documenten nodig")
        subject = next((c for c in kids if c.dep_ == "nsubj"), None) or next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if opener is not None and subject is None:
            opener = None
        elif opener is not None and subject.lemma_.lower() in needed_deeds():
            return None  # "Er is geen directe actie nodig": something must happen, no one needs a thing
    if opener is None:
        opener = _empty_subject(tok, verb, beside, "het")
        if opener is not None and (opener.head.i not in {tok.i, clause.i}
                                   or opener.dep_ not in {"expl", "nsubj", "nsubj:pass"}):
            opener = None
        # 'dat' with a clause of its own names who in that clause ("Het is verboden dat honden
        # los lopen"); only 'toegestaan' kept it, as before 'verboden' came in
        marks = {"om", "dat", BARE_TE} if tok.lower_ == "toegestaan" else {"om", BARE_TE}
        # the clause with 'om' hangs on the verb or, with an adverb between ("Het blijft helaas
        # onmogelijk om ..."), on the adjective
        if opener is None or not (_with_om(clause, marks) or _with_om(tok, marks)):
            return None
        if tok.lower_ == "nodig" and not any(c.lower_ in NEGATIONS and c.i < tok.i for c in kids):
            return None  # "Het is nodig om uw aanvraag te beoordelen": 'het' may be a paper
    for c in kids:
        if c.dep_ == "punct" and c.i > tok.i or _deed_clause(c, tok):
            continue  # the clause that says what can, may or must be done, with 'om' or without
        if any(t.lower_ in PERSONS and t.dep_ != "nmod:poss" for t in c.subtree):
            return None  # the sentence names who: "Het is voor u niet mogelijk"
        if any(t.lower_ in OTHER_PERSONS and t.dep_ != "nmod:poss" and not _in_subclause(t, tok)
               for t in c.subtree):
            return None  # "Het is voor hem niet nodig", "Het is voor iedereen verplicht"
    if tok.lower_ in NEGATIVE_PREDICATES and _own_negation(tok, kids):
        return None  # "Het is niet verboden om ...": two negations say 'may' (DD109 names them)
    if _not_only(tok, kids):
        return None  # "Het is niet alleen verplicht om ..., maar ook ...": no negation, and no plain 'must'
    first = min(opener.i, verb.i)
    if _names_who_in_front(tok, kids, first):
        return None  # "Voor bedrijven is het verplicht om ...", "Volgens de verhuurder is het niet nodig"
    if not _own_clause(clause, doc[first]):
        return None  # a clause that is a question, someone else's view, denied or a quote
    # (a phrase with 'voor' may also follow the adjective: "Het is verplicht voor bewoners om ...")
    after = [t for c in kids if c.i > tok.i and c.dep_.startswith("obl") for t in c.subtree]
    if _names_who([*doc[first + 1: tok.i], *after], tok, opener.lower_ == "er"):
        return None
    return first, max(last, verb.i)


def _own_negation(tok, kids) -> bool:
    """Is the predicate ``tok`` itself denied by a word before it ("Het is niet verboden om
    ...", "Het is nooit onmogelijk", "niet meer")? Only its own adverbs count, not a 'niet' in a
    clause or phrase that hangs on it ("Omdat de brug niet open is, is het onmogelijk om ...")."""
    return any(t.lower_ in NEGATIONS for c in kids if c.i < tok.i and c.dep_ == "advmod"
               for t in (c, *(d for d in c.children if d.dep_ == "advmod")))


def _in_subclause(t, tok) -> bool:
    """Is ``t`` inside a clause of its own below the predicate ``tok`` ("Omdat niemand thuis
    was, ...")?"""
    while t.i != tok.i and t.head.i != t.i:
        if t.dep_ in SUBCLAUSE_DEPS:
            return True
        t = t.head
    return False


def _not_only(tok, kids) -> bool:
    """Is the 'niet' of the predicate the start of "niet alleen ..., maar ook ..."?"""
    doc = tok.doc
    return any(t.lower_ == "niet" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in NOT_ONLY
               for c in kids if c.i < tok.i for t in c.subtree)


def _names_who_in_front(tok, kids, first) -> bool:
    """Does a phrase in front of the verb say for whom or in whose view ("Voor bedrijven is het
    verplicht om ...", "Voor uw kind is het niet nodig", "Volgens de verhuurder is het niet
    nodig")? A phrase with 'voor' counts with a person word, a name, more than one (people, not a
    date: "Voor 1 mei is het mogelijk"), someone's ("uw kind") or one person or body of people
    (``person_word``: "Voor de huurder is het niet nodig", "Voor de politie is het niet nodig om
    aan te bellen"): 'u' would change what the sentence says. "Voor deze aanvraag is het niet
    nodig om ..." names a thing and stays."""
    for c in kids:
        if c.i >= first or not c.dep_.startswith(("obl", "nmod")):
            continue
        cases = {k.lower_ for k in c.children if k.dep_ == "case"}
        if "volgens" in cases:
            return True
        if "voor" not in cases or c.pos_ == "NUM" or any(k.dep_ == "nummod" for k in c.children):
            continue
        if c.pos_ in {"PRON", "PROPN"} or "Plur" in c.morph.get("Number") \
                or any(k.dep_ == "nmod:poss" for k in c.children) or person_word(c):
            return True  # (one person or body: "Voor de huurder is het niet nodig", "Voor de politie")
    return False


def _governing(tok):
    """The verb (or word) that a clause with the verb last hangs on, and the clause's opening
    word: ("zegt", "dat") for "De verhuurder zegt dat het niet mogelijk is om ..."."""
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.i < tok.i), None)
    return tok.head, mark


def _subject_of(head):
    """The subject of a verb, also of the verb it is a complement of ("Wij laten u weten")."""
    for verb in (head, head.head if head.dep_ == "xcomp" else None):
        if verb is None:
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is not None:
            return subject
    return None


def _own_clause(tok, first) -> bool:
    """May a clause with the verb last ("Als het niet mogelijk is om ...", "dat het niet nodig
    is om ...") be asked who? Not when the clause it hangs on denies it ("Wij denken niet dat het
    verplicht is", "Het is niet zo dat ..."), when it is someone else's view ("De rechter
    oordeelde dat ...", "De aannemer zegt dat er meer tijd nodig is"), an indirect question ("U
    vraagt wanneer het mogelijk is om ...", "of", "waarom", "hoe") or inside a quote in single
    quotes ("De wethouder zei: 'Als het niet mogelijk is ...'")."""
    head, mark = _governing(tok)
    word = mark.lower_ if mark is not None else ""
    if word in QUESTION_MARKS:
        return False
    if head.i == tok.i:
        return not _single_quoted(first)
    if word == "wanneer" and head.i < tok.i and head.lemma_.lower() in asking_verbs():
        return False
    if word == "dat" or tok.dep_ in {"ccomp", "csubj"}:
        if any(c.lower_ in NEGATIONS and c.i < tok.i for c in head.children):
            return False
        subject = _subject_of(head)
        if subject is not None and (subject.pos_ in {"NOUN", "PROPN"} or subject.lower_ in OTHER_PERSONS):
            return False
        if any(c.dep_ == "case" and c.lower_ == "volgens" for k in head.children for c in k.children):
            return False
    return not _single_quoted(first)


def _single_quoted(first) -> bool:
    """Does a quote in single quotes open before the words in their sentence, after a colon or
    at its start ("De wethouder zei: 'Als het niet mogelijk is ...'")? The apostrophe of "'s"
    stands before a word, not after a colon."""
    doc, sent = first.doc, first.sent
    opened = False
    for j in range(sent.start, first.i):
        t = doc[j]
        if t.text in {"‘", "'"} and (j == sent.start or doc[j - 1].text in {":", ","}) and not opened:
            opened = True
        elif t.text in {"’", "'"} and opened:
            opened = False
    return opened


# the dependencies with which a noun between the verb and the adjective is the one who may or can:
# "Het is bewoners niet toegestaan", "Het is de huurder niet toegestaan"
WHO_DEPS = frozenset({"iobj", "obj", "nsubj", "nsubj:pass"})


def _names_who(between, tok, needed: bool = False) -> bool:
    """Does a noun or name between the verb and the adjective say who can, may or needs it?
    "Het is voor de gemeente niet mogelijk", "Het is bewoners niet toegestaan", "Het is de
    huurder niet toegestaan" (a noun as its object or subject), "Er is voor de aanvrager meer
    informatie nodig" (with 'Er is ... nodig', ``needed``, only a name or a role noun after
    'voor': "Er is voor deze aanvraag geen vergunning nodig" names a thing, the subject is what
    is needed)."""
    terms = impersonal_terms()
    for t in between:
        if t.pos_ not in {"NOUN", "PROPN"}:
            continue
        after_voor = t.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ == "voor" for c in t.children)
        if needed:
            if after_voor and (t.pos_ == "PROPN" or t.lemma_.lower() in terms or t.lower_ in terms):
                return True
        elif after_voor or t.dep_ in WHO_DEPS:
            return True
    return False


@register
class Impersonal(Rule):
    code = "DD111"
    name = "onpersoonlijk"
    category = "address"
    severity = Severity.SUGGESTION
    doc = RuleDoc(
        what=("Zoekt woorden als 'de aanvrager', 'belanghebbende' en 'men' waar 'u' past. In een brief ook zinnen "
              "die niet zeggen wie iets kan, mag, moet of nodig heeft. Bijvoorbeeld 'Het is niet mogelijk om ...', "
              "'Het is verplicht om ...' of 'Er is meer informatie nodig'."),
        why=(
            "Een brief is voor één lezer. Schrijft u 'de aanvrager', dan moet de lezer zelf "
            "bedenken dat hij dat is. Met 'u' is dat meteen duidelijk."
        ),
        source="Direct Duidelijk (https://www.directduidelijk.nl); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl)",
        bad="De aanvrager dient het formulier binnen zes weken te retourneren.",
        good="Stuur het formulier binnen zes weken terug.",
        exceptions=(
            "Meervouden ('aanvragers'), 'een aanvrager', 'uw cliënt' en 'de aanvrager van ...': "
            "daarmee zijn andere mensen bedoeld. Ook niet als de tekst zegt dat iemand anders het aanvroeg: "
            "'Uw buurman heeft een vergunning aangevraagd. De aanvrager ...'. Of als de tekst over 'een aanvraag' "
            "vertelt en nergens 'uw aanvraag' zegt: 'Wij informeren u over een aanvraag voor het huis naast uw woning.' "
            "Maar wel als dat namens u was. Ook niet als dezelfde zin de lezer al 'u' noemt. Niet in "
            "een uitleg van het woord ('Onder aanvrager wordt verstaan ...'). Niet als de zin meer "
            "partijen noemt ('de aanvrager en de belanghebbenden'). Niet in een titel of citaat tussen "
            "aanhalingstekens. Niet bij 'Dat noemt men ...' of 'woorden die men vaak hoort' in een tekst "
            "zonder 'u', 'je' of 'wij'. Niet bij 'Het is mogelijk dat ...' (dat betekent 'misschien'), of als "
            "de zin zegt wie het is ('Het is voor u niet mogelijk', 'Het is bewoners niet toegestaan', 'Voor "
            "bedrijven is het verplicht', 'Voor de huurder is het niet nodig'). Niet als iemand anders het zegt of vindt ('De rechter oordeelde dat het "
            "niet nodig was ...'), of als de zin het ontkent ('Wij denken niet dat het verplicht is ...'). Niet bij "
            "'Het is nodig om ...' zonder 'niet', en niet bij 'Er is geen actie nodig'. Niet in een "
            "vraag, ook zonder vraagteken ('Is het mogelijk om ...' als kop, 'U vraagt wanneer het mogelijk is ...'). "
            "Ook niet in een langere tekst die de lezer nergens aanspreekt: geen 'u', geen 'je' en geen aanhef. "
            "Zo'n tekst legt iets uit voor iedereen, zoals een webpagina over een regeling. 'De aanvrager' "
            "is daar iedereen die iets aanvraagt. Maar soms is zo'n tekst toch voor één lezer. Dat is zo bij een "
            "slotgroet of een regel 'Betreft:'. Ook bij opdrachten aan de lezer ('Vul het formulier in'). En als "
            "de tekst vertelt wat één aanvrager deed ('De aanvrager heeft op 12 januari een aanvraag gedaan'). "
            "En woorden op de lijst met toegestane woorden van uw organisatie."
        ),
    )

    @staticmethod
    def _men_options(tok, you: str, letter: bool = True) -> str:
        """What to write for "men": not the reader when the reader belongs to the same verb
        ("Men verzoekt u ...", "kan men je helpen": "wij" or "iemand" helps you), nor "wij" when
        the writer does ("Men kan ons bellen"); the reader as the text speaks to it (``addressed_as``).
        A reader in another clause is no reason ("Als u verhuist, moet men zich inschrijven":
        "men" is the reader there). "mensen" too in a text that speaks to no reader and not for
        its writers (``letter`` False): there "men" is often people in general. Never the reader
        where "men" says, thinks or names what people in general do (``_says_or_calls``: "Men
        zegt wel dat ...", "Men noemt dit ..."): then 'mensen', 'wij' (only in a letter without
        a writer beside it) or 'iemand'."""
        verb = tok.head
        # only a reader or writer of its own counts, no owner ("Men moet uw paspoort meenemen":
        # "men" is the reader there)
        beside = {t.lower_ for t in tok.sent
                  if t.i != tok.i and t.dep_ != "nmod:poss" and _clause_verb(t) == verb}
        # "men" that says or thinks what people in general say or think, or calls a thing by a
        # name ("Men zegt wel dat ...", "zoals men zegt", "Men noemt dit ..."): the reader is not
        # who says what the text tells them ('U zegt wel dat ...', 'Zoals u zegt' say something
        # else); 'mensen' first, then 'wij' (the writers may be the ones who call it so) or 'iemand'
        # (in a text that speaks to no reader and not for its writers, 'wij' would bring in a
        # new voice: 'mensen' or 'iemand' only, as below)
        if _says_or_calls(tok):
            options = [] if beside & WRITER_FORMS or not letter else ["wij"]
            return _quoted_options(["mensen", *options, "iemand"])
        options = [] if beside & READER_FORMS else [you]
        if not beside & WRITER_FORMS:
            options.append("wij")
        if not letter:
            # people in general first, in a text that speaks to no reader: "Dat noemt men
            # wannen", "zodat men niet goed kan functioneren" ('u' or 'wij' would bring in a
            # new way of speaking to the reader); where the text says "u" or "je", "men" is
            # mostly the reader ("Als u verhuist, moet men zich inschrijven")
            options[:0] = ["mensen", "iemand"]
        else:
            options.append("iemand")
        return _quoted_options(options)

    def check(self, ctx: Context):
        terms = impersonal_terms()
        doc = ctx.doc
        table = token_table(doc)
        facts = table.facts
        # the words the four questions count, found in one numpy step
        # (not the 'u' of "voor 7.30 u": 'uur')
        words = Counter(facts[i].lower for i in ctx.candidates(_COUNT.of(table, _COUNTED))
                        if not (facts[i].lower == "u" and hour_unit(doc, i)))
        you = addressed_as(doc)  # 'u', 'je' or 'jullie' in the advice
        # the text speaks to its reader: a word for the reader, or a salutation ("Geachte
        # mevrouw, Men kan het formulier ook ophalen": the one it greets)
        speaks = any(words[w] for w in READER_FORMS) or any(b.kind == "salutation" for b in ctx.document.blocks)
        # a letter: the text speaks to the reader or for its writers ("Op onze website vindt
        # men meer informatie": "men" is the reader)
        letter = speaks or any(words[w] for w in WRITER_FORMS)
        # a description for a general public (``describes``): a role noun there is people in
        # general, and no sentence is about the reader of a letter
        # only the tokens whose form or lemma is on the list (one numpy step per Doc): no Token
        # object for the other words
        found = list(ctx.by_prose_sentence(ctx.prose_candidates(_TERM.of(table, terms))))
        general = describes(ctx, speaks) and not tells_a_case(doc, found)
        for sent, indexes in found:
            for i in indexes:
                if not _is_term(facts[i], terms):
                    continue
                tok = doc[i]
                lemma = tok.lemma_.lower().replace("_", "")
                key = tok.lower_ if tok.lower_ in terms else lemma
                if key not in terms or tok.pos_ not in {"NOUN", "PRON"} or ctx.accepted(tok.text):
                    continue
                if key == "men":
                    if _quoted(tok, sent):
                        continue  # someone else's words: the title of a play or a folder, a
                        # quote ("De landman van Chicago, of hoe men uitgever wordt")
                    if not letter and _naming_or_meeting(tok):
                        continue  # "Dat noemt men wannen", "uitdrukkingen die men vaak hoort"
                    yield self.span_finding(ctx, tok, f"'men' zegt niet wie het doet. Schrijf wie het is: "
                                                      f"{self._men_options(tok, you, letter)}.")
                    continue
                if general or not means_the_reader(tok) or defines_term(tok, sent) or one_of_parties(tok, terms) \
                        or done_by_another(tok) or deed_not_the_readers(tok):
                    continue
                if any(facts[j].lower in READER_FORMS and not hour_unit(doc, j) for j in range(sent.start, sent.end) if j != i):
                    continue  # the sentence speaks to the reader as "u" already: the role noun is
                    # someone else ("U kunt namens de aanvrager bezwaar maken")
                alts = terms[key]
                if alts[0] == "ik":  # the one who signs ("ondergetekende"): the writer of the words
                    message = f"'{tok.text}' is stijf en afstandelijk. Schrijf {reader_form(tok, 'ik')}."
                else:
                    # the reader as the text speaks to it: 'je' or 'jullie' in a 'je' text, so
                    # that the advice does not bring a 'u' into it (DD110 would mark that)
                    alt = you if alts[0] == "u" else alts[0]
                    message = (f"'{tok.text}' spreekt de lezer niet direct aan. Is de lezer bedoeld? "
                               f"Schrijf dan {reader_form(tok, alt)}.")
                yield self.span_finding(ctx, tok, message)
        if letter and not general:
            yield from self._impersonal_predicates(ctx, table, you)

    def _impersonal_predicates(self, ctx: Context, table, you: str):
        """"Het is niet mogelijk om ...", "Er is meer informatie nodig" in a letter
        (``impersonal_predicate``): ask who can, may or needs it ('je' in a text that says
        'je' to the reader). Not in a question ("Is het mogelijk om ...?" asks in the reader's
        own words), also one without its '?' (a heading "Is het mogelijk om mijn afspraak te
        verzetten": the verb comes first), not in a quote (someone else's words), not on a word
        that DD111 already finds ("Het is voor de aanvrager niet mogelijk")."""
        doc = ctx.doc
        for sent, indexes in ctx.by_prose_sentence(ctx.prose_candidates(_PREDICATE.of(table, IMPERSONAL_PREDICATES))):
            if sent.text.rstrip().endswith("?"):
                continue
            for i in indexes:
                tok = doc[i]
                if tok.lower_ not in IMPERSONAL_PREDICATES or tok.pos_ not in {"ADJ", "VERB"}:
                    continue
                found = impersonal_predicate(tok)
                if found is None:
                    continue
                first = doc[found[0]]
                if _verb_first(first, sent) or _quoted(first, sent) or _after_quote_mark(first):
                    continue  # a question or a condition ("Is het toegestaan om ..., dan ..."), a quote
                last = doc[found[1]]
                start, end = first.idx, last.idx + len(last)
                if ctx.accepted(ctx.text[start:end]):
                    continue
                yield self.finding(ctx, start, end, _who_message(tok, found, you))


def _quoted_options(options: list[str]) -> str:
    """"'u', 'wij' of 'iemand'": the options in quotes, the last after 'of'."""
    quoted = [f"'{o}'" for o in options]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " of " + quoted[-1]


@cache
def saying_verbs() -> frozenset[str]:
    """Verbs with which "men" reports what people in general say or think
    (``wordlists/saying_verbs.tsv``: "zeggen", "denken"), with what they say as a clause of its own
    ("Men zegt dat ...", "Men denkt vaak dat ...") or after 'zoals' ("zoals men zegt"); not
    'verwachten' or 'vinden', which in a letter are mostly the writers' own view."""
    return wordlists.words("saying_verbs", "verb")


def _says_or_calls(tok) -> bool:
    """Is "men" the subject of a verb that names a thing ("Men noemt dit ook wel ...",
    ``NAMING_VERBS``), or of a verb of saying or thinking with what is said as a clause ("Men
    zegt wel dat de wachttijd lang is", "Vroeger dacht men dat ...") or after 'zoals' ("Zoals
    men zegt: ...")? Then "men" is people in general, or the ones who call a thing so, never
    the reader who is told it. Not 'denken' with a particle ("Men denkt na over ...": who?), nor
    'zeggen' with someone it is said to ("Men zei tegen mij dat ...": someone in particular; "Men
    zegt u binnen twee weken of ...": the writers tell the reader)."""
    if tok.lower_ != "men" or tok.dep_ not in {"nsubj", "nsubj:pass"}:
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in NAMING_VERBS:
        return True
    if lemma not in saying_verbs() or any(c.dep_ == "compound:prt" for c in verb.children):
        return False
    if any(c.dep_ in {"obl", "iobj"} and any(k.lower_ in {"tegen", "aan"} for k in c.children)
           or c.dep_ == "iobj" for c in verb.children):
        return False
    if any(c.dep_ == "obj" and c.lower_ in READER_FORMS for c in verb.children):
        return False  # the reader it is said to ("Men zegt u binnen twee weken of ...": the writers; rev41)
    return any(c.dep_ in {"ccomp", "parataxis"} and c.i > verb.i for c in verb.children) \
        or any(c.dep_ == "mark" and c.lower_ == "zoals" for c in verb.children)


# the words that open a question ("Wat als het niet mogelijk is om te komen" as a heading)
QUESTION_OPENERS = frozenset({"wat", "hoe", "waarom", "wanneer", "wie", "welke", "waar", "waarvoor"})


def _verb_first(first, sent) -> bool:
    """Is the verb the first word of its sentence ("Is het mogelijk om ...", "## Is het
    toegestaan om ...")? Then it asks, or it is a condition ("Is het toegestaan, dan ..."): no
    statement. So does a sentence that opens with a question word that opens a question: right
    before 'als' or a verb ("Wat als het niet mogelijk is om te komen, of als u ziek bent",
    "Waarom is het niet nodig om ..."), with or without a comma or a full stop. "Hoe dan ook is
    het niet mogelijk", "Wanneer het niet mogelijk is om te komen, bel ons" do not ask."""
    words = [t for t in sent if t.is_alpha]
    if not words:
        return False
    word = words[0]
    if word.lower_ in QUESTION_OPENERS and len(words) > 1:
        nxt = words[1]
        if nxt.lower_ == "als" or nxt.pos_ in {"AUX", "VERB"} and "Fin" in nxt.morph.get("VerbForm"):
            return True
    return word.i == first.i and word.lower_ not in {"het", "er"}


# the marks that open a quote as one token (``clauses.QUOTE_PAIRS``), and the straight single quote
OPENING_QUOTES = frozenset(m for m in QUOTE_PAIRS if len(m) == 1) | {"'"}


def _after_quote_mark(first) -> bool:
    """Does a quote mark open just before the words ("De wethouder zei: 'Het is niet mogelijk
    ...'")? Single quotes count here, at the start of the words only (the apostrophe of "'s"
    stands before a word that is no 'het' or 'er')."""
    return first.i > 0 and first.doc[first.i - 1].text in OPENING_QUOTES


def _who_message(tok, found, you: str) -> str:
    """Ask who can, may, must or needs it, with advice in the sentence's tense and with its
    negation ("nooit", "geen", "niet meer"): "Wie kon dit niet? Schrijf dat erbij, bijvoorbeeld:
    'Wij konden ... niet'". In a clause with the verb last the advice has that clause's order
    ("Als het niet mogelijk is om te komen": 'als u ... niet kunt'). When the reader is in the
    clause with 'om' ("om u te bereiken"), only the writers can be the one who ('U kunt u niet
    bereiken' is no sentence), and the other way round ("om ons te bellen": only 'U ...'); the
    'u' of a verb with 'zich' ("om u te melden") is the reader who acts: only 'U ...'. A sentence
    that only guesses ("Misschien is het niet nodig", "Het kan zijn dat er ... nodig is") gets
    no example, which would state it as certain. ``you``: the reader in the examples, as the text
    speaks to it (``addressed_as``: 'u', 'je', or 'jullie' with the verb of more people, "'Jullie
    kunnen ... niet'"; "om jullie te bereiken" has the reader in the clause as "om u te bereiken")."""
    doc = tok.doc
    span = doc[found[0]: found[1] + 1]
    # a perfect ("Het is nooit mogelijk geweest ...") is past too
    past = tok.lower_ in DONE_PREDICATES or any(t.lower_ in PAST_COPULAS | {"geweest"} for t in span) or any(
        c.lower_ == "geweest" for c in tok.children)
    negation = next((t for t in span if t.lower_ in NEGATIONS), None)
    neg = negation.lower_ if negation is not None else ""
    if tok.lower_ in NEGATIVE_PREDICATES:
        neg = "niet"
    if negation is not None and neg != "geen" and negation.i + 1 < len(doc) and doc[negation.i + 1].lower_ == "meer":
        neg += " meer"  # "Het is niet meer nodig": 'U hoeft ... niet meer'
    needed = tok.lower_ == "nodig" and any(t.lower_ == "er" for t in doc[found[0]: found[0] + 2])  # "Er is ... nodig"
    kind = "need" if needed else "must" if tok.lower_ in MUST_PREDICATES else \
        "may" if tok.lower_ in MAY_PREDICATES else "can"
    if kind == "need":
        ask = f"Wie {'had' if past else 'heeft'} dit{' niet' if neg == 'geen' else f' {neg}' if neg else ''} nodig?"
    elif kind == "must":
        ask = f"Wie {'hoefde' if past else 'hoeft'} dit {neg}?" if neg else f"Wie {'moest' if past else 'moet'} dit?"
    else:
        ask = f"Wie {_VERBS[(kind, past)][0].replace('kunt', 'kan')} dit{f' {neg}' if neg else ''}?"
    if _hedged(tok, found) or _would_have(tok, span):
        return f"{ask} Schrijf dat erbij."
    # the clause with 'om' or the bare te-clause ("Het is niet nodig (om) u af te melden"): same advice
    clause = [c for c in tok.children if _deed_clause(c, tok)]
    people = {"reader": True, "writers": True}
    for c in clause:
        for t in c.subtree:
            if t.lower_ in {"u", "je", "jou", "jullie", "ons"} and t.dep_ in {"obj", "iobj", "obl"} \
                    and not _owner_before_noun(t):
                own = "writers" if t.lower_ == "ons" else "reader"
                other = "reader" if own == "writers" else "writers"
                # the reflexive is the one who acts; another object is the one done to
                people[other if _reflexive_object(t) else own] = False
    if kind == "may" and people["writers"] and people["reader"]:
        people["writers"] = False  # 'Wij mogen ...' is rarely meant: the writers decide what is allowed
    if not any(people.values()):
        return f"{ask} Schrijf dat erbij."
    # the verb last: no finite verb before the adjective ("Als het niet mogelijk zal zijn"; in
    # "Het zal niet mogelijk zijn" the finite 'zal' comes first, only 'zijn' after it)
    # (a verb, not the possessive 'zijn' of "bij zijn bezoek")
    verb_last = found[1] > tok.i and not any(
        t.lower_ in FUTURE_AUX | FINITE_COPULAS and t.pos_ in {"AUX", "VERB"} and t.dep_ != "nmod:poss"
        for t in doc[found[0]: tok.i])
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.i < tok.i), None) if verb_last else None
    if verb_last and mark is None:
        return f"{ask} Schrijf dat erbij."
    options = []
    for who in ("writers", "reader") if kind == "need" else ("reader", "writers"):
        if not people[who]:
            continue
        subject = "wij" if who == "writers" else you
        # 'jullie' takes the verb of more people, as 'wij' does: 'Jullie kunnen ... niet'
        plural = who == "writers" or you == "jullie"
        options.append(_advice(kind, past, neg, subject, plural, mark.lower_ if mark is not None else None))
    return f"{ask} Schrijf dat erbij, bijvoorbeeld: {' of '.join(options)}."


# the verb per kind, tense and person: (one reader, the writers)
_VERBS = {
    ("need", False): ("hebt", "hebben"), ("need", True): ("had", "hadden"),
    ("must", False): ("moet", "moeten"), ("must", True): ("moest", "moesten"),
    ("mustnot", False): ("hoeft", "hoeven"), ("mustnot", True): ("hoefde", "hoefden"),
    ("may", False): ("mag", "mogen"), ("may", True): ("mocht", "mochten"),
    ("can", False): ("kunt", "kunnen"), ("can", True): ("kon", "konden"),
}


def _advice(kind: str, past: bool, neg: str, subject: str, plural: bool, mark: str | None) -> str:
    """One example: "'U kunt ... niet'", "'Wij hebben geen ... nodig'", or in a clause with the
    verb last, after its opening word: "'als u ... niet kunt'", "'dat u ... niet hoeft te ...'"."""
    if kind == "must" and neg:
        kind = "mustnot"
    verb = _VERBS[(kind, past)][plural]
    if kind == "need":
        rest = " geen ..." if neg == "geen" else f" ... {neg}" if neg else " ..."
        words = f"{subject}{rest} nodig {verb}" if mark else f"{subject} {verb}{rest} nodig"
    elif kind == "mustnot":
        words = f"{subject} ... {neg} {verb} te ..." if mark else f"{subject} {verb} ... {neg}"
    else:
        tail = f" {neg}" if neg else ""
        words = f"{subject} ...{tail} {verb}" if mark else f"{subject} {verb} ...{tail}"
    words = f"{mark} {words}" if mark else words[0].upper() + words[1:]
    return f"'{words}'"


def _hedged(tok, found) -> bool:
    """Does the sentence only guess ("Misschien is het niet nodig", "Het is waarschijnlijk niet
    nodig", "Het kan zijn dat er ... nodig is", "Wij verwachten dat het niet nodig is")?"""
    doc = tok.doc
    if any(c.lower_ in HEDGES and c.i != tok.i and c.i < tok.i for c in tok.children):
        return True
    if any(t.lower_ in HEDGES and t.i != tok.i or t.lower_ in WOULD_AUX for t in doc[found[0]: found[1] + 1]):
        return True  # "Het zou niet nodig zijn": what would be, no plain 'U hoeft ... niet'
    if any(c.dep_ == "aux" and c.lower_ in WOULD_AUX for c in tok.children):
        return True
    head = tok.head
    if head.i == tok.i or tok.dep_ not in {"ccomp", "csubj", "advcl"}:
        return False
    if head.lemma_.lower() in HEDGE_VERBS:
        return True
    # "Het kan zijn dat ..." (the parse hangs the clause on 'zijn' or on 'kan')
    return head.lemma_.lower() == "zijn" and any(c.lemma_.lower() == "kunnen" for c in head.children) or (
        head.lemma_.lower() == "kunnen" and any(c.lemma_.lower() == "zijn" for c in head.children))


def _would_have(tok, span) -> bool:
    """Is it what would have been ("Het was niet nodig geweest om ... als u ons had gebeld")?
    Then 'U hoefde ... niet' says something else ('U had ... niet hoeven')."""
    words = {t.lower_ for t in span} | {c.lower_ for c in tok.children}
    return "geweest" in words and bool(words & {"was", "waren"})


@cache
def reflexive_verbs() -> dict[str, str]:
    """Verbs without a particle that go with "zich", and the word they need for that sense
    (``wordlists/reflexive_verbs.tsv``: "melden", "houden" with "aan")."""
    return {r["verb"]: r["with"] for r in wordlists.load("reflexive_verbs")}


def _reflexive_object(tok) -> bool:
    """Is 'u' or 'je' the reflexive of a verb that goes with 'zich' ("om u aan te melden", "om
    je in te schrijven", "om u te legitimeren", "om u te houden aan de regels")? Then the reader
    is the one who, not the one it is done to. The parse may call it an indirect object where
    the verb has no other object ("Het is niet nodig u af te melden"); next to an object it is
    one ("om u een nieuwe pas aan te bieden")."""
    verb = tok.head
    if tok.dep_ != "obj" and not (tok.dep_ == "iobj" and not any(c.dep_ == "obj" for c in verb.children)):
        return False
    particle = next((c for c in verb.children if c.dep_ == "compound:prt"), None)
    if particle is not None:
        return _reflexive_with(verb, particle)
    verbs = reflexive_verbs()
    lemma = verb.lemma_.lower().replace("_", "")
    if lemma not in verbs:
        return False
    word = verbs[lemma]
    return not word or any(k.dep_ == "case" and k.lower_ == word for c in verb.children for k in c.children)


def _owner_before_noun(tok) -> bool:
    """Is 'je' or 'jullie' right before a noun its owner word ("om je loonstrook te sturen", "om
    jullie pas mee te nemen"), whatever the parse says? Then the reader is not the one the
    clause is done to."""
    doc = tok.doc
    return tok.lower_ in {"je", "jullie"} and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"


