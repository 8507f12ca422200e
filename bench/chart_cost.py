"""What QtCharts would cost next to the QPainter chart the History window uses.

Needs an interpreter that has PySide6-Addons (QtCharts) installed beside
PySide6-Essentials, and this checkout on its path:

    python3 -m venv /tmp/charts && /tmp/charts/bin/pip install PySide6-Essentials==X \
        PySide6-Addons==X platformdirs
    PYTHONPATH=src /tmp/charts/bin/python bench/chart_cost.py [-r 9]

Reports, each from fresh processes (medians): the import of QtCharts against the import
of our history view module (both after QtWidgets and the history core are loaded), the
time from building a 90-day stacked chart with a second series to its first paint, and
the RSS growth; and the size on disk of the add-ons distribution against our chart code.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

DAYS = 90
CUES = ("work_timer", "unlock", "back_from_away", "manual")


def _rss() -> float:
    with Path("/proc/self/smaps_rollup").open() as f:
        for line in f:
            if line.startswith("Rss:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _data() -> list[tuple[dict[str, int], float | None]]:
    return [
        ({c: (d * 7 + i * 3) % 5 for i, c in enumerate(CUES)}, ((d % 7) - 3) / 2 if d % 3 else None)
        for d in range(DAYS)
    ]


def _qtcharts_view(data: list[tuple[dict[str, int], float | None]]):
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSet,
        QChart,
        QChartView,
        QLineSeries,
        QStackedBarSeries,
        QValueAxis,
    )
    from PySide6.QtCore import Qt

    chart = QChart()
    bars = QStackedBarSeries()
    for cue in CUES:
        s = QBarSet(cue)
        for counts, _ in data:
            s.append(counts[cue])
        bars.append(s)
    chart.addSeries(bars)
    line = QLineSeries()
    for i, (_, change) in enumerate(data):
        if change is not None:
            line.append(i, change)
    chart.addSeries(line)
    x = QBarCategoryAxis()
    x.append([str(i) for i in range(DAYS)])
    y, y2 = QValueAxis(), QValueAxis()
    y2.setRange(-3, 3)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(y2, Qt.AlignmentFlag.AlignRight)
    bars.attachAxis(x)
    bars.attachAxis(y)
    line.attachAxis(y2)
    view = QChartView(chart)
    view.resize(700, 260)
    return view


def _painter_view(data: list[tuple[dict[str, int], float | None]]):
    from datetime import date, timedelta

    from steadypause.core.summary import DaySummary, Summary
    from steadypause.ui.history_chart import DayChart

    start = date(2026, 1, 1)
    days = tuple(
        DaySummary(start + timedelta(days=i), counts, change)
        for i, (counts, change) in enumerate(data)
    )
    chart = DayChart()
    chart.set_summary(
        Summary(days=days, by_cue={c: 1 for c in CUES}, checkin_change=None, checkin_days=0)
    )
    chart.resize(700, 260)
    return chart


def child(kind: str) -> dict[str, float]:
    from PySide6.QtGui import QPaintEvent  # noqa: F401
    from PySide6.QtWidgets import QApplication

    # What the History window needs either way, loaded before the clock starts, so that
    # the figures are the chart's own: QtCharts' bindings, or our module beside them.
    import steadypause.core.history
    import steadypause.core.summary
    import steadypause.ui.theme

    app = QApplication([sys.argv[0]])
    app.processEvents()
    rss0 = _rss()
    t = time.perf_counter()
    if kind == "qtcharts":
        import PySide6.QtCharts  # noqa: F401
    else:
        import steadypause.ui.history_view  # noqa: F401
    imported = time.perf_counter() - t
    rss1 = _rss()

    painted: list[float] = []
    data = _data()
    t = time.perf_counter()
    view = _qtcharts_view(data) if kind == "qtcharts" else _painter_view(data)
    target = view.viewport() if kind == "qtcharts" else view
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watch = Watch()
    target.installEventFilter(watch)
    view.show()
    deadline = time.monotonic() + 20
    while not painted and time.monotonic() < deadline:
        app.processEvents()
    # The paint event has been delivered; let it finish before reading the clock again.
    app.processEvents()
    first = (painted[0] if painted else time.perf_counter()) - t
    return {
        "import_ms": imported * 1000,
        "first_paint_ms": first * 1000,
        "rss_import": rss1 - rss0,
        "rss_total": _rss() - rss0,
    }


def _dist_size(name: str) -> tuple[int, int]:
    dist = importlib.metadata.distribution(name)
    total = files = 0
    for f in dist.files or []:
        p = Path(dist.locate_file(f))
        if p.is_file():
            total += p.stat().st_size
            files += 1
    return total, files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-r", "--repetitions", type=int, default=9)
    parser.add_argument("--child", choices=("qtcharts", "painter"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: dict[str, list[dict[str, float]]] = {"qtcharts": [], "painter": []}
    for _ in range(args.repetitions):
        for kind in results:  # interleaved, so machine load falls on both alike
            out = subprocess.run(
                [sys.executable, __file__, "--child", kind],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            results[kind].append(json.loads(out.strip().splitlines()[-1]))

    import PySide6

    addons, n = _dist_size("PySide6-Addons")
    essentials, _ = _dist_size("PySide6-Essentials")
    qt = Path(PySide6.__file__).parent
    charts = sum(
        p.stat().st_size
        for p in (*qt.glob("QtCharts*"), *(qt / "Qt" / "lib").glob("libQt6Charts*"))
    )
    ours = Path(__file__).resolve().parents[1] / "src/steadypause/ui/history_chart.py"
    print(
        f"PySide6 {PySide6.__version__}; {args.repetitions} fresh processes each, medians "
        "(min–max)\n"
    )
    print(
        f"{'':<22}{'import ms':>18}{'build → first paint ms':>26}{'RSS MiB import':>18}"
        f"{'RSS MiB total':>16}"
    )
    for kind, label in (("qtcharts", "QtCharts"), ("painter", "QPainter DayChart")):
        rs = results[kind]

        def med(key: str, rs: list[dict[str, float]] = rs) -> str:
            v = [r[key] for r in rs]
            return f"{statistics.median(v):.1f} ({min(v):.1f}–{max(v):.1f})"

        print(
            f"{label:<22}{med('import_ms'):>18}{med('first_paint_ms'):>26}"
            f"{statistics.median(r['rss_import'] for r in rs):>18.1f}"
            f"{statistics.median(r['rss_total'] for r in rs):>16.1f}"
        )
    print(
        f"\non disk: PySide6-Addons {addons / 2**20:.0f} MiB in {n} files (QtCharts' own "
        f"libraries {charts / 2**20:.1f} MiB of it), beside PySide6-Essentials "
        f"{essentials / 2**20:.0f} MiB; history_chart.py {ours.stat().st_size / 1024:.0f} KiB"
    )


if __name__ == "__main__":
    main()
