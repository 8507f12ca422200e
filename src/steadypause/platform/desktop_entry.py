"""``steadypause --install-desktop-entry`` / ``--remove-desktop-entry`` for pip/pipx installs.

A distribution package or Flatpak puts the launcher entry and icons into the system's
data dirs. Someone who installed with pip or pipx has neither, so this writes them for
one user, under ``$XDG_DATA_HOME`` (``~/.local/share``):

- ``applications/<app id>.desktop``: the entry from packaging/linux with every ``Exec``
  pointing at this installation's ``steadypause`` by absolute path (a launcher's PATH
  may not hold ~/.local/bin), and the marker key ``X-SteadyPause-Installed=true``. Its
  actions (the launcher's right-click menu) are *Pause now* and one ``routine-<id>`` per
  built-in routine, running ``steadypause pause <id>`` (tests/packaging checks they match
  the routines and their Spanish titles);
- ``icons/hicolor/<size>/apps/<app id>.{png,svg}``.

A file that is not ours is never overwritten or removed: an entry is ours when it has the
marker; an icon when our entry is there, or it is byte for byte the one we ship.

Where desktops look for the entry (and whether one is installed) is launcher_entry.py.

The files come from the package (``steadypause/resources/desktop``, put into the wheel
from packaging/linux by pyproject.toml); in a source checkout (an editable install) from
packaging/linux itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from steadypause import APP_ID
from steadypause.core.files import replaced_atomically
from steadypause.core.i18n import translate
from steadypause.platform.autostart import exec_quote, program_command
from steadypause.platform.launcher_entry import DESKTOP_NAME
from steadypause.platform.launcher_entry import data_home as data_home  # the commands' too

MARKER_KEY = "X-SteadyPause-Installed"
MARKER = f"{MARKER_KEY}=true"


class DesktopInstallError(Exception):
    """Something the person has to know about; the message says what and where."""


@dataclass
class Report:
    """What an install or removal did.

    ``entry`` and ``icons`` are the files written or removed (the command line words the
    sentences in the person's language); ``left_alone`` lines are sentences already.
    """

    left_alone: list[str] = field(default_factory=list)
    entry: Path | None = None  # the launcher entry written or removed
    icons: list[Path] = field(default_factory=list)  # the icons written or removed

    @property
    def changed(self) -> bool:
        return self.entry is not None or bool(self.icons)


def shipped_files() -> Traversable:
    """The folder with the .desktop file and ``icons/hicolor``, installed or in a checkout."""
    packaged = resources.files("steadypause") / "resources" / "desktop"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "packaging" / "linux"
    if (checkout / DESKTOP_NAME).is_file():
        return checkout
    raise DesktopInstallError(
        translate(
            "Cli",
            "this installation of Steady Pause has no desktop files "
            "(steadypause/resources/desktop is missing from the package)",
        )
    )


def _icons(source: Traversable) -> list[tuple[str, bytes]]:
    """(path relative to the data home, content) for every shipped hicolor icon."""
    found = []
    hicolor = source / "icons" / "hicolor"
    for size_dir in sorted(hicolor.iterdir(), key=lambda t: t.name):
        apps = size_dir / "apps"
        if not apps.is_dir():
            continue
        for item in sorted(apps.iterdir(), key=lambda t: t.name):
            if item.name.startswith(APP_ID + "."):
                found.append((f"icons/hicolor/{size_dir.name}/apps/{item.name}", item.read_bytes()))
    return found


def render_entry(template: str, command: Sequence[str]) -> str:
    """The shipped entry with ``Exec=steadypause ...`` running ``command`` instead.

    ``command`` is this installation's program (see ``program_command``), quoted per
    the Desktop Entry spec; the marker key goes right after the group header.
    """
    program = " ".join(exec_quote(arg) for arg in command)
    lines = []
    for line in template.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() == "Exec":  # i18n-exempt: a Desktop Entry key
            words = value.strip().split(" ")
            if words[0] != "steadypause":
                raise DesktopInstallError(
                    translate("Cli", "unexpected Exec line in the shipped entry: {line}").format(
                        line=line
                    )
                )
            line = " ".join(["Exec=" + program, *words[1:]])
        elif sep and key.strip() == MARKER_KEY:
            continue
        lines.append(line)
        if line.strip() == "[Desktop Entry]":  # i18n-exempt: a Desktop Entry group
            lines.append(MARKER)
    return "\n".join(lines) + "\n"


def is_ours(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(line.strip().replace(" ", "") == MARKER for line in text.splitlines())


def _write_atomic(path: Path, data: bytes) -> None:
    with replaced_atomically(path, mode=0o644, binary=True) as out:  # launchers read them
        out.write(data)


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def install(home: Path | None = None, command: Sequence[str] | None = None) -> Report:
    """Write (or update) the entry and the icons. Raises DesktopInstallError."""
    home = home if home is not None else data_home()
    command = list(command) if command is not None else program_command()
    source = shipped_files()
    entry_path = home / "applications" / DESKTOP_NAME
    if entry_path.exists() and not is_ours(entry_path):
        raise DesktopInstallError(
            translate(
                "Cli",
                "{path} is already there and was not written by Steady Pause (it has no "
                "{marker} line), so it was left as it is. Remove it yourself if you want "
                "this one instead.",
            ).format(path=entry_path, marker=MARKER)
        )
    ours_before = entry_path.exists()
    report = Report()
    try:
        template = (source / DESKTOP_NAME).read_text(encoding="utf-8")
        for relative, data in _icons(source):
            target = home / relative
            if target.exists() and not ours_before and not _same(target, data):
                report.left_alone.append(_not_ours(target))
                continue
            _write_atomic(target, data)
            report.icons.append(target)
        _write_atomic(entry_path, render_entry(template, command).encode("utf-8"))
        report.entry = entry_path
        # Desktops watch these folders; a newer mtime on hicolor tells icon caches too.
        hicolor = home / "icons" / "hicolor"
        if hicolor.is_dir():
            os.utime(hicolor)
    except OSError as exc:
        raise DesktopInstallError(
            translate("Cli", "could not write the desktop files: {reason}").format(reason=exc)
        ) from exc
    return report


def remove(home: Path | None = None) -> Report:
    """Remove what ``install`` wrote, and nothing else. Raises DesktopInstallError."""
    home = home if home is not None else data_home()
    entry_path = home / "applications" / DESKTOP_NAME
    report = Report()
    if not entry_path.exists():
        ours = False
    elif is_ours(entry_path):
        ours = True
    else:
        raise DesktopInstallError(
            translate(
                "Cli",
                "{path} was not written by Steady Pause (it has no {marker} line), so it "
                "was left as it is.",
            ).format(path=entry_path, marker=MARKER)
        )
    try:
        source: Traversable | None = shipped_files()
    except DesktopInstallError:
        source = None
    try:
        if source is not None:
            for relative, data in _icons(source):
                target = home / relative
                if not target.exists():
                    continue
                if ours or _same(target, data):
                    target.unlink()
                    report.icons.append(target)
                else:
                    report.left_alone.append(_not_ours(target))
        if ours:
            entry_path.unlink()
            report.entry = entry_path
    except OSError as exc:
        raise DesktopInstallError(
            translate("Cli", "could not remove the desktop files: {reason}").format(reason=exc)
        ) from exc
    return report


def _not_ours(path: Path) -> str:
    return translate("Cli", "{path} (not written by Steady Pause)").format(path=path)


def supported() -> bool:
    """Launcher entries in the XDG sense exist on Linux and the BSDs, not Windows or macOS."""
    return not (sys.platform.startswith("win") or sys.platform == "darwin")
