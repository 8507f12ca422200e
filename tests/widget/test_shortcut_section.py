"""The Keyboard shortcut section of the settings dialog, on each system, and the Windows
hotkey wired to "pause now"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.routine import Routine
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings, SettingsStore
from steadypause.platform import gnome_shortcut as sc
from steadypause.platform.autostart import XdgAutostart
from steadypause.platform.hotkey import GlobalHotkey
from steadypause.session.controller import Controller
from steadypause.session.desktop_shortcut import DesktopShortcutSetup
from steadypause.session.scheduler_config import scheduler_config
from steadypause.ui import shortcut_section
from steadypause.ui.settings_dialog import SettingsDialog
from steadypause.ui.shortcut_section import ShortcutSection, this_system

PROGRAM = ["/home/sam/.local/bin/steadypause"]
COMMAND = "/home/sam/.local/bin/steadypause pause"
OURS = sc.Custom(f"{sc.CUSTOM_DIR}custom0/", "Steady Pause: pause now", COMMAND, "<Super><Shift>p")


@pytest.mark.parametrize(("platform", "desktop", "system"), [
    ("win32", None, "windows"),
    ("darwin", None, "macos"),
    ("linux", "GNOME", "gnome"),
    ("linux", "ubuntu:GNOME", "gnome"),
    ("linux", "KDE", "kde"),
    ("linux", "XFCE", "linux"),
    ("linux", "", "linux"),
])  # fmt: skip
def test_which_system(platform: str, desktop: str | None, system: str) -> None:
    assert this_system(platform, desktop) == system


def section(qtbot: QtBot, system: str, **kwargs: object) -> ShortcutSection:
    shortcut = DesktopShortcutSetup([*PROGRAM, "pause"], **kwargs)  # type: ignore[arg-type]
    widget = ShortcutSection(system=system, shortcut=shortcut)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_gnome_button_sets_it_up_and_says_so(qtbot: QtBot) -> None:
    asked: list[str] = []

    def setup(binding: str) -> sc.Plan:
        asked.append(binding)
        return sc.Plan(commands=(("set",),), path=f"{sc.CUSTOM_DIR}custom0/")

    widget = section(qtbot, "gnome", setup=setup)
    assert widget.button is not None
    assert widget.outcome is not None
    assert widget.button.text() == "Set up Super+Shift+P"
    assert not widget.outcome.isVisible()
    qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
    assert asked == ["<Super><Shift>p"]
    assert widget.outcome.isVisible()
    assert widget.outcome.text().startswith("Done: Super+Shift+P now opens a pause.")
    assert not widget.uses_hotkey


@pytest.mark.parametrize(("plan", "words"), [
    (sc.Plan(already=OURS), "A shortcut for a pause is already there: Super+Shift+P "
                            "(“Steady Pause: pause now”). It was left as it is."),
    (sc.Plan(taken_custom=sc.Custom("/p/", "Passwords", "keepassxc",
                                                   "<Super><Shift>p")),
     "Super+Shift+P is already used by your custom shortcut “Passwords”, so nothing was "
     "changed."),
    (sc.Plan(taken_builtin="org.gnome.desktop.wm.keybindings move-to-monitor-up"),
     "Super+Shift+P is already used by one of GNOME's own shortcuts "
     "(org.gnome.desktop.wm.keybindings move-to-monitor-up), so nothing was changed."),
])  # fmt: skip
def test_gnome_button_never_overwrites_and_says_why(
    qtbot: QtBot, plan: sc.Plan, words: str
) -> None:
    widget = section(qtbot, "gnome", setup=lambda binding: plan)
    assert widget.set_up().startswith(words)


def test_gnome_button_without_gsettings_says_what_to_do(qtbot: QtBot) -> None:
    def setup(binding: str) -> sc.Plan:
        raise sc.ShortcutError(
            "gsettings is not installed, so GNOME's shortcuts cannot be set from here"
        )

    widget = section(qtbot, "gnome", setup=setup)
    text = widget.set_up()
    assert text.startswith("It could not be set up from here: gsettings is not installed")
    assert "“steadypause pause”" in text
    assert widget.outcome is not None
    assert widget.outcome.text() == text


def test_gnome_button_with_the_real_setup_and_a_fake_gsettings(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    values = {(sc.MEDIA_KEYS, "custom-keybindings"): "@as []"}
    sets: list[list[str]] = []

    def gsettings(args: Sequence[str]) -> str:  # get and set over a dict; no GNOME schemas
        if args[0] == "get":
            return values.get((args[1], args[2]), "''")
        if args[0] == "set":
            sets.append(list(args))
            values[(args[1], args[2])] = args[3]
            return ""
        raise sc.ShortcutError("No such schema")

    monkeypatch.setattr(sc, "gsettings_runner", lambda: gsettings)
    widget = section(qtbot, "gnome")
    assert widget.set_up().startswith("Done: Super+Shift+P now opens a pause.")
    assert len(sets) == 4
    assert sets[-1][-1] == f"['{sc.CUSTOM_DIR}custom0/']"
    assert widget.set_up().startswith("A shortcut for a pause is already there")
    assert len(sets) == 4  # the second click changed nothing


@pytest.mark.parametrize(("system", "words"), [
    ("kde", "System Settings → Shortcuts → Custom Shortcuts"),
    ("linux", "keyboard settings"),
    ("macos", "Shortcuts app"),
])  # fmt: skip
def test_desktops_that_bind_it_themselves_get_the_steps(
    qtbot: QtBot, system: str, words: str
) -> None:
    widget = section(qtbot, system)
    assert words in widget.text.text()
    assert COMMAND in widget.text.text()
    assert widget.button is None
    assert not widget.uses_hotkey


def test_windows_explains_the_hotkey_setting(qtbot: QtBot) -> None:
    widget = section(qtbot, "windows")
    assert widget.uses_hotkey
    assert widget.button is None
    assert "leaves them alone" in widget.text.text()


# --- in the dialog --------------------------------------------------------------------------


def open_dialog(qtbot: QtBot, tmp_path: Path) -> SettingsDialog:
    store = SettingsStore(tmp_path / "user", tmp_path / "site")
    dialog = SettingsDialog(
        store.load(),
        store,
        XdgAutostart(tmp_path / "config", ["/bin/sp"]),
        shortcut=DesktopShortcutSetup(["/bin/sp", "pause"]),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.tab_pages["general"])
    return dialog


def test_on_windows_the_dialog_shows_the_pause_shortcut_field(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shortcut_section, "this_system", lambda: "windows")
    dialog = open_dialog(qtbot, tmp_path)
    editor = dialog.editors["pause_shortcut"]
    assert editor.isVisible()
    assert dialog.shortcut_section.isVisible()
    assert editor.value() == "Ctrl+Alt+Shift+P"
    editor.keys.setFocus()
    qtbot.keyClick(
        editor.keys,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert editor.value() == "Ctrl+Alt+K"
    assert dialog.problems() == {}
    qtbot.keyClick(editor.keys, Qt.Key.Key_K, Qt.KeyboardModifier.ShiftModifier)
    assert "needs Ctrl, Alt or Win" in dialog.problems()["pause_shortcut"]
    assert dialog.problem_labels["pause_shortcut"].isVisible()
    assert not dialog.ok_button.isEnabled()
    editor.keys.clear()  # the clear button: no shortcut
    assert editor.value() == ""
    assert dialog.problems() == {}


def test_elsewhere_the_field_is_hidden_and_its_value_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shortcut_section, "this_system", lambda: "kde")
    dialog = open_dialog(qtbot, tmp_path)
    assert dialog.shortcut_section.isVisible()
    for name in ("label_pause_shortcut", "edit_pause_shortcut", "description_pause_shortcut"):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None, name
        assert not widget.isVisible(), name
    dialog.editors["work_minutes"].set_value(30)
    assert dialog.save()
    assert dialog.values()["pause_shortcut"] == "Ctrl+Alt+Shift+P"


# --- the hotkey opens a pause ---------------------------------------------------------------


class FakeHotkey(GlobalHotkey):
    name = "fake"
    activated = Signal()

    def __init__(self, answer: str | None = None) -> None:
        super().__init__()
        self.registered: list[str] = []
        self.answer = answer
        self.stopped = False

    def register(self, keys: str) -> str | None:
        self.registered.append(keys)
        return self.answer

    def stop(self) -> None:
        self.stopped = True


@pytest.fixture
def controller(qtbot: QtBot, routines: dict[str, Routine], tmp_path: Path) -> Iterator[Controller]:
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    settings = Settings()
    c = Controller(clock, Scheduler(clock, scheduler_config(settings)), settings, routines)
    c.start()
    yield c
    dispose_controller(c)


def test_the_hotkey_opens_a_pause_and_follows_the_setting(
    qtbot: QtBot, controller: Controller
) -> None:
    import dataclasses

    key = FakeHotkey()
    controller.connect_hotkey(key)
    assert key.registered == ["Ctrl+Alt+Shift+P"]
    key.activated.emit()
    assert controller.window == "routine"
    assert controller.status()["last_cue"]["detail"] == "shortcut"
    controller.apply_settings(dataclasses.replace(controller.settings, work_minutes=30))
    assert key.registered == ["Ctrl+Alt+Shift+P"]  # unchanged keys: not registered again
    controller.apply_settings(dataclasses.replace(controller.settings, pause_shortcut=""))
    assert key.registered == ["Ctrl+Alt+Shift+P", ""]


def test_taken_keys_are_told_to_the_person(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(controller, "notify", told.append)
    controller.connect_hotkey(FakeHotkey("Ctrl+Alt+Shift+P is already used by another program"))
    assert told == ["Ctrl+Alt+Shift+P is already used by another program"]
