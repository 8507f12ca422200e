"""The pause by ear (issue 15): the chime and the spoken guide follow the pause window.

:class:`SoundService` (one per session, held by the window manager) opens the chime and the
voice the first time a setting asks for them (platform/sound: only then are Qt's multimedia
modules imported) and keeps them, so a missing device or speech service is found and logged
once. :meth:`SoundService.follow` attaches a :class:`PauseGuide` to each pause window:

- a step comes on screen: what was being said stops, and the step's title and words are
  spoken (a breathing step: its title, then the breath cues);
- a breathing phase changes: the cue ("Breathe in, 1 of 3", "Breathe out", the closing
  line) is spoken in place of whatever was still being said — never over it; the chime
  sounds when the breathing starts and ends, and with pacing on each later in- and out-breath;
- the window closes (Esc, Done, the close button): speech and chime stop at once.

The words are the window's own, translated: the step's title and body, or the step's
``spoken`` variant where the routine has one (words that read badly aloud: a question shown
in a field's label, a list), and the breathing guide's spoken line (ui/breathing_words.py).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from steadypause.core import chime_tones
from steadypause.core.breath_pace import DONE, IN, OUT
from steadypause.core.i18n import translate
from steadypause.core.routine import Step
from steadypause.core.settings import Settings
from steadypause.core.settings.sound_schema import SOUND_KEYS
from steadypause.platform import sound
from steadypause.translations import locale_for

if TYPE_CHECKING:
    from steadypause.ui.breathing import BreathingWidget
    from steadypause.ui.pause_window import PauseWindow

log = logging.getLogger(__name__)

NOT_INSTALLED = "not installed"  # i18n-exempt: status --json, read by programs


def wanted(values: Settings | Mapping[str, Any]) -> bool:
    """Whether any sound setting is on."""
    get = values.get if isinstance(values, Mapping) else lambda key: getattr(values, key)
    return any(bool(get(key)) for key in SOUND_KEYS)


class SoundService:
    """The session's chime and voice, opened when first wanted and kept."""

    def __init__(self) -> None:
        self.installed = sound.installed()
        self._chime: sound.Chime | None = None
        self._speech: sound.Speech | None = None

    def _open(self, values: Mapping[str, Any]) -> tuple[sound.Chime | None, sound.Speech | None]:
        """The backends ``values`` switch on, opened (once) and set to them."""
        if not self.installed:
            return None, None
        chime = speech = None
        if values["chime"] or values["chime_pacing"]:
            if self._chime is None:
                self._chime = sound.open_chime(values["chime_volume"])
            self._chime.set_volume(values["chime_volume"])
            chime = self._chime
        if values["voice"]:
            language = locale_for(values["language"]).name()
            if self._speech is None:
                self._speech = sound.open_speech(
                    language, values["voice_name"], values["voice_rate"]
                )
            else:
                self._speech.configure(language, values["voice_name"], values["voice_rate"])
            speech = self._speech
        return chime, speech

    def prepare(self, settings: Settings) -> None:
        """Open what ``settings`` switch on ahead of the first pause: the chime's sounds
        take a second or two to load, and a tone asked for before then starts late."""
        if self.installed and wanted(settings):
            self._open(_values(settings))

    def parts(self, settings: Settings) -> dict[str, str]:
        """For ``status``: the chime's and the voice's state, each "ready", "off" or what
        keeps it silent (a sentence); empty without the extra."""
        if not self.installed:
            return {}
        if not wanted(settings):
            return {"chime": "off", "voice": "off"}
        chime, speech = self._open(_values(settings))
        return {
            name: "off" if backend is None else backend.problem or "ready"
            for name, backend in (("chime", chime), ("voice", speech))
        }

    def describe(self, settings: Settings) -> str:
        """For ``status --json``: "not installed", "off", or what is on and whether it works."""
        if not self.installed:
            return NOT_INSTALLED
        parts = self.parts(settings)
        on = [f"{name}: {state}" for name, state in parts.items() if state != "off"]
        return "; ".join(on) or "off"

    def problems(self, values: Mapping[str, Any]) -> list[str]:
        """What keeps the switched-on sounds silent here, as sentences (none: all well)."""
        chime, speech = self._open(values)
        return [b.problem for b in (chime, speech) if b is not None and b.problem]

    @property
    def speech(self) -> sound.Speech | None:
        """The voice, once a setting or *Try it* has opened it (None before)."""
        return self._speech

    def voices(self) -> list[str] | None:
        """The voices of the speech service, once the spoken guide has been opened (None
        before: not known yet)."""
        return self._speech.voices() if self._speech is not None else None

    def open_voices(self, values: Mapping[str, Any]) -> list[str]:
        """The voices of the speech service in the language of ``values``, the voice opened
        for them if it was not (the *Voice* list is being opened)."""
        _, speech = self._open({**values, "chime": False, "chime_pacing": False, "voice": True})
        return speech.voices() if speech is not None else []

    def try_it(self, values: Mapping[str, Any]) -> list[str]:
        """Play the start tone and say a line with ``values``; what keeps them silent."""
        chime, speech = self._open(values)
        if chime is not None:
            chime.play(chime_tones.START)
        if speech is not None:
            speech.say(translate("Sound", "Breathe in… and out. This is how the guide sounds."))
        return self.problems(values)

    def follow(self, window: PauseWindow, settings: Settings) -> PauseGuide | None:
        """Guide ``window`` by ear if a sound setting is on (nothing is imported otherwise)."""
        if not self.installed or not wanted(settings):
            return None
        chime, speech = self._open(_values(settings))
        return PauseGuide(window, chime, speech, pacing=settings.chime_pacing)


def spoken_words(step: Step) -> str:
    """What the guide says for a step of words: its spoken variant from the routine data
    where it has one (translated with the rest), else its title and words."""
    if step.spoken:
        return step.spoken
    return ". ".join(part.strip() for part in (step.title, step.body) if part.strip())


def _after(lead: str, line: str) -> str:
    """``lead``, then ``line`` as a sentence of its own."""
    lead = lead.strip()
    return f"{lead} {line}" if lead.endswith((".", "!", "?", "…")) else f"{lead}. {line}"


def _values(settings: Settings) -> dict[str, Any]:
    keys = (*SOUND_KEYS, "chime_volume", "voice_name", "voice_rate", "language")
    return {key: getattr(settings, key) for key in keys}


class PauseGuide(QObject):
    """Follows one pause window; lives and dies with it (it is the window's child)."""

    def __init__(
        self,
        window: PauseWindow,
        chime: sound.Chime | None,
        speech: sound.Speech | None,
        *,
        pacing: bool,
    ) -> None:
        super().__init__(window)
        self.setObjectName("pauseGuide")
        self._window = window
        self._chime = chime
        self._speech = speech
        self._pacing = pacing
        self._lead = ""  # the breathing step's title (or spoken lead), said before its first cue
        from steadypause.ui.breathing import BreathingWidget

        for widget in window.findChildren(BreathingWidget):
            widget.phaseChanged.connect(lambda phase, w=widget: self._phase(w, phase))
        window.stepShown.connect(self._step)
        window.closed.connect(self.stop)
        window.destroyed.connect(self.stop)

    def stop(self, *_args: object) -> None:
        if self._speech is not None:
            self._speech.stop()
        if self._chime is not None:
            self._chime.stop()

    def _say(self, text: str) -> None:
        if self._speech is not None:
            self._speech.say(text)  # say() stops what was being said: never two at once

    def _step(self, index: int) -> None:
        page = self._window.current_page()
        step = page.step
        if page.breathing is not None:
            self._lead = step.spoken or step.title
            if page.breathing.phase in (IN, OUT):  # the breathing began before the step showed
                self._say(_after(self._lead, page.breathing.spoken_text()))
                self._lead = ""
            elif self._speech is not None:
                self._speech.stop()  # silent until the first breath's cue
            return
        self._lead = ""
        self._say(spoken_words(step))

    def _phase(self, widget: BreathingWidget, phase: str) -> None:
        if not widget.isVisible() or self._window.current_page().breathing is not widget:
            return
        if self._chime is not None:
            if phase == IN and widget.cycle == 1:
                self._chime.play(chime_tones.START)
            elif phase == DONE:
                self._chime.play(chime_tones.END)
            elif self._pacing and phase in (IN, OUT):
                self._chime.play(chime_tones.IN if phase == IN else chime_tones.OUT)
        if phase in (IN, OUT, DONE):
            line = widget.spoken_text()
            self._say(_after(self._lead, line) if self._lead else line)
            self._lead = ""
