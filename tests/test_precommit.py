"""The pre-commit hook works with `pre-commit try-repo` (pre-commit from PyPI).

The hook environment is made with the packages that are already installed
(VIRTUALENV_SYSTEM_SITE_PACKAGES), so the test needs no download of spaCy. The language model
is not in git, so the test repository names it in its .duidelijk.toml.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def sh(cmd, cwd, env=None, timeout=240):
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def test_pre_commit_try_repo(tmp_path):
    pytest.importorskip("pre_commit")
    from duidelijk.model import BUNDLED_PATH

    if not (ROOT / ".pre-commit-hooks.yaml").is_file():
        pytest.fail(".pre-commit-hooks.yaml ontbreekt")
    repo = tmp_path / "gemeente"
    (repo / "examples").mkdir(parents=True)
    for f in sorted((ROOT / "examples").glob("*.txt")):
        shutil.copy(f, repo / "examples" / f.name)
    (repo / "examples" / "goed.txt").write_text("Wij hebben uw brief gekregen. U hoort snel van ons.\n",
                                                encoding="utf-8")
    (repo / ".duidelijk.toml").write_text(f'model = "{BUNDLED_PATH.resolve()}"\nexclude = ["concept/"]\n',
                                          encoding="utf-8")
    (repo / "concept").mkdir()
    long = ("Wij willen u er nadrukkelijk op wijzen dat u, indien u het niet eens bent met dit besluit van "
            "het college van burgemeester en wethouders van de gemeente, binnen zes weken na de dag van "
            "verzending van dit besluit een bezwaarschrift kunt indienen bij ons.\n")
    (repo / "concept" / "kladje.txt").write_text(long, encoding="utf-8")  # an error, but excluded
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "VIRTUALENV_SYSTEM_SITE_PACKAGES": "1", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t", "CI": "true"}
    env.pop("DUIDELIJK_CACHE_DIR", None)
    assert sh(["git", "init", "-q"], repo, env).returncode == 0
    assert sh(["git", "add", "-A"], repo, env).returncode == 0
    pre_commit = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "duidelijk"]

    files = sorted(str(p.relative_to(repo)) for p in (repo / "examples").glob("*.txt") if p.name != "goed.txt")
    proc = sh(pre_commit + ["--files", *files], repo, env)
    out = proc.stdout + proc.stderr
    assert "duidelijk (taalniveau B1)" in out, out[-3000:]
    assert proc.returncode == 1, out[-3000:]  # the example letters have errors
    assert "Failed" in out and "examples/herinnering-voor.txt:" in out and "DD1" in out
    assert "Traceback" not in out

    proc = sh(pre_commit + ["--files", "examples/goed.txt", "concept/kladje.txt"], repo, env)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "Passed" in out
