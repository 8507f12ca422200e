"""The About box."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from steadypause import DISPLAY_NAME, __version__
from steadypause.ui.icons import icon

ABOUT_HTML = f"""
<h3>{DISPLAY_NAME} {__version__}</h3>
<p>Short, secular compassion pauses at the day's transitions, for people who look after
others all day.</p>
<p>Notice the body, name what is hard, offer yourself a kind word, set one caring limit,
and go back to your day.</p>
<p>An attention practice, not treatment: it sits beside rest, support and fair workloads,
never in place of them.</p>
<p>Everything stays on this computer. No network, no tracking.<br>
Free software under the GNU GPL, version 3 or later.</p>
"""


def show_about(parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(f"About {DISPLAY_NAME}")
    box.setIconPixmap(icon("steadypause").pixmap(64, 64))
    box.setText(ABOUT_HTML)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setModal(False)
    box.show()
    return box
