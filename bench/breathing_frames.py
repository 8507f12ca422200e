"""Frame pacing and CPU cost of the breathing guide, next to a bare animated circle.

Shows, in turn and interleaved, each for the same number of seconds, several times over:

- ``app``: ``BreathingWidget`` as it ships (frames paced by the motion, docs/adr/016);
- ``app60``: the same widget drawing a frame every refresh period, as it did before
  (``timeline.step_px = 0``), for the radius-per-frame comparison;
- ``bare``: a minimal QWidget + QVariantAnimation circle at Qt's 60 fps, the baseline.

The frame log: for each frame painted, the time, the radius drawn (the disc's edge, in device
pixels) and how far behind its schedule it came. From it: frames per breath, the largest
radius step in device px, and late frames (more than 1.5 frame periods behind schedule; for
the bare circle, gaps over 1.5 periods). CPU: this process's, and with ``--xserver-pid`` the
X server's over the same seconds. Prints a table; there is no pass or fail.

    .venv/bin/python bench/breathing_frames.py              # offscreen unless $DISPLAY is set
    .venv/bin/python bench/breathing_frames.py -s 5 -r 5
    .venv/bin/python bench/breathing_frames.py --kinds app -s 180 -r 1   # 3 minutes' late frames
    .venv/bin/python bench/breathing_frames.py --scale 2   # 200 % (QT_SCALE_FACTOR)
    .venv/bin/python bench/breathing_frames.py --json      # one JSON line (bench/run_all.py)
    .venv/bin/python bench/breathing_frames.py --floor -s 6   # what one frame costs, in parts
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import math
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FRAME_S = 1.0 / 60.0
DROP_GAP_S = 1.5 * FRAME_S  # 25 ms: a frame this far behind its schedule is late
SIZE = (260, 300)
INHALE_S, EXHALE_S = 4.0, 6.0


@dataclass
class Frame:
    """One painted frame: when (perf_counter s), the disc's radius (device px), how late (s)."""

    t: float
    radius: float
    late: float


@dataclass
class Trial:
    kind: str
    repetition: int
    frames: int
    seconds: float
    median_fps: float
    mean_fps: float
    dropped: int  # late frames (see the module's docstring)
    cpu_per_s: float
    xserver_cpu_per_s: float
    frames_per_breath: float
    max_step_px: float
    scale: float


def _summarise(
    kind: str, repetition: int, log: list[Frame], wall: float, cpu: float, xcpu: float
) -> Trial:
    stamps = [f.t for f in log]
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    median_gap = statistics.median(gaps) if gaps else 0.0
    if kind == "bare":
        late = sum(1 for gap in gaps if gap > DROP_GAP_S)
    else:
        late = sum(1 for f in log if f.late > DROP_GAP_S)
    steps = [abs(b.radius - a.radius) for a, b in itertools.pairwise(log)]
    return Trial(
        kind=kind,
        repetition=repetition,
        frames=len(stamps),
        seconds=wall,
        median_fps=1.0 / median_gap if median_gap > 0 else 0.0,
        mean_fps=len(stamps) / wall if wall > 0 else 0.0,
        dropped=late,
        cpu_per_s=cpu / wall if wall > 0 else 0.0,
        xserver_cpu_per_s=xcpu / wall if wall > 0 else 0.0,
        frames_per_breath=len(stamps) / wall * (INHALE_S + EXHALE_S) if wall > 0 else 0.0,
        max_step_px=max(steps, default=0.0),
        scale=float(os.environ.get("QT_SCALE_FACTOR", "1") or 1),
    )


def _process_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) of process ``pid`` so far; 0 without one."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _build(log: list[Frame]) -> dict[str, Callable[[], object]]:
    """Factories for the widgets under test, each appending its frames to ``log``."""
    from PySide6.QtCore import QPointF, Qt, QVariantAnimation
    from PySide6.QtGui import QPainter, QPalette
    from PySide6.QtWidgets import QWidget

    from steadypause.ui.breathing import BreathingWidget

    class TimedBreathing(BreathingWidget):
        """Logs each frame as the clock hands it to the widget, which paints it at once: the
        time, the disc's radius (its edge, device px) and how late the frame came. Plain
        Python between the clock and the widget, as in the widget itself: a signal or reads
        through PySide here would add their own cost to every frame measured."""

        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self.timeline = self._exercise._timeline  # the bench reads its schedule
            clock = self.timeline._clock
            circle = self.circle
            draw = self._on_value
            smallest = self.MIN_SCALE_RADIUS
            ratio = self.devicePixelRatioF()

            def frame(scale: float) -> None:
                now = time.perf_counter()
                radius = circle.max_radius * (smallest + (1.0 - smallest) * scale) * ratio
                log.append(Frame(now, radius, clock.lateness_ms / 1000.0))
                draw(scale)

            self._exercise.draw_frames_with(frame)

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
            log.append(Frame(time.perf_counter(), 0.0, 0.0))
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            radius = min(self.width(), self.height()) / 2.0 * (0.45 + 0.55 * self._value)
            painter.drawEllipse(QPointF(self.width() / 2.0, self.height() / 2.0), radius, radius)
            painter.end()

    def app_widget() -> TimedBreathing:
        widget = TimedBreathing(INHALE_S, EXHALE_S, 20)
        widget.finished.connect(widget.restart)  # keep breathing for as long as the trial runs
        return widget

    def app_every_refresh() -> TimedBreathing:
        widget = app_widget()
        widget.timeline.step_px = 0.0  # a frame every refresh period, as before issue 18
        return widget

    return {"app": app_widget, "app60": app_every_refresh, "bare": BareCircle}


def _wait(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may end 5 % early
    timer.timeout.connect(loop.quit)
    timer.start(round(seconds * 1000))
    loop.exec()


def run(
    seconds: float, repetitions: int, kinds: list[str], xserver: int | None
) -> tuple[list[Trial], dict[str, list[Frame]]]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    print(
        f"platform: {app.platformName()}, {seconds:g} s x {repetitions} per widget, "
        f"load average {' '.join(Path('/proc/loadavg').read_text().split()[:3])}\n"
    )
    log: list[Frame] = []
    factories = _build(log)
    trials: list[Trial] = []
    first_logs: dict[str, list[Frame]] = {}
    for repetition in range(1, repetitions + 1):
        order = kinds if repetition % 2 else list(reversed(kinds))
        for kind in order:
            widget = factories[kind]()
            widget.resize(*SIZE)
            widget.setWindowTitle(f"breathing bench: {kind}")
            widget.show()
            _wait(0.3)  # mapped and painted once before measuring
            widget.start()
            _wait(0.2)
            log.clear()
            wall0, cpu0, x0 = time.perf_counter(), time.process_time(), _process_cpu(xserver)
            _wait(seconds)
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            xcpu = _process_cpu(xserver) - x0
            trials.append(_summarise(kind, repetition, list(log), wall, cpu, xcpu))
            first_logs.setdefault(kind, list(log))
            widget.stop()
            widget.close()
            widget.deleteLater()
            _wait(0.1)
    return trials, first_logs


def _switches() -> int:
    """Context switches of this process's main thread so far."""
    fields = dict(
        line.split(":", 1)
        for line in Path("/proc/self/status").read_text().splitlines()
        if "ctxt_switches" in line
    )
    return sum(int(value) for value in fields.values())


def floor(seconds: float, hz: float, xserver: int | None) -> None:
    """What a frame costs before and after anything is drawn: a timer at ``hz`` whose slot
    does nothing, repaints a tiny rectangle, opens a painter on a 220 px square, draws one
    opaque disc there, or moves the guide one frame (``set_scale``). CPU per frame of this
    process and of the X server, and context switches per frame (docs/adr/016)."""
    from PySide6.QtCore import QPointF, QRect, Qt, QTimer
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    from steadypause.ui.breathing import BreathingWidget

    app = QApplication.instance() or QApplication([])
    print(f"platform: {app.platformName()}, {hz:g} frames a second for {seconds:g} s each")
    print(f"{'frame':<12} {'app us':>7} {'X us':>6} {'switches':>8}")

    class Probe(QWidget):
        def __init__(self, mode: str) -> None:
            super().__init__()
            self.mode = mode
            self.size_ = 0.5

        def paintEvent(self, event):
            if self.mode == "tiny":
                return
            painter = QPainter(self)
            if self.mode == "disc":
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(80, 120, 200))
                radius = 100.0 * self.size_
                painter.drawEllipse(QPointF(130.0, 130.0), radius, radius)
            painter.end()

    for mode in ("slot", "tiny", "painter", "disc", "guide"):
        widget = BreathingWidget(INHALE_S, EXHALE_S, 20) if mode == "guide" else Probe(mode)
        widget.resize(*SIZE)
        widget.show()
        _wait(0.5)
        count = [0]

        def tick(mode: str = mode, widget: QWidget = widget, count: list[int] = count) -> None:
            count[0] += 1
            size = 0.5 + 0.5 * math.sin(count[0] / 40.0)
            if isinstance(widget, BreathingWidget):
                widget.set_scale(size)
            elif mode != "slot":
                widget.size_ = size  # type: ignore[attr-defined]
                widget.update(QRect(20, 20, 4, 4) if mode == "tiny" else QRect(20, 20, 220, 220))

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(tick)
        timer.start(round(1000.0 / hz))
        s0, c0, x0 = _switches(), time.process_time(), _process_cpu(xserver)
        _wait(seconds)
        cpu, xcpu, switches = (
            time.process_time() - c0,
            _process_cpu(xserver) - x0,
            _switches() - s0,
        )
        timer.stop()
        frames = max(1, count[0])
        print(
            f"{mode:<12} {cpu / frames * 1e6:>7.0f} {xcpu / frames * 1e6:>6.0f} "
            f"{switches / frames:>8.2f}"
        )
        widget.close()
        widget.deleteLater()
        _wait(0.1)


def _print_sequences(logs: dict[str, list[Frame]], seconds: float = 1.5) -> None:
    """The radius per frame over the first ``seconds`` of each app trial, side by side."""
    columns = [k for k in ("app60", "app") if k in logs]
    if not columns:
        return
    print(f"radius per frame (device px), first {seconds:g} s of a trial, t in ms:")
    series = {}
    for kind in columns:
        frames = logs[kind]
        t0 = frames[0].t if frames else 0.0
        series[kind] = [(f.t - t0, f.radius) for f in frames if f.t - t0 <= seconds]
    for kind in columns:
        cells = " ".join(f"{t * 1000:.0f}:{r:.2f}" for t, r in series[kind])
        print(f"  {kind:<6} ({len(series[kind])} frames) {cells}")
    print()


def _print(trials: list[Trial]) -> None:
    header = (
        f"{'rep':>3}  {'widget':<6} {'frames':>6} {'median fps':>10} {'mean fps':>9} "
        f"{'late':>5} {'CPU s/s':>8} {'X s/s':>7} {'fr/breath':>9} {'max step':>8}"
    )
    print(header)
    print("-" * len(header))
    for t in trials:
        print(
            f"{t.repetition:>3}  {t.kind:<6} {t.frames:>6} {t.median_fps:>10.1f} "
            f"{t.mean_fps:>9.1f} {t.dropped:>5} {t.cpu_per_s:>8.4f} "
            f"{t.xserver_cpu_per_s:>7.4f} {t.frames_per_breath:>9.0f} {t.max_step_px:>8.3f}"
        )
    kinds = list(dict.fromkeys(t.kind for t in trials))

    def median(kind: str, field: str) -> float:
        return statistics.median(getattr(t, field) for t in trials if t.kind == kind)

    print()
    print(f"{'median over reps':<18} " + " ".join(f"{k:>8}" for k in kinds) + "  app/bare")
    for label, field in (
        ("median fps", "median_fps"),
        ("mean fps", "mean_fps"),
        ("late (>25 ms)", "dropped"),
        ("CPU s/s", "cpu_per_s"),
        ("X server s/s", "xserver_cpu_per_s"),
        ("frames/breath", "frames_per_breath"),
        ("max step px", "max_step_px"),
    ):
        values = [median(k, field) for k in kinds]
        cells = " ".join(f"{v:>8.4f}" for v in values)
        ratio = ""
        if "app" in kinds and "bare" in kinds and median("bare", field):
            ratio = f"{median('app', field) / median('bare', field):9.2f}"
        print(f"{label:<18} {cells} {ratio}")


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
        "--kinds",
        nargs="+",
        choices=("app", "app60", "bare"),
        default=["app", "app60", "bare"],
        help="which widgets to show (default all three)",
    )
    parser.add_argument("--scale", type=float, help="QT_SCALE_FACTOR, e.g. 2 for 200 %%")
    parser.add_argument("--xserver-pid", type=int, help="also count this X server's CPU time")
    parser.add_argument(
        "--json", action="store_true", help="print the trials as one JSON line after the table"
    )
    parser.add_argument(
        "--floor",
        action="store_true",
        help="instead: the cost of a frame at a fixed 30 per second, from a bare timer up "
        "to the guide's frame (-s seconds each)",
    )
    args = parser.parse_args(argv)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    if args.floor:
        floor(args.seconds, 30.0, args.xserver_pid)
        return
    trials, logs = run(args.seconds, args.repetitions, args.kinds, args.xserver_pid)
    _print_sequences(logs)
    _print(trials)
    if args.json:
        print(json.dumps([dataclasses.asdict(t) for t in trials]))


if __name__ == "__main__":
    main()
