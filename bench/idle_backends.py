"""The idle cost of each idle backend alone, side by side in one run: X11 (XScreenSaver,
polled as polledidle.py says), Mutter's idle monitor (QtDBus), the Wayland backend
(ext-idle-notify-v1 over ctypes, wayland_idle.py) and, where it is installed, the same
protocol through pywayland, against a baseline: the same process with no backend.

Each variant is a small process (QCoreApplication, the backend started with the app's
thresholds, nothing else) in its own environment: X11 on its own Xvfb, Mutter against a
python-dbusmock ``org.gnome.Mutter.IdleMonitor`` on a private session bus (a stand-in
for GNOME's service: it answers the calls, and fires the idle watch once when the
threshold has passed, as Mutter does for an empty desk), the Wayland variants on one headless KWin
(``kwin_wayland --virtual``, see tests/desktop/kwin_session.py). After ``--settle``
seconds the script counts over ``--minutes`` with no input: CPU time (the process's
CPU-time clock, in nanoseconds: /proc/PID/stat's 10 ms ticks, which bench/idle_cost.py
reads, are coarser than a backend's whole idle cost) and voluntary context switches (all
threads). ``--settle 130`` counts after the idle threshold (120 s) has fired, the steady
state of an empty desk; the default 5 s includes the threshold's own events. The variants
run in parallel, started in a rotating order; it reports per-round figures, medians, and
each variant's CPU against the baseline measured in the same round.

    .venv-test/bin/python bench/idle_backends.py [--minutes 3] [--rounds 3] [--settle 5]
        [--pywayland-site /path/to/site-packages]

Also prints, per binding, the time to import it and the resident memory added by
importing it and connecting once (after PySide6.QtCore, which the app has loaded anyway;
median of ``--import-reps`` fresh processes).
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "desktop"))
sys.path.insert(0, str(REPO / "tests"))  # the support package the tests use too
sys.path.insert(0, str(REPO / "bench"))

from idle_cost import Sample  # noqa: E402
from kwin_session import kwin_runnable, kwin_session  # noqa: E402

from steadypause.core.activity import IDLE_THRESHOLD_SECONDS  # noqa: E402
from support.buses import start_session_bus  # noqa: E402
from support.displays import start_xvfb  # noqa: E402

_libc = ctypes.CDLL(None, use_errno=True)


def sample(pid: int) -> Sample:
    """CPU time of the whole process from its CPU-time clock (clock_getcpuclockid:
    nanoseconds; /proc/PID/stat's clock ticks are 10 ms, coarser than an idle backend's
    whole cost over minutes) and voluntary context switches summed over its threads."""
    clock = ctypes.c_int()
    if _libc.clock_getcpuclockid(pid, ctypes.byref(clock)) != 0:
        raise SystemExit(f"no CPU clock for process {pid}")
    cpu = time.clock_gettime(clock.value)
    switches = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    switches += int(line.split()[1])
        except FileNotFoundError:  # a thread that ended meanwhile
            continue
    return Sample(cpu, switches)


CHILD = r"""
import os, sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication(sys.argv[:1])
variant = sys.argv[1]
backend = None
if variant == "x11":
    from steadypause.platform.linux.x11_idle import X11Idle
    backend = X11Idle()
elif variant == "mutter":
    from PySide6.QtDBus import QDBusConnection
    from steadypause.platform.linux.mutter_idle import MutterIdle
    backend = MutterIdle(QDBusConnection.sessionBus())
elif variant == "wayland":
    from steadypause.platform.wayland_idle import WaylandIdle
    backend = WaylandIdle()
elif variant == "pywayland":
    sys.path.append(os.environ["PYWAYLAND_SITE"])
    from PySide6.QtCore import QSocketNotifier
    from pywayland.client import Display
    from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
    from pywayland.protocol.wayland import WlSeat
    display = Display()
    display.connect()
    found = {}
    registry = display.get_registry()
    def global_(reg, name, interface, version):
        found[interface] = name
    registry.dispatcher["global"] = global_
    display.roundtrip()
    seat = registry.bind(found["wl_seat"], WlSeat, 1)
    notifier = registry.bind(found["ext_idle_notifier_v1"], ExtIdleNotifierV1, 1)
    events = []
    keep = []
    for ms in (120_000, 10_000):
        n = notifier.get_idle_notification(ms, seat)
        n.dispatcher["idled"] = lambda *a: events.append("idled")
        n.dispatcher["resumed"] = lambda *a: events.append("resumed")
        keep.append(n)
    display.flush()
    def readable():
        display.dispatch(block=True)   # the socket is readable: this does not wait
        display.flush()
    sock = QSocketNotifier(display.get_fd(), QSocketNotifier.Type.Read)
    sock.activated.connect(readable)
if backend is not None:
    assert backend.is_available(), backend.reason
    backend.start()
print("ready", flush=True)
app.exec()
"""

IMPORT = r"""
import os, sys, time
from PySide6.QtCore import QCoreApplication
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
before = rss(); t0 = time.perf_counter()
if sys.argv[1] == "wayland":
    from steadypause.platform.wayland_client import Connection
    t1 = time.perf_counter()
    c = Connection(os.environ["WAYLAND_DISPLAY"])
else:
    sys.path.append(os.environ["PYWAYLAND_SITE"])
    from pywayland.client import Display
    from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
    from pywayland.protocol.wayland import WlSeat
    t1 = time.perf_counter()
    d = Display(); d.connect(); d.roundtrip()
print((t1 - t0) * 1000, rss() - before)
"""


def mutter_mock(env: dict[str, str], procs: list[subprocess.Popen]) -> None:
    bus, env["DBUS_SESSION_BUS_ADDRESS"] = start_session_bus(stderr=subprocess.DEVNULL)
    procs.append(bus)
    iface = "org.gnome.Mutter.IdleMonitor"
    procs.append(
        subprocess.Popen(
            [sys.executable, "-m", "dbusmock", iface, "/org/gnome/Mutter/IdleMonitor/Core", iface],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    time.sleep(1.5)
    for method, sig_in, sig_out, code in [
        ("GetIdletime", "", "t", "ret = dbus.UInt64(0)"),
        ("AddIdleWatch", "t", "u", "ret = dbus.UInt32(7)"),
        ("AddUserActiveWatch", "", "u", "ret = dbus.UInt32(8)"),
        ("RemoveWatch", "u", "", ""),
    ]:
        subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                f"--dest={iface}",
                "/org/gnome/Mutter/IdleMonitor/Core",
                "org.freedesktop.DBus.Mock.AddMethod",
                f"string:{iface}",
                f"string:{method}",
                f"string:{sig_in}",
                f"string:{sig_out}",
                f"string:{code}",
            ],
            env=env,
            check=True,
            capture_output=True,
        )


def mutter_fires(env: dict[str, str]) -> None:
    fire = (
        "import dbus\n"
        "bus = dbus.SessionBus()\n"
        "obj = bus.get_object('org.gnome.Mutter.IdleMonitor', "
        "'/org/gnome/Mutter/IdleMonitor/Core')\n"
        "obj.EmitSignal('org.gnome.Mutter.IdleMonitor', 'WatchFired', 'u', "
        "[dbus.UInt32(7)], dbus_interface='org.freedesktop.DBus.Mock')\n"
    )
    subprocess.run([sys.executable, "-c", fire], env=env, check=False, capture_output=True)


def one_round(
    variants: list[str],
    base_env: dict[str, str],
    wayland_env: dict[str, str],
    minutes: float,
    settle: float,
) -> dict[str, Sample]:
    procs: list[subprocess.Popen] = []
    children: dict[str, subprocess.Popen] = {}
    timers: list[threading.Timer] = []
    tmp = Path(tempfile.mkdtemp(prefix="sp-idleb-", dir="/tmp"))
    try:
        for variant in variants:
            env = dict(base_env)
            if variant == "x11":
                server, env["DISPLAY"] = start_xvfb("640x480")
                procs.append(server)
                if not env["DISPLAY"]:
                    raise SystemExit("Xvfb did not start")
            elif variant == "mutter":
                mutter_mock(env, procs)
            elif variant in ("wayland", "pywayland"):
                env.update(wayland_env)
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, variant],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            if variant == "mutter":  # the idle watch (id 7) fires at the threshold
                timers.append(threading.Timer(IDLE_THRESHOLD_SECONDS, mutter_fires, [env]))
                timers[-1].start()
            procs.append(child)
            children[variant] = child
        for variant, child in children.items():
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                raise SystemExit(f"{variant} did not start")
        time.sleep(settle)
        before = {v: sample(c.pid) for v, c in children.items()}
        time.sleep(minutes * 60)
        after = {v: sample(c.pid) for v, c in children.items()}
        return {
            v: Sample(after[v].cpu_s - before[v].cpu_s, after[v].voluntary - before[v].voluntary)
            for v in children
        }
    finally:
        for timer in timers:
            timer.cancel()
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


def imports(variant: str, env: dict[str, str], reps: int) -> tuple[float, float]:
    times, kib = [], []
    for _ in range(reps):
        out = subprocess.run(
            [sys.executable, "-c", IMPORT, variant],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        times.append(float(out[0]))
        kib.append(float(out[1]))
    return statistics.median(times), statistics.median(kib) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--settle",
        type=float,
        default=5.0,
        help="seconds after start before counting (130: after the idle "
        "threshold has fired, the steady state of an empty desk)",
    )
    parser.add_argument("--import-reps", type=int, default=9)
    parser.add_argument("--pywayland-site", default="")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    if reason := kwin_runnable():
        raise SystemExit(reason)
    base_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISPLAY", "WAYLAND", "DBUS_", "QT_", "XDG_SESSION"))
    }
    base_env.update(PYTHONPATH=str(REPO / "src"), QT_QPA_PLATFORM="offscreen")
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    variants = ["baseline", "x11", "mutter", "wayland"]
    if options.pywayland_site:
        base_env["PYWAYLAND_SITE"] = options.pywayland_site
        variants.append("pywayland")
    rounds = []
    with kwin_session() as kwin:
        wayland_env = {"XDG_RUNTIME_DIR": str(kwin.runtime_dir), "WAYLAND_DISPLAY": kwin.socket}
        import_env = {**base_env, **wayland_env}
        loading = {
            v: imports(v, import_env, options.import_reps)
            for v in variants
            if v in ("wayland", "pywayland")
        }
        for i in range(options.rounds):
            order = variants[i % len(variants) :] + variants[: i % len(variants)]
            result = one_round(order, base_env, wayland_env, options.minutes, options.settle)
            rounds.append(result)
            print(
                f"round {i + 1}: "
                + "; ".join(
                    f"{k} {v.cpu_s * 1000:.2f} ms, {v.voluntary} sw" for k, v in result.items()
                ),
                file=sys.stderr,
            )
    per_min = {
        v: Sample(
            statistics.median(r[v].cpu_s for r in rounds) / options.minutes,
            statistics.median(r[v].voluntary for r in rounds) / options.minutes,
        )
        for v in variants
    }

    def ratio(a: float, b: float) -> float | None:
        return a / b if b else None

    # Each Wayland variant against the backends it replaces, round by round (same run).
    ratios = {
        f"{v}/{ref}": [
            (ratio(r[v].cpu_s, r[ref].cpu_s), ratio(r[v].voluntary, r[ref].voluntary))
            for r in rounds
        ]
        for v in variants
        if v in ("wayland", "pywayland")
        for ref in ("x11", "mutter", "baseline")
    }
    report = {
        "minutes": options.minutes,
        "rounds": options.rounds,
        "settle_s": options.settle,
        "per_round": [{k: vars(v) for k, v in r.items()} for r in rounds],
        "median_per_minute": {k: vars(v) for k, v in per_min.items()},
        "ratios_cpu_switches_per_round": ratios,
        "import_ms_and_rss_mib": loading,
    }
    if options.json:
        print(json.dumps(report))
        return
    print(
        f"per idle minute, median of {options.rounds} rounds of {options.minutes:g} min "
        f"counted from {options.settle:g} s after start:"
    )
    for v, m in per_min.items():
        print(f"  {v:>9}: {m.cpu_s * 1000:7.3f} CPU-ms, {m.voluntary:5.2f} voluntary switches")

    def fmt(x: float | None) -> str:
        return "-" if x is None else f"{x:.2f}"

    for name, per_round in ratios.items():
        print(
            f"  {name:>18} per round (CPU, switches): "
            + "; ".join(f"{fmt(c)}, {fmt(w)}" for c, w in per_round)
        )
    for v, (ms, mib) in loading.items():
        print(f"  load {v}: import {ms:.1f} ms, +{mib:.2f} MiB RSS (import and connect)")


if __name__ == "__main__":
    main()
