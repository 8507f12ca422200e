"""The settings dialog's drop-down for a routine setting (which routine a cue opens).

The built-in routines first, in the settings' own words ("A steady pause (2–5 minutes)"),
then, after a separator, the person's own routines (routines/*.toml, core/routine_library)
by their titles. A saved id whose routine is gone (its file removed or renamed) stays in
the list as "<id> (missing)" and stays chosen, so saving the dialog does not change it
behind the person's back; the pause it would open falls back to the full pause
(session/pause_content.py says so in the log).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from steadypause.core.i18n import translate
from steadypause.core.routine import Routine
from steadypause.core.settings import Field
from steadypause.ui.choice_editor import ChoiceEditor

log = logging.getLogger(__name__)


def missing_text(routine_id: str) -> str:
    return translate("Settings", "{id} (missing)").format(id=routine_id)


class RoutineEditor(ChoiceEditor):
    """A :class:`ChoiceEditor` of the built-in routines, followed by the person's own."""

    def __init__(
        self,
        field: Field,
        parent: QWidget | None = None,
        routines: Mapping[str, Routine] | None = None,
    ) -> None:
        super().__init__(field, parent)
        built_in = field.choices or ()
        own = [r for rid, r in (routines or {}).items() if rid not in built_in]
        if own:
            self.combo.insertSeparator(self.combo.count())
        for routine in own:
            text = translate("Settings", "{title} ({duration})").format(
                title=routine.title, duration=routine.duration
            )
            self.combo.addItem(text, routine.id)

    def set_value(self, value: str) -> None:
        index = self.combo.findData(value)
        if index < 0:
            log.info("%s names the routine %r, which is not there", self.field.name, value)
            self.combo.addItem(missing_text(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
