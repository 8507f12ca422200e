"""Composition root: builds everything once, wires it together, runs the event loop.

No behaviour of its own lives here; see controller.py for what the running app does.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

from steadypause import APP_NAME, DISPLAY_NAME, __version__
from steadypause.core.clock import SystemClock
from steadypause.core.routine import RoutineError, load_builtin_routines
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import SettingsStore

log = logging.getLogger(__name__)

PIXMAP_CACHE_KB = 1024

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _setup_logging() -> None:
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    qt_log = logging.getLogger("qt")

    def qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(qt_message)

    def excepthook(kind: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, value, tb))

    sys.excepthook = excepthook


def run(*, initial_command: str | None = None, autostart: bool = False) -> int:
    """Start Steady Pause (or hand ``initial_command`` to the one already running)."""
    from steadypause.controller import Controller, scheduler_config
    from steadypause.ipc import IpcError, claim_instance, send_command
    from steadypause.ui import theme
    from steadypause.ui.icons import icon

    _setup_logging()
    # Everything this process creates (settings, the instance lock, later the history) is
    # for this user alone, whatever the session's umask.
    os.umask(0o077)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.steadypause.SteadyPause")
    app.setQuitOnLastWindowClosed(False)
    # The style caches pixmaps keyed by each widget's palette, and every pause window and
    # prompt has new palettes (muted labels), so Qt's default 10 MB cache filled up over a
    # few hundred windows and stayed full: +11 MB after 500 pauses and 500 prompts
    # (bench/RESULTS.md). These few small windows need far less.
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)

    holder: dict[str, Controller] = {}
    probe = None
    if os.environ.get("STEADYPAUSE_BENCH") == "1":  # measurement hooks for bench/
        from steadypause.probe import Probe

        probe = Probe(app)

    def handle(cmd: str, args: dict) -> dict:
        if probe is not None and cmd == "timer-now":
            probe.mark("cue")
        result = holder["controller"].handle_command(cmd, args)
        if probe is not None and cmd == "status":
            result["bench"] = probe.report()
        return result

    try:
        server = claim_instance(handle)
    except IpcError as exc:
        print(f"steadypause: cannot start: {exc}", file=sys.stderr)
        return 1
    if server is None:
        if initial_command == "pause":
            try:
                send_command("pause", {"source": "cli"})
            except IpcError as exc:  # it answered a ping a moment ago, then went away
                print(f"steadypause: could not open a pause: {exc}", file=sys.stderr)
                return 1
            print("Opening a pause.")
        else:
            print("Steady Pause is already running.")
        return 0

    store = SettingsStore(Path(platformdirs.user_config_dir(APP_NAME)))
    loaded = store.load()
    settings = loaded.settings
    theme.apply(app, settings.theme)
    app.setWindowIcon(icon("steadypause"))
    try:
        routines = load_builtin_routines()
    except RoutineError as exc:  # a packaging bug, not the user's doing
        log.critical("%s", exc)
        print(f"steadypause: a built-in routine is broken: {exc}", file=sys.stderr)
        server.close()
        return 1

    clock = SystemClock()
    scheduler = Scheduler(clock, scheduler_config(settings))
    controller = Controller(clock, scheduler, settings, routines)
    holder["controller"] = controller
    controller.start()
    log.info("started %s %s (autostart=%s, tray=%s)", APP_NAME, __version__, autostart,
             controller.tray_mode)
    if loaded.messages:
        text = "\n".join(loaded.messages)
        QTimer.singleShot(0, lambda: controller.notify(text))
    if initial_command == "pause":
        QTimer.singleShot(0, lambda: controller.pause_now("cli"))
    try:
        return app.exec()
    finally:
        server.close()
