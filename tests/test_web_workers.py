"""Checks in worker processes (duidelijk.web.workers): same result as in the web process, a
broken file or a stopped worker never stops the server, a slow check gets a plain answer."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import time

import pytest

pytest.importorskip("flask")

from test_web import TEXT, app, result, upload  # noqa: E402,F401

from browser.letters import PDF_LINES, docx_letter, encrypted_pdf, scanned_pdf  # noqa: E402


@pytest.fixture(scope="module")
def pooled():
    from duidelijk.web import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "w", "ANALYSIS_WORKERS": 2, "API_TOKENS": [API_TOKEN]})
    yield app
    app.extensions["duidelijk_checker"].close()


API_TOKEN = "worker-test-token-0123456789"


def worker_pids(app) -> list[int]:
    return app.extensions["duidelijk_checker"].pids()


def test_workers_start_with_the_app(pooled):
    pids = worker_pids(pooled)
    assert len(pids) == 2
    assert os.getpid() not in pids


def test_same_report_as_in_the_web_process(pooled, app):
    body = docx_letter()
    pooled_client, inline_client = pooled.test_client(), app.test_client()  # a result is for its own session
    loc, page = result(pooled_client, data=body, name="brief.docx")
    loc_inline, page_inline = result(inline_client, data=body, name="brief.docx")
    pooled_json = json.loads(pooled_client.get(f"{loc}/rapport.json").get_data())["files"][0]
    inline_json = json.loads(inline_client.get(f"{loc_inline}/rapport.json").get_data())["files"][0]
    assert pooled_json["findings"] == inline_json["findings"]
    assert pooled_json["findings"]  # the letter has known problems
    assert pooled_json["metrics"] == inline_json["metrics"]
    assert page.count("<mark") == page_inline.count("<mark") > 0
    # the annotated Word file needs the upload, which stays in the web process
    assert pooled_client.get(f"{loc}/word").status_code == 200


def test_api_checks_run_in_the_workers(pooled, monkeypatch):
    """The HTTP API uses the same worker pool: the web process itself analyses nothing."""
    import duidelijk.web as web

    def not_here(*args, **kwargs):
        raise AssertionError("analysed in the web process")

    monkeypatch.setattr(web, "analyse_document", not_here)
    monkeypatch.setattr(web, "analyse_documents", not_here)
    headers = {"Authorization": f"Bearer {API_TOKEN}"}
    resp = pooled.test_client().post("/api/v1/check", json={"tekst": TEXT}, headers=headers)
    assert resp.status_code == 200, resp.get_data(as_text=True)[:300]
    assert {f["code"] for f in resp.get_json()["files"][0]["findings"]} >= {"DD102", "DD103"}
    resp = pooled.test_client().post("/api/v1/word", data={"bestand": (io.BytesIO(docx_letter()), "b.docx")},
                                     headers=headers, content_type="multipart/form-data")
    assert resp.status_code == 200 and int(resp.headers["Duidelijk-Comments"]) > 0


def error_of(resp) -> tuple[int, str, str]:
    page = resp.get_data(as_text=True)
    m = re.search(r'data-code="([^"]+)">.*?<p>([^<]+)</p>', page, re.S)
    return resp.status_code, m.group(1), m.group(2)


@pytest.mark.parametrize("body,name", [
    (b"PK\x03\x04 kapot", "kapot.docx"), (b"%PDF-1.4 kapot", "kapot.pdf"), (b"\x00\x01\x02" * 50, "brief.txt"),
    (encrypted_pdf(PDF_LINES), "slot.pdf"), (scanned_pdf(), "scan.pdf"), (b"", "leeg.txt"),
], ids=["kapot.docx", "kapot.pdf", "binair.txt", "slot.pdf", "scan.pdf", "leeg.txt"])  # a PDF's bytes vary per run
def test_broken_file_gets_the_same_message_from_a_worker(pooled, app, body, name):
    client = pooled.test_client()
    got = error_of(upload(client, data=body, name=name))
    assert got == error_of(upload(app.test_client(), data=body, name=name))
    assert 400 <= got[0] < 500
    assert upload(client, text=TEXT).status_code == 303


def test_a_stopped_worker_does_not_stop_the_server(pooled):
    for pid in worker_pids(pooled):
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    client = pooled.test_client()
    assert upload(client, text=TEXT).status_code == 303
    assert len(worker_pids(pooled)) >= 1


def test_too_slow_gets_a_plain_503():
    from duidelijk.web import create_app

    slow = create_app({"TESTING": True, "SECRET_KEY": "s", "ANALYSIS_WORKERS": 1, "CHECK_TIMEOUT": 0.001})
    try:
        resp = upload(slow.test_client(), text=TEXT * 20)
        assert resp.status_code == 503
        assert "duurde te lang" in resp.get_data(as_text=True)
    finally:
        slow.extensions["duidelijk_checker"].close()


def test_default_worker_count(monkeypatch):
    from duidelijk.web import default_workers

    monkeypatch.setenv("DUIDELIJK_WORKERS", "3")
    assert default_workers() == 3
    monkeypatch.setenv("DUIDELIJK_WORKERS", "")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert default_workers() == 0
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)))
    assert default_workers() == 4


@pytest.mark.parametrize("blocked", [False, True], ids=["plain", "signal-blocked"])
def test_workers_stop_when_the_web_process_is_killed(tmp_path, blocked):
    """A server stopped with SIGKILL (no clean-up at all) leaves no worker behind; also when
    the thread that starts the workers blocks the signal Linux sends (servers such as mod_wsgi
    block signals in their threads, and a new process inherits that)."""
    import subprocess
    import sys

    block = "    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})\n" if blocked else ""
    code = (
        "import signal, sys, duidelijk.web as w\n"
        "if __name__ == '__main__':\n" + block +
        "    app = w.create_app({'ANALYSIS_WORKERS': 1, 'SECRET_KEY': 'k'})\n"
        "    print(*app.extensions['duidelijk_checker'].pids(), flush=True)\n"
        "    sys.stdin.read()\n"
    )
    script = tmp_path / "server.py"
    script.write_text(code, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in proc.stdout.readline().split()]
        assert pids
        proc.kill()
        proc.wait(timeout=10)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(p) for p in pids):
            time.sleep(0.2)
        assert not any(_alive(p) for p in pids)
    finally:
        if proc.poll() is None:
            proc.kill()


def _threads(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/task"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc (Linux)")
def test_a_worker_checks_with_one_thread(pooled):
    """No thread watches the web process in a worker (Linux signals the worker when its parent
    ends): with a second thread every memory allocation in the worker takes a lock."""
    assert upload(pooled.test_client(), text=TEXT).status_code == 303
    pids = worker_pids(pooled)
    assert pids and [_threads(pid) for pid in pids] == [1] * len(pids)


def test_a_worker_started_by_a_thread_that_ends_keeps_working():
    """Linux sends its signal when the *thread* that started a worker ends too (here the
    thread that starts the checker; in a server, a request's thread that starts a fresh
    worker): the worker still has its web process, so it goes on."""
    import threading

    from duidelijk.web.workers import Checker

    checker = Checker(1, timeout=120)
    try:
        starter = threading.Thread(target=checker.start, args=(_config(),))
        starter.start()
        starter.join(timeout=START_WAIT)
        pids = checker.pids()
        assert len(pids) == 1
        time.sleep(0.5)  # the signal has come by now
        assert _alive(pids[0])
        assert hasattr(checker.check(TEXT.encode(), "a.txt", _config()), "findings")
        assert checker.pids() == pids  # the same worker checked it
    finally:
        checker.close()


def test_a_worker_started_through_a_wrapper_checks(tmp_path):
    """Python started through a program that does not replace itself (a wrapper script, set
    with multiprocessing.set_executable): the worker's direct parent is the wrapper, not the
    web process, and the worker still checks."""
    import subprocess
    import sys

    wrapper = tmp_path / "python-wrapper.sh"
    wrapper.write_text(f'#!/bin/sh\n"{sys.executable}" "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    code = (
        "import multiprocessing, sys\n"
        "from duidelijk.config import Config\n"
        "from duidelijk.web.workers import Checker\n"
        "if __name__ == '__main__':\n"
        f"    multiprocessing.set_executable({str(wrapper)!r})\n"
        "    checker = Checker(1, timeout=120)\n"
        "    try:\n"
        "        checker.start(Config())\n"
        f"        report = checker.check({TEXT!r}.encode(), 'a.txt', Config())\n"
        "        print('findings', len(report.findings))\n"
        "    finally:\n"
        "        checker.close()\n"
    )
    script = tmp_path / "wrapped.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=START_WAIT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("findings ")


START_WAIT = 600


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


# --- several uploads checked together (workers.check_batch) ------------------------------------

LETTERS = [
    TEXT,
    "Geachte heer De Vries,\n\nWij hebben uw aanvraag voor een parkeervergunning ontvangen. "
    "Indien u vragen heeft, kunt u ons middels het formulier bereiken.\n\nMet vriendelijke groet,\n",
    "Beste mevrouw Bakker,\n\nU krijgt geld terug van de gemeente. Het bedrag staat op uw rekening "
    "voor 1 maart. Heeft u vragen? Bel ons dan.\n",
]


def _report_json(report) -> dict:
    from duidelijk.formatters.json_format import report_dict

    data = report_dict(report)
    data.pop("path", None)
    return data


def test_a_batch_gives_the_same_reports_as_one_by_one(app):
    """Uploads checked together in one pass of the pipeline get exactly the reports they get
    alone; an unreadable file in the batch gets its own message and takes nobody down."""
    from duidelijk.web.workers import check_batch

    config = app.extensions["duidelijk_config"]
    items = [(t.encode("utf-8"), f"brief{i}.txt") for i, t in enumerate(LETTERS)]
    items.insert(1, (b"PK\x03\x04 kapot", "kapot.docx"))
    together = check_batch(items, config)
    alone = [check_batch([item], config)[0] for item in items]
    assert together[1][0] is None and together[1][1][0] == "corrupt" and together[1] == alone[1]
    for (report, error), (single, single_error) in zip(together[:1] + together[2:], alone[:1] + alone[2:]):
        assert error is None and single_error is None
        assert _report_json(report) == _report_json(single)
    assert _report_json(together[0][0])["findings"] != _report_json(together[2][0])["findings"]


def test_a_check_that_fails_gives_a_plain_error_and_the_others_go_on(app, monkeypatch):
    import duidelijk.web as web
    from duidelijk.web.workers import check_batch

    real = web.analyse_documents

    def failing(documents, config):
        if any("kapotte regel" in d.text for d in documents):
            raise ZeroDivisionError("a bug in a rule")
        return real(documents, config)

    monkeypatch.setattr(web, "analyse_documents", failing)
    config = app.extensions["duidelijk_config"]
    items = [(LETTERS[1].encode(), "a.txt"), (b"Dit is de kapotte regel van een brief.", "b.txt"),
             (LETTERS[2].encode(), "c.txt")]
    out = check_batch(items, config)
    assert out[1] == (None, ("check-error", None))
    assert out[0][1] is None and out[2][1] is None and out[0][0].findings
    # on the web page (checks in the web process): a plain-Dutch 500 page, no traceback
    resp = upload(app.test_client(), text="Dit is de kapotte regel van een brief.")
    page = resp.get_data(as_text=True)
    assert resp.status_code == 500
    assert web.MESSAGES["check-error"] in page and "Traceback" not in page and "ZeroDivision" not in page
    assert upload(app.test_client(), text=TEXT).status_code == 303


@pytest.fixture(scope="module")
def checker_of_one():
    """One worker that checks up to four waiting uploads together, running worker_helpers.run."""
    import worker_helpers
    from duidelijk.config import Config
    from duidelijk.web.workers import Checker

    checker = Checker(1, timeout=120, batch=4, run=worker_helpers.run)
    checker.start(Config())
    yield checker
    checker.close()


def _check_all(checker, uploads):
    """Send ``uploads`` at the same moment while the worker is busy with a long text (as when
    users wait), so that they go to the worker together; each gets a report or an exception."""
    from concurrent.futures import ThreadPoolExecutor

    config = _config()

    def one(data):
        try:
            return checker.check(data, "brief.txt", config)
        except Exception as err:  # noqa: BLE001 - the answer under test
            return err

    import worker_helpers

    before = sum(n for size, n in checker.batch_sizes.items() if size > 1)
    with ThreadPoolExecutor(len(uploads) + 1) as threads:
        # three seconds in the worker, whatever the machine's load (a long text alone finished
        # before the others arrived when the full suite loaded both cores)
        busy = threads.submit(one, worker_helpers.SLOW + TEXT.encode())
        time.sleep(1.0)
        out = list(threads.map(one, uploads))
        assert hasattr(busy.result(), "findings")
    assert sum(n for size, n in checker.batch_sizes.items() if size > 1) > before  # they did go together
    return out


def test_uploads_wait_together_and_each_gets_its_own_report(checker_of_one):
    from duidelijk.readers import ReadError

    uploads = [t.encode() for t in LETTERS] + [b"", LETTERS[0].encode()]
    out = _check_all(checker_of_one, uploads)
    assert isinstance(out[3], ReadError) and out[3].code == "empty"
    reports = [out[i] for i in (0, 1, 2, 4)]
    assert all(hasattr(r, "findings") for r in reports), out
    assert [f.code for f in reports[0].findings] == [f.code for f in reports[3].findings]
    assert reports[0].document.text != reports[1].document.text


def test_an_upload_that_stops_its_worker_fails_alone(checker_of_one):
    import worker_helpers
    from duidelijk.web.workers import CheckFailed

    out = _check_all(checker_of_one, [LETTERS[1].encode(), worker_helpers.STOP, LETTERS[2].encode()])
    assert isinstance(out[1], CheckFailed) and out[1].code == "worker-stopped"
    assert hasattr(out[0], "findings") and hasattr(out[2], "findings"), out
    assert hasattr(checker_of_one.check(TEXT.encode(), "a.txt", _config()), "findings")  # a fresh worker


def test_an_upload_that_makes_the_worker_raise_fails_alone(checker_of_one):
    import worker_helpers
    from duidelijk.web.workers import CheckFailed

    out = _check_all(checker_of_one, [LETTERS[1].encode(), worker_helpers.RAISE, LETTERS[2].encode()])
    assert isinstance(out[1], CheckFailed) and out[1].code == "check-error"
    assert hasattr(out[0], "findings") and hasattr(out[2], "findings"), out


def _config():
    from duidelijk.config import Config

    return Config()


def test_close_answers_waiting_uploads_and_leaves_no_worker(checker_of_one):
    """A server that stops: the upload being checked still gets its report, an upload still
    waiting gets a plain CheckFailed (no hang), and no worker process stays behind."""
    from concurrent.futures import ThreadPoolExecutor

    from duidelijk.web.workers import CheckFailed

    pids = checker_of_one.pids()
    assert pids

    def one(data):
        try:
            return checker_of_one.check(data, "brief.txt", _config())
        except Exception as err:  # noqa: BLE001 - the answer under test
            return err

    import worker_helpers

    with ThreadPoolExecutor(2) as threads:
        busy = threads.submit(one, worker_helpers.SLOW + TEXT.encode())  # three seconds in the worker
        time.sleep(1)
        waiting = threads.submit(one, LETTERS[1].encode())
        time.sleep(0.2)
        checker_of_one.close()
        assert hasattr(busy.result(timeout=120), "findings")
        got = waiting.result(timeout=120)
    assert isinstance(got, CheckFailed) and got.code == "worker-stopped", got
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids)
    assert checker_of_one.pids() == []
