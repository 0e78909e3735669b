"""The one loader for the Dutch pipeline, used by every part of duidelijk.

Default: the pipeline bundled in ``duidelijk/models/``. A name or path (``--model``, or the
``model`` setting) selects any installed spaCy pipeline instead, such as ``nl_core_news_md``.
Each pipeline is loaded once per process.
"""

from __future__ import annotations

import bisect
import sys
import threading
import types
from collections.abc import Mapping
from functools import cache
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent / "models"
BUNDLED_NAME = "nl_duidelijk"
BUNDLED_PATH = MODELS_DIR / BUNDLED_NAME

LETTER_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "duidelijk.letter_tokenizer.v1"}}}

_cache: dict[str, object] = {}
_lock = threading.Lock()


def import_spacy():
    """Import spaCy without its command-line part, which a check never uses.

    ``import spacy`` also imports ``spacy.cli`` (weasel, httpx, requests, rich, jinja2): about
    40 % of spaCy's import time at every start of ``duidelijk check``. Here ``spacy.cli`` is a
    placeholder module over the real folder: its submodules import as usual
    (``from spacy.cli.train import train``), and the first other use of it imports the real
    ``spacy.cli`` in its place.
    """
    if "spacy" in sys.modules:
        import spacy

        _msgpack_leaves_gc_as_it_was()
        return spacy
    from importlib.util import find_spec

    spec = find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        import spacy  # let the usual error speak

        return spacy
    folder = str(Path(next(iter(spec.submodule_search_locations))) / "cli")

    def real():
        for name in ("spacy.cli.info", "spacy.cli"):
            if isinstance(sys.modules.get(name), _LazyCli):
                del sys.modules[name]
        import importlib

        module = importlib.import_module("spacy.cli")
        sys.modules["spacy"].cli = module
        return module

    class _LazyCli(types.ModuleType):
        def __getattr__(self, name: str):
            if name.startswith("__"):
                raise AttributeError(name)
            return getattr(real(), name)

    package = _LazyCli("spacy.cli")
    package.__path__ = [folder]
    info = _LazyCli("spacy.cli.info")
    info.info = lambda *args, **kwargs: real().info(*args, **kwargs)  # spacy.info
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = package, info
    _group_entry_points()
    _faster_get_all()
    stand_ins = [m for m in (_lazy_requirements(), _lazy_tqdm(), _lazy_pydantic_v1()) if m is not None]
    deferred = _defer_pydantic_build(True)
    try:
        import spacy
    except BaseException:
        for name in ("spacy.cli.info", "spacy.cli"):
            sys.modules.pop(name, None)
        raise
    finally:
        if deferred is not None:
            _defer_pydantic_build(deferred)
        for module in stand_ins:  # later importers get the real module
            if sys.modules.get(module.__name__) is module:
                del sys.modules[module.__name__]
    spacy.cli = package
    _msgpack_leaves_gc_as_it_was()
    return spacy


class _GcAsItWas:
    """``gc`` for srsly's msgpack reader: ``disable`` as usual, and ``enable`` only when the
    collector was on before this thread's ``disable``."""

    def __init__(self):
        self._was = threading.local()

    def disable(self) -> None:
        import gc

        self._was.on = gc.isenabled()
        gc.disable()

    def enable(self) -> None:
        import gc

        if getattr(self._was, "on", True):
            gc.enable()

    def __getattr__(self, name: str):  # anything else srsly may ask of gc
        import gc

        return getattr(gc, name)


def _msgpack_leaves_gc_as_it_was() -> None:
    """srsly switches Python's garbage collector off while it unpacks msgpack and then on
    again, also when it was off before. ``duidelijk check`` pauses the collector while it
    starts (``cli._pause_gc``); the first msgpack file of the pipeline switched it on again, and
    the rest of the start ran with it (about 40 collections, one of them over everything loaded
    so far: 30-50 ms). Now srsly switches it back on only when it was on."""
    import gc

    api = sys.modules.get("srsly._msgpack_api")
    if api is not None and getattr(api, "gc", None) is gc:
        api.gc = _GcAsItWas()


def _group_entry_points() -> None:
    """Let catalogue find a group's entry points in a dict instead of a search of them all.

    spaCy's, thinc's and srsly's registries (catalogue) ask for the entry points of one group
    at every look-up: about 120 times while the pipeline loads and once per msgpack file. On
    Python 3.10 and 3.11 each time rebuilds the list of every installed entry point and
    searches it (0.05-0.1 s at every start). catalogue reads the same entry points from a
    dict of group -> entry points, in the same order, when it is given one.
    """
    try:
        import catalogue
    except ImportError:  # pragma: no cover - spaCy's own import will say what is missing
        return
    found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if found is None or isinstance(found, dict) and not hasattr(found, "select"):
        return  # not there, or already a plain dict
    # Python 3.10-3.11: a dict of group -> entry points (whose select() searches them all);
    # 3.12 and later: one sequence of all entry points
    # (dict.values: the dict's own method, without the deprecation warning of SelectableGroups)
    every = [ep for eps in dict.values(found) for ep in eps] if isinstance(found, dict) else list(found)
    groups: dict[str, list] = {}
    for entry_point in every:
        groups.setdefault(entry_point.group, []).append(entry_point)
    catalogue.AVAILABLE_ENTRY_POINTS = groups


def _faster_get_all() -> None:
    try:
        import catalogue
    except ImportError:  # pragma: no cover - spaCy's own import will say what is missing
        return
    if getattr(catalogue.Registry.get_all, "__module__", "") == "catalogue":
        catalogue.Registry.get_all = _get_all


def _get_all(self) -> dict:
    """``catalogue.Registry.get_all`` with each registered name's namespace compared as one
    tuple: the same functions in the same order. catalogue compared them name part by name part
    in a generator, for every one of the ~220 registered functions, at each of the ~80 calls
    while the pipeline loads (srsly asks for its msgpack decoders at every file it reads,
    spaCy at every factory it adds): 30-60 ms at every start."""
    import catalogue

    result = {}
    if self.entry_points:
        result.update(self.get_entry_points())
    namespace = tuple(self.namespace)
    size = len(namespace)
    for keys, value in catalogue.REGISTRY.copy().items():
        if len(keys) == size + 1 and keys[:size] == namespace:
            result[keys[-1]] = value
    return result


def _defer_pydantic_build(on: bool):
    """Let pydantic models made while spaCy imports build their validator at first use.

    ``spacy.schemas`` defines about twenty pydantic models; pydantic builds each one's
    validator when the class is made (60-100 ms at every start), and a check uses two of
    them. With pydantic's ``defer_build`` a model builds it the first time it validates:
    the same models, the same answers. Only for the import of spaCy: the default is set
    back afterwards. Returns the value it had before (None when this pydantic has no such
    default), to be given back."""
    try:
        from pydantic._internal import _config
    except ImportError:
        return None
    defaults = getattr(_config, "config_defaults", None)
    if not isinstance(defaults, dict) or "defer_build" not in defaults:
        return None
    before = defaults["defer_build"]
    defaults["defer_build"] = on
    return before


class _V1Check(type):
    """``issubclass`` / ``isinstance`` against pydantic.v1's class of the same name, without
    importing pydantic.v1: a class can only derive from it once pydantic.v1 is imported."""

    def _real(cls):
        module = sys.modules.get("pydantic.v1")
        if module is None or isinstance(module, _LazyPydanticV1):
            return None
        _real_v1_in_confection(module)
        return getattr(module, cls.__name__)

    def __subclasscheck__(cls, other) -> bool:
        real = cls._real()
        return real is not None and issubclass(other, real)

    def __instancecheck__(cls, obj) -> bool:
        real = cls._real()
        return real is not None and isinstance(obj, real)


def _real_v1_in_confection(module) -> None:
    """confection asks whether a schema is a pydantic.v1 model before it validates with it:
    from then on it holds the real classes (an ``except`` clause matches real classes only)."""
    validation = sys.modules.get("confection.validation")
    if validation is not None and isinstance(getattr(validation, "_PydanticV1BaseModel", None), _V1Check):
        validation._PydanticV1BaseModel = module.BaseModel
        validation._PydanticV1ValidationError = module.ValidationError


class _Later(types.ModuleType):
    """A module that spaCy imports while it starts but uses only in parts a check never
    reaches, in its place until first use: the first attribute asked of it imports the real
    module. ``import_spacy`` takes it out of ``sys.modules`` once spaCy is imported, so later
    importers get the real module.

    - ``packaging.requirements``: spacy.util imports its ``Requirement`` for one function a
      check never calls (``split_requirement``); about 40 ms (packaging's markers, tags and
      parser).
    - ``tqdm``: the progress bars of spaCy's training (spacy.training.loggers and .initialize
      use ``tqdm.tqdm`` when they run); about 30-60 ms, most of it tqdm looking up its own
      version among the installed packages."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        import importlib

        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


class _LazyPydanticV1(_Later):
    """``pydantic.v1`` while spaCy imports. confection imports pydantic.v1's ``BaseModel`` and
    ``ValidationError`` only to recognise models written for pydantic 1; spaCy 3.8's models are
    all pydantic 2 models, and importing pydantic.v1 costs 60-100 ms at every start. confection
    gets stand-ins that answer ``issubclass`` as the real classes would (``_V1Check``). Any
    other name imports the real module."""


def _confection_asks_by_name() -> bool:
    """Does the installed confection recognise pydantic 1 models through its own names
    (``_PydanticV1BaseModel`` in confection.validation, confection 1.x), where
    ``_real_v1_in_confection`` can give it the real classes? Older confection (0.1.x) imports
    pydantic.v1's classes and builds models on them: it must get the real module."""
    from importlib.util import find_spec

    spec = find_spec("confection")
    if spec is None or not spec.origin:
        return False
    source = Path(spec.origin).parent / "validation.py"
    try:
        return "_PydanticV1BaseModel" in source.read_text(encoding="utf-8")
    except OSError:
        return False


def _lazy_pydantic_v1():
    if "pydantic.v1" in sys.modules or "confection" in sys.modules or sys.version_info >= (3, 14):
        return None
    from importlib.util import find_spec

    if find_spec("pydantic") is None or not _confection_asks_by_name():
        return None
    module = _LazyPydanticV1("pydantic.v1")

    class BaseModel(metaclass=_V1Check):
        pass

    class ValidationError(Exception, metaclass=_V1Check):
        pass

    module.BaseModel, module.ValidationError = BaseModel, ValidationError
    sys.modules["pydantic.v1"] = module
    return module


def _lazy_tqdm():
    if "tqdm" in sys.modules:
        return None
    from importlib.util import find_spec

    if find_spec("tqdm") is None:
        return None  # spaCy's own import will say what is missing
    module = _Later("tqdm")
    sys.modules["tqdm"] = module
    return module


def _lazy_requirements():
    if "packaging.requirements" in sys.modules:
        return None
    module = _Later("packaging.requirements")

    def requirement(*args, **kwargs):
        import importlib

        return importlib.import_module("packaging.requirements").Requirement(*args, **kwargs)

    module.Requirement = requirement
    sys.modules["packaging.requirements"] = module
    return module


class ModelError(RuntimeError):
    """The pipeline could not be loaded; the message is plain Dutch for the user."""


def _numpy_ops():
    """Build the pipeline's layers on thinc's NumpyOps with numpy's matrix product.

    thinc's default CPU ops multiply matrices with blis; on this project's machines numpy's
    OpenBLAS does the same products about three times faster (tok2vec 5,400 -> 14,400 words/s,
    the parser 8,600 -> 14,700), with the same annotations (docs/benchmarks.md). A layer keeps
    the ops it was built with, so only loading needs this.
    """
    from thinc.api import use_ops

    return use_ops("numpy", use_blis=False)


_blas_limited = False


def one_blas_thread() -> None:
    """Give the OpenBLAS that numpy loaded one thread, when it started before duidelijk set
    ``OPENBLAS_NUM_THREADS`` (numpy imported first: ``duidelijk.BLAS_STARTED_BEFORE``). With a
    thread per core a one-page letter costs about 160 ms of CPU instead of 95 ms, and every
    --jobs worker forked from this process starts that many threads again at its first matrix
    product. Through threadpoolctl, the library numpy's own ``show_runtime`` reads OpenBLAS
    with; once per process. A variable the user set wins: then this does nothing."""
    global _blas_limited
    import duidelijk

    if _blas_limited or not duidelijk.BLAS_STARTED_BEFORE:
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")  # (not as a context: the limit stays)
    _blas_limited = True


# --- the static vectors' key table ----------------------------------------------------------

_VECTORS_TABLE = "vectors-key2row"


def _vector_files(key: str) -> list[Path] | None:
    """The files of a pipeline folder's static vectors with a key table, else None."""
    vocab = Path(key) / "vocab"
    files = [vocab / "key2row", vocab / "vectors", vocab / "vectors.cfg"]
    # and this file: how the table is made
    return [*files, Path(__file__)] if all(f.is_file() for f in files) else None


def _uint64_view(values):
    """A 1-D numpy array of unsigned 64-bit integers as a memoryview of Python ints, or None
    where its layout does not allow one (another type or byte order, not contiguous)."""
    import numpy

    if getattr(values, "ndim", 0) != 1 or values.dtype != numpy.dtype(numpy.uint64) or not values.dtype.isnative \
            or not values.flags.c_contiguous:
        return None
    return memoryview(values).cast("B").cast("Q")


class _KeyRows(Mapping):
    """A read-only key -> row mapping over two sorted arrays, as the dict spaCy would read."""

    def __init__(self, keys, rows):
        self._keys, self._rows = keys, rows
        # the keys as a sequence of Python ints where the array allows (the mapped copy of the
        # data cache: a view, nothing copied), searched by halves with ``bisect``: Vocab asks
        # a key at every new word of a text (about 9,000 on speed.py's varied texts), and
        # ``numpy.searchsorted`` of one key costs about four times as much as the search
        self._sorted = _uint64_view(keys)

    def _find(self, key) -> int:
        try:
            key = int(key)
        except (TypeError, ValueError):
            return -1
        if not 0 <= key < 2**64:
            return -1
        if self._sorted is not None:
            at = bisect.bisect_left(self._sorted, key)
            return at if at < len(self._sorted) and self._sorted[at] == key else -1
        import numpy

        at = int(numpy.searchsorted(self._keys, numpy.uint64(key)))
        return at if at < len(self._keys) and int(self._keys[at]) == key else -1

    def get(self, key, default=None):
        at = self._find(key)
        return int(self._rows[at]) if at >= 0 else default

    def __getitem__(self, key):
        at = self._find(key)
        if at < 0:
            raise KeyError(key)
        return int(self._rows[at])

    def __contains__(self, key) -> bool:
        return self._find(key) >= 0

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys.tolist())


@cache
def _sorted_key_vectors():
    """A ``spacy.vectors.Vectors`` whose key -> row table is kept as two sorted arrays.

    spaCy reads the table of the bundled model (580,000 keys) into a dict at every start:
    about 0.4 s and 60 MB. Here it comes from arrays stored per user (``duidelijk.datacache``),
    read in milliseconds; ``find(keys=...)``, all that parsing asks, looks the keys up in the
    arrays. Anything else that needs the table (``key2row``, ``in``, saving) first reads the
    dict from the pipeline folder, as spaCy would, and then behaves as plain ``Vectors``.
    """
    import numpy
    from spacy.vectors import Vectors

    class SortedKeyVectors(Vectors):
        def setup(self, folder: Path, keys, rows) -> None:
            self._folder, self._keys, self._rows, self._full, self._view = folder, keys, rows, False, None

        def _materialize(self) -> None:
            if not self._full:
                self._full = True  # first, so that the calls below take spaCy's own path
                Vectors.from_disk(self, self._folder, exclude=["strings", "vectors", "vectors.cfg", "keys"])

        def find(self, *, key=None, keys=None, row=None, rows=None):
            if not self._full and keys is not None and key is None and row is None and rows is None:
                wanted = numpy.asarray(keys)
                if wanted.dtype.kind in "ui" and wanted.ndim == 1:
                    wanted = wanted.astype(numpy.uint64, copy=False)
                    at = numpy.searchsorted(self._keys, wanted)
                    at[at >= len(self._keys)] = 0
                    hit = self._keys[at] == wanted
                    return numpy.where(hit, self._rows[at], -1).astype("i")
            self._materialize()
            return Vectors.find(self, key=key, keys=keys, row=row, rows=rows)

        @property
        def key2row(self):  # Vocab asks key2row.get(orth) for every new lexeme
            if self._full:
                return Vectors.key2row.__get__(self)
            if self._view is None:
                self._view = _KeyRows(self._keys, self._rows)
            return self._view

        @key2row.setter
        def key2row(self, value):
            self._full = True
            Vectors.key2row.__set__(self, value)

        @property
        def n_keys(self):  # read by Language.meta
            return len(self._keys) if not self._full else Vectors.n_keys.__get__(self)

        @property
        def is_full(self):
            self._materialize()
            return Vectors.is_full.__get__(self)

    def full_first(name):
        method = getattr(Vectors, name)

        def wrapper(self, *args, **kwargs):
            self._materialize()
            return method(self, *args, **kwargs)

        wrapper.__name__ = name
        return wrapper

    # every method of Vectors that reads the key table or the free rows made from it
    # (spacy/vectors.pyx); not _sync_unset, which from_disk calls: the free rows are made
    # again when the table is read
    for name in ("__getitem__", "__setitem__", "__iter__", "__contains__", "__eq__", "__reduce__",
                 "resize", "keys", "values", "items", "add", "most_similar", "to_disk", "to_bytes",
                 "clear"):
        setattr(SortedKeyVectors, name, full_first(name))
    SortedKeyVectors.__hash__ = None  # as Vectors (it defines __eq__)
    return SortedKeyVectors


def _vector_table(key: str) -> dict | None:
    """The key table of a pipeline folder's vectors from the per-user cache, or None."""
    from duidelijk import datacache

    files = _vector_files(key)
    return datacache.load(_VECTORS_TABLE, files) if files else None


def _use_vector_table(key: str, nlp, table: dict) -> None:
    """Give ``nlp`` (loaded without its vectors) the vectors of folder ``key`` with ``table``."""
    from spacy.vectors import Vectors

    folder = Path(key) / "vocab"
    vectors = _sorted_key_vectors()()  # its own empty strings: the setter adds them to the vocab
    vectors.setup(folder, table["keys"], table["rows"])
    Vectors.from_disk(vectors, folder, exclude=["strings", "key2row"])
    nlp.vocab.vectors = vectors


def _keep_vector_table(key: str, nlp) -> None:
    """Store the key table of the pipeline just loaded, for the next start."""
    import numpy

    from duidelijk import datacache

    files = _vector_files(key)
    key2row = getattr(nlp.vocab.vectors, "key2row", None)
    if not files or not isinstance(key2row, dict) or not key2row:
        return
    keys = numpy.fromiter(key2row.keys(), dtype=numpy.uint64, count=len(key2row))
    rows = numpy.fromiter(key2row.values(), dtype=numpy.int64, count=len(key2row))
    order = numpy.argsort(keys, kind="stable")
    datacache.store(_VECTORS_TABLE, files, {"keys": keys[order], "rows": rows[order]})


def resolve(name: str | None) -> str:
    return str(BUNDLED_PATH) if not name or name == BUNDLED_NAME else name


def load_pipeline(name: str | None = None):
    """Load (once) and return the spaCy pipeline ``name`` with duidelijk's letter handling."""
    key = resolve(name)
    with _lock:
        one_blas_thread()
        if key in _cache:
            return _cache[key]
        spacy = import_spacy()

        from duidelijk.auxverb import add_aux_verb
        from duidelijk.sentences import add_letter_components
        from duidelijk.tokenizer import straight_apostrophe

        try:
            if key == str(BUNDLED_PATH):
                # The bundled pipeline was trained with spaCy's plain Dutch tokenizer: build
                # the letter tokenizer straight from the language defaults instead of loading
                # that one and replacing it (half a second less at every start).
                import duidelijk.tokenizer  # noqa: F401  (registers the tokenizer)

                table = _vector_table(key)
                with _numpy_ops():
                    exclude = ["tokenizer", "vectors"] if table is not None else ["tokenizer"]
                    nlp = spacy.load(key, exclude=exclude, config=LETTER_TOKENIZER)
                    if table is not None:
                        _use_vector_table(key, nlp, table)
                    else:
                        _keep_vector_table(key, nlp)
                nlp.meta["duidelijk_letter_tokenizer"] = True
            else:
                with _numpy_ops():
                    nlp = spacy.load(key)
        except OSError:
            if key == str(BUNDLED_PATH):
                raise ModelError(
                    "Het ingebouwde taalmodel ontbreekt. Installeer duidelijk opnieuw."
                ) from None
            raise ModelError(
                f"Het taalmodel '{name}' is niet gevonden. Installeer het eerst, "
                "of laat --model weg om het ingebouwde model te gebruiken."
            ) from None
        if nlp.lang != "nl":
            raise ModelError(f"Het taalmodel '{name}' is niet Nederlands.")
        straight_apostrophe(nlp)
        add_letter_components(nlp)
        add_aux_verb(nlp)
        from duidelijk import fastparse

        fastparse.enable(nlp)  # the parser's per-step product through numpy; blis on any doubt
        _cache[key] = nlp
        return nlp


def model_info(nlp) -> dict:
    """Name, version, path and accuracy of a loaded pipeline (for ``duidelijk info``)."""
    meta = nlp.meta
    path = getattr(nlp, "_path", None) or meta.get("_path")
    return {
        "name": f"{meta.get('lang', 'nl')}_{meta.get('name', '?')}",
        "version": meta.get("version"),
        "path": str(path) if path else None,
        "spacy_version": meta.get("spacy_version"),
        "license": meta.get("license"),
        "sources": meta.get("sources", []),
        "accuracy": meta.get("duidelijk_accuracy") or meta.get("performance", {}),
        "pipeline": list(nlp.pipe_names),
    }
