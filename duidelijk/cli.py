"""The ``duidelijk`` command line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from duidelijk import __version__
from duidelijk.config import Config, ConfigError
from duidelijk.findings import Severity

DEFAULT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
FORMATS = ["text", "json", "sarif", "github", "rdjsonl"]


def supported_suffixes() -> set[str]:
    """File types found in folders; the readers package may know more than text and Markdown."""
    try:
        from duidelijk import readers

        found = getattr(readers, "SUPPORTED_SUFFIXES", None)
    except Exception:  # pragma: no cover - a reader under construction
        found = None
    return {s.lower() for s in found} if found else set(DEFAULT_SUFFIXES)


# kept for old callers: the file types of the first version
SUPPORTED = DEFAULT_SUFFIXES


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def fail(message: str) -> None:
    click.echo(f"duidelijk: {message}", err=True)
    sys.exit(2)


def collect(paths, resolver=None, force_exclude: bool = False) -> list[tuple[str, object]]:
    """(file, settings) to check: given files, and files of the right type in given folders.

    Folders are searched recursively; ``exclude`` globs skip files and folders, ``include``
    globs choose the file types. A file named on the command line is always checked, unless
    ``force_exclude`` is on (as in pre-commit, which names every changed file).
    """
    from duidelijk.configfile import DEFAULT_EXCLUDE, ConfigResolver, excluded, included

    resolver = resolver or ConfigResolver()
    suffixes = supported_suffixes()
    out: list[tuple[str, object]] = []
    seen: set[str] = set()

    def add(path: str, config) -> None:
        key = path if path == "-" else os.path.abspath(path)
        if key not in seen:
            seen.add(key)
            out.append((path, config))

    for raw in paths:
        p = Path(raw)
        if raw == "-":
            add(raw, resolver.for_folder(Path.cwd()))
        elif p.is_dir():
            # a folder that cannot be opened is reported as a file that cannot be read, not
            # skipped without a word (os.walk's default); os.walk calls onerror when it comes to
            # that folder, so its report stands in its sorted place among the files
            def locked(err: OSError) -> None:
                if err.filename is not None:
                    folder = os.fsdecode(err.filename)
                    add(folder, resolver.for_folder(folder))

            for folder, dirs, names in os.walk(p, onerror=locked):
                fconf = resolver.for_folder(folder)
                dirs[:] = sorted(
                    d for d in dirs
                    if d not in DEFAULT_EXCLUDE and not excluded(Path(folder) / d, fconf)
                )
                for name in sorted(names):
                    f = Path(folder) / name
                    try:
                        config = resolver.for_path(f)
                        wanted = included(f, config, suffixes) and not excluded(f, config)
                    except (OSError, RuntimeError):  # a path that cannot be resolved (a symlink loop)
                        config, wanted = fconf, True  # reported as a file that cannot be read
                    if wanted:
                        add(str(f), config)
        else:
            try:
                config = resolver.for_path(p)
                if force_exclude and excluded(p, config):
                    continue
            except (OSError, RuntimeError):  # a path that cannot be resolved (a symlink loop)
                config = resolver.for_folder(os.path.dirname(os.path.abspath(raw)))
            add(raw, config)
    return out


# --- git ------------------------------------------------------------------------------

def changed_files(ref: str) -> set[str]:
    """Absolute paths of files changed since ``ref`` (from where the branch left it), plus new files."""
    import subprocess

    def git(*args: str) -> str:
        proc = subprocess.run(["git", *args], capture_output=True, text=True)
        if proc.returncode != 0:
            raise click.UsageError(proc.stderr.strip())
        return proc.stdout

    try:
        top = git("rev-parse", "--show-toplevel").strip()
    except (click.UsageError, FileNotFoundError):
        fail("--changed-since werkt alleen in een git-repository. Deze map is geen git-repository.")
    try:
        git("rev-parse", "--verify", "--quiet", ref + "^{commit}")
    except click.UsageError:
        fail(f"'{ref}' is geen bekende versie in git. Kies bijvoorbeeld origin/main of HEAD~1.")
    try:
        base = git("merge-base", ref, "HEAD").strip() or ref
    except click.UsageError:
        base = ref
    names = git("diff", "--name-only", "--diff-filter=d", "-z", base, "--").split("\0")
    names += git("ls-files", "--others", "--exclude-standard", "--full-name", "-z", top).split("\0")
    return {os.path.realpath(os.path.join(top, n)) for n in names if n}


# --- running the analysis (in this process or in a pool of processes) ------------------

def _work(batch: list[tuple[str, object]], entries: bool = False) -> list[dict]:
    """Analyse files; runs in a worker process too (each loads the pipeline once). With
    ``entries`` each file's entry of the JSON report is written here too (``json_entry``)."""
    from duidelijk import check_files, debugging
    from duidelijk.baseline import add_fingerprints
    from duidelijk.cache import report_to_data
    from duidelijk.formatters.json_format import entry

    out: list[dict | None] = [None] * len(batch)
    groups: dict[str, list[int]] = {}
    for i, (_, config) in enumerate(batch):
        groups.setdefault(config.key(), []).append(i)
    for idx in groups.values():
        config = batch[idx[0]][1]
        paths = [batch[i][0] for i in idx]
        try:
            found = check_files(paths, config)
        except Exception:
            # an error in duidelijk on one file: the others are checked, each on its own
            if debugging():
                raise
            found = _check_each(paths, config)
        for i, report in zip(idx, found):
            if report.error is None:
                add_fingerprints(report)
            out[i] = report_to_data(report)
            if entries:
                out[i]["json_entry"] = entry(report)
    return out  # type: ignore[return-value]


def _check_each(paths: list[str], config) -> list:
    """The reports of files whose check together failed, each checked on its own. A file
    whose check fails again gets the error ``check-failed``; its message says that the other
    files were checked only when one of them was."""
    found = [_check_alone(path, config) for path in paths]
    if any(not _failed_check(report) for report in found):
        for report in found:
            if _failed_check(report):
                report.error["message"] += " " + OTHERS_CHECKED
    return found


OTHERS_CHECKED = "duidelijk heeft de andere bestanden wel gecontroleerd."


def _failed_check(report) -> bool:
    return report.error is not None and report.error.get("code") == "check-failed"


def _check_alone(path: str, config):
    """The report of one file; when the check itself fails, a report with the error
    ``check-failed`` (nothing about the text)."""
    from duidelijk import check_files, debugging
    from duidelijk.analysis import Report
    from duidelijk.readers import check_failed

    try:
        return check_files([path], config)[0]
    except Exception as err:
        if debugging():
            raise
        return Report(path, error=check_failed(err).to_dict())


def _keep_freed_memory() -> None:
    """Let this process keep memory it frees for its next files (glibc's malloc only).

    The parser allocates and frees arrays of a few hundred kB to a few MB for every batch:
    by default malloc gives them back to the system at once and asks again for the next
    batch, and every new page costs a page fault (about 220,000 faults on 500 files, 1.4 s
    of system time). With these limits freed memory stays in the process up to a bound,
    which a check of many files reuses. Memory use of one check grows by at most the bounds.
    Other systems: nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        return
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    m_trim_threshold, m_top_pad, m_mmap_threshold = -1, -2, -3
    mallopt(m_mmap_threshold, MALLOC_MMAP_THRESHOLD)
    mallopt(m_trim_threshold, MALLOC_TRIM_THRESHOLD)
    mallopt(m_top_pad, MALLOC_TOP_PAD)


MALLOC_MMAP_THRESHOLD = 32 * 2**20  # blocks from 32 MB up get memory of their own (mmap)
MALLOC_TRIM_THRESHOLD = 128 * 2**20  # free memory at the top of the heap kept up to 128 MB
MALLOC_TOP_PAD = 16 * 2**20  # the heap grows 16 MB at a time


def _init_worker(models: list) -> None:
    from duidelijk.model import load_pipeline

    for name in models:
        load_pipeline(name)


def _progress(total: int):
    show = total >= 10 and sys.stdout.isatty() and sys.stderr.isatty() and not os.environ.get("CI")
    if not show:
        return None
    from tqdm import tqdm

    # no monitor thread (tqdm's default starts one): a process with a second thread allocates
    # memory more slowly (see ``_worker``), and --jobs workers forked from it keep that
    tqdm.monitor_interval = 0
    return tqdm(total=total, file=sys.stderr, unit="bestand", desc="duidelijk", leave=False)


def _lanes(pending: list[int], paths: list[str], jobs: int) -> list[list[int]]:
    """The files split into ``jobs`` lanes, one per worker: runs of neighbouring files, in
    the order they were found (so from the same folder, with names alike), of about the same
    size in bytes.

    A worker meets every word of its files for the first time on its own (spaCy's lexeme,
    the word's frequency, compound parts, verdicts): in two workers each word that both
    meet costs twice. Neighbouring files share more of their words than files picked across
    the whole list, so with a run each the workers meet fewer words twice. A byte of one file
    is not as much work as a byte of another: ``_Plan`` evens out the rest."""
    def size(path: str) -> int:
        try:
            return os.path.getsize(path)
        except OSError:
            return 0

    weights = [size(path) + 256 for path in paths]  # 256: what a file costs besides its text
    total = sum(weights)
    lanes: list[list[int]] = [[] for _ in range(jobs)]
    done = 0
    for k, weight in enumerate(weights):
        lanes[min(jobs - 1, (2 * done + weight) * jobs // (2 * total))].append(pending[k])  # by its middle
        done += weight
    return lanes


# Files checked together in one call (``_work``), with --jobs 1 and in each --jobs worker.
# Each call has a cost of its own besides its files (the pipeline's batch, the rules' set-up
# per call): a worker with batches of 8 spent 0.1-0.25 s more CPU on the 500 files of
# ``speed.py --jobs`` than with batches of 16, as many as --jobs 1 takes.
BATCH_FILES = 16


class _Plan:
    """Which files a worker gets next: a batch from the front of its own lane (``_lanes``),
    of up to ``BATCH_FILES`` files and fewer as the end nears; when its own lane is done, the last files of
    the lane with the most files left (the files furthest from where that lane's worker is,
    in one run), so that the workers end at about the same time."""

    def __init__(self, lanes: list[list[int]]):
        from collections import deque

        self.lanes = [deque(lane) for lane in lanes]

    def take(self, lane: int) -> list[int]:
        left = sum(len(files) for files in self.lanes)
        size = max(1, min(BATCH_FILES, left // (2 * len(self.lanes))))
        own = self.lanes[lane]
        if own:
            return [own.popleft() for _ in range(min(size, len(own)))]
        other = max(self.lanes, key=len)
        batch = [other.pop() for _ in range(min(size, len(other)))]
        return batch[::-1]


def _worker(conn, models: list, entries: bool, parent_ends: list = ()) -> None:
    """A worker process: checks the batches the parent sends until it sends None. The
    collector is paused during the first batch (which loads the word lists and tables, as
    with ``--jobs 1``); what that made is then frozen with what the worker inherited.

    A worker has one thread only: the parent sends each batch from a thread of its own
    (``_run_workers``), so neither side waits for the other when batches or results are
    larger than a pipe holds. A second thread in the worker, even one that only waits,
    makes every memory allocation of the process take a lock (glibc's malloc has a faster
    path while a process has one thread): 3-5 % more CPU for the whole check."""
    import gc
    import signal

    # Ctrl-C is for the parent, which stops every worker (the signal is blocked while the
    # workers start, and stays so until it is ignored here)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    # the parent's ends of the pipes, which a forked worker inherits: closed here, so that a
    # worker sees its pipe end when the parent stops in any way (killed too) and ends itself
    for end in parent_ends:
        end.close()
    _init_worker(models)
    paused = gc.isenabled()
    gc.disable()
    try:
        while True:
            batch = conn.recv()
            if batch is None:
                break
            try:
                answer = ("ok", _work(batch, entries))
            except Exception as err:  # the parent stops the check and says so
                answer = ("error", f"{type(err).__name__}: {err}")
            conn.send(answer)
            if paused:
                paused = False
                gc.freeze()
                gc.enable()
    except (EOFError, OSError):  # the parent stopped (Ctrl-C is ignored here, see above)
        pass


class WorkerError(RuntimeError):
    """A worker process stopped while checking files."""


class BatchFailed(RuntimeError):
    """The check of a batch failed in a worker (an error in duidelijk, not a stopped process)."""


class SendFailed(RuntimeError):
    """A batch could not be sent to a worker (an error in duidelijk, raised from the error of
    the sending thread): the check stops."""


SEND_FAILED = ("er ging iets mis bij het doorgeven van de bestanden aan een hulpproces ({name}). "
               "De controle is gestopt. Probeer het opnieuw zonder --jobs, en meld dit aan de beheerder.")


def _run_workers(items: list, lanes: list[list[int]], models: list, done, entries: bool) -> None:
    """Check the files of ``lanes`` in one worker process per lane (fork where the system has
    it: each worker inherits the loaded pipeline), calling ``done(batch, results)`` for every
    batch. Each worker has its next batch waiting while it checks one: a thread of this
    process sends it (``_send_batches``), so that this process reads results while a large
    batch waits in a pipe."""
    import multiprocessing
    import queue
    import signal
    import threading
    from multiprocessing.connection import wait

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    ctx = multiprocessing.get_context(method)
    if method == "fork":
        import gc

        # what the workers inherit (pipeline, word lists) is left out of their garbage
        # collection: no time spent on it, and its memory stays shared. It stays frozen in
        # this process: it lives until the process ends.
        gc.freeze()
    plan = _Plan(lanes)
    workers = []
    senders: list = []
    failures: list[BaseException] = []  # what stopped a sending thread (``_send_batches``)
    outboxes: list = []
    finished = False
    # no Ctrl-C while the workers start: it comes after, where ``finally`` stops them all
    blocked = hasattr(signal, "pthread_sigmask")
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        try:
            for _ in lanes:
                here, there = ctx.Pipe()
                ends = [conn for _, conn, _ in workers] + [here] if method == "fork" else []
                proc = ctx.Process(target=_worker, args=(there, [m or None for m in models], entries, ends),
                                   daemon=True)
                proc.start()
                there.close()
                workers.append((proc, here, []))
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        # the senders start after the last fork: a worker is forked from a process with one thread
        for proc, conn, _ in workers:
            outboxes.append(queue.SimpleQueue())
            sender = threading.Thread(target=_send_batches, args=(conn, outboxes[-1], proc, failures),
                                      daemon=True)
            sender.start()
            senders.append(sender)

        def send(lane: int) -> None:
            batch = plan.take(lane)
            if batch:
                # a worker that stopped is seen below (its pipe ends, or its process);
                # its unsent files are checked elsewhere
                outboxes[lane].put([items[i] for i in batch])
                workers[lane][2].append(batch)

        def stopped(message: str) -> Exception:
            # a worker that a failing sender stopped: the sender's error, not a stopped process
            if failures:
                error = SendFailed(f"{type(failures[0]).__name__}: {failures[0]}")
                error.__cause__ = failures[0]
            else:
                error = WorkerError(message)
            error.__suppress_context__ = True  # the pipe's end (EOFError) says nothing more
            return error

        for lane in range(len(workers)):
            send(lane)
            send(lane)
        while any(waiting for _, _, waiting in workers):
            busy = [lane for lane, (_, _, waiting) in enumerate(workers) if waiting]
            ready = wait([workers[lane][1] for lane in busy] + [workers[lane][0].sentinel for lane in busy])
            for lane in busy:
                proc, conn, waiting = workers[lane]
                if conn in ready:
                    try:
                        kind, results = conn.recv()
                    except (EOFError, OSError):
                        raise stopped("a worker process stopped")  # its cause is set there
                    if kind != "ok":
                        raise BatchFailed(results)
                    batch = waiting.pop(0)
                    send(lane)  # before the results are read in: the worker has its next batch
                    done(batch, results)
                elif proc.sentinel in ready:
                    raise stopped(f"a worker process stopped (exit code {proc.exitcode})")
        finished = True
    finally:
        for outbox in outboxes:
            outbox.put(None)  # after its last batch: the worker ends
        for proc, _, _ in workers:
            if not finished:
                proc.terminate()  # stopped by an error: its work is not needed (a sender
                # still writing to it then stops too: the pipe has no reader any more)
        for sender in senders:
            sender.join()
        for proc, conn, _ in workers:
            conn.close()
            proc.join()


def _send_batches(conn, outbox, proc, failures: list) -> None:
    """Thread of ``_run_workers``: writes the batches of one worker to its pipe, in order,
    until None (sent too: the worker then ends) or until the worker stopped. Any other error
    (a batch that cannot be pickled, no memory, ...) goes into ``failures`` and stops the
    worker: the parent, waiting for its results, sees it stop and raises ``SendFailed``
    instead of waiting for ever."""
    while True:
        batch = outbox.get()
        try:
            conn.send(batch)
        except OSError:  # the worker stopped; ``_run_workers`` sees it and says so
            return
        except BaseException as err:
            failures.append(err)
            proc.terminate()
            return
        if batch is None:
            return


def run_files(items: list[tuple[str, object]], jobs: int = 1, cache=None, entries: bool = False) -> list:
    """One report per (path, config), in order; cached results are used where possible. With
    ``entries`` each checked file's report has its entry of the JSON report (``json_entry``),
    written where the file was checked: by the workers with ``--jobs``."""
    from duidelijk.cache import file_key, report_from_data
    from duidelijk.model import ModelError, load_pipeline

    reports: list = [None] * len(items)
    keys: list[str | None] = [None] * len(items)
    pending: list[int] = []
    for i, (path, config) in enumerate(items):
        if cache is not None and cache.enabled:
            try:
                data = Path(path).read_bytes()
            except OSError:
                data = None
            if data:
                keys[i] = file_key(data, Path(path).suffix, config)
                hit = cache.get(keys[i])
                if hit is not None:
                    reports[i] = report_from_data(hit, path)
                    continue
        pending.append(i)
    if not pending:
        return reports
    models = sorted({items[i][1].model or "" for i in pending})
    _keep_freed_memory()
    try:
        for name in models:
            load_pipeline(name or None)
    except ModelError as err:
        fail(str(err))
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    jobs = min(jobs, len(pending))
    bar = _progress(len(pending))

    def done(batch: list[int], results: list[dict]) -> None:
        for i, data in zip(batch, results):
            text = data.pop("json_entry", None)
            reports[i] = report_from_data(data, items[i][0])
            if text is not None:
                reports[i].json_entry = text
            if cache is not None and keys[i] and not data.get("error"):
                cache.put(keys[i], data)
        if bar is not None:
            bar.update(len(batch))

    try:
        if jobs <= 1:
            for k in range(0, len(pending), BATCH_FILES):
                batch = pending[k : k + BATCH_FILES]
                done(batch, _work([items[i] for i in batch], entries))
                # after the first batch: what its first sight of the word lists and tables
                # loaded is frozen with the start (``_resume_gc``)
                _resume_gc()
        else:
            _resume_gc()
            try:
                _run_workers(items, _lanes(pending, [items[i][0] for i in pending], jobs), models, done, entries)
            except SendFailed as err:
                fail(SEND_FAILED.format(name=type(err.__cause__).__name__))
            except WorkerError:
                # nothing is lost: the files no worker finished are checked here, one by one
                notice = ("duidelijk: een hulpproces stopte onverwacht. duidelijk controleert de "
                          "andere bestanden nu zelf.")
                if bar is not None:
                    bar.write(notice, file=sys.stderr)  # under the progress bar, not through it
                else:
                    click.echo(notice, err=True)
                for i in [i for i in pending if reports[i] is None]:
                    done([i], _work([items[i]], entries))
    finally:
        if bar is not None:
            bar.close()
    return reports


def _stdin_report(config):
    from duidelijk.analysis import Report, analyse
    from duidelijk.baseline import add_fingerprints
    from duidelijk.model import ModelError, load_pipeline
    from duidelijk.readers import ReadError, read_stream

    try:
        nlp = load_pipeline(config.model)
    except ModelError as err:
        fail(str(err))
    _resume_gc()
    try:
        doc = read_stream(sys.stdin.buffer, "-", config.placeholders)
        report = next(analyse([doc], config, nlp))
        add_fingerprints(report)
        return report
    except ReadError as err:
        return Report("-", error=err.to_dict())


def gather(paths, *, config_path=None, select=(), ignore=(), extend_select=(), model=None,
           fail_on=None, max_warnings=None, isolated=False, jobs=1, no_cache=False, cache_dir=None,
           changed_since=None, force_exclude=False, verbose=False, any_language=False, json_entries=False):
    """Settings, files and reports for ``check`` and ``baseline`` (``json_entries``: see
    ``run_files``)."""
    from duidelijk.cache import CACHE_DIR, ResultCache
    from duidelijk.configfile import ConfigResolver

    settings: dict = {}
    if fail_on:
        settings["fail-on"] = fail_on
    if max_warnings is not None:
        settings["max-warnings"] = max_warnings
    if select:
        settings["select"] = _split(select)
    if ignore:
        settings["ignore"] = _split(ignore)
    if extend_select:
        settings["extend-select"] = _split(extend_select)
    if model:
        settings["model"] = model
    if any_language:
        settings["language_check"] = False
    try:
        resolver = ConfigResolver(settings, config_path, isolated=isolated)
        items = collect(paths, resolver, force_exclude=force_exclude)
    except ConfigError as err:
        fail(str(err))
    if changed_since:
        changed = changed_files(changed_since)
        items = [(p, c) for p, c in items if p == "-" or os.path.realpath(p) in changed]
        if not items:
            return [], []
    if not items:
        fail("Er zijn geen bestanden gevonden om te controleren.")
    cache = ResultCache(cache_dir or os.environ.get("DUIDELIJK_CACHE_DIR") or CACHE_DIR, enabled=not no_cache)
    disk = [(p, c) for p, c in items if p != "-"]
    by_index = iter(run_files(disk, jobs, cache, entries=json_entries))
    # standard input loads the pipeline itself (_stdin_report resumes after it)
    reports = [_stdin_report(c) if p == "-" else next(by_index) for p, c in items]
    _resume_gc()  # also when every file came from the cache
    if verbose:
        where = f" ({cache.folder})" if cache.enabled else " (zonder cache)"
        click.echo(f"duidelijk: {len(disk)} bestanden, {cache.hits} uit de cache{where}.", err=True)
    return items, reports


def common_options(func):
    options = [
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="Dit instellingenbestand gebruiken (in plaats van het dichtstbijzijnde)."),
        click.option("--isolated", is_flag=True, help="Geen instellingenbestanden gebruiken."),
        click.option("--model", default=None, help="Naam of map van een ander spaCy-taalmodel."),
        click.option("--select", multiple=True,
                     help="Alleen deze regels of categorieën (komma's mogen). ALL: alle regels."),
        click.option("--extend-select", multiple=True,
                     help="Deze regels of categorieën ook gebruiken, naast de standaardregels."),
        click.option("--ignore", multiple=True, help="Deze regels of categorieën overslaan."),
        click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Zoveel bestanden tegelijk controleren (0: één per processor)."),
        click.option("--no-cache", is_flag=True, help="Geen uitkomsten uit .duidelijk_cache/ gebruiken."),
        click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
                     help="Map voor de cache (standaard .duidelijk_cache/)."),
        click.option("--changed-since", metavar="REF", default=None,
                     help="Alleen bestanden die sinds deze git-versie zijn veranderd (bijvoorbeeld origin/main)."),
        click.option("--verbose", "-v", is_flag=True, help="Toon hoeveel bestanden uit de cache komen."),
        click.option("--any-language", is_flag=True,
                     help="Ook teksten controleren die niet Nederlands lijken."),
        click.option("--force-exclude", is_flag=True,
                     help="'exclude' ook gebruiken voor bestanden die u zelf noemt (voor pre-commit)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="duidelijk", message="%(prog)s %(version)s")
def cli() -> None:
    """duidelijk controleert of een brief duidelijk is voor lezers op taalniveau B1."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", help="Vorm van de uitvoer.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]), default=None,
              help="Vanaf welk niveau de uitkomst 1 is (standaard: error).")
@click.option("--max-warnings", type=click.IntRange(min=0), default=None,
              help="De uitkomst is 1 als er meer waarschuwingen zijn dan dit aantal.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), default=None,
              help="Alleen meldingen die niet in dit baseline-bestand staan.")
@click.option("--color/--no-color", default=None, help="Kleur in de uitvoer.")
@common_options
def check(paths, fmt, fail_on, max_warnings, baseline_path, color, config_path, isolated, model,
          select, extend_select, ignore, jobs, no_cache, cache_dir, changed_since, verbose,
          any_language, force_exclude) -> None:
    """Controleer bestanden of mappen (of - voor invoer via stdin)."""
    from duidelijk.formatters import FORMATTERS

    _quick_exit[0] = True

    baseline = None
    if baseline_path:
        from duidelijk.baseline import Baseline

        try:
            baseline = Baseline(baseline_path)
        except ConfigError as err:
            fail(str(err))
    items, reports = gather(
        paths, config_path=config_path, select=select, ignore=ignore, extend_select=extend_select,
        model=model, fail_on=fail_on, max_warnings=max_warnings, isolated=isolated, jobs=jobs,
        no_cache=no_cache, cache_dir=cache_dir, changed_since=changed_since,
        force_exclude=force_exclude, verbose=verbose, any_language=any_language,
        # the JSON report's entries written while the files are checked (not when a baseline
        # takes findings out afterwards)
        json_entries=fmt == "json" and baseline is None,
    )
    if not items:
        click.echo("duidelijk: er zijn geen veranderde bestanden om te controleren.", err=True)
    if any((r.error or {}).get("code") == "not-dutch" for r in reports):
        # the reader's message is the web page's too: only here is there an option for it
        click.echo("duidelijk: is een tekst toch Nederlands? Controleer hem dan met --any-language.", err=True)
    if baseline is not None:
        for report in reports:
            baseline.filter(report)
    use_color = sys.stdout.isatty() if color is None else color
    output = FORMATTERS[fmt](reports, color=use_color)
    if output.strip() or fmt not in {"text"}:
        click.echo(output, nl=False)
    sys.exit(exit_code(items, reports, max_warnings))


def exit_code(items, reports, max_warnings=None) -> int:
    """2 if a file could not be read; 1 if a finding reaches ``fail-on`` or there are too many
    warnings (``max-warnings``); otherwise 0."""
    if any(r.error for r in reports):
        return 2
    failed = False
    warnings = 0
    limit = max_warnings
    for (_, config), report in zip(items, reports):
        for f in report.findings:
            if f.severity.rank >= config.fail_on.rank:
                failed = True
            if f.severity == Severity.WARNING:
                warnings += 1
        if limit is None and config.max_warnings is not None:
            limit = config.max_warnings
    if limit is not None and warnings > limit:
        failed = True
    return 1 if failed else 0


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="duidelijk-baseline.json",
              show_default=True, help="Hier komt de baseline.")
@common_options
def baseline(paths, output, config_path, isolated, model, select, extend_select, ignore, jobs,
             no_cache, cache_dir, changed_since, verbose, any_language, force_exclude) -> None:
    """Schrijf alle meldingen van nu naar een baseline-bestand.

    Met 'duidelijk check --baseline BESTAND' ziet u daarna alleen nieuwe meldingen.
    """
    from duidelijk.baseline import write

    items, reports = gather(
        paths, config_path=config_path, select=select, ignore=ignore, extend_select=extend_select,
        model=model, isolated=isolated, jobs=jobs, no_cache=no_cache, cache_dir=cache_dir,
        changed_since=changed_since, force_exclude=force_exclude, verbose=verbose,
        any_language=any_language,
    )
    try:
        count = write(reports, output)
    except OSError as err:
        import errno

        if err.errno in (errno.ENOSPC, errno.EDQUOT):
            fail(f"De schijf is vol. duidelijk kan het bestand '{output}' niet schrijven. "
                 "Maak ruimte vrij en probeer het opnieuw.")
        fail(f"duidelijk kan het bestand '{output}' niet schrijven. Bestaat de map, en mag u daar schrijven?")
    failed = sum(1 for r in reports if _failed_check(r))
    unreadable = sum(1 for r in reports if r.error) - failed
    click.echo(f"duidelijk: {count} meldingen in {len(reports)} bestanden bewaard in {output}.")
    if unreadable:
        click.echo(f"duidelijk kon {_files(unreadable)} niet lezen.", err=True)
    if failed:
        click.echo(f"Bij {_files(failed)} ging de controle mis in duidelijk. Dat ligt niet aan u. "
                   "Meld dit aan de beheerder.", err=True)
    if unreadable or failed:
        sys.exit(2)


def _files(n: int) -> str:
    return "1 bestand" if n == 1 else f"{n} bestanden"


@cli.command()
def rules() -> None:
    """Toon alle regels."""
    from duidelijk.formatters.positions import all_rule_classes

    rules = all_rule_classes()
    for rule in rules:
        state = "aan" if rule.default else "uit"
        click.echo(f"{rule.code}  {rule.name:<22} {rule.category:<16} {rule.severity.value:<10} {state:<4}"
                   f"{rule.doc.what}")
    off = [rule.code for rule in rules if not rule.default]
    if off:
        click.echo(f"\nRegels met 'uit' staan standaard uit. Zet ze aan met --extend-select {off[0]}, "
                   "of met extend-select in de instellingen.")


@cli.command()
@click.argument("code")
def explain(code: str) -> None:
    """Leg een regel uit."""
    from duidelijk.docs import rule_text
    from duidelijk.rules import REGISTRY, load_rules
    from duidelijk.suppress import META_RULES

    load_rules()
    rule = REGISTRY.get(code.upper()) or META_RULES.get(code.upper())
    if rule is None:
        fail(f"Er is geen regel '{code}'. Kijk met 'duidelijk rules' welke regels er zijn.")
    click.echo(rule_text(rule))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--model", default=None, help="Naam of map van een ander spaCy-taalmodel.")
def info(fmt: str, model: str | None) -> None:
    """Toon de versie en het taalmodel."""
    from duidelijk.model import ModelError, load_pipeline, model_info

    try:
        nlp = load_pipeline(model)
    except ModelError as err:
        fail(str(err))
    data = {"duidelijk": {"version": __version__}, "model": model_info(nlp)}
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    m = data["model"]
    click.echo(f"duidelijk {__version__}")
    click.echo(f"taalmodel: {m['name']} {m['version']} ({m['path']})")
    for key, value in (m.get("accuracy") or {}).items():
        if isinstance(value, (int, float)):
            click.echo(f"  {key}: {value:.3f}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Adres om op te luisteren.")
@click.option("--port", default=5000, show_default=True, type=int, help="Poort om op te luisteren.")
def serve(host: str, port: int) -> None:
    """Start de webpagina (om te testen; gebruik waitress voor echt gebruik)."""
    from duidelijk.web import create_app  # Flask is only loaded for this command

    app = create_app()
    click.echo(f"duidelijk draait op http://{host}:{port}/ (stoppen: Ctrl+C)")
    app.run(host=host, port=port, debug=False, use_reloader=False)


@cli.group()
def users() -> None:
    """Accounts voor het meelezen door taalambassadeurs (zie docs/review.md)."""


@users.command("add")
@click.argument("gebruikersnaam")
@click.option("--naam", default=None, help="Naam zoals anderen die zien.")
@click.option("--rol", "role", type=click.Choice(["schrijver", "taalambassadeur", "beheerder"]), required=True)
@click.option("--team", default=None, help="Naam van het team (wordt gemaakt als het er nog niet is).")
@click.option("--wachtwoord", "password", default=None,
              help="Wachtwoord; zonder deze optie vraagt duidelijk erom (of leest DUIDELIJK_PASSWORD).")
@click.option("--database", default=None, help="Adres van de database (standaard: DATABASE_URL of duidelijk.db).")
def users_add(gebruikersnaam: str, naam: str | None, role: str, team: str | None, password: str | None,
              database: str | None) -> None:
    """Maak een account, bijvoorbeeld de eerste beheerder."""
    from duidelijk.review.auth import AccountError, create_user
    from duidelijk.review.db import Database
    from duidelijk.review.service import audit

    password = password or os.environ.get("DUIDELIJK_PASSWORD") or click.prompt(
        "Wachtwoord", hide_input=True, confirmation_prompt=True)
    db = Database(database)
    with db.session() as session:
        try:
            user = create_user(session, gebruikersnaam, naam or gebruikersnaam, password, role, team)
        except AccountError as err:
            fail(str(err))
        audit(session, None, "user-add", f"user:{user.id}", user.team_id, f"{user.role} (opdrachtregel)")
        session.commit()
        click.echo(f"Account '{user.username}' gemaakt ({role}).")
    db.dispose()


@users.command("list")
@click.option("--database", default=None, help="Adres van de database (standaard: DATABASE_URL of duidelijk.db).")
def users_list(database: str | None) -> None:
    """Toon alle accounts."""
    from sqlalchemy import select

    from duidelijk.review.auth import ROLE_LABELS
    from duidelijk.review.db import Database
    from duidelijk.review.models import User

    db = Database(database)
    with db.session() as session:
        for u in session.scalars(select(User).order_by(User.username)):
            team = u.team.name if u.team else "-"
            state = "" if u.active else " (uit)"
            click.echo(f"{u.username}\t{ROLE_LABELS[u.role]}\t{team}{state}")
    db.dispose()


@cli.command("words")
@click.argument("team")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Schrijf naar dit bestand in plaats van naar het scherm.")
@click.option("--database", default=None, help="Adres van de database (standaard: DATABASE_URL of duidelijk.db).")
def words(team: str, output: str | None, database: str | None) -> None:
    """Geef de goedgekeurde woorden van een team (naam of nummer) als instellingen.

    Zet ze in pyproject.toml of .duidelijk.toml. Het is hetzelfde als de download op de
    pagina Woorden."""
    from sqlalchemy import select

    from duidelijk.review.db import Database
    from duidelijk.review.models import Team
    from duidelijk.review.service import export_toml

    db = Database(database)
    with db.session() as session:
        name = " ".join(team.split())
        row = session.get(Team, int(name)) if name.isdigit() else session.scalar(select(Team).where(Team.name == name))
        if row is None:
            teams = ", ".join(session.scalars(select(Team.name).order_by(Team.name))) or "geen"
            db.dispose()
            fail(f"Het team '{name}' bestaat niet. Teams: {teams}.")
        text = export_toml(session, row.id)
    db.dispose()
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError:
            fail(f"duidelijk kan niet schrijven naar {output}. Bestaat de map, en mag u daar schrijven?")
        click.echo(f"Woorden van team {row.name} geschreven naar {output}.")
    else:
        click.echo(text, nl=False)


@cli.command()
@click.option("--days", "days", type=click.IntRange(min=0), default=None,
              help="Bewaartermijn in dagen (standaard DUIDELIJK_RETENTION_DAYS of 90).")
@click.option("--database", default=None, help="Adres van de database (standaard: DATABASE_URL of duidelijk.db).")
def retention(days: int | None, database: str | None) -> None:
    """Haal bewaarde brieven weg die ouder zijn dan de bewaartermijn (voor cron)."""
    from duidelijk.review.db import Database
    from duidelijk.review.service import purge_old, retention_days

    db = Database(database)
    with db.session() as session:
        n = purge_old(session, days)
        session.commit()
    db.dispose()
    click.echo(f"{n} brieven weggehaald (ouder dan {retention_days(days)} dagen).")


def main() -> None:
    if sys.argv[1:2] in (["check"], ["baseline"]):
        _pause_gc()
    try:
        # click's own ending (standalone mode), but with a Dutch message for Ctrl-C
        # instead of its "Aborted!"
        try:
            code = cli.main(standalone_mode=False)
        except (click.exceptions.Abort, KeyboardInterrupt):
            click.echo("duidelijk: gestopt, omdat u op Ctrl-C drukte.", err=True)
            sys.exit(130)
        except click.ClickException as err:
            err.show()
            sys.exit(err.exit_code)
        except OSError as err:
            import errno

            if err.errno in (errno.ENOSPC, errno.EDQUOT) and _stdout_on_full_disk(err.errno):
                _drop_output()  # what is still buffered cannot be written either
                fail("De schijf is vol. duidelijk kan de uitkomst niet wegschrijven. "
                     "Maak ruimte vrij en probeer het opnieuw.")
            if err.errno != errno.EPIPE:
                raise
            sys.exit(1)  # the reader of the output stopped (| head): nothing more to say
        sys.exit(code if isinstance(code, int) else 0)
    except SystemExit as end:
        if _quick_exit[0]:
            _leave(end.code)
        raise
    except Exception as err:  # never show a traceback to a user
        from duidelijk import debugging

        if debugging():
            raise
        click.echo(f"duidelijk: er ging iets mis ({type(err).__name__}). Meld dit aan de beheerder.", err=True)
        sys.exit(2)


def _stdout_on_full_disk(code: int) -> bool:
    """Can the error 'disk full' (``code``) come from standard output? Only when it goes to
    a file on a disk with no room left (or over its quota), or to /dev/full. Else the error
    came from elsewhere (a full /dev/shm, ...), and the output that works is kept."""
    import errno
    import stat

    try:
        fd = sys.stdout.fileno()
        st = os.fstat(fd)
        if stat.S_ISCHR(st.st_mode):
            return st.st_rdev == os.makedev(1, 7)  # /dev/full
        if not stat.S_ISREG(st.st_mode):
            return False  # a pipe or a terminal is never full
        if code == errno.EDQUOT:
            return True
        room = os.fstatvfs(fd)
        return room.f_bavail == 0 or room.f_bfree == 0
    except (OSError, ValueError, AttributeError):  # no real file behind sys.stdout
        return False


def _drop_output() -> None:
    """Standard output goes nowhere from now on: what is still buffered for it (which could
    not be written) is not tried again when the process ends (Python would print its error)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # no real file behind sys.stdout
        pass


_quick_exit = [False]  # set by a command after which the process only has to end
_gc_paused = [False]  # Python's garbage collector paused while a check starts


def _pause_gc() -> None:
    """A check's start (spaCy and the rules imported, settings read, the pipeline loaded) makes
    a few million objects that live until the process ends. Python's collector looks for
    garbage among them about 200 times while they are made (0.2-0.4 s of every start) and
    finds none worth counting. It is paused until the pipeline is loaded and, with ``--jobs 1``,
    the first batch of files is checked (which loads the word lists and tables): ``_resume_gc``.
    srsly's msgpack reader would switch it on again (``model._msgpack_leaves_gc_as_it_was``).
    A batch makes almost no garbage in cycles (about 1,000 objects in 240 files)."""
    import gc

    if gc.isenabled():
        gc.disable()
        _gc_paused[0] = True


def _resume_gc() -> None:
    """After the start: what it made is left out of later collections (``gc.freeze``), and
    the collector works as usual on what the check makes."""
    if _gc_paused[0]:
        import gc

        _gc_paused[0] = False
        gc.freeze()
        gc.enable()


def _leave(code) -> None:
    """End the process at once after a check: run the exit handlers and write out what is
    buffered, but skip Python's clean-up of every object (the pipeline, the word tables,
    the reports: 50-100 ms after one letter, more after many files), which the system does
    faster by taking back the whole process's memory."""
    import atexit

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        status = status or 1
    os._exit(status)


if __name__ == "__main__":
    main()
