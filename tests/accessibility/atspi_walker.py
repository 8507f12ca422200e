"""Reads and drives the app through AT-SPI, as a screen reader does; run by the system Python.

Debian's ``python3-pyatspi`` (and the GObject introspection it stands on) is installed for
the system's own Python, not for the test venv, so the tests run this file as a subprocess
with ``/usr/bin/python3`` and talk to it in JSON lines on its stdin and stdout: one request,
one answer. It imports nothing from Steady Pause; the app is found by its process id among
the applications on the accessibility bus.

Requests (``{"op": ..., ...}``): ``tree`` (every showing window of the app, as nested
nodes), ``press`` (an object's first action, found by role and name), ``select_tab`` (a
page tab list's Selection interface), ``set_value`` (the Value interface), ``watch_name``
(the names an object takes over some seconds), ``quit``.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any

import pyatspi  # type: ignore[import-not-found]

# A request that meets a window closing under it is tried again, for up to 10 s.
RETRIES = 100
STATES = {
    "showing": pyatspi.STATE_SHOWING,
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "enabled": pyatspi.STATE_ENABLED,
    "checked": pyatspi.STATE_CHECKED,
    "selected": pyatspi.STATE_SELECTED,
    "editable": pyatspi.STATE_EDITABLE,
}


def running(pid: int) -> bool:
    """Whether the process runs (an ended process that is not yet reaped is a zombie)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def find_app(pid: int, timeout: float) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and running(pid):
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        time.sleep(0.1)
    if not running(pid):
        raise ProcessLookupError(f"the app (process {pid}) has ended")
    raise LookupError(f"no application with process id {pid} on the accessibility bus")


def node(obj: Any, path: str, depth: int = 0) -> dict[str, Any] | None:
    """The object and its showing descendants (None when it is not showing)."""
    try:
        states = obj.getState()
        if not states.contains(pyatspi.STATE_SHOWING) and depth > 0:
            return None
        found: dict[str, Any] = {
            "path": path,
            "role": obj.getRoleName(),
            "name": obj.name or "",
            "description": obj.description or "",
            "states": sorted(k for k, v in STATES.items() if states.contains(v)),
        }
        try:
            value = obj.queryValue()
            found["value"] = [value.currentValue, value.minimumValue, value.maximumValue]
        except NotImplementedError:
            pass
        try:
            action = obj.queryAction()
            found["actions"] = [action.getName(i) for i in range(action.nActions)]
        except NotImplementedError:
            pass
        children = []
        for i in range(obj.childCount):
            child = obj.getChildAtIndex(i)
            if child is not None:
                sub = node(child, f"{path}/{i}", depth + 1)
                if sub is not None:
                    children.append(sub)
        found["children"] = children
        return found
    except Exception as error:
        return {"path": path, "role": "?", "name": "", "error": str(error), "children": []}


def windows(app: Any) -> list[Any]:
    shown = []
    for i in range(app.childCount):
        try:
            win = app.getChildAtIndex(i)
            if win is not None and win.getState().contains(pyatspi.STATE_SHOWING):
                shown.append(win)
        except Exception:
            continue
    return shown


def window_named(app: Any, part: str, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        for win in windows(app):
            try:
                if part in (win.name or ""):
                    return win
            except Exception:
                continue
        if time.monotonic() > deadline:
            names = [w.name for w in windows(app)]
            raise LookupError(f"no showing window named like {part!r} (showing: {names})")
        time.sleep(0.05)


def find(obj: Any, role: str, name: str | None = None, description: str | None = None) -> Any:
    """The first showing descendant with this role (and name or description), depth first."""
    for i in range(obj.childCount):
        child = obj.getChildAtIndex(i)
        if child is None or not child.getState().contains(pyatspi.STATE_SHOWING):
            continue
        if (
            child.getRoleName() == role
            and (name is None or child.name == name)
            and (description is None or child.description == description)
        ):
            return child
        hit = find(child, role, name, description)
        if hit is not None:
            return hit
    return None


def target(app: Any, request: dict[str, Any]) -> Any:
    win = window_named(app, request["window"], request.get("timeout", 10.0))
    deadline = time.monotonic() + request.get("timeout", 10.0)
    while True:
        hit = find(win, request["role"], request.get("name"), request.get("description"))
        if hit is not None:
            return hit
        if time.monotonic() > deadline:
            raise LookupError(
                f"no showing {request['role']} {request.get('name')!r} in {win.name!r}"
            )
        time.sleep(0.05)


def answer(app: Any, pid: int, request: dict[str, Any]) -> Any:
    if not running(pid):  # a gone app's windows would read as none, not as an error
        raise ProcessLookupError(f"the app (process {pid}) has ended")
    op = request["op"]
    if op == "tree":
        part = request.get("window")
        wins = [window_named(app, part)] if part else windows(app)
        return [node(w, str(i)) for i, w in enumerate(wins)]
    if op == "windows":
        return [w.name for w in windows(app)]
    if op == "all_windows":
        found = []
        for i in range(app.childCount):
            win = app.getChildAtIndex(i)
            if win is not None:
                found.append(
                    [
                        win.getRoleName(),
                        win.name,
                        win.getState().contains(pyatspi.STATE_SHOWING),
                        win.childCount,
                    ]
                )
        return found
    if op == "press":
        obj = target(app, request)
        obj.queryAction().doAction(0)
        return obj.name
    if op == "select_tab":
        tabs = target(app, {**request, "role": "page tab list"})
        tabs.querySelection().selectChild(request["index"])
        return tabs.getChildAtIndex(request["index"]).name
    if op == "set_value":
        obj = target(app, request)
        obj.queryValue().currentValue = float(request["value"])
        return obj.queryValue().currentValue
    if op == "watch_name":
        obj = target(app, request)
        seen: list[str] = []
        deadline = time.monotonic() + request["seconds"]
        while time.monotonic() < deadline:
            name = obj.name or ""
            if not seen or seen[-1] != name:
                seen.append(name)
            time.sleep(0.05)
        return seen
    raise ValueError(f"unknown request {op!r}")


def main() -> int:
    pid = int(sys.argv[1])
    app = find_app(pid, timeout=30.0)
    print(json.dumps({"ok": True, "result": app.name}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if request["op"] == "quit":
            break
        for attempt in range(RETRIES):
            try:
                reply = {"ok": True, "result": answer(app, pid, request)}
                break
            except Exception as error:
                where = traceback.extract_tb(error.__traceback__)[-2:]
                reply = {
                    "ok": False,
                    "error": f"{type(error).__name__}: {error} (at "
                    + "; ".join(f"line {f.lineno}: {f.line}" for f in where)
                    + ")",
                }
                # An object of a window that closed meanwhile: look again, a little later;
                # but not when the app itself has ended (the test reads its log).
                if not running(pid):
                    if "has ended" not in reply["error"]:
                        reply["error"] = f"the app (process {pid}) has ended: {reply['error']}"
                    break
                if "no longer exists" not in str(error) or attempt == RETRIES - 1:
                    break
                print(
                    f"walker: {request['op']}: retry {attempt + 1}: {error}",
                    file=sys.stderr,
                    flush=True,
                )
                time.sleep(0.1)
                # libatspi can mark the application gone while it is not (seen after one
                # of its windows is deleted): ask the registry for it afresh.
                try:
                    app = find_app(pid, timeout=1.0)
                except (LookupError, ProcessLookupError):
                    continue
        print(json.dumps(reply), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
