"""Findings: the plain data that rules produce and formatters translate."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from typing import ClassVar


class Severity(str, Enum):
    SUGGESTION = "suggestion"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        # _value_, not value: an Enum member's value is a property (the grouping asks the
        # rank of every finding: 0.5 -> 0.1 us a call)
        return _RANKS[self._value_]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls(value)
        except ValueError:
            raise ValueError(f"onbekend niveau: {value!r} (kies uit suggestion, warning, error)") from None


_RANKS = {"suggestion": 1, "warning": 2, "error": 3}

CATEGORIES = (
    "sentence-length",
    "passive",
    "jargon",
    "difficult-word",
    "long-word",
    "nominalisation",
    "tang",
    "lead-in",
    "negation",
    "address",
    "abbreviation",
    "vague",
    "paragraph",
    "structure",
    "broken-sentence",
    "reference",
    "slip",
)


@dataclass
class Finding:
    code: str
    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    text: str = ""
    suggestions: list[str] = field(default_factory=list)
    line: int = 0
    column: int = 0
    group: int = 0  # identical findings of one text share a group (duidelijk.grouping); 0 = none
    # a tip for a word most readers know (DD103's setting 'mild'): the B1 verdict leaves it
    # out, whatever its severity. Set on the finding itself, not a field: not in the output
    mild: ClassVar[bool] = False
    # a finding the difficulty score does not count (DD107's short clause in disguise, whose
    # weight the editors' pairs cannot show: see docs/judged.md, fourteenth session). Set on
    # the finding itself, like ``mild``
    scored: ClassVar[bool] = True
    # DD104: the hard part of a compound and the word's lemma ("prothese", "armprothese"):
    # later findings on the same part are left out after the suppressions
    # (``difficult_words.once_per_obstacle``). Set on the finding itself, like ``mild``
    obstacle: ClassVar[frozenset] = frozenset()

    def to_dict(self) -> dict:
        suggestions = self.suggestions
        if type(suggestions) is list and all(type(s) is str for s in suggestions):
            # the same dict as asdict() (which copies every value one by one, about 15 times slower)
            data = {name: getattr(self, name) for name in _field_names(type(self))}
            data["suggestions"] = list(suggestions)
        else:
            data = asdict(self)
        data["severity"] = self.severity.value
        return data


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names
