import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
if os.environ.get("DUIDELIJK_SHARED"):
    SHARED = Path(os.environ["DUIDELIJK_SHARED"])
# small files the tests need, kept in the repository (with their licence notes)
FIXTURES = Path(__file__).resolve().parent / "fixtures"


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
