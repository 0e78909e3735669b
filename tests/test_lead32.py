"""Thirty-second session (lead): 'op basis van' with 'blijken'. What shows a fact takes 'uit' in
Dutch ("Uit uw gegevens blijkt dat ..."); neither 'met' nor 'volgens' can take the place of 'op
basis van' there, so the finding offers 'Uit'. With other verbs 'uit' is no word for it ("Uit de
cijfers berekenen wij" says where the figures come from), and the replacements stay as they were.
Own sentences, both ways."""

import pytest


def found(check, text):
    """(text in lower case, suggestions) of each DD103 finding on 'op basis van'."""
    return [(f.text.lower(), list(f.suggestions)) for f in check(text, select=["DD103"]).findings
            if f.code == "DD103" and f.text.lower() == "op basis van"]


@pytest.mark.parametrize("text", [
    "Op basis van de door u ingevulde gegevens blijkt dat u recht hebt op toeslag.",
    "Op basis van onze cijfers bleek dat de wachttijd te lang was.",
    "Wij hebben gekeken en op basis van uw gegevens blijkt dat u verhuisd bent.",
])
def test_what_shows_a_fact_gets_uit(check, text):
    assert [(t, [w.lower() for w in s]) for t, s in found(check, text)] == [("op basis van", ["uit"])], found(check, text)


@pytest.mark.parametrize("text, word", [
    ("Op basis van de cijfers berekenen wij uw bijdrage.", "Met"),  # data worked from
    ("Op basis van onze gegevens woont u niet meer op dit adres.", "Volgens"),  # a state the data show
    ("Op basis van artikel 5 krijgt u een toeslag.", "Volgens"),  # a rule lays down
])
def test_other_verbs_keep_their_word(check, text, word):
    assert [(t, s[:1]) for t, s in found(check, text)] == [("op basis van", [word])], found(check, text)
    assert all("uit" not in [w.lower() for w in s] for _, s in found(check, text)), found(check, text)
