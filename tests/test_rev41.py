"""rev41: mends from the review of the forty-first session's rule changes on fresh sentences.

- DD103: a list pair whose noun is the active subject of its verb while the verb has an object
  of its own is no support-verb expression ("De verandering brengt veel onrust in de buurt");
  nor is one whose verb a separated particle makes another verb ("Wij maken de analyse af").
- DD102: a label line with "elke/iedere" + a day of the week is a routine update ("Wordt iedere
  maandag bijgewerkt"), and a rhythm the parse takes for the subject ("Wordt elk kwartaal
  bijgewerkt") is no subject.
- DD112: the abbreviation as the subject of a sentence that says what it stands for, the first
  time it is used ("BSO betekent buitenschoolse opvang."), is explained.

Sentences written for these tests."""

import pytest

from conftest import codes


def found(check, text, code):
    return [f.text for f in codes(check(text, select=code), code)]


# --- DD103 ---------------------------------------------------------------------------------

NOT_PAIRS = [
    "De verandering brengt veel onrust in de buurt.",
    "De beschrijving geeft van elk huis de oppervlakte en het bouwjaar.",
    "De oproep doet ons deugd: al veertig mensen meldden zich.",
    "Wij maken de analyse van de enquête in maart af.",
]

PAIRS = [
    ("Wij hebben verandering gebracht in de openingstijden.", "verandering"),
    ("Een medewerker geeft een schatting van de kosten.", "schatting"),
    ("De gemeente doet een oproep aan alle bewoners.", "oproep"),
    ("Wij hebben een analyse gemaakt van alle klachten.", "analyse"),
    ("Wij brengen volgende week een kleine verbetering aan in het formulier.", "verbetering"),
    ("Wij voeren de betaling binnen vijf werkdagen uit.", "betaling"),
    ("De betaling vindt plaats via de bank.", "betaling"),  # the subject of a verb without an object
    ("Er vindt een beoordeling plaats.", "beoordeling"),
    ("In het dak is een verbetering aangebracht.", "verbetering"),  # the passive's subject
]


@pytest.mark.parametrize("text", NOT_PAIRS)
def test_no_pair_when_the_noun_acts_or_the_verb_is_another(check, text):
    assert not any("maakt de zin stijf" in f.message for f in codes(check(text, select="DD103"), "DD103"))


@pytest.mark.parametrize("text,noun", PAIRS)
def test_pair_still_named(check, text, noun):
    assert any(noun in f.text and "maakt de zin stijf" in f.message
               for f in codes(check(text, select="DD103"), "DD103"))


# --- DD102 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Wordt iedere maandag bijgewerkt.", "Wordt elke vrijdag bijgewerkt.",
                                  "Wordt elk kwartaal bijgewerkt."])
def test_label_line_with_a_rhythm_is_silent(check, text):
    assert found(check, text, "DD102") == []


@pytest.mark.parametrize("text", ["Wordt per maandag bijgewerkt.",  # from Monday on: a start
                                  "De cijfers worden iedere maandag bijgewerkt.",  # running text
                                  "Wordt de lijst elk kwartaal bijgewerkt?",  # a subject of its own
                                  "Wordt iedere maandag opgehaald."])  # no update
def test_near_misses_keep_the_passive(check, text):
    assert found(check, text, "DD102")


# --- DD112 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "BSO betekent buitenschoolse opvang. Uw kind kan na school naar de BSO.",
    "TOZO staat voor Tijdelijke overbruggingsregeling zelfstandig ondernemers.",
    "Het KCC is ons klantcontactcentrum. U kunt het KCC elke werkdag bellen.",
])
def test_defined_where_first_used(check, text):
    assert found(check, text, "DD112") == []


@pytest.mark.parametrize("text,abbreviation", [
    ("Het LSP betekent dat uw huisarts uw gegevens kan zien.", "LSP"),
    ("Het ABP betekent veel voor uw pensioen.", "ABP"),
    ("De BSO is buiten schooltijd open.", "BSO"),
    ("Het KCC is elke dag open.", "KCC"),
])
def test_not_a_definition(check, text, abbreviation):
    assert abbreviation in found(check, text, "DD112")


@pytest.mark.parametrize("text,noun", [
    ("Wij willen een inschatting maken van het aantal aanvragen.", "inschatting"),  # infinitive, no subject
    ("Er is een lijst met data waar u een keuze uit kunt maken.", "keuze"),  # 'waar ... uit', no particle
])
def test_pair_kept_where_the_parse_misleads(check, text, noun):
    assert any(noun in f.text and "maakt de zin stijf" in f.message
               for f in codes(check(text, select="DD103"), "DD103"))


# --- DD111 ---------------------------------------------------------------------------------

def test_men_telling_the_reader_is_not_people_in_general(check):
    f = codes(check("Men zegt u binnen twee weken of u de vergunning krijgt.", select="DD111"), "DD111")
    assert f and "'mensen'" not in f[0].message and "'wij'" in f[0].message


def test_men_saying_in_general_keeps_mensen(check):
    f = codes(check("Men zegt dat parkeren in de wijk duurder wordt.", select="DD111"), "DD111")
    assert f and "'mensen'" in f[0].message


def test_pair_kept_when_the_particle_is_a_preposition(check):
    # the parse takes 'op' of 'op een veilige manier' for a particle of 'dragen'
    text = "1. Zorg dragen voor een goede doorstroming op kruispunten op een veilige manier."
    assert any("Zorg dragen voor" in f.text for f in codes(check(text, select="DD103"), "DD103"))
