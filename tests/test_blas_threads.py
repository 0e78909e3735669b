"""mend26: numpy's OpenBLAS runs the pipeline's matrix products with one thread, also when the
caller imported numpy before duidelijk (then ``OPENBLAS_NUM_THREADS``, which duidelijk sets as
a default, came too late). Each case runs in a fresh Python process, because the order of the
imports is what is tested; the count comes from threadpoolctl, which numpy's own
``show_runtime`` reads too. An ``OPENBLAS_NUM_THREADS`` the user set wins."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Load the pipeline (as every check, the --jobs workers and the web workers do) after the
# imports given, parse a sentence, then fork once as --jobs does and parse again in the child.
# Prints the BLAS thread count before and after loading, in the child, and the child's threads.
SCRIPT = """
import json, os, sys
{imports}
from threadpoolctl import threadpool_info

def blas():
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

before = blas()
from duidelijk.model import load_pipeline
nlp = load_pipeline()
nlp("Wij sturen u volgende week een nieuwe pas, want de oude is verlopen.")
after = blas()
read, write = os.pipe()
pid = os.fork()
if pid == 0:
    nlp("De gemeente heeft uw aanvraag ontvangen en beoordeelt die binnen acht weken.")
    os.write(write, json.dumps([blas(), len(os.listdir("/proc/self/task"))]).encode())
    os._exit(0)
os.close(write)
child = json.loads(os.read(read, 4096))
os.waitpid(pid, 0)
print(json.dumps({{"before": before, "after": after, "child": child[0], "child_threads": child[1]}}))
"""

needs = pytest.mark.skipif(
    (os.cpu_count() or 1) < 2 or not sys.platform.startswith("linux") or not hasattr(os, "fork"),
    reason="one core gives OpenBLAS one thread anyway; the threads are read from /proc, with fork",
)


def _run(imports: str, **env: str) -> dict:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "GOTO_NUM_THREADS")}
    clean["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), clean.get("PYTHONPATH")) if p)
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(imports=imports)], env={**clean, **env},
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@needs
def test_numpy_imported_first_still_gives_one_blas_thread():
    found = _run("import numpy\nimport duidelijk")
    assert found["before"] and all(n > 1 for n in found["before"])  # OpenBLAS started with a thread per core
    assert found["after"] == [1] * len(found["before"])  # load_pipeline set one thread
    assert found["child"] == found["after"] and found["child_threads"] == 1  # a forked worker too


@needs
def test_duidelijk_imported_first_gives_one_thread_by_the_environment():
    found = _run("import duidelijk\nimport numpy")
    assert found["before"] and found["before"] == found["after"] == found["child"]
    assert all(n == 1 for n in found["after"]) and found["child_threads"] == 1


@needs
def test_the_users_thread_count_wins():
    found = _run("import numpy\nimport duidelijk", OPENBLAS_NUM_THREADS="2")
    assert found["before"] and found["after"] == found["before"] == [2] * len(found["before"])
