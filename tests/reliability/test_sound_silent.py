"""The chime and the spoken guide on a machine with no audio device and no speech service
(issue 15): the pauses go on silently, status says why, and nothing about it is logged
more than once however many pauses there are.

The real app runs in a private runtime dir with no sound server (libpulse is pointed at a
socket that does not exist, so it starts none) and libspeechd at a speech-dispatcher socket
that does not exist (so it starts none either).
"""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest
from apphome import AppHome

from steadypause.platform import sound

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sound.installed(), reason="the extra steadypause[sound] is missing"),
]

# What the sound parts log: their own loggers, and Qt's messages about audio or speech.
ABOUT_SOUND = re.compile(
    r"steadypause\.(platform\.sound|session\.sound_guide)|"
    r"qt: .*(audio|sound|speech|pulse|multimedia|speechd)",
    re.IGNORECASE,
)
RECORD = re.compile(r"^\S+ \S+ (?P<level>[A-Z]+) (?P<rest>.*)$")


def test_with_no_audio_device_nor_speech_service_pauses_are_silent_and_say_so_once(
    home: AppHome,
) -> None:
    missing = home.root / "missing"
    home.env["PULSE_SERVER"] = f"unix:{missing}/pulse/native"
    home.env["SPEECHD_ADDRESS"] = f"unix_socket:{missing}/speechd.sock"
    home.env.pop(sound.ENGINE_VARIABLE, None)  # Qt's own choice: speech-dispatcher on Linux
    home.config.mkdir(parents=True, exist_ok=True)
    (home.config / "settings.toml").write_text(
        "chime = true\nchime_pacing = true\nvoice = true\n", encoding="utf-8"
    )
    app = home.start()
    for routine in ("full", "boundary", "full"):  # breaths to chime, words to say
        home.command("pause", routine=routine)
        time.sleep(1.0)
        home.command("dismiss")
        time.sleep(0.2)
    status = home.command("status")
    home.command("status")
    assert status["sound_parts"]["chime"] == "This computer has no audio output right now."
    assert status["sound_parts"]["voice"].startswith("No speech service answers")
    line = home.cli("status").stdout
    assert "Sound: chime on, voice on. This computer has no audio output right now." in line
    home.command("quit")
    app.wait(20)
    records = [
        (m["level"], m["rest"])
        for m in map(RECORD.match, home.log(app).splitlines())
        if m and ABOUT_SOUND.search(m["rest"])
    ]
    assert records, home.log(app)  # the missing device and service were said
    repeated = [record for record, count in Counter(records).items() if count > 1]
    assert repeated == [], home.log(app)
