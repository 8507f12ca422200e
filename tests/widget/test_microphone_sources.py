"""The microphone sources' decisions, without a sound server: which PulseAudio streams count
(platform/linux/pulse_streams.py), the Windows consent store's records and the macOS
CoreAudio reading behind fakes (they cannot run here), and a missing sound server."""

from __future__ import annotations

import os
import queue
import threading

import pytest
from pytestqt.qtbot import QtBot

from steadypause.platform.base import describe
from steadypause.platform.linux.pulse_microphone import PulseMicrophone
from steadypause.platform.linux.pulse_streams import (
    SourceFacts,
    StreamFacts,
    is_microphone_use,
    microphone_users,
)
from steadypause.platform.macos_microphone import ANOTHER_APP, MacMicrophone
from steadypause.platform.windows_microphone import (
    ConsentEntry,
    WindowsMicrophone,
    app_label,
    users_from_consent,
)

SOURCES = {1: SourceFacts("alsa_input.usb-mic"), 2: SourceFacts("speakers.monitor", 0)}
OWN = 4242


def stream(source: int = 1, **props: str) -> StreamFacts:
    return StreamFacts(source=source, proplist={"application.name": "Zoom", **props})


# -- PulseAudio: which streams are a microphone in use --------------------------------


def test_a_recording_from_an_input_counts() -> None:
    assert is_microphone_use(stream(), SOURCES, OWN)


def test_a_monitor_recording_does_not_count() -> None:
    assert not is_microphone_use(stream(source=2), SOURCES, OWN)
    assert not is_microphone_use(stream(**{"stream.capture.sink": "true"}), SOURCES, OWN)


def test_a_peak_meter_does_not_count_on_either_server() -> None:
    pulseaudio = StreamFacts(1, {"application.name": "Volume"}, resample_method="peaks")
    pipewire = stream(**{"stream.monitor": "true"})
    assert not is_microphone_use(pulseaudio, SOURCES, OWN)
    assert not is_microphone_use(pipewire, SOURCES, OWN)


def test_a_paused_stream_and_our_own_do_not_count() -> None:
    assert not is_microphone_use(StreamFacts(1, {}, corked=True), SOURCES, OWN)
    assert not is_microphone_use(stream(**{"application.process.id": str(OWN)}), SOURCES, OWN)


def test_the_users_are_named_once_each_sorted_by_name_or_binary() -> None:
    streams = [
        stream(),
        stream(),
        StreamFacts(1, {"application.process.binary": "firefox-esr"}),
        StreamFacts(1, {}),
        stream(source=2, **{"application.name": "OBS"}),
    ]
    assert microphone_users(streams, SOURCES, OWN) == "?, Zoom, firefox-esr"
    assert microphone_users([], SOURCES, OWN) == ""


def test_no_sound_server_makes_the_source_unavailable_and_says_why(tmp_path: object) -> None:
    mic = PulseMicrophone(server=f"unix:{tmp_path}/no-such-socket")
    assert not mic.is_available()
    assert describe(mic).startswith("unavailable: no sound server")
    assert mic.users() == ""


# -- Windows: the consent store ---------------------------------------------------------


def test_consent_store_records_in_use_have_a_start_and_no_stop() -> None:
    entries = [
        ConsentEntry("C:#Program Files#Zoom#bin#Zoom.exe", 133, 0),
        ConsentEntry("Microsoft.SkypeApp_kzf8qxf38zg5c", 120, 125),
        ConsentEntry("C:#Tools#never.exe", 0, 0),
    ]
    assert users_from_consent(entries) == "Zoom.exe"
    assert app_label("Microsoft.SkypeApp_kzf8qxf38zg5c") == "Microsoft.SkypeApp"


class FakeConsent:
    """The registry: records the test sets, and a change the test announces."""

    def __init__(self) -> None:
        self.entries: list[ConsentEntry] = []
        self.changes: queue.Queue[bool] = queue.Queue()
        self.lock = threading.Lock()

    def read(self) -> list[ConsentEntry]:
        with self.lock:
            return list(self.entries)

    def wait(self) -> bool:
        return self.changes.get()

    def wake(self) -> None:
        self.changes.put(False)

    def set(self, *entries: ConsentEntry) -> None:
        with self.lock:
            self.entries = list(entries)
        self.changes.put(True)


def test_the_windows_source_reports_each_change_and_stops(qtbot: QtBot) -> None:
    registry = FakeConsent()
    mic = WindowsMicrophone(registry)
    assert mic.is_available()
    mic.start()
    with qtbot.waitSignal(mic.usersChanged) as blocker:
        registry.set(ConsentEntry("C:#Apps#Teams.exe", 10, 0))
    assert blocker.args == ["Teams.exe"]
    assert mic.detail() == "in use by Teams.exe"
    with qtbot.waitSignal(mic.usersChanged) as blocker:
        registry.set(ConsentEntry("C:#Apps#Teams.exe", 10, 20))
    assert blocker.args == [""]
    assert mic.detail() == "last used by Teams.exe"
    mic.stop()
    assert not any(t.name == "consent-store" for t in threading.enumerate())


@pytest.mark.skipif(os.name == "nt", reason="off Windows only")
def test_the_windows_source_is_unavailable_off_windows() -> None:
    mic = WindowsMicrophone()
    assert not mic.is_available()
    assert mic.reason.startswith("the consent store cannot be read")


# -- macOS: CoreAudio's "running somewhere" ------------------------------------------------


class FakeCoreAudio:
    def __init__(self) -> None:
        self.on = False
        self.changed: list[object] = []

    def running(self) -> bool:
        return self.on

    def listen(self, changed: object) -> None:
        self.changed.append(changed)


def test_the_macos_source_reads_on_each_change_from_any_thread(qtbot: QtBot) -> None:
    audio = FakeCoreAudio()
    mic = MacMicrophone(audio)
    mic.start()
    assert len(audio.changed) == 1
    audio.on = True
    with qtbot.waitSignal(mic.usersChanged) as blocker:
        # CoreAudio calls its listeners on a thread of its own
        threading.Thread(target=audio.changed[0]).start()  # type: ignore[arg-type]
    assert blocker.args == [ANOTHER_APP]
    audio.on = False
    with qtbot.waitSignal(mic.usersChanged) as blocker:
        threading.Thread(target=audio.changed[0]).start()  # type: ignore[arg-type]
    assert blocker.args == [""]
