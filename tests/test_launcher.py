"""The launcher's environment step (tools/ensure-venv.sh, used by ./transcript-reader and
./run-tests): plain messages for a Python that cannot make a venv, and no reinstall when
nothing changed. The Python it runs is a stand-in, so no environment is really built."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "clone"
    (root / "tools").mkdir(parents=True)
    shutil.copy(ROOT / "tools" / "ensure-venv.sh", root / "tools")
    shutil.copy(ROOT / "pyproject.toml", root)
    return root


def _stand_in(tmp_path: Path, *, has_venv: bool) -> Path:
    """A 'python3' that is real except that it may lack venv/ensurepip, and that logs
    every pip call instead of installing."""
    log = tmp_path / "calls.log"
    script = tmp_path / "python3"
    script.write_text(
        "#!/usr/bin/env bash\n"
        f'echo "$*" >> {log}\n'
        + ("" if has_venv else 'case "$*" in *"import venv"*) exit 1;; esac\n')
        + 'case "$*" in *"-m pip"*) exit 0;; esac\n'
        + f'exec {sys.executable} "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return script


def _run(root: Path, python: Path, extra: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f'set -euo pipefail; source tools/ensure-venv.sh; ensure_venv "{extra}"'],
        cwd=root, env={"PATH": "/usr/bin:/bin", "PYTHON": str(python)},
        capture_output=True, text=True, timeout=60, check=False)


def test_python_without_venv_gets_the_package_to_install(tmp_path: Path) -> None:
    root = _project(tmp_path)
    done = _run(root, _stand_in(tmp_path, has_venv=False))
    assert done.returncode == 2
    ver = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert f"apt-get install python{ver}-venv" in done.stderr
    assert "cannot create virtual environments" in done.stderr
    assert not (root / ".venv").exists()


def test_missing_python_is_said_plainly(tmp_path: Path) -> None:
    root = _project(tmp_path)
    done = _run(root, tmp_path / "no-such-python")
    assert done.returncode == 2
    assert "not found" in done.stderr and "Python 3.11 or newer" in done.stderr


def _stamp(root: Path, extra: str) -> str:
    version = subprocess.run([sys.executable, "--version"], capture_output=True, text=True,
                             check=True).stdout
    data = (root / "pyproject.toml").read_bytes() + version.encode() + f"extra={extra}\n".encode()
    return hashlib.sha256(data).hexdigest()


def _fake_venv(root: Path, python: Path) -> None:
    bin_dir = root / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").symlink_to(python)


def test_second_run_installs_nothing(tmp_path: Path) -> None:
    root = _project(tmp_path)
    python = _stand_in(tmp_path, has_venv=True)
    _fake_venv(root, python)
    (root / ".venv" / ".installed").write_text(_stamp(root, "") + "\n", encoding="utf-8")
    done = _run(root, python)
    assert done.returncode == 0, done.stderr
    assert "-m pip" not in (tmp_path / "calls.log").read_text(encoding="utf-8")
    # An environment the tests prepared (dev extra) also serves the launcher.
    (root / ".venv" / ".installed").unlink()
    (root / ".venv" / ".installed-dev").write_text(_stamp(root, "dev") + "\n", encoding="utf-8")
    assert _run(root, python).returncode == 0
    assert "-m pip" not in (tmp_path / "calls.log").read_text(encoding="utf-8")


def test_changed_pyproject_updates_the_environment(tmp_path: Path) -> None:
    root = _project(tmp_path)
    python = _stand_in(tmp_path, has_venv=True)
    _fake_venv(root, python)
    (root / ".venv" / ".installed").write_text(_stamp(root, "") + "\n", encoding="utf-8")
    with (root / "pyproject.toml").open("a", encoding="utf-8") as f:
        f.write("\n# changed\n")
    done = _run(root, python)
    calls = (tmp_path / "calls.log").read_text(encoding="utf-8")
    assert "pyproject.toml changed" in done.stderr
    assert f"-m pip install --disable-pip-version-check -e {root}" in calls
    assert (root / ".venv" / ".installed").read_text(encoding="utf-8").strip() == _stamp(
        root.parent / "clone", "")
