"""Where the socket and the instance lock live: a user-only directory under the runtime dir."""

from __future__ import annotations

import logging
import os
import stat
import warnings
from pathlib import Path

import platformdirs

from steadypause import APP_NAME
from steadypause.core.i18n import translate
from steadypause.ipc.errors import IpcError

log = logging.getLogger(__name__)

SOCKET_NAME = "ipc.sock"
LOCK_NAME = "instance.lock"


def runtime_dir(runtime: Path | None = None) -> Path:
    """Return the directory holding the socket and the lock, created with mode 0700.

    ``runtime`` replaces the default ``platformdirs.user_runtime_dir("steadypause")``.
    An existing directory with a looser mode is tightened; one owned by another user is
    refused with :class:`IpcError`.
    """
    if runtime is None:
        with warnings.catch_warnings():
            # Without $XDG_RUNTIME_DIR (a bare ssh or cron session) platformdirs warns and
            # falls back to /tmp/runtime-<uid>; the checks below make that fallback safe.
            warnings.simplefilter("ignore")
            runtime = Path(platformdirs.user_runtime_dir(APP_NAME))
    directory = runtime
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = directory.stat()
        if info.st_uid != os.getuid():
            raise IpcError(
                translate("Cli", "{folder} belongs to another user").format(folder=directory)
            )
        if stat.S_IMODE(info.st_mode) & 0o077:
            log.info("Tightening the mode of %s to 0700", directory)
            directory.chmod(0o700)
    except OSError as exc:
        raise IpcError(
            translate("Cli", "cannot use {folder}: {problem}").format(
                folder=directory, problem=exc.strerror or exc
            )
        ) from exc
    return directory


def socket_path(runtime: Path | None = None) -> Path:
    """Return the path of the instance's socket (see :func:`runtime_dir`)."""
    return runtime_dir(runtime) / SOCKET_NAME
