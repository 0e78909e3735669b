"""Configuration: which rules run, how strict they are, and the organisation's vocabulary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from duidelijk.findings import CATEGORIES, Severity
from duidelijk.wordlists import without_articles

PLACEHOLDER_SYNTAXES = (
    "jinja", "mustache", "dollar", "printf", "percent-brace", "brace", "laravel",
    "square", "guillemets", "angle", "code",
)


#: in ``select``, ``extend-select`` or ``ignore``: every rule, also the rules that are off by default
ALL = "ALL"


class ConfigError(ValueError):
    """A setting is unknown or has a bad value; the message names the key, in Dutch."""


@dataclass
class Config:
    select: list[str] | None = None  # codes, prefixes, categories or "ALL"; None = the default rules
    extend_select: list[str] = field(default_factory=list)  # added to select (or to the default rules)
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
    max_warnings: int | None = None
    #: folder of the settings file these settings came from (for include/exclude globs)
    root: str | None = field(default=None, compare=False)
    #: the settings file itself, if any (shown in messages)
    source: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # an accepted expression holds with or without its articles: "een beslissing nemen"
        # is also "beslissing nemen", as the lists write it
        self.accept_lower = {w.lower() for w in self.accept} | {
            " ".join(without_articles(w.lower()))
            for w in self.accept if len(w.split()) > 1}

    # --- rule selection ------------------------------------------------------------
    def enabled(self, code: str, category: str, owners: tuple[str, ...] = ()) -> bool:
        """Does rule ``code`` run? ``ignore`` wins; then ``select`` (when it is not set: the
        rules that are on by default) and ``extend-select``. A code, a prefix ("DD10"), a
        category or "ALL" in ``select`` also turns on a rule that is off by default.

        ``owners``: for a finding that one rule gives in another rule's category (DD103 names
        the nominal-style expressions, category "nominalisation"), the codes of the rules of
        that category; choosing or ignoring one of them (``--select DD106``) counts too."""
        codes = (code, *owners)

        def hit(items: list[str]) -> bool:
            return any(i == ALL or i == category or any(c.startswith(i) for c in codes) for i in items)

        if hit(self.ignore):
            return False
        chosen = on_by_default(code) if self.select is None else hit(self.select)
        return chosen or hit(self.extend_select)

    def options_for(self, code: str) -> dict[str, Any]:
        return self.rules.get(code, {})

    def key(self) -> str:
        """A stable text that changes whenever a setting changes (for caches)."""
        import json

        skip = {"accept_lower", "root", "source", "fail_on", "max_warnings", "include", "exclude"}
        data = {k: v for k, v in self.__dict__.items() if k not in skip}
        return json.dumps(data, sort_keys=True, default=str)

    # --- building from settings files and options ----------------------------------
    @classmethod
    def from_dict(cls, data: dict[str, Any], root: str | None = None, source: str | None = None) -> "Config":
        """Check every setting and build a ``Config``; a mistake raises ``ConfigError``.

        Keys may be written with '-' or '_' (``fail-on`` or ``fail_on``).
        """
        from duidelijk.rules import REGISTRY, load_rules

        load_rules()
        codes = set(REGISTRY) | set(_meta_rules())
        if not isinstance(data, dict):
            raise ConfigError("De instellingen moeten een tabel zijn.")
        known = set(cls.__dataclass_fields__) - {"root", "source"}
        kwargs: dict[str, Any] = {}
        for raw_key, value in data.items():
            key = str(raw_key).replace("-", "_")
            if key not in known:
                hint = _close(key, known)
                raise ConfigError(f"Onbekende instelling '{raw_key}'." + (f" Bedoelt u '{hint}'?" if hint else ""))
            kwargs[key] = value

        for key in ("select", "extend_select", "ignore", "accept", "include", "exclude", "placeholders"):
            if key in kwargs and kwargs[key] is not None:
                kwargs[key] = _string_list(kwargs[key], key)
        for key in ("select", "extend_select", "ignore"):
            for item in kwargs.get(key) or []:
                if item != ALL and item not in CATEGORIES and not any(c.startswith(item) for c in codes):
                    raise ConfigError(
                        f"Onbekende regel of categorie '{item}' bij '{key.replace('_', '-')}'.")
        if "severity" in kwargs:
            sev = {}
            for code, level in _table(kwargs["severity"], "severity").items():
                if code not in codes:
                    raise ConfigError(f"Onbekende regel '{code}' bij 'severity'.")
                try:
                    sev[code] = Severity.parse(level)
                except (ValueError, TypeError):
                    raise ConfigError(
                        f"Verkeerde waarde '{level}' bij 'severity.{code}'. "
                        "Kies uit 'suggestion', 'warning' of 'error'."
                    ) from None
            kwargs["severity"] = sev
        if "rules" in kwargs:
            rules_table = _table(kwargs["rules"], "rules")
            for code, options in rules_table.items():
                rule = REGISTRY.get(code)
                if rule is None:
                    raise ConfigError(f"Onbekende regel '{code}' bij 'rules'.")
                options = _table(options, f"rules.{code}")
                for opt, value in options.items():
                    if opt not in rule.settings:
                        choices = ", ".join(rule.settings) or "geen"
                        raise ConfigError(
                            f"Onbekende instelling '{opt}' bij 'rules.{code}'. Mogelijk: {choices}."
                        )
                    default = rule.settings[opt]
                    if isinstance(default, bool):
                        if not isinstance(value, bool):
                            raise ConfigError(f"'rules.{code}.{opt}' moet true of false zijn.")
                    elif isinstance(default, (int, float)):
                        if isinstance(value, bool) or not isinstance(value, (int, float)):
                            raise ConfigError(f"'rules.{code}.{opt}' moet een getal zijn.")
                        if value < 0:
                            raise ConfigError(f"'rules.{code}.{opt}' mag niet kleiner dan 0 zijn.")
                        if value < 1 and opt in rule.positive_settings:
                            raise ConfigError(f"'rules.{code}.{opt}' moet 1 of meer zijn.")
                    elif isinstance(default, str):
                        if not isinstance(value, str):
                            raise ConfigError(f"'rules.{code}.{opt}' moet een tekst zijn.")
                        if opt.endswith("severity"):
                            try:
                                Severity.parse(value)
                            except ValueError:
                                raise ConfigError(
                                    f"Verkeerde waarde '{value}' bij 'rules.{code}.{opt}'. "
                                    "Kies uit 'suggestion', 'warning' of 'error'."
                                ) from None
                rules_table[code] = dict(options)
            kwargs["rules"] = rules_table
        if "reject" in kwargs:
            reject = _table(kwargs["reject"], "reject")
            for word, better in reject.items():
                if not isinstance(better, str) or not better.strip():
                    raise ConfigError(
                        f"Bij 'reject.{word}' hoort het woord dat u wel wilt gebruiken, als tekst."
                    )
            kwargs["reject"] = dict(reject)
        if "fail_on" in kwargs:
            try:
                kwargs["fail_on"] = Severity.parse(kwargs["fail_on"])
            except (ValueError, TypeError):
                raise ConfigError(
                    f"Verkeerde waarde '{kwargs['fail_on']}' bij 'fail-on'. "
                    "Kies uit 'suggestion', 'warning' of 'error'."
                ) from None
        if "max_warnings" in kwargs and kwargs["max_warnings"] is not None:
            value = kwargs["max_warnings"]
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError("'max-warnings' moet een heel getal zijn, 0 of meer.")
        if "model" in kwargs and kwargs["model"] is not None:
            model = kwargs["model"]
            if not isinstance(model, str) or not model.strip():
                raise ConfigError("'model' moet de naam of de map van een taalmodel zijn.")
            if root and (model.startswith(".") or "/" in model):
                from pathlib import Path

                kwargs["model"] = str((Path(root) / model).resolve())
        if "language_check" in kwargs and not isinstance(kwargs["language_check"], bool):
            raise ConfigError("'language-check' moet true of false zijn.")
        for item in kwargs.get("placeholders") or []:
            if item not in PLACEHOLDER_SYNTAXES:
                raise ConfigError(
                    f"Onbekende soort invulveld '{item}' bij 'placeholders'. "
                    f"Mogelijk: {', '.join(PLACEHOLDER_SYNTAXES)}."
                )
        return cls(**kwargs, root=root, source=source)


# ``duidelijk.rules``, which imports this module: bound at the first ``on_by_default`` and read
# at call time (an import statement there cost about 1.3 us at each of ~1,600 calls a pass)
_rules = None


def on_by_default(code: str) -> bool:
    """Is the rule on when ``select`` is not set? (``Rule.default``; unknown codes: yes)."""
    global _rules
    if _rules is None:
        from duidelijk import rules as _rules
    rule = _rules.load_rules().get(code) or _meta_rules().get(code)
    return rule is None or rule.default


def _meta_rules() -> dict:
    """Rules that are not in ``rules/``: the checks on suppression comments (DD900...)."""
    from duidelijk.suppress import META_RULES

    return META_RULES


def _string_list(value: Any, key: str) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key.replace('_', '-')}' moet een lijst met teksten zijn, zoals [\"a\", \"b\"].")
    return list(value)


def _table(value: Any, key: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"'{key}' moet een tabel zijn, zoals [tool.duidelijk.{key}].")
    return value


def _close(key: str, known: set[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.75)
    return match[0].replace("_", "-") if match else None
