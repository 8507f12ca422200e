"""How soon the spoken guide's words are heard after a step change, and how soon they stop
after Esc (issue 15: within 300 ms and 200 ms).

Runs tests/integration/sound_pause_player.py (the session's own SoundService following a
real pause window: *Before you say yes*, words only) against a private PulseAudio with a
null sink, and speech-dispatcher with espeak-ng as a person has them (the stock
configuration, started by libspeechd in the private runtime dir). The first step is said,
then Next once it is quiet (from silence), then ``--changes`` step changes (Back, Next, ...)
1.2 s apart, each while the last step is still being said, then Esc; ``--runs`` times.

The sink's monitor is recorded and each step change is placed in it two ways
(tests/support/sound_recording.py): **onset**, where the new step's words begin, found by
matching their loudness envelope with the same words heard once from silence; and **first
burst**, the first stretch of sound that starts after the change (the measure the test used
before: it cannot see words that follow the cut without a silence between them).

    .venv-test/bin/python bench/speech_latency.py [--changes 12] [--runs 1]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.support import sound_recording  # noqa: E402

PLAYER = ROOT / "tests" / "integration" / "sound_pause_player.py"


def one_run(changes: int) -> tuple[list[sound_recording.StepChange], float]:
    work = Path(tempfile.mkdtemp(prefix="spb-speech-", dir="/tmp"))
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700)
    home = work / "home"
    home.mkdir()
    drop = ("DBUS_", "DISPLAY", "WAYLAND_", "XDG_RUNTIME_DIR", "QT_", "PULSE_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.update(
        XDG_RUNTIME_DIR=str(runtime),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
    )
    pulse = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
         "-L", "module-native-protocol-unix", "-L", "module-null-sink sink_name=bench",
         "-L", "module-always-sink"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(150):
            if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        recording, reader = sound_recording.record("bench.monitor", env)
        try:
            done = subprocess.run(
                [sys.executable, str(PLAYER), "voice", str(changes)],
                env=env, capture_output=True, text=True, timeout=180, check=False,
            )  # fmt: skip
        finally:
            sound_recording.finish(recording, reader)
    finally:
        pid_file = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        if pid_file.is_file():
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGTERM)
        pulse.terminate()
        pulse.wait(10)
        shutil.rmtree(work, ignore_errors=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    events = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    esc = next(e for e in events if e["event"] == "esc")
    return (
        sound_recording.step_changes(events, recording),
        sound_recording.silent_after(recording, float(esc["at"])),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--changes", type=int, default=12)
    parser.add_argument("--runs", type=int, default=1)
    options = parser.parse_args()
    over: list[sound_recording.StepChange] = []
    quiet: list[sound_recording.StepChange] = []
    stops = []
    for run in range(options.runs):
        changes, stop = one_run(options.changes)
        stops.append(stop)
        for change in changes:
            (over if change.over_speech else quiet).append(change)
            print(
                f"run {run + 1}: to step {change.to + 1}, over speech {change.over_speech}: "
                f"onset {change.onset * 1000:.0f} ms (match {change.match:.2f}), "
                f"first burst {change.first_burst * 1000:.0f} ms"
            )
        print(f"run {run + 1}: Esc → silence {stop * 1000:.0f} ms")

    def ms(values: list[float]) -> str:
        finite = [v for v in values if v == v]
        return f"{statistics.median(finite) * 1000:.0f}" if finite else "–"

    print(f"\n{len(over)} step changes over speech, {len(quiet)} from silence\n")
    print("| median (ms) | onset | max onset | first burst | Esc → silence |")
    print("|---|---|---|---|---|")
    print(
        f"| over speech | {ms([c.onset for c in over])} | "
        f"{max(c.onset for c in over) * 1000:.0f} | {ms([c.first_burst for c in over])} | "
        f"{ms(stops)} |"
    )
    print(f"| from silence | {ms([c.onset for c in quiet])} | | | |")
    worst = min(c.match for c in over)
    print(f"\nworst envelope match over speech: {worst:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
