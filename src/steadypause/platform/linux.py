"""Linux backends: logind, the screensaver services, Mutter's idle monitor and the session's
inhibitors over QtDBus; XScreenSaver through ctypes on X11.

Every D-Bus backend takes its bus connection from outside (the app passes the system or
session bus; tests pass ``QDBusConnection.connectToBus(address, name)`` on a private bus).
See docs/adr/006-qtdbus.md for why QtDBus and how unsigned arguments are sent.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from typing import Any

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage, QDBusUnixFileDescriptor

from steadypause.core.activity import IDLE_THRESHOLD_SECONDS
from steadypause.platform.base import Backend
from steadypause.platform.polledidle import PolledIdle

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
MUTTER_IDLE = "org.gnome.Mutter.IdleMonitor"
MUTTER_IDLE_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
GNOME_SESSION = "org.gnome.SessionManager"
GNOME_SESSION_PATH = "/org/gnome/SessionManager"
INHIBIT_IDLE = 8   # GsmInhibitorFlag: the session must not be marked idle (calls, videos)
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"


def _registered(conn: QDBusConnection, service: str) -> str:
    """'' if ``service`` has an owner on ``conn``, else why not."""
    if not conn.isConnected():
        return "no D-Bus connection"  # i18n-exempt: diagnostics
    reply = conn.interface().isServiceRegistered(service)
    if not reply.isValid() or not reply.value():
        return (f"no {service} on the "  # i18n-exempt: diagnostics
                f"{'system' if 'system' in conn.name() else 'session'} bus")
    return ""


def _value(message: QDBusMessage) -> Any:
    """The first value of a reply, or None for an error."""
    if message.type() != QDBusMessage.MessageType.ReplyMessage or not message.arguments():
        return None
    value = message.arguments()[0]
    variant = getattr(value, "variant", None)   # a QDBusVariant from Properties.Get
    return variant() if callable(variant) else value


def get_property(conn: QDBusConnection, service: str, path: str, iface: str,
                 name: str) -> Any:
    props = QDBusInterface(service, path, PROPERTIES, conn)
    return _value(props.call("Get", iface, name))  # i18n-exempt: D-Bus method


# -- power: logind PrepareForSleep with a delay inhibitor --------------------------------


class LogindPower(Backend):
    """Suspend and resume from logind, holding a *delay* inhibitor so that there is time to
    note the suspend before it happens. The inhibitor is let go as soon as
    ``PrepareForSleep(true)`` arrives (logind waits at most ``InhibitDelayMaxSec``) and
    taken again after ``PrepareForSleep(false)``."""

    name = "logind"
    sleeping = Signal()
    woke = Signal()

    def __init__(self, system_bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = system_bus
        self._fd: int | None = None
        if problem := _registered(system_bus, LOGIN1):
            self.unavailable(problem)

    @property
    def holding_inhibitor(self) -> bool:
        return self._fd is not None

    def start(self) -> None:
        self._bus.connect(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", self,
                          SLOT("_prepare_for_sleep(bool)"))
        self._take_inhibitor()

    def stop(self) -> None:
        self._bus.disconnect(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", self,
                             SLOT("_prepare_for_sleep(bool)"))
        self._release_inhibitor()

    @Slot(bool)
    def _prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.sleeping.emit()
            self._release_inhibitor()
        else:
            self._take_inhibitor()
            self.woke.emit()

    def _take_inhibitor(self) -> None:
        if self._fd is not None:
            return
        manager = QDBusInterface(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, self._bus)
        reply = manager.call("Inhibit", "sleep", "Steady Pause",
                             "Notes the suspend so the time asleep is not counted as work",
                             "delay")  # i18n-exempt: D-Bus arguments, read by system tools
        value = _value(reply)
        if not isinstance(value, QDBusUnixFileDescriptor) or not value.isValid():
            log.warning("logind refused a delay inhibitor: %s", reply.errorMessage())
            return
        # Keep our own copy; Qt's copies close with the reply objects.
        self._fd = os.dup(value.fileDescriptor())
        log.debug("holding a sleep delay inhibitor (fd %d)", self._fd)

    def _release_inhibitor(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


# -- lock: the screensaver services and logind's LockedHint ------------------------------


class ScreenSaverLock(Backend):
    """``ActiveChanged(b)`` of org.gnome.ScreenSaver or org.freedesktop.ScreenSaver."""

    lockedChanged = Signal(bool)

    def __init__(self, session_bus: QDBusConnection, service: str = "org.gnome.ScreenSaver",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = service
        self._bus = session_bus
        self._service = service
        self._path = "/" + service.replace(".", "/")
        if problem := _registered(session_bus, service):
            self.unavailable(problem)

    def start(self) -> None:
        self._bus.connect(self._service, self._path, self._service, "ActiveChanged", self,
                          SLOT("_active_changed(bool)"))

    def stop(self) -> None:
        self._bus.disconnect(self._service, self._path, self._service, "ActiveChanged", self,
                             SLOT("_active_changed(bool)"))

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        self.lockedChanged.emit(active)


class LogindLockedHint(Backend):
    """The logind session's ``LockedHint`` property (set by most lockers that know logind).

    The session's ``Lock``/``Unlock`` *signals* are requests to the locker, not its state,
    so they are not used.
    """

    name = "logind-lockedhint"
    lockedChanged = Signal(bool)

    def __init__(self, system_bus: QDBusConnection, session_id: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = system_bus
        self._path = ""
        self._locked = False
        if problem := _registered(system_bus, LOGIN1):
            self.unavailable(problem)
            return
        manager = QDBusInterface(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, system_bus)
        # "auto": logind picks the caller's own session (or the user's display session).
        session_id = session_id or os.environ.get("XDG_SESSION_ID") or "auto"
        path = _value(manager.call("GetSession", session_id))
        path = getattr(path, "path", lambda: path)()
        if not path:
            self.unavailable("this process is not in a logind session")  # i18n-exempt: diagnostics
            return
        self._path = str(path)

    def start(self) -> None:
        self._locked = bool(get_property(self._bus, LOGIN1, self._path, LOGIN1_SESSION,
                                         "LockedHint"))
        self._bus.connect(LOGIN1, self._path, PROPERTIES, "PropertiesChanged", self,
                          SLOT("_changed(QString,QVariantMap,QStringList)"))

    def stop(self) -> None:
        self._bus.disconnect(LOGIN1, self._path, PROPERTIES, "PropertiesChanged", self,
                             SLOT("_changed(QString,QVariantMap,QStringList)"))

    @Slot(str, "QVariantMap", "QStringList")
    def _changed(self, iface: str, changed: dict, invalidated: list) -> None:
        if iface != LOGIN1_SESSION:
            return
        if "LockedHint" in changed:
            locked = bool(changed["LockedHint"])
        elif "LockedHint" in invalidated:
            locked = bool(get_property(self._bus, LOGIN1, self._path, LOGIN1_SESSION,
                                       "LockedHint"))
        else:
            return
        if locked != self._locked:
            self._locked = locked
            self.lockedChanged.emit(locked)


# -- idle: Mutter's idle monitor; XScreenSaver on X11 -----------------------------------


class MutterIdle(Backend):
    """GNOME's idle monitor (X11 and Wayland): an idle watch at the threshold, and a
    one-shot user-active watch each time it fires. Nothing polls."""

    name = "mutter"
    idleStarted = Signal(float)
    inputAgain = Signal()

    def __init__(self, session_bus: QDBusConnection,
                 threshold_s: float = IDLE_THRESHOLD_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = session_bus
        self._threshold_ms = int(threshold_s * 1000)
        self._idle_watch: int | None = None
        self._active_watch: int | None = None
        if problem := _registered(session_bus, MUTTER_IDLE):
            self.unavailable(problem)
            return
        self._iface = QDBusInterface(MUTTER_IDLE, MUTTER_IDLE_PATH, MUTTER_IDLE, session_bus,
                                     self)
        if not self._iface.isValid():
            self.unavailable(f"{MUTTER_IDLE} cannot be introspected")  # i18n-exempt: diagnostics

    def start(self) -> None:
        self._bus.connect(MUTTER_IDLE, MUTTER_IDLE_PATH, MUTTER_IDLE, "WatchFired", self,
                          SLOT("_fired(uint)"))
        # AddIdleWatch takes a 't' (uint64): invoked through the introspected meta-method
        # with a typed argument, so it goes on the wire as 't', not as a signed 'x'.
        self._idle_watch = self._invoke_uint("AddIdleWatch", "qulonglong", self._threshold_ms)

    def stop(self) -> None:
        for watch in (self._idle_watch, self._active_watch):
            if watch is not None:
                self._invoke_void_uint("RemoveWatch", watch)
        self._idle_watch = self._active_watch = None

    def idle_seconds(self) -> float | None:
        value = _value(self._iface.call("GetIdletime"))
        return None if value is None else int(value) / 1000

    @Slot("uint")
    def _fired(self, watch: int) -> None:
        if watch == self._idle_watch:
            self.idleStarted.emit(self._threshold_ms / 1000)
            if self._active_watch is None:
                self._active_watch = self._invoke_uint("AddUserActiveWatch", None, 0)
        elif watch == self._active_watch:
            self._active_watch = None   # user-active watches fire once
            self.inputAgain.emit()

    def _invoke_uint(self, method: str, arg_type: str | None, arg: int) -> int | None:
        args = [Q_ARG(arg_type, arg)] if arg_type else []
        try:
            result = QMetaObject.invokeMethod(self._iface, method,
                                              Qt.ConnectionType.DirectConnection,
                                              Q_RETURN_ARG("uint"), *args)
        except (RuntimeError, TypeError) as exc:
            log.warning("mutter %s failed: %s", method, exc)
            return None
        return int(result) if result is not None else None

    def _invoke_void_uint(self, method: str, arg: int) -> None:
        try:
            QMetaObject.invokeMethod(self._iface, method, Qt.ConnectionType.DirectConnection,
                                     Q_ARG("uint", arg))
        except (RuntimeError, TypeError) as exc:
            log.warning("mutter %s failed: %s", method, exc)


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong),
                ("eventMask", ctypes.c_ulong)]


class X11Idle(PolledIdle):
    """XScreenSaverQueryInfo through ctypes (libXss), checked as polledidle.py describes.
    Under Wayland it only sees X clients, so it refuses to run there."""

    name = "x11-xss"

    def __init__(self, threshold_s: float = IDLE_THRESHOLD_SECONDS,
                 parent: QObject | None = None, *, display: str | None = None) -> None:
        super().__init__(threshold_s, parent)
        self._display = None
        display = display or os.environ.get("DISPLAY")
        if reason := _no_x11(display, "XScreenSaver"):
            self.unavailable(reason)
            return
        xlib = ctypes.util.find_library("X11")
        xss = ctypes.util.find_library("Xss")  # i18n-exempt: a library name
        if not xlib or not xss:
            self.unavailable("libX11 or libXss is not installed")  # i18n-exempt: diagnostics
            return
        self._x11 = ctypes.cdll.LoadLibrary(xlib)
        self._xss = ctypes.cdll.LoadLibrary(xss)
        self._x11.XOpenDisplay.restype = ctypes.c_void_p
        self._x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self._x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self._x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        self._xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                                    ctypes.POINTER(_XScreenSaverInfo)]
        self._xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
        self._display = self._x11.XOpenDisplay(display.encode())
        if not self._display:
            self.unavailable(f"cannot open X display {display}")  # i18n-exempt: diagnostics
            return
        event, error = ctypes.c_int(), ctypes.c_int()
        if not self._xss.XScreenSaverQueryExtension(self._display, ctypes.byref(event),
                                                    ctypes.byref(error)):
            self.unavailable(  # i18n-exempt: diagnostics
                "the X server has no MIT-SCREEN-SAVER extension")
            return
        self._root = self._x11.XDefaultRootWindow(self._display)
        self._info = self._xss.XScreenSaverAllocInfo()

    def idle_seconds(self) -> float | None:
        if self._display is None or self._reason:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return self._info.contents.idle / 1000

    def stop(self) -> None:
        super().stop()
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None


# -- busy: the session's idle inhibitors and do-not-disturb ------------------------------


class _PropertyWatch(Backend):
    busyChanged = Signal(bool)
    service = path = iface = prop = ""

    def __init__(self, session_bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = session_bus
        self._busy = False
        if problem := _registered(session_bus, self.service):
            self.unavailable(problem)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        self._bus.connect(self.service, self.path, PROPERTIES, "PropertiesChanged", self,
                          SLOT("_changed(QString,QVariantMap,QStringList)"))
        self._update(get_property(self._bus, self.service, self.path, self.iface, self.prop))

    def stop(self) -> None:
        self._bus.disconnect(self.service, self.path, PROPERTIES, "PropertiesChanged", self,
                             SLOT("_changed(QString,QVariantMap,QStringList)"))

    @Slot(str, "QVariantMap", "QStringList")
    def _changed(self, iface: str, changed: dict, invalidated: list) -> None:
        if iface != self.iface:
            return
        if self.prop in changed:
            self._update(changed[self.prop])
        elif self.prop in invalidated:
            self._update(get_property(self._bus, self.service, self.path, self.iface,
                                      self.prop))

    def _update(self, value: Any) -> None:
        busy = self.is_busy(value)
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def is_busy(self, value: Any) -> bool:
        raise NotImplementedError


class GnomeSessionBusy(_PropertyWatch):
    """GNOME's session manager: ``InhibitedActions`` has the idle bit while a call or a video
    asks the session not to go idle."""

    name = "gnome-session"
    service, path, iface, prop = (GNOME_SESSION, GNOME_SESSION_PATH, GNOME_SESSION,
                                  "InhibitedActions")

    def is_busy(self, value: Any) -> bool:
        return bool(int(value or 0) & INHIBIT_IDLE)


class NotificationsBusy(_PropertyWatch):
    """The notification daemon's do-not-disturb (``Inhibited``; KDE Plasma and others)."""

    name = "notifications-dnd"
    service, path, iface, prop = (  # i18n-exempt: D-Bus names
        NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, "Inhibited")

    def is_busy(self, value: Any) -> bool:
        return bool(value)


class _XErrorEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("display", ctypes.c_void_p),
                ("resourceid", ctypes.c_ulong), ("serial", ctypes.c_ulong),
                ("error_code", ctypes.c_ubyte), ("request_code", ctypes.c_ubyte),
                ("minor_code", ctypes.c_ubyte)]


_X_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))


def is_fullscreen(active_window: int | None, states: list[int], fullscreen_atom: int) -> bool:
    """The EWMH decision: the window that has the focus says it is full screen."""
    return bool(active_window) and fullscreen_atom in states


def _no_x11(display: str | None, what: str) -> str | None:
    """Why an X11 query cannot work in this session (None when it can)."""
    if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return f"a Wayland session ({what} would only see X clients)"  # i18n-exempt: diagnostics
    if not display:
        return "no X display"  # i18n-exempt: diagnostics
    return None


class X11FullScreen(Backend):
    """EWMH on X11: the root window's ``_NET_ACTIVE_WINDOW`` and that window's
    ``_NET_WM_STATE`` (``_NET_WM_STATE_FULLSCREEN``), read through ctypes (libX11).

    A *pull* source: nothing watches or polls here. :meth:`busy_now` is asked when the
    scheduler is about to show a prompt and, while a prompt waits for the session to be
    free, on the scheduler's own coarse re-check. ``busyChanged`` is never emitted (a
    change seen on request is returned to the one who asked).
    """

    name = "x11-fullscreen"
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, display: str | None = None) -> None:
        super().__init__(parent)
        self._display = None
        self._busy = False
        # A window can vanish between two reads (BadWindow): Xlib's default handler would
        # end the process, so a quiet one stands in while we read (see _read_atoms).
        self._errors = 0

        def on_error(_display: int, _event: Any) -> int:
            self._errors += 1
            return 0

        self._on_error = _X_ERROR_HANDLER(on_error)
        display = display or os.environ.get("DISPLAY")
        if reason := _no_x11(display, "EWMH"):
            self.unavailable(reason)
            return
        xlib = ctypes.util.find_library("X11")
        if not xlib:
            self.unavailable("libX11 is not installed")  # i18n-exempt: diagnostics
            return
        x = self._x11 = ctypes.cdll.LoadLibrary(xlib)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.restype = ctypes.c_int
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XSetErrorHandler.restype = ctypes.c_void_p
        x.XSetErrorHandler.argtypes = [ctypes.c_void_p]
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            self.unavailable(f"cannot open X display {display}")  # i18n-exempt: diagnostics
            return
        self._root = x.XDefaultRootWindow(self._display)
        atom = self._atoms = {
            n: x.XInternAtom(self._display, n.encode(), 0)
            for n in ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN",
                      "_NET_SUPPORTED")}
        # A window manager that speaks EWMH lists what it supports on the root window.
        supported = self._read_atoms(self._root, atom["_NET_SUPPORTED"])
        if supported is None or atom["_NET_ACTIVE_WINDOW"] not in supported:
            self.unavailable(  # i18n-exempt: diagnostics
                "the window manager does not publish _NET_ACTIVE_WINDOW (EWMH)")

    @property
    def busy(self) -> bool:
        """What the last :meth:`busy_now` found."""
        return self._busy

    def busy_now(self) -> bool:
        if self._display is None or self._reason:
            return False
        [active] = self._read_atoms(self._root, self._atoms["_NET_ACTIVE_WINDOW"]) or [0]
        states = self._read_atoms(active, self._atoms["_NET_WM_STATE"]) if active else []
        busy = is_fullscreen(active, states or [], self._atoms["_NET_WM_STATE_FULLSCREEN"])
        if busy != self._busy:
            log.info("full screen: %s (window 0x%x)", busy, active)
        self._busy = busy
        return busy

    def stop(self) -> None:
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None

    def _read_atoms(self, window: int, prop: int) -> list[int] | None:
        """A format-32 list property (ATOM or WINDOW), or None if it cannot be read."""
        x = self._x11
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        previous = x.XSetErrorHandler(ctypes.cast(self._on_error, ctypes.c_void_p))
        errors = self._errors
        try:
            status = x.XGetWindowProperty(self._display, window, prop, 0, 64, 0, 0,  # any type
                                          ctypes.byref(kind), ctypes.byref(fmt),
                                          ctypes.byref(count), ctypes.byref(after),
                                          ctypes.byref(data))
            x.XSync(self._display, 0)
        finally:
            x.XSetErrorHandler(previous)
        try:
            if status != 0 or self._errors != errors or not data.value:
                return None
            if fmt.value != 32:
                return []
            # Xlib hands format-32 items over as C longs, whatever the server's size.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [items[i] for i in range(count.value)]
        finally:
            if data.value:
                x.XFree(data)


class AnyBusy(Backend):
    """Busy while any of several sources says so.

    Push sources (the D-Bus ones) report changes through ``busyChanged``; pull sources
    (full screen) are read by :meth:`busy_now`, which also gives the push sources' state.
    """

    busyChanged = Signal(bool)

    def __init__(self, sources: list[Backend], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources = [s for s in sources if s.is_available()]
        self.name = "+".join(s.name for s in self._sources)
        self._busy = False
        if not self._sources:
            self.unavailable(  # i18n-exempt: diagnostics
                "; ".join(s.reason for s in sources) or "no busy source")
        for s in sources:
            if s in self._sources:
                s.setParent(self)
                s.busyChanged.connect(self._update)
            else:
                s.deleteLater()

    @property
    def sources(self) -> list[Backend]:
        return list(self._sources)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        for s in self._sources:
            s.start()

    def stop(self) -> None:
        for s in self._sources:
            s.stop()

    def busy_now(self) -> bool:
        """Any source busy right now (pull sources are read now; nothing is emitted)."""
        return any(s.busy_now() if hasattr(s, "busy_now") else getattr(s, "busy", False)
                   for s in self._sources)

    def _update(self) -> None:
        # Only what the push sources say: a pull source's last reading may be stale, and
        # the scheduler asks it afresh anyway.
        busy = any(getattr(s, "busy", False) for s in self._sources
                   if not hasattr(s, "busy_now"))
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)
