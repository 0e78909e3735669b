"""Speed of the bare pipeline and of the full check, on the same text, in one process.

    python benchmarks/speed.py [--repeat N] [--json FILE]

Measures: model load time; words/s of the bare pipeline (nlp.pipe); words/s of the full
check (pipeline + rules + metrics); the share that rules and metrics add; and the cold
start of `duidelijk check` on a one-page letter in a new process; memory (resident set) of
this process after loading the model and at its peak.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    """Current resident set size of this process (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def corpus() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from duidelijk.model import load_pipeline

    nlp = load_pipeline()
    load_s = time.perf_counter() - t0
    rss_loaded = rss_mb()

    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import text_document

    texts = corpus() * args.repeat
    config = Config()
    docs = [text_document(t) for t in texts]
    list(analyse(docs[:3], config, nlp))  # warm up caches once
    words = sum(len([t for t in d if not t.is_space and not t.is_punct]) for d in nlp.pipe(texts[: len(corpus())])) * args.repeat

    t0 = time.perf_counter()
    for _ in nlp.pipe(d.text for d in docs):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    reports = list(analyse(docs, config, nlp))
    full = time.perf_counter() - t0
    assert len(reports) == len(docs)

    letter = ROOT / "examples" / "wmo-besluit.txt"
    cold = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "duidelijk.cli", "check", "--no-cache", str(letter)], capture_output=True)
        cold.append(time.perf_counter() - t0)

    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}",
        "texts": len(texts),
        "words": words,
        "model_load_s": round(load_s, 2),
        "bare_pipeline_words_per_s": round(words / bare),
        "full_check_words_per_s": round(words / full),
        "rules_and_metrics_overhead": round(full / bare - 1, 3),
        "cold_start_check_s": round(min(cold), 2),
        "rss_after_load_mb": round(rss_loaded),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    for key, value in result.items():
        print(f"{key:32} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
