"""Which recording streams on a PulseAudio server mean "someone is using the microphone".

Pure Python: it reads the fields libpulse gives for each source output (recording stream)
and its source, so it is tested without a sound server. A stream counts unless it is

- recording from a *monitor* source (the speakers' sound: screen recorders, visualisers);
- a *peak meter* (``PA_STREAM_PEAK_DETECT``: volume applets and level bars; PulseAudio
  gives it the ``peaks`` resampler, PipeWire's pulse server the ``stream.monitor``
  property);
- corked (paused: nothing is being recorded);
- this app's own stream.

An application is named by ``application.name``, else ``application.process.binary``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# libpulse's PA_INVALID_INDEX: "not a monitor" in a source's ``monitor_of_sink``.
INVALID_INDEX = 0xFFFFFFFF


@dataclass(frozen=True)
class SourceFacts:
    """What matters of a source (an input device or a sink's monitor)."""

    name: str
    monitor_of_sink: int = INVALID_INDEX

    @property
    def is_monitor(self) -> bool:
        return self.monitor_of_sink != INVALID_INDEX


@dataclass(frozen=True)
class StreamFacts:
    """What matters of a source output (a recording stream)."""

    source: int  # the index of the source it records from
    proplist: Mapping[str, str]
    resample_method: str = ""
    corked: bool = False


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes"}


def is_microphone_use(
    stream: StreamFacts, sources: Mapping[int, SourceFacts], own_pid: int
) -> bool:
    """Whether this stream is another application recording from a real input."""
    props = stream.proplist
    source = sources.get(stream.source)
    if source is not None and source.is_monitor:
        return False
    if _true(props.get("stream.capture.sink")):  # PipeWire: recording what is played
        return False
    if stream.resample_method == "peaks" or _true(props.get("stream.monitor")):
        return False
    if stream.corked:
        return False
    return props.get("application.process.id", "") != str(own_pid)


def app_name(stream: StreamFacts) -> str:
    props = stream.proplist
    return (
        props.get("application.name")
        or props.get("application.process.binary")
        or "?"  # i18n-exempt: an unnamed application, for status and History
    )


def microphone_users(
    streams: Iterable[StreamFacts], sources: Mapping[int, SourceFacts], own_pid: int
) -> str:
    """The applications using the microphone, sorted and comma-separated ("" none)."""
    names = {app_name(s) for s in streams if is_microphone_use(s, sources, own_pid)}
    return ", ".join(sorted(names))
