"""Checks a window's layout as a person would see it: nothing drawn over anything, nothing cut.

:func:`layout_problems` walks a shown window's visible widgets down to its *leaves* (the
widgets that draw something: labels, buttons, fields, views, custom-painted parts; a scroll
area's content is walked, clipped to its viewport) and reports, in plain sentences:

- two leaves that overlap (in window coordinates, each clipped by the scroll areas it is in);
- a label whose text does not fit: a wrapping label shorter than its height for its width, a
  one-line label (or button, check box, field...) narrower or lower than its smallest size;
- a leaf that sticks out of the widget holding it (that part is not drawn), or scroll content
  wider or taller than its viewport with no scroll bar to reach the rest;
- a breathing circle smaller than its minimum diameter, or its words drawn over it.

A label that elides its text on purpose says so with the property ``elided`` set to True.
Used by the widget tests (tests/widget/test_layout.py) and by the hidden ``layout`` command
(controller.py), which the real-desktop tests call to check the window a real compositor shows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QWidget,
)

log = logging.getLogger(__name__)

# Widgets that draw themselves whole: their own children (a spin box's field, a combo box's
# button) are theirs to place, so the walk stops at them.
_WHOLE = (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QTabBar,
    QProgressBar,
    QAbstractItemView,
)


@dataclass(frozen=True)
class _Leaf:
    widget: QWidget
    rect: QRect  # in window coordinates, clipped to what can be seen of it
    full: QRect  # in window coordinates, unclipped


def name_of(widget: QWidget) -> str:
    """How a problem names a widget: its object name, or its class, and its text if any."""
    name = widget.objectName() or type(widget).__name__
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    if text:
        short = " ".join(text.split())
        short = short if len(short) <= 40 else short[:37] + "…"
        return f"{name} {short!r}"
    return name


def _visible_children(widget: QWidget) -> list[QWidget]:
    return [
        child
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not child.isWindow() and child.isVisibleTo(widget)
    ]


def _is_custom_painted(widget: QWidget) -> bool:
    """Widgets of ours that paint a picture and place their own few children."""
    from steadypause.ui.breathing import BreathingWidget

    return isinstance(widget, BreathingWidget)


def _leaves(window: QWidget, problems: list[str]) -> list[_Leaf]:
    found: list[_Leaf] = []

    def walk(widget: QWidget, clip: QRect) -> None:
        for child in _visible_children(widget):
            top_left = child.mapTo(window, QPoint(0, 0))
            full = QRect(top_left, child.size())
            # The part outside its parent is not drawn: only a scroll area's content may
            # reach outside, since its viewport is there to clip it.
            parent_rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if (
                not isinstance(widget.parentWidget(), QScrollArea)
                and child.width() > 0
                and child.height() > 0
                and not parent_rect.contains(full)
            ):
                problems.append(  # i18n-exempt: a diagnostic, never in a window
                    f"{name_of(child)} sticks out of {name_of(widget)} "
                    f"({_r(full)} outside {_r(parent_rect)})"
                )
            seen = full.intersected(clip)
            if isinstance(child, QAbstractScrollArea) and not isinstance(child, _WHOLE):
                _check_scroll(child, problems)
                viewport = child.viewport()
                inner = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
                for bar in (child.horizontalScrollBar(), child.verticalScrollBar()):
                    if bar.isVisibleTo(window) and bar.width() and bar.height():
                        found.append(
                            _Leaf(
                                bar,
                                QRect(bar.mapTo(window, QPoint(0, 0)), bar.size()).intersected(
                                    clip
                                ),
                                QRect(bar.mapTo(window, QPoint(0, 0)), bar.size()),
                            )
                        )
                walk(viewport, inner.intersected(clip))
                continue
            if (
                isinstance(child, _WHOLE)
                or _is_custom_painted(child)
                or not _visible_children(child)
            ):
                if not seen.isEmpty():
                    found.append(_Leaf(child, seen, full))
                continue
            walk(child, seen)

    walk(window, window.rect())
    return found


def _check_scroll(area: QAbstractScrollArea, problems: list[str]) -> None:
    if not isinstance(area, QScrollArea):
        return
    content = area.widget()
    if content is None:
        return
    viewport = area.viewport()
    if content.width() > viewport.width() and not area.horizontalScrollBar().isVisible():
        problems.append(  # i18n-exempt: a diagnostic, never in a window
            f"{name_of(content)} is {content.width()} px wide in {name_of(area)}, which "
            f"shows {viewport.width()} px and cannot scroll sideways"
        )
    if content.height() > viewport.height() and not area.verticalScrollBar().isVisible():
        problems.append(  # i18n-exempt: a diagnostic, never in a window
            f"{name_of(content)} is {content.height()} px high in {name_of(area)}, which "
            f"shows {viewport.height()} px and cannot scroll"
        )


def _r(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()} at {rect.x()},{rect.y()}"  # i18n-exempt: diagnostic


def _cut(widget: QWidget) -> str | None:
    """Why ``widget`` cannot show all it holds at its size, or None."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if widget.property("elided") is True:
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(size.width())
            if need > size.height():
                return _short_of(need, size)
            return None
        hint = widget.minimumSizeHint()
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            hint = widget.sizeHint()
        if hint.width() > size.width() or hint.height() > size.height():
            return _smaller_than(hint, size)
        return None
    if isinstance(widget, QAbstractSlider):  # scroll bars shrink as they like
        return None
    hint = _smallest(widget)
    if widget.hasHeightForWidth():
        need = widget.heightForWidth(size.width())
        if need > size.height():
            return _short_of(need, size)
        if hint.width() > size.width():
            return _smaller_than(hint, size)
        return None
    if hint.width() > size.width() or hint.height() > size.height():
        return _smaller_than(hint, size)
    return None


def _short_of(need: int, size: QSize) -> str:
    return (
        f"needs {need} px of height at {size.width()} px wide, "  # i18n-exempt: diagnostic
        f"has {size.height()}"
    )


def _smaller_than(need: QSize, size: QSize) -> str:
    return (
        f"needs {need.width()}×{need.height()} px, "  # i18n-exempt: diagnostic
        f"has {size.width()}×{size.height()}"
    )


def _smallest(widget: QWidget) -> QSize:
    """The smallest size a layout may give ``widget`` (as Qt's layouts work it out)."""
    hint = widget.minimumSizeHint()
    set_to = widget.minimumSize()
    policy = widget.sizePolicy()
    w = set_to.width() or (
        0 if policy.horizontalPolicy() == QSizePolicy.Policy.Ignored else max(hint.width(), 0)
    )
    h = set_to.height() or (
        0 if policy.verticalPolicy() == QSizePolicy.Policy.Ignored else max(hint.height(), 0)
    )
    return QSize(w, h)


def _breathing(widget: QWidget) -> list[str]:
    from steadypause.ui.breathing import BreathingWidget

    if not isinstance(widget, BreathingWidget):
        return []
    found = []
    diameter = widget.circle_diameter()
    if diameter < widget.min_circle_diameter():
        found.append(  # i18n-exempt: diagnostic
            f"{name_of(widget)}: the circle is {diameter:.0f} px across, below its "
            f"minimum of {widget.min_circle_diameter()} px"
        )
    guide = widget.guide_label()
    if guide.isVisible():
        reason = _cut(guide)
        if reason is not None:
            found.append(f"{name_of(widget)}: its words {reason}")  # i18n-exempt: diagnostic
        circle = widget.circle_rect().toAlignedRect()
        if circle.intersects(guide.geometry()):
            found.append(
                f"{name_of(widget)}: its words are drawn over the circle"
            )  # i18n-exempt: diagnostic
    return found


def layout_problems(window: QWidget, area: QRect | None = None) -> list[str]:
    """What a person would see wrong in ``window`` as it is laid out now (empty if nothing).

    ``window`` must be shown (or at least laid out, e.g. by ``QApplication.sendPostedEvents``
    after its size is set): the checks read the geometry its layouts gave each widget. With
    ``area`` (the available area of its screen) the window, with its frame, must fit in it.
    """
    problems: list[str] = []
    if area is not None:
        from steadypause.ui.window_fit import frame_margins

        outer = window.size().grownBy(frame_margins(window))
        if outer.width() > area.width() or outer.height() > area.height():
            problems.append(  # i18n-exempt: diagnostic
                f"{name_of(window)} is {window.width()}×{window.height()} px "
                f"({outer.width()}×{outer.height()} with its frame), larger than "
                f"the {area.width()}×{area.height()} px its screen has for it"
            )
    leaves = _leaves(window, problems)
    for leaf in leaves:
        reason = _cut(leaf.widget)
        if reason is not None:
            problems.append(f"{name_of(leaf.widget)} is cut: {reason}")  # i18n-exempt: diagnostic
        problems += _breathing(leaf.widget)
    for n, one in enumerate(leaves):
        for other in leaves[n + 1 :]:
            both = one.rect.intersected(other.rect)
            if not both.isEmpty():
                problems.append(  # i18n-exempt: diagnostic
                    f"{name_of(one.widget)} and {name_of(other.widget)} overlap "
                    f"({_r(both)}; {_r(one.full)} and {_r(other.full)})"
                )
    if problems:
        log.debug("layout of %s: %s", window.objectName(), problems)
    return problems


def open_windows() -> list[QWidget]:
    """The app's visible top-level windows (not menus or tooltips)."""
    from PySide6.QtWidgets import QApplication

    passing = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
    return [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowType() not in passing
    ]


def layout_report(windows: list[QWidget] | None = None) -> dict[str, Any]:
    """For the ``layout`` command: each visible window's problems, its size and its screen's
    available size, by object name."""
    problems: dict[str, list[str]] = {}
    sizes: dict[str, dict[str, Any]] = {}
    for window in open_windows() if windows is None else windows:
        if not window.isVisible():
            continue
        name = window.objectName() or type(window).__name__
        screen = window.screen()
        area = screen.availableGeometry() if screen is not None else None
        problems[name] = layout_problems(window, area)
        sizes[name] = {
            "width": window.width(),
            "height": window.height(),
            "screen": [area.width(), area.height()] if area is not None else None,
        }
    return {"layout_problems": problems, "windows": sizes}
