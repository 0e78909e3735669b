"""DD103 ambtelijke-taal: officialese and jargon, with plain alternatives.

Source: our own list in ``wordlists/jargon.tsv``, written for duidelijk; the advice follows
Direct Duidelijk and the Schrijfwijzer van Gebruiker Centraal ("Schrijf gewone woorden").
Words are matched on their lemma (see ``duidelijk.phrases``), so "verstrekt" matches
"verstrekken" and "stuurt ... toe" matches "toesturen". The organisation's reject list
(setting ``reject``) is checked first.
"""

from __future__ import annotations

from functools import cache

from duidelijk import wordlists
from duidelijk.findings import Severity
from duidelijk.phrases import PhraseIndex, token_keys
from duidelijk.rules.base import Context, Rule, RuleDoc, register


@cache
def jargon_index() -> PhraseIndex:
    # Terms that a more specific list owns (impersonal address, nominal style) are left to
    # the rule of that list, so one word never gets two findings.
    owned = {r["term"].lower() for name in ("impersonal", "nominalisations") for r in wordlists.load(name)}
    return PhraseIndex(
        (row["term"], wordlists.alternatives(row["alternatives"]))
        for row in wordlists.load("jargon")
        if row["term"].lower() not in owned
    )


@register
class Jargon(Rule):
    code = "DD103"
    name = "ambtelijke-taal"
    category = "jargon"
    severity = Severity.WARNING
    doc = RuleDoc(
        what="Zoekt ambtelijke woorden en vaste uitdrukkingen waarvoor een gewoon woord bestaat.",
        why=(
            "Woorden als 'teneinde', 'middels' en 'verstrekken' gebruikt bijna niemand in "
            "gewone taal. Lezers moeten ze vertalen. Gewone woorden lezen sneller en "
            "iedereen begrijpt ze."
        ),
        source="Eigen woordenlijst van duidelijk; Direct Duidelijk (https://www.directduidelijk.nl); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl)",
        bad="Wij verzoeken u de gegevens te verstrekken teneinde uw aanvraag te behandelen.",
        good="Wij vragen u om de gegevens te geven. Dan kunnen wij uw aanvraag behandelen.",
        exceptions=(
            "Woorden op de lijst met toegestane woorden (instelling 'accept') meldt duidelijk "
            "niet. Woorden die uw organisatie niet wil (instelling 'reject') meldt duidelijk altijd."
        ),
    )

    def check(self, ctx: Context):
        index = jargon_index()
        reject = PhraseIndex((k, [v]) for k, v in ctx.config.reject.items())
        marked = ctx.shared.setdefault("word_findings", set())
        for sent in ctx.prose_sentences:
            tokens = [t for t in sent if not t.is_space]
            for found, alts in reject.matches(tokens, skip=ctx.is_placeholder):
                marked.update(t.i for t in found)
                yield self._finding(ctx, found, f"Uw organisatie schrijft hier liever '{alts[0]}'.", alts)
            for found, alts in index.matches(tokens, skip=lambda t: ctx.is_placeholder(t) or t.i in marked):
                text = " ".join(t.text for t in found)
                if ctx.accepted(text) or any(ctx.accepted(k) for t in found for k in token_keys(t)):
                    continue
                marked.update(t.i for t in found)
                yield self._finding(ctx, found, self._message(text, alts), alts)

    def _finding(self, ctx, found, message, alts):
        end = found[-1].idx + len(found[-1])
        return self.finding(ctx, found[0].idx, end, message, suggestions=alts)

    @staticmethod
    def _message(text: str, alts: list[str]) -> str:
        if alts:
            options = "' of '".join(alts[:3])
            return f"'{text}' is ambtelijke taal. Schrijf liever '{options}'."
        return f"'{text}' is ambtelijke taal. Kies een gewoon woord."
