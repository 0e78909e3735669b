"""The Dutch frequency table read straight from wordfreq's data gives wordfreq's own numbers."""

from __future__ import annotations

import pytest

wordfreq = pytest.importorskip("wordfreq")

from duidelijk.lexicon import _PLAIN, FrequencyTable, dutch_table, zipf  # noqa: E402


def test_table_equals_zipf_frequency_for_plain_words():
    freqs = wordfreq.get_frequency_dict("nl")
    plain = sorted(w for w in freqs if _PLAIN.fullmatch(w))
    assert len(plain) > 200_000
    assert set(plain) <= set(dutch_table())
    for word in plain[::97] + ["de", "gemeente", "één", "geïnd", "café", "ruïne"]:
        assert zipf(word) == wordfreq.zipf_frequency(word, "nl"), word


def test_hyphenated_words_equal_zipf_frequency():
    freqs = wordfreq.get_frequency_dict("nl")
    plain = sorted(w for w in freqs if _PLAIN.fullmatch(w))
    words = [f"{a}-{b}" for a, b in zip(plain[::1001], plain[500::997])]
    words += ["re-integreren", "e-mail", "sms-controle", "xqz-mail", "oud-wethouder", "a-b-c"]
    for word in words:
        assert zipf(word) == wordfreq.zipf_frequency(word, "nl"), word


@pytest.mark.parametrize("word", [
    "xqzvkw", "bezwaarschriftje", "gemeentee",  # not in the list: 0
    "Gemeente", "GEMEENTE",  # capitals are lowered
    "covid-19", "e-mail", "re-integreren", "'s", "2026", "wmo-", "a.u.b.",  # not plain: wordfreq itself
])
def test_zipf_equals_wordfreq(word):
    assert zipf(word) == wordfreq.zipf_frequency(word.lower(), "nl")


def test_zipf_orders_common_and_rare_words():
    assert zipf("gemeente") > 5 > zipf("bezwaarschrift") > 0 == zipf("xqzvkw")


@pytest.mark.parametrize("lang", ["nl", "en", "de", "fr", "es"])
def test_top_words_equal_top_n_list(lang):
    from duidelijk.lexicon import top_words

    assert list(top_words(lang, 400)) == wordfreq.top_n_list(lang, 400)
    assert list(top_words(lang, 5)) == wordfreq.top_n_list(lang, 5)


def test_table_answers_the_same_before_and_after_it_becomes_a_dict():
    from duidelijk.lexicon import FrequencyTable

    by_word = {"aanvraag": 400, "de": 150, "gemeente": 300, "één": 250, "zee": 350}
    words = sorted(by_word)  # code point order, as the table keeps them: "één" after "zee"
    buckets = [by_word[w] for w in words]
    searched = FrequencyTable(words, buckets)
    asked = ["de", "gemeente", "één", "aa", "zz", "", "gemeent", "zee", "aanvraag"]
    before = [searched.get(w) for w in asked] + [w in searched for w in asked]
    assert before[:9] == [150, 300, 250, None, None, None, None, 350, 400]
    as_dict = FrequencyTable(words, buckets)
    as_dict.DICT_AFTER = 0  # every lookup goes to the dict
    assert [as_dict.get(w) for w in asked] + [w in as_dict for w in asked] == before
    assert sorted(as_dict) == words and len(as_dict) == len(searched) == 5


def test_stored_table_equals_the_table_read_from_wordfreq(tmp_path, monkeypatch):
    from duidelijk import lexicon

    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path))
    lexicon.dutch_table.cache_clear()
    try:
        read = lexicon.dutch_table()  # from wordfreq's file, then stored
        assert list(tmp_path.glob("wordfreq-nl-sorted-*.npz"))
        lexicon.dutch_table.cache_clear()
        stored = lexicon.dutch_table()  # from the store
        assert len(stored) == len(read) > 200_000
        for word in ["de", "gemeente", "één", "café", "xqzvkw", "aanvraag", "zwembad"]:
            assert stored.get(word) == read.get(word)
    finally:
        lexicon.dutch_table.cache_clear()


def _mixed_strings(count: int, seed: int) -> list[str]:
    """Common words joined by separators, digits, dots, apostrophes, "_" and accents, as
    HTML, templates and numbers put them in a text ("heer/mevrouw", "notify_pin",
    "d66-fractie", "auto's", "dat:</p")."""
    import random

    rng = random.Random(seed)
    words = [w for w in wordfreq.top_n_list("nl", 5000) if _PLAIN.fullmatch(w)]
    separators = list(" /<>=\"|()[]{},;!?*+&#%@~^`$\\–—…€-_\t") + ["\u00a0", "\x1c"]
    others = list(".:'0123456789·ß,") + ["é", "ë", "2024", "1,5", "3.000", "'s", "ĳ", "e\u0301", "٣", "²", "h2", ":<",
                                         ".<"]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 4)):
            r = rng.random()
            if r < 0.5:
                parts.append(rng.choice(words))
            elif r < 0.8:
                parts.append("".join(rng.choice(separators) for _ in range(rng.randint(1, 2))))
            elif r < 0.9:
                parts.append(rng.choice(others))
            else:
                parts.append("".join(rng.choice("abeéz_") for _ in range(rng.randint(1, 4))))
        out.append("".join(parts).lower())
    return out


def test_words_that_are_not_plain_equal_zipf_frequency():
    """Words with separators, "_", digits, dots or apostrophes are split without wordfreq
    (``lexicon._tokens``); a word with a character that does not know ("’", a combining
    accent) with wordfreq's tokenizer; both with the frequencies of the table and wordfreq's
    estimates for numbers, and both give wordfreq's numbers."""
    from duidelijk.lexicon import _tokens

    words = _mixed_strings(6000, 14) + [
        "heer/mevrouw", "notify_pin_wid", "notify_", "_", "<", "|", "dat:</p", 'style="margin-left', "digid-",
        "digid--en", "span>-", "d66-kamerfractie", "m3", "1/3", "20.4%", "29-jarige", "zo'ne", "thema's", "n.b.",
        "s.l.i.j.m.b.a.l.-resultaten", "a:b", "e@", "gemeente@", "a·b", "a.b", "a. b", "l'avis", "d'r",
        "o'er", "1'000", "12:30", "3.000,50", "bz/2026/04471", "www.gemeente.nl/parkeren", "info@gemeente.nl", "@s",
        "wc's", "zo'ne", "a's", "'s-hertogenbosch"]
    words = [w for w in words if not _PLAIN.fullmatch(w)]
    own = [w for w in words if _tokens(w) is not None]
    assert len(own) > 3000 and len(words) > len(own)  # most without wordfreq's tokenizer
    assert any(zipf(w) > 0 for w in own) and any(zipf(w) == 0 for w in own)
    for word in words:
        assert zipf(word) == wordfreq.zipf_frequency(word, "nl"), word
    assert _tokens("heer/mevrouw") == ["heer", "mevrouw"] and _tokens("<|>") == []
    assert _tokens("dat:</p") == ["dat", "p"] and _tokens("h2>") == ["h2"] and _tokens("contact_1") == ["contact_1"]
    assert _tokens("auto's") == ["auto's"] and _tokens("bz/2026/04471") == ["bz", "2026", "04471"]
    assert _tokens("d.w.z.") == ["d.w.z"] and _tokens("3.000,5") == ["3.000,5"] and _tokens("a.1") == ["a", "1"]
    assert _tokens("naam@gemeente.nl") == ["naam", "gemeente.nl"]
    for other in ("l'avis", "gemeente@", "info@sociaal", "e\u0301", "\u2019s", "ĳs"):  # wordfreq's own tokenizer
        assert _tokens(other) is None
        assert zipf(other) == wordfreq.zipf_frequency(other, "nl"), other


def test_the_tokens_of_a_letter_equal_zipf_frequency(nlp):
    """Every token of the example letters, as the rules and the metrics ask for it."""
    from pathlib import Path

    examples = Path(__file__).resolve().parents[1] / "examples"
    words = {t.lower_ for p in sorted(examples.glob("*")) if p.suffix in {".txt", ".md"}
             for t in nlp(p.read_text(encoding="utf-8")) if not t.is_space}
    assert len(words) > 500
    for word in sorted(words):
        assert zipf(word) == wordfreq.zipf_frequency(word, "nl"), word


def test_checking_letters_does_not_start_wordfreq(tmp_path):
    """Case numbers, web addresses and e-mail addresses ("bz/2026/04471") are split without
    wordfreq, whose start takes about half a second: a check of the example letters in a
    new process does not import it."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from duidelijk.analysis import analyse\n"
            "from duidelijk.readers import read_path\n"
            f"paths = sorted(Path({str(root / 'examples')!r}).glob('*.txt'))\n"
            "reports = list(analyse([read_path(p) for p in paths]))\n"
            "print(len(reports) == len(paths) > 5, 'wordfreq' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={**__import__("os").environ, "PYTHONPATH": str(root)}, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False"]


def test_packed_strings_come_back_one_by_one():
    from duidelijk.lexicon import packed, unpacked

    texts = ["parkeer vergunning", "", "café", "één twee", "x"]
    data, ends = packed(texts)
    assert data == "\n".join(texts).encode("utf-8") and len(ends) == len(texts)
    assert [unpacked(data, ends, i) for i in range(len(texts))] == texts
    assert unpacked(data, ends, 2) != "éé"  # offsets in bytes, not letters


def test_a_stored_table_comes_back_and_a_damaged_one_is_refused():
    import numpy

    words = [f"w{i:04d}" for i in range(200)]  # more than three blocks
    table = FrequencyTable(words, range(200))
    arrays = table.to_store()
    back = FrequencyTable.from_stored(arrays, range(200))
    assert [back.get(w) for w in words] == list(range(200)) and back.get("w9999") is None
    with pytest.raises(ValueError):
        FrequencyTable.from_stored(arrays, range(199))  # other buckets than words
    with pytest.raises(ValueError):
        FrequencyTable.from_stored({**arrays, "starts": numpy.array([0], dtype=numpy.int64)}, range(200))
    with pytest.raises(KeyError):
        FrequencyTable.from_stored({"words": arrays["words"]}, range(200))


def test_cached_table_builds_once_and_again_when_damaged(tmp_path, monkeypatch):
    from duidelijk import datacache
    from duidelijk.lexicon import cached_table

    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    built = []

    def build():
        built.append(1)
        return ["aap", "noot", "één"], [300, 65535, 0]

    first = cached_table("test-table", [source], build)
    second = cached_table("test-table", [source], build)
    assert built == [1]  # the second came from the store
    assert [second.get(w) for w in ("aap", "noot", "één", "mies")] == [300, 65535, 0, None]
    assert [first.get(w) for w in ("aap", "noot", "één")] == [300, 65535, 0]
    assert len(list((tmp_path / "cache").glob("test-table-*.npz"))) == 1
    arrays = datacache.load("test-table", [source])
    datacache.store("test-table", [source], {**arrays, "values": arrays["values"][:2]})  # does not fit
    assert cached_table("test-table", [source], build).get("noot") == 65535
    assert built == [1, 1]


def test_table_becomes_a_dict_after_one_look_up_per_share_of_its_words():
    """A table of 100 words switches after 100 / DICT_SHARE look-ups (10), well before
    DICT_AFTER, and answers the same on both sides of the switch."""
    from duidelijk.lexicon import FrequencyTable

    words = sorted(f"woord{i:03d}" for i in range(100))
    table = FrequencyTable(words, list(range(100)))
    assert table.DICT_SHARE == 10 and table.DICT_AFTER > 10
    asked = [words[i * 7 % 100] for i in range(10)]
    assert [table.get(w) for w in asked] == [int(w[5:]) for w in asked]
    assert table._dict is None  # ten look-ups: still searched by halves
    assert table.get("woord042") == 42 and table._dict is not None  # the eleventh: a dict
    assert [table.get(w) for w in asked] == [int(w[5:]) for w in asked] and table.get("woord") is None
    capped = FrequencyTable(words, list(range(100)))
    capped.DICT_AFTER = 3  # the fixed bar still holds when it is the lower one
    assert [capped.get(w) for w in asked[:3]] == [int(w[5:]) for w in asked[:3]] and capped._dict is None
    assert capped.get("woord042") == 42 and capped._dict is not None


def _hashed(words: list[str], values: list[int]) -> FrequencyTable:
    return FrequencyTable.from_stored(FrequencyTable(words, values).to_store(index=True), values)


def test_hash_index_answers_as_the_sorted_words():
    """A stored table with its hash index (``hash_index``) answers every word, a word that is
    not there, an empty string, a lone surrogate and accented words as the table searched by
    halves and the dict; words whose crc32 falls in the same slot are found in the next."""
    import zlib

    from duidelijk.lexicon import hash_index

    words = sorted({f"w{i}" for i in range(300)} | {"één", "café", "ĳs", "gemeente", "a"})
    values = [i * 7 % 65536 for i in range(len(words))]
    table = _hashed(words, values)
    assert "get" in vars(table)  # the index answers
    searched = FrequencyTable(words, values)
    searched.DICT_AFTER = 10**9
    asked = words + [w + "x" for w in words] + [w[:-1] for w in words] + ["", "\udc80", "Gemeente", "ij", "w300"]
    expected = [searched.get(w) for w in asked]
    assert expected.count(None) > 300 and [table.get(w) for w in asked] == expected
    assert [w in table for w in asked] == [table.contains(w) for w in asked] == [v is not None for v in expected]
    slots, ends = hash_index("\n".join(words).encode("utf-8"), len(words))
    assert len(slots) >= 2 * len(words) and sorted(slots[slots > 0]) == list(range(1, len(words) + 1))
    mask = len(slots) - 1
    homes = [zlib.crc32(w.encode("utf-8")) & mask for w in words]
    assert len(set(homes)) < len(words)  # some words share a slot: the probing is tested
    assert len(hash_index(b"", 0)[0]) == 16 and list(hash_index(b"", 0)[1]) == [0]


def test_hash_index_becomes_a_dict_after_one_look_up_per_hash_share_of_its_words():
    words = sorted(f"woord{i:03d}" for i in range(100))
    table = _hashed(words, list(range(100)))
    assert table.HASH_DICT_SHARE == 2
    assert [table.get(w) for w in words[:50]] == list(range(50)) and table._dict is None
    assert table.get("woord077") == 77 and table._dict is not None  # the 51st: a dict
    assert [table.get(w) for w in words] == list(range(100)) and table.get("woord") is None


def test_a_damaged_hash_index_is_refused():
    import numpy

    words = [f"w{i:04d}" for i in range(200)]
    arrays = FrequencyTable(words, range(200)).to_store(index=True)
    for damaged in ({"slots": arrays["slots"][:256]},  # fewer slots than twice the words
                    {"slots": arrays["slots"][:-1]},  # not a power of two
                    {"slots": arrays["slots"].astype(numpy.int64)},
                    {"ends": arrays["ends"][:-1]},
                    {"ends": arrays["ends"] + 1}):
        with pytest.raises(ValueError):
            FrequencyTable.from_stored({**arrays, **damaged}, range(200))
    with pytest.raises(KeyError):
        FrequencyTable.from_stored({k: v for k, v in arrays.items() if k != "ends"}, range(200))


def test_a_cached_table_reads_its_hash_index_from_the_mapped_file(tmp_path, monkeypatch):
    """``cached_table`` stores the hash index with the words; read back, its slots are a
    view of the file mapped into memory (shared by every process that reads it), not a copy."""
    import mmap

    import numpy

    from duidelijk import datacache
    from duidelijk.lexicon import cached_table

    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    words = sorted(f"woord{i}" for i in range(1000))
    cached_table("test-index", [source], lambda: (words, list(range(1000))))
    arrays = datacache.load("test-index", [source])
    assert {"slots", "ends"} <= set(arrays)
    base = arrays["slots"]
    while isinstance(base, numpy.ndarray) and base.base is not None:
        base = base.base
    assert isinstance(base.obj if isinstance(base, memoryview) else base, mmap.mmap)
    table = cached_table("test-index", [source], lambda: pytest.fail("built again"))
    assert "get" in vars(table) and [table.get(w) for w in words] == list(range(1000))


def test_tables_can_be_pickled_with_and_without_their_hash_index(tmp_path, monkeypatch):
    """A table pickles by its stored form (``FrequencyTable.__reduce__``): with a hash index
    read from the mapped file (views and closures, which pickle cannot take as they are),
    searched by halves, and after it became a dict. The copy answers as the table."""
    import pickle
    from array import array

    from duidelijk.lexicon import cached_table

    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    words = sorted(f"woord{i}" for i in range(1000)) + ["één", "ĳs"]
    values = [i * 7 % 65536 for i in range(len(words))]
    cached_table("test-pickle", [source], lambda: (words, values))
    hashed = cached_table("test-pickle", [source], lambda: pytest.fail("built again"))
    assert "get" in vars(hashed)  # the index answers
    searched = FrequencyTable(words, array("H", values))
    as_dict = FrequencyTable(words, values)
    as_dict._as_dict()
    asked = words + ["woord", "woord1000", "", "\udc80"]
    for table in (hashed, searched, as_dict):
        copy = pickle.loads(pickle.dumps(table))
        assert ("get" in vars(copy)) == (table is hashed)  # the copy of an indexed table uses the index
        assert [copy.get(w) for w in asked] == values + [None] * 4 and len(copy) == len(words)
        assert copy.longest_prefix("woord9x") == table.longest_prefix("woord9x") == 6
