"""Every visible text of the review pages passes duidelijk's own check (no warnings or
errors), like tests/test_web_language.py does for the web page."""

from __future__ import annotations

import pytest

pytest.importorskip("sqlalchemy")

from test_review_support import LETTER, ask_review, check, login, make_app, post  # noqa: E402
from test_web_language import QUOTED, texts  # noqa: E402

from duidelijk.findings import Severity  # noqa: E402

ACCEPT = ["taalambassadeur", "taalambassadeurs"]  # the name of the role: the readers know it


def pages(app) -> dict[str, str]:
    out = {}
    anon = app.test_client()
    out["inloggen"] = anon.get("/inloggen").get_data(as_text=True)
    out["inloggen-fout"] = login(anon, "schrijver-a", "fout-wachtwoord").get_data(as_text=True)
    writer = app.test_client()
    login(writer, "schrijver-a")
    token = check(writer)
    out["uitslag"] = writer.get(f"/resultaat/{token}").get_data(as_text=True)
    doc = ask_review(writer)
    reviewer = app.test_client()
    login(reviewer, "lezer-a")
    out["wachtrij"] = reviewer.get("/meelezen/wachtrij").get_data(as_text=True)
    out["lezen"] = reviewer.get(f"/meelezen/lezen/{doc}").get_data(as_text=True)
    from duidelijk.review.models import Document

    with app.extensions["duidelijk_review_db"].session() as s:
        fid = s.get(Document, doc).findings[0].id
    post(reviewer, f"/meelezen/lezen/{doc}/punt/{fid}", keuze="disagree", opmerking="Goed", versie="0")
    out["lezen-conflict"] = post(reviewer, f"/meelezen/lezen/{doc}/punt/{fid}", keuze="agree",
                                 versie="0").get_data(as_text=True)
    def follow(resp):
        return reviewer.get(resp.headers["Location"]).get_data(as_text=True)

    out["lezen-bewaard"] = follow(post(reviewer, f"/meelezen/lezen/{doc}/punt/{fid}", keuze="disagree",
                                       opmerking="Goed", versie="1"))
    out["lezen-geen-keuze"] = follow(post(reviewer, f"/meelezen/lezen/{doc}/punt/{fid}", versie="2"))
    out["lezen-zelf-fout"] = follow(post(reviewer, f"/meelezen/lezen/{doc}/moeilijk", stuk="xyz", alinea="0"))
    out["lezen-zelf"] = follow(post(reviewer, f"/meelezen/lezen/{doc}/moeilijk", stuk="Geachte", alinea="0"))
    out["klaar-vraag"] = follow(post(reviewer, f"/meelezen/lezen/{doc}/klaar"))
    out["klaar"] = follow(post(reviewer, f"/meelezen/lezen/{doc}/klaar", zeker="ja"))
    out["brieven"] = writer.get("/meelezen/brieven").get_data(as_text=True)
    out["brief-gelezen"] = writer.get(f"/meelezen/brief/{doc}").get_data(as_text=True)
    out["wachtwoord"] = writer.get("/meelezen/wachtwoord").get_data(as_text=True)
    out["wachtwoord-fout"] = post(writer, "/meelezen/wachtwoord", huidig="fout-wachtwoord", nieuw="x",
                                  nieuw2="y").get_data(as_text=True)
    out["wachtwoord-verschil"] = post(writer, "/meelezen/wachtwoord", huidig="wachtwoord-123",
                                      nieuw="nieuw-wachtwoord-1", nieuw2="nieuw-wachtwoord-2").get_data(as_text=True)
    doc2 = ask_review(writer, letter=doc)
    out["brief"] = writer.get(f"/meelezen/brief/{doc2}").get_data(as_text=True)
    out["overzicht"] = writer.get("/meelezen/overzicht").get_data(as_text=True)
    out["weghalen"] = writer.get(f"/meelezen/brief/{doc2}/verwijderen").get_data(as_text=True)
    admin = app.test_client()
    login(admin, "beheer")
    for name, path in (("beheer", "/meelezen/beheer"), ("woorden", "/meelezen/beheer/woorden"),
                       ("beheer-brieven", "/meelezen/beheer/brieven"), ("logboek", "/meelezen/beheer/logboek"),
                       ("overzicht-beheer", "/meelezen/overzicht"), ("niet-gevonden", "/meelezen/brief/99999")):
        out[name] = admin.get(path).get_data(as_text=True)
    out["sleutel-nieuw"] = post(admin, "/meelezen/beheer/sleutels", team="1", naam="Zaaksysteem").get_data(as_text=True)
    out["sleutels"] = admin.get("/meelezen/beheer/sleutels").get_data(as_text=True)
    out["sleutel-fout"] = post(admin, "/meelezen/beheer/sleutels", team="", naam="x").get_data(as_text=True)
    out["sleutel-naam-fout"] = post(admin, "/meelezen/beheer/sleutels", team="1", naam="").get_data(as_text=True)
    post(admin, "/meelezen/beheer/sleutels/1/uitzetten")
    out["sleutel-weg"] = admin.get("/meelezen/beheer/sleutels").get_data(as_text=True)
    out["beheer-fout"] = post(admin, "/meelezen/beheer/account", gebruikersnaam="x", rol="writer",
                              wachtwoord="kort").get_data(as_text=True)
    out["csrf"] = admin.post("/meelezen/beheer/team", data={"naam": "x"}).get_data(as_text=True)
    out["uitgelogd"] = admin.get(post(admin, "/uitloggen").headers["Location"]).get_data(as_text=True)
    return out


def test_every_review_text_passes_own_check(nlp, check, tmp_path):
    app = make_app("sqlite:///" + str(tmp_path / "taal.db"))
    seen: set[str] = set()
    problems = []
    for name, page in pages(app).items():
        assert '<html lang="nl">' in page, name
        for text in texts(page):
            if text in seen:
                continue
            seen.add(text)
            report = check(QUOTED.sub("[woord]", text), ignore=["DD115", "DD116"], accept=ACCEPT)
            bad = [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]
            if bad:
                problems.append(f"{name}: {text!r} -> " + "; ".join(f"{f.code} {f.text!r}" for f in bad))
    app.extensions["duidelijk_review_db"].dispose()
    assert len(seen) > 60
    assert not problems, "\n".join(problems)
