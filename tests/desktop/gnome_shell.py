"""A real GNOME Shell, headless, for the real-desktop tests and scripts/screenshots-gnome.

Everything runs on private buses in a private home and runtime dir; nothing reaches the
desktop of the person running the tests. See /work/shared/notes/platform-facts.md (or the
README's "Tests" section) for why each piece is there:

- a private "system" bus (a ``dbus-daemon --session`` exported as DBUS_SYSTEM_BUS_ADDRESS)
  with python-dbusmock's ``logind`` template (without logind the shell never finishes
  starting) and a mocked ``org.gnome.DisplayManager`` (without GDM there is no screen
  shield, so no ``org.gnome.ScreenSaver``);
- a private session bus whose daemon has the shell's HOME and XDG dirs: dconf-service is
  activated with the daemon's environment, and the shell must read what it writes
  (enabled extensions);
- ``gnome-shell --headless --wayland --no-x11 --virtual-monitor WxH`` in a private
  XDG_RUNTIME_DIR (mode 0700), its Wayland socket there;
- input through ``org.gnome.Mutter.RemoteDesktop`` (one session for a whole scenario:
  stopping it moves keyboard focus), screenshots through ``org.gnome.Shell.Screenshot``
  (answers only a caller owning an allow-listed name such as ``org.gnome.Screenshot``).

Every process is started in a process group of its own and ended by :meth:`stop`.
D-Bus is driven with dbus-python, which marshals the wire types explicitly (Mutter refuses
an ``i`` where it declared ``u``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import dbus

from support.waiting import wait_for

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[2]
EDITOR_SCRIPT = Path(__file__).with_name("standin_editor.py")
APPINDICATOR = "ubuntu-appindicators@ubuntu.com"
APT_LINE = (
    "sudo apt-get install gnome-shell gjs gnome-shell-extension-appindicator dbus "
    "libglib2.0-bin dconf-gsettings-backend "
    "libwayland-client0 libwayland-cursor0 libwayland-egl1"
)

# evdev key codes (linux/input-event-codes.h) for what the tests type.
KEY_ESC, KEY_BACKSPACE, KEY_TAB, KEY_ENTER, KEY_LEFTSHIFT, KEY_LEFTALT, KEY_SPACE = (
    1,
    14,
    15,
    28,
    42,
    56,
    57,
)
_ROWS = {"qwertyuiop": 16, "asdfghjkl": 30, "zxcvbnm": 44}
KEYCODES = {ch: start + i for row, start in _ROWS.items() for i, ch in enumerate(row)}
KEYCODES[" "] = KEY_SPACE
BTN_LEFT = 0x110

# Settings that keep a test's app predictable at any hour of any day: working hours all
# week, and no start-of-day or end-of-day cue of its own.
APP_SETTINGS = (
    "".join(
        f'hours_{day} = "00:00-23:59"\n'
        for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    )
    + "cue_start_of_day = false\ncue_end_of_day = false\n"
)


class DesktopError(RuntimeError):
    """Something in the test bed did not come up or answer in time."""


def missing_programs() -> list[str]:
    return [
        p
        for p in ("gnome-shell", "gjs", "dbus-daemon", "gnome-extensions", "gsettings")
        if shutil.which(p) is None
    ] + (
        []
        if Path("/usr/share/gnome-shell/extensions", APPINDICATOR).is_dir()
        else ["gnome-shell-extension-appindicator"]
    )


def wait_until(check: Callable[[], Any], seconds: float, what: str, every: float = 0.1) -> Any:
    """Poll ``check`` until it returns something true; its value, or DesktopError."""
    return wait_for(check, seconds, what, every=every, error=DesktopError)


class _Processes:
    """Children in process groups of their own, ended together (TERM, then KILL)."""

    def __init__(self) -> None:
        self._procs: list[tuple[str, subprocess.Popen[Any]]] = []

    def start(
        self, name: str, argv: list[str], env: dict[str, str], log_path: Path, **kwargs: Any
    ) -> subprocess.Popen[Any]:
        out = kwargs.pop("stdout", None)
        with log_path.open("ab") as log_file:
            proc = subprocess.Popen(
                argv,
                env=env,
                stdout=out or log_file,
                stderr=log_file,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                **kwargs,
            )
        self._procs.append((name, proc))
        log.info("started %s (pid %d)", name, proc.pid)
        return proc

    def end(self, proc: subprocess.Popen[Any], grace: float = 5.0) -> None:
        """TERM to the group, KILL to what is left of it after ``grace`` seconds.

        The leader is reaped only at the end: until then its pid (a zombie's, if it is
        gone) names the group, so no other process can have taken that number.
        """
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            wait_exited(proc, grace)
            # The rest of the group: D-Bus activated services of a bus daemon, for one.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        else:
            log.warning("pid %d had already ended (%s)", proc.pid, proc.returncode)
        proc.wait(timeout=10)
        self._procs = [(n, p) for n, p in self._procs if p is not proc]

    def end_all(self) -> None:
        for _name, proc in reversed(list(self._procs)):
            self.end(proc)


def wait_exited(proc: subprocess.Popen[Any], seconds: float) -> bool:
    """Wait until ``proc`` has ended, without reaping it (see :meth:`_Processes.end`)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT):
                return True
        except ChildProcessError:  # reaped already
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def _bus_daemon(
    procs: _Processes, name: str, socket: Path, env: dict[str, str], log_path: Path
) -> str:
    address = f"unix:path={socket}"
    procs.start(
        name, ["dbus-daemon", "--session", "--nofork", f"--address={address}"], env, log_path
    )
    wait_until(socket.exists, 10, f"the {name} socket")
    return address


def _has_name(bus: dbus.bus.BusConnection, name: str) -> bool:
    return bool(bus.name_has_owner(name))


class GnomeShell:
    """One headless GNOME Shell and its buses, in ``root`` (a short path under /tmp)."""

    def __init__(self, root: Path, size: tuple[int, int] = (1600, 1000)) -> None:
        self.root = root
        self.size = size
        self.home = root / "home"
        self.runtime = root / "rt"
        self.logs = root / "logs"
        self._procs = _Processes()
        self.session_address = ""
        self.system_address = ""
        self._session: dbus.bus.BusConnection | None = None
        self._system: dbus.bus.BusConnection | None = None
        self.shell: subprocess.Popen[Any] | None = None
        self.started_in = 0.0

    # -- environment ----------------------------------------------------------------------

    def base_env(self) -> dict[str, str]:
        """The environment of everything inside this desktop (without the buses)."""
        env = {
            k: v
            for k, v in os.environ.items()
            if k
            not in (
                "DISPLAY",
                "WAYLAND_DISPLAY",
                "XDG_SESSION_ID",
                "XAUTHORITY",
                "DBUS_SESSION_BUS_ADDRESS",
                "DBUS_SYSTEM_BUS_ADDRESS",
                "QT_QPA_PLATFORM",
                "XDG_CONFIG_DIRS",
                "XDG_DATA_DIRS",
            )
        }
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local/share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_STATE_HOME=str(self.home / ".local/state"),
            XDG_RUNTIME_DIR=str(self.runtime),
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP="GNOME",
            LANGUAGE="en",
            LANG="C.UTF-8",
            NO_AT_BRIDGE="1",
            GTK_A11Y="none",
        )
        if self.session_address:
            env["DBUS_SESSION_BUS_ADDRESS"] = self.session_address
        if self.system_address:
            env["DBUS_SYSTEM_BUS_ADDRESS"] = self.system_address
        return env

    def client_env(self) -> dict[str, str]:
        """For a Wayland client of this shell."""
        return {**self.base_env(), "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "wayland"}

    @property
    def session_bus(self) -> dbus.bus.BusConnection:
        if self._session is None:
            self._session = dbus.bus.BusConnection(self.session_address)
        return self._session

    @property
    def system_bus(self) -> dbus.bus.BusConnection:
        if self._system is None:
            self._system = dbus.bus.BusConnection(self.system_address)
        return self._system

    # -- start and stop -------------------------------------------------------------------

    def start(self) -> None:
        began = time.monotonic()
        for path in (self.home / ".config", self.home / ".local/share", self.logs):
            path.mkdir(parents=True, exist_ok=True)
        self.runtime.mkdir(mode=0o700, exist_ok=True)
        self.runtime.chmod(0o700)
        try:
            self._start_system_bus()
            self.session_address = _bus_daemon(
                self._procs,
                "session bus",
                self.root / "session_bus",
                self.base_env(),
                self.logs / "session-bus.log",
            )
            self._preset_dconf()
            self._start_shell()
        except BaseException:
            self.stop()
            raise
        self.started_in = time.monotonic() - began
        log.info("GNOME Shell ready in %.1f s", self.started_in)

    def _start_system_bus(self) -> None:
        env = self.base_env()
        self.system_address = _bus_daemon(
            self._procs, "system bus", self.root / "system_bus", env, self.logs / "system-bus.log"
        )
        env["DBUS_SYSTEM_BUS_ADDRESS"] = self.system_address
        self._procs.start(
            "logind mock",
            [sys.executable, "-m", "dbusmock", "--system", "--template", "logind"],
            env,
            self.logs / "logind.log",
        )
        self._procs.start(
            "GDM mock",
            [
                sys.executable,
                "-m",
                "dbusmock",
                "--system",
                "org.gnome.DisplayManager",
                "/org/gnome/DisplayManager/Manager",
                "org.gnome.DisplayManager.Manager",
            ],
            env,
            self.logs / "gdm.log",
        )
        wait_until(
            lambda: (
                _has_name(self.system_bus, "org.freedesktop.login1")
                and _has_name(self.system_bus, "org.gnome.DisplayManager")
            ),
            20,
            "the logind and GDM mocks",
        )
        gdm = self.system_bus.get_object(
            "org.gnome.DisplayManager", "/org/gnome/DisplayManager/Manager"
        )
        gdm.AddProperty(
            "org.gnome.DisplayManager.Manager",
            "Version",
            dbus.String("43.0"),
            dbus_interface="org.freedesktop.DBus.Mock",
        )

    def _preset_dconf(self) -> None:
        """Settings a fresh account would change by hand: no welcome tour, no animations,
        no hot corner (the pointer passes the top-left corner on its way to a click), no
        dimming or locking of its own while a scenario waits."""
        keys = [
            ("org.gnome.shell", "welcome-dialog-last-shown-version", "999999"),
            ("org.gnome.desktop.interface", "enable-animations", "false"),
            ("org.gnome.desktop.interface", "enable-hot-corners", "false"),
            ("org.gnome.desktop.session", "idle-delay", "0"),
            ("org.gnome.desktop.screensaver", "lock-enabled", "false"),
            ("org.gnome.desktop.screensaver", "idle-activation-enabled", "false"),
            ("org.gnome.settings-daemon.plugins.power", "idle-dim", "false"),
        ]
        env = self.base_env()
        for schema, key, value in keys:
            subprocess.run(
                ["gsettings", "set", schema, key, value],
                env=env,
                check=False,
                capture_output=True,
                timeout=30,
            )

    def _start_shell(self) -> None:
        width, height = self.size
        self.shell = self._procs.start(
            "gnome-shell",
            [
                "gnome-shell",
                "--headless",
                "--wayland",
                "--no-x11",
                f"--virtual-monitor={width}x{height}",
            ],
            self.base_env(),
            self.logs / "gnome-shell.log",
        )

        def ready() -> bool:
            if self.shell is not None and wait_exited(self.shell, 0):
                raise DesktopError(
                    f"gnome-shell ended while starting; see {self.logs / 'gnome-shell.log'}"
                )
            return (
                (self.runtime / "wayland-0").exists()
                and "GNOME Shell started at" in self.shell_log()
                and _has_name(self.session_bus, "org.gnome.Shell")
                and _has_name(self.session_bus, "org.gnome.Shell.ScreenShield")
                and _has_name(self.session_bus, "org.gnome.Mutter.RemoteDesktop")
                and _has_name(self.session_bus, "org.gnome.Mutter.IdleMonitor")
            )

        wait_until(ready, 60, "gnome-shell")
        # org.gnome.ScreenSaver is a small gjs service in front of the shell's screen
        # shield, started on first use (in a full session, gnome-settings-daemon uses it
        # at once). Start it as that session would, so apps find it running.
        self.session_bus.start_service_by_name("org.gnome.ScreenSaver")
        wait_until(
            lambda: _has_name(self.session_bus, "org.gnome.ScreenSaver"),
            20,
            "org.gnome.ScreenSaver",
        )
        # It opens in the Activities overview; Esc leaves it (the overview is also where
        # typed keys would go). Through a short-lived input session of its own.
        with RemoteInput(self) as keys:
            wait_until(
                lambda: self.shell_property("OverviewActive"), 20, "the Activities overview to open"
            )
            for _ in range(40):
                if not self.shell_property("OverviewActive"):
                    break
                keys.key(KEY_ESC)
                time.sleep(0.25)
            else:
                raise DesktopError("the Activities overview did not close")

    def shell_log(self) -> str:
        path = self.logs / "gnome-shell.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def shell_property(self, name: str) -> Any:
        try:
            obj = self.session_bus.get_object("org.gnome.Shell", "/org/gnome/Shell")
            return obj.Get(
                "org.gnome.Shell", name, dbus_interface="org.freedesktop.DBus.Properties"
            )
        except dbus.DBusException:
            return None

    def stop(self) -> None:
        for bus in (self._session, self._system):
            if bus is not None:
                with contextlib.suppress(Exception):
                    bus.close()
        self._session = self._system = None
        self._procs.end_all()

    # -- what runs inside -----------------------------------------------------------------

    def start_process(
        self, name: str, argv: list[str], env: dict[str, str], log_path: Path, **kwargs: Any
    ) -> subprocess.Popen[Any]:
        return self._procs.start(name, argv, env, log_path, **kwargs)

    def end_process(self, proc: subprocess.Popen[Any]) -> None:
        self._procs.end(proc)

    # -- extensions -----------------------------------------------------------------------

    def extension_state(self, uuid: str = APPINDICATOR) -> int | None:
        """ShellExtensions' state: 1 enabled, 2 disabled, 6 initialized (not enabled)."""
        try:
            obj = self.session_bus.get_object("org.gnome.Shell", "/org/gnome/Shell")
            info = obj.GetExtensionInfo(uuid, dbus_interface="org.gnome.Shell.Extensions")
        except dbus.DBusException:
            return None
        return int(info["state"]) if "state" in info else None

    def set_extension(self, on: bool, uuid: str = APPINDICATOR) -> None:
        subprocess.run(
            ["gnome-extensions", "enable" if on else "disable", uuid],
            env=self.base_env(),
            check=True,
            capture_output=True,
            timeout=30,
        )
        wanted = 1 if on else (2, 6)
        wait_until(
            lambda: (
                self.extension_state(uuid) in ((wanted,) if isinstance(wanted, int) else wanted)
            ),
            20,
            f"{uuid} to be {'enabled' if on else 'disabled'}",
        )

    # -- screen ---------------------------------------------------------------------------

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a PNG, through the shell's own screenshot service."""
        bus = self.session_bus
        if bus.request_name("org.gnome.Screenshot") not in (
            dbus.bus.REQUEST_NAME_REPLY_PRIMARY_OWNER,
            dbus.bus.REQUEST_NAME_REPLY_ALREADY_OWNER,
        ):
            raise DesktopError("could not own org.gnome.Screenshot")
        obj = bus.get_object("org.gnome.Shell.Screenshot", "/org/gnome/Shell/Screenshot")
        path.parent.mkdir(parents=True, exist_ok=True)
        ok, used = obj.Screenshot(
            False, False, str(path), dbus_interface="org.gnome.Shell.Screenshot"
        )
        if not ok:
            raise DesktopError(f"the shell did not save a screenshot to {path}")
        return Path(str(used))

    # -- notifications --------------------------------------------------------------------

    def click_notification_action(self, pointer: RemoteInput, which: str) -> None:
        """Click the first or the last action button of the notification banner on screen.

        GNOME Shell 43 shows a banner at the top centre of the primary monitor, about 498
        px wide; pointing at it expands it and shows its actions in one row below the text
        (measured from screenshots at 1600x1000: text 36-111 px, buttons 112-153 px,
        button widths follow their labels, so only the first and last are placed surely).
        """
        width, _height = self.size
        left, right = width / 2 - 249, width / 2 + 249
        pointer.move_to(width / 2, 60)  # over the text: the banner expands
        time.sleep(0.6)
        x = {"first": left + 45, "last": right - 45}[which]
        pointer.click(x, 132)

    # -- the screen shield ----------------------------------------------------------------

    def screensaver(self, method: str, *args: Any) -> Any:
        obj = self.session_bus.get_object("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")
        return getattr(obj, method)(*args, dbus_interface="org.gnome.ScreenSaver")

    def idle_ms(self) -> int:
        obj = self.session_bus.get_object(
            "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core"
        )
        return int(obj.GetIdletime(dbus_interface="org.gnome.Mutter.IdleMonitor"))


class RemoteInput:
    """Keyboard and pointer through one org.gnome.Mutter.RemoteDesktop session.

    Keep one open for a whole scenario: stopping a session moves keyboard focus away from
    the focused window (and a key in flight is lost).
    """

    def __init__(self, shell: GnomeShell) -> None:
        self._shell = shell
        self._session: dbus.Interface | None = None

    def __enter__(self) -> RemoteInput:
        bus = self._shell.session_bus
        desktop = bus.get_object(
            "org.gnome.Mutter.RemoteDesktop", "/org/gnome/Mutter/RemoteDesktop"
        )
        path = desktop.CreateSession(dbus_interface="org.gnome.Mutter.RemoteDesktop")
        self._session = dbus.Interface(
            bus.get_object("org.gnome.Mutter.RemoteDesktop", path),
            "org.gnome.Mutter.RemoteDesktop.Session",
        )
        self._session.Start()
        # The first key of a new session is lost (the virtual keyboard is set up on first
        # use): a Shift alone, which types nothing, goes first.
        self.key(KEY_LEFTSHIFT)
        time.sleep(0.2)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._session is not None:
            with contextlib.suppress(dbus.DBusException):
                self._session.Stop()
            self._session = None

    @property
    def session(self) -> dbus.Interface:
        if self._session is None:
            raise DesktopError("the input session is not open")
        return self._session

    def key(self, code: int, hold: float = 0.02) -> None:
        self.session.NotifyKeyboardKeycode(dbus.UInt32(code), dbus.Boolean(True))
        time.sleep(hold)
        self.session.NotifyKeyboardKeycode(dbus.UInt32(code), dbus.Boolean(False))

    def chord(self, modifier: int, code: int) -> None:
        """A key with a modifier held, e.g. ``chord(KEY_LEFTALT, KEYCODES["n"])``."""
        self.session.NotifyKeyboardKeycode(dbus.UInt32(modifier), dbus.Boolean(True))
        time.sleep(0.02)
        self.key(code)
        self.session.NotifyKeyboardKeycode(dbus.UInt32(modifier), dbus.Boolean(False))

    def type_text(self, text: str, every: float = 0.05) -> None:
        """Lower-case letters and spaces, one key at a time."""
        for ch in text:
            self.key(KEYCODES[ch])
            time.sleep(every)

    def move_by(self, dx: float, dy: float) -> None:
        self.session.NotifyPointerMotionRelative(dbus.Double(dx), dbus.Double(dy))

    def move_to(self, x: float, y: float) -> None:
        """To a screen position: into the top-left corner first, then relative from there."""
        width, height = self._shell.size
        self.move_by(-2 * width, -2 * height)
        time.sleep(0.05)
        self.move_by(x, y)
        time.sleep(0.05)

    def click(self, x: float, y: float, button: int = BTN_LEFT) -> None:
        self.move_to(x, y)
        self.session.NotifyPointerButton(dbus.Int32(button), dbus.Boolean(True))
        time.sleep(0.05)
        self.session.NotifyPointerButton(dbus.Int32(button), dbus.Boolean(False))


class App:
    """Steady Pause on the shell: its own config and data dirs, its command socket."""

    def __init__(self, shell: GnomeShell, home: Path, settings: str = APP_SETTINGS) -> None:
        self.shell = shell
        self.home = home
        for part in ("config/steadypause", "data", "state", "cache", "site"):
            (home / part).mkdir(parents=True, exist_ok=True)
        (home / "config/steadypause/settings.toml").write_text(settings, encoding="utf-8")
        self.log_path = home / "app.log"
        self.proc: subprocess.Popen[Any] | None = None

    @property
    def runtime(self) -> Path:
        return self.shell.runtime / "steadypause"

    def env(self) -> dict[str, str]:
        return {
            **self.shell.client_env(),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_STATE_HOME": str(self.home / "state"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "XDG_CONFIG_DIRS": str(self.home / "site"),
            "PYTHONUNBUFFERED": "1",
            # timer-now, dismiss, layout …: served only with this (session/commands.py).
            "STEADYPAUSE_TEST_COMMANDS": "1",
        }

    def start(self) -> None:
        self.proc = self.shell.start_process(
            "steadypause", [sys.executable, "-m", "steadypause"], self.env(), self.log_path
        )

        def answering() -> bool:
            if self.proc is not None and wait_exited(self.proc, 0):
                raise DesktopError("the app ended while starting:\n" + self.log_text())
            try:
                self.command("status")
            except DesktopError:
                return False
            return True

        wait_until(answering, 30, "the app's command socket", every=0.2)

    def command(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any]:
        """One command through the app's socket (the CLI's own client, in a child process
        so this process needs no QCoreApplication)."""
        code = (
            "import json, sys\n"
            "from steadypause.ipc.client import send_command\n"
            "from steadypause.ipc.errors import CommandError, IpcError\n"
            "try:\n"
            "    r = send_command(sys.argv[1], json.loads(sys.argv[2]), timeout_ms=10000)\n"
            "    print(json.dumps({'ok': True, 'result': r}))\n"
            "except CommandError as e:\n"
            "    print(json.dumps({'ok': False, 'error': str(e)}))\n"
            "except IpcError as e:\n"
            "    print(json.dumps({'ok': False, 'ipc': str(e)}))\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code, cmd, json.dumps(args or {})],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        try:
            reply = json.loads(out.stdout)
        except json.JSONDecodeError:
            raise DesktopError(f"no answer to {cmd}: {out.stderr.strip()}") from None
        if "ipc" in reply:
            raise DesktopError(reply["ipc"])
        if not reply["ok"]:
            raise CommandRefused(reply["error"])
        return reply["result"]

    def wait_for(
        self, check: Callable[[dict[str, Any]], bool], seconds: float, what: str
    ) -> dict[str, Any]:
        """Poll ``status`` until ``check(status)``; the status that passed."""
        found: dict[str, Any] = {}

        def poll() -> bool:
            found.update(self.command("status"))
            return check(found)

        wait_until(poll, seconds, what, every=0.25)
        return found

    def log_text(self) -> str:
        return (
            self.log_path.read_text(encoding="utf-8", errors="replace")
            if self.log_path.exists()
            else ""
        )

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.returncode is None:
            with contextlib.suppress(DesktopError, CommandRefused):
                self.command("quit")
            wait_exited(self.proc, 5)
        self.shell.end_process(self.proc)
        self.proc = None


class CommandRefused(RuntimeError):
    """The app answered ``ok: false`` (an unknown command, a bad argument)."""


class Editor:
    """tests/desktop/standin_editor.py on the shell: the window someone is typing in."""

    def __init__(self, shell: GnomeShell, workdir: Path) -> None:
        self.shell = shell
        workdir.mkdir(parents=True, exist_ok=True)
        self.text_file = workdir / "typed.txt"
        self.focus_file = workdir / "focus.txt"
        self.log_path = workdir / "editor.log"
        self.proc: subprocess.Popen[Any] | None = None

    def start(self) -> None:
        env = {**self.shell.client_env(), "PYTHONUNBUFFERED": "1"}
        with self.focus_file.open("wb") as out:
            self.proc = self.shell.start_process(
                "stand-in editor",
                [sys.executable, str(EDITOR_SCRIPT), str(self.text_file)],
                env,
                self.log_path,
                stdout=out,
            )
        wait_until(
            lambda: "focused" in self.focus_events(),
            20,
            "the stand-in editor to get keyboard focus",
        )

    def focus_events(self) -> list[str]:
        if not self.focus_file.exists():
            return []
        return self.focus_file.read_text(encoding="utf-8").split()

    def text(self) -> str:
        return self.text_file.read_text(encoding="utf-8") if self.text_file.exists() else ""

    def stop(self) -> None:
        if self.proc is not None:
            self.shell.end_process(self.proc)
            self.proc = None


@contextlib.contextmanager
def running_shell(size: tuple[int, int] = (1600, 1000)) -> Iterator[GnomeShell]:
    """A shell in a fresh private directory, stopped and removed afterwards."""
    # Short: Unix socket paths are limited to ~108 bytes.
    root = Path(tempfile.mkdtemp(prefix="sp-gnome-", dir="/tmp"))
    shell = GnomeShell(root, size)
    try:
        shell.start()
        yield shell
    finally:
        shell.stop()
        if os.environ.get("STEADYPAUSE_KEEP_DESKTOP") != "1":
            shutil.rmtree(root, ignore_errors=True)
        else:
            log.warning("kept %s", root)
