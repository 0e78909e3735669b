"""speed44 (issue 14, forty-fourth session): DD106 asks ``act_verb`` only about the tokens with a
phrase on them.

``Nominalisation._findings`` used to work out ``_act_noun`` (``act_verb`` of the lemma: the verb
of a noun of action, first time per lemma) for every token fact of the text through a
``FactColumn``, and then keep the nouns with a phrase on them (``_act_nouns_with_phrase``). It
now finds those tokens first (``_phrase_heads``: an "nmod" child after it, "verdere"/"nadere"
as "amod", "door" right after it) and asks ``_act_noun`` only about them. The two orders must
give the same tokens in the same order, and so the same findings and scores.
"""

from __future__ import annotations

import pytest

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.metrics import token_table
from duidelijk.readers import text_document
from duidelijk.rules import nominalisation
from duidelijk.rules.nominalisation import _act_noun, _phrase_heads

SENTENCES = [
    # nouns of action with what is done ("van") and who does it ("door")
    "De behandeling van uw aanvraag door de gemeente duurt zes weken.",
    "Na de beoordeling van het plan door de commissie krijgt u bericht.",
    "De inzet van camera's door de politie is tijdelijk.",
    "De selectie van de kandidaten gebeurt door een commissie.",
    # "door" right after the noun, or "verdere"/"nadere" on it
    "De controle door de inspecteur vindt in mei plaats.",
    "Wij sturen het formulier ter verdere behandeling door.",
    "Het dossier gaat voor nadere beoordeling naar de jurist.",
    # nouns of action without a phrase on them: nothing for action_noun
    "Uw aanvraag is in behandeling.",
    "U krijgt een uitnodiging.",
    "De vergadering begint om acht uur.",
    # nouns with a phrase that are no noun of action
    "De woning van mijn buren staat leeg.",
    "Het huis van de familie is verkocht door de makelaar.",
    "De sleutel van de fietsenstalling ligt bij de balie.",
    # no noun at all with a phrase; "door" after a verb or at the end
    "Wij lopen door.",
    "Ik word morgen 40.",
    "Hij ging er gisteren door.",
]


def _act_nouns_with_phrase(table, act_at: list[int], strings) -> list[int]:
    """Of the nouns of action ``act_at`` (``_act_noun``: mostly in -ing), those that ``action_noun`` or
    ``further_action`` can take by the words the parse hangs on them: ``action_noun`` needs a
    phrase after the noun ("nmod": "de behandeling van uw aanvraag", "door medewerkers"),
    ``further_action`` the adjective "verdere" or "nadere" ("amod": "voor verdere
    beoordeling"). Both give None for the others ("Uw aanvraag is in behandeling", "de
    uitnodiging"), a third of the nouns in -ing on varied text, so ``_findings`` makes no
    Token for them and leaves a sentence with nothing else alone. This was DD106's own step
    before speed44; it stays here as the reference ``_phrase_heads`` must agree with
    (``_findings`` now asks ``_phrase_heads`` first and ``_act_noun`` after)."""
    if not act_at:
        return act_at
    nmod, amod = strings["nmod"], strings["amod"]
    deps, facts = table.deps, table.facts
    # (or "door" right after the noun: a person who acts, which the parse may hang on the verb:
    # ``_door_after``)
    last = len(facts) - 1
    return [i for i in act_at if (i < last and facts[i + 1].lower == "door") or any(
        (deps[j] == nmod and j > i) or (deps[j] == amod and facts[j].lower in nominalisation.FURTHER) for j in table.children(i))]


def _act_at_before(table, strings) -> list[int]:
    """The nouns of action with a phrase as ``_findings`` found them before speed44: every
    token fact asked, then the phrase test."""
    act = [i for i, fact in enumerate(table.facts) if _act_noun(fact, None)]
    return _act_nouns_with_phrase(table, act, strings)


def _act_at_now(table, strings) -> list[int]:
    return [i for i in _phrase_heads(table, strings) if _act_noun(table.facts[i], None)]


def test_phrase_heads_first_gives_the_same_nouns_of_action(nlp):
    kept = left = 0
    for text in SENTENCES:
        doc = nlp(text)
        table = token_table(doc)
        before, now = _act_at_before(table, doc.vocab.strings), _act_at_now(table, doc.vocab.strings)
        assert now == before, text
        kept += len(now)
        left += sum(1 for i, fact in enumerate(table.facts) if _act_noun(fact, None) and i not in now)
    assert kept >= 5 and left >= 2  # both kinds are there: nouns of action taken and left out


def test_phrase_heads_are_the_tokens_with_the_phrase(nlp):
    def heads(text):
        doc = nlp(text)
        return [doc[i].text for i in _phrase_heads(token_table(doc), doc.vocab.strings)]

    # positive: the noun with "van ..." after it, "door" right after it, "verdere" on it
    assert "behandeling" in heads("De behandeling van uw aanvraag duurt zes weken.")
    assert "controle" in heads("De controle door de inspecteur vindt in mei plaats.")
    assert "behandeling" in heads("Wij sturen het formulier ter verdere behandeling door.")
    # negative: a noun without a phrase; "door" as a particle at the end has no token before
    # it that is a noun of action ("lopen" is the verb, and no noun of action)
    assert "behandeling" not in heads("Uw aanvraag is in behandeling.")
    assert "uitnodiging" not in heads("U krijgt een uitnodiging.")
    doc = nlp("Wij lopen door.")
    assert _act_at_now(token_table(doc), doc.vocab.strings) == []
    # the phrase before the noun does not count ("nmod" only after it)
    doc = nlp("Van uw aanvraag is de behandeling gestart.")
    table = token_table(doc)
    assert _act_at_now(table, doc.vocab.strings) == _act_at_before(table, doc.vocab.strings)


def test_act_verb_is_asked_only_about_nouns_with_a_phrase(nlp, monkeypatch):
    asked = []
    original = nominalisation._act_noun

    def counted(fact, source):
        asked.append(fact.lower)
        return original(fact, source)

    monkeypatch.setattr(nominalisation, "_act_noun", counted)
    texts = ["U krijgt morgen een uitnodiging. De woning staat leeg.",
             "De behandeling van uw aanvraag duurt zes weken."]
    list(analyse([text_document(t) for t in texts], Config.from_dict({"select": ["DD106"]}), nlp))
    assert "uitnodiging" not in asked and "woning" not in asked  # no phrase on them
    assert "behandeling" in asked  # "van uw aanvraag" after it


def _reports(nlp, texts, settings):
    config = Config.from_dict(settings)
    docs = [text_document(t, None, config.placeholders) for t in texts]
    return [([(f.code, f.start, f.end, f.severity, f.message) for f in r.findings], r.metrics,
             [s["difficulty"] for s in r.sentences]) for r in analyse(docs, config, nlp)]


@pytest.mark.parametrize("settings", [{}, {"select": ["DD106"]}, {"select": ["DD118"]}])
def test_findings_and_scores_as_with_every_token_asked(nlp, monkeypatch, settings):
    """With every token a possible head of a phrase (every noun of action asked, as before),
    the findings (shown, and the hidden ones the score counts) and the scores are the same."""
    texts = [" ".join(SENTENCES[:8]), " ".join(SENTENCES[8:])]
    fast = _reports(nlp, texts, settings)
    monkeypatch.setattr(nominalisation, "_phrase_heads", lambda table, strings: list(range(len(table.facts))))
    assert fast == _reports(nlp, texts, settings)
    if settings.get("select") == ["DD106"]:
        messages = [f[4] for report, _, _ in fast for f in report]
        assert any("behandelen" in m for m in messages)


def _plain_verb_before(noun: str):
    """``nominalisation._plain_verb`` as it was before speed44 (a participle made for every
    spelling of a verb, also those no text uses), for a noun that is no -ing, -tie or -sie."""
    from duidelijk.dictionary import PREFIXES, exists
    from duidelijk.lexicon import zipf
    from duidelijk.verbs import _infinitives, past_participle

    if not any(noun.startswith(p) and len(noun) >= len(p) + 3 for p in PREFIXES):
        return None
    for verb in sorted(_infinitives(noun), key=zipf, reverse=True):
        participle = past_participle(verb)
        if zipf(verb) >= 3.0 and exists(verb) and participle != noun and zipf(participle) >= 2.5 \
                and nominalisation._a_verb(verb):
            return verb
    return None


def test_plain_verb_stops_at_the_first_rare_spelling_with_the_same_answer():
    # nouns that are a verb's stem with a particle or prefix (a verb found), and nouns with a
    # prefix whose spellings make no common verb (none found)
    with_verb = {"inzet": "inzetten", "gebruik": "gebruiken", "aankoop": "aankopen", "verzoek": "verzoeken"}
    for noun, verb in with_verb.items():
        assert nominalisation._plain_verb(noun) == verb == _plain_verb_before(noun), noun
    for noun in ["bedrijf", "verhaal", "aandeel", "onderwerp", "gedrag", "overleg", "verschil", "besluit",
                 "toestand", "uitslag", "afval", "opbouw", "ontwerp", "vervoer", "aanbod", "beslag"]:
        assert nominalisation._plain_verb(noun) == _plain_verb_before(noun), noun
    assert nominalisation._plain_verb("huis") is None  # no prefix: no verb in disguise
