"""speedX19 (nineteenth session): work done once per Doc gives what the walk per token or
per sentence gave before. Own sentences."""

from __future__ import annotations


FORMAL_NOT_VAGUE = (
    "Wij verzoeken u het formulier te retourneren. Conform de regels ontvangt u daarna een "
    "beschikking. Indien u het niet eens bent met het besluit, kunt u bezwaar maken.",
    "De aanvraag dient te worden ondertekend. Middels deze brief informeren wij u over de kosten.",
)
FORMAL_AND_VAGUE = (
    "Wij verzoeken u het formulier zo spoedig mogelijk te retourneren.",
    "Indien u vragen heeft, neemt u dan binnenkort contact met ons op. Wij retourneren uw "
    "stukken zo spoedig mogelijk.",
)


def _findings(nlp, monkeypatch, select: list[str], prefilter: bool, texts):
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import text_document
    from duidelijk.rules import base

    monkeypatch.setattr(base, "PREFILTER", prefilter)
    out = [[(f.code, f.start, f.end, f.severity, f.message, tuple(f.suggestions), f.mild) for f in r.findings]
           for r in analyse([text_document(t) for t in texts], Config(select=select), nlp)]
    monkeypatch.setattr(base, "PREFILTER", True)
    return out


def test_dd103_asks_for_vague_expressions_only_in_a_text_that_can_hold_one(nlp, monkeypatch):
    """DD103 leaves a match to DD114 when DD114 reports its words ("zo spoedig mogelijk"); it
    asks the vague list about the whole Doc's match keys first (``vague.may_be_vague``, as
    DD114 does), so a text without the words of any vague expression asks nothing per
    sentence. The findings are those of the test per sentence (``rules.base.PREFILTER`` off)."""
    from duidelijk.rules import jargon

    calls: list = []
    real = jargon.vague_matches

    def counted(ctx, sent):
        calls.append(sent.start)
        return real(ctx, sent)

    monkeypatch.setattr(jargon, "vague_matches", counted)
    texts = FORMAL_NOT_VAGUE + FORMAL_AND_VAGUE
    for select in (["DD103"], ["DD103", "DD114"]):
        calls.clear()
        fast = _findings(nlp, monkeypatch, select, True, FORMAL_NOT_VAGUE)
        assert all(any(f[0] == "DD103" for f in r) for r in fast)  # formal words found ...
        assert not calls  # ... without asking about vague expressions
        slow = _findings(nlp, monkeypatch, select, False, FORMAL_NOT_VAGUE)
        assert calls and fast == slow
        calls.clear()
        fast = _findings(nlp, monkeypatch, select, True, texts)
        assert calls  # the texts with "zo spoedig mogelijk" still ask
        assert fast == _findings(nlp, monkeypatch, select, False, texts)
    # the reader must act: DD114 asks for the date, one finding is enough
    assert [f[0] for f in fast[-2] if "spoedig" in f[4]] == ["DD114"]
    # the writer promises speed: DD114 leaves it, DD103 names the formal word
    assert [f[0] for f in fast[-1] if "spoedig" in f[4]] == ["DD103"]
