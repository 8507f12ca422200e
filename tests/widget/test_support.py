"""Getting help: three sections by keyboard, crisis lines, the person's own contacts as links
that open with the desktop's handler."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause.core.settings import Contact
from steadypause.ui.support import SupportDialog


class Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def open_dialog(
    qtbot: QtBot,
    contacts: tuple[Contact, ...] = (),
    *,
    region_setting: str = "system",
    territory: str = "",
) -> SupportDialog:
    """Getting help for a desktop locale of ``territory`` ("": one naming no territory)."""
    dialog = SupportDialog(contacts, region_setting=region_setting, territory=territory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_three_sections_reached_by_keyboard(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["&Get help", "&Learn", "&Fit and limits"]
    dialog.browsers[0].setFocus()
    qtbot.keyClick(dialog.browsers[0], Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 2
    for w in [*dialog.browsers, dialog.tabs, dialog.tabs.tabBar(), dialog.close_button]:
        assert w.accessibleName(), w.objectName()
        assert w.accessibleDescription(), w.objectName()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_help_names_the_crisis_lines_and_the_order_of_steps(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, territory="US")
    help_text = dialog.browsers[0].toPlainText()
    assert "not treatment" in help_text
    assert "your local emergency number" in help_text
    assert "988 Suicide & Crisis Lifeline: 988, day and night." in help_text
    assert "Call your local emergency number: 911." in help_text
    steps = [
        "stop the self-help",
        "Tell someone",
        "Contact a therapist",
        "call your local emergency number or a crisis line",
        "Come back to this practice",
    ]
    positions = [help_text.index(s) for s in steps]
    assert positions == sorted(positions)
    for sign in (
        "harming yourself",
        "panic",
        "drug use",
        "no sleep",
        "traumatic",
        "no longer safe",
        "harassment",
        "dangerous staffing",
    ):
        assert sign in help_text


def test_learn_and_fit_sections(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    learn = dialog.browsers[1].toPlainText()
    for term in ("Compassion fatigue", "Burnout", "Vicarious trauma"):
        assert term in learn
    assert learn.count("What this practice can do") == 3
    assert learn.count("What it cannot do") == 3
    fit = dialog.browsers[2].toPlainText()
    for group in (
        "Healthcare workers",
        "Caregivers",
        "Teachers",
        "Social workers",
        "Managers",
        "Overwhelmed beginners",
    ):
        assert group in fit
    assert "moves the responsibility for the workload onto the people carrying it" in fit


def test_without_contacts_it_says_where_to_add_them(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    text = dialog.browsers[0].toPlainText()
    assert "You have not added anyone yet." in text
    assert "Settings → Support contacts" in text


def test_own_contacts_are_links_and_open_with_the_desktop_handler(qtbot: QtBot) -> None:
    contacts = (
        Contact("Dr <Lee> & co", "+1 (555) 010-0"),
        Contact("Employee assistance", "https://eap.example.org/call"),
    )
    dialog = open_dialog(qtbot, contacts)
    browser = dialog.browsers[0]
    html = browser.toHtml()
    assert 'href="tel:+15550100"' in html
    assert 'href="https://eap.example.org/call"' in html
    assert "Dr &lt;Lee&gt; &amp; co" in html  # names are text, never markup
    assert "Settings → Support contacts" in browser.toPlainText()
    catcher = Catcher()
    QDesktopServices.setUrlHandler("tel", catcher, "open")
    try:
        # Keyboard alone: Tab moves through the links, Enter opens the focused one.
        browser.setFocus()
        opened: list[str] = []
        for _ in range(6):
            qtbot.keyClick(browser, Qt.Key.Key_Tab)
            cursor = browser.textCursor()
            if cursor.hasSelection() and cursor.charFormat().anchorHref() == "tel:+15550100":
                qtbot.keyClick(browser, Qt.Key.Key_Return)
                opened = catcher.urls
                break
        assert opened == ["tel:+15550100"]
    finally:
        QDesktopServices.unsetUrlHandler("tel")


def shown_numbers(dialog: SupportDialog) -> list[str]:
    """The tel: links of the Get help section, in order."""
    return re.findall(r'href="(tel:[^"]*)"', dialog.browsers[0].toHtml())


def test_the_regions_lines_come_first_then_the_emergency_number_then_own_contacts(
    qtbot: QtBot,
) -> None:
    dialog = open_dialog(qtbot, (Contact("Dr Lee", "+44 20 7946 0000"),), territory="GB")
    assert dialog.region is not None
    assert dialog.region.code == "GB"
    text = dialog.browsers[0].toPlainText()
    order = [
        "Samaritans: 116 123, day and night.",
        "Call your local emergency number: 999.",
        "Crisis lines for United Kingdom.",
        "Settings → Support contacts",
        "Dr Lee",
    ]
    positions = [text.index(s) for s in order]
    assert positions == sorted(positions)
    assert shown_numbers(dialog) == ["tel:116123", "tel:999", "tel:+442079460000"]
    assert "988" not in text  # another region's line is not shown


def test_the_setting_chooses_a_region_over_the_locale_and_every_number_dials(
    qtbot: QtBot,
) -> None:
    dialog = open_dialog(qtbot, region_setting="DE", territory="GB")
    text = dialog.browsers[0].toPlainText()
    assert "TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222, day and night." in text
    assert "Crisis lines for Germany." in text
    assert "Samaritans" not in text
    assert shown_numbers(dialog) == ["tel:08001110111", "tel:08001110222", "tel:112"]


def test_a_line_whose_source_gives_no_hours_says_none(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, territory="IE")
    text = dialog.browsers[0].toPlainText()
    assert "Samaritans: 116 123." in text
    assert "day and night" not in text
    # No emergency number was checked for Ireland: the sentence names none.
    assert "Call your local emergency number." in text
    assert shown_numbers(dialog) == ["tel:116123"]
    assert "Crisis lines for Ireland." in text


@pytest.mark.parametrize(
    ("region_setting", "territory"),
    [("none", "GB"), ("system", "FR"), ("system", "")],
    ids=["setting-none", "territory-without-entry", "locale-without-territory"],
)
def test_without_a_region_only_the_emergency_number_is_shown(
    qtbot: QtBot, region_setting: str, territory: str
) -> None:
    dialog = open_dialog(qtbot, region_setting=region_setting, territory=territory)
    assert dialog.region is None
    text = dialog.browsers[0].toPlainText()
    assert "Call your local emergency number." in text
    assert "Crisis lines for" not in text
    assert "You can choose whose crisis lines are shown in Settings → Support contacts." in text
    assert shown_numbers(dialog) == []
    for number in ("988", "116 123", "13 11 14", "1737", "0800", "999", "911", "112", "000"):
        assert number not in text
