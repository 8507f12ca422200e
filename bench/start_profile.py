"""What the app imports, holds and maps by its tray icon's first paint, beside the bare tray.

Starts each program once on the virtual screen of ``bench/run_all.py`` (Xvfb, openbox,
trayer, a private bus), both the same way (this interpreter, ``-X importtime``, the same
environment; the app as ``python -m steadypause``, the bench's way), and reads:

- the modules imported before the ``tray icon shown`` line (after it, the first paint
  comes within milliseconds and the app imports nothing more until the paint has
  happened), with ``-X importtime``'s own time per module, grouped: the standard library,
  PySide6 and shiboken, the app's packages, others; the modules the bare tray does not
  import are the app's extra, counted with their self time;
- with ``--traced`` the app once more under ``-X tracemalloc=1`` (``bench/traced_start.py``
  with ``STEADYPAUSE_TRACED_DUMP_AT_PAINT=1``): the Python heap at the moment the held-back
  work is let go, that is at the first paint, by top-level package and the app's modules;
- ``/proc/PID/smaps`` a few seconds after the icon: the shared libraries, Qt plug-ins and
  Python extensions the app maps and the bare tray does not (PSS, KiB).

``-X importtime`` slows imports down (each module's time is ~1.5x its plain time), so its
milliseconds compare modules, not programs; bench/run_all.py times the starts.

    .venv/bin/python bench/start_profile.py
    .venv/bin/python bench/start_profile.py --app-src /tmp/main/src --traced
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import run_all  # noqa: E402
from memory_breakdown import group, pss_by_mapping  # noqa: E402

IMPORT = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")
SHOWN = "tray icon shown"


def kind_of(module: str) -> str:
    top = module.split(".")[0]
    if top in ("PySide6", "shiboken6", "shibokensupport"):
        return "PySide6 and shiboken"
    if top == "steadypause":
        parts = module.split(".")
        return "steadypause." + parts[1] if len(parts) > 1 else "steadypause"
    if top in sys.stdlib_module_names or top.startswith("_") or top == "encodings":
        return "standard library"
    return "others"


def before_the_icon(lines: list[str]) -> dict[str, int]:
    """Self time (µs) of each module imported before the tray-shown line."""
    found: dict[str, int] = {}
    for line in lines:
        if SHOWN in line:
            break
        match = IMPORT.match(line)
        if match:
            found[match.group(4)] = int(match.group(1))
    return found


def start(kind: str, screen: run_all.Screen, idle_s: float) -> dict[str, Any]:
    target = ["-m", "steadypause"] if kind == "app" else [str(BENCH / "bare_tray.py")]
    program = run_all.launch(kind, screen, argv=[sys.executable, "-X", "importtime", *target])
    try:
        program.wait_shown()
        time.sleep(idle_s)
        maps = collections.defaultdict(float)
        for path, kib in pss_by_mapping(program.pid).items():
            maps[group(path)] += kib
    finally:
        program.stop()
    time.sleep(0.3)  # the output's last lines read
    return {"imports": before_the_icon(program.lines), "maps": dict(maps)}


def traced(screen: run_all.Screen) -> dict[str, Any]:
    argv = [sys.executable, "-X", "tracemalloc=1", str(BENCH / "traced_start.py")]
    screen.env["STEADYPAUSE_TRACED_DUMP_AT_PAINT"] = "1"
    try:
        program = run_all.launch("app", screen, argv=argv)
    finally:
        del screen.env["STEADYPAUSE_TRACED_DUMP_AT_PAINT"]
    try:
        program.wait_shown()
        dump = program.home / "tracemalloc.json"
        run_all.wait_for(dump.exists, 30, "the traced app's heap at the first paint")
        time.sleep(0.5)
        return dict(json.loads(dump.read_text()))
    finally:
        program.stop()


def report(app: dict[str, Any], bare: dict[str, Any], top: int) -> None:
    extra = {m: us for m, us in app["imports"].items() if m not in bare["imports"]}
    print(
        f"Modules before the icon: app {len(app['imports'])}, bare {len(bare['imports'])}; "
        f"the app's extra {len(extra)}, {sum(extra.values()) / 1000:.1f} ms of their own "
        "(-X importtime)"
    )
    groups: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for module, us in extra.items():
        groups[kind_of(module)][0] += 1
        groups[kind_of(module)][1] += us
    print(f"\n  {'the extra, by group':<36} {'modules':>8} {'ms':>7}")
    for name, (count, us) in sorted(groups.items(), key=lambda kv: -kv[1][1]):
        print(f"  {name:<36} {count:>8} {us / 1000:>7.1f}")
    print(f"\n  {'the extra, one by one':<44} {'ms':>7}")
    for module, us in sorted(extra.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {module:<44} {us / 1000:>7.1f}")
    print(f"\n  {'mapped by the app, not by the bare tray':<44} {'PSS KiB':>8}")
    only = {n: kib for n, kib in app["maps"].items() if n not in bare["maps"]}
    for name, kib in sorted(only.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {name[:44]:<44} {kib:>8.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=float, default=3.0, help="seconds after the icon")
    parser.add_argument("--top", type=int, default=25, help="rows per table")
    parser.add_argument("--traced", action="store_true", help="the heap at the first paint")
    parser.add_argument("--app-src", metavar="DIR", help="run the app from this src/")
    args = parser.parse_args(argv)
    run_all.APP_SRC = args.app_src
    with run_all.Screen() as screen:
        bare = start("bare", screen, args.idle)
        app = start("app", screen, args.idle)
        heap = traced(screen) if args.traced else None
    report(app, bare, args.top)
    if heap is not None:
        print(f"\nPython heap at the first paint (tracemalloc): {heap['total_kib']:.0f} KiB")
        for title, key in (
            ("by top-level package", "by_package"),
            ("the app's modules", "by_module"),
        ):
            print(f"  {title}:")
            for name, kib in heap[key][: args.top]:
                print(f"    {name:<52} {kib:>8.0f} KiB")
        print(f"  modules imported: {heap['modules']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
