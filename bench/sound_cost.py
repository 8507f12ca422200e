"""What the sound extra costs (issue 15): install size, start-up and memory, sound off and on.

Four kinds of start, interleaved round by round, each in a fresh home on the virtual screen
of ``run_all.py`` (Xvfb, openbox, trayer): **without** the extra (PySide6's QtMultimedia and
QtTextToSpeech hidden from the import system by a ``sitecustomize`` on ``PYTHONPATH``, as
if PySide6-Addons were not installed), **off** (the extra installed, every sound setting
off: must cost nothing), **chime** (``chime = true``) and **voice** (``voice = true``).
Start-up is launch → tray icon; memory is the app's PSS after ``--idle`` seconds (the
session opens what is switched on 3 s after start). A private PulseAudio with a null sink
plays the chime; the voice's speech-dispatcher is a process of its own (its PSS is given
apart, and it is stopped after each run). Install size is read from the wheels' RECORDs in
this environment. Prints medians and the ratio to *without*, same run.

    .venv-test/bin/python bench/sound_cost.py [--reps 7] [--idle 5]
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_all  # the screen and the launcher of the main bench

KINDS = ("without", "off", "chime", "voice")
SETTINGS = {"without": "", "off": "", "chime": "chime = true\n", "voice": "voice = true\n"}
HIDE = """\
import sys
class _Hide:  # bench/sound_cost.py: as if PySide6-Addons were not installed
    def find_spec(self, name, path=None, target=None):
        if name in ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech"):
            raise ModuleNotFoundError(name, name=name)
        return None
sys.meta_path.insert(0, _Hide())
"""


def installed_mib(distribution: str) -> float:
    files = metadata.distribution(distribution).read_text("RECORD") or ""
    return sum(int(row[2] or 0) for row in csv.reader(files.splitlines()) if row) / 2**20


def speechd_pid(runtime: Path) -> int | None:
    path = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
    try:
        return int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--idle", type=float, default=5.0, help="seconds before measuring PSS")
    options = parser.parse_args()
    samples = {
        kind: {"startup_ms": [], "pss": [], "uss": [], "rss": [], "speechd": []} for kind in KINDS
    }
    work = Path(tempfile.mkdtemp(prefix="spb-sound-", dir="/tmp"))
    (work / "hide").mkdir()
    (work / "hide" / "sitecustomize.py").write_text(HIDE)
    runtime = work / "pulse-runtime"
    runtime.mkdir(mode=0o700)
    pulse = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
         "-L", "module-native-protocol-unix", "-L", "module-null-sink sink_name=bench",
         "-L", "module-always-sink"],
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(work)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        with run_all.Screen() as screen:
            screen.env["PULSE_SERVER"] = f"unix:{runtime}/pulse/native"
            time.sleep(1)
            for rep in range(options.reps + 1):  # the first round warms the page cache
                order = KINDS if rep % 2 == 0 else tuple(reversed(KINDS))
                for kind in order:
                    if kind == "without":
                        screen.env["PYTHONPATH"] = str(work / "hide")
                    program = run_all.launch("app", screen, settings=SETTINGS[kind])
                    screen.env.pop("PYTHONPATH", None)
                    speechd = None
                    try:
                        startup = program.wait_shown() * 1000
                        time.sleep(options.idle)
                        used = run_all.memory(program.pid)
                        speechd = speechd_pid(program.home / "xdg_runtime_dir")
                        extra = run_all.memory(speechd)["pss"] if speechd else 0.0
                    finally:
                        if speechd is None:
                            speechd = speechd_pid(program.home / "xdg_runtime_dir")
                        program.stop()
                        if speechd is not None:
                            os.kill(speechd, signal.SIGTERM)
                    if rep == 0:
                        continue
                    samples[kind]["startup_ms"].append(startup)
                    for key in ("pss", "uss", "rss"):
                        samples[kind][key].append(used[key])
                    samples[kind]["speechd"].append(extra)
                    run_all.log(
                        f"{rep}/{options.reps} {kind}: {startup:.0f} ms, "
                        f"PSS {used['pss']:.1f}, USS {used['uss']:.1f} MiB"
                    )
                    time.sleep(0.5)
    finally:
        pulse.terminate()
        pulse.wait(10)
        shutil.rmtree(work, ignore_errors=True)

    print(f"\n{run_all.machine()} · {run_all._commit()} · {options.reps} runs each\n")
    addons = installed_mib("PySide6-Addons")
    essentials = installed_mib("PySide6-Essentials")
    print(f"installed: PySide6-Addons {addons:.0f} MiB (PySide6-Essentials {essentials:.0f} MiB)\n")
    print("| median | without the extra | extra, sound off | chime on | voice on |")
    print("|---|---|---|---|---|")
    for key, label, fmt in (
        ("startup_ms", "start-up → tray icon (ms)", "{:.0f}"),
        ("pss", "app PSS after idle (MiB)", "{:.1f}"),
        ("uss", "app USS after idle (MiB)", "{:.1f}"),
        ("rss", "app RSS after idle (MiB)", "{:.1f}"),
        ("speechd", "speech-dispatcher PSS (MiB)", "{:.1f}"),
    ):
        base = statistics.median(samples["without"][key])
        cells = []
        for kind in KINDS:
            value = statistics.median(samples[kind][key])
            ratio = f" (×{value / base:.2f})" if base and kind != "without" else ""
            cells.append(fmt.format(value) + ratio)
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
