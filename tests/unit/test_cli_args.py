"""The command line: argument parsing, exit codes and what it prints.

Commands that need a running instance run ``main()`` in a subprocess while a stand-in
InstanceServer in this process answers (the client blocks, the server needs our event
loop). ``steadypause.app`` is replaced by a fake whose ``run`` only reports its call.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import types
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from steadypause import __version__
from steadypause.cli import app_commands, entry, exits, status_text
from steadypause.ipc import client as ipc_client
from steadypause.ipc.errors import CommandError, IpcError
from steadypause.ipc.instance import claim_instance

# --- fixtures and helpers ----------------------------------------------------------------


@pytest.fixture
def app_runs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace steadypause.app with a fake; returns the list of run() calls."""
    calls: list[dict[str, Any]] = []

    def run(**kwargs: Any) -> int:
        calls.append(kwargs)
        return 7

    fake = types.ModuleType("steadypause.app")
    fake.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "steadypause.app", fake)
    # start() settles the session bus address in os.environ before the app would start
    # (platform/linux/session_bus_address.py): recorded here, so it is put back afterwards.
    bus = "DBUS_SESSION_BUS_ADDRESS"
    monkeypatch.setenv(bus, os.environ.get(bus, ""))
    return calls


def local_now() -> datetime:
    return datetime.now().astimezone()


STATUS: dict[str, Any] = {
    "version": __version__,
    "tray": "fallback",
    "next_pause_at": None,
    "snoozed_until": None,
    "window": "routine",
    "last_cue": None,
}


class StandIn:
    """What the stand-in instance answers, and what it was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.status = dict(STATUS)
        self.refusal: str | None = None

    def __call__(self, cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        self.calls.append((cmd, args))
        if self.refusal is not None:
            raise CommandError(self.refusal)
        if cmd == "snooze":
            until = local_now() + timedelta(minutes=args.get("minutes", 600))
            self.status["snoozed_until"] = until.isoformat()
        if cmd == "quit":
            return {"quitting": True}
        return dict(self.status)


@pytest.fixture
def stand_in(qapp: Any, runtime: Path) -> Iterator[StandIn]:
    handler = StandIn()
    server = claim_instance(handler)
    assert server is not None
    yield handler
    server.close()
    server.deleteLater()


CLI_SCRIPT = """
    import sys, types
    fake = types.ModuleType("steadypause.app")
    def run(**kwargs):
        print("app.run", sorted(kwargs.items()))
        return 7
    fake.run = run
    sys.modules["steadypause.app"] = fake
    from steadypause.cli.entry import main
    sys.exit(main(sys.argv[1:]))
"""


def run_cli(qtbot: Any, *args: str) -> subprocess.CompletedProcess[str]:
    """``steadypause ARGS`` in a subprocess while this process's event loop runs."""
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(CLI_SCRIPT), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


# --- arguments ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["snooze"], "required: MINUTES"),
        (["snooze", "abc"], "MINUTES must be a whole number from 1 to 1440, or 'tomorrow'"),
        (["snooze", "0"], "MINUTES must be a whole number"),
        (["snooze", "1441"], "MINUTES must be a whole number"),
        (["snooze", "5000"], "MINUTES must be a whole number"),
        (["snooze", "-5"], "MINUTES must be a whole number"),
        (["snooze", "+5"], "MINUTES must be a whole number"),
        (["snooze", "2.5"], "MINUTES must be a whole number"),
        (["snooze", "1_0"], "MINUTES must be a whole number"),
        (["snooze", "٣"], "MINUTES must be a whole number"),
        (["snooze", "5", "6"], "unrecognized arguments: 6"),
        (["status", "--yaml"], "unrecognized arguments: --yaml"),
        (["close-day", "now"], "unrecognized arguments: now"),
        (["--autostart", "status"], "--autostart only applies when starting the app"),
        (["--frob"], "unrecognized arguments: --frob"),
    ],
)
def test_bad_arguments_exit_2(
    capsys: pytest.CaptureFixture[str], runtime: Path, argv: list[str], complaint: str
) -> None:
    assert entry.main(argv) == exits.EXIT_USAGE

    out, err = capsys.readouterr()
    assert out == ""
    assert complaint in err
    assert "usage: steadypause" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["--version"]) == 0

    assert capsys.readouterr().out == "steadypause 0.1.0\n"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["--help"]) == 0

    out = capsys.readouterr().out
    for command in ("pause", "snooze", "resume", "close-day", "quit", "status"):
        assert command in out


@pytest.mark.parametrize(
    ("text", "value"),
    [("1", 1), ("30", 30), ("1440", 1440), ("0030", 30), ("tomorrow", "tomorrow"),
     ("Tomorrow", "tomorrow")],
)  # fmt: skip
def test_snooze_length_accepts(text: str, value: int | str) -> None:
    assert app_commands.snooze_length(text) == value


# --- no instance running -----------------------------------------------------------------


@pytest.mark.parametrize(
    "argv", [["status"], ["status", "--json"], ["snooze", "5"], ["resume"], ["close-day"], ["quit"]]
)
def test_commands_without_instance_exit_3(
    capsys: pytest.CaptureFixture[str],
    runtime: Path,
    app_runs: list[dict[str, Any]],
    argv: list[str],
) -> None:
    assert entry.main(argv) == exits.EXIT_NOT_RUNNING

    out, err = capsys.readouterr()
    assert out == ""
    assert err == "Steady Pause is not running.\n"
    assert app_runs == []


def test_pause_without_instance_starts_the_app_with_a_pause(
    runtime: Path, app_runs: list[dict[str, Any]]
) -> None:
    assert entry.main(["pause"]) == 7

    assert app_runs == [{"initial_command": "pause", "autostart": False, "routine": None}]


@pytest.mark.parametrize(
    ("argv", "autostart"), [([], False), (["--autostart"], True)], ids=["plain", "autostart"]
)
def test_no_command_starts_the_app(
    runtime: Path, app_runs: list[dict[str, Any]], argv: list[str], autostart: bool
) -> None:
    assert entry.main(argv) == 7

    assert app_runs == [{"initial_command": None, "autostart": autostart, "routine": None}]


def test_channel_failure_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, runtime: Path
) -> None:
    def broken(*args: Any, **kwargs: Any) -> dict[str, Any]:
        raise IpcError("no answer from Steady Pause within 3000 ms")

    monkeypatch.setattr(ipc_client, "send_command", broken)

    assert entry.main(["status"]) == exits.EXIT_FAILED

    err = capsys.readouterr().err
    assert err.startswith("steadypause: ")
    assert "no answer from Steady Pause within 3000 ms" in err


# --- against a stand-in instance ---------------------------------------------------------


def test_status_json_prints_one_object(qtbot: Any, stand_in: StandIn) -> None:
    stand_in.status["last_cue"] = {"kind": "manual", "at": local_now().isoformat(), "detail": ""}

    done = run_cli(qtbot, "status", "--json")

    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1
    assert json.loads(done.stdout) == stand_in.status
    assert stand_in.calls == [("status", {})]


def test_status_plain(qtbot: Any, stand_in: StandIn) -> None:
    now = local_now()
    cue_at = now.replace(second=0, microsecond=0)
    stand_in.status["last_cue"] = {"kind": "work_timer", "at": cue_at.isoformat(), "detail": None}
    next_pause = now + timedelta(hours=2, seconds=20)
    stand_in.status["next_pause_at"] = next_pause.isoformat()

    done = run_cli(qtbot, "status")

    assert done.returncode == 0, done.stderr
    day = "" if next_pause.date() == now.date() else "tomorrow "
    assert done.stdout.splitlines() == [
        "Steady Pause 0.1.0 is running.",
        f"Next pause: {day}{next_pause:%H:%M} (in 2 h)",
        "Tray: no system tray found, using the fallback",
        "Window: routine",
        f"Last cue: Work timer at {cue_at:%H:%M}",
    ]


@pytest.mark.parametrize(
    ("argv", "sent", "message"),
    [
        (["pause"], ("pause", {"source": "cli"}), "Opening a pause."),
        (["resume"], ("resume", {}), "Reminders are back on."),
        (["close-day"], ("close-day", {}), "Closing the day. No more reminders today."),
        (["quit"], ("quit", {}), "Steady Pause is closing."),
    ],
)
def test_commands_reach_the_instance(
    qtbot: Any, stand_in: StandIn, argv: list[str], sent: tuple[str, dict], message: str
) -> None:
    done = run_cli(qtbot, *argv)

    assert done.returncode == 0, done.stderr
    assert done.stdout == message + "\n"
    assert stand_in.calls == [sent]


def test_snooze_minutes(qtbot: Any, stand_in: StandIn) -> None:
    done = run_cli(qtbot, "snooze", "30")

    assert done.returncode == 0, done.stderr
    assert stand_in.calls == [("snooze", {"minutes": 30})]
    until = datetime.fromisoformat(stand_in.status["snoozed_until"])
    day = "" if until.date() == local_now().date() else "tomorrow "
    assert done.stdout == f"Reminders snoozed until {day}{until:%H:%M}.\n"


def test_snooze_tomorrow(qtbot: Any, stand_in: StandIn) -> None:
    done = run_cli(qtbot, "snooze", "tomorrow")

    assert done.returncode == 0, done.stderr
    assert stand_in.calls == [("snooze", {"until": "tomorrow"})]
    assert done.stdout.startswith("Reminders snoozed until ")


def test_refused_command_exits_1(qtbot: Any, stand_in: StandIn) -> None:
    stand_in.refusal = "cannot snooze during a pause"

    done = run_cli(qtbot, "snooze", "10")

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == "steadypause: cannot snooze during a pause\n"


def test_start_when_already_running_does_not_start_again(qtbot: Any, stand_in: StandIn):
    done = run_cli(qtbot)

    assert done.returncode == 0, done.stderr
    assert done.stdout == "Steady Pause is already running.\n"
    assert "app.run" not in done.stdout
    assert stand_in.calls == []  # a ping, answered by the server itself


# --- status text -------------------------------------------------------------------------

CET = timezone(timedelta(hours=1))
NOW = datetime(2025, 3, 4, 14, 0, 10, tzinfo=CET)


def status(**changes: Any) -> dict[str, Any]:
    return {**STATUS, "tray": "available", "window": "closed", **changes}


@pytest.mark.parametrize(
    ("changes", "line"),
    [
        ({"next_pause_at": "2025-03-04T14:42:00+01:00"}, "Next pause: 14:42 (in 42 min)"),
        ({"next_pause_at": "2025-03-04T13:42:00+00:00"}, "Next pause: 14:42 (in 42 min)"),
        ({"next_pause_at": "2025-03-04T16:05:00+01:00"}, "Next pause: 16:05 (in 2 h 5 min)"),
        ({"next_pause_at": "2025-03-05T08:00:00+01:00"}, "Next pause: tomorrow 08:00 (in 18 h)"),
        ({"next_pause_at": "2025-03-04T13:59:00+01:00"}, "Next pause: 13:59 (due now)"),
        ({"snoozed_until": "2025-03-04T15:00:00+01:00"}, "Reminders snoozed until 15:00"),
        (
            {
                "snoozed_until": "2025-03-05T09:00:00+01:00",
                "next_pause_at": "2025-03-05T09:00+01:00",
            },
            "Reminders snoozed until tomorrow 09:00",
        ),
        (
            {"snoozed_until": "2025-03-09T09:00:00+01:00"},
            "Reminders snoozed until 2025-03-09 09:00",
        ),
        ({}, "No pause is scheduled."),
        ({"next_pause_at": "soon"}, "No pause is scheduled."),
    ],
)
def test_format_status_schedule_line(changes: dict[str, Any], line: str) -> None:
    lines = status_text.format_status(status(**changes), NOW)

    assert lines == ["Steady Pause 0.1.0 is running.", line, "Window: closed", "Last cue: none yet"]


@pytest.mark.parametrize(
    ("cue", "line"),
    [
        (None, "Last cue: none yet"),
        (
            {"kind": "work_timer", "at": "2025-03-04T13:30:00+01:00"},
            "Last cue: Work timer at 13:30",
        ),
        (
            {"kind": "manual", "at": "2025-03-04T13:30:00+01:00", "detail": "tray"},
            "Last cue: You asked at 13:30 (tray)",
        ),
        ({"kind": "unlock", "at": None, "detail": None}, "Last cue: Unlocked"),
        # a cue from a newer version: its own name, made readable as History makes it
        ({"kind": "from_a_newer_version", "detail": "5"}, "Last cue: From a newer version (5)"),
    ],
)
def test_format_status_last_cue(cue: Any, line: str) -> None:
    assert status_text.format_status(status(last_cue=cue), NOW)[-1] == line


def test_format_status_tray_fallback_and_window() -> None:
    lines = status_text.format_status(status(tray="fallback", window="prompt"), NOW)

    assert "Tray: no system tray found, using the fallback" in lines
    assert "Window: prompt" in lines


def test_format_status_survives_a_sparse_answer() -> None:
    assert status_text.format_status({}, NOW) == [
        "Steady Pause ? is running.",
        "No pause is scheduled.",
        "Window: unknown",
        "Last cue: none yet",
    ]


@pytest.mark.parametrize(
    ("sound", "line"),
    [
        (
            {"sound": "not installed", "sound_parts": {}},
            "Sound: not installed (scripts/install-and-start --with-sound adds it)",
        ),
        ({"sound": "off", "sound_parts": {"chime": "off", "voice": "off"}}, "Sound: off"),
        (
            {"sound": "chime: ready", "sound_parts": {"chime": "ready", "voice": "off"}},
            "Sound: chime on",
        ),
        (
            {
                "sound": "chime: ready; voice: ready",
                "sound_parts": {"chime": "ready", "voice": "ready"},
            },
            "Sound: chime on, voice on",
        ),
        (
            {
                "sound": "chime: This computer has no audio output right now.; voice: ready",
                "sound_parts": {
                    "chime": "This computer has no audio output right now.",
                    "voice": "ready",
                },
            },
            "Sound: chime on, voice on. This computer has no audio output right now.",
        ),
    ],
)
def test_format_status_says_in_one_line_what_sound_there_is(
    sound: dict[str, Any], line: str
) -> None:
    lines = status_text.format_status(status(**sound), NOW)

    assert [entry for entry in lines if entry.startswith("Sound:")] == [line]
    assert lines[-1] == "Last cue: none yet"


def test_format_status_has_no_sound_line_from_an_app_that_does_not_say() -> None:
    assert not any(line.startswith("Sound") for line in status_text.format_status(status(), NOW))
