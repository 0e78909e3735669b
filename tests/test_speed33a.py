"""Speed33a's change to DD104's first sight of a word gives the answers of the old way (the old
function copied here as the reference).

- ``list_verb_form`` asks the verbs a noun's spelling may come from only for a noun that ends in
  "t": a "hij" form always does (``verbs.t_form``), and only a "hij" form of a B1 verb frees a
  noun that is not shaped as a participle. Most words DD104 judges for the first time are such
  nouns ("meldformulier", "inlogfunctie"): their verbs were spelled and looked up for nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import codes
from duidelijk import dictionary, verbs
from duidelijk.rules import difficult_words
from duidelijk.rules.difficult_words import b1_nouns, b1_safe, list_verb_form, safe_word

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))


def _old_list_verb_form(low: str, pos: str, safe) -> bool:
    """``list_verb_form`` before speed33a (the reference): the verbs of a noun's spelling
    looked up whatever its last letter."""
    if pos not in ("VERB", "ADJ", "NOUN"):
        return False
    forms = {f for f in {low, low.removesuffix("e")} if difficult_words._participle_shape(f)}
    if pos == "VERB":
        forms.add(low)
    nouns = b1_nouns()

    def listed(verb: str) -> bool:
        return verb in safe and safe_word(low, verb, safe) and verb not in nouns

    among = dictionary.verb_lemmas_among
    if any(listed(v) for form in forms for v in among(form, safe)):
        return True
    return pos == "NOUN" and any(listed(v) and verbs.regular_third_person(v) == low for v in among(low, safe))


def _probe_words(nlp) -> list[str]:
    """Every word of the example letters, every form of the B1 list's verbs (the "hij" form
    among them: "herstart", "inlogt", "antwoordt"), and new compounds written for this test."""
    words = {t.lower_ for path in EXAMPLES for t in nlp(path.read_text(encoding="utf-8")) if t.is_alpha}
    safe = b1_safe()
    for verb in sorted(v for v in safe if v.endswith("en") and len(v) > 4):
        words |= {f.lower() for f in verbs.verb_forms(verb)}
        words.add(verbs.regular_third_person(verb))
    words |= {"meldformulier", "inlogfunctie", "herstart", "inlogt", "uitgeprint", "uitgeprinte", "wachtwoord",
              "aanmeldt", "printbeurt", "opstart", "kaart", "uitgelogd", "gescrold", "ingekomen"}
    return sorted(words)


def test_list_verb_form_as_before_on_many_words(nlp):
    """The same answer as the old function for every probe word as a noun, a verb, an adjective
    and an adverb; the probes hold nouns it frees (the "hij" forms of B1 verbs) and nouns in
    "t" it does not free."""
    safe = b1_safe()
    freed_nouns = kept_t_nouns = 0
    for low in _probe_words(nlp):
        for pos in ("NOUN", "VERB", "ADJ", "ADV"):
            new = list_verb_form(low, pos, safe)
            assert new == _old_list_verb_form(low, pos, safe), (low, pos)
            if pos == "NOUN" and low.endswith("t") and not difficult_words._participle_shape(low):
                freed_nouns += new
                kept_t_nouns += not new
    assert freed_nouns > 50 and kept_t_nouns > 50


def test_a_noun_without_t_spells_no_verbs(monkeypatch):
    """A noun that ends in another letter and is not shaped as a participle asks no verbs at
    all; one in "t" still does, and the "hij" form of a B1 verb is freed."""
    asked: list[str] = []
    real = dictionary.verb_lemmas_among

    def spy(form, words):
        asked.append(form)
        return real(form, words)

    monkeypatch.setattr(dictionary, "verb_lemmas_among", spy)
    safe = b1_safe()
    for low in ("meldformulier", "inlogfunctie", "printbeurten", "aanvraag"):
        assert not list_verb_form(low, "NOUN", safe)
    assert asked == []
    assert list_verb_form("herstart", "NOUN", safe) and asked == ["herstart"]
    assert not list_verb_form("printbeurt", "NOUN", safe)


@pytest.mark.parametrize("text, word, hard", [
    # a "hij" form of a B1 verb that the tagger may call a noun: never a hard word
    ("De computer herstart vanzelf.", "herstart", False),
    ("De app start opnieuw op als u inlogt.", "inlogt", False),
    # a new compound in no list: still judged as before
    ("Vul het meldformulier in.", "meldformulier", None),
    ("Het aanmeldingsformulier staat online.", "aanmeldingsformulier", None),
])
def test_findings_both_ways(check, text, word, hard):
    found = [x.text for x in codes(check(text, select="DD104"), "DD104")]
    if hard is False:
        assert word not in found
    else:
        # the same finding as the old function gives: the old one put in its place
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(difficult_words, "list_verb_form", _old_list_verb_form)
            difficult_words._verdicts.clear()
            old = [x.text for x in codes(check(text, select="DD104"), "DD104")]
        difficult_words._verdicts.clear()
        assert found == old
