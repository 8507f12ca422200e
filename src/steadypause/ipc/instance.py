"""Single instance: become the one Steady Pause that listens, or find the one that does.

:func:`claim_instance` holds ``instance.lock`` (a :class:`QLockFile`, which notices a dead
owner) while it decides between "someone answers a ping" and "listen here", so two
simultaneous starts cannot both become the server; the winner keeps the lock for as long
as it listens. A socket file left behind by a killed instance is removed only after a
connection attempt to it has failed.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QLockFile

from steadypause.core.i18n import translate
from steadypause.ipc.client import instance_running
from steadypause.ipc.errors import IpcError
from steadypause.ipc.paths import LOCK_NAME, SOCKET_NAME, runtime_dir
from steadypause.ipc.server import Handler, InstanceServer

log = logging.getLogger(__name__)

# How long :func:`claim_instance` waits for an instance that holds the lock to answer.
CLAIM_TIMEOUT_MS = 5000


def claim_instance(
    handler: Handler,
    runtime: Path | None = None,
    *,
    timeout_ms: int = CLAIM_TIMEOUT_MS,
) -> InstanceServer | None:
    """Become the single instance, or find the one that already runs.

    Returns a listening :class:`InstanceServer` (holding the instance lock until its
    :meth:`~InstanceServer.close`), or ``None`` when another instance answers a ping.
    Raises :class:`IpcError` when another process holds the lock but does not answer
    within ``timeout_ms``, or when listening fails. Call it once a QCoreApplication
    exists; the server answers from that application's event loop.
    """
    directory = runtime_dir(runtime)
    lock = QLockFile(str(directory / LOCK_NAME))
    # 0: never treat a lock as stale because of its age; a dead owner PID still is.
    lock.setStaleLockTime(0)
    deadline = time.monotonic() + timeout_ms / 1000
    while not lock.tryLock(100):
        if lock.error() != QLockFile.LockError.LockFailedError:
            raise IpcError(
                translate("Cli", "cannot create {path} ({problem})").format(
                    path=directory / LOCK_NAME, problem=lock.error().name
                )
            )
        if _unowned_lock(lock, directory / LOCK_NAME):
            # A lock file without an owner: a start killed between creating the file and
            # writing its PID into it. QLockFile would wait for it forever (no PID to check,
            # and stale-by-age is off), so remove it and try again.
            log.warning("Removing %s: it names no owner", directory / LOCK_NAME)
            lock.removeStaleLockFile()
            continue
        # Held by a live process: the running instance, or one starting right now.
        problem: str | None = None  # None: it does not listen yet
        try:
            if instance_running(directory):
                log.info("Another instance is running")
                return None
        except IpcError as exc:
            problem = str(exc)  # connected but no proper answer yet: maybe busy starting
        if time.monotonic() > deadline:
            raise IpcError(_lock_held(lock, directory / LOCK_NAME, problem))
    try:
        # Nothing else may listen while we hold the lock, unless its lock file was deleted.
        if instance_running(directory):
            log.warning("An instance answers without holding %s", directory / LOCK_NAME)
            lock.unlock()
            return None
        path = directory / SOCKET_NAME
        if path.exists() or path.is_symlink():
            # Only now, after the connection attempt failed. (listen() would also replace
            # it, but a leftover should not depend on that.)
            log.info("Removing the stale socket %s", path)
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise IpcError(
                    translate("Cli", "cannot remove the stale {path}: {problem}").format(
                        path=path, problem=exc.strerror
                    )
                ) from exc
        server = InstanceServer(handler, directory)
        server.listen()
    except BaseException:
        lock.unlock()
        raise
    server._adopt_lock(lock)
    return server


def _lock_held(lock: QLockFile, path: Path, problem: str | None) -> str:
    """Why the instance cannot be claimed: someone holds the lock but does not answer."""
    pid = (lock.getLockInfo() or (0,))[0]
    # Whole sentences, so that each language can build them its own way.
    if pid and problem is None:
        text = translate("Cli", "process {pid} holds {path} but does not listen yet")
    elif pid:
        text = translate("Cli", "process {pid} holds {path} but {problem}")
    elif problem is None:
        text = translate("Cli", "another process holds {path} but does not listen yet")
    else:
        text = translate("Cli", "another process holds {path} but {problem}")
    return text.format(pid=pid, path=path, problem=problem)


def _unowned_lock(lock: QLockFile, path: Path, settle_s: float = 1.0) -> bool:
    """True for a lock file that names no process and is older than ``settle_s``.

    A live starter writes its PID right after creating the file; ``settle_s`` leaves it
    that moment.
    """
    pid = lock.getLockInfo()[0]
    if pid:
        return False
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return False
    return age > settle_s
