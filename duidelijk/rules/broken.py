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
from duidelijk.rules.clauses import PERSONAL_SUBJECTS
from duidelijk.structure import LIST_MARKS

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
SUBORDINATORS = frozenset({
    "als", "wanneer", "indien", "omdat", "nadat", "zodra", "voordat", "doordat", "terwijl",
    "hoewel", "tenzij", "aangezien", "zolang", "nu",
})
# words that open a subclause that only stands after its main clause: a result ("..., zodat
# wij u kunnen bellen"). Dutch cannot put it in front ("Zodat wij u kunnen bellen, vult u ...
# in" is no sentence), so a sentence that opens with it has lost its main clause, to the
# sentence or the line before it
AFTER_MAIN = frozenset({"zodat"})
# the first words the rule starts from: any other sentence is passed at once
_OPENERS = MODAL_FORMS | SUBORDINATORS | AFTER_MAIN
_OPENER = FactColumn(lambda fact, _: fact.lower in _OPENERS)  # per token fact: one of _OPENERS?
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl", "expl:pv"})
# pronouns that can be the subject of a modal verb, whatever label the parse gives them
SUBJECT_PRONOUNS = PERSONAL_SUBJECTS | frozenset({"er", "dit", "dat", "die", "deze", "iemand", "niemand", "iedereen",
                                                "niets", "alles"})


def _words(sent) -> list:
    """The tokens of a sentence that are no space or punctuation."""
    return [t for t in sent if not t.is_space and not t.is_punct]


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
              "bijzin met 'zodat': 'Zodat wij u kunnen bellen.'"),
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
            "Een punt in een lijst en een regel na een dubbele punt tellen ook niet. Een citaat ('> ...') "
            "telt niet. Na een bijzin kan een zin staan als 'Heeft u vragen, bel ons dan.' Dat is geen fout."
        ),
    )

    def check(self, ctx: Context):
        sents = ctx.prose_sentences
        for n in self._opening_sentences(ctx) if base.PREFILTER else range(len(sents)):
            sent = sents[n]
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
                nxt = sents[n + 1]
                if ctx.text[end:nxt.start_char].count("\n") > 1:
                    continue  # a new paragraph: no sentence cut in two
                if not main_order_opening(nxt):
                    continue
                verb = _words(nxt)[0]
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
