"""Helpers for the review tests: databases (SQLite and a throwaway PostgreSQL server), an app
with accounts, and small client helpers. Fixtures here are imported by the test modules.

PostgreSQL: ``DATABASE_URL`` (postgresql://...) if set, else a server started here with
initdb/pg_ctl from /usr/lib/postgresql/*/bin in a temporary folder, on a free port on
127.0.0.1, as the ``postgres`` user when the tests run as root. Without those programs the
PostgreSQL runs are skipped with the reason.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from contextlib import contextmanager

import pytest

pytest.importorskip("sqlalchemy")
pytest.importorskip("flask_wtf")

PASSWORD = "wachtwoord-123"
ACCOUNTS = [  # username, role, team
    ("beheer", "admin", None),
    ("schrijver-a", "writer", "Team A"),
    ("lezer-a", "reviewer", "Team A"),
    ("lezer-a2", "reviewer", "Team A"),
    ("schrijver-b", "writer", "Team B"),
    ("lezer-b", "reviewer", "Team B"),
]
LETTER = ("Geachte heer Jansen,\n\nWij vragen u middels het formulier uw gegevens te verstrekken.\n\n"
          "Uw aanvraag wordt door ons in behandeling genomen. Wij sturen u dan een brief.\n\n"
          "Met vriendelijke groet,\n\nTeam Vergunningen\n")


def pg_bin() -> str | None:
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(re.sub(r"\D", "", d.split("/")[-2]) or 0))
    for d in reversed(dirs):
        if os.path.exists(os.path.join(d, "initdb")) and os.path.exists(os.path.join(d, "pg_ctl")):
            return d
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def throwaway_postgres():
    """Start a PostgreSQL server in a temporary folder; yields the URL of its 'postgres' database."""
    bindir = pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL ontbreekt (apt-get install postgresql); de tests op PostgreSQL zijn overgeslagen")
    root = os.geteuid() == 0
    prefix: list[str] = []
    if root:
        runuser = shutil.which("runuser")
        try:
            import pwd

            pw = pwd.getpwnam("postgres")
        except KeyError:
            pw = None
        if runuser is None or pw is None:
            pytest.skip("als root is een gebruiker 'postgres' en runuser nodig om PostgreSQL te starten")
        prefix = [runuser, "-u", "postgres", "--"]
    tmp = tempfile.mkdtemp(prefix="duidelijk-pg-")
    data = os.path.join(tmp, "data")
    if root:
        os.chown(tmp, pw.pw_uid, pw.pw_gid)
    port = free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        subprocess.run(prefix + [f"{bindir}/initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                 "--no-sync"], check=True, capture_output=True, env=env, cwd=tmp)
        opts = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={tmp} -c fsync=off"
        subprocess.run(prefix + [f"{bindir}/pg_ctl", "-D", data, "-o", opts, "-l", os.path.join(tmp, "log"), "-w",
                                 "-t", "60", "start"], check=True, capture_output=True, env=env, cwd=tmp)
    except subprocess.CalledProcessError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        pytest.skip(f"PostgreSQL start niet: {err.stderr.decode(errors='replace')[-300:]}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(prefix + [f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"],
                       capture_output=True, env=env, cwd=tmp)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    env = os.environ.get("DATABASE_URL", "")
    if env.startswith("postgres"):
        from duidelijk.review.db import database_url

        yield database_url(env)
        return
    with throwaway_postgres() as url:
        yield url


def fresh_database(server_url: str) -> str:
    """A new, empty database on the server; returns its URL."""
    from sqlalchemy import create_engine, text

    name = "duidelijk_" + uuid.uuid4().hex[:12]
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db_url(request, tmp_path_factory):
    if request.param == "sqlite":
        return "sqlite:///" + str(tmp_path_factory.mktemp("db") / "duidelijk.db")
    return fresh_database(request.getfixturevalue("pg_server"))


def make_app(url: str):
    from duidelijk.review.auth import create_user
    from duidelijk.web import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "review-test", "REVIEW": True, "REVIEW_DATABASE_URL": url,
                      "PRELOAD_MODEL": False})
    db = app.extensions["duidelijk_review_db"]
    with db.session() as s:
        for username, role, team in ACCOUNTS:
            create_user(s, username, username.replace("-", " ").title(), PASSWORD, role, team)
        s.commit()
    return app


def csrf(client, path: str = "/") -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def login(client, username: str, password: str = PASSWORD):
    resp = client.post("/inloggen", data={"csrf_token": csrf(client, "/inloggen"), "gebruikersnaam": username,
                                          "wachtwoord": password})
    return resp


def post(client, path: str, **form):
    return client.post(path, data={"csrf_token": csrf(client), **form})


def check(client, text: str = LETTER, data: bytes | None = None, name: str = "brief.docx") -> str:
    """Check a letter on the web page; returns the result token."""
    import io

    form = {"csrf_token": csrf(client), "tekst": "" if data else text}
    if data:
        form["bestand"] = (io.BytesIO(data), name)
    resp = client.post("/controleren", data=form, content_type="multipart/form-data")
    assert resp.status_code == 303, resp.get_data(as_text=True)[:500]
    return resp.headers["Location"].rsplit("/", 1)[1]


def ask_review(client, text: str = LETTER, data: bytes | None = None, letter: int | None = None) -> int:
    token = check(client, text, data)
    page = client.get(f"/resultaat/{token}").get_data(as_text=True)
    assert "Laat een taalambassadeur meelezen" in page
    form = {"brief": str(letter)} if letter else {}
    resp = post(client, f"/meelezen/vragen/{token}", **form)
    assert resp.status_code == 303, resp.status_code
    return int(resp.headers["Location"].rstrip("/").rsplit("/", 1)[1])


def test_postgres_binaries_are_found_or_skipped():
    """The harness finds initdb/pg_ctl, or the PostgreSQL runs skip with a reason."""
    assert pg_bin() is None or os.path.exists(os.path.join(pg_bin(), "pg_ctl"))


def wait_for(predicate, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


@pytest.fixture(scope="module")
def app(nlp, db_url):
    """A review-enabled app per test module, on SQLite and on PostgreSQL."""
    app = make_app(db_url)
    yield app
    app.extensions["duidelijk_review_db"].dispose()


def client_for(app, username):
    """A test client logged in as ``username``."""
    c = app.test_client()
    resp = login(c, username)
    assert resp.status_code == 303, resp.get_data(as_text=True)[:300]
    return c
