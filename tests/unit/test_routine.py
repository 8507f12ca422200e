"""Routine files: the shipped ones load; a broken one names its file and line."""

from __future__ import annotations

import pytest

from steadypause.core.routine import (
    LOOP_IDS,
    MAX_OPTIONS,
    PERSONAL_LISTS,
    Routine,
    RoutineError,
    load_builtin_routines,
    load_routine_text,
    translated,
)
from steadypause.core.settings import FIELDS_BY_NAME, ROUTINE_CHOICES

GOOD = """\
id = "t"
title = "T"
summary = "S"

[[steps]]
id = "a"
kind = "breathe"
title = "Breathe"
body = "In and out."

[[steps]]
id = "z"
kind = "finish"
title = "Done"
body = "Bye."
"""


def test_shipped_routines_load_with_the_expected_steps() -> None:
    routines = load_builtin_routines()
    full = routines["full"]
    assert [s.kind for s in full.steps] == ["breathe", "choose", "choose", "choose", "finish"]
    assert [s.id for s in full.steps] == ["notice", "name", "kind", "boundary", "return"]
    assert full.steps[0].anchor  # one physical anchor
    for step in full.steps[1:4]:
        assert 2 <= len(step.options) <= 8
        assert step.own_label
    transition = routines["transition"]
    assert transition.steps[0].kind == "breathe"
    assert transition.steps[-1].kind == "finish"


def test_wrapped_lines_are_joined_into_one_paragraph() -> None:
    full = load_builtin_routines()["full"]
    assert "\n" not in full.steps[0].body
    assert "  " not in full.steps[0].body


def test_a_valid_minimal_file_loads() -> None:
    routine = load_routine_text(GOOD, "t.toml")
    assert routine.id == "t"
    assert [s.kind for s in routine.steps] == ["breathe", "finish"]


def test_toml_syntax_error_names_file_and_line() -> None:
    broken = GOOD.replace('title = "Done"', 'title = "Done')
    with pytest.raises(RoutineError, match=r"t\.toml: not valid TOML: .*line 14"):
        load_routine_text(broken, "t.toml")


def test_deep_nesting_is_a_routine_error_not_a_recursion_error() -> None:
    deep = GOOD + "extra = " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(RoutineError, match="nested too deeply"):
        load_routine_text(deep, "t.toml")


def test_missing_field_names_file_line_and_step() -> None:
    broken = GOOD.replace('body = "Bye."\n', "")
    with pytest.raises(
        RoutineError,
        match=r"t\.toml, line 11 \(step 2\): a 'finish' step "
        r"needs 'body'",
    ):
        load_routine_text(broken, "t.toml")


def test_unknown_kind_is_refused() -> None:
    broken = GOOD.replace('kind = "breathe"', 'kind = "dance"')
    with pytest.raises(RoutineError, match=r"line 7 \(step 1\): 'kind' must be one of"):
        load_routine_text(broken, "t.toml")


def test_unknown_top_level_key_names_its_line() -> None:
    with pytest.raises(RoutineError, match=r"t\.toml, line 1: unknown key 'colour'"):
        load_routine_text('colour = "red"\n' + GOOD, "t.toml")


def test_empty_text_and_bad_options_are_refused() -> None:
    with pytest.raises(RoutineError, match="'title' must be non-empty text"):
        load_routine_text(GOOD.replace('title = "Breathe"', 'title = "  "'), "t.toml")
    choose = GOOD.replace('kind = "breathe"', 'kind = "choose"\noptions = []')
    with pytest.raises(RoutineError, match="'options' must be a list of 1 to 8 texts"):
        load_routine_text(choose, "t.toml")


def test_last_step_must_be_finish_and_ids_unique() -> None:
    no_finish = GOOD.replace('kind = "finish"', 'kind = "breathe"')
    with pytest.raises(RoutineError, match="last step must be a 'finish' step"):
        load_routine_text(no_finish, "t.toml")
    dup = GOOD.replace('id = "z"', 'id = "a"')
    with pytest.raises(RoutineError, match="step id 'a' is used twice"):
        load_routine_text(dup, "t.toml")


def test_errors_inside_a_step_name_the_line_of_the_key() -> None:
    broken = GOOD.replace('body = "In and out."', 'body = "In and out."\ncycles = 0')
    with pytest.raises(RoutineError, match=r"t\.toml, line 10 \(step 1\): 'cycles' must be"):
        load_routine_text(broken, "t.toml")


def test_write_steps_need_a_field_label() -> None:
    write = GOOD.replace('kind = "breathe"', 'kind = "write"')
    with pytest.raises(
        RoutineError,
        match=r"line 5 \(step 1\): a 'write' step needs "
        r"'field_label'",
    ):
        load_routine_text(write, "t.toml")
    routine = load_routine_text(
        write.replace('body = "In and out."', 'body = "In and out."\nfield_label = "Yours"'),
        "t.toml",
    )
    assert routine.steps[0].field_label == "Yours"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            'checklist = ["Jaw", "jaw"]',
            r"line 10 \(step 1\): 'checklist' lists the same text twice",
        ),
        ("checklist = []", r"'checklist' must be a list of 1 to 8 texts"),
        ('checklist_label = "I notice"', r"'checklist_label' needs a 'checklist'"),
        ('loop = ["notice", "meditate"]', r"line 10 \(step 1\): 'loop' must list points from"),
        ('personal = "kind_phrases"', r"unknown key 'personal' for a 'breathe' step"),
        ("tip = true", r"unknown key 'tip' for a 'breathe' step"),
    ],
)
def test_new_step_keys_are_checked(extra: str, message: str) -> None:
    broken = GOOD.replace('body = "In and out."', f'body = "In and out."\n{extra}')
    with pytest.raises(RoutineError, match=message):
        load_routine_text(broken, "t.toml")


def test_personal_list_and_finish_flags_are_checked() -> None:
    choose = GOOD.replace('kind = "breathe"', 'kind = "choose"\noptions = ["A", "B"]')
    ok = load_routine_text(
        choose.replace('body = "In and out."', 'body = "In and out."\npersonal = "boundary_cues"'),
        "t.toml",
    )
    assert ok.steps[0].personal == "boundary_cues"
    with pytest.raises(
        RoutineError,
        match=r"'personal' must be one of kind_phrases, "
        r"difficulty_names, boundary_cues, found 'phrases'",
    ):
        load_routine_text(
            choose.replace('body = "In and out."', 'body = "In and out."\npersonal = "phrases"'),
            "t.toml",
        )
    with pytest.raises(RoutineError, match=r"line 16 \(step 2\): 'tip' must be true or false"):
        load_routine_text(GOOD + 'tip = "yes"\n', "t.toml")
    finish = load_routine_text(GOOD + "tip = true\nloop_picture = true\n", "t.toml")
    assert finish.steps[-1].tip
    assert finish.steps[-1].loop_picture


def test_routine_choices_are_exactly_the_shipped_routines() -> None:
    assert set(ROUTINE_CHOICES) == set(load_builtin_routines())
    assert len(ROUTINE_CHOICES) == len(set(ROUTINE_CHOICES))


def test_personal_lists_are_text_list_settings() -> None:
    for name in PERSONAL_LISTS:
        assert FIELDS_BY_NAME[name].kind.name == "text_list"


# -- content: what the window needs from each shipped routine ---------------------------

SHIPPED = sorted(load_builtin_routines().items())


@pytest.mark.parametrize(("routine_id", "routine"), SHIPPED, ids=[r for r, _ in SHIPPED])
def test_each_step_has_what_the_window_needs(routine_id: str, routine: Routine) -> None:
    assert all((routine.title, routine.summary, routine.duration))
    assert routine.steps[-1].kind == "finish"
    for step in routine.steps:
        assert all((step.title, step.body))
        if step.kind != "finish":  # the finish step shows the whole routine's points
            assert step.loop, f"{routine_id}/{step.id} names no loop point"
        if step.kind == "choose":
            assert 2 <= len(step.options) <= MAX_OPTIONS
            assert step.own_label
        if step.kind == "write":
            assert step.field_label
        if step.checklist:
            assert step.checklist_label
    last = routine.steps[-1]
    assert last.tip
    assert last.loop_picture


def test_full_routine_follows_the_five_steps() -> None:
    full = load_builtin_routines()["full"]
    notice, name, kind, boundary, finish = full.steps
    assert {
        "Tight shoulders",
        "A clenched jaw",
        "Rushing",
        "A flat voice",
        "Numbness",
        "Irritability",
    } <= set(notice.checklist)
    assert notice.cycles is None  # the breathing setting decides (three by default)
    assert (name.personal, kind.personal, boundary.personal) == (
        "difficulty_names",
        "kind_phrases",
        "boundary_cues",
    )
    assert finish.next_prompt
    assert "coming back to after" in finish.note
    assert full.loop_points() == LOOP_IDS


def test_other_routines_carry_the_practice() -> None:
    routines = load_builtin_routines()
    transition = routines["transition"]
    assert transition.steps[0].cycles == 3
    assert "feet on the floor" in transition.steps[0].anchor
    heart = routines["heart"]
    assert heart.steps[0].kind == "breathe"
    assert heart.steps[0].cycles == 5
    assert "If it feels right to you" in heart.steps[0].body
    release = routines["release"]
    assert [s.id for s in release.steps] == ["done", "open", "put_down", "close"]
    boundary = routines["boundary"]
    assert boundary.steps[0].kind == "write"
    assert "mine to do" in boundary.steps[0].field_label


def test_any_step_may_carry_a_spoken_variant_which_is_translated_with_the_rest() -> None:
    spoken = GOOD.replace(
        'body = "Bye."', 'body = "Bye."\nspoken = """\nBack to it,\nin your own time.\n"""'
    )
    routine = load_routine_text(spoken, "t.toml")
    assert routine.steps[0].spoken == ""  # none: the guide says the title and words
    assert routine.steps[-1].spoken == "Back to it, in your own time."  # lines joined
    looked_up: list[tuple[str, str]] = []

    def recorder(context: str, text: str) -> str:
        looked_up.append((context, text))
        return text.upper()

    shown = translated(routine, recorder)
    assert ("Routine", "Back to it, in your own time.") in looked_up  # extracted like the rest
    assert shown.steps[-1].spoken == "BACK TO IT, IN YOUR OWN TIME."
    with pytest.raises(RoutineError, match=r"'spoken' must be non-empty text"):
        load_routine_text(GOOD.replace('body = "Bye."', 'body = "Bye."\nspoken = " "'), "t.toml")


def test_the_shipped_spoken_variants_say_what_only_the_eyes_would_find() -> None:
    routines = load_builtin_routines(lambda _context, text: text)
    question = routines["boundary"].steps[0]
    # a 'write' step's question is in its field's label, which the guide does not say
    assert question.field_label.rstrip("?").casefold() in question.spoken.casefold()
    notice = routines["full"].steps[0]
    assert notice.kind == "breathe"
    assert "tick" not in notice.spoken.casefold()  # nothing to tick with the eyes closed
