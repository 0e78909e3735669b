"""Words joined with a hyphen (rules36i), judged as a whole and not by their last piece only.

- "e-" + a noun names the digital form of a thing: it says what it is only when the thing is an
  everyday word ("e-formulier") or the whole is in the dictionary ("e-mail", "e-ticket");
  "e-mandaat", "e-nota" are hard (DD104, ``difficult_words._digital_form_score``). A capital
  "E-" marks no name.
- A hyphen between vowels or inside a long compound is spelling only: a chain of three pieces,
  or a piece that is a long compound of its own, is a long word all the same
  ("data-uitwisselingsprotocol": DD105, ``LongWord._hyphened_chain``). Two everyday words
  ("ziekenhuis-opname") and prefixes ("oud-", "niet-", "ex-") stay quiet.

Own sentences, none from the judged, Amsterdam or harvest sets."""
import pytest

from conftest import codes


def _found(check, text):
    return [(x.code, text[x.start:x.end]) for x in codes(check(text, select=["DD104", "DD105"]))]


def _spans(check, text):
    return [span for _, span in _found(check, text)]


@pytest.mark.parametrize("text, word, code", [
    ("Met een e-mandaat geeft u ons toestemming.", "e-mandaat", "DD104"),
    ("Weet u zeker dat u dit E-mandaat wilt stoppen?", "E-mandaat", "DD104"),
    ("Log in met e-herkenning om de aanvraag te doen.", "e-herkenning", "DD104"),
    ("U krijgt een e-nota van ons.", "e-nota", "DD104"),
    ("U kunt een e-depot aanvragen.", "e-depot", "DD104"),
    ("U krijgt een e-zegel op uw brief.", "e-zegel", "DD104"),
    ("De subsidie-uitvoeringsregeling geldt voor alle scholen.", "subsidie-uitvoeringsregeling", "DD105"),
    ("Het energie-infrastructuurplan is klaar.", "energie-infrastructuurplan", "DD105"),
    ("Wij doen een hulpmiddelen-indicatiestelling bij u thuis.", "hulpmiddelen-indicatiestelling", "DD105"),
    ("De camera werkt met een beeld-herkennings-algoritme.", "beeld-herkennings-algoritme", "DD105"),
    ("De gemeente maakt een klimaat-adaptatie-strategie.", "klimaat-adaptatie-strategie", "DD105"),
    ("Wij gebruiken een water-kwaliteits-meetnet.", "water-kwaliteits-meetnet", "DD105"),
])
def test_hard_hyphened_words_are_found(check, text, word, code):
    assert (code, word) in _found(check, text)


@pytest.mark.parametrize("text, word", [
    # a piece that is a long word by itself ("uitwisselingsprotocol"): found before, and still
    ("Het data-uitwisselingsprotocol staat op onze website.", "data-uitwisselingsprotocol"),
    ("Wij maken een mobiliteits-transitieprogramma voor de stad.", "mobiliteits-transitieprogramma"),
    ("Wij werken met een klant-interactiemodel.", "klant-interactiemodel"),
])
def test_a_long_piece_stays_found(check, text, word):
    assert ("DD105", word) in _found(check, text)


@pytest.mark.parametrize("text, word", [
    ("Stuur ons een e-mail met uw vraag.", "e-mail"),
    ("Uw e-mailadres is veranderd.", "e-mailadres"),
    ("U krijgt E-mailberichten over uw aanvraag.", "E-mailberichten"),
    ("U krijgt E-mailmeldingen over uw zaak.", "E-mailmeldingen"),
    ("Wij sturen e-mailmeldingen.", "e-mailmeldingen"),
    ("U kunt ook een e-book lenen bij de bibliotheek.", "e-book"),
    ("Uw e-ticket staat in de app.", "e-ticket"),
    ("Vul het e-formulier in.", "e-formulier"),
    ("Uw e-dossier staat klaar.", "e-dossier"),
    ("Roken van een e-sigaret mag hier niet.", "e-sigaret"),
    ("Kijk op het e-loket van de gemeente.", "e-loket"),
    ("Lees de e-krant op uw tablet.", "e-krant"),
    ("Het T-shirt kost tien euro.", "T-shirt"),
    ("Bij de T-splitsing gaat u rechts.", "T-splitsing"),
    ("Bij een A4-tje past dit niet.", "A4-tje"),
    ("U krijgt een ziekte-uitkering van het UWV.", "ziekte-uitkering"),
    ("Er komt een radio-uitzending over de wijk.", "radio-uitzending"),
    ("Wij betalen de bibliotheek-abonnementen voor kinderen.", "bibliotheek-abonnementen"),
    ("Na de ziekenhuis-opname krijgt u hulp thuis.", "ziekenhuis-opname"),
    ("De buurt-activiteiten staan in de krant.", "buurt-activiteiten"),
    ("De auto-onderdelenwinkel is op zaterdag open.", "auto-onderdelenwinkel"),
    ("Uw zonne-energierekening komt in juni.", "zonne-energierekening"),
    ("De huisarts-assistente belt u terug.", "huisarts-assistente"),
    ("Wij kijken samen naar de ouder-kindrelatie.", "ouder-kindrelatie"),
    ("De oud-wethouder opent het feest.", "oud-wethouder"),
    ("Niet-rokers krijgen korting.", "Niet-rokers"),
    ("De ex-partner krijgt een brief.", "ex-partner"),
    ("Zij is mede-eigenaar van het huis.", "mede-eigenaar"),
    ("De zorg-verzekeraar betaalt de kosten.", "zorg-verzekeraar"),
    ("De woon-werkafstand is tien kilometer.", "woon-werkafstand"),
    ("De 65-plussers krijgen een brief.", "65-plussers"),
])
def test_everyday_hyphened_words_stay_quiet(check, text, word):
    assert word not in _spans(check, text)
