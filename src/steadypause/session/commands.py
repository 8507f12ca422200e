"""The command channel's table: a command's name and the handler that answers it.

``steadypause status``, ``pause``, ``snooze`` … arrive here through the single-instance
socket (the ipc package). The commands only tests, benchmarks and screenshots use
(``timer-now``, ``dismiss``, ``type``, ``show-history``, ``open-settings``, ``layout``) are
registered only when the environment says so (:data:`TEST_COMMANDS_ENV` set to ``1``);
otherwise they are unknown, like any other name.
"""

from __future__ import annotations

import logging
import os
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from steadypause.core.control_characters import escaped
from steadypause.core.i18n import translate
from steadypause.ipc.errors import CommandError

if TYPE_CHECKING:
    from steadypause.session.controller import Controller

log = logging.getLogger(__name__)

TEST_COMMANDS_ENV = "STEADYPAUSE_TEST_COMMANDS"
TEST_COMMANDS = ("timer-now", "dismiss", "type", "show-history", "open-settings", "layout")

# The longest ``source`` kept from a command (anyone of the user's processes may send one;
# it is stored in the history and shown by ``status``): a tag, not a text.
MAX_SOURCE = 100

Answer = dict[str, Any]
Handler = Callable[[dict[str, Any]], Answer]


def wants_test_commands() -> bool:
    """Whether this process serves the test-only commands (the tests and bench/ set it)."""
    return os.environ.get(TEST_COMMANDS_ENV) == "1"


class CommandTable:
    """Names to handlers; :meth:`handle` is the single-instance server's handler."""

    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}

    def register(self, name: str, handler: Handler) -> None:
        self._handlers[name] = handler

    def get(self, name: str) -> Handler | None:
        return self._handlers.get(name)

    def names(self) -> list[str]:
        return sorted(self._handlers)

    def handle(self, cmd: str, args: dict[str, Any]) -> Answer:
        handler = self._handlers.get(cmd)
        if handler is None:
            raise CommandError(
                translate("Cli", "unknown command '{command}'").format(command=outside_tag(cmd, ""))
            )
        return handler(args)


def register_commands(table: CommandTable, controller: Controller, *, test_commands: bool) -> None:
    """Fill ``table`` with the commands ``controller`` answers (the test-only ones if asked).

    The handlers hold the controller weakly: the table is the controller's own, and a
    reference cycle would leave a finished controller to Python's cycle collector, which
    may run on another thread (the history's writer) and stop Qt timers from there.
    """
    c: Controller = weakref.proxy(controller)
    table.register("status", lambda args: _status(c))
    table.register("pause", lambda args: _pause(c, args))
    table.register("snooze", lambda args: _snooze(c, args))
    table.register("close-day", lambda args: _then_status(c, lambda: c.close_day("cli")))
    table.register("resume", lambda args: _then_status(c, c.resume))
    # Used by ``steadypause config set``: a real command.
    table.register("reload-settings", lambda args: _reload_settings(c))
    table.register("quit", lambda args: _quit(c))
    if test_commands:
        table.register("timer-now", lambda args: _timer_now(c))
        table.register("dismiss", lambda args: _then_status(c, c.dismiss))
        table.register("type", lambda args: _type(c, args))
        table.register("show-history", lambda args: _show_history(c, args))
        table.register("open-settings", lambda args: _open_settings(c, args))
        table.register("layout", lambda args: _layout(c))


def _then_status(c: Controller, action: Callable[[], object]) -> Answer:
    action()
    return c.status()


def _reload_settings(c: Controller) -> Answer:
    messages = c.reload_settings()
    return {**c.status(), "messages": messages}


def _status(c: Controller) -> Answer:
    c.catch_up()
    # A tray that appeared since the last look (every TRAY_RECHECK_MS) counts now: the
    # status answered is the one the person sees, and tests need not wait.
    c.shell.check_tray()
    # The chime and the spoken guide: "not installed", "off", or what is on and if it works;
    # and each of them apart, for the line of plain ``status`` (cli/status_text.py).
    sound = c.windows.sound
    return {
        **c.status(),
        "sound": sound.describe(c.settings),
        "sound_parts": sound.parts(c.settings),
    }


def outside_tag(value: object, default: str) -> str:
    """A tag from a command (a ``source``) as it may be kept: escaped, at most
    :data:`MAX_SOURCE` characters; ``default`` when it is not a non-empty string."""
    if not isinstance(value, str) or not value:
        return default
    return escaped(value)[:MAX_SOURCE]


def _pause(c: Controller, args: dict[str, Any]) -> Answer:
    source = outside_tag(args.get("source"), "cli")
    routine = args.get("routine")  # an id (the command line finds it by id or title)
    if routine is not None:
        if not isinstance(routine, str):
            raise CommandError(translate("Cli", "the routine must be given by its id"))
        if routine not in c.routines:
            c.reload_routines()  # a file the person has just put in their folder
        if routine not in c.routines:
            raise CommandError(
                translate(
                    "Cli", "there is no routine called '{name}'. Choose one of: {choices}"
                ).format(name=outside_tag(routine, ""), choices=", ".join(c.routines))
            )
    # A pause already open comes forward instead: the answer says which (the command line
    # tells the person, with its own exit code when another routine was asked for).
    open_now = c.pause_window.routine if c.pause_window is not None else None
    c.pause_now(source, routine)
    if open_now is None:
        return c.status()
    return {**c.status(), "already_open": {"id": open_now.id, "title": open_now.title}}


def _snooze(c: Controller, args: dict[str, Any]) -> Answer:
    if args.get("until") == "tomorrow":
        until = c.snooze(None)
    else:
        minutes = args.get("minutes")
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 1440:
            raise CommandError(
                translate("Cli", "snooze needs minutes from 1 to 1440, or 'tomorrow'")
            )
        until = c.snooze(minutes)
    from steadypause.core.wording import clock_time  # the sentences: not before the icon

    message = translate("Cli", "Snoozed until {time}").format(time=clock_time(until, c.now()))
    return {**c.status(), "message": message}


def _quit(c: Controller) -> Answer:
    QTimer.singleShot(0, c.quit)
    return {"quitting": True}


# -- test-only ---------------------------------------------------------------------------


def _timer_now(c: Controller) -> Answer:
    # Lets screenshots, benchmarks and tests see the real work-timer prompt without waiting
    # an hour.
    c.scheduler.due_now()
    c.reschedule()
    return c.status()


def _type(c: Controller, args: dict[str, Any]) -> Answer:
    # Lets tests write in the open pause's first own-words field, as a person would type.
    from steadypause.ui.pause_step_page import StepPage

    text = args.get("text")
    window = c.pause_window
    if not isinstance(text, str) or window is None:
        raise CommandError("type needs a text and an open pause")  # i18n-exempt: tests only
    for page in window.findChildren(StepPage):
        if page.own_words is not None:
            page.own_words.setText(text)
            return c.status()
    raise CommandError("the pause has no field to type in")  # i18n-exempt: tests only


def _show_history(c: Controller, args: dict[str, Any]) -> Answer:
    # The CLI prints history itself: lets screenshots and benchmarks open the History
    # window without clicking through the menu.
    days = args.get("days")
    c.windows.show_history(days if isinstance(days, int) else None)
    return c.status()


def _open_settings(c: Controller, args: dict[str, Any]) -> Answer:
    # Lets screenshots and tests open the dialog on a tab.
    tab = args.get("tab")
    if c.show_settings(tab if isinstance(tab, str) else None) is None:
        raise CommandError(translate("Cli", "settings cannot be changed in this session"))
    return c.status()


def _layout(c: Controller) -> Answer:
    # What overlaps or is cut in each open window, as the real-desktop tests check it on a
    # real compositor (ui/layout_audit.py).
    from steadypause.ui.layout_audit import layout_report

    return {**c.status(), **layout_report()}
