"""What keeping the pause in progress costs while the person types (session/pause_draft.py).

Each repetition is a fresh process: the real session (Controller, the history's writer
thread, a history file in a temporary folder, journaling on) opens a pause and types into
its first own-words field, a key every 1/``--cps`` s, in bursts of ``--burst`` keys with
``--gap`` seconds between them (a person writing a sentence, stopping, writing on), for
``--seconds``. Measured: the drafts written (per minute of typing), the process's CPU
seconds (every thread: the GUI and the writer), and, apart, the time one draft write takes
(``draft.save``: a new file, fsync, rename) in the same folder. The same run without drafts
(the session's ``PauseDraft`` replaced by one that does nothing) is interleaved with it.
Medians over the repetitions; figures, not pass or fail.

    .venv/bin/python bench/draft_cost.py                   # offscreen, 5 × 30 s each way
    .venv/bin/python bench/draft_cost.py -r 3 --seconds 60 --gap 0   # typing on and on
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def child(
    folder: Path, drafting: bool, seconds: float, cps: float, burst: int, gap: float
) -> dict[str, Any]:
    os.environ["XDG_DATA_HOME"] = str(folder)
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from steadypause.core import history
    from steadypause.core.clock import SystemClock
    from steadypause.core.history import draft
    from steadypause.core.routine import load_builtin_routines
    from steadypause.core.scheduler import Scheduler
    from steadypause.core.settings import Settings
    from steadypause.session import pause_flow
    from steadypause.session.controller import Controller
    from steadypause.session.scheduler_config import scheduler_config

    saves: list[int] = []
    real = pause_flow.PauseDraft

    class Counted(real):  # type: ignore[misc, valid-type]
        def save(self) -> None:
            super().save()
            saves.append(1)

    class Nothing:
        def __init__(self, *args: object) -> None:
            pass

        def stop(self) -> None:
            pass

    pause_flow.PauseDraft = Counted if drafting else Nothing  # type: ignore[misc]

    app = QApplication([sys.argv[0]])
    clock = SystemClock()
    settings = Settings(journaling=True)
    store = history.HistoryStore(history.default_path(), clock)
    store.start(when_used=True)
    controller = Controller(
        clock,
        Scheduler(clock, scheduler_config(settings)),
        settings,
        load_builtin_routines(),
        store,
    )
    controller.start()
    controller.pause_now("bench")
    window = controller.pause_window
    assert window is not None
    page = next(p for p in window.pages if p.own_words is not None)
    field = page.own_words
    assert field is not None
    while window.current_page() is not page:
        window.next()
    store.flush()
    saves.clear()

    typed = 0
    text = "the family meeting went badly and I carried it home "
    cpu0, t0 = time.process_time(), time.monotonic()

    def key() -> None:
        nonlocal typed
        if time.monotonic() - t0 >= seconds:
            app.exit(0)  # (quit() asks the windows, and the status window stays)
            return
        if len(field.text()) >= 130:
            field.clear()
        QTest.keyClick(field, text[typed % len(text)])
        typed += 1
        QTimer.singleShot(round((1 / cps + (gap if typed % burst == 0 else 0)) * 1000), key)

    QTimer.singleShot(0, key)
    app.exec()
    store.flush()
    cpu = time.process_time() - cpu0
    wall = time.monotonic() - t0

    # One draft write, apart: the writer thread's cost per save.
    record = draft.load(store.draft_path) if drafting else None
    write_ms: list[float] = []
    if record is not None:
        target = folder / "timing" / draft.NAME
        for _ in range(20):
            t = time.perf_counter()
            draft.save(target, record)
            write_ms.append((time.perf_counter() - t) * 1000)
    controller.close_windows()
    store.close()
    return {
        "keys": typed,
        "wall_s": wall,
        "drafts": len(saves),
        "drafts_per_min": len(saves) / wall * 60,
        "cpu_s": cpu,
        "cpu_pct": cpu / wall * 100,
        "write_ms_median": statistics.median(write_ms) if write_ms else None,
        "write_ms_max": max(write_ms) if write_ms else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-r", "--repetitions", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--cps", type=float, default=4.0, help="keys per second")
    parser.add_argument("--burst", type=int, default=25, help="keys between gaps")
    parser.add_argument("--gap", type=float, default=3.0, help="seconds between bursts")
    parser.add_argument("--child", nargs=2, metavar=("FOLDER", "DRAFTING"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = child(
            Path(args.child[0]), args.child[1] == "1", args.seconds, args.cps, args.burst, args.gap
        )
        print(json.dumps(result))
        return

    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    table: dict[str, list[dict[str, Any]]] = {"drafts": [], "no drafts": []}
    for _ in range(args.repetitions):
        for name, flag in (("drafts", "1"), ("no drafts", "0")):
            with tempfile.TemporaryDirectory(prefix="sp-bench-draft-") as tmp:
                done = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        tmp,
                        flag,
                        "--seconds",
                        str(args.seconds),
                        "--cps",
                        str(args.cps),
                        "--burst",
                        str(args.burst),
                        "--gap",
                        str(args.gap),
                    ],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
            table[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(
        f"{args.repetitions} × {args.seconds:.0f} s of typing each way, {args.cps:g} keys/s in "
        f"bursts of {args.burst} with {args.gap:g} s between; medians (min–max)\n"
    )
    print(f"{'':<11}{'keys':>16}{'drafts/min':>18}{'CPU s':>22}{'CPU %':>20}{'one write ms':>22}")

    def fig(rows: list[dict[str, Any]], key: str, fmt: str) -> str:
        values = [r[key] for r in rows if r[key] is not None]
        if not values:
            return "–"
        return f"{statistics.median(values):{fmt}} ({min(values):{fmt}}–{max(values):{fmt}})"

    for name, rows in table.items():
        print(
            f"{name:<11}{fig(rows, 'keys', '.0f'):>16}{fig(rows, 'drafts_per_min', '.1f'):>18}"
            f"{fig(rows, 'cpu_s', '.3f'):>22}{fig(rows, 'cpu_pct', '.2f'):>20}"
            f"{fig(rows, 'write_ms_median', '.2f'):>22}"
        )
    maxes = [r["write_ms_max"] for r in table["drafts"] if r["write_ms_max"] is not None]
    if maxes:
        print(f"\nslowest single draft write seen: {max(maxes):.2f} ms")


if __name__ == "__main__":
    main()
