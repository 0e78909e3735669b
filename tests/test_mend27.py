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


# --- DD101: a label before a colon does not count, also when the parse takes it for the subject

LONG = ("de balie in het stadhuis opent vanaf maandag om negen uur en u kunt daar dan uw nieuwe pas "
        "ophalen met uw paspoort.")


def words_counted(check, text):
    hits = found(check, text, "DD101")
    assert len(hits) == 1, (text, [f.message for f in hits])
    return int(hits[0].message.split("Deze zin heeft ")[1].split()[0])


@pytest.mark.parametrize("label", ["Let op: ", "Tip: ", "Belangrijk: "])
def test_label_before_a_sentence_is_not_counted(check, nlp, label):
    # 'Let' is the subject of 'opent' in the parse and 'de balie' its object: the words after
    # the colon are still a sentence of their own, counted from there
    alone = words_counted(check, LONG[0].upper() + LONG[1:])
    assert words_counted(check, label + LONG) == alone == 23


@pytest.mark.parametrize("text, count", [
    ("Dit betekent: " + LONG, 25),  # the label is a clause with its own subject and verb
    ("Neem mee: uw paspoort, een bewijs van uw adres, een foto die niet ouder is dan zes maanden en het "
     "formulier dat u hebt ingevuld.", 25),  # the words after the colon are what to bring, no sentence
])
def test_words_before_a_colon_that_are_no_label_still_count(check, text, count):
    assert words_counted(check, text) == count
