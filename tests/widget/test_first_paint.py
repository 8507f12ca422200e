"""ui/first_paint.py: the held-back start-up work runs after the tray icon's first paint."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from steadypause.ui import first_paint
from steadypause.ui.first_paint import AfterFirstPaint


class QSystemTrayIconSys(QWidget):  # named as Qt's XEmbed icon window, which is looked for
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def paintEvent(self, event: QPaintEvent) -> None:
        self.log.append("paint")


def test_without_an_icon_window_the_work_is_queued_in_order(qtbot: QtBot) -> None:
    log: list[str] = []
    after = AfterFirstPaint([lambda: log.append("a"), lambda: log.append("b")])
    assert log == []  # from the event loop, not at once
    qtbot.waitUntil(lambda: log == ["a", "b"])
    assert not after.waiting


def test_the_work_waits_for_the_icon_windows_first_paint(qtbot: QtBot, qapp: QApplication) -> None:
    log: list[str] = []
    window = QSystemTrayIconSys(log)
    qtbot.addWidget(window)
    assert first_paint.icon_window() is window
    after = AfterFirstPaint([lambda: log.append("look"), lambda: log.append("sources")])
    for _ in range(5):
        qapp.processEvents()
    assert log == []  # not shown: no paint, nothing run
    assert after.waiting
    window.show()
    qtbot.waitUntil(lambda: "sources" in log)
    assert log[0] == "paint"
    assert [x for x in log if x != "paint"] == ["look", "sources"]
    assert not after.waiting


def test_a_paint_that_never_comes_does_not_hold_the_work_forever(qtbot: QtBot) -> None:
    log: list[str] = []
    window = QSystemTrayIconSys(log)
    qtbot.addWidget(window)
    after = AfterFirstPaint([lambda: log.append("work")], fallback_ms=50)
    assert after.waiting
    qtbot.waitUntil(lambda: log == ["work"], timeout=2000)
    assert not after.waiting
