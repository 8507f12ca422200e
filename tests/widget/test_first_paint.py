"""ui/first_paint.py: the held-back start-up work runs after the tray icon's first paint."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from steadypause.ui.first_paint import (
    XCB_EVENT,
    AfterFirstPaint,
    ExposeWatch,
    icon_drawn_here,
    is_expose,
)


def _event(response_type: int) -> tuple[bytearray, int]:
    """An xcb event's first bytes and their address, as a native event filter gets them."""
    buffer = bytearray([response_type, 0, 0, 0])
    return buffer, int(shiboken6.VoidPtr(buffer))


def test_an_x11_expose_is_told_from_other_events() -> None:
    expose, expose_at = _event(12)
    sent, sent_at = _event(12 | 0x80)  # the same event sent by another client
    property_notify, property_at = _event(28)
    assert is_expose(XCB_EVENT, expose_at)
    assert is_expose(XCB_EVENT, sent_at)
    assert not is_expose(XCB_EVENT, property_at)
    assert not is_expose(b"windows_generic_MSG", expose_at)
    del expose, sent, property_notify


def test_the_watch_calls_back_on_an_expose_only() -> None:
    seen: list[str] = []
    watch = ExposeWatch(lambda: seen.append("exposed"))
    other, other_at = _event(28)
    assert watch.nativeEventFilter(XCB_EVENT, other_at) == (False, 0)  # never swallowed
    assert seen == []
    expose, expose_at = _event(12)
    assert watch.nativeEventFilter(XCB_EVENT, expose_at) == (False, 0)
    assert seen == ["exposed"]
    del other, expose


def test_an_icon_not_drawn_here_releases_the_work_at_once(qapp: QApplication) -> None:
    pixmap = QPixmap(16, 16)
    pixmap.fill("#4a7c74")
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.show()
    assert not icon_drawn_here(icon)  # offscreen: no X11, no XEmbed window of ours
    icon.hide()


def test_without_an_icon_drawn_here_the_work_is_queued_in_order(qtbot: QtBot) -> None:
    log: list[str] = []
    after = AfterFirstPaint([lambda: log.append("a"), lambda: log.append("b")])
    assert log == []  # from the event loop, not at once
    qtbot.waitUntil(lambda: log == ["a", "b"])
    assert not after.waiting


def test_the_work_waits_while_the_icon_has_not_painted(qtbot: QtBot, qapp: QApplication) -> None:
    log: list[str] = []
    after = AfterFirstPaint([lambda: log.append("work")], drawn_here=True, fallback_ms=60_000)
    for _ in range(5):
        qapp.processEvents()
    assert log == []  # no Expose (offscreen has no X11 events): nothing run
    assert after.waiting
    after.deleteLater()


def test_a_paint_that_never_comes_does_not_hold_the_work_forever(qtbot: QtBot) -> None:
    log: list[str] = []
    after = AfterFirstPaint([lambda: log.append("work")], drawn_here=True, fallback_ms=50)
    assert after.waiting
    qtbot.waitUntil(lambda: log == ["work"], timeout=2000)
    assert not after.waiting
