"""The shipped table holds DD104's verdict on a word read with its form as its lemma too.

A word at the start of a sentence or in a heading often gets itself as its lemma from the
pipeline ("Gegevens" for "gegevens", where the word alone gets "gegeven"); the verdict table
(``duidelijk.verdict_table``) held only the reading the word gets alone, so such words were
judged live. ``Verdicts.get`` now answers them from ``form_code`` / ``form_rows`` /
``form_scores``, made by ``word_score`` itself at the build. These tests compare the table
with ``word_score`` on many words, and fail while the shipped table was made without the
new arrays (make it again: python3 -m duidelijk.verdict_table).
"""

from __future__ import annotations

import math

import pytest

from duidelijk import verdict_table
from duidelijk.lexicon import unpacked
from duidelijk.rules import difficult_words

from test_verdict_table import REMAKE, arrays as shipped  # noqa: F401  (the fixture: the shipped, current table)


@pytest.fixture(scope="module")
def arrays(shipped):
    if not verdict_table.FORM_KEYS <= shipped.keys():
        pytest.fail(f"the shipped verdict table has no verdicts with the form as the lemma; {REMAKE}")
    return shipped


def _form_entries(arrays, step: int = 1):
    """(form, the row's lemma, part of speech, code, shipped score with the form as the
    lemma) of every ``step``-th row whose lemma is not its form, from the arrays themselves."""
    forms = arrays["words"].tobytes().decode("utf-8").split("\n")
    lemmas, ends = arrays["lemmas"].tobytes(), arrays["lemma_ends"].tolist()
    codes = arrays["form_code"].tolist()
    other = dict(zip(arrays["form_rows"].tolist(), arrays["form_scores"].tolist()))
    held = [i for i, code in enumerate(codes) if code != verdict_table.FORM_NOT_HELD]
    for i in held[::step]:
        score = float(arrays["scores"][i]) if codes[i] == verdict_table.FORM_SAME else other[i]
        yield (forms[i], unpacked(lemmas, ends, i) or forms[i], verdict_table.POS_CODES[arrays["pos"][i]],
               codes[i], None if math.isnan(score) else score)


def _mismatches(entries) -> list[tuple]:
    rule, long_words = verdict_table._rule()
    out = []
    for form, _, pos, _, score in entries:
        live = rule.word_score(form, form, pos, long_words)
        if (live is None) != (score is None) or live is not None and abs(live - score) > 1e-12:
            out.append((form, pos, score, live))
    return out


def test_the_shipped_form_lemma_verdicts_are_those_of_word_score(arrays):
    entries = list(_form_entries(arrays, 23))
    assert len(entries) > 2000
    assert sum(e[3] == verdict_table.FORM_OTHER for e in entries) > 20  # another verdict than the row's own
    assert sum(e[4] is not None for e in entries) > 200 and sum(e[4] is None for e in entries) > 200
    assert _mismatches(entries) == []
    # every row that holds another verdict than its own, in full
    assert _mismatches(e for e in _form_entries(arrays) if e[3] == verdict_table.FORM_OTHER) == []


def test_a_wrong_form_lemma_verdict_is_found(arrays):
    form, lemma, pos, code, score = next(e for e in _form_entries(arrays, 31) if e[4] is not None)
    assert _mismatches([(form, lemma, pos, code, None)]) == [(form, pos, None, score)]
    easy = next(e for e in _form_entries(arrays, 31) if e[4] is None)
    assert _mismatches([(*easy[:4], 1.0)]) != []


def test_only_rows_whose_lemma_is_another_hold_one(arrays):
    plain = difficult_words._plain_lemma
    forms = arrays["words"].tobytes().decode("utf-8").split("\n")
    lemmas, ends = arrays["lemmas"].tobytes(), arrays["lemma_ends"].tolist()
    codes = arrays["form_code"].tolist()
    assert len(codes) == len(forms)
    for i in range(0, len(forms), 7):
        lemma = unpacked(lemmas, ends, i) or forms[i]
        assert (codes[i] == verdict_table.FORM_NOT_HELD) == (plain(lemma) == forms[i])


def test_get_answers_for_the_form_as_lemma_in_any_capitals(arrays):
    table = verdict_table._read(arrays)
    entries = list(_form_entries(arrays, 101))
    for form, lemma, pos, _, score in entries:
        assert table.get(form, lemma, pos) is not verdict_table.MISSING  # the row's own reading
        for as_lemma in (form, form.capitalize(), form.upper()):
            assert table.get(form, as_lemma, pos) == score
        other = next(p for p in verdict_table.POS_CODES if p != pos)
        assert table.get(form, form, other) is verdict_table.MISSING
        assert table.get(form, form + "x", pos) is verdict_table.MISSING
    # a row whose lemma is its form holds nothing more: another lemma stays live
    plain = next(e for e in zip(arrays["words"].tobytes().decode("utf-8").split("\n")[::89], range(0, 10**9, 89))
                 if arrays["form_code"][e[1]] == verdict_table.FORM_NOT_HELD)
    pos = verdict_table.POS_CODES[arrays["pos"][plain[1]]]
    assert table.get(plain[0], plain[0] + "x", pos) is verdict_table.MISSING


def test_a_lemma_with_an_underscore_is_judged_live(arrays):
    # ``_plain_lemma`` drops "_", but word_score's test of a present participle reads the
    # lemma in lower case with it ("aan_vallende" is not "aanvallende" there): the table must
    # not answer such a lemma with the verdict of the form as the lemma
    table = verdict_table._read(arrays)
    rule, long_words = verdict_table._rule()
    entries = list(_form_entries(arrays, 37))
    participles = [e for e in entries if e[0].endswith("ende") and e[2] == "VERB"]
    assert len(participles) > 20
    for form, _, pos, _, score in entries:
        for k in (2, 3):
            lemma = form[:k] + "_" + form[k:]
            found = table.get(form, lemma, pos)
            if found is not verdict_table.MISSING:
                live = rule.word_score(form, lemma, pos, long_words)
                assert (live is None) == (found is None) and (live is None or abs(live - found) <= 1e-12), lemma


def test_a_row_does_not_answer_its_lemma_with_an_underscore(arrays):
    # the same for a row's own lemma: "aangrenzende" (lemma "aangrenzen") is judged as an
    # adjective, with the lemma "aan_grenzen" as a verb
    from test_verdict_table import _entries

    table = verdict_table._read(arrays)
    rule, long_words = verdict_table._rule()
    rows = [e for e in _entries(arrays, 3) if e[2] == "VERB" and e[0].endswith("ende") and e[1] == e[0][:-2]]
    assert len(rows) > 200
    differ = 0
    for form, lemma, pos, score in rows:
        with_underscore = lemma[:3] + "_" + lemma[3:]
        live = rule.word_score(form, with_underscore, pos, long_words)
        differ += (live is None) != (score is None) or live is not None and abs(live - score) > 1e-12
        found = table.get(form, with_underscore, pos)
        assert found is verdict_table.MISSING or (live is None) == (found is None) and (
            live is None or abs(live - found) <= 1e-12), with_underscore
    assert differ > 20  # (the live verdict does read the "_")


def test_first_verdict_of_words_read_with_their_form_as_lemma(arrays, monkeypatch):
    # sentences written for the test: words at the start of a sentence, as the pipeline reads
    # them there; the table's answer (first_verdict, the table open) is the live one
    from duidelijk.model import load_pipeline

    rule, long_words = verdict_table._rule()
    settings = verdict_table.settings_key(rule.options, long_words)
    table = verdict_table.verdicts_for(settings)
    assert table is not None
    nlp = load_pipeline()
    texts = ["Gegevens van uw aanvraag staan hieronder.", "Losse onderdelen kunt u apart bestellen.",
             "Gemeld is dat de weg dicht is.", "Ontvangt u een uitkering?", "Inkopen doet de gemeente zelf.",
             "Vergunningen geven wij af na een toets.", "Bezwaarschriften behandelen wij binnen zes weken.",
             "Verzoeken om uitstel beoordelen wij apart.", "Beschikkingen sturen wij per post.",
             "Toeslagen betalen wij elke maand uit.", "Voorzieningen vindt u op onze website."]
    monkeypatch.setattr(difficult_words, "_judged", verdict_table.SHIPPED_AFTER)
    asked = 0
    for doc in nlp.pipe(texts):
        for tok in doc:
            if tok.pos_ not in verdict_table.POS_CODES or not tok.is_alpha:
                continue
            low, lemma, pos = tok.lower_, tok.lemma_, tok.pos_
            shipped = table.get(low, lemma, pos)
            if shipped is verdict_table.MISSING:
                continue
            asked += 1
            live = rule.word_score(low, lemma, pos, long_words)
            assert rule.first_verdict(low, lemma, pos, long_words, settings) == shipped
            assert (live is None) == (shipped is None) and (live is None or abs(live - shipped) <= 1e-12), low
    assert asked > 20


def test_a_table_without_the_form_arrays_still_answers_its_own_readings(arrays):
    old = {k: v for k, v in arrays.items() if k not in verdict_table.FORM_KEYS}
    table = verdict_table._read(old)
    form, lemma, pos, _, score = next(e for e in _form_entries(arrays, 53) if e[1] != e[0])
    assert table.get(form, form.capitalize(), pos) is verdict_table.MISSING
    assert table.get(form, lemma, pos) == verdict_table._read(arrays).get(form, lemma, pos)


def test_a_damaged_form_array_is_refused(arrays):
    broken = dict(arrays)
    broken["form_code"] = arrays["form_code"][:-1]
    with pytest.raises(ValueError):
        verdict_table._read(broken)
