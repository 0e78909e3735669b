"""Review of DD104's compound adjectives of a relational head (thirty-ninth session, rev39e).
Sentences written for these tests.

The setting ``relational_adjectives`` (rules39e) reads "hand" + "matig", "persoon" +
"gebonden", "inkomen" + "afhankelijk" as written Dutch. Two mends:
- the part before the head must be a noun (LiNT-II's noun list): a participle of a particle
  verb ("vastgebonden": 'vastbinden'), "over" + "matig" ('too much') and an adjective
  ("sociaal" + "economisch": 'social and economic') are no compound of a noun and a head;
- the message names the noun and the head and asks for a few separate words ("hangt af van
  uw inkomen", "met de hand"), not for another word."""

import pytest
from conftest import codes

from duidelijk.rules.difficult_words import relational_parts, relational_whole



def findings(check, text):
    return codes(check(text, select="DD104"), "DD104")


@pytest.mark.parametrize("word, pos, parts", [
    ("leeftijdsgebonden", "VERB", ("leeftijdsgebonden", "leeftijd", "gebonden")),
    ("zorgafhankelijke", "ADJ", ("zorgafhankelijk", "zorg", "afhankelijk")),
    ("inkomensafhankelijke", "ADJ", ("inkomensafhankelijk", "inkomen", "afhankelijk")),
    ("plaatsgebonden", "VERB", ("plaatsgebonden", "plaats", "gebonden")),
    ("vastgebonden", "VERB", None),  # 'vastbinden': a particle verb's participle
    ("dichtgebonden", "VERB", None),
    ("samengebonden", "VERB", None),
    ("overmatig", "ADJ", None),  # "over": no noun
    ("sociaaleconomische", "ADJ", None),  # "sociaal": an adjective
])
def test_first_part_is_a_noun(word, pos, parts):
    assert relational_parts(word, pos) == parts
    assert relational_whole(word, pos) == (parts[0] if parts else "")


@pytest.mark.parametrize("text, word", [
    ("De takken liggen samengebonden en dichtgebonden aan de straat.", "dichtgebonden"),
    ("Uw buren maken 's nachts overmatig veel lawaai.", "overmatig"),
])
def test_no_noun_no_relational_message(check, text, word):
    # quiet, or at most the plain message of a rare word: never called a compound of a noun
    for f in findings(check, text):
        assert "Het bestaat uit" not in f.message


@pytest.mark.parametrize("text, word, noun, head", [
    ("Het bedrag van de korting is leeftijdsafhankelijk.", "leeftijdsafhankelijk", "leeftijd", "afhankelijk"),
    ("Zijn klachten zijn volgens de arts werkgerelateerd.", "werkgerelateerd", "werk", "gerelateerd"),
    ("Een monteur heeft de kachel elektrotechnisch gekeurd.", "elektrotechnisch", "elektro", "technisch"),
])
def test_message_names_noun_and_head(check, text, word, noun, head):
    found = [f for f in findings(check, text) if text[f.start:f.end] == word]
    assert found, "no finding"
    message = found[0].message
    assert f"'{noun}' + '{head}'" in message
    assert "losse woorden" in message


def test_other_hard_word_keeps_its_message(check):
    text = "Wij doen dit met het oog op de continuïteit van de zorg."
    found = findings(check, text)
    assert [text[f.start:f.end] for f in found] == ["continuïteit"]
    assert "Kies een gewoner woord" in found[0].message
