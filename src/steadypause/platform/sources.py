"""The cue sources of this system, chosen once at start (see base.select)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtDBus import QDBusConnection

from steadypause.platform.base import (
    BusyDetector,
    IdleMonitor,
    LockEvents,
    MicrophoneWatch,
    PowerEvents,
    SleepGap,
    Source,
    Unavailable,
    describe,
    select,
)
from steadypause.platform.clockgap import ClockGap

log = logging.getLogger(__name__)


@dataclass
class CueSources:
    """One source of each capability (base.py declares what each offers)."""

    power: PowerEvents
    clock_gap: SleepGap
    lock: LockEvents
    idle: IdleMonitor
    busy: BusyDetector
    microphone: MicrophoneWatch = field(
        default_factory=lambda: Unavailable("not watched")  # i18n-exempt: diagnostics
    )

    def describe(self) -> dict[str, str]:
        return {
            "power": describe(self.power),
            "clock_gap": describe(self.clock_gap),
            "lock": describe(self.lock),
            "idle": describe(self.idle),
            "busy": describe(self.busy),
            "microphone": describe(self.microphone),
        }

    def all(self) -> list[Source]:
        return [self.power, self.clock_gap, self.lock, self.idle, self.busy, self.microphone]

    def start(self) -> None:
        for backend in self.all():
            if backend.is_available():
                backend.start()

    def stop(self) -> None:
        for backend in self.all():
            if backend.is_available():
                backend.stop()


def wayland_idle() -> IdleMonitor:
    """The Wayland idle protocols, tried only after Mutter's idle monitor: its module (and
    libwayland-client through ctypes) is loaded only in a Wayland session."""
    if not os.environ.get("WAYLAND_DISPLAY"):
        return Unavailable("ext-idle-notify: not a Wayland session")  # i18n-exempt: diagnostics
    from steadypause.platform.wayland_idle import WaylandIdle

    backend = WaylandIdle()
    if not backend.is_available():
        return Unavailable(f"ext-idle-notify: {backend.reason}")  # i18n-exempt: diagnostics
    return backend


def build_linux(system_bus: QDBusConnection, session_bus: QDBusConnection) -> CueSources:
    from steadypause.platform.any_busy import AnyBusy
    from steadypause.platform.linux.logind import LogindLockedHint, LogindPower
    from steadypause.platform.linux.mutter_idle import MutterIdle
    from steadypause.platform.linux.pulse_microphone import PulseMicrophone
    from steadypause.platform.linux.screensaver import ScreenSaverLock
    from steadypause.platform.linux.session_busy import GnomeSessionBusy, NotificationsBusy
    from steadypause.platform.linux.x11_fullscreen import X11FullScreen
    from steadypause.platform.linux.x11_idle import X11Idle

    locks: list[Callable[[], LockEvents]] = [
        lambda: ScreenSaverLock(session_bus, "org.gnome.ScreenSaver"),
        lambda: ScreenSaverLock(session_bus, "org.freedesktop.ScreenSaver"),
        lambda: LogindLockedHint(system_bus),
    ]
    idles: list[Callable[[], IdleMonitor]] = [
        lambda: MutterIdle(session_bus),
        wayland_idle,
        X11Idle,
    ]
    return CueSources(
        power=select("power", [lambda: LogindPower(system_bus)]),
        clock_gap=select("clock gap", [ClockGap]),  # i18n-exempt: log name
        lock=select("lock", locks),
        idle=select("idle", idles),
        busy=select(
            "busy",
            [
                lambda: AnyBusy(
                    [GnomeSessionBusy(session_bus), NotificationsBusy(session_bus), X11FullScreen()]
                )
            ],
        ),
        microphone=select("microphone", [PulseMicrophone]),
    )


def _windows_microphone() -> MicrophoneWatch:
    from steadypause.platform.windows_microphone import WindowsMicrophone

    return WindowsMicrophone()


def _macos_microphone() -> MicrophoneWatch:
    from steadypause.platform.macos_microphone import MacMicrophone

    return MacMicrophone()


def build_windows() -> CueSources:
    from steadypause.platform import windows

    clocks = windows.gap_clocks()
    return CueSources(
        power=select("power", [windows.WindowsPower]),
        clock_gap=select(
            "clock gap",  # i18n-exempt: log name
            [lambda: ClockGap(sleeping_clock=clocks[0], awake_clock=clocks[1])] if clocks else [],
        ),
        lock=select("lock", [windows.WindowsLock]),
        idle=select("idle", [windows.WindowsIdle]),
        busy=select("busy", [windows.WindowsBusy]),
        microphone=select("microphone", [_windows_microphone]),
    )


def build_macos() -> CueSources:
    from steadypause.platform import macos

    clocks = macos.gap_clocks()
    later = "not on macOS yet (it needs an Objective-C bridge)"  # i18n-exempt: diagnostics
    return CueSources(
        power=Unavailable(f"{later}; the clock gap notices sleep"),  # i18n-exempt: diagnostics
        clock_gap=select(
            "clock gap",  # i18n-exempt: log name
            [lambda: ClockGap(sleeping_clock=clocks[0], awake_clock=clocks[1])] if clocks else [],
        ),
        lock=Unavailable(later),
        idle=select("idle", [macos.MacIdle]),
        busy=Unavailable(later),
        microphone=select("microphone", [_macos_microphone]),
    )


def build() -> CueSources:
    """This system's cue sources, each the best one that works here."""
    if sys.platform.startswith("linux"):
        return build_linux(QDBusConnection.systemBus(), QDBusConnection.sessionBus())
    if sys.platform == "win32":
        return build_windows()
    if sys.platform == "darwin":
        return build_macos()
    why = f"no backend for {sys.platform} yet"  # i18n-exempt: diagnostics
    return CueSources(
        power=Unavailable(why),
        clock_gap=select("clock gap", [ClockGap]),  # i18n-exempt: log name
        lock=Unavailable(why),
        idle=Unavailable(why),
        busy=Unavailable(why),
    )
