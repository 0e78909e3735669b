"""Inline suppressions in the file's own comment syntax; unused and bad ones are reported."""

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.readers import read_bytes
from duidelijk.suppress import parse

HARD = "Wij verzoeken u middels dit formulier de gegevens te verstrekken."


@pytest.fixture
def run(nlp):
    def go(text, name="brief.txt", **settings):
        config = Config.from_dict(settings)
        doc = read_bytes(text.encode(), name, config.placeholders)
        return next(analyse([doc], config, nlp)).findings

    return go


def jargon(findings):
    return [f for f in findings if f.code == "DD103"]


def test_markdown_next_sentence_only(run):
    text = f"# Kop\n\n<!-- duidelijk: negeer DD103 -->\n{HARD}\n\n{HARD}\n"
    found = run(text, "brief.md")
    assert len(jargon(found)) == 3
    assert all(f.line == 6 for f in jargon(found))
    assert not [f for f in found if f.code in {"DD900", "DD901"}]


def test_jinja_range_and_category(run):
    text = f"{{# duidelijk: uit jargon #}}\n{HARD}\n\n{HARD}\n{{# duidelijk: aan #}}\n{HARD}\n"
    found = jargon(run(text))
    assert found and all(f.line == 6 for f in found)


def test_range_without_end_runs_to_end_of_file(run):
    text = f"{HARD}\n{{# duidelijk: uit DD103 #}}\n{HARD}\n\n{HARD}\n"
    assert all(f.line == 1 for f in jargon(run(text)))


def test_whole_file_and_all_rules(run):
    text = f"{{# duidelijk: negeer-bestand #}}\n{HARD}\n\n{HARD}\n"
    assert run(text) == []


def test_po_comment(run):
    from duidelijk import readers

    if ".po" not in getattr(readers, "SUPPORTED_SUFFIXES", ()):
        pytest.skip("er is nog geen lezer voor .po-bestanden")
    po = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'# duidelijk: negeer DD103\nmsgid "a"\nmsgstr "{HARD}"\n\n'
        'msgid "b"\nmsgstr "Daarna verzoeken wij u middels dit formulier de gegevens te verstrekken."\n'
    )
    found = jargon(run(po, "nl.po"))
    assert found and all(f.line == 10 for f in found)


def test_trailing_comment(run):
    trailing = f"{HARD} <!-- duidelijk: negeer DD103 -->\n\n{HARD}\n"
    found = run(trailing, "brief.md")
    assert jargon(found) and all(f.line == 3 for f in jargon(found))


def test_plain_text_line(run):
    text = f"duidelijk: negeer DD103 -- zo staat het in de wet\n{HARD}\n"
    found = run(text)
    assert not jargon(found)
    assert not [f for f in found if f.code in {"DD900", "DD901"}]


def test_unused_suppression_is_reported(run):
    text = "<!-- duidelijk: negeer DD103 -->\nU krijgt een brief van ons.\n"
    found = run(text, "brief.md")
    unused = [f for f in found if f.code == "DD900"]
    assert len(unused) == 1 and unused[0].line == 1 and unused[0].column == 1
    assert "zet niets uit" in unused[0].message
    assert unused[0].text.startswith("<!--")


def test_unused_not_reported_when_rule_is_off(run):
    text = "<!-- duidelijk: negeer DD103 -->\nU krijgt een brief van ons.\n"
    assert not [f for f in run(text, "brief.md", select=["DD101"]) if f.code == "DD900"]
    assert not [f for f in run(text, "brief.md", ignore=["DD900"]) if f.code == "DD900"]


def test_unknown_code_and_unknown_kind(run):
    text = f"<!-- duidelijk: negeer DD999 -->\n{HARD}\n\n{{# duidelijk: vergeet DD103 #}}\n{HARD}\n"
    found = run(text, "brief.md")
    bad = [f for f in found if f.code == "DD901"]
    assert len(bad) == 2
    assert "DD999" in bad[0].message and "bestaat niet" in bad[0].message
    assert "vergeet" in bad[1].message
    assert len(jargon(found)) == 6  # a bad suppression switches nothing off


def test_aan_without_uit(run):
    found = run(f"{{# duidelijk: aan #}}\n{HARD}\n")
    assert [f for f in found if f.code == "DD901"]


def test_severity_of_meta_rule_can_be_set(run):
    text = "<!-- duidelijk: negeer DD103 -->\nU krijgt een brief van ons.\n"
    found = run(text, "brief.md", severity={"DD900": "error"})
    assert [f.severity.value for f in found if f.code == "DD900"] == ["error"]


def test_parse_ignores_prose_mentions():
    assert parse("Het is duidelijk: wij helpen u.") == []
    assert [d.verb for d in parse("<!-- duidelijk: uit DD101, DD103 -->")] == ["uit"]
    assert parse("<!-- duidelijk: uit DD101, DD103 -->")[0].codes == ["DD101", "DD103"]
