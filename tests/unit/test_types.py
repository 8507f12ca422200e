"""The type check: mypy over src/ with the settings in pyproject.toml ([tool.mypy]) finds nothing.

It runs here rather than in .ci/run because CI runs exactly the README's test command.
The cache lives in the test venv (.venv-test/mypy-cache, ignored by git), so a second run
only checks what changed (on a 2-core machine: about 3 s cold, 0.15 s warm).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def mypy_settings() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as f:
        settings: dict[str, object] = tomllib.load(f)["tool"]["mypy"]
    return settings


def test_the_check_is_strict_over_src() -> None:
    settings = mypy_settings()
    assert settings["files"] == ["src"]
    assert settings["strict"] is True
    codes = settings["enable_error_code"]
    assert isinstance(codes, list)
    assert "ignore-without-code" in codes


@pytest.mark.slow
def test_mypy_finds_no_errors_in_src(tmp_path: Path) -> None:
    # In the venv (kept between runs); outside one, not in the system's prefix.
    in_venv = sys.prefix != sys.base_prefix
    cache = Path(sys.prefix) / "mypy-cache" if in_venv else tmp_path / "mypy-cache"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--cache-dir",
            str(cache),
            "--config-file",
            str(REPO / "pyproject.toml"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"mypy found errors:\n{output}"
    # It looked at the whole package, not at nothing.
    checked = re.search(r"no issues found in (\d+) source files", output)
    assert checked is not None, output
    assert int(checked.group(1)) >= len(list((REPO / "src").rglob("*.py"))), output
