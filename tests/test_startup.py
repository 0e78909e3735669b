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
before = {name: name in sys.modules for name in ("weasel", "httpx", "requests", "rich", "jinja2", "wordfreq", "tqdm")}
import spacy
from spacy.cli.train import train  # spaCy's command-line part still works when asked for
download = spacy.cli.download
import spacy.training.loggers
bar = spacy.training.loggers.tqdm.tqdm  # spaCy's training still gets tqdm's progress bar when it asks
import tqdm
print(json.dumps({"bar": bar.__module__ + "." + bar.__name__, "real_tqdm": type(tqdm).__name__ == "module" and tqdm.tqdm is bar,"before": before, "after_config": cli_after_config, "codes": [f.code for f in report.findings],
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
                                "jinja2": False, "wordfreq": False, "tqdm": False}
    assert result["bar"] == "tqdm.std.tqdm" and result["real_tqdm"]
    assert not any(result["after_config"].values())  # no rule module imports spaCy's CLI
    assert "DD103" in result["codes"]  # the check itself ran: "toezenden" is jargon
    assert result["train"] == "spacy.cli.train"
    assert result["download"] == "spacy.cli.download"
    assert result["real_cli"] == "module"  # the placeholder made way for the real spacy.cli


GROUPS_PROBE = """
import json, sys
import importlib.metadata
from duidelijk.model import import_spacy
spacy = import_spacy()
import catalogue
listed = importlib.metadata.entry_points()
groups = sorted({ep.group for ep in (listed.select() if not isinstance(listed, dict) else
                                      [e for eps in dict.values(listed) for e in eps])})
same = all([(e.name, e.value) for e in catalogue.Registry(g.split("_"), entry_points=True)._get_entry_points()]
           == [(e.name, e.value) for e in listed.select(group=g)] for g in groups)
lazy = type(sys.modules.get("packaging.requirements")).__name__
import spacy.util
split = spacy.util.split_requirement("spacy>=3.8,<3.9")
from packaging.requirements import Requirement
print(json.dumps({"groups": len(groups), "same": same, "plain_dict": type(catalogue.AVAILABLE_ENTRY_POINTS) is dict,
                  "requirements_before_use": lazy, "split": split,
                  "real_requirement": Requirement.__module__ + "." + Requirement.__qualname__,
                  "lookups": sorted(spacy.util.registry.lookups.get_all())[:3]}))
"""


def test_spacy_import_finds_the_same_entry_points_and_leaves_packaging_requirements_for_later():
    proc = subprocess.run([sys.executable, "-c", GROUPS_PROBE], capture_output=True, text=True, cwd=ROOT,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}, check=True)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["plain_dict"]  # catalogue reads each group from a dict
    assert result["same"]  # every group: the same entry points in the same order as importlib.metadata
    assert result["requirements_before_use"] == "NoneType"  # not imported while spaCy imported
    assert result["split"] == ["spacy", "<3.9,>=3.8"]  # spaCy's own use of it still works
    assert result["real_requirement"] == "packaging.requirements.Requirement"  # later importers get the real one
    lookups = result["lookups"]
    import importlib.metadata

    if any(True for _ in importlib.metadata.entry_points().select(group="spacy_lookups")):
        assert lookups  # entry points of other packages are still found (spacy-lookups-data)


PYDANTIC_PROBE = """
import json, sys
from duidelijk.model import import_spacy, load_pipeline
import_spacy()
import spacy.schemas, confection.validation as validation
from pydantic._internal._config import config_defaults
v1_after_import = "pydantic.v1" in sys.modules
pattern_built_at_import = spacy.schemas.TokenPattern.__pydantic_complete__
nlp = load_pipeline()
codes = [f.code for f in __import__("duidelijk").check_text("Wij zenden u de stukken toe.").findings]
errors = spacy.schemas.validate_token_pattern([{"LOWER": 1, "TEXT": {"IN": "x"}}])
good = spacy.schemas.validate_token_pattern([{"LOWER": "brief"}])
v2_is_model = validation._is_pydantic_model(spacy.schemas.TokenPattern)
int_is_model = validation._is_pydantic_model(int)
v1_after_check = "pydantic.v1" in sys.modules
import pydantic.v1 as real
class Old(real.BaseModel):
    count: int
old_is_model = validation._is_pydantic_model(Old)
old_errors = validation._get_pydantic_validation_error()
try:
    Old.parse_obj({"count": "geen getal"})
    caught = False
except old_errors:
    caught = True
print(json.dumps({"v1_after_import": v1_after_import, "v1_after_check": v1_after_check,
                  "built_at_import": pattern_built_at_import, "default_back": config_defaults["defer_build"],
                  "codes": codes, "errors": len(errors), "good": good, "v2": v2_is_model, "int": int_is_model,
                  "old": old_is_model, "caught": caught, "same_module": sys.modules["pydantic.v1"] is real}))
"""


def test_spacy_import_defers_pydantic_work_with_the_same_validation():
    proc = subprocess.run([sys.executable, "-c", PYDANTIC_PROBE], capture_output=True, text=True, cwd=ROOT,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}, check=True)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert not result["built_at_import"]  # spaCy's schemas build their validator at first use
    assert result["default_back"] is False  # models made after spaCy's import build at once, as usual
    assert not result["v1_after_import"] and not result["v1_after_check"]  # pydantic.v1 not imported for a check
    assert "DD103" in result["codes"]  # the pipeline loaded and checked
    assert result["errors"] > 0 and result["good"] == []  # a deferred schema still validates: bad and good
    assert result["v2"] and not result["int"]  # confection still tells models from other classes
    assert result["old"]  # a pydantic.v1 model made later is still recognised
    assert result["caught"]  # and confection catches its validation errors
    assert result["same_module"]  # importers of pydantic.v1 get the real module


GET_ALL_PROBE = """
import json
import catalogue
original = catalogue.Registry.get_all
from duidelijk.model import import_spacy, load_pipeline
import_spacy()
load_pipeline()
import spacy.util
from srsly.msgpack import msgpack_decoders
registries = [msgpack_decoders] + [getattr(spacy.util.registry, name) for name in sorted(spacy.util.registry.get_registry_names())]
catalogue.Registry(("duidelijk_test",), entry_points=False).register("b", func=len)
catalogue.Registry(("duidelijk_test", "deeper"), entry_points=False).register("c", func=min)
registries += [catalogue.Registry(("duidelijk_test",)), catalogue.Registry(("duidelijk_test", "deeper"))]
print(json.dumps({"replaced": catalogue.Registry.get_all is not original,
                  "sizes": [len(original(r)) for r in registries],
                  "same": [list(original(r).items()) == list(r.get_all().items()) for r in registries]}))
"""


def test_registry_get_all_gives_the_same_functions_in_the_same_order():
    proc = subprocess.run([sys.executable, "-c", GET_ALL_PROBE], capture_output=True, text=True, cwd=ROOT,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}, check=True)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["replaced"]
    assert all(result["same"]) and len(result["same"]) > 10
    assert result["sizes"][-2:] == [1, 1]  # a namespace finds its own functions, not a deeper one's
    assert sum(result["sizes"]) > 100


def test_pydantic_v1_stand_ins_only_for_a_confection_that_asks_by_name(monkeypatch, tmp_path):
    """The stand-ins for pydantic.v1's classes are only for confection 1.x, which asks through
    its own names (confection.validation._PydanticV1BaseModel); an older confection that builds
    models on pydantic.v1's classes gets the real module (review)."""
    import importlib.util

    from duidelijk import model

    assert model._confection_asks_by_name()  # the installed confection (>= 1.3.4 with spaCy 3.8)
    old = tmp_path / "confection"
    old.mkdir()
    (old / "__init__.py").write_text("from pydantic.v1 import BaseModel, Extra, ValidationError, create_model\n")
    spec = importlib.util.spec_from_file_location("confection", old / "__init__.py")
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: spec if name == "confection" else real_find_spec(name, *a))
    assert not model._confection_asks_by_name()
    monkeypatch.delitem(sys.modules, "confection", raising=False)
    monkeypatch.delitem(sys.modules, "pydantic.v1", raising=False)
    assert model._lazy_pydantic_v1() is None  # no stand-ins for that confection


def test_deferred_pydantic_build_gives_back_the_value_it_had():
    from pydantic._internal import _config

    from duidelijk import model

    before = _config.config_defaults["defer_build"]
    try:
        _config.config_defaults["defer_build"] = True  # as another program may have set it
        was = model._defer_pydantic_build(True)
        assert was is True
        model._defer_pydantic_build(was)
        assert _config.config_defaults["defer_build"] is True
        _config.config_defaults["defer_build"] = False
        assert model._defer_pydantic_build(True) is False
    finally:
        _config.config_defaults["defer_build"] = before


def test_srsly_msgpack_leaves_the_collector_as_it_was():
    """srsly switches the collector on after each msgpack file it reads; while a check starts
    it is paused (cli._pause_gc), and reading the pipeline's files must not switch it on."""
    import gc
    import threading

    import srsly

    from duidelijk.model import import_spacy

    import_spacy()
    data = srsly.msgpack_dumps({"a": [1, 2, 3]})
    gc.disable()
    try:
        assert srsly.msgpack_loads(data) == {"a": [1, 2, 3]}
        assert not gc.isenabled()  # was off: stays off
    finally:
        gc.enable()
    assert srsly.msgpack_loads(data) == {"a": [1, 2, 3]}
    assert gc.isenabled()  # was on: on again
    # two threads that read at the same time leave it on
    results = []
    threads = [threading.Thread(target=lambda: results.append(srsly.msgpack_loads(data))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8 and gc.isenabled()
    assert srsly._msgpack_api.gc.get_threshold() == gc.get_threshold()  # the rest of gc as before
