"""The review pages (a Flask blueprint). Every page that shows or changes a stored letter checks
the user's team and role; anything not theirs answers 404, as if it did not exist."""

from __future__ import annotations

import csv
import io
import logging
from datetime import date, timedelta
from functools import wraps

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_wtf.csrf import CSRFError
from sqlalchemy import select

from duidelijk.review import auth, service
from duidelijk.review.db import Database
from duidelijk.review.models import CHOICES, AuditEvent, Document, Proposal, Team, User
from duidelijk.review.service import CHOICE_LABELS, Conflict, NotFound
from duidelijk.web import results

bp = Blueprint("review", __name__, static_folder="static", static_url_path="/meelezen/static")
log = logging.getLogger("duidelijk.review")

ROLE_LABELS = auth.ROLE_LABELS


def init_app(app) -> None:
    db = Database(app.config.get("REVIEW_DATABASE_URL"))
    app.extensions["duidelijk_review_db"] = db
    app.config.setdefault("REVIEW_RETENTION_DAYS", service.retention_days())
    app.register_blueprint(bp)
    results.check_config(app, _request_config)
    results.on_check(app, _after_check)
    results.result_template(app, "review/result.html")
    from duidelijk.review import tokens

    results.api_tokens(app, results.ApiTokens(active=tokens.any_active, lookup=tokens.lookup))  # docs/api.md

    @app.teardown_appcontext
    def _close(exc):
        s = g.pop("review_session", None)
        if s is not None:
            if exc is not None:
                s.rollback()
            s.close()


def db():
    """The database session of this request."""
    if "review_session" not in g:
        g.review_session = current_app.extensions["duidelijk_review_db"].session()
    return g.review_session


# --- the signed-in user ----------------------------------------------------------------------------

@bp.before_app_request
def _load_user():
    g.review_user = None
    uid = session.get("uid")
    if uid is None:
        return
    user = db().get(User, uid)
    if user is None or not user.active or session.get("sv") != user.session_version:
        session.clear()
        return
    g.review_user = user


@bp.app_context_processor
def _context():
    return {"review_user": g.get("review_user"), "role_labels": ROLE_LABELS, "choice_labels": CHOICE_LABELS,
            "review_letters": _team_letters, "rule_names": _rule_names()}


def _team_letters():
    from duidelijk.review.models import Letter

    user = g.get("review_user")
    if user is None or user.team_id is None:
        return []
    return db().scalars(select(Letter).where(Letter.team_id == user.team_id)
                        .order_by(Letter.created_at.desc()).limit(50)).all()


def _rule_names() -> dict:
    from duidelijk.formatters.html import CATEGORY_LABELS
    from duidelijk.rules import all_rules

    return {r.code: CATEGORY_LABELS.get(r.category, "") for r in all_rules()}


def login_required(*roles):
    def wrap(view):
        @wraps(view)
        def inner(*args, **kwargs):
            user = g.get("review_user")
            if user is None:
                return redirect(url_for("review.login", volgende=request.path), code=303)
            if roles and user.role not in roles:
                abort(404)
            return view(*args, **kwargs)
        return inner
    return wrap


def _request_config():
    """The duidelijk settings for a check: with the approved words of the user's team."""
    user = g.get("review_user")
    base = current_app.extensions["duidelijk_config"]
    if user is None or user.team_id is None:
        return base
    return service.team_config(db(), user.team_id, base)


def _after_check(entry):
    user = g.get("review_user")
    if user is None or user.team_id is None:
        return
    entry.extra["review_user"] = user.id  # only this writer may ask for a review of it
    service.record_check(db(), user, entry.report)
    db().commit()


@bp.errorhandler(CSRFError)
def _csrf(err):
    return _page(400, "De pagina was te lang open", "Ga terug, laad de pagina opnieuw en probeer het nog een keer.")


@bp.errorhandler(NotFound)
def _not_found(err):
    return _page(404, "Pagina niet gevonden", "Deze pagina bestaat niet, of is er niet meer.")


def _page(status, title, text):
    return make_response(render_template("error.html", title=title, text=text, status=status), status)


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("review.home")


# --- signing in and out ---------------------------------------------------------------------------

@bp.route("/inloggen", methods=["GET", "POST"])
def login():
    error = None
    status = 200
    if request.method == "POST":
        username = request.form.get("gebruikersnaam", "")[:80]
        password = request.form.get("wachtwoord", "")[:200]
        ip = request.remote_addr or ""
        s = db()
        if auth.too_many_attempts(s, username, ip):
            error, status = auth.TOO_MANY_ATTEMPTS, 429
            service.audit(s, None, "login-blocked", detail=auth.normal_username(username))
            s.commit()
        else:
            user = auth.authenticate(s, username, password, ip)
            if user is None:
                error, status = "De gebruikersnaam of het wachtwoord klopt niet.", 401
                s.commit()
            else:
                session.clear()
                session["uid"] = user.id
                session["sv"] = user.session_version
                session.permanent = True
                service.audit(s, user, "login")
                s.commit()
                return redirect(_safe_next(request.form.get("volgende")), code=303)
    body = render_template("review/login.html", error=error, volgende=request.values.get("volgende", ""))
    return make_response(body, status)


@bp.post("/uitloggen")
def logout():
    user = g.get("review_user")
    if user is not None:
        service.audit(db(), user, "logout")
        db().commit()
    session.clear()
    flash("U bent uitgelogd.")
    return redirect(url_for("review.login"), code=303)


@bp.route("/meelezen/wachtwoord", methods=["GET", "POST"])
@login_required()
def own_password():
    """A user changes their own password; sessions on other devices end, this one stays."""
    user = g.review_user
    error, status = None, 200
    if request.method == "POST":
        s = db()
        f = request.form
        ip = request.remote_addr or ""
        new = f.get("nieuw", "")[:200]
        if auth.too_many_attempts(s, user.username, ip):
            error, status = auth.TOO_MANY_ATTEMPTS, 429
        elif auth.authenticate(s, user.username, f.get("huidig", "")[:200], ip) is None:
            error, status = "Uw huidige wachtwoord klopt niet.", 422
        elif new != f.get("nieuw2", "")[:200]:
            error, status = "U heeft twee verschillende nieuwe wachtwoorden getypt.", 422
        else:
            try:
                auth.set_password(user, new)
            except auth.AccountError as err:
                error, status = str(err), 422
        if error is None:
            session["sv"] = user.session_version
            service.audit(s, user, "password-own")
        s.commit()  # also keeps a failed attempt for the rate limit
        if error is None:
            flash("Uw wachtwoord is veranderd. Op andere apparaten moet u opnieuw inloggen.")
            return redirect(url_for("review.home"), code=303)
    body = render_template("review/password.html", error=error, min_password=auth.MIN_PASSWORD)
    return make_response(body, status)


@bp.get("/meelezen/")
@login_required()
def home():
    user = g.review_user
    if user.role == "reviewer":
        return redirect(url_for("review.queue"), code=303)
    if user.role == "admin":
        return redirect(url_for("review.admin"), code=303)
    return redirect(url_for("review.letters"), code=303)


# --- writer: ask for a review, see the result --------------------------------------------------------

@bp.post("/meelezen/vragen/<token>")
@login_required("writer")
def ask(token):
    entry = results.result_for(token)  # 404 for another browser session
    user = g.review_user
    if entry.extra.get("review_user") != user.id or entry.report is None or entry.report.document is None:
        abort(404)
    letter_id = _int(request.form.get("brief")) or None
    doc = service.store_document(db(), user, entry.report, entry.data, entry.name, letter_id)
    db().commit()
    flash("Uw brief staat klaar. Een taalambassadeur gaat hem lezen.")
    return redirect(url_for("review.letter", doc_id=doc.id), code=303)


@bp.get("/meelezen/brieven")
@login_required("writer")
def letters():
    user = g.review_user
    docs = db().scalars(select(Document).where(Document.team_id == user.team_id)
                        .order_by(Document.created_at.desc())).all()
    return render_template("review/letters.html", docs=docs)


def _mark_range(text, lo, hi, items, links=True):
    """text[lo:hi] as HTML with the passages of ``items`` marked and numbered. Each item needs
    start, end, n and anchor; ``links``: the number links to the item's note."""
    from markupsafe import Markup, escape

    inside = [it for it in items if it["start"] < hi and it["end"] > lo]
    points = sorted({lo, hi, *(max(lo, it["start"]) for it in inside), *(min(hi, it["end"]) for it in inside)})
    html = []
    for a, b in zip(points, points[1:]):
        chunk = escape(text[a:b]).replace("\n", Markup("<br>"))
        covering = [it for it in inside if it["start"] <= a and it["end"] >= b]
        if covering:
            nums = ", ".join(str(it["n"]) for it in covering)
            html.append(Markup('<mark class="passage" data-n="{}">{}</mark>').format(nums, chunk))
        else:
            html.append(chunk)
        for it in (it for it in covering if min(hi, it["end"]) == b):
            if links:
                html.append(Markup('<a class="passage-nr" href="#{0}" aria-label="Punt {1}">{1}</a>')
                            .format(it["anchor"], it["n"]))
            else:
                html.append(Markup('<span class="passage-nr">{0}<span class="sr-only">.</span></span>').format(it["n"]))
    return Markup("").join(html)


def _marked(doc, items):
    """Paragraphs of ``doc`` with the passages of ``items`` marked; returns a list of
    {html, items, start, end, heading}. Each item needs start, end, n and anchor."""
    out = []
    text = doc.text
    headings = {tuple(h) for h in (doc.metrics or {}).get("koppen", [])}
    for ps, pe in service.paragraphs(text):
        inside = [it for it in items if ps <= it["start"] < pe]
        out.append({"html": _mark_range(text, ps, pe, items), "items": inside, "start": ps, "end": pe,
                    "heading": (ps, pe) in headings})
    return out


def _sentences(doc, paragraph):
    """A paragraph as parts for the reading page: plain text, and each sentence with points
    once, with those points together: [{html, items}] (items empty for plain text)."""
    text = doc.text
    ps, pe = paragraph["start"], paragraph["end"]
    spans = []
    for it in sorted(paragraph["items"], key=lambda it: it["context_span"][0]):
        a, b = it["context_span"]
        a, b = max(ps, min(a, it["start"])), min(pe, max(b, it["end"]))
        if spans and a < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
            spans[-1][2].append(it)
        else:
            spans.append([a, b, [it]])
    parts, pos = [], ps
    for a, b, group in spans:
        if text[pos:a].strip():
            parts.append({"html": _mark_range(text, pos, a, [], links=False), "items": []})
        parts.append({"html": _mark_range(text, a, b, group, links=False), "items": sorted(group, key=lambda i: i["n"])})
        pos = b
    if text[pos:pe].strip():
        parts.append({"html": _mark_range(text, pos, pe, [], links=False), "items": []})
    return parts


def _items(doc, with_missed=True):
    items = []
    n = 0
    for f in doc.findings:
        n += 1
        items.append({"n": n, "kind": "finding", "f": f, "anchor": f"kaart-{f.id}",
                      "start": f.start, "end": max(f.end, f.start + 1), "context_span": (f.context_start, f.context_end),
                      "context": (doc.text[f.context_start:f.start], doc.text[f.start:f.end],
                                  doc.text[f.end:f.context_end])})
    if with_missed:
        for m in doc.missed:
            n += 1
            items.append({"n": n, "kind": "missed", "m": m, "anchor": f"zelf-{m.id}", "start": m.start, "end": m.end})
    return items


@bp.get("/meelezen/brief/<int:doc_id>")
@login_required("writer")
def letter(doc_id):
    doc = service.document_for(db(), g.review_user, doc_id, "read")
    items = _items(doc)
    reviewed = [it for it in items if it["kind"] == "missed" or it["f"].verdicts]
    versions = doc.letter.documents
    previous = next((d for d in reversed(versions) if d.version < doc.version), None)
    judged = sum(1 for f in doc.findings if f.verdicts)
    return render_template("review/letter.html", doc=doc, paragraphs=_marked(doc, reviewed), items=items,
                           previous=previous, versions=versions, judged=judged)


@bp.get("/meelezen/brief/<int:doc_id>/word")
@login_required("writer")
def letter_docx(doc_id):
    doc = service.document_for(db(), g.review_user, doc_id, "read")
    if doc.data is None:
        abort(404)
    data = service.annotated_docx(doc, current_app.extensions["duidelijk_config"].placeholders)
    return results.download(data, results.download_name(doc.name, "-met-meelezers.docx"),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


@bp.route("/meelezen/brief/<int:doc_id>/verwijderen", methods=["GET", "POST"])
@login_required("writer", "admin")
def delete_letter(doc_id):
    """Deleting takes two steps: a page that asks "are you sure?", then the form on it."""
    doc = service.document_for(db(), g.review_user, doc_id, "delete")
    back = url_for("review.admin_documents") if g.review_user.role == "admin" else url_for("review.letter", doc_id=doc.id)
    if request.method == "GET" or request.form.get("zeker") != "ja":
        verdicts = sum(len(f.verdicts) for f in doc.findings) + len(doc.missed)
        return render_template("review/delete.html", doc=doc, back=back, verdicts=verdicts)
    service.delete_document(db(), doc, g.review_user)
    db().commit()
    flash("De brief is verwijderd.")
    if g.review_user.role == "admin":
        return redirect(url_for("review.admin_documents"), code=303)
    return redirect(url_for("review.letters"), code=303)


# --- taalambassadeur: queue and review --------------------------------------------------------------

@bp.get("/meelezen/wachtrij")
@login_required("reviewer")
def queue():
    return render_template("review/queue.html", docs=service.queue(db(), g.review_user))


def _review_page(doc, status=200, conflict=None):
    me = g.review_user.id
    items = _items(doc, with_missed=False)
    mine = {}
    for it in items:
        for v in it["f"].verdicts:
            if v.reviewer_id == me:
                mine[it["f"].id] = v
    paragraphs = _marked(doc, items)
    for p in paragraphs:
        p["parts"] = _sentences(doc, p)
    open_items = [it for it in items if it["f"].id not in mine]
    # what the last form sent (post/redirect/get): shown next to that form, focus goes there
    state = session.pop("meelezen", None) or {}
    if state.get("doc") != doc.id:
        state = {}
    saved = state.get("punt")
    after = [it for it in open_items if saved is None or it["f"].id != saved]
    next_after_saved = None
    if saved is not None:
        n_saved = next((it["n"] for it in items if it["f"].id == saved), 0)
        next_after_saved = next((it for it in open_items if it["n"] > n_saved), after[0] if after else None)
    my_missed = [m for m in doc.missed if m.reviewer_id == me]
    body = render_template("review/review.html", doc=doc, paragraphs=paragraphs, items=items, mine=mine,
                           conflict=conflict, state=state, done=len(items) - len(open_items), total=len(items),
                           next_open=open_items[0] if open_items else None, next_after_saved=next_after_saved,
                           my_missed=my_missed, missed_by_paragraph=_missed_by_paragraph(doc, my_missed),
                           ask_done=state.get("klaar") == "vraag")
    return make_response(body, status)


def _missed_by_paragraph(doc, missed):
    spans = service.paragraphs(doc.text)
    out: dict[int, list] = {}
    for m in missed:
        i = next((i for i, (a, b) in enumerate(spans) if a <= m.start < b), None)
        if i is not None:
            out.setdefault(i, []).append(m)
    return out


@bp.get("/meelezen/lezen/<int:doc_id>")
@login_required("reviewer")
def review(doc_id):
    doc = service.document_for(db(), g.review_user, doc_id, "review")
    return _review_page(doc)


@bp.post("/meelezen/lezen/<int:doc_id>/punt/<int:finding_id>")
@login_required("reviewer")
def verdict(doc_id, finding_id):
    s = db()
    doc = service.document_for(s, g.review_user, doc_id, "review")
    choice = request.form.get("keuze", "")
    if choice not in CHOICES:
        session["meelezen"] = {"doc": doc.id, "punt-fout": finding_id}
        return redirect(url_for("review.review", doc_id=doc.id, _anchor="fout"), code=303)
    try:
        service.save_verdict(s, g.review_user, doc, finding_id, choice, request.form.get("opmerking", ""),
                             _int(request.form.get("versie")) or 0)
        s.commit()
    except Conflict:
        s.rollback()
        s.expire_all()
        doc = service.document_for(s, g.review_user, doc_id, "review")
        return _review_page(doc, 409, conflict=finding_id)
    session["meelezen"] = {"doc": doc.id, "punt": finding_id}
    return redirect(url_for("review.review", doc_id=doc.id, _anchor=f"bewaard-{finding_id}"), code=303)


@bp.post("/meelezen/lezen/<int:doc_id>/moeilijk")
@login_required("reviewer")
def missed(doc_id):
    """"Dit is moeilijk": back to the same paragraph (post/redirect/get), with the message
    next to the form; on an error the typed words stay in the field."""
    s = db()
    doc = service.document_for(s, g.review_user, doc_id, "review")
    paragraph = _int(request.form.get("alinea"))
    stuk, opmerking = request.form.get("stuk", "")[:500], request.form.get("opmerking", "")[:service.MAX_COMMENT]
    try:
        service.add_missed(s, g.review_user, doc, stuk, opmerking, paragraph)
    except ValueError:
        s.rollback()
        session["meelezen"] = {"doc": doc.id, "alinea": paragraph, "fout": True, "stuk": stuk, "opmerking": opmerking}
        anchor = "fout"
    else:
        s.commit()
        session["meelezen"] = {"doc": doc.id, "alinea": paragraph, "gelukt": True}
        anchor = f"zelf-{paragraph}-bewaard"
    # the address points at the message: the browser then keeps the focus there
    return redirect(url_for("review.review", doc_id=doc.id, _anchor=anchor), code=303)


@bp.post("/meelezen/lezen/<int:doc_id>/klaar")
@login_required("reviewer")
def done(doc_id):
    """"Ik ben klaar". With points still open it asks first (``zeker=ja`` confirms)."""
    doc = service.document_for(db(), g.review_user, doc_id, "review")
    me = g.review_user.id
    open_points = sum(1 for f in doc.findings if not any(v.reviewer_id == me for v in f.verdicts))
    if open_points and request.form.get("zeker") != "ja":
        session["meelezen"] = {"doc": doc.id, "klaar": "vraag"}
        return redirect(url_for("review.review", doc_id=doc.id, _anchor="fout"), code=303)
    service.mark_done(db(), g.review_user, doc)
    db().commit()
    flash("Dank u wel. De schrijver ziet nu wat u vindt.")
    return redirect(url_for("review.queue"), code=303)


# --- dashboard -----------------------------------------------------------------------------------------

def _period():
    today = service.now().date()
    end = _date(request.args.get("tot")) or today
    start = _date(request.args.get("van")) or end - timedelta(days=83)
    if start > end:
        start, end = end, start
    return start, min(end, start + timedelta(days=3 * 366))


def _date(value):
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _dashboard_team():
    user = g.review_user
    teams = db().scalars(select(Team).order_by(Team.name)).all() if user.role == "admin" else [user.team]
    wanted = _int(request.args.get("team"))
    if user.role != "admin":
        if wanted not in (None, user.team_id):
            abort(404)
        return user.team, teams
    if wanted is None:
        return (teams[0] if teams else None), teams
    team = db().get(Team, wanted)
    if team is None:
        abort(404)
    return team, teams


@bp.get("/meelezen/overzicht")
@login_required("writer", "admin")
def dashboard():
    from duidelijk.review import charts

    team, teams = _dashboard_team()
    start, end = _period()
    st = service.stats(db(), team.id, start, end) if team else None
    return render_template("review/dashboard.html", team=team, teams=teams, start=start, end=end, st=st,
                           charts=charts)


def _csv_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@bp.get("/meelezen/overzicht.csv")
@login_required("writer", "admin")
def dashboard_csv():
    team, _ = _dashboard_team()
    if team is None:
        abort(404)
    start, end = _period()
    st = service.stats(db(), team.id, start, end)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";")
    w.writerow(["soort", "team", "van", "tot", "sleutel", "brieven", "b1", "klopt", "klopt_niet", "twijfel"])
    for wk in st.weeks:
        w.writerow(["week", _csv_cell(team.name), wk["start"].isoformat(),
                    (wk["start"] + timedelta(days=6)).isoformat(), "", wk["letters"], wk["b1"], "", "", ""])
    for level in (1, 2, 3, 4):
        w.writerow(["lint", _csv_cell(team.name), start.isoformat(), end.isoformat(), level, st.levels[level],
                    "", "", "", ""])
    for code, n in st.codes.most_common():
        w.writerow(["punt", _csv_cell(team.name), start.isoformat(), end.isoformat(), code, n, "", "", "", ""])
    for code, o in st.outcomes.items():
        w.writerow(["meelezen", _csv_cell(team.name), start.isoformat(), end.isoformat(), code, "", "",
                    o["agree"], o["disagree"], o["unsure"]])
    return results.download(buf.getvalue().encode("utf-8-sig"), f"overzicht-{start}-{end}.csv", "text/csv; charset=utf-8")


# --- admin ---------------------------------------------------------------------------------------------

@bp.get("/meelezen/beheer")
@login_required("admin")
def admin(error=None, status=200):
    s = db()
    users = s.scalars(select(User).order_by(User.username)).all()
    teams = s.scalars(select(Team).order_by(Team.name)).all()
    return make_response(render_template("review/admin.html", users=users, teams=teams, error=error), status)


@bp.post("/meelezen/beheer/account")
@login_required("admin")
def admin_add_user():
    s = db()
    f = request.form
    try:
        user = auth.create_user(s, f.get("gebruikersnaam", ""), f.get("naam", ""), f.get("wachtwoord", ""),
                                f.get("rol", ""), _int(f.get("team")))
    except auth.AccountError as err:
        s.rollback()
        return admin(error=str(err), status=422)
    service.audit(s, g.review_user, "user-add", f"user:{user.id}", user.team_id, user.role)
    s.commit()
    flash("Het account is gemaakt.")
    return redirect(url_for("review.admin"), code=303)


@bp.post("/meelezen/beheer/account/<int:user_id>")
@login_required("admin")
def admin_edit_user(user_id):
    s = db()
    user = s.get(User, user_id)
    if user is None:
        abort(404)
    f = request.form
    action = f.get("actie")
    try:
        if action == "wachtwoord":
            auth.set_password(user, f.get("wachtwoord", ""))
        elif action == "uit":
            if user.id == g.review_user.id:
                raise auth.AccountError("U kunt uw eigen account niet uitzetten.")
            user.active = False
            user.session_version += 1
        elif action == "aan":
            user.active = True
        elif action == "wijzig":
            role = auth.ROLE_BY_LABEL.get(f.get("rol", ""))
            team = _int(f.get("team"))
            if role is None or (role != "admin" and team is None):
                raise auth.AccountError("Kies een rol en een team.")
            if team is not None and s.get(Team, team) is None:
                abort(404)
            if user.id == g.review_user.id and role != "admin":
                raise auth.AccountError("U kunt uw eigen rol niet veranderen.")
            if role != user.role or team != user.team_id:
                user.session_version += 1
            user.role, user.team_id = role, team
        else:
            abort(400)
    except auth.AccountError as err:
        s.rollback()
        return admin(error=str(err), status=422)
    service.audit(s, g.review_user, f"user-{action}", f"user:{user.id}", user.team_id)
    s.commit()
    flash("Het account is aangepast.")
    return redirect(url_for("review.admin"), code=303)


@bp.post("/meelezen/beheer/team")
@login_required("admin")
def admin_add_team():
    s = db()
    name = " ".join(request.form.get("naam", "").split())[:120]
    if not name:
        return admin(error="Geef het team een naam.", status=422)
    if s.scalar(select(Team).where(Team.name == name)):
        return admin(error="Dit team bestaat al.", status=422)
    team = auth.find_or_create_team(s, name)
    service.audit(s, g.review_user, "team-add", f"team:{team.id}", team.id)
    s.commit()
    flash("Het team is gemaakt.")
    return redirect(url_for("review.admin"), code=303)


@bp.get("/meelezen/beheer/woorden")
@login_required("admin")
def admin_words(error=None, status=200):
    s = db()
    teams = s.scalars(select(Team).order_by(Team.name)).all()
    proposals = s.scalars(select(Proposal).order_by(Proposal.team_id, Proposal.status, Proposal.word)).all()
    by_team = {t.id: [p for p in proposals if p.team_id == t.id] for t in teams}
    return make_response(render_template("review/words.html", teams=teams, by_team=by_team, error=error), status)


@bp.post("/meelezen/beheer/voorstel/<int:proposal_id>")
@login_required("admin")
def admin_decide(proposal_id):
    s = db()
    p = s.get(Proposal, proposal_id)
    if p is None:
        abort(404)
    action = request.form.get("actie")
    if action not in ("ja", "nee"):
        abort(400)
    try:
        service.decide(s, g.review_user, p, action == "ja", request.form.get("beter", ""))
    except ValueError:
        s.rollback()
        return admin_words(error="Schrijf bij een woord voor de lijst 'liever niet' welk woord beter is.",
                           status=422)
    s.commit()
    flash("Opgeslagen.")
    return redirect(url_for("review.admin_words", _anchor=f"team-{p.team_id}"), code=303)


@bp.get("/meelezen/beheer/woorden/<int:team_id>.toml")
@login_required("admin")
def admin_words_toml(team_id):
    if db().get(Team, team_id) is None:
        abort(404)
    return results.download(service.export_toml(db(), team_id).encode("utf-8"), f"duidelijk-team-{team_id}.toml",
                     "application/toml; charset=utf-8")


@bp.get("/meelezen/beheer/brieven")
@login_required("admin")
def admin_documents():
    docs = db().scalars(select(Document).order_by(Document.created_at.desc())).all()
    teams = {t.id: t.name for t in db().scalars(select(Team))}
    return render_template("review/admin_documents.html", docs=docs, teams=teams,
                           days=current_app.config["REVIEW_RETENTION_DAYS"])


@bp.get("/meelezen/beheer/logboek")
@login_required("admin")
def admin_audit():
    events = db().scalars(select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(300)).all()
    users = {u.id: u.username for u in db().scalars(select(User))}
    teams = {t.id: t.name for t in db().scalars(select(Team))}
    return render_template("review/audit.html", rows=[(e, service.describe(e, users, teams)) for e in events])


# --- API tokens per team (docs/api.md) ---------------------------------------------------------------

@bp.get("/meelezen/beheer/sleutels")
@login_required("admin")
def admin_tokens(error=None, status=200, new_token=None, new_row=None):
    from duidelijk.review.models import ApiToken

    s = db()
    teams = s.scalars(select(Team).order_by(Team.name)).all()
    rows = s.scalars(select(ApiToken).order_by(ApiToken.revoked_at.is_not(None), ApiToken.created_at.desc())).all()
    resp = make_response(render_template("review/tokens.html", teams=teams, tokens=rows, error=error,
                                         new_token=new_token, new_row=new_row), status)
    return resp


@bp.post("/meelezen/beheer/sleutels")
@login_required("admin")
def admin_token_add():
    from duidelijk.review import tokens

    s = db()
    team = s.get(Team, _int(request.form.get("team")) or 0)
    name = " ".join(request.form.get("naam", "").split())[:120]
    if team is None:
        return admin_tokens(error="Kies een team.", status=422)
    if not name:
        return admin_tokens(error="Geef de sleutel een naam, bijvoorbeeld de naam van het systeem dat hem gebruikt.",
                            status=422)
    row, token = tokens.create(s, team, name, g.review_user)
    service.audit(s, g.review_user, "token-add", f"api-token:{row.id}", team.id, row.prefix)
    s.commit()
    # shown once, on this page; never in a flash message (the session cookie) or a log
    return admin_tokens(new_token=token, new_row=row)


@bp.post("/meelezen/beheer/sleutels/<int:token_id>/uitzetten")
@login_required("admin")
def admin_token_revoke(token_id):
    from duidelijk.review import tokens
    from duidelijk.review.models import ApiToken

    s = db()
    row = s.get(ApiToken, token_id)
    if row is None:
        abort(404)
    tokens.revoke(s, row)
    service.audit(s, g.review_user, "token-revoke", f"api-token:{row.id}", row.team_id, row.prefix)
    s.commit()
    flash("De sleutel staat uit. Hij werkt niet meer.")
    return redirect(url_for("review.admin_tokens"), code=303)
