"""A user's hard day (robust27): odd input through the real entry points gives a plain-Dutch
message, and one broken file never stops the check of the others."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from duidelijk.cli import cli
from duidelijk.readers import MAX_BINARY_BYTES, MAX_BYTES, ReadError, read_bytes
from test_readers_fixtures import docx_bytes

EASY = "Wij hebben uw brief gekregen. U hoort snel van ons.\n"
HARD = "Wij verzoeken u middels dit formulier teneinde uw aanvraag de gegevens te verstrekken.\n"
TRANSITIONAL = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT = b"http://purl.oclc.org/ooxml/wordprocessingml/main"


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def rewrite_docx(data: bytes, old: bytes, new: bytes) -> bytes:
    """The same .docx with ``old`` replaced by ``new`` in every XML part."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            part = src.read(name)
            if name.endswith((".xml", ".rels")):
                part = part.replace(old, new)
            dst.writestr(name, part)
    return out.getvalue()


def strict_docx() -> bytes:
    """A .docx saved by Word as 'Strict Open XML Document': the same parts, other namespaces."""
    return rewrite_docx(docx_bytes(), TRANSITIONAL, STRICT)


# --- a Strict Open XML .docx, and any reader that fails in an unexpected way -----------------

def test_strict_open_xml_docx_gets_its_own_message():
    with pytest.raises(ReadError) as info:
        read_bytes(strict_docx(), "brief.docx")
    assert info.value.code == "strict"
    assert "Strict Open XML" in info.value.message
    # the usual kind of .docx is read as before
    assert "aanvraag" in read_bytes(docx_bytes(), "brief.docx").text


def test_docx_with_odd_root_element_is_corrupt_not_a_crash():
    # a namespace no Word version writes: python-docx fails on the sections (AttributeError)
    odd = rewrite_docx(docx_bytes(), TRANSITIONAL, b"http://example.org/geen-word")
    with pytest.raises(ReadError) as info:
        read_bytes(odd, "brief.docx")
    assert info.value.code in {"corrupt", "unsupported"}


def test_folder_with_a_strict_docx_still_checks_the_others(tmp_path):
    (tmp_path / "a.txt").write_text(HARD, encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(strict_docx())
    (tmp_path / "c.txt").write_text(HARD, encoding="utf-8")
    res = run("check", "--no-cache", "--format", "json", str(tmp_path))
    assert res.exit_code == 2
    out = {Path(f["path"]).name: f for f in json.loads(res.output)["files"]}
    assert out["b.docx"]["error"]["code"] == "strict"
    assert out["a.txt"]["findings"] and out["c.txt"]["findings"]
    assert out["a.txt"]["error"] is None


def test_reader_crash_on_one_file_is_reported_and_the_others_checked(tmp_path, monkeypatch):
    import duidelijk.readers as readers

    real = readers.read_path

    def flaky(path, *args, **kwargs):
        if Path(path).name == "b.txt":
            raise RuntimeError("a reader bug")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(readers, "read_path", flaky)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(HARD, encoding="utf-8")
    res = run("check", "--no-cache", "--format", "json", str(tmp_path))
    assert res.exit_code == 2
    out = {Path(f["path"]).name: f for f in json.loads(res.output)["files"]}
    assert out["b.txt"]["error"]["code"] == "check-failed"  # not the file's fault: not 'save it again'
    assert "ligt niet aan u" in out["b.txt"]["error"]["message"]
    assert "opnieuw op" not in out["b.txt"]["error"]["message"]
    assert "a reader bug" not in res.output  # no technical text for the user
    assert out["a.txt"]["findings"] and out["c.txt"]["findings"]


def test_reader_crash_is_raised_under_duidelijk_debug(tmp_path, monkeypatch):
    import duidelijk.readers as readers

    def broken(path, *args, **kwargs):
        raise RuntimeError("a reader bug")

    monkeypatch.setattr(readers, "read_path", broken)
    (tmp_path / "a.txt").write_text(HARD, encoding="utf-8")
    monkeypatch.setenv("DUIDELIJK_DEBUG", "1")
    with pytest.raises(RuntimeError, match="a reader bug"):
        run("check", "--no-cache", str(tmp_path / "a.txt"))
    monkeypatch.delenv("DUIDELIJK_DEBUG")
    res = run("check", "--no-cache", str(tmp_path / "a.txt"))  # without it: a message, no traceback
    assert res.exit_code == 2 and "controle mislukt" in res.output


def test_docx_reader_bug_is_raised_under_duidelijk_debug(monkeypatch):
    import duidelijk.readers.docx as docx_reader

    def broken(*args, **kwargs):
        raise TypeError("a bug in the block code")

    monkeypatch.setattr(docx_reader, "_read", broken)
    with pytest.raises(ReadError) as info:
        read_bytes(docx_bytes(), "brief.docx")
    assert info.value.code == "corrupt"
    monkeypatch.setenv("DUIDELIJK_DEBUG", "1")
    with pytest.raises(TypeError):
        read_bytes(docx_bytes(), "brief.docx")


# --- the analysis fails on one file of a batch -----------------------------------------------

def _failing_analysis(monkeypatch, bad_name: str):
    import duidelijk.analysis as analysis

    real = analysis.analyse

    def analyse(docs, *args, **kwargs):
        if any(Path(d.path or "").name == bad_name for d in docs):
            raise RuntimeError("a bug in a rule")
        return real(docs, *args, **kwargs)

    monkeypatch.setattr(analysis, "analyse", analyse)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_analysis_crash_on_one_file_is_reported_and_the_others_checked(tmp_path, monkeypatch, jobs):
    _failing_analysis(monkeypatch, "b.txt")  # forked workers (--jobs 2) inherit the patch
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(HARD, encoding="utf-8")
    res = run("check", "--no-cache", "--jobs", jobs, "--format", "json", str(tmp_path))
    assert res.exit_code == 2
    out = {Path(f["path"]).name: f for f in json.loads(res.output)["files"]}
    assert out["b.txt"]["error"]["code"] == "check-failed"
    assert "a bug in a rule" not in res.output
    assert out["a.txt"]["findings"] and out["c.txt"]["findings"]
    assert out["a.txt"]["error"] is None and out["c.txt"]["error"] is None


def test_check_failed_says_other_files_were_checked_only_when_they_were(tmp_path, monkeypatch):
    _failing_analysis(monkeypatch, "b.txt")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(HARD, encoding="utf-8")
    res = run("check", "--no-cache", "--format", "json", str(tmp_path))
    out = {Path(f["path"]).name: f for f in json.loads(res.output)["files"]}
    message = out["b.txt"]["error"]["message"]
    assert "de andere bestanden wel gecontroleerd" in message
    assert "(RuntimeError)" in message and "a bug in a rule" not in message  # the type, not the text
    # one file alone: there are no other files
    res = run("check", "--no-cache", "--format", "json", str(tmp_path / "b.txt"))
    (only,) = json.loads(res.output)["files"]
    assert only["error"]["code"] == "check-failed"
    assert "andere bestanden" not in only["error"]["message"]
    assert "(RuntimeError)" in only["error"]["message"]


def test_check_failed_on_every_file_does_not_speak_of_other_files(tmp_path, monkeypatch):
    import duidelijk.analysis as analysis

    def analyse(docs, *args, **kwargs):
        raise RuntimeError("a broken word list")

    monkeypatch.setattr(analysis, "analyse", analyse)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(HARD, encoding="utf-8")
    res = run("check", "--no-cache", "--format", "json", str(tmp_path))
    files = json.loads(res.output)["files"]
    assert [f["error"]["code"] for f in files] == ["check-failed", "check-failed"]
    assert not any("andere bestanden" in f["error"]["message"] for f in files)


def test_analysis_without_failures_checks_every_file_in_one_batch(tmp_path, monkeypatch):
    _failing_analysis(monkeypatch, "geen-van-deze.txt")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(HARD, encoding="utf-8")
    res = run("check", "--no-cache", "--format", "json", str(tmp_path))
    assert res.exit_code == 0
    assert all(f["error"] is None and f["findings"] for f in json.loads(res.output)["files"])


def test_text_output_says_the_check_failed_not_that_the_file_is_unreadable(tmp_path, monkeypatch):
    _failing_analysis(monkeypatch, "b.txt")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(HARD, encoding="utf-8")
    (tmp_path / "c.bin.txt").write_bytes(b"\x00\x01\x02" * 50)
    res = run("check", "--no-cache", str(tmp_path))
    lines = res.output.splitlines()
    assert any(l.startswith(str(tmp_path / "b.txt") + ": controle mislukt: ") for l in lines)
    assert any(l.startswith(str(tmp_path / "c.bin.txt") + ": kan niet gelezen worden: ") for l in lines)
    assert any(l.startswith(str(tmp_path / "a.txt") + ":1:") for l in lines)


# --- a .docx with a password -----------------------------------------------------------------

CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of old .doc files and of locked .docx files


def cfb(*streams: str) -> bytes:
    """A compound file's header and a directory naming ``streams`` (UTF-16, as Word writes them)."""
    head = CFB + bytes(504)
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + bytes(64) for name in ("Root Entry", *streams))
    return head + directory + bytes(1024)


def test_password_protected_docx_says_so(tmp_path):
    locked = cfb("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces")
    for name in ("brief.docx", "brief.doc", None):
        with pytest.raises(ReadError) as info:
            read_bytes(locked, name)
        assert info.value.code == "encrypted"
        assert "wachtwoord" in info.value.message
    (tmp_path / "brief.docx").write_bytes(locked)
    res = run("check", "--no-cache", "--format", "json", str(tmp_path / "brief.docx"))
    assert res.exit_code == 2
    assert json.loads(res.output)["files"][0]["error"]["code"] == "encrypted"


def test_large_password_protected_docx_says_so_not_too_large(tmp_path):
    locked = cfb("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces")
    big = locked + bytes(6 * 2**20)  # a locked letter with a logo or a scan: over the text limit
    with pytest.raises(ReadError) as info:
        read_bytes(big, "brief.docx")
    assert info.value.code == "encrypted"
    (tmp_path / "brief.docx").write_bytes(big)
    res = run("check", "--no-cache", "--format", "json", str(tmp_path / "brief.docx"))
    assert json.loads(res.output)["files"][0]["error"]["code"] == "encrypted"
    # a text file of the same size is still too large
    (tmp_path / "brief.txt").write_bytes(b"Wij hebben uw brief gekregen. " * (6 * 2**20 // 30))
    res = run("check", "--no-cache", "--format", "json", str(tmp_path / "brief.txt"))
    error = json.loads(res.output)["files"][0]["error"]
    assert error["code"] == "too-large" and "tekstbestand" in error["message"]


def test_old_word_file_still_gets_the_save_as_docx_message():
    with pytest.raises(ReadError) as info:
        read_bytes(cfb("WordDocument", "1Table", "\x05SummaryInformation"), "brief.doc")
    assert info.value.code == "unsupported" and ".docx" in info.value.message


# --- line endings of old Macs (a lone CR) ----------------------------------------------------

LETTER = ("Geachte heer Jansen,\n\nWij hebben uw aanvraag ontvangen. Indien u vragen heeft, kunt u ons "
          "middels het formulier bereiken.\n\nMet vriendelijke groet,\nGemeente Voorbeeld\n")


@pytest.mark.parametrize("ending", ["\r", "\r\n"])
def test_other_line_endings_read_as_lines(tmp_path, ending):
    plain = read_bytes(LETTER.encode(), "brief.txt")
    other = read_bytes(LETTER.replace("\n", ending).encode(), "brief.txt")
    assert [b.kind for b in other.blocks] == [b.kind for b in plain.blocks]
    assert "closing" in [b.kind for b in plain.blocks]
    (tmp_path / "lf.txt").write_bytes(LETTER.encode())
    (tmp_path / "cr.txt").write_bytes(LETTER.replace("\n", ending).encode())
    places = {}
    for name in ("lf.txt", "cr.txt"):
        res = run("check", "--no-cache", "--format", "json", str(tmp_path / name))
        places[name] = [(f["code"], f["line"]) for f in json.loads(res.output)["files"][0]["findings"]]
    assert places["cr.txt"] == places["lf.txt"]
    assert ("DD103", 3) in places["lf.txt"]


def test_mixed_line_endings_count_every_line():
    text = "Eerste regel.\r\nTweede regel.\rDerde regel.\n\nVierde regel."
    doc = read_bytes(text.encode(), "brief.txt")
    assert len(doc.source_text) == len(text)  # one character for one: offsets stay right
    assert doc.source_text.count("\n") == 4 and "\r\n" in doc.source_text


WRAPPED = ("Beste meneer Jansen,\n\nWij verzoeken u middels dit formulier\nteneinde uw aanvraag de gegevens "
           "te verstrekken. Wij hebben\nuw brief ontvangen.\n\nMet vriendelijke groet,\nGemeente Voorbeeld\n")


def test_cr_cr_lf_is_one_line_end_in_a_hard_wrapped_letter(tmp_path):
    (tmp_path / "crlf.txt").write_bytes(WRAPPED.replace("\n", "\r\n").encode())
    (tmp_path / "crcrlf.txt").write_bytes(WRAPPED.replace("\n", "\r\r\n").encode())
    out = {}
    for name in ("crlf.txt", "crcrlf.txt"):
        res = run("check", "--no-cache", "--format", "json", str(tmp_path / name))
        found = json.loads(res.output)["files"][0]
        out[name] = (len(found["sentences"]), [(f["code"], f["line"], f["column"]) for f in found["findings"]])
    assert out["crcrlf.txt"] == out["crlf.txt"]
    assert ("DD103", 4, 1) in out["crlf.txt"][1]  # 'teneinde' opens the fourth line
    doc = read_bytes(WRAPPED.replace("\n", "\r\r\n").encode(), "brief.txt")
    assert len(doc.source_text) == len(WRAPPED.replace("\n", "\r\r\n"))  # offsets one for one


def test_cr_cr_of_old_macs_is_still_two_line_ends():
    doc = read_bytes("Eerste regel.\r\rTweede regel.\rDerde regel.".encode(), "brief.txt")
    assert doc.source_text == "Eerste regel.\n\nTweede regel.\nDerde regel."


# --- a folder that cannot be opened ----------------------------------------------------------

def _locked_folder(monkeypatch, locked: Path):
    """``locked`` cannot be listed, as a folder without read permission (root reads every
    folder, so the test asks os.scandir, which os.walk uses, to refuse it)."""
    import os

    real = os.scandir

    def scandir(path="."):
        if Path(os.fsdecode(path)).resolve() == locked.resolve():
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_folder_without_permission_is_reported_not_skipped(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(HARD, encoding="utf-8")
    sub = tmp_path / "geheim"
    sub.mkdir()
    (sub / "b.txt").write_text(HARD, encoding="utf-8")
    _locked_folder(monkeypatch, sub)
    res = run("check", "--no-cache", "--format", "json", str(tmp_path))
    assert res.exit_code == 2
    out = {Path(f["path"]).name: f for f in json.loads(res.output)["files"]}
    assert out["geheim"]["error"]["code"] == "unreadable"
    assert "map" in out["geheim"]["error"]["message"]
    assert out["a.txt"]["findings"] and out["a.txt"]["error"] is None


def test_folder_with_permission_is_checked_as_before(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(HARD, encoding="utf-8")
    sub = tmp_path / "open"
    sub.mkdir()
    (sub / "b.txt").write_text(HARD, encoding="utf-8")
    _locked_folder(monkeypatch, tmp_path / "bestaat-niet")
    res = run("check", "--no-cache", "--format", "json", str(tmp_path))
    assert res.exit_code == 0
    assert sorted(Path(f["path"]).name for f in json.loads(res.output)["files"]) == ["a.txt", "b.txt"]


# --- a symlink loop in a checked folder -------------------------------------------------------

def test_symlink_loop_in_a_folder_is_one_unreadable_entry(tmp_path):
    import os

    folder = tmp_path / "brieven"
    (folder / "sub").mkdir(parents=True)
    os.symlink("selfloop", folder / "selfloop")
    os.symlink("lus.txt", folder / "sub" / "lus.txt")
    (folder / "brief.txt").write_text(HARD, encoding="utf-8")
    res = run("check", "--no-cache", "--format", "json", str(folder))
    assert res.exit_code == 2
    out = {Path(f["path"]).name: f for f in json.loads(res.output)["files"]}
    assert out["selfloop"]["error"]["code"] == "unreadable"
    assert out["lus.txt"]["error"]["code"] == "unreadable"
    assert out["brief.txt"]["error"] is None and out["brief.txt"]["findings"]
    res = run("check", "--no-cache", "--format", "json", str(folder / "sub" / "lus.txt"))  # named alone
    assert json.loads(res.output)["files"][0]["error"]["code"] == "unreadable"


def test_symlink_to_a_letter_is_checked_and_other_files_are_still_skipped(tmp_path):
    import os

    folder = tmp_path / "brieven"
    folder.mkdir()
    (tmp_path / "echt.txt").write_text(HARD, encoding="utf-8")
    os.symlink(tmp_path / "echt.txt", folder / "link.txt")
    (folder / "plaatje.png").write_bytes(b"\x89PNG\r\n")
    res = run("check", "--no-cache", "--format", "json", str(folder))
    files = json.loads(res.output)["files"]
    assert [Path(f["path"]).name for f in files] == ["link.txt"]
    assert files[0]["error"] is None and files[0]["findings"]


# --- standard input: a huge stream -----------------------------------------------------------

class EndlessText(io.RawIOBase):
    """Standard input that gives ``total`` bytes of text and counts what was read."""

    def __init__(self, total: int):
        self.left = total
        self.taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = b"a" * n
        self.left -= n
        self.taken += n
        return n


def test_huge_standard_input_is_refused_without_reading_it_all():
    stream = EndlessText(4 * MAX_BINARY_BYTES)
    res = run("check", "--format", "json", "-", input=io.BufferedReader(stream))
    assert res.exit_code == 2
    error = json.loads(res.output)["files"][0]["error"]
    assert error["code"] == "too-large"
    assert "megabyte)" not in error["message"]  # the stream was cut off: its size is not known
    assert stream.taken <= MAX_BYTES + 2**20  # a text stream: not more than the text limit


class EndlessPdf(EndlessText):
    """Standard input that starts as a pdf."""

    def readinto(self, buffer) -> int:
        first = self.taken == 0
        n = super().readinto(buffer)
        if first and n >= 5:
            buffer[:5] = b"%PDF-"
        return n


def test_huge_pdf_on_standard_input_does_not_say_it_has_the_allowed_size():
    stream = EndlessPdf(4 * MAX_BINARY_BYTES)
    res = run("check", "--format", "json", "-", input=io.BufferedReader(stream))
    error = json.loads(res.output)["files"][0]["error"]
    assert error["code"] == "too-large"
    assert "(50 megabyte)" not in error["message"] and "pdf mag hoogstens 50 megabyte" in error["message"]
    assert MAX_BINARY_BYTES < stream.taken <= MAX_BINARY_BYTES + 2**20


def test_file_over_the_limit_still_names_its_size(tmp_path):
    (tmp_path / "brief.txt").write_bytes(b"a" * (6 * 2**20))
    res = run("check", "--no-cache", "--format", "json", str(tmp_path / "brief.txt"))
    assert "(6 megabyte)" in json.loads(res.output)["files"][0]["error"]["message"]


def test_standard_input_at_the_text_limit_is_not_too_large():
    res = run("check", "--format", "json", "-", input=b"Wij hebben uw brief. " * (MAX_BYTES // 21))
    assert json.loads(res.output)["files"][0]["error"]["code"] != "too-large"


def test_standard_input_of_normal_size_is_checked():
    res = run("check", "--format", "json", "-", input=HARD)
    assert res.exit_code == 0
    assert json.loads(res.output)["files"][0]["findings"]


# --- the web page and the API with the new reader messages -----------------------------------

@pytest.fixture(scope="module")
def web(nlp):
    pytest.importorskip("flask")
    from duidelijk.web import create_app

    return create_app({"TESTING": True, "SECRET_KEY": "test", "API_TOKENS": ["robust27-token-0123456789"]})


def _web_upload(client, data: bytes, name: str):
    import re

    page = client.get("/").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    return client.post("/controleren", data={"csrf_token": csrf, "tekst": "", "bestand": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


@pytest.mark.parametrize("data, code, status", [
    (strict_docx(), "strict", 415),
    (cfb("EncryptionInfo", "EncryptedPackage"), "encrypted", 422),
], ids=["strict", "encrypted"])
def test_web_page_and_api_give_the_new_messages(web, caplog, data, code, status):
    import logging

    from duidelijk.web.openapi import ERROR_CODES

    client = web.test_client()
    with caplog.at_level(logging.INFO):
        resp = _web_upload(client, data, "brief.docx")
        assert resp.status_code == status
        assert f'data-code="{code}"' in resp.get_data(as_text=True)
        api = client.post("/api/v1/check", data={"bestand": (io.BytesIO(data), "brief.docx")},
                          content_type="multipart/form-data",
                          headers={"Authorization": "Bearer robust27-token-0123456789"})
    assert api.status_code == status
    assert api.get_json()["error"]["code"] == code and code in ERROR_CODES
    assert "aanvraag" not in caplog.text  # no text of the letter in the log


def test_web_page_still_reads_a_usual_docx(web):
    resp = _web_upload(web.test_client(), docx_bytes(), "brief.docx")
    assert resp.status_code == 303


# --- output to a full disk -------------------------------------------------------------------

@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [["rules"], ["check", "--no-cache", "--format", "json", "brief.txt"]])
def test_output_to_a_full_disk_says_so(tmp_path, args):
    import os
    import subprocess
    import sys

    (tmp_path / "brief.txt").write_text(HARD, encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    env.pop("DUIDELIJK_DEBUG", None)
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "duidelijk", *args], stdout=full, stderr=subprocess.PIPE,
                              cwd=tmp_path, env=env, text=True, timeout=300)
    assert proc.returncode == 2
    assert "schijf is vol" in proc.stderr
    assert "Traceback" not in proc.stderr and "OSError" not in proc.stderr and "Exception" not in proc.stderr
    # the same command with room to write: no message
    ok = subprocess.run([sys.executable, "-m", "duidelijk", *args], capture_output=True, cwd=tmp_path, env=env,
                        text=True, timeout=300)
    assert ok.returncode == 0 and ok.stdout and "schijf" not in ok.stderr


def test_disk_full_elsewhere_is_not_called_a_full_output(monkeypatch, capsys):
    import errno
    import sys

    import duidelijk.cli as cli_module

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")  # e.g. a full /dev/shm

    monkeypatch.setattr(cli_module.cli, "main", full)
    monkeypatch.setattr(sys, "argv", ["duidelijk", "rules"])
    monkeypatch.delenv("DUIDELIJK_DEBUG", raising=False)
    print("wat al geschreven is")
    with pytest.raises(SystemExit) as end:
        cli_module.main()
    assert end.value.code == 2
    out = capsys.readouterr()
    assert "er ging iets mis (OSError)" in out.err and "schijf is vol" not in out.err
    assert "wat al geschreven is" in out.out  # the output that works is kept


def test_baseline_to_a_folder_that_does_not_exist_says_what_to_check(tmp_path):
    (tmp_path / "brief.txt").write_text(HARD, encoding="utf-8")
    res = CliRunner().invoke(cli, ["baseline", "--no-cache", "-o", str(tmp_path / "nergens" / "b.json"),
                                   str(tmp_path / "brief.txt")])
    assert res.exit_code == 2
    assert "Bestaat de map" in res.output and "Traceback" not in res.output
    res = CliRunner().invoke(cli, ["baseline", "--no-cache", "-o", str(tmp_path / "b.json"), str(tmp_path / "brief.txt")])
    assert res.exit_code == 0 and (tmp_path / "b.json").exists()


def test_baseline_counts_failed_checks_apart_from_unreadable_files(tmp_path, monkeypatch):
    _failing_analysis(monkeypatch, "b.txt")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(HARD, encoding="utf-8")
    (tmp_path / "c.bin.txt").write_bytes(b"\x00\x01\x02" * 50)
    res = CliRunner().invoke(cli, ["baseline", "--no-cache", "-o", str(tmp_path / "b.json"), str(tmp_path)])
    assert res.exit_code == 2
    assert "duidelijk kon 1 bestand niet lezen." in res.output
    assert "Bij 1 bestand ging de controle mis" in res.output
    assert "konden niet worden gelezen" not in res.output
    (tmp_path / "c.bin.txt").unlink()
    res = CliRunner().invoke(cli, ["baseline", "--no-cache", "-o", str(tmp_path / "b.json"), str(tmp_path)])
    assert res.exit_code == 2 and "niet lezen" not in res.output and "controle mis" in res.output


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_baseline_to_a_full_disk_says_so(tmp_path):
    (tmp_path / "brief.txt").write_text(HARD, encoding="utf-8")
    res = CliRunner().invoke(cli, ["baseline", "--no-cache", "-o", "/dev/full", str(tmp_path / "brief.txt")])
    assert res.exit_code == 2
    assert "schijf is vol" in res.output and "Bestaat de map" not in res.output


# --- a text that does not look Dutch: the command says how to check it anyway ----------------

ENGLISH = ("We have received your application for a parking permit. You will get a decision within four "
           "weeks. If you have questions, please call the municipality.\n")


def test_not_dutch_tells_the_command_line_user_about_any_language(tmp_path):
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "nl.txt").write_text(HARD, encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--no-cache", str(tmp_path / "en.txt"), str(tmp_path / "nl.txt")])
    assert res.exit_code == 2
    assert "--any-language" in res.stderr and res.stderr.count("--any-language") == 1
    assert "--any-language" not in res.stdout  # the report itself stays as it was (json, sarif ...)
    res = CliRunner().invoke(cli, ["check", "--no-cache", str(tmp_path / "nl.txt")])
    assert "--any-language" not in res.stderr + res.stdout
    res = CliRunner().invoke(cli, ["check", "--no-cache", "--any-language", str(tmp_path / "en.txt")])
    assert res.exit_code in (0, 1) and "--any-language" not in res.stderr


# --- UTF-16 without a byte order mark --------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path, encoding):
    text = "Wij hebben uw aanvraag ontvangen. Indien u vragen heeft, belt u ons. Één café, ‘fijn’.\n"
    doc = read_bytes(text.encode(encoding), "brief.txt")
    assert doc.text == text.strip()
    (tmp_path / "brief.txt").write_bytes(text.encode(encoding))
    res = run("check", "--no-cache", "--format", "json", str(tmp_path / "brief.txt"))
    f = json.loads(res.output)["files"][0]
    assert f["error"] is None and any(x["code"] == "DD103" for x in f["findings"])


def test_binary_with_many_nul_bytes_is_still_not_text():
    import random

    rnd = random.Random(27)
    for data in (b"\x00\x01\x02" * 100, bytes(rnd.randrange(256) for _ in range(4000)),
                 b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(4) for _ in range(4000))):
        with pytest.raises(ReadError) as info:
            read_bytes(data, "plaatje.txt")
        assert info.value.code in {"binary", "encoding"}


def test_a_folder_that_does_not_exist_is_called_a_folder(tmp_path):
    res = run("check", "--no-cache", "--format", "json", str(tmp_path / "nergens") + "/", str(tmp_path / "weg.txt"))
    assert res.exit_code == 2
    errors = [f["error"]["message"] for f in json.loads(res.stdout)["files"]]
    assert errors[0].startswith("De map ") and "bestaat niet" in errors[0]
    assert errors[1].startswith("Het bestand ") and "bestaat niet" in errors[1]
