"""Does a folder of collected texts overlap the text in ../shared/data (the letters and the
Amsterdam sentences that the judged set was drawn from) or another discovery folder of
KEPT_APART? A discovery set must not: its sentences would show the judged set's MEASURE part,
or a text already tuned on or held out elsewhere. Prints, per file, how many of its sentences
of five words or more also occur there (after lower-casing and joining white space), never the
sentences themselves, and exits 1 when any file overlaps.

    python benchmarks/harvest_overlap.py benchmarks/discovery/harvest-mun
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SPLIT = re.compile(r"(?<=[.!?:;])\s+|\n+")


def sentences(text: str) -> set[str]:
    """Normalised sentences of five words or more (markup and placeholders left as they are)."""
    out = set()
    for part in SPLIT.split(text):
        words = re.findall(r"\w+", part.lower())
        if len(words) >= 5:
            out.add(" ".join(words))
    return out


# The discovery folders whose documents a fresh sample of findings.py's texts must not touch:
# a sample is for text no rule was tuned on and no other set measures (harvest-c is held out).
KEPT_APART = ("harvest-mun", "harvest-gov", "harvest-c", "harvest-d", "harvest-e", "harvest-f", "harvest-g", "harvest-h", "written", "fresh44", "fresh44b")


def kept_apart_sentences(exclude: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """Sentences (five words or more) of every folder in KEPT_APART but those named in
    `exclude` (a folder is not compared with itself), both halves."""
    discovery = Path(__file__).resolve().parent / "discovery"
    seen: set[str] = set()
    for folder in KEPT_APART:
        if folder in exclude:
            continue
        for path in (discovery / folder).glob("*.txt"):
            seen |= sentences(path.read_text(encoding="utf-8"))
    return seen


def shared_sentences() -> set[str]:
    seen: set[str] = set()
    for path in (SHARED / "letters").rglob("*"):
        if path.is_file() and path.suffix not in {".md", ".tsv"} and "LICENSES" not in path.parts:
            seen |= sentences(path.read_text(encoding="utf-8", errors="replace"))
    for path in (SHARED / "amsterdam-simplification").glob("*.[ct]sv"):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            for cell in re.split(r"[\t]|\",\"", line):
                seen |= sentences(cell)
    return seen


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no {SHARED}: cannot check", file=sys.stderr)
        return 2
    seen = shared_sentences()
    others = kept_apart_sentences(exclude={args.folder.resolve().name})
    bad = 0
    for path in sorted(args.folder.glob("*.txt")):
        mine = sentences(path.read_text(encoding="utf-8"))
        common, elsewhere = len(mine & seen), len(mine & others)
        bad += common + elsewhere > 0
        print(f"{path.name}: {len(mine)} sentences, {common} also in ../shared, "
              f"{elsewhere} in another discovery folder")
    print(f"{bad} files overlap ../shared or another discovery folder" if bad
          else "no overlap with ../shared or another discovery folder")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
