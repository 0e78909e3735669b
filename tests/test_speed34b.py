"""Shortcuts of the speed34b helper (thirty-fourth session) in DD103's work per match.
``_word_class`` reads the token table's columns (forms, tags, labels, children, sentence bounds)
instead of spaCy Tokens. The old function is kept here (as source, run in the module's
namespace) as the reference: the same answer for every token of the example letters and of
sentences written for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from duidelijk.rules import jargon

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# sentences with each turn of _word_class: a conjunction "daar", an adjective before a noun, a
# noun after "de"/"uw" and after "het" as a pronoun, a verb after a subject (and after a main
# verb), a participle that opens a clause ("Gezien"), an adverb before a time, "om" before a
# number and before "te", a noun that is an object before "op", an adjective without -e
OWN = [
    "Daar u niet op tijd heeft betaald, krijgt u een boete.",
    "Daar waar het nodig is, helpen wij u.",
    "De onderstaande gegevens en eventuele kosten staan in uw schriftelijk verzoek.",
    "Een erkend bedrijf mag het werk doen.",
    "Wij verzoeken u uw verzoeken schriftelijk in te dienen.",
    "U kunt het indienen bij de balie. Het indienen kost niets.",
    "Zij aparte overleggen, de beste overleggen.",
    "Krijgt u bericht? Hebben wij u bericht? Wij berichten u snel.",
    "Gezien uw inkomen krijgt u geen toeslag, gelet op de regels.",
    "Uiterlijk op 1 maart betaalt u, uiterlijk om 12 uur.",
    "Wij machtigen u om het te regelen.",
    "U heeft aanspraak op een vergoeding. Aanspraak op 1 mei.",
    "U kunt eventueel later betalen. Eventueel.",
    "Gelieve  het formulier\nvoor 1 mei terug te sturen.",
    "Ge",
    "Wij stellen het op prijs, en u?",
    "Dit is wat u krijgt\nWij sturen het op. Dit is wat u ziet\nU betaalt de rest.",
    "Kom dinsdag om 10 uur langs. Bel maandag om te vragen hoe het gaat.",
    'Klik op "Verstrekte gegevens" of op \u201eMijn zaken\u201d en kijk bij \u2018Eerdere voorzieningen\u2019.',
    "Het Centraal Bureau Rijvaardigheidsbewijzen (CBR) en de Wet maatschappelijke ondersteuning (Wmo) ('s avonds).",
    "Hij zei: ,,Kom maar'' en 'Welkom' (zie boven).",
    # (final read) a participle after a conjunction with an auxiliary as its child ("is", also
    # "is" of the passive): a verb, no "ADP"; a participle the parse hangs on the noun as "acl"
    # (no "amod", no -e): an adjective after "een" alone
    "Als gebleken is dat u te veel kreeg, betaalt u het terug.",
    "Nadat gecontroleerd is of alles klopt, sturen wij de pas.",
    "Een erkend installateur plaatst de ketel.",
    # brackets as the text's last token: ")" two tokens after "(" at the very end
    "Bel het Centraal Bureau Rijvaardigheidsbewijzen (CBR)",
]

OLD_WORD_CLASS = 'def _word_class(tok) -> str:\n    doc = tok.doc\n    sent_start, sent_end = _sentence(tok)\n    prev = doc[tok.i - 1] if tok.i > sent_start else None\n    nxt = doc[tok.i + 1] if tok.i + 1 < sent_end else None\n    if tok.dep_ == "mark" and tok.pos_ in {"ADV", "SCONJ"}:\n        return "SCONJ"  # "Daar u niet betaald heeft": a conjunction, whatever the tagger says\n    if _opens_clause(tok):\n        return "SCONJ"  # the same when the parse hangs it on the verb as an adverb\n    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and tok.pos_ in {"ADJ", "VERB"} and not (\n            tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm") and not tok.lower_.endswith("e")\n            and tok.dep_ != "amod") and (\n            tok.lower_.endswith("e") or tok.dep_ == "amod" or (prev is not None and prev.lower_ in DETERMINERS)):\n        return "ADJ"  # "de onderstaande gegevens", "eventuele kosten", "een erkend bedrijf", "uw schriftelijk verzoek"\n    if prev is not None and prev.lower_ in NOUN_BEFORE and not het_is_pronoun(prev):\n        return "NOUN"  # not "U kunt het indienen": "het" is the thing handed in\n    if prev is not None and (prev.pos_ == "ADJ" or prev.pos_ == "VERB" and prev.dep_ == "amod" and prev.head.i == tok.i) \\\n            and prev.lower_.endswith("e") and "Sup" not in prev.morph.get("Degree") \\\n            and tok.lower_.endswith("en"):\n        return "NOUN"  # an inflected adjective stands before a noun: "aparte overleggen" (meetings)\n    before = doc[prev.i - 1] if prev is not None and prev.i > sent_start else None\n    if prev is not None and prev.lower_ in SUBJECT_BEFORE and tok.lower_.endswith(("en", "t")) and not (\n            before is not None and before.pos_ in {"VERB", "AUX"} and "Fin" in before.morph.get("VerbForm")\n            and before.lemma_.lower() not in {"hebben", "zijn", "worden"}):\n        # not after a main verb that the subject follows: "krijgt u bericht" (a noun); after an\n        # auxiliary a participle may come: "hebben wij u bericht"\n        return "VERB"\n    starts_clause = prev is None or prev.is_punct or prev.pos_ in {"CCONJ", "SCONJ"}\n    if starts_clause and tok.lower_.startswith("ge") and not any(\n            c.dep_ in {"aux", "aux:pass"} for c in tok.children) and nxt is not None and not nxt.is_punct:\n        return "ADP"\n    after = doc[nxt.i + 1] if nxt is not None and nxt.i + 1 < sent_end else None\n    if nxt is not None and tok.pos_ not in {"VERB", "AUX"} and (nxt.lower_ in TIME_AFTER or nxt.like_num) and not (\n            nxt.lower_ == "om" and not (after is not None and after.like_num)) and not (\n            tok.pos_ == "NOUN" and tok.dep_ in {"obj", "nsubj", "nsubj:pass"} and not nxt.like_num\n            and not _time_after(nxt)):\n        return "ADV"  # "uiterlijk op 1 maart"; not "machtigen om ... te" ("om" before a time only),\n        # not a noun that is the verb\'s object or subject ("U heeft aanspraak op een vergoeding"),\n        # unless a time follows the preposition: the tagger may call "Uiterlijk op 1 maart" a noun\n    if tok.pos_ == "ADJ" and not tok.lower_.endswith("e") and not (nxt is not None and nxt.pos_ == "NOUN"):\n        return "ADV"  # "U kunt eventueel later betalen"\n    return tok.pos_\n'

OLD_NAME_MARKS = 'def _name_marks(doc, table) -> tuple[list[int], list[int]]:\n    """Where in ``doc`` the marks stand that ``quoted_name`` and ``spelled_out_name`` need,\n    found once per Doc from the token table\'s forms: the quote marks (``_NAME_QUOTES``) and\n    each "(" with ")" two tokens on (an abbreviation in brackets), in order. A Doc without\n    either mark (most letters) gets two empty lists from one set of its forms."""\n    kept = doc.user_data.get(_NAME_MARKS)\n    if kept is not None and kept[0] is table:\n        return kept[1], kept[2]\n    texts = table.texts\n    forms = set(texts)\n    quotes = [] if _NAME_QUOTES.isdisjoint(forms) else [\n        i for i, fact in enumerate(table.facts) if fact.lower in _NAME_QUOTES]\n    brackets = [] if "(" not in forms else [\n        i for i, text in enumerate(texts[:-2]) if text == "(" and texts[i + 2] == ")"]\n    doc.user_data[_NAME_MARKS] = (table, quotes, brackets)\n    return quotes, brackets\n'


def _old():
    namespace = dict(vars(jargon))
    exec(OLD_WORD_CLASS, namespace)
    return namespace["_word_class"]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + OWN


def test_word_class_gives_the_old_answer(nlp):
    old = _old()
    kinds = set()
    n = 0
    for doc in nlp.pipe(_texts()):
        for tok in doc:
            assert jargon._word_class(tok) == old(tok), (tok.text, tok.i, tok.sent.text)
            kinds.add(old(tok))
            n += 1
    assert n > 1000
    assert {"SCONJ", "ADJ", "NOUN", "VERB", "ADP", "ADV"} <= kinds  # every turn taken


@pytest.mark.parametrize("text, word, kind", [
    ("Daar u niet op tijd heeft betaald, krijgt u een boete.", "Daar", "SCONJ"),
    ("De onderstaande gegevens kloppen.", "onderstaande", "ADJ"),
    ("Wij verzoeken u uw verzoeken in te dienen.", "verzoeken", "VERB"),
    ("Gezien uw inkomen krijgt u geen toeslag.", "Gezien", "ADP"),
    ("Uiterlijk op 1 maart betaalt u.", "Uiterlijk", "ADV"),
    ("U kunt eventueel later betalen.", "eventueel", "ADV"),
])
def test_word_class_by_hand(nlp, text, word, kind):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert jargon._word_class(tok) == kind


def test_name_marks_give_the_old_answer(nlp):
    namespace = dict(vars(jargon))
    exec(OLD_NAME_MARKS, namespace)
    old = namespace["_name_marks"]
    quotes = brackets = 0
    for doc in nlp.pipe(_texts()):
        table = jargon.token_table(doc)
        expected = old(doc, table)
        doc.user_data.pop(jargon._NAME_MARKS, None)
        assert jargon._name_marks(doc, table) == expected, doc.text[:60]
        quotes += len(expected[0])
        brackets += len(expected[1])
    assert quotes >= 8 and brackets >= 2  # both kinds of mark met
