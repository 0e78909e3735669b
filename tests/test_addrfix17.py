"""Seventeenth session (addrfix17): the review of DD111 ('Het is verplicht/niet nodig om',
clauses with the verb last, who-guards, question-word headings), DD114 'hoe eerder' and DD112
quoted names (REVIEW17-revB). Every reviewer sentence both ways: what is no longer found or
advised, and the near sentence that still is."""

import pytest

from conftest import codes

LETTER = "U heeft een aanvraag gedaan. "


def dd111(check, text):
    return codes(check(text, select="DD111"), "DD111")


# --- 1, 2: a negation in the clause in front, and 'niet alleen ..., maar ook'
@pytest.mark.parametrize("text", [
    LETTER + "Het is niet zo dat het verplicht is om te komen.",
    LETTER + "Wij denken niet dat het verplicht is om een vergunning aan te vragen.",
    LETTER + "Het klopt niet dat het verplicht is om een vergunning aan te vragen.",
    LETTER + "Het is niet alleen verplicht om uw inkomen door te geven, maar ook om uw vermogen door te geven.",
    LETTER + "Het is niet alleen nodig om te tekenen, maar ook om een kopie te sturen.",
    LETTER + "Het is niet alleen mogelijk om online te betalen, maar ook om contant te betalen.",
])
def test_denied_clause_and_not_only_are_not_found(check, text):
    assert not dd111(check, text)


@pytest.mark.parametrize("text, advice", [
    (LETTER + "Wij laten u weten dat het verplicht is om een vergunning aan te vragen.", "'dat u ... moet'"),
    (LETTER + "Het is niet verplicht om uw inkomen door te geven.", "'U hoeft ... niet'"),
    (LETTER + "Het is niet mogelijk om online te betalen.", "'U kunt ... niet'"),
])
def test_plain_negation_and_undenied_clause_are_found(check, text, advice):
    f = dd111(check, text)
    assert len(f) == 1 and advice in f[0].message


# --- 3: the 'u' of a verb with 'zich' is the reader who acts
@pytest.mark.parametrize("text, advice", [
    (LETTER + "Het is verplicht om u te legitimeren bij het loket.", "'U moet ...'"),
    (LETTER + "Het is verplicht om u te houden aan de regels van de vergunning.", "'U moet ...'"),
    (LETTER + "Het is verplicht om u binnen vijf dagen ziek te melden.", "'U moet ...'"),
    (LETTER + "Het is niet nodig om u te melden bij het loket.", "'U hoeft ... niet'"),
    ("We hebben je aanvraag gekregen. Het is niet nodig om je te melden.", "'Je hoeft ... niet'"),
    (LETTER + "Het is verplicht om u te verzekeren.", "'U moet ...'"),
    (LETTER + "Het is niet mogelijk om u te legitimeren met een rijbewijs.", "'U kunt ... niet'"),
    # (14) the writers as the one the clause is done to: only the reader can be the one who
    (LETTER + "Het is verplicht om ons binnen twee weken te bellen.", "'U moet ...'"),
])
def test_reflexive_reader_gets_reader_advice(check, text, advice):
    f = dd111(check, text)
    assert len(f) == 1
    assert advice in f[0].message and "Wij" not in f[0].message


@pytest.mark.parametrize("text, advice", [
    # the reader done to, not a verb with 'zich': only the writers
    (LETTER + "Het is niet nodig om u te bellen.", "'Wij hoeven ... niet'"),
    # 'houden' without 'aan' is done to the reader
    (LETTER + "Het is verplicht om u op de hoogte te houden.", "'Wij moeten ...'"),
])
def test_reader_done_to_still_gets_writers_advice(check, text, advice):
    f = dd111(check, text)
    assert len(f) == 1
    assert advice in f[0].message and "'U " not in f[0].message


# --- 4, 5, 6: the sentence names someone else
@pytest.mark.parametrize("text", [
    LETTER + "Het is voor hem niet nodig om te komen.",
    LETTER + "Het is voor hen verplicht om een vergunning te hebben.",
    LETTER + "Als het voor haar niet mogelijk is om te komen, mag u ook bellen.",
    LETTER + "Het is hem niet toegestaan om te bouwen.",
    LETTER + "Voor bedrijven is het verplicht om hun afval te scheiden.",
    LETTER + "Voor werkgevers is het sinds 2022 verplicht om een verzuimregistratie bij te houden.",
    LETTER + "Voor kinderen onder de 12 jaar is het niet verplicht om een identiteitsbewijs te hebben.",
    LETTER + "Voor uw kind is het niet nodig om mee te komen.",
    LETTER + "Voor huurders is het niet toegestaan om de woning te verbouwen.",
    LETTER + "De rechter oordeelde dat het niet nodig was om een deskundige in te schakelen.",
    LETTER + "De verhuurder zegt dat het niet mogelijk is om de woning te verbouwen.",
    LETTER + "De wethouder zei dat het niet nodig is om een nieuwe school te bouwen.",
    LETTER + "Uw buurman denkt dat het niet nodig is om een vergunning aan te vragen.",
    LETTER + "Uw zoon geeft aan dat het niet mogelijk is om te komen.",
    LETTER + "De aannemer zegt dat er meer tijd nodig is.",
    LETTER + "De school meldt dat er meer begeleiding nodig is voor uw zoon.",
    LETTER + "Volgens de verhuurder is het niet nodig om de woning te verbouwen.",
])
def test_someone_else_named_is_not_found(check, text):
    assert not dd111(check, text)


@pytest.mark.parametrize("text", [
    # a thing or a date after 'voor' in front names nobody
    LETTER + "Voor deze aanvraag is het niet nodig om een kopie te sturen.",
    LETTER + "Voor 1 mei is het niet mogelijk om te bouwen.",
    # the writers say it
    LETTER + "Wij laten u weten dat het niet nodig is om langs te komen.",
    # someone else in a clause in front is not the one who (17)
    LETTER + "Omdat hij ziek was, was het niet mogelijk om de meter op te nemen.",
])
def test_thing_date_and_own_view_are_still_found(check, text):
    assert len(dd111(check, text)) == 1


# --- 7, 8: indirect questions with a question word; a quote in single quotes
@pytest.mark.parametrize("text", [
    "U vraagt wanneer het mogelijk is om uw paspoort op te halen.",
    "U vraagt waarom het niet mogelijk is om uw paspoort op te halen.",
    "Op deze pagina leest u hoe het mogelijk is om uw paspoort op te halen.",
    LETTER + "De wethouder zei: 'Als het niet mogelijk is om te bouwen, zoeken wij een andere plek.'",
])
def test_indirect_question_and_single_quote_are_not_found(check, text):
    assert not dd111(check, text)


@pytest.mark.parametrize("text", [
    LETTER + "Wij bellen u wanneer het mogelijk is om uw paspoort op te halen.",
    LETTER + "Als het niet mogelijk is om te bouwen, zoeken wij een andere plek.",
    LETTER + "Het is de moeite waard. Als het niet mogelijk is om te bouwen, zoeken wij een andere plek.",
])
def test_time_clause_and_unquoted_clause_are_still_found(check, text):
    assert len(dd111(check, text)) == 1


# --- 9: a clause with the verb last gets advice in its own order
@pytest.mark.parametrize("text, advice", [
    (LETTER + "Als het niet mogelijk is om te komen, bel ons dan.", "'als u ... niet kunt'"),
    (LETTER + "Wij laten u weten dat het niet nodig is om langs te komen.", "'dat u ... niet hoeft te ...'"),
    (LETTER + "Als er geen vergunning nodig is, laten wij u dat weten.", "'als u geen ... nodig hebt'"),
    (LETTER + "Omdat het niet verplicht is om te komen, sturen wij een brief.", "'omdat u ... niet hoeft te ...'"),
])
def test_verb_last_clause_gets_clause_order(check, text, advice):
    f = dd111(check, text)
    assert len(f) == 1
    assert advice in f[0].message
    assert "'U " not in f[0].message  # not main-clause order ('Als U kunt niet komen')


def test_main_clause_keeps_main_clause_order(check):
    f = dd111(check, LETTER + "Het is niet mogelijk om te komen.")
    assert "'U kunt ... niet'" in f[0].message


# --- 10, 11: a guess gets no example; 'niet meer' stays in the advice
@pytest.mark.parametrize("text", [
    LETTER + "Misschien is het niet nodig om te komen.",
    LETTER + "Het is misschien niet nodig om een vergunning aan te vragen.",
    LETTER + "Het is waarschijnlijk niet nodig om te komen.",
    LETTER + "Het kan zijn dat het niet nodig is om te komen.",
    LETTER + "Wij verwachten dat het niet nodig is om te komen.",
    LETTER + "Het was niet nodig geweest om bezwaar te maken als u ons had gebeld.",
])
def test_guess_gets_no_example(check, text):
    f = dd111(check, text)
    assert len(f) == 1
    assert "bijvoorbeeld" not in f[0].message and f[0].message.endswith("Schrijf dat erbij.")


def test_no_longer_keeps_meer(check):
    f = dd111(check, LETTER + "Het is niet meer nodig om een kopie van uw paspoort te sturen.")
    assert "Wie hoeft dit niet meer?" in f[0].message and "'U hoeft ... niet meer'" in f[0].message


def test_plain_statement_keeps_its_example(check):
    f = dd111(check, LETTER + "Het is niet nodig om te komen.")
    assert "bijvoorbeeld: 'U hoeft ... niet'" in f[0].message


# --- 17: (n)iemand / iedereen in a clause in front is not the one who
@pytest.mark.parametrize("text", [
    LETTER + "Omdat niemand thuis was, was het niet mogelijk om de meter op te nemen.",
    LETTER + "Omdat er niemand thuis was, was het niet mogelijk om de meter op te nemen.",
    LETTER + "Als iemand bezwaar maakt, is het niet mogelijk om direct te beginnen met bouwen.",
    LETTER + "Omdat iedereen tegelijk belde, was het niet mogelijk om alle vragen te beantwoorden.",
    LETTER + "Zolang iemand in de woning woont, is het niet toegestaan om de woning te slopen.",
])
def test_someone_in_a_clause_in_front_is_found_again(check, text):
    assert len(dd111(check, text)) == 1


@pytest.mark.parametrize("text", [
    LETTER + "Het is voor iedereen verplicht om een paspoort mee te nemen.",
    LETTER + "Het is niemand toegestaan om de woning te slopen.",
    # the reader in a clause in front still names who, as before
    LETTER + "Omdat u niet thuis was, was het niet mogelijk om de meter op te nemen.",
])
def test_someone_in_the_clause_itself_names_who(check, text):
    assert not dd111(check, text)


# --- 18: a question word that opens a question, not a comma or a full stop
@pytest.mark.parametrize("text", [
    "Wij helpen u graag.\n\n## Wat als het niet mogelijk is om te komen, of als u ziek bent\n\nBel ons dan.",
    "Wij helpen u graag.\n\n## Wat als het niet mogelijk is om te komen\n\nBel ons dan.",
    "Wij helpen u graag.\n\n## Waarom is het niet mogelijk om online te betalen\n\nDat leest u hier.",
])
def test_heading_question_is_not_found(check, text):
    assert not dd111(check, text)


@pytest.mark.parametrize("text", [
    "Wij helpen u graag.\n\nHoe dan ook is het niet mogelijk om nog iets te wijzigen",
    "Wij helpen u graag.\n\n- Wanneer het niet mogelijk is om te komen, bel ons dan",
    LETTER + "Waar de weg is afgesloten, is het niet mogelijk om te parkeren",
])
def test_question_word_that_does_not_ask_is_found(check, text):
    assert len(dd111(check, text)) == 1


# --- 20, 21: DD114 'hoe eerder' only in the shape 'hoe eerder ..., hoe/des te ...', in the same paragraph
def dd114(check, text):
    return [f.text for f in codes(check(text, select="DD114"), "DD114")]


@pytest.mark.parametrize("text", [
    "Wij leggen uit hoe eerder gemaakte kosten worden vergoed. Stuur de bonnen zo snel mogelijk naar ons op.",
    "Stuur uw bezwaar zo snel mogelijk naar ons op. Hieronder leest u hoe eerder ingediende bezwaren "
    "worden behandeld.",
    "Hoe eerder wij uw melding krijgen, hoe eerder wij de lamp maken.\n\nBetaal de aanslag zo snel mogelijk.",
    # 'hoe vroeger' as "how in the past", not the shape
    "Stuur de stukken zo snel mogelijk op. Wij leggen uit hoe vroeger de regels waren.",
])
def test_hoe_eerder_without_its_shape_keeps_vague(check, text):
    assert dd114(check, text) == ["zo snel mogelijk"]


@pytest.mark.parametrize("text", [
    "Stuur uw bezwaar zo snel mogelijk naar ons op. Hoe eerder wij het hebben, hoe eerder wij beslissen.",
    "Stuur uw bezwaar zo snel mogelijk naar ons op. Hoe eerder, hoe beter.",
    "Stuur uw bezwaar zo snel mogelijk naar ons op. Hoe eerder u het stuurt, des te eerder beslissen wij.",
    # (22) 'hoe vroeger' in the same shape
    "Stuur de stukken zo snel mogelijk op. Hoe vroeger u ze stuurt, hoe beter.",
])
def test_the_sooner_the_better_is_still_not_vague(check, text):
    assert not dd114(check, text)


# --- 24: DD112 in a quoted sentence: no 'naam' only
def test_abbreviation_in_quoted_sentence_message(check):
    f = codes(check('U heeft een aanvraag gedaan. De wethouder zei: "De Wmo is er voor iedereen".',
                    select="DD112"), "DD112")
    assert len(f) == 1
    assert "in een naam of in wat iemand zegt" in f[0].message and not f[0].suggestions
