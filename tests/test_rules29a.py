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


def test_one_readers_own_message_says_why_je(check):
    hit = found(check, GROUP + "Vraag uw partner om in te loggen.", "DD110")[0]
    assert "zoals 'je partner'" in hit.message
    hit = found(check, GROUP + "Wij hebben uw aanvraag ontvangen.", "DD110")[0]
    assert "'je partner'" not in hit.message


# --- DD102: the doer named right after, and a status line about the reader ------------------------

@pytest.mark.parametrize("text", [
    "Jullie aanvraag is goedgekeurd\nDe gemeente heeft jullie aanvraag goedgekeurd. Wij wensen jullie een mooie dag!",
    "Uw aanvraag is afgewezen\nDe gemeente heeft uw aanvraag afgewezen. Bel ons als u vragen heeft.",
    "Uw aanvraag is goedgekeurd. De gemeente heeft uw aanvraag goedgekeurd omdat alles klopt.",
])
def test_doer_named_right_after_is_no_finding(check, text):
    assert found(check, text, "DD102") == [], text


@pytest.mark.parametrize("text", [
    "Uw aanvraag is goedgekeurd\nDat betekent dat u de vergunning krijgt.",     # no doer after it
    "Uw aanvraag is afgewezen\nNeem contact op met de gemeente.",               # an order, no doer
    "Uw aanvraag is goedgekeurd\nWij sturen u de vergunning. De gemeente heeft uw aanvraag goedgekeurd.",  # not next
])
def test_no_doer_right_after_stays(check, text):
    assert [f.text for f in found(check, text, "DD102")][:1] in (["is goedgekeurd"], ["is afgewezen"]), text


@pytest.mark.parametrize("text", [
    "Je bent uitgenodigd\nJe partner wil samen met jou jullie huwelijk regelen.",
    "Je bent geselecteerd\nWe bellen je snel.",
    "U bent uitgenodigd!",
])
def test_reader_status_line_is_no_finding(check, text):
    assert found(check, text, "DD102") == [], text


@pytest.mark.parametrize("text", [
    "Je bent uitgenodigd voor een gesprek op maandag.",   # a sentence with more in it
    "Je bent uitgenodigd.\nWe zien je graag.",             # a sentence with a full stop
    "Uw vergunning is ingetrokken\nBel ons als u vragen heeft.",  # a thing as the subject
])
def test_not_a_reader_status_line_stays(check, text):
    assert found(check, text, "DD102") != [], text


# --- DD107: an auxiliary and a verb of different clauses are no tang ------------------------------

def test_tang_not_across_a_clause_border(check):
    text = "Het toevoegen van codes kan alleen nadat de besmette persoon een GGD-sleutel aan de GGD heeft doorgegeven."
    assert found(check, text, "DD107") == []


def test_tang_with_a_subclause_inside_stays(check):
    text = "U kunt, als u dat wilt, het formulier met alle bijlagen en de kopie van uw paspoort naar ons opsturen."
    assert [f.text.split()[0] for f in found(check, text, "DD107")] == ["kunt,"]


def test_long_subclause_keeps_its_own_tang_from_the_conjunction(check):
    text = ("Het betalen van de toeslag kan pas nadat de aanvrager alle stukken over zijn inkomen en zijn "
            "woning van de afgelopen drie jaar aan de gemeente heeft gestuurd.")
    hits = found(check, text, "DD107")
    assert [f.text.split()[0] for f in hits] == ["nadat"]
    assert hits[0].message.startswith("Tussen 'nadat' en 'gestuurd' staan ")
    assert "Maak het stuk na 'nadat' korter" in hits[0].message


def test_determiner_dat_is_no_clause_border(check):
    # 'dat' before a noun is a determiner: the tang from 'zullen' to 'verhuurd' stays
    text = ("De woningen zullen voortdurend op basis van de doelen van de vereniging en in dat deel van de "
            "markt worden verhuurd.")
    assert [f.text.split()[0] for f in found(check, text, "DD107")] == ["zullen"]


# --- DD102: 'definitief' + 'zijn' + participle is the state of being final -------------------------

@pytest.mark.parametrize("text", [
    "1. Aanvraag ingediend: Jullie keuzes zijn definitief vastgelegd.\n2. In behandeling: De gemeente controleert jullie aanvraag.",
    "Je afspraak is definitief geboekt.",
])
def test_final_state_is_no_finding(check, text):
    assert found(check, text, "DD102") == [], text


@pytest.mark.parametrize("text", [
    "Uw aanvraag is definitief afgewezen.",                    # a decision of the organisation
    "Je afspraak wordt definitief geboekt.",                   # 'worden': an act
    "Het plan is definitief vastgesteld door de gemeenteraad.",  # the doer is named
    "Je afspraak is geboekt bij de balie.",                    # no 'definitief'
])
def test_not_final_state_stays(check, text):
    assert found(check, text, "DD102") != [], text
