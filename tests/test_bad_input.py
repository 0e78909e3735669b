"""Bad input: every kind of broken or hostile file gives a clear ReadError, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duidelijk.readers import MAX_BYTES, ReadError, read_bytes, read_path
from test_readers_fixtures import (
    docx_bytes, encrypted_pdf, many_entries_zip, pdf_bytes, scanned_pdf, zip_bomb,
)

DUTCH = "Wij hebben uw aanvraag ontvangen. U krijgt binnen zes weken een besluit van ons."


def error_of(data: bytes, name: str, tmp_path=None, **kw) -> ReadError:
    with pytest.raises(ReadError) as info:
        if tmp_path is not None:
            path = tmp_path / name
            path.write_bytes(data)
            read_path(path, **kw)
        else:
            read_bytes(data, name, **kw)
    err = info.value
    assert err.message and err.message[0].isupper()
    return err


def test_empty_file(tmp_path):
    assert error_of(b"", "leeg.txt", tmp_path).code == "empty"
    assert error_of(b"  \n\n ", "leeg.txt", tmp_path).code == "empty"


def test_zero_byte_docx(tmp_path):
    err = error_of(b"", "brief.docx", tmp_path)
    assert err.code == "empty" and err.message == "Het bestand is leeg."


def test_corrupt_zip(tmp_path):
    data = docx_bytes()
    assert error_of(data[: len(data) // 2], "brief.docx", tmp_path).code == "corrupt"
    assert error_of(b"PK\x03\x04" + b"rommel" * 50, "brief.docx", tmp_path).code == "corrupt"
    assert error_of(b"dit is geen word-bestand maar tekst", "brief.docx", tmp_path).code == "corrupt"


def test_zip_bomb(tmp_path):
    assert error_of(zip_bomb(), "bom.docx", tmp_path).code == "zip-bomb"
    assert error_of(many_entries_zip(), "veel.docx", tmp_path).code == "zip-bomb"


def test_other_zip_is_refused():
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("content.xml", "<x/>")
    assert error_of(buf.getvalue(), "a.zip").code == "unsupported"


def test_encrypted_pdf(tmp_path):
    err = error_of(encrypted_pdf(), "geheim.pdf", tmp_path)
    assert err.code == "encrypted" and "wachtwoord" in err.message


def test_scanned_pdf(tmp_path):
    err = error_of(scanned_pdf(), "scan.pdf", tmp_path)
    assert err.code == "scan" and "scan" in err.message


def test_corrupt_pdf():
    data = pdf_bytes([[[DUTCH]]])
    assert error_of(data[:200], "kapot.pdf").code in {"corrupt", "no-text"}
    assert error_of(b"%PDF-1.4\n" + b"\x00\xff" * 100, "kapot.pdf").code in {"corrupt", "no-text"}


def test_huge_text_file_is_refused_before_reading(tmp_path):
    import tracemalloc

    path = tmp_path / "groot.txt"
    with path.open("wb") as fh:  # 50 MB, sparse: cheap to make
        fh.write(DUTCH.encode())
        fh.seek(50 * 1024 * 1024)
        fh.write(b"\n")
    tracemalloc.start()
    with pytest.raises(ReadError) as info:
        read_path(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1024 * 1024  # the file was not read into memory
    assert info.value.code == "too-large" and "5 megabyte" in info.value.message
    with pytest.raises(ReadError) as info:
        read_bytes(b"a " * (MAX_BYTES // 2 + 10), "groot.txt")
    assert info.value.code == "too-large"


def test_binary_junk():
    import random

    rnd = random.Random(4)
    junk = bytes(rnd.randrange(256) for _ in range(5000))
    assert error_of(junk, "junk.txt").code in {"binary", "encoding"}
    assert error_of(b"\x00\x01\x02" * 100, "junk.bin").code == "binary"


def test_invalid_utf8_falls_back_to_cp1252():
    data = "Wij hebben uw aanvraag ontvangen. U krijgt binnen zes weken een besluit. Één café.".encode("cp1252")
    doc = read_bytes(data, "brief.txt")
    assert "Één café" in doc.text


def test_utf8_bom_and_crlf():
    doc = read_bytes(b"\xef\xbb\xbf" + DUTCH.encode() + b"\r\n\r\nTweede alinea.\r\n", "brief.txt")
    assert doc.text.startswith("Wij") and len(doc.blocks) == 2


def test_not_dutch():
    english = ("We have received your application. You will receive a decision within six weeks. "
               "If you have any questions, please call us on working days.")
    err = error_of(english.encode(), "brief.txt")
    assert err.code == "not-dutch" and err.message == "Deze tekst lijkt niet Nederlands."
    assert read_bytes(english.encode(), "brief.txt", language_check=False).text
    german = "Die Stadtverwaltung teilt Ihnen mit, dass Ihr Antrag auf Wohngeld bewilligt wurde und Sie das Geld erhalten."
    assert error_of(german.encode(), "brief.txt").code == "not-dutch"
    assert read_bytes(b"Hello world", "kort.txt").text  # too short to judge


def test_control_characters(nlp):
    from duidelijk.analysis import analyse

    data = ("Wij\x07 hebben uw\x00 aanvraag\x1b ontvangen.\x0b U krijgt snel\x7f bericht.").encode()
    doc = read_bytes(data.replace(b"\x00", b""), "brief.txt")
    assert not any(c in doc.text for c in "\x07\x1b\x0b\x7f")
    next(analyse([doc], None, nlp))


def test_long_lines_and_a_2000_word_sentence(nlp):
    from duidelijk.analysis import analyse

    words = ("de gemeente controleert of de aanvraag volledig is en of alle stukken er zijn " * 134).split()[:2000]
    sentence = " ".join(words) + "."
    doc = read_bytes(sentence.encode(), "lang.txt")
    report = next(analyse([doc], None, nlp))
    assert any(f.code == "DD101" for f in report.findings)
    line = ("Wij hebben uw aanvraag ontvangen. " * 3000).encode()  # one line of 100 kB
    doc = read_bytes(line, "regel.txt")
    assert len(doc.blocks) == 1


# --- property-based -------------------------------------------------------------------
SEEDS = [
    DUTCH.encode(),
    docx_bytes(),
    pdf_bytes([[[DUTCH]]]),
    b"<html><body><p>" + DUTCH.encode() + b"</p><p>Beste {{ naam }},</p></body></html>",
    b'msgid "a"\nmsgstr "' + DUTCH.encode() + b' %(x)s"\n',
    b"# Kop\n\n- " + DUTCH.encode() + b"\n\n```\ncode\n```\n",
]


@st.composite
def mutated(draw):
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.integers(0, 2))
        i = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == 0 and data:
            data[i] = draw(st.integers(0, 255))
        elif op == 1:
            data[i:i] = draw(st.binary(max_size=20))
        else:
            del data[i : i + draw(st.integers(1, 200))]
    return bytes(data)


NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.po", "a.docx", "a.pdf", None, "-"])


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.one_of(st.binary(max_size=2000), mutated(),
                      st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass"))),
       name=NAMES)
def test_fuzz_read_bytes(data, name):
    try:
        doc = read_bytes(data, name)
    except ReadError as err:
        assert err.code and err.message
        return
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(doc.text)
    for a, b in doc.placeholders:
        s, e = doc.source_span(a, b)
        assert 0 <= s <= e <= len(doc.source_text)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.one_of(mutated(), st.text(min_size=1, max_size=400).map(str.encode)), name=NAMES)
def test_fuzz_analysis(nlp, data, name):
    from duidelijk.analysis import analyse

    try:
        doc = read_bytes(data, name, language_check=False)
    except ReadError:
        return
    report = next(analyse([doc], None, nlp))
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(doc.source_text)
        doc.location_of(f.start, f.end, source=True)
