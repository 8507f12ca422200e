"""Nothing overlaps and nothing is cut, in every window, at every size and font we promise.

The screens people use this on (1280×720, 1366×768 and 1920×1080 at 100, 150 and 200 %)
give these logical available areas (the screen divided by the scale, less a panel); each
window is sized for an area by the same function its show code uses
(``steadypause.ui.window_fit``), then every step (or tab) is checked with
``steadypause.ui.layout_audit.layout_problems``: no two visible widgets overlap, no text is
cut, the breathing circle keeps its minimum size. Once at the default font, once with the
application font 1.25× larger.

The pause window is walked for every routine with the check-in on and off, journaling on and
off, reduced motion on and off, in the light and the dark palette (each combination of the
first three once, the palette alternating between them), and in Spanish, whose sentences run
longer, on the smallest area.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller, start_controller
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.history import HistoryStore
from steadypause.core.routine import Routine, load_builtin_routines
from steadypause.core.settings import ROUTINE_CHOICES, Settings, SettingsStore
from steadypause.core.tips import load_builtin_tips
from steadypause.session.controller import Controller
from steadypause.ui import theme
from steadypause.ui.layout_audit import layout_problems
from steadypause.ui.pause_options import PauseOptions
from steadypause.ui.pause_window import PauseWindow
from steadypause.ui.window_fit import fit_to_area
from support.history_records import a_week_of_pauses

TZ = ZoneInfo("Europe/Madrid")
SCREENS = ((1280, 720), (1366, 768), (1920, 1080))
SCALES = (1.0, 1.5, 2.0)
PANEL = 44  # logical px: the taller of GNOME's top bar (32) and Plasma's panel (44)


def screen_areas() -> dict[str, QRect]:
    """The distinct logical available areas, named by the screens and scales giving them."""
    areas: dict[tuple[int, int], list[str]] = {}
    for (w, h), scale in itertools.product(SCREENS, SCALES):
        size = (int(w / scale), int(h / scale) - PANEL)
        areas.setdefault(size, []).append(f"{w}x{h}at{round(scale * 100)}")
    return {"+".join(names): QRect(0, 0, w, h) for (w, h), names in sorted(areas.items())}


AREAS = screen_areas()
FONTS = {"font100": 1.0, "font125": 1.25}
ROUTINES = load_builtin_routines()
COMBINATIONS = [  # (check-in, journaling, reduced motion, palette)
    (checkin, journaling, reduce, ("light", "dark")[n % 2])
    for n, (checkin, journaling, reduce) in enumerate(
        itertools.product((True, False), (True, False), (True, False))
    )
]


@pytest.fixture(params=list(FONTS), ids=list(FONTS))
def font_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """The application font at the default size, or 1.25× larger."""
    scale = FONTS[request.param]
    previous = QFont(qapp.font())
    bigger = QFont(previous)
    bigger.setPointSizeF(previous.pointSizeF() * scale)
    qapp.setFont(bigger)
    yield scale
    qapp.setFont(previous)


@pytest.fixture
def palettes(qapp: QApplication) -> Iterator[None]:
    """Lets a test switch the app's palette; the one before is put back."""
    previous = QPalette(qapp.palette())
    yield
    qapp.setPalette(previous)


def use_palette(name: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, name)


def settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def checked(window: QWidget, what: str, area: QRect) -> list[str]:
    settle()
    return [f"{what}: {problem}" for problem in layout_problems(window, area)]


def walk_pause(
    qtbot: QtBot,
    area: QRect,
    routine_id: str,
    checkin: bool,
    journaling: bool,
    reduce: bool,
    routines: dict[str, Routine] | None = None,
) -> list[str]:
    routine = (routines or ROUTINES)[routine_id]
    options = PauseOptions(
        reduce_motion=reduce,
        journaling=journaling,
        tip=load_builtin_tips()[0].text if load_builtin_tips() else "",
    )
    window = PauseWindow(routine, options, checkin=checkin)  # deleted when closed
    fit_to_area(window, area)
    window.show()
    problems = []
    try:
        for n in range(len(routine.steps)):
            what = (
                f"{routine_id} step {n + 1} (check-in {checkin}, journaling {journaling}, "
                f"reduced motion {reduce}, {window.width()}×{window.height()})"
            )
            problems += checked(window, what, area)
            if n + 1 < len(routine.steps):
                window.next()
    finally:
        window.close()
    return problems


@pytest.mark.usefixtures("palettes")
@pytest.mark.parametrize("area", list(AREAS.values()), ids=list(AREAS))
def test_every_step_of_every_pause(qtbot: QtBot, area: QRect, font_scale: float) -> None:
    problems: list[str] = []
    for checkin, journaling, reduce, palette in COMBINATIONS:
        use_palette(palette)
        for routine_id in ROUTINE_CHOICES:
            problems += walk_pause(qtbot, area, routine_id, checkin, journaling, reduce)
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The app in Spanish, whose sentences run longer than the English ones."""
    from steadypause import translations

    translations.install("es")
    yield
    translations.uninstall()


@pytest.mark.usefixtures("palettes", "spanish")
def test_every_step_in_spanish_on_the_smallest_area(qtbot: QtBot, font_scale: float) -> None:
    from steadypause.core.i18n import translate

    assert translate("PauseWindow", "&Next") == "&Siguiente"
    area = min(AREAS.values(), key=lambda a: a.width() * a.height())
    routines = load_builtin_routines()  # their texts, looked up in Spanish
    assert routines["full"].steps[0].title != ROUTINES["full"].steps[0].title
    problems: list[str] = []
    for checkin, journaling, reduce, palette in COMBINATIONS[::3]:
        use_palette(palette)
        for routine_id in ROUTINE_CHOICES:
            problems += walk_pause(qtbot, area, routine_id, checkin, journaling, reduce, routines)
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems)


# -- the other windows -------------------------------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 2, 10, 0, tzinfo=TZ))


def make_controller(clock: FakeClock, home: Path, store: HistoryStore) -> Controller:
    return start_controller(
        clock,
        Settings(),
        load_builtin_routines(),
        store,
        tips=load_builtin_tips(),
        store=SettingsStore(home / "user", home / "site"),
        autostart_home=home,
    )


@pytest.mark.usefixtures("palettes")
@pytest.mark.parametrize("area", list(AREAS.values()), ids=list(AREAS))
def test_the_other_windows(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, area: QRect, font_scale: float
) -> None:
    path = tmp_path / "history.sqlite3"
    a_week_of_pauses(path, clock.now())
    store = HistoryStore(path, clock)
    store.start()
    controller = make_controller(clock, tmp_path, store)
    problems: list[str] = []
    try:
        for palette in ("light", "dark"):
            use_palette(palette)
            dialog = controller.show_settings()
            assert dialog is not None
            fit_to_area(dialog, area)
            for n in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(n)
                problems += checked(dialog, f"{palette} settings tab {n + 1}", area)
            controller.show_history()
            window = controller.windows.history
            assert window is not None
            fit_to_area(window, area)
            problems += checked(window, f"{palette} history", area)
            controller.show_help()
            assert controller.windows.help is not None
            fit_to_area(controller.windows.help, area)
            for n in range(controller.windows.help.tabs.count()):
                controller.windows.help.tabs.setCurrentIndex(n)
                problems += checked(
                    controller.windows.help, f"{palette} getting help tab {n + 1}", area
                )
            controller.show_about()
            assert controller.windows.about is not None
            fit_to_area(controller.windows.about, area)
            problems += checked(controller.windows.about, f"{palette} about", area)
            welcome = controller.windows.show_welcome()
            assert welcome is not None
            fit_to_area(welcome, area)
            problems += checked(welcome, f"{palette} welcome", area)
            status = controller.status_window
            assert status is not None  # the offscreen platform has no tray
            fit_to_area(status, area)
            problems += checked(status, f"{palette} status window", area)
            controller.close_windows()
            settle()
    finally:
        dispose_controller(controller)
        store.close()
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems)


# -- the checker itself, and the command that runs it in the app ---------------------------


def test_the_checker_sees_overlap_cut_words_and_a_squeezed_circle(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from steadypause.ui.breathing import BreathingWidget

    window = QWidget()
    window.setObjectName("sample")
    qtbot.addWidget(window)
    window.resize(300, 300)
    first = QLabel("Two words", window)
    first.setObjectName("first")
    first.setGeometry(10, 10, 120, 30)
    second = QLabel("Drawn over", window)
    second.setObjectName("second")
    second.setGeometry(60, 20, 120, 30)
    long = QLabel("A sentence far too long for the little room it was given here", window)
    long.setObjectName("long")
    long.setWordWrap(True)
    long.setGeometry(10, 100, 80, 20)
    circle = BreathingWidget(parent=window)
    circle.setGeometry(150, 150, 100, 100)
    window.show()
    settle()
    problems = layout_problems(window)
    assert any("first" in p and "second" in p and "overlap" in p for p in problems), problems
    assert any(p.startswith("long 'A sentence") and "is cut" in p for p in problems), problems
    assert any("the circle is" in p and "below its minimum" in p for p in problems), problems
    assert len(problems) == 3 + 1, problems  # the squeezed circle is also a cut widget

    # Laid out by a layout at a size that holds it all, the same widgets are fine.
    window.close()
    fine = QWidget()
    qtbot.addWidget(fine)
    column = QVBoxLayout(fine)
    for text in ("Two words", "Drawn over"):
        column.addWidget(QLabel(text, fine))
    wrapped = QLabel("A sentence far too long for the little room it was given here", fine)
    wrapped.setWordWrap(True)
    column.addWidget(wrapped)
    column.addWidget(BreathingWidget(parent=fine), 1)
    fine.resize(300, 420)
    fine.show()
    settle()
    assert layout_problems(fine) == []
    assert layout_problems(fine, QRect(0, 0, 300, 200))[0].startswith(
        "QWidget is 300×420 px"
    )  # larger than the area given


def test_the_layout_command_reports_each_open_window(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3", clock)
    store.start()
    controller = make_controller(clock, tmp_path, store)
    try:
        controller.handle_command("pause", {"source": "cli"})
        window = controller.pause_window
        assert window is not None
        settle()
        report = controller.handle_command("layout", {})
        assert report["window"] == "routine"  # the status, as every command gives it
        assert report["layout_problems"]["pauseWindow"] == []
        assert report["layout_problems"]["statusWindow"] == []
        size = report["windows"]["pauseWindow"]
        screen = window.screen().availableGeometry()
        assert size == {
            "width": window.width(),
            "height": window.height(),
            "screen": [screen.width(), screen.height()],
        }
        # A circle squeezed below its minimum is reported, by the window's name.
        breathing = window.current_page().breathing
        assert breathing is not None
        breathing.setFixedHeight(60)
        settle()
        problems = controller.handle_command("layout", {})["layout_problems"]["pauseWindow"]
        assert any("the circle is" in p for p in problems), problems
        window.close()
        settle()
        assert "pauseWindow" not in controller.handle_command("layout", {})["windows"]
    finally:
        dispose_controller(controller)
        store.close()
