"""The gentle prompt: never takes focus, answers once, closes itself when ignored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from steadypause.ui.prompt import PromptWindow


def make(qtbot: QtBot, timeout_ms: int = 60_000) -> tuple[PromptWindow, list[str]]:
    prompt = PromptWindow(
        "Time for a short pause?",
        "You have been at it for an hour.",
        later_minutes=10,
        timeout_ms=timeout_ms,
    )
    answers: list[str] = []
    prompt.answered.connect(answers.append)
    return prompt, answers


def test_prompt_does_not_take_keyboard_focus(qtbot: QtBot) -> None:
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    qtbot.keyClicks(editor, "half a sent")

    prompt, _ = make(qtbot)
    prompt.show_near()
    qtbot.waitExposed(prompt)
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert prompt.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert QApplication.focusWidget() is editor
    assert QApplication.activeWindow() is not prompt
    qtbot.keyClicks(editor, "ence")
    assert editor.text() == "half a sentence"
    for b in (prompt.start_button, prompt.later_button, prompt.skip_button):
        assert b.focusPolicy() == Qt.FocusPolicy.NoFocus
    prompt.dismiss()


def test_prompt_says_why_and_offers_three_answers(qtbot: QtBot) -> None:
    prompt, _ = make(qtbot)
    prompt.show_near()
    assert prompt.start_button.text() == "Start"
    assert prompt.later_button.text() == "In 10 minutes"
    assert prompt.skip_button.text() == "Skip"
    assert "an hour" in prompt.accessibleDescription()
    prompt.dismiss()


def test_each_button_answers_once_and_closes(qtbot: QtBot) -> None:
    for name, expected in (
        ("start_button", "start"),
        ("later_button", "later"),
        ("skip_button", "skip"),
    ):
        prompt, answers = make(qtbot)
        prompt.show_near()
        qtbot.mouseClick(getattr(prompt, name), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda p=prompt: not p.isVisible())
        assert answers == [expected]


def test_ignored_prompt_closes_itself_as_missed(qtbot: QtBot) -> None:
    prompt, answers = make(qtbot, timeout_ms=200)
    prompt.show_near()
    with qtbot.waitSignal(prompt.answered, timeout=3000) as blocker:
        pass
    assert blocker.args == ["missed"]
    qtbot.waitUntil(lambda: not prompt.isVisible())
    assert answers == ["missed"]


def test_closing_from_the_window_manager_counts_as_skip(qtbot: QtBot) -> None:
    prompt, answers = make(qtbot)
    prompt.show_near()
    prompt.close()
    assert answers == ["skip"]


def test_prompt_sits_at_the_bottom_right_of_the_screen(qtbot: QtBot) -> None:
    prompt, _ = make(qtbot)
    prompt.show_near()
    area = QApplication.primaryScreen().availableGeometry()
    geo = prompt.frameGeometry()
    assert geo.right() <= area.right()
    assert geo.bottom() <= area.bottom()
    assert geo.right() > area.center().x()
    assert geo.bottom() > area.center().y()
    prompt.dismiss()
