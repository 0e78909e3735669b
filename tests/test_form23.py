"""Form and screen text (form23): sentence and text rules on the notices, accordion rows and
one-question-at-a-time forms of municipal websites and apps, written as plain text. Own
sentences, both ways: the wrong finding gone, the real one of the same kind kept."""
import pytest

from conftest import codes


def _found(check, code, text):
    return codes(check(text, select=code), code)


# --- DD115 and DD116: titles and questions as lines of plain text ----------------------------

# a page with titles as lines (no end mark), each above a few short sentences, no blank lines
PAGE = "\n".join([
    "Een parkeervergunning aanvragen",
    "Woont u in het centrum en hebt u een auto? Dan kunt u een parkeervergunning aanvragen. U betaalt daarvoor elk jaar een bedrag.",
    "Wat kost een vergunning?",
    "Een vergunning kost 120 euro per jaar. Voor een tweede auto betaalt u meer. Het bedrag staat op de rekening die u krijgt.",
    "Wat hebt u nodig",
    "U hebt uw DigiD nodig en het kenteken van uw auto. Rijdt u in een auto van de zaak? Dan hebt u ook een brief van uw werkgever nodig.",
    "Hoe lang duurt het",
    "Wij beslissen binnen vier weken. Soms duurt het langer als wij meer informatie nodig hebben. Dan bellen wij u.",
    "Wachtlijst",
    "In sommige straten is een wachtlijst. U krijgt dan een brief met uw plaats op de lijst. Wij houden u op de hoogte.",
    "Verhuizen met een vergunning",
    "Gaat u verhuizen? Geef dan uw nieuwe adres aan ons door. Uw vergunning geldt niet vanzelf op uw nieuwe adres.",
    "Stoppen met de vergunning",
    "Hebt u de vergunning niet meer nodig? Zeg hem dan op via de website. U krijgt het geld terug voor de maanden die nog over zijn.",
    "Een vergunning voor bezoek",
    "Krijgt u vaak bezoek met de auto? Dan kunt u ook een vergunning voor bezoek aanvragen. Uw bezoek parkeert dan voor een lager bedrag in uw straat.",
    "Een vergunning voor een zorgverlener",
    "Komt er een wijkverpleegkundige of een andere zorgverlener bij u thuis? Die kan zelf een vergunning aanvragen. Daarvoor is een verklaring van de zorgorganisatie nodig.",
    "Een vergunning voor een bedrijf",
    "Hebt u een bedrijf in het centrum? Dan kunt u een vergunning voor de auto van de zaak aanvragen. U hebt daarvoor een uittreksel van de Kamer van Koophandel nodig.",
    "Vragen",
    "Bel ons op werkdagen tussen 9 en 17 uur. Of stuur ons een bericht via het contactformulier op de website.",
])
# the same sentences without the titles, as paragraphs with a blank line between
PLAIN = "\n\n".join(line for line in PAGE.split("\n") if line.endswith((".", "?")) and len(line.split()) > 8)


def test_title_lines_of_a_page_are_headings(check):
    assert len(PLAIN.split()) > 250
    assert not _found(check, "DD116", PAGE)
    assert _found(check, "DD116", PLAIN)  # no titles at all: still a long text without headings


# a form that asks one question at a time: each question above its answers
FORM = "\n".join([
    "Wat wilt u melden?",
    "- Een kapotte lantaarnpaal",
    "- Een losse stoeptegel",
    "- Zwerfvuil op straat",
    "- Iets anders",
    "Als u iets meldt dat gevaarlijk is, bel dan direct het nummer van de gemeente. Wij sturen dan zo snel als we kunnen iemand langs om te kijken.",
    "Waar is het?",
    "- Op de stoep",
    "- Op de rijweg",
    "- In een park of plantsoen",
    "Wij willen u graag op de hoogte houden van wat wij met uw melding doen. Vul daarom ook uw e-mailadres in bij de volgende vraag op dit formulier.",
    "Hoe lang is het al zo?",
    "- Minder dan een week",
    "- Een week tot een maand",
    "- Langer dan een maand",
    "Een foto helpt ons om het probleem snel te vinden en op te lossen. U kunt er maximaal drie toevoegen. Een foto mag niet groter zijn dan 20 MB.",
    "Wilt u dat wij contact met u opnemen?",
    "- Ja, bel mij op als er iets is",
    "- Ja, stuur mij een e-mail",
    "- Nee, dat hoeft niet",
    "Wij bewaren uw gegevens niet langer dan nodig is. Wij gebruiken ze alleen om uw melding af te handelen en om u te laten weten wat wij gedaan hebben.",
    "Is er iemand gewond geraakt?",
    "- Ja",
    "- Nee",
    "- Dat weet ik niet",
    "Is er iemand gewond? Bel dan eerst 112. Daarna kunt u dit formulier verder invullen als u dat wilt. Wij nemen de melding dan met voorrang in behandeling.",
    "Met uw melding helpt u ons om de stad schoon, heel en veilig te houden. Dank u wel daarvoor.",
])


def test_questions_of_a_form_above_their_answers_are_headings(check):
    assert len(FORM.split()) > 250
    assert not _found(check, "DD116", FORM)


def test_a_short_question_in_running_lines_is_no_heading(check):
    """One sentence per line, a short question above its answer in a sentence: prose, no title."""
    lines = [
        "Wij hebben uw aanvraag voor bijzondere bijstand op 3 maart ontvangen en goed bekeken.",
        "Heeft u recht op bijstand?",
        "Ja, u krijgt een bedrag voor de kosten van de nieuwe wasmachine die u heeft gekocht.",
        "Wij betalen het bedrag binnen twee weken op de rekening die u ons heeft gegeven.",
        "Moet u iets terugbetalen?",
        "Nee, u hoeft niets terug te betalen als u de wasmachine zelf blijft gebruiken.",
    ] * 4
    text = "\n".join(lines)
    assert len(text.split()) > 250
    assert _found(check, "DD116", text)
    assert not _found(check, "DD115", text)  # each line a paragraph of its own (fix43a)


NOTICES = "\n".join([
    "Wat is er aan de hand?",
    "- Er ligt afval naast de container",
    "- De container is vol",
    "De container is van de woningcorporatie. Neem contact op met uw woningcorporatie. U hoeft dit formulier niet verder in te vullen.",
    "Een volle container in een park melden wij zelf aan de afvaldienst van de gemeente. Daarvoor hoeft u niets te doen. U hoeft dit formulier niet verder in te vullen.",
    "Grof afval naast een container kunt u laten ophalen door de gemeente als het van u is. Maak daarvoor een afspraak op de website. U hoeft dit formulier niet verder in te vullen.",
    "Een container die kapot is, kunt u hier melden. Kies hieronder welke container het is. Daarna vragen wij waar de container staat.",
])


def test_notices_of_two_sentences_or_more_per_line_are_paragraphs_of_their_own(check):
    """A form's notices, each a line of two or three sentences: the writer breaks lines between
    paragraphs, not between sentences. No lap of text."""
    notices = NOTICES.split("\n")[3:]
    assert len(" ".join(notices).split()) > 80
    assert not _found(check, "DD115", NOTICES)
    # one notice of more than 80 words on its line is still a long paragraph
    long_notice = " ".join([notices[0]] * 5)
    assert _found(check, "DD115", NOTICES + "\n" + long_notice)


ACCORDION = "\n".join([
    "U woont bij iemand anders in",
    "U geeft het adres door waar u gaat wonen. De bewoner van het adres tekent een verklaring dat u er mag wonen.",
    "U verhuist naar een verpleeghuis",
    "U geeft het adres van het verpleeghuis door als uw nieuwe adres. U hebt een verklaring van het verpleeghuis nodig.",
    "Een familielid kan de verhuizing ook voor u doorgeven. Die heeft daarvoor ook de verklaring van het verpleeghuis nodig.",
    "Uw kinderen onder de 18 jaar verhuizen met u mee naar het nieuwe adres",
    "U geeft dit tegelijk door met uw eigen verhuizing aan de gemeente.",
    "U hebt daarvoor geen toestemming nodig van de andere ouder van uw kinderen.",
    "U verhuist naar het buitenland",
    "U geeft uw vertrek door aan de gemeente waar u nu woont, uiterlijk vijf dagen voordat u vertrekt.",
    "U moet daarvoor zelf langskomen op het stadhuis of een brief sturen met een kopie van uw paspoort.",
])


def test_titles_of_an_accordion_cut_the_lines_into_paragraphs(check):
    """Rows of an accordion: a title line (no end mark) above one to three sentences. Each row
    is a paragraph of its own, however long the run of rows is."""
    assert len(ACCORDION.split()) > 80
    assert not _found(check, "DD115", ACCORDION)
    # a long row under one title, wrapped at a fixed width, is still a long paragraph; the span
    # is that paragraph (fix43a: one long sentence per line is a paragraph per line)
    row = [
        "Wij hebben uw aanvraag voor een parkeervergunning op 1 maart ontvangen en wij hebben besloten dat u de vergunning krijgt.",
        "De vergunning geldt voor een jaar en u kunt hem verlengen als u dat wilt, maar dan moet u op tijd een nieuwe aanvraag doen.",
        "Als u vragen heeft over deze brief of over de vergunning, kunt u ons bellen op werkdagen tussen 9.00 en 17.00 uur.",
        "Wij helpen u graag verder met al uw vragen over parkeren in onze gemeente en over de regels die daarbij gelden.",
        "Ook kunt u langskomen bij het loket in het stadhuis, maar dan moet u eerst een afspraak maken via de website.",
    ]
    import textwrap

    wrapped = textwrap.fill(" ".join(row), 72)
    found = _found(check, "DD115", ACCORDION + "\nUw parkeervergunning\n" + wrapped)
    assert [f.text for f in found] == [wrapped]
    assert not _found(check, "DD115", ACCORDION + "\nUw parkeervergunning\n" + "\n".join(row))


def test_heading_line():
    from duidelijk.rules.paragraphs import heading_line

    assert heading_line("Behandeling van uw klacht", "Wij bellen u binnen vijf dagen.")
    assert heading_line("Wat is het probleem?", "- De lamp doet het niet")
    assert not heading_line("Wat is het probleem?", "De lamp doet het niet.")  # a question above a sentence
    assert not heading_line("U hebt nodig:", "- uw paspoort")  # a lead-in
    assert not heading_line("Wij helpen u graag.", "Bel ons.")  # a sentence
    assert not heading_line("- Lamp doet het niet", "- Overig")  # an answer
    assert not heading_line("uw echtgenoot of partner", "Meer weten")  # no capital: a line going on
    assert not heading_line("Behandeling van uw klacht", "")  # nothing under it


# --- DD108: an order whose verb the tagger took for a noun --------------------------------------
@pytest.mark.parametrize("text", [
    "Beschrijf zo goed mogelijk wat er met de lantaarnpaal aan de hand is en wat er volgens u moet gebeuren.",
    "Noteer hieronder wat u precies hebt gezien en wat er volgens u aan gedaan kan worden.",
    "Vermeld in het vak hieronder welke spullen u kwijt bent en waar u ze het laatst had.",
    "Schrijf in het vak hieronder op welke dag u de brief van de gemeente hebt gekregen.",
])
def test_order_first_word_is_the_main_verb(nlp, check, text):
    from duidelijk.rules.tang import _order_first

    doc = nlp(text)
    assert _order_first(doc, next(doc.sents))
    assert not _found(check, "DD108", "Uw melding\n" + text)


@pytest.mark.parametrize("text", [
    # a noun that is also a verb stem, as the subject: the main verb comes late
    "Werk aan de weg in de straten van het oude centrum van de stad kan hinder geven.",
    "Plan van aanpak voor de nieuwe wijk aan de rand van de stad wordt volgende week besproken.",
    "Werk aan de weg dat de gemeente in het oude centrum van de stad uitvoert, kan hinder geven.",
])
def test_noun_subject_that_looks_like_an_order_keeps_its_lead_in(nlp, check, text):
    from duidelijk.rules.tang import _order_first

    doc = nlp(text)
    assert not _order_first(doc, next(doc.sents))
    assert _found(check, "DD108", text)


# --- DD102: states on a screen, and what unknown people do ------------------------------------
def _passives(check, text):
    return [f.text for f in _found(check, "DD102", text)]


@pytest.mark.parametrize("text", [
    "Denkt u dat er in het portiek drugs worden verkocht?",
    "Nee, ik denk niet dat er hier wordt gedeald",
    "Ziet u dat er afval wordt gedumpt naast de container?",
    "Merkt u dat er 's nachts wordt ingebroken in auto's?",
    "Wij vermoeden dat er in de woning wordt gerookt.",
])
def test_passive_with_er_of_what_unknown_people_do_as_noticed(check, text):
    assert not _passives(check, text)


@pytest.mark.parametrize("text", [
    "Er worden volgend jaar nieuwe bomen geplant in uw straat.",  # the writer plants them
    "Denkt u dat er door de buren drugs worden verkocht?",  # the doer is named: put it in front
    "Wij vinden dat er te weinig wordt gedaan aan de veiligheid.",  # an opinion, no noticing
    "Wij verwachten dat er in mei een besluit wordt genomen.",  # the writer decides
    "Zij denkt dat er een fout wordt gemaakt.",  # a third person thinks: not the reader or writer
    "Wij denken dat uw aanvraag te laat is ingediend.",  # no 'er': a subject of its own
])
def test_passive_of_the_writer_or_with_a_named_doer_stays(check, text):
    assert _passives(check, text)


@pytest.mark.parametrize("text", [
    "Deze pagina is automatisch bewaard.",
    "Het licht in de hal is vanzelf uitgeschakeld.",
    "De lantaarnpaal is zichtbaar beschadigd",
    "Het bankje is zwaar beschadigd.",
    "De fietser is licht gewond.",
])
def test_zijn_with_an_adverb_of_state_is_no_passive(check, text):
    assert not _passives(check, text)


@pytest.mark.parametrize("text", [
    "Het hek is zwaar beschadigd door de storm.",  # the doer is named
    # 'worden' + 'automatisch' with a decision: the organisation decides (rules39h: without a
    # decision, "Uw gegevens worden automatisch opgeslagen" has a system as its doer, no finding)
    "Uw aanvraag wordt automatisch afgewezen.",
    "Uw aanvraag is beoordeeld.",  # no adverb of state: maybe a passive, a tip as before
    "De lantaarnpaal is beschadigd.",
])
def test_other_passives_stay(check, text):
    assert _passives(check, text)


@pytest.mark.parametrize("text", [
    "Je staat op het punt je afspraak op maandag om 10 uur te annuleren. Je afspraak is geannuleerd",
    "Wilt u uw aanvraag intrekken? Uw aanvraag is ingetrokken.",
    "Hier kun je je account opheffen. Je account is opgeheven.",
    "Je staat op het punt je afspraak van {datum} te verzetten.\nKies een nieuwe tijd.\nJe afspraak is verzet",
])
def test_confirmation_of_the_readers_own_act_is_no_passive(check, text):
    assert not _passives(check, text)


@pytest.mark.parametrize("text", [
    "U moet het formulier ondertekenen. Uw formulier is niet ondertekend.",  # still to do
    "Wilt u uw aanvraag intrekken? De aanvraag is ingetrokken.",  # not said to be the reader's own
    "Uw aanvraag is ingetrokken.",  # nothing says the reader did it
    "Wij willen uw vergunning intrekken. Uw vergunning is ingetrokken.",  # the writer did it
    "Je kunt zien dat wij je aanvraag gaan intrekken. Je aanvraag is ingetrokken.",
])
def test_other_confirmations_stay(check, text):
    assert _passives(check, text)


# --- DD110: the word proposed for the first word of a sentence keeps its capital ---------------
def _address(check, text):
    return [(f.text, f.suggestions) for f in _found(check, "DD110", text)]


def test_proposal_at_the_start_of_a_sentence_has_a_capital(check):
    text = "Je kunt het formulier online invullen. U krijgt dan snel antwoord. Daarna hoor je van ons."
    assert _address(check, text) == [("U", ["Je"])]
    text = "U kunt het formulier online invullen. Je krijgt dan snel antwoord. Daarna hoort u van ons."
    assert _address(check, text) == [("Je", ["U"])]
    text = "Je kunt hier inloggen.\n- U krijgt dan een code\n- je vult de code in op het scherm"
    assert _address(check, text) == [("U", ["Je"])]  # the first word of a list item


def test_proposal_inside_a_sentence_has_none(check):
    text = "U kunt het formulier online invullen. Wij sturen je snel antwoord. Daarna hoort u van ons."
    assert _address(check, text) == [("je", ["u"])]
    # the old polite capital inside a sentence: 'je' gets no capital
    text = "Je kunt het formulier invullen. Wij danken U voor je hulp. Je hoort snel van ons."
    assert _address(check, text) == [("U", ["je"])]
