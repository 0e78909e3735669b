"""The one loader for the Dutch pipeline, used by every part of duidelijk.

Default: the pipeline bundled in ``duidelijk/models/``. A name or path (``--model``, or the
``model`` setting) selects any installed spaCy pipeline instead, such as ``nl_core_news_md``.
Each pipeline is loaded once per process.
"""

from __future__ import annotations

import sys
import threading
import types
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
    try:
        import spacy
    except BaseException:
        for name in ("spacy.cli.info", "spacy.cli"):
            sys.modules.pop(name, None)
        raise
    spacy.cli = package
    return spacy


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


def resolve(name: str | None) -> str:
    return str(BUNDLED_PATH) if not name or name == BUNDLED_NAME else name


def load_pipeline(name: str | None = None):
    """Load (once) and return the spaCy pipeline ``name`` with duidelijk's letter handling."""
    key = resolve(name)
    with _lock:
        if key in _cache:
            return _cache[key]
        spacy = import_spacy()

        from duidelijk.auxverb import add_aux_verb
        from duidelijk.sentences import add_letter_components

        try:
            if key == str(BUNDLED_PATH):
                # The bundled pipeline was trained with spaCy's plain Dutch tokenizer: build
                # the letter tokenizer straight from the language defaults instead of loading
                # that one and replacing it (half a second less at every start).
                import duidelijk.tokenizer  # noqa: F401  (registers the tokenizer)

                with _numpy_ops():
                    nlp = spacy.load(key, exclude=["tokenizer"], config=LETTER_TOKENIZER)
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
        add_letter_components(nlp)
        add_aux_verb(nlp)
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
