"""The microphone source's own thread (the after-call cue, ADR 014): how often it wakes and
what the process spends, over idle minutes with nobody recording and then with a call held.

The source runs alone in a QCoreApplication against a private sound server (PipeWire's
PulseAudio server, tests/support/sound_server.py). Wake-ups are the watching thread's
voluntary context switches (/proc/self/task/TID/status); CPU is the whole process's
CPU-time clock (ns), so it includes Qt's event loop.

    .venv-test/bin/python bench/microphone_idle.py [--minutes 3]
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the support package the tests use too

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from steadypause.platform.linux.pulse_microphone import PulseMicrophone  # noqa: E402
from support.sound_server import SoundServer  # noqa: E402


def switches(tid: int) -> int:
    for line in Path(f"/proc/self/task/{tid}/status").read_text().splitlines():
        if line.startswith("voluntary_ctxt_switches:"):
            return int(line.split()[1])
    raise RuntimeError(f"no switches for thread {tid}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=3.0)
    minutes = parser.parse_args().minutes
    sound = SoundServer()
    app = QCoreApplication([])
    mic = PulseMicrophone(server=sound.address)
    mic.start()
    results: dict[str, tuple[int, float, float]] = {}
    held = []

    def phase(name: str, then: object) -> None:
        tid = next(t.native_id for t in threading.enumerate() if t.name == "pulse-microphone")
        assert tid is not None
        s0, c0, w0 = switches(tid), time.process_time(), time.monotonic()

        def end() -> None:
            results[name] = (switches(tid) - s0, time.process_time() - c0, time.monotonic() - w0)
            then()  # type: ignore[operator]

        QTimer.singleShot(int(minutes * 60_000), end)

    def start_call() -> None:
        held.append(sound.record("mic", "Held"))
        QTimer.singleShot(500, lambda: phase("a call held", app.quit))

    QTimer.singleShot(1000, lambda: phase("nobody recording", start_call))
    try:
        app.exec()
    finally:
        mic.stop()
        for proc in held:
            sound.end(proc)
        sound.stop()
    for name, (woke, cpu, wall) in results.items():
        per = wall / 60
        print(
            f"{name}: the thread woke {woke} times ({woke / per:.2f}/min); the process used "
            f"{cpu * 1000:.1f} ms CPU ({cpu * 1000 / per:.2f} ms/min) over {wall:.0f} s"
        )


if __name__ == "__main__":
    main()
