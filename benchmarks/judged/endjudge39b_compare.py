"""endjudge39b: three judges on agree39's 166 half-A findings (endjudge39b, agree39, stored).

    python benchmarks/judged/endjudge39b_compare.py

Reads only halves A (agree39.stored_half_a drops half-B rows on load).
"""
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from agree39 import FOLDERS, FRESH, harvest_judge, kappa, population, stored_half_a, wilson  # noqa: E402
from judged import read_jsonl  # noqa: E402
from written import full_key  # noqa: E402

OURS = HERE / "endjudge39b-halvesA.jsonl"
WHO = ("endjudge39b", "agree39", "stored")
LABELS = ("klopt", "twijfel", "klopt niet")


def rows() -> list[dict]:
    stored = {}
    for x in FOLDERS:
        stored.update(stored_half_a(HERE.parent / "discovery" / f"harvest-{x}"))
    agree = {r["n"]: r for r in read_jsonl(FRESH)}
    out = []
    for r in read_jsonl(OURS):
        a, s = agree[r["n"]], stored[full_key(r)]
        out.append({**r, "endjudge39b": r["verdict"], "agree39": a["verdict"], "stored": s["verdict"],
                    "endjudge39b_s": r["suggestion_verdict"], "agree39_s": a["suggestion_verdict"],
                    "stored_s": s["suggestion_verdict"], "stored_by": s.get("judged_by") or "?",
                    "agree39_reason": a.get("reason", ""), "stored_reason": s.get("reason", "")})
    return out


def strict(group, who):
    return sum(r[who] == "klopt" for r in group) / len(group)


def main() -> int:
    rs = rows()
    n = len(rs)
    print(f"{n} findings")
    for i, a in enumerate(WHO):
        for b in WHO[i + 1:]:
            pairs = [(r[a], r[b]) for r in rs]
            binary = [(x == "klopt", y == "klopt") for x, y in pairs]
            ws = [r for r in rs if r["suggestion"] is not None]
            sp = [(r[a + "_s"], r[b + "_s"]) for r in ws]
            print(f"  {a} vs {b}: verdict agreement {sum(x == y for x, y in pairs) / n:.3f} kappa {kappa(pairs):.3f}; "
                  f"klopt/not {sum(x == y for x, y in binary) / n:.3f} kappa {kappa(binary):.3f}; "
                  f"first suggestion ({len(ws)}) {sum(x == y for x, y in sp) / len(sp):.3f} kappa {kappa(sp):.3f}")
    print("all three the same verdict:", sum(r["endjudge39b"] == r["agree39"] == r["stored"] for r in rs))
    print("shares: " + "; ".join(f"{w} " + ", ".join(f"{v} {sum(r[w] == v for r in rs)}" for v in LABELS) for w in WHO))
    for w in WHO:
        lo, hi = wilson(sum(r[w] == "klopt" for r in rs), n)
        print(f"  strict {w}: {strict(rs, w):.3f} (95% {lo:.3f}-{hi:.3f}), lenient "
              f"{sum(r[w] != 'klopt niet' for r in rs) / n:.3f}, suggestions goed "
              f"{sum(r[w + '_s'] == 'goed' for r in rs)} of {sum(r['suggestion'] is not None for r in rs)}")
    pop = Counter(f["code"] for f in population())
    print("per rule: n, strict endjudge39b / agree39 / stored; population count")
    weighted = Counter()
    total = 0
    for code in sorted({r["code"] for r in rs}):
        g = [r for r in rs if r["code"] == code]
        print(f"  {code} n {len(g):3d}  " + " / ".join(f"{strict(g, w):.3f}" for w in WHO) + f"  of {pop[code]}")
        for w in WHO:
            weighted[w] += strict(g, w) * pop[code]
        total += pop[code]
    print("  weighted by rule counts: " + " / ".join(f"{weighted[w] / total:.3f}" for w in WHO))
    for kind, g in (("harvest judge", [r for r in rs if harvest_judge(r["stored_by"])]),
                    ("change helper", [r for r in rs if not harvest_judge(r["stored_by"])])):
        print(f"  stored by {kind}: n {len(g)} strict " + " / ".join(f"{strict(g, w):.3f}" for w in WHO)
              + f"; agreement with stored: endjudge39b {sum(r['endjudge39b'] == r['stored'] for r in g) / len(g):.3f}"
              f", agree39 {sum(r['agree39'] == r['stored'] for r in g) / len(g):.3f}")
    print("confusion endjudge39b (rows) x agree39 (columns):")
    for a in LABELS:
        print(f"  {a:11s}" + "".join(f"{sum(r['endjudge39b'] == a and r['agree39'] == b for r in rs):6d}" for b in LABELS))
    print("confusion endjudge39b (rows) x stored (columns):")
    for a in LABELS:
        print(f"  {a:11s}" + "".join(f"{sum(r['endjudge39b'] == a and r['stored'] == b for r in rs):6d}" for b in LABELS))
    print("differences (E = endjudge39b, A = agree39, S = stored):")
    for r in sorted(rs, key=lambda r: (r["code"], r["n"])):
        if not r["endjudge39b"] == r["agree39"] == r["stored"]:
            print(f"  #{r['n']} {r['code']} {r['span'][:50]!r}: E {r['endjudge39b']} / A {r['agree39']} / "
                  f"S {r['stored']} ({r['stored_by']})\n      A: {r['agree39_reason'][:150]}\n      S: {r['stored_reason'][:150]}")
    print("suggestion differences:")
    for r in rs:
        if r["suggestion"] is not None and not r["endjudge39b_s"] == r["agree39_s"] == r["stored_s"]:
            print(f"  #{r['n']} {r['code']} {r['span'][:30]!r} -> {r['suggestion']!r}: E {r['endjudge39b_s']} / "
                  f"A {r['agree39_s']} / S {r['stored_s']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
