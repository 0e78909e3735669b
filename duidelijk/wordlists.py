"""Word lists are data (``wordlists/*.tsv``), loaded once per process."""

from __future__ import annotations

from functools import cache
from operator import itemgetter
from pathlib import Path

ARTICLES = frozenset({"een", "de", "het"})


def without_articles(term: str) -> tuple[str, ...]:
    """The words of a lower-case expression without its articles, as the lists match it
    ("een beslissing nemen" -> ("beslissing", "nemen"))."""
    return tuple(w for w in term.split() if w not in ARTICLES)


_HERE = Path(__file__).resolve().parent
# In a wheel the lists are packed inside the package; in a checkout they sit at the top.
_CANDIDATES = (_HERE / "wordlists", _HERE.parent / "wordlists")


def wordlist_dir() -> Path:
    for cand in _CANDIDATES:
        if cand.is_dir():
            return cand
    raise FileNotFoundError("wordlists folder not found")


@cache
def load(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``wordlists/NAME.tsv`` as dicts; lines starting with '#' are the header notes."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with (wordlist_dir() / f"{name}.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            cols += [""] * (len(header) - len(cols))
            rows.append(dict(zip(header, cols)))
    return tuple(rows)


@cache
def words(name: str, column: str = "word", /, **where: str) -> frozenset[str]:
    """The values in COLUMN of the rows of ``wordlists/NAME.tsv`` whose columns hold the values
    WHERE gives: ``words("zijn_verbs", "verb", subject="person")``; "" is an empty cell. Cached
    per arguments: callers share one set."""
    rows = load(name)
    for key, value in where.items():
        rows = [r for r in rows if r[key] == value]
    return frozenset(map(itemgetter(column), rows))


def alternatives(value: str) -> list[str]:
    return [a.strip() for a in value.split("|") if a.strip()]
