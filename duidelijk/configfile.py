"""Settings files: ``[tool.duidelijk]`` in ``pyproject.toml`` or a ``.duidelijk.toml``.

For each checked file the nearest settings file upwards from its folder wins (in one folder,
``.duidelijk.toml`` goes before ``pyproject.toml``; a ``pyproject.toml`` without
``[tool.duidelijk]`` is skipped). ``--config FILE`` overrides the search for every file.
Options on the command line go over the settings in the file.
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from pathlib import Path
from typing import Any

from duidelijk.config import Config, ConfigError

CONFIG_NAMES = (".duidelijk.toml", "pyproject.toml")
ADDED_UP = ("ignore", "extend_select")  # lists that the command line adds to, not replaces


def read_config_file(path: str | Path) -> dict[str, Any] | None:
    """The duidelijk settings in ``path``, or None when a pyproject.toml has none."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"Het instellingenbestand '{p}' bestaat niet.") from None
    except OSError:
        raise ConfigError(f"duidelijk kan het instellingenbestand '{p}' niet openen.") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"In het instellingenbestand '{p}' staat een fout: {err}.") from None
    tool = data.get("tool")
    if isinstance(tool, dict) and "duidelijk" in tool:
        return tool["duidelijk"]
    if p.name == "pyproject.toml":
        return None
    return data


def find_config_file(folder: str | Path, _cache: dict | None = None) -> Path | None:
    """The nearest settings file in ``folder`` or a folder above it."""
    folder = Path(folder)
    if _cache is not None and folder in _cache:  # a folder already resolved and looked at
        return _cache[folder]
    folder = folder.resolve()
    seen: list[Path] = []
    found: Path | None = None
    for d in (folder, *folder.parents):
        if _cache is not None and d in _cache:
            found = _cache[d]
            break
        seen.append(d)
        hit = None
        for name in CONFIG_NAMES:
            candidate = d / name
            if candidate.is_file():
                if name == "pyproject.toml" and read_config_file(candidate) is None:
                    continue
                hit = candidate
                break
        if hit is not None:
            found = hit
            break
    if _cache is not None:
        for d in seen:
            _cache[d] = found
    return found


def merge(file_settings: dict[str, Any], cli_settings: dict[str, Any]) -> dict[str, Any]:
    """Command-line options over file settings; ``ignore`` and ``extend-select`` from both
    are added up."""
    out = {str(k).replace("-", "_"): v for k, v in file_settings.items()}
    for key, value in cli_settings.items():
        key = key.replace("-", "_")
        if key in ADDED_UP and isinstance(out.get(key), list):
            out[key] = list(out[key]) + list(value)
        else:
            out[key] = value
    return out


class ConfigResolver:
    """Finds and builds the ``Config`` for each file (built once per settings file)."""

    def __init__(self, cli_settings: dict[str, Any] | None = None, config_path: str | None = None,
                 isolated: bool = False):
        self.cli_settings = dict(cli_settings or {})
        self.config_path = Path(config_path).resolve() if config_path else None
        self.isolated = isolated
        self._dirs: dict[Path, Path | None] = {}
        self._configs: dict[Path | None, Config] = {}
        if self.config_path is not None:
            self._build(self.config_path)  # a mistake in --config shows at once

    def _build(self, path: Path | None) -> Config:
        if path in self._configs:
            return self._configs[path]
        settings: dict[str, Any] = {}
        root = os.getcwd()
        if path is not None:
            settings = read_config_file(path) or {}
            root = str(path.parent)
        try:
            config = Config.from_dict(merge(settings, self.cli_settings), root=root,
                                      source=str(path) if path else None)
        except ConfigError as err:
            if path is None:
                raise
            raise ConfigError(f"In {path}: {err}") from None
        self._configs[path] = config
        return config

    def config_file_for(self, file_path: str | Path) -> Path | None:
        if self.config_path is not None:
            return self.config_path
        if self.isolated:
            return None
        folder = Path(file_path).resolve().parent if str(file_path) != "-" else Path.cwd()
        return find_config_file(folder, self._dirs)

    def for_path(self, file_path: str | Path) -> Config:
        return self._build(self.config_file_for(file_path))

    def for_folder(self, folder: str | Path) -> Config:
        if self.config_path is not None:
            return self._build(self.config_path)
        if self.isolated:
            return self._build(None)
        return self._build(find_config_file(folder, self._dirs))


# --- include / exclude -------------------------------------------------------------

DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".duidelijk_cache", "node_modules", ".venv", "venv",
                   "__pycache__", ".tox", ".mypy_cache", ".pytest_cache", ".ruff_cache")


def _relative(path: Path, root: str | None) -> str:
    p = path.resolve()
    if root:
        try:
            return p.relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return p.as_posix()


def matches(path: Path, patterns: list[str], root: str | None) -> bool:
    """Does ``path`` match one of the glob patterns (relative to ``root``, like .gitignore)?"""
    if not patterns:
        return False  # without resolving the path (a system call per folder in it)
    rel = _relative(path, root)
    parts = rel.split("/")
    for pattern in patterns:
        pat = pattern.strip().rstrip("/")
        if pat.startswith("./"):
            pat = pat[2:]
        if "/" not in pat:
            if any(fnmatch.fnmatchcase(part, pat) for part in parts):
                return True
            continue
        pat = pat.lstrip("/")
        if fnmatch.fnmatchcase(rel, pat) or fnmatch.fnmatchcase(rel, pat + "/*"):
            return True
        if pat.startswith("**/") and fnmatch.fnmatchcase(rel, pat[3:]):
            return True
        # a folder pattern matches everything under it
        for i in range(1, len(parts)):
            if fnmatch.fnmatchcase("/".join(parts[:i]), pat):
                return True
    return False


def excluded(path: Path, config: Config) -> bool:
    return matches(path, config.exclude, config.root)


def included(path: Path, config: Config, suffixes: set[str]) -> bool:
    """Is a file found in a folder one to check? ``include`` globs replace the file types."""
    if config.include:
        return matches(path, config.include, config.root)
    return path.suffix.lower() in suffixes
