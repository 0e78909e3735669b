"""API tokens per team (review part on): an admin makes and revokes them, they are stored hashed,
and a team token's checks use the team's approved word lists. On SQLite and PostgreSQL."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("sqlalchemy")

from sqlalchemy import select  # noqa: E402

from test_review_support import (  # noqa: E402,F401  (fixtures)
    LETTER,
    app,
    client_for,
    db_url,
    make_app,
    pg_server,
    post,
)


def make_token(admin, team_id: int, name: str = "Zaaksysteem") -> str:
    resp = post(admin, "/meelezen/beheer/sleutels", team=str(team_id), naam=name)
    assert resp.status_code == 200, resp.get_data(as_text=True)[:500]
    page = resp.get_data(as_text=True)
    return re.search(r'id="sleutel" readonly value="([^"]+)"', page).group(1)


def team_ids(app) -> dict[str, int]:
    from duidelijk.review.models import Team

    with app.extensions["duidelijk_review_db"].session() as s:
        return {t.name: t.id for t in s.scalars(select(Team))}


def api_check(client, token, text=LETTER):
    return client.post("/api/v1/check", json={"tekst": text}, headers={"Authorization": f"Bearer {token}"})


def codes_on(resp, word):
    assert resp.status_code == 200, resp.get_data(as_text=True)[:300]
    return {f["code"] for f in resp.get_json()["files"][0]["findings"] if f["text"] == word}


def test_api_off_until_an_admin_makes_a_token(nlp, tmp_path, monkeypatch):
    monkeypatch.delenv("DUIDELIJK_API_TOKENS", raising=False)
    app = make_app("sqlite:///" + str(tmp_path / "sleutels.db"))
    try:
        anon = app.test_client()
        assert api_check(anon, "dl_nog-geen-sleutel-0123456789").status_code == 404
        token = make_token(client_for(app, "beheer"), team_ids(app)["Team A"])
        assert api_check(anon, token).status_code == 200
        assert api_check(anon, token + "x").status_code == 401
    finally:
        app.extensions["duidelijk_review_db"].dispose()


def test_team_token_applies_the_team_word_list(app):
    from duidelijk.review.models import Proposal

    ids = team_ids(app)
    admin = client_for(app, "beheer")
    token_a, token_b = make_token(admin, ids["Team A"]), make_token(admin, ids["Team B"])
    anon = app.test_client()
    # before: both teams get 'middels' as officialese
    assert "DD103" in codes_on(api_check(anon, token_a), "middels")
    with app.extensions["duidelijk_review_db"].session() as s:
        s.add(Proposal(team_id=ids["Team A"], kind="accept", word="middels", status="approved"))
        s.add(Proposal(team_id=ids["Team A"], kind="reject", word="formulier", replacement="blad",
                       status="approved"))
        s.commit()
    try:
        a = api_check(anon, token_a)
        assert "DD103" not in codes_on(a, "middels")
        assert codes_on(a, "formulier")  # the team's own 'liever niet' word
        b = api_check(anon, token_b)
        assert "DD103" in codes_on(b, "middels") and not codes_on(b, "formulier")
    finally:
        with app.extensions["duidelijk_review_db"].session() as s:
            for p in s.scalars(select(Proposal).where(Proposal.word.in_(["middels", "formulier"]))):
                s.delete(p)
            s.commit()


def test_token_stored_hashed_shown_once_and_revocable(app, caplog):
    from duidelijk.review.models import ApiToken, AuditEvent

    admin = client_for(app, "beheer")
    token = make_token(admin, team_ids(app)["Team B"], name="Briefgenerator")
    listing = admin.get("/meelezen/beheer/sleutels").get_data(as_text=True)
    assert token not in listing and "Briefgenerator" in listing and token[:10] in listing
    with app.extensions["duidelijk_review_db"].session() as s:
        row = s.scalar(select(ApiToken).where(ApiToken.name == "Briefgenerator"))
        values = [str(getattr(row, c.name)) for c in ApiToken.__table__.columns]
        assert token not in " ".join(values) and len(row.token_hash) == 64
        assert not any(token in (e.detail + e.target) for e in s.scalars(select(AuditEvent)))
        token_id = row.id
    anon = app.test_client()
    assert api_check(anon, token).status_code == 200
    # a second key keeps the API on, whatever the other tests of this module left behind: a
    # switched-off key is then refused (401); without any key in use the API is off (404)
    make_token(admin, team_ids(app)["Team A"], name="Tweede koppeling")
    resp = post(admin, f"/meelezen/beheer/sleutels/{token_id}/uitzetten")
    assert resp.status_code == 303
    assert api_check(anon, token).status_code == 401
    assert "uitgezet op" in admin.get("/meelezen/beheer/sleutels").get_data(as_text=True)
    assert token not in caplog.text


def test_only_admins_manage_tokens(app):
    writer = client_for(app, "schrijver-a")
    assert writer.get("/meelezen/beheer/sleutels").status_code == 404
    assert post(writer, "/meelezen/beheer/sleutels", team="1", naam="x").status_code == 404
    anon = app.test_client()
    assert anon.get("/meelezen/beheer/sleutels").status_code == 303  # to the login page
    admin = client_for(app, "beheer")
    assert post(admin, "/meelezen/beheer/sleutels", team="", naam="x").status_code == 422
    assert post(admin, "/meelezen/beheer/sleutels", team=str(team_ids(app)["Team A"]), naam=" ").status_code == 422
    assert post(admin, "/meelezen/beheer/sleutels/99999/uitzetten").status_code == 404
