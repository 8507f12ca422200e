"""Shared fixtures: every test runs with its own config, data, state and runtime dirs."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.app_home import welcome_seen

# The tests read the English texts: the language of the desktop running them must not change
# that (Qt reads LANGUAGE first; the language tests pass their own locale). Set before any
# QApplication exists, and inherited by the app processes the tests start.
os.environ["LANGUAGE"] = "en"
# The commands only tests, benchmarks and screenshots use (timer-now, dismiss, show-history,
# open-settings, layout: session/commands.py) are served: by the Controllers built here and
# by the app processes the tests start, which inherit it.
os.environ["STEADYPAUSE_TEST_COMMANDS"] = "1"


@pytest.fixture(autouse=True)
def isolated_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, Path]]:
    """Point platformdirs (XDG) at tmp dirs so no test touches the real user's files."""
    dirs = {}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        path = tmp_path / var.lower()
        path.mkdir()
        monkeypatch.setenv(var, str(path))
        dirs[var] = path
    # An app started from here is not on its first start: no welcome unless a test asks.
    welcome_seen(dirs["XDG_STATE_HOME"])
    # No system-wide settings from the machine running the tests.
    site = tmp_path / "xdg_config_dirs"
    site.mkdir()
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site))
    dirs["XDG_CONFIG_DIRS"] = site
    # Unix socket paths are limited to ~108 bytes: keep the runtime dir short.
    runtime = Path(tempfile.mkdtemp(prefix="sp-rt-", dir="/tmp"))
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    dirs["XDG_RUNTIME_DIR"] = runtime
    yield dirs
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def runtime(isolated_dirs: dict[str, Path]) -> Path:
    """The app's own runtime dir (socket and lock) inside the test's XDG_RUNTIME_DIR."""
    return isolated_dirs["XDG_RUNTIME_DIR"] / "steadypause"


# --- how many examples Hypothesis tried, printed at the end of every run -----------------

_EXAMPLES = pytest.StashKey[dict[str, int]]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    yield
    stats = getattr(item, "hypothesis_statistics", None)
    if call.when == "call" and isinstance(stats, str):
        import re

        count = sum(int(n) for n in re.findall(r"(\d+) passing", stats))
        item.config.stash.setdefault(_EXAMPLES, {})[item.nodeid] = count


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    counts = config.stash.get(_EXAMPLES, {})
    if not counts:
        return
    terminalreporter.section("hypothesis examples")
    for nodeid, count in counts.items():
        terminalreporter.write_line(f"{count:6d}  {nodeid}")
    terminalreporter.write_line(f"{sum(counts.values()):6d}  in all, {len(counts)} tests")
