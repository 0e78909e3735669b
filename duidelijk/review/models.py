"""Database tables for reviews by taalambassadeurs (SQLAlchemy 2, migrations with Alembic).

Document text lives only in ``documents.text``/``documents.data``, ``findings.text/message/
suggestions``, ``verdicts.comment`` and ``missed.text/comment``; all of it goes when a document
is deleted (by an admin, its writer or the retention command). What stays is anonymous:
``check_records`` (numbers per check) and ``outcome_stats`` (verdict counts per rule), which
feed the dashboard, and the ``audit_events`` (who did what, never text).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ROLES = ("writer", "reviewer", "admin")
CHOICES = ("agree", "disagree", "unsure")  # "Klopt", "Klopt niet", "Twijfel"


def utcnow() -> datetime:
    """Naive UTC: the same on SQLite and PostgreSQL (``timestamp without time zone``)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # bumped on a new password, a new role or deactivation: old sessions stop working
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    team: Mapped[Team | None] = relationship()


class CheckRecord(Base):
    """One web check by a signed-in user: numbers only, no text (for the dashboard)."""

    __tablename__ = "check_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    checked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    words: Mapped[int] = mapped_column(Integer, default=0)
    b1: Mapped[bool] = mapped_column(Boolean, default=False)
    lint_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    codes: Mapped[dict] = mapped_column(JSON, default=dict)  # rule code -> number of findings


class Letter(Base):
    """A letter with one or more versions (documents)."""

    __tablename__ = "letters"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    documents: Mapped[list["Document"]] = relationship(back_populates="letter", order_by="Document.version",
                                                       cascade="all, delete-orphan", passive_deletes=True)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(200))
    format: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    data: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # the .docx, if any
    metrics: Mapped[dict] = mapped_column(JSON, default=dict)
    b1: Mapped[bool] = mapped_column(Boolean, default=False)
    lint_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, done
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    letter: Mapped[Letter] = relationship(back_populates="documents")
    findings: Mapped[list["Finding"]] = relationship(back_populates="document", order_by="Finding.idx",
                                                     cascade="all, delete-orphan", passive_deletes=True)
    missed: Mapped[list["Missed"]] = relationship(back_populates="document", order_by="Missed.start",
                                                  cascade="all, delete-orphan", passive_deletes=True)


class Finding(Base):
    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(10))
    rule: Mapped[str] = mapped_column(String(60))
    category: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(20))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    suggestions: Mapped[list] = mapped_column(JSON, default=list)
    # sentence around the finding (source offsets), for display
    context_start: Mapped[int] = mapped_column(Integer)
    context_end: Mapped[int] = mapped_column(Integer)
    # hash of code, passage and sentence: equal keys in two versions = unchanged passage
    context_key: Mapped[str] = mapped_column(String(64), index=True)

    document: Mapped[Document] = relationship(back_populates="findings")
    verdicts: Mapped[list["Verdict"]] = relationship(back_populates="finding", order_by="Verdict.id",
                                                     cascade="all, delete-orphan", passive_deletes=True)


class Verdict(Base):
    """One reviewer's answer on one finding. One row per reviewer, so two reviewers never
    overwrite each other; ``version`` catches two stale forms of the same reviewer."""

    __tablename__ = "verdicts"
    __table_args__ = (UniqueConstraint("finding_id", "reviewer_id", name="uq_verdict_finding_reviewer"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    reviewer_name: Mapped[str] = mapped_column(String(120))
    choice: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    carried: Mapped[bool] = mapped_column(Boolean, default=False)  # copied from an earlier version
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    finding: Mapped[Finding] = relationship(back_populates="verdicts")


class Missed(Base):
    """A passage the tool did not flag, marked "Dit is moeilijk" by a reviewer."""

    __tablename__ = "missed"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    reviewer_name: Mapped[str] = mapped_column(String(120))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    comment: Mapped[str] = mapped_column(Text, default="")
    carried: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    document: Mapped[Document] = relationship(back_populates="missed")


class Proposal(Base):
    """A word proposed for a team's accept or reject list; an admin approves or declines."""

    __tablename__ = "proposals"
    __table_args__ = (UniqueConstraint("team_id", "kind", "word", name="uq_proposal_team_kind_word"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # accept, reject
    word: Mapped[str] = mapped_column(String(100))
    replacement: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, approved, declined
    votes: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)


class OutcomeStat(Base):
    """Verdict counts per team, day, rule and choice, kept after the documents are deleted."""

    __tablename__ = "outcome_stats"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    code: Mapped[str] = mapped_column(String(10))
    choice: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(Integer, default=0)


class AuditEvent(Base):
    """Who did what. Never document text, comments or passwords: ids, names and actions only."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    username: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(80), default="")  # e.g. "document:12"
    team_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(String(200), default="")


class LoginAttempt(Base):
    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), index=True)
    ip: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    success: Mapped[bool] = mapped_column(Boolean, default=False)


class ApiToken(Base):
    """A bearer token for the HTTP API, made by an admin for one team. Only the SHA-256 of the
    token is stored (the token is shown once); ``prefix`` (its first characters) helps the admin
    tell tokens apart. A revoked token stays listed, with ``revoked_at``."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    team: Mapped[Team] = relationship()
