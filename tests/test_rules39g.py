"""DD101's split hint at a subordinator (rules39g): a subclause is no sentence on its own
("Omdat uw inkomen te hoog was."), so where DD101 cuts before 'omdat', 'doordat', 'zodat',
'waardoor', 'terwijl' or 'hoewel' it names the word the second sentence starts with. No cut
inside a subclause in front of the main clause, in a subclause inside the main clause, at a time
clause ('nadat', 'zodra') or at 'terwijl' without a comma. Own sentences."""


def dd101(check, text):
    found = [f for f in check(text).findings if f.code == "DD101"]
    assert len(found) == 1, found
    return found[0].message


def test_omdat_names_dat_komt_doordat(check):
    m = dd101(check, "U krijgt dit jaar geen bijdrage meer van de gemeente voor de kosten van de sportclub van uw "
                     "kinderen, omdat uw inkomen in het afgelopen jaar te hoog was voor deze regeling.")
    assert "bij 'omdat'. Begin de tweede zin dan met 'Dat komt doordat' of 'De reden is dat'." in m


def test_zodat_names_zo(check):
    m = dd101(check, "Wij sturen u in de komende weken een nieuw formulier voor de aanvraag van de vergunning "
                     "voor uw dakkapel, zodat u de ontbrekende gegevens alsnog aan ons kunt doorgeven.")
    assert "bij 'zodat'. Begin de tweede zin dan met 'Zo' of 'Daardoor'." in m


def test_terwijl_after_a_comma_names_maar(check):
    m = dd101(check, "Uw buren hebben de vergunning voor de uitbouw van hun woning aan de achterkant vorig jaar "
                     "al gekregen, terwijl uw aanvraag voor dezelfde uitbouw nog steeds niet is behandeld.")
    assert "bij 'terwijl'. Begin de tweede zin dan met 'Maar'." in m


def test_no_cut_at_terwijl_without_a_comma(check):
    m = dd101(check, "U kunt in de wachtruimte van het stadskantoor op de tweede verdieping alvast het formulier "
                     "voor de aanvraag van uw nieuwe paspoort invullen terwijl u op uw beurt wacht.")
    assert "'terwijl'" not in m


def test_adverb_before_the_subordinator_goes_with_it(check):
    m = dd101(check, "Wij kunnen uw aanvraag voor een bijdrage in de kosten van de verhuizing naar uw nieuwe "
                     "woning niet behandelen, bijvoorbeeld omdat het formulier niet volledig is ingevuld.")
    assert "bij 'bijvoorbeeld omdat'" in m


def test_no_cut_inside_a_subclause_in_front(check):
    m = dd101(check, "Als uw aanvraag voor een vergunning niet volledig is, bijvoorbeeld omdat een tekening "
                     "ontbreekt of omdat de handtekening op het formulier mist, sturen wij de aanvraag met een "
                     "brief aan u terug.")
    assert "'omdat'" not in m and "'of'" not in m


def test_no_cut_in_a_subclause_inside_the_main_clause(check):
    m = dd101(check, "Wij kunnen de bijdrage voor de kosten van de kinderopvang in uw situatie, omdat uw "
                     "inkomen dit jaar veel hoger is dan vorig jaar, helaas niet meer aan u betalen.")
    assert "'omdat'" not in m


def test_no_cut_at_a_time_clause(check):
    # (a guard: the parse of this sentence gave no cut at "zodra" before the change either)
    m = dd101(check, "U krijgt van ons een brief met de datum en het tijdstip van het gesprek over uw aanvraag "
                     "voor bijzondere bijstand, zodra wij alle stukken van uw aanvraag hebben ontvangen.")
    assert "'zodra'" not in m


def test_cut_at_en_between_main_clauses_stays_plain(check):
    m = dd101(check, "Wij hebben uw bezwaar tegen de aanslag voor de afvalstoffenheffing van dit jaar op 3 maart "
                     "ontvangen en wij nemen binnen zes weken na die datum een besluit over uw bezwaar.")
    assert m.endswith("bijvoorbeeld bij 'en'.")
