"""Readers: sniffing, HTML, .po, .docx and .pdf, and locations that lead back to the source."""

from __future__ import annotations

import io

import pytest

from duidelijk.readers import SUPPORTED_SUFFIXES, ReadError, read_bytes, read_path, sniff
from test_readers_fixtures import LETTER, W, docx_bytes, pdf_bytes


def blocks(doc):
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


# --- sniffing ------------------------------------------------------------------------
def test_supported_suffixes():
    assert {".txt", ".md", ".html", ".docx", ".pdf", ".po"} <= SUPPORTED_SUFFIXES


def test_sniff_by_content():
    assert sniff(pdf_bytes([[["Tekst"]]]), "brief.docx") == "pdf"
    assert sniff(docx_bytes(), "brief.pdf") == "docx"
    assert sniff(b"<html><body><p>Hallo</p></body></html>", "x") == "html"
    assert sniff(b'msgid "a"\nmsgstr "b"\n', "x.txt") == "po"
    assert sniff("Beste <naam>, welkom.".encode(), "brief.txt") == "text"
    assert sniff(b"# Kop\n\nTekst", "a.md") == "markdown"


def test_docx_that_is_a_pdf_is_read_as_pdf(tmp_path):
    path = tmp_path / "brief.docx"
    path.write_bytes(pdf_bytes([[LETTER[1:2]]]))
    doc = read_path(path)
    assert doc.format == "pdf" and "parkeervergunning" in doc.text
    assert "suffix_mismatch" in doc.meta


def test_pdf_that_is_a_docx_is_read_as_docx(tmp_path):
    path = tmp_path / "brief.pdf"
    path.write_bytes(docx_bytes())
    doc = read_path(path)
    assert doc.format == "docx" and "parkeervergunning" in doc.text


# --- html ----------------------------------------------------------------------------
HTML = """<!DOCTYPE html><html><head><title>Titel</title><style>p { color: red }</style>
<script>var geheim = "niet lezen";</script></head>
<body><h1>Uw aanvraag</h1>
<p>Beste {{ naam }},</p>
<p>Wij hebben uw   aanvraag &eacute;cht
   ontvangen.<br>U hoort snel van ons.</p>
<div hidden><p>verborgen tekst</p></div>
<p aria-hidden="true">ook verborgen</p><p style="color:red; display: none">weg</p>
<ul><li>Stap een</li><li>Stap twee &amp; drie</ul>
<table><tr><td>Zaaknummer<td>{{ zaak.nummer }}</table>
<p>Met vriendelijke groet,</p></body></html>"""


def test_html_visible_text_and_blocks():
    doc = read_bytes(HTML.encode(), "brief.html", language_check=False)
    got = blocks(doc)
    assert ("heading", "Uw aanvraag") in got
    assert ("salutation", "Beste XXX,") in got
    assert ("paragraph", "Wij hebben uw aanvraag écht ontvangen.\nU hoort snel van ons.") in got
    assert ("list-item", "Stap twee & drie") in got
    assert ("table", "Zaaknummer") in got  # a short cell without a sentence is set aside
    assert ("closing", "Met vriendelijke groet,") in got
    for hidden in ("geheim", "verborgen", "weg", "Titel", "color"):
        assert hidden not in doc.text


def test_html_offsets_map_into_the_source():
    doc = read_bytes(HTML.encode(), "brief.html", language_check=False)
    i = doc.text.index("écht")
    s, e = doc.source_span(i, i + 4)
    assert doc.source_text[s:e] == "&eacute;cht"
    i = doc.text.index("ontvangen")
    s, e = doc.source_span(i, i + 9)
    assert doc.source_text[s:e] == "ontvangen"
    loc = doc.location_of(i, i + 9)
    assert loc["element"] == "p" and loc["path"].endswith("p:nth-of-type(2)")
    assert doc.line_col(s)[0] == HTML[:s].count("\n") + 1


def test_html_placeholders_in_source():
    doc = read_bytes(HTML.encode(), "brief.html", language_check=False)
    a, b = doc.placeholders[0]
    s, e = doc.source_span(a, b)
    assert doc.source_text[s:e] == "{{ naam }}"


# --- po ------------------------------------------------------------------------------
PO = r'''# Vertaling
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#: emails/bevestiging.py:10
#, python-format
msgid "We received your form %(form_name)s."
msgstr "Wij hebben uw formulier %(form_name)s ontvangen. "
"De aanvraag wordt door ons in behandeling genomen.\n"
"Heeft u vragen? Bel ons."

msgid "Empty"
msgstr ""

#, python-brace-format
msgid "Hello {name}"
msgstr "Beste {name}, uw \"code\" is verlopen."

#~ msgid "Old"
#~ msgstr "Oude tekst die niet meer gebruikt wordt."
'''


def test_po_each_msgstr_is_a_block_with_its_line():
    doc = read_bytes(PO.encode(), "django.po", language_check=False)
    assert doc.format == "po"
    assert len(doc.blocks) == 2
    first, second = doc.blocks
    assert first.location["line"] == 9 and first.location["msgid"].startswith("We received")
    assert doc.text[first.start:first.end].startswith("Wij hebben uw formulier XXX ontvangen.")
    assert "Oude tekst" not in doc.text
    assert doc.text[second.start:second.end] == 'Beste XXX, uw "code" is verlopen.'
    i = doc.text.index("behandeling")
    s, e = doc.source_span(i, i + len("behandeling"))
    assert doc.source_text[s:e] == "behandeling"
    assert doc.line_col(s)[0] == 10
    i = doc.text.index('"code"')
    s, e = doc.source_span(i, i + 6)
    assert doc.source_text[s:e] == r'\"code\"'


def test_po_findings_point_at_the_line(check, nlp):
    from duidelijk.analysis import analyse

    doc = read_bytes(PO.encode(), "django.po", language_check=False)
    report = next(analyse([doc], None, nlp))
    passive = [f for f in report.findings if f.code == "DD102"]
    assert passive and all(f.line == 10 for f in passive)


# --- docx ----------------------------------------------------------------------------
def tracked_and_merge(d):
    from docx.oxml import parse_xml

    p = d.add_paragraph("Uw ")
    p._p.append(parse_xml(f'<w:ins {W} w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z">'
                          '<w:r><w:t xml:space="preserve">nieuwe </w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {W} w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z">'
                          '<w:r><w:delText>oude </w:delText></w:r></w:del>'))
    p.add_run("pas is klaar, ")
    for xml in ('<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r {W}><w:instrText xml:space="preserve"> MERGEFIELD Voornaam </w:instrText></w:r>',
                '<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r {W}><w:t>Jan</w:t></w:r>',
                '<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml.format(W=W)))
    p.add_run(".")
    q = d.add_paragraph("Beste ")
    q._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" MERGEFIELD Achternaam "><w:r><w:t>«Achternaam»</w:t></w:r></w:fldSimple>'))
    q.add_run(", welkom.")
    d.add_paragraph("Stap een: vul het formulier in.", style="List Bullet")


def test_docx_structure():
    def extra(d):
        tracked_and_merge(d)
        d.add_paragraph("Met vriendelijke groet,")

    data = docx_bytes(LETTER[:-1], header="Gemeente Voorbeeld", footer="Postbus 1, 1000 AA Voorbeeld",
                      table=[["Zaaknummer", "Wij nemen uw verzoek snel in behandeling."]],
                      extra=extra)
    doc = read_bytes(data, "brief.docx")
    got = blocks(doc)
    assert ("header", "Gemeente Voorbeeld") == got[0]
    assert ("footer", "Postbus 1, 1000 AA Voorbeeld") == got[-1]
    assert ("heading", "Uw aanvraag") in got
    assert ("salutation", "Geachte heer Jansen,") in got
    assert ("closing", "Met vriendelijke groet,") in got
    assert ("table", "Zaaknummer") in got  # a short cell without a sentence is set aside
    assert ("list-item", "Stap een: vul het formulier in.") in got
    assert ("paragraph", "Uw nieuwe pas is klaar, XXX.") in got  # w:ins kept, w:del dropped
    assert "oude pas" not in doc.text and "Jan." not in doc.text and "Jan " not in doc.text
    assert "«Voornaam»" in doc.source_text and "«Achternaam»" in doc.source_text
    # a salutation with text after it on the same line: the greeting is set aside, the text is prose
    assert ("salutation", "Beste XXX,") in got and ("paragraph", "welkom.") in got
    cell = next(b for b in doc.blocks if doc.text[b.start:b.end] == "Zaaknummer")
    assert cell.location["part"] == "table" and (cell.location["row"], cell.location["cell"]) == (0, 0)


def test_docx_runs_in_location():
    import docx
    from docx.oxml.ns import qn

    data = docx_bytes(extra=tracked_and_merge)
    doc = read_bytes(data, "brief.docx")
    i = doc.text.index("nieuwe pas")
    loc = doc.location_of(i, i + len("nieuwe pas"))
    word = docx.Document(io.BytesIO(data))
    runs = list(word.paragraphs[loc["paragraph"]]._p.iter(qn("w:r")))
    text = "".join(
        "".join(t.text for t in runs[r].iter(qn("w:t")))[a:b] for r, a, b in loc["runs"]
    )
    assert text == "nieuwe pas"


def _docx_text_at(word, loc) -> str:
    if loc["part"] == "body":
        return word.paragraphs[loc["paragraph"]].text
    if loc["part"] == "table":
        return word.tables[loc["table"]].rows[loc["row"]].cells[loc["cell"]].paragraphs[loc["paragraph"]].text
    if loc["part"] in ("header", "footer"):
        return getattr(word.sections[loc["section"]], loc["part"]).paragraphs[loc["paragraph"]].text
    raise AssertionError(loc)


def test_docx_every_finding_points_at_its_paragraph(nlp):
    import docx

    from duidelijk.analysis import analyse

    paragraphs = LETTER[:-1] + [
        "Wij verzoeken u vriendelijk om het aanvraagformulier tijdig te retourneren middels de "
        "bijgevoegde antwoordenvelop, zodat de aanvraag door ons in behandeling genomen kan worden.",
    ] + LETTER[-1:]
    data = docx_bytes(paragraphs, header="Gemeente Voorbeeld",
                      table=[["Termijn", "De beslissing wordt binnen acht weken door ons genomen."]])
    doc = read_bytes(data, "brief.docx")
    report = next(analyse([doc], None, nlp))
    assert len(report.findings) >= 3
    word = docx.Document(io.BytesIO(data))
    for f in report.findings:
        loc = doc.location_of(f.start, f.end, source=True)
        assert loc, f
        paragraph = _docx_text_at(word, loc)
        assert paragraph[loc["start"]:loc["end"]] == f.text, (f.code, f.text, loc)


# --- pdf -----------------------------------------------------------------------------
def test_pdf_paragraphs_hyphens_and_margins():
    pages = [
        [["Wij hebben uw aan-", "vraag ontvangen op 1 maart."], ["Heeft u vragen? Bel ons dan."]],
        [["Op de tweede pagina staat de uitleg over", "het bezwaar dat u kunt maken."]],
    ]
    doc = read_bytes(pdf_bytes(pages, header="Gemeente Voorbeeld | Burgerzaken"), "brief.pdf")
    prose = [b for b in doc.blocks if b.is_prose]
    got = [doc.text[b.start:b.end] for b in prose]
    assert got == [
        "Wij hebben uw aanvraag ontvangen op 1 maart.",
        "Heeft u vragen? Bel ons dan.",
        "Op de tweede pagina staat de uitleg over het bezwaar dat u kunt maken.",
    ]
    assert [b.location["page"] for b in prose] == [1, 1, 2]
    # the repeated header and the page numbers are not prose, but set aside as named parts
    parts = [(b.kind, doc.text[b.start:b.end], b.location["page"]) for b in doc.blocks if not b.is_prose]
    assert parts == [("header", "Gemeente Voorbeeld | Burgerzaken", 1), ("footer", "Pagina 1 van 2", 1),
                     ("header", "Gemeente Voorbeeld | Burgerzaken", 2), ("footer", "Pagina 2 van 2", 2)]
    assert doc.meta["removed_margin_lines"] == 4


def test_pdf_wrapped_line_with_an_em_dash_goes_on():
    """A wrapped line that starts with an em dash goes on with the sentence (an aside); a line
    with a bullet starts a list item."""
    pages = [[["Naar aanleiding van uw aanvraag delen wij u mee dat de gemeente uw verzoek",
               "— zoals wij u eerder schreven — niet in behandeling neemt, omdat stukken ontbreken."],
              ["Wat u nodig hebt:", "- uw paspoort", "- een pasfoto"]]]
    doc = read_bytes(pdf_bytes(pages), "brief.pdf")
    got = [doc.text[b.start:b.end] for b in doc.blocks if b.is_prose]
    # one block: the sentence is not cut at the dash (the layout may keep the line break)
    assert " ".join(got[0].split()) == ("Naar aanleiding van uw aanvraag delen wij u mee dat de gemeente uw "
                                        "verzoek — zoals wij u eerder schreven — niet in behandeling neemt, "
                                        "omdat stukken ontbreken.")
    assert "- uw paspoort" in got and "- een pasfoto" in got


def test_pdf_two_columns_in_reading_order():
    left = ["De linkerkolom begint", "hier en gaat door", "tot het einde van", "de kolom links.", "Nog een regel", "links erbij."]
    right = ["De rechterkolom komt", "daarna en vertelt", "een eigen verhaal", "over de vergunning.", "En nog een regel", "rechts erbij."]
    doc = read_bytes(pdf_bytes([[["Een titel over de hele breedte van de pagina."]]], columns=(left, right)),
                     "kolommen.pdf", language_check=False)
    text = doc.text
    assert text.index("linkerkolom") < text.index("links erbij") < text.index("rechterkolom")
    assert "De linkerkolom begint hier en gaat door tot het einde van de kolom links." in text


def test_pdf_every_finding_points_at_its_page(nlp):
    import pdfplumber

    from duidelijk.analysis import analyse

    pages = [
        [["Geachte heer Jansen,"], ["Wij hebben uw aanvraag ontvangen. De aanvraag wordt door ons", "in behandeling genomen."]],
        [["Wij verzoeken u vriendelijk om het formulier tijdig te retourneren", "middels de bijgevoegde antwoordenvelop."],
         ["Met vriendelijke groet,"]],
    ]
    data = pdf_bytes(pages)
    doc = read_bytes(data, "brief.pdf")
    report = next(analyse([doc], None, nlp))
    assert report.findings
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for f in report.findings:
            loc = doc.location_of(f.start, f.end, source=True)
            page = pdf.pages[loc["page"] - 1]
            x0, top, x1, bottom = loc["bbox"]
            crop = page.within_bbox((x0 - 1, top - 1, x1 + 1, bottom + 1)).extract_text()
            flat = " ".join(crop.split())
            for word in f.text.split():
                assert word.strip(".,") in flat, (f.code, f.text, loc)


def test_markdown_character_references_become_their_characters():
    """"&nbsp;" in a Markdown letter is a space, not the word "nbsp"; the text around it keeps
    its place in the source."""
    from duidelijk.readers import markdown_document

    source = "Beste aanvrager,\n&nbsp;  \n\nUw aanvraag&nbsp;is afgewezen.&#160;Bel H&amp;M *nu*.\n"
    doc = markdown_document(source)
    assert "nbsp" not in doc.text and "#160" not in doc.text
    assert "Uw aanvraag is afgewezen. Bel H&M nu." in doc.text
    at = doc.text.index("afgewezen")
    assert doc.location_of(at, at + len("afgewezen"))["text"] == "afgewezen"
    assert doc.source_span(at, at + len("afgewezen")) == (source.index("afgewezen"), source.index("afgewezen") + 9)
    # a lone "&" is text
    assert "A & B" in markdown_document("Kies A & B.\n").text


def test_markdown_and_html_read_invisible_references_alike():
    """A soft hyphen or zero-width space is nothing to a reader, in Markdown as in HTML: the
    word stays one word; a name that is no character reference stays text."""
    from duidelijk.readers import markdown_document
    from duidelijk.readers.html import html_document

    for ref in ("&shy;", "&#173;", "&#8203;"):
        source = f"Stuur het aanvraag{ref}formulier vandaag terug."
        assert "aanvraagformulier vandaag" in markdown_document(source + "\n").text
        assert "aanvraagformulier vandaag" in html_document(f"<p>{source}</p>").text
    assert "&notit; is" in markdown_document("Dit &notit; is tekst.\n").text


# --- plain text: HTML tags of a template saved as .txt ----------------------------------------------
def test_text_leaves_out_html_tags_also_over_several_lines():
    from duidelijk.readers import text_document

    source = ('Lees <a href="https://x.nl" rel="external noopener">hier</a> meer over uw rechten.\n\n'
              'Lees\n<a\n  href=${Urls.Rechten}\n  rel="external noopener noreferrer"\n>\nhier</a> meer over uw plichten.\n')
    doc = text_document(source)
    assert "noopener" not in doc.text and "href" not in doc.text and "<" not in doc.text
    # the tag on lines of its own leaves one line break: the sentence stays one paragraph
    assert doc.text.split("\n\n") == ["Lees hier meer over uw rechten.", "Lees\nhier meer over uw plichten."]
    at = doc.text.index("plichten")
    assert doc.location_of(at, at + len("plichten"))["text"] == "plichten"  # offsets into the source


@pytest.mark.parametrize("source", [
    "Het bedrag is 5 < 7 en dat klopt.",
    "Schrijf x <y en z> w niet zo.",  # no HTML tag name: left as it is
    "Gebruik <naam> als u uw naam niet weet.",
])
def test_text_keeps_angle_brackets_that_are_no_html(source):
    from duidelijk.readers import text_document

    assert text_document(source).text == source


def test_text_html_attributes_are_no_difficult_words(check):
    text = 'Lees\n<a\n  href=${Urls.Rechten}\n  rel="external noopener noreferrer"\n>\nhier</a> meer over uw plichten.\n'
    assert not [f for f in check(text).findings if f.text in {"noopener", "noreferrer", "href"}]


@pytest.mark.parametrize("source, text", [
    ("Beste meneer Jansen, <br>\nHierbij sturen wij u de brief.", "Beste meneer Jansen, \nHierbij sturen wij u de brief."),
    ("Uw aanvraag </h2>\nWij hebben uw aanvraag ontvangen.", "Uw aanvraag \nWij hebben uw aanvraag ontvangen."),
    ("Naam <br>Adres", "Naam \nAdres"),  # a line break between two words stays a line break
    ("<p>Eerste zin.</p><p>Tweede zin.</p>", "Eerste zin.\nTweede zin."),  # once for tags in a row
    ("Lees <a href=\"x\">hier</a> meer.", "Lees hier meer."),
    ("Dit geldt als a<b en b>c waar is.", "Dit geldt als a<b en b>c waar is."),  # no tag after a letter
])
def test_text_tags_keep_the_lines_of_the_text(source, text):
    from duidelijk.readers import text_document

    assert text_document(source).text == text


def test_text_closing_and_signature_stay_apart_after_tags():
    from duidelijk.readers import text_document

    doc = text_document("Met vriendelijke groet, <br>\nJan Jansen <br>\nAfdeling Vergunningen")
    assert [b.kind for b in doc.blocks] == ["closing", "signature"]


def test_text_tag_inside_a_placeholder_stays_in_the_placeholder():
    from duidelijk.readers import text_document

    doc = text_document("Beste {{ naam }},{{ '<br>' if html }}\nWij sturen u een brief.")
    assert doc.text == "Beste XXX,XXX\nWij sturen u een brief."  # the whole placeholder masked
