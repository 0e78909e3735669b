"""Forty-fourth session (formal44): formal words from the fourth blind reading
(benchmarks/known_reading/, words_G.tsv: at least 3 of 4 readings call the word 'formal' and at
least 2 give the same plain word), added to wordlists/jargon.tsv after a reading from knowledge
of Dutch.

DD103 names them as officialese with the plain word, in the form the sentence needs where the
plain word can stand in the word's place; where the plain word is a phrase or needs another
preposition ('fits' is '-'), it is only an example in the explanation. A word DD103 finds is
no hard word of DD104. Own sentences, both ways."""

import pytest

from duidelijk import wordlists


def findings_on(check, text, word):
    """The DD103 and DD104 findings whose text holds ``word``."""
    return [f for f in check(text).findings if f.code in {"DD103", "DD104"} and word in f.text.lower()]


@pytest.mark.parametrize("text, word, plain", [
    # the plain word in the sentence's form: a verb in the third person, a participle, an
    # adjective with its -e, a noun
    ("Een vrijwilliger assisteert bij de les.", "assisteert", "helpt"),
    ("Alle klachten zijn goed gedocumenteerd.", "gedocumenteerd", "vastgelegd"),
    ("Dit was de doorslaggevende reden.", "doorslaggevende", "beslissende"),
    ("U heeft een geneeskundige verklaring nodig.", "geneeskundige", "medische"),
    ("Wij sturen u een identieke brief.", "identieke", "gelijke"),
    ("Het was een memorabele avond.", "memorabele", "onvergetelijke"),
    ("De ineenstorting van het gebouw was een ramp.", "ineenstorting", "instorting"),
    ("De winnaar krijgt een bokaal.", "bokaal", "beker"),
    ("De kinderen waren opgetogen over het feest.", "opgetogen", "blij"),
    ("Er komen betrekkelijk weinig mensen.", "betrekkelijk", "vrij"),
    ("De regels blijven ongewijzigd.", "ongewijzigd", "onveranderd"),
    # the tagger's lemma of 'potentiële' is no word ('potentiël'): the form has its own row
    ("Wij zoeken potentiële kopers.", "potentiële", "mogelijke"),
    ("Dit is potentieel gevaarlijk.", "potentieel", "mogelijk"),
])
def test_formal_word_gets_the_plain_word_in_its_form(check, text, word, plain):
    found = findings_on(check, text, word)
    assert [f.code for f in found] == ["DD103"]
    assert found[0].suggestions == [plain]


def test_a_noun_of_the_other_gender_takes_its_own_article(check):
    # "de omheining" is "het hek", no "de hek"
    # (the bundled model calls 'hek' a de-word: jargon.TAGGER_GENDER_SLIPS)
    found = findings_on(check, "De omheining is kapot.", "omheining")
    assert [f.code for f in found] == ["DD103"]
    assert found[0].suggestions == ["Het hek"]
    found = findings_on(check, "Er staat een omheining om het terrein.", "omheining")
    assert found[0].suggestions == ["hek"]


@pytest.mark.parametrize("text, word, example", [
    # 'fits' is '-': another preposition ("schade aan"), 'leiden tot' for 'resulteren' without
    # 'in', a phrase ("niet lekker"), a plain word that fits only some uses ('onderwijs')
    ("De aantasting van het milieu is groot.", "aantasting", "schade"),
    ("De aanpassing resulteerde erin dat de kosten stegen.", "resulteerde", "leiden tot"),
    ("Een bezoeker werd onwel.", "onwel", "niet lekker"),
    ("Wij geven educatie over afval.", "educatie", "onderwijs"),
    # a separable plain verb cannot stand in a main clause's place as one word
    ("De buren dwarsbomen het plan.", "dwarsbomen", "tegenwerken"),
])
def test_no_replacement_where_the_plain_word_cannot_stand_in_its_place(check, text, word, example):
    found = findings_on(check, text, word)
    assert [f.code for f in found] == ["DD103"]
    assert found[0].suggestions == []
    assert f"'{example}'" in found[0].message


@pytest.mark.parametrize("text, word", [
    # the noun 'potentieel' (capacity) is no 'mogelijk': the entries are adjectives
    ("Het potentieel van de wijk is groot.", "potentieel"),
    # 'prompt' as a noun (what you type for a chatbot)
    ("Typ een prompt in het venster.", "prompt"),
    # 'resulterend' (what is left) is no 'leiden tot'
    ("Het resulterende bedrag betalen wij uit.", "resulterende"),
    # 'resulteren in' keeps its own entry ('zorgen voor', 'leiden tot'), not the new one
])
def test_no_entry_in_another_sense(check, text, word):
    found = findings_on(check, text, word)
    assert "DD103" not in [f.code for f in found]


def test_resulteren_in_keeps_its_own_entry(check):
    found = [f for f in check("Dat resulteert in hogere kosten.").findings if f.code == "DD103"]
    assert [f.text for f in found] == ["resulteert in"]
    assert found[0].suggestions == ["zorgt voor", "leidt tot"]


def test_a_word_dd103_finds_is_no_hard_word_of_dd104(check):
    # 'doorslaggevend', 'ongewijzigd' and 'dwarsbomen' were hard words (DD104): now officialese only
    text = "De regels blijven ongewijzigd. Deze vraag is doorslaggevend. Wij willen het plan niet dwarsbomen."
    codes = {f.text.lower(): f.code for f in check(text).findings if f.code in {"DD103", "DD104"}}
    assert codes == {"ongewijzigd": "DD103", "doorslaggevend": "DD103", "dwarsbomen": "DD103"}


def test_left_out_words_get_no_entry():
    # left out after the reading: another sense in municipal use ('problematische schulden',
    # 'karakteristieke panden', 'de vraag rijst'), or a plain word that is no plainer
    terms = {r["term"] for r in wordlists.load("jargon")}
    for word in ("problematisch", "karakteristiek", "rijzen", "begrenzen", "precisie", "universeel"):
        assert word not in terms


def test_the_new_entries_give_their_word_class():
    rows = wordlists.load("jargon")
    new = {"assisteren", "aantasting", "doorslaggevend", "onwel", "resulteren", "ongewijzigd"}
    got = {r["term"]: r for r in rows if r["term"] in new}
    assert set(got) == new
    assert all(got[t]["pos"] for t in new)
    assert got["aantasting"]["fits"] == "-" and got["resulteren"]["fits"] == "-" and got["onwel"]["fits"] == "-"
    assert got["assisteren"]["fits"] == "VERB" and got["doorslaggevend"]["fits"] == "ADJ|ADV"
