"""DD117 halve-zin: a sentence that is not whole, read from the parse.

Two kinds, both narrow, both from how Dutch builds a sentence:

- a sentence that opens with a finite modal verb and has no subject: a message of software
  ("Kan het eigendom van de afspraak niet verifiëren.", "Kon uw gegevens niet laden."). Dutch
  leaves the subject out only in an order; a modal verb gives no order, so the reader must
  guess who cannot do what;
- a subclause on its own, cut off by a full stop from the main clause after it ("Als de
  graffiti te lezen is. Doet het Meldpunt ... aangifte."). The next sentence shows the cut: it
  opens with its finite verb and a subject after it, the order of a main clause after a
  subclause in front.

Source: Schrijfwijzer van Gebruiker Centraal ("Schrijf hele zinnen"); Onze Taal, "Zinnen
zonder onderwerp" and "Bijzin als zelfstandige zin". Own work of the duidelijk developers,
2026-12-03 (seventeenth session). Licence: EUPL-1.2.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from duidelijk.findings import Severity
from duidelijk.lines import line_above, line_start
from duidelijk.metrics import FactColumn, token_table
from duidelijk.rules import base
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.paragraphs import QUESTION_WORDS
from duidelijk.rules.address import INVERTED_JE_FORMS, INVERTED_U_FORMS, addressed_as
from duidelijk.rules.clauses import CONDITION_WORDS, NEGATIONS, PERSONAL_SUBJECTS, inside_double_quotes, opens_relative
from duidelijk.rules.clauses import SUBJECT_DEPS as CLAUSE_SUBJECT_DEPS
from duidelijk.structure import LIST_MARKS
from duidelijk.verbs import PRESENT_FORMS

# the finite forms of the modal verbs (no order can be made of them: "Kan", "Moet" alone is
# no command); "wil" and "zal" with "u" ("Wilt u") have a subject and are no finding. Not
# "mocht"/"mochten": at the start of a sentence they open a condition with its subject after
# them ("Mocht betaling uitblijven. Dan ..."), no sentence without a subject
MODAL_FORMS = frozenset({
    "kan", "kon", "kunnen", "konden", "moet", "moest", "moeten", "moesten", "mag",
    "mogen", "wil", "wilde", "wilden", "willen", "zal", "zou", "zullen", "zouden",
})
# the modal forms of a software message that could not do something ("Kon ... niet laden."):
# only there is the missing subject the sender, and 'Wij ...' the right advice
ABILITY_FORMS = frozenset({"kan", "kon", "kunnen", "konden"})
# a list mark before a sentence on its line: a bullet, a number or one letter with "." or ")"
NUMBER_MARK = re.compile(r"^(\d{1,2}|[a-zA-Z])[.)]$")
# the form with "wij" of each modal form: "Kan ... niet laden" -> "Wij kunnen ..."
PLURAL_FORMS = {"kan": "kunnen", "kon": "konden", "moet": "moeten", "moest": "moesten", "mag": "mogen",
                "mocht": "mochten", "wil": "willen", "wilde": "wilden", "zal": "zullen", "zou": "zouden"}
# words that open a subclause in front of a main clause ("Als ..., doet ..."); a question word
# ("wanneer?") ends its sentence with a question mark and is passed over
SUBORDINATORS = CONDITION_WORDS | frozenset({
    "omdat", "nadat", "zodra", "voordat", "doordat", "terwijl", "hoewel", "tenzij", "aangezien", "zolang", "nu",
})
# words that open a subclause that only stands after its main clause: a result ("..., zodat
# wij u kunnen bellen"). Dutch cannot put it in front ("Zodat wij u kunnen bellen, vult u ...
# in" is no sentence), so a sentence that opens with it has lost its main clause, to the
# sentence or the line before it
AFTER_MAIN = frozenset({"zodat"})
# the first words the rule starts from: any other sentence is passed at once
_OPENERS = MODAL_FORMS | SUBORDINATORS | AFTER_MAIN
_OPENER = FactColumn(lambda fact, _: fact.lower in _OPENERS)  # per token fact: one of _OPENERS?
# the labels of a clause's subject (clauses.SUBJECT_DEPS), without a passive clause as subject ("csubj:pass")
SUBJECT_DEPS = CLAUSE_SUBJECT_DEPS - {"csubj:pass"}
# pronouns that can be the subject of a modal verb, whatever label the parse gives them
SUBJECT_PRONOUNS = PERSONAL_SUBJECTS | frozenset({"er", "dit", "dat", "die", "deze", "iemand", "niemand", "iedereen",
                                                "niets", "alles"})

# the forms before 'je' only, neither the form after 'ik' nor after 'hij' ("kun je", "zul je"),
# read from ``verbs.PRESENT_FORMS`` (ik, before je, with u, after hij)
JE_ONLY_FORMS = frozenset(f[1] for f in PRESENT_FORMS.values() if f[1] not in {f[0], f[3]})
# the finite forms that only go with 'u', 'je' or 'jij' as their subject: the form after 'u' that
# is neither the form after 'ik' nor after 'hij' ("kunt", "bent", "hebt", "wilt", "zult"), and
# ``JE_ONLY_FORMS``. A 't'-form of another verb ("vult", "gaat") also goes with 'hij', 'het' or
# a noun: no sign of a missing subject, so it is not here
READER_ONLY_FORMS = frozenset(f[2] for f in PRESENT_FORMS.values() if f[2] not in {f[0], f[3]}) | JE_ONLY_FORMS
# the words that can be the subject of a form of ``READER_ONLY_FORMS``
READER_SUBJECTS = frozenset({"u", "ú", "je", "jij", "jullie", "gij", "ge"})
# common English words that are no Dutch words: a sentence with one is English ("I bent ...")
ENGLISH_WORDS = frozenset({"the", "you", "your", "and", "with", "this", "that", "have", "i"})
# words that join two verbs with one subject before both ("U kunt bellen of bent welkom")
VERB_JOINERS = frozenset({"en", "of", "maar", "noch"})
# words that open a subclause, whatever tag the parse gives them
CLAUSE_OPENERS = SUBORDINATORS | AFTER_MAIN | {"of", "dat", "die", "omdat"}
_READER_ONLY = FactColumn(lambda fact, _: fact.lower in READER_ONLY_FORMS)
_PARTICLE = FactColumn(lambda fact, _: fact.lower in PARTICLES)
# the particles of separable verbs that the rule looks at twice around one verb ("Log ... in
# bij DigiD in"). On purpose fewer than ``verbs.PARTICLES`` (which splits any particle off a
# verb's forms): the particles of the short steps of instructions that the check was written and
# judged for ("log in", "vul in", "geef door", "stuur op"). Taking all of ``verbs.PARTICLES``
# ("bij", "voor", "vast", "samen" ...) changes no finding of the 1,565 texts of findings.py, but
# it is a change of what the rule finds on other texts, to be judged as such, not a tidy-up.
# (Each of these is one of ``verbs.PARTICLES``: tests/test_open30_health.py holds it.)
PARTICLES = frozenset({"in", "op", "af", "aan", "uit", "mee", "door", "terug", "toe", "weg", "na", "over", "om"})


def _words(sent) -> list:
    """The tokens of a sentence that are no space or punctuation."""
    return [t for t in sent if not t.is_space and not t.is_punct]


def _full_stop_statement(table, start: int, end: int, marks: frozenset, least: int) -> bool:
    """Read from the token table (``metrics.token_table``), no Token object: do the tokens
    ``start:end`` end with a full stop (``_last_mark`` is "."), hold none of ``marks`` as a
    token and at least ``least`` words (no space or punctuation, ``_words``)? The cheap
    first test of ``lead_clause_alone`` and of the openings' tests, which each ask all three."""
    texts, is_punct, is_space = table.texts, table.is_punct, table.is_space
    last = end - 1
    while last >= start and is_space[last]:
        last -= 1
    if last < start or not is_punct[last] or texts[last] != ".":
        return False
    words = 0
    for i in range(start, end):
        if texts[i] in marks:
            return False
        if not is_punct[i] and not is_space[i]:
            words += 1
    return words >= least


# the marks that ``lead_clause_alone`` does not allow in its sentence; and those that each test
# of ``_opening_findings`` (``subjectless_modal``, ``_clause_alone``) does not allow
_LEAD_NO_MARKS = frozenset({"?", ":", ";"})
_OPENING_NO_MARKS = frozenset({",", ";", ":", "?", "!"})


def _last_mark(sent) -> str:
    """The last punctuation mark of a sentence, or ""."""
    for tok in reversed(sent):
        if tok.is_space:
            continue
        return tok.text if tok.is_punct else ""
    return ""


def subjectless_modal(sent) -> bool:
    """Does the sentence open with a finite modal verb ("Kan", "Kon"), with a capital, and have
    no subject at all: no word labelled subject and no pronoun that can be one ("Kan het
    eigendom van de afspraak niet verifiëren.")? Only a statement: it ends with a full stop
    and has no comma (no condition "Kan dat niet, dan ...") and no question mark. The modal
    needs its infinitive after it; "het" as its own word ("Kan het niet laden") may be the
    subject and is passed over."""
    words = _words(sent)
    if len(words) < 3 or _last_mark(sent) != ".":
        return False
    first = words[0]
    if first.lower_ not in MODAL_FORMS or not first.text[:1].isupper() or first.pos_ not in {"AUX", "VERB"}:
        return False
    if "Fin" not in first.morph.get("VerbForm"):
        return False
    if any(t.text in {",", "?", ";", ":", "!"} or t.text in {'"', "“", "”", "'", "‘", "’"} for t in sent):
        return False
    if any(t.dep_ in SUBJECT_DEPS or t.lower_ in SUBJECT_PRONOUNS for t in words[1:]):
        return False
    doc = sent.doc
    for t in words[1:]:
        if t.lower_ == "het":
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}:
                return False  # "Kan het niet laden": 'het' may be the subject
    return any("Inf" in t.morph.get("VerbForm") and t.pos_ in {"VERB", "AUX"} for t in words[1:])


def passive_or_state(sent) -> bool:
    """Is the subjectless sentence a passive or a state ("Moet opnieuw worden aangevraagd.",
    "Moet 18 jaar of ouder zijn.", "Zou mooi zijn.")? Then the missing subject is a thing or a
    person, not the sender: no 'Wij ...'."""
    return any(t.lemma_ in {"worden", "zijn"} or t.lower_ in {"worden", "zijn", "wezen"} or t.dep_ in {"aux:pass", "cop"}
               for t in _words(sent)[1:])


def software_message(sent) -> bool:
    """Is the subjectless sentence the message of software that could not do something: an
    ability form ("Kan", "Kon") with "niet", active ("Kon uw gegevens niet laden.")? Only then
    is the missing subject the sender, and 'Wij ...' the right advice."""
    words = _words(sent)
    return (words[0].lower_ in ABILITY_FORMS and any(t.lower_ == "niet" for t in words[1:])
            and not passive_or_state(sent))


def _clause_alone(sent, openers, own_subject: bool) -> bool:
    """Is the sentence only a subclause that opens with one of ``openers``, tagged as a
    conjunction, with a full stop at the end, no comma (so no main clause after it), a verb of
    its own and (with ``own_subject``) a subject of its own; and the parse found no main clause
    (the conjunction belongs to the root of the sentence)? ``subclause_alone`` and
    ``result_clause_alone`` ask it."""
    words = _words(sent)
    if len(words) < 3 or _last_mark(sent) != ".":
        return False
    first = words[0]
    if first.lower_ not in openers or first.pos_ != "SCONJ" or first.dep_ != "mark":
        return False
    if any(t.text in {",", ";", ":", "?", "!"} for t in sent):
        return False
    if not any(t.pos_ in {"VERB", "AUX"} for t in words[1:]):
        return False  # no verb of its own: "Als bijlage bij deze brief." is no subclause ('als' + noun)
    if own_subject and not any(t.dep_ in SUBJECT_DEPS for t in words[1:]):
        return False  # a clause of its own: a verb and its subject ("wij ... kunnen sturen")
    return first.head.dep_ == "ROOT" and first.head.head.i == first.head.i


def subclause_alone(sent) -> bool:
    """Is the sentence only a subclause: it opens with a word that starts one ("Als",
    "Omdat"), tagged as a conjunction, ends with a full stop, has no comma (so no main clause
    after it) and no finite verb before its last word group but the subclause's own?"""
    return _clause_alone(sent, SUBORDINATORS, own_subject=False)


def result_clause_alone(sent) -> bool:
    """Is the sentence a subclause that only stands after its main clause ("Zodat wij u
    meldingen kunnen sturen.", ``AFTER_MAIN``), on its own: tagged as a conjunction, with a
    verb and a subject of its own, a full stop at the end and no comma (the parse found no main clause
    in it)? Whatever follows: such a clause never opens a sentence."""
    return _clause_alone(sent, AFTER_MAIN, own_subject=True)


# the words that open a subclause a short lead word can stand before ("Dit omdat ...",
# "Bijvoorbeeld om ... te ..."): the subordinators, 'zodat' and 'om' of an 'om ... te' clause
LEAD_OPENERS = SUBORDINATORS | AFTER_MAIN | {"om"}
_LEAD_OPENER = FactColumn(lambda fact, _: fact.lower in LEAD_OPENERS)  # per token fact: one of LEAD_OPENERS?
# the parts of speech of a lead word before such a subclause: a pronoun ("Dit"), an adverb
# ("Bijvoorbeeld", "Vooral") or a joining word ("Maar", "En"); never a verb or a noun, which
# would start a main clause of their own
LEAD_POS = frozenset({"PRON", "ADV", "CCONJ"})
# the most words before the subclause word in such a lead ("En dat omdat ...")
LEAD_WORDS = 2
# a lead with 'niet' is an exception to the sentence before, in the short form a list of
# exceptions uses ("Dit telt mee. Niet als u ...", "Ook niet als ..."): the reader has the
# verb from that sentence, and the form is usual; no finding (``clauses.NEGATIONS``)

# the joining words that open a main clause of their own after a subclause ("Dit omdat de post
# druk is, maar wij doen ons best."): then the sentence has its main clause
MAIN_JOINERS = frozenset({"maar", "en", "want"})


def _inverted_subject_after(after) -> bool:
    """Is there, in the words after a subclause word, a finite verb with its subject right after
    it: the order of a main clause after a subclause in front, without a comma ("omdat het
    regent gaat de markt niet door", "om ... te maken moeten details ... worden")? A subclause
    has its subject before its verbs. The verb: tagged finite, or right after another verb (a
    plural such as 'moeten' is often tagged as an infinitive); the subject: the next word, or a
    word of its phrase ('de markt'). Not a relative pronoun ("... is die ...")."""
    for k, verb in enumerate(after[:-1]):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if "Fin" not in verb.morph.get("VerbForm") and not (k and after[k - 1].pos_ in {"VERB", "AUX"}):
            continue
        nxt = after[k + 1]
        if nxt.lower_ in PERSONAL_SUBJECTS and not any(t.lower_ == "te" for t in after[k + 2:k + 4]):
            return True  # "als u wilt weten wat u krijgt kunt u bellen": 'u' after the verb is its
            # subject, whatever label the parse gives it (as in ``main_order_opening``); not an
            # object before a te-infinitive ("omdat het helpt u te bereiken")
        subject = nxt if nxt.dep_ in SUBJECT_DEPS else nxt.head if nxt.dep_ in {"det", "amod", "nmod:poss"} else None
        if subject is not None and subject.dep_ in SUBJECT_DEPS and subject.i > verb.i \
                and not (opens_relative(subject) and any(t.pos_ in {"VERB", "AUX"} for t in after if t.i > subject.i)):
            return True  # not a relative pronoun with its clause's verb after it ("... is die ... berust",
            # ``clauses.opens_relative``); with no verb after it 'dat' is the subject ("Als u dat wilt kan dat.")
    return False


def _joined_main_clause(after) -> bool:
    """Is there, in the words after a subclause word, a main clause joined by 'maar', 'en' or
    'want' (``MAIN_JOINERS``): the joining word, its subject and right after that its finite
    verb, with a word after the verb that is no verb ("..., maar wij doen ons best", "en de
    bezorgers zijn vaak ziek")? A main clause has its finite verb second; a second subclause
    after 'en' has it at its end ("omdat de post druk is en wij weinig mensen hebben", "en het
    geld is opgemaakt")."""
    for k, joiner in enumerate(after):
        if joiner.lower_ not in MAIN_JOINERS:
            continue
        rest = after[k + 1:]
        subject = next((t for t in rest[:4] if t.dep_ in SUBJECT_DEPS or t.lower_ in PERSONAL_SUBJECTS), None)
        if subject is None or subject.left_edge.i != joiner.i + 1:
            continue
        tail = [t for t in rest if t.i > subject.right_edge.i]
        if tail and tail[0].i == subject.right_edge.i + 1 and tail[0].pos_ in {"VERB", "AUX"} \
                and "Fin" in tail[0].morph.get("VerbForm") \
                and any(t.pos_ not in {"VERB", "AUX"} for t in tail[1:] if t.text not in {",", "."}):
            return True
    return False


# the demonstratives, which the tagger may call a determiner without a type when no noun follows
# ("Dit" on a line of its own)
DEMONSTRATIVES = frozenset({"dit", "dat", "deze", "die"})


def _demonstrative(tok) -> bool:
    """Is ``tok`` a demonstrative ("Dit", "Dat"): so typed by the parse, or one tagged as a determiner?"""
    return "Dem" in tok.morph.get("PronType") or (tok.pos_ == "DET" and tok.lower_ in DEMONSTRATIVES)


def _lead_word(tok) -> bool:
    """Can ``tok`` be a lead word before a subclause (``LEAD_POS``)? Also a joining word of
    ``VERB_JOINERS`` whatever its tag ("Of als u ondernemer bent ...": 'Of' is often tagged as a
    subclause word) and a demonstrative tagged as a determiner ("Dit" on a line of its own: no
    noun follows it in the lead, so it stands for one)."""
    return (tok.pos_ in LEAD_POS or tok.lower_ in VERB_JOINERS
            or (tok.pos_ == "DET" and _demonstrative(tok)))


def lead_clause_alone(sent):
    """Is the sentence a subclause with only a short lead word or two before it and no main
    clause: "Dit omdat de dag nog niet voorbij is.", "Bijvoorbeeld om te controleren of ...",
    "Vooral als u net verhuisd bent."? Dutch needs a finite verb of a main clause; a pronoun or
    an adverb before 'omdat' is no main clause, so the reader must find it in the sentence
    before. Asked: a statement (a full stop at the end, no question mark, colon or semicolon),
    at most ``LEAD_WORDS`` lead words (``LEAD_POS``, none a verb, no question word: "Wat als
    ...", no personal pronoun: "Hij omdat ...", the subject of a verb left out), then a word of
    ``LEAD_OPENERS`` tagged as a conjunction or 'om' with 'te' and a verb after it; a verb in
    the subclause ('om ... te': its infinitive); no main clause after a comma
    (``_condition_with_main_clause``) or right after the subclause's verbs
    (``_inverted_subject_after``); and the parse hangs the sentence on the lead word, on
    the subclause itself, on another subclause, or on a word that is no verb (a parse that loses
    its way in a long clause), not on the verb of a main clause later on ("Maar omdat het regent gaat
    de markt niet door"), and no main clause after 'maar', 'en' or 'want' (``_joined_main_clause``).
    Without a lead word ("Ook" is a lead as much as none: "Als u geen inkomen heeft.") the same
    holds; the caller asks for a sentence before it in the same paragraph. Gives the subclause
    word, or None."""
    words = _words(sent)
    if len(words) < 4 or _last_mark(sent) != ".":
        return None
    if any(t.text in {"?", ":", ";"} for t in sent):
        return None
    opener = next((t for t in words[:LEAD_WORDS + 1] if t.lower_ in LEAD_OPENERS), None)
    if opener is None:
        return None
    lead = [t for t in words if t.i < opener.i]
    if not lead and not subclause_alone(sent):
        return None  # no lead: only a subclause as ``subclause_alone`` reads it ("Als u verhuist."),
        # no comma, no 'om ... te' (often right before its main clause: "Om te bepalen ... wordt
        # gekeken"), no 'zodat' (``result_clause_alone``)
    if any(not _lead_word(t) for t in lead):  # (no lead word is one of LEAD_OPENERS: the opener is the first)
        return None
    if any(t.lower_ in NEGATIONS for t in lead):
        return None  # an exception in short form ("Niet als ...")
    if any(t.lower_ in QUESTION_WORDS for t in lead):
        return None  # a question in short form, its mark left off ("Wat als u het niet eens bent.")
    if any("Prs" in t.morph.get("PronType") for t in lead):
        return None  # the subject of a verb left out, as a noun would be ("Hij omdat hij ziek is,
        # zij omdat ...", "Wij ook omdat ..."): no lead that only points back
    after = [t for t in words if t.i > opener.i]
    head = opener.head
    if not (head.pos_ in {"VERB", "AUX"} or any(c.dep_ in {"cop", "aux", "aux:pass"} for c in head.children)):
        return None  # the word opens no clause: it hangs on a noun ("Dit als gevolg van een storing
        # bij de bank die ... verzorgt", "Of om een trein als ..."); a verb further on is another clause's
    if opener.lower_ == "om":
        te = next((k for k, t in enumerate(after) if t.lower_ == "te"), None)
        if te is None or te + 1 >= len(after) or after[te + 1].pos_ not in {"VERB", "AUX"} \
                or not any(c.lower_ == "te" for c in head.children):
            return None  # 'om' as a preposition ("Dit om de hoek."): no clause; its 'te' is that
            # of the verb it hangs on, not of a clause further on ("Of om een formulier als u ...
            # heeft om het in te vullen")
    else:
        if opener.pos_ != "SCONJ" or not any(t.pos_ in {"VERB", "AUX"} for t in after):
            return None  # no clause of its own: "Dit als voorbeeld." (any verb: a plural such as
            # 'opruimen' is often tagged as an infinitive)
    if _condition_with_main_clause(sent) or _joined_main_clause(after):
        return None
    if _inverted_subject_after([t for t in sent if t.i > opener.i and not t.is_space]):
        return None
    inside = {t.i for t in words}
    for top in words:  # the words the parse hangs the sentence on (its root; a space's child)
        if top.head.i in inside and top.head.i != top.i:
            continue
        if top.i < opener.i or top.i == opener.head.i:
            continue
        if any(c.dep_ == "mark" and c.lower_ in LEAD_OPENERS for c in top.children):
            continue  # a subclause of its own ("..., of omdat u een bedrijf heeft")
        if top.pos_ in {"VERB", "AUX"} or any(c.dep_ in {"aux", "aux:pass", "cop"} for c in top.children):
            return None  # a main clause after the subclause, without a comma (any verb: 'moeten'
            # of a plural is often tagged as an infinitive)
    return opener


def main_order_opening(sent) -> bool:
    """Does the sentence open with its finite verb with a subject right after it ("Doet het
    Meldpunt ... aangifte", "Kunt u ..."), the order of a main clause after a subclause in
    front? Not a question (no question mark at the end), not an order (the subject is there)."""
    words = _words(sent)
    if len(words) < 3 or _last_mark(sent) == "?":
        return False
    verb = words[0]
    if verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm"):
        return False
    if _condition_with_main_clause(sent):
        return False
    following = words[1]
    if following.lower_ in {"u", "je", "jij", "hij", "zij", "ze", "wij", "we", "ik", "jullie", "men", "er"}:
        return True
    # an article and a noun or name as subject: "Doet het Meldpunt"
    subject = [t for t in words[1:4] if t.dep_ in SUBJECT_DEPS]
    return bool(subject) and following.pos_ in {"DET", "PROPN", "NOUN", "PRON"}


def _condition_with_main_clause(sent) -> bool:
    """Is the verb-first sentence itself a condition with its own main clause after a comma
    ("Heeft u nog vragen, bel ons dan.", "Doet u dat niet, dan ...", "Betaalt u te laat, dan
    sturen wij ...")? Then it is no main clause that a cut subclause before it belongs to.
    The sign: after a comma comes "dan" or a finite verb (an order or a verb-first clause)."""
    toks = [t for t in sent if not t.is_space]
    for a, b in zip(toks, toks[1:]):
        if a.text == "," and (b.lower_ == "dan" or (b.pos_ in {"VERB", "AUX"} and b.is_alpha)):
            return True
    return False


def _finite(tok) -> bool:
    """Is the token a finite verb (by the parse, or a form of ``READER_ONLY_FORMS``)?"""
    return tok.lower_ in READER_ONLY_FORMS or (tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm"))


def reader_subject_missing(sent, verb) -> bool:
    """Has ``verb``, a form that only goes with 'u', 'je' or 'jij' (``READER_ONLY_FORMS``:
    "kunt", "bent"), no such subject? Dutch puts the subject right after the finite verb in a
    main clause with something in front ("Hierna kunt u verder", "Kunt u ons bellen?"), and
    before it in the main clause's normal order ("U kunt", "Jij bent aan de beurt"), after the
    second of two verbs joined by 'of' or 'en' ("Wilt of kunt u komen?") or in a
    subclause, anywhere between the word that opens it and the verb at its end ("als u klaar
    bent"). So the subject is missing when neither word next to the verb is one, and no reader
    word stands before it in its own clause: none at all before it in the sentence, or only
    before another finite verb ("Wij helpen u als bent"). Not missing where two verbs share
    the subject before them ("U kunt bellen of bent welkom", a joining word between) or a
    subclause stands between ("U, die hier woont, kunt"). A capital inside the sentence is a
    name ("Bent")."""
    doc = sent.doc
    words = _words(sent)
    if verb.i != words[0].i and not verb.text.islower():
        return False
    if any(t.lower_ in ENGLISH_WORDS for t in words):
        return False  # an English sentence ("I bent the rules"): 'bent' is no Dutch verb there
    prev = doc[verb.i - 1] if verb.i > sent.start else None
    nxt = next((t for t in doc[verb.i + 1 : sent.end] if not t.is_space), None)
    if prev is not None and prev.lower_ in READER_SUBJECTS or nxt is not None and nxt.lower_ in READER_SUBJECTS:
        return False
    if nxt is not None and nxt.lower_ in VERB_JOINERS:
        rest = [t for t in doc[nxt.i + 1 : min(nxt.i + 3, sent.end)] if not t.is_space]
        if len(rest) == 2 and _finite(rest[0]) and rest[1].lower_ in READER_SUBJECTS:
            return False  # "Wilt of kunt u niet komen?": two verbs share the subject after the second
    if any(c.lower_ in READER_SUBJECTS and c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if prev is not None and prev.text.endswith("U") and not prev.text.isupper() and prev.idx + len(prev) == verb.idx - 1:
        return False  # "situatieU kunt": 'U' is there, glued to the word before it (no space)
    for reader in reversed(doc[sent.start : verb.i]):
        if reader.lower_ in READER_SUBJECTS and _same_clause(reader, verb):
            return False
    return True


def _opens_clause(tok) -> bool:
    """Does ``tok`` open a subclause: a relative pronoun ("die", "dat", "waarin") or a
    conjunction of a verb ("als ... bent"; not "als" before a noun: "U als eigenaar")?

    A wider question than ``clauses.opens_relative`` and ``tang._relative_word`` (any subclause,
    not only a relative one) and a narrower one for pronouns (only those the tagger calls
    relative: "dat" in "dat kan" closes no clause at its end). ``_same_clause`` counts the
    subclauses it opens against the finite verbs that close them. On the real texts' tokens it
    differs from both (over 400 tokens: see ``clauses.opens_relative``): kept apart (health34)."""
    return ("Rel" in tok.morph.get("PronType") or tok.lower_.startswith("waar") and tok.pos_ == "ADV"
            or tok.pos_ == "SCONJ" and tok.head.pos_ in {"VERB", "AUX"})


def _same_clause(reader, verb) -> bool:
    """Can ``reader`` ('u', 'je') be the subject of ``verb`` after it: as many subclauses open
    as close between them (each word that opens one has its finite verb at the end: "als u de
    brief die wij stuurden hebt gelezen", "je zaken die je behandelt kunt registreren"), or
    the parse has it as the subject ("U als eigenaar bent verplicht"), or two verbs share it
    ("U kunt bellen of bent welkom": a joining word between)? Not when a subclause opens
    after it ("Wij sturen u een brief als bent verhuisd") or a finite verb of its own follows
    it ("dat u gaat wilt weten"), also before a subclause ("U ziet uw gegevens zodra bent
    ingelogd"): the order counts, a verb closes only a subclause opened before it."""
    doc = verb.doc
    if reader.dep_.startswith("nsubj") and reader.head.i in {verb.i, verb.head.i}:
        return True
    if doc[reader.i + 1].text == "," or doc[reader.i + 1].lower_ == "die":
        return True  # "U, die hier woont, kunt ...": a subclause between subject and verb
    depth, own_verb = 0, False  # subclauses open now; has the reader's own clause its finite verb?
    for t in doc[reader.i + 1 : verb.i]:
        if depth == 0 and own_verb and t.lower_ in VERB_JOINERS:
            own_verb = False  # "U kunt bellen of bent welkom": the next verb shares the subject
        elif _opens_clause(t):
            depth += 1
        elif _finite(t):
            if depth:
                depth -= 1  # the verb at the end of a subclause closes it
            else:
                own_verb = True  # "U ziet uw gegevens zodra bent": 'ziet' is the verb of 'U'
    return depth == 0 and not own_verb


def main_clause_inversion(sent, verb) -> bool:
    """Does ``verb`` open its sentence, or stand second after the sentence's first part with no
    word before it that opens a subclause and no finite verb ("Hierna kunt ..."): the place of
    a main clause's verb, with its subject right after it ("Hierna kunt u ...")?"""
    for t in sent.doc[sent.start : verb.i]:
        if (t.pos_ in {"SCONJ", "CCONJ", "VERB", "AUX"} or _finite(t) or "Rel" in t.morph.get("PronType")
                or t.lower_ in CLAUSE_OPENERS or t.text in {",", ":", ";"}):
            return False  # "Controleer of verbonden bent": the verb ends a subclause
    return True


def reader_suggestion(verb, address: str, statement_start: bool = False) -> str | None:
    """The verb with the reader word after it that the text uses for its reader ("kunt u",
    "kun je"), or before it when the verb opens a statement ("Bent 18 jaar of ouder." -> "U
    bent"); None when that is not sure: a text that speaks to a group ('jullie' needs another
    form) or 'u' with a form that goes with 'je' only ("kun")."""
    low = verb.lower_
    if statement_start:
        if low in JE_ONLY_FORMS or address not in {"u", "je"}:
            return None
        return f"{address.capitalize()} {low}"
    if address == "u" and low not in JE_ONLY_FORMS:
        form, pronoun = INVERTED_U_FORMS.get(low, low), "u"
    elif address == "je":
        form, pronoun = INVERTED_JE_FORMS.get(low, low), "je"
    else:
        return None
    if verb.text[:1].isupper():
        form = form[:1].upper() + form[1:]
    return f"{form} {pronoun}"


def particle_twice(sent, first) -> object | None:
    """Is the particle ``first`` ("in") of a separable verb written twice around one verb ("Log
    opnieuw in bij DigiD in met ...")? The verb stands at most two words before the first
    particle and makes a separable verb with it (``dictionary.separable``: "inloggen"); the
    second is the same word later in the sentence, with no verb, no word that opens another
    clause ("om", "dat") and no punctuation between; both are written small ("Postvak IN" is a
    name); and neither has a word group of its own after it: each is followed by a preposition
    (not "te": "in te stellen" has its own verb) or the end of the clause. A preposition always has its word group after it ("in het
    portaal"); a particle stands alone. Returns the second particle, or None."""
    from duidelijk import dictionary

    doc = sent.doc

    def alone(tok) -> bool:
        after = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        return tok.is_lower and (after is None or after.is_punct or after.pos_ == "ADP" and after.lower_ != "te")

    # the tests on the sentence's own tokens first: most particles fail them, and then the
    # dictionary is not asked about the verbs before the particle (the same answer: each test
    # only reads the tokens, and all of them must pass)
    if not alone(first):
        return None
    second = None
    for t in doc[first.i + 1 : sent.end]:
        if t.pos_ in {"VERB", "AUX", "SCONJ"} or t.is_punct or t.lower_ in CLAUSE_OPENERS | {"om", "te"}:
            return None  # another verb or clause: "Vul ... in om een wachtwoord in te stellen"
        if t.lower_ == first.lower_:
            second = t
            break
    if second is None or not alone(second) or _te_infinitive_after(second):
        return None
    if not any(dictionary.separable(first.lower_ + lemma)
               for t in doc[max(sent.start, first.i - 3) : first.i] if t.is_alpha
               for lemma in {t.lemma_.lower()} | dictionary.verb_lemmas(t.lower_)):
        return None  # no verb that goes with the particle right before it ("Log ... in": "inloggen")
    return second


def _te_infinitive_after(tok) -> bool:
    """Does 'te' with an infinitive follow ``tok`` in its clause ("door op de knop te drukken")?
    Then ``tok`` is a preposition that opens that word group with its own verb, no particle."""
    doc = tok.doc
    end = tok.sent.end
    for t in doc[tok.i + 1 : end]:
        if t.is_punct or t.lower_ in CLAUSE_OPENERS | {"om"}:
            return False
        if t.lower_ == "te" and t.i + 1 < end and doc[t.i + 1].pos_ in {"VERB", "AUX"}:
            return True
    return False


def _is_mark(word: str) -> bool:
    """Is this a list mark: a bullet, or a number or one letter with "." or ")" ("1.", "a)")?
    Not a short word ("Ja.", "Nee.")."""
    return word in LIST_MARKS or bool(NUMBER_MARK.match(word))


def _after_colon_or_mark(text: str, start: int, depth: int = 0) -> bool:
    """Does the sentence at ``start`` follow a colon, or a list mark at the start of its line
    ("- Moet 18 jaar of ouder zijn.")? Then it goes on from the words above it. A line right
    under such a line (no blank line between) is a point of the same list, with or without
    marks ("Voorwaarden:\nMoet 18 jaar of ouder zijn.\nMoet in de gemeente wonen.")."""
    if text[:start].rstrip().endswith(":"):
        return True
    here = line_start(text, start)
    line = text[here:start].strip()
    if line:
        return _is_mark(line)
    if here == 0 or depth > 30:
        return False
    above_start, above_end = line_above(text, here)
    above = text[above_start:above_end]
    if not above.strip():
        return False  # a blank line: a new paragraph
    first_word = above_start + len(above) - len(above.lstrip())
    head = above.split()[0]
    if _is_mark(head):
        return True
    return _after_colon_or_mark(text, first_word, depth + 1)


@register
class BrokenSentence(Rule):
    code = "DD117"
    name = "halve-zin"
    category = "broken-sentence"
    severity = Severity.WARNING
    doc = RuleDoc(
        what=("Zoekt zinnen die niet af zijn. Een zin zonder onderwerp: 'Kan de gegevens niet laden.' "
              "Of een bijzin met een punt erachter: 'Als het regent. Gaat de markt niet door.' Of een losse "
              "bijzin met 'zodat': 'Zodat wij u kunnen bellen'. Of een bijzin met alleen een woord ervoor: "
              "'Dit omdat de post laat was.' Ook een werkwoord zonder 'u' of 'je' telt. "
              "Bijvoorbeeld 'kunt' in 'Hierna kunt verder met de aanvraag'. En een deel van een werkwoord "
              "dat twee keer in de zin staat. Bijvoorbeeld 'in' in 'Log opnieuw in bij DigiD in'."),
        why=(
            "In een zin zonder onderwerp moet de lezer raden wie iets doet. Een losse bijzin leest als een "
            "halve zin: de lezer moet zelf zien bij welke zin hij hoort."
        ),
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Bijzin als zelfstandige zin'",
        bad="Als de graffiti te lezen is. Doet het Meldpunt aangifte bij de politie.",
        good="Als de graffiti te lezen is, doet het Meldpunt aangifte bij de politie.",
        exceptions=(
            "Een opdracht heeft geen onderwerp nodig ('Vul het formulier in.'). Een vraag ook niet. "
            "Een losse bijzin na een vraag is een antwoord ('Waarom? Omdat ...'): die telt niet. "
            "Een uitzondering in het kort telt ook niet: 'Niet als u ...'. "
            "Een punt in een lijst en een regel na een dubbele punt tellen ook niet. Een citaat ('> ...') "
            "telt niet. Na een bijzin kan een zin staan als 'Heeft u vragen, bel ons dan.' Dat is geen fout. "
            "Twee werkwoorden bij één keer 'u' kunnen goed zijn: 'U kunt bellen of bent welkom aan de balie.' "
            "Woorden tussen aanhalingstekens en in een kop tellen niet."
        ),
    )

    def check(self, ctx: Context):
        yield from self._opening_findings(ctx)
        yield from self._lead_findings(ctx)
        yield from self._reader_findings(ctx)
        yield from self._particle_findings(ctx)

    @staticmethod
    def _plain_prose(ctx: Context, sent) -> bool:
        """Is the sentence plain prose of a paragraph: no heading, quote, list item or table
        cell, and no line after a colon or a list mark (those take words from the line above:
        "U kunt hier terecht als u:\n- 18 jaar bent")?"""
        words = _words(sent)
        if not words:
            return False
        block = ctx.document.block_at(sent.start_char)
        if block is not None and block.kind != "paragraph":
            return False
        return not _after_colon_or_mark(ctx.text, words[0].idx)

    def _lead_findings(self, ctx: Context):
        """A subclause with only a lead word before it and no main clause (``lead_clause_alone``):
        "Dit omdat de dag nog niet voorbij is.". Visits only the sentences whose first, second or
        third word is one of ``LEAD_OPENERS`` (one numpy step over the Doc's tokens; the first: a
        subclause with no lead, or its lead on the line before)."""
        doc, sents, starts = ctx.doc, ctx.prose_sentences, ctx._prose_starts
        table = token_table(doc)
        skipped = table.punct_or_space()
        done = -1
        for i in ctx.prose_candidates(_LEAD_OPENER.of(table)):
            n = bisect_right(starts, i) - 1
            sent = sents[n]
            if n == done or i - sent.start > LEAD_WORDS + 4 or skipped[i]:
                continue  # (most subclause words stand further on in their sentence: one subtraction)
            place = (i - sent.start) - sum(skipped[sent.start:i])
            if place > LEAD_WORDS:
                continue
            done = n
            if place == 0:
                lead_line = self._lead_on_line_before(ctx, n)
                if lead_line is not None:
                    sent = doc[lead_line.start:sent.end]  # "Dit\nomdat ...": one sentence cut by a line break
            # no lead word, none on the line before ("Als u ..."): the opener is this first word
            alone = place == 0 and sent.start == sents[n].start and table.facts[i].lower in LEAD_OPENERS
            if not _full_stop_statement(table, sent.start, sent.end, _OPENING_NO_MARKS if alone else _LEAD_NO_MARKS, 4):
                continue  # ``lead_clause_alone`` says None (without a lead it asks ``subclause_alone``,
                # which allows no comma or '!' either): no Token object needed to know
            opener = lead_clause_alone(sent)
            if opener is None or not self._plain_prose(ctx, sent):
                continue
            start, end = _words(sent)[0].idx, ctx.bounds(sent)[1]
            if ctx.text[:start].rstrip().endswith("?"):
                continue  # an answer to the question before it ("Waarom? Vooral omdat ...")
            lead = [t for t in _words(sent) if t.i < opener.i]
            before = self._sentence_before(ctx, start)
            if not lead and (not before or "\n\n" in ctx.text[:start][len(ctx.text[:start].rstrip()):]
                             or self._cut_before_main_clause(ctx, n)):
                continue  # a subclause alone with no sentence of its paragraph before it, or cut off
                # from the main clause after it (``_opening_findings``)
            said = " ".join(t.text for t in lead + [opener])
            message = f"Deze zin is niet af: '{said} ...' is een bijzin zonder hoofdzin. "
            if not before:
                pass  # the start of a text or a line under a title: nothing to put it behind
            elif lead and all(_demonstrative(t) for t in lead):
                # "Dit omdat ...": the pronoun only points back; the subclause goes behind that sentence
                said = " ".join(t.text for t in lead)
                message += f"Laat '{said}' weg en zet ', {opener.lower_} ...' achter de zin ervoor. Of m"
            else:
                message += "Zet het met een komma achter de zin ervoor. Of m"
            message += "aak er een hele zin van" if before else "Maak er een hele zin van"
            message += ", bijvoorbeeld: 'Dat komt doordat ...'." if opener.lower_ in {"omdat", "doordat"} else "."
            yield self.finding(ctx, start, end, message)

    @staticmethod
    def _sentence_before(ctx: Context, start: int) -> bool:
        """Is there a sentence right before ``start`` to put a subclause behind: the text before it
        ends with a full stop or '!' (a closing quote or bracket after it may follow), not in a
        heading? Not at the start of a text, nor under a title or a greeting without that mark
        ("Reden\n\nDit omdat ...", "Beste meneer Jansen,")."""
        before = ctx.text[:start].rstrip().rstrip("\"')”’»")
        if not before or before[-1] not in ".!":
            return False
        block = ctx.document.block_at(len(before) - 1)
        return block is None or block.kind == "paragraph"

    @staticmethod
    def _lead_on_line_before(ctx: Context, n: int):
        """The sentence before sentence ``n`` when it is only lead words on a line of their own in
        the same paragraph, the subclause on the next line ("Dit\nomdat de post druk is.", text
        from a PDF): at most ``LEAD_WORDS`` words, no mark; else None."""
        if n == 0:
            return None
        prev, sent = ctx.prose_sentences[n - 1], ctx.prose_sentences[n]
        words = _words(prev)
        if not 1 <= len(words) <= LEAD_WORDS or any(t.is_punct for t in prev):
            return None
        between = ctx.text[words[-1].idx + len(words[-1]):sent.start_char + (len(sent.text) - len(sent.text.lstrip()))]
        return prev if between.strip() == "" and between.count("\n") == 1 else None

    @staticmethod
    def _cut_before_main_clause(ctx: Context, n: int) -> bool:
        """Does the sentence after sentence ``n`` open with its finite verb in the same paragraph
        (``main_order_opening``)? Then a subclause alone at ``n`` is cut off from that main
        clause: ``_opening_findings`` tells it, ``_lead_findings`` leaves it. The same paragraph:
        at most one line break from the last word of ``n`` (not from its end: a blank line after
        it is often a space token inside it, "Omdat de post druk is.\n\n")."""
        sents = ctx.prose_sentences
        if n + 1 >= len(sents):
            return False
        nxt = sents[n + 1]
        return ctx.text[ctx.bounds(sents[n])[1]:nxt.start_char].count("\n") <= 1 and main_order_opening(nxt)

    def _reader_findings(self, ctx: Context):
        """A verb form that only goes with 'u', 'je' or 'jij' without that subject
        (``reader_subject_missing``): "Hierna kunt verder met de aanvraag."."""
        doc = ctx.doc
        hits = ctx.prose_candidates(_READER_ONLY.of(token_table(doc)))
        for sent, indexes in ctx.by_prose_sentence(hits) if hits else ():
            if not self._plain_prose(ctx, sent):
                continue
            for i in indexes:
                verb = doc[i]
                if verb.lower_ not in READER_ONLY_FORMS:
                    continue  # (every prose token comes here with ``base.PREFILTER`` off)
                if inside_double_quotes(doc, sent.start, i) or ctx.is_placeholder(verb):
                    continue
                if any(ctx.is_placeholder(doc[j]) for j in (i - 1, i + 1) if sent.start <= j < sent.end):
                    continue  # "{naam} bent": a slot of a template may hold the subject
                if not reader_subject_missing(sent, verb):
                    continue
                address = addressed_as(doc)
                pronoun = "je" if verb.lower_ in JE_ONLY_FORMS else {"u": "u", "je": "je"}.get(address)
                who = f"'{pronoun}'" if pronoun else "'u' of 'je'"
                start = verb.i == _words(sent)[0].i and _last_mark(sent) != "?"
                alt = reader_suggestion(verb, address, start) if main_clause_inversion(sent, verb) else None
                before = doc[i - 1] if i > sent.start else None
                if before is not None and before.lower_ not in READER_ONLY_FORMS and _finite(before):
                    # "dat u gaat wilt weten": a verb too many, or a word left out between them
                    message = (f"Deze zin klopt niet: '{before.text} {verb.text}' zijn twee werkwoorden na elkaar. "
                               "Mist hier een woord, of staat er een woord te veel?")
                    alt = None
                else:
                    message = f"Hier mist een woord: bij '{verb.text}' hoort {who}. Zet dat erbij"
                    message += f", bijvoorbeeld: '{alt}'." if alt else "."
                yield self.span_finding(ctx, verb, message, suggestions=[alt] if alt else [])

    def _particle_findings(self, ctx: Context):
        """The particle of a separable verb twice around it (``particle_twice``): "Log opnieuw
        in bij DigiD in met niveau midden."."""
        doc = ctx.doc
        table = token_table(doc)
        facts = table.facts  # (a fact's ``lower`` is its token's ``lower_``: no Token object)
        hits = ctx.prose_candidates(_PARTICLE.of(table))
        for sent, indexes in ctx.by_prose_sentence(hits) if hits else ():
            indexes = [i for i in indexes if facts[i].lower in PARTICLES]  # (all of them with PREFILTER off)
            if len(indexes) < 2 or len({facts[i].lower for i in indexes}) == len(indexes):
                continue  # no particle word twice in the sentence (most sentences)
            for i in indexes:
                second = particle_twice(sent, doc[i])
                if second is None or inside_double_quotes(doc, sent.start, i):
                    continue
                yield self.finding(
                    ctx, doc[i].idx, second.idx + len(second),
                    f"Hier staat '{second.text}' twee keer bij hetzelfde werkwoord. Haal er een weg.",
                )
                break

    def _opening_findings(self, ctx: Context):
        sents = ctx.prose_sentences
        table = token_table(ctx.doc)
        for n in self._opening_sentences(ctx) if base.PREFILTER else range(len(sents)):
            sent = sents[n]
            if base.PREFILTER and not _full_stop_statement(table, sent.start, sent.end, _OPENING_NO_MARKS, 3):
                continue  # none of the three tests below can hold (each asks this first)
            words = _words(sent)
            if not words or words[0].lower_ not in _OPENERS:
                continue  # neither half can apply: both need a modal or a subclause word first
            block = ctx.document.block_at(sent.start_char)
            if block is not None and block.kind not in {"paragraph", "list-item", "table-cell"}:
                # a heading: "Kan niet inloggen" names a problem, it tells nothing; a quote
                # ("> Kon uw gegevens niet laden.") gives someone else's words
                continue
            start, end = words[0].idx, ctx.bounds(sent)[1]  # from the first word: no list mark
            if ctx.text[:start].rstrip().endswith("?"):
                continue  # an answer to the question before it ("Waarom? Omdat ...")
            in_list = (block is not None and block.kind != "paragraph") or _after_colon_or_mark(ctx.text, start)
            if in_list:
                # a point of a list or a cell of a table, or right after a colon: "Voorwaarden:
                # - Moet 18 jaar of ouder zijn.", "Bijvoorbeeld:\n- Als u verhuist." take their
                # subject or main clause from the line above them
                continue
            if subjectless_modal(sent):
                if software_message(sent):
                    plural = PLURAL_FORMS.get(words[0].lower_, words[0].lower_)
                    message = ("Deze zin heeft geen onderwerp. De lezer weet niet wie het doet. Zet dat erbij, "
                               f"bijvoorbeeld: 'Wij {plural} ...'.")
                else:
                    message = "Deze zin heeft geen onderwerp. Er staat niet over wie of wat het gaat. Zet dat erbij."
                yield self.finding(ctx, start, end, message)
                continue
            if result_clause_alone(sent):
                yield self.finding(
                    ctx, start, end,
                    f"Deze zin is niet af: het stuk met '{words[0].text}' is een bijzin zonder hoofdzin. Zet het met "
                    "een komma achter de zin waar het bij hoort. Of maak er een hele zin van, bijvoorbeeld met "
                    "'Dan ...'.",
                )
                continue
            if n + 1 < len(sents) and subclause_alone(sent):
                if not self._cut_before_main_clause(ctx, n):
                    continue  # a new paragraph (no sentence cut in two), or no main clause's order
                verb = _words(sents[n + 1])[0]
                first = words[0]
                yield self.finding(
                    ctx, start, verb.idx + len(verb),
                    f"Deze zin is niet af: het stuk met '{first.text}' is een bijzin. Dit stuk hoort bij de zin "
                    f"erna. Zet er een komma tussen, geen punt: '..., {verb.lower_} ...'.",
                )

    @staticmethod
    def _opening_sentences(ctx: Context) -> list[int]:
        """The positions in ``ctx.prose_sentences`` of the sentences whose first word (no
        punctuation or space) is one of ``_OPENERS``, in order: found from the Doc's opener
        words in one numpy step (``_OPENER``), so the sentences of a text without any (most
        sentences, most texts) are not visited one by one."""
        table = token_table(ctx.doc)
        skipped, starts, sents = table.punct_or_space(), ctx._prose_starts, ctx.prose_sentences
        out: list[int] = []
        for i in ctx.prose_candidates(_OPENER.of(table)):
            n = bisect_right(starts, i) - 1
            if not skipped[i] and all(skipped[sents[n].start:i]):  # the sentence's first word
                out.append(n)
        return out
