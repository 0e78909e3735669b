"""Twenty-first session (dd103w21): DD103 on fresh text. Own sentences, both ways."""

import pytest


def found(check, text, code="DD103"):
    return [f.text for f in check(text, select=["DD103", "DD104"]).findings if f.code == code]


@pytest.mark.parametrize("text", [
    "Als u de sms-controle heeft ingeschakeld, krijgt u een code.",
    "De tweestapsverificatie is ingeschakeld.",
    "U kunt de meldingen inschakelen in de app.",
    "De functie die u heeft ingeschakeld werkt nu.",
    "De ingeschakelde verlichting brandt de hele nacht.",
])
def test_inschakelen_of_a_thing_is_switching_it_on(check, text):
    assert not [w for w in found(check, text) if "schakel" in w.lower()], text


@pytest.mark.parametrize("text", [
    "Wij schakelen een deurwaarder in als u niet betaalt.",
    "Wij hebben de politie ingeschakeld.",
    "Wij kunnen een incassobureau inschakelen.",
    "Wij hebben een controleur ingeschakeld.",
])
def test_inschakelen_of_a_person_or_organisation_keeps_its_finding(check, text):
    assert [w for w in found(check, text) if "schakel" in w.lower()], text


def test_switched_things_are_read_from_the_word_list():
    from duidelijk.rules.jargon import switched_things
    assert {"functie", "controle", "verwarming"} <= switched_things()
    assert not {"hulp", "beveiliging", "dienst"} & switched_things()


def messages(check, text):
    return [f.message for f in check(text, select=["DD103"]).findings if f.code == "DD103"]


@pytest.mark.parametrize("text, example", [
    ("U kunt uw wachtwoord wijzigen via de onderstaande knop.", "'de knop hieronder'"),
    ("Met de onderstaande code kunt u inloggen.", "'de code hieronder'"),
    ("Bewaar het onderstaande nummer goed.", "'het nummer hieronder'"),
    ("U vindt de uitleg in onderstaand schema.", "'het schema hieronder'"),
])
def test_onderstaande_before_one_thing_names_the_adverb_after_it(check, text, example):
    assert any(example in m and "hieronder' achter" in m for m in messages(check, text)), messages(check, text)


@pytest.mark.parametrize("text", [
    "Lees de onderstaande tips goed door.",            # plural: 'volgende' fits as it stands
    "Bekijk het onderstaande overzicht van uw kosten.",  # more words after the noun
])
def test_onderstaande_elsewhere_keeps_its_message(check, text):
    assert messages(check, text) and not any("achter het woord" in m for m in messages(check, text))
