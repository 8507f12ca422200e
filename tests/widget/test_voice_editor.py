"""The *Voice* setting: a drop-down of the voices the speech service reports (issue 15).

The service is the session's own SoundService; its voice is Qt's "mock" text-to-speech
engine (STEADYPAUSE_SPEECH_ENGINE), which reports a few voices for each language.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from steadypause.core.settings import FIELDS_BY_NAME
from steadypause.platform import sound
from steadypause.ui.field_editor import FieldEditor
from steadypause.ui.setting_editors import make_editor
from steadypause.ui.sound_section import SOUND_FIELDS, SoundSection
from steadypause.ui.voice_editor import VoiceEditor

pytestmark = pytest.mark.skipif(
    not sound.installed(), reason="the extra steadypause[sound] (PySide6-Addons) is not installed"
)


def practice(qtbot: QtBot, voice_name: str) -> tuple[QWidget, VoiceEditor, object]:
    from steadypause.session.sound_guide import SoundService

    page = QWidget()
    qtbot.addWidget(page)
    editors: dict[str, FieldEditor] = {
        name: make_editor(FIELDS_BY_NAME[name], page) for name in SOUND_FIELDS
    }
    for name, editor in editors.items():
        editor.set_value(FIELDS_BY_NAME[name].default)
    editors["voice_name"].set_value(voice_name)
    service = SoundService()
    SoundSection(service, editors, page)
    voice = editors["voice_name"]
    assert isinstance(voice, VoiceEditor)
    return page, voice, service


def entries(voice: VoiceEditor) -> list[tuple[str, str]]:
    return [(voice.combo.itemText(i), voice.combo.itemData(i)) for i in range(voice.combo.count())]


@pytest.fixture(autouse=True)
def mock_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(sound.ENGINE_VARIABLE, "mock")


def open_list(qtbot: QtBot, voice: VoiceEditor) -> None:
    voice.combo.setFocus()
    qtbot.keyClick(voice.combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: voice.combo.view().isVisible())


def test_the_list_offers_the_services_voices_and_keeps_a_name_it_does_not_have(
    qtbot: QtBot,
) -> None:
    page, voice, service = practice(qtbot, "Zed")
    page.show()
    # not asked yet (the spoken guide is off): the saved name as it is, nothing started
    assert entries(voice) == [("The system's default voice", ""), ("Zed", "Zed")]
    assert voice.value() == "Zed"
    assert service.speech is None  # type: ignore[attr-defined]
    open_list(qtbot, voice)
    assert service.speech is not None  # type: ignore[attr-defined]
    reported = service.speech.voices()  # type: ignore[attr-defined]
    assert len(reported) >= 2
    assert "Zed" not in reported
    assert entries(voice) == [
        ("The system's default voice", ""),
        *((name, name) for name in sorted(reported, key=str.casefold)),  # in order
        ("Zed (not available here)", "Zed"),
    ]
    assert voice.value() == "Zed"  # opening the list loses nothing
    # by keyboard: up to the last voice, chosen with Return
    qtbot.keyClick(voice.combo.view(), Qt.Key.Key_Up)
    qtbot.keyClick(voice.combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not voice.combo.view().isVisible())
    assert voice.value() == max(reported, key=str.casefold)
    assert ("Zed (not available here)", "Zed") in entries(voice)  # still there to go back to


def test_the_default_voice_is_the_empty_name_and_a_part_of_a_name_is_available(
    qtbot: QtBot,
) -> None:
    page, voice, _ = practice(qtbot, "")
    page.show()
    assert voice.value() == ""
    assert voice.combo.currentText() == "The system's default voice"
    open_list(qtbot, voice)
    qtbot.keyClick(voice.combo.view(), Qt.Key.Key_Escape)
    first = voice.combo.itemText(1)
    part = first[1:].lower()  # as typed into the settings file: that voice speaks for it
    voice.set_value(part)
    assert (part, part) in entries(voice)  # not marked unavailable
    assert voice.value() == part


def test_the_list_has_the_settings_name_and_description_for_a_screen_reader(
    qtbot: QtBot,
) -> None:
    _page, voice, _ = practice(qtbot, "")  # the page is held: it owns the editor
    field = FIELDS_BY_NAME["voice_name"]
    assert voice.combo.accessibleName() == field.shown_title == "Voice"
    assert voice.combo.accessibleDescription() == field.shown_description
    assert voice.focusProxy() is voice.combo
    assert voice.combo.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_arrow_keys_on_the_closed_list_step_through_the_voices(qtbot: QtBot) -> None:
    page, voice, service = practice(qtbot, "")
    page.show()
    voice.combo.setFocus()
    qtbot.keyClick(voice.combo, Qt.Key.Key_Down)  # the voices are asked for first
    assert service.speech is not None  # type: ignore[attr-defined]
    reported = service.speech.voices()  # type: ignore[attr-defined]
    assert voice.value() == min(reported, key=str.casefold)
    assert not voice.combo.view().isVisible()
