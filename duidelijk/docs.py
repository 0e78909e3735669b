"""Rule documentation as text: one source (the rule's ``RuleDoc``) for every place it is shown."""

from __future__ import annotations


def rule_settings(rule) -> list[str]:
    return [f"{key} = {value!r}" for key, value in rule.settings.items()]


def rule_text(rule) -> str:
    d = rule.doc
    lines = [
        f"{rule.code} {rule.name} ({rule.category}, standaard: {rule.severity.value})",
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
