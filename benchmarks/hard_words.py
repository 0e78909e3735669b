"""Words an average adult reader does not know although they are common in print: a blind reading.

DD104 (moeilijk woord) lets a word pass when it is frequent enough in written Dutch (wordfreq)
and speech does not use it much less (SUBTLEX-NL). Print is full of words a reader at B1 level
stumbles on all the same: formal and administrative words newspapers and official texts use
daily. The known-words reading (``known_words.py``) asked two blind readers which rare words
everybody knows; this script asks the opposite question of common words:

1. ``--candidates``: every word DD104 lets pass by itself in the shipped verdict table (the
   words of wordfreq's Dutch list it judges), as noun, verb, adjective or adverb, with a Zipf
   frequency from 3.7 to 4.2, that is not on the B1 list and not a term of DD103's list
   (DD103 speaks about those), one line per lemma and class, alphabetical, in two halves E and
   F. Chosen by frequency alone: no word was taken because it occurs in a judged text.
2. Two readers per half, blind (only the word and its class), answer known / hard / name with
   the question of benchmarks/hard_reading/README.md (strict the other way: in doubt, known).
3. ``--write``: a word both readers of its half call ``hard`` goes into wordlists/b1_hard.tsv
   (which DD104 would read as hard). Not landed (twenty-first session): neither band met the
   rule set before measuring (docs/judged.md, "Twenty-first session: known and hard words by
   reading"); the readings stay here for a later decision.

    python3 benchmarks/hard_words.py --candidates
    python3 benchmarks/hard_words.py --candidates --band 3.3 3.7 --halves G H
    python3 benchmarks/hard_words.py --candidates --band 4.2 5.5 --halves I J
    python3 benchmarks/hard_words.py --agreement
    python3 benchmarks/hard_words.py --write
"""

from __future__ import annotations

import argparse
from pathlib import Path

from known_words import agreement as _agreement, both_said, table_lemmas, write_halves

HERE = Path(__file__).resolve().parent
READING = HERE / "hard_reading"
BAND = (3.7, 4.2)
HALVES = ("E", "F")  # the first band's halves; later bands name theirs (--halves)
ALL_HALVES = "EFGHIJ"


def candidates(low: float = BAND[0], high: float = BAND[1]) -> list[tuple[str, str]]:
    """(lemma, class) of the words DD104 lets pass by themselves in the shipped table, with a
    Zipf frequency in [low, high), not on the B1 list and not a term of DD103's list."""
    from duidelijk import wordlists
    from duidelijk.rules.difficult_words import b1_safe

    safe = b1_safe()
    terms = {row["term"].lower() for row in wordlists.load("jargon")}
    skip = safe | terms
    best = table_lemmas(hard=False, exclude=lambda word, lemma: lemma in skip or word in skip)
    return sorted(key for key, zipf in best.items() if low <= zipf < high)


def agreed(answer: str = "hard", halves=None) -> list[tuple[str, str]]:
    return sorted(both_said(READING, halves or ALL_HALVES, answer))


def agreement() -> str:
    return _agreement(READING, ALL_HALVES, "hard")


HEADER = """# Words common in print that an average adult reader does not know: two blind readers both said 'hard'.
# Source: own work of the duidelijk developers, 2026 (benchmarks/hard_words.py, benchmarks/hard_reading/).
# Licence: EUPL-1.2
# Candidates by frequency alone: words DD104 let pass with a wordfreq Zipf of 3.7 to 4.2; DD104 calls these hard.
# Format: UTF-8, tab-separated, no quoting; lines starting with '# ' are comments; the first other line is the header.
word\tpos
"""


def write(path: Path, halves=None) -> int:
    rows = agreed(halves=halves)
    path.write_text(HEADER + "".join(f"{w}\t{p}\n" for w, p in rows), encoding="utf-8")
    return len(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", action="store_true")
    parser.add_argument("--band", nargs=2, type=float, metavar=("LOW", "HIGH"), default=BAND)
    parser.add_argument("--halves", nargs=2, default=HALVES)
    parser.add_argument("--agreement", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--write-halves", nargs="+", help="the halves whose words are written (default: all read)")
    args = parser.parse_args(argv)
    if args.candidates:
        READING.mkdir(exist_ok=True)
        rows = candidates(*args.band)
        write_halves(READING, args.halves, rows)
        print(len(rows), "words")
    if args.agreement:
        print(agreement())
    if args.write:
        from duidelijk import wordlists
        print(write(wordlists.wordlist_dir() / "b1_hard.tsv", args.write_halves), "words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
