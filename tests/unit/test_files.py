"""Small files written whole, for this user only, and leftovers of a crash swept up."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from steadypause.core.files import (
    STALE_SECONDS,
    replaced_atomically,
    sweep_temporaries,
    write_private_atomic,
)


def test_a_write_replaces_the_file_whole_and_keeps_it_private(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "settings.toml"
    write_private_atomic(path, "a = 1\n")
    write_private_atomic(path, "a = 2\n")
    assert path.read_text() == "a = 2\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert list(path.parent.iterdir()) == [path]


def test_leftovers_of_an_interrupted_write_are_removed_by_the_next_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    old = tmp_path / ".settings.toml.k3j9x_2a.tmp"  # a write killed an hour ago
    fresh = tmp_path / ".settings.toml.q8w7e6r5.tmp"  # a write going on right now
    other = tmp_path / ".history.sqlite3.abcd1234.tmp"  # another file's: not ours to touch
    mine = tmp_path / "settings.toml.tmp"  # the person's own file
    for leftover in (old, fresh, other, mine):
        leftover.write_text("half a file")
    hour_ago = time.time() - 3600
    for leftover in (old, other, mine):
        os.utime(leftover, (hour_ago, hour_ago))
    write_private_atomic(path, "a = 1\n")
    assert not old.exists()
    assert fresh.exists()
    assert other.exists()
    assert mine.exists()


def test_only_temporaries_older_than_a_write_can_take_are_swept(tmp_path: Path) -> None:
    path = tmp_path / "marks.json"
    leftover = tmp_path / ".marks.json.abc.tmp"
    leftover.write_text("")
    made = leftover.stat().st_mtime
    assert sweep_temporaries(path, now=made + STALE_SECONDS - 1) == []
    assert sweep_temporaries(path, now=made + STALE_SECONDS) == [leftover]
    assert not leftover.exists()


def test_an_error_while_writing_keeps_the_old_file_and_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    path = tmp_path / "exports" / "export.csv"
    path.parent.mkdir()
    path.write_text("the old rows\n")

    def write_half() -> None:
        with replaced_atomically(path, newline="") as out:
            out.write("half of the new ro")
            raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError):
        write_half()
    assert path.read_text() == "the old rows\n"
    assert list(path.parent.iterdir()) == [path]


def test_bytes_with_a_public_mode_for_files_other_programs_read(tmp_path: Path) -> None:
    path = tmp_path / "applications" / "app.desktop"
    with replaced_atomically(path, mode=0o644, binary=True) as out:
        out.write(b"[Desktop Entry]\r\n")
    assert path.read_bytes() == b"[Desktop Entry]\r\n"  # bytes as given, no newline change
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o055 == 0o055  # launchers can look in


def test_text_keeps_the_newlines_it_is_given_with_newline_empty(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    with replaced_atomically(path, newline="") as out:
        out.write("a,b\r\nc,d\r\n")
    assert path.read_bytes() == b"a,b\r\nc,d\r\n"
