"""DD109 dubbele-ontkenning: two negations in one clause ("niet onmogelijk", "geen ... niet").

Source: Schrijfwijzer van Gebruiker Centraal ("Vermijd dubbele ontkenningen"); Onze Taal,
"Dubbele ontkenning". Every negation makes readers turn the meaning around once more.
"""

from __future__ import annotations

from duidelijk.findings import Severity
from duidelijk.lexicon import zipf
from duidelijk.rules.base import Context, Rule, RuleDoc, register
from duidelijk.rules.clauses import clause_head

NEGATORS = {"niet", "geen", "nooit", "niemand", "niets", "nergens", "geenszins", "allerminst", "noch"}
# negative prefixes on adjectives: "onmogelijk", "onvoldoende"; "on" must leave a real word
PREFIXES = ("on", "niet-")


def negative_word(tok) -> bool:
    low = tok.lower_
    if low in NEGATORS:
        return True
    if tok.pos_ in {"ADJ", "ADV"} and len(low) > 5:
        for prefix in PREFIXES:
            rest = low[len(prefix):]
            if low.startswith(prefix) and zipf(rest) >= 3.5 and zipf(low) < zipf(rest):
                return True
    return False


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
        source="Schrijfwijzer van Gebruiker Centraal; Onze Taal, 'Dubbele ontkenning'",
        bad="Het is niet onmogelijk dat u geen toeslag krijgt.",
        good="Misschien krijgt u geen toeslag.",
        exceptions="Twee ontkenningen in twee losse zinsdelen ('Als u niet betaalt, krijgt u geen korting') tellen niet.",
    )

    def check(self, ctx: Context):
        for sent in ctx.prose_sentences:
            groups: dict[int, list] = {}
            for tok in sent:
                if negative_word(tok):
                    groups.setdefault(clause_head(tok).i, []).append(tok)
            for toks in groups.values():
                if len(toks) < 2:
                    continue
                first, last = toks[0], toks[-1]
                words = " ... ".join(t.text for t in toks)
                yield self.finding(
                    ctx, first.idx, last.idx + len(last),
                    f"Dubbele ontkenning ({words}). Zeg het positief: dat leest makkelijker.",
                )
