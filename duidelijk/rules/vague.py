"""DD114 vaag: vague words where the reader needs a date, a time or an amount.

Source: Direct Duidelijk ("Wees concreet"); Schrijfwijzer van Gebruiker Centraal. "Binnenkort"
or "tijdig" leaves readers guessing when to act; a date tells them. Word list:
``wordlists/vague.tsv`` (own work).
"""

from __future__ import annotations

from functools import cache

from duidelijk import wordlists
from duidelijk.findings import Severity
from duidelijk.phrases import PhraseIndex
from duidelijk.rules.base import Context, Rule, RuleDoc, register


@cache
def vague_index() -> PhraseIndex:
    return PhraseIndex((r["term"], wordlists.alternatives(r["alternatives"])) for r in wordlists.load("vague"))


@register
class Vague(Rule):
    code = "DD114"
    name = "vaag"
    category = "vague"
    severity = Severity.WARNING
    doc = RuleDoc(
        what="Zoekt vage woorden waar de lezer een datum, tijd of bedrag nodig heeft.",
        why=(
            "Wat is 'binnenkort' of 'tijdig'? Iedere lezer denkt daar iets anders bij. "
            "Noem de datum of het bedrag, dan weet de lezer wat hij moet doen."
        ),
        source="Direct Duidelijk (https://www.directduidelijk.nl); Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl)",
        bad="Betaal het bedrag tijdig.",
        good="Betaal € 78,50 vóór 1 maart 2026.",
        exceptions="Woorden die uw organisatie toestaat.",
    )

    def check(self, ctx: Context):
        index = vague_index()
        for sent in ctx.prose_sentences:
            tokens = [t for t in sent if not t.is_space]
            for found, alts in index.matches(tokens, skip=ctx.is_placeholder):
                text = " ".join(t.text for t in found)
                if ctx.accepted(text):
                    continue
                yield self.finding(
                    ctx, found[0].idx, found[-1].idx + len(found[-1]),
                    f"'{text}' is vaag. Schrijf precies wanneer of hoeveel.",
                    suggestions=alts,
                )
