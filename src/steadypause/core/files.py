"""Writing the app's small files safely: whole or not at all, readable only by the person.

A file is written to a temporary sibling (``.<name>.<random>.tmp``), flushed to disk and
renamed over the old one, so a crash leaves the old file or the new one, never half of
either. A crash between the two steps can leave the temporary file behind; the next write
of the same file removes such leftovers once they are old enough not to belong to a write
still in progress.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

# A temporary file this old belongs to no write in progress (a write takes milliseconds).
STALE_SECONDS = 60.0


def write_private_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and ``os.replace``; mode 0600."""
    with replaced_atomically(path) as out:
        out.write(text)


@contextlib.contextmanager
def replaced_atomically(
    path: Path, *, mode: int = 0o600, binary: bool = False, newline: str | None = None
) -> Iterator[IO[Any]]:
    """A file to write ``path``'s new content into; it replaces ``path`` only if the block
    ends without an error (then flushed to disk, given ``mode`` and renamed over it).

    Text is UTF-8 (``newline`` as for :func:`open`), or bytes with ``binary``. A private
    file's folder is made 0700 when missing.
    """
    private = mode & 0o077 == 0
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700 if private else 0o777)
    sweep_temporaries(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        out: IO[Any]
        if binary:
            out = os.fdopen(fd, "wb")
        else:
            out = os.fdopen(fd, "w", encoding="utf-8", newline=newline)
        with out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).chmod(mode)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sweep_temporaries(path: Path, now: float | None = None) -> list[Path]:
    """Remove ``path``'s temporary siblings left by an interrupted write; returns them.

    Only files named like this module's own temporaries, and older than
    :data:`STALE_SECONDS`, are touched.
    """
    now = time.time() if now is None else now
    removed = []
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.lstat().st_mtime >= STALE_SECONDS and leftover.is_file():
                leftover.unlink()
                removed.append(leftover)
    if removed:
        log.info(
            "removed %d temporary file(s) left by an interrupted write of %s", len(removed), path
        )
    return removed
