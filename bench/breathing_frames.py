"""Frame pacing and CPU cost of the breathing guide, next to a bare animated circle.

Shows ``BreathingWidget`` and a minimal QWidget + QVariantAnimation circle in turn, each for the
same number of seconds, several times over, recording when each frame is painted and how much
CPU time the process uses. Prints a table; there is no pass or fail.

    .venv/bin/python bench/breathing_frames.py              # offscreen unless $DISPLAY is set
    .venv/bin/python bench/breathing_frames.py -s 5 -r 5
    .venv/bin/python bench/breathing_frames.py --json      # one JSON line (bench/run_all.py)
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

DROP_GAP_S = 0.025  # 1.5 x a 60 Hz frame interval (16.7 ms)
SIZE = (260, 300)


@dataclass
class Trial:
    kind: str
    repetition: int
    frames: int
    seconds: float
    median_fps: float
    mean_fps: float
    dropped: int
    cpu_per_s: float


def _summarise(kind: str, repetition: int, stamps: list[float], wall: float, cpu: float) -> Trial:
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    median_gap = statistics.median(gaps) if gaps else 0.0
    return Trial(
        kind=kind,
        repetition=repetition,
        frames=len(stamps),
        seconds=wall,
        median_fps=1.0 / median_gap if median_gap > 0 else 0.0,
        mean_fps=len(stamps) / wall if wall > 0 else 0.0,
        dropped=sum(1 for gap in gaps if gap > DROP_GAP_S),
        cpu_per_s=cpu / wall if wall > 0 else 0.0,
    )


def _build(stamps: list[float]) -> dict[str, Callable[[], object]]:
    """Factories for the two widgets under test, each appending paint times to ``stamps``."""
    from PySide6.QtCore import QPointF, Qt, QVariantAnimation
    from PySide6.QtGui import QPainter, QPalette
    from PySide6.QtWidgets import QWidget

    from steadypause.ui.breathing import BreathingWidget

    class TimedBreathing(BreathingWidget):
        def paintEvent(self, event):
            stamps.append(time.perf_counter())
            super().paintEvent(event)

    class BareCircle(QWidget):
        """The least a growing and shrinking circle can cost: one animation, one ellipse."""

        def __init__(self) -> None:
            super().__init__()
            self._value = 0.0
            self._animation = QVariantAnimation(self)
            self._animation.setStartValue(0.0)
            self._animation.setKeyValueAt(0.4, 1.0)
            self._animation.setEndValue(0.0)
            self._animation.setDuration(10_000)
            self._animation.setLoopCount(-1)
            self._animation.valueChanged.connect(self._on_value)

        def _on_value(self, value: float) -> None:
            self._value = value
            self.update()

        def start(self) -> None:
            self._animation.start()

        def stop(self) -> None:
            self._animation.stop()

        def paintEvent(self, event):
            stamps.append(time.perf_counter())
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            radius = min(self.width(), self.height()) / 2.0 * (0.45 + 0.55 * self._value)
            painter.drawEllipse(QPointF(self.width() / 2.0, self.height() / 2.0), radius, radius)
            painter.end()

    def app_widget() -> object:
        widget = TimedBreathing(4.0, 6.0, 20)
        widget.finished.connect(widget.restart)  # keep breathing for as long as the trial runs
        return widget

    return {"app": app_widget, "bare": BareCircle}


def _wait(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may end 5 % early
    timer.timeout.connect(loop.quit)
    timer.start(round(seconds * 1000))
    loop.exec()


def run(seconds: float, repetitions: int) -> list[Trial]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    print(f"platform: {app.platformName()}, {seconds:g} s x {repetitions} per widget\n")
    stamps: list[float] = []
    factories = _build(stamps)
    trials: list[Trial] = []
    for repetition in range(1, repetitions + 1):
        order = ("app", "bare") if repetition % 2 else ("bare", "app")
        for kind in order:
            widget = factories[kind]()
            widget.resize(*SIZE)
            widget.setWindowTitle(f"breathing bench: {kind}")
            widget.show()
            _wait(0.3)  # mapped and painted once before measuring
            widget.start()
            _wait(0.2)
            stamps.clear()
            wall0, cpu0 = time.perf_counter(), time.process_time()
            _wait(seconds)
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            trials.append(_summarise(kind, repetition, list(stamps), wall, cpu))
            widget.stop()
            widget.close()
            widget.deleteLater()
            _wait(0.1)
    return trials


def _print(trials: list[Trial]) -> None:
    header = (
        f"{'rep':>3}  {'widget':<6} {'frames':>6} {'median fps':>10} {'mean fps':>9} "
        f"{'dropped':>7} {'CPU s/s':>8}"
    )
    print(header)
    print("-" * len(header))
    for t in trials:
        print(
            f"{t.repetition:>3}  {t.kind:<6} {t.frames:>6} {t.median_fps:>10.1f} "
            f"{t.mean_fps:>9.1f} {t.dropped:>7} {t.cpu_per_s:>8.3f}"
        )

    def median(kind: str, field: str) -> float:
        return statistics.median(getattr(t, field) for t in trials if t.kind == kind)

    print()
    print(f"{'median over reps':<18} {'app':>8} {'bare':>8} {'app/bare':>9}")
    for label, field in (
        ("median fps", "median_fps"),
        ("mean fps", "mean_fps"),
        ("dropped (>25 ms)", "dropped"),
        ("CPU s/s", "cpu_per_s"),
    ):
        app, bare = median("app", field), median("bare", field)
        ratio = f"{app / bare:9.2f}" if bare else f"{'-':>9}"
        print(f"{label:<18} {app:>8.3f} {bare:>8.3f} {ratio}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-s",
        "--seconds",
        type=float,
        default=10.0,
        help="how long each widget animates per repetition (default 10)",
    )
    parser.add_argument(
        "-r",
        "--repetitions",
        type=int,
        default=3,
        help="how many times each widget is shown, interleaved (default 3)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the trials as one JSON line after the table"
    )
    args = parser.parse_args(argv)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    trials = run(args.seconds, args.repetitions)
    _print(trials)
    if args.json:
        print(json.dumps([dataclasses.asdict(t) for t in trials]))


if __name__ == "__main__":
    main()
