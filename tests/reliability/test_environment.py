"""Environment: no session or system bus, no system tray on a real X server, a read-only
config directory, a full disk. Each time the real app starts, says what is wrong where
there is something to say, and keeps working.

No tray under the offscreen platform is covered by tests/widget/test_controller.py and
tests/integration/test_cli_process.py. The read-only and full-disk cases need a small
tmpfs: they mount one when run as root (as in CI containers), use file modes when not
root for read-only, and otherwise skip with the reason; the full disk is also simulated
in-process with an injected failing write.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from apphome import AppHome

from steadypause.core import files
from steadypause.core.settings import Settings, SettingsStore
from support.displays import start_xvfb

pytestmark = pytest.mark.slow

NO_BUS = "unix:path=/nonexistent/steadypause-test/bus"


def test_no_session_bus_and_no_system_bus(home: AppHome) -> None:
    home.env["DBUS_SESSION_BUS_ADDRESS"] = NO_BUS
    home.env["DBUS_SYSTEM_BUS_ADDRESS"] = NO_BUS
    app = home.start()
    assert home.command("pause")["window"] == "routine"
    assert home.command("dismiss")["window"] == "closed"
    assert home.cli("quit").returncode == 0
    assert app.wait(10) == 0
    log = home.log(app)
    assert "Traceback" not in log
    assert "CRITICAL" not in log


@pytest.fixture
def x_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/system-packages.txt, [test])")
    xvfb, display = start_xvfb("1024x768")
    try:
        if not display:
            pytest.skip("Xvfb did not start")
        yield display
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def test_no_tray_on_a_real_x_server_and_no_bus(home: AppHome, x_display: str) -> None:
    home.env.update(
        QT_QPA_PLATFORM="xcb",
        DISPLAY=x_display,
        DBUS_SESSION_BUS_ADDRESS=NO_BUS,
        DBUS_SYSTEM_BUS_ADDRESS=NO_BUS,
    )
    app = home.start()
    status = home.command("status")
    assert status["tray"] == "fallback"
    assert "no system tray found" in home.log(app)
    assert home.command("pause")["window"] == "routine"
    assert home.cli("quit").returncode == 0
    assert app.wait(10) == 0


# --- read-only and full ---------------------------------------------------------------------


def _mount_tmpfs(target: Path, options: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@contextlib.contextmanager
def tmpfs(target: Path, options: str) -> Iterator[None]:
    if not _mount_tmpfs(target, options):
        pytest.skip("needs root and permission to mount a tmpfs")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


def test_read_only_config_directory(home: AppHome) -> None:
    config = Path(home.env["XDG_CONFIG_HOME"])
    with contextlib.ExitStack() as stack:
        if os.geteuid() == 0:
            stack.enter_context(tmpfs(config, "size=64k,mode=0700"))
            (config / "steadypause").mkdir(mode=0o700)
            (config / "steadypause" / "settings.toml").write_text("work_minutes = 45\n")
            # And the user's own settings stay readable on a read-only file system.
            subprocess.run(["mount", "-o", "remount,ro", str(config)], check=True)
        else:
            (config / "steadypause").mkdir(mode=0o700)
            (config / "steadypause" / "settings.toml").write_text("work_minutes = 45\n")
            config.chmod(0o500)
            (config / "steadypause").chmod(0o500)
            stack.callback(lambda: ((config / "steadypause").chmod(0o700), config.chmod(0o700)))
        app = home.start()
        status = home.command("status")
        assert status["next_pause_at"] is not None
        assert home.command("pause")["window"] == "routine"
        assert "Traceback" not in home.log(app)
        assert home.cli("quit").returncode == 0
        assert app.wait(10) == 0


def test_read_only_config_home_without_a_settings_file(home: AppHome) -> None:
    config = Path(home.env["XDG_CONFIG_HOME"])
    with contextlib.ExitStack() as stack:
        if os.geteuid() == 0:
            stack.enter_context(tmpfs(config, "size=64k,mode=0700,ro"))
        else:
            config.chmod(0o500)
            stack.callback(lambda: config.chmod(0o700))
        app = home.start()
        assert home.command("status")["window"] == "closed"
        log = home.wait_log(app, "notice:")
        assert "Could not create" in log
        assert "settings will not be remembered" in log
        assert home.cli("quit").returncode == 0
        assert app.wait(10) == 0


def test_full_disk(home: AppHome) -> None:
    config = Path(home.env["XDG_CONFIG_HOME"])
    with tmpfs(config, "size=16k,mode=0700"):
        filler = config / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as f:
            while True:  # until the disk is full: ENOSPC ends it
                f.write(b"\0" * 4096)
                f.flush()
        app = home.start()
        assert home.command("pause")["window"] == "routine"
        log = home.wait_log(app, "notice:")
        assert "No space left on device" in log
        leftovers = [p.name for p in config.rglob("*") if p != filler]
        assert leftovers in ([], ["steadypause"])  # no half-written settings or temp files
        assert home.cli("quit").returncode == 0
        assert app.wait(10) == 0


def test_full_disk_injected_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", no_space)
    store = SettingsStore(tmp_path / "steadypause")
    result = store.load()
    assert result.settings == Settings()
    [message] = result.messages
    assert "No space left on device" in message
    assert "will not be remembered" in message
    assert list(store.directory.iterdir()) == []  # the temporary file was removed
