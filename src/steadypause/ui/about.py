"""The About box: what Steady Pause is, the practice loop, and the welcome again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from steadypause import DISPLAY_NAME, __version__
from steadypause.core.i18n import translate
from steadypause.ui import icons
from steadypause.ui.practice_loop import PracticeLoop
from steadypause.ui.scroll_page import ScrollPage
from steadypause.ui.window_fit import fit_when_first_shown
from steadypause.ui.window_title import window_title


def about_html() -> str:
    return (
        f"\n<h3>{DISPLAY_NAME} {__version__}</h3>\n"
        + translate(
            "About",
            "<p>Short, secular compassion pauses at the day's transitions, "
            "for people who look after\nothers all day.</p>",
        )
        + "\n"
    )


def about_more_html() -> str:
    return (
        "\n"
        + translate(
            "About",
            "<p>An attention practice, not treatment: it sits beside rest, support and fair "
            "workloads,\nnever in place of them.</p>\n"
            "<p>Everything stays on this computer. No network, no tracking.<br>\n"
            "Free software under the GNU GPL, version 3 or later.</p>",
        )
        + "\n"
    )


def loop_caption() -> str:
    return translate(
        "About",
        "The practice goes round a loop: notice, breathe, name the need, "
        "respond kindly, set a boundary, and notice again.",
    )


class AboutDialog(QDialog):
    PREFERRED_SIZE = (440, 520)
    welcomeRequested = Signal()  # "Show the welcome again"

    def __init__(self, parent: QWidget | None = None, *, can_welcome: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("aboutBox")
        # Titled like every window ("About — Steady Pause"); no accessible name of its own:
        # a dialog's is its title, which a screen reader announces.
        self.setWindowTitle(window_title(translate("About", "About")))
        self.setAccessibleDescription(
            translate("About", "What Steady Pause is, and the practice loop")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        # Everything but the Close button scrolls when the screen is too low for it; the loop
        # takes the room left over, down to its smallest drawn size.
        body = QWidget(self)
        logo = QLabel(body)
        logo.setPixmap(icons.pixmap("steadypause", 56))
        logo.setAccessibleName(translate("About", "{app} icon").format(app=DISPLAY_NAME))
        intro = _rich(about_html(), body)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(intro, 1)

        self.loop = PracticeLoop((), body)
        caption = _rich(f"<p>{loop_caption()}</p>", body)
        caption.setObjectName("loopCaption")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("About", "Close"))
        close.setAccessibleDescription(translate("About", "Close the About box"))
        self.welcome_button = None
        if can_welcome:  # only where the welcome's choices can be saved
            self.welcome_button = buttons.addButton(
                translate("About", "Show the &welcome again"),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            self.welcome_button.setObjectName("aboutWelcome")
            self.welcome_button.setAccessibleName(translate("About", "Show the welcome again"))
            self.welcome_button.setAccessibleDescription(
                translate("About", "The first-run welcome and its three choices")
            )
            self.welcome_button.clicked.connect(self.welcomeRequested)

        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.loop, 1)
        column.addWidget(caption)
        column.addWidget(_rich(about_more_html(), body))
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollPage(self, body), 1)
        layout.addWidget(buttons)
        self.resize(*self.PREFERRED_SIZE)

    def showEvent(self, event: QShowEvent) -> None:
        fit_when_first_shown(self)
        super().showEvent(event)


def _rich(html: str, parent: QWidget) -> QLabel:
    label = QLabel(html, parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def show_about(parent: QWidget | None = None, *, can_welcome: bool = False) -> AboutDialog:
    box = AboutDialog(parent, can_welcome=can_welcome)
    box.setModal(False)
    box.show()
    return box
