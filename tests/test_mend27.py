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


# --- 'jullie': a text that speaks to a group gets 'jullie' in the advice, not 'je' ------------

@pytest.mark.parametrize("text, form", [
    ("Jullie kunnen ons bellen. Jullie krijgen een brief.", "jullie"),
    ("Jullie melden je aan. Jullie krijgen je pas.", "jullie"),  # the 'je' of 'jullie': no one reader
    ("Jij krijgt een brief. Jij kunt ons bellen. Jullie kunnen samen komen.", "je"),  # one reader mostly
    ("Je krijgt een brief. Je kunt ons bellen.", "je"),
    ("Jullie kunnen ons bellen. U krijgt een brief over uw aanvraag.", "u"),  # more 'u': 'u'
])
def test_addressed_as_tells_a_group_from_one_reader(nlp, text, form):
    from duidelijk.rules.address import addressed_as

    assert addressed_as(nlp(text)) == form


AFTER = {"jullie": "Jullie kunnen een brief sturen. Jullie krijgen een antwoord.",
         "je": "Je kunt een brief sturen. Je krijgt een antwoord.",
         "u": "U kunt een brief sturen. U krijgt een antwoord."}


@pytest.mark.parametrize("form, men, who, meeting", [
    ("jullie", "'jullie', 'wij'", "'Jullie kunnen ... niet'", "'jullie houden je aan de regels'"),
    ("je", "'je', 'wij'", "'Je kunt ... niet'", "'je houdt je aan de regels'"),
    ("u", "'u', 'wij'", "'U kunt ... niet'", "'u houdt zich aan de regels'"),
])
def test_advice_speaks_to_the_reader_as_the_text_does(check, form, men, who, meeting):
    text = "Er wordt niet voldaan aan de regels. Men moet betalen. Het is niet mogelijk om ons te bellen. " + AFTER[form]
    dd111 = {f.text: f.message for f in found(check, text, "DD111")}
    assert men in dd111["Men"] and who in dd111["Het is niet mogelijk"], dd111
    dd103 = [f.message for f in found(check, text, "DD103") if "aan' is ambtelijke taal" in f.message]
    assert len(dd103) == 1 and meeting in dd103[0], dd103
    for other in {"jullie", "je", "u"} - {form}:
        assert f"'{other}', 'wij'" not in dd111["Men"] and f"'{other} ho" not in dd103[0]


def test_jullie_as_subject_gets_the_groups_advice(check):
    text = "Jullie voldoen niet aan de regels. Jullie kunnen ons bellen."
    message = next(f.message for f in found(check, text, "DD103") if "aan' is ambtelijke taal" in f.message)
    assert "'jullie hebben alles wat nodig is'" in message and "'je hebt" not in message
    text = "Je voldoet niet aan de regels. Je kunt ons bellen."
    message = next(f.message for f in found(check, text, "DD103") if "aan' is ambtelijke taal" in f.message)
    assert "'je hebt alles wat nodig is'" in message and "jullie" not in message


@pytest.mark.parametrize("text, options", [
    # 'jullie' in the clause is the one done to: only the writers can
    ("Het is niet mogelijk om jullie te bellen. Jullie kunnen ons mailen.", ["'Wij kunnen ... niet'"]),
    # 'jullie' before a noun is the owner: the reader can still be the one who
    ("Het is niet nodig om jullie paspoort mee te nemen. Jullie kunnen ons bellen.",
     ["'Jullie hoeven ... niet'", "'Wij hoeven ... niet'"]),
    ("Het is niet nodig om je paspoort mee te nemen. Je kunt ons bellen.",
     ["'Je hoeft ... niet'", "'Wij hoeven ... niet'"]),
])
def test_jullie_in_the_clause_with_om(check, text, options):
    message = next(f.message for f in found(check, text, "DD111") if f.text.startswith("Het is niet"))
    assert message.endswith("bijvoorbeeld: " + " of ".join(options) + "."), message


def test_u_in_a_text_that_says_jullie_becomes_jullie(check):
    many = "Jullie kunnen ons bellen. Jullie krijgen een brief. Jullie hebben een afspraak. Jullie zijn welkom. "
    hits = found(check, many + "Wij bellen u over uw aanvraag. Kunt u ons bellen?", "DD110")
    assert [(f.text, f.suggestions) for f in hits] == [("u", ["jullie"]), ("uw", ["jullie"]), ("u", [])]
    assert all("maar elders 'jullie'" in f.message for f in hits)
    # one reader spoken to with 'je': 'je' as before, with the verb's form
    one = many.replace("Jullie kunnen", "Je kunt").replace("Jullie krijgen", "Je krijgt").replace(
        "Jullie hebben", "Je hebt").replace("Jullie zijn", "Je bent")
    hits = found(check, one + "Wij bellen u over uw aanvraag. Kunt u ons bellen?", "DD110")
    assert [(f.text, f.suggestions) for f in hits] == [("u", ["je"]), ("uw", ["je"]), ("Kunt u", ["Kun je"])]
    assert all("maar elders 'je'" in f.message for f in hits)


# --- DD111: one test for the clause that says what can, may or must be done -------------------

@pytest.mark.parametrize("text, clause", [
    ("Het is niet nodig om u af te melden.", "om u af te melden"),
    ("Het is niet nodig u af te melden.", "u af te melden"),       # 'te' alone: an open complement
    ("Het is niet toegestaan hier te parkeren.", "hier te parkeren"),
    ("Het is niet nodig.", None),
    ("Het is niet nodig voor de aanvraag.", None),                  # a phrase, no clause
])
def test_deed_clause_is_the_clause_with_om_or_te(nlp, text, clause):
    from duidelijk.rules.address import _deed_clause, _with_om

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ in {"nodig", "toegestaan"})
    found = [c for c in tok.children if _deed_clause(c, tok)]
    if clause is None:
        assert found == [] and not _with_om(tok, {"om", "te"})
    else:
        assert [doc[c.left_edge.i: c.right_edge.i + 1].text for c in found] == [clause]
        assert _with_om(tok, {"om", "te"}) and not _with_om(tok, {"dat"})


@pytest.mark.parametrize("text", ["Het is niet nodig om u af te melden.", "Het is niet nodig u af te melden.",
                                  "Het is niet nodig om je af te melden. Je kunt ons bellen."])
def test_reader_who_acts_in_the_clause_gets_the_same_advice_with_or_without_om(check, text):
    message = next(f.message for f in found(check, text, "DD111") if f.text.startswith("Het is niet"))
    assert "hoeft ... niet'" in message and "Wij hoeven" not in message, message
