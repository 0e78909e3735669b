"""Words two blind readers call known (benchmarks/known_words.py, the 'twee lezers' lines of
wordlists/b1_safe.tsv): DD104 passes them; formal and legal words of the same frequency band
stay hard. Own sentences."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def found(check, text):
    return [f.text.lower() for f in check(text, select=["DD104"]).findings if f.code == "DD104"]


def test_words_of_daily_life_that_print_under_counts_are_not_hard(check):
    assert "annuleren" not in found(check, "U kunt de afspraak annuleren op onze website.")
    assert "helpdesk" not in found(check, "Heeft u een vraag? Bel dan de helpdesk.")
    assert "verkouden" not in found(check, "Bent u verkouden? Blijf dan thuis.")
    assert "oplader" not in found(check, "Neem uw telefoon en de oplader mee.")
    # before: a word of written Dutch near the bar (its spoken frequency is low)
    assert "verkoudheid" not in found(check, "Bij een verkoudheid hoeft u niet naar de dokter.")


def test_a_compound_of_a_known_part_is_judged_as_a_whole(check):
    """A known part is no obstacle of its own (``hard_part``): a rare compound of it is judged
    by the whole, as a compound of two familiar parts is ('inlogfunctie'). The whole is known
    when it says what it is by its parts, with an everyday head of speech (``known_part_compound``,
    dd104w22: 'coronaregels' are rules about corona, as 'afvalregels' are about waste); a head
    of written Dutch or in another sense keeps it hard ('grofvuilkalender', tests/test_dd104w22.py)."""
    assert found(check, "Toon uw coronabewijs. De coronaregels gelden nog.") == []
    assert found(check, "De inlogfunctie van uw account is geblokkeerd.") == ["inlogfunctie"]


def test_formal_and_legal_words_of_the_same_band_stay_hard(check):
    assert "voogdij" in found(check, "De rechter beslist over de voogdij van het kind.")
    assert "machtiging" in found(check, "Stuur ons een machtiging van uw partner.")
    assert "desondanks" in found(check, "Desondanks kunnen wij uw vraag niet beantwoorden.")


def test_the_list_section_is_what_both_readers_call_known():
    """The 'twee lezers' lines are exactly the words both readers of their half call known
    (a hand edit of the section, or a new reading without --write, fails here)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import known_words
    finally:
        sys.path.pop(0)
    lines = (ROOT / "wordlists" / "b1_safe.tsv").read_text(encoding="utf-8").splitlines()
    section = {line.split("\t")[0] for line in lines if line.endswith("\t" + known_words.NOTE)}
    by_hand = {line.split("\t")[0] for line in lines
               if line and not line.startswith("#") and not line.endswith("\t" + known_words.NOTE)}
    assert section == set(known_words.agreed_known()) - by_hand
    assert "voogdij" not in section and "annuleren" in section


def test_the_second_band_of_words_of_daily_life_is_not_hard(check):
    """The second reading (Zipf 3.1-3.3, halves C and D): words of daily life both readers call
    known; each was a DD104 finding before."""
    assert "uitbetaling" not in found(check, "Wij doen de uitbetaling op 1 mei.")
    assert "terugbetaling" not in found(check, "De terugbetaling volgt later.")
    assert "overnachting" not in found(check, "De kosten van een overnachting betaalt u zelf.")
    assert "werkeloos" not in found(check, "Bent u werkeloos?")


def test_the_second_band_leaves_formal_words_of_its_band_hard(check):
    """Words of the same band that the readers did not both call known stay findings."""
    assert "afbakening" in found(check, "De afbakening van het gebied staat op de kaart.")
    assert "bekwaamheid" in found(check, "Wij kijken naar de bekwaamheid van de aanvrager.")
