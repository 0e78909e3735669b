"""Forty-third session (rules43c): formal words from the blind reading of the forty-third
session (benchmarks/known_reading/, both readers of a half called the word 'formal' and gave
the same plain word), added to wordlists/jargon.tsv after a reading from knowledge of Dutch.

DD103 now names them as officialese with the plain word, in the form the sentence needs where
the plain word can stand in the word's place; where the plain word is a phrase, another word
class or needs another preposition ('fits' is '-'), it is only an example in the explanation.
A word DD103 finds is no longer a hard word of DD104 (DD103 marks it, DD104 leaves it alone).
Own sentences, both ways."""

import pytest

from duidelijk import wordlists


def findings_on(check, text, word):
    """The DD103 and DD104 findings whose text holds ``word``."""
    return [f for f in check(text).findings if f.code in {"DD103", "DD104"} and word in f.text.lower()]


@pytest.mark.parametrize("text, word, plain", [
    # the plain word in the sentence's form: an adjective with its -e, a noun in the plural,
    # a verb in the third person or as a participle
    ("U heeft een foutieve aanvraag gestuurd.", "foutieve", "foute"),
    ("Het formulier is foutief ingevuld.", "foutief", "fout"),
    ("Er is een periodieke controle van de liften.", "periodieke", "regelmatige"),
    ("Wij controleren de speeltoestellen periodiek.", "periodiek", "regelmatig"),
    ("Tijdens de festiviteiten is de straat dicht.", "festiviteiten", "feesten"),
    ("De medici in het ziekenhuis helpen u.", "medici", "artsen"),
    ("Het bedrijf fabriceert fietsen.", "fabriceert", "maakt"),
    ("Er werd een nieuw plan geopperd.", "geopperd", "voorgesteld"),
    ("Wij hebben geruime tijd gewacht.", "geruime", "lange"),
    ("Er is weinig animo voor het feest.", "animo", "belangstelling"),
    ("Het is niet verwonderlijk dat u boos bent.", "verwonderlijk", "vreemd"),
])
def test_formal_word_gets_the_plain_word_in_its_form(check, text, word, plain):
    found = findings_on(check, text, word)
    assert [f.code for f in found] == ["DD103"]
    assert found[0].suggestions == [plain]


def test_a_noun_of_the_other_gender_takes_its_own_article(check):
    # "het ongenoegen" is "de ontevredenheid", no "het ontevredenheid"
    found = findings_on(check, "Het ongenoegen is groot.", "ongenoegen")
    assert [f.code for f in found] == ["DD103"]
    assert found[0].suggestions == ["De ontevredenheid"]


@pytest.mark.parametrize("text, word, example", [
    # 'fits' is '-': a phrase ("naar huis"), a plural for a singular ("kinderen"), a plain word
    # that needs 'zich' ("zich ontwikkelen") or another preposition ("winnen van")
    ("Na het feest keren wij huiswaarts.", "huiswaarts", "naar huis"),
    ("Zij komt met haar hele kroost naar de markt.", "kroost", "kinderen"),
    ("De situatie evolueert snel.", "evolueert", "ontwikkelen"),
    ("Na de beantwoording van uw vragen sluiten wij het dossier.", "beantwoording", "antwoord"),
    ("Hij hoopt dat het goede zal zegevieren.", "zegevieren", "winnen"),
    ("Na kort beraad besloot de raad het voorstel aan te nemen.", "beraad", "overleg"),
])
def test_no_replacement_where_the_plain_word_cannot_stand_in_its_place(check, text, word, example):
    found = findings_on(check, text, word)
    assert [f.code for f in found] == ["DD103"]
    assert found[0].suggestions == []
    assert f"'{example}'" in found[0].message


@pytest.mark.parametrize("text, word", [
    # another word class with an everyday sense of its own: the salary step, no "regelmatig"
    ("Op 1 januari krijgt u een periodiek.", "periodiek"),
    # a name that starts the sentence
    ("Fier helpt mensen die met geweld te maken hebben.", "fier"),
    # 'geloofd' is also the participle of 'geloven': no entry for 'loven' (left out)
    ("Hij heeft het altijd geloofd.", "geloofd"),
    # 'voortdurend' is an everyday adverb (constantly): no entry for 'voortduren' (left out)
    ("De buren maken voortdurend lawaai.", "voortdurend"),
])
def test_no_officialese_finding_in_another_sense(check, text, word):
    assert "DD103" not in [f.code for f in findings_on(check, text, word)]


def test_a_word_dd103_finds_is_no_hard_word_of_dd104(check):
    # 'intentie', 'weloverwogen' and 'innovatieve' were hard words (DD104): now officialese only
    text = "Het was een weloverwogen besluit met een innovatieve aanpak. Wij delen uw intentie."
    codes = {f.text.lower(): f.code for f in check(text).findings if f.code in {"DD103", "DD104"}}
    assert codes == {"weloverwogen": "DD103", "innovatieve": "DD103", "intentie": "DD103"}


def test_the_new_entries_give_their_word_class():
    rows = wordlists.load("jargon")
    new = {"animo", "foutief", "huiswaarts", "intentie", "opperen", "zegevieren"}
    got = {r["term"]: r for r in rows if r["term"] in new}
    assert set(got) == new
    assert all(got[t]["pos"] for t in new)
    assert got["huiswaarts"]["fits"] == "-" and got["zegevieren"]["fits"] == "-"
    assert got["animo"]["fits"] == "NOUN" and got["opperen"]["fits"] == "VERB"
