"""Twenty-sixth session (jargon26): DD103 on real text. Own sentences, both ways."""

import pytest


def findings(check, text, code="DD103"):
    return [f for f in check(text, select=["DD103"]).findings if f.code == code]


def meeting(check, text):
    """The 'voldoen aan' finding of the text (exactly one)."""
    hits = [f for f in findings(check, text) if f.message.split("'")[1:2] and f.message.split("'")[1].endswith(" aan")
            and f.message.split("'")[1].startswith("vold")]
    assert len(hits) == 1, (text, [(f.text, f.message) for f in findings(check, text)])
    return hits[0]


# --- 'voldoen aan': the quote is the verb and 'aan', not the words between ------------------

@pytest.mark.parametrize("text, quote", [
    ("U voldoet daarom niet aan de voorwaarden.", "'voldoet aan'"),
    ("Voldoet uw aanvraag niet aan de voorwaarden, dan wijzen wij deze af.", "'voldoet aan'"),
    ("Grofvuil dat niet aan de voorwaarden voldoet, wordt niet meegenomen.", "'voldoet aan'"),
    ("Waar moet u aan voldoen?", "'voldoen aan'"),
    ("U moet voldoen aan de voorwaarden.", "'voldoen aan'"),     # as before: nothing between
    ("Hiermee hebt u voldaan aan uw informatieplicht.", "'voldaan aan'"),
])
def test_voldoen_aan_quotes_the_verb_and_aan(check, text, quote):
    f = meeting(check, text)
    assert f.message.startswith(quote + " is ambtelijke taal."), (text, f.message)
    for between in ("daarom", "niet", "uw aanvraag", "de voorwaarden", " u "):
        assert between not in f.message.split(" is ambtelijke taal")[0], (text, f.message)


# --- 'voldoen aan': the advice fits who or what meets the rules -------------------------------

@pytest.mark.parametrize("text", [
    "Het gebouw voldoet niet aan de eisen.",
    "Uw aanvraag voldoet niet aan de volgende voorwaarden.",
    "Grofvuil dat niet aan de voorwaarden voldoet, wordt niet meegenomen.",
    "Een behandeling die voldoet aan de regels wordt vergoed.",
    "Voldoet het gebouw aan de regels?",  # the parse calls the subject an object
    "Dat voldoet niet aan de eisen.",
    "Het voldoet niet aan de eisen.",  # 'het' as a subject, no "Het voldoen aan" (an act as a noun)
])
def test_thing_that_meets_the_rules_gets_no_advice_about_a_person(check, text):
    message = meeting(check, text).message
    assert "past binnen de regels" in message, (text, message)
    assert "lezer" not in message and "houdt zich" not in message and "u hebt" not in message


@pytest.mark.parametrize("text, example", [
    ("U voldoet niet aan de voorwaarden.", "'u houdt zich aan de regels'"),
    ("Als u niet aan de eisen voldoet, krijgt u geen subsidie.", "'u houdt zich aan de regels'"),
    ("Je moet wel voldoen aan de lokale regels.", "'je houdt je aan de regels'"),
    ("Voldoe je aan de eisen?", "'je houdt je aan de regels'"),
    ("U lijkt te voldoen aan de eisen voor energiebesparing.", "'u houdt zich aan de regels'"),  # a duty: tests/test_fix42c.py
])
def test_reader_who_meets_the_rules_gets_advice_in_the_readers_form(check, text, example):
    message = meeting(check, text).message
    assert "Schrijf wat de lezer moet doen of hebben" in message and example in message, (text, message)
    assert "past binnen" not in message


@pytest.mark.parametrize("text", [
    "Wij verwerken uw gegevens om te voldoen aan de wettelijke regels.",  # a duty: tests/test_fix42c.py
    "Dan moeten we voldoen aan de grondwaternorm.",
    "Wij bewaren je gegevens om te voldoen aan de wet.",
])
def test_writers_who_meet_the_rules_get_advice_about_themselves(check, text):
    message = meeting(check, text).message
    assert "'wij houden ons aan de regels'" in message, (text, message)
    assert "lezer" not in message and "u houdt zich" not in message and "je houdt je" not in message


@pytest.mark.parametrize("text", [
    "- om te voldoen aan de wettelijke eisen",  # a duty: tests/test_fix42c.py
    "Er wordt niet voldaan aan de grondwaternorm.",
    "Met een onderzoek moet worden aangetoond dat wordt voldaan aan de norm.",  # 'dat' is no subject here
    "Het niet tijdig voldoen aan de verplichtingen kost geld.",
    "Het voldoen aan de eisen kost veel tijd.",
])
def test_nobody_named_gets_advice_to_say_who(check, text):
    message = meeting(check, text).message
    assert "Schrijf liever wie zich aan de regels houdt" in message, (text, message)
    assert "lezer" not in message and "die persoon" not in message


# fix26 (review rev26a, bug 2): a sentence that names another person already says who; 'voldoen
# aan de voorwaarden' there mostly means having what is needed
@pytest.mark.parametrize("text", [
    "De aanvrager moet voldoen aan de voorwaarden.",
    "Ik verklaar dat ik voldoe aan de voorwaarden.",  # 'ik' in a form is mostly the reader: no 'wij'
    "Ik voldoe aan de eisen voor huurtoeslag.",
    "Uw kinderen voldoen aan de eisen.",
    "Aanvragers die niet voldoen aan de eisen krijgen geen vergunning.",
    "De eigenaar van het pand moet voldoen aan de regels.",
    "Zij voldoen niet aan de eisen.",
])
def test_someone_else_named_gets_advice_on_what_that_person_does_or_has(check, text):
    message = meeting(check, text).message
    assert "Schrijf liever wat die persoon moet doen of hebben" in message, (text, message)
    assert "'heeft alles wat nodig is'" in message
    assert "wie zich aan de regels houdt" not in message and "lezer" not in message and "past binnen" not in message


# fix26 (review rev26a, bug 1): 'het' as the subject of a clause with an auxiliary verb is a
# thing, not the article of the act 'Het voldoen'
@pytest.mark.parametrize("text", [
    "Het moet voldoen aan de eisen van de gemeente.",
    "Het kan niet voldoen aan de eisen van de gemeente.",
    "Uw schuur is klaar. Het moet wel voldoen aan de eisen van de gemeente.",
    "Het gebouw moet voldoen aan de eisen van de gemeente.",
])
def test_het_as_subject_before_an_auxiliary_is_a_thing(check, text):
    message = meeting(check, text).message
    assert "past binnen de regels" in message, (text, message)
    assert "wie zich aan de regels houdt" not in message


def test_het_before_the_infinitive_alone_is_still_the_act(nlp):
    from duidelijk.rules.jargon import _act_article
    for text, act in [("Het niet voldoen aan de eisen kost geld.", True), ("Het voldoen aan de eisen is lastig.", True),
                      ("Het moet voldoen aan de eisen.", False), ("Het kan niet voldoen aan de eisen.", False)]:
        doc = nlp(text)
        verb = next(t for t in doc if t.lower_ == "voldoen")
        assert any(_act_article(c, verb) for c in verb.children) == act, text


@pytest.mark.parametrize("text, form, other", [
    ("Er wordt niet voldaan aan de regels. Dan krijg je een boete. Je kunt ons bellen.", "'je houdt je", "'u houdt"),
    ("Er wordt niet voldaan aan de regels. Dan krijgt u een boete. U kunt ons bellen.", "'u houdt zich", "'je houdt"),
    ("Er wordt niet voldaan aan de regels.", "'u houdt zich", "'je houdt"),  # no reader named: 'u'
])
def test_advice_takes_the_texts_way_of_addressing_the_reader(check, text, form, other):
    message = meeting(check, text).message
    assert form in message and other not in message, (text, message)


def test_paying_is_still_no_rules_met(check):
    # the paying sense keeps its own finding ('betalen'), no advice of 'voldoen aan'
    hits = findings(check, "Het bedrag voldoet u aan de balie.")
    assert hits and hits[0].suggestions[:1] == ["betaalt"]
    assert not [f for f in hits if " aan' is ambtelijke taal" in f.message]


# --- fronted '<preposition> het + infinitive + van': found as before; the advice asks for 'who'
# only where the main clause names nobody who acts -------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Voor het versturen van de brief print je hem op ons papier.", "Voor het versturen van"),
    ("Voor het behandelen van uw zaak hebben wij de volgende informatie van u nodig.", "Voor het behandelen van"),
    ("Bij het aanvragen van een paspoort neemt u een foto mee.", "Bij het aanvragen van"),
    ("Voor het aanvragen van een pas heeft de aanvrager een foto nodig.", "Voor het aanvragen van"),
])
def test_fronted_het_van_with_a_person_as_subject_asks_for_a_clause(check, text, span):
    hits = [f for f in findings(check, text) if f.text == span]
    assert len(hits) == 1, (text, [f.text for f in findings(check, text)])
    assert "Schrijf liever een zin met het werkwoord" in hits[0].message and "wie wat doet" not in hits[0].message


@pytest.mark.parametrize("text, span", [
    ("Voor het versturen van de brief moet deze worden geprint op ons papier.", "Voor het versturen van"),
    ("Aan het instellen van beroep zijn kosten verbonden.", "Aan het instellen van"),
    ("Bij het aanvragen van een paspoort is een foto nodig.", "Bij het aanvragen van"),
])
def test_fronted_het_van_without_a_person_who_acts_asks_who(check, text, span):
    hits = [f for f in findings(check, text) if f.text == span]
    assert len(hits) == 1, (text, [f.text for f in findings(check, text)])
    assert "Schrijf liever wie wat doet, met het werkwoord" in hits[0].message


# --- the line of a token (duidelijk.lines), as the status step and label read it ---------------

@pytest.mark.parametrize("text, word, before", [
    ("Uw aanvraag\nAfgehandeld\n", "Afgehandeld", ""),
    ("Uw aanvraag\n  Afgehandeld", "Afgehandeld", ""),
    ("Status: Afgehandeld\nMeer informatie", "Afgehandeld", "Status:"),
    ("Aanvraag wijziging - Afgehandeld", "Afgehandeld", "Aanvraag wijziging -"),
    ("De aanvraag is afgehandeld.", "afgehandeld", "De aanvraag is"),
])
def test_line_of_a_token(nlp, text, word, before):
    from duidelijk.rules.jargon import _line_of

    tok = next(t for t in nlp(text) if t.text == word)
    got_text, start, end, got_before = _line_of(tok)
    assert got_text == text and got_before == before
    assert start <= tok.idx < end and word in text[start:end]
    assert "\n" not in text[start:end] and (end == len(text) or text[end] == "\n")
    assert start == 0 or text[start - 1] == "\n"
