"""The title bars Qt draws itself on GNOME under Wayland, in the app's colours (ADR 018).

Mutter draws no title bars for Wayland windows: Qt's wayland plugin draws them with its
``adwaita`` decoration plugin. In Qt 6.11 that plugin takes light or dark from one place
only, the XDG desktop portal's Settings (``org.freedesktop.appearance`` ``color-scheme``):
it asks with ``ReadAll`` when a window is shown and follows ``SettingChanged`` from any
sender afterwards. Neither the app's palette nor ``QStyleHints.setColorScheme()`` reach it.
So this module

- reads the desktop's colour scheme from the portal itself and follows it (Qt's gtk3
  platform theme, the one Qt picks on GNOME, keeps reporting light under GNOME's dark
  style, so the "system" theme asks here first);
- tells this process's title bars the app's own scheme when the theme setting differs from
  the desktop's: a ``SettingChanged`` addressed to this process alone (a unicast signal to
  its own name on the session bus, which no other program receives). Each one is sent after
  a round trip to the portal, so it arrives after the answer a new window's title bar asked
  for; and again when one of the app's windows gets the focus (a new window starts from the
  portal's answer) or the portal announces a change.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusVariant,
)
from PySide6.QtGui import QGuiApplication, QWindow

log = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SETTINGS = "org.freedesktop.portal.Settings"
APPEARANCE = "org.freedesktop.appearance"
COLOR_SCHEME = "color-scheme"
# The portal's values: 0 no preference, 1 prefer dark, 2 prefer light.
_VALUES = {"dark": 1, "light": 2}


def drawn_by_qt_adwaita(platform_name: str, env: Mapping[str, str] | None = None) -> bool:
    """Whether Qt draws the title bars with its adwaita plugin: on Wayland, unless its
    decorations are turned off, with QT_WAYLAND_DECORATION naming it, or unset on GNOME
    (how Qt 6.11 chooses; on X11 the window manager draws them, KWin and Sway draw their own
    through xdg-decoration)."""
    env = os.environ if env is None else env
    if not platform_name.startswith("wayland"):
        return False
    if env.get("QT_WAYLAND_DISABLE_WINDOWDECORATION", "") not in ("", "0"):
        return False
    chosen = env.get("QT_WAYLAND_DECORATION", "").strip().lower()
    if chosen:
        return chosen in ("adwaita", "gnome")
    desktops = f"{env.get('XDG_CURRENT_DESKTOP', '')}:{env.get('DESKTOP_SESSION', '')}"
    return "gnome" in desktops.lower()


def scheme_of(value: object) -> str | None:
    """'dark', 'light' or None (no preference, or not a value the portal sends)."""
    while isinstance(value, QDBusVariant):  # Read wraps it twice
        value = value.variant()
    if isinstance(value, int) and not isinstance(value, bool):
        return {1: "dark", 2: "light"}.get(value)
    return None


class TitleBars(QObject):
    """The desktop's colour scheme from the portal, and this process's title bars told the
    app's. ``bus`` reaches the portal; ``target`` is the unique name on it whose title bars
    are told (the process's own session bus connection, the one Qt's decorations use)."""

    systemChanged = Signal()  # the desktop's scheme changed (or was first read)

    def __init__(self, bus: QDBusConnection, target: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._target = target
        self._system: str | None = None  # from the portal; None: no answer (yet), no preference
        self._portal = False  # whether the portal answered
        # Qt's own idea of the desktop's scheme, before this process told it otherwise (Qt's
        # platform theme hears the SettingChanged sent below too): "system" without a portal.
        self._qt_before: str | None = None
        self._shown: str | None = None  # what the app's windows show
        self._told: str | None = None  # what the title bars were last told, if anything
        self._watchers: set[QDBusPendingCallWatcher] = set()
        # Only the portal's own signals: the ones sent below come from this process.
        # (PySide6's stubs want the slot as bytes; at run time it takes SLOT()'s string.)
        bus.connect(
            PORTAL,
            PORTAL_PATH,
            SETTINGS,
            "SettingChanged",
            self,  # type: ignore[call-overload]
            SLOT("_on_setting_changed(QString,QString,QDBusVariant)"),
        )
        self._read(tell=False)

    def system_scheme(self) -> str | None:
        """'dark' or 'light' as the desktop prefers; None without an answer or a preference
        (ask Qt then). Without a portal, once the title bars were told anything, Qt's answer
        from before."""
        if self._portal:
            return self._system
        return self._qt_before

    def show_scheme(self, scheme: str) -> None:
        """The app's windows are ``scheme`` ('light' or 'dark') from now on."""
        self._shown = scheme
        if self._overriding() or self._told not in (None, scheme):
            self._read(tell=True)

    def window_focused(self, window: QWindow | None) -> None:
        """One of the app's windows got the focus: a new one's title bar started from the
        portal's answer, so tell it again while the app differs from the desktop."""
        if window is not None and self._overriding():
            self._read(tell=True)

    def _overriding(self) -> bool:
        # Without a portal (or a preference) Qt's title bars are light.
        return self._shown is not None and self._shown != (self._system or "light")

    def _read(self, tell: bool) -> None:
        message = QDBusMessage.createMethodCall(
            PORTAL,
            PORTAL_PATH,
            SETTINGS,
            "Read",  # i18n-exempt: D-Bus method
        )
        message.setArguments([APPEARANCE, COLOR_SCHEME])
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message), self)
        self._watchers.add(watcher)

        def finished(done: QDBusPendingCallWatcher) -> None:
            self._watchers.discard(done)
            reply = done.reply()
            if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
                self._portal = True
                self._set_system(scheme_of(reply.arguments()[0]))
            else:
                log.debug("no colour scheme from the portal: %s", reply.errorMessage())
            if tell:
                self._tell()
            done.deleteLater()

        watcher.finished.connect(finished)

    def _tell(self) -> None:
        scheme = self._shown
        if scheme is None:
            return
        signal = QDBusMessage.createTargetedSignal(
            self._target, PORTAL_PATH, SETTINGS, "SettingChanged"
        )
        if self._told is None and not self._portal:
            dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
            self._qt_before = "dark" if dark else "light"
        # The receivers are Qt's, in this process: they read it with toUInt().
        signal.setArguments([APPEARANCE, COLOR_SCHEME, QDBusVariant(_VALUES[scheme])])
        if self._bus.send(signal):
            self._told = scheme
            log.debug("title bars told %s", scheme)

    def _set_system(self, scheme: str | None) -> None:
        if scheme != self._system:
            self._system = scheme
            log.info("desktop colour scheme: %s", scheme or "no preference")
            self.systemChanged.emit()

    @Slot(str, str, QDBusVariant)
    def _on_setting_changed(self, group: str, key: str, value: QDBusVariant) -> None:
        if group != APPEARANCE or key != COLOR_SCHEME:
            return
        self._portal = True
        self._set_system(scheme_of(value))
        # The title bars followed the portal's signal too: tell them the app's again.
        if self._overriding():
            self._read(tell=True)


def for_this_process() -> TitleBars | None:
    """The title bars of this process's windows when Qt draws them with its adwaita plugin
    and a session bus answers; otherwise None (nothing to do)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or not drawn_by_qt_adwaita(app.platformName()):
        return None
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        log.info("no session bus: the title bars keep Qt's light colours")
        return None
    bars = TitleBars(bus, bus.baseService(), app)
    app.focusWindowChanged.connect(bars.window_focused)
    return bars
