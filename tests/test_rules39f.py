"""Thirty-ninth session, rules39f: DD119's setting 'written' (a pointer of written Dutch, 'hier' +
a preposition, first in its sentence or after a noun). When does such a pointer stand for the whole
statement before it (the reader finds it at once), and when for one thing of several? And which
nouns before it are no thing of their own (a name with 'en', a noun named twice, who gives)?
Sentences written for these tests."""
import pytest

from conftest import codes


def found(check, text):
    return [f.text for f in codes(check(text, select=["DD119"]), "DD119")]


@pytest.mark.parametrize("text", [
    # 'hiermee' on a clause of result or verdict: 'met dat wat gebeurde', the whole statement
    "U heeft uw huur en uw gas niet op tijd betaald. Hiermee heeft u de afspraak met ons verbroken.",
    "U heeft het formulier en een kopie van uw paspoort op tijd ingeleverd. Hiermee heeft u aan uw plicht voldaan.",
    "U heeft uw auto en uw aanhanger op de stoep gezet. Hiermee heeft u de regels van de gemeente overtreden.",
    "U heeft de boete en de kosten betaald. Hiermee is de zaak voor ons afgesloten.",
    "De gemeente heeft de straat en de stoep opnieuw bestraat. Hiermee is het werk in uw buurt klaar.",
    "De buurthuizen en de sporthal krijgen nieuwe ramen. Hiermee worden de gebouwen warmer in de winter.",
    "Het college heeft het plan voor de sporthal en het zwembad besproken met de raad. "
    "Hiermee is een belangrijke stap gezet.",
])
def test_result_of_the_whole_statement_is_not_found(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text", [
    # something done now or later with one of the things: the reader must choose
    "De gemeente heeft een nieuwe app en een website gemaakt. Hiermee meldt u afval op straat.",
    "Het college heeft een plan voor de sporthal en een plan voor het zwembad gemaakt. "
    "Hiermee kan de gemeente subsidie aanvragen.",
    # 'hebben' as the verb itself, no perfect
    "Wij sturen u een formulier en een envelop. Hiermee heeft u alles wat u nodig heeft.",
])
def test_hiermee_with_a_thing_is_found(check, text):
    assert found(check, text) == ["Hiermee"]


def test_hierbij_after_the_same_doer_is_not_found(check):
    # 'bij dat werk': the subject goes on with what it just did
    text = "Wij hebben uw aanvraag en de bijlagen gecontroleerd. Hierbij zagen wij dat uw loonstrook ontbreekt."
    assert found(check, text) == []


@pytest.mark.parametrize("text", [
    # another doer
    "De gemeente heeft een plan en een begroting gemaakt. Hierbij hoort een kaart van de wijk.",
    # the same doer, but after getting things: at which of them?
    "Wij hebben uw brief en uw formulier ontvangen. Hierbij zagen wij een fout.",
])
def test_hierbij_with_a_thing_is_found(check, text):
    assert found(check, text) == ["Hierbij"]


@pytest.mark.parametrize("text", [
    # 'zijn' with a noun: one thing by two names
    "Mijn Loket is de website van de gemeente. Hierin ziet u al uw aanvragen.",
    # a name said twice, the first time as a label
    "Socrates: Socrates is ons systeem voor uitkeringen. Hierin staat hoeveel bijstand u krijgt.",
    # a name with 'en', 'voor' between capitals: one name
    "U heeft een brief gekregen van het Centrum voor Jeugd en Gezin. Hierin staat wanneer uw afspraak is.",
    "Wij hebben een melding gekregen van het Advies- en Meldpunt Huiselijk Geweld. Hierop nemen wij contact met u op.",
    # an apposition names the thing before it
    "U krijgt een brief van de afdeling Werk en Inkomen. Hierin leest u hoeveel bijstand u krijgt.",
    "U krijgt een vergoeding van het fonds Kunst en Cultuur. Hiermee betaalt u de huur van uw atelier.",
])
def test_one_thing_by_more_names_is_not_found(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text, span", [
    # two things, each with an article
    ("U krijgt een brief van de Belastingdienst en een brief van het UWV. Hierin leest u hoeveel u krijgt.",
     "Hierin"),
    ("U krijgt een vergoeding van het fonds en een lening van de bank. Hiermee betaalt u de huur van uw atelier.",
     "Hiermee"),
    ("De Stadspas is een pas voor uw gezin en de Kindpas is een pas voor uw kind. Hiermee krijgt u korting.",
     "Hiermee"),
])
def test_more_things_are_still_found(check, text, span):
    assert found(check, text) == [span]


@pytest.mark.parametrize("text", [
    # 'hiermee' with a verb of saying that the writer does by writing: "met deze brief"
    "U heeft een melding gedaan over een kapotte lamp en een losse stoeptegel. Hiermee bedanken wij u voor uw hulp.",
    "U heeft gebeld over uw huur en uw toeslag. Hiermee laten wij u weten wat wij hebben besloten.",
    "Er komt een nieuw park met een speeltuin en een vijver. Hiermee nodigen wij u uit voor een avond over de plannen.",
])
def test_hiermee_of_the_letter_is_not_found(check, text):
    assert found(check, text) == []


@pytest.mark.parametrize("text", [
    # a particle makes another verb: 'aanvragen' is no act of the letter
    "Wij hebben een plan en een begroting gemaakt. Hiermee vragen wij subsidie aan bij de provincie.",
    "U kunt bij ons een voedselpakket en kleding krijgen. Hiermee helpen wij u de eerste weken.",
])
def test_hiermee_of_an_act_with_a_thing_is_found(check, text):
    assert found(check, text) == ["Hiermee"]


@pytest.mark.parametrize("text", [
    # an organisation that gives or does acts as a person: no thing to point to
    "U heeft van Stichting Thuis een fiets gekregen. Hiermee kunt u naar uw werk.",
    "Het rapport is geschreven door Bureau Groen en is klaar. Hierin staat hoe de wijk groener wordt.",
])
def test_who_gives_is_no_thing(check, text):
    assert found(check, text) == []


def test_two_things_from_an_organisation_are_found(check):
    text = "U heeft van Stichting Thuis een fiets en een laptop gekregen. Hiermee kunt u naar school."
    assert found(check, text) == ["Hiermee"]
