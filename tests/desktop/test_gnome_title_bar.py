"""The title bars Qt draws on GNOME under Wayland take the app's colours (ADR 018), seen in
the real compositor's screenshots: with the desktop's scheme from a portal Settings stand-in
(portal_settings.py) and the app's own theme setting over it (chosen in Settings by keyboard),
both changed while the windows are open."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from gnome_shell import (
    APP_SETTINGS,
    KEY_LEFTALT,
    KEY_TAB,
    KEYCODES,
    App,
    GnomeShell,
    RemoteInput,
    wait_until,
)
from portal_settings import PortalSettings, look_rows

KEY_UP = 103  # evdev
TITLE_ROWS = 30  # a title bar is 37 rows high at 100 %


@pytest.fixture
def portal(gnome: GnomeShell) -> Iterator[Callable[[str], PortalSettings]]:
    """The portal stand-in with a colour scheme, ended after the test (the other scenarios
    run without a portal, as the bed always has)."""
    started: list[PortalSettings] = []

    def start(scheme: str) -> PortalSettings:
        started.append(PortalSettings(gnome, scheme))
        return started[-1]

    yield start
    for one in started:
        one.stop()


@pytest.fixture(autouse=True)
def no_tray(gnome: GnomeShell) -> None:
    """Without a tray the app opens its status window at once: a window to look at."""
    gnome.set_extension(False)


def wait_for_look(gnome: GnomeShell, shots: Path, look: str, what: str) -> dict[str, int]:
    """Screenshots until the app's windows and their title bars are all ``look``."""
    other = "light" if look == "dark" else "dark"
    seen: dict[str, int] = {}
    taken = iter(range(1000))

    def matches() -> bool:
        path = gnome.screenshot(shots / f"{what}-{next(taken)}.png")
        seen.update(look_rows(path))
        return (
            seen[f"{look} bar"] >= TITLE_ROWS
            and seen[f"{look} window"] > 0
            and seen[f"{other} bar"] == 0
            and seen[f"{other} window"] == 0
        )

    try:
        wait_until(matches, 15, f"{what}: {look} title bars", every=0.5)
    except Exception as error:
        raise AssertionError(f"{what}: rows seen {seen} (screenshots in {shots})") from error
    return seen


def test_the_title_bar_follows_the_desktops_scheme_from_the_portal(
    gnome: GnomeShell,
    portal: Callable[[str], PortalSettings],
    start_app: Callable[..., App],
    tmp_path: Path,
) -> None:
    desktop = portal("dark")
    app = start_app(APP_SETTINGS + 'theme = "system"\n')
    assert app.command("status")["window"] == "closed"
    wait_for_look(gnome, tmp_path, "dark", "system dark")
    desktop.set("light")  # GNOME Settings > Appearance > Light, with the window open
    wait_for_look(gnome, tmp_path, "light", "changed to light")
    desktop.set("dark")
    wait_for_look(gnome, tmp_path, "dark", "changed back to dark")


def test_the_apps_own_theme_wins_over_the_desktops_in_the_title_bar(
    gnome: GnomeShell,
    portal: Callable[[str], PortalSettings],
    start_app: Callable[..., App],
    remote_input: RemoteInput,
    tmp_path: Path,
) -> None:
    desktop = portal("light")
    app = start_app(APP_SETTINGS + 'theme = "dark"\n')
    wait_for_look(gnome, tmp_path, "dark", "app dark on a light desktop")
    # A window opened later starts from the portal's answer: it is told again.
    app.command("pause")
    app.wait_for(lambda s: s["window"] != "closed", 10, "the pause window")
    wait_for_look(gnome, tmp_path, "dark", "the pause too")  # on top, with the focus
    # The desktop's change reaches the title bars; the app's setting still wins.
    desktop.set("dark")
    desktop.set("light")
    wait_for_look(gnome, tmp_path, "dark", "the desktop changed under the app's dark")
    # The theme setting changed in Settings while the windows are open: General, Colours
    # (Tab, Tab from where the dialog opens), one up (Dark -> Light), OK (Alt+O).
    settings = app.home / "config/steadypause/settings.toml"
    choose_colours(app, remote_input, settings, "light")
    wait_for_look(gnome, tmp_path, "light", "the app set to light")
    desktop.set("dark")
    wait_for_look(gnome, tmp_path, "light", "the desktop dark under the app's light")
    choose_colours(app, remote_input, settings, "system")  # one more up: Light -> System
    wait_for_look(gnome, tmp_path, "dark", "back to the desktop's")


def choose_colours(app: App, keys: RemoteInput, settings: Path, wanted: str) -> None:
    app.command("open-settings", {"tab": "general"})
    time.sleep(1)  # mapped, and focused
    for code in (KEY_TAB, KEY_TAB, KEY_UP):
        keys.key(code)
        time.sleep(0.2)
    keys.chord(KEY_LEFTALT, KEYCODES["o"])
    wait_until(
        lambda: f'theme = "{wanted}"' in settings.read_text(encoding="utf-8"),
        10,
        f"Settings to save the colours {wanted}",
    )


def test_without_a_portal_the_apps_dark_still_reaches_the_title_bar(
    gnome: GnomeShell, start_app: Callable[..., App], tmp_path: Path
) -> None:
    start_app(APP_SETTINGS + 'theme = "dark"\n')
    wait_for_look(gnome, tmp_path, "dark", "no portal, app dark")
