"""Twenty-fifth session (jargon25): DD103 on real municipal text. Own sentences, both ways."""

import pytest


def findings(check, text, code="DD103"):
    return [f for f in check(text, select=["DD103", "DD104"]).findings if f.code == code]


# the message of 'voldoen aan' (rules met), whatever its advice: "'voldoet aan' is ambtelijke
# taal." and one of the advice texts for who or what meets the rules (MEETING_ADVICE, or the
# list's own note for the reader called 'u')
RULES_MET = " aan' is ambtelijke taal. "


def rules_met(message: str) -> bool:
    from duidelijk.rules.jargon import CRITERIA_ADVICE, DUTY_ADVICE, MEETING_ADVICE
    if RULES_MET not in message:
        return False
    advice = message.split(RULES_MET, 1)[1]
    # fix42c: a duty met ("aan uw informatieplicht") or criteria met have examples of their own
    known = {*MEETING_ADVICE.values(), *DUTY_ADVICE.values(), *CRITERIA_ADVICE.values()}
    return advice in known or "'u houdt zich aan de regels'" in advice


def found(check, text, code="DD103"):
    return [f.text for f in findings(check, text, code)]


# --- a particle verb whose particle is only a preposition before its own noun ---------------

@pytest.mark.parametrize("text", [
    "Volgt een of meer van deze personen op dit moment onderwijs?",
    "Volgt uw kind op dit moment een opleiding?",
    "Volgt u op school een cursus Nederlands?",
])
def test_preposition_is_no_particle_of_a_listed_verb(check, text):
    assert not [w for w in found(check, text) if w.lower() in {"volgt", "handelt"}], (text, found(check, text))


@pytest.mark.parametrize("text", [
    "Volgt u de instructies op?",
    "Volgt u de instructies op de website op?",
    "Wij vragen u de instructies op te volgen.",
    "Wij handelen uw klacht binnen zes weken af.",
])
def test_particle_verb_with_its_particle_keeps_its_finding(check, text):
    assert [w for w in found(check, text) if w.lower().startswith(("volg", "handel", "op te"))], text


# --- 'voldoen aan' (de voorwaarden, de eisen, de regels) -----------------------------------

@pytest.mark.parametrize("text", [
    "Hiermee hebt u voldaan aan uw informatieplicht.",
    "Als u niet aan de eisen voldoet, krijgt u geen subsidie.",
    "Uw aanvraag voldoet aan alle regels.",
    "U moet voldoen aan de voorwaarden.",
])
def test_voldoen_aan_is_officialese_with_advice_and_no_replacement(check, text):
    hits = [f for f in findings(check, text) if "vold" in f.text.lower()]
    assert len(hits) == 1, (text, found(check, text))
    assert "aan" in hits[0].text.lower().split()
    assert hits[0].suggestions == []
    assert "betalen" not in hits[0].message
    assert "is ambtelijke taal. Schrijf " in hits[0].message  # its advice per subject: tests/test_jargon26.py


@pytest.mark.parametrize("text", [
    "U moet het bedrag binnen zes weken voldoen.",
    "U kunt de rekening voldoen via de website.",
])
def test_voldoen_as_paying_still_says_betalen(check, text):
    hits = [f for f in findings(check, text) if "vold" in f.text.lower()]
    assert hits and hits[0].suggestions[:1] == ["betalen"], (text, found(check, text))


def test_voldoen_with_an_object_before_aan_is_paying_not_complying(check):
    text = "U kunt het bedrag voldoen aan de balie."
    assert not [f for f in findings(check, text) if "aan" in f.text.lower().split()], found(check, text)


# --- "<preposition> het + infinitive + van" that opens the sentence -------------------------

@pytest.mark.parametrize("text, span, opener", [
    ("Voor het aanvragen van een paspoort heeft u een foto nodig.", "Voor het aanvragen van", "'Om' of 'Voordat'"),
    ("Bij het aanvragen van een paspoort moet u zelf komen.", "Bij het aanvragen van", "'Als'"),
    ("Aan het instellen van beroep zijn kosten verbonden.", "Aan het instellen van", "'Als'"),
    ("Tijdens het invullen van het formulier kunt u stoppen.", "Tijdens het invullen van", "'Terwijl'"),
])
def test_fronted_nominal_infinitive_is_found(check, text, span, opener):
    hits = [f for f in findings(check, text) if f.text == span]
    assert len(hits) == 1, (text, found(check, text))
    assert hits[0].suggestions == [] and opener in hits[0].message
    assert hits[0].category == "nominalisation"


@pytest.mark.parametrize("text", [
    "U heeft voor het aanvragen van een paspoort een foto nodig.",   # after the verb: ordinary Dutch
    "Wij helpen u bij het invullen van het formulier.",
    "Er ging iets mis bij het opvragen van de gegevens.",
    "Voor het aanvragen van een paspoort",                         # a heading: no clause follows
    "Voor het leven van uw kind is dit belangrijk.",                # a noun of its own
    "De kosten voor het aanvragen van een pas zijn 20 euro.",       # says which costs
])
def test_het_van_elsewhere_is_not_found_as_fronted(check, text):
    assert not [w for w in found(check, text) if w.lower().endswith(" van") and w.lower().split()[0] != "het"], \
        (text, found(check, text))


def test_negated_voldoen_aan_does_not_advise_the_verb_the_list_flags(check):
    hits = findings(check, "Het niet voldoen aan de verplichtingen kan leiden tot een boete.")
    negated = [f for f in hits if f.text == "Het niet voldoen"]
    assert negated and "werkwoord 'voldoen'" not in negated[0].message
    assert [f for f in hits if f.text == "voldoen aan"]
    # a verb the list does not flag keeps its advice
    other = [f for f in findings(check, "Het niet reageren op deze brief heeft gevolgen.") if f.text == "Het niet reageren"]
    assert other and "werkwoord 'reageren'" in other[0].message


# --- 'deze' whose noun stands in the sentence just before: a softer message ----------------

@pytest.mark.parametrize("text", [
    "Hoort uw klacht niet bij ons thuis? Dan proberen wij deze door te sturen.",
    "Dan heeft u ook een ontheffing nodig. Deze kunt u aanvragen met hetzelfde formulier.",
])
def test_deze_with_its_noun_just_before_says_so(check, text):
    hits = [f for f in findings(check, text) if f.text.lower() == "deze"]
    assert len(hits) == 1, (text, found(check, text))
    assert "de zin ervoor" in hits[0].message and "moet zoeken" not in hits[0].message


@pytest.mark.parametrize("text", [
    "Wij hebben een brief gestuurd.\n\nDeze is nog niet compleet.",      # another paragraph
    "Wij sturen u een formulier. U kunt het invullen en terugsturen. Deze moet u wel ondertekenen.",  # further back
])
def test_deze_further_back_keeps_the_search_message(check, text):
    hits = [f for f in findings(check, text) if f.text.lower() == "deze"]
    assert len(hits) == 1, (text, found(check, text))
    assert "moet zoeken" in hits[0].message


# --- a status step (a participle alone on its line) is about the reader's request ----------

@pytest.mark.parametrize("text, word", [
    ("Ontvangen\nIn behandeling\nAfgehandeld\nU krijgt binnenkort een brief.", "Afgehandeld"),
    ("Status van uw aanvraag:\nIngetrokken\nU hoeft niets te doen.", "Ingetrokken"),
    ("Afgesloten zaken\nIngetrokken na controle\nNiet compleet", "Ingetrokken"),
    ("Aanvraag wijziging - Afgehandeld\nUw aanvraag is klaar.", "Afgehandeld"),
    ("Status: Afgehandeld", "Afgehandeld"),
])
def test_status_step_gets_no_replacement_of_another_sense(check, text, word):
    hits = [f for f in findings(check, text) if f.text == word]
    assert len(hits) == 1, (text, found(check, text))
    assert hits[0].suggestions == []


@pytest.mark.parametrize("text, word, first", [
    ("Wij hebben het probleem afgehandeld.", "afgehandeld", "geregeld"),
    ("Het probleem is afgehandeld door de gemeente.", "afgehandeld", "geregeld"),  # a sentence
])
def test_participle_in_a_sentence_keeps_its_replacement(check, text, word, first):
    hits = [f for f in findings(check, text) if f.text == word]
    assert hits and hits[0].suggestions[:1] == [first], (text, found(check, text))


# --- a term explained earlier in the same text is not flagged again further on --------------

def test_term_explained_earlier_in_the_text_is_not_found_again(check):
    text = ("Meld dieren in de openbare ruimte, zoals een park of straat.\n"
            "Dode dieren in de openbare ruimte kunt u melden bij de Dierenambulance.")
    assert not [w for w in found(check, text) if w.lower() == "openbare ruimte"], found(check, text)


def test_term_explained_only_later_is_still_found_before(check):
    text = ("Dode dieren in de openbare ruimte kunt u melden bij de Dierenambulance.\n"
            "Meld dieren in de openbare ruimte, zoals een park of straat.")
    assert [w for w in found(check, text) if w.lower() == "openbare ruimte"] == ["openbare ruimte"]
    # an unexplained term in another text keeps its finding
    assert "openbare ruimte" in [w.lower() for w in found(check, "Dode dieren in de openbare ruimte kunt u melden.")]


# --- the act that makes a legal status ('partnerschap registreren') is its name ---------------

@pytest.mark.parametrize("text", [
    "Trouwen of partnerschap registreren in Utrecht",
    "Wilt u uw partnerschap laten registreren?",
    "Wij registreren uw partnerschap niet als u geen paspoort heeft.",
])
def test_registering_a_partnership_is_the_legal_act(check, text):
    assert not [w for w in found(check, text) if w.lower() == "registreren"], (text, found(check, text))


@pytest.mark.parametrize("text", [
    "Wij registreren uw gegevens.",
    "U kunt uw partner registreren als medebewoner.",   # a person, no status made
])
def test_registering_other_things_keeps_its_finding(check, text):
    assert [w for w in found(check, text) if w.lower() == "registreren"], text


# --- fix25b: review rev25b, bugs 1-4 -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "De rekening kunt u voldoen aan de kassa.",
    "Het bedrag voldoet u aan de balie.",
    "Welk bedrag moet u voldoen aan de gemeente?",
    "Het bedrag dat u moet voldoen aan de gemeente, staat in de brief.",
    "U heeft niet voldaan aan uw betalingsverplichting.",
    "Het bedrag moet worden voldaan aan de kassa.",
])
def test_voldoen_aan_with_money_paid_is_betalen_not_rules_met(check, text):
    hits = [f for f in findings(check, text) if "vold" in f.text.lower()]
    assert not [f for f in hits if rules_met(f.message)], (text, found(check, text))
    assert hits and hits[0].suggestions[:1] in (["betalen"], ["betaalt"], ["betaald"]), (text, found(check, text))


@pytest.mark.parametrize("text", [
    "Uw bijdrage voldoet niet aan de voorwaarden.",     # the money word is what meets the rules
    "De betaling moet voldoen aan de eisen.",
    "Als u niet aan de voorwaarden voldoet, moet u het bedrag terugbetalen.",  # money elsewhere
    "Hiermee hebt u voldaan aan uw informatieplicht.",  # an obligation, not to pay
])
def test_voldoen_aan_with_money_elsewhere_is_still_rules_met(check, text):
    hits = [f for f in findings(check, text) if "vold" in f.text.lower()]
    assert len(hits) == 1 and rules_met(hits[0].message), (text, found(check, text))
    assert "betalen" not in hits[0].suggestions


@pytest.mark.parametrize("text, span, opener", [
    ("Tot het ontvangen van de beschikking hoeft u niets te doen.", "Tot het ontvangen van", "'Totdat'"),
    ("Sinds het invoeren van de nieuwe regels krijgen wij meer vragen.", "Sinds het invoeren van", "'Sinds'"),
    ("Vanwege het verbouwen van het stadhuis zijn wij verhuisd.", "Vanwege het verbouwen van", "'Omdat'"),
    ("Ondanks het versturen van een herinnering heeft u niet betaald.", "Ondanks het versturen van", "'Hoewel'"),
    ("Na het ontvangen van uw aanvraag sturen wij u een bevestiging.", "Na het ontvangen van", "'Nadat'"),
    ("Bij het aanvragen van een paspoort moet u zelf komen.", "Bij het aanvragen van", "'Als' of 'Wanneer'"),
])
def test_fronted_opener_fits_the_preposition(check, text, span, opener):
    hits = [f for f in findings(check, text) if f.text == span]
    assert len(hits) == 1, (text, found(check, text))
    assert f"Begin bijvoorbeeld met {opener}." in hits[0].message
    if opener != "'Als' of 'Wanneer'":
        assert "'Als'" not in hits[0].message


def test_fronted_without_a_one_word_opener_gives_the_advice_without_one(check):
    text = "Zonder het betalen van de rekening krijgt u geen paspoort."
    hits = [f for f in findings(check, text) if f.text == "Zonder het betalen van"]
    assert len(hits) == 1, found(check, text)
    assert "werkwoord 'betalen'" in hits[0].message and "Begin bijvoorbeeld" not in hits[0].message


@pytest.mark.parametrize("text", [
    "Over het aanvragen van een paspoort leest u meer op onze website.",   # a topic
    "Op het aanvragen van een paspoort gaan wij hieronder in.",
])
def test_fronted_topic_preposition_is_not_found(check, text):
    assert not [w for w in found(check, text) if w.lower().endswith(" van")], (text, found(check, text))


@pytest.mark.parametrize("text, word, first", [
    ("Status vergunning: Ingetrokken", "Ingetrokken", "Teruggedraaid"),
    ("Vergunning - Ingetrokken", "Ingetrokken", "Teruggedraaid"),
    ("Status vergunning:\nIngetrokken", "Ingetrokken", "Teruggedraaid"),
    ("Ingetrokken door de gemeente op 3 maart", "Ingetrokken", "Teruggedraaid"),
    ("De vergunning is ingetrokken.\nIngetrokken na controle door de inspecteur", "Ingetrokken", "Teruggedraaid"),
    ("Toegekend: 250 euro bijzondere bijstand", "Toegekend", "Gegeven"),
])
def test_status_line_about_another_thing_keeps_its_replacement(check, text, word, first):
    hits = [f for f in findings(check, text) if f.text == word]
    assert hits and hits[0].suggestions[:1] == [first], (text, found(check, text))


@pytest.mark.parametrize("text, word", [
    ("Uw aanvraag - Toegewezen", "Toegewezen"),
    ("Status: Toegekend", "Toegekend"),
    ("Ingetrokken door aanvrager", "Ingetrokken"),
    ("Afgehandeld op 3 maart 2026", "Afgehandeld"),
    ("Zaak 1234 - Afgehandeld", "Afgehandeld"),
])
def test_status_line_about_the_request_stays_a_step(check, text, word):
    hits = [f for f in findings(check, text) if f.text == word]
    assert len(hits) == 1 and hits[0].suggestions == [], (text, found(check, text))


@pytest.mark.parametrize("text", [
    "Voldoet u aan de voorwaarden?",
    "Voldoet uw aanvraag niet aan de voorwaarden, dan wijzen wij deze af.",
    "Voldoet het gebouw aan de regels?",      # the parse calls the subject an object
    "Voldoe je aan de eisen?",
])
def test_voldoen_aan_at_the_start_of_a_sentence_is_found(check, text):
    hits = [f for f in findings(check, text) if f.text.lower().startswith("vold")]
    assert len(hits) == 1 and rules_met(hits[0].message), (text, found(check, text))


def test_short_verb_at_the_start_gets_its_infinitive_only_when_it_is_one():
    from duidelijk.phrases import _short_compound_verb

    assert _short_compound_verb("voldoet") == {"voldoen"}
    assert _short_compound_verb("voldoe") == {"voldoen"}
    assert _short_compound_verb("ontstaat") == {"ontstaan"}
    assert _short_compound_verb("doet") == set()       # the short verb itself: its own lemma
    assert _short_compound_verb("rapport") == set()    # no short verb at its end
    assert _short_compound_verb("toestand") == set()
