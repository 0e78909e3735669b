"""The small public interface of the web page for the parts built on it (reviews, an API).

Those parts import only from here; ``duidelijk.web`` never imports them (it loads the parts
named in ``FEATURES`` by name). So the arrows run one way: feature -> web.

- ``result_for(token)``: a checked text, only for the browser session that checked it.
- ``on_check`` / ``check_config`` / ``result_template``: hooks into checking and the result page.
- ``download`` / ``download_name``: a file to download, with a safe name.
- ``check_upload`` / ``CheckError`` / ``upload_message``: read and check bytes in the web page's
  worker pool, with its limits and plain-Dutch messages (for the API).
- ``api_tokens``: a feature offers its own API tokens (the review part: one per team).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from flask import abort, current_app, make_response, render_template, session

from duidelijk.web.store import Entry, ResultStore

__all__ = ["Entry", "result_for", "session_owner", "on_check", "check_config", "result_template", "download",
           "download_name", "check_upload", "CheckError", "upload_message", "api_tokens", "ApiTokens"]


def store(app=None) -> ResultStore:
    return (app or current_app).extensions["duidelijk_store"]


def session_owner(create: bool = False) -> str | None:
    """A random id for this browser session (kept in the signed session cookie). A result
    belongs to the session that made it; nobody else can open it, not even with its link."""
    owner = session.get("eigenaar")
    if owner is None and create:
        owner = session["eigenaar"] = secrets.token_urlsafe(18)
    return owner


def result_for(token: str) -> Entry:
    """The result behind ``token`` if this browser session made it; otherwise a 404 page (the
    same page as for a result that has expired, so a link says nothing to someone else)."""
    entry = store().get(token)
    owner = session_owner()
    if entry is None or owner is None or not secrets.compare_digest(entry.owner, owner):
        abort(make_response(render_template(
            "error.html", status=404, title="Deze uitslag is er niet meer",
            text="Wij bewaren een uitslag maar kort. Controleer uw tekst opnieuw.",
        ), 404))
    return entry


def on_check(app, fn) -> None:
    """Call ``fn(entry)`` after every check on the web page (in the request that checked)."""
    app.extensions.setdefault("duidelijk_after_check", []).append(fn)


def check_config(app, fn) -> None:
    """``fn()`` gives the duidelijk settings for a check (e.g. with a team's own words)."""
    app.extensions["duidelijk_request_config"] = fn


def result_template(app, name: str) -> None:
    """Show results with template ``name`` (it extends ``result.html``)."""
    app.extensions["duidelijk_result_template"] = name


def download_name(name: str, suffix: str) -> str:
    stem = Path(name or "tekst").stem or "tekst"
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)[:80].strip("-") or "tekst"
    return safe + suffix


def download(body: bytes, filename: str, mimetype: str):
    resp = make_response(body)
    resp.headers["Content-Type"] = mimetype
    resp.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    resp.headers["Cache-Control"] = "no-store"
    return resp


class CheckError(Exception):
    """A text or file that could not be checked: HTTP ``status``, a stable ``code`` and the
    upload page's plain-Dutch ``message``."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(code)
        self.status, self.code, self.message = status, code, message


def upload_message(code: str) -> str:
    """The upload page's message for ``code`` (e.g. "too-large")."""
    from duidelijk import web

    return web.MESSAGES[code]


def check_upload(data: bytes, name: str, config, packed: bool = False):
    """Read and check ``data`` for the upload page and the API: in the worker pool
    (``workers.Checker``), with content sniffing. Returns the Report, or raises CheckError with
    the reader's own message (e.g. "a text file: at most 5 megabyte"). ``packed``: a
    ``store.PackedReport``, the form the result store keeps (see ``workers.Checker.check``)."""
    from duidelijk import web
    from duidelijk.readers import ReadError
    from duidelijk.web.workers import CheckFailed

    try:
        return current_app.extensions["duidelijk_checker"].check(data, name, config, packed)
    except ReadError as err:
        raise CheckError(web.STATUS.get(err.code, 422), err.code, err.message) from None
    except CheckFailed as err:
        raise CheckError(web.STATUS.get(err.code, 503), err.code, web.MESSAGES[err.code]) from None


API_TOKENS_KEY = "duidelijk_api_feature_tokens"


@dataclass(frozen=True)
class ApiTokens:
    """API tokens a feature makes. ``active()``: is there any? ``lookup(token)``: None for an
    unknown token, else ``(key, settings)``: a stable name for the rate limit (never the token)
    and a function from the server's duidelijk settings to this token's."""

    active: Callable[[], bool]
    lookup: Callable[[str], tuple[str, Callable] | None]


def api_tokens(app, tokens: ApiTokens) -> None:
    app.extensions[API_TOKENS_KEY] = tokens
