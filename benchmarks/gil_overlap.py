"""Does spaCy's parse leave the GIL free, so that the rules of one text could run beside the
parse of the next, in one process? (issue 14, forty-second session)

    python3 benchmarks/gil_overlap.py                 # all varied texts of speed.py, 3 rounds
    python3 benchmarks/gil_overlap.py --limit 120 --rounds 2
    python3 benchmarks/gil_overlap.py --switch 0.5    # Python's switch interval 0.5 ms, not 5
    DUIDELIJK_FASTPARSE=0 python3 benchmarks/gil_overlap.py   # the parser's steps through blis

With duidelijk's fastparse (the default) the parser's step loop, which spaCy runs without the
GIL, calls back into Python (numpy) at every step and so takes the GIL at every step
(``duidelijk/fastparse.py``); ``DUIDELIJK_FASTPARSE=0`` leaves that loop to blis, without the GIL.

Measured in one process, on the varied text of ``benchmarks/speed.py`` (every letter, UD test
sentences in texts of about 400 words), after one untimed pass that warms the caches:

1. the GIL the parse leaves free: a pure-Python busy loop counts in a second thread while
   ``nlp.pipe`` parses the first ``--busy-texts`` texts; its count per second against alone,
   the parse's wall time against alone, and the CPU seconds per wall second of the process
   (above 1 only for the part of the time that both threads ran at once); and two parses at
   once, each in a thread on half the texts, against the two halves in turn (CPU per wall
   second again);
2. the parse beside the rules: ``nlp.pipe`` on the texts (P), then the rules and metrics of
   ``analyse()`` on Docs parsed before (R), one after the other and then together (the parse in
   a thread, the rules in the main thread). ``overlap`` = (P + R - together) / min(P, R): 1 when
   the shorter one hides wholly behind the other, 0 when together is no faster than in turn.
   The rules always get Docs they have not seen (those of the round before): the per-Doc table
   is made anew; their per-word caches are warm after the first pass.

``CPU per wall second together against in turn`` is the figure that a busy machine changes
least: 1.0 when the two threads together used no more of the cores than one thread did.

The BLAS libraries' threads are printed (threadpoolctl): with more than one, the bare parse would
already use both cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import duidelijk  # noqa: E402,F401  (first: it sets OPENBLAS_NUM_THREADS before numpy loads)


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class Preparsed:
    """Stands in for the pipeline in ``analyse()``: hands out Docs parsed before."""

    def __init__(self, nlp, docs):
        self._nlp, self._docs = nlp, docs

    def pipe(self, texts, batch_size=None):
        for _ in texts:
            pass
        return iter(self._docs)

    def __getattr__(self, name):
        return getattr(self._nlp, name)


def busy(stop: threading.Event, out: list) -> None:
    n = 0
    t0 = time.perf_counter()
    while not stop.is_set():
        for _ in range(1000):
            n += 1
    out.append((n, time.perf_counter() - t0))


def busy_rate(seconds: float = 1.5) -> float:
    stop, out = threading.Event(), []
    th = threading.Thread(target=busy, args=(stop, out))
    th.start()
    time.sleep(seconds)
    stop.set()
    th.join()
    n, s = out[0]
    return n / s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N varied texts")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=32, help="nlp.pipe batch size")
    parser.add_argument("--busy-texts", type=int, default=30,
                        help="texts parsed beside the busy loop (the parse can wait long for the GIL)")
    parser.add_argument("--switch", type=float, default=0,
                        help="sys.setswitchinterval in milliseconds (default: Python's 5 ms)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.switch:
        sys.setswitchinterval(args.switch / 1000)

    from speed import count_words, varied_documents
    from threadpoolctl import threadpool_info

    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.model import load_pipeline

    config = Config()
    nlp = load_pipeline(config.model)
    docs = [d for _, d in varied_documents()]
    if args.limit:
        docs = docs[: args.limit]
    texts = [d.text for d in docs]
    blas = [{k: i.get(k) for k in ("internal_api", "num_threads")} for i in threadpool_info()]
    print(f"texts {len(texts)}; BLAS {blas}; OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}; "
          f"switch interval {sys.getswitchinterval() * 1000:.1f} ms; load {os.getloadavg()}", flush=True)

    def parse():
        return list(nlp.pipe(texts, batch_size=args.batch))

    def rules(parsed):
        reports = list(analyse(docs, config, Preparsed(nlp, parsed)))
        assert len(reports) == len(docs)

    # untimed: the first sight of every word, for the parse and for the rules
    parsed = parse()
    words = sum(count_words(d) for d in parsed)
    rules(parsed)

    rows = []
    for r in range(args.rounds):
        row: dict = {}
        # 1. a busy loop beside the parse
        alone_rate = busy_rate()
        stop, out = threading.Event(), []
        th = threading.Thread(target=busy, args=(stop, out))
        c0, t0 = cpu(), time.perf_counter()
        th.start()
        list(nlp.pipe(texts[:args.busy_texts], batch_size=args.batch))
        beside = time.perf_counter() - t0
        stop.set()
        th.join()
        row["busy_cpu_per_wall"] = (cpu() - c0) / (time.perf_counter() - t0)
        n, s = out[0]
        # two parses at once, each on half the texts, against the two halves in turn
        half = len(texts) // 2
        c0, t0 = cpu(), time.perf_counter()
        list(nlp.pipe(texts[:half], batch_size=args.batch))
        list(nlp.pipe(texts[half:], batch_size=args.batch))
        two_in_turn = time.perf_counter() - t0
        th = threading.Thread(target=lambda: list(nlp.pipe(texts[:half], batch_size=args.batch)))
        c0, t0 = cpu(), time.perf_counter()
        th.start()
        list(nlp.pipe(texts[half:], batch_size=args.batch))
        th.join()
        two_together = time.perf_counter() - t0
        row["two_parses"] = {"in_turn_s": two_in_turn, "together_s": two_together,
                             "cpu_per_wall": (cpu() - c0) / two_together}
        t0 = time.perf_counter()
        list(nlp.pipe(texts[:args.busy_texts], batch_size=args.batch))
        alone = time.perf_counter() - t0
        fresh = parse()
        row["busy_share"] = (n / s) / alone_rate
        row["parse_beside_busy_s"] = beside
        row["parse_alone_s"] = alone

        # 2. parse and rules in turn, then together (order taken in turn per round)
        def in_turn(docs_for_rules):
            c0, t0 = cpu(), time.perf_counter()
            new = parse()
            p = time.perf_counter() - t0
            t1 = time.perf_counter()
            rules(docs_for_rules)
            rr = time.perf_counter() - t1
            return new, p, rr, time.perf_counter() - t0, cpu() - c0

        def together(docs_for_rules):
            box = {}

            def producer():
                t = time.perf_counter()
                box["docs"] = parse()
                box["p"] = time.perf_counter() - t

            c0, t0 = cpu(), time.perf_counter()
            th = threading.Thread(target=producer)
            th.start()
            t1 = time.perf_counter()
            rules(docs_for_rules)
            rr = time.perf_counter() - t1
            th.join()
            return box["docs"], box["p"], rr, time.perf_counter() - t0, cpu() - c0

        steps = (in_turn, together) if r % 2 == 0 else (together, in_turn)
        current = fresh
        for step in steps:
            new, p, rr, wall, used = step(current)
            current = new
            key = step.__name__
            row[key] = {"parse_s": p, "rules_s": rr, "wall_s": wall, "cpu_s": used}
        seq, tog = row["in_turn"], row["together"]
        row["overlap"] = (seq["parse_s"] + seq["rules_s"] - tog["wall_s"]) / min(seq["parse_s"], seq["rules_s"])
        row["together_vs_sum"] = tog["wall_s"] / seq["wall_s"]
        rows.append(row)
        print(f"round {r + 1}: busy loop keeps {row['busy_share']:.0%} of its speed beside the parse "
              f"(parse {alone:.2f} s alone, {beside:.2f} s beside it); "
              f"in turn parse {seq['parse_s']:.2f} + rules {seq['rules_s']:.2f} = {seq['wall_s']:.2f} s "
              f"(CPU {seq['cpu_s']:.2f}); together {tog['wall_s']:.2f} s (CPU {tog['cpu_s']:.2f}; "
              f"parse {tog['parse_s']:.2f}, rules {tog['rules_s']:.2f}) = {row['together_vs_sum']:.0%} "
              f"of in turn; overlap {row['overlap']:.2f}; CPU per wall second beside the busy loop "
              f"{row['busy_cpu_per_wall']:.2f}, parse beside parse {row['two_parses']['cpu_per_wall']:.2f} "
              f"({row['two_parses']['together_s']:.2f} s against {row['two_parses']['in_turn_s']:.2f} s in turn); "
              f"load {os.getloadavg()[0]:.2f}", flush=True)
        row["cores_used"] = (tog["cpu_s"] / tog["wall_s"]) / (seq["cpu_s"] / seq["wall_s"])
        print(f"  CPU seconds per wall second together against in turn: {row['cores_used']:.2f} "
              f"(1.0: no more of the cores used than by one thread; a busy machine lowers both alike)",
              flush=True)
    summary = {
        "texts": len(texts), "words": words, "blas": blas,
        "busy_share_median": statistics.median(r["busy_share"] for r in rows),
        "overlap_median": statistics.median(r["overlap"] for r in rows),
        "together_vs_sum_median": statistics.median(r["together_vs_sum"] for r in rows),
        "cores_used_median": statistics.median(r["cores_used"] for r in rows),
        "rounds": rows,
    }
    print(f"median: busy loop keeps {summary['busy_share_median']:.0%}; together takes "
          f"{summary['together_vs_sum_median']:.0%} of in turn; overlap {summary['overlap_median']:.2f}; "
          f"CPU per wall second together against in turn {summary['cores_used_median']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
