"""Start at login: what each backend writes, and that switching off removes it."""

from __future__ import annotations

import plistlib
import re
import stat
import subprocess
from pathlib import Path

import pytest

from steadypause.platform import autostart as au


def parse_exec(value: str) -> list[str]:
    """Read an Exec value back the way a desktop does: string escapes, then shell-like quotes."""
    unescaped = re.sub(
        r"\\(.)",
        lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)),
        value,
    )
    args: list[str] = []
    current: str | None = None
    quoted = False
    chars = iter(unescaped)
    for c in chars:
        if quoted:
            if c == "\\":
                nxt = next(chars)
                assert nxt in '"`$\\', f"backslash before {nxt!r} inside quotes"
                current += nxt
            elif c == '"':
                quoted = False
            else:
                current += c
        elif c == " ":
            if current is not None:
                args.append(current)
            current = None
        elif c == '"':
            quoted, current = True, current or ""
        else:
            assert c not in au.EXEC_RESERVED, f"unquoted reserved {c!r}"
            current = (current or "") + c
    assert not quoted
    if current is not None:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


@pytest.mark.parametrize(
    "path",
    [
        "/home/sam/.local/bin/steadypause",
        "/home/Sam Lee/My Apps/bin/steadypause",
        '/opt/we"ird $HOME `x` back\\slash/100%/steadypause',
    ],
)
def test_exec_line_quotes_per_the_desktop_entry_spec(path: str) -> None:
    text = au.desktop_entry([path, "--autostart"])
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert parse_exec(exec_line.removeprefix("Exec=")) == [path, "--autostart"]


def test_a_plain_path_is_left_unquoted_and_a_path_with_spaces_is_quoted() -> None:
    assert au.exec_quote("/usr/bin/steadypause") == "/usr/bin/steadypause"
    assert au.exec_quote("/home/Sam Lee/bin/steadypause") == '"/home/Sam Lee/bin/steadypause"'
    assert au.exec_quote("a$b") == '"a\\\\$b"'  # \$ in the spec, written \\$ in the file
    with pytest.raises(ValueError, match="control"):
        au.exec_quote("a\nb")


def test_xdg_entry_is_written_where_the_spec_says_and_removed_when_off(tmp_path: Path) -> None:
    backend = au.XdgAutostart(tmp_path, ["/home/Sam Lee/bin/steadypause", "--autostart"])
    assert backend.path == tmp_path / "autostart" / "io.github.steadypause.SteadyPause.desktop"
    assert not backend.is_enabled()
    backend.enable()
    assert backend.is_enabled()
    text = backend.path.read_text()
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert 'Exec="/home/Sam Lee/bin/steadypause" --autostart\n' in text
    assert stat.S_IMODE(backend.path.stat().st_mode) == 0o600
    backend.disable()
    assert not backend.path.exists()
    assert not backend.is_enabled()
    backend.disable()  # already off: nothing to do, no error


def test_xdg_default_location_follows_xdg_config_home(isolated_dirs: dict[str, Path]) -> None:
    backend = au.XdgAutostart()
    assert backend.path.parent == isolated_dirs["XDG_CONFIG_HOME"] / "autostart"


def test_an_entry_switched_off_inside_the_file_counts_as_off(tmp_path: Path) -> None:
    backend = au.XdgAutostart(tmp_path, ["/bin/steadypause", "--autostart"])
    backend.enable()
    backend.path.write_text(backend.path.read_text() + "Hidden=true\n")
    assert not backend.is_enabled()


def test_launch_command_is_absolute_and_asks_for_autostart() -> None:
    command = au.launch_command()
    assert Path(command[0]).is_absolute()
    assert command[-1] == "--autostart"


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_run_value_is_a_quoted_command_line() -> None:
    key = FakeRunKey()
    backend = au.WindowsRunKey(
        key, [r"C:\Users\Sam Lee\venv\Scripts\steadypause.exe", "--autostart"]
    )
    assert not backend.is_enabled()
    backend.enable()
    assert key.values == {
        "SteadyPause": r'"C:\Users\Sam Lee\venv\Scripts\steadypause.exe" --autostart'
    }
    assert backend.is_enabled()
    backend.disable()
    assert key.values == {}
    assert not backend.is_enabled()


def test_windows_value_round_trips_through_windows_quoting() -> None:
    command = [r"C:\Program Files\Steady Pause\steadypause.exe", "--autostart"]
    value = au.WindowsRunKey(FakeRunKey(), command).value()
    assert value == subprocess.list2cmdline(command)
    assert value.startswith('"C:\\Program Files\\Steady Pause\\steadypause.exe" ')


def test_macos_launch_agent_runs_at_load(tmp_path: Path) -> None:
    command = ["/Users/Sam Lee/venv/bin/steadypause", "--autostart"]
    backend = au.MacLaunchAgent(tmp_path, command)
    assert backend.path == (
        tmp_path / "Library" / "LaunchAgents" / "io.github.steadypause.SteadyPause.plist"
    )
    backend.enable()
    data = plistlib.loads(backend.path.read_bytes())
    assert data == {
        "Label": "io.github.steadypause.SteadyPause",
        "ProgramArguments": command,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert backend.is_enabled()
    backend.disable()
    assert not backend.is_enabled()


def test_unavailable_backend_says_why_and_refuses() -> None:
    backend = au.NoAutostart("Not here.")
    assert not backend.is_available()
    assert backend.reason == "Not here."
    with pytest.raises(OSError, match="Not here"):
        backend.enable()


def test_linux_gets_the_xdg_backend() -> None:
    assert isinstance(au.for_this_system(), au.XdgAutostart)
