"""The JSON report is the same text as ``json.dumps(..., ensure_ascii=False, indent=2)``,
written by duidelijk's own faster encoder (issue 14: --jobs and the web spend it in one process)."""

import dataclasses
import json
import math

import pytest

from duidelijk.findings import Finding, Severity
from duidelijk.formatters import json_format

TRICKY = [
    {}, [], (), "", 0, -1, 10**30, 0.1, -0.0, 1e16, 1.5e-7, 2.0, math.pi, True, False, None,
    {"a": {}, "b": [], "c": [{}], "d": [[[]]], "e": {"f": {"g": None}}},
    {1: "int key", 2.5: "float key", True: "bool key", None: "null key"},
    ["é ü ß", "tab\there", "quote \" and \\ backslash", "\u2028 \x00 \x1f", "emoji 😀", "<b>&</b>"],
    [float("nan"), float("inf"), -float("inf")],
    ("tuple", ["in", ("tuple",)]),
    {"nested": [{"x": 1, "y": [1.25, "two", None, True]}, {"x": 2, "y": []}]},
]


@pytest.mark.parametrize("value", TRICKY, ids=range(len(TRICKY)))
def test_dumps_writes_what_json_dumps_writes(value):
    assert json_format.dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)
    assert json_format.dumps(value, indent=4) == json.dumps(value, ensure_ascii=False, indent=4)


class Level(str):
    pass


def test_dumps_leaves_other_values_and_errors_to_json():
    # a str subclass, an Enum and an int subclass: json.dumps decides, as before
    for value in ({"a": Level("x")}, {"s": Severity.WARNING}, [True, 3, Level("y")]):
        assert json_format.dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)
    with pytest.raises(TypeError):
        json_format.dumps({"set": {1, 2}})
    with pytest.raises(TypeError):
        json_format.dumps({("tuple", "key"): 1})
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError):
        json_format.dumps(loop)


def test_render_of_real_reports_is_json_dumps(letter_reports):
    data = {"tool": {"name": "duidelijk", "version": "x"},
            "files": [json_format.report_dict(r) for r in letter_reports]}
    assert any(f["findings"] for f in data["files"])
    assert json_format.dumps(data) == json.dumps(data, ensure_ascii=False, indent=2)
    assert json.loads(json_format.render(letter_reports))["files"] == json.loads(json.dumps(data))["files"]


@pytest.fixture(scope="module")
def letter_reports():
    import duidelijk

    return [duidelijk.check_text("Wij verzoeken u middels dit formulier de gegevens te verstrekken. "
                                 "Indien u vragen heeft, kunt u ons bellen."),
            duidelijk.check_text("Dit is een korte brief. U krijgt geld.")]


def test_finding_to_dict_is_asdict():
    plain = Finding("DD103", "ambtelijke-taal", "jargon", Severity.WARNING, "m", 3, 10, text="middels",
                    suggestions=["met", "door"], line=2, column=4, group=1)
    expected = dataclasses.asdict(plain)
    expected["severity"] = "warning"
    got = plain.to_dict()
    assert got == expected and list(got) == list(expected)  # same keys in the same order
    assert got["suggestions"] is not plain.suggestions  # a copy, as asdict makes
    # anything else than a list of strings: asdict's own copy
    odd = Finding("DD103", "r", "jargon", Severity.ERROR, "m", 0, 1, suggestions=[["a", "b"]])
    assert odd.to_dict()["suggestions"] == [["a", "b"]]
    assert odd.to_dict()["suggestions"][0] is not odd.suggestions[0]
    assert odd.to_dict()["severity"] == "error"
