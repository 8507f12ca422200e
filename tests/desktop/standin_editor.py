"""A stand-in for the window a person is typing in, for the real-desktop tests.

    python standin_editor.py TEXT_FILE

One plain-text field that fills the window. Every change is written to TEXT_FILE at once
(whole file, replaced atomically), so a test can read exactly which keys reached it while
another window (the reminder) appears. It prints ``focused`` on stdout each time the field
gains keyboard focus and ``unfocused`` each time it loses it, so the test can wait for the
compositor to give it focus before typing and see whether anything took focus away.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPlainTextEdit


class _FocusReporter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            print("focused", flush=True)
        elif event.type() == QEvent.Type.FocusOut:
            print("unfocused", flush=True)
        return False


def main() -> int:
    target = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName("standin-editor")
    field = QPlainTextEdit()
    field.setWindowTitle("Stand-in editor")
    field.resize(700, 400)
    reporter = _FocusReporter(field)
    field.installEventFilter(reporter)

    def save() -> None:
        part = target.with_suffix(".part")
        part.write_text(field.toPlainText(), encoding="utf-8")
        part.replace(target)

    field.textChanged.connect(save)
    save()
    field.show()
    field.activateWindow()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
