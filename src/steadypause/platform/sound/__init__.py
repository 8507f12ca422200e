"""The chime and the spoken guide's voice: two small interfaces and their Qt backends.

Both come from PySide6's add-on modules (QtMultimedia, QtTextToSpeech), which only the
optional extra ``steadypause[sound]`` installs. Nothing here imports them until a backend
is opened (:func:`open_chime`, :func:`open_speech`), which the session does only when a
sound setting is on: with the settings off, a pause loads neither (a test checks
``sys.modules``). :func:`installed` asks whether they are there without importing them.

A backend that cannot work here (no audio device, no speech service) still opens; its
``problem`` says why in a sentence, and everything it is asked to do is then silent.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from typing import Protocol

log = logging.getLogger(__name__)

MODULES = ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
# The text-to-speech engine to use ('' for Qt's default: speech-dispatcher on Linux, the
# system's voices on Windows and macOS). Qt's "mock" engine speaks into nothing, on time.
ENGINE_VARIABLE = "STEADYPAUSE_SPEECH_ENGINE"


def installed() -> bool:
    """Whether the extra is installed: both modules are found (neither is imported)."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in MODULES)
    except (ImportError, ValueError):
        return False


class Chime(Protocol):
    """Plays the guide's tones (core/chime_tones.py: start, end, in, out)."""

    @property
    def problem(self) -> str:
        """Why nothing can be heard ('' when it can play)."""
        ...

    def play(self, name: str) -> None: ...

    def set_volume(self, percent: int) -> None: ...

    def stop(self) -> None: ...


class Speech(Protocol):
    """Says one text at a time: ``say`` stops what was being said first."""

    @property
    def problem(self) -> str:
        """Why nothing can be spoken ('' when it can)."""
        ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def is_speaking(self) -> bool: ...

    def configure(self, language: str, voice_name: str, rate_percent: int) -> None: ...

    def voices(self) -> list[str]: ...


def open_chime(volume_percent: int) -> Chime:
    from steadypause.platform.sound.qt_chime import QtChime

    return QtChime(volume_percent)


def open_speech(language: str, voice_name: str, rate_percent: int) -> Speech:
    from steadypause.platform.sound.qt_speech import QtSpeech

    return QtSpeech(os.environ.get(ENGINE_VARIABLE, ""), language, voice_name, rate_percent)
