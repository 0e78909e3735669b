"""Rules that visit only the tokens a per-fact column lets through (``metrics.FactColumn``,
``Context.prose_candidates``) find what they find when they visit every token
(``rules.base.PREFILTER = False``), on the example letters and on sentences made to reach
each rule that reads such a column (DD107, DD109, DD110, DD111, DD112, DD113) and DD103's
test for "niet-"."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from duidelijk import metrics
from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.metrics import FactColumn, token_table
from duidelijk.readers import text_document
from duidelijk.rules import base
from duidelijk.rules.jargon import _negation_may

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# pieces that reach the rules with a column: double negations (DD109), role nouns and "men"
# (DD111), "u" next to "je"/"jullie" (DD110), listed and unknown abbreviations and letter
# pairs (DD112, DD113), articles and auxiliaries far from their noun or verb (DD107)
STARTS = ["Wij kunnen niet zeggen dat het onmogelijk is", "Niemand die niet betaalt", "De aanvrager moet",
          "Men moet", "Kunnen jullie", "U kunt i.v.m. de verhuizing z.s.m.", "Het college van B en W wil",
          "De door de gemeenteraad op 12 maart vastgestelde regels", "Wij hebben uw brief van 3 mei",
          "Bij niet-naleving van de regels", "Het niet tijdig betalen van de huur",
          "De WOZ-beschikking en de HGS"]
ENDS = ["geen bezwaar maken.", "de aanvraag ondertekenen.", "je gegevens niet vergeten.",
        "met veel aandacht en zorg door onze medewerkers gelezen en beoordeeld.",
        "nooit onredelijk worden verdeeld.", "uw cliënt informeren.", "de heer Jansen bellen."]
SENTENCES = [f"{a} {b}" for a, b in itertools.product(STARTS, ENDS)]


def _texts() -> list[str]:
    letters = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    # letter-sized texts of the made sentences, in turn, and a few with every piece once
    made = [" ".join(SENTENCES[k::9]) for k in range(9)]
    # an undotted letter pair (DD113) and "men" beside "onze" (DD111's message counts "wij"/"ons"):
    # a review broke each filter in a copy and only these sentences told the two ways apart
    single = ["Wij betalen het bedrag zsm uit.", "Op onze website vindt men meer informatie.",
              # letter pairs with white space between (DD112 reads the words around each "en")
              "Het college van B  en  W besluit. En W is een letter. Zij en B en\nW praten. O en O helpt."]
    return letters + made + single + ["Geachte heer Jansen,\n\n" + " ".join(SENTENCES[:40])]


def _reports(nlp, prefilter: bool, monkeypatch) -> str:
    monkeypatch.setattr(base, "PREFILTER", prefilter)
    config = Config(select=["ALL"])
    out = []
    for report in analyse([text_document(t) for t in _texts()], config, nlp):
        out.append(json.dumps(report.to_dict(), sort_keys=True, default=str))
        out.append(json.dumps(report.sentence_features, sort_keys=True, default=str))
    return "\n".join(out)


def test_rules_find_with_the_prefilter_what_they_find_on_every_token(nlp, monkeypatch):
    with_filter = _reports(nlp, True, monkeypatch)
    without = _reports(nlp, False, monkeypatch)
    assert with_filter == without
    # the texts reach the rules that read a column (else the comparison says little)
    for code in ("DD107", "DD109", "DD110", "DD111", "DD112", "DD113"):
        assert f'"code": "{code}"' in with_filter, code


def test_a_column_holds_the_test_of_each_fact_and_starts_over_for_another_list(nlp):
    doc = nlp("Wij sturen u de brief en de folder. Jullie krijgen de brief ook.")
    table = token_table(doc)
    asked = []

    def test(fact, words):
        asked.append(fact)
        return fact.lower in words

    column = FactColumn(test)
    first, second = {"brief", "u"}, {"folder"}
    assert column.of(table, first).tolist() == [f.lower in first for f in table.facts]
    # every fact of the table asked, each fact once ("de" twice in the text); the column
    # asks the facts made before this table too (made for other texts), each once as well
    assert {id(f) for f in table.facts} <= {id(f) for f in asked}
    assert len(asked) == len({id(f) for f in asked})
    seen = {id(f) for f in asked}
    asked.clear()
    assert column.of(table, first).tolist() == [f.lower in first for f in table.facts]
    assert asked == []  # known: no test asked again
    # a new text: only the facts made since are asked, the known ones not again
    other = token_table(nlp("De brief ligt klaar in het Zwanenburgerpleinkantoor."))
    assert column.of(other, first).tolist() == [f.lower in first for f in other.facts]
    assert "zwanenburgerpleinkantoor" in [f.lower for f in asked]
    assert not seen & {id(f) for f in asked}
    assert {id(f) for f in other.facts} <= seen | {id(f) for f in asked}
    asked.clear()
    assert column.of(table, second).tolist() == [f.lower == "folder" for f in table.facts]  # another list: over
    assert {id(f) for f in table.facts} <= {id(f) for f in asked}


def test_a_column_grows_with_new_facts_and_reads_an_old_table_right(nlp, monkeypatch):
    column = FactColumn(lambda fact, _: fact.lower.startswith("b"))
    first = token_table(nlp("De brief komt morgen."))
    assert column.of(first).tolist() == [f.lower.startswith("b") for f in first.facts]
    # many facts made after the column's arrays: it grows
    words = " ".join(f"bwoord{n} woord{n}" for n in range(1500))
    big = token_table(nlp(words))
    assert column.of(big).tolist() == [f.lower.startswith("b") for f in big.facts]
    # the table of facts starts over: the numbers begin again, a table made before that is
    # still read by its own facts
    monkeypatch.setattr(metrics, "_FACTS_LIMIT", 0)
    new = token_table(nlp("Bel ons of mail ons over de brief."))
    assert first._generation != new._generation
    assert column.of(new).tolist() == [f.lower.startswith("b") for f in new.facts]
    assert column.of(first).tolist() == [f.lower.startswith("b") for f in first.facts]


@pytest.mark.parametrize("present", [
    set(), {"het", "niet"}, {"het"}, {"niet"}, {"niet-naleving"}, {"bij", "niet-tijdige", "betaling"},
    {"nietig"}, {"aniet-x"}, {"x\0niet-y"}, {"\0niet-"}, {"de", "niet", "nieten"}, {"niet-"},
])
def test_the_test_for_niet_is_the_old_one(present):
    old = ("het" in present and "niet" in present) or any(k.startswith("niet-") for k in present)
    assert _negation_may(frozenset(present)) == old


@pytest.mark.parametrize("text, found", [
    ("De door de gemeenteraad op 12 maart vastgestelde regels gelden vanaf 1 april.", True),
    ("Wij hebben uw brief met veel aandacht en zorg door al onze medewerkers laten lezen en beoordeeld.", True),
    ("De nieuwe grijze container staat buiten.", False),
    ("Wij hebben uw brief gelezen.", False),
])
def test_dd107_still_finds_a_tang_and_not_a_short_one(check, text, found):
    assert bool([f for f in check(text).findings if f.code == "DD107"]) == found


def test_a_column_takes_the_truth_value_of_any_answer(nlp):
    """speed25: the answers of a yes-or-no column go to numpy without bool() in between;
    an answer that is no bool counts as bool() says, both ways."""
    table = token_table(nlp("De brief en de folder liggen klaar."))
    answers = {"brief": "brief", "folder": {1}, "de": "", "en": None, "liggen": frozenset(), "klaar": 0}
    column = FactColumn(lambda fact, _: answers.get(fact.lower, ()))
    assert column.of(table).tolist() == [bool(answers.get(f.lower, ())) for f in table.facts]
    assert column.of(table).tolist()[:2] == [False, True]  # "De" no, "brief" yes


def test_a_new_column_reads_an_empty_text_first(nlp):
    """speed25: a column whose first table has no tokens gives an empty answer (its array is
    made all the same), and then the answers of the next text."""
    column = FactColumn(lambda fact, _: fact.lower == "brief")
    assert column.of(token_table(nlp(""))).tolist() == []
    table = token_table(nlp("De brief komt."))
    assert column.of(table).tolist() == [False, True, False, False]
