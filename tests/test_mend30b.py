"""Mends of review rev30b (mend30b). Own sentences, none from the judged or harvest sets."""
from conftest import codes


def _suggestions(check, text, span, code="DD103"):
    """The suggestions of the finding on ``span`` (None when there is no such finding)."""
    for f in codes(check(text, select=code), code):
        if text[f.start:f.end] == span:
            return list(f.suggestions)
    return None


def _spans(check, text, code):
    return [text[f.start:f.end] for f in codes(check(text, select=code), code)]


# 1. DD108: a verb first with its subject after it opens a condition, not the main clause ----------

def test_long_verb_first_condition_before_an_order(check):
    text = ("Heeft u na het bekijken van de nieuwe plannen voor de bouw van woningen aan de rand van de wijk "
            "bij het station nog vragen, mail dan de wethouder.")
    assert any(s.endswith("mail") for s in _spans(check, text, "DD108"))


def test_long_verb_first_condition_reviewer(check):
    text = ("Heeft u na het lezen van deze brief over de nieuwe regels voor het parkeren in de binnenstad en de "
            "nieuwe tarieven nog vragen, bel dan ons.")
    assert any(s.endswith("bel") for s in _spans(check, text, "DD108"))


def test_long_order_keeps_its_verb_first(check):
    text = ("Volg na het lezen van deze brief over de nieuwe regels voor het parkeren in de binnenstad "
            "de borden naar de garage.")
    assert _spans(check, text, "DD108") == []


# 2. DD102: a device in '-er' is no person; its test is an act ---------------------------------------

def test_devices_in_er_are_tested_by_someone(check):
    for text in ("De rookmelders zijn getest.", "De thermometers in de school zijn getest."):
        assert _spans(check, text, "DD102"), text


def test_people_tested_for_an_illness_stay_a_state(check):
    for text in ("De sporters zijn getest op griep.", "De kinderen zijn getest."):
        assert _spans(check, text, "DD102") == [], text


# 3. DD102: a participle after a short comparison is the passive's own ---------------------------------

def test_passive_after_a_short_comparison(check):
    for text, span in (("De dakgoot wordt later dan beloofd gerepareerd.", "wordt later dan beloofd gerepareerd"),
                       ("Het werk wordt later dan gepland uitgevoerd.", "wordt later dan gepland uitgevoerd")):
        assert span in _spans(check, text, "DD102"), text


def test_short_comparison_without_a_participle_after_it(check):
    for text in ("Het bedrag is hoger dan verwacht omdat de prijzen stijgen.",
                 "Er is sprake van oversterfte als meer mensen overlijden dan verwacht."):
        assert _spans(check, text, "DD102") == [], text


# 4. DD112: a listed abbreviation with a number is explained where it stands apart ----------------------

def test_listed_abbreviation_with_a_number_and_its_joined_form(check):
    text = "De Awb 1994 geldt nog. Volgens de Awb-1994 mag u bezwaar maken."
    assert "Awb" in _spans(check, text, "DD112")


def test_unlisted_letters_with_a_number_and_their_joined_form(check):
    text = "De meter QRT 12 is nieuw. De QRT12 meet het gas."
    assert "QRT" not in _spans(check, text, "DD112")


# 5. DD104: "sprake van X als" explains X only when "als" opens a clause -------------------------------

def test_als_gevolg_van_is_no_condition(check):
    text = "Er is sprake van onderhuur als gevolg van de verhuizing."
    assert "onderhuur" in _spans(check, text, "DD104")


def test_als_with_a_clause_says_when_the_term_applies(check):
    text = "Er is sprake van onderhuur als de huurder een kamer aan een ander verhuurt."
    assert "onderhuur" not in _spans(check, text, "DD104")


# 6. DD103: only a 'bij' phrase that names a receiver rules out 'geven' and 'sturen' ---------------------

def test_bij_of_a_condition_keeps_geven(check):
    assert _suggestions(check, "Bij ziekte verstrekt de school het geld.", "verstrekt") == ["geeft"]
    assert _suggestions(check, "Wij verstrekken de gegevens bij ziekte aan uw werkgever.", "verstrekken") == ["geven"]


def test_bij_of_a_receiver_rules_out_sturen(check):
    sugg = _suggestions(check, "De school heeft de lijst aangeleverd bij de gemeente.", "aangeleverd")
    assert sugg is not None and not any("stuurd" in s for s in sugg)


# 7. DD103: only "totaal"/"totale" names a whole that a part is not set against ------------------------

def test_against_the_whole_province_keeps_vergeleken_met(check):
    sugg = _suggestions(check, "De huren zijn hier laag ten opzichte van de hele provincie.", "ten opzichte van")
    assert sugg == ["tegenover", "vergeleken met"]


def test_against_its_total_has_no_replacement(check):
    assert _suggestions(check, "Dit deel is klein ten opzichte van het totaal.", "ten opzichte van") == []


# 8. DD103: 'verwachten' is no reckoning; the word before the phrase is of its own sentence ---------------

def test_volgens_after_verwachten(check):
    text = "Wij verwachten op basis van de regels dat u geld terugkrijgt."
    assert _suggestions(check, text, "op basis van")[:1] == ["volgens"]


def test_no_volgens_after_schatten(check):
    text = "Wij schatten op basis van de aantallen dat het drukker wordt."
    assert "volgens" not in _suggestions(check, text, "op basis van")



# 9. DD103: the advice does not name a replacement that was found not to fit ---------------------------

def _message(check, text, span):
    return next(f.message for f in codes(check(text, select="DD103"), "DD103") if text[f.start:f.end] == span)


def test_no_refused_word_in_the_advice(check):
    message = _message(check, "Dit deel is klein ten opzichte van het totaal.", "ten opzichte van")
    assert "tegenover" not in message and "Misschien moet de zin dan anders." in message


def test_a_fitting_word_stays_in_the_advice(check):
    message = _message(check, "De huren zijn hier laag ten opzichte van de hele provincie.", "ten opzichte van")
    assert "tegenover" in message


# (review note) DD102: "bezet" with a time tells an act ---------------------------------------------------

def test_holding_participle_with_a_date_is_an_act(check):
    assert _spans(check, "Het pand is op 3 maart bezet door studenten.", "DD102") == ["is op 3 maart bezet"]


def test_holding_participle_without_a_time_is_a_state(check):
    assert _spans(check, "Het huis is bewoond door een gezin.", "DD102") == []
