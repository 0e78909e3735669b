"""Twenty-ninth session (mend29a): bugs found by review rev29 in DD110 and DD102, each with the
reviewer's sentences (or own ones) both ways."""

import pytest


def found(check, text, code):
    return [f for f in check(text, select=[code]).findings if f.code == code]


# --- DD110: 'je' only for a person one reader has alone; what the couple shares stays 'jullie' ---

GROUP = "Jullie kunnen ons bellen. Jullie krijgen een brief. Jullie hebben een afspraak. Jullie zijn welkom. "


@pytest.mark.parametrize("text, span, suggestion", [
    # people the group shares: 'jullie', as before the twenty-ninth session
    (GROUP + "Geef de naam van uw kind door.", "uw", "jullie"),
    (GROUP + "Neem uw kinderen mee naar het gemeentehuis.", "uw", "jullie"),
    (GROUP + "Is uw familie erbij?", "uw", "jullie"),
    (GROUP + "Uw huisarts moet het weten.", "Uw", "Jullie"),
    (GROUP + "Uw verhuurder moet tekenen.", "Uw", "Jullie"),
    # a person of one reader: 'je' (also as a compound's last part)
    (GROUP + "Vraag uw partner om in te loggen.", "uw", "je"),
    (GROUP + "Vraag uw echtgenote om te tekenen.", "uw", "je"),
    (GROUP + "Vraag uw levenspartner om te tekenen.", "uw", "je"),
])
def test_je_only_for_one_readers_person(check, text, span, suggestion):
    assert [(f.text, f.suggestions) for f in found(check, text, "DD110")] == [(span, [suggestion])]


# --- DD102 rewrite: a possessive in the agent is no subject pronoun -----------------------------

@pytest.mark.parametrize("text, rewrite", [
    ("Het formulier wordt door haar moeder ondertekend.", "Haar moeder ondertekent het formulier."),
    ("Het formulier wordt door hun ouders ondertekend.", "Hun ouders ondertekenen het formulier."),
    ("Het formulier wordt door de ouders en hun kinderen ondertekend.",
     "De ouders en hun kinderen ondertekenen het formulier."),
    # a personal pronoun of its own still becomes the subject form
    ("Het formulier wordt door de ouders en haar ondertekend.", "De ouders en zij ondertekenen het formulier."),
    ("Dit is al gedaan door de GGD en door jou.", "De GGD en jij hebben dit al gedaan."),
])
def test_possessive_in_agent_stays(check, text, rewrite):
    hits = found(check, text, "DD102")
    assert len(hits) == 1 and hits[0].suggestions == [rewrite]


# --- DD102: a status line or 'definitief' does not hide a decision --------------------------------

@pytest.mark.parametrize("text", [
    "U bent gekort",             # the parse gives 'gekort' the lemma 'koren': the form counts
    "Je bent afgewezen",
    "U bent ontslagen",
    "De subsidie is definitief vastgesteld.",
    "Het bedrag is definitief vastgesteld op 300 euro.",
    "Uw toeslag is definitief berekend.",
])
def test_decision_stays_a_finding(check, text):
    assert found(check, text, "DD102"), text


@pytest.mark.parametrize("text", [
    "U bent uitgenodigd!",
    "Je bent geselecteerd\nWe bellen je snel.",
    "Uw afspraak is definitief geboekt.",
])
def test_status_line_and_final_booking_stay_free(check, text):
    assert found(check, text, "DD102") == [], text


# --- DD102: the doer named after only for the same act on the same thing ------------------------

@pytest.mark.parametrize("text", [
    "Uw aanvraag is afgewezen. Wij hebben ook andere aanvragen afgewezen.",
    "Uw bezwaar is ongegrond verklaard. Wij verklaren dat de commissie het zo heeft gezien.",
])
def test_other_object_after_stays_a_finding(check, text):
    assert found(check, text, "DD102"), text


@pytest.mark.parametrize("text", [
    "Uw aanvraag is goedgekeurd. De gemeente heeft uw aanvraag goedgekeurd omdat alles klopt.",
    "Uw aanvraag is afgewezen. Wij hebben hem afgewezen omdat uw inkomen te hoog is.",
])
def test_same_thing_after_is_no_finding(check, text):
    assert found(check, text, "DD102") == [], text
