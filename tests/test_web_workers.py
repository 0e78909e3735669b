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
    pool = app.extensions["duidelijk_checker"]._pool
    return [p.pid for p in pool._processes.values()] if pool else []


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
])
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


def test_workers_stop_when_the_web_process_is_killed(tmp_path):
    """A server stopped with SIGKILL (no clean-up at all) leaves no worker behind."""
    import subprocess
    import sys

    code = (
        "import sys, duidelijk.web as w\n"
        "if __name__ == '__main__':\n"
        "    app = w.create_app({'ANALYSIS_WORKERS': 1, 'SECRET_KEY': 'k'})\n"
        "    pool = app.extensions['duidelijk_checker']._pool\n"
        "    print(*[p.pid for p in pool._processes.values()], flush=True)\n"
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


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
