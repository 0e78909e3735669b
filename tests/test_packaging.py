"""`pip install .` gives a checker that works offline: the wheel carries the model and the lists."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_model_and_wordlists(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("duidelijk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    model = "duidelijk/models/nl_duidelijk/"
    for part in ("meta.json", "LICENSE", "config.cfg", "parser/model", "tok2vec/model",
                 "morphologizer/model", "trainable_lemmatizer/model"):
        assert model + part in names, part
    lists = sorted(p.name for p in (ROOT / "wordlists").glob("*.tsv"))
    assert {"jargon.tsv", "jargon_nouns.tsv", "state_participles.tsv", "vague.tsv"} <= set(lists)
    for name in lists:  # every list, also one added later
        assert f"duidelijk/wordlists/{name}" in names, name
    assert "duidelijk/training/config.cfg" in names
    assert "duidelijk/data/compound_parts.npz" in names  # the shipped compound parts (compound_table)
    assert "duidelijk/data/word_verdicts.npz" in names  # DD104's shipped verdicts (verdict_table)
    assert "duidelijk/data/LICENSE" in names  # its licence (CC BY-SA 4.0, from wordfreq's list)
    assert any(n.startswith("duidelijk/web/templates/") for n in names)
    # the wheel says both licences: EUPL-1.2 for the code, CC BY-SA 4.0 for the model and tables
    metadata = next(zipfile.ZipFile(wheel).read(n) for n in names if n.endswith(".dist-info/METADATA")).decode()
    assert "License-Expression: EUPL-1.2 AND CC-BY-SA-4.0" in metadata


def test_every_word_list_names_its_source_and_licence():
    """Each list in wordlists/ says where it comes from and under which licence (READTHROUGH16
    item 5: strong_verbs.tsv had no such line)."""
    lists = sorted((ROOT / "wordlists").glob("*.tsv"))
    assert lists
    missing = [p.name for p in lists
               if not any(line.startswith("#") and "Licen" in line
                          for line in p.read_text(encoding="utf-8").splitlines())]
    assert missing == []
