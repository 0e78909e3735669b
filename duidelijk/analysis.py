"""The one analysis path: parse each text once, run every enabled rule, compute metrics."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from duidelijk.config import Config
from duidelijk.document import PLACEHOLDER_MASK, Document
from duidelijk.findings import Finding, Severity
from duidelijk.lines import line_start
from duidelijk.rules import Context, all_rules
from duidelijk.rules.base import SCORE_ONLY


@dataclass
class Report:
    path: str | None
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    metrics: dict = field(default_factory=dict)
    sentences: list[dict] = field(default_factory=list)
    verdict: dict = field(default_factory=dict)
    error: dict | None = None
    notes: list[str] = field(default_factory=list)  # the reader's notes for the user
    # per sentence, the features of the difficulty score (duidelijk.difficulty); not in the JSON
    sentence_features: list[dict] = field(default_factory=list, repr=False)
    groups: list[dict] = field(default_factory=list)  # identical findings, most important first
    coverage: dict = field(default_factory=dict)  # prose words and the parts set aside

    def main_findings(self) -> list[Finding]:
        """The findings marked in the main view: the first place of each main group."""
        return [self.findings[g["findings"][0]] for g in self.groups if g["main"]]

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "error": self.error,
            "notes": self.notes,
            "metrics": self.metrics,
            "verdict": self.verdict,
            "coverage": self.coverage,
            "sentences": self.sentences,
            "findings": [f.to_dict() for f in self.findings],
            "groups": self.groups,
        }


def active_rules(config: Config):
    out = []
    for cls in all_rules():
        if config.enabled(cls.code, cls.category):
            out.append(cls(config.options_for(cls.code), config.severity.get(cls.code)))
    return out


def score_rules(config: Config):
    """The rules that are off (by default or by the settings) but whose findings the
    difficulty score counts (``difficulty.FINDING_FEATURES``). They run too, for the score
    and for the rules that read findings (``Rule.reads_findings``) only: the score of a text
    and those rules do not change with the rules a user chooses. Their findings are not shown."""
    from duidelijk.difficulty import FINDING_FEATURES

    return [cls(config.options_for(cls.code), config.severity.get(cls.code)) for cls in all_rules()
            if cls.category in FINDING_FEATURES and not config.enabled(cls.code, cls.category)]


PIPE_BATCH = 32


def analyse(documents: Iterable[Document], config: Config | None = None, nlp=None) -> Iterator[Report]:
    """Parse the documents with ``nlp.pipe`` and yield one report per document, in order."""
    from duidelijk.grouping import group_findings
    from duidelijk.rules.difficult_words import once_per_obstacle
    from duidelijk.metrics import token_table
    from duidelijk.metrics_report import text_metrics
    from duidelijk.model import load_pipeline

    config = config or Config()
    nlp = nlp or load_pipeline(config.model)
    rules = active_rules(config)
    hidden_rules = score_rules(config)
    docs = list(documents)
    _collect_young_less_often()
    # Letters are long texts: batches of a few dozen keep the layers' arrays in the CPU
    # cache (the bundled config's 1,000 made the pipeline a third slower on 281 letters).
    parsed = nlp.pipe((d.text for d in docs), batch_size=PIPE_BATCH)
    for document, doc in zip(docs, parsed):
        ctx = Context(doc=doc, document=document, config=config)
        # the Doc was made from this text, and spaCy keeps a text as it is (Doc.text is the
        # text it was given): read it here rather than rebuild it from every token
        ctx.text = document.text
        token_table(doc)  # the per-Doc table that the metrics and many rules read, made once here
        findings, hidden = by_category(*run_rules(ctx, rules, hidden_rules), config, {r.code for r in rules})
        findings = finalise(findings, document)
        findings = once_per_obstacle(apply_suppressions(findings, document, ctx, config))
        if hidden:
            hidden = once_per_obstacle(apply_suppressions(finalise(hidden, document), document, ctx, config, meta=False))
        metrics, sentences, verdict, cover = text_metrics(ctx, findings, hidden)
        features = [s.pop("features") for s in sentences]
        sums = [s.pop("sums", None) for s in sentences]  # (none from a text_metrics of old)
        groups = group_findings(findings, sentences, features, None if None in sums else sums)
        report = Report(document.path, document, findings, metrics, sentences, verdict,
                        notes=document.notes, sentence_features=features, groups=groups, coverage=cover)
        _freeze_loaded()
        yield report


def run_rules(ctx: Context, rules: list, hidden_rules: list) -> tuple[list[Finding], list[Finding]]:
    """The findings of ``rules`` and, apart, those of ``hidden_rules`` (see ``score_rules``),
    all in code order as when every rule is on; the rules that read findings run last and see
    both. A hidden rule must not change what the shown rules find: the sets it adds to in
    ``ctx.shared`` (the words a rule has flagged, that later word rules leave alone) are its
    own copies, which the later hidden rules see too."""
    findings: list[Finding] = []
    hidden: list[Finding] = []
    shown = {id(r) for r in rules}
    marks: dict[str, set] = {}  # what the hidden rules added to the sets in ctx.shared
    for rule in sorted([*rules, *hidden_rules], key=lambda r: (r.reads_findings, r.code)):
        if id(rule) in shown:
            if rule.reads_findings:
                ctx.shared["findings"] = findings + hidden
            found = list(rule.check(ctx))
            score_only = ctx.shared.pop(SCORE_ONLY, None)
            if score_only:  # a finding the rule's settings leave out, still counted by the score
                hidden.extend(f for f in found if id(f) in score_only)
                found = [f for f in found if id(f) not in score_only]
            findings.extend(found)
        elif not rule.reads_findings:
            common = ctx.shared
            ctx.shared = {**common, **{k: set(v) for k, v in common.items() if isinstance(v, set)}}
            for key, added in marks.items():
                ctx.shared.setdefault(key, set()).update(added)
            try:
                hidden.extend(rule.check(ctx))
            finally:
                ctx.shared.pop(SCORE_ONLY, None)
                own, ctx.shared = ctx.shared, common
            for key, value in own.items():
                if isinstance(value, set):
                    marks[key] = value
                else:
                    common.setdefault(key, value)  # what a rule works out once (caches) is shared
    return findings, hidden


def by_category(findings: list[Finding], hidden: list[Finding], config: Config,
                shown_codes: set[str] | frozenset[str] = frozenset()) -> tuple[list[Finding], list[Finding]]:
    """Shown and hidden findings by the user's choice of each finding's own category. A rule
    may name something of another category: DD103 names the nominal-style expressions
    (category "nominalisation"), so ``--ignore nominalisation`` hides them and ``--select
    nominalisation`` shows them, as for DD106's. A finding of its rule's own category stays
    where its rule put it. Choosing or ignoring the rule of that category counts too:
    ``--select DD106`` shows them, ``--ignore DD106`` hides them. The score counts both lists,
    so it does not change. A hidden finding of a rule that is shown (``shown_codes``) was
    made for the score only (``SCORE_ONLY``) and stays hidden."""
    own, owners = _categories()
    verdicts: dict[tuple[str, str], bool] = {}  # per (code, category): a text has a few of each

    def shown(f: Finding) -> bool:
        key = (f.code, f.category)
        verdict = verdicts.get(key)
        if verdict is None:
            if own.get(f.code) == f.category:
                verdict = config.enabled(f.code, f.category)
            else:
                verdict = config.enabled(f.code, f.category, owners.get(f.category, ()))
            verdicts[key] = verdict
        return verdict

    moved_out = [f for f in findings if not shown(f)]
    moved_in = [f for f in hidden if f.code not in shown_codes and shown(f)]
    if not (moved_out or moved_in):
        return findings, hidden
    out, into = {id(f) for f in moved_out}, {id(f) for f in moved_in}
    return ([f for f in findings if id(f) not in out] + moved_in,
            [f for f in hidden if id(f) not in into] + moved_out)


_CATEGORIES: tuple[dict[str, str], dict[str, tuple[str, ...]]] | None = None


def _categories() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Each rule's own category by code, and the codes of the rules of each category."""
    global _CATEGORIES
    if _CATEGORIES is None:
        own = {cls.code: cls.category for cls in all_rules()}
        owners: dict[str, tuple[str, ...]] = {}
        for code, category in own.items():
            owners[category] = (*owners.get(category, ()), code)
        _CATEGORIES = own, owners
    return _CATEGORIES


_frozen = False
# the young generation's threshold while texts are checked (Python's default is 700): the
# first text loads word lists and tables of hundreds of thousands of objects, and every text
# makes lists of a few thousand items per Doc (the token table's columns, the rules' per-token
# lists) that live while it is checked; each collection walks them again. With 10,000 the
# collector ran 40 instead of 225 times in analyse() on speed.py's 281 varied texts and took
# 0.26-0.29 instead of 0.39-0.40 s (gc.callbacks, session 24); cycles are still collected
GC_YOUNG = 10_000
# the middle generation's threshold (Python's default is 10: a collection of the middle
# generation at every tenth of the young one). The first texts fill the per-word caches (the
# token facts, the match keys), which survive the young collections and were walked again by
# a middle collection in the middle of a rule; with 100, on speed.py's 281 varied texts the
# collector took 0.07-0.10 instead of 0.14-0.15 s CPU in the first pass and 0.21-0.25 instead
# of 0.30 s over five passes in one process (gc.callbacks, session 27); cycles are still collected
GC_MIDDLE = 100
_young_raised = False


def _collect_young_less_often() -> None:
    """Once per process, before the first text: raise the young generation's threshold to
    ``GC_YOUNG`` and the middle one's to at least ``GC_MIDDLE``, unless the process set a higher
    young threshold itself or turned automatic collection off (threshold 0); a higher middle
    threshold of the process stays. The thresholds are the whole process's
    (``gc.set_threshold``): a program that imports duidelijk (a web server) keeps the raised
    thresholds after ``analyse`` returns, for all its own work too. Only once: thresholds the
    program sets later are left alone."""
    global _young_raised
    if not _young_raised:
        _young_raised = True
        import gc

        young, middle, old = gc.get_threshold()
        if 0 < young < GC_YOUNG:
            gc.set_threshold(GC_YOUNG, max(middle, GC_MIDDLE), old)


def _freeze_loaded() -> None:
    """Once per process, after the first text: the pipeline, the word lists and the tables
    loaded for it live as long as the process, so they are moved out of sight of Python's
    cyclic garbage collector (``gc.freeze``). Its full collections then no longer walk those
    hundreds of thousands of objects again and again (they took about a tenth of the time of
    the rules and metrics on varied text)."""
    global _frozen
    if not _frozen:
        _frozen = True
        import gc

        gc.freeze()


def finalise(findings: list[Finding], document: Document) -> list[Finding]:
    """Drop duplicates, map offsets to the source text, add line/column, sort."""
    seen: set[tuple] = set()
    out: list[Finding] = []
    source = document.source_text or ""
    at = breaks = 0  # the line breaks in source[:at]: ``Document.line_col`` counted from there on
    for f in sorted(findings, key=lambda f: (f.start, f.end, f.code)):
        key = (f.code, f.start, f.end)
        if key in seen:
            continue
        seen.add(key)
        masked = document.text[f.start : f.end]
        start, end = f.start, f.end
        f.start, f.end = document.source_span(f.start, f.end)
        f.text = source[f.start : f.end]
        if PLACEHOLDER_MASK in masked and f"'{masked}'" in f.message:
            f.message = _unmasked(f.message, masked, start, end, f.text, document)
        offset = f.start
        if offset >= at:  # (the findings are in order: most start at or after the one before)
            breaks += source.count("\n", at, offset)
            at = offset
            f.line, f.column = breaks + 1, offset - line_start(source, offset) + 1
        else:
            f.line, f.column = document.line_col(offset)
        out.append(f)
    return out


def _unmasked(message: str, masked: str, start: int, end: int, source: str, document: Document) -> str:
    """The message with the quoted span shown as the writer typed it: a placeholder in it as in the
    source ("'zien {reden} aanleiding om'"), not as the mask the rules read ("'zien XXX aanleiding
    om'"). Only where the span's source is the span with its placeholders put back (no markup)."""
    return message.replace(f"'{masked}'", f"'{source}'") if document.written(start, end) == source else message


def apply_suppressions(findings: list[Finding], document: Document, ctx: Context, config: Config,
                       meta: bool = True) -> list[Finding]:
    """Drop findings switched off by 'duidelijk: negeer' comments in the source (see suppress.py);
    with ``meta`` add the findings on those comments (DD900, DD901)."""
    if "duidelijk:" not in (document.source_text or ""):
        return findings
    from duidelijk.suppress import apply

    sentences = [document.source_span(*ctx.bounds(s)) for s in ctx.sentences]
    return apply(findings, document, sentences, config, meta=meta)
