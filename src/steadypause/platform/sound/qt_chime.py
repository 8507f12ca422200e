"""The chime through Qt Multimedia's :class:`QSoundEffect` (low latency, made for this).

The tones are rendered to WAV once (core/chime_tones.py) and each gets its own effect, loaded
when this opens, so a play starts without decoding. Imported only when the chime is on.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLoggingCategory, QUrl

from steadypause.core import chime_tones
from steadypause.core.i18n import translate

# Qt's FFmpeg backend looks for the VA-API video libraries when it loads and warns for each
# one missing; a chime never decodes video. Said before QtMultimedia loads.
QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")

from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: E402

log = logging.getLogger(__name__)


class QtChime:
    def __init__(self, volume_percent: int) -> None:
        self._effects: dict[str, QSoundEffect] = {}
        self._problem = ""
        if not QMediaDevices.audioOutputs():
            self._problem = translate("Sound", "This computer has no audio output right now.")
            log.warning("no audio output: the chime is silent")
            return
        try:
            paths = chime_tones.rendered()
        except OSError as error:
            self._problem = translate("Sound", "The chime's sounds could not be made.")
            log.warning("the chime's sounds could not be rendered: %s", error)
            return
        for name, path in paths.items():
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[name] = effect
        self.set_volume(volume_percent)

    @property
    def problem(self) -> str:
        return self._problem

    def play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is None:
            return
        if effect.status() == QSoundEffect.Status.Error:
            if not self._problem:
                self._problem = translate("Sound", "The chime could not be played.")
                log.warning("the %s tone could not be played", name)
            return
        log.debug("chime: %s", name)
        effect.play()

    def set_volume(self, percent: int) -> None:
        for effect in self._effects.values():
            effect.setVolume(max(0, min(100, percent)) / 100)

    def stop(self) -> None:
        for effect in self._effects.values():
            effect.stop()
