"""Letter structure in plain-text letters: letter parts are found and not judged as prose."""

from duidelijk.readers import text_document

LETTER = """Gemeente Hofstede
Afdeling Belastingen
Postbus 120
7500 AC Hofstede

De heer J. Jansen
Dorpsstraat 4
7511 AB Hofstede

Hofstede, 12 maart 2026
Ons kenmerk: BEL/2026/12
Onderwerp: uw aanslag

Geachte heer Jansen,

Wij hebben uw brief ontvangen.

Wat moet u doen?
Betaal het bedrag voor 1 april.

Met vriendelijke groet,

Anna de Boer
Teamleider Belastingen
"""


def kinds(text):
    doc = text_document(text)
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def test_letter_parts():
    got = kinds(LETTER)
    assert ("letterhead", "Gemeente Hofstede\nAfdeling Belastingen\nPostbus 120\n7500 AC Hofstede") in got
    assert ("address", "De heer J. Jansen\nDorpsstraat 4\n7511 AB Hofstede") in got
    assert ("date", "Hofstede, 12 maart 2026") in got
    assert ("reference", "Ons kenmerk: BEL/2026/12") in got
    assert ("subject", "Onderwerp: uw aanslag") in got
    assert ("salutation", "Geachte heer Jansen,") in got
    assert ("paragraph", "Wij hebben uw brief ontvangen.") in got
    assert ("heading", "Wat moet u doen?") in got
    assert ("paragraph", "Betaal het bedrag voor 1 april.") in got
    assert ("closing", "Met vriendelijke groet,") in got
    assert ("signature", "Anna de Boer\nTeamleider Belastingen") in got


def test_letter_parts_are_not_prose(check):
    report = check(LETTER)
    assert report.metrics["sentences"] == 3  # two body sentences and the heading
    for f in report.findings:
        assert f.category not in {"sentence-length", "passive"} or "Hofstede" not in f.text


def test_plain_text_without_letter_parts():
    got = kinds("Wij hebben uw brief ontvangen. U hoort snel van ons.")
    assert got == [("paragraph", "Wij hebben uw brief ontvangen. U hoort snel van ons.")]


def test_one_list_item_pattern_for_plain_text_and_pdf():
    """A list item starts the same way in a plain-text paragraph (DD115) and in a PDF (the
    reader starts a block there): one pattern, in structure."""
    from duidelijk.readers import pdf
    from duidelijk.rules import paragraphs
    from duidelijk.structure import BULLETS, LIST_ITEM, PDF_LIST_ITEM

    assert paragraphs.LIST_ITEM is LIST_ITEM and pdf.PDF_LIST_ITEM is PDF_LIST_ITEM
    # the PDF reader's pattern is the same but for an em dash, which there mostly goes on with a
    # wrapped sentence
    assert LIST_ITEM.match("— zoals wij u schreven") and not PDF_LIST_ITEM.match("— zoals wij u schreven")
    for line in ["- Vul het formulier in.", "■ Betaal voor 1 april.", "1. Stap een", "a) uw paspoort", "– uw naam"]:
        assert PDF_LIST_ITEM.match(line), line
    for line in ["- Vul het formulier in.", "  • Stuur het op.", "■ Betaal voor 1 april.", "— uw naam",
                 "1. Stap een", "12) Stap twaalf", "a) uw paspoort", "b. uw rijbewijs"]:
        assert LIST_ITEM.match(line), line
    for line in ["-10 graden", "1.000 euro", "De brief is klaar.", "•", "1.", "e.g. dit", "123. Te veel cijfers",
                 "Ab) geen letter alleen"]:
        assert not LIST_ITEM.match(line), line
    # one set of bullets for the readers, DD115 and DD103's list items (was three lists that
    # differed: the white circle started no list item here)
    from duidelijk.rules import jargon

    assert jargon.LIST_BULLETS == set(BULLETS) and LIST_ITEM.match("○ uw paspoort")
    text = "Wat u nodig hebt:\n■ uw paspoort\n■ een pasfoto"
    assert [part for _, part in paragraphs.parts(text)] == ["Wat u nodig hebt:", "■ uw paspoort", "■ een pasfoto"]
