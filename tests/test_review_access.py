"""Access control, CSRF on every state-changing route, guessed ids and concurrent reviewers
(issue 7), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from test_review_support import (  # noqa: F401  (fixtures)
    app,
    client_for,
    ask_review,
    csrf,
    db_url,
    login,
    make_app,
    pg_server,
    post,
)

pytest.importorskip("sqlalchemy")




@pytest.fixture(scope="module")
def docs(app):
    """A letter of team A and one of team B, each waiting for review."""
    a = ask_review(client_for(app, "schrijver-a"))
    b = ask_review(client_for(app, "schrijver-b"))
    return {"a": a, "b": b}


def first_finding(app, doc_id):
    from duidelijk.review.models import Document

    with app.extensions["duidelijk_review_db"].session() as s:
        return s.get(Document, doc_id).findings[0].id


def verdicts(app):
    from duidelijk.review.models import Verdict

    with app.extensions["duidelijk_review_db"].session() as s:
        return [(v.finding_id, v.reviewer_name, v.choice, v.comment) for v in s.query(Verdict).order_by(Verdict.id)]


def test_reviewer_cannot_act_outside_their_team(app, docs):
    b_finding = first_finding(app, docs["b"])
    reviewer = client_for(app, "lezer-a")
    assert f"/meelezen/lezen/{docs['b']}" not in reviewer.get("/meelezen/wachtrij").get_data(as_text=True)
    assert reviewer.get(f"/meelezen/lezen/{docs['b']}").status_code == 404
    before = verdicts(app)
    resp = post(reviewer, f"/meelezen/lezen/{docs['b']}/punt/{b_finding}", keuze="agree", versie="0")
    assert resp.status_code == 404
    assert post(reviewer, f"/meelezen/lezen/{docs['b']}/moeilijk", stuk="Geachte", alinea="0").status_code == 404
    assert post(reviewer, f"/meelezen/lezen/{docs['b']}/klaar").status_code == 404
    # a finding of team B through a document of team A
    assert post(reviewer, f"/meelezen/lezen/{docs['a']}/punt/{b_finding}", keuze="agree",
                versie="0").status_code == 404
    assert verdicts(app) == before
    # a reviewer does not read the writer's pages, nor the dashboard
    assert reviewer.get(f"/meelezen/brief/{docs['a']}").status_code == 404
    assert reviewer.get("/meelezen/overzicht").status_code == 404
    assert reviewer.get("/meelezen/beheer").status_code == 404


def test_writer_cannot_read_another_teams_documents(app, docs):
    writer = client_for(app, "schrijver-a")
    assert writer.get(f"/meelezen/brief/{docs['a']}").status_code == 200
    for path in (f"/meelezen/brief/{docs['b']}", f"/meelezen/brief/{docs['b']}/word",
                 f"/meelezen/lezen/{docs['a']}", "/meelezen/beheer", "/meelezen/beheer/brieven"):
        assert writer.get(path).status_code == 404, path
    page = writer.get("/meelezen/brieven").get_data(as_text=True)
    assert f"/meelezen/brief/{docs['a']}" in page and f"/meelezen/brief/{docs['b']}" not in page
    assert post(writer, f"/meelezen/brief/{docs['b']}/verwijderen").status_code == 404
    assert writer.get(f"/meelezen/overzicht?team=999").status_code == 404
    # the other team's dashboard
    from duidelijk.review.models import Team

    with app.extensions["duidelijk_review_db"].session() as s:
        team_b = s.query(Team).filter_by(name="Team B").one().id
    assert writer.get(f"/meelezen/overzicht?team={team_b}").status_code == 404
    assert writer.get(f"/meelezen/overzicht.csv?team={team_b}").status_code == 404


def test_guessed_ids_give_404(app, docs):
    admin = client_for(app, "beheer")
    writer = client_for(app, "schrijver-a")
    reviewer = client_for(app, "lezer-a")
    for c, path in ((writer, "/meelezen/brief/999999"), (writer, "/meelezen/brief/999999/word"),
                    (reviewer, "/meelezen/lezen/999999"), (admin, "/meelezen/beheer/woorden/999999.toml"),
                    (admin, "/meelezen/overzicht?team=999999"), (writer, "/meelezen/brief/abc")):
        resp = c.get(path)
        assert resp.status_code == 404, path
        assert "Pagina niet gevonden" in resp.get_data(as_text=True) or resp.status_code == 404
    assert post(reviewer, f"/meelezen/lezen/{docs['a']}/punt/999999", keuze="agree", versie="0").status_code == 404
    assert post(admin, "/meelezen/brief/999999/verwijderen").status_code == 404
    assert post(admin, "/meelezen/beheer/account/999999", actie="uit").status_code == 404
    assert post(admin, "/meelezen/beheer/voorstel/999999", actie="ja").status_code == 404
    assert post(writer, "/meelezen/vragen/geraden-token").status_code == 404


def _fill(rule, ids):
    path = rule.rule
    for arg in rule.arguments:
        path = path.replace(f"<int:{arg}>", str(ids[arg])).replace(f"<{arg}>", str(ids[arg]))
    return path


def test_every_state_changing_route_needs_a_csrf_token(app, docs):
    from duidelijk.review.models import AuditEvent, Proposal, User

    ses = app.extensions["duidelijk_review_db"].session
    with ses() as s:
        lezer = s.query(User).filter_by(username="lezer-b").one().id
        s.add(Proposal(team_id=s.query(User).filter_by(username="schrijver-a").one().team_id, kind="accept",
                       word="csrf-woord"))
        s.commit()
        proposal = s.query(Proposal).filter_by(word="csrf-woord").one().id
    writer = client_for(app, "schrijver-a")
    token_page = writer.get("/")
    assert token_page.status_code == 200
    from test_review_support import check

    token = check(writer)
    ids = {"doc_id": docs["a"], "finding_id": first_finding(app, docs["a"]), "token": token, "user_id": lezer,
           "proposal_id": proposal, "token_id": 1}  # token_id: an API token (none needed: CSRF comes first)
    clients = {"writer": writer, "reviewer": client_for(app, "lezer-a"), "admin": client_for(app, "beheer")}
    rules = [r for r in app.url_map.iter_rules() if "POST" in r.methods
             and (r.endpoint.startswith("review.") or r.endpoint in ("check", "delete"))]
    assert len(rules) >= 12
    with ses() as s:
        before = s.query(AuditEvent).count()
    for rule in rules:
        for name, c in clients.items():
            resp = c.post(_fill(rule, ids), data={"keuze": "agree", "versie": "0", "actie": "uit", "naam": "X",
                                                  "gebruikersnaam": "nieuw", "wachtwoord": "wachtwoord-123",
                                                  "rol": "writer", "team": "1", "stuk": "Geachte", "alinea": "0",
                                                  "tekst": "Hallo daar."})
            assert resp.status_code == 400, (rule.rule, name, resp.status_code)
            # and with a wrong token
            resp = c.post(_fill(rule, ids), data={"csrf_token": "fout", "actie": "uit"})
            assert resp.status_code == 400, (rule.rule, name)
    with ses() as s:
        assert s.query(AuditEvent).count() == before
        assert s.query(User).filter_by(username="nieuw").count() == 0
        assert s.get(User, lezer).active
    # the writer is still signed in: logging out without a token did nothing
    assert writer.get("/meelezen/brieven").status_code == 200


def test_two_reviewers_answer_the_same_finding_at_once(app, docs):
    fid = first_finding(app, docs["a"])
    a, a2 = client_for(app, "lezer-a"), client_for(app, "lezer-a2")
    tokens = {c: csrf(c) for c in (a, a2)}
    barrier = threading.Barrier(2)
    results = {}

    def answer(c, choice, comment):
        barrier.wait()
        resp = c.post(f"/meelezen/lezen/{docs['a']}/punt/{fid}",
                      data={"csrf_token": tokens[c], "keuze": choice, "opmerking": comment, "versie": "0"})
        results[comment] = resp.status_code

    threads = [threading.Thread(target=answer, args=(a, "agree", "eerste")),
               threading.Thread(target=answer, args=(a2, "disagree", "tweede"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert results == {"eerste": 303, "tweede": 303}
    stored = {(name, choice, comment) for f, name, choice, comment in verdicts(app) if f == fid}
    assert {("Lezer A", "agree", "eerste"), ("Lezer A2", "disagree", "tweede")} <= stored


def test_same_reviewer_in_two_windows_gets_a_clear_conflict(app, docs):
    from duidelijk.review.models import Document

    with app.extensions["duidelijk_review_db"].session() as s:
        fid = s.get(Document, docs["a"]).findings[1].id
    c = client_for(app, "lezer-a")
    url = f"/meelezen/lezen/{docs['a']}/punt/{fid}"
    assert post(c, url, keuze="agree", opmerking="venster 1", versie="0").status_code == 303
    # a second window still shows the form without an answer (version 0)
    resp = post(c, url, keuze="disagree", opmerking="venster 2", versie="0")
    assert resp.status_code == 409
    assert "Dit is net veranderd" in resp.get_data(as_text=True)
    mine = [v for v in verdicts(app) if v[0] == fid and v[1] == "Lezer A"]
    assert mine == [(fid, "Lezer A", "agree", "venster 1")]
    # two stale forms at once: one wins, the other sees the conflict, nothing is lost silently
    tok = csrf(c)
    barrier = threading.Barrier(2)
    codes = []

    def send(comment):
        barrier.wait()
        codes.append(c.post(url, data={"csrf_token": tok, "keuze": "unsure", "opmerking": comment,
                                       "versie": "1"}).status_code)

    threads = [threading.Thread(target=send, args=(n,)) for n in ("x", "y")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(codes) == [303, 409]
