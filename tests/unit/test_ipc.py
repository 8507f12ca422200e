"""The command channel: protocol, robustness, single instance, and the blocking client.

The server runs in this process on qapp's event loop. Clients that block (send_command,
a second claim_instance) run in subprocesses while qtbot.waitUntil keeps the loop
spinning; raw protocol checks use an asynchronous QLocalSocket here.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from steadypause import __version__
from steadypause.ipc.client import instance_running, send_command
from steadypause.ipc.errors import CommandError, IpcError, NotRunning
from steadypause.ipc.instance import claim_instance
from steadypause.ipc.paths import LOCK_NAME, runtime_dir, socket_path
from steadypause.ipc.server import InstanceServer
from steadypause.ipc.wire import MAX_MESSAGE

CONNECTED = QLocalSocket.LocalSocketState.ConnectedState
UNCONNECTED = QLocalSocket.LocalSocketState.UnconnectedState


# --- fixtures and helpers ----------------------------------------------------------------


class Handler:
    """Records calls; "fail" refuses, "boom" crashes, "measure" counts, others echo."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        self.calls.append((cmd, args))
        if cmd == "fail":
            raise CommandError("cannot do that now")
        if cmd == "boom":
            raise RuntimeError("kaboom")
        if cmd == "not-a-dict":
            return ["x"]  # type: ignore[return-value]
        if cmd == "unencodable":
            return {"value": object()}
        if cmd == "measure":
            return {"length": len(args.get("pad", ""))}
        return {"echo": cmd, "args": args}


@pytest.fixture
def handler() -> Handler:
    return Handler()


@pytest.fixture
def server(qapp: Any, runtime: Path, handler: Handler) -> Iterator[InstanceServer]:
    srv = claim_instance(handler)
    assert srv is not None
    assert srv.is_listening()
    yield srv
    srv.close()
    srv.deleteLater()


class RawClient:
    """A non-blocking QLocalSocket client driven by qtbot."""

    def __init__(self, qtbot: Any, path: Path) -> None:
        self.qtbot = qtbot
        self.received = bytearray()
        self.socket = QLocalSocket()
        self.socket.readyRead.connect(self._on_ready_read)
        self.socket.connectToServer(str(path))
        qtbot.waitUntil(lambda: self.socket.state() == CONNECTED)

    def _on_ready_read(self) -> None:
        self.received += self.socket.readAll().data()

    def send(self, data: bytes) -> None:
        self.socket.write(data)
        self.socket.flush()

    def replies(self, count: int) -> list[dict[str, Any]]:
        self.qtbot.waitUntil(lambda: self.received.count(b"\n") >= count)
        lines = bytes(self.received).split(b"\n")[:count]
        return [json.loads(line) for line in lines]

    def close(self) -> None:
        self.socket.abort()


@pytest.fixture
def connect(qtbot: Any, server: InstanceServer) -> Iterator[Any]:
    clients: list[RawClient] = []

    def make() -> RawClient:
        client = RawClient(qtbot, server.path)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def run_python(qtbot: Any, code: str, timeout_ms: int = 20000) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter while this process's event loop keeps running."""
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=timeout_ms)
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def request(cmd: str, **args: Any) -> bytes:
    return json.dumps({"cmd": cmd, "args": args}, ensure_ascii=False).encode() + b"\n"


# --- the blocking client against the real server ----------------------------------------


CLIENT_SCRIPT = """
    import json
    from PySide6.QtCore import QCoreApplication
    from steadypause.ipc.client import send_command
    from steadypause.ipc.errors import CommandError

    outcomes = []
    for cmd, args in [("hello", {"n": 1, "text": "café"}), ("ping", None),
                      ("fail", None), ("boom", None), ("not-a-dict", None),
                      ("unencodable", None), ("hello", None)]:
        try:
            outcomes.append(["ok", send_command(cmd, args)])
        except CommandError as exc:
            outcomes.append(["CommandError", str(exc)])
    # The client made its own QCoreApplication and removed it again.
    outcomes.append(["app left behind", QCoreApplication.instance() is not None])
    print(json.dumps(outcomes))
"""


def test_send_command_round_trip(qtbot: Any, server: InstanceServer, handler: Handler):
    done = run_python(qtbot, CLIENT_SCRIPT)

    assert done.returncode == 0, done.stderr
    outcomes = json.loads(done.stdout)
    assert outcomes[0] == ["ok", {"echo": "hello", "args": {"n": 1, "text": "café"}}]
    assert outcomes[1] == ["ok", {"pid": os.getpid(), "version": __version__}]
    assert outcomes[2] == ["CommandError", "cannot do that now"]
    assert outcomes[3][0] == "CommandError"
    assert outcomes[3][1].startswith("internal error: ")
    assert "kaboom" in outcomes[3][1]
    assert outcomes[4][0] == "CommandError"
    assert outcomes[4][1].startswith("internal error")
    assert outcomes[5][0] == "CommandError"
    assert outcomes[5][1].startswith("internal error")
    # The server survived all of it.
    assert outcomes[6] == ["ok", {"echo": "hello", "args": {}}]
    assert outcomes[7] == ["app left behind", False]
    # ping never reaches the handler.
    assert [cmd for cmd, _ in handler.calls] == [
        "hello",
        "fail",
        "boom",
        "not-a-dict",
        "unencodable",
        "hello",
    ]


def test_handler_crash_is_logged(
    connect: Any, handler: Handler, caplog: pytest.LogCaptureFixture
) -> None:
    client = connect()
    client.send(request("boom"))

    [reply] = client.replies(1)

    assert reply == {"ok": False, "error": "internal error: kaboom"}
    [record] = [r for r in caplog.records if r.name == "steadypause.ipc.server" and r.exc_info]
    assert "boom" in record.getMessage()
    assert isinstance(record.exc_info[1], RuntimeError)


# --- protocol robustness -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "complaint"),
    [
        (b"garbage", "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe{}", "not valid UTF-8"),
        (b"[1, 2]", "JSON object"),
        (b'"pause"', "JSON object"),
        (b'{"args": {}}', '"cmd"'),
        (b'{"cmd": 5}', '"cmd"'),
        (b'{"cmd": ""}', '"cmd"'),
        (b'{"cmd": "pause", "args": [1]}', '"args"'),
        (b"[" * 50000, "nested too deeply"),
    ],
)
def test_bad_request_is_answered_and_next_line_still_works(
    connect: Any, handler: Handler, line: bytes, complaint: str
) -> None:
    client = connect()
    client.send(line + b"\n" + request("after"))

    bad, good = client.replies(2)

    assert bad["ok"] is False
    assert complaint in bad["error"]
    assert good == {"ok": True, "result": {"echo": "after", "args": {}}}
    assert handler.calls == [("after", {})]


def test_requests_on_one_connection_are_answered_in_order(connect: Any) -> None:
    client = connect()
    client.send(request("one") + request("fail") + b"junk\n" + request("two", x=[1, 2]))

    replies = client.replies(4)

    assert replies[0]["result"]["echo"] == "one"
    assert replies[1] == {"ok": False, "error": "cannot do that now"}
    assert replies[2]["ok"] is False
    assert replies[3]["result"] == {"echo": "two", "args": {"x": [1, 2]}}


def test_missing_args_mean_empty_args(connect: Any, handler: Handler) -> None:
    client = connect()
    client.send(b'{"cmd": "a"}\n{"cmd": "b", "args": null}\n')

    client.replies(2)

    assert handler.calls == [("a", {}), ("b", {})]


def test_half_message_waits_for_the_rest(connect: Any, handler: Handler) -> None:
    first = connect()
    line = request("echo", word="café")
    cut = line.index("é".encode()) + 1  # split inside the two-byte character
    first.send(line[:cut])

    # Another client's round trip shows the server has run past the partial data.
    second = connect()
    second.send(request("ping"))
    second.replies(1)
    assert first.received == b""
    assert [cmd for cmd, _ in handler.calls] == []

    first.send(line[cut:])
    [reply] = first.replies(1)
    assert reply == {"ok": True, "result": {"echo": "echo", "args": {"word": "café"}}}


@pytest.mark.parametrize("newline", [b"\n", b""], ids=["with-newline", "no-newline"])
def test_oversized_line_is_refused_and_client_dropped(
    qtbot: Any, connect: Any, server: InstanceServer, handler: Handler, newline: bytes
) -> None:
    greedy = connect()
    greedy.send(b'{"cmd": "x", "args": {"pad": "' + b"x" * 70 * 1024 + b'"}}' + newline)

    [reply] = greedy.replies(1)
    assert reply["ok"] is False
    assert "longer than 65536 bytes" in reply["error"]
    qtbot.waitUntil(lambda: greedy.socket.state() == UNCONNECTED)
    assert handler.calls == []

    fresh = connect()
    fresh.send(request("still-here"))
    assert fresh.replies(1)[0]["ok"] is True


def test_line_of_exactly_max_size_is_accepted(connect: Any, handler: Handler) -> None:
    head, tail = b'{"cmd": "measure", "args": {"pad": "', b'"}}'
    padding = MAX_MESSAGE - len(head) - len(tail)
    line = head + b"x" * padding + tail
    assert len(line) == MAX_MESSAGE
    client = connect()
    client.send(line + b"\n")

    [reply] = client.replies(1)

    assert reply == {"ok": True, "result": {"length": padding}}


def test_disconnected_clients_are_cleaned_up(
    qtbot: Any, connect: Any, server: InstanceServer
) -> None:
    clients = [connect() for _ in range(5)]
    for client in clients:
        client.send(request("ping"))
        client.replies(1)
    qtbot.waitUntil(lambda: server.connection_count() == 5)

    for client in clients:
        client.close()

    qtbot.waitUntil(lambda: server.connection_count() == 0)
    qtbot.waitUntil(lambda: server.findChildren(QLocalSocket) == [])


def test_client_that_hangs_up_before_the_answer_does_not_hurt(
    qtbot: Any, connect: Any, server: InstanceServer
) -> None:
    rude = connect()
    rude.send(request("one") + request("two"))
    rude.close()
    qtbot.waitUntil(lambda: server.connection_count() == 0)

    polite = connect()
    polite.send(request("three"))
    assert polite.replies(1)[0]["result"]["echo"] == "three"


def test_server_dropped_with_clients_connected(
    qtbot: Any, qapp: Any, runtime: Path, handler: Handler
) -> None:
    srv = claim_instance(handler)
    assert srv is not None
    client = RawClient(qtbot, srv.path)
    client.send(request("ping"))
    client.replies(1)
    srv.close()

    del srv
    gc.collect()

    qtbot.waitUntil(lambda: client.socket.state() == UNCONNECTED)
    client.close()


# --- files and permissions ---------------------------------------------------------------


def test_socket_is_user_only_in_a_private_directory(server: InstanceServer, runtime: Path):
    assert server.path == runtime / "ipc.sock"
    assert socket_path() == server.path
    mode = server.path.stat().st_mode
    assert stat.S_ISSOCK(mode)
    assert stat.S_IMODE(mode) == 0o600
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700


def test_runtime_dir_tightens_a_loose_directory(tmp_path: Path) -> None:
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    loose.chmod(0o755)

    assert runtime_dir(loose) == loose
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700


def test_unusable_runtime_dir_is_an_ipc_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")

    with pytest.raises(IpcError, match="cannot use"):
        send_command("status", runtime=blocker)


def test_runtime_dir_default_follows_xdg_runtime_dir(runtime: Path) -> None:
    assert not runtime.exists()

    assert runtime_dir() == runtime
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700
    assert socket_path() == runtime / "ipc.sock"


def test_close_removes_socket_and_releases_lock(qapp: Any, runtime: Path, handler: Handler):
    first = claim_instance(handler)
    assert first is not None
    first.close()

    assert not (runtime / "ipc.sock").exists()
    assert not (runtime / "instance.lock").exists()
    again = claim_instance(handler)
    assert again is not None
    again.close()
    first.close()  # a second close is harmless


# --- single instance ---------------------------------------------------------------------


def test_second_claim_finds_the_running_instance(
    qtbot: Any, server: InstanceServer, connect: Any
) -> None:
    done = run_python(
        qtbot,
        """
        from PySide6.QtCore import QCoreApplication
        from steadypause.ipc.instance import claim_instance
        app = QCoreApplication([])
        print(claim_instance(lambda cmd, args: {}) is None)
        """,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
    # The first server still owns the socket.
    assert server.is_listening()
    client = connect()
    client.send(request("ping"))
    assert client.replies(1)[0]["result"]["pid"] == os.getpid()


def test_socket_left_by_a_killed_instance_is_recovered(
    qtbot: Any, qapp: Any, runtime: Path, handler: Handler
) -> None:
    killed = run_python(
        qtbot,
        """
        import os, signal
        from PySide6.QtCore import QCoreApplication
        from steadypause.ipc.instance import claim_instance
        from steadypause.ipc.paths import runtime_dir
        app = QCoreApplication([])
        server = claim_instance(lambda cmd, args: {})
        assert server is not None
        os.kill(os.getpid(), signal.SIGKILL)
        """,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert stat.S_ISSOCK((runtime / "ipc.sock").stat().st_mode)
    assert (runtime / "instance.lock").exists()

    server = claim_instance(handler)

    assert server is not None
    try:
        client = RawClient(qtbot, server.path)
        client.send(request("hello"))
        assert client.replies(1)[0]["ok"] is True
        client.close()
    finally:
        server.close()


def test_plain_file_in_place_of_the_socket_is_replaced(
    qtbot: Any, qapp: Any, runtime: Path, handler: Handler
) -> None:
    runtime_dir()
    (runtime / "ipc.sock").write_text("not a socket")

    server = claim_instance(handler)

    assert server is not None
    try:
        assert stat.S_ISSOCK(server.path.stat().st_mode)
        client = RawClient(qtbot, server.path)
        client.send(request("ping"))
        assert client.replies(1)[0]["ok"] is True
        client.close()
    finally:
        server.close()


def test_claim_respects_a_lock_held_by_a_live_process(qtbot: Any, qapp: Any, runtime: Path) -> None:
    # Another instance is starting: it holds the lock but does not listen yet.
    runtime_dir()
    lock = QLockFile(str(runtime / "instance.lock"))
    assert lock.tryLock(0)
    try:
        done = run_python(
            qtbot,
            """
            from PySide6.QtCore import QCoreApplication
            from steadypause.ipc.errors import IpcError
            from steadypause.ipc.instance import claim_instance
            app = QCoreApplication([])
            try:
                server = claim_instance(lambda cmd, args: {}, timeout_ms=1000)
            except IpcError as exc:
                print("IpcError:", exc)
            else:
                print("claimed:", server)
            """,
        )
    finally:
        lock.unlock()

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("IpcError:")
    assert f"process {os.getpid()} holds" in done.stdout
    assert not (runtime / "ipc.sock").exists()


RACER_SCRIPT = """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from steadypause.ipc.instance import claim_instance

    app = QCoreApplication([])
    sync = Path(sys.argv[1])
    (sync / sys.argv[2]).touch()
    deadline = time.monotonic() + 20
    while not (sync / "go").exists() and time.monotonic() < deadline:
        time.sleep(0.001)

    def handler(cmd, args):
        if cmd == "quit":
            QTimer.singleShot(0, app.quit)
        return {}

    server = claim_instance(handler)
    if server is None:
        print("none")
        sys.exit(0)
    print("server", flush=True)
    app.exec()
    server.close()
"""


def test_simultaneous_starts_elect_one_server(qtbot: Any, runtime: Path, tmp_path: Path):
    sync = tmp_path / "sync"
    sync.mkdir()
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(RACER_SCRIPT), str(sync), str(i)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(3)
    ]
    try:
        qtbot.waitUntil(lambda: len(list(sync.iterdir())) == 3, timeout=20000)
        (sync / "go").touch()
        qtbot.waitUntil(lambda: sum(p.poll() is not None for p in racers) >= 2, timeout=20000)
        [winner] = [p for p in racers if p.poll() is None]
        send_command("quit")
        winner.wait(timeout=10)
        outputs = sorted(p.communicate()[0].strip() for p in racers)
        assert outputs == ["none", "none", "server"]
        assert all(p.returncode == 0 for p in racers)
    finally:
        for p in racers:
            if p.poll() is None:
                p.kill()
            p.communicate()


# --- the client on its own ---------------------------------------------------------------


def test_send_command_without_instance_raises_not_running(runtime: Path) -> None:
    with pytest.raises(NotRunning):
        send_command("status")
    assert instance_running() is False


def test_send_command_to_a_stale_socket_raises_not_running(runtime: Path) -> None:
    runtime_dir()
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(runtime / "ipc.sock"))
    stale.close()  # the file stays, nobody listens

    with pytest.raises(NotRunning):
        send_command("status")


def test_send_command_times_out_on_a_silent_server(qapp: Any, runtime: Path) -> None:
    runtime_dir()
    silent = QLocalServer()
    assert silent.listen(str(runtime / "ipc.sock"))
    try:
        with pytest.raises(IpcError, match="no answer") as caught:
            send_command("status", timeout_ms=300)
        assert not isinstance(caught.value, NotRunning)
    finally:
        silent.close()


FAKE_SERVER_SCRIPT = """
    import socket, sys
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(sys.argv[1])
    listener.listen(1)
    print("ready", flush=True)
    for reply in sys.argv[2:]:
        conn, _ = listener.accept()
        with conn:
            data = b""
            while not data.endswith(b"\\n"):
                chunk = conn.recv(4096)
                if not chunk:
                    break
                data += chunk
            sys.stdout.write(data.decode())
            sys.stdout.flush()
            conn.sendall(bytes.fromhex(reply))
"""


@pytest.fixture
def fake_server(runtime: Path) -> Iterator[Any]:
    """A plain-socket server in another process that answers with canned bytes.

    Another process, not a thread: PySide keeps the GIL in QLocalSocket.waitFor*.
    """
    runtime_dir()
    procs: list[subprocess.Popen[str]] = []

    def start(*replies: bytes) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(FAKE_SERVER_SCRIPT), str(runtime / "ipc.sock")]
            + [reply.hex() for reply in replies],
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        assert proc.stdout is not None
        assert proc.stdout.readline() == "ready\n"
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


@pytest.mark.parametrize(
    ("reply", "complaint"),
    [
        (b"garbage\n", "not valid JSON"),
        (b"\xff\n", "not valid JSON"),
        (b"[1]\n", "malformed reply"),
        (b'{"ok": "yes"}\n', "malformed reply"),
        (b'{"ok": true, "result": [1]}\n', "malformed result"),
        (b"", "closed the connection without answering"),
        (b'{"ok": true, "result": {}}', "closed the connection without answering"),
    ],
    ids=[
        "garbage",
        "not-utf8",
        "not-object",
        "ok-not-bool",
        "result-not-object",
        "hang-up",
        "no-newline",
    ],
)
def test_send_command_rejects_bad_replies(fake_server: Any, reply: bytes, complaint: str):
    fake_server(reply)

    with pytest.raises(IpcError, match=complaint) as caught:
        send_command("status", timeout_ms=5000)

    assert not isinstance(caught.value, NotRunning)


def test_send_command_reports_refusal_and_result(fake_server: Any) -> None:
    proc = fake_server(
        b'{"ok": false, "error": "not now"}\n',
        b'{"ok": true, "result": {"a": 1}}\n{"ignored": true}\n',
    )

    with pytest.raises(CommandError, match=r"^not now$"):
        send_command("snooze", {"minutes": 5})
    assert send_command("status") == {"a": 1}

    out, _ = proc.communicate(timeout=10)
    assert [json.loads(line) for line in out.splitlines()] == [
        {"cmd": "snooze", "args": {"minutes": 5}},
        {"cmd": "status", "args": {}},
    ]


def test_send_command_refuses_oversized_request(runtime: Path) -> None:
    with pytest.raises(IpcError, match="too long"):
        send_command("x", {"pad": "x" * MAX_MESSAGE})


def test_an_empty_lock_file_from_a_killed_start_does_not_lock_us_out(runtime: Path) -> None:
    # A start killed between creating instance.lock and writing its PID leaves an empty
    # file; QLockFile alone would treat it as held forever.
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock = runtime / LOCK_NAME
    lock.write_bytes(b"")
    old = time.time() - 5
    os.utime(lock, (old, old))
    server = claim_instance(lambda cmd, args: {}, runtime, timeout_ms=3000)
    assert server is not None
    server.close()
