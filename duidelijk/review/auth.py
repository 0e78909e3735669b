"""Passwords (argon2), accounts and login rate limiting."""

from __future__ import annotations

from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duidelijk.review.models import ROLES, LoginAttempt, Team, User, utcnow

_hasher = PasswordHasher()
# a hash to verify against when the user does not exist, so both cases take the same time
_DUMMY = _hasher.hash("geen-account")

MIN_PASSWORD = 10
TOO_MANY_ATTEMPTS = "U heeft het te vaak geprobeerd. Wacht een kwartier en probeer het dan opnieuw."
WINDOW = timedelta(minutes=15)
MAX_FAILS_PER_USER = 5
MAX_FAILS_PER_IP = 20

ROLE_LABELS = {"writer": "schrijver", "reviewer": "taalambassadeur", "admin": "beheerder"}
ROLE_BY_LABEL = {v: k for k, v in ROLE_LABELS.items()} | {k: k for k in ROLES}


class AccountError(ValueError):
    """A plain-Dutch reason why an account cannot be made or changed."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise AccountError(f"Het wachtwoord moet minstens {MIN_PASSWORD} tekens hebben.")


def normal_username(username: str) -> str:
    return (username or "").strip().lower()


def create_user(session: Session, username: str, name: str, password: str, role: str,
                team: str | int | None = None) -> User:
    username = normal_username(username)
    role = ROLE_BY_LABEL.get((role or "").strip().lower())
    if not username or len(username) > 80 or not all(c.isalnum() or c in "._-@" for c in username):
        raise AccountError("Kies een gebruikersnaam met letters, cijfers, punt of streepje.")
    if role is None:
        raise AccountError("Kies een rol: schrijver, taalambassadeur of beheerder.")
    check_password_strength(password)
    if session.scalar(select(User).where(User.username == username)):
        raise AccountError("Deze gebruikersnaam bestaat al.")
    team_row = find_or_create_team(session, team) if team not in (None, "") else None
    if role != "admin" and team_row is None:
        raise AccountError("Een schrijver of taalambassadeur hoort bij een team. Kies een team.")
    user = User(username=username, name=(name or username).strip()[:120], password_hash=hash_password(password),
                role=role, team_id=team_row.id if team_row else None)
    session.add(user)
    session.flush()
    return user


def find_or_create_team(session: Session, team: str | int) -> Team:
    if isinstance(team, int) or (isinstance(team, str) and team.isdigit()):
        row = session.get(Team, int(team))
        if row is None:
            raise AccountError("Dit team bestaat niet.")
        return row
    name = " ".join(str(team).split())[:120]
    if not name:
        raise AccountError("Geef het team een naam.")
    row = session.scalar(select(Team).where(Team.name == name))
    if row is None:
        row = Team(name=name)
        session.add(row)
        session.flush()
    return row


def set_password(user: User, password: str) -> None:
    check_password_strength(password)
    user.password_hash = hash_password(password)
    user.session_version += 1


def too_many_attempts(session: Session, username: str, ip: str, now=None) -> bool:
    since = (now or utcnow()) - WINDOW
    base = select(func.count()).select_from(LoginAttempt).where(LoginAttempt.at >= since,
                                                                LoginAttempt.success.is_(False))
    by_user = session.scalar(base.where(LoginAttempt.username == normal_username(username)))
    by_ip = session.scalar(base.where(LoginAttempt.ip == ip))
    return by_user >= MAX_FAILS_PER_USER or by_ip >= MAX_FAILS_PER_IP


def authenticate(session: Session, username: str, password: str, ip: str) -> User | None:
    """The user if the password is right; every attempt is recorded for the rate limit."""
    username = normal_username(username)
    user = session.scalar(select(User).where(User.username == username))
    ok = False
    try:
        ok = _hasher.verify(user.password_hash if user else _DUMMY, password or "")
    except (VerificationError, InvalidHashError):
        ok = False
    ok = ok and user is not None and user.active
    session.add(LoginAttempt(username=username[:80], ip=(ip or "")[:64], success=ok))
    if ok and _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    # old attempts are not needed for the limit
    session.query(LoginAttempt).filter(LoginAttempt.at < utcnow() - 4 * WINDOW).delete()
    return user if ok else None
