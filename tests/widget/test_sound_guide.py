"""The chime and the spoken guide following a pause window (session/sound_guide.py).

The voice is the real Qt backend (platform/sound/qt_speech.py) on Qt's own "mock" engine,
which speaks into nothing but keeps real state (speaking, ready); the chime is a recorder of
what the guide asked for, since the offscreen tests have no sound server (the real one is
played and recorded in tests/integration/test_sound_heard.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause.core import chime_tones
from steadypause.core.routine import Routine
from steadypause.platform import sound
from steadypause.ui.pause_options import PauseOptions
from steadypause.ui.pause_window import PauseWindow

pytestmark = pytest.mark.skipif(
    not sound.installed(), reason="the extra steadypause[sound] (PySide6-Addons) is not installed"
)

FAST = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=2)


class HeardChime:
    """Stands in for the sound device: keeps the names of the tones played."""

    problem = ""

    def __init__(self) -> None:
        self.played: list[str] = []
        self.stopped = 0

    def play(self, name: str) -> None:
        self.played.append(name)

    def set_volume(self, percent: int) -> None:
        pass

    def stop(self) -> None:
        self.stopped += 1


@pytest.fixture
def fast_breaths(monkeypatch: pytest.MonkeyPatch) -> None:
    from steadypause.ui.breathing import BreathingWidget

    monkeypatch.setattr(BreathingWidget, "SECOND_MS", 40)


def mock_speech() -> sound.Speech:
    from steadypause.platform.sound.qt_speech import QtSpeech

    return QtSpeech("mock", "en", "", -25)


def guided(
    qtbot: QtBot, routine: Routine, *, pacing: bool = False, options: PauseOptions = FAST
) -> tuple[PauseWindow, HeardChime, sound.Speech, list[str]]:
    from steadypause.session.sound_guide import PauseGuide

    window = PauseWindow(routine, options)
    qtbot.addWidget(window)
    chime = HeardChime()
    speech = mock_speech()
    said: list[str] = []
    original = speech.say

    def say(text: str) -> None:
        said.append(text)
        original(text)

    speech.say = say  # type: ignore[method-assign]
    PauseGuide(window, chime, speech, pacing=pacing)
    window.show_centred()
    qtbot.waitUntil(window.isActiveWindow)
    return window, chime, speech, said


def press(qtbot: QtBot, window: PauseWindow, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key)


def test_the_chime_frames_the_breathing_and_paces_only_when_asked(
    qtbot: QtBot, routines: dict[str, Routine], fast_breaths: None
) -> None:
    window, chime, _, _ = guided(qtbot, routines["breathe"])
    breathing = window.current_page().breathing
    assert breathing is not None
    qtbot.waitUntil(lambda: breathing.phase == "done", timeout=10_000)
    assert chime.played == [chime_tones.START, chime_tones.END]

    window, chime, _, _ = guided(qtbot, routines["breathe"], pacing=True)
    breathing = window.current_page().breathing
    assert breathing is not None
    qtbot.waitUntil(lambda: breathing.phase == "done", timeout=10_000)
    cycles = breathing.cycles
    assert chime.played[0] == chime_tones.START
    assert chime.played[-1] == chime_tones.END
    assert chime.played.count(chime_tones.OUT) == cycles
    assert chime.played.count(chime_tones.IN) == cycles - 1


def test_with_reduced_motion_the_chime_and_the_cues_still_follow_the_breaths(
    qtbot: QtBot, routines: dict[str, Routine], fast_breaths: None
) -> None:
    still = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=2, reduce_motion=True)
    window, chime, _, said = guided(qtbot, routines["breathe"], options=still)
    breathing = window.current_page().breathing
    assert breathing is not None
    assert breathing.reduce_motion
    qtbot.waitUntil(lambda: breathing.phase == "done", timeout=10_000)
    assert chime.played == [chime_tones.START, chime_tones.END]
    assert [line for line in said if line.startswith("Breathe out")] == ["Breathe out"] * (
        breathing.cycles
    )


def test_each_step_is_spoken_in_the_windows_words(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    routine = routines["full"]
    window, _, speech, said = guided(qtbot, routine)
    first = routine.steps[0]
    # a breathing step: its spoken lead (the routine data's, in place of the title), then
    # the first breath's cue, as one text
    assert first.spoken
    assert said[-1].startswith(first.spoken)
    assert said[-1].endswith("Breathe in, breath 1 of 2")
    press(qtbot, window, Qt.Key.Key_Return)
    second = routine.steps[1]
    assert said[-1] == f"{second.title}. {second.body.strip()}"
    assert speech.is_speaking()


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Backspace])
def test_speech_stops_at_once_on_esc_next_and_back(
    qtbot: QtBot, routines: dict[str, Routine], key: Qt.Key
) -> None:
    window, chime, speech, said = guided(qtbot, routines["full"])
    press(qtbot, window, Qt.Key.Key_Return)  # step 2: words only
    press(qtbot, window, Qt.Key.Key_Return)  # step 3
    assert speech.is_speaking()
    before = len(said)
    stopped = chime.stopped
    press(qtbot, window, key)
    if key == Qt.Key.Key_Escape:
        assert not window.isVisible()
        assert not speech.is_speaking()  # nothing waits for the end of a sentence
        assert chime.stopped > stopped
        assert len(said) == before
    else:
        # the old step's words were cut off and only the new step's are being said
        assert len(said) == before + 1
        assert said[-1].startswith(window.current_page().step.title)


def test_a_voice_that_is_asked_to_speak_again_never_talks_over_itself(qtbot: QtBot) -> None:
    speech = mock_speech()
    speech.say("The first sentence, which is long enough to be still going on.")
    assert speech.is_speaking()
    speech.say("The second.")
    assert speech.is_speaking()
    speech.stop()
    assert not speech.is_speaking()


def test_a_step_with_a_spoken_variant_is_said_in_its_words(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    routine = routines["boundary"]
    window, _, _, said = guided(qtbot, routine)
    question = routine.steps[0]
    assert question.spoken  # the question shown only in the field's label, said aloud
    assert said == [question.spoken]
    press(qtbot, window, Qt.Key.Key_Escape)
    # a step without one: its title and words
    window, _, _, said = guided(qtbot, routine)
    window.next()
    reply = routine.steps[1]
    assert not reply.spoken
    assert said[-1] == f"{reply.title}. {reply.body}"


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    from steadypause import translations

    translations.install("es")
    yield
    translations.uninstall()


@pytest.mark.usefixtures("spanish")
def test_the_spoken_variant_is_said_in_the_apps_language(qtbot: QtBot) -> None:
    from steadypause.core.routine import load_builtin_routines

    english = load_builtin_routines(lambda _context, text: text)["boundary"].steps[0].spoken
    routine = load_builtin_routines()["boundary"]
    _, _, _, said = guided(qtbot, routine)
    assert said == [routine.steps[0].spoken]
    assert said[0] != english
    assert said[0].startswith("Antes de decir que sí")
