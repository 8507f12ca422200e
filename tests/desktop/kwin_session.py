"""A headless KWin (``kwin_wayland --virtual``) for the real-desktop tests, and KWin's own
test route for input: the ``org_kde_kwin_fake_input`` protocol.

Each session has a private XDG_RUNTIME_DIR (so its socket name cannot meet anyone else's),
its own session bus (KWin puts ``org.freedesktop.ScreenSaver`` and ``org.kde.KWin`` there)
and only the processes it started, which it ends by their id.

Debian's ``/usr/bin/kwin_wayland`` carries the file capability ``cap_sys_resource=ep``; a
container refuses to execute such a file ("Operation not permitted"), and a copy without the
capability does not work (its built-in Qt platform plugin fails to load). So, when the
binary cannot be executed **and** the tests run as root (CI, the shared test machine), the
set-up removes the capability with ``setcap -r`` (package libcap2-bin) and says so on
stderr. Anywhere else the KWin tests are skipped with the command to run: nothing is
changed silently on someone's own machine. KWin then runs without raising its own
resource limits, which only matters for its real-time scheduling on a real desk.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from steadypause.platform.wayland_client import Connection, Interface, fixed
from support.buses import name_has_owner, start_session_bus
from support.environment import without_desktop_session
from support.waiting import wait_for

KWIN = "kwin_wayland"

# org_kde_kwin_fake_input version 4, as KWin 5.27 has it (plasma-wayland-protocols'
# fake-input.xml); only the requests used here are called.
FAKE_INPUT = Interface(
    "org_kde_kwin_fake_input",
    4,
    requests=[
        ("authenticate", "ss"),
        ("pointer_motion", "ff"),
        ("button", "uu"),
        ("axis", "uf"),
        ("touch_down", "2uff"),
        ("touch_motion", "2uff"),
        ("touch_up", "2u"),
        ("touch_cancel", "2"),
        ("touch_frame", "2"),
        ("pointer_motion_absolute", "3ff"),
        ("keyboard_key", "4uu"),
    ],
)

KEY_PRESSED, KEY_RELEASED = 1, 0


def kwin_runnable() -> str:
    """'' when kwin_wayland can be executed here (after removing the file capability where
    that is allowed, see the module's docstring), else why not (a skip reason)."""
    path = shutil.which(KWIN)
    if path is None:
        return "kwin_wayland is not installed (apt: kwin-wayland)"
    if _executes(path):
        return ""
    setcap = shutil.which("setcap")
    if os.geteuid() != 0 or setcap is None:
        return (
            f"{path} cannot be executed here (a file capability a container refuses); "
            f"on a test machine run: sudo setcap -r {path} (package libcap2-bin)"
        )
    print(
        f"\nkwin_session: {path} cannot be executed in this container because of its file "
        f"capability; removing it (setcap -r {path}) as this is root on a test machine",
        file=sys.stderr,
    )
    subprocess.run([setcap, "-r", path], check=False, capture_output=True)
    if _executes(path):
        return ""
    return f"{path} cannot be executed even without its file capability"


def _executes(path: str) -> bool:
    try:
        subprocess.run([path, "--version"], capture_output=True, timeout=30, check=False)
    except PermissionError:
        return False
    except (OSError, subprocess.TimeoutExpired):
        return False
    return True


class SessionProcesses:
    """What a headless compositor session in these tests does with its processes (KWin's
    and Sway's alike): start one inside the session, ask its bus, end them all with it.
    The session class gives ``root``, ``env`` and ``procs``."""

    root: Path
    env: dict[str, str]
    procs: list[subprocess.Popen]

    @property
    def runtime_dir(self) -> Path:
        """The clients' runtime dir."""
        return Path(self.env["XDG_RUNTIME_DIR"])

    def start(
        self, argv: list[str], env: dict[str, str] | None = None, **kwargs: object
    ) -> subprocess.Popen:
        """A process inside the session, ended with it."""
        proc = subprocess.Popen(
            argv, env={**self.env, **(env or {})}, stdin=subprocess.DEVNULL, **kwargs
        )  # type: ignore[call-overload]
        self.procs.append(proc)
        return proc

    def owns(self, name: str) -> bool:
        """Whether ``name`` has an owner on the session's bus."""
        return name_has_owner(self.env, name)

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class KWinSession(SessionProcesses):
    """One running headless KWin; :attr:`env` is what a client inside it needs."""

    root: Path
    env: dict[str, str]
    socket: str
    procs: list[subprocess.Popen] = field(default_factory=list)

    @property
    def display(self) -> str:
        """The socket by its full path (for clients whose XDG_RUNTIME_DIR is another)."""
        return str(self.runtime_dir / self.socket)


@contextlib.contextmanager
def kwin_session(width: int = 1024, height: int = 768) -> Iterator[KWinSession]:
    """A headless KWin with its own runtime dir and session bus."""
    root = Path(tempfile.mkdtemp(prefix="sp-kwin-", dir="/tmp"))
    runtime = root / "run"
    runtime.mkdir(mode=0o700)
    env = without_desktop_session()
    env.update(
        XDG_RUNTIME_DIR=str(runtime),
        KWIN_WAYLAND_NO_PERMISSION_CHECKS="1",
        XDG_SESSION_TYPE="wayland",
        XDG_CURRENT_DESKTOP="KDE",
    )
    socket = f"sp-kwin-{os.getpid()}"
    session = KWinSession(root, env, socket)
    try:
        _, env["DBUS_SESSION_BUS_ADDRESS"] = start_session_bus(
            session.start, stderr=subprocess.DEVNULL
        )
        log = (root / "kwin.log").open("wb")
        kwin = session.start(
            [KWIN, "--virtual", "--width", str(width), "--height", str(height), "--socket", socket],
            stdout=log,
            stderr=log,
        )
        log.close()
        wait_for(lambda: (runtime / socket).exists(), 20, "the KWin socket", proc=kwin)
        env["WAYLAND_DISPLAY"] = socket
        # Its D-Bus services (the screensaver among them) come a moment after the socket.
        wait_for(
            lambda: session.owns("org.freedesktop.ScreenSaver"),
            20,
            "KWin's org.freedesktop.ScreenSaver",
            proc=kwin,
        )
        yield session
    finally:
        session.close()


class FakeInput:
    """KWin's ``org_kde_kwin_fake_input``: input that KWin treats as real (it resets the
    idle timers and goes to the focused window). Needs KWIN_WAYLAND_NO_PERMISSION_CHECKS=1
    in KWin's environment (it is a restricted interface)."""

    def __init__(self, session: KWinSession) -> None:
        self._conn = Connection(session.display)
        proxy = self._conn.bind(FAKE_INPUT)
        if proxy is None:
            raise RuntimeError("KWin offers no org_kde_kwin_fake_input")
        self._input = proxy
        proxy.request("authenticate", b"steadypause-tests", b"input for the idle tests")
        self._conn.roundtrip()

    def move_pointer(self, dx: float = 5.0, dy: float = 5.0) -> None:
        self._input.request("pointer_motion", fixed(dx), fixed(dy))
        self._conn.roundtrip()

    def key(self, evdev_code: int) -> None:
        """Press and release one key (evdev code, e.g. 30 for A)."""
        self._input.request("keyboard_key", evdev_code, KEY_PRESSED)
        self._input.request("keyboard_key", evdev_code, KEY_RELEASED)
        self._conn.roundtrip()

    def close(self) -> None:
        self._conn.close()
