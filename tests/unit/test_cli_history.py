"""``steadypause history``: reads the file directly, read-only, with or without the app."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from steadypause.cli import entry
from steadypause.core import history
from steadypause.core.history import Outcome, Record


def today_at(hour: int) -> datetime:
    now = datetime.now().astimezone()
    return now.replace(hour=hour, minute=0, second=0, microsecond=0)


def fill() -> None:
    start = today_at(9)
    with history.opened(history.default_path()) as conn:
        history.insert(
            conn,
            Record(
                cue="unlock",
                outcome=Outcome.COMPLETED,
                routine="transition",
                started_at=start,
                ended_at=start + timedelta(minutes=1),
                steps_reached=2,
                steps_total=2,
                checkin_before=6,
                checkin_after=3,
                journal={"name": "ü and ✓"},
            ),
        )
        old = start - timedelta(days=20)
        history.insert(
            conn,
            Record(
                cue="manual",
                outcome=Outcome.SKIPPED,
                started_at=old,
                ended_at=old,
                steps_reached=1,
                steps_total=5,
            ),
        )


def test_without_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["history"]) == 0
    assert capsys.readouterr().out.startswith("No pauses recorded this week.")
    assert entry.main(["history", "--check"]) == 0
    assert "No history file yet" in capsys.readouterr().out
    assert not history.default_path().exists()


def test_summary_and_entries(capsys: pytest.CaptureFixture[str]) -> None:
    fill()
    assert entry.main(["history"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1 pause this week, after unlocking; your check-in eased by 3 points."
    assert out[2].endswith(
        "Unlocked         transition  completed                   check-in 6 → 3"
    )
    assert len(out) == 3
    assert entry.main(["history", "--days", "30"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2 pauses in the last 30 days")
    assert "closed at step 1 of 5" in out[2]


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    fill()
    assert entry.main(["history", "--days", "30", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["pauses"] == 2
    assert len(data["summary"]["per_day"]) == 30
    assert data["entries"][1]["journal"] == {"name": "ü and ✓"}
    assert data["entries"][1]["started_at"] == today_at(9).isoformat()


def test_reads_while_a_writer_holds_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    fill()
    with history.opened(history.default_path()) as conn:
        conn.execute("BEGIN IMMEDIATE")  # the app in the middle of a write
        conn.execute(
            "INSERT INTO pauses (cue, outcome, day) VALUES ('unlock', 'later', '2000-01-01')"
        )
        assert entry.main(["history", "--json"]) == 0
        conn.execute("ROLLBACK")
    assert json.loads(capsys.readouterr().out)["summary"]["pauses"] == 1


def test_check_reports_damage(capsys: pytest.CaptureFixture[str]) -> None:
    fill()
    path = history.default_path()
    assert entry.main(["history", "--check"]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: ok"
    path.write_bytes(b"not a database, not at all" * 200)
    assert entry.main(["history", "--check", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False
    assert data["problems"]
    assert entry.main(["history"]) == 1
    assert "history --check" in capsys.readouterr().err


@pytest.mark.parametrize("days", ["0", "-3", "x", "99999"])
def test_days_must_be_sensible(days: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["history", "--days", days]) == 2
    assert "N must be a whole number" in capsys.readouterr().err


def test_the_after_call_cue_in_history_its_json_and_the_csv(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    start = today_at(11)
    with history.opened(history.default_path()) as conn:
        history.insert(
            conn,
            Record(
                cue="after_call",
                cue_detail="42 min, TeleHealth",
                outcome=Outcome.COMPLETED,
                routine="transition",
                started_at=start,
                ended_at=start + timedelta(minutes=2),
                steps_reached=2,
                steps_total=2,
            ),
        )
    assert entry.main(["history"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1 pause this week, after a call."
    assert "After a call" in out[2]
    assert entry.main(["history", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)["entries"]
    assert [(e["cue"], e["cue_detail"]) for e in entries] == [("after_call", "42 min, TeleHealth")]
    target = tmp_path / "export.csv"
    assert history.export_csv(history.default_path(), target) == 1
    with target.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert (rows[0]["cue"], rows[0]["cue_detail"]) == ("after_call", "42 min, TeleHealth")
