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


def test_no_sentence_is_set_aside_in_the_real_letters():
    """Issue 12: in the real letters, a set-aside letter part never holds a sentence of
    eight words or more; and every letter part kind found is a named, reported kind."""
    from duidelijk.structure import PART_LABELS

    seen: dict[str, int] = {}
    for path in letter_files():
        doc = read_path(path, language_check=False)
        for block in doc.blocks:
            if block.is_prose:
                continue
            assert block.kind in PART_LABELS, (path.name, block.kind)
            seen[block.kind] = seen.get(block.kind, 0) + 1
            for line in doc.text[block.start:block.end].split("\n"):
                words = re.findall(r"\w+", line)
                sentence = len(words) >= 8 and re.search(r"\w[.?!]\s*$", line)
                assert not sentence, (path.name, block.kind, line)
    # the letters have salutations, closings and signatures, and they are found
    assert seen.get("salutation", 0) >= 40 and seen.get("closing", 0) >= 40 and seen.get("signature", 0) >= 5
