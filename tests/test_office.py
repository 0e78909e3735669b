"""The Word add-in's server side (issue 16, docs/word.md): the manifest, the task pane's
headers, the icons. The pane itself runs in tests/browser/test_office_browser.py.

The manifest is checked against what Microsoft's schema for task pane add-ins requires
(the required elements in the schema's order, resource ids and string lengths, https
addresses that this server answers) and, when node and office-addin-manifest-converter
(npm, `npm ci`) are there, read by Microsoft's own manifest parser.
Microsoft's `office-addin-manifest validate` is not used: it sends the manifest to a web
service of Microsoft (it fails offline), see docs/word.md.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytest.importorskip("flask")

from duidelijk.web import create_app  # noqa: E402
from duidelijk.web.office import DEFAULT_ADDIN_ID, TEXTS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NS = {"o": "http://schemas.microsoft.com/office/appforoffice/1.1",
      "bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
      "ov": "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
      "xsi": "http://www.w3.org/2001/XMLSchema-instance"}
XSI_TYPE = "{%s}type" % NS["xsi"]
PUBLIC = "https://duidelijk.gemeente.example"
# OfficeApp (TaskPaneApp): the schema's sequence; (name, required)
SEQUENCE = [("Id", True), ("AlternateId", False), ("Version", True), ("ProviderName", True),
            ("DefaultLocale", True), ("DisplayName", True), ("Description", True), ("IconUrl", False),
            ("HighResolutionIconUrl", False), ("SupportUrl", False), ("AppDomains", False), ("Hosts", False),
            ("Requirements", False), ("DefaultSettings", True), ("Permissions", True), ("Dictionary", False),
            ("VersionOverrides", False)]


@pytest.fixture()
def no_env(monkeypatch):
    for name in ("DUIDELIJK_PUBLIC_URL", "DUIDELIJK_OFFICE_ID", "DUIDELIJK_OFFICE_FRAME_ANCESTORS"):
        monkeypatch.delenv(name, raising=False)


def client(**config):
    return create_app({"TESTING": True, "SECRET_KEY": "t", "PRELOAD_MODEL": False, **config}).test_client()


def manifest(c, base=""):
    resp = c.get(base + "/office/manifest.xml")
    assert resp.status_code == 200, resp.get_data(as_text=True)
    assert resp.mimetype == "application/xml"
    return ET.fromstring(resp.data)


def local(tag: str) -> str:
    return tag.split("}", 1)[1]


@pytest.mark.parametrize("url", [None, "", "http://duidelijk.gemeente.example", "duidelijk.gemeente.example",
                                 "https://", "https://x.example/?a=1", "ftp://x.example"])
def test_manifest_needs_a_public_https_address(no_env, url):
    c = client(**({"PUBLIC_URL": url} if url is not None else {}))
    resp = c.get("/office/manifest.xml")
    assert resp.status_code == 404
    page = resp.get_data(as_text=True)
    assert "https" in page and "beheerder" in page
    assert "<OfficeApp" not in page


def test_manifest_address_from_the_environment(no_env, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_PUBLIC_URL", PUBLIC + "/")
    root = manifest(client())
    assert root.find("o:DefaultSettings/o:SourceLocation", NS).get("DefaultValue") == PUBLIC + "/office/taakvenster"


def test_manifest_has_the_required_elements_in_the_schema_order(no_env):
    c = client(PUBLIC_URL=PUBLIC)
    root = manifest(c)
    assert root.tag == "{%s}OfficeApp" % NS["o"]
    assert root.get(XSI_TYPE) == "TaskPaneApp"
    children = [local(e.tag) for e in root]
    names = [n for n, _ in SEQUENCE]
    assert all(n in names for n in children), children
    assert [names.index(n) for n in children] == sorted(names.index(n) for n in children)  # schema order
    for name, required in SEQUENCE:
        if required:
            assert name in children, name
    assert len(children) == len(set(children))

    assert str(uuid.UUID(root.findtext("o:Id", namespaces=NS))) == DEFAULT_ADDIN_ID
    assert len(root.findtext("o:Version", namespaces=NS).split(".")) == 4
    assert root.findtext("o:DefaultLocale", namespaces=NS) == "nl-NL"
    assert [h.get("Name") for h in root.findall("o:Hosts/o:Host", NS)] == ["Document"]  # Word
    assert root.findtext("o:Permissions", namespaces=NS) == "ReadWriteDocument"
    sets = {s.get("Name"): s.get("MinVersion") for s in root.findall("o:Requirements/o:Sets/o:Set", NS)}
    assert sets == {"WordApi": "1.3"}  # paragraphs, search, expandTo; comments (1.4) are checked in the pane
    for name in ("DisplayName", "Description"):
        assert root.find("o:" + name, NS).get("DefaultValue")

    vo = root.find("ov:VersionOverrides", NS)
    assert vo.get(XSI_TYPE) == "VersionOverridesV1_0"
    host = vo.find("ov:Hosts/ov:Host", NS)
    assert host.get(XSI_TYPE) == "Document"
    action = host.find(".//ov:Control/ov:Action", NS)
    assert action.get(XSI_TYPE) == "ShowTaskpane"
    assert host.find(".//ov:ExtensionPoint", NS).get(XSI_TYPE) == "PrimaryCommandSurface"

    # every resid points to a resource of the right kind; ids at most 32 characters, strings
    # at most 125 (short) and 250 (long) characters
    resources = vo.find("ov:Resources", NS)
    kinds = {}
    for kind, tag in (("image", "bt:Images/bt:Image"), ("url", "bt:Urls/bt:Url"),
                      ("short", "bt:ShortStrings/bt:String"), ("long", "bt:LongStrings/bt:String")):
        for e in resources.findall(tag, NS):
            assert e.get("id") not in kinds and len(e.get("id")) <= 32
            kinds[e.get("id")] = kind
            limit = {"short": 125, "long": 250}.get(kind)
            if limit:
                assert 0 < len(e.get("DefaultValue")) <= limit
    expect = {"Label": "short", "Title": "short", "Description": "long", "SourceLocation": "url",
              "LearnMoreUrl": "url", "Image": "image"}
    used = set()
    for e in host.iter():
        if e.get("resid"):
            assert kinds[e.get("resid")] == expect[local(e.tag)], (local(e.tag), e.get("resid"))
            used.add(e.get("resid"))
    assert used == set(kinds)  # nothing unused either
    sizes = sorted(int(i.get("size")) for i in host.find(".//ov:Control/ov:Icon", NS))
    assert sizes == [16, 32, 80]


def test_manifest_addresses_are_https_and_answered_by_this_server(no_env):
    from PIL import Image

    c = client(PUBLIC_URL=PUBLIC)
    root = manifest(c)
    urls = [e.get("DefaultValue") for e in root.iter() if (e.get("DefaultValue") or "").startswith("http")]
    assert len(urls) >= 8
    for url in urls:
        assert url.startswith(PUBLIC + "/"), url
        resp = c.get(urlsplit(url).path)
        assert resp.status_code == 200, url
        if url.endswith(".png"):
            image = Image.open(io.BytesIO(resp.data))
            assert image.format == "PNG"
            assert image.size == (int(url.rsplit("-", 1)[1][:-4]),) * 2
    icons = {i.get("id"): i.get("DefaultValue") for i in root.iterfind(".//bt:Image[@DefaultValue]", NS)}
    for size in (16, 32, 80):
        assert icons[f"Duidelijk.Icoon.{size}"].endswith(f"-{size}.png")
    assert root.find("o:IconUrl", NS).get("DefaultValue").endswith("-32.png")
    assert root.find("o:HighResolutionIconUrl", NS).get("DefaultValue").endswith("-64.png")


def test_manifest_behind_a_path_prefix(no_env):
    app = create_app({"TESTING": True, "SECRET_KEY": "t", "PRELOAD_MODEL": False,
                      "PUBLIC_URL": "https://gemeente.example/duidelijk"})
    c = app.test_client()
    resp = c.get("/office/manifest.xml", base_url="http://localhost/duidelijk/")
    root = ET.fromstring(resp.data)
    assert root.find("o:DefaultSettings/o:SourceLocation", NS).get("DefaultValue") == \
        "https://gemeente.example/duidelijk/office/taakvenster"
    pane = c.get("/office/taakvenster", base_url="http://localhost/duidelijk/").get_data(as_text=True)
    assert '"api": "/duidelijk/api/v1/check"' in pane


def test_addin_id_is_stable_and_configurable(no_env, monkeypatch):
    own = str(uuid.uuid4())
    assert manifest(client(PUBLIC_URL=PUBLIC)).findtext("o:Id", namespaces=NS) == DEFAULT_ADDIN_ID
    assert manifest(client(PUBLIC_URL=PUBLIC, OFFICE_ADDIN_ID=own)).findtext("o:Id", namespaces=NS) == own
    monkeypatch.setenv("DUIDELIJK_OFFICE_ID", own.upper())
    assert manifest(client(PUBLIC_URL=PUBLIC)).findtext("o:Id", namespaces=NS) == own
    resp = client(PUBLIC_URL=PUBLIC, OFFICE_ADDIN_ID="mijn-add-in").get("/office/manifest.xml")
    assert resp.status_code == 404 and "nummer" in resp.get_data(as_text=True)


def test_csp_exception_only_on_the_task_pane(no_env):
    c = client()
    pane = c.get("/office/taakvenster")
    assert pane.status_code == 200
    csp = dict(d.strip().split(" ", 1) for d in pane.headers["Content-Security-Policy"].split(";"))
    assert csp["script-src"] == "'self' https://appsforoffice.microsoft.com"
    assert csp["connect-src"] == "'self'"  # the text goes to this server only
    assert csp["default-src"] == "'none'"
    assert "https://*.officeapps.live.com" in csp["frame-ancestors"] and "*" not in csp["frame-ancestors"].split()
    assert "X-Frame-Options" not in pane.headers  # frame-ancestors decides: Word on the web frames the pane
    html = pane.get_data(as_text=True)
    outside = [s for s in _sources(html) if not s.startswith(("/", "data:"))]
    assert outside == ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]
    for path in ("/", "/hulp", "/office/manifest.xml", "/office/bestanden/taakvenster.js", "/static/duidelijk.css"):
        resp = c.get(path)
        assert "microsoft" not in resp.headers["Content-Security-Policy"], path
        assert "frame-ancestors 'none'" in resp.headers["Content-Security-Policy"], path
        assert resp.headers["X-Frame-Options"] == "DENY", path
        assert resp.headers["Cross-Origin-Resource-Policy"] == "same-origin", path
    # Word on the web shows the icons on a Microsoft page
    assert c.get("/office/bestanden/icoon-32.png").headers["Cross-Origin-Resource-Policy"] == "cross-origin"


def test_frame_ancestors_configurable(no_env, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_OFFICE_FRAME_ANCESTORS", "https://*.officeapps.live.com https://word.example 'unsafe-inline'")
    csp = client().get("/office/taakvenster").headers["Content-Security-Policy"]
    assert csp.endswith("frame-ancestors https://*.officeapps.live.com https://word.example")


def _sources(html: str) -> list[str]:
    import re

    return re.findall(r'(?:src|href)="([^"]+)"', html)


def test_pane_texts_and_data(no_env):
    html = client().get("/office/taakvenster").get_data(as_text=True)
    data = json.loads(html.split('<script id="gegevens" type="application/json">', 1)[1].split("</script>", 1)[0])
    assert data["texts"] == TEXTS
    assert data["api"] == "/api/v1/check"
    assert set(data["levels"]) == {"1", "2", "3", "4"}
    from duidelijk.formatters.html import CATEGORY_LABELS

    assert [c["category"] for c in data["categories"]] == list(CATEGORY_LABELS)


NODE = shutil.which("node")
CONVERTER = ROOT / "node_modules" / "office-addin-manifest-converter" / "cli.js"


@pytest.mark.skipif(not NODE or not CONVERTER.exists(),
                    reason="node of office-addin-manifest-converter ontbreekt (npm ci in de hoofdmap)")
def test_microsofts_manifest_parser_reads_it(no_env, tmp_path):
    """office-addin-manifest-converter (Microsoft, npm) reads the XML manifest with Office's own
    parser (osfmos) to convert it; offline, without downloading the icons. It is lenient (it
    does not check the element order), so the schema checks above stay."""
    c = client(PUBLIC_URL=PUBLIC)
    (tmp_path / "manifest.xml").write_bytes(c.get("/office/manifest.xml").data)
    out = subprocess.run([NODE, str(CONVERTER), "convert", "manifest.xml", "-o", "uit"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "error" not in (out.stdout + out.stderr).lower(), out.stdout + out.stderr
    result = json.loads((tmp_path / "uit" / "manifest.json").read_text(encoding="utf-8"))
    assert result["id"] == DEFAULT_ADDIN_ID
    assert result["name"]["short"] == "duidelijk"
    assert result["validDomains"] == [PUBLIC]
    ext = result["extensions"][0]
    assert {"name": "WordApi", "minVersion": "1.3"} in ext["requirements"]["capabilities"]
    assert ext["requirements"]["scopes"] == ["document"]
    pages = {r["code"]["page"] for r in ext["runtimes"]}
    assert pages == {PUBLIC + "/office/taakvenster"}
    assert any(a["type"] == "openPage" for r in ext["runtimes"] for a in r["actions"])
    assert ext["ribbons"]

    # a broken manifest is refused
    (tmp_path / "kapot.xml").write_bytes(c.get("/office/manifest.xml").data.replace(b"</OfficeApp>", b""))
    out = subprocess.run([NODE, str(CONVERTER), "convert", "kapot.xml", "-o", "kapot"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert not (tmp_path / "kapot" / "manifest.json").exists()
