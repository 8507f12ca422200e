"""Where the app's data files are: routines, tips, icons and compiled translations.

In the repository they live in the top-level ``resources/`` folder, beside ``src/``. A
wheel carries them inside the package as ``steadypause/resources/`` (pyproject.toml's
``force-include``), and the PyInstaller build collects them from the installed package, so
there ``importlib.resources.files("steadypause") / "resources"`` finds them.

A clone or an editable install imports the package straight from ``src/steadypause``,
which holds no ``resources/``: then the folder is the checkout's own ``resources/``, the
sibling of ``src/``. (Hatchling's editable install copies the force-included files into
site-packages/steadypause/resources/, but that folder has no ``__init__.py`` and is not the
package Python imports, so the copy is never read: edits in resources/ show at once.) This
module is the one place that knows both; everything else asks :func:`resource`.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

log = logging.getLogger(__name__)

PACKAGE = "steadypause"
FOLDER = "resources"


def package_folder() -> Path | None:
    """The package's own folder where it is imported from plain files (a checkout, an
    installed wheel): what ``importlib.resources.files`` answers there, found without
    importing ``importlib.resources`` (~4 ms before the tray icon, issue 18). None where
    the package is not plain files (PyInstaller's archive, a zip)."""
    spec = sys.modules[PACKAGE].__spec__
    origin = spec.origin if spec is not None and spec.has_location else None
    if origin is None or Path(origin).name != "__init__.py" or not Path(origin).is_file():
        return None
    return Path(origin).parent


def resource_folder() -> Traversable:
    """The folder holding routines/, icons/, translations/ and tips.toml."""
    package: Traversable | None = package_folder()
    if package is None:
        from importlib import resources

        package = resources.files(PACKAGE)
    packaged = package / FOLDER
    if packaged.is_dir():
        return packaged
    # A checkout: the package is <repo>/src/steadypause, the data <repo>/resources.
    if isinstance(package, Path) and package.parent.name == "src":
        checkout = package.parent.parent / FOLDER
        if checkout.is_dir():
            return checkout
    log.warning("no %s folder beside the %s package", FOLDER, PACKAGE)
    return packaged


def resource(*parts: str) -> Traversable:
    """One file or folder in :func:`resource_folder`, e.g. ``resource("routines")``."""
    found = resource_folder()
    for part in parts:
        found = found / part
    return found
