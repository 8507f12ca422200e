"""Settings: round trip, per-key recovery, corrupt files kept aside, newer schema refused."""

from __future__ import annotations

import dataclasses
import stat
from datetime import datetime
from pathlib import Path

import pytest

from steadypause.core import settings as sm
from steadypause.core.settings import FIELDS, Settings, SettingsStore


def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "cfg", now=lambda: datetime(2026, 11, 25, 10, 30, 5))


def test_first_start_writes_a_commented_default_file_readable_only_by_user(
        tmp_path: Path) -> None:
    s = store(tmp_path)
    result = s.load()
    assert result.settings == Settings()
    assert result.messages == []
    assert s.path.exists()
    assert stat.S_IMODE(s.path.stat().st_mode) == 0o600
    text = s.path.read_text()
    assert "schema_version = 1" in text
    for field in FIELDS:
        assert f"# {field.description}" in text
    # And reading it back gives the defaults without complaint.
    again = s.load()
    assert again.settings == Settings()
    assert again.messages == []


def test_round_trip_of_non_default_values(tmp_path: Path) -> None:
    s = store(tmp_path)
    changed = dataclasses.replace(Settings(), work_minutes=45, breath_in_seconds=3.5,
                                  breath_out_seconds=7.0, breath_cycles=5,
                                  timer_routine="transition", reduce_motion=True,
                                  theme="dark")
    s.save(changed)
    assert s.load().settings == changed
    assert stat.S_IMODE(s.path.stat().st_mode) == 0o600


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.save(Settings())
    s.save(dataclasses.replace(Settings(), work_minutes=90))
    assert sorted(p.name for p in s.directory.iterdir()) == ["settings.toml"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = store(tmp_path)
    s.save(Settings())
    before = s.path.read_bytes()

    def broken_replace(self: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sm.Path, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        s.save(dataclasses.replace(Settings(), work_minutes=90))
    assert s.path.read_bytes() == before
    assert sorted(p.name for p in s.directory.iterdir()) == ["settings.toml"]


@pytest.mark.parametrize("content", [
    b"work_minutes = = 3\n",
    b"[unclosed\n",
    b"\xff\xfe\x00garbage",
    # tomllib recurses into these and raised RecursionError past load() (a crash at start).
    b"work_minutes = " + b"[" * 5000 + b"]" * 5000 + b"\n",
    b"theme = " + b"{a = " * 3000 + b"1" + b"}" * 3000 + b"\n",
], ids=["syntax", "unclosed", "not-utf8", "deep-arrays", "deep-inline-tables"])
def test_file_that_is_not_toml_is_kept_aside_and_defaults_used(
        tmp_path: Path, content: bytes) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.write_bytes(content)
    result = s.load()
    assert result.settings == Settings()
    kept = s.directory / "settings.toml.bad-20261125-103005"
    assert kept.read_bytes() == content          # nothing the user wrote is lost
    assert len(result.messages) == 1
    assert kept.name in result.messages[0]
    assert "default settings" in result.messages[0]


def test_a_second_bad_file_in_the_same_second_does_not_overwrite_the_first(
        tmp_path: Path) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.write_bytes(b"first = [")
    s.load()
    s.path.write_bytes(b"second = [")
    s.load()
    kept = sorted(p.name for p in s.directory.glob("settings.toml.bad-*"))
    assert kept == ["settings.toml.bad-20261125-103005", "settings.toml.bad-20261125-103005-2"]


def test_one_bad_value_falls_back_alone_naming_key_and_line(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    original = ('schema_version = 1\nwork_minutes = 45\n# note\nbreath_in_seconds = 99\n'
                'timer_routine = "marathon"\nreduce_motion = "yes"\n')
    s.path.write_text(original)
    result = s.load()
    assert result.settings.work_minutes == 45
    assert result.settings.breath_in_seconds == Settings().breath_in_seconds
    assert result.settings.timer_routine == "full"
    assert result.settings.reduce_motion is False
    joined = "\n".join(result.messages)
    assert "line 4: 'breath_in_seconds': 99 is above the maximum 10" in joined
    assert "line 5: 'timer_routine'" in joined
    assert "line 6: 'reduce_motion': expected true or false" in joined
    assert s.path.read_text() == original   # the user's file is not rewritten


def test_unknown_keys_are_reported_not_dropped_from_the_file(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.write_text("colour = 'teal'\n")
    result = s.load()
    assert result.settings == Settings()
    assert "unknown setting 'colour'" in result.messages[0]
    assert "colour" in s.path.read_text()


def test_ints_are_accepted_for_float_settings_but_bools_are_not_numbers(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.write_text("breath_in_seconds = 5\nwork_minutes = true\n")
    result = s.load()
    assert result.settings.breath_in_seconds == 5.0
    assert isinstance(result.settings.breath_in_seconds, float)
    assert result.settings.work_minutes == 60
    assert "'work_minutes': expected a whole number" in result.messages[0]


def test_file_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.write_text("schema_version = 7\nwork_minutes = 30\n")
    result = s.load()
    assert result.settings == Settings()
    assert result.writable is False
    assert "newer version" in result.messages[0]
    assert s.path.read_text() == "schema_version = 7\nwork_minutes = 30\n"


def test_migrations_run_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sm, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(sm, "MIGRATIONS", {
        1: lambda d: {**d, "steps": [*d.get("steps", []), 1]},
        2: lambda d: {**d, "steps": [*d["steps"], 2]},
    })
    assert sm.migrate({}, 1) == {"steps": [1, 2], "schema_version": 3}
    assert sm.migrate({"steps": []}, 2) == {"steps": [2], "schema_version": 3}


def test_every_declared_default_is_valid() -> None:
    for field in FIELDS:
        assert field.check(field.default) is None, field.name


def test_unreadable_file_gives_defaults_and_is_not_overwritten(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.mkdir()  # a directory where the file should be: reading fails
    result = s.load()
    assert result.settings == Settings()
    assert result.writable is False
    assert "Could not read" in result.messages[0]


@pytest.mark.parametrize("value", ["nan", "+nan", "inf", "-inf"])
def test_nan_and_infinity_fall_back_to_the_default(tmp_path: Path, value: str) -> None:
    # nan passed the range check (every comparison with nan is false) and reached the
    # breathing animation, which refused it: no pause could open, and the scheduler then
    # waited for that pause forever.
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.write_text(f"breath_in_seconds = {value}\nbreath_out_seconds = 5.0\n")
    result = s.load()
    assert result.settings.breath_in_seconds == Settings().breath_in_seconds
    assert result.settings.breath_out_seconds == 5.0
    [message] = result.messages
    assert "line 1" in message
    assert "'breath_in_seconds'" in message
    assert "finite number" in message
