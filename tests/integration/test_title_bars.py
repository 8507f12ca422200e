"""ui/title_bars.py against a python-dbusmock stand-in for the XDG desktop portal's Settings
on a private session bus: the desktop's colour scheme read and followed, and the app's own
told to this process's title bars alone (ADR 018). The listeners below connect as Qt's
adwaita decoration does: to SettingChanged from any sender."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

dbus = pytest.importorskip("dbus", reason="python-dbusmock needs dbus-python")

from dbusmock import MOCK_IFACE  # noqa: E402
from dbusmock.testcase import BusType, PrivateDBus, SpawnedMock  # noqa: E402
from PySide6.QtCore import SLOT, QObject, Slot  # noqa: E402
from PySide6.QtDBus import QDBusConnection, QDBusVariant  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from steadypause.ui import title_bars  # noqa: E402
from steadypause.ui.title_bars import TitleBars, drawn_by_qt_adwaita, scheme_of  # noqa: E402
from support.qt_bus import qt_connection  # noqa: E402

pytestmark = pytest.mark.slow
SETTINGS = title_bars.SETTINGS


def connect(bus: PrivateDBus) -> QDBusConnection:
    return qt_connection(bus.address, "sp-title-bars")


@pytest.fixture
def portal(session_bus: PrivateDBus) -> Iterator[SpawnedMock]:
    """The portal's Settings, light to start with; Read wraps the value twice, as it does."""
    mock = SpawnedMock.spawn_for_name(
        title_bars.PORTAL, title_bars.PORTAL_PATH, SETTINGS, BusType.SESSION
    )
    mock.obj.AddMethod(
        SETTINGS, "Read", "ss", "v", "ret = dbus.UInt32(self.scheme, variant_level=1)"
    )
    mock.obj.AddMethod(MOCK_IFACE, "Keep", "u", "", "self.scheme = args[0]")
    set_scheme(mock, 2, announce=False)
    yield mock
    mock.terminate()


def set_scheme(mock: SpawnedMock, value: int, announce: bool = True) -> None:
    mock.obj.Keep(dbus.UInt32(value), dbus_interface=MOCK_IFACE)
    if announce:
        mock.obj.EmitSignal(
            SETTINGS,
            "SettingChanged",
            "ssv",
            [title_bars.APPEARANCE, title_bars.COLOR_SCHEME, dbus.UInt32(value, variant_level=1)],
            dbus_interface=MOCK_IFACE,
        )


class Decoration(QObject):
    """What a title bar of Qt's hears: SettingChanged, from anyone."""

    def __init__(self, conn: QDBusConnection) -> None:
        super().__init__()
        self.heard: list[tuple[str, str, object]] = []
        assert conn.connect(
            "",
            title_bars.PORTAL_PATH,
            SETTINGS,
            "SettingChanged",
            self,  # type: ignore[call-overload]
            SLOT("changed(QString,QString,QDBusVariant)"),
        )

    @Slot(str, str, QDBusVariant)
    def changed(self, group: str, key: str, value: QDBusVariant) -> None:
        self.heard.append((group, key, scheme_of(value)))


def test_the_desktops_scheme_is_read_and_followed_from_the_portal_alone(
    session_bus: PrivateDBus, portal: SpawnedMock, qtbot: QtBot
) -> None:
    conn = connect(session_bus)
    bars = TitleBars(conn, conn.baseService())
    qtbot.waitUntil(lambda: bars.system_scheme() == "light", timeout=5000)
    with qtbot.waitSignal(bars.systemChanged, timeout=5000):
        set_scheme(portal, 1)
    assert bars.system_scheme() == "dark"
    # A SettingChanged from another sender (as the ones this module sends) is not the desktop.
    other = connect(session_bus)
    delivered = Decoration(conn)
    signal = title_bars.QDBusMessage.createTargetedSignal(
        conn.baseService(), title_bars.PORTAL_PATH, SETTINGS, "SettingChanged"
    )
    signal.setArguments([title_bars.APPEARANCE, title_bars.COLOR_SCHEME, QDBusVariant(2)])
    assert other.send(signal)
    qtbot.waitUntil(lambda: bool(delivered.heard), timeout=5000)
    assert bars.system_scheme() == "dark"
    with qtbot.waitSignal(bars.systemChanged, timeout=5000):
        set_scheme(portal, 0)  # no preference
    assert bars.system_scheme() is None


def test_the_apps_scheme_is_told_to_its_own_title_bars_only(
    session_bus: PrivateDBus, portal: SpawnedMock, qtbot: QtBot
) -> None:
    conn = connect(session_bus)
    ours = Decoration(conn)
    someone_elses = Decoration(connect(session_bus))
    bars = TitleBars(conn, conn.baseService())
    qtbot.waitUntil(lambda: bars.system_scheme() == "light", timeout=5000)

    bars.show_scheme("light")  # as the desktop: the title bars follow the portal themselves
    qtbot.wait(300)
    assert ours.heard == []

    bars.show_scheme("dark")
    qtbot.waitUntil(lambda: bool(ours.heard), timeout=5000)
    assert ours.heard == [(title_bars.APPEARANCE, title_bars.COLOR_SCHEME, "dark")]
    # A window that gets the focus is told again; so are they all after the desktop's change.
    bars.window_focused(title_bars.QWindow())
    qtbot.waitUntil(lambda: len(ours.heard) == 2, timeout=5000)
    set_scheme(portal, 1)  # the desktop dark too: nothing to tell
    set_scheme(portal, 2)  # and light again: the title bars follow it, then are told dark
    qtbot.waitUntil(lambda: len(ours.heard) == 5, timeout=5000)
    assert [s for *_, s in ours.heard] == ["dark", "dark", "dark", "light", "dark"]
    # Back to the desktop's light: told once more, so nothing is left of the dark.
    bars.show_scheme("light")
    qtbot.waitUntil(lambda: len(ours.heard) == 6, timeout=5000)
    assert ours.heard[-1][2] == "light"
    # Someone else's title bars heard only the portal's own announcements.
    assert [scheme for *_, scheme in someone_elses.heard] == ["dark", "light"]


def test_without_a_portal_the_title_bars_are_light_until_told(
    session_bus: PrivateDBus, qtbot: QtBot
) -> None:
    conn = connect(session_bus)
    ours = Decoration(conn)
    bars = TitleBars(conn, conn.baseService())
    bars.show_scheme("light")
    qtbot.wait(300)
    assert ours.heard == []
    assert bars.system_scheme() is None
    bars.show_scheme("dark")
    qtbot.waitUntil(lambda: [s for *_, s in ours.heard] == ["dark"], timeout=5000)
    # Qt's platform theme heard it too: "system" is what Qt said before (light, offscreen).
    assert bars.system_scheme() == "light"


@pytest.mark.parametrize(
    ("platform", "env", "drawn"),
    [
        ("wayland", {"XDG_CURRENT_DESKTOP": "GNOME"}, True),
        ("wayland", {"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, True),
        ("wayland", {"DESKTOP_SESSION": "gnome"}, True),
        ("wayland", {"XDG_CURRENT_DESKTOP": "KDE"}, False),
        ("wayland", {"XDG_CURRENT_DESKTOP": "KDE", "QT_WAYLAND_DECORATION": "adwaita"}, True),
        ("wayland", {"XDG_CURRENT_DESKTOP": "GNOME", "QT_WAYLAND_DECORATION": "bradient"}, False),
        (
            "wayland",
            {"XDG_CURRENT_DESKTOP": "GNOME", "QT_WAYLAND_DISABLE_WINDOWDECORATION": "1"},
            False,
        ),
        ("xcb", {"XDG_CURRENT_DESKTOP": "GNOME"}, False),
        ("offscreen", {"XDG_CURRENT_DESKTOP": "GNOME"}, False),
    ],
)
def test_only_qts_own_adwaita_title_bars_are_told(
    platform: str, env: dict[str, str], drawn: bool
) -> None:
    assert drawn_by_qt_adwaita(platform, env) is drawn
