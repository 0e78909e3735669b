"""DD114 vaag: vague words where the reader needs a date, a time or an amount.

Source: Direct Duidelijk ("Wees concreet"); Schrijfwijzer van Gebruiker Centraal. "Binnenkort"
or "zo snel mogelijk" leaves readers guessing when to act; a date tells them. Word list:
``wordlists/vague.tsv`` (own work): only words that are vague in themselves, with what the
writer should name ("de datum", "het bedrag"). duidelijk cannot know the date or the amount,
so it proposes no replacement and never an example that looks like one.

Not vague: a sentence that already names a date, a number or an amount ("Betaal op tijd,
vóór 1 maart"), and a sentence about the past ("U heeft op tijd betaald"): there is nothing
left for the reader to guess. "Zo snel mogelijk" is vague only when the reader must act ("Stuur
het formulier zo snel mogelijk terug"): when the writer acts or the reader receives ("Wij lossen
dit zo snel mogelijk op", "U krijgt zo snel mogelijk een reactie") it promises speed and the
writer cannot give a date. A general statement (no reader or writer in it, or "meestal") is not
a promise to this reader.
"""

from __future__ import annotations

import re
from functools import cache

from duidelijk import dictionary, wordlists
from duidelijk.findings import Severity
from duidelijk.phrases import PhraseIndex, span_keys
from duidelijk.rules import base
from duidelijk.rules.address import WRITER_FORMS, is_verb_stem
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.clauses import CONDITION_WORDS, INFINITIVE_TAKERS, NEGATIONS, READER_POSSESSIVES, about_the_past, \
    is_finite
from duidelijk.structure import DAY_NAMES, MONTH_NAMES
from duidelijk.verbs import PRESENT_FORMS

MONTHS = {*MONTH_NAMES, *DAY_NAMES, "morgen", "vandaag", "overmorgen"}
NUMBER_WORDS = {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
                "veertien", "twintig", "dertig"}
DIGIT = re.compile(r"\d")


@cache
def vague_index() -> PhraseIndex:
    return PhraseIndex((r["term"], (r["ask"], r.get("pos", ""))) for r in wordlists.load("vague"))


def vague_kind(kind: str) -> frozenset[str]:
    """The terms of ``wordlists/vague.tsv`` with this kind in the column "kind" ("soon", "as
    soon as possible", "later"): the list is the one place for them."""
    return wordlists.words("vague", "term", kind=kind)


def may_be_vague(doc) -> bool:
    """Can any sentence of ``doc`` hold a vague expression? The match keys of the whole Doc
    hold every sentence's: when they cannot match, no sentence can (``vague_matches`` is
    then empty for each). Asked by DD114 and DD103; the keys are made once per Doc
    (``span_keys``)."""
    return vague_index().can_match(span_keys(doc, 0, len(doc)))


def names_it(sent) -> bool:
    """Does the sentence name a date, a number or an amount itself?"""
    return any(DIGIT.search(t.text) or t.lower_ in MONTHS or t.lower_ in NUMBER_WORDS or t.text == "€"
               for t in sent)


# "Later" without a moment: vague when the writer decides, not when the reader may choose
# ("U kunt dit formulier op een later moment hervatten")
LATER = vague_kind("later")  # "op een later moment", "te zijner tijd", ...
READER = {"u", "je", "jij", "jullie"}
CHOICE = {"kunnen", "mogen"}


def reader_chooses(tok) -> bool:
    """Is the clause of this word something the reader may do when it suits them: the reader
    is the subject and "kunnen" or "mogen" the verb ("U kunt ... later ...")?"""
    head = tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    parts = list(head.children) + [head]
    subject = any(c.dep_ in {"nsubj", "nsubj:pass"} and c.lower_ in READER for c in parts)
    modal = any(c.lemma_.lower() in CHOICE for c in parts if c.pos_ in {"VERB", "AUX"})
    return subject and modal


@register
class Vague(Rule):
    code = "DD114"
    name = "vaag"
    category = "vague"
    severity = Severity.WARNING
    doc = RuleDoc(
        what="Zoekt vage woorden waar de lezer een datum, tijd of bedrag nodig heeft.",
        why=(
            "Wat is 'binnenkort' of 'zo snel mogelijk'? Iedere lezer denkt daar iets anders "
            "bij. Noem de datum of het bedrag, dan weet de lezer wat hij moet doen."
        ),
        source="Direct Duidelijk (https://www.directduidelijk.nl); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl)",
        bad="U krijgt binnenkort een brief van ons.",
        good="U krijgt vóór 1 maart 2026 een brief van ons.",
        exceptions=(
            "Een zin die zelf al een datum, getal of bedrag noemt. Een zin over iets wat al is "
            "gebeurd. Woorden die uw organisatie toestaat. Namen van dingen, zoals 'een eigen "
            "bijdrage', zijn niet vaag. Als de schrijver belooft dat hij snel is, is 'zo snel "
            "mogelijk' niet vaag. Het is wel vaag als de lezer zelf iets moet doen. Maar het is niet vaag als de "
            "tekst erbij zegt: 'Hoe eerder u reageert, hoe eerder wij verder kunnen'. Of: 'Reageer zo snel "
            "mogelijk, anders duurt het langer.' Ook niet vaag: "
            "een zin die zegt hoe het meestal gaat. 'Op een later moment' is niet vaag als de lezer zelf "
            "kiest wanneer, zoals in 'U kunt het formulier op een later moment afmaken'. Dat geldt ook voor "
            "een doel, zoals in 'Om u zo snel mogelijk te helpen, splitsen wij uw melding'. En 'binnenkort' "
            "is niet vaag als het gaat over de plannen van de lezer zelf, zoals in 'Als u binnenkort "
            "verhuist' of 'Gaat u binnenkort verhuizen?'. Die datum weet de schrijver niet. Het is wel vaag "
            "als de schrijver iets vraagt ('Wilt u binnenkort contact met ons opnemen?'). En ook als de "
            "schrijver het zelf doet ('Als u binnenkort een brief van ons krijgt')."
        ),
    )

    def check(self, ctx: Context):
        if base.PREFILTER and not may_be_vague(ctx.doc):
            return  # no sentence can match (most texts: the test per sentence below is then not asked at all)
        for sent in ctx.prose_sentences:
            for found, ask in vague_matches(ctx, sent):
                text = " ".join(t.text for t in found)
                yield self.finding(
                    ctx, found[0].idx, found[-1].idx + len(found[-1]),
                    f"'{text}' is vaag. Noem {ask}.",
                )


# "As soon as possible": a promise of speed when the writer acts ("Wij lossen dit zo snel
# mogelijk op": the writer does not know the date and the reader has nothing to do); a missing
# deadline when the reader must act ("Stuur het formulier zo snel mogelijk terug").
AS_SOON_AS_POSSIBLE = vague_kind("as soon as possible")  # "zo snel mogelijk", "ten spoedigste", ...
# verbs whose subject receives, not acts ("U krijgt zo snel mogelijk een reactie")
RECEIVE = {"krijgen", "ontvangen", "horen", "verwachten", "worden"}
# a usual duration, not a promise to this reader ("Storingen zijn meestal binnen enkele dagen opgelost")
USUALLY = {"meestal", "doorgaans", "gewoonlijk", "normaal", "normaliter", "gemiddeld", "vaak", "soms"}
# the sentence is about the reader or the writer of the letter
PEOPLE = READER | {"u", "uw", "jouw", "jullie", "uzelf", "wij", "we", "ons", "onze"}


def clause_head(tok):
    head = tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return head


def is_imperative(sent) -> bool:
    """Does the sentence start with a verb that has no subject ("Reageer binnenkort")?"""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    return (first is not None and first.pos_ in {"VERB", "AUX"} and "Fin" in first.morph.get("VerbForm")
            and not any(c.dep_ in {"nsubj", "nsubj:pass", "expl"} for c in first.children))


def writer_promises(tok) -> bool:
    """Is the clause of this word about what someone other than the reader does, or about what
    the reader receives ("Wij lossen dit zo snel mogelijk op", "Uw melding wordt zo snel
    mogelijk behandeld", "U krijgt zo snel mogelijk een reactie")? Then "zo snel mogelijk"
    promises speed; a date is not what is missing. An instruction to the reader has no such
    subject ("Stuur het formulier zo snel mogelijk terug")."""
    head = clause_head(tok)
    subjects = shared_subjects(head)
    if any(c.dep_ == "aux:pass" for c in head.children):
        return True
    if any(c.lower_ not in READER for c in subjects):
        return True
    return bool(subjects) and head.lemma_.lower() in RECEIVE


def shared_subjects(verb) -> list:
    """The subjects of ``verb``; a verb without one of its own shares the subject of the verb it
    is joined to ("We nemen de melding in behandeling en lossen dit zo snel mogelijk op": 'we'
    also solve it) or of the verb that takes it as a bare infinitive ("We willen de akten zo
    snel mogelijk kunnen verwerken": 'we' process them; ``INFINITIVE_TAKERS``). Not through
    another verb with an infinitive: in "Wij vragen u het formulier zo snel mogelijk terug te
    sturen" the reader sends it back, not the writers. Nor an order joined to a clause of the
    writers ("Wij hebben uw brief ontvangen, maar stuur de bijlage zo snel mogelijk na"): the
    bare stem ("stuur", not "sturen") is no form of 'wij', 'hij' or 'u'; only 'ik' shares it
    ("Ik bekijk uw melding en los het zo snel mogelijk op")."""
    order = False
    while True:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if subjects:
            return [] if order and any(c.lower_ != "ik" for c in subjects) else subjects
        if verb.head.i == verb.i:
            return subjects
        if not (verb.dep_ == "conj" or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INFINITIVE_TAKERS):
            return subjects
        order = order or verb.dep_ == "conj" and bare_stem(verb)
        verb = verb.head


def bare_stem(verb) -> bool:
    """Is the finite verb the bare stem, the form of an order ("stuur", "vul", "neem")? Not a
    stem that ends in "t" ("zet", "wacht"): that is also the form after 'hij' and 'u'."""
    return ("Fin" in verb.morph.get("VerbForm") and "Past" not in verb.morph.get("Tense")
            and not verb.lower_.endswith("t") and is_verb_stem(verb.lower_))


# "hoe eerder ..., hoe eerder ...": the text says that speed is up to the reader and helps them
SOONER = frozenset({"eerder", "sneller", "vlugger", "spoediger", "vroeger"})


def sooner_the_better(sent) -> bool:
    """Does this sentence, or the one before or after it in the same paragraph, say "hoe eerder
    ..., hoe ..." ("Lever de informatie zo spoedig mogelijk in. Hoe eerder u ons de informatie
    geeft, hoe eerder wij verder kunnen"), or "anders ... langer" (``_else_later``)? Then there
    is no date to name: the writer says that the reader gains by each day sooner. Only "hoe"
    right before the comparative, with a second
    "hoe" or "des te" after a comma in the same sentence ("Hoe eerder, hoe beter"), so not "hoe
    snel", "eerder" alone ("Stuur het zo snel mogelijk, eerder dan 1 mei") or "hoe eerder
    gemaakte kosten worden vergoed" (how costs made earlier are paid)."""
    doc = sent.doc
    sents = [sent]
    before = next((j for j in range(sent.start - 1, -1, -1) if not doc[j].is_space), None)
    if before is not None and not _paragraph_break(doc, before, sent.start):
        sents.append(doc[before].sent)
    after = next((j for j in range(sent.end, len(doc)) if not doc[j].is_space), None)
    last = next((j for j in range(sent.end - 1, sent.start - 1, -1) if not doc[j].is_space), sent.start)
    if after is not None and not _paragraph_break(doc, last, after):
        sents.append(doc[after].sent)
    return any(_the_sooner(s) or _else_later(s) for s in sents)


def _paragraph_break(doc, before: int, after: int) -> bool:
    """Is there an empty line between token ``before`` and token ``after`` (white space tokens
    between them count)?"""
    gap = doc.text[doc[before].idx + len(doc[before]): doc[after].idx]
    return gap.count("\n") >= 2


def _the_sooner(sent) -> bool:
    """Does the sentence have the shape "hoe eerder ..., hoe/des te ..."?"""
    doc = sent.doc
    for i in range(sent.start, sent.end - 1):
        if doc[i].lower_ != "hoe" or doc[i + 1].lower_ not in SOONER:
            continue
        comma = next((j for j in range(i + 2, sent.end) if doc[j].text == ","), None)
        if comma is None:
            continue
        rest = [t.lower_ for t in doc[comma + 1: sent.end]]
        if "hoe" in rest or any(a == "des" and b == "te" for a, b in zip(rest, rest[1:])):
            return True
    return False


# comparatives of time after "anders": waiting makes it take longer ("anders kan het langer duren")
LATER_WORDS = frozenset({"langer", "later"})
# what "anders" ("otherwise") opens a clause after: a comma, a semicolon, a dash, "want", "en" or
# "of" ("of anders duurt het langer"), or the start of the sentence
ELSE_OPENERS = frozenset({",", ";", "-", "–", "—", "want", "en", "of"})
# determiners that point to a thing known already ("uw geld", "de uitkering"), not a new one
KNOWN_DETERMINERS = frozenset({"de", "het", "deze", "dit", "die", "dat", "uw", "je", "jouw", "ons", "onze", "zijn",
                               "haar", "hun"})
# words that make the act after "later" a second time, a new task ("anders moet u het later opnieuw doen")
AGAIN_WORDS = frozenset({"opnieuw", "nogmaals", "weer"})


def _clause_end(tok) -> bool:
    """Does a clause end at the token: a comma, a semicolon, a colon, or a word that joins
    two clauses ("en", "maar" with a verb as its head)?"""
    return tok.text in {",", ";", ":"} or tok.dep_ == "cc" and tok.head.pos_ in {"VERB", "AUX"}


def _else_verb(doc, i: int, end: int) -> int | None:
    """Where the finite verb of the clause "anders" opens at ``i`` stands: right after it
    ("anders duurt het langer"), or after a clause put in between commas ("anders, als u te
    laat bent, duurt het langer"); None if there is none."""
    if i + 1 < end and is_finite(doc[i + 1]):
        return i + 1
    if i + 1 < end and doc[i + 1].text == ",":
        close = next((k for k in range(i + 2, end) if doc[k].text == ","), None)
        if close is not None and close + 1 < end and is_finite(doc[close + 1]):
            return close + 1
    return None


def _else_later(sent) -> bool:
    """Does the sentence say "anders ... langer/later" ("Reageer zo snel mogelijk, anders kan
    het langer duren", "Anders krijgt u uw geld later")? That is "hoe eerder, hoe beter" said the
    other way round: each day the reader waits moves what they wait for by a day. Only
    "anders" as "otherwise": it opens a clause (at the start of the sentence, after a comma,
    a semicolon, a dash, "want", "en" or "of") and the finite verb follows it, perhaps after
    a clause between commas ("anders, als u te laat bent, duurt het langer"), so not "ergens
    anders gaat wonen", "Anders dan vorig jaar" or "als uw situatie anders wordt". Only a
    comparative of that clause (up to a comma or a joined clause: "anders vervalt uw aanvraag
    en moet u later ..." has its consequence before "en"), not after "niet" or "geen" ("anders
    kunnen wij u niet langer helpen": no longer, a consequence a deadline can name), and
    "later" only for what the reader waits for (``_later_is_delay``). "anders" alone ("anders
    vervalt uw aanvraag") is a deadline the writer can name, and so is "later" without
    "anders"."""
    doc = sent.doc
    for i in range(sent.start, sent.end - 1):
        if doc[i].lower_ != "anders":
            continue
        if i > sent.start and doc[i - 1].lower_ not in ELSE_OPENERS:
            continue
        verb = _else_verb(doc, i, sent.end)
        if verb is None:
            continue
        for j in range(verb, sent.end):
            tok = doc[j]
            if _clause_end(tok):
                break  # the end of the clause of "anders"
            if tok.lower_ in NEGATIONS:
                break  # "niet langer", "geen ... meer"
            if tok.lower_ == "langer" or tok.lower_ == "later" and _later_is_delay(tok, verb, sent.end):
                return True
    return False


def _later_is_delay(later, verb: int, end: int) -> bool:
    """Does "later" move what the reader waits for ("Anders krijgt u uw geld later", "anders
    krijgt u later antwoord", "anders wordt uw aanvraag later behandeld", "pas later"),
    rather than put a new thing at a later time ("anders moet u later misschien geld
    terugbetalen", "anders moet u het formulier later opnieuw invullen", "anders krijgt u later
    een boete")? The verbs of the clause (from its finite verb at ``verb``) decide: "moeten" or
    "opnieuw" gives the reader a new task, a consequence like "anders vervalt uw aanvraag",
    which a deadline could prevent (the writer can name the date). Else what the reader gets
    or the writer does is the thing waited for when it is known already ("uw geld", "de
    uitkering") or names an act, the handling of the reader's case: a verb's stem ("antwoord",
    "besluit") or a noun made of one with -ing or -sel ("beslissing", "uitsluitsel"). Another
    new thing ("een boete", "geld") is a consequence."""
    doc = later.doc
    j = later.i
    if j > 0 and doc[j - 1].lower_ == "pas":
        return True
    clause = []
    for tok in doc[verb:end]:
        if tok.i > verb and _clause_end(tok):
            break
        clause.append(tok)
    if any(t.lemma_.lower() == "moeten" or t.lower_ in AGAIN_WORDS for t in clause):
        return False  # a new task for the reader
    for tok in clause:
        if tok.i > j and tok.pos_ == "NOUN" and tok.dep_ in {"obj", "nsubj", "nsubj:pass"} and not any(
                c.lower_ in KNOWN_DETERMINERS and c.dep_ in {"det", "nmod:poss"} for c in tok.children) \
                and not _act_noun(tok.lower_):
            return False
    return True


def _act_noun(noun: str) -> bool:
    """Does the noun name an act, the handling of a case: a verb's stem ("antwoord": antwoorden,
    "besluit": besluiten) or a verb's stem with -ing or -sel ("beslissing": beslissen,
    "uitsluitsel": uitsluiten), with a doubled consonant made single ("besliss-ing")? Not
    "boete". The stem must be one whose "hij" form occurs in text (``dictionary.verb_stem``)."""
    if dictionary.verb_stem(noun):
        return True
    for suffix in ("ing", "sel"):
        base = noun[: -len(suffix)]
        if noun.endswith(suffix) and len(base) > 2 and any(
                dictionary.verb_stem(b) for b in {base, base[:-1] if base[-1] == base[-2] else base}):
            return True
    return False


# words that say when something happens: soon, not a limit for an act ("binnen een redelijke
# termijn", "zo snel mogelijk")
SOON = vague_kind("soon")  # "binnenkort", "eerstdaags", "op korte termijn", ...
# the verbs that open a polite request as a question ("Wilt u ...?", "Kunt u ...?", "Zou u ...?"),
# with their present forms (the tagger leaves "Wilt" at the start of a sentence as its own lemma)
REQUEST_VERBS = frozenset({"willen", "kunnen", "zullen"})
REQUEST_FORMS = frozenset({form for verb in REQUEST_VERBS for form in PRESENT_FORMS[verb]} | {"zou", "zoudt"})


def readers_case(tok, sent) -> bool:
    """Is the word part of a condition or a question about the reader's own plans or
    situation ("Als u werkloos bent of binnenkort uw baan verliest, ...", "Wanneer uw kind
    binnenkort naar school gaat, ...", "Gaat u binnenkort verhuizen?")? Then "soon" describes a
    case the text speaks about, with a moment that differs per reader: the writer cannot name the
    date. Only the reader or the reader's own as the subject ("Als wij binnenkort een besluit
    nemen": the writers know when), and not denied ("Als u niet binnenkort betaalt": a deadline
    the writer can name). The clause is the verb of the word with the verbs it is joined to or
    is the infinitive of ("verliest" with "werkloos bent", "verhuizen" with "Gaat"): their
    subject, and "als" on any of them, count. Not when the writers come into that clause ("Als
    u binnenkort een brief van ons krijgt", "Als u ons binnenkort belt") or someone else acts
    on the reader's thing ("Als uw aanvraag binnenkort wordt goedgekeurd"): the writers can
    name that date. Nor a polite request ("Wilt u binnenkort contact met ons opnemen?",
    ``REQUEST_VERBS``): it asks the reader to act, not about their plans."""
    verb = clause_head(tok)
    verbs = [verb]
    while verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head
        verbs.append(verb)
    kids = [c for v in verbs for c in v.children]
    if any(c.lower_ in NEGATIONS for c in kids):
        return False
    if any(c.dep_ == "aux:pass" for c in kids):
        return False  # "Als uw aanvraag binnenkort wordt goedgekeurd": someone else acts, often the writer
    if any(t.lower_ in WRITER_FORMS for t in verbs[-1].subtree if sent.start <= t.i < sent.end):
        return False  # "Als u binnenkort een brief van ons krijgt", "Als u ons binnenkort belt": the writers' date
    if not any(c.dep_ in {"nsubj", "nsubj:pass"} and (c.lower_ in READER or any(
            o.dep_ == "nmod:poss" and o.lower_ in READER_POSSESSIVES for o in c.children)) for c in kids):
        return False
    # not "zodra" (explanations._CONDITIONS has it): "Zodra u ..." is a moment, not a case
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_WORDS for c in kids):
        return True
    # a question with the verb first ("Verhuist u binnenkort?", "Gaat u binnenkort verhuizen?")
    # but not a request ("Wilt u binnenkort het formulier terugsturen?", "Kunt u ...?", "Zou u ...?")
    first = next((t for t in sent if t.is_alpha), None)
    return (sent.text.rstrip().endswith("?") and first is not None and any(first.i == v.i for v in verbs)
            and first.lemma_.lower() not in REQUEST_VERBS and first.lower_ not in REQUEST_FORMS)


def in_purpose_clause(tok) -> bool:
    """Is the word part of an "om ... te" clause that states a goal ("Om zo snel mogelijk een
    deel op te lossen, hebben wij ...")? A goal promises no moment the reader waits for."""
    head = tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return any(c.lower_ == "om" and c.dep_ == "mark" for c in head.children)


def vague_matches(ctx, sent):
    """(tokens, what to name) for every vague expression DD114 reports in this sentence.
    DD103 asks too, so that a word that is both formal and vague ("zo spoedig mogelijk")
    gets one finding: the one that asks for the date."""
    index = vague_index()
    if not index.can_match(span_keys(ctx.doc, sent.start, sent.end)) or names_it(sent):
        return []
    tokens = [t for t in sent if not t.is_space]
    out = []
    for found, (ask, pos) in index.matches(tokens, skip=ctx.is_placeholder):
        text = " ".join(t.text for t in found)
        if ctx.accepted(text) or (pos and found[0].pos_ != pos) or about_the_past(found[0]):
            continue
        if text.lower() in LATER and reader_chooses(found[0]):
            continue
        if in_purpose_clause(found[0]):
            continue
        if text.lower() in SOON and readers_case(found[0], sent):
            continue
        if text.lower() in AS_SOON_AS_POSSIBLE and (writer_promises(found[0]) or sooner_the_better(sent)):
            continue
        if not (is_imperative(sent) or any(t.lower_ in PEOPLE for t in sent)):
            continue  # a general statement, not about this reader ("De boer moet na verloop van tijd verhuizen")
        if any(t.lower_ in USUALLY for t in sent):
            continue
        out.append((found, ask))
    return out
