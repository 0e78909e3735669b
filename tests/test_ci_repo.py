"""Done-when test of issue 5: a repository of 500+ templates checked twice, as CI would.

Checks: SARIF valid against the official schema; GitHub and reviewdog lines well-formed,
with positions that point at the finding's text in the original template; exit codes for
each --fail-on and --max-warnings; the second run takes every file from the cache (the
time saved is measured by benchmarks/cache.py, not here). Also: --changed-since, --jobs.
"""

import json
import random
import re
import subprocess

import pytest
from click.testing import CliRunner

import duidelijk.cli as cli_module
from duidelijk.cli import cli
from test_formats import GITHUB_LINE, sarif_validator

N_FILES = 510

OPENINGS = [
    "Geachte {{ aanhef }} {{ naam }},",
    "Beste {{ voornaam }},",
    "Geachte heer, mevrouw,",
]
SENTENCES = [
    "Op {{ datum }} vroeg u bij ons {{ product }} aan.",
    "Wij hebben uw aanvraag goed ontvangen.",
    "Wij verzoeken u middels dit formulier de gegevens te verstrekken.",
    "Uw aanvraag wordt door ons in behandeling genomen.",
    "U krijgt binnenkort een brief van ons.",
    "Betaal {{ bedrag }} vóór {{ betaaldatum }}.",
    "Inzake uw verzoek delen wij u mede dat het niet onmogelijk is.",
    "Heeft u vragen? Bel ons op {{ telefoon }}.",
    "De aanvrager dient het bewijsstuk tijdig te overleggen.",
    "Wij sturen u de beschikking c.q. het besluit toe.",
    "U kunt uw parkeervergunningaanvraag online indienen via {{ website }}.",
    "Kijk of uw gegevens kloppen.",
    "Stuur ons de stukken die nog ontbreken.",
    "Het indienen van een bezwaarschrift is mogelijk binnen zes weken na de datum van dit besluit.",
]
LONG = (
    "Wij willen u er nadrukkelijk op wijzen dat u, indien u het niet eens bent met dit besluit "
    "van het college van burgemeester en wethouders van de gemeente {{ gemeente }}, binnen zes "
    "weken na de dag van verzending van dit besluit een bezwaarschrift kunt indienen bij ons."
)


def make_file(rng: random.Random, i: int) -> tuple[str, str]:
    body = [rng.choice(SENTENCES) for _ in range(rng.randint(2, 4))]
    if i % 7 == 0:
        body.append(LONG)
    kind = i % 3
    if kind == 0:
        text = f"{{# sjabloon {i} #}}\n{rng.choice(OPENINGS)}\n\n" + "\n".join(body) + "\n\n{% if extra %}Tot ziens.{% endif %}\n"
        return f"brieven/b{i:03d}.txt", text
    if kind == 1:
        text = f"# Uw aanvraag {i}\n\n{rng.choice(OPENINGS)}\n\n" + " ".join(body) + "\n"
        return f"md/deel{i % 5}/m{i:03d}.md", text
    text = f"<p>{rng.choice(OPENINGS)}</p>\n<p>" + " ".join(body) + "</p>\n"
    return f"html/h{i:03d}.html", text


def run(*args, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    from duidelijk.cli import supported_suffixes

    root = tmp_path_factory.mktemp("sjablonen")
    rng = random.Random(5)
    html = ".html" in supported_suffixes()
    files = {}
    for i in range(N_FILES):
        rel, text = make_file(rng, i)
        if rel.endswith(".html") and not html:
            rel = rel[:-5] + ".txt"
        files[rel] = text
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / ".duidelijk.toml").write_text('include = ["*.txt", "*.md", "*.html"]\nexclude = ["oud/"]\n')
    (root / "oud").mkdir()
    (root / "oud" / "x.txt").write_text(SENTENCES[2] + "\n", encoding="utf-8")
    return root, files


@pytest.fixture(scope="module")
def first_run(repo):
    root, _ = repo
    mp = pytest.MonkeyPatch()
    mp.chdir(root)
    mp.setenv("DUIDELIJK_CACHE_DIR", str(root / ".duidelijk_cache"))
    res = run("check", "--format", "sarif", "--jobs", "2", "-v", ".")
    yield res
    mp.undo()


@pytest.fixture
def in_repo(repo, monkeypatch):
    root, _ = repo
    monkeypatch.chdir(root)
    monkeypatch.setenv("DUIDELIJK_CACHE_DIR", str(root / ".duidelijk_cache"))
    return root


def lookup(files, path, line, col):
    return files[path].split("\n")[line - 1][col - 1 :]


def sarif_findings(output):
    data = json.loads(output)
    out = []
    for r in data["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]
        reg = loc["region"]
        out.append((loc["artifactLocation"]["uri"], reg["startLine"], reg["startColumn"], reg["endLine"],
                    reg["endColumn"], r["ruleId"], r["level"], reg.get("snippet", {}).get("text", "")))
    return data, out


def test_first_run_sarif_valid_and_positions(repo, first_run):
    _, files = repo
    assert first_run.exit_code == 1, first_run.stderr  # the long sentences are errors
    assert f"{N_FILES} bestanden, 0 uit de cache" in first_run.stderr
    data, found = sarif_findings(first_run.stdout)
    sarif_validator().validate(data)
    assert {f[0] for f in found} <= set(files) and "oud/x.txt" not in {f[0] for f in found}
    assert len({f[0] for f in found}) > N_FILES * 0.9
    for path, line, col, end_line, end_col, code, level, snippet in found:
        assert snippet, (path, code)
        assert lookup(files, path, line, col).startswith(snippet.split("\n")[0])
        if end_line == line:
            assert end_col - col == len(snippet)
    assert any(f[5] == "DD101" and f[6] == "error" for f in found)


def test_second_run_all_from_cache(in_repo, first_run, monkeypatch):
    def no_analysis(batch):
        raise AssertionError("the second run should not analyse anything")

    monkeypatch.setattr(cli_module, "_work", no_analysis)
    res = run("check", "--format", "sarif", "-v", ".")
    assert f"{N_FILES} bestanden, {N_FILES} uit de cache" in res.stderr
    assert json.loads(res.stdout)["runs"][0]["results"] == json.loads(first_run.stdout)["runs"][0]["results"]
    assert res.stderr.count("\n") == 1  # no progress bar when the output is not a terminal


def test_github_lines_match_sarif(repo, in_repo, first_run):
    _, files = repo
    _, found = sarif_findings(first_run.stdout)
    res = run("check", "--format", "github", ".")
    lines = res.stdout.splitlines()
    assert len(lines) == len(found)
    got = set()
    for line in lines:
        m = GITHUB_LINE.match(line)
        assert m, line
        assert m["file"] in files
        got.add((m["file"], int(m["line"]), int(m["col"]), int(m["endLine"]), int(m["endColumn"]),
                 m["title"].split()[0]))
    assert got == {f[:6] for f in found}


def test_rdjsonl_lines_positions(repo, in_repo, first_run):
    _, files = repo
    res = run("check", "--format", "rdjsonl", ".")
    diags = [json.loads(x) for x in res.stdout.splitlines()]
    _, found = sarif_findings(first_run.stdout)
    assert len(diags) == len(found)
    snippets = {(f[0], f[1], f[2], f[5]): f[7] for f in found}
    for d in diags:
        loc = d["location"]
        start, end = loc["range"]["start"], loc["range"]["end"]
        raw = files[loc["path"]].encode("utf-8").split(b"\n")[start["line"] - 1]
        char_col = len(raw[: start["column"] - 1].decode("utf-8")) + 1
        snippet = snippets[(loc["path"], start["line"], char_col, d["code"]["value"])]
        assert raw[start["column"] - 1 :].startswith(snippet.split("\n")[0].encode("utf-8"))
        if end["line"] == start["line"]:
            assert raw[start["column"] - 1 : end["column"] - 1] == snippet.encode("utf-8")


@pytest.mark.parametrize("level", ["error", "warning", "suggestion"])
def test_exit_code_per_fail_on(repo, in_repo, first_run, level):
    _, found = sarif_findings(first_run.stdout)
    rank = {"note": 1, "warning": 2, "error": 3}
    need = {"suggestion": 1, "warning": 2, "error": 3}[level]
    res = run("check", "--format", "json", "--fail-on", level, ".")
    assert res.exit_code == (1 if any(rank[f[6]] >= need for f in found) else 0)
    # a folder without errors: only --fail-on warning/suggestion fail
    sub = "md/deel1"
    sub_found = [f for f in found if f[0].startswith(sub)]
    res = run("check", "--format", "json", "--fail-on", level, sub)
    assert res.exit_code == (1 if any(rank[f[6]] >= need for f in sub_found) else 0)


def test_max_warnings(in_repo, first_run):
    assert run("check", "--format", "json", "--max-warnings", "0", "md/deel1").exit_code == 1
    data = json.loads(run("check", "--format", "json", "md/deel1").stdout)
    warnings = sum(f["severity"] == "warning" for file in data["files"] for f in file["findings"])
    errors = sum(f["severity"] == "error" for file in data["files"] for f in file["findings"])
    expected = 1 if errors else 0
    assert run("check", "--format", "json", "--max-warnings", str(warnings), "md/deel1").exit_code == expected
    assert run("check", "--format", "json", "--max-warnings", str(warnings - 1), "md/deel1").exit_code == 1


def test_unreadable_file_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "leeg.txt").write_bytes(b"")
    assert run("check", "--format", "github", "leeg.txt").exit_code == 2


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t", "PATH": "/usr/bin:/bin:/usr/local/bin"})


def test_changed_since(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DUIDELIJK_CACHE_DIR", str(tmp_path / "cache"))
    git(tmp_path, "init", "-q", "-b", "main")
    for name in ("oud.txt", "blijft.txt"):
        (tmp_path / name).write_text(SENTENCES[2] + "\n", encoding="utf-8")
    git(tmp_path, "add", "oud.txt", "blijft.txt")
    git(tmp_path, "commit", "-q", "-m", "eerste")
    (tmp_path / "oud.txt").write_text(SENTENCES[8] + "\n", encoding="utf-8")
    (tmp_path / "nieuw.txt").write_text(SENTENCES[9] + "\n", encoding="utf-8")
    res = run("check", "--format", "json", "--changed-since", "HEAD", ".")
    paths = sorted(f["path"].rsplit("/", 1)[-1] for f in json.loads(res.stdout)["files"])
    assert paths == ["nieuw.txt", "oud.txt"]
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "tweede")
    res = run("check", "--changed-since", "HEAD", ".")
    assert res.exit_code == 0 and "geen veranderde bestanden" in res.stderr
    res = run("check", "--changed-since", "bestaat-niet", ".")
    assert res.exit_code == 2 and "geen bekende versie" in res.stderr


def test_jobs_gives_same_result_as_one_process(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rng = random.Random(1)
    for i in range(6):
        rel, text = make_file(rng, i * 3)
        (tmp_path / f"f{i}.txt").write_text(text, encoding="utf-8")
    one = run("check", "--no-cache", "--format", "json", ".").stdout
    two = run("check", "--no-cache", "--jobs", "2", "--format", "json", ".").stdout
    assert one == two
    assert not (tmp_path / ".duidelijk_cache").exists()


def test_cache_key_changes_with_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DUIDELIJK_CACHE_DIR", raising=False)
    (tmp_path / "b.txt").write_text(SENTENCES[2] + "\n", encoding="utf-8")
    assert "0 uit de cache" in run("check", "-v", "b.txt").stderr
    assert "1 uit de cache" in run("check", "-v", "b.txt").stderr
    assert "0 uit de cache" in run("check", "-v", "--select", "DD103", "b.txt").stderr
    assert "1 uit de cache" in run("check", "-v", "--fail-on", "warning", "b.txt").stderr  # no effect on results
    (tmp_path / "b.txt").write_text(SENTENCES[3] + "\n", encoding="utf-8")
    assert "0 uit de cache" in run("check", "-v", "b.txt").stderr
    assert (tmp_path / ".duidelijk_cache" / ".gitignore").exists()
