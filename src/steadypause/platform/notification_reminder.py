"""The gentle reminder as a desktop notification with buttons, for desktops where a window of
ours could take the keyboard (any Wayland session; see docs/adr/010-reminder-as-notification.md).

Two servers, one behaviour:

- ``org.freedesktop.Notifications`` (GNOME Shell, Plasma, most others): ``Notify`` with the
  actions *Start*, *In N minutes*, *Skip*, ``replaces_id`` so one reminder never stacks on
  another, ``ActionInvoked`` / ``NotificationClosed`` / ``ActivationToken`` handled, and
  ``CloseNotification`` at the reminder's own timeout (then it counts as missed).
- ``org.freedesktop.portal.Notification`` inside a Flatpak sandbox (``/.flatpak-info``):
  ``AddNotification`` with buttons, ``ActionInvoked``, ``RemoveNotification``.

This module holds one reminder and the channel it talks to; the two servers' D-Bus calls
and signals are in platform/notification_servers.py.

Each reminder emits ``answered`` exactly once with "start", "later", "skip" or "missed",
like the window in ui/prompt.py; the controller does not know which one it has.

Wire types matter: strict GDBus servers (GNOME Shell) refuse a call whose signature is not
the declared one, and QtDBus sends a Python int as ``i``: the ``u`` and ``aa{sv}``
arguments are built by platform/linux/dbus_wire.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from steadypause.core.i18n import translate
from steadypause.platform.base import Backend

log = logging.getLogger(__name__)

CALL_TIMEOUT_MS = 2000  # a server that hangs must not hold the app up for long
ACTIONS = ("start", "later", "skip")  # the answers, also the action keys on the wire

# NotificationClosed reasons (Desktop Notifications spec 1.2).
CLOSED_EXPIRED, CLOSED_DISMISSED, CLOSED_BY_CALL = 1, 2, 3


def _reply(message: QDBusMessage) -> list[Any] | None:
    if message.type() != QDBusMessage.MessageType.ReplyMessage:
        return None
    return list(message.arguments())


def button_labels(later_minutes: int) -> dict[str, str]:
    """The same words as the window's buttons (ui/prompt.py)."""
    return {
        "start": translate("Prompt", "Start"),
        "later": translate("Prompt", "In %n minute(s)", None, later_minutes),
        "skip": translate("Prompt", "Skip"),
    }


# -- one reminder ---------------------------------------------------------------------------


class NotificationReminder(QObject):
    """One reminder on a notification server; emits ``answered`` exactly once."""

    answered = Signal(str)

    def __init__(
        self,
        channel: NotificationChannel,
        heading: str,
        reason: str,
        later_minutes: int,
        timeout_ms: int,
    ) -> None:
        super().__init__(channel)
        self._channel = channel
        self._heading = heading
        self._reason = reason
        self._later_minutes = later_minutes
        self._key: Any = None
        self._done = False
        self._refused = False
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(timeout_ms)
        self._timeout.timeout.connect(self._timed_out)

    @property
    def key(self) -> Any:
        """The server's id of this notification (None before it is shown or if refused)."""
        return self._key

    @property
    def refused(self) -> bool:
        """The server refused it or did not answer (it was never on screen)."""
        return self._refused

    def present(self, anchor: Any = None) -> None:
        """Send it to the server (``anchor`` is for the window: the server places it)."""
        del anchor
        self._key = self._channel.send(
            self, self._heading, self._reason, button_labels(self._later_minutes)
        )
        if self._key is None:
            # Refused or no reply: nothing is on screen, so nobody can answer it. It counts as
            # missed at once rather than leaving the scheduler waiting for two minutes.
            self._refused = True
            QTimer.singleShot(0, lambda: self._answer("missed", withdraw=False))
            return
        self._timeout.start()

    def _timed_out(self) -> None:
        self._answer("missed", withdraw=True)

    def skip(self) -> None:
        """Answer Skip, as the button would (the hidden ``dismiss`` command)."""
        self._answer("skip", withdraw=True)

    def dismiss(self) -> None:
        """Take it off the screen without an answer (quitting, or a pause started)."""
        if self._done:
            return
        self._done = True
        self._timeout.stop()
        self._withdraw()

    def _withdraw(self) -> None:
        if self._key is not None:
            self._channel.withdraw(self._key)
        self._channel.forget(self)

    # From the channel: the server's signals for this notification.
    def action_invoked(self, action: str) -> None:
        if action in ACTIONS:
            # The server closes a notification once an action is invoked (GNOME, Plasma);
            # withdrawing it again is harmless and covers servers with "resident" ones.
            self._answer(action, withdraw=True)
        else:
            log.info("notification action %r ignored", action)

    def closed(self, reason: int) -> None:
        # Closed by the person: like closing the window, Skip. Expired by the server: missed.
        self._answer("skip" if reason == CLOSED_DISMISSED else "missed", withdraw=False)

    def _answer(self, answer: str, *, withdraw: bool) -> None:
        if self._done:
            return
        self._done = True
        self._timeout.stop()
        if withdraw:
            self._withdraw()
        else:
            self._channel.forget(self)
        log.info("reminder answered: %s", answer)
        self.answered.emit(answer)


# -- the channel the reminders talk to (a server: notification_servers.py) ------------------


class NotificationChannel(Backend):
    """A notification server that can show a reminder with buttons."""

    kind = "notification"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._showing: dict[Any, NotificationReminder] = {}
        self._token_handler: Callable[[str], None] | None = None

    def on_activation_token(self, handler: Callable[[str], None]) -> None:
        """Called with the activation token the server sends before an action, if any."""
        self._token_handler = handler

    def create(
        self, heading: str, reason: str, later_minutes: int, timeout_ms: int
    ) -> NotificationReminder:
        return NotificationReminder(self, heading, reason, later_minutes, timeout_ms)

    @property
    def description(self) -> str:
        return f"notification ({self.name})"  # i18n-exempt: diagnostics

    # For the reminders.
    def send(
        self, reminder: NotificationReminder, heading: str, reason: str, labels: dict[str, str]
    ) -> Any:
        raise NotImplementedError

    def withdraw(self, key: Any) -> None:
        raise NotImplementedError

    def forget(self, reminder: NotificationReminder) -> None:
        for key, shown in list(self._showing.items()):
            if shown is reminder:
                del self._showing[key]

    def _call(self, conn: QDBusConnection, message: QDBusMessage) -> list[Any] | None:
        """Send ``message`` and wait (at most CALL_TIMEOUT_MS); its reply's values or None."""
        reply = conn.call(message, timeout=CALL_TIMEOUT_MS)
        values = _reply(reply)
        if values is None:
            log.warning("%s %s failed: %s", self.name, message.member(), reply.errorMessage())
        return values
