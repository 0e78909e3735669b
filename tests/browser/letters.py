"""Test letters for the web tests: a .docx with known problems, made with python-docx."""

from __future__ import annotations

import io

# words the checker must flag, with the rule code it flags them with
KNOWN = {"middels": "DD103", "verstrekken": "DD103", "Indien": "DD103"}

PARAGRAPHS = [
    "Geachte heer Jansen,",
    "Uw aanvraag wordt door ons in behandeling genomen.",
    None,  # the paragraph with a bold word, made below
    "Indien u vragen heeft, kunt u ons bellen op 14 020.",
    "Met vriendelijke groet,",
    "Team Vergunningen",
]


def docx_letter() -> bytes:
    import docx
    from docx.shared import Pt

    word = docx.Document()
    word.add_heading("Uw aanvraag voor een parkeervergunning", level=1)
    for text in PARAGRAPHS:
        if text is None:
            p = word.add_paragraph("Wij vragen u ")
            bold = p.add_run("middels")
            bold.bold = True
            rest = p.add_run(" het formulier de gegevens te verstrekken. Dat kan tot 1 juli.")
            rest.font.size = Pt(13)
        else:
            word.add_paragraph(text)
    buf = io.BytesIO()
    word.save(buf)
    return buf.getvalue()


def one_page_letter() -> str:
    """A one-page letter as plain text (the load benchmark uploads this)."""
    from pathlib import Path

    return (Path(__file__).resolve().parents[2] / "examples" / "herinnering-voor.txt").read_text(encoding="utf-8")
