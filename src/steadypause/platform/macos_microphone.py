"""The microphone in use on macOS: CoreAudio's "running somewhere" on the default input.

Imported by platform/sources.py on macOS only; it cannot run on the machines the tests run
on, so the backend takes its CoreAudio reader as an argument (tests give it a fake).
``kAudioDevicePropertyDeviceIsRunningSomewhere`` on the default input device says whether
any process records from it; a property listener (called on a CoreAudio thread) reports
each change, so nothing is polled. CoreAudio does not say which application it is: the
status and History name it "another app".
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from steadypause.platform.base import Backend

log = logging.getLogger(__name__)

ANOTHER_APP = "another app"  # i18n-exempt: the status's and History's detail


def _code(four: str) -> int:
    return int.from_bytes(four.encode("ascii"), "big")


SYSTEM_OBJECT = 1
DEFAULT_INPUT_DEVICE = _code("dIn ")
RUNNING_SOMEWHERE = _code("gone")
SCOPE_GLOBAL = _code("glob")
ELEMENT_MAIN = 0


class CoreAudioInput(Protocol):
    def running(self) -> bool:
        """Whether any process records from the default input now."""
        ...

    def listen(self, changed: Callable[[], None]) -> None:
        """Call ``changed`` (from any thread) whenever that may have changed."""


class MacMicrophone(Backend):
    name = "coreaudio"
    usersChanged = Signal(str)
    _posted = Signal()

    def __init__(self, audio: CoreAudioInput | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._users = ""
        self._last = ""
        if audio is None:
            try:
                audio = CoreAudio()
            except (OSError, AttributeError) as exc:
                self.unavailable(f"CoreAudio cannot be read: {exc}")  # i18n-exempt: diagnostics
                return
        self._audio = audio
        self._posted.connect(self._read)

    def users(self) -> str:
        return self._users

    def detail(self) -> str:
        if self._users:
            return f"in use by {self._users}"  # i18n-exempt: diagnostics
        return f"last used by {self._last}" if self._last else ""  # i18n-exempt: diagnostics

    def start(self) -> None:
        self._audio.listen(self._posted.emit)
        self._read()

    @Slot()
    def _read(self) -> None:
        users = ANOTHER_APP if self._audio.running() else ""
        if users != self._users:
            self._users = users
            self._last = users or self._last
            self.usersChanged.emit(users)


class _Address(ctypes.Structure):
    _fields_ = (
        ("selector", ctypes.c_uint32),
        ("scope", ctypes.c_uint32),
        ("element", ctypes.c_uint32),
    )


_LISTENER = ctypes.CFUNCTYPE(
    ctypes.c_int32, ctypes.c_uint32, ctypes.c_uint32, ctypes.POINTER(_Address), ctypes.c_void_p
)


class CoreAudio:
    """The real CoreAudio framework through ctypes (macOS only)."""

    def __init__(self) -> None:
        path = ctypes.util.find_library("CoreAudio")
        if path is None:
            raise OSError("no CoreAudio framework")  # i18n-exempt: diagnostics
        self._lib: Any = ctypes.CDLL(path)
        self._device = self._get(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE)
        self._callbacks: list[Any] = []  # kept alive while CoreAudio may call them

    def _get(self, obj: int, selector: int) -> int:
        address = _Address(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        value, size = ctypes.c_uint32(0), ctypes.c_uint32(4)
        status = self._lib.AudioObjectGetPropertyData(
            obj, ctypes.byref(address), 0, None, ctypes.byref(size), ctypes.byref(value)
        )
        if status != 0:
            raise OSError(f"AudioObjectGetPropertyData: {status}")  # i18n-exempt: diagnostics
        return int(value.value)

    def running(self) -> bool:
        return bool(self._get(self._device, RUNNING_SOMEWHERE))

    def listen(self, changed: Callable[[], None]) -> None:
        def called(obj: int, count: int, addresses: Any, data: Any) -> int:
            changed()
            return 0

        callback = _LISTENER(called)
        self._callbacks.append(callback)
        address = _Address(RUNNING_SOMEWHERE, SCOPE_GLOBAL, ELEMENT_MAIN)
        self._lib.AudioObjectAddPropertyListener(
            self._device, ctypes.byref(address), callback, None
        )
