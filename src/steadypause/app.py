"""Composition root: builds everything once, wires it together, runs the event loop.

No behaviour of its own lives here; see the session package for what the running app does.
"""

from __future__ import annotations

import linecache
import logging
import os
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

from steadypause import APP_ID, APP_NAME, DISPLAY_NAME, __version__
from steadypause.core.i18n import translate

if TYPE_CHECKING:
    from datetime import date

    from steadypause.core.clock import SystemClock
    from steadypause.core.scheduler import Scheduler
    from steadypause.core.settings import Settings
    from steadypause.probe import Probe
    from steadypause.session.commands import CommandTable
    from steadypause.session.controller import Controller

log = logging.getLogger(__name__)

PIXMAP_CACHE_KB = 1024

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _setup_logging() -> None:
    logging.basicConfig(
        level=logging.INFO,  # i18n-exempt: the log's format
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    qt_log = logging.getLogger("qt")

    def qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(qt_message)

    def excepthook(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        log.critical("unexpected error", exc_info=(kind, value, tb))

    sys.excepthook = excepthook


def desktop_file_name() -> str:
    """The name the app gives desktops to find its launcher entry by (docs/adr/011).

    Under Wayland Qt sends it as the window's app id; GNOME Shell shows the name of the
    launcher entry with that id, or, when there is none, the app id itself. So it is the
    launcher entry's id (packaging/linux) where that entry is installed, and otherwise
    (a plain pip install) the app's name, which reads well in the top bar.
    """
    if not sys.platform.startswith("linux"):
        return APP_ID
    from steadypause.platform.launcher_entry import installed_entry

    entry = installed_entry()
    if entry is None:
        log.info(
            "no launcher entry %s.desktop installed: windows are named %r", APP_ID, DISPLAY_NAME
        )
        return DISPLAY_NAME
    return APP_ID


def name_application(app: QApplication) -> None:
    """The names desktops show, and the desktop file they look up for icons.

    Notifications (the tray's messages on the freedesktop notification service) and
    Wayland compositors find the app's icon and name through the desktop file name
    (:func:`desktop_file_name`).
    """
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(desktop_file_name())


def _make_application() -> QApplication:
    # Everything this process creates (settings, the instance lock, later the history) is
    # for this user alone, whatever the session's umask.
    os.umask(0o077)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    name_application(app)
    app.setQuitOnLastWindowClosed(False)
    # The style caches pixmaps keyed by each widget's palette, and every pause window and
    # prompt has new palettes (muted labels), so Qt's default 10 MB cache filled up over a
    # few hundred windows and stayed full: +11 MB after 500 pauses and 500 prompts
    # (bench/RESULTS.md). These few small windows need far less.
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    return app


def _speak_the_persons_language() -> None:
    """For a message before the settings are loaded: the ``language`` setting alone."""
    from steadypause import translations
    from steadypause.core.settings.language_hint import language_hint

    translations.install(language_hint())


def _hand_over(initial_command: str | None, routine: str | None = None) -> int:
    """Another Steady Pause is running: hand it a pause if one was asked for (``routine``:
    that routine's id)."""
    from steadypause.ipc.client import send_command
    from steadypause.ipc.errors import IpcError

    if initial_command == "pause":
        args = {"source": "cli"} if routine is None else {"source": "cli", "routine": routine}
        try:
            send_command("pause", args)
        except IpcError as exc:  # it answered a ping a moment ago, then went away
            print(
                translate("Cli", "steadypause: could not open a pause: {error}").format(error=exc),
                file=sys.stderr,
            )
            return 1
        print(translate("Cli", "Opening a pause."))
    else:
        print(translate("Cli", "Steady Pause is already running."))
    return 0


def make_scheduler(clock: SystemClock, settings: Settings) -> Scheduler:
    from steadypause.core import daymarks
    from steadypause.core.scheduler import Scheduler
    from steadypause.session.scheduler_config import scheduler_config

    scheduler = Scheduler(clock, scheduler_config(settings))
    # What today already had (a good morning, a closed day) survives a restart.
    marks_path = daymarks.default_path()
    marks = daymarks.load(marks_path, clock.now().date())
    scheduler.restore_day_marks(marks.started, marks.closed)

    def save_marks(started: date | None, closed: date | None) -> None:
        daymarks.save(marks_path, daymarks.DayMarks(started, closed))

    scheduler.on_day_marks = save_marks
    return scheduler


def _look(app: QApplication, theme_setting: Callable[[], str]) -> None:
    """The look (Fusion and the palette) is for windows, and with a tray icon none is open
    at start: it is kept back (ui/look.py) until the first window or the tray's menu needs
    it. Importing and applying the theme costs ~2.5 MiB and ~30 ms (resolving the "system"
    theme makes PySide6 build the whole Qt namespace, ~90 enum types, and the style its
    own). Without a tray the status window opens at once: it gets the look first.
    ``theme_setting`` reads the setting (loading the settings if that has not been done)."""
    from steadypause.ui import look
    from steadypause.ui.tray import TrayIcon

    def apply_look() -> None:
        from steadypause.ui import theme

        theme.apply(app, theme_setting())

    if TrayIcon.available():
        look.defer(apply_look)
    else:
        apply_look()


def _forget_source_lines(*_: object) -> None:
    linecache.clearcache()


def wire_session(
    controller: Controller, scheduler: Scheduler, commands: CommandTable, probe: Probe | None
) -> None:
    """What the app adds around a new controller (app_after_icon.py builds it)."""
    if probe is not None:
        _add_probe(commands, probe)
    # A cue let go after waiting out a busy spell is kept in the history as deferred-out.
    # (The recorder, not the controller: the controller holds the scheduler, and the
    # scheduler holding it back would make a reference cycle, docs/adr/001.)
    scheduler.on_decision = controller.recorder.on_decision
    from steadypause.platform.hotkey import for_this_system as hotkey_for_this_system

    controller.connect_hotkey(hotkey_for_this_system(controller))  # Windows only
    # Windows import their modules when first opened, and PySide6's import hook leaves each
    # module's source in linecache (see app_after_icon.py): +1.3 MiB after a few pauses,
    # Settings and History (bench/window_release.py). Emptied as a pause or reminder opens
    # or closes and as the tray menu opens, none of them more than a person's click.
    controller.windowChanged.connect(_forget_source_lines)
    controller.shell.scheduleWanted.connect(_forget_source_lines)
    controller.windows.notice.connect(controller.notify)


def _add_probe(commands: CommandTable, probe: Probe) -> None:
    """bench/: a mark when ``timer-now`` asks for a cue, the probe's report in ``status``."""
    timer_now, status = commands.get("timer-now"), commands.get("status")
    if timer_now is not None:

        def marked(args: dict[str, Any]) -> dict[str, Any]:
            probe.mark("cue")
            return timer_now(args)

        commands.register("timer-now", marked)
    if status is not None:

        def reported(args: dict[str, Any]) -> dict[str, Any]:
            return {**status(args), "bench": probe.report()}

        commands.register("status", reported)


def run(
    *, initial_command: str | None = None, autostart: bool = False, routine: str | None = None
) -> int:
    """Start Steady Pause (or hand ``initial_command`` to the one already running);
    ``routine``: the id of the routine a ``pause`` opens (None: the usual one).

    Before the event loop only what the tray icon and the single instance need; the rest,
    the settings and the translations too, is built once the icon has painted
    (app_after_icon.py, issue 18)."""
    from steadypause.app_after_icon import AfterIcon
    from steadypause.ipc.errors import IpcError
    from steadypause.ipc.instance import claim_instance
    from steadypause.session.commands import CommandTable
    from steadypause.session.quit_signals import QuitSignals
    from steadypause.session.shell import ShellHost
    from steadypause.ui.first_paint import AfterFirstPaint, icon_drawn_here
    from steadypause.ui.icons import icon

    linecache.clearcache()  # most of start-up's imports are done: see app_after_icon.py
    _setup_logging()
    app = _make_application()
    # The translations come with the settings, once the icon is on screen: the icon has no
    # words, and its menu is given them then (AfterIcon.loaded). A message before that (a
    # second start, a socket that cannot be made) reads the language on its own first.

    probe = None
    if os.environ.get("STEADYPAUSE_BENCH") == "1":  # measurement hooks for bench/
        from steadypause.probe import Probe

        probe = Probe(app)
    # The commands are served from the event loop, once the controller has filled the table;
    # one that comes before the rest of start-up has run finishes it first.
    commands = CommandTable()
    rest: list[AfterIcon] = []

    def handle(cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        return rest[0].handle(cmd, args) if rest else commands.handle(cmd, args)

    try:
        server = claim_instance(handle)
    except IpcError as exc:
        _speak_the_persons_language()
        print(
            translate("Cli", "steadypause: cannot start: {error}").format(error=exc),
            file=sys.stderr,
        )
        return 1
    if server is None:
        _speak_the_persons_language()
        return _hand_over(initial_command, routine)

    app.setWindowIcon(icon("steadypause"))
    # The snooze lengths come with the settings, once the icon is on screen.
    shell = ShellHost(settings_available=True)
    after = AfterIcon(
        app,
        shell=shell,
        commands=commands,
        server=server,
        probe=probe,
        initial_command=initial_command,
        routine=routine,
        autostart=autostart,
    )
    _look(app, lambda: after.loaded().settings.theme)
    rest.append(after)
    # SIGTERM, SIGHUP, SIGINT and a logout end the app the way Quit does (from the start).
    quit_signals = QuitSignals(app)
    quit_signals.requested.connect(after.quit)
    shell.start()  # the tray icon (or the status window)
    drawn_here = shell.status_window is None and icon_drawn_here(shell.tray.icon)
    after_paint = AfterFirstPaint([after.finish], app, drawn_here=drawn_here)
    try:
        return app.exec()
    finally:
        after_paint.deleteLater()
        quit_signals.close()
        after.close()
