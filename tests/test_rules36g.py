"""DD120 tikfout, d/t slips (thirty-sixth session, rules36g): a past participle with the wrong
one of -d and -t, only where the form is no Dutch word, so that no sentence needs its grammar
to decide. Sentences written for these tests."""

import pytest

from conftest import codes


def found(check, text):
    return [(f.text, f.suggestions[0] if f.suggestions else None)
            for f in codes(check(text, select=["DD120"]), "DD120")]


@pytest.mark.parametrize("text, span, suggestion", [
    # -t for -d: the sound before the ending is no t, k, f, s, ch or p
    ("U bent nu ingelogt op de website van de gemeente.", "ingelogt", "ingelogd"),
    ("Wij hebben uw melding doorgestuurd en de buurman gebelt.", "gebelt", "gebeld"),
    ("Op de foto bent u getagt met uw naam.", "getagt", "getagd"),
    ("Het formulier is goed ingevult.", "ingevult", "ingevuld"),
    ("Wij hebben de afvalbak naar het verkeerde adres gestuurt.", "gestuurt", "gestuurd"),
    ("De zaak is in het voorjaar geregelt.", "geregelt", "geregeld"),
    ("Uw buurvrouw heeft de vergunning al aangevraagt.", "aangevraagt", "aangevraagd"),
    ("U bent uitgenodigt voor een gesprek op het stadhuis.", "uitgenodigt", "uitgenodigd"),
    ("Wij hebben de bomen in de straat gesnoeid en de paden opgeruimt.", "opgeruimt", "opgeruimd"),
    ("Het plan is gebaseert op de wensen van de wijk.", "gebaseert", "gebaseerd"),
    # -d for -t: the sound before the ending is one of 't kofschip
    ("Wij hebben de hele week aan uw dossier gewerkd.", "gewerkd", "gewerkt"),
    ("Dit geld wordt gebruikd voor de nieuwe speeltuin.", "gebruikd", "gebruikt"),
    ("Het bedrag is op uw rekening geboekd.", "geboekd", "geboekt"),
    ("Wij hebben uw aanvraag gisteren bereikd.", "bereikd", "bereikt"),
    # the participle with the -e of an adjective, or the same spelling of a past
    ("Alleen de ingelogte gebruiker ziet de gegevens.", "ingelogte", "ingelogde"),
    ("De gebruikde gegevens staan in de bijlage.", "gebruikde", "gebruikte"),
    ("Vorig jaar bereikde de wijk het doel.", "bereikde", "bereikte"),
    ("Stuur het ingevulte formulier terug.", "ingevulte", "ingevulde"),
    # -dt where the participle ends in -d
    ("Uw vragen zijn door de wijkagent geantwoordt.", "geantwoordt", "geantwoord"),
    ("Wij hebben de bestelling gisteren geleverdt.", "geleverdt", "geleverd"),
])
def test_found(check, text, span, suggestion):
    assert found(check, text) == [(span, suggestion)]


@pytest.mark.parametrize("text", [
    # both endings are words: which one is right needs the grammar of the sentence
    "Er is iets gebeurd met uw aanvraag.",
    "Wat gebeurt er nu met mijn aanvraag?",
    "Hij vind het goed dat u belt.",
    "Ik vindt het goed dat u belt.",
    "U word gebeld door de wijkagent.",
    "Het verhuisd gezin krijgt een brief.",
    "Wij hebben het geld betaalt.",
    # a present form of a verb with a prefix: the -t form is a word ("hij bekostigt")
    "De gemeente bekostigt het nieuwe dak van het buurthuis.",
    "Wij vragen of hij de lening afbetaalt.",
    "De wethouder verantwoordt zich voor de raad.",
    "De stichting ontruimt het pand in mei.",
    "Hij vernoemt het plein naar zijn opa.",
    # a finite form with -d: 'genereert' or 'genereerde'? The form does not tell
    "De computer genereerd elke dag een nieuwe code.",
    # -dt where both other spellings are words
    "Wat gebeurdt er met mijn aanvraag?",
    # rare words of their own, far less common than the participle with the other ending
    "Uw telefoonnummer is geport naar een nieuwe aanbieder.",
    "Zij draagt een hoed van gevilt wol.",
    # a noun with the other ending, a German word
    "Het woord gebiet is Duits voor gebied.",
    # right forms
    "U bent ingelogd en u heeft het formulier ingevuld.",
    "Wij hebben de hele week gewerkt en de brief verstuurd.",
    "Alleen de ingelogde gebruiker ziet de gewerkte uren.",
    "De verhuisde bewoners en de verzekerde krijgen een brief.",
    # 'ge-' words that are no participle, nouns, adjectives
    "De gemeente ligt in een gebergte met een zorgverzekerde bevolking.",
    "Het gebied rond de school is veilig.",
    "Wij vragen om geduld tot de zomer.",
    "Het gerecht van de dag is soep.",
    "Zij is gezond en heeft een gezin.",
    # names and words with a capital, English words, codes, abbreviations
    "Mevrouw Berendt en meneer Geerd komen op bezoek.",
    "Ingelogt staat er bovenaan het scherm.",
    "You can upload the file and stay logged in.",
    "I don't mind the sound of the bird.",
    "Uw code is ab-gelogt-12 of ingelogt_2.",
    "Kijk op www.gemeente.nl/ingelogt voor meer.",
    # a word named between quote marks, a word split at a line end
    "Schrijf nooit 'ingelogt' in een brief.",
    'Het woord "gewerkd" is fout gespeld.',
    "U bent in-\ngelogt op de website.",
    "U bent in-\n    gelogt op de website.",
])
def test_not_found(check, text):
    assert found(check, text) == []


def test_in_code_not_found(check):
    assert found(check, "Typ `ingelogt` in het veld.") == []
