"""The after-call cue against a real sound server (PipeWire's PulseAudio server, started by
the test in a private runtime dir): the Linux microphone source sees real recording
streams, and the scheduler, wired to it as the app wires it, gives its decisions. The
scheduler's clock is a fake one the test moves (a call's minutes pass at once); the
streams, the server and the source's thread are real."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.cues import Cue, CueKind
from steadypause.core.history import Outcome
from steadypause.core.scheduler import Scheduler
from steadypause.core.scheduler_config import SchedulerConfig
from steadypause.platform.base import Unavailable
from steadypause.platform.linux.pulse_microphone import PulseMicrophone
from steadypause.platform.sources import CueSources
from steadypause.session.cue_wiring import wire_cue_sources
from support.sound_server import SoundServer, missing_programs

pytestmark = pytest.mark.skipif(
    bool(missing_programs()),
    reason=f"needs {', '.join(missing_programs())} (apt: pipewire pipewire-pulse wireplumber "
    "pulseaudio-utils)",
)

WAIT_MS = 10_000


@pytest.fixture(scope="module")
def sound() -> Iterator[SoundServer]:
    server = SoundServer()
    try:
        yield server
    finally:
        server.stop()


class Bed:
    """The app's wiring around the real source, with a scheduler on a fake clock."""

    def __init__(self, sound: SoundServer, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.clock = FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Europe/Madrid")))
        config = SchedulerConfig(work_timer=False, after_call_minutes=5)
        self.scheduler = Scheduler(self.clock, config)
        self.scheduler.set_idle_seconds(lambda: 60.0)
        self.mic = PulseMicrophone(server=sound.address, retry=(0.2, 1.0))
        assert self.mic.is_available(), self.mic.reason
        none = Unavailable("not in this test")
        self.sources = CueSources(
            power=none, clock_gap=none, lock=none, idle=none, busy=none, microphone=self.mic
        )
        self.prompts: list[Cue] = []
        self.prompt_times: list[float] = []  # elapsed, as the scheduler counts it
        wire_cue_sources(self.sources, self.scheduler, self.poll)
        self.sources.start()
        qtbot.waitUntil(lambda: "PulseAudio" in self.sources.describe()["microphone"])

    def poll(self) -> None:
        cue = self.scheduler.poll()
        if cue is not None:
            self.prompts.append(cue)
            self.prompt_times.append(self.scheduler.activity.elapsed())
            self.scheduler.settle(Outcome.SKIPPED)

    def minutes(self, minutes: float) -> None:
        self.clock.advance(minutes * 60)
        self.poll()

    def users_become(self, users: str) -> None:
        self.qtbot.waitUntil(lambda: self.mic.users() == users, timeout=WAIT_MS)

    def stop(self) -> None:
        self.sources.stop()


@pytest.fixture
def bed(sound: SoundServer, qtbot: QtBot) -> Iterator[Bed]:
    b = Bed(sound, qtbot)
    try:
        yield b
    finally:
        b.stop()


def test_a_call_held_past_the_threshold_gives_one_reminder_after_the_grace(
    sound: SoundServer, bed: Bed
) -> None:
    call = sound.record("mic", "TeleHealth")
    bed.users_become("TeleHealth")
    assert bed.sources.describe()["microphone"].endswith("in use by TeleHealth")
    bed.minutes(6)
    sound.end(call)
    bed.users_become("")
    bed.minutes(0.4)  # within the 30 s grace
    assert bed.prompts == []
    bed.minutes(0.2)
    assert [(c.kind, c.detail) for c in bed.prompts] == [(CueKind.AFTER_CALL, "6 min, TeleHealth")]
    bed.minutes(60)
    assert len(bed.prompts) == 1
    assert bed.sources.describe()["microphone"].endswith("last used by TeleHealth")


def test_a_short_call_gives_none(sound: SoundServer, bed: Bed) -> None:
    call = sound.record("mic", "QuickCall")
    bed.users_become("QuickCall")
    bed.minutes(3)
    sound.end(call)
    bed.users_become("")
    bed.minutes(60)
    assert bed.prompts == []


def test_a_monitor_recording_and_a_peak_meter_are_not_a_call(
    sound: SoundServer, bed: Bed, qtbot: QtBot
) -> None:
    screen = sound.record("speakers.monitor", "ScreenRecorder")
    meter = sound.peak_meter("mic", "VolumeApplet")
    # the server has both streams, the source reports neither
    assert {"ScreenRecorder", "VolumeApplet"} <= set(sound.recording_apps())
    probe = sound.record("mic", "Probe")  # a real one, so we know the source has looked
    bed.users_become("Probe")
    sound.end(probe)
    bed.users_become("")
    bed.minutes(10)
    sound.end(screen)
    sound.end(meter)
    bed.minutes(60)
    assert bed.prompts == []


def test_a_call_that_drops_and_reconnects_within_the_grace_gives_none_then(
    sound: SoundServer, bed: Bed
) -> None:
    call = sound.record("mic", "CrisisLine")
    bed.users_become("CrisisLine")
    bed.minutes(6)
    sound.end(call)
    bed.users_become("")
    bed.minutes(0.25)  # 15 s later the call is back
    again = sound.record("mic", "CrisisLine")
    bed.users_become("CrisisLine")
    bed.minutes(2)
    assert bed.prompts == []  # nothing at the drop, nor while it runs again
    sound.end(again)
    bed.users_become("")
    bed.minutes(1)
    assert [c.kind for c in bed.prompts] == [CueKind.AFTER_CALL]


def test_the_server_going_away_and_coming_back_is_survived_and_reported(
    sound: SoundServer, bed: Bed, qtbot: QtBot
) -> None:
    call = sound.record("mic", "Before")
    bed.users_become("Before")
    sound.stop_pulse()
    bed.users_become("")  # gone with the server
    qtbot.waitUntil(
        lambda: "the sound server went away" in bed.sources.describe()["microphone"],
        timeout=WAIT_MS,
    )
    sound.end(call)
    sound.start_pulse()
    qtbot.waitUntil(
        lambda: "went away" not in bed.sources.describe()["microphone"], timeout=WAIT_MS
    )
    after = sound.record("mic", "After")
    bed.users_become("After")
    sound.end(after)
    bed.users_become("")


def test_a_storm_of_real_calls_locks_and_sleeps_gives_at_most_one_prompt_per_cooldown(
    sound: SoundServer, bed: Bed
) -> None:
    """20 real recording streams opened and closed, mixed with locks and sleeps: the
    cooldown (20 minutes) holds however the reports arrive."""
    a = bed.scheduler.activity
    for n in range(20):
        call = sound.record("mic", f"Call{n}")
        bed.users_become(f"Call{n}")
        bed.minutes(5.5 if n % 2 == 0 else 1)
        sound.end(call)
        bed.users_become("")
        if n % 3 == 0:
            a.lock()
            bed.minutes(1)
            a.unlock()
        elif n % 3 == 1:
            a.sleep()
            bed.clock.jump_wall(120)
            a.wake()
        bed.minutes(0.6)
    bed.minutes(60)
    assert any(c.kind is CueKind.AFTER_CALL for c in bed.prompts)
    assert len(bed.prompts) >= 2  # the storm lasts long enough for more than one
    assert all(y - x >= 20 * 60 for x, y in itertools.pairwise(bed.prompt_times))
