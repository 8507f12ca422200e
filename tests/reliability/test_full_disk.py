"""The history on a full disk (issue 16, item 9).

The disk is a small tmpfs, mounted in a user and mount namespace of a child process
(``unshare -rm``: no root needed), filled with a file until writes fail and then given back
``free`` pages. The child runs the app's history writer there: three records (with
journals) that cannot be written, then the writer closes, as when the app quits. It then
makes room (remounts the tmpfs larger) and starts a new writer, as the next start would.

- With 12 pages free, SQLite gets as far as the schema's transaction before the disk is
  full: the log must name the full disk, not "cannot rollback - no transaction is active".
- With 0 pages free, nothing fits beside the history: the records go to the spare folder
  (on another disk, as the app's runtime folder is).
- Either way: no empty ``unsaved-*.jsonl`` or ``history.sqlite3`` is left, one non-empty
  recovery file holds the three records, and the next start puts them into the history and
  removes the file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHILD = r"""
import json, logging, os, subprocess, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

logging.basicConfig(level=logging.INFO, stream=sys.stderr)
disk, spare, free = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(disk)],
               check=True)
data = disk / "data"
data.mkdir(mode=0o700)
filler = disk / "filler"
fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
try:
    while True:
        os.write(fd, b"\0" * 4096)
except OSError:
    pass
os.close(fd)
os.truncate(filler, filler.stat().st_size - 4096 * free)

from steadypause.core import history
from steadypause.core.clock import SystemClock

def files(folder):
    return {p.name: p.stat().st_size for p in folder.iterdir()}

notices = []
path = data / history.FILE_NAME
store = history.HistoryStore(path, SystemClock(), on_notice=notices.append,
                             retry_delays=(0.01,), spare_folders=(spare,))
store.start()
at = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
for n in range(3):
    store.record(history.Record(cue="manual", outcome="skipped", routine="transition",
                                started_at=at + timedelta(minutes=n),
                                ended_at=at + timedelta(minutes=n, seconds=40),
                                journal={"name": f"entry {n}"}))
saved = store.flush()
store.close()  # the app quits
full = {"saved": saved, "data": files(data), "spare": files(spare), "notices": notices}

subprocess.run(["mount", "-o", "remount,size=4m", str(disk)], check=True)
again = history.HistoryStore(path, SystemClock(), spare_folders=(spare,))
again.start()
again.flush()
again.close()
records = history.read(path)
after = {"data": files(data), "spare": files(spare),
         "journals": [r.journal for r in records]}
print(json.dumps({"full": full, "after": after}))
"""


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "true"], check=False).returncode == 0


@pytest.mark.skipif(not _namespaces_work(), reason="no user and mount namespaces here")
@pytest.mark.parametrize("free", [12, 0])
def test_a_full_disk_keeps_the_records_and_the_next_start_saves_them(
    tmp_path: Path, free: int
) -> None:
    disk, spare = tmp_path / "disk", tmp_path / "spare"
    disk.mkdir()
    spare.mkdir(mode=0o700)
    run = subprocess.run(
        ["unshare", "-rm", sys.executable, "-c", CHILD, str(disk), str(spare), str(free)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    result = json.loads(run.stdout.splitlines()[-1])
    log = run.stderr
    full, after = result["full"], result["after"]

    assert not full["saved"]
    assert "cannot rollback" not in log, log
    assert "is full" in log, log
    assert any("is full" in notice for notice in full["notices"]), full["notices"]
    kept = {**full["data"], **full["spare"]}
    assert 0 not in kept.values(), kept  # no empty unsaved-*.jsonl or history.sqlite3
    recovery = [name for name in kept if name.startswith("unsaved-")]
    assert len(recovery) == 1, kept
    assert (recovery[0] in full["spare"]) == (free == 0), kept

    assert after["journals"] == [{"name": f"entry {n}"} for n in range(3)]
    left = {**after["data"], **after["spare"]}
    assert not [name for name in left if name.startswith("unsaved-")], left
