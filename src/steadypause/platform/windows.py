"""Windows backends through ctypes only (user32, wtsapi32, shell32, kernel32).

Imported by platform/sources.py on Windows only. Each backend takes the system call it
needs as an optional argument, so that its decisions can be tested anywhere with a fake;
without one it loads the real DLL, and says it is unavailable when it cannot.

- power: ``WM_POWERBROADCAST`` (``PBT_APMSUSPEND``, then ``PBT_APMRESUMEAUTOMATIC`` on every
  wake and ``PBT_APMRESUMESUSPEND`` too when a person woke it: one wake is reported);
- lock: ``WM_WTSSESSION_CHANGE`` after ``WTSRegisterSessionNotification`` on a hidden
  window of our own; both messages are read by a Qt native event filter;
- idle: ``GetLastInputInfo`` against ``GetTickCount`` (both wrap after 49.7 days);
- busy: ``SHQueryUserNotificationState`` (presentation mode, a full-screen app or game),
  a pull source asked only before a prompt, like X11 full screen;
- the clock gap: ``GetTickCount64`` counts sleep, ``QueryUnbiasedInterruptTime`` does not.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
)
from PySide6.QtGui import QWindow

from steadypause.core.activity import IDLE_THRESHOLD_SECONDS
from steadypause.platform.base import Backend
from steadypause.platform.polledidle import PolledIdle

log = logging.getLogger(__name__)

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_APMRESUMESUSPEND = 0x0007
PBT_APMRESUMEAUTOMATIC = 0x0012
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WTS_SESSION_UNLOCK = 0x8
NOTIFY_FOR_THIS_SESSION = 0
# QUERY_USER_NOTIFICATION_STATE
QUNS_NOT_PRESENT = 1  # screen saver, locked, or a hung app in front: not "busy"
QUNS_BUSY = 2  # a full-screen app
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6  # the first hour after install: about notifications, not us
QUNS_APP = 7  # a full-screen Store app
BUSY_STATES = frozenset({QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE, QUNS_APP})


# -- the decisions (pure) -----------------------------------------------------------------


def power_event(wparam: int, asleep: bool) -> str | None:
    """'sleeping', 'woke' or None for a ``WM_POWERBROADCAST`` wParam, given whether a
    suspend is already open. Windows may send two resume messages for one wake."""
    if wparam == PBT_APMSUSPEND:
        return None if asleep else "sleeping"
    if wparam in (PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND):
        return "woke" if asleep else None
    return None


def session_event(wparam: int) -> bool | None:
    """True for a lock, False for an unlock, None for any other session change."""
    return {WTS_SESSION_LOCK: True, WTS_SESSION_UNLOCK: False}.get(wparam)


def idle_ms(now_tick: int, last_input_tick: int) -> int:
    """Milliseconds since the last input from two 32-bit tick counts (which wrap)."""
    return (now_tick - last_input_tick) & 0xFFFFFFFF


def notification_busy(state: int) -> bool:
    return state in BUSY_STATES


# -- the messages -------------------------------------------------------------------------


class MSG(ctypes.Structure):
    """The start of a Win32 ``MSG`` (hwnd, message, wParam, lParam)."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


class MessageFilter(QAbstractNativeEventFilter):
    """Hands Windows messages of one kind to ``on_message(wparam)``; never eats them."""

    def __init__(self, message: int, on_message: Callable[[int], None]) -> None:
        super().__init__()
        self._message = message
        self._on_message = on_message

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        # QByteArray has the buffer protocol, which PySide6's stubs do not declare.
        if bytes(event_type) == b"windows_generic_MSG":  # type: ignore[arg-type]
            msg = MSG.from_address(int(message))
            if msg.message == self._message:
                self._on_message(int(msg.wParam))
        return False, 0


def install_filter(message: int, on_message: Callable[[int], None]) -> MessageFilter | None:
    app = QCoreApplication.instance()
    if app is None:
        return None
    native = MessageFilter(message, on_message)
    app.installNativeEventFilter(native)
    return native


def remove_filter(native: MessageFilter | None) -> None:
    app = QCoreApplication.instance()
    if native is not None and app is not None:
        app.removeNativeEventFilter(native)


def _windll(name: str) -> ctypes.CDLL | None:
    loader = getattr(ctypes, "windll", None)  # only on Windows
    return getattr(loader, name, None) if loader is not None else None


class WindowsPower(Backend):
    name = "win32-powerbroadcast"
    sleeping = Signal()
    woke = Signal()

    def __init__(self, parent: QObject | None = None, *, native: bool = True) -> None:
        super().__init__(parent)
        self._asleep = False
        self._filter: MessageFilter | None = None
        self._native = native
        if native and _windll("user32") is None:
            self.unavailable("not Windows")  # i18n-exempt: a diagnostic reason

    def start(self) -> None:
        # WM_POWERBROADCAST goes to every top-level window, Qt's hidden ones included.
        if self._native:
            self._filter = install_filter(WM_POWERBROADCAST, self.on_message)

    def stop(self) -> None:
        remove_filter(self._filter)
        self._filter = None

    def on_message(self, wparam: int) -> None:
        event = power_event(wparam, self._asleep)
        if event == "sleeping":
            self._asleep = True
            self.sleeping.emit()
        elif event == "woke":
            self._asleep = False
            self.woke.emit()


class WindowsLock(Backend):
    name = "win32-wtssession"
    lockedChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, native: bool = True) -> None:
        super().__init__(parent)
        self._filter: MessageFilter | None = None
        self._window: QWindow | None = None
        self._wts = _windll("wtsapi32") if native else None
        self._native = native
        if native and self._wts is None:
            self.unavailable("not Windows (no wtsapi32)")  # i18n-exempt: diagnostic

    def start(self) -> None:
        if not self._native or self._wts is None:
            return
        self._window = QWindow()  # never shown; winId() gives it an HWND
        hwnd = ctypes.c_void_p(int(self._window.winId()))
        if not self._wts.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
            log.warning("WTSRegisterSessionNotification failed; no lock events")
            return
        self._filter = install_filter(WM_WTSSESSION_CHANGE, self.on_message)

    def stop(self) -> None:
        remove_filter(self._filter)
        self._filter = None
        if self._window is not None and self._wts is not None:
            self._wts.WTSUnRegisterSessionNotification(ctypes.c_void_p(int(self._window.winId())))
            self._window.destroy()
            self._window = None

    def on_message(self, wparam: int) -> None:
        locked = session_event(wparam)
        if locked is not None:
            self.lockedChanged.emit(locked)


class _LASTINPUTINFO(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32)]


class WindowsIdle(PolledIdle):
    name = "win32-lastinput"

    def __init__(
        self,
        threshold_s: float = IDLE_THRESHOLD_SECONDS,
        parent: QObject | None = None,
        *,
        ticks: Callable[[], tuple[int, int] | None] | None = None,
    ) -> None:
        super().__init__(threshold_s, parent)
        if ticks is None:
            user32, kernel32 = _windll("user32"), _windll("kernel32")
            if user32 is None or kernel32 is None:
                self.unavailable("not Windows")  # i18n-exempt: a diagnostic reason
                return
            kernel32.GetTickCount.restype = ctypes.c_uint32

            def read() -> tuple[int, int] | None:
                info = _LASTINPUTINFO(ctypes.sizeof(_LASTINPUTINFO), 0)
                if not user32.GetLastInputInfo(ctypes.byref(info)):
                    return None
                return kernel32.GetTickCount(), info.dwTime

            ticks = read
        self._ticks = ticks

    def idle_seconds(self) -> float | None:
        if self._reason:
            return None
        read = self._ticks()
        return None if read is None else idle_ms(*read) / 1000


class WindowsBusy(Backend):
    """Presentation mode or a full-screen app: asked only when a prompt is ready."""

    name = "win32-notificationstate"
    busyChanged = Signal(bool)  # a pull source: never emitted

    def __init__(
        self, parent: QObject | None = None, *, state: Callable[[], int | None] | None = None
    ) -> None:
        super().__init__(parent)
        self._busy = False
        if state is None:
            shell32 = _windll("shell32")
            if shell32 is None:
                self.unavailable("not Windows")  # i18n-exempt: a diagnostic reason
                return

            def read() -> int | None:
                value = ctypes.c_int()
                ok = shell32.SHQueryUserNotificationState(ctypes.byref(value)) == 0  # S_OK
                return value.value if ok else None

            state = read
        self._state = state

    @property
    def busy(self) -> bool:
        return self._busy

    def busy_now(self) -> bool:
        if self._reason:
            return False
        state = self._state()
        self._busy = state is not None and notification_busy(state)
        return self._busy


def gap_clocks() -> tuple[Callable[[], float], Callable[[], float]] | None:
    """(a clock that counts sleep, one that does not), in seconds; None off Windows."""
    kernel32 = _windll("kernel32")
    if kernel32 is None:
        return None
    kernel32.GetTickCount64.restype = ctypes.c_uint64

    def unbiased() -> float:
        value = ctypes.c_uint64()
        kernel32.QueryUnbiasedInterruptTime(ctypes.byref(value))
        return value.value / 1e7  # 100 ns units

    return (lambda: kernel32.GetTickCount64() / 1000), unbiased
