"""The sound extra is optional and costs nothing when off (issue 15).

Each case runs in a fresh interpreter, because this one has long since imported whatever
other tests needed: ``sys.modules`` there is the app's own after a pause. Without the extra
is made by hiding PySide6's two add-on modules from the import system in that interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from steadypause.platform import sound

SCRIPT = r"""
import dataclasses, json, sys
from datetime import datetime, timezone
from pathlib import Path

HIDDEN = ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
if sys.argv[1] == "hide":
    class Hide:  # as if PySide6-Addons were not installed
        def find_spec(self, name, path=None, target=None):
            if name in HIDDEN:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None
    sys.meta_path.insert(0, Hide())
on = sys.argv[2] == "on"

from PySide6.QtWidgets import QApplication
app = QApplication([])
from steadypause.core.clock import FakeClock
from steadypause.core.routine import load_builtin_routines
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings, SettingsStore
from steadypause.platform.autostart import XdgAutostart
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config

folder = Path(sys.argv[3])
settings = dataclasses.replace(Settings(), chime=on, chime_pacing=on, voice=on)
(folder / "user").mkdir(exist_ok=True)
(folder / "user" / "settings.toml").write_text(
    f"chime = {str(on).lower()}\nchime_pacing = {str(on).lower()}\nvoice = {str(on).lower()}\n"
)
store = SettingsStore(folder / "user")
clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc))
c = Controller(clock, Scheduler(clock, scheduler_config(settings)), settings,
               load_builtin_routines(), None, store=store,
               autostart=XdgAutostart(folder / "config", ["/bin/sp"]))
c.start()
c.pause_now()
window = c.pause_window
window.next(); app.processEvents(); window.back(); app.processEvents(); window.close()
app.processEvents()
dialog = c.windows.show_settings("practice")
section = dialog.sound_section
from steadypause.cli.status_text import format_sound
answer = c.handle_command("status", {})
print(json.dumps({
    "status": answer["sound"],
    "line": format_sound(answer),
    "loaded": sorted(m for m in HIDDEN if m in sys.modules),
    "enabled": {n: dialog.editors[n].isEnabled() for n in ("chime", "voice", "voice_rate")},
    "note": section.note.text(),
    "try_shown": not section.try_button.isHidden(),
}))
dialog.close()
c.close_windows()
"""


def run(tmp_path: Path, hide: bool, on: bool) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),  # no sound server, no speech service
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "STEADYPAUSE_SPEECH_ENGINE": "mock",
    }
    (tmp_path / "runtime").mkdir(mode=0o700, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "hide" if hide else "keep", "on" if on else "off", tmp_path],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    answer: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


@pytest.mark.parametrize("on", [False, True])
def test_without_the_extra_the_switches_are_disabled_and_say_how_to_add_it(
    tmp_path: Path, on: bool
) -> None:
    answer = run(tmp_path, hide=True, on=on)
    assert answer["status"] == "not installed"
    assert answer["line"] == (
        "Sound: not installed (scripts/install-and-start --with-sound adds it)"
    )
    assert answer["loaded"] == []
    assert answer["enabled"] == {"chime": False, "voice": False, "voice_rate": False}
    assert "steadypause[sound]" in str(answer["note"])
    assert answer["try_shown"] is False


@pytest.mark.skipif(not sound.installed(), reason="the extra steadypause[sound] is not installed")
def test_with_the_settings_off_a_pause_imports_no_sound_module(tmp_path: Path) -> None:
    answer = run(tmp_path, hide=False, on=False)
    assert answer["status"] == "off"
    assert answer["line"] == "Sound: off"
    assert answer["loaded"] == []
    assert answer["enabled"] == {"chime": True, "voice": True, "voice_rate": True}
    assert answer["note"] == ""
    assert answer["try_shown"] is True


@pytest.mark.skipif(not sound.installed(), reason="the extra steadypause[sound] is not installed")
def test_without_an_audio_device_the_settings_and_status_say_so(tmp_path: Path) -> None:
    answer = run(tmp_path, hide=False, on=True)
    assert answer["loaded"] == ["PySide6.QtMultimedia", "PySide6.QtTextToSpeech"]
    assert answer["status"] == "chime: This computer has no audio output right now.; voice: ready"
    assert answer["line"] == (
        "Sound: chime on, voice on. This computer has no audio output right now."
    )
    assert answer["note"] == "This computer has no audio output right now."
