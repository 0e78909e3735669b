"""Thirty-fifth session (rules35f): DD103's wrong findings.

A listed word with a capital in the middle of a sentence names a department or a team ("bel
met Dienstverlening"); only an article before it makes it the title of a document ("de
Verordening ..."), which the reader must still know. "die" and "dat" are articles too, but in a
relative clause they are a pronoun of their own, and the capitalised word after them is then a
name as after any other word. Own sentences, both ways."""

import pytest


def spans(check, text):
    return [f.text.lower() for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


@pytest.mark.parametrize("text, word", [
    # a relative 'die'/'dat' before the capitalised name of a department
    ("Daarvoor zijn de gegevens nodig die Uitkeren WW op het formulier vraagt.", "uitkeren"),
    ("Dit is het bedrag dat Uitkeren aan u overmaakt.", "uitkeren"),
])
def test_name_after_a_relative_pronoun_is_no_finding(check, text, word):
    assert word not in spans(check, text)


@pytest.mark.parametrize("text, word", [
    # the verb itself in lower case, after the same pronouns
    ("Dit zijn de bedragen die wij elke maand uitkeren.", "uitkeren"),
    ("Het is de toeslag die de gemeente in mei zal uitkeren.", "uitkeren"),
    # a capital after 'die' as an article: a title, still a finding
    ("Wij kunnen die Uitkeren niet voor u doen.", "uitkeren"),
])
def test_the_word_itself_or_after_an_article_stays(check, text, word):
    assert word in spans(check, text)


# A particle verb ('opvolgen') matched on 'volgt' while its 'op' is the preposition of a noun,
# joined by 'en'/'of' to a second noun with its own preposition: the two share the noun phrase
# after the second ("het recht op en de hoogte van uw toeslag"), so 'op' is no particle.
@pytest.mark.parametrize("text", [
    "Daarna volgt een besluit over het recht op en de hoogte van uw toeslag.",
    "Na de controle volgt een brief over uw recht op of de plicht tot terugbetaling.",
])
def test_preposition_sharing_its_noun_phrase_is_no_particle(check, text):
    assert not any("volg" in s for s in spans(check, text))


@pytest.mark.parametrize("text, word", [
    # a particle at the end of its clause, before 'en' and a verb
    ("Wij volgen uw melding op en bellen u daarna.", "volgen"),
    # a particle after the verb's object, before a second object with its own preposition
    ("Volg de instructies op en de adviezen van de arts.", "volg"),
    # a particle before 'en' and a clause
    ("Daarin geeft u het nummer aan en om welke brief het gaat.", "geeft"),
])
def test_particle_before_en_stays(check, text, word):
    assert word in spans(check, text)
