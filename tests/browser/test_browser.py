"""The web page in real headless Chromium (Debian's chromium, driven by Playwright).

Needs /usr/bin/chromium, the Python package playwright and axe-core from npm
(``npm ci`` in the repository root); without them these tests are skipped (see docs/web.md,
"CI setup"). The server is waitress on 127.0.0.1 with a free port, in this process.
A screenshot of the result page is saved in test-artifacts/.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("DUIDELIJK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

if not Path(CHROMIUM).exists():
    pytest.skip("chromium ontbreekt (apt-get install chromium)", allow_module_level=True)
if not AXE.exists():
    pytest.skip("axe-core ontbreekt (npm ci in de hoofdmap)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Python-pakket playwright ontbreekt")
waitress = pytest.importorskip("waitress")

from browser.letters import KNOWN, docx_letter  # noqa: E402


# how long the server's loop waits in select() before it looks whether it must stop (s)
STOP_STEP = 0.05


@contextmanager
def running(app):
    """Serve ``app`` with waitress on 127.0.0.1 (a free port) in this process; yields its URL.

    The server's loop runs in its own thread a pass at a time (waitress's ``wasyncore.loop``
    with ``count=1``) until it is asked to stop, and then stops itself in that thread: it keeps
    serving while the request threads finish (one may wait for the loop to send its output),
    then closes its sockets and its trigger. This thread only sets the stop and waits: it never
    closes a socket (``srv.close()`` from here raced with the loop's select(): OSError, bad file
    descriptor) nor pulls the trigger (a thunk through it raced too: with a request thread's
    wake-up byte still waiting, the loop could run the thunk and close the trigger before this
    thread wrote its own byte to it: OSError, bad file descriptor, on a loaded CI machine)."""
    from waitress import create_server, wasyncore

    before = set(threading.enumerate())
    srv = create_server(app, host="127.0.0.1", port=0, threads=4)
    workers = [t for t in threading.enumerate() if t not in before]  # its request threads
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            wasyncore.loop(timeout=STOP_STEP, map=srv._map, use_poll=srv.adj.asyncore_use_poll, count=1)
        dispatcher = srv.task_dispatcher
        dispatcher.set_thread_count(0)  # each request thread ends after its task
        deadline = time.monotonic() + 30  # a loaded CI machine can be slow
        while dispatcher.threads and time.monotonic() < deadline:
            wasyncore.loop(timeout=STOP_STEP, map=srv._map, use_poll=srv.adj.asyncore_use_poll, count=1)
        dispatcher.shutdown(timeout=0)  # no request thread left: drop the tasks still waiting
        wasyncore.close_all(srv._map)  # here, where no select() runs and no thread pulls the trigger

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.effective_port}"
    finally:
        stop.set()
        thread.join(timeout=60)
        for worker in workers:
            worker.join(timeout=30)  # a request thread leaves the pool just before it ends


def _hello(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
    return [b"ok"]


def _serve_and_stop(times: int, failed: list) -> None:
    """Start and stop a server ``times`` times, each with one request on a connection the
    client keeps open (HTTP/1.1, as a page does); then no thread of waitress is left and no
    thread ended with an exception."""
    import http.client

    before = set(threading.enumerate())
    for _ in range(times):
        with running(_hello) as url:
            conn = http.client.HTTPConnection(url.removeprefix("http://"))
            conn.request("GET", "/")
            assert conn.getresponse().read() == b"ok"  # kept open
        conn.close()
    assert [t for t in threading.enumerate() if t not in before] == []
    assert failed == []


def test_running_stops_its_server_cleanly(monkeypatch):
    """After ``running`` no thread of waitress is left, also when a client keeps its
    connection open (as a page does), and no thread ended with an exception."""
    failed = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failed.append(args.exc_value))
    _serve_and_stop(5, failed)


def test_running_stops_its_server_cleanly_when_a_wake_up_byte_waits(monkeypatch):
    """The shutdown holds when the server's loop is slow to read its trigger (a loaded CI
    machine): here every pull of the trigger from the test's thread first leaves the byte a
    request thread leaves at the end of its request, and waits. A helper that pulls the
    trigger with a thunk that closes it then writes to a closed pipe (OSError: bad file
    descriptor); ``running`` never touches the trigger from this thread."""
    import os
    import time as clock

    from waitress import trigger

    failed = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failed.append(args.exc_value))
    pull = trigger.trigger._physical_pull
    main = threading.current_thread()

    def slow_pull(self):
        if threading.current_thread() is main:
            os.write(self.trigger, b"x")  # a request thread's wake-up byte, not read yet
            clock.sleep(0.05)
        pull(self)

    monkeypatch.setattr(trigger.trigger, "_physical_pull", slow_pull)
    _serve_and_stop(3, failed)


@pytest.fixture(scope="module")
def server(nlp):
    from duidelijk.web import create_app

    # one worker process: the browser goes through the same path as in production
    app = create_app({"SECRET_KEY": "browser-test", "ANALYSIS_WORKERS": 1})
    with running(app) as url:
        yield url
    app.extensions["duidelijk_checker"].close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()


def axe(page) -> list:
    page.evaluate(AXE.read_text(encoding="utf-8"))  # evaluate, not a script tag: the CSP forbids those
    result = page.evaluate(
        "async (tags) => { const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});"
        " return r.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.html.slice(0, 200))})); }",
        WCAG,
    )
    return result


def open_file_chooser_with_space(page, tries: int = 3):
    """Space on the focused file field opens the file chooser. Headless Chromium now and then
    lets the first key press pass without the chooser event (seen once in a few hundred runs,
    on a busy and on a quiet machine); the field keeps the focus, so the key is pressed again.
    A field that never opens a chooser with the keyboard still fails after ``tries`` presses."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.wait_for_load_state("load")
    for attempt in range(1, tries + 1):
        try:
            with page.expect_file_chooser(timeout=10_000) as chooser:
                page.keyboard.press("Space")
            return chooser.value
        except PlaywrightTimeout:
            if attempt == tries:
                raise
            assert page.evaluate("document.activeElement.id") == "bestand"


def keyboard_upload(page, server, data: bytes, name: str, mime: str):
    """Choose a file and send the form with the keyboard only."""
    page.goto(server + "/")
    page.keyboard.press("Tab")  # skip link
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "bestand":
            break
    assert page.evaluate("document.activeElement.id") == "bestand"
    chooser = open_file_chooser_with_space(page)
    chooser.set_files({"name": name, "mimeType": mime, "buffer": data})
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_upload_page_has_no_axe_violations(page, server):
    page.goto(server + "/")
    assert page.evaluate("document.documentElement.lang") == "nl"
    assert axe(page) == []
    page.goto(server + "/hulp")
    assert axe(page) == []
    page.goto(server + "/regels/DD103")
    assert axe(page) == []


def test_docx_flow_with_keyboard(page, server):
    from duidelijk.formatters.docx_comments import comments_with_text

    keyboard_upload(page, server, docx_letter(), "brief.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert "/resultaat/" in page.url
    # marks at the right words
    texts = page.eval_on_selector_all(
        "mark[id][data-code]", "els => els.map(e => [e.dataset.code, e.dataset.category, e.textContent])")
    for word, code in KNOWN.items():
        assert [code, "jargon", word] in texts, texts
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "resultaat.png"), full_page=True)
    assert axe(page) == []

    # the keyboard reaches the mark of 'middels'; Enter opens its explanation
    target = page.eval_on_selector("mark[id][data-code=DD103]:not([data-part])", "e => e.id")
    middels = [t for t in page.eval_on_selector_all(
        "mark[id][data-code=DD103]", "els => els.map(e => [e.id, e.textContent])") if t[1] == "middels"][0][0]
    assert target
    page.locator("main").focus()
    order = []
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate("(() => { const a = document.activeElement;"
                                " return a.classList.contains('knop') ? a.parentElement.id : null; })()")
        if focused:
            order.append(int(focused.split("-")[1]))
        if focused == middels:
            break
    assert order and order[-1] == int(middels.split("-")[1])
    assert order == sorted(order)  # reading order
    page.keyboard.press("Enter")
    panel = page.locator(f"#u-{middels.split('-')[1]}")
    assert panel.is_visible()
    assert page.evaluate("document.activeElement.id") == f"u-{middels.split('-')[1]}"
    assert "Voorstel" in panel.inner_text() and "met" in panel.inner_text()
    assert panel.locator("a[href='/regels/DD103']").count() == 1
    assert axe(page) == []  # also with an explanation open
    page.keyboard.press("Escape")
    assert not panel.is_visible()
    assert page.evaluate("document.activeElement.parentElement.id") == middels

    # the list: choosing an item goes to its mark
    page.click(f"a.naar-mark[data-mark='{middels}']")
    assert page.evaluate("document.activeElement.parentElement.id") == middels

    # filters: switch off official language
    page.check("#cat-jargon")
    page.uncheck("#cat-jargon")
    assert "uit" in page.get_attribute(f"#{middels}", "class")
    assert not page.locator(f"#{middels} > .knop").is_visible()
    page.check("#cat-jargon")
    assert "uit" not in page.get_attribute(f"#{middels}", "class")

    # download the Word file with comments
    with page.expect_download() as info:
        page.click("text=Uw Word-bestand met opmerkingen")
    data = Path(info.value.path()).read_bytes()
    anchors = {c["anchor"]: c["text"] for c in comments_with_text(data)}
    for word in KNOWN:
        assert word in anchors
    assert "Voorstel" in anchors["middels"]
    assert page.errors == []


def test_error_page_has_no_axe_violations(page, server):
    keyboard_upload(page, server, b"\x89PNG\r\n\x1a\n" + bytes(100), "foto.png", "image/png")
    alert = page.locator("#fout")
    assert alert.is_visible()
    assert "Dit soort bestand" in alert.inner_text()
    assert page.evaluate("document.activeElement.id") == "fout"  # the message gets the focus
    assert axe(page) == []
    page.goto(server + "/bestaat-niet")
    assert axe(page) == []


@pytest.mark.parametrize("width", [360, 640])  # a phone, and 200 % zoom of a 1280 px window
def test_narrow_screen_and_zoom(browser, server, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    pg = context.new_page()
    try:
        from browser.letters import one_page_letter

        for path in ("/", "/hulp"):
            pg.goto(server + path)
            assert pg.evaluate("document.documentElement.scrollWidth") <= width
        pg.goto(server + "/")
        pg.fill("#tekst", one_page_letter())
        with pg.expect_navigation():
            pg.click("button[type=submit]")
        assert pg.evaluate("document.documentElement.scrollWidth") <= width
        assert pg.locator("mark[data-code]").count() > 10
        if width == 360:
            ARTIFACTS.mkdir(exist_ok=True)
            pg.screenshot(path=str(ARTIFACTS / "resultaat-360px.png"))
    finally:
        context.close()
