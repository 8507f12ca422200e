"""Choosing the language: the desktop's preferred one, or the setting; Qt's texts follow.

Built against a small catalogue compiled in the test (so it does not depend on how far the
shipped translation has got), in the same way scripts/translations compiles the real one.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from steadypause import translations
from steadypause.core import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Tray</name>
    <message>
        <source>Pause now</source>
        <translation>Pausa ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    ts = folder / "steadypause_es.ts"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(folder / "steadypause_es.qm"), "-silent"], check=True
    )
    return folder


@pytest.fixture
def clean(qapp: object) -> Iterator[None]:
    yield
    translations.uninstall()


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    text = button.text().replace("&", "")
    box.deleteLater()
    return text


@pytest.mark.usefixtures("clean")
@pytest.mark.parametrize("desktop", ["es_MX", "es_ES", "es"])
def test_the_desktops_spanish_is_followed(catalogue: Path, desktop: str) -> None:
    language = translations.install("system", system=QLocale(desktop), folder=catalogue)
    assert language == "es"
    assert i18n.translate("Tray", "Pause now") == "Pausa ahora"
    assert i18n.translate("Tray", "%n minute(s)", None, 1) == "1 minuto"
    assert i18n.translate("Tray", "%n minute(s)", None, 4) == "4 minutos"
    # numbers and dates follow the desktop's own country
    assert QLocale().name() == QLocale(desktop).name()


@pytest.mark.usefixtures("clean")
def test_qts_own_buttons_speak_the_same_language(catalogue: Path) -> None:
    translations.install("es", folder=catalogue)
    assert cancel_text() == "Cancelar"
    translations.install("en", folder=catalogue)
    assert cancel_text() == "Cancel"


@pytest.mark.usefixtures("clean")
def test_a_language_without_a_translation_falls_back_to_english(catalogue: Path) -> None:
    language = translations.install("system", system=QLocale("fr_FR"), folder=catalogue)
    assert language == "en"
    assert i18n.translate("Tray", "Pause now") == "Pause now"
    assert i18n.translate("Tray", "%n minute(s)", None, 1) == "1 minute"
    assert i18n.translate("Tray", "%n minute(s)", None, 2) == "2 minutes"
    # English texts, but the desktop's French formats stay
    assert QLocale().language() == QLocale.Language.French
    assert cancel_text() == "Cancel"


@pytest.mark.usefixtures("clean")
def test_the_setting_overrides_the_desktop_both_ways(catalogue: Path) -> None:
    assert translations.install("en", system=QLocale("es_ES"), folder=catalogue) == "en"
    assert i18n.translate("Tray", "Pause now") == "Pause now"
    assert translations.install("es", system=QLocale("en_GB"), folder=catalogue) == "es"
    assert i18n.translate("Tray", "Pause now") == "Pausa ahora"


@pytest.mark.usefixtures("clean")
def test_installing_again_replaces_the_previous_language(catalogue: Path) -> None:
    translations.install("es", folder=catalogue)
    translations.install("en", folder=catalogue)
    assert QCoreApplication.translate("Tray", "Pause now") == "Pause now"
    translations.install("es", folder=catalogue)
    translations.install("es", folder=catalogue)  # twice: still one translator of ours
    assert QCoreApplication.translate("Tray", "Pause now") == "Pausa ahora"
    translations.uninstall()
    assert i18n.translate("Tray", "Pause now") == "Pause now"
