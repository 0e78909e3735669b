"""Review fixes of the eighteenth session's DD103 constructions and list entries (fix18b, after
REVIEW18-rev18a bugs 5-12, N5-N8, and an own check of 905cdfc): the 'with' words of rows with
common words must belong to the match's own phrase, a 'van' part after 'stadium' takes the
replacement away, 'van ... aard' keeps the -e after possessives and a comparative's degree, and
alternatives that changed the meaning are replaced. Own sentences, both ways."""

import pytest


def found(check, text, word):
    return [f for f in check(text, select=["DD103"]).findings if f.code == "DD103" and word in f.text.lower()]


# bug 5: 'geval' as the subject is a case, not "het geval zijn"
@pytest.mark.parametrize("text", [
    "Het geval is niet bijzonder.",
    "Het geval is niet zo eenvoudig als het lijkt.",
    "Dit is een moeilijk geval en het geval is nog niet klaar.",
])
def test_case_as_subject_stays(check, text):
    assert not found(check, text, "geval")


@pytest.mark.parametrize("text", ["Als dat het geval is, bellen wij u.", "Dat is niet het geval.",
                                  "Indien dit het geval is, krijgt u bericht."])
def test_het_geval_zijn_as_predicate_is_found(check, text):
    assert found(check, text, "geval")


# bug 6: a 'van' part after 'stadium' belongs to it: no replacement
@pytest.mark.parametrize("text, span", [
    ("In dit stadium van de aanvraag kunnen wij nog niets zeggen.", "In dit stadium"),
    ("In een later stadium van het onderzoek krijgt u meer informatie.", "In een later stadium"),
    ("In het huidige stadium van de bouw is dat niet mogelijk.", "In het huidige stadium"),
    ("In dit stadium van uw ziekte kunt u niet werken.", "In dit stadium"),
])
def test_stage_with_of_part_gets_no_replacement(check, text, span):
    f = [x for x in found(check, text, "stadium") if x.text == span]
    assert len(f) == 1 and f[0].suggestions == []


def test_stage_alone_keeps_its_replacement(check):
    f = found(check, "In een later stadium krijgt u meer informatie.", "stadium")
    assert f and f[0].suggestions == ["Later"]


# bug 7: 'lopende' only on one of its own nouns; as a preposition 'tijdens'
@pytest.mark.parametrize("text", [
    "De lopende kosten van uw aanvraag betaalt u zelf.",
    "Het geld staat op uw lopende rekening, en daarna doen wij onderzoek.",
    "Wij helpen u met de aanvraag, want de lopende huur is hoog.",
])
def test_everyday_lopende_stays(check, text):
    assert not found(check, text, "lopende")


@pytest.mark.parametrize("text, plain", [
    ("Lopende de procedure kunt u geen nieuwe aanvraag doen.", "Tijdens de"),
    ("Lopende het onderzoek krijgt u geen uitkering.", "Tijdens het"),
])
def test_lopende_as_preposition_is_tijdens(check, text, plain):
    f = found(check, text, "lopende")
    assert len(f) == 1 and f[0].suggestions == [plain]


def test_lopende_with_its_noun_is_found(check):
    f = found(check, "Uw lopende aanvraag blijft staan.", "lopende")
    assert f and "die nog niet klaar is" in f[0].message


# bug 8: 'opmaken' only with a report as its own object
@pytest.mark.parametrize("text", [
    "Uit het rapport maak ik op dat u recht heeft op hulp.",  # to conclude
    "Het verslag is mooi opgemaakt met plaatjes.",  # the layout
    "Zij heeft zich opgemaakt voor het feest en daarna het verslag gelezen.",  # getting ready
])
def test_opmaken_in_other_senses_stays(check, text):
    assert not [f for f in found(check, text, "") if f.text.lower().startswith(("maak", "opgemaakt"))]


@pytest.mark.parametrize("text", ["Wij hebben een rapport opgemaakt.", "Er is proces-verbaal opgemaakt door de politie."])
def test_drawing_up_a_report_is_found(check, text):
    assert found(check, text, "opgemaakt")


# bug 9, bug 10, N7: 'van ... aard'
@pytest.mark.parametrize("text", [
    "Wij helpen u met uw probleem van financiële aard.",
    "Wij kijken naar ons probleem van financiële aard.",
    "Uw probleem van financiële aard lossen wij op.",
])
def test_of_a_kind_after_a_possessive_takes_e(check, text):
    f = found(check, text, "aard")
    assert f and "'financiële probleem'" in f[0].message


def test_of_a_kind_after_een_takes_no_e(check):
    f = found(check, "Wij helpen u met een probleem van financiële aard.", "aard")
    assert f and "'financieel probleem'" in f[0].message


@pytest.mark.parametrize("text, plain", [
    ("De klachten zijn nu van ernstiger aard dan vorig jaar.", "ernstiger"),
    ("De klachten zijn van ernstige aard.", "ernstig"),
    ("De hulp blijft van tijdelijke aard.", "tijdelijk"),
])
def test_of_a_kind_predicate_keeps_form(check, text, plain):
    f = found(check, text, "aard")
    assert f and f[0].suggestions == [plain]


def test_of_a_kind_with_a_listed_adjective(check):
    # since the forty-third session 'uiteenlopen' is a listed formal word of its own (rules43c:
    # two blind readers, plain 'verschillen'): offering 'uiteenlopend' as the plain form would offer
    # a formal word, so the listed word is marked and its plain word named
    report = check("De vragen zijn van uiteenlopende aard.", select="DD103")
    spans = [f.text for f in report.findings]
    assert "uiteenlopende" in spans and not any("aard" in s for s in spans)
    assert "'verschillen'" in next(f for f in report.findings if f.text == "uiteenlopende").message


# bug 11, bug 12: alternatives that keep the meaning
def test_op_dit_vlak_is_no_hierbij(check):
    f = found(check, "Op dit vlak sturen wij u later meer informatie.", "vlak")
    assert f and "Hierbij" not in f[0].suggestions and "Hierover" in f[0].suggestions


@pytest.mark.parametrize("text, plain, wrong", [
    ("De klachten hebben een incidenteel karakter.", "soms voorkomen", "eenmalig"),
    ("Het probleem heeft een structureel karakter.", "steeds terugkomen", "blijvend"),
])
def test_character_alternatives_keep_meaning(check, text, plain, wrong):
    f = found(check, text, "karakter")
    assert f and plain in f[0].message and wrong not in f[0].message


@pytest.mark.parametrize("text", ["Tegen de achtergrond van de zee staat het stadhuis op de foto.",
                                  "Tegen de achtergrond van de crisis stijgen de prijzen."])
def test_background_gets_no_replacement(check, text):
    f = found(check, text, "achtergrond")
    assert f and f[0].suggestions == []


# own check of 905cdfc: the character of a person or animal, 'verstrijken', 'meenemen in'
@pytest.mark.parametrize("text", ["Mijn zoon heeft een dominant karakter.",
                                  "Wij zoeken een kind dat een dominant karakter heeft."])
def test_character_of_a_person_noun_stays(check, text):
    assert not found(check, text, "karakter")


@pytest.mark.parametrize("text", ["De maatregel heeft een preventief karakter.",
                                  "De regeling heeft een tijdelijk karakter."])
def test_character_of_a_measure_is_found(check, text):
    assert found(check, text, "karakter")


@pytest.mark.parametrize("text, plain", [
    ("U kunt bezwaar maken tot het verstrijken van de termijn.", "tot het einde van"),
    ("Betaal voor het verstrijken van de termijn.", "voor het einde van"),
])
def test_before_and_until_the_end(check, text, plain):
    f = found(check, text, "verstrijken")
    assert f and f[0].suggestions == [plain]


def test_met_het_verstrijken_gets_no_replacement(check):
    f = found(check, "Met het verstrijken van de tijd wordt het beter.", "verstrijken")
    assert f and f[0].suggestions == []


def test_meenemen_in_needs_the_decision_after_in(check):
    assert not found(check, "Wij nemen het advies mee in de bus naar Utrecht.", "mee in")
    assert found(check, "Uw reactie nemen wij mee in het besluit.", "mee in")


def test_lopende_before_its_own_noun_is_no_preposition(check):
    assert not found(check, "Wij melden de lopende werkzaamheden van de gemeente.", "lopende")


@pytest.mark.parametrize("text, plain", [
    ("Neem voor het verstrijken van de datum contact met ons op.", "voor"),  # a date has no end
    ("U kunt bezwaar maken tot het verstrijken van de vervaldatum.", "tot"),
])
def test_before_a_date_is_voor(check, text, plain):
    f = found(check, text, "verstrijken")
    assert f and f[0].suggestions == [plain]
