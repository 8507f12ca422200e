"""Before the app starts: is there a display for its windows (issue 16, item 3)?

Without one Qt aborts (exit 134) with a message about reinstalling; this says instead which
variable is missing. A platform chosen with ``QT_QPA_PLATFORM`` is honoured: ``offscreen``
(the tests), ``vnc`` or ``eglfs`` need no display variable, ``xcb`` needs ``DISPLAY`` and
``wayland`` ``WAYLAND_DISPLAY``. Windows and macOS always have a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from steadypause import DISPLAY_NAME
from steadypause.core.i18n import translate


def _has_wayland(environ: Mapping[str, str]) -> bool:
    if environ.get("WAYLAND_DISPLAY") or environ.get("WAYLAND_SOCKET"):
        return True
    # libwayland-client's default when WAYLAND_DISPLAY is unset
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and Path(runtime, "wayland-0").exists()


def missing_display(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """One sentence saying why no window can be shown here, or None when one can."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin"):
        return None
    x11, wayland = bool(environ.get("DISPLAY")), _has_wayland(environ)
    requested = [
        name.split(":")[0].strip()
        for name in environ.get("QT_QPA_PLATFORM", "").split(";")
        if name.strip()
    ]
    problems = []
    for name in requested:
        if name == "xcb" and not x11:
            variable = "DISPLAY"
        elif name.startswith("wayland") and not wayland:
            variable = "WAYLAND_DISPLAY"
        else:
            return None  # this platform can start: Qt decides
        problems.append(
            translate(
                "Cli", "QT_QPA_PLATFORM asks for {platform}, but {variable} is not set"
            ).format(platform=name, variable=variable)
        )
    if not requested:
        if x11 or wayland:
            return None
        problems.append(translate("Cli", "neither DISPLAY nor WAYLAND_DISPLAY is set"))
    return translate(
        "Cli",
        "{problem}: {name} needs a graphical session (X11 or Wayland) to show its windows.",
    ).format(problem=problems[0], name=DISPLAY_NAME)
