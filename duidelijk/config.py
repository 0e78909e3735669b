"""Configuration: which rules run, how strict they are, and the organisation's vocabulary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from duidelijk.findings import CATEGORIES, Severity

PLACEHOLDER_SYNTAXES = (
    "jinja", "mustache", "dollar", "printf", "percent-brace", "brace", "laravel",
    "square", "guillemets", "angle",
)


class ConfigError(ValueError):
    """A setting is unknown or has a bad value; the message names the key, in Dutch."""


@dataclass
class Config:
    select: list[str] | None = None  # codes or categories; None = every rule
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)  # code -> severity
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> options
    accept: list[str] = field(default_factory=list)
    reject: dict[str, str] = field(default_factory=dict)  # word -> preferred term
    placeholders: list[str] = field(default_factory=lambda: list(PLACEHOLDER_SYNTAXES))
    model: str | None = None
    fail_on: Severity = Severity.ERROR
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    language_check: bool = True

    def __post_init__(self) -> None:
        self.accept_lower = {w.lower() for w in self.accept}

    # --- rule selection ------------------------------------------------------------
    def enabled(self, code: str, category: str) -> bool:
        def hit(items: list[str]) -> bool:
            return any(code.startswith(i) or i == category for i in items)

        if self.select is not None and not hit(self.select):
            return False
        return not hit(self.ignore)

    def options_for(self, code: str) -> dict[str, Any]:
        return self.rules.get(code, {})

    def key(self) -> str:
        """A stable text that changes whenever a setting changes (for caches)."""
        import json

        data = {k: v for k, v in self.__dict__.items() if k != "accept_lower"}
        return json.dumps(data, sort_keys=True, default=str)

    # --- building from settings files and options ----------------------------------
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Config":
        from duidelijk.rules import REGISTRY, load_rules

        load_rules()
        known = set(cls.__dataclass_fields__)
        aliases = {"fail-on": "fail_on", "language-check": "language_check"}
        kwargs: dict[str, Any] = {}
        for raw_key, value in data.items():
            key = aliases.get(raw_key, raw_key)
            if key not in known:
                raise ConfigError(f"Onbekende instelling '{raw_key}'.")
            kwargs[key] = value
        for key in ("select", "ignore"):
            for item in kwargs.get(key) or []:
                if item not in CATEGORIES and not any(c.startswith(item) for c in REGISTRY):
                    raise ConfigError(f"Onbekende regel of categorie '{item}' bij '{key}'.")
        if "severity" in kwargs:
            sev = {}
            for code, level in kwargs["severity"].items():
                if code not in REGISTRY:
                    raise ConfigError(f"Onbekende regel '{code}' bij 'severity'.")
                try:
                    sev[code] = Severity.parse(level)
                except ValueError:
                    raise ConfigError(
                        f"Verkeerde waarde '{level}' bij 'severity.{code}'. "
                        "Kies uit suggestion, warning of error."
                    ) from None
            kwargs["severity"] = sev
        for code, options in (kwargs.get("rules") or {}).items():
            rule = REGISTRY.get(code)
            if rule is None:
                raise ConfigError(f"Onbekende regel '{code}' bij 'rules'.")
            for opt, value in options.items():
                if opt not in rule.settings:
                    raise ConfigError(f"Onbekende instelling '{opt}' bij 'rules.{code}'.")
                default = rule.settings[opt]
                if isinstance(default, (int, float)) and not isinstance(value, (int, float)):
                    raise ConfigError(f"'rules.{code}.{opt}' moet een getal zijn.")
        if "fail_on" in kwargs:
            try:
                kwargs["fail_on"] = Severity.parse(kwargs["fail_on"])
            except ValueError:
                raise ConfigError(
                    f"Verkeerde waarde '{kwargs['fail_on']}' bij 'fail-on'. "
                    "Kies uit suggestion, warning of error."
                ) from None
        for key in ("placeholders",):
            for item in kwargs.get(key) or []:
                if item not in PLACEHOLDER_SYNTAXES:
                    raise ConfigError(f"Onbekende soort invulveld '{item}' bij 'placeholders'.")
        return cls(**kwargs)
