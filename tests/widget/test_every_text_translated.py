"""Every text a window shows comes through the translation system.

A pseudo-translator wraps each translated text in ⟦ ⟧. Every window the app can open is then
built and walked (the prompt for each cue, every step of every routine, every settings tab, the
history, the help page, About, the status window and the tray menu); after removing the
wrapped parts (and numbers, times and punctuation) no word may be left, except the few that
are never translated (the app's name, each language's own name).
This catches what the source check (tests/unit/test_strings_marked.py) cannot see: a text
built at run time, a text from a data file, or one looked up under the wrong context.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller, start_controller
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from steadypause import translations
from steadypause.core import i18n
from steadypause.core.clock import FakeClock
from steadypause.core.cues import Cue, CueKind
from steadypause.core.history import HistoryStore
from steadypause.core.routine import load_builtin_routines
from steadypause.core.settings import ROUTINE_CHOICES, Settings, SettingsStore
from steadypause.core.tips import load_builtin_tips
from steadypause.session.controller import Controller
from support.history_records import a_week_of_pauses

TZ = ZoneInfo("Europe/Madrid")
WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧")
#: Words that are the same in every language.
NEVER_TRANSLATED = ("Steady Pause", "English", "Español", "Qt", "PySide6", "GPL")
WORD = re.compile(r"[^\W\d_]{2,}")


class Pseudo(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:  # Qt's name
        return False


@pytest.fixture
def pseudo(qapp: object) -> Iterator[None]:
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    i18n.use(translations.qt_lookup)
    yield
    QCoreApplication.removeTranslator(translator)
    i18n.use(None)


def leftover(text: str) -> str:
    """The words of ``text`` that did not come through a translation."""
    previous = None
    while previous != text:  # translated texts placed inside translated texts
        previous, text = text, WRAPPED.sub(" ", text)
    for word in NEVER_TRANSLATED:
        text = text.replace(word, " ")
    return " ".join(WORD.findall(text))


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text the widget can show or say to a screen reader."""
    yield "accessibleName", widget.accessibleName()
    yield "accessibleDescription", widget.accessibleDescription()
    yield "toolTip", widget.toolTip()
    if widget.isWindow():
        yield "windowTitle", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "text", html.unescape(re.sub(r"<[^>]+>", " ", widget.text()))
    elif isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        yield "placeholderText", widget.placeholderText()
    elif isinstance(widget, QTextBrowser):
        yield "text", widget.toPlainText()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    elif isinstance(widget, QSpinBox):
        yield "suffix", widget.suffix()
        yield "prefix", widget.prefix()
        yield "specialValueText", widget.specialValueText()
    elif isinstance(widget, QListWidget):
        for i in range(widget.count()):
            yield f"row {i}", widget.item(i).text()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            yield f"header {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(model.rowCount()):
                yield f"cell {row},{column}", str(model.index(row, column).data() or "")
    for action in widget.actions():
        yield from texts_of_action(action)


def texts_of_action(action: QAction) -> Iterator[tuple[str, str]]:
    yield "action", action.text()
    yield (
        "action toolTip",
        action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
    )
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield "menu", menu.title()
        for inner in menu.actions():
            yield from texts_of_action(inner)


def untranslated(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for what, text in texts_of(widget):
            words = leftover(text or "")
            if words:
                name = widget.objectName() or type(widget).__name__
                found.append(f"{name}.{what}: {text!r} (left: {words})")
    return found


def make_controller(
    settings: Settings,
    clock: FakeClock,
    home: Path | None = None,
    history_store: HistoryStore | None = None,
) -> Controller:
    # loaded now, through the pseudo-translator, as the app loads them after install()
    return start_controller(
        clock,
        settings,
        load_builtin_routines(),
        history_store,
        tips=load_builtin_tips(),
        store=SettingsStore(home / "user", home / "site") if home is not None else None,
        autostart_home=home,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 2, 10, 0, tzinfo=TZ))


def test_leftover_finds_words_outside_translations() -> None:
    assert leftover("⟦Next pause at⟧ 14:30") == ""
    assert leftover("⟦Next pause⟧ at 14:30") == "at"
    assert leftover("⟦Back in ⟦5 minutes⟧⟧.") == ""
    assert leftover("About Steady Pause 0.1") == "About"


@pytest.mark.usefixtures("pseudo")
@pytest.mark.parametrize("kind", [k for k in CueKind if k is not CueKind.MANUAL])
def test_the_prompt_for_every_cue(qtbot: QtBot, clock: FakeClock, kind: CueKind) -> None:
    controller = make_controller(Settings(), clock)
    try:
        controller.offer(Cue(kind, clock.now(), "25" if kind is not CueKind.WORK_TIMER else ""))
        prompt = controller.prompt
        assert prompt is not None
        problems = untranslated(prompt)
        assert problems == [], "\n".join(problems)
    finally:
        dispose_controller(controller)


@pytest.mark.usefixtures("pseudo")
@pytest.mark.parametrize("routine_id", ROUTINE_CHOICES)
@pytest.mark.parametrize("reduce_motion", [False, True], ids=["animated", "reduced"])
def test_every_step_of_every_routine(
    qtbot: QtBot, clock: FakeClock, routine_id: str, reduce_motion: bool
) -> None:
    settings = Settings(
        manual_routine=routine_id,
        breath_in_seconds=1.0,
        breath_out_seconds=1.0,
        breath_cycles=1,
        reduce_motion=reduce_motion,
        journaling=True,
    )
    controller = make_controller(settings, clock)
    try:
        controller.pause_now("tray")
        window = controller.pause_window
        assert window is not None
        problems: list[str] = []
        for _ in range(len(controller.routines[routine_id].steps)):
            problems += untranslated(window)
            if window.next_button.isVisible() and window.next_button.isEnabled():
                window.next_button.click()
        assert problems == [], "\n".join(problems)
    finally:
        dispose_controller(controller)


@pytest.mark.usefixtures("pseudo")
def test_the_other_windows_and_the_tray_menu(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    # a week of pauses from every cue and routine, ending every way, for the History window
    path = tmp_path / "history.sqlite3"
    a_week_of_pauses(path, clock.now(), first_journal={"name": "written by the person"})
    store = HistoryStore(path, clock)
    store.start()
    controller = make_controller(Settings(), clock, tmp_path, store)
    try:
        problems: list[str] = []
        controller.show_settings()
        dialog = controller.windows.settings_dialog
        assert dialog is not None
        problems += untranslated(dialog)
        controller.show_history()
        assert controller.windows.history is not None
        problems += untranslated(controller.windows.history)
        controller.show_help()
        assert controller.windows.help is not None
        problems += untranslated(controller.windows.help)
        controller.show_about()
        assert controller.windows.about is not None
        problems += untranslated(controller.windows.about)
        welcome = controller.windows.show_welcome(tmp_path / "welcome-shown")
        assert welcome is not None
        problems += untranslated(welcome)
        if controller.status_window is not None:
            problems += untranslated(controller.status_window)
        controller.snooze(30)
        menu = controller.tray.menu
        problems += [
            f"tray menu: {t!r}"
            for _, t in (item for a in menu.actions() for item in texts_of_action(a))
            if leftover(t)
        ]
        problems = [p for p in problems if "written by the person" not in p]
        assert problems == [], "\n".join(problems)
    finally:
        dispose_controller(controller)
        store.close()


def test_a_week_later_the_status_line_is_translated(clock: FakeClock, pseudo: None) -> None:
    from steadypause.core.wording import schedule_line

    now = clock.now()
    for at in (now + timedelta(hours=1), now + timedelta(days=1), now + timedelta(days=5)):
        assert leftover(schedule_line(at, None, False, now)) == ""
        assert leftover(schedule_line(None, at, False, now)) == ""
