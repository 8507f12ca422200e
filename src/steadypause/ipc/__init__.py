"""Single instance and the command channel between ``steadypause`` invocations.

The modules, by job: :mod:`.wire` (the line format), :mod:`.server` (listening, accepting
and answering), :mod:`.connection` (one client's reads and buffered writes),
:mod:`.instance` (claiming the single instance), :mod:`.client` (sending one command),
:mod:`.paths` (the socket's directory), :mod:`.errors`. Plain AF_UNIX sockets: the app
watches its own with QSocketNotifier, the command line needs no Qt for its socket (issue 18:
no QtNetwork).

The first Steady Pause process listens on a Unix domain socket in the user's runtime
directory (``$XDG_RUNTIME_DIR/steadypause/ipc.sock``); every later ``steadypause ...``
invocation is a client that sends one command to it and prints the answer.

Protocol
--------
Newline-delimited UTF-8 JSON over a stream socket. Each request is one line holding a
JSON object::

    {"cmd": "snooze", "args": {"minutes": 30}}

``args`` is optional and defaults to ``{}``. Each request is answered with one line,
in the order the requests arrived on that connection::

    {"ok": true, "result": {...}}
    {"ok": false, "error": "human readable message"}

``ping`` is answered by the server itself (result ``{"pid": ..., "version": ...}``);
every other command goes to the handler given to :class:`~.server.InstanceServer`. The handler
returns the result dict or raises :class:`~.errors.CommandError` to refuse. A line longer than
:data:`~.wire.MAX_MESSAGE` bytes is answered with an error and the connection is closed.

Single instance
---------------
:func:`~.instance.claim_instance` holds ``instance.lock`` (a :class:`QLockFile`, which notices a
dead owner) while it decides between "someone answers a ping" and "listen here", so two
simultaneous starts cannot both become the server; the winner keeps the lock for as long
as it listens. A socket file left behind by a killed instance is removed only after a
connection attempt to it has failed.
"""
