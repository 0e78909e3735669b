"""The rule API: every rule is a small class that registers itself.

A rule gets a ``Context`` (the parsed spaCy ``Doc``, the ``Document`` with its blocks, the
settings) and yields ``Finding`` objects. It does not parse, read files or format output.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from duidelijk.findings import CATEGORIES, Finding, Severity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from duidelijk.config import Config
    from duidelijk.document import Block, Document

REGISTRY: dict[str, type["Rule"]] = {}

#: rules visit only the tokens that a per-fact column (``metrics.FactColumn``) lets through
#: (``Context.prose_candidates``, ``Context.candidates``); False: every token, as the tests compare
PREFILTER = True

POSTCODE_DIGITS = re.compile(r"[1-9][0-9]{3}")
WORD_RE = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class RuleDoc:
    """One screen of documentation, in plain Dutch (see docs/rules.md)."""

    what: str  # Wat het controleert
    why: str  # Waarom
    source: str  # Bron (name and link)
    bad: str  # Voorbeeld
    good: str  # Beter
    exceptions: str = ""  # Uitzonderingen


def register(cls: type["Rule"]) -> type["Rule"]:
    if cls.code in REGISTRY:
        raise ValueError(f"duplicate rule code {cls.code}")
    if cls.category not in CATEGORIES:
        raise ValueError(f"unknown category {cls.category} for {cls.code}")
    REGISTRY[cls.code] = cls
    return cls


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    settings: ClassVar[dict[str, Any]] = {}
    #: number settings that must be at least 1 (a divisor, a length): the settings check refuses 0
    positive_settings: ClassVar[frozenset[str]] = frozenset()
    doc: ClassVar[RuleDoc]
    #: runs after the other rules and reads their findings in ``ctx.shared["findings"]``
    reads_findings: ClassVar[bool] = False
    #: on without any setting; a rule with ``default = False`` runs only when it is chosen
    #: (``select``, ``extend-select``, ``select = ["ALL"]``), like ruff's default rule set
    default: ClassVar[bool] = True

    def __init__(self, options: dict[str, Any] | None = None, severity: Severity | None = None):
        self.options = {**self.settings, **(options or {})}
        self.level = severity or self.severity

    @classmethod
    def options_in(cls, config: "Config") -> dict[str, Any]:
        """The rule's settings as ``config`` sets them: the defaults (``settings``) with the
        user's own over them, what ``self.options`` holds on a rule made from that config. For
        code that reads another rule's setting without an instance ("max_verb_gap" of DD107)."""
        return {**cls.settings, **config.options_for(cls.code)}

    def check(self, ctx: "Context") -> Iterator[Finding]:  # pragma: no cover - interface
        raise NotImplementedError

    def finding(
        self,
        ctx: "Context",
        start: int,
        end: int,
        message: str,
        suggestions: list[str] | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        return Finding(
            code=self.code,
            rule=self.name,
            category=self.category,
            severity=severity or self.level,
            message=message,
            start=start,
            end=end,
            text=ctx.text[start:end],
            suggestions=list(suggestions or []),
        )

    def span_finding(self, ctx: "Context", span: "Span | Token", message: str, **kw) -> Finding:
        if hasattr(span, "start_char"):
            start, end = span.start_char, span.end_char
        else:
            start, end = span.idx, span.idx + len(span)
        return self.finding(ctx, start, end, message, **kw)


#: key in ``Context.shared``: the ids of the findings a shown rule made only for the score
#: (DD103's mild words with the setting 'mild' off). ``analysis.run_rules`` puts them with
#: the hidden findings, so the score of a text does not change with that setting either.
SCORE_ONLY = "score_only"


@dataclass
class Context:
    """Everything a rule may read: parsed text, document structure and settings."""

    doc: "Doc"
    document: "Document"
    config: "Config"
    shared: dict = field(default_factory=dict)
    _word_lists: dict = field(default_factory=dict, init=False, repr=False)  # (start, end) -> words

    @cached_property
    def text(self) -> str:
        return self.doc.text  # spaCy rebuilds this from every token on each call

    @cached_property
    def sentences(self) -> list["Span"]:
        return list(self.doc.sents)

    @cached_property
    def prose_sentences(self) -> list["Span"]:
        """Sentences that lie in prose blocks (not an address, salutation or signature)."""
        out = []
        for sent in self.sentences:
            block = self.document.block_at(sent.start_char)
            if block is None or block.is_prose:
                out.append(sent)
        return out

    @cached_property
    def prose_mask(self):
        """Per token of the Doc, as a numpy array: does it lie in one of ``prose_sentences``?"""
        import numpy

        mask = numpy.zeros(len(self.doc), dtype=bool)
        for sent in self.prose_sentences:
            mask[sent.start : sent.end] = True
        return mask

    def prose_candidates(self, mask) -> list[int]:
        """The indexes of the tokens in prose sentences where ``mask`` (a numpy array of
        booleans per token: ``metrics.FactColumn.of``) says yes, in order: the tokens a rule
        that reads only prose needs to visit. (``ndarray.nonzero`` rather than
        ``numpy.flatnonzero``: the same indexes of a 1-D array, without two layers of numpy's
        Python wrappers, about 1 us a call; rules ask some 2,000 times a pass.)"""
        if not PREFILTER:
            return self.prose_mask.nonzero()[0].tolist()
        return (mask & self.prose_mask).nonzero()[0].tolist()

    def candidates(self, mask) -> list[int]:
        """``prose_candidates`` for a rule that reads every token, prose or not."""
        if not PREFILTER:
            return list(range(len(self.doc)))
        return mask.nonzero()[0].tolist()

    def by_prose_sentence(self, indexes: list[int]) -> list[tuple["Span", list[int]]]:
        """The prose sentences that hold some of ``indexes`` (in order, each in a prose
        sentence: ``prose_candidates``), each with those indexes, in order."""
        out: list[tuple[Span, list[int]]] = []
        if not indexes:
            return out
        sents = self.prose_sentences
        starts = self._prose_starts
        for i in indexes:
            sent = sents[bisect.bisect_right(starts, i) - 1]
            if out and out[-1][0] is sent:
                out[-1][1].append(i)
            else:
                out.append((sent, [i]))
        return out

    @cached_property
    def _prose_starts(self) -> list[int]:
        return [sent.start for sent in self.prose_sentences]

    @cached_property
    def _prose_index(self) -> tuple[list[int], list["Block"]]:
        blocks = sorted(self.document.blocks, key=lambda b: b.start)
        return [b.start for b in blocks], blocks

    def in_prose(self, offset: int) -> bool:
        """True when ``offset`` lies in a prose block (or in no block at all)."""
        starts, blocks = self._prose_index
        i = bisect.bisect_right(starts, offset) - 1
        return i < 0 or not (blocks[i].start <= offset < blocks[i].end) or blocks[i].is_prose

    def prose_words(self, span: "Span") -> list["Token"]:
        """The words of a span that lie in prose: the one word count of duidelijk."""
        key = ("prose", span.start, span.end)
        found = self._word_lists.get(key)
        if found is None:
            found = self._word_lists[key] = [t for t in self.words(span) if self.in_prose(t.idx)]
        return list(found)

    @cached_property
    def prose_word_count(self) -> int:
        """Words in running text: what the summary, DD116, the web page and the dashboard count."""
        return sum(len(self.prose_words(s)) for s in self.prose_sentences)

    def bounds(self, span: "Span") -> tuple[int, int]:
        """Character offsets of a span without surrounding whitespace tokens."""
        tokens = [t for t in span if not t.is_space]
        if not tokens:
            return span.start_char, span.start_char
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])

    def is_placeholder(self, token: "Token") -> bool:
        if not self.document.placeholders:
            return False  # most texts: no need to look
        return self.document.is_placeholder(token.idx, token.idx + len(token))

    @staticmethod
    def is_postcode_letters(token: "Token") -> bool:
        """The two letters of a Dutch postcode: "AC" in "7500 AC", "JE" in "2509 JE"."""
        return (
            len(token.text) == 2
            and token.text.isalpha()
            and token.text.isupper()
            and token.i > 0
            and POSTCODE_DIGITS.fullmatch(token.nbor(-1).text) is not None
        )

    def is_word(self, token: "Token") -> bool:
        return not token.is_punct and not token.is_space and bool(WORD_RE.search(token.text))

    def words(self, span: "Span") -> list["Token"]:
        """The words of a span (placeholders count as words), worked out once per span:
        the rules and the metrics ask for the same sentences."""
        key = (span.start, span.end)
        found = self._word_lists.get(key)
        if found is None:
            found = self._word_lists[key] = [t for t in span if self.is_word(t) or self.is_placeholder(t)]
        return list(found)

    def accepted(self, word: str) -> bool:
        return word.lower() in self.config.accept_lower
