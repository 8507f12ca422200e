"""The Linux cue sources, one module per service.

``logind`` (suspend, the session's lock hint), ``screensaver`` (the screensaver services'
lock), ``mutter_idle`` (GNOME's idle monitor), ``x11_idle`` and ``x11_fullscreen``
(XScreenSaver and EWMH through ctypes, ``x11_display`` their shared loading) and
``session_busy`` (the session's idle inhibitors and do-not-disturb); ``dbus_helpers`` has
what the D-Bus ones share. The Wayland idle protocols are in ``platform/wayland_idle.py``.

Every D-Bus backend takes its bus connection from outside (the app passes the system or
session bus; tests pass ``QDBusConnection.connectToBus(address, name)`` on a private bus).
See docs/adr/006-qtdbus.md for why QtDBus and how unsigned arguments are sent.
"""
