"""Does a closed window give back what it built? Memory after start-up, after one pause,
after five pauses + Settings + History (issue 18).

On the virtual screen of ``bench/run_all.py`` (Xvfb, openbox, trayer), the app is started
twice: once plain, for PSS and anonymous memory (``/proc/PID/smaps_rollup``) and the
count of Qt top-level widgets (``status`` → ``bench``, STEADYPAUSE_BENCH=1), and once under
``-X tracemalloc=1`` for the Python heap's largest differences between the stages. Pauses
are opened with ``pause`` and closed with ``dismiss`` over the command socket; Settings and
History with ``open-settings`` / ``show-history`` and closed with Escape (xdotool), as a
person would.

    PYTHONPATH=src .venv/bin/python bench/window_release.py [--top 15]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

STAGES = (
    "start-up",
    "after 1 pause",
    "after 5 pauses + Settings + History",
    "after 5 more pauses + Settings + History",
)


def _app_main() -> int:
    """In the traced app: a thread writes a snapshot whenever ``snap-N`` appears."""
    home = Path(os.environ["XDG_CONFIG_HOME"]).parent

    def watch() -> None:
        n = 0
        while True:
            ask = home / f"snap-{n}"
            if ask.exists():
                snapshot = tracemalloc.take_snapshot()
                snapshot.dump(str(home / f"snap-{n}.bin"))
                (home / f"snap-{n}.done").write_text("")
                n += 1
            time.sleep(0.1)

    threading.Thread(target=watch, daemon=True).start()
    from steadypause.cli.entry import main

    return main()


def _anon_kib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Anonymous:"):
            return float(line.split()[1])
    return 0.0


def _escape(screen: Any) -> None:
    subprocess.run(["xdotool", "key", "Escape"], env=screen.env, check=False)
    time.sleep(1.0)


def _scenario(program: Any, screen: Any, stage: int) -> None:
    if stage == 1:
        program.command("pause")
        time.sleep(1.5)
        program.command("dismiss")
    elif stage >= 2:
        for _ in range(4 if stage == 2 else 5):
            program.command("pause")
            time.sleep(1.5)
            program.command("dismiss")
        program.command("open-settings")
        time.sleep(2.0)
        _escape(screen)
        program.command("show-history")
        time.sleep(2.0)
        _escape(screen)
    time.sleep(3.0)  # deleteLater and the garbage collector


def run(top: int) -> int:
    import run_all

    rows: list[dict[str, float]] = []
    diffs: list[list[str]] = []
    with run_all.Screen() as screen:
        program = run_all.launch("app", screen, probe=True)
        try:
            program.wait_shown()
            time.sleep(5.0)
            for stage in range(len(STAGES)):
                _scenario(program, screen, stage)
                bench = program.command("status")["bench"]
                rows.append(
                    {
                        **run_all.memory(program.pid),
                        "anon_mib": _anon_kib(program.pid) / 1024,
                        "widgets": bench["top_level_widgets"],
                        "visible": bench["visible_windows"],
                    }
                )
        finally:
            program.stop()
        traced = run_all.launch(
            "app",
            screen,
            probe=True,
            argv=[sys.executable, "-X", "tracemalloc=1", __file__, "--app"],
        )
        try:
            traced.wait_shown()
            time.sleep(5.0)
            snaps = []
            for stage in range(len(STAGES)):
                _scenario(traced, screen, stage)
                (traced.home / f"snap-{stage}").write_text("")
                run_all.wait_for((traced.home / f"snap-{stage}.done").exists, 60, "a snapshot")
                snaps.append(tracemalloc.Snapshot.load(str(traced.home / f"snap-{stage}.bin")))
            for stage, against in ((1, 0), (2, 0), (3, 2)):
                stats = snaps[stage].compare_to(snaps[against], "lineno")
                diffs.append([str(s) for s in stats[:top]])
        finally:
            traced.stop()
    print("| stage | PSS (MiB) | USS (MiB) | anonymous (MiB) | top-level widgets (visible) |")
    print("|---|---|---|---|---|")
    for name, row in zip(STAGES, rows, strict=True):
        print(
            f"| {name} | {row['pss']:.1f} | {row['uss']:.1f} | {row['anon_mib']:.1f} | "
            f"{row['widgets']:.0f} ({row['visible']:.0f}) |"
        )
    for (stage, against), lines in zip(((1, 0), (2, 0), (3, 2)), diffs, strict=True):
        print(f"\nPython heap, {STAGES[stage]} against {STAGES[against]} (tracemalloc):")
        for line in lines:
            print(f"  {line}")
    out = BENCH / "out"
    out.mkdir(exist_ok=True)
    (out / f"window-release-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps({"stages": STAGES, "rows": rows, "diffs": diffs}, indent=1)
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15, help="heap differences shown")
    parser.add_argument("--app", action="store_true", help=argparse.SUPPRESS)
    args, _rest = parser.parse_known_args(argv)
    if args.app:
        sys.argv = [sys.argv[0]]
        return _app_main()
    return run(args.top)


if __name__ == "__main__":
    sys.exit(main())
