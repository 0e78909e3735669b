"""Pick DISCOVERY sentences: real municipal text that is NOT in the judged set.

The judged set (benchmarks/judged/sentences.jsonl) is for measuring; to look for the kinds of
error a rule makes, use other sentences of the same sources. This script takes the sentences
of every document (group, as benchmarks/judged_select.py names it) that the judged set does not
use: the letters in ../shared/data/letters (also the PO and YAML string files) and the
Amsterdam simplification documents. It writes JSON lines with the fields of sentences.jsonl
(``part`` is "discovery"). Only sentences under the project's own licence (EUPL-1.2) keep
their ``text`` when stored in the repository (see ``--store``); the others (MPL-2.0, AGPL-3.0)
are used at run time and stored by source and offset only.

    python benchmarks/discovery/pick.py [--shared DIR] > /tmp/discovery.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import judged_select as sel  # noqa: E402

LICENCE = {"amsterdam-signals": ("MPL-2.0", "Amsterdam/signals"),
           "mijn-amsterdam": ("MPL-2.0", "Amsterdam/mijn-amsterdam-frontend"),
           "forus": ("AGPL-3.0-or-later", "teamforus/forus-backend")}
TAG = re.compile(r"<[^>]+>")


def yaml_strings(path: Path) -> list[str]:
    """The text values of a YAML string file (DigiD keeps its letters that way)."""
    import yaml

    out: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            out.append(" ".join(TAG.sub(" ", node).split()))

    try:
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    except yaml.YAMLError:
        return []
    return out


def letter_items(shared: Path, nlp, used: set[str]) -> list[dict]:
    from duidelijk.readers import read_path

    base = shared / "letters"
    with (base / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        manifest = list(csv.DictReader(handle, delimiter="\t"))
    items = []
    for row in manifest:
        folder, name = row["file"].split("/", 1)
        group = sel.letter_group(folder, name)
        if group in used or ".onderwerp." in name or "/sms__" in row["file"]:
            continue
        if name.startswith("yml__"):
            texts = yaml_strings(base / row["file"])
        else:
            try:
                doc = read_path(base / row["file"], language_check=False)
            except Exception:  # noqa: BLE001 - a file the reader refuses is left out
                continue
            texts = [sel.restore_placeholders(doc, s.start_char, s.end_char) for s in nlp(doc.text).sents]
        for n, text in enumerate(texts):
            for sent in (nlp(text).sents if name.startswith("yml__") else [None]):
                piece = " ".join((sent.text if sent is not None else text).split())
                if not sel.is_prose(piece) or "<" in piece or ">" in piece or not sel.has_finite_verb(nlp, piece):
                    continue
                licence, holder = (row["licence"], sel.LETTER_SOURCES[folder][1]) if folder in sel.LETTER_SOURCES \
                    else LICENCE[folder]
                items.append({
                    "id": f"disc-{folder}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}-{n}-"
                          f"{sel.h(piece)[:8]}",
                    "group": group, "text": piece,
                    "source": {"dataset": "letters", "file": row["file"], "repo": row["repo"],
                               "path": row["path"], "commit": row["commit"]},
                    "licence": licence, "copyright": holder,
                })
    return items


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    judged = [json.loads(line) for line in sel.OUT.open(encoding="utf-8")]
    used = {j["group"] for j in judged}
    from duidelijk.model import load_pipeline

    nlp = load_pipeline()
    sel.AMSTERDAM_QUOTA, sel.AMSTERDAM_PER_DOC = 10**6, 10**6
    items = [i for i in sel.amsterdam(args.shared, nlp) if i["group"] not in used]
    items += letter_items(args.shared, nlp, used)
    seen = {sel.normal(j["text"]) for j in judged}
    for item in sorted(items, key=lambda i: sel.h("discovery|" + i["id"])):
        norm = sel.normal(item["text"])
        if norm in seen or len(norm.split()) < 4:
            continue  # the same sentence in another template or register
        seen.add(norm)
        item["part"] = "discovery"
        print(json.dumps({k: item[k] for k in ("id", "part", "group", "text", "licence", "copyright", "source")},
                         ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
