"""Review of rules32b's DD112 and DD108 changes (rev32b). Sentences written for these tests.

DD112: the parts of a compound spell a short form only in a name, not in a title of two words
at the start of a line ("Aanvraag Parkeervergunning" is no APV); capitals met before in a compound
that the rule flags where it reads it ("BSO-toeslag" in a heading) are still met for the first time
alone. DD108: a plural verb that the tagger takes for an infinitive, with its subject opening the
sentence, is the finite verb ("De medewerkers ... helpen u", "De bewoners ... worden gebeld")."""

import pytest

from conftest import codes


def spans(check, text, code):
    return [text[f.start:f.end] for f in codes(check(text, select=code), code)]


# --- DD112: a title is no name ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Aanvraag Parkeervergunning\n\nDe APV zegt dat u nog even moet wachten.",
    "Betreft: Aanvraag Parkeervergunning\n\nDe APV zegt dat u nog even moet wachten.",
])
def test_title_with_a_compound_is_no_full_name(check, text):
    # 'Aanvraag' has its capital from the start of the line; 'Parkeer|vergunning' gives P and V
    assert spans(check, text, "DD112") == ["APV"]


@pytest.mark.parametrize("text", [
    # three words of a name at the start of a sentence, or a word before the name
    "Centraal Justitieel Incassobureau stuurt u een boete. Het CJIB wacht op uw betaling.",
    "Wij werken samen met het Sociaal Wijkteam Noord. Het SWT belt u snel.",
    "Het Centraal Justitieel Incassobureau stuurt u een boete. Betaal het CJIB op tijd.",
])
def test_name_with_a_compound_explains(check, text):
    assert not spans(check, text, "DD112")


# --- DD112: met before in a compound the rule flags -----------------------------------------

def test_met_before_in_a_scheme_compound_in_a_heading(check):
    # 'BSO-toeslag' in the heading is a scheme compound: not a compound the rule leaves
    assert spans(check, "Aanvraag BSO-toeslag\n\nVoor de BSO kunt u toeslag krijgen.", "DD112") == ["BSO"]


def test_met_before_in_a_compound_the_rule_leaves(check):
    assert not spans(check, "De PCR-test is gratis. Doe een PCR bij de GGD.", "DD112")


# --- DD108: a plural read as an infinitive ------------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("De medewerkers van het team Werk en Inkomen van de gemeente Utrecht in de wijk Overvecht helpen u graag.",
     "helpen"),
    ("Alle ouders van de kinderen op de basisscholen in de wijken van het stadsdeel Noord betalen.", "betalen"),
    # the auxiliary of a passive, before its participle
    ("De bewoners van de flats aan de Dorpsstraat in het oude centrum van het dorp worden gebeld.", "worden"),
])
def test_plural_read_as_infinitive_keeps_the_lead_in(check, text, verb):
    found = spans(check, text, "DD108")
    assert len(found) == 1 and found[0].endswith(verb)

