"""What the app holds over the bare tray after start-up, by mapping and by Python module.

Starts the bare tray, the app, and the app again traced, in turn, on the virtual screen of
``bench/run_all.py`` (Xvfb, openbox, trayer, a private bus), waits ``--idle`` seconds after
each icon is shown, then reads:

- ``/proc/PID/smaps``: PSS per mapping, grouped by file (shared libraries, Qt plug-ins,
  translations, fonts) and anonymous memory (the heaps, thread stacks);
- with the app run under ``-X tracemalloc=1`` (``bench/traced_start.py``): the Python heap
  by top-level module and by the app's own modules, the modules imported, the threads.

Prints tables (figures, not pass or fail).

    .venv/bin/python bench/memory_breakdown.py
    .venv/bin/python bench/memory_breakdown.py --idle 20 --top 25
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import run_all  # noqa: E402


def pss_by_mapping(pid: int) -> dict[str, float]:
    """PSS in KiB per mapped file (or [heap], [stack], [anon])."""
    totals: dict[str, float] = collections.defaultdict(float)
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split()
        if not head:
            continue
        if "-" in head[0] and len(head) >= 5 and ":" in head[3]:  # a mapping's first line
            name = head[5] if len(head) >= 6 else "[anon]"
        elif head[0] == "Pss:":
            totals[name] += float(head[1])
    return dict(totals)


def group(path: str) -> str:
    """A mapping's group: its library or file name, or the kind of anonymous memory."""
    if path.startswith("["):
        return path
    base = Path(path).name
    if "/translations/" in path or base.endswith(".qm"):
        return "translations (.qm)"
    if "/fonts/" in path or base.endswith((".ttf", ".otf", ".pcf.gz")):
        return "fonts"
    if "/plugins/" in path:
        return f"Qt plug-in {base}"
    if ".cpython-" in base or path.endswith(".abi3.so"):
        return f"Python ext {base.split('.')[0]}"
    return base.split(".so")[0] if ".so" in base else base


def measure(
    kind: str, screen: run_all.Screen, idle_s: float, traced: bool = False
) -> dict[str, Any]:
    argv = None
    if traced:
        argv = [sys.executable, "-X", "tracemalloc=1", str(BENCH / "traced_start.py")]
    program = run_all.launch(kind, screen, argv=argv)
    try:
        program.wait_shown()
        time.sleep(idle_s)
        by_group: dict[str, float] = collections.defaultdict(float)
        for path, kib in pss_by_mapping(program.pid).items():
            by_group[group(path)] += kib
        result: dict[str, Any] = {"mappings": dict(by_group), **run_all.memory(program.pid)}
        if traced:
            dump = program.home / "tracemalloc.json"
            run_all.wait_for(dump.exists, 30, "the traced app's heap dump")
            time.sleep(0.5)
            result["python"] = json.loads(dump.read_text())
        return result
    finally:
        program.stop()


def _table(title: str, rows: list[tuple[str, float, float]], top: int) -> None:
    print(f"\n{title}")
    print(f"  {'':<44} {'app KiB':>9} {'bare KiB':>9} {'extra':>9}")
    for name, app, bare in sorted(rows, key=lambda r: r[2] - r[1])[:top]:
        print(f"  {name[:44]:<44} {app:>9.0f} {bare:>9.0f} {app - bare:>+9.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=float, default=15.0, help="seconds after the icon")
    parser.add_argument("--top", type=int, default=20, help="rows per table")
    args = parser.parse_args(argv)
    with run_all.Screen() as screen:
        bare = measure("bare", screen, args.idle)
        app = measure("app", screen, args.idle)
        traced = measure("app", screen, args.idle, traced=True)
    print(
        f"PSS after {args.idle:g} s: app {app['pss']:.1f} MiB, bare {bare['pss']:.1f} MiB "
        f"(app/bare {app['pss'] / bare['pss']:.2f}); traced app {traced['pss']:.1f} MiB"
    )
    names = set(app["mappings"]) | set(bare["mappings"])
    rows = [(n, app["mappings"].get(n, 0.0), bare["mappings"].get(n, 0.0)) for n in names]
    rows.sort(key=lambda r: r[2] - r[1])
    _table("PSS by mapping, most extra first", [(n, a, b) for n, a, b in rows], args.top)
    python = traced["python"]
    print(f"\nPython heap (tracemalloc): {python['total_kib']:.0f} KiB traced")
    for title, key in (("by top-level package", "by_package"), ("the app's modules", "by_module")):
        print(f"  {title}:")
        for name, kib in python[key][: args.top]:
            print(f"    {name:<52} {kib:>8.0f} KiB")
    print(f"  threads: {', '.join(python['threads'])}")
    print(f"  modules imported: {python['modules']}; of note: {', '.join(python['notable'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
