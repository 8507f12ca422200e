"""Scroll areas whose accessible children stay the same while a screen reader reads them.

Works around a bug in Qt's accessibility (seen with PySide6 6.11.3, Qt 6.11): a scroll area's
accessible interface (``QAccessibleAbstractScrollArea``) counts as its children the viewport
and each scroll bar's container *while that scroll bar is visible*, and its ``child(index)``
reads that list without checking the index. The AT-SPI bridge passes the index a screen
reader asks for (``GetChildAtIndex``) on without checking it against the count. So when a
scroll bar disappears between a screen reader counting the children and asking for the last
one (the window closes, the step changes, the content no longer needs scrolling), Qt reads
past the end of the list and the app dies with SIGSEGV in
``QAccessibleCache::idForObject``. Core dumps from the AT-SPI walk (tests/accessibility) all
showed that: ``GetChildAtIndex(1)`` on a scroll area with one child. See
docs/adr/013-screen-readers.md.

Qt lists a scroll bar's container only when the container has the name Qt gave it
(``qt_scrollarea_vcontainer`` / ``qt_scrollarea_hcontainer``). Renamed, the scroll area's
accessible children are the viewport alone, whatever the scroll bars do, and no index a
screen reader holds can run past them. Screen readers lose nothing they use: they follow the
focus, which the scroll area keeps in view, and read the content, not the scroll bar.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QAbstractScrollArea

log = logging.getLogger(__name__)

# The names Qt gives the scroll bars' containers, and the names they get instead.
QT_CONTAINER_NAMES = {
    "qt_scrollarea_hcontainer": "steadypause_scrollarea_hcontainer",
    "qt_scrollarea_vcontainer": "steadypause_scrollarea_vcontainer",
}


def keep_accessible_children_steady(area: QAbstractScrollArea) -> None:
    """Leave the scroll bars out of ``area``'s accessible children (the viewport stays)."""
    for bar in (area.horizontalScrollBar(), area.verticalScrollBar()):
        container = bar.parentWidget()
        if container is None or container is area:
            continue
        name = QT_CONTAINER_NAMES.get(container.objectName())
        if name is not None:
            container.setObjectName(name)
        elif container.objectName() not in QT_CONTAINER_NAMES.values():
            # Qt named them differently: the workaround no longer applies (and may no
            # longer be needed); tests/widget/test_accessible_scroll.py says which.
            log.debug("scroll bar container %r left as it is", container.objectName())
