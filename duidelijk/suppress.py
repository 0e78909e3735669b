"""Inline suppressions: comments in the file itself that switch findings off.

In the comment syntax of the file::

    <!-- duidelijk: negeer DD101 -->        Markdown, HTML
    {# duidelijk: negeer DD101 #}           Jinja, Twig, Django
    # duidelijk: negeer DD101               .po files (and a line of its own in a text file)

Kinds:

* ``negeer [CODES]``: the next sentence (or, after text on the same line, that line);
* ``uit [CODES]`` ... ``aan [CODES]``: everything in between (to the end without ``aan``);
* ``negeer-bestand [CODES]``: the whole file.

CODES are rule codes (DD101) or categories (jargon), with spaces or commas; no codes means
every rule. A reason may follow after ``--``. The source text is scanned, and findings carry
source offsets after ``analysis.finalise``, so both sides use the same positions.

A suppression that switches nothing off is reported as DD900 (like ruff's unused noqa); a
suppression with a code that does not exist, or a kind that does not exist, as DD901.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from duidelijk.findings import CATEGORIES, Finding, Severity
from duidelijk.lines import line_end, line_start
from duidelijk.rules.base import Rule, RuleDoc

_SOURCE = "Werkt zoals 'unused noqa' (RUF100) in ruff en zoals de uitzonderingen in Vale."


class UnusedSuppression(Rule):
    code = "DD900"
    name = "onnodige-uitzondering"
    category = "structure"
    severity = Severity.WARNING
    settings: dict = {}
    doc = RuleDoc(
        what="Opmerkingen als 'duidelijk: negeer DD101' die niets uitzetten.",
        why=(
            "Een uitzondering die niets doet, verbergt later misschien een echte fout. "
            "Haal de opmerking weg als de tekst al goed is."
        ),
        source=_SOURCE,
        bad="<!-- duidelijk: negeer DD101 --> U krijgt een brief.",
        good="U krijgt een brief.",
        exceptions="duidelijk meldt dit niet als de regels in de uitzondering uit staan.",
    )

    def check(self, ctx):  # findings come from ``apply``
        return iter(())


class BadSuppression(Rule):
    code = "DD901"
    name = "verkeerde-uitzondering"
    category = "structure"
    severity = Severity.WARNING
    settings: dict = {}
    doc = RuleDoc(
        what="Opmerkingen als 'duidelijk: negeer DD999' met een regel of opdracht die niet bestaat.",
        why=(
            "Een tikfout in een uitzondering zet niets uit. Dan denkt u dat een melding weg is, "
            "maar dat is niet zo."
        ),
        source=_SOURCE,
        bad="<!-- duidelijk: negeer DD999 -->",
        good="<!-- duidelijk: negeer DD101 -->",
        exceptions="",
    )

    def check(self, ctx):
        return iter(())


META_RULES: dict[str, type[Rule]] = {r.code: r for r in (UnusedSuppression, BadSuppression)}

# A directive in one of the comment syntaxes; the body is parsed separately.
DIRECTIVE = re.compile(
    r"<!--\s*duidelijk:(?P<html>.*?)-->"
    r"|\{#-?\s*duidelijk:(?P<jinja>.*?)-?#\}"
    r"|^[ \t]*#[.:]?[ \t]*duidelijk:(?P<hash>[^\n]*)$"
    r"|^[ \t]*duidelijk:(?P<plain>[ \t]*(?:negeer-bestand|negeer|uit|aan)\b[^\n]*)$",
    re.MULTILINE | re.DOTALL,
)
BODY = re.compile(r"\s*(?P<verb>[\w-]+)(?P<args>.*)", re.DOTALL)
VERBS = ("negeer", "negeer-bestand", "uit", "aan")
CODE_RE = re.compile(r"^[A-Za-z]{2}\d+$")


@dataclass
class Directive:
    verb: str
    codes: list[str]
    start: int  # source offsets of the whole comment
    end: int
    scope: tuple[int, int] = (0, 0)
    used: bool = False
    problems: list[str] = field(default_factory=list)

    def covers(self, finding: Finding) -> bool:
        if not (self.scope[0] <= finding.start < self.scope[1]) and not (
            self.verb == "negeer-bestand"
        ):
            return False
        return not self.codes or any(finding.code == c or finding.category == c for c in self.codes)


def known_codes() -> set[str]:
    from duidelijk.rules import REGISTRY, load_rules

    return set(load_rules()) | set(REGISTRY) | set(META_RULES)


def parse(source: str) -> list[Directive]:
    """Every directive in the source text, with its scope still unset."""
    if "duidelijk:" not in source:
        return []
    codes_known = known_codes()
    out: list[Directive] = []
    for m in DIRECTIVE.finditer(source):
        body = next(g for g in (m.group("html"), m.group("jinja"), m.group("hash"), m.group("plain")) if g is not None)
        b = BODY.match(body)
        verb = b.group("verb").lower() if b else ""
        args = b.group("args") if b else ""
        args = re.split(r"\s--\s|\s--$|—", args, maxsplit=1)[0]
        d = Directive(verb, [], m.start(), m.end())
        if verb not in VERBS:
            d.problems.append(
                f"'{verb or body.strip()}' is geen opdracht voor duidelijk. "
                "Kies uit negeer, negeer-bestand, uit of aan."
            )
        for token in (t for t in re.split(r"[\s,]+", args) if t):
            if CODE_RE.match(token):
                if token.upper() not in codes_known:
                    d.problems.append(
                        f"De regel '{token}' bestaat niet. Kijk met 'duidelijk rules' welke regels er zijn."
                    )
                else:
                    d.codes.append(token.upper())
            elif token in CATEGORIES:
                d.codes.append(token)
            else:
                d.problems.append(
                    f"'{token}' is geen regel en geen soort regel. Zet een uitleg achter ' -- '."
                )
        out.append(d)
    return out


def _scopes(directives: list[Directive], source: str, sentences: list[tuple[int, int]]) -> list[str]:
    """Set the scope of each directive; returns problems with 'aan' without 'uit'."""
    sentences = sorted(sentences)
    ends = [e for _, e in sentences]
    open_ranges: list[Directive] = []
    for d in directives:
        if d.verb == "negeer-bestand":
            d.scope = (0, len(source))
        elif d.verb == "negeer":
            start = line_start(source, d.start)
            if source[start : d.start].strip():
                d.scope = (start, line_end(source, d.end))
            else:
                i = bisect.bisect_right(ends, d.end)
                while i < len(sentences) and sentences[i][1] <= d.end:
                    i += 1
                if i < len(sentences):
                    d.scope = (max(d.end, sentences[i][0]), sentences[i][1])
                else:  # no sentence info: up to the next blank line
                    stop = source.find("\n\n", d.end)
                    d.scope = (d.end, len(source) if stop < 0 else stop)
        elif d.verb == "uit":
            d.scope = (d.end, len(source))
            open_ranges.append(d)
        elif d.verb == "aan":
            d.used = True  # never reported as unused itself
            closing = [r for r in open_ranges if not d.codes or set(r.codes) & set(d.codes)]
            if not closing and not d.problems:
                d.problems.append("Hier staat 'duidelijk: aan', maar er staat geen 'duidelijk: uit' voor.")
            for r in closing:
                r.scope = (r.scope[0], d.start)
                open_ranges.remove(r)
    return []


def _meta_finding(rule: type[Rule], config, document, start: int, end: int, message: str) -> Finding:
    source = document.source_text or ""
    f = Finding(
        code=rule.code,
        rule=rule.name,
        category=rule.category,
        severity=config.severity.get(rule.code, rule.severity),
        message=message,
        start=start,
        end=end,
        text=source[start:end],
    )
    f.line, f.column = document.line_col(start)
    return f


def apply(findings: list[Finding], document, sentences: list[tuple[int, int]], config,
          meta: bool = True) -> list[Finding]:
    """Drop suppressed findings and, with ``meta``, add DD900/DD901 findings; offsets are
    source offsets."""
    source = document.source_text or ""
    directives = parse(source)
    if not directives:
        return findings
    _scopes(directives, source, sentences)
    kept: list[Finding] = []
    for f in findings:
        if any(d.start <= f.start and f.end <= d.end for d in directives):
            continue  # a finding on the comment itself (a text file has no comments)
        hit = False
        for d in directives:
            if d.verb != "aan" and not d.problems and d.covers(f):
                d.used = True
                hit = True
        if not hit:
            kept.append(f)
    if not meta:
        return kept
    extra: list[Finding] = []
    for d in directives:
        if d.problems and config.enabled(BadSuppression.code, BadSuppression.category):
            extra.append(_meta_finding(BadSuppression, config, document, d.start, d.end, " ".join(d.problems)))
        elif not d.used and config.enabled(UnusedSuppression.code, UnusedSuppression.category):
            if d.codes and not any(_enabled_code(config, c) for c in d.codes):
                continue  # those rules are switched off here: we cannot tell
            what = ", ".join(d.codes) if d.codes else "alle regels"
            extra.append(_meta_finding(
                UnusedSuppression, config, document, d.start, d.end,
                f"Deze uitzondering ({what}) zet niets uit. Haal de opmerking weg.",
            ))
    if not extra:
        return kept
    return sorted(kept + extra, key=lambda f: (f.start, f.end, f.code))


def _enabled_code(config, code: str) -> bool:
    from duidelijk.rules import REGISTRY

    if code in CATEGORIES:
        return any(config.enabled(c, code) for c, r in REGISTRY.items() if r.category == code)
    rule = REGISTRY.get(code) or META_RULES.get(code)
    return rule is not None and config.enabled(code, rule.category)
