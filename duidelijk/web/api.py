"""The HTTP API for other systems: ``/api/v1/check``, ``/api/v1/word`` and ``/api/v1/openapi.json``.

A check answers the same JSON document as ``duidelijk check --format json`` (one formatter,
``formatters.json_format``). Reading and checking go through the web page's own code: the same
worker pool (``workers.Checker``), size limits, content sniffing and plain-Dutch messages.
Nothing is stored and no text or token is logged.

Access needs a bearer token: ``API_TOKENS`` in ``create_app({...})`` or ``DUIDELIJK_API_TOKENS``
(comma-separated), or a token that a feature offers through ``results.api_tokens`` (the review
part: a team token made by a beheerder, stored
hashed; the team's approved word lists then apply). Without any token the API is off (404).
Error answers: ``{"error": {"code", "message", "field"}}``; ``code`` and ``field`` are stable
English names for programs, ``message`` is plain Dutch. See docs/api.md.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from flask import Blueprint, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from duidelijk.config import Config, ConfigError
from duidelijk.web import results

NAME = "api"  # loaded by duidelijk.web.FEATURES; always on the map, answering 404 while it has no tokens
bp = Blueprint("api", __name__, url_prefix="/api/v1")
log = logging.getLogger("duidelijk.web.api")

MIN_TOKEN_LENGTH = 16
SETTINGS = ("select", "extend_select", "ignore", "fail_on")  # request fields that change the check
JSON_FIELDS = {"tekst", "naam", *SETTINGS}
DEFAULT_TEXT_NAME = "tekst.txt"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

MESSAGES = {
    "not-found": "Dit adres bestaat niet.",
    "unauthorized": "Stuur een geldige sleutel mee in de kop Authorization: Bearer en dan de sleutel.",
    "unsupported-media-type": ("Stuur de tekst in het veld 'tekst', als 'application/json'. "
                               "Of stuur een bestand in het veld 'bestand', als 'multipart/form-data'."),
    "bad-json": "duidelijk kan dit niet lezen. Zet de tekst in het veld 'tekst', zoals in 'openapi.json' staat.",
    "unknown-field": "Het veld '{field}' kent duidelijk niet.",
    "invalid-field": "Het veld '{field}' moet een tekst zijn.",
    "missing-file": "Stuur een bestand in het veld 'bestand'.",
    "empty": "De tekst is leeg. Stuur een tekst om te controleren.",
    "text-too-long": "De tekst is te lang. Stuur hoogstens {max} tekens.",
    "not-docx": "Stuur een Word-bestand (.docx). Alleen daarin kan duidelijk opmerkingen zetten.",
    "rate-limited": "U heeft te vaak iets gestuurd. Probeer het over {seconds} seconden nog een keer.",
    "method-not-allowed": "Dit kan niet op dit adres. Kijk in 'openapi.json' hoe het wel kan.",
    "server-error": "Er ging iets mis bij ons. Probeer het later nog een keer.",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str | None = None, field: str | None = None,
                 headers: dict | None = None):
        super().__init__(code)
        self.status, self.code, self.field = status, code, field
        self.message = message if message is not None else MESSAGES[code]
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, field: str | None = None, headers: dict | None = None):
    body = {"error": {"code": code, "message": message, "field": field}}
    resp = jsonify(body)
    resp.status_code = status
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


@dataclass(frozen=True)
class Client:
    """Who sent a request: ``key`` names the token for the rate limit (never the token itself);
    ``settings`` turns the server's settings into this token's (a team token: the team's words)."""

    key: str
    settings: Callable | None = None


def tokens_from_config(app_config) -> list[str]:
    value = app_config.get("API_TOKENS")
    if value is None:
        value = os.environ.get("DUIDELIJK_API_TOKENS", "")
    if isinstance(value, str):
        value = value.split(",")
    tokens = [str(t).strip() for t in value if str(t).strip()]
    for t in tokens:
        if len(t) < MIN_TOKEN_LENGTH:
            raise SystemExit(f"Een sleutel in API_TOKENS of DUIDELIJK_API_TOKENS is te kort. "
                             f"Gebruik sleutels van minstens {MIN_TOKEN_LENGTH} tekens.")
    return tokens


class RateLimiter:
    """At most ``limit`` requests per ``window`` seconds per token (a fixed window, in memory)."""

    def __init__(self, limit: int, window: float):
        self.limit, self.window = int(limit), float(window)
        self._counts: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> int:
        """Count a request; 0 if it may go on, else the seconds to wait."""
        if self.limit <= 0:
            return 0
        now = time.monotonic()
        with self._lock:
            if len(self._counts) > 10_000:
                self._counts = {k: v for k, v in self._counts.items() if now - v[0] < self.window}
            start, count = self._counts.get(key, (now, 0))
            if now - start >= self.window:
                start, count = now, 0
            if count >= self.limit:
                return max(1, int(self.window - (now - start) + 0.999))
            self._counts[key] = (start, count + 1)
            return 0


def enabled(app_config) -> bool:
    return True


def init_app(app) -> None:
    app.extensions["duidelijk_api_tokens"] = tokens_from_config(app.config)
    app.extensions["duidelijk_api_limiter"] = RateLimiter(app.config.get("API_RATE_LIMIT", 60),
                                                          app.config.get("API_RATE_WINDOW", 60))
    app.register_blueprint(bp)
    csrf = app.extensions.get("csrf")
    if csrf is not None:  # a program sends a token, not a form from our pages
        csrf.exempt(bp)


# --- access --------------------------------------------------------------------------------------

def _feature_tokens():
    """Tokens made in a feature (the review part's team tokens), via ``results.api_tokens``."""
    return current_app.extensions.get(results.API_TOKENS_KEY)


def api_enabled() -> bool:
    hooks = _feature_tokens()
    return bool(current_app.extensions["duidelijk_api_tokens"]) or (hooks is not None and hooks.active())


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def authenticate() -> Client:
    given = _bearer()
    if given is None:
        raise ApiError(401, "unauthorized", headers={"WWW-Authenticate": 'Bearer realm="duidelijk"'})
    found = None
    given_b = given.encode("utf-8")
    for token in current_app.extensions["duidelijk_api_tokens"]:  # every one: no early exit
        if hmac.compare_digest(given_b, token.encode("utf-8")):
            found = Client("static:" + hashlib.sha256(given_b).hexdigest()[:16])
    hooks = _feature_tokens()
    if found is None and hooks is not None:
        hit = hooks.lookup(given)
        if hit is not None:
            found = Client(hit[0], settings=hit[1])
    if found is None:
        raise ApiError(401, "unauthorized",
                       headers={"WWW-Authenticate": 'Bearer realm="duidelijk", error="invalid_token"'})
    wait = current_app.extensions["duidelijk_api_limiter"].hit(found.key)
    if wait:
        raise ApiError(429, "rate-limited", MESSAGES["rate-limited"].format(seconds=wait),
                       headers={"Retry-After": str(wait)})
    return found


@bp.before_request
def _api_on():
    if not api_enabled():
        raise ApiError(404, "not-found")


# --- input ---------------------------------------------------------------------------------------

def _setting_value(key: str, value):
    if key in ("select", "extend_select", "ignore") and isinstance(value, str):  # "DD101,DD103", as on the command line
        return [v.strip() for v in value.split(",") if v.strip()]
    return value


def request_config(client: Client, settings: dict) -> Config:
    """The duidelijk settings for this request: the app's, the team's word lists for a team
    token, and the request's select/extend_select/ignore/fail_on, each checked like the
    settings file."""
    base = current_app.extensions["duidelijk_config"]
    if client.settings is not None:
        base = client.settings(base)
    changes = {}
    for key, value in settings.items():
        try:
            checked = Config.from_dict({key: _setting_value(key, value)})
        except ConfigError as err:
            raise ApiError(400, "invalid-setting", str(err), field=key) from None
        changes[key] = getattr(checked, key)
    for key in ("ignore", "extend_select"):  # like the command line over a settings file: added up
        if key in changes:
            changes[key] = [*getattr(base, key), *changes[key]]
    return replace(base, **changes) if changes else base


def _safe_name(name: str) -> str:
    return Path(name.replace("\\", "/")).name[:200] or DEFAULT_TEXT_NAME


def read_request(file_only: bool = False) -> tuple[str, bytes, dict, bool]:
    """(name, data, settings, is_file) from a JSON body or a multipart form."""
    max_bytes = current_app.config["MAX_UPLOAD_BYTES"]
    if request.mimetype == "multipart/form-data":
        unknown = [k[:50] for k in request.form if k not in SETTINGS]
        if unknown:
            raise ApiError(400, "unknown-field", MESSAGES["unknown-field"].format(field=unknown[0]), field=unknown[0])
        upload = request.files.get("bestand")
        if upload is None or not upload.filename:
            raise ApiError(400, "missing-file", field="bestand")
        data = upload.stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ApiError(413, "too-large", results.upload_message("too-large"), field="bestand")
        settings = {k: request.form[k] for k in SETTINGS if k in request.form}
        return _safe_name(upload.filename), data, settings, True
    if request.mimetype == "application/json" and not file_only:
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise ApiError(400, "bad-json")
        for key in body:
            if key not in JSON_FIELDS:
                key = key[:50]  # it is the sender's text: keep the answer short
                raise ApiError(400, "unknown-field", MESSAGES["unknown-field"].format(field=key), field=key)
        text, name = body.get("tekst"), body.get("naam", DEFAULT_TEXT_NAME)
        for key, value in (("tekst", text), ("naam", name)):
            if not isinstance(value, str):
                raise ApiError(400, "invalid-field", MESSAGES["invalid-field"].format(field=key), field=key)
        if not text.strip():
            raise ApiError(400, "empty", field="tekst")
        limit = current_app.config["MAX_TEXT_CHARS"]
        if len(text) > limit:
            raise ApiError(413, "text-too-long", MESSAGES["text-too-long"].format(max=f"{limit:,}".replace(",", ".")),
                           field="tekst")
        settings = {k: body[k] for k in SETTINGS if k in body}
        return _safe_name(name), text.encode("utf-8"), settings, False
    if file_only:
        raise ApiError(415, "unsupported-media-type", MESSAGES["not-docx"])
    raise ApiError(415, "unsupported-media-type")


def run_check(client: Client, file_only: bool = False):
    """Read the request and check it in the worker pool: (name, data, report, config)."""
    name, data, settings, is_file = read_request(file_only)
    config = request_config(client, settings)
    if file_only:
        from duidelijk.readers import sniff

        if sniff(data, name) != "docx":
            raise ApiError(415, "not-docx", field="bestand")
    try:
        report = results.check_upload(data, name, config)
    except results.CheckError as err:
        field = None if err.status >= 500 else "bestand" if is_file else "tekst"
        raise ApiError(err.status, err.code, err.message, field=field) from None
    report.path = name
    return name, data, report, config


def _exit_code(name, config, report) -> str:
    from duidelijk.cli import exit_code

    return str(exit_code([(name, config)], [report]))


# --- routes --------------------------------------------------------------------------------------

@bp.post("/check")
def check():
    from duidelijk.formatters.json_format import render

    client = authenticate()
    name, _, report, config = run_check(client)
    resp = Response(render([report]), mimetype="application/json")
    resp.headers["Duidelijk-Exit-Code"] = _exit_code(name, config, report)
    return resp


@bp.post("/word")
def word():
    from duidelijk.formatters.docx_comments import annotate_count

    client = authenticate()
    name, data, report, config = run_check(client, file_only=True)
    out, placed = annotate_count(data, report)
    resp = results.download(out, results.download_name(name, "-met-opmerkingen.docx"), DOCX_TYPE)
    resp.headers["Duidelijk-Comments"] = str(placed)
    resp.headers["Duidelijk-Findings"] = str(len(report.findings))
    resp.headers["Duidelijk-Exit-Code"] = _exit_code(name, config, report)
    return resp


@bp.get("/openapi.json")
def openapi():
    from duidelijk.web.openapi import spec

    return Response(json.dumps(spec(current_app.config), ensure_ascii=False, indent=2), mimetype="application/json")


ALLOWED = {"check": "POST", "word": "POST", "openapi.json": "GET"}


@bp.route("/<path:rest>", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def _other(rest):
    """Any other address or method under /api/v1: a JSON error, not the web page's HTML."""
    if rest in ALLOWED:
        raise ApiError(405, "method-not-allowed", headers={"Allow": ALLOWED[rest]})
    raise ApiError(404, "not-found")


# --- errors: JSON, never a page ------------------------------------------------------------------

@bp.errorhandler(ApiError)
def _api_error(err: ApiError):
    return error_response(err.status, err.code, err.message, err.field, err.headers)


@bp.errorhandler(413)
def _too_large(err):
    return error_response(413, "too-large", results.upload_message("too-large"))


@bp.errorhandler(HTTPException)
def _http_error(err: HTTPException):
    code = err.code or 500
    if code == 405:
        return error_response(405, "method-not-allowed", MESSAGES["method-not-allowed"])
    if code == 404:
        return error_response(404, "not-found", MESSAGES["not-found"])
    if code == 400:
        return error_response(400, "bad-request", MESSAGES["bad-json"])
    return error_response(code, "server-error", MESSAGES["server-error"])


@bp.errorhandler(Exception)
def _server_error(err):
    log.error("fout in de API bij %s: %s", request.endpoint, type(err).__name__)  # no content, no token
    return error_response(500, "server-error", MESSAGES["server-error"])
