"""Checks in worker processes, so the web server uses every processor core.

The web process does the HTTP work, renders the pages and keeps the result store in its own
memory, as before. Reading and checking an upload (the CPU work) runs in ``workers`` separate
processes; each loads the Dutch pipeline once, when it starts. The upload travels to the worker
and the report back through a pipe, never through a file.

``workers=0`` reads and checks in the web process itself, one upload at a time (tests, the
development server, a machine with one core).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

log = logging.getLogger("duidelijk.web")
START_TIMEOUT = 600  # seconds for a worker to start and load the pipeline


class CheckFailed(Exception):
    """The check could not run (a worker stopped, or it took too long); ``code`` says which."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def _watch_parent(parent: int, interval: float = 1.0) -> None:
    """Stop this worker when the web process is gone (killed, or stopped without clean-up),
    so no worker with a loaded model stays behind."""
    while True:
        time.sleep(interval)
        if os.getppid() != parent:
            os._exit(0)


def _start_worker(config) -> None:
    """Runs once in each new worker: load the pipeline and check a short letter."""
    from duidelijk import web

    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    web.warm_up(config)  # loads the pipeline; a failure is logged, the first real check reports it


def _ready() -> bool:
    return True


def _check_in_worker(data: bytes, name: str, config):
    """Read and check one upload (in a worker, or in the web process with ``workers=0``).
    A ReadError comes back as a plain tuple, so nothing depends on how exceptions travel
    between processes."""
    from duidelijk import web
    from duidelijk.readers import ReadError

    try:
        document = web.read_upload(data, name, config)
    except ReadError as err:
        return None, (err.code, err.message)
    return web.analyse_document(document, config), None


class Checker:
    def __init__(self, workers: int = 0, timeout: float = 300):
        self.workers = workers
        self.timeout = timeout
        self._pool: ProcessPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    def _executor(self, config) -> ProcessPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                # spawn, not fork: the web process has threads, and fork copies their locks
                self._pool = ProcessPoolExecutor(
                    self.workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                    initargs=(config,),
                )
            return self._pool

    def start(self, config) -> None:
        """Start every worker now and wait until each has loaded the pipeline."""
        if not self.workers:
            return
        pool = self._executor(config)
        # submitted together, each job finds no idle worker, so each starts a new one
        for future in [pool.submit(_ready) for _ in range(self.workers)]:
            future.result(timeout=START_TIMEOUT)

    def check(self, data: bytes, name: str, config):
        """Read and check an upload: a Report, or ReadError raised here as in the web process."""
        from duidelijk.readers import ReadError

        if self.workers:
            report, error = self._check_in_pool(data, name, config)
        else:
            report, error = _check_in_worker(data, name, config)
        if error:
            raise ReadError(*error)
        return report

    def _check_in_pool(self, data: bytes, name: str, config):
        # A pool whose worker stopped is only marked broken once its manager thread notices
        # (later on a busy machine), so a check sent just then fails without having run:
        # it gets one more try on fresh workers. A file that stops a worker stops it twice.
        for attempt in (1, 2):
            pool = self._executor(config)
            try:
                future = pool.submit(_check_in_worker, data, name, config)
                return future.result(timeout=self.timeout)
            except BrokenProcessPool:
                log.warning("een werkproces stopte; de werkprocessen starten opnieuw")
                self._reset(pool)
                if attempt == 2:
                    raise CheckFailed("worker-stopped") from None
            except FutureTimeout:
                log.warning("controleren duurde langer dan %s s", self.timeout)
                raise CheckFailed("timeout") from None

    def _reset(self, broken: ProcessPoolExecutor) -> None:
        with self._pool_lock:
            if self._pool is broken:
                self._pool = None
        broken.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
