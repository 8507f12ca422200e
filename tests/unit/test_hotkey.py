"""The pause shortcut: the portable key combinations, and the Windows global hotkey run here
on Linux against a fake user32 and fabricated MSG structs (it has not run on Windows here)."""

from __future__ import annotations

import ctypes
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from steadypause.core import keys
from steadypause.core.settings import FIELDS_BY_NAME, Settings
from steadypause.platform import hotkey, windows, windows_hotkey
from steadypause.platform.windows_hotkey import (
    ERROR_HOTKEY_ALREADY_REGISTERED,
    HOTKEY_ID,
    MOD_ALT,
    MOD_CONTROL,
    MOD_NOREPEAT,
    MOD_SHIFT,
    MOD_WIN,
    WM_HOTKEY,
    WindowsHotkey,
)

# --- the portable combinations ------------------------------------------------------------


@pytest.mark.parametrize(("text", "canonical"), [
    ("Ctrl+Alt+Shift+P", "Ctrl+Alt+Shift+P"),
    ("shift+alt+ctrl+p", "Ctrl+Alt+Shift+P"),
    ("Win+Shift+F9", "Meta+Shift+F9"),
    ("Meta+Alt+0", "Meta+Alt+0"),
    ("Control+Alt+PageDown", "Ctrl+Alt+PgDown"),
    (" Ctrl + Alt + space ", "Ctrl+Alt+Space"),
    ("Ctrl+Alt+Insert", "Ctrl+Alt+Ins"),
])  # fmt: skip
def test_combinations_are_read_and_written_the_way_qt_writes_them(
    text: str, canonical: str
) -> None:
    assert str(keys.parse_combination(text)) == canonical
    assert keys.check_combination(text) == (canonical, None)


def test_qt_writes_the_same_text_as_the_parser() -> None:
    from PySide6.QtGui import QKeySequence

    portable = QKeySequence.SequenceFormat.PortableText
    for text in ("Ctrl+Alt+Shift+P", "Meta+Ctrl+Alt+Shift+F12", "Ctrl+Alt+PgUp", "Meta+Shift+Del"):
        assert QKeySequence.fromString(text, portable).toString(portable) == text
        assert str(keys.parse_combination(text)) == text


@pytest.mark.parametrize(("text", "words"), [
    ("P", "needs Ctrl, Alt or Win"),
    ("Shift+P", "needs Ctrl, Alt or Win"),
    ("F9", "needs Ctrl, Alt or Win"),
    ("Ctrl+", "is not a key combination"),
    ("Ctrl++", "is not a key combination"),
    ("Hyper+P", "“Hyper” is not a modifier"),
    ("Ctrl+Alt+é", "“é” cannot be used here"),
    ("Ctrl+Alt+Escape", "cannot be used here"),
])  # fmt: skip
def test_combinations_that_cannot_be_used_say_why(text: str, words: str) -> None:
    with pytest.raises(keys.KeyCombinationError, match=words):
        keys.parse_combination(text)
    value, problem = keys.check_combination(text)
    assert value is None
    assert problem is not None
    assert words in problem


def test_the_setting_takes_a_combination_or_nothing() -> None:
    field = FIELDS_BY_NAME["pause_shortcut"]
    assert field.kind.name == "key_combination"
    assert Settings().pause_shortcut == "Ctrl+Alt+Shift+P"
    assert field.coerce("alt+ctrl+shift+k") == ("Ctrl+Alt+Shift+K", None)
    assert field.coerce("") == ("", None)
    assert field.coerce(5)[0] is None
    assert "in quotes" in (field.check(5) or "")
    assert "needs Ctrl" in (field.check("K") or "")


# --- the Windows hotkey against a fake user32 ---------------------------------------------


class FakeUser32:
    """RegisterHotKey / UnregisterHotKey over a set of combinations other programs hold."""

    def __init__(self, taken: set[tuple[int, int]] | None = None) -> None:
        self.taken = taken or set()
        self.ours: dict[int, tuple[int, int]] = {}
        self.calls: list[tuple[Any, ...]] = []
        self.error = 0

    def RegisterHotKey(self, hwnd: Any, ident: int, modifiers: int, vk: int) -> int:
        self.calls.append(("register", hwnd, ident, modifiers, vk))
        if (modifiers & ~MOD_NOREPEAT, vk) in self.taken:
            self.error = ERROR_HOTKEY_ALREADY_REGISTERED
            return 0
        self.ours[ident] = (modifiers, vk)
        return 1

    def UnregisterHotKey(self, hwnd: Any, ident: int) -> int:
        self.calls.append(("unregister", hwnd, ident))
        return int(self.ours.pop(ident, None) is not None)


def make(user32: FakeUser32) -> WindowsHotkey:
    return WindowsHotkey(user32=user32, last_error=lambda: user32.error, native=False)


@pytest.mark.parametrize(("text", "modifiers", "vk"), [
    ("Ctrl+Alt+Shift+P", MOD_CONTROL | MOD_ALT | MOD_SHIFT, ord("P")),
    ("Meta+Shift+F9", MOD_WIN | MOD_SHIFT, 0x78),
    ("Ctrl+Alt+7", MOD_CONTROL | MOD_ALT, ord("7")),
    ("Ctrl+Alt+Space", MOD_CONTROL | MOD_ALT, 0x20),
    ("Ctrl+Alt+PgDown", MOD_CONTROL | MOD_ALT, 0x22),
    ("Ctrl+Alt+Del", MOD_CONTROL | MOD_ALT, 0x2E),
    ("Alt+Pause", MOD_ALT, 0x13),
    ("Ctrl+F24", MOD_CONTROL, 0x87),
])  # fmt: skip
def test_combinations_become_modifier_flags_and_virtual_keys(
    text: str, modifiers: int, vk: int
) -> None:
    assert windows_hotkey.win32_keys(keys.parse_combination(text)) == (modifiers | MOD_NOREPEAT, vk)


def test_register_and_unregister_call_user32(qtbot: QtBot) -> None:
    user32 = FakeUser32()
    key = make(user32)
    assert key.is_available()
    assert key.register("ctrl+alt+shift+p") is None
    assert key.keys == "Ctrl+Alt+Shift+P"
    assert user32.calls == [
        ("register", None, HOTKEY_ID, MOD_CONTROL | MOD_ALT | MOD_SHIFT | MOD_NOREPEAT, ord("P"))
    ]
    # Another combination replaces it: the old one is let go first.
    assert key.register("Ctrl+Alt+Shift+K") is None
    assert user32.calls[1:] == [
        ("unregister", None, HOTKEY_ID),
        ("register", None, HOTKEY_ID, MOD_CONTROL | MOD_ALT | MOD_SHIFT | MOD_NOREPEAT, ord("K")),
    ]
    key.stop()
    assert user32.calls[-1] == ("unregister", None, HOTKEY_ID)
    assert user32.ours == {}
    assert key.keys == ""
    key.stop()  # nothing registered: nothing called
    assert len(user32.calls) == 4


def test_empty_means_no_hotkey(qtbot: QtBot) -> None:
    user32 = FakeUser32()
    key = make(user32)
    assert key.register("Ctrl+Alt+Shift+P") is None
    assert key.register("") is None
    assert user32.calls[-1] == ("unregister", None, HOTKEY_ID)
    assert user32.ours == {}


def test_a_combination_another_program_holds_is_never_taken(qtbot: QtBot) -> None:
    user32 = FakeUser32(taken={(MOD_CONTROL | MOD_ALT | MOD_SHIFT, ord("P"))})
    key = make(user32)
    message = key.register("Ctrl+Alt+Shift+P")
    assert message == (
        "Ctrl+Alt+Shift+P is already used by another program, so Steady Pause "
        "left it alone. You can choose other keys for a pause in Settings."
    )
    assert key.keys == ""
    assert user32.ours == {}
    assert [c[0] for c in user32.calls] == ["register"]  # asked once, nothing forced


def test_other_failures_name_the_windows_error(qtbot: QtBot) -> None:
    user32 = FakeUser32(taken={(MOD_CONTROL | MOD_ALT, ord("P"))})
    key = WindowsHotkey(user32=user32, last_error=lambda: 87, native=False)
    message = key.register("Ctrl+Alt+P") or ""
    assert "could not be set up (Windows error 87)" in message
    assert key.keys == ""


def test_a_combination_that_cannot_be_used_is_not_registered(qtbot: QtBot) -> None:
    user32 = FakeUser32()
    key = make(user32)
    message = key.register("P") or ""
    assert message.startswith("The pause shortcut P cannot be used: “P” needs Ctrl")
    assert user32.calls == []


def test_wm_hotkey_with_our_id_activates(qtbot: QtBot) -> None:
    key = make(FakeUser32())
    key.register("Ctrl+Alt+Shift+P")
    with qtbot.waitSignal(key.activated, timeout=100):
        key.on_message(HOTKEY_ID)
    with qtbot.assertNotEmitted(key.activated):
        key.on_message(HOTKEY_ID + 1)  # someone else's hotkey id
        key.unregister()
        key.on_message(HOTKEY_ID)  # let go: a late message does nothing


def test_the_native_filter_reads_wm_hotkey_from_a_real_msg_layout(qtbot: QtBot) -> None:
    key = make(FakeUser32())
    key.register("Ctrl+Alt+Shift+P")
    native = windows.MessageFilter(WM_HOTKEY, key.on_message)
    ours = windows.MSG(None, WM_HOTKEY, HOTKEY_ID, (ord("P") << 16) | 0x7)
    other_id = windows.MSG(None, WM_HOTKEY, 3, 0)
    power = windows.MSG(None, windows.WM_POWERBROADCAST, HOTKEY_ID, 0)
    seen: list[str] = []
    key.activated.connect(lambda: seen.append("pause"))
    for msg in (ours, other_id, power):
        assert native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (False, 0)
    assert native.nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(ours)) == (False, 0)
    assert seen == ["pause"]


def test_registering_installs_the_native_filter_and_unregistering_removes_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed: list[Any] = []
    monkeypatch.setattr(
        windows_hotkey,
        "install_filter",
        lambda message, handler: installed.append(message) or "filter",
    )
    monkeypatch.setattr(windows_hotkey, "remove_filter", lambda f: installed.append(("removed", f)))
    user32 = FakeUser32()
    key = WindowsHotkey(user32=user32, last_error=lambda: 0)
    key.register("Ctrl+Alt+Shift+P")
    assert installed == [("removed", None), WM_HOTKEY]
    key.unregister()
    assert installed[-1] == ("removed", "filter")


def test_off_windows_the_real_hotkey_is_unavailable_and_this_system_has_none(qtbot: QtBot) -> None:
    real = WindowsHotkey()
    assert not real.is_available()
    assert real.register("Ctrl+Alt+Shift+P") is None
    here = hotkey.for_this_system()
    assert isinstance(here, hotkey.UnavailableHotkey)
    assert not here.is_available()
    assert here.register("Ctrl+Alt+Shift+P") is None


def test_linux_never_imports_the_windows_hotkey() -> None:
    code = textwrap.dedent("""
        import sys
        from steadypause.platform import hotkey
        hotkey.for_this_system()
        import steadypause.ui.settings_dialog, steadypause.session.controller
        print(sorted(m for m in sys.modules if m.startswith("steadypause.platform.")))
    """)
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert "windows" not in done.stdout
