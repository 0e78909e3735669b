"""Load test of the web page: N users upload a one-page letter for a fixed time.

Starts waitress (the production server) on 127.0.0.1 with a free port in a child process,
then runs ``--users`` threads. Each user gets the upload page (for the CSRF token), sends the
letter, follows the redirect to the result page, and waits ``--think`` seconds (a random
pause between 0.5x and 1.5x of it) before the next upload. The test is bounded: it stops
after ``--seconds`` or ``--max-requests`` uploads, and it only talks to 127.0.0.1.

    python3 benchmarks/load.py                      # 8 users, 60 s, 2 s pause
    python3 benchmarks/load.py --think 0            # no pause: the server at full load
    python3 benchmarks/load.py --think 0 --workers 0   # checks in the web process (as before)
    python3 benchmarks/load.py --json               # figures as JSON

Measured: the time from sending the letter to the end of the result page (one upload), and
the CPU time the server and its check workers used per upload (from /proc) and that of the
users here (this process). On a machine that others share, the time per upload follows the
load, the CPU time per upload hardly does.
Exit code 1 when there were errors or p95 is above --max-p95 (default 0.5 s).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # loopback only
LETTER = ROOT / "examples" / "herinnering-voor.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(port: int, threads: int, workers: int | None = None, batch: int | None = None) -> subprocess.Popen:
    settings = "" if batch is None else f"{{'CHECK_BATCH': {int(batch)}}}"
    code = (
        "import waitress, duidelijk.web as w\n"
        "if __name__ == '__main__':\n"  # the check workers start with a fresh Python (spawn)
        f"    waitress.serve(w.create_app({settings}), host='{HOST}', port={port}, threads={threads}, _quiet=True)"
    )
    env = dict(os.environ)
    if workers is not None:
        env["DUIDELIJK_WORKERS"] = str(workers)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("de server startte niet: " + proc.stderr.read().decode(errors="replace")[-2000:])
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/status")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("de server startte niet binnen 120 s")


def tree_cpu(pid: int) -> tuple[float, float] | None:
    """CPU seconds (user + system) used so far by process ``pid`` and by its children (the check
    workers), from /proc; None where /proc is not there."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    own, total, todo, seen = 0, 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/stat", encoding="ascii") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
            if p == pid:
                own = total
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError, IndexError):
            if p == pid:
                return None
    return own / tick, (total - own) / tick


class User:
    def __init__(self, port: int, letter: bytes):
        self.port = port
        self.letter = letter
        self.cookie = ""

    def request(self, conn, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookie:
            headers["Cookie"] = self.cookie
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        set_cookie = resp.getheader("Set-Cookie")
        if set_cookie:
            self.cookie = set_cookie.split(";", 1)[0]
        return resp, data

    def upload(self) -> float:
        """One upload; returns the seconds from sending the letter to the full result page."""
        conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        try:
            resp, page = self.request(conn, "GET", "/")
            if resp.status != 200:
                raise RuntimeError(f"GET / gaf {resp.status}")
            token = re.search(rb'name="csrf_token" value="([^"]+)"', page).group(1).decode()
            boundary = uuid.uuid4().hex
            body = b"".join([
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n".encode(),
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"tekst\"\r\n\r\n\r\n".encode(),
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"brief.txt\"\r\n"
                "Content-Type: text/plain\r\n\r\n".encode(),
                self.letter, f"\r\n--{boundary}--\r\n".encode(),
            ])
            start = time.perf_counter()
            resp, _ = self.request(conn, "POST", "/controleren", body,
                                   {"Content-Type": f"multipart/form-data; boundary={boundary}"})
            if resp.status != 303:
                raise RuntimeError(f"POST gaf {resp.status}")
            resp, page = self.request(conn, "GET", resp.getheader("Location"))
            if resp.status != 200 or b"data-code" not in page:
                raise RuntimeError(f"uitslag gaf {resp.status}")
            return time.perf_counter() - start
        finally:
            conn.close()


def run(users: int, seconds: float, think: float, max_requests: int, threads: int, port: int | None,
        workers: int | None = None, batch: int | None = None) -> dict:
    letter = LETTER.read_bytes()
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    proc = None
    if port is None:
        port = free_port()
        proc = start_server(port, threads, workers, batch)
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    count = [0]

    def worker(n: int) -> None:
        rnd = random.Random(n)
        user = User(port, letter)
        time.sleep(rnd.uniform(0, min(think, 2.0)))  # do not all start at once
        while time.monotonic() < stop:
            with lock:
                if count[0] >= max_requests:
                    return
                count[0] += 1
            try:
                t = user.upload()
                with lock:
                    times.append(t)
            except Exception as err:  # noqa: BLE001 - every failure counts as an error
                with lock:
                    errors.append(f"{type(err).__name__}: {err}")
            if think:
                time.sleep(rnd.uniform(0.5 * think, 1.5 * think))

    started = time.monotonic()
    own_before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = tree_cpu(proc.pid) if proc is not None else None
    pool = [threading.Thread(target=worker, args=(i,)) for i in range(users)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.monotonic() - started
    cpu_after = tree_cpu(proc.pid) if proc is not None else None
    own_after = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = (own_after.ru_utime - own_before.ru_utime) + (own_after.ru_stime - own_before.ru_stime)
    cpu = None
    if cpu_before is not None and cpu_after is not None:
        cpu = (cpu_after[0] - cpu_before[0], cpu_after[1] - cpu_before[1])
    if proc is not None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    times.sort()

    def pct(p: float) -> float | None:
        if not times:
            return None
        return round(times[min(len(times) - 1, int(round(p * (len(times) - 1))))], 3)

    return {
        "users": users, "seconds": round(elapsed, 1), "think": think, "server_threads": threads,
        "check_workers": workers if workers is not None else "default",
        "check_batch": batch if batch is not None else "default",
        "uploads": len(times), "errors": len(errors), "error_examples": sorted(set(errors))[:5],
        "per_second": round(len(times) / elapsed, 2) if elapsed else 0,
        "p50": pct(0.5), "p95": pct(0.95), "p99": pct(0.99), "max": round(times[-1], 3) if times else None,
        "mean": round(statistics.mean(times), 3) if times else None,
        "web_cpu_per_upload": round(cpu[0] / len(times), 4) if cpu is not None and times else None,
        "worker_cpu_per_upload": round(cpu[1] / len(times), 4) if cpu is not None and times else None,
        # the load test's own users (threads in this process) share the cores with the server
        "client_cpu_per_upload": round(client_cpu / len(times), 4) if times else None,
        "load_before": load_before, "load_after": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "cpus": os.cpu_count(),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--users", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--think", type=float, default=2.0, help="pauze tussen twee uploads van een gebruiker (s)")
    ap.add_argument("--max-requests", type=int, default=5000, help="hoogstens zoveel uploads in totaal")
    ap.add_argument("--threads", type=int, default=8, help="threads van waitress")
    ap.add_argument("--workers", type=int, default=None,
                    help="werkprocessen voor het controleren (standaard: één per kern, hoogstens 4)")
    ap.add_argument("--batch", type=int, default=None,
                    help="hoogstens zoveel wachtende uploads samen controleren (CHECK_BATCH; standaard 2)")
    ap.add_argument("--port", type=int, default=None, help="een server die al draait op 127.0.0.1")
    ap.add_argument("--max-p95", type=float, default=0.5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not 1 <= args.users <= 64 or not 0 < args.seconds <= 600:
        ap.error("1-64 gebruikers en hoogstens 600 seconden")
    res = run(args.users, args.seconds, args.think, args.max_requests, args.threads, args.port, args.workers, args.batch)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"{res['users']} gebruikers, {res['seconds']} s, pauze {res['think']} s: {res['uploads']} uploads "
              f"({res['per_second']}/s), {res['errors']} fouten")
        print(f"p50 {res['p50']} s, p95 {res['p95']} s, p99 {res['p99']} s, max {res['max']} s")
        if res["web_cpu_per_upload"] is not None:
            print(f"CPU per upload: webproces {res['web_cpu_per_upload'] * 1000:.0f} ms, werkprocessen "
                  f"{res['worker_cpu_per_upload'] * 1000:.0f} ms, gebruikers van de test "
                  f"{res['client_cpu_per_upload'] * 1000:.0f} ms; belasting van de machine "
                  f"{res['load_before']:.1f} -> {res['load_after']:.1f}")
        for e in res["error_examples"]:
            print("  fout:", e)
    ok = res["errors"] == 0 and res["p95"] is not None and res["p95"] <= args.max_p95
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
