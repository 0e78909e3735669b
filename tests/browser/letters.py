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


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from object bodies (object 1 is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_letter(lines: list[str]) -> bytes:
    """A one-page PDF with real text, one line per string (Latin-1 only)."""
    ops = [b"BT /F1 12 Tf 72 760 Td 16 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + safe.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops)
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])


def scanned_pdf() -> bytes:
    """A PDF whose page holds only an image (as a scanner makes it): no text."""
    pixels = bytes([128]) * 64 * 64
    content = b"q 400 0 0 400 100 300 cm /Im1 Do Q"
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream",
    ])


def encrypted_pdf(lines: list[str]) -> bytes:
    """The text PDF, locked with a password (pypdf)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_letter(lines))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="geheim")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


PDF_LINES = [
    "Geachte mevrouw De Vries,",
    "",
    "Uw aanvraag wordt door ons in behandeling genomen. Wij vragen u middels dit formulier",
    "de gegevens te verstrekken. Indien u vragen heeft, kunt u ons bellen.",
    "",
    "Met vriendelijke groet,",
]


def many_points_letter() -> str:
    """A letter with more than 40 points (issue 15: the reading page on a long letter)."""
    body = [
        "Wij vragen u middels het formulier uw gegevens te verstrekken. Uw aanvraag wordt door ons in behandeling genomen.",
        "Indien u vragen heeft, kunt u ons bereiken. Het besluit wordt door de gemeente genomen.",
        "Wij verzoeken u vriendelijk de bijlage te retourneren. Ten behoeve van de afhandeling is dit noodzakelijk.",
        "De aanvraag wordt binnenkort door de afdeling beoordeeld. Wij vragen u middels de bijlage uw inkomen te verstrekken.",
        "Indien de gegevens niet volledig zijn, wordt de aanvraag niet in behandeling genomen. Wij verzoeken u tijdig te reageren.",
    ]
    parts = ["Geachte heer Jansen,", *body, *body, *body, "Uw aanvraag wordt door ons in behandeling genomen.",
             "Met vriendelijke groet,", "Team Vergunningen"]
    return "\n\n".join(parts) + "\n"
