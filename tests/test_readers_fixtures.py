"""Builders for the .docx and .pdf files the reader tests use (no files copied from shared; no tests here)."""

from __future__ import annotations

import io

LETTER = [
    "Geachte heer Jansen,",
    "Wij hebben uw aanvraag voor een parkeervergunning ontvangen. De aanvraag wordt door ons "
    "in behandeling genomen. Wij nemen binnen zes weken een besluit.",
    "Heeft u vragen? Bel ons dan op werkdagen tussen 9.00 en 17.00 uur. U kunt ook een e-mail sturen.",
    "Met vriendelijke groet,",
]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bytes(paragraphs=LETTER, heading="Uw aanvraag", table=None, header=None, footer=None,
               extra=None) -> bytes:
    import docx

    d = docx.Document()
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    if heading:
        d.add_heading(heading, 1)
    for text in paragraphs:
        d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    if extra:
        extra(d)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def pdf_bytes(pages, header=None, footer_numbers=True, columns=None, font_size=11) -> bytes:
    """``pages``: list of pages, each a list of paragraphs, each a list of lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    for number, paragraphs in enumerate(pages, start=1):
        if header:
            c.setFont("Helvetica", 9)
            c.drawString(72, height - 30, header)
        if footer_numbers:
            c.setFont("Helvetica", 9)
            c.drawString(width / 2, 20, f"Pagina {number} van {len(pages)}")
        c.setFont("Helvetica", font_size)
        y = height - 110
        for para in paragraphs:
            for line in para:
                c.drawString(72, y, line)
                y -= font_size * 1.3
            y -= font_size * 1.5
        if columns:
            left, right = columns
            y = height - 110 - 300
            for i in range(max(len(left), len(right))):
                if i < len(left):
                    c.drawString(72, y, left[i])
                if i < len(right):
                    c.drawString(width / 2 + 20, y, right[i])
                y -= font_size * 1.3
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    plain = pdf_bytes([[["Wij hebben uw aanvraag ontvangen."]]])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt("geheim")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf() -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from PIL import Image

    img = Image.new("RGB", (300, 120), "white")
    png = io.BytesIO()
    img.save(png, "PNG")
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 72, 600, 300, 120)
    c.save()
    return buf.getvalue()


def zip_bomb() -> bytes:
    """A zip with word/document.xml that unpacks to 200 MB (a few hundred kB packed)."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(200):
                f.write(chunk)
    return out.getvalue()


def many_entries_zip(n: int = 3000) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("word/document.xml", "<w:document/>")
        for i in range(n):
            z.writestr(f"x/{i}.xml", "")
    return out.getvalue()
