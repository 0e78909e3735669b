"""What a test's check worker runs instead of ``workers.check_batch`` (a module of its own, so a
spawned worker process can import it): uploads with a marker stop the worker or make it raise;
every other upload is read and checked as usual."""

from __future__ import annotations

import os
import time

STOP = b"STOP THE WORKER"
RAISE = b"RAISE IN THE WORKER"
SLOW = b"Langzaam. "  # an upload that starts with this takes three seconds longer


def run(items, config, **options):
    from duidelijk.web.workers import check_batch

    datas = [data for data, _ in items]
    if STOP in datas:
        os._exit(3)  # as a crash would: no clean-up, no answer
    if RAISE in datas:
        raise ValueError("a bug in the check")
    if any(data.startswith(SLOW) for data in datas):
        time.sleep(3)
    return check_batch(items, config, **options)
