"""DD102 of the thirtieth session (open30): the active rewrite takes the number and person of
the doer after "door". "haar" is one woman ("Zij heeft"), "hen" and "hun" are more people ("Zij
hebben"); "mij" and "jou" become "ik" and "jij" with their own verb forms. Sentences written for
these tests."""

import pytest

from conftest import codes


def rewrites(check, text):
    return [s for f in codes(check(text, select="DD102"), "DD102") for s in f.suggestions]


@pytest.mark.parametrize("text, rewrite", [
    # one woman: a singular verb, in the present and in the perfect
    ("Het contract is door haar ondertekend.", "Zij heeft het contract ondertekend."),
    ("Het contract wordt door haar ondertekend.", "Zij ondertekent het contract."),
    ("Het bedrag kan door haar worden betaald.", "Zij kan het bedrag betalen."),
    ("Het contract wordt door de wethouder of haar ondertekend.", "De wethouder of zij ondertekent het contract."),
    # the writer and the single reader who is "jij": their own forms, the particle at the end
    ("Het contract is door mij ondertekend.", "Ik heb het contract ondertekend."),
    ("De brief wordt door mij verstuurd.", "Ik verstuur de brief."),
    ("De uitkering wordt door mij uitbetaald.", "Ik betaal de uitkering uit."),
    ("Het contract is door jou ondertekend.", "Jij hebt het contract ondertekend."),
    ("Het formulier kan door jou worden ingevuld.", "Jij kunt het formulier invullen."),
    ("Het onderzoek wordt door jou ingesteld.", "Jij stelt het onderzoek in."),
])
def test_singular_doer(check, text, rewrite):
    assert rewrites(check, text) == [rewrite]


@pytest.mark.parametrize("text, rewrite", [
    # more people: the plural stays plural, "hen" and "hun" as before
    ("Het contract is door hen ondertekend.", "Zij hebben het contract ondertekend."),
    ("Het contract wordt door hun ondertekend.", "Zij ondertekenen het contract."),
    ("Het contract is door de inspecteurs ondertekend.", "De inspecteurs hebben het contract ondertekend."),
    ("Het contract is door jullie ondertekend.", "Jullie hebben het contract ondertekend."),
    ("Het contract is door jou en mij ondertekend.", "Jij en ik hebben het contract ondertekend."),
    # "haar" as a possessive: the noun decides
    ("Het contract is door haar ouders ondertekend.", "Haar ouders hebben het contract ondertekend."),
    ("Het contract is door haar moeder ondertekend.", "Haar moeder heeft het contract ondertekend."),
])
def test_plural_doer_and_possessive(check, text, rewrite):
    assert rewrites(check, text) == [rewrite]




@pytest.mark.parametrize("text, rewrite", [
    # the past passive: the active in the past too, in the number of the doer ("werd" goes with
    # the subject of the passive, not with the doer)
    ("Het contract werd door haar ondertekend.", "Zij ondertekende het contract."),
    ("Het contract werd door hen ondertekend.", "Zij ondertekenden het contract."),
    ("Het formulier werd door mij ingevuld.", "Ik vulde het formulier in."),
    ("De aanvraag werd door de gemeente afgewezen.", "De gemeente wees de aanvraag af."),
    ("De brieven werden door de wethouder geschreven.", "De wethouder schreef de brieven."),
    ("De borden werden door de gemeente geplaatst.", "De gemeente plaatste de borden."),
    # "was ... ondertekend": the past perfect; a modal in the past
    ("Het contract was door haar ondertekend.", "Zij had het contract ondertekend."),
    ("De contracten waren door de inspecteurs ondertekend.", "De inspecteurs hadden de contracten ondertekend."),
    ("Het bedrag moest door ons worden betaald.", "Wij moesten het bedrag betalen."),
    ("Het bedrag kon door haar worden betaald.", "Zij kon het bedrag betalen."),
    # the perfect of a modal: "heeft/had ... kunnen", not "kan/kon"
    ("Het bedrag heeft door haar kunnen worden betaald.", "Zij heeft het bedrag kunnen betalen."),
    ("Het bedrag had door haar kunnen worden betaald.", "Zij had het bedrag kunnen betalen."),
    ("Het bedrag heeft door de inspecteurs moeten worden betaald.", "De inspecteurs hebben het bedrag moeten betalen."),
])
def test_past_passive_gets_a_past_active(check, text, rewrite):
    assert rewrites(check, text) == [rewrite]
