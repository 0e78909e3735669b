"""Do two judges agree? A second, blind judgement of a sample of judged findings.

    python3 benchmarks/agreement.py [benchmarks/agreement/agree23.jsonl]

Each line of the file is one finding with the verdict it has in its set (``first_verdict``, from
``benchmarks/judged/judgements.jsonl`` or a discovery folder's ``judgements.jsonl``) and the verdict of
a second judge who did not see the first (``second_verdict``). Prints, per source and in all: raw
agreement on the three verdicts, Cohen's kappa, agreement on klopt / not klopt, and the strict
precision (share klopt) each judge gives the same findings. The sample of the twenty-third session
(agree23) was drawn with a fixed seed from the findings duidelijk gave at main ``ab10081`` that had a
judgement: 20 each of the judged set's TUNE and MEASURE parts and of harvest-c's halves A and B, 10
each of harvest-mun and harvest-gov half A.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

VERDICTS = ("klopt", "twijfel", "klopt niet")
DEFAULT = Path(__file__).resolve().parent / "agreement" / "agree23.jsonl"


def kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """Raw agreement and Cohen's kappa of (first, second) verdict pairs."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[v] * second[v] for v in VERDICTS) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def table(rows: list[dict]) -> list[tuple]:
    groups = defaultdict(list)
    for row in rows:
        groups[row["source"]].append((row["first_verdict"], row["second_verdict"]))
    out = []
    for name, pairs in [*sorted(groups.items()), ("all", [p for ps in groups.values() for p in ps])]:
        observed, k = kappa(pairs)
        binary = sum((a == "klopt") == (b == "klopt") for a, b in pairs) / len(pairs)
        out.append((name, len(pairs), observed, k, binary,
                    sum(a == "klopt" for a, _ in pairs) / len(pairs),
                    sum(b == "klopt" for _, b in pairs) / len(pairs)))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.path.open(encoding="utf-8") if line.strip()]
    bad = [r for r in rows if r["first_verdict"] not in VERDICTS or r["second_verdict"] not in VERDICTS]
    if bad:
        print(f"{len(bad)} lines without two verdicts", file=sys.stderr)
        return 2
    print("| source | n | agree | kappa | agree on klopt | strict, first judge | strict, second judge |")
    print("|---|---|---|---|---|---|---|")
    for name, n, observed, k, binary, first, second in table(rows):
        print(f"| {name} | {n} | {observed:.2f} | {k:.2f} | {binary:.2f} | {first:.2f} | {second:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
