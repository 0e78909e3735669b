"""DD109 dubbele-ontkenning: two negations in one clause ("niet onmogelijk", "geen ... niet").

Source: Schrijfwijzer van Gebruiker Centraal ("Vermijd dubbele ontkenningen"); Onze Taal,
"Dubbele ontkenning". Every negation makes readers turn the meaning around once more.
"""

from __future__ import annotations

from functools import lru_cache

from duidelijk import wordlists
from duidelijk.findings import Severity
from duidelijk.metrics import FactColumn, token_table
from duidelijk.dictionary import exists, verb_lemmas
from duidelijk.lexicon import zipf
from duidelijk.rules import base as rules_base
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.clauses import clause_head
from duidelijk.verbs import _infinitives

NEGATORS = {"niet", "geen", "nooit", "niemand", "niets", "nergens", "geenszins", "allerminst", "noch"}
# negative prefixes on adjectives: "onmogelijk", "ondenkbaar"; "on" must leave a real
# adjective, and the word must not have a meaning of its own ("onlangs", "ontzettend")
PREFIXES = ("on", "niet-")
ADJECTIVE_ENDINGS = ("baar", "lijk", "ig", "end", "isch", "zaam", "vol", "loos", "elijk")
NOT_NEGATIVE = {"onlangs", "ontzettend", "onderweg", "onderling", "onmiddellijk", "ongeveer", "onverwijld"}


# participles that say "no" in their meaning: "niet uitgesloten" is "misschien", "niet
# verboden" is "mag"
NEGATIVE_PARTICIPLES = {"uitgesloten", "verboden"}


# verbs that say "no" in their meaning ("niet uitsluiten" is "misschien"), and the verbs without
# their particle, as the lemma of a finite form gives them ("Wij sluiten niet uit")
# (``wordlists/negative_verbs.tsv``)
NEGATIVE_VERBS = wordlists.words("negative_verbs", "verb")
_NEGATIVE_VERB_BASES = frozenset(r["base"] for r in wordlists.load("negative_verbs") if r["base"])
# the negators that turn such a verb around when they hang on it
VERB_NEGATORS = frozenset({"niet", "nooit"})


def _negative_verb(tok) -> bool:
    """Is the token a verb that says "no" in its meaning (``NEGATIVE_VERBS``), with its particle
    if that stands apart ("Wij sluiten niet uit dat ...")?"""
    if tok.pos_ != "VERB":
        return False
    lemmas = _lemmas(tok.lower_, tok.lemma_.lower())
    verbs = lemmas & NEGATIVE_VERBS
    verbs |= {c.lower_ + lemma for lemma in lemmas & _NEGATIVE_VERB_BASES for c in tok.children
              if c.dep_ == "compound:prt" and c.lower_ + lemma in NEGATIVE_VERBS}
    if verbs == {"nalaten"}:
        # "niet nalaten te melden" (fail to do), not "Een huurwoning kunt u niet nalaten aan uw
        # kinderen" (leave as an inheritance): only with a te-infinitive or a clause
        return any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)
    return bool(verbs)


@lru_cache(maxsize=20_000)
def _lemmas(low: str, lemma: str) -> frozenset[str]:
    """The infinitives a verb form can be of: its lemma, and those read off the form itself (the
    tagger may keep a stem as its own lemma: "Ik ontken niet", "De gemeente sluit niet uit")."""
    found = {lemma} | set(verb_lemmas(low)) | set(_infinitives(low))
    if low.endswith("t"):
        found |= set(_infinitives(low[:-1]))
    return frozenset(found)


def _negated_verb(tok) -> bool:
    """Is a "niet" or "nooit" hanging on a verb that says "no" itself ("Wij kunnen niet
    uitsluiten dat ...")? A negator elsewhere in the clause is the usual test of the groups."""
    return any(c.dep_ == "advmod" and c.lower_ in VERB_NEGATORS for c in tok.children)


def negative_word(tok) -> bool:
    return _negative_form(tok.lower_, tok.pos_) and not _choice(tok.lower_, tok.doc[tok.i - 1].lower_ if tok.i else "")


def _choice(low: str, before: str) -> bool:
    """Is this "niet" after "of": "wel of niet", "winnen of niet", a choice, no negation to
    turn around?"""
    return low == "niet" and before == "of"


def _negative_form(low: str, pos: str) -> bool:
    """Is a word with this lower-case form and word class negative: a negator or a negative
    participle, or negative by its prefix ("onmogelijk")? The test of ``negative_word``
    without the words around it, so that the rule can run it on the token table."""
    return low in _NEGATIVE_FORMS or low.startswith(PREFIXES) and pos in _PREFIX_POS and _negative_by_prefix(low)


_NEGATIVE_FORMS = frozenset(NEGATORS | NEGATIVE_PARTICIPLES)
_PREFIX_POS = frozenset({"ADJ", "ADV", "VERB"})  # the words that a negative prefix can make negative
# per token fact: can its word be negative (``_negative_form``)? Worked out once per fact
_NEGATIVE = FactColumn(lambda fact, _: _negative_form(fact.lower, fact.pos))
# per token fact: is it "niet" or "nooit" (``VERB_NEGATORS``)?
_VERB_NEGATOR = FactColumn(lambda fact, _: fact.lower in VERB_NEGATORS)
_ANY_NEGATIVE_VERB = NEGATIVE_VERBS | _NEGATIVE_VERB_BASES


def _maybe_negative_verb(fact) -> bool:
    """Can the token of this fact be a verb that says "no" (``_negative_verb``)?"""
    return fact.pos == "VERB" and bool(_lemmas(fact.lower, fact.lemma.lower()) & _ANY_NEGATIVE_VERB)


def _negative_verbs(doc, table, negative):
    """Per token: a verb that says "no" (``_maybe_negative_verb``), asked only where the rule
    reads the answer: at a verb that "niet"/"nooit" hangs on (``_negated_verb``), and at a token
    that is negative by its form as well ("uitgesloten"), which the rule drops when no negator
    hangs on it. Any other verb of the list could only be dropped again, so its spelling is not
    worked out (``_lemmas`` on every new verb form was most of the rule's time on varied text)."""
    import numpy

    facts = table.facts
    verbs = numpy.zeros(len(facts), dtype=bool)
    asked = {doc[i].head.i for i in _VERB_NEGATOR.of(table).nonzero()[0].tolist() if doc[i].dep_ == "advmod"}
    asked.update(negative.nonzero()[0].tolist())
    for i in asked:
        verbs[i] = _maybe_negative_verb(facts[i])
    return verbs


@lru_cache(maxsize=20_000)
def _negative_by_prefix(low: str) -> bool:
    """Is an adjective, adverb or verb with this lower-case form negative by its prefix
    ("onmogelijk", "niet-bestaand")? It depends on the form only: worked out once per form
    ("ontvangen", "onderzoek" and "onze" start with "on" too)."""
    if len(low) <= 5 or low in NOT_NEGATIVE:
        return False
    for prefix in PREFIXES:
        rest = low[len(prefix):]
        if not low.startswith(prefix) or len(rest) < 4:
            continue
        base = rest[:-1] if rest.endswith("e") and not exists(rest) else rest
        if zipf(rest) >= 3.5 and zipf(low) < zipf(rest):
            return True
        # "ondenkbaar", "onverkort": a real adjective after "on", more common than the whole
        if exists(base) and base.endswith(ADJECTIVE_ENDINGS) and zipf(base) >= zipf(low) - 0.5:
            return True
    return False


# what separates the items of a list: "niet, niet tijdig of onvolledig", "geen werk en geen uitkering"
LIST_JOINS = frozenset({",", "of", "en", "noch", "/"})


def _alternatives(a, b) -> bool:
    """Do the negative words ``a`` and ``b`` (``a`` first) stand in different items of a list
    ("Als de gegevens niet, niet tijdig of onvolledig worden verstrekt", "U krijgt geen
    uitkering en geen toeslag")? A comma or "of", "en", or "noch" between them, and no
    verb: each item says "no" once, about its own case, and none turns another around. Not
    "niet onmogelijk" (nothing between), nor "niet, zoals u denkt, onmogelijk" (a clause
    between)."""
    between = a.doc[a.i + 1:b.i]
    return any(t.lower_ in LIST_JOINS for t in between) and not any(
        t.pos_ in {"VERB", "AUX"} for t in between)


def _not_alternatives(toks: list) -> list:
    """The negative words of a clause (in order) that stand next to another one that is not its
    alternative in a list (``_alternatives``): those make a double negation."""
    kept = set()
    for a, b in zip(toks, toks[1:]):
        if not _alternatives(a, b):
            kept.update((a.i, b.i))
    return [t for t in toks if t.i in kept]


@register
class DoubleNegation(Rule):
    code = "DD109"
    name = "dubbele-ontkenning"
    category = "negation"
    severity = Severity.WARNING
    doc = RuleDoc(
        what="Zoekt twee ontkenningen in één zin of zinsdeel.",
        why=(
            "Bij 'niet onmogelijk' moet de lezer twee keer omdenken. Dat gaat vaak mis. "
            "Zeg het positief: 'mogelijk' of 'het kan'."
        ),
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Dubbele ontkenning'",
        bad="Het is niet onmogelijk dat u geen toeslag krijgt.",
        good="Misschien krijgt u geen toeslag.",
        exceptions=("Twee ontkenningen in twee losse zinsdelen ('Als u niet betaalt, krijgt u geen korting') tellen niet. "
                    "Ook niet een rijtje met een ontkenning in elk deel ('niet, niet op tijd of onvolledig', "
                    "'geen werk en geen uitkering')."),
    )

    def check(self, ctx: Context):
        doc = ctx.doc
        table = token_table(doc)
        facts = table.facts
        # negative_word, read in the token table: only the tokens whose form can be negative
        # (one numpy step per Doc), no Token object for the others
        negative = _NEGATIVE.of(table)
        verbs = _negative_verbs(doc, table, negative)
        for sent, indexes in ctx.by_prose_sentence(ctx.prose_candidates(negative | verbs)):
            # a verb that says "no" counts as a negation only with "niet"/"nooit" on it
            negated = [i for i in indexes if verbs[i] and _negative_verb(doc[i]) and _negated_verb(doc[i])]
            indexes = [i for i in indexes if not verbs[i] or i in negated]
            if len(indexes) < 2 and rules_base.PREFILTER:
                continue  # one word that can be negative: the groups below only move the
                # sentence's own negative words about, and a finding needs two (most sentences
                # with a negation have one)
            groups: dict[int, list] = {}
            for i in indexes:
                low = facts[i].lower
                if i not in negated and (not _negative_form(low, facts[i].pos) or _choice(low, facts[i - 1].lower if i else "")):
                    continue
                tok = doc[i]
                groups.setdefault(clause_head(tok).i, []).append(tok)
            # "niemand die ... niet": a relative clause hanging on a negated word
            for head_i, toks in list(groups.items()):
                antecedent = sent.doc[head_i].head if sent.doc[head_i].dep_ == "acl:relcl" else None
                if antecedent is not None and (negative_word(antecedent) or any(
                        c.lower_ == "geen" for c in antecedent.children)):
                    groups.setdefault(clause_head(antecedent).i, []).extend(toks)
                    groups[head_i] = []
            for toks in groups.values():
                toks = _not_alternatives(sorted(toks, key=lambda t: t.i))
                if len(toks) < 2:
                    continue
                first, last = toks[0], toks[-1]
                names = [t.text for t in toks]
                for k, t in enumerate(toks):
                    particle = next((c for c in t.children if c.dep_ == "compound:prt"), None) \
                        if t.i in negated else None
                    if particle is not None and particle.i > t.i:
                        # "Wij sluiten niet uit": the span reaches the particle, the verb is named whole
                        names[k] = next((v for v in sorted(_lemmas(t.lower_, t.lemma_.lower()) & _NEGATIVE_VERB_BASES)
                                         if particle.lower_ + v in NEGATIVE_VERBS), t.lemma_.lower())
                        names[k] = particle.lower_ + names[k]
                        last = max(last, particle, key=lambda x: x.i)
                if toks[0].i in negated and len(toks) == 2:
                    names.reverse()  # "'niet' en 'uitsluiten'", as the reader turns it around
                words = "' en '".join(names)
                yield self.finding(
                    ctx, first.idx, last.idx + len(last),
                    f"Hier staan twee ontkenningen: '{words}'. Zeg het positief: dat leest makkelijker.",
                )
