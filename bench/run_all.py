"""Every benchmark, Steady Pause beside a bare PySide6 tray app, on a virtual screen.

    .venv/bin/python bench/run_all.py            # full run (about 25 minutes)
    .venv/bin/python bench/run_all.py --quick    # a few minutes, fewer repetitions

Starts Xvfb, openbox and trayer (a real XEmbed tray host) and a private session bus,
then measures, with the app and ``bench/bare_tray.py`` interleaved over several
repetitions:

- start-up: process start until the ``tray icon shown (monotonic S)`` line, and until the
  icon's **first paint**, seen from outside both programs alike (bench/icon_paint.py: a
  thread with its own X connection reads the top-right corner of the screen, where trayer
  sits, every 2 ms with XGetImage, and takes the first poll from which on the corner shows
  the icon as it stays: neither program is asked, so neither is favoured; the tray-shown
  line only says that ``show()`` was called, which on an XEmbed host comes before the
  embedding and the paint);
- memory: PSS and USS from /proc/PID/smaps_rollup after 30 s idle (one process at a time,
  since PSS shares pages between processes that map the same libraries);
- idle cost: CPU seconds, voluntary context switches (all threads) and timer events in
  the GUI thread over N idle minutes, the app and the bare tray running side by side;
- responsiveness: ``timer-now`` → first paint of the prompt, and a real click on *Start*
  (xdotool) → first paint of the breathing animation, from the app's own monotonic marks
  (``STEADYPAUSE_BENCH=1``, see src/steadypause/probe.py);
- growth: PSS and USS before and after 500 pause-window and 500 prompt open/close cycles
  driven over the command socket, with windows, threads and child processes counted;
- animation: bench/breathing_frames.py on the same screen.

Prints a table (figures, not pass or fail) and saves all samples in bench/out/.
Needs Xvfb, openbox, trayer, dbus-launch (dbus-x11) and xdotool.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
PYTHON = sys.executable
SHOWN = re.compile(r"tray icon shown \(monotonic ([0-9.]+)\)")
START_TIMEOUT = 30.0

sys.path.insert(0, str(BENCH.parent / "tests"))  # the support package the tests use too

from support import app_socket  # noqa: E402
from support.app_home import ipc_socket, make_private_dirs, settings_file  # noqa: E402
from support.displays import TRAYER, start_xvfb  # noqa: E402
from support.waiting import wait_for  # noqa: E402


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- the virtual screen ------------------------------------------------------------------


class Screen:
    """Xvfb + openbox + trayer + a session bus; ``env`` reaches all of them."""

    def __init__(self) -> None:
        self._procs: list[subprocess.Popen[bytes]] = []
        self.env = dict(os.environ)
        self.xserver_pid = 0

    def __enter__(self) -> Screen:
        missing = [
            t
            for t in ("Xvfb", "openbox", "trayer", "dbus-launch", "xdotool")
            if shutil.which(t) is None
        ]
        if missing:
            sys.exit(
                f"run_all: missing {', '.join(missing)} (apt-get install xvfb openbox "
                "trayer dbus-x11 xdotool)"
            )
        xvfb, display = start_xvfb("1600x1000")
        self._procs.append(xvfb)
        self.xserver_pid = xvfb.pid
        if not display:
            sys.exit("run_all: Xvfb did not start")
        self.env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        self.env.pop("WAYLAND_DISPLAY", None)
        self._spawn(["openbox"])
        out = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=self.env, text=True, capture_output=True, check=True
        ).stdout
        for key in ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SESSION_BUS_PID"):
            match = re.search(rf"{key}='?([^';\n]+)'?;", out)
            if match:
                self.env[key] = match.group(1)
        self._spawn([*TRAYER, "--transparent", "false", "--tint", "0x303540"])
        wait_for(
            lambda: (
                subprocess.run(
                    ["xdotool", "search", "--class", "trayer"], env=self.env, capture_output=True
                ).returncode
                == 0
            ),
            10,
            "trayer to map its panel",
        )
        time.sleep(0.5)
        log(f"virtual screen {display} with openbox and trayer")
        return self

    def _spawn(self, argv: list[str]) -> None:
        self._procs.append(
            subprocess.Popen(
                argv, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )

    def __exit__(self, *exc: object) -> None:
        bus = self.env.get("DBUS_SESSION_BUS_PID")
        if bus and bus.isdigit():
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(bus), signal.SIGTERM)
        for proc in reversed(self._procs):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()


# --- the two programs --------------------------------------------------------------------


@dataclass
class Program:
    kind: str  # "app" or "bare"
    proc: subprocess.Popen[str]
    started: float  # time.monotonic() just before the process was created
    home: Path
    socket: Path  # the app's command socket
    lines: list[str] = field(default_factory=list)
    shown_at: float | None = None
    _shown: threading.Event = field(default_factory=threading.Event)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            match = SHOWN.search(line)
            if match and self.shown_at is None:
                self.shown_at = float(match.group(1))
                self._shown.set()

    def wait_shown(self) -> float:
        if not self._shown.wait(START_TIMEOUT):
            tail = "\n".join(self.lines[-20:])
            raise TimeoutError(f"{self.kind} showed no tray icon in {START_TIMEOUT} s:\n{tail}")
        assert self.shown_at is not None
        return self.shown_at - self.started

    def command(self, cmd: str, **args: Any) -> dict[str, Any]:
        """One command over the app's socket (the protocol of steadypause.ipc)."""
        reply = app_socket.request(self.socket, cmd, **args)
        if not reply.get("ok"):
            raise RuntimeError(f"{cmd}: {reply.get('error')}")
        return dict(reply["result"])

    def timer_events(self) -> dict[str, int]:
        if self.kind == "app":
            return self.command("status")["bench"]["timer_events"]
        before = len(self.lines)
        os.kill(self.pid, signal.SIGUSR1)
        line = wait_for(
            lambda: next((x for x in self.lines[before:] if x.startswith("{")), None),
            10,
            "the bare tray's timer counts",
        )
        return json.loads(line)["timer_events"]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.home, ignore_errors=True)


APP_SRC: str | None = None  # --app-src: run the app from another source tree


def launch(
    kind: str,
    screen: Screen,
    *,
    probe: bool = False,
    settings: str = "",
    argv: list[str] | None = None,
) -> Program:
    """Start the app or the bare tray in a fresh home; ``settings``: more settings.toml lines;
    ``argv``: another command line for it (``bench/memory_breakdown.py``)."""
    # A fresh home per process: its own settings, data and (short) runtime directory.
    home = Path(tempfile.mkdtemp(prefix=f"spb-{kind}-", dir="/tmp"))
    env = dict(screen.env)
    make_private_dirs(home, env)
    # Every hour a working hour and no day cues: the figures must not depend on the time of
    # day the bench runs (a "Good morning" prompt would otherwise sit on screen while idle).
    settings_file(env).parent.mkdir(mode=0o700)
    settings_file(env).write_text(
        "".join(
            f'hours_{day} = "00:00-23:59"\n'
            for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
        )
        + "cue_start_of_day = false\ncue_end_of_day = false\n"
        + settings
    )
    if probe:
        env["STEADYPAUSE_BENCH"] = "1"
    env["STEADYPAUSE_TEST_COMMANDS"] = "1"  # timer-now, dismiss, show-history …
    # An installed app runs from compiled byte-code (pip and the packages compile it). With
    # PYTHONDONTWRITEBYTECODE set (some shells and CI images set it) no __pycache__ is ever
    # written for the source tree, and every start compiled the app's ~60 modules again:
    # ~80 ms on the 2026-12-02 machine, which the bare tray (one small file) barely pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if APP_SRC and kind == "app":
        env["PYTHONPATH"] = APP_SRC
    if argv is None:
        argv = (
            [PYTHON, "-m", "steadypause"]
            if kind == "app"
            else [PYTHON, str(BENCH / "bare_tray.py")]
        )
    started = time.monotonic()
    proc = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
    )
    program = Program(kind, proc, started, home, ipc_socket(env))
    threading.Thread(target=program._read, daemon=True).start()
    return program


# --- /proc -------------------------------------------------------------------------------


def memory(pid: int) -> dict[str, float]:
    """PSS, USS and RSS in MiB from smaps_rollup."""
    values: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, rest = line.split(":", 1)
        values[key] = int(rest.split()[0])
    uss = values["Private_Clean"] + values["Private_Dirty"]
    return {"pss": values["Pss"] / 1024, "uss": uss / 1024, "rss": values["Rss"] / 1024}


def cpu_seconds(pid: int) -> float:
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def context_switches(pid: int) -> int:
    """Voluntary context switches summed over all threads (each one is a wake-up)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(FileNotFoundError):
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    total += int(line.split()[1])
    return total


def threads_and_children(pid: int) -> tuple[int, int]:
    tasks = list(Path(f"/proc/{pid}/task").iterdir())
    children = sum(len((t / "children").read_text().split()) for t in tasks)
    return len(tasks), children


# --- the benchmarks ----------------------------------------------------------------------


def bench_startup_and_memory(screen: Screen, reps: int, idle_s: float) -> dict[str, Any]:
    from icon_paint import IconWatch

    samples: dict[str, Any] = {"app": [], "bare": []}
    for kind in ("app", "bare"):  # one unrecorded run each: warm the page cache
        program = launch(kind, screen)
        program.wait_shown()
        program.stop()
    watch = IconWatch(screen.env["DISPLAY"])
    load = [os.getloadavg()[0]]
    try:
        for rep in range(reps):
            for kind in ("app", "bare") if rep % 2 == 0 else ("bare", "app"):
                time.sleep(0.5)  # the previous icon gone from the panel
                watch.start()
                program = launch(kind, screen)
                try:
                    startup = program.wait_shown()
                    time.sleep(idle_s)
                    painted = watch.finish()
                    sample = {"startup_ms": startup * 1000, **memory(program.pid)}
                    if painted is not None:
                        sample["paint_ms"] = (painted - program.started) * 1000
                        sample["paint_changes"] = watch.changes()
                finally:
                    program.stop()
                samples[kind].append(sample)
                log(
                    f"start-up/memory {rep + 1}/{reps} {kind}: {startup * 1000:.0f} ms shown, "
                    f"{sample.get('paint_ms', float('nan')):.0f} ms painted, "
                    f"PSS {sample['pss']:.1f} MiB"
                )
            load.append(os.getloadavg()[0])
    finally:
        watch.close()
    samples["load_avg_1min"] = load  # before the first start and after each round
    return samples


def _app_timers(counts: dict[str, int]) -> int:
    return counts.get("QTimer", 0)


def bench_idle(screen: Screen, copies: int, minutes: float, settle_s: float) -> dict[str, Any]:
    """``copies`` apps and bare trays idle side by side (each with the timer counter on)."""
    programs = [launch(kind, screen, probe=True) for _ in range(copies) for kind in ("app", "bare")]
    try:
        for p in programs:
            p.wait_shown()
        time.sleep(settle_s)
        before = {
            p.pid: (cpu_seconds(p.pid), context_switches(p.pid), p.timer_events()) for p in programs
        }
        t0 = time.monotonic()
        log(f"idle: {copies} app(s) and {copies} bare tray(s) for {minutes:g} min")
        time.sleep(minutes * 60)
        elapsed_min = (time.monotonic() - t0) / 60
        samples: dict[str, list[dict[str, Any]]] = {"app": [], "bare": []}
        for p in programs:
            cpu0, ctx0, timers0 = before[p.pid]
            timers1 = p.timer_events()
            delta = {k: timers1.get(k, 0) - timers0.get(k, 0) for k in timers1}
            samples[p.kind].append(
                {
                    "cpu_s_per_min": (cpu_seconds(p.pid) - cpu0) / elapsed_min,
                    "ctx_per_min": (context_switches(p.pid) - ctx0) / elapsed_min,
                    "timer_events_per_min": sum(delta.values()) / elapsed_min,
                    "qtimer_per_min": _app_timers(delta) / elapsed_min,
                    "timer_events_by_class": {k: v for k, v in delta.items() if v},
                    "minutes": elapsed_min,
                }
            )
        return samples
    finally:
        for p in programs:
            p.stop()


def wait_for_quiet(screen: Screen) -> None:
    """Wait until the X server has seen no input for the app's pause in typing, as the app
    reads it (XScreenSaver's idle time), but not so long that it counts the person as away."""
    from steadypause.core.typing_gap import TYPING_QUIET
    from steadypause.platform.linux.x11_idle import X11Idle

    idle = X11Idle(display=screen.env["DISPLAY"])
    try:
        started = time.monotonic()
        wait_for(
            lambda: (idle.idle_seconds() or 0) >= TYPING_QUIET + 0.5,
            120,
            "the screen to be quiet for the pause in typing",
            every=0.25,
        )
        waited = time.monotonic() - started
        if waited > TYPING_QUIET + 2:
            log(f"waited {waited:.0f} s for {TYPING_QUIET:.0f} quiet seconds on the screen")
    finally:
        idle.stop()


def bench_responsiveness(app: Program, screen: Screen, reps: int) -> dict[str, list[float]]:
    cue_to_prompt, start_to_frame = [], []
    for _ in range(reps):
        # A reminder waits for 10 s without input (a pause in typing). Let that pass, or the
        # figure would be the wait.
        wait_for_quiet(screen)
        app.command("timer-now")
        try:
            bench = wait_for(
                lambda: (
                    (b := app.command("status")["bench"])["marks"]["prompt_painted"]
                    and b["start_button"]
                    and b
                ),
                10,
                "the prompt to be painted",
            )
        except TimeoutError:
            log(f"status when the prompt did not come: {app.command('status')}")
            log("app output: " + "".join(app.lines[-20:]))
            raise
        marks = bench["marks"]
        cue_to_prompt.append((marks["prompt_painted"] - marks["cue"]) * 1000)
        time.sleep(0.3)  # as a person would, and so the prompt has settled on screen
        x, y = bench["start_button"]
        subprocess.run(
            ["xdotool", "mousemove", str(x), str(y), "click", "1"], env=screen.env, check=True
        )
        marks = wait_for(
            lambda: (m := app.command("status")["bench"]["marks"])["first_frame"] and m,
            10,
            "the first frame of the breathing animation",
        )
        start_to_frame.append((marks["first_frame"] - marks["start"]) * 1000)
        time.sleep(0.5)
        app.command("dismiss")
        wait_for(lambda: app.command("status")["window"] == "closed", 10, "the pause to close")
        subprocess.run(["xdotool", "mousemove", "5", "500"], env=screen.env, check=True)
    return {"cue_to_prompt_ms": cue_to_prompt, "start_to_frame_ms": start_to_frame}


def bench_growth(app: Program, screen: Screen, cycles: int, warmup: int) -> dict[str, Any]:
    def cycle(open_cmd: str, window: str) -> None:
        assert app.command(open_cmd)["window"] == window
        time.sleep(0.03)  # let it be laid out, painted and (for the pause) animate
        app.command("dismiss")

    def snapshot() -> dict[str, Any]:
        time.sleep(3)  # deleteLater and friends run from the event loop
        bench = app.command("status")["bench"]
        threads, children = threads_and_children(app.pid)
        return {
            **memory(app.pid),
            "top_level_widgets": bench["top_level_widgets"],
            "visible_windows": bench["visible_windows"],
            "threads": threads,
            "child_processes": children,
        }

    wait_for_quiet(screen)  # no input for 10 s, or the reminder waits for a pause in typing
    for _ in range(warmup):
        cycle("pause", "routine")
        cycle("timer-now", "prompt")
    before = snapshot()
    t0 = time.monotonic()
    for n in range(cycles):
        cycle("pause", "routine")
        cycle("timer-now", "prompt")
        if (n + 1) % 100 == 0:
            log(f"growth: {n + 1}/{cycles} pause and prompt cycles")
    after = snapshot()
    return {
        "before": before,
        "after": after,
        "cycles": cycles,
        "warmup": warmup,
        "seconds": time.monotonic() - t0,
    }


def bench_animation(screen: Screen, seconds: float, reps: int) -> list[dict[str, Any]]:
    done = subprocess.run(
        [
            PYTHON,
            str(BENCH / "breathing_frames.py"),
            *("-s", str(seconds), "-r", str(reps), "--json"),
            *("--xserver-pid", str(screen.xserver_pid)),
        ],
        env=screen.env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60 + 3 * seconds * reps,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the table ---------------------------------------------------------------------------


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    ram_kib = int(Path("/proc/meminfo").read_text().split()[1])
    return (
        f"{os.cpu_count()} CPUs ({model}), {ram_kib / 1024 / 1024:.1f} GiB RAM, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def _commit() -> str:
    done = subprocess.run(
        ["git", "-C", str(BENCH.parent), "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or "unknown"


def table(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str, str]] = []

    def row(label: str, app: float, bare: float | None, fmt: str, goal: str) -> None:
        ratio = "–" if bare in (None, 0) or bare != bare else f"{app / bare:.2f}"
        rows.append(
            (label, format(app, fmt), "–" if bare is None else format(bare, fmt), ratio, goal)
        )

    sm = results.get("startup_memory")
    if sm:

        def both(key: str) -> tuple[float, float]:
            return (med([s[key] for s in sm["app"]]), med([s[key] for s in sm["bare"]]))

        row("start-up → tray icon (ms)", *both("startup_ms"), ".0f", "ratio ≤ 1.3")
        if all("paint_ms" in s for s in sm["app"] + sm["bare"]):
            row("start-up → icon's first paint (ms)", *both("paint_ms"), ".0f", "ratio ≤ 1.3")
        if sm.get("load_avg_1min"):
            loads = sm["load_avg_1min"]
            row(
                "load average (1 min) over the starts",
                med(loads),
                None,
                ".2f",
                f"max {max(loads):.2f}",
            )
        row("PSS after idle (MiB)", *both("pss"), ".1f", "ratio ≤ 1.2")
        row("USS after idle (MiB)", *both("uss"), ".1f", "")
    idle = results.get("idle")
    if idle:

        def idle_both(key: str) -> tuple[float, float]:
            return (med([s[key] for s in idle["app"]]), med([s[key] for s in idle["bare"]]))

        row("idle CPU (s per min)", *idle_both("cpu_s_per_min"), ".4f", "≤ 0.01")
        row("idle voluntary ctx switches per min", *idle_both("ctx_per_min"), ".1f", "")
        row("idle timer events per min (GUI thread)", *idle_both("timer_events_per_min"), ".2f", "")
        row(
            "idle QTimer firings per min",
            *idle_both("qtimer_per_min"),
            ".2f",
            "what the cue sources need",
        )
    resp = results.get("responsiveness")
    if resp:
        row("cue → prompt painted (ms)", med(resp["cue_to_prompt_ms"]), None, ".1f", "≤ 100")
        row(
            "Start click → first animation frame (ms)",
            med(resp["start_to_frame_ms"]),
            None,
            ".1f",
            "≤ 100",
        )
    growth = results.get("growth")
    if growth:
        b, a = growth["before"], growth["after"]
        n = growth["cycles"]
        row(f"PSS growth over {n}+{n} cycles (MiB)", a["pss"] - b["pss"], None, "+.2f", "≤ 2")
        row(f"USS growth over {n}+{n} cycles (MiB)", a["uss"] - b["uss"], None, "+.2f", "")
        row(
            "top-level widgets before → after",
            a["top_level_widgets"],
            None,
            ".0f",
            f"was {b['top_level_widgets']}",
        )
        row(
            "threads / child processes after",
            a["threads"],
            None,
            ".0f",
            f"children: {a['child_processes']}",
        )
    anim = results.get("animation")
    if anim:

        def anim_both(key: str) -> tuple[float, float]:
            return (
                med([t[key] for t in anim if t["kind"] == "app"]),
                med([t[key] for t in anim if t["kind"] == "bare"]),
            )

        row("animation median fps", *anim_both("median_fps"), ".1f", "60")
        row("animation late frames (> 25 ms)", *anim_both("dropped"), ".0f", "0")
        row("animation CPU (s per s)", *anim_both("cpu_per_s"), ".4f", "")
        row("X server CPU during it (s per s)", *anim_both("xserver_cpu_per_s"), ".4f", "")
        app_x = med([t["cpu_per_s"] + t["xserver_cpu_per_s"] for t in anim if t["kind"] == "app"])
        bare_x = med([t["cpu_per_s"] + t["xserver_cpu_per_s"] for t in anim if t["kind"] == "bare"])
        row("animation + X server CPU (s per s)", app_x, bare_x, ".4f", "ratio ≤ 0.35, ≤ 0.010")
        row("frames per breath (10 s)", *anim_both("frames_per_breath"), ".0f", "")
        row("largest radius step (device px)", *anim_both("max_step_px"), ".2f", "≤ 0.5")
    header = ("measure", "app", "bare", "app/bare", "goal")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer and shorter repetitions")
    parser.add_argument("--idle-minutes", type=float, help="idle period (default 10, quick 1)")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=("startup", "idle", "responsiveness", "growth", "animation"),
        help="run only these benchmarks",
    )
    parser.add_argument("--reps", type=int, help="start-up/memory repetitions (default 7, quick 3)")
    parser.add_argument(
        "--app-src",
        metavar="DIR",
        help="run the app from this src/ directory (a before/after comparison, "
        "e.g. of `git archive` output)",
    )
    args = parser.parse_args(argv)
    # Stop cleanly (the screen, its bus and every program) on Ctrl+C or kill, also when
    # started in the background, where the shell leaves SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("run_all: terminated"))
    global APP_SRC
    APP_SRC = args.app_src
    q = args.quick
    reps = args.reps or (3 if q else 7)
    idle_minutes = args.idle_minutes or (1.0 if q else 10.0)
    only = set(args.only or ("startup", "idle", "responsiveness", "growth", "animation"))
    results: dict[str, Any] = {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "quick": q,
        "commit": _commit(),
        "loadavg_before": Path("/proc/loadavg").read_text().split()[:3],
    }
    with Screen() as screen:
        if "startup" in only:
            results["startup_memory"] = bench_startup_and_memory(screen, reps, 10.0 if q else 30.0)
        if "idle" in only:
            results["idle"] = bench_idle(screen, 2 if q else 3, idle_minutes, 10.0 if q else 30.0)
        if only & {"responsiveness", "growth"}:
            # Someone at the desk: after minutes without input (the benchmarks above) the
            # app would start counting the person as away, and it never offers the work
            # timer's reminder to an empty desk.
            subprocess.run(["xdotool", "mousemove", "5", "500"], env=screen.env, check=True)
            app = launch("app", screen, probe=True)
            try:
                app.wait_shown()
                wait_for(lambda: app.socket.exists(), 10, "the app's socket")
                time.sleep(2)
                if "responsiveness" in only:
                    log("responsiveness")
                    results["responsiveness"] = bench_responsiveness(app, screen, 5 if q else 20)
                if "growth" in only:
                    results["growth"] = bench_growth(app, screen, 50 if q else 500, 10)
            finally:
                app.stop()
        if "animation" in only:
            log("animation")
            results["animation"] = bench_animation(screen, 3.0 if q else 10.0, 2 if q else 3)
    results["loadavg_after"] = Path("/proc/loadavg").read_text().split()[:3]
    out = BENCH / "out"
    out.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    (out / f"results-{stamp}.json").write_text(json.dumps(results, indent=1))
    print(
        f"{results['date']} · {results['machine']} · {results['commit']}"
        + (" · --quick" if q else "")
    )
    print(
        f"load average before/after: {' '.join(results['loadavg_before'])} / "
        f"{' '.join(results['loadavg_after'])}"
    )
    print()
    print(table(results))
    print(f"\n(all samples: bench/out/results-{stamp}.json)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
