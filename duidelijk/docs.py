"""Rule documentation as text: one source (the rule's ``RuleDoc``) for every place it is shown."""

from __future__ import annotations


def rule_settings(rule) -> list[str]:
    return [f"{key} = {value!r}" for key, value in rule.settings.items()]


def default_text(rule) -> str:
    """Is the rule on without settings, and how to turn it on: the one text for the command
    line and docs/rules.md (the web page says it for its own settings)."""
    if getattr(rule, "default", True):
        return "Deze regel staat standaard aan."
    return (f"Deze regel staat standaard uit. Zet hem aan met --extend-select {rule.code}, "
            f"of met extend-select = [\"{rule.code}\"] in uw instellingen.")


def rule_text(rule) -> str:
    d = rule.doc
    lines = [
        f"{rule.code} {rule.name} ({rule.category}, standaard: {rule.severity.value})",
        default_text(rule),
        "",
        f"Wat het controleert: {d.what}",
        f"Waarom: {d.why}",
        f"Bron: {d.source}",
        "",
        f"Voorbeeld: {d.bad}",
        f"Beter: {d.good}",
    ]
    settings = rule_settings(rule)
    if settings:
        lines += ["", "Instellingen (in [tool.duidelijk.rules." + rule.code + "]):"]
        lines += [f"  {s}" for s in settings]
    if d.exceptions:
        lines += ["", f"Uitzonderingen: {d.exceptions}"]
    return "\n".join(lines)


def rules_markdown() -> str:
    """All rules as one Markdown page (docs/rules.md): `python -m duidelijk.docs > docs/rules.md`."""
    from duidelijk.rules import all_rules

    out = ["# Regels van duidelijk", "",
           "Deze pagina is gemaakt met `python -m duidelijk.docs`. Pas de tekst aan in de regel zelf.", ""]
    for rule in all_rules():
        d = rule.doc
        out += [
            f"## {rule.code} {rule.name}", "",
            f"Categorie: `{rule.category}`. Standaard: `{rule.severity.value}`.", "",
            f"**{default_text(rule)}**" if not rule.default else default_text(rule), "",
            f"**Wat het controleert:** {d.what}", "",
            f"**Waarom:** {d.why}", "",
            f"**Bron:** {d.source}", "",
            f"**Voorbeeld:** {d.bad}", "",
            f"**Beter:** {d.good}", "",
        ]
        settings = rule_settings(rule)
        if settings:
            out += [f"**Instellingen** (`[tool.duidelijk.rules.{rule.code}]`): " + ", ".join(f"`{s}`" for s in settings), ""]
        if d.exceptions:
            out += [f"**Uitzonderingen:** {d.exceptions}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    print(rules_markdown(), end="")
