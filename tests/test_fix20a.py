"""Review fixes of the twentieth session (fix20a): DD106's nouns of action name the right
person and write Dutch verb forms (verbs.separable), its 'het + infinitive + van' guard keeps
officialese heads. Sentences written for these tests."""

import pytest

from conftest import codes
from duidelijk.verbs import separable


def found(check, text, code):
    return codes(check(text, select=code), code)


@pytest.mark.parametrize("verb, parts", [
    # a verb with its own inseparable prefix makes no "ge" but splits
    ("uitbetalen", ("uit", "betalen")), ("terugbetalen", ("terug", "betalen")),
    ("voorbereiden", ("voor", "bereiden")), ("doorverwijzen", ("door", "verwijzen")),
    # a form without "ge" that is also the stem or the present tells nothing
    ("omzetten", ("om", "zetten")), ("intrekken", ("in", "trekken")),
    ("overschrijven", ("over", "schrijven")), ("toekennen", ("toe", "kennen")),
    ("afhandelen", ("af", "handelen")),
    # inseparable: text writes the participle without "ge"
    ("ondersteunen", ("", "ondersteunen")), ("onderzoeken", ("", "onderzoeken")),
    ("overwegen", ("", "overwegen")), ("aanvaarden", ("", "aanvaarden")),
    ("informeren", ("", "informeren")), ("beoordelen", ("", "beoordelen")),
    ("kennismaken", ("", "kennismaken")),
])
def test_separable_verbs(verb, parts):
    assert separable(verb) == parts


@pytest.mark.parametrize("text, span, message", [
    # who acts: the 'door' phrase, in its number; the verb's particle at the end
    ("De uitbetaling van uw toeslag door de Belastingdienst gebeurt op de 20e van de maand.",
     "De uitbetaling van uw toeslag door de Belastingdienst", "'De Belastingdienst betaalt uw toeslag uit'"),
    ("De terugbetaling van uw borg door de verhuurder duurt vaak lang.",
     "De terugbetaling van uw borg door de verhuurder", "'De verhuurder betaalt uw borg terug'"),
    ("De vaststelling van uw aanslag door de ambtenaren gebeurt in maart.",
     "De vaststelling van uw aanslag door de ambtenaren", "'De ambtenaren stellen uw aanslag vast'"),
    ("De vaststelling van uw aanslag door de gemeente gebeurt in maart.",
     "De vaststelling van uw aanslag door de gemeente", "'De gemeente stelt uw aanslag vast'"),
    # the writer with a verb of handling a case, or waiting with the act
    ("Na de beoordeling van uw aanvraag sturen wij u een brief.", "de beoordeling van uw aanvraag",
     "'Wij beoordelen uw aanvraag'"),
    ("Wij wachten met de uitbetaling van uw uitkering.", "de uitbetaling van uw uitkering",
     "'Wij betalen uw uitkering uit'"),
    # the subject of the clause need not act: no example with it
    ("Na de indiening van uw bezwaar sturen wij u een bevestiging.", "de indiening van uw bezwaar",
     "Zeg daarin wie uw bezwaar indient."),
    ("Na de betaling van uw boete sturen wij u een bewijs.", "de betaling van uw boete",
     "Zeg daarin wie uw boete betaalt."),
    ("Wij stoppen met de uitbetaling van uw uitkering.", "de uitbetaling van uw uitkering",
     "Zeg daarin wie uw uitkering uitbetaalt."),
    # 'door middel van' names no one who acts
    ("De betaling van uw rekening door middel van automatische incasso is makkelijk.",
     "De betaling van uw rekening door middel van automatische incasso", "Zeg daarin wie uw rekening betaalt."),
    # a thing of the reader by its ending, not a person
    ("De behandeling van uw dossier duurt acht weken.", "De behandeling van uw dossier",
     "Zeg daarin wie uw dossier behandelt."),
    ("De opzegging van uw abonnement gaat in op 1 mei.", "De opzegging van uw abonnement",
     "Zeg daarin wie uw abonnement opzegt."),
    ("De wijziging van uw nummer gaat in op 1 mei.", "De wijziging van uw nummer",
     "Zeg daarin wie uw nummer wijzigt."),
    # a clause the parse hangs on the noun stays out of the span
    ("Ik wacht met de beoordeling van uw aanvraag tot ik uw loonstrook heb.",
     "de beoordeling van uw aanvraag", "'Ik beoordeel uw aanvraag'"),
    # a verb of asking: Dutch infinitives with 'te'
    ("U kunt een omzetting van uw vergunning aanvragen.", None, "'vragen om ... om te zetten'"),
    ("U kunt een intrekking van uw vergunning aanvragen.", None, "'vragen om ... in te trekken'"),
    ("De gegevens zijn niet genoeg voor verdere beoordeling.", "voor verdere beoordeling",
     "'om ... verder te beoordelen'"),
])
def test_action_nouns_name_the_right_person_in_dutch(check, text, span, message):
    f = found(check, text, "DD106")
    assert len(f) == 1 and message in f[0].message
    if span:
        assert f[0].text == span
    assert "uitbetaalt uw" not in f[0].message and "wij dienen" not in f[0].message.lower()


@pytest.mark.parametrize("text", [
    # a verb that takes no object: the 'van' phrase is what rises
    "De stijging van uw huur is drie procent.",
    "De stijging van uw huur door de inflatie is drie procent.",
    "Na de verhuizing van uw bedrijf sturen wij u een nieuwe aanslag.",
    # who acts after 'van'
    "De verklaring van uw werkgever is nodig.",
    "De medewerking van uw verhuurder is nodig.",
    # 'verdere'/'nadere' after 'na'/'tot', help the reader gets, a meeting
    "Ter nadere kennismaking nodigen wij u uit voor een gesprek.",
    "Na nadere beoordeling hebben wij besloten uw aanvraag af te wijzen.",
    "Tot nadere uitwerking blijft de oude regeling gelden.",
    "Voor verdere ondersteuning kunt u bij het wijkteam terecht.",
    "Voor verdere begeleiding verwijzen wij u naar het wijkteam.",
    # 'het + infinitive + van' after an everyday word
    "Het geld is bestemd voor het organiseren van een buurtfeest.",
    "Bedankt voor het invullen van de vragenlijst.",
])
def test_no_action_noun_finding(check, text):
    assert found(check, text, "DD106") == []


@pytest.mark.parametrize("text, span", [
    # 'het + infinitive + van' after 'tot' or an officialese word stays nominal style
    ("Wij hebben besloten tot het beëindigen van uw uitkering.", "het beëindigen van"),
    ("Het college besluit tot het verlenen van de vergunning.", "het verlenen van"),
    ("U bent verplicht tot het betalen van de kosten.", "het betalen van"),
    ("Wij zijn genoodzaakt tot het stopzetten van uw uitkering.", "het stopzetten van"),
    ("De gemeente is belast met het uitvoeren van de wet.", "het uitvoeren van"),
    ("Wij nodigen u uit voor het bespreken van uw plan.", "het bespreken van"),
    ("Wij zijn overgegaan tot het opleggen van een boete.", "het opleggen van"),
])
def test_het_van_after_officialese_heads_is_found(check, text, span):
    assert [f.text for f in found(check, text, "DD106")] == [span]



@pytest.mark.parametrize("text, message", [
    # who acts as a pronoun after 'door' (review note N6)
    ("De behandeling van uw klacht door ons duurt twee weken.", "'Wij behandelen uw klacht'"),
    ("De betaling van uw boete door u moet voor 1 mei.", "'U betaalt uw boete'"),
    ("De behandeling van uw klacht duurt twee weken.", "Zeg daarin wie uw klacht behandelt."),
])
def test_pronoun_after_door_names_who_acts(check, text, message):
    f = found(check, text, "DD106")
    assert len(f) == 1 and message in f[0].message
