"""The app's own icons, loaded from the package's resources."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon

from steadypause.core.resource_files import resource

_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """``name`` is a file stem in resources/icons, e.g. ``"steadypause"``."""
    if name not in _cache:
        ref = resource("icons", f"{name}.svg")
        # Installed packages are plain directories, so this is the real file.
        with resources.as_file(ref) as path:
            _cache[name] = QIcon(str(path))
    return _cache[name]
