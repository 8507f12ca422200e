"""The app on a private accessibility bus under Xvfb, and a walker that reads it through AT-SPI.

What runs, all private to the test and ended by it: an Xvfb display (on a number it picks
itself: tests/support/displays.py) with openbox, a session ``dbus-daemon`` (which starts
``at-spi-bus-launcher`` and ``at-spi2-registryd`` from at-spi2-core on demand, as on a
desktop), Steady Pause itself (``python -m steadypause`` with private XDG directories and
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``) and ``atspi_walker.py`` under the system Python,
where Debian's python3-pyatspi lives (see that file).

The walk is part of the default test run; it is skipped only where those tools are missing.
``STEADYPAUSE_KEEP_A11Y=1`` keeps the run's directory under /tmp (every process's log, and a
core dump of the app if it crashed with core dumps on); ``STEADYPAUSE_A11Y_GDB=1`` runs the
app under gdb.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support import app_socket
from support.app_home import ipc_socket, make_private_dirs, settings_file
from support.buses import start_session_bus
from support.displays import start_xvfb

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"
# Every hour a working hour, so the reminder comes whenever the test runs; the quickest pace
# the settings allow, so one breath takes four seconds.
BASE_SETTINGS = "\n".join(
    [
        "schema_version = 1",
        "breath_in_seconds = 2.0",
        "breath_out_seconds = 2.0",
        "breath_cycles = 2",
        'reminder_style = "window"',
        *(f'hours_{d} = "00:00-23:59"' for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
    ]
)


def missing_tools() -> list[str]:
    need = {
        "Xvfb": "xvfb",
        "openbox": "openbox",
        "dbus-daemon": "dbus",
        "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
    }
    gone = [pkg for tool, pkg in need.items() if not shutil.which(tool)]
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        gone.append("python3-pyatspi")
    return gone


class Walker:
    """The AT-SPI walker subprocess: one JSON request, one JSON answer.

    Its answers are read by a thread, so a wait for one notices within a fraction of a
    second when the app has ended meanwhile and fails with the end of the app's log, rather
    than waiting for the walker to give up on an app that is gone.
    """

    POLL = 0.2  # s between looks at the app while an answer is awaited
    LONGEST = 90.0  # s: no request takes this long (the longest wait in one is 40 s)

    def __init__(self, app: subprocess.Popen[bytes], env: dict[str, str], log: Path) -> None:
        self.app, self.pid, self.env, self.log = app, app.pid, env, log
        self.restarts = 0
        self._start()

    def _start(self) -> None:
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(HERE / "atspi_walker.py"), str(self.pid)],
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(
            target=self._read_lines, args=(self.proc, self._lines), daemon=True
        )
        self._reader.start()
        self.app_name = self._read()

    @staticmethod
    def _read_lines(proc: subprocess.Popen[str], lines: queue.Queue[str]) -> None:
        assert proc.stdout is not None
        with contextlib.suppress(ValueError, OSError):  # the pipe closed under us
            for line in proc.stdout:
                lines.put(line)
        lines.put("")  # the walker ended

    def _reply(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.LONGEST
        while True:
            try:
                line = self._lines.get(timeout=self.POLL)
                break
            except queue.Empty:
                self._fail_if_the_app_ended(settle=0.0)
                if time.monotonic() > deadline:
                    self.close()
                    pytest.fail(f"the AT-SPI walker gave no answer in {self.LONGEST:g} s")
        if not line:
            self.close()
            self._fail_if_the_app_ended()
            pytest.fail(f"the AT-SPI walker ended (exit code {self.proc.wait()})")
        return dict(json.loads(line))

    def _read(self) -> Any:
        reply = self._reply()
        if not reply["ok"]:
            pytest.fail(f"AT-SPI: {reply['error']}")
        return reply["result"]

    def ask(self, op: str, **args: Any) -> Any:
        for attempt in range(2):
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps({"op": op, **args}) + "\n")
            self.proc.stdin.flush()
            reply = self._reply()
            if reply["ok"]:
                return reply["result"]
            if "no longer exists" in reply["error"] or "has ended" in reply["error"]:
                self._fail_if_the_app_ended()
            if "no longer exists" not in reply["error"] or attempt:
                pytest.fail(f"AT-SPI: {reply['error']}")
            # libatspi in this walker took the app for gone (seen now and then after one
            # of the app's windows was deleted) while the app still answers: a fresh
            # walker, with a fresh libatspi, finds it again.
            self.close()
            self.restarts += 1
            self._start()
        raise AssertionError("unreachable")

    def _fail_if_the_app_ended(self, settle: float = 0.5) -> None:
        """Fail, with the end of the app's log, if the app is no longer running (after
        ``settle`` seconds for an app that is just ending)."""
        if settle:
            time.sleep(settle)
        code = self.app.poll()
        if code is not None:
            self.close()
            pytest.fail(
                f"the app ended (exit code {code}) while AT-SPI was reading it; "
                f"the end of its log:\n{app_log_tail(self.log)}"
            )

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            with contextlib.suppress(OSError):  # a walker that already went away
                self.proc.stdin.write('{"op": "quit"}\n')
                self.proc.stdin.close()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._reader.join(timeout=5)  # it has read the end of the walker's output
        for pipe in (self.proc.stdin, self.proc.stdout):  # also after a failure mid-way
            if pipe is not None and not pipe.closed:
                with contextlib.suppress(OSError):
                    pipe.close()


def app_log_tail(log: Path, lines: int = 30) -> str:
    """The last lines of the app's log (where a crash's Python traceback ends)."""
    if not log.exists():
        return "(no log)"
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


class A11yDesktop:
    """Xvfb + openbox + a private session bus with the accessibility bus behind it."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="sp-a11y-", dir="/tmp"))
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DBUS_", "WAYLAND", "XDG_", "QT_", "AT_SPI"))
            and k not in ("DISPLAY", "STEADYPAUSE_BENCH")
        }
        make_private_dirs(self.root, self.env)
        self.env["XDG_CONFIG_DIRS"] = str(self.root / "no-site")
        self.env["DBUS_SYSTEM_BUS_ADDRESS"] = f"unix:path={self.root}/no-system-bus"
        self.procs: list[subprocess.Popen[bytes]] = []
        self.logs: list[Path] = []

    def spawn(self, name: str, args: list[str], **kw: Any) -> subprocess.Popen[bytes]:
        log = self.root / f"{name}.log"
        with log.open("wb") as out:
            # Its own process group: the bus's activated helpers end with it at teardown.
            proc = subprocess.Popen(
                args,
                env=self.env,
                start_new_session=True,
                **{"stdout": out, "stderr": subprocess.STDOUT, **kw},
            )
        self.procs.append(proc)
        self.logs.append(log)
        return proc

    def start_display(self) -> None:
        log = self.root / "xvfb.log"
        with log.open("wb") as out:
            # Its own process group, as every process here, so close() ends it like the rest.
            server, display = start_xvfb(
                "1280x800", output=out, env=self.env, start_new_session=True
            )
        self.procs.append(server)
        self.logs.append(log)
        if not display:
            pytest.skip(f"Xvfb did not start:\n{self.log('xvfb')}")
        self.env["DISPLAY"] = display
        self.spawn("openbox", ["openbox", "--sm-disable"])

    def start_bus(self) -> None:
        _, address = start_session_bus(lambda argv, **kw: self.spawn("dbus", argv, **kw))
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    # -- the app --------------------------------------------------------------------------

    def write_settings(self, extra: str = "") -> None:
        path = settings_file(self.env)
        path.parent.mkdir(exist_ok=True)
        path.write_text(BASE_SETTINGS + "\n" + extra + "\n")

    def start_app(self) -> subprocess.Popen[bytes]:
        self.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        self.env["QT_QPA_PLATFORM"] = "xcb"
        self.env["PYTHONFAULTHANDLER"] = "1"  # a crash says where
        command = [sys.executable, "-m", "steadypause"]
        if os.environ.get("STEADYPAUSE_A11Y_GDB") == "1":  # a C++ backtrace in app.log
            command = ["gdb", "-q", "-batch", "-ex", "run", "-ex", "bt 40", "--args", *command]
        # In the run's directory: a core dump (with `ulimit -c unlimited`) lands there.
        app = self.spawn("app", command, cwd=self.root)
        app_socket.wait_answering(app, ipc_socket(self.env), 30, lambda: self.log("app"))
        return app

    def command(self, cmd: str, **args: Any) -> dict[str, Any]:
        """One request over the app's socket; AssertionError when the app refuses it."""
        return app_socket.command(ipc_socket(self.env), cmd, **args)

    def log(self, name: str) -> str:
        return (self.root / f"{name}.log").read_text(errors="replace")

    def close(self) -> None:
        (self.root / "exit-codes").write_text(
            "".join(f"{p.args[0]} {p.poll()}\n" for p in self.procs)
        )
        for proc in reversed(self.procs):
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            # helpers the bus started in that group (the accessibility bus)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            if proc.stdout is not None:  # the session bus's address pipe
                proc.stdout.close()
        if os.environ.get("STEADYPAUSE_KEEP_A11Y") != "1":
            shutil.rmtree(self.root, ignore_errors=True)


@contextlib.contextmanager
def app_on_a_desktop() -> Iterator[tuple[A11yDesktop, Walker]]:
    """The app on its own display and buses, and a walker reading it; all ended after."""
    gone = missing_tools()
    if gone:
        pytest.skip(f"the AT-SPI walk needs: apt-get install {' '.join(gone)}")
    desk = A11yDesktop()
    walker: Walker | None = None
    try:
        desk.start_display()
        desk.start_bus()
        desk.write_settings()
        app = desk.start_app()
        env = {**desk.env}
        walker = Walker(app, env, desk.root / "app.log")
        yield desk, walker
    finally:
        if walker is not None:
            walker.close()
        desk.close()


@pytest.fixture(scope="module")
def a11y() -> Iterator[tuple[A11yDesktop, Walker]]:
    with app_on_a_desktop() as both:
        yield both
