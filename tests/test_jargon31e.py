"""Thirty-first session (rules31e): a listed verb with its preposition in a main clause that
opens with the preposition joined to 'hier', 'daar', 'waar' or 'er'. Own sentences, both ways."""

import pytest


def found_texts(check, text):
    """The texts of the text's DD103 findings, in lower case."""
    return [f.text.lower() for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


@pytest.mark.parametrize("text, span", [
    # the finite verb is the listed one, its other words end the clause
    ("Hierop heeft de brief betrekking.", "hierop heeft de brief betrekking"),
    ("Daarop heeft deze regel geen betrekking.", "daarop heeft deze regel geen betrekking"),
    # (with 'geen': 'out of the question', no finding; mend31d, see test_mend31d.py)
    ("Daarvan is in dit geval sprake.", "daarvan is in dit geval sprake"),
    ("Hieraan voldoet uw aanvraag niet.", "hieraan voldoet"),          # a negation after it
    # the listed verb ends the clause, after a modal or as a participle
    ("Daaraan moet uw aanvraag voldoen.", "daaraan moet uw aanvraag voldoen"),
    ("Hierop heeft de brief betrekking gehad.", "hierop heeft de brief betrekking gehad"),
    # after a punctuation mark: a new sentence part
    ("Uw huis staat op de lijst; hierop heeft dit besluit betrekking.", "hierop heeft dit besluit betrekking"),
])
def test_fronted_joined_preposition_is_found(check, text, span):
    assert span in found_texts(check, text), text


@pytest.mark.parametrize("text", [
    "Hierop hebben wij lang gewacht.",             # 'wachten op': no listed expression
    "Daarop staat de naam van uw kind.",           # 'staan op': no listed expression
    "Daarvoor is de gemeente verantwoordelijk.",
    "Hierover gaat deze brief.",
    "Daarna heeft de brief betrekking op uw huis.",   # "daarna" is no joined word (the list finds "heeft betrekking op")
])
def test_fronted_joined_preposition_without_listed_expression(check, text):
    assert not any(t.startswith(("hier", "daar", "waar")) for t in found_texts(check, text)), text


def test_whole_expression_before_the_joined_word_alone(check):
    # the list's 'hiertoe' -> 'hiervoor' does not fit a verb of 'tot': the expression is named
    report = check("Hiertoe behoort ook uw huis.", select=["DD103"])
    found = [f for f in report.findings if f.code == "DD103"]
    assert [f.text.lower() for f in found] == ["hiertoe behoort"] and found[0].suggestions == []
    # the finite verb's particle at the end belongs to it; one finding each
    assert found_texts(check, "Hieruit vloeit voort dat u moet betalen.") == ["hieruit vloeit voort"]
    assert found_texts(check, "Hiervoor komt u in aanmerking.") == ["hiervoor komt u in aanmerking"]


# --- a subclause's verb cluster inside a listed expression of a noun, a verb and its preposition

@pytest.mark.parametrize("text, span", [
    ("Wij kijken of er sprake kan zijn van een fout.", "sprake kan zijn van"),          # a modal first
    ("Als er sprake zal zijn van schade, betalen wij die.", "sprake zal zijn van"),
    ("Wij denken dat er sprake is geweest van een fout.", "sprake is geweest van"),      # the participle after
    ("Wij denken dat de regel betrekking heeft gehad op uw huis.", "betrekking heeft gehad op"),
    ("Wij stoppen als er sprake blijkt te zijn van fraude.", "sprake blijkt te zijn van"),
])
def test_verb_cluster_inside_expression_is_found(check, text, span):
    assert span in found_texts(check, text), text


@pytest.mark.parametrize("text", [
    "Het is de vraag of de regel betrekking kan krijgen op uw huis.",   # another verb than the listed one
    "Wij weten dat er sprake was. Van de rest weten wij niets.",          # the sentence ends first
])
def test_verb_cluster_without_listed_verb(check, text):
    assert not any(t.startswith(("sprake", "betrekking")) for t in found_texts(check, text)), text
