"""Why a capability has no cue source, as ``status --json`` shows it: each cause once.

Without a session bus, both screensaver services (GNOME's and freedesktop's) fail for the
same reason; the lock's reason used to say it twice."""

from __future__ import annotations

import pytest
from PySide6.QtDBus import QDBusConnection

from steadypause.platform.base import Unavailable, select
from steadypause.platform.linux.session_bus_address import NO_SESSION_BUS, VARIABLE
from steadypause.platform.sources import build_linux


@pytest.fixture
def no_buses(monkeypatch: pytest.MonkeyPatch) -> tuple[QDBusConnection, QDBusConnection]:
    # as forbid_autolaunch leaves the app without a session bus; named connections never
    # opened are not connected
    monkeypatch.setenv(VARIABLE, NO_SESSION_BUS)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return QDBusConnection("polish-no-system-bus"), QDBusConnection("polish-no-session-bus")


def test_without_a_session_bus_the_lock_says_so_once(
    qapp: object, no_buses: tuple[QDBusConnection, QDBusConnection]
) -> None:
    system, session = no_buses
    assert not session.isConnected()
    sources = build_linux(system, session)
    try:
        described = sources.describe()
        lock = described["lock"]
        assert lock.startswith("unavailable: "), described
        assert lock.count("no session bus") == 1, lock
        for capability, text in described.items():
            parts = text.removeprefix("unavailable: ").split("; ")
            assert len(parts) == len(set(parts)), (capability, text)
    finally:
        for source in sources.all():
            source.deleteLater()


def test_different_causes_are_all_kept_in_order(qapp: object) -> None:
    made = [
        lambda: Unavailable("first"),
        lambda: Unavailable("second"),
        lambda: Unavailable("first"),
    ]
    chosen = select("test", made)
    assert chosen.reason == "first; second"
    chosen.deleteLater()
