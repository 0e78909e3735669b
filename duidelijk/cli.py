"""The ``duidelijk`` command line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from duidelijk import __version__
from duidelijk.config import Config, ConfigError
from duidelijk.findings import Severity

SUPPORTED = {".txt", ".md", ".markdown", ".text"}


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def collect(paths: tuple[str, ...]) -> list[str]:
    """Files to check: given files, and supported files in given folders (recursively)."""
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if raw != "-" and p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in SUPPORTED)
        else:
            out.append(raw)
    return out


def fail(message: str) -> None:
    click.echo(f"duidelijk: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="duidelijk", message="%(prog)s %(version)s")
def cli() -> None:
    """duidelijk controleert of een brief duidelijk is voor lezers op taalniveau B1."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", help="Vorm van de uitvoer.")
@click.option("--model", default=None, help="Naam of map van een ander spaCy-taalmodel.")
@click.option("--select", multiple=True, help="Alleen deze regels of categorieën (komma's mogen).")
@click.option("--ignore", multiple=True, help="Deze regels of categorieën overslaan.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]), default="error",
              help="Vanaf welk niveau de uitkomst 1 is.")
@click.option("--color/--no-color", default=None, help="Kleur in de uitvoer.")
def check(paths, fmt, model, select, ignore, fail_on, color) -> None:
    """Controleer bestanden of mappen (of - voor invoer via stdin)."""
    from duidelijk import check_files
    from duidelijk.analysis import Report, analyse
    from duidelijk.formatters import FORMATTERS
    from duidelijk.model import ModelError, load_pipeline
    from duidelijk.readers import ReadError, read_bytes

    settings: dict = {"fail-on": fail_on}
    if select:
        settings["select"] = _split(select)
    if ignore:
        settings["ignore"] = _split(ignore)
    if model:
        settings["model"] = model
    try:
        config = Config.from_dict(settings)
        nlp = load_pipeline(config.model)
    except (ConfigError, ModelError) as err:
        fail(str(err))
    files = collect(paths)
    reports = []
    disk = [f for f in files if f != "-"]
    by_path = dict(zip(disk, check_files(disk, config, nlp))) if disk else {}
    for f in files:
        if f != "-":
            reports.append(by_path[f])
            continue
        try:
            doc = read_bytes(sys.stdin.buffer.read(), "-", config.placeholders)
            reports.append(next(analyse([doc], config, nlp)))
        except ReadError as err:
            reports.append(Report("-", error=err.to_dict()))
    if not files:
        fail("Er zijn geen bestanden gevonden om te controleren.")
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(FORMATTERS[fmt](reports, color=use_color), nl=False)
    if any(r.error for r in reports):
        sys.exit(2)
    worst = max((f.severity.rank for r in reports for f in r.findings), default=0)
    sys.exit(1 if worst >= config.fail_on.rank else 0)


@cli.command()
def rules() -> None:
    """Toon alle regels."""
    from duidelijk.rules import all_rules

    for rule in all_rules():
        click.echo(f"{rule.code}  {rule.name:<22} {rule.category:<16} {rule.severity.value:<10} {rule.doc.what}")


@cli.command()
@click.argument("code")
def explain(code: str) -> None:
    """Leg een regel uit."""
    from duidelijk.docs import rule_text
    from duidelijk.rules import REGISTRY, load_rules

    load_rules()
    rule = REGISTRY.get(code.upper())
    if rule is None:
        fail(f"Er is geen regel '{code}'. Kijk met 'duidelijk rules' welke regels er zijn.")
    click.echo(rule_text(rule))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--model", default=None, help="Naam of map van een ander spaCy-taalmodel.")
def info(fmt: str, model: str | None) -> None:
    """Toon de versie en het taalmodel."""
    from duidelijk.model import ModelError, load_pipeline, model_info

    try:
        nlp = load_pipeline(model)
    except ModelError as err:
        fail(str(err))
    data = {"duidelijk": {"version": __version__}, "model": model_info(nlp)}
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    m = data["model"]
    click.echo(f"duidelijk {__version__}")
    click.echo(f"taalmodel: {m['name']} {m['version']} ({m['path']})")
    for key, value in (m.get("accuracy") or {}).items():
        if isinstance(value, (int, float)):
            click.echo(f"  {key}: {value:.3f}")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as err:  # never show a traceback to a user
        if os.environ.get("DUIDELIJK_DEBUG"):
            raise
        click.echo(f"duidelijk: er ging iets mis ({type(err).__name__}). Meld dit aan de beheerder.", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
