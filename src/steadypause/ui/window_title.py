"""One form for every window's title: "Getting help — Steady Pause".

The app's name comes last after an em dash, the form Qt itself uses on Linux when it adds
the application's display name; a title that already ends with the name is left alone by
Qt, so every platform shows the same title.
"""

from __future__ import annotations

import logging

from steadypause import DISPLAY_NAME
from steadypause.core.i18n import translate

log = logging.getLogger(__name__)


def window_title(name: str) -> str:
    """``name`` followed by the app's name: "History — Steady Pause"."""
    return translate("Window", "{name} — {app}").format(name=name, app=DISPLAY_NAME)
