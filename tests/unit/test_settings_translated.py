"""The settings' texts are shown translated; what the docs and the file hold stays English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from steadypause.core import i18n
from steadypause.core.settings import (
    FIELDS_BY_NAME,
    HOURS_DESCRIPTION,
    SettingsStore,
    group_title,
)


@pytest.fixture
def marked() -> Iterator[list[tuple[str, str]]]:
    """A lookup that shows every translated text as «text», and records what it was asked."""
    asked: list[tuple[str, str]] = []

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, text))
        return f"«{text}»"

    i18n.use(lookup)
    try:
        yield asked
    finally:
        i18n.use(None)


def test_labels_descriptions_and_groups_are_shown_translated(marked: list) -> None:
    field = FIELDS_BY_NAME["work_minutes"]
    assert field.shown_title == "«Work timer (minutes)»"
    assert field.shown_description == "«Minutes of work between work-timer reminders.»"
    assert group_title("phrases") == "«Boundary cues & phrases»"
    # What docs/settings.md and the settings file use stays English.
    assert field.title == "Work timer (minutes)"
    assert field.description == "Minutes of work between work-timer reminders."
    assert all(context == "Settings" for context, _ in marked)


def test_a_working_day_is_described_by_one_template_and_a_translated_day(marked: list) -> None:
    field = FIELDS_BY_NAME["hours_wed"]
    assert field.description == (
        "Working hours on Wednesday, like '08:00-18:00'; empty for a day off."
    )
    assert field.shown_title == "«Wednesday»"
    assert field.shown_description == f"«{HOURS_DESCRIPTION}»".replace("{day}", "«Wednesday»")


def test_languages_are_always_named_in_themselves(marked: list) -> None:
    language = FIELDS_BY_NAME["language"]
    assert [language.choice_text(c) for c in ("system", "en", "es")] == [
        "«Follow the desktop»",
        "English",
        "Español",
    ]


def test_load_messages_are_worded_in_the_language_in_use(tmp_path: Path, marked: list) -> None:
    (tmp_path / "settings.toml").write_text("work_minutes = 1\n", encoding="utf-8")
    loaded = SettingsStore(tmp_path).load()
    problem = "«1 is below the minimum 5»"
    assert loaded.messages == [
        "«{file} line {line}: '{key}': {problem}; using the default {default}.»".format(
            file="settings.toml", line=1, key="work_minutes", problem=problem, default=60
        )
    ]


def test_the_language_can_be_read_before_loading(tmp_path: Path) -> None:
    user, site = tmp_path / "user", tmp_path / "site"
    store = SettingsStore(user, site_directory=site)
    assert store.language_hint() == "system"
    site.mkdir()
    (site / "settings.toml").write_text('language = "es"\n', encoding="utf-8")
    assert store.language_hint() == "es"
    user.mkdir()
    (user / "settings.toml").write_text('language = "en"\nnot toml at all', encoding="utf-8")
    assert store.language_hint() == "es"  # an unreadable user file: the next source
    (user / "settings.toml").write_text('language = "en"\n', encoding="utf-8")
    assert store.language_hint() == "en"
    (user / "settings.toml").write_text('language = "xx"\n', encoding="utf-8")
    assert store.language_hint() == "es"  # not a valid choice: the next source
    assert not list(user.glob("*.bad-*"))  # nothing set aside, nothing written
