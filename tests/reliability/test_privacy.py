"""Privacy: the real app opens no network socket, and everything it writes is user-only.

A full session (start, a pause, a work-timer prompt, snooze, resume, status, quit)
against the real process. Its sockets are read from /proc/PID/fd and looked up in
/proc/PID/net: none may be TCP, UDP or raw. Every file and directory the app created
under its XDG directories is 0600 / 0700, checked while it runs (lock, socket) and
after it quits (settings). History files come with issue 6 and are not covered yet.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from apphome import AppHome

pytestmark = pytest.mark.slow

NET_TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6")


def socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = str(fd.readlink())
        except FileNotFoundError:
            continue  # closed meanwhile
        match = re.fullmatch(r"socket:\[(\d+)\]", target)
        if match:
            inodes.add(match.group(1))
    return inodes


def inet_inodes(pid: int) -> set[str]:
    """Inodes of every TCP/UDP/raw socket in the process's network namespace."""
    found = set()
    for table in NET_TABLES:
        path = Path(f"/proc/{pid}/net/{table}")
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9:
                found.add(fields[9])
    return found


def local_inodes(pid: int) -> set[str]:
    """Inodes of the Unix-domain and netlink sockets in the namespace."""
    found = set()
    for table, column in (("unix", 6), ("netlink", 9)):
        path = Path(f"/proc/{pid}/net/{table}")
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                fields = line.split()
                if len(fields) > column:
                    found.add(fields[column])
    return found


def modes_under(root: Path, created_by_test: set[Path]) -> dict[str, int]:
    found = {}
    for path in root.rglob("*"):
        if path in created_by_test or path.suffix == ".log":
            continue
        found[str(path.relative_to(root))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def check_modes(found: dict[str, int], root: Path) -> None:
    for name, mode in found.items():
        expected = 0o700 if (root / name).is_dir() else 0o600
        assert mode == expected, f"{name} is {oct(mode)}"


def test_a_full_session_opens_no_network_socket_and_writes_user_only_files(home: AppHome) -> None:
    ours = set(home.root.iterdir())
    app = home.start()
    steps = [
        ("pause", {}),
        ("dismiss", {}),
        ("timer-now", {}),
        ("dismiss", {}),
        ("snooze", {"minutes": 30}),
        ("resume", {}),
        ("snooze", {"until": "tomorrow"}),
        ("pause", {}),
        ("status", {}),
    ]
    for cmd, args in steps:
        home.command(cmd, **args)
        before = socket_inodes(app.pid)
        inet, local = inet_inodes(app.pid), local_inodes(app.pid)
        steady = before & socket_inodes(app.pid)  # not closed while the tables were read
        assert steady, "the app has its command socket at least"
        assert not steady & inet, f"a network socket after {cmd}"
        assert steady <= local, f"a socket that is not Unix or netlink after {cmd}"

    running = modes_under(home.root, ours)
    assert "xdg_runtime_dir/steadypause/instance.lock" in running
    assert "xdg_runtime_dir/steadypause/ipc.sock" in running
    check_modes(running, home.root)

    assert home.cli("quit").returncode == 0
    assert app.wait(10) == 0
    after = modes_under(home.root, ours)
    assert "xdg_config_home/steadypause/settings.toml" in after
    check_modes(after, home.root)
