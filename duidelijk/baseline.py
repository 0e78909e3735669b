"""Baseline: accept today's findings, report only new ones.

``duidelijk baseline PATH...`` writes every current finding with a fingerprint; ``duidelijk
check --baseline FILE`` then leaves out findings whose fingerprint is in the file. The
fingerprint is made of the rule, the text of the finding and a few words around it, never
of line numbers, so a finding keeps its fingerprint when lines above it are added or removed.
The same fingerprint twice in one file is counted: a third copy of a sentence is new.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from duidelijk import __version__
from duidelijk.config import ConfigError
from duidelijk.grouping import reindex

CONTEXT_CHARS = 40
_WS = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().lower()


_BOUNDARY = re.compile(r"[.!?]\s|\n\s*\n|[.!?]$")


def fingerprint(finding, source: str) -> str:
    """Rule + text + the words around it in the same sentence.

    Stable when lines move or are re-wrapped, and when sentences around it change.
    """
    before = source[max(0, finding.start - CONTEXT_CHARS) : finding.start]
    cuts = list(_BOUNDARY.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    after = source[finding.end : finding.end + CONTEXT_CHARS]
    cut = _BOUNDARY.search(after)
    if cut:
        after = after[: cut.start()]
    before = _WORDS.findall(before)[-3:]
    after = _WORDS.findall(after)[:3]
    text = _norm(finding.text or source[finding.start : finding.end])
    raw = "\x1f".join([finding.code, text, " ".join(before).lower(), " ".join(after).lower()])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


def add_fingerprints(report) -> None:
    source = (report.document.source_text if report.document is not None else "") or ""
    report.fingerprints = [fingerprint(f, source) for f in report.findings]


def _key_path(path: str | None, base: Path) -> str:
    if not path or path == "-":
        return "-"
    p = Path(path).resolve()
    try:
        return p.relative_to(base.resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def write(reports, out: str | Path) -> int:
    """Write the baseline file; returns the number of findings in it."""
    out = Path(out)
    base = out.resolve().parent
    entries = []
    for report in reports:
        if report.error:
            continue
        prints = getattr(report, "fingerprints", None) or []
        for f, fp in zip(report.findings, prints):
            entries.append({
                "path": _key_path(report.path, base),
                "code": f.code,
                "text": f.text,
                "line": f.line,  # for people reading the file; not used for matching
                "fingerprint": fp,
            })
    data = {"tool": "duidelijk", "version": __version__, "format": 1, "findings": entries}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(entries)


class Baseline:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.base = self.path.resolve().parent
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = data["findings"]
            self.counts = Counter((e["path"], e["fingerprint"]) for e in entries)
        except FileNotFoundError:
            raise ConfigError(
                f"Het baseline-bestand '{path}' bestaat niet. Maak het met 'duidelijk baseline'."
            ) from None
        except (OSError, ValueError, KeyError, TypeError):
            raise ConfigError(
                f"Het baseline-bestand '{path}' is niet goed. Maak het opnieuw met 'duidelijk baseline'."
            ) from None
        self.matched = 0

    def filter(self, report) -> None:
        """Remove the findings of ``report`` that are in the baseline (each entry once)."""
        if report.error or not report.findings:
            return
        key = _key_path(report.path, self.base)
        prints = getattr(report, "fingerprints", None) or []
        keep, keep_prints = [], []
        for f, fp in zip(report.findings, prints):
            if self.counts.get((key, fp), 0) > 0:
                self.counts[(key, fp)] -= 1
                self.matched += 1
            else:
                keep.append(f)
                keep_prints.append(fp)
        report.findings = keep
        report.fingerprints = keep_prints
        report.groups = reindex(report.groups, keep)
