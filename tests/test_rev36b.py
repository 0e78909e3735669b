"""rev36b's review of DD104's English words (rules36b) and hyphened words (rules36i).

- A digital form of a thing that Dutch text writes with a hyphen ("e-mails"), written without
  it ("emails"), is the same Dutch word, no English word
  (``difficult_words.english_word``). English plurals Dutch does not use stay found ("issues").
- "e-" + a head that is hard alone (an English word: "book", "bike") is known when the whole is
  a word of the dictionary that Dutch text uses as a word ("e-book", "e-bike":
  ``known_digital_form``); not when the whole is no word of the dictionary ("e-wallet").
- A Dutch word spelled as an English one shows itself by a form in "-en" that Dutch text uses,
  spelled the Dutch way: a doubled consonant ("drop": "droppen") or "z", "v" for "s", "f"
  ("grief": "grieven"; ``english_word`` with ``dictionary.plural_candidates``).
- A hyphened chain with "en" or "of" between its pieces is a phrase ("wijk-en-buurtteam": "wijk-
  en buurtteam"), no long word (DD105, ``long_words._CHAIN_JOINERS``); a chain of three nouns
  stays found ("afval-inzamelings-dag").

Own sentences, none from the judged, Amsterdam or harvest sets."""
import pytest

from conftest import codes
from duidelijk.rules.difficult_words import english_word


def _spans(check, text):
    return [text[x.start:x.end] for x in codes(check(text, select=["DD104", "DD105"]))]


@pytest.mark.parametrize("text, word", [
    ("Wij lezen alle emails binnen een week.", "emails"),
    ("Uw emails komen bij het team Vergunningen.", "emails"),
    ("Lees het e-book op uw tablet.", "e-book"),
    ("U kunt bij ons een e-bike lenen.", "e-bike"),
    ("Stuur uw moeder een e-card voor haar verjaardag.", "e-card"),
    ("Op het feest is er drop en limonade voor de kinderen.", "drop"),
])
def test_everyday_english_forms_stay_quiet(check, text, word):
    assert word not in _spans(check, text)


@pytest.mark.parametrize("text, word", [
    ("Wij bespreken de issues met u.", "issues"),
    ("Zij hebben goede skills voor dit werk.", "skills"),
    ("U kunt betalen via de e-wallet.", "e-wallet"),
    ("Geef ons een e-mandaat voor de betaling.", "e-mandaat"),
])
def test_english_words_no_reader_knows_stay_found(check, text, word):
    assert word in _spans(check, text)


def test_dutch_words_spelled_the_dutch_way_are_no_english_words():
    assert not english_word("drop", "drop")  # "droppen"
    assert not english_word("grief", "grief")  # "grieven": a complaint against a decision
    assert english_word("issues", "issue")  # no "issuen", "issueën" in Dutch text
    assert english_word("stakeholders", "stakeholder")


@pytest.mark.parametrize("text, word", [
    ("Het wijk-en-buurtteam helpt u met uw vragen.", "wijk-en-buurtteam"),
    ("De huur-of-koopwoning staat al een jaar leeg.", "huur-of-koopwoning"),
    ("Het jeugd-en-gezinsteam belt u deze week.", "jeugd-en-gezinsteam"),
])
def test_chain_joined_by_en_or_of_is_no_long_word(check, text, word):
    assert word not in _spans(check, text)


def test_chain_of_three_nouns_stays_a_long_word(check):
    text = "Op de afval-inzamelings-dag zet u de bak buiten."
    assert "afval-inzamelings-dag" in _spans(check, text)
