"""Settings: round trip, per-key recovery, corrupt files kept aside, newer schema refused."""

from __future__ import annotations

import dataclasses
import stat
from datetime import datetime
from pathlib import Path

import pytest

from steadypause.core import settings as sm
from steadypause.core.settings import FIELDS, Settings, SettingsStore, migrations


def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "cfg", now=lambda: datetime(2026, 11, 25, 10, 30, 5))


def test_first_start_writes_a_commented_default_file_readable_only_by_user(tmp_path: Path) -> None:
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
    changed = dataclasses.replace(
        Settings(),
        work_minutes=45,
        breath_in_seconds=3.5,
        breath_out_seconds=7.0,
        breath_cycles=5,
        timer_routine="transition",
        reduce_motion=True,
        theme="dark",
    )
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

    monkeypatch.setattr(Path, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        s.save(dataclasses.replace(Settings(), work_minutes=90))
    assert s.path.read_bytes() == before
    assert sorted(p.name for p in s.directory.iterdir()) == ["settings.toml"]


@pytest.mark.parametrize(
    "content",
    [
        b"work_minutes = = 3\n",
        b"[unclosed\n",
        b"\xff\xfe\x00garbage",
        # tomllib recurses into these and raised RecursionError past load() (a crash at start).
        b"work_minutes = " + b"[" * 5000 + b"]" * 5000 + b"\n",
        b"theme = " + b"{a = " * 3000 + b"1" + b"}" * 3000 + b"\n",
    ],
    ids=["syntax", "unclosed", "not-utf8", "deep-arrays", "deep-inline-tables"],
)
def test_file_that_is_not_toml_is_kept_aside_and_defaults_used(
    tmp_path: Path, content: bytes
) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.write_bytes(content)
    result = s.load()
    assert result.settings == Settings()
    kept = s.directory / "settings.toml.bad-20261125-103005"
    assert kept.read_bytes() == content  # nothing the user wrote is lost
    assert len(result.messages) == 1
    assert kept.name in result.messages[0]
    assert "default settings" in result.messages[0]


def test_a_second_bad_file_in_the_same_second_does_not_overwrite_the_first(tmp_path: Path) -> None:
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
    original = (
        "schema_version = 1\nwork_minutes = 45\n# note\nbreath_in_seconds = 99\n"
        'timer_routine = "a marathon"\nreduce_motion = "yes"\n'
    )
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
    assert s.path.read_text() == original  # the user's file is not rewritten


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
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        {
            1: lambda d: {**d, "steps": [*d.get("steps", []), 1]},
            2: lambda d: {**d, "steps": [*d["steps"], 2]},
        },
    )
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


def test_lists_and_contacts_round_trip(tmp_path: Path) -> None:
    s = store(tmp_path)
    changed = dataclasses.replace(
        Settings(),
        # Quotes, a backslash and characters outside ASCII survive the TOML round trip;
        # controls (a tab, DEL) are refused in one-line texts (test_settings_inputs.py).
        kind_phrases=("Steady is enough. 🌿", 'She said "one\\step" — ¡sí!'),
        boundary_cues=("No replies after 7 pm", "Ask before taking on a new case"),
        contacts=(
            sm.Contact("EAP line", "+1 (555) 010-0100"),
            sm.Contact("Dr. Okafor", "https://example.org/book"),
        ),
        hours_sat="09:00-12:30",
        hours_mon="",
    )
    s.save(changed)
    assert s.load().settings == changed
    assert changed.contacts[0].url == "tel:+15550100100"
    assert changed.contacts[1].url == "https://example.org/book"


def test_a_bad_list_entry_is_dropped_and_the_rest_kept(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    long = "x" * 141
    s.path.write_text(f'kind_phrases = ["One step.", "", "one step.", "{long}", 5, "Ok."]\n')
    result = s.load()
    assert result.settings.kind_phrases == ("One step.", "Ok.")
    message = result.messages[0]
    assert message.startswith("settings.toml line 1: 'kind_phrases':")
    assert "cannot be empty" in message
    assert "already in the list" in message
    assert "at most 140 characters" in message
    assert "the other entries are kept" in message


@pytest.mark.parametrize(
    ("link", "ok"),
    [
        ("tel:+15550100", True),
        ("+44 20 7946 0000", True),
        ("mailto:eap@example.org", True),
        ("https://example.org", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("example.org", False),
        ("", False),
        ("https://exa mple.org", False),
    ],
)
def test_contact_links_must_be_phone_or_safe_link(link: str, ok: bool) -> None:
    assert (sm.check_contact_link(link) is None) is ok


def test_bad_contacts_are_reported_by_number(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.write_text(
        '[[contacts]]\nname = "A"\nlink = "tel:1"\n'
        '[[contacts]]\nname = "B"\nlink = "ftp://x"\n'
        '[[contacts]]\nname = "C"\nlink = "tel:+1555"\n'
    )
    result = s.load()
    assert [c.name for c in result.settings.contacts] == ["A", "C"]
    assert result.messages[0].startswith("settings.toml line 1: 'contacts': contact 2: use")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("08:00-18:00", None),
        ("", None),
        ("8-18", "not like"),
        ("18:00-08:00", "ends before"),
        ("24:00-25:00", "not like"),
    ],
)
def test_working_hours_are_checked(value: str, problem: str | None) -> None:
    found = sm.FIELDS_BY_NAME["hours_mon"].check(value)
    assert (found is None) if problem is None else (problem in found)


def test_every_field_belongs_to_a_known_group_and_has_a_description() -> None:
    for field in FIELDS:
        assert field.group in sm.GROUPS
        assert field.description.endswith((".", ")")), field.name


def test_saving_carries_unknown_keys_forward_as_written(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.write_text(
        'work_minutes = 50\nfuture_thing = { a = [1, 2], "b c" = "x" }\n'
        "when = 2026-11-25T10:00:00Z\n"
    )
    loaded = s.load()
    s.save(dataclasses.replace(loaded.settings, breath_cycles=4))
    import tomllib

    data = tomllib.loads(s.path.read_text())
    assert data["future_thing"] == {"a": [1, 2], "b c": "x"}
    assert data["when"].isoformat() == "2026-11-25T10:00:00+00:00"
    assert data["work_minutes"] == 50
    assert data["breath_cycles"] == 4


def test_site_defaults_apply_and_the_user_file_overrides_them(tmp_path: Path) -> None:
    site = tmp_path / "etc"
    site.mkdir()
    (site / "settings.toml").write_text("work_minutes = 90\nbreath_cycles = 5\n")
    s = SettingsStore(tmp_path / "cfg", site_directory=site)
    first = s.load()
    assert first.settings.work_minutes == 90
    assert first.sources["work_minutes"] == "site"
    assert first.sources["theme"] == "default"
    # The first file written for the user does not freeze the site's values ...
    assert "\n# work_minutes = 90" in s.path.read_text()
    s.path.write_text("work_minutes = 30\n")
    second = s.load()
    assert second.settings.work_minutes == 30
    assert second.settings.breath_cycles == 5
    assert second.sources["work_minutes"] == "user"
    assert second.sources["breath_cycles"] == "site"
    # ... so when the administrator changes them, the user sees the new value.
    (site / "settings.toml").write_text("breath_cycles = 7\n")
    assert s.load().settings.breath_cycles == 7


def test_a_broken_site_file_is_reported_and_ignored_never_renamed(tmp_path: Path) -> None:
    site = tmp_path / "etc"
    site.mkdir()
    (site / "settings.toml").write_text("work_minutes = [")
    s = SettingsStore(tmp_path / "cfg", site_directory=site)
    result = s.load()
    assert result.settings == Settings()
    assert "system-wide settings" in result.messages[0]
    assert (site / "settings.toml").read_text() == "work_minutes = ["


@pytest.mark.parametrize(
    ("name", "link", "problem"),
    [
        ("Sam", "+44 20 7946 0000", None),
        ("", "tel:1", "name"),
        ("x" * 61, "tel:1", "name"),
        ("Sam", "ftp://x", "use a phone number"),
        ("Sam", "", "needed"),
    ],
)
def test_a_contact_needs_a_name_and_a_safe_link(name: str, link: str, problem: str | None) -> None:
    found = sm.check_contact(name, link)
    assert (found is None) if problem is None else (problem in found)


def test_every_choice_reads_as_words() -> None:
    for field in FIELDS:
        for choice in field.choices or ():
            text = field.choice_text(choice)
            assert text[0].isupper(), (field.name, choice)
    assert sm.FIELDS_BY_NAME["prompt_style"].choice_text("direct") == "Open the routine directly"


def test_format_value_is_one_line_of_toml() -> None:
    contacts = (sm.Contact("Sam", "tel:1"),)
    assert sm.format_value(contacts) == '[{ name = "Sam", link = "tel:1" }]'
    assert sm.format_value(("a", "b")) == '["a", "b"]'
    assert sm.format_value(True) == "true"
    assert sm.format_value(4.0) == "4.0"


def test_user_store_follows_the_xdg_variables(isolated_dirs: dict[str, Path]) -> None:
    s = sm.user_store()
    assert s.path == isolated_dirs["XDG_CONFIG_HOME"] / "steadypause" / "settings.toml"
    assert s.site_path == isolated_dirs["XDG_CONFIG_DIRS"] / "steadypause" / "settings.toml"


def test_every_migration_step_exists_and_has_its_own_test() -> None:
    # Raising SCHEMA_VERSION needs MIGRATIONS[old] and a test named test_migration_<old>_to_<new>.
    assert set(sm.MIGRATIONS) == set(range(1, sm.SCHEMA_VERSION))
    for version in sm.MIGRATIONS:
        assert f"test_migration_{version}_to_{version + 1}" in globals(), version


def test_an_older_file_is_migrated_on_load_and_saved_at_the_current_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pattern for a real migration: a key renamed between schema 1 and 2.
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        {1: lambda d: {("work_minutes" if k == "minutes" else k): v for k, v in d.items()}},
    )
    s = store(tmp_path)
    s.directory.mkdir()
    s.path.write_text("schema_version = 1\nminutes = 25\n")
    result = s.load()
    assert result.messages == []
    assert result.settings.work_minutes == 25
    s.save(result.settings)
    text = s.path.read_text()
    assert "schema_version = 2\n" in text
    assert "\nwork_minutes = 25\n" in text
    assert "minutes = 25\n" not in text.replace("work_minutes", "")


@pytest.mark.parametrize(
    ("value", "result", "problem"),
    [
        ([30, 15], (15, 30), None),
        ([], None, "at least one"),
        ([15, 15], None, "only once"),
        ([0], None, "between 1 and 1440"),
        ([1, 2, 3, 4, 5, 6, 7], None, "at most 6"),
        (["15"], None, "not a whole number"),
        (15, None, "expected a list of minutes"),
    ],
)
def test_snooze_lengths_are_checked(value: object, result: object, problem: str | None) -> None:
    coerced, found = sm.FIELDS_BY_NAME["snooze_minutes"].coerce(value)
    assert coerced == result
    assert (found is None) if problem is None else (problem in found)


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
