"""The command server's limits (issue 16): at most MAX_CONNECTIONS clients, an idle
timeout, and listening again after an accept failed for want of descriptors."""

from __future__ import annotations

import errno
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtNetwork import QLocalSocket

from steadypause.ipc import server as server_module
from steadypause.ipc.instance import claim_instance
from steadypause.ipc.server import InstanceServer

CONNECTED = QLocalSocket.LocalSocketState.ConnectedState
UNCONNECTED = QLocalSocket.LocalSocketState.UnconnectedState


class Client:
    def __init__(self, qtbot: Any, path: Path) -> None:
        self.qtbot = qtbot
        self.received = bytearray()
        self.socket = QLocalSocket()
        self.socket.readyRead.connect(self._read)
        self.socket.connectToServer(str(path))
        qtbot.waitUntil(lambda: self.socket.state() == CONNECTED)

    def _read(self) -> None:
        self.received += self.socket.readAll().data()

    def ask(self, cmd: str) -> dict[str, Any]:
        self.received.clear()
        self.socket.write(json.dumps({"cmd": cmd}).encode() + b"\n")
        self.socket.flush()
        self.qtbot.waitUntil(lambda: b"\n" in self.received)
        return dict(json.loads(bytes(self.received).split(b"\n")[0]))


@pytest.fixture
def clients() -> Iterator[list[Client]]:
    made: list[Client] = []
    yield made
    for client in made:
        client.socket.abort()


def serve() -> InstanceServer:
    """A server in the test's runtime folder (the runtime fixture points it there)."""
    server = claim_instance(lambda cmd, args: {"echo": cmd})
    assert server is not None
    return server


def test_the_client_over_the_limit_is_told_and_closed(
    qtbot: Any, qapp: Any, runtime: Path, clients: list[Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "MAX_CONNECTIONS", 3)
    server = serve()
    try:
        for _ in range(3):
            clients.append(Client(qtbot, server.path))
            assert clients[-1].ask("hello")["ok"]
        extra = Client(qtbot, server.path)
        clients.append(extra)
        qtbot.waitUntil(lambda: b"\n" in extra.received)
        reply = json.loads(bytes(extra.received).split(b"\n")[0])
        assert reply["ok"] is False
        assert "busy" in reply["error"]
        qtbot.waitUntil(lambda: extra.socket.state() == UNCONNECTED)
        assert server.connection_count() == 3

        clients[0].socket.abort()
        qtbot.waitUntil(lambda: server.connection_count() == 2)
        late = Client(qtbot, server.path)
        clients.append(late)
        assert late.ask("hello")["result"] == {"echo": "hello"}
    finally:
        server.close()
        server.deleteLater()


def test_a_silent_client_is_closed(
    qtbot: Any, qapp: Any, runtime: Path, clients: list[Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "IDLE_TIMEOUT_MS", 50)
    server = serve()
    try:
        silent = Client(qtbot, server.path)
        clients.append(silent)
        qtbot.waitUntil(lambda: silent.socket.state() == UNCONNECTED)
        qtbot.waitUntil(lambda: server.connection_count() == 0)
    finally:
        server.close()
        server.deleteLater()


def _out_of_descriptors(self: socket.socket) -> tuple[socket.socket, Any]:
    raise OSError(errno.EMFILE, "Too many open files")


def test_it_listens_again_after_an_accept_failed(
    qtbot: Any, qapp: Any, runtime: Path, clients: list[Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = serve()
    try:
        held = Client(qtbot, server.path)
        clients.append(held)
        assert held.ask("hello")["ok"]
        # An accept fails (out of descriptors): the server stops, socket file and all, as
        # Qt's local server did.
        with monkeypatch.context() as patch:
            patch.setattr(socket.socket, "accept", _out_of_descriptors)
            waiting = QLocalSocket()
            waiting.connectToServer(str(server.path))
            qtbot.waitUntil(lambda: not server.is_listening())
            waiting.abort()
        assert not server.path.exists()

        held.socket.abort()  # anything happening on a connection brings it back
        qtbot.waitUntil(server.is_listening)
        assert server.path.exists()
        fresh = Client(qtbot, server.path)
        clients.append(fresh)
        assert fresh.ask("again")["result"] == {"echo": "again"}
    finally:
        server.close()
        server.deleteLater()
