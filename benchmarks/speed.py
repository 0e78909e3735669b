"""Speed of the checker on varied text: bare pipeline, full check, each rule, start-up, memory.

    python3 benchmarks/speed.py                  # everything below, then a Markdown table
    python3 benchmarks/speed.py --jobs           # also --jobs 1 against --jobs 2 on 500 files
    python3 benchmarks/speed.py --json out.json  # the figures as JSON as well

The text is varied, and no text is checked twice, so no per-word cache is warm for a text
it has not seen before within this process:

- every letter in ``../shared/data/letters`` (.txt, .md, .html, .po), read as duidelijk
  reads it;
- the sentences of the UD Dutch test set (``../shared/data/ud-dutch/test.conllu``) in
  their order, grouped into texts of about 400 words (read for this measurement only).

Measured in one process, in one run:

1. the bare pipeline: ``nlp.pipe`` on the texts, with the pipeline as duidelijk loads it;
2. the full check: ``analyse()`` (pipeline + rules + metrics) on the same texts, each text
   once. The texts are cut into chunks and the two are timed chunk by chunk, one after the
   other, so that the load of the machine weighs on both alike; the ratio of the two is the
   figure to steer by on a busy machine;
3. the time spent in each rule, in the metrics and in the rest of the analysis (finding
   offsets, suppressions) during that full check;
   With ``--warm`` the varied texts are checked a second time in the same process: every
   per-word cache is warm then, so what rules and metrics add is their per-token work only;
4. the six example letters repeated (``--repeat`` times): a second, labelled line only,
   because after the first copy every per-word cache is warm;
5. the cold start of ``duidelijk check --no-cache`` on a one-page letter in a new process
   (best and median of ``--cold`` runs, with compiled modules as an installed package has
   them; also without, when PYTHONDONTWRITEBYTECODE is set), and the resident memory of a new process after
   loading the pipeline and after checking that letter;
6. with ``--jobs``: ``duidelijk check --no-cache --jobs 1`` against ``--jobs 2`` on 500
   different files (the letters plus smaller groups of UD sentences), written to a
   temporary folder: ``--jobs-pairs`` runs of each in turn (median of the ratios), with
   compiled modules as for the cold start, and the CPU time of every run.

The web load test is a separate script: ``python3 benchmarks/load.py --think 0``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
LETTERS = SHARED / "letters"
UD_TEST = SHARED / "ud-dutch" / "test.conllu"
SUFFIXES = {".txt", ".md", ".html", ".po"}
ONE_PAGE = ROOT / "examples" / "wmo-besluit.txt"


# --- the text ------------------------------------------------------------------------------

def letter_files() -> list[Path]:
    if not LETTERS.is_dir():
        return []
    return sorted(p for p in LETTERS.rglob("*")
                  if p.suffix in SUFFIXES and "LICENSES" not in p.parts and p.name != "README.md")


def ud_sentences() -> list[str]:
    if not UD_TEST.is_file():
        return []
    out = []
    with UD_TEST.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# text = "):
                out.append(line[len("# text = "):].strip())
    return out


def group(sentences: list[str], words: int) -> list[str]:
    """Consecutive sentences joined into texts of about ``words`` words, a paragraph per 5."""
    texts, current, count = [], [], 0
    for sent in sentences:
        current.append(sent)
        count += len(sent.split())
        if count >= words:
            texts.append(_paragraphs(current))
            current, count = [], 0
    if current:
        texts.append(_paragraphs(current))
    return texts


def _paragraphs(sentences: list[str]) -> str:
    return "\n\n".join(" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)) + "\n"


def varied_documents():
    """(label, Document) for every letter and every ~400-word group of UD sentences."""
    from duidelijk.readers import ReadError, read_path, text_document

    docs = []
    for path in letter_files():
        try:
            docs.append(("letters", read_path(path, language_check=False)))
        except ReadError:
            continue
    for text in group(ud_sentences(), 400):
        docs.append(("ud", text_document(text)))
    return docs


def count_words(doc) -> int:
    return sum(1 for t in doc if not t.is_space and not t.is_punct)


# --- timing the rules -------------------------------------------------------------------

PIPELINE = "pipeline (nlp.pipe inside analyse)"


class RuleTimer:
    """Wraps every rule's ``check``, the metrics and the finishing steps with a stopwatch.

    ``clock``: ``time.perf_counter`` (wall clock, as the pipeline is timed) or
    ``time.process_time`` (CPU seconds of this process: on a busy machine the figure per part
    that changes least between runs)."""

    def __init__(self, clock=time.perf_counter):
        self.seconds: dict[str, float] = defaultdict(float)
        self._undo: list = []
        self.clock = clock

    def _wrap(self, owner, attr: str, label: str, consume: bool) -> None:
        original = getattr(owner, attr)
        original = getattr(original, "__wrapped__", original)  # a rule that inherits check
        seconds, clock = self.seconds, self.clock

        def timed(*args, **kwargs):
            t0 = clock()
            result = original(*args, **kwargs)
            if consume:
                result = list(result)
            seconds[label] += clock() - t0
            return result

        timed.__wrapped__ = original
        setattr(owner, attr, timed)
        self._undo.append((owner, attr, original))

    def __enter__(self):
        import duidelijk.analysis as analysis
        import duidelijk.metrics as metrics
        import duidelijk.metrics_report as metrics_report
        from duidelijk.rules import all_rules

        for cls in all_rules():
            self._wrap(cls, "check", f"{cls.code} {cls.name}", consume=True)
        self._wrap(metrics_report, "text_metrics", "metrics (text_metrics)", consume=False)
        self._wrap_table(metrics)
        self._wrap(analysis, "finalise", "finish (offsets, sort)", consume=False)
        self._wrap(analysis, "apply_suppressions", "finish (suppressions)", consume=False)
        try:
            import duidelijk.grouping as grouping
        except ImportError:  # older trees have no grouping of findings
            grouping = None
        if grouping is not None and hasattr(grouping, "group_findings"):
            self._wrap(grouping, "group_findings", "finish (grouping)", consume=False)
        return self

    def _wrap_table(self, metrics) -> None:
        """Time the making of each Doc's token table (each token's facts: LiNT-II frequency,
        noun type, syllables ...), which ``analyse`` does before the rules run: it was most
        of "rest". Only the call that makes a table counts; later calls (from the metrics,
        inside their own time) read it back."""
        original = metrics.token_table
        seconds, clock = self.seconds, self.clock
        tables = getattr(metrics, "_tables", None)
        if tables is None:
            return  # an older tree without the table

        def timed(doc):
            if doc in tables:
                return original(doc)
            t0 = clock()
            result = original(doc)
            seconds["token table (made per Doc before the rules)"] += clock() - t0
            return result

        metrics.token_table = timed
        self._undo.append((metrics, "token_table", original))

    def pipe(self, nlp):
        """Time ``nlp.pipe`` inside the full check too (each step of its generator).

        Only the analysis's own call counts: a rule that tags a few words with the same
        pipeline while the texts are parsed (DD103's noun forms) is that rule's time, not the
        pipeline's (it was counted twice, which made "rest" negative)."""
        original = nlp.pipe
        seconds = self.seconds
        outer = {"active": False}

        def timed(*args, **kwargs):
            if outer["active"]:
                return original(*args, **kwargs)
            return _timed(*args, **kwargs)

        def _timed(*args, **kwargs):
            outer["active"] = True
            try:
                yield from _steps(*args, **kwargs)
            finally:
                outer["active"] = False

        def _steps(*args, **kwargs):
            it = original(*args, **kwargs)
            while True:
                t0 = time.perf_counter()
                try:
                    doc = next(it)
                except StopIteration:
                    seconds[PIPELINE] += time.perf_counter() - t0
                    return
                seconds[PIPELINE] += time.perf_counter() - t0
                yield doc

        nlp.pipe = timed
        self._undo.append((nlp, "pipe", None))

    def __exit__(self, *exc):
        for owner, attr, original in reversed(self._undo):
            if original is None:
                delattr(owner, attr)  # back to the class's method
            else:
                setattr(owner, attr, original)
        self._undo.clear()


# --- measurements -------------------------------------------------------------------------

def measure_varied(nlp, config, labelled, chunk: int = 10) -> dict:
    from duidelijk.analysis import analyse

    docs = [d for _, d in labelled]
    bare = full = 0.0
    words = 0
    timer = RuleTimer()
    for n, k in enumerate(range(0, len(docs), chunk)):
        part = docs[k:k + chunk]

        def run_bare():
            nonlocal bare, words
            t0 = time.perf_counter()
            parsed = list(nlp.pipe(d.text for d in part))
            bare += time.perf_counter() - t0
            words += sum(count_words(d) for d in parsed)

        def run_full():
            nonlocal full
            with timer:
                timer.pipe(nlp)
                t0 = time.perf_counter()
                reports = list(analyse(part, config, nlp))
                full += time.perf_counter() - t0
            assert len(reports) == len(part)

        # Whichever parses a chunk first meets its words for the first time (spaCy's
        # tokenizer cache and vocabulary); the second finds them ready. Taking turns at going
        # first shares that out evenly, so neither figure is flattered (with the bare
        # pipeline always first, the full check looked 20-30 points cheaper than it is).
        for step in ((run_bare, run_full) if n % 2 == 0 else (run_full, run_bare)):
            step()
    sources = defaultdict(int)
    for label, _ in labelled:
        sources[label] += 1
    seconds = dict(timer.seconds)
    in_pipe = seconds.pop(PIPELINE)
    return {
        "texts": len(docs),
        "texts_by_source": dict(sources),
        "words": words,
        "bare_s": bare,
        "full_s": full,
        "bare_words_per_s": words / bare,
        "full_words_per_s": words / full,
        "overhead": full / bare - 1,
        "pipe_in_full_s": in_pipe,
        "overhead_in_run": (full - in_pipe) / in_pipe,
        "rule_seconds": seconds,
    }


def measure_repeated(nlp, config, repeat: int) -> dict:
    from duidelijk.analysis import analyse
    from duidelijk.readers import text_document

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    docs = [text_document(t) for t in texts * repeat]
    words = sum(count_words(d) for d in nlp.pipe(texts)) * repeat
    t0 = time.perf_counter()
    for _ in nlp.pipe(d.text for d in docs):
        pass
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    list(analyse(docs, config, nlp))
    full = time.perf_counter() - t0
    return {"texts": len(docs), "words": words, "bare_words_per_s": words / bare,
            "full_words_per_s": words / full, "overhead": full / bare - 1}


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _run(args: list[str], env: dict) -> tuple[float, int]:
    """Wall time and exit code of ``python -m duidelijk.cli ARGS`` in a new process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "duidelijk.cli", *args], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(f"duidelijk check failed: {err.decode()[-500:]}")
    return wall, proc.returncode


def _cpu_of(args: list[str], env: dict) -> tuple[float, float]:
    """Wall time and CPU time (user + system, with the worker processes it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, _ = _run(args, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def _cold_runs(runs: int, env: dict) -> list[float]:
    times = []
    for _ in range(runs):
        wall, code = _run(["check", "--no-cache", str(ONE_PAGE)], env)
        if code not in (0, 1):
            raise SystemExit("duidelijk check failed on the one-page letter")
        times.append(wall)
    return times


def _bytecode_env(prefix: str) -> dict:
    """The environment of a user's process: compiled modules kept (in ``prefix``)."""
    env = _env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = prefix
    return env


def measure_cold(runs: int) -> dict:
    """Cold start as a user has it: Python keeps compiled modules (bytecode), as ``pip install``
    writes them and as Python does by default. A machine that sets PYTHONDONTWRITEBYTECODE (this
    one does) compiles duidelijk's own modules in every new process; that figure is kept too.
    The bytecode goes into a temporary folder (PYTHONPYCACHEPREFIX), written by one untimed run."""
    import tempfile

    out: dict = {}
    with tempfile.TemporaryDirectory(prefix="duidelijk-pyc-") as prefix:
        env = _bytecode_env(prefix)
        _cold_runs(1, env)  # writes the bytecode
        times = _cold_runs(runs, env)
    out.update({"best_s": min(times), "median_s": statistics.median(times), "runs": times})
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        plain = _cold_runs(runs, _env())
        out["no_bytecode"] = {"best_s": min(plain), "median_s": statistics.median(plain), "runs": plain}
    return out


MEMORY_PROBE = """
import json, sys
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024
from duidelijk.model import load_pipeline
nlp = load_pipeline()
loaded = rss()
import duidelijk
duidelijk.check_file(sys.argv[1])
print(json.dumps({"after_load_mb": loaded, "after_one_check_mb": rss()}))
"""


def measure_memory() -> dict:
    proc = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(ONE_PAGE)], capture_output=True,
                          env=_env(), cwd=ROOT, check=True)
    return json.loads(proc.stdout)


def jobs_files(folder: Path, count: int = 500) -> int:
    """Write ``count`` different files: every letter, then UD sentences in small groups."""
    n = 0
    for path in letter_files()[:count]:
        shutil.copyfile(path, folder / f"{n:03d}-{path.name}")
        n += 1
    sentences = ud_sentences()
    rest = count - n
    if rest > 0 and sentences:
        size = max(1, len(sentences) // rest)
        for k in range(rest):
            chunk = sentences[k * size:(k + 1) * size]
            if not chunk:
                break
            (folder / f"{n:03d}-ud.txt").write_text(_paragraphs(chunk), encoding="utf-8")
            n += 1
    return n


def measure_jobs(pairs: int = 3) -> dict:
    """``--jobs 1`` against ``--jobs 2`` on the same 500 files, ``pairs`` times in turn (1, 2;
    then 2, 1; ...), after one untimed run that writes the bytecode and the per-user tables:
    the median of the times and of the ratios of each pair, and the CPU time (user + system,
    the workers included) of every run. The load of a busy machine moves the wall times of
    one run by tens of percents; alternating runs and the CPU times show how much of a
    difference is the load."""
    out: dict = {"pairs": pairs}
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory(prefix="duidelijk-pyc-") as prefix:
        folder = Path(tmp)
        out["files"] = jobs_files(folder)
        env = _bytecode_env(prefix)
        _cold_runs(1, env)
        walls: dict[int, list[float]] = {1: [], 2: []}
        cpus: dict[int, list[float]] = {1: [], 2: []}
        for k in range(pairs):
            for jobs in ((1, 2) if k % 2 == 0 else (2, 1)):
                wall, cpu = _cpu_of(["check", "--no-cache", "--format", "json", "--jobs", str(jobs), str(folder)], env)
                walls[jobs].append(wall)
                cpus[jobs].append(cpu)
    ratios = [a / b for a, b in zip(walls[1], walls[2])]
    out.update({"jobs1_s": statistics.median(walls[1]), "jobs2_s": statistics.median(walls[2]),
                "speedup": statistics.median(ratios), "ratios": ratios, "runs": walls,
                "jobs1_cpu_s": statistics.median(cpus[1]), "jobs2_cpu_s": statistics.median(cpus[2]), "cpu": cpus})
    return out


def load_average() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


# --- output -------------------------------------------------------------------------------

def markdown(result: dict) -> str:
    v, r = result["varied"], result.get("repeated")
    lines = [
        f"{result['date']}, {result['machine']}, load average before the run {result['load_before']}, "
        f"after {result['load_after']}. Command: `{result['command']}`.",
        "",
        f"Varied text: {v['texts']} texts ({', '.join(f'{k} {n}' for k, n in v['texts_by_source'].items())}), "
        f"{v['words']:,} words, each text checked once.",
        "",
        "| measure | result | target |",
        "|---|---|---|",
        f"| model load (spaCy, model, letter tokenizer) | {result['load_s']:.2f} s | |",
        f"| bare pipeline (`nlp.pipe`), varied text | {v['bare_words_per_s']:,.0f} words/s | |",
        f"| full check (`analyse()`: pipeline + rules + metrics), varied text | {v['full_words_per_s']:,.0f} words/s | ≥ 7,500 |",
        f"| rules and metrics on top of the pipeline, varied text (full check / bare pipeline − 1) | {v['overhead']:+.1%} | ≤ 25 % |",
        f"| the same, within the full check (time outside `nlp.pipe` / time inside it) | {v['overhead_in_run']:+.1%} | ≤ 25 % |",
    ]
    w = result.get("warm")
    if w:
        lines.append(f"| the same texts a second time (`--warm`: per-word caches warm, per-token work only): rules "
                     f"and metrics on top | {w['overhead']:+.1%} (within the check {w['overhead_in_run']:+.1%}) | |")
    if r:
        lines.append(f"| second line, *repeated examples* ({r['texts']} texts, warm caches): rules and metrics on top "
                     f"| {r['overhead']:+.1%} (full {r['full_words_per_s']:,.0f} words/s) | |")
    if "cold" in result:
        c = result["cold"]
        lines.append(f"| cold start `duidelijk check --no-cache` one-page letter | {c['best_s']:.2f} s best, "
                     f"{c['median_s']:.2f} s median of {len(c['runs'])} | ≤ 1.5 s |")
        if "no_bytecode" in c:
            nb = c["no_bytecode"]
            lines.append(f"| the same without bytecode (PYTHONDONTWRITEBYTECODE set: duidelijk's modules compiled in "
                         f"every process) | {nb['best_s']:.2f} s best, {nb['median_s']:.2f} s median | |")
    if "memory" in result:
        m = result["memory"]
        lines.append(f"| resident memory after loading the pipeline (new process) | {m['after_load_mb']:.0f} MB | ≤ 300 MB |")
        lines.append(f"| resident memory after checking one letter (new process) | {m['after_one_check_mb']:.0f} MB | |")
    if "jobs" in result:
        j = result["jobs"]
        each = ", ".join(f"{x:.2f}" for x in j.get("ratios", []))
        cpu = (f"; CPU {j['jobs1_cpu_s']:.1f} / {j['jobs2_cpu_s']:.1f} s (workers included)"
               if "jobs1_cpu_s" in j else "")
        lines.append(f"| `--jobs 1` against `--jobs 2`, {j['files']} files, `--no-cache` (median of "
                     f"{j.get('pairs', 1)} pairs in turn) | {j['jobs1_s']:.1f} s / {j['jobs2_s']:.1f} s = "
                     f"{j['speedup']:.2f}× (pairs: {each}{cpu}) | ≥ 1.7× |")
    lines += ["", "Time per part of the full check on varied text; the share is of the time spent in "
              "`nlp.pipe` during the same check:", "",
              "| part | seconds | ms per 1,000 words | share of pipeline |", "|---|---|---|---|"]
    seconds = v["rule_seconds"]
    pipe = v["pipe_in_full_s"]
    per_k = 1000 / v["words"]
    in_rules = sum(seconds.values())
    rest = v["full_s"] - pipe - in_rules

    def row(label, s):
        return f"| {label} | {s:.2f} | {s * per_k * 1000:.1f} | {s / pipe:.1%} |"

    lines.append(row("pipeline (`nlp.pipe`)", pipe))
    for label, s in sorted(seconds.items(), key=lambda kv: -kv[1]):
        lines.append(row(label, s))
    lines.append(row("rest (context, report)", rest))
    lines.append(row("**rules, metrics and rest**", in_rules + rest))
    if w:
        lines += ["", "The same on the second pass (`--warm`), share of the pipeline's time in that pass:", "",
                  "| part | seconds | share of pipeline |", "|---|---|---|"]
        warm_pipe, warm_seconds = w["pipe_in_full_s"], w["rule_seconds"]
        warm_rest = w["full_s"] - warm_pipe - sum(warm_seconds.values())
        for label, s in [*sorted(warm_seconds.items(), key=lambda kv: -kv[1]), ("rest (context, report)", warm_rest),
                         ("**rules, metrics and rest**", sum(warm_seconds.values()) + warm_rest)]:
            lines.append(f"| {label} | {s:.2f} | {s / warm_pipe:.1%} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=10, help="copies of the examples for the second line")
    parser.add_argument("--cold", type=int, default=5, help="cold-start runs")
    parser.add_argument("--jobs", action="store_true", help="also time --jobs 1 against --jobs 2 on 500 files")
    parser.add_argument("--jobs-pairs", type=int, default=3, help="runs of --jobs 1 and --jobs 2, in turn")
    parser.add_argument("--quick", action="store_true", help="varied text only (no cold start, memory, repeats)")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N varied texts")
    parser.add_argument("--warm", action="store_true",
                        help="check the varied texts a second time in the same process: what rules and metrics "
                             "cost per token when every per-word cache is warm")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not LETTERS.is_dir() or not UD_TEST.is_file():
        print(f"data not found: {LETTERS} and {UD_TEST}", file=sys.stderr)
        return 2

    result: dict = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "command": "python3 " + " ".join(["benchmarks/speed.py", *sys.argv[1:]]),
        "load_before": load_average(),
    }
    # the tables a start keeps per user (duidelijk.datacache: the vectors' key table, the
    # compiled tokenizer expressions, word tables) are made once, by an untimed check in a
    # process of its own: the model load below is a start as every start after the first
    # one has it (other clones or installs on the machine may have pushed them out)
    subprocess.run([sys.executable, "-m", "duidelijk.cli", "check", "--no-cache", str(ONE_PAGE)],
                   env=_env(), cwd=ROOT, capture_output=True)
    t0 = time.perf_counter()
    from duidelijk.model import load_pipeline

    nlp = load_pipeline()
    result["load_s"] = time.perf_counter() - t0

    import spacy

    from duidelijk.analysis import analyse
    from duidelijk.config import Config
    from duidelijk.readers import text_document

    result["machine"] += f", spaCy {spacy.__version__}, model {nlp.meta.get('version')}"
    config = Config()
    # warm up what every check loads once (word lists, tables) on a short text of its own
    list(analyse([text_document("Wij sturen u binnenkort een brief over uw aanvraag.")], config, nlp))

    labelled = varied_documents()
    if args.limit:
        labelled = labelled[: args.limit]
    result["varied"] = measure_varied(nlp, config, labelled)
    if args.warm:
        result["warm"] = measure_varied(nlp, config, labelled)
    if not args.quick:
        result["repeated"] = measure_repeated(nlp, config, args.repeat)
        result["cold"] = measure_cold(args.cold)
        result["memory"] = measure_memory()
    if args.jobs:
        result["jobs"] = measure_jobs(args.jobs_pairs)
    result["load_after"] = load_average()

    print(markdown(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
