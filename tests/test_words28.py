"""Word findings on real municipal text (words28): new compounds with an abstract head that
say what they mean by how Dutch builds them. Own sentences, none from the judged or harvest
sets."""
import pytest

from conftest import codes


def _spans(check, text, code):
    return [text[x.start:x.end] for x in codes(check(text, select=code), code)]


# a first part that says where in a course the head comes ("begin", "tussen", "eind") --------

@pytest.mark.parametrize("text, word", [
    ("De beginstage duurt kort.", "beginstage"),
    ("Na de tussenstage volgt meer.", "tussenstage"),
    ("Wij doen een startmeting.", "startmeting"),
    ("Wij doen een tussenmeting.", "tussenmeting"),
])
def test_head_at_a_place_in_a_course_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    ("Er komt een eindevaluatie.", "eindevaluatie"),  # the head keeps its own bar ('-atie')
    ("Wij meten het kavelniveau.", "kavelniveau"),  # no part of a course: a relation to work out
    ("De klankbordgroep komt samen.", "klankbordgroep"),
])
def test_other_new_compounds_with_an_abstract_head_stay_hard(check, text, word):
    assert word in _spans(check, text, "DD104")


def test_novel_abstract_reads_sequence_parts():
    from duidelijk.dictionary import novel_abstract

    assert not novel_abstract("beginstage", "beginstage", "stage")
    assert not novel_abstract("tussenmeting", "tussenmeting", "meting")
    # the same head after a part that says no place in a course: a relation to work out
    assert novel_abstract("kavelstage", "kavelstage", "stage")
    assert novel_abstract("kavelniveau", "kavelniveau", "niveau")


# a link or a button is a place on a screen where one does the act, as a page is --------------

@pytest.mark.parametrize("text, word", [
    ("Gebruik de aanmeldlink.", "aanmeldlink"),
    ("Wij sturen u een loginlink.", "loginlink"),  # read as 'inloglink' (words26)
])
def test_verb_stem_and_link_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    ("Klik op de activatielink.", "activatielink"),  # no verb stem first: a formal noun
    ("Gebruik de loginfunctie van de app.", "loginfunctie"),  # a quality of the act, no place
])
def test_link_after_no_verb_stem_or_other_head_stays_hard(check, text, word):
    assert word in _spans(check, text, "DD104")


def test_when_or_where_compound_reads_screen_parts():
    from duidelijk.dictionary import when_or_where_compound

    assert when_or_where_compound("aanmeldlink", "link")
    assert when_or_where_compound("verzendknop", "knop")
    assert not when_or_where_compound("activatielink", "link")  # "activatie" is no verb stem
    assert not when_or_where_compound("aanmeldfunctie", "functie")


# a word joined with a hyphen is read by its head, as a word of its own ------------------------

@pytest.mark.parametrize("text, word", [
    ("De niet-ingezetene betaalt een andere belasting.", "niet-ingezetene"),
    ("U krijgt een dermatologisch-cosmetische behandeling.", "dermatologisch-cosmetische"),
    ("Kies een anti-inflammatoire zalf.", "anti-inflammatoire"),
])
def test_hyphened_word_with_a_hard_piece_is_hard(check, text, word):
    assert word in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    ("Stuur ons een e-mail.", "e-mail"),
    ("De oud-burgemeester komt op bezoek.", "oud-burgemeester"),
    ("Wij regelen het co-ouderschap.", "co-ouderschap"),
    ("Hij woont in Amsterdam-Noord.", "Amsterdam-Noord"),  # a name: capitals inside
    ("Doe een PCR-test bij de GGD.", "PCR-test"),  # an abbreviation: no piece to judge
    ("Hij zit in een detentie-instelling.", "detentie-instelling"),  # the head says what it is
])
def test_hyphened_word_of_everyday_pieces_is_no_finding(check, text, word):
    assert word not in _spans(check, text, "DD104")


def test_hyphened_words_with_the_same_hard_piece_are_one_finding(check):
    text = "De niet-ingezetene en de ex-ingezetene betalen anders."
    found = _spans(check, text, "DD104")
    assert "niet-ingezetene" in found and "ex-ingezetene" not in found


# "geen" is a determiner, never the head of a compound ----------------------------------------

def test_geen_is_no_compound_head():
    from duidelijk.dictionary import compound_parts

    assert compound_parts("homogeen") == ("homogeen",)  # was "homo" + "geen"
    assert compound_parts("heterogeen") == ("heterogeen",)
    assert compound_parts("schoenzool") == ("schoen", "zool")  # other compounds split as before


@pytest.mark.parametrize("text, word, hard", [
    ("De groep is erg homogeen.", "homogeen", True),
    ("Er is geen plaats meer.", "geen", False),
])
def test_greek_geen_word_is_judged_by_itself(check, text, word, hard):
    assert (word in _spans(check, text, "DD104")) is hard


# a particle that keeps its meaning before a verb of one syllable in "-aan" ---------------------

@pytest.mark.parametrize("text, word", [
    ("Wij laten de lijst rondgaan.", "rondgaan"),
    ("Het bedrijf wil vooruitgaan.", "vooruitgaan"),
])
def test_transparent_particle_before_gaan_is_known(check, text, word):
    assert word not in _spans(check, text, "DD104")


@pytest.mark.parametrize("text, word", [
    ("De oude cultuur mag niet teloorgaan.", "teloorgaan"),  # "teloor" is no particle of place
])
def test_other_first_part_before_gaan_stays_hard(check, text, word):
    assert word in _spans(check, text, "DD104")


def test_form_familiarity_reads_gaan_after_a_particle():
    from duidelijk.dictionary import familiarity, lemma_zipf

    assert familiarity("rondgaan", "rondgaan", "VERB") >= lemma_zipf("gaan", "VERB")
    assert familiarity("teloorgaan", "teloorgaan", "VERB") < 3.5
