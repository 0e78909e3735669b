"""Issue 15, security: sessions end after 8 hours (also in the cookie), a result is only for
the browser session that made it, a review is only asked by its author, deleting a stored
letter asks first."""

from __future__ import annotations

import re
import time
from email.utils import parsedate_to_datetime

import pytest

from test_review_support import (  # noqa: F401  (fixtures)
    app,
    ask_review,
    check,
    client_for,
    csrf,
    db_url,
    login,
    pg_server,
    post,
)

pytest.importorskip("sqlalchemy")


def documents(app) -> int:
    from duidelijk.review.models import Document

    with app.extensions["duidelijk_review_db"].session() as s:
        return s.query(Document).count()


def test_session_lifetime_is_eight_hours_also_in_the_cookie(app):
    assert app.permanent_session_lifetime.total_seconds() == 8 * 3600
    c = app.test_client()
    before = time.time()
    resp = login(c, "schrijver-a")
    cookie = next(h for h in resp.headers.getlist("Set-Cookie") if h.startswith("session="))
    expires = parsedate_to_datetime(re.search(r"Expires=([^;]+)", cookie).group(1)).timestamp()
    assert before + 8 * 3600 - 5 <= expires <= time.time() + 8 * 3600 + 1  # not 31 days
    assert c.get("/meelezen/brieven").status_code == 200


@pytest.mark.parametrize("hours, signed_in", [(7.5, True), (8.5, False)])
def test_a_session_older_than_eight_hours_is_refused(app, monkeypatch, hours, signed_in):
    """The cookie is signed with a time; the server refuses it after 8 hours, also when the
    browser keeps sending it."""
    from itsdangerous import TimestampSigner

    real = TimestampSigner.get_timestamp
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: int(real(self) - hours * 3600))
    c = app.test_client()
    assert login(c, "schrijver-a").status_code == 303  # the cookie is signed "hours" ago
    monkeypatch.setattr(TimestampSigner, "get_timestamp", real)
    resp = c.get("/meelezen/brieven")
    assert resp.status_code == (200 if signed_in else 303)
    if not signed_in:
        assert "/inloggen" in resp.headers["Location"]


def test_a_result_link_works_only_in_the_session_that_made_it(app):
    writer_a = client_for(app, "schrijver-a")
    token = check(writer_a)
    assert writer_a.get(f"/resultaat/{token}").status_code == 200
    assert writer_a.get(f"/resultaat/{token}/rapport.json").status_code == 200
    for other in (app.test_client(), client_for(app, "schrijver-b"), client_for(app, "schrijver-a")):
        for path in ("", "/rapport.json", "/rapport.html", "/word"):
            assert other.get(f"/resultaat/{token}{path}").status_code == 404, path
        assert "Deze uitslag is er niet meer" in other.get(f"/resultaat/{token}").get_data(as_text=True)
        # nor can it be deleted from another session
        other.get("/")
        assert post(other, f"/resultaat/{token}/verwijderen").status_code == 404
    assert writer_a.get(f"/resultaat/{token}").status_code == 200


def test_no_review_on_a_foreign_result(app):
    writer_a = client_for(app, "schrijver-a")
    token = check(writer_a)
    before = documents(app)
    # another team's writer with the link
    writer_b = client_for(app, "schrijver-b")
    assert post(writer_b, f"/meelezen/vragen/{token}").status_code == 404
    # the same writer in another browser session
    assert post(client_for(app, "schrijver-a"), f"/meelezen/vragen/{token}").status_code == 404
    assert documents(app) == before
    # the author can
    assert post(writer_a, f"/meelezen/vragen/{token}").status_code == 303
    assert documents(app) == before + 1


def test_only_the_author_asks_for_a_review(app):
    """A text checked before signing in is not linked to a writer: the form is not shown, and
    asking is refused (signing in starts a new session anyway)."""
    c = app.test_client()
    token = check(c)
    assert c.get(f"/resultaat/{token}").status_code == 200
    login(c, "schrijver-a")
    assert c.get(f"/resultaat/{token}").status_code == 404  # signing in ends the old session
    token = check(c)
    page = c.get(f"/resultaat/{token}").get_data(as_text=True)
    assert "Laat een taalambassadeur meelezen" in page
    post(c, "/uitloggen")
    assert c.get(f"/resultaat/{token}").status_code == 404  # and signing out too


def test_writer_deletes_a_version_only_after_confirming(app):
    from duidelijk.review.models import Document

    writer = client_for(app, "schrijver-a")
    doc = ask_review(writer)
    page = writer.get(f"/meelezen/brief/{doc}").get_data(as_text=True)
    assert f'<a href="/meelezen/brief/{doc}/verwijderen">Haal deze versie weg</a>' in page
    assert 'action="/meelezen/brief/' not in page  # no one-click delete form
    ask = writer.get(f"/meelezen/brief/{doc}/verwijderen").get_data(as_text=True)
    assert "Weet u het zeker?" in ask and "Dit kunt u niet terugdraaien." in ask
    assert f'href="/meelezen/brief/{doc}">Nee, ga terug' in ask
    assert post(writer, f"/meelezen/brief/{doc}/verwijderen", zeker="nee").status_code == 200
    with app.extensions["duidelijk_review_db"].session() as s:
        assert s.get(Document, doc) is not None
    # another writer cannot even see the question
    assert client_for(app, "schrijver-b").get(f"/meelezen/brief/{doc}/verwijderen").status_code == 404
    assert post(writer, f"/meelezen/brief/{doc}/verwijderen", zeker="ja").status_code == 303
    with app.extensions["duidelijk_review_db"].session() as s:
        assert s.get(Document, doc) is None


def test_web_does_not_import_its_features_and_they_use_only_its_public_interface():
    """duidelijk.web never imports duidelijk.review; review imports nothing private from it."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "duidelijk"
    for path in (root / "web").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            assert not any(n.startswith("duidelijk.review") for n in names), path
    used = []
    for path in (root / "review").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("duidelijk.web"):
                used += [(node.module, a.name) for a in node.names]
    assert used, "review uses the web page through duidelijk.web.results"
    assert all(mod == "duidelijk.web" and name == "results" or mod == "duidelijk.web.results" for mod, name in used)
    from duidelijk.web import results

    assert all(not n.startswith("_") for n in results.__all__)
    for mod, name in used:
        assert name == "results" or name in results.__all__


def test_review_pages_say_the_text_is_kept_and_name_teams_once(app):
    from duidelijk.review.service import export_toml

    admin = client_for(app, "beheer")
    assert post(admin, "/meelezen/beheer/team", naam="Team Zorg").status_code == 303
    page = admin.get("/meelezen/beheer/woorden").get_data(as_text=True)
    assert "Team Zorg" in page and "Team Team" not in page and "Team Team A" not in page
    assert "bewaren wij 90 dagen" in page and "Uw tekst blijft niet bij ons" not in page
    from duidelijk.review.models import Team

    with app.extensions["duidelijk_review_db"].session() as s:
        team = s.query(Team).filter_by(name="Team Zorg").one()
        assert export_toml(s, team.id).startswith("# duidelijk: woordenlijst van Team Zorg\n")
    writer = client_for(app, "schrijver-a")
    token = check(writer)
    page = writer.get(f"/resultaat/{token}").get_data(as_text=True)
    assert "Hij zegt" not in page and "De taalambassadeur zegt bij elk punt of het klopt." in page
    assert '<li><a href="#kop-meelezen">Laat meelezen</a></li>' in page


def test_the_writers_letter_page_keeps_headings(app):
    writer = client_for(app, "schrijver-a")
    text = ("Geachte heer Jansen,\n\nUw aanvraag\n\nWij vragen u middels het formulier uw gegevens te verstrekken.\n\n"
            "Met vriendelijke groet,\n\nTeam Vergunningen\n")
    doc = ask_review(writer, text=text)
    page = writer.get(f"/meelezen/brief/{doc}").get_data(as_text=True)
    assert re.search(r'<h3 class="alinea kopregel" data-tekst="gebruiker">Uw aanvraag</h3>', page)
    assert not re.search(r"<h3[^>]*>Wij vragen", page)  # a paragraph stays a paragraph
