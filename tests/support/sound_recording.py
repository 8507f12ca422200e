"""A null sink's monitor recorded while a pause plays, and what was heard in it: for
tests/integration/test_sound_heard.py and bench/speech_latency.py.

``parecord`` records the monitor at 8 kHz; every chunk is stamped with ``time.monotonic()``
as it arrives, which places each sample on the clock the player (sound_pause_player.py)
stamps its events with.

When a step is spoken over the last one (Next while the last step is still being said),
the new words follow the cut without a silence between them, so a loudness threshold
alone cannot tell where they begin: :func:`onset_of` finds them by their shape, matching
the loudness envelope of the same words heard once from silence (the reference).
"""

from __future__ import annotations

import array
import math
import subprocess
import threading
import time
from dataclasses import dataclass, field

RATE = 8000
WINDOW_S = 0.05  # the level windows of bursts()
ENVELOPE_S = 0.01  # the envelope's resolution
REFERENCE_S = 0.5  # how much of the reference is matched
THRESHOLD = 300  # ~ -40 dB below full scale


@dataclass
class Recording:
    """The null sink's monitor, as (arrival time, bytes) chunks."""

    process: subprocess.Popen[bytes]
    chunks: list[tuple[float, bytes]] = field(default_factory=list)

    def read(self) -> None:
        assert self.process.stdout is not None
        while block := self.process.stdout.read1(4096):
            self.chunks.append((time.monotonic(), block))

    def _samples(self) -> tuple[float, array.array[int]]:
        count = 0
        start = math.inf
        for arrived, block in self.chunks:
            count += len(block) // 2
            start = min(start, arrived - count / RATE)  # the least delayed chunk's estimate
        return start, array.array("h", b"".join(block for _, block in self.chunks))

    def levels(self, window_s: float = WINDOW_S) -> list[tuple[float, float]]:
        """(time, RMS) for every ``window_s`` of the recording."""
        start, samples = self._samples()
        step = int(RATE * window_s)
        return [
            (start + i / RATE, math.sqrt(sum(x * x for x in samples[i : i + step]) / step))
            for i in range(0, len(samples) - step, step)
        ]


def record(device: str, env: dict[str, str]) -> tuple[Recording, threading.Thread]:
    """Start recording ``device`` (a monitor source) with the sound server of ``env``."""
    process = subprocess.Popen(
        ["parecord", f"--device={device}", "--raw", "--format=s16le",
         f"--rate={RATE}", "--channels=1", "--latency-msec=20"],
        env=env, stdout=subprocess.PIPE,
    )  # fmt: skip
    recording = Recording(process)
    reader = threading.Thread(target=recording.read, daemon=True)
    reader.start()
    return recording, reader


def finish(recording: Recording, reader: threading.Thread) -> None:
    recording.process.terminate()
    recording.process.wait(10)
    reader.join(10)
    assert recording.process.stdout is not None
    recording.process.stdout.close()


def bursts(levels: list[tuple[float, float]], threshold: float) -> list[tuple[float, float]]:
    """The stretches above ``threshold`` (gaps under 0.3 s joined), as (start, end)."""
    found: list[tuple[float, float]] = []
    for at, level in levels:
        if level < threshold:
            continue
        if found and at - found[-1][1] < 0.3:
            found[-1] = (found[-1][0], at + WINDOW_S)
        else:
            found.append((at, at + WINDOW_S))
    return found


def first_sound(envelope: list[tuple[float, float]], after: float) -> float | None:
    """When the level first reaches the threshold at or after ``after``."""
    return next((at for at, level in envelope if at >= after and level >= THRESHOLD), None)


def reference(envelope: list[tuple[float, float]], start: float) -> list[float]:
    """:data:`REFERENCE_S` of the envelope from ``start`` (words heard from silence)."""
    count = round(REFERENCE_S / ENVELOPE_S)
    values = [level for at, level in envelope if at >= start - ENVELOPE_S / 2]
    return values[:count]


def _correlation(a: list[float], b: list[float]) -> float:
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    da = [x - mean_a for x in a]
    db = [x - mean_b for x in b]
    norm = math.sqrt(sum(x * x for x in da) * sum(x * x for x in db))
    return sum(x * y for x, y in zip(da, db, strict=True)) / norm if norm else 0.0


def onset_of(
    envelope: list[tuple[float, float]], words: list[float], after: float, within: float
) -> tuple[float, float]:
    """Where ``words`` (a :func:`reference`) begin between ``after`` - 0.05 s and
    ``after`` + ``within``: (time, correlation of the best match, 1 is exact)."""
    times = [at for at, _ in envelope]
    values = [level for _, level in envelope]
    best = (math.nan, -1.0)
    for i, at in enumerate(times):
        if at < after - 0.05:
            continue
        if at > after + within or i + len(words) > len(values):
            break
        r = _correlation(words, values[i : i + len(words)])
        if r > best[1]:
            best = (at, r)
    return best


@dataclass
class StepChange:
    """One step change of sound_pause_player.py's voice run, as heard."""

    at: float  # when the player asked for it
    to: int  # the step it went to
    over_speech: bool  # the last step was still being said
    onset: float  # when the new step's words began to be heard, seconds after ``at``
    match: float  # how well they matched the words heard from silence (1: exactly)
    first_burst: float  # the first stretch of sound starting after ``at`` (the old measure)


def step_changes(events: list[dict[str, object]], recording: Recording) -> list[StepChange]:
    """Every step change of a voice run, with when its words were heard."""
    envelope = recording.levels(ENVELOPE_S)
    heard = bursts(recording.levels(), THRESHOLD)
    words: dict[int, list[float]] = {}
    shown = next(e for e in events if e["event"] == "shown")
    start = first_sound(envelope, float(str(shown["at"])))
    assert start is not None, "the first step was not heard"
    words[int(str(shown["index"]))] = reference(envelope, start)
    found = []
    for event in events:
        if event["event"] != "change":
            continue
        at, to = float(str(event["at"])), int(str(event["to"]))
        over_speech = bool(event["speaking"])
        if to not in words:  # said from silence: the reference of these words
            start = first_sound(envelope, at)
            assert start is not None, event
            assert not over_speech, event
            words[to] = reference(envelope, start)
            onset, match = start - at, 1.0
        else:
            when, match = onset_of(envelope, words[to], at, within=2.0)
            onset = when - at
        later = [b for b in heard if b[0] >= at - 0.05]
        first_burst = later[0][0] - at if later else math.nan
        found.append(StepChange(at, to, over_speech, onset, match, first_burst))
    return found


def silent_after(recording: Recording, at: float) -> float:
    """How long after ``at`` the last sound above the threshold ended."""
    loud = [t for t, level in recording.levels(ENVELOPE_S) if t >= at and level >= THRESHOLD]
    return loud[-1] + ENVELOPE_S - at if loud else 0.0
