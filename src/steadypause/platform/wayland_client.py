"""A small ctypes binding to libwayland-client: a connection of our own to the compositor,
its registry, and protocol objects described in a few lines of Python.

Only what the idle backend (wayland_idle.py) and the tests' input routes need: an
interface is its name, version and the signatures of its requests and events (as in the
protocol's XML); requests are sent with ``wl_proxy_marshal_array_flags`` (libwayland
1.20+), events arrive through one ``wl_proxy_add_dispatcher`` callback per object. The
connection is read from the caller's event loop: :meth:`Connection.fd` is watched (a
``QSocketNotifier``), and :meth:`Connection.read_and_dispatch` is called when it is
readable. See docs/adr/012-wayland-idle.md for why ctypes and not pywayland.

libwayland-client.so.0 is already loaded by Qt's own Wayland platform plugin; this module
opens a second, separate connection (Qt's is not shared).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

log = logging.getLogger(__name__)

MARSHAL_FLAG_DESTROY = 1


class WaylandError(Exception):
    """The library, the compositor or the connection is not usable."""


class _Message(ctypes.Structure):
    pass


class _Interface(ctypes.Structure):
    pass


_Message._fields_ = [
    ("name", ctypes.c_char_p),
    ("signature", ctypes.c_char_p),
    ("types", ctypes.POINTER(ctypes.POINTER(_Interface))),
]
_Interface._fields_ = [
    ("name", ctypes.c_char_p),
    ("version", ctypes.c_int),
    ("method_count", ctypes.c_int),
    ("methods", ctypes.POINTER(_Message)),
    ("event_count", ctypes.c_int),
    ("events", ctypes.POINTER(_Message)),
]


class Argument(ctypes.Union):
    """``union wl_argument``."""

    _fields_ = [
        ("i", ctypes.c_int32),
        ("u", ctypes.c_uint32),
        ("f", ctypes.c_int32),
        ("s", ctypes.c_char_p),
        ("o", ctypes.c_void_p),
        ("n", ctypes.c_uint32),
        ("a", ctypes.c_void_p),
        ("h", ctypes.c_int32),
    ]


# What a handler gets: the event's arguments, a pointer into libwayland's array of them.
Arguments: TypeAlias = "ctypes._Pointer[Argument]"

_DISPATCHER = ctypes.CFUNCTYPE(
    ctypes.c_int,
    ctypes.c_void_p,
    ctypes.c_void_p,
    ctypes.c_uint32,
    ctypes.POINTER(_Message),
    ctypes.POINTER(Argument),
)


def fixed(value: float) -> int:
    """A ``wl_fixed_t`` (24.8 fixed point)."""
    return round(value * 256)


@dataclass
class Interface:
    """A protocol interface: ``requests`` and ``events`` are (name, signature) pairs in the
    XML's order (signature letters as in libwayland: i u f s o n a h, ``?`` for nullable,
    a leading digit for the version that added it); ``types`` names the interface of each
    ``o``/``n`` argument where it matters (``{"request_name": [Interface, ...]}``)."""

    name: str
    version: int
    requests: Sequence[tuple[str, str]] = ()
    events: Sequence[tuple[str, str]] = ()
    types: dict[str, Sequence[Interface | None]] = field(default_factory=dict)
    _struct: _Interface | None = None
    _keep: list[object] = field(default_factory=list)

    def struct(self) -> _Interface:
        """The C ``struct wl_interface``, built once (and kept alive with this object)."""
        if self._struct is None:
            self._struct = _Interface()  # before the messages: they may refer to it
            self._struct.name = self.name.encode()
            self._struct.version = self.version
            self._struct.method_count = len(self.requests)
            self._struct.methods = self._messages(self.requests)
            self._struct.event_count = len(self.events)
            self._struct.events = self._messages(self.events)
        return self._struct

    def opcode(self, request: str) -> int:
        return [name for name, _ in self.requests].index(request)

    def event_name(self, opcode: int) -> str:
        return self.events[opcode][0]

    def _messages(self, messages: Sequence[tuple[str, str]]) -> ctypes.Array[_Message]:
        array = (_Message * max(1, len(messages)))()
        for i, (name, signature) in enumerate(messages):
            slots = [c for c in signature if c.isalpha()]
            given = list(self.types.get(name, ()))
            types = (ctypes.POINTER(_Interface) * max(1, len(slots)))()
            objects = iter(given)
            for j, kind in enumerate(slots):
                if kind in "on":
                    target = next(objects, None)
                    if target is not None:
                        types[j] = ctypes.pointer(target.struct())
            array[i].name = name.encode()
            array[i].signature = signature.encode()
            array[i].types = types
            self._keep += [types]
        self._keep.append(array)
        return array


class _Library:
    """libwayland-client.so.0, its functions typed once."""

    def __init__(self) -> None:
        path = ctypes.util.find_library("wayland-client") or "libwayland-client.so.0"
        try:
            lib = ctypes.CDLL(path, use_errno=True)
        except OSError as exc:
            raise WaylandError(  # i18n-exempt: diagnostics
                f"libwayland-client is not installed ({exc})"
            ) from exc
        if not hasattr(lib, "wl_proxy_marshal_array_flags"):
            raise WaylandError("libwayland-client is older than 1.20")  # i18n-exempt: diagnostics
        p, i, u = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32
        for name, restype, argtypes in [
            ("wl_display_connect", p, [ctypes.c_char_p]),
            ("wl_display_disconnect", None, [p]),
            ("wl_display_get_fd", i, [p]),
            ("wl_display_roundtrip", i, [p]),
            ("wl_display_flush", i, [p]),
            ("wl_display_prepare_read", i, [p]),
            ("wl_display_read_events", i, [p]),
            ("wl_display_cancel_read", None, [p]),
            ("wl_display_dispatch_pending", i, [p]),
            ("wl_display_get_error", i, [p]),
            ("wl_proxy_marshal_array_flags", p, [p, u, p, u, u, ctypes.POINTER(Argument)]),
            ("wl_proxy_add_dispatcher", i, [p, _DISPATCHER, p, p]),
            ("wl_proxy_destroy", None, [p]),
            ("wl_proxy_get_version", u, [p]),
        ]:
            func = getattr(lib, name)
            func.restype, func.argtypes = restype, argtypes
        self.lib = lib
        self.registry_interface = ctypes.addressof(_Interface.in_dll(lib, "wl_registry_interface"))


_library: _Library | None = None


def library() -> _Library:
    global _library  # loaded once per process, like any shared library
    if _library is None:
        _library = _Library()
    return _library


class Proxy:
    """One protocol object of a :class:`Connection`."""

    def __init__(
        self, connection: Connection, pointer: int, interface: Interface | None, version: int
    ) -> None:
        self.connection = connection
        self.pointer = pointer
        self.interface = interface
        self.version = version
        self.handlers: dict[str, Callable[[Arguments], None]] = {}

    def on(self, event: str, handler: Callable[..., None]) -> None:
        """Call ``handler(args)`` for each ``event`` (``args``: the ``wl_argument`` array)."""
        self.handlers[event] = handler

    def request(
        self,
        name: str,
        *args: int | bytes | Proxy | None,
        new: Interface | None = None,
        new_version: int | None = None,
        destroy: bool = False,
    ) -> Proxy | None:
        """Send a request; ``new`` is the interface of the object it creates (its
        ``n`` argument is passed as None). Returns that new object."""
        assert self.interface is not None
        return self.connection.marshal(
            self, self.interface.opcode(name), args, new, new_version, destroy
        )


class Connection:
    """A connection of our own to the compositor named ``display`` (``WAYLAND_DISPLAY``)."""

    def __init__(self, display: str) -> None:
        self._w = library()
        lib = self._w.lib
        self._display = lib.wl_display_connect(display.encode())
        if not self._display:
            raise WaylandError(  # i18n-exempt: diagnostics
                f"cannot connect to the Wayland display {display!r}: "
                f"{os.strerror(ctypes.get_errno())}"
            )
        self._proxies: dict[int, Proxy] = {}
        self._dispatcher = _DISPATCHER(self._dispatch)
        self.globals: dict[str, tuple[int, int]] = {}  # interface -> (name, version)
        display_proxy = Proxy(self, self._display, None, 1)
        registry = self.marshal(
            display_proxy,
            1,
            (),
            None,
            None,
            False,  # get_registry
            raw_interface=self._w.registry_interface,
        )
        assert registry is not None
        self._registry = registry
        registry.interface = REGISTRY
        registry.on("global", self._global)
        registry.on("global_remove", self._global_remove)
        self.roundtrip()

    @property
    def fd(self) -> int:
        fd: int = self._w.lib.wl_display_get_fd(self._display)
        return fd

    @property
    def closed(self) -> bool:
        return not self._display

    def roundtrip(self) -> None:
        """Wait until the compositor has answered everything sent so far (blocking)."""
        if self._w.lib.wl_display_roundtrip(self._display) < 0:
            raise WaylandError(self._error())

    def bind(self, interface: Interface, version: int | None = None) -> Proxy | None:
        """The global ``interface`` from the registry, or None if the compositor has none."""
        if interface.name not in self.globals:
            return None
        name, offered = self.globals[interface.name]
        version = min(offered, version or interface.version)
        return self._registry.request(
            "bind", name, interface.name.encode(), version, None, new=interface, new_version=version
        )

    def flush(self) -> None:
        if self._display:
            self._w.lib.wl_display_flush(self._display)

    def read_and_dispatch(self) -> bool:
        """Read what is waiting on :attr:`fd` and run the handlers; False once the
        connection is lost (it is closed then)."""
        lib = self._w.lib
        if not self._display:
            return False
        if (
            lib.wl_display_prepare_read(self._display) == 0
            and lib.wl_display_read_events(self._display) < 0
        ):
            log.warning("Wayland connection lost: %s", self._error())
            self.close()
            return False
        if lib.wl_display_dispatch_pending(self._display) < 0:
            log.warning("Wayland connection failed: %s", self._error())
            self.close()
            return False
        lib.wl_display_flush(self._display)
        return True

    def close(self) -> None:
        if self._display:
            display, self._display = self._display, None
            self._proxies.clear()
            self._w.lib.wl_display_disconnect(display)

    def marshal(
        self,
        proxy: Proxy,
        opcode: int,
        args: Sequence[int | bytes | Proxy | None],
        new: Interface | None,
        new_version: int | None,
        destroy: bool,
        raw_interface: int | None = None,
    ) -> Proxy | None:
        if not self._display:
            raise WaylandError("the Wayland connection is closed")  # i18n-exempt: diagnostics
        array = (Argument * max(1, len(args)))()
        for i, value in enumerate(args):
            if isinstance(value, Proxy):
                array[i].o = value.pointer
            elif isinstance(value, bytes):
                array[i].s = value
            elif value is None:
                array[i].o = None
            else:
                array[i].u = value & 0xFFFFFFFF
        target = raw_interface or (ctypes.addressof(new.struct()) if new else None)
        version = new_version or self._w.lib.wl_proxy_get_version(proxy.pointer) or 1
        result = self._w.lib.wl_proxy_marshal_array_flags(
            proxy.pointer, opcode, target, version, MARSHAL_FLAG_DESTROY if destroy else 0, array
        )
        if destroy:
            self._proxies.pop(proxy.pointer, None)
        if not (new or raw_interface):
            return None
        if not result:
            raise WaylandError(  # i18n-exempt: diagnostics
                f"the request {opcode} failed: {self._error()}"
            )
        created = Proxy(self, result, new, version)
        self._w.lib.wl_proxy_add_dispatcher(result, self._dispatcher, None, None)
        self._proxies[result] = created
        return created

    def _dispatch(
        self, _implementation: int, target: int, opcode: int, _message: object, args: Arguments
    ) -> int:
        proxy = self._proxies.get(target)
        if proxy is None or proxy.interface is None:
            return 0
        try:
            handler = proxy.handlers.get(proxy.interface.event_name(opcode))
            if handler is not None:
                handler(args)
        except Exception:  # an exception must not cross the C callback
            log.exception("handling a Wayland event failed")
        return 0

    def _global(self, args: Arguments) -> None:
        interface = (args[1].s or b"").decode()
        self.globals[interface] = (args[0].u, args[2].u)

    def _global_remove(self, args: Arguments) -> None:
        for interface, (name, _version) in list(self.globals.items()):
            if name == args[0].u:
                del self.globals[interface]

    def _error(self) -> str:
        if not self._display:
            return "closed"  # i18n-exempt: diagnostics
        code = self._w.lib.wl_display_get_error(self._display)
        return os.strerror(code) if code else "unknown error"  # i18n-exempt: diagnostics


REGISTRY = Interface(
    "wl_registry",
    1,
    requests=[("bind", "usun")],
    events=[("global", "usu"), ("global_remove", "u")],
)
SEAT = Interface(
    "wl_seat",
    1,
    requests=[("get_pointer", "n"), ("get_keyboard", "n"), ("get_touch", "n")],
    events=[("capabilities", "u")],
)
