"""Whole texts and sentences where DD109, DD110 and DD117 can find nothing are passed over
before any Token is made (speedY20, twentieth session): with ``rules.base.PREFILTER`` off
(every sentence or reader word looked at closely, as before) the findings are the same, and
with it on less is looked at. Own sentences, and the example letters."""

from __future__ import annotations

from pathlib import Path

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import text_document
from duidelijk.rules import address, base, broken, negation

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

SENTENCES = (
    # DD117: a modal verb without a subject, a subclause cut off by a full stop, and the
    # same words after a list mark, a bracket or a quote mark, or later in the sentence
    "Kon uw gegevens niet laden. Als de graffiti te lezen is. Doet het Meldpunt aangifte bij de politie.",
    "- Moet opnieuw worden aangevraagd.\n\n(Kan niet worden verwerkt.) 'Omdat de bus niet reed.' "
    "Kwam de leerling te laat. Wij weten niet of u kunt komen als het regent.",
    "Omdat de bus niet reed. Kwam de leerling te laat op school. Kunt u ons bellen? Als u verhuist, meld dat dan.",
    # DD109: two negations in one clause, one negation alone, two in two clauses
    "Het is niet onmogelijk dat u geen toeslag krijgt. U hoeft niets te doen. "
    "Als u niet betaalt, krijgt u geen korting. Niemand die dat niet weet.",
    "Wij sturen u nooit een brief zonder uitleg. Dat is niet nodig.",
    # DD110: 'u' and 'je' mixed, only 'u', only 'je'
    "Geachte mevrouw Smit, je kunt het formulier online invullen. U krijgt daarna bericht.",
    "Wij sturen u een brief over uw aanvraag. U krijgt daarin het besluit.",
    "Hoi Sam, je kunt je pas ophalen bij de balie. Neem je paspoort mee. Jullie zijn welkom.",
)


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + list(SENTENCES)


def _findings(nlp, select: list[str], monkeypatch, prefilter: bool):
    monkeypatch.setattr(base, "PREFILTER", prefilter)
    config = Config(select=select)
    out = [[(f.code, f.start, f.end, f.severity, f.message, tuple(f.suggestions)) for f in r.findings]
           for r in analyse([text_document(t) for t in _texts()], config, nlp)]
    monkeypatch.setattr(base, "PREFILTER", True)
    return out


def _counted(monkeypatch, module, name: str) -> list:
    calls: list = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_dd117_finds_the_sentences_that_open_with_a_modal_or_subclause_word_per_doc(nlp):
    """``_opening_sentences``: the prose sentences whose first word (no punctuation or space)
    is a modal verb or a subclause word, as a look at each sentence finds them."""
    from duidelijk.rules.base import Context

    found_any = False
    for text in _texts():
        document = text_document(text)
        ctx = Context(doc=nlp(document.text), document=document, config=Config())
        expected = []
        for n, sent in enumerate(ctx.prose_sentences):
            first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
            if first is not None and first.lower_ in broken._OPENERS:
                expected.append(n)
        assert broken.BrokenSentence._opening_sentences(ctx) == expected
        found_any = found_any or bool(expected)
        assert len(expected) < len(ctx.prose_sentences) or len(ctx.prose_sentences) <= 2
    assert found_any


def test_dd117_same_findings_without_visiting_every_sentence(nlp, monkeypatch):
    fast = _findings(nlp, ["DD117"], monkeypatch, True)
    assert fast == _findings(nlp, ["DD117"], monkeypatch, False)
    messages = [f[4] for r in fast for f in r]
    assert sum("geen onderwerp" in m for m in messages) >= 1  # "Kon uw gegevens niet laden."
    assert sum("is een bijzin" in m for m in messages) >= 2  # "Als ... Doet", "Omdat ... Kwam"
    assert not any("'Als u verhuist'" in m for m in messages)  # a subclause with its main clause


def test_dd109_looks_closer_only_at_sentences_with_two_negative_words(nlp, monkeypatch):
    heads = _counted(monkeypatch, negation, "clause_head")
    fast = _findings(nlp, ["DD109"], monkeypatch, True)
    fast_calls = len(heads)
    heads.clear()
    assert fast == _findings(nlp, ["DD109"], monkeypatch, False)
    found = [f[4] for r in fast for f in r]
    assert any("'niet' en 'onmogelijk'" in m for m in found)
    assert any("'Niemand' en 'niet'" in m for m in found)
    assert not any("'nooit'" in m or "'niets'" in m for m in found)  # one negation alone
    # the old way asked for the clause of every negative word, also alone in its sentence
    assert 0 < fast_calls < len(heads)


class _CountingDocument:
    """A Document that counts how often a rule reads its blocks."""

    def __init__(self, document):
        self._document, self.asked = document, 0

    def __getattr__(self, name):
        if name == "blocks":
            self.asked += 1
        return getattr(self._document, name)


def test_dd110_passes_over_a_text_without_je(nlp, monkeypatch):
    from duidelijk.rules.base import Context

    fast = _findings(nlp, ["DD110"], monkeypatch, True)
    assert fast == _findings(nlp, ["DD110"], monkeypatch, False)
    found = [f for r in fast for f in r]
    assert any("Hier staat 'je', maar elders 'u'" in f[4] for f in found)
    assert fast[-2] == [] and fast[-1] == []  # only 'u'; only 'je'
    rule = address.MixedAddress()
    for text, looked in ((SENTENCES[-2], 0), (SENTENCES[-1], 1), (SENTENCES[-3], 1)):
        document = text_document(text)
        counting = _CountingDocument(document)
        ctx = Context(doc=nlp(document.text), document=counting, config=Config())
        list(rule.check(ctx))
        # a text without a 'je' form is passed over before its reader words are read (the
        # old way made a Token of each 'u' and looked for a salutation)
        assert counting.asked == looked, text
