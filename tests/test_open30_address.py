"""DD110 of the thirtieth session (open30): which form is the text's own, and the message says
why. The form the text uses most is its own (with as many of each: 'u'), so a text mostly in
'je' gets its stray 'u' flagged with a 'je' form. A letter that opens with "Geachte" keeps 'u'
even where it says 'je' more often or 'u' nowhere: then the message names the salutation, not
an 'u' "elders" that is not there. Sentences written for these tests."""

from conftest import codes


def found(check, text):
    return [(f.text, f.message, f.suggestions) for f in codes(check(text, select="DD110"), "DD110")]


def test_mostly_je_flags_the_stray_u(check):
    hits = found(check, "Je krijgt een nieuwe pas. Je kunt hem ophalen bij het loket. "
                        "Neem je oude pas mee. Heeft u vragen? Bel ons dan.")
    assert [(t, s) for t, _, s in hits] == [("Heeft u", ["Heb je"])]
    assert "maar elders 'je'" in hits[0][1]


def test_mostly_u_flags_the_stray_je(check):
    hits = found(check, "U krijgt een nieuwe pas. U kunt hem ophalen bij het loket. Heb je vragen? Bel ons dan.")
    assert [(t, s) for t, _, s in hits] == [("Heb je", ["Hebt u"])]
    assert "maar elders 'u'" in hits[0][1]


def test_geachte_without_u_names_the_salutation(check):
    hits = found(check, "Geachte heer Bakker,\n\nJe krijgt een nieuwe pas. Je kunt hem ophalen bij het loket.\n\n"
                        "Met vriendelijke groet,\n\nAfdeling Burgerzaken")
    assert [s for _, _, s in hits] == [["U"], ["U"]]
    assert all("begint met 'Geachte'" in m and "elders" not in m for _, m, _ in hits)


def test_geachte_with_more_u_keeps_elders(check):
    hits = found(check, "Geachte heer Bakker,\n\nU krijgt een nieuwe pas. U kunt hem ophalen. Heb je vragen? "
                        "Bel ons.\n\nMet vriendelijke groet,\n\nAfdeling Burgerzaken")
    assert [m for _, m, _ in hits] == ["Hier staat 'je', maar elders 'u'. Spreek de lezer steeds op dezelfde manier aan."]
