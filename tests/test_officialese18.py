"""Officialese by class, eighteenth session (miss18): "van" + an adjective + "aard" (a
construction of DD103), and list entries of jargon.tsv for whole kinds of written Dutch:
"met als doel/gevolg", "het geval zijn", "stadium" as a point in time, "in ... vorm",
"een ... karakter hebben", formal verbs ("fungeren als", "opmaken" with a report), a noun
with "bieden", time words and "vlak" as a field. Own sentences, each with one that must stay."""

import pytest


def found(check, code, text):
    return [f for f in check(text, select=[code]).findings if f.code == code]


# --- DD103: "van" + adjective + "aard" --------------------------------------------------------
@pytest.mark.parametrize("text, span, plain", [
    ("De uitkering is van tijdelijke aard.", "van tijdelijke aard", "tijdelijk"),
    ("Zijn klachten zijn van medische aard.", "van medische aard", "medisch"),
    ("De gesprekken zijn van vertrouwelijke aard.", "van vertrouwelijke aard", "vertrouwelijk"),
    ("Deze problemen blijken van financiële aard te zijn.", "van financiële aard", "financieel"),
])
def test_of_a_kind_after_zijn_gets_the_adjective(check, text, span, plain):
    f = [x for x in found(check, "DD103", text) if x.text == span]
    assert len(f) == 1
    assert f[0].suggestions == [plain]


@pytest.mark.parametrize("text, span, advice", [
    ("Wij helpen mensen met problemen van financiële aard.", "van financiële aard", "'financiële problemen'"),
    ("U heeft een probleem van financiële aard.", "van financiële aard", "'financieel probleem'"),
    ("De subsidie is voor een behandeling van plastisch-chirurgische aard.",
     "van plastisch-chirurgische aard", "'plastisch-chirurgische behandeling'"),
])
def test_of_a_kind_in_a_noun_phrase_is_advice(check, text, span, advice):
    f = [x for x in found(check, "DD103", text) if x.text == span]
    assert len(f) == 1
    assert f[0].suggestions == []
    assert advice in f[0].message


@pytest.mark.parametrize("text", [
    "Wij krijgen vragen van allerlei aard.",
    "Het zijn klachten van dezelfde aard.",  # no kind named
    "Het gaat om kosten van andere aard.",
    "De aard van de klacht is nog niet bekend.",  # "de aard van": no adjective
    "Uiteraard helpen wij u graag.",  # another word
])
def test_of_a_kind_without_an_adjective_of_kind_stays(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text.lower().endswith(" aard")]


# --- DD103: list entries by class ------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Wij bellen u, met als doel een afspraak te maken.", "met als doel"),
    ("Er was brand, met als gevolg dat de school dicht is.", "met als gevolg"),
    ("Als dat het geval is, krijgt u een brief.", "het geval is"),
    ("Denkt u dat dit het geval is, bel ons dan.", "het geval is"),
    ("In een later stadium krijgt u meer informatie.", "In een later stadium"),
    ("In dit stadium kunnen wij nog geen besluit nemen.", "In dit stadium"),
    ("U ontvangt de stukken in digitale vorm.", "in digitale vorm"),
    ("De hulp heeft een tijdelijk karakter.", "heeft een tijdelijk karakter"),
    ("De coördinator fungeert als aanspreekpunt.", "fungeert als"),
    ("Wij hebben een verslag van het gesprek opgemaakt.", "opgemaakt"),
    ("Wij hebben dit op schrift gesteld.", "op schrift gesteld"),
    ("Wij willen duidelijkheid scheppen over de regels.", "duidelijkheid scheppen"),
    ("Wij willen u handvatten geven voor het gesprek.", "handvatten geven"),
    ("Binnen deze tijdspanne moet u betalen.", "tijdspanne"),
    ("Na het verstrijken van de termijn kunt u geen bezwaar meer maken.", "Na het verstrijken van"),
    ("Op dit vlak kunnen wij u helpen.", "Op dit vlak"),
    ("Wij hebben uw lopende aanvraag nog in behandeling.", "lopende"),
    ("Tegen de achtergrond van de crisis helpen wij meer mensen.", "Tegen de achtergrond van"),
])
def test_class_entries_are_found(check, text, span):
    assert [x for x in found(check, "DD103", text) if x.text == span]


@pytest.mark.parametrize("text, span, plain", [
    ("Het formulier is ook in papieren vorm te krijgen.", "in papieren vorm", "op papier"),
    ("In een eerder stadium heeft u al een aanvraag gedaan.", "In een eerder stadium", "Eerder"),
    ("In het lopende jaar betaalt u minder.", "het lopende jaar", "dit jaar"),
])
def test_class_entries_replace_as_they_stand(check, text, span, plain):
    f = [x for x in found(check, "DD103", text) if x.text == span]
    assert f and f[0].suggestions[0] == plain


@pytest.mark.parametrize("text", [
    "Het geval is bijzonder, want u woont in het buitenland.",  # 'geval' as subject: a case
    "In dat geval krijgt u geld terug.",
    "De ziekte zit al in het laatste stadium.",  # a phase, but no officialese
    "U heeft uw geld opgemaakt.",  # used up: no report
    "De kapper heeft haar haar opgemaakt.",
    "De vorm van het formulier is veranderd.",
    "Het vlak van de tafel is glad.",
    "De bushalte ligt vlak bij het stadhuis.",
    "De kinderen gingen lopend naar school voor de aanvraag.",  # on foot
    "Wij hebben het karakter van de wijk bewaard.",
])
def test_everyday_senses_stay(check, text):
    new = {"geval", "stadium", "opgemaakt", "vorm", "vlak", "lopend", "karakter"}
    assert not [x for x in found(check, "DD103", text) if any(w in x.text.lower() for w in new)]


# --- DD103: "met (een) ... karakter" and "een ... karakter hebben" ----------------------------
@pytest.mark.parametrize("text, span, advice", [
    ("Wij ontvingen uitingen met een racistisch karakter.", "met een racistisch karakter", "'racistische uitingen'"),
    ("Het gaat om bijeenkomsten met een informeel karakter.", "met een informeel karakter",
     "'informele bijeenkomsten'"),
    ("Het overleg heeft een vrijblijvend karakter.", "een vrijblijvend karakter", "vrijblijvend is"),
])
def test_with_a_character_is_found(check, text, span, advice):
    f = [x for x in found(check, "DD103", text) if x.text == span]
    assert len(f) == 1
    assert f[0].suggestions == []
    assert advice in f[0].message


@pytest.mark.parametrize("text", [
    "Het is een kind met een vrolijk karakter.",  # a person's character
    "U heeft een sterk karakter.",
    "Hij heeft een onrustig karakter.",
    "Wij willen het groene karakter van de wijk bewaren.",  # no 'met', no 'een ... hebben'
    "Het karakter van de wijk verandert.",
])
def test_character_of_a_person_stays(check, text):
    assert not [x for x in found(check, "DD103", text) if "karakter" in x.text]


# --- DD103: second round of class entries ----------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Neem voor het verstrijken van de termijn contact met ons op.", "voor het verstrijken van"),
    ("Met het verstrijken van de termijn is het besluit definitief.", "Met het verstrijken van"),
    ("De gemeente heeft de regie over het plan.", "heeft de regie"),
    ("Wij nemen uw reactie mee in ons besluit.", "nemen uw reactie mee in"),
    ("Wij gaan de mogelijkheden verkennen.", "verkennen"),
    ("Wij hebben de knelpunten in de wijk in beeld gebracht.", "in beeld gebracht"),
    ("Wij peilen de behoefte van de bewoners.", "peilen"),
])
def test_policy_words_are_found(check, text, span):
    assert [x for x in found(check, "DD103", text) if x.text == span]


@pytest.mark.parametrize("text", [
    "Neem uw paspoort mee in uw tas.",  # to carry
    "Wij verkennen de stad op de fiets.",  # to explore a place
    "De dokter peilt uw bloeddruk.",  # to measure, no policy noun
])
def test_policy_words_in_everyday_senses_stay(check, text):
    assert not [x for x in found(check, "DD103", text) if x.text.lower().startswith(("neem", "verken", "peil"))]
