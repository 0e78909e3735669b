"""The parser's per-step product through numpy (duidelijk/fastparse.py): the same annotations
as with blis, the guard that keeps blis on any doubt, and the switch that turns it off."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from duidelijk import fastparse

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".md"))

VARIED = [
    "Wij hebben uw aanvraag ontvangen.",
    "Heeft u vragen? Bel ons dan op 14 020.",
    "De gemeente heeft besloten dat u geen recht heeft op een uitkering, omdat uw inkomen te hoog is.",
    "Uw bezwaar is door de commissie, die op 3 maart 2024 bijeenkwam, ongegrond verklaard.",
    "Indien u het niet eens bent met dit besluit, kunt u binnen zes weken bezwaar maken.",
    "- uw naam\n- uw adres\n- de datum van de brief",
    "Kosten: € 45,50 per maand (inclusief btw).",
    "Ja.",
    "Dat de aanvraag werd afgewezen, kwam doordat de stukken die u stuurde niet volledig waren en "
    "wij daarom, na overleg met de afdeling die erover gaat, niet konden vaststellen of u aan de "
    "voorwaarden voldoet die in de verordening staan.",
    "Wordt de vergunning verleend, dan ontvangt u die per post; wordt hij geweigerd, dan hoort u waarom.",
    "Met vriendelijke groet,\n\nJ. de Vries\nTeamleider Vergunningen",
    "Zij zei: 'Kom morgen maar langs.' En toen ging ze weg!",
    "",
    "   \n  ",
    "Het college van burgemeester en wethouders van de gemeente Utrecht; gelet op artikel 4:8 Awb.",
]


def annotations(doc):
    return [(t.text, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.is_sent_start) for t in doc]


@pytest.fixture()
def parse_both(nlp):
    """parse_both(texts, batch_size) -> (annotations with numpy's sgemm, with blis's, calls of the
    callback in the first run, in the second). Leaves the pipeline as it was."""

    def run(texts, batch_size=1):
        assert fastparse.enabled(nlp)
        callback = fastparse._state["callback"]
        before = callback.calls
        fast = [annotations(d) for d in nlp.pipe(texts, batch_size=batch_size)]
        fast_calls = callback.calls - before
        fastparse.disable(nlp)
        try:
            assert not fastparse.enabled(nlp)
            before = callback.calls
            slow = [annotations(d) for d in nlp.pipe(texts, batch_size=batch_size)]
            slow_calls = callback.calls - before
        finally:
            assert fastparse.enable(nlp)
        return fast, slow, fast_calls, slow_calls

    return run


def test_on_by_default_here(nlp):
    # this environment (thinc 8.3, CPython, 64-bit) passes every check: the loader switched it on
    assert fastparse.prepared_cblas() is not None, fastparse._state.get("why")
    assert fastparse.enabled(nlp)


def test_examples_parse_identically(parse_both):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    assert len(texts) >= 8
    fast, slow, fast_calls, slow_calls = parse_both(texts)
    assert fast_calls > sum(len(t.split()) for t in texts)  # the parser went through the callback
    assert slow_calls == 0  # and not with blis
    for path, a, b in zip(EXAMPLES, fast, slow):
        assert a == b, path.name


@pytest.mark.parametrize("batch_size", [1, 2, 3, 4, 32])
def test_varied_sentences_parse_identically(parse_both, batch_size):
    fast, slow, fast_calls, slow_calls = parse_both(VARIED, batch_size)
    assert fast_calls > 0 and slow_calls == 0
    assert fast == slow
    assert any(b for b in fast)  # and the parses are real ones
    assert {dep for doc in fast for _, _, dep, *_ in doc} >= {"ROOT", "nsubj", "obj", "det"}


def _args(trans_a, trans_b, m, n, k, alpha, beta, numpy):
    rng = numpy.random.default_rng(m * 100 + n)
    a = rng.standard_normal((k, m) if trans_a else (m, k), dtype=numpy.float32)
    b = rng.standard_normal((n, k) if trans_b else (k, n), dtype=numpy.float32)
    c = rng.standard_normal((m, n), dtype=numpy.float32)
    expected = alpha * ((a.T if trans_a else a) @ (b.T if trans_b else b)) + beta * c
    lda, ldb = a.shape[1], b.shape[1]
    return (a, b, c), expected, (trans_a, trans_b, m, n, k, alpha, a.ctypes.data, lda, b.ctypes.data, ldb,
                                 beta, c.ctypes.data, n)


@pytest.mark.parametrize("call", [
    (0, 1, 1, 40, 128, 1.0, 0.0),  # what the parser asks: numpy
    (0, 1, 2, 40, 128, 1.0, 0.0),  # two and three documents: one product per row
    (0, 1, 3, 9, 5, 1.0, 0.0),
    (0, 1, 5, 7, 3, 1.0, 0.0),  # more: one product
    (1, 1, 3, 4, 6, 1.0, 0.0),  # any other call: blis, through ctypes
    (0, 0, 3, 4, 6, 1.0, 0.0),
    (0, 1, 3, 4, 6, 0.5, 0.0),
    (0, 1, 3, 4, 6, 1.0, 2.0),
])
def test_callback_computes_any_call(nlp, call):
    import numpy

    trans_a, trans_b, m, n, k, alpha, beta = call
    callback = fastparse._state["callback"]
    keep, expected, args = _args(trans_a, trans_b, m, n, k, alpha, beta, numpy)
    other = callback.other_calls
    callback.c_function(*args)  # through C, as the parser calls it
    numpy.testing.assert_allclose(keep[2], expected, rtol=1e-4, atol=1e-4)
    parser_call = not trans_a and trans_b and alpha == 1.0 and beta == 0.0
    assert callback.other_calls == other + (0 if parser_call else 1)


def test_guard_refuses_a_wrong_pointer(nlp, monkeypatch):
    from thinc.backends.cblas import CBlas

    real = fastparse._state["callback"]._blis
    import ctypes

    blis_address = ctypes.cast(real, ctypes.c_void_p).value
    assert fastparse._prepare(blis_pointer=blis_address)  # the real one passes
    with pytest.raises(fastparse.Refused, match="blis"):
        fastparse._prepare(blis_pointer=blis_address + 16)
    # through the loader's path: a failed check leaves blis and says why at debug level
    fastparse.disable(nlp)
    try:
        monkeypatch.setattr(fastparse, "_state", {})
        wrong = fastparse._prepare

        monkeypatch.setattr(fastparse, "_prepare", lambda: wrong(blis_pointer=blis_address + 16))
        assert fastparse.enable(nlp) is False
        assert not fastparse.enabled(nlp)
        assert "blis" in fastparse._state["why"]
        assert nlp("Wij sturen u een brief.")[1].dep_ == "ROOT"
        assert isinstance(type(nlp.get_pipe("parser").model.ops).cblas(nlp.get_pipe("parser").model.ops), CBlas)
    finally:
        monkeypatch.undo()
        assert fastparse.enable(nlp)


def test_guard_refuses_other_thinc_versions_and_signatures(monkeypatch):
    from thinc.backends import cblas

    monkeypatch.setattr(fastparse, "THINC_VERSIONS", ((8, 4), (8, 5)))
    with pytest.raises(fastparse.Refused, match="thinc"):
        fastparse._prepare()
    monkeypatch.undo()
    assert fastparse._capsule_pointer(cblas.__pyx_capi__["sgemm"], fastparse.GET_SGEMM_SIGNATURE)
    with pytest.raises(fastparse.Refused, match="signature"):
        fastparse._capsule_pointer(cblas.__pyx_capi__["saxpy"], fastparse.GET_SGEMM_SIGNATURE)
    with pytest.raises(fastparse.Refused, match="capsule"):
        fastparse._capsule_pointer(object(), fastparse.GET_SGEMM_SIGNATURE)


def test_version_parsing():
    assert fastparse._version("8.3.14") == (8, 3, 14)
    assert fastparse._version("8.4.0.dev0") == (8, 4, 0)
    assert fastparse._version("9rc1") == (9,)
    assert fastparse._version("") == ()


def test_switch_turns_it_off(nlp, monkeypatch):
    fastparse.disable(nlp)
    try:
        monkeypatch.setenv(fastparse.ENV, "0")
        assert fastparse.enable(nlp) is False and not fastparse.enabled(nlp)
        monkeypatch.setenv(fastparse.ENV, "1")
        assert fastparse.enable(nlp) is True and fastparse.enabled(nlp)
    finally:
        fastparse.enable(nlp)


@pytest.mark.parametrize("value, expected", [("0", "False"), ("", "True")])
def test_switch_at_load(value, expected):
    # a fresh process, as a web worker starts: the loader reads the switch
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env[fastparse.ENV] = value
    code = ("import duidelijk\nfrom duidelijk import fastparse\nfrom duidelijk.model import load_pipeline\n"
            "nlp = load_pipeline()\nprint(fastparse.enabled(nlp))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == expected
