"""The HTTP API (/api/v1) with Flask's test client: the CLI's JSON for the same input, tokens,
limits, errors, the OpenAPI description and the Word download (issue 16)."""

from __future__ import annotations

import io
import json
import logging
import zipfile

import pytest

pytest.importorskip("flask")

from click.testing import CliRunner  # noqa: E402

from browser.letters import PDF_LINES, docx_letter, encrypted_pdf  # noqa: E402
from duidelijk.cli import cli  # noqa: E402

TOKEN = "test-token-0123456789abcdef"
OTHER = "other-token-0123456789abcdef"
TEXT = ("Geachte mevrouw Jansen,\n\nUw aanvraag wordt door ons in behandeling genomen. "
        "Wij vragen u middels dit formulier uw gegevens te verstrekken.\n\nMet vriendelijke groet,\n\nGemeente\n")
MB = 1024 * 1024


@pytest.fixture(scope="module")
def app(nlp):
    from duidelijk.web import create_app

    return create_app({"TESTING": True, "SECRET_KEY": "test", "API_TOKENS": [TOKEN, OTHER]})


@pytest.fixture()
def client(app):
    return app.test_client()


def auth(token=TOKEN):
    return {"Authorization": f"Bearer {token}"}


def post_text(client, body, token=TOKEN):
    return client.post("/api/v1/check", json=body, headers=auth(token) if token else {})


def post_file(client, data, name="brief.txt", url="/api/v1/check", token=TOKEN, **fields):
    form = {"bestand": (io.BytesIO(data), name), **fields}
    return client.post(url, data=form, content_type="multipart/form-data", headers=auth(token) if token else {})


def cli_json(tmp_path, monkeypatch, data: bytes, name: str, *options) -> dict:
    """`duidelijk check --format json` on the same bytes, as a user would run it."""
    path = tmp_path / name
    path.write_bytes(data)
    monkeypatch.setenv("DUIDELIJK_CACHE_DIR", str(tmp_path / "cache"))
    res = CliRunner().invoke(cli, ["check", "--format", "json", "--isolated", "--no-cache", *options, str(path)],
                             catch_exceptions=False)
    assert res.exit_code in (0, 1), res.output
    return json.loads(res.output), res.exit_code


def without_path(doc: dict) -> dict:
    """The JSON document with the one field that legitimately differs: ``files[].path`` (the CLI
    gives the path on the command line, the API the name sent with the text or file)."""
    doc = json.loads(json.dumps(doc))
    for f in doc["files"]:
        f.pop("path")
    return doc


def error(resp) -> dict:
    assert resp.mimetype == "application/json", resp.get_data(as_text=True)[:500]
    return resp.get_json()["error"]


# --- the same JSON as the command line ------------------------------------------------------------

def test_text_check_gives_the_cli_json(client, tmp_path, monkeypatch):
    resp = post_text(client, {"tekst": TEXT, "naam": "brief.txt"})
    assert resp.status_code == 200, resp.get_data(as_text=True)[:500]
    got = resp.get_json()
    want, code = cli_json(tmp_path, monkeypatch, TEXT.encode(), "brief.txt")
    assert got["files"][0]["path"] == "brief.txt"
    assert want["files"][0]["path"].endswith("brief.txt")
    assert without_path(got) == without_path(want)
    assert {f["code"] for f in got["files"][0]["findings"]} >= {"DD102", "DD103"}
    assert resp.headers["Duidelijk-Exit-Code"] == str(code)


def test_file_checks_give_the_cli_json(client, tmp_path, monkeypatch):
    for data, name in ((docx_letter(), "brief.docx"), (("# Kop\n\n" + TEXT).encode(), "brief.md")):
        resp = post_file(client, data, name)
        assert resp.status_code == 200, resp.get_data(as_text=True)[:500]
        want, _ = cli_json(tmp_path, monkeypatch, data, name)
        assert without_path(resp.get_json()) == without_path(want)
        assert resp.get_json()["files"][0]["path"] == name
        assert resp.get_json()["files"][0]["findings"]


def test_settings_change_the_check_like_the_cli(client, tmp_path, monkeypatch):
    body = {"tekst": TEXT, "naam": "brief.txt", "select": ["DD103"], "fail_on": "warning"}
    resp = post_text(client, body)
    assert resp.status_code == 200
    codes = {f["code"] for f in resp.get_json()["files"][0]["findings"]}
    assert codes == {"DD103"}
    want, code = cli_json(tmp_path, monkeypatch, TEXT.encode(), "brief.txt", "--select", "DD103", "--fail-on", "warning")
    assert without_path(resp.get_json()) == without_path(want)
    assert resp.headers["Duidelijk-Exit-Code"] == str(code) == "1"
    # ignore, as text with commas, in a form; extend_select adds a rule that is off by default
    resp = post_file(client, (TEXT + "Na het indienen van uw bezwaar krijgt u een brief.\n").encode(),
                     ignore="DD102,DD103", extend_select="DD106")
    codes = {f["code"] for f in resp.get_json()["files"][0]["findings"]}
    assert "DD106" in codes and not codes & {"DD102", "DD103"}


@pytest.mark.parametrize("field, value", [("select", ["DD999"]), ("ignore", "geen-regel"), ("fail_on", "erg"),
                                          ("select", 5)])
def test_wrong_settings_are_400_with_the_field(client, field, value):
    resp = post_text(client, {"tekst": TEXT, field: value})
    assert resp.status_code == 400
    err = error(resp)
    assert err["code"] == "invalid-setting" and err["field"] == field
    assert err["message"] and "Traceback" not in err["message"]


# --- tokens ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("headers", [{}, auth("wrong-token-0123456789abcdef"), {"Authorization": TOKEN},
                                     {"Authorization": "Basic " + TOKEN}, auth(TOKEN + "x"), auth(TOKEN[:-1])])
def test_no_or_wrong_token_is_401(client, headers):
    resp = client.post("/api/v1/check", json={"tekst": TEXT}, headers=headers)
    assert resp.status_code == 401
    assert error(resp)["code"] == "unauthorized"
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")
    resp = client.post("/api/v1/word", data={"bestand": (io.BytesIO(docx_letter()), "b.docx")}, headers=headers)
    assert resp.status_code == 401


def test_every_configured_token_works_and_no_csrf_is_needed(client):
    for token in (TOKEN, OTHER):
        assert post_text(client, {"tekst": TEXT}, token=token).status_code == 200


def test_api_is_off_without_tokens(nlp, monkeypatch):
    from duidelijk.web import create_app

    monkeypatch.delenv("DUIDELIJK_API_TOKENS", raising=False)
    off = create_app({"TESTING": True, "SECRET_KEY": "t", "PRELOAD_MODEL": False}).test_client()
    for resp in (off.post("/api/v1/check", json={"tekst": TEXT}, headers=auth()), off.get("/api/v1/openapi.json")):
        assert resp.status_code == 404
        assert error(resp)["code"] == "not-found"
    # and on with tokens from the environment, comma-separated
    monkeypatch.setenv("DUIDELIJK_API_TOKENS", f" {TOKEN} ,{OTHER},")
    on = create_app({"TESTING": True, "SECRET_KEY": "t", "PRELOAD_MODEL": False}).test_client()
    assert on.post("/api/v1/check", json={"tekst": TEXT}, headers=auth(OTHER)).status_code == 200
    assert on.post("/api/v1/check", json={"tekst": TEXT}, headers=auth("nope-0123456789abcdef")).status_code == 401


def test_short_tokens_are_refused_at_start(monkeypatch):
    from duidelijk.web import create_app

    with pytest.raises(SystemExit, match="te kort"):
        create_app({"TESTING": True, "PRELOAD_MODEL": False, "API_TOKENS": "geheim"})


def test_tokens_and_text_never_logged(client, caplog):
    with caplog.at_level(logging.DEBUG):
        post_text(client, {"tekst": TEXT + " Geheimwoord."})
        client.post("/api/v1/check", json={"tekst": "x"}, headers=auth("wrong-Geheimsleutel-0123456789"))
        post_file(client, b"\x00\x01binary Geheimwoord", "x.txt")
    logged = caplog.text + " ".join(str(r.args) for r in caplog.records)
    for secret in (TOKEN, "Geheimsleutel", "Geheimwoord", "middels"):
        assert secret not in logged


def test_rate_limit_per_token(nlp):
    from duidelijk.web import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "t", "API_TOKENS": [TOKEN, OTHER],
                      "API_RATE_LIMIT": 2, "API_RATE_WINDOW": 3600})
    c = app.test_client()
    assert [post_text(c, {"tekst": TEXT}).status_code for _ in range(2)] == [200, 200]
    resp = post_text(c, {"tekst": TEXT})
    assert resp.status_code == 429
    assert error(resp)["code"] == "rate-limited"
    assert 3500 < int(resp.headers["Retry-After"]) <= 3600
    assert post_text(c, {"tekst": TEXT}, token=OTHER).status_code == 200  # per token
    # a wrong token does not use up the limit of a right one, and gets 401, not 429
    assert post_text(c, {"tekst": TEXT}, token="nope-0123456789abcdef").status_code == 401


# --- limits and bad input -------------------------------------------------------------------------

def test_too_big_is_413(app, client):
    resp = post_file(client, b"a" * (app.config["MAX_UPLOAD_BYTES"] + 10), "groot.txt")
    assert resp.status_code == 413 and error(resp)["code"] == "too-large"
    assert "10 megabyte" in error(resp)["message"]
    # under the upload limit but over the reader's limit for text: the reader's own message
    resp = post_file(client, b"Een zin. " * (6 * MB // 9), "groot.txt")
    assert resp.status_code == 413 and error(resp)["code"] == "too-large"
    assert "hoogstens 5 megabyte" in error(resp)["message"] and "10 megabyte" not in error(resp)["message"]
    resp = post_text(client, {"tekst": "a " * (app.config["MAX_TEXT_CHARS"])})
    assert resp.status_code == 413 and error(resp)["code"] == "text-too-long"
    # a request larger than the whole limit is cut off by Werkzeug: still JSON
    resp = client.post("/api/v1/check", data=b"{" + b" " * (12 * MB) + b"}", content_type="application/json",
                       headers=auth())
    assert resp.status_code == 413 and error(resp)["code"] == "too-large"


def test_wrong_type_is_415(client):
    resp = post_file(client, b"MZ\x90\x00" + bytes(range(256)) * 20, "programma.exe")
    assert resp.status_code == 415 and error(resp)["code"] == "type"
    resp = post_file(client, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "brief.txt")
    assert resp.status_code == 415
    resp = client.post("/api/v1/check", data=TEXT, content_type="text/plain", headers=auth())
    assert resp.status_code == 415 and error(resp)["code"] == "unsupported-media-type"


@pytest.mark.parametrize("body, code, field", [
    ({"tekst": "   \n"}, "empty", "tekst"),
    ({"tekst": 12}, "invalid-field", "tekst"),
    ({"naam": "brief.txt"}, "invalid-field", "tekst"),
    ({"tekst": TEXT, "naam": ["x"]}, "invalid-field", "naam"),
    ({"tekst": TEXT, "text": "x"}, "unknown-field", "text"),
    (["tekst"], "bad-json", None),
])
def test_bad_json_bodies_are_400(client, body, code, field):
    resp = post_text(client, body)
    assert resp.status_code == 400
    assert error(resp)["code"] == code and error(resp)["field"] == field


def test_broken_json_and_empty_file_are_400(client):
    resp = client.post("/api/v1/check", data=b'{"tekst": "Uw', content_type="application/json", headers=auth())
    assert resp.status_code == 400 and error(resp)["code"] == "bad-json"
    resp = post_file(client, b"", "leeg.txt")
    assert resp.status_code == 400 and error(resp)["code"] in ("empty", "missing-file")
    resp = client.post("/api/v1/check", data={"select": "DD101"}, content_type="multipart/form-data", headers=auth())
    assert resp.status_code == 400 and error(resp)["code"] == "missing-file"


def test_a_check_that_fails_gives_a_plain_500_and_the_next_one_works(client, monkeypatch, caplog):
    import duidelijk.web as web
    from duidelijk.web.openapi import ERROR_CODES

    def boom(documents, config):
        raise ZeroDivisionError("inhoud van de brief")

    monkeypatch.setattr(web, "analyse_documents", boom)
    with caplog.at_level(logging.DEBUG):
        resp = post_text(client, {"tekst": TEXT})
    assert resp.status_code == 500 and error(resp)["code"] == "check-error" in ERROR_CODES
    assert error(resp)["message"] == web.MESSAGES["check-error"] and error(resp)["field"] is None
    assert "inhoud van de brief" not in resp.get_data(as_text=True) + caplog.text
    monkeypatch.undo()
    assert post_text(client, {"tekst": TEXT}).status_code == 200


def test_reader_errors_have_the_web_pages_messages(client):
    from duidelijk.web import STATUS

    resp = post_file(client, encrypted_pdf(PDF_LINES), "slot.pdf")
    assert resp.status_code == STATUS["encrypted"] == 422
    assert error(resp)["code"] == "encrypted" and error(resp)["field"] == "bestand"
    assert "wachtwoord" in error(resp)["message"]  # the same words as on the web page


def test_other_addresses_and_methods_answer_json(client):
    resp = client.get("/api/v1/check", headers=auth())
    assert resp.status_code == 405 and error(resp)["code"] == "method-not-allowed"
    assert resp.headers["Allow"] == "POST"
    assert client.post("/api/v1/openapi.json").status_code == 405
    resp = client.post("/api/v1/bestaat-niet", json={"tekst": TEXT}, headers=auth())
    assert resp.status_code == 404 and error(resp)["code"] == "not-found"
    assert client.get("/bestaat-niet").mimetype == "text/html"  # the web page keeps its own pages


def test_nothing_is_kept(app, client):
    before = len(app.extensions["duidelijk_store"])
    post_text(client, {"tekst": TEXT})
    post_file(client, docx_letter(), "brief.docx", url="/api/v1/word")
    assert len(app.extensions["duidelijk_store"]) == before


def test_checks_go_through_the_web_pages_checker(app, client, monkeypatch):
    checker = app.extensions["duidelijk_checker"]
    seen = []
    real = checker.check
    monkeypatch.setattr(checker, "check", lambda data, name, config, *more: seen.append(name) or real(data, name, config, *more))
    post_text(client, {"tekst": TEXT, "naam": "a.txt"})
    post_file(client, docx_letter(), "b.docx", url="/api/v1/word")
    assert seen == ["a.txt", "b.docx"]


# --- Word -----------------------------------------------------------------------------------------

def test_word_gives_the_docx_with_comments(client):
    resp = post_file(client, docx_letter(), "mijn brief.docx", url="/api/v1/word")
    assert resp.status_code == 200, resp.get_data(as_text=True)[:300]
    assert resp.mimetype.endswith("wordprocessingml.document")
    assert 'filename="mijn-brief-met-opmerkingen.docx"' in resp.headers["Content-Disposition"]
    placed = int(resp.headers["Duidelijk-Comments"])
    assert placed >= 3
    with zipfile.ZipFile(io.BytesIO(resp.data)) as z:
        comments = z.read("word/comments.xml").decode()
    assert comments.count("<w:comment ") == placed and "middels" in comments


def test_word_needs_a_docx(client):
    resp = post_file(client, TEXT.encode(), "brief.txt", url="/api/v1/word")
    assert resp.status_code == 415 and error(resp)["code"] == "not-docx"
    resp = client.post("/api/v1/word", json={"tekst": TEXT}, headers=auth())
    assert resp.status_code == 415


# --- OpenAPI --------------------------------------------------------------------------------------

def test_openapi_document_validates(client):
    from openapi_spec_validator import validate

    resp = client.get("/api/v1/openapi.json")
    assert resp.status_code == 200
    spec = resp.get_json()
    assert spec["openapi"].startswith("3.1")
    validate(spec)
    assert set(spec["paths"]) == {"/check", "/word", "/openapi.json"}


def test_openapi_schemas_fit_the_real_answers(client):
    import jsonschema
    from openapi_spec_validator import validate

    spec = client.get("/api/v1/openapi.json").get_json()

    def check(data, name):
        schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
        jsonschema.Draft202012Validator(schema).validate(data)

    check(post_text(client, {"tekst": TEXT}).get_json(), "Result")
    check(post_text(client, {"tekst": ""}).get_json(), "Error")
    # and a wrong answer does not fit (the check can fail)
    with pytest.raises(jsonschema.ValidationError):
        check({"tool": {"name": "duidelijk", "version": "1"}, "files": [{"path": "x"}]}, "Result")
    broken = json.loads(json.dumps(spec))
    broken["paths"]["/check"]["post"]["responses"] = "geen"
    with pytest.raises(Exception):
        validate(broken)
