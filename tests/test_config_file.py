"""Settings files: [tool.duidelijk] in pyproject.toml or .duidelijk.toml, nearest wins."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from duidelijk.cli import cli
from duidelijk.config import Config, ConfigError
from duidelijk.configfile import ConfigResolver, find_config_file, matches, read_config_file

HARD = "Wij verzoeken u middels dit formulier de gegevens te verstrekken.\n"


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIDELIJK_CACHE_DIR", str(tmp_path / "cache"))


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def codes_of(output):
    return {p["path"].rsplit("/", 1)[-1]: {f["code"] for f in p["findings"]} for p in json.loads(output)["files"]}


def test_nearest_settings_file_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.duidelijk]\nignore = ["DD103"]\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / ".duidelijk.toml").write_text('select = ["jargon"]\n')
    deeper = sub / "deeper"
    deeper.mkdir()
    (deeper / "pyproject.toml").write_text("[project]\nname = 'x'\n")  # no [tool.duidelijk]: skipped
    for d in (tmp_path, sub, deeper):
        (d / "brief.txt").write_text(HARD, encoding="utf-8")
    assert find_config_file(deeper) == sub / ".duidelijk.toml"
    assert find_config_file(tmp_path) == tmp_path / "pyproject.toml"
    res = run("check", "--format", "json", str(tmp_path / "brief.txt"), str(deeper / "brief.txt"))
    data = json.loads(res.output)["files"]
    top, low = ({f["code"] for f in d["findings"]} for d in data)
    assert "DD103" not in top
    assert low == {"DD103"}


def test_config_option_overrides_search(tmp_path):
    (tmp_path / ".duidelijk.toml").write_text('select = ["jargon"]\n')
    other = tmp_path / "andere.toml"
    other.write_text('select = ["DD101"]\nfail-on = "suggestion"\n')
    (tmp_path / "brief.txt").write_text(HARD, encoding="utf-8")
    res = run("check", "--format", "json", "--config", str(other), str(tmp_path / "brief.txt"))
    assert codes_of(res.output)["brief.txt"] <= {"DD101"}


def test_cli_options_go_over_file(tmp_path):
    (tmp_path / ".duidelijk.toml").write_text('select = ["jargon"]\n')
    (tmp_path / "brief.txt").write_text(HARD, encoding="utf-8")
    res = run("check", "--format", "json", "--select", "DD105", str(tmp_path / "brief.txt"))
    assert codes_of(res.output)["brief.txt"] <= {"DD105"}


def test_accept_reject_severity_and_thresholds(tmp_path):
    (tmp_path / ".duidelijk.toml").write_text(
        'accept = ["middels"]\n'
        '[reject]\n"formulier" = "blad"\n'
        '[severity]\nDD103 = "error"\n'
        '[rules.DD105]\nmin_letters = 60\n'
    )
    (tmp_path / "brief.txt").write_text(HARD + "Dit is een gemeentebelastingaanslagbiljet.\n", encoding="utf-8")
    res = run("check", "--format", "json", str(tmp_path / "brief.txt"))
    findings = json.loads(res.output)["files"][0]["findings"]
    texts = {f["text"]: f for f in findings}
    assert "middels" not in texts
    assert texts["formulier"]["code"] == "DD103" and "blad" in texts["formulier"]["message"] + str(texts["formulier"]["suggestions"])
    assert all(f["severity"] == "error" for f in findings if f["code"] == "DD103")
    assert not any(f["code"] == "DD105" for f in findings)
    assert res.exit_code == 1  # an error by the severity override


def test_include_exclude(tmp_path):
    (tmp_path / ".duidelijk.toml").write_text('include = ["*.j2", "*.txt"]\nexclude = ["oud/", "concept-*"]\n')
    (tmp_path / "oud").mkdir()
    for name in ("brief.j2", "brief.txt", "concept-1.txt", "oud/brief.txt", "notitie.md"):
        (tmp_path / name).write_text(HARD, encoding="utf-8")
    res = run("check", "--format", "json", str(tmp_path))
    names = sorted(codes_of(res.output))
    assert names == ["brief.j2", "brief.txt"]


def test_matches_globs(tmp_path):
    root = str(tmp_path)
    assert matches(tmp_path / "a" / "b.txt", ["a/"], root)
    assert matches(tmp_path / "a" / "b.txt", ["**/b.txt"], root)
    assert matches(tmp_path / "x" / "oud" / "b.txt", ["oud"], root)
    assert not matches(tmp_path / "b.txt", ["a/"], root)


@pytest.mark.parametrize("text, key", [
    ('selekt = ["DD101"]', "selekt"),
    ('select = ["DD999"]', "DD999"),
    ('select = "DD101"\nignore = [1]', "ignore"),
    ('[severity]\nDD101 = "hoog"', "severity.DD101"),
    ('[rules.DD101]\nwarning = "twintig"', "rules.DD101.warning"),
    ('[rules.DD101]\nmaximum = 3', "maximum"),
    ('[rules.DD999]\nx = 3', "DD999"),
    ('placeholders = ["xml"]', "placeholders"),
    ('[reject]\nmiddels = 3', "reject.middels"),
    ('fail-on = "alles"', "fail-on"),
    ('max-warnings = -1', "max-warnings"),
    ('model = 3', "model"),
    ('select = [', "staat een fout"),
])
def test_bad_settings_name_the_key(tmp_path, text, key):
    (tmp_path / ".duidelijk.toml").write_text(text + "\n")
    (tmp_path / "brief.txt").write_text(HARD, encoding="utf-8")
    res = run("check", str(tmp_path / "brief.txt"))
    assert res.exit_code == 2
    assert key in res.output and ".duidelijk.toml" in res.output
    assert "Traceback" not in res.output


def test_unknown_key_suggests_close_one():
    with pytest.raises(ConfigError, match="Bedoelt u 'fail-on'"):
        Config.from_dict({"fail-onn": "error"})


def test_dash_or_underscore_and_pyproject_table(tmp_path):
    p = tmp_path / "pyproject.toml"
    p.write_text('[tool.duidelijk]\nmax-warnings = 3\nlanguage_check = false\n')
    data = read_config_file(p)
    config = Config.from_dict(data)
    assert config.max_warnings == 3 and config.language_check is False
    resolver = ConfigResolver({"fail-on": "warning"})
    (tmp_path / "brief.txt").write_text(HARD)
    config = resolver.for_path(tmp_path / "brief.txt")
    assert config.max_warnings == 3 and config.fail_on.value == "warning"
    assert config.root == str(tmp_path.resolve())


def test_config_key_changes_with_results_settings_only():
    a = Config.from_dict({"select": ["DD101"]})
    b = Config.from_dict({"select": ["DD102"]})
    c = Config.from_dict({"select": ["DD101"], "fail-on": "warning"})
    assert a.key() != b.key() and a.key() == c.key()


def test_no_patterns_match_nothing_without_resolving_the_path(monkeypatch):
    from duidelijk import configfile

    def no_resolving(path, root):
        raise AssertionError("resolved a path without patterns")

    monkeypatch.setattr(configfile, "_relative", no_resolving)
    assert configfile.matches(Path("a/b.txt"), [], None) is False
    with pytest.raises(AssertionError):
        configfile.matches(Path("a/b.txt"), ["*.md"], None)


def test_settings_file_found_through_a_symlinked_folder_with_the_cache(tmp_path):
    real = tmp_path / "echt"
    (real / "brieven").mkdir(parents=True)
    settings = real / ".duidelijk.toml"
    settings.write_text('ignore = ["DD101"]\n', encoding="utf-8")
    (tmp_path / "link").symlink_to(real / "brieven", target_is_directory=True)
    cache: dict = {}
    assert find_config_file(real / "brieven", cache) == settings
    # a second look-up of the resolved folder comes from the cache; the symlink is still resolved
    assert find_config_file(real / "brieven", cache) == settings
    assert find_config_file(tmp_path / "link", cache) == settings
    assert find_config_file(tmp_path, cache) is None
    assert ConfigResolver({}).for_path(tmp_path / "link" / "brief.txt").source == str(settings)
