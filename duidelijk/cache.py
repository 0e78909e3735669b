"""Result cache in ``.duidelijk_cache/``: a second run on unchanged files skips the analysis.

The key of a file is made of its content, its file type (suffix), the settings that change
results (``Config.key()``), the duidelijk version plus a stamp of its code and word lists,
and the language model (name or path, version and ``meta.json``). A change in any of these
gives a new key, so an old entry is never used by mistake. Loading the language model is
not needed to make the key, so a run with only cache hits never loads it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from duidelijk import __version__

CACHE_DIR = ".duidelijk_cache"
FORMAT = 2
PACKAGE = Path(__file__).resolve().parent

_code_stamp: str | None = None
_model_stamps: dict[str | None, str] = {}


def code_stamp() -> str:
    """Changes when any module or word list of duidelijk changes (size and time)."""
    global _code_stamp
    if _code_stamp is None:
        h = hashlib.sha256(__version__.encode())
        roots = [PACKAGE, PACKAGE.parent / "wordlists", PACKAGE / "wordlists"]
        for root in roots:
            if not root.is_dir():
                continue
            for path in sorted(root.rglob("*")):
                if path.suffix in {".py", ".tsv", ".txt", ".json"} and "models" not in path.parts:
                    try:
                        st = path.stat()
                    except OSError:
                        continue
                    h.update(f"{path.relative_to(root)}:{st.st_size}:{st.st_mtime_ns};".encode())
        _code_stamp = h.hexdigest()[:16]
    return _code_stamp


def model_stamp(name: str | None) -> str:
    """Name or path, version and meta.json of the language model, without loading it."""
    if name in _model_stamps:
        return _model_stamps[name]
    from duidelijk.model import resolve

    key = resolve(name)
    h = hashlib.sha256(key.encode())
    path = Path(key)
    meta = path / "meta.json" if path.is_dir() else None
    if meta is None:
        try:  # an installed model package
            from importlib import metadata

            h.update(metadata.version(key).encode())
            dist_meta = Path(str(metadata.distribution(key).locate_file(key))) / "meta.json"
            if dist_meta.is_file():
                meta = dist_meta
        except Exception:
            pass
    if meta is not None and meta.is_file():
        h.update(meta.read_bytes())
    _model_stamps[name] = h.hexdigest()[:16]
    return _model_stamps[name]


_config_keys: dict[int, tuple[object, str]] = {}


def _config_key(config) -> str:
    hit = _config_keys.get(id(config))
    if hit is None or hit[0] is not config:
        hit = (config, config.key())
        _config_keys[id(config)] = hit
    return hit[1]


def file_key(data: bytes, suffix: str, config) -> str:
    h = hashlib.sha256()
    for part in (str(FORMAT), __version__, code_stamp(), model_stamp(config.model), _config_key(config), suffix.lower()):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    h.update(data)
    return h.hexdigest()


class ResultCache:
    """One JSON file per key under ``folder``; writing is atomic, so parallel runs are safe."""

    def __init__(self, folder: str | Path = CACHE_DIR, enabled: bool = True):
        self.folder = Path(folder)
        self.enabled = enabled
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        if not self.enabled:
            return None
        try:
            with self._path(key).open(encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return data

    def put(self, key: str, data: dict) -> None:
        if not self.enabled:
            return
        path = self._path(key)
        try:
            if not self.folder.is_dir():
                self.folder.mkdir(parents=True, exist_ok=True)
                (self.folder / ".gitignore").write_text("# Gemaakt door duidelijk.\n*\n", encoding="utf-8")
                (self.folder / "CACHEDIR.TAG").write_text(
                    "Signature: 8a477f597d28d172789f06886806bc55\n# Tijdelijke bestanden van duidelijk.\n",
                    encoding="utf-8",
                )
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only makes the next run slower


# --- reports to and from plain data ---------------------------------------------------

def report_to_data(report) -> dict:
    return {
        "path": report.path,
        "findings": [f.to_dict() for f in report.findings],
        "metrics": report.metrics,
        "sentences": report.sentences,
        "verdict": report.verdict,
        "error": report.error,
        "notes": list(report.notes),
        "groups": report.groups,
        "coverage": report.coverage,
        "fingerprints": list(getattr(report, "fingerprints", []) or []),
    }


def report_from_data(data: dict, path: str | None = None):
    from duidelijk.analysis import Report
    from duidelijk.findings import Finding, Severity

    findings = []
    for f in data.get("findings", []):
        f = dict(f)
        f["severity"] = Severity(f["severity"])
        findings.append(Finding(**f))
    report = Report(
        path if path is not None else data.get("path"),
        None,
        findings,
        data.get("metrics") or {},
        data.get("sentences") or [],
        data.get("verdict") or {},
        data.get("error"),
        notes=list(data.get("notes") or []),
        groups=list(data.get("groups") or []),
        coverage=data.get("coverage") or {},
    )
    report.fingerprints = list(data.get("fingerprints") or [])
    return report
