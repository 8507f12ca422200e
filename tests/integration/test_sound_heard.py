"""The chime and the spoken guide, heard (issue 15): a real sound server in a private
runtime dir, its null sink's monitor recorded while a pause plays.

PulseAudio runs with a null sink as its only output (``pulseaudio -n``, nothing from the
user's own configuration); its monitor is recorded and read by
tests/support/sound_recording.py. Speech goes through speech-dispatcher and espeak-ng (its
stock configuration), started by libspeechd inside the same runtime dir and stopped by this
test. Skipped, naming what is missing, without the extra or these programs.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.environment import without_desktop_session
from tests.support.sound_recording import (
    THRESHOLD,
    Recording,
    bursts,
    finish,
    record,
    silent_after,
    step_changes,
)
from tests.support.waiting import wait_for

from steadypause.platform import sound

PROGRAMS = ("pulseaudio", "pactl", "parecord", "speech-dispatcher", "espeak-ng")
PLAYER = Path(__file__).with_name("sound_pause_player.py")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sound.installed(), reason="the extra steadypause[sound] is missing"),
    pytest.mark.skipif(
        any(shutil.which(p) is None for p in PROGRAMS),
        reason="needs "
        + ", ".join(p for p in PROGRAMS if shutil.which(p) is None)
        + " (scripts/system-packages.txt [test])",
    ),
]


@pytest.fixture
def sound_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **without_desktop_session(),
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    log = (tmp_path / "pulseaudio.log").open("wb")
    server = subprocess.Popen(
        [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
            "--log-target=stderr", "-L", "module-native-protocol-unix",
            "-L", "module-null-sink sink_name=steady", "-L", "module-always-sink",
        ],
        env=env, stdout=subprocess.DEVNULL, stderr=log,
    )  # fmt: skip
    try:

        def answering() -> bool:
            done = subprocess.run(["pactl", "info"], env=env, capture_output=True, check=False)
            return done.returncode == 0 and b"Default Sink: steady" in done.stdout

        wait_for(answering, 15, "PulseAudio with its null sink", proc=server)
        yield env
    finally:
        pid_file = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        if pid_file.is_file():  # started by libspeechd for the player, in this runtime dir
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGTERM)
        server.terminate()
        server.wait(10)
        log.close()


def play(env: dict[str, str], *args: str) -> tuple[list[dict[str, object]], Recording]:
    recording, reader = record("steady.monitor", env)
    try:
        done = subprocess.run(
            [sys.executable, str(PLAYER), *args],
            env=env, capture_output=True, text=True, timeout=90, check=False,
        )  # fmt: skip
    finally:
        finish(recording, reader)
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return events, recording


def at(events: list[dict[str, object]], event: str, **match: object) -> float:
    for e in events:
        if e["event"] == event and all(e.get(k) == v for k, v in match.items()):
            return float(str(e["at"]))
    raise AssertionError(f"no {event} {match} in {events}")


def test_the_chime_is_heard_when_the_breathing_starts_and_ends_and_not_otherwise(
    sound_server: dict[str, str],
) -> None:
    events, recording = play(sound_server, "chime")
    assert events[0]["event"] == "opened"
    assert events[0]["problems"] == []
    started = at(events, "phase", phase="in", cycle=1)
    ended = at(events, "phase", phase="done")
    heard = bursts(recording.levels(), THRESHOLD)
    assert len(heard) == 2, heard
    (first, _), (second, _) = heard
    assert started - 0.05 <= first <= started + 0.3
    assert ended - 0.05 <= second <= ended + 0.3
    assert ended - started > 7  # two slow breaths of silence lie between them


def test_speech_starts_within_300_ms_of_a_step_change_and_stops_within_200_ms_of_esc(
    sound_server: dict[str, str],
) -> None:
    events, recording = play(sound_server, "voice", "4")
    assert events[0]["problems"] == []
    changes = step_changes(events, recording)
    # Next once the first step was said, then Back, Next, Back, Next over the speech
    assert [c.over_speech for c in changes] == [False, True, True, True, True], changes
    for change in changes:
        # the new step's words, found by their shape: they follow the cut of the last
        # step's without a silence, so the first burst after the change is not where they
        # begin (it is their second sentence, ~1.1 s later)
        assert change.match > 0.8, change
        assert 0 <= change.onset <= 0.3, change
    esc = next(e for e in events if e["event"] == "esc")
    assert esc["speaking"], esc
    levels = recording.levels()
    assert any(level >= THRESHOLD for t, level in levels if esc["at"] - 0.3 <= t < esc["at"])
    assert silent_after(recording, float(str(esc["at"]))) <= 0.2
