"""The form reminders take here (the window or a notification: reminders.py), and the
activation token a notification server sends just before the person's answer.

The form is chosen when first needed, and again after ``reminder_style`` changes or a
notification was refused (the window, if there is no server now).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from steadypause import APP_ID

if TYPE_CHECKING:
    from steadypause.platform.notification_reminder import NotificationChannel
    from steadypause.reminders import ReminderForm

log = logging.getLogger(__name__)


class ReminderChoice:
    def __init__(self, notifications: Callable[[], NotificationChannel] | None = None) -> None:
        self._notifications = notifications
        self._form: ReminderForm | None = None
        self._token = ""

    def form(self, style: str) -> ReminderForm:
        """The form for the ``reminder_style`` setting ``style``, chosen once."""
        if self._form is None:
            from PySide6.QtGui import QGuiApplication

            from steadypause.reminders import choose

            self._form = choose(
                style, QGuiApplication.platformName(), self._notifications or _session_channel
            )
            channel = getattr(self._form, "channel", None)
            if channel is not None:
                # Weakly: a cycle through the channel (a QObject) would leave it to the
                # cycle collector, which may run on another thread (docs/adr/001).
                keep = weakref.WeakMethod(self._keep_token)
                channel.on_activation_token(lambda token: _call_weakly(keep, token))
        return self._form

    def choose_again(self) -> None:
        """The next reminder's form is chosen anew."""
        self._form = None

    @property
    def token(self) -> str:
        """The activation token kept for the pause about to open ("": none)."""
        return self._token

    def take_token(self) -> str:
        token, self._token = self._token, ""
        return token

    def _keep_token(self, token: str) -> None:
        """Sent just before the action: kept for the pause window if the answer is Start."""
        self._token = token


def _session_channel() -> NotificationChannel:
    from steadypause.platform.notification_servers import for_this_session

    return for_this_session(APP_ID)


def _call_weakly(method: weakref.WeakMethod[Any], value: str) -> None:
    bound = method()
    if bound is not None:
        bound(value)
