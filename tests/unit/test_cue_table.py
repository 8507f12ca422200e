"""The one table of cues (core/cues.py): complete, consistent with the settings and the
scheduler, and the one source of every word and colour a cue has."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from steadypause.cli.status_text import format_cue
from steadypause.core import i18n
from steadypause.core.cues import (
    CUES,
    ORDER,
    OTHER_COLOURS,
    Cue,
    CueInfo,
    CueKind,
    Length,
    chart_colour,
    cue_info,
    cue_moment,
    cue_name,
    routine_for,
    switches,
)
from steadypause.core.scheduler import PRIORITY
from steadypause.core.scheduler_config import SchedulerConfig
from steadypause.core.settings import FIELDS_BY_NAME, ROUTINE_CHOICES, Settings
from steadypause.core.summary import Summary
from steadypause.core.wording import prompt_text

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Europe/Lisbon"))


def test_one_row_per_kind_in_the_kinds_order() -> None:
    assert [row.kind for row in CUES] == list(CueKind)
    assert tuple(kind.value for kind in CueKind) == ORDER
    assert all(cue_info(row.kind) is row for row in CUES)


def test_priorities_are_distinct_and_the_scheduler_uses_them() -> None:
    assert len({row.priority for row in CUES}) == len(CUES)
    assert {kind: PRIORITY[kind] for kind in CueKind} == {row.kind: row.priority for row in CUES}


def test_each_switch_is_a_cues_setting_the_scheduler_knows() -> None:
    config_fields = {f.name for f in dataclasses.fields(SchedulerConfig)}
    defaults = Settings()
    switched = [row for row in CUES if row.switch is not None]
    assert [row.kind for row in CUES if row.switch is None] == [CueKind.MANUAL]
    for row in switched:
        assert row.switch is not None
        assert FIELDS_BY_NAME[row.switch].group == "cues"
        assert isinstance(getattr(defaults, row.switch), bool)
        assert row.kind.value in config_fields
    # and no cue_* switch among the settings lacks its row
    assert {name for name in FIELDS_BY_NAME if name.startswith("cue_")} == {
        row.switch for row in switched
    }


@pytest.mark.parametrize(
    "row", [row for row in CUES if row.switch is not None], ids=lambda row: row.kind.value
)
def test_a_switch_turns_its_cue_off_in_the_scheduler(row: CueInfo) -> None:
    assert row.switch is not None
    on = switches(Settings(**{row.switch: False}))
    assert on[row.kind.value] is False
    assert all(on[other] for other in on if other != row.kind.value)
    assert getattr(SchedulerConfig(**on), row.kind.value) is False
    assert getattr(SchedulerConfig(**switches(Settings())), row.kind.value) is True


@pytest.mark.parametrize("row", CUES, ids=lambda row: row.kind.value)
def test_each_cue_opens_the_routine_its_setting_names(row: CueInfo) -> None:
    assert FIELDS_BY_NAME[row.routine_setting].group == "cues"
    assert routine_for(row.kind, Settings()) in ROUTINE_CHOICES
    for routine in ROUTINE_CHOICES:
        assert routine_for(row.kind, Settings(**{row.routine_setting: routine})) == routine


def test_which_setting_chooses_the_routine() -> None:
    settings = Settings(
        timer_routine="heart",
        manual_routine="boundary",
        transition_routine="full",
        end_of_day_routine="transition",
        after_call_routine="release",
    )
    assert routine_for(CueKind.AFTER_CALL, settings) == "release"
    assert routine_for(CueKind.WORK_TIMER, settings) == "heart"
    assert routine_for(CueKind.MANUAL, settings) == "boundary"
    assert routine_for(CueKind.END_OF_DAY, settings) == "transition"
    assert routine_for(CueKind.UNLOCK, settings) == "full"


def test_each_reason_names_a_length_exactly_when_it_has_one() -> None:
    for row in CUES:
        assert ("{duration}" in row.reason) == (row.length is not Length.NONE), row.kind
        if row.length is Length.AWAY:
            assert row.reason_without_length is not None
            assert "{" not in row.reason_without_length
        else:
            assert row.reason_without_length is None


@pytest.fixture
def looked_up() -> Iterator[list[tuple[str, str]]]:
    """Every (context, text) looked up while the test runs; texts come back in ⟦ ⟧."""
    seen: list[tuple[str, str]] = []

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text))
        return "⟦" + text.replace("%n", str(n)) + "⟧"

    i18n.use(lookup)
    try:
        yield seen
    finally:
        i18n.use(None)


@pytest.mark.parametrize("kind", list(CueKind))
def test_the_reminder_says_the_rows_words(looked_up: list[tuple[str, str]], kind: CueKind) -> None:
    row = cue_info(kind)
    heading, reason = prompt_text(Cue(kind, NOW, "25"), 45)
    if row.heading is None:
        assert heading == "⟦Good morning⟧"  # a greeting for the hour (10:00)
    else:
        assert heading == f"⟦{row.heading}⟧"
    length = {Length.NONE: "", Length.WORK: "⟦45 minute(s)⟧", Length.AWAY: "⟦25 minute(s)⟧"}
    assert reason == "⟦" + row.reason.format(duration=length[row.length]) + "⟧"
    assert "{" not in reason
    assert {context for context, _ in looked_up} == {"Wording"}
    if row.length is Length.AWAY:
        assert "⟦25 minute(s)⟧" in reason
        assert prompt_text(Cue(kind, NOW, ""), 60)[1] == f"⟦{row.reason_without_length}⟧"


@pytest.mark.parametrize("kind", list(CueKind))
def test_history_the_summary_and_the_command_line_use_the_rows_words(
    looked_up: list[tuple[str, str]], kind: CueKind
) -> None:
    row = cue_info(kind)
    assert cue_name(kind.value) == f"⟦{row.name}⟧"
    assert cue_moment(kind.value) == f"⟦{row.moment}⟧"
    # the command line's status names a cue as History does
    assert format_cue({"kind": kind.value}, NOW) == cue_name(kind.value)
    assert {context for context, _ in looked_up} == {"History"}


def test_a_cue_from_a_newer_version_still_reads() -> None:
    assert cue_name("from_a_newer_version") == "From a newer version"
    assert cue_moment("from_a_newer_version") == "after from a newer version"
    assert chart_colour("from_a_newer_version", dark=False) == OTHER_COLOURS[0]
    assert chart_colour("from_a_newer_version", dark=True) == OTHER_COLOURS[1]
    summary = Summary(
        days=(),
        by_cue={"from_a_newer_version": 1, "unlock": 2, "resume": 1},
        checkin_change=None,
        checkin_days=0,
    )
    assert summary.cues == ("resume", "unlock", "from_a_newer_version")  # known ones in ORDER first


def test_colours_are_distinct_in_each_scheme_and_not_the_unknown_ones() -> None:
    for dark in (False, True):
        shades = [chart_colour(kind.value, dark=dark) for kind in CueKind]
        assert all(re.fullmatch(r"#[0-9a-f]{6}", shade) for shade in shades)
        assert len(set(shades)) == len(shades)
        assert OTHER_COLOURS[dark] not in shades
