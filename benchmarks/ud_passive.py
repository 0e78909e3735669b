"""DD102 against gold passives: precision and recall of the passive rule on UD Dutch.

The UD Dutch treebanks in ../shared/data/ud-dutch mark every passive auxiliary by hand
(deprel ``aux:pass`` on "worden" or "zijn"). A DD102 finding is right when its span holds a
gold passive auxiliary and its participle; a gold passive no finding holds is a miss. This
measures the grammar (passive versus perfect versus copula with a participle used as an
adjective), not whether an editor would change the sentence. Use ``dev`` while changing the
rule; ``test`` only for reporting (see ../shared/data/ud-dutch/README.md).

    python benchmarks/ud_passive.py [--part dev|test] [--show N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judged import finding_rows  # noqa: E402

UD = Path(__file__).resolve().parents[2] / "shared" / "data" / "ud-dutch"


def read(path: Path) -> list[dict]:
    sents, cur = [], None
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# text = "):
            cur = {"text": line[9:], "toks": []}
        elif line and not line.startswith("#") and cur is not None:
            cols = line.split("\t")
            if cols[0].isdigit():
                cur["toks"].append(cols)
        elif not line and cur is not None:
            sents.append(cur)
            cur = None
    items = []
    for n, s in enumerate(sents):
        toks = s["toks"]
        gold = [(c[1], toks[int(c[6]) - 1][1]) for c in toks if c[7] == "aux:pass"]
        items.append({"id": f"ud{n}", "text": s["text"], "gold": gold})
    return items


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--show", type=int, default=0, help="print this many wrong sentences")
    args = parser.parse_args(argv)
    path = UD / f"{args.part}.conllu"
    if not path.exists():
        print(f"{path} not found (needs ../shared)", file=sys.stderr)
        return 2
    items = read(path)
    spans: dict[str, list[str]] = {}
    for row in finding_rows(items):
        if row["code"] == "DD102":
            spans.setdefault(row["sentence"], []).append(row["span"])
    right = wrong = missed = gold_total = 0
    shown = 0
    for item in items:
        found, gold = spans.get(item["id"], []), item["gold"]
        gold_total += len(gold)
        ok = [sp for sp in found if any(part in sp for _, part in gold)]
        bad = [sp for sp in found if sp not in ok]
        miss = [g for g in gold if not any(g[0] in sp and g[1] in sp for sp in found)]
        right, wrong, missed = right + len(ok), wrong + len(bad), missed + len(miss)
        if (bad or miss) and shown < args.show:
            shown += 1
            print(f"{item['text']}\n   wrong: {bad}  missed: {[' '.join(g) for g in miss]}")
    precision = right / (right + wrong) if right + wrong else 0.0
    recall = (gold_total - missed) / gold_total if gold_total else 0.0
    print(f"UD Dutch {args.part}: {len(items)} sentences, {gold_total} gold passives; "
          f"DD102 findings right {right}, wrong {wrong}, gold missed {missed}; "
          f"precision {precision:.3f}, recall {recall:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
