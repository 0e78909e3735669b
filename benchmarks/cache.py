"""Measure the result cache: a cold and a warm run of `duidelijk check` on generated templates.

    python3 benchmarks/cache.py [--files 500] [--jobs 1]

Builds a repository of template files (the same generator as tests/test_ci_repo.py), runs
`duidelijk check --format sarif` twice as a real process with an empty cache, and prints
both times and the speed-up. The issue asks for at least 10 times faster.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_ci_repo import make_file  # noqa: E402


def timed(cmd, cwd) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    took = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"duidelijk stopte met uitkomst {proc.returncode}:\n{proc.stderr}")
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=500)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rng = random.Random(5)
        words = 0
        for i in range(args.files):
            rel, text = make_file(rng, i)
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text, encoding="utf-8")
            words += len(text.split())
        (root / ".duidelijk.toml").write_text('include = ["*.txt", "*.md", "*.html"]\n')
        cmd = [sys.executable, "-m", "duidelijk.cli", "check", "--format", "sarif", "--jobs", str(args.jobs), "."]
        cold = timed(cmd, root)
        warm = timed(cmd, root)
        print(f"{args.files} bestanden, {words} woorden, --jobs {args.jobs}")
        print(f"eerste run (lege cache):  {cold:6.2f} s")
        print(f"tweede run (uit de cache): {warm:6.2f} s")
        print(f"sneller: {cold / warm:.1f} keer (doel: 10 keer of meer)")


if __name__ == "__main__":
    main()
