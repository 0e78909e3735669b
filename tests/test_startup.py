"""A check starts without what it does not use (issue 14: cold start of `duidelijk check`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json, sys
import duidelijk
from duidelijk.config import Config
Config.from_dict({})  # as the command line does first: this imports every rule module
cli_after_config = {name: name in sys.modules for name in ("weasel", "httpx", "requests", "rich")}
report = duidelijk.check_text("Wij zenden u de stukken zo snel mogelijk toe. Dit is een korte brief.")
before = {name: name in sys.modules for name in ("weasel", "httpx", "requests", "rich", "jinja2", "wordfreq")}
import spacy
from spacy.cli.train import train  # spaCy's command-line part still works when asked for
download = spacy.cli.download
print(json.dumps({"before": before, "after_config": cli_after_config, "codes": [f.code for f in report.findings],
                  "train": train.__module__, "download": download.__module__,
                  "real_cli": type(sys.modules["spacy.cli"]).__name__}))
"""


def run_probe() -> dict:
    env_path = str(ROOT)
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT,
                          env={**__import__("os").environ, "PYTHONPATH": env_path}, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_check_does_not_import_spacy_cli_or_wordfreq_tokenizers():
    result = run_probe()
    assert result["before"] == {"weasel": False, "httpx": False, "requests": False, "rich": False,
                                "jinja2": False, "wordfreq": False}
    assert not any(result["after_config"].values())  # no rule module imports spaCy's CLI
    assert "DD103" in result["codes"]  # the check itself ran: "toezenden" is jargon
    assert result["train"] == "spacy.cli.train"
    assert result["download"] == "spacy.cli.download"
    assert result["real_cli"] == "module"  # the placeholder made way for the real spacy.cli
