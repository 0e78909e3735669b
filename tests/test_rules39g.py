"""DD101's split hint at a subordinator (rules39g): a subclause is no sentence on its own
("Omdat uw inkomen te hoog was."), so where DD101 cuts before 'omdat', 'doordat', 'zodat',
'waardoor', 'terwijl' or 'hoewel' it names the word the second sentence starts with. No cut
inside a subclause in front of the main clause, in a subclause inside the main clause, at a time
clause ('nadat', 'zodra') or at 'terwijl' without a comma. Own sentences."""

import pytest


def dd101(check, text):
    found = [f for f in check(text).findings if f.code == "DD101"]
    assert len(found) == 1, found
    return found[0].message


@pytest.mark.parametrize("text, hint", [
    ("U krijgt dit jaar geen bijdrage meer van de gemeente voor de kosten van de sportclub van uw kinderen, "
     "omdat uw inkomen in het afgelopen jaar te hoog was voor deze regeling.",
     "bij 'omdat'. Begin de tweede zin dan met 'Dat komt doordat' of 'De reden is dat'."),
    ("Wij sturen u in de komende weken een nieuw formulier voor de aanvraag van de vergunning voor uw dakkapel, "
     "zodat u de ontbrekende gegevens alsnog aan ons kunt doorgeven.",
     "bij 'zodat'. Begin de tweede zin dan met 'Zo' of 'Daardoor'."),
    ("Uw buren hebben de vergunning voor de uitbouw van hun woning aan de achterkant vorig jaar al gekregen, "
     "terwijl uw aanvraag voor dezelfde uitbouw nog steeds niet is behandeld.",
     "bij 'terwijl'. Begin de tweede zin dan met 'Maar'."),
    # the adverb after the comma goes with the subclause
    ("Wij kunnen uw aanvraag voor een bijdrage in de kosten van de verhuizing naar uw nieuwe woning niet "
     "behandelen, bijvoorbeeld omdat het formulier niet volledig is ingevuld.",
     "bij 'bijvoorbeeld omdat'"),
    # (a guard, no change: a plain 'en' between two main clauses keeps its old hint)
    ("Wij hebben uw bezwaar tegen de aanslag voor de afvalstoffenheffing van dit jaar op 3 maart ontvangen "
     "en wij nemen binnen zes weken na die datum een besluit over uw bezwaar.",
     "bijvoorbeeld bij 'en'."),
])
def test_hint_names_the_first_word_of_the_second_sentence(check, text, hint):
    assert hint in dd101(check, text)


@pytest.mark.parametrize("text, word", [
    # 'terwijl' without a comma: "at the same time", no contrast
    ("U kunt in de wachtruimte van het stadskantoor op de tweede verdieping alvast het formulier voor de "
     "aanvraag van uw nieuwe paspoort invullen terwijl u op uw beurt wacht.", "terwijl"),
    # a subclause in front: no cut before the main clause's verb
    ("Als uw aanvraag voor een vergunning niet volledig is, bijvoorbeeld omdat een tekening ontbreekt of "
     "omdat de handtekening op het formulier mist, sturen wij de aanvraag met een brief aan u terug.", "omdat"),
    ("Als uw aanvraag voor een vergunning niet volledig is, bijvoorbeeld omdat een tekening ontbreekt of "
     "omdat de handtekening op het formulier mist, sturen wij de aanvraag met een brief aan u terug.", "of"),
    # a subclause inside the main clause, whose verb comes after it
    ("Wij kunnen de bijdrage voor de kosten van de kinderopvang in uw situatie, omdat uw inkomen dit jaar "
     "veel hoger is dan vorig jaar, helaas niet meer aan u betalen.", "omdat"),
    # a time clause (a guard: the parse of this sentence gave no cut at 'zodra' before the change either)
    ("U krijgt van ons een brief met de datum en het tijdstip van het gesprek over uw aanvraag voor "
     "bijzondere bijstand, zodra wij alle stukken van uw aanvraag hebben ontvangen.", "zodra"),
])
def test_no_cut_there(check, text, word):
    assert f"'{word}'" not in dd101(check, text)
