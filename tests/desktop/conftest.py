"""Fixtures for the real-desktop tests: a headless GNOME Shell shared by the scenarios.

The shell starts once per test session (under 3 s, about 210 MB) and is stopped, with
everything it started, at the end. Each scenario starts its own app, stand-in editor and
input session on it and ends them (tests/desktop/gnome_shell.py). Without gnome-shell installed, the
scenarios skip and name the packages; scripts/run-tests installs them (scripts/
system-packages.txt, section [test]), so on CI they run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import gnome_shell
import pytest
from gnome_shell import App, Editor, GnomeShell, RemoteInput


@pytest.fixture(scope="session")
def gnome() -> Iterator[GnomeShell]:
    missing = gnome_shell.missing_programs()
    if missing:
        pytest.skip(f"a headless GNOME Shell needs {', '.join(missing)} ({gnome_shell.APT_LINE})")
    with gnome_shell.running_shell() as shell:
        yield shell


@pytest.fixture
def remote_input(gnome: GnomeShell) -> Iterator[RemoteInput]:
    """One RemoteDesktop session for the whole scenario (stopping one moves focus)."""
    with RemoteInput(gnome) as keys:
        yield keys


@pytest.fixture
def start_app(
    gnome: GnomeShell, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., App]]:
    """Start Steady Pause on the shell with settings.toml text; quit and end it after."""
    apps: list[App] = []

    def start(settings: str = gnome_shell.APP_SETTINGS) -> App:
        app = App(gnome, tmp_path / f"app{len(apps)}", settings)
        apps.append(app)
        app.start()
        return app

    yield start
    for app in apps:
        app.stop()
        failed = getattr(request.node, "rep_call", None)
        if failed is not None and failed.failed:
            print(f"--- app log ({app.log_path}) ---\n{app.log_text()[-4000:]}")


@pytest.fixture
def open_editor(gnome: GnomeShell, tmp_path: Path) -> Iterator[Callable[[], Editor]]:
    """Start the stand-in editor and wait until it has keyboard focus; ended after.

    Start the app first: without a tray its status window opens, and takes focus."""
    editors: list[Editor] = []

    def start() -> Editor:
        window = Editor(gnome, tmp_path / f"editor{len(editors)}")
        editors.append(window)
        window.start()
        return window

    yield start
    for window in editors:
        window.stop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.rep_call = report  # type: ignore[attr-defined]
