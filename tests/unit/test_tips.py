"""The tip line: six daily practices as data, rotating, never the routine just done."""

from __future__ import annotations

import pytest

from steadypause.core.routine import load_builtin_routines
from steadypause.core.tips import Tip, TipError, load_builtin_tips, load_tips_text, tip_for

GOOD = '[[tips]]\npractice = "a"\ntext = "One."\n\n[[tips]]\npractice = "b"\ntext = "Two."\n'


def test_the_six_daily_practices_ship() -> None:
    tips = load_builtin_tips()
    assert [t.practice for t in tips] == [
        "transition",
        "phrase",
        "heart",
        "boundary",
        "release",
        "habit",
    ]
    routines = load_builtin_routines()
    for tip in tips:
        assert not tip.routine or tip.routine in routines


def test_rotation_visits_every_tip_and_skips_the_routine_itself() -> None:
    tips = load_builtin_tips()
    seen = {tip_for(tips, turn) for turn in range(len(tips))}
    assert seen == {t.text for t in tips}
    heart = next(t for t in tips if t.routine == "heart")
    after_heart = {tip_for(tips, turn, "heart") for turn in range(20)}
    assert heart.text not in after_heart
    assert len(after_heart) == len(tips) - 1
    assert tip_for((), 3) == ""
    only = (Tip("x", "X", "heart"),)
    assert tip_for(only, 0, "heart") == "X"  # better the same tip than none


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("oops = 1\n", "one or more \\[\\[tips\\]\\] tables and nothing else"),
        (GOOD.replace('text = "Two."', 'text = ""'), r"line 5 \(tip 2\): 'text' must be"),
        (GOOD.replace('"b"', '"a"'), r"line 5 \(tip 2\): practice 'a' is used twice"),
        (GOOD + 'colour = "red"\n', r"line 5 \(tip 2\): unknown key 'colour'"),
        (GOOD.replace('"Two."', '"' + "x" * 121 + '"'), "keep it to 120"),
        (GOOD.replace('"Two."', '"Two'), r"tips\.toml: not valid TOML"),
    ],
)
def test_a_broken_tips_file_names_the_line(text: str, message: str) -> None:
    with pytest.raises(TipError, match=message):
        load_tips_text(text)


def test_tip_text_is_one_line() -> None:
    tips = load_tips_text(GOOD.replace('"Two."', '"""Two\n   lines."""'))
    assert tips[1].text == "Two lines."


def test_the_end_of_the_day_gets_no_tip_about_being_asked_for_something() -> None:
    """Issue 13, item 7: Close the day's last step never shows the boundary tip."""
    tips = load_builtin_tips()
    boundary = next(t for t in tips if t.practice == "boundary")
    assert "release" in boundary.not_after
    after_release = {tip_for(tips, turn, "release") for turn in range(30)}
    assert boundary.text not in after_release
    release = next(t for t in tips if t.routine == "release")
    assert release.text not in after_release
    assert len(after_release) == len(tips) - 2
    assert boundary.text in {tip_for(tips, turn, "full") for turn in range(30)}
    routines = load_builtin_routines()
    for tip in tips:
        assert set(tip.not_after) <= set(routines)


def test_not_after_must_be_a_list_of_routine_ids() -> None:
    tips = load_tips_text(GOOD + 'not_after = ["release", "heart"]\n')
    assert tips[1].not_after == ("release", "heart")
    assert not tips[1].suits("heart")
    assert tips[1].suits("full")
    assert tips[1].suits("")
    for bad in ('"release"', "[1]", '[""]'):
        with pytest.raises(TipError, match=r"line 5 \(tip 2\): 'not_after' must be"):
            load_tips_text(GOOD + f"not_after = {bad}\n")
