"""The base of the settings dialog's editors: one :class:`FieldEditor` per setting.

Each editor edits one :class:`~steadypause.core.settings.Field`: ``value()``,
``set_value()``, ``problem()`` (why what it holds cannot be saved, or None) and a
``changed`` signal on every edit. The class attributes tell the dialog how to lay it out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QLineEdit, QWidget

from steadypause.core.settings import Field


def sentence(text: str) -> str:
    """A validator's fragment ("an entry cannot be empty") as a sentence."""
    text = text.strip()
    if not text:
        return text
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


class FieldEditor(QWidget):
    """Edits one setting. ``changed`` is emitted on every edit, valid or not."""

    changed = Signal()

    # A whole row of the form, its title and description above it (a list, a table).
    WIDE = False
    # The control shows the field's title itself (a check box): no label beside it.
    OWN_LABEL = False
    # One description serves several fields (the seven days): none under this one.
    SHARED_DESCRIPTION = False

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"edit_{field.name}")

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        """Why what the editor holds cannot be saved, as a sentence; None when it can."""
        found = self.field.check(self.value())
        return sentence(found) if found else None

    def focus_widget(self) -> QWidget:
        """The control a label's mnemonic should focus."""
        return self

    def _describe(self, widget: QWidget, name: str | None = None) -> None:
        widget.setAccessibleName(name or self.field.shown_title)
        widget.setAccessibleDescription(self.field.shown_description)
        widget.setToolTip(self.field.shown_description)


def watch_typing(spin: QAbstractSpinBox, changed: SignalInstance) -> None:
    """Report every keystroke: the spin box's own signals skip text that is not a value yet."""
    line = spin.findChild(QLineEdit)
    if line is not None:
        line.textChanged.connect(changed)


def single(editor: QWidget, control: QWidget) -> None:
    layout = QHBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(control)
    editor.setFocusProxy(control)
