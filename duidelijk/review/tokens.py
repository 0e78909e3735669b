"""API tokens per team (the review part): made and revoked by an admin, stored as a SHA-256 hash.

A token is ``dl_`` plus 32 random bytes (URL-safe base64). It is shown once, right after it is
made; after that only its first characters (``prefix``) are kept, to tell tokens apart. A check
with a team token uses the team's approved word lists (``service.team_config``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from duidelijk.review.models import ApiToken, Team, utcnow

PREFIX = "dl_"


def _hash(token: str) -> str:
    """How a token is stored and looked up: SHA-256 (a token is a long random string)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _session() -> Session:
    from duidelijk.review.routes import db

    return db()


def create(session: Session, team: Team, name: str, user=None) -> tuple[ApiToken, str]:
    """A new token for ``team``: (the stored row, the token itself, to show once)."""
    token = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(team_id=team.id, name=name, token_hash=_hash(token), prefix=token[:10],
                   created_by=getattr(user, "id", None))
    session.add(row)
    session.flush()
    return row, token


def revoke(session: Session, row: ApiToken) -> None:
    if row.revoked_at is None:
        row.revoked_at = utcnow()


def any_active() -> bool:
    return _session().scalar(select(ApiToken.id).where(ApiToken.revoked_at.is_(None)).limit(1)) is not None


def lookup(token: str):
    """For the API (``results.ApiTokens``): ("team-token:ID", the team's settings) for an active
    token, else None. Looked up by its hash; the hashes are compared once more in constant time."""
    from duidelijk.review import service

    digest = _hash(token)
    row = _session().scalar(select(ApiToken).where(ApiToken.token_hash == digest, ApiToken.revoked_at.is_(None)))
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    team_id = row.team_id
    return f"team-token:{row.id}", lambda base: service.team_config(_session(), team_id, base)
