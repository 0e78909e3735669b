"""Format parity (issue 12): the same letter as .txt, .docx and .pdf is read the same way.

Each letter is built three times from one description: a plain text file, a Word file
(python-docx) and a PDF (reportlab). Each has a letterhead, an address, reference lines, a
heading right above a paragraph, a table and a bijlage after the signature. The three must
give the same prose word count (within 2 %), the same findings on the prose (within 5 %)
and the same letter parts.
"""

from __future__ import annotations

import io
from collections import Counter

import pytest

from duidelijk.readers import read_bytes

LETTERHEAD = ["Gemeente Hofstede", "Team Parkeren", "Postbus 120", "7500 AC Hofstede"]
ADDRESS = ["De heer J. Jansen", "Dorpsstraat 4", "7511 AB Hofstede"]
REFERENCE = ["Hofstede, 12 maart 2026", "Ons kenmerk: PARK/2026/88", "Onderwerp: uw parkeervergunning"]
SIGNATURE = ["Anna de Boer", "Teamleider Parkeren", "Gemeente Hofstede"]

LETTERS = {
    "parkeren": [
        ("lines", LETTERHEAD), ("lines", ADDRESS), ("lines", REFERENCE),
        ("salutation", "Geachte heer Jansen,"),
        ("paragraph", "Op 3 februari 2026 heeft u bij de gemeente een aanvraag gedaan voor een "
                      "parkeervergunning voor bewoners. Wij hebben uw aanvraag bekeken."),
        ("heading", "Besluit"),
        ("paragraph", "Uw aanvraag wordt toegekend. U krijgt een vergunning voor de wijk waar u woont. "
                      "De vergunning is geldig vanaf 1 april 2026 tot en met 31 maart 2027."),
        ("heading", "Wat kost de vergunning?"),
        ("table", [["Vergunning", "Bedrag"], ["Eerste auto", "€ 60,00"], ["Tweede auto", "€ 90,00"]]),
        ("paragraph", "U betaalt het bedrag binnen vier weken. U krijgt hierover nog een brief."),
        ("closing", "Met vriendelijke groet,"),
        ("lines", SIGNATURE),
        ("heading", "Bijlage"),
        ("paragraph", "Indien u zich niet kunt verenigen met dit besluit, kunt u binnen zes weken na de "
                      "dagtekening van deze brief een gemotiveerd bezwaarschrift indienen bij het college van "
                      "burgemeester en wethouders, waarbij het bezwaarschrift dient te zijn ondertekend."),
    ],
    "zorg": [
        ("lines", ["Gemeente Hofstede", "Afdeling Zorg en Welzijn", "Postbus 120", "7500 AC Hofstede"]),
        ("lines", ["Mevrouw A.M. de Vries", "Lindenlaan 14", "7511 AB Hofstede"]),
        ("lines", ["Hofstede, 2 april 2026", "Ons kenmerk: WMO/2026/00417",
                   "Onderwerp: beschikking maatwerkvoorziening"]),
        ("salutation", "Geachte mevrouw De Vries,"),
        ("heading", "Uw melding"),
        ("paragraph", "Naar aanleiding van uw melding heeft op 17 februari 2026 een gesprek plaatsgevonden "
                      "met een consulent van het wijkteam, waarin uw situatie en de mogelijkheden van uw "
                      "eigen netwerk in kaart zijn gebracht."),
        ("heading", "Besluit"),
        ("paragraph", "U krijgt hulp bij het huishouden. Deze hulp duurt 2,5 uur per week. "
                      "De zorgaanbieder belt u binnenkort om een afspraak te maken."),
        ("table", [["Soort hulp", "Uren per week"], ["Schoonmaken", "2"], ["Wassen", "0,5"]]),
        ("paragraph", "Heeft u vragen? Bel ons dan op werkdagen tussen 9.00 en 17.00 uur."),
        ("closing", "Met vriendelijke groet,"),
        ("lines", ["J.H. Kuipers", "Consulent Wmo", "Gemeente Hofstede"]),
        ("heading", "Bijlage: bezwaar maken"),
        ("paragraph", "Het bezwaarschrift dient te zijn ondertekend en bevat ten minste uw naam en adres, "
                      "de datum, het kenmerk van dit besluit en de gronden van het bezwaar. Indien u "
                      "bezwaar maakt, wordt de werking van het besluit niet opgeschort."),
    ],
}


def as_txt(letter) -> bytes:
    out: list[str] = []
    for kind, value in letter:
        if kind == "lines":
            out.append("\n".join(value) + "\n\n")
        elif kind == "heading":
            out.append(value + "\n")  # right above its paragraph, no blank line
        elif kind == "table":
            out.append("\n".join("\t".join(row) for row in value) + "\n\n")
        else:
            out.append(value + "\n\n")
    return "".join(out).encode()


def as_docx(letter) -> bytes:
    import docx

    d = docx.Document()
    for kind, value in letter:
        if kind == "lines":
            for line in value:
                d.add_paragraph(line)
            d.add_paragraph("")  # an empty line below an address block, as writers do
        elif kind == "heading":
            d.add_heading(value, level=2)
        elif kind == "table":
            table = d.add_table(rows=len(value), cols=len(value[0]))
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            d.add_paragraph(value)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def as_pdf(letter) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=0)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=0)
    story = []
    for kind, value in letter:
        if kind == "lines":
            story.append(Paragraph("<br/>".join(value), body))
            story.append(Spacer(1, 12))
        elif kind == "heading":
            story.append(Paragraph(value, heading))  # right above its paragraph
        elif kind == "table":
            table = Table(value)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("FONT", (0, 0), (-1, -1), "Helvetica", 10)]))
            story.append(table)
            story.append(Spacer(1, 12))
        else:
            story.append(Paragraph(value, body))
            story.append(Spacer(1, 12))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="brief").build(story)
    return buf.getvalue()


BUILDERS = {"txt": as_txt, "docx": as_docx, "pdf": as_pdf}


@pytest.fixture(scope="module")
def reports(nlp):
    from duidelijk.analysis import analyse

    out = {}
    for name, letter in LETTERS.items():
        docs = [read_bytes(build(letter), f"brief.{fmt}") for fmt, build in BUILDERS.items()]
        out[name] = dict(zip(BUILDERS, analyse(docs, None, nlp)))
    return out


def part_kinds(report) -> list[str]:
    return [p["kind"] for p in report.coverage["parts"]]


@pytest.mark.parametrize("name", list(LETTERS))
def test_same_parts(reports, name):
    by_format = {fmt: part_kinds(r) for fmt, r in reports[name].items()}
    assert by_format["txt"] == ["letterhead", "address", "date", "reference", "subject", "salutation",
                                "table", "closing", "signature"]
    assert by_format["docx"] == by_format["txt"], by_format
    assert by_format["pdf"] == by_format["txt"], by_format


@pytest.mark.parametrize("name", list(LETTERS))
def test_same_prose_word_count(reports, name):
    words = {fmt: r.metrics["words"] for fmt, r in reports[name].items()}
    base = words["txt"]
    assert base > 80
    for fmt, n in words.items():
        assert abs(n - base) <= 0.02 * base, words
    aside = {fmt: r.coverage["set_aside_words"] for fmt, r in reports[name].items()}
    for fmt, n in aside.items():
        assert abs(n - aside["txt"]) <= 0.02 * aside["txt"] + 1, aside


@pytest.mark.parametrize("name", list(LETTERS))
def test_same_findings_on_the_prose(reports, name):
    def prose_findings(report):
        return Counter((f.code, " ".join(f.text.split())) for f in report.findings)

    by_format = {fmt: prose_findings(r) for fmt, r in reports[name].items()}
    base = by_format["txt"]
    assert sum(base.values()) >= 5
    for fmt, found in by_format.items():
        differ = sum(((found - base) + (base - found)).values())
        assert differ <= 0.05 * sum(base.values()), (fmt, found - base, base - found)


@pytest.mark.parametrize("name", list(LETTERS))
def test_heading_and_bijlage_are_read(reports, name):
    for fmt, report in reports[name].items():
        doc = report.document
        kinds = {doc.text[b.start:b.end]: b.kind for b in doc.blocks}
        assert kinds.get("Besluit") == "heading", (fmt, kinds)
        bijlage = [b for b in doc.blocks if doc.text[b.start:b.end].startswith(("Indien u", "Het bezwaarschrift"))]
        assert bijlage and all(b.kind == "paragraph" for b in bijlage), fmt
        assert any(f.code == "DD101" and doc.text.find(f.text[:20]) >= 0 for f in report.findings), fmt
