"""The command socket keeps listening whatever its clients do (issue 16, item 1).

- Out of file descriptors: the app runs with ``ulimit -n`` 32 and is sent 200 idle
  connections; once they are all closed, ``status`` must answer within a second, and the
  socket file must be there (Qt's local server closes itself, socket file and all, when an
  accept fails; the app listens again).
- Clients that send 5 MB of tiny requests and never read the answers must not make the
  app's memory grow without bound (before: 92 → 195 MB). The app drops such a client once
  its unread answers pile up, so the 5 MB go over as many connections as that takes.
- A ``source`` (which any process of the user may send) is kept escaped and short, in the
  status and in the history; an unknown command is named escaped and short.
"""

from __future__ import annotations

import contextlib
import json
import resource
import socket
import time
from pathlib import Path

import pytest
from apphome import AppHome

from steadypause.core import history
from steadypause.session.commands import MAX_SOURCE
from support.app_socket import request

pytestmark = pytest.mark.slow

DESCRIPTORS = 32  # the app alone holds about a dozen, fewer than MAX_CONNECTIONS are left
IDLE_CLIENTS = 200
FLOOD_BYTES = 5 * 1024 * 1024
GROWTH_LIMIT_KB = 10 * 1024
MAX_FLOODS = 200
SETTLE_S = 3.0  # how long the app's memory is watched after the flood


def _few_descriptors() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (DESCRIPTORS, DESCRIPTORS))


def _connect(path: Path, patience: float = 1.0) -> socket.socket | None:
    """A connection that the app may never accept; None once nothing listens at ``path``."""
    deadline = time.monotonic() + patience
    while True:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.setblocking(False)
        try:
            client.connect(str(path))
            return client
        except BlockingIOError:  # the listen backlog is full: the app is behind
            client.close()
            if time.monotonic() > deadline:
                return None
            time.sleep(0.02)
        except OSError:  # no socket file, or nothing behind it
            client.close()
            return None


def _first_answer(path: Path, within: float) -> float:
    """Seconds until ``status`` is answered at ``path`` (AssertionError after ``within``)."""
    start = time.monotonic()
    while True:
        try:
            reply = request(path, "status")
            assert reply["ok"], reply
            return time.monotonic() - start
        except OSError:
            assert time.monotonic() - start < within, f"status unanswered for {within} s"
            time.sleep(0.01)


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_status_answers_after_descriptors_ran_out(home: AppHome) -> None:
    app = home.start(preexec_fn=_few_descriptors)
    clients: list[socket.socket] = []
    try:
        for _ in range(IDLE_CLIENTS):
            client = _connect(home.socket)
            if client is not None:
                clients.append(client)
    finally:
        for client in clients:
            client.close()
    waited = _first_answer(home.socket, within=1.0)
    print(f"status answered {waited * 1000:.0f} ms after {len(clients)} idle clients closed")
    assert home.socket.exists()
    assert app.poll() is None
    log = home.log(app)
    # The descriptors did run out (Qt's server closed itself), and it was said once.
    assert log.count("stopped listening") == 1, log
    assert home.cli("status").returncode == 0
    assert home.cli("quit").returncode == 0
    assert app.wait(15) == 0


def test_unread_answers_do_not_grow_memory(home: AppHome) -> None:
    app = home.start()
    home.command("status")
    before = _rss_kb(app.pid)
    line = json.dumps({"cmd": "ping"}).encode() + b"\n"
    chunk = line * (65536 // len(line))
    sent = connections = 0
    floods: list[socket.socket] = []
    try:
        while sent < FLOOD_BYTES and connections < MAX_FLOODS:
            flood = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            floods.append(flood)  # kept open, unread, until the end
            flood.connect(str(home.socket))
            flood.settimeout(2.0)
            connections += 1
            with contextlib.suppress(OSError):  # blocked, reset or closed by the app
                while sent < FLOOD_BYTES:
                    sent += flood.send(chunk)
        # The app reads what is in flight meanwhile: its peak is what counts.
        after = before
        until = time.monotonic() + SETTLE_S
        while time.monotonic() < until:
            after = max(after, _rss_kb(app.pid))
            time.sleep(0.05)
    finally:
        for flood in floods:
            flood.close()
    print(
        f"memory {before / 1024:.1f} → {after / 1024:.1f} MB after {sent / 1048576:.1f} MB "
        f"sent over {connections} connections"
    )
    assert sent >= FLOOD_BYTES
    assert after - before < GROWTH_LIMIT_KB, (before, after, sent)
    assert home.command("status")["window"] == "closed"


def test_a_source_is_kept_escaped_and_short(home: AppHome) -> None:
    hostile = "x\x1b]0;owned\x07\u202e" + "s" * 40_000
    app = home.start()
    home.command("pause", source=hostile)
    detail = home.command("status")["last_cue"]["detail"]
    assert detail.startswith("x\\x1b]0;owned\\x07\\u202esss")
    assert len(detail) == MAX_SOURCE
    refused = request(home.socket, "\x1b[2J" + "c" * 30_000)
    assert not refused["ok"]
    assert "\x1b" not in refused["error"]
    assert len(refused["error"]) < 300
    home.command("dismiss")
    assert home.cli("quit").returncode == 0
    assert app.wait(10) == 0
    database = Path(home.env["XDG_DATA_HOME"]) / "steadypause" / history.FILE_NAME
    (record,) = history.read(database)
    assert record.cue_detail == detail
