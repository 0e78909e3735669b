"""Issue 13: findings a careful B1 editor agrees with. Every case listed in the issue under
"Cases seen", with a positive and a negative example."""

import pytest

from conftest import codes
from duidelijk.rules.long_words import number_rest


def found(check, code, text, **kw):
    return codes(check(text, select=code, **kw), code)


def texts(findings):
    return {f.text for f in findings}


# --- long words: real parts, no nonsense paraphrase, everyday compounds pass -------------------
@pytest.mark.parametrize("word, parts, nonsense", [
    ("vergunningverlening", "'vergunning' + 'verlening'", "'lening'"),
    ("klimaatadaptatie", "'klimaat' + 'adaptatie'", "'tie'"),
    ("onroerendezaakbelasting", "'onroerende' + 'zaak", "onroerendezaak'"),
])
def test_long_word_names_real_parts_and_proposes_no_nonsense(check, word, parts, nonsense):
    f = [x for x in found(check, "DD105", f"Het gaat om de {word} in de gemeente.") if x.text == word]
    assert f, word
    assert parts in f[0].message
    assert nonsense not in f[0].message
    assert f[0].suggestions == []  # "lening voor vergunningver" and the like are gone


def test_inflected_long_word_is_not_cut_into_nonsense(check):
    report = check("Belanghebbenden kunnen bezwaar maken tegen dit besluit.")
    messages = " ".join(f.message for f in report.findings)
    assert "'den'" not in messages and "belanghebben'" not in messages
    assert all("den voor" not in s for f in report.findings for s in f.suggestions)


@pytest.mark.parametrize("word", ["parkeervergunning", "voorbeeldbrieven", "afvalcontainer"])
def test_everyday_compound_is_no_long_word(check, word):
    assert not [x for x in found(check, "DD105", f"Kijk bij de {word} van de gemeente.") if x.text == word]
    assert not [x for x in found(check, "DD104", f"Kijk bij de {word} van de gemeente.") if x.text == word]


def test_verb_stem_with_v_or_z_in_its_infinitive_is_an_everyday_first_part(check):
    """"inschrijf" is the stem of "inschrijven" (f in the stem, v in the infinitive), as
    "verhuis" is of "verhuizen": "inschrijfformulier" is as everyday as "aanmeldformulier".
    A rare verb stays rare ("kerfformulier"), and an abstract head that Dutch does not use
    with it stays hard ("inschrijfmogelijkheid")."""
    assert not found(check, "DD105", "Vul het inschrijfformulier in en stuur het op.")
    assert not found(check, "DD105", "Stuur het verhuisformulier naar de gemeente.")
    assert [f for f in found(check, "DD105", "De inschrijfmogelijkheid staat op de website.")
            if f.text == "inschrijfmogelijkheid"]
    assert found(check, "DD104", "Vul het kerfformulier in.")


@pytest.mark.parametrize("text, code, word", [
    ("De zeefdruk hangt in het gemeentehuis.", "DD104", "zeefdruk"),
    ("Wij gebruiken een zeefinstallatie voor het afvalwater.", "DD105", "zeefinstallatie"),
])
def test_numeral_lends_no_frequency_to_a_verb_stem(check, text, code, word):
    """"zeef" is no common part because "zeven" is common: text nearly always means the
    number. A verb stem in f or s is read from its infinitive with v or z only when text
    uses the verb's own forms ("leeft", "verhuist"; not "zeeft")."""
    assert [f for f in found(check, code, text) if f.text == word]


def test_long_compound_with_three_parts_is_still_found(check):
    f = found(check, "DD105", "Uw parkeervergunningaanvraag is binnen.")
    assert f and f[0].text == "parkeervergunningaanvraag"


# --- word difficulty: lemma frequency over all forms, particle verbs as one unit --------------
@pytest.mark.parametrize("text, word", [
    ("U kunt parkeren in de garage.", "parkeren"),
    ("Wie in de straat parkeert, betaalt.", "parkeert"),
    ("U kunt inloggen met DigiD. Als u inlogt, ziet u uw gegevens.", "inlogt"),
    ("U kunt inloggen met DigiD. Als u inlogt, ziet u uw gegevens.", "inloggen"),
])
def test_everyday_verbs_are_not_difficult(check, text, word):
    assert word not in texts(check(text).findings)


@pytest.mark.parametrize("text, word", [
    ("Wij prolongeren uw vergunning.", "prolongeren"),
    ("De regels gelden onverkort.", "onverkort"),
    ("Wij schorten de betaling op.", "schorten"),
    ("Wij moeten de kosten doorberekenen aan de huurder.", "doorberekenen"),
])
def test_hard_words_are_found(check, text, word):
    """"doorberekenen": both parts are common, the verb as a whole is not."""
    f = [x for x in check(text, select=["DD103", "DD104"]).findings if x.text == word]
    assert f, word


# --- dienen ... te: the right span, the right form, also with words in between ----------------
def test_dient_te_with_ten_minste_in_between(check):
    f = found(check, "DD103", "Om uw aanvraag te behandelen dient u ten minste drie documenten op te sturen.")
    modal = [x for x in f if x.text.startswith("dient")]
    assert modal and modal[0].text.endswith("op te sturen")
    assert "'dient ten'" not in " ".join(x.message for x in f)
    assert modal[0].suggestions == ["moet u ten minste drie documenten opsturen"]


@pytest.mark.parametrize("text, quoted, plain", [
    ("Dan dient u een nieuwe aanvraag in te dienen.", "'dient ... in te dienen'", "'moet ... indienen'"),
    ("U dient het formulier vóór 1 mei op te sturen.", "'dient ... op te sturen'", "'moet ... opsturen'"),
    ("U dient het formulier vóór 1 mei te sturen.", "'dient ... te sturen'", "'moet ... sturen'"),
    ("Het formulier dient te worden ondertekend.", "'dient te worden'", "'moet worden'"),
    # "voor" is the preposition of "zorg dragen voor" ("er ... voor"), not a particle: no "voordragen"
    ("U dient er zorg voor te dragen dat de bak buiten staat.", "'dient ... te dragen'", "'moet ... dragen'"),
    # review 3: after "er" without a preposition of its own the word is that preposition, split off
    ("U dient er voor te zorgen dat het hek dicht is.", "'dient ... te zorgen'", "'moet ... zorgen'"),
    ("U dient er aan te denken dat u de pas meeneemt.", "'dient ... te denken'", "'moet ... denken'"),
    ("U dient er op tijd bij te zijn.", "'dient ... te zijn'", "'moet ... zijn'"),
    ("U dient er op te letten dat de deur dicht is.", "'dient ... te letten'", "'moet ... letten'"),
    # "voor" is er's preposition, "in" the particle of "invullen"
    ("U dient er een formulier voor in te vullen.", "'dient ... in te vullen'", "'moet ... invullen'"),
    ("U dient hier af te rekenen.", "'dient ... af te rekenen'", "'moet ... afrekenen'"),  # "hier": a place
])
def test_dienen_te_message_quotes_the_words_as_they_stand(check, text, quoted, plain):
    """Not 'dient ... te dienen' for "dient ... in te dienen": the particle belongs to the verb."""
    f = [x for x in found(check, "DD103", text) if x.text.lower().startswith("dien")]
    assert f and quoted in f[0].message and plain in f[0].message, [x.message for x in f]


@pytest.mark.parametrize("text, proposal", [
    ("U dient uw grofvuil op de dag van ophalen voor 7.30 uur aan de straat te zetten.",
     "moet uw grofvuil op de dag van ophalen voor 7.30 uur aan de straat zetten"),
    ("Bewoners dienen het afval in de grijze container met het deksel dicht aan de straat te zetten, "
     "zodat de wagen het kan meenemen.",
     "moeten het afval in de grijze container met het deksel dicht aan de straat zetten"),
])
def test_dienen_te_far_apart(check, text, proposal):
    f = [x for x in found(check, "DD103", text) if x.text.lower().startswith("dien")]
    assert f and f[0].suggestions == [proposal]


@pytest.mark.parametrize("text", [
    "Dit formulier dient als bewijs van uw aanvraag.",
    "Wij dienen het plan in bij de raad.",
])
def test_dienen_without_te_is_not_moeten(check, text):
    assert not [x for x in found(check, "DD103", text) if "'moet" in x.message]


# --- jargon alternatives in the form the sentence needs ------------------------------------------
@pytest.mark.parametrize("text, word, proposal", [
    ("Wij hebben de hoogte van het bedrag vastgesteld.", "vastgesteld", "bepaald"),  # "vastgesteld dat": its own entry
    ("De gemeente verstrekt de pas.", "verstrekt", "geeft"),
    ("Wij verstrekken de gegevens.", "verstrekken", "geven"),
    ("Wij hebben de betaling opgeschort.", "opgeschort", "uitgesteld"),
])
def test_jargon_alternative_in_the_right_form(check, text, word, proposal):
    f = [x for x in found(check, "DD103", text) if x.text == word]
    assert f and f[0].suggestions[0] == proposal
    assert "bepalen" not in f[0].suggestions and "uitstellen" not in f[0].suggestions


def test_separated_particle_verb_gets_no_replacement(check):
    """"Wij schorten de betaling op": 'uitstellen' cannot stand in for 'schorten'."""
    f = [x for x in found(check, "DD103", "Wij schorten de betaling op.") if x.text == "schorten"]
    assert f and f[0].suggestions == []
    assert "uitstellen" in f[0].message


# --- DD106: the noun must be the action, in the same clause -------------------------------------
def test_nominal_style_found_with_the_action_noun(check):
    f = found(check, "DD106", "Op 3 februari heeft u bij de gemeente een melding gedaan.")
    assert f and "'melden'" in f[0].message
    assert f[0].suggestions == []  # 'melden' cannot replace 'melding gedaan' as it stands


@pytest.mark.parametrize("text", [
    "Naar aanleiding van deze melding heeft op 17 februari een gesprek plaatsgevonden met een consulent.",
    "In het gesprek zijn uw situatie, uw beperkingen en uw netwerk in kaart gebracht.",
    "U geeft uw beperkingen door aan de consulent.",
])
def test_no_nominal_style_for_a_noun_that_is_no_action(check, text):
    messages = " ".join(x.message for x in found(check, "DD106", text))
    assert "'melden'" not in messages and "'beperken'" not in messages


def test_nominal_style_over_a_distance(check):
    # the expressions of the nominal-style list are named by DD103, matched as DD106 matches them
    f = found(check, "DD103", "De gemeente doet op korte termijn van dit besluit mededeling aan de buren.")
    assert f and f[0].text.startswith("doet") and f[0].text.endswith("mededeling")


@pytest.mark.parametrize("text, expected", [
    ("U kunt een aanvraag indienen via de website.", "'aanvragen'"),
    ("Wij nemen uw aanvraag in behandeling.", "'behandelen'"),  # the expression's own "in"
    ("De bij de aanvraag ingediende tekeningen maken deel uit van deze vergunning.", None),
    ("Met de aanvraag heeft u ook een tekening ingediend.", None),
])
def test_listed_expression_not_matched_in_a_phrase_of_its_own(check, text, expected):
    """A noun after a preposition the expression does not have is not its object."""
    messages = " ".join(x.message for x in found(check, "DD103", text))
    if expected:
        assert expected in messages
    else:
        assert "'aanvragen'" not in messages


@pytest.mark.parametrize("text, shown", [
    ("Wij nemen deze zo snel mogelijk in behandeling.", "'nemen ... in behandeling'"),  # review 1: no "in ... behandeling"
    ("De gemeente doet op korte termijn van dit besluit mededeling aan de buren.", "'doet ... mededeling'"),
])
def test_a_quoted_expression_has_dots_only_where_words_stand_between(check, text, shown):
    f = found(check, "DD103", text)
    assert f and f[0].message.startswith(shown)


# --- DD112 abbreviations: beyond the list, never in an IBAN, everyday ones pass -------------------
def test_no_abbreviation_inside_an_iban(check):
    text = "Maak het bedrag over naar NL91 ABNA 0417 1643 00 of naar NL12 BANK 0123 4567 89."
    assert not found(check, "DD112", text)


def test_capitals_outside_an_iban_are_still_an_abbreviation(check):
    f = found(check, "DD112", "Neem contact op met de BANK over uw rekening.")
    assert [x for x in f if x.text == "BANK"]


def test_unknown_capitals_are_an_abbreviation_unless_explained(check):
    assert [x for x in found(check, "DD112", "De aanvraag gaat naar het RIEC.") if x.text == "RIEC"]
    explained = "De aanvraag gaat naar het Regionaal Informatie en Expertise Centrum (RIEC)."
    assert not [x for x in found(check, "DD112", explained) if x.text == "RIEC"]


def test_letters_joined_by_en_are_an_abbreviation(check):
    f = found(check, "DD112", "Het college van B en W heeft besloten over uw aanvraag.")
    assert [x for x in f if x.text == "B en W"]
    explained = ("Het college van burgemeester en wethouders (B en W) heeft besloten. "
                 "B en W laat u dat weten.")
    assert not [x for x in found(check, "DD112", explained) if x.text == "B en W"]


@pytest.mark.parametrize("text", [
    "U kunt inloggen met DigiD.",
    "Vul uw BSN in op het formulier.",
    "Neem uw ID mee naar de balie.",
])
def test_everyday_abbreviations_pass(check, text):
    assert not found(check, "DD112", text)


# --- DD114 vague: only truly vague words, an instruction without made-up data ----------------------
def test_vague_word_gets_an_instruction_without_invented_data(check):
    f = found(check, "DD114", "U kunt uw grofvuil binnenkort aan de straat zetten.")
    assert f and f[0].text == "binnenkort"
    assert f[0].suggestions == []
    assert "1 maart" not in f[0].message and "€" not in f[0].message
    assert "datum" in f[0].message


@pytest.mark.parametrize("text", [
    "U kunt een voorlopige voorziening vragen bij de rechter.",
    "U betaalt een eigen bijdrage voor de hulp.",
    "Betaal het bedrag op tijd, uiterlijk op 1 maart.",
    "Wij hebben vastgesteld dat u de aanvraag op tijd heeft ingediend.",
    "Er zijn extra kosten voor de herinnering.",
])
def test_not_vague(check, text):
    assert not found(check, "DD114", text)


def test_no_made_up_examples_in_any_suggestion(check):
    text = ("U kunt uw grofvuil binnenkort aan de straat zetten. Er zijn extra kosten. "
            "Betaal tijdig. Reageer zo snel mogelijk. De regeling geldt voorlopig.")
    report = check(text)
    for f in report.findings:
        for s in f.suggestions:
            assert "1 maart" not in s and "€ 15" not in s and "1 juni" not in s


# --- DD111: only nouns that mean the reader -------------------------------------------------------
def test_impersonal_noun_that_means_the_reader(check):
    f = found(check, "DD111", "De aanvrager moet het formulier binnen zes weken terugsturen.")
    assert f and f[0].text == "aanvrager"
    assert f[0].suggestions == []  # whether 'u' fits, the writer decides


@pytest.mark.parametrize("text", [
    "Aanvragers moeten het formulier binnen zes weken terugsturen.",
    "Uw cliënt krijgt een brief van ons.",
    "Stuur de brief naar een aanvrager in uw buurt.",
    "De gebruiker van de weg moet voorzichtig zijn.",
    "U kunt namens de aanvrager bezwaar maken.",  # the reader is "u": the aanvrager is someone else
    "Wij sturen u bericht zodra de aanvrager het formulier terugstuurt.",
])
def test_impersonal_noun_that_means_someone_else(check, text):
    assert not found(check, "DD111", text)


@pytest.mark.parametrize("text", [
    "Onder aanvrager wordt verstaan: de persoon die de aanvraag indient.",  # a definition
    "De aanvrager is de persoon die de aanvraag indient.",
    "Aanvrager: de persoon die de aanvraag doet.",  # a glossary line
    "Het besluit wordt naar de aanvrager en de belanghebbenden gestuurd.",  # parties side by side
])
def test_impersonal_noun_in_a_definition_or_among_parties(check, text):
    assert not found(check, "DD111", text)


@pytest.mark.parametrize("text", [
    "De aanvrager is eigenaar van de woning.",  # no definition: a fact about the reader
    "De aanvrager en zijn partner moeten allebei tekenen.",  # "u en uw partner"
    "De aanvrager of diens gemachtigde tekent het formulier.",
])
def test_impersonal_noun_still_found_beside_own_people(check, text):
    assert [f.text for f in found(check, "DD111", text)] == ["aanvrager"]


@pytest.mark.parametrize("text, advice", [
    ("De handtekening van de aanvrager ontbreekt.", "Schrijf dan 'uw handtekening'."),
    ("De aanvrager kan binnen zes weken bezwaar maken.", "Schrijf dan 'u', met 'kunt' in plaats van 'kan'."),
    ("De aanvrager is verplicht om wijzigingen door te geven.", "met 'bent' in plaats van 'is'"),
    ("De aanvrager ontvangt binnen acht weken een besluit.", "Schrijf dan 'u'."),  # "u ontvangt"
    ("Ondergetekende verklaart dat alle gegevens juist zijn.", "Schrijf 'ik', met 'verklaar' in plaats van 'verklaart'."),
    ("Ondergetekende heeft het formulier gelezen.", "Schrijf 'ik', met 'heb' in plaats van 'heeft'."),
    ("Ondergetekende woont sinds 2020 in Enschede.", "met 'woon' in plaats van 'woont'"),
    ("Ondergetekende kan niet komen.", "Schrijf 'ik'."),  # "ik kan": the same form
    ("Ondergetekende moet dit melden.", "Schrijf 'ik'."),  # stem in -t: "ik moet"
    ("Ondergetekende was niet thuis.", "Schrijf 'ik'."),  # past tense: "ik was"
    ("Ondergetekende gaat akkoord met de voorwaarden.", "met 'ga' in plaats van 'gaat'"),
    ("Ondergetekende staat in voor de juistheid van de gegevens.", "met 'sta' in plaats van 'staat'"),
    ("De gegevens van ondergetekende zijn juist.", "Schrijf 'mijn gegevens'."),
    # more than "de + noun" before "van de aanvrager": "uw ..." would drop or garble words
    ("Wij hebben een brief van de aanvrager ontvangen.", "Schrijf dan 'u'."),
    ("Twee kinderen van de aanvrager wonen thuis.", "Schrijf dan 'u'."),
])
def test_impersonal_message_gives_the_form_that_fits(check, text, advice):
    f = found(check, "DD111", text)
    assert f and advice in f[0].message


def test_impersonal_writer_is_not_called_the_reader(check):
    """'ondergetekende' is the one who signs: the message does not ask whether the reader is meant."""
    f = found(check, "DD111", "Ondergetekende verklaart dat alle gegevens juist zijn.")
    assert f and "lezer" not in f[0].message


def test_impersonal_role_beside_an_unrelated_verb_of_meaning():
    """'bedoelen' elsewhere in the sentence does not make 'met de aanvrager' a definition."""
    from duidelijk.model import load_pipeline
    from duidelijk.rules.address import defines_term

    nlp = load_pipeline()
    for text, defines in [("We overleggen met de aanvrager wat hij precies bedoelt.", False),
                          ("Met aanvrager wordt bedoeld: de persoon die de vergunning vraagt.", True),
                          ("Onder aanvrager wordt verstaan: de persoon die de aanvraag indient.", True),
                          ("Aanvrager: de persoon die de aanvraag doet.", True)]:  # a glossary line
        tok = next(t for t in nlp(text) if t.lower_ == "aanvrager")
        assert defines_term(tok, tok.sent) is defines, text


# --- DD101: length tips need other difficulty; split hints only between clauses -----------------
def length_findings(check, text, **kw):
    return codes(check(text, **kw), "DD101")  # all rules on: the other findings count


def test_clear_sentence_of_seventeen_words_gets_no_tip(check):
    text = "Wij hebben uw brief goed gelezen en wij bellen u volgende week op uw eigen telefoon thuis."
    assert not length_findings(check, text)
    hard_word = "Wij hebben uw brief goed gelezen en wij prolongeren volgende week uw vergunning voor een jaar."
    assert not length_findings(check, hard_word)  # the word gets its own finding
    assert length_findings(check, text, rules={"DD101": {"tip_needs_other": False}})


def test_tip_with_other_difficulty_in_the_sentence(check):
    text = "Wij hebben uw brief gelezen en uw vergunning wordt volgende week door de gemeente voor een jaar verlengd."
    f = length_findings(check, text)
    assert f and f[0].severity.value == "suggestion"
    assert "bij 'en'" in f[0].message


@pytest.mark.parametrize("text, bad", [
    ("Wij hebben uw brief en uw formulier en uw bewijs van inschrijving en uw paspoort en uw "
     "rijbewijs ontvangen van de balie.", "en"),
    ("Het is gebleken dat u op grond van de Wet maatschappelijke ondersteuning en de "
     "Participatiewet geen recht heeft op hulp van de gemeente.", "en"),
    ("Wij hebben vastgesteld dat u de aanvraag voor de vergunning voor het parkeren van uw auto "
     "in de wijk compleet heeft ingediend.", "dat"),
    ("U krijgt 3 en 4 containers en 5 en 6 zakken voor het afval van de buurt in de straat "
     "bij de oude school aan de markt.", "en"),  # (23 words: one clause of 21 or 22 gets no tip)
])
def test_no_split_hint_where_no_split_is_possible(check, text, bad):
    f = found(check, "DD101", text, rules={"DD101": {"tip_needs_other": False}})
    assert f
    assert f"bij '{bad}'" not in f[0].message


def test_split_hint_between_two_clauses(check):
    text = ("Wij hebben uw aanvraag voor een vergunning op 3 maart ontvangen en wij behandelen "
            "deze aanvraag binnen acht weken na de datum van ontvangst.")
    f = found(check, "DD101", text, rules={"DD101": {"tip_needs_other": False}})
    assert f and "bij 'en'" in f[0].message


# --- DD107: no gap to a line break ------------------------------------------------------------------
def test_tang_never_names_a_line_break(check):
    text = ("Bij de beoordeling van uw aanvraag is gebleken dat deze niet volledig is, aangezien de "
            "voor de behandeling benodigde gegevens niet door de aanvrager zijn verstrekt.\n\n"
            "Wij vragen u de gegevens te sturen.\n")
    for f in found(check, "DD107", text):
        assert f.text.strip() == f.text and "\n" not in f.message
        assert "' '" not in f.message


def test_tang_still_found(check):
    f = found(check, "DD107", "De door de gemeenteraad op 12 maart in de vergadering vastgestelde regels gelden nu.")
    assert f


# --- DD109 double negation with niet + on- adjective ---------------------------------------------
@pytest.mark.parametrize("text", ["Het is niet ondenkbaar dat de regels veranderen.",
                                  "Deze regel is niet onbekend bij de buren."])
def test_niet_with_on_adjective(check, text):
    assert found(check, "DD109", text)


@pytest.mark.parametrize("text", ["Het is ondenkbaar dat de regels veranderen.",
                                  "Wij hebben onlangs niet betaald.",
                                  "Het gaat niet om de onderdelen van de brief."])
def test_no_double_negation(check, text):
    assert not found(check, "DD109", text)


# --- DD102 passive with a modal -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Het bezwaar kan door de gemeente worden afgewezen.",
    "De aanvraag moet binnen zes weken worden ingediend.",
    "Het formulier dient te worden ondertekend.",
])
def test_passive_with_worden_and_a_modal(check, text):
    assert found(check, "DD102", text)


@pytest.mark.parametrize("text", ["U kunt het bezwaar intrekken.", "Het kan morgen gaan regenen."])
def test_modal_without_passive(check, text):
    assert not found(check, "DD102", text)


def test_no_split_hint_before_a_second_dat_clause(check):
    text = ("Wij hebben vastgesteld dat u de aanvraag op tijd heeft ingediend en dat alle stukken "
            "compleet zijn bij ons.")
    f = found(check, "DD101", text, rules={"DD101": {"tip_needs_other": False}})
    assert f and "bij 'en'" not in f[0].message and "bij 'dat'" not in f[0].message


# --- jargon: word class and fixed expressions (sense exceptions) ------------------------------
@pytest.mark.parametrize("text, word, proposal", [
    ("U moet het bedrag voldoen.", "voldoen", "betalen"),
    ("Gezien uw inkomen krijgt u geen toeslag.", "Gezien", "Door"),
    ("Uw verzoek is binnen.", "verzoek", "vraag"),
    ("Wij verzoeken u te betalen.", "verzoeken", "vragen"),
    ("Betaal uiterlijk op 1 maart.", "uiterlijk", "op zijn laatst"),
])
def test_jargon_in_its_official_sense(check, text, word, proposal):
    f = [x for x in found(check, "DD103", text) if x.text == word]
    assert f and f[0].suggestions[0] == proposal


@pytest.mark.parametrize("text, word", [
    ("U voldoet niet aan de voorwaarden.", "voldoet"),
    ("Op uw verzoek sturen wij u de brief.", "verzoek"),
    ("Wij hebben het gezien.", "gezien"),
    ("De stukken liggen ter beschikking.", "beschikking"),
    ("De verhalen van de buren zijn mooi.", "verhalen"),
    ("Wij hebben uw wensen genoteerd.", "wensen"),
])
def test_jargon_word_in_everyday_sense_or_fixed_expression(check, text, word):
    assert not [x for x in found(check, "DD103", text) if x.text == word]


def test_multiword_alternative_never_replaces_a_finite_verb(check):
    f = [x for x in found(check, "DD103", "Wij verhalen de kosten op u.") if x.text == "verhalen"]
    assert f and f[0].suggestions == [] and "laten betalen" in f[0].message


def test_participle_used_as_adjective_keeps_an_adjective_alternative(check):
    f = [x for x in found(check, "DD103", "De verschuldigde leges betaalt u later.") if x.text == "verschuldigde"]
    assert f and f[0].suggestions == ["te betalen"]


def test_participle_of_an_everyday_particle_verb_is_not_difficult(check):
    assert not found(check, "DD104", "Het goedgekeurde plan ligt klaar.")
    assert found(check, "DD104", "Het gesaldeerde bedrag ligt klaar.")


def test_role_noun_gets_one_finding_not_two(check):
    report = check("De aanvrager stuurt het formulier terug.")
    assert [f.code for f in report.findings if f.text == "aanvrager"] == ["DD111"]


@pytest.mark.parametrize("text, word, proposals", [
    ("U kunt eventueel later betalen.", "eventueel", ["misschien"]),
    ("Eventuele kosten betaalt u zelf.", "Eventuele", []),  # 'misschien' is no adjective
    ("De onderstaande gegevens kloppen.", "onderstaande", ["volgende"]),
    # "afgehandeld" is also a refusal: "geregeld" says it went well, so it is explained only
    ("Wij hebben uw melding afgehandeld.", "afgehandeld", []),
])
def test_alternatives_only_in_the_word_class_they_fit(check, text, word, proposals):
    f = [x for x in found(check, "DD103", text) if x.text == word]
    assert f and f[0].suggestions == proposals


def test_salutation_geachte_is_no_jargon(check):
    assert not found(check, "DD103", "Geachte mevrouw, wij sturen u de brief.")
    assert found(check, "DD103", "Wij achten het nodig dat u komt.")


@pytest.mark.parametrize("text", [
    "De brief met de pincode voor uw pas is aangevraagd.",
    "Je moet inloggen met een van de toegestane manieren.",
    "Vraag een account aan bij de gemeente Weesp of bij de balie in Weesp.",
])
def test_everyday_words_and_names_are_not_difficult(check, text):
    assert not found(check, "DD104", text)


# --- a capital inside a word marks a name or a template field, not a hard or long word ------
@pytest.mark.parametrize("text", [
    "U logt in op MijnOverheidZakelijk met eHerkenning.",
    "Op (*DatumIncompleetbrief* of *DatumVraagbrief*) heb ik u geschreven.",
    "Ik ontvang de informatie graag uiterlijk *DocumentDatum+14dagen*.",
])
def test_camel_case_word_is_a_name(check, text):
    assert not found(check, "DD104", text) and not found(check, "DD105", text)


def test_camel_case_only_for_a_capital_inside_the_word(check):
    from duidelijk.rules.long_words import camel_case

    assert camel_case("eHerkenning") and camel_case("DatumVraagbrief") and not camel_case("Omgevingsloket")
    assert not camel_case("WOZ-waarde") and not camel_case("ingebrekestelling")
    # the same words in small letters are still hard and long
    assert found(check, "DD105", "U ontvangt een ingebrekestelling van de belastingsamenwerking.")


def test_contact_opnemen_is_no_nominal_style(check):
    assert not found(check, "DD106", "Neem dan contact op met de servicedesk.")


@pytest.mark.parametrize("text", ["U kunt een afspraak maken bij de balie.",
                                  "Er worden per woonboot afspraken gemaakt."])
def test_afspraak_maken_is_no_nominal_style(check, text):
    assert not found(check, "DD106", text) and not found(check, "DD103", text)
    assert found(check, "DD103", "Wij hebben de keuze gemaakt om te stoppen.")  # the list: DD103


@pytest.mark.parametrize("word, loan", [
    ("stadsdeel", False),  # ends in the native word "deel", not in the "-eel" of "structureel"
    ("stadsdelen", False),
    ("structureel", True),
    ("gebiedsinformatie", True),  # the head "informatie" is itself a loanword
])
def test_loanword_ending_is_judged_on_the_compound_head(word, loan):
    from duidelijk.rules.difficult_words import DifficultWord, is_loanword

    assert is_loanword(word, DifficultWord.settings["loan_suffixes"]) == loan


# --- DD103 suggestions: a replacement only when it fits as it stands ----------------------------
def jargon(check, text, word):
    # with the list's mild words ("efficiënter"): their senses and proposals hold when asked for
    return [x for x in found(check, "DD103", text, rules={"DD103": {"mild": True}}) if x.text == word]


@pytest.mark.parametrize("text, word, proposals", [
    # number and gender of a noun: "deze onderwerp" and "laaggeletterde groep" are wrong
    ("Wij werken voor verschillende doelgroepen.", "doelgroepen", ["groepen", "mensen voor wie het is"]),
    ("Wij schrijven over deze thematiek.", "deze thematiek", ["dit onderwerp"]),  # the determiner changes with it
    ("U kunt dit kenmerk noemen.", "kenmerk", ["nummer"]),
    # a phrase with a preposition cannot stand before a noun as an adjective
    ("Dat duurt tot de bestuurlijke fusie klaar is.", "bestuurlijke", []),
    # a particle verb after "te": "uit te zoeken", so 'uitzoeken' is left out
    ("Hij wil uw gegevens achterhalen.", "achterhalen", ["uitzoeken", "ontdekken"]),
    ("Hij probeert uw gegevens te achterhalen.", "achterhalen", ["ontdekken"]),
    # the particle stands before "te": the finding takes it in ("te regelen", never "af te regelen")
    ("Wij vragen u de zaak op tijd af te handelen.", "af te handelen", ["te regelen"]),
    # a fixed expression with 'ter' and a verb written apart ('mede')
    ("De betekenis staat open ter interpretatie.", "interpretatie", []),
    ("Wij zoeken de juiste interpretatie.", "interpretatie", ["uitleg"]),
    ("Log in om de inzending mede te ondertekenen.", "ondertekenen", []),
    ("Log in om de inzending te ondertekenen.", "ondertekenen", ["tekenen"]),
    # before a singular noun 'volgende' means 'next'
    ("Klik op de onderstaande knop.", "onderstaande", []),
    ("Lees de onderstaande tips.", "onderstaande", ["volgende"]),
    # a verb expression gets its alternative in the same form
    ("Dit is de informatie die voortkomt uit het onderzoek.", "voortkomt uit", ["komt uit", "ontstaat uit"]),
    ("Dit zijn de regels die op uw bedrijf van toepassing zijn.", "van toepassing zijn", ["gelden"]),
])
def test_jargon_replacement_only_in_the_form_the_sentence_needs(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


def test_jargon_with_a_wider_meaning_is_explained_not_replaced(check):
    f = jargon(check, "Dit is een vragenlijst in verband met het coronavirus.", "in verband met")
    assert f and f[0].suggestions == [] and "zoals 'door'" in f[0].message
    f = jargon(check, "Wij maken de openbare ruimte groener.", "openbare ruimte")
    assert f and f[0].suggestions == []


@pytest.mark.parametrize("text, word", [
    ("Dit komt van iemand die zich voordoet als medewerker van de bank.", "voordoet"),  # pretend
    ("Voeg geen beeld toe om het geheel mooier te maken.", "geheel"),  # the noun: the whole
    ("Dit is ook een oproep om mee te denken.", "oproep"),  # the noun is everyday Dutch
    ("De gegevens moeten gescheiden worden gehouden van de rest, dan is het veilig.", "gehouden"),
])
def test_jargon_not_in_another_sense(check, text, word):
    report = check(text)
    assert not [f for f in report.findings if f.code in {"DD103", "DD104"} and word in f.text.split()]


@pytest.mark.parametrize("text, word", [
    ("Wij lossen elk probleem op dat zich voordoet.", "voordoet"),
    ("Wij betalen de kosten geheel of gedeeltelijk.", "geheel"),
    ("Wij roepen u op om te komen.", "roepen"),
])
def test_jargon_in_its_officialese_sense_still_found(check, text, word):
    assert [f for f in found(check, "DD103", text) if word in f.text.split()]


def test_erkend_as_approved_is_not_toegeven(check):
    for text, word in (("U moet de erkende maatregelen uitvoeren.", "erkende"),
                       ("Laat het onderzoek doen door een erkend bedrijf.", "erkend")):
        f = jargon(check, text, word)
        assert f and f[0].suggestions == [] and "toegeven" not in f[0].message
        assert "goedgekeurd" in f[0].message
    f = jargon(check, "Wij willen erkennen dat wij een fout hebben gemaakt.", "erkennen")
    assert f and f[0].suggestions[0] == "toegeven"


@pytest.mark.parametrize("text", [
    "Hij werd erkend als vluchteling.",  # recognised as: the ordinary sense, no approval
    "Zij is erkend als mantelzorger.",
])
def test_erkend_als_is_ordinary_dutch(check, text):
    assert not jargon(check, text, "erkend")


def test_erkend_without_als_is_still_found(check):
    for text in ("Is uw installateur erkend?", "Het is een door de overheid erkende opleiding."):
        assert [f for f in found(check, "DD103", text) if f.text.startswith("erkend")]


@pytest.mark.parametrize("text, word, whole", [
    ("Wij handelen uw melding binnen drie weken af.", "handelen", "afhandelen"),
    ("Het gesprek vindt op het stadhuis plaats.", "vindt", "plaatsvinden"),
    ("Hij past de regel altijd streng toe.", "past", "toepassen"),  # lemma left as "past"
    ("Wij kenden u een vergoeding toe.", "kenden", "toekennen"),  # a past plural left as the lemma
    ("Wij legden het plan voor.", "legden", "voorleggen"),
    ("Wij stellen een plan op.", "stellen", "opstellen"),  # the present plural is the infinitive's form
])
def test_a_split_particle_verb_is_named_whole(check, text, word, whole):
    f = jargon(check, text, word)
    assert f and f"(het werkwoord '{whole}')" in f[0].message


@pytest.mark.parametrize("text, word, wrong", [
    ("Wij kenden u een vergoeding toe.", "kenden", "toekenden"),  # review 1: no such verbs
    ("Wij legden het plan voor.", "legden", "voorlegden"),
])
def test_a_split_particle_verb_is_never_named_by_a_past_form(check, text, word, wrong):
    f = jargon(check, text, word)
    assert f and wrong not in f[0].message


@pytest.mark.parametrize("text, word", [
    ("Wij hebben een plan opgesteld.", "opgesteld"),  # written: officialese
    ("Wij stellen een plan op.", "stellen"),
    ("De brief is op 3 maart opgesteld.", "opgesteld"),  # a date is no place
    ("Wij hebben de brief in overleg met u opgesteld.", "opgesteld"),
    ("Het rapport wordt op het stadhuis opgesteld.", "opgesteld"),  # a written thing, also in a place
    ("De brief wordt op het stadhuis opgesteld.", "opgesteld"),  # review 3: 'brief' is concrete in LiNT-II
    ("Wij stellen het formulier in de raadzaal op.", "stellen"),
])
def test_opstellen_of_a_text_is_still_found(check, text, word):
    assert jargon(check, text, word)


@pytest.mark.parametrize("text, word", [
    ("Wij doen dit ten einde u te helpen.", "ten einde"),  # in order to
    ("Wij schrijven u ten einde de zaak snel af te ronden.", "ten einde"),
    ("Het huis is gelegen aan de Schelde.", "gelegen"),  # located
    ("Eerder hebben wij u bericht over de uitslag.", "bericht"),  # informed
    ("Zoals wij u berichten, is de zaak gesloten.", "berichten"),
    ("We hopen u hiermee voldoende te hebben geïnformeerd.", "geïnformeerd"),  # lemma garbled
    ("De gemeente heeft het toezicht geïntensiveerd.", "geïntensiveerd"),
])
def test_those_words_in_their_listed_sense_are_still_found(check, text, word):
    assert jargon(check, text, word)


@pytest.mark.parametrize("text, word, first", [
    ("De kosten zijn geringer dan verwacht.", "geringer", "kleiner"),  # review 1: the plain word's comparative
    ("Het risico is geringer geworden.", "geringer", "kleiner"),
    ("Dit is de geringste fout.", "geringste", "kleinste"),
    ("Wij willen efficiënter werken.", "efficiënter", "handiger"),  # 'snel en zuinig' has no comparative
])
def test_a_comparative_gets_the_plain_word_in_the_same_degree(check, text, word, first):
    """The list gives the plain word in its base form ("klein"): "De kosten zijn klein dan
    verwacht" is no Dutch. The plain word in the same degree is ("kleiner")."""
    f = jargon(check, text, word)
    assert f and f[0].suggestions[:1] == [first]
    assert "klein'" not in f[0].message and "'snel en zuinig'" not in f[0].message


def test_a_comparative_without_one_of_the_plain_word_gets_no_replacement(check):
    """"doeltreffend": 'werkt goed' has no comparative: no replacement in the base form."""
    from duidelijk.rules.jargon import degree_form

    assert degree_form("werkt goed", False, False) == ""
    assert degree_form("los", True, False) == ""  # "lost" is a verb, no superlative
    assert [degree_form("groot", False, False), degree_form("duur", False, True), degree_form("goed", True, True),
            degree_form("snel", False, False)] == ["groter", "duurdere", "beste", "sneller"]


def test_the_base_form_keeps_its_replacement(check):
    f = jargon(check, "De kosten zijn gering.", "gering")
    assert f and f[0].suggestions[:1] == ["klein"]


def test_a_preposition_the_parse_calls_a_particle_is_no_part_of_the_verb(check):
    """"verwierf bekendheid met": the parse may call "met" the particle of "verwierf", but
    there is no verb "metverwerven": the message names the word as written."""
    text = 'Geeraerts verwierf bekendheid met " Black Venus ", het eerste boek uit zijn Gangreen-cyclus dat in Vlaanderen heel wat stof deed opwaaien.'
    f = jargon(check, text, "verwierf")
    assert f and f[0].message.startswith("'verwierf' is ambtelijke taal") and "metverwerven" not in f[0].message


@pytest.mark.parametrize("text, word", [
    ("Wij willen uw melding snel afhandelen.", "afhandelen"),  # one word: nothing to add
    ("Het gesprek vindt plaats op het stadhuis.", "vindt plaats"),  # side by side
])
def test_a_particle_verb_in_one_piece_is_named_as_written(check, text, word):
    f = [x for x in found(check, "DD103", text) if x.text.startswith(word.split()[0])]
    assert f and "(" not in f[0].message.split(" is ambtelijke taal")[0]


@pytest.mark.parametrize("text, word", [
    ("Daarnaast organiseren we aparte overleggen om het plan uit te werken.", "overleggen"),  # meetings
    ("Overleg met de afdeling.", "Overleg"),  # consult
    ("We staan open voor kritiek.", "staan"),  # open to, no unpaid bill
    ("De betekenis staat vaak open ter interpretatie.", "staat"),
    ("Het plan moet voldoen aan de Nota Parkeernormen Fiets en Scooter.", "Nota"),  # a title
    ("Het altaarstuk staat in de kapel opgesteld.", "opgesteld"),  # placed, not written
    ("Krijgsheren die zich als onafhankelijke staten opstelden.", "opstelden"),  # behaved
    ("Hij stelt zich kritisch op.", "stelt"),
    ("De containers worden op het plein opgesteld.", "opgesteld"),  # a thing in a place (review 1)
    ("Langs de route worden borden opgesteld.", "opgesteld"),
    ("Wij stellen de hekken op langs de route.", "stellen"),
    ("Wij stellen de hekken langs de route op.", "stellen"),  # review 3: the place on the thing
    ("De huurovereenkomst loopt op 1 mei ten einde.", "ten einde"),  # no "te" + verb after it (review 1)
    ("Wij brengen het project ten einde.", "ten einde"),
    ("Ik ben ten einde raad.", "ten einde"),
    ("De termijn loopt ten einde.", "ten einde"),  # ends; no "teneinde" (in order to)
    ("Als de termijn ten einde loopt, sturen wij een brief.", "ten einde"),
    ("Oudenaarde heeft altijd aan de Schelde gelegen.", "gelegen"),  # the verb "liggen"
    ("Als de termijn voorbij is, krijgt u bericht.", "bericht"),  # a noun after "krijgt u"
    ("Binnen twee weken ontvangt u bericht.", "bericht"),
])
def test_list_entries_in_another_sense_are_not_found(check, text, word):
    assert not jargon(check, text, word)


@pytest.mark.parametrize("text, word", [
    ("U moet uw loonstroken overleggen.", "overleggen"),  # hand over papers
    ("Er staat nog een bedrag open.", "staat"),
    ("Het openstaande bedrag moet u betalen.", "openstaande"),
    ("Stuur ons een opgave van uw inkomen.", "opgave"),  # a statement
    ("U hoeft geen opgave te doen van uw spaargeld.", "opgave"),
    ("U kunt de nota voldoen binnen 30 dagen.", "nota"),  # a bill, no title
])
def test_list_entries_in_their_officialese_sense_are_found(check, text, word):
    assert jargon(check, text, word)


@pytest.mark.parametrize("text, word", [
    ("Dit plan past bij de opgaven en ambities van deze tijd.", "opgaven"),  # a task of policy language
    ("Dit maakt het een bijzondere opgave.", "opgave"),
    ("De opgaven van de stad zijn groot.", "opgaven"),  # "van" with the one whose task it is
    ("Dit is een gezamenlijke opgave van de stad.", "opgave"),
])
def test_opgave_as_a_task_gets_the_hint_of_that_sense(check, text, word):
    f = jargon(check, text, word)
    assert f and "'taak'" in f[0].message and "overzicht" not in f[0].message and not f[0].suggestions


@pytest.mark.parametrize("text", [
    "Stuur ons een opgave van uw inkomen.",
    "Wij vragen een opgave van de gevraagde gegevens.",
    "Stuur een opgave van inkomsten en uitgaven mee.",
])
def test_opgave_as_a_statement_keeps_its_alternative(check, text):
    f = jargon(check, text, "opgave")
    assert f and "overzicht" in f[0].message


# --- DD101: no split at the comma after a subclause in front, nor before a clause with its verb last -
def test_no_tip_at_the_comma_after_a_subclause_in_front(check):
    text = ("Als iemand moeite heeft met het verwerken van schriftelijke informatie, kun je helpen door "
            "beeld te gebruiken.")
    assert not found(check, "DD101", text)


def test_no_split_hint_before_maar_with_a_subclause(check):
    text = ("Voor zowel etnische-culturele als geloofsgroepen kun je de generaties duiden, maar enkel en "
            "alleen wanneer dit nodig is voor onderzoek of beleid.")
    f = found(check, "DD101", text)
    assert f and "bijvoorbeeld" not in f[0].message


def test_split_hint_at_the_comma_between_two_main_clauses_stays(check):
    text = ("Je kunt je stem zelfs ook buiten Amsterdam uitbrengen, daarvoor moet je echter wel een "
            "kiezerspas aanvragen.")
    f = found(check, "DD101", text)
    assert f and "de komma na 'uitbrengen'" in f[0].message


@pytest.mark.parametrize("text, word", [
    ("Bij openbare ruimte kun je denken aan straten en pleinen, bruggen en viaducten.", "openbare ruimte"),
    ("Onder werkzaamheden verstaan wij al het werk aan de weg.", "werkzaamheden"),
])
def test_officialese_term_the_sentence_explains_is_left(check, text, word):
    assert not jargon(check, text, word)


@pytest.mark.parametrize("text, word", [
    ("Het geven van namen aan delen van de openbare ruimte is een taak van de gemeente.", "openbare ruimte"),
    ("De werkzaamheden duren twee weken.", "werkzaamheden"),
    ("Neem uw legitimatiebewijs mee.", "legitimatiebewijs"),
    ("Voor het project gelden de volgende uitgangspunten: snel en goedkoop.", "uitgangspunten"),  # a list
    ("Wij bouwen voor een bijzondere doelgroep(en).", "doelgroep"),
])
def test_officialese_term_without_explanation_is_found(check, text, word):
    assert jargon(check, text, word)


# --- DD101: a tip for 16 to 20 words only where the sentence splits into two main clauses --------
@pytest.mark.parametrize("text, hint", [
    ("Wij hebben uw brief op 3 maart ontvangen, wij behandelen deze aanvraag binnen acht weken na vandaag.",
     "bij de komma na 'ontvangen'"),
    ("Wij hebben uw brief goed gelezen, maar wij kunnen u helaas nog geen antwoord geven op uw vraag.",
     "bij 'maar'"),
])
def test_tip_for_two_main_clauses_joined_by_a_comma_or_maar(check, text, hint):
    f = length_findings(check, text)
    assert f and f[0].severity.value == "suggestion" and hint in f[0].message


@pytest.mark.parametrize("text", [
    # a subclause cannot stand on its own: no split, so no tip
    "Dat betekent dat de oude regeling van de gemeente zal blijven bestaan tot de nieuwe regels klaar zijn.",
    # a passive and a subclause, but no second main clause
    "Deze kaart wordt aangevuld met nieuwe metingen, waarbij we ook de diepte van het water meten.",
    "Als je beeld goed wilt gebruiken voor lezers, is het belangrijk om te weten hoe beeld verwerkt wordt.",
])
def test_no_tip_for_a_short_sentence_that_does_not_split(check, text):
    assert not length_findings(check, text)


def test_older_short_sentence_rule_can_be_chosen(check):
    text = "Deze kaart wordt aangevuld met nieuwe metingen, waarbij we ook de diepte van het water meten."
    assert length_findings(check, text, rules={"DD101": {"tip_needs_split": False}})


# --- DD102: rewrites that work, no passive without a past participle ----------------------------
def passive(check, text):
    return found(check, "DD102", text)


def test_passive_rewrite_in_a_template(check):
    f = passive(check, "Je bent door {{ inviter_name }} uitgenodigd om in te loggen op {{ site_name }}.")
    assert f and f[0].suggestions == [
        "{{ inviter_name }} heeft je uitgenodigd om in te loggen op {{ site_name }}."]


@pytest.mark.parametrize("text", [
    "Deze brief is verstuurd door iemand die zich voordoet als medewerker van de bank.",
    "Het formulier wordt door de gemeente in de loop van de komende drie of vier weken gecontroleerd.",
])
def test_no_passive_rewrite_that_reads_badly(check, text):
    f = passive(check, text)
    assert f and f[0].suggestions == [] and "Zet voorop wie het doet" in f[0].message


def test_per_is_no_agent(check):
    f = passive(check, "Er zullen wel afspraken gemaakt worden per woonboot.")
    assert f and f[0].suggestions == []
    f = passive(check, "Het formulier wordt door de gemeente gecontroleerd.")
    assert f and f[0].suggestions == ["De gemeente controleert het formulier."]


@pytest.mark.parametrize("text", [
    "Wees verder terughoudend met plaatjes.",  # a present participle
    "Je moet ingelogd zijn om het formulier te tekenen.",  # inloggen takes no object
    "Je moet ingelogd zijn met je DigiD om het formulier te kunnen tekenen.",
    "U bent uitgelogd omdat u lang niets deed.",
    "Ik word morgen 40.",
])
def test_no_passive_without_a_past_participle_of_a_verb_with_an_object(check, text):
    assert not passive(check, text)


@pytest.mark.parametrize("text", [
    "De stoep is verbreed.",  # "verbreden": the stem ends in d, so no second d is written
    "De weg wordt verbreed.",
])
def test_participle_of_a_stem_in_d_is_a_verb(check, text):
    assert passive(check, text)


def test_perfect_with_zijn_read_off_the_participle(nlp):
    from duidelijk.rules.passive import perfect_with_zijn

    def verb(text, word):
        return next(t for t in nlp(text) if t.text == word)

    assert perfect_with_zijn(verb("U bent ingelogd.", "ingelogd"))
    assert perfect_with_zijn(verb("U bent verhuisd.", "verhuisd"))
    assert not perfect_with_zijn(verb("U bent uitgenodigd.", "uitgenodigd"))
    assert not perfect_with_zijn(verb("Het is ingevuld.", "ingevuld"))


def test_second_auxiliary_belongs_to_the_next_participle(check):
    f = passive(check, "Nadat het account is aangemaakt wordt van je verwacht dat je een cursus volgt.")
    assert {x.text for x in f} == {"is aangemaakt", "wordt van je verwacht"}


# --- DD112: capitals in a product or organisation name; a part of a name with a slash ------------
@pytest.mark.parametrize("text", ["Je volgt eerst een Decos JOIN training.",
                                  "Vraag het aan Stichting ABC in uw wijk."])
def test_capitals_inside_a_name_are_no_abbreviation(check, text):
    assert not found(check, "DD112", text)


def test_capitals_in_a_slash_name(check):
    f = found(check, "DD112", "Stuur de mail naar de afdeling IB/Postzaken voor een zaak.")
    assert [x.text for x in f] == ["IB"] and f[0].suggestions == []
    assert not found(check, "DD112", "Stuur de mail naar de afdeling Informatiebeheer (IB)/Postzaken.")
    assert not found(check, "DD112", "Kies en/of vul het in.")


# --- DD108: the lead-in ends at the finite verb of the main clause -------------------------------
@pytest.mark.parametrize("text", [
    "Dat A en B, als ze hoeveelheden zijn, dezelfde hoeveelheid beschrijven.",
    "Zoals dezelfde overtuiging hem met zijn vrienden op het grote plein deed demonstreren.",
])
def test_no_lead_in_for_a_subclause_on_its_own(check, text):
    """A subclause without a main clause has no main verb to wait for: the verb the parse
    gives is the subclause's own, last by the rules of Dutch word order."""
    assert not found(check, "DD108", text)


@pytest.mark.parametrize("text, verb", [
    ("Hoewel we het woord tegenwoordig in een positieve context gebruiken, was dat vroeger anders.", "was"),
    ("Voordat hij - in 1938 - in vaste dienst van de krant trad is hij bij een ander blad geweest.", "is"),
    # "zoals" inside brackets and "Maar" make no subclause of the main clause
    ("Maar incongruentie van ideeën (zoals de Ier die een touw oprolt, maar niet aan het einde komt) "
     "is de werkelijke onzin.", "is"),
])
def test_lead_in_after_a_fronted_subclause_is_found(check, text, verb):
    """The verb right after the comma, or right after the subclause's own verb, is the main
    verb, even when the parse hangs the subclause's conjunction on it."""
    f = found(check, "DD108", text)
    assert f and f"'{verb}'" in f[0].message


def test_lead_in_counts_to_the_finite_verb(check):
    assert not found(check, "DD108", "Nadat er een account is aangemaakt wordt van je verwacht dat je een cursus volgt.")
    f = found(check, "DD108", "Hoe wij daar met elkaar als gemeente en bewoners mee omgaan zullen we later bedenken.")
    assert f and f[0].text.endswith("zullen") and "'zullen'" in f[0].message

# --- compounds: a new compound with an abstract head is no everyday compound -----------------
def test_new_compound_with_an_abstract_head_is_hard(check):
    """Parts that everyone knows, but Dutch text never uses the whole, and its head is abstract:
    the reader has to work out what it means."""
    assert [f for f in found(check, "DD105", "De aanmeldmogelijkheid staat op de website.")
            if f.text == "aanmeldmogelijkheid"]
    assert [f for f in found(check, "DD104", "De aanmeldfunctie staat op de website.") if f.text == "aanmeldfunctie"]


@pytest.mark.parametrize("text", [
    "De speelgoedkisten staan in de gang.",  # new, but with a concrete head
    "De bewonerskaart ligt op de balie.",
    "De stadsdelen hebben een eigen loket.",  # linking s: "stad" + "delen"
])
def test_new_compound_with_a_concrete_head_is_everyday(check, text):
    assert not check(text, select=["DD104", "DD105"]).findings


@pytest.mark.parametrize("text, word", [
    ("U kunt het formulier tussentijds opslaan.", "tussentijds"),
    ("Het is duur, maar anderzijds helpt het.", "anderzijds"),
])
def test_old_genitive_adverbs_are_formal(check, text, word):
    assert word in texts(found(check, "DD104", text))


def test_everyday_adverbs_in_s_are_not_formal(check):
    assert not found(check, "DD104", "Wij bellen u dagelijks of anders morgen.")


# --- officialese: legal and administrative terms, with a replacement only where it fits ------
@pytest.mark.parametrize("text, word, proposals", [
    ("Wij aanvaarden uw bod.", "aanvaarden", ["accepteren"]),  # not "Wij aannemen"
    ("Stuur de foto tezamen met het formulier.", "tezamen", ["samen"]),
    ("Voorheen was dit anders.", "Voorheen", ["Vroeger"]),
    ("Dit is een besluit als bedoeld in artikel 4.", "als bedoeld in", ["genoemd in", "zoals staat in"]),
    ("Voor nadere informatie kunt u bellen.", "nadere", []),  # 'meer' only fits as it stands elsewhere
    ("De vergunninghouder moet het bord plaatsen.", "vergunninghouder", []),  # explained, not replaced
])
def test_legal_and_administrative_terms(check, text, word, proposals):
    f = [x for x in found(check, "DD103", text) if x.text == word]
    assert f and f[0].suggestions == proposals


@pytest.mark.parametrize("text", [
    "Tot nader order is het loket dicht.",  # its own entry, not 'nader'
    "Wat is de zin van dit werk?",  # not 'in de zin van'
    "Hij heeft een achterstand.",
])
def test_legal_terms_not_in_another_sense(check, text):
    report = check(text, select="DD103")
    assert not [f for f in report.findings if f.text.lower() in {"nader", "in de zin van", "zin"}]


@pytest.mark.parametrize("text, word, proposals", [
    ("Wij ramen de kosten op 500 euro.", "ramen", ["schatten"]),
    ("De raming is te laag.", "raming", ["schatting"]),
    ("Desondanks betalen wij niets.", "Desondanks", ["Toch"]),
    ("Wij waarborgen uw privacy.", "waarborgen", []),  # explained: 'zorgen voor' needs another sentence
])
def test_formal_verbs_and_policy_words(check, text, word, proposals):
    f = [x for x in found(check, "DD103", text) if x.text == word]
    assert f and f[0].suggestions == proposals


def test_ramen_as_windows_is_no_officialese(check):
    assert not found(check, "DD103", "De ramen zijn schoon.")



# --- DD114: 'tijdig' is formal, not vague; 'later' is not vague when the reader chooses ------------
def test_tijdig_is_jargon_not_vague(check):
    text = "Wij vragen u om deze zaak tijdig af te handelen."
    assert not found(check, "DD114", text)
    f = jargon(check, text, "tijdig")
    assert f and f[0].suggestions == ["op tijd"]


def test_later_is_vague_only_when_the_writer_decides(check):
    assert not found(check, "DD114", "U kunt dit formulier op een later moment afmaken.")
    f = found(check, "DD114", "Wij sturen u op een later moment een brief.")
    assert f and f[0].suggestions == [] and "1 maart" not in f[0].message
    assert found(check, "DD114", "U kunt uw grofvuil binnenkort aan de straat zetten.")


@pytest.mark.parametrize("text, word, proposals", [
    # an attributive adjective or participle gets its -e, a phrase cannot stand there
    ("Wij sturen het verslag in een afzonderlijke brief.", "afzonderlijke", ["aparte", "losse"]),
    ("De bij de aanvraag ingediende tekeningen horen bij het besluit.", "ingediende", ["gestuurde"]),
    ("Betaal het openstaande bedrag.", "openstaande", []),
    # no "te betaald", no "heeft gebeurd", no "kant" for "kan"
    ("Voor deze hulp bent u een eigen bijdrage verschuldigd.", "verschuldigd", []),
    ("Het gesprek heeft vorige week plaatsgevonden.", "plaatsgevonden", []),
    ("Het gesprek vindt volgende week plaats in het stadhuis.", "vindt", []),
    # a noun is not replaced by a verb or by a clause
    ("De herinrichting van de straat begint in mei.", "herinrichting", ["nieuwe indeling"]),
    ("Ook kan kwijtschelding worden aangevraagd.", "kwijtschelding", []),
    # the article is there already; "van ..." follows already
    ("U kunt bezwaar maken bij het college van burgemeester en wethouders.",
     "college van burgemeester en wethouders", ["gemeentebestuur"]),
    ("Dat kan binnen zes weken na de dagtekening van deze brief.", "dagtekening", ["datum"]),
    ("Controleer de bovenstaande gegevens.", "bovenstaande", []),
    ("Bovenstaande gegevens kloppen.", "Bovenstaande", ["Deze"]),
    # "maar" starts a clause
    ("De stukken zijn echter niet ontvangen.", "echter", []),
    ("Wij hebben uw brief ontvangen, echter zonder de bijlage.", "echter", ["maar"]),
])
def test_jargon_replacement_fits_the_words_around_it(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


def test_no_rare_plural_and_no_irregular_verb_made_regular(check):
    from duidelijk.rules.jargon import noun_forms, plural_of, third_person

    assert plural_of(None, "hulp") == ""  # "hulpen" is too rare to propose
    assert plural_of(None, "groep") == "groepen" and plural_of(None, "idee") == "ideeën"
    assert plural_of(None, "tip") == "tips" and plural_of(None, "advies") == "adviezen"
    assert noun_forms(None, "onderwerp") == ("Neut", "Sing") and noun_forms(None, "opknappen")[0] == "VERB"
    assert third_person("kunnen") == "" and third_person("staan") == ""
    assert third_person("regelen") == "regelt"


@pytest.mark.parametrize("adjective, form", [("apart", "aparte"), ("los", "losse"), ("groot", "grote"),
                                             ("lief", "lieve"), ("nodig", "nodige"), ("extra", "extra")])
def test_attributive_adjective_spelling(adjective, form):
    from duidelijk.rules.jargon import _inflected

    assert _inflected(adjective) == form

def test_unit_of_measure_is_no_difficult_word(check):
    """"kubieke meter" is the exact unit on a gas bill; the same adjective elsewhere is rare."""
    assert not found(check, "DD104", "U gebruikt 900 kubieke meter gas per jaar.")
    assert "kubieke" in texts(found(check, "DD104", "De kubieke vorm van het gebouw valt op."))


@pytest.mark.parametrize("text", [
    "Het verbruik is 3.500 kilowattuur per jaar.",  # a unit of one word after its number
    "Neem 5 milliliter van het middel.",
])
def test_unit_of_one_word_after_a_number_is_no_hard_word(check, text):
    assert not found(check, "DD104", text)


def test_unit_without_a_number_is_still_a_word_to_know(check):
    assert "kilowattuur" in texts(found(check, "DD104", "De prijs per kilowattuur stijgt."))



@pytest.mark.parametrize("text, word", [
    ("Heeft u vragen over de Adviesraad naamgeving openbare ruimten?", "openbare ruimten"),
    ("Dit staat in de Wet maatschappelijke ondersteuning.", "maatschappelijke ondersteuning"),
])
def test_jargon_inside_a_name_is_left_alone(check, text, word):
    assert not jargon(check, text, word)


@pytest.mark.parametrize("court", ["het Gerechtshof", "de rechtbank"])
def test_word_after_a_court_or_path_is_no_part_of_its_name(check, court):
    # "hof" and "pad" head DD105's names, but take no lower-case words: "cassatie" is a hard word
    text = f"U kunt tegen de uitspraak van {court} cassatie instellen bij de Hoge Raad."
    assert "cassatie" in texts(found(check, "DD104", text))


def test_jargon_next_to_a_name_is_still_found(check):
    assert jargon(check, "Wij maken de openbare ruimte groener.", "openbare ruimte")
    assert jargon(check, "Stuur het naar Team Burgerzaken ter attentie van de directeur.", "ter attentie van")


@pytest.mark.parametrize("text", ["U bent verplicht om de hond aan te lijnen.", "Het loket is gesloten op maandag.",
                                  "Wij zijn gevestigd in het stadhuis."])
def test_zijn_with_an_adjectival_participle_is_a_state(check, text):
    assert not found(check, "DD102", text)


@pytest.mark.parametrize("text", ["Het loket wordt om vijf uur gesloten.",
                                  "Het nieuwe stadhuis is door de burgemeester geopend."])
def test_adjectival_participle_with_worden_or_door_is_a_passive(check, text):
    assert found(check, "DD102", text)


@pytest.mark.parametrize("text, word, proposals", [
    ("Betreffende uw brief delen wij u het volgende mede.", "delen", []),  # mededelen, particle apart
    ("Wij adviseren u om tijdig een nieuwe pas aan te vragen.", "tijdig", ["op tijd"]),
    ("Uw bezwaar is ongegrond verklaard.", "ongegrond verklaard", []),  # no "is geen gelijk geven"
    ("Wij houden u op de hoogte van de voortgang.", "voortgang", []),  # no "van de hoe het gaat"
    ("De gemeente is voornemens de weg af te sluiten.", "voornemens", ["van plan"]),
    ("Als de regeling van kracht is, krijgt u bericht.", "van kracht is", ["geldt"]),
])
def test_jargon_replacement_in_verb_phrases_and_for_nouns(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


@pytest.mark.parametrize("text, rewrite", [
    ("Het afval wordt op maandag door de gemeente opgehaald.", "De gemeente haalt het afval op maandag op."),
    ("Het formulier kan door u worden ingevuld.", "U kunt het formulier invullen."),
    ("De stukken worden door mij gecontroleerd.", "Ik controleer de stukken."),  # the form after "ik" (open30)
])
def test_passive_rewrite_verb_forms(check, text, rewrite):
    f = passive(check, text)
    assert f and f[0].suggestions == ([rewrite] if rewrite else [])


@pytest.mark.parametrize("text", ["Wij geven u toestemming om te bouwen.", "Het IBAN staat op uw bankpas."])
def test_everyday_phrase_and_abbreviation_pass(check, text):
    assert not found(check, "DD106", text) and not found(check, "DD112", text)
    assert found(check, "DD106", "Na uw bezwaar gaan wij over tot behandeling ervan.")


def test_perfect_of_a_verb_without_object_is_no_passive(check, nlp):
    from duidelijk.rules.passive import perfect_with_zijn

    assert not found(check, "DD102", "De kosten zijn opgelopen.")  # the parse says aux:pass here
    for text, word in (("Uw recht is vervallen.", "vervallen"), ("De bouw is gestart.", "gestart")):
        assert perfect_with_zijn(next(t for t in nlp(text) if t.text == word))
    assert found(check, "DD102", "Het zwembad is door de gemeente gesloten.")  # 'door': a passive

@pytest.mark.parametrize("text", [
    "U kunt de kosten terugvragen bij de gemeente.",
    "Wij bellen u morgen terug, en u kunt het formulier meesturen.",
])
def test_transparent_particle_verbs_are_not_difficult(check, text):
    assert not found(check, "DD104", text)



def test_tang_suggests_two_sentences_only_with_a_second_verb(check):
    one = found(check, "DD107", "Wij hebben uw aanvraag voor een parkeervergunning voor de wijk in het "
                                "centrum van de stad op 3 maart ontvangen.")
    assert one and "twee zinnen" not in one[0].message
    two = found(check, "DD107", "Hierdoor zal de informatie van de afdeling ook in het archief van de stad "
                                "worden opgeslagen en kan de post verstuurd worden.")
    assert two and "maak twee zinnen" in two[0].message


@pytest.mark.parametrize("text, word, proposals", [
    ("De aanvraag wordt geacht te zijn ingetrokken.", "geacht", []),  # not "gevonden", "gedenkt"
    ("Wij hebben het probleem grondig onderzocht.", "onderzocht", None),  # only: no regular-looking strong form
    ("U dient zich te legitimeren bij de balie.", "legitimeren", []),  # no "zich laten zien wie u bent"
    ("Uw aanvraag is niet ontvankelijk.", "ontvankelijk", []),  # a clause replaces no adjective
    ("Wij zien ons genoodzaakt de uitkering te stoppen.", "genoodzaakt", []),
])
def test_jargon_no_replacement_that_is_no_dutch(check, text, word, proposals):
    f = jargon(check, text, word)
    if proposals is None:
        assert all(s not in {"gedenkt", "gezoekt", "gevindt"} for x in f for s in x.suggestions)
    else:
        assert f and f[0].suggestions == proposals


def test_strong_participles():
    from duidelijk.rules.jargon import participle

    assert [participle(v) for v in ("denken", "uitzoeken", "bedenken", "regelen", "doorgeven")] == [
        "gedacht", "uitgezocht", "bedacht", "geregeld", "doorgegeven"]


def test_object_pronoun_is_no_reflexive(check):
    f = jargon(check, "Wij verzoeken je om op tijd te komen.", "verzoeken")
    assert f and f[0].suggestions == ["vragen"]


# --- DD113: advice for the writer is no replacement -----------------------------------------------
def test_official_abbreviation_advice_is_no_suggestion(check):
    f = found(check, "DD113", "Wij bellen u z.s.m. terug.")
    assert f and f[0].suggestions == [] and "Noem de datum" in f[0].message
    f = found(check, "DD113", "Wij zagen u vrijdag jl. op het stadhuis.")
    assert f and f[0].suggestions == ["afgelopen"] and "noem de datum" in f[0].message


@pytest.mark.parametrize("text, word, proposals", [
    ("De ingangsdatum van de regeling is 1 mei.", "ingangsdatum", ["begindatum"]),  # "vanaf" is no noun
    ("Op de percelen mag niet gebouwd worden.", "percelen", []),  # no "de stuk grond"
    ("Het perceel ligt naast de school.", "perceel", ["stuk grond"]),
    ("De voorwaarden zijn van toepassing op alle aanvragen.", "zijn van toepassing", []),  # not "gelden op"
    ("De bewoners zijn geïnformeerd over de plannen.", "geïnformeerd", ["op de hoogte gebracht"]),
])
def test_jargon_noun_and_participle_replacements(check, text, word, proposals):
    f = jargon(check, text, word)
    assert f and f[0].suggestions == proposals


# --- DD106: a light verb with an action noun, not with a thing -------------------------------------
@pytest.mark.parametrize("text", ["Wij vinden de regeling goed.", "Wij geven u de rekening.",
                                  "U kunt de regeling vinden op de website."])
def test_light_verb_with_a_thing_is_no_nominal_style(check, text):
    assert not found(check, "DD106", text)


@pytest.mark.parametrize("text, verb", [("De gemeente geeft de bewoners ondersteuning.", "ondersteunen"),
                                        ("De betaling vindt plaats op 1 mei.", "betalen")])
def test_light_verb_with_an_action_noun(check, text, verb):
    # DD103 names a listed one ("betaling plaatsvinden", also when "vindt ... plaats" stands
    # apart) as nominal style itself; DD106 then leaves it
    f = found(check, "DD106", text) or [x for x in found(check, "DD103", text) if x.category == "nominalisation"]
    assert f and f"'{verb}'" in f[0].message


@pytest.mark.parametrize("text", ["LET OP: de brief moet voor 1 mei binnen zijn.", "Let op: NIET vergeten te betalen."])
def test_words_in_capitals_for_emphasis_are_no_abbreviation(check, text):
    assert not found(check, "DD112", text)
    assert found(check, "DD112", "De afdeling VTH controleert uw bouwwerk.")


def test_noun_table_agrees_with_the_model():
    """wordlists/jargon_nouns.tsv is made by `python -m duidelijk.rules.jargon`; a check reads it
    instead of tagging each alternative."""
    from duidelijk.rules.jargon import _tag_noun, _tag_plural, noun_table

    table = noun_table()
    assert len(table) > 500
    for word in ("groep", "onderwerp", "opknappen", "vanaf", "tip"):
        gender, number, plural = table[word]
        assert (gender, number) == _tag_noun(None, word)
        assert plural == (_tag_plural(None, word) if gender not in {"VERB", "OTHER"} else "")


# --- DD105: the message names the units a reader sees --------------------------------------------
@pytest.mark.parametrize("word, parts, not_named", [
    ("bouwwerkzaamhedenrooster", "'bouwwerkzaamheden' + 'rooster'", "'heden'"),  # a suffix is no part
    ("omgevingsvergunningplicht", "'omgevingsvergunning' + 'plicht'", "'omgeving' + 'vergunning'"),
    ("bezwaarschriftencommissie", "'bezwaarschriften' + 'commissie'", "'schriften' +"),
])
def test_long_word_message_names_units_not_pieces(check, word, parts, not_named):
    f = [x for x in found(check, "DD105", f"Het gaat om de {word} van de gemeente.") if x.text == word]
    assert f and parts in f[0].message and not_named not in f[0].message


def test_long_word_message_keeps_parts_that_are_no_unit(check):
    f = [x for x in found(check, "DD105", "Het gaat om het woonwagenstandplaatsenbeleid van de gemeente.")]
    assert f and "'woonwagen' + 'standplaatsen' + 'beleid'" in f[0].message


def test_long_adverb_is_not_split_into_loose_words(check):
    f = found(check, "DD105", "De achtereenvolgens genoemde bedragen zijn juist.")
    assert f and f[0].text == "achtereenvolgens"
    assert "losse woorden" not in f[0].message and "'volgens'" not in f[0].message
    g = found(check, "DD105", "De klachtenafhandeling duurt zes weken.")  # a noun: split or explain
    assert g and "'klachten' + 'afhandeling'" in g[0].message and "losse woorden" in g[0].message


@pytest.mark.parametrize("word", ["verkeersregelaars", "parkeercontroleurs", "woningzoekenden"])
def test_person_named_by_an_everyday_verb_is_no_long_word(check, word):
    # "who does what" is read at once: people who regulate traffic, who look for a home
    assert not [x for x in found(check, "DD105", f"Er zijn veel {word} in de stad.") if x.text == word]


@pytest.mark.parametrize("first, head, agent", [
    ("verkeers", "regelaars", True), ("parkeer", "controleurs", True), ("woning", "zoekenden", True),
    # "-aar" makes a person only after a stem in -el, -er, -en or -ig, "-eur" only after a
    # verb in -eren: "gevaar" is not one who gives, "deur" and "kleur" are no persons
    ("brand", "gevaar", False), ("verkeers", "gevaar", False), ("tuin", "deur", False), ("muur", "kleur", False),
])
def test_everyday_agent_needs_a_person_made_from_a_verb(first, head, agent):
    from duidelijk.rules.base import REGISTRY

    rule = next(cls for cls in REGISTRY.values() if cls.code == "DD105")()
    assert rule._everyday_agent(first, head) is agent


@pytest.mark.parametrize("word", ["subsidieaanvragers", "bezwaarbehandelaars", "vergunningverleners"])
def test_person_with_an_abstract_first_part_is_still_a_long_word(check, word):
    # an abstract first part ("subsidie", "bezwaar", "vergunning") leaves the reader work
    assert [x for x in found(check, "DD105", f"Er zijn veel {word} in de stad.") if x.text == word]


# --- DD112: units after a number, file types beside a known one -----------------------------------
@pytest.mark.parametrize("text", [
    "Het verbruik is 3500 KWH per jaar.",  # a unit after a number
    "Het bedrag is 100 USD.",
    "Upload een bestand van het type JPG, PNG of PDF.",  # beside PDF, which everyone knows
    "Stuur een PNG of PDF mee.",
    "Upload een foto als JPG, PNG of PDF.",  # JPG too: the whole list, not only the next word
    "Het bestand mag 10 MB groot zijn.",
])
def test_units_and_file_types_are_no_abbreviation_to_write_out(check, text):
    assert not found(check, "DD112", text)


@pytest.mark.parametrize("text, abbreviation", [
    ("De RUD geeft advies over de 3 woningen.", "RUD"),  # a number elsewhere: still explained
    ("Stuur het naar de RUD of de ODRA.", "RUD"),  # beside another unknown one: both explained
    ("De coalitie bestaat uit de SP, PFF en de PvdA.", "PFF"),  # a party beside a known party
    ("Dat staat in artikel 7 AVG.", "AVG"),  # a listed abbreviation after a number is still explained
    ("In het dorp hangen 4 AED.", "AED"),  # a count of things, no unit
    ("We hebben 40 BSO plekken erbij.", "BSO"),
])
def test_abbreviations_near_numbers_or_in_lists_are_still_found(check, text, abbreviation):
    assert abbreviation in [f.text for f in found(check, "DD112", text)]


@pytest.mark.parametrize("text", [
    "Dit is een ongeval als omschreven in artikel 7.1, lid 4 PGA.",
    "Dit is een ongeval als omschreven in artikel 7.1,lid 4 PGA.",  # no space after the comma
])
def test_law_after_an_article_number_is_still_an_abbreviation(check, text):
    assert [x.text for x in found(check, "DD112", text)] == ["PGA"]


# --- DD108: a date is one thing to read -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Van maandag 3 juni tot en met vrijdag 7 juni 2024 zijn er werkzaamheden in uw straat.",
    "Op dinsdag 12 maart 2024 om 19.30 uur in het stadsdeelkantoor is er een bijeenkomst.",
    "In de week van 14 tot en met 18 oktober 2024 wordt uw afval later opgehaald.",
])
def test_date_before_the_verb_counts_as_one_word(check, text):
    assert not found(check, "DD108", text)


@pytest.mark.parametrize("text", [
    "Na de werkzaamheden aan de riolering in de Hoofdstraat en de Kerkstraat wordt de weg opnieuw bestraat.",
    # a date does not hide a long lead-in of other words
    "Als u op maandag 3 juni uw afval niet op de afgesproken plek aan de straat zet, krijgt u een boete.",
])
def test_long_lead_in_with_or_without_a_date_is_still_found(check, text):
    assert found(check, "DD108", text)


# --- a term the sentence explains: only with a verb of meaning or "kunt ... denken aan" -------------
@pytest.mark.parametrize("text, word", [
    ("Met de machtiging verstuurt u ook een kopie van uw paspoort.", "machtiging"),  # "verstuurt" is no "verstaan"
    ("Met een beschikking verstrekt de gemeente u toestemming.", "beschikking"),
    ("Bij werkzaamheden moet u denken aan overlast.", "werkzaamheden"),  # a warning, no examples
])
def test_term_with_a_look_alike_of_an_explanation_is_still_found(check, text, word):
    # "werkzaamheden" is a mild word of the list: asked for with the setting
    report = check(text, rules={"DD103": {"mild": True}})
    assert [f for f in report.findings if f.text == word and f.code in {"DD103", "DD104"}]


@pytest.mark.parametrize("text, word", [
    ("Bij werkzaamheden kunt u denken aan het vervangen van leidingen.", "werkzaamheden"),
    ("Met een zienswijze bedoelen wij een brief met uw mening.", "zienswijze"),
])
def test_term_the_sentence_explains_is_left(check, text, word):
    assert not [f for f in check(text).findings if f.text == word and f.code in {"DD103", "DD104"}]


# --- tenth session: kinds of wrong finding seen on the small-rules discovery sample -------------
@pytest.mark.parametrize("text", [
    "De reeks is sinds 2005 verkrijgbaar op DVD.",
    "Na het HBO zoekt hij een baan.",
])
def test_letter_word_the_dictionary_spells_is_no_abbreviation_to_explain(check, text):
    assert not found(check, "DD112", text)  # "dvd", "hbo": words of letters everyone uses


@pytest.mark.parametrize("text, abbreviation", [
    ("Er staat een BANK in het park.", "BANK"),  # an ordinary word in capitals: may be anything
    ("Wij vragen een VOG voor u aan.", "VOG"),  # listed: always explained
    ("De aanvraag gaat naar het RIEC.", "RIEC"),
    ("Het DB heeft besloten over uw aanvraag.", "DB"),  # two letters: no "dB" (decibel) here
])
def test_capitals_that_are_no_known_letter_word_are_still_found(check, text, abbreviation):
    assert [x for x in found(check, "DD112", text) if x.text == abbreviation]


@pytest.mark.parametrize("text", [
    "De militairen doen mee aan KFOR, de NAVO-vredesmacht voor Kosovo.",
    "Wij sturen uw aanvraag naar de RUD, de dienst die de vergunning controleert.",
    "De voorstelling is in de KVS, de Koninklijke Vlaamse Schouwburg.",
    # the letters inside a compound of the full name
    "Wij werken samen met het WSP, het Werkgeversservicepunt.",
    "Wij werken samen met het WSP, het Werkgeversservicepunt, en de gemeente.",
    "Vraag het aan de SVB, de Sociale Verzekeringsbank.",
    "U woont nu in het AZC, het asielzoekerscentrum.",
    "Uw kind gaat naar de BSO, de buitenschoolse opvang.",
])
def test_abbreviation_explained_by_an_apposition_after_it(check, text):
    assert not found(check, "DD112", text)


def test_full_name_in_an_apposition_explains_only_its_abbreviation(check):
    text = "U krijgt geld van de SVB, de Sociale Verzekeringsbank, en het CAK."
    assert texts(found(check, "DD112", text)) == {"CAK"}


@pytest.mark.parametrize("text, abbreviation", [
    ("Bel de NVTZ, de ABCD en de XYZ.", "NVTZ"),  # a list of names, no explanation
    ("Bij de GRZ, een nieuwe afdeling, kunt u terecht.", "GRZ"),  # only what kind it is
    ("Dit hoort bij de UCI, de UCI Europe Tour.", "UCI"),  # names it again
    ("Meld het bij de RIEC, de gemeente en de politie.", "RIEC"),  # parties side by side
    # a sentence of its own after the comma, no apposition
    ("Bel het CJIB, de website staat hieronder.", "CJIB"),
    ("U betaalt de OZB, de gemeente stuurt u daarvoor een aanslag.", "OZB"),
    ("Bel het CJIB, de Centrale Jeugdraad.", "CJIB"),  # other letters: not its name
    # the letters inside one word, not at the start of its parts: what kind, not the name
    ("Wij werken samen met de VNG, een vereniging.", "VNG"),
    ("Stuur het naar de VNG, een vereniging.", "VNG"),
    ("Wij werken samen met de GRZ, een groep zorgverleners.", "GRZ"),
    ("Vraag het aan de BAG, de basisregistratie.", "BAG"),
])
def test_abbreviation_before_a_list_or_a_kind_is_still_found(check, text, abbreviation):
    assert [x for x in found(check, "DD112", text) if x.text == abbreviation]


@pytest.mark.parametrize("text", [
    "De Nederlandstaligen die in Brussel wonen, komen vaak uit Vlaanderen.",
    "Voor minderjarigen en alleenstaanden gelden andere regels.",
])
def test_everyday_adjective_used_as_a_noun_is_no_long_word(check, text):
    assert not found(check, "DD105", text)


def test_rare_adjective_used_as_a_noun_is_still_a_long_word(check):
    f = found(check, "DD105", "De arbeidsongeschikten krijgen een uitkering.")
    assert texts(f) == {"arbeidsongeschikten"}


def test_lead_in_after_a_joining_conjunction_counts_to_the_first_main_clause(check):
    # "Maar de trein staat": the main verb is the third word; "is" belongs to the clause after "en"
    assert not found(check, "DD108", "Maar de trein staat op de sporen en het vertrek is onafwendbaar.")
    f = found(check, "DD108", "Maar om uw aanvraag voor een vergunning voor de verbouwing goed te kunnen "
                              "beoordelen, hebben wij meer gegevens nodig.")
    assert [x for x in f if x.text.endswith("hebben")]


@pytest.mark.parametrize("text", [
    "Op het adres Burgemeester de Vlugtlaan 125 in Amsterdam Nieuw-West is het loket open.",
    "Op het adres Burgemeester de Vlugthof 125 in Amsterdam Nieuw-West is het loket open.",
    "Het Centrum voor Jeugd en Gezin in Amsterdam Nieuw-West aan de Osdorpplein heeft een nieuw adres.",
])
def test_a_name_counts_as_one_word_in_the_lead_in(check, text):
    assert not found(check, "DD108", text)


def test_polite_capital_u_after_a_name_is_no_part_of_it(check):
    # "Uw" with a capital is the reader, no word of the name "Sociale Verzekeringsbank"
    lower = found(check, "DD108", "Met de Sociale Verzekeringsbank uw aanvraag voor een uitkering "
                                   "bespreken en regelen kan ook.")
    upper = found(check, "DD108", "Met de Sociale Verzekeringsbank Uw aanvraag voor een uitkering "
                                   "bespreken en regelen kan ook.")
    assert lower and upper and "11 woorden" in upper[0].message and lower[0].message == upper[0].message


@pytest.mark.parametrize("text", [
    # names inside an insert or beside commas still add to the wait for the verb
    "Losse apps van andere bedrijven (zoals Buiten Beter en Verbeter de Buurt) zorgen voor minder meldingen.",
    "Twee meisjes van 9 en 10 jaar uit Amstelveen en Duiven zijn gewond geraakt.",  # "en": two names
    "Het college van burgemeester en wethouders van de gemeente Amsterdam heeft besloten.",
])
def test_names_in_a_long_lead_in_still_count(check, text):
    # (small30: a subject of one phrase may have up to max_phrase_words words by default; these
    # sentences test how names are counted, so that allowance is switched off)
    assert found(check, "DD108", text, rules={"DD108": {"max_phrase_words": 0}})


@pytest.mark.parametrize("text, word", [
    ("U krijgt de Scholierenvergoeding als uw kind naar school gaat.", "Scholierenvergoeding"),
    ("U kunt een Energiebespaarlening aanvragen.", "Energiebespaarlening"),
])
def test_capitalised_long_word_inside_a_sentence_is_a_name_to_explain(check, text, word):
    f = [x for x in found(check, "DD105", text) if x.text == word]
    assert f and "naam" in f[0].message and "losse woorden" not in f[0].message


@pytest.mark.parametrize("text", [
    "U kunt een energiebespaarlening aanvragen.",  # no capital: a word to split
    "Let op: Energiebespaarleningen zijn er voor iedereen.",  # a capital after a colon starts the sentence
])
def test_long_word_without_a_name_capital_gets_its_parts(check, text):
    f = found(check, "DD105", text)
    assert f and "losse woorden" in f[0].message and "naam" not in f[0].message


def test_capitalised_dictionary_word_is_no_name(check):
    # letters often give an ordinary noun a capital: the dictionary has it, so it is no name
    f = found(check, "DD105", "Voor de Bijstandsgerechtigden gelden andere regels.")
    assert f and "losse woorden" in f[0].message and "naam" not in f[0].message


def test_men_beside_the_reader_is_someone_else(check):
    f = found(check, "DD111", "Als je wilt verhuizen, kan men je helpen.")
    assert f and "'wij' of 'iemand'" in f[0].message and "'u'" not in f[0].message and "'je'" not in f[0].message


@pytest.mark.parametrize("text", [
    "Men verzoekt u het formulier in te vullen.",  # the reader is the object of the same verb
    "Men stuurt u onze folder.",  # 'onze' owns the folder: no reason to leave out 'wij'
])
def test_men_with_the_reader_at_its_verb_is_someone_else(check, text):
    f = found(check, "DD111", text)
    assert f and "'wij' of 'iemand'" in f[0].message and "'u'" not in f[0].message


@pytest.mark.parametrize("text", [
    "Als u verhuist, moet men zich binnen vijf dagen inschrijven.",  # the reader in another clause
    "Heeft u een uitkering, dan moet men elke wijziging doorgeven.",
])
def test_men_beside_the_reader_in_another_clause_can_be_the_reader(check, text):
    f = found(check, "DD111", text)
    assert f and "'u', 'wij' of 'iemand'" in f[0].message


@pytest.mark.parametrize("text", [
    "Men moet uw paspoort meenemen naar de afspraak.",  # 'uw' only owns: 'men' is the reader
    "Bij de aanvraag moet men uw inkomen opgeven.",
    "Men stuurt uw brief terug.",
    "Als men vindt dat uw buren te luidruchtig zijn, kunt u ons bellen.",  # reader in a subclause
    "Wanneer men ziet dat de stoep voor uw huis kapot is, kan men dat melden.",
])
def test_men_beside_an_owner_or_a_reader_elsewhere_can_be_the_reader(check, text):
    f = found(check, "DD111", text)
    assert f and all("'u', 'wij' of 'iemand'" in x.message for x in f)


@pytest.mark.parametrize("text", ["Men kan u en ons helpen.", "Men stuurt u en ons een brief."])
def test_men_beside_reader_and_writer_names_one_option_in_good_dutch(check, text):
    f = found(check, "DD111", text)
    assert f and all(x.message.endswith("Schrijf wie het is: 'iemand'.") for x in f)


def test_men_with_the_writer_at_its_verb_offers_no_wij(check):
    f = found(check, "DD111", "Wij helpen u graag. Men kan ons bellen op werkdagen.")
    assert f and "'u' of 'iemand'" in f[0].message and "'wij'" not in f[0].message


def test_men_in_a_je_text_offers_je(check):
    f = found(check, "DD111", "Je krijgt een brief. Men kan het formulier ook op het stadhuis ophalen.")
    assert f and "'je', 'wij' of 'iemand'" in f[0].message
    f = found(check, "DD111", "U krijgt een brief. Men kan het formulier ook op het stadhuis ophalen.")
    assert f and "'u', 'wij' of 'iemand'" in f[0].message


@pytest.mark.parametrize("word", ["eengezinswoningen", "tweepersoonshuishoudens", "eenoudergezinnen",
                                  "eenrichtingsverkeer"])
def test_number_in_front_of_an_everyday_compound_is_no_long_word(check, word):
    assert not found(check, "DD105", f"In deze buurt zijn veel {word}.")


@pytest.mark.parametrize("word, rest", [
    ("driesterrenhotel", "sterrenhotel"), ("vijfsterrenhotel", "sterrenhotel"),
    ("eenpersoonshuishouden", "persoonshuishouden"), ("eenpersoonskamer", "persoonskamer"),
])
def test_number_before_a_counted_thing_is_read_without_the_number(check, word, rest):
    # "driesterren", "eenpersoons" are words, but their number counts stars and persons
    assert number_rest(word) == rest
    assert not found(check, "DD105", f"Wij kijken naar het {word}.")


@pytest.mark.parametrize("word, first", [
    ("eenwordingsproces", "eenwording"), ("drieluikvoorstelling", "drieluik"),
    ("achterstandsbestrijding", "achterstand"), ("vierkantswortelprobleem", "vierkantswortel"),
])
def test_word_whose_first_part_only_starts_with_a_number_is_still_a_long_word(check, word, first):
    # "eenwording", "drieluik", "vierkant", "achterstand": words of their own, no number in front
    f = [x for x in found(check, "DD105", f"Het gaat om de {word}.") if x.text == word]
    assert f and f"'{first}'" in f[0].message
    assert number_rest(word) == ""


@pytest.mark.parametrize("word", ["eenzaamheidsbestrijding", "meerjarenbegroting"])
def test_word_that_only_starts_like_a_number_is_still_a_long_word(check, word):
    # "een" + "zaamheid..." is no reading; "meer" is no number
    assert texts(found(check, "DD105", f"Wij werken aan de {word}.")) == {word}


# --- eleventh session (harvest-mun): real municipal texts from public repositories ------------
@pytest.mark.parametrize("text, span, alt", [
    ("U heeft recht op een rolstoel per 1 maart 2025.", "per", "vanaf"),
    ("U krijgt de toeslag per {datum}.", "per", "vanaf"),  # a placeholder for a date
    ("Per 01-01-2026 gaat de huur omhoog.", "Per", "Vanaf"),
    ("De regeling geldt per januari 2026.", "per", "vanaf"),
    ("Uw recht op bijstand is beëindigd per 1 juli.", "per", "op"),  # the day something stops
    ("Uw vergunning vervalt per 31 december.", "per", "op"),
])
def test_per_with_a_date_is_officialese(check, text, span, alt):
    f = [x for x in found(check, "DD103", text) if x.text == span]
    assert f and f[0].suggestions == [alt]


@pytest.mark.parametrize("text, alt", [
    # a moment or a reference date, not the start of a state: "op" (REVIEW1 #4)
    ("De wet is per 1 juli 2025 in werking getreden.", "op"),
    ("U wordt per 1 maart ingeschreven.", "op"),
    ("U ontvangt het geld uiterlijk per 1 maart.", "op"),
    ("De aanslag is per 28 februari betaald.", "op"),
    ("Wij betalen het bedrag per 1 maart uit.", "op"),
    # something stops, with its particle apart or as a noun (REVIEW1 #5)
    ("Wij trekken uw vergunning per 1 maart in.", "op"),
    ("Uw huurcontract loopt per 1 april af.", "op"),
    ("Wij zeggen het contract per 1 april op.", "op"),
    ("Wij zetten uw uitkering per 1 mei stop.", "op"),
    ("Het einde van uw uitkering is per 1 mei.", "op"),
    # a state that goes on from the date: "vanaf"
    ("Het kabinet heeft aangekondigd dat de maatregelen per 25 februari veranderen.", "vanaf"),
    ("De huur bedraagt per 1 januari 500 euro.", "vanaf"),
    ("U krijgt de uitkering per {ingangsdatum}.", "vanaf"),
    ("U krijgt de uitkering per {DocumentDatum}.", "vanaf"),
    ("Per 1 januari 2026 gaat de afvalstoffenheffing omhoog.", "Vanaf"),
    # only the part of the sentence with "per" counts
    ("De oude regeling stopt en de nieuwe regeling geldt per 1 maart 2026.", "vanaf"),
    ("U kunt stoppen met werken en per 1 juni met pensioen gaan.", "op"),
    # a modal, "zijn" with what is true from then on, or a present tense of a state: "vanaf"
    # ("op" says it holds on that day only; REVIEW3 #1)
    ("Per 1 januari 2026 betaalt u een hogere huur.", "Vanaf"),
    ("U betaalt per 1 januari 2026 een hogere huur.", "vanaf"),
    ("Per 1 juli mag u weer parkeren in deze straat.", "Vanaf"),
    ("U kunt per 1 maart gebruikmaken van de nieuwe regeling.", "vanaf"),
    ("Per 1 januari hoeft u geen hondenbelasting meer te betalen.", "Vanaf"),
    ("De regeling is per 1 januari 2026 van kracht.", "vanaf"),
    ("Uw vergunning is geldig per 1 april 2026.", "vanaf"),
    ("Per 1 januari 2026 is de gemeente verantwoordelijk voor de jeugdzorg.", "Vanaf"),
    ("Per 1 januari 2026 bent u verplicht een afvalpas te gebruiken.", "Vanaf"),
    ("De parkeervergunning kost per 1 januari 2026 meer.", "vanaf"),
    ("Per 1 april is uw nieuwe adres Dorpsstraat 4.", "Vanaf"),
    ("U krijgt, per 1 maart 2026, een hogere uitkering.", "vanaf"),  # the verb is outside the commas
    ("Per 1 maart gaat u met pensioen.", "Op"),
    ("Uw uitkering wordt per 1 maart verhoogd.", "op"),
    ("U krijgt de uitkering per {ingangsdag}.", "vanaf"),
    ("U krijgt de toeslag per {dagtekening}.", "vanaf"),
    # "zijn" with a participle of a state (DD102's list, wordlists/state_participles.tsv) is
    # "vanaf", with any other participle "op" (twelfth session: one list, not a copy of six)
    ("Het loket is per 1 maart gesloten.", "vanaf"),
    ("Het zwembad is per 1 mei geopend.", "vanaf"),
    ("De aanslag is per 1 maart betaald.", "op"),
    ("Het loket wordt per 1 maart gesloten.", "op"),  # with "worden" a passive: a moment
])
def test_per_with_a_date_gets_op_unless_a_state_goes_on(check, text, alt):
    f = [x for x in found(check, "DD103", text) if x.text.lower() == "per"]
    assert f and f[0].suggestions == [alt]


@pytest.mark.parametrize("text", [
    # the sentence does not say if the date starts a state or is one day: both named, no
    # replacement (REVIEW3 #1)
    "Per 1 januari 2026 werkt de gemeente met een nieuw systeem.",
    "De huur per 1 juli bedraagt 700 euro.",  # after a noun: a state here,
    "Het saldo per 1 januari bedraagt 200 euro.",  # a moment here
    "De stand per 31 december 2025 is 400 euro.",
    "Het aantal inwoners per 1 januari 2025 was 20.000.",
])
def test_per_with_a_date_names_both_where_the_sentence_does_not_settle_it(check, text):
    f = [x for x in found(check, "DD103", text) if x.text.lower() == "per"]
    assert f and f[0].suggestions == []
    assert "anaf " in f[0].message and ("'op " in f[0].message or "'Op " in f[0].message)


@pytest.mark.parametrize("text", [
    # a placeholder whose name only contains "dag" or "date" is no date (REVIEW1 #6)
    "De kosten zijn {bedrag} per {dagdeel}.",
    "U betaalt {tarief} per {aantal_dagen} opvang.",
    "De vergoeding is {bedrag} per {update}.",
])
def test_per_with_a_placeholder_that_is_no_date_is_ordinary_dutch(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text.lower() == "per"]


@pytest.mark.parametrize("text", [
    "U betaalt 10 euro per maand.",
    "Wij sturen de brief per post.",
    "De kosten zijn 5 euro per persoon.",
    "Het tarief is 2 euro per 100 kilo.",
    "U krijgt per 1 kind een bedrag.",
])
def test_per_without_a_date_is_ordinary_dutch(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text.lower() == "per"]


@pytest.mark.parametrize("text, span, alt", [
    ("U kunt bellen. Na het gesprek kun je de pas weer gebruiken.", "kun je", "kunt u"),
    ("U kunt bellen. Voor parkeren ga je naar de website.", "ga je", "gaat u"),
    ("U kunt bellen. Heb je vragen?", "Heb je", "Hebt u"),
    ("Je kunt bellen. Je hebt een brief. Kunt u de pas gebruiken?", "Kunt u", "Kun je"),
    ("Je kunt bellen. Je hebt een brief. Werkt u hier?", "Werkt u", "Werk je"),
    # the forms of verbs.PRESENT_FORMS: the form after "hij" goes with either
    ("U kunt bellen. Kan je de pas gebruiken?", "Kan je", "Kunt u"),
    ("Je kunt bellen. Je hebt een brief. Heeft u vragen?", "Heeft u", "Heb je"),
    # "is" and "zal" keep their form: "u"/"je" after them is mostly the person something
    # happens to, and "zal je" is as good as "zul je"
    ("Je kunt bellen. Je hebt een brief. Zal u de pas meenemen?", "Zal u", "Zal je"),
    ("Je kunt je aanvraag online doen. Is u iets opgevallen aan de brief?", "Is u", "Is je"),
    ("Je kunt je aanvraag online doen. Is u bekend dat de regels zijn veranderd?", "Is u", "Is je"),
    ("Je kunt je aanvraag online doen. Zal u dat lukken?", "Zal u", "Zal je"),
    ("U kunt uw aanvraag online doen. Is je iets opgevallen?", "Is je", "Is u"),
    ("U kunt uw aanvraag online doen. Zal je ons bellen?", "Zal je", "Zult u"),
    ("U kunt uw aanvraag online doen. Ben je verhuisd?", "Ben je", "Bent u"),
    # the modals and irregular verbs with "je"/"jij" after them (thirteenth session, item 2)
    ("U kunt uw aanvraag online doen. Zal jij ons bellen?", "Zal jij", "Zult u"),
    ("U kunt uw aanvraag online doen. Kun je ons bellen?", "Kun je", "Kunt u"),
    ("U kunt uw aanvraag online doen. Wil je ons bellen?", "Wil je", "Wilt u"),
    ("U kunt uw aanvraag online doen. Heb je de brief?", "Heb je", "Hebt u"),
    ("U kunt uw aanvraag online doen. Heeft je de brief?", "Heeft je", "Hebt u"),
    ("U kunt uw aanvraag online doen. Mag je dat?", "Mag je", "Mag u"),
    # a verb whose person is no subject keeps its form: "dat" is the subject
    ("U kunt uw aanvraag online doen. Zal je dat lukken?", "Zal je", "Zal u"),
    ("U kunt uw aanvraag online doen. Kan je dat lukken?", "Kan je", "Kan u"),
    ("Je kunt je aanvraag online doen. Je hebt een brief. Kan u dat lukken?", "Kan u", "Kan je"),
    # a main clause with a word before its verb: the stem needs "je" as its subject
    ("U kunt uw aanvraag online doen. Dan heb je recht op geld.", "heb je", "hebt u"),
    ("U kunt uw aanvraag online doen. Dan krijg je geld terug.", "krijg je", "krijgt u"),
    ("U kunt uw aanvraag online doen. In de bijlage vind je het formulier.", "vind je", "vindt u"),
])
def test_other_address_after_the_verb_changes_the_verb_too(check, text, span, alt):
    # "kun je" with "u" is "kunt u", not "kun u"; "kunt u" with "je" is "kun je"
    f = [x for x in found(check, "DD110", text) if x.text == span]
    assert f and f[0].suggestions == [alt]


@pytest.mark.parametrize("text, span, alt", [
    ("U kunt bellen. Je account is klaar.", "Je", "Uw"),  # possessive "je" is "uw", not "u" (a capital at the sentence start)
    ("U kunt bellen. U krijgt antwoord. Wij helpen je.", "je", "u"),  # object "je" stays one word
    ("U kunt bellen. Als je wilt, kan dat.", "je", "u"),  # "je" before its verb: the verb has no "t" problem
    # "je" after a stem that is "your": an order, after "ik", after a form that "hij" has too
    ("U kunt bellen. U krijgt antwoord. Geef je formulier af.", "je", "uw"),
    ("U kunt bellen. U krijgt antwoord. Ik heb je brief gelezen.", "je", "uw"),
    ("U kunt bellen. U krijgt antwoord. Dan heeft je kind recht op geld.", "je", "uw"),
])
def test_other_address_before_the_verb_or_as_object_is_one_word(check, text, span, alt):
    f = [x for x in found(check, "DD110", text) if x.text == span]
    assert f and f[0].suggestions == [alt]


REVIEW5_U = "U kunt uw aanvraag online doen. U krijgt binnen twee weken een brief van ons. "
REVIEW5_JE = "Je kunt je aanvraag online doen. Je krijgt binnen twee weken een brief van ons. Je hebt dan een antwoord. "


@pytest.mark.parametrize("sentence, alt", [
    # an order after a label, a new line, "en", "maar", "ja," or "dus ...!" has no subject:
    # "je" is "your" there, not the subject of the verb (REVIEW5-fix item 1)
    ("Let op: neem je paspoort mee.", "uw"),
    ("Tip: neem je legitimatiebewijs mee naar de afspraak.", "uw"),
    ("Stap 1: vul je gegevens in op het formulier.", "uw"),
    ("Belangrijk: stuur je bezwaar op tijd.", "uw"),
    ("Daarna: stuur je formulier naar ons.", "uw"),
    ("Kortom: bewaar je bonnetjes goed.", "uw"),
    ("Kom langs en neem je paspoort mee.", "uw"),
    ("Bel ons en geef je nieuwe adres door.", "uw"),
    ("Neem dan contact met ons op en vertel je verhaal.", "uw"),
    ("Klik op de knop en vul je naam in.", "uw"),
    ("Maar neem je paspoort wel mee.", "uw"),
    ("Ja, stuur je formulier maar op.", "uw"),
    ("Dus vergeet je afspraak niet!", "uw"),
    ("Afspraak maken\nBel ons en neem je paspoort mee.", "uw"),
    ("Let op: meld je aan.", "u"),
    # and as before: an order at the start, after a number, "je" after "ik"
    ("Geef je formulier af.", "uw"),
    ("1. Vul je gegevens in.", "uw"),
    ("Hierbij stuur ik je brief terug.", "uw"),
])
def test_an_order_after_a_label_or_en_keeps_je_as_your(check, sentence, alt):
    text = REVIEW5_U + sentence
    f = [x for x in found(check, "DD110", text) if text.index(sentence) <= x.start]
    assert [(x.text, x.suggestions) for x in f] == [("je", [alt])]


@pytest.mark.parametrize("sentence, span, alt", [
    # "jullie" in a text with "u" (weak14): "u" takes the verb's form for one person, so the
    # subject after its verb gets both; as the subject elsewhere no proposal ("of u deze
    # kunnen" is no Dutch); before a noun "uw"
    ("Kunnen jullie hier naar kijken?", "Kunnen jullie", ["Kunt u"]),
    ("Gaan jullie verhuizen?", "Gaan jullie", ["Gaat u"]),
    ("Dan krijgen jullie een brief.", "krijgen jullie", ["krijgt u"]),
    ("Laat weten of jullie deze melding kunnen afhandelen.", "jullie", []),
    ("Jullie kunnen ook mailen.", "Jullie", []),
    ("Wij hebben jullie aanvraag ontvangen.", "jullie", ["uw"]),
    ("Wij sturen jullie een brief.", "jullie", ["u"]),
    # a word that stresses the many is no noun that "jullie" owns (REVIEW14-weak BUG 6)
    ("Jullie beiden krijgen een brief.", "Jullie", ["U"]),  # a capital at the sentence start
    ("Jullie allebei hebben recht op een toeslag.", "Jullie", ["U"]),
    ("Wij nodigen jullie beiden uit.", "jullie", ["u"]),
])
def test_jullie_in_a_text_with_u_gets_a_proposal_that_fits_the_verb(check, sentence, span, alt):
    text = REVIEW5_U + sentence
    f = [x for x in found(check, "DD110", text) if text.index(sentence) <= x.start]
    assert [(x.text, list(x.suggestions)) for x in f] == [(span, alt)]


@pytest.mark.parametrize("lines, alt", [
    # a list step without a full stop is an order too (read-through 13 item 6, weak14): "je"
    # before a noun is "your", before a last particle the reflexive
    ("Stap 1: vul je gegevens in", ["uw"]),
    ("Let op: neem je paspoort mee", ["uw"]),
    ("- vul je gegevens in\n- stuur je formulier op", ["uw", "uw"]),
    ("1. Vul je gegevens in\n2. Stuur je formulier op", ["uw", "uw"]),
    ("Stap 2: meld je aan", ["u"]),
])
def test_a_list_step_without_full_stop_keeps_je_as_your(check, lines, alt):
    text = REVIEW5_U + "Wat moet u doen?\n" + lines
    f = [x for x in found(check, "DD110", text) if text.index(lines) <= x.start]
    assert [(x.text, x.suggestions[0]) for x in f] == [("je", a) for a in alt]


@pytest.mark.parametrize("lines, span, alt", [
    # a line without "?" that asks, or a modal or "hebben": "je" stays the subject
    ("Heb je vragen\nBel ons.", "Heb je", "Hebt u"),
    ("Let op: ga je verhuizen\nGeef het door.", "ga je", "gaat u"),
    ("Stap 2: ga je naar de balie", "ga je", "gaat u"),
    ("Let op: kun je niet komen\nBel ons dan.", "kun je", "kunt u"),
    # a heading that asks, its "?" left out, whose verb the tagger calls a name
    ("Verhuis je binnenkort\nGeef dan uw nieuwe adres door.", "Verhuis je", "Verhuist u"),
    ("Verhuis je naar het buitenland\nGeef het door.", "Verhuis je", "Verhuist u"),
    # REVIEW14-weak BUG 4, 5 (weakfix14): a verb of getting gives no order, a bare line with a
    # noun may ask, a particle verb that does not go with "zich" keeps "je" as its subject
    ("Krijg je bijstand\nU moet dan elke maand een formulier invullen.", "Krijg je", "Krijgt u"),
    ("Vraag 2: krijg je toeslagen", "krijg je", "krijgt u"),
    ("Kom je langs\nBel ons eerst.", "Kom je", "Komt u"),
    ("- Kom je langs\n- Bel je ons", "Kom je", "Komt u"),
    ("Loop je vast\nBel ons.", "Loop je", "Loopt u"),
])
def test_a_line_without_full_stop_that_asks_keeps_je_as_subject(check, lines, span, alt):
    text = REVIEW5_U + "\n" + lines
    f = [x for x in found(check, "DD110", text) if text.index(lines) <= x.start]
    assert f and (f[0].text, f[0].suggestions[0]) == (span, alt)


@pytest.mark.parametrize("lines, alt", [
    # REVIEW14-weak BUG 3, 5 (weakfix14): a line that ends in a particle gives an order, also
    # with a word between "je" and the particle; a verb that goes with "zich" has "je" as its
    # reflexive ("Meld u snel aan", "Schrijf u in")
    ("Meld je snel aan\nDat kan tot 1 mei.", "u"),
    ("Bereid je goed voor\nNeem alle papieren mee.", "u"),
    ("- schrijf je in\n- kies een datum", "u"),
    ("Schrijf je nu in\nU krijgt een mail.", "u"),
    ("Geef je vandaag nog op\nU krijgt een mail.", "u"),
])
def test_a_line_that_ends_in_a_particle_is_an_order(check, lines, alt):
    text = REVIEW5_U + "\n" + lines
    f = [x for x in found(check, "DD110", text) if text.index(lines) <= x.start]
    assert f and (f[0].text, f[0].suggestions[0]) == ("je", alt)


@pytest.mark.parametrize("sentence, span, alt", [
    # the statements and questions with a word before the verb keep "je" as the subject
    ("Dan heb je recht op geld.", "heb je", "hebt u"),
    ("Als je verhuist, krijg je een brief.", "krijg je", "krijgt u"),
    ("En heb je een vraag?", "heb je", "hebt u"),
    ("Let op: heb je je paspoort bij je?", "heb je", "hebt u"),
    ("Daarna ga je naar de balie.", "ga je", "gaat u"),
    ("Let op: kun je niet komen, bel dan.", "kun je", "kunt u"),
    ("Wanneer heb je tijd?", "heb je", "hebt u"),
    ("Waarom heb je geen brief gestuurd?", "heb je", "hebt u"),
    ("Morgen breng je het formulier.", "breng je", "brengt u"),
    # after "dus" the verb comes before its subject; "hebben", "zijn", "worden" give no order
    # there (read-through 13 item 5: 'uw' before)
    ("Dus heb je recht op geld.", "heb je", "hebt u"),
    ("Dus ben je te laat.", "ben je", "bent u"),
])
def test_a_statement_or_question_after_a_word_keeps_je_as_subject(check, sentence, span, alt):
    f = [x for x in found(check, "DD110", REVIEW5_U + sentence) if x.text == span]
    assert f and f[0].suggestions == [alt]


@pytest.mark.parametrize("prefix, sentence, span, alt", [
    # "dat" is the subject of "lukken": the verb takes the form after "hij" (REVIEW5-fix item 2)
    (REVIEW5_U, "Kun je dat lukken?", "Kun je", "Kan u"),
    (REVIEW5_JE, "Kunt u dat lukken?", "Kunt u", "Kan je"),
    (REVIEW5_JE, "Zult u dat lukken?", "Zult u", "Zal je"),
    (REVIEW5_U, "Zal je dat bevallen?", "Zal je", "Zal u"),
    # the person is the subject of these verbs: the usual forms (REVIEW5-fix item 3)
    (REVIEW5_U, "Kun je op je kind passen?", "Kun je", "Kunt u"),
    (REVIEW5_U, "Kun je die schoenen passen?", "Kun je", "Kunt u"),
    (REVIEW5_U, "Kun je met je geld uitkomen?", "Kun je", "Kunt u"),
    (REVIEW5_U, "Kun je uitkomen met dat bedrag?", "Kun je", "Kunt u"),
    (REVIEW5_U, "Kun je naar Nederland overkomen?", "Kun je", "Kunt u"),
    (REVIEW5_U, "Kun je het ontbreken?", "Kun je", "Kunt u"),
    (REVIEW5_JE, "Kunt u op uw kind passen?", "Kunt u", "Kun je"),
    (REVIEW5_JE, "Kunt u invallen?", "Kunt u", "Kun je"),
])
def test_person_object_verbs_take_the_form_of_their_subject(check, prefix, sentence, span, alt):
    f = [x for x in found(check, "DD110", prefix + sentence) if x.text == span]
    assert f and f[0].suggestions == [alt]


@pytest.mark.parametrize("text, span, alt", [
    # an order: "je" after the verb is the reflexive or "your", not the subject (REVIEW1 #1)
    ("U kunt bellen. Meld je aan via de website.", "je", "u"),
    ("U kunt bellen. Schrijf je in via de website.", "je", "u"),
    ("U kunt bellen. Houd je aan de afspraken.", "je", "u"),
    ("U kunt bellen. Meld je op tijd af.", "je", "u"),
    ("U kunt bellen. Meld je aan!", "je", "u"),
    ("U kunt bellen. Neem je ID-kaart mee.", "je", "uw"),
    ("U kunt bellen. Vergeet je nieuwe pas niet.", "je", "uw"),
    # a person after a verb of giving, before a noun without an article (REVIEW1 #2)
    ("U kunt bellen. Dit geeft je recht op een vergoeding.", "je", "u"),
    ("U kunt bellen. Wij geven je informatie over de regeling.", "je", "u"),
    ("U kunt bellen. Dat kost je geld.", "je", "u"),
    ("U kunt bellen. Wij bieden je hulp aan.", "je", "u"),
    # "your" stays "uw"
    ("U kunt bellen. Wij sturen je aanvraag terug.", "je", "uw"),
    ("U kunt bellen. Wij geven je aanvraag door aan de rechter.", "je", "uw"),
    ("U kunt bellen. Is je aanvraag klaar?", "je", "uw"),
])
def test_other_address_in_an_order_or_after_giving_is_one_word(check, text, span, alt):
    f = [x for x in found(check, "DD110", text) if x.text == span]
    assert f and f[0].suggestions == [alt]


@pytest.mark.parametrize("text, span, alt", [
    # a question or a condition: "je" is the subject and the verb changes
    ("U kunt bellen. Houd je rekening met de kosten?", "Houd je", "Houdt u"),
    ("U kunt bellen. Krijg je een brief, bel ons dan.", "Krijg je", "Krijgt u"),
    ("U kunt bellen. Verhuis je binnenkort?", "Verhuis je", "Verhuist u"),  # the tagger calls it a name
    # a verb whose stem ends in "t" keeps it at the start of a sentence too (REVIEW1 #3)
    ("Je kunt bellen. Je hebt een brief. Moet u betalen?", "Moet u", "Moet je"),
    ("Je kunt bellen. Je hebt een brief. Let u goed op de datum.", "Let u", "Let je"),
    ("Je kunt bellen. Je hebt een brief. Praat u mee?", "Praat u", "Praat je"),
    ("Je kunt bellen. Je hebt een brief. Wacht u even?", "Wacht u", "Wacht je"),
    ("Je kunt bellen. Je hebt een brief. Werkt u hier?", "Werkt u", "Werk je"),
    ("Je kunt bellen. Je hebt een brief. Zendt u de brief terug?", "Zendt u", "Zend je"),
    ("Je kunt bellen. Je hebt een brief. Voldoet u aan de eisen?", "Voldoet u", "Voldoe je"),
    # "zich" changes with "u": "je je" in a question, one "je" in an order
    ("Je kunt bellen. Je hebt een brief. Bereidt u zich voor?", "Bereidt u zich", "Bereid je je"),
    ("Je kunt bellen. Je hebt een brief. Meldt u zich aan via de website.", "Meldt u zich", "Meld je"),
    ("Je kunt bellen. Je hebt een brief. Dan meldt u zich aan.", "meldt u zich", "meld je je"),
])
def test_other_address_verb_form_at_the_start_and_with_zich(check, text, span, alt):
    f = [x for x in found(check, "DD110", text) if x.text == span]
    assert f and f[0].suggestions == [alt]


@pytest.mark.parametrize("text, span, alt", [
    # a modal or auxiliary first is a question or a condition, also with a full stop (REVIEW3 #2)
    ("Wij hebben uw aanvraag ontvangen. Wil je dit formulier invullen.", "Wil je", "Wilt u"),
    ("Wij hebben uw aanvraag ontvangen. Kun je ons even bellen.", "Kun je", "Kunt u"),
    ("Wij hebben uw aanvraag ontvangen. Kun je de brief niet lezen.", "Kun je", "Kunt u"),
    ("Wij hebben uw aanvraag ontvangen. Ben je verhuisd.", "Ben je", "Bent u"),
    # a verb of giving that has its person already, or an infinitive after the noun: "your" (REVIEW3 #3)
    ("Wij hebben uw aanvraag ontvangen. Wij geven je dossier aan de rechter.", "je", "uw"),
    ("Wij hebben uw aanvraag ontvangen. Het college biedt je verzoek aan de raad aan.", "je", "uw"),
    ("Wij hebben uw aanvraag ontvangen. Wij leren je kind zwemmen.", "je", "uw"),
    ("Wij hebben uw aanvraag ontvangen. Wij bieden je begeleiding aan om werk te vinden.", "je", "u"),
    # an object "je" after "Wij" + verb is no inverted subject: no "lerent u"
    ("Wij hebben uw aanvraag ontvangen. Wij leren je de regels.", "je", "u"),
    # an order with "zich" and ", dan": one "je"; a reflexive verb decides the stem (REVIEW3 #4)
    ("Je krijgt een brief. Je moet je melden. Je kunt bellen. Meldt u zich voor 1 maart bij de balie, dan krijgt u een pas.",
     "Meldt u zich", "Meld je"),
    ("Je krijgt een brief. Je kunt bellen. Vergist u zich?", "Vergist u zich", "Vergis je je"),
    ("Je krijgt een brief. Je kunt bellen. Vergist u zich, bel dan.", "Vergist u zich", "Vergis je je"),
    ("Je krijgt een brief. Je kunt bellen. Verzet u zich?", "Verzet u zich", "Verzet je je"),
    # a verb with the "t" that a subject "je" drops, and a noun after "je": "your" (REVIEW3, older)
    ("Wij hebben uw aanvraag ontvangen. Klopt je adres?", "je", "uw"),
    ("Wij hebben uw aanvraag ontvangen. Werkt je telefoon niet?", "je", "uw"),
    ("Wij hebben uw aanvraag ontvangen. Werk je hier?", "Werk je", "Werkt u"),
    # a question that starts with a bare stem needs "je" as its subject (REVIEW3, older)
    ("Wij hebben uw aanvraag ontvangen. Vraag je bijstand aan?", "Vraag je", "Vraagt u"),
    ("Wij hebben uw aanvraag ontvangen. Is je aanvraag klaar?", "je", "uw"),  # "is" is no stem
])
def test_other_address_questions_with_a_full_stop_and_your_after_giving(check, text, span, alt):
    f = [x for x in found(check, "DD110", text) if x.text == span]
    assert f and f[0].suggestions == [alt]


def test_zich_voordoen_with_its_subject_between(check):
    assert [f.text for f in found(check, "DD103", "Na uw aanvraag kunnen zich verschillende situaties voordoen.")] \
        == ["zich verschillende situaties voordoen"]
    assert found(check, "DD103", "Als zich een probleem voordoet, bel ons.")  # "Als" is no "voordoen als"
    assert not found(check, "DD103", "Wij weten dat hij zich als agent voordoet.")  # pretend to be


@pytest.mark.parametrize("text", [
    # another sense of the verb, with words between "zich" and the verb (REVIEW1 #9)
    "Wij weten dat hij zich anders voordoet dan hij is.",  # pretend
    "Wij weten dat hij zich beter voordoet dan hij is.",
    "U kunt zich beter niet in gevaar begeven.",  # the fixed expression "zich in gevaar begeven"
    "Het is verstandig dat u zich niet in gevaar begeeft.",
    "Wij weten dat hij zich goed voordoet.",
])
def test_zich_with_a_gap_in_another_sense_is_left(check, text):
    assert not [f for f in found(check, "DD103", text) if f.text.startswith("zich")]


@pytest.mark.parametrize("text, span", [
    ("Het kan zijn dat zich vaak problemen voordoen.", "zich vaak problemen voordoen"),  # how often, not how
    ("Mensen die zich in een medisch traject bevinden, krijgen hulp.", "zich in een medisch traject bevinden"),
    ("U kunt zich in de hal van het gemeentehuis begeven.", "zich in de hal van het gemeentehuis begeven"),
    ("Om zich in Nederland te vestigen, heeft u een verblijfsvergunning nodig.", "zich in Nederland te vestigen"),
    # "in" with a noun of no fixed expression, adverbs of time or means (REVIEW3 #8)
    ("Mensen die zich in armoede bevinden, krijgen hulp.", "zich in armoede bevinden"),
    ("Mensen die zich in nood bevinden, kunnen bellen.", "zich in nood bevinden"),
    ("Het kan zijn dat zich plotseling een probleem voordoet.", "zich plotseling een probleem voordoet"),
    ("Het kan zijn dat zich onverwachts een probleem voordoet.", "zich onverwachts een probleem voordoet"),
    ("Het kan zijn dat zich later nog problemen voordoen.", "zich later nog problemen voordoen"),
    ("U kunt zich schriftelijk wenden tot de ombudsman.", "zich schriftelijk wenden tot"),
])
def test_zich_with_a_gap_in_the_listed_sense_is_found(check, text, span):
    assert span in [f.text for f in found(check, "DD103", text)]


@pytest.mark.parametrize("text, verb", [
    ("Wij zijn bezig met het beoordelen van uw aanvraag.", "beoordelen"),
    ("De gemeente is nog bezig met het behandelen van uw bezwaar.", "behandelen"),
    ("De gemeente is bezig met het eten van de feestlunch.", "eten"),
    ("Wij zijn bezig met het opstellen van het plan.", "opstellen"),
])
def test_bezig_met_het_infinitive_van_is_nominal_style(check, text, verb):
    f = [x for x in found(check, "DD103", text) if x.text.startswith("bezig met het")]
    assert f and f"'{verb}'" in f[0].message and f[0].suggestions == []


@pytest.mark.parametrize("text", [
    "Wij zijn bezig met het project in uw straat.",  # a noun, no hidden verb
    "De kinderen zijn bezig met het eten.",  # no "van": the ordinary progressive
    "Wij zijn druk bezig.",
    # a noun in -en with a plural of its own, no verb (REVIEW3 #6)
    "Wij zijn bezig met het vermogen van uw moeder.",
    "De bewindvoerder is bezig met het vermogen van uw vader.",
    "Wij zijn bezig met het verleden van de wijk.",
    "De vereniging is bezig met het wapen van de gemeente.",
    "De wijkagent is bezig met het teken van de buurt.",
    "De gemeente is bezig met het leven van de inwoners.",
])
def test_bezig_without_a_hidden_verb_and_its_object_is_ordinary(check, text):
    assert not [x for x in found(check, "DD103", text) if "bezig" in x.text]


@pytest.mark.parametrize("text, word", [
    ('Uw hulpmiddel staat ook bij "Eerdere en afgewezen voorzieningen".', "voorzieningen"),
    ("De actieve regeling staat onder “Huidige voorzieningen”.", "voorzieningen"),
])
def test_officialese_word_in_a_quoted_name_of_a_page_part_is_left(check, text, word):
    # the reader must find the name as it stands: it cannot be rewritten in the sentence
    assert not [x for x in found(check, "DD103", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("Uw hulpmiddel staat ook bij de voorzieningen.", "voorzieningen"),  # no quotes
    ('Wij schreven: "de voorzieningen worden beëindigd".', "voorzieningen"),  # a quoted sentence, no name
    ('Klik op "Aanvragen" als u de voorzieningen wilt zien.', "voorzieningen"),  # outside the quotes
])
def test_officialese_word_outside_a_quoted_name_is_still_found(check, text, word):
    assert [x for x in found(check, "DD103", text) if x.text == word]


@pytest.mark.parametrize("text, word, alt", [
    # a term in quotes with no word that points to a page or a screen: jargon (REVIEW3 #7)
    ('Wij sturen u een "Ingebrekestelling".', "Ingebrekestelling", ["Laatste waarschuwing"]),
    ('U krijgt een "Beschikking" van ons.', "Beschikking", ["Besluit"]),
    ('Het besluit heet "Beschikking".', "Beschikking", ["Besluit"]),
    ('Wij sturen u een "Aanmaning" als u niet betaalt.', "Aanmaning", []),
])
def test_quoted_jargon_term_is_still_found(check, text, word, alt):
    f = [x for x in found(check, "DD103", text) if x.text == word]
    assert f and f[0].suggestions == alt


@pytest.mark.parametrize("text, word", [
    # the name of a part of a screen after a word that points to it, also with a participle
    ('Kies bij "Verstrekte gegevens" de juiste optie.', "Verstrekte"),
    ('U vindt dit onder het kopje "Aanvullende informatie".', "Aanvullende"),
    ('Uw wagen staat hieronder "Huidige voorzieningen".', "voorzieningen"),
])
def test_quoted_label_after_a_pointing_word_is_left(check, text, word):
    assert not [x for x in found(check, "DD103", text) if x.text == word]


# --- DD105: an everyday action as the first part of a compound of things -------------------------
@pytest.mark.parametrize("word", ["samenwerkingsafspraken", "beveiligingsredenen"])
def test_everyday_action_before_an_everyday_noun_is_no_long_word(check, word):
    # "samenwerking" and "beveiliging" are as common as everyday action heads
    assert not found(check, "DD105", f"Wij noemen de {word} in deze brief.")


@pytest.mark.parametrize("word", ["ontheffingsaanvraag", "machtigingsprocedure"])
def test_less_common_action_before_a_noun_is_still_a_long_word(check, word):
    # "ontheffing", "machtiging": the reader must work out who does what. (rules43b:
    # "registratieproces" is read at once, a short word of two everyday parts with a head of
    # speech: ``action_pair_letters``, tests/test_rules43b.py)
    assert texts(found(check, "DD105", f"Wij noemen het {word} in deze brief.")) == {word}


@pytest.mark.parametrize("word", ["verblijfskwaliteit", "omgevingsmanager"])
def test_everyday_action_before_a_quality_or_a_person_is_still_a_long_word(check, word):
    # only an abstract head that names no action is read at once after an action
    assert texts(found(check, "DD105", f"Wij noemen de {word} in deze brief.")) == {word}


# --- DD112: a listed abbreviation in front of a compound with a hyphen ---------------------------
@pytest.mark.parametrize("text, abbreviation", [
    ("Het heeft ook geen gevolgen voor uw WIA-uitkering.", "WIA"),
    ("Wij sturen u de OZB-aanslag over uw huis.", "OZB"),
    ("Hier staan alle Wob-besluiten van het ministerie.", "Wob"),  # in its own spelling
])
def test_listed_abbreviation_in_front_of_a_hyphen_is_found(check, text, abbreviation):
    f = found(check, "DD112", text)
    assert [x.text for x in f] == [abbreviation]
    assert f[0].suggestions == []  # the full name does not go in front of the hyphen
    assert f"in '{abbreviation}-" in f[0].message


@pytest.mark.parametrize("text", [
    # explained before, in brackets after the full name, or by its full name earlier
    "Volgens de Wet werk en inkomen naar arbeidsvermogen (WIA) krijgt u een WIA-uitkering.",
    "U krijgt geld van de Wet werk en inkomen naar arbeidsvermogen. Uw WIA-uitkering blijft.",
    # abbreviations everyone knows; unlisted capitals: often a technique or product readers know
    "Toon de QR-code en uw ID-kaart bij de balie.",
    "Zet uw BSN-nummer op het PDF-bestand.",
    "Wij vervangen de lampen door LED-verlichting.",
    # a name or a code: a number or a letter after the hyphen, a word with a capital
    "Dit komt door de COVID-19 pandemie.",
    "Log in bij Mijn DUS-I en kijk in Noord-Holland.",
    "Het gaat om post-COVID klachten.",
    # an ambtelijke afkorting is DD113's, not DD112's; a listed word in other letters
    "Wij kunnen het c.q.-formulier niet lezen.",
    "Wij sturen de wob-besluiten op.",
])
def test_no_abbreviation_finding_in_front_of_a_hyphen(check, text):
    assert not found(check, "DD112", text)


def test_abbreviation_in_front_of_a_hyphen_counts_as_its_first_use(check):
    text = "U krijgt een WIA-uitkering. De WIA is een wet voor mensen die ziek zijn."
    assert [(x.text, x.start) for x in found(check, "DD112", text)] == [("WIA", text.index("WIA-"))]
    later = "De WIA is een wet voor mensen die ziek zijn. U krijgt een WIA-uitkering."
    assert [(x.text, x.start) for x in found(check, "DD112", later)] == [("WIA", later.index("WIA"))]


# --- DD112: abbreviations joined to a word or an ending (sixteenth session, small16) -------------
@pytest.mark.parametrize("text, abbreviation, joined", [
    # an ending after an apostrophe, as Dutch writes the plural or the person of a short word
    ("De boa's controleren de parkeerplaatsen in de wijk.", "boa", "boa's"),
    ("Bent u mkb'er? Dan kunt u hulp krijgen.", "mkb", "mkb'er"),
    ("Voor mkb'ers is er een regeling.", "mkb", "mkb'ers"),
    ("Voor WAO'ers verandert er niets.", "WAO", "WAO'ers"),
    ("Hij heeft een OM'er gesproken.", "OM", "OM'er"),  # in the list's own spelling
    # a listed abbreviation in small letters before a hyphen, as the list spells it
    ("U krijgt een pgb-budget van de gemeente.", "pgb", "pgb-budget"),
    ("De ggz-instelling belt u volgende week.", "ggz", "ggz-instelling"),
    # unlisted capitals before a word for a scheme, a register, a payment or a decision
    ("U krijgt de TONK-regeling als uw inkomen daalt.", "TONK", "TONK-regeling"),
    ("Op voorschrift van een BIG-geregistreerde arts.", "BIG", "BIG-geregistreerde"),
    ("Er zijn VWS-subsidies voor zorgverleners.", "VWS", "VWS-subsidies"),
])
def test_abbreviation_joined_to_a_word_or_an_ending_is_found(check, text, abbreviation, joined):
    f = found(check, "DD112", text)
    assert [x.text for x in f] == [abbreviation]
    assert f"in '{joined}'" in f[0].message
    assert f[0].suggestions == []  # the full name does not go in front of the hyphen or the ending


@pytest.mark.parametrize("text", [
    "De boa’s controleren de parkeerplaatsen in de wijk.",  # the parse splits the ending off
    "Bent u mkb’er? Dan kunt u hulp krijgen.",
])
def test_no_full_name_proposed_before_an_ending_split_off(check, text):
    f = found(check, "DD112", text)
    assert len(f) == 1 and f[0].suggestions == [] and "voluit" in f[0].message


def test_office_name_with_a_letter_after_the_hyphen_is_an_abbreviation(check):
    f = found(check, "DD112", "Op de website van DUS-I kunt u lezen of dit voor u geldt.")
    assert [x.text for x in f] == ["DUS-I"]
    assert not found(check, "DD112", "Bel DUS-I (Dienst Uitvoering Subsidies aan Instellingen) als u vragen heeft.")


@pytest.mark.parametrize("text", [
    # abbreviations everyone knows, also with an ending; everyday words of letters
    "Voor AOW'ers verandert er niets.",
    "De cd's en dvd's liggen op tafel.",
    "Er is een EU-subsidie voor uw bedrijf.",
    # capitals before other words: a technique or a product the reader knows
    "Scan de QR-code met uw telefoon.",
    "U krijgt een PCR-test bij de huisarts.",
    "De VU-wetenschappers onderzoeken dit.",  # "wet" only as the end of the word after the hyphen
    # explained: in brackets after the name, or the name before it
    "Dit is de Tijdelijke Ondersteuning Noodzakelijke Kosten (TONK). De TONK-regeling helpt u.",
    "Dit geldt voor handhavers (boa's) en agenten.",
    # a code with two letters after the hyphen, a Roman number, an ordinary word with an ending
    "De tekst staat onder de licentie CC BY-SA.",
    "Het gaat om bijlage II-A van de regeling.",
    "Lees de pagina's over de foto's en de menu's.",
    # a number, a form or a procedure names no scheme (READTHROUGH16 item 3)
    "Vul het ISBN-nummer in.",
    "Geef het IMEI-nummer van uw telefoon.",
    "Vul uw EAN-nummer in op het formulier.",
])
def test_no_finding_for_joined_forms_that_need_no_explaining(check, text):
    assert not found(check, "DD112", text)


# --- DD112: explained right after, on a label line or in the next sentence (small16) ------------
@pytest.mark.parametrize("text", [
    "Wmo: Wet maatschappelijke ondersteuning\nU kunt hulp krijgen via de Wmo.",
    "Wmo = Wet maatschappelijke ondersteuning",
    "- AVG – Algemene verordening gegevensbescherming",
    "U kunt hulp krijgen via de Wmo. Wmo staat voor Wet maatschappelijke ondersteuning.",
    "U kunt hulp krijgen via de Wmo. De Wmo is de Wet maatschappelijke ondersteuning.",
    "U kunt hulp krijgen via de Wmo. Dat is de Wet maatschappelijke ondersteuning.",
    "Het RIEC helpt u. RIEC staat voor Regionaal Informatie- en Expertisecentrum.",
    "U krijgt een WIA-uitkering. WIA staat voor Wet werk en inkomen naar arbeidsvermogen.",
    "Op het WWW staat veel informatie.",  # everyone knows it
])
def test_abbreviation_explained_on_its_label_line_or_in_the_next_sentence(check, text):
    assert not found(check, "DD112", text)


@pytest.mark.parametrize("text, abbreviation", [
    # a label before a sentence, not a name (weak14: the reader must match capitals to parts)
    ("HGS: het plangebied ligt in de hoofdgroenstructuur.", "HGS"),
    # the next sentence says something else, or only what kind of thing it is
    ("U kunt hulp krijgen via de Wmo. Dat is fijn voor u.", "Wmo"),
    ("U kunt hulp krijgen via de Wmo. De Wmo is een wet voor hulp thuis.", "Wmo"),
    ("Het RIEC helpt u. Dat is een samenwerking van gemeenten.", "RIEC"),
    ("De gemeente werkt samen met het RIEC. Het is een regionaal centrum.", "RIEC"),
    # a new paragraph is no longer right after
    ("U kunt hulp krijgen via de Wmo.\n\nDat is de Wet maatschappelijke ondersteuning.", "Wmo"),
])
def test_abbreviation_not_explained_right_after_is_still_found(check, text, abbreviation):
    assert abbreviation in [x.text for x in found(check, "DD112", text)]


# --- DD112: review fixes of the joined forms and the gloss right after (abbrfix16) ---------------
@pytest.mark.parametrize("text, abbreviation", [
    # ordinary small words whose first letters spell the capitals give no name (REVIEW16-abbr 1)
    ("Bel de MO. Dat is maandag open.", "MO"),
    ("Meld u bij het VT. Dat is vanaf twee uur open.", "VT"),
    ("Ga naar de BZ. Dat is boven in het zijgebouw.", "BZ"),
    ("Vraag het aan bij het SW. Dat is snel en wel geregeld.", "SW"),
    ("Bel de GO. Dat is goed om te weten.", "GO"),
    ("Meld u bij de WZ. Dit is wel zo handig.", "WZ"),
    ("Neem contact op met het MKC. Dat is mogelijk kort contact.", "MKC"),
    ("ODH: op de hoek van de straat", "ODH"),
    ("BZ: boven in het zijgebouw", "BZ"),
    ("WZ: woensdag zitting", "WZ"),
    ("BZ: Boven in het zijgebouw", "BZ"),  # a capital only because the line starts there
    # "Mijn" at the start of a sentence is the ordinary word, no portal (REVIEW16-abbr 7)
    ("Mijn BBL is bijna klaar.", "BBL"),
    ("Mijn EORI is nog niet bekend.", "EORI"),
    ("Mijn TONK-aanvraag is afgewezen.", "TONK"),
    # a small word after the apostrophe (REVIEW16-abbr 11)
    ("Dit is een MKB'ertje.", "MKB"),
    # a plural sentence after it that does not give the full name
    ("De boa's zijn er. Dat zijn buitengewone mensen.", "boa"),
])
def test_review16_abbreviations_still_found(check, text, abbreviation):
    assert abbreviation in [x.text for x in found(check, "DD112", text)]


@pytest.mark.parametrize("text", [
    # a name written as a name right after it still explains it
    "RIEC: Regionaal Informatie- en Expertisecentrum",
    "Bel de DUO. Dat is de Dienst Uitvoering Onderwijs.",
    "DUSI: Dienst Uitvoering Subsidies aan Instellingen",
    # joined forms take the exceptions of the bare form (REVIEW16-abbr 6)
    "Stuur uw bestanden als JPG's of PDF's.",
    "Stuur uw bestand als PDF of JPG's.",
    "U gebruikte 3500 KWH's.",
    # "Mijn" inside a sentence starts the name of a portal
    "Log in bij Mijn DUS-I en kijk in Noord-Holland.",
    # a plural gloss of a plural; a curly apostrophe as the straight one (REVIEW16-abbr 2, 10)
    "De boa's zijn er. Dat zijn buitengewoon opsporingsambtenaren.",
    "De boa’s (buitengewoon opsporingsambtenaren) controleren de wijk.",
    "De zzp’ers (zelfstandigen zonder personeel) krijgen hulp.",
])
def test_review16_abbreviations_left_alone(check, text):
    assert not found(check, "DD112", text)


# --- DD112: capitals given as an example after the noun that names their kind --------------------
@pytest.mark.parametrize("text", [
    "Openbaar vervoersbedrijven (zoals de HTM en de NS) zijn zelf verantwoordelijk.",
    "Bedrijven zoals de HTM of de RET halen het weg.",
    "Vervoerders zoals HTM, RET en GVB rijden vandaag niet.",
    "Wij werken samen met milieudiensten zoals de RUD.",
])
def test_abbreviation_as_an_example_of_a_named_kind_is_no_finding(check, text):
    assert not found(check, "DD112", text)


@pytest.mark.parametrize("text, abbreviation", [
    ("Neem contact op met instanties zoals het CIZ of de SVB.", "CIZ"),  # listed: still explained
    ("Zoals de RUD al schreef, mag het niet.", "RUD"),  # no kind named before "zoals"
    ("Bel Amsterdam (zoals de RUD zegt).", "RUD"),  # a name before it, no kind
    ("Wij werken zoals de RUD het vraagt.", "RUD"),  # a verb before it
    # a noun that names no kind the reader can picture (REVIEW3 #10)
    ("Wij werken samen met partners, zoals de RUD.", "RUD"),
    ("Wij delen uw gegevens met partijen zoals de RUD en de ODR.", "ODR"),
    ("Wij werken samen met organisaties zoals de RUD.", "RUD"),
])
def test_abbreviation_after_zoals_without_a_kind_is_still_found(check, text, abbreviation):
    assert abbreviation in texts(found(check, "DD112", text))


@pytest.mark.parametrize("text", [
    # "dan" + "wel" after a verb: then, mind you; no "or" (REVIEW3, older)
    "U moet dan wel op tijd een nieuwe aanvraag indienen bij de gemeente.",
    "Dat kan, maar u betaalt dan wel extra kosten.",
    "Als u verhuist, moet u dan wel uw adres doorgeven.",
])
def test_dan_wel_after_a_verb_is_no_or(check, text):
    assert not [f for f in found(check, "DD103", text) if f.text == "dan wel"]


@pytest.mark.parametrize("text", [
    "U kunt schriftelijk dan wel per e-mail bezwaar maken.",
    "De aanvrager dan wel zijn gemachtigde tekent het formulier.",
    "U dan wel uw gemachtigde moet tekenen.",
    # between two infinitives or participles: "or" (read-through of the eleventh session)
    "U kunt het formulier opsturen dan wel afgeven.",
    "U kunt bellen dan wel mailen.",
    "Het formulier moet worden opgestuurd dan wel afgegeven.",
])
def test_dan_wel_between_two_things_is_or(check, text):
    f = [f for f in found(check, "DD103", text) if f.text == "dan wel"]
    assert f and f[0].suggestions == ["of"]


# --- thirteenth session (weakrules): DD108, DD111, DD112 narrowed where they were wrong ------------
@pytest.mark.parametrize("text", [
    # an order whose verb the tagger calls a participle: the main verb is the first word
    "Vermeld op de informatie ook het zaaknummer van uw zaak, dit is: XXX",
    # a list item that goes on from "U kunt hier terecht voor:": its verb "maken" comes second,
    # "moet" belongs to the relative clause
    "U kunt hier terecht voor de volgende zaken:\n- een verzoek indienen\n- melding maken van een "
    "document op deze website waar nog extra informatie onleesbaar gemaakt moet worden.",
    # a list item that is the rest of a "dat"-clause: its verb stands last, the main verb is "kan"
    "Heeft u de code niet zelf aangevraagd? Dan kan het zijn dat:\n\n- iemand anders de "
    "deblokkeringscode voor de inlogfunctie van uw paspoort heeft aangevraagd zonder uw toestemming.",
])
def test_lead_in_not_counted_where_the_main_verb_comes_early(check, text):
    assert not found(check, "DD108", text)


@pytest.mark.parametrize("text, verb", [
    # the same builds with a real lead-in are still found
    ("Als u een aanbod afneemt met een geldbedrag lager dan 20 euro blijft het restantbedrag staan.", "blijft"),
    ("Dit zijn de regels:\n- als u een aanbod afneemt met een geldbedrag lager dan 20 euro, blijft het "
     "restantbedrag op het tegoed staan.", "blijft"),
    ("Losse meld-apps van andere leveranciers (zoals Buiten Beter en Verbeter de Buurt) zorgen voor "
     "minder bruikbare meldingen.", "zorgen"),
])
def test_lead_in_still_found_before_a_late_main_verb(check, text, verb):
    f = found(check, "DD108", text)
    assert f and f"werkwoord '{verb}'" in f[0].message


@pytest.mark.parametrize("text, opener", [
    ("Als u problemen heeft met het bevestigen van uw e-mailadres, neem dan contact met ons op.", "als"),
    ("Om zo snel mogelijk een deel van de situatie op te kunnen lossen hebben we de melding opgesplitst.", "om"),
    ("Omdat wij de ontbrekende gegevens niet op tijd van u hebben ontvangen, kunnen wij uw aanvraag niet "
     "behandelen.", "omdat"),
    ("Als u een aanbod afneemt met een geldbedrag lager dan 20 euro blijft het restantbedrag staan.", "als"),
])
def test_lead_in_of_one_subclause_says_to_move_it_to_the_end(check, text, opener):
    f = found(check, "DD108", text)
    assert f and f"Zet het stuk met '{opener}' aan het eind van de zin" in f[0].message
    assert "Zet het werkwoord eerder" not in f[0].message


@pytest.mark.parametrize("text", [
    "Voor toeslagen, de bijstand en de eigen bijdragen voor zorg op basis van de Wet langdurige zorg "
    "wordt gekeken naar uw vermogen.",
    "Boten die vol met water staan, maar nog wél drijven, mogen we bijvoorbeeld niet weghalen.",
])
def test_other_lead_in_keeps_the_general_advice(check, text):
    f = found(check, "DD108", text)
    assert f and "Zet het werkwoord eerder in de zin" in f[0].message and "Zet het stuk met" not in f[0].message


def test_lead_in_after_subclause_with_relative_clause_names_the_main_verb(check):
    text = ("Omdat de informatie die voortkomt uit de processen van Weesp gescheiden moeten worden gehouden "
            "van de informatie van Amsterdam is het belangrijk om hier bij alle stappen over na te denken.")
    f = found(check, "DD108", text)
    assert f and "werkwoord 'is'" in f[0].message and "'moeten'" not in f[0].message


@pytest.mark.parametrize("text", [
    "1953 - « De landman van Chicago, of hoe men uitgever wordt van een landbouwblad », blijspel.",
    'Lees de folder "Wat men moet weten over afval" op de website.',
    "Dat noemt men wannen.",
    "Deze reeks heeft enkele uitdrukkingen opgeleverd, die men thans regelmatig hoort in Vlaanderen.",
    "Dit is een vogel die men zelden ziet.",
    "Lees de folder „Wat men moet weten“ op de website.",
])
def test_men_in_a_title_or_naming_a_thing_is_no_hidden_person(check, text):
    assert not found(check, "DD111", text)


@pytest.mark.parametrize("text", [
    "Op onze website vindt men meer informatie.",  # a letter: the writers speak, "men" is the reader
    "Op de website vindt men de regels. U kunt ons ook bellen.",
    "De eiken panelen schuurde men eerst glad.",  # the craftsmen: someone is hidden
    "Men kan zich voorstellen hoe zijn ijdelheid gestreeld werd.",
    "Het is mooi dat men 's avonds zo'n feest viert.",  # an apostrophe is no quotation mark
])
def test_men_that_hides_someone_is_still_found(check, text):
    assert found(check, "DD111", text)


def test_men_in_a_text_without_reader_also_offers_mensen(check):
    f = found(check, "DD111", "Een gesteldheid die het denken zo beïnvloedt dat men niet goed kan functioneren.")
    assert f and "'mensen'" in f[0].message
    f = found(check, "DD111", "U krijgt een brief. Men kan het formulier ook op het stadhuis ophalen.")
    assert f and "'mensen'" not in f[0].message


def test_men_in_a_letter_with_only_a_salutation_offers_the_reader_first(check):
    # weak14: a salutation makes the text a letter to someone, as 'u' or 'wij' do
    f = found(check, "DD111", "Geachte mevrouw,\n\nMen kan het formulier ook op het stadhuis ophalen.")
    assert f and "'u', 'wij' of 'iemand'" in f[0].message
    f = found(check, "DD111", "Men kan het formulier ook op het stadhuis ophalen.")
    assert f and "'mensen', 'iemand', 'u' of 'wij'" in f[0].message


def test_men_in_a_text_without_reader_offers_people_first(check):
    # read-through 13 item 16: in a text that speaks to no reader and not for its writers,
    # 'mensen' and 'iemand' fit best; 'u' and 'wij' come after them
    f = found(check, "DD111", "Op de website vindt men de stukken.")
    assert f and "'mensen', 'iemand', 'u' of 'wij'" in f[0].message
    f = found(check, "DD111", "U krijgt een brief. Men kan het formulier ook op het stadhuis ophalen.")
    assert f and "'u', 'wij' of 'iemand'" in f[0].message  # a letter: the reader first, as before


@pytest.mark.parametrize("text", [
    "Tijdstip voor het uploaden van het brievenbestand (HH:MM)",
    "Vul uw geboortedatum in als DD-MM-JJJJ.",
    "Hij werd hoofdinspecteur met specialiteit politieassistent (HINP PA).",
    # a comma and a word that says it is the short form (weakfix14, REVIEW14-weak NOTE 10)
    "Het plangebied ligt in de hoofdgroenstructuur, afgekort HGS.",
    "Het plangebied ligt in de hoofdgroenstructuur, kortweg HGS.",
])
def test_abbreviation_that_is_a_mask_or_spelled_out_nearby_is_not_found(check, text):
    assert not found(check, "DD112", text)


@pytest.mark.parametrize("text, abbreviation", [
    ("Bel de MM voor een afspraak.", "MM"),  # capitals alone: no mask
    ("Het plangebied ligt in de HGS.", "HGS"),  # no word in the sentence spells it
    # a label before a colon: nothing tells the reader the capitals are the parts of a word
    # that comes later (weak14: a B1 reader does not match initials to compound parts)
    ("HGS: het plangebied voor de woningbouw ligt in de hoofdgroenstructuur.", "HGS"),
    ("BGT: de kaart van de basisregistratie grootschalige topografie staat online.", "BGT"),
    ("Vraag de BMA om advies over de parkeerautomaat.", "BMA"),  # the word spells another one
    ("U kunt een WKO aanvragen voor uw woning.", "WKO"),
    # far from the compound, no link: still found
    ("Het plangebied ligt in de hoofdgroenstructuur. De HGS beschermt het groen in de stad.", "HGS"),
])
def test_abbreviation_without_mask_or_full_word_is_still_found(check, text, abbreviation):
    assert abbreviation in texts(found(check, "DD112", text))


def test_listed_abbreviation_with_its_full_name_later_in_the_sentence_is_explained(check):
    # the full name later, linked to the short form: the abbreviation again after it
    text = ("Op deze site staan alle Woo-besluiten over verzoeken in het kader van de Wet open overheid, "
            "zogenaamde Woo-verzoeken.")
    assert not found(check, "DD112", text)
    # the full name in the next sentence does not explain the first use
    text = "Hier staan alle Woo-besluiten. Ze gaan over de Wet open overheid."
    assert "Woo" in " ".join(f.message for f in found(check, "DD112", text))
    # the short form right after the name, in brackets: the reader is told they are the same
    assert not found(check, "DD112", "U kunt een Woo-verzoek doen op grond van de Wet open overheid (Woo).")


def test_abbreviation_used_again_far_after_its_name_is_not_explained(check):
    # weak14: only right after the name (brackets, or at most two words) does the short form
    # read as the name's; used again further on, nothing links the two
    text = ("De Wmo helpt u thuis, want de Wet maatschappelijke ondersteuning zegt dat de gemeente "
            "via de Wmo hulp geeft.")
    assert "Wmo" in texts(found(check, "DD112", text))


@pytest.mark.parametrize("text", [
    # words between the name and the short form that say it is the short form do not count
    # (weakfix14, REVIEW14-weak BUG 9)
    "De Wmo regelt hulp bij het huishouden, want in de Wet maatschappelijke ondersteuning, in het vervolg Wmo "
    "genoemd, staat dat.",
    "De Woo geldt ook voor u: op grond van de Wet open overheid, ook wel kortweg de Woo, kunt u informatie vragen.",
    "De Woo geldt voor alle gemeenten: de Wet open overheid, hierna de Woo, vervangt de oude wet.",
])
def test_abbreviation_again_after_its_name_with_a_link_word_is_explained(check, text):
    assert not {"Wmo", "Woo"} & set(texts(found(check, "DD112", text)))


# --- REVIEW5 (weakfix): a compound or a full name counts only when it is linked to the short form
@pytest.mark.parametrize("text, abbreviation", [
    ("De AB heeft het afvalbeleid voor 2025 vastgesteld.", "AB"),  # two letters match by chance
    ("De GR heeft de gemeenteraad om advies gevraagd.", "GR"),
    ("Het OM heeft de overlastmelding van uw buren ontvangen.", "OM"),
    ("Vanaf 1 januari valt u onder de PW, en dat heeft gevolgen voor uw parkeerwachter.", "PW"),
    ("Het AP heeft de aanvraagprocedure van de gemeente onderzocht.", "AP"),
    ("Volgens artikel 6:162 BW is de eigenaar van het bouwwerk aansprakelijk.", "BW"),
    ("GS hebben besloten dat de grondstoffen apart moeten worden ingezameld.", "GS"),
    ("GS hebben de gemeentesecretaris om uitleg gevraagd.", "GS"),
    ("Het DB heeft de dakbedekking van het gemeentehuis laten vervangen.", "DB"),
    ("Het DB besluit over de begroting en de dagbesteding.", "DB"),
    ("Het SO werkt samen met de schoolondersteuning in de wijk.", "SO"),
    ("Uw aanvraag gaat naar het AB, dat de aanvraagbeoordeling doet.", "AB"),
])
def test_compound_with_the_same_first_letters_elsewhere_explains_nothing(check, text, abbreviation):
    assert abbreviation in texts(found(check, "DD112", text))


@pytest.mark.parametrize("text, abbreviation", [
    ("U kunt bij het UWV terecht voor een WIA-uitkering, want de Wet werk en inkomen naar arbeidsvermogen regelt uw "
     "inkomen.", "WIA"),
    ("Als u een IB-aanslag krijgt, moet u die betalen, ook als u het niet eens bent met de inkomstenbelasting.", "IB"),
    ("Uw IB-aangifte gaat over uw inkomstenbelasting.", "IB"),
    ("De Wmo-consulent komt bij u thuis om te kijken welke hulp u nodig heeft vanuit de Wet maatschappelijke "
     "ondersteuning.", "Wmo"),
    ("Hier vindt u alle Wmo-voorzieningen die de gemeente biedt volgens de Wet maatschappelijke ondersteuning.", "Wmo"),
    ("De GR voert de taken uit voor vijf gemeenten in een gemeenschappelijke regeling.", "GR"),
    ("Het OM beslist of de zaak naar de rechter gaat; het Openbaar Ministerie kan ook een boete geven.", "OM"),
    ("U kunt een PGB aanvragen als u een persoonsgebonden budget wilt.", "PGB"),
    ("Hier staan alle Woo-besluiten over verzoeken in het kader van de Wet open overheid.", "Woo"),
    # "om" in small letters is no second "OM"
    ("Het OM beslist of de zaak naar de rechter gaat; het Openbaar Ministerie vraagt u om uitleg.", "OM"),
])
def test_full_name_after_the_short_form_without_a_link_explains_nothing(check, text, abbreviation):
    f = [x for x in found(check, "DD112", text) if x.text == abbreviation]
    assert f and "voluit" in f[0].message


def test_full_name_after_the_short_form_keeps_the_suggestion(check):
    f = found(check, "DD112", "De GR voert de taken uit voor vijf gemeenten in een gemeenschappelijke regeling.")
    assert f[0].suggestions == ["gemeenschappelijke regeling (GR)"]


@pytest.mark.parametrize("text", [
    "De Wmo, ofwel de Wet maatschappelijke ondersteuning, helpt u thuis.",  # a word links them
    "U krijgt een WW-uitkering op grond van de Werkloosheidswet (WW).",  # the short form again in brackets
    "Vul in het formulier uw tijd in (HH:MM) en uw datum (DD-MM-JJJJ).",
    "De geldigheid van uw pas (MM/JJ) staat op de achterkant.",  # a mask with a slash
    "Geldig tot (MM/JJ): 03/27.",
])
def test_linked_full_name_or_mask_with_slash_is_not_found(check, text):
    assert not found(check, "DD112", text)


@pytest.mark.parametrize("text", [
    "Het OM (voluit: Openbaar Ministerie) beslist over uw zaak.",
    "De Wmo staat voor de Wet maatschappelijke ondersteuning.",
    "Het CJG, dat staat voor Centrum voor Jeugd en Gezin, helpt u.",
    "De Wmo (oftewel Wet maatschappelijke ondersteuning) helpt u.",
])
def test_a_link_word_next_to_the_short_form_or_the_name_links_them(check, text):
    assert not found(check, "DD112", text)


@pytest.mark.parametrize("text, abbreviation", [
    # read-through 13 item 4: 'hierna' ('after this') and 'staat voor' ('stands ready') elsewhere
    # between the two are ordinary words, no link
    ("De Wmo besluit hierna over de Wet maatschappelijke ondersteuning.", "Wmo"),
    ("Het CJG staat voor u klaar, net als het Centrum voor Jeugd en Gezin in Utrecht.", "CJG"),
])
def test_a_link_word_far_from_both_links_nothing(check, text, abbreviation):
    assert abbreviation in texts(found(check, "DD112", text))


def test_capitals_with_a_slash_that_are_no_mask_are_still_found(check):
    assert {"MM", "SD"} <= texts(found(check, "DD112", "De commissie MM/SD vergadert op dinsdag."))


# --- REVIEW5 (weakfix): 'men' with 'vinden', 'zien', 'horen' mostly hides someone, often the reader
@pytest.mark.parametrize("text", [
    "Nieuwsbrief maart. Men vindt het belangrijk dat de wijk schoon blijft. Daarom komt er een extra veegronde.",
    "Men vindt het belangrijk dat de wijk schoon blijft.",  # who thinks so?
    "Nieuwsbrief maart. Men ziet erop toe dat de regels worden nageleefd.",  # who supervises?
    "Men ziet vaak dat bewoners hun afval te vroeg buiten zetten.",
    "Men hoort regelmatig klachten over geluidsoverlast in de binnenstad.",
    # a notice or a web page without 'u': 'men' is the reader
    "Op de website vindt men alle informatie over de afvalkalender.",
    "Men kan de afvalkalender vinden op de website van de gemeente.",
    "Het loket Burgerzaken vindt men op de begane grond van het stadhuis.",
    # the same word order as the notice: 'vinden' cannot tell the reader from people in general
    "In het centrum van deze stad vindt men ook enkele muurschilderingen van bekende stripfiguren.",
    # „...“ is closed: the 'men' after it is the writer's own
    "In de folder „Afval scheiden“ staat hoe men het afval moet scheiden.",
    "In de folder “Afval” staat hoe men het afval moet scheiden.",
])
def test_men_that_sees_finds_or_thinks_is_found_again(check, text):
    assert [f for f in found(check, "DD111", text) if f.text.lower() == "men"]


@pytest.mark.parametrize("text", [
    # one quote table for the rules (clauses.QUOTE_PAIRS, weak14): the typewriter style
    # ",,...''" is a quote too, as « », „ ”, “ ” and " " are (read-through 13 item 10)
    "De folder ,,Wat men moet weten'' ligt klaar op het stadhuis.",
    "De folder „Wat men moet weten” ligt klaar op het stadhuis.",
    "De folder \"Wat men moet weten\" ligt klaar op het stadhuis.",
    "« De landman van Chicago, of hoe men uitgever wordt »",
])
def test_men_inside_any_double_quote_is_left_alone(check, text):
    assert not [f for f in found(check, "DD111", text) if f.text.lower() == "men"]


def test_men_after_a_closed_typewriter_quote_is_found(check):
    text = "In de folder ,,Afval scheiden'' staat hoe men het afval moet scheiden."
    assert [f for f in found(check, "DD111", text) if f.text.lower() == "men"]


def test_quote_table_pairs_marks_as_dutch_does():
    from duidelijk.rules.clauses import QUOTE_MARKS, PAIRED_QUOTES, closes_quote
    assert closes_quote("„", "”") and closes_quote("„", "“") and closes_quote(",,", "''")
    assert closes_quote('"', '"') and not closes_quote("“", "“") and not closes_quote("«", "”")
    assert "'" in QUOTE_MARKS and "'" not in PAIRED_QUOTES  # also the apostrophe of "'s"


def test_men_in_a_public_notice_is_the_reader(check):
    text = ("Bekendmaking. Het bestemmingsplan ligt vanaf 1 maart zes weken ter inzage. Men vindt de "
            "stukken ook op www.officielebekendmakingen.nl. Men kan een zienswijze indienen bij de gemeenteraad.")
    f = found(check, "DD111", text)
    assert len(f) == 2 and all("'u'" in x.message for x in f)


# --- DD111: "Het is niet mogelijk om ...", "Er is ... nodig" in a letter (sixteenth session, small16)
@pytest.mark.parametrize("text, span, advice", [
    ("Geachte mevrouw,\nEr is meer informatie en tijd nodig om uw aanvraag te behandelen.",
     "Er is meer informatie en tijd nodig", "'Wij hebben ... nodig' of 'U hebt ... nodig'"),
    ("U heeft een aanvraag gedaan. Het is helaas niet mogelijk om de gegevens te tonen.",
     "Het is helaas niet mogelijk", "'U kunt ... niet' of 'Wij kunnen ... niet'"),
    ("U heeft een aanvraag gedaan. Helaas is het niet mogelijk om uw gegevens te wijzigen.",
     "is het niet mogelijk", "'U kunt ... niet'"),
    ("U heeft een vergunning. Het is niet toegestaan om op hetzelfde adres te verhuren.",
     "Het is niet toegestaan", "'U mag ... niet'"),
    ("U wilt een woning verhuren. Daarvoor is er een vergunning nodig.", "is er een vergunning nodig", "nodig"),
    ("We hebben je aanvraag gecontroleerd. Er is extra informatie nodig om de aanvraag te beoordelen.",
     "Er is extra informatie nodig", "'Je hebt ... nodig'"),  # 'je' in a text that says 'je'
])
def test_impersonal_can_may_or_need_in_a_letter_is_found(check, text, span, advice):
    f = [x for x in found(check, "DD111", text) if x.text == span]
    assert len(f) == 1 and advice in f[0].message


@pytest.mark.parametrize("text", [
    "U wilt een woning verhuren. Het is mogelijk dat u een brief krijgt.",  # 'maybe'
    "U wilt een woning verhuren. Het is voor u niet mogelijk om dit te doen.",  # says who
    "U wilt een woning verhuren. Is het mogelijk om een afspraak te maken?",  # the reader asks
    "U wilt een woning verhuren. Het huis is niet toegestaan.",  # no 'om' clause
    "U wilt verhuren. Wij vinden het niet mogelijk om dit te doen.",
    "Het is niet mogelijk om in de zomer te schaatsen. Dit artikel gaat over ijs.",  # no letter
])
def test_can_may_or_need_that_says_who_or_is_no_letter_is_not_found(check, text):
    assert not found(check, "DD111", text)
