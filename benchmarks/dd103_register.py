"""DD103: does a property of the entry's word tell the findings a judge called right (klopt)
from those judged twijfel or klopt niet? One line per signal: for each part of the judged
findings, how many findings fall in the region the signal names and how many of those are
klopt, against the rate outside it. A signal worth using would leave mostly non-klopt findings
in its region, on the tuning part and on the check part alike.

    python benchmarks/dd103_register.py

Parts (never MEASURE, never half B): T (tune) = TUNE of the judged set and harvest-mun half A;
C (check) = harvest-gov half A and the written letters; O (other) = the discovery sentences,
the fresh sample and the UD dev discovery set. The small sample has no judged DD103 finding
of an entry; DD103's constructions (no list entry) are left out.

Signals, per entry (``facts``): the register gap (wordfreq Zipf, mostly written text, minus
SUBTLEX-NL Zipf, film and TV subtitles: spoken; both of the lemma summed over its forms, for
an expression its words together / its rarest word), the spoken Zipf alone, the first
alternative's Zipf against the entry's, one word or more, word class, and LiNT-II's noun type
(concrete / abstract, ``wordlists/concrete_nouns.tsv``), the first alternative one word or more
(a word whose plain form is a paraphrase may be the ordinary name of the thing).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import dd103_entries  # noqa: E402
import discovery_select  # noqa: E402
import fresh_select  # noqa: E402
from judged import read_jsonl  # noqa: E402

PARTS = {
    "T": ("tune", "harvest-mun A"),
    "C": ("harvest-gov A", "written"),
    "O": ("discovery", "fresh", "ud"),
}
# an ending of a word taken from Latin, French or English (relevant, registratie, objectief, factuur)
LOAN_ENDING = re.compile(r"(atie|iteit|isch|ief|eren|ant|ent|iek|uur|age)$")


def sets() -> list[tuple[str, list[dict], list[dict]]]:
    """dd103_entries' sets and the fresh sample and the UD dev discovery set."""
    folder = HERE / "discovery"
    return dd103_entries.sets() + [
        ("fresh", fresh_select.load(), read_jsonl(folder / "fresh_judgements.jsonl")),
        ("ud", discovery_select.load_ud(), read_jsonl(folder / "ud_judgements.jsonl")),
    ]


def facts() -> dict[str, dict]:
    """term -> dd103_entries.entry_facts (zipf, subtlex, words) with gap (zipf - subtlex), alt
    (the first alternative's Zipf), word class and LiNT-II's noun type ('c', 'a', 'u' or '-')."""
    from duidelijk import wordlists
    from duidelijk.config import Config
    from duidelijk.dictionary import lemma_zipf
    from duidelijk.lexicon import zipf
    from duidelijk.model import load_pipeline

    nlp = load_pipeline(Config().model)
    kinds = {row["word"]: row["type"] for row in wordlists.load("concrete_nouns")}
    out = dd103_entries.entry_facts()
    for row in wordlists.load("jargon"):
        f = out[row["term"]]
        first = row["alternatives"].split(" | ")[0].replace("...", " ").split()
        f["gap"] = f["zipf"] - f["subtlex"]
        f["alt_words"] = len(first)
        f["alt"] = (lemma_zipf(first[0]) if len(first) == 1 else zipf(" ".join(first))) if first else 0.0
        f["class"] = dd103_entries.word_class_of(row, nlp)
        f["noun_type"] = kinds.get(row["term"], "-")
    return out


def one_noun_adj(f: dict) -> bool:
    return f["words"] == 1 and f["class"] in ("NOUN", "ADJ")


# (name, predicate on an entry's facts): every signal tried, with every bar tried
SIGNALS = [("all", lambda f: True)]
SIGNALS += [(f"gap < {g}", lambda f, g=g: f["gap"] < g) for g in (0.25, 0.5, 0.75, 1.0)]
SIGNALS += [(f"gap >= {g}", lambda f, g=g: f["gap"] >= g) for g in (1.0, 1.5)]
SIGNALS += [(f"spoken >= {s}", lambda f, s=s: f["subtlex"] >= s) for s in (3.0, 3.5, 4.0)]
SIGNALS += [(f"gap < {g} & spoken >= {s}", lambda f, g=g, s=s: f["gap"] < g and f["subtlex"] >= s)
            for g in (0.5, 0.75, 1.0) for s in (3.0, 3.5)]
SIGNALS += [(f"alt - entry < {d}", lambda f, d=d: f["alt"] - f["zipf"] < d) for d in (0.0, 0.5, 1.0)]
SIGNALS += [("alt - entry >= 1.5", lambda f: f["alt"] - f["zipf"] >= 1.5)]
SIGNALS += [("expression (2+ words)", lambda f: f["words"] > 1), ("one word", lambda f: f["words"] == 1)]
SIGNALS += [(f"one word, {c}", lambda f, c=c: f["words"] == 1 and f["class"] == c)
            for c in ("NOUN", "ADJ", "VERB", "ADV")]
SIGNALS += [("one noun/adj", one_noun_adj)]
SIGNALS += [(f"one noun/adj, spoken >= {s}", lambda f, s=s: one_noun_adj(f) and f["subtlex"] >= s)
            for s in (2.75, 3.0, 3.5)]
SIGNALS += [(f"one noun/adj, gap < {g}", lambda f, g=g: one_noun_adj(f) and f["gap"] < g) for g in (0.5, 0.75)]
SIGNALS += [("one noun/adj, spoken >= 3, alt - entry < 1.25",
             lambda f: one_noun_adj(f) and f["subtlex"] >= 3 and f["alt"] - f["zipf"] < 1.25)]
SIGNALS += [(f"one noun, LiNT-II type {t}", lambda f, t=t: f["words"] == 1 and f["class"] == "NOUN"
             and f["noun_type"] == t) for t in ("c", "a")]
SIGNALS += [("one word, alternative 2+ words", lambda f: f["words"] == 1 and f["alt_words"] > 1),
            ("one noun/adj, alternative 2+ words", lambda f: one_noun_adj(f) and f["alt_words"] > 1)]
SIGNALS += [("one word, loan ending", lambda f: f["words"] == 1 and bool(LOAN_ENDING.search(f["term"])))]


def split(rows: list[dict], predicate, parts: dict = PARTS) -> dict[str, tuple[int, int, int, int]]:
    """part -> (findings in the region, klopt among them, findings outside, klopt outside); rows
    are judged findings with 'set', 'verdict' and the entry's facts under 'facts'."""
    out = {}
    for part, names in parts.items():
        inside = outside = k_in = k_out = 0
        for r in rows:
            if r["set"] not in names:
                continue
            right = r["verdict"] == "klopt"
            if predicate(r["facts"]):
                inside, k_in = inside + 1, k_in + right
            else:
                outside, k_out = outside + 1, k_out + right
        out[part] = (inside, k_in, outside, k_out)
    return out


def judged_rows() -> list[dict]:
    """The judged DD103 findings tied to a list entry, each with the entry's facts."""
    table = facts()
    rows = []
    for r in dd103_entries.run(None, sets):
        if r["verdict"] and r["term"] in table:
            rows.append({**r, "facts": {**table[r["term"]], "term": r["term"]}})
    return rows


def main() -> int:
    rows = judged_rows()
    print(f"{'signal':46s}" + "".join(f" | {p}: in klopt (rate)  out rate" for p in PARTS))
    for name, predicate in SIGNALS:
        line = f"{name:46s}"
        for inside, k_in, outside, k_out in split(rows, predicate).values():
            line += f" | {inside:6d} {k_in:5d} ({k_in / max(inside, 1):.2f})  {k_out / max(outside, 1):8.2f}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
