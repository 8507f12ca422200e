"""BreathingWidget: real timing at a fast pace, on the offscreen platform."""

from __future__ import annotations

import gc
import itertools
import math
import weakref
from types import SimpleNamespace
from typing import ClassVar

import pytest
from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QLabel

from steadypause.ui import breathing_circle, motion_preference
from steadypause.ui.breathing import BreathingWidget
from steadypause.ui.breathing_timing import FullMotionTimeline
from steadypause.ui.motion_preference import system_prefers_reduced_motion

QUICK_SECOND_MS = 50  # seconds pass 20 times faster in these tests
FAST = (3, 3, 2)  # inhale s, exhale s, cycles: 0.6 s of real time for the whole exercise
ORDER = ["in", "out", "in", "out", "done"]


@pytest.fixture
def quick_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BreathingWidget, "SECOND_MS", QUICK_SECOND_MS)


@pytest.fixture
def make_widget(qtbot, quick_seconds):
    def make(*args, show: bool = True, **kwargs) -> BreathingWidget:
        widget = BreathingWidget(*args, **kwargs)
        qtbot.addWidget(widget)
        widget.resize(260, 300)
        if show:
            widget.show()
            qtbot.waitExposed(widget)
        return widget

    return make


def animations(widget: BreathingWidget) -> list[FullMotionTimeline]:
    """The full-motion clocks: each has an animation's state (running, paused, stopped)."""
    return widget.findChildren(FullMotionTimeline)


def running_animations(widget: BreathingWidget) -> list[FullMotionTimeline]:
    return [a for a in animations(widget) if a.state() == QAbstractAnimation.State.Running]


def guide(widget: BreathingWidget) -> QLabel:
    label = widget.findChild(QLabel, "breathing_guide")
    assert label is not None
    return label


def record_phases(widget: BreathingWidget) -> list[tuple[str, int, str]]:
    seen: list[tuple[str, int, str]] = []
    widget.phaseChanged.connect(lambda p: seen.append((p, widget.cycle, guide(widget).text())))
    return seen


# ------------------------------------------------------------------ full motion


def test_phases_run_in_order_and_finish_once(qtbot, make_widget):
    widget = make_widget(*FAST)
    seen = record_phases(widget)
    finished: list[bool] = []
    widget.finished.connect(lambda: finished.append(True))

    with qtbot.waitSignal(widget.finished, timeout=5000):
        widget.start()
        assert widget.is_running()

    assert [p for p, _, _ in seen] == ORDER
    assert [c for _, c, _ in seen] == [1, 1, 2, 2, 2]
    assert [t for _, _, t in seen[:4]] == [
        "Breathe in · breath 1 of 2",
        "Breathe out · breath 1 of 2",
        "Breathe in · breath 2 of 2",
        "Breathe out · breath 2 of 2",
    ]
    assert seen[-1][2].startswith("Two slow breaths")
    qtbot.wait(100)  # nothing more arrives after the end
    assert finished == [True]
    assert widget.phase == "done"
    assert not widget.is_running()
    assert running_animations(widget) == []


def test_wait_signals_sees_each_phase(qtbot, make_widget):
    widget = make_widget(2, 2, 1)
    signals = [widget.phaseChanged, widget.phaseChanged, widget.phaseChanged, widget.finished]
    with qtbot.waitSignals(
        signals,
        timeout=5000,
        check_params_cbs=[
            lambda p: p == "in",
            lambda p: p == "out",
            lambda p: p == "done",
            None,
        ],
        order="strict",
    ):
        widget.start()


def test_circle_grows_breathing_in_and_shrinks_breathing_out(qtbot, make_widget):
    widget = make_widget(3, 3, 2)
    samples: list[tuple[str, int, float]] = []

    def sample() -> bool:
        samples.append((widget.phase, widget.cycle, widget.current_scale))
        return widget.phase == "done"

    widget.start()
    qtbot.waitUntil(sample, timeout=5000)

    for phase in ("in", "out"):
        for cycle in (1, 2):
            scales = [s for p, c, s in samples if (p, c) == (phase, cycle)]
            assert len(scales) >= 3, (phase, cycle, samples)
            steps = [b - a for a, b in itertools.pairwise(scales)]
            if phase == "in":
                assert all(d >= 0 for d in steps), scales
                assert scales[-1] - scales[0] > 0.3, scales
            else:
                assert all(d <= 0 for d in steps), scales
                assert scales[0] - scales[-1] > 0.3, scales
    assert all(0.0 <= s <= 1.0 for _, _, s in samples)


def test_hiding_pauses_and_showing_resumes(qtbot, make_widget):
    widget = make_widget(10, 10, 1)
    widget.start()
    qtbot.waitUntil(lambda: widget.current_scale > 0.05, timeout=2000)

    widget.hide()
    assert running_animations(widget) == []
    assert any(a.state() == QAbstractAnimation.State.Paused for a in animations(widget))
    held = widget.current_scale
    qtbot.wait(100)
    assert widget.current_scale == held
    assert widget.is_running()

    widget.show()
    qtbot.waitExposed(widget)
    assert running_animations(widget) != []
    qtbot.waitUntil(lambda: widget.current_scale > held, timeout=2000)


def test_started_while_hidden_waits_for_show(qtbot, make_widget):
    widget = make_widget(*FAST, show=False)
    seen = record_phases(widget)
    widget.start()
    assert widget.phase == "in"
    assert running_animations(widget) == []

    with qtbot.waitSignal(widget.finished, timeout=5000):
        widget.show()
    assert [p for p, _, _ in seen] == ORDER


def test_stop_returns_to_idle(qtbot, make_widget):
    widget = make_widget(*FAST)
    widget.start()
    with qtbot.waitSignal(widget.phaseChanged, timeout=2000) as blocker:
        widget.stop()
    assert blocker.args == ["idle"]
    assert widget.phase == "idle"
    assert widget.cycle == 0
    assert not widget.is_running()
    assert running_animations(widget) == []
    assert guide(widget).text() == "Ready when you are."
    with qtbot.assertNotEmitted(widget.phaseChanged):
        widget.stop()


def test_start_while_running_does_nothing_and_restart_begins_again(qtbot, make_widget):
    widget = make_widget(*FAST)
    widget.start()
    qtbot.waitUntil(lambda: widget.phase == "out", timeout=2000)
    with qtbot.assertNotEmitted(widget.phaseChanged):
        widget.start()
    seen = record_phases(widget)
    widget.restart()
    assert [p for p, _, _ in seen] == ["idle", "in"]
    assert widget.cycle == 1


def test_set_pace_restarts_a_running_exercise(qtbot, make_widget):
    widget = make_widget(*FAST)
    widget.start()
    qtbot.waitUntil(lambda: widget.phase == "out", timeout=2000)
    seen = record_phases(widget)
    widget.set_pace(2, 2, 3)
    assert [p for p, _, _ in seen] == ["idle", "in"]
    assert guide(widget).text() == "Breathe in · breath 1 of 3"
    with qtbot.waitSignal(widget.finished, timeout=5000):
        pass
    assert [p for p, _, _ in seen][1:] == ["in", "out"] * 3 + ["done"]
    assert seen[-1][2].startswith("Three slow breaths")


def test_set_pace_while_idle_does_not_start(qtbot, make_widget):
    widget = make_widget()
    with qtbot.assertNotEmitted(widget.phaseChanged):
        widget.set_pace(5, 7, 4)
    assert (widget.inhale_s, widget.exhale_s, widget.cycles) == (5, 7, 4)
    assert not widget.is_running()


@pytest.mark.parametrize(
    ("inhale", "exhale", "cycles"),
    [
        (0.5, 6, 3),
        (4, 20.5, 3),
        (4, 6, 0),
        (4, 6, 21),
        (math.nan, 6, 3),
        (4, 6, 2.5),
        ("4", 6, 3),
        (4, 6, True),
    ],
)
def test_invalid_pace_is_refused(qtbot, inhale, exhale, cycles):
    with pytest.raises(ValueError, match="must be"):
        BreathingWidget(inhale, exhale, cycles)
    widget = BreathingWidget()
    qtbot.addWidget(widget)
    with pytest.raises(ValueError, match="must be"):
        widget.set_pace(inhale, exhale, cycles)
    assert (widget.inhale_s, widget.exhale_s, widget.cycles) == (4, 6, 3)


def test_bounds_are_inclusive(qtbot):
    widget = BreathingWidget(1, 20, 20)
    qtbot.addWidget(widget)
    widget.set_pace(20, 1, 1)
    assert (widget.inhale_s, widget.exhale_s, widget.cycles) == (20, 1, 1)


# ------------------------------------------------------------------ reduced motion


def test_reduced_motion_never_runs_an_animation(qtbot, make_widget):
    widget = make_widget(*FAST, reduce_motion=True)
    seen = record_phases(widget)
    scales: set[float] = set()

    def check() -> bool:
        assert running_animations(widget) == []
        scales.add(widget.current_scale)
        return widget.phase == "done"

    with qtbot.waitSignal(widget.finished, timeout=5000):
        widget.start()
        qtbot.waitUntil(check, timeout=5000)

    assert [p for p, _, _ in seen] == ORDER
    assert scales == {BreathingWidget.REDUCED_SCALE}
    assert widget.reduce_motion


def test_reduced_motion_counts_down_seconds(qtbot, make_widget, monkeypatch):
    monkeypatch.setattr(BreathingWidget, "SECOND_MS", 100)  # time to see every number
    widget = make_widget(3, 1, 1, reduce_motion=True)
    texts: list[str] = []

    def watch() -> bool:
        text = guide(widget).text()
        if not texts or texts[-1] != text:
            texts.append(text)
        return widget.phase == "done"

    with qtbot.waitSignal(widget.finished, timeout=6000):
        widget.start()
        qtbot.waitUntil(watch, timeout=6000)

    # The breath counted in the same words as with motion; the seconds below, as seconds.
    assert texts[:4] == [
        "Breathe in · breath 1 of 1\n3 seconds left",
        "Breathe in · breath 1 of 1\n2 seconds left",
        "Breathe in · breath 1 of 1\n1 second left",
        "Breathe out · breath 1 of 1\n1 second left",
    ]
    assert texts[4:] == ["One slow breath, done. Stay here as long as you like."]


def test_reduced_motion_timer_only_runs_while_shown(qtbot, make_widget):
    widget = make_widget(4, 4, 1, reduce_motion=True)
    timers = widget.findChildren(QTimer)
    assert not any(t.isActive() for t in timers)

    widget.start()
    assert any(t.isActive() for t in timers)
    widget.hide()
    assert not any(t.isActive() for t in timers)
    text = guide(widget).text()
    qtbot.wait(100)
    assert guide(widget).text() == text
    assert widget.is_running()

    with qtbot.waitSignal(widget.finished, timeout=5000):
        widget.show()
    assert not any(t.isActive() for t in timers)


def test_switching_motion_mid_exercise_carries_on(qtbot, make_widget):
    widget = make_widget(3, 3, 3)
    seen = record_phases(widget)
    widget.start()
    qtbot.waitUntil(lambda: widget.phase == "out", timeout=2000)

    widget.set_reduce_motion(True)
    assert widget.phase == "out"
    assert running_animations(widget) == []
    assert guide(widget).text() in {
        f"Breathe out · breath 1 of 3\n{n} second{'s' * (n > 1)} left" for n in (1, 2, 3)
    }
    qtbot.waitUntil(lambda: widget.cycle == 2, timeout=2000)

    widget.set_reduce_motion(False)
    assert running_animations(widget) != []
    with qtbot.waitSignal(widget.finished, timeout=5000):
        pass
    assert [p for p, _, _ in seen] == ["in", "out"] * 3 + ["done"]


def test_reduced_motion_is_also_described(qtbot):
    moving = BreathingWidget()
    still = BreathingWidget(reduce_motion=True)
    qtbot.addWidget(moving)
    qtbot.addWidget(still)
    assert moving.accessibleDescription() != still.accessibleDescription()
    assert moving.current_scale == 0.0
    assert still.current_scale == BreathingWidget.REDUCED_SCALE


def test_system_preference_is_off_when_qt_cannot_tell(qtbot):
    if hasattr(motion_preference.accessibility_hints(), "motionPreference"):
        pytest.skip("this Qt can tell (motionPreference is new in Qt 6.12)")
    assert system_prefers_reduced_motion() is False


def test_system_preference_is_followed(qtbot, monkeypatch):
    hints = SimpleNamespace(motionPreference=lambda: "reduced")
    monkeypatch.setattr(motion_preference, "accessibility_hints", lambda: hints)
    monkeypatch.setattr(motion_preference, "REDUCED_MOTION", "reduced")
    assert system_prefers_reduced_motion() is True
    widget = BreathingWidget(reduce_motion=False)
    qtbot.addWidget(widget)
    assert widget.reduce_motion
    widget.set_reduce_motion(False)  # the app cannot win motion back from the desktop
    assert widget.reduce_motion

    hints.motionPreference = lambda: "none"
    assert system_prefers_reduced_motion() is False


# ------------------------------------------------------------------ accessibility and looks


def test_accessible_names(qtbot):
    widget = BreathingWidget()
    qtbot.addWidget(widget)
    assert widget.accessibleName() == "Breathing animation"
    assert widget.accessibleDescription().endswith(".")
    label = guide(widget)
    assert label.accessibleDescription() == "Breathing guide"
    assert label.text() == "Ready when you are."


def spoken_and_announced(widget: BreathingWidget) -> tuple[list[str], list[str]]:
    """The guide's accessible name at every phase change, and every announcement."""
    names: list[str] = []
    told: list[str] = []
    widget.phaseChanged.connect(lambda _p: names.append(guide(widget).accessibleName()))
    widget.announced.connect(told.append)
    return names, told


@pytest.mark.parametrize("reduce", [False, True])
def test_the_phase_is_told_in_words_once_per_phase(qtbot, make_widget, reduce):
    widget = make_widget(*FAST, reduce_motion=reduce)
    names, told = spoken_and_announced(widget)
    label_texts: set[str] = set()
    with qtbot.waitSignal(widget.finished, timeout=5000):
        widget.start()
        # The visible words change every counted second with reduced motion; the name not.
        qtbot.waitUntil(
            lambda: label_texts.add(guide(widget).text()) or widget.phase == "done", timeout=5000
        )
    expected = [
        "Breathe in, breath 1 of 2",
        "Breathe out",
        "Breathe in, breath 2 of 2",
        "Breathe out",
    ]
    assert names[:4] == expected
    assert names[4].startswith("Two slow breaths")
    assert told == names  # one announcement per phase, the same words, same wording either way
    if reduce:
        assert len(label_texts) > len(set(names))  # the seconds are shown, not told


def test_nothing_is_announced_while_hidden_and_the_name_catches_up(qtbot, make_widget):
    widget = make_widget(*FAST, show=False)
    told: list[str] = []
    widget.announced.connect(told.append)
    widget.start()
    widget.stop()
    widget.start()
    assert told == []
    assert guide(widget).accessibleName() == ""  # untouched until shown
    widget.show()
    qtbot.waitExposed(widget)
    assert guide(widget).accessibleName() == "Breathe in, breath 1 of 2"
    assert told == []  # showing is not a new phase: the name is read, nothing is announced
    with qtbot.waitSignal(widget.phaseChanged, timeout=5000):
        pass
    assert told == ["Breathe out"]


def test_a_phase_is_not_announced_twice_when_motion_changes_during_it(qtbot, make_widget):
    widget = make_widget(*FAST)
    told: list[str] = []
    widget.announced.connect(told.append)
    widget.start()
    widget.set_reduce_motion(True)
    widget.set_reduce_motion(False)
    assert told == ["Breathe in, breath 1 of 2"]


def test_size_hints(qtbot):
    widget = BreathingWidget()
    qtbot.addWidget(widget)
    assert (widget.sizeHint().width(), widget.sizeHint().height()) == (260, 300)
    assert widget.hasHeightForWidth()
    smallest = widget.minimumSizeHint()
    assert smallest.height() == widget.heightForWidth(smallest.width())
    # At its smallest size the circle is exactly as large as it may be at least, and its
    # words fit below it.
    widget.resize(smallest)
    assert (
        widget.min_circle_diameter() <= widget.circle_diameter() < widget.min_circle_diameter() + 2
    )
    guide = widget.guide_label()
    assert not widget.circle_rect().intersects(guide.geometry().toRectF())
    assert widget.rect().contains(guide.geometry())
    # Narrower, the words take more lines, so the least height grows.
    assert widget.heightForWidth(smallest.width()) > widget.heightForWidth(400)


def test_a_larger_font_asks_for_more_height(qtbot):
    widget = BreathingWidget()
    qtbot.addWidget(widget)
    before = widget.heightForWidth(200)
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    widget.setFont(font)
    assert widget.heightForWidth(200) > before


def _palette(window: str, base: str, highlight: str, text: str) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor(window))
        palette.setColor(group, QPalette.ColorRole.Base, QColor(base))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(highlight))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
    return palette


LIGHT = _palette("#efefef", "#ffffff", "#3584e4", "#202020")
DARK = _palette("#202124", "#181818", "#3d7bd9", "#e8eaed")


def _render(widget: BreathingWidget, ratio: float = 1.0) -> QImage:
    size = widget.size() * ratio
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    widget.render(image)
    return image


@pytest.mark.parametrize("reduce_motion", [False, True])
@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_shape_is_drawn_in_light_and_dark(qtbot, reduce_motion, ratio):
    widget = BreathingWidget(reduce_motion=reduce_motion)
    qtbot.addWidget(widget)
    widget.resize(260, 300)
    centre = QPoint(int(130 * ratio), int(120 * ratio))
    corner = QPoint(1, 1)

    widget.setPalette(LIGHT)  # a palette change after construction must be picked up
    light = _render(widget, ratio)
    widget.setPalette(DARK)
    dark = _render(widget, ratio)

    for image in (light, dark):
        assert image.pixelColor(centre) != image.pixelColor(corner)
    assert dark.pixelColor(centre).lightnessF() < light.pixelColor(centre).lightnessF()
    assert light.pixelColor(centre).blue() > light.pixelColor(centre).red()  # from Highlight


def test_small_size_still_draws(qtbot):
    widget = BreathingWidget()
    qtbot.addWidget(widget)
    widget.resize(widget.minimumSizeHint())
    widget.setPalette(LIGHT)
    image = _render(widget)
    assert image.pixelColor(QPoint(80, 70)) != image.pixelColor(QPoint(1, 1))


# ------------------------------------------------------------------ the pixmap behind full motion


def _reference(widget: BreathingWidget, ratio: float) -> QImage:
    """The full-motion circle at the widget's current size, filled from its gradients."""
    image = QImage(widget.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(widget.palette().color(QPalette.ColorRole.Window))  # as render() does
    fraction = widget.MIN_SCALE_RADIUS + (1.0 - widget.MIN_SCALE_RADIUS) * widget.current_scale
    painter = QPainter(image)
    circle = widget.circle
    circle.draw(painter, circle.centre, circle.max_radius * fraction, "full")
    painter.end()
    return image


def _channel_differences(a: QImage, b: QImage, area: QRect | None = None) -> list[int]:
    """The largest channel difference of each pixel that differs (within ``area``, in pixels)."""
    assert a.size() == b.size()
    area = a.rect() if area is None else area.intersected(a.rect())
    worst = []
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb:
                worst.append(
                    max(abs(((pa >> s) & 0xFF) - ((pb >> s) & 0xFF)) for s in (0, 8, 16, 24))
                )
    return worst


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("ratio", [1.0, 1.5])
def test_scaled_pixmap_looks_like_the_gradients(qtbot, palette, ratio):
    # Every frame scales one pixmap of the largest circle: at each size it must look like the
    # circle filled from its gradients there (no offset, no blur, no banding, no jagged rim).
    widget = BreathingWidget()
    qtbot.addWidget(widget)
    widget.resize(260, 300)
    widget.setPalette(palette)
    _render(widget, ratio)  # laid out
    circle = widget.circle.dirty  # the label below is not part of the reference
    area = QRect(
        int(circle.x() * ratio),
        int(circle.y() * ratio),
        math.ceil(circle.width() * ratio),
        math.ceil(circle.height() * ratio),
    )
    pixels = area.width() * area.height()
    for scale in (0.0, 0.3, 0.7, 1.0):
        widget.set_scale(scale)
        differences = _channel_differences(_render(widget, ratio), _reference(widget, ratio), area)
        rim = (
            2.0
            * math.pi
            * widget.circle.max_radius
            * ratio
            * (widget.MIN_SCALE_RADIUS + (1.0 - widget.MIN_SCALE_RADIUS) * scale)
        )
        # Off by at most a few levels over the area (no banding, no offset, no blur); the rim's
        # antialiasing differs a little from one pixel to the next (no jagged edge).
        assert max(differences, default=0) <= 24, scale
        assert sum(differences) / pixels < 0.5, scale
        assert sum(1 for d in differences if d > 3) < 2 * rim, scale
        assert sum(1 for d in differences if d > 8) < rim / 2, scale


class _CountingPixmap(breathing_circle.QPixmap):
    made: ClassVar[list[tuple[int, int]]] = []

    def __init__(self, *args) -> None:
        super().__init__(*args)
        _CountingPixmap.made.append((self.width(), self.height()))


def test_pixmap_is_made_once_and_again_when_colours_size_or_ratio_change(qtbot, monkeypatch):
    monkeypatch.setattr(breathing_circle, "QPixmap", _CountingPixmap)
    made = _CountingPixmap.made = []
    widget = BreathingWidget()
    qtbot.addWidget(widget)
    widget.resize(260, 300)
    widget.setPalette(LIGHT)

    for scale in (0.0, 0.25, 0.5, 0.75, 1.0, 0.5):  # frames of one breath
        widget.set_scale(scale)
        light = _render(widget)
    assert len(made) == 1
    centre = QPoint(130, 120)

    widget.setPalette(DARK)  # the theme changes while the circle is on screen
    dark = _render(widget)
    assert len(made) == 2
    assert dark.pixelColor(centre).lightnessF() < light.pixelColor(centre).lightnessF()
    _render(widget)
    assert len(made) == 2

    widget.resize(400, 460)  # a larger window: a larger pixmap, not the old one stretched
    _render(widget)
    assert len(made) == 3
    assert made[-1][0] > made[0][0]

    _render(widget, 2.0)  # a denser screen: a pixmap with twice the pixels
    assert len(made) == 4
    assert made[-1][0] > 1.9 * made[-2][0]
    _render(widget, 2.0)
    assert len(made) == 4


def test_pixmap_is_let_go_while_hidden(qtbot, monkeypatch):
    monkeypatch.setattr(breathing_circle, "QPixmap", _CountingPixmap)
    made = _CountingPixmap.made = []
    widget = BreathingWidget()
    qtbot.addWidget(widget)
    widget.resize(260, 300)
    widget.show()
    qtbot.waitExposed(widget)
    _render(widget)
    assert len(made) == 1
    widget.hide()
    assert widget.circle.sprite is None
    widget.show()
    qtbot.waitExposed(widget)
    _render(widget)
    assert len(made) == 2


def test_reduced_motion_paints_the_gradients_without_a_pixmap(qtbot, monkeypatch):
    monkeypatch.setattr(breathing_circle, "QPixmap", _CountingPixmap)
    made = _CountingPixmap.made = []
    widget = BreathingWidget(reduce_motion=True)
    qtbot.addWidget(widget)
    widget.resize(260, 300)
    widget.setPalette(LIGHT)
    image = _render(widget)
    assert made == []
    assert image.pixelColor(QPoint(130, 120)) != image.pixelColor(QPoint(1, 1))


def test_the_breath_is_counted_in_the_same_words_with_and_without_motion(qtbot, make_widget):
    """Item 7 of issue 13: the first line is the breath counted in both modes; only reduced
    motion adds a second line, and that line says it counts seconds."""
    seen: dict[bool, list[str]] = {}
    for reduce in (False, True):
        widget = make_widget(*FAST, reduce_motion=reduce)
        lines: list[str] = []
        widget.phaseChanged.connect(lambda _p, w=widget, got=lines: got.append(guide(w).text()))
        with qtbot.waitSignal(widget.finished, timeout=5000):
            widget.start()
        seen[reduce] = lines
    moving, still = seen[False], seen[True]
    assert [line.split("\n")[0] for line in still[:4]] == moving[:4]
    assert all("\n" not in line for line in moving)
    assert all(line.split("\n")[1].endswith("seconds left") for line in still[:4])


def test_the_seconds_line_has_room_under_the_circle(qtbot, make_widget):
    """Both lines show with reduced motion, also after switching to it mid-exercise."""
    widget = make_widget(3, 3, 2)
    widget.resize(700, 400)  # wide enough for the longest line on one line
    widget.start()
    label = guide(widget)
    widget.set_reduce_motion(True)
    assert "\n" in label.text()
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().bottom() <= widget.height()
    assert not label.geometry().intersects(widget.circle_rect().toAlignedRect())


def test_every_frame_is_drawn_in_the_phase_the_guide_says(qtbot, make_widget):
    # Each frame's size and the phase said at that moment agree: growing while "in",
    # shrinking while "out", across many turns (a frame drawn ahead of the clock once said
    # "in" through a whole out-breath).
    widget = make_widget(1, 1, 20)
    (timeline,) = animations(widget)
    frames: list[tuple[str, int, float]] = []
    timeline.scaleChanged.connect(lambda s: frames.append((widget.phase, widget.cycle, s)))
    with qtbot.waitSignal(widget.finished, timeout=10000):
        widget.start()
    for (phase, cycle, before), (phase2, cycle2, after) in itertools.pairwise(frames):
        if (phase, cycle) == (phase2, cycle2) and phase in ("in", "out"):
            assert (after >= before) if phase == "in" else (after <= before), (
                phase,
                cycle,
                before,
                after,
            )


def test_a_frame_is_painted_at_once_and_only_where_the_circle_was_or_is(qtbot):
    painted: list[QRect] = []

    class Counted(BreathingWidget):
        def paintEvent(self, event) -> None:
            painted.append(event.rect())
            super().paintEvent(event)

    widget = Counted(4.0, 6.0, 3)
    qtbot.addWidget(widget)
    widget.resize(260, 300)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    painted.clear()
    widget.set_scale(0.2)
    widget.set_scale(0.6)  # no event processed in between: each painted by the call itself
    assert len(painted) == 2
    small, large = painted
    assert small.width() < large.width() < widget.circle.dirty.width()
    assert widget.circle.dirty.contains(large)
    assert large.center() == small.center()
    painted.clear()
    widget.set_scale(0.1)  # shrinking: the square it covered before is repainted too
    assert painted == [large]


def test_a_closed_guide_leaves_nothing_of_itself_behind(qtbot) -> None:
    # The clock calls the widget for each frame; if it held the widget strongly, the
    # widget's and its parts' Python wrappers formed a cycle the collector never freed, and
    # every closed pause window kept them (bench/run_all.py's growth: +11.5 MiB in 500).
    refs = []
    for _ in range(3):
        widget = BreathingWidget()
        widget.resize(260, 300)
        widget.show()
        widget.start()
        qtbot.waitUntil(lambda w=widget: w.current_scale > 0.0)
        widget.stop()
        widget.close()
        widget.deleteLater()
        refs.append(weakref.ref(widget))
        del widget
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert [r() for r in refs] == [None, None, None]
