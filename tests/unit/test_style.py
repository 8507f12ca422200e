"""The style check: `ruff check` and `ruff format --check` over the tree find nothing.

Like the type check (test_types.py) it runs inside the one test command, so CI runs it
without a step of its own. ruff comes with the `test` extra, held to one minor version
(pyproject.toml), because a new release may lay out some lines differently.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_ruff_finds_no_lint_errors() -> None:
    result = ruff("check", "--no-cache", ".")
    assert result.returncode == 0, f"ruff check found problems:\n{result.stdout}{result.stderr}"


def test_every_file_is_formatted_as_ruff_format_would() -> None:
    result = ruff("format", "--check", "--no-cache", ".")
    assert result.returncode == 0, (
        "files that `ruff format` would change (run it and commit):\n"
        f"{result.stdout}{result.stderr}"
    )
    # It looked at the tree, not at nothing.
    assert "already formatted" in result.stdout, result.stdout
