"""DD104 and DD105 of the forty-first session (rules41d): names and forms of one word.

- A capitalised adjective inside a sentence starts a name ("de Nationale ombudsman"): Dutch
  writes an adjective so only at the start of a name, or when it is made from a place name
  ("de Nederlandse ..."), so the noun after it is the name's and no hard word for DD104. Not
  after a colon, where any word starts with a capital.
- A lower-case noun right after the head of a scheme, with no article between ("de
  subsidieregeling borstprothesen", "aanvraag subsidie geluidisolatie"), is the topic in the
  scheme's name, which the letter must use (DD104 setting ``scheme_names``). The same noun
  elsewhere is still a hard word.
- DD105 gives one finding per word in a text: a second form of a word flagged before
  ("dubbelinschrijvingen" after "dubbelinschrijving") is no new finding.

Sentences written for these tests."""

import pytest

from conftest import codes


def hard_words(check, text, **settings):
    return [f.text for f in codes(check(text, select="DD104", **settings), "DD104")]


def long_words(check, text, **settings):
    return [f.text for f in codes(check(text, select="DD105", **settings), "DD105")]


NAMES = [
    ("Neem contact op met de Nationale ombudsman.", "ombudsman"),
    ("Uw klacht ligt nu bij de Nationale ombudsman van het land.", "ombudsman"),
]

NOT_NAMES = [
    ("Neem contact op met de ombudsman.", "ombudsman"),
    ("De Nederlandse ombudsman helpt u.", "ombudsman"),  # made from a place name: no name
    ("Let op: Nationale ombudsman is gesloten.", "ombudsman"),  # a capital after a colon
]


@pytest.mark.parametrize("text,word", NAMES)
def test_word_after_capitalised_adjective_is_a_name(check, text, word):
    assert word not in hard_words(check, text)


@pytest.mark.parametrize("text,word", NOT_NAMES)
def test_word_without_a_name_adjective_stays_hard(check, text, word):
    assert word in hard_words(check, text)


SCHEMES = [
    ("U heeft een aanvraag gedaan voor de subsidieregeling borstprothesen.", "borstprothesen"),
    ("Uw subsidieaanvraag borstprothesen is toegewezen.", "borstprothesen"),
    ("Geef informatie voor uw aanvraag subsidie geluidisolatie.", "geluidisolatie"),
]

NOT_SCHEMES = [
    ("Wij betalen borstprothesen niet.", "borstprothesen"),
    ("De subsidie voor geluidisolatie is op.", "geluidisolatie"),  # a preposition between
    ("Wij betalen voor de geluidisolatie.", "geluidisolatie"),
]


@pytest.mark.parametrize("text,word", SCHEMES)
def test_topic_in_a_scheme_name_is_no_hard_word(check, text, word):
    assert word not in hard_words(check, text)


@pytest.mark.parametrize("text,word", NOT_SCHEMES)
def test_topic_outside_a_scheme_name_stays_hard(check, text, word):
    assert word in hard_words(check, text)


@pytest.mark.parametrize("text,word", SCHEMES)
def test_scheme_names_setting_off(check, text, word):
    assert word in hard_words(check, text, rules={"DD104": {"scheme_names": False}})


@pytest.mark.parametrize("text,first,second", [
    ("Wij zoeken dubbelinschrijvingen. Een dubbelinschrijving is een fout.",
     "dubbelinschrijvingen", "dubbelinschrijving"),
    ("Een dubbelinschrijving is een fout. Wij zoeken dubbelinschrijvingen.",
     "dubbelinschrijving", "dubbelinschrijvingen"),
    ("U kunt naar elk afvalscheidingsstation. De afvalscheidingsstations zijn open.",
     "afvalscheidingsstation", "afvalscheidingsstations"),
])
def test_one_long_word_finding_per_word(check, text, first, second):
    found = long_words(check, text)
    assert first in found and second not in found


def test_two_long_words_keep_their_findings(check):
    found = long_words(check, "De klachtenafhandeling gaat over dubbelinschrijvingen.")
    assert found == ["klachtenafhandeling", "dubbelinschrijvingen"]


def test_scheme_topic_is_known_in_the_whole_letter(check):
    text = ("Wij betalen de kosten van borstprothesen. "
            "Dat staat in de subsidieregeling borstprothesen. U krijgt geld voor borstprothesen.")
    assert "borstprothesen" not in hard_words(check, text)


def test_scheme_head_with_the_capital_of_a_line(check):
    text = "Wij betalen dat niet. Lees meer:\n\n- Subsidieregeling borstprothesen\n"
    assert "borstprothesen" not in hard_words(check, text)


def test_capitalised_plural_compound_is_no_name(check):
    report = check("Wie zijn de gebruikers van Jeugdhulpvoorzieningen in de stad?", select="DD105")
    (finding,) = codes(report, "DD105")
    assert "naam" not in finding.message and "'jeugdhulp' + 'voorzieningen'" in finding.message


def test_capitalised_singular_compound_stays_a_name(check):
    report = check("U kunt een Energiebespaarlening aanvragen.", select="DD105")
    (finding,) = codes(report, "DD105")
    assert "Met de hoofdletter is het een naam" in finding.message
