"""The Word add-in: an Office Add-in (task pane) served by duidelijk itself (docs/word.md).

- ``GET /office/manifest.xml``: the add-in's XML manifest, built from the server's public https
  address (``PUBLIC_URL`` in the app config or ``DUIDELIJK_PUBLIC_URL`` in the environment).
  Without a valid https address it answers 404 with a plain-Dutch explanation.
- ``GET /office/taakvenster``: the task pane. It loads Office.js from Microsoft (Word requires
  that copy: see ``PANE_CSP``) and the pane's own script from ``/office/bestanden/``. The pane
  sends the document's text to ``POST /api/v1/check`` with the writer's token.
- ``/office/bestanden/...``: the pane's script, style sheet and the icons (PNG).

Word shows the task pane in its own web view (desktop) or in an iframe on a Microsoft domain
(Word on the web). The app sets ``X-Frame-Options: DENY`` and ``Cross-Origin-Resource-Policy:
same-origin`` on every response; ``OfficeHeaders`` lifts exactly those two for this part, where
the CSP's ``frame-ancestors`` names the Microsoft domains instead.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from urllib.parse import urlsplit

from flask import Blueprint, current_app, make_response, render_template, request, url_for

# The add-in's Id in Office. Stable: Office knows an installed add-in by it. An organisation
# that runs more than one duidelijk server (a test and a production server) gives each its own
# Id with OFFICE_ADDIN_ID / DUIDELIJK_OFFICE_ID.
DEFAULT_ADDIN_ID = "1602a02d-2801-4532-acba-dc332b6bcfa3"
ADDIN_VERSION = "1.0.0.0"

OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
# Where Word on the web shows the pane (in an iframe). Microsoft publishes no complete list;
# these are the domains Word on the web runs on (docs/word.md). OFFICE_FRAME_ANCESTORS in the
# app config or DUIDELIJK_OFFICE_FRAME_ANCESTORS (space-separated) replaces it.
FRAME_ANCESTORS = ("https://*.officeapps.live.com", "https://*.office.com", "https://*.office365.com",
                   "https://*.sharepoint.com", "https://*.cloud.microsoft", "https://*.microsoft365.com")
# The CSP of the task pane, and only of the task pane: Office.js must come from Microsoft's
# server (Office does not accept a copy), and its host scripts set inline styles. Everything
# else stays local: the pane's own script and style sheet, and the API on this server.
PANE_CSP = ("default-src 'none'; script-src 'self' https://appsforoffice.microsoft.com; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            "form-action 'none'; base-uri 'none'; frame-ancestors {ancestors}")
ICON_SIZES = (16, 32, 64, 80, 128)
# Findings whose first suggestion can stand in place of their words: other words (jargon,
# abbreviations written out, 'u' for 'de aanvrager', a shorter word). Other suggestions are a
# rewritten sentence (passive) or advice ("noem de datum", a verb for a nominalisation): the
# pane shows them but offers no "Neem over".
REPLACEABLE = ("jargon", "abbreviation", "address", "long-word", "difficult-word")
# The API's path (its own blueprint, duidelijk/web/api.py; stable, docs/api.md).
API_PATH = "/api/v1/check"

# Every text the pane's script shows, in plain Dutch (checked by tests/test_web_language.py).
TEXTS = {
    "geen-word": "Open deze pagina in Word. Kies in Word: Invoegtoepassingen, en dan duidelijk.",
    "laden": "Even geduld. duidelijk leest uw tekst.",
    "controleren": "Even geduld. duidelijk controleert uw tekst.",
    "leeg": "Uw document is nog leeg. Schrijf eerst een tekst.",
    "geen-sleutel": "Vul eerst uw sleutel in.",
    "sleutel-bewaard": "Uw sleutel is bewaard.",
    "sleutel-fout": "Deze sleutel werkt niet. Vraag de beheerder om een goede sleutel en vul die in.",
    "te-lang": "Uw tekst is te lang voor duidelijk. Controleer een deel van de tekst in de webpagina.",
    "te-veel": "U heeft veel teksten kort na elkaar gecontroleerd. Wacht een minuut en probeer het dan opnieuw.",
    "api-uit": "Op deze server kan duidelijk geen teksten uit Word controleren. Vraag het de beheerder.",
    "mislukt": "Het controleren lukte niet. Probeer het over een minuut nog een keer.",
    "geen-verbinding": "duidelijk is niet bereikbaar. Kijk of uw computer verbinding heeft en probeer het opnieuw.",
    "klaar": "Klaar. duidelijk heeft {n} punten gevonden.",
    "klaar-een": "Klaar. duidelijk heeft 1 punt gevonden.",
    "klaar-geen": "Klaar. duidelijk heeft geen punten gevonden.",
    "veranderd": "Deze plek is veranderd sinds de controle. Druk opnieuw op Controleer.",
    "niet-gevonden": "duidelijk kan deze woorden niet meer vinden in uw document. Druk opnieuw op Controleer.",
    "gekozen": "De woorden zijn gekozen in uw document.",
    "overgenomen": "Het voorstel staat nu in uw document.",
    "opmerking-gezet": "De opmerking staat nu in uw document.",
    "opmerking-kan-niet": "Deze versie van Word kan geen opmerkingen zetten.",
    "word-fout": "Word kon dit niet doen. Probeer het nog een keer.",
    "gedaan": "Gedaan",
    "voorstel": "Voorstel:",
    "of": "of",
    "neem-over": "Neem over: {s}",
    "zet-opmerking": "Zet als opmerking",
    "kies": "Kies deze woorden in het document",
    "opmerking-voorstel": "Voorstel: {s}",
    "niveau": "Niveau {n} van 4: {tekst}",
    "telling": "{fout} keer fout, {waarschuwing} keer waarschuwing en {tip} keer tip.",
}


def _config(name: str, env: str, default=None):
    value = current_app.config.get(name)
    if value is None:
        value = os.environ.get(env, "").strip() or default
    return value


def public_url() -> str | None:
    """The server's public https address without a trailing slash, or None when it is not set
    or is not an https address with a host."""
    value = (_config("PUBLIC_URL", "DUIDELIJK_PUBLIC_URL") or "").strip()
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment or parts.username:
        return None
    return value.rstrip("/")


def addin_id() -> str | None:
    value = str(_config("OFFICE_ADDIN_ID", "DUIDELIJK_OFFICE_ID", DEFAULT_ADDIN_ID)).strip()
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def frame_ancestors() -> str:
    value = _config("OFFICE_FRAME_ANCESTORS", "DUIDELIJK_OFFICE_FRAME_ANCESTORS", FRAME_ANCESTORS)
    if isinstance(value, str):
        value = value.split()
    sources = [s for s in value if re.fullmatch(r"[A-Za-z0-9*.:/_-]+", s)]
    return " ".join(sources) or "'none'"


def _public(endpoint: str, **values) -> str:
    """The public address of an endpoint: PUBLIC_URL plus its path within the app."""
    path = url_for(endpoint, **values)
    root = request.script_root
    if root and path.startswith(root):
        path = path[len(root):]
    return public_url() + path


def _not_ready(text: str):
    return make_response(render_template(
        "error.html", status=404, title="De invoegtoepassing voor Word staat uit", text=text), 404)


bp = Blueprint("office", __name__, url_prefix="/office", static_folder="static/office",
               static_url_path="/bestanden")


@bp.get("/manifest.xml")
def manifest():
    if public_url() is None:
        return _not_ready("De beheerder moet eerst het adres van deze server instellen. Dat adres begint met https. "
                          "Lees hoe dat moet in de handleiding over Word.")
    addin = addin_id()
    if addin is None:
        return _not_ready("De beheerder heeft een verkeerd nummer voor de invoegtoepassing ingesteld. "
                          "Lees hoe dat moet in de handleiding over Word.")
    icons = {n: _public("office.static", filename=f"icoon-{n}.png") for n in ICON_SIZES}
    body = render_template(
        "office/manifest.xml", addin_id=addin, version=ADDIN_VERSION, icons=icons,
        pane=_public("office.pane"), help=_public("help_page"), base=public_url(),
        host=urlsplit(public_url()).netloc,
    )
    resp = make_response(body)
    resp.headers["Content-Type"] = "application/xml; charset=utf-8"
    resp.headers["Content-Disposition"] = 'inline; filename="duidelijk-manifest.xml"'
    return resp


@bp.get("/taakvenster")
def pane():
    from duidelijk.formatters.html import CATEGORY_ICONS, CATEGORY_LABELS, SEVERITY_LABELS
    from duidelijk.metrics import lint_level_description

    data = {
        "api": request.script_root + API_PATH,
        "texts": TEXTS,
        "categories": [{"category": c, "label": label, "icon": CATEGORY_ICONS.get(c, "?")}
                       for c, label in CATEGORY_LABELS.items()],
        "severities": SEVERITY_LABELS,
        "replaceable": list(REPLACEABLE),
        "levels": {str(n): lint_level_description(n) for n in (1, 2, 3, 4)},
        "no_level": lint_level_description(None),
    }
    resp = make_response(render_template("office/taakvenster.html", data=json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")))
    resp.headers["Content-Security-Policy"] = PANE_CSP.format(ancestors=frame_ancestors())
    return resp


class OfficeHeaders:
    """WSGI middleware for ``/office/``: the pane may be framed by Word on the web (its CSP's
    frame-ancestors decides, so no X-Frame-Options), and Word may show the icons on a Microsoft
    page (Cross-Origin-Resource-Policy: cross-origin). Other paths pass untouched."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if not path.startswith("/office/"):
            return self.app(environ, start_response)
        framed = path == "/office/taakvenster"
        icon = path.startswith("/office/bestanden/icoon-")

        def patched(status, headers, exc_info=None):
            out = []
            for name, value in headers:
                low = name.lower()
                if framed and low == "x-frame-options":
                    continue
                if icon and low == "cross-origin-resource-policy":
                    value = "cross-origin"
                out.append((name, value))
            return start_response(status, out, exc_info) if exc_info else start_response(status, out)

        return self.app(environ, patched)


def init_app(app) -> None:
    """Register the add-in's pages on ``app`` (called by ``create_app``)."""
    app.register_blueprint(bp)
    app.wsgi_app = OfficeHeaders(app.wsgi_app)
