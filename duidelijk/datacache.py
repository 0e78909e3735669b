"""Tables made from data files that rarely change, kept per user so that a start can skip
the slow way of reading them.

A table is stored as numpy arrays (an ``.npz`` file as ``numpy.savez`` writes it, read without
pickle, with each array's data at a multiple of 64 bytes in the file: ``_write``; a list of
strings as one UTF-8 text with a line per item) in
``$XDG_CACHE_HOME/duidelijk`` (by default ``~/.cache/duidelijk``), under a name made from
what it was built from: the table's name, and the path, size and modification time of each
source file, the module that builds the table among them. A changed source or a changed
module gives a new name, so an old table is never used by mistake.
Only data derived from the bundled model and word lists is kept here, never a user's text.

Whenever a table is stored, every table that no start has read for two weeks is removed (it
is made again when needed), and of one name at most ``MAX_KEPT`` tables are kept (the ones read
last), so that many installs or clones that share the folder cannot fill the disk.
``DUIDELIJK_DATA_CACHE`` chooses another folder; an empty value switches the cache off.
When the folder cannot be written, everything still works, only without the shortcut.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

FORMAT = 2  # 2: arrays aligned in the file (format 1 files, unaligned, are no longer read)
ALIGN = 64  # an array's data starts at a multiple of this in the file (numpy aligns its header too)
ZIP64_EXTRA = 20  # a zip64 extra field in a local header: id, size, the two sizes of 8 bytes
UNUSED_DAYS = 14  # a table no start has read for this long is removed
MAX_KEPT = 6  # tables of one name kept at most (several installs may share the folder)


def cache_dir() -> Path | None:
    env = os.environ.get("DUIDELIJK_DATA_CACHE")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home folder (a service account): no cache
            return None
    return Path(base) / "duidelijk"


def _path(name: str, sources: Sequence[Path]) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256(f"{FORMAT}:{name}".encode())
    for source in sources:
        try:
            st = Path(source).stat()
        except OSError:
            return None
        h.update(f";{Path(source).resolve()}:{st.st_size}:{st.st_mtime_ns}".encode())
    return folder / f"{name}-{h.hexdigest()[:20]}.npz"


# what reading a cut-off or damaged ``.npz`` file can raise (``numpy.load`` and its arrays)
DAMAGED = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile, zlib.error)


def load(name: str, sources: Sequence[Path]) -> dict | None:
    """The arrays stored for ``name`` and these sources, or None. They are read-only: views
    of the file mapped into memory (``_mapped``), or else read as ``numpy.load`` reads them."""
    import numpy

    path = _path(name, sources)
    if path is None or not path.is_file():
        return None
    try:
        arrays = _mapped(path)
        if arrays is None:
            with numpy.load(path, allow_pickle=False) as data:
                arrays = {key: data[key] for key in data.files}
            for array in arrays.values():
                array.flags.writeable = False
    except DAMAGED:
        return None  # damaged or half written by an older version: build again
    try:
        os.utime(path)  # in use: not pruned
    except OSError:
        pass
    return arrays


def _mapped(path: Path) -> dict | None:
    """The arrays of an ``.npz`` file written by ``store`` as views of the file mapped into
    memory, without reading and checking every byte (``numpy.load``: 10-15 ms for the 9 MB key
    table of the model's vectors at every start); the system reads the pages a start touches
    and processes share them. ``store`` aligns every array; an array whose data a file written
    otherwise does not align is copied once (numpy would copy it at every call). None when the file is not as ``numpy.savez`` writes
    it (each array stored uncompressed, plain types); a file cut short raises ValueError."""
    import mmap
    import struct

    import numpy
    from numpy.lib import format as npy

    with open(path, "rb") as handle:  # one open file for the index, the headers and the map
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
        size = os.fstat(handle.fileno()).st_size
        if not members or size == 0:
            return None
        places = []
        for member in members:
            if member.compress_type != zipfile.ZIP_STORED or not member.filename.endswith(".npy"):
                return None
            handle.seek(member.header_offset)
            local = handle.read(30)
            if len(local) != 30 or local[:4] != b"PK\x03\x04":
                raise ValueError("damaged table")
            name_size, extra_size = struct.unpack("<HH", local[26:30])
            handle.seek(member.header_offset + 30 + name_size + extra_size)
            version = npy.read_magic(handle)
            if version == (1, 0):
                shape, fortran, dtype = npy.read_array_header_1_0(handle)
            elif version == (2, 0):
                shape, fortran, dtype = npy.read_array_header_2_0(handle)
            else:
                return None
            if dtype.hasobject or fortran and len(shape) > 1:
                return None
            count = int(numpy.prod(shape, dtype=numpy.int64))
            start = handle.tell()
            if start + count * dtype.itemsize > size:
                raise ValueError("damaged table")
            places.append((member.filename[:-4], start, count, dtype, shape))
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    out = {}
    for key, start, count, dtype, shape in places:
        array = numpy.frombuffer(mapped, dtype=dtype, count=count, offset=start).reshape(shape)
        if not array.flags.aligned:
            # not written by ``store`` (numpy.savez does not align an array's data in the zip
            # file). numpy works on an unaligned array through a copy at every call: one
            # searchsorted in the 4.6 MB key table of the model's vectors took 84 us instead of
            # 1.5 us, at every new word. One copy now (a few ms, memory of its own) instead.
            array = array.copy()
            array.flags.writeable = False  # read-only, like the mapped views
        out[key] = array
    return out


def store(name: str, sources: Sequence[Path], arrays: dict) -> None:
    """Keep ``arrays`` for ``name`` and these sources (silently skipped when not possible)."""
    import numpy

    path = _path(name, sources)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                _write(handle, arrays)
            os.replace(tmp, path)  # readers never see a half-written file
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(path.parent, name, keep=path)
    except OSError:
        return


def _write(handle, arrays: dict) -> None:
    """An ``.npz`` file as ``numpy.savez`` writes it (each array an uncompressed ``.npy`` member,
    ``numpy.load`` reads it), but with each array's data at a multiple of ``ALIGN`` bytes: the
    local header of each member gets an extra field of padding (id 0xD935, as Android's
    zipalign writes it: the alignment, then zero bytes). Mapped into memory (``_mapped``) the
    arrays are then aligned views of the file, shared by every process that maps it, instead
    of a copy in each (9 MB for the model's key table)."""
    import io
    import struct

    import numpy
    from numpy.lib import format as npy

    with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        for key, array in arrays.items():
            array = numpy.asanyarray(array)
            data = io.BytesIO()
            npy.write_array(data, array, allow_pickle=False)
            header = data.tell() - array.nbytes  # magic and header: numpy pads it to 64 bytes
            member = zipfile.ZipInfo(key + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_STORED
            name = member.filename.encode("ascii" if member.filename.isascii() else "utf-8")
            # a member over zipfile's limit (2 GiB) needs its sizes in a zip64 extra field, which
            # zipfile puts after ours in the local header; asked for here, not left to zipfile
            # (writestr takes one from 1.9 GiB on), so that the offset below is known
            zip64 = data.tell() > zipfile.ZIP64_LIMIT
            # the data starts after the local header (30 bytes), the name, the extra field
            # (4 bytes, the alignment: 2, padding), the zip64 field if any and the .npy header
            start = handle.tell() + 30 + len(name) + 6 + (ZIP64_EXTRA if zip64 else 0) + header
            member.extra = struct.pack("<HHH", 0xD935, 2 + (-start) % ALIGN, ALIGN) + bytes((-start) % ALIGN)
            with archive.open(member, "w", force_zip64=zip64) as out:
                out.write(data.getbuffer())


def _prune(folder: Path, name: str, keep: Path) -> None:
    """Remove tables that no start has used for ``UNUSED_DAYS`` (made from an older version of
    a source or of duidelijk, also under names no version uses any more), and of ``name`` all
    but the ``MAX_KEPT`` used last. A file that cannot be removed (another user's) is left."""
    limit = time.time() - UNUSED_DAYS * 86400
    same = re.compile(re.escape(name) + r"-[0-9a-f]{20}\.npz")
    ours = []
    for other in folder.glob("*.npz"):
        if other == keep:
            continue
        try:
            used = other.stat().st_mtime
        except OSError:
            continue
        if used < limit:
            _remove(other)
        elif same.fullmatch(other.name):
            ours.append((used, other))
    ours.sort(reverse=True)  # used last first
    for other in [path for _, path in ours[MAX_KEPT - 1:]]:
        _remove(other)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def load_lists(name: str, sources: Sequence[Path]) -> dict[str, list[str]] | None:
    """Lists of strings stored with ``store_lists``, or None."""
    arrays = load(name, sources)
    if arrays is None:
        return None
    out = {}
    try:
        for key, array in arrays.items():
            if key.endswith(_COUNT):
                continue
            count = int(arrays[key + _COUNT][0])
            out[key] = array.tobytes().decode("utf-8").split("\n") if count else []
            if len(out[key]) != count:
                return None
    except (KeyError, IndexError, UnicodeDecodeError):
        return None
    return out


_COUNT = ".count"


def store_lists(name: str, sources: Sequence[Path], lists: dict[str, list[str]]) -> None:
    """Keep lists of strings (each list as one UTF-8 text, a line per item)."""
    import numpy

    if any("\n" in item for items in lists.values() for item in items):
        return  # cannot be stored a line per item
    arrays = {}
    for key, items in lists.items():
        arrays[key] = numpy.frombuffer("\n".join(items).encode("utf-8"), dtype=numpy.uint8)
        arrays[key + _COUNT] = numpy.array([len(items)], dtype=numpy.int64)
    store(name, sources, arrays)
