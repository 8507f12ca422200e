"""The app as ``python -m steadypause``, with its Python heap written out after start-up.

Run under ``-X tracemalloc=1`` by ``bench/memory_breakdown.py``: ``$STEADYPAUSE_TRACED_DUMP_AFTER``
seconds (default 8) after start a thread writes ``tracemalloc.json`` beside the settings
(``$XDG_CONFIG_HOME/..``, the private home the bench made): the traced total, the heap by
top-level package and by the app's own modules, the threads and the modules imported.

With ``STEADYPAUSE_TRACED_DUMP_AT_PAINT=1`` (``bench/start_profile.py --traced``) the file is
written at the tray icon's first paint instead: as ``ui/first_paint.py`` lets the held-back
start-up work go, before any of it runs.
"""

from __future__ import annotations

import collections
import json
import os
import sys
import threading
import tracemalloc
from pathlib import Path

NOTABLE = (
    "PySide6.QtDBus",
    "PySide6.QtSvg",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "sqlite3",
    "steadypause.core.routine",
    "steadypause.history",
    "tomllib",
    "platformdirs",
)


def _package(filename: str) -> tuple[str, str]:
    """(top-level package, module path) of a traced frame's file."""
    parts = Path(filename).parts
    for marker in ("site-packages", "src"):
        if marker in parts:
            rest = parts[parts.index(marker) + 1 :]
            return rest[0].removesuffix(".py"), "/".join(rest)
    if "lib" in parts:
        rest = parts[len(parts) - 1 - parts[::-1].index("lib") + 2 :]
        return (f"stdlib {rest[0].removesuffix('.py')}" if rest else "stdlib"), "/".join(rest)
    return "other", filename


def _dump(target: Path) -> None:
    snapshot = tracemalloc.take_snapshot()
    packages: dict[str, float] = collections.defaultdict(float)
    modules: dict[str, float] = collections.defaultdict(float)
    total = 0.0
    for stat in snapshot.statistics("filename"):
        kib = stat.size / 1024
        total += kib
        package, module = _package(stat.traceback[0].filename)
        packages[package] += kib
        if package == "steadypause":
            modules[module] += kib
    names = set(sys.modules)
    target.write_text(
        json.dumps(
            {
                "total_kib": total,
                "by_package": sorted(packages.items(), key=lambda kv: -kv[1]),
                "by_module": sorted(modules.items(), key=lambda kv: -kv[1]),
                "threads": [t.name for t in threading.enumerate()],
                "modules": len(names),
                "notable": [n for n in NOTABLE if n in names],
            }
        )
    )


def _dump_at_paint(target: Path) -> None:
    from steadypause.ui import first_paint

    release = first_paint.AfterFirstPaint._release  # (the bench's own hook, not the app's)

    def dumped_first(self: first_paint.AfterFirstPaint) -> None:
        if self.waiting and not target.exists():
            _dump(target)
        release(self)

    first_paint.AfterFirstPaint._release = dumped_first  # type: ignore[method-assign]


def main() -> int:
    home = Path(os.environ["XDG_CONFIG_HOME"]).parent
    if os.environ.get("STEADYPAUSE_TRACED_DUMP_AT_PAINT") == "1":
        _dump_at_paint(home / "tracemalloc.json")
    else:
        after = float(os.environ.get("STEADYPAUSE_TRACED_DUMP_AFTER", "8"))
        timer = threading.Timer(after, _dump, args=(home / "tracemalloc.json",))
        timer.daemon = True
        timer.start()
    from steadypause.cli.entry import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
