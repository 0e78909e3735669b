"""DD120 on slips of one keystroke (typo43): a word that is no Dutch word form at all, one letter
too many, too few, swapped or wrong from exactly one very common word ("kunen": 'kunnen',
"informtie": 'informatie', "ontvagen": 'ontvangen'). DD104 leaves such a word to DD120; a plain
clone without the OpenTaal word list finds no such slip (the tests that need it skip there).

Own sentences."""

import pytest

from duidelijk.dictionary import has_word_list
from duidelijk.rules import slips


def needs_word_list():
    if not has_word_list():
        pytest.skip("needs the OpenTaal word list (hunspell-nl)")


def found(check, text, code="DD120", **settings):
    report = check(text, **settings)
    return [(text[f.start:f.end], f.message, list(f.suggestions or [])) for f in report.findings if f.code == code]


def slip_findings(check, text, **settings):
    return [(word, sugg) for word, message, sugg in found(check, text, **settings) if "tikfout" in message]


# ---- the slips ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, meant", [
    ("Wij kunen uw aanvraag pas volgende week bekijken.", "kunen", "kunnen"),  # a letter too few
    ("Op de website vindt u meer informtie over de regeling.", "informtie", "informatie"),
    ("Wij hebben uw brief op 3 maart ontvagen.", "ontvagen", "ontvangen"),
    ("De gemeentte stuurt u binnen zes weken een besluit.", "gemeentte", "gemeente"),  # one too many
    ("Wij hebben uw formulier goed ontvangne en gelezen.", "ontvangne", "ontvangen"),  # two swapped
    ("Het gaat om de veilgheid van de kinderen in de straat.", "veilgheid", "veiligheid"),
    ("Hoeveel mensen wonen er in de wijk? De bevoling groeit elk jaar.", "bevoling", "bevolking"),
    ("Zij zulen de aanvraag volgende week bekijken.", "zulen", "zullen"),
])
def test_one_keystroke_slip(check, text, word, meant):
    needs_word_list()
    assert slip_findings(check, text) == [(word, [meant])]
    message = found(check, text)[0][1]
    assert message == f"'{word}' is misschien een tikfout. Bedoelt u '{meant}'?"


def test_capital_of_first_word_is_kept(check):
    needs_word_list()
    assert slip_findings(check, "Informtie over de regeling staat op de website.") == [("Informtie", ["Informatie"])]


def test_difficult_word_rule_leaves_the_slip_to_dd120(check):
    needs_word_list()
    text = "Zij zulen de informtie over uw aanvraag volgende week bekijken."
    assert not [m for word, m, _ in found(check, text, "DD104") if word in ("zulen", "informtie")]
    assert slip_findings(check, text) == [("zulen", ["zullen"]), ("informtie", ["informatie"])]
    # with DD120 off, DD104 still asks about the slip of a doubled consonant (rules43a)
    only = found(check, text, "DD104", select="DD104")
    assert ("zulen", "'zulen' is misschien een tikfout. Bedoelt u 'zullen'?", ["zullen"]) in only


def test_setting_off(check):
    needs_word_list()
    settings = {"rules": {"DD120": {"one_edit": False}}}
    assert slip_findings(check, "Op de website vindt u meer informtie over de regeling.", **settings) == []


# ---- no slips ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # words one keystroke from another common word are words themselves
    "Wij kopen een nieuwe fiets en lopen dan naar huis.",
    "De boten liggen in de haven, de poten van de tafel zijn kapot.",
    # a compound or a derived word that the list lacks: built of known parts
    "Het parkeerplekje naast de fietsenstalling is vernieuwd.",
    "Er komt een nieuwe buurtapp voor de bewoners van de wijk.",
    "Het dak van de schuur is overtrokken met plastic.",
    # a name inside a sentence, a name at the start with a second name after it
    "Mevrouw Kunen en meneer Gemeentte komen ook naar de avond.",
    "Helge Bonset zegt dat het klopt.",
    # old or Flemish spelling, a word without its diaeresis, an accent for stress
    "Wij sturen u een kado en een produkt voor de aktie.",
    "Ik heb goesting in een plezante avond met mijn nonkel.",
    "Zij kreeg financiele steun van de politiele afdeling.",
    "Dit is jezélf helpen, en dát is belangrijk.",
    # English, Latin and other languages
    "De meeting over de feedback is morgen om tien uur.",
    "Op het plein staat een kurkeik, de Quercus suber.",
    # a word with an apostrophe, a hyphen or digits
    "Zo'n auto's rijden hier niet vaak.",
    "Zie artikel 12abc en formulier B3-kunen.",
])
def test_no_slip(check, text):
    assert slip_findings(check, text) == []


@pytest.mark.parametrize("text", [
    "Mail naar informtie@gemeente.nl of kijk op www.gemeentte.nl/afval.",
    "Kijk op gemeentte.nl voor de openingstijden.",
    "Het woord 'informtie' is fout gespeld.",
    "Het woord “gemeentte” is fout gespeld.",
    "Typ `informtie` in het zoekveld.",
    "Wij zijn met de informatie-\navond begonnen, de gemeentte-\nraad ook.",
])
def test_no_slip_in_addresses_quotes_or_code(check, text):
    assert slip_findings(check, text) == []


def test_two_common_neighbours_is_no_slip():
    needs_word_list()
    # 'gebruiken' and 'gebroken', 'zien' and 'zitten': the writer may have meant either
    assert slips.one_edit_slip("gebruken") == ""
    assert slips.one_edit_slip("ziten") == ""


def test_first_letter_is_never_the_slip():
    needs_word_list()
    # "basis" from "absis" would change the first letter: a name or a loan is often so close
    assert slips.one_edit_slip("absis") == ""
    assert slips.one_edit_slip("informtie") == "informatie"


def test_no_slip_without_word_list(monkeypatch):
    import duidelijk.rules.slips as module

    module.one_edit_slip.cache_clear()
    monkeypatch.setattr(module, "_words", lambda: None)
    try:
        assert module.one_edit_slip("informtie") == ""
        assert module.one_edit_slip("kunen") == ""
    finally:
        module.one_edit_slip.cache_clear()
