"""Twenty-ninth session (rules29a): DD110 suggestions in a 'jullie' text and after 'U heeft',
DD102's active rewrite with a joined agent, DD102 on states, DD107 across a clause border.
Own sentences, both ways."""

import pytest


def found(check, text, code):
    return [f for f in check(text, select=[code]).findings if f.code == code]


# --- DD110: in a text that says 'jullie', the reader's own partner is 'je partner' ---------------

GROUP = "Jullie kunnen ons bellen. Jullie krijgen een brief. Jullie hebben een afspraak. Jullie zijn welkom. "


@pytest.mark.parametrize("text, span, suggestion", [
    # a person of one reader: not the couple's
    (GROUP + "Vraag uw partner om in te loggen.", "uw", "je"),
    (GROUP + "Stuur de link naar de telefoon van uw partner.", "uw", "je"),
    (GROUP + "Laat u partner daar inloggen.", "u", "je"),  # 'u' for 'uw' before a person
    # what the group shares stays 'jullie'
    (GROUP + "Wij hebben uw aanvraag ontvangen.", "uw", "jullie"),
    (GROUP + "Wij sturen u een brief.", "u", "jullie"),
])
def test_reader_own_person_gets_je_in_a_jullie_text(check, text, span, suggestion):
    hits = found(check, text, "DD110")
    assert [(f.text, f.suggestions) for f in hits] == [(span, [suggestion])]


def test_a_noun_the_text_owns_with_je_gets_je(check):
    text = GROUP + "Kies je achternaam. Kies hier uw nieuwe achternaam."
    assert [(f.text, f.suggestions) for f in found(check, text, "DD110")] == [("uw", ["je"])]
    # owned by the group elsewhere: 'jullie'
    text = GROUP + "Kies jullie datum. Kies hier uw nieuwe datum."
    assert [(f.text, f.suggestions) for f in found(check, text, "DD110")] == [("uw", ["jullie"])]


# --- DD110: 'U heeft' in a 'je' text is 'Je hebt', not 'Je heeft' -------------------------------

ONE = "Je kunt ons bellen. Je krijgt een brief. Je hebt een afspraak. Je bent welkom. "


@pytest.mark.parametrize("text, span, suggestion", [
    (ONE + "U heeft enkele rechten geweigerd.", "U heeft", "Je hebt"),
    (ONE + "Daarom kan u niet inloggen.", None, None),  # 'kan u': the inverted order, as before
    (ONE + "U kan ons ook mailen.", "U kan", "Je kunt"),
    (ONE + "U hebt enkele rechten geweigerd.", "U", "Je"),  # 'hebt' goes with 'je' as it is
    (ONE + "U krijgt een brief.", "U", "Je"),
])
def test_u_heeft_becomes_je_hebt(check, text, span, suggestion):
    hits = found(check, text, "DD110")
    if span is None:
        assert all(f.text != "U" for f in hits)
        return
    assert [(f.text, f.suggestions) for f in hits] == [(span, [suggestion])]


# --- DD102: the agent as the subject of the rewrite ----------------------------------------------

@pytest.mark.parametrize("text, rewrite", [
    # 'jou' becomes 'jij' as a subject; with 'en' the verb is plural
    ("Dit is al gedaan door de GGD en door jou.", "De GGD en jij hebben dit al gedaan."),
    # with 'of' the verb goes with the nearest part: one person
    ("Dit is al gedaan door de GGD of door de huisarts.", "De GGD of de huisarts heeft dit al gedaan."),
    ("De brief wordt door de gemeente of de ouders ondertekend.", "De gemeente of de ouders ondertekenen de brief."),
    # 'jij' nearest with 'of': a verb form not made here, so no rewrite
    ("Dit is al gedaan door de GGD of door jou.", None),
])
def test_joined_agent_rewrite(check, text, rewrite):
    hits = found(check, text, "DD102")
    assert len(hits) == 1
    assert hits[0].suggestions == ([rewrite] if rewrite else [])


def test_no_line_break_inside_a_rewrite(check):
    hits = found(check, "Dit is al gedaan door de GGD en door jou\nDaarna bellen we je op.", "DD102")
    assert hits and hits[0].suggestions == ["De GGD en jij hebben dit al gedaan."]
    hits = found(check, "De aanvraag wordt door de\ngemeente behandeld.", "DD102")
    assert hits[0].suggestions == ["De gemeente behandelt de aanvraag."]
    assert all("\n" not in s for f in hits for s in f.suggestions)
