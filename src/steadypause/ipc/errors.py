"""The command channel's errors: what a caller of :mod:`.client` or a handler raises."""

from __future__ import annotations


class IpcError(Exception):
    """The command channel failed: timeout, broken connection, malformed reply."""


class NotRunning(IpcError):
    """No Steady Pause instance is listening."""


class CommandError(Exception):
    """A command was refused; the message is meant for the person who typed it.

    Raised by a server-side handler to answer ``ok: false``, and by :func:`send_command`
    when the server answered that way.
    """
