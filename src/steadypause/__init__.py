"""Steady Pause: a small tray companion for a short compassion pause at the day's transitions."""

__version__ = "0.1.0"
APP_NAME = "steadypause"
DISPLAY_NAME = "Steady Pause"  # i18n-exempt: the app's name, never translated
# The reverse-DNS id: the .desktop file, the AppStream component, the icon, the autostart entry.
APP_ID = "io.github.steadypause.SteadyPause"
