"""DD104 on fresh text (dd104w22): an adjective the tagger reads as a verb, and a compound
rare only by a part B1 readers know. Own sentences."""
import pytest

from conftest import codes


def _words(check, text):
    return [x.text for x in codes(check(text, select="DD104"), "DD104")]


# an adjective of a noun and 'vrij', 'arm', 'dicht' ... tagged as a verb is read as an adjective
@pytest.mark.parametrize("text, word", [
    ("Vanaf volgend jaar moeten alle bussen in de stad uitstootvrij rijden.", "uitstootvrij"),
])
def test_adjective_compound_tagged_as_verb_is_not_difficult(check, text, word):
    assert word not in _words(check, text)


def test_adjective_compound_only_for_no_verb_form():
    from duidelijk.rules.difficult_words import DifficultWord, adjective_compound

    assert adjective_compound("uitstootvrij") and adjective_compound("plasticvrij")
    assert adjective_compound("zoutarm")  # listed, and read by its parts again (fix23b, rev23 bug 11)
    assert not adjective_compound("vormvrij")  # a term (adjective_terms.tsv): judged as a whole
    assert not adjective_compound("bevrijd")  # a prefix: a verb form ("bevrijden")
    assert not adjective_compound("toedicht")  # a particle verb: "dat hij het haar toedicht"
    assert not adjective_compound("vrij")  # one part
    rule = DifficultWord()
    assert rule.word_score("uitstootvrij", "uitstootvrij", "VERB", None) is None
    # read as an adjective, a compound with a hard part stays hard
    assert rule.word_score("emissievrij", "emissievrij", "VERB", None) is not None


# a compound rare only by a part the B1 list holds, with an everyday head of speech, is known
@pytest.mark.parametrize("text, word", [
    ("Op deze pagina leest u de coronaregels voor uw bezoek aan het zwembad.", "coronaregels"),
    ("Met de grofvuilpas kunt u zelf naar de milieustraat.", "grofvuilpas"),
    ("Het stembureauwerk begint om half acht.", "stembureauwerk"),
])
def test_compound_rare_by_a_known_part_is_not_difficult(check, text, word):
    assert word not in _words(check, text)


@pytest.mark.parametrize("text, word", [
    # ('grofvuilkalender', 'stembureaulid' are known since words26: a first part that is an
    # everyday compound for a thing, read by its parts, and a known head; tests/test_words26.py)
    ("Het grofvuilbeleid is nieuw.", "grofvuilbeleid"),  # 'beleid': a new compound, an abstract head of written Dutch
    ("De stembureaunorm is streng.", "stembureaunorm"),
    ("Wij controleren de legionellaregels in het zwembad.", "legionellaregels"),  # 'legionella': not known
    ("Voor de bouw van uw huis hoort een kavelpaspoort.", "kavelpaspoort"),  # a head in another sense
])
def test_compound_with_an_unknown_part_or_head_stays_difficult(check, text, word):
    assert word in _words(check, text)


def test_known_part_compound():
    from duidelijk.rules.difficult_words import hard_part, known_part_compound

    assert known_part_compound("coronaregels", "NOUN", 3.5) and known_part_compound("grofvuilpas", "NOUN", 3.5)
    assert not known_part_compound("legionellaregels", "NOUN", 3.5)  # a rare part, not on the B1 list
    assert not known_part_compound("grofvuilroute", "NOUN", 3.5)
    assert not known_part_compound("coronaregels", "VERB", 3.5)
    assert not hard_part("coronaregels", "NOUN", 3.5)  # still no obstacle of its own


# what everyone does on a phone or computer (b1_safe.tsv, 'internet en contact')
@pytest.mark.parametrize("text, word", [
    ("U kunt de film op elk moment pauzeren.", "pauzeren"),
    ("Wilt u het formulier op papier? U kunt het uitprinten.", "uitprinten"),
    ("Bent u klaar? Dan kunt u daarna uitloggen.", "uitloggen"),
    ("U moet even scrollen om alles te zien.", "scrollen"),
    ("Wilt u inzoomen op de kaart? Gebruik dan twee vingers.", "inzoomen"),
    # a participle the lemmatizer gets wrong ('uitgeprinnen'): its verb by spelling is on the list
    ("Heeft u het bewijs al op papier uitgeprint? Dan hoeft u niets te doen.", "uitgeprint"),
])
def test_what_everyone_does_on_a_screen_is_not_difficult(check, text, word):
    assert word not in _words(check, text)


@pytest.mark.parametrize("text, word", [
    ("Wij kunnen uw pas deblokkeren als u belt.", "deblokkeren"),  # no button every user presses
    ("Wij hebben uw pas gisteren gedeblokkeerd.", "gedeblokkeerd"),
    ("Het programma temporiseren wij tot volgend jaar.", "temporiseren"),
])
def test_other_verbs_of_computers_and_plans_stay_difficult(check, text, word):
    assert word in _words(check, text)
