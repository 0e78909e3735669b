"""Make ``wordlists/subtlex_nl.tsv`` (subtitle word frequency) from the lint-ii wheel.

SUBTLEX-NL (Keuleers, Brysbaert & New 2010) counts words in the subtitles of films and TV
series: spoken, everyday Dutch. It predicts how well ordinary readers know a word better than
counts of written text do, and LiNT-II (Jenia Kim & Henk Pander Maat, EUPL-1.2) uses it. The
lint-ii wheel carries it as ``lint_ii/linguistic_data/data/subtlex_wordfreq.parquet``
(column ``word_count``: Zipf, log10 of the count per billion words). duidelijk reads the
converted list at run time with ``duidelijk.subtlex``; pyarrow is needed only here:

    python -m duidelijk.training.subtlex /tmp/lintii/lint_ii/linguistic_data/data/subtlex_wordfreq.parquet

Kept: plain lower-case words (letters only: the words DD104 looks at; LiNT-II's multi-word
entries such as "aan_de_hand", numbers and forms with an apostrophe are left out) counted at
least three times (Zipf >= ``MIN_ZIPF``); a word that is not in the list is rarer than that.
Values are rounded to ``DECIMALS`` decimals and the words grouped by value: one line per
value, "zipf<TAB>word word ...", words in code point order, most frequent values first.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections import defaultdict
from pathlib import Path

MIN_ZIPF = 1.9  # a count of 3 in the 44 million words of SUBTLEX-NL is Zipf 1.96
DECIMALS = 2
OUT = Path(__file__).resolve().parents[2] / "wordlists" / "subtlex_nl.tsv"

HEADER = """\
# Converted from the lint-ii 0.1.3 wheel (https://github.com/vanboefer/lint_ii), EUPL-1.2, Jenia Kim & Henk Pander Maat; converted {date}
# Licence: EUPL-1.2
# Source file: lint_ii/linguistic_data/data/subtlex_wordfreq.parquet: SUBTLEX-NL word frequencies
# (Keuleers, E., Brysbaert, M. & New, B. (2010). SUBTLEX-NL: A new measure for Dutch word frequency
# based on film subtitles. Behavior Research Methods, 42(3), 643-650).
# Made by duidelijk/training/subtlex.py: plain lower-case words with Zipf >= {min_zipf} (counted at
# least three times), Zipf (log10 per billion words) rounded to {decimals} decimals. One line per value:
# the value, a tab, the words with that value separated by spaces.
zipf\twords
"""


def convert(parquet: Path, out: Path = OUT, date: str | None = None) -> int:
    """Write the list; returns the number of words kept."""
    import pyarrow.parquet as pq  # conversion only, never at run time

    table = pq.read_table(parquet, columns=["word", "word_count"]).to_pydict()
    groups: dict[float, list[str]] = defaultdict(list)
    for word, value in zip(table["word"], table["word_count"]):
        if not word or value is None or value < MIN_ZIPF:
            continue
        if not word.isalpha() or word != word.lower():
            continue
        groups[round(value, DECIMALS)].append(word)
    date = date or datetime.date.today().isoformat()
    lines = [HEADER.format(date=date, min_zipf=MIN_ZIPF, decimals=DECIMALS)]
    for value in sorted(groups, reverse=True):
        lines.append(f"{value:.{DECIMALS}f}\t{' '.join(sorted(groups[value]))}\n")
    out.write_text("".join(lines), encoding="utf-8")
    return sum(len(words) for words in groups.values())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parquet", type=Path, help="subtlex_wordfreq.parquet from the lint-ii wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    count = convert(args.parquet, args.out)
    print(f"{count} words -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
