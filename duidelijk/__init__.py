"""duidelijk: checks whether Dutch municipal letters are clear for readers at level B1."""

from __future__ import annotations

import os
import sys

# The pipeline multiplies its matrices with numpy's OpenBLAS (duidelijk.model). One thread per
# process: a second thread gains about 5 % on a letter but competes with --jobs and the web
# workers for the same cores. Only a default: set OPENBLAS_NUM_THREADS to choose otherwise.
# OpenBLAS reads the variable when numpy loads it, so the default holds when duidelijk is
# imported before numpy (the command line, and the worker processes duidelijk starts, which
# inherit the variable). When numpy came first without the variable, OpenBLAS already has a
# thread per core: ``model.load_pipeline`` then sets it to one thread (``model.one_blas_thread``).
BLAS_STARTED_BEFORE = "numpy" in sys.modules and "OPENBLAS_NUM_THREADS" not in os.environ
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"

__all__ = ["__version__", "check_text", "check_file", "check_files"]


def debugging() -> bool:
    """Is DUIDELIJK_DEBUG set? Then a catch-all for errors in duidelijk raises them again
    (with the traceback), instead of a message for the user."""
    return bool(os.environ.get("DUIDELIJK_DEBUG"))


def check_text(text: str, config=None):
    """Check a text; returns a ``Report``."""
    from duidelijk.analysis import analyse
    from duidelijk.readers import text_document

    cfg = _config(config)
    return next(analyse([text_document(text, None, cfg.placeholders)], cfg))


def check_file(path, config=None):
    """Check one file; a file that cannot be read gives a report with ``error`` set."""
    return check_files([path], config)[0]


def check_files(paths, config=None, nlp=None):
    """Check many files with one pipeline; unreadable files get a report with an error."""
    from duidelijk.analysis import Report, analyse
    from duidelijk.readers import ReadError, check_failed, read_path

    cfg = _config(config)
    reports: list = [None] * len(paths)
    docs, where = [], []
    for i, path in enumerate(paths):
        try:
            docs.append(read_path(path, cfg.placeholders, language_check=cfg.language_check))
            where.append(i)
        except ReadError as err:
            reports[i] = Report(str(path), error=err.to_dict())
        except Exception as err:  # a reader that fails in an unexpected way: this file, not the others
            if debugging():
                raise
            reports[i] = Report(str(path), error=check_failed(err).to_dict())
    for i, report in zip(where, analyse(docs, cfg, nlp)):
        reports[i] = report
    return reports


def _config(config):
    from duidelijk.config import Config

    if config is None:
        return Config()
    if isinstance(config, dict):
        return Config.from_dict(config)
    return config
