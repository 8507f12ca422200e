"""Hand-made settings files and values that once slipped through (issue 16, items 4–8):
a symlinked settings.toml, nested and oversize values, a UTF-8 BOM, other invalid values
a rewrite would drop, control and bidi characters. Each through the real ``steadypause
config`` in a subprocess, with private XDG directories.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from apphome import AppHome

from steadypause.core.settings import SETTINGS_FILE_MAX, VALUE_TEXT_MAX, Settings

pytestmark = pytest.mark.slow


def settings_file(home: AppHome, text: str | bytes) -> Path:
    home.config.mkdir(parents=True, exist_ok=True)
    path = home.config / "settings.toml"
    if isinstance(text, str):
        text = text.encode()
    path.write_bytes(text)
    return path


def one_sentence(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr[:2000]
    assert "Traceback" not in stderr
    return lines[0]


# --- item 4: a symlinked settings.toml (dotfiles) ------------------------------------------


def test_a_symlinked_settings_file_is_written_through_and_stays_a_link(home: AppHome) -> None:
    dotfiles = home.root / "dotfiles" / "steadypause"
    dotfiles.mkdir(parents=True)
    target = dotfiles / "settings.toml"
    target.write_text("work_minutes = 40\n")
    home.config.mkdir(parents=True)
    link = home.config / "settings.toml"
    link.symlink_to(os.path.relpath(target, home.config))

    result = home.cli("config", "set", "work_minutes", "35")

    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert link.resolve() == target.resolve()
    assert tomllib.loads(target.read_text())["work_minutes"] == 35
    assert home.cli("config", "get", "work_minutes").stdout.strip() == "35"
    # Atomic in the target's folder: no temporary left anywhere, none beside the link.
    assert sorted(p.name for p in home.config.iterdir()) == ["settings.toml"]
    assert sorted(p.name for p in dotfiles.iterdir()) == ["settings.toml"]


def test_a_symlinked_unreadable_file_is_set_aside_beside_its_target(home: AppHome) -> None:
    dotfiles = home.root / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "settings.toml"
    target.write_bytes(b"work_minutes = = 3\n")
    home.config.mkdir(parents=True)
    link = home.config / "settings.toml"
    link.symlink_to(target)

    result = home.cli("config", "set", "work_minutes", "35")

    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    kept = [p for p in dotfiles.iterdir() if p.name.startswith("settings.toml.bad-")]
    assert [p.read_bytes() for p in kept] == [b"work_minutes = = 3\n"]
    assert tomllib.loads(target.read_text())["work_minutes"] == 35


# --- item 5: nested and oversize values -----------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("kind_phrases", "[" * 5000),
        ("kind_phrases", "[" * 5000 + "]" * 5000),
        ("contacts", "[{a = " * 3000),
        ("kind_phrases", '["' + "x" * (VALUE_TEXT_MAX + 1) + '"]'),
        ("theme", "d" * (VALUE_TEXT_MAX + 1)),
    ],
    ids=["open-brackets", "closed-brackets", "tables", "long-list", "long-text"],
)
def test_nested_or_oversize_values_are_refused_in_one_sentence(
    home: AppHome, key: str, value: str
) -> None:
    result = home.cli("config", "set", key, value)
    assert result.returncode == 2
    assert len(one_sentence(result.stderr)) < 300
    assert (
        not (home.config / "settings.toml").exists()
        or "x" * 100 not in (home.config / "settings.toml").read_text()
    )


def test_an_oversize_settings_file_is_kept_whole_and_not_read(home: AppHome) -> None:
    raw = b"work_minutes = 30\n" + (b"# " + b"x" * 1000 + b"\n") * (SETTINGS_FILE_MAX // 1000)
    assert len(raw) > SETTINGS_FILE_MAX
    settings_file(home, raw)

    result = home.cli("config", "get", "work_minutes")

    assert result.returncode == 0
    assert result.stdout.strip() == str(Settings().work_minutes)
    assert "Traceback" not in result.stderr
    assert "MB" in result.stderr or "KB" in result.stderr or "MiB" in result.stderr
    kept = [p for p in home.config.iterdir() if p.name.startswith("settings.toml.bad-")]
    assert [p.read_bytes() for p in kept] == [raw]


# --- item 6: a UTF-8 BOM --------------------------------------------------------------------


def test_a_settings_file_starting_with_a_bom_is_read(home: AppHome) -> None:
    path = settings_file(home, "\ufeffwork_minutes = 40\nkind_phrases = ['Gently.']\n")

    got = home.cli("config", "get", "work_minutes")

    assert got.returncode == 0
    assert got.stdout.strip() == "40"
    assert got.stderr == ""
    assert sorted(p.name for p in home.config.iterdir()) == ["settings.toml"]
    # A rewrite keeps every value and drops the BOM (the app writes plain UTF-8).
    assert home.cli("config", "set", "cooldown_minutes", "50").returncode == 0
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    data = tomllib.loads(raw.decode())
    assert (data["work_minutes"], data["kind_phrases"], data["cooldown_minutes"]) == (
        40,
        ["Gently."],
        50,
    )


# --- item 7: a rewrite keeps what it did not understand ---------------------------------------


def test_a_rewrite_keeps_a_copy_of_values_it_could_not_use(home: AppHome) -> None:
    original = "work_minutes = 'forty'\ncooldown_minutes = 9999\nkind_phrases = ['ok', 3]\n"
    path = settings_file(home, original)

    result = home.cli("config", "set", "theme", "dark")

    assert result.returncode == 0, result.stderr
    kept = [p for p in home.config.iterdir() if p.name.startswith("settings.toml.bad-")]
    assert [p.read_text() for p in kept] == [original]
    said = [line for line in (result.stdout + result.stderr).splitlines() if kept[0].name in line]
    assert len(said) == 1, result.stdout + result.stderr
    for key in ("work_minutes", "cooldown_minutes", "kind_phrases"):  # each said once
        assert result.stderr.count(f"'{key}'") == 1, result.stderr
    assert tomllib.loads(path.read_text())["theme"] == "dark"
    # Nothing more to keep the second time.
    again = home.cli("config", "set", "theme", "light")
    assert again.returncode == 0
    assert len([p for p in home.config.iterdir() if ".bad-" in p.name]) == 1
    assert ".bad-" not in again.stdout + again.stderr


# --- item 8: control and bidi characters in one-line texts -----------------------------------


@pytest.mark.parametrize(
    ("character", "name"),
    [
        ("\r", "U+000D CARRIAGE RETURN"),
        ("\x07", "U+0007 BELL"),
        ("\x1b", "U+001B ESCAPE"),
        ("\x00", "U+0000 NULL"),
        ("\x9b", "U+009B"),
        ("\u2028", "U+2028 LINE SEPARATOR"),
        ("\u2029", "U+2029 PARAGRAPH SEPARATOR"),
        ("\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"),
    ],
)
def test_one_line_texts_refuse_control_and_bidi_characters(
    home: AppHome, character: str, name: str
) -> None:
    escaped = "\\u%04x" % ord(character)  # noqa: UP031 - a TOML escape
    for key, value in (
        ("kind_phrases", f'["May I be {escaped}kind"]'),
        ("contacts", f'[{{name = "Sa{escaped}m", link = "tel:+15550100"}}]'),
        ("contacts", f'[{{name = "Sam", link = "https://example.org/{escaped}x"}}]'),
    ):
        result = home.cli("config", "set", key, value)
        assert result.returncode == 2, (key, value)
        sentence = one_sentence(result.stderr)
        assert name in sentence
        assert character not in sentence
    assert (
        not (home.config / "settings.toml").exists()
        or character not in (home.config / "settings.toml").read_text()
    )


def test_control_characters_in_the_file_fall_back_and_are_named(home: AppHome) -> None:
    settings_file(home, 'kind_phrases = ["Be \\u001b[31mkind", "Gently."]\n')
    result = home.cli("config", "get", "kind_phrases")
    assert result.returncode == 0
    assert result.stdout.strip() == '["Gently."]'
    assert "U+001B ESCAPE" in result.stderr
    assert "\x1b" not in result.stdout + result.stderr
