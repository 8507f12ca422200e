"""A virtual environment at a neutral path for scripts/screenshots, made from the running one.

usage: python scripts/lib/screenshot_venv.py DEST [--without-sound]

Run it with the interpreter of the environment the screenshots would use (.venv or
.venv-test). DEST becomes a real virtual environment (its own bin/python and
site-packages) whose site-packages links each package of the running environment, so
nothing is downloaded or copied; its bin/steadypause is the script a pip install writes.
The app run from DEST shows ``DEST/bin/steadypause pause`` as the command to bind to keys
(platform/autostart.py: the script beside the interpreter), not the checkout's own path.

--without-sound leaves out every file that only PySide6-Addons installs (QtMultimedia and
QtTextToSpeech among them, which the extra ``steadypause[sound]`` brings): in DEST the extra
is really missing, as after ``pip install steadypause``. Either way DEST is checked at the
end with the app's own test (platform/sound: ``installed()``).

DEST is replaced on every run, but only when this script made it (a marker file says so).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

MARKER = ".steadypause-screenshot-venv"
ADDONS = "pyside6_addons"
ESSENTIALS = "pyside6_essentials"
CONSOLE_SCRIPT = """#!{python}
# -*- coding: utf-8 -*-
import re
import sys
from steadypause.cli.entry import main
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit(main())
"""
CHECK = "from steadypause.platform import sound; print(sound.installed())"


def dist_info(site: Path, project: str) -> Path | None:
    found = [p for p in site.glob("*.dist-info") if p.name.lower().startswith(project + "-")]
    return found[0] if found else None


def recorded(info: Path | None) -> set[str]:
    """The files a distribution installed, relative to site-packages."""
    if info is None:
        return set()
    with (info / "RECORD").open(newline="", encoding="utf-8") as f:
        return {os.path.normpath(row[0]) for row in csv.reader(f) if row}


def link_tree(source: Path, dest: Path, site: Path, skip: set[str]) -> None:
    """Mirror ``source`` in ``dest``: real folders, each file a link, none of ``skip``."""
    dest.mkdir()
    for entry in sorted(source.iterdir()):
        if str(entry.relative_to(site)) in skip:
            continue
        if entry.is_dir() and not entry.is_symlink():
            link_tree(entry, dest / entry.name, site, skip)
        else:
            (dest / entry.name).symlink_to(entry)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--without-sound", action="store_true")
    options = parser.parse_args()
    dest: Path = options.dest.absolute()
    if sys.prefix == sys.base_prefix:
        sys.exit("screenshot_venv: run this with a virtual environment's python")
    if dest.exists():
        if not (dest / MARKER).is_file():
            sys.exit(f"screenshot_venv: {dest} exists and was not made by this script")
        shutil.rmtree(dest)

    site = Path(sysconfig.get_paths()["purelib"])
    skip: set[str] = set()
    if options.without_sound:
        addons = dist_info(site, ADDONS)
        if addons is not None:
            skip = recorded(addons) - recorded(dist_info(site, ESSENTIALS))
            skip.add(addons.name)
    # the folders that hold a skipped file: mirrored file by file, the rest linked whole
    partial = {str(Path(p).parents[-2]) for p in skip if len(Path(p).parts) > 1}

    venv.EnvBuilder(symlinks=True, with_pip=False).create(dest)
    (dest / MARKER).write_text("made by scripts/lib/screenshot_venv.py\n", encoding="utf-8")
    python = dest / "bin" / "python"
    dest_site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    for entry in sorted(site.iterdir()):
        if entry.name in skip:
            continue
        if entry.name in partial:
            link_tree(entry, dest_site / entry.name, site, skip)
        else:
            (dest_site / entry.name).symlink_to(entry)
    script = dest / "bin" / "steadypause"
    script.write_text(CONSOLE_SCRIPT.format(python=python), encoding="utf-8")
    script.chmod(0o755)

    has_sound = subprocess.run(
        [python, "-c", CHECK], capture_output=True, text=True, check=True
    ).stdout.strip()
    wanted = str(not options.without_sound)
    if has_sound != wanted:
        sys.exit(f"screenshot_venv: in {dest} the sound extra is installed: {has_sound}")
    print(dest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
