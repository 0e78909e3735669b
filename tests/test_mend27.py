"""Twenty-seventh session (mend27): review notes left open. Own sentences, both ways."""

import pytest


def found(check, text, code):
    return [f for f in check(text, select=[code]).findings if f.code == code]


# --- one answer to "does the text speak to the reader with je?" (address.addressed_as) -------

@pytest.mark.parametrize("text, form", [
    ("Je kunt ons bellen. Je krijgt een brief.", "je"),
    ("U kunt ons bellen. U krijgt een brief van ons over uw aanvraag.", "u"),
    ("Je kunt ons bellen. U krijgt een brief van ons over uw aanvraag.", "u"),  # more 'u' than 'je'
    ("Je kunt ons bellen. Je krijgt een brief over uw aanvraag.", "je"),  # more 'je' than 'u'
    ("De balie is open. Het loket is dicht.", "u"),  # no reader named: 'u'
])
def test_addressed_as_counts_je_against_u(nlp, text, form):
    from duidelijk.rules.address import addressed_as

    assert addressed_as(nlp(text)) == form


@pytest.mark.parametrize("text, form, other", [
    ("Er wordt niet voldaan aan de regels. Men moet betalen. Je kunt ons bellen. Je krijgt een brief.", "je", "u"),
    ("Er wordt niet voldaan aan de regels. Men moet betalen. U kunt ons bellen. U krijgt een brief.", "u", "je"),
])
def test_dd111_and_dd103_take_the_same_reader_form(check, text, form, other):
    # the same text: DD111 offers the reader's word for 'men', DD103 gives it in its example
    men = [f for f in found(check, text, "DD111") if f.text == "Men"]
    assert len(men) == 1 and f"'{form}'" in men[0].message and f"'{other}'" not in men[0].message, men
    meeting = [f for f in found(check, text, "DD103") if "aan' is ambtelijke taal" in f.message]
    assert len(meeting) == 1 and f"'{form} houdt" in meeting[0].message, meeting
    assert f"'{other} houdt" not in meeting[0].message
