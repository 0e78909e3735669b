"""Behind a reverse proxy (DUIDELIJK_PROXIES): the login rate limit counts the client's address."""

from __future__ import annotations

import pytest

pytest.importorskip("sqlalchemy")

from test_review_support import csrf  # noqa: E402


def _app(tmp_path, proxies: int):
    from duidelijk.web import create_app

    return create_app({"TESTING": True, "SECRET_KEY": "proxy-test", "REVIEW": True, "PRELOAD_MODEL": False,
                       "REVIEW_DATABASE_URL": "sqlite:///" + str(tmp_path / f"proxy{proxies}.db"),
                       "PROXIES": proxies})


def _failed_login_ip(app) -> str:
    from duidelijk.review.models import LoginAttempt

    c = app.test_client()
    token = csrf(c, "/inloggen")
    headers = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}
    resp = c.post("/inloggen", data={"csrf_token": token, "gebruikersnaam": "niemand", "wachtwoord": "fout"},
                  headers=headers)
    assert resp.status_code == 401
    with app.extensions["duidelijk_review_db"].session() as s:
        ip = s.query(LoginAttempt).one().ip
    app.extensions["duidelijk_review_db"].dispose()
    return ip


def test_forwarded_address_is_used_behind_a_proxy(tmp_path):
    assert _failed_login_ip(_app(tmp_path, 1)) == "203.0.113.7"


def test_forwarded_header_is_ignored_without_a_proxy(tmp_path):
    # anyone can send the header; without a proxy it must not change the address
    assert _failed_login_ip(_app(tmp_path, 0)) == "127.0.0.1"


@pytest.mark.parametrize("value,expected", [("", 0), ("1", 1), ("2", 2)])
def test_proxies_from_the_environment(monkeypatch, value, expected):
    from duidelijk.web import _proxies_from_env

    monkeypatch.setenv("DUIDELIJK_PROXIES", value)
    assert _proxies_from_env() == expected


@pytest.mark.parametrize("value", ["ja", "-1", "9"])
def test_bad_proxies_value_gives_a_plain_message(monkeypatch, value):
    from duidelijk.web import _proxies_from_env

    monkeypatch.setenv("DUIDELIJK_PROXIES", value)
    with pytest.raises(SystemExit) as err:
        _proxies_from_env()
    assert "DUIDELIJK_PROXIES" in str(err.value) and "getal" in str(err.value)
