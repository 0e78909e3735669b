"""DD104 on words a B1 reader reads from their parts, and on slips (rules43a).

- A noun in "-aar" for the one who does an everyday act (after a verb's stem in "-el", "-er",
  "-en") is as familiar as its verb, less a step (``agent_familiarity``): a reader who says
  "beoordelen" knows who "de beoordelaar" is. Not when the verb is below the loanword bar
  ("bemiddelen"), nor a noun in "-er": many have a meaning of their own ("de bewaarder" of a
  register, "noemer"), so "opsteller" and "indiener" keep their findings.
- A compound of a concrete thing and such a doer ("sluisbedienaar") is as familiar as its parts
  (``thing_agent_familiarity``); not after an abstract first part ("risicobeoordelaar").
- A rare non-word with one consonant where Dutch spelling doubles it after a short vowel
  ("zulen" for "zullen") gets DD104's slip message, not "moeilijk woord"
  (``doubled_consonant_slip``); a plain clone without the word list finds no such slip.

Own sentences."""

import pytest

from duidelijk.rules import difficult_words as dw


def messages(check, text):
    return [f.message for f in check(text).findings if f.code == "DD104"]


# ---- agent nouns -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Twee beoordelaars lezen uw plan en geven het een cijfer.", "beoordelaars"),
    ("De ondertekenaar van het contract krijgt een kopie per post.", "ondertekenaar"),
    ("De sluisbedienaar opent de sluis elke dag om zeven uur.", "sluisbedienaar"),
    ("Een boekbeoordelaar schrijft wat zij van het nieuwe boek vindt.", "boekbeoordelaar"),
])
def test_doer_of_everyday_verb_is_no_hard_word(check, text, word):
    assert not any(f"'{word}'" in m for m in messages(check, text))


@pytest.mark.parametrize("text, word", [
    # a particle verb of written Dutch: speech splits it ("hij stelt het plan op")
    ("De opsteller van het plan is de afdeling Wonen.", "opsteller"),
    ("De indiener van het bezwaar krijgt binnen zes weken antwoord.", "indiener"),
])
def test_doer_of_written_verb_stays_hard(check, text, word):
    assert any(f"'{word}'" in m for m in messages(check, text))


def test_agent_familiarity_reads_the_verb():
    assert dw.agent_verbs("beoordelaar") == ("beoordelen",)
    assert dw.agent_verbs("wandelaars") == ("wandelen",)
    assert dw.agent_familiarity("beoordelaar") >= dw.DifficultWord.settings["min_zipf"]
    # the verb is below the loanword bar
    assert dw.agent_verbs("bemiddelaar") == ("bemiddelen",)
    assert dw.agent_familiarity("bemiddelaar") < 0
    # no verb ("ambtenen")
    assert dw.agent_familiarity("ambtenaar") < 0
    # "-aar" only after the unstressed "-el", "-er", "-en" of a verb's stem
    assert dw.agent_verbs("bezwaar") == ()
    # not "-er": many such nouns have a meaning of their own (an office, a tool, a part of a fraction)
    assert dw.agent_verbs("bewaarder") == ()
    assert dw.agent_familiarity("noemer") < 0
    assert dw.agent_familiarity("handhaver") < 0


def test_thing_and_doer():
    assert dw.thing_agent_familiarity("sluisbedienaar") >= dw.DifficultWord.settings["min_zipf"]
    assert dw.thing_agent_familiarity("risicobeoordelaar") < 0  # an abstract first part
    assert dw.DifficultWord().word_score("risicobeoordelaar", "risicobeoordelaar", "NOUN", None) is not None


def test_noemer_keeps_its_finding(check):
    text = "Het plan valt onder de noemer duurzame wijk."
    assert dw.agent_familiarity("noemer") < 0
    assert any("'noemer'" in m for m in messages(check, text))


# ---- slips of a doubled consonant --------------------------------------------------------------

def test_single_consonant_slip_of_common_word(check):
    if not dw.has_word_list():
        pytest.skip("needs the OpenTaal word list (hunspell-nl)")
    assert dw.doubled_consonant_slip("zulen") == "zullen"
    assert dw.doubled_consonant_slip("ziten") == "zitten"
    # DD104 asks when DD120 is off; with DD120 on, DD120 says it (typo43: one place for a slip)
    text = "Zij zulen de aanvraag volgende week bekijken."
    found = [f.message for f in check(text, select="DD104").findings if f.code == "DD104"]
    assert found == ["'zulen' is misschien een tikfout. Bedoelt u 'zullen'?"]
    assert not any("moeilijk woord" in m for m in messages(check, text))


@pytest.mark.parametrize("word", [
    "boten", "poten", "manen", "spelen", "lopen", "bomen",  # real words: a long vowel, or listed
    "kunnen", "zitten",  # the right spelling
    "leten",  # "letten" is no very common word
])
def test_no_slip(word):
    assert dw.doubled_consonant_slip(word) == ""


def test_no_slip_without_word_list(monkeypatch):
    monkeypatch.setattr(dw, "has_word_list", lambda: False)
    assert dw.doubled_consonant_slip("zulen") == ""


def test_real_word_with_single_consonant_is_no_slip(check):
    # "de boten" (long o) is a real plural; not a slip of "botten"
    assert not any("tikfout" in m for m in messages(check, "De boten liggen in de haven van de stad."))
