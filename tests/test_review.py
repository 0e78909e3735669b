"""Reviews by taalambassadeurs (issue 7), on SQLite and on PostgreSQL: the whole flow, access
control, CSRF on every state-changing route, concurrency, word lists, versions, dashboard,
retention and the audit log."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest

from test_review_support import (  # noqa: F401  (fixtures)
    app,
    client_for,
    LETTER,
    PASSWORD,
    ask_review,
    check,
    csrf,
    db_url,
    login,
    make_app,
    pg_server,
    post,
)

pytest.importorskip("sqlalchemy")




def db(app):
    return app.extensions["duidelijk_review_db"].session()


def findings_of(app, doc_id):
    from duidelijk.review.models import Document

    with db(app) as s:
        doc = s.get(Document, doc_id)
        return [(f.id, f.code, f.text) for f in doc.findings]


def finding_id(app, doc_id, text, code=None):
    return next(i for i, c, t in findings_of(app, doc_id) if t == text and (code is None or c == code))


def test_migrations_match_the_models(app):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from duidelijk.review.models import Base

    engine = app.extensions["duidelijk_review_db"].engine
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_login_logout_and_wrong_password(app):
    c = app.test_client()
    assert c.get("/meelezen/wachtrij").status_code == 303  # to the login page
    assert login(c, "lezer-a", "fout-wachtwoord").status_code == 401
    assert login(c, "bestaat-niet", "fout-wachtwoord").status_code == 401
    resp = login(c, "lezer-a")
    assert resp.status_code == 303
    cookie = resp.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert c.get("/meelezen/wachtrij").status_code == 200
    assert post(c, "/uitloggen").status_code == 303
    assert c.get("/meelezen/wachtrij").status_code == 303


def test_login_rate_limit(app):
    from duidelijk.review.models import User

    with db(app) as s:
        from duidelijk.review.auth import create_user

        create_user(s, "doelwit", "Doelwit", PASSWORD, "writer", "Team A")
        s.commit()
    c = app.test_client()
    for _ in range(5):
        assert login(c, "doelwit", "fout-wachtwoord").status_code == 401
    # now even the right password is refused for a while
    resp = login(c, "doelwit")
    assert resp.status_code == 429
    assert "te vaak" in resp.get_data(as_text=True)
    with db(app) as s:
        assert s.query(User).filter_by(username="doelwit").one()


def test_passwords_are_hashed_with_argon2(app):
    from duidelijk.review.models import User

    with db(app) as s:
        for u in s.query(User):
            assert u.password_hash.startswith("$argon2id$")
            assert PASSWORD not in u.password_hash


def test_the_whole_flow(app):
    writer = client_for(app, "schrijver-a")
    doc_id = ask_review(writer)
    page = writer.get(f"/meelezen/brief/{doc_id}").get_data(as_text=True)
    assert "wacht op een taalambassadeur" in page

    reviewer = client_for(app, "lezer-a")
    queue = reviewer.get("/meelezen/wachtrij").get_data(as_text=True)
    assert f"/meelezen/lezen/{doc_id}" in queue
    page = reviewer.get(f"/meelezen/lezen/{doc_id}").get_data(as_text=True)
    assert "Klopt niet" in page and "Twijfel" in page
    fid = finding_id(app, doc_id, "middels")
    resp = post(reviewer, f"/meelezen/lezen/{doc_id}/punt/{fid}", keuze="agree", opmerking="Dit woord ken ik niet.",
                versie="0")
    assert resp.status_code == 303
    resp = post(reviewer, f"/meelezen/lezen/{doc_id}/moeilijk", stuk="uw  gegevens", opmerking="Welke gegevens?",
                alinea="1")
    assert resp.status_code == 303
    assert resp.headers["Location"].endswith(f"/meelezen/lezen/{doc_id}#zelf-1-bewaard")  # the same paragraph
    page = reviewer.get(f"/meelezen/lezen/{doc_id}").get_data(as_text=True)
    assert re.search(r'<details class="zelf" id="zelf-1" open>.*?Bewaard\.', page, re.S)
    # words that are not there: post/redirect/get too, the message is in that paragraph's form
    resp = post(reviewer, f"/meelezen/lezen/{doc_id}/moeilijk", stuk="bestaat niet", opmerking="mijn uitleg",
                alinea="1")
    assert resp.status_code == 303 and resp.headers["Location"].endswith(f"/meelezen/lezen/{doc_id}#fout")
    page = reviewer.get(f"/meelezen/lezen/{doc_id}").get_data(as_text=True)
    block = re.search(r'<details class="zelf" id="zelf-1" open>(.*?)</details>', page, re.S).group(1)
    assert 'id="fout"' in block and "Wij vinden deze woorden niet" in block
    assert 'value="bestaat niet"' in block and "mijn uitleg" in block  # what was typed stays
    assert page.count('id="fout"') == 1
    # the message is shown once: a reload does not show it again
    assert 'id="fout"' not in reviewer.get(f"/meelezen/lezen/{doc_id}").get_data(as_text=True)
    # "Ik ben klaar" with open points asks first and changes nothing
    resp = post(reviewer, f"/meelezen/lezen/{doc_id}/klaar")
    assert resp.status_code == 303 and resp.headers["Location"].endswith("#fout")
    page = reviewer.get(resp.headers["Location"]).get_data(as_text=True)
    assert "Wilt u toch stoppen?" in page and "Ja, ik ben klaar" in page
    assert f"/meelezen/lezen/{doc_id}" in reviewer.get("/meelezen/wachtrij").get_data(as_text=True)
    assert post(reviewer, f"/meelezen/lezen/{doc_id}/klaar", zeker="ja").status_code == 303
    assert f"/meelezen/lezen/{doc_id}" not in reviewer.get("/meelezen/wachtrij").get_data(as_text=True)
    # done: the reviewer can no longer change it
    assert reviewer.get(f"/meelezen/lezen/{doc_id}").status_code == 404

    page = writer.get(f"/meelezen/brief/{doc_id}").get_data(as_text=True)
    assert "Dit woord ken ik niet." in page and "Welke gegevens?" in page
    assert re.search(r'<mark class="passage" data-n="\d+">middels</mark>', page)
    assert "heeft de brief gelezen" in page
    total = len(findings_of(app, doc_id))
    assert f"De taalambassadeur gaf bij 1 van de {total} punten van duidelijk een antwoord." in page


def test_word_comments_by_the_reviewer(app):
    from browser.letters import docx_letter

    from duidelijk.formatters.docx_comments import comments_with_text

    writer = client_for(app, "schrijver-a")
    doc_id = ask_review(writer, data=docx_letter())
    reviewer = client_for(app, "lezer-a")
    fid = finding_id(app, doc_id, "verstrekken")
    post(reviewer, f"/meelezen/lezen/{doc_id}/punt/{fid}", keuze="disagree", opmerking="Dit snap ik wel.", versie="0")
    post(reviewer, f"/meelezen/lezen/{doc_id}/moeilijk", stuk="parkeervergunning", opmerking="Te lang.", alinea="0")
    resp = writer.get(f"/meelezen/brief/{doc_id}/word")
    assert resp.status_code == 200
    comments = comments_with_text(resp.data)
    by_reviewer = [c for c in comments if c["author"] == "Lezer A"]
    assert {c["anchor"] for c in by_reviewer} == {"verstrekken", "parkeervergunning"}
    assert any("Klopt niet. Dit snap ik wel." in c["text"] for c in by_reviewer)
    assert any(c["author"] == "duidelijk" and c["anchor"] == "middels" for c in comments)


def test_menu_links_to_review_only_when_switched_on(app):
    page = app.test_client().get("/").get_data(as_text=True)
    assert "Meelezen" in page
    from duidelijk.web import create_app

    plain = create_app({"TESTING": True, "PRELOAD_MODEL": False})
    assert "Meelezen" not in plain.test_client().get("/").get_data(as_text=True)
