"""Start at login: one small interface, one backend per operating system.

What the switch in the settings dialog shows is read back from the system each time
(``is_enabled()``): the autostart entry on disk, the registry value, the LaunchAgent. The
settings file does not hold a copy that could disagree with it.

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/<app id>.desktop``.
- Windows: the ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` value.
- macOS: ``~/Library/LaunchAgents/<app id>.plist`` with ``RunAtLoad``.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from steadypause import APP_ID, APP_NAME, DISPLAY_NAME
from steadypause.core.autostart import Autostart
from steadypause.core.files import write_private_atomic
from steadypause.core.i18n import translate

# plistlib (macOS) and subprocess (Windows) are imported where used, not here: every start
# builds the backend for this system before the tray icon shows, and Linux needs neither
# (~8 ms together).

log = logging.getLogger(__name__)

AUTOSTART_FLAG = "--autostart"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "SteadyPause"


def program_command() -> list[str]:
    """How a desktop (login session, launcher, shortcut) should run this installation.

    The installed ``steadypause`` script beside the running interpreter (a virtual
    environment's bin/ or Scripts/), else the one on PATH, else ``python -m steadypause``.
    Always with absolute paths: the desktop's PATH may not hold ~/.local/bin.
    """
    interpreter = Path(sys.executable)
    for name in (APP_NAME, f"{APP_NAME}.exe"):
        beside = interpreter.parent / name
        if beside.is_file():
            return [str(beside.absolute())]
    found = shutil.which(APP_NAME)
    if found:
        return [str(Path(found).absolute())]
    return [str(interpreter.absolute()), "-m", APP_NAME]


def launch_command() -> list[str]:
    """How the login session should start this installation of Steady Pause."""
    return [*program_command(), AUTOSTART_FLAG]


# --- Linux: an XDG autostart entry ---------------------------------------------------------

# Characters that make an argument need quotes in a Desktop Entry's Exec key.
EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these are escaped with a backslash.
_EXEC_ESCAPED = set('"`$\\')


def exec_quote(arg: str) -> str:
    """One argument as the Desktop Entry spec's Exec key wants it, ready for the file.

    Quoting (double quotes, backslash before ``"`$\\``) comes first; then ``%`` becomes
    ``%%`` (field codes) and every backslash is doubled for the key file's string escapes.
    """
    if any(ord(c) < 32 or ord(c) == 127 for c in arg):
        raise ValueError(  # i18n-exempt: programmer error (a path with control characters)
            f"an autostart command cannot contain control characters: {arg!r}"
        )
    if arg and not EXEC_RESERVED.intersection(arg):
        quoted = arg
    else:
        quoted = '"' + "".join("\\" + c if c in _EXEC_ESCAPED else c for c in arg) + '"'
    return quoted.replace("%", "%%").replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The autostart entry's text for ``command``."""
    return "\n".join(
        [  # i18n-exempt: the entry's keys and values (file content)
            "[Desktop Entry]",
            "Type=Application",
            f"Name={DISPLAY_NAME}",
            "Comment=A short compassion pause at the day's transitions",
            "Exec=" + " ".join(exec_quote(a) for a in command),
            "Icon=steadypause",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


class XdgAutostart:
    """An entry in ``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart`` by default)."""

    reason = ""

    def __init__(
        self, config_home: Path | None = None, command: Sequence[str] | None = None
    ) -> None:
        if config_home is None:
            env = os.environ.get("XDG_CONFIG_HOME", "")
            # The spec says a relative value is to be ignored.
            config_home = Path(env) if Path(env).is_absolute() else Path.home() / ".config"
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"
        self._command = list(command) if command is not None else None

    def is_available(self) -> bool:
        return True

    def is_enabled(self) -> bool:
        """True when the entry exists and no one has switched it off inside the file."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        lines = {line.strip().replace(" ", "") for line in text.splitlines()}
        return not ({"Hidden=true", "X-GNOME-Autostart-enabled=false"} & lines)

    def enable(self) -> None:
        command = self._command if self._command is not None else launch_command()
        write_private_atomic(self.path, desktop_entry(command))
        log.info("start at login: wrote %s", self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
        log.info("start at login: removed %s", self.path)


# --- Windows: the Run key ------------------------------------------------------------------


class RunKeyWriter(Protocol):
    """The few registry operations the Windows backend needs (a fake in tests)."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class WinregRunKey:
    """``HKCU\\...\\Run`` through winreg; only constructed on Windows."""

    def __init__(self) -> None:
        import winreg  # type: ignore[import-not-found,unused-ignore]  # Windows only

        self._winreg = winreg

    def get(self, name: str) -> str | None:
        w = self._winreg
        try:
            with w.OpenKey(w.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = w.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        w = self._winreg
        with w.CreateKey(w.HKEY_CURRENT_USER, RUN_KEY) as key:
            w.SetValueEx(key, name, 0, w.REG_SZ, value)

    def delete(self, name: str) -> None:
        w = self._winreg
        try:
            with w.OpenKey(w.HKEY_CURRENT_USER, RUN_KEY, 0, w.KEY_SET_VALUE) as key:
                w.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class WindowsRunKey:
    reason = ""

    def __init__(
        self, writer: RunKeyWriter | None = None, command: Sequence[str] | None = None
    ) -> None:
        self._writer = writer if writer is not None else WinregRunKey()
        self._command = list(command) if command is not None else None

    def value(self) -> str:
        """The command line stored in the Run value (Windows quoting rules)."""
        import subprocess  # here, not at the top: see the note there

        command = self._command if self._command is not None else launch_command()
        return subprocess.list2cmdline(command)

    def is_available(self) -> bool:
        return True

    def is_enabled(self) -> bool:
        return self._writer.get(RUN_VALUE) is not None

    def enable(self) -> None:
        self._writer.set(RUN_VALUE, self.value())

    def disable(self) -> None:
        self._writer.delete(RUN_VALUE)


# --- macOS: a LaunchAgent ------------------------------------------------------------------


def launch_agent(command: Sequence[str]) -> bytes:
    """The LaunchAgent plist that starts ``command`` at login."""
    import plistlib

    return plistlib.dumps(
        {  # i18n-exempt: LaunchAgent plist keys
            "Label": APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


class MacLaunchAgent:
    reason = ""

    def __init__(self, home: Path | None = None, command: Sequence[str] | None = None) -> None:
        home = home if home is not None else Path.home()
        self.path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"  # i18n-exempt: path
        self._command = list(command) if command is not None else None

    def is_available(self) -> bool:
        return True

    def is_enabled(self) -> bool:
        import plistlib

        try:
            data = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(data, dict) and data.get("RunAtLoad") is True

    def enable(self) -> None:
        command = self._command if self._command is not None else launch_command()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(launch_agent(command))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --- where none of these applies -----------------------------------------------------------


class NoAutostart:
    def __init__(self, reason: str) -> None:
        self.reason = reason

    def is_available(self) -> bool:
        return False

    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None:
        raise OSError(self.reason)

    def disable(self) -> None:
        pass


def for_this_system() -> Autostart:
    """The backend for the running operating system."""
    if sys.platform == "win32":
        try:
            return WindowsRunKey()
        except ImportError as exc:  # a Python without winreg
            return NoAutostart(
                translate("Settings", "The registry cannot be reached ({reason}).").format(
                    reason=exc
                )
            )
    if sys.platform == "darwin":
        return MacLaunchAgent()
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return XdgAutostart()
    return NoAutostart(
        translate("Settings", "Starting at login is not supported on {system}.").format(
            system=sys.platform
        )
    )
