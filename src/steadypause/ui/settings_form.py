"""Where one setting goes in the settings dialog's form: its label, control, the
organisation's mark, description and problem line, as its editor asks (field_editor.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel

from steadypause.core.settings import Field
from steadypause.ui.field_editor import FieldEditor
from steadypause.ui.theme import mute


def place_field(
    grid: QGridLayout,
    row: int,
    field: Field,
    editor: FieldEditor,
    mark: QLabel,
    problem: QLabel,
) -> int:
    """Lay out ``field`` from ``row`` of ``grid``; returns the next free row."""
    page = editor.parentWidget()
    if editor.WIDE:
        title = QLabel(f"<b>{field.shown_title}</b>", page)
        title.setBuddy(editor.focus_widget())
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(title)
        head.addWidget(mark)
        head.addStretch(1)
        description = QLabel(field.shown_description, page)
        description.setWordWrap(True)
        mute(description)
        if row:  # a little air above every list but the first
            grid.setRowMinimumHeight(row, 16)
            row += 1
        grid.addLayout(head, row, 0, 1, 4)
        grid.addWidget(description, row + 1, 0, 1, 4)
        grid.addWidget(editor, row + 2, 0, 1, 4)
        grid.addWidget(problem, row + 3, 0, 1, 4)
        return row + 4
    if not editor.OWN_LABEL:
        label = QLabel(field.shown_title, page)
        label.setObjectName(f"label_{field.name}")
        label.setBuddy(editor.focus_widget())
        grid.addWidget(label, row, 0)
    beside = QHBoxLayout()  # the organisation's mark right after the control
    beside.setSpacing(12)
    beside.addWidget(editor)
    beside.addWidget(mark)
    beside.addStretch(1)
    grid.addLayout(beside, row, 1, 1, 3)
    if not editor.SHARED_DESCRIPTION:
        description = QLabel(field.shown_description, page)
        description.setObjectName(f"description_{field.name}")
        description.setWordWrap(True)
        mute(description, smaller=True)
        grid.addWidget(description, row + 1, 1, 1, 3)
        row += 1
    grid.addWidget(problem, row + 1, 1, 1, 3)
    grid.setRowMinimumHeight(row + 2, 6)
    return row + 3
