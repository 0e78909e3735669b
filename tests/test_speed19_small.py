"""The cheap tests per sentence or per paragraph of DD101, DD115 and DD117 (speedW19,
nineteenth session) pass over only what can give no finding: with ``rules.base.PREFILTER``
off (every sentence and paragraph looked at closely, as before) the findings are the same,
and with it on fewer sentences or paragraphs are looked at closely. Own sentences."""

from __future__ import annotations

from pathlib import Path

from duidelijk.analysis import analyse
from duidelijk.config import Config
from duidelijk.metrics import token_table
from duidelijk.readers import text_document
from duidelijk.rules import base, broken, paragraphs, sentence_length

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

LONG_PARAGRAPH = " ".join(
    ["Wij hebben uw brief over de nieuwe stoep in uw straat goed ontvangen en gelezen."] * 9)
LONG_LINES = "\n".join(["Het plan voor de nieuwe stoep in de straat is klaar en ligt bij ons op het"
                        " stadskantoor,"] * 7) + " tot en met vrijdag."
SENTENCES = (
    # DD117: a modal verb without a subject, and a subclause cut off by a full stop
    "Kon uw gegevens niet laden. Moet opnieuw worden aangevraagd. Als de graffiti te lezen is. "
    "Doet het Meldpunt aangifte bij de politie. Kunt u ons bellen? Als u verhuist, meld dat dan.",
    "Omdat de bus niet reed. Kwam de leerling te laat op school. Wij bellen u morgen.",
    # DD101: long sentences with and without a place to split them, a joining word before the verb
    "Na de brief van de gemeente en het formulier van de dienst en de uitleg van de buurman over de "
    "regels kwam er eindelijk een antwoord van de wethouder, en daarna hebben wij de aanvraag nog "
    "een keer gelezen omdat er veel vragen over waren gesteld.",
    "Wij hebben uw aanvraag voor een parkeervergunning ontvangen en wij laten u weten dat wij deze "
    "aanvraag binnen acht weken behandelen, maar als wij meer informatie nodig hebben dan nemen wij "
    "contact met u op.",
    "De brief van de gemeente over de nieuwe regels voor het parkeren in de wijk rond het station "
    "met de uitleg over de kosten en de tijden van de controles.",
    "Wie een vergunning wil hebben voor een terras bij het café aan het plein moet het formulier "
    "invullen en het samen met een tekening van het terras naar de gemeente sturen.",
    # DD115: long by its words, long by its lines only, and short
    LONG_PARAGRAPH,
    LONG_LINES,
    "Een korte alinea.\n\nNog een korte alinea van een paar woorden.",
)


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + list(SENTENCES)


def _findings(nlp, select: list[str], monkeypatch, prefilter: bool, texts=None):
    monkeypatch.setattr(base, "PREFILTER", prefilter)
    config = Config(select=select)
    out = [[(f.code, f.start, f.end, f.severity, f.message, tuple(f.suggestions)) for f in r.findings]
           for r in analyse([text_document(t) for t in texts or _texts()], config, nlp)]
    monkeypatch.setattr(base, "PREFILTER", True)
    return out


def _counted(monkeypatch, module, name: str) -> list:
    calls: list = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_dd117_makes_the_words_only_of_sentences_that_open_with_a_modal_or_subclause_word(nlp, monkeypatch):
    words = _counted(monkeypatch, broken, "_words")
    fast = _findings(nlp, ["DD117"], monkeypatch, True)
    fast_calls = len(words)
    words.clear()
    assert fast == _findings(nlp, ["DD117"], monkeypatch, False)
    found = [f for r in fast for f in r]
    assert len(found) >= 3  # both halves of the rule: "Kon ...", "Als ... Doet", "Omdat ... Kwam"
    assert not any("Als u verhuist" in f[4] for f in found)  # a subclause with its main clause
    # the old way makes the word list of every sentence, the cheap test first of a few
    assert 0 < fast_calls < len(words) / 3


def test_dd115_cuts_only_paragraphs_long_enough_to_be_long_into_parts(nlp, monkeypatch):
    cut = _counted(monkeypatch, paragraphs, "parts")
    fast = _findings(nlp, ["DD115"], monkeypatch, True)
    fast_calls = len(cut)
    cut.clear()
    assert fast == _findings(nlp, ["DD115"], monkeypatch, False)
    found = [f[4] for r in fast for f in r]
    assert any("(135 woorden)" in m for m in found)  # LONG_PARAGRAPH: 9 x 15 words
    assert 0 < fast_calls < len(cut)
    # with lower limits, other paragraphs are long: the same findings both ways as well
    for settings in ({"max_words": 10}, {"max_lines": 1, "line_length": 20}, {"max_words": 0}):
        config = Config.from_dict({"select": ["DD115"], "rules": {"DD115": settings}})
        both = []
        for prefilter in (True, False):
            monkeypatch.setattr(base, "PREFILTER", prefilter)
            both.append([[(f.start, f.end, f.message) for f in r.findings]
                         for r in analyse([text_document(t) for t in _texts()], config, nlp)])
        assert both[0] == both[1]
        assert sum(map(len, both[0])) > len(found)


def test_dd101_looks_for_a_split_point_only_after_the_first_finite_verb(nlp, monkeypatch):
    asked = _counted(monkeypatch, sentence_length, "_in_main_clause")
    fast = _findings(nlp, ["DD101"], monkeypatch, True)
    fast_calls = len(asked)
    asked.clear()
    assert fast == _findings(nlp, ["DD101"], monkeypatch, False)
    found = [f[4] for r in fast for f in r]
    assert any("bijvoorbeeld bij 'en' na 'wethouder'" in m for m in found)
    assert any(m.endswith("Maak er twee of meer korte zinnen van.") for m in found)  # nowhere to split
    # "en" before the first finite verb ("Na de brief ... en het formulier ... kwam"): the old
    # way asked about it, the new one passes over it
    assert fast_calls < len(asked)


NOMINAL = (
    "Het indienen van een bezwaar kan tot zes weken na de datum van het besluit. Wij nemen uw "
    "aanvraag in behandeling. Na het betalen, van de kosten krijgt u bericht.",
    "Het huis van de buren is groot. Het, zoals gezegd, indienen van bezwaar kan. Het indienen, van bezwaar.",
    "Wij gaan daarna tot betaling over. De controle vindt volgende week plaats. Wij geven uw brief door.",
    "Hij doet aangifte bij de politie. Wij voeren een controle uit op het terrein. Zij komen morgen terug.",
    "Bij het aanvragen van een vergunning stelt u ons op de hoogte. Het leven van de buurt is rustig. Het",
)


def test_dd106_finds_het_van_and_the_light_verbs_per_doc_as_per_sentence(nlp, monkeypatch):
    """DD106 finds the places of "het + word in -en + van" and of the light verbs once per Doc
    (``_het_van_places``, ``_light_verb_places``), each sentence its own by bisection: the
    same answer of ``_may_match`` as the test per sentence, and the same findings with the
    prefilter off."""
    from bisect import bisect_left

    from duidelijk.phrases import doc_keys, span_keys
    from duidelijk.rules import nominalisation as nm

    texts = _texts() + list(NOMINAL)
    fast = _findings(nlp, ["DD106"], monkeypatch, True, texts)
    assert fast == _findings(nlp, ["DD106"], monkeypatch, False, texts)
    found = [f[4] for r in fast for f in r]
    assert any("'het indienen van'" in m for m in found) and any("'betaling' met 'gaan over'" in m for m in found)
    answers = []
    for text in texts:
        doc = nlp(text)
        table = token_table(doc)
        skipped = table.punct_or_space()
        keys_of = doc_keys(doc)
        heads = nm.light_particle_heads(table, doc.vocab.strings["compound:prt"])
        verbs = nm._VERB_OR_PARTICLE.of(table).nonzero()[0].tolist()
        places = nm._het_van_places(table, skipped, doc.vocab.strings["het"])
        light = nm._light_verb_places(verbs, table.facts, keys_of, heads)
        for s in doc.sents:
            present = span_keys(doc, s.start, s.end)
            here = any(s.start <= a and c < s.end for a, c in places)
            assert (here and "het" in present and "van" in present) == nm.het_van_may(
                present, range(s.start, s.end), table.facts, skipped)
            args = (range(s.start, s.end), table.facts, keys_of, nm.expressions_by_word(), heads, skipped,
                    present, verbs[bisect_left(verbs, s.start):bisect_left(verbs, s.end)])
            light_here = any(s.start <= i < s.end for i in light)
            may = nm._may_match(*args)
            assert nm._may_match(*args, here, light_here) == may
            answers.append((may, here, light_here))
    assert any(a[0] for a in answers) and not all(a[0] for a in answers)
    assert any(a[1] for a in answers) and any(a[2] for a in answers)
    assert any(a[0] and not a[1] and not a[2] for a in answers)  # an expression ("in behandeling nemen")


def test_dd106_het_van_needs_the_three_words_together():
    """``_het_van_places`` on made-up sentences: "het indienen van" counts, punctuation between
    the words is passed over, "het huis van" (no -en) and "het" last in the text do not."""
    import spacy

    from duidelijk.rules import nominalisation as nm

    blank = spacy.blank("nl")
    doc = blank("Het indienen van bezwaar. Het huis van hem. Het , betalen van kosten. Het")
    table = token_table(doc)
    places = nm._het_van_places(table, table.punct_or_space(), doc.vocab.strings["het"])
    assert [(doc[a].text, doc[c].text, a, c) for a, c in places] == [("Het", "van", 0, 2), ("Het", "van", 10, 13)]


VAGUE = (
    "Stuur het formulier zo snel mogelijk terug. U moet binnenkort betalen.",
    "Wij lossen dit zo snel mogelijk op. De boer moet na verloop van tijd verhuizen.",
    "Wij sturen u een brief over uw aanvraag. U krijgt daarin het besluit.",
)


def test_dd114_passes_over_a_text_whose_words_can_make_no_vague_expression(nlp, monkeypatch):
    """DD114 first asks the vague list about the match keys of the whole Doc: a text without
    the words of any vague expression is passed over at once (most texts); the findings are
    the same as with the test per sentence only (``rules.base.PREFILTER`` off)."""
    from duidelijk.rules import vague

    texts = _texts() + list(VAGUE)
    asked = _counted(monkeypatch, vague, "vague_matches")
    fast = _findings(nlp, ["DD114"], monkeypatch, True, texts)
    fast_calls = len(asked)
    asked.clear()
    assert fast == _findings(nlp, ["DD114"], monkeypatch, False, texts)
    found = [f[4] for r in fast for f in r]
    assert any("'zo snel mogelijk' is vaag" in m for m in found)
    assert not fast[-1]  # no vague words in the last text: nothing found, nothing asked
    assert 0 < fast_calls < len(asked)
