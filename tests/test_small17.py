"""Seventeenth session (small17): the small rules on real text.

DD111: 'Het is verplicht om ...', 'Het is niet nodig om ...' and a clause with the verb last
('Als het niet mogelijk is om ...'), with the guards of the sixteenth session. Every change
both ways: what is found, and the near misses that are left."""

import pytest

from conftest import codes

LETTER = "U heeft een aanvraag gedaan. "


def dd111(check, text):
    return [f for f in codes(check(text, select="DD111"), "DD111")]


# --- DD111: must and need not, in a main clause and in a clause with the verb last
@pytest.mark.parametrize("text, span, advice", [
    (LETTER + "Het is verplicht om een paspoort mee te nemen.", "Het is verplicht", "'U moet ...' of 'Wij moeten ...'"),
    (LETTER + "Het is niet verplicht om te komen.", "Het is niet verplicht", "'U hoeft ... niet'"),
    (LETTER + "Het is niet nodig om het formulier op te sturen.", "Het is niet nodig", "'U hoeft ... niet'"),
    (LETTER + "Het was niet nodig om te betalen.", "Het was niet nodig", "'U hoefde ... niet'"),
    (LETTER + "Het was verplicht om te komen.", "Het was verplicht", "'U moest ...'"),
    (LETTER + "Het is nooit verplicht om te komen.", "Het is nooit verplicht", "'U hoeft ... nooit'"),
    (LETTER + "Daarom is het niet nodig om te bellen.", "is het niet nodig", "'U hoeft ... niet'"),
    ("We hebben je aanvraag. Het is niet nodig om je loonstrook te sturen.", "Het is niet nodig",
     "'Je hoeft ... niet'"),
    (LETTER + "Als het niet mogelijk is om te komen, bel ons dan.", "het niet mogelijk is", "'U kunt ... niet'"),
    (LETTER + "Wanneer het niet mogelijk is om uw gegevens te wijzigen, krijgt u een brief.",
     "het niet mogelijk is", "'U kunt ... niet'"),
    (LETTER + "Als het niet toegestaan is om te bouwen, krijgt u een brief.", "het niet toegestaan is",
     "'U mag ... niet'"),
    (LETTER + "Omdat het niet nodig is om te bellen, sturen wij een brief.", "het niet nodig is", "hoeft"),
    ("Wij hebben uw aanvraag ontvangen. Het kan zijn dat er meer informatie en tijd nodig is om uw "
     "aanvraag te behandelen.", "er meer informatie en tijd nodig is", "'Wij hebben ... nodig'"),
])
def test_must_need_not_and_verb_last_clause_are_found(check, text, span, advice):
    f = dd111(check, text)
    assert [x.text for x in f] == [span]
    assert advice in f[0].message


@pytest.mark.parametrize("text, advice, wrong", [
    # the reader in the clause with 'om' is done to: only the writers can be the one who
    (LETTER + "Het is niet nodig om u te bellen.", "'Wij hoeven ... niet'", "U hoeft"),
    (LETTER + "Het is niet verplicht om u een brief te sturen.", "'Wij hoeven ... niet'", "U hoeft"),
    # ... but the reflexive of a verb that goes with 'zich' is the reader
    (LETTER + "Het is verplicht om u in te schrijven.", "'U moet ...'", "hoeft"),
    (LETTER + "Het is niet mogelijk om u aan te melden.", "'U kunt ... niet'", "hoeft"),
])
def test_must_advice_follows_who_is_in_the_clause(check, text, advice, wrong):
    f = dd111(check, text)
    assert len(f) == 1
    assert advice in f[0].message and wrong not in f[0].message


@pytest.mark.parametrize("text", [
    # 'Het is nodig om ...' without a negation: 'het' may be a paper that is needed for something
    "U krijgt een formulier. Het is nodig om uw aanvraag te beoordelen.",
    LETTER + "Het is nodig om een paspoort mee te nemen.",
    # says who
    LETTER + "Als het voor u niet mogelijk is om te komen, bel ons dan.",
    LETTER + "Het is voor bewoners verplicht om afval te scheiden.",
    LETTER + "U bent verplicht om een paspoort mee te nemen.",
    LETTER + "Het is u niet toegestaan om te bouwen.",
    # a question, also an indirect one, also in a clause
    LETTER + "Is het verplicht om te komen?",
    "U vraagt of het verplicht is om te komen.",
    "U vraagt of het niet nodig is om te komen.",
    LETTER + "Weet u of het mogelijk is om te komen?",
    # 'maybe', no 'om'
    LETTER + "Als het mogelijk is dat u later komt, bel ons dan.",
    LETTER + "Het is verplicht dat u komt.",
    LETTER + "Als het niet verplicht is, hoeft u niets te doen.",
    # no letter
    "Het is verplicht om een helm te dragen. Dit artikel gaat over fietsen.",
    "Als het niet mogelijk is om te schaatsen, gaan de mensen zwemmen.",
    # quoted
    'Wij hebben uw brief ontvangen. In de folder staat: "Het is verplicht om een helm te dragen."',
    # 'het' that is no empty subject in a clause: the object ("Wij vinden het niet nodig om ...")
    LETTER + "Omdat wij het niet nodig vinden om te bellen, sturen wij een brief.",
    # a word between the opening word and 'het': not the empty subject of the clause
    LETTER + "Als de gemeente het niet mogelijk maakt om te bouwen, krijgt u een brief.",
])
def test_must_and_verb_last_near_misses_are_not_found(check, text):
    assert not dd111(check, text)


# --- DD111: 'Er is ... nodig' with a deed as its subject says something must happen
@pytest.mark.parametrize("text", [
    "We geven uw melding door. Als er geen directe actie nodig is, dan pakken we uw melding later op.",
    "U hoeft niets te doen. Er is geen actie nodig.",
    "U hoeft niets te doen. Er zijn geen maatregelen nodig.",
    "Wij hebben uw melding. Er is onderhoud nodig aan de brug.",
])
def test_needed_deed_is_not_found(check, text):
    assert not dd111(check, text)


@pytest.mark.parametrize("text, span", [
    ("Wij hebben uw aanvraag. Er is meer informatie nodig.", "Er is meer informatie nodig"),
    ("Wij hebben uw aanvraag. Er zijn aanvullende documenten nodig.", "Er zijn aanvullende documenten nodig"),
    ("Wij hebben uw aanvraag. Als er meer informatie nodig is, bellen wij u.", "er meer informatie nodig is"),
])
def test_needed_thing_is_still_found(check, text, span):
    assert [f.text for f in dd111(check, text)] == [span]
