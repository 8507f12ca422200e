"""A private X server and the tray host the app's tray icon goes into.

Xvfb chooses a free display number itself (``-displayfd``) and writes it once it listens,
so a display another run on this machine starts at the same moment is never taken for ours
(guessing a number from the ``/tmp/.X*-lock`` files races with the other runs).
"""

from __future__ import annotations

import os
import subprocess
from typing import IO, Any

# trayer, a real XEmbed tray host (Debian package trayer): a panel at the top right corner.
TRAYER = [
    "trayer",
    "--edge",
    "top",
    "--align",
    "right",
    "--widthtype",
    "request",
    "--height",
    "28",
    "--SetDockType",
    "true",
]


def start_xvfb(
    size: str, *, output: int | IO[bytes] | None = subprocess.DEVNULL, **kwargs: Any
) -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb of ``size`` (``"WxH"``, 24-bit) on a display number it picks.

    Returns the server and its display (``":N"``), or ``""`` for the display when it did
    not start; the caller ends the server. ``output``: where its stdout and stderr go;
    ``kwargs`` go to ``subprocess.Popen`` (``start_new_session``, ``env``).
    """
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=output,
        stderr=output,
        **kwargs,
    )
    os.close(write)
    with os.fdopen(read) as announced:
        number = announced.readline().strip()  # written once it listens
    return server, f":{number}" if number else ""
