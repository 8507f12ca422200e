"""The settings dialog, generated from the settings' declarations.

One tab per group of :data:`~steadypause.core.settings.GROUPS`, one editor per
:class:`~steadypause.core.settings.Field` chosen by its kind, labels and descriptions from
the declaration. A setting declared later appears here without a change to this file.

Nothing is saved until OK or Apply, and then all at once through the
:class:`~steadypause.core.settings.SettingsStore`. While any editor holds something that
cannot be saved, its message shows under it and OK and Apply are disabled. Its keys (tabs,
drop-downs, Esc asking about unsaved changes) are in ``settings_keys``.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from steadypause.core.autostart import Autostart
from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate
from steadypause.core.routine import Routine
from steadypause.core.settings import (
    FIELDS,
    GROUPS,
    Field,
    LoadResult,
    Settings,
    SettingsStore,
    group_title,
    shown_text,
)
from steadypause.ui.accessible_scroll import keep_accessible_children_steady
from steadypause.ui.autostart_switch import AutostartSwitch
from steadypause.ui.breathing import BreathingWidget
from steadypause.ui.breathing_preview import BreathingPreview
from steadypause.ui.field_editor import FieldEditor
from steadypause.ui.setting_editors import make_editor
from steadypause.ui.settings_form import place_field
from steadypause.ui.settings_keys import AsksBeforeClosing, ValuesOnPurpose, turn_tabs_by_keys
from steadypause.ui.settings_notice import SetAsideNotice
from steadypause.ui.shortcut_section import DesktopShortcut, ShortcutSection
from steadypause.ui.sound_section import SoundAccess, SoundSection
from steadypause.ui.text_list_editor import TextListEditor
from steadypause.ui.theme import mute, problem_colour
from steadypause.ui.window_fit import fit_when_first_shown
from steadypause.ui.window_title import window_title

log = logging.getLogger(__name__)

SITE_NOTE = QT_TRANSLATE_NOOP("Settings", "Set by your organisation")


# --- the dialog ---------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Emits ``applied(Settings)`` after the settings were saved (OK or Apply)."""

    applied = Signal(object)
    PREFERRED_SIZE = (720, 600)

    def __init__(
        self,
        loaded: LoadResult,
        store: SettingsStore,
        autostart: Autostart,
        parent: QWidget | None = None,
        *,
        shortcut: DesktopShortcut,
        sound: SoundAccess | None = None,
        routines: dict[str, Routine] | None = None,  # the routine drop-downs offer them
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(window_title(translate("Settings", "Settings")))
        # No accessible name of its own: a dialog's is its title, which a reader announces.
        self._loaded = loaded
        self._store = store
        self._autostart = autostart
        self._shortcut = shortcut
        self._sound = sound  # the chime and the spoken guide (ui/sound_section.py)
        self._routines = routines
        self.sound_section: SoundSection | None = None
        self._base = loaded.base
        # Keys whose fallback value comes from the system-wide file.
        self._site_keys = {k for k, source in loaded.sources.items() if source == "site"} | {
            f.name for f in FIELDS if getattr(loaded.base, f.name) != f.default
        }
        self.editors: dict[str, FieldEditor] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.site_marks: dict[str, QLabel] = {}
        self.preview: BreathingWidget | None = None  # the animation on the Practice tab
        self._breathing: BreathingPreview | None = None
        self.autostart_check: QCheckBox | None = None
        self._autostart_switch: AutostartSwitch | None = None

        self.set_aside_notice = SetAsideNotice(store, self)  # an unreadable file kept aside
        self.banner = QLabel(self)
        self.banner.setObjectName("settingsBanner")
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(8)
        self.banner.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(translate("Settings", "Settings sections"))
        self.tabs.tabBar().setAccessibleName(translate("Settings", "Settings sections"))
        self.tab_pages: dict[str, QScrollArea] = {}
        for group in GROUPS:
            fields = [f for f in FIELDS if f.group == group]
            if fields or group == "general":
                page = self._build_page(group, fields)
                self.tab_pages[group] = page
                self.tabs.addTab(page, group_title(group).replace("&", "&&"))

        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.set_aside_notice)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        for field in FIELDS:
            self.editors[field.name].set_value(getattr(loaded.settings, field.name))
        for editor in self.editors.values():
            editor.changed.connect(self._revalidate)
        if not loaded.writable:
            self._say_not_writable()
        self._restyle()
        self._revalidate()
        self.resize(*self.PREFERRED_SIZE)
        ValuesOnPurpose(self).watch(self.findChildren(QWidget))
        turn_tabs_by_keys(self, self.tabs)
        self._saved = self._form()
        AsksBeforeClosing(self, lambda: self._form() != self._saved, self.save)

    # -- building -------------------------------------------------------------------------

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        for button, name, description in (
            (self.ok_button, "okButton", translate("Settings", "Save the settings and close")),
            (self.cancel_button, "cancelButton", translate("Settings", "Close without saving")),
            (
                self.apply_button,
                "applyButton",
                translate("Settings", "Save the settings and keep this open"),
            ),
            (
                self.restore_button,
                "restoreButton",
                translate(
                    "Settings",
                    "Put every setting back to its default (asks first; "
                    "saved only with OK or Apply)",
                ),
            ),
        ):
            button.setObjectName(name)
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(description)
        self.ok_button.clicked.connect(self.save_and_close)
        self.apply_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)

    def _build_page(self, group: str, fields: list[Field]) -> QScrollArea:
        scroll = QScrollArea(self.tabs)
        scroll.setObjectName(f"page_{group}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Focus goes to the controls; the area scrolls to whichever has it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keep_accessible_children_steady(scroll)  # a Qt bug under screen readers
        page = QWidget(scroll)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        if group == "general":
            self._build_autostart(page, outer)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(3, 1)
        row = 0
        for field in fields:
            row = self._add_field(page, grid, row, field)
        if group == "practice":
            self._breathing = BreathingPreview(page)
            self.preview = self._breathing.widget
            form = QVBoxLayout()
            form.addLayout(grid)
            if self._sound is not None:
                self.sound_section = SoundSection(self._sound, self.editors, page)
                form.addWidget(self.sound_section)
            form.addStretch(1)
            side = QHBoxLayout()
            side.addLayout(form, 3)
            side.addWidget(self._breathing.widget, 2)
            outer.addLayout(side)
        else:
            outer.addLayout(grid)
        if group == "general":
            self._build_shortcut(page, outer)
        outer.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def _add_field(self, page: QWidget, grid: QGridLayout, row: int, field: Field) -> int:
        editor = make_editor(field, page, self._routines)
        self.editors[field.name] = editor
        mark = QLabel(shown_text(SITE_NOTE), page)
        mark.setObjectName(f"site_{field.name}")
        mark.setToolTip(
            translate(
                "Settings",
                "This value comes from the system-wide settings of this computer "
                "({path}). You can still change it for yourself.",
            ).format(path=self._store.site_path)
        )
        mute(mark)
        mark.hide()
        self.site_marks[field.name] = mark
        problem = QLabel(page)
        problem.setObjectName(f"problem_{field.name}")
        problem.setWordWrap(True)
        problem.hide()
        self.problem_labels[field.name] = problem
        return place_field(grid, row, field, editor, mark, problem)

    def _build_autostart(self, page: QWidget, layout: QVBoxLayout) -> None:
        self._autostart_switch = AutostartSwitch(self._autostart, page, layout)
        self.autostart_check = self._autostart_switch.check

    def _build_shortcut(self, page: QWidget, layout: QVBoxLayout) -> None:
        """How to open a pause from the keyboard, here (ui/shortcut_section.py)."""
        self.shortcut_section = ShortcutSection(page, shortcut=self._shortcut)
        layout.addWidget(self.shortcut_section)
        if not self.shortcut_section.uses_hotkey:  # the desktop binds the keys instead
            name = "pause_shortcut"  # kept and saved as it is, not shown
            for prefix in ("label", "edit", "description"):
                widget = page.findChild(QWidget, f"{prefix}_{name}")
                if widget is not None:
                    widget.hide()
            self.site_marks.pop(name).hide()
            self.problem_labels.pop(name).hide()

    # -- reading the form -------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def problems(self) -> dict[str, str]:
        return {name: text for name, editor in self.editors.items() if (text := editor.problem())}

    def _revalidate(self) -> None:
        problems = self.problems()
        for name, label in self.problem_labels.items():
            text = problems.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        for name, mark in self.site_marks.items():
            mark.setVisible(
                name in self._site_keys and self.editors[name].value() == getattr(self._base, name)
            )
        can_save = not problems and self._loaded.writable
        self.ok_button.setEnabled(can_save)
        self.apply_button.setEnabled(can_save)
        if self._breathing is not None:
            self._breathing.follow(self.editors, problems)

    def showEvent(self, event: QShowEvent) -> None:
        fit_when_first_shown(self)
        super().showEvent(event)
        if self._breathing is not None:
            self._breathing.start()

    # -- buttons ----------------------------------------------------------------------------

    def restore_defaults(self) -> bool:
        """Ask, then put the built-in and system-wide defaults into the form (not saved)."""
        answer = QMessageBox.question(
            self,
            translate("Settings", "Restore defaults?"),
            translate(
                "Settings",
                "Put every setting on every tab back to its default? Your "
                "own phrases, boundary cues and contacts are cleared too."
                "\n\nNothing is saved until you press OK or Apply.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        for field in FIELDS:
            self.editors[field.name].set_value(getattr(self._base, field.name))
        self._revalidate()
        return True

    def save(self) -> bool:
        """Save everything at once; False (and nothing saved) when it cannot be."""
        if self.problems() or not self._loaded.writable:
            return False
        settings = Settings(**self.values())
        try:
            self._store.save(settings)
        except OSError as exc:
            log.warning("could not save %s: %s", self._store.path, exc)
            self._show_banner(
                translate(
                    "Settings", "Could not save {path} ({reason}). Nothing was changed."
                ).format(path=self._store.path, reason=exc.strerror or exc)
            )
            return False
        if self._autostart_switch and (problem := self._autostart_switch.apply()):
            self._show_banner(problem)
        self._saved = self._form()
        self.set_aside_notice.dismiss()
        self.applied.emit(settings)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def _form(self) -> tuple[object, ...]:
        check = self.autostart_check
        return (self.values(), check is not None and check.isChecked())

    # -- look -------------------------------------------------------------------------------

    def _say_not_writable(self) -> None:
        """The banner and button for settings that cannot be saved."""
        self._show_banner(
            translate("Settings", "Changes cannot be saved: {messages}").format(
                messages=" ".join(self._loaded.messages)
            )
            if self._loaded.messages
            else translate("Settings", "Changes cannot be saved: {path} cannot be written.").format(
                path=self._store.path
            )
        )
        self.cancel_button.setText(translate("Settings", "Close"))
        self.cancel_button.setAccessibleName(translate("Settings", "Close"))

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _restyle(self) -> None:
        for label in (
            *self.problem_labels.values(),
            self.banner,
            *(e.message for e in self.editors.values() if isinstance(e, TextListEditor)),
        ):
            pal = label.palette()
            pal.setColor(label.foregroundRole(), problem_colour(self.palette()))
            label.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
