"""The settings dialog, driven through its widgets: every declared setting round-trips to disk."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from steadypause.core.settings import (
    FIELDS,
    FIELDS_BY_NAME,
    TEXT_ITEM_MAX,
    TEXT_LIST_MAX,
    Field,
    Settings,
    SettingsStore,
    kinds,
)
from steadypause.platform.autostart import XdgAutostart
from steadypause.session.desktop_shortcut import DesktopShortcutSetup
from steadypause.ui.contacts_editor import ContactsEditor
from steadypause.ui.field_editor import FieldEditor
from steadypause.ui.setting_editors import HoursEditor, TimeEditor
from steadypause.ui.settings_dialog import SITE_NOTE, SettingsDialog
from steadypause.ui.text_list_editor import TextListEditor

COMMAND = ["/opt/Steady Pause/bin/steadypause", "--autostart"]


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    (tmp_path / "site").mkdir()
    return SettingsStore(tmp_path / "user", tmp_path / "site")


@pytest.fixture
def autostart(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart(tmp_path / "config", COMMAND)


@pytest.fixture
def open_dialog(
    qtbot: QtBot, store: SettingsStore, autostart: XdgAutostart
) -> Callable[[], SettingsDialog]:
    def make() -> SettingsDialog:
        shortcut = DesktopShortcutSetup([*COMMAND, "pause"])
        dialog = SettingsDialog(store.load(), store, autostart, shortcut=shortcut)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def show_tab(dialog: SettingsDialog, field: Field) -> None:
    dialog.tabs.setCurrentWidget(dialog.tab_pages[field.group])


# --- changing one setting through its widgets, per kind -------------------------------------


def _other_number(field: Field) -> float:
    return field.maximum if field.default != field.maximum else field.minimum  # type: ignore


def change_int(qtbot: QtBot, editor: Any) -> None:
    target = int(_other_number(editor.field))
    editor.spin.selectAll()
    qtbot.keyClicks(editor.spin, str(target))
    assert editor.value() == target


def change_float(qtbot: QtBot, editor: Any) -> None:
    target = 7.5 if editor.field.default != 7.5 else 2.5
    editor.spin.selectAll()
    qtbot.keyClicks(editor.spin, editor.spin.locale().toString(target, "f", 1))
    assert editor.value() == target


def change_bool(qtbot: QtBot, editor: Any) -> None:
    before = editor.value()
    qtbot.keyClick(editor.check, Qt.Key.Key_Space)
    assert editor.value() is not before


def change_choice(qtbot: QtBot, editor: Any) -> None:
    combo = editor.combo
    key = Qt.Key.Key_Down if combo.currentIndex() < combo.count() - 1 else Qt.Key.Key_Up
    before = editor.value()
    qtbot.keyClick(combo, key)
    assert editor.value() != before


def change_time(qtbot: QtBot, editor: Any) -> None:
    editor.time.setTime(QTime(7, 45) if editor.value() != "07:45" else QTime(8, 15))


def change_hours(qtbot: QtBot, editor: Any) -> None:
    if not editor.working.isChecked():
        qtbot.keyClick(editor.working, Qt.Key.Key_Space)
    editor.start.setTime(QTime(9, 15))
    editor.end.setTime(QTime(17, 45))
    assert editor.value() == "09:15-17:45"


def change_text_list(qtbot: QtBot, editor: Any) -> None:
    for text in ("No replies after 7 pm", "Ask before taking on a new case"):
        qtbot.keyClicks(editor.entry, text)
        qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.value()[:2] == ("Ask before taking on a new case", "No replies after 7 pm")


def change_contacts(qtbot: QtBot, editor: Any) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.table.rowCount() - 1
    editor.table.item(row, 0).setText("Sam (peer support)")
    editor.table.item(row, 1).setText("+1 555 0100")


def change_minutes_list(qtbot: QtBot, editor: Any) -> None:
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "45, 10, 120")
    assert editor.value() == (10, 45, 120)


def change_key_combination(qtbot: QtBot, editor: Any) -> None:
    # Shown on Windows only (elsewhere the desktop binds the keys); the keys reach it anyway.
    qtbot.keyClick(
        editor.keys,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert editor.value() == "Ctrl+Alt+K"


def change_line(qtbot: QtBot, editor: Any) -> None:
    # the one line setting is the voice, chosen from those the speech service reports
    editor.offer(["Welsh", "English (Great Britain)"])  # listed in alphabetical order
    editor.combo.setCurrentIndex(0)
    qtbot.keyClick(editor.combo, Qt.Key.Key_Down)
    assert editor.value() == "English (Great Britain)"


CHANGERS: dict[str, Callable[[QtBot, Any], None]] = {
    "int": change_int,
    "float": change_float,
    "bool": change_bool,
    "choice": change_choice,
    "routine": change_choice,
    "time": change_time,
    "hours": change_hours,
    "text_list": change_text_list,
    "minutes_list": change_minutes_list,
    "contacts": change_contacts,
    "key_combination": change_key_combination,
    "line": change_line,
}


def test_every_kind_in_use_has_a_way_to_change_it_here() -> None:
    assert {f.kind.name for f in FIELDS} <= set(CHANGERS)


def test_every_setting_round_trips_from_the_dialog_to_disk(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog], store: SettingsStore
) -> None:
    dialog = open_dialog()
    loaded = store.load().settings
    expected: dict[str, Any] = {}
    for field in FIELDS:
        show_tab(dialog, field)
        editor = dialog.editors[field.name]
        CHANGERS[field.kind.name](qtbot, editor)
        expected[field.name] = editor.value()
        assert expected[field.name] != getattr(loaded, field.name), field.name
    assert dialog.problems() == {}
    with qtbot.waitSignal(dialog.applied) as applied:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    reread = SettingsStore(store.directory, store.site_path.parent).load()  # type: ignore
    assert reread.messages == []
    for field in FIELDS:
        assert getattr(reread.settings, field.name) == expected[field.name], field.name
        assert reread.sources[field.name] == "user"
    assert applied.args == [reread.settings]


def test_time_editor_round_trips_a_time(qtbot: QtBot) -> None:
    # No setting uses the time kind yet; the editor is ready for the first one.
    field = Field("end_of_day", kinds.TIME_OF_DAY, "17:30", "When the working day ends.", "cues")
    editor = TimeEditor(field)
    qtbot.addWidget(editor)
    editor.set_value("17:30")
    assert editor.value() == "17:30"
    change_time(qtbot, editor)
    assert editor.value() == "07:45"
    assert editor.problem() is None


# --- what cannot be saved blocks OK and Apply ------------------------------------------------


def make_int_bad(qtbot: QtBot, editor: Any) -> None:
    editor.spin.selectAll()
    qtbot.keyClick(editor.spin, Qt.Key.Key_Backspace)  # nothing is not a number


def make_hours_bad(qtbot: QtBot, editor: Any) -> None:
    if not editor.working.isChecked():
        qtbot.keyClick(editor.working, Qt.Key.Key_Space)
    editor.start.setTime(QTime(18, 0))
    editor.end.setTime(QTime(8, 0))


def make_list_bad(qtbot: QtBot, editor: Any) -> None:
    qtbot.keyClicks(editor.entry, "x" * (TEXT_ITEM_MAX + 1))


def make_contacts_bad(qtbot: QtBot, editor: Any) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.table.rowCount() - 1
    editor.table.item(row, 0).setText("Old link")
    editor.table.item(row, 1).setText("ftp://example.org")


def make_minutes_bad(qtbot: QtBot, editor: Any) -> None:
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "15, soon")


BREAKERS: dict[str, tuple[Callable[[QtBot, Any], None], str]] = {
    "minutes_list": (make_minutes_bad, "Enter whole numbers of minutes"),
    "int": (make_int_bad, "Enter a whole number from"),
    "float": (make_int_bad, "Enter a number from"),
    "hours": (make_hours_bad, "ends before it starts"),
    "text_list": (make_list_bad, f"at most {TEXT_ITEM_MAX} characters"),
    "contacts": (make_contacts_bad, "Contact 1: use a phone number"),
}


@pytest.mark.parametrize("name", [f.name for f in FIELDS if f.kind.name in BREAKERS])
def test_invalid_input_is_shown_next_to_the_field_and_blocks_saving(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog], store: SettingsStore, name: str
) -> None:
    dialog = open_dialog()
    field = FIELDS_BY_NAME[name]
    show_tab(dialog, field)
    before = store.path.read_bytes()
    breaker, message = BREAKERS[field.kind.name]
    breaker(qtbot, dialog.editors[name])
    label = dialog.problem_labels[name]
    assert label.isVisible()
    assert message in label.text()
    assert not dialog.ok_button.isEnabled()
    assert not dialog.apply_button.isEnabled()
    assert dialog.save() is False
    assert store.path.read_bytes() == before


def test_kinds_without_invalid_input_are_named() -> None:
    # A checkbox, a list of choices (routines too: one that is gone is kept as "(missing)",
    # still saveable), a time edit and the voice's list (one line, chosen from the voices
    # there are) cannot hold anything unsaveable. Keys that cannot be used:
    # tests/widget/test_shortcut_section.py (the field shows on Windows).
    assert {f.kind.name for f in FIELDS} - set(BREAKERS) <= {
        "bool",
        "choice",
        "routine",
        "time",
        "key_combination",
        "line",
    }


def test_fixing_the_input_enables_ok_again(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog]
) -> None:
    dialog = open_dialog()
    editor = dialog.editors["work_minutes"]
    make_int_bad(qtbot, editor)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(editor.spin, "15")
    assert dialog.ok_button.isEnabled()
    assert not dialog.problem_labels["work_minutes"].isVisible()


# --- the list editor -------------------------------------------------------------------------


@pytest.fixture
def phrases(qtbot: QtBot, open_dialog: Callable[[], SettingsDialog]) -> Iterator[TextListEditor]:
    dialog = open_dialog()
    show_tab(dialog, FIELDS_BY_NAME["boundary_cues"])
    editor = dialog.editors["boundary_cues"]
    assert isinstance(editor, TextListEditor)
    yield editor
    assert dialog.result() == dialog.DialogCode.Rejected  # Enter in the list never pressed OK


def add(qtbot: QtBot, editor: TextListEditor, text: str) -> None:
    editor.entry.clear()
    qtbot.keyClicks(editor.entry, text)
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)


def test_list_adds_by_enter_and_by_button(qtbot: QtBot, phrases: TextListEditor) -> None:
    add(qtbot, phrases, "  One thing at a time  ")
    qtbot.keyClicks(phrases.entry, "Ask for help early")
    qtbot.mouseClick(phrases.add_button, Qt.MouseButton.LeftButton)
    assert phrases.value() == ("One thing at a time", "Ask for help early")
    assert phrases.entry.text() == ""
    assert not phrases.message.isVisible()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "An entry cannot be empty."),
        ("   ", "An entry cannot be empty."),
        ("x" * (TEXT_ITEM_MAX + 1), f"An entry can be at most {TEXT_ITEM_MAX} characters"),
        ("one THING at a time", "'one THING at a time' is already in the list."),
    ],
)
def test_list_refuses_empty_too_long_and_duplicate_entries(
    qtbot: QtBot, phrases: TextListEditor, text: str, message: str
) -> None:
    add(qtbot, phrases, "One thing at a time")
    add(qtbot, phrases, text)
    assert phrases.value() == ("One thing at a time",)
    assert phrases.message.isVisible()
    assert phrases.message.text().startswith(message)


def test_list_refuses_more_than_the_maximum(qtbot: QtBot, phrases: TextListEditor) -> None:
    phrases.set_value(tuple(f"Entry {n}" for n in range(TEXT_LIST_MAX)))
    add(qtbot, phrases, "One more")
    assert len(phrases.value()) == TEXT_LIST_MAX
    assert phrases.message.text() == (
        f"At most {TEXT_LIST_MAX} entries: remove one before adding another."
    )


def test_list_reorders_and_removes_by_keyboard(qtbot: QtBot, phrases: TextListEditor) -> None:
    for text in ("A", "B", "C"):
        add(qtbot, phrases, text)
    phrases.list.setCurrentRow(2)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(phrases.list, Qt.Key.Key_Up, alt)
    assert phrases.value() == ("A", "C", "B")
    qtbot.keyClick(phrases.list, Qt.Key.Key_Up, alt)
    qtbot.keyClick(phrases.list, Qt.Key.Key_Up, alt)  # already at the top: stays
    assert phrases.value() == ("C", "A", "B")
    assert phrases.list.currentRow() == 0
    assert not phrases.up_button.isEnabled()
    qtbot.keyClick(phrases.list, Qt.Key.Key_Down, alt)
    assert phrases.value() == ("A", "C", "B")
    qtbot.keyClick(phrases.list, Qt.Key.Key_Delete)
    assert phrases.value() == ("A", "B")
    qtbot.mouseClick(phrases.down_button, Qt.MouseButton.LeftButton)  # B is current
    assert phrases.value() == ("A", "B")
    qtbot.mouseClick(phrases.up_button, Qt.MouseButton.LeftButton)
    assert phrases.value() == ("B", "A")
    assert phrases.list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove


def edit_in_place(qtbot: QtBot, editor: TextListEditor, row: int, text: str) -> None:
    editor.list.setCurrentRow(row)
    qtbot.keyClick(editor.list, Qt.Key.Key_F2)
    [line] = editor.list.viewport().findChildren(QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # The view commits and closes its editor from a queued call.
    qtbot.waitUntil(
        lambda: (
            editor.list.state() != QAbstractItemView.State.EditingState
            and not editor.list.viewport().findChildren(QLineEdit)
        )
    )


def test_list_edits_in_place_and_refuses_a_bad_edit(qtbot: QtBot, phrases: TextListEditor) -> None:
    add(qtbot, phrases, "First")
    add(qtbot, phrases, "Second")
    edit_in_place(qtbot, phrases, 0, "First, gently")
    assert phrases.value() == ("First, gently", "Second")
    edit_in_place(qtbot, phrases, 1, "first, GENTLY")
    assert phrases.value() == ("First, gently", "Second")
    assert "already in the list" in phrases.message.text()
    assert "left as it was" in phrases.message.text()
    edit_in_place(qtbot, phrases, 1, " ")
    assert phrases.value() == ("First, gently", "Second")


def test_text_typed_but_not_added_is_not_lost_silently(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog]
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.editors["kind_phrases"].entry, "May I be patient with myself")
    assert not dialog.ok_button.isEnabled()
    assert "not added yet" in dialog.problem_labels["kind_phrases"].text()


def test_contacts_table_keeps_name_and_link(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog]
) -> None:
    dialog = open_dialog()
    editor = dialog.editors["contacts"]
    assert isinstance(editor, ContactsEditor)
    change_contacts(qtbot, editor)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # a blank row is ignored
    assert [(c.name, c.link) for c in editor.value()] == [("Sam (peer support)", "+1 555 0100")]
    assert editor.problem() is None
    editor.table.setCurrentCell(0, 0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.value() == ()


def test_a_contact_without_a_name_is_refused(qtbot: QtBot) -> None:
    editor = ContactsEditor(FIELDS_BY_NAME["contacts"])
    qtbot.addWidget(editor)
    editor.add_row()
    editor.table.item(0, 1).setText("https://example.org/support")
    assert editor.problem() == "Contact 1: the name must be 1 to 60 characters."


def test_hours_editor_turns_a_day_off_and_on(qtbot: QtBot) -> None:
    editor = HoursEditor(FIELDS_BY_NAME["hours_sat"])
    qtbot.addWidget(editor)
    editor.set_value("")
    assert not editor.start.isEnabled()
    assert editor.value() == ""
    qtbot.keyClick(editor.working, Qt.Key.Key_Space)
    assert editor.start.isEnabled()
    assert editor.value() == "08:00-18:00"


# --- buttons ----------------------------------------------------------------------------------


def test_cancel_saves_nothing(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog], store: SettingsStore
) -> None:
    dialog = open_dialog()
    before = store.path.read_bytes()
    change_int(qtbot, dialog.editors["work_minutes"])
    change_text_list(qtbot, dialog.editors["kind_phrases"])
    with qtbot.assertNotEmitted(dialog.applied):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert store.path.read_bytes() == before


def test_apply_saves_and_keeps_the_dialog_open(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog], store: SettingsStore
) -> None:
    dialog = open_dialog()
    change_int(qtbot, dialog.editors["work_minutes"])
    with qtbot.waitSignal(dialog.applied):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert store.load().settings.work_minutes == 240


def test_restore_defaults_asks_first_and_saves_only_on_ok(
    qtbot: QtBot,
    open_dialog: Callable[[], SettingsDialog],
    store: SettingsStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.site_path.write_text('theme = "dark"\n')  # type: ignore[union-attr]
    store.save(Settings(work_minutes=30, kind_phrases=("Mine",), theme="light"))
    dialog = open_dialog()
    before = store.path.read_bytes()
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(_parent: QWidget, title: str, *_args: object) -> Any:
            asked.append(title)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked == ["Restore defaults?"]
    assert dialog.editors["work_minutes"].value() == 30

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert dialog.editors["work_minutes"].value() == 60
    assert dialog.editors["kind_phrases"].value() == ()
    assert dialog.editors["theme"].value() == "dark"  # the organisation's default
    assert store.path.read_bytes() == before  # not saved yet
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    reread = store.load()
    assert reread.settings == Settings(theme="dark")
    assert reread.sources["theme"] == "site"


def test_values_from_the_organisation_are_marked(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog], store: SettingsStore
) -> None:
    store.site_path.write_text("work_minutes = 45\n")  # type: ignore[union-attr]
    dialog = open_dialog()
    mark = dialog.site_marks["work_minutes"]
    assert mark.isVisible()
    assert mark.text() == SITE_NOTE
    assert str(store.site_path) in mark.toolTip()
    assert not dialog.site_marks["later_minutes"].isVisible()
    dialog.editors["work_minutes"].set_value(50)
    assert not mark.isVisible()
    dialog.editors["work_minutes"].set_value(45)
    assert mark.isVisible()


def test_a_file_that_must_not_be_written_is_explained_and_left_alone(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog], store: SettingsStore
) -> None:
    store.directory.mkdir()
    store.path.write_text("schema_version = 99\n")
    dialog = open_dialog()
    assert dialog.banner.isVisible()
    assert "Changes cannot be saved" in dialog.banner.text()
    assert "newer version" in dialog.banner.text()
    assert not dialog.ok_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    change_int(qtbot, dialog.editors["work_minutes"])
    assert not dialog.ok_button.isEnabled()
    assert dialog.save() is False
    assert store.path.read_text() == "schema_version = 99\n"


# --- start at login ----------------------------------------------------------------------------


def test_start_at_login_reflects_the_file_and_writes_it(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog], autostart: XdgAutostart
) -> None:
    dialog = open_dialog()
    assert dialog.autostart_check is not None
    assert not dialog.autostart_check.isChecked()
    qtbot.keyClick(dialog.autostart_check, Qt.Key.Key_Space)
    assert not autostart.path.exists()  # only on OK / Apply
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert 'Exec="/opt/Steady Pause/bin/steadypause" --autostart' in autostart.path.read_text()

    autostart.path.unlink()  # removed behind the app's back
    again = open_dialog()
    assert not again.autostart_check.isChecked()  # type: ignore[union-attr]
    autostart.enable()
    third = open_dialog()
    assert third.autostart_check.isChecked()  # type: ignore[union-attr]
    qtbot.keyClick(third.autostart_check, Qt.Key.Key_Space)
    qtbot.mouseClick(third.ok_button, Qt.MouseButton.LeftButton)
    assert not autostart.path.exists()


# --- the practice preview, reading order, names and size ------------------------------------


def test_preview_follows_the_breath_fields(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog]
) -> None:
    dialog = open_dialog()
    show_tab(dialog, FIELDS_BY_NAME["breath_in_seconds"])
    preview = dialog.preview
    assert preview is not None
    assert preview.isVisible()
    assert preview.is_running()
    change_float(qtbot, dialog.editors["breath_in_seconds"])
    change_int(qtbot, dialog.editors["breath_cycles"])
    assert (preview.inhale_s, preview.exhale_s, preview.cycles) == (7.5, 6.0, 10)
    change_bool(qtbot, dialog.editors["reduce_motion"])
    assert preview.reduce_motion


def focus_chain(dialog: SettingsDialog) -> list[QWidget]:
    chain: list[QWidget] = []
    widget: QWidget = dialog.tabs
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if widget is dialog.tabs:
            break
        chain.append(widget)
    return chain


def test_tab_order_follows_reading_order(open_dialog: Callable[[], SettingsDialog]) -> None:
    dialog = open_dialog()
    chain = focus_chain(dialog)
    positions = [chain.index(dialog.editors[f.name].focus_widget()) for f in FIELDS]
    assert positions == sorted(positions)
    assert chain.index(dialog.ok_button) > positions[-1]
    for editor in dialog.editors.values():
        if isinstance(editor, TextListEditor):
            order = [
                chain.index(w)
                for w in (
                    editor.list,
                    editor.edit_button,
                    editor.remove_button,
                    editor.up_button,
                    editor.down_button,
                    editor.entry,
                    editor.add_button,
                )
            ]
            assert order == sorted(order), editor.field.name


def test_every_control_has_an_accessible_name(open_dialog: Callable[[], SettingsDialog]) -> None:
    dialog = open_dialog()
    nameless = []
    for widget in dialog.findChildren(QWidget):
        takes_focus = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        inner = (
            widget.parent() is not None
            and widget.parent().focusProxy() is not None
            and widget.parent().focusProxy() is not widget
        )  # a spin box's own line edit
        if (
            takes_focus
            and not inner
            and widget.focusProxy() is None
            and not widget.accessibleName()
            and widget.isVisibleTo(dialog)
        ):
            nameless.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert nameless == []


def test_every_editor_describes_its_setting(open_dialog: Callable[[], SettingsDialog]) -> None:
    dialog = open_dialog()
    for field in FIELDS:
        control = dialog.editors[field.name].focus_widget()
        assert control.accessibleName(), field.name
        assert field.description in control.accessibleDescription(), field.name
        assert control.toolTip(), field.name


def test_fits_a_small_screen_at_200_percent(open_dialog: Callable[[], SettingsDialog]) -> None:
    dialog = open_dialog()
    # 1920x1080 at 200 % leaves 960x540 logical pixels, less a panel.
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 900
    assert hint.height() <= 500
    for page in dialog.tab_pages.values():
        assert page.widgetResizable()


def test_an_editor_exists_for_every_kind() -> None:
    from steadypause.ui.setting_editors import EDITORS

    assert {kind.name for kind in EDITORS} == {
        "int",
        "float",
        "bool",
        "choice",
        "routine",
        "time",
        "hours",
        "text_list",
        "minutes_list",
        "contacts",
        "key_combination",
        "line",
    }
    assert all(issubclass(e, FieldEditor) for e in EDITORS.values())
