"""The settings dialog's start-at-login switch: shows what is set now, changes it on save.

What it shows is read back from the system (``Autostart.is_enabled()``), never from the
settings file; the dialog changes it only when the settings were saved.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from steadypause import DISPLAY_NAME
from steadypause.core.autostart import Autostart
from steadypause.core.i18n import translate
from steadypause.ui.theme import mute

log = logging.getLogger(__name__)


class AutostartSwitch:
    """The check box, its note and (where it cannot be offered) why, added to ``layout``."""

    def __init__(self, autostart: Autostart, page: QWidget, layout: QVBoxLayout) -> None:
        self._autostart = autostart
        check = QCheckBox(
            translate("Settings", "Start {app} when I log in").format(app=DISPLAY_NAME), page
        )
        check.setObjectName("autostartCheck")
        check.setAccessibleName(translate("Settings", "Start at login"))
        description = translate(
            "Settings",
            "Adds or removes the entry your desktop uses to "
            "start programs at login. Shows what is set there "
            "now.",
        )
        check.setAccessibleDescription(description)
        check.setToolTip(description)
        available = autostart.is_available()
        check.setChecked(available and autostart.is_enabled())
        check.setEnabled(available)
        layout.addWidget(check)
        note = QLabel(description, page)
        note.setWordWrap(True)
        note.setIndent(24)
        mute(note, smaller=True)
        layout.addWidget(note)
        if not available:
            reason = QLabel(autostart.reason, page)
            reason.setObjectName("autostartReason")
            reason.setWordWrap(True)
            mute(reason)
            layout.addWidget(reason)
        self.check = check

    def apply(self) -> str | None:
        """Make the system match the switch; what went wrong, in words, or None."""
        check = self.check
        if not check.isEnabled():
            return None
        want = check.isChecked()
        problem = None
        try:
            if want != self._autostart.is_enabled():
                (self._autostart.enable if want else self._autostart.disable)()
        except OSError as exc:
            log.warning("start at login: %s", exc)
            problem = translate(
                "Settings",
                "Your settings were saved, but starting at login could not be changed ({reason}).",
            ).format(reason=exc.strerror or exc)
        check.setChecked(self._autostart.is_enabled())
        return problem
