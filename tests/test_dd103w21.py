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
