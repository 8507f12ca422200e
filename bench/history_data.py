"""Made-up but plausible history, for the benchmark and the screenshots.

    .venv/bin/python bench/history_data.py PATH [--days 30] [--per-day 6] [--seed 1]

Weekdays busier than weekends; unlock and the work timer most common; a check-in on about
two pauses in three, easing by a point or two more often than not; some prompts skipped,
put off or not answered. ``--per-day`` is the mean number of prompts and pauses a weekday.
Today's records stop at the present moment: nothing is dated in the future.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from steadypause.core import history
from steadypause.core.history import Outcome, Record

CUES = (
    ("unlock", 5),
    ("work_timer", 4),
    ("back_from_away", 2),
    ("start_of_day", 1),
    ("manual", 2),
    ("resume", 1),
    ("end_of_day", 1),
)
NAMES = ("Too many things at once", "A hard conversation", "Running behind", "Someone else's grief")


def _cue_at(minute: int, rng: random.Random) -> str:
    """Start of day only in the morning, end of day only late; the rest by weight."""
    allowed = [
        (c, w)
        for c, w in CUES
        if (c != "start_of_day" or minute < 10 * 60)
        and (c != "end_of_day" or minute >= 16 * 60 + 30)
    ]
    return rng.choices([c for c, _ in allowed], [w for _, w in allowed])[0]


def records_for(
    day: date, per_day: float, rng: random.Random, weekend: float = 0.25
) -> list[Record]:
    """One day's records; ``weekend`` scales the count on Saturdays and Sundays."""
    if weekend == 1.0:
        count = round(per_day)
    else:
        scale = weekend if day.weekday() >= 5 else 1.0
        count = max(0, round(rng.gauss(per_day * scale, per_day / 5)))
    tz = datetime.combine(day, time(12)).astimezone().tzinfo
    minutes = sorted(rng.sample(range(8 * 60, 18 * 60), min(count, 600)))
    out = []
    for m in minutes:
        at = datetime.combine(day, time(m // 60, m % 60), tzinfo=tz)
        cue = _cue_at(m, rng)
        if cue == "work_timer" and rng.random() < 0.3:
            outcome = rng.choice((Outcome.SKIPPED, Outcome.LATER, Outcome.MISSED))
            out.append(
                Record(
                    cue=cue,
                    cue_detail="60 min",
                    outcome=outcome,
                    routine="full",
                    prompted_at=at,
                    ended_at=at + timedelta(seconds=40),
                )
            )
            continue
        routine = "full" if cue in ("work_timer", "manual") else "transition"
        total = 5 if routine == "full" else 2
        completed = rng.random() < 0.85
        reached = total if completed else rng.randint(1, total - 1)
        before = after = None
        if rng.random() < 0.65:
            before = rng.randint(3, 9)
            after = max(0, min(10, before - rng.choice((0, 1, 1, 2, 2, 3, -1))))
            if not completed:
                after = None
        length = timedelta(seconds=rng.randint(150, 300) if total == 5 else 45)
        out.append(
            Record(
                cue=cue,
                outcome=Outcome.COMPLETED if completed else Outcome.SKIPPED,
                routine=routine,
                prompted_at=at if cue != "manual" else None,
                started_at=at + timedelta(seconds=5),
                ended_at=at + length,
                steps_reached=reached,
                steps_total=total,
                checkin_before=before,
                checkin_after=after,
            )
        )
    return out


def fill(
    path: Path,
    days: int,
    per_day: float,
    seed: int = 1,
    today: date | None = None,
    weekend: float = 0.25,
    until: datetime | None = None,
) -> int:
    """Write ``days`` days of records ending with ``today``; with ``until``, none that ends
    after it (so today's list stops at the present, as a real history does)."""
    rng = random.Random(seed)
    today = today or date.today()
    conn = history.connect(path)
    conn.execute("PRAGMA synchronous = OFF")  # bulk loading made-up data only
    n = 0
    try:
        batch: list[Record] = []
        for k in range(days - 1, -1, -1):
            day = records_for(today - timedelta(days=k), per_day, rng, weekend)
            batch += [r for r in day if not (until and r.ended_at and r.ended_at > until)]
            if len(batch) > 5000:
                n += len(history.insert_many(conn, batch))
                batch = []
        n += len(history.insert_many(conn, batch))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--per-day", type=float, default=6)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    now = datetime.now().astimezone()
    rows = fill(args.path, args.days, args.per_day, args.seed, today=now.date(), until=now)
    print(f"{rows} rows in {args.path}")


if __name__ == "__main__":
    main()
