"""core/settings/language_hint.py: the language read on its own agrees with the declaration,
and reading it imports none of the declarations (issue 18: the app reads it before its
tray icon)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from steadypause.core.settings import FIELDS_BY_NAME, SettingsStore, defaults
from steadypause.core.settings.language_hint import accepted, language_hint

CANDIDATES = ("system", "en", "es", "fr", "", "ES", 3, True, None, ["es"], {"es": 1})


@pytest.mark.parametrize("value", CANDIDATES)
def test_the_hint_accepts_what_the_declaration_accepts(value: object) -> None:
    assert accepted(value) == (FIELDS_BY_NAME["language"].check(value) is None)


def test_the_default_is_the_declared_one(tmp_path: Path) -> None:
    assert language_hint([tmp_path / "missing.toml", None]) == defaults().language


def test_the_user_file_comes_before_the_site_file(tmp_path: Path) -> None:
    user, site = tmp_path / "user.toml", tmp_path / "site.toml"
    site.write_text('language = "en"\n', encoding="utf-8")
    assert language_hint([user, site]) == "en"
    user.write_text('language = "es"\n', encoding="utf-8")
    assert language_hint([user, site]) == "es"
    user.write_text('language = "xx"\nwork_minutes = 30\n', encoding="utf-8")  # not usable
    assert language_hint([user, site]) == "en"
    user.write_text('schema_version = 99\nlanguage = "es"\n', encoding="utf-8")  # newer
    assert language_hint([user, site]) == "en"


def test_the_store_reads_the_same_hint(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text('language = "es"\n', encoding="utf-8")
    assert SettingsStore(tmp_path).language_hint() == language_hint([tmp_path / "settings.toml"])


def test_reading_the_hint_imports_none_of_the_declarations(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from steadypause.core.settings.language_hint import language_hint\n"
        "language_hint()\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    env = {"XDG_CONFIG_HOME": str(tmp_path), "XDG_CONFIG_DIRS": str(tmp_path / "site")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    loaded = set(done.stdout.split())
    for heavy in ("schema", "kinds", "field", "store", "values", "list_kinds"):
        assert f"steadypause.core.settings.{heavy}" not in loaded
    assert "steadypause.core.routine" not in loaded
    assert "steadypause.core.crisis_lines" not in loaded
    assert "dataclasses" not in loaded
