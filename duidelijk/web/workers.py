"""Checks in worker processes, so the web server uses every processor core.

The web process does the HTTP work, renders the pages and keeps the result store in its own
memory, as before. Reading and checking an upload (the CPU work) runs in ``workers`` separate
processes; each loads the Dutch pipeline once, when it starts. The upload travels to the worker
and the report back through a pipe, never through a file.

Uploads that wait while every worker is busy are checked together, up to ``batch`` at a time
(``check_batch``): the parser handles several texts in one pass far more cheaply than one by one
(on a one-page letter about 45 against 26 ms of CPU per text for four at once), so a busy server
gets through more letters per second. An idle server still checks each upload at once, alone.

Each worker process has its own feeding thread here (``_Slot``), so a worker that stops or hangs
takes down only the uploads it was checking: those are tried again, each on its own, and only
an upload that stops a worker by itself gets an error (HTTP 503, in plain Dutch).

``workers=0`` reads and checks in the web process itself, one upload at a time (tests, the
development server, a machine with one core).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from duidelijk.web.store import PackedReport

log = logging.getLogger("duidelijk.web")
START_TIMEOUT = 600  # seconds for a worker to start and load the pipeline
# uploads checked together in one worker when several are waiting: two keeps the spread of
# waiting times small (load test, 8 users without pause, quiet machine: p95 0.507-0.517 s
# with two against 0.571-0.581 s with four, at the same uploads per second; docs/benchmarks.md)
MAX_BATCH = 2
BATCH_BYTES = 64 * 1024  # a larger upload is checked on its own, so small ones never wait for it
TRIES = 2  # runs of an upload on a worker that stopped before it counts as the cause


class CheckFailed(Exception):
    """The check could not run (a worker stopped, it took too long, or the analysis itself
    failed); ``code`` says which."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def _watch_parent(parent: int, interval: float = 1.0) -> None:
    """Stop this worker when the web process is gone (killed, or stopped without clean-up),
    so no worker with a loaded model stays behind. A thread that looks every ``interval``
    seconds: only where ``_signal_on_parent_death`` cannot be used."""
    while True:
        time.sleep(interval)
        if os.getppid() != parent:
            os._exit(0)


PARENT_GONE_SIGNAL = "SIGUSR2"  # what Linux sends this worker when its parent ends (PR_SET_PDEATHSIG)
_PR_SET_PDEATHSIG = 1


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (or is a zombie nobody has waited for)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it runs, under another user
        return True
    return True


def _signal_on_parent_death(parent: int) -> bool:
    """Have Linux send this worker a signal when its parent ends (``prctl(PR_SET_PDEATHSIG)``),
    and stop the worker on it when the web process ``parent`` is gone. No thread: a second
    thread in the worker makes every memory allocation take a lock, which slows each check
    (docs/benchmarks.md, twelfth and thirteenth sessions). Linux sends the signal when the
    *thread* that started the worker ends, too (a request's thread may start one after a
    worker stopped); the worker then still has its parent and goes on. False where it cannot
    be set (not Linux): then the caller watches with a thread."""
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (ImportError, OSError, AttributeError):
        return False
    number = getattr(signal, PARENT_GONE_SIGNAL)
    if os.getppid() != parent and _alive(parent):
        # Started through a program that did not replace itself with Python (a wrapper set
        # with multiprocessing.set_executable): the web process lives on behind it, so watch
        # the direct parent, as Linux does.
        parent = os.getppid()

    def parent_gone(signum, frame) -> None:
        if os.getppid() != parent:
            os._exit(0)

    signal.signal(number, parent_gone)
    # A worker inherits the blocked signals of the thread that started it (servers such as
    # mod_wsgi block signals in their request threads): a blocked signal would never arrive.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {number})
    if prctl(_PR_SET_PDEATHSIG, int(number), 0, 0, 0) != 0:
        signal.signal(number, signal.SIG_DFL)
        return False
    parent_gone(number, None)  # the web process ended before the signal was asked for
    return True


def _start_worker(config, parent: int | None = None) -> None:
    """Runs once in each new worker: watch the web process ``parent``, load the pipeline and
    check a short letter."""
    from duidelijk import web

    parent = os.getppid() if parent is None else parent
    if not _signal_on_parent_death(parent):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    web.warm_up(config)  # loads the pipeline; a failure is logged, the first real check reports it


def _ready() -> int:
    return os.getpid()


def check_batch(items: list[tuple[bytes, str]], config, pack: bool = False) -> list[tuple]:
    """Read and check uploads ``(data, name)`` with one settings object, in one pass of the
    pipeline; runs in a worker, or in the web process with ``workers=0``. One ``(report, error)``
    per upload, in order; ``error`` is a plain tuple ``(code, message)`` (a ReadError), or
    ``("check-error", None)`` when the analysis itself failed, so nothing depends on how
    exceptions travel between processes. One upload that fails never fails the others.
    ``pack``: each report comes as a ``store.PackedReport`` (pickled here, in the worker), the
    form the result store keeps it in."""
    from duidelijk import web
    from duidelijk.readers import ReadError

    out: list[tuple] = [(None, ("check-error", None))] * len(items)
    docs, where = [], []
    for i, (data, name) in enumerate(items):
        try:
            docs.append(web.read_upload(data, name, config))
            where.append(i)
        except ReadError as err:
            out[i] = (None, (err.code, err.message))

    def analyse(group: list) -> list:
        try:
            return web.analyse_documents(group, config)
        except Exception as err:  # noqa: BLE001 - logged by kind only; never the text
            if len(group) > 1:  # find the one that fails: the others still get their report
                return [report for document in group for report in analyse([document])]
            log.warning("controleren mislukt: %s", type(err).__name__)
            return [None]

    for i, report in zip(where, analyse(docs) if docs else []):
        if report is not None:
            out[i] = (PackedReport(report) if pack else report, None)
    return out


class _Job:
    """One upload waiting for a worker; ``future`` gets ``(report, error)``."""

    def __init__(self, data: bytes, name: str, config):
        self.data, self.name, self.config = data, name, config
        self.key = config.key() if hasattr(config, "key") else id(config)
        self.future: Future = Future()
        self.tries = 0

    def fail(self, code: str) -> None:
        if not self.future.done():
            self.future.set_exception(CheckFailed(code))


class _Slot:
    """One worker process (a process pool of one) and the thread here that sends it batches.

    A pool of one per worker, not one pool for all: when a worker stops, Python marks its
    whole pool as broken, and the uploads of every other worker would fail with it."""

    def __init__(self, checker: "Checker", config):
        self.checker = checker
        self.config = config  # the settings the worker warms up with
        self.stopped = False
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="duidelijk-check", daemon=True)
        self._thread.start()

    def executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self.stopped:  # closed meanwhile: start no new worker that nobody stops
                raise RuntimeError("closed")
            if self._pool is None:
                # spawn, not fork: the web process has threads, and fork copies their locks
                self._pool = ProcessPoolExecutor(
                    1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                    initargs=(self.config, os.getpid()),
                )
            return self._pool

    def pids(self) -> list[int]:
        return [p.pid for p in _processes(self._pool)]

    def _run(self) -> None:
        while True:
            batch = self.checker._take(self)
            if batch is None:
                return
            try:
                self._check(batch)
            except Exception as err:  # noqa: BLE001 - this thread must keep feeding its worker
                log.warning("controleren mislukt: %s", type(err).__name__)
                for job in batch:
                    job.fail("check-error")

    def _check(self, batch: list[_Job]) -> None:
        for job in batch:
            job.tries += 1
        try:
            future = self.executor().submit(self.checker.run, [(j.data, j.name) for j in batch], batch[0].config,
                                            pack=True)
        except (BrokenProcessPool, RuntimeError):  # noticed a stopped worker just now, or shut down
            return self._again(batch)
        try:
            results = future.result(timeout=self.checker.timeout)
        except FutureTimeout:
            # every upload in it has waited longer than the limit and got its answer; stop
            # the worker, so that it is free again for the next uploads
            log.warning("controleren duurde langer dan %s s; het werkproces start opnieuw", self.checker.timeout)
            self.restart(kill=True)
            for job in batch:
                job.fail("timeout")
            return None
        except BrokenProcessPool:
            return self._again(batch)
        except Exception as err:  # noqa: BLE001 - raised in the worker; logged by kind, never the text
            log.warning("controleren mislukt: %s", type(err).__name__)
            if len(batch) > 1:
                for job in batch:
                    self._check([job])
            else:
                batch[0].fail("check-error")
            return None
        for job, result in zip(batch, results):
            if not job.future.done():
                job.future.set_result(result)
        return None

    def _again(self, batch: list[_Job]) -> None:
        """The worker stopped while it had ``batch``: try the uploads again on a fresh worker,
        each on its own, so that a file that stops a worker stops only its own check."""
        log.warning("een werkproces stopte; het start opnieuw")
        self.restart()
        if self.stopped:
            for job in batch:
                job.fail("worker-stopped")
        elif len(batch) > 1:
            for job in batch:
                self._check([job])
        elif batch[0].tries < TRIES:
            self._check(batch)
        else:
            batch[0].fail("worker-stopped")

    def restart(self, kill: bool = False) -> None:
        """Drop this worker's pool; the next batch starts a fresh worker."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is None:
            return
        if kill:
            for process in _processes(pool):
                try:
                    process.kill()
                except (OSError, AttributeError):
                    pass
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5)


def _processes(pool: ProcessPoolExecutor | None) -> list:
    """The worker processes of ``pool`` now (none before it started one)."""
    return list((getattr(pool, "_processes", None) or {}).values())


class Checker:
    def __init__(self, workers: int = 0, timeout: float = 300, batch: int = MAX_BATCH, run=None):
        self.workers = workers
        self.run = run or check_batch  # what a worker runs on a batch (a module-level function)
        self.timeout = timeout
        self.batch = max(1, int(batch))
        self._jobs: deque[_Job] = deque()
        self._cond = threading.Condition()
        self._slots: list[_Slot] = []
        self.batch_sizes: Counter = Counter()  # how many batches of each size went to a worker

    def _ensure(self, config) -> list[_Slot]:
        with self._cond:
            if not self._slots:
                self._slots = [_Slot(self, config) for _ in range(self.workers)]
            return self._slots

    def start(self, config) -> None:
        """Start every worker now and wait until each has loaded the pipeline."""
        if not self.workers:
            return
        slots = self._ensure(config)
        for future in [slot.executor().submit(_ready) for slot in slots]:  # all start at once
            future.result(timeout=START_TIMEOUT)

    def pids(self) -> list[int]:
        """The process ids of the workers that run now."""
        with self._cond:
            slots = list(self._slots)
        return [pid for slot in slots for pid in slot.pids()]

    def check(self, data: bytes, name: str, config, packed: bool = False):
        """Read and check an upload: a Report (a ``store.PackedReport`` with ``packed``), or
        ReadError raised here as in the web process; CheckFailed when the check could not run.
        A worker sends the report back packed: the result store keeps it so, unpacked only
        when ``packed`` is not asked for."""
        from duidelijk.readers import ReadError

        if self.workers:
            report, error = self._check_in_pool(data, name, config)
        else:
            report, error = self.run([(data, name)], config)[0]
        if error:
            code, message = error
            if message is None:
                raise CheckFailed(code)
            raise ReadError(code, message)
        if packed:
            return report if isinstance(report, PackedReport) else PackedReport(report)
        return report.unpack() if isinstance(report, PackedReport) else report

    def _check_in_pool(self, data: bytes, name: str, config):
        self._ensure(config)
        job = _Job(data, name, config)
        with self._cond:
            self._jobs.append(job)
            self._cond.notify()
        try:
            return job.future.result(timeout=self.timeout)
        except FutureTimeout:
            job.future.cancel()  # not sent to a worker yet: then it never will be
            log.warning("controleren duurde langer dan %s s", self.timeout)
            raise CheckFailed("timeout") from None

    def _take(self, slot: _Slot) -> list[_Job] | None:
        """The next batch for ``slot``: the oldest waiting upload plus the uploads after it with
        the same settings (up to ``batch``, none larger than BATCH_BYTES); None once the slot
        is stopped. Blocks while nothing waits."""
        with self._cond:
            while True:
                while not self._jobs and not slot.stopped:
                    self._cond.wait()
                if slot.stopped:
                    return None
                first = self._jobs.popleft()
                if not first.future.set_running_or_notify_cancel():
                    continue  # its request gave up waiting
                batch, keep = [first], []
                while self._jobs and len(batch) < self.batch and len(first.data) <= BATCH_BYTES:
                    job = self._jobs.popleft()
                    if job.key != first.key or len(job.data) > BATCH_BYTES:
                        keep.append(job)
                    elif job.future.set_running_or_notify_cancel():
                        batch.append(job)
                self._jobs.extendleft(reversed(keep))
                self.batch_sizes[len(batch)] += 1
                return batch

    def close(self) -> None:
        """Stop the workers; uploads still waiting get CheckFailed. A later check starts new ones."""
        with self._cond:
            slots, self._slots = self._slots, []
            waiting = list(self._jobs)
            self._jobs.clear()
            for slot in slots:
                slot.stopped = True
            self._cond.notify_all()
        for job in waiting:
            job.fail("worker-stopped")
        for slot in slots:
            slot.close()
