"""DD101 lange-zin: sentences with too many words.

Source: Direct Duidelijk schrijftips and the Gebruiker Centraal schrijfwijzer
(https://www.gebruikercentraal.nl/hulpmiddelen/schrijfwijzer/): at B1, keep sentences
short, about 15 words on average, and never much over 20.
"""

from __future__ import annotations

from duidelijk.findings import Severity
from duidelijk.rules.base import Context, Rule, RuleDoc, register

SPLIT_WORDS = {"en", "maar", "want", "omdat", "zodat", "terwijl", "nadat", "waardoor", "waarbij", "die", "dat"}


@register
class LongSentence(Rule):
    code = "DD101"
    name = "lange-zin"
    category = "sentence-length"
    severity = Severity.WARNING
    settings = {"suggestion": 15, "warning": 20, "error": 30}
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
            "invulveld in een sjabloon telt als één woord."
        ),
    )

    def check(self, ctx: Context):
        opts = self.options
        for sent in ctx.prose_sentences:
            n = len(ctx.words(sent))
            if n > opts["error"]:
                level = Severity.ERROR
            elif n > opts["warning"]:
                level = Severity.WARNING
            elif n > opts["suggestion"]:
                level = Severity.SUGGESTION
            else:
                continue
            if self.level != self.severity:
                level = self.level  # a severity set in the settings wins over the thresholds
            splits = [t.text for t in sent[3:-3] if t.lower_ in SPLIT_WORDS and t.dep_ in {"cc", "mark", "nsubj", "obj"}]
            tip = "Maak er twee of meer korte zinnen van."
            if splits:
                tip = f"Maak er twee zinnen van, bijvoorbeeld bij '{splits[0]}'."
            start, end = ctx.bounds(sent)
            yield self.finding(ctx, start, end, f"Deze zin heeft {n} woorden. {tip}", severity=level)
