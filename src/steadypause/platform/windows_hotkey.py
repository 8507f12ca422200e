"""The Windows global hotkey: ``RegisterHotKey`` / ``UnregisterHotKey`` through ctypes.

Imported on Windows only (platform/hotkey.py). The hotkey is registered for the GUI
thread (no window: ``hWnd`` NULL), so Windows posts ``WM_HOTKEY`` to that thread's queue,
where Qt's event dispatcher hands every message to the native event filters as
``windows_generic_MSG`` before dispatching it; the filter here reads ``wParam`` (the
hotkey's id). A press during one of Windows' own modal loops (while a window is dragged)
is not seen: the person presses again.

``MOD_NOREPEAT``: holding the keys down opens one pause, not one per auto-repeat.
``RegisterHotKey`` fails with ``ERROR_HOTKEY_ALREADY_REGISTERED`` when another program
holds the combination: nothing is taken from it, and the person is told.

The user32 functions and ``GetLastError`` can be passed in, so that all of this is
tested on any system with a fake (tests/unit/test_hotkey.py); it has not run on Windows
in those tests.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from steadypause import DISPLAY_NAME
from steadypause.core.i18n import translate
from steadypause.core.keys import Combination, KeyCombinationError, parse_combination
from steadypause.platform.hotkey import GlobalHotkey
from steadypause.platform.windows import MessageFilter, install_filter, remove_filter

log = logging.getLogger(__name__)

WM_HOTKEY = 0x0312
MOD_ALT = 0x0001
MOD_CONTROL = 0x0002
MOD_SHIFT = 0x0004
MOD_WIN = 0x0008
MOD_NOREPEAT = 0x4000
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
# Our hotkey's id; an application may use 0x0000 to 0xBFFF.
HOTKEY_ID = 0x5350

_MODIFIER_FLAGS = {  # i18n-exempt: key names
    "Meta": MOD_WIN,
    "Ctrl": MOD_CONTROL,
    "Alt": MOD_ALT,
    "Shift": MOD_SHIFT,
}
# Virtual-key codes of the named keys (letters and digits are their ASCII codes).
VIRTUAL_KEYS = {  # i18n-exempt: key names
    "Space": 0x20,
    "PgUp": 0x21,
    "PgDown": 0x22,
    "End": 0x23,
    "Home": 0x24,
    "Left": 0x25,
    "Up": 0x26,
    "Right": 0x27,
    "Down": 0x28,
    "Ins": 0x2D,
    "Del": 0x2E,
    "Pause": 0x13,
    **{f"F{n}": 0x70 + n - 1 for n in range(1, 25)},
}


def win32_keys(combination: Combination) -> tuple[int, int]:
    """(the fsModifiers for RegisterHotKey, MOD_NOREPEAT included; the virtual-key code)."""
    modifiers = MOD_NOREPEAT
    for name in combination.modifiers:
        modifiers |= _MODIFIER_FLAGS[name]
    key = combination.key
    return modifiers, VIRTUAL_KEYS[key] if key in VIRTUAL_KEYS else ord(key)


def _real_user32() -> tuple[Any, Callable[[], int]] | None:
    loader = getattr(ctypes, "WinDLL", None)  # only on Windows
    if loader is None:
        return None
    from ctypes import wintypes

    user32 = loader("user32", use_last_error=True)
    user32.RegisterHotKey.argtypes = [wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT]
    user32.RegisterHotKey.restype = wintypes.BOOL
    user32.UnregisterHotKey.argtypes = [wintypes.HWND, ctypes.c_int]
    user32.UnregisterHotKey.restype = wintypes.BOOL
    # typeshed declares get_last_error only when checking for Windows
    return user32, ctypes.get_last_error  # type: ignore[attr-defined]


class WindowsHotkey(GlobalHotkey):
    name = "win32-registerhotkey"

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        user32: Any = None,
        last_error: Callable[[], int] | None = None,
        native: bool = True,
    ) -> None:
        """``user32``: an object with RegisterHotKey and UnregisterHotKey (the real DLL when
        None); ``last_error``: GetLastError as ctypes keeps it; ``native``: install the
        Qt native event filter for WM_HOTKEY (tests call :meth:`on_message` directly)."""
        super().__init__(parent)
        self._filter: MessageFilter | None = None
        self._native = native
        if user32 is None:
            real = _real_user32()
            if real is None:
                self.unavailable("not Windows")  # i18n-exempt: a diagnostic reason
                return
            user32, last_error = real
        self._user32 = user32
        self._last_error = last_error or (lambda: 0)

    def register(self, keys: str) -> str | None:
        self.unregister()
        if self._reason or not keys.strip():
            return None
        try:
            combination = parse_combination(keys)
        except KeyCombinationError as exc:
            return translate(
                "Shortcut",
                "The pause shortcut {keys} cannot be used: {problem}. You can "
                "choose other keys in Settings.",
            ).format(keys=keys.strip(), problem=exc)
        modifiers, vk = win32_keys(combination)
        if not self._user32.RegisterHotKey(None, HOTKEY_ID, modifiers, vk):
            error = self._last_error()
            log.warning("RegisterHotKey %s failed: error %s", combination, error)
            if error == ERROR_HOTKEY_ALREADY_REGISTERED:
                return translate(
                    "Shortcut",
                    "{keys} is already used by another program, so {app} left it "
                    "alone. You can choose other keys for a pause in Settings.",
                ).format(keys=combination, app=DISPLAY_NAME)
            return translate(
                "Shortcut",
                "The pause shortcut {keys} could not be set up (Windows error "
                "{code}). You can choose other keys in Settings.",
            ).format(keys=combination, code=error)
        self._keys = str(combination)
        if self._native and self._filter is None:
            self._filter = install_filter(WM_HOTKEY, self.on_message)
        log.info("pause shortcut %s registered", combination)
        return None

    def unregister(self) -> None:
        if self._keys:
            if not self._user32.UnregisterHotKey(None, HOTKEY_ID):
                log.warning("UnregisterHotKey failed: error %s", self._last_error())
            self._keys = ""
        remove_filter(self._filter)
        self._filter = None

    def on_message(self, wparam: int) -> None:
        """A ``WM_HOTKEY`` for this thread: ours when its wParam is our id."""
        if wparam == HOTKEY_ID and self._keys:
            self.activated.emit()
