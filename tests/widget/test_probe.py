"""The off-by-default measurement hooks that bench/run_all.py reads (STEADYPAUSE_BENCH=1)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause.core.routine import Routine
from steadypause.probe import Probe
from steadypause.ui.pause_options import PauseOptions
from steadypause.ui.pause_window import PauseWindow
from steadypause.ui.prompt import PromptWindow


def test_probe_counts_timer_events_by_class_and_marks_first_paints(
    qtbot: QtBot, qapp: QApplication, routines: dict[str, Routine]
) -> None:
    probe = Probe(qapp)
    try:
        timer = QTimer()
        timer.setInterval(1)
        timer.start()
        qtbot.waitUntil(lambda: probe.timer_events["QTimer"] >= 3)
        timer.stop()

        probe.mark("cue")
        prompt = PromptWindow("Time for a pause", "An hour has passed.", timeout_ms=60_000)
        qtbot.addWidget(prompt)
        prompt.show_near()
        qtbot.waitUntil(lambda: probe.marks["prompt_painted"] is not None)
        assert probe.marks["prompt_painted"] >= probe.marks["cue"]
        report = probe.report()
        assert report["start_button"] is not None
        assert report["visible_windows"] >= 1

        qtbot.mouseClick(prompt.start_button, Qt.MouseButton.LeftButton)
        assert probe.marks["start"] is not None
        window = PauseWindow(routines["full"], PauseOptions(2.0, 2.0, 1))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: probe.marks["first_frame"] is not None)
        assert probe.marks["first_frame"] >= probe.marks["start"]
    finally:
        qapp.removeEventFilter(probe)
        probe.deleteLater()
