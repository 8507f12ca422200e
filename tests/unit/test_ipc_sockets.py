"""The command socket on plain AF_UNIX sockets (issue 18): short writes, EAGAIN, clients
that vanish mid-message, interrupted system calls, a socket file removed or replaced, and a
command line that needs no Qt for its socket."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSocketDescriptor, QSocketNotifier

from steadypause.ipc.client import send_command
from steadypause.ipc.connection import MAX_UNSENT, Connection
from steadypause.ipc.instance import claim_instance
from steadypause.ipc.paths import runtime_dir
from steadypause.ipc.server import InstanceServer

BIG = 40_000  # characters in one "big" answer


def handler(cmd: str, args: dict[str, Any]) -> dict[str, Any]:
    if cmd == "big":
        return {"n": args.get("n"), "pad": "x" * BIG}
    return {"echo": cmd}


@pytest.fixture
def server(qapp: Any, runtime: Path) -> Iterator[InstanceServer]:
    srv = claim_instance(handler)
    assert srv is not None
    yield srv
    srv.close()
    srv.deleteLater()


class Plain:
    """A non-blocking Python socket client; qtbot spins the server's event loop meanwhile."""

    def __init__(self, qtbot: Any, path: Path) -> None:
        self.qtbot = qtbot
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(str(path))
        self.sock.setblocking(False)
        self.received = bytearray()

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)  # small: the kernel takes it at once

    def _pump(self) -> bool:
        try:
            chunk = self.sock.recv(1 << 20)
        except BlockingIOError:
            return False
        if not chunk:
            return True
        self.received += chunk
        return False

    def lines(self, count: int) -> list[dict[str, Any]]:
        def enough() -> bool:
            self._pump()
            return self.received.count(b"\n") >= count

        self.qtbot.waitUntil(enough, timeout=10_000)
        return [json.loads(line) for line in bytes(self.received).split(b"\n")[:count]]

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def plain(qtbot: Any, server: InstanceServer) -> Iterator[Any]:
    made: list[Plain] = []

    def make() -> Plain:
        client = Plain(qtbot, server.path)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def request(cmd: str, **args: Any) -> bytes:
    return json.dumps({"cmd": cmd, "args": args}).encode() + b"\n"


def only_connection(qtbot: Any, server: InstanceServer) -> Connection:
    qtbot.waitUntil(lambda: server.connection_count() == 1)
    [connection] = [c for c in server.children() if isinstance(c, Connection) and c.is_open()]
    return connection


def small_send_buffer(connection: Connection) -> None:
    # A duplicate descriptor: the option belongs to the socket both name.
    with socket.fromfd(connection.fileno(), socket.AF_UNIX, socket.SOCK_STREAM) as same:
        same.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)


# --- short writes and EAGAIN -------------------------------------------------------------


def test_answers_the_kernel_does_not_take_at_once_go_out_later_whole_and_in_order(
    qtbot: Any, server: InstanceServer, plain: Any
) -> None:
    client = plain()
    client.send(request("ping"))
    client.lines(1)
    client.received.clear()
    connection = only_connection(qtbot, server)
    small_send_buffer(connection)

    client.send(b"".join(request("big", n=n) for n in range(4)))
    # Nothing is read yet: the server holds the rest and waits until it may write.
    qtbot.waitUntil(lambda: connection.unsent() > 0)
    assert connection.unsent() < MAX_UNSENT
    replies = client.lines(4)

    assert [r["result"]["n"] for r in replies] == [0, 1, 2, 3]
    assert all(r["result"]["pad"] == "x" * BIG for r in replies)
    qtbot.waitUntil(lambda: connection.unsent() == 0)
    client.send(request("after"))
    assert client.lines(5)[4]["result"] == {"echo": "after"}


def test_a_wake_up_with_nothing_to_read_changes_nothing(
    qtbot: Any, server: InstanceServer, plain: Any
) -> None:
    client = plain()
    client.send(request("first"))
    client.lines(1)
    connection = only_connection(qtbot, server)

    # Woken as if there were something to read and room to write: recv says EAGAIN, and
    # nothing waits to be sent.
    for notifier in connection.findChildren(QSocketNotifier):
        notifier.activated.emit(QSocketDescriptor(connection.fileno()), notifier.type())

    assert connection.is_open()
    client.send(request("second"))
    assert client.lines(2)[1]["result"] == {"echo": "second"}


# --- clients that vanish -----------------------------------------------------------------


def test_a_client_gone_in_the_middle_of_a_line_closes_only_its_connection(
    qtbot: Any, server: InstanceServer, plain: Any
) -> None:
    rude = plain()
    rude.send(b'{"cmd": "pi')
    only_connection(qtbot, server)
    rude.close()
    qtbot.waitUntil(lambda: server.connection_count() == 0)

    polite = plain()
    polite.send(request("still"))
    assert polite.lines(1)[0]["result"] == {"echo": "still"}
    assert server.is_listening()


def test_a_client_gone_with_answers_unsent_is_closed_without_a_fuss(
    qtbot: Any, server: InstanceServer, plain: Any
) -> None:
    rude = plain()
    rude.send(request("ping"))
    rude.lines(1)
    connection = only_connection(qtbot, server)
    small_send_buffer(connection)
    rude.send(request("big", n=1) + request("big", n=2))
    qtbot.waitUntil(lambda: connection.unsent() > 0)

    # Reset while answers wait: the next write fails with EPIPE or ECONNRESET.
    rude.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    rude.close()
    qtbot.waitUntil(lambda: server.connection_count() == 0)

    polite = plain()
    polite.send(request("still"))
    assert polite.lines(1)[0]["result"] == {"echo": "still"}


# --- the socket file ---------------------------------------------------------------------


@pytest.mark.parametrize("how", ["removed", "replaced"])
def test_a_socket_file_removed_or_replaced_is_made_again(
    qtbot: Any, server: InstanceServer, plain: Any, how: str
) -> None:
    held = plain()
    held.send(request("hello"))
    held.lines(1)
    server.path.unlink()
    if how == "replaced":
        server.path.write_text("not a socket")

    held.close()  # anything happening on its connections brings it back

    qtbot.waitUntil(lambda: server.path.is_socket())
    fresh = plain()
    fresh.send(request("new"))
    assert fresh.lines(1)[0]["result"] == {"echo": "new"}


def test_close_leaves_a_socket_file_that_is_not_its_own(
    qapp: Any, server: InstanceServer, runtime: Path
) -> None:
    server.path.unlink()
    server.path.write_text("someone else's")

    server.close()

    assert server.path.read_text() == "someone else's"


# --- the client --------------------------------------------------------------------------

SLOW_SERVER = """
import socket, sys, time
path = sys.argv[1]
listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
listener.bind(path)
listener.listen(1)
print("ready", flush=True)
conn, _ = listener.accept()
data = b""
while not data.endswith(b"\\n"):
    data += conn.recv(4096)
time.sleep(0.4)
conn.sendall(b'{"ok": true, "result": {"slow": true}}\\n')
conn.close()
"""


def test_the_client_waits_through_signals(runtime: Path) -> None:
    runtime_dir()
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(SLOW_SERVER), str(runtime / "ipc.sock")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == "ready\n"
    caught: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda number, frame: caught.append(number))
    signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
    try:
        result = send_command("slow", timeout_ms=5000)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0, 0)
        signal.signal(signal.SIGALRM, previous)
        proc.kill()
        proc.communicate()

    assert result == {"slow": True}
    assert len(caught) > 5  # the wait was interrupted, and went on


def test_the_command_line_needs_no_qt_for_its_socket(qtbot: Any, server: InstanceServer) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from steadypause.ipc.client import send_command
        print(send_command("hi", runtime=Path({str(server.path.parent)!r})))
        print(sorted(m for m in sys.modules if m.startswith("PySide6.")))
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
    out, err = proc.communicate()

    assert proc.returncode == 0, err
    answer, modules = out.splitlines()
    assert answer == "{'echo': 'hi'}"
    assert "PySide6.QtNetwork" not in modules
    assert "PySide6.QtCore" not in modules
