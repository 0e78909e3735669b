"""Reviews by taalambassadeurs: accounts, the review queue, verdicts per flagged passage, word
lists learned from reviews, a dashboard per team, retention and an audit log.

``init_app(app)`` adds it to the web page (``create_app`` does that when ``REVIEW`` is on, or
``DATABASE_URL`` / ``DUIDELIJK_REVIEW=1`` is set). See docs/review.md.
"""

from __future__ import annotations

NAME = "review"  # in the menu as "Meelezen" (duidelijk.web.FEATURES loads this package)


def enabled(app_config: dict) -> bool:
    import os

    if app_config.get("REVIEW") is not None:
        return bool(app_config["REVIEW"])
    return bool(app_config.get("REVIEW_DATABASE_URL") or os.environ.get("DATABASE_URL")
                or os.environ.get("DUIDELIJK_REVIEW") == "1")


def init_app(app) -> None:
    from duidelijk.review.routes import init_app as _init

    _init(app)
