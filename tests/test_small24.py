"""Small rules on real text (small24): kinds of wrong finding of DD101, DD110 and DD114 on the
tunable sets, each with an example it must leave and one it must keep. Own sentences."""

import pytest
from conftest import codes



def found(check, code, text):
    return codes(check(text), code)  # all rules on: the other findings count


# --- DD101: a comma before an example at the end leaves one clause plain -------------------------
@pytest.mark.parametrize("text", [
    # 21 words, one clause, the comma only opens an example
    "U kunt ook langskomen bij de balie van het stadskantoor met uw paspoort en een bewijs van uw adres, "
    "bijvoorbeeld een huurcontract.",
    "U kunt de pas vanaf maandag ophalen bij de balie in het stadskantoor met een bewijs van uw adres, "
    "zoals een huurcontract.",
])
def test_one_clause_with_an_example_at_the_end_gets_no_length_finding(check, text):
    assert not found(check, "DD101", text)


# --- DD110: "jullie" for the reader and someone else together ----------------------------------
@pytest.mark.parametrize("text", [
    "Uw partner heeft u uitgenodigd om in te loggen. Zo bevestigt u met uw partner dat jullie willen trouwen.",
    "Als u en uw kinderen naar een andere gemeente verhuizen, moeten jullie dat binnen vijf dagen doorgeven. "
    "U krijgt dan een brief.",
    "U kunt ook samen met uw partner komen, dan maken jullie een afspraak bij de balie. U krijgt een mail.",
    # "u met uw" + people (fix24a): a person or household noun after "uw", also with a word between
    "Als u met uw gezin verhuist, moeten jullie dat binnen vijf dagen doorgeven. U krijgt dan een brief.",
    "Komt u met uw eigen kinderen naar de balie, dan krijgen jullie een nummer. U krijgt ook een mail.",
])
def test_jullie_for_the_reader_with_others_is_no_mix(check, text):
    assert not found(check, "DD110", text)


@pytest.mark.parametrize("text", [
    # "jullie" for the reader alone: the text says "u" elsewhere
    "U kunt uw aanvraag online doen. Daarna sturen wij jullie een brief met het besluit.",
    # the group is named in another sentence: this "jullie" stands apart
    "U kunt samen met uw partner een afspraak maken. Jullie krijgen dan een bevestiging per mail.",
    # "u" with "uw partner" in the sentence, but "je" is still a mix
    "Zo bevestigt u met uw partner dat je wilt trouwen. U krijgt daarna een mail.",
    # "u met uw" + a thing (review rev24a bug 1): what the reader uses or brings, no group with the reader
    "Zodra u met uw aanvraag klaar bent, sturen wij jullie een bevestiging. U hoort dan binnen twee weken van ons.",
    "Als u met uw DigiD inlogt, kunnen jullie de status van de aanvraag zien. U krijgt ook een mail.",
    "Kunt u met uw vragen niet bij ons terecht, dan helpen jullie buren misschien. U kunt ook bellen.",
    "Neemt u met uw klachten contact op met jullie huisarts. U kunt ook ons bellen.",
])
def test_jullie_or_je_for_the_reader_alone_is_a_mix(check, text):
    assert found(check, "DD110", text)


# --- DD114: "anders ... langer" says that waiting costs the reader ------------------------------
@pytest.mark.parametrize("text", [
    "Missen wij informatie? Dan nemen wij contact met u op. Reageer dan zo snel mogelijk, anders kan het "
    "langer duren.",
    "Stuur het formulier zo snel mogelijk terug. Anders krijgt u uw geld later.",
    # "want anders", "pas later", a delay of a thing known already (fix24a)
    "Stuur het formulier zo snel mogelijk terug, want anders duurt het langer.",
    "Stuur het formulier zo snel mogelijk terug; anders duurt het langer.",
    "Stuur het formulier zo snel mogelijk terug, anders krijgt u uw geld pas later.",
    "Stuur het formulier zo snel mogelijk terug, anders wordt uw aanvraag later behandeld.",
])
def test_as_soon_as_possible_with_else_later_is_not_vague(check, text):
    assert not found(check, "DD114", text)


@pytest.mark.parametrize("text", [
    # "anders" with a consequence the writer can date: a deadline is missing
    "Stuur het formulier zo snel mogelijk terug, anders vervalt uw aanvraag.",
    # "later" without "anders": no reason given why speed helps
    "Stuur het formulier zo snel mogelijk terug. U krijgt het geld later op uw rekening.",
    # review rev24a bug 2a: "niet langer" is "no longer", a consequence with a date to name
    "Stuur ons zo snel mogelijk de gevraagde papieren, anders kunnen wij uw uitkering niet langer betalen.",
    "Reageer zo snel mogelijk, anders kunnen wij u niet langer helpen.",
    # bug 2b: "anders" as "different" or "elsewhere", or "later" in another clause
    "Geef het zo snel mogelijk door als u ergens anders gaat wonen, want later kan dat niet meer.",
    "Stuur de gegevens zo snel mogelijk op. Als uw situatie anders wordt, hoort u later van ons.",
    "Stuur ons zo snel mogelijk uw rekening. Anders dan vorig jaar betalen wij het bedrag later uit.",
    "Stuur het formulier zo snel mogelijk terug, anders vervalt uw aanvraag en moet u later een nieuwe "
    "aanvraag doen.",
    # bug 2c: "later" before a new thing is a consequence (a new cost), no delay of what the reader waits for
    "Geef wijzigingen in uw inkomen zo snel mogelijk door, anders moet u later misschien geld terugbetalen.",
    "Geef veranderingen zo snel mogelijk door. Anders moet u later misschien geld terugbetalen.",
    "Stuur het formulier zo snel mogelijk terug, anders krijgt u later een boete.",
])
def test_as_soon_as_possible_without_else_later_stays_vague(check, text):
    assert found(check, "DD114", text)
