"""The welcome's marker: shown once, and never again whatever becomes of the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from steadypause.core import first_run


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "state" / "welcome-shown", tmp_path / "config" / "settings.toml"


def test_a_first_start_is_no_marker_and_no_settings_file(paths: tuple[Path, Path]) -> None:
    marker, settings = paths
    assert first_run.welcome_due(marker)
    assert first_run.first_start(marker, settings)
    settings.parent.mkdir()
    settings.write_text("work_minutes = 45\n")
    assert not first_run.first_start(marker, settings)  # someone who used it before


def test_once_shown_never_again(paths: tuple[Path, Path]) -> None:
    marker, settings = paths
    assert first_run.mark_shown(marker, date(2026, 12, 5))
    assert "2026-12-05" in marker.read_text()
    assert marker.stat().st_mode & 0o777 == 0o600
    assert not first_run.welcome_due(marker)
    assert not first_run.first_start(marker, settings)


@pytest.mark.parametrize("content", [b"", b"\xff\xfe garbage", b"welcome = false\n"])
def test_a_hand_edited_or_broken_marker_still_counts(
    paths: tuple[Path, Path], content: bytes
) -> None:
    marker, settings = paths
    marker.parent.mkdir(parents=True)
    marker.write_bytes(content)
    assert not first_run.first_start(marker, settings)


def test_a_dangling_link_or_a_folder_by_that_name_counts_too(paths: tuple[Path, Path]) -> None:
    marker, settings = paths
    marker.parent.mkdir(parents=True)
    marker.symlink_to(marker.parent / "gone")
    assert not first_run.first_start(marker, settings)
    marker.unlink()
    marker.mkdir()
    assert not first_run.first_start(marker, settings)


def test_a_marker_that_cannot_be_written_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert not first_run.mark_shown(blocked / "welcome-shown", date(2026, 12, 5))
    assert "cannot remember that the welcome was shown" in caplog.text


def test_the_default_marker_is_in_the_state_directory(tmp_path: Path) -> None:
    assert first_run.default_path().parent.name == "steadypause"
    assert "state" in str(first_run.default_path())
