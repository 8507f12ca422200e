"""The chime and the spoken guide on the settings' Practice tab: one line and *Try it*.

Without the optional extra the sound settings are shown but disabled, and the line says how
to add it. With it, *Try it* plays the start tone and says a line with the values in the
form (saved or not), the line says what keeps them silent here (no audio output, no speech
service), and the *Voice* list (ui/voice_editor.py) offers the speech service's voices.
What plays them is the session's (session/sound_guide.py), reached through
:class:`SoundAccess`; this widget never imports Qt's multimedia modules itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from steadypause.core.i18n import translate
from steadypause.core.settings.sound_schema import SOUND_KEYS
from steadypause.ui.field_editor import FieldEditor
from steadypause.ui.voice_editor import VoiceEditor

# Every setting that only the extra makes work, disabled without it.
SOUND_FIELDS = (*SOUND_KEYS, "chime_volume", "voice_name", "voice_rate")


class SoundAccess(Protocol):
    installed: bool

    def problems(self, values: Mapping[str, Any]) -> list[str]: ...

    def try_it(self, values: Mapping[str, Any]) -> list[str]: ...

    def voices(self) -> list[str] | None: ...

    def open_voices(self, values: Mapping[str, Any]) -> list[str]: ...


def install_hint() -> str:
    return translate(
        "Settings",
        "Sound needs an optional part: install steadypause[sound] "
        "(scripts/install-and-start --with-sound).",
    )


class SoundSection(QWidget):
    """The line and the button under the sound settings. ``editors`` is the dialog's own
    dictionary (read when the button is pressed: the language's editor comes later)."""

    def __init__(
        self, access: SoundAccess, editors: dict[str, FieldEditor], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("soundSection")
        self._access = access
        self._editors = editors
        self.note = QLabel(self)
        self.note.setObjectName("soundNote")
        self.note.setWordWrap(True)
        self.try_button = QPushButton(translate("Settings", "&Try it"), self)
        self.try_button.setObjectName("soundTryButton")
        self.try_button.setAccessibleName(translate("Settings", "Try the sound"))
        self.try_button.setAccessibleDescription(
            translate("Settings", "Play the chime and say a line with the voice chosen here")
        )
        self.try_button.clicked.connect(self.try_it)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.try_button)
        layout.addWidget(self.note, 1)
        if not access.installed:
            for name in SOUND_FIELDS:
                editors[name].setEnabled(False)
            self.try_button.hide()
            self.note.setText(install_hint())
        else:
            # A switch turned on (or set from the file): what keeps it silent here, if anything.
            for key in SOUND_KEYS:
                editors[key].changed.connect(self.check)
            voice = editors.get("voice_name")
            if isinstance(voice, VoiceEditor):
                voice.fetch = self._open_voices
        self.note.setAccessibleName(self.note.text())

    def check(self) -> None:
        """Say what keeps the switched-on sounds silent (opens only what is switched on)."""
        if any(self._editors[key].value() for key in SOUND_KEYS):
            self._tell(self._access.problems(self.values()))
        else:
            self._tell([])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._access.installed:
            self.check()

    def values(self) -> dict[str, Any]:
        values = {name: editor.value() for name, editor in self._editors.items()}
        values.setdefault("language", "system")
        return values

    def try_it(self) -> None:
        """Play and speak as if both were on, with the form's volume, voice and rate."""
        self._tell(self._access.try_it({**self.values(), "chime": True, "voice": True}))

    def _open_voices(self) -> list[str]:
        """The voices to choose from, the speech service opened for them (the voice list is
        being opened); what keeps the voice silent is said in the line."""
        voices = self._access.open_voices(self.values())
        self._tell(self._access.problems({**self.values(), "voice": True}))
        return voices

    def _tell(self, problems: list[str]) -> None:
        self.note.setText(" ".join(problems))
        self.note.setAccessibleName(self.note.text())
        voice = self._editors.get("voice_name")
        voices = self._access.voices()
        if isinstance(voice, VoiceEditor) and voices is not None:
            voice.offer(voices)
