"""DD112 of the thirty-sixth session (rules36f). Sentences written for these tests.

Unlisted capitals that the reader first meets in a name or after a noun that names their kind
("het landelijke meldpunt KVRB", a heading "KVRB Monitor") are let pass there; when the rule asks
about a later use of the same letters, the finding goes to that first place: Dutch writes an
abbreviation out the first time the reader meets it."""

from conftest import codes


def places(check, text, code="DD112"):
    return [(f.start, text[f.start:f.end]) for f in codes(check(text, select=code), code)]


def test_finding_at_first_place_after_a_noun(check):
    text = "Wij sturen uw gegevens naar het landelijke meldpunt KVRB. Het KVRB bewaart ze een jaar."
    assert places(check, text) == [(text.index("KVRB"), "KVRB")]


def test_finding_at_first_place_in_a_heading_name(check):
    text = "KVRB Monitor\n\nMet deze monitor volgen wij de wachttijden. Het KVRB kijkt elke week mee."
    assert places(check, text) == [(0, "KVRB")]


def test_finding_at_first_place_before_a_later_compound(check):
    text = "Wij werken samen met het landelijke meldpunt KVRB. Alle KVRB-aanvragen lezen wij zelf."
    assert places(check, text) == [(text.index("KVRB"), "KVRB")]


def test_explained_at_the_first_place_keeps_the_later_finding(check):
    # the first place says what it is in brackets: the finding stays where the letters come bare
    text = ("Wij sturen uw gegevens naar het landelijke meldpunt KVRB (een meldpunt van het Rijk). "
            "Het KVRB bewaart ze een jaar.")
    assert places(check, text) == [(text.rindex("KVRB"), "KVRB")]


def test_no_later_use_no_finding(check):
    # the letters only after the noun that names them: nothing to move, nothing to find
    assert places(check, "Wij sturen uw gegevens naar het landelijke meldpunt KVRB. Daar blijven ze een jaar.") == []


# --- DD113: another spelling of a listed short form of one word ---------------------------

def test_other_spelling_of_a_short_form_is_found(check):
    text = "Sommige jongeren krijgen extra hulp (bv. een coach op school)."
    assert places(check, text, "DD113") == [(text.index("bv."), "bv.")]
    text = "Neem ev. een pen mee naar de afspraak."
    assert places(check, text, "DD113") == [(text.index("ev."), "ev.")]


def test_company_and_full_stop_are_no_short_form(check):
    # "bv" is also the company; a dot before a capital ends the sentence
    assert places(check, "Mijn broer heeft een eigen bv. Die bv verkoopt fietsen.", "DD113") == []
    assert places(check, "Wij werken samen met een bv die fietsen maakt.", "DD113") == []
    assert places(check, "Hij pakte de bijl. Daarna ging hij naar huis.", "DD113") == []
