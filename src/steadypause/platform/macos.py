"""macOS backends through ctypes only (CoreGraphics), imported on macOS only.

- idle: ``CGEventSourceSecondsSinceLastEventType`` (combined session state, any input);
- suspend: the clock gap, between ``CLOCK_MONOTONIC`` (on macOS it runs on while asleep)
  and ``CLOCK_UPTIME_RAW`` (it stops);
- lock and busy: not yet (they need NSDistributedNotificationCenter / NSWorkspace, which
  want an Objective-C bridge); they say so in ``status --json``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject

from steadypause.core.activity import IDLE_THRESHOLD_SECONDS
from steadypause.platform.polledidle import PolledIdle

COREGRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
K_CG_EVENT_SOURCE_STATE_COMBINED_SESSION = 0
K_CG_ANY_INPUT_EVENT_TYPE = 0xFFFFFFFF  # (CGEventType)~0


def seconds_since_input(value: float) -> float | None:
    """A reading we can trust, or None (CoreGraphics gives NaN or garbage when it has no
    session, e.g. before login or over some remote connections)."""
    if not math.isfinite(value) or value < 0:
        return None
    return value


class MacIdle(PolledIdle):
    name = "coregraphics"

    def __init__(
        self,
        threshold_s: float = IDLE_THRESHOLD_SECONDS,
        parent: QObject | None = None,
        *,
        since_input: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(threshold_s, parent)
        if since_input is None:
            path = ctypes.util.find_library("CoreGraphics") or COREGRAPHICS
            try:
                cg = ctypes.cdll.LoadLibrary(path)
                call = cg.CGEventSourceSecondsSinceLastEventType
            except (OSError, AttributeError) as exc:
                self.unavailable(  # i18n-exempt: diagnostics
                    f"CoreGraphics cannot be loaded ({exc})"
                )
                return
            call.restype = ctypes.c_double
            call.argtypes = [ctypes.c_int32, ctypes.c_uint32]

            def read() -> float:
                return float(
                    call(K_CG_EVENT_SOURCE_STATE_COMBINED_SESSION, K_CG_ANY_INPUT_EVENT_TYPE)
                )

            since_input = read
        self._since_input = since_input

    def idle_seconds(self) -> float | None:
        if self._reason:
            return None
        return seconds_since_input(self._since_input())


def gap_clocks() -> tuple[Callable[[], float], Callable[[], float]] | None:
    """(a clock that counts sleep, one that does not) on macOS; None elsewhere."""
    uptime = getattr(time, "CLOCK_UPTIME_RAW", None)
    if uptime is None:
        return None
    return (lambda: time.clock_gettime(time.CLOCK_MONOTONIC), lambda: time.clock_gettime(uptime))
