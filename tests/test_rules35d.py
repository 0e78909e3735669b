"""Thirty-fifth session, rules35d: unclear references. Sentences written for these tests.

- DD119, the setting 'hierbij': "hierbij" that is not the letter formula ("Hierbij ontvangt u
  ...", DD103's) is written Dutch for "bij wat ik net schreef"; speech leaves it out or names the
  act. Off by default (6 of 7 tunable findings held; the bar to be on is 10 findings).
- DD103, 'deze' alone whose noun stands in its own sentence ("Wij hebben uw klacht gekregen en
  deze doorgestuurd"): found now, as stiff written Dutch; speech says 'hem', 'ze' or 'die'."""

import pytest

from conftest import codes


HIERBIJ_ON = {"DD119": {"hierbij": True}}


def found(check, text, rules=HIERBIJ_ON):
    return [f.text for f in codes(check(text, select=["DD119"], rules=rules), "DD119")]


@pytest.mark.parametrize("text, span", [
    ("Wij komen bij u thuis voor een gesprek. Hierbij kijken wij naar wat u nodig heeft.", "Hierbij"),
    ("De medewerker controleert uw aanvraag. Hierbij gebruikt zij de gegevens van de Belastingdienst.", "Hierbij"),
    ("Wij gaan de straat opnieuw inrichten. Hierbij houden wij rekening met de bomen.", "Hierbij"),
    ("Wij hebben de regels aangepast en maken hierbij minder fouten.", "hierbij"),
    ("Vul het formulier in. Let hierbij op de datum van uw verhuizing.", "hierbij"),
    ("Wij hebben uw woning bekeken. Hierbij zagen wij schimmel in de badkamer.", "Hierbij"),
    # one thing before it: still written Dutch, and 'hierbij' hides what it stands for
    ("U heeft een uitkering. Hierbij hoort een plicht om werk te zoeken.", "Hierbij"),
])
def test_found(check, text, span):
    assert found(check, text) == [span]


@pytest.mark.parametrize("text", [
    # the letter formula: "with this letter" (DD103 says to leave it out)
    "Hierbij ontvangt u het besluit over uw aanvraag.",
    "Hierbij stuur ik u de stukken die u vroeg.",
    "Hierbij vindt u het formulier voor de parkeervergunning.",
    "Hierbij treft u de nota aan.",
    "Hierbij nodig ik u uit voor een gesprek op 3 mei.",
    "Hierbij wil ik u laten weten dat uw pas klaar is.",
    "Wij sturen u hierbij de stukken die u vroeg.",
    "Ik nodig u hierbij uit voor een gesprek.",
    "Namens het college verleen ik u hierbij een vergunning.",
    "Hierbij bevestigen wij uw afspraak van 12 juni.",
    # the sentence names the thing itself
    "Wij nemen maatregelen tegen de overlast. Denk hierbij aan extra controles in de avond.",
    "U kunt geld krijgen voor de kosten. Het gaat hierbij om de reis en het hotel.",
    # a plain letter that says it without 'hierbij'
    "Met deze brief krijgt u ons besluit.",
    "Wij komen bij u thuis. Daarbij kijken wij naar wat u nodig heeft.",
    "Bij deze brief zit een formulier.",
    "U kunt uw pas hier bij de balie ophalen.",
])
def test_not_found(check, text):
    assert found(check, text) == []


def test_off_by_default(check):
    text = "Wij komen bij u thuis voor een gesprek. Hierbij kijken wij naar wat u nodig heeft."
    assert found(check, text, rules={}) == []
    assert found(check, text) == ["Hierbij"]


def test_message_says_what_to_do(check):
    text = "Wij komen bij u thuis voor een gesprek. Hierbij kijken wij naar wat u nodig heeft."
    finding = codes(check(text, select=["DD119"], rules=HIERBIJ_ON), "DD119")[0]
    assert "weglaten" in finding.message and "'bij'" in finding.message


def test_pointers_still_take_hierbij_when_hierbij_is_off(check):
    """With only ``pointers = true``, 'hierbij' is the pointer part's, as before."""
    text = "De tool kiest een boete of een waarschuwing. Hierbij kijken wij naar uw inkomen."
    assert found(check, text, rules={"DD119": {"pointers": True}}) == ["Hierbij"]
    both = {"DD119": {"pointers": True, "hierbij": True}}
    assert found(check, text, rules=both) == ["Hierbij"]


def test_message_is_plain(check):
    """The message is plain Dutch: the checker finds nothing of weight in it."""
    from duidelijk.findings import Severity
    from duidelijk.rules.reference import HIERBIJ_MESSAGE

    report = check(HIERBIJ_MESSAGE.format(word="Hierbij"), ignore=["DD116", "DD115"])
    assert [f.code for f in report.findings if f.severity.rank >= Severity.WARNING.rank] == []


# --- DD103: 'deze' alone with its noun in the same sentence ----------------------------------

DEZE_NEAR = {"DD103": {"deze_near": True}}  # lead, after endjudge35: a setting, off by default


def deze(check, text, rules=DEZE_NEAR):
    return [f for f in codes(check(text, select=["DD103"], rules=rules), "DD103") if f.text.lower() == "deze"]


@pytest.mark.parametrize("text", [
    "Wij hebben uw klacht gekregen en deze naar de afdeling Wonen gestuurd.",
    "Als u een parkeervergunning heeft aangevraagd, sturen wij deze binnen een week naar u op.",
    "Kopieer de code en vul deze in op de website.",
    "Wij kunnen uw aanvraag nog niet behandelen, want deze is niet compleet.",
    "Bewaar de rekening goed en laat deze zien aan de balie.",
    "Lees de brief goed en onderteken deze voor 1 mei.",
])
def test_deze_with_its_noun_in_the_sentence_is_found(check, text):
    # by default no finding: on the held-out halves B this kind held 3 klopt of 13 (endjudge35)
    assert not deze(check, text, rules={}), text
    f = deze(check, text)
    assert len(f) == 1, text
    assert "stijve schrijftaal" in f[0].message and "wijst terug" not in f[0].message
    assert "'hem'" in f[0].message or "'hij'" in f[0].message


@pytest.mark.parametrize("text", [
    # 'deze' before its noun, or with an adjective or a number
    "Wij hebben uw klacht gekregen en deze klacht doorgestuurd.",
    "In deze brief leest u wat u moet doen.",
    "Deze week is het stadhuis dicht.",
    "Wij sturen u deze nieuwe pas.",
    "Kies een van deze twee data.",
    # a plain letter that uses 'die', 'hem' or 'ze'
    "Wij hebben uw klacht gekregen en die doorgestuurd naar de afdeling Wonen.",
    "Kopieer de code en vul hem in op de website.",
    "Wij hebben uw formulieren ontvangen en ze nagekeken.",
    # fixed phrases and a choice the reader makes
    "Wilt u de blauwe of de groene container? Deze of die?",
    "Neem deze mee naar de balie: uw paspoort en uw pas.",
    "Welke pas wilt u?\nDeze wil ik",
])
def test_plain_deze_is_not_found(check, text):
    assert deze(check, text) == []
