"""Odd input left open by robust27 (twenty-eighth session): a Strict .docx found however its
root element is written, a file with only invisible characters, a missing path without an
extension, and a locked folder reported in its sorted place."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from duidelijk.cli import cli, collect
from duidelijk.readers import ReadError, read_bytes, read_path
from test_readers_fixtures import docx_bytes
from test_robust27 import STRICT, TRANSITIONAL, _locked_folder

HARD = "Wij verzoeken u middels dit formulier teneinde uw aanvraag de gegevens te verstrekken.\n"
TRANSITIONAL_RELS = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
STRICT_RELS = b"http://purl.oclc.org/ooxml/officeDocument/relationships/"


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def edit_docx(data: bytes, edit) -> bytes:
    """The same .docx with ``edit(name, part)`` applied to every part."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(name, edit(name, src.read(name)))
    return out.getvalue()


# --- Strict Open XML, wherever it shows -----------------------------------------------------

def test_strict_relationship_types_alone_make_a_strict_docx():
    """Word's Strict files use Strict relationship types in _rels/.rels."""
    data = edit_docx(docx_bytes(), lambda name, part: part.replace(TRANSITIONAL_RELS, STRICT_RELS)
                     if name == "_rels/.rels" else part)
    with pytest.raises(ReadError) as info:
        read_bytes(data, "brief.docx")
    assert info.value.code == "strict"


def test_strict_namespace_after_many_declarations_is_found():
    """The root element may declare many namespaces before the main one: more than 4 KB."""
    extra = b" ".join(b'xmlns:x%d="urn:duidelijk:test:namespace:%d"' % (i, i) for i in range(200))

    def edit(name, part):
        if name != "word/document.xml":
            return part
        part = part.replace(TRANSITIONAL, STRICT)
        return part.replace(b"<w:document ", b"<w:document " + extra + b" ", 1)

    data = edit_docx(docx_bytes(), edit)
    root = data  # the declarations push the main namespace beyond the first 4 KB of the part
    with zipfile.ZipFile(io.BytesIO(root)) as z:
        assert z.read("word/document.xml").index(STRICT) > 4096
    with pytest.raises(ReadError) as info:
        read_bytes(data, "brief.docx")
    assert info.value.code == "strict"


def test_strict_namespace_as_text_in_the_letter_is_not_a_strict_file():
    """Only the root element counts: a letter that quotes the namespace is read as usual."""
    def edit(name, part):
        if name != "word/document.xml":
            return part
        return part.replace(b"</w:body>", b"<w:p><w:r><w:t>" + STRICT + b"</w:t></w:r></w:p></w:body>", 1)

    doc = read_bytes(edit_docx(docx_bytes(), edit), "brief.docx")
    assert STRICT.decode() in doc.text


def test_an_ordinary_docx_is_not_strict():
    doc = read_bytes(docx_bytes(), "brief.docx")
    assert doc.format == "docx" and doc.text.strip()


# --- a file with only invisible characters --------------------------------------------------

@pytest.mark.parametrize("content", ["\u200b\u200b\u200c\n\u2060\ufeff\n", "\u00ad\u200b \u200d", "😀 🙂\n"])
def test_a_file_with_only_invisible_characters_or_emoji_has_no_text(tmp_path, content):
    (tmp_path / "leeg.txt").write_text(content, encoding="utf-8")
    (tmp_path / "brief.txt").write_text(HARD, encoding="utf-8")
    res = run("check", "--no-cache", "--format", "json", str(tmp_path))
    assert res.exit_code == 2
    out = {Path(f["path"]).name: f for f in json.loads(res.output)["files"]}
    assert out["leeg.txt"]["error"]["code"] == "no-text"
    assert out["brief.txt"]["findings"] and out["brief.txt"]["error"] is None


def test_zero_width_spaces_inside_real_text_are_still_read():
    doc = read_bytes("Wij hebben uw brief\u200b gekregen. U hoort snel van ons.\n".encode(), "brief.txt")
    assert "gekregen" in doc.text


# --- a missing path ---------------------------------------------------------------------------

def test_a_missing_path_without_extension_may_be_a_file_or_a_folder(tmp_path):
    for path in (Path(str(tmp_path / "brieven") + "/"), tmp_path / "brieven"):  # Path drops the '/'
        with pytest.raises(ReadError) as info:
            read_path(path)
        assert info.value.code == "not-found"
        assert info.value.args[0].startswith("Er is geen bestand of map met de naam ")


def test_a_missing_file_with_an_extension_is_called_a_file(tmp_path):
    with pytest.raises(ReadError) as info:
        read_path(tmp_path / "brief.txt")
    assert info.value.args[0].startswith("Het bestand ") and "bestaat niet" in info.value.args[0]


# --- a locked folder in its sorted place --------------------------------------------------------

def test_a_locked_folder_is_reported_in_its_sorted_place(tmp_path, monkeypatch):
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "brief.txt").write_text(HARD, encoding="utf-8")
    _locked_folder(monkeypatch, tmp_path / "b")
    order = [Path(p).relative_to(tmp_path).as_posix() for p, _ in collect([str(tmp_path)])]
    assert order == ["a/brief.txt", "b", "c/brief.txt"]
