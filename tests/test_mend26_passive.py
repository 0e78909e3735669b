"""mend26: 'gesteld op' is a state of a person or a body of people, and DD102 reads the person
with the one test that its other person subjects use (``structure.person_word``): a noun in
'-er' only when it is made from a verb for its doer ('aanvrager', 'huurder'), no thing that
ends the same ('computer', 'schouder'), and no '-ier' or '-ent' thing ('formulier', 'document').
Own sentences, both ways."""


def passives(check, text):
    return [f.text for f in check(text, select=["DD102"]).findings if f.code == "DD102"]


def test_gesteld_op_of_a_person_in_er_is_a_state(check):
    for text in ("De aanvrager is gesteld op een snel antwoord.",
                 "De huurders zijn gesteld op hun rust.",
                 "De bewoner is gesteld op een schone straat."):
        assert passives(check, text) == [], text


def test_gesteld_op_of_a_thing_in_er_ier_or_ent_stays_a_passive(check):
    for text in ("De computer is gesteld op de Engelse taal.",
                 "Het formulier is gesteld op de nieuwe regels.",
                 "Het document is gesteld op de Engelse taal."):
        assert passives(check, text) == ["is gesteld"], text
