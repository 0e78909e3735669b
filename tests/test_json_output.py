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


def test_render_joins_entries_written_while_checking(letter_reports):
    """With entries written beforehand (cli._work, in the --jobs workers) the report is the
    same text as when render writes everything itself: also with some entries missing, none,
    no files, or a value that is not plain JSON (then json.dumps writes all, as before)."""
    import copy

    from duidelijk import __version__

    def whole(reports):
        return json_format.dumps({"tool": {"name": "duidelijk", "version": __version__},
                                  "files": [json_format.report_dict(r) for r in reports]})

    reports = [copy.copy(r) for r in letter_reports]
    expected = whole(reports)
    assert json_format.render(reports) == expected
    for report in reports:
        report.json_entry = json_format.entry(report)
        assert report.json_entry.startswith("{\n      ")  # indented as it stands in the report
    assert json_format.render(reports) == expected
    reports[1].json_entry = None  # e.g. a file that came from the cache
    assert json_format.render(reports) == expected
    assert json_format.render([]) == whole([]) == json.dumps({"tool": {"name": "duidelijk", "version": __version__},
                                                               "files": []}, ensure_ascii=False, indent=2)
    odd = copy.copy(letter_reports[0])
    odd.metrics = dict(odd.metrics, level=Level("B1"))  # not plain: json.dumps decides
    assert json_format.entry(odd) is None
    assert json_format.render([odd] + reports) == json.dumps(
        {"tool": {"name": "duidelijk", "version": __version__},
         "files": [json_format.report_dict(r) for r in [odd] + reports]}, ensure_ascii=False, indent=2)
    # an entry is the report's own: a changed report without a new entry would be stale, so
    # whoever changes findings afterwards (a baseline) does not ask for entries (cli.check)
    stale = copy.copy(reports[0])
    stale.findings = []
    assert json_format.render([stale]) != whole([stale])
