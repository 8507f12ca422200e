"""A page that scrolls up and down as a whole when its window is too low for it.

Its content keeps the window's width (it never scrolls sideways, so it asks for the width its
content needs beside the scroll bar) and takes the whole height when there is room; below
the height the content needs at that width (word-wrapped text included), it scrolls. See
docs/adr/011-pause-window-layout.md.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from steadypause.ui.accessible_scroll import keep_accessible_children_steady

log = logging.getLogger(__name__)


class ScrollPage(QScrollArea):
    """A frameless, vertical-only scroll area around one content widget."""

    def __init__(self, parent: QWidget | None = None, content: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        keep_accessible_children_steady(self)  # a Qt bug under screen readers
        if content is not None:
            content.setAutoFillBackground(False)
            self.setWidget(content)

    def minimumSizeHint(self) -> QSize:
        # As wide as the content needs with the scroll bar beside it; as low as a few
        # lines, since it scrolls.
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        width += self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(width, 4 * self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        width = hint.width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, hint.height())


class FillingContent(QWidget):
    """Content for a :class:`ScrollPage` that fills its height, down to the least its layout
    needs at its width, before it scrolls (a plain widget would ask for its comfortable
    height and scroll sooner). For layouts whose parts share out the room by stretch."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)
