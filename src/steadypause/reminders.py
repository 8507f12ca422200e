"""Which form the gentle reminder takes: the small window (ui/prompt.py) or a desktop
notification with the same three buttons (platform/notification_reminder.py).

Both give a :class:`Reminder`; the controller uses it without caring which one it has.
The window is the right thing where the window system can promise it will not take the
keyboard (X11, Windows, macOS). A Wayland compositor cannot be asked that (xdg-shell has no
"do not focus me" toplevel), so there the notification server shows it (docs/adr/010).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QRect, SignalInstance

from steadypause.core.history import Outcome

if TYPE_CHECKING:
    from steadypause.platform.notification_reminder import NotificationChannel

log = logging.getLogger(__name__)


class Answer(enum.StrEnum):
    """How a reminder was answered (its ``answered`` signal carries the value)."""

    START = "start"  # Start: the pause opens
    LATER = "later"  # "In N minutes"
    SKIP = "skip"  # Skip, or Esc
    MISSED = "missed"  # it closed itself unanswered

    @property
    def outcome(self) -> Outcome | None:
        """How the history and the scheduler take a reminder answered so; None for START
        (the pause that opens has an outcome of its own)."""
        return _ANSWER_OUTCOMES.get(self)


_ANSWER_OUTCOMES = {
    Answer.LATER: Outcome.LATER,
    Answer.SKIP: Outcome.SKIPPED,
    Answer.MISSED: Outcome.MISSED,
}


class Reminder(Protocol):
    """One reminder on screen. ``answered`` fires exactly once with an :class:`Answer`'s
    value; :meth:`dismiss` takes it away without an answer."""

    answered: SignalInstance

    def present(self, anchor: QRect | None = None) -> None: ...

    def skip(self) -> None: ...

    def dismiss(self) -> None: ...


class WindowForm:
    """The small window near the tray that never takes the keyboard (on X11 and others)."""

    kind = "window"

    def __init__(self, why: str) -> None:
        self.description = f"window ({why})"  # i18n-exempt: diagnostics

    def create(self, heading: str, reason: str, later_minutes: int, timeout_ms: int) -> Reminder:
        from steadypause.ui import look
        from steadypause.ui.prompt import PromptWindow

        look.ensure()  # kept back until a window needs it (ui/look.py)
        return PromptWindow(heading, reason, later_minutes=later_minutes, timeout_ms=timeout_ms)


class NotificationForm:
    """The reminder as a notification from the desktop's own server."""

    kind = "notification"

    def __init__(self, channel: NotificationChannel, why: str) -> None:
        self.channel = channel
        # "notification (server, version)" + "; why" inside the brackets
        self.description = f"{channel.description.removesuffix(')')}; {why})"

    def create(self, heading: str, reason: str, later_minutes: int, timeout_ms: int) -> Reminder:
        return self.channel.create(heading, reason, later_minutes, timeout_ms)


ReminderForm = WindowForm | NotificationForm


def is_wayland(platform_name: str) -> bool:
    """The Qt platform plugin in use (``QGuiApplication.platformName()``) is a Wayland one."""
    return platform_name.startswith("wayland")


def platform_label(platform_name: str) -> str:
    return (
        "Wayland"
        if is_wayland(platform_name)
        else {  # i18n-exempt: diagnostics
            "xcb": "X11",
            "windows": "Windows",
            "cocoa": "macOS",
        }.get(platform_name, platform_name)
    )


def choose(
    style: str, platform_name: str, notifications: Callable[[], NotificationChannel]
) -> ReminderForm:
    """The form for the ``reminder_style`` setting on this platform.

    ``auto``: a notification on Wayland when a server with buttons answers, else the
    window. ``notification``: a notification wherever a server with buttons answers, else
    the window (the reason is logged and shown in status). ``window``: always the window.
    """
    where = platform_label(platform_name)
    if style == "window":
        return WindowForm(f"the setting; {where}")  # i18n-exempt: diagnostics
    if style == "auto" and not is_wayland(platform_name):
        return WindowForm(f"{where}: it never takes the keyboard there")  # i18n-exempt: diagnostics
    channel: Any
    try:
        channel = notifications()
    except Exception as exc:  # a backend that breaks must not stop the reminders
        log.warning("reminder: the notification server could not be used", exc_info=True)
        return WindowForm(f"{where}; no notification: {exc}")  # i18n-exempt: diagnostics
    if not channel.is_available():
        log.warning(
            "reminder: showing the window, since a notification cannot be used: %s", channel.reason
        )
        return WindowForm(f"{where}; no notification: {channel.reason}")  # i18n-exempt: diagnostics
    why = where if style == "auto" else f"the setting; {where}"  # i18n-exempt: diagnostics
    log.info("reminder: a notification through %s", channel.description)
    return NotificationForm(channel, why)
