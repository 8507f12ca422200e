"""What speaking Spanish costs: start-up to the tray icon and memory, Spanish against English.

Starts the app alternately with ``language = "en"`` and ``language = "es"`` (each in a fresh
home, on the same virtual screen with a tray host as ``run_all.py``), and measures the
time from launch to the tray icon being shown and the PSS after a short idle. Spanish loads
the app's compiled catalogue (resources/translations/steadypause_es.qm) and Qt's own
``qtbase_es.qm``; English loads neither. Prints medians and the ratio es / en.

    .venv/bin/python bench/language_cost.py [--reps 9] [--idle 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_all  # the screen and the launcher of the main bench


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=9)
    parser.add_argument("--idle", type=float, default=3.0, help="seconds before measuring PSS")
    options = parser.parse_args()
    samples: dict[str, dict[str, list[float]]] = {
        lang: {"startup_ms": [], "pss": []} for lang in ("en", "es")
    }
    with run_all.Screen() as screen:
        for lang in ("en", "es"):  # one unrecorded run each: warm the page cache
            program = run_all.launch("app", screen, settings=f'language = "{lang}"\n')
            program.wait_shown()
            program.stop()
        for rep in range(options.reps):
            for lang in ("en", "es") if rep % 2 == 0 else ("es", "en"):
                program = run_all.launch("app", screen, settings=f'language = "{lang}"\n')
                try:
                    startup = program.wait_shown() * 1000
                    time.sleep(options.idle)
                    pss = run_all.memory(program.pid)["pss"]
                finally:
                    program.stop()
                samples[lang]["startup_ms"].append(startup)
                samples[lang]["pss"].append(pss)
                run_all.log(f"{rep + 1}/{options.reps} {lang}: {startup:.0f} ms, PSS {pss:.1f} MiB")
                time.sleep(0.5)
    print(f"\n{run_all.machine()} · {run_all._commit()} · {options.reps} runs each\n")
    print("| measure | English | Spanish | es/en |")
    print("|---|---|---|---|")
    for key, label, fmt in (
        ("startup_ms", "start-up → tray icon (ms)", "{:.0f}"),
        ("pss", "PSS after idle (MiB)", "{:.1f}"),
    ):
        en = statistics.median(samples["en"][key])
        es = statistics.median(samples["es"][key])
        print(f"| {label} | {fmt.format(en)} | {fmt.format(es)} | {es / en:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
