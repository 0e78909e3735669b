"""Review fixes of the twentieth session (fix20a): DD102's 'al'/'reeds' states and 'gesteld op' keep the passive where someone still has to act, a past act is told, or an amount is set. Sentences written for these tests."""

import pytest

from conftest import codes


def found(check, text, code):
    return codes(check(text, select=code), code)


@pytest.mark.parametrize("text, span", [
    # 'gesteld op' an amount, a time, a place: someone set it or asked it, a passive
    ("De boete is gesteld op 250 euro.", "is gesteld"),
    ("De termijn voor bezwaar is gesteld op zes weken.", "is gesteld"),
    ("Deze vraag is gesteld op de informatieavond van 3 maart.", "is gesteld"),
    ("De eisen zijn gesteld op de website van de gemeente.", "zijn gesteld"),
    # 'al ... niet': still to be done
    ("Uw uitkering is al drie maanden niet betaald.", "is al drie maanden niet betaald"),
    ("Mijn klacht is al maanden niet beantwoord.", "is al maanden niet beantwoord"),
    # 'zoals' + al/reeds, and a time on the participle: a past act told as one
    ("Zoals al is besproken, komt de monteur op maandag.", "is besproken"),
    ("Zoals reeds is afgesproken, betaalt u het bedrag in drie delen.", "is afgesproken"),
    ("Uw aanvraag is al op 3 maart ontvangen.", "is al op 3 maart ontvangen"),
    ("Het besluit is al in 2020 genomen.", "is al in 2020 genomen"),
])
def test_passive_kept_with_al_and_gesteld_op(check, text, span):
    assert [f.text for f in found(check, text, "DD102")] == [span]


@pytest.mark.parametrize("text", [
    "Ik ben gesteld op mijn rust.",  # 'gesteld zijn op' of a person: fond of
    "Wij zijn gesteld op een goede samenwerking.",
    "Dit e-mailadres is al gebruikt.",  # the state a past act left
    "Het formulier is al ingevuld.",
])
def test_states_with_al_and_gesteld_op(check, text):
    assert found(check, text, "DD102") == []

