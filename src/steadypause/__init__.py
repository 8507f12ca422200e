"""Steady Pause: a small tray companion for a short compassion pause at the day's transitions."""

__version__ = "0.1.0"
APP_NAME = "steadypause"
DISPLAY_NAME = "Steady Pause"
