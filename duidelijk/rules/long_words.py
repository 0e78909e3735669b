"""DD105 lang-woord: long words and compounds.

Source: Schrijfwijzer van Gebruiker Centraal ("Vermijd lange samenstellingen"); Onze Taal,
"Lange samenstellingen". Long compounds are read slowly by readers at B1; splitting them
into a phrase ("de aanvraag voor een parkeervergunning") helps.
"""

from __future__ import annotations

from duidelijk.findings import Severity
from duidelijk.lexicon import split_compound, zipf
from duidelijk.rules.base import Context, Rule, RuleDoc, register


@register
class LongWord(Rule):
    code = "DD105"
    name = "lang-woord"
    category = "long-word"
    severity = Severity.SUGGESTION
    settings = {"min_letters": 15, "part_zipf": 3.0}
    doc = RuleDoc(
        what="Zoekt lange woorden, vaak samengestelde woorden.",
        why=(
            "Een lang woord leest langzaam. Lezers moeten het eerst in stukken hakken. "
            "Schrijf het woord als een paar losse woorden als dat kan."
        ),
        source="Schrijfwijzer van Gebruiker Centraal (https://www.gebruikercentraal.nl); Onze Taal (https://onzetaal.nl/taalloket), 'Lange samenstellingen'",
        bad="Uw parkeervergunningaanvraag is ontvangen.",
        good="Wij hebben uw aanvraag voor een parkeervergunning ontvangen.",
        exceptions="Namen, invulvelden, adressen, internetadressen en e-mailadressen.",
    )

    def check(self, ctx: Context):
        seen: set[str] = set()
        marked = ctx.shared.setdefault("word_findings", set())  # already flagged as jargon
        for sent in ctx.prose_sentences:
            for tok in sent:
                letters = sum(c.isalpha() for c in tok.text)
                if letters < self.options["min_letters"] or tok.pos_ in {"PROPN", "X", "SYM"}:
                    continue
                if tok.like_url or tok.like_email or ctx.is_placeholder(tok) or tok.lower_ in seen:
                    continue
                if ctx.accepted(tok.text) or tok.i in marked:
                    continue
                seen.add(tok.lower_)
                marked.add(tok.i)
                parts = split_compound(tok.lower_, self.options["part_zipf"], force=True)
                suggestions = []
                if len(parts) > 1:
                    msg = (
                        f"'{tok.text}' is een lang woord ({letters} letters). Het bestaat uit "
                        f"'{' + '.join(parts)}'. Schrijf het als een paar losse woorden."
                    )
                    head, rest = parts[-1], "".join(parts[:-1])
                    if rest.endswith("s") and zipf(rest[:-1]) >= zipf(rest):
                        rest = rest[:-1]
                    suggestions = [f"{head} voor {rest}"]
                else:
                    msg = f"'{tok.text}' is een lang woord ({letters} letters). Kies een korter woord."
                yield self.span_finding(ctx, tok, msg, suggestions=suggestions)
