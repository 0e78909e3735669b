"""Build benchmarks/judged/sentences.jsonl once from ../shared data (kept for the record).

The judged set must not change after it has been judged, so this script is run once; it
refuses to overwrite an existing file unless --force is given. See benchmarks/judged/README.md.

Sources (only parts whose licence is the project's own, EUPL-1.2):
- the Amsterdam simplification data, dev half (complex side), EUPL-1.2, City of Amsterdam;
- municipal letters and e-mails in ../shared/data/letters from digid, open-inwoner,
  open-forms (EUPL-1.2) and dimpact-zac (EUPL-1.2-or-later).

Selection and split are fixed by a seeded hash (SEED), not by findings: items are ordered by
sha256(SEED + id); documents (groups) are ordered by sha256(SEED + group) and each group goes
to the part (tune / measure) that has fewer sentences so far, so near-duplicates of one
document never straddle the split.

    python benchmarks/judged_select.py [--shared DIR] [--force]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "judged" / "sentences.jsonl"
SEED = "duidelijk-judged-2026-12-01"
AMSTERDAM_QUOTA = 110
AMSTERDAM_PER_DOC = 12
LETTER_QUOTA = 72
LETTER_PER_FILE = 3
LETTER_SOURCES = {  # folder -> (licence, repository)
    "digid": ("EUPL-1.2", "MinBZK/woo-besluit-broncode-digid"),
    "open-inwoner": ("EUPL-1.2", "maykinmedia/open-inwoner"),
    "open-forms": ("EUPL-1.2", "open-formulieren/open-forms"),
    "dimpact-zac": ("EUPL-1.2-or-later", "infonl/dimpact-zaakafhandelcomponent"),
}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def h(text: str) -> str:
    return hashlib.sha256((SEED + "|" + text).encode("utf-8")).hexdigest()


def is_prose(text: str) -> bool:
    words = WORD.findall(text)
    if len(words) < 6 or len(words) > 60:
        return False
    if "xxx xxx" in text.lower() or text.count("[") > 4:
        return False
    if not re.search(r"[.!?:]\s*$", text):
        return False
    if re.search(r"\.[A-Z]|\b(de|het|een|naar) (van|met|\.)", text):
        return False  # sentences glued together, or a gap where the publisher removed a link
    return text[:1].isupper() or text[:1] in "{%[:"


def has_finite_verb(nlp, text: str) -> bool:
    """Prose, not a list item or heading: the sentence has a finite verb."""
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in nlp(text))


def amsterdam(shared: Path, nlp) -> list[dict]:
    data = shared / "amsterdam-simplification"
    with (data / "complex-simple-dev.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    items = []
    for line, row in enumerate(rows, start=2):
        text = " ".join(row["Complex"].split())
        if not is_prose(text) or not has_finite_verb(nlp, text):
            continue
        doc = row["Document ID"]
        items.append({
            "id": f"ams-{doc}-{line}",
            "group": f"ams-{doc}",
            "text": text,
            "source": {"dataset": "amsterdam-simplification (dev half)",
                       "file": "complex-simple-dev.csv", "line": line, "document": doc,
                       "origin": "Amsterdam-AI-Team/dutch-municipal-text-simplification@961c8c2"},
            "licence": "EUPL-1.2",
            "copyright": "City of Amsterdam",
        })
    return pick(items, AMSTERDAM_QUOTA, AMSTERDAM_PER_DOC)


def letter_group(folder: str, name: str) -> str:
    stem = re.sub(r"\.(html|txt)$", "", name)
    stem = re.sub(r"\.(body|onderwerp)$", "", stem)
    stem = re.sub(r"_(je|u|html|txt)$", "", stem)
    stem = re.sub(r"^of\d+__", "", stem)
    return f"let-{folder}-{stem}"


def manifest(shared: Path) -> list[dict]:
    """The rows of ``letters/MANIFEST.tsv`` in ``shared``: a letter's file, its licence, the
    repository, path and commit it came from."""
    with (shared / "letters" / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def letter_id(folder: str, name: str, start: int) -> str:
    """The id of the sentence at ``start`` of the letter ``folder/name``."""
    return f"let-{folder}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}-{start}"


def manifest_sentences(shared: Path, nlp, skip):
    """Every sentence of every letter of the manifest, in its order, whose file
    ``skip(folder, name)`` does not leave out: (manifest row, folder, name, sentence, text), with
    ``text`` the sentence as analysed, placeholders put back, white space as single spaces."""
    from duidelijk.readers import read_path

    for row in manifest(shared):
        folder, name = row["file"].split("/", 1)
        if skip(folder, name):
            continue
        doc = read_path(shared / "letters" / row["file"])
        for sent in nlp(doc.text).sents:
            text = " ".join(restore_placeholders(doc, sent.start_char, sent.end_char).split())
            yield row, folder, name, sent, text


def selection_args(out: Path, fixed: str = "", shared: bool = False, more=None):
    """The command line of a script that makes a set once: ``--shared DIR`` (when ``shared``),
    the options ``more(parser)`` adds, ``--force``. None, after saying so, when ``out`` exists
    and ``--force`` is not given (``fixed``: why the set stays as it is)."""
    parser = argparse.ArgumentParser()
    if shared:
        parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    if more is not None:
        more(parser)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    if out.exists() and not args.force:
        print(f"{out} exists{fixed} (use --force to rebuild)", file=sys.stderr)
        return None
    return args


def _not_prose_file(folder: str, name: str) -> bool:
    """A letter file outside the sources, or one without prose sentences: translations (.po),
    yml texts, subject lines and SMS texts."""
    file = f"{folder}/{name}"
    return (folder not in LETTER_SOURCES or file.endswith(".po") or "yml__" in file
            or ".onderwerp." in file or "/sms__" in file)


def letters(shared: Path, nlp) -> list[dict]:
    items = []
    for row, folder, name, sent, text in manifest_sentences(shared, nlp, _not_prose_file):
        if not is_prose(text) or "<" in text or ">" in text or not has_finite_verb(nlp, text):
            continue
        items.append({
            "id": letter_id(folder, name, sent.start_char),
            "group": letter_group(folder, name),
            "text": text,
            "source": {"dataset": "letters", "file": row["file"], "repo": row["repo"],
                       "path": row["path"], "commit": row["commit"], "kind": row["kind"],
                       "start": sent.start_char, "end": sent.end_char},
            "licence": row["licence"],
            "copyright": LETTER_SOURCES[folder][1],
        })
    return pick(items, LETTER_QUOTA, LETTER_PER_FILE, by="file")


def restore_placeholders(doc, start: int, end: int) -> str:
    """The sentence as analysed, with each placeholder mask put back as in the source."""
    parts, pos = [], start
    for ph_start, ph_end in doc.placeholders:
        if ph_end <= start or ph_start >= end:
            continue
        parts.append(doc.text[pos:ph_start])
        s, e = doc.source_span(ph_start, ph_end)
        parts.append(doc.source_text[s:e])
        pos = ph_end
    parts.append(doc.text[pos:end])
    return "".join(parts)


def normal(text: str) -> str:
    text = re.sub(r"\{[^}]*\}|%\{[^}]*\}|%\([^)]*\)s|\[[^\]]*\]", " ", text.lower())
    text = re.sub(r"\b(je|jij|jouw)\b", "u", text)
    text = re.sub(r"\b(uw)\b", "u", text)
    return " ".join(WORD.findall(text))


def pick(items: list[dict], quota: int, per_group: int, by: str = "group", hash_=None) -> list[dict]:
    """At most ``quota`` items, at most ``per_group`` per document (or file), in seeded hash
    order (``hash_``, default ``h``), leaving out near-duplicates of items already taken."""
    hash_ = hash_ or h
    chosen, count, seen = [], {}, []
    for item in sorted(items, key=lambda i: hash_(i["id"])):
        key = item["group"] if by == "group" else item["source"]["file"]
        if count.get(key, 0) >= per_group:
            continue
        norm = normal(item["text"])
        if any(difflib.SequenceMatcher(None, norm, other).ratio() > 0.8 for other in seen):
            continue  # a near-duplicate (the same sentence in another template or register)
        chosen.append(item)
        seen.append(norm)
        count[key] = count.get(key, 0) + 1
        if len(chosen) >= quota:
            break
    return chosen


def split(items: list[dict], parts: tuple[str, str] = ("tune", "measure"), hash_=None) -> None:
    """Whole documents to one of two ``parts``, in seeded hash order (``hash_``, default ``h``),
    each to the smaller part so far (a tie decided by the hash)."""
    hash_ = hash_ or h
    first, second = parts
    groups: dict[str, list[dict]] = {}
    for item in items:
        groups.setdefault(item["group"], []).append(item)
    size = {first: 0, second: 0}
    for group in sorted(groups, key=hash_):
        part = first if size[first] < size[second] else second
        if size[first] == size[second]:
            part = first if int(hash_("part|" + group), 16) % 2 else second
        for item in groups[group]:
            item["part"] = part
        size[part] += len(groups[group])


def main() -> int:
    args = selection_args(OUT, "; the judged set is fixed", shared=True)
    if args is None:
        return 2
    from duidelijk.model import load_pipeline

    nlp = load_pipeline()
    items = amsterdam(args.shared, nlp) + letters(args.shared, nlp)
    split(items)
    items.sort(key=lambda i: (i["part"], i["group"], i["id"]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps({k: item[k] for k in ("id", "part", "group", "text", "licence",
                                                          "copyright", "source")},
                                    ensure_ascii=False) + "\n")
    parts = {p: sum(i["part"] == p for i in items) for p in ("tune", "measure")}
    print(f"{len(items)} sentences: {parts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
