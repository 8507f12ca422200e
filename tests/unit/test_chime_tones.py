"""The chime's tones, made by our own code (core/chime_tones.py)."""

from __future__ import annotations

import itertools
import math
import wave
from pathlib import Path

from steadypause.core import chime_tones
from steadypause.core.chime_tones import RATE, TONES, Tone


def rms(values: list[float]) -> float:
    return math.sqrt(sum(v * v for v in values) / len(values))


def test_each_tone_rises_slowly_and_dies_away_without_a_click() -> None:
    for name, tone in TONES.items():
        values = chime_tones.samples(tone)
        assert len(values) == round(tone.seconds * RATE), name
        assert max(abs(v) for v in values) <= chime_tones.PEAK, name
        tenth = len(values) // 10
        # the first milliseconds are near silence (the attack), the loudest part follows it
        assert rms(values[:20]) < 0.02 * chime_tones.PEAK, name
        assert rms(values[tenth : 2 * tenth]) > rms(values[-tenth:]) * 10, name
        assert abs(values[-1]) < 0.002, name  # about -60 dB at the end: no click


def test_a_glide_moves_its_pitch_the_way_the_breath_goes() -> None:
    def crossings(values: list[float]) -> int:
        return sum(1 for a, b in itertools.pairwise(values) if a < 0 <= b)

    tone = Tone(200.0, 400.0, 1.0, 0.01, partials=(1.0,))
    values = chime_tones.samples(tone)
    first, last = values[: RATE // 5], values[-RATE // 5 :]
    assert crossings(last) > crossings(first) * 1.5


def test_rendered_once_as_wav_files_named_by_their_recipe(tmp_path: Path) -> None:
    folder = tmp_path / "sounds"
    paths = chime_tones.rendered(folder)
    assert set(paths) == set(TONES)
    for name, path in paths.items():
        with wave.open(str(path)) as wav:
            assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, RATE)
            assert wav.getnframes() == round(TONES[name].seconds * RATE)
        assert TONES[name].key() in path.name
    stamps = {path: path.stat().st_mtime_ns for path in paths.values()}
    assert chime_tones.rendered(folder) == paths
    assert {path: path.stat().st_mtime_ns for path in paths.values()} == stamps
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths.values())


def test_a_changed_recipe_has_another_name() -> None:
    tone = TONES[chime_tones.START]
    assert Tone(tone.from_hz + 1, tone.to_hz, tone.seconds, tone.attack_s).key() != tone.key()
