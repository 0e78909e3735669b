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


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two raters over the same items."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[c] * right[c] for c in set(left) | set(right)) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    centre = (k + z * z / 2) / (n + z * z)
    half = z * (k * (n - k) / n + z * z / 4) ** 0.5 / (n + z * z)
    return centre - half, centre + half


def harvest_judge(judged_by: str) -> bool:
    return "judge" in judged_by or "harv" in judged_by


def strict(rows: list[dict], who: str) -> float:
    return sum(r[who] == "klopt" for r in rows) / len(rows)


def compare() -> int:
    """Fresh verdicts (FRESH) against the stored half-A judgements of the same findings."""
    stored = {}
    for x in FOLDERS:
        stored.update(stored_half_a(HERE / "discovery" / f"harvest-{x}"))
    rows = []
    for r in read_jsonl(FRESH):
        s = stored[full_key(r)]
        rows.append({**r, "fresh": r["verdict"], "stored": s["verdict"], "fresh_s": r["suggestion_verdict"],
                     "stored_s": s["suggestion_verdict"], "stored_reason": s.get("reason", ""),
                     "judged_by": s.get("judged_by") or "?"})
    population_counts = Counter(f["code"] for f in population())
    n = len(rows)
    pairs = [(r["fresh"], r["stored"]) for r in rows]
    binary = [(a == "klopt", b == "klopt") for a, b in pairs]
    print(f"{n} findings; verdict agreement {sum(a == b for a, b in pairs) / n:.3f}, kappa {kappa(pairs):.3f}; "
          f"klopt / not klopt agreement {sum(a == b for a, b in binary) / n:.3f}, kappa {kappa(binary):.3f}")
    with_s = [r for r in rows if r["suggestion"] is not None]
    sp = [(r["fresh_s"], r["stored_s"]) for r in with_s]
    print(f"first suggestion ({len(with_s)}): agreement {sum(a == b for a, b in sp) / len(sp):.3f}, kappa {kappa(sp):.3f}; "
          f"goed fresh {sum(a == 'goed' for a, _ in sp)}, stored {sum(b == 'goed' for _, b in sp)}")
    labels = ["klopt", "twijfel", "klopt niet"]
    print("confusion (rows fresh, columns stored):")
    print("  " + " " * 11 + "".join(f"{b:>12s}" for b in labels))
    for a in labels:
        print(f"  {a:11s}" + "".join(f"{sum(p == (a, b) for p in pairs):12d}" for b in labels))
    print("strict precision per rule (sample): fresh / stored; population count; weighted pooled below")
    weighted = {"fresh": 0.0, "stored": 0.0}
    total = 0
    for code in sorted({r["code"] for r in rows}):
        group = [r for r in rows if r["code"] == code]
        lenient = lambda who: sum(r[who] != "klopt niet" for r in group) / len(group)
        print(f"  {code}  n {len(group):3d}  fresh {strict(group, 'fresh'):.3f}  stored {strict(group, 'stored'):.3f}  "
              f"(lenient {lenient('fresh'):.3f} / {lenient('stored'):.3f})  of {population_counts[code]}")
        for who in weighted:
            weighted[who] += strict(group, who) * population_counts[code]
        total += population_counts[code]
    sampled_total = sum(population_counts[c] for c in {r["code"] for r in rows})
    print(f"  pooled sample: fresh {strict(rows, 'fresh'):.3f}  stored {strict(rows, 'stored'):.3f}; "
          f"weighted by rule counts ({sampled_total} findings): fresh {weighted['fresh'] / total:.3f}  "
          f"stored {weighted['stored'] / total:.3f}")
    low, high = wilson(sum(r["fresh"] == "klopt" for r in rows), n)
    print(f"  fresh pooled strict, 95% Wilson interval: {low:.3f} - {high:.3f}")
    print("per folder (sample, not weighted): n, strict fresh / stored")
    for folder in sorted({r["folder"] for r in rows}):
        group = [r for r in rows if r["folder"] == folder]
        print(f"  {folder:12s} {len(group):3d}  {strict(group, 'fresh'):.3f} / {strict(group, 'stored'):.3f}")
    print("by judged_by (stored): n, agreement, strict fresh / stored")
    by = defaultdict(list)
    for r in rows:
        by[r["judged_by"]].append(r)
    for who, group in sorted(by.items(), key=lambda kv: -len(kv[1])):
        print(f"  {who:28s} {len(group):3d}  {sum(r['fresh'] == r['stored'] for r in group) / len(group):.2f}  "
              f"{strict(group, 'fresh'):.2f} / {strict(group, 'stored'):.2f}")
    print("by kind of stored judge: a harvest judge (judged_by with 'judge' or 'harv': judged the folder "
          "when it was made) or a helper judging findings of its own change session (the rest)")
    for kind, group in (("harvest judge", [r for r in rows if harvest_judge(r["judged_by"])]),
                        ("change helper", [r for r in rows if not harvest_judge(r["judged_by"])])):
        print(f"  {kind:15s} n {len(group):3d}  agreement {sum(r['fresh'] == r['stored'] for r in group) / len(group):.3f}"
              f"  kappa {kappa([(r['fresh'], r['stored']) for r in group]):.3f}"
              f"  strict fresh {strict(group, 'fresh'):.3f} / stored {strict(group, 'stored'):.3f}")
    shares = {who: Counter(r[who] for r in rows) for who in ("fresh", "stored")}
    print("verdict shares: " + "; ".join(f"{who} " + ", ".join(f"{v} {shares[who][v] / n:.3f}" for v in labels)
                                          for who in shares))
    up = sum(a != "klopt" and b == "klopt" for a, b in pairs)
    down = sum(a == "klopt" and b != "klopt" for a, b in pairs)
    print(f"discordant on klopt: stored klopt / fresh not {up}, fresh klopt / stored not {down}; "
          f"McNemar chi2 {(abs(up - down) - 1) ** 2 / (up + down):.1f}")
    population_stored = defaultdict(Counter)
    for x in FOLDERS:
        folder = HERE / "discovery" / f"harvest-{x}"
        judged = stored_half_a(folder)
        for f in findings(load(folder, "A")):
            j = judged[full_key(f)]
            population_stored[f["code"]][j["verdict"]] += 1
            population_stored["by " + ("harvest judge" if harvest_judge(j.get("judged_by") or "") else "change helper")][j["verdict"]] += 1
    every = sum((population_stored[c] for c in population_stored if not c.startswith("by ")), Counter())
    for kind in ("by harvest judge", "by change helper"):
        t = population_stored[kind]
        print(f"  whole halves A judged {kind}: {sum(t.values())}, strict {t['klopt'] / sum(t.values()):.3f}")
    print(f"stored strict on the whole halves A: {every['klopt'] / sum(every.values()):.3f} of {sum(every.values())} "
          f"(klopt niet {every['klopt niet']}, twijfel {every['twijfel']})")
    print("disagreements (half A only):")
    for r in sorted(rows, key=lambda r: (r["code"], r["n"])):
        if r["fresh"] != r["stored"]:
            print(f"  #{r['n']} {r['code']} {r['span'][:60]!r}: fresh {r['fresh']} / stored {r['stored']} "
                  f"({r['judged_by']}): {r['stored_reason'][:160]}")
    print("suggestion disagreements:")
    for r in with_s:
        if r["fresh_s"] != r["stored_s"]:
            print(f"  #{r['n']} {r['code']} {r['span'][:40]!r} -> {r['suggestion']!r}: fresh {r['fresh_s']} / "
                  f"stored {r['stored_s']} ({r['judged_by']}): {r['stored_reason'][:140]}")
    return 0


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
