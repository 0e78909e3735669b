"""DD102 of the thirty-ninth session (rules39c). Sentences written for these tests.

"Opgenomen worden / zijn" in or on a place of care (wordlists/care_places.tsv) is the everyday
Dutch for a hospital stay ('opname'): the place takes the patient in and no doer is put in front,
so it is no passive to rewrite. Any other place, or "door", keeps the passive.

'persoon' / 'personen' are person nouns (wordlists/feeling_subjects.tsv), so "het aantal personen
die getest zijn" is a state of health as with 'mensen'."""

from conftest import codes


def spans(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD102"), "DD102")]


def test_hospital_stay_with_zijn_is_no_passive(check):
    assert spans(check, "Mijn buurman is vorige week in het ziekenhuis opgenomen.") == []


def test_hospital_stay_with_worden_is_no_passive(check):
    assert spans(check, "Als uw kind op de intensive care wordt opgenomen, mag u erbij blijven.") == []


def test_care_place_as_end_of_a_compound(check):
    assert spans(check, "Zij werd in maart opgenomen in een streekziekenhuis in Zeeland.") == []
    assert spans(check, "Hij is op een ic-afdeling opgenomen.") == []


def test_phrase_hung_on_another_phrase(check):
    # the parse may hang "in het verpleeghuis" on "reden"; it is still where she was admitted
    assert spans(check, "Bewoners die om een andere reden in het verpleeghuis zijn opgenomen, tellen mee.") == []


def test_other_places_keep_the_passive(check):
    assert spans(check, "Uw naam is in het programma opgenomen.") == ["is in het programma opgenomen"]
    assert spans(check, "Uw klacht is opgenomen in het ziekenhuisdossier.") == ["is opgenomen"]


def test_door_keeps_the_passive(check):
    assert spans(check, "Uw vader is door het ziekenhuis opgenomen.") == ["is door het ziekenhuis opgenomen"]


def test_other_participles_with_a_care_place_stay(check):
    assert spans(check, "Uw moeder is in het ziekenhuis onderzocht.") == ["is in het ziekenhuis onderzocht"]


def test_worden_as_become_is_no_passive(check):
    # the trap: "worden" with a number is "become", not a passive
    assert spans(check, "Ik word morgen 40.") == []


def test_personen_is_a_person_noun_for_a_state_of_health(check):
    # 'persoon' / 'personen' (wordlists/feeling_subjects.tsv): tested people are in a state
    assert spans(check, "Dit is het aantal personen die deze week getest zijn.") == []


def test_tested_things_stay_a_passive(check):
    assert spans(check, "Dit is het aantal monsters die deze week getest zijn.") == ["getest zijn"]


def test_one_participle_gives_one_finding(check):
    # a doubled auxiliary (a slip) on one participle: one passive, one finding
    text = "Kijk wanneer de cijfers voor het laatst zijn gepubliceerd zijn door het RIVM."
    assert spans(check, text) == ["zijn gepubliceerd"]


def test_two_participles_give_two_findings(check):
    text = "Uw aanvraag is ontvangen en wordt nu behandeld."
    assert spans(check, text) == ["is ontvangen", "wordt nu behandeld"]
