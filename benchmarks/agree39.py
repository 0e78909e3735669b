"""agree39: a fresh, blind judge on the tunable halves A of the harvest folders.

    python benchmarks/agree39.py sample    # draw the seeded, stratified sample (no stored verdicts)
    python benchmarks/agree39.py compare   # compare the fresh verdicts with the stored ones

Only halves A are read (written.half_of); half-B rows of judgements.jsonl are dropped on load
and never printed. The sample holds findings that have a stored judgement for their current
first suggestion, so that both verdicts exist for each.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judged import read_jsonl  # noqa: E402
from written import findings, full_key, half_of, load  # noqa: E402

HERE = Path(__file__).resolve().parent
FOLDERS = ["mun", "gov", "c", "d", "e", "f", "g", "h"]
SEED = "agree39-2026-12-06"
TOTAL = 160
MINIMUM = {"DD101": 8, "DD102": 8, "DD103": 8, "DD104": 8, "DD105": 8, "DD112": 8}
SAMPLE = HERE / "judged" / "agree39-sample.jsonl"
FRESH = HERE / "judged" / "agree39-halvesA.jsonl"


def stored_half_a(folder: Path) -> dict:
    """Stored judgements of half-A letters only, by full key."""
    return {full_key(j): j for j in read_jsonl(folder / "judgements.jsonl") if half_of(j["file"]) == "A"}


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) that holds the span: from the last . ! ? or newline before it to
    the next one after it."""
    left = max(text.rfind("\n", 0, start), *(text.rfind(p + " ", 0, start) for p in ".!?"))
    left = 0 if left < 0 else left + 1
    m = re.search(r"[.!?](\s|$)|\n", text[end:])
    right = end + m.end() if m else len(text)
    return text[left:right].strip()


def population() -> list[dict]:
    rows = []
    for x in FOLDERS:
        folder = HERE / "discovery" / f"harvest-{x}"
        letters = load(folder, "A")
        texts = {s["id"]: s["text"] for s in letters}
        stored = stored_half_a(folder)
        for f in findings(letters):
            f["folder"] = f"harvest-{x}"
            f["judged"] = full_key(f) in stored
            f["sentence"] = sentence_around(texts[f["file"]], f["start"], f["end"])
            rows.append(f)
    return rows


def allocate(counts: Counter) -> dict:
    """Proportional shares of TOTAL (largest remainder), raised to MINIMUM, capped at the count."""
    n = sum(counts.values())
    exact = {c: TOTAL * k / n for c, k in counts.items()}
    share = {c: int(v) for c, v in exact.items()}
    for c in sorted(exact, key=lambda c: exact[c] - share[c], reverse=True)[:TOTAL - sum(share.values())]:
        share[c] += 1
    return {c: min(counts[c], max(share[c], MINIMUM.get(c, 0))) for c in counts}


def sample() -> int:
    rows = population()
    judged = [r for r in rows if r["judged"]]
    counts = Counter(r["code"] for r in judged)
    print(f"{len(rows)} findings on halves A, {len(judged)} with a stored judgement of the current suggestion")
    share = allocate(counts)
    rng = random.Random(SEED)
    picked = []
    for code in sorted(counts):
        pool = sorted((r for r in judged if r["code"] == code), key=lambda r: (r["folder"], r["file"], r["start"]))
        picked += rng.sample(pool, share[code])
        print(f"  {code}: {counts[code]:4d} findings, {share[code]:3d} sampled")
    rng.shuffle(picked)
    with SAMPLE.open("w", encoding="utf-8") as handle:
        for i, r in enumerate(picked, 1):
            handle.write(json.dumps({"n": i, "folder": r["folder"], "file": r["file"], "code": r["code"],
                                     "start": r["start"], "end": r["end"], "span": r["span"],
                                     "message": r["message"], "suggestion": r["suggestion"],
                                     "sentence": r["sentence"]}, ensure_ascii=False) + "\n")
    print(f"{len(picked)} written to {SAMPLE}")
    return 0


def compare() -> int:
    raise NotImplementedError


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["sample"]:
        return sample()
    if argv[:1] == ["compare"]:
        return compare()
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
