"""Review logic without Flask: store a checked letter, save verdicts, carry them to a new
version, propose words, build a team's settings, the Word file with reviewer comments,
deleting (retention) and the dashboard figures."""

from __future__ import annotations

import hashlib
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from duidelijk.review.models import (
    CHOICES,
    AuditEvent,
    CheckRecord,
    Document,
    Finding,
    Letter,
    Missed,
    OutcomeStat,
    Proposal,
    Team,
    User,
    Verdict,
    utcnow,
)

DEFAULT_RETENTION_DAYS = 90
CHOICE_LABELS = {"agree": "Klopt", "disagree": "Klopt niet", "unsure": "Twijfel"}
# findings about one word: "Klopt niet" proposes the word for the accept list
WORD_CATEGORIES = {"jargon", "difficult-word", "long-word", "abbreviation", "vague"}
MAX_COMMENT = 1000


class NotFound(LookupError):
    """Not there, or not for this user: the web page answers 404 in both cases."""


class Conflict(RuntimeError):
    """Someone changed the same answer in the meantime."""


def now() -> datetime:
    """The clock of this module (tests move it)."""
    return utcnow()


def audit(session: Session, user: User | None, action: str, target: str = "", team_id: int | None = None,
          detail: str = "") -> None:
    session.add(AuditEvent(at=now(), user_id=user.id if user else None, username=user.username if user else "",
                           action=action, target=target, team_id=team_id, detail=detail[:200]))


# --- storing a checked letter ----------------------------------------------------------------

def _sentence_of(sentences: list[dict], start: int, end: int, text: str) -> tuple[int, int]:
    for s in sentences:
        if s["start"] <= start < s["end"] or (s["start"] < end <= s["end"]):
            return min(s["start"], start), max(s["end"], end)
    para_start = text.rfind("\n\n", 0, start)
    para_end = text.find("\n\n", end)
    return (0 if para_start < 0 else para_start + 2), (len(text) if para_end < 0 else para_end)


def context_key(code: str, passage: str, context: str, n: int = 0) -> str:
    raw = "\x00".join((code, " ".join(passage.split()), " ".join(context.split()), str(n)))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def store_document(session: Session, user: User, report, data: bytes | None, name: str,
                   letter_id: int | None = None) -> Document:
    """Store a checked letter for review (the writer asked for it). ``letter_id``: an earlier
    letter of the same team, this becomes its next version and unchanged passages keep their
    review."""
    from duidelijk.formatters.html import reading_order

    if user.team_id is None:
        raise NotFound("no team")
    text = report.document.source_text or "" if report.document else ""
    previous = None
    if letter_id:
        letter = session.get(Letter, letter_id)
        if letter is None or letter.team_id != user.team_id:
            raise NotFound("letter")
        previous = letter.documents[-1] if letter.documents else None
        version = (previous.version + 1) if previous else 1
    else:
        letter = Letter(team_id=user.team_id, owner_id=user.id, title=name[:200])
        session.add(letter)
        session.flush()
        version = 1
    m = report.metrics or {}
    metrics = {k: v for k, v in m.items() if isinstance(v, (int, float, bool)) or v is None}
    metrics["koppen"] = heading_spans(report.document)
    doc = Document(letter_id=letter.id, team_id=user.team_id, owner_id=user.id, version=version, name=name[:200],
                   format=report.document.format if report.document else "text", text=text, data=data,
                   metrics=metrics,
                   b1=bool((report.verdict or {}).get("b1")), lint_level=m.get("lint_level"),
                   created_at=now())
    session.add(doc)
    session.flush()
    seen: Counter = Counter()
    for i, f in enumerate(reading_order(report.findings)):
        cs, ce = _sentence_of(report.sentences or [], f.start, f.end, text)
        base = (f.code, text[f.start:f.end], text[cs:ce])
        key = context_key(*base, seen[base])
        seen[base] += 1
        session.add(Finding(document_id=doc.id, idx=i, code=f.code, rule=f.rule, category=f.category,
                            severity=f.severity.value, start=f.start, end=f.end, text=text[f.start:f.end],
                            message=f.message, suggestions=list(f.suggestions), context_start=cs, context_end=ce,
                            context_key=key))
    session.flush()
    session.refresh(doc)
    if previous is not None:
        carry_over(session, previous, doc)
    audit(session, user, "review-request", f"document:{doc.id}", doc.team_id, f"versie {version}")
    return doc


def heading_spans(document) -> list[list[int]]:
    """[start, end] in the source text of every heading of the letter (the letter page shows
    them as headings)."""
    if document is None:
        return []
    out = []
    for b in document.blocks:
        if b.kind == "heading":
            a, e = document.source_span(b.start, b.end)
            src = document.source_text or ""
            while a < e and src[a].isspace():
                a += 1
            while e > a and src[e - 1].isspace():
                e -= 1
            out.append([a, e])
    return out


def carry_over(session: Session, old: Document, new: Document) -> int:
    """Copy verdicts and missed passages from ``old`` to ``new`` where the passage is unchanged."""
    by_key = {f.context_key: f for f in old.findings}
    n = 0
    for f in new.findings:
        src = by_key.get(f.context_key)
        if src is None:
            continue
        for v in src.verdicts:
            session.add(Verdict(finding_id=f.id, reviewer_id=v.reviewer_id, reviewer_name=v.reviewer_name,
                                choice=v.choice, comment=v.comment, carried=True, created_at=v.created_at,
                                updated_at=v.updated_at))
            n += 1
    for m in old.missed:
        ps = old.text.rfind("\n\n", 0, m.start)
        ps = 0 if ps < 0 else ps + 2
        pe = old.text.find("\n\n", m.end)
        paragraph = old.text[ps: len(old.text) if pe < 0 else pe]
        pos = new.text.find(paragraph) if paragraph else -1
        if pos < 0:
            continue
        start = pos + (m.start - ps)
        session.add(Missed(document_id=new.id, reviewer_id=m.reviewer_id, reviewer_name=m.reviewer_name,
                           start=start, end=start + (m.end - m.start), text=m.text, comment=m.comment,
                           carried=True, created_at=m.created_at))
        n += 1
    session.flush()
    return n


# --- access -----------------------------------------------------------------------------------

def document_for(session: Session, user: User, doc_id: int, purpose: str = "read") -> Document:
    """The document if ``user`` may use it for ``purpose`` (read, review, delete); else NotFound."""
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFound("document")
    if purpose == "delete" and user.role == "admin":
        return doc
    if doc.team_id != user.team_id or user.team_id is None:
        raise NotFound("team")
    if purpose == "read" and user.role == "writer":
        return doc
    if purpose == "review" and user.role == "reviewer" and doc.status == "open":
        return doc
    if purpose == "review-view" and user.role == "reviewer":
        return doc
    if purpose == "delete" and user.role == "writer" and doc.owner_id == user.id:
        return doc
    raise NotFound("role")


def queue(session: Session, user: User) -> list[Document]:
    if user.role != "reviewer" or user.team_id is None:
        return []
    return list(session.scalars(select(Document).where(Document.team_id == user.team_id,
                                                       Document.status == "open").order_by(Document.created_at)))


# --- reviewing ---------------------------------------------------------------------------------

def save_verdict(session: Session, user: User, doc: Document, finding_id: int, choice: str, comment: str,
                 version: int) -> Verdict:
    """Save one reviewer's answer. ``version`` is the version the form showed (0: none yet);
    if the stored answer moved on since, raise Conflict and change nothing."""
    if choice not in CHOICES:
        raise ValueError("choice")
    finding = session.get(Finding, finding_id)
    if finding is None or finding.document_id != doc.id:
        raise NotFound("finding")
    comment = (comment or "").strip()[:MAX_COMMENT]
    verdict = session.scalar(select(Verdict).where(Verdict.finding_id == finding.id,
                                                   Verdict.reviewer_id == user.id))
    if verdict is None:
        if version:
            raise Conflict("gone")
        verdict = Verdict(finding_id=finding.id, reviewer_id=user.id, reviewer_name=user.name, choice=choice,
                          comment=comment, created_at=now(), updated_at=now(), version=1)
        session.add(verdict)
        try:
            session.flush()
        except IntegrityError:
            session.rollback()
            raise Conflict("both new") from None
    else:
        # compare-and-set: only the form that saw the current version may change it
        rows = session.query(Verdict).filter(Verdict.id == verdict.id, Verdict.version == version).update(
            {"choice": choice, "comment": comment, "carried": False, "updated_at": now(),
             "version": Verdict.version + 1}, synchronize_session=False)
        if rows != 1:
            raise Conflict("changed")
        session.refresh(verdict)
    if choice == "disagree" and finding.category in WORD_CATEGORIES:
        word = single_word(finding.text)
        if word:
            propose(session, doc.team_id, "accept", word)
    audit(session, user, "verdict", f"finding:{finding.id}", doc.team_id, f"{finding.code} {choice}")
    return verdict


def single_word(text: str) -> str | None:
    word = (text or "").strip().strip(".,;:!?()'\"‘’“”").lower()
    if word and len(word) <= 60 and not any(c.isspace() for c in word):
        return word
    return None


def add_missed(session: Session, user: User, doc: Document, passage: str, comment: str,
               paragraph: int | None = None) -> Missed:
    """Mark a passage the tool missed. ``passage`` must occur in the text (in ``paragraph``,
    if given); raises ValueError if not."""
    passage = " ".join((passage or "").split())
    if not passage or len(passage) > 500:
        raise ValueError("passage")
    text = doc.text
    lo, hi = 0, len(text)
    if paragraph is not None:
        spans = paragraphs(text)
        if not 0 <= paragraph < len(spans):
            raise ValueError("paragraph")
        lo, hi = spans[paragraph]
    start = _find_loose(text, passage, lo, hi)
    if start is None:
        raise ValueError("not found")
    start, end = start
    missed = Missed(document_id=doc.id, reviewer_id=user.id, reviewer_name=user.name, start=start, end=end,
                    text=text[start:end], comment=(comment or "").strip()[:MAX_COMMENT], created_at=now())
    session.add(missed)
    word = single_word(missed.text)
    if word:
        propose(session, doc.team_id, "reject", word)
    session.flush()
    audit(session, user, "missed", f"document:{doc.id}", doc.team_id)
    return missed


def _find_loose(text: str, passage: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Find ``passage`` in text[lo:hi], ignoring case and differences in white space."""
    import re

    pattern = r"\s+".join(re.escape(w) for w in passage.split())
    m = re.compile(pattern, re.IGNORECASE).search(text, lo, hi)
    return (m.start(), m.end()) if m else None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: parts of the text between blank lines."""
    out, pos = [], 0
    for part in text.split("\n\n"):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            out.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 2
    return out


def mark_done(session: Session, user: User, doc: Document) -> None:
    doc.status = "done"
    doc.done_at = now()
    audit(session, user, "review-done", f"document:{doc.id}", doc.team_id)


# --- word lists --------------------------------------------------------------------------------

def propose(session: Session, team_id: int, kind: str, word: str) -> Proposal:
    row = session.scalar(select(Proposal).where(Proposal.team_id == team_id, Proposal.kind == kind,
                                                Proposal.word == word))
    if row is None:
        try:
            with session.begin_nested():
                row = Proposal(team_id=team_id, kind=kind, word=word, created_at=now())
                session.add(row)
        except IntegrityError:  # someone proposed the same word at the same moment
            row = session.scalar(select(Proposal).where(Proposal.team_id == team_id, Proposal.kind == kind,
                                                        Proposal.word == word))
            row.votes += 1
    else:
        row.votes += 1
    return row


def decide(session: Session, user: User, proposal: Proposal, approve: bool, replacement: str = "") -> None:
    replacement = " ".join((replacement or "").split())[:100]
    if approve and proposal.kind == "reject" and not replacement:
        raise ValueError("replacement")
    proposal.status = "approved" if approve else "declined"
    proposal.replacement = replacement if proposal.kind == "reject" else ""
    proposal.decided_at = now()
    proposal.decided_by = user.id
    audit(session, user, "word-approved" if approve else "word-declined", f"proposal:{proposal.id}",
          proposal.team_id, f"{proposal.kind} {proposal.word}")


def team_words(session: Session, team_id: int) -> tuple[list[str], dict[str, str]]:
    rows = session.scalars(select(Proposal).where(Proposal.team_id == team_id, Proposal.status == "approved")
                           .order_by(Proposal.word))
    accept, reject = [], {}
    for p in rows:
        if p.kind == "accept":
            accept.append(p.word)
        elif p.replacement:
            reject[p.word] = p.replacement
    return accept, reject


def team_config(session: Session, team_id: int, base):
    """``base`` (a duidelijk Config) with the team's approved words added."""
    accept, reject = team_words(session, team_id)
    if not accept and not reject:
        return base
    return replace(base, accept=list(dict.fromkeys([*base.accept, *accept])), reject={**base.reject, **reject})


def export_toml(session: Session, team_id: int) -> str:
    """The approved lists as settings for ``pyproject.toml`` or ``.duidelijk.toml``."""
    accept, reject = team_words(session, team_id)
    team = session.get(Team, team_id)

    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    from duidelijk.formatters.html import team_name

    lines = [f"# duidelijk: woordenlijst van {team_name(team.name if team else '')}", "[tool.duidelijk]",
             "accept = [" + ", ".join(q(w) for w in accept) + "]", "", "[tool.duidelijk.reject]"]
    lines += [f"{q(w)} = {q(r)}" for w, r in reject.items()]
    return "\n".join(lines) + "\n"


# --- dashboard numbers ------------------------------------------------------------------------

def record_check(session: Session, user: User, report) -> None:
    if user is None or user.team_id is None or report is None:
        return
    m = report.metrics or {}
    session.add(CheckRecord(team_id=user.team_id, checked_at=now(), words=int(m.get("words") or 0),
                            b1=bool((report.verdict or {}).get("b1")), lint_level=m.get("lint_level"),
                            codes=dict(Counter(f.code for f in report.findings))))


@dataclass
class Stats:
    team_id: int
    start: date
    end: date
    letters: int = 0
    b1: int = 0
    levels: dict = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0, None: 0})
    codes: Counter = field(default_factory=Counter)
    outcomes: dict = field(default_factory=dict)  # code -> {agree, disagree, unsure}
    weeks: list = field(default_factory=list)  # [{start, letters, b1}]

    @property
    def b1_share(self) -> float | None:
        return self.b1 / self.letters if self.letters else None


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def stats(session: Session, team_id: int, start: date, end: date) -> Stats:
    """Figures for one team from ``start`` to ``end`` (both days included)."""
    lo = datetime.combine(start, datetime.min.time())
    hi = datetime.combine(end + timedelta(days=1), datetime.min.time())
    out = Stats(team_id, start, end)
    weeks: dict[date, list[int]] = {}
    w = week_start(start)
    while w <= end:
        weeks[w] = [0, 0]
        w += timedelta(days=7)
    for r in session.scalars(select(CheckRecord).where(CheckRecord.team_id == team_id, CheckRecord.checked_at >= lo,
                                                       CheckRecord.checked_at < hi)):
        out.letters += 1
        out.b1 += bool(r.b1)
        out.levels[r.lint_level if r.lint_level in (1, 2, 3, 4) else None] += 1
        out.codes.update(r.codes or {})
        wk = weeks.setdefault(week_start(r.checked_at.date()), [0, 0])
        wk[0] += 1
        wk[1] += bool(r.b1)
    out.weeks = [{"start": k, "letters": v[0], "b1": v[1]} for k, v in sorted(weeks.items())]
    outcomes: dict[str, Counter] = defaultdict(Counter)
    live = session.execute(
        select(Finding.code, Verdict.choice, func.count()).join(Verdict, Verdict.finding_id == Finding.id)
        .join(Document, Document.id == Finding.document_id)
        .where(Document.team_id == team_id, Verdict.carried.is_(False), Verdict.created_at >= lo,
               Verdict.created_at < hi)
        .group_by(Finding.code, Verdict.choice))
    for code, choice, n in live:
        outcomes[code][choice] += n
    kept = session.execute(
        select(OutcomeStat.code, OutcomeStat.choice, func.sum(OutcomeStat.count))
        .where(OutcomeStat.team_id == team_id, OutcomeStat.day >= start, OutcomeStat.day <= end)
        .group_by(OutcomeStat.code, OutcomeStat.choice))
    for code, choice, n in kept:
        outcomes[code][choice] += int(n or 0)
    out.outcomes = {c: {k: outcomes[c][k] for k in CHOICES} for c in sorted(outcomes)}
    return out


# --- deleting ----------------------------------------------------------------------------------

def delete_document(session: Session, doc: Document, user: User | None = None, reason: str = "delete") -> None:
    """Delete a document with its text, findings, verdicts and comments. The verdict counts per
    rule are kept (without text) in ``outcome_stats`` for the dashboard."""
    counts: Counter = Counter()
    for f in doc.findings:
        for v in f.verdicts:
            if not v.carried:
                counts[(v.created_at.date(), f.code, v.choice)] += 1
    for (day, code, choice), n in counts.items():
        session.add(OutcomeStat(team_id=doc.team_id, day=day, code=code, choice=choice, count=n))
    letter = doc.letter
    doc_id, team_id = doc.id, doc.team_id
    session.delete(doc)
    session.flush()
    session.expire(letter)
    if not letter.documents:
        session.delete(letter)
    audit(session, user, reason, f"document:{doc_id}", team_id)


def retention_days(value: int | None = None) -> int:
    if value is not None:
        return int(value)
    env = os.environ.get("DUIDELIJK_RETENTION_DAYS")
    return int(env) if env and env.isdigit() else DEFAULT_RETENTION_DAYS


def purge_old(session: Session, days: int | None = None) -> int:
    """Delete every document stored more than ``days`` days ago; returns how many."""
    limit = now() - timedelta(days=retention_days(days))
    old = list(session.scalars(select(Document).where(Document.created_at < limit)))
    for doc in old:
        delete_document(session, doc, None, "retention")
    return len(old)


# --- the Word file ------------------------------------------------------------------------------

def _as_finding(f: Finding):
    from duidelijk.findings import Severity

    return SimpleNamespace(code=f.code, rule=f.rule, category=f.category, severity=Severity(f.severity),
                           message=f.message, start=f.start, end=f.end, suggestions=list(f.suggestions or []))


def reviewer_notes(doc: Document) -> dict[str, list]:
    """Per reviewer: comment-like items (start, end, message) for the Word file."""
    notes: dict[str, list] = defaultdict(list)
    for f in doc.findings:
        for v in f.verdicts:
            msg = CHOICE_LABELS[v.choice] + "." + (f" {v.comment}" if v.comment else "")
            notes[v.reviewer_name].append(SimpleNamespace(code="Taalambassadeur", rule=f"over {f.code}",
                                                          message=msg, suggestions=[], start=f.start, end=f.end))
    for m in doc.missed:
        msg = "Dit is moeilijk." + (f" {m.comment}" if m.comment else "")
        notes[m.reviewer_name].append(SimpleNamespace(code="Taalambassadeur", rule="zelf gevonden", message=msg,
                                                      suggestions=[], start=m.start, end=m.end))
    return notes


def initials(name: str) -> str:
    parts = [p for p in name.split() if p]
    return "".join(p[0] for p in parts[:3]).upper() or "TA"


def annotated_docx(doc: Document, placeholders) -> bytes:
    """The stored .docx with Word comments: duidelijk's findings, then one author per reviewer."""
    from duidelijk.formatters.docx_comments import annotate
    from duidelijk.readers import read_bytes

    out = doc.data
    parsed = read_bytes(out, "brief.docx", placeholders)
    out = annotate(out, SimpleNamespace(document=parsed, findings=[_as_finding(f) for f in doc.findings]))
    for name, items in sorted(reviewer_notes(doc).items()):
        parsed = read_bytes(out, "brief.docx", placeholders)  # runs were split: read the new file
        if parsed.source_text != doc.text:  # pragma: no cover - comments never change the text
            break
        out = annotate(out, SimpleNamespace(document=parsed, findings=items), author=name, initials=initials(name))
    return out


# --- the audit log in plain Dutch ------------------------------------------------------------

AUDIT_ACTIONS = {
    "login": "Ingelogd",
    "login-blocked": "Inloggen geweigerd (te vaak fout)",
    "logout": "Uitgelogd",
    "password-own": "Eigen wachtwoord veranderd",
    "review-request": "Brief gevraagd om te lezen",
    "review-done": "Klaar met lezen",
    "verdict": "Antwoord bij een punt",
    "missed": "Zelf iets moeilijk gevonden",
    "word-approved": "Woord goedgekeurd",
    "word-declined": "Woord afgekeurd",
    "user-add": "Account gemaakt",
    "user-wijzig": "Rol of team veranderd",
    "user-wachtwoord": "Wachtwoord van een account veranderd",
    "user-uit": "Account uitgezet",
    "user-aan": "Account aangezet",
    "team-add": "Team gemaakt",
    "token-add": "Sleutel voor een ander systeem gemaakt",
    "token-revoke": "Sleutel uitgezet",
    "delete": "Brief weggehaald",
    "retention": "Brief weggehaald na de bewaartijd",
}
TARGET_WORDS = {"document": "brief", "user": "account", "finding": "punt", "team": "team", "proposal": "woord",
                "api-token": "sleutel"}
PROPOSAL_KINDS = {"accept": "niet meer melden", "reject": "wel melden"}
DUTCH_TIME = "Europe/Amsterdam"


def dutch_time(at: datetime) -> datetime:
    """A time from the database (UTC) as the time in the Netherlands."""
    from datetime import timezone
    from zoneinfo import ZoneInfo

    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(ZoneInfo(DUTCH_TIME))


def describe(event: AuditEvent, users: dict[int, str] | None = None, teams: dict[int, str] | None = None) -> dict:
    """An audit event in plain Dutch: {when, what, target, detail}."""
    from duidelijk.review.auth import ROLE_LABELS

    kind, _, ident = (event.target or "").partition(":")
    target = event.target or ""
    if kind in TARGET_WORDS:
        name = (users or {}).get(_int_or_none(ident)) if kind == "user" else (
            (teams or {}).get(_int_or_none(ident)) if kind == "team" else None)
        target = f"{TARGET_WORDS[kind]} {name or ident}"
    words = (event.detail or "").split()
    detail = event.detail or ""
    if event.action == "verdict" and len(words) == 2 and words[1] in CHOICE_LABELS:
        detail = f"{words[0]}: {CHOICE_LABELS[words[1]]}"
    elif event.action.startswith("word-") and words and words[0] in PROPOSAL_KINDS:
        detail = f"{PROPOSAL_KINDS[words[0]]}: {' '.join(words[1:])}"
    elif event.action == "user-add" and words and words[0] in ROLE_LABELS:
        detail = ROLE_LABELS[words[0]] + (", via de opdrachtregel" if "(opdrachtregel)" in detail else "")
    return {"when": dutch_time(event.at), "what": AUDIT_ACTIONS.get(event.action, event.action), "target": target,
            "detail": detail}


def _int_or_none(value: str) -> int | None:
    return int(value) if value.isdigit() else None
