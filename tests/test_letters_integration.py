"""Every .txt, .html, .md and .po letter in ../shared/data/letters is read and analysed.

The letters are read at run time only (their licence forbids copying them into the
repository); the test skips when the folder is absent.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from duidelijk.readers import read_path

LETTERS = Path(__file__).resolve().parents[2] / "shared" / "data" / "letters"
SUFFIXES = {".txt", ".html", ".md", ".po"}
# what a placeholder in these letters looks like (see the letters' README)
PLACEHOLDER_TEXT = re.compile(r"\{\{|\{%|%\{|%\(|\$\{|\{[A-Za-z_]|(?<![\w:/]):[a-z_]+_[a-z_]+|«|<<|\[vul ")


def letter_files():
    if not LETTERS.is_dir():
        return []
    return sorted(p for p in LETTERS.rglob("*")
                  if p.suffix in SUFFIXES and "LICENSES" not in p.parts and p.name != "README.md")


pytestmark = pytest.mark.skipif(not letter_files(), reason="../shared/data/letters is absent")


def test_all_letters_read_and_analyse(nlp):
    from duidelijk.analysis import analyse

    files = letter_files()
    docs = [read_path(p) for p in files]  # no ReadError, language check on
    for path, doc in zip(files, docs):
        assert doc.text.strip(), path
        for a, b in doc.placeholders:
            assert doc.text[a:b] == "XXX"
        # no template syntax is left in the analysed text
        leftover = PLACEHOLDER_TEXT.search(doc.text)
        assert leftover is None, (path.name, doc.text[max(0, leftover.start() - 30): leftover.end() + 30])
    assert sum(len(d.placeholders) for d in docs) > 200  # the letters are full of them
    for path, doc, report in zip(files, docs, analyse(docs, None, nlp)):
        spans = [doc.source_span(a, b) for a, b in doc.placeholders]
        for f in report.findings:
            if f.code not in {"DD104", "DD105"}:
                continue
            for s, e in spans:
                assert not (f.start < e and s < f.end), (path.name, f.code, f.text)
            assert not PLACEHOLDER_TEXT.search(f.text), (path.name, f.code, f.text)
