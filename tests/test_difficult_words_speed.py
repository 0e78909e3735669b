"""DD104's quicker ways give the answers of the long ways, on real letters.

``word_score`` passes over a fairly familiar word that is not formal by the lower bound of its
familiarity without compound parts (``FLOOR_SHORTCUT``), compared with the long way on every
word of the example letters and on sentences made to reach each branch; ``in_name`` reads the
token table instead of Token objects.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED

from duidelijk.metrics import token_table
from duidelijk.rules import difficult_words
from duidelijk.rules.difficult_words import CONTENT_POS, DifficultWord, in_name

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SENTENCES = (
    "De Adviesraad naamgeving openbare ruimten geeft advies. De Wet maatschappelijke ondersteuning helpt.",
    "Wet kenbaarheid publiekrechtelijke beperkingen geldt ook. Besluit ontheffing voor uw bedrijf.",
    "Het Team handhaving komt langs. De afdeling Vergunningen en de Directie stedelijke ontwikkeling.",
    "Wij implementeren de consequentie structureel. Destijds was het desondanks anders.",
    "Het college heeft de zienswijze derhalve nagenoeg ongewijzigd overgenomen. De context is onduidelijk.",
    "Een verkennende fase volgt. De resterende termijn loopt. Het kwartier duurt lang. De reparatie is klaar.",
    "De tuintjes en de sterretjes zijn mooi. De voorzitster en de zangeres praten. Oliën en zeeën.",
    "De achtergevel en de zijdeur zijn oud. Het is serieuzer en grootste. Dat is onpopulair en eetbaar.",
    "De verstrekking en de vaststelling van de uitkeringsspecificatie volgen. Wij hervatten de voortzetting.",
    "Wij hebben het bedrag gesaldeerd. De wijzingen gelden per direct. De gladheid en de gesteldheid zijn slecht.",
    "Gistermiddag was het daaruit onderaan. Het infrastructuur project en het traject lopen.",
)


def _docs(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + list(SENTENCES)
    return list(nlp.pipe(texts))


def _rule(settings: dict) -> DifficultWord:
    rule = DifficultWord()
    rule.options = {**DifficultWord.settings, **settings}
    return rule


@pytest.mark.parametrize("settings", [
    {},
    {"spoken_gap_weight": 0.0},
    {"spoken_common": False, "latinate_nouns": False},
    {"min_zipf": 4.0, "formal_adverbs": False, "participle_adjectives": False},
    {"spoken_gap_weight": 2.0, "spoken_gap_free": 0.2},
])
def test_floor_shortcut_gives_the_verdicts_of_the_long_way(nlp, monkeypatch, settings):
    words = sorted({(t.lower_, t.lemma_, t.pos_) for doc in _docs(nlp) for t in doc
                    if t.is_alpha and t.pos_ in CONTENT_POS and len(t.text) >= 4})
    words += [("structureel", "structureel", "ADJ"), ("kwartier", "kwartier", "NOUN"),
              ("context", "context", "NOUN"), ("tevens", "tevens", "ADV"), ("woonachtig", "woonachtig", "ADJ")]
    rule = _rule(settings)
    calls = []
    derived = difficult_words.derived_familiarity
    monkeypatch.setattr(difficult_words, "derived_familiarity", lambda *a: calls.append(a) or derived(*a))
    for long_words in (None, 15):
        quick = [rule.word_score(*w, long_words) for w in words]
        quick_calls = len(calls)
        monkeypatch.setattr(difficult_words, "FLOOR_SHORTCUT", False)
        slow = [rule.word_score(*w, long_words) for w in words]
        monkeypatch.setattr(difficult_words, "FLOOR_SHORTCUT", True)
        assert quick == slow
        assert any(s is not None for s in slow) and any(s is None for s in slow)
        # the shortcut passes over words the long way asks about (so the comparison means something)
        assert quick_calls < len(calls) - quick_calls
        calls.clear()


@pytest.mark.parametrize("text, names", [
    # a name head inside the sentence, or ending a word ("Adviesraad"), with at most three
    # lower-case words after it
    ("De Adviesraad naamgeving openbare ruimten geeft advies.", ["naamgeving", "openbare", "ruimten"]),
    ("De Wet maatschappelijke ondersteuning helpt.", ["maatschappelijke", "ondersteuning"]),
    ("Het Team handhaving komt langs.", ["handhaving"]),
    ("De afdeling Vergunningen en de Directie stedelijke ontwikkeling.", ["stedelijke", "ontwikkeling"]),
    # the first word of a sentence: a name head with a finite verb after the name
    ("Wet kenbaarheid publiekrechtelijke beperkingen geldt ook.", ["kenbaarheid", "publiekrechtelijke", "beperkingen"]),
    # no name: a subject line without a finite verb, a head in lower case, no name head
    ("Besluit ontheffing voor uw bedrijf.", []),
    ("De raad naamgeving geeft advies.", []),
    ("Wij implementeren de consequentie structureel.", []),
])
def test_in_name_finds_the_words_of_a_name(nlp, text, names):
    """``in_name`` reads the token table, the table made for the Doc when none is given."""
    doc = nlp(text)
    assert [t.text for t in doc if in_name(t)] == names
    assert [t.text for t in doc if in_name(t, token_table(doc))] == names


def test_in_name_examples(nlp):
    doc = nlp("De Adviesraad naamgeving openbare ruimten geeft advies. De raad naamgeving geeft advies.")
    table = token_table(doc)
    names = [t.text for t in doc if in_name(t, table)]
    assert names == ["naamgeving", "openbare", "ruimten"]  # after "Adviesraad", not after "raad"


@pytest.mark.parametrize("word, asked", [
    # common (Zipf 4.5-5.2), neither formal nor a Latin noun: no penalty can make it hard
    (("keuken", "keuken", "NOUN"), False),
    (("brief", "brief", "NOUN"), False),
    # formal by its class or ending, a Latin noun, or less common: the long way
    (("tevens", "tevens", "ADV"), True),
    (("situatie", "situatie", "NOUN"), True),
    (("context", "context", "NOUN"), True),
    (("woonachtig", "woonachtig", "ADJ"), True),
])
def test_common_plain_word_needs_no_spoken_frequency(monkeypatch, word, asked):
    """A common word that is not formal passes without its spoken frequency or lemma sum,
    with the verdict of the long way."""
    rule = _rule({})
    calls = []
    penalty = difficult_words.spoken_penalty
    monkeypatch.setattr(difficult_words, "spoken_penalty", lambda *a: calls.append(a) or penalty(*a))
    quick = rule.word_score(*word, None)
    assert bool(calls) is asked
    monkeypatch.setattr(difficult_words, "FLOOR_SHORTCUT", False)
    calls.clear()
    assert rule.word_score(*word, None) == quick
    assert calls  # the long way asks
    if not asked:
        assert quick is None


def _spoken_penalty_long(low, lemma, pos, opts):
    """``spoken_penalty`` as it was written before it shared its sums with ``spoken_gap``."""
    weight = opts.get("spoken_gap_weight", 0.0)
    if not weight:
        return 0.0
    free = opts["spoken_gap_free"]
    said = difficult_words.spoken_zipf(low)
    if said > 0 and free >= 0 and max(difficult_words.zipf(low),
                                      difficult_words.lemma_zipf(lemma, pos) if lemma else 0.0) - said <= free:
        return 0.0
    gap = difficult_words.spoken_gap(low, lemma, pos) - free
    if gap <= 0 or len(difficult_words.compound_parts(low)) > 1:
        return 0.0
    return min(opts["spoken_gap_max"], weight * gap)


@pytest.mark.parametrize("settings", [
    {},
    {"spoken_gap_free": 0.0},
    {"spoken_gap_free": -0.5},
    {"spoken_gap_weight": 2.0, "spoken_gap_free": 0.2, "spoken_gap_max": 3.0},
])
def test_spoken_penalty_gives_the_penalty_of_spoken_gap(nlp, settings):
    words = sorted({(t.lower_, t.lemma_.lower().replace("_", ""), t.pos_) for doc in _docs(nlp) for t in doc
                    if t.is_alpha and t.pos_ in CONTENT_POS and len(t.text) >= 4})
    words += [("tevens", "tevens", "ADV"), ("woonachtig", "woonachtig", "ADJ"), ("zogenoemde", "zogenoemd", "ADJ"),
              ("mondkapje", "mondkapje", "NOUN"), ("xqzvw", "", "NOUN")]
    opts = {**DifficultWord.settings, **settings}
    got = [difficult_words.spoken_penalty(*w, opts) for w in words]
    assert got == [_spoken_penalty_long(*w, opts) for w in words]
    assert any(p > 0 for p in got) and any(p == 0 for p in got)


UD_DEV = SHARED / "ud-dutch" / "dev.conllu"


@pytest.mark.skipif(not UD_DEV.exists(), reason="UD data not available")
@pytest.mark.parametrize("settings", [{}, {"spoken_gap_weight": 2.0, "spoken_gap_free": 0.2}, {"old_zipf": 4.0}])
def test_shortcuts_give_the_verdicts_of_the_long_way_on_every_word_of_the_ud_dev_text(nlp, monkeypatch, settings):
    """Every content word of the UD Dutch dev text (form, lemma, part of speech; about 3,500
    distinct words, also as a foreign word 'X'): the verdicts with the shortcuts
    (``FLOOR_SHORTCUT``: the form's own frequency and the floor of its familiarity) equal
    those of the long way, which asks the spoken frequency of more words."""
    sentences = [line[len("# text = "):].strip() for line in UD_DEV.read_text(encoding="utf-8").splitlines()
                 if line.startswith("# text = ")]
    words = sorted({(t.lower_, t.lemma_, t.pos_) for doc in nlp.pipe(sentences) for t in doc
                    if t.is_alpha and t.pos_ in CONTENT_POS and len(t.text) >= 4})
    words += [(low, lemma, "X") for low, lemma, _ in words[::7]]
    assert len(words) > 3000
    rule = _rule(settings)
    calls = []
    penalty = difficult_words.spoken_penalty
    monkeypatch.setattr(difficult_words, "spoken_penalty", lambda *a: calls.append(a) or penalty(*a))
    quick = [rule.word_score(*w, 15) for w in words]
    quick_calls = len(calls)
    monkeypatch.setattr(difficult_words, "FLOOR_SHORTCUT", False)
    slow = [rule.word_score(*w, 15) for w in words]
    assert quick == slow
    assert sum(s is not None for s in slow) > 100 and sum(s is None for s in slow) > 1000
    assert quick_calls < len(calls) - quick_calls  # the shortcuts pass over words the long way asks about


def test_hard_part_and_the_verdicts_on_parts_are_kept_per_process(check, monkeypatch):
    # a compound hard by one part ("prothesebon": "prothese"; "corona" is known since the twentieth session's reading): ``hard_part`` and the verdict on
    # its parts are worked out at the first text and read at the next; the findings are those
    # of a process that works them out again for every text
    texts = ["U krijgt een prothesebon. Met de prothesebon gaat u naar de winkel.",
             "Wij sturen de prothesebon op. De protheseregels veranderen."]
    parts, obstacles = [], []
    hard_part, word_score = difficult_words.hard_part, DifficultWord.word_score
    monkeypatch.setattr(difficult_words, "hard_part", lambda low, *a: obstacles.append(low) or hard_part(low, *a))

    def counted(self, low, lemma, pos, long_words_rule):
        if long_words_rule is None:  # (the verdict on a part)
            parts.append(low)
        return word_score(self, low, lemma, pos, long_words_rule)

    monkeypatch.setattr(DifficultWord, "word_score", counted)
    difficult_words._verdicts.clear()
    kept = [[(f.code, f.start, f.end, f.message) for f in check(t).findings] for t in texts]
    assert obstacles.count("prothesebon") == 1 and parts and len(parts) == len(set(parts))
    afresh = []
    for t in texts:
        difficult_words._verdicts.clear()
        afresh.append([(f.code, f.start, f.end, f.message) for f in check(t).findings])
    assert kept == afresh
    assert obstacles.count("prothesebon") == 3  # (asked again in each fresh process)
    assert any(f[0] == "DD104" for f in kept[0])
    difficult_words._verdicts.clear()


def test_list_verb_form_reads_the_b1_verbs_as_verb_lemmas_does(nlp):
    """``list_verb_form`` asks ``verb_lemmas_among`` (the verbs of the B1 list only); it frees
    the same words as with every verb of ``verb_lemmas``, on every word of the example
    letters as a verb, an adjective and a noun."""
    from duidelijk import dictionary
    from duidelijk.rules.difficult_words import b1_nouns, b1_safe, list_verb_form, safe_word

    safe = b1_safe()

    def participle_shape(form):  # _participle_shape as before, one test per start
        starts = ("",) + difficult_words._verbs.PARTICLES
        return form.endswith(("d", "t", "en")) and any(
            form.startswith(p + "ge") and len(form) - len(p) >= 6 for p in starts)

    def old_way(low, pos):  # list_verb_form with every verb of verb_lemmas, as before
        if pos not in ("VERB", "ADJ", "NOUN"):
            return False
        forms = {f for f in {low, low.removesuffix("e")} if participle_shape(f)}
        if pos == "VERB":
            forms.add(low)

        def listed(verb):
            return verb in safe and safe_word(low, verb, safe) and verb not in b1_nouns()

        if any(listed(v) for form in forms for v in dictionary.verb_lemmas(form)):
            return True
        return pos == "NOUN" and any(listed(v) and difficult_words._verbs.regular_third_person(v) == low
                                     for v in dictionary.verb_lemmas(low))

    words = sorted({t.lower_ for doc in _docs(nlp) for t in doc if t.is_alpha} | {"uitgeprint", "herstart"})
    freed = shaped = 0
    for low in words:
        assert difficult_words._participle_shape(low) == participle_shape(low), low
        shaped += participle_shape(low)
        for pos in ("VERB", "ADJ", "NOUN"):
            new = list_verb_form(low, pos, safe)
            assert new == old_way(low, pos), (low, pos)
            freed += new
    assert freed > 10 and shaped > 10  # the comparison met words that the B1 list frees, and participles
    assert list_verb_form("uitgeprint", "VERB", safe) and not list_verb_form("uitgeprint", "VERB", frozenset())


def test_adjective_compound_splits_only_a_word_that_may_end_in_a_head():
    """``adjective_compound`` gives the answer of the split on every word, but splits only a
    word that ends in one of the ``adjective_heads`` or whose lemma candidate does; a verb
    form ("handelen", "drijven") is not split."""
    import random

    from duidelijk import dictionary
    from duidelijk.lexicon import dutch_table

    def split_way(low):  # adjective_compound as before: always split
        parts = dictionary.compound_parts(low)
        return len(parts) >= 2 and parts[-1] in difficult_words.adjective_heads() \
            and not dictionary.starts_with_prefix(parts) and not dictionary.verb_lemmas(low) \
            and low not in difficult_words.adjective_terms()

    words = sorted(w for w in dutch_table() if w.isalpha() and len(w) >= 6)
    heads = difficult_words._head_ends()
    sample = random.Random(14).sample(words, 3000) + [w for w in words if w.endswith(heads)][:2000] + [
        "uitstootvrij", "uitstootvrije", "autovrije", "rookvrije", "zoutarme", "kostenbewuste", "handelen"]
    found = sum(difficult_words.adjective_compound(w) for w in sample)
    assert all(difficult_words.adjective_compound(w) == split_way(w) for w in sample)
    assert found > 50  # the sample holds adjective compounds
    assert difficult_words.adjective_compound("uitstootvrij") and difficult_words._may_end_in_head("uitstootvrij")
    assert not difficult_words._may_end_in_head("handelen") and not difficult_words._may_end_in_head("drijven")
