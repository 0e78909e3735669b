"""The shipped compound table (``duidelijk.compound_table``) gives the parts the live split gives.

The table is made once by ``python3 -m duidelijk.compound_table`` and shipped; these tests
fail when the table was made by other code of the split (its code fingerprint differs: a
process would ignore it and split every word live) and when the split
(``dictionary.live_compound_parts``) and the table no longer agree on a sample of the words
the table holds. A process with other word lists does not use the table at all (the tests
that read it skip there).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk import compound_table, dictionary
from duidelijk.compound_table import CompoundTable, table_for
from duidelijk.lexicon import FrequencyTable

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


REMAKE = "make it again: python3 -m duidelijk.compound_table"


def _check_made_by_this_code(path: Path) -> None:
    """Fail (not skip) when the table at ``path`` was made by other code of the split: a
    process would ignore it and split every word live, slower, without anyone noticing."""
    stored = compound_table.stored_fingerprints(path)
    if stored is None:
        pytest.fail(f"the shipped compound table is missing, damaged or has no code fingerprint; {REMAKE}")
    if stored[1] != compound_table.code_fingerprint():
        pytest.fail(f"the shipped compound table was made by other code of the split "
                    f"({', '.join(compound_table.CODE)}); {REMAKE}")


@pytest.fixture(scope="module")
def table():
    _check_made_by_this_code(compound_table.PATH)
    if dictionary.word_list_path() is None:
        pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
    found = table_for(dictionary.word_list_path())
    if found is None:  # only the data differ: another hunspell-nl or wordfreq than the table's
        pytest.skip("the shipped compound table was made from other versions of the OpenTaal word list or "
                    f"wordfreq than this machine has; {REMAKE}")
    return found


def _mismatches(table: CompoundTable, words: list[str]) -> list[str]:
    out = []
    for w in words:
        parts = table.parts(w)
        if parts is None:
            continue
        if (parts or (w,)) != dictionary.live_compound_parts(w):
            out.append(w)
    return out


def _sample() -> list[str]:
    """Every 100th word the table answers for, and the long words of the example letters."""
    import re

    words = compound_table.domain()[::100]
    for path in sorted(EXAMPLES.glob("*.txt")):
        words += sorted({w.lower() for w in re.findall(r"[A-Za-zà-ÿ]{6,}", path.read_text(encoding="utf-8"))})
    return words


def test_the_shipped_table_gives_the_parts_of_the_live_split(table):
    words = _sample()
    answered = [w for w in words if table.parts(w) is not None]
    assert len(answered) > 2000
    assert sum(bool(table.parts(w)) for w in answered) > 500  # compounds and other words both asked
    assert _mismatches(table, words) == []


def test_a_wrong_entry_is_found(table):
    """The comparison above can fail: a table with one wrong split is caught."""
    index = FrequencyTable(["parkeervergunning"], range(1))
    wrong = CompoundTable(index, b"parkeerv ergunning", [len("parkeerv ergunning")])
    assert wrong.parts("parkeervergunning") == ("parkeerv", "ergunning")
    assert _mismatches(wrong, ["parkeervergunning", "vergunningverlening"]) == ["parkeervergunning", "vergunningverlening"]


def test_compound_parts_reads_the_table_and_splits_other_words_live(table, monkeypatch):
    assert table.parts("parkeervergunning") == ("parkeer", "vergunning")
    assert table.parts("informatie") == ()  # in the table's domain, no compound
    assert table.parts("parkeervergunningaanvraag") is None  # not in wordfreq's list: split live
    assert table.parts("huis") is None  # too short for the table
    live = dictionary.live_compound_parts
    asked: list[str] = []
    monkeypatch.setattr(dictionary, "live_compound_parts", lambda word: asked.append(word) or live(word))
    monkeypatch.setattr(dictionary, "_split_count", [dictionary.TABLE_AFTER])  # past the live start
    dictionary.compound_parts.cache_clear()
    assert dictionary.compound_parts("Parkeervergunning") == ("parkeer", "vergunning")
    assert dictionary.compound_parts("Informatie") == ("Informatie",)
    assert asked == []
    assert dictionary.compound_parts("parkeervergunningaanvraag") == ("parkeervergunning", "aanvraag")
    assert asked == ["parkeervergunningaanvraag"]
    dictionary.compound_parts.cache_clear()


def test_the_first_words_of_a_process_are_split_live(monkeypatch):
    """A one-page letter asks about a dozen words: splitting them is quicker than reading the table."""
    asked: list[str] = []
    monkeypatch.setattr(dictionary, "live_compound_parts", lambda word: asked.append(word) or (word,))
    monkeypatch.setattr(dictionary, "_split_count", [dictionary.TABLE_AFTER - 1])
    dictionary.compound_parts.cache_clear()
    dictionary.compound_parts("woonvoorziening")
    assert asked == ["woonvoorziening"]
    dictionary.compound_parts("parkeervergunning")
    assert asked == ["woonvoorziening"] or table_for(dictionary.word_list_path()) is None
    dictionary.compound_parts.cache_clear()


def test_other_word_lists_do_not_use_the_table(tmp_path):
    real = dictionary.word_list_path()
    if real is None:
        pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
    assert table_for(None) is None  # no word list (DUIDELIJK_OPENTAAL="")
    other = tmp_path / "nl.dic"
    other.write_bytes(Path(real).read_bytes() + b"duidelijkheidswoord\n")
    assert table_for(str(other)) is None
    assert compound_table.fingerprint(other) != compound_table.fingerprint(Path(real))


def _store_like_the_shipped_table(path: Path, *, with_fingerprint: bool = True,
                                  code: str | None = None, data: str | None = None) -> None:
    """A small table in the shipped format for the words list this process reads."""
    import numpy

    arrays = {**FrequencyTable(["parkeervergunning"], range(1)).to_store(),
              "values": numpy.frombuffer(b"parkeer vergunning", dtype=numpy.uint8),
              "ends": numpy.array([len("parkeer vergunning")], dtype=numpy.int64)}
    if with_fingerprint:
        word_list = dictionary.word_list_path()
        arrays["fingerprint"] = numpy.array(data or compound_table.fingerprint(Path(word_list) if word_list else None))
        arrays["code"] = numpy.array(code or compound_table.code_fingerprint())
    numpy.savez_compressed(path, **arrays)


def test_a_damaged_table_means_splitting_live(tmp_path, monkeypatch):
    """A cut-off or damaged table, or one without its fingerprint, is not used: no traceback."""
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))  # not the user's cache
    good = tmp_path / "good.npz"
    _store_like_the_shipped_table(good)
    monkeypatch.setattr(compound_table, "PATH", good)
    table_for.cache_clear()
    try:
        found = table_for(dictionary.word_list_path())
        assert found is not None and found.parts("parkeervergunning") == ("parkeer", "vergunning")
        cut = tmp_path / "cut.npz"
        cut.write_bytes(good.read_bytes()[:300])
        damaged = tmp_path / "damaged.npz"
        data = bytearray(good.read_bytes())
        data[60:120] = bytes(60)  # inside the first array's compressed data
        damaged.write_bytes(bytes(data))
        without = tmp_path / "without.npz"
        _store_like_the_shipped_table(without, with_fingerprint=False)
        for path in (cut, damaged, without, tmp_path / "missing.npz"):
            monkeypatch.setattr(compound_table, "PATH", path)
            table_for.cache_clear()
            assert table_for(dictionary.word_list_path()) is None, path.name
        monkeypatch.setattr(dictionary, "_split_count", [dictionary.TABLE_AFTER])  # past the live start
        monkeypatch.setattr(dictionary, "_tables", {})
        dictionary.compound_parts.cache_clear()
        assert dictionary.compound_parts("parkeervergunning") == dictionary.live_compound_parts("parkeervergunning")
    finally:
        table_for.cache_clear()
        dictionary.compound_parts.cache_clear()


def test_a_table_made_by_other_code_is_not_used_and_fails_the_check(tmp_path, monkeypatch):
    """Changed code of the split: the table is ignored (live split) and the test says to make
    it again; other data alone (another hunspell-nl or wordfreq) pass the check."""
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))  # not the user's cache
    old_code = tmp_path / "old_code.npz"
    _store_like_the_shipped_table(old_code, code="0" * 64)
    other_data = tmp_path / "other_data.npz"
    _store_like_the_shipped_table(other_data, data="0" * 64)
    this = tmp_path / "this.npz"
    _store_like_the_shipped_table(this)
    try:
        for path, used in ((old_code, False), (other_data, False), (this, True)):
            monkeypatch.setattr(compound_table, "PATH", path)
            table_for.cache_clear()
            assert (table_for(dictionary.word_list_path()) is not None) == used, path.name
        with pytest.raises(pytest.fail.Exception, match="other code.*make it again: python3 -m duidelijk.compound_table"):
            _check_made_by_this_code(old_code)
        _check_made_by_this_code(other_data)  # skipped later by the fixture, not failed
        _check_made_by_this_code(this)
    finally:
        table_for.cache_clear()


def test_the_code_fingerprint_follows_the_code_of_the_split(tmp_path, monkeypatch):
    before = compound_table.code_fingerprint()
    assert before == compound_table.code_fingerprint()
    copy = tmp_path / "duidelijk"
    copy.mkdir()
    for name in compound_table.CODE:
        (copy / name).write_bytes((Path(compound_table.__file__).parent / name).read_bytes())
    monkeypatch.setattr(compound_table, "__file__", str(copy / "compound_table.py"))
    assert compound_table.code_fingerprint() == before
    (copy / "verbs.py").write_bytes((copy / "verbs.py").read_bytes().replace(b"\n", b"\r\n"))
    assert compound_table.code_fingerprint() == before  # a Windows checkout: the same code
    with (copy / "dictionary.py").open("a", encoding="utf-8") as handle:
        handle.write("\nSHORT_PART_ZIPF = 3.8\n")
    assert compound_table.code_fingerprint() != before


# --- lemma sums (``compound_table.LemmaSums``, ``dictionary.lemma_zipf``, ``subtlex.spoken_lemma_zipf``)

POSES = ("NOUN", "VERB", "AUX", "ADJ", "ADV")


@pytest.fixture(scope="module")
def sums(table):  # the same file and fingerprints as the compound parts
    found = compound_table.sums_for(dictionary.word_list_path())
    assert found is not None, f"the shipped table has no lemma sums; {REMAKE}"
    return found


def _sum_mismatches(sums, lemmas: list[str]) -> list[tuple[str, str]]:
    """(lemma, part of speech) whose table sums differ from the live sums. The written sum
    may differ in its last bits: the forms are summed in the order of a set of strings,
    which differs between processes."""
    from duidelijk import subtlex

    out = []
    for lemma in lemmas:
        for pos in POSES:
            written = sums.written(lemma, pos)
            spoken = sums.spoken(lemma, pos)
            if ((written is not None and abs(written - dictionary.live_lemma_zipf(lemma, pos)) > 1e-9)
                    or (spoken is not None and spoken != subtlex.live_spoken_lemma_zipf(lemma, pos))):
                out.append((lemma, pos))
    return out


def _sum_sample() -> list[str]:
    """Every 300th plain word of wordfreq's Dutch list, and the words of the example letters."""
    import re

    from duidelijk.lexicon import _PLAIN, dutch_table

    words = sorted(w for w in dutch_table() if _PLAIN.fullmatch(w))[::300]
    for path in sorted(EXAMPLES.glob("*.txt")):
        words += sorted({w.lower() for w in re.findall(r"[A-Za-zà-ÿ]{2,}", path.read_text(encoding="utf-8"))})
    return words + ["overmaken", "inplannen", "afschrijven", "zaak", "brief", "voorwaarde", "gezellig"]


def test_the_shipped_lemma_sums_are_the_live_sums(sums):
    lemmas = _sum_sample()
    answered = [w for w in lemmas if sums.written(w, "NOUN") is not None]
    assert len(answered) > 1000
    # stored sums (several forms counted) and sums of the lemma's own form alone both asked
    stored = [w for w in answered if sums._kinds["NOUN"][0].get(w) is not None]
    assert 100 < len(stored) < len(answered) - 100
    assert sums.written("voorwaarde", "NOUN") > dictionary.zipf("voorwaarde")  # "voorwaarden" counts too
    assert sums.written("parkeervergunningaanvraag", "NOUN") is None  # not in wordfreq's list: summed live
    assert sums.written("brieven", "VERB") is not None and sums.written("brief", "VERB") is None  # no infinitive
    assert sums.written("brief", "PROPN") is None
    assert _sum_mismatches(sums, lemmas) == []


def test_a_wrong_lemma_sum_is_found(sums):
    """The comparison above can fail: a table with a wrong written sum, a wrong spoken sum or
    a missing sum is caught."""
    kinds = dict(sums._kinds)
    kinds["NOUN"] = (FrequencyTable(["voorwaarde"], range(1)), [1.5], [compound_table.NO_VALUE])
    kinds["VERB"] = (FrequencyTable(["inplannen"], range(1)), [float("nan")], [99])
    wrong = compound_table.LemmaSums(kinds)
    assert wrong.written("voorwaarde", "NOUN") == 1.5
    assert wrong.spoken("inplannen", "VERB") == 0.99
    # "brief": its noun sum (with "brieven") missing from the table, so that of "brief" alone
    assert _sum_mismatches(wrong, ["voorwaarde", "inplannen", "brief"]) == [
        ("voorwaarde", "NOUN"), ("inplannen", "VERB"), ("inplannen", "AUX"), ("brief", "NOUN")]
    assert _sum_mismatches(sums, ["voorwaarde", "inplannen", "brief"]) == []


def test_lemma_zipf_reads_the_sums_after_the_first_asks(sums, monkeypatch):
    from duidelijk import subtlex

    monkeypatch.setattr(dictionary, "_sums", {})
    for count, used in ((dictionary.SUMS_AFTER - 1, False), (dictionary.SUMS_AFTER, True)):
        monkeypatch.setattr(dictionary, "_sum_count", [count])
        live: list[str] = []
        monkeypatch.setattr(dictionary, "live_lemma_zipf", lambda lemma, pos="", frequency=None:
                            live.append(lemma) or (2.5 if frequency is None else 0.0))
        dictionary.lemma_zipf.cache_clear()
        subtlex.spoken_lemma_zipf.cache_clear()
        # a lemma the table holds: read from it unless the process is still in its first asks
        assert (dictionary.lemma_zipf("Voorwaarde", "NOUN") == 2.5) != used
        assert live == ([] if used else ["Voorwaarde"])
        assert dictionary.lemma_zipf("parkeervergunningaanvraag", "NOUN") == 2.5  # not in the table: live
    dictionary.lemma_zipf.cache_clear()
    subtlex.spoken_lemma_zipf.cache_clear()


def test_a_damaged_or_old_table_means_live_sums(tmp_path, monkeypatch):
    """A table from before the lemma sums, or whose sums do not fit together, is not used for them."""
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))  # not the user's cache
    old = tmp_path / "old.npz"
    _store_like_the_shipped_table(old)  # compound parts only
    monkeypatch.setattr(compound_table, "PATH", old)
    compound_table.sums_for.cache_clear()
    try:
        assert compound_table.sums_for(dictionary.word_list_path()) is None
    finally:
        compound_table.sums_for.cache_clear()


def test_the_table_read_back_from_the_data_cache_answers_as_the_shipped_file(table, sums, tmp_path, monkeypatch):
    """The shipped table is unpacked once per user into the data cache, with a hash index for
    each word list in it; read back from there (mapped, through the index) it gives the same
    parts and sums as the file itself read without the cache (searched by halves), and a
    process with other word lists still does not use it."""
    import pickle

    from duidelijk import subtlex

    words = _sample()[:1500] + ["parkeervergunningaanvraag", "xqzvkwgemeente", "huis"]
    lemmas = [(w, pos) for w in compound_table.domain()[::400] for pos in ("NOUN", "VERB", "ADJ")]
    lemmas += [("aanvraag", "NOUN"), ("aanvragen", "VERB"), ("xqzvkw", "NOUN"), ("huis", "PRON")]
    real = dictionary.word_list_path()

    def read() -> tuple[list, list]:
        for cached in (table_for, compound_table.sums_for, compound_table._expected, compound_table._arrays_of):
            cached.cache_clear()
        parts_table, sums_table = table_for(real), compound_table.sums_for(real)
        assert parts_table is not None and sums_table is not None
        return (parts_table, sums_table, [parts_table.parts(w) for w in words],
                [(sums_table.written(w, pos), sums_table.spoken(w, pos)) for w, pos in lemmas])

    try:
        monkeypatch.setenv("DUIDELIJK_DATA_CACHE", "")  # no cache: the file itself, by halves
        plain_parts, plain_sums, parts, sums_found = read()
        assert "get" not in vars(plain_parts._index)  # the class's method: no hash index
        monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path))
        stored = read()  # the first read stores the unpacked copy
        assert len(list(tmp_path.glob(f"{compound_table.CACHED}-????????????????????.npz"))) == 1
        cached_parts, cached_sums, parts_back, sums_back = read()  # read back from the cache
        assert "get" in vars(cached_parts._index)  # answered through the stored hash index
        assert all("get" in vars(index) for index, _, _ in cached_sums._kinds.values())
        assert stored[2:] == (parts_back, sums_back) == (parts, sums_found)
        copies = pickle.loads(pickle.dumps((cached_parts, cached_sums)))  # as a worker may get them
        assert [copies[0].parts(w) for w in words] == parts
        assert [(copies[1].written(w, pos), copies[1].spoken(w, pos)) for w, pos in lemmas] == sums_found
        assert any(p for p in parts) and any(p is None for p in parts) and () in parts
        assert sums_back[-4][0] == dictionary.live_lemma_zipf("aanvraag", "NOUN")
        assert sums_back[-3][1] == subtlex.live_spoken_lemma_zipf("aanvragen", "VERB")
        other = tmp_path / "nl.dic"
        other.write_bytes(Path(real).read_bytes() + b"duidelijkheidswoord\n")
        assert table_for(str(other)) is None and compound_table.sums_for(str(other)) is None
    finally:
        for cached in (table_for, compound_table.sums_for, compound_table._expected, compound_table._arrays_of):
            cached.cache_clear()


def test_the_data_fingerprint_is_remembered_per_file(tmp_path, monkeypatch):
    """The hash of the word list, wordfreq's list and SUBTLEX-NL is kept in the data cache per
    file (path, size, modification time): the same as hashing the files, and another word
    list gives another one."""
    real = dictionary.word_list_path()
    if real is None:
        pytest.skip("the OpenTaal word list (apt-get install hunspell-nl) is not installed")
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    other = tmp_path / "nl.dic"
    other.write_bytes(Path(real).read_bytes() + b"duidelijkheidswoord\n")
    for _ in range(2):  # made and stored, then read back
        assert compound_table._remembered_fingerprint(Path(real)) == compound_table.fingerprint(Path(real))
        assert compound_table._remembered_fingerprint(other) == compound_table.fingerprint(other)
        assert compound_table._remembered_fingerprint(other) != compound_table._remembered_fingerprint(Path(real))
    assert len(list((tmp_path / "cache").glob("compound-fingerprint-*.npz"))) == 2
