"""DD112 of the thirty-third session (rules33c): unlisted capitals that the reader first meets
in a compound with a hyphen in a heading ("Nieuwe KBR-regels") and that the text writes out
nowhere. rules32b let the capitals alone pass later in the text (it is not the first time); the
reader then never learned what they mean. Now the finding goes to the first place, the compound
in the heading. In running text the compound introduces the thing ("De PCR-test is gratis. Doe
een PCR bij de GGD."): left, as before. Sentences written for these tests."""

from conftest import codes


def found(check, text):
    return [(text[f.start:f.end], f.start) for f in codes(check(text, select="DD112"), "DD112")]


def test_heading_compound_never_written_out(check):
    text = "Nieuwe KBR-regels\n\nDe KBR geldt vanaf mei. U merkt daar weinig van."
    report = codes(check(text, select="DD112"), "DD112")
    assert [(text[f.start:f.end], f.start) for f in report] == [("KBR", text.index("KBR-regels"))]
    assert "KBR-regels" in report[0].message
    text = "Uitleg over de PLM-bijeenkomst\n\nDe PLM komt in mei weer bij elkaar. Iedereen is welkom."
    assert found(check, text) == [("PLM", text.index("PLM-bijeenkomst"))]


def test_heading_compound_explained_below(check):
    # the text under the heading writes the capitals out where it uses them alone: no finding
    assert not found(check, "Nieuwe KBR-regels\n\nDe KBR (Kleine Buurtregeling) geldt vanaf mei. "
                            "U merkt daar weinig van.")
    assert not found(check, "Uitleg over de PLM-bijeenkomst\n\nHet Platform Leefbare Mijnstreek (PLM) komt in "
                            "mei weer bij elkaar. De PLM praat dan over de buurt.")


def test_compound_in_running_text_is_left(check):
    # the compound in running text introduces the thing; the capitals alone later stand for it
    assert not found(check, "Op de PLM-bijeenkomst praten we over de buurt. De PLM komt in mei weer bij elkaar.")
    # only the compound in the heading, never the capitals alone: left, as before
    assert not found(check, "Uitleg over de PLM-bijeenkomst\n\nOp de bijeenkomst praten we over de buurt.")


# --- DD113: a group of ordinary words written as its first letters --------------------------

def found113(check, text):
    return [text[f.start:f.end] for f in codes(check(text, select="DD113"), "DD113")]


def test_word_group_letters_are_found(check):
    assert found113(check, "De balie is open van maandag t/m vrijdag.") == ["t/m"]
    assert found113(check, "Stuur a.u.b. een kopie van uw paspoort mee.") == ["a.u.b."]
    # the last dot split off by the parse belongs to it
    assert found113(check, "U betaalt minder i.c.m. een Stadspas.") == ["i.c.m."]
    report = codes(check("De balie is open van maandag t/m vrijdag.", select="DD113"), "DD113")
    assert "Schrijf de woorden voluit" in report[0].message


def test_no_word_group_letters(check):
    # initials of a name in capitals, a unit, an address on the web: no word group
    assert not found113(check, "De heer J.P. de Vries belt u morgen.")
    assert not found113(check, "U mag daar 30 km/u rijden.")
    assert not found113(check, "Mail naar info@gemeente.nl of kijk op www.gemeente.nl/afval.")
    # a listed one keeps its own message and word, once
    assert found113(check, "Bel ons i.v.m. uw verhuizing.") == ["i.v.m."]


# --- DD112: a list of names after the abbreviation is no explanation ------------------------

def test_list_of_names_after_is_no_explanation(check):
    text = "U kunt naar een adres van het COA, het Leger des Heils, de Tussenvoorziening of het Rode Kruis."
    assert found(check, text) == [("COA", text.index("COA"))]


def test_apposition_with_the_full_name_still_explains(check):
    assert not found(check, "U kunt naar het COA, het Centraal Orgaan opvang asielzoekers, voor meer hulp.")
    assert not found(check, "Bel de KVS, de Koninklijke Vlaamse Schouwburg, voor kaartjes.")


# --- rev33c: review mends ----------------------------------------------------------------------

def test_slash_letters_at_the_end_of_a_sentence_leave_its_full_stop(check):
    # a slash form has no dot of its own: the full stop after it ends the sentence
    assert found113(check, "U krijgt dit bedrag p/m.") == ["p/m"]
    assert found113(check, "Wij zoeken een nieuwe collega m/v.") == ["m/v"]
    # a form with dots keeps its last dot where the parse split it off
    assert found113(check, "U betaalt minder i.c.m. een Stadspas.") == ["i.c.m."]


def test_word_group_letters_at_the_start_of_a_sentence(check):
    assert found113(check, "T/m vrijdag is de balie dicht.") == ["T/m"]
    assert found113(check, "A.u.b. stuurt u een kopie mee.") == ["A.u.b."]
    # capitals after the first: initials of a name, also at the start
    assert not found113(check, "J.P. de Vries belt u morgen.")


def test_apposition_that_spells_the_letters_explains_before_a_list(check):
    # the full name as an apposition, with a list after it: still explained
    assert not found(check, "U kunt naar het COA, het Centraal Orgaan opvang asielzoekers, de gemeente "
                            "of het Rode Kruis.")
    assert not found(check, "Het COA, het Centraal Orgaan opvang asielzoekers, de gemeente en de politie "
                            "werken samen.")
    # a list of other names after it: no explanation
    text = "U kunt naar het COA, het Leger des Heils, de kerk en het Rode Kruis."
    assert found(check, text) == [("COA", text.index("COA"))]


def test_heading_compound_explained_at_the_first_use_alone(check):
    # the first use alone is explained (the next sentence says what it stands for): a later
    # use alone does not bring the finding back to the heading, as in running text
    text = ("Uitleg over de PLM-bijeenkomst\n\nDe PLM komt in mei weer bij elkaar. PLM staat voor Platform "
            "Leefbare Mijnstreek. De PLM praat dan over de buurt.")
    assert not found(check, text)
    assert not found(check, "Over de KBR-regels\n\nVanaf mei geldt de KBR. KBR staat voor Kleine Buurtregeling.")
    # not explained at the first use alone: the heading keeps the finding
    text = "Over de KBR-regels\n\nVanaf mei geldt de KBR. Dan mag u meer."
    assert found(check, text) == [("KBR", text.index("KBR-regels"))]
