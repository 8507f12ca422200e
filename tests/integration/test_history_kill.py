"""A writer killed with SIGKILL in the middle of 1,000 inserts: nothing committed is lost.

The writer is a real Python process using the store's own connection and insert (the code
the writer thread runs); it prints each id once its transaction has committed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from steadypause.core import history

pytestmark = pytest.mark.slow

WRITER = r"""
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from steadypause.core import history

conn = history.connect(Path(sys.argv[1]))
start = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
for n in range(1000):
    at = start + timedelta(minutes=n)
    record = history.Record(cue="unlock", outcome="completed", routine="transition",
                            started_at=at, ended_at=at + timedelta(seconds=45),
                            steps_reached=2, steps_total=2, checkin_before=n % 11,
                            checkin_after=(n + 3) % 11, journal={"name": f"entry {n}"})
    pause_id = history.insert(conn, record)
    print(pause_id, flush=True)
"""

KILL_AFTER = 300


def test_sigkill_mid_writes_loses_no_committed_row(tmp_path: Path) -> None:
    path = tmp_path / "data" / history.FILE_NAME
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    committed: list[int] = []
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], env=env, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        try:
            for line in child.stdout:
                committed.append(int(line))
                if len(committed) == KILL_AFTER:
                    child.send_signal(signal.SIGKILL)
                    break
        finally:
            child.kill()
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert len(committed) == KILL_AFTER  # killed in the middle, not after the end

    assert history.integrity(path) == ["ok"]
    records = history.read(path)
    ids = [r.id for r in records]
    assert set(committed) <= set(ids)
    assert ids == list(range(1, len(ids) + 1))  # whole rows only, in order
    assert len(ids) < 1000
    for r in records:  # each pause came with its journal row, or not at all
        assert r.journal == {"name": f"entry {r.id - 1}"}
    # And the file takes new writes after the crash.
    with history.opened(path) as conn:
        assert history.insert(conn, records[0]) == len(ids) + 1
