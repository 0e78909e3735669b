"""Does DD120's ``one_edit_slip`` give the same answer for every word of a large list, whatever
code is on PYTHONPATH? (speed43b: the search for the common word one keystroke away was made
cheaper; no answer may change.)

    python benchmarks/one_edit_check.py words WORDS.txt        # the word list (once)
    python benchmarks/one_edit_check.py answers WORDS.txt OUT.tsv   # the answers of this code
    python benchmarks/one_edit_check.py compare OLD.tsv NEW.tsv

The word list: every word that DD120 would ask about (letters only, small letters, at least
``EDIT_SLIP_LETTERS`` long, rarer than ``EDIT_SLIP_OWN``) in the 1,565 texts of
``findings.py``, in the varied texts of ``speed.py`` and in the tunable halves A of the harvest
folders; a few thousand rare words of wordfreq's Dutch list (drawn with a fixed seed); and a
few thousand slips made on purpose (one letter left out, added, changed or two swapped, at a
random place, in a random common word), so that many words do have a word one keystroke away.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

RARE_DRAWN = 4000
SLIPS_MADE = 4000
SEED = 43


def _asked(words, out: set[str]) -> None:
    from duidelijk.lexicon import zipf
    from duidelijk.rules.slips import EDIT_SLIP_LETTERS, EDIT_SLIP_OWN

    for w in words:
        if len(w) >= EDIT_SLIP_LETTERS and w not in out and zipf(w) < EDIT_SLIP_OWN:
            out.add(w)


def collect() -> list[str]:
    import findings
    import speed
    import written

    from duidelijk.lexicon import _buckets, zipf
    from duidelijk.rules.slips import _EDIT_LETTERS, _LETTER_RUN, EDIT_SLIP_LETTERS, EDIT_SLIP_OWN, _common_words

    texts = [doc.text for _, doc in findings.sources() if not isinstance(doc, str)]
    texts += [doc.text for _, doc in speed.varied_documents()]
    for x in ["mun", "gov", "c", "d", "e", "f", "g", "h"]:
        texts += [row["text"] for row in written.load(HERE / "discovery" / f"harvest-{x}", "A")]
    from_texts: set[str] = set()
    for text in texts:
        _asked(set(_LETTER_RUN.findall(text.lower())), from_texts)
    rng = random.Random(SEED)
    rare = sorted({w for bucket in _buckets("nl") for w in bucket
                   if len(w) >= EDIT_SLIP_LETTERS and w.isalpha() and w.islower() and w not in from_texts
                   and zipf(w) < EDIT_SLIP_OWN})
    drawn = set(rng.sample(rare, min(RARE_DRAWN, len(rare))))
    common = sorted(_common_words())
    made: set[str] = set()
    while len(made) < SLIPS_MADE:
        w = rng.choice(common)
        if len(w) < EDIT_SLIP_LETTERS:
            continue
        i, c, kind = rng.randrange(len(w) + 1), rng.choice(_EDIT_LETTERS), rng.randrange(4)
        if kind == 0:
            s = w[:i] + w[i + 1:]
        elif kind == 1:
            s = w[:i] + c + w[i:]
        elif kind == 2:
            s = w[:i] + c + w[i + 1:]
        else:
            s = w[:i] + w[i + 1:i + 2] + w[i:i + 1] + w[i + 2:]
        if s != w and len(s) >= EDIT_SLIP_LETTERS and s not in from_texts and s not in drawn:
            made.add(s)
    print(f"{len(from_texts)} words from texts, {len(drawn)} drawn rare words, {len(made)} slips made", file=sys.stderr)
    return sorted(from_texts) + sorted(drawn) + sorted(made)


def answers(words: list[str]) -> list[tuple[str, str]]:
    from duidelijk.rules.slips import one_edit_slip

    return [(w, one_edit_slip(w)) for w in words]


def main() -> int:
    mode = sys.argv[1]
    if mode == "words":
        Path(sys.argv[2]).write_text("\n".join(collect()) + "\n", encoding="utf-8")
        return 0
    if mode == "answers":
        words = Path(sys.argv[2]).read_text(encoding="utf-8").split()
        t = time.perf_counter()
        found = answers(words)
        took = time.perf_counter() - t
        Path(sys.argv[3]).write_text("".join(f"{w}\t{a}\n" for w, a in found), encoding="utf-8")
        print(f"{len(words)} words, {sum(1 for _, a in found if a)} slips, {took:.2f} s "
              f"({took / len(words) * 1e6:.0f} µs a word, the first look-up's set-up included)", file=sys.stderr)
        return 0
    if mode == "compare":
        old = Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()
        new = Path(sys.argv[3]).read_text(encoding="utf-8").splitlines()
        differ = [(a, b) for a, b in zip(old, new) if a != b]
        for a, b in differ[:20]:
            print(f"old {a!r} new {b!r}")
        print(f"{len(old)} old, {len(new)} new, {len(differ)} differ")
        return 0 if len(old) == len(new) and not differ else 1
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
