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
