"""The command line speaks the language of the ``language`` setting.

The Spanish tests need the compiled catalogue (``scripts/translations release`` writes
resources/translations/steadypause_es.qm); they are skipped without it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from steadypause import translations
from steadypause.cli import entry, exits, language, status_text
from steadypause.core import i18n
from steadypause.core.settings.reference import reference

SPANISH_QM = translations.qm_folder() / "steadypause_es.qm"
needs_spanish = pytest.mark.skipif(
    not SPANISH_QM.exists(),
    reason="resources/translations/steadypause_es.qm is not compiled "
    "(run: .venv-test/bin/python scripts/translations release)",
)


@pytest.fixture(autouse=True)
def source_texts_afterwards() -> Iterator[None]:
    yield
    i18n.use(None)
    QLocale.setDefault(QLocale.system())


def write_settings(isolated_dirs: dict[str, Path], text: str) -> Path:
    folder = isolated_dirs["XDG_CONFIG_HOME"] / "steadypause"
    folder.mkdir(exist_ok=True)
    path = folder / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


@needs_spanish
def test_a_command_speaks_spanish_when_the_setting_says_so(
    isolated_dirs: dict[str, Path], runtime: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_settings(isolated_dirs, 'language = "es"\n')

    assert entry.main(["resume"]) == exits.EXIT_NOT_RUNNING

    assert capsys.readouterr().err == "Steady Pause no está en marcha.\n"
    assert i18n.in_use() is None  # main() leaves the process as it found it


@needs_spanish
def test_the_help_speaks_spanish(
    isolated_dirs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write_settings(isolated_dirs, 'language = "es"\n')

    assert entry.main(["--help"]) == 0

    out = capsys.readouterr().out
    assert out.startswith("uso: steadypause")  # argparse's own words too
    assert "pospone los recordatorios un rato" in out
    assert "una pausa breve de compasión en las transiciones del día" in out
    assert "muestra esta ayuda y termina" in out

    # and nothing stays behind for the next parser in this process
    assert argparse.ArgumentParser(prog="x").format_usage() == "usage: x [-h]\n"


@needs_spanish
def test_the_reference_page_stays_english(
    isolated_dirs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write_settings(isolated_dirs, 'language = "es"\n')
    english = reference()

    assert entry.main(["config", "reference"]) == 0

    assert capsys.readouterr().out == english


def run_cli(env_changes: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, "-m", "steadypause", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@needs_spanish
def test_system_follows_the_desktop_and_a_chosen_language_wins(
    isolated_dirs: dict[str, Path], runtime: Path
) -> None:
    spanish_desktop = {"LANG": "es_MX.UTF-8", "LANGUAGE": "es_MX:es"}

    assert run_cli(spanish_desktop, "resume").stderr == "Steady Pause no está en marcha.\n"
    write_settings(isolated_dirs, 'language = "en"\n')
    assert run_cli(spanish_desktop, "resume").stderr == "Steady Pause is not running.\n"


def test_json_output_does_not_read_the_settings(
    monkeypatch: pytest.MonkeyPatch, runtime: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse() -> str:
        raise AssertionError("read the language for --json")

    monkeypatch.setattr(language, "language_setting", refuse)

    assert entry.main(["status", "--json"]) == exits.EXIT_NOT_RUNNING


def test_a_broken_settings_file_falls_back_to_the_desktop_quietly(
    isolated_dirs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_settings(isolated_dirs, 'language = "es\n[[[ not toml')

    assert language.language_setting() == "system"

    # Left where it is, for the app (or `config`) to deal with; nothing printed.
    assert path.read_text(encoding="utf-8") == 'language = "es\n[[[ not toml'
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("user", "site", "expected"),
    [
        (None, None, "system"),
        ('language = "es"\n', None, "es"),
        (None, 'language = "es"\n', "es"),
        ('language = "en"\n', 'language = "es"\n', "en"),
        ('language = "klingon"\n', 'language = "es"\n', "es"),
        ('schema_version = 999\nlanguage = "en"\n', 'language = "es"\n', "es"),
    ],
)
def test_the_language_setting_is_read_like_the_app_reads_it(
    isolated_dirs: dict[str, Path], user: str | None, site: str | None, expected: str
) -> None:
    if user is not None:
        write_settings(isolated_dirs, user)
    if site is not None:
        folder = isolated_dirs["XDG_CONFIG_DIRS"] / "steadypause"
        folder.mkdir()
        (folder / "settings.toml").write_text(site, encoding="utf-8")

    assert language.language_setting() == expected
    # Reading it never creates the settings file (the app and `config` do that).
    assert (
        user is not None
        or not (isolated_dirs["XDG_CONFIG_HOME"] / "steadypause" / "settings.toml").exists()
    )


@needs_spanish
def test_status_lines_in_spanish(isolated_dirs: dict[str, Path]) -> None:
    from datetime import datetime, timedelta, timezone

    write_settings(isolated_dirs, 'language = "es"\n')
    zone = timezone(timedelta(hours=1))
    now = datetime(2025, 3, 4, 12, 0, tzinfo=zone)
    assert language.use_the_persons_language() == "es"

    lines = status_text.format_status(
        {
            "version": "1.2.3",
            "window": "routine",
            "tray": "fallback",
            "next_pause_at": "2025-03-05T09:00:00+01:00",
            "last_cue": {
                "kind": "work_timer",
                "at": "2025-03-04T11:30:00+01:00",
                "detail": "60 min",
            },
        },
        now,
    )

    assert lines == [
        "Steady Pause 1.2.3 está en marcha.",
        "Próxima pausa: mañana 09:00 (en 21 h)",
        "Bandeja: no se encontró la bandeja del sistema; se usa la alternativa",
        "Ventana: práctica",
        "Última señal: Temporizador, 11:30 (60 min)",
    ]
