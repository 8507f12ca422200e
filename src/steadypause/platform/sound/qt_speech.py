"""The spoken guide's voice through Qt's :class:`QTextToSpeech` (speech-dispatcher on
Linux, the system's voices on Windows and macOS). Imported only when the guide is on."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from steadypause.core.i18n import translate

log = logging.getLogger(__name__)

PITCH = -0.1  # a little lower than the voice's own: calmer


class QtSpeech:
    def __init__(self, engine: str, language: str, voice_name: str, rate_percent: int) -> None:
        self._tts = QTextToSpeech(engine) if engine else QTextToSpeech()
        self._told = False
        log.info("speech engine: %s", self._tts.engine() or "default")
        self.configure(language, voice_name, rate_percent)

    @property
    def problem(self) -> str:
        if self._tts.state() == QTextToSpeech.State.Error:
            detail = self._tts.errorString() or self._tts.engine()
            if not self._told:
                self._told = True
                log.warning("no speech: %s", detail)
            return translate("Sound", "No speech service answers ({detail}).").format(detail=detail)
        return ""

    def configure(self, language: str, voice_name: str, rate_percent: int) -> None:
        locale = QLocale(language) if language else QLocale.system()
        if locale.language() in {
            available.language() for available in self._tts.availableLocales()
        }:
            self._tts.setLocale(locale)
        voice = self._voice(voice_name)
        if voice is not None:
            self._tts.setVoice(voice)
        self._tts.setRate(max(-1.0, min(1.0, rate_percent / 100)))
        self._tts.setPitch(PITCH)

    def _voice(self, name: str) -> QVoice | None:
        if not name:
            return None
        for voice in self._tts.availableVoices():
            if voice.name() == name:
                return voice
        for voice in self._tts.availableVoices():
            if name.casefold() in voice.name().casefold():
                return voice
        log.info("no voice named %r here: the default voice speaks", name)
        return None

    def voices(self) -> list[str]:
        return [voice.name() for voice in self._tts.availableVoices()]

    def say(self, text: str) -> None:
        """Say ``text`` in place of what is being said. QTextToSpeech.say() stops that
        itself (speech-dispatcher: one CANCEL, then the new text, which is heard 30-60 ms
        later, bench/speech_latency.py); a stop() of ours first would only send a second
        CANCEL ahead of it."""
        if self.problem:
            return
        log.debug("say: %s", text)
        self._tts.say(text)

    def stop(self) -> None:
        if self._tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing):
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def is_speaking(self) -> bool:
        return self._tts.state() == QTextToSpeech.State.Speaking
