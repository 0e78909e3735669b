"""The web page with Flask's test client: every route, limit and error (issue 6)."""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("flask")
pytest.importorskip("flask_wtf")

from browser.letters import (  # noqa: E402
    KNOWN,
    PDF_LINES,
    docx_letter,
    encrypted_pdf,
    one_page_letter,
    pdf_letter,
    scanned_pdf,
)

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "duidelijk" / "web"
TEXT = "Uw aanvraag wordt door ons in behandeling genomen. Wij vragen u middels dit formulier uw gegevens te verstrekken."
MB = 1024 * 1024


@pytest.fixture(scope="module")
def app(nlp):
    from duidelijk.web import create_app

    return create_app({"TESTING": True, "SECRET_KEY": "test"})


@pytest.fixture()
def client(app):
    return app.test_client()


def token(client) -> str:
    page = client.get("/").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def upload(client, data: bytes | None = None, name: str = "brief.txt", text: str = "", csrf: bool = True):
    form = {"tekst": text}
    if csrf:
        form["csrf_token"] = token(client)
    if data is not None:
        form["bestand"] = (io.BytesIO(data), name)
    return client.post("/controleren", data=form, content_type="multipart/form-data")


def result(client, **kw):
    resp = upload(client, **kw)
    assert resp.status_code == 303, resp.get_data(as_text=True)[:2000]
    loc = resp.headers["Location"]
    page = client.get(loc)
    assert page.status_code == 200
    return loc, page.get_data(as_text=True)


class Marks(HTMLParser):
    """Collects every <mark> with its attributes and the text inside it."""

    def __init__(self):
        super().__init__()
        self.marks: list[dict] = []
        self.stack: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            m = {**dict(attrs), "text": ""}
            self.marks.append(m)
            self.stack.append(m)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.stack.pop()

    def handle_data(self, data):
        for m in self.stack:
            m["text"] += data


def marks(page: str) -> list[dict]:
    p = Marks()
    p.feed(page)
    return p.marks


# --- pages ---------------------------------------------------------------------------------

def test_upload_page_states_limits_and_has_csrf(client):
    resp = client.get("/")
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert '<html lang="nl">' in page
    assert 'name="csrf_token"' in page
    assert "10 megabyte" in page
    assert "Word-bestand" in page and "pdf" in page and "webpagina" in page
    assert 'accept=".docx,.pdf,.txt,.md,.html,.htm"' in page
    assert "100.000 tekens" in page


def test_security_headers(client):
    resp = client.get("/")
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "http" not in csp and "*" not in csp
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Referrer-Policy"] == "no-referrer"
    assert resp.headers["X-Frame-Options"] == "DENY"


def test_static_files_and_no_outside_resources(client):
    for name in ("duidelijk.css", "duidelijk.js"):
        resp = client.get(f"/static/{name}")
        assert resp.status_code == 200
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
    from duidelijk.web.office import OFFICE_JS

    files = list((WEB / "templates").rglob("*.html")) + [p for p in (WEB / "static").rglob("*") if p.suffix in (".css", ".js")]
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.name == "taakvenster.html":  # the one exception: Word needs Microsoft's Office.js (docs/word.md)
            text = text.replace(f'src="{OFFICE_JS}"', "", 1)
        assert not re.search(r"(src|href)=[\"']?(https?:)?//", text), path
        assert "@import" not in text and "url(http" not in text, path


def test_help_page(client):
    page = client.get("/hulp").get_data(as_text=True)
    for anchor in ("wat", "lezen", "b1", "lint", "privacy"):
        assert f'id="{anchor}"' in page
    assert "Niveau 4" in page and "30 minuten" in page


def test_rule_pages(client):
    from duidelijk.rules import all_rules

    page = client.get("/regels").get_data(as_text=True)
    for rule in all_rules():
        assert f'href="/regels/{rule.code}"' in page
        resp = client.get(f"/regels/{rule.code}")
        assert resp.status_code == 200
        body = resp.get_data(as_text=True)
        from markupsafe import escape

        assert str(escape(rule.doc.what)) in body
        assert str(escape(rule.doc.good)) in body
    assert client.get("/regels/dd103").status_code == 301
    assert client.get("/regels/DD999").status_code == 404


def test_unknown_page_and_wrong_method(client):
    resp = client.get("/bestaat-niet")
    assert resp.status_code == 404
    assert "Pagina niet gevonden" in resp.get_data(as_text=True)
    assert client.get("/controleren").status_code == 405
    assert client.get("/status").get_json() == {"status": "ok"}


# --- results -------------------------------------------------------------------------------

def test_pasted_text_gives_result_with_marks(client):
    loc, page = result(client, text=TEXT)
    assert loc.startswith("/resultaat/")
    found = marks(page)
    first = [m for m in found if "id" in m]
    assert first, "no marks"
    for m in found:
        assert m["data-code"].startswith("DD") and m["data-category"]
    by_code = {(m["data-code"], m["text"]) for m in first}
    assert ("DD103", "middels") in by_code
    assert ("DD103", "verstrekken") in by_code
    # every first mark has a button that opens its explanation, and the explanation exists
    for m in first:
        n = m["id"].split("-")[1]
        assert f'aria-controls="u-{n}"' in page
        assert f'id="u-{n}"' in page
    assert 'href="/regels/DD103"' in page
    # summary, bars, filters, downloads
    assert "taalniveau B1" in page and "LiNT-II" in page and "Flesch-Douma" in page
    assert "<svg" in page and 'class="balk"' in page
    assert 'name="categorie" value="jargon"' in page and 'name="ernst" value="warning"' in page
    assert "rapport.html" in page and "rapport.json" in page and "/word" not in page
    assert "Dit maakt uw tekst het meest beter" in page


def test_marks_follow_reading_order(client):
    _, page = result(client, text=one_page_letter())
    ids = [int(m["id"].split("-")[1]) for m in marks(page) if "id" in m]
    buttons = [int(n) for n in re.findall(r'aria-controls="u-(\d+)"', page)]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    # the keyboard order (the buttons in the page) follows the text: finding numbers rise
    assert buttons == sorted(buttons)
    assert len(buttons) == len(set(buttons))


def test_findings_list_links_to_marks(client):
    _, page = result(client, text=TEXT)
    for target in re.findall(r'class="naar-mark" data-mark="(m-\d+)"', page):
        assert f'id="{target}"' in page


def test_docx_upload_marks_and_word_download(client):
    from duidelijk.formatters.docx_comments import comments_with_text

    loc, page = result(client, data=docx_letter(), name="brief.docx")
    assert '<h3 class="blok blok-heading">' in page
    first = {(m["data-code"], m["text"]) for m in marks(page) if "id" in m}
    for word, code in KNOWN.items():
        assert (code, word) in first
    assert f'href="{loc}/word"' in page
    resp = client.get(f"{loc}/word")
    assert resp.status_code == 200
    assert "attachment" in resp.headers["Content-Disposition"]
    assert resp.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    comments = comments_with_text(resp.data)
    anchors = {c["anchor"]: c for c in comments}
    for word in KNOWN:
        assert word in anchors
        assert anchors[word]["author"] == "duidelijk"
    assert "Voorstel: 'met' of 'door'" in anchors["middels"]["text"]
    assert "ambtelijke taal" in anchors["middels"]["text"]


def test_word_comments_keep_text_and_formatting(nlp):
    import docx

    from duidelijk.analysis import analyse
    from duidelijk.formatters.docx_comments import annotate_count
    from duidelijk.readers import read_bytes

    data = docx_letter()
    report = next(analyse([read_bytes(data, "brief.docx")], None, nlp))
    out, placed = annotate_count(data, report)
    assert placed == len(report.findings)
    before = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    after_doc = docx.Document(io.BytesIO(out))
    assert [p.text for p in after_doc.paragraphs] == before
    runs = [r for p in after_doc.paragraphs for r in p.runs if r.text == "middels"]
    assert runs and runs[0].bold
    split = [r for p in after_doc.paragraphs for r in p.runs if r.text == "verstrekken"]
    assert split and split[0].font.size is not None and split[0].font.size.pt == 13


def test_html_report_download_stands_alone(client):
    loc, _ = result(client, text=TEXT)
    resp = client.get(f"{loc}/rapport.html")
    assert resp.status_code == 200
    assert "attachment" in resp.headers["Content-Disposition"]
    page = resp.get_data(as_text=True)
    assert '<html lang="nl">' in page and "<style>" in page
    assert "<script" not in page
    assert not re.search(r"(src|href)=[\"']?(https?:)?//", page)
    assert 'data-code="DD103"' in page and "@media print" in page


def test_json_download(client):
    loc, page = result(client, text=TEXT)
    resp = client.get(f"{loc}/rapport.json")
    assert resp.status_code == 200
    data = json.loads(resp.data)
    findings = data["files"][0]["findings"]
    assert len(findings) == len([m for m in marks(page) if "id" in m])
    assert data["files"][0]["verdict"]["text"]


@pytest.mark.parametrize("name,data", [
    ("brief.md", b"# Uw aanvraag\n\nWij vragen u middels dit formulier uw gegevens te verstrekken. Indien u vragen heeft, kunt u ons bellen.\n"),
    ("brief.html", "<!doctype html><html><body><h1>Uw aanvraag</h1><p>Wij vragen u middels dit formulier uw gegevens "
                   "te verstrekken. Indien u vragen heeft, kunt u ons bellen.</p></body></html>".encode()),
    ("brief.txt", "Wij vragen u middels dit formulier uw gegevens te verstrekken.\n".encode("cp1252")),
    ("brief.pdf", pdf_letter(PDF_LINES)),
])
def test_other_types(client, name, data):
    _, page = result(client, data=data, name=name)
    assert ("DD103", "middels") in {(m["data-code"], m["text"]) for m in marks(page) if "id" in m}


def test_word_download_only_for_docx(client):
    loc, _ = result(client, text=TEXT)
    assert client.get(f"{loc}/word").status_code == 404


def test_delete_and_unknown_result(client):
    loc, _ = result(client, text=TEXT)
    page = client.get(loc).get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    resp = client.post(f"{loc}/verwijderen", data={"csrf_token": csrf})
    assert resp.status_code == 303
    assert "verwijderd" in client.get("/").get_data(as_text=True)
    gone = client.get(loc)
    assert gone.status_code == 404
    assert "Deze uitslag is er niet meer" in gone.get_data(as_text=True)
    for suffix in ("/word", "/rapport.html", "/rapport.json"):
        assert client.get(loc + suffix).status_code == 404
    assert client.get("/resultaat/onzin").status_code == 404


def test_results_expire():
    from duidelijk.web.store import Entry, ResultStore

    store = ResultStore(ttl=0)
    t = store.put(Entry("x", None, None, "text"))
    assert store.get(t) is None
    store = ResultStore(ttl=60, max_items=2)
    tokens = [store.put(Entry(str(i), None, None, "text")) for i in range(3)]
    assert store.get(tokens[0]) is None and store.get(tokens[2]) is not None


def test_store_expires_by_age_and_frees_the_bytes_of_what_goes():
    import time

    from duidelijk.web.store import Entry, ResultStore

    one = Entry("a", None, b"x" * 10, "docx").size
    store = ResultStore(ttl=60, max_bytes=2 * one + one // 2)  # room for two, not three
    late = Entry("oud", None, b"x" * 10, "docx")
    late.created = time.monotonic() - 120  # made long before it was put: too old, though not the oldest put
    fresh = store.put(Entry("a", None, b"x" * 10, "docx"))
    old = store.put(late)
    assert store.get(old) is None and store.get(fresh) is not None
    assert store.delete(fresh) and not store.delete(fresh) and len(store) == 0
    tokens = [store.put(Entry(str(i), None, b"x" * 10, "docx")) for i in range(2)]
    assert all(store.get(t) is not None for t in tokens)
    third = store.put(Entry("c", None, b"x" * 10, "docx"))  # one too many: the oldest goes
    assert store.get(tokens[0]) is None and store.get(tokens[1]) is not None and store.get(third) is not None
    stale = Entry("d", None, None, "text")
    stale.created = time.monotonic() - 120
    store.put(stale)
    assert len(store) == 2  # counting drops what is too old wherever it stands


def test_store_counts_the_packed_reports_against_its_byte_limit(nlp):
    import duidelijk
    from duidelijk.web.store import Entry, ResultStore

    report = duidelijk.check_text("Wij verzoeken u middels dit formulier de gegevens te verstrekken.")
    one = Entry("a.txt", report, None, "text").size
    store = ResultStore(ttl=60, max_bytes=one + one // 2)  # room for one report, not two
    first = store.put(Entry("a.txt", report, None, "text"))
    second = store.put(Entry("b.txt", report, None, "text"))
    assert store.get(first) is None and store.get(second) is not None
    roomy = ResultStore(ttl=60, max_bytes=3 * one)
    tokens = [roomy.put(Entry(f"{n}.txt", report, None, "text")) for n in range(2)]
    assert all(roomy.get(t) is not None for t in tokens)


def test_stored_report_is_one_packed_object_and_reads_back_whole(nlp):
    import gc

    import duidelijk
    from duidelijk.web.store import Entry, ResultStore

    report = duidelijk.check_text("Wij verzoeken u middels dit formulier de gegevens te verstrekken.")
    store = ResultStore(ttl=60)
    entry = Entry("brief.txt", report, None, "text")
    token = store.put(entry)
    packed, value = entry.__dict__["_report"]
    assert packed and isinstance(value, bytes) and not gc.is_tracked(value)  # nothing for the collector to walk
    back = store.get(token).report
    assert [(f.code, f.start, f.end, f.message) for f in back.findings] == \
        [(f.code, f.start, f.end, f.message) for f in report.findings]
    assert back.document.source_text == report.document.source_text and back.metrics == report.metrics
    assert entry.size == len(value)  # the packed report is what the store keeps
    # something that cannot be pickled is kept as it is
    stand_in = Entry("x", lambda: "rapport", b"docx", "docx")
    assert stand_in.report() == "rapport" and stand_in.size == 4
    assert Entry("leeg", None, None, "text").report is None


def test_server_with_workers_freezes_what_it_built_at_start(monkeypatch):
    import gc

    from duidelijk.web import create_app
    from duidelijk.web.workers import Checker

    frozen = []
    monkeypatch.setattr(Checker, "start", lambda self, config: None)  # no worker processes here
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    create_app({"TESTING": True, "SECRET_KEY": "t", "ANALYSIS_WORKERS": 1})
    assert frozen == [True]
    frozen.clear()
    create_app({"TESTING": True, "SECRET_KEY": "t", "ANALYSIS_WORKERS": 1, "PRELOAD_MODEL": False})
    create_app({"TESTING": True, "SECRET_KEY": "t", "ANALYSIS_WORKERS": 0, "PRELOAD_MODEL": False})
    assert frozen == []  # without workers (tests, the development server) nothing is frozen here


# --- errors ----------------------------------------------------------------------------------

def error_of(resp) -> tuple[int, str, str]:
    page = resp.get_data(as_text=True)
    m = re.search(r'class="fout" role="alert" id="fout" data-code="([^"]*)">\s*<h2>[^<]*</h2>\s*<p>([^<]*)</p>', page)
    assert m, page[:3000]
    return resp.status_code, m.group(1), m.group(2)


def broken_docx() -> bytes:
    data = docx_letter()
    return data[: len(data) // 2]


def zip_not_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hallo")
    return buf.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)


@pytest.mark.parametrize("kw,status,code,words", [
    ({}, 400, "empty", "geen bestand gekozen"),
    ({"data": b"", "name": "leeg.txt"}, 400, "empty", "leeg"),
    ({"data": b"   \n\n  ", "name": "leeg.txt"}, 400, "empty", "leeg"),
    ({"data": PNG, "name": "foto.png"}, 415, "type", "Dit soort bestand"),
    ({"data": PNG, "name": "foto.txt"}, 415, "binary", "geen tekst"),
    ({"data": zip_not_docx(), "name": "map.zip"}, 415, "type", "Dit soort bestand"),
    ({"data": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "name": "oud.docx"}, 415, "unsupported", "oud Word-bestand"),
    ({"data": broken_docx(), "name": "kapot.docx"}, 422, "corrupt", "kapot"),
    ({"data": b"%PDF-1.4\n garbage", "name": "kapot.pdf"}, 422, "corrupt", "kapot"),
    ({"data": encrypted_pdf(PDF_LINES), "name": "slot.pdf"}, 422, "encrypted", "wachtwoord"),
    ({"data": scanned_pdf(), "name": "scan.pdf"}, 422, "scan", "scan"),
    ({"text": "This letter is written in English and not in Dutch, so the checker should refuse it politely today."},
     422, "not-dutch", "niet Nederlands"),
    ({"data": b"x", "name": "a.txt", "text": TEXT}, 400, "both", "ook een tekst"),
])
def test_upload_errors(client, kw, status, code, words):
    got_status, got_code, message = error_of(upload(client, **kw))
    assert (got_status, got_code) == (status, code)
    assert words in message
    assert client.get("/").status_code == 200  # the server keeps serving


def test_too_large_file(client):
    big = b"Dit is een zin. " * (11 * MB // 16)
    status, code, message = error_of(upload(client, data=big, name="groot.txt"))
    assert status == 413 and "10 megabyte" in message
    # just over the file limit, but under the request limit: our own check
    status, code, message = error_of(upload(client, data=b"a" * (10 * MB + 10), name="groot.txt"))
    assert status == 413 and "te groot" in message
    assert client.get("/").status_code == 200


def test_too_long_text(client):
    resp = upload(client, text="woord " * 20_000)
    status, code, message = error_of(resp)
    assert status == 413 and "te lang" in message and "100.000 tekens" in message
    assert ("woord " * 20_000).strip() in resp.get_data(as_text=True)  # the pasted text is not lost


def test_one_limit_for_files_and_pasted_text(client, nlp):
    """A file holds at most as many characters as may be pasted; the reader's own message
    about a text file (5 megabyte) is kept, not replaced by the 10 megabyte of an upload."""
    from duidelijk.web import create_app

    small = create_app({"TESTING": True, "SECRET_KEY": "t", "MAX_TEXT_CHARS": 1000}).test_client()
    assert "hoogstens 1.000 tekens" in small.get("/").get_data(as_text=True)
    status, code, message = error_of(upload(small, data=("Wij sturen u een brief. " * 60).encode(), name="lang.txt"))
    assert status == 413 and "1.000 tekens" in message
    status, code, message = error_of(upload(small, text="Wij sturen u een brief. " * 60))
    assert status == 413 and "1.000 tekens" in message
    assert upload(small, data=("Wij sturen u een brief. " * 40).encode(), name="kort.txt").status_code == 303
    assert upload(small, text="Wij sturen u een brief. " * 40).status_code == 303
    status, code, message = error_of(upload(client, data=b"Dit is een zin. " * (6 * MB // 16), name="groot.txt"))
    assert status == 413 and "5 megabyte" in message and "10 megabyte" not in message, (status, code, message)


def test_smaller_limit_is_configurable(nlp):
    from duidelijk.web import create_app

    small = create_app({"TESTING": True, "SECRET_KEY": "t", "MAX_UPLOAD_BYTES": 1000}).test_client()
    status, code, message = error_of(upload(small, data=b"a " * 5000 + b"\n", name="a.txt"))
    assert status == 413


def test_csrf_required(client):
    status, code, message = error_of(upload(client, text=TEXT, csrf=False))
    assert status == 400 and code == "csrf"
    loc, _ = result(client, text=TEXT)
    assert client.post(f"{loc}/verwijderen").status_code == 400
    assert client.get(loc).status_code == 200  # not deleted without a token


def test_nothing_written_to_disk_or_logs(client, monkeypatch, caplog):
    import tempfile

    def refuse(*a, **kw):
        raise AssertionError("temporary file made")

    for name in ("TemporaryFile", "NamedTemporaryFile", "SpooledTemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    import os

    # a Word file with a large extra part: larger than what Werkzeug keeps in memory by default
    buf = io.BytesIO(docx_letter())
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_STORED) as z:
        z.writestr("customXml/extra.bin", os.urandom(700_000))
    body = buf.getvalue()
    assert len(body) > 600_000
    with caplog.at_level(logging.DEBUG):
        loc, page = result(client, data=body, name="brief.docx")
        result(client, text=TEXT + " Geheimwoord.")
        upload(client, data=broken_docx(), name="kapot.docx")
        assert client.get(f"{loc}/word").status_code == 200
    assert "middels" in page
    assert "Geheimwoord" not in caplog.text and "middels" not in caplog.text


def test_server_error_page_leaks_nothing(app, monkeypatch, caplog):
    import duidelijk.web as web

    def boom(documents, config):
        raise RuntimeError("inhoud van de brief")

    monkeypatch.setattr(web, "analyse_documents", boom)
    client = app.test_client()
    with caplog.at_level(logging.DEBUG):
        resp = upload(client, text=TEXT)
    assert resp.status_code == 500
    assert "inhoud van de brief" not in resp.get_data(as_text=True)
    assert "inhoud van de brief" not in caplog.text
    monkeypatch.undo()
    assert upload(client, text=TEXT).status_code == 303


# --- the command and the HTML pieces ------------------------------------------------------------

def test_serve_command(monkeypatch):
    from click.testing import CliRunner
    from flask import Flask

    from duidelijk.cli import cli

    runner = CliRunner()
    out = runner.invoke(cli, ["serve", "--help"])
    assert out.exit_code == 0 and "--host" in out.output and "--port" in out.output
    seen = {}
    monkeypatch.setattr(Flask, "run", lambda self, **kw: seen.update(kw))
    out = runner.invoke(cli, ["serve", "--port", "5123"])
    assert out.exit_code == 0, out.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 5123


def test_crossing_findings_stay_well_formed():
    from duidelijk.findings import Finding, Severity
    from duidelijk.formatters.html import marked_html

    fs = [Finding(c, "r", "jargon", Severity.WARNING, "m", 0, 0) for c in ("A", "B", "C")]
    html = marked_html("abcdefghij klm", [(0, 10, 0), (2, 4, 1), (8, 13, 2)], fs, True)
    assert html.count("<mark") == html.count("</mark>") == 4
    assert html.count('aria-controls="u-3"') == 1  # one button per finding
    assert 'data-part="vervolg" data-for="m-3"' in html
    found = marks(html)
    assert [m["text"] for m in found if "id" in m] == ["abcdefghij", "cd", "ij"]


def test_result_page_starts_with_skip_links_and_the_most_important_points(client):
    loc, page = result(client, text=TEXT + "\n\nIndien u vragen heeft, kunt u ons bellen. Wij sturen u een brief.")
    nav = re.search(r'<nav class="snel-naar" aria-label="Snel naar">(.*?)</nav>', page, re.S).group(1)
    targets = re.findall(r'href="#([^"]+)"', nav)
    assert targets == ["kop-samenvatting", "kop-belangrijk", "kop-downloads"]
    for t in targets:
        assert f'id="{t}"' in page
    assert page.index('class="snel-naar"') < page.index('class="document"')
    top = re.search(r'<ol class="punten belangrijk">(.*?)</ol>', page, re.S).group(1)
    severities = re.findall(r'data-severity="([^"]+)"', top)
    rank = {"error": 3, "warning": 2, "suggestion": 1}
    assert 0 < len(severities) <= 10
    assert [rank[s] for s in severities] == sorted((rank[s] for s in severities), reverse=True)
    # every mark is still in the text, and every point of the list links to one
    marks = set(re.findall(r'<mark [^>]*id="(m-\d+)"', page))
    assert set(re.findall(r'data-mark="(m-\d+)"', top)) <= marks
    assert len(marks) == len(re.findall(r'<li id="l-\d+"', page))


def test_counts_are_plain_dutch(client):
    _, page = result(client, text="Wij sturen u een brief.")
    assert "5 woorden in 1 zin." in page and "1 zinnen" not in page
    assert "(0)" not in page  # no filter for a kind of point that is not there
    assert "keer fout" not in page and "keer tip" not in page


def test_words_and_team_names_in_plain_dutch():
    from duidelijk.formatters.html import count_words, team_name

    assert [count_words(n, "woord", "woorden") for n in (0, 1, 2)] == ["geen woorden", "1 woord", "2 woorden"]
    assert team_name("Team Zorg") == "Team Zorg" and team_name("team  zorg") == "team zorg"
    assert team_name("Zorg") == "Team Zorg" and team_name("Teams") == "Team Teams"


def test_pages_say_where_the_text_stays(client):
    assert "Uw tekst blijft niet bij ons." in client.get("/").get_data(as_text=True)


def test_placeholders_are_shown_as_placeholders_not_as_mask_or_heading(client):
    text = "Geachte [NAAM],\n\n[STRAAT], [PLAATS]\n\nWij sturen u {{ datum }} een brief over uw aanvraag.\n"
    _, page = result(client, text=text)
    document = re.search(r'<div class="document"[^>]*>(.*?)</div>\s*</section>', page, re.S).group(1)
    assert "XXX" not in document
    for shown in ("[NAAM]", "[STRAAT]", "[PLAATS]", "{{ datum }}"):
        assert f'<span class="sr-only">Invulveld: </span>{shown}</span>' in document
    assert "<h3" not in document  # "[STRAAT], [PLAATS]" is not a heading
    # a real heading stays one
    _, page = result(client, text="Uw aanvraag\n\nWij sturen u een brief over uw aanvraag.\n\nMet vriendelijke groet,\n")
    assert re.search(r'<h3 class="blok blok-heading"><span class="zin-anker" id="zin-1"></span>Uw aanvraag', page)
LETTER_WITH_PARTS = """Geachte heer Jansen,

Wij hebben uw aanvraag ontvangen. U krijgt binnen twee weken bericht van ons.

Met vriendelijke groet,

Anna de Boer
Teamleider Parkeren
"""


def test_set_aside_parts_are_shown_greyed_with_their_kind(client):
    """Issue 12: the writer sees what was not judged, on the page and in the HTML report."""
    loc, page = result(client, text=LETTER_WITH_PARTS)
    report = client.get(f"{loc}/rapport.html").get_data(as_text=True)
    for html in (page, report):
        assert re.search(r'class="blok blok-salutation opzij"><span class="deel-label">aanhef</span> Geachte', html)
        assert re.search(r'class="blok blok-signature opzij"><span class="deel-label">naam onder de brief</span> Anna', html)
        assert re.search(r'class="blok blok-paragraph">(<[^>]*>)*Wij hebben', html)  # prose is not greyed
        assert "Niet gelezen als lopende tekst: 11 woorden." in html
        assert "46 procent van de woorden is geen lopende tekst" in html
    loc, page = result(client, text="Wij hebben uw brief ontvangen. U hoort snel van ons.")
    assert "opzij" not in page.split('class="document"')[1] and "Niet gelezen als lopende tekst" not in page


def test_no_prose_gives_no_verdict_on_the_page(client):
    loc, page = result(client, text="Geachte heer Jansen,\n\nMet vriendelijke groet,\n\nAnna de Boer")
    assert "Er is geen lopende tekst gevonden" in page and "oordeel-geen" in page
    assert "past bij taalniveau B1." not in page.replace("of de tekst past bij taalniveau B1.", "")
