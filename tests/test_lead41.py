"""Forty-first session, the lead: mends of rev41's findings in rules41d's DD104/DD105 changes, and
the bare 'besluit'. Own sentences, both ways."""

import pytest

from duidelijk.rules.long_words import word_forms


def found(check, text, code):
    return [f.text for f in check(text, select=[code]).findings if f.code == code]


def test_a_name_before_a_preposition_is_no_titles_head(check):
    # an organisation's name, then 'voor': the word after it is no part of a title
    assert "herhuisvesting" in found(check, "Neem contact op met Woonbron voor herhuisvesting.", "DD104")
    # a common noun with a capital is: the title of a form
    assert "inwoning" not in found(check, "U vult het formulier Verklaring van inwoning in.", "DD104")


@pytest.mark.parametrize("plural, singular", [
    ("zorgverzekeringsbewijzen", "zorgverzekeringsbewijs"),  # -zen: -s
    ("huisvestingsbehoeften", "huisvestingsbehoefte"),
    ("lidmaatschappen", "lidmaatschap"),  # a doubled consonant
    ("onderzoeksresultaten", "onderzoeksresultaat"),  # an open syllable
    ("ondersteuningsmogelijkheden", "ondersteuningsmogelijkheid"),  # -heden: -heid
])
def test_forms_of_one_word_share_a_form(plural, singular):
    assert singular in word_forms(plural)


def test_other_words_share_no_form():
    assert word_forms("parkeervergunningen").isdisjoint(word_forms("parkeervergoeding"))
    assert "bewijs" not in word_forms("bewijzer")


def test_one_long_word_finding_across_a_changed_stem(check):
    text = ("Stuur de zorgverzekeringsbewijzen van uw kinderen mee. "
            "Zonder zorgverzekeringsbewijs kunnen wij de aanvraag niet behandelen.")
    assert found(check, text, "DD105") == ["zorgverzekeringsbewijzen"]


def test_bare_besluit_is_no_schemes_head(check):
    assert "ontheffing" in found(check, "Besluit ontheffing voor uw bedrijf in de wijk.", "DD104")


def test_blocks_of_lines_and_their_end_marks():
    # fix41a's test whether a block of lines holds an end mark, now made once per text
    from duidelijk.sentences import _block_has_end_mark

    text = "U bent uitgelogd\nLog opnieuw in\n\nDit is een zin.\nNog een regel\n\n9.00 uur\nwww.gemeente.nl"
    assert not _block_has_end_mark(text, 3)  # the first block: no mark
    assert _block_has_end_mark(text, text.index("Nog"))  # the second: "zin."
    assert not _block_has_end_mark(text, text.index("www"))  # a dot in a time or an address is no end
