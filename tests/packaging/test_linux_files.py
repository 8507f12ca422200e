"""The Linux desktop files in packaging/linux: valid for the desktop's own validators."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from steadypause import APP_ID, DISPLAY_NAME, __version__
from steadypause.core.resource_files import resource
from steadypause.core.routine_library import RoutineLibrary

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt: {package}; scripts/run-tests installs it)")
    return path


def test_desktop_file_validate_is_clean() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    # It prints nothing at all for a clean file; hints and warnings are output too.
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_appstreamcli_validate_is_clean() -> None:
    tool = _tool("appstreamcli", "appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    # Errors, warnings and infos are lines starting with E:, W:, I:; none may appear.
    # (Pedantic remarks are only counted here, e.g. that the id has capital letters,
    # which the reverse-DNS id of a desktop app does by convention.)
    flagged = [line for line in output.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert flagged == []


def _desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def test_the_desktop_entry_starts_the_app_and_offers_pause_now_and_every_routine() -> None:
    entry = _desktop_entry()
    main = entry["Desktop Entry"]
    assert main["Name"] == DISPLAY_NAME
    assert main["Exec"] == "steadypause"
    assert main["Icon"] == APP_ID
    english = RoutineLibrary(None, look_up=lambda context, text: text).routines
    spanish = RoutineLibrary(None, look_up=_spanish()).routines
    assert main["Actions"].rstrip(";").split(";") == [
        "pause-now",
        *(f"routine-{rid}" for rid in english),
    ]
    action = entry["Desktop Action pause-now"]
    assert action["Name"] == "Pause now"
    assert action["Exec"] == "steadypause pause"
    for rid, routine in english.items():
        action = entry[f"Desktop Action routine-{rid}"]
        assert action["Name"] == routine.title
        assert action["Name[es]"] == spanish[rid].title != routine.title
        assert action["Exec"] == f"steadypause pause {rid}"


def _spanish() -> Callable[[str, str], str]:
    """The Spanish catalogue's lookup (the one the app installs), without an application."""
    translator = QTranslator()
    assert translator.load(str(resource("translations") / "steadypause_es.qm"))
    return lambda context, text: translator.translate(context, text) or text


def test_the_metainfo_names_the_desktop_entry_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("content_rating").get("type", "").startswith("oars-")
    releases = [r.get("version") for r in root.iter("release")]
    assert __version__ in releases
    assert root.findtext("project_license") == "GPL-3.0-or-later"


def test_every_screenshot_is_a_file_in_docs_screenshots() -> None:
    images = [e.text for e in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        name = url.rsplit("/docs/screenshots/", 1)[1]
        assert (REPO / "docs" / "screenshots" / name).is_file(), url


def test_hicolor_icons_are_there_for_every_size() -> None:
    hicolor = LINUX / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        # The IHDR chunk holds the width and height as big-endian 32-bit numbers.
        assert int.from_bytes(data[16:20], "big") == size
        assert int.from_bytes(data[20:24], "big") == size


@pytest.mark.slow
def test_the_committed_icons_match_the_app_icon() -> None:
    """render-icons.py --check: the PNGs are what Qt draws from the current SVG."""
    done = subprocess.run(
        [sys.executable, str(LINUX / "render-icons.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
