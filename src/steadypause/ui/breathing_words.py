"""The breathing guide's words: the line under the circle, what a screen reader is told, and
how the circle is described.

The line under the circle counts breaths, in the same words with and without motion
("Breathe in · breath 2 of 3"); with reduced motion a second line counts the seconds left in
the phase, and says they are seconds ("3 seconds left"). The spoken words change once per
phase ("Breathe in, breath 2 of 3", "Breathe out"), never per counted second.
"""

from __future__ import annotations

import logging

from steadypause.core.breath_pace import DONE, IDLE, IN, PHASE_SECONDS_RANGE
from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

# 'One' ... 'Twenty': how many breaths, at the start of a sentence (translated where used).
_NUMBER_WORDS = (
    #: These count breaths ("Three slow breaths, done."): in Spanish "respiración" is
    #: feminine, so 1 reads "Una".
    QT_TRANSLATE_NOOP("Breathing", "One"),
    QT_TRANSLATE_NOOP("Breathing", "Two"),
    QT_TRANSLATE_NOOP("Breathing", "Three"),
    QT_TRANSLATE_NOOP("Breathing", "Four"),
    QT_TRANSLATE_NOOP("Breathing", "Five"),
    QT_TRANSLATE_NOOP("Breathing", "Six"),
    QT_TRANSLATE_NOOP("Breathing", "Seven"),
    QT_TRANSLATE_NOOP("Breathing", "Eight"),
    QT_TRANSLATE_NOOP("Breathing", "Nine"),
    QT_TRANSLATE_NOOP("Breathing", "Ten"),
    QT_TRANSLATE_NOOP("Breathing", "Eleven"),
    QT_TRANSLATE_NOOP("Breathing", "Twelve"),
    QT_TRANSLATE_NOOP("Breathing", "Thirteen"),
    QT_TRANSLATE_NOOP("Breathing", "Fourteen"),
    QT_TRANSLATE_NOOP("Breathing", "Fifteen"),
    QT_TRANSLATE_NOOP("Breathing", "Sixteen"),
    QT_TRANSLATE_NOOP("Breathing", "Seventeen"),
    QT_TRANSLATE_NOOP("Breathing", "Eighteen"),
    QT_TRANSLATE_NOOP("Breathing", "Nineteen"),
    QT_TRANSLATE_NOOP("Breathing", "Twenty"),
)


def number_word(n: int) -> str:
    """The word for ``n`` breaths, in the language in use."""
    return translate("Breathing", _NUMBER_WORDS[n - 1])


def done_text(cycles: int) -> str:
    """'Three slow breaths, done. Stay here as long as you like.'"""
    return translate(
        "Breathing",
        "{number} slow breath(s), done. Stay here as long as you like.",
        None,
        cycles,
    ).format(number=number_word(cycles))


def counted(breathing_in: bool, breath: int, cycles: int) -> str:
    """'Breathe in · breath 2 of 3': the phase and which breath of how many."""
    text = (
        translate("Breathing", "Breathe in · breath {breath} of {breaths}")
        if breathing_in
        else translate("Breathing", "Breathe out · breath {breath} of {breaths}")
    )
    return text.format(breath=breath, breaths=cycles)


def seconds_left(seconds: int) -> str:
    """'3 seconds left': with reduced motion, the seconds still to go in this phase."""
    return translate("Breathing", "%n second(s) left", None, seconds)


def longest_lines(cycles: int, reduced: bool = False) -> list[str]:
    """The longest texts the guide writes under the circle for ``cycles`` breaths: the end,
    and each phase at the last breath (with reduced motion, with the longest count of
    seconds on a second line). Whichever wraps highest sets the room for the words."""
    lines = [done_text(cycles), counted(False, cycles, cycles), counted(True, cycles, cycles)]
    if reduced:
        most = int(PHASE_SECONDS_RANGE[1])
        lines += [f"{line}\n{seconds_left(most)}" for line in lines[1:]]
    return lines


def guide_line(phase: str, breath: int, cycles: int, reduced: bool, countdown: int) -> str:
    """The line under the circle: the breath counted, in the same words either way; with
    reduced motion and a count running, the seconds left below it."""
    if phase == IDLE:
        return translate("Breathing", "Ready when you are.")
    if phase == DONE:
        return done_text(cycles)
    line = counted(phase == IN, breath, cycles)
    if reduced and countdown:
        return f"{line}\n{seconds_left(countdown)}"
    return line


def spoken_line(phase: str, breath: int, cycles: int) -> str:
    """The phase in words for a screen reader: "Breathe in, breath 2 of 3", "Breathe out";
    the same with reduced motion (no counted seconds)."""
    if phase == IDLE:
        return translate("Breathing", "Ready when you are.")
    if phase == DONE:
        return done_text(cycles)
    if phase == IN:
        return translate("Breathing", "Breathe in, breath {breath} of {breaths}").format(
            breath=breath, breaths=cycles
        )
    return translate("Breathing", "Breathe out")


def circle_description(reduced: bool) -> str:
    """The circle's accessible description, with or without motion."""
    if reduced:
        return translate(
            "Breathing",
            "A still circle that changes shade between breathing "
            "in and breathing out, with the current breath and the seconds left "
            "written below it.",
        )
    return translate(
        "Breathing",
        "A soft circle that grows while you breathe in and "
        "shrinks while you breathe out, with the current breath written "
        "below it.",
    )
