"""DD117 halve-zin, twenty-ninth session (broken29, issue 13): a verb form that only goes with
'u', 'je' or 'jij' ("kunt", "bent", "hebt", "wilt", "zult"; "kun", "zul") without that subject,
and the particle of a separable verb written twice around it ("Log opnieuw in bij DigiD in").
Own sentences, a positive and a negative example for each case."""

import pytest

from conftest import codes


def found(check, text):
    return codes(check(text, select="DD117"), "DD117")


# --- a reader-only verb form without its subject --------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Hierna kunt verder met de aanvraag.", "kunt"),           # after the first part: no 'u'
    ("Via deze website kunt ook zien hoe druk het is.", "kunt"),
    ("Controleer of verbonden bent met internet.", "bent"),     # in a subclause
    ("Wij sturen u een brief als bent verhuisd.", "bent"),      # 'u' belongs to the main clause
    ("Als u klaar bent, kunt verder.", "kunt"),                 # main clause after a subclause
    ("Wat kunt doen?", "kunt"),                                 # a question
    ("Kun ons bellen?", "Kun"),
])
def test_reader_form_without_subject_is_found(check, text, span):
    f = found(check, text)
    assert [x.text for x in f] == [span]
    assert "mist een woord" in f[0].message


@pytest.mark.parametrize("text", [
    "Hierna kunt u verder met de aanvraag.",
    "Kunt u ons bellen?",
    "Bent u het niet eens met het besluit, dan kunt u bezwaar maken.",
    "Als u klaar bent, kunt u verder.",
    "Wat kunt u doen?",
    "Jij bent aan de beurt.",
    "Hebt U vragen? Dan kunt U ons bellen.",                          # 'U' with a capital
    "Klik op de knop \"Ik kunt verder\".",                            # words in quotes
    "U kunt ons bellen of bent welkom aan de balie.",                 # two verbs, one subject
    "Als u het formulier hebt ingevuld en hebt ondertekend, stuurt u het op.",
    "U, die in Utrecht woont, kunt een pas krijgen.",                 # a subclause between
    "Als u de brief die wij stuurden hebt gelezen, belt u ons.",      # ... without commas
    "Je werkt in een applicatie waarin je zaken die je behandelt kunt registreren.",
    "U als eigenaar bent verplicht het te melden.",                   # 'als' before a noun
    "U komt in aanmerking als u:\n- 18 jaar of ouder bent;\n- in de gemeente woont.",  # a list after a colon
    "Weet u niet zeker of u het recht hebt, of wilt u meer weten? Bel ons.",
    "Wij weten niet of u kunt komen als het regent.",
    "Hoi Sam, hoe gaat het? Wil je ons bellen?",                      # 'wil' also goes with 'hij'
    "Daarom willen we rekening houden met uw situatieU kunt dit bespreken.",  # 'U' glued on
    "I bent the rules a little.",                                     # English
])
def test_reader_form_with_subject_is_no_finding(check, text):
    assert found(check, text) == []


def test_suggestion_puts_the_readers_word_after_the_verb(check):
    f = found(check, "Hierna kunt verder met de aanvraag. U krijgt een brief.")
    assert f[0].suggestions == ["kunt u"] and "'u'" in f[0].message


def test_suggestion_follows_a_text_that_says_je(check):
    f = found(check, "Hoi Sam, je kunt je pas ophalen. Daarna kunt verder met de aanvraag.")
    assert len(f) == 1 and f[0].suggestions == ["kun je"] and "'je'" in f[0].message


def test_statement_that_opens_with_the_verb_gets_the_subject_before_it(check):
    f = found(check, "Bent 18 jaar of ouder.")
    assert f[0].suggestions == ["U bent"]


def test_no_suggestion_where_the_place_of_the_subject_is_not_sure(check):
    # in a subclause the subject goes after the word that opens it, not next to the verb
    f = found(check, "Controleer of verbonden bent met internet.")
    assert len(f) == 1 and f[0].suggestions == []
    # a text that speaks to a group: 'jullie' needs another verb form
    f = found(check, "Jullie krijgen een brief. Jullie moeten tekenen. Hierna kunt verder met de aanvraag.")
    assert len(f) == 1 and f[0].suggestions == [] and "'u' of 'je'" in f[0].message


def test_two_verbs_in_a_row_say_so(check):
    f = found(check, "We kunnen ons voorstellen dat u gaat wilt weten wat de plannen zijn.")
    assert len(f) == 1 and "'gaat wilt'" in f[0].message and "twee werkwoorden" in f[0].message
    assert found(check, "We kunnen ons voorstellen dat u wilt weten wat de plannen zijn.") == []


def test_heading_is_passed_over(check, nlp):
    from duidelijk.config import Config
    from duidelijk.readers import read_path
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "t.md"
        p.write_text("# Wat kunt doen\n\nU kunt ons bellen.\n", encoding="utf-8")
        from duidelijk.analysis import analyse
        config = Config.from_dict({"select": ["DD117"]})
        report = next(analyse([read_path(p, config.placeholders)], config, nlp))
    assert codes(report, "DD117") == []


# --- a particle twice around one verb ---------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Je bent ingelogd. Log opnieuw in bij DigiD in met niveau midden.", "in bij DigiD in"),
    ("Vul in bij vraag 3 in.", "in bij vraag 3 in"),
])
def test_particle_twice_is_found(check, text, span):
    f = found(check, text)
    assert [x.text for x in f] == [span] and "twee keer" in f[0].message


@pytest.mark.parametrize("text", [
    "Log opnieuw in bij DigiD met niveau midden.",
    "Stap in bij de halte in Utrecht.",                                    # 'in' with its word group
    "Vul in het voorjaar de aanvraag in.",
    "Vul de volgende informatie in om een nieuw wachtwoord in te stellen.",  # two verbs
    "Bekijk je Postvak IN om in te loggen.",                               # a name
    "Doe mee aan de actie en neem je buurman mee.",
])
def test_particle_once_per_verb_is_no_finding(check, text):
    assert found(check, text) == []
