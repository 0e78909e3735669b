"""Every visible text of the web page passes duidelijk's own check (no warnings, no errors).

The user's own text (the document, quoted words, findings) is marked with ``data-tekst`` in
the templates and left out; quoted example words ('middels') are masked, as in
test_own_language.py. Button labels (aria-label) and page titles count as visible text.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest

pytest.importorskip("flask")

from browser.letters import docx_letter  # noqa: E402
from duidelijk.findings import Severity  # noqa: E402

BLOCK = {"option", "p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "label", "legend", "button", "title", "th", "td",
         "ul", "ol", "div", "section", "nav", "header", "footer", "main", "form", "fieldset", "dl", "q"}
SKIP = {"script", "style", "svg"}
QUOTED = re.compile(r"(?<![^\W\d_])'[^']*'|‘[^’]*’")  # (an apostrophe inside a word opens no quote: "komma's")


class Texts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.chunks: list[str] = []
        self.buf: list[str] = []
        self.skip: list[str] = []  # open tags whose content is skipped

    def flush(self):
        text = " ".join("".join(self.buf).split())
        if re.search(r"[A-Za-z]{2}", text):
            self.chunks.append(text)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("aria-label"):
            self.chunks.append(a["aria-label"])  # button labels count, also inside the document
        if self.skip:
            if tag not in ("br", "input", "img", "meta", "link"):
                self.skip.append(tag)
            return
        if tag in SKIP or "data-tekst" in a:
            if tag not in ("br", "input"):
                self.skip.append(tag)
            return
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if self.skip:
            self.skip.pop()
            return
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def texts(page: str) -> list[str]:
    p = Texts()
    p.feed(page)
    p.flush()
    return p.chunks


def pages(client) -> dict[str, str]:
    def token():
        page = client.get("/").get_data(as_text=True)
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def post(**form):
        data = {"csrf_token": token(), "tekst": form.pop("tekst", "")}
        if "bestand" in form:
            data["bestand"] = form["bestand"]
        return client.post("/controleren", data=data, content_type="multipart/form-data")

    out = {"upload": client.get("/").get_data(as_text=True),
           "hulp": client.get("/hulp").get_data(as_text=True),
           "regels": client.get("/regels").get_data(as_text=True),
           "404": client.get("/bestaat-niet").get_data(as_text=True),
           "405": client.get("/controleren").get_data(as_text=True),
           "verlopen": client.get("/resultaat/weg").get_data(as_text=True)}
    from duidelijk.rules import all_rules

    for rule in all_rules():
        out[f"regel-{rule.code}"] = client.get(f"/regels/{rule.code}").get_data(as_text=True)
    out["fout-leeg"] = post().get_data(as_text=True)
    out["fout-beide"] = post(tekst="Hallo", bestand=(io.BytesIO(b"x"), "a.txt")).get_data(as_text=True)
    out["fout-soort"] = post(bestand=(io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(100)), "a.png")).get_data(as_text=True)
    out["fout-kapot"] = post(bestand=(io.BytesIO(docx_letter()[:3000]), "a.docx")).get_data(as_text=True)
    out["fout-groot"] = post(tekst="woord " * 20_000).get_data(as_text=True)
    out["fout-csrf"] = client.post("/controleren", data={"tekst": "Hallo"}).get_data(as_text=True)
    resp = post(bestand=(io.BytesIO(docx_letter()), "brief.docx"))
    loc = resp.headers["Location"]
    out["uitslag"] = client.get(loc).get_data(as_text=True)
    out["rapport"] = client.get(loc + "/rapport.html").get_data(as_text=True)
    out["geen-word"] = client.get(post(tekst="Wij sturen u een brief. U kunt ons bellen.").headers["Location"] + "/word").get_data(as_text=True)
    out.update(word_addin_pages(client))
    return out


def word_addin_pages(client) -> dict[str, str]:
    """The Word add-in (duidelijk/web/office.py): its task pane, the texts its script shows, the
    texts Word shows from its manifest, and the page when the manifest cannot be made."""
    import xml.etree.ElementTree as ET
    from html import escape

    from duidelijk.web.office import TEXTS

    app = client.application
    out = {"word-taakvenster": client.get("/office/taakvenster").get_data(as_text=True),
           "word-uit": client.get("/office/manifest.xml").get_data(as_text=True)}
    values = {"n": 3, "s": "'met'", "tekst": "moeilijk.", "fout": 1, "waarschuwing": 2, "tip": 3}
    shown = [text.format(**values) for text in TEXTS.values()]
    app.config["PUBLIC_URL"] = "https://duidelijk.gemeente.example"
    try:
        root = ET.fromstring(client.get("/office/manifest.xml").data)
        app.config["OFFICE_ADDIN_ID"] = "geen-nummer"
        out["word-nummer"] = client.get("/office/manifest.xml").get_data(as_text=True)
    finally:
        app.config.pop("PUBLIC_URL")
        app.config.pop("OFFICE_ADDIN_ID", None)
    shown += [e.get("DefaultValue") for e in root.iter()
              if e.get("DefaultValue") and not e.get("DefaultValue").startswith("https://")]
    out["word-teksten"] = '<html lang="nl"><body>' + "".join(f"<p>{escape(t)}</p>" for t in shown) + "</body></html>"
    return out


def test_every_ui_text_passes_own_check(nlp, check):
    from duidelijk.web import create_app

    client = create_app({"TESTING": True, "SECRET_KEY": "t"}).test_client()
    seen: set[str] = set()
    problems = []
    for name, page in pages(client).items():
        assert '<html lang="nl">' in page, name
        for text in texts(page):
            if text in seen:
                continue
            seen.add(text)
            report = check(QUOTED.sub("[woord]", text), ignore=["DD115", "DD116"])
            bad = [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]
            if bad:
                problems.append(f"{name}: {text!r} -> " + "; ".join(f"{f.code} {f.text!r}" for f in bad))
    assert len(seen) > 80
    assert not problems, "\n".join(problems)
