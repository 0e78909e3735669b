"""Twenty-first session (fix21a helper): the review rev21a's bugs in DD103 ('inschakelen' of a
thing switched on; 'onderstaande'/'bovenstaande' with the adverb after its noun), DD105 (words
joined by a slash) and DD112 (an abbreviation before a noun). Own sentences, both ways."""

import pytest


def found(check, text, code="DD103"):
    return [f for f in check(text, select=[code]).findings if f.code == code]


def schakel(check, text):
    return [f.text for f in found(check, text) if "schakel" in f.text.lower()]


@pytest.mark.parametrize("text", [
    "Wij schakelen een zorginstelling in om u te helpen.",          # an institution, no setting
    "De gemeente heeft een onderwijsinstelling ingeschakeld voor de cursus.",
    "Wij hebben een financiële instelling ingeschakeld.",
    "Bij verzuim wordt leerplicht ingeschakeld.",                    # leer + plicht, no 'licht'
    "Bij verzuim schakelt de school leerplicht in.",
    "Het alarm heeft de politie ingeschakeld.",                      # the subject calls someone in
    "De zorginstelling heeft een advocaat ingeschakeld.",
    "De controle waarvoor wij een deskundige hebben ingeschakeld, is klaar.",  # called in for it
    "De functie waarvoor wij een wervingsbureau hebben ingeschakeld, is nog open.",
])
def test_inschakelen_of_a_person_or_organisation_is_calling_in(check, text):
    assert schakel(check, text), text


@pytest.mark.parametrize("text", [
    "De vloerverwarming is ingeschakeld.",
    "U kunt de pushmeldingen inschakelen.",
    "Het alarm wordt automatisch ingeschakeld.",
    "Wij hebben het alarm ingeschakeld.",
    "De verwarming die is ingeschakeld, brandt de hele nacht.",
    "De functie die wij hebben ingeschakeld, werkt nu.",
])
def test_inschakelen_of_a_thing_stays_switching_on(check, text):
    assert not schakel(check, text), text


def messages(check, text):
    return [f.message for f in found(check, text) if "staand" in f.text.lower()]


@pytest.mark.parametrize("text", [
    "Op grond van het bovenstaande wijs ik uw bezwaar af.",       # 'wijs' is no noun
    "Gelet op het bovenstaande besluit ik uw aanvraag af te wijzen.",  # the verb before 'ik'
    "Naar aanleiding van het bovenstaande verzoek ik u het formulier in te vullen.",
])
def test_het_bovenstaande_before_a_verb_gets_no_noun_with_hierboven(check, text):
    said = messages(check, text)
    assert said and not any("hierboven" in m for m in said), said


@pytest.mark.parametrize("text, example", [
    ("Het bovenstaande besluit is genomen op 3 mei.", "'het besluit hierboven'"),   # a noun after all
    ("Uw onderstaande aanvraag is afgewezen.", "'uw aanvraag hieronder'"),           # the possessive kept
    ("Een onderstaand voorbeeld laat zien hoe het moet.", "'een voorbeeld hieronder'"),
    ("Onderstaand bedrag moet u betalen.", "'het bedrag hieronder'"),                # no determiner: by gender
])
def test_the_adverb_after_a_noun_keeps_its_determiner(check, text, example):
    assert any(example in m for m in messages(check, text)), messages(check, text)


@pytest.mark.parametrize("text, word, said", [
    ("U heeft een omgevingsvergunning/ontheffing nodig.", "omgevingsvergunning", "de naam van een vergunning"),
    ("Betaal de onroerendezaakbelasting/rioolheffing voor 1 mei.", "onroerendezaakbelasting",
     "de naam van een belasting"),
    ("Dit regelt de APV/Afvalstoffenverordening.", "Afvalstoffenverordening", "de naam van een wet of regeling"),
    ("Vraag een Scholierenvergoeding/Energiebespaarlening aan.", "Scholierenvergoeding",
     "Met de hoofdletter is het een naam"),
])
def test_a_slash_part_gets_what_the_word_alone_gets(check, text, word, said):
    hits = [h for h in found(check, text, "DD105") if h.text == word]
    alone = [h for h in found(check, f"Dit is de {word} van het jaar.", "DD105") if h.text == word]
    assert hits and said in hits[0].message and "losse woorden" not in hits[0].message, hits
    assert alone and said in alone[0].message


def test_a_plain_slash_part_is_still_split(check):
    hits = found(check, "Stuur uw wachtwoordherstelaanvraag/klacht naar ons.", "DD105")
    assert [h.text for h in hits] == ["wachtwoordherstelaanvraag"] and "losse woorden" in hits[0].message


@pytest.mark.parametrize("text, name", [
    ("U krijgt van de SVB bericht over uw kinderbijslag.", "Sociale Verzekeringsbank (SVB)"),  # 'de' is no 'bericht''s
    ("Wij hebben het CAK opdracht gegeven om de bijdrage te innen.", "Centraal Administratie Kantoor (CAK)"),
    ("Wij sturen het CAK brieven over uw bijdrage.", "Centraal Administratie Kantoor (CAK)"),
])
def test_full_name_for_an_abbreviation_with_an_article_of_its_own(check, text, name):
    hits = found(check, text, "DD112")
    assert len(hits) == 1 and hits[0].suggestions == [name], hits


@pytest.mark.parametrize("text", [
    "Hoe hoog is de OZB aanslag voor uw huis?",  # 'de aanslag': one compound written apart
    "Wij hebben het BRP nummer nodig.",         # 'het nummer'
])
def test_no_full_name_inside_a_compound_written_apart(check, text):
    hits = found(check, text, "DD112")
    assert len(hits) == 1 and hits[0].suggestions == []
