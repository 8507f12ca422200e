"""The microphone in use on Windows: the privacy settings' capability-access records.

Imported by platform/sources.py on Windows only; it cannot run on the machines the tests
run on, so the decisions are pure functions and the backend takes its registry as an
argument (tests give it a fake). Windows keeps, per application, under
``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore
\\microphone`` (packaged apps) and its ``NonPackaged`` subkey (desktop programs, the path
with ``#`` for ``\\``), two FILETIMEs: ``LastUsedTimeStart`` and ``LastUsedTimeStop``. While an
application records, its stop time is 0.

A thread waits on ``RegNotifyChangeKeyValue`` for the subtree (no timer, no polling) and,
after each change, reads the records and posts who records to the Qt thread.
"""

from __future__ import annotations

import ctypes
import importlib
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from steadypause.platform.base import Backend

log = logging.getLogger(__name__)

CONSENT_KEY = (
    r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\microphone"
)
REG_NOTIFY_CHANGE_LAST_SET = 0x4
REG_NOTIFY_CHANGE_NAME = 0x1
WAIT_OBJECT_0 = 0
INFINITE = 0xFFFFFFFF


@dataclass(frozen=True)
class ConsentEntry:
    key: str  # the subkey's name: a package family, or a program's path with '#'
    start: int  # LastUsedTimeStart (FILETIME; 0 never)
    stop: int  # LastUsedTimeStop (0 while in use)


def app_label(key: str) -> str:
    """``C:#Program Files#Zoom#bin#Zoom.exe`` → ``Zoom.exe``;
    ``Microsoft.SkypeApp_kzf8qxf38zg5c`` → ``Microsoft.SkypeApp``."""
    if "#" in key:
        return key.rsplit("#", 1)[-1]
    return key.split("_", 1)[0]


def users_from_consent(entries: Iterable[ConsentEntry]) -> str:
    """The applications recording now, sorted and comma-separated ("" none)."""
    return ", ".join(sorted({app_label(e.key) for e in entries if e.start and not e.stop}))


class ConsentRegistry(Protocol):
    def read(self) -> list[ConsentEntry]:
        """Every application's record."""
        ...

    def wait(self) -> bool:
        """Block until the records change (True) or :meth:`wake` is called (False)."""
        ...

    def wake(self) -> None:
        """Make a :meth:`wait` in another thread return False."""


class WindowsMicrophone(Backend):
    name = "windows-consent-store"
    usersChanged = Signal(str)
    _posted = Signal(str)

    def __init__(self, registry: ConsentRegistry | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._users = ""
        self._last = ""
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        if registry is None:
            try:
                registry = WinRegistry()
            except (ImportError, OSError, AttributeError) as exc:
                self.unavailable(
                    f"the consent store cannot be read: {exc}"
                )  # i18n-exempt: diagnostics
                return
        self._registry = registry
        self._posted.connect(self._apply)

    def users(self) -> str:
        return self._users

    def detail(self) -> str:
        if self._users:
            return f"in use by {self._users}"  # i18n-exempt: diagnostics
        return f"last used by {self._last}" if self._last else ""  # i18n-exempt: diagnostics

    def start(self) -> None:
        if self._thread is None:
            self._stopping.clear()
            self._thread = threading.Thread(target=self._run, name="consent-store", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            self._stopping.set()
            self._registry.wake()
            thread.join(2.0)

    @Slot(str)
    def _apply(self, users: str) -> None:
        if users != self._users:
            self._users = users
            self._last = users or self._last
            self.usersChanged.emit(users)

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                self._posted.emit(users_from_consent(self._registry.read()))
            except OSError as exc:
                log.warning("the consent store could not be read: %s", exc)
            if not self._registry.wait():
                break


class WinRegistry:
    """The real consent store, through winreg and advapi32/kernel32 (Windows only)."""

    def __init__(self) -> None:
        # Windows only (typed Any: mypy checks this file as on Linux, where winreg is empty)
        winreg: Any = importlib.import_module("winreg")
        self._winreg = winreg
        windll: Any = ctypes.windll  # type: ignore[attr-defined, unused-ignore]  # Windows only
        self._advapi, self._kernel = windll.advapi32, windll.kernel32
        self._key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, CONSENT_KEY)
        self._changed = self._kernel.CreateEventW(None, False, False, None)
        self._woken = self._kernel.CreateEventW(None, False, False, None)

    def read(self) -> list[ConsentEntry]:
        entries = self._subkeys(self._key, skip="NonPackaged")
        try:
            with self._winreg.OpenKey(self._key, "NonPackaged") as programs:
                entries += self._subkeys(programs, skip="")
        except OSError:
            pass  # no desktop program has asked yet
        return entries

    def _subkeys(self, key: Any, skip: str) -> list[ConsentEntry]:
        w, n = self._winreg, 0
        out: list[ConsentEntry] = []
        while True:
            try:
                name = w.EnumKey(key, n)
            except OSError:
                return out
            n += 1
            if name == skip:
                continue
            with w.OpenKey(key, name) as sub:
                try:
                    start = int(w.QueryValueEx(sub, "LastUsedTimeStart")[0])
                    stop = int(w.QueryValueEx(sub, "LastUsedTimeStop")[0])
                except OSError:
                    continue
            out.append(ConsentEntry(name, start, stop))

    def wait(self) -> bool:
        flags = REG_NOTIFY_CHANGE_LAST_SET | REG_NOTIFY_CHANGE_NAME
        handle = ctypes.c_void_p(self._key.handle)
        self._advapi.RegNotifyChangeKeyValue(handle, True, flags, self._changed, True)
        handles = (ctypes.c_void_p * 2)(self._changed, self._woken)
        return int(self._kernel.WaitForMultipleObjects(2, handles, False, INFINITE)) == 0

    def wake(self) -> None:
        self._kernel.SetEvent(self._woken)
