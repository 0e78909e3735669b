"""DD101 lange-zin: sentences with too many words.

Source: Direct Duidelijk schrijftips and the Gebruiker Centraal schrijfwijzer
(https://www.gebruikercentraal.nl/hulpmiddelen/schrijfwijzer/): at B1, keep sentences
short, about 15 words on average, and never much over 20.

A sentence of 16 to 20 words is only a tip when it can be split into two main clauses
(setting ``tip_needs_split``): joined by a comma or "maar", or joined by "en", "of", "want"
... while its build is hard too (a passive, nominal style, a tang, a long lead-in or a
double negation found in it). A clear sentence of 17 words is fine, also when a word in it
is hard: that word gets its own finding; so is a sentence with a subclause that cannot stand
on its own ("Dat betekent dat ... tot ... een feit is"). With ``tip_needs_split = false`` the
older rule holds: a tip when the build is hard or the sentence has three or more clauses;
with ``tip_needs_other = false`` every sentence over 15 words gets a tip. A hint where to split is given only where a finite verb stands on both sides: at
"en", "maar", "want", "of" between two clauses, or before "omdat", "zodat" ... when the
subclause ends the sentence after a whole main clause; there the hint names the word the second
sentence starts with ("Dat komt doordat", "Zo", "Maar": ``SPLIT_LINKS``), as a subclause is no
sentence on its own. Never at "en" between two nouns or numbers, between two finite verbs that
share their subject and what follows ("De gemeente onderzoekt en beoordeelt of ..."), inside a name ("Wet
maatschappelijke ondersteuning en jeugdzorg"), before a "dat" clause that is the object of the
verb ("Wij hebben gezien dat ..."), at a time clause ("nadat", "zodra"), or before the main
clause's verb when a subclause opens the sentence.

What counts: a label before a colon that opens the sentence ("Let op:", "Tip:", "Antwoord:")
is read as a heading, no part of the sentence (``label_words``); a number in groups of digits
("020 626 2121") is one word (``number_groups``). A sentence of 21 or 22 words (``one_clause_margin``)
that is one main line keeps its finding only when its build is hard too (a finding of ``STRUCTURE``):
a hard word in it has its own finding, and splitting the sentence would not help that word. One
main line (``one_main_line``): nothing the reader must hold until later in the sentence. Dutch puts
the verb of a subclause last, so a subclause of ``held_words`` words or more before or inside the
main clause (also where the parse made it the root: read from the words), a subclause inside a
subclause, a relative clause apart from its noun, an aside in brackets or between dashes inside the
sentence, or a separable verb's particle more than DD107's ``max_verb_gap`` words after its verb is
held; a subclause at the end, after the whole main clause, is read as it comes. A list of
``LONG_LIST`` things or a second main clause (also after a comma or a missing full stop) keeps the
finding too. (The setting keeps its older name ``one_clause_margin``, as users have it in their
configuration: it is the margin of this one-main-line exception.) A list after a colon at the end
("... in tien talen: Nederlands, Engels, ...") is read item by item and counts as no list here.
A sentence of 23 to 25 words (``single_clause_margin``) without a build finding and of one main
line goes too when it is one clause (``one_clause``): one finite verb, of the main clause, no
relative clause, and no long part in front before a comma, no long middle before the clause's
other verbs ("U dient dit bedrag ... over te maken"), no long part between two commas. It says
one thing and is long through its phrases (names, numbers, a chain of nouns); splitting it does
not help. Both margins count from ``warning``: with ``one_clause_margin = 0`` a sentence of 21 or 22
words goes only when it is one clause; both at 0 give every sentence over ``warning`` its finding
(the list after a colon aside). A sentence the parse reads as one clause only by missing a verb
(a subclause's plural read as a participle, a plural main verb read as an infinitive, a particle
read as a predicate or a preposition as a particle) keeps its finding (rev32f).

On top of these, a sentence of 21 to 25 words (``load_margin``, counted from ``warning``) keeps its
finding only when it carries load (``carries_load``, rules42a, the judged README's stance): a build
finding of more than a tip (the weight the tip of 16 to 20 words asks for), two or more clauses
(also an "om/door/zonder ... te" clause), a part held until later in the clause, an inserted part of
``INSERTED_WORDS`` words or more, or a list of ``LOAD_LIST`` things. One clause without such load
reads like a sentence of 16 to 19 words. ``load_margin = 0`` turns this off. A hint names the
whole word before the split ("na 'risico’s'", not "na '’s'").
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right

from duidelijk.findings import Severity
from duidelijk.metrics import FactColumn, per_doc, token_table
from duidelijk.metrics_report import sentence_words, span_bounds
from duidelijk.rules import base
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.clauses import (AUX_DEPS, PERSONAL_SUBJECTS, clause_head, clause_verb, finite_at, finite_verb, is_finite,
                                     label_ids, label_set, opens_relative, sentence_root)
from duidelijk.rules.tang import FRONT_OPENERS, LIST_WORDS, LeadIn, Tang, _plural_read_as_infinitive

COORDINATORS = {"en", "maar", "want", "of", "dus"}
# A subclause is no sentence on its own ("Omdat u te laat was."): where DD101 cuts before a
# subordinator, the second sentence starts with a word of a main clause instead. "Dat komt
# doordat" and "De reden is dat" keep the subclause's order (its verb last); after "Zo",
# "Daardoor" or "Maar" the verb moves (second, or after the subject), which the writer does.
# A time clause ("nadat", "zodra") is no cut: "Dat gebeurt nadat ..." fits an event only.
SPLIT_LINKS = {"omdat": "'Dat komt doordat' of 'De reden is dat'", "doordat": "'Dat komt doordat'",
               "zodat": "'Zo' of 'Daardoor'", "waardoor": "'Daardoor'", "terwijl": "'Maar'",
               "hoewel": "'Maar'"}
# the subordinators DD101 cuts before: those with a word to start the second sentence with
SUBORDINATORS = frozenset(SPLIT_LINKS)
# difficulty in the build of a sentence; hard words are a problem of their own, not of length
STRUCTURE = {"passive", "nominalisation", "tang", "lead-in", "negation"}


# adverbs that join a new main clause to the one before: the finite verb follows them at once
# ("..., en daardoor is niet overal een antwoord te geven": two sentences with "en" between)
CONNECTIVES = {"daardoor", "daarom", "dus", "daarna", "hierdoor", "daarbij", "bovendien", "daarmee",
               "toen", "vervolgens", "daarnaast", "hiermee", "hierna"}


def connective_main_clause(doc, joint, end: int) -> bool:
    """Does a main clause start after the conjunction ``joint`` with a joining adverb, its
    finite verb right after it and more words after that verb ("en daardoor is niet overal
    een antwoord op te geven")? The verb in second place makes it a main clause, a sentence of
    its own. Not a subclause's second part, whose verb comes last ("omdat hij ziek was en
    daarom thuisbleef"). ``end``: the end of the sentence."""
    i = joint.i + 1
    if i + 2 >= end or doc[i].lower_ not in CONNECTIVES:
        return False
    return finite_at(token_table(doc).facts, i + 1) and any(not t.is_punct for t in doc[i + 2 : end])


def verb_comes_last(head, joint, verb) -> bool:
    """Do two or more parts of the clause of ``head`` stand between the joint and its finite
    verb? Then the verb comes last, as in a subclause, and what follows the joint is no main
    clause (a main clause has its verb second)."""
    return sum(1 for c in head.children if joint.i < c.i < verb.i and c.dep_ not in {"punct", "cc"}) > 1


def main_clause_joint(sent):
    """Where two main clauses of the sentence meet: the comma, ";" or conjunction before the
    second one ("..., wij behandelen ...", "... maar wij kunnen ..."), or None. Both clauses
    have a finite verb, the second its own subject and no "dat"/"omdat" before it."""
    root = sentence_root(sent)  # not a line break the parse made the root
    first = finite_verb(root)
    table = token_table(sent.doc)
    facts = table.facts  # finite_at: is_finite read from the table, without Token.morph
    if first is None or not finite_at(facts, first.i):
        return None
    deps, heads = table.deps, table.heads  # the children's labels, without a Token each
    strings = sent.doc.vocab.strings
    mark = strings["mark"]
    subjects = {strings["nsubj"], strings["nsubj:pass"], strings["expl"]}
    fronted = any(deps[c] == mark for c in table.children(root.i))  # "Als iemand ... heeft, kun je ...":
    # the parse made the subclause in front the root; what follows its comma is the main clause
    joined = {strings["conj"], strings["parataxis"]}
    for i in range(max(sent.start, root.i), sent.end):  # a conjunct or parataxis of the root, after it
        if deps[i] not in joined or heads[i] != root.i:
            continue
        marks = [c for c in table.children(i) if deps[c] == mark]
        if any(facts[c].lower != "te" for c in marks):
            continue  # a subclause
        head = sent.doc[i]
        verb = finite_verb(head)
        if verb is None or not finite_at(facts, verb.i) or verb.i < first.i:
            continue
        joints = [c for c in head.children if c.i < verb.i and c.i > first.i and (
            (c.dep_ == "cc" and c.lower_ in COORDINATORS) or (c.dep_ == "punct" and c.text in {",", ";"}))]
        edge = head.left_edge.i
        if not joints and edge - 1 > first.i and sent.doc[edge - 1].text == ";":
            joints = [sent.doc[edge - 1]]  # the ";" right before the clause, hung on the root by
            # the parse ("DigiD staat voor ...; het is een systeem waarmee ..."): a semicolon
            # joins two main clauses
        connective = any(c.dep_ == "cc" and connective_main_clause(sent.doc, c, sent.end) for c in joints)
        if marks and not connective:
            continue  # "om ... te geven": no clause with a finite verb of its own
        if not any(deps[c] in subjects for c in table.children(i)) and not connective:
            continue  # "lezen, schrijven en rekenen": one subject, no second sentence; but "en
            # daardoor is ... te geven" opens a main clause with its verb second (a subject the
            # parse did not label, or none: "is niet overal een antwoord op te geven")
        if fronted:
            joints = [c for c in joints if c.dep_ == "cc"]
        if joints and verb_comes_last(head, joints[-1], verb):
            continue  # "..., maar enkel wanneer dit nodig is": no main clause
        if joints:
            return next((c for c in joints if c.dep_ == "cc"), joints[0])
    return None


def _verb_first(sent) -> bool:
    """Does the sentence open with a finite verb ("Komt u ...", "Stuur ...")? A condition or
    an order, whose parts "en" joins without making two main clauses."""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    return first is not None and is_finite(first)


# a list this long is a reason to split a sentence of any length ("straten en pleinen,
# bruggen en viaducten, ...")
LONG_LIST = 4


# the clauses a reader may have to hold: a subclause, a relative clause, an "om te" clause
# ("Om ... te ..., moet u ...")
HELD_DEPS = frozenset({"advcl", "ccomp", "csubj", "acl:relcl"})


def held_clause(sent, least: int, gap: int = Tang.settings["max_verb_gap"]) -> bool:
    """Must a reader hold a clause in mind to read the sentence? Dutch puts the verb of a
    subclause last, so a reader carries its words until that verb comes, and the main clause
    waits too when the subclause stands before it or inside it. That is so when:

    - a subclause of ``least`` words or more stands before or inside the clause it belongs to,
      which goes on after it ("Als u geen bericht van ons ontvangt, kunt u ...", "De mensen die
      ... hebben, krijgen ..."); a short one is one thing to hold ("Als dat zo is, ...");
    - a subclause with a finite verb stands inside another subclause ("Dit getal laat zien van
      hoeveel mensen gemeld is dat ze ...");
    - an aside in brackets of ``least`` words or more stands inside the sentence ("Uw aanvraag
      (voor de kosten van de verhuizing naar ...) is ... binnengekomen");
    - the particle of a separable verb stands more than ``gap`` words (DD107's ``max_verb_gap``)
      after its finite verb ("Wij nemen binnen ... met u op": the reader holds 'nemen' until 'op'
      gives it its meaning; DD107 measures a finite verb and its other verbs, not its particle).

    A subclause at the end, after a whole main clause, is read as it comes ("U kunt hier lezen
    hoe u ... aanvraagt", "... meten omdat die via de wc in het rioolwater komen"): the main
    clause has been read, and nothing is left to wait for."""
    doc = sent.doc
    table = token_table(doc)
    facts, is_space, is_punct, deps = table.facts, table.is_space, table.is_punct, table.deps
    # the words as indexes, their labels read from the token table: a Token only for a
    # subclause's verb (most words are neither a particle nor a clause of HELD_DEPS)
    words = [i for i in range(sent.start, sent.end) if not (is_punct[i] or is_space[i])]
    if not words:
        return False
    last = words[-1]
    if _aside(sent, least, last) or _fronted(sent, least, words):
        return True
    particle, held = label_ids("compound:prt")[0], label_set(*HELD_DEPS)
    for i in words:
        if deps[i] == particle and _particle_apart(doc[i], gap, words):
            return True
        if deps[i] not in held:
            continue
        tok = doc[i]
        edge = tok.right_edge.i
        if edge < last and _goes_on(tok, edge, last) and sum(
                1 for t in tok.subtree if not (t.is_punct or is_space[t.i])) >= least:
            return True  # the clause it belongs to goes on after the subclause
        verb = finite_verb(tok)
        if verb is not None and finite_at(facts, verb.i) and any(a.dep_ in HELD_DEPS for a in tok.ancestors):
            return True  # a subclause inside a subclause
        if tok.dep_ == "acl:relcl" and tok.head.i < tok.left_edge.i and _apart(tok):
            return True  # "heb ik de lijst met maatregelen toegevoegd die op uw bedrijf ...": the
            # verb stands between the noun and its relative clause, the reader holds the noun
    return False


def _particle_apart(particle, gap: int, words) -> bool:
    """Do more than ``gap`` words stand between a separable verb's particle and the finite verb
    of its clause before it ("U vult het formulier ... helemaal in": 'vult' ... 'in')?"""
    verb = finite_verb(particle.head)
    if verb is None or verb.i > particle.i or not finite_at(token_table(particle.doc).facts, verb.i):
        return False
    return sum(1 for w in words if verb.i < w < particle.i) > gap  # (``words``: token indexes)


def _fronted(sent, least: int, words) -> bool:
    """Does a subclause of ``least`` words or more open the sentence, the main clause after its
    comma ("Als u vragen heeft over ..., belt u ons", "Of u ... krijgt, hangt af van ...")? Read
    from the words, not the parse: the parse often makes such a subclause the root, or hangs its
    verb on the main verb, and then no clause of it carries a subclause's label. A subordinator
    first, a finite verb before the first comma after ``least`` words or more, and a finite verb
    right after it (or after "dan"): the main clause puts its verb first after a subclause in
    front."""
    table = token_table(sent.doc)  # (``words``: token indexes; forms and labels from the table)
    facts, texts = table.facts, table.texts
    first = words[0]
    low = facts[first].lower
    if low not in FRONT_OPENERS and not (low in {"of", "dat"} and table.deps[first] == label_ids("mark")[0]):
        return False  # ("Dat kunt u ...": a demonstrative, no subclause)
    comma = next((i for i in range(sent.start, sent.end) if texts[i] == ","), None)
    if comma is None or sum(1 for w in words if w < comma) < least:
        return False
    after = [w for w in words if w > comma][:2]
    if after and facts[after[0]].lower == "dan":
        after = after[1:]
    # a subclause has a finite verb of its own; 'als', 'sinds' and 'zoals' also open a phrase
    # without one ("Zoals elk jaar in de zomer, is ...", "Sinds de verhuizing van ..., is ...")
    return bool(after) and finite_at(facts, after[0]) and any(
        finite_at(facts, w) for w in words if first < w < comma)


OPENING_BRACKETS = {"(": ")", "[": "]"}
DASHES = {"–", "—", "-"}  # a dash as a word of its own: "-" only with a space on both sides
_ASIDE_MARKS = frozenset(OPENING_BRACKETS) | DASHES  # the token texts that can open an aside


def _dash(doc, i: int) -> bool:
    """Is token ``i`` a dash that opens or closes an aside ("de balie – dat weet u vast – is ...")?
    Not a hyphen inside a word ("Noord-Holland"), nor a range between two numbers ("9-12",
    "van 9.00 - 12.00 uur", "van 3 – 5 maart")."""
    text = doc[i].text
    if text not in DASHES:
        return False
    if 0 < i < len(doc) - 1 and _number(doc[i - 1]) and _number(doc[i + 1]):
        return False  # a range: "van ... tot ..."
    return text != "-" or (doc[i].whitespace_ == " " and i > 0 and doc[i - 1].whitespace_ == " ")


def _number(tok) -> bool:
    """Is ``tok`` a number ("9", "12.00", "drie")?"""
    return tok.text[:1].isdigit() or tok.like_num


def _aside(sent, least: int, last: int) -> bool:
    """Is there an aside of ``least`` words or more with more of the sentence after it
    (``last``: the last word): a part in brackets, "( )" or "[ ]", or between two dashes ("de
    balie – dat staat ook op de website – is ...")? A short one ("(niveau 1)", "(GGD)") is
    read in passing."""
    doc = sent.doc
    table = token_table(doc)
    if _ASIDE_MARKS.isdisjoint(table.texts[sent.start : sent.end]):
        return False  # no bracket and no dash: no aside (most sentences; no Token object needed)
    is_space = table.is_space
    # an aside has two dashes; three or more are items of a list in the line ("mee - uw
    # paspoort - uw loonstrook - ..."), no aside
    dashes = sum(1 for tok in sent if tok.text in DASHES and _dash(doc, tok.i)) <= 2
    closing, opened = None, None
    for tok in sent:
        i = tok.i
        if opened is None and tok.text in OPENING_BRACKETS:
            closing, opened = OPENING_BRACKETS[tok.text], i
        elif opened is None and dashes and _dash(doc, i):
            closing, opened = "dash", i
        elif opened is not None and (tok.text == closing or (closing == "dash" and _dash(doc, i))):
            if i < last and sum(1 for t in doc[opened + 1 : i] if not (t.is_punct or is_space[t.i])) >= least:
                return True
            opened = None
    return False


def _apart(relative) -> bool:
    """Do words that are not part of the noun's phrase stand between a noun and its relative
    clause ("de lijst met maatregelen toegevoegd die ...": the verb 'toegevoegd')?"""
    noun = relative.head
    doc = relative.doc
    return any(not doc[j].is_punct and not _within(doc[j], noun) for j in range(noun.i + 1, relative.left_edge.i))


def _within(tok, head) -> bool:
    """Is ``tok`` ``head`` or in its subtree?"""
    return tok.i == head.i or head.is_ancestor(tok)


def _goes_on(sub, edge: int, last: int) -> bool:
    """Does the clause that ``sub`` belongs to go on after it (up to ``last``): its verb, or a
    part that hangs on that verb ("Als u ... ontvangt, kunt u ...": 'kunt'; "De mensen die ...
    wonen, krijgen ...": 'krijgen')? Not when only more words of a noun phrase follow, nor a
    clause joined by "en"/"of" ("de testen die ... plaatsvinden, en waarvan ... bekend is")."""
    doc = sub.doc
    verb = clause_head(sub.head) if sub.dep_ == "acl:relcl" else sub.head
    for t in doc[edge + 1 : last + 1]:
        if t.i == verb.i or (t.head.i == verb.i and t.dep_ not in {"punct", "conj", "parataxis", "cc"}):
            return True
    return False


def _builds_it(table, sent, found: list) -> bool:
    """Do the build findings ``found`` in a sentence of 21 to 25 words keep its finding? Yes,
    unless the one finding is a passive whose own verbs are the sentence's only verbs ("Het
    voorschot wordt binnen vier weken op uw rekening gezet"): then the sentence says one thing
    about one act, and its length is in its phrases. DD102 asks to name who does it; that
    rewrite, not a split, makes it plainer. A participle before a noun is an adjective ("de
    afgelopen drie dagen"), no verb. A passive beside another verb ("..., te delen door
    ...", "... beschikbaar gesteld en ... aangeleverd", a modal: "mag niet worden gebruikt") or
    beside another build finding makes a sentence that asks more of the reader."""
    if len(found) != 1 or found[0].category != "passive":
        return bool(found)
    passive = found[0]
    facts, idx, deps = table.facts, table.idx, table.deps
    amod = label_ids("amod")[0]
    # (a participle before a noun is an adjective, no verb of a clause: "de afgelopen drie dagen")
    return any(facts[i].pos in {"VERB", "AUX"} and deps[i] != amod and not passive.start <= idx[i] < passive.end
               for i in range(sent.start, sent.end))


def one_main_line(sent, least: int, gap: int = Tang.settings["max_verb_gap"]) -> bool:
    """Is the sentence one main line a reader takes as it comes: no clause to hold
    (``held_clause``) and no list of ``LONG_LIST`` or more things? It may have a subclause at
    its end ("... een testbewijs dat u ... kunt gebruiken") or two verbs that share their
    subject ("Vul het formulier in en geef het mee"), or a list after a colon at its end
    (``_colon_list``): a sentence of 21 or 22 words like that reads clearly; its difficulty,
    if any, is in its words."""
    colon = _colon_list(sent)
    table = token_table(sent.doc)  # the labels read from the table, no Token per word
    deps = table.deps
    (cc,) = label_ids("cc")
    if sum(1 for i in range(sent.start, colon) if deps[i] == cc) + 1 >= LONG_LIST:
        return False
    if _list_items(sent, colon) >= LONG_LIST:  # (not the items of a list after the colon)
        return False
    if _surface_list_items(sent, colon) >= LONG_LIST:
        return False
    return not held_clause(sent, least, gap) and not _second_main_clause(sent)


# an inserted part of this many words or more, between two commas, in brackets or between dashes,
# with more of the sentence after it, is load in a sentence of 21 to 25 words (``carries_load``);
# one or two words between commas are read in passing ("..., echter, ...", "..., zo nodig, ...")
INSERTED_WORDS = 3
# a list of this many things is load in a sentence of 21 to 25 words ("glas, papier en textiel")
LOAD_LIST = 3


# the most words of one item of a list of things (``tang.LIST_WORDS``: "één speciaal teken",
# "minimaal één kleine letter")
ITEM_WORDS = 5


def _surface_list_items(sent, end: int) -> int:
    """The most things of one list before ``end``, read from the words where the parse did not
    join them ("moet minimaal één kleine letter, één hoofdletter, één cijfer en één speciaal
    teken bevatten": the parse made the items a subject, a parataxis and two objects): short
    noun phrases of at most ``ITEM_WORDS`` words one after the other, between commas, with
    'en' or 'of' before the last."""
    best = count = words = 0
    joined = False
    for tok in sent.doc[sent.start:end]:
        if tok.text == "," or tok.pos_ == "CCONJ" and tok.lower_ in {"en", "of"}:
            if not 0 < words <= ITEM_WORDS:
                count, joined = 0, False  # an empty or long item: no list of things here
            else:
                count += 1
                joined |= tok.pos_ == "CCONJ"
            words = 0
        elif tok.pos_ in LIST_WORDS:
            words += 1
        elif not tok.is_space:
            if joined and 0 < words <= ITEM_WORDS:
                best = max(best, count + 1)
            count = words = 0
            joined = False
    if joined and 0 < words <= ITEM_WORDS:
        best = max(best, count + 1)
    return best


def _list_items(sent, end: int) -> int:
    """The most things of one list before ``end``: a word with its conjuncts (and appositions,
    as ``one_main_line`` counts them), read from the parse's labels."""
    table = token_table(sent.doc)
    deps, heads = table.deps, table.heads
    conj, appos = label_ids("conj", "appos")
    items: dict[int, int] = {}
    for i in range(sent.start, sent.end):
        if deps[i] == conj or deps[i] == appos:
            first = heads[i]
            while (deps[first] == conj or deps[first] == appos) and heads[first] != first:
                first = heads[first]
            if first < end:
                items[first] = items.get(first, 0) + 1
    return max(items.values(), default=0) + 1 if items else 1


def _inserted(sent, least: int) -> bool:
    """Is there an inserted part of ``least`` words or more with more of the sentence after it:
    between two commas ("Het gebied ligt, vanwege de nieuwe weg, op ..."), in brackets or between
    dashes ("de balie – dat staat ook op de website – is ...")?"""
    table = token_table(sent.doc)
    texts, is_space, is_punct = table.texts, table.is_space, table.is_punct
    words = [i for i in range(sent.start, sent.end) if not (is_punct[i] or is_space[i])]
    if not words:
        return False
    if _aside(sent, least, words[-1]):
        return True
    commas = [i for i in range(sent.start, sent.end) if texts[i] == ","]
    return any(sum(1 for w in words if first < w < second) >= least and words[-1] > second
               for first, second in zip(commas, commas[1:]))


# the words that open an infinitive clause with "te" (a "beknopte bijzin": "om de toeslag te krijgen",
# "door de gegevens weg te gooien", "zonder een afspraak te maken")
TE_OPENERS = frozenset({"om", "door", "zonder"})


def _te_clause(sent) -> bool:
    """Does the sentence have an infinitive clause with "te" opened by "om", "door" or "zonder",
    with a word of its own between them ("om de toeslag te krijgen")? Such a clause has no finite
    verb, but it is a clause: its own object and parts, its verb last. Read from the words (the
    parse often takes "door" for a preposition of the main verb): the nearest such opener before
    "te" + a verb, with no finite verb between."""
    doc = sent.doc
    table = token_table(doc)
    facts = table.facts
    opener = None
    for i in range(sent.start, sent.end - 1):
        low = facts[i].lower
        if finite_at(facts, i):
            opener = None
        elif low in TE_OPENERS:
            opener = i
        elif low == "te" and opener is not None and i - opener > 1 and doc[i + 1].pos_ in {"VERB", "AUX"}:
            return True
    return False


def carries_load(table, sent, found: list, least: int, lead: int, gap: int) -> bool:
    """Does a sentence of 21 to 25 words carry load that a split would take off (the judged
    README's stance: such a sentence is worth a finding when it has two or more clauses, an
    inserted part or a long list; one clause without such load reads like a sentence of 16 to
    19 words, whose difficulty is in its words)? Load is:

    - other difficulty in its build: a finding of ``STRUCTURE`` in it of more than a tip (the
      weight the tip of 16 to 20 words asks for; ``found``), as ``_builds_it`` reads it;
    - two or more clauses: more than one finite verb, a relative clause, a subclause the parse
      gave no finite verb, a second main clause (``one_clause``, ``main_clause_joint``,
      ``_second_main_clause``), or an infinitive clause with "om", "door" or "zonder" ... "te"
      (``_te_clause``; at the end of a sentence of 23 to 25 words ``one_clause`` reads it as it comes,
      and that exception stays);
    - something the reader holds until later in the clause: a long part in front, a long middle
      before the clause's other verbs (``one_clause``), a separable verb's particle far from its
      verb (``held_clause``);
    - an inserted part of ``INSERTED_WORDS`` words or more (``_inserted``);
    - a list of ``LOAD_LIST`` things or more, not counting a list after a colon at the end, which
      is read item by item (``_colon_list``).

    A sentence the parse reads as one clause only by missing a verb is read as ``one_clause``
    reads it (a plural taken for an infinitive, a subclause's verb taken for a participle)."""
    if _builds_it(table, sent, found):
        return True
    if not one_clause(sent, least, lead) or held_clause(sent, least, gap) or _second_main_clause(sent) \
            or _te_clause(sent):
        return True
    if _inserted(sent, INSERTED_WORDS) or _list_items(sent, _colon_list(sent)) >= LOAD_LIST:
        return True
    return main_clause_joint(sent) is not None


def _colon_list(sent) -> int:
    """Where a list after a colon at the end of the sentence starts: the colon's index ("... in
    tien talen: Nederlands, Engels, Frans, ..."), or the sentence's end. The colon tells the
    reader that the things of the list come now, one by one; the clause before it is done. No
    finite verb after the colon: then a clause goes on ("..., zijn veelvoudig: a, b, c dienen
    ..."), and no list."""
    table = token_table(sent.doc)
    texts, facts = table.texts, table.facts
    colon = next((i for i in range(sent.start, sent.end) if texts[i] == ":"), None)
    if colon is None or colon == sent.start or any(finite_at(facts, i) for i in range(colon + 1, sent.end)):
        return sent.end
    return colon


def one_clause(sent, least: int, lead: int = LeadIn.settings["max_phrase_words"]) -> bool:
    """Is the sentence one clause a reader takes as it comes? Such a sentence says one thing;
    it is long through its phrases ("De inzet van ... draagt bij aan ..., aan ... en aan ...").
    One finite verb, of the main clause, no relative clause, and nothing of ``least`` words or
    more that the reader holds until the clause goes on:

    - a part in front that a comma closes before the verb ("Aanvullend op de richtlijnen voor
      ..., helpen de tips ...": the verb and its subject come after it), or one of more than
      ``lead`` words without a comma (DD108's ``max_phrase_words``: "De ouders van ... in de wijk
      Oost betalen ..."; DD108 finds it when the parse has the verb, and its finding keeps this
      one, but the parse may miss the verb: 'acht' of "groep acht" as the root);
    - a long middle between the finite verb and the clause's other verbs ("U dient dit bedrag
      binnen ... over te maken", "Nadien is de bouw ... uitgesteld": the meaning comes at the end);
    - a part between two commas with more of the sentence after it ("Het gebied bevindt zich,
      vanwege ..., op een B-locatie"; a list of long items as well: a list is no one thing).

    An "om ... te" clause at the end is read as it comes. The parse may miss a verb: a subclause
    whose verb it took for a participle or an infinitive (``_unseen_subclause``: "..., zodra wij
    ... ontvangen") is a second clause; a plural it took for an infinitive, with its subject in
    front ("De bewoners van ... vragen ... aan", ``tang._plural_read_as_infinitive``), is the
    finite verb of the main clause."""
    doc = sent.doc
    table = token_table(doc)
    facts, texts, is_space, is_punct = table.facts, table.texts, table.is_space, table.is_punct
    finite = [i for i in range(sent.start, sent.end) if finite_at(facts, i)]
    if len(finite) > 1:
        return False
    if not finite:
        root = sentence_root(sent)
        verb = finite_verb(root)
        if verb is not None and _plural_read_as_infinitive(table, sent, root, verb):
            finite = [verb.i]
    if any(tok.dep_ == "acl:relcl" or _unseen_subclause(tok) for tok in sent) \
            or any(clause_verb(doc[i]).dep_ in HELD_DEPS for i in finite):
        return False

    def words(start: int, end: int) -> int:
        return sum(1 for i in range(start, end) if not (is_space[i] or is_punct[i]))

    if finite:
        verb = finite[0]
        front = words(sent.start, verb)
        if (texts[verb - 1] == "," and front >= least) or front > lead:
            return False  # a long part in front
        close = _bracket_end(doc[verb], sent)
        if close is not None and words(verb + 1, close) >= least:
            return False  # a long middle
    # (read from the words: the parse often hangs the words after an aside on a word inside it)
    commas = [i for i in range(sent.start, sent.end) if texts[i] == ","]
    return not any(words(first + 1, second) >= least and words(second + 1, sent.end)
                   for first, second in zip(commas, commas[1:]))  # a long part between commas inside


def _unseen_subclause(tok) -> bool:
    """Is ``tok`` the verb of a subclause the parse gave no finite verb ("U krijgt de pas ...
    zodra wij uw gegevens ontvangen": a plural of the present is spelled as the infinitive and
    the participle, and the tagger may take it for either)? A verb of a clause of ``HELD_DEPS``
    with a subject of its own ('wij') or a conjunction ('zodra', 'als', 'wanneer', 'dat'). Not an
    "om ... te" clause (no subject; "om" and "te" no conjunctions), nor "als" before a noun ("...
    als een van de twaalf plekken": no verb)."""
    return tok.dep_ in HELD_DEPS and tok.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubj:pass"} or (c.dep_ == "mark" and c.pos_ == "SCONJ" and c.lower_ not in {"om", "te"})
        for c in tok.children)


def _bracket_end(finite, sent):
    """Where the other verbs of the finite verb's clause start, closing its middle: the first
    verb after it that is no finite verb and not in an "om ... te" clause (with its particle:
    "U dient dit bedrag ... over te maken": 'over'), or the finite verb's own particle ("ligt
    ... klaar"), or None when there is none ("De provincie heeft een rol ..."). Read from the
    words as well as the parse: the parse may take an auxiliary for a copula ("Nadien is de bouw
    ... uitgesteld": 'uitgesteld' the root), a particle for a predicate ("ligt ... klaar":
    'klaar' an adjective of 'ligt') and a preposition for a particle ("nemen na ontvangst van ...
    contact met u op": 'na' and 'op'; the last closes the middle, a particle stands at its end)."""
    doc = sent.doc
    own = {finite.head.i} if finite.dep_ in AUX_DEPS else set()
    # the finite verb's own particle closes it as well ("Het paspoort ligt vanaf ... klaar"), or
    # an adjective the parse gave a full verb as its predicate (a copula's is its head: "De balie
    # is ... open" has no middle to hold)
    particle = max((c.i for c in finite.children if c.i > finite.i and (
        c.dep_ == "compound:prt" or (c.dep_ == "xcomp" and c.pos_ == "ADJ" and finite.dep_ not in AUX_DEPS))),
        default=None)
    for tok in doc[finite.i + 1 : sent.end]:
        if tok.i == particle:
            return particle
        if tok.pos_ not in {"VERB", "AUX"} or not (tok.i in own or tok.dep_ in {"ROOT", "xcomp", "aux", "aux:pass"}):
            continue
        if any(t.left_edge.lower_ == "om" and t.left_edge.i > finite.i for t in itertools.chain([tok], tok.ancestors)):
            continue  # "..., om een besluit te kunnen nemen": a clause of its own, at the end (read
            # from its first word: the parse may take "om" for a preposition of the object)
        return min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound:prt" and c.i > finite.i])
    return None


def _second_main_clause(sent) -> bool:
    """Does a second main clause follow the first without a joint the parse saw ("Dit bewijs
    is geldig tot {datum} Daarna kan je een nieuw bewijs maken": a full stop missing; "...
    ophalen bij de balie, de balie is open ...": a comma where a full stop belongs)? A clause
    with its own subject and no word like "als" or "dat" before it, its finite verb in second
    place: after one part of the clause, of one word or more ("Een nieuwe datum krijgt u ..."),
    the order of a main clause, a sentence of its own. The first clause has a finite verb of
    its own ("Technisch gezien: de pompen werken ...": a label, no clause). (A clause with its
    verb first is a question or condition of a row: "Moeten we ..., is de situatie ...?")"""
    table = token_table(sent.doc)
    facts, is_space = table.facts, table.is_space
    root = sentence_root(sent)
    first = finite_verb(root)
    if first is None or not finite_at(facts, first.i):
        return False
    doc, deps, heads = sent.doc, table.deps, table.heads
    joined = label_set("advcl", "parataxis", "conj", "xcomp")
    for i in range(sent.start, sent.end):  # (labels and heads from the table: a Token only for those)
        if deps[i] not in joined or heads[i] != root.i:
            continue
        tok = doc[i]
        if tok.i > root.i:  # the second clause hangs on the first, the root
            if _verb_second(tok, first.i, table) and not any(c.dep_ == "mark" for c in tok.children):
                return True
        elif tok.dep_ == "parataxis" and tok.right_edge.i < first.i:
            # the parse made the second clause the root, the first hangs on it ("Het zwembad
            # blijft tot juni dicht Daarna krijgt u ...": 'blijft' a parataxis of 'krijgt')
            verb = finite_verb(tok)
            if verb is not None and finite_at(facts, verb.i) and any(
                    c.dep_ in SUBJECT_DEPS for c in itertools.chain(tok.children, verb.children)) and _verb_second(
                    root, tok.right_edge.i, table):
                return True
    return False


def _verb_second(clause, after: int, table) -> bool:
    """Does ``clause`` (its words after index ``after``) have the order of a main clause: its
    finite verb after exactly one part (one child's words, of one word or more: "Daarna krijgt
    u", "Een nieuwe datum hoort u"), its own subject, and no relative word first?"""
    facts, is_space, is_punct = table.facts, table.is_space, table.is_punct
    verb = finite_verb(clause)
    if verb is None or not finite_at(facts, verb.i):
        return False
    start = next((t for t in clause.subtree if t.i > after and not (is_punct[t.i] or is_space[t.i])), None)
    if start is None or start.i >= verb.i or opens_relative(start):
        return False
    before = {j for j in range(start.i, verb.i) if not (is_punct[j] or is_space[j])}
    parts = [c for c in itertools.chain(clause.children, verb.children) if c.i != verb.i and c.i != clause.i]
    if not any({t.i for t in c.subtree if not (is_punct[t.i] or is_space[t.i])} == before for c in parts):
        return False  # two parts or more before the verb: a subclause's order, its verb last
    return any(c.dep_ in SUBJECT_DEPS for c in parts)


def _in_main_clause(clause) -> bool:
    """Is a coordinated clause part of the main clause, not of a subclause ("de kritiek dat
    de strips saai zijn geworden en Suske en Wiske niet meer leuk zijn")? Its first conjunct
    is the root, or hangs on it as a clause of its own."""
    head = clause_verb(clause)
    while head.dep_ in {"conj", "parataxis"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT" or head.head.is_space  # (a line break made the root: sentence_root)


def _second_relative(doc, joint, start: int) -> bool:
    """Does "en"/"of" join a second relative clause to a first one ("een behandeling die
    strekt tot ... en die voldoet aan ...")? Then "die" after the joint is a relative pronoun
    too, whatever the parse says, and no sentence can start there. Read from the first:
    the verb nearest before the joint heads a relative clause."""
    after = joint.i + 1
    if after >= len(doc) or not opens_relative(doc[after]):
        return False
    if after + 2 < len(doc) and doc[after + 2].lower_ in PERSONAL_SUBJECTS and doc[after + 1].pos_ in {"VERB", "AUX"}:
        return False  # "en dat doet u met ...": "dat" is the object of a main clause, its subject after the verb
    verb = next((doc[j] for j in range(joint.i - 1, start - 1, -1) if doc[j].pos_ in {"VERB", "AUX"}), None)
    while verb is not None and verb.dep_ in AUX_DEPS:
        verb = verb.head
    return verb is not None and verb.dep_ == "acl:relcl"


# per token fact: a word where a sentence may split (``split_point``), worked out once per fact
_SPLIT_WORD = FactColumn(lambda fact, _: fact.lower in COORDINATORS or fact.lower in SUBORDINATORS)
_SPLIT_WORDS = "duidelijk.sentence_length.split_words"  # Doc.user_data key of ``_split_words``


def _split_words(doc) -> list[int]:
    """The indexes of the Doc's tokens whose lower-case form is in ``COORDINATORS`` or
    ``SUBORDINATORS``, in order."""
    return _SPLIT_WORD.of(token_table(doc)).nonzero()[0].tolist()


def _last_subclause(sent, mark, clause) -> bool:
    """May the sentence be cut before the subordinator ``mark`` of ``clause``? Only where the
    words before it are a whole sentence and the subclause ends the sentence: the main clause's
    finite verb stands before it, and after the subclause only punctuation follows. Not in a
    subclause in front ("Als de aanvraag, bijvoorbeeld omdat ..., is aangemerkt, volgt ..."),
    nor in one inside the main clause ("U krijgt, omdat ..., geen geld"). 'terwijl' only after
    a comma: then it sets two facts against each other ("..., terwijl NICE dat niet doet"),
    which "Maar" says too; without one it often says "at the same time" ("Lees dit terwijl u
    wacht")."""
    doc = sent.doc
    if mark.lower_ == "terwijl" and (mark.i == 0 or doc[mark.i - 1].text != ","):
        return False
    root = sentence_root(sent)
    facts = token_table(doc).facts
    first = finite_verb(root)
    if first is not None and finite_at(facts, first.i) and first.i > mark.i:
        return False  # (a root without a finite verb is a parse that missed it: "Let op dat ...")
    last = next((t.i for t in reversed(sent) if not (t.is_punct or t.is_space)), mark.i)
    edge = clause.right_edge.i
    if _goes_on(clause, edge, last):
        return False
    # the main clause goes on: a part of the root after the subclause, or its verb at the end
    # of its bracket ("Wij kunnen ..., omdat ..., niet meer betalen"); a finite verb on the root
    # there is a clause of its own (or the subclause's own verb, hung on the root by the parse)
    return not any(t.i == root.i or (t.head.i == root.i and (
        t.dep_ not in {"punct", "conj", "parataxis", "cc"} or (t.pos_ in {"VERB", "AUX"} and not finite_at(facts, t.i))))
        for t in doc[edge + 1 : last + 1])


def _main_verb_after_front(sent, words, facts):
    """The position in ``words`` of the main clause's finite verb when the sentence opens with
    a subclause ("Als ..., volgt ..."): Dutch puts it first after the subclause, so it is the
    first finite verb right after a comma, after "dan" there, or right after the subclause's own
    verb ("Als u wilt is het ..."). None when the sentence does not open with a subordinator or
    no such verb is found (then the parse's clauses decide alone). A cut before it leaves the subclause in front without its main
    clause ("Als ..., bijvoorbeeld omdat ... of omdat ..., volgt ...": not at 'of')."""
    if not words or facts[words[0]].lower not in FRONT_OPENERS:
        return None
    texts = token_table(sent.doc).texts
    for pos in range(2, len(words)):
        if not finite_at(facts, words[pos]):
            continue
        before = words[pos - 1]
        if texts[before] == "," or finite_at(facts, before) or (
                facts[before].lower == "dan" and texts[words[pos - 2]] == ","):
            return pos
    return None


def split_point(ctx: Context, sent):
    """The first word where the sentence can become two sentences, or None."""
    doc = sent.doc
    table = token_table(doc)
    facts, is_space = table.facts, table.is_space
    words = [i for i in range(sent.start, sent.end) if not is_space[i]]
    begin = 3  # not in the first three words nor in the last three
    if base.PREFILTER:
        # a split point needs a finite verb before it (the last test below): the words up to
        # the first finite verb are passed over at once, without a Token for any of them
        first = next((pos for pos, i in enumerate(words) if finite_at(facts, i)), None)
        if first is None:
            return None
        begin = max(begin, first + 1)
    front = _main_verb_after_front(sent, words, facts)
    if front is not None:
        begin = max(begin, front + 1)
    # the words "en", "maar", "omdat" ... of the Doc, found once (``_split_words``): each sentence
    # takes those between its fourth word and its fourth word from the end by bisection
    stop = len(words) - 3
    if begin >= stop:
        return None
    marks = per_doc(doc, _SPLIT_WORDS, _split_words)
    for i in marks[bisect_left(marks, words[begin]):bisect_right(marks, words[stop - 1])]:
        pos = bisect_left(words, i)  # (such a word is never white space: it is among the words)
        low = facts[i].lower
        tok = doc[i]
        if low in COORDINATORS and tok.dep_ == "cc":
            clause = tok.head
            if any(c.dep_ == "mark" and not (c.lower_ == "te" and connective_main_clause(doc, tok, sent.end))
                   for c in clause.children):
                continue  # "... en dat alle stukken compleet zijn": no sentence on its own ("te"
                # is no subclause after a joining adverb: "en daardoor is ... op te geven")
            if not _in_main_clause(clause):
                continue  # "het akkoord dat ... was gesloten, en waarvan ...": two subclauses
            if _second_relative(doc, tok, sent.start):
                continue  # "een behandeling die ... strekt tot ... en die voldoet aan ..."
        elif low in SUBORDINATORS and tok.dep_ == "mark":
            clause = tok.head
            if not _last_subclause(sent, tok, clause):
                continue
        else:
            continue
        if clause.i < tok.i or not clause.sent == sent:
            continue
        verb = finite_verb(clause)
        if verb is None or not finite_at(facts, verb.i) or verb.i < tok.i:
            continue
        head = clause_verb(clause)
        if tok.dep_ == "cc" and verb_comes_last(head, tok, verb):
            continue  # "..., en van wat de rest betekent": no main clause
        if tok.dep_ == "cc" and verb.i == words[pos + 1] and finite_at(facts, words[pos - 1]):
            continue  # two finite verbs joined ("De gemeente onderzoekt en beoordeelt of ..."):
            # they share their subject and what follows; the first alone is no sentence
        if tok.dep_ == "cc" and verb.i > words[pos + 1] and not any(
                c.dep_ in {"nsubj", "nsubj:pass", "expl"} for c in head.children) and not (
                verb.i == words[pos + 2] and connective_main_clause(doc, tok, sent.end)):
            # a second part with the subject of the first starts with its verb ("... en wordt
            # daarom ..."); a word before the verb and no subject of its own make a verb-final
            # clause: "die naar Wallers en Cysoing afzakken" (the parse joined it to the root)
            continue
        if any(finite_at(facts, j) for j in words[:pos]):
            return tok
    return None


# the most words of a label before a colon that opens a sentence ("Let op:", "Belangrijk:",
# "Goed om te weten:")
LABEL_WORDS = 4
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl"})  # what makes a clause's subject for ``label_words``


def label_words(sent, words) -> int:
    """How many words a label before a colon at the start of the sentence has ("Let op: de
    aanhanger moet u ... terugbrengen", "Tip: ..."), or 0. A reader takes such a label as a
    heading of its own: the sentence after it has its own finite verb, with a subject or first
    (an order). The label has no subject ("Dit betekent: ...", "U krijgt: ..." start a sentence
    that goes on after the colon) and the words after the colon are a sentence by themselves,
    not the things the label names ("Neem mee: uw paspoort en ...")."""
    doc = sent.doc
    table = token_table(doc)
    facts, texts = table.facts, table.texts  # (the texts without a Token each: most sentences have no colon)
    for pos in range(min(LABEL_WORDS, len(words) - 1)):
        colon = words[pos] + 1
        if colon >= sent.end or texts[colon] != ":" or colon >= words[pos + 1]:
            continue
        label = doc[sent.start : colon]
        if any(t.dep_ in SUBJECT_DEPS and t.head.i < colon for t in label):
            return 0  # "Dit betekent: ...", "U krijgt: ...": the label is a clause's start
        if any(finite_at(facts, t.i) for t in label[1:]):
            return 0  # "Belangrijk is: u betaalt ...": a verb in second place, the clause after the colon is its subject
        if doc[colon - 1].is_digit and colon + 1 < sent.end and doc[colon + 1].is_digit:
            return 0  # "Om 10 : 30 gaat ...": a time written with spaces
        rest = words[pos + 1 :]
        if len(rest) < 4:
            return 0
        first = doc[rest[0]]
        if finite_at(facts, first.i) and first.dep_ not in AUX_DEPS:
            return pos + 1  # "Tip: bel ons eerst."
        for i in rest:
            if not finite_at(facts, i):
                continue
            verb = clause_verb(doc[i])
            if verb.i < colon or verb.dep_ in {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp"}:
                continue
            # the parse may hang the subject on the finite verb itself ("Tip: u kunt de pas ... ophalen":
            # 'u' on 'kunt'), or on the verb it belongs to ("Antwoord: u kunt ...": on 'ophalen')
            children = list(itertools.chain(verb.children, doc[i].children if i != verb.i else ()))
            if any(c.dep_ in SUBJECT_DEPS and c.i > colon for c in children):
                return pos + 1
            # or it takes a word of the label for the subject and the subject after the colon for an
            # object ("Let op: de balie in het stadhuis opent ...": 'Let' the subject of 'opent', 'balie'
            # its object): a word of the verb's own between the colon and the verb stands first, so the
            # words after the colon are a sentence with the verb in second place
            if any(c.dep_ in SUBJECT_DEPS and c.i < colon for c in children) and any(
                    c.dep_ == "obj" and colon < c.i < doc[i].i for c in children):
                return pos + 1
        return 0
    return 0


def _phone_groups(groups: list) -> bool:
    """Do the groups of digits look like a phone number: groups of 2 to 4 digits, one of them
    an area code or number with a leading 0 ("020 626 2121", "0800 0643", "14 020"), or a first
    group with '+' ("+31 20 624 1111")? Not years ("2025 2026") nor small numbers ("3 4")."""
    if not all(2 <= len(g.lstrip("+")) <= 4 for g in groups):
        return False
    return groups[0].startswith("+") or any(g.startswith("0") for g in groups)


def _amount_groups(groups: list) -> bool:
    """Do the groups of digits look like an amount with spaces between the thousands ("1 250",
    "12 500 000"): 1 to 3 digits, not a leading 0, then groups of exactly 3?"""
    first = groups[0]
    return first.isdigit() and len(first) <= 3 and not first.startswith("0") and all(
        len(g) == 3 for g in groups[1:])


def number_groups(table, words, doc=None) -> int:
    """How many words of ``words`` only go on a number written in groups of digits: a phone
    number ("020 626 2121", "0800 0643", "14 020") or an amount ("1 000") is one thing to read,
    one word, not three. Digits right after digits, with nothing but one space between them
    (``doc``: where the spaces are read; without it the words next to each other), in groups
    a phone number or an amount has (``_phone_groups``, ``_amount_groups``): a list of years
    ("in 2025 2026 en 2027") or of numbers ("de groepen 3 4 en 5") is no one number."""
    texts = table.texts

    def digits(i) -> bool:
        text = texts[i]
        return text.isdigit() or (text[:1] == "+" and text[1:].isdigit())

    # A run has a word of digits only ("+31" can only open one) right after a word of digits.
    # Most long sentences have no such pair: found in C over the words (without a Python step
    # per word, which was a quarter of DD101's time), then among the few all-digit words.
    all_digits = list(map(str.isdigit, map(texts.__getitem__, words)))
    if not any(digits(words[k - 1]) and words[k - 1] == words[k] - 1
               for k in itertools.compress(range(1, len(words)), all_digits[1:])):
        return 0

    joined, run = 0, []
    for i in words:
        if run and i == run[-1] + 1 and digits(i) and not texts[i].startswith("+") and (
                doc is None or doc[run[-1]].whitespace_ == " "):
            run.append(i)
            continue
        joined += _joined(texts, run)
        run = [i] if digits(i) else []
    return joined + _joined(texts, run)


def _joined(texts, run: list) -> int:
    """The words ``number_groups`` takes off for one run of digit groups: all but one, if the
    run is a phone number or an amount. An area code with a dash before it ("088 - 123 65 55")
    makes the groups after it a phone number."""
    if len(run) < 2:
        return 0
    groups = [texts[j] for j in run]
    start = run[0]
    if start >= 2 and texts[start - 1] in {"-", "–"} and texts[start - 2].isdigit() and texts[start - 2][:1] == "0":
        groups = [texts[start - 2]] + groups
    return len(run) - 1 if _phone_groups(groups) or _amount_groups(groups) else 0


def _word_before(doc, i: int, start: int) -> str:
    """The whole word before token ``i`` (from ``start`` on), its punctuation passed over, as the
    hint names it: a word the tokenizer cut in two is named whole ("risico’s", not "’s")."""
    last = next((j for j in range(i - 1, start - 1, -1) if not doc[j].is_punct), i - 1)
    first = last
    while first > start and doc[first - 1].whitespace_ == "" and not doc[first - 1].is_punct:
        first -= 1
    return doc[first : last + 1].text


_UNSET = object()


@register
class LongSentence(Rule):
    code = "DD101"
    name = "lange-zin"
    category = "sentence-length"
    severity = Severity.WARNING
    settings = {"suggestion": 15, "warning": 20, "error": 30, "tip_needs_other": True,
                "tip_needs_split": True, "one_clause_margin": 2, "single_clause_margin": 5, "held_words": 5,
                "load_margin": 5}
    reads_findings = True  # runs after the other rules: a tip needs other difficulty
    doc = RuleDoc(
        what="Zoekt zinnen met veel woorden.",
        why=(
            "Een lange zin moet de lezer lang onthouden. Lezers op taalniveau B1 raken dan "
            "de draad kwijt. Houd zinnen kort: gemiddeld 15 woorden, liefst niet meer dan 20."
        ),
        source="Direct Duidelijk (https://www.directduidelijk.nl); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl)",
        bad=(
            "Wij hebben uw aanvraag voor een parkeervergunning ontvangen en wij laten u weten "
            "dat wij deze aanvraag binnen acht weken behandelen, maar als wij meer informatie "
            "nodig hebben dan nemen wij contact met u op."
        ),
        good=(
            "Wij hebben uw aanvraag voor een parkeervergunning ontvangen. Binnen acht weken "
            "krijgt u een besluit. Hebben wij meer informatie nodig? Dan bellen wij u."
        ),
        exceptions=(
            "Adressen, de aanhef, de groet en de naam onder de brief tellen niet mee. Een "
            "invulveld in een sjabloon telt als één woord. Heeft een zin 16 tot 20 woorden? "
            "Dan krijgt u alleen een tip als er twee hele zinnen in staan. Staat er 'en' tussen? "
            "Dan moet de zin ook op een andere manier moeilijk zijn. Staat er een komma of "
            "'maar' tussen? Dan krijgt u altijd een tip. Heeft een zin 21 of 22 woorden? Dan krijgt u "
            "soms geen melding. Dat is zo als de lezer niets hoeft te onthouden tot later in de zin. "
            "Moet de lezer wel iets onthouden? Dat is zo bij een lange bijzin vóór of midden in de hoofdzin, "
            "zoals 'Als u ... heeft, kunt u ...'. Een bijzin in een bijzin telt ook. Dat geldt ook voor een "
            "lang stuk tussen haakjes of tussen twee streepjes, en voor een lange opsomming. Een opsomming na een "
            "dubbele punt aan het eind telt niet als lange opsomming. Staat een deel van "
            "het werkwoord ver achteraan, zoals in 'Wij sturen de brief ... op'? Ook dan moet de lezer iets "
            "onthouden. Staan er twee hele zinnen achter "
            "elkaar, met een komma ertussen of zonder punt? Dan krijgt u ook een melding. "
            "Ook mag de zin geen lijdende vorm of andere "
            "moeilijke bouw hebben. Een tip over de bouw is daarvoor niet genoeg. Een bijzin aan het eind is geen probleem: '..., omdat de machine stuk is.' "
            "Een moeilijk woord in die zin krijgt een "
            "eigen melding. Heeft een zin 23, 24 of 25 woorden? Dan krijgt u geen melding als de zin maar één "
            "ding zegt. Dat is zo bij één persoonsvorm en geen bijzin. Ook mag er geen lang stuk vóór de "
            "persoonsvorm staan met een komma erachter, en geen heel lang stuk zonder komma. En geen lang stuk "
            "tussen de persoonsvorm en de andere werkwoorden, zoals in 'U dient het bedrag ... over te maken' "
            "of 'Uw pas ligt ... klaar'. En geen lang stuk tussen twee komma's. "
            "Zo'n zin is lang door namen, getallen of een rij zelfstandige naamwoorden. Twee zinnen maken helpt "
            "dan niet. Wilt u bij zinnen van 21 tot 25 woorden toch altijd een melding? Zet dan de instellingen "
            "'one_clause_margin', 'single_clause_margin' en 'load_margin' op 0. Een kort kopje voor een dubbele punt aan het "
            "begin, zoals 'Let op:', telt niet mee. Een telefoonnummer in groepjes cijfers telt als één woord."
        ),
    )

    def check(self, ctx: Context):
        opts = self.options
        # the findings on how a sentence is built, of any weight ("Mogelijk een lijdende vorm"):
        # a sentence of one main line just over the limit keeps its finding only with one of
        # these; a hard word gets its own finding, and splitting the sentence does not help it
        built = [f for f in ctx.shared.get("findings", []) if f.category in STRUCTURE]
        # of those, the ones that are more than a tip ("het geven van" is not enough) for a tip
        others = [f for f in built if f.severity.rank >= Severity.WARNING.rank]
        table = token_table(ctx.doc)
        # a separable verb's particle this far from its verb is held (DD107's setting, one measure)
        gap = Tang.options_in(ctx.config)["max_verb_gap"]
        # a part in front this long is a lead-in even without a comma (DD108's setting)
        lead = LeadIn.options_in(ctx.config)["max_phrase_words"]
        for sent, words, _ in sentence_words(ctx):
            n = len(words)  # len(ctx.words(sent)), read from the token table
            label = 0
            if n > opts["suggestion"]:
                # a phone number in groups is one word; a label before a colon ("Let op:") is
                # read as a heading, no part of the sentence
                label = label_words(sent, words)
                n -= number_groups(table, words, ctx.doc) + label
            if n > opts["error"]:
                level = Severity.ERROR
            elif n > opts["warning"]:
                level = Severity.WARNING
            elif n > opts["suggestion"]:
                level = Severity.SUGGESTION
            else:
                continue
            start, end = span_bounds(table, sent.start, sent.end)
            joint = _UNSET  # main_clause_joint(sent), asked once at most
            # the clause after a label is judged without it (the label is a heading)
            clause = ctx.doc[words[label] : sent.end] if label else sent
            # 21-22 words: one main line; 23-25: one clause too (``one_clause``): the longer the
            # sentence, the less it may ask of the reader
            if level == Severity.WARNING and n <= opts["warning"] + max(opts["one_clause_margin"], opts["single_clause_margin"]) \
                    and not _builds_it(table, clause, [f for f in built if start <= f.start < end]) and one_main_line(clause, opts["held_words"], gap) \
                    and (n <= opts["warning"] + opts["one_clause_margin"] or one_clause(clause, opts["held_words"], lead)):
                joint = main_clause_joint(sent)
                if joint is None:
                    continue  # one main line just over the limit, nothing to hold: an editor leaves it
            if level == Severity.WARNING and n <= opts["warning"] + opts["load_margin"] and not carries_load(
                    table, clause, [f for f in others if start <= f.start < end], opts["held_words"], lead, gap):
                continue  # 21 to 25 words of one clause without load: read as a sentence of 16 to 19
                # words, whose difficulty is in its words (each hard word has its own finding)
            if level == Severity.SUGGESTION and opts["tip_needs_other"]:
                hard = any(start <= f.start < end for f in others)
                if opts["tip_needs_split"]:
                    joint = main_clause_joint(sent)
                    plain = joint is not None and (joint.text in {",", ";"} or joint.lower_ == "maar")
                    # at the limit itself (20 words) two main clauses are enough when the second
                    # opens with a joining adverb and its verb: "... fase en daardoor is niet overal
                    # een antwoord op te geven op dit moment" splits at "en" into a sentence that
                    # starts with "Daardoor". (A plain "en je wilt ..." joins two facts of one
                    # situation; nor after a condition with its verb first, "Komt u niet ... en
                    # daarom ...": "en" joins two conditions there)
                    at_limit = joint is not None and joint.dep_ == "cc" and n == opts["warning"] \
                        and connective_main_clause(sent.doc, joint, sent.end) and not _verb_first(sent)
                    if not (plain or at_limit or (joint is not None and hard)):
                        continue  # a sentence of 16 to 20 words that does not split is fine
                elif sum(1 for j in range(sent.start, sent.end) if finite_at(table.facts, j)) < 3 and not hard:
                    continue  # a clear sentence of 16 to 20 words (fewer than 3 clauses) is fine
            if self.level != self.severity:
                level = self.level  # a severity set in the settings wins over the thresholds
            where = split_point(ctx, sent)
            tip = "Maak er twee of meer korte zinnen van."
            if where is None:
                if joint is _UNSET:
                    joint = main_clause_joint(sent)
                if joint is not None and joint.text in {",", ";"} and joint.i > sent.start:
                    before = _word_before(ctx.doc, joint.i, sent.start)
                    sign = "de komma" if joint.text == "," else "de puntkomma"
                    tip = f"Maak er twee zinnen van, bijvoorbeeld bij {sign} na '{before}'."
            else:
                tip = f"Maak er twee zinnen van, bijvoorbeeld bij '{where.text}'."
                facts, low = table.facts, where.lower_  # Token.lower_ of each word, without a Token
                if sum(facts[j].lower == low for j in range(sent.start, sent.end)) > 1 and where.i > sent.start:
                    # "en" three times in the sentence: say which one
                    before = _word_before(sent.doc, where.i, sent.start)
                    tip = f"Maak er twee zinnen van, bijvoorbeeld bij '{where.text}' na '{before}'."
                if low in SPLIT_LINKS:
                    prev = sent.doc[where.i - 1]
                    if prev.pos_ == "ADV" and prev.i - 1 > sent.start and sent.doc[prev.i - 1].text == ",":
                        # "..., bijvoorbeeld omdat ...": the adverb after the comma goes with the subclause
                        tip = f"Maak er twee zinnen van, bijvoorbeeld bij '{prev.text} {where.text}'."
                    tip += f" Begin de tweede zin dan met {SPLIT_LINKS[low]}."
            yield self.finding(ctx, start, end, f"Deze zin heeft {n} woorden. {tip}", severity=level)
