"""The idle cost of the cue layer: the app now against the 0.1 app before the cues.

Each round starts both apps, each on its own Xvfb display with a tray host (trayer), its
own private session bus and its own XDG directories, lets them settle, then counts over
``--minutes`` idle minutes (no input at all): CPU seconds (utime + stime from
/proc/PID/stat, all threads) and voluntary context switches (summed over
/proc/PID/task/*/status). The two run side by side in each round, the one started first
alternating between rounds; an idle Qt app uses far too little CPU for the two to
compete. Reports per-round figures, medians and the ratio now / 0.1.

    python bench/idle_cost.py [--minutes 10] [--rounds 3] [--old 463d065]
    python bench/idle_cost.py --against no-microphone [--minutes 3] [--rounds 3]

``--against no-microphone`` compares the app with its microphone source (the after-call
cue) against the same app without it, in the same run: "with" gets a private sound server
(PipeWire's PulseAudio server, tests/support/sound_server.py, with nobody recording),
"without" gets none, so its source is unavailable. Both are this tree.

Needs Xvfb and trayer (scripts/system-packages.txt, or /work/shared/tools/shoot's list),
dbus-daemon, and PySide6 + platformdirs in the interpreter that runs it (both trees are
run by it, from their own src/ directories). The system bus is whatever this machine has.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the support package the tests use too

from support.app_home import make_private_dirs  # noqa: E402
from support.buses import start_session_bus  # noqa: E402
from support.displays import TRAYER, start_xvfb  # noqa: E402
from support.sound_server import SoundServer  # noqa: E402

SETTLE_S = 15.0
TICK = os.sysconf("SC_CLK_TCK")
RUN_APP = "import sys; from steadypause.cli.entry import main; sys.exit(main([]))"


@dataclass
class Sample:
    cpu_s: float
    voluntary: int


def sample(pid: int) -> Sample:
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()  # after the command name
    cpu = (int(fields[11]) + int(fields[12])) / TICK  # utime, stime (fields 14, 15)
    switches = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    switches += int(line.split()[1])
        except FileNotFoundError:  # a thread that ended meanwhile
            continue
    return Sample(cpu, switches)


class Desk:
    """One Xvfb + trayer + session bus + XDG dirs, and the app running in it."""

    def __init__(self, src: Path, label: str, extra_env: dict[str, str] | None = None) -> None:
        self.label = label
        self.procs: list[subprocess.Popen] = []
        self.tmp = Path(tempfile.mkdtemp(prefix=f"sp-idle-{label}-", dir="/tmp"))
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("XDG_", "DBUS_", "WAYLAND", "QT_"))
        }
        make_private_dirs(self.tmp, self.env)
        server, display = start_xvfb("1280x800", env=self.env, stdin=subprocess.DEVNULL)
        self.procs.append(server)
        if not display:
            raise SystemExit("Xvfb did not start")
        self.env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(src / "src"))
        self.env.update(extra_env or {})
        _, self.env["DBUS_SESSION_BUS_ADDRESS"] = start_session_bus(self._start)
        self._start(TRAYER)
        time.sleep(1.0)  # trayer claims the tray selection
        self.log = (self.tmp / "app.log").open("wb")
        self.app = self._start(
            [sys.executable, "-c", RUN_APP], stdout=self.log, stderr=subprocess.STDOUT
        )

    def _start(self, argv: list[str], **kw: object) -> subprocess.Popen:
        proc = subprocess.Popen(
            argv,
            env=self.env,
            stdin=subprocess.DEVNULL,
            **({"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL} | kw),
        )  # type: ignore[arg-type]
        self.procs.append(proc)
        return proc

    def alive(self) -> bool:
        return self.app.poll() is None

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def export_old(ref: str, where: Path) -> Path:
    if not (where / "src" / "steadypause").is_dir():
        where.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", ref], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    return where


def one_round(
    trees: dict[str, Path],
    order: list[str],
    minutes: float,
    envs: dict[str, dict[str, str]] | None = None,
) -> dict[str, Sample]:
    desks = {}
    try:
        for label in order:
            desks[label] = Desk(trees[label], label, (envs or {}).get(label))
        time.sleep(SETTLE_S)  # start-up is not idle cost
        for label, desk in desks.items():
            if not desk.alive():
                raise SystemExit(
                    f"the {label} app exited:\n{(desk.tmp / 'app.log').read_text()[-2000:]}"
                )
        before = {label: sample(d.app.pid) for label, d in desks.items()}
        time.sleep(minutes * 60)
        after = {label: sample(d.app.pid) for label, d in desks.items()}
        return {
            label: Sample(
                after[label].cpu_s - before[label].cpu_s,
                after[label].voluntary - before[label].voluntary,
            )
            for label in desks
        }
    finally:
        for desk in desks.values():
            desk.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--old", default="463d065", help="the 0.1 app's commit")
    parser.add_argument("--against", choices=("0.1", "no-microphone"), default="0.1")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    for tool in ("Xvfb", "trayer", "dbus-daemon"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is needed")
    sound: SoundServer | None = None
    envs: dict[str, dict[str, str]] = {}
    if options.against == "no-microphone":
        sound = SoundServer()
        base = "0.1"  # the label the report divides by: here, the app without the source
        trees = {"now": REPO, base: REPO}
        envs = {"now": {"PULSE_SERVER": sound.address}, base: {"PULSE_SERVER": "unix:/nowhere"}}
    else:
        trees = {"now": REPO, "0.1": export_old(options.old, Path("/tmp") / f"sp-{options.old}")}
    try:
        rounds = run_rounds(trees, envs, options)
    finally:
        if sound is not None:
            sound.stop()
    report_rounds(trees, rounds, options)


def run_rounds(
    trees: dict[str, Path], envs: dict[str, dict[str, str]], options: argparse.Namespace
) -> list[dict[str, Sample]]:
    rounds = []
    for i in range(options.rounds):
        order = ["now", "0.1"] if i % 2 == 0 else ["0.1", "now"]
        result = one_round(trees, order, options.minutes, envs)
        rounds.append(result)
        print(
            f"round {i + 1} ({' first, '.join(order)} second): "
            + "; ".join(
                f"{k} {v.cpu_s:.2f} s CPU, {v.voluntary} switches" for k, v in result.items()
            ),
            file=sys.stderr,
        )
    return rounds


def report_rounds(
    trees: dict[str, Path], rounds: list[dict[str, Sample]], options: argparse.Namespace
) -> None:
    if options.against == "no-microphone":
        print("now: with the microphone source; 0.1: the same app without it", file=sys.stderr)
    med = {
        label: Sample(
            statistics.median(r[label].cpu_s for r in rounds),
            int(statistics.median(r[label].voluntary for r in rounds)),
        )
        for label in trees
    }
    report = {
        "minutes": options.minutes,
        "rounds": options.rounds,
        "per_round": [{k: vars(v) for k, v in r.items()} for r in rounds],
        "median": {k: vars(v) for k, v in med.items()},
        "ratio_cpu": med["now"].cpu_s / med["0.1"].cpu_s if med["0.1"].cpu_s else None,
        "ratio_switches": (
            med["now"].voluntary / med["0.1"].voluntary if med["0.1"].voluntary else None
        ),
    }
    if options.json:
        print(json.dumps(report))
        return
    print(f"over {options.minutes:g} idle minutes, median of {options.rounds} rounds:")
    for label, m in med.items():
        print(f"  {label:>4}: {m.cpu_s:6.2f} s CPU, {m.voluntary:6d} voluntary switches")
    if report["ratio_cpu"] is not None:
        print(
            f"  now / 0.1: CPU x{report['ratio_cpu']:.2f}, switches "
            f"x{report['ratio_switches'] or float('nan'):.2f}"
        )


if __name__ == "__main__":
    main()
