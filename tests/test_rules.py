"""Each rule with real Dutch positives and negatives, including the known traps."""

import pytest

from conftest import SHARED, codes


def found(check, code, text, **kw):
    return codes(check(text, select=code, **kw), code)


# --- DD101 long sentences ---------------------------------------------------------------
LONG = ("Wij hebben uw aanvraag voor een parkeervergunning voor de straat waar u woont op "
        "3 maart ontvangen en wij laten u weten dat wij deze aanvraag binnen acht weken behandelen.")


def test_long_sentence_levels(check):
    f = found(check, "DD101", LONG)
    assert len(f) == 1 and f[0].severity.value == "warning"
    assert "woorden" in f[0].message
    assert f[0].text.startswith("Wij hebben") and f[0].text.endswith("behandelen.")


def test_short_sentences_pass(check):
    assert not found(check, "DD101", "Wij hebben uw aanvraag ontvangen. U krijgt binnen acht weken een besluit.")


def test_placeholder_counts_as_one_word(check):
    text = "Wij sturen {{ naam }} en {{ partner.naam }} morgen {{ aantal }} formulieren."
    report = check(text)
    assert report.metrics["words"] == 8


def test_sentence_length_threshold_is_config(check):
    text = "Wij hebben uw aanvraag voor een parkeervergunning op drie maart ontvangen."
    assert not found(check, "DD101", text)
    assert found(check, "DD101", text, rules={"DD101": {"suggestion": 5, "tip_needs_other": False}})


def test_address_block_is_not_a_long_sentence(check):
    text = ("Gemeente Hofstede\nPostbus 100\n7500 AA Hofstede\nTelefoon 14 053\n"
            "www.hofstede.nl\ninfo@hofstede.nl\nBank NL00 BANK 0123 4567 89\nKvK 12345678\n"
            "Openingstijden maandag tot en met vrijdag van 9.00 tot 17.00 uur\n\n"
            "Geachte heer Jansen,\n\nWij hebben uw brief ontvangen.")
    assert not found(check, "DD101", text)


# --- DD102 passive ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Het formulier wordt door de gemeente gecontroleerd.",
    "Uw aanvraag wordt binnen acht weken behandeld.",
    "De brief werd door de medewerkers verstuurd.",
    "Het bedrag wordt op uw rekening gestort.",
])
def test_passive_found(check, text):
    assert found(check, "DD102", text)


@pytest.mark.parametrize("text", [
    "Ik word morgen 40.",
    "Hij wordt boos.",
    "Wij hebben uw brief ontvangen.",
    "Zij wordt volgend jaar burgemeester.",
    "U bent op 1 mei verhuisd.",
])
def test_not_passive(check, text):
    assert not found(check, "DD102", text)


def test_passive_with_agent_gets_active_rewrite(check):
    f = found(check, "DD102", "Het formulier wordt door de gemeente gecontroleerd.")
    assert f[0].suggestions == ["De gemeente controleert het formulier."]


def test_passive_rewrite_not_with_two_placeholders_side_by_side_in_the_agent(check):
    # "door :naam :bedrag": where the agent ends is unknown, so the rewrite could glue the
    # amount to the agent (":naam :bedrag heeft ... afgeschreven")
    two = found(check, "DD102", "Op {{ datum }} is er door {{ naam }} {{ bedrag }} afgeschreven.")
    assert two and two[0].suggestions == []
    one = found(check, "DD102", "Het formulier wordt door {{ naam }} gecontroleerd.")
    assert one[0].suggestions == ["{{ naam }} controleert het formulier."]


def test_passive_without_agent_asks_who(check):
    f = found(check, "DD102", "Uw aanvraag wordt binnen acht weken behandeld.")
    assert f[0].suggestions == [] and "wie" in f[0].message


def test_state_passive_is_at_most_a_suggestion(check):
    for f in found(check, "DD102", "De winkel is gesloten."):
        assert f.severity.value == "suggestion"


# --- DD103 jargon ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,term", [
    ("Wij verstrekken u een vergoeding.", "verstrekken"),
    ("De gemeente verstrekt u een vergoeding.", "verstrekt"),
    ("Dit doen wij ten behoeve van uw veiligheid.", "ten behoeve van"),
    ("Wij sturen u middels deze brief de uitslag.", "middels"),
    ("Indien u vragen heeft, kunt u ons bellen.", "Indien"),
    ("Met betrekking tot uw aanvraag hebben wij een vraag.", "Met betrekking tot"),
    ("U dient het formulier binnen zes weken te sturen.", "dient"),
])
def test_jargon_found(check, text, term):
    f = found(check, "DD103", text)
    assert f and f[0].text.startswith(term.split()[0])
    assert f[0].suggestions


def test_jargon_separable_verb(check):
    f = found(check, "DD103", "Wij zenden u de stukken zo snel mogelijk toe.")
    assert any("zenden" in x.text for x in f)


@pytest.mark.parametrize("text,flagged", [
    ("Wij delen u mee dat uw aanvraag is goedgekeurd.", True),
    ("Hierbij wordt u meegedeeld dat uw aanvraag is goedgekeurd.", True),
    ("Graag willen wij u meedelen dat de brug dicht is.", True),
    ("Hierbij delen wij u mede dat uw aanvraag is goedgekeurd.", True),  # "mede" is "mee"
    # "delen" without "mee" is not "meedelen", whatever the lemmatizer guesses
    ("Wij delen hem met niemand.", False),
    ("Wij delen de kosten met uw buren.", False),
])
def test_jargon_particle_verb_needs_its_particle(check, text, flagged):
    assert bool(found(check, "DD103", text)) is flagged


@pytest.mark.parametrize("text,term", [
    ("Laat onderstaande QR-code bij de balie zien.", "onderstaande"),  # list: onderstaand
    ("Als wij een deurwaarder hebben ingeschakeld, krijgt u een brief.", "ingeschakeld"),  # inschakelen (a person called in; a switched-on thing is everyday)
    ("De gemeente indexeert de huur.", "indexeert"),  # indexeren: stressed e, "indexeert"
    ("Wij hebben geconstateerd dat de schutting te hoog is.", "geconstateerd"),
])
def test_jargon_inflected_forms_without_the_lemmatizer(check, text, term):
    assert any(x.text == term for x in found(check, "DD103", text))


def test_jargon_noun_is_not_a_verb_form(check):
    # "behoefte" is a noun, not a form of "behoeven"; "geleegd" (emptied) is not "gelegen"
    assert not found(check, "DD103", "Is er behoefte aan hulp? Bel ons gerust.")
    # (with "hebben" it is the expression "behoefte hebben aan": "Heeft u hulp nodig?")
    assert found(check, "DD103", "Heeft u behoefte aan hulp? Bel ons gerust.")
    assert not found(check, "DD103", "De container wordt elke week geleegd.")


@pytest.mark.parametrize("text,start", [
    # a main clause puts the finite verb of a listed expression first (verb second)
    ("Wij nemen uw aanvraag in behandeling.", "nemen"),
    ("Er deed zich een storing voor bij het betalen.", "deed"),
    ("De stukken liggen zes weken ter inzage in het stadhuis.", "liggen"),
    ("Deze feiten liggen ten grondslag aan het besluit.", "liggen"),
    ("Wij zijn van mening dat u gelijk heeft.", "zijn"),
    ("Hij geeft te kennen dat hij wil verhuizen.", "geeft"),
    ("Neem de regels in acht.", "Neem"),
])
def test_jargon_expression_with_its_verb_first(check, text, start):
    f = found(check, "DD103", text)
    assert f and f[0].text.startswith(start)


@pytest.mark.parametrize("text", [
    "Wij nemen aan dat u in behandeling bent bij de huisarts.",  # another clause after "dat"
    "Er is bij de bouw rekening gehouden met de buren.",  # "is" is an auxiliary: no "gehouden zijn"
    "Deze regel is van groot belang.",  # the words of "van belang" do not stand together
    "Wij nemen de trein naar Utrecht.",
])
def test_jargon_expression_with_its_verb_first_negative(check, text):
    assert not [f for f in found(check, "DD103", text) if " " in f.text]


def test_jargon_names_the_expressions_of_the_nominal_style_list(check):
    """The nominal-style list is precise, and DD106 is off by default: DD103 names its
    expressions, with the verb as a hint and without a replacement (the sentence must
    change), whether DD106 is on or not: one finding for one passage."""
    text = "U kunt gebruik maken van dit aanbod."
    f = found(check, "DD103", text)
    assert [x.text for x in f] == ["gebruik maken van"] and not f[0].suggestions
    assert "'gebruiken'" in f[0].message
    assert f[0].category == "nominalisation"  # the score and the verdict count it as nominal style
    assert all(x.category == "jargon" for x in found(check, "DD103", "Wij verstrekken u een pas."))
    both = codes(check(text, select=["DD103", "DD106"]))
    assert [x.code for x in both] == ["DD103"]
    # DD106 leaves the list to DD103; choosing DD106 alone shows DD103's finding of it
    assert [x.code for x in codes(check(text, select=["DD106"]))] == ["DD103"]
    assert not found(check, "DD103", "Wij gebruiken de zon en de wind.")
    assert not found(check, "DD103", "Uw zoon is in behandeling bij de tandarts.")  # a state, not an action
    # the noun in a phrase of its own: nobody "dient een aanvraag in" here
    assert not [x for x in found(check, "DD103", "De bij de aanvraag ingediende tekeningen zijn goed.")
                if " " in x.text]


def test_jargon_expression_with_its_verb_first_no_replacement_before_a_preposition(check):
    # "zijn van toepassing op" is no "gelden op": the plain verb asks another preposition
    f = found(check, "DD103", "De voorwaarden zijn van toepassing op alle aanvragen.")
    assert f and not f[0].suggestions
    f = found(check, "DD103", "De beelden geven gestalte aan een rustige stijl.")  # "gestalte geven aan"
    assert f and f[0].text == "geven gestalte aan" and not f[0].suggestions
    f = found(check, "DD103", "Wij zijn van mening dat u gelijk heeft.")
    assert f and f[0].suggestions[:1] == ["vinden"]


@pytest.mark.parametrize("text,span,verb", [
    ("Het bedrag is bedoeld ter dekking van de kosten.", "ter dekking van", "dekken"),
    ("Ter voorbereiding op het gesprek stuurt u de stukken.", None, None),  # listed: its own entry
    ("Het plan ligt klaar ter publicatie.", "ter publicatie", "publiceren"),
    ("De tentoonstellingen worden in reeksen gehouden, ter vergroting van de variatie.", "ter vergroting van",
     "vergroten"),
    # review 3: events that LiNT-II calls concrete are still actions
    ("De burgemeester stond bij de deur ter begroeting van de gasten.", "ter begroeting van", "begroeten"),
    ("De woning is ter bezichtiging open op zaterdag.", "ter bezichtiging", "bezichtigen"),
    ("Wij bieden u het voorstel aan ter vergadering van de raad.", "ter vergadering van", "vergaderen"),
])
def test_jargon_ter_with_a_noun_of_action(check, text, span, verb):
    """"ter" + a noun of action that the list does not have: officialese, named with the verb
    of the noun and no replacement (the sentence must change); a listed one keeps its entry."""
    f = found(check, "DD103", text)
    assert len(f) == 1
    if span is None:
        assert "liever een zin met het werkwoord" not in f[0].message
        return
    assert f[0].text == span and f[0].suggestions == []
    assert f"het werkwoord '{verb}'" in f[0].message


@pytest.mark.parametrize("text", [
    "Het is de grootste stad ter wereld.",  # no action
    "Er was een feest ter ere van de burgemeester.",
    "Hij woont in Ter Apel.",  # a name
    "Wij sturen de terugbetaling naar uw rekening.",
    # the occasion, in front of the verb without an object of its own: said so in speech (review 1)
    "Ter afsluiting drinken we koffie.",
    "Ter kennismaking nodigen wij u uit.",
    "De brief is bezorgd ter woning van de ontvanger.",  # a thing, no action (thing_nouns_ing.tsv)
])
def test_jargon_ter_with_a_noun_of_action_negative(check, text):
    assert not found(check, "DD103", text)


def test_ter_verb_is_the_verb_of_a_noun_of_action_only():
    """One helper spells a noun back to its verb (``long_words.action_noun_verbs``); "ter"
    takes a noun of action only, no thing ("ter woning van" is no "wonen", review 1)."""
    from duidelijk.rules.difficult_words import action_verb
    from duidelijk.rules.jargon import ter_verb
    from duidelijk.rules.long_words import action_noun_verbs
    from duidelijk.rules.nominalisation import verb_of

    assert ter_verb("woning") == "" and ter_verb("woningen") == ""
    # review 3: events are actions, also when LiNT-II calls them concrete; things are not
    assert [ter_verb(n) for n in ("vergadering", "begroeting", "bezichtiging", "ondertekening")] == [
        "vergaderen", "begroeten", "bezichtigen", "ondertekenen"]
    assert [ter_verb(n) for n in ("kleding", "regering", "leuning", "verpakking")] == ["", "", "", ""]
    assert [ter_verb("dekking"), ter_verb("publicatie"), ter_verb("wereld")] == ["dekken", "publiceren", ""]
    assert action_noun_verbs("publicatie")[0] == "publiceren" and action_noun_verbs("betaling")[0] == "betalen"
    assert action_noun_verbs("wereld") == ()
    assert verb_of("betaling") == "betalen" == action_verb("betalingen")


@pytest.mark.parametrize("text,suggestions", [
    ("Wij danken u voor de documenten welke u heeft ingestuurd.", ["die"]),
    ("Het formulier welke u invulde is zoek.", []),  # "die" or "dat": the writer chooses
    ("Wij sturen u de documenten welke u nodig heeft.", ["die"]),  # "sturen" asks no question
    ("In het overzicht ziet u de kosten welke wij hebben betaald.", ["die"]),  # the object seen, a relative
    # review 3: 'welke' the subject, its verb agreeing with the plural noun; or the object of a
    # verb that makes or asks for the noun: relative clauses, whatever the noun or verb before
    ("Het gaat om de keuze welke de gemeente moet maken.", []),
    ("De beslissing welke wij hebben genomen, is definitief.", []),
    ("Wij sturen u het overzicht welke u heeft aangevraagd.", []),
    ("Wij vragen de bewoners welke in de straat wonen om hun auto te verplaatsen.", ["die"]),
    ("Wij zeggen tegen de ouders welke hun kind nog niet hebben aangemeld dat het nog kan.", ["die"]),
    ("U kunt kijken op de website welke wij vorig jaar hebben gemaakt.", []),
])
def test_jargon_relative_welke(check, text, suggestions):
    f = [x for x in found(check, "DD103", text) if x.text == "welke"]  # "beslissing nemen" is one too
    assert len(f) == 1 and f[0].suggestions == suggestions
    assert "'die'" in f[0].message


@pytest.mark.parametrize("text", [
    "Welke documenten heeft u nodig?",
    "Wij weten niet welke documenten u nodig heeft.",
    "U kunt zelf kiezen welke u wilt.",
    "In welke gemeente woont u?",
    # an indirect question after a noun of a verb that asks, or a noun that asks (review 1)
    "U ziet in het overzicht welke u moet betalen.",
    "Er zijn twee pasjes. U kiest aan de balie welke u wilt.",
    "U vertelt de medewerker welke u wilt.",
    "Het gaat om de vraag welke u het liefst wilt.",
    "De vraag welke u het liefst wilt, beantwoordt u op het formulier.",
    "U vraagt de medewerkers welke het beste past.",  # the verb does not agree with the noun
    "U kiest aan de balie welke u neemt.",  # what is taken is what is chosen
])
def test_jargon_relative_welke_negative(check, text):
    assert not [x for x in found(check, "DD103", text) if "welke" in x.text]


@pytest.mark.parametrize("text,span", [
    ("Wij hebben uw vraag ontvangen. Eén van onze medewerkers beantwoordt deze zo snel mogelijk.", "deze"),
    ("Iemand heeft het formulier ingevuld. Deze is nog niet compleet zonder je handtekening.", "Deze"),
    ("Heeft u een vraag? Stel deze dan via het formulier.", "deze"),
    # review 3: a clause after the colon says why or what then; "deze" still points back
    ("Wij hebben uw aanvraag ontvangen. Wij kunnen deze helaas niet in behandeling nemen: er ontbreken stukken.",
     "deze"),
    ("U heeft een formulier nodig. Neem deze mee naar de afspraak: wij helpen u dan met invullen.", "deze"),
])
def test_jargon_deze_for_something_in_an_earlier_sentence(check, text, span):
    """"deze" alone, for a thing named in an earlier sentence: the reader must look back;
    no replacement, as the writer must choose the word ("hem", "ze", "die" or the noun)."""
    f = [x for x in found(check, "DD103", text) if x.text == span]
    assert len(f) == 1 and f[0].suggestions == [] and "wijst terug" in f[0].message


def test_jargon_deze_in_the_first_sentence_does_not_point_back(check):
    """With nothing before it, "deze" points to nothing the reader can see (review 1): the
    message does not say that it points back, only that the reader cannot tell its meaning."""
    f = found(check, "DD103", "Deze zijn nodig voor uw aanvraag.")
    assert [x.text for x in f] == ["Deze"]
    assert "wijst terug" not in f[0].message and "alleen" in f[0].message and f[0].suggestions == []


def test_jargon_deze_offers_the_words_of_its_place(check):
    """As the subject "deze" is 'hij', as the object 'hem' (review 1: both were offered). (rev35d:
    for a het-word, 'het formulier', it is 'het' or 'dat': tests/test_rev35d.py.)"""
    subject = found(check, "DD103", "Iemand heeft de aanvraag ingevuld. Deze is nog niet compleet.")
    assert [x.text for x in subject] == ["Deze"]
    assert "'hij'" in subject[0].message and "'hem'" not in subject[0].message
    obj = found(check, "DD103", "Wij hebben uw vraag ontvangen. Eén van onze medewerkers beantwoordt deze zo snel mogelijk.")
    assert [x.text for x in obj] == ["deze"]
    assert "'hem'" in obj[0].message and "'hij'" not in obj[0].message


@pytest.mark.parametrize("text", [
    "Deze brief is belangrijk.",  # before its noun
    "Kies deze of die.",
    "Bij deze nodig ik u uit.",
    "Welke van deze twee wilt u?",
    # it points forward, to what follows the colon; or nothing stands before it (review 1)
    "Neem deze mee naar de afspraak: uw paspoort en uw loonstrook.",
])
def test_jargon_deze_negative(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text.lower() == "deze"]


def test_jargon_deze_with_its_noun_right_there_is_stiff_only_with_its_setting(check):
    # the noun is right there, so the reader need not look back: no finding by default. With the
    # setting 'deze_near' (rules35d; speech says 'hem': "en hem op 3 maart geregistreerd") it is
    # found as stiff written Dutch
    text = "Wij hebben uw verzoek ontvangen en deze op 3 maart geregistreerd."
    assert not [x for x in found(check, "DD103", text) if x.text.lower() == "deze"]
    f = [x for x in check(text, select="DD103", rules={"DD103": {"deze_near": True}}).findings
         if x.text.lower() == "deze"]
    assert len(f) == 1 and "stijve schrijftaal" in f[0].message and "wijst terug" not in f[0].message


def test_jargon_negative(check):
    assert not found(check, "DD103", "Wij sturen u de uitslag. Als u vragen heeft, belt u ons dan.")


def test_choice_by_category_holds_for_dd103s_nominal_style_findings(check):
    """DD103 names nominal style in the category 'nominalisation': ignoring or selecting that
    category hides or shows those findings, DD103's officialese stays with 'jargon'; the score
    does not change with the choice."""
    text = "Wij maken gebruik van uw gegevens. Wij verstrekken u een pas."

    def shown(**settings):
        report = check(text, **settings)
        return sorted((f.code, f.category) for f in report.findings if f.code in {"DD103", "DD106"}), \
            report.metrics["difficulty"]

    default, score = shown()
    assert default == [("DD103", "jargon"), ("DD103", "nominalisation")]
    assert shown(ignore=["nominalisation"]) == ([("DD103", "jargon")], score)
    assert shown(select=["nominalisation"]) == ([("DD103", "nominalisation")], score)
    assert shown(select=["jargon"]) == ([("DD103", "jargon")], score)


def test_choice_of_dd106_holds_for_dd103s_nominal_style_findings(check):
    """Choosing the nominal-style rule by its code counts as choosing its category:
    ``--select DD106`` shows DD103's nominal-style findings, ``--ignore DD106`` hides them;
    choosing DD103 still shows both kinds of DD103, and another rule's code does neither."""
    text = "Wij maken gebruik van uw gegevens. Wij verstrekken u een pas."

    def dd103(**settings):
        return sorted(f.category for f in check(text, **settings).findings if f.code == "DD103")

    assert dd103(select=["DD106"]) == ["nominalisation"]
    assert dd103(ignore=["DD106"]) == ["jargon"]
    assert dd103(select=["DD103"]) == ["jargon", "nominalisation"]
    assert dd103(select=["DD102"]) == []
    assert dd103(select=["DD10"]) == ["jargon", "nominalisation"]


def test_accept_list_holds_for_an_expression_with_its_article(check):
    """'een beslissing nemen' in the accept list holds for the list's 'beslissing nemen'."""
    text = "Wij nemen snel een beslissing."
    assert found(check, "DD103", text)
    assert not found(check, "DD103", text, accept=["een beslissing nemen"])


def test_accept_list_holds_for_the_nominal_style_expressions(check):
    """An accepted expression of the nominal-style list is no finding, as listed or as
    written in the sentence; another expression still is."""
    text = "Wij maken gebruik van uw gegevens."
    assert found(check, "DD103", text)
    assert not found(check, "DD103", text, accept=["gebruik maken van"])
    assert not found(check, "DD103", text, accept=["maken gebruik van"])
    assert found(check, "DD103", "U moet een keuze maken.", accept=["gebruik maken van"])


@pytest.mark.parametrize("text, flagged", [
    ("Het bedrijf is niet in staat om de kosten te betalen.", True),
    ("Wij zijn niet in staat de kosten te betalen.", True),
    ("Het bedrijf is in staat van faillissement.", False),  # 'staat' as a state, not 'kunnen'
])
def test_in_staat_zijn_only_as_kunnen(check, text, flagged):
    assert bool([x for x in found(check, "DD103", text) if "staat" in x.text]) == flagged


def test_alternative_that_needs_another_inflection_is_no_replacement(check):
    """'nieuw onderzoek' for 'heronderzoek' would give 'het nieuw onderzoek': explained only."""
    f = found(check, "DD103", "Het heronderzoek duurt lang.")
    assert f and not f[0].suggestions and "'nieuw onderzoek'" in f[0].message
    assert found(check, "DD103", "Wij verstrekken u een pas.")[0].suggestions  # others still replace


def test_van_toepassing_with_its_verb_first_keeps_the_example(check):
    f = found(check, "DD103", "Deze regel is van toepassing op uw situatie.")
    assert f and '"geldt voor"' in f[0].message


def test_jargon_accept_and_reject(check):
    text = "Wij verstrekken u een vergoeding voor de rolstoel."
    assert not found(check, "DD103", text, accept=["verstrekken"])
    f = found(check, "DD103", text, reject={"rolstoel": "wagen"})
    assert any(x.text == "rolstoel" and x.suggestions == ["wagen"] for x in f)


# --- DD104 difficult words -------------------------------------------------------------------
def test_rare_word_flagged(check):
    f = found(check, "DD104", "Wij hebben het bedrag gesaldeerd met de vordering.")
    assert any(x.text == "gesaldeerd" for x in f)


def test_common_and_compound_of_easy_parts_not_flagged(check):
    f = found(check, "DD104", "Zet de afvalcontainer op dinsdag aan de straat bij uw voordeur.")
    assert not [x for x in f if x.text in {"afvalcontainer", "voordeur", "straat", "dinsdag"}]


@pytest.mark.parametrize("text", ["Bedankt voor uw bezoek en tot ziens!", "Tot ziens op het gemeentehuis."])
def test_adverb_of_speech_is_not_difficult(check, text):
    """An adverb that speech uses far more often than print ("tot ziens") is no formal word."""
    assert not [x for x in found(check, "DD104", text) if x.text == "ziens"]


def test_adverb_of_written_dutch_stays_difficult(check):
    # said less often than written: the bar of formal adverbs still holds
    assert [x for x in found(check, "DD104", "Wij hebben u hierover tweemaal geschreven.") if x.text == "tweemaal"]


def test_difficult_word_exemptions(check):
    text = "Mevrouw Wolterink-Brinkhuis krijgt een vergoeding van {{ bedrag }} euro."
    assert not [x for x in found(check, "DD104", text) if "Wolterink" in x.text or "XXX" in x.text]
    assert not found(check, "DD104", "Wij hebben het bedrag gesaldeerd met de vordering.", accept=["gesaldeerd"])


def test_explained_word_not_flagged(check):
    text = "Wij hebben het bedrag gesaldeerd (dat betekent: verrekend met wat u ons moet betalen)."
    assert not [x for x in found(check, "DD104", text) if x.text == "gesaldeerd"]


@pytest.mark.parametrize("text, word", [
    ("Wij hebben het bedrag gesaldeerd, dat wil zeggen verrekend met uw schuld.", "gesaldeerd"),
    ("U krijgt het geld terug dat u te veel betaalde (restitutie).", "restitutie"),
    ("Een cessie is een afspraak waarmee u een vordering overdraagt.", "cessie"),
    ("Het saldo is het bedrag dat op uw rekening staat.", "saldo"),
    ("Met restitutie bedoelen wij dat u geld terugkrijgt.", "restitutie"),
    ("Onder restitutie verstaan wij het terugbetalen van geld.", "restitutie"),
    ("Bij restitutie kunt u denken aan geld dat u terugkrijgt van de belasting.", "restitutie"),
    ("Onder restitutie valt ook het geld voor uw reis.", "restitutie"),
])
def test_word_explained_in_its_sentence_not_flagged(check, text, word):
    """A term the sentence explains (after a comma, in brackets after the plain words, in a
    definition or a "met ... bedoelen" sentence) is what Direct Duidelijk asks for."""
    assert not [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("De restitutie volgt later.", "restitutie"),
    ("Wij hebben het bedrag gesaldeerd, dat is gebeurd op 3 mei.", "gesaldeerd"),  # a relative clause
    ("De cessie is rond.", "cessie"),  # "is", but no definition
    ("Bij restitutie krijgt u een brief.", "restitutie"),  # "bij", but no examples
    ("De heffing op uw woning is laag.", "heffing"),
    ("Wij vragen om restitutie (zie bijlage).", "restitutie"),  # brackets after the word, no explanation
    ("U betaalt de (eventuele) restitutie terug.", "restitutie"),  # an optional word in brackets
    ("Dit is een (coöperatieve) vereniging van bewoners.", "coöperatieve"),
])
def test_word_not_explained_is_flagged(check, text, word):
    assert [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("Neem contact op met het Bureau ontheffingen.", "ontheffingen"),
    ("Stuur uw vraag naar de Commissie naturalisatie.", "naturalisatie"),
    ("De Stichting mediation helpt u.", "mediation"),
    # the first word of a sentence is the head itself, in a sentence with a finite verb
    ("Wet kenbaarheid publiekrechtelijke beperkingen geldt ook voor u.", "kenbaarheid"),
])
def test_word_inside_a_name_not_flagged(check, text, word):
    """Lower-case words after a capitalised head of a name (organisation, rule) belong to
    the name: the writer cannot change them."""
    assert not [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("De gemeente geeft een ontheffing.", "ontheffing"),
    ("Wij vragen om naturalisatie.", "naturalisatie"),
    ("Wij bieden mediation aan.", "mediation"),
    # the first word of a sentence has a capital anyway: a subject line, not a name
    ("Besluit ontheffing voor uw bedrijf in de wijk.", "ontheffing"),
])
def test_same_words_outside_a_name_are_flagged(check, text, word):
    assert [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("Deze paddenstoelen zijn niet eetbaar.", "eetbaar"),
    ("De kopie van uw paspoort is onleesbaar.", "onleesbaar"),
    ("U krijgt een afsluitbare kast in de gang.", "afsluitbare"),
    ("De hoes van het matras is wasbaar.", "wasbaar"),
])
def test_able_adjective_of_an_everyday_verb_is_not_difficult(check, text, word):
    """"-baar" after the stem of a verb speech and writing use often ("eten", "lezen",
    "afsluiten"): readers know the word through its verb."""
    assert not [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("Het bedrag is direct opeisbaar.", "opeisbaar"),  # "opeisen": seldom said
    ("U bent volgens het UWV verwijtbaar werkloos.", "verwijtbaar"),
    ("De schade aan uw auto is niet aantoonbaar.", "aantoonbaar"),
])
def test_able_adjective_of_a_formal_verb_stays_difficult(check, text, word):
    assert [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("De verstrekking van uw gegevens gebeurt alleen met uw toestemming.", "verstrekking"),
    ("Na de oplegging van de boete kunt u bezwaar maken.", "oplegging"),
    ("De vaststelling van het bedrag volgt later.", "vaststelling"),
    ("De intrekking van de vergunning gaat vandaag in.", "intrekking"),
])
def test_noun_in_ing_of_a_written_verb_is_difficult(check, text, word):
    """A noun in "-ing" made from a verb is one word, not a compound of pieces of its verb:
    "verstrekking" is no "verstrek" + "king", "vaststelling" no "vast" + "stelling". Its own
    use decides, and these belong to written Dutch."""
    assert [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("U krijgt een bevestiging van uw reservering per e-mail.", "reservering"),  # said as often as written
    ("De huurverhoging gaat in op 1 juli.", "huurverhoging"),  # huur + verhoging: a compound
    ("Wij doen de aanmelding voor u.", "aanmelding"),
])
def test_noun_in_ing_that_readers_know_is_not_difficult(check, text, word):
    assert not [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("De dakkapel komt aan de achtergevel van uw woning.", "achtergevel"),
    ("U mag een schuur bouwen op het zijerf.", "zijerf"),
    ("Gebruik de zijdeur als de winkel dicht is.", "zijdeur"),
    ("Het water stroomt via een zijrivier naar zee.", "zijrivier"),
])
def test_place_word_and_a_thing_is_not_difficult(check, text, word):
    """"achter", "zij", "voor" ... before a noun for a concrete thing: the back wall, the side
    door. Readers know it through that noun."""
    assert not [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("Het dorp was een voorpost van de stad.", "voorpost"),  # "post" is also abstract
    ("Het plan staat op een zijspoor.", "zijspoor"),
    ("U geeft het huis als onderpand voor de lening.", "onderpand"),  # "onder": no place part here
])
def test_place_word_before_an_abstract_head_stays_difficult(check, text, word):
    assert [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("De kinderen spelen in de tuintjes achter de huizen.", "tuintjes"),  # lemma "tuint"
    ("Zet sterretjes bij de vragen die u moet invullen.", "sterretjes"),
    ("In de kast staan potjes en flesjes.", "potjes"),
])
def test_diminutive_of_an_everyday_noun_is_not_difficult(check, text, word):
    """Every Dutch noun has a diminutive with the noun's meaning: a reader who knows "tuin"
    knows "tuintje", however seldom text writes it (and the lemmatizer gets it wrong)."""
    assert not [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("De monnik schreef een traktaatje over het geloof.", "traktaatje"),
    ("Zij had een klein houweeltje bij zich.", "houweeltje"),
])
def test_diminutive_of_a_rare_noun_stays_difficult(check, text, word):
    assert [x for x in found(check, "DD104", text) if x.text == word]


def test_diminutive_familiarity_is_that_of_its_noun():
    from duidelijk.dictionary import lemma_zipf
    from duidelijk.rules.difficult_words import diminutive_familiarity

    assert diminutive_familiarity("sterretjes") == lemma_zipf("ster", "NOUN")  # "ster" + "retjes"
    assert diminutive_familiarity("boompje") == lemma_zipf("boom", "NOUN")
    assert diminutive_familiarity("bagage") == -1.0  # no diminutive
    assert diminutive_familiarity("portefeuille") == -1.0


@pytest.mark.parametrize("text, word", [
    ("Hij wilde serieuzere verhalen maken.", "serieuzere"),  # comparative, lemma left as it is
    ("Alleen de allergrootsten wonnen de tocht.", "allergrootsten"),  # "aller-" + superlative
    ("Zij werd voorzitster van de vereniging.", "voorzitster"),  # female form of "voorzitter"
    ("Die zangeressen treden vaak op.", "zangeressen"),
    ("De ploeg was dat jaar onverslaanbaar.", "onverslaanbaar"),  # "verslaan" + "-baar"
    ("Het was een onpopulaire maatregel.", "onpopulaire"),  # "on-" + a very common adjective
    ("Ze fietsten over smalle landweggetjes.", "landweggetjes"),  # diminutive of a compound
])
def test_forms_of_everyday_words_are_not_difficult(check, text, word):
    """A comparative or superlative means its adjective (more, most), a female form its noun,
    and "verb + -baar" what can be done: a reader who knows "serieus", "voorzitter",
    "verslaan" knows them, however seldom text writes these forms."""
    assert not [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("Het was een nog ongrijpbaardere zaak.", "ongrijpbaardere"),  # comparative of a hard word
    ("De vrouw was een bekende wichelaarster.", "wichelaarster"),  # female form of a rare noun
    ("Dat is onontbeerlijk voor de zaak.", "onontbeerlijk"),  # no "-baar": unchanged
    ("Wij willen de stad inclusiever maken.", "inclusiever"),  # a loanword keeps its higher bar
    ("Hij werkte daar onbezoldigd.", "onbezoldigd"),  # "on-" + a rare adjective
    ("De regels gelden onverminderd.", "onverminderd"),
])
def test_forms_of_rare_words_stay_difficult(check, text, word):
    assert [x for x in found(check, "DD104", text) if x.text == word]


def test_degree_and_female_familiarity():
    from duidelijk.lexicon import zipf
    from duidelijk.rules.difficult_words import degree_familiarity, female_familiarity

    assert degree_familiarity("serieuzere") == zipf("serieus")  # z -> s
    assert degree_familiarity("allergrootste") == zipf("groot")
    assert degree_familiarity("duurdere") == zipf("duur")  # "-der" after r
    assert degree_familiarity("juiste") == -1.0  # no superlative: "jui" is no word
    assert degree_familiarity("schuchter") == -1.0  # an adjective of its own: no "schuchte"
    assert female_familiarity("studente") > 4.0
    assert female_familiarity("venster") == -1.0  # no female form: no "vener", "venner"
    assert female_familiarity("klooster") == -1.0


def test_plural_with_a_trema_counts_as_its_singular(check):
    """"oliën" is "olie" + "en" (a trema where two vowels would run together); the
    lemmatizer leaves it as it is, and the form alone is rare."""
    from duidelijk.rules.difficult_words import trema_plural_familiarity
    from duidelijk.dictionary import lemma_zipf

    assert not [x for x in found(check, "DD104", "In de keuken staan verschillende oliën.") if x.text == "oliën"]
    assert trema_plural_familiarity("zeeën") == lemma_zipf("zee", "NOUN")
    assert trema_plural_familiarity("industrieën") == lemma_zipf("industrie", "NOUN")
    assert trema_plural_familiarity("geëffend") == -1.0  # no plural in -ën
    assert trema_plural_familiarity("olie") == -1.0


def test_participle_tagged_as_adverb_gets_no_formal_adverb_bar(check):
    """The tagger takes "meegesprongen" ("was meegesprongen") for an adverb. It is the
    participle of an everyday particle verb, no connective of written Dutch."""
    from duidelijk.rules.difficult_words import particle_participle

    assert not [x for x in found(check, "DD104", "Mijn broer was ook meegesprongen.") if x.text == "meegesprongen"]
    assert particle_participle("meegesprongen") and particle_participle("achtergebleven")
    # real adverbs keep the bar of formal adverbs
    assert not any(particle_participle(w) for w in ("nagenoeg", "ingevolge", "desgevraagd", "tegelijkertijd"))


def test_unlisted_capitalised_first_word_is_a_name(check):
    """The first word of a sentence has a capital anyway; a word there that written Dutch uses
    but that no Dutch word list holds, in any form, is a name (a surname)."""
    from duidelijk.dictionary import has_word_list

    if not has_word_list():
        pytest.skip("needs the OpenTaal word list (hunspell-nl)")
    assert not found(check, "DD104", "Schoenmaeckers kwam te laat.")
    # Dutch words at the start of a sentence stay difficult, also inflected ones
    assert [x for x in found(check, "DD104", "Verjaring van de schuld is niet mogelijk.") if x.text == "Verjaring"]
    assert [x for x in found(check, "DD104", "Houweeltjes liggen in de schuur.") if x.text == "Houweeltjes"]
    from duidelijk.rules.difficult_words import unlisted_name

    assert not unlisted_name("Innovatieve", "innovatief")
    assert not unlisted_name("Innovatieve", "innovatieve")  # the lemma as the pipeline leaves it
    assert not unlisted_name("schoenmaeckers", "schoenmaeckers")  # no capital: no name by this
    # an adjective in -ieve at the start of a sentence is no name (second review)
    for text in ("Innovatieve ideeën zijn welkom bij de gemeente.", "Curatieve zorg kost veel geld."):
        assert [x for x in found(check, "DD104", text) if x.start == 0], text


def test_separable_verb_counted_with_its_split_uses(check):
    """In a main clause the particle stands apart ("Wij plannen het werk in"), so text counts of
    "inplannen" miss those uses; everyday particle verbs are no difficult words."""
    text = "Wij moeten het werk nog inplannen. Wij hebben het geld naar uw rekening overgemaakt."
    assert not [x for x in found(check, "DD104", text) if x.text in {"inplannen", "overgemaakt"}]
    # a rare particle verb stays difficult however common its parts ("berekenen")
    f = found(check, "DD104", "Wij hebben de kosten doorberekend aan de huurder.")
    assert any(x.text == "doorberekend" for x in f)


def test_participle_tagged_as_noun_in_a_heading(check):
    """A line without a verb ("Uw melding is ingepland" as a heading) may get its participle
    tagged as a noun; it is still read as the verb."""
    assert not [x for x in found(check, "DD104", "Het werk is ingepland") if x.text == "ingepland"]


@pytest.mark.parametrize("text, word", [
    ("Wij hervatten het werk na de vakantie.", "hervatten"),
    ("Zolang de storing voortduurt, is het loket dicht.", "voortduurt"),
])
def test_verbs_of_written_dutch_are_difficult(check, text, word):
    """"her-" (again) and "voort-" (on) make verbs of written Dutch: common in print, not in
    speech ("opnieuw beginnen", "duurt"). They get the higher bar of formal words."""
    assert any(x.text == word for x in found(check, "DD104", text))


def test_everyday_verbs_with_her_are_not_difficult(check):
    text = "Wij herhalen uw vraag en wij herstellen de fout. Wij herinneren u aan de afspraak."
    assert not found(check, "DD104", text)


@pytest.mark.parametrize("text, word", [
    ("Wij doen eerst een verkennende studie naar de wijk.", "verkennende"),
    ("Het resterende bedrag betaalt u in mei.", "resterende"),
    ("Zij wilden een kaartje bemachtigen voor het concert.", "bemachtigen"),
    ("De wethouder wil het nieuws verkondigen.", "verkondigen"),
])
def test_participle_before_a_noun_and_verb_from_an_adjective_are_written_dutch(check, text, word):
    """A present participle before its noun ("een verkennende studie": speech says "een
    studie waarin we ... verkennen") and a verb made of "ver-"/"be-" and an adjective
    ("bemachtigen": speech says "te pakken krijgen") get the higher bar of formal words,
    though their verb or adjective is common."""
    assert any(x.text == word for x in found(check, "DD104", text))


@pytest.mark.parametrize("text", [
    "De volgende stap is een gesprek. De komende weken is het loket dicht.",
    "Uw leidinggevende tekent het formulier. De bestaande regels blijven gelden.",
    "Wij sturen de ontbrekende stukken later. Ik heb een dringende vraag.",
    "Wij beschadigen de stoep niet. Wij verbeteren de weg en wij verhogen de stoep.",
    "Wij beveiligen de website en bevestigen uw afspraak.",
])
def test_common_participles_and_verbs_from_adjectives_are_not_difficult(check, text):
    """Common participles clear the bar by their own frequency; a participle Dutch uses as a
    noun for a person ("uw leidinggevende") is no adjective of written style; "beschadigen"
    has no adjective "schadig"; common "be-" verbs clear the bar."""
    assert not found(check, "DD104", text)


@pytest.mark.parametrize("text, word", [
    ("Stuur de bijbehorende formulieren mee.", "bijbehorende"),
    ("De bewoners van de omliggende straten krijgen een brief.", "omliggende"),
])
def test_participle_tagged_as_adjective_is_written_dutch(check, text, word):
    """A present participle before its noun that the tagger calls an adjective, with the
    participle as its lemma ("bijbehorend", "omliggend"), is the same written Dutch as one
    tagged as a verb: speech says "de formulieren die erbij horen", "de straten eromheen"."""
    assert any(x.text == word for x in found(check, "DD104", text))


@pytest.mark.parametrize("text", [
    "Het was een woedende man met een stinkende hond.",
    "Het was een spannende film over de zestiende eeuw.",
])
def test_participles_of_speech_are_not_difficult(check, text):
    """An adjective in "-end" that speech uses as a word of its own ("woedend", "spannend"),
    a participle of a verb that speech uses often ("stinken") and an ordinal number
    ("zestiende") are no written Dutch."""
    assert not found(check, "DD104", text)


def test_particle_verb_missing_from_the_word_list_is_known_by_its_forms(check):
    """The OpenTaal list lacks some particle verbs ("doorgeven", "aangeven": hunspell makes
    them by rule); the tagger's lemma then still counts, so a strong past tense of an
    everyday verb ("doorgaf") is no hard word. A rare particle verb stays hard."""
    assert not found(check, "DD104", "U zag dat u dit niet aan ons doorgaf. Dit kunt u uzelf afvragen.")
    assert any(x.text == "doorberekend" for x in found(check, "DD104", "De kosten worden doorberekend aan de huurder."))


@pytest.mark.parametrize("verb, loan", [
    ("inleveren", False), ("leveren", False), ("weigeren", False), ("veranderen", False),
    ("annuleren", True), ("implementeren", True), ("constateren", True),
])
def test_native_verbs_in_eren_are_no_loanwords(verb, loan):
    """"inleveren" ends in "-eren" like "annuleren", but it is "in" + "leveren": "hij levert",
    where a loan verb says "hij annuleert". Only loan verbs get the loanword bar."""
    from duidelijk.rules.difficult_words import DifficultWord, b1_safe, is_loanword

    assert is_loanword(verb, DifficultWord.settings["loan_suffixes"], b1_safe()) == loan


def test_everyday_verb_in_eren_is_not_difficult(check):
    assert not found(check, "DD104", "U moet uw oude pas bij ons inleveren.")
    f = found(check, "DD104", "Hij wilde de implementatie van de regels bespoedigen.")
    assert any(x.text == "bespoedigen" for x in f)


@pytest.mark.parametrize("text, word", [
    ("Wij zoeken samen een adequate oplossing.", "adequate"),
    ("Wij willen een transparante gemeente zijn.", "transparante"),
    ("Hij kreeg pragmatische hulp van de wijkteams.", "pragmatische"),  # ("psychisch": known by the word readings since the forty-second session)
    ("U kunt geen rechten ontlenen aan deze brief.", "ontlenen"),
    ("Hij wil zich ontdoen van zijn oude auto.", "ontdoen"),
])
def test_loan_adjectives_and_ont_verbs_are_written_dutch(check, text, word):
    """Adjectives in "-ent", "-ant", "-isch", "-aat" are loanwords of written Dutch (speech:
    "goed", "gelijk"); verbs with "ont-" ("ontlenen", "ontdoen") too. They get the loanword
    bar."""
    assert any(x.text == word for x in found(check, "DD104", text))


@pytest.mark.parametrize("text", [
    "De docent helpt de klant met een interessant boek.",  # nouns in -ent/-ant, a common adjective
    "Hij rijdt op een elektrische fiets naar een praktische cursus.",
    "Wij ontvangen uw brief en ontdekken de fout. Dat ontstaat vaak.",
])
def test_common_loan_adjectives_and_ont_verbs_are_not_difficult(check, text):
    assert not found(check, "DD104", text)


def test_spelling_slip_is_no_difficult_word(check):
    """A typo of a common word ("wijzingen" for "wijzigen") is not a word readers do not know."""
    assert not [x for x in found(check, "DD104", "Wilt u de afspraak wijzingen? Bel ons dan.") if x.text == "wijzingen"]
    f = found(check, "DD104", "Wij hebben het bedrag gesaldeerd met de vordering.")
    assert any(x.text == "gesaldeerd" for x in f)  # a rare real word is still flagged


@pytest.mark.parametrize("text, word", [
    ("U kunt uw pas blokeren via de website.", "blokeren"),  # "bloke" + "ren" to the splitter
    ("Informatie over uw orginele melding staat hieronder.", "orginele"),  # text has it at 2.8
])
def test_slip_that_text_repeats_or_that_splits_is_no_difficult_word(check, text, word):
    """A slip of a far more common word is a slip, also when the word splitter reads it as a
    compound of odd parts ("blokeren" for "blokkeren") or writers make it often enough that
    text holds it ("orginele" for "originele")."""
    assert not [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("word, slip", [
    ("blokeren", True), ("orginele", True),
    ("aangeplakt", False),  # a particle verb form ("aan" + "geplakt"), though near "aangepakt"
    ("voorgezet", False),  # "voor" + "gezet" (voorzetten), though near "voortgezet"
    ("bouwkavels", False), ("sliblaag", False), ("doorberekend", False), ("onverkort", False),
    # real words the word list lacks, built by Dutch rules, one keystroke from a common word
    ("overtrokken", False), ("overplaatsen", False), ("overplaatst", False), ("overbieden", False),
    ("voorgaf", False), ("overdacht", False), ("doorgaand", False), ("afsluitend", False),
    ("uitsluitende", False), ("aannemend", False), ("vluchthaven", False), ("sluitring", False),
])
def test_slip_of_a_far_more_common_word(word, slip):
    from duidelijk.dictionary import likely_typo

    assert likely_typo(word) == slip


@pytest.mark.parametrize("text, word", [
    ("Uw rekening is overtrokken.", "overtrokken"),
    ("Wij gaan de medewerker overplaatsen naar een andere afdeling.", "overplaatsen"),
    ("De medewerker is overgeplaatst en wordt overplaatst naar Utrecht.", "overplaatst"),
    ("Op deze weg geldt een verbod voor doorgaand verkeer.", "doorgaand"),
    ("Afsluitend vragen wij u het formulier te ondertekenen.", "Afsluitend"),
    ("Wij kunnen de andere kopers niet overbieden.", "overbieden"),
    ("Hij voorgaf dat hij niets wist van de regels.", "voorgaf"),
])
def test_rare_real_word_near_a_common_one_is_no_slip(check, text, word):
    """A real word built by Dutch rules ("over" + "trokken", "doorgaan" + "d") that the word
    list lacks is no slip of the common word one keystroke away ("vertrokken", "doorgaan"):
    it stays a hard word."""
    assert any(x.text == word for x in found(check, "DD104", text))


@pytest.mark.parametrize("text", [
    "Wij willen de school na de zomer heropenen.",  # "her" + "openen", said more than written
    "Er is iets misgegaan met uw betaling.",  # "mis" + "gegaan"
])
def test_verb_of_speech_made_of_a_prefix_and_a_common_verb_is_not_difficult(check, text):
    """A verb made of a particle, "her-" or "mis-" and one of the most common verbs, which
    speech uses at least as often as writing, is the sum of its parts: no hard word, and no
    word of written Dutch by its "her-"."""
    assert not found(check, "DD104", text)


@pytest.mark.parametrize("text, word", [
    # "ver-": no sum (fix38v: "verstrijken" counts 'verstreek' and 'verstreken' now, 3.8 Zipf; DD103
    # lists it: "na het verstrijken van" is officialese)
    ("Het project verslindt veel geld.", "verslindt"),
    ("Wij hervatten de werkzaamheden in januari.", "hervatten"),  # "vatten" is no common verb
    ("Het nieuwe gebouw wordt in het plan ingepast.", "ingepast"),  # written more than said
    ("De kosten worden doorberekend aan de huurder.", "doorberekend"),
    # verbs that mean more than their parts: no verb of speech by their prefix
    ("Hij heeft zich misdragen tijdens de zitting.", "misdragen"),
    # (fix38v: "afdoen" counts 'afdoet', 'afdeed' and 'afgedaan' now, 3.8 Zipf, and speech says it
    # often, 'de jas afdoen': the idiom "afdoen aan" is DD103's)
    ("Laat u hierdoor niet afhouden van een melding.", "afhouden"),
    ("Hij heeft zich van de zaak afgehouden.", "afgehouden"),
])
def test_written_or_rare_prefix_verbs_stay_difficult(check, text, word):
    assert any(x.text == word for x in found(check, "DD104", text))


def test_spoken_prefix_verb_needs_speech_and_a_common_verb():
    from duidelijk.rules.difficult_words import spoken_prefix_verb

    assert spoken_prefix_verb("heropenen", "heropenen") >= 3.5
    assert spoken_prefix_verb("herzien", "herzien") == -1.0  # written more than said
    assert spoken_prefix_verb("hervatten", "hervatten") == -1.0  # "vatten": no common verb
    assert spoken_prefix_verb("verstrijken", "verstrijken") == -1.0  # no particle, "her-" or "mis-"
    assert spoken_prefix_verb("afdoen", "afdoen") == -1.0  # "af": often more than its parts
    assert spoken_prefix_verb("misdragen", "misdragen") == -1.0  # "mis-" only before "gaan"
    assert spoken_prefix_verb("misgegaan", "misgaan") >= 3.5


@pytest.mark.parametrize("word, noun", [
    ("betaalgegevens", True), ("inlogmethoden", True),  # text never has them; a noun head
    ("tussentijds", False), ("kortweg", False), ("tegelijkertijd", False),  # adverbs text uses
    ("nagenoeg", False), ("huiswaarts", False),
])
def test_compound_noun_the_tagger_calls_an_adverb(word, noun):
    from duidelijk.rules.difficult_words import mistagged_compound_noun

    assert mistagged_compound_noun(word) == noun


def test_compound_noun_tagged_as_adverb_is_read_as_a_noun(check):
    """"uw betaalgegevens" (tagged as an adverb) is "betaal" + "gegevens", known through its
    parts; a new compound with an abstract head stays hard as a noun ("inlogmethoden"), and
    a formal adverb keeps the adverbs' bar ("nagenoeg")."""
    from duidelijk.rules.difficult_words import DifficultWord

    assert not found(check, "DD104", "Wijzig uw betaalgegevens in Mijn Amsterdam.")
    rule = DifficultWord()
    assert rule.word_score("betaalgegevens", "betaalgegevens", "ADV", None) is None
    assert rule.word_score("inlogmethoden", "inlogmethoden", "ADV", None) is not None
    assert rule.word_score("nagenoeg", "nagenoeg", "ADV", None) is not None


def test_new_compound_with_an_everyday_abstract_head_is_no_difficult_word(check):
    """"afvalregels" (rules about waste) and "scootergebruik" say what they are by their
    everyday parts; a new compound whose abstract head is a word of written Dutch stays
    difficult ("inlogfunctie")."""
    assert not found(check, "DD104", "Lees de afvalregels voor uw straat.")
    assert not found(check, "DD104", "Het scootergebruik in de stad groeit.")
    assert any(x.text == "inlogfunctie" for x in found(check, "DD104", "De inlogfunctie van uw account is geblokkeerd."))


@pytest.mark.parametrize("word, noun", [
    ("transvrouwen", True), ("geloofsgroepen", True), ("borstprothesen", True),  # compound nouns in LiNT-II's list
    ("navragen", False),  # a particle verb: "hij vraagt na", though LiNT-II lists "navragen" with its head
    ("aanvragen", False), ("beantwoorden", False), ("betalen", False),  # verbs text writes as verbs
])
def test_plural_compound_noun_the_tagger_calls_a_verb(word, noun):
    from duidelijk.rules.difficult_words import plural_compound_noun

    assert plural_compound_noun(word) == noun


def test_plural_compound_noun_tagged_as_verb_is_read_as_a_noun():
    """"transvrouwen" tagged as a verb is "trans" + "vrouwen", known through its parts; a
    compound with a rare part stays hard as a noun ("borstprothesen": "prothese"), and a real
    verb keeps its own verdict ("verslinden")."""
    from duidelijk.rules.difficult_words import DifficultWord

    rule = DifficultWord()
    assert rule.word_score("transvrouwen", "transvrouwen", "VERB", None) is None
    assert rule.word_score("geloofsgroepen", "geloofsgroepen", "VERB", None) is None
    assert rule.word_score("borstprothesen", "borstprothesen", "VERB", None) is not None
    assert rule.word_score("verslinden", "verslinden", "VERB", None) is not None


def test_compound_with_a_plural_first_part_is_read_by_its_noun(check):
    """"grassenfamilie" is "gras" + "familie" (the linking "-en-"): no difficult word; a
    compound with a rare first part stays difficult ("restantbedrag")."""
    assert not found(check, "DD104", "Riet hoort bij de grassenfamilie.")
    assert any(x.text == "restantbedrag" for x in found(check, "DD104", "Het restantbedrag blijft op uw rekening staan."))


def test_noun_of_quality_from_a_known_adjective(check):
    """"gladheid" is "glad" + -heid: known to whoever knows "glad"; a -heid noun from a rare
    or legal adjective stays difficult."""
    assert not found(check, "DD104", "Bij gladheid strooien wij zout op de weg.")
    f = found(check, "DD104", "Wij kijken naar de aansprakelijkheid van de huurder.")
    assert any(x.text == "aansprakelijkheid" for x in f)


@pytest.mark.parametrize("text, word", [
    ("Dat gebeurt dikwijls in de winter.", "dikwijls"),
    ("Het gebouw is nagenoeg klaar.", "nagenoeg"),
    ("Wij hadden het voordien al gemeld.", "voordien"),
])
def test_adverbs_of_written_dutch_are_difficult(check, text, word):
    """Readers know the common adverbs; a less common one is mostly a word of written Dutch."""
    assert any(x.text == word for x in found(check, "DD104", text))


@pytest.mark.parametrize("text", [
    "Onderaan deze brief staat ons nummer.",
    "Zet de fiets opzij.",
    "Daaruit blijkt dat u recht heeft op hulp.",
    "Wij bellen u morgenavond.",
    "Wij hebben u gistermiddag gebeld.",  # "gister", the spoken form of "gisteren"
    "Wij sturen u achteraf een rekening.",
])
def test_plain_adverbs_are_not_difficult(check, text):
    """Place and time words put together ("onder" + "aan", "morgen" + "avond"), a pointer with
    a preposition ("daar" + "uit") and common adverbs are everyday words."""
    assert not found(check, "DD104", text)


def test_rare_pointer_adverb_is_still_difficult(check):
    """A pointer with a preposition gets the normal bar, not the familiarity of its parts: the
    reader must find what it points to."""
    assert [x for x in found(check, "DD104", "Wij hebben hiernaar gekeken.") if x.text == "hiernaar"]


def test_plain_adverb_parts():
    from duidelijk.rules.difficult_words import plain_adverb

    assert all(plain_adverb(w) for w in ("daaruit", "hierom", "ermee", "onderaan", "achterin", "omlaag", "vanmiddag", "gisteravond",
                                             "gistermiddag"))
    assert not any(plain_adverb(w) for w in ("nagenoeg", "voordien", "evenwel", "derhalve", "veruit", "dikwijls"))


def test_established_compound_is_read_by_its_head(check):
    """A compound Dutch has made its own (LiNT-II's noun list names its head) is read by its
    head: "coronavirus" is a virus. A new compound with a rare first part stays difficult."""
    assert not found(check, "DD104", "Het coronavirus is nog niet weg.")
    assert any(x.text == "restantbedrag" for x in found(check, "DD104", "Het restantbedrag blijft op uw rekening staan."))


@pytest.mark.parametrize("text, word", [
    ("Wij hebben destijds een vergunning gegeven.", "destijds"),
    ("Wij maken de rekening tussentijds op.", "tussentijds"),
])
def test_old_genitive_adverbs_are_difficult(check, text, word):
    """Old genitive forms ("destijds": "des tijds") are fossils of written Dutch, however
    common in print; "toen" and "in de tussentijd" say the same."""
    assert any(x.text == word for x in found(check, "DD104", text))


@pytest.mark.parametrize("text", [
    "De deskundige kijkt naar uw huis.",  # "des" + "kundige" is a noun, no old adverb
    "Na het eten krijgt u een dessert.",
    "U krijgt de halve prijs terug.",  # "halve" alone is no "-shalve" adverb
])
def test_words_that_only_look_old_are_not_difficult(check, text):
    f = found(check, "DD104", text)
    assert not [x for x in f if x.text in {"deskundige", "dessert", "halve"}]


def test_compound_with_an_everyday_head_is_no_formal_loanword():
    from duidelijk.rules.difficult_words import DifficultWord, b1_safe, is_loanword

    suffixes = DifficultWord.settings["loan_suffixes"]
    assert not is_loanword("actieformulier", suffixes, b1_safe())  # "formulier": everyday, on the B1 list
    assert is_loanword("bouwconsequentie", suffixes, b1_safe())
    assert is_loanword("consequentie", suffixes, b1_safe())


@pytest.mark.parametrize("text, word", [
    ("Bij een pictogram is de context belangrijk.", "context"),
    ("De gemeente past de infrastructuur van de wijk aan.", "infrastructuur"),
    ("Controleer de gegevens op correctheid.", "correctheid"),
])
def test_latin_noun_of_written_dutch_is_difficult(check, text, word):
    """An abstract noun with Latin spelling and no loan ending ("context": a "c" said as k,
    an "x") that speech uses clearly less than writing is a word of written Dutch: it gets
    the loanword bar, less its register, also when the splitter reads "con" + "text"."""
    assert any(x.text == word for x in found(check, "DD104", text))


@pytest.mark.parametrize("text", [
    "Wij sturen u een nieuw contract.",  # Latin spelling, but said as often as written
    "Log in op uw account.",  # an English loan ("ou"), not Latin
    "Wij hebben een nieuwe locatie voor de markt.",
])
def test_latin_spelling_alone_is_no_written_dutch(check, text):
    assert not found(check, "DD104", text)


def test_latin_noun_shape():
    from duidelijk.rules.difficult_words import latinate_noun

    assert all(latinate_noun(w, w, "NOUN") for w in ("context", "traject", "infrastructuur"))
    assert not any(latinate_noun(w, w, "NOUN") for w in ("account", "cartoon", "scouting", "bouwcontract"))
    assert not latinate_noun("context", "context", "VERB")


@pytest.mark.parametrize("text, word", [
    ("Onze medewerkers werken klantgericht.", "klantgericht"),
    ("Dat is een beleidsmatige keuze.", "beleidsmatige"),
    ("Wij werken planmatig aan de wijk.", "planmatig"),
])
def test_adjective_with_a_half_suffix_is_known_as_a_whole(check, text, word):
    """"-matig" (by way of) and "-gericht" (aimed at) make adjectives of written Dutch from a
    noun: "beleidsmatig" is no "beleid" + "matig" (moderate), so it is as familiar as the
    word itself, not as its parts."""
    assert any(x.text == word for x in found(check, "DD104", text))


@pytest.mark.parametrize("text", [
    "Wij legen de bak regelmatig.",
    "Wij hebben de kosten handmatig ingevoerd.",
    "Wij hebben de brief aan u gericht.",
])
def test_common_adjectives_with_a_half_suffix_are_not_difficult(check, text):
    # "handmatig" is written Dutch that speech does not use: DD104 finds it with the setting
    # relational_adjectives (on since the thirty-ninth session, rules39e, tests/test_rules39e.py);
    # read as a whole by its half suffix, it is familiar enough without that setting
    off = {"DD104": {"relational_adjectives": False}}
    assert not [x for x in found(check, "DD104", text, rules=off) if x.text in {"regelmatig", "handmatig", "gericht"}]


def test_loan_ending_with_a_trema_is_a_loan_ending(check):
    """"efficiëntie" ends in "-entie" like "consequentie", with a trema where two vowels meet."""
    from duidelijk.rules.difficult_words import DifficultWord

    assert any(x.text == "efficiëntie" for x in found(check, "DD104", "Wij letten op de efficiëntie van het werk."))
    assert not found(check, "DD104", "Wij letten op de efficiëntie van het werk.", rules={"DD104": {
        "loan_suffixes": [s for s in DifficultWord.settings["loan_suffixes"] if "ë" not in s]}})


def _dd104_words(check, text, **kw):
    return [x.text for x in found(check, "DD104", text, **kw)]


@pytest.mark.parametrize("text, reported", [
    # the part as a word first, then in a compound: one finding, the word's
    ("De kosten van een prothese vergoeden wij. Ook een armprothese valt onder de regeling.", ["prothese"]),
    # the compound first, then the part as a word
    ("Ook een armprothese valt onder de regeling. De kosten van een prothese vergoeden wij.", ["armprothese"]),
    # two compounds with the same hard part
    ("Een armprothese en een beenprothese vergoeden wij allebei.", ["armprothese"]),
    # the part explained: the compound is no new obstacle
    ("Een prothese is een kunstmatig lichaamsdeel dat een arm of been vervangt. Ook een armprothese "
     "vergoeden wij.", []),
])
def test_hard_part_of_a_compound_reported_once(check, text, reported):
    """A compound that is hard by one part only brings the reader one unknown word: once that
    part is reported or explained, another compound with it is no new finding."""
    assert _dd104_words(check, text) == reported


@pytest.mark.parametrize("text, reported", [
    # hard as wholes (both parts familiar): two obstacles
    ("Gebruik de inlogfunctie. Kies daarna een inlogmethode.", ["inlogfunctie", "inlogmethode"]),
    # different hard parts: each its own finding
    ("Een armprothese en een rolstoelkussen met gelvulling vergoeden wij. De kosten van een prothese en "
     "van de gelvulling betaalt u zelf.", ["armprothese", "gelvulling"]),
])
def test_compounds_without_a_shared_hard_part_each_reported(check, text, reported):
    assert _dd104_words(check, text) == reported


def test_hard_part_of_a_compound():
    from duidelijk.rules.difficult_words import hard_part

    assert hard_part("armprothese", "NOUN", 3.5) >= {"prothese"}
    assert "prothese" in hard_part("armprothesen", "NOUN", 3.5)  # its singular, too
    assert not hard_part("inlogfunctie", "NOUN", 3.5)  # both parts familiar
    assert not hard_part("uitgeprint", "VERB", 3.5)  # a particle is no part
    assert not hard_part("prothese", "NOUN", 3.5)  # no compound


# Words of the written register between Zipf 3 and 4.5, written for this test (dd104r17): the
# bars and penalties that exist for officialese (the loanword bar by ending, the spoken-gap and
# Latin-noun penalties) must pass over the everyday ones and keep the formal ones. Still wrong,
# with no class found to fix them (docs/judged.md, seventeenth session): "administratie",
# "actueel", "grafiek", "racistisch", "psychisch", "annuleren", "reparatie" are hard by the
# loanword bar, their spoken frequency as high as that of "consequentie" and "referentie".
EVERYDAY_WRITTEN = ("garantie kantine bibliotheek kliniek advertentie temperatuur reservering printer agressie "
                    "categorie diploma pensioen medicijn racisme discriminatie digitaal:ADJ elektrisch:ADJ "
                    "automatisch:ADJ praktisch:ADJ kritisch:ADJ creatief:ADJ sociaal:ADJ lokaal:ADJ illegaal:ADJ "
                    "minimaal:ADJ maximaal:ADJ origineel:ADJ financieel:ADJ officieel:ADJ controleren:VERB "
                    "reserveren:VERB installeren:VERB organiseren:VERB repareren:VERB accepteren:VERB "
                    "registreren:VERB activeren:VERB").split()
OFFICIALESE_WRITTEN = ("preventie participatie realisatie restitutie indicatie interpretatie consequentie intentie "
                       "structureel:ADJ cruciaal:ADJ optimaal:ADJ adequaat:ADJ frequent:ADJ significant:ADJ "
                       "transparant:ADJ fiscaal:ADJ substantieel:ADJ marginaal:ADJ proportioneel:ADJ "
                       "faciliteren:VERB implementeren:VERB constateren:VERB resulteren:VERB evalueren:VERB "
                       "continuïteit problematiek verificatie acceptatie coördinatie").split()


def _hard_by_itself(entry):
    from duidelijk.rules.difficult_words import DifficultWord

    word, _, pos = entry.partition(":")
    return DifficultWord().word_score(word, word, pos or "NOUN", 15) is not None


@pytest.mark.parametrize("entry", EVERYDAY_WRITTEN)
def test_everyday_written_words_pass_the_officialese_bars(entry):
    assert not _hard_by_itself(entry)


@pytest.mark.parametrize("entry", OFFICIALESE_WRITTEN)
def test_officialese_of_the_same_frequency_stays_hard(entry):
    assert _hard_by_itself(entry)


def test_hard_part_once_per_text_after_the_suppressions(check):
    """A 'negeer' comment on one compound neither hides another with the same hard part nor
    becomes a DD900 'zet niets uit' warning when it stands on a later one (review 17, 1 and 2)."""
    def dd(text):
        return [(f.code, f.text) for f in check(text).findings if f.code in {"DD104", "DD900"}]

    first_off = ("<!-- duidelijk: negeer DD104 -->\nWij vergoeden een armprothese.\n\n"
                 "Ook een beenprothese vergoeden wij.\n")
    assert dd(first_off) == [("DD104", "beenprothese")]
    part_off = "<!-- duidelijk: negeer DD104 -->\nWij vergoeden een prothese.\n\nOok een beenprothese vergoeden wij.\n"
    assert dd(part_off) == [("DD104", "beenprothese")]
    same_line = "Wij vergoeden een armprothese. <!-- duidelijk: negeer DD104 -->\n\nOok een beenprothese vergoeden wij.\n"
    assert dd(same_line) == [("DD104", "beenprothese")]
    # switched off and on again: after 'aan' the first compound with the part is reported, once
    off_on = ("<!-- duidelijk: uit DD104 -->\nWij vergoeden een armprothese.\n<!-- duidelijk: aan DD104 -->\n\n"
              "Ook een beenprothese vergoeden wij. En een gebitsprothese.\n")
    assert dd(off_on) == [("DD104", "beenprothese")]
    # a comment on the second compound switches that one off: no DD900 warning
    later_off = ("Wij vergoeden een armprothese.\n\n<!-- duidelijk: negeer DD104 -- in de regeling heet het zo -->\n"
                 "Ook een beenprothese vergoeden wij.\n")
    assert dd(later_off) == [("DD104", "armprothese")]
    # without comments: once per text, as before
    assert dd("Wij vergoeden een armprothese.\n\nOok een beenprothese vergoeden wij.\n") == [("DD104", "armprothese")]
    # a comment that really switches nothing off still gets its warning
    assert ("DD900", "") in [(c, "") for c, _ in dd("<!-- duidelijk: negeer DD104 -->\nWij komen morgen.\n")]


@pytest.mark.parametrize("text, reported", [
    # a familiar head in another sense: the term is hard as a whole, besides its part (review 17, 3)
    ("U koopt een kavel van de gemeente. In het kavelpaspoort staat hoe hoog u mag bouwen.",
     ["kavel", "kavelpaspoort"]),
    ("U heeft de grond in erfpacht. De erfpachtcanon betaalt u elk jaar.", ["erfpacht", "erfpachtcanon"]),
    ("Erfpacht betekent dat de grond van de gemeente blijft en dat u hem mag gebruiken. Daarvoor betaalt u "
     "elk jaar een erfpachtcanon.", ["erfpachtcanon"]),
    ("Een kavel is een stuk grond waarop u een huis mag bouwen. In het kavelpaspoort staat hoe hoog u mag "
     "bouwen.", ["kavelpaspoort"]),
    # an everyday head of speech keeps its sense: the part is the one obstacle
    ("U krijgt extra geld. Dit heet een toelage. Naast de energietoelage is er ook een woontoelage.", []),
    ("Houd u aan de legionellaregels. Ook het legionellaonderzoek is verplicht.", ["legionellaregels"]),
])
def test_hard_part_only_where_the_head_carries_the_meaning(check, text, reported):
    assert _dd104_words(check, text) == reported


@pytest.mark.parametrize("text, reported", [
    # a comparative is one word: no 'inclusie' + 'ver' (review 17, 4)
    ("Wij willen de stad inclusiever maken. Inclusie betekent voor ons dat iedereen mee kan doen.",
     ["inclusiever"]),
    ("Inclusie is belangrijk voor ons. Daarom willen wij een inclusievere gemeente worden.",
     ["Inclusie", "inclusievere"]),
    # a part on the B1 list is no obstacle: each hard compound its own finding (review 17, 5); a
    # compound of such a part and an everyday head of speech is known ('grofvuilpas',
    # 'stembureauwerk': known_part_compound, tests/test_dd104w22.py), and so is one of such a
    # part for a thing and a known head ('grofvuilkalender', 'stembureaulid':
    # nested_compound_familiarity, tests/test_words26.py); a new compound with an abstract head
    # of written Dutch is not
    ("Het grofvuilbeleid is nieuw. De grofvuilnorm is streng.", ["grofvuilbeleid", "grofvuilnorm"]),
    ("De stembureaunorm is streng. Het stembureauniveau is hoog.", ["stembureaunorm", "stembureauniveau"]),
])
def test_no_hard_part_in_one_word_or_a_familiar_part(check, text, reported):
    assert _dd104_words(check, text) == reported


def test_hard_part_narrowed():
    from duidelijk.rules.difficult_words import degree_form, hard_part

    assert not hard_part("kavelpaspoort", "NOUN", 3.5)  # "paspoort" in another sense
    assert not hard_part("erfpachtcanon", "NOUN", 3.5)
    assert hard_part("legionellaregels", "NOUN", 3.5) == {"legionella"}  # an everyday head of speech
    assert not hard_part("coronaregels", "NOUN", 3.5)  # "corona": known (two readers, b1_safe.tsv)
    assert "kavel" in hard_part("bouwkavels", "NOUN", 3.5)  # the hard head, an everyday first part
    assert not hard_part("inclusiever", "ADJ", 3.5) and not hard_part("inclusievere", "ADJ", 3.5)
    assert degree_form("inclusiever") and degree_form("groter") and not degree_form("armprothese")
    assert not hard_part("grofvuilpas", "NOUN", 3.5)  # "grofvuil" is on the B1 list
    assert not hard_part("armprothese", "NOUN", 3.5, lambda w: False)  # the rule calls "prothese" familiar
    assert hard_part("armprothese", "NOUN", 3.5, lambda w: w == "prothese") == {"prothese"}
    assert "prothes" not in hard_part("armprothese", "NOUN", 3.5)  # words, not stems


def test_accepted_hard_part_frees_its_compounds(check):
    text = "Wij vergoeden een armprothese. Ook een beenprothese vergoeden wij."
    assert _dd104_words(check, text) == ["armprothese"]
    assert _dd104_words(check, text, accept=["prothese"]) == []
    assert _dd104_words(check, text, accept=["armprothese"]) == ["beenprothese"]


# --- DD105 long words ------------------------------------------------------------------------
def test_long_word(check):
    f = found(check, "DD105", "Uw parkeervergunningaanvraag is binnen.")
    assert f and f[0].text == "parkeervergunningaanvraag"
    assert "'parkeervergunning' + 'aanvraag'" in f[0].message and f[0].suggestions == []


def test_three_parts_read_as_a_known_compound_and_a_head(check):
    """"kinderopvangtoeslag" is "kinderopvang" (a word Dutch text uses) + "toeslag": an
    everyday compound of two familiar words. A rare grouping stays a long word."""
    assert not found(check, "DD105", "U krijgt kinderopvangtoeslag van de Belastingdienst.")
    assert any(x.text == "afvalstoffenheffing" for x in found(check, "DD105", "U betaalt afvalstoffenheffing aan de gemeente."))


def test_name_of_a_regulation_is_explained_not_split(check):
    """A capitalised compound inside a sentence with the head of a law or rule is its name:
    the writer cannot split it, only say what it is about."""
    f = found(check, "DD105", "Voor uw bedrijf gelden de regels uit de Afvalstoffenverordening.")
    assert [x.text for x in f] == ["Afvalstoffenverordening"]
    assert "naam van een wet" in f[0].message and "losse woorden" not in f[0].message
    # in lowercase, as a name after "de"/"het" or next to an article of law
    for text, word in (("Dit staat in artikel 3 van de afvalstoffenverordening.", "afvalstoffenverordening"),
                       ("Op basis van artikel 2.15 lid 5 activiteitenbesluit moet u dit melden.", "activiteitenbesluit")):
        f = found(check, "DD105", text)
        assert [x.text for x in f] == [word] and "naam van een wet" in f[0].message
    # the same word as a common noun, or first in the sentence (where every word has a capital)
    for text in ("De gemeente heeft een nieuwe afvalstoffenverordening gemaakt.",
                 "Afvalstoffenverordening is een lastig woord."):
        f = found(check, "DD105", text)
        assert [x.text.lower() for x in f] == ["afvalstoffenverordening"]
        assert "losse woorden" in f[0].message and "naam" not in f[0].message
    # a capitalised compound with another head is no regulation
    f = found(check, "DD105", "Wij sturen de Afvalstoffenheffingsaanslag naar u.")
    assert f and "naam van een wet" not in f[0].message


@pytest.mark.parametrize("text, word", [
    ("De FARC-woordvoerder gaf een reactie.", "FARC-woordvoerder"),  # a name and an everyday word
    ("Hij won de natuurkunde-olympiade van dit jaar.", "natuurkunde-olympiade"),
    ("Beide slachtoffertjes lagen op de grond.", "slachtoffertjes"),  # a diminutive of an everyday word
    ("U kunt terecht bij het Omgevingsloket van de gemeente.", "Omgevingsloket"),  # a name
    ("Hij woont in de Vlaanderenstraat bij het station.", "Vlaanderenstraat"),
    ("Uw ziektekostenverzekering betaalt dit niet.", "ziektekostenverzekering"),  # known as a whole
    ("Het kinderdagverblijf is op maandag dicht.", "kinderdagverblijf"),
])
def test_hyphenated_parts_diminutives_and_names_are_no_long_words(check, text, word):
    """A hyphen already shows the reader the parts; a diminutive is as familiar as its base
    word; the name of a place or an organisation cannot be split or renamed by the writer."""
    assert not [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    ("Wij sturen de nieuwe afvalstoffenheffingsaanslag-brief naar u.", "afvalstoffenheffingsaanslag-brief"),
    ("De gemeente zoekt een nieuw wijkcentrum voor de verenigingsactiviteitenorganisatie.", "verenigingsactiviteitenorganisatie"),
    ("Wij sturen de Afvalstoffenheffingsaanslag naar u.", "Afvalstoffenheffingsaanslag"),  # no name head
    ("Het centrum voor jeugd is een jeugdgezondheidszorgcentrum.", "jeugdgezondheidszorgcentrum"),  # no capital: no name
])
def test_long_parts_and_long_common_nouns_are_still_long_words(check, text, word):
    assert [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    # two everyday nouns for things or kinds: read by their parts, however rare the whole
    ("De carnavalstraditie in ons dorp is oud.", "carnavalstraditie"),
    ("Er komt een gemeentekampioenschap voor jongeren.", "gemeentekampioenschap"),
    ("De folder heeft een bibliotheekachtergrond.", "bibliotheekachtergrond"),
    ("Er komt een vierlandentoernooi in de sporthal.", "vierlandentoernooi"),  # a number is no obstacle
    ("De achterblijvende bewoners krijgen een brief.", "achterblijvende"),  # a form of a common verb
    ("De kwaliteit van het water is sterk achteruitgegaan.", "achteruitgegaan"),  # "gaan" + back
    ("Hij vocht in de Spaanse Successieoorlog mee.", "Successieoorlog"),  # part of a name
    ("Zij werkt bij de Belastingdienst-klantenservice in Apeldoorn.", "Belastingdienst-klantenservice"),
])
def test_transparent_compounds_verb_forms_and_names_are_no_long_words(check, text, word):
    assert not [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    # an action or a quality as a part hides a sentence: who does what
    ("De inlogmogelijkheid is niet beschikbaar.", "inlogmogelijkheid"),
    ("De gemeente regelt de afvalcontainerplaatsing.", "afvalcontainerplaatsing"),
    ("Het dorp heeft een oude processietraditie.", "processietraditie"),  # a rare part
    ("Er was een driedaagsevierlandentoernooi.", "driedaagsevierlandentoernooi"),  # too many parts
    ("De gedeconcentreerde diensten werken in de provincie.", "gedeconcentreerde"),  # a rare verb
])
def test_hidden_actions_rare_parts_and_rare_verbs_stay_long_words(check, text, word):
    assert [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    # a noun and an everyday compound of familiar words, with a concrete head: "gemeente" +
    # "voetbalveld", also where the split joined the wrong two ("tennis" + "clubvoorzitter")
    ("Het gemeentevoetbalveld ligt achter de school.", "gemeentevoetbalveld"),
    ("De tennisclubvoorzitter opende het seizoen.", "tennisclubvoorzitter"),
    ("De schoolvoetbalploeg won de beker.", "schoolvoetbalploeg"),
])
def test_compounds_of_everyday_compounds_are_no_long_words(check, text, word):
    assert not [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    ("De buurthuisbeschikbaarheid wisselt per week.", "buurthuisbeschikbaarheid"),  # a quality
    ("De wijkcentrumvernieuwing begint in mei.", "wijkcentrumvernieuwing"),  # an action: who renews what
    ("De wijkcentrumstructuur is veranderd.", "wijkcentrumstructuur"),  # three parts, abstract head
    # a part that only looks like a compound of familiar words ("vrij" + "buiter")
    ("Hij had een echte vrijbuitersmoraal.", "vrijbuitersmoraal"),
])
def test_qualities_actions_abstract_heads_and_false_inner_compounds_stay_long_words(check, text, word):
    assert [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    # an everyday action or quality head after a thing or a person it is about: read at once
    ("Bij de wethoudersverkiezing stemden alle raadsleden.", "wethoudersverkiezing"),
    ("Een ledenmeerderheid stemde voor het plan.", "ledenmeerderheid"),
    ("Wij letten op de woningkwaliteiten bij de keuring.", "woningkwaliteiten"),
])
def test_everyday_action_head_after_a_thing_or_person_is_no_long_word(check, text, word):
    assert not [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    ("De overlegmogelijkheid staat in de brief.", "overlegmogelijkheid"),  # abstract first part
    ("De schoolleidersverkiezing is in mei.", "schoolleidersverkiezing"),  # a rare first part
    ("De plantenveredeling gaat door.", "plantenveredeling"),  # a rare action head
    ("De gemeente wil de woningproductie verhogen.", "woningproductie"),  # a Latin action noun
])
def test_action_head_after_an_abstract_or_rare_part_stays_a_long_word(check, text, word):
    assert [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    # the everyday name of a thing or a person (LiNT-II's noun list: concrete, with its head)
    ("Het koffiezetapparaat in de hal is kapot.", "koffiezetapparaat"),
    ("De sinterklaasintocht is op zaterdag.", "sinterklaasintocht"),
    ("Mijn overgrootmoeder woonde in deze straat.", "overgrootmoeder"),
    # a rare part that Dutch text mostly uses in this name: the name is known as a whole
    ("Langs de weg zit de eikenprocessierups in de bomen.", "eikenprocessierups"),
    # a new compound whose head is an everyday abstract word of speech, after one unit
    ("Neem uw vaccinatiebewijs mee naar de ingang.", "vaccinatiebewijs"),
    ("Wij vragen de huisartsgegevens van uw kind.", "huisartsgegevens"),
    ("Op de website staat de zwembadinformatie.", "zwembadinformatie"),
])
def test_everyday_names_and_everyday_abstract_heads_are_no_long_words(check, text, word):
    assert not [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    # a name with a rare part that is hardly more common than that part: the part is the obstacle
    ("De procuratiehouder tekent de brief.", "procuratiehouder"),
    ("Er zit een aardlekschakelaar in de meterkast.", "aardlekschakelaar"),
    # a name of more than two parts or of many letters is long all the same
    ("De afvalverbrandingsinstallatie staat aan de rand van de stad.", "afvalverbrandingsinstallatie"),
    ("Elke hoogwaardigheidsbekleder kreeg een uitnodiging.", "hoogwaardigheidsbekleder"),
    # an abstract compound of the list keeps its reading by its parts
    ("Na de vergunningverlening kunt u beginnen.", "vergunningverlening"),
    # an everyday abstract head after a chain of two parts, or after a hidden action
    ("U moet een energiebesparingsgegevens-overzicht maken.", "energiebesparingsgegevens-overzicht"),
    ("Er is geen overlegmogelijkheid meer.", "overlegmogelijkheid"),
])
def test_hard_names_long_names_and_chains_stay_long_words(check, text, word):
    assert [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    # an everyday abstract head after a long or abstract first part, an action or a quality
    ("De verantwoordelijkheidsinformatie vindt u in de bijlage.", "verantwoordelijkheidsinformatie"),
    ("De aansprakelijkheidsinformatie staat op de achterkant.", "aansprakelijkheidsinformatie"),
    ("Wij vragen om de beschikbaarheidsgegevens van uw woning.", "beschikbaarheidsgegevens"),
    ("De aanbestedingsinformatie staat op de website.", "aanbestedingsinformatie"),
    ("De handhavingsgegevens worden vijf jaar bewaard.", "handhavingsgegevens"),
    ("De uitkeringsgegevens van uw partner hebben wij ook nodig.", "uitkeringsgegevens"),
    # a compound LiNT-II calls concrete, whose head the same list calls abstract: an action,
    # a quality or a point in time
    ("De gemeenteraad besluit op 12 maart over de begrotingswijziging.", "begrotingswijziging"),
    ("De inschrijvingsdatum staat op het uittreksel uit de BRP.", "inschrijvingsdatum"),
    # ("roosterwijziging" left this list in small30: a thing and an everyday action head,
    # "wijziging van het rooster", is read at once: tests/test_small30.py)
    ("Vanaf maandag is er een verkeersomleiding in de wijk.", "verkeersomleiding"),
    ("De gemeente zoekt een nieuwe welzijnsaccommodatie voor de wijk.", "welzijnsaccommodatie"),
    # a role name made of a participle or an adjective, as "belastingplichtige"
    ("U bent arbeidszoekende en staat ingeschreven bij het UWV.", "arbeidszoekende"),
    ("Als bevingsgedupeerde kunt u een vergoeding krijgen.", "bevingsgedupeerde"),
    ("De auteursrechthebbende moet toestemming geven.", "auteursrechthebbende"),
    ("U bent belastingplichtige in Nederland.", "belastingplichtige"),
])
def test_abstract_first_parts_abstract_heads_and_role_names_stay_long_words(check, text, word):
    assert [f for f in found(check, "DD105", text) if f.text == word]


@pytest.mark.parametrize("text, word", [
    # the intended everyday names stay: a paper, an everyday head, a person, a form
    ("Stuur ons de bankafschriften van de laatste drie maanden.", "bankafschriften"),
    ("Neem uw vaccinatiebewijs mee naar de balie.", "vaccinatiebewijs"),
    ("Wij zoeken zorgmedewerkers voor de thuiszorg.", "zorgmedewerkers"),
    ("Vul het toestemmingsformulier in en stuur het terug.", "toestemmingsformulier"),
    ("De ziekenhuisinformatie staat op de website.", "ziekenhuisinformatie"),
])
def test_everyday_names_stay_no_long_words_after_the_bounds(check, text, word):
    assert not [f for f in found(check, "DD105", text) if f.text == word]


def test_the_bounds_of_the_everyday_name():
    from duidelijk.rules.long_words import _abstract_head, _role_head

    assert _abstract_head("wijziging") and _abstract_head("datum") and _abstract_head("accommodatie")
    assert not _abstract_head("afschrift") and not _abstract_head("bewijs") and not _abstract_head("formulier")
    assert _role_head("zoekende") and _role_head("rechthebbende") and _role_head("gedupeerde")
    assert not _role_head("medewerker") and not _role_head("processierups") and not _role_head("gemeente")


def test_a_compound_noun_tagged_as_an_adverb_is_read_as_a_noun(check, nlp):
    """The tagger calls some compound nouns adverbs ("Regeling zorgmedewerkers"): read as a
    noun, an everyday compound is no long word; an adverb made of pieces stays as it was."""
    from duidelijk.dictionary import compound_parts
    from duidelijk.rules.long_words import LongWord

    text = "Dit staat in de Regeling zorgmedewerkers met langdurige klachten."
    assert [t.pos_ for t in nlp(text) if t.text == "zorgmedewerkers"] == ["ADV"]  # the case at hand
    assert not found(check, "DD105", text)
    assert LongWord._noun_compound(compound_parts("toestemmingsformulier"))
    assert not LongWord._noun_compound(compound_parts("achtereenvolgens"))
    assert found(check, "DD105", "Zij kwamen achtereenvolgens binnen.")


def test_a_verb_stem_is_no_compound_inside_a_compound():
    from duidelijk.rules.long_words import LongWord

    rule = LongWord()
    assert rule._unit_zipf("zaalvoetbal", False)[1]  # "zaal" + "voetbal"
    assert not rule._unit_zipf("parkeer", False)[1]  # the stem of "parkeren", no "park" + "eer"


def test_short_words_and_urls_not_long(check):
    assert not found(check, "DD105", "Kijk op www.hofstedegemeente.nl/afvalkalender voor de dagen.")


# --- DD106 nominalisation ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Na het indienen van uw bezwaar krijgt u een brief.",
    "Na uw bezwaar gaan wij over tot behandeling ervan.",  # "Wij gaan over tot betaling": DD103, tests/test_jargon_lists.py
])
def test_nominalisation_found(check, text):
    assert found(check, "DD106", text)


def test_nominal_style_list_is_named_by_dd103(check):
    text = "Wij nemen uw aanvraag in behandeling."
    assert not found(check, "DD106", text)
    f = codes(check(text, select=["DD103", "DD106"]))
    assert [x.code for x in f] == ["DD103"] and "'behandelen'" in f[0].message


def test_nominalisation_negative(check):
    assert not found(check, "DD106", "Wij behandelen uw aanvraag. U krijgt een uitkering.")


@pytest.mark.parametrize("text, verb", [
    ("Wij geven u een waarschuwing.", "waarschuwen"),
    ("Op 3 mei hebt u een melding gedaan bij de gemeente.", "melden"),
    ("Na uw bezwaar gaan wij over tot behandeling ervan.", "behandelen"),  # overgaan: its phrase with "tot"
])
def test_light_verb_with_an_action_noun(check, text, verb):
    f = found(check, "DD106", text)
    assert f and f"'{verb}'" in f[0].message


@pytest.mark.parametrize("text", [
    "Wij geven een tekening aan de buren.",  # a thing, not an action: no "tekenen"
    "De leiding geeft een stelling.",  # "de leiding" is the management, no "leiden"
    "Wij geven een verklaring over de brand.",  # a light verb with its own prepositional object
    "De politie stelt de verdachte in verzekering.",  # a fixed expression: no "verzekeren"
])
def test_light_verb_with_a_thing_or_a_fixed_frame(check, text):
    assert not found(check, "DD106", text)


# --- DD107 / DD108 tang and lead-in ---------------------------------------------------------
def test_tang_noun_phrase(check):
    f = found(check, "DD107", "De door de gemeenteraad op 12 maart 2026 vastgestelde regels gelden vanaf 1 april.")
    assert f


def test_no_tang_in_short_phrase(check):
    assert not found(check, "DD107", "De nieuwe grijze container staat bij de deur.")


def test_long_lead_in(check):
    text = ("Naar aanleiding van uw aanvraag van 3 februari 2026 voor een bijdrage in de kosten "
            "van uw verhuizing hebben wij besloten u een bijdrage te geven.")
    assert found(check, "DD108", text)


def test_short_lead_in(check):
    assert not found(check, "DD108", "Wij hebben besloten u een bijdrage te geven.")


# --- DD109 negation --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Het is niet onmogelijk dat u een toeslag krijgt.",
    "Er is niemand die het formulier niet kan invullen.",
])
def test_double_negation(check, text):
    assert found(check, "DD109", text)


@pytest.mark.parametrize("text", [
    "Het is mogelijk dat u een toeslag krijgt.",
    "U krijgt geen toeslag.",
    "Als u niet betaalt, krijgt u geen korting.",
])
def test_single_negation(check, text):
    assert not found(check, "DD109", text)


LETTER_WITH_LINE_BREAKS = SHARED / "letters" / "mijn-amsterdam" / "bijstandsuitkering__L083.txt"


@pytest.mark.skipif(not LETTER_WITH_LINE_BREAKS.exists(), reason="shared letters not available")
def test_verb_first_never_names_a_line_break_as_the_verb():
    # an HTML template with indented line breaks: the tagger once called a line break a verb
    from duidelijk import check_file

    report = check_file(LETTER_WITH_LINE_BREAKS)
    verbs = [f for f in report.findings if f.code == "DD108"]
    assert all(f.text == f.text.rstrip() for f in verbs)


# --- DD110 / DD111 address --------------------------------------------------------------------
def test_mixed_u_and_je(check):
    f = found(check, "DD110", "U kunt het formulier online invullen. Je krijgt dan binnen een week antwoord.")
    assert f and f[0].text == "Je"


def test_geachte_with_je(check):
    text = "Geachte mevrouw Smit,\n\nJe kunt het formulier online invullen."
    assert found(check, "DD110", text)


def test_consistent_address(check):
    assert not found(check, "DD110", "U kunt het formulier online invullen. U krijgt binnen een week antwoord.")
    # the letters of a postcode are not "je"
    assert not found(check, "DD110", "DigiD\nPostbus 96810\n2509 JE Den Haag\n\nU kunt ons bellen. U krijgt snel antwoord.")
    assert not found(check, "DD110", "Beste Sam,\n\nJe kunt het formulier invullen. Je krijgt snel antwoord.")


def test_impersonal(check):
    f = found(check, "DD111", "De aanvrager stuurt het formulier terug.")
    assert f and "'u'" in f[0].message
    assert f[0].suggestions == []  # "De u stuurt" would be wrong: the sentence must change
    assert not found(check, "DD111", "U stuurt het formulier terug.")


# --- DD112 / DD113 abbreviations --------------------------------------------------------------
def test_abbreviation_not_written_out(check):
    f = found(check, "DD112", "U kunt hulp krijgen via de Wmo.")
    assert f and "Wet maatschappelijke ondersteuning" in f[0].message


@pytest.mark.parametrize("text", [
    "U vindt het in het Verdrag der XXIV artikelen.",  # a Roman number
    "De Stichting Wonen Beter (vaak afgekort tot SWB) helpt u graag.",  # explained in brackets
    "Zij won vorig jaar het NK.",  # as common in Dutch text as an everyday word
    "Het programma was te zien op de VRT.",
    "KFAR SJOEBA - Het dorp werd gisteren gebombardeerd.",  # a name in capitals
    "Het programma van eisen (PvE) is klaar. Het PvE telt tien bladzijden.",  # explained
    "De schrijver gebruikt in zijn brieven vaak het woord Van.",  # no capitals around the v
])
def test_numbers_explained_everyday_and_capitalised_names_are_no_abbreviations(check, text):
    assert not found(check, "DD112", text)


@pytest.mark.parametrize("text, abbreviation", [
    ("De SWB helpt u graag.", "SWB"),
    ("De club speelt in de KBVB.", "KBVB"),
    ("De Stichting Wonen Beter (kortweg SWB) werkt samen met de KBVB.", "KBVB"),
    # capitals with the "v" of "van": "programma van eisen", "Raad van State"
    ("Dit staat in het PvE voor de nieuwe school.", "PvE"),
    ("De RvS heeft het beroep afgewezen.", "RvS"),
    ("Dit staat in het PvE. Lees het goed.", "PvE"),  # at the end of a sentence
    ("Wij bellen de bakker.\n\nDe RvS heeft het beroep afgewezen.", "RvS"),  # "De" after another sentence
])
def test_rare_unexplained_abbreviations_are_found(check, text, abbreviation):
    assert [f.text for f in found(check, "DD112", text)] == [abbreviation]


def test_abbreviation_written_out_first(check):
    text = "U kunt hulp krijgen via de Wet maatschappelijke ondersteuning (Wmo). De Wmo helpt u thuis."
    assert not found(check, "DD112", text)


def test_abbreviation_named_earlier_without_brackets(check):
    """The full name earlier in the text explains the abbreviation, also without brackets."""
    assert not found(check, "DD112", "Het Bureau voor Wonen en Zorg helpt ouders. Het BWZ zit in het stadhuis.")
    # not the same name, or only two letters (too often there by chance)
    assert [f.text for f in found(check, "DD112", "Het Bureau voor Wonen helpt ouders. Het BWZ zit in het stadhuis.")] == ["BWZ"]
    assert [f.text for f in found(check, "DD112", "Kees Roos helpt ouders. Het KR zit in het stadhuis.")] == ["KR"]


def test_abbreviation_named_earlier_reads_one_line_with_commas():
    """A name runs over commas ("Volksgezondheid, Welzijn en Sport"), not over a line break:
    headings one below the other are no name."""
    from duidelijk.rules.abbreviations import named_earlier

    assert named_earlier("Het Ministerie van Volksgezondheid, Welzijn en Sport schrijft. Het ", "VWS")
    assert named_earlier("De Stichting 's Heeren Loo helpt. De ", "SHL")
    assert not named_earlier("Jeugdzorg\nGezin\nHulp\nDe ", "JGH")
    assert not named_earlier("Jeugdzorg. Gezin en Hulp. De ", "JGH")


def test_official_abbreviation(check):
    f = found(check, "DD113", "Neem i.v.m. uw verhuizing contact op met de afdeling.")
    assert f and f[0].text == "i.v.m."


# --- DD114 vague --------------------------------------------------------------------------------
def test_vague(check):
    assert found(check, "DD114", "U krijgt binnenkort een brief van ons.")
    assert found(check, "DD114", "Betaal het bedrag zo spoedig mogelijk.")
    assert not found(check, "DD114", "U krijgt voor 1 mei een brief van ons.")


# --- DD115 / DD116 paragraphs and headings -----------------------------------------------------
def test_long_paragraph(check):
    para = " ".join(["Wij hebben uw aanvraag ontvangen en bekeken."] * 15)
    assert found(check, "DD115", para)
    assert not found(check, "DD115", "Wij hebben uw aanvraag ontvangen.\n\nU hoort snel van ons.")


def test_long_paragraph_list(check):
    """A lead-in with a list under it is not a lap of text: each item counts on its own."""
    item = "een kopie van het huurcontract van de woning waarin u nu met uw gezin woont"
    bullets = "Stuur ons de volgende papieren:\n" + "\n".join(f"- {item};" for _ in range(6))
    numbers = "Wij missen nog dit:\n" + "\n".join(f"{n}. {item};" for n in range(1, 7))
    assert not found(check, "DD115", bullets)
    assert not found(check, "DD115", numbers)
    # the same words as running text are a long paragraph
    assert found(check, "DD115", bullets.replace("\n- ", " "))
    # a long lead-in above a list still counts
    lead = " ".join(["Wij hebben uw aanvraag ontvangen en bekeken."] * 15)
    assert found(check, "DD115", lead + "\n- een kopie;\n- een foto.")


def test_no_headings(check):
    paras = "\n\n".join(["Wij hebben uw aanvraag ontvangen en goed bekeken. " * 5] * 7)
    assert found(check, "DD116", paras)
    with_heading = "Wat moet u doen?\n\n" + paras
    assert not found(check, "DD116", with_heading)


def test_lines_that_each_stand_alone_are_no_long_paragraph(check):
    """A screen of status lines, labels and short messages, one under the other without blank
    lines, is not a lap of text: each line is read on its own. Hard-wrapped prose still is."""
    screen = "\n".join(["Uw aanvraag is ontvangen.", "Status: in behandeling", "Wij nemen binnen twee weken een besluit.",
                        "Bekijk de brief voor meer details.", "Zaaknummer", "Datum aanvraag", "Documenten",
                        "U heeft nog geen documenten.", "Heeft u vragen? Bel ons dan op werkdagen.",
                        "Wij helpen u graag verder met uw aanvraag."])
    assert not found(check, "DD115", screen)
    words = ("wij hebben uw aanvraag voor een vergunning ontvangen en bekeken en wij laten u weten "
             "wat wij besloten hebben en wat u nu moet doen als u het niet eens bent").split()
    words = words * 3
    wrapped = "Beste meneer Jansen, " + "\n".join(" ".join(words[i:i + 9]) for i in range(0, len(words), 9)) + "."
    assert found(check, "DD115", wrapped)  # the sentences run on over the line breaks
    # one line of more than 80 words is still a long paragraph
    assert found(check, "DD115", " ".join(["Wij hebben uw aanvraag ontvangen en bekeken."] * 15))


def test_prose_written_one_sentence_per_line_is_paragraphs_of_their_own(check):
    """Long sentences, each on its own line with no blank line between and no wrap at a fixed
    width: the writer pressed Enter after each, each line is a paragraph of its own (fix43a;
    REVIEW3 #5 read them as one lap of text, a blind judge did not). The same text wrapped at a
    fixed width is one paragraph; lines of a source file are never joined."""
    lines = ["Wij hebben uw aanvraag voor een parkeervergunning op 1 maart ontvangen en wij hebben besloten dat u de vergunning krijgt.",
             "De vergunning geldt voor een jaar en u kunt hem verlengen als u dat wilt, maar dan moet u op tijd een nieuwe aanvraag doen.",
             "Als u vragen heeft over deze brief of over de vergunning, kunt u ons bellen op werkdagen tussen 9.00 en 17.00 uur.",
             "Wij helpen u graag verder met al uw vragen over parkeren in onze gemeente en over de regels die daarbij gelden.",
             "Ook kunt u langskomen bij het loket in het stadhuis, maar dan moet u eerst een afspraak maken via de website."]
    import textwrap

    assert not found(check, "DD115", "\n".join(lines))
    assert found(check, "DD115", textwrap.fill(" ".join(lines), 72))  # hard-wrapped: one paragraph
    assert not found(check, "DD115", "\n\n".join(lines))  # five paragraphs of one sentence
    assert not found(check, "DD115", "\n".join(lines[:3]))  # under 80 words: no lap of text
    yaml = "\n".join(f"message_{n}: {line}" for n, line in enumerate(lines))
    assert not found(check, "DD115", yaml)  # the lines of a settings file


# --- fourteenth session (hardwords14): a word the text names after describing it; foreign words ---
@pytest.mark.parametrize("text, word", [
    ("U krijgt geld terug. Dit heet restitutie.", "restitutie"),
    ("U krijgt geld terug. Dat noemen we ook wel restitutie.", "restitutie"),
    ("Wij trekken het bedrag af van wat u krijgt. Wij noemen dit een verrekening.", "verrekening"),
    ("Wij trekken het bedrag af van wat u krijgt, ook wel verrekening genoemd.", "verrekening"),
    ("Wij trekken het bedrag af van wat u krijgt, wat we verrekening noemen.", "verrekening"),
    ("Het geld dat u nog op uw pas heeft, wordt saldo genoemd.", "saldo"),
    ("Een cessie is een afspraak tussen twee mensen over een schuld.", "cessie"),
])
def test_word_the_text_names_after_describing_it_is_not_flagged(check, text, word):
    """The description first, then the word as its name ("Dit heet ...", "..., ook wel ...
    genoemd"), or a definition of the kind ("Een X is een ..."): the reader has the meaning
    before the word, as Direct Duidelijk asks. DD103 reads the same explanations
    ("restitutie" is on its list)."""
    assert not [x for x in check(text).findings if x.text == word and x.code in {"DD103", "DD104"}]


@pytest.mark.parametrize("text, word", [
    ("U kunt deze heffing noemen als u belt.", "heffing"),  # "deze" is the word's own: no name given
    ("Wij noemen deze heffing in de brief.", "heffing"),
    ("Het formulier heet aanvraag restitutie.", "restitutie"),  # a name given to something else
    ("De cessie is een ramp voor ons.", "cessie"),  # one thing, no definition of the kind
    ("De heffing wordt genoemd in de brief.", "heffing"),  # mentioned, not named
])
def test_word_mentioned_with_a_naming_verb_but_not_named_is_flagged(check, text, word):
    assert [x for x in check(text).findings if x.text == word and x.code in {"DD103", "DD104"}]


@pytest.mark.parametrize("text, word", [
    ("De ondersteuning wordt verstrekt in natura.", "in natura"),  # legal Latin, tagged foreign (X)
    ("Wij bewaren ook gegevens over user agents.", "user agents"),  # the phrase, named whole
    ("Dit geldt a fortiori voor u.", "a fortiori"),
    ("U kunt dit doen via de self service portal.", "self service portal"),  # once, not 'self' and 'portal'
    ("Wij zetten uw aanvraag on hold.", "on hold"),  # 'on' is tagged as a symbol
])
def test_foreign_word_is_a_difficult_word(check, text, word):
    """A word the tagger reads as foreign is no Dutch, however common text in other languages
    makes it: it gets the loanword bar, once per phrase."""
    assert [x.text for x in found(check, "DD104", text)] == [word]


@pytest.mark.parametrize("text", [
    "U heeft een vergunning voor bed & breakfast.",  # joined by "&": a fixed pair
    "Wij doen dit mutatis mutandis.",  # one finding per phrase: "mutatis", not "mutandis" too
])
def test_foreign_pair_gets_at_most_one_finding(check, text):
    assert len(found(check, "DD104", text)) <= 1
    assert not [x for x in found(check, "DD104", text) if x.text in {"breakfast", "mutandis"}]


@pytest.mark.parametrize("text, word", [
    ("Stuur ons deze stukken:\n- Gewaarmerkt verzekeringsbericht van uw werkgever\n- Kopie van uw paspoort\n",
     "Gewaarmerkt"),
    ("U kunt kiezen uit:\n1. Collectieve verzekering voor de hele familie\n2. Eigen verzekering\n", "Collectieve"),
    ("U kunt kiezen:\n- Schuldsanering via de gemeente\n- Budgetbeheer", "Schuldsanering"),
])
def test_first_word_of_a_list_item_is_a_word_not_a_name(check, text, word):
    """A list item starts with a capital, as a sentence does; the sentence splitter keeps the
    items in one sentence, where a capital would mark a name."""
    assert [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text, word", [
    ("Dit kunt u aanvragen:\n- Kindtegoed Voorschool\n- Gratis laptop\n", "Kindtegoed"),  # title case: a name
    ("Bel met de afdeling Declaratie over uw kosten.", "Declaratie"),  # a capital inside a sentence
    ("Dit kunt u aanvragen:\n- Declaratie Kindtegoed\n- Gratis laptop\n", "Declaratie"),  # the same
    ("Plaatsen:\n- Wormerveer en omgeving\n- Krommenie", "Wormerveer"),  # a place the tagger reads as an adverb
])
def test_capitalised_word_that_is_no_list_item_start_stays_a_name(check, text, word):
    assert not [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text", [
    "Saldo: {saldo} (Dit is het bedrag dat u nog kunt uitgeven)\n\nHet saldo dat u nog heeft, klopt altijd.",
    "Het plan houdt rekening met de ‘afwaardering’ (dat wil zeggen: een lagere snelheid) van de weg.",
])
def test_label_its_line_explains_in_brackets_is_explained(check, text):
    """A label explained in brackets after its value, or a word in quotes before the bracket:
    the reader has the explanation; the word counts as explained in the whole text."""
    assert not [x for x in found(check, "DD104", text) if x.text in {"saldo", "afwaardering"}]


@pytest.mark.parametrize("text", [
    "Heffing: {heffing}\n\nDe heffing die u betaalt, klopt altijd.",  # no explanation
    "Heffing: 10 euro (zie bijlage)\n\nDe heffing die u betaalt, klopt altijd.",  # a reference in brackets
    "Heffing: {heffing}\n(Dit is het bedrag van dit jaar)\n\nDe heffing die u betaalt, klopt altijd.",  # another line
])
def test_label_without_an_explanation_on_its_line_is_not_explained(check, text):
    assert [x for x in found(check, "DD104", text) if x.text == "heffing"]


@pytest.mark.parametrize("text", [
    "De kinderopvang is full time open.",  # 'fulltime' is everyday Dutch
    'Je code is: <strong style="font-size: 200%;">1234</strong>',  # an HTML tag's name, no word
    "Klik op </strong> om verder te gaan.",
])
def test_foreign_phrase_that_is_common_taken_or_markup_gets_no_difficult_word_finding(check, text):
    assert not found(check, "DD104", text)


def test_foreign_phrase_another_rule_has_gets_no_second_finding(check):
    """DD103 has 'à' of 'à la carte': one finding for the phrase; alone, DD104 names it whole."""
    assert [x.code for x in check("Het menu is à la carte.").findings if x.code in {"DD103", "DD104"}] == ["DD103"]
    assert [x.text for x in found(check, "DD104", "Het menu is à la carte.")] == ["à la carte"]


def test_native_word_in_eren_is_no_loan_verb(check):
    """'lederen' is cut 'lede' + 'ren' too, but 'ledeert' is no word: no loanword bar."""
    assert not found(check, "DD104", "Wij verkopen lederen tassen.")
    assert [x.text for x in found(check, "DD104", "Wij importeren de gegevens in ons systeem.")] == ["importeren"]


# --- fourteenth session, review of DD104 (hardfix14): an explanation must really say what the word means ---
def _hard(check, text, word):
    return [x for x in check(text).findings if x.code in {"DD103", "DD104"} and x.text.lower().endswith(word)]


@pytest.mark.parametrize("text, word", [
    # "Een X is een ..." that judges the thing: no definition (review 14, items 1 and 8)
    ("Een cessie is een groot risico. Wij doen een cessie van uw schuld aan een incassobureau.", "cessie"),
    ("Een subrogatie is een lastige zaak. U krijgt een subrogatie.", "subrogatie"),
    ("Een subrogatie is een flinke klus voor ons. Wij regelen de subrogatie.", "subrogatie"),
    ("Een cessie is een optie als u niet kunt betalen.", "cessie"),
    ("Een vordering is een probleem voor veel mensen.", "vordering"),
    ("Een aanmaning is een tweede brief.", "aanmaning"),
    ("Een indicatie is een voorwaarde voor deze zorg.", "indicatie"),
    # "noemen" as mention (items 2 and 8)
    ("Lees het artikel dat de cessie noemt. U moet de cessie tekenen.", "cessie"),
    ("In de brief die de subrogatie noemt, staat de datum. Wij regelen de subrogatie.", "subrogatie"),
    ("Alles wat de cessie noemt, is belangrijk. U moet de cessie tekenen.", "cessie"),
    ("In de brief van 3 maart werd de subrogatie genoemd. Wij regelen de subrogatie.", "subrogatie"),
    ("In de brief wordt subrogatie genoemd als reden voor het besluit. Wij regelen de subrogatie.", "subrogatie"),
    ("U kunt in uw brief ook wel de cessie noemen. U moet de cessie tekenen.", "cessie"),
    ("U noemt dat de subrogatie niet klopt. Wij vinden de subrogatie wel juist.", "subrogatie"),
    ("U noemt dat de beschikking niet klopt.", "beschikking"),
    # a question asks for a name (item 3)
    ("Wat heet subrogatie? Dat leggen wij niet uit.", "subrogatie"),
    ("Hoe heet u? Wat heet subrogatie eigenlijk? Wij doen een subrogatie.", "subrogatie"),
    ("Wat heet restitutie, als u niets terugkrijgt?", "restitutie"),
    ("Hier staat wat de wet restitutie noemt.", "restitutie"),
    # nothing described before the name (item 4)
    ("Dit heet cessie.", "cessie"),
    ("Hoe heet u? Dit heet subrogatie. Wij regelen de subrogatie.", "subrogatie"),
    ("Dit wordt ook wel subrogatie genoemd. Wij regelen de subrogatie.", "subrogatie"),
    ("Het bedrag wordt subrogatie genoemd.", "subrogatie"),
    ("Het heet dat de verrekening later komt.", "verrekening"),
    ("Wij noemen dat een verrekening, maar het is een boete.", "verrekening"),
    # a bracket in prose that explains another word or a date (items 12 and 13)
    ("Wij sturen u de cessie morgen (dat is dinsdag 3 mei). Teken de cessie en stuur hem terug.", "cessie"),
    ("U tekent voor subrogatie op 1 mei (dit is een dinsdag). Na de subrogatie betaalt u aan ons.", "subrogatie"),
    ("Uw cessie is getekend (dat wil zeggen: het is rond). De cessie geldt voor de hele schuld.", "cessie"),
    ("Cessie ingangsdatum: 1 mei (dit is de eerste dag)\n\nDe cessie geldt voor uw hele schuld.", "cessie"),
    # a bracket about a date or a time: a number in the shape of a date (read-through 14, item 2)
    ("Wij doen aan ‘subrogatie’ (dat is voor 14 mei). Bij subrogatie krijgt u niets.", "subrogatie"),
    ("Wij doen aan ‘subrogatie’ (dat wil zeggen: binnen 6 weken). Bij subrogatie krijgt u niets.", "subrogatie"),
    ("Wij doen aan ‘subrogatie’ (dat is op 3-5-2025). Bij subrogatie krijgt u niets.", "subrogatie"),
    ("Datum: 1 mei\nCessie: ja (dit is om 14:30 uur)\n\nDe cessie geldt voor alles.", "cessie"),
])
def test_word_with_no_real_explanation_stays_flagged(check, text, word):
    """Only an explanation that tells the reader what the word means counts, and it counts in
    the whole text: a judgement ("een groot risico"), a mention ("de brief die de cessie
    noemt"), a question ("Wat heet ...?"), a name with nothing described before it or a
    bracket about a date is none."""
    assert _hard(check, text, word)


@pytest.mark.parametrize("text, word", [
    ("Een beschikking is een besluit over uw aanvraag.", "beschikking"),
    ("Een cessie is een afspraak met een ander bedrijf. Wij doen een cessie van uw schuld.", "cessie"),
    ("Een cessie is een overdracht van een vordering.", "cessie"),
    ("U krijgt geld terug als u te veel heeft betaald. Dit heet restitutie.", "restitutie"),
    ("U betaalt het bedrag aan een ander. Dit wordt ook wel subrogatie genoemd.", "subrogatie"),
    ("Uw schuld gaat naar een ander bedrijf. Wij noemen dit een cessie. De cessie geldt voor alles.", "cessie"),
    ("Wij sturen u de cessie (dit is een afspraak over uw schuld). Teken de cessie.", "cessie"),
    ("Datum: 1 mei\nCessie: ja (dit is de overdracht van uw schuld)\n\nDe cessie geldt voor alles.", "cessie"),
    # a time word only as a whole word, a number only as a date: these explain (read-through 14, item 2)
    ("Wij doen aan ‘subrogatie’ (dat wil zeggen: de jaarlijkse terugvraag van het geld). Bij subrogatie krijgt u "
     "niets.", "subrogatie"),
    ("Wij doen aan ‘subrogatie’ (dat wil zeggen: een maandelijkse terugbetaling door de ander). Bij subrogatie "
     "krijgt u niets.", "subrogatie"),
    ("Wij doen aan ‘subrogatie’ (dit is 21 procent van het geld dat de ander terugvraagt). Bij subrogatie krijgt u "
     "niets.", "subrogatie"),
    ("Datum: 1 mei\nCessie: € 20 (dit is een maandelijks bedrag dat de bank terugvraagt)\n\nDe cessie geldt voor "
     "alles.", "cessie"),
])
def test_word_the_text_really_explains_is_not_flagged(check, text, word):
    assert not _hard(check, text, word)


@pytest.mark.parametrize("text, word", [
    ("Wij importeren de gegevens in ons systeem.", "importeren"),  # the splitter reads "importe" + "ren"
    ("De soldaten zijn in Duitsland gestationeerd.", "gestationeerd"),
])
def test_loan_verb_the_splitter_cuts_before_its_ending_keeps_the_loanword_bar(check, text, word):
    """A verb in "-eren" that says "-eert" is a loanword; "ren" or "eren" is no head of a
    compound verb, so the splitter's "importe" + "ren" does not make it a native compound."""
    assert [x for x in found(check, "DD104", text) if x.text == word]


@pytest.mark.parametrize("text", [
    "U kunt hier parkeren.",  # "parke" + "ren" too, but common in writing and speech
    "Wij controleren uw aanvraag.",
    "U kunt online reserveren.",
])
def test_common_loan_verb_cut_by_the_splitter_is_not_difficult(check, text):
    assert not found(check, "DD104", text)


# --- DD104, sixteenth session (dd104p16): forms of particle verbs -----------------------------
@pytest.mark.parametrize("text", [
    "De wedstrijd is gewoon doorgegaan.",  # "doorgaan": separable, though "gaan" has no "-en" rule
    "Het alarm is midden in de nacht afgegaan.",
    "De buurman die de sleutel teruggaf, is weg.",
    "Wij hebben het voorstel ingebracht in de vergadering.",  # "inbrengen"
])
def test_everyday_particle_verb_forms_are_no_hard_words(check, text):
    assert not found(check, "DD104", text)


@pytest.mark.parametrize("text, word", [
    ("Hoe het ongeluk zich heeft toegedragen, weten wij niet.", "toegedragen"),  # "toedragen" is rare
    ("Niemand weet wat zich daar toedroeg.", "toedroeg"),
    ("De werkzaamheden zijn vorige week aangevangen.", "aangevangen"),
])
def test_rare_particle_verb_forms_stay_hard(check, text, word):
    assert word in [f.text for f in found(check, "DD104", text)]


# --- DD104, sixteenth session (hardfix16): review of the strong particle-verb forms -------------
@pytest.mark.parametrize("text, word", [
    # "toedoen" owes its frequency to the noun ("door uw toedoen"): the fixed formal phrase stays hard
    ("Wij zijn de mening toegedaan dat uw bezwaar ongegrond is.", "toegedaan"),
    # "voorvallen", "onderwerpen", "treden" are also plurals of nouns: no frequency for the verb
    ("Wij weten niet precies wat er die avond voorviel.", "voorviel"),
    ("Toen de controleur de woning binnentrad, was niemand thuis.", "binnentrad"),
    # a participle in "-en" of a rare particle verb stays hard, read as its verb
    ("De stoep wordt opgebroken voor nieuwe leidingen.", "opgebroken"),
])
def test_particle_verb_form_with_a_noun_reading_or_rare_verb_stays_hard(check, text, word):
    assert word in [f.text for f in found(check, "DD104", text)]


@pytest.mark.parametrize("text", [
    # participles in "-en" and past plurals read like their singular ("afweek", "doorgaf", "doorstond")
    "Het college is van het beleid afgeweken.",
    "De bewoners die de gegevens doorgaven, kregen een brief.",
    "Wij weten dat de leerlingen die de toets doorstonden, blij waren.",
    # a verb whose forms are no noun keeps its whole frequency
    "Het geld dat u terugkreeg, staat op uw rekening.",
])
def test_particle_verb_plural_and_en_participle_read_as_the_verb(check, text):
    assert not found(check, "DD104", text)


@pytest.mark.parametrize("text", [
    # "treffen" is a strong verb too: "aantroffen" is "aantreffen", like "aangetroffen"
    "Omdat wij u niet thuis aantroffen, sturen wij u deze brief.",
])
def test_past_plural_of_treffen_with_its_particle_is_no_hard_word(check, text):
    assert not found(check, "DD104", text)


# --- eighteenth session (dd104p18, fix18c): things of daily life that print seldom names ---
@pytest.mark.parametrize("text, word", [
    ("Neem een bezem mee voor de schoonmaak van de straat.", "bezem"),
    ("Doe een pleister op de wond.", "pleister"),
    ("Zet de shampoo in de badkamer.", "shampoo"),
    ("De schommel in het park is weer heel.", "schommel"),
])
def test_thing_of_daily_life_that_speech_names_as_often_as_print_is_not_difficult(check, text, word):
    """Just under the bar in print, but said as often as written (SUBTLEX-NL): a concrete
    noun of daily life, not of written Dutch."""
    assert word not in _dd104_words(check, text)
    # the lower bar is a setting: without the margin these words are flagged
    assert word in _dd104_words(check, text, rules={"DD104": {"everyday_margin": 0.0}})


@pytest.mark.parametrize("text, word", [
    # as rare in print, but said much less: words of written Dutch
    ("Wij kijken naar de aansprakelijkheid van de huurder.", "aansprakelijkheid"),
    ("De intrekking van de vergunning gaat vandaag in.", "intrekking"),
    ("De schade aan uw auto is niet aantoonbaar.", "aantoonbaar"),
    # a Latin noun in "-tie" is learned Dutch, however often television says it
    ("Dat is een kwestie van perceptie.", "perceptie"),
    # a compound of plain parts with a term as its head: subtitles cannot count it
    ("Het restantbedrag blijft op uw rekening staan.", "restantbedrag"),
    # abstract nouns: subtitles (court and crime drama) say legal words as often as print
    ("De voogdij ligt bij de gemeente.", "voogdij"),
    ("In het contract staat een clausule over de huur.", "clausule"),
    ("De fiscus controleert uw aangifte.", "fiscus"),
    ("Door overmacht kon de bus niet rijden.", "overmacht"),
    ("Een uitzetting is de laatste stap.", "uitzetting"),
    ("Zonder bemoeienis van de gemeente gaat het niet.", "bemoeienis"),
    ("Het onvermogen van de huurder is duidelijk.", "onvermogen"),
    ("Wij hebben geen bedenkingen tegen uw plan.", "bedenkingen"),
    # Latin nouns the rule itself calls Latin (``latinate_noun``)
    ("Er is een geval van tuberculose op de school.", "tuberculose"),
    ("Er is een dispensatie voor de school.", "dispensatie"),  # ("consult": known by the word readings since the forty-second session)
    # adjectives: no lower bar for them
    ("Het besluit is nietig.", "nietig"),
    ("De rechter verklaart het besluit nietig.", "nietig"),
    ("Dat is een plechtig moment.", "plechtig"),
    ("Er is een heimelijke afspraak gemaakt.", "heimelijke"),
])
def test_word_of_written_dutch_near_the_bar_stays_difficult(check, text, word):
    assert word in _dd104_words(check, text)


@pytest.mark.parametrize("text, word", [
    ("Neem een bezem mee.", "bezem"),
    ("De voogdij ligt bij de gemeente.", "voogdij"),
])
def test_lower_bar_of_daily_life_follows_a_stricter_min_zipf(check, text, word):
    """An organisation that sets a stricter bar keeps these words flagged: the lower bar is
    a margin below ``min_zipf``, not a bar of its own."""
    assert word in _dd104_words(check, text, rules={"DD104": {"min_zipf": 3.8}})


def test_compound_of_parts_the_rule_passes_is_not_difficult_for_that_part(check):
    """A part the rule passes alone ("toelage" when it is known, "bezem") is known in a
    compound too; a part it flags alone is flagged in the compound ("energietoelage")."""
    assert _dd104_words(check, "U krijgt een toelage. Ook de energietoelage is voor u.") == ["toelage"]
    assert not _dd104_words(check, "Neem een bezem mee. De bezemsteel is kapot.")
    text = "U krijgt extra geld. Dit heet een toelage. Naast de energietoelage is er ook een woontoelage."
    assert _dd104_words(check, text) == []


# --- nineteenth session (dd104m19): a noun form that is also a verb's past ---
@pytest.mark.parametrize("text, word", [
    # "dreven" (lanes) is also the past of "drijven", "schoven" (sheaves) of "schuiven": the
    # counts of the form are mostly the verb's, so they cannot show that speech knows the noun
    ("Langs het bos lopen twee lange dreven met oude beuken.", "dreven"),
    ("Wandel door de dreven van het park.", "dreven"),
    ("Na de oogst stonden de schoven op het veld.", "schoven"),
])
def test_noun_that_is_also_a_past_tense_is_no_thing_of_daily_life_by_the_verbs_counts(check, text, word):
    assert word in _dd104_words(check, text)


@pytest.mark.parametrize("text, word", [
    # nouns of daily life none of whose forms is a verb's past keep the lower bar
    ("Hang de bezem aan de muur.", "bezem"),
    ("Plak een pleister op je knie.", "pleister"),
    ("De kinderen zitten op de schommel.", "schommel"),
])
def test_noun_of_daily_life_without_a_past_tense_form_keeps_the_lower_bar(check, text, word):
    assert word not in _dd104_words(check, text)


def test_verb_past_knows_strong_and_regular_pasts_and_no_plain_plurals():
    from duidelijk.rules.difficult_words import verb_past

    assert verb_past("dreven") and verb_past("dreef") and verb_past("schoof") and verb_past("sloten")
    # plain plurals: no past of any verb Dutch uses (the verb "planten" writes "plantte")
    assert not any(verb_past(w) for w in ("planten", "straten", "pleisters", "bezems", "kaarten", "tenten"))


# --- nineteenth session (fix19b): review fixes of the above ---
@pytest.mark.parametrize("text, word", [
    # a thing of daily life one of whose plurals is also a past ("spelden" of "spellen"):
    # its familiarity counts that form, so its own sum must too (the lower bar stays)
    ("Prik het papier vast met een speld.", "speld"),
    ("Hij draagt een speld op zijn jas.", "speld"),
    ("De spelden liggen in een doosje.", "spelden"),
    # "koorden" is no past: "koren" is mostly the plural of "koor", hardly a verb
    ("Hang de was aan een koord.", "koord"),
    ("De kinderen springen over het koord.", "koord"),
    ("De koorden van de tent zijn los.", "koorden"),
])
def test_noun_of_daily_life_with_a_form_that_is_also_a_past_keeps_the_lower_bar(check, text, word):
    assert word not in _dd104_words(check, text)


def test_verb_past_needs_a_verb_that_text_uses_not_a_noun_plural_of_the_same_spelling():
    from duidelijk.rules.difficult_words import verb_past, weak_verb_used

    # a weak verb whose participle text uses: its pasts are pasts
    assert verb_past("spelden") and weak_verb_used("spellen") and verb_past("beklaagde")
    # the infinitive's spelling is a noun's plural ("koren", "latten", "vlakken"), the verb
    # itself rare or none: no past; nor a made-up form ("kastten": "kasten" is no verb)
    assert not any(weak_verb_used(v) for v in ("koren", "latten", "vlakken", "kasten"))
    assert not any(verb_past(w) for w in ("koorden", "latte", "vlakte", "vlakten", "kastten"))


@pytest.mark.parametrize("noun", ["kast", "tent", "speld", "koord", "bezem", "hoed"])
def test_noun_forms_sum_to_the_lemma_sum(noun):
    """``everyday_word`` swaps the lemma's sum for the sum of ``noun_forms``: for a noun
    without a past among them the two are the same."""
    from duidelijk import dictionary
    from duidelijk.lexicon import zipf
    from duidelijk.rules.difficult_words import _sum_zipf, noun_forms

    assert _sum_zipf(noun_forms(noun, noun), zipf) == pytest.approx(dictionary.live_lemma_zipf(noun, "NOUN"), abs=1e-9)
