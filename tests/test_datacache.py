"""The per-user store of tables made from data files (duidelijk.datacache)."""

from __future__ import annotations

import os

import numpy

from duidelijk import datacache


def test_stored_arrays_come_back_for_the_same_sources(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\nb\n", encoding="utf-8")
    assert datacache.load("table", [source]) is None  # nothing stored yet
    datacache.store("table", [source], {"keys": numpy.array([3, 1], dtype=numpy.uint64)})
    back = datacache.load("table", [source])
    assert back is not None and back["keys"].tolist() == [3, 1]
    assert datacache.load("other", [source]) is None  # another table's name


def test_a_changed_or_missing_source_is_not_served_from_the_store(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    datacache.store("table", [source], {"x": numpy.arange(3)})
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert datacache.load("table", [source]) is None
    assert datacache.load("table", [tmp_path / "gone.tsv"]) is None
    datacache.store("table", [tmp_path / "gone.tsv"], {"x": numpy.arange(3)})  # no error


def test_damaged_file_is_ignored_and_empty_setting_switches_off(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    datacache.store("table", [source], {"x": numpy.arange(3)})
    (stored,) = (tmp_path / "cache").glob("table-*.npz")
    stored.write_bytes(b"not a numpy file")
    assert datacache.load("table", [source]) is None
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", "")
    assert datacache.cache_dir() is None
    datacache.store("table", [source], {"x": numpy.arange(3)})
    assert datacache.load("table", [source]) is None


def test_a_cut_off_file_is_ignored(tmp_path, monkeypatch):
    """A table cut off while copied (a zip without its end) is built again, not a traceback."""
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    datacache.store("table", [source], {"x": numpy.arange(1000)})
    assert datacache.load("table", [source]) is not None
    (stored,) = (tmp_path / "cache").glob("table-*.npz")
    stored.write_bytes(stored.read_bytes()[:200])
    assert datacache.load("table", [source]) is None


def test_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(blocker / "cache"))  # below a file
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    datacache.store("table", [source], {"x": numpy.arange(3)})
    assert datacache.load("table", [source]) is None


def test_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("DUIDELIJK_DATA_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert datacache.cache_dir() == tmp_path / "duidelijk"


def test_lists_of_strings_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    lists = {"words": ["één", "", "ĳs", "auto's"], "empty": [], "blank": [""]}
    datacache.store_lists("words", [source], lists)
    assert datacache.load_lists("words", [source]) == lists
    datacache.store_lists("bad", [source], {"words": ["two\nlines"]})  # not storable: skipped
    assert datacache.load_lists("bad", [source]) is None


def test_tables_unused_for_two_weeks_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    datacache.store("table", [source], {"x": numpy.arange(3)})
    datacache.store("other", [source], {"x": numpy.arange(3)})
    (old,) = (tmp_path / "cache").glob("table-*.npz")
    month_ago = old.stat().st_mtime - 30 * 86400
    os.utime(old, (month_ago, month_ago))
    (other,) = (tmp_path / "cache").glob("other-*.npz")
    os.utime(other, (month_ago, month_ago))
    source.write_text("a\nb\n", encoding="utf-8")  # a new version of the source
    datacache.store("table", [source], {"x": numpy.arange(4)})
    assert not old.exists()  # the same table's old version goes
    assert not other.exists()  # and any table unused for two weeks: made again when needed
    assert datacache.load("table", [source])["x"].tolist() == [0, 1, 2, 3]


def test_at_most_max_kept_tables_of_one_name_stay(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    made = []
    for version in range(datacache.MAX_KEPT + 3):  # recent versions, none two weeks old
        source.write_text("a\n" * (version + 1), encoding="utf-8")
        datacache.store("table", [source], {"x": numpy.arange(version + 1)})
        (new,) = set((tmp_path / "cache").glob("table-*.npz")) - set(made)
        os.utime(new, (1_000_000 + version, 2_000_000_000 + version))  # used in this order
        made.append(new)
    datacache.store("other", [source], {"x": numpy.arange(3)})
    left = sorted((tmp_path / "cache").glob("table-*.npz"))
    assert len(left) == datacache.MAX_KEPT
    assert set(left) == set(made[-datacache.MAX_KEPT:])  # the ones used last stay
    assert datacache.load("table", [source])["x"].tolist() == list(range(len(made)))
    assert len(list((tmp_path / "cache").glob("other-*.npz"))) == 1


def test_tables_under_a_name_no_longer_stored_go_after_two_weeks(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "cache"
    folder.mkdir()
    month_ago = os.path.getmtime(folder) - 30 * 86400
    gone = folder / ("retired-" + "0" * 20 + ".npz")
    recent = folder / ("retired-" + "1" * 20 + ".npz")
    longer = folder / ("table-extra-" + "2" * 20 + ".npz")  # another name that starts like "table"
    for path in (gone, recent, longer):
        numpy.savez(path, x=numpy.arange(2))
    os.utime(gone, (month_ago, month_ago))
    source = tmp_path / "list.tsv"
    for version in range(datacache.MAX_KEPT + 2):
        source.write_text("a\n" * (version + 1), encoding="utf-8")
        datacache.store("table", [source], {"x": numpy.arange(version + 1)})
    assert not gone.exists() and recent.exists()
    assert longer.exists()  # not counted among the versions of "table"


def test_no_home_folder_means_no_cache(monkeypatch):
    from pathlib import Path

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("DUIDELIJK_DATA_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert datacache.cache_dir() is None
    assert datacache.load("table", []) is None


def test_arrays_come_back_mapped_equal_and_read_only(tmp_path, monkeypatch):
    """A stored table is read as views of the file mapped into memory (no copy, no check of
    every byte): the same values, types and shapes, and read-only like the fallback."""
    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    arrays = {"keys": numpy.array([2**63 + 5, 1, 7], dtype=numpy.uint64), "rows": numpy.arange(3, dtype=numpy.int64),
              "words": numpy.frombuffer("één\ntwee".encode(), dtype=numpy.uint8),
              "values": numpy.array([1, 65535], dtype=numpy.uint16), "grid": numpy.arange(6, dtype=numpy.int32).reshape(2, 3),
              "words.count": numpy.array([2], dtype=numpy.int64), "empty": numpy.array([], dtype=numpy.int64)}
    datacache.store("table", [source], arrays)
    (stored,) = (tmp_path / "cache").glob("table-*.npz")
    assert datacache._mapped(stored) is not None  # the mapped way, not the fallback
    back = datacache.load("table", [source])
    assert back.keys() == arrays.keys()
    for key, array in arrays.items():
        assert back[key].dtype == array.dtype and back[key].shape == array.shape
        assert numpy.array_equal(back[key], array)
        assert not back[key].flags.writeable
        # aligned: numpy copies an unaligned array at every call (a searchsorted in the model's
        # key table took 84 us instead of 1.5 us)
        assert back[key].flags.aligned
    assert back["words"].tobytes().decode() == "één\ntwee"
    try:
        back["rows"][0] = 9
        raise AssertionError("a stored table was written")
    except ValueError:
        pass
    # a file numpy.savez did not write that way (compressed) is read with numpy.load
    with open(stored, "wb") as handle:
        numpy.savez_compressed(handle, **arrays)
    assert datacache._mapped(stored) is None
    back = datacache.load("table", [source])
    assert all(numpy.array_equal(back[k], a) and not back[k].flags.writeable for k, a in arrays.items())


def _file_of(array):
    """What an array's memory belongs to: the mapped file (an mmap) or an array of its own."""
    while isinstance(array, numpy.ndarray) and array.base is not None:
        array = array.base
    return array.obj if isinstance(array, memoryview) else array


def _aligned_members(stored, arrays) -> dict[str, list[int]]:
    """Checks that each array is an uncompressed member of the file with its data at a
    multiple of 64 bytes, as it is; per array the ids of the extra fields in its local header."""
    import zipfile

    raw = stored.read_bytes()
    out = {}
    for key, array in arrays.items():
        with zipfile.ZipFile(stored) as archive:
            member = archive.getinfo(key + ".npy")
            assert member.compress_type == zipfile.ZIP_STORED
        local = member.header_offset
        name_size = int.from_bytes(raw[local + 26:local + 28], "little")
        extra_size = int.from_bytes(raw[local + 28:local + 30], "little")
        extra, out[key] = raw[local + 30 + name_size:local + 30 + name_size + extra_size], []
        while extra:
            out[key].append(int.from_bytes(extra[:2], "little"))
            extra = extra[4 + int.from_bytes(extra[2:4], "little"):]
        npy_start = local + 30 + name_size + extra_size
        header = int.from_bytes(raw[npy_start + 8:npy_start + 10], "little") + 10  # version 1.0
        assert raw[npy_start:npy_start + 6] == b"\x93NUMPY"
        assert (npy_start + header) % 64 == 0, key
        assert raw[npy_start + header:npy_start + header + array.nbytes] == array.tobytes()
    return out


def test_a_member_over_the_zip64_limit_is_aligned_too(tmp_path, monkeypatch):
    """An array over zipfile's limit (2 GiB) gets a zip64 extra field in its local header,
    after the padding: its data is still at a multiple of 64 bytes and mapped without a copy.
    Tried with the limit of zipfile made small, not with a file of 2 GiB."""
    import mmap
    import zipfile

    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 4000)
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    arrays = {"small": numpy.arange(5, dtype=numpy.uint8), "large": numpy.arange(1000, dtype=numpy.int64),
              "after": numpy.arange(3, dtype=numpy.int16), "just": numpy.arange(3800, dtype=numpy.uint8)}
    datacache.store("table", [source], arrays)
    (stored,) = (tmp_path / "cache").glob("table-*.npz")
    fields = _aligned_members(stored, arrays)
    assert fields["large"] == [0xD935, 1]  # the padding, then zipfile's zip64 field
    assert fields["small"] == fields["after"] == fields["just"] == [0xD935]  # "just": 3,928 bytes with its header, under 4,000
    with numpy.load(stored) as plain:
        assert all(numpy.array_equal(plain[key], array) for key, array in arrays.items())
    back = datacache.load("table", [source])
    for key, array in arrays.items():
        assert numpy.array_equal(back[key], array) and isinstance(_file_of(back[key]), mmap.mmap), key


def test_stored_arrays_are_aligned_in_the_file_and_mapped_without_a_copy(tmp_path, monkeypatch):
    """``store`` puts each array's data at a multiple of 64 bytes in the file, so the mapped
    table is the file itself (shared by every process), not a copy per process; a file that
    numpy.savez wrote (not aligned) still comes back right, through a copy."""
    import mmap
    import zipfile

    monkeypatch.setenv("DUIDELIJK_DATA_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.tsv"
    source.write_text("a\n", encoding="utf-8")
    arrays = {"keys": numpy.array([2**63 + 5, 1, 7], dtype=numpy.uint64), "b": numpy.arange(5, dtype=numpy.uint8),
              "words": numpy.frombuffer("één\ntwee".encode(), dtype=numpy.uint8),
              "grid": numpy.arange(6, dtype=numpy.float64).reshape(2, 3), "empty": numpy.array([], dtype=numpy.int64),
              "naam.é": numpy.array([3, 4], dtype=numpy.int16)}
    datacache.store("table", [source], arrays)
    (stored,) = (tmp_path / "cache").glob("table-*.npz")
    assert all(1 not in fields for fields in _aligned_members(stored, arrays).values())  # no zip64 field
    back = datacache.load("table", [source])
    with numpy.load(stored) as plain:  # numpy reads the file as its own
        assert all(numpy.array_equal(plain[key], array) for key, array in arrays.items())
    for key, array in arrays.items():
        assert numpy.array_equal(back[key], array) and back[key].flags.aligned
        assert isinstance(_file_of(back[key]), mmap.mmap), key  # a view of the file: no copy
    # numpy.savez's own file: the arrays are not all aligned; those are copied (aligned, equal)
    with open(stored, "wb") as handle:
        numpy.savez(handle, **arrays)
    back = datacache._mapped(stored)
    copied = [key for key in arrays if not isinstance(_file_of(back[key]), mmap.mmap)]
    assert copied  # numpy.savez does not align (this file: 20 bytes of zip64 extra per member)
    for key, array in arrays.items():
        assert numpy.array_equal(back[key], array) and back[key].flags.aligned and not back[key].flags.writeable
