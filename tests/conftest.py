import importlib.util
import os
import sys
from pathlib import Path

import pytest

# duidelijk before any test module imports numpy: its __init__ gives OpenBLAS one thread per
# process (OPENBLAS_NUM_THREADS), which works only before numpy is loaded, as on the command
# line. A test file that imports numpy first (test_verdict_table.py) made OpenBLAS start a thread
# in every --jobs worker forked later in the same run (at the pipeline's first matrix product),
# and test_cli.py's one-thread test failed when run after it.
assert "numpy" not in sys.modules, "numpy was imported before tests/conftest.py"
import duidelijk  # noqa: E402,F401

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
if os.environ.get("DUIDELIJK_SHARED"):
    SHARED = Path(os.environ["DUIDELIJK_SHARED"])
# small files the tests need, kept in the repository (with their licence notes)
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def benchmark_script(file: str, name: str):
    """A script of benchmarks/ as a module (the folder is no package), registered as ``name``
    (dataclasses look their module up in sys.modules)."""
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / file)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def nlp():
    from duidelijk.model import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def check(nlp):
    """check(text, select=None, **settings) -> Report, with the bundled pipeline."""
    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import text_document

    def run(text, select=None, **settings):
        if select:
            settings["select"] = [select] if isinstance(select, str) else list(select)
        config = Config.from_dict(settings)
        return next(analyse([text_document(text, None, config.placeholders)], config, nlp))

    return run


def codes(report, code=None):
    return [f for f in report.findings if code is None or f.code == code]
