"""The breathing guide's pace in plain numbers: which step a moment falls in, what is counted.

Qt-free; ``ui/breathing_exercise.py`` drives it from a monotonic elapsed timer, woken for the
next frame that moves the circle visibly (full motion, ``scale_at`` and ``next_frame_ms``) or
for the next counted second (reduced motion). An exercise is ``cycles`` breaths, each an in-breath
of ``inhale_ms`` then an out-breath of ``exhale_ms``. Its steps are numbered from 0: an even
step breathes in, an odd one breathes out, and step ``2 * cycles`` is done.
"""

from __future__ import annotations

import logging
import math

log = logging.getLogger(__name__)

# The guide's phases, in the order it moves through them (idle before start and after stop).
IDLE = "idle"
IN = "in"
OUT = "out"
DONE = "done"

# Allowed length of one in- or out-breath, in seconds (inclusive).
PHASE_SECONDS_RANGE: tuple[float, float] = (1.0, 20.0)
# Allowed number of breaths (inclusive).
CYCLES_RANGE: tuple[int, int] = (1, 20)


def validated_pace(
    inhale_s: float,
    exhale_s: float,
    cycles: int,
    seconds_range: tuple[float, float] = PHASE_SECONDS_RANGE,
    cycles_range: tuple[int, int] = CYCLES_RANGE,
) -> tuple[float, float, int]:
    """``(inhale_s, exhale_s, cycles)`` checked against the ranges; ValueError otherwise."""
    low, high = seconds_range
    for name, value in (("inhale_s", inhale_s), ("exhale_s", exhale_s)):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(  # i18n-exempt: a programmer error
                f"{name} must be a number of seconds, not {value!r}"
            )
        if not low <= value <= high:  # also refuses NaN
            raise ValueError(  # i18n-exempt: a programmer error
                f"{name} must be between {low:g} and {high:g} s, not {value!r}"
            )
    low_c, high_c = cycles_range
    if isinstance(cycles, bool) or not isinstance(cycles, int):
        raise ValueError(  # i18n-exempt: a programmer error
            f"cycles must be a whole number, not {cycles!r}"
        )
    if not low_c <= cycles <= high_c:
        raise ValueError(  # i18n-exempt: a programmer error
            f"cycles must be between {low_c} and {high_c}, not {cycles!r}"
        )
    return float(inhale_s), float(exhale_s), cycles


def locate(position_ms: int, inhale_ms: int, exhale_ms: int, cycles: int) -> tuple[int, int]:
    """The step at ``position_ms`` into the exercise and the ms left in that step."""
    breath_ms = inhale_ms + exhale_ms
    if position_ms >= breath_ms * cycles:
        return 2 * cycles, 0
    breath, within = divmod(max(position_ms, 0), breath_ms)
    if within < inhale_ms:
        return 2 * breath, inhale_ms - within
    return 2 * breath + 1, breath_ms - within


def phase_of(step: int, cycles: int) -> str:
    """The phase of ``step`` (0-based) in an exercise of ``cycles`` breaths."""
    if step < 0:
        return IDLE
    if step >= 2 * cycles:
        return DONE
    return IN if step % 2 == 0 else OUT


def count_for(left_ms: int, second_ms: int) -> int:
    """The whole seconds shown for ``left_ms`` still to go in a phase (never 0)."""
    return max(1, math.ceil(left_ms / second_ms))


def eased(progress: float) -> float:
    """Qt's InOutSine on 0..1: slow at both turns, fastest mid-breath."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(progress, 0.0), 1.0))


def _progress(position_ms: float, inhale_ms: int, exhale_ms: int, cycles: int) -> tuple[int, float]:
    """The step at ``position_ms`` and how far through it (0..1, not yet eased)."""
    breath_ms = inhale_ms + exhale_ms
    if position_ms >= breath_ms * cycles:
        return 2 * cycles, 1.0
    breath, within = divmod(max(position_ms, 0.0), breath_ms)
    if within < inhale_ms:
        return 2 * int(breath), within / inhale_ms
    return 2 * int(breath) + 1, (within - inhale_ms) / exhale_ms


def scale_at(position_ms: float, inhale_ms: int, exhale_ms: int, cycles: int) -> float:
    """The circle's size on the 0..1 scale ``position_ms`` into the exercise (0 when done)."""
    step, progress = _progress(position_ms, inhale_ms, exhale_ms, cycles)
    if step >= 2 * cycles:
        return 0.0
    value = eased(progress)
    return value if step % 2 == 0 else 1.0 - value


def next_frame_ms(
    position_ms: float,
    inhale_ms: int,
    exhale_ms: int,
    cycles: int,
    step: float,
    frame_ms: float,
) -> float:
    """How long after ``position_ms`` the circle's size has moved by ``step`` (0..1 scale).

    Never sooner than ``frame_ms`` (the display's refresh period), and never later than the
    end of the present in- or out-breath, so each turn is drawn where it happens. A ``step``
    of 0 or less asks for a frame every ``frame_ms``.
    """
    phase, progress = _progress(position_ms, inhale_ms, exhale_ms, cycles)
    if phase >= 2 * cycles:
        return frame_ms
    length = inhale_ms if phase % 2 == 0 else exhale_ms
    left = (1.0 - progress) * length
    if step <= 0.0:
        return max(frame_ms, 0.0)
    # Within one phase the eased value only grows (the size only grows or only shrinks), so
    # the moment it has moved by ``step`` is the inverse of the curve at the target.
    target = eased(progress) + step
    if target >= 1.0:
        return max(frame_ms, left)
    wait = (math.acos(1.0 - 2.0 * target) / math.pi - progress) * length
    return max(frame_ms, min(wait, left))
