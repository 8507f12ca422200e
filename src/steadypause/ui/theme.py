"""Light and dark palettes, and the app-wide look.

The app uses Qt's Fusion style with a palette of its own so it looks the same, calm way on
every desktop. "system" follows the desktop's colour scheme: the XDG desktop portal's where
Qt draws the title bars itself (GNOME under Wayland, ui/title_bars.py), else the one Qt
reports; and it follows a change of it while the app runs. The title bars Qt draws are told
the app's scheme too (ADR 018).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QWidget,
)

if TYPE_CHECKING:
    from steadypause.ui.title_bars import TitleBars

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")

_LIGHT = {
    "window": "#f6f4f0",
    "base": "#ffffff",
    "alt": "#efece6",
    "text": "#26313a",
    "muted": "#5d6a73",
    "button": "#ebe7e0",
    "highlight": "#2f7f78",
    "hl_text": "#ffffff",
    "link": "#1f6a64",
    "tooltip": "#ffffff",
}
_DARK = {
    "window": "#1f2428",
    "base": "#2b3338",
    "alt": "#262c31",
    "text": "#e6e9eb",
    "muted": "#a7b0b6",
    "button": "#2b3237",
    "highlight": "#5fb3aa",
    "hl_text": "#0f1416",
    "link": "#8fd3ca",
    "tooltip": "#2b3237",
}


def resolve(theme: str, title_bars: TitleBars | None = None) -> str:
    """'light' or 'dark' for a theme setting; 'system' asks the desktop: the portal through
    ``title_bars`` when it answered, else Qt."""
    if theme in ("light", "dark"):
        return theme
    portal = title_bars.system_scheme() if title_bars is not None else None
    if portal is not None:
        return portal
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def palette_for(name: str) -> QPalette:
    c = {k: QColor(v) for k, v in (_DARK if name == "dark" else _LIGHT).items()}
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"],
        QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["base"],
        QPalette.ColorRole.AlternateBase: c["alt"],
        QPalette.ColorRole.Text: c["text"],
        QPalette.ColorRole.Button: c["button"],
        QPalette.ColorRole.ButtonText: c["text"],
        QPalette.ColorRole.Highlight: c["highlight"],
        QPalette.ColorRole.HighlightedText: c["hl_text"],
        QPalette.ColorRole.Link: c["link"],
        QPalette.ColorRole.ToolTipBase: c["tooltip"],
        QPalette.ColorRole.ToolTipText: c["text"],
        QPalette.ColorRole.PlaceholderText: c["muted"],
        QPalette.ColorRole.BrightText: c["hl_text"],
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    muted = c["muted"]
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return p


class CalmStyle(QProxyStyle):
    """Fusion, with a clearer edge on check boxes, radio buttons and text fields, and a focus
    ring on flat buttons.

    Fusion draws those edges a shade darker than the window, which all but disappears on a
    dark window. This draws them again in a colour between the muted text and the window,
    which stands out on light and dark alike (keyboard focus keeps Fusion's own highlight):
    the pixels drawn at a box's edge are 3.7:1 against the light window and 5.5:1 against
    the dark one (tests/widget/test_theme.py measures them).
    """

    _EDGED = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_PanelLineEdit,
    )

    def __init__(self) -> None:
        super().__init__("Fusion")  # i18n-exempt: Qt style key

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        state = option.state
        keyboard_focus = bool(
            state & QStyle.StateFlag.State_HasFocus
            and state & QStyle.StateFlag.State_KeyboardFocusChange
        )
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            # Fusion's ring around a focused box's words is a tint that fades on dark.
            if state & QStyle.StateFlag.State_KeyboardFocusChange:
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(highlight, 1.0))
                painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
                painter.restore()
            return
        if element not in self._EDGED or not state & QStyle.StateFlag.State_Enabled:
            return
        # With the keyboard focus, the edge in the highlight colour itself (Fusion's own
        # is a darker shade of it, dimmer than the edge without focus on a dark window).
        edge = highlight if keyboard_focus else edge_colour(option.palette)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(edge, 1.0))
        # On the outermost ring of pixels, over Fusion's own edge: a line between two
        # pixels would be blended half into each, and come out no clearer than Fusion's.
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        elif element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.drawRoundedRect(rect, 1.5, 1.5)
        else:
            painter.drawRoundedRect(rect, 2.0, 2.0)
        painter.restore()

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        # Fusion draws no focus at all on a flat button (Skip, Getting help): Tab would
        # land on it unseen. A ring in the highlight colour, as on the other controls.
        if (
            element == QStyle.ControlElement.CE_PushButton
            and isinstance(option, QStyleOptionButton)
            and option.features & QStyleOptionButton.ButtonFeature.Flat
            and option.state & QStyle.StateFlag.State_HasFocus
            and option.state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2.0))
            painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3.0, 3.0)
            painter.restore()


def edge_colour(palette: QPalette) -> QColor:
    """The edge of a field or box: 3:1 or more against the window on both palettes."""
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    window = palette.color(QPalette.ColorRole.Window)
    t = 0.15
    return QColor.fromRgbF(
        muted.redF() + (window.redF() - muted.redF()) * t,
        muted.greenF() + (window.greenF() - muted.greenF()) * t,
        muted.blueF() + (window.blueF() - muted.blueF()) * t,
    )


class _Look:
    """What :func:`apply` last chose, and the desktop's scheme followed for "system"."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.theme = "system"
        self.name = ""
        self.title_bars: TitleBars | None = None
        if app.platformName().startswith("wayland"):
            from steadypause.ui import title_bars

            self.title_bars = title_bars.for_this_process()
        if self.title_bars is not None:
            self.title_bars.systemChanged.connect(self.follow)
        app.styleHints().colorSchemeChanged.connect(self.follow)

    def show(self, theme: str) -> str:
        self.theme = theme
        self.name = name = resolve(theme, self.title_bars)
        self.app.setPalette(palette_for(name))
        if self.title_bars is not None:
            self.title_bars.show_scheme(name)
        return name

    def follow(self) -> None:
        """The desktop's scheme changed: the windows follow it when the setting is "system"."""
        if self.theme == "system" and resolve("system", self.title_bars) != self.name:
            log.info("the desktop's colour scheme changed: the windows follow")
            self.show("system")


_looks: list[_Look] = []


def apply(app: QApplication, theme: str = "system") -> str:
    """Apply the calm Fusion style and the palette for ``theme``; returns 'light' or 'dark'.

    With "system", later changes of the desktop's scheme are followed."""
    if theme not in THEMES:
        log.warning("unknown theme %r, using system", theme)
        theme = "system"
    if not _looks or _looks[0].app is not app:
        _looks[:] = [_Look(app)]
    app.setStyle(CalmStyle())
    return _looks[0].show(theme)


def muted_colour(widget_palette: QPalette) -> QColor:
    """A secondary text colour that still meets contrast on the window background."""
    return widget_palette.color(QPalette.ColorRole.PlaceholderText)


def problem_colour(widget_palette: QPalette) -> QColor:
    """A colour for "this cannot be saved" messages, readable on light and dark windows."""
    dark = widget_palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#f2a198" if dark else "#a3322a")


def mute(label: QWidget, smaller: bool = False) -> None:
    """Give ``label`` the look's quieter text colour (and a smaller font if asked).

    The label paints its text in the palette's placeholder role instead of a colour copied
    into its own palette, so it follows a change of look (light to dark) while it is open.
    """
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if smaller:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)


class _LinkText(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            _colour_as_link(watched)
        return False


def link_text(button: QWidget) -> None:
    """Draw ``button``'s text in the look's link colour, now and after a change of look
    (a button's text has no role of its own to point at the link colour)."""
    _colour_as_link(button)
    button.installEventFilter(_LinkText(button))


def _colour_as_link(button: QWidget) -> None:
    pal = button.palette()
    link = pal.color(QPalette.ColorRole.Link)
    if pal.color(QPalette.ColorRole.ButtonText) != link:  # else no change, no new event
        pal.setColor(QPalette.ColorRole.ButtonText, link)
        button.setPalette(pal)
