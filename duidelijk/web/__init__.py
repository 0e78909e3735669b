"""The web page: upload a letter, see it marked in place, download it back with Word comments.

Development: ``duidelijk serve`` (see ``register``). Production: one waitress process with
threads, ``waitress-serve --host 127.0.0.1 --port 8080 --call duidelijk.web:create_app``; the
checks themselves run in worker processes, one per core (``workers.Checker``).

Privacy: an upload is read in memory (no temporary files, see ``MemoryRequest``), never
logged, and the result is kept in memory only (``store.ResultStore``) for ``RESULT_TTL``
seconds or until the user deletes it.
"""

from __future__ import annotations

import atexit
import importlib
import io
import logging
import os
import threading
from datetime import timedelta
from pathlib import Path

from flask import Flask, Request, abort, flash, make_response, redirect, render_template, request, url_for
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from duidelijk.web.results import CheckError, check_upload, download, download_name, result_for, session_owner, store
from duidelijk.web.store import Entry, ResultStore

MB = 1024 * 1024
SESSION_HOURS = 8  # a signed-in session (and a browser session's results) ends after this
# optional parts built on this page, loaded by name: each has NAME, enabled(config) and
# init_app(app), and uses only duidelijk.web.results (so this package never imports them)
FEATURES = ("duidelijk.review", "duidelijk.web.api")  # the API: /api/v1, docs/api.md
MAX_UPLOAD_BYTES = 10 * MB
MAX_TEXT_CHARS = 100_000
ALLOWED_SUFFIXES = {".docx", ".pdf", ".txt", ".md", ".markdown", ".text", ".html", ".htm"}
ALLOWED_FORMATS = {"docx", "pdf", "text", "markdown", "html"}

# HTTP status per ReadError code: the file is empty (400), too large (413), of a type we do
# not read (415), or of a right type but unreadable: broken, locked, a scan (422).
STATUS = {
    "empty": 400,
    "both": 400,
    "no-text": 400,
    "too-large": 413,
    "unsupported": 415,
    "strict": 415,
    "binary": 415,
    "type": 415,
    "encoding": 422,
    "corrupt": 422,
    "zip-bomb": 422,
    "encrypted": 422,
    "scan": 422,
    "not-dutch": 422,
    "unreadable": 422,
    "csrf": 400,
    "worker-stopped": 503,
    "timeout": 503,
    "check-error": 500,
}
MESSAGES = {
    "nothing": "U heeft geen bestand gekozen en geen tekst geplakt. Kies een bestand of plak een tekst.",
    "both": "U heeft een bestand gekozen en ook een tekst geplakt. Kies één van de twee.",
    "type": "Dit soort bestand kan duidelijk niet lezen. Kies een Word-bestand, een pdf, een tekstbestand of een webpagina.",
    "too-large": "Het bestand is te groot. Het mag hoogstens 10 megabyte zijn.",
    "text-too-long": "De tekst is te lang. Een tekst mag hoogstens {max} tekens hebben. Maak de tekst korter of controleer hem in delen.",
    "csrf": "De pagina was te lang open. Probeer het nog een keer.",
    "worker-stopped": "Het controleren lukte niet. Probeer het over een minuut nog een keer.",
    "timeout": "Het controleren duurde te lang. Probeer een kleiner bestand, of probeer het later nog een keer.",
    "check-error": "Wij konden deze tekst niet controleren. Dat ligt aan ons. Probeer het later nog een keer.",
    "unreadable": "Dit bestand kan duidelijk niet lezen. Sla het opnieuw op en probeer het nog eens.",
}

_analyse_lock = threading.Lock()
log = logging.getLogger("duidelijk.web")


class MemoryRequest(Request):
    """Uploaded files stay in memory: Werkzeug would spool large ones to a temporary file."""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        return io.BytesIO()


def default_workers() -> int:
    """Worker processes for checks: ``DUIDELIJK_WORKERS``, else one per core (at most 4);
    0 (check in the web process) on a machine with one core."""
    env = os.environ.get("DUIDELIJK_WORKERS", "").strip()
    if env.isdigit():
        return int(env)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 0 if cores < 2 else min(cores, 4)


def _proxies_from_env() -> int:
    value = os.environ.get("DUIDELIJK_PROXIES", "").strip()
    if not value:
        return 0
    if not value.isdigit() or int(value) > 5:
        raise SystemExit("DUIDELIJK_PROXIES moet een getal van 0 tot en met 5 zijn: het aantal proxy's voor duidelijk.")
    return int(value)


def create_app(config: dict | None = None) -> Flask:
    """The Flask app. ``config`` overrides settings (SECRET_KEY, MAX_UPLOAD_BYTES, RESULT_TTL,
    PRELOAD_MODEL, DUIDELIJK_CONFIG: a duidelijk ``Config`` or dict, ANALYSIS_WORKERS: worker
    processes for checks, CHECK_TIMEOUT in seconds, ...)."""
    from flask_wtf.csrf import CSRFError, CSRFProtect

    app = Flask(__name__)
    app.request_class = MemoryRequest
    app.config.update(
        SECRET_KEY=os.environ.get("DUIDELIJK_SECRET_KEY") or os.urandom(32),
        MAX_UPLOAD_BYTES=MAX_UPLOAD_BYTES,
        MAX_TEXT_CHARS=MAX_TEXT_CHARS,
        RESULT_TTL=1800,
        RESULT_MAX_ITEMS=200,
        PRELOAD_MODEL=True,
        DUIDELIJK_CONFIG=None,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=os.environ.get("DUIDELIJK_HTTPS") == "1",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        FEATURES=FEATURES,
        WTF_CSRF_TIME_LIMIT=None,
        WTF_CSRF_SSL_STRICT=False,
        PROXIES=_proxies_from_env(),
    )
    app.config.update(config or {})
    if app.config["PROXIES"]:
        # behind nginx or Apache: the client's address comes from X-Forwarded-For, set by that
        # many proxies (the login rate limit counts per address); never trusted without them
        from werkzeug.middleware.proxy_fix import ProxyFix

        n = int(app.config["PROXIES"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=0, x_port=0, x_prefix=0)
    # the whole request: the file plus a little room for the form fields
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_UPLOAD_BYTES"] + MB
    app.config["MAX_FORM_MEMORY_SIZE"] = 4 * app.config["MAX_TEXT_CHARS"] + 64 * 1024
    app.extensions["duidelijk_store"] = ResultStore(app.config["RESULT_TTL"], app.config["RESULT_MAX_ITEMS"])
    CSRFProtect(app)

    from duidelijk.config import Config

    cfg = app.config["DUIDELIJK_CONFIG"]
    if cfg is None:
        cfg = Config()
    elif isinstance(cfg, dict):
        cfg = Config.from_dict(cfg)
    app.extensions["duidelijk_config"] = cfg
    from duidelijk.web.workers import MAX_BATCH, Checker

    workers = app.config.get("ANALYSIS_WORKERS")
    if workers is None:  # tests check in the web process; a server uses every core
        workers = 0 if app.testing else default_workers()
    checker = Checker(int(workers), timeout=float(app.config.get("CHECK_TIMEOUT", 300)),
                      batch=int(app.config.get("CHECK_BATCH", MAX_BATCH)))
    app.extensions["duidelijk_checker"] = checker
    if app.config["PRELOAD_MODEL"]:
        if checker.workers:
            checker.start(cfg)
            atexit.register(checker.close)
        else:
            from duidelijk.model import load_pipeline

            load_pipeline(cfg.model)
            warm_up(cfg)

    _register_filters(app)
    _register_routes(app)
    from duidelijk.web import office

    office.init_app(app)  # the Word add-in (docs/word.md)

    features = []
    for name in app.config["FEATURES"]:  # e.g. reviews by taalambassadeurs, with a database (docs/review.md)
        feature = importlib.import_module(name)
        if feature.enabled(app.config):
            feature.init_app(app)
            features.append(feature.NAME)
    app.config["DUIDELIJK_FEATURES"] = tuple(features)  # "review" shows "Meelezen" in the menu

    @app.errorhandler(CSRFError)
    def csrf_error(err):
        return _upload_error(app, "csrf", MESSAGES["csrf"])

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(err):
        if request.endpoint == "check" or request.path == "/controleren":
            return _upload_error(app, "too-large", MESSAGES["too-large"])
        return _error_page(413, "Te groot", "Dit verzoek is te groot.")

    @app.errorhandler(HTTPException)
    def http_error(err):
        titles = {404: "Pagina niet gevonden", 405: "Dit kan niet op deze pagina"}
        texts = {404: "Deze pagina bestaat niet, of is er niet meer.",
                 405: "Ga terug naar de vorige pagina en probeer het opnieuw."}
        code = err.code or 500
        return _error_page(code, titles.get(code, "Er ging iets mis"),
                           texts.get(code, "Probeer het later nog een keer."))

    @app.errorhandler(Exception)
    def server_error(err):
        log.error("fout bij %s: %s", request.endpoint, type(err).__name__)  # no content, no message
        return _error_page(500, "Er ging iets mis", "Er ging iets mis bij ons. Probeer het later nog een keer.")

    @app.after_request
    def headers(response):
        h = response.headers
        h.setdefault(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        )
        h["X-Content-Type-Options"] = "nosniff"
        h["Referrer-Policy"] = "no-referrer"
        h["X-Frame-Options"] = "DENY"
        h["Cross-Origin-Opener-Policy"] = "same-origin"
        h["Cross-Origin-Resource-Policy"] = "same-origin"
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if request.endpoint not in ("static",):
            h.setdefault("Cache-Control", "no-store")
        return response

    if app.config["PRELOAD_MODEL"] and checker.workers:
        _freeze_started()
    return app


def _freeze_started() -> None:
    """A server with check workers: what the web process has built by now (modules, Flask, the
    app: about 40,000 objects) lives as long as the process, so move it out of sight of Python's
    cyclic garbage collector (``gc.freeze``, as the analysis does after its first text). Each of
    its full collections walked all of it again: 50-95 ms with the web process standing still,
    about once every 60 uploads under load."""
    import gc

    gc.collect()  # garbage of the start itself is freed first, not kept for good
    gc.freeze()


def _register_filters(app: Flask) -> None:
    from duidelijk.formatters.html import add_filters

    add_filters(app.jinja_env)
    links: dict[tuple[str, str], str] = {}

    def rule_link(code: str) -> str:  # one per finding on a result page: url_for is not free
        key = (request.script_root, code)
        if key not in links:
            links[key] = url_for("rule", code=code)
        return links[key]

    app.jinja_env.globals["rule_link"] = rule_link
    app.jinja_env.globals["MAX_MB"] = lambda: app.config["MAX_UPLOAD_BYTES"] // MB
    app.jinja_env.globals["MAX_TEXT"] = lambda: f"{app.config['MAX_TEXT_CHARS']:,}".replace(",", ".")


def _error_page(status: int, title: str, text: str):
    return make_response(render_template("error.html", title=title, text=text, status=status), status)


def _upload_error(app: Flask, code: str, message: str, text: str = ""):
    status = STATUS.get(code, 422)
    body = render_template("upload.html", error=message, error_code=code, text=text)
    return make_response(body, status)


def _too_long(app: Flask) -> str:
    return MESSAGES["text-too-long"].format(max=f"{app.config['MAX_TEXT_CHARS']:,}".replace(",", "."))


def _suffix(name: str) -> str:
    return Path(name or "").suffix.lower()


def read_upload(data: bytes, name: str, config):
    """Bytes to a Document; raises ReadError with a plain-Dutch message and a code."""
    from duidelijk.readers import ReadError, read_bytes, sniff

    if _suffix(name) and _suffix(name) not in ALLOWED_SUFFIXES:
        raise ReadError("type", MESSAGES["type"])
    if data.strip():
        fmt = sniff(data, name)
        if fmt not in ALLOWED_FORMATS and fmt not in {"zip", "doc", "rtf", "po"}:
            raise ReadError("type", MESSAGES["type"])
    try:
        return read_bytes(data, name, config.placeholders)
    except ReadError:
        raise
    except Exception as err:  # a parser that fails in an unexpected way: the file is broken
        log.warning("bestand niet te lezen: %s", type(err).__name__)
        raise ReadError("unreadable", MESSAGES["unreadable"]) from None


WARM_UP_TEXT = (
    "Geachte mevrouw Jansen,\n\nUw aanvraag wordt door ons in behandeling genomen. Indien u vragen heeft, "
    "kunt u ons middels het formulier bereiken. Wij sturen u binnenkort een brief over de WOZ-waarde.\n"
)


def warm_up(config) -> None:
    """Check one short letter at start, so word lists and tables are loaded before the first user."""
    from duidelijk.readers import read_bytes

    try:
        analyse_document(read_bytes(WARM_UP_TEXT.encode(), "warm.txt", config.placeholders), config)
        from duidelijk.model import load_pipeline

        tokenizer = load_pipeline(config.model).tokenizer
        if hasattr(tokenizer, "add_pending"):  # the letter tokenizer: all its special cases now, once,
            tokenizer.add_pending()
            tokenizer.cache_chunks()  # and each word split into its parts once (not in every letter)
    except Exception as err:  # pragma: no cover - the first real request will show the problem
        log.warning("opwarmen mislukt: %s", type(err).__name__)


def analyse_document(document, config):
    return analyse_documents([document], config)[0]


def analyse_documents(documents: list, config) -> list:
    """Reports for ``documents``, in order, from one pass of the pipeline (one check at a time
    per process: the pipeline is not made for threads)."""
    from duidelijk.analysis import analyse
    from duidelijk.model import load_pipeline

    nlp = load_pipeline(config.model)
    with _analyse_lock:
        return list(analyse(documents, config, nlp))


def _register_routes(app: Flask) -> None:
    @app.get("/")
    def upload():
        return render_template("upload.html", error=None, text="")

    @app.post("/controleren")
    def check():
        hook = app.extensions.get("duidelijk_request_config")  # e.g. a team's own word lists
        cfg = hook() if hook else app.extensions["duidelijk_config"]
        upload = request.files.get("bestand")
        text = (request.form.get("tekst") or "").replace("\r\n", "\n")
        has_file = upload is not None and bool(upload.filename)
        has_text = bool(text.strip())
        if has_file and has_text:
            return _upload_error(app, "both", MESSAGES["both"], text)
        if not has_file and not has_text:
            return _upload_error(app, "empty", MESSAGES["nothing"], text)
        if has_text:
            if len(text) > app.config["MAX_TEXT_CHARS"]:  # the text stays in the box
                return _upload_error(app, "too-large", _too_long(app), text)
            name, data = "geplakte tekst.txt", text.encode("utf-8")
        else:
            name = Path(upload.filename.replace("\\", "/")).name[:200]
            data = upload.stream.read(app.config["MAX_UPLOAD_BYTES"] + 1)
            if len(data) > app.config["MAX_UPLOAD_BYTES"]:
                return _upload_error(app, "too-large", MESSAGES["too-large"])
        try:
            report = check_upload(data, name, cfg, packed=True)  # stored as it comes, not unpacked here
        except CheckError as err:
            return _upload_error(app, err.code, err.message, text)
        if has_file and report.text_chars > app.config["MAX_TEXT_CHARS"]:
            return _upload_error(app, "too-large", _too_long(app))  # one limit for files and pasted text
        report.path = name if has_file else "Geplakte tekst"
        fmt = report.format
        entry = Entry(name=report.path, report=report, data=data if fmt == "docx" else None, format=fmt,
                      owner=session_owner(create=True))
        token = store(app).put(entry)
        for after_check in app.extensions.get("duidelijk_after_check", ()):
            after_check(entry)
        return redirect(url_for("result", token=token), code=303)

    @app.get("/resultaat/<token>")
    def result(token):
        from duidelijk.formatters.html import view

        entry = result_for(token)
        report = entry.report  # unpacked once (store.Entry keeps it pickled)
        return render_template(app.extensions.get("duidelijk_result_template", "result.html"), entry=entry,
                               report=report, token=token, v=view(report), ttl_minutes=int(app.config["RESULT_TTL"] // 60))

    @app.get("/resultaat/<token>/word")
    def download_docx(token):
        from duidelijk.formatters.docx_comments import annotate

        entry = result_for(token)
        if entry.data is None:
            return _error_page(404, "Geen Word-bestand",
                               "Dit kan alleen als u een Word-bestand heeft gekozen.")
        out = annotate(entry.data, entry.report)
        return download(out, download_name(entry.name, "-met-opmerkingen.docx"),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    @app.get("/resultaat/<token>/rapport.html")
    def download_html(token):
        from duidelijk.formatters.html import render

        entry = result_for(token)
        page = render(entry.report, title=entry.name)
        resp = download(page.encode("utf-8"), download_name(entry.name, "-rapport.html"), "text/html; charset=utf-8")
        # the report has its CSS inline: allow that, and nothing else
        resp.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
        return resp

    @app.get("/resultaat/<token>/rapport.json")
    def download_json(token):
        from duidelijk import __version__
        from duidelijk.formatters.json_format import dumps, report_dict

        entry = result_for(token)
        data = {"tool": {"name": "duidelijk", "version": __version__}, "files": [report_dict(entry.report)]}
        body = dumps(data).encode("utf-8")
        return download(body, download_name(entry.name, "-rapport.json"), "application/json")

    @app.post("/resultaat/<token>/verwijderen")
    def delete(token):
        result_for(token)  # only the session that made it
        store(app).delete(token)
        flash("Uw tekst en de uitslag zijn verwijderd.")
        return redirect(url_for("upload"), code=303)

    @app.get("/hulp")
    def help_page():
        from duidelijk.metrics import lint_level_description
        from duidelijk.rules import all_rules

        levels = [(n, lint_level_description(n)) for n in (1, 2, 3, 4)]
        return render_template("help.html", rules=all_rules(), off=rules_off(), levels=levels,
                               ttl_minutes=int(app.config["RESULT_TTL"] // 60))

    def rules_off() -> set[str]:
        """The rules this server does not use (off by default, or by its settings): the lists
        of rules show them, marked 'staat uit'."""
        from duidelijk.rules import all_rules

        cfg = app.extensions["duidelijk_config"]
        return {r.code for r in all_rules() if not cfg.enabled(r.code, r.category)}

    @app.get("/regels")
    def rules():
        from duidelijk.rules import all_rules

        return render_template("rules.html", rules=all_rules(), off=rules_off())

    @app.get("/regels/<code>")
    def rule(code):
        from duidelijk.docs import rule_settings
        from duidelijk.rules import load_rules

        cls = load_rules().get(code.upper())
        if cls is None:
            abort(404)
        if code != cls.code:
            return redirect(url_for("rule", code=cls.code), code=301)
        return render_template("rule.html", rule=cls, settings=rule_settings(cls), off=cls.code in rules_off())

    @app.get("/status")
    def status():
        return {"status": "ok"}

