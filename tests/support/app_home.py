"""Private HOME and XDG directories for an app process, so it never reads or writes the
files of the person running the tests."""

from __future__ import annotations

from pathlib import Path

PRIVATE_DIRS = (
    "HOME",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
    "XDG_RUNTIME_DIR",
)


def make_private_dirs(root: Path, env: dict[str, str]) -> None:
    """One directory (mode 0700) under ``root`` for each of HOME and the XDG directories,
    named after it in lower case, set in ``env``. Keep ``root`` short: the app's socket
    goes under the runtime directory, and Unix socket paths are limited to ~108 bytes.
    The welcome counts as seen (see :func:`welcome_seen`)."""
    for name in PRIVATE_DIRS:
        path = root / name.lower()
        path.mkdir(mode=0o700)
        env[name] = str(path)
    welcome_seen(Path(env["XDG_STATE_HOME"]))


def welcome_seen(state_home: Path) -> Path:
    """Leave the marker that says the first-run welcome was shown (core/first_run.py), so an
    app started in a test bed is a person's second start, not its first; the tests of the
    welcome take it away. Returns the marker's path."""
    marker = state_home / "steadypause" / "welcome-shown"
    marker.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    marker.write_text("seen in a test bed\n")
    marker.chmod(0o600)  # as the app writes it: the privacy test checks every file's mode
    return marker


def settings_file(env: dict[str, str]) -> Path:
    """Where the app of ``env`` reads its settings."""
    return Path(env["XDG_CONFIG_HOME"]) / "steadypause" / "settings.toml"


def ipc_socket(env: dict[str, str]) -> Path:
    """The command socket of the app running with ``env``."""
    return Path(env["XDG_RUNTIME_DIR"]) / "steadypause" / "ipc.sock"
