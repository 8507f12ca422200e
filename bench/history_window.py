"""Opening the History window over five years of dense history, next to an empty one.

Each repetition is a fresh process (so memory figures are not shared between runs) that
creates the QApplication, then opens the window and waits for the chart's first paint.
Reported: time from "open the window" to the chart's first paint, time to switch to 90
days and repaint, and the process's RSS and PSS (from /proc/self/smaps_rollup) before and
after. Medians over the repetitions; there is no pass or fail.

    .venv/bin/python bench/history_window.py               # offscreen unless $DISPLAY is set
    .venv/bin/python bench/history_window.py -r 9 --years 5 --per-day 50
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
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _memory() -> dict[str, float]:
    """RSS and PSS of this process in MiB (Linux)."""
    out = {}
    with Path("/proc/self/smaps_rollup").open() as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("Rss", "Pss"):
                out[key.lower()] = int(rest.split()[0]) / 1024
    return out


def child(path: Path, today: date) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from steadypause.ui import theme
    from steadypause.ui.history_view import HistoryWindow

    app = QApplication([sys.argv[0]])
    theme.apply(app, "light")
    app.processEvents()
    before = _memory()
    painted: list[float] = []

    t0 = time.perf_counter()
    window = HistoryWindow(path, lambda: today)
    window.chart.painted.connect(lambda: painted.append(time.perf_counter()))
    window.show()
    deadline = time.monotonic() + 30
    while not painted and time.monotonic() < deadline:
        app.processEvents()
    first = painted[0] - t0
    n = len(painted)
    t1 = time.perf_counter()
    window.set_days(90)
    while len(painted) == n and time.monotonic() < deadline:
        app.processEvents()
    switch = painted[-1] - t1
    after = _memory()
    rows = window.entries_model().rowCount()
    window.close()
    return {
        "first_paint_ms": first * 1000,
        "switch_90_ms": switch * 1000,
        "rss_before": before["rss"],
        "rss_after": after["rss"],
        "pss_before": before["pss"],
        "pss_after": after["pss"],
        "rows_90": rows,
    }


def run(path: Path, today: date, reps: int) -> list[dict[str, float]]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    results = []
    for _ in range(reps):
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(path), today.isoformat()],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-r", "--repetitions", type=int, default=7)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--per-day", type=int, default=50)
    parser.add_argument("--child", nargs=2, metavar=("PATH", "TODAY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child[0]), date.fromisoformat(args.child[1]))))
        return

    sys.path.insert(0, str(HERE))
    from history_data import fill

    from steadypause.core import history

    today = date.today()
    with tempfile.TemporaryDirectory(prefix="sp-bench-") as tmp:
        empty = Path(tmp) / "empty" / history.FILE_NAME
        dense = Path(tmp) / "dense" / history.FILE_NAME
        days = args.years * 365
        t = time.perf_counter()
        rows = fill(dense, days, args.per_day, seed=5, today=today, weekend=1.0)
        print(
            f"generated {rows:,} rows over {days:,} days in {time.perf_counter() - t:.1f} s; "
            f"file {dense.stat().st_size / 2**20:.1f} MiB"
        )
        t = time.perf_counter()
        read = history.read(dense, since=today.fromordinal(today.toordinal() - 89))
        print(
            f"in-process read of 90 days ({len(read):,} rows): "
            f"{(time.perf_counter() - t) * 1000:.0f} ms"
        )

        table = {}
        for name, path in (("empty", empty), ("5 years dense", dense)):
            table[name] = run(path, today, args.repetitions)
        print(f"\n{args.repetitions} fresh processes each; medians (min–max)\n")
        print(
            f"{'history':<15}{'first paint ms':>22}{'switch to 90 d ms':>22}"
            f"{'RSS MiB before→after':>24}{'PSS MiB before→after':>24}"
        )
        for name, results in table.items():
            print(
                f"{name:<15}{_col(results, 'first_paint_ms'):>22}"
                f"{_col(results, 'switch_90_ms'):>22}"
                f"{_mem(results, 'rss'):>24}{_mem(results, 'pss'):>24}"
            )


def _col(results: list[dict[str, float]], key: str) -> str:
    values = [r[key] for r in results]
    return f"{statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


def _mem(results: list[dict[str, float]], kind: str) -> str:
    b = statistics.median(r[f"{kind}_before"] for r in results)
    a = statistics.median(r[f"{kind}_after"] for r in results)
    return f"{b:.1f} → {a:.1f} (+{a - b:.1f})"


if __name__ == "__main__":
    main()
