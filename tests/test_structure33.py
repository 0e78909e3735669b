"""Sentence structure the rules missed, thirty-third session (rules33b, issue 13). Own sentences,
both ways.

DD117 halve-zin: a subclause with only a lead word or two before it and no main clause ("Dit
omdat ...", "Bijvoorbeeld om ... te ...", "Vooral als ..."). Dutch needs the finite verb of a
main clause; a pronoun or an adverb before 'omdat' is none."""

import pytest

from conftest import codes


def found(check, text, code="DD117"):
    return codes(check(text, select=code), code)


# --- DD117: a subclause after a lead word, no main clause -----------------------------------
@pytest.mark.parametrize("text, start", [
    ("Wij sturen de brief een week later. Dit omdat de post in december veel drukker is.", "Dit omdat"),
    ("De balie is dicht op maandag. Dat omdat wij dan de kasten opruimen.", "Dat omdat"),
    ("Wij bekijken elke aanvraag. Bijvoorbeeld om na te gaan of uw adres klopt.", "Bijvoorbeeld om"),
    ("Meld uw nieuwe adres op tijd. Vooral als u kinderen op school heeft.", "Vooral als"),
    ("Soms vragen wij meer papieren. Bijvoorbeeld omdat uw loon elke maand anders is, of omdat u "
     "een eigen bedrijf heeft.", "Bijvoorbeeld omdat"),
    ("Het geld komt later. En dat doordat de bank een dag dicht was.", "En dat doordat"),
])
def test_subclause_after_a_lead_word_is_found(check, text, start):
    f = found(check, text)
    assert len(f) == 1 and f[0].text.startswith(start)
    assert "bijzin zonder hoofdzin" in f[0].message


def test_message_says_what_to_do(check):
    f = found(check, "Wij sturen de brief een week later. Dit omdat de post in december veel drukker is.")
    assert "Laat 'Dit' weg en zet ', omdat ...' achter de zin ervoor" in f[0].message
    assert "Dat komt doordat" in f[0].message
    f = found(check, "Wij bekijken elke aanvraag. Bijvoorbeeld om na te gaan of uw adres klopt.")
    assert "Zet het met een komma achter de zin ervoor" in f[0].message
    assert "Dat komt doordat" not in f[0].message


@pytest.mark.parametrize("text", [
    "Ook als u verhuist, moet u dat aan ons melden.",                  # main clause after the comma
    "Vooral als u kinderen heeft, dan is dit belangrijk.",              # 'dan' after the comma
    "Maar omdat het regent gaat de markt niet door.",                   # a main clause, no comma
    "Juist omdat u alleen woont krijgt u een hoger bedrag.",
    "U als eigenaar van het huis moet de belasting betalen.",           # 'als' before a noun
    "Wij als gemeente willen u graag helpen met de aanvraag.",
    "Dit als eerste stap in de aanvraag.",                              # no verb: no clause
    "De bus rijdt hier. Dit om de hoek van de Markt.",                  # 'om' as a preposition
    "Waarom duurt het zo lang? Vooral omdat wij veel aanvragen krijgen.",  # an answer to a question
    "Het duurt lang, vooral omdat wij veel aanvragen krijgen.",         # after its main clause
    "Juist nu is het belangrijk dat u ons belt.",                       # 'nu' as an adverb
    "Dit kunt u doen:\nBijvoorbeeld als u verhuist.",                   # after a colon: a list
    "Het bedrag telt mee. Niet als u het geld van de gemeente kreeg.",   # an exception in short form
    "U krijgt een brief. Ook niet als het bedrag laag is.",
])
def test_sentences_with_a_main_clause_or_no_clause_are_not_found(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text", [
    "Vooral om de brief duidelijker te maken moeten lange woorden eruit.",   # main clause, no comma
    "Juist om fouten te voorkomen vragen wij u het formulier te tekenen.",
    "Alleen als u op tijd betaalt krijgt u korting.",
])
def test_main_clause_right_after_the_subclause_is_not_found(check, text):
    assert found(check, text) == []


# --- DD108: a subject with relative clauses before a plural finite verb ------------------------
# A Dutch plural of the present is spelled as the infinitive ("worden", "krijgen"); the tagger
# may take it for one, and the rule used to take the last finite verb before it, that of a
# relative clause inside the subject, as the main verb.
@pytest.mark.parametrize("text, verb", [
    ("De plannen die het vaakst zijn gekozen door de bewoners van Noord en die binnen het geld passen "
     "worden uitgevoerd.", "worden"),
    ("De aanvragen die voor het einde van de maand zijn ontvangen en die compleet zijn worden nog dit "
     "jaar behandeld.", "worden"),
])
def test_subject_with_relative_clauses_before_a_plural_verb_is_found(check, text, verb):
    f = found(check, text, "DD108")
    assert len(f) == 1 and f[0].text.endswith(verb)
    assert "Het onderwerp heeft een bijzin met 'die'. Maak van die bijzin een eigen zin" in f[0].message


@pytest.mark.parametrize("text", [
    "De kinderen die in de wijk wonen spelen op het plein.",               # a short subject
    "De medewerkers die u heeft gesproken bellen u morgen terug.",
    "De plannen worden uitgevoerd als ze binnen het geld van de wijk passen en vaak zijn gekozen.",
])
def test_short_subject_or_verb_early_is_not_found(check, text):
    assert found(check, text, "DD108") == []


def test_other_lead_in_keeps_its_advice(check):
    f = found(check, "Naar aanleiding van uw aanvraag van 3 februari voor een bijdrage in de kosten hebben wij "
                     "besloten.", "DD108")
    assert len(f) == 1 and "Zet het werkwoord eerder in de zin" in f[0].message


@pytest.mark.parametrize("text, expected", [
    ("Maar omdat het regent gaat de markt niet door.", True),            # 'gaat de markt'
    ("Vooral om de folder beter te maken moeten plaatjes weg.", True),    # 'maken moeten plaatjes'
    ("Dit omdat de dag nog niet voorbij is en daardoor de lijst niet af is.", False),  # 'en' first
    ("Dit omdat het een schatting is die niet alleen op cijfers berust.", False),      # 'die'
    ("Vooral als u net verhuisd bent.", False),
    # a personal pronoun right after a finite verb is its subject (rev33b)
    ("Bijvoorbeeld als u wilt weten wat u krijgt kunt u bellen.", True),   # 'kunt u'
    ("Dit omdat wij proberen u snel te helpen.", False),                   # 'u' before 'te'
    ("Dit omdat wij u dan beter kunnen helpen.", False),
    # formal 'welke' opens a relative clause too (mend33b: ``clauses.opens_relative``)
    ("Dit omdat er een regel is welke dat vraagt.", False),
])
def test_inverted_subject_after_the_subclause(nlp, text, expected):
    from duidelijk.rules.broken import _inverted_subject_after

    doc = nlp(text)
    opener = next(t for t in doc if t.lower_ in {"omdat", "om", "als"})
    assert _inverted_subject_after([t for t in doc if t.i > opener.i and not t.is_space]) is expected


# --- DD107: a relative clause inside a verb bracket, the auxiliary hung on its verb ------------
# "worden ... uitgenodigd" with "bij wie ... wordt geacht" in the middle: the parse may hang
# 'worden' on 'geacht'; that clause has its own finite verb, so 'worden' is the main clause's.
def test_bracket_around_a_relative_clause_is_found(check):
    text = ("Daarom worden bewoners bij wie de kans op een fout klein wordt geacht, minder vaak voor een gesprek "
            "uitgenodigd.")
    f = found(check, text, "DD107")
    assert len(f) == 1 and f[0].text.startswith("worden") and f[0].text.endswith("uitgenodigd")


@pytest.mark.parametrize("text", [
    "Dan worden de aanvragen die wij ontvangen snel behandeld.",                  # a short middle
    "Morgen worden de formulieren die u bij de balie heeft ingeleverd opgehaald.",
    "Wanneer u het niet eens bent met het besluit dat wij op 3 maart hebben genomen, kunt u bezwaar maken.",
])
def test_short_bracket_or_own_clause_is_not_found(check, text):
    assert found(check, text, "DD107") == []
