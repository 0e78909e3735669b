"""The parser's per-step matrix product through numpy instead of blis (optional, guarded).

spaCy's transition parser (``greedy_parse`` -> ``predict_states``) multiplies the hidden layer
by the upper layer's weights once per transition step, through thinc's C function table
(``thinc.backends.cblas.CBlas``), whose ``sgemm`` is blis's. For one document (a web upload)
each step multiplies one row, and blis packs the whole weight matrix again at every step: on a
one-page letter about a quarter of the pipeline's CPU time (docs/benchmarks.md, research of the
twenty-fifth session). numpy's OpenBLAS multiplies the one row without packing.

``enable(nlp)`` gives the transition-based components of a loaded pipeline (the parser; the
entity recogniser of an installed spaCy pipeline too) a ``CBlas`` whose ``sgemm`` is a ctypes
callback into numpy; ``saxpy`` and ``daxpy`` stay blis's. Nothing else changes: the same
weights, the same steps, the same annotations (tests/test_fastparse.py parses varied text both
ways). It uses thinc's own C API for the table (``sgemm`` and ``set_sgemm`` in
``thinc.backends.cblas.__pyx_capi__``), not its memory layout, and it checks everything it
relies on before it writes anything (``_prepare``); on any doubt the pipeline keeps blis and
one debug line says why (never any document text).

Switch: ``DUIDELIJK_FASTPARSE=0`` in the environment keeps blis (the web workers inherit it).
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import struct
import sys
import threading

log = logging.getLogger("duidelijk.fastparse")

ENV = "DUIDELIJK_FASTPARSE"
# thinc versions whose C function table this was made for and tested with (8.3.14); the
# table's C API (thinc.backends.cblas) exists since thinc 8.1, but a newer minor version may
# change it: then blis stays, until this range is widened after a test
THINC_VERSIONS = ((8, 3), (8, 4))  # from, up to (not including)

# thinc's ``sgemm_ptr`` (cblas.pxd): void (bint transA, bint transB, int M, int N, int K,
# float alpha, const float* A, int lda, const float* B, int ldb, float beta, float* C, int ldc);
# Cython's bint is a C int. The names Cython gives the exported functions, checked as they are:
BLIS_SGEMM_SIGNATURE = b"void (int, int, int, int, int, float, float const *, int, float const *, int, float, float *, int)"
GET_SGEMM_SIGNATURE = (b"__pyx_t_5thinc_8backends_5cblas_sgemm_ptr "
                       b"(struct __pyx_obj_5thinc_8backends_5cblas_CBlas *)")
SET_SGEMM_SIGNATURE = (b"void (struct __pyx_obj_5thinc_8backends_5cblas_CBlas *, "
                       b"__pyx_t_5thinc_8backends_5cblas_sgemm_ptr)")

SGEMM = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                         ctypes.c_float, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_int,
                         ctypes.c_float, ctypes.c_void_p, ctypes.c_int)
# thinc's getter and setter hold no Python state; PYFUNCTYPE keeps the GIL while they run
_GET = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.py_object)
_SET = ctypes.PYFUNCTYPE(None, ctypes.py_object, ctypes.c_void_p)

_MARK = "_duidelijk_fastparse"  # set on an ops object whose cblas() this module answers
ROWS_APART = 3  # up to this many rows (documents in a batch): one product per row (_Sgemm._plan)
_PLANS_MAX = 512  # calls whose arrays are kept (see _Sgemm.__call__)

_lock = threading.Lock()
_state: dict = {}  # "cblas": the prepared CBlas, or None after a failed check; "why": the reason


class Refused(Exception):
    """A check failed: keep blis. The message (in English, for the debug log) says which."""


class _Sgemm:
    """The callback: ``C = A @ B.T`` through numpy for the call the parser makes (transA=0,
    transB=1, alpha=1, beta=0, packed rows), blis itself (through ctypes) for any other call.

    The callback runs inside spaCy's ``with nogil`` loop. A ctypes callback takes the GIL
    itself before it runs Python code (PyGILState_Ensure in CPython's _ctypes) and gives it back
    when it returns, so calling Python from there is safe. The cost is that the loop holds the
    GIL for each step: a process that parses in two threads at once would take turns. duidelijk's
    check workers and ``duidelijk check --jobs`` parse in one thread per process, so nothing
    waits; the web process with ``workers=0`` (tests, development server) only takes turns.
    """

    def __init__(self, blis_sgemm: int):
        import numpy

        self._numpy = numpy
        self._dot = numpy.dot
        self._blis = SGEMM(blis_sgemm)  # a C function pointer called from Python
        self._plans: dict = {}
        self.calls = self.other_calls = 0
        self.c_function = SGEMM(self)  # kept here as long as this object lives (ctypes' rule)
        self.address = ctypes.cast(self.c_function, ctypes.c_void_p).value

    def _view(self, address: int, rows: int, cols: int):
        """A float32 array of ``rows`` x ``cols`` over memory at ``address`` (a view: it owns
        nothing, it is only an address and a shape)."""
        buffer = (ctypes.c_float * (rows * cols)).from_address(address)
        return self._numpy.frombuffer(buffer, dtype=self._numpy.float32).reshape(rows, cols)

    def _plan(self, args: tuple):
        """The products ``(A, B.T, C)`` (arrays) for a call numpy can answer, None for any other
        call. Up to ROWS_APART rows, one product per row: numpy multiplies one row without
        packing the weights (a matrix-vector product), but two or three rows at once through
        OpenBLAS's matrix product, which packs them like blis (in the parser, two documents:
        ~38 against ~25 us per step for two single rows; from four rows on the one product is
        faster). A row alone is the same product as a document alone."""
        trans_a, trans_b, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc = args
        if not (not trans_a and trans_b and alpha == 1.0 and beta == 0.0 and lda == k and ldb == k
                and ldc == n and m > 0 and n > 0 and k > 0 and a and b and c):
            return None
        left, right, out = self._view(a, m, k), self._view(b, n, k).T, self._view(c, m, n)
        if m <= ROWS_APART:
            return tuple((left[i:i + 1], right, out[i:i + 1]) for i in range(m))
        return ((left, right, out),)

    def __call__(self, *args):
        # The parser calls with the same few buffers and sizes at every step: the arrays for a
        # call are kept by its arguments. A view made earlier for the same address and shape is
        # the same as a new one, also when the memory there was freed and given out again.
        # No exception may leave a ctypes callback (the parser would go on with C unwritten):
        # blis answers whatever numpy does not.
        try:
            self.calls += 1
            plan = self._plans.get(args, False)
            if plan is False:
                if len(self._plans) >= _PLANS_MAX:
                    self._plans.clear()
                plan = self._plans[args] = self._plan(args)
            if plan is not None:
                dot = self._dot
                for left, right, out in plan:
                    dot(left, right, out=out)
                return
            self.other_calls += 1
        except Exception:  # noqa: BLE001 - blis below writes all of C (numpy is used only with beta 0)
            pass
        except BaseException as err:  # an interrupt (Ctrl-C) arrived here: answer, then raise it again
            self._blis(*args)
            if isinstance(err, KeyboardInterrupt):
                import _thread

                _thread.interrupt_main()
            return
        self._blis(*args)


def _capsule_pointer(capsule, expected_name: bytes) -> int:
    """The C pointer in a Cython ``__pyx_capi__`` capsule, after checking its signature."""
    # own function objects: ctypes.pythonapi's are shared with any other user of ctypes
    get_name = ctypes.PYFUNCTYPE(ctypes.c_char_p, ctypes.py_object)(("PyCapsule_GetName", ctypes.pythonapi))
    get_pointer = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.py_object, ctypes.c_char_p)(
        ("PyCapsule_GetPointer", ctypes.pythonapi))
    if type(capsule).__name__ != "PyCapsule":
        raise Refused("not a capsule")
    name = get_name(capsule)
    if name != expected_name:
        raise Refused(f"unexpected C signature {name!r}")
    pointer = get_pointer(capsule, name)
    if not pointer:
        raise Refused("empty capsule")
    return pointer


def _version(text: str) -> tuple[int, ...]:
    """The leading numbers of a version: "8.3.14" -> (8, 3, 14), "8.4.0.dev0" -> (8, 4, 0)."""
    parts = []
    for part in text.split("."):
        digits = re.match(r"\d*", part).group()
        if not digits:
            break
        parts.append(int(digits))
        if digits != part:
            break
    return tuple(parts)


def _prepare(blis_pointer: int | None = None):
    """Check everything the swap relies on and build the CBlas to give the parser.

    ``blis_pointer``: what to expect in a fresh CBlas as blis's sgemm (tests give a wrong one
    to see the refusal); by default blis's own, from ``blis.cy``. Returns the CBlas and the
    callback it calls (which must live as long as the CBlas is used). Raises Refused."""
    if sys.implementation.name != "cpython":
        raise Refused(f"not CPython ({sys.implementation.name})")
    if ctypes.sizeof(ctypes.c_void_p) != struct.calcsize("P") or ctypes.sizeof(ctypes.c_int) != 4 \
            or ctypes.sizeof(ctypes.c_float) != 4:
        raise Refused("unexpected C type sizes")
    import thinc

    version = _version(getattr(thinc, "__version__", ""))
    low, high = THINC_VERSIONS
    if not low <= version[:2] < high:
        raise Refused(f"thinc {getattr(thinc, '__version__', '?')} outside the tested range")
    import blis.cy
    import numpy
    from thinc.backends import cblas

    capi = getattr(cblas, "__pyx_capi__", None) or {}
    blis_capi = getattr(blis.cy, "__pyx_capi__", None) or {}
    if "sgemm" not in capi or "set_sgemm" not in capi or "sgemm" not in blis_capi:
        raise Refused("thinc or blis exports no sgemm")
    get = _GET(_capsule_pointer(capi["sgemm"], GET_SGEMM_SIGNATURE))
    put = _SET(_capsule_pointer(capi["set_sgemm"], SET_SGEMM_SIGNATURE))
    # the callback's own signature (SGEMM) is the one blis's function has, checked by name here
    blis_sgemm = _capsule_pointer(blis_capi["sgemm"], BLIS_SGEMM_SIGNATURE)
    expected = blis_sgemm if blis_pointer is None else blis_pointer
    first, second = cblas.CBlas(), cblas.CBlas()
    if not isinstance(first, cblas.CBlas) or get(first) != expected or get(second) != expected:
        raise Refused("a fresh CBlas does not hold blis's sgemm")
    callback = _Sgemm(blis_sgemm)
    # try the callback through C, as the parser will call it, against blis on the same numbers
    rng = numpy.random.default_rng(14)
    a = rng.standard_normal((3, 37), dtype=numpy.float32)
    b = rng.standard_normal((11, 37), dtype=numpy.float32)
    mine, theirs = numpy.zeros((3, 11), numpy.float32), numpy.full((3, 11), numpy.nan, numpy.float32)
    for func, out in ((callback.c_function, mine), (callback._blis, theirs)):
        func(0, 1, 3, 11, 37, 1.0, a.ctypes.data, 37, b.ctypes.data, 37, 0.0, out.ctypes.data, 11)
    if callback.calls != 1 or callback.other_calls or not numpy.allclose(mine, theirs, rtol=1e-4, atol=1e-4):
        raise Refused("the callback does not compute what blis computes")
    prepared = cblas.CBlas()
    put(prepared, callback.address)
    if get(prepared) != callback.address or get(cblas.CBlas()) != blis_sgemm:
        raise Refused("setting sgemm did not take, or took for every CBlas")
    return prepared, callback


def switched_off() -> bool:
    return os.environ.get(ENV, "").strip().lower() in ("0", "false", "no", "off")


def prepared_cblas():
    """The CBlas with numpy's sgemm for this process (made once), or None: switched off, or a
    check failed (logged once at debug level)."""
    with _lock:
        if "cblas" not in _state:
            try:
                _state["cblas"], _state["callback"] = _prepare()
            except Exception as err:  # noqa: BLE001 - any doubt: keep blis
                _state["cblas"], _state["callback"] = None, None
                _state["why"] = f"{type(err).__name__}: {err}"
                log.debug("fastparse off, the parser keeps blis (%s)", _state["why"])
        return _state["cblas"]


def _transition_pipes(nlp):
    try:
        from spacy.pipeline.transition_parser import Parser
    except ImportError:
        return []
    return [pipe for _, pipe in getattr(nlp, "pipeline", []) if isinstance(pipe, Parser)]


def _numpy_ops(ops) -> bool:
    """Ops whose ``cblas()`` is thinc's NumpyOps' own (CupyOps and other backends: leave them)."""
    try:
        from thinc.api import NumpyOps
    except ImportError:
        return False
    return isinstance(ops, NumpyOps) and type(ops).cblas is NumpyOps.cblas


def enable(nlp) -> bool:
    """Give the transition-based components of ``nlp`` numpy's sgemm. True when at least one
    now has it; False (and blis everywhere) when switched off or any check fails."""
    if switched_off():
        log.debug("fastparse off: %s=%s", ENV, os.environ.get(ENV))
        return False
    pipes = [pipe for pipe in _transition_pipes(nlp) if _numpy_ops(getattr(pipe.model, "ops", None))]
    if not pipes:
        return False
    fast = prepared_cblas()
    if fast is None:
        return False
    for pipe in pipes:
        ops = pipe.model.ops
        # greedy_parse asks ``self.model.ops.cblas()`` once per batch; the other askers
        # (thinc's gather_add, the parser's precomputed layer) use only saxpy/daxpy, still blis's
        ops.cblas = lambda: fast
        setattr(ops, _MARK, True)
    return True


def disable(nlp) -> None:
    """Give the transition-based components of ``nlp`` blis's sgemm again."""
    for pipe in _transition_pipes(nlp):
        ops = getattr(pipe.model, "ops", None)
        if ops is not None and getattr(ops, _MARK, False):
            del ops.cblas
            delattr(ops, _MARK)


def enabled(nlp) -> bool:
    """Whether a transition-based component of ``nlp`` uses numpy's sgemm."""
    return any(getattr(getattr(pipe.model, "ops", None), _MARK, False) for pipe in _transition_pipes(nlp))
