"""Words an average adult reader knows, by two blind readings: a section of wordlists/b1_safe.tsv.

DD104 (moeilijk woord) judges a word by its frequency in written and spoken Dutch. Frequency
under-counts words that everyone meets in daily life but that print uses less (a bank, a web
shop, the doctor, the phone): the judged sets show DD104's wrong findings to be mostly of that
kind. The right signal would be word prevalence (how many people know a word; Keuleers et al.
2015), which no package here holds. This script makes a small stand-in by reading:

1. ``--candidates``: every word DD104 calls hard by itself in the shipped verdict table (the
   words of wordfreq's Dutch list DD104 judges), as noun, verb, adjective or adverb, with a
   Zipf frequency of 3.3 or more (rarer words are rarely known), one line per lemma and word
   class, in alphabetical order (no frequency shown), split into two halves A and B. Chosen by
   frequency alone: no word was taken because it occurs in a judged or measured text.
2. Two readers per half, each blind (they saw only the word and its class, no text, finding or
   verdict, and not the other's answers), answer known / hard / name for each word with the
   question of benchmarks/known_reading/README.md (strict: in doubt, hard). Their answers are
   benchmarks/known_reading/reading_{A,B}_{1,2}.tsv.
3. ``--write``: a noun, verb or adjective both readers of its half call ``known`` goes into
   wordlists/b1_safe.tsv with the note ``twee lezers`` (the lines with that note are replaced; the others, written by
   hand, stay). Then ``python3 -m duidelijk.verdict_table`` (b1_safe.tsv is one of its inputs).

Second round (twenty-first session): the same for the next band of frequency, Zipf 3.1 to 3.3
(nouns, verbs and adjectives only), in halves C and D, two new blind readers each, with the same
question and the same rule set before measuring (see docs/judged.md).

    python3 benchmarks/known_words.py --candidates   # writes the two halves to read
    python3 benchmarks/known_words.py --candidates --band 3.1 3.3 --halves C D
    python3 benchmarks/known_words.py --agreement    # how far the readers agree
    python3 benchmarks/known_words.py --write        # the section of b1_safe.tsv
"""

from __future__ import annotations

import argparse
import math
import re
from pathlib import Path

from duidelijk.rules.difficult_words import READ_NOTE

HERE = Path(__file__).resolve().parent
READING = HERE / "known_reading"
NOTE = READ_NOTE  # the note of b1_safe.tsv's lines from the reading, as the rule reads it
MIN_ZIPF = 3.3
CLASSES = ("NOUN", "VERB", "ADJ", "ADV")
# Adverbs were read but are not taken: DD104 judges an adverb by its register (the bar of
# formal adverbs: 'tweemaal', 'kortom', 'enzovoort' are known, but written Dutch), which the
# question "does a reader know it" does not answer.
KNOWN_CLASSES = ("NOUN", "VERB", "ADJ")


def write_halves(folder: Path, names, rows: list[tuple[str, str]]) -> None:
    """The candidates to read, in two halves ``names`` (words_X.tsv: word and class)."""
    half = len(rows) // 2
    for name, part in zip(names, (rows[:half], rows[half:])):
        (folder / f"words_{name}.tsv").write_text(
            "word\tclass\n" + "".join(f"{w}\t{p}\n" for w, p in part), encoding="utf-8")


def table_lemmas(hard: bool, exclude=None) -> dict[tuple[str, str], float]:
    """(lemma, class) -> the highest Zipf frequency of its forms, for the words of the shipped
    verdict table (the words of wordfreq's Dutch list DD104 judges) that DD104 calls hard by
    themselves (``hard``) or lets pass, as noun, verb, adjective or adverb; a word for which
    ``exclude(form, lemma)`` holds is left out."""
    from wordfreq import zipf_frequency

    from duidelijk import verdict_table as vt
    from duidelijk.lexicon import unpacked

    table = vt._read(vt._arrays())
    best: dict[tuple[str, str], float] = {}
    for word in vt.domain():
        i = table._index.get(word)
        if i is None or math.isnan(table._scores[i]) == hard:
            continue
        pos = vt.POS_CODES[table._pos[i]]
        if pos not in CLASSES:
            continue
        lemma = (unpacked(table._lemmas, table._lemma_ends, i) or word).lower().replace("_", "")
        if not re.fullmatch(r"[a-zëïéèöüáó-]{4,}", lemma) or exclude is not None and exclude(word, lemma):
            continue
        best[lemma, pos] = max(best.get((lemma, pos), 0.0), zipf_frequency(word, "nl"))
    return best


def candidates(low: float = MIN_ZIPF, high: float = math.inf) -> list[tuple[str, str]]:
    """(lemma, class) of the words DD104 calls hard by themselves, from the shipped table, with
    a Zipf frequency in [low, high)."""
    return sorted(key for key, zipf in table_lemmas(hard=True).items() if low <= zipf < high)


def read(path: Path) -> dict[tuple[str, str], str]:
    answers = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 3:
            answers[cols[0], cols[1]] = cols[2].strip()
    return answers


def readings(folder: Path, names: str):
    """(half, first reader's answers, second reader's answers) of each half in ``names`` both
    of whose readings are in ``folder``."""
    for half in names:
        paths = [folder / f"reading_{half}_{n}.tsv" for n in (1, 2)]
        if all(path.exists() for path in paths):
            yield half, read(paths[0]), read(paths[1])


def both_said(folder: Path, names: str, answer: str) -> set[tuple[str, str]]:
    """The (word, class) both readers of their half answered ``answer``."""
    return {key for _, first, second in readings(folder, names)
            for key, said in first.items() if said == answer and second.get(key) == answer}


# the halves whose words are on the list. The second band (C, D; twenty-first session) met its
# rule but was taken off for the Amsterdam pairs (0.822 -> 0.817); put back in the twenty-second
# session (band22) after DD102's 'zijn te' raised the pairs, by the same rule plus the pairs
# (docs/judged.md, "Twenty-second session: the word readings decided")
LANDED_HALVES = "ABCD"


def tie_known(folder: Path = READING) -> set[tuple[str, str]]:
    """The (word, class) of ``words_tie.tsv`` (the words the two readers of their half split on,
    one known, one hard) that both tie readers (``reading_tie_3.tsv``, ``reading_tie_4.tsv``; blind,
    the same brief, forty-second session) call known: three of the four readings known."""
    paths = [folder / f"reading_tie_{n}.tsv" for n in (3, 4)]
    if not all(path.exists() for path in paths):
        return set()
    third, fourth = (read(path) for path in paths)
    return {key for key, said in third.items() if said == "known" and fourth.get(key) == "known"}


def agreed_known() -> list[str]:
    """The nouns, verbs and adjectives both readers of their half call known, and those the
    two readers split on that both tie readers call known (``tie_known``)."""
    keys = both_said(READING, LANDED_HALVES, "known") | tie_known()
    return sorted({word for word, pos in keys if pos in KNOWN_CLASSES and re.fullmatch(r"[a-z][a-zëïéèöüáóàç-]*", word)})


def agreement(folder: Path = READING, names: str = "ABCD", answer: str = "known") -> str:
    lines = []
    for half, first, second in readings(folder, names):
        keys = sorted(first.keys() & second.keys())
        same = sum(first[k] == second[k] for k in keys)
        counts = [{a: sum(r[k] == a for k in keys) for a in ("known", "hard", "name")} for r in (first, second)]
        both = sum(first[k] == second[k] == answer for k in keys)
        lines.append(f"half {half}: {len(keys)} words, same answer {same} ({same / len(keys):.3f}); "
                     f"reader 1 {counts[0]}, reader 2 {counts[1]}; both {answer} {both}")
    return "\n".join(lines)


def write(path: Path) -> int:
    """Replace the ``NOTE`` lines of b1_safe.tsv by the words both readers call known (words
    already on the list by hand are left as they are)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.endswith("\t" + NOTE)]
    present = {line.split("\t")[0] for line in kept if line and not line.startswith("#")}
    new = [f"{word}\t{NOTE}" for word in agreed_known() if word not in present]
    path.write_text("\n".join(kept + new) + "\n", encoding="utf-8")
    return len(new)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", action="store_true", help="write the two halves to read")
    parser.add_argument("--band", nargs=2, type=float, metavar=("LOW", "HIGH"),
                        help="Zipf band of the candidates (default: 3.3 and up, all four classes)")
    parser.add_argument("--halves", nargs=2, default=("A", "B"), help="names of the two halves")
    parser.add_argument("--agreement", action="store_true", help="how far the readers agree")
    parser.add_argument("--write", action="store_true", help="the 'twee lezers' section of wordlists/b1_safe.tsv")
    args = parser.parse_args(argv)
    if args.candidates:
        if args.band:
            # Adverbs are not taken (KNOWN_CLASSES), so a later band does not ask for them.
            rows = [row for row in candidates(*args.band) if row[1] in KNOWN_CLASSES]
        else:
            rows = candidates()
        write_halves(READING, args.halves, rows)
        print(len(rows), "words")
    if args.agreement:
        print(agreement())
    if args.write:
        from duidelijk import wordlists
        print(write(wordlists.wordlist_dir() / "b1_safe.tsv"), "words added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
