"""HTML: the document with every finding marked in place, and a standalone HTML report.

``view(report)`` builds everything a page needs (the marked document, the findings grouped
by category, the summary, the bars per sentence); the web page and the standalone report both
use it. Offsets of findings are in the document's source text; the page shows the analysed
text of each block, so offsets are mapped back through the document's segment map.

Every mark is ``<mark data-code=".." data-category=".." data-severity="..">``. A finding that
crosses the edge of another one is split: its first part has ``id="m-N"`` (and on the web
page the button that opens the explanation), later parts have ``data-part="vervolg"``.
"""

from __future__ import annotations

import bisect
import functools
from html import escape
from pathlib import Path

from markupsafe import Markup
from markupsafe import escape as markup_escape

from duidelijk import __version__
from duidelijk.metrics_report import number
from duidelijk.structure import part_label

CATEGORY_LABELS = {
    "sentence-length": "Lange zinnen",
    "passive": "Lijdende vorm",
    "jargon": "Ambtelijke taal",
    "difficult-word": "Moeilijke woorden",
    "long-word": "Lange woorden",
    "nominalisation": "Verstopt werkwoord",
    "tang": "Woorden ver uit elkaar",
    "lead-in": "Lange aanloop",
    "negation": "Dubbele ontkenning",
    "address": "Aanspreken",
    "abbreviation": "Afkortingen",
    "vague": "Vage woorden",
    "paragraph": "Lange alinea's",
    "structure": "Kopjes",
    "broken-sentence": "Halve zinnen",
    "reference": "Verwijzingen",
    "slip": "Tikfouten",
}
# The second cue besides colour: a letter in the badge of every mark (and the underline style).
CATEGORY_ICONS = {
    "sentence-length": "Z",
    "passive": "L",
    "jargon": "A",
    "difficult-word": "M",
    "long-word": "W",
    "nominalisation": "N",
    "tang": "T",
    "lead-in": "B",
    "negation": "O",
    "address": "U",
    "abbreviation": "K",
    "vague": "V",
    "paragraph": "P",
    "structure": "H",
    "broken-sentence": "S",
    "reference": "R",
    "slip": "F",
}
# What to do, per category, for "the three biggest improvements".
CATEGORY_ADVICE = {
    "sentence-length": "Maak lange zinnen korter.",
    "passive": "Schrijf wie iets doet: 'wij sturen' en niet 'wordt gestuurd'.",
    "jargon": "Kies gewone woorden in plaats van ambtelijke woorden.",
    "difficult-word": "Kies makkelijke woorden, of leg een moeilijk woord uit.",
    "long-word": "Maak lange woorden korter.",
    "nominalisation": "Gebruik een werkwoord: 'aanvragen' en niet 'een aanvraag doen'.",
    "tang": "Zet woorden die bij elkaar horen dicht bij elkaar.",
    "lead-in": "Zet het werkwoord vooraan in de zin.",
    "negation": "Zeg het positief, zonder twee keer 'niet'.",
    "address": "Spreek de lezer aan met 'u'.",
    "abbreviation": "Schrijf afkortingen voluit.",
    "vague": "Schrijf precies wanneer of hoeveel.",
    "paragraph": "Maak lange alinea's korter.",
    "structure": "Zet boven elk deel een kort kopje.",
    "broken-sentence": "Schrijf hele zinnen: met een onderwerp, en geen punt midden in een zin.",
    "reference": "Zeg waar een link naartoe gaat. Noem het ding zelf in plaats van 'hiervan' of 'hiermee'.",
    "slip": "Haal tikfouten weg: een woord dat twee keer staat, of een spatie die mist.",
}
SEVERITY_LABELS = {"error": "fout", "warning": "waarschuwing", "suggestion": "tip"}
SEVERITY_ORDER = ("error", "warning", "suggestion")
LEVEL_WORDS = {1: "makkelijk", 2: "redelijk makkelijk", 3: "moeilijk", 4: "zeer moeilijk"}

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"


# --- offsets -------------------------------------------------------------------------------

class TextMap:
    """Maps offsets in a document's source text back to offsets in its analysed text."""

    def __init__(self, document):
        self.segments = sorted(document.segments, key=lambda s: (s.source_start, s.start))
        self.starts = [s.source_start for s in self.segments]

    def __call__(self, src: int, end: bool = False) -> int:
        if not self.segments:
            return src
        i = bisect.bisect_right(self.starts, src) - 1
        if end:
            while i > 0 and self.segments[i].source_start == src and self.segments[i - 1].source_end >= src:
                i -= 1
        i = max(i, 0)
        seg = self.segments[i]
        if src < seg.source_start:
            return seg.start
        if not seg.exact:
            return seg.start + seg.length if (end or src > seg.source_start) else seg.start
        return seg.start + min(src - seg.source_start, seg.length)


# --- marking -------------------------------------------------------------------------------

def finding_id(index: int) -> str:
    return f"m-{index + 1}"


@functools.lru_cache(maxsize=1024)
def _mark_parts(code: str, category: str, severity: str, side: bool) -> tuple[str, str, str]:
    """The attributes of a mark, its badge letter and its label, per kind of finding (rule
    code, category, severity: a few dozen kinds; worked out once, not for every mark)."""
    extra = " bijzaak" if side else ""
    attrs = (
        f' data-code="{escape(code)}" data-category="{escape(category)}"'
        f' data-severity="{escape(severity)}" class="mark cat-{escape(category)} sev-{escape(severity)}{extra}"'
    )
    label = escape(f"{CATEGORY_LABELS.get(category, category)}, {SEVERITY_LABELS[severity]}")
    return attrs, CATEGORY_ICONS.get(category, "?"), label


def mark_open(f, index: int, first: bool, interactive: bool, side: bool = False) -> str:
    attrs, icon, label = _mark_parts(f.code, f.category, f.severity.value, side)
    if not first:
        return f'<mark{attrs} data-part="vervolg" data-for="{finding_id(index)}">'
    out = f'<mark{attrs} id="{finding_id(index)}">'
    if interactive:
        out += (
            f'<button type="button" class="knop" data-icon="{icon}" aria-expanded="false"'
            f' aria-controls="u-{index + 1}" aria-label="Uitleg {index + 1}: {label}"></button>'
        )
    else:
        out += f'<a class="nummer" href="#l-{index + 1}" data-icon="{icon}">{index + 1}</a>'
    return out


def marked_html(text: str, spans: list[tuple[int, int, int]], findings, interactive: bool,
                extra: dict[int, str] | None = None, swap: dict[int, tuple[int, str]] | None = None,
                side: frozenset[int] = frozenset()) -> str:
    """``text`` with the spans (start, end, finding index) as nested marks.

    A span that crosses the end of an open one is closed there and opened again after it.
    ``extra`` puts raw HTML (sentence anchors) at offsets; ``swap`` {start: (end, html)} shows
    html instead of text[start:end] (a placeholder). Line breaks become ``<br>``.
    Findings in ``side`` are not in the main view (class ``bijzaak``, see ``main_view``).
    """
    extra = extra or {}
    swap = swap or {}
    points = sorted({0, len(text), *extra, *(a for a, _, _ in spans), *(b for _, b, _ in spans),
                     *swap, *(e for e, _ in swap.values())})
    starts: dict[int, list] = {}
    for a, b, i in spans:
        starts.setdefault(a, []).append((a, b, i))
    out: list[str] = []
    stack: list[tuple[int, int, int]] = []  # open spans
    opened: set[int] = set()

    def open_span(span) -> None:
        a, b, i = span
        out.append(mark_open(findings[i], i, i not in opened, interactive, i in side))
        opened.add(i)
        stack.append(span)

    for k, pos in enumerate(points):
        # close spans ending here; spans above them that go on are closed and opened again
        if any(b <= pos for _, b, _ in stack):
            keep = []
            while stack:
                span = stack.pop()
                out.append("</mark>")
                if span[1] > pos:
                    keep.append(span)
                if not any(b <= pos for _, b, _ in stack):
                    break
            for span in sorted(keep, key=lambda s: -s[1]):
                open_span(span)
        if pos in extra:
            out.append(extra[pos])
        for span in sorted(starts.get(pos, []), key=lambda s: (-s[1], s[2])):
            if span[1] > pos:
                # keep nesting proper: a new span that ends after an open one is cut at its end
                open_span(span)
        if k + 1 < len(points):
            if pos in swap:
                out.append(swap[pos][1])
                continue
            if swap and any(s < pos < e for s, (e, _) in swap.items()):
                continue  # inside a placeholder
            chunk = text[pos : points[k + 1]]
            out.append(escape(chunk).replace("\n", "<br>\n"))
    while stack:
        stack.pop()
        out.append("</mark>")
    return "".join(out)


# --- one finding: its explanation box and its line in the list of findings ------------------
# Written here rather than as Jinja macros: a page has one of each per finding, and a macro
# costs about 55 microseconds a time (2 x 67 of them were 8 of the 11 ms of the load test's
# result page). The HTML is the same as the macros gave.

def _suggestions(f, tag: str, cls: str = "") -> str:
    if not f.suggestions:
        return ""
    quoted = " of ".join(f"<q>{markup_escape(s)}</q>" for s in f.suggestions)
    return f"<{tag}{cls}>Voorstel: {quoted}</{tag}>"


@functools.lru_cache(maxsize=1024)
def _kind_html(code: str, category: str, severity, link: str | None) -> tuple[str, ...]:
    """The escaped parts of a finding that depend only on its kind (rule code, category,
    severity, the link to the rule): a few dozen kinds, escaped once, not for every finding."""
    return (markup_escape(code), markup_escape(category), markup_escape(severity.value),
            markup_escape(CATEGORY_ICONS.get(category, "?")), markup_escape(CATEGORY_LABELS.get(category, category)),
            markup_escape(severity_label(severity)), None if link is None else markup_escape(link))


def explanation_html(item: dict, rule_link) -> Markup:
    """The explanation box of a finding (``item`` of ``view``) that its mark's button opens;
    ``rule_link(code)`` gives the link to the rule's page, or is None."""
    f, n = item["f"], item["n"]
    code, category, _, icon, label, severity, link = _kind_html(
        f.code, f.category, f.severity, rule_link(f.code) if rule_link else None)
    more = f'<a href="{link}">Meer over deze regel ({code})</a>' if rule_link else ""
    return Markup(
        f'<div class="uitleg" id="u-{n}" hidden tabindex="-1" aria-labelledby="u-{n}-titel" role="group" data-tekst="bevinding">\n'
        f'  <p class="uitleg-titel" id="u-{n}-titel"><span class="icoon cat-{category}" aria-hidden="true">{icon}</span>\n'
        f'    <strong>{label}</strong> ({severity})</p>\n'
        f'  <p>{markup_escape(f.message)}</p>\n'
        f'  {_suggestions(f, "p")}\n'
        f'  <p class="uitleg-acties">{more}\n'
        f'    <button type="button" class="sluit" data-for="m-{n}">Sluiten</button></p>\n'
        f'</div>'
    )


def finding_item_html(item: dict, rule_link) -> Markup:
    """A finding's line in the list of all findings (``<li>``, linked to its mark)."""
    f, n, fid = item["f"], item["n"], item["id"]  # fid: "m-N" (finding_id)
    code, category, value, _, _, severity, link = _kind_html(
        f.code, f.category, f.severity, rule_link(f.code) if rule_link else None)
    suggestions = _suggestions(f, "span", ' class="voorstel"')
    rule = f'<a class="regel" href="{link}">{code}</a>' if rule_link else f'<span class="regel">{code}</span>'
    return Markup(
        f'<li id="l-{n}" data-category="{category}" data-severity="{value}" data-code="{code}" data-tekst="bevinding" value="{n}">\n'
        f'      <a href="#{fid}" class="naar-mark" data-mark="{fid}"><q>{markup_escape(truncate(f.text, 60))}</q></a>\n'
        f'      <span class="ernst ernst-{value}">{severity}</span>\n'
        f'      <span class="bericht">{markup_escape(f.message)}</span>\n'
        f'      {suggestions}\n'
        f'      {rule}\n'
        f'    </li>'
    )


def explanations_html(items: list, indexes, rule_link) -> Markup:
    """The explanation boxes of ``items[i]`` for each i in ``indexes`` (a block's findings),
    one after the other: one call from the template, not one per finding."""
    return Markup("".join([explanation_html(items[i], rule_link) for i in indexes]))


def finding_items_html(items: list, rule_link) -> Markup:
    """The lines of ``items`` (a group of the list of findings), each set on its own line as
    the template's loop over them did."""
    return Markup("".join([f"\n    {finding_item_html(item, rule_link)}\n  " for item in items]))


def severity_label(severity) -> str:
    """'fout', 'waarschuwing', 'tip' (the Jinja filter ``ernst``)."""
    return SEVERITY_LABELS.get(getattr(severity, "value", severity), severity)


def truncate(text: str, length: int) -> str:
    """Jinja's ``truncate`` filter with its default settings (end "...", leeway 5)."""
    from jinja2.filters import do_truncate

    return do_truncate(None, text, length, False, "...", 5)


BLOCK_TAGS = {
    "heading": "h3",
    "list-item": "li",
}


def placeholder_html(document, start: int, end: int) -> str:
    """A placeholder as the writer typed it ("[NAAM]", "{{ datum }}"), marked as a field to
    fill in; not the mask word of the analysed text."""
    a, b = document.source_span(start, end)
    shown = " ".join((document.source_text or "")[a:b].split()) or "…"
    return f'<span class="invulveld"><span class="sr-only">Invulveld: </span>{escape(shown)}</span>'


def reading_order(findings) -> list:
    """Findings in the order a reader meets their marks: by start, the longer one first."""
    return sorted(findings, key=lambda f: (f.start, -f.end, f.code))


def main_view(report, findings) -> frozenset[int]:
    """Indexes in ``findings`` that the main view does not mark: the later places of a group
    and the groups that are not main (duidelijk.grouping). Empty when there are no groups."""
    groups = getattr(report, "groups", None) or []
    if not groups:
        return frozenset()
    main = {id(report.findings[g["findings"][0]]) for g in groups if g["main"]}
    return frozenset(i for i, f in enumerate(findings) if id(f) not in main)


def document_blocks(report, interactive: bool = True, findings=None) -> list[dict]:
    """The document as blocks: {kind, tag, html (Markup), findings: [indexes]}."""
    document = report.document
    if document is None:
        return []
    tmap = TextMap(document)
    text = document.text
    findings = reading_order(report.findings) if findings is None else findings
    side = main_view(report, findings)
    franges = []
    for i, f in enumerate(findings):
        a, b = tmap(f.start), tmap(f.end, end=True)
        if b <= a:
            b = a + 1 if a < len(text) else a
        franges.append((a, b))
    anchors: dict[int, str] = {}
    for n, s in enumerate(report.sentences):
        anchors[tmap(s["start"])] = f'<span class="zin-anker" id="zin-{n + 1}"></span>'
    blocks = []
    placed: set[int] = set()
    for block in document.blocks:
        bs, be = block.start, block.end
        spans = []
        for i, (a, b) in enumerate(franges):
            if a < be and b > bs:
                spans.append((max(a, bs) - bs, min(b, be) - bs, i))
            elif a == b == bs:
                spans.append((0, min(1, be - bs), i))
        extra = {pos - bs: html for pos, html in anchors.items() if bs <= pos < be}
        swap = {a - bs: (b - bs, placeholder_html(document, a, b)) for a, b in document.placeholders
                if bs <= a and b <= be}
        body = marked_html(text[bs:be], spans, findings, interactive, extra, swap, side)
        first = [i for _, _, i in spans if i not in placed]
        placed.update(first)
        blocks.append({
            "kind": block.kind,
            # a set-aside letter part is shown greyed, with its kind as a label
            "label": None if block.is_prose else part_label(block.kind),
            "tag": BLOCK_TAGS.get(block.kind, "p"),
            "html": Markup(body),
            "findings": first,
        })
    return blocks


# --- the whole view --------------------------------------------------------------------------

def improvements(report, n: int = 3) -> list[dict]:
    """The ``n`` categories whose fixes lower the difficulty score most (the groups' ``gain``);
    severity times count breaks ties (and decides for a report without groups)."""
    weight: dict[str, tuple[float, float]] = {}
    count: dict[str, int] = {}
    gains: dict[str, float] = {}
    for g in getattr(report, "groups", None) or []:
        gains[g["category"]] = gains.get(g["category"], 0.0) + g["gain"]
    for f in report.findings:
        gain, severity = weight.get(f.category, (gains.get(f.category, 0.0), 0))
        weight[f.category] = (gain, severity + f.severity.rank)
        count[f.category] = count.get(f.category, 0) + 1
    top = sorted(weight, key=lambda c: (-weight[c][0], -weight[c][1], c))[:n]
    return [{"category": c, "label": CATEGORY_LABELS.get(c, c), "count": count[c],
             "advice": CATEGORY_ADVICE.get(c, "")} for c in top]


def most_important(findings, ranked: list[dict], n: int = 10, groups: list[dict] | None = None) -> list[dict]:
    """The ``n`` points to start with. With the report's ``groups`` (duidelijk.grouping):
    the first place of each main group, most important first. Otherwise the most severe
    first, then the categories that weigh most (as in "the biggest improvements"), then
    reading order. ``findings`` in reading order; ``groups`` are the items of ``ranked_groups``."""
    if groups:
        return [g["first"] for g in groups if g["main"]][:n]
    order = {c["category"]: i for i, c in enumerate(ranked)}
    best = sorted(range(len(findings)), key=lambda i: (-findings[i].severity.rank,
                                                       order.get(findings[i].category, 99), i))
    return [_item(i, findings[i]) for i in best[:n]]


def sentence_bars(report) -> list[dict]:
    text = report.document.source_text if report.document else ""
    bars = []
    for n, s in enumerate(report.sentences):
        score = s.get("lint_score")
        level = s.get("lint_level")
        hard = s.get("difficulty")
        snippet = " ".join((text or "")[s["start"] : s["end"]].split())
        short = snippet if len(snippet) <= 70 else snippet[:67].rsplit(" ", 1)[0] + " …"
        bars.append({
            "n": n + 1,
            "words": s["words"],
            "score": score,
            "level": level,
            "level_word": LEVEL_WORDS.get(level, "niet te bepalen"),
            "width": max(2, min(100, round(score))) if score is not None else 2,
            "difficulty": hard,
            "difficulty_width": max(2, min(100, round(hard))) if hard is not None else 2,
            "snippet": short,
        })
    return bars


def _item(i: int, f, side: frozenset[int] = frozenset()) -> dict:
    return {"index": i, "id": finding_id(i), "n": i + 1, "f": f, "icon": CATEGORY_ICONS.get(f.category, "?"),
            "main": i not in side}


def ranked_groups(report, findings, items: list[dict]) -> list[dict]:
    """The report's groups, most important first, each with its items (places) in ``items``."""
    where = {id(f): i for i, f in enumerate(findings)}
    out = []
    for g in getattr(report, "groups", None) or []:
        places = [items[where[id(report.findings[k])]] for k in g["findings"]]
        out.append({**g, "label": CATEGORY_LABELS.get(g["category"], g["category"]),
                    "icon": CATEGORY_ICONS.get(g["category"], "?"), "items": places, "first": places[0]})
    return out


def view(report, interactive: bool = True) -> dict:
    from duidelijk.metrics import douma_label, lint_level_description
    from duidelijk.metrics_report import coverage_line

    findings = reading_order(report.findings)
    side = main_view(report, findings)
    items = [_item(i, f, side) for i, f in enumerate(findings)]
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(item["f"].category, []).append(item)
    ranked = ranked_groups(report, findings, items)
    order = list(CATEGORY_LABELS)
    grouped = [
        {"category": c, "label": CATEGORY_LABELS.get(c, c), "icon": CATEGORY_ICONS.get(c, "?"), "entries": groups[c]}
        for c in sorted(groups, key=lambda c: order.index(c) if c in order else 99)
    ]
    m = report.metrics or {}
    level = m.get("lint_level")
    counts = {s: 0 for s in SEVERITY_ORDER}
    for f in findings:
        counts[f.severity.value] += 1
    fd = m.get("flesch_douma")
    ranked_categories = improvements(report, n=len(CATEGORY_LABELS))  # the first 3 are "improvements"
    return {
        "blocks": document_blocks(report, interactive, findings),
        "groups": grouped,
        "findings": items,
        # identical findings grouped, most important first; "main": marked in the main view
        "ranked": ranked,
        "main_count": sum(1 for g in ranked if g["main"]) if ranked else len(items),
        "metrics": m,
        "verdict": report.verdict or {},
        "coverage_line": coverage_line(report.coverage),
        "lint_level": level,
        "lint_text": lint_level_description(level),
        "douma_text": douma_label(fd) if fd is not None else "",
        "counts": counts,
        "improvements": ranked_categories[:3],
        "top": most_important(findings, ranked_categories, groups=ranked),
        "bars": sentence_bars(report),
        "categories": [{"category": c, "label": CATEGORY_LABELS[c], "icon": CATEGORY_ICONS[c],
                        "count": len(groups.get(c, []))} for c in order if c in groups],
        "severities": [{"severity": s, "label": SEVERITY_LABELS[s], "count": counts[s]} for s in SEVERITY_ORDER],
        "category_labels": CATEGORY_LABELS,
        "severity_labels": SEVERITY_LABELS,
        "version": __version__,
    }


def jinja_env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("duidelijk.web", "templates"),
                      autoescape=select_autoescape(["html"]))
    add_filters(env)
    return env


def count_words(n, one: str, many: str) -> str:
    """'1 woord', '3 woorden', 'geen woorden'."""
    if not n:
        return f"geen {many}"
    return f"{n} {one if n == 1 else many}"


def team_name(name: str) -> str:
    """'Team Zorg' stays 'Team Zorg'; 'Zorg' becomes 'Team Zorg' (never 'Team Team Zorg')."""
    name = " ".join((name or "").split())
    return name if name.split(" ", 1)[0].lower() == "team" else f"Team {name}"


def add_filters(env) -> None:
    env.filters["categorie"] = lambda c: CATEGORY_LABELS.get(c, c)
    env.filters["ernst"] = severity_label
    env.filters["getal"] = number
    env.filters["aantal"] = count_words
    env.globals["team_naam"] = team_name
    env.globals["icons"] = CATEGORY_ICONS
    env.globals["explanation_html"] = explanation_html
    env.globals["finding_item_html"] = finding_item_html
    env.globals["explanations_html"] = explanations_html
    env.globals["finding_items_html"] = finding_items_html


def render(report, title: str | None = None) -> str:
    """A standalone HTML report: one file, inline CSS, no scripts, no outside resources."""
    css = (STATIC / "duidelijk.css").read_text(encoding="utf-8")
    template = jinja_env().get_template("report_standalone.html")
    return template.render(v=view(report, interactive=False), css=Markup(css),
                           title=title or report.path or "tekst", rule_base=None)


def render_reports(reports, color: bool = False) -> str:
    """FORMATTERS-style entry point: the first report as a standalone page."""
    return render(reports[0]) if reports else ""
