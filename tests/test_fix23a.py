"""Twenty-third session (fix23a helper): review rev23's bugs in DD102 "zijn te" + infinitive
(fix22a, commit a4755d8), both ways. The reviewer's sentences (rev23) and own variants.

- bug 1: a listed extraposed adjective that the parse hangs on the adverb after it ("Het is
  belangrijk tijdig te reageren");
- bug 2: its comparative, superlative and "on-" form ("raadzamer", "het beste", "onverstandig");
- bug 3: an aim noun decided by the infinitive, not by the possessive ("Ons besluit is binnen zes
  weken aan te vechten" is the passive; "Ons advies is eerst te bellen" the aim);
- bug 4: 'verplicht' with a thing in '-ier', '-ent' as the subject ("Dit formulier is verplicht
  in te vullen");
- bug 5: "aan" + a person or body says who decides ("Het is aan de gemeente te bepalen");
- bug 6: "om" of a time that the parse calls the "om" of "om te" ("om de twee weken", "om 07:30");
- bug 7: 'vrij' only with a person ("Het park is vrij te betreden" is the passive);
- bug 8: a particle verb of the senses ("af te lezen", "aan te zien") is still a sense verb; only
  one of consulting ("in te zien", "na te lezen") is not;
- bug 9: "genoeg" after an adjective only with a person as the subject;
- note N5: "Dit is belangrijk te weten" (a listed adjective after "dit" or "dat").
"""

import pytest


def found(check, text):
    return [f for f in check(text, select=["DD102"]).findings if f.code == "DD102"]


@pytest.mark.parametrize("text", [
    'Het is online aan te vragen.',  # rev23: bug 1 (want 0)
    'Het is op de nieuwe website te vinden.',  # rev23: bug 1 (want 0)
    'Ons besluit is binnen zes weken aan te vechten.',  # rev23: bug 3 (want 1)
    'Ons besluit is niet meer te wijzigen.',  # rev23: bug 3 (want 1)
    'Onze beslissing is niet meer te wijzigen.',  # rev23: bug 3 (want 1)
    'Ons voorstel is tot 1 juni in te zien.',  # rev23: bug 3 (want 1)
    'Ons plan is vanaf maandag in te zien.',  # rev23: bug 3 (want 1)
    'Onze afspraak is niet meer te verzetten.',  # rev23: bug 3 (want 1)
    'Onze keuze is later nog te wijzigen.',  # rev23: bug 3 (want 1)
    'De opgave van uw inkomen is voor 1 mei in te dienen.',  # rev23: bug 3 (want 1)
    'Het voornemen is tot 1 juni in te zien op het gemeentehuis.',  # rev23: bug 3 (want 1)
    'De kunst in het park is vanaf juni te bezichtigen.',  # rev23: bug 3 (want 1)
    'Uw wens is via het formulier door te geven.',  # rev23: bug 3 (want 1)
    'Het doel is te vinden in artikel 2.',  # rev23: bug 3 (want 1)
    'Dit formulier is verplicht in te vullen.',  # rev23: bug 4 (want 1)
    'Dit aanvraagformulier is verplicht te ondertekenen.',  # rev23: bug 4 (want 1)
    'Dit document is verplicht mee te nemen.',  # rev23: bug 4 (want 1)
    'Het document is verplicht mee te nemen naar de afspraak.',  # rev23: bug 4 (want 1)
    'Dit papier is verplicht mee te sturen.',  # rev23: bug 4 (want 1)
    'Dit veld is verplicht in te vullen.',  # rev23: bug 4 (want 1)
    'De bijdrage is verplicht te betalen.',  # rev23: bug 4 (want 1)
    'Het is aan de achterkant te openen.',  # rev23: bug 5 (want 0)
    'De container is om de twee weken aan de straat te zetten.',  # rev23: bug 6 (want 1)
    'De container is om 07:30 aan de straat te zetten.',  # rev23: bug 6 (want 1)
    'De container is om 07.30 uur aan de straat te zetten.',  # rev23: bug 6 (want 1)
    'Het park is vrij te betreden.',  # rev23: bug 7
    'De kaart is vrij te downloaden via onze website.',  # rev23: bug 7
    'De gegevens zijn vrij te gebruiken.',  # rev23: bug 7
    'De ruimte is vrij in te richten.',  # rev23: bug 7
    'Het bestemmingsplan is in te zien.',  # rev23: bug 8 (want 0)
    'De aanvraag is vroeg genoeg in te dienen.',  # rev23: bug 9
    'Het formulier is snel genoeg in te vullen.',  # rev23: bug 9
    'Het is online aan te vragen.',  # own: bug 1 must stay (1)
    'Het is via de website aan te vragen.',  # own: bug 1 must stay (1)
    'Het is op de goede website te vinden.',  # own: bug 1 must stay (1)
    'Het formulier is online in te vullen.',  # own: bug 1 must stay (1)
    'Ons besluit is niet terug te draaien.',  # own: aim: passive reading (1)
    'Mijn advies is op de website te vinden.',  # own: aim: passive reading (1)
    'Het plan is op het stadhuis in te zien.',  # own: aim: passive reading (1)
    'Onze beslissing is binnen zes weken aan te vechten.',  # own: aim: passive reading (1)
    'Ons voorstel is vanaf vandaag in te zien.',  # own: aim: passive reading (1)
    'Dit dossier is verplicht mee te nemen.',  # own: verplicht/vrij/genoeg
    'Het abonnement is verplicht af te sluiten.',  # own: verplicht/vrij/genoeg
    'De app is vrij te gebruiken.',  # own: verplicht/vrij/genoeg
    'De brief is snel genoeg te versturen.',  # own: verplicht/vrij/genoeg
    'De kosten zijn aan de gemeente te betalen.',  # own: aan X
    'Het pakket is aan de balie op te halen.',  # own: aan X
    'Het is aan de voorkant te openen.',  # own: aan X
    'De brief is aan de directeur te sturen.',  # own: aan X
    'Het afval is om de week buiten te zetten.',  # own: om of time
    'De bak is om 7 uur aan de straat te zetten.',  # own: om of time
    'De container is om 7 aan de straat te zetten.',  # own: om of time
    'De container is om half acht buiten te zetten.',  # own: om of time
    'Het dossier is na te lezen op de website.',  # own: senses
    'De tekst is na te lezen.',  # own: senses
    'De gegevens zijn uit te lezen.',  # own: senses
    'Het besluit is in te zien bij de balie.',  # own: senses
    'Dit is online aan te vragen.',  # own: dit/dat
    'Dat is bij de balie te regelen.',  # own: dit/dat
    'De opgave is bij de balie af te geven.',  # own: aim: passive with particle or phrase (1)
    'Het doel is te lezen in de inleiding.',  # own: aim: passive with particle or phrase (1)
])
def test_zijn_te_passive_found(check, text):
    findings = found(check, text)
    assert len(findings) == 1
    assert "kan of moet" in findings[0].message


@pytest.mark.parametrize("text", [
    'Het is belangrijk tijdig te reageren.',  # rev23: bug 1 (want 0)
    'Het is belangrijk snel te reageren.',  # rev23: bug 1 (want 0)
    'Het is raadzaam tijdig te beginnen.',  # rev23: bug 1 (want 0)
    'Het is verstandig online te betalen.',  # rev23: bug 1 (want 0)
    'Het is beter online te betalen.',  # rev23: bug 1 (want 0)
    'Het is goed online te betalen.',  # rev23: bug 1 (want 0)
    'Het is belangrijk zorgvuldig te werk te gaan.',  # rev23: bug 1 (want 0)
    'Het is verstandig vooraf te bellen.',  # rev23: bug 1 (want 0)
    'Het is belangrijk op tijd te betalen.',  # rev23: bug 1 (want 0)
    'Het is onverstandig te wachten met de aanvraag.',  # rev23: bug 2
    'Het is onverstandig uw pincode aan anderen te geven.',  # rev23: bug 2
    'Het is ongebruikelijk zo lang te wachten.',  # rev23: bug 2
    'Het is het beste eerst te bellen.',  # rev23: bug 2
    'Het is raadzamer eerst te bellen.',  # rev23: bug 2
    'Onze taak is te zorgen voor veilige straten.',  # rev23: bug 3 (want 1)
    'De bedoeling is volgend jaar te beginnen.',  # rev23: bug 3 (want 1)
    'Ons advies is eerst met de buren te praten.',  # rev23: bug 3 (want 1)
    'Ons doel is mensen aan werk te helpen.',  # rev23: bug 3 (want 1)
    'U bent verplicht de kosten te betalen.',  # rev23: bug 4 (want 1)
    'De bewoner is verplicht het afval te scheiden.',  # rev23: bug 4 (want 1)
    'De gemeente is verplicht te reageren.',  # rev23: bug 4 (want 1)
    'Het is aan de gemeente te bepalen waar de container staat.',  # rev23: bug 5 (want 0)
    'Het is aan de rechter te beslissen of het besluit klopt.',  # rev23: bug 5 (want 0)
    'Het is aan de ouders te beslissen welke school hun kind kiest.',  # rev23: bug 5 (want 0)
    'Het is aan het college te besluiten over de subsidie.',  # rev23: bug 5 (want 0)
    'Het is aan de bewoners zelf te kiezen.',  # rev23: bug 5 (want 0)
    'Het is aan uzelf te bepalen of u bezwaar maakt.',  # rev23: bug 5 (want 0)
    'Dat is aan u te beslissen.',  # rev23: bug 5 (want 0)
    'Wie de kosten betaalt, is aan de rechter te beslissen.',  # rev23: bug 5 (want 0)
    'Het doel van het plan is om alle daken groen te maken.',  # rev23: bug 6 (want 1)
    'U bent vrij te gaan.',  # rev23: bug 7
    'De klok is van ver af te lezen.',  # rev23: bug 8 (want 0)
    'Dat is hem niet aan te zien.',  # rev23: bug 8 (want 0)
    'Het verschil is goed terug te zien.',  # rev23: bug 8 (want 0)
    'De toren is van ver te zien.',  # rev23: bug 8 (want 0)
    'Zij is oud genoeg te stemmen.',  # rev23: bug 9
    'Dit is belangrijk te weten.',  # rev23: N5
    'Het is belangrijk om tijdig te reageren.',  # own: bug 1 variants (0)
    'Het is verstandig telefonisch contact op te nemen.',  # own: bug 1 variants (0)
    'Het is handig digitaal te betalen.',  # own: bug 1 variants (0)
    'Het is nuttig vooraf goed na te denken.',  # own: bug 1 variants (0)
    'Is het verstandig online te betalen?',  # own: bug 1 variants (0)
    'Het is altijd belangrijk snel te handelen.',  # own: bug 1 variants (0)
    'Het is niet nodig vooraf te bellen.',  # own: bug 1 variants (0)
    'Het is onverstandig uw wachtwoord te delen.',  # own: bug 2 variants (0)
    'Het is verstandiger eerst te bellen.',  # own: bug 2 variants (0)
    'Het is het beste de brief te bewaren.',  # own: bug 2 variants (0)
    'Het is belangrijker tijdig te betalen dan snel.',  # own: bug 2 variants (0)
    'Het is niet ongebruikelijk lang te wachten.',  # own: bug 2 variants (0)
    'Het is slimmer de aanvraag vroeg in te dienen.',  # own: bug 2 variants (0)
    'Het is onnodig een kopie te sturen.',  # own: bug 2 variants (0)
    'Ons advies is eerst te bellen.',  # own: aim: aim reading (0)
    'Ons doel is iedereen een woning te geven.',  # own: aim: aim reading (0)
    'De bedoeling is de straat veiliger te maken.',  # own: aim: aim reading (0)
    'Onze wens is te verhuizen naar Utrecht.',  # own: aim: aim reading (0)
    'Ons advies is te wachten op de brief.',  # own: aim: aim reading (0)
    'Mijn plan is volgend jaar te stoppen.',  # own: aim: aim reading (0)
    'Het doel is samen te werken met de buurt.',  # own: aim: aim reading (0)
    'Onze taak is te helpen.',  # own: aim: aim reading (0)
    'U bent verplicht te betalen.',  # own: verplicht/vrij/genoeg
    'De aanvrager is verplicht te reageren.',  # own: verplicht/vrij/genoeg
    'De gemeente is verplicht te betalen.',  # own: verplicht/vrij/genoeg
    'Wij zijn vrij te kiezen.',  # own: verplicht/vrij/genoeg
    'U bent vrij om te gaan.',  # own: verplicht/vrij/genoeg
    'De bewoners zijn vrij te kiezen.',  # own: verplicht/vrij/genoeg
    'Mijn zoon is oud genoeg te stemmen.',  # own: verplicht/vrij/genoeg
    'U bent sterk genoeg te werken.',  # own: verplicht/vrij/genoeg
    'Het is aan de bewoners te kiezen.',  # own: aan X
    'Het is aan jou te beslissen.',  # own: aan X
    'Het is aan Jan te bepalen.',  # own: aan X
    'Dat is aan de gemeenteraad te besluiten.',  # own: aan X
    'Het is belangrijk om 2 formulieren in te vullen.',  # own: om of time
    'Het doel is om de straat schoon te houden.',  # own: om of time
    'De bedoeling is om de twee scholen samen te voegen.',  # own: om of time
    'De klok is van ver af te lezen.',  # own: senses
    'Dat is niet aan te horen.',  # own: senses
    'Het verschil is nauwelijks op te merken.',  # own: senses
    'De toren is van ver te zien.',  # own: senses
    'Dat is goed te weten.',  # own: dit/dat
    'Dit is fijn te horen.',  # own: dit/dat
    'Het doel is te leren.',  # own: aim: a verb that takes an object, used without one (0)
    'Onze taak is te controleren.',  # own: aim: a verb that takes an object, used without one (0)
    'Onze missie is te verbinden.',  # own: aim: a verb that takes an object, used without one (0)
])
def test_zijn_te_not_a_passive(check, text):
    assert not found(check, text)
