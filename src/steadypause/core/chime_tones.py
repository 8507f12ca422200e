"""The chime's sounds, made by this code: short sines with a slow attack and a long release.

No recording (and so no licence to track): each sound is a few partials of a sine, shaped
by a raised-cosine attack and an exponential release, rendered once to a 16-bit mono WAV
file in the user's cache folder at first use (:func:`rendered`). A file's name carries a
hash of its recipe, so a changed recipe renders a new file and an old one is never played.
The volume is not baked in: the player sets it (setting ``chime_volume``).

Why the cache and not files in resources/: the recipe is the source, the files are
~50 KB each and take a few milliseconds to make, and there is no binary to keep in step.
"""

from __future__ import annotations

import io
import logging
import math
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from steadypause import APP_NAME
from steadypause.core.files import replaced_atomically

log = logging.getLogger(__name__)

RATE = 22050  # samples per second: plenty for tones below 2 kHz
PEAK = 0.5  # of full scale, before the player's volume

# The sounds the guide plays. START and END frame the breathing; IN and OUT pace each breath.
START = "start"
END = "end"
IN = "in"
OUT = "out"


@dataclass(frozen=True)
class Tone:
    """One sound: a glide from ``from_hz`` to ``to_hz`` with quieter overtones."""

    from_hz: float
    to_hz: float
    seconds: float
    attack_s: float
    partials: tuple[float, ...] = (1.0, 0.3, 0.1)  # amplitude of the 1st, 2nd, 3rd harmonic
    level: float = 1.0  # relative to PEAK

    def key(self) -> str:
        recipe = repr((self, RATE, PEAK)).encode()
        import hashlib  # here: its OpenSSL library is ~3 MiB, and start-up needs none

        return hashlib.sha256(recipe).hexdigest()[:12]


TONES: dict[str, Tone] = {
    # a soft bell-like A (440 Hz) to begin, and the E below it to end: slow in, long out
    START: Tone(440.0, 440.0, 2.2, 0.08),
    END: Tone(329.63, 329.63, 2.8, 0.08),
    # the pacing tones: quiet, a gentle glide up for the in-breath and down for the out
    IN: Tone(220.0, 277.18, 1.4, 0.5, partials=(1.0, 0.15), level=0.45),
    OUT: Tone(277.18, 220.0, 1.8, 0.3, partials=(1.0, 0.15), level=0.45),
}


def samples(tone: Tone, rate: int = RATE) -> list[float]:
    """The tone as floats in -1..1: attack (raised cosine), then an exponential release
    that reaches about -60 dB at the end, so the sound never clicks off."""
    count = round(tone.seconds * rate)
    attack = max(1, round(tone.attack_s * rate))
    out: list[float] = []
    phase = 0.0
    norm = sum(tone.partials)
    for i in range(count):
        t = i / rate
        hz = tone.from_hz + (tone.to_hz - tone.from_hz) * (i / count)
        phase += 2 * math.pi * hz / rate
        if i < attack:
            envelope = 0.5 - 0.5 * math.cos(math.pi * i / attack)
        else:
            envelope = math.exp(-6.9 * (t - tone.attack_s) / (tone.seconds - tone.attack_s))
        value = sum(a * math.sin((n + 1) * phase) for n, a in enumerate(tone.partials))
        out.append(PEAK * tone.level * envelope * value / norm)
    return out


def wav_bytes(tone: Tone, rate: int = RATE) -> bytes:
    """The tone as a 16-bit mono WAV file."""
    frames = b"".join(struct.pack("<h", round(v * 32767)) for v in samples(tone, rate))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return buffer.getvalue()


def cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME)) / "sounds"


def rendered(folder: Path | None = None) -> dict[str, Path]:
    """Every sound as a WAV file, rendered into ``folder`` (the cache) where missing.

    Written to a temporary file and renamed, so a reader never sees half a file. Raises
    ``OSError`` when the folder cannot be written (the caller plays nothing then).
    """
    folder = cache_folder() if folder is None else folder
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name, tone in TONES.items():
        path = folder / f"{name}-{tone.key()}.wav"
        if not path.is_file():
            with replaced_atomically(path, binary=True) as out:
                out.write(wav_bytes(tone))
            log.info("rendered the %s tone to %s", name, path)
        paths[name] = path
    return paths
