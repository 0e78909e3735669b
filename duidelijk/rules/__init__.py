"""Rule modules. Each module in this package registers its rules with ``@register``."""

from __future__ import annotations

import importlib
import pkgutil

from duidelijk.rules.base import REGISTRY, Context, Rule, RuleDoc, register

__all__ = ["REGISTRY", "Context", "Rule", "RuleDoc", "register", "load_rules", "all_rules"]

_loaded = False


def load_rules() -> dict[str, type[Rule]]:
    """Import every rule module once; the core never imports rules by name."""
    global _loaded
    if not _loaded:
        for info in pkgutil.iter_modules(__path__):
            if info.name != "base":
                importlib.import_module(f"{__name__}.{info.name}")
        _loaded = True
    return REGISTRY


def all_rules() -> list[type[Rule]]:
    return [REGISTRY[code] for code in sorted(load_rules())]
