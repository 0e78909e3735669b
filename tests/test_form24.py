"""Form and screen text (form24): screens of separate labels and messages, questions as titles,
names built from a placeholder, and two main clauses joined by ";". Own sentences, both ways:
the wrong finding gone, the real one of the same kind kept."""
from conftest import codes


def _found(check, code, text):
    return codes(check(text, select=code), code)


# --- DD115: a screen of labels, help lines and error messages in small letters ----------------

SCREEN = "\n".join([
    "Mijn afspraken",
    "Op deze pagina ziet u de afspraken die u bij de gemeente heeft gemaakt en hoe u ze kunt wijzigen.",
    "Afspraak maken",
    "Wilt u een nieuwe afspraak maken voor een paspoort of een rijbewijs? Kies dan eerst de dienst en daarna een dag en een tijd.",
    "Kies een dienst",
    "kies een dag in de komende vier weken",
    "een tijd kiezen kan pas als u een dag heeft gekozen",
    "Afspraak wijzigen",
    "Kunt u niet komen op de dag van uw afspraak? Dan kunt u de afspraak hier verzetten naar een andere dag. Dat kan tot een dag van tevoren.",
    "Afspraak afzeggen",
    "Heeft u de afspraak niet meer nodig? Zeg hem dan af. Dan kan iemand anders die tijd gebruiken.",
    "Herinnering",
    "Wij sturen u een dag van tevoren een bericht met de tijd en het adres van de balie.",
    "Uw telefoonnummer",
    "vul een telefoonnummer van 10 cijfers in",
    "Opslaan",
])


def test_error_messages_in_small_letters_do_not_glue_a_screen_into_one_paragraph(check):
    assert len(SCREEN.split()) > 80
    assert not _found(check, "DD115", SCREEN)


# hard-wrapped prose: lines of about the same width, sentences that run on over the breaks
WRAPPED = "\n".join([
    "Wij hebben uw aanvraag voor een vergunning om een dakkapel te bouwen op 3 maart",
    "ontvangen en goed bekeken. U wilt de dakkapel bouwen aan de voorkant van uw huis,",
    "aan de kant van de straat. Dat mag volgens het bestemmingsplan alleen als de",
    "dakkapel niet breder is dan de helft van het dak en niet hoger dan anderhalve",
    "meter. Uw tekening laat een dakkapel zien die breder is dan de helft van het dak.",
    "Daarom kunnen wij de vergunning nu niet geven. U kunt de tekening aanpassen en",
    "opnieuw naar ons sturen. Dan kijken wij er nog een keer naar en krijgt u binnen",
    "acht weken een nieuw besluit van ons.",
])


def test_hard_wrapped_prose_is_still_one_long_paragraph(check):
    assert len(WRAPPED.split()) > 80
    assert _found(check, "DD115", WRAPPED)


# --- DD115: a question for information as the title of the lines under it --------------------

QUESTIONS = "\n".join([
    "Met een bezoekersvergunning kan uw bezoek in uw straat parkeren voor een lager bedrag per uur.",
    "U kunt de vergunning in de app aanzetten als uw bezoek komt en weer uitzetten als het gaat.",
    "Wat kost het?",
    "Een uur parkeren kost met de vergunning 50 cent, zonder de vergunning betaalt uw bezoek 4 euro.",
    "Het bedrag halen wij aan het eind van elke maand in één keer van uw rekening af.",
    "Hoe vraag ik de vergunning aan?",
    "U vraagt de vergunning aan met uw DigiD op de website van de gemeente onder het kopje parkeren.",
    "Binnen een week na uw aanvraag krijgt u een bericht en kunt u de vergunning gaan gebruiken.",
])


def test_a_question_with_a_question_word_titles_the_lines_under_it(check):
    """One sentence per line: the questions for information cut the lines into paragraphs."""
    assert len(QUESTIONS.split()) > 80
    assert not _found(check, "DD115", QUESTIONS)


def test_a_question_with_its_verb_first_on_its_own_line(check):
    """'Heeft u vaak bezoek?' above its answer, one sentence per line: form24 read it as a
    condition that runs on, one paragraph with the lines around it; fix43a reads each line not
    wrapped at a width as a paragraph of its own. Wrapped at 72 characters it is one paragraph."""
    import textwrap

    text = QUESTIONS.replace("Wat kost het?", "Heeft u vaak bezoek?").replace(
        "Hoe vraag ik de vergunning aan?", "Wilt u de vergunning?")
    assert not _found(check, "DD115", text)
    assert _found(check, "DD115", textwrap.fill(text.replace("\n", " "), 72))


# --- DD112: letters glued to a placeholder make a name ---------------------------------------

def test_capitals_glued_to_a_placeholder_are_a_name(check):
    text = "Vraag uw {gemeente}ID aan bij de balie. Met uw {gemeente}ID kunt u inloggen op de website."
    assert not _found(check, "DD112", text)


def test_the_same_capitals_without_a_placeholder_are_still_asked_about(check):
    assert _found(check, "DD112", "Vraag uw GRZID aan bij de balie. Met uw GRZID kunt u inloggen op de website.")
    # an abbreviation elsewhere in a text with placeholders keeps its finding
    assert _found(check, "DD112", "Vraag uw {gemeente}ID aan bij de balie. Daarna controleert de RDW uw gegevens.")


# --- DD101: two main clauses joined by ";" ---------------------------------------------------

def test_a_semicolon_between_two_main_clauses_is_a_place_to_split(check):
    """20 words: a tip only where two main clauses meet; the parse hangs the ";" on the first."""
    for text in ["Mijn Loket staat voor uw eigen pagina; het is een plek waarmee de gemeente u op internet "
                 "berichten kan sturen.",
                 "De pas staat op uw naam; het is een bewijs waarmee de balie van de gemeente uw leeftijd kan zien."]:
        found = _found(check, "DD101", text)
        assert found and "puntkomma" in found[0].message


def test_no_tip_without_a_second_main_clause(check):
    # the same words joined by "en": one subject, no second sentence
    assert not _found(check, "DD101", "De pas staat op uw naam en is een bewijs waarmee de balie van de gemeente "
                                      "uw leeftijd kan zien.")
    # a ";" between the things of a list, no clause after it
    assert not _found(check, "DD101", "U hebt voor de aanvraag nodig: uw paspoort of uw identiteitskaart; een "
                                      "pasfoto en een bewijs van uw adres.")


# --- DD103: 'registreren' without an object is signing up ------------------------------------

def test_registreren_without_an_object_is_making_an_account(check):
    for text in ["Registreren of inloggen met uw e-mailadres",
                 "Je hoeft je hiervoor niet apart te registreren.",
                 "Registreer je hier met je e-mailadres.",
                 "U kunt zich hier registreren voor de nieuwsbrief."]:
        assert not [f for f in _found(check, "DD103", text) if "registr" in f.text.lower()], text


def test_registreren_of_a_thing_is_still_officialese(check):
    for text in ["Wij registreren uw melding in ons systeem.",
                 "Het registreren van uw hond is verplicht.",
                 "De gegevens die wij registreren, bewaren wij vijf jaar.",
                 "Uw melding is geregistreerd.",
                 # ("Trouwen of partnerschap registreren": the legal act of the status 'geregistreerd
                 # partnerschap', no finding since jargon25, tests/test_jargon25.py)
                 "Wij zullen het registreren.", "Wij registreren u als woningzoekende."]:
        assert [f for f in _found(check, "DD103", text) if "registr" in f.text.lower()], text


# --- DD103: a status label is no sentence in nominal style -----------------------------------

STATUS = "Mijn zaken\nVergunning aangevraagd\nVergunning in behandeling\nBesluit genomen"


def test_a_status_label_gets_no_nominal_style_finding(check):
    for label in ["Aanvraag ingediend", "Besluit genomen"]:
        found = _found(check, "DD103", STATUS.replace("Vergunning aangevraagd", label))
        assert not [f for f in found if "maakt de zin stijf" in f.message], label


def test_a_sentence_with_the_same_words_keeps_its_nominal_style_finding(check):
    for text in ["Wij hebben uw aanvraag ingediend.", "Aanvraag ingediend door uw partner op 3 mei.",
                 "De aanvraag is ingediend door uw partner."]:
        assert [f for f in _found(check, "DD103", text) if "maakt de zin stijf" in f.message], text
