"""Issue 13's wording in the pause window: where each step is, one title form, the
person's own boundary cues in Before you say yes, and Close the day's words about keeping."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from steadypause.core.routine import load_builtin_routines
from steadypause.core.settings.labels import choice_text
from steadypause.ui.pause_options import KEPT, NOT_KEPT, PauseOptions
from steadypause.ui.pause_window import PauseWindow

ROUTINES = load_builtin_routines()
FAST = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1)


def progress(window: PauseWindow) -> QLabel:
    label = window.findChild(QLabel, "stepProgress")
    assert label is not None
    return label


@pytest.mark.parametrize("routine_id", sorted(ROUTINES))
def test_every_step_says_where_it_is_in_the_routine(qtbot: QtBot, routine_id: str) -> None:
    routine = ROUTINES[routine_id]
    window = PauseWindow(routine, FAST)
    qtbot.addWidget(window)
    total = len(routine.steps)
    for n in range(1, total + 1):
        assert window.index == n - 1
        assert progress(window).text().endswith(f"step {n} of {total}")
        assert progress(window).accessibleName() == f"Step {n} of {total}"
        window.next()


def test_window_titles_take_one_form(qtbot: QtBot) -> None:
    window = PauseWindow(ROUTINES["full"], FAST)
    qtbot.addWidget(window)
    assert window.windowTitle() == "A steady pause — Steady Pause"
    assert "·" not in window.windowTitle()


def test_the_main_routine_has_one_name_in_the_window_and_in_settings() -> None:
    title = ROUTINES["full"].title
    assert choice_text("full").startswith(title + " (")


def test_before_you_say_yes_offers_the_persons_own_boundary_cues_first(qtbot: QtBot) -> None:
    own = ("No replies after 7 pm", "Ask before taking on a new case")
    options = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1, boundary_cues=own)
    window = PauseWindow(ROUTINES["boundary"], options)
    qtbot.addWidget(window)
    window.next()
    page = window.current_page()
    assert page.step.id == "reply"
    assert page.choices is not None
    buttons = page.choices.buttons()
    assert [b.text() for b in buttons[:2]] == list(own)
    assert [b.property("personal") for b in buttons[:3]] == [True, True, False]


@pytest.mark.parametrize("journaling", [False, True])
def test_close_the_day_does_not_promise_to_keep_what_the_field_forgets(
    qtbot: QtBot, journaling: bool
) -> None:
    """Item 5: step 2's words must hold whether journaling is on or off."""
    options = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1, journaling=journaling)
    window = PauseWindow(ROUTINES["release"], options)
    qtbot.addWidget(window)
    window.next()
    page = window.current_page()
    assert page.step.id == "open"
    note = page.findChild(QLabel, "journalNote")
    assert note is not None
    assert note.text() == (KEPT if journaling else NOT_KEPT)
    body = page.step.body
    assert not re.search(r"somewhere other than|\bkept\b|\bsaved\b|\bstored\b", body), body
    assert "your own notes" in body
