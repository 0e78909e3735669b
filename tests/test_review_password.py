"""A user changes their own password (review part of the web page)."""

from __future__ import annotations

import pytest

pytest.importorskip("sqlalchemy")

from test_review_support import PASSWORD, app, client_for, db_url, login, make_app, pg_server, post  # noqa: E402,F401

NEW = "een-nieuw-wachtwoord-42"


def test_change_own_password_keeps_this_session_and_ends_the_others(nlp, tmp_path):
    app = make_app("sqlite:///" + str(tmp_path / "wachtwoord.db"))
    here = client_for(app, "schrijver-a")
    other_device = client_for(app, "schrijver-a")
    page = here.get("/meelezen/wachtwoord")
    assert page.status_code == 200 and "Huidig wachtwoord" in page.get_data(as_text=True)

    resp = post(here, "/meelezen/wachtwoord", huidig=PASSWORD, nieuw=NEW, nieuw2=NEW)
    assert resp.status_code == 303
    assert "Uw wachtwoord is veranderd" in here.get(resp.headers["Location"], follow_redirects=True).get_data(
        as_text=True)
    # this browser stays signed in, the other device is signed out
    assert here.get("/meelezen/brieven").status_code == 200
    assert other_device.get("/meelezen/brieven").status_code == 303
    # the old password no longer works, the new one does
    assert login(app.test_client(), "schrijver-a", PASSWORD).status_code == 401
    assert login(app.test_client(), "schrijver-a", NEW).status_code == 303
    from duidelijk.review.models import AuditEvent

    with app.extensions["duidelijk_review_db"].session() as s:
        assert s.query(AuditEvent).filter_by(action="password-own").count() == 1
    app.extensions["duidelijk_review_db"].dispose()


@pytest.mark.parametrize("form,message", [
    ({"huidig": "fout-wachtwoord", "nieuw": NEW, "nieuw2": NEW}, "huidige wachtwoord klopt niet"),
    ({"huidig": PASSWORD, "nieuw": NEW, "nieuw2": NEW + "x"}, "twee verschillende"),
    ({"huidig": PASSWORD, "nieuw": "kort", "nieuw2": "kort"}, "minstens 10 tekens"),
])
def test_refused_change_says_why_and_changes_nothing(app, form, message):
    c = client_for(app, "lezer-b")
    resp = post(c, "/meelezen/wachtwoord", **form)
    assert resp.status_code == 422
    assert message in resp.get_data(as_text=True)
    assert login(app.test_client(), "lezer-b", PASSWORD).status_code == 303


def test_guessing_the_current_password_hits_the_rate_limit(nlp, tmp_path):
    app = make_app("sqlite:///" + str(tmp_path / "raden.db"))
    c = client_for(app, "lezer-a")
    codes = [post(c, "/meelezen/wachtwoord", huidig=f"gok-{i}", nieuw=NEW, nieuw2=NEW).status_code
             for i in range(6)]
    assert codes[:5] == [422] * 5 and codes[5] == 429
    # even the right password is refused now, and nothing changed
    assert post(c, "/meelezen/wachtwoord", huidig=PASSWORD, nieuw=NEW, nieuw2=NEW).status_code == 429
    from argon2 import PasswordHasher

    from duidelijk.review.models import User

    with app.extensions["duidelijk_review_db"].session() as s:
        assert PasswordHasher().verify(s.query(User).filter_by(username="lezer-a").one().password_hash, PASSWORD)
    app.extensions["duidelijk_review_db"].dispose()


def test_password_page_needs_a_login(app):
    resp = app.test_client().get("/meelezen/wachtwoord")
    assert resp.status_code == 303 and "/inloggen" in resp.headers["Location"]
