"""DD103: field terms (vaktermen) of the fields a municipality writes about, listed in
wordlists/jargon.tsv under 'Field terms (vaktermen)': found with a plain paraphrase; a word
with an everyday sense only in its field (its 'with' context); not when the sentence explains
it. Sentences written for these tests."""

import pytest

from conftest import codes


def found(check, text):
    return codes(check(text, select=["DD103"]), "DD103")


@pytest.mark.parametrize("text, word", [
    ("In het bestemmingsplan staat dat u hier geen schuur mag bouwen.", "bestemmingsplan"),
    ("De gezinsvoogd komt volgende week bij u langs.", "gezinsvoogd"),
    ("U krijgt de WOZ-beschikking in februari.", "WOZ-beschikking"),
    ("Wij betalen de loonkostensubsidie aan uw werkgever.", "loonkostensubsidie"),
    ("Wij bewaren uw gegevens niet langer dan nodig, volgens de doelbinding.", "doelbinding"),
    ("De GGD doet bron- en contactonderzoek.", "bron- en contactonderzoek"),
    ("Zonder geldige reden is dit luxe verzuim.", "luxe verzuim"),
    ("De rechter heeft de ontruiming van de woning bevolen wegens een huurschuld.", "ontruiming"),
    ("Op de verbeelding van het omgevingsplan ziet u waar u mag bouwen.", "verbeelding"),
    ("U kunt een toevoeging aanvragen, dan betaalt u minder voor uw advocaat.", "toevoeging"),
])
def test_field_term_is_found(check, text, word):
    assert word in [f.text for f in found(check, text)]


@pytest.mark.parametrize("text, word", [
    # the everyday sense: no 'with' context in the sentence
    ("Dat bestaat alleen in uw verbeelding.", "verbeelding"),
    ("Een toevoeging van zout maakt de soep lekker.", "toevoeging"),
    ("De ontruiming van het gebouw oefenen wij elk jaar.", "ontruiming"),
    ("De melk is gestremd en wordt kaas.", "gestremd"),
    ("De verharding van de standpunten maakt het overleg moeilijk.", "verharding"),
    # a fixed expression in which the word has another sense
    ("Op de markt is ambulante handel toegestaan.", "ambulante"),
])
def test_everyday_sense_is_not_found(check, text, word):
    assert word not in [f.text for f in found(check, text)]


@pytest.mark.parametrize("text", [
    "U krijgt een vergunning voor uw schuur.",
    "Wij halen uw afval op maandag op.",
    "U betaalt de huur elke maand op tijd.",
    # a compound of everyday words that says what it is needs no explanation
    "Dan kunnen wij een adresonderzoek starten.",
    "Wij bewaren uw gegevens niet langer dan de bewaartermijn van twee jaar.",
])
def test_words_a_reader_knows_are_not_found(check, text):
    assert not found(check, text)


@pytest.mark.parametrize("text, word, proposal", [
    ("Het hemelwater van uw dak loopt nu in het riool.", "hemelwater", "regenwater"),
    ("De weg is twee dagen gestremd door werk aan de brug.", "gestremd", "afgesloten"),
    ("Uw heffingskorting is dit jaar hoger.", "heffingskorting", "belastingkorting"),
    ("De lichtmast voor uw huis is kapot.", "lichtmast", "lantaarnpaal"),
])
def test_field_term_with_a_plain_word_in_its_place(check, text, word, proposal):
    f = [x for x in found(check, text) if x.text == word]
    assert f and f[0].suggestions and f[0].suggestions[0].endswith(proposal)


@pytest.mark.parametrize("text, word", [
    # an explanation only: the paraphrase cannot stand in the word's place
    ("In het bestemmingsplan staat dat u hier geen schuur mag bouwen.", "bestemmingsplan"),
    ("U heeft recht op bijzondere bijstand.", "bijzondere bijstand"),
])
def test_field_term_is_explained_not_replaced(check, text, word):
    f = [x for x in found(check, text) if x.text == word]
    assert f and not f[0].suggestions and "bijvoorbeeld: '" in f[0].message


@pytest.mark.parametrize("explained, plain, word", [
    ("Een gezinsvoogd is iemand die uw gezin helpt als de rechter dat heeft besloten.",
     "De gezinsvoogd helpt uw gezin.", "gezinsvoogd"),
    ("Leg uw wensen vast in een wilsverklaring (dat is een brief waarin u zegt welke zorg u wilt).",
     "Leg uw wensen vast in een wilsverklaring.", "wilsverklaring"),
    ("De bijtelling, dat wil zeggen het bedrag dat bij uw inkomen komt, is voor uw auto van de zaak 22 procent.",
     "De bijtelling is voor uw auto van de zaak 22 procent.", "bijtelling"),
])
def test_field_term_explained_in_the_sentence_is_not_found(check, explained, plain, word):
    assert word in [f.text for f in found(check, plain)]
    assert word not in [f.text for f in found(check, explained)]
