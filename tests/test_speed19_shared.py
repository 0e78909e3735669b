"""speedX19 (nineteenth session): work done once per Doc gives what the walk per token or
per sentence gave before. ``TokenTable.dependency_lengths`` finds LiNT-II's heads of every
token (``heads_of``: the first conjunct's head, the verb's conjuncts for a subject) in numpy
steps; each length must equal ``dependency_length`` of that token, which walks the heads one
token at a time. Own sentences and made trees (any shape of conjuncts and subjects)."""

from __future__ import annotations

import random

from spacy.tokens import Doc

from duidelijk.metrics import TokenTable

COORDINATED = (
    "Jan en Piet lopen naar het stadhuis en vragen daar een nieuwe pas aan.",
    "De buurman belt, schrijft een brief en komt daarna zelf langs bij de balie.",
    "Uw aanvraag is ontvangen, wordt deze week bekeken en krijgt binnen acht weken een antwoord.",
    "Wij hebben de stoep, de straat en het plein laten maken, want die waren kapot.",
    "Het geluid klinkt hard en moet door de buren worden gehoord, zegt de wijkagent.",
)


def _walked(table: TokenTable) -> list[int]:
    return [table.dependency_length(i) for i in range(len(table.heads))]


def _plain(table: TokenTable) -> list[int]:
    """The length to the token's own head only: what the numpy path must go beyond."""
    counts = table.non_punct
    return [0 if d == table.punct else max(abs(counts[h] - counts[i]) - 1, 0)
            for i, (h, d) in enumerate(zip(table.heads, table.deps))]


def test_dependency_lengths_match_the_walk_per_token_on_own_sentences(nlp):
    differ = 0
    for text in COORDINATED:
        table = TokenTable(nlp(text))
        assert table._dependency_length_array().tolist() == _walked(table)  # made anew, not the cache
        assert table.dependency_lengths() == _walked(table)
        differ += table.dependency_lengths() != _plain(table)
    assert differ  # some conjunct or subject here has another head than its own


def test_dependency_lengths_match_the_walk_per_token_on_made_trees(nlp):
    rng = random.Random(19)
    labels = ["conj", "conj", "nsubj", "punct", "obj", "nmod", "cc"]
    beyond = 0
    for _ in range(1500):
        n = rng.randint(1, 25)
        order = list(range(n))
        rng.shuffle(order)  # a random tree: each token's head comes earlier in ``order``
        heads = [0] * n
        for k, token in enumerate(order):
            heads[token] = token if k == 0 else order[rng.randrange(k)]
        deps = [rng.choice(labels) for _ in range(n)]
        if rng.random() < 0.5:
            deps[order[0]] = "ROOT"
        table = TokenTable(Doc(nlp.vocab, words=["woord"] * n, heads=heads, deps=deps))
        assert table.dependency_lengths() == _walked(table)
        beyond += table.dependency_lengths() != _plain(table)
    assert beyond > 100  # the trees reach the conjunct and subject branches


def test_dependency_lengths_without_conjuncts(nlp):
    table = TokenTable(nlp("Wij sturen u volgende week een nieuwe pas."))
    assert table.dependency_lengths() == _walked(table) == _plain(table)


def test_the_array_of_dependency_lengths_is_the_list(nlp):
    """speed25: the metrics read ``length_array`` (int64, made once per Doc), the rules the
    list; both are the walk per token, with conjuncts and without."""
    for text in (*COORDINATED, "Wij sturen u volgende week een nieuwe pas."):
        table = TokenTable(nlp(text))
        array = table.length_array()
        assert str(array.dtype) == "int64"
        assert array.tolist() == _walked(table)
        assert table.length_array() is array  # once per Doc
        assert table.dependency_lengths() == array.tolist()
    table = TokenTable(nlp(COORDINATED[4]))  # a subject of two verbs: not its own head's length
    assert table.length_array().tolist() != _plain(table)


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
