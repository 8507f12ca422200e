"""A headless Sway (wlroots) for the real-desktop tests, and input through the wlroots
test routes: the ``zwlr_virtual_pointer_v1`` and ``zwp_virtual_keyboard_v1`` protocols.

``WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman`` runs it without a
GPU or input devices. Sway refuses to start as root ("Unable to drop root"): when the tests
run as root (CI), Sway runs as ``nobody`` (``setpriv``, util-linux) with a runtime dir of
its own owned by that user; the test processes (root) reach its socket by its full path
(``WAYLAND_DISPLAY`` may be a path) and keep a runtime dir of their own. Its session bus is
a private ``dbus-daemon`` (Sway needs none; the app's scenario does).

Debian 12's Sway 1.7 (wlroots 0.15) offers ``org_kde_kwin_idle``, not yet
``ext_idle_notifier_v1`` (wlroots 0.16, Sway 1.8).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kwin_session import SessionProcesses

from steadypause.platform.wayland_client import SEAT, Connection, Interface, fixed
from support.buses import start_session_bus
from support.environment import without_desktop_session
from support.waiting import wait_for

NOBODY = 65534
CONFIG = """\
output HEADLESS-1 resolution 1024x768
xwayland disable
default_border none
"""

VIRTUAL_POINTER = Interface(
    "zwlr_virtual_pointer_v1",
    1,
    requests=[
        ("motion", "uff"),
        ("motion_absolute", "uuuuu"),
        ("button", "uuu"),
        ("axis", "uuf"),
        ("frame", ""),
        ("axis_source", "u"),
        ("axis_stop", "uu"),
        ("axis_discrete", "uufi"),
        ("destroy", ""),
    ],
)
POINTER_MANAGER = Interface(
    "zwlr_virtual_pointer_manager_v1",
    1,
    requests=[("create_virtual_pointer", "?on"), ("destroy", "")],
    types={"create_virtual_pointer": [SEAT, VIRTUAL_POINTER]},
)
VIRTUAL_KEYBOARD = Interface(
    "zwp_virtual_keyboard_v1",
    1,
    requests=[("keymap", "uhu"), ("key", "uuu"), ("modifiers", "uuuu"), ("destroy", "")],
)
KEYBOARD_MANAGER = Interface(
    "zwp_virtual_keyboard_manager_v1",
    1,
    requests=[("create_virtual_keyboard", "on")],
    types={"create_virtual_keyboard": [SEAT, VIRTUAL_KEYBOARD]},
)


def sway_runnable() -> str:
    """'' when Sway can run here, else why not (a skip reason)."""
    if shutil.which("sway") is None:
        return "sway is not installed (apt: sway)"
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        return "Sway refuses to run as root, and setpriv (util-linux) is missing"
    return ""


@dataclass
class SwaySession(SessionProcesses):
    """One running headless Sway; :attr:`env` is what a client inside it needs."""

    root: Path
    env: dict[str, str]
    display: str  # the socket's full path
    procs: list[subprocess.Popen] = field(default_factory=list)


@contextlib.contextmanager
def sway_session() -> Iterator[SwaySession]:
    root = Path(tempfile.mkdtemp(prefix="sp-sway-", dir="/tmp"))
    root.chmod(0o755)
    own = root / "sway-run"  # Sway's runtime dir (and HOME), its user's only
    own.mkdir(mode=0o700)
    clients = root / "run"  # the clients' runtime dir
    clients.mkdir(mode=0o700)
    (root / "config").write_text(CONFIG, encoding="utf-8")
    as_nobody: list[str] = []
    if os.geteuid() == 0:
        os.chown(own, NOBODY, NOBODY)
        as_nobody = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    base = without_desktop_session("SWAYSOCK")
    sway_env = {
        **base,
        "XDG_RUNTIME_DIR": str(own),
        "HOME": str(own),
        "WLR_BACKENDS": "headless",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "WLR_RENDERER": "pixman",
    }
    env = {
        **base,
        "XDG_RUNTIME_DIR": str(clients),
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "sway",
    }
    session = SwaySession(root, env, "")
    try:
        log = (root / "sway.log").open("wb")
        sway = subprocess.Popen(
            [*as_nobody, "sway", "-c", str(root / "config")],
            env=sway_env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        log.close()
        session.procs.append(sway)

        def socket() -> Path | None:
            found = [p for p in own.glob("wayland-*") if not p.name.endswith(".lock")]
            return found[0] if found else None

        wait_for(socket, 20, "the Sway socket", proc=sway)
        session.display = env["WAYLAND_DISPLAY"] = str(socket())
        _, env["DBUS_SESSION_BUS_ADDRESS"] = start_session_bus(
            session.start, stderr=subprocess.DEVNULL
        )
        yield session
    finally:
        session.close()


def _keymap_text() -> bytes:
    """The default XKB keymap (libxkbcommon, which Qt needs anyway), as text."""
    xkb = ctypes.CDLL(ctypes.util.find_library("xkbcommon") or "libxkbcommon.so.0")
    xkb.xkb_context_new.restype = ctypes.c_void_p
    xkb.xkb_keymap_new_from_names.restype = ctypes.c_void_p
    xkb.xkb_keymap_new_from_names.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
    xkb.xkb_keymap_get_as_string.restype = ctypes.c_void_p
    xkb.xkb_keymap_get_as_string.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xkb.xkb_keymap_unref.argtypes = [ctypes.c_void_p]
    xkb.xkb_context_unref.argtypes = [ctypes.c_void_p]
    context = xkb.xkb_context_new(0)
    keymap = xkb.xkb_keymap_new_from_names(context, None, 0)
    pointer = xkb.xkb_keymap_get_as_string(keymap, 1)  # XKB_KEYMAP_FORMAT_TEXT_V1
    text = ctypes.string_at(pointer)
    ctypes.CDLL(None).free(ctypes.c_void_p(pointer))
    xkb.xkb_keymap_unref(keymap)
    xkb.xkb_context_unref(context)
    return text


class VirtualInput:
    """A virtual pointer and keyboard (wlroots' test routes); Sway treats their input as
    a person's: it resets the idle timers and goes to the focused window."""

    def __init__(self, session: SwaySession) -> None:
        self._conn = Connection(session.display)
        seat = self._conn.bind(SEAT, 1)
        pointers = self._conn.bind(POINTER_MANAGER)
        keyboards = self._conn.bind(KEYBOARD_MANAGER)
        if seat is None or pointers is None or keyboards is None:
            raise RuntimeError("Sway offers no virtual pointer or keyboard")
        pointer = pointers.request("create_virtual_pointer", seat, None, new=VIRTUAL_POINTER)
        keyboard = keyboards.request("create_virtual_keyboard", seat, None, new=VIRTUAL_KEYBOARD)
        assert pointer is not None
        assert keyboard is not None
        self._pointer, self._keyboard = pointer, keyboard
        text = _keymap_text() + b"\0"
        fd = os.memfd_create("sp-keymap", 0)
        try:
            os.write(fd, text)
            keyboard.request("keymap", 1, fd, len(text))  # XKB_V1; libwayland sends a dup
            self._conn.roundtrip()
        finally:
            os.close(fd)
        self._t0 = time.monotonic()

    def _ms(self) -> int:
        return int((time.monotonic() - self._t0) * 1000)

    def move_pointer(self, dx: float = 5.0, dy: float = 5.0) -> None:
        self._pointer.request("motion", self._ms(), fixed(dx), fixed(dy))
        self._pointer.request("frame")
        self._conn.roundtrip()

    def key(self, evdev_code: int) -> None:
        self._keyboard.request("key", self._ms(), evdev_code, 1)
        self._keyboard.request("key", self._ms(), evdev_code, 0)
        self._conn.roundtrip()

    def close(self) -> None:
        self._conn.close()
