"""Code health of the thirtieth session (open30): per-Doc tables instead of a walk over the
Doc per word, one source for data that two modules kept. Findings unchanged (the findings dump
of the 1,565 texts is identical); these tests pin the behaviour. Sentences written for them."""

import pytest


def test_capital_inside_reads_the_words_once_per_doc(nlp):
    from duidelijk.rules import difficult_words as dw

    doc = nlp("Bluetooth werkt niet. Zet dan via Bluetooth de koptelefoon aan. Wij passen de Verordening toe. "
              "Verordening is een moeilijk woord.")
    first = [t for t in doc if t.text == "Bluetooth"][0]
    rule = [t for t in doc if t.text == "Verordening"][-1]
    assert dw.capital_inside(doc, first)  # "via Bluetooth": a name
    assert not dw.capital_inside(doc, rule)  # only after "de": a defined term, no name
    # the places come from one table made per Doc, kept with it: a later question reads that
    # table, not the Doc (emptied here, it finds no other "Bluetooth")
    places = doc.user_data[dw._TEXT_PLACES][1]
    assert places["Bluetooth"] == [t.i for t in doc if t.text == "Bluetooth"] and len(places["Bluetooth"]) == 2
    doc.user_data[dw._TEXT_PLACES] = (len(doc), {})
    assert not dw.capital_inside(doc, first)


def test_reader_only_forms_come_from_the_verb_table():
    from duidelijk import verbs
    from duidelijk.rules import broken

    # the forms with 'u'/'jij' and before 'je' that neither 'ik' nor 'hij' takes, as written out before
    assert broken.READER_ONLY_FORMS == {"bent", "hebt", "kunt", "wilt", "zult", "kun", "zul"}
    assert broken.JE_ONLY_FORMS == {"kun", "zul"}
    assert "gaat" not in broken.READER_ONLY_FORMS and "mag" not in broken.READER_ONLY_FORMS
    # DD117's particles are a chosen part of the verb table's (see the comment in broken.py)
    assert broken.PARTICLES < frozenset(verbs.PARTICLES)


@pytest.mark.parametrize("text, form", [("Daarna hebt verder niets te doen.", "hebt"), ("Zul morgen bellen?", "Zul")])
def test_reader_only_form_without_subject(check, text, form):
    assert [f.text for f in check(text, select="DD117").findings] == [form]


def test_a_form_that_goes_with_hij_is_no_sign(check):
    assert check("Daarna gaat verder niets mis.", select="DD117").findings == []


def test_doer_pronouns_of_dd118_are_those_of_dd102():
    from duidelijk.rules.nominalisation import _BY_PRONOUNS
    from duidelijk.rules.passive import AGENT_SUBJECT_FORMS

    assert all(_BY_PRONOUNS[k] == v for k, v in AGENT_SUBJECT_FORMS.items())
    assert _BY_PRONOUNS["u"] == "u" and _BY_PRONOUNS["jullie"] == "jullie" and _BY_PRONOUNS["jou"] == "jij"


@pytest.mark.parametrize("text, example", [
    ("De beoordeling van uw aanvraag door haar duurt acht weken.", "'Zij beoordeelt uw aanvraag'"),
    ("De beoordeling van uw aanvraag door ons duurt acht weken.", "'Wij beoordelen uw aanvraag'"),
    ("De beoordeling van uw aanvraag door jullie duurt acht weken.", "'Jullie beoordelen uw aanvraag'"),
])
def test_dd118_example_names_the_doer(check, text, example):
    assert any(example in f.message for f in check(text, select="DD118").findings)


def test_dd118_without_a_doer_has_no_example_with_one(check):
    found = check("De beoordeling van uw aanvraag duurt acht weken.", select="DD118").findings
    assert not any("'Zij" in f.message or "'Wij" in f.message for f in found)


GROUP = "Jullie kunnen ons bellen. Jullie krijgen een brief. Jullie hebben een afspraak. Jullie zijn welkom. "


def test_owners_of_nouns_read_once_per_doc(nlp):
    from duidelijk.rules import address

    doc = nlp(GROUP + "Kies je achternaam. Kies hier uw nieuwe achternaam. Kies jullie datum. Kies uw datum.")
    uws = [t for t in doc if t.lower_ == "uw"]
    assert address._one_readers_own(uws[0])  # "je achternaam" elsewhere: one reader's own
    assert not address._one_readers_own(uws[1])  # "jullie datum" elsewhere: the group's
    owners = doc.user_data[address._OWNERS][1]
    assert {w for _, w in owners["achternaam"]} == {"je"} and {w for _, w in owners["datum"]} == {"jullie"}
    # a later question reads the table kept with the Doc, not the Doc (emptied here: no owner)
    doc.user_data[address._OWNERS] = (len(doc), {})
    assert not address._one_readers_own(uws[0])


@pytest.mark.parametrize("text, suggestion", [
    (GROUP + "Kies je achternaam. Kies hier uw nieuwe achternaam.", "je"),
    (GROUP + "Kies jullie datum. Kies hier uw nieuwe datum.", "jullie"),
])
def test_uw_in_a_jullie_text(check, text, suggestion):
    assert [(f.text, f.suggestions) for f in check(text, select="DD110").findings] == [("uw", [suggestion])]
