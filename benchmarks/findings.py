"""Did a change alter duidelijk's judgement? Dump every finding on real text, then compare.

    python3 benchmarks/findings.py dump before.json          # with the code as it is now
    python3 benchmarks/findings.py compare before.json after.json
    python3 benchmarks/findings.py against main              # dump main (in a temporary git
                                                              # worktree) and this tree, compare

The text: every letter in ``../shared/data/letters`` (.txt, .md, .html, .po, read as the
command line reads it) and the development half of ``../shared/data/amsterdam-simplification``
(the original and the simplified sentence of each pair, and the sentences of the word list),
all read at run time. For each text the dump keeps every finding (code, severity, span,
text, message, suggestions), the verdict and the metrics.

``compare`` prints the findings that only one side has, grouped per text, the number per
rule code on both sides, and the texts whose verdict or metrics changed. Exit code 0 when the
findings are the same, 1 when they differ, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LETTERS = ROOT.parent / "shared" / "data" / "letters"
SUFFIXES = {".txt", ".md", ".html", ".po"}


def sources() -> list[tuple[str, object]]:
    """(key, Document or error text) for every text, in a fixed order."""
    sys.path.insert(0, str(HERE))
    import amsterdam

    from duidelijk.config import Config
    from duidelijk.readers import ReadError, read_path, text_document

    config = Config()
    out: list[tuple[str, object]] = []
    if LETTERS.is_dir():
        for path in sorted(LETTERS.rglob("*")):
            if path.suffix not in SUFFIXES or "LICENSES" in path.parts or path.name == "README.md":
                continue
            key = "letters/" + path.relative_to(LETTERS).as_posix()
            try:
                out.append((key, read_path(path, config.placeholders)))
            except ReadError as err:
                out.append((key, f"ReadError: {err}"))
    if amsterdam.DEFAULT.is_dir():
        for n, row in enumerate(amsterdam.pair_rows(amsterdam.DEFAULT)):
            out.append((f"amsterdam/pairs/{n}/complex", text_document(row["Complex"], None, config.placeholders)))
            out.append((f"amsterdam/pairs/{n}/simple", text_document(row["Simple"], None, config.placeholders)))
        for n, (sentence, _) in enumerate(amsterdam.lexical_rows(amsterdam.DEFAULT)):
            out.append((f"amsterdam/lexical/{n}", text_document(sentence, None, config.placeholders)))
    return out


def _round(value):
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_round(v) for v in value]
    return value


def dump(path: Path) -> int:
    from duidelijk.analysis import analyse
    from duidelijk.config import Config

    items = sources()
    if not items:
        print(f"no texts found (looked in {LETTERS} and the Amsterdam data)", file=sys.stderr)
        return 2
    docs = [(k, d) for k, d in items if not isinstance(d, str)]
    result: dict[str, dict] = {k: {"error": d} for k, d in items if isinstance(d, str)}
    for (key, _), report in zip(docs, analyse([d for _, d in docs], Config())):
        result[key] = {
            "findings": [
                [f.code, f.severity.value, f.start, f.end, f.text, f.message, list(f.suggestions)]
                for f in report.findings
            ],
            "verdict": _round(report.verdict),
            "metrics": _round(report.metrics),
        }
    path.write_text(json.dumps(result, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    total = sum(len(v.get("findings", ())) for v in result.values())
    print(f"{len(result)} texts, {total} findings -> {path}")
    return 0


def _show(finding) -> str:
    code, severity, start, end, text, message, suggestions = finding
    extra = f" -> {' | '.join(suggestions)}" if suggestions else ""
    return f"{code} {severity} [{start}:{end}] '{text}': {message}{extra}"


def compare(old_path: Path, new_path: Path, limit: int = 0) -> int:
    old = json.loads(old_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    per_code_old: Counter = Counter()
    per_code_new: Counter = Counter()
    changed_texts = 0
    shown = 0
    other_changes = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key, {}), new.get(key, {})
        fa = [tuple(map(_hashable, f)) for f in a.get("findings", [])]
        fb = [tuple(map(_hashable, f)) for f in b.get("findings", [])]
        per_code_old.update(f[0] for f in fa)
        per_code_new.update(f[0] for f in fb)
        only_a = [f for f in fa if f not in set(fb)]
        only_b = [f for f in fb if f not in set(fa)]
        if only_a or only_b or a.get("error") != b.get("error"):
            changed_texts += 1
            if not limit or shown < limit:
                print(f"== {key}")
                if a.get("error") != b.get("error"):
                    print(f"   error: {a.get('error')!r} -> {b.get('error')!r}")
                for f in only_a:
                    print(f" - {_show(f)}")
                for f in only_b:
                    print(f" + {_show(f)}")
            shown += 1
        for part in ("verdict", "metrics"):
            if a.get(part) != b.get(part):
                other_changes.append((key, part, _diff(a.get(part) or {}, b.get(part) or {})))
    print()
    print("findings per rule: before -> after")
    for code in sorted(set(per_code_old) | set(per_code_new)):
        mark = "" if per_code_old[code] == per_code_new[code] else "   *"
        print(f"  {code}  {per_code_old[code]:6d} -> {per_code_new[code]:6d}{mark}")
    print(f"texts: {len(old)} -> {len(new)}; texts with other findings: {changed_texts}")
    if other_changes:
        print(f"texts with another verdict or other metrics: {len(other_changes)}")
        for key, part, diff in other_changes[: limit or len(other_changes)]:
            print(f"  {key} {part}: {diff}")
    return 1 if changed_texts else 0


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


def _diff(a: dict, b: dict) -> str:
    keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
    return ", ".join(f"{k}: {a.get(k)!r} -> {b.get(k)!r}" for k in keys)


def against(ref: str, limit: int) -> int:
    """Dump ``ref`` (a temporary git worktree) and this tree with the same script, compare."""
    with tempfile.TemporaryDirectory(prefix="duidelijk-findings-") as tmp:
        tmp_path = Path(tmp)
        tree = tmp_path / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), ref], check=True)
        try:
            # the data is found next to this tree, so run the dumps from here with each tree's code
            for name, code in (("before", tree), ("after", ROOT)):
                env = {**os.environ, "PYTHONPATH": str(code)}
                subprocess.run([sys.executable, str(Path(__file__).resolve()), "dump", str(tmp_path / f"{name}.json")],
                               check=True, env=env)
            return compare(tmp_path / "before.json", tmp_path / "after.json", limit)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump", help="write every finding to a JSON file")
    p.add_argument("output", type=Path)
    p = sub.add_parser("compare", help="compare two dumps")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("--limit", type=int, default=0, help="show at most N texts")
    p = sub.add_parser("against", help="compare a git ref (e.g. main) with this tree")
    p.add_argument("ref")
    p.add_argument("--limit", type=int, default=0, help="show at most N texts")
    args = parser.parse_args()
    if args.command == "dump":
        return dump(args.output)
    if args.command == "compare":
        for path in (args.before, args.after):
            if not path.is_file():
                print(f"file not found: {path}", file=sys.stderr)
                return 2
        return compare(args.before, args.after, args.limit)
    return against(args.ref, args.limit)


if __name__ == "__main__":
    sys.exit(main())
