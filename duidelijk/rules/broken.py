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

from duidelijk.findings import Severity
from duidelijk.metrics import token_table
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.structure import LIST_MARKS

# the finite forms of the modal verbs (no order can be made of them: "Kan", "Moet" alone is
# no command); "wil" and "zal" with "u" ("Wilt u") have a subject and are no finding
MODAL_FORMS = frozenset({
    "kan", "kon", "kunnen", "konden", "moet", "moest", "moeten", "moesten", "mag", "mocht",
    "mogen", "mochten", "wil", "wilde", "wilden", "willen", "zal", "zou", "zullen", "zouden",
})
# the form with "wij" of each modal form: "Kan ... niet laden" -> "Wij kunnen ..."
PLURAL_FORMS = {"kan": "kunnen", "kon": "konden", "moet": "moeten", "moest": "moesten", "mag": "mogen",
                "mocht": "mochten", "wil": "willen", "wilde": "wilden", "zal": "zullen", "zou": "zouden"}
# words that open a subclause in front of a main clause ("Als ..., doet ..."); a question word
# ("wanneer?") ends its sentence with a question mark and is passed over
SUBORDINATORS = frozenset({
    "als", "wanneer", "indien", "omdat", "nadat", "zodra", "voordat", "doordat", "terwijl",
    "hoewel", "tenzij", "aangezien", "zolang", "nu",
})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl", "expl:pv"})
# pronouns that can be the subject of a modal verb, whatever label the parse gives them
SUBJECT_PRONOUNS = frozenset({"ik", "jij", "je", "u", "hij", "zij", "ze", "wij", "we", "jullie", "men", "er",
                              "dit", "dat", "die", "deze", "iemand", "niemand", "iedereen", "niets", "alles"})


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


def subclause_alone(sent) -> bool:
    """Is the sentence only a subclause: it opens with a word that starts one ("Als",
    "Omdat"), tagged as a conjunction, ends with a full stop, has no comma (so no main clause
    after it) and no finite verb before its last word group but the subclause's own?"""
    words = _words(sent)
    if len(words) < 3 or _last_mark(sent) != ".":
        return False
    first = words[0]
    if first.lower_ not in SUBORDINATORS or first.pos_ != "SCONJ" or first.dep_ != "mark":
        return False
    if any(t.text in {",", ";", ":", "?", "!"} for t in sent):
        return False
    # the conjunction belongs to the root of the sentence: the parse found no main clause
    return first.head.dep_ == "ROOT" and first.head.head.i == first.head.i


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
    following = words[1]
    if following.lower_ in {"u", "je", "jij", "hij", "zij", "ze", "wij", "we", "ik", "jullie", "men", "er"}:
        return True
    # an article and a noun or name as subject: "Doet het Meldpunt"
    subject = [t for t in words[1:4] if t.dep_ in SUBJECT_DEPS]
    return bool(subject) and following.pos_ in {"DET", "PROPN", "NOUN", "PRON"}


def _after_colon_or_mark(text: str, start: int) -> bool:
    """Does the sentence at ``start`` follow a colon, or a list mark at the start of its line
    ("- Moet 18 jaar of ouder zijn.")? Then it goes on from the words above it."""
    before = text[:start].rstrip()
    if before.endswith(":"):
        return True
    line = text[text.rfind("\n", 0, start) + 1:start].strip()
    return bool(line) and (line in LIST_MARKS or line[-1] in ").") and len(line) <= 3


@register
class BrokenSentence(Rule):
    code = "DD117"
    name = "halve-zin"
    category = "broken-sentence"
    severity = Severity.WARNING
    doc = RuleDoc(
        what=("Zoekt zinnen die niet af zijn. Een zin zonder onderwerp: 'Kan de gegevens niet laden.' "
              "Of een bijzin met een punt erachter: 'Als het regent. Gaat de markt niet door.'"),
        why=(
            "In een zin zonder onderwerp moet de lezer raden wie iets doet. Een losse bijzin leest als een "
            "halve zin: de lezer moet zelf zien bij welke zin hij hoort."
        ),
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Bijzin als zelfstandige zin'",
        bad="Als de graffiti te lezen is. Doet het Meldpunt aangifte bij de politie.",
        good="Is de graffiti te lezen? Dan doet het Meldpunt aangifte bij de politie.",
        exceptions=(
            "Een opdracht heeft geen onderwerp nodig ('Vul het formulier in.'). Een vraag ook niet. "
            "Een losse bijzin na een vraag is een antwoord ('Waarom? Omdat ...'): die telt niet."
        ),
    )

    def check(self, ctx: Context):
        sents = ctx.prose_sentences
        for n, sent in enumerate(sents):
            block = ctx.document.block_at(sent.start_char)
            if block is not None and block.kind not in {"paragraph", "list-item", "quote", "table-cell"}:
                continue  # a heading: "Kan niet inloggen" names a problem, it tells nothing
            words = _words(sent)
            if not words:
                continue
            start, end = words[0].idx, ctx.bounds(sent)[1]  # from the first word: no list mark
            if subjectless_modal(sent) and (block is None or block.kind in {"paragraph", "quote"}) \
                    and not _after_colon_or_mark(ctx.text, start):
                # (not a point of a list or a cell of a table, nor right after a colon: "Voorwaarden:
                # - Moet 18 jaar of ouder zijn." takes its subject from the line above it)
                plural = PLURAL_FORMS.get(words[0].lower_, words[0].lower_)
                yield self.finding(
                    ctx, start, end,
                    "Deze zin heeft geen onderwerp. De lezer weet niet wie het doet. Zet dat erbij, "
                    f"bijvoorbeeld: 'Wij {plural} ...'.",
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
                    f"Deze zin is niet af: het stuk met '{first.text}' is een bijzin. Hij hoort bij de zin "
                    f"erna. Zet er een komma tussen, geen punt: '..., {verb.lower_} ...'.",
                )
