"""fix23c: the bugs of review rev23b in DD102 (passive), DD109 (negation) and DD115/DD116
(paragraphs). The reviewer's sentences and own variants, both ways: the finding that the
session's rules hid is back, and what those rules meant to leave out stays out."""
import pytest

from conftest import codes


def _found(check, code, text):
    return codes(check(text, select=code), code)


def _passives(check, text):
    return [f.text for f in _found(check, "DD102", text)]


def _suggestions(check, text):
    return [s for f in _found(check, "DD102", text) for s in f.suggestions]


# --- DD102: a grade or "automatisch" makes a state only of damage, not of a decision ---------

@pytest.mark.parametrize("text", [
    "De tarieven zijn flink verhoogd.",
    "Uw uitkering is flink verlaagd omdat uw inkomen is gestegen.",
    "De afvalstoffenheffing is dit jaar licht verhoogd.",
    "U bent ernstig gewaarschuwd.",
    "Het bord is zichtbaar geplaatst bij de ingang.",
    "Uw aanvraag is automatisch afgewezen.",
    "Uw toeslag is automatisch stopgezet.",  # own variant
    "De huur is flink verhoogd.",  # own variant
])
def test_graded_change_or_decision_is_still_a_passive(check, text):
    assert _passives(check, text)


@pytest.mark.parametrize("text", [
    "Het hek is zwaar beschadigd.",
    "Hij is licht gewond.",
    "De auto is zichtbaar beschadigd.",
    "De grond is flink vervuild.",
    "Het dak is ernstig aangetast.",
    "Deze pagina is automatisch bewaard.",
    "Het licht is vanzelf uitgeschakeld.",
])
def test_graded_damage_or_a_thing_by_itself_is_a_state(check, text):
    assert not _passives(check, text)


# --- DD102: 'er'-passives under a verb of thinking: the reader, or the writer who suspects ------

@pytest.mark.parametrize("text", [
    "Wij denken dat er volgend jaar meer geld wordt uitgetrokken voor het onderhoud van de wegen.",
    "Wij vrezen dat er in de zomer minder vaak wordt geveegd.",
    "Wij merken dat er te weinig wordt gecontroleerd op parkeren.",
    "Wij zien dat er nog geen bezwaar is ingediend.",
    "Ziet u dat er een fout is gemaakt in uw aanslag?",
    "Ik denk dat er volgend jaar meer wordt gebouwd.",  # own variant: the writer
])
def test_writers_own_acts_and_zijn_passives_under_thinking_stay(check, text):
    assert _passives(check, text)


@pytest.mark.parametrize("text", [
    "Denkt u dat er drugs worden verkocht?",
    "Ziet u dat er afval wordt gestort?",
    "Wij vermoeden dat er in de woning wordt gerookt.",
    "Hoort u dat er 's nachts wordt gefeest?",  # own variant
    "Nee, ik denk niet dat er hier wordt gedeald",  # the reader's answer on a form
    "Ziet u afval op straat?\n- Ja, ik zie dat er afval wordt gestort\n- Nee",  # an answer as a list item
    "Ik denk dat er iets is misgegaan.",  # "misgaan" takes "zijn": a perfect tense
    "Er is iets misgegaan.",
])
def test_what_unknown_people_do_as_the_reader_notices_it_is_no_finding(check, text):
    assert not _passives(check, text)


# --- DD102: the reader's own act, not one the reader asked for -------------------------------

@pytest.mark.parametrize("text", [
    "U heeft ons gevraagd uw aanslag te verminderen. Uw aanslag is verminderd.",
    "U vroeg ons uw aanvraag te beoordelen. Uw aanvraag is beoordeeld.",
    "U wilt uw vergunning verlengen. Uw vergunning is verlengd tot 1 mei.",
    "U heeft ons gevraagd uw afspraak te annuleren. Uw afspraak is geannuleerd.",  # own: we cancel
    "Wij annuleren je afspraak als je niet komt. Je afspraak is geannuleerd.",  # own: we cancel
])
def test_an_act_the_reader_asked_for_stays(check, text):
    assert _passives(check, text)


@pytest.mark.parametrize("text", [
    "Wilt u uw aanvraag intrekken? Uw aanvraag is ingetrokken.",
    "Je staat op het punt je afspraak op maandag om 10 uur te annuleren. Je afspraak is geannuleerd",
    "U wilt uw abonnement opzeggen. Uw abonnement is opgezegd.",  # own variant
    "Je staat op het punt je afspraak te annuleren. Je afspraak is geannuleerd.",  # 'Je' parsed as a subject
    "Je staat op het punt je afspraak op maandag te annuleren. Je afspraak is geannuleerd.",
])
def test_the_readers_own_act_is_no_finding(check, text):
    assert not _passives(check, text)


# --- DD102 rewrite: a separable verb splits with a singular doer too ------------------------

@pytest.mark.parametrize("text, rewrite", [
    ("De kosten worden door de gemeente terugbetaald.", "De gemeente betaalt de kosten terug."),
    ("De uitkering wordt door het UWV uitbetaald.", "Het UWV betaalt de uitkering uit."),
    ("Het plan wordt door de raad voorbereid.", "De raad bereidt het plan voor."),
    ("Het geld wordt door ons voorgeschoten.", "Wij schieten het geld voor."),
    ("De kosten worden door de verhuurders terugbetaald.", "De verhuurders betalen de kosten terug."),
    ("Het formulier wordt door de gemeente gecontroleerd.", "De gemeente controleert het formulier."),
])
def test_rewrite_splits_a_separable_verb(check, text, rewrite):
    assert _suggestions(check, text) == [rewrite]


def test_split_verb():
    from duidelijk.rules.passive import _split_verb

    assert _split_verb("voorgeschoten", "voorschoten") == ("voor", "schieten")  # the lemma was a town
    assert _split_verb("uitbetaald", "uitbetalen") == ("uit", "betalen")
    assert _split_verb("gecontroleerd", "controleren") == ("", "controleren")
    assert _split_verb("ondersteund", "ondersteunen") == ("", "ondersteunen")


# --- DD109: 'nalaten' of an inheritance; finite forms the tagger does not lemmatise ----------

@pytest.mark.parametrize("text", [
    "Een huurwoning kunt u niet nalaten aan uw kinderen.",
    "Uw spaargeld kunt u niet zomaar nalaten aan uw buren.",
    "Hij heeft zijn huis niet nagelaten aan zijn kinderen.",
])
def test_nalaten_of_an_inheritance_is_no_double_negation(check, text):
    assert not _found(check, "DD109", text)


@pytest.mark.parametrize("text, word", [
    ("Wij zullen niet nalaten u te informeren.", "nalaten"),
    ("De gemeente sluit niet uit dat het plan niet doorgaat.", "uitsluiten"),
    ("Wij sluiten niet uit dat het plan niet doorgaat.", "uitsluiten"),
    ("Ik ontken niet dat er fouten zijn gemaakt.", "ontken"),
])
def test_negative_verb_with_niet_is_found(check, text, word):
    found = _found(check, "DD109", text)
    assert found and f"'{word}'" in found[0].message


# --- DD115: a letter with a line break after every two sentences ------------------------------
# fix23c (review rev23b bug 5) read it as one lap of text; fix43a reads each line, ended where the
# writer pressed Enter and not wrapped at a width, as a paragraph of its own (a blind judge)

LETTER = "\n".join([
    "Wij hebben uw aanvraag voor bijzondere bijstand op 3 maart ontvangen. Wij hebben uw aanvraag bekeken en wij hebben ook gekeken naar uw inkomen en uw vaste lasten van de afgelopen maanden.",
    "Uit de gegevens blijkt dat uw inkomen hoger is dan de grens die voor deze regeling geldt. Daarom kunnen wij u helaas geen bijzondere bijstand geven voor de kosten van de wasmachine.",
    "Wij weten dat dit voor u een teleurstelling is. U kunt wel een lening aanvragen bij de Kredietbank, want daar gelden andere regels en een andere grens voor het inkomen.",
    "Bent u het niet eens met ons besluit? Dan kunt u binnen zes weken bezwaar maken. Dat doet u met een brief aan het college, of met het formulier op onze website.",
    "Heeft u nog vragen over deze brief of over de lening? Bel dan met uw klantmanager. U vindt het nummer bovenaan deze brief, naast de datum en het kenmerk van de brief.",
])


def test_letter_with_two_sentences_per_line_is_paragraphs_of_their_own(check):
    assert not _found(check, "DD115", LETTER)
    # the same letter wrapped at 70 characters is one paragraph
    import textwrap

    assert _found(check, "DD115", textwrap.fill(LETTER.replace("\n", " "), 70))


def test_notices_under_a_form_question_stay_apart(check):
    notices = "\n".join(["Wat is er aan de hand?", "- De container is vol", "- Er ligt afval naast"]
                        + LETTER.split("\n"))
    assert not _found(check, "DD115", notices)


# --- DD115/DD116: a sentence without its full stop is no title --------------------------------

LONG_LINES = [
    "Wij hebben uw aanvraag voor bijzondere bijstand voor de kosten van een nieuwe wasmachine op 3 maart van dit jaar ontvangen.",
    "Wij hebben uw aanvraag goed bekeken en wij hebben daarbij ook gekeken naar uw inkomen en naar uw vaste lasten.",
    "Uit de gegevens die u ons heeft gestuurd, blijkt dat uw inkomen hoger is dan de grens die voor deze regeling geldt.",
    "Wij weten dat dit voor u een grote teleurstelling is",
    "U kunt wel een lening aanvragen bij de Kredietbank, want daar gelden andere regels en een andere grens voor het inkomen.",
    "Bent u het niet eens met ons besluit, dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college.",
]


def test_a_sentence_without_its_full_stop_is_a_line_of_its_own(check):
    # one sentence per line, not wrapped at a width: each line a paragraph (fix43a), also the
    # line without its full stop; the same lines wrapped at 72 characters are one paragraph
    import textwrap

    assert not _found(check, "DD115", "\n".join(LONG_LINES))
    assert _found(check, "DD115", textwrap.fill(" ".join(LONG_LINES), 72))


def test_heading_line_is_no_sentence():
    from duidelijk.rules.paragraphs import heading_line

    assert not heading_line("Wij weten dat dit voor u een grote teleurstelling is", "U kunt bellen.")
    assert not heading_line("Dit geldt ook voor uw partner", "Bent u het niet eens?")
    assert not heading_line("U heeft nodig", "- uw paspoort")
    # titles stay titles
    assert heading_line("Wat hebt u nodig", "U hebt uw DigiD nodig.")
    assert heading_line("Wachtlijst", "In sommige straten is een wachtlijst.")
    assert heading_line("U verhuist naar het buitenland", "U geeft uw vertrek door.")
    assert heading_line("Het verslag van de raad", "De raad vergaderde op 1 mei.")
    assert heading_line("Uw kinderen verhuizen mee", "U geeft dit tegelijk door.")


def test_lead_in_without_colon_is_no_heading_for_dd116(check):
    body = [
        "Wij hebben uw aanvraag voor bijzondere bijstand voor de kosten van een nieuwe wasmachine op 3 maart van dit jaar ontvangen.",
        "Uit de gegevens die u ons heeft gestuurd, blijkt dat uw inkomen hoger is dan de grens die voor deze regeling geldt.",
        "Daarom kunnen wij u helaas geen bijzondere bijstand geven voor de kosten van de wasmachine die u heeft gekocht.",
        "U kunt wel een lening aanvragen bij de Kredietbank. Daar gelden andere regels en een andere grens voor het inkomen.",
    ] * 3
    text = "\n\n".join(body[:4]) + "\n\nU heeft nodig\n- uw paspoort\n- uw loonstrook\n\n" + "\n\n".join(body[4:])
    assert len(text.split()) > 250
    assert _found(check, "DD116", text)


# --- DD110: a quoted label inside a sentence keeps its capital in the suggestion --------------

@pytest.mark.parametrize("text, word", [
    ("Je kunt je gegevens aanpassen. Klik daarna op de knop 'Uw gegevens opslaan'. Je krijgt dan een mail.", "Je"),
    ('Je kunt je gegevens aanpassen. Je ziet dan "U bent klaar" op het scherm. Je krijgt ook een mail.', "Je"),
])
def test_quoted_label_keeps_its_capital(check, text, word):
    found = _found(check, "DD110", text)
    assert found and found[0].suggestions == [word]


def test_old_polite_capital_inside_a_sentence_gets_none(check):
    found = _found(check, "DD110", "Je kunt het formulier invullen. Wij danken U voor je hulp. Je hoort snel van ons.")
    assert found and found[0].suggestions == ["je"]


# --- DD102: 'is als bijlage ... gevoegd' with the participle hung under the phrase ------------

@pytest.mark.parametrize("text", [
    "Het verslag is als bijlage bij deze brief gevoegd.",
    "De kaart is als bijlage bij deze brief bijgevoegd.",
])
def test_als_phrase_passive_found_either_parse(check, text):
    assert _passives(check, text)


@pytest.mark.parametrize("text", [
    "Hij is als kind naar Nederland gekomen.",  # 'komen' takes 'zijn'
    "Het huis is als woning bij de gemeente bekend.",
])
def test_als_phrase_without_passive_stays_free(check, text):
    assert not _passives(check, text)
