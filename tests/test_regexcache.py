"""Compiled regular expressions kept per user (duidelijk.regexcache): the same patterns as
re.compile, read back without compiling again, and re.compile whenever the store cannot help."""

from __future__ import annotations

import re

import pytest

from duidelijk import regexcache

EXPRESSIONS = [r"(?<=[0-9][A-Z])\.$|[\u00c0-\u024f]+$", r"\d+(?:[.,]\d+)?|(?i:brief)", r"^[«(\[]"]


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_patterns_come_back_from_the_store_equal_to_re_compile(store, monkeypatch):
    first = regexcache.compile_all(EXPRESSIONS)
    assert first == [re.compile(e) for e in EXPRESSIONS]
    assert len(list(store.glob("regex-*.npz"))) == 1

    def no_compile(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(re, "compile", no_compile)
    again = regexcache.compile_all(EXPRESSIONS)
    monkeypatch.undo()
    # Pattern.__eq__ compares the expression, the flags and the compiled code
    assert again == [re.compile(e) for e in EXPRESSIONS]
    assert [p.search("Huisnummer 12A.").span() for p in again[:1]] == [(14, 15)]
    assert again[1].findall("De BRIEF van 3,5 en 12") == ["BRIEF", "3,5", "12"]
    assert again[1].flags == re.compile(EXPRESSIONS[1]).flags and again[1].groups == 0


def test_other_expressions_are_compiled_and_kept_under_another_name(store):
    regexcache.compile_all(EXPRESSIONS)
    other = regexcache.compile_all(EXPRESSIONS[:2])
    assert other == [re.compile(e) for e in EXPRESSIONS[:2]]
    assert len(list(store.glob("regex-*.npz"))) == 2


def test_named_groups_are_compiled_every_time_and_not_kept(store):
    patterns = regexcache.compile_all([r"(?P<n>\d+)"])
    assert patterns[0].groupindex == {"n": 1}
    assert not list(store.glob("regex-*.npz"))


def test_a_damaged_store_means_re_compile(store):
    regexcache.compile_all(EXPRESSIONS)
    (stored,) = store.glob("regex-*.npz")
    stored.write_bytes(b"not a table")
    assert regexcache.compile_all(EXPRESSIONS) == [re.compile(e) for e in EXPRESSIONS]


def test_without_a_store(monkeypatch):
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", "")
    assert regexcache.compile_all(EXPRESSIONS) == [re.compile(e) for e in EXPRESSIONS]
