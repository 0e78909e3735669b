"""Word lists learned from reviews, new versions, dashboard, retention, admin delete, CLI and
the audit log (issue 7), on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from test_review_support import (  # noqa: F401  (fixtures)
    app,
    client_for,
    LETTER,
    ask_review,
    check,
    db_url,
    login,
    make_app,
    pg_server,
    post,
)

pytest.importorskip("sqlalchemy")




def session(app):
    return app.extensions["duidelijk_review_db"].session()


def fid(app, doc_id, text):
    from duidelijk.review.models import Document

    with session(app) as s:
        return next(f.id for f in s.get(Document, doc_id).findings if f.text == text)


def flagged(client, word) -> bool:
    token = check(client, LETTER)
    import json

    data = json.loads(client.get(f"/resultaat/{token}/rapport.json").data)
    return any(f["text"].lower() == word for f in data["files"][0]["findings"])


def test_word_lists_from_reviews(app, tmp_path):
    from duidelijk.review.models import Proposal, Team

    writer, other = client_for(app, "schrijver-a"), client_for(app, "schrijver-b")
    assert flagged(writer, "middels") and flagged(other, "middels")
    doc = ask_review(writer)
    reviewer = client_for(app, "lezer-a")
    post(reviewer, f"/meelezen/lezen/{doc}/punt/{fid(app, doc, 'middels')}", keuze="disagree", versie="0")
    post(reviewer, f"/meelezen/lezen/{doc}/moeilijk", stuk="formulier", opmerking="Welk formulier?", alinea="1")
    with session(app) as s:
        team_a = s.query(Team).filter_by(name="Team A").one().id
        props = {(p.kind, p.word): p.id for p in s.query(Proposal).filter_by(team_id=team_a)}
    assert ("accept", "middels") in props and ("reject", "formulier") in props
    admin = client_for(app, "beheer")
    page = admin.get("/meelezen/beheer/woorden").get_data(as_text=True)
    assert "middels" in page and "formulier" in page
    # a word for "liever niet" needs a better word
    assert post(admin, f"/meelezen/beheer/voorstel/{props[('reject', 'formulier')]}", actie="ja").status_code == 422
    assert post(admin, f"/meelezen/beheer/voorstel/{props[('reject', 'formulier')]}", actie="ja",
                beter="aanvraag").status_code == 303
    assert post(admin, f"/meelezen/beheer/voorstel/{props[('accept', 'middels')]}", actie="ja").status_code == 303

    # web checks of team A use the lists; team B is not changed
    assert not flagged(writer, "middels")
    assert flagged(writer, "formulier")
    assert flagged(other, "middels") and not flagged(other, "formulier")

    # the export is a settings file the CLI uses
    toml = admin.get(f"/meelezen/beheer/woorden/{team_a}.toml")
    assert toml.status_code == 200
    (tmp_path / ".duidelijk.toml").write_bytes(toml.data)
    (tmp_path / "brief.txt").write_text(LETTER, encoding="utf-8")
    from duidelijk.config import Config
    from duidelijk.configfile import read_config_file

    cfg = Config.from_dict(read_config_file(tmp_path / ".duidelijk.toml"))
    assert cfg.accept == ["middels"] and cfg.reject == {"formulier": "aanvraag"}
    from click.testing import CliRunner

    from duidelijk.cli import cli

    out = CliRunner().invoke(cli, ["check", "--format", "json", str(tmp_path / "brief.txt")])
    texts = [f["text"].lower() for f in __import__("json").loads(out.output)["files"][0]["findings"]]
    assert "middels" not in texts and "formulier" in texts

    # the same export from the command line, by team name or number
    url = app.extensions["duidelijk_review_db"].url
    out = CliRunner().invoke(cli, ["words", "Team A", "--database", url])
    assert out.exit_code == 0 and out.output.encode("utf-8") == toml.data
    target = tmp_path / "team.toml"
    out = CliRunner().invoke(cli, ["words", str(team_a), "-o", str(target), "--database", url])
    assert out.exit_code == 0 and target.read_bytes() == toml.data
    out = CliRunner().invoke(cli, ["words", "Team Z", "--database", url])
    assert out.exit_code == 2 and "bestaat niet" in out.output and "Team A" in out.output


def test_new_version_side_by_side_with_review_carried_over(app):
    writer = client_for(app, "schrijver-a")
    v1 = ask_review(writer)
    reviewer = client_for(app, "lezer-a")
    post(reviewer, f"/meelezen/lezen/{v1}/punt/{fid(app, v1, 'wordt door ons in behandeling genomen')}", keuze="agree",
         opmerking="Zeg gewoon wat u doet.", versie="0")
    post(reviewer, f"/meelezen/lezen/{v1}/punt/{fid(app, v1, 'verstrekken')}", keuze="agree",
         opmerking="Schrijf geven.", versie="0")
    post(reviewer, f"/meelezen/lezen/{v1}/moeilijk", stuk="Team Vergunningen", opmerking="Wie is dat?", alinea="4")
    from duidelijk.review.models import Document

    with session(app) as s:
        letter = s.get(Document, v1).letter_id
    # version 2: the sentence with 'verstrekken' is rewritten, the rest stays
    new = LETTER.replace("Wij vragen u middels het formulier uw gegevens te verstrekken.",
                         "Vul het formulier in. Stuur het naar ons.")
    v2 = ask_review(writer, text=new, letter=letter)
    with session(app) as s:
        doc = s.get(Document, v2)
        assert doc.version == 2 and doc.letter_id == letter
        carried = {f.text: [v.comment for v in f.verdicts] for f in doc.findings if f.verdicts}
        assert carried == {"wordt door ons in behandeling genomen": ["Zeg gewoon wat u doet."]}
        assert [m.text for m in doc.missed] == ["Team Vergunningen"] and doc.missed[0].carried
    page = writer.get(f"/meelezen/brief/{v2}").get_data(as_text=True)
    assert "Vorige en nieuwe versie" in page and "Versie 1" in page and "Versie 2" in page
    assert "Zeg gewoon wat u doet." in page and "Uit de vorige versie." in page
    assert "Schrijf geven." not in page


def test_dashboard_and_csv(app):
    from duidelijk.review import service

    writer = client_for(app, "schrijver-b")
    for _ in range(2):
        check(writer)
    check(writer, "Wij sturen u een brief. U kunt ons bellen. Dat kan elke dag.")
    page = writer.get("/meelezen/overzicht").get_data(as_text=True)
    assert "Gecontroleerde brieven" in page and "<svg" in page and 'role="img"' in page
    from duidelijk.review.models import Team

    with session(app) as s:
        team_b = s.query(Team).filter_by(name="Team B").one().id
        st = service.stats(s, team_b, service.now().date() - timedelta(days=7), service.now().date())
    assert st.letters >= 3 and st.b1 >= 1 and st.codes["DD103"] >= 4
    csv = writer.get("/meelezen/overzicht.csv")
    assert csv.status_code == 200 and csv.headers["Content-Type"].startswith("text/csv")
    body = csv.data.decode("utf-8-sig")
    assert body.splitlines()[0].startswith("soort;team;van;tot")
    assert ";DD103;" in body
    # review outcomes per rule: a verdict of team A made here, so the test does not depend on
    # the tests before it (with pytest-xdist they may run in another process)
    doc = ask_review(client_for(app, "schrijver-a"), text=LETTER.replace("Jansen", "Dashboard"))
    post(client_for(app, "lezer-a"), f"/meelezen/lezen/{doc}/punt/{fid(app, doc, 'verstrekken')}", keuze="agree",
         versie="0")
    admin = client_for(app, "beheer")
    with session(app) as s:
        team_a = s.query(Team).filter_by(name="Team A").one().id
    page = admin.get(f"/meelezen/overzicht?team={team_a}").get_data(as_text=True)
    assert "Eens met duidelijk" in page


def test_admin_deletes_a_document_after_confirming(app):
    from duidelijk.review.models import Document, Finding, OutcomeStat

    writer = client_for(app, "schrijver-a")
    doc = ask_review(writer, text=LETTER.replace("Jansen", "Pietersen"))
    reviewer = client_for(app, "lezer-a")
    post(reviewer, f"/meelezen/lezen/{doc}/punt/{fid(app, doc, 'verstrekken')}", keuze="unsure", versie="0")
    admin = client_for(app, "beheer")
    assert "Pietersen" not in admin.get("/meelezen/beheer/brieven").get_data(as_text=True)
    listing = admin.get("/meelezen/beheer/brieven").get_data(as_text=True)
    assert f'href="/meelezen/brief/{doc}/verwijderen"' in listing  # "Haal weg" is a link to a question
    ask = admin.get(f"/meelezen/brief/{doc}/verwijderen")
    assert ask.status_code == 200
    page = ask.get_data(as_text=True)
    assert "Weet u het zeker?" in page and "Ook het antwoord van de taalambassadeur gaat weg." in page
    assert 'href="/meelezen/beheer/brieven">Nee, ga terug' in page
    # a form without the answer "ja" deletes nothing and asks again
    assert post(admin, f"/meelezen/brief/{doc}/verwijderen").status_code == 200
    with session(app) as s:
        assert s.get(Document, doc) is not None
    assert post(admin, f"/meelezen/brief/{doc}/verwijderen", zeker="ja").status_code == 303
    with session(app) as s:
        assert s.get(Document, doc) is None
        assert s.query(Finding).filter_by(document_id=doc).count() == 0
        assert s.query(OutcomeStat).filter_by(code="DD103", choice="unsure").count() >= 1
    assert writer.get(f"/meelezen/brief/{doc}").status_code == 404


def _all_text(app) -> str:
    """Every text value in every table, joined (to look for a letter's words)."""
    from sqlalchemy import text

    from duidelijk.review.models import Base

    out = []
    with app.extensions["duidelijk_review_db"].engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(text(f"SELECT * FROM {table.name}")):
                out.extend(str(v) for v in row)
    return "\n".join(out)


def test_retention_deletes_old_documents_when_the_clock_moves(app, monkeypatch):
    from duidelijk.review import service
    from duidelijk.review.models import Document

    writer = client_for(app, "schrijver-a")
    marker = "Zwanenburgerdijk"
    doc = ask_review(writer, text=LETTER.replace("Jansen", marker))
    reviewer = client_for(app, "lezer-a")
    post(reviewer, f"/meelezen/lezen/{doc}/punt/{fid(app, doc, 'verstrekken')}", keuze="agree",
         opmerking=f"Over {marker}", versie="0")
    assert marker in _all_text(app)
    real_now = service.now
    # 89 days later: still there
    monkeypatch.setattr(service, "now", lambda: real_now() + timedelta(days=89))
    with session(app) as s:
        assert service.purge_old(s) == 0
        s.commit()
    # 91 days later, with the command that cron runs
    monkeypatch.setattr(service, "now", lambda: real_now() + timedelta(days=91))
    from click.testing import CliRunner

    from duidelijk.cli import cli

    out = CliRunner().invoke(cli, ["retention", "--database", app.extensions["duidelijk_review_db"].url])
    assert out.exit_code == 0, out.output
    assert "brieven weggehaald" in out.output
    with session(app) as s:
        assert s.query(Document).count() == 0
    assert marker not in _all_text(app)
    # a shorter period by setting
    monkeypatch.setattr(service, "now", real_now)
    doc = ask_review(writer)
    monkeypatch.setattr(service, "now", lambda: real_now() + timedelta(days=8))
    monkeypatch.setenv("DUIDELIJK_RETENTION_DAYS", "7")
    with session(app) as s:
        assert service.purge_old(s) == 1
        s.commit()


def test_cli_users_add(app):
    from click.testing import CliRunner

    from duidelijk.cli import cli

    url = app.extensions["duidelijk_review_db"].url
    out = CliRunner().invoke(cli, ["users", "add", "eerste-beheerder", "--rol", "beheerder", "--database", url],
                             input="geheim-wachtwoord\ngeheim-wachtwoord\n")
    assert out.exit_code == 0, out.output
    out = CliRunner().invoke(cli, ["users", "add", "kort", "--rol", "schrijver", "--team", "Team C",
                                   "--wachtwoord", "kort", "--database", url])
    assert out.exit_code == 2 and "minstens" in out.output
    out = CliRunner().invoke(cli, ["users", "list", "--database", url])
    assert "eerste-beheerder\tbeheerder" in out.output
    c = app.test_client()
    assert login(c, "eerste-beheerder", "geheim-wachtwoord").status_code == 303
    assert c.get("/meelezen/beheer").status_code == 200


def test_admin_manages_accounts_in_the_web_page(app):
    admin = client_for(app, "beheer")
    resp = post(admin, "/meelezen/beheer/account", gebruikersnaam="nieuwe-lezer", naam="Nieuwe Lezer",
                rol="reviewer", team="", wachtwoord="lang-genoeg-1")
    assert resp.status_code == 422  # a reviewer needs a team
    from duidelijk.review.models import Team, User

    with session(app) as s:
        team_a = s.query(Team).filter_by(name="Team A").one().id
    resp = post(admin, "/meelezen/beheer/account", gebruikersnaam="nieuwe-lezer", naam="Nieuwe Lezer",
                rol="reviewer", team=str(team_a), wachtwoord="lang-genoeg-1")
    assert resp.status_code == 303
    c = app.test_client()
    assert login(c, "nieuwe-lezer", "lang-genoeg-1").status_code == 303
    with session(app) as s:
        uid = s.query(User).filter_by(username="nieuwe-lezer").one().id
    assert post(admin, f"/meelezen/beheer/account/{uid}", actie="uit").status_code == 303
    # the open session stops at once, and logging in no longer works
    assert c.get("/meelezen/wachtrij").status_code == 303
    assert login(c, "nieuwe-lezer", "lang-genoeg-1").status_code == 401
    assert post(admin, "/meelezen/beheer/team", naam="Team D").status_code == 303


def test_audit_log_and_logs_have_no_document_text(app, caplog):
    from duidelijk.review.models import AuditEvent

    caplog.set_level(logging.DEBUG)
    writer = client_for(app, "schrijver-a")
    secret = "Kalverstraatgeheim"
    doc = ask_review(writer, text=LETTER.replace("Jansen", secret))
    reviewer = client_for(app, "lezer-a")
    post(reviewer, f"/meelezen/lezen/{doc}/punt/{fid(app, doc, 'verstrekken')}", keuze="agree",
         opmerking=secret + " opmerking", versie="0")
    post(reviewer, f"/meelezen/lezen/{doc}/moeilijk", stuk=secret, alinea="0")
    with session(app) as s:
        events = s.query(AuditEvent).all()
        actions = {e.action for e in events}
        assert {"login", "review-request", "verdict", "missed"} <= actions
        for e in events:
            assert secret not in f"{e.action} {e.target} {e.detail} {e.username}"
    assert secret not in caplog.text
    admin = client_for(app, "beheer")
    page = admin.get("/meelezen/beheer/logboek").get_data(as_text=True)
    assert "Brief gevraagd om te lezen" in page and secret not in page
    # plain Dutch, no codes; Dutch time
    for code in ("review-request", "word-approved", "disagree", "agree", "(opdrachtregel)", "document:"):
        assert code not in page
    assert "Antwoord bij een punt" in page and "DD103: Klopt" in page and "de tijd in Nederland" in page


def test_audit_times_are_dutch_summer_and_winter_time():
    from datetime import datetime

    from duidelijk.review.models import AuditEvent
    from duidelijk.review.service import describe

    summer = describe(AuditEvent(at=datetime(2026, 7, 1, 12, 0), action="verdict", target="finding:3",
                                 detail="DD103 disagree"))
    assert summer["when"].strftime("%H:%M") == "14:00"
    assert (summer["what"], summer["target"], summer["detail"]) == ("Antwoord bij een punt", "punt 3", "DD103: Klopt niet")
    winter = describe(AuditEvent(at=datetime(2026, 1, 15, 12, 0), action="user-add", target="user:7",
                                 detail="writer (opdrachtregel)"), users={7: "piet"})
    assert winter["when"].strftime("%H:%M") == "13:00"
    assert (winter["target"], winter["detail"]) == ("account piet", "schrijver, via de opdrachtregel")
    unknown = describe(AuditEvent(at=datetime(2026, 1, 15, 12, 0), action="iets-nieuws", target="x", detail=""))
    assert unknown["what"] == "iets-nieuws"
