"""DD103 precision on real text, by kind (fifteenth session, dd103p15 helper): a name written
out before its abbreviation, a word in an ordinary fixed expression or another sense, a
website's status line, a salutation with "ouder(s)/verzorger(s)", "deze" after a word the
tagger misreads, a request that is granted or withdrawn, and a preposition after "zijn" in a
subclause. Each kind has a case that must no longer be found (or get no wrong replacement) and
a case next to it that must still be found. Examples written for these tests."""

import pytest

from duidelijk.structure import is_salutation


def dd103(check, text):
    # with the list's mild words too ("sessie"): their senses hold when asked for
    return [f for f in check(text, select=["DD103"], rules={"DD103": {"mild": True}}).findings if f.code == "DD103"]


def spans(check, text):
    return [f.text.lower() for f in dd103(check, text)]


def suggestion(check, text, word):
    for f in dd103(check, text):
        if word.lower() in f.text.lower():
            return f.suggestions[0] if f.suggestions else None
    raise AssertionError(f"{word!r} not found in {text!r}")


# --- a name written out before its abbreviation in brackets -------------------------------

@pytest.mark.parametrize("text", [
    "U krijgt de Inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen (IOAZ).",
    "- Uw aanvraag voor de Inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen (IOAZ)",
    "De Regeling aanvullende tegemoetkoming (RAT) is voor ouders met een laag inkomen.",
])
def test_a_name_spelled_out_before_its_abbreviation_is_no_finding(check, text):
    assert spans(check, text) == []


@pytest.mark.parametrize("text, word", [
    # no capital word starts a name: the words are the writer's own
    ("U krijgt een tegemoetkoming aanvullend openbaar vervoer (TAOV).", "tegemoetkoming"),
    # the letters are not the first letters of the words before the brackets
    ("U bent gedeeltelijk arbeidsongeschikt (WIA).", "gedeeltelijk"),
    ("U krijgt een aanvullende uitkering (AU) als u gedeeltelijk arbeidsongeschikt bent.", "gedeeltelijk"),
    # a finite verb stands between the word and the brackets: no name
    ("Wij betalen gedeeltelijk de kosten van de Wmo (Wmo).", "gedeeltelijk"),
])
def test_other_words_before_brackets_are_still_found(check, text, word):
    assert word in spans(check, text)


# --- a word in an ordinary fixed expression or another sense -------------------------------

@pytest.mark.parametrize("text", [
    "Je sessie is verlopen. Log opnieuw in.",
    "Uw sessie verloopt over vijf minuten.",
    "Wij laten een berekening maken van de draagkracht van het dak.",
    "De draagkracht van de vloer is te laag voor een bad.",
    "Als dit door omstandigheden niet mogelijk is, belt u ons.",
    "U ziet hier geen begeleid wonen en beschermd verblijf.",
    "U kunt een tegemoetkoming krijgen voor aanvullend openbaar vervoer.",
])
def test_ordinary_fixed_expressions_are_no_officialese(check, text):
    found = spans(check, text)
    assert not any(w in " ".join(found) for w in ("sessie", "draagkracht", "omstandigheden", "verblijf",
                                                  "aanvullend"))


@pytest.mark.parametrize("text, word", [
    ("Wij organiseren een sessie over afval in de wijk.", "sessie"),
    ("Wij kijken naar uw draagkracht.", "draagkracht"),
    ("Wij berekenen de draagkracht van uw huishouden.", "draagkracht"),
    ("Onder bepaalde omstandigheden kunt u uitstel krijgen.", "omstandigheden"),
    ("Tijdens uw verblijf in het ziekenhuis krijgt u geen geld.", "verblijf"),
    ("Wij hebben aanvullende informatie nodig.", "aanvullende"),
])
def test_the_listed_sense_is_still_found(check, text, word):
    assert word in spans(check, text)


# --- a website's status line ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bezig met het blokkeren van de pas...",
    "Bezig met het verwerken van uw aanvraag",
])
def test_a_status_line_without_a_verb_is_no_nominal_style(check, text):
    assert spans(check, text) == []


@pytest.mark.parametrize("text", [
    "Wij zijn bezig met het beoordelen van uw aanvraag.",
    "Nog bezig met het beoordelen van uw aanvraag.",  # does not open with "Bezig"
])
def test_bezig_met_het_in_a_sentence_is_still_found(check, text):
    assert any(s.startswith("bezig met het") for s in spans(check, text))


# --- a salutation with a plural in brackets ------------------------------------------------

@pytest.mark.parametrize("line", [
    "Geachte ouder(s)/verzorger(s) van {naam_kind},",
    "Geachte ouder(s)/verzorger(s),",
    "Geachte bewoner(s),",
])
def test_a_plural_in_brackets_is_a_salutation(line):
    assert is_salutation(line)


@pytest.mark.parametrize("line", [
    "Geachte collega(s)/vriend(en) van de club, u bent welkom.",  # a full sentence
    "Geachte vergadering(en),",  # no kind of reader
])
def test_other_lines_are_no_salutation(line):
    assert not is_salutation(line)


def test_geachte_in_a_salutation_with_brackets_is_no_finding(check):
    assert "geachte" not in spans(check, "Geachte ouder(s)/verzorger(s) van {naam_kind},\nWij schrijven u.")
    assert "geachte" in spans(check, "Wij hebben de geachte ouder(s) geschreven.")


# --- "deze" after a noun the tagger misreads -----------------------------------------------

def test_deze_after_its_own_noun_in_the_sentence_is_no_finding(check):
    # the tagger reads 'pas' as the adverb; after 'Uw' it is a noun, so 'deze' means it
    assert "deze" not in spans(check, "Uw pas is gestolen of u bent deze kwijt.")
    # with the setting 'deze_near' (rules35d): speech says 'u bent hem kwijt', so it is found,
    # as stiff, not as a word far back
    report = check("Uw pas is gestolen of u bent deze kwijt.", select="DD103", rules={"DD103": {"deze_near": True}})
    f = [x for x in report.findings if x.text == "deze"]
    assert len(f) == 1 and "stijve schrijftaal" in f[0].message and "wijst terug" not in f[0].message


def test_deze_for_a_thing_in_an_earlier_sentence_is_still_found(check):
    assert "deze" in spans(check, "Uw pas is klaar. Wij sturen deze naar u op.")
    assert "deze" in spans(check, "Wij hebben uw brief gelezen. Eén van onze medewerkers beantwoordt deze snel.")


# --- a request granted or withdrawn: no 'gegeven', no 'teruggedraaid' ----------------------

@pytest.mark.parametrize("text, word", [
    ("Uw subsidieaanvraag is toegewezen.", "toegewezen"),
    ("Wij hebben uw aanvraag voor een parkeervergunning ingetrokken.", "ingetrokken"),
])
def test_a_request_gets_no_replacement_of_another_sense(check, text, word):
    assert suggestion(check, text, word) is None


@pytest.mark.parametrize("text, word, first", [
    ("Wij hebben u een woning toegewezen.", "toegewezen", "gegeven"),
    ("Wij hebben uw vergunning ingetrokken.", "ingetrokken", "teruggedraaid"),
])
def test_other_objects_keep_their_replacement(check, text, word, first):
    assert suggestion(check, text, word) == first


# --- the preposition of a predicate with "zijn" in a subclause -------------------------------

def test_van_toepassing_zijn_op_in_a_subclause_gets_no_gelden_op(check):
    assert suggestion(check, "U moet voldoen aan de regels die van toepassing zijn op de subsidie.",
                      "van toepassing") is None


@pytest.mark.parametrize("text, word, first", [
    ("Dit is de regel die van toepassing is.", "van toepassing", "geldt"),
    # another verb's preposition: 'in beroep gaan bij' fits
    ("Als u het niet eens bent, kunt u beroep instellen bij de rechtbank.", "beroep instellen", "in beroep gaan"),
])
def test_other_expressions_keep_their_replacement(check, text, word, first):
    assert suggestion(check, text, word) == first


# --- 'nodige' before a noun needs a determiner -----------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Benodigde bestanden", "Benodigde"),  # a heading: "Nodige bestanden" reads wrong
    ("Wij betalen de medisch noodzakelijke kosten.", "noodzakelijke"),  # "medisch nodige kosten"
])
def test_nodige_without_a_determiner_is_no_replacement(check, text, word):
    assert suggestion(check, text, word) is None


@pytest.mark.parametrize("text, word, first", [
    ("Hoe eerder u ons de noodzakelijke informatie geeft, hoe beter.", "noodzakelijke", "nodige"),
    ("Wij vragen alle benodigde stukken op.", "benodigde", "nodige"),
    ("Dit is noodzakelijk voor uw aanvraag.", "noodzakelijk", "nodig"),
])
def test_nodige_after_a_determiner_and_nodig_as_predicate_stay(check, text, word, first):
    assert suggestion(check, text, word) == first


# --- a document's short title after "de" -----------------------------------------------------

def test_a_capitalised_title_after_de_is_found_without_replacement(check):
    findings = [f for f in dd103(check, "In artikel 4 van de Beleidsregel staat dit.") if f.text == "Beleidsregel"]
    assert findings and findings[0].suggestions == []


@pytest.mark.parametrize("text", [
    "Volgens de beleidsregel krijgt u geld.",  # written as a word
    "De Beleidsregel geldt voor u.",  # the capital of the sentence's first word
])
def test_the_word_written_as_a_word_keeps_its_replacement(check, text):
    assert suggestion(check, text, "beleidsregel") == "regel"


# --- a quoted label named again without quotes ---------------------------------------------

def test_a_label_the_text_quotes_elsewhere_is_no_finding_after_a_pointing_word(check):
    text = ('Uw hulpmiddel staat bij "Eerdere en afgewezen voorzieningen". '
            'Kijk voor de juiste startdatum bij eerdere en afgewezen voorzieningen.')
    assert "voorzieningen" not in spans(check, text)


@pytest.mark.parametrize("text", [
    # the text quotes no such label
    "Kijk voor de juiste startdatum bij eerdere en afgewezen voorzieningen.",
    # the same words, but no word that points to a place on the page
    'Uw hulpmiddel staat bij "Eerdere en afgewezen voorzieningen". Wij betalen eerdere en afgewezen voorzieningen niet.',
    # other words than the label's
    'Uw hulpmiddel staat bij "Eerdere voorzieningen". Kijk bij uw voorzieningen.',
])
def test_other_uses_of_the_word_are_still_found(check, text):
    assert "voorzieningen" in spans(check, text)
